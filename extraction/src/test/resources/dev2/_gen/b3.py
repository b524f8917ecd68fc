from core import A, E, K, W
# ---------------- South / South-East Asia, Latin America ----------------
A('t19', '2020-10-14', '''
Thousands flee as Taliban push towards Helmand capital; Afghan forces say 73 insurgents killed

LASHKAR GAH, Afghanistan (AFP) - Thousands of families have fled districts around Lashkar Gah, the capital of southern Helmand province, as Taliban fighters pressed an offensive that has brought the militants to the city's outskirts for the first time in four years, officials said Wednesday.

Afghanistan's defence ministry said government forces backed by US airstrikes had killed 73 Taliban fighters and wounded 28 others in Nad Ali and Nawa districts over the past 24 hours. The Taliban, in a statement, said their fighters had overrun 13 security checkpoints and seized 20 military vehicles, including Humvees.

"Helicopters fired at us as we were leaving, we saw two bodies on the road," said Abdul Rahman, a farmer who had reached the city with his wife and six children.

Two Afghan army helicopters collided while evacuating wounded soldiers in Nawa late Tuesday, killing all nine people on board, the ministry said, blaming a technical problem.

According to the UN refugee agency, around 35,000 people have been displaced since Sunday and are sheltering with relatives, in mosques and in schools in Lashkar Gah.

US forces in Afghanistan said they had carried out "several targeted airstrikes" in Helmand in defence of Afghan forces, and said the Taliban attacks were inconsistent with the US-Taliban agreement signed in Doha in February.

Hospital officials in the city said 42 wounded civilians, among them 11 children, had been brought in since Sunday.
''', [
    E('DISPLACEMENT', 'AFGCVL', None, None, None, 'Thousands of families have fled districts around Lashkar Gah', 'Lashkar Gah', '2020-10-14', scored=False, note='Vague; the 35,000 below is the figure.'),
    E('OFFENSIVE', None, 'AFGREB', None, None, 'Taliban fighters pressed an offensive', 'Lashkar Gah', '2020-10-14', note='Ongoing offensive, no launch day: report day. 2020 Taliban coded AFGREB.'),
    K('AFGREB', 'AFGMIL', 73, 'EXACT', 'had killed 73 Taliban fighters', 'Nad Ali', '2020-10-14', claimed='AFGGOV', cum=True, note='"over the past 24 hours" in two districts: several incidents, cumulative.'),
    W('AFGREB', 'AFGMIL', 28, 'EXACT', 'wounded 28 others', 'Nad Ali', '2020-10-14', claimed='AFGGOV', cum=True),
    E('CAPTURE', None, 'AFGREB', 13, 'EXACT', 'their fighters had overrun 13 security checkpoints', None, '2020-10-14', claimed='AFGREB', cum=True),
    E('EQUIPMENT_LOSS', 'AFGMIL', 'AFGREB', 20, 'EXACT', 'seized 20 military vehicles', None, '2020-10-14', claimed='AFGREB', eq='VEHICLE', cum=True),
    K('AFGCVL', None, 2, 'EXACT', 'we saw two bodies on the road', None, '2020-10-14', scored=False, note='Witness account, cause and day unclear.'),
    E('EQUIPMENT_LOSS', 'AFGMIL', None, 2, 'EXACT', 'Two Afghan army helicopters collided', 'Nawa', 'Tuesday', claimed='AFGGOV', eq='HELICOPTER', note='Lost in an accident.'),
    K('AFGMIL', None, 9, 'EXACT', 'killing all nine people on board', 'Nawa', 'Tuesday', claimed='AFGGOV', cause='accident', note='Crew and wounded soldiers: MIL.'),
    E('DISPLACEMENT', 'AFGCVL', None, 35000, 'ABOUT', 'around 35,000 people have been displaced since Sunday', 'Lashkar Gah', '2020-10-14', claimed='IGOUNO', cum=True),
    E('ATTACK', 'AFGREB', 'USAMIL', None, None, 'carried out "several targeted airstrikes" in Helmand', 'Helmand', '2020-10-14', claimed='USAMIL'),
    E('TALKS', 'AFGREB', 'USAGOV', None, None, 'the US-Taliban agreement signed in Doha in February', 'Doha', None, scored=False, note='Background.'),
    W('AFGCVL', None, 42, 'EXACT', '42 wounded civilians, among them 11 children, had been brought in since Sunday', 'Lashkar Gah', '2020-10-14', cum=True),
    W('AFGCVL', None, 11, 'EXACT', 'among them 11 children', 'Lashkar Gah', '2020-10-14', cum=True, scored=False, note='Sub-count.'),
])

A('t20', '2023-07-13', '''
Nine soldiers martyred as terrorists attack Zhob garrison; five terrorists killed

RAWALPINDI: Nine soldiers embraced martyrdom when a group of heavily armed terrorists attempted to storm the Zhob Garrison in Balochistan in the early hours of Wednesday, the Inter-Services Public Relations (ISPR) said.

According to the military's media wing, the attackers were engaged by troops on duty at the perimeter and, in the ensuing exchange of fire, four terrorists were sent to hell. A fifth terrorist was killed while trying to flee. Five soldiers were injured.

"A sanitisation operation is being carried out in the area to eliminate any other terrorists," the ISPR said. A woman was also injured by a stray bullet in a house near the garrison, police said.

Separately, in Sui, Dera Bugti district, a soldier was martyred and two were injured when terrorists attacked a security forces post late Tuesday night.

Tehreek-e-Jihad Pakistan, a little-known group, claimed responsibility for the Zhob attack. Pakistan has seen a surge in militant violence since the Tehreek-e-Taliban Pakistan ended a ceasefire with the government in November last year.

In an unrelated incident, at least 18 passengers were killed and 23 injured when a bus skidded off the road and plunged into a ravine in the Kallar Kahar area of Chakwal district on Wednesday, rescue officials said. The driver was speeding, according to police.

Army chief General Asim Munir said the armed forces would respond to attacks launched from Afghan soil with full force.
''', [
    E('ATTACK', 'PAKMIL', 'PAKREB', None, None, 'a group of heavily armed terrorists attempted to storm the Zhob Garrison', 'Zhob', 'Wednesday', claimed='PAKMIL'),
    K('PAKMIL', 'PAKREB', 9, 'EXACT', 'Nine soldiers embraced martyrdom', 'Zhob', 'Wednesday', claimed='PAKMIL'),
    K('PAKREB', 'PAKMIL', 4, 'EXACT', 'four terrorists were sent to hell', 'Zhob', 'Wednesday', claimed='PAKMIL', note='Headline "five terrorists killed" sums this and the fifth below.'),
    K('PAKREB', 'PAKMIL', 1, 'EXACT', 'A fifth terrorist was killed while trying to flee', 'Zhob', 'Wednesday', claimed='PAKMIL', note='Separate sentence, separate line; sum 5 either way.'),
    W('PAKMIL', 'PAKREB', 5, 'EXACT', 'Five soldiers were injured', 'Zhob', 'Wednesday', claimed='PAKMIL'),
    E('OFFENSIVE', 'PAKREB', 'PAKMIL', None, None, 'A sanitisation operation is being carried out in the area', 'Zhob', 'Wednesday', claimed='PAKMIL', scored=False, note='Routine operation.'),
    W('PAKCVL', None, 1, 'EXACT', 'A woman was also injured by a stray bullet', 'Zhob', 'Wednesday', claimed='PAKMIL', note='Same incident; the sentence has no day, dated to the attack.'),
    K('PAKMIL', 'PAKREB', 1, 'EXACT', 'a soldier was martyred', 'Sui', 'Tuesday'),
    W('PAKMIL', 'PAKREB', 2, 'EXACT', 'two were injured when terrorists attacked a security forces post', 'Sui', 'Tuesday'),
    E('ATTACK', 'PAKMIL', 'PAKREB', None, None, 'terrorists attacked a security forces post late Tuesday night', 'Sui', 'Tuesday'),
    K('PAKCVL', None, 18, 'AT_LEAST', 'at least 18 passengers were killed', 'Kallar Kahar', 'Wednesday', cause='accident'),
    W('PAKCVL', None, 23, 'EXACT', '23 injured when a bus skidded off the road', 'Kallar Kahar', 'Wednesday', cause='accident'),
    E('THREAT', 'AFGGOV', 'PAKMIL', None, None, 'would respond to attacks launched from Afghan soil with full force', None, '2023-07-13'),
])

A('t21', '2023-04-27', '''
Dantewada IED blast: 10 DRG jawans, driver killed as Maoists blow up vehicle

RAIPUR: Ten personnel of the District Reserve Guard (DRG) and a civilian driver were killed on Wednesday afternoon when Maoists triggered an improvised explosive device under their vehicle near Aranpur in Chhattisgarh's Dantewada district, police said.

The jawans were returning in a hired multi-utility vehicle from an anti-Maoist operation in the Aranpur area when the explosion, estimated by officials to have used 40-50 kg of explosives, ripped through the road. The blast left a crater nearly 10 feet deep.

"It was a cowardly act. The Naxals will not be spared," Chief Minister Bhupesh Baghel told reporters in Raipur, adding that the operation against the Maoists would be intensified.

Union Home Minister Amit Shah spoke to Baghel on the phone and assured him of all help from the Centre. Bastar IG P Sundarraj said security forces had launched a combing operation in the forests around Aranpur and that the area had been cordoned off.

This is the deadliest attack on security forces in the state since April 2021, when 22 security personnel were killed in an ambush on the Sukma-Bijapur border. Police records show 17 civilians and 7 security personnel had been killed in Maoist violence in the Bastar region this year before Wednesday's attack.

The bodies of the jawans were brought to the police lines in Dantewada, where a wreath-laying ceremony was held on Thursday morning.
''', [
    K('INDMIL', 'INDREB', 10, 'EXACT', 'Ten personnel of the District Reserve Guard (DRG)', 'Aranpur', 'Wednesday', claimed='INDMIL', note='DRG (police) coded MIL.'),
    K('INDCVL', 'INDREB', 1, 'EXACT', 'a civilian driver were killed', 'Aranpur', 'Wednesday', claimed='INDMIL'),
    E('ATTACK', 'INDMIL', 'INDREB', None, None, 'Maoists triggered an improvised explosive device under their vehicle', 'Aranpur', 'Wednesday', claimed='INDMIL'),
    E('EQUIPMENT_LOSS', 'INDMIL', 'INDREB', None, None, 'Maoists blow up vehicle', 'Aranpur', 'Wednesday', eq='VEHICLE', note='Hired vehicle carrying the force: its loss, as REANNOTATION (mine/IED).'),
    E('OFFENSIVE', 'INDREB', 'INDMIL', None, None, 'returning in a hired multi-utility vehicle from an anti-Maoist operation', 'Aranpur', 'Wednesday', scored=False, note='Routine operation.'),
    E('THREAT', 'INDREB', 'INDGOV', None, None, 'The Naxals will not be spared', None, '2023-04-27'),
    E('OFFENSIVE', 'INDREB', 'INDMIL', None, None, 'security forces had launched a combing operation in the forests around Aranpur', 'Aranpur', '2023-04-27', scored=False, note='Routine combing operation.'),
    K('INDMIL', 'INDREB', 22, 'EXACT', '22 security personnel were killed in an ambush', 'Sukma', None, scored=False, note='Background, April 2021.'),
    K('INDCVL', 'INDREB', 17, 'EXACT', '17 civilians', 'Bastar', '2023-04-27', cum=True),
    K('INDMIL', 'INDREB', 7, 'EXACT', '7 security personnel had been killed in Maoist violence', 'Bastar', '2023-04-27', cum=True),
])

A('t22', '2023-11-06', '''
Brotherhood Alliance says it has seized Chinshwehaw as junta loses more bases in northern Shan

The Three Brotherhood Alliance said on Sunday it had captured the border trade town of Chinshwehaw in northern Shan State, part of its Operation 1027 offensive that began on October 27 against Myanmar's military regime.

The alliance, made up of the Myanmar National Democratic Alliance Army (MNDAA), the Ta'ang National Liberation Army (TNLA) and the Arakan Army, said it had seized more than 100 junta outposts and bases and killed about 180 regime troops in the first 10 days of fighting. It also said it had shot down a junta fighter jet near Lashio on Friday, a claim the military did not confirm.

Junta spokesman Major General Zaw Min Tun acknowledged on state television that the military had "lost control" of Chinshwehaw and two other towns, and accused the groups of using drones to drop bombs on troops.

At least 10 civilians, including two children, were killed when junta artillery shells hit a monastery sheltering displaced people in Namhkam township on Saturday, a local rescue group told The Irrawaddy. Residents said the regime had also carried out airstrikes on villages near Kunlong.

The United Nations said more than 50,000 people had been displaced across northern Shan since the start of the offensive, and China asked its citizens to leave the Myanmar border area.

China's foreign ministry said on Friday that Beijing was "highly concerned" about the fighting and had urged all parties to
''', [
    E('CAPTURE', None, 'MMRREB', None, None, 'it had captured the border trade town of Chinshwehaw', 'Chinshwehaw', 'Sunday', claimed='MMRREB', note='Headline and junta acknowledgement are the same fact.'),
    E('OFFENSIVE', None, 'MMRREB', None, None, 'Operation 1027 offensive that began on October 27', 'Shan', '2023-10-27'),
    E('CAPTURE', None, 'MMRREB', 100, 'AT_LEAST', 'seized more than 100 junta outposts and bases', 'Shan', '2023-11-05', claimed='MMRREB', cum=True),
    K('MMRMIL', 'MMRREB', 180, 'ABOUT', 'killed about 180 regime troops in the first 10 days of fighting', 'Shan', '2023-11-05', claimed='MMRREB', cum=True, note='Claim, but a tally over ten days: cumulative.'),
    E('EQUIPMENT_LOSS', 'MMRMIL', 'MMRREB', None, None, 'shot down a junta fighter jet near Lashio on Friday', 'Lashio', 'Friday', claimed='MMRREB', eq='AIRCRAFT'),
    E('CAPTURE', None, 'MMRREB', 2, 'EXACT', 'and two other towns', None, '2023-11-06', claimed='MMRGOV'),
    E('ATTACK', 'MMRMIL', 'MMRREB', None, None, 'using drones to drop bombs on troops', None, '2023-11-06', claimed='MMRGOV', scored=False, note='Accusation, no time.'),
    E('ATTACK', 'MMRCVL', 'MMRMIL', None, None, 'junta artillery shells hit a monastery sheltering displaced people in Namhkam township', 'Namhkam', 'Saturday'),
    K('MMRCVL', 'MMRMIL', 10, 'AT_LEAST', 'At least 10 civilians', 'Namhkam', 'Saturday'),
    K('MMRCVL', 'MMRMIL', 2, 'EXACT', 'including two children', 'Namhkam', 'Saturday', scored=False, note='Sub-count.'),
    E('ATTACK', 'MMRCVL', 'MMRMIL', None, None, 'the regime had also carried out airstrikes on villages near Kunlong', 'Kunlong', '2023-11-06', note='No day: report day.'),
    E('DISPLACEMENT', 'MMRCVL', None, 50000, 'AT_LEAST', 'more than 50,000 people had been displaced across northern Shan', 'Shan', '2023-11-06', claimed='IGOUNO', cum=True),
])

A('t23', '2017-06-10', '''
13 Marines killed in Marawi as military vows to clear city by Independence Day

MARAWI CITY, Philippines - Thirteen Philippine Marines were killed and 40 others wounded in fierce street battles with Islamic State-linked militants in Marawi City on Friday, the military said, the heaviest single-day loss for government forces since the siege began on May 23.

Lt. Col. Jo-Ar Herrera, spokesman of the Army's 1st Infantry Division, said the Marines were clearing buildings in the Mapandi area when they came under fire from Maute group snipers and were hit by improvised explosives. He said the militants, who had held parts of the city for nearly three weeks, still controlled about 20 percent of Marawi.

Military officials said 138 militants, 58 soldiers and police, and 20 civilians had been killed since the fighting began. Local officials put the civilian toll higher, saying dozens of bodies remained in areas the army has yet to reach.

Armed Forces chief Gen. Eduardo Ano said troops would "liberate" Marawi by Monday, June 12. Air Force planes and helicopters continued to pound militant positions on Saturday.

More than 200,000 residents have fled the city and nearby towns, according to the Department of Social Welfare and Development. Aid groups said at least 39 evacuees had died of illnesses such as diarrhea and dehydration in crowded evacuation centers.

US special forces were providing technical assistance to the Philippine military at the request of the government, the U.S. Embassy in Manila said.
''', [
    K('PHLMIL', 'PHLREB', 13, 'EXACT', 'Thirteen Philippine Marines were killed', 'Marawi', 'Friday', claimed='PHLMIL'),
    W('PHLMIL', 'PHLREB', 40, 'EXACT', '40 others wounded', 'Marawi', 'Friday', claimed='PHLMIL'),
    E('ATTACK', 'PHLMIL', 'PHLREB', None, None, 'they came under fire from Maute group snipers', 'Mapandi', 'Friday', claimed='PHLMIL'),
    E('CAPTURE', None, 'PHLREB', None, None, 'the militants, who had held parts of the city for nearly three weeks', 'Marawi', None, scored=False, note='Background hold of the city, no taking stated.'),
    K('PHLREB', 'PHLMIL', 138, 'EXACT', '138 militants', 'Marawi', '2017-06-10', claimed='PHLMIL', cum=True),
    K('PHLMIL', 'PHLREB', 58, 'EXACT', '58 soldiers and police', 'Marawi', '2017-06-10', claimed='PHLMIL', cum=True),
    K('PHLCVL', 'PHLREB', 20, 'EXACT', '20 civilians had been killed since the fighting began', 'Marawi', '2017-06-10', claimed='PHLMIL', cum=True),
    K('PHLCVL', None, None, None, 'dozens of bodies remained in areas the army has yet to reach', 'Marawi', '2017-06-10', cum=True, scored=False, note='Vague.'),
    E('THREAT', 'PHLREB', 'PHLMIL', None, None, 'troops would "liberate" Marawi by Monday, June 12', 'Marawi', '2017-06-10'),
    E('ATTACK', 'PHLREB', 'PHLMIL', None, None, 'Air Force planes and helicopters continued to pound militant positions on Saturday', 'Marawi', 'Saturday'),
    E('DISPLACEMENT', 'PHLCVL', None, 200000, 'AT_LEAST', 'More than 200,000 residents have fled the city and nearby towns', 'Marawi', '2017-06-10', claimed='PHLGOV', cum=True),
    K('PHLREF', None, 39, 'AT_LEAST', 'at least 39 evacuees had died of illnesses', 'Marawi', '2017-06-10', cum=True, cause='disease', note='Evacuees in evacuation centres: REF as in the monitor sets.'),
    E('DEPLOYMENT', None, 'USAMIL', None, None, 'US special forces were providing technical assistance to the Philippine military', None, '2017-06-10', claimed='USAGOV', scored=False, note='Presence, not a sending.'),
])

A('t24', '2019-11-07', '''
Insurgents kill 15 in deadliest attack in Thailand's deep South in years

YALA: Suspected separatist insurgents killed 15 people, most of them village defence volunteers, in a coordinated attack on two security checkpoints in Muang district of Yala province late on Tuesday night, police said.

About a dozen gunmen scattered metal spikes and tree trunks on the road to delay reinforcements before opening fire with assault rifles on the checkpoints in tambon Lam Phaya, said Pol Col Thawatchai Rattanaphong. Four other people were wounded. Among the dead were a village chief and two women volunteers.

The Internal Security Operations Command (Isoc) Region 4 said troops had launched a manhunt in the surrounding hills and set up roadblocks across the province. Prime Minister Prayut Chan-o-cha ordered security agencies to "bring the perpetrators to justice."

It was the deadliest single incident since 2013, according to Deep South Watch, which says more than 7,000 people have been killed since the insurgency reignited in January 2004.

On Wednesday, a bomb hidden in a motorcycle exploded outside a grocery store in Tak Bai district of Narathiwat, slightly wounding a ranger and a shop owner. No group has claimed responsibility for either attack.

Malaysia-brokered peace talks between Bangkok and the Barisan Revolusi Nasional (BRN), the main rebel group, have stalled since early this year.
''', [
    K('THACVL', 'THAREB', 15, 'EXACT', 'Suspected separatist insurgents killed 15 people', 'Lam Phaya', 'Tuesday', claimed='THAMIL', note='"people, most of them village defence volunteers": coded CVL as unspecified people; THAMIL defensible.'),
    E('ATTACK', 'THAMIL', 'THAREB', None, None, 'a coordinated attack on two security checkpoints', 'Lam Phaya', 'Tuesday', scored=False, note='"Suspected": attribution hedged, as in the monitor sets.'),
    W('THACVL', 'THAREB', 4, 'EXACT', 'Four other people were wounded', 'Lam Phaya', 'Tuesday', claimed='THAMIL'),
    K('THACVL', 'THAREB', 3, 'EXACT', 'Among the dead were a village chief and two women volunteers', 'Lam Phaya', 'Tuesday', scored=False, note='Sub-count.'),
    E('OFFENSIVE', 'THAREB', 'THAMIL', None, None, 'troops had launched a manhunt in the surrounding hills', 'Yala', '2019-11-07', scored=False, note='Manhunt.'),
    K('THACVL', None, 7000, 'AT_LEAST', 'more than 7,000 people have been killed since the insurgency reignited in January 2004', None, '2019-11-07', cum=True, scored=False, note='Background war toll.'),
    E('ATTACK', 'THAMIL', None, None, None, 'a bomb hidden in a motorcycle exploded outside a grocery store', 'Tak Bai', 'Wednesday', scored=False, note='Unclaimed.'),
    W('THAMIL', None, 1, 'EXACT', 'slightly wounding a ranger', 'Tak Bai', 'Wednesday', note='Ranger coded MIL.'),
    W('THACVL', None, 1, 'EXACT', 'a shop owner', 'Tak Bai', 'Wednesday'),
    E('TALKS', 'THAREB', 'THAGOV', None, None, 'Malaysia-brokered peace talks between Bangkok and the Barisan Revolusi Nasional (BRN)', None, None, scored=False, note='Stalled talks, background.'),
])

A('t25', '2021-10-23', '''
Seven killed in attack on madrasa at Rohingya camp in Ukhiya

COX'S BAZAR: Seven people, including students and teachers, were killed when armed miscreants attacked a madrasa at Camp 18 of Balukhali in Ukhiya upazila early Friday, police said.

Four of the victims died on the spot while three others succumbed to their injuries at the MSF hospital in Kutupalong, said Shihab Kaiser Khan, commander of the 8th Armed Police Battalion (APBn). Around 20 people were injured.

Police arrested one attacker, Mujibur Rahman, with a locally made gun, five rounds of ammunition and a knife. Camp residents blamed the Arakan Rohingya Salvation Army (ARSA), which has been accused of killing opponents in the camps, but police said no group had been identified.

The attack comes less than a month after the killing of prominent Rohingya community leader Mohib Ullah, who was shot dead by gunmen in his office in Kutupalong on September 29.

Meanwhile, heavy rains triggered landslides in Camp 10 on Tuesday, killing a woman and her two children and injuring four others, officials of the Refugee Relief and Repatriation Commissioner's office said.

More than 700,000 Rohingya fled to Bangladesh from Myanmar's Rakhine state after a military crackdown in August 2017, joining some 300,000 already in the camps.
''', [
    K('MMRREF', None, 7, 'EXACT', 'Seven people, including students and teachers, were killed', 'Balukhali', 'Friday', claimed='BGDMIL', note='Rohingya camp residents: refugees (MMRREF). BGDCVL defensible.'),
    E('ATTACK', 'MMRREF', None, None, None, 'armed miscreants attacked a madrasa at Camp 18 of Balukhali', 'Balukhali', 'Friday', scored=False, note='Perpetrators not identified (ARSA only blamed).'),
    K('MMRREF', None, 4, 'EXACT', 'Four of the victims died on the spot', 'Balukhali', 'Friday', scored=False, note='Sub-count of the seven.'),
    K('MMRREF', None, 3, 'EXACT', 'three others succumbed to their injuries', 'Kutupalong', 'Friday', scored=False, note='Sub-count of the seven.'),
    W('MMRREF', None, 20, 'ABOUT', 'Around 20 people were injured', 'Balukhali', 'Friday', claimed='BGDMIL'),
    K('MMRREF', None, 1, 'EXACT', 'Mohib Ullah, who was shot dead by gunmen in his office in Kutupalong on September 29', 'Kutupalong', '2021-09-29'),
    K('MMRREF', None, 3, 'EXACT', 'killing a woman and her two children', 'Camp 10', 'Tuesday', cause='disaster'),
    W('MMRREF', None, 4, 'EXACT', 'injuring four others', 'Camp 10', 'Tuesday', cause='disaster'),
    E('DISPLACEMENT', 'MMRREF', None, 700000, 'AT_LEAST', 'More than 700,000 Rohingya fled to Bangladesh', 'Rakhine', None, cum=True, scored=False, note='Background (2017).'),
    E('DISPLACEMENT', 'MMRREF', None, 300000, 'ABOUT', 'some 300,000 already in the camps', None, None, cum=True, scored=False, note='Background.'),
])

A('t26', '2019-10-31', '''
Five indigenous people killed in Cauca attack blamed on FARC dissidents

BOGOTA (AFP) - Gunmen believed to be dissidents of the former FARC guerrilla killed an indigenous leader and four members of an indigenous guard in southwestern Colombia on Tuesday, authorities said, prompting President Ivan Duque to order the deployment of 2,500 soldiers to the region.

The attack took place in the rural area of Tacueyo, in the municipality of Toribio in Cauca department, when the indigenous guard stopped a vehicle at a checkpoint. Cristina Bautista, the traditional authority of the Nasa people in Tacueyo, was among the dead. Six other people were wounded, two of them seriously, and were airlifted to hospitals in Cali.

Defense Minister Carlos Holmes Trujillo blamed the Dagoberto Ramos mobile column, a dissident faction that rejected the 2016 peace deal. "We will not rest until they are captured," he said.

The Regional Indigenous Council of Cauca (CRIC) said the community had been receiving threats for months. According to the Indepaz research institute, 36 indigenous people have been murdered in Cauca so far this year.

The attack came two days after regional elections. On Wednesday, a day after the massacre, the bodies of five people, among them a 15-year-old boy, were found near Corinto, in the same department, local police said.
''', [
    K('COLCVL', 'COLREB', 5, 'EXACT', 'killed an indigenous leader and four members of an indigenous guard', 'Tacueyo', 'Tuesday', claimed='COLGOV', note='Unarmed indigenous guard: CVL; one code, one line (1 + 4).'),
    E('ATTACK', 'COLCVL', 'COLREB', None, None, 'The attack took place in the rural area of Tacueyo', 'Tacueyo', 'Tuesday', claimed='COLGOV', note='Perpetrators named by the defence minister ("blamed"); kept scored with actor COLREB.'),
    K('COLCVL', 'COLREB', 1, 'EXACT', 'Cristina Bautista, the traditional authority of the Nasa people in Tacueyo, was among the dead', 'Tacueyo', 'Tuesday', scored=False, note='Sub-count.'),
    W('COLCVL', 'COLREB', 6, 'EXACT', 'Six other people were wounded', 'Tacueyo', 'Tuesday'),
    E('DEPLOYMENT', None, 'COLMIL', 2500, 'EXACT', 'order the deployment of 2,500 soldiers to the region', 'Cauca', 'Tuesday', claimed='COLGOV'),
    K('COLCVL', None, 36, 'EXACT', '36 indigenous people have been murdered in Cauca so far this year', 'Cauca', '2019-10-31', cum=True),
    K('COLCVL', None, 5, 'EXACT', 'the bodies of five people, among them a 15-year-old boy, were found near Corinto', 'Corinto', 'Wednesday', claimed='COLMIL'),
    K('COLCVL', None, 1, 'EXACT', 'among them a 15-year-old boy', 'Corinto', 'Wednesday', scored=False, note='Sub-count.'),
])

A('t27', '2021-12-10', '''
Truck carrying migrants overturns in Chiapas, killing 55; gunmen kill six in Zacatecas

TUXTLA GUTIERREZ, Mexico (AP) - A tractor-trailer packed with more than 160 migrants flipped over and slammed into a pedestrian bridge on a highway leading to Chiapas state's capital Thursday, killing at least 55 people and injuring 105, authorities said.

Most of the migrants were from Guatemala, said Luis Manuel Garcia Moreno, head of the state's civil defense office. Survivors said they had each paid smugglers between $2,500 and $3,500 to be taken to the U.S. border. The driver fled the scene.

Guatemalan President Alejandro Giammattei expressed his condolences and said his government would help repatriate the bodies.

Separately, in the northern state of Zacatecas, gunmen opened fire on a family gathering in the town of Valparaiso late Wednesday, killing six people, including a 12-year-old girl, state prosecutors said. Three other people were wounded.

Zacatecas has become one of Mexico's most violent states as the Jalisco New Generation and Sinaloa cartels fight for control of drug routes. Last month, the bodies of 10 men were found hanging from a bridge and dumped on a roadside in Cuauhtemoc, and state authorities say more than 1,100 people have been killed in the state so far this year.

President Andres Manuel Lopez Obrador sent 2,000 additional National Guard and army troops to Zacatecas in October, but the violence has continued.
''', [
    K('MEXCVL', None, 55, 'AT_LEAST', 'killing at least 55 people', 'Chiapas', 'Thursday', cause='accident', note='Most victims Guatemalan migrants; coded by place (GTMCVL defensible).'),
    W('MEXCVL', None, 105, 'EXACT', 'injuring 105', 'Chiapas', 'Thursday', cause='accident'),
    E('ATTACK', 'MEXCVL', None, None, None, 'gunmen opened fire on a family gathering in the town of Valparaiso', 'Valparaiso', 'Wednesday', scored=False, note='Unidentified gunmen.'),
    K('MEXCVL', None, 6, 'EXACT', 'killing six people', 'Valparaiso', 'Wednesday', claimed='MEXGOV'),
    K('MEXCVL', None, 1, 'EXACT', 'including a 12-year-old girl', 'Valparaiso', 'Wednesday', claimed='MEXGOV', scored=False, note='Sub-count.'),
    W('MEXCVL', None, 3, 'EXACT', 'Three other people were wounded', 'Valparaiso', 'Wednesday', claimed='MEXGOV'),
    K('MEXCVL', None, 10, 'EXACT', 'the bodies of 10 men were found hanging from a bridge', 'Cuauhtemoc', None, scored=False, note='Background, last month.'),
    K('MEXCVL', None, 1100, 'AT_LEAST', 'more than 1,100 people have been killed in the state so far this year', 'Zacatecas', '2021-12-10', claimed='MEXGOV', cum=True),
    E('DEPLOYMENT', None, 'MEXMIL', 2000, 'EXACT', 'sent 2,000 additional National Guard and army troops to Zacatecas in October', 'Zacatecas', None),
])

A('t28', '2024-10-04', '''
Haiti: Flash Update #1 - Attack on Pont-Sonde, Artibonite (4 October 2024)

KEY POINTS
- At least 70 people, including 10 women and three infants, were killed on 3 October when members of the Gran Grif gang attacked the town of Pont-Sonde, in the commune of Saint-Marc, according to preliminary information from the Office of the UN High Commissioner for Human Rights (OHCHR).
- At least 16 people were seriously injured, two of them gang members.
- More than 6,270 people fled the area, according to IOM's Displacement Tracking Matrix, most of them to Saint-Marc.

SITUATION OVERVIEW
Armed men arrived in the early morning and opened fire with automatic weapons on residents, many of whom were shot in their homes. At least 45 houses and 34 vehicles were set on fire. Local authorities said a gang leader known as Luckson Elan had claimed the attack as retaliation against residents for supporting a self-defence group that set up a checkpoint on the national road.

The Haitian National Police and the Multinational Security Support mission said they had deployed reinforcements to the area. Two police officers were wounded in an exchange of fire with the gang on the outskirts of the town on 3 October.

Since the beginning of 2024, more than 3,600 people have been killed in gang-related violence across Haiti, and some 700,000 people are internally displaced, about half of them children.

HUMANITARIAN RESPONSE
Partners distributed hot meals and hygiene kits to 1,500 displaced people in Saint-Marc on 4 October. Needs remain high in shelter, protection and health.
''', [
    E('ATTACK', 'HTICVL', 'HTIREB', None, None, 'members of the Gran Grif gang attacked the town of Pont-Sonde', 'Pont-Sonde', '2024-10-03', claimed='HTIREB'),
    K('HTICVL', 'HTIREB', 70, 'AT_LEAST', 'At least 70 people, including 10 women and three infants, were killed on 3 October', 'Pont-Sonde', '2024-10-03', claimed='IGOUNO'),
    K('HTICVL', 'HTIREB', 13, 'EXACT', 'including 10 women and three infants', 'Pont-Sonde', '2024-10-03', scored=False, note='Sub-count (10 + 3).'),
    W('HTICVL', 'HTIREB', 16, 'AT_LEAST', 'At least 16 people were seriously injured', 'Pont-Sonde', '2024-10-03', claimed='IGOUNO', note='No day in the bullet: dated to the attack it belongs to.'),
    W('HTIREB', None, 2, 'EXACT', 'two of them gang members', 'Pont-Sonde', '2024-10-03', scored=False, note='Sub-count of the 16.'),
    E('DISPLACEMENT', 'HTICVL', None, 6270, 'AT_LEAST', 'More than 6,270 people fled the area', 'Pont-Sonde', '2024-10-04', claimed='IGOUNO', note='No day: report day.'),
    E('DEPLOYMENT', None, 'HTIMIL', None, None, 'had deployed reinforcements to the area', 'Pont-Sonde', '2024-10-04', claimed='HTIMIL', note='Police and MSS coded HTIMIL.'),
    W('HTIMIL', 'HTIREB', 2, 'EXACT', 'Two police officers were wounded', 'Pont-Sonde', '2024-10-03'),
    E('ATTACK', 'HTIREB', 'HTIMIL', None, None, 'an exchange of fire with the gang on the outskirts of the town', 'Pont-Sonde', '2024-10-03', scored=False, note='Clash, initiator unclear.'),
    K('HTICVL', 'HTIREB', 3600, 'AT_LEAST', 'more than 3,600 people have been killed in gang-related violence across Haiti', None, '2024-10-04', cum=True),
    E('DISPLACEMENT', 'HTICVL', None, 700000, 'ABOUT', 'some 700,000 people are internally displaced', None, '2024-10-04', cum=True),
    E('DISPLACEMENT', 'HTICVL', None, 1500, 'EXACT', '1,500 displaced people in Saint-Marc', 'Saint-Marc', '2024-10-04', scored=False, note='Aid recipients, not a displacement report.'),
])

A('t29', '2021-09-30', '''
Ecuador declares state of emergency in prisons after 116 killed in Guayaquil riot

GUAYAQUIL, Ecuador (Reuters) - The death toll from a riot between rival gangs at a prison in Ecuador's port city of Guayaquil rose to 116 on Thursday, President Guillermo Lasso said, as he declared a state of emergency in the country's prison system.

The fighting broke out on Tuesday at the Litoral Penitentiary, where inmates from the Los Choneros and Los Lobos gangs attacked each other with guns, knives and explosives. At least five of the victims were beheaded, police commander Fausto Buenano said. Eighty inmates were injured.

Some 400 police officers entered the facility on Wednesday to regain control of six cell blocks, Buenano said, and the army will take over security around the country's prisons.

The riot is the worst in Ecuador's history. In February, coordinated riots in four prisons left 79 inmates dead. More than 230 prisoners have been killed in Ecuadorean jails so far this year.

Lasso said the gangs were fighting for control of drug trafficking routes and accused them of acting on behalf of Mexican cartels. "We will not allow the prisons to become battlefields," he said.

Relatives of inmates waited outside the prison morgue on Thursday, many of them saying they had received no information about their family members. "My son called me on Tuesday and said they were going to kill them all," said one woman, who asked not to be named.
''', [
    K('ECUCVL', 'ECUREB', 116, 'EXACT', 'The death toll from a riot between rival gangs at a prison in Ecuador\'s port city of Guayaquil rose to 116', 'Guayaquil', 'Tuesday', claimed='ECUGOV', note='Inmates coded CVL (as the monitor sets); risen toll of one riot, dated to its start.'),
    E('ATTACK', 'ECUREB', 'ECUREB', None, None, 'inmates from the Los Choneros and Los Lobos gangs attacked each other', 'Guayaquil', 'Tuesday'),
    K('ECUCVL', 'ECUREB', 5, 'AT_LEAST', 'At least five of the victims were beheaded', 'Guayaquil', 'Tuesday', claimed='ECUMIL', scored=False, note='Sub-count.'),
    W('ECUCVL', 'ECUREB', 80, 'EXACT', 'Eighty inmates were injured', 'Guayaquil', 'Tuesday'),
    E('DEPLOYMENT', None, 'ECUMIL', 400, 'ABOUT', 'Some 400 police officers entered the facility on Wednesday', 'Guayaquil', 'Wednesday', claimed='ECUMIL'),
    E('CAPTURE', None, 'ECUMIL', 6, 'EXACT', 'to regain control of six cell blocks', 'Guayaquil', 'Wednesday', scored=False, note='Purpose, not a stated result.'),
    K('ECUCVL', 'ECUREB', 79, 'EXACT', 'coordinated riots in four prisons left 79 inmates dead', None, None, scored=False, note='Background, February.'),
    K('ECUCVL', None, 230, 'AT_LEAST', 'More than 230 prisoners have been killed in Ecuadorean jails so far this year', None, '2021-09-30', cum=True),
])

A('t30', '2021-05-07', '''
Rio police raid leaves 25 dead in deadliest operation in city's history

RIO DE JANEIRO (AP) - A police raid against drug traffickers in a Rio de Janeiro favela on Thursday left at least 25 people dead, including one police officer, in what activists called the deadliest police operation in the city's history.

Police said about 200 officers took part in the operation in the Jacarezinho favela in the north of the city, targeting a gang accused of recruiting children. Officer Andre Leonardo de Mello Frias was shot in the head as he got out of an armored vehicle and died in hospital. Two passengers on a metro train were hit by stray bullets and wounded, as was another officer.

The civil police's operations director, Rodrigo Oliveira, said the 24 suspects killed had opened fire on officers and that the operation had been "absolutely" justified. Residents told reporters that some of the dead had been executed after surrendering, and that police had entered homes without warrants.

The Supreme Court had restricted police operations in Rio's favelas during the coronavirus pandemic, except in "absolutely exceptional" cases. Human rights groups called for an independent investigation.

More than 1,200 people were killed by police in Rio de Janeiro state in 2020, according to the Public Security Institute.
''', [
    E('OFFENSIVE', 'BRAREB', 'BRAMIL', None, None, 'A police raid against drug traffickers in a Rio de Janeiro favela', 'Jacarezinho', 'Thursday', scored=False, note='Raid read as operation: unscored.'),
    K('BRACVL', None, 25, 'AT_LEAST', 'left at least 25 people dead', 'Jacarezinho', 'Thursday', scored=False, note='Mixed total; broken down into the officer and the 24 suspects.'),
    K('BRAMIL', 'BRAREB', 1, 'EXACT', 'Officer Andre Leonardo de Mello Frias was shot in the head', 'Jacarezinho', 'Thursday', note='Also "including one police officer".'),
    W('BRACVL', None, 2, 'EXACT', 'Two passengers on a metro train were hit by stray bullets and wounded', 'Jacarezinho', 'Thursday'),
    W('BRAMIL', 'BRAREB', 1, 'EXACT', 'as was another officer', 'Jacarezinho', 'Thursday'),
    K('BRAREB', 'BRAMIL', 24, 'EXACT', 'the 24 suspects killed', 'Jacarezinho', 'Thursday', claimed='BRAMIL'),
    E('ATTACK', 'BRAMIL', 'BRAREB', None, None, 'had opened fire on officers', 'Jacarezinho', 'Thursday', claimed='BRAMIL', scored=False, note="Police account, disputed by residents."),
    K('BRACVL', 'BRAMIL', 1200, 'AT_LEAST', 'More than 1,200 people were killed by police in Rio de Janeiro state in 2020', None, None, cum=True, scored=False, note='Background annual figure.'),
])
