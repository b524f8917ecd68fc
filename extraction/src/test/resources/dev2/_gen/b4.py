from core import A, E, K, W
# ---------------- Africa ----------------
A('t31', '2024-06-30', '''
Gwoza suicide bombings: death toll rises to 32 as Borno mourns

MAIDUGURI - The death toll from Saturday's suicide bombings in Gwoza, Borno State, has risen to 32, the state emergency management agency said on Sunday, with 42 others receiving treatment for serious injuries.

Three female suicide bombers struck at a wedding ceremony, a hospital and a funeral procession in the town within hours of each other, according to the Borno State Emergency Management Agency (SEMA). Among the dead were children, pregnant women and a member of the Civilian Joint Task Force who tried to stop one of the bombers at the hospital gate. A soldier guarding a checkpoint near the market was also killed.

"This is a desperate attempt by the terrorists to show relevance," Governor Babagana Zulum said during a visit to the victims in Maiduguri on Sunday. He announced that the affected families would receive support.

No group has claimed responsibility, but the attacks bore the hallmarks of Boko Haram's Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS) faction, which operates from the nearby Sambisa forest and Mandara mountains.

Gwoza was captured by Boko Haram in 2014 and retaken by the army in March 2015. Thousands of residents who fled during the insurgency have returned under a government resettlement programme.

Meanwhile, troops of Operation Hadin Kai said they had neutralised 11 terrorists and rescued 23 kidnapped women and children during clearance operations around Bama and Konduga in the past week.
''', [
    K('NGACVL', None, 32, 'EXACT', "The death toll from Saturday's suicide bombings in Gwoza, Borno State, has risen to 32", 'Gwoza', 'Saturday', claimed='NGAGOV', note='Risen toll of one coordinated attack: not cumulative. Mixed toll of people coded CVL; the CJTF member and the soldier are sub-counts.'),
    W('NGACVL', None, 42, 'EXACT', '42 others receiving treatment for serious injuries', 'Gwoza', 'Saturday', claimed='NGAGOV'),
    E('ATTACK', 'NGACVL', None, None, None, 'Three female suicide bombers struck at a wedding ceremony, a hospital and a funeral procession', 'Gwoza', 'Saturday', scored=False, note='Unclaimed.'),
    K('NGAMIL', None, 1, 'EXACT', 'a member of the Civilian Joint Task Force who tried to stop one of the bombers', 'Gwoza', 'Saturday', scored=False, note='Sub-count of the 32 (CJTF coded MIL).'),
    K('NGAMIL', None, 1, 'EXACT', 'A soldier guarding a checkpoint near the market was also killed', 'Gwoza', 'Saturday', scored=False, note='Presumably within the 32.'),
    E('CAPTURE', None, 'NGAREB', None, None, 'Gwoza was captured by Boko Haram in 2014', 'Gwoza', None, scored=False, note='Background.'),
    E('CAPTURE', None, 'NGAMIL', None, None, 'retaken by the army in March 2015', 'Gwoza', None, scored=False, note='Background.'),
    E('DISPLACEMENT', 'NGACVL', None, None, None, 'Thousands of residents who fled during the insurgency', 'Gwoza', None, scored=False, note='Background, vague; they have returned.'),
    K('NGAREB', 'NGAMIL', 11, 'EXACT', 'neutralised 11 terrorists', 'Bama', '2024-06-30', claimed='NGAMIL', cum=True, scored=False, note='"Neutralised", over a week.'),
    E('OFFENSIVE', 'NGAREB', 'NGAMIL', None, None, 'clearance operations around Bama and Konduga', 'Bama', '2024-06-30', scored=False, note='Routine operations.'),
])

A('t32', '2022-01-08', '''
Bandits kill dozens in Zamfara villages as residents flee

GUSAU - Armed bandits on motorcycles killed at least 58 people in coordinated attacks on villages in Anka and Bukkuyum local government areas of Zamfara State between Tuesday and Thursday, police and residents said.

Police spokesman Mohammed Shehu said the attackers, who numbered in the hundreds, stormed Kurfa Danya, Kurfar Magaji, Rafin Gero and at least five other villages, shooting residents and setting houses and food stores ablaze. Residents put the toll at between 140 and 200. "I counted 143 corpses myself. We buried them in mass graves," said Balarabe Alhaji, a community leader in Anka town.

The attacks followed air strikes by the Nigerian Air Force on bandit camps in the Gusami forest on Monday, which the military said had killed more than 100 fighters, including a notorious kingpin.

Thousands of residents have fled to Anka and Gusau, the state capital. The State Emergency Management Agency said more than 10,000 displaced people were sheltering in schools and in the open.

President Muhammadu Buhari condemned the killings and said the government had designated bandit groups as terrorists, clearing the way for tougher military action. "These attacks will be met with the full force of the state," a presidency spokesman said.

In neighbouring Katsina State, gunmen shot dead a district head and abducted his two wives in Sabuwa on Wednesday night, a family member said.
''', [
    K('NGACVL', None, 58, 'AT_LEAST', 'Armed bandits on motorcycles killed at least 58 people', 'Anka', 'Thursday', claimed='NGAMIL', cum=True, note='Coordinated attacks over three days: tally, dated to its last day. Bandits: actor null.'),
    K('NGACVL', None, 140, 'AT_LEAST', 'Residents put the toll at between 140 and 200', 'Anka', 'Thursday', cum=True, scored=False, note='Competing figure; range read as its lower bound, AT_LEAST (blind convention).'),
    K('NGACVL', None, 143, 'EXACT', 'I counted 143 corpses myself', 'Anka', 'Thursday', cum=True, scored=False, note='Competing figure (resident).'),
    K('NGACVL', None, None, None, 'Bandits kill dozens in Zamfara villages', 'Zamfara', 'Thursday', cum=True, scored=False, note='Headline, vague.'),
    E('ATTACK', 'NGACVL', None, None, None, 'stormed Kurfa Danya, Kurfar Magaji, Rafin Gero and at least five other villages', 'Kurfa Danya', 'Thursday', scored=False, note='Bandits: no principal actor code.'),
    E('ATTACK', 'NGAREB', 'NGAMIL', None, None, 'air strikes by the Nigerian Air Force on bandit camps in the Gusami forest on Monday', 'Gusami', 'Monday'),
    K('NGAREB', 'NGAMIL', 100, 'AT_LEAST', 'had killed more than 100 fighters', 'Gusami', 'Monday', claimed='NGAMIL'),
    K('NGAREB', 'NGAMIL', 1, 'EXACT', 'including a notorious kingpin', 'Gusami', 'Monday', claimed='NGAMIL', scored=False, note='Sub-count.'),
    E('DISPLACEMENT', 'NGACVL', None, None, None, 'Thousands of residents have fled to Anka and Gusau', 'Anka', '2022-01-08', scored=False, note='Vague.'),
    E('DISPLACEMENT', 'NGACVL', None, 10000, 'AT_LEAST', 'more than 10,000 displaced people were sheltering in schools', 'Zamfara', '2022-01-08', claimed='NGAGOV'),
    E('THREAT', 'NGAREB', 'NGAGOV', None, None, 'These attacks will be met with the full force of the state', None, '2022-01-08'),
    K('NGACVL', None, 1, 'EXACT', 'gunmen shot dead a district head', 'Sabuwa', 'Wednesday'),
])

A('t33', '2022-06-17', '''
Regional Overview: Sahel, 11-17 June 2022

Burkina Faso: The deadliest attack of the week took place in Seytenga, Seno province, on the night of 11 to 12 June, when militants of the Islamic State Sahel Province (ISSP) killed at least 86 civilians, according to the government; local sources reported more than 100 dead. The attack followed an assault on the gendarmerie post in the town two days earlier, in which 11 gendarmes were killed. Over 16,000 people fled Seytenga towards Dori in the following days, according to the National Council for Emergency Relief and Rehabilitation (CONASUR).

Elsewhere in Burkina Faso, VDP auxiliaries and soldiers repelled an attack by Jama'at Nusrat al-Islam wal-Muslimin (JNIM) militants on a military detachment in Namissiguima, Yatenga province, on 14 June. The army said 14 militants were killed; two soldiers and a VDP were also killed. In Centre-Nord, an IED struck a convoy escorting supply trucks between Kaya and Barsalogho, destroying a truck and wounding four soldiers.

Mali: On 13 June, JNIM militants ambushed a Malian army convoy near Boni, Mopti region, killing four soldiers. The Malian armed forces (FAMa) said "several" attackers were killed in the ensuing clash.

Niger: On 15 June, suspected ISSP militants killed a village chief and his son in Tamou, Tillaberi region.

Data: Reported fatalities in the central Sahel in the first half of June exceeded 600, the highest fortnightly total recorded in the region.
''', [
    E('ATTACK', 'BFACVL', 'BFAREB', None, None, 'The deadliest attack of the week took place in Seytenga', 'Seytenga', '2022-06-11', note='Night of 11 to 12 June: first day.'),
    K('BFACVL', 'BFAREB', 86, 'AT_LEAST', 'militants of the Islamic State Sahel Province (ISSP) killed at least 86 civilians', 'Seytenga', '2022-06-11', claimed='BFAGOV'),
    K('BFACVL', 'BFAREB', 100, 'AT_LEAST', 'local sources reported more than 100 dead', 'Seytenga', '2022-06-11', scored=False, note='Competing figure.'),
    E('ATTACK', 'BFAMIL', 'BFAREB', None, None, 'an assault on the gendarmerie post in the town two days earlier', 'Seytenga', '2022-06-09'),
    K('BFAMIL', 'BFAREB', 11, 'EXACT', '11 gendarmes were killed', 'Seytenga', '2022-06-09'),
    E('DISPLACEMENT', 'BFACVL', None, 16000, 'AT_LEAST', 'Over 16,000 people fled Seytenga towards Dori', 'Seytenga', None, claimed='BFAGOV', note='"in the following days": no day.'),
    E('ATTACK', 'BFAMIL', 'BFAREB', None, None, "an attack by Jama'at Nusrat al-Islam wal-Muslimin (JNIM) militants on a military detachment in Namissiguima", 'Namissiguima', '2022-06-14'),
    K('BFAREB', 'BFAMIL', 14, 'EXACT', 'The army said 14 militants were killed', 'Namissiguima', '2022-06-14', claimed='BFAMIL'),
    K('BFAMIL', 'BFAREB', 3, 'EXACT', 'two soldiers and a VDP were also killed', 'Namissiguima', '2022-06-14', claimed='BFAMIL', note='One code (VDP are MIL): 2 + 1.'),
    E('ATTACK', 'BFAMIL', None, None, None, 'an IED struck a convoy escorting supply trucks between Kaya and Barsalogho', 'Kaya', '2022-06-17', scored=False, note='Unknown perpetrators; no day: report day.'),
    E('EQUIPMENT_LOSS', 'BFAMIL', None, None, None, 'destroying a truck', 'Kaya', '2022-06-17', eq='VEHICLE', scored=False, note='Escorted supply truck: owner unclear.'),
    W('BFAMIL', None, 4, 'EXACT', 'wounding four soldiers', 'Kaya', '2022-06-17'),
    E('ATTACK', 'MLIMIL', 'MLIREB', None, None, 'JNIM militants ambushed a Malian army convoy near Boni', 'Boni', '2022-06-13'),
    K('MLIMIL', 'MLIREB', 4, 'EXACT', 'killing four soldiers', 'Boni', '2022-06-13'),
    K('MLIREB', 'MLIMIL', None, None, '"several" attackers were killed', 'Boni', '2022-06-13', claimed='MLIMIL', scored=False, note='Vague.'),
    K('NERCVL', 'NERREB', 2, 'EXACT', 'killed a village chief and his son', 'Tamou', '2022-06-15', note='One code, one line (1 + 1).'),
    K('BFACVL', None, 600, 'AT_LEAST', 'Reported fatalities in the central Sahel in the first half of June exceeded 600', None, '2022-06-17', cum=True, scored=False, note='Regional sum, mixed parties.'),
])

A('t34', '2024-07-29', '''
Mali rebels claim heavy Wagner losses in desert battle near Algerian border

BAMAKO (AFP) - Tuareg-led separatist rebels in northern Mali said on Monday they had killed dozens of Russian Wagner mercenaries and Malian soldiers in several days of fighting near Tinzaouaten, close to the Algerian border, in what would be the group's heaviest losses in Africa.

The Strategic Framework for the Defence of the People of Azawad (CSP-DPA) said in a statement that its fighters had killed 47 Malian soldiers and 84 Wagner fighters, and had destroyed or seized armoured vehicles, trucks and a helicopter. AFP could not independently verify the figures. The rebels said seven of their own fighters had been killed and 12 wounded.

The Malian army acknowledged "a significant number of deaths" in its own ranks, without giving a figure, and said a helicopter had crashed in Kidal region on Saturday while on a mission, without casualties among the crew.

Pro-Wagner Telegram channels said a column had been ambushed on Thursday after a sandstorm, and that the group's commander in the area, Sergei Shevchenko, was among the dead.

The jihadist group JNIM, linked to Al-Qaeda, also claimed to have attacked the convoy, saying it killed 50 Russians and Malian troops.

Mali's junta, which expelled French troops in 2022 and turned to Russia for support, took back control of Kidal from the rebels in November last year.
''', [
    K('RUSMIL', 'MLIREB', None, None, 'they had killed dozens of Russian Wagner mercenaries and Malian soldiers', 'Tinzaouaten', '2024-07-29', claimed='MLIREB', scored=False, note='Vague, restated with figures below.'),
    K('MLIMIL', 'MLIREB', 47, 'EXACT', 'its fighters had killed 47 Malian soldiers', 'Tinzaouaten', '2024-07-29', claimed='MLIREB', note='Claim: incident, not cumulative (as blind b047). No day for the fighting: report day.'),
    K('RUSMIL', 'MLIREB', 84, 'EXACT', '84 Wagner fighters', 'Tinzaouaten', '2024-07-29', claimed='MLIREB', note='Wagner coded RUSMIL.'),
    E('EQUIPMENT_LOSS', 'MLIMIL', 'MLIREB', None, None, 'had destroyed or seized armoured vehicles', 'Tinzaouaten', '2024-07-29', claimed='MLIREB', eq='APC', scored=False, note='Vague.'),
    E('EQUIPMENT_LOSS', 'MLIMIL', 'MLIREB', None, None, 'trucks and a helicopter', 'Tinzaouaten', '2024-07-29', claimed='MLIREB', eq='VEHICLE', scored=False, note='Vague (trucks).'),
    E('EQUIPMENT_LOSS', 'MLIMIL', 'MLIREB', None, None, 'destroyed or seized armoured vehicles, trucks and a helicopter', 'Tinzaouaten', '2024-07-29', claimed='MLIREB', eq='HELICOPTER'),
    K('MLIREB', 'MLIMIL', 7, 'EXACT', 'seven of their own fighters had been killed', 'Tinzaouaten', '2024-07-29', claimed='MLIREB'),
    W('MLIREB', 'MLIMIL', 12, 'EXACT', '12 wounded', 'Tinzaouaten', '2024-07-29', claimed='MLIREB'),
    K('MLIMIL', 'MLIREB', None, None, '"a significant number of deaths" in its own ranks', None, '2024-07-29', claimed='MLIMIL', scored=False, note='Vague.'),
    E('EQUIPMENT_LOSS', 'MLIMIL', None, None, None, 'a helicopter had crashed in Kidal region on Saturday', 'Kidal', 'Saturday', claimed='MLIMIL', eq='HELICOPTER', scored=False, note="Army's account, probably the same helicopter the rebels claim."),
    E('ATTACK', 'RUSMIL', 'MLIREB', None, None, 'a column had been ambushed on Thursday after a sandstorm', 'Tinzaouaten', 'Thursday'),
    K('RUSMIL', 'MLIREB', 1, 'EXACT', 'Sergei Shevchenko, was among the dead', 'Tinzaouaten', 'Thursday', scored=False, note='Sub-count of the Wagner dead.'),
    E('ATTACK', 'RUSMIL', 'MLIREB', None, None, 'JNIM, linked to Al-Qaeda, also claimed to have attacked the convoy', 'Tinzaouaten', 'Thursday', claimed='MLIREB', scored=False, note='Competing claim for the same ambush.'),
    K('RUSMIL', 'MLIREB', 50, 'EXACT', 'saying it killed 50 Russians and Malian troops', 'Tinzaouaten', 'Thursday', claimed='MLIREB', scored=False, note='Competing mixed claim.'),
    E('CAPTURE', None, 'MLIMIL', None, None, 'took back control of Kidal from the rebels in November last year', 'Kidal', None, scored=False, note='Background.'),
])

A('t35', '2021-03-23', '''
Niger mourns 141 killed in attacks on villages near Mali border

NIAMEY (Reuters) - Niger began three days of national mourning on Tuesday after gunmen on motorbikes killed 141 people in attacks on villages in the southwestern Tahoua region on Sunday, the government said, raising the toll from an earlier estimate of 137.

The attackers targeted the villages of Intazayene, Bakorat and Wistane in the Tillia department, near the border with Mali, government spokesman Zakaria Abdourahamane said in a statement read on state television. No group has claimed responsibility.

It was the third major attack on civilians in the region this year. On March 15, gunmen ambushed vehicles returning from a weekly market in Banibangou, killing 66 people, and on January 2 around 100 were killed in the villages of Tchoma Bangou and Zaroumadareye.

Residents said the assailants went from house to house and opened fire on anyone they found, including children. Hundreds of people fled to the town of Tillia, a local official said.

Niger's new President Mohamed Bazoum, who is due to be sworn in on April 2, has pledged to step up the fight against jihadist groups affiliated with Islamic State and al Qaeda that operate in the border region with Mali and Burkina Faso. France has around 5,100 troops in the Sahel under its Barkhane mission.
''', [
    K('NERCVL', None, 141, 'EXACT', 'gunmen on motorbikes killed 141 people', 'Intazayene', 'Sunday', claimed='NERGOV', note='First village named in the next sentence.'),
    K('NERCVL', None, 137, 'EXACT', 'an earlier estimate of 137', 'Intazayene', 'Sunday', claimed='NERGOV', scored=False, note='Superseded figure.'),
    E('ATTACK', 'NERCVL', None, None, None, 'The attackers targeted the villages of Intazayene, Bakorat and Wistane', 'Intazayene', 'Sunday', scored=False, note='Unclaimed.'),
    E('ATTACK', 'NERCVL', None, None, None, 'gunmen ambushed vehicles returning from a weekly market in Banibangou', 'Banibangou', '2021-03-15', scored=False, note='Unidentified gunmen.'),
    K('NERCVL', None, 66, 'EXACT', 'killing 66 people', 'Banibangou', '2021-03-15'),
    K('NERCVL', None, 100, 'ABOUT', 'around 100 were killed in the villages of Tchoma Bangou and Zaroumadareye', 'Tchoma Bangou', '2021-01-02'),
    E('DISPLACEMENT', 'NERCVL', None, None, None, 'Hundreds of people fled to the town of Tillia', 'Tillia', '2021-03-23', scored=False, note='Vague.'),
    E('DEPLOYMENT', None, 'FRAMIL', 5100, 'ABOUT', 'France has around 5,100 troops in the Sahel', None, '2021-03-23', scored=False, note='Presence, background.'),
])

A('t36', '2022-10-30', '''
Twin car bombs at Mogadishu education ministry kill at least 100, president says

MOGADISHU - At least 100 people were killed and 300 wounded when two car bombs exploded minutes apart at the busy Zobe junction outside the education ministry in Mogadishu on Saturday, President Hassan Sheikh Mohamud said on Sunday.

The first blast hit the ministry's perimeter wall, and the second went off as ambulances and people gathered to help the wounded. Among the dead were journalist Abdikarim Abdullahi, known as Abdikarim Badiyow, and a number of students and women selling tea. Aamin Ambulance said it had transported 35 wounded people to hospitals.

Al-Shabaab claimed responsibility, saying the ministry was "an enemy base". The president said the government would launch a "total war" against the group. "We will not let them rest," he said.

The attack came as government forces and allied clan militias pressed an offensive against al-Shabaab in Hiraan and Middle Shabelle regions, retaking dozens of villages since August. On Thursday, the army said it had killed 30 militants in an operation near Mahas.

In Baidoa, meanwhile, health authorities reported 12 deaths from acute watery diarrhoea and cholera among displaced families in the past week, as the country faces its worst drought in four decades.

It was the deadliest attack in Somalia since October 2017, when a truck bomb at the same junction killed more than 500 people.
''', [
    K('SOMCVL', 'SOMREB', 100, 'AT_LEAST', 'At least 100 people were killed', 'Mogadishu', 'Saturday', claimed='SOMGOV'),
    W('SOMCVL', 'SOMREB', 300, 'AT_LEAST', '300 wounded when two car bombs exploded', 'Mogadishu', 'Saturday', claimed='SOMGOV', note='"At least A and B": read as governing both, as blind.'),
    E('ATTACK', 'SOMCVL', 'SOMREB', None, None, 'two car bombs exploded minutes apart at the busy Zobe junction', 'Mogadishu', 'Saturday', claimed='SOMREB', note='Claimed by al-Shabaab.'),
    K('SOMCVL', 'SOMREB', 1, 'EXACT', 'Among the dead were journalist Abdikarim Abdullahi', 'Mogadishu', 'Saturday', scored=False, note='Sub-count.'),
    W('SOMCVL', 'SOMREB', 35, 'EXACT', 'it had transported 35 wounded people to hospitals', 'Mogadishu', 'Saturday', scored=False, note='Sub-count.'),
    E('THREAT', 'SOMREB', 'SOMGOV', None, None, 'the government would launch a "total war" against the group', None, '2022-10-30'),
    E('OFFENSIVE', 'SOMREB', 'SOMMIL', None, None, 'government forces and allied clan militias pressed an offensive against al-Shabaab', 'Hiraan', None, note='Ongoing since August: no day.'),
    E('CAPTURE', None, 'SOMMIL', None, None, 'retaking dozens of villages since August', 'Hiraan', None, cum=True, scored=False, note='Vague.'),
    K('SOMREB', 'SOMMIL', 30, 'EXACT', 'it had killed 30 militants in an operation near Mahas', 'Mahas', 'Thursday', claimed='SOMMIL'),
    K('SOMREF', None, 12, 'EXACT', '12 deaths from acute watery diarrhoea and cholera among displaced families in the past week', 'Baidoa', '2022-10-30', cum=True, cause='disease'),
    K('SOMCVL', 'SOMREB', 500, 'AT_LEAST', 'a truck bomb at the same junction killed more than 500 people', 'Mogadishu', None, scored=False, note='Background, October 2017.'),
])

A('t37', '2023-04-17', '''
Sudan fighting live: death toll passes 185 as battles rage in Khartoum for third day

18:20 - UN envoy Volker Perthes tells the Security Council that at least 185 people have been killed and more than 1,800 wounded since fighting between the army and the paramilitary Rapid Support Forces (RSF) erupted on Saturday. He says neither side has given "the impression that they want a mediation for peace between them immediately."

17:05 - A US diplomatic convoy came under fire in Khartoum, Secretary of State Antony Blinken says, adding that all the occupants were safe. Blinken says he spoke to army chief Abdel Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo by phone and urged a ceasefire.

15:40 - The army says its aircraft struck RSF bases in Omdurman and Kafouri, and that it has regained control of the General Command headquarters in Khartoum. The RSF says it still holds the presidential palace and the airport.

13:10 - The Sudan Doctors' Union says nine hospitals in Khartoum have been shelled and that a doctor was killed in Bahri on Sunday when a shell hit his house.

11:00 - In Darfur, between 25 and 30 people were killed in clashes in Nyala and El Fasher, local medics say. The World Food Programme suspended operations after three of its staff were killed in Kabkabiya on Saturday.

09:30 - Residents in Khartoum report heavy gunfire and airstrikes overnight; many say they are running out of water and food. "We can't leave the house, there are bodies in the street," one resident of the Burri neighbourhood told Reuters.
''', [
    K('SDNCVL', None, 185, 'AT_LEAST', 'at least 185 people have been killed', None, '2023-04-17', claimed='IGOUNO', cum=True, note='Tally since Saturday; headline is the same fact.'),
    W('SDNCVL', None, 1800, 'AT_LEAST', 'more than 1,800 wounded since fighting between the army and the paramilitary Rapid Support Forces (RSF) erupted on Saturday', None, '2023-04-17', claimed='IGOUNO', cum=True),
    E('ATTACK', 'USAGOV', None, None, None, 'A US diplomatic convoy came under fire in Khartoum', 'Khartoum', '2023-04-17', scored=False, note='Attacker not named; no casualties.'),
    E('TALKS', 'SDNMIL', 'USAGOV', None, None, 'he spoke to army chief Abdel Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo by phone', None, '2023-04-17'),
    E('ATTACK', 'SDNREB', 'SDNMIL', None, None, 'its aircraft struck RSF bases in Omdurman and Kafouri', 'Omdurman', '2023-04-17', claimed='SDNMIL'),
    E('CAPTURE', None, 'SDNMIL', None, None, 'it has regained control of the General Command headquarters in Khartoum', 'Khartoum', '2023-04-17', claimed='SDNMIL'),
    E('CAPTURE', None, 'SDNREB', None, None, 'it still holds the presidential palace and the airport', 'Khartoum', '2023-04-17', claimed='SDNREB', scored=False, note='Holding, not taking.'),
    E('ATTACK', 'SDNCVL', None, 9, 'EXACT', 'nine hospitals in Khartoum have been shelled', 'Khartoum', '2023-04-17', scored=False, note='No actor.'),
    K('SDNCVL', None, 1, 'EXACT', 'a doctor was killed in Bahri on Sunday', 'Bahri', 'Sunday'),
    K('SDNCVL', None, 25, 'AT_LEAST', 'between 25 and 30 people were killed in clashes in Nyala and El Fasher', 'Nyala', '2023-04-17', note='Range: lower bound, AT_LEAST. Live-blog entry without day: report day.'),
    K('IGOUNO', None, 3, 'EXACT', 'three of its staff were killed in Kabkabiya on Saturday', 'Kabkabiya', 'Saturday', note='WFP staff coded IGOUNO; SDNCVL defensible.'),
    E('ATTACK', 'SDNCVL', 'SDNMIL', None, None, 'heavy gunfire and airstrikes overnight', 'Khartoum', '2023-04-17', scored=False, note='Vague.'),
    K('SDNCVL', None, None, None, 'there are bodies in the street', 'Burri', '2023-04-17', scored=False, note='Vague.'),
])

A('t38', '2021-09-16', '''
UNMISS condemns violence in Tambura, deploys peacekeepers as thousands seek shelter

JUBA - The United Nations Mission in South Sudan (UNMISS) strongly condemns the escalating violence in Tambura County, Western Equatoria, which has forced an estimated 80,000 people to flee their homes since June and has claimed dozens of lives.

In the latest incident, on 12 September, armed youth attacked the outskirts of Tambura town, killing at least five civilians, including a woman and her infant, and burning homes. Two days later, an aid worker with a national NGO was shot dead near Source Yubu.

"Civilians, including women and children, are being targeted on the basis of their ethnicity," said Nicholas Haysom, the Special Representative of the Secretary-General. "This must stop immediately."

UNMISS has deployed a temporary operating base in Tambura, with 90 peacekeepers from Rwanda and Ghana conducting patrols, and more than 10,000 displaced people are now sheltering near the base. The Mission is also supporting the Governor of Western Equatoria in convening peace talks between community leaders of the Azande and Balanda groups in Yambio next week.

The UN humanitarian coordinator, Sara Beysolow Nyanti, said aid agencies had received reports of mutilated bodies and of men being forced to join armed groups. Food distribution has been suspended since late August because of insecurity.

UNMISS calls on the Transitional Government of National Unity and the SPLM-IO to hold the perpetrators accountable and to
''', [
    E('DISPLACEMENT', 'SSDCVL', None, 80000, 'ABOUT', 'has forced an estimated 80,000 people to flee their homes since June', 'Tambura', '2021-09-16', claimed='IGOUNO', cum=True),
    K('SSDCVL', None, None, None, 'has claimed dozens of lives', 'Tambura', '2021-09-16', cum=True, scored=False, note='Vague.'),
    E('ATTACK', 'SSDCVL', 'SSDREB', None, None, 'armed youth attacked the outskirts of Tambura town', 'Tambura', '2021-09-12', note='Armed youth (militia) coded REB.'),
    K('SSDCVL', 'SSDREB', 5, 'AT_LEAST', 'killing at least five civilians', 'Tambura', '2021-09-12', claimed='IGOUNO'),
    K('SSDCVL', 'SSDREB', 2, 'EXACT', 'including a woman and her infant', 'Tambura', '2021-09-12', scored=False, note='Sub-count.'),
    K('SSDCVL', None, 1, 'EXACT', 'an aid worker with a national NGO was shot dead near Source Yubu', 'Source Yubu', '2021-09-14', note='"Two days later".'),
    E('DEPLOYMENT', None, 'IGOUNO', 90, 'EXACT', 'UNMISS has deployed a temporary operating base in Tambura, with 90 peacekeepers', 'Tambura', '2021-09-16'),
    E('DISPLACEMENT', 'SSDCVL', None, 10000, 'AT_LEAST', 'more than 10,000 displaced people are now sheltering near the base', 'Tambura', '2021-09-16', cum=True, scored=False, note='Part of the 80,000.'),
    E('TALKS', None, 'SSDGOV', None, None, 'convening peace talks between community leaders of the Azande and Balanda groups in Yambio next week', 'Yambio', None, note='Planned, next week: date null.'),
    K('SSDCVL', None, None, None, 'reports of mutilated bodies', None, '2021-09-16', scored=False, note='Vague.'),
])

A('t39', '2021-06-25', '''
'We were buying bread': survivors of Togoga market strike recount day of horror

MEKELLE, Ethiopia (AP) - The market in Togoga is usually at its busiest around lunchtime on Tuesdays, when farmers from surrounding hamlets bring teff, chickpeas and goats to sell. This week, survivors say, it became a killing field.

"We were buying bread when we heard the plane. Then there was fire everywhere," said Haftom Gebremeskel, 28, who lost his brother and two cousins. He spoke from a hospital bed in Mekelle, the capital of the northern Tigray region, where he was taken with shrapnel wounds.

An airstrike on the crowded market on Tuesday killed at least 64 people and wounded 180, according to a health official who cited figures from the local administration. Ethiopian soldiers blocked ambulances from reaching the village for more than a day, doctors at Mekelle's Ayder Referral Hospital said. Military spokesman Col. Getnet Adane said the strike targeted fighters of the Tigray People's Liberation Front who had gathered to celebrate Martyrs' Day, and denied that civilians were hit.

The strike came as Tigrayan forces pressed a counteroffensive in central Tigray. On Monday, Tigrayan fighters said they had recaptured the town of Abiy Addi, and on Wednesday they said they had shot down a C-130 military transport plane near Gijet, a claim the government denied.

The U.N. says more than 2 million people have been displaced by the conflict since November.

The European Union and the United States called for an independent investigation. Haftom said his brother had been buried on Wednesday in the churchyard, next to a neighbour's two daughters.
''', [
    K('ETHCVL', 'ETHMIL', 3, 'EXACT', 'who lost his brother and two cousins', 'Togoga', 'Tuesday', scored=False, note='Sub-count of the 64.'),
    W('ETHCVL', 'ETHMIL', 1, 'EXACT', 'where he was taken with shrapnel wounds', 'Togoga', 'Tuesday', scored=False, note='Sub-count of the 180.'),
    E('ATTACK', 'ETHCVL', 'ETHMIL', None, None, 'An airstrike on the crowded market on Tuesday', 'Togoga', 'Tuesday', note='Actor from the military spokesman\'s acknowledgement.'),
    K('ETHCVL', 'ETHMIL', 64, 'AT_LEAST', 'killed at least 64 people', 'Togoga', 'Tuesday'),
    W('ETHCVL', 'ETHMIL', 180, 'AT_LEAST', 'wounded 180', 'Togoga', 'Tuesday', note='"at least A and B" read as governing both.'),
    E('OFFENSIVE', None, 'ETHREB', None, None, 'Tigrayan forces pressed a counteroffensive in central Tigray', 'Tigray', '2021-06-25', note='Ongoing, no launch day: report day.'),
    E('CAPTURE', None, 'ETHREB', None, None, 'they had recaptured the town of Abiy Addi', 'Abiy Addi', 'Monday', claimed='ETHREB'),
    E('EQUIPMENT_LOSS', 'ETHMIL', 'ETHREB', None, None, 'shot down a C-130 military transport plane near Gijet', 'Gijet', 'Wednesday', claimed='ETHREB', eq='AIRCRAFT'),
    E('DISPLACEMENT', 'ETHCVL', None, 2000000, 'AT_LEAST', 'more than 2 million people have been displaced by the conflict since November', None, '2021-06-25', claimed='IGOUNO', cum=True),
    K('ETHCVL', 'ETHMIL', 2, 'EXACT', "a neighbour's two daughters", 'Togoga', 'Tuesday', scored=False, note='Sub-count of the 64.'),
])

A('t40', '2019-11-26', '''
Beni: at least eight civilians killed in ADF attack on Oicha, protesters storm UN base

BENI - At least eight civilians were killed overnight Sunday to Monday in an attack attributed to ADF rebels in the Kampi ya Chui neighbourhood of Oicha, the chief town of Beni territory, local civil society said.

The assailants, armed with machetes and guns, broke into houses and killed residents in their sleep, said the president of Oicha civil society. Among the victims were a pastor and three children. Several houses were set on fire.

The killings brought to more than 80 the number of civilians killed in Beni territory since the army launched large-scale operations against the ADF on October 30, according to the Kivu Security Tracker.

On Monday, angry residents in Beni town set fire to the town hall and stormed the base of the UN mission MONUSCO, accusing peacekeepers of failing to protect them. Four protesters were killed when police and peacekeepers opened fire, the mayor said. MONUSCO denied that its troops had fired on civilians.

The army spokesman in the region, Captain Mak Hazukay, said soldiers had dislodged the ADF from their bastion of Mayangose on Saturday and killed five rebels.

In Mangina, 30 kilometres away, the Ebola response was suspended after the attacks. The outbreak has killed more than 2,200 people in North Kivu and Ituri since August 2018.
''', [
    K('CODCVL', 'CODREB', 8, 'AT_LEAST', 'At least eight civilians were killed overnight Sunday to Monday', 'Oicha', 'Monday', note='Night of Sunday to Monday: Monday.'),
    E('ATTACK', 'CODCVL', 'CODREB', None, None, 'an attack attributed to ADF rebels', 'Oicha', 'Monday', scored=False, note='"Attributed": hedged attribution.'),
    K('CODCVL', 'CODREB', 4, 'EXACT', 'Among the victims were a pastor and three children', 'Oicha', 'Monday', scored=False, note='Sub-count.'),
    K('CODCVL', 'CODREB', 80, 'AT_LEAST', 'brought to more than 80 the number of civilians killed in Beni territory', 'Beni', '2019-11-26', claimed='KST', cum=True),
    E('OFFENSIVE', 'CODREB', 'CODMIL', None, None, 'the army launched large-scale operations against the ADF on October 30', 'Beni', '2019-10-30'),
    K('CODCVL', 'CODMIL', 4, 'EXACT', 'Four protesters were killed when police and peacekeepers opened fire', 'Beni', 'Monday', claimed='CODGOV'),
    E('CAPTURE', None, 'CODMIL', None, None, 'soldiers had dislodged the ADF from their bastion of Mayangose on Saturday', 'Mayangose', 'Saturday', claimed='CODMIL'),
    K('CODREB', 'CODMIL', 5, 'EXACT', 'killed five rebels', 'Mayangose', 'Saturday', claimed='CODMIL'),
    K('CODCVL', None, 2200, 'AT_LEAST', 'The outbreak has killed more than 2,200 people', None, '2019-11-26', cum=True, cause='disease'),
])

A('t41', '2021-03-30', '''
Mozambique: Palma attack - Flash Update No. 2 (as of 30 March 2021)

HIGHLIGHTS
- Non-state armed groups launched a coordinated attack on Palma town, Cabo Delgado province, on 24 March, and fighting continued for several days.
- Dozens of people have been killed, including at least seven people whose convoy was ambushed as they tried to flee the Amarula Hotel on 26 March, according to the Government.
- Approximately 3,361 people have arrived in Pemba, Nangade, Mueda and Montepuez since 27 March, according to IOM, and thousands more remain unaccounted for.

SITUATION OVERVIEW
On 29 March, Islamic State claimed control of Palma, saying its fighters had killed 55 people, including Mozambican soldiers and "Christians", and seized vehicles and weapons. The Mozambique Defence and Security Forces (FDS) said on 30 March that they had launched an operation to retake the town and that "dozens of terrorists" had been killed. A South African contractor was among the dead, his family said.

Up to 1,400 people were evacuated by boat from the Afungi peninsula to Pemba on 28 and 29 March.

Since October 2017, the conflict in Cabo Delgado has killed more than 2,600 people, including 1,300 civilians, and displaced nearly 700,000.

Humanitarian access to Palma remains impossible. Partners in Pemba are providing food, water and psychosocial support to new arrivals at the Pemba sports centre.
''', [
    E('ATTACK', 'MOZCVL', 'MOZREB', None, None, 'Non-state armed groups launched a coordinated attack on Palma town', 'Palma', '2021-03-24'),
    E('OFFENSIVE', None, 'MOZREB', None, None, 'launched a coordinated attack on Palma town', 'Palma', '2021-03-24', scored=False, note='"launched" an attack: ATTACK scored, OFFENSIVE reading unscored.'),
    K('MOZCVL', 'MOZREB', None, None, 'Dozens of people have been killed', 'Palma', '2021-03-30', scored=False, note='Vague.'),
    K('MOZCVL', 'MOZREB', 7, 'AT_LEAST', 'at least seven people whose convoy was ambushed', 'Palma', '2021-03-26', claimed='MOZGOV', note='Named inside "Dozens ... including", but the only figure: scored.'),
    E('ATTACK', 'MOZCVL', 'MOZREB', None, None, 'whose convoy was ambushed as they tried to flee the Amarula Hotel', 'Palma', '2021-03-26', scored=False, note='Attacker not named in the sentence.'),
    E('DISPLACEMENT', 'MOZCVL', None, 3361, 'ABOUT', 'Approximately 3,361 people have arrived in Pemba, Nangade, Mueda and Montepuez since 27 March', 'Pemba', '2021-03-30', claimed='IGOUNO', cum=True),
    E('CAPTURE', None, 'MOZREB', None, None, 'Islamic State claimed control of Palma', 'Palma', '2021-03-29', claimed='MOZREB'),
    K('MOZCVL', 'MOZREB', 55, 'EXACT', 'its fighters had killed 55 people', 'Palma', '2021-03-29', claimed='MOZREB', note='Claim of a kill: incident. Mixed victims ("people").'),
    E('EQUIPMENT_LOSS', 'MOZMIL', 'MOZREB', None, None, 'seized vehicles and weapons', 'Palma', '2021-03-29', claimed='MOZREB', eq='VEHICLE', scored=False, note='Vague.'),
    E('OFFENSIVE', 'MOZREB', 'MOZMIL', None, None, 'they had launched an operation to retake the town', 'Palma', '2021-03-30', claimed='MOZMIL'),
    K('MOZREB', 'MOZMIL', None, None, '"dozens of terrorists" had been killed', 'Palma', '2021-03-30', claimed='MOZMIL', scored=False, note='Vague.'),
    K('ZAFCVL', 'MOZREB', 1, 'EXACT', 'A South African contractor was among the dead', 'Palma', '2021-03-30', note='No day: report day.'),
    E('DISPLACEMENT', 'MOZCVL', None, 1400, 'UP_TO', 'Up to 1,400 people were evacuated by boat from the Afungi peninsula to Pemba on 28 and 29 March', 'Afungi', '2021-03-29', cum=True, note='Two days: tally dated to its end.'),
    K('MOZCVL', None, 2600, 'AT_LEAST', 'the conflict in Cabo Delgado has killed more than 2,600 people', 'Cabo Delgado', '2021-03-30', cum=True, scored=False, note='Background war toll since 2017.'),
    K('MOZCVL', None, 1300, 'EXACT', 'including 1,300 civilians', 'Cabo Delgado', '2021-03-30', cum=True, scored=False, note='Background sub-count.'),
    E('DISPLACEMENT', 'MOZCVL', None, 700000, 'ABOUT', 'displaced nearly 700,000', 'Cabo Delgado', '2021-03-30', cum=True, scored=False, note='Background war total since 2017.'),
])

A('t42', '2020-10-25', '''
Gunmen kill seven pupils in attack on Kumba school

BUEA - Gunmen stormed a private school in the town of Kumba in Cameroon's South West region on Saturday and opened fire on pupils in a classroom, killing seven children and wounding 13 others, local officials and the United Nations said.

The attackers arrived on motorcycles around midday at the Mother Francisca International Bilingual Academy in the Fiango neighbourhood, witnesses said. The wounded were taken to the Kumba district hospital, where two were in critical condition, a nurse said.

Government spokesman Rene Emmanuel Sadi blamed separatist fighters who have ordered schools in the Anglophone regions to close, calling them "terrorists". No group claimed responsibility, and separatist leaders denied involvement and blamed the army.

"Our son was in form one. He had just turned 12," said the father of one of the victims.

Schools have been a frequent target in the four-year conflict between government forces and separatists seeking an independent state called Ambazonia. The UN says the conflict has killed more than 3,000 people and forced over 700,000 from their homes.

In a separate incident on Friday, separatist fighters ambushed a gendarmerie patrol near Ekondo Titi, killing two gendarmes and seizing their weapons, the Defence Ministry said. Soldiers later killed three separatists in a raid on their camp, the ministry added.
''', [
    E('ATTACK', 'CMRCVL', None, None, None, 'Gunmen stormed a private school in the town of Kumba', 'Kumba', 'Saturday', scored=False, note='Perpetrators blamed, denied: actor null.'),
    K('CMRCVL', None, 7, 'EXACT', 'killing seven children', 'Kumba', 'Saturday', claimed='CMRGOV'),
    W('CMRCVL', None, 13, 'EXACT', 'wounding 13 others', 'Kumba', 'Saturday', claimed='CMRGOV'),
    K('CMRCVL', None, 3000, 'AT_LEAST', 'the conflict has killed more than 3,000 people', None, '2020-10-25', claimed='IGOUNO', cum=True, scored=False, note='Background war toll.'),
    E('DISPLACEMENT', 'CMRCVL', None, 700000, 'AT_LEAST', 'forced over 700,000 from their homes', None, '2020-10-25', claimed='IGOUNO', cum=True, scored=False, note='Background war total.'),
    E('ATTACK', 'CMRMIL', 'CMRREB', None, None, 'separatist fighters ambushed a gendarmerie patrol near Ekondo Titi', 'Ekondo Titi', 'Friday', claimed='CMRGOV'),
    K('CMRMIL', 'CMRREB', 2, 'EXACT', 'killing two gendarmes', 'Ekondo Titi', 'Friday', claimed='CMRGOV'),
    E('EQUIPMENT_LOSS', 'CMRMIL', 'CMRREB', None, None, 'seizing their weapons', 'Ekondo Titi', 'Friday', claimed='CMRGOV', eq='OTHER', scored=False, note='Small arms.'),
    K('CMRREB', 'CMRMIL', 3, 'EXACT', 'Soldiers later killed three separatists in a raid on their camp', None, None, claimed='CMRGOV', note='"later": no day.'),
    E('ATTACK', 'CMRREB', 'CMRMIL', None, None, 'a raid on their camp', None, None, claimed='CMRGOV', scored=False, note='Raid.'),
])

A('t43', '2025-02-17', '''
Five aid workers freed unharmed after abduction in northwest Central African Republic

BANGUI - Five staff members of an international non-governmental organisation who were abducted at gunpoint on the road between Bozoum and Bocaranga in the northwest of the Central African Republic were released unharmed on Sunday, the organisation said.

The three Central Africans and two foreigners were seized on Thursday when armed men stopped their clearly marked vehicle. The NGO, which provides health care in Ouham-Pende prefecture, did not say whether a ransom had been paid, and suspended its activities in the area for a week.

"Our colleagues are tired but in good health, and they are now with their families," the organisation's country director said in a statement.

Aid groups have repeatedly warned about insecurity on the country's roads. The UN humanitarian coordination office recorded 396 incidents affecting humanitarian workers in 2024, and at least three aid workers were killed during the year.

The region has long been a stronghold of the 3R armed group, which signed the 2019 Khartoum peace agreement but later joined a rebel coalition. Around 700,000 Central Africans are internally displaced, and another 740,000 are refugees in neighbouring countries.

The abduction was the fourth of its kind this year, according to a local humanitarian source.
''', [
    K('CAFCVL', None, 3, 'AT_LEAST', 'at least three aid workers were killed during the year', None, None, claimed='IGOUNO', cum=True, scored=False, note='Background annual figure (2024).'),
    E('TALKS', None, 'CAFGOV', None, None, 'signed the 2019 Khartoum peace agreement', 'Khartoum', None, scored=False, note='Background.'),
    E('DISPLACEMENT', 'CAFCVL', None, 700000, 'ABOUT', 'Around 700,000 Central Africans are internally displaced', None, '2025-02-17', cum=True, scored=False, note='Background stock figure of a decade-long crisis.'),
    E('DISPLACEMENT', 'CAFREF', None, 740000, 'EXACT', 'another 740,000 are refugees in neighbouring countries', None, '2025-02-17', cum=True, scored=False, note='Background refugee figure.'),
])

A('t44', '2019-04-08', '''
Haftar forces strike Tripoli's only working airport as death toll climbs

TRIPOLI (Reuters) - An air strike by eastern forces loyal to Khalifa Haftar hit Mitiga, Tripoli's only functioning airport, on Monday, forcing flights to be suspended, as fighting for control of the Libyan capital entered its fifth day.

The Tripoli-based health ministry said 35 people, including civilians, had been killed and 80 wounded since Haftar's Libyan National Army (LNA) launched its offensive on Thursday. The LNA said 19 of its soldiers had been killed.

Forces loyal to the internationally recognised Government of National Accord (GNA) said they had launched a counteroffensive, dubbed "Volcano of Anger", and had pushed LNA units back from the former international airport south of the city. The LNA said it still controlled the airport and had taken the suburb of Ain Zara.

A doctor and two ambulance workers were killed on Sunday when their ambulance was hit by shelling in Wadi Rabie, the health ministry said. The International Organization for Migration said more than 2,800 people had fled their homes in the southern suburbs.

The United States said it had temporarily withdrawn a contingent of its troops from Libya because of the security situation. U.N. envoy Ghassan Salame met Prime Minister Fayez al-Serraj in Tripoli on Monday and said a national conference planned for mid-April would go ahead "unless forced by the circumstances."

The UN Security Council called on Haftar's forces to halt their advance, while Haftar's spokesman warned that the LNA would shoot down any aircraft used against its troops.
''', [
    E('ATTACK', 'LBYMIL', 'LBYREB', None, None, 'An air strike by eastern forces loyal to Khalifa Haftar hit Mitiga', 'Mitiga', 'Monday', note='LNA coded LBYREB, GNA forces LBYMIL/LBYGOV.'),
    K('LBYCVL', None, 35, 'EXACT', '35 people, including civilians, had been killed', 'Tripoli', '2019-04-08', claimed='LBYGOV', cum=True, note='Mixed "people" since Thursday: CVL, cumulative.'),
    W('LBYCVL', None, 80, 'EXACT', '80 wounded since', 'Tripoli', '2019-04-08', claimed='LBYGOV', cum=True),
    E('OFFENSIVE', None, 'LBYREB', None, None, "Haftar's Libyan National Army (LNA) launched its offensive on Thursday", 'Tripoli', 'Thursday'),
    K('LBYREB', 'LBYMIL', 19, 'EXACT', 'The LNA said 19 of its soldiers had been killed', None, '2019-04-08', claimed='LBYREB', cum=True),
    E('OFFENSIVE', None, 'LBYMIL', None, None, 'they had launched a counteroffensive, dubbed "Volcano of Anger"', 'Tripoli', '2019-04-08', claimed='LBYMIL'),
    E('CAPTURE', None, 'LBYMIL', None, None, 'had pushed LNA units back from the former international airport', 'Tripoli', '2019-04-08', claimed='LBYMIL', scored=False, note='Implied retaking, disputed.'),
    E('CAPTURE', None, 'LBYREB', None, None, 'had taken the suburb of Ain Zara', 'Ain Zara', '2019-04-08', claimed='LBYREB'),
    K('LBYCVL', None, 3, 'EXACT', 'A doctor and two ambulance workers were killed on Sunday', 'Wadi Rabie', 'Sunday', claimed='LBYGOV'),
    E('ATTACK', 'LBYCVL', None, None, None, 'their ambulance was hit by shelling in Wadi Rabie', 'Wadi Rabie', 'Sunday', scored=False, note='No actor.'),
    E('DISPLACEMENT', 'LBYCVL', None, 2800, 'AT_LEAST', 'more than 2,800 people had fled their homes in the southern suburbs', 'Tripoli', '2019-04-08', claimed='IGOUNO', cum=True),
    E('TALKS', 'LBYGOV', 'IGOUNO', None, None, 'U.N. envoy Ghassan Salame met Prime Minister Fayez al-Serraj in Tripoli on Monday', 'Tripoli', 'Monday'),
    E('THREAT', 'LBYMIL', 'LBYREB', None, None, 'the LNA would shoot down any aircraft used against its troops', None, '2019-04-08'),
])

A('t45', '2020-01-06', '''
Three Americans killed in al-Shabaab attack on Kenya military base

NAIROBI (AP) - One U.S. service member and two Defense Department contractors were killed when al-Shabaab extremists attacked a military base used by U.S. and Kenyan forces in Kenya's coastal Lamu region on Sunday, the U.S. Africa Command said.

Two other Defense Department personnel were wounded and were in stable condition after being evacuated, the command said. The attackers destroyed six aircraft, including a U.S. surveillance plane, and several vehicles on the airfield at Manda Bay, AFRICOM said.

Kenya's military said five attackers had been killed and that four others were arrested. Al-Shabaab, in a statement, claimed to have killed 17 Americans and nine Kenyan soldiers; AFRICOM called the claim "grossly exaggerated."

"We will pursue those responsible," said Gen. Stephen Townsend, the AFRICOM commander. The U.S. military said it was sending additional troops from the East Africa Response Force to secure the airfield.

The attack came days after an al-Shabaab truck bomb killed at least 79 people at a busy checkpoint in Somalia's capital, Mogadishu, on December 28. On Thursday, three teachers were killed in an attack on a school in Kamuthe, Garissa County, that police blamed on the group.

Kenyan troops have been deployed in Somalia since 2011 as part of the African Union mission fighting al-Shabaab.
''', [
    K('USAMIL', 'SOMREB', 1, 'EXACT', 'One U.S. service member', 'Lamu', 'Sunday', claimed='USAMIL'),
    K('USACVL', 'SOMREB', 2, 'EXACT', 'two Defense Department contractors were killed', 'Lamu', 'Sunday', claimed='USAMIL'),
    E('ATTACK', 'USAMIL', 'SOMREB', None, None, 'al-Shabaab extremists attacked a military base used by U.S. and Kenyan forces', 'Lamu', 'Sunday', claimed='USAMIL', note='al-Shabaab coded SOMREB.'),
    W('USAMIL', 'SOMREB', 2, 'EXACT', 'Two other Defense Department personnel were wounded', 'Lamu', 'Sunday', claimed='USAMIL'),
    E('EQUIPMENT_LOSS', 'USAMIL', 'SOMREB', 6, 'EXACT', 'The attackers destroyed six aircraft', 'Manda Bay', 'Sunday', claimed='USAMIL', eq='AIRCRAFT', note='Owners mixed (U.S. and contractors); USAMIL.'),
    E('EQUIPMENT_LOSS', 'USAMIL', 'SOMREB', None, None, 'several vehicles on the airfield at Manda Bay', 'Manda Bay', 'Sunday', claimed='USAMIL', eq='VEHICLE', scored=False, note='Vague.'),
    K('SOMREB', 'KENMIL', 5, 'EXACT', 'five attackers had been killed', 'Manda Bay', 'Sunday', claimed='KENMIL'),
    K('USAMIL', 'SOMREB', 17, 'EXACT', 'claimed to have killed 17 Americans', 'Manda Bay', 'Sunday', claimed='SOMREB', scored=False, note='Claim dismissed as exaggerated; competing figure.'),
    K('KENMIL', 'SOMREB', 9, 'EXACT', 'nine Kenyan soldiers', 'Manda Bay', 'Sunday', claimed='SOMREB', scored=False, note='Part of the dismissed claim.'),
    E('THREAT', 'SOMREB', 'USAMIL', None, None, 'We will pursue those responsible', None, '2020-01-06'),
    E('DEPLOYMENT', None, 'USAMIL', None, None, 'it was sending additional troops from the East Africa Response Force to secure the airfield', 'Manda Bay', '2020-01-06'),
    K('SOMCVL', 'SOMREB', 79, 'AT_LEAST', 'an al-Shabaab truck bomb killed at least 79 people', 'Mogadishu', '2019-12-28'),
    K('KENCVL', 'SOMREB', 3, 'EXACT', 'three teachers were killed in an attack on a school in Kamuthe', 'Kamuthe', 'Thursday', note='Blamed by police: kept actor on the KILLED line, ATTACK unscored.'),
    E('ATTACK', 'KENCVL', 'SOMREB', None, None, 'an attack on a school in Kamuthe', 'Kamuthe', 'Thursday', scored=False, note='Blamed, not claimed.'),
    E('DEPLOYMENT', None, 'KENMIL', None, None, 'Kenyan troops have been deployed in Somalia since 2011', None, None, scored=False, note='Background.'),
])
