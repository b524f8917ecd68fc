"""36 wire/RSS snippets: 4 Syria, 26 other conflicts, 5 non-conflict, 1 with no event."""
from lib import *

# --- Syria ---
I('w01-syr-idlib-drone', 'wire', '2020-09-15', '2020-09-14', 'Syria', 'air_drone_strike', 'Idlib', 'Idlib', 'Idlib', 2,
  "US drone strike kills two militants west of Idlib, monitor says - A drone believed to belong to the US-led coalition struck a car on the road between Idlib city and Binnish on Monday, killing two members of the Hurras al-Din group, one of them a Jordanian, the Syrian Observatory for",
  A('USAMIL', 'A drone believed to belong to the US-led coalition struck a car on the road between Idlib city and Binnish on Monday', d='Mon', v='SYRREB'),
  K('SYRREB', 2, 'killing two members of the Hurras al-Din group', d='Mon', a='USAMIL'),
  K('SYRREB', 1, 'one of them a Jordanian', d='Mon', s=False, note='sub-count'),
  K('SYRREB', 2, 'US drone strike kills two militants west of Idlib', d='Mon', s=False, note='headline restatement'))

I('w02-syr-daraa-mine', 'wire', '2019-12-23', '2019-12-22', 'Syria', 'other_violence', 'Inkhil', 'Daraa', 'As-Sanamayn', 3,
  "Three children killed by war remnant in southern Syria - Three children from one family were killed and their mother was wounded on Sunday when a cluster bomblet they found in a field near Inkhil in the Daraa countryside exploded, local activists said, the latest of",
  K('SYRCVL', 3, 'Three children from one family were killed', d='Sun'),
  W('SYRCVL', 1, 'their mother was wounded', d='Sun'),
  K('SYRCVL', 3, 'Three children killed by war remnant in southern Syria', d='Sun', s=False, note='headline restatement'))

I('w03-syr-sdf-capture', 'wire', '2019-03-23', '2019-03-23', 'Syria', 'nonstate_takes_territory', 'Baghouz', 'Deir ez-Zor', 'Abu Kamal', 0,
  "SDF declares fall of Islamic State's last Syrian enclave - The U.S.-backed Syrian Democratic Forces said on Saturday they had captured the village of Baghouz on the Euphrates, ending the jihadists' territorial rule in Syria after weeks of siege in which thousands of fighters and their families",
  C('SYRREB', 'they had captured the village of Baghouz on the Euphrates', d='Sat', by='SYRREB'),
  C('SYRREB', "SDF declares fall of Islamic State's last Syrian enclave", d='Sat', s=False, note='headline restatement'))

I('w04-syr-hama-clash', 'wire', '2019-05-23', '2019-05-22', 'Syria', 'armed_clash', 'Kafr Nabuda', 'Hama', 'As-Suqaylabiyah', 79,
  "Syrian rebels retake town in northwest counterattack - Rebels recaptured the town of Kafr Nabuda in northern Hama on Wednesday, two weeks after it fell to government forces, in fighting that killed 44 soldiers and allied militiamen and 35 insurgents, a war monitor said…",
  C('SYRREB', 'Rebels recaptured the town of Kafr Nabuda in northern Hama on Wednesday', d='Wed'),
  C('SYRMIL', 'two weeks after it fell to government forces', d='2019-05-08', s=False, note='background'),
  K('SYRMIL', 44, 'killed 44 soldiers and allied militiamen and 35 insurgents', d='Wed', note='soldiers and pro-government militia: one code'),
  K('SYRREB', 35, 'killed 44 soldiers and allied militiamen and 35 insurgents', d='Wed'),
  C('SYRREB', 'Syrian rebels retake town in northwest counterattack', d='Wed', s=False, note='headline restatement'),
  O('SYRREB', 'Syrian rebels retake town in northwest counterattack', d='Wed', s=False, note='"counterattack" in the headline, no launch'))

# --- other conflicts ---
I('w05-afg-ghazni', 'wire', '2020-05-19', '2020-05-18', 'Afghanistan', 'remote_explosive_ied', 'Ghazni', 'Ghazni', 'Ghazni', 7,
  "Taliban truck bomb hits Afghan intelligence compound in Ghazni - A Taliban suicide bomber drove a Humvee packed with explosives into a compound of the National Directorate of Security in Ghazni city on Monday, killing 7 intelligence officers and wounding 40 people, among them",
  A('AFGREB', 'A Taliban suicide bomber drove a Humvee packed with explosives into a compound of the National Directorate of Security', d='Mon', v='AFGMIL'),
  K('AFGMIL', 7, 'killing 7 intelligence officers', d='Mon', a='AFGREB'),
  W('AFGCVL', 40, 'wounding 40 people', d='Mon', a='AFGREB', note='mixed: CVL'),
  E('AFGREB', 'VEHICLE', None, 'A Taliban suicide bomber drove a Humvee packed with explosives', d='Mon', s=False, note='the bomber\'s own vehicle'))

I('w06-irq-rocket', 'wire', '2020-03-12', '2020-03-11', 'Iraq', 'shelling_artillery_missile', 'Taji', 'Baghdad', 'Taji', 3,
  "Rocket attack on Iraqi base kills two Americans, one Briton - About 15 rockets struck the Camp Taji military base north of Baghdad on Wednesday evening, killing two U.S. service members and a British soldier and wounding around 12 others, the U.S.-led coalition said. The U.S. military blamed Kataib Hezbollah and on Thursday",
  A('IRQREB', 'About 15 rockets struck the Camp Taji military base north of Baghdad on Wednesday evening', d='Wed', n='~15', v='USAMIL', note='blamed by the U.S. on Kataib Hezbollah, an Iraqi group'),
  K('USAMIL', 2, 'killing two U.S. service members and a British soldier', d='Wed', a='IRQREB', by='USAMIL'),
  K('GBRMIL', 1, 'killing two U.S. service members and a British soldier', d='Wed', a='IRQREB', by='USAMIL'),
  W('USAMIL', '~12', 'wounding around 12 others', d='Wed', by='USAMIL', note='coalition troops, mainly U.S.'))

I('w07-yem-sawan', 'wire', '2019-04-08', '2019-04-07', 'Yemen', 'shelling_artillery_missile', 'Sanaa', 'Amanat Al Asimah', 'Sawan', 11,
  "Shells hit school in Yemen's Sanaa as war creeps back to capital - An explosion near a school in the Sawan district of Sanaa on Sunday killed at least 11 people, most of them pupils, and wounded 39, medics at Al-Thawra hospital said. The Houthis blamed a coalition air strike; the coalition",
  A(None, 'An explosion near a school in the Sawan district of Sanaa on Sunday', loc='Sanaa', d='Sun', v='YEMCVL', note='cause disputed'),
  K('YEMCVL', '>11', 'killed at least 11 people', loc='Sanaa', d='Sun'),
  W('YEMCVL', 39, 'wounded 39', loc='Sanaa', d='Sun'))

I('w08-nga-kaduna-train', 'wire', '2022-03-29', '2022-03-28', 'Nigeria', 'attack', 'Katari', 'Kaduna', 'Kachia', 8,
  "Gunmen blow up track, attack Abuja-Kaduna train - Gunmen set off explosives on the rail line near Katari late on Monday and opened fire on a passenger train carrying nearly 400 people, killing at least 8 and abducting an unknown number, the state security commissioner said, adding",
  A(None, 'Gunmen set off explosives on the rail line near Katari late on Monday and opened fire on a passenger train', d='Mon', v='NGACVL'),
  K('NGACVL', '>8', 'killing at least 8', d='Mon', by='NGAGOV'))

I('w09-som-beledweyne', 'wire', '2022-10-04', '2022-10-03', 'Somalia', 'remote_explosive_ied', 'Beledweyne', 'Hiraan', 'Beledweyne', 30,
  "Car bombs kill 30 in central Somali town - Two car bombs went off minutes apart outside a government office in Beledweyne on Monday, killing at least 30 people, among them a deputy governor and a former state minister, the Hiraan governor said. Al Shabaab",
  A(None, 'Two car bombs went off minutes apart outside a government office in Beledweyne on Monday', d='Mon', n=2, v='SOMGOV'),
  K('SOMCVL', '>30', 'killing at least 30 people', d='Mon', by='SOMGOV', note='mixed toll, partial breakdown'),
  K('SOMGOV', 2, 'among them a deputy governor and a former state minister', d='Mon', s=False, note='sub-count'),
  K('SOMCVL', 30, 'Car bombs kill 30 in central Somali town', d='Mon', s=False, note='headline restatement'))

I('w10-cod-kishishe', 'wire', '2022-12-06', '2022-11-29', 'DR Congo', 'attack', 'Kishishe', 'Nord-Kivu', 'Rutshuru', 131,
  "UN probe finds M23 rebels killed 131 civilians in Congo villages - M23 rebels killed at least 131 civilians, among them 12 children, in Kishishe and Bambo in eastern Congo on Nov. 29 and 30 in reprisal attacks, a preliminary UN investigation found, adding that 22 women and five girls were",
  K('CODCVL', '>131', 'M23 rebels killed at least 131 civilians', d='2022-11-29', a='CODREB', by='IGOUNO', note='two days; dated to the first'),
  K('CODCVL', 12, 'among them 12 children', d='2022-11-29', s=False, note='sub-count'),
  A('CODREB', 'in reprisal attacks', d='2022-11-29', v='CODCVL', by='IGOUNO'))

I('w11-bfa-solhan', 'wire', '2021-06-06', '2021-06-05', 'Burkina Faso', 'attack', 'Solhan', 'Sahel', 'Yagha', 138,
  "Gunmen kill 138 in deadliest Burkina attack - Gunmen raided the village of Solhan overnight into Saturday, killing at least 138 civilians and burning homes and the market, the government said on Sunday, raising its earlier toll of",
  A(None, 'Gunmen raided the village of Solhan overnight into Saturday', d='Sat', v='BFACVL'),
  K('BFACVL', '>138', 'killing at least 138 civilians', d='Sat', by='BFAGOV'),
  K('BFACVL', 138, 'Gunmen kill 138 in deadliest Burkina attack', d='Sat', s=False, note='headline restatement'))

I('w12-ner-tassia', 'wire', '2024-06-28', '2024-06-25', 'Niger', 'attack', 'Tassia', 'Tillaberi', 'Tera', 21,
  "Niger says 20 soldiers, one civilian killed in attack near Burkina border - Twenty soldiers and a civilian were killed on Tuesday when \"terrorists\" attacked an army position at Tassia in the Tillaberi region, the defence ministry said on Thursday, adding that dozens of attackers",
  A('NERREB', 'attacked an army position at Tassia in the Tillaberi region', d='Tue', v='NERMIL'),
  K('NERMIL', 20, 'Twenty soldiers and a civilian were killed on Tuesday', d='Tue', a='NERREB', by='NERGOV'),
  K('NERCVL', 1, 'Twenty soldiers and a civilian were killed on Tuesday', d='Tue', a='NERREB', by='NERGOV'),
  K('NERREB', None, 'dozens of attackers', d='Tue', s=False, note='cut before the verb'))

I('w13-sdn-wad-madani', 'wire', '2023-12-19', '2023-12-18', 'Sudan', 'nonstate_takes_territory', 'Wad Madani', 'Al Jazirah', 'Wad Madani', 0,
  "Sudan's RSF says it has taken Wad Madani; tens of thousands flee - Sudan's paramilitary Rapid Support Forces said on Monday they had taken control of Wad Madani, the capital of Al Jazirah state, after four days of fighting, sending tens of thousands of people who had sheltered there fleeing south towards Sennar…",
  C('SDNREB', 'they had taken control of Wad Madani', d='Mon', by='SDNREB'),
  D('SDNREF', None, 'sending tens of thousands of people who had sheltered there fleeing south towards Sennar', d='Mon', note='people already displaced from Khartoum: REF'),
  C('SDNREB', "Sudan's RSF says it has taken Wad Madani", d='Mon', s=False, note='headline restatement'))

I('w14-cmr-mayo', 'wire', '2023-01-12', '2023-01-10', 'Cameroon', 'attack', 'Mozogo', 'Extreme-Nord', 'Mayo-Tsanaga', 0,
  "Suicide bomber wounds 5 at Cameroon army post - A female suicide bomber blew herself up at the entrance of an army post in Mozogo in Cameroon's Far North region on Tuesday, wounding 5 soldiers and a vigilance committee member, a security source said. The bomber",
  A('NGAREB', 'A female suicide bomber blew herself up at the entrance of an army post in Mozogo', d='Tue', v='CMRMIL', note='a Far North suicide bombing: Boko Haram by context (NGAREB, noted)'),
  W('CMRMIL', 6, 'wounding 5 soldiers and a vigilance committee member', d='Tue', note='vigilance committees fight with the army: MIL, one code'),
  K('NGAREB', 1, 'A female suicide bomber blew herself up', d='Tue', s=False, note='the bomber, implied'))

I('w15-caf-boali', 'wire', '2024-03-22', '2024-03-20', 'CAR', 'attack', 'Boali', 'Ombella-Mpoko', 'Boali', 3,
  "Peacekeeper among three killed in C.Africa ambush - Suspected 3R rebels ambushed a MINUSCA patrol near Boali on Wednesday, killing a Cameroonian peacekeeper and 2 civilians travelling behind the convoy, the mission said in a statement that also",
  A('CAFREB', 'Suspected 3R rebels ambushed a MINUSCA patrol near Boali on Wednesday', d='Wed', v='IGOUNO'),
  K('CMRMIL', 1, 'killing a Cameroonian peacekeeper and 2 civilians', d='Wed', a='CAFREB', by='IGOUNO'),
  K('CAFCVL', 2, 'killing a Cameroonian peacekeeper and 2 civilians', d='Wed', a='CAFREB', by='IGOUNO'))

I('w16-pak-bajaur-rally', 'wire', '2023-07-31', '2023-07-30', 'Pakistan', 'remote_explosive_ied', 'Khar', 'Khyber Pakhtunkhwa', 'Bajaur', 54,
  "Toll from Pakistan rally bombing rises to 54 - The death toll from Sunday's suicide bombing at a political rally of the JUI-F party in Khar, Bajaur district, rose to 54 on Monday, with 23 children among the dead, officials said, as Islamic State's regional affiliate claimed the",
  K('PAKCVL', 54, "The death toll from Sunday's suicide bombing at a political rally of the JUI-F party in Khar, Bajaur district, rose to 54 on Monday", d='Sun', by='PAKGOV', note='updated toll of one bombing'),
  K('PAKCVL', 23, 'with 23 children among the dead', d='Sun', s=False, note='sub-count'),
  A('PAKREB', "Sunday's suicide bombing at a political rally", d='Sun', v='PAKCVL', s=False, note='claim cut off before the object; IS affiliate by context'),
  K('PAKCVL', 54, 'Toll from Pakistan rally bombing rises to 54', d='Sun', s=False, note='headline restatement'))

I('w17-ind-pulwama', 'wire', '2019-02-15', '2019-02-14', 'India', 'remote_explosive_ied', 'Lethpora', 'Jammu and Kashmir', 'Pulwama', 38,
  "Kashmir car bomb kills 38 Indian paramilitary police - A militant drove a car packed with explosives into a convoy of buses carrying CRPF personnel on the Jammu-Srinagar highway near Lethpora on Thursday and blew it up, killing at least 38 of them, officials said. Jaish-e-Mohammad",
  A('INDREB', 'A militant drove a car packed with explosives into a convoy of buses carrying CRPF personnel', d='Thu', v='INDMIL', note='group named after the cut; militants: INDREB'),
  K('INDMIL', '>38', 'killing at least 38 of them', d='Thu', a='INDREB'),
  K('INDREB', 1, 'A militant drove a car packed with explosives', d='Thu', s=False, note='the bomber\'s death is implied'),
  E('INDMIL', 'VEHICLE', None, 'a convoy of buses carrying CRPF personnel', d='Thu', s=False, note='buses of the force'),
  K('INDMIL', 38, 'Kashmir car bomb kills 38 Indian paramilitary police', d='Thu', s=False, note='headline restatement'))

I('w18-mmr-hpakant', 'wire', '2021-11-07', '2021-11-06', 'Myanmar', 'armed_clash', 'Hpakant', 'Kachin', 'Hpakant', 0,
  "Myanmar army, Kachin rebels clash near jade mines; villagers flee - Fighting between the Myanmar army and the Kachin Independence Army broke out near Hpakant on Saturday, and about 1,200 villagers fled to monasteries in the town, a local aid group said. A military helicopter was hit by ground fire, the KIA",
  A('MMRMIL', 'Fighting between the Myanmar army and the Kachin Independence Army broke out near Hpakant on Saturday', d='Sat', v='MMRREB'),
  A('MMRREB', 'Fighting between the Myanmar army and the Kachin Independence Army', d='Sat', v='MMRMIL', s=False, note='other side'),
  D('MMRCVL', '~1,200', 'about 1,200 villagers fled to monasteries in the town', d='Sat'),
  E('MMRMIL', 'HELICOPTER', None, 'A military helicopter was hit by ground fire', d='Sat', a='MMRREB'))

I('w19-col-jamundi', 'wire', '2025-03-10', '2025-03-09', 'Colombia', 'remote_explosive_ied', 'Jamundi', 'Valle del Cauca', 'Jamundi', 2,
  "Drone attack kills two soldiers in southwest Colombia - Two soldiers were killed and three wounded when FARC dissidents dropped explosives from a drone on an army base in Jamundi on Sunday, the army said, the latest in a wave of",
  A('COLREB', 'FARC dissidents dropped explosives from a drone on an army base in Jamundi on Sunday', d='Sun', v='COLMIL', by='COLMIL'),
  K('COLMIL', 2, 'Two soldiers were killed and three wounded', d='Sun', a='COLREB', by='COLMIL'),
  W('COLMIL', 3, 'Two soldiers were killed and three wounded', d='Sun', a='COLREB', by='COLMIL'))

I('w20-mex-salvatierra', 'wire', '2023-12-18', '2023-12-17', 'Mexico', 'attack', 'Salvatierra', 'Guanajuato', 'Salvatierra', 12,
  "Gunmen kill 12 at Christmas party in central Mexico - Gunmen burst into a pre-Christmas party at a hacienda near Salvatierra early on Sunday and opened fire, killing 12 people, most of them young, and wounding at least 12 more, state prosecutors said",
  A(None, 'Gunmen burst into a pre-Christmas party at a hacienda near Salvatierra early on Sunday and opened fire', d='Sun', v='MEXCVL'),
  K('MEXCVL', 12, 'killing 12 people', d='Sun', by='MEXGOV'),
  W('MEXCVL', '>12', 'wounding at least 12 more', d='Sun', by='MEXGOV'),
  K('MEXCVL', 12, 'Gunmen kill 12 at Christmas party in central Mexico', d='Sun', s=False, note='headline restatement'))

I('w21-ukr-grid', 'wire', '2024-08-27', '2024-08-26', 'Ukraine', 'air_drone_strike', 'Lutsk', 'Volyn', 'Lutsk', 4,
  "Russia pounds Ukraine's energy grid in massive overnight attack - Russia fired more than 100 missiles and about 100 drones at Ukraine overnight into Monday, killing at least 4 people, among them one in Lutsk, and knocking out power in several regions, officials said. Poland scrambled jets as",
  A('RUSMIL', 'Russia fired more than 100 missiles and about 100 drones at Ukraine overnight into Monday', loc='-', d='Mon', n='>100', v='UKRCVL'),
  K('UKRCVL', '>4', 'killing at least 4 people', loc='-', d='Mon', a='RUSMIL', note='across the country'),
  K('UKRCVL', 1, 'among them one in Lutsk', d='Mon', s=False, note='sub-count'))

I('w22-isr-rafah', 'wire', '2024-05-27', '2024-05-26', 'Palestine', 'air_drone_strike', 'Rafah', 'Gaza Strip', 'Rafah', 45,
  "Israeli strike on Rafah tent camp kills 45, Gaza officials say - An Israeli air strike set fire to tents sheltering displaced people in the Tal al-Sultan area of Rafah on Sunday night, killing at least 45 people, Gaza's health ministry said. Israel said it had targeted two senior Hamas officials and was reviewing",
  A('ISRMIL', 'An Israeli air strike set fire to tents sheltering displaced people in the Tal al-Sultan area of Rafah on Sunday night', d='Sun', v='PSEREF'),
  K('PSEREF', '>45', 'killing at least 45 people', d='Sun', a='ISRMIL', by='PSEGOV', note='people in a displacement camp: REF'),
  K('PSEREF', 45, 'Israeli strike on Rafah tent camp kills 45', d='Sun', s=False, note='headline restatement'),
  A('ISRMIL', 'it had targeted two senior Hamas officials', d='Sun', v='PSEREB', s=False, note='same strike'))

I('w23-lbn-sidon', 'wire', '2023-09-09', '2023-09-07', 'Lebanon', 'armed_clash', 'Ain al-Hilweh', 'South', 'Sidon', 3,
  "Fighting resumes in Lebanon's largest Palestinian camp - Clashes between Fatah and Islamist militants resumed in the Ain al-Hilweh camp near Sidon on Thursday night, killing 3 people and wounding about 25 by Friday, and sending hundreds of families fleeing into the",
  A('PSEREB', 'Clashes between Fatah and Islamist militants resumed in the Ain al-Hilweh camp', d='Thu', v='PSEREB', note='both sides one code'),
  K('PSEREF', 3, 'killing 3 people and wounding about 25 by Friday', d='Thu', note='camp residents and fighters: REF (mixed)'),
  W('PSEREF', '~25', 'killing 3 people and wounding about 25 by Friday', d='Thu'),
  D('PSEREF', None, 'sending hundreds of families fleeing', d='-', s=False, note='families, cut'))

I('w24-tcd-protests', 'wire', '2022-10-21', '2022-10-20', 'Chad', 'other_violence', "N'Djamena", "N'Djamena", '', 50,
  "Chad says about 50 killed as police fire on protesters - About 50 people were killed and more than 300 wounded on Thursday when security forces fired on demonstrators in N'Djamena and the southern city of Moundou who were protesting against the extension of military rule, the prime minister said, adding that 10 police officers were among",
  A('TCDMIL', "security forces fired on demonstrators in N'Djamena and the southern city of Moundou", d='Thu', v='TCDCVL'),
  K('TCDCVL', '~50', 'About 50 people were killed and more than 300 wounded on Thursday', d='Thu', a='TCDMIL', by='TCDGOV', note='two cities; first named'),
  W('TCDCVL', '>300', 'About 50 people were killed and more than 300 wounded on Thursday', d='Thu', a='TCDMIL', by='TCDGOV'),
  K('TCDMIL', 10, '10 police officers were among', d='Thu', s=False, note='cut: dead or wounded unclear'))

I('w25-tgo-kpendjal', 'wire', '2022-07-17', '2022-07-15', 'Togo', 'attack', '', 'Savanes', '', 7,
  "Togo soldiers killed in first deadly jihadist attack - Suspected jihadists attacked a Togolese army post in the Savanes region near the border with Burkina Faso before dawn on Friday, killing 7 soldiers, the government said in a statement read on state television. Three soldiers were wounded and",
  A('BFAREB', 'Suspected jihadists attacked a Togolese army post in the Savanes region near the border with Burkina Faso', loc='Savanes', d='Fri', v='TGOMIL', note='jihadists from across the border: BFAREB (noted; TGOREB defensible)'),
  K('TGOMIL', 7, 'killing 7 soldiers', loc='Savanes', d='Fri', by='TGOGOV'),
  W('TGOMIL', 3, 'Three soldiers were wounded', loc='Savanes', d='Fri', by='TGOGOV'))

I('w26-irn-sistan', 'wire', '2024-04-05', '2024-04-04', 'Iran', 'attack', 'Rask', 'Sistan and Baluchestan', 'Rask', 26,
  "Militants attack Revolutionary Guards posts in Iran's southeast - Jaish al-Adl militants attacked Revolutionary Guards and police buildings in Rask and Chabahar late on Thursday, killing 11 members of the security forces, state media said, adding that 15 attackers were killed in clashes that went on…",
  A('IRNREB', 'Jaish al-Adl militants attacked Revolutionary Guards and police buildings in Rask and Chabahar late on Thursday', d='Thu', v='IRNMIL'),
  K('IRNMIL', 11, 'killing 11 members of the security forces', d='Thu', a='IRNREB', by='IRNGOV'),
  K('IRNREB', 15, '15 attackers were killed in clashes', d='Thu', a='IRNMIL', by='IRNGOV'))

I('w27-egy-sinai', 'wire', '2022-05-08', '2022-05-07', 'Egypt', 'attack', 'Qantara', 'Ismailia', 'Qantara Sharq', 11,
  "Militants kill 11 Egyptian soldiers in Sinai attack on water station - Militants attacked a water pumping station east of the Suez Canal near Qantara on Saturday, killing an officer and 10 soldiers and wounding 5, the army spokesman said. Troops were chasing the attackers in",
  A('EGYREB', 'Militants attacked a water pumping station east of the Suez Canal near Qantara on Saturday', d='Sat', v='EGYMIL'),
  K('EGYMIL', 11, 'killing an officer and 10 soldiers', d='Sat', a='EGYREB', by='EGYMIL', note='one code: 1 + 10'),
  W('EGYMIL', 5, 'wounding 5', d='Sat', a='EGYREB', by='EGYMIL'),
  K('EGYMIL', 11, 'Militants kill 11 Egyptian soldiers in Sinai attack', d='Sat', s=False, note='headline restatement'))

I('w28-aze-mine', 'wire', '2021-06-05', '2021-06-04', 'Azerbaijan', 'other_violence', 'Kalbajar', 'Kalbajar', 'Kalbajar', 3,
  "Mine blast kills two journalists, official in Azerbaijan's Kalbajar - Two Azerbaijani journalists and a local official were killed on Friday when their vehicle hit an anti-tank mine in the Kalbajar district, which Armenian forces handed over last year, prosecutors said. Four others",
  K('AZECVL', 2, 'Two Azerbaijani journalists and a local official were killed on Friday', d='Fri', by='AZEGOV'),
  K('AZEGOV', 1, 'Two Azerbaijani journalists and a local official were killed on Friday', d='Fri', by='AZEGOV'))

I('w29-rus-crocus', 'wire', '2024-03-24', '2024-03-22', 'Russia', 'attack', 'Krasnogorsk', 'Moscow Oblast', 'Krasnogorsk', 137,
  "Death toll in Moscow concert hall attack climbs to 137 - The number of people killed when gunmen opened fire and set fire to the Crocus City Hall in Krasnogorsk outside Moscow on Friday rose to 137, among them 3 children, investigators said on Sunday, as 11 suspects were",
  A(None, 'gunmen opened fire and set fire to the Crocus City Hall in Krasnogorsk', d='Fri', v='RUSCVL', note='the claim is not in the snippet'),
  K('RUSCVL', 137, 'The number of people killed when gunmen opened fire and set fire to the Crocus City Hall in Krasnogorsk outside Moscow on Friday rose to 137', d='Fri', by='RUSGOV', note='updated toll of one attack'),
  K('RUSCVL', 3, 'among them 3 children', d='Fri', s=False, note='sub-count'),
  K('RUSCVL', 137, 'Death toll in Moscow concert hall attack climbs to 137', d='Fri', s=False, note='headline restatement'))

I('w30-tjk-border', 'wire', '2021-04-30', '2021-04-29', 'Tajikistan', 'armed_clash', 'Vorukh', 'Sughd', 'Isfara', 0,
  "Tajik, Kyrgyz border guards exchange fire over water site - Border guards of Tajikistan and Kyrgyzstan exchanged fire on Thursday near the Tajik exclave of Vorukh in a dispute over a water distribution point, and a number of people were hurt on both sides, officials in Dushanbe and Bishkek said. Residents threw stones",
  A('TJKMIL', 'Border guards of Tajikistan and Kyrgyzstan exchanged fire on Thursday near the Tajik exclave of Vorukh', d='Thu', v='KGZMIL'),
  A('KGZMIL', 'Border guards of Tajikistan and Kyrgyzstan exchanged fire', d='Thu', v='TJKMIL', s=False, note='other side'),
  W('TJKCVL', None, 'a number of people were hurt on both sides', d='Thu', note='both sides: first-named country; vague'))

# --- non-conflict ---
I('x06-chl-fires', 'wire', '2024-02-05', '2024-02-04', 'Chile', 'disaster', 'Vina del Mar', 'Valparaiso', 'Vina del Mar', 0,
  "Chile wildfire toll rises to 112 as fires tear through hillside homes - The death toll from forest fires around Vina del Mar rose to 112 on Monday, with hundreds of people still missing, officials said, after flames swept through hillside neighbourhoods over the weekend and destroyed",
  K('CHLCVL', 112, 'The death toll from forest fires around Vina del Mar rose to 112 on Monday', d='-', by='CHLGOV', note='one set of fires over a weekend: updated toll, date null (weekend)'),
  K('CHLCVL', 112, 'Chile wildfire toll rises to 112', d='-', s=False, note='headline restatement'))

I('x07-zmb-anthrax', 'wire', '2023-11-24', '2023-11-23', 'Zambia', 'disease', '', '', '', 0,
  "Zambia anthrax outbreak spreads to nine provinces - Zambia has recorded 684 suspected human cases of anthrax and 4 deaths since the outbreak began in May, the health ministry said on Thursday, as the WHO warned that eating meat from infected animals",
  K('ZMBCVL', 4, 'Zambia has recorded 684 suspected human cases of anthrax and 4 deaths since the outbreak began in May', loc='-', by='ZMBGOV', cum=True))

I('x08-zaf-floods', 'wire', '2022-04-14', '2022-04-13', 'South Africa', 'disaster', 'Durban', 'KwaZulu-Natal', 'eThekwini', 0,
  "South Africa floods kill 306 around Durban - Floods and mudslides caused by torrential rain in KwaZulu-Natal province have killed 306 people, most of them around the port city of Durban, provincial officials said on Wednesday, and more than 40,000 have been left homeless…",
  K('ZAFCVL', 306, 'have killed 306 people, most of them around the port city of Durban', loc='KwaZulu-Natal', d='-', by='ZAFGOV', note='one storm over days; updated toll, date null'),
  D('ZAFCVL', '>40,000', 'more than 40,000 have been left homeless', loc='KwaZulu-Natal', d='-', by='ZAFGOV'),
  K('ZAFCVL', 306, 'South Africa floods kill 306 around Durban', loc='Durban', d='-', s=False, note='headline restatement'))

I('x09-vnm-karaoke', 'wire', '2022-09-07', '2022-09-06', 'Vietnam', 'accident', 'Thuan An', 'Binh Duong', 'Thuan An', 0,
  "Fire at Vietnam karaoke bar kills 32 - A fire that broke out on the second floor of a karaoke bar in Thuan An city near Ho Chi Minh City on Tuesday night killed 32 people, among them staff who were trapped behind locked doors, state media said, and 17 were",
  K('VNMCVL', 32, 'killed 32 people', d='Tue', by='VNMGOV'),
  K('VNMCVL', 32, 'Fire at Vietnam karaoke bar kills 32', d='Tue', s=False, note='headline restatement'))

I('x10-mli-mine', 'wire', '2024-02-17', '2024-02-15', 'Mali', 'accident', 'Kangaba', 'Koulikoro', 'Kangaba', 0,
  "More than 70 killed in collapse at Malian gold mine - An artisanal gold mine collapsed near Kangaba in southwest Mali on Thursday, killing more than 70 people, the mines ministry said, adding that dozens of miners were still",
  K('MLICVL', '>70', 'killing more than 70 people', d='Thu', by='MLIGOV'),
  K('MLICVL', '>70', 'More than 70 killed in collapse at Malian gold mine', d='Thu', s=False, note='headline restatement'))

# --- no event ---
I('w31-pry-protest', 'wire', '2021-03-07', '2021-03-06', 'Paraguay', 'protest_or_statement', 'Asuncion', 'Asuncion', '', 0,
  "Paraguay's president replaces ministers after protests over COVID-19 care - President Mario Abdo Benitez replaced his education, women's affairs and chief of staff ministers on Saturday after thousands marched in Asuncion for a second night to protest shortages of medicines in hospitals, and the opposition called",
  noevent=True)
