"""Middle East and Asia (31 notes): Yemen, Iraq, Afghanistan, Pakistan, India, Myanmar, Philippines, Palestine, Israel,
Lebanon, Bangladesh, Nepal, Indonesia, Turkey."""
from lib import N, K, W, D, E, A, C, O, DEP, T, wd, days

# YE1
r = '2022-07-24'; d = wd(r, 'Saturday')
N(r, d, 'Yemen', 'shelling_artillery_missile', 'Taiz', 'Taiz', '',
  "Houthi mortar shells hit a crowded street in the al-Rawdah neighbourhood of Taiz city on the afternoon of 23 July, killing "
  "a child and wounding 10 other children who were playing there, the governor of Taiz said.",
  [A('YEMREB', "Houthi mortar shells hit a crowded street in the al-Rawdah neighbourhood of Taiz city", victim='YEMCVL',
     by='YEMGOV'),
   K('YEMCVL', 1, "killing a child", actor='YEMREB', by='YEMGOV'),
   W('YEMCVL', 10, "wounding 10 other children", actor='YEMREB', by='YEMGOV')],
  gloc='al-Rawdah')

# YE2
r = '2022-01-22'; d = wd(r, 'Friday')
N(r, d, 'Yemen', 'air_drone_strike', 'Saada', 'Saada', 'Saada',
  "Air strike on Yemen prison kills dozens, medics say - An air strike by the Saudi-led coalition hit a remand prison in "
  "the northern Yemeni city of Saada on Friday, killing at least 70 detainees and wounding 138, medics and the "
  "Houthi-run health ministry said. The coalition said it was checking",
  [K('YEMCVL', None, "Air strike on Yemen prison kills dozens", s=False, note='headline, vague'),
   A('SAUMIL', "An air strike by the Saudi-led coalition hit a remand prison", victim='YEMCVL',
     note='coalition: SAUMIL'),
   K('YEMCVL', 70, "killing at least 70 detainees", q='AT_LEAST', actor='SAUMIL', by='YEMGOV',
     note='detainees: CVL; the Houthi-run ministry as YEMGOV (de facto authority)'),
   W('YEMCVL', 138, "wounding 138", actor='SAUMIL', by='YEMGOV')],
  wire=True)

# YE3
r = '2019-04-02'
N(r, r, 'Yemen', 'disease', 'Hodeidah', 'Hodeidah', '',
  "Health authorities in Hodeidah governorate recorded 41 deaths from acute watery diarrhoea and suspected cholera since "
  "the start of March, 12 of them in Zabid district, and more than 6,000 suspected cases, the WHO said on Tuesday.",
  [K('YEMCVL', 41, "41 deaths from acute watery diarrhoea and suspected cholera since the start of March", cum=True,
     by='IGOUNO'),
   K('YEMCVL', 12, "12 of them in Zabid district", cum=True, loc='Zabid', by='IGOUNO', s=False, note='sub-count')])

# IQ1
r = '2021-03-13'; d = wd(r, 'Thursday')
N(r, d, 'Iraq', 'remote_explosive_ied', 'Mutaibijah', 'Salahuddin', '',
  "Two PMF fighters were killed and three wounded when an IED exploded under their vehicle near the village of "
  "Mutaibijah on the border between Salahuddin and Diyala on Thursday night, a PMF statement said, blaming Islamic "
  "State remnants. IS later claimed the attack on its Telegram channel.",
  [A('IRQREB', "an IED exploded under their vehicle near the village of Mutaibijah", victim='IRQMIL',
     note='claimed by IS: IRQREB'),
   K('IRQMIL', 2, "Two PMF fighters were killed", actor='IRQREB', by='IRQMIL', note='PMF: IRQMIL'),
   W('IRQMIL', 3, "three wounded", actor='IRQREB', by='IRQMIL'),
   E('IRQMIL', 'VEHICLE', "exploded under their vehicle", actor='IRQREB', by='IRQMIL')])

# IQ2
r = '2021-02-16'; d = wd(r, 'Monday')
N(r, d, 'Iraq', 'shelling_artillery_missile', 'Erbil', 'Erbil', 'Erbil',
  "Rockets hit Erbil airport area, killing a foreign contractor - At least three rockets struck near Erbil "
  "international airport, which hosts US-led coalition troops, on Monday night, killing a foreign civilian contractor "
  "and wounding nine people, among them a US service member, the coalition said. A little-known group calling itself",
  [K('IRQCVL', 1, "killing a foreign contractor", s=False, note='headline'),
   A(None, "At least three rockets struck near Erbil international airport", n=3, q='AT_LEAST', by='USAMIL'),
   K('IRQCVL', 1, "killing a foreign civilian contractor", by='USAMIL',
     note='nationality not stated: CVL of the place'),
   W('IRQCVL', 9, "wounding nine people", by='USAMIL', note='a mixed toll: CVL'),
   W('USAMIL', 1, "among them a US service member", by='USAMIL', s=False, note='sub-count')],
  wire=True)

# IQ3
r = '2023-07-31'; d = wd(r, 'Sunday')
N(r, d, 'Iraq', 'protest_or_statement', 'Basra', 'Basra', 'Basra',
  "Hundreds of residents of Basra blocked the road to the Rumaila oil field and burned tyres on Sunday evening to "
  "protest against power cuts as temperatures passed 50 degrees; security forces did not intervene and the protesters "
  "dispersed after the provincial governor promised extra generators.",
  [])

# AF1
r = '2022-04-20'; d = wd(r, 'Tuesday')
N(r, d, 'Afghanistan', 'remote_explosive_ied', 'Kabul', 'Kabul', 'Kabul',
  "Blasts near Kabul boys' school kill at least 6 - Three explosions hit outside a boys' high school in the Shi'ite "
  "Hazara area of Dasht-e-Barchi in western Kabul on Tuesday as students were leaving classes, killing at least six "
  "people and wounding 11, a Taliban police spokesman said. No group immediately claimed…",
  [K('AFGCVL', 6, "kill at least 6", q='AT_LEAST', s=False, note='headline'),
   A(None, "Three explosions hit outside a boys' high school in the Shi'ite Hazara area of Dasht-e-Barchi",
     victim='AFGCVL', n=3),
   K('AFGCVL', 6, "killing at least six people", q='AT_LEAST', by='AFGMIL',
     note='post-2021 Taliban police as source: AFGMIL'),
   W('AFGCVL', 11, "wounding 11", by='AFGMIL')],
  wire=True, gloc='Dasht-e-Barchi')

# AF2
r = '2023-10-09'; d = wd(r, 'Saturday')
N(r, d, 'Afghanistan', 'disaster', 'Zindajan', 'Herat', 'Zindajan',
  "OCHA said on Monday that the earthquakes that struck Zindajan district of Herat province on Saturday killed at "
  "least 1,294 people and injured more than 1,680, most of them women and children; 20 villages were destroyed and "
  "about 12,000 people were left without shelter.",
  [K('AFGCVL', 1294, "killed at least 1,294 people", q='AT_LEAST', by='IGOUNO',
     note='toll of one day\'s quakes: not cumulative'),
   W('AFGCVL', 1680, "injured more than 1,680", q='AT_LEAST', by='IGOUNO'),
   D('AFGCVL', 12000, "about 12,000 people were left without shelter", q='ABOUT', by='IGOUNO')])

# AF3
r = '2022-05-09'; d = wd(r, 'Sunday')
N(r, d, 'Afghanistan', 'armed_clash', 'Dara', 'Panjshir', 'Dara',
  "Fighting between Taliban forces and the National Resistance Front flared in the Abshar valley of Panjshir's Dara "
  "district on Sunday. The NRF said it killed 22 Taliban fighters and lost 3 of its own, while a Taliban spokesman said "
  "'only 2' of their men had been killed and 9 NRF fighters had died.",
  [A('AFGMIL', "Fighting between Taliban forces and the National Resistance Front flared in the Abshar valley",
     victim='AFGREB', note='Taliban forces after 2021: AFGMIL; NRF: AFGREB'),
   A('AFGREB', "Fighting between Taliban forces and the National Resistance Front flared in the Abshar valley",
     victim='AFGMIL', s=False, note='other side of the clash'),
   K('AFGMIL', 22, "it killed 22 Taliban fighters", actor='AFGREB', by='AFGREB'),
   K('AFGREB', 3, "lost 3 of its own", actor='AFGMIL', by='AFGREB', note='"lost N" read as killed'),
   K('AFGMIL', 2, "'only 2' of their men had been killed", actor='AFGREB', by='AFGGOV', s=False,
     note='competing figure for the same dead; the first-stated one is scored'),
   K('AFGREB', 9, "9 NRF fighters had died", actor='AFGMIL', by='AFGGOV', s=False, note='competing figure')],
  gloc='Abshar')

# PK1
r = '2023-03-29'; d = wd(r, 'Tuesday')
N(r, d, 'Pakistan', 'attack', 'Barganatu', 'Khyber Pakhtunkhwa', 'Lakki Marwat',
  "Militants attacked the Barganatu police checkpost in Lakki Marwat district of Khyber Pakhtunkhwa before dawn on "
  "Tuesday with heavy weapons and hand grenades, martyring four policemen, the district police officer said. Police "
  "said two attackers were killed in the return fire and the rest fled. The TTP claimed the attack.",
  [A('PAKREB', "Militants attacked the Barganatu police checkpost", victim='PAKMIL', note='claimed by the TTP'),
   K('PAKMIL', 4, "martyring four policemen", actor='PAKREB', by='PAKMIL', note='police: MIL'),
   K('PAKREB', 2, "two attackers were killed in the return fire", actor='PAKMIL', by='PAKMIL')])

# PK2
r = '2022-08-29'
N(r, r, 'Pakistan', 'disaster', 'Sindh', 'Sindh', '',
  "Pakistan's National Disaster Management Authority said on Monday that monsoon floods had killed 1,061 people since "
  "mid-June, 28 of them in the previous 24 hours, and that more than 33 million people were affected; in Sindh alone "
  "some 500,000 people are living in relief camps.",
  [K('PAKCVL', 1061, "monsoon floods had killed 1,061 people since mid-June", cum=True, loc=None, by='PAKGOV'),
   K('PAKCVL', 28, "28 of them in the previous 24 hours", cum=True, loc=None, by='PAKGOV', s=False,
     note='sub-count of the national tally'),
   D('PAKCVL', 500000, "some 500,000 people are living in relief camps", q='ABOUT', cum=True, by='PAKGOV')])

# PK3
r = '2022-02-20'; d = wd(r, 'Saturday')
N(r, d, 'Pakistan', 'remote_explosive_ied', 'Kahan', 'Balochistan', 'Kohlu',
  "Roadside bomb kills 4 soldiers in southwest Pakistan - Four soldiers including a captain were killed when a "
  "remote-controlled bomb hit their vehicle during a patrol near Kahan in Kohlu district of Balochistan on Saturday, "
  "the military's media wing said. The ISPR said",
  [K('PAKMIL', 4, "Roadside bomb kills 4 soldiers", s=False, note='headline'),
   A(None, "a remote-controlled bomb hit their vehicle during a patrol near Kahan", victim='PAKMIL'),
   K('PAKMIL', 4, "Four soldiers including a captain were killed", by='PAKMIL'),
   K('PAKMIL', 1, "including a captain", by='PAKMIL', s=False, note='sub-count'),
   E('PAKMIL', 'VEHICLE', "a remote-controlled bomb hit their vehicle", by='PAKMIL')],
  wire=True)

# IN1
r = '2024-04-17'; d = wd(r, 'Tuesday')
N(r, d, 'India', 'armed_clash', 'Binagunda', 'Chhattisgarh', 'Kanker',
  "Security forces killed 26 Maoists, including a senior cadre carrying a reward of 25 lakh rupees, in an encounter in "
  "the forests near Binagunda in Kanker district of Chhattisgarh on Tuesday, police said. Three personnel of the Border "
  "Security Force and the District Reserve Guard were injured.",
  [A('INDMIL', "in an encounter in the forests near Binagunda", victim='INDREB'),
   K('INDREB', 26, "Security forces killed 26 Maoists", actor='INDMIL', by='INDMIL'),
   K('INDREB', 1, "including a senior cadre", actor='INDMIL', by='INDMIL', s=False, note='sub-count'),
   W('INDMIL', 3, "Three personnel of the Border Security Force and the District Reserve Guard were injured",
     by='INDMIL', note='BSF and DRG: MIL, one line')])

# IN2
r = '2023-08-26'; d = wd(r, 'Thursday')
N(r, d, 'India', 'attack', 'Phubala', 'Manipur', 'Bishnupur',
  "Armed miscreants fired on farmers working in paddy fields at Phubala in Bishnupur district of Manipur on the "
  "morning of 24 August; a 55-year-old farmer was killed and two others, a woman and a teenage boy, were wounded before security "
  "forces arrived, police said.",
  [A(None, "Armed miscreants fired on farmers working in paddy fields at Phubala", victim='INDCVL'),
   K('INDCVL', 1, "a 55-year-old farmer was killed", by='INDMIL'),
   W('INDCVL', 2, "two others, a woman and a teenage boy, were wounded", by='INDMIL')])

# IN3
r = '2024-06-21'; d = wd(r, 'Thursday')
N(r, d, 'India', 'accident', 'Kallakurichi', 'Tamil Nadu', 'Kallakurichi',
  "Toxic liquor kills 34 in Tamil Nadu's Kallakurichi, over 100 in hospital - The death toll from illicit arrack laced "
  "with methanol in Kallakurichi district of Tamil Nadu rose to 34 on Thursday, officials said, while more than 100 "
  "people were being treated in hospitals in Kallakurichi, Salem and",
  [K('INDCVL', 34, "Toxic liquor kills 34", s=False, note='headline'),
   K('INDCVL', 34, "The death toll from illicit arrack laced with methanol in Kallakurichi district of Tamil Nadu rose "
     "to 34 on Thursday", by='INDGOV', note='toll of one poisoning; the sentence gives only the day of the toll'),
   W('INDCVL', 100, "more than 100 people were being treated in hospitals", q='AT_LEAST', by='INDGOV',
     note='poisoned people in hospital read as injured')],
  wire=True)

# MM1
r = '2023-04-12'; d = wd(r, 'Tuesday')
N(r, d, 'Myanmar', 'air_drone_strike', 'Pazigyi', 'Sagaing', 'Kanbalu',
  "Military jets bombed a crowd gathered for the opening of a local administration office in Pazigyi village, Kanbalu "
  "township, Sagaing region, on Tuesday morning, and a helicopter later fired on survivors; local resistance sources "
  "said at least 130 people were killed, including women and children. The junta said it had targeted a PDF ceremony.",
  [A('MMRMIL', "Military jets bombed a crowd gathered for the opening of a local administration office in Pazigyi "
     "village", victim='MMRCVL'),
   A('MMRMIL', "a helicopter later fired on survivors", victim='MMRCVL'),
   K('MMRCVL', 130, "at least 130 people were killed", q='AT_LEAST', actor='MMRMIL', note='a mixed toll: CVL'),
   A('MMRMIL', "it had targeted a PDF ceremony", victim='MMRREB', by='MMRGOV', s=False,
     note="the junta's account of the same strike")])

# MM2
r = '2024-03-25'; d = wd(r, 'Sunday')
N(r, d, 'Myanmar', 'nonstate_takes_territory', 'Ramree', 'Rakhine', 'Kyaukpyu',
  "Arakan Army says it captured Ramree township - The Arakan Army said on Sunday it had taken full control of Ramree "
  "township in Myanmar's Rakhine State after weeks of fighting, seizing the last junta battalion headquarters on the "
  "island and capturing",
  [C('MMRREB', "Arakan Army says it captured Ramree township", s=False, note='headline'),
   C('MMRREB', "it had taken full control of Ramree township", by='MMRREB', note='no day for the capture: the claim day'),
   C('MMRREB', "seizing the last junta battalion headquarters on the island", by='MMRREB', s=False,
     note='an unnamed base within the township')],
  wire=True)

# MM3
r = '2022-02-13'; d = wd(r, 'Friday')
N(r, d, 'Myanmar', 'shelling_artillery_missile', 'Nam Sai', 'Kachin', 'Waingmaw',
  "Two shells fired by junta troops from a hilltop base landed in Nam Sai village near Waingmaw, Kachin State, on "
  "Friday night, killing a woman and her infant daughter and wounding four other villagers, the Kachin Independence "
  "Army said.",
  [A('MMRMIL', "Two shells fired by junta troops from a hilltop base landed in Nam Sai village", victim='MMRCVL', n=2,
     by='MMRREB'),
   K('MMRCVL', 2, "killing a woman and her infant daughter", actor='MMRMIL', by='MMRREB', note='one line of 2'),
   W('MMRCVL', 4, "wounding four other villagers", actor='MMRMIL', by='MMRREB')])

# PH1
r = '2023-12-04'; d = wd(r, 'Sunday')
N(r, d, 'Philippines', 'remote_explosive_ied', 'Marawi City', 'BARMM', 'Lanao del Sur',
  "Bomb explodes during Catholic Mass in southern Philippine university, killing 4 - A bomb went off during a Sunday "
  "Mass in a gymnasium at Mindanao State University in Marawi City on Sunday morning, killing at least four people and "
  "wounding 50, police said. The Islamic State group later claimed…",
  [K('PHLCVL', 4, "killing 4", s=False, note='headline'),
   A('PHLREB', "A bomb went off during a Sunday Mass in a gymnasium at Mindanao State University", victim='PHLCVL',
     note='claim by IS: REB'),
   K('PHLCVL', 4, "killing at least four people", q='AT_LEAST', by='PHLMIL'),
   W('PHLCVL', 50, "wounding 50", by='PHLMIL')],
  wire=True)

# PH2
r = '2021-07-10'; d = wd(r, 'Thursday')
N(r, d, 'Philippines', 'armed_clash', 'Las Navas', 'Eastern Visayas', 'Northern Samar',
  "Soldiers of the 8th Infantry Division clashed with about 20 New People's Army rebels in Barangay San Jose, Las "
  "Navas, Northern Samar, on 8 July; the army said 3 rebels were killed and a soldier was wounded during the "
  "30-minute firefight, and high-powered rifles were recovered.",
  [A('PHLMIL', "Soldiers of the 8th Infantry Division clashed with about 20 New People's Army rebels", victim='PHLREB'),
   A('PHLREB', "Soldiers of the 8th Infantry Division clashed with about 20 New People's Army rebels", victim='PHLMIL',
     s=False, note='other side of the clash'),
   K('PHLREB', 3, "3 rebels were killed", actor='PHLMIL', by='PHLMIL'),
   W('PHLMIL', 1, "a soldier was wounded", actor='PHLREB', by='PHLMIL')],
  gloc='San Jose')

# PH3
r = '2022-09-04'; d = wd(r, 'Friday')
N(r, d, 'Philippines', 'attack', 'Datu Piang', 'BARMM', 'Maguindanao',
  "Two gunmen on a motorcycle shot dead the barangay chairman of Poblacion in Datu Piang, Maguindanao, and his "
  "bodyguard as they left a wake on Friday evening; a child was hit by a stray bullet and brought to hospital, police "
  "said.",
  [K('PHLGOV', 1, "shot dead the barangay chairman of Poblacion in Datu Piang, Maguindanao, and his bodyguard",
     by='PHLMIL', note='village chairman: GOV'),
   K('PHLCVL', 1, "shot dead the barangay chairman of Poblacion in Datu Piang, Maguindanao, and his bodyguard",
     by='PHLMIL', note='the bodyguard: CVL'),
   W('PHLCVL', 1, "a child was hit by a stray bullet", by='PHLMIL')])

# PS1
r = '2024-07-07'; d = wd(r, 'Saturday')
N(r, d, 'Palestine', 'air_drone_strike', 'Nuseirat', 'Gaza Strip', 'Deir al-Balah',
  "Israeli strike on Gaza school sheltering displaced kills 17, civil defence says - An Israeli air strike hit a school "
  "housing displaced families in the Nuseirat refugee camp in central Gaza on Saturday, killing 17 people, including 6 "
  "children, Gaza's civil defence agency said. The Israeli military said it targeted Hamas militants operating from a "
  "command centre inside…",
  [K('PSEREF', 17, "Israeli strike on Gaza school sheltering displaced kills 17", actor='ISRMIL', s=False,
     note='headline'),
   A('ISRMIL', "An Israeli air strike hit a school housing displaced families in the Nuseirat refugee camp",
     victim='PSEREF'),
   K('PSEREF', 17, "killing 17 people, including 6 children", actor='ISRMIL',
     note='people sheltering as displaced: REF'),
   K('PSEREF', 6, "including 6 children", actor='ISRMIL', s=False, note='sub-count'),
   A('ISRMIL', "it targeted Hamas militants operating from a command centre", victim='PSEREB', by='ISRMIL', s=False,
     note="the army's account of the same strike")],
  wire=True)

# PS2
r = '2023-06-22'; d = wd(r, 'Wednesday')
N(r, d, 'Palestine', 'attack', 'Turmus Ayya', 'West Bank', 'Ramallah',
  "Dozens of Israeli settlers stormed the village of Turmus Ayya, north-east of Ramallah, on Wednesday afternoon, "
  "setting fire to houses and cars; a 27-year-old Palestinian man was shot dead and 12 others were wounded, most of "
  "them by live fire, the Palestinian health ministry said. Israeli forces who arrived fired tear gas at residents.",
  [A('ISRCVL', "Dozens of Israeli settlers stormed the village of Turmus Ayya", victim='PSECVL',
     note='settlers: ISRCVL'),
   K('PSECVL', 1, "a 27-year-old Palestinian man was shot dead", by='PSEGOV'),
   W('PSECVL', 12, "12 others were wounded", by='PSEGOV')])

# PS3
r = '2023-01-27'; d = wd(r, 'Thursday')
N(r, d, 'Palestine', 'armed_clash', 'Jenin', 'West Bank', 'Jenin',
  "Israeli forces raided the Jenin refugee camp on Thursday morning to arrest members of Islamic Jihad and exchanged "
  "fire with gunmen for several hours; the Palestinian health ministry said 9 Palestinians were killed, among them a "
  "61-year-old woman, and 20 were wounded. The army said it had killed 'terrorists' who opened fire on troops; no "
  "soldiers were hurt.",
  [A('ISRMIL', "Israeli forces raided the Jenin refugee camp on Thursday morning", victim='PSEREB'),
   A('PSEREB', "exchanged fire with gunmen for several hours", victim='ISRMIL', s=False, note='other side of the clash'),
   K('PSECVL', 9, "9 Palestinians were killed, among them a 61-year-old woman", actor='ISRMIL', by='PSEGOV',
     note='a mixed toll of Palestinians: CVL'),
   K('PSECVL', 1, "among them a 61-year-old woman", actor='ISRMIL', by='PSEGOV', s=False, note='sub-count'),
   W('PSECVL', 20, "20 were wounded", actor='ISRMIL', by='PSEGOV'),
   K('PSEREB', None, "it had killed 'terrorists'", actor='ISRMIL', by='ISRMIL', s=False,
     note="the army's vague account of the same dead")])

# IL1
r = '2023-11-30'; d = wd(r, 'Thursday')
N(r, d, 'Israel', 'attack', 'Jerusalem', 'Jerusalem', 'Jerusalem',
  "Two Palestinian gunmen opened fire at a bus stop at the entrance to Jerusalem on Thursday morning, killing three "
  "Israelis and wounding 8 before they were shot dead by two off-duty soldiers and a civilian, police said. Hamas later "
  "claimed the two men as its members.",
  [A('PSEREB', "Two Palestinian gunmen opened fire at a bus stop at the entrance to Jerusalem", victim='ISRCVL',
     note='Hamas claimed the gunmen'),
   K('ISRCVL', 3, "killing three Israelis", actor='PSEREB', by='ISRMIL'),
   W('ISRCVL', 8, "wounding 8", actor='PSEREB', by='ISRMIL'),
   K('PSEREB', 2, "they were shot dead by two off-duty soldiers and a civilian", actor='ISRMIL', by='ISRMIL',
     note='the gunmen killed by soldiers and a civilian: actor the first-named')])

# LB1
r = '2024-03-13'; d = wd(r, 'Tuesday')
N(r, d, 'Lebanon', 'air_drone_strike', 'Kafr Kila', 'Nabatieh', 'Marjayoun',
  "Israeli drone strike on car in south Lebanon kills 3 - An Israeli drone struck a car on the road between Kafr Kila "
  "and Marjayoun in southern Lebanon on Tuesday, killing three people, Lebanon's state news agency said. Hezbollah "
  "later mourned two of its fighters, saying they",
  [K('LBNCVL', 3, "Israeli drone strike on car in south Lebanon kills 3", actor='ISRMIL', s=False, note='headline'),
   A('ISRMIL', "An Israeli drone struck a car on the road between Kafr Kila and Marjayoun", victim='LBNCVL'),
   K('LBNCVL', 3, "killing three people", actor='ISRMIL', by='LBNGOV',
     note='"three people": CVL; Hezbollah later names two as its fighters'),
   K('LBNREB', 2, "Hezbollah later mourned two of its fighters", actor='ISRMIL', by='LBNREB', s=False,
     note='sub-count')],
  wire=True)

# LB2
r = '2023-09-08'; d = wd(r, 'Thursday')
N(r, d, 'Lebanon', 'armed_clash', 'Ain al-Hilweh', 'South Lebanon', 'Sidon',
  "Fighting resumed in Ain al-Hilweh on Thursday night between Fatah and the Islamist groups Jund al-Sham and al-Shabab "
  "al-Muslim, with rocket-propelled grenades and mortars hitting the camp's Taamir area; the Lebanese Red Cross said 4 "
  "people were killed and 37 wounded by Friday morning, and hundreds of families fled to Sidon.",
  [A('PSEREB', "Fighting resumed in Ain al-Hilweh on Thursday night between Fatah and the Islamist groups Jund al-Sham "
     "and al-Shabab al-Muslim", victim='PSEREB', note='both sides PSEREB: one line'),
   K('PSEREF', 4, "4 people were killed and 37 wounded by Friday morning",
     note="the camp's people: PSEREF; one night's fighting, dated to its start"),
   W('PSEREF', 37, "4 people were killed and 37 wounded by Friday morning"),
   D('PSEREF', None, "hundreds of families fled to Sidon")])

# BD1
r = '2021-07-29'; d = wd(r, 'Wednesday')
N(r, d, 'Bangladesh', 'disaster', 'Ukhiya', 'Chittagong', "Cox's Bazar",
  "Landslides triggered by torrential monsoon rain buried shelters in Camp 10 of the Rohingya settlements in Ukhiya, "
  "Cox's Bazar, before dawn on Wednesday, killing 6 refugees, among them 3 children, officials said; a Bangladeshi "
  "villager nearby was killed when his house collapsed.",
  [K('MMRREF', 6, "killing 6 refugees, among them 3 children", by='BGDGOV', note='Rohingya refugees: MMRREF'),
   K('MMRREF', 3, "among them 3 children", by='BGDGOV', s=False, note='sub-count'),
   K('BGDCVL', 1, "a Bangladeshi villager nearby was killed when his house collapsed", loc='Ukhiya',
     note='outside the camp: the upazila')],
  gloc='Camp 10')

# NP1
r = '2024-07-12'; d = wd(r, 'Friday')
N(r, d, 'Nepal', 'disaster', 'Simaltal', 'Bagmati', 'Chitwan',
  "Landslide sweeps two buses into Nepal river, over 60 missing - A landslide swept two passenger buses carrying 63 "
  "people into the swollen Trishuli river at Simaltal in Chitwan district early on Friday, officials said; the bodies "
  "of 7 passengers were recovered downstream by the afternoon as rescuers",
  [K('NPLCVL', 7, "the bodies of 7 passengers were recovered downstream", by='NPLGOV')],
  wire=True)

# ID1
r = '2021-01-17'; d = wd(r, 'Friday')
N(r, d, 'Indonesia', 'disaster', 'Mamuju', 'West Sulawesi', 'Mamuju',
  "The death toll from the magnitude 6.2 earthquake that struck Mamuju and Majene districts of West Sulawesi early on "
  "Friday has risen to 73, with 64 deaths in Mamuju and 9 in Majene, the national disaster agency said on Sunday; more "
  "than 820 people were injured and about 27,000 displaced.",
  [K('IDNCVL', 73, "has risen to 73", by='IDNGOV', note='updated toll of one quake: not cumulative, dated to the quake'),
   K('IDNCVL', 64, "64 deaths in Mamuju", by='IDNGOV', s=False, note='sub-count'),
   K('IDNCVL', 9, "9 in Majene", loc='Majene', by='IDNGOV', s=False, note='sub-count'),
   W('IDNCVL', 820, "more than 820 people were injured", q='AT_LEAST', by='IDNGOV'),
   D('IDNCVL', 27000, "about 27,000 displaced", q='ABOUT', by='IDNGOV')])

# TR1
r = '2022-06-02'; d = wd(r, 'Wednesday')
N(r, d, 'Turkey', 'armed_clash', 'Cukurca', 'Hakkari', 'Cukurca',
  "Two Turkish soldiers were killed and three wounded when PKK militants opened fire on a military outpost in the "
  "Cukurca district of Hakkari province on Wednesday, the defence ministry said, adding that 7 'terrorists' were "
  "neutralised in the operation that followed.",
  [A('TURREB', "PKK militants opened fire on a military outpost in the Cukurca district", victim='TURMIL',
     note='PKK in Turkey: TURREB'),
   K('TURMIL', 2, "Two Turkish soldiers were killed", actor='TURREB', by='TURGOV'),
   W('TURMIL', 3, "three wounded", actor='TURREB', by='TURGOV'),
   K('TURREB', 7, "7 'terrorists' were neutralised", actor='TURMIL', by='TURGOV', note='"neutralised": killed'),
   O('TURMIL', "the operation that followed", by='TURGOV', s=False, note='routine follow-up operation')])
