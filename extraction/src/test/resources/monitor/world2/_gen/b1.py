# Batch 1: Mexico, Afghanistan, Yemen, Ukraine, Russia, Iraq.  N(report, event, country, kind, loc, admin1, admin2, text, lines...)

# ---- Mexico
N('2021-03-19', '2021-03-14', 'Mexico', 'attack', 'Salamanca', 'Guanajuato', 'Salamanca',
  "On 14 March 2021, armed men shot dead a municipal police officer as he was leaving his home in Salamanca (Salamanca, Guanajuato). 1 fatality.",
  K('MEXMIL', 1, 'E', 'shot dead a municipal police officer'))

N('2019-11-12', 'Tue', 'Mexico', 'other_violence', 'Tlajomulco de Zúñiga', 'Jalisco', 'Tlajomulco de Zúñiga',
  "Jalisco prosecutors said on Tuesday that forensic teams had recovered 11 more bodies, several of them dismembered, from a clandestine grave on a property on the outskirts of Tlajomulco de Zúñiga, bringing to 26 the number of victims found at the site since excavations began last week. None has yet been identified.",
  K('MEXCVL', 11, 'E', 'recovered 11 more bodies', claim='MEXGOV', note='bodies found: dated to the day reported found; unidentified victims coded CVL'),
  K('MEXCVL', 26, 'E', 'bringing to 26 the number of victims found at the site', claim='MEXGOV', cum=True,
    note='tally of several recoveries since last week'))

N('2023-12-18', 'Sun', 'Mexico', 'attack', 'Salvatierra', 'Guanajuato', 'Salvatierra',
  "Gunmen kill 9 at Christmas party in central Mexico - Gunmen burst into a pre-Christmas party at a hacienda in Salvatierra, Guanajuato, late on Sunday and opened fire on the guests, killing nine people, most of them young, state prosecutors said. Three others were taken to hospital with gunshot wounds, and the",
  A(None, 'opened fire on the guests', victim='MEXCVL'),
  K('MEXCVL', 9, 'E', 'killing nine people', claim='MEXGOV'),
  K('MEXCVL', 9, 'E', 'Gunmen kill 9', s=False, note='headline restatement'),
  W('MEXCVL', 3, 'E', 'Three others were taken to hospital with gunshot wounds', claim='MEXGOV'),
  wire=True)

N('2023-06-26', '2023-06-23', 'Mexico', 'armed_clash', 'Frontera Comalapa', 'Chiapas', 'Frontera Comalapa',
  "Chiapas: Fighting between the Jalisco New Generation Cartel (CJNG) and the Sinaloa Cartel in rural Frontera Comalapa on 23 June forced some 3,000 residents of several ejidos to leave their homes, according to the diocese. No deaths were confirmed by the authorities.",
  A('MEXREB', 'Fighting between the Jalisco New Generation Cartel (CJNG) and the Sinaloa Cartel', victim='MEXREB',
    note='both cartels MEXREB: one line'),
  DSP('MEXCVL', 3000, 'A', 'forced some 3,000 residents of several ejidos to leave their homes'))

N('2021-04-23', 'Thu', 'Mexico', 'air_drone_strike', 'El Aguaje', 'Michoacán', 'Aguililla',
  "Residents of El Aguaje, in the municipality of Aguililla, said drones dropped homemade explosives on houses on Thursday night, injuring a woman and damaging at least six homes. Local people blamed the CJNG, which has been fighting Cárteles Unidos for control of the area.",
  A(None, 'drones dropped homemade explosives on houses', victim='MEXCVL', note='only blamed on the CJNG by residents: actor null'),
  W('MEXCVL', 1, 'E', 'injuring a woman'))

N('2018-08-31', 'Wed', 'Mexico', 'other_violence', 'Acatlán de Osorio', 'Puebla', 'Acatlán',
  "A crowd in Acatlán de Osorio, Puebla, pulled two men accused of being child kidnappers out of the municipal police station on Wednesday, beat them and set them alight in front of the building. Both men died. Police officers present did not intervene, the state government said.",
  K('MEXCVL', 2, 'E', 'Both men died', actor='MEXCVL', note='lynching: the crowd coded as civilians (actor MEXCVL)'))

N('2022-02-10', 'Wed', 'Mexico', 'armed_clash', 'Coyuca de Catalán', 'Guerrero', 'Coyuca de Catalán',
  "STATEMENT. State police officers on patrol in the vicinity of Coyuca de Catalán were attacked by armed civilians on Wednesday afternoon. In the confrontation four of the aggressors lost their lives and one officer was wounded; he was taken to Ciudad Altamirano for treatment. Two long guns and a van were secured at the scene.",
  A(None, 'were attacked by armed civilians', victim='MEXMIL'),
  A('MEXMIL', 'In the confrontation', victim='MEXREB', s=False, note='the police side of the exchange'),
  K('MEXREB', 4, 'E', 'four of the aggressors lost their lives', claim='MEXMIL',
    note='armed attackers killed: coded MEXREB as victims (cartel gunmen in Tierra Caliente); MEXCVL defensible'),
  W('MEXMIL', 1, 'E', 'one officer was wounded', claim='MEXMIL'))

N('2023-10-07', 'Fri', 'Mexico', 'accident', 'Huajuapan de León', 'Oaxaca', 'Huajuapan de León',
  "At least 16 migrants, among them two minors, died and 29 were injured when the bus they were travelling in overturned on a bend of the highway near Huajuapan de León, Oaxaca, early Friday, the National Migration Institute said. Most of the passengers were from Venezuela and Haiti.",
  K('MEXCVL', 16, 'L', 'At least 16 migrants, among them two minors, died', claim='MEXGOV',
    note='foreign migrants of several nationalities: coded with the country where they died'),
  K('MEXCVL', 2, 'E', 'among them two minors', claim='MEXGOV', s=False, note='sub-count'),
  W('MEXCVL', 29, 'E', '29 were injured', claim='MEXGOV'))

# ---- Afghanistan
N('2023-03-27', 'Mon', 'Afghanistan', 'remote_explosive_ied', 'Kabul', 'Kabul', 'Kabul',
  "Suicide bomber strikes near Afghan foreign ministry - A suicide bomber blew himself up near the Foreign Ministry in central Kabul on Monday afternoon, killing at least six people, a police spokesman said. Among the dead was a Taliban guard, and several of the wounded were in critical condition, he said, without giving",
  A(None, 'A suicide bomber blew himself up near the Foreign Ministry', victim='AFGCVL'),
  K('AFGCVL', 6, 'L', 'killing at least six people', claim='AFGMIL', note='mixed toll of people: CVL; police under the Taliban: MIL'),
  K('AFGMIL', 1, 'E', 'Among the dead was a Taliban guard', claim='AFGMIL', s=False, note='sub-count of the six'),
  W('AFGCVL', None, None, 'several of the wounded were in critical condition', claim='AFGMIL', note='wounded without a figure'),
  wire=True)

N('2018-10-13', '2018-10-09', 'Afghanistan', 'armed_clash', 'Khwaja Ghar', 'Takhar', 'Khwaja Ghar',
  "On 9 October 2018, Taliban militants attacked an ANA checkpoint in Khwaja Ghar district (Takhar). 7 ANA soldiers and 3 Taliban militants were killed in the fighting, which lasted until the morning. Fatalities: 10.",
  A('AFGREB', 'Taliban militants attacked an ANA checkpoint', victim='AFGMIL'),
  K('AFGMIL', 7, 'E', '7 ANA soldiers and 3 Taliban militants were killed'),
  K('AFGREB', 3, 'E', '3 Taliban militants were killed'))

N('2022-01-16', 'Sat', 'Afghanistan', 'attack', 'Jalalabad', 'Nangarhar', 'Jalalabad',
  "Two members of the Islamic Emirate's security forces were shot dead by unknown gunmen in Police District 4 of Jalalabad city on Saturday evening, local sources said. No group has claimed responsibility, but IS-K has carried out similar attacks in Nangarhar.",
  K('AFGMIL', 2, 'E', "Two members of the Islamic Emirate's security forces were shot dead"))

N('2022-06-15', 'Wed', 'Afghanistan', 'remote_explosive_ied', 'Andar', 'Ghazni', 'Andar',
  "A child was killed and two other children wounded when an unexploded mortar round they had picked up while collecting scrap metal went off in Andar district of Ghazni province, the provincial police spokesman said on Wednesday.",
  K('AFGCVL', 1, 'E', 'A child was killed', claim='AFGMIL', note='war remnant: violence, no ATTACK; no day but the statement'),
  W('AFGCVL', 2, 'E', 'two other children wounded', claim='AFGMIL'))

N('2024-05-12', 'Fri', 'Afghanistan', 'disaster', 'Burka', 'Baghlan', 'Burka',
  "Flash floods triggered by heavy rain swept through villages in Burka district of Baghlan province on Friday, killing at least 50 people and destroying hundreds of houses, a Taliban official said. The toll could rise, as dozens are still missing.",
  K('AFGCVL', 50, 'L', 'killing at least 50 people', claim='AFGGOV'))

N('2019-07-21', 'Sat', 'Afghanistan', 'air_drone_strike', 'Imam Sahib', 'Kunduz', 'Imam Sahib',
  "Afghan Air Force strikes in Imam Sahib district of Kunduz on Saturday killed 12 Taliban fighters, among them the group's shadow district governor, the Ministry of Defence said. Local elders said five civilians, including two women, were also killed when a house was hit.",
  A('AFGMIL', 'Afghan Air Force strikes', victim='AFGREB'),
  K('AFGREB', 12, 'E', 'killed 12 Taliban fighters', claim='AFGGOV'),
  K('AFGREB', 1, 'E', "the group's shadow district governor", claim='AFGGOV', s=False, note='sub-count'),
  K('AFGCVL', 5, 'E', 'five civilians, including two women, were also killed', note='elders: no coded source'),
  K('AFGCVL', 2, 'E', 'including two women', s=False, note='sub-count'))

# ---- Yemen
N('2021-06-06', 'Sat', 'Yemen', 'shelling_artillery_missile', 'Marib', 'Marib', 'Marib City',
  "A ballistic missile fired by the Houthis struck a petrol station in Marib city on Saturday evening, killing 4 civilians, among them a child, and wounding 6 others, the government-run Saba news agency reported.",
  A('YEMREB', 'A ballistic missile fired by the Houthis struck a petrol station', victim='YEMCVL'),
  K('YEMCVL', 4, 'E', 'killing 4 civilians', claim='YEMGOV'),
  K('YEMCVL', 1, 'E', 'among them a child', claim='YEMGOV', s=False, note='sub-count'),
  W('YEMCVL', 6, 'E', 'wounding 6 others', claim='YEMGOV'))

N('2022-01-08', '2022-01-03', 'Yemen', 'armed_clash', 'Harib', 'Marib', 'Harib',
  "On 3 January 2022, Giants Brigades forces clashed with Houthi forces near Harib town (Harib, Marib), as part of the push from Shabwah. According to a pro-government source, 11 Houthi fighters and 3 Giants Brigades fighters were killed. Fatalities: 14.",
  A('YEMMIL', 'Giants Brigades forces clashed with Houthi forces', victim='YEMREB', note='Giants Brigades fight for the government: YEMMIL'),
  A('YEMREB', 'clashed with Houthi forces', victim='YEMMIL', s=False, note='other side of the clash'),
  K('YEMREB', 11, 'E', '11 Houthi fighters'),
  K('YEMMIL', 3, 'E', '3 Giants Brigades fighters were killed'))

N('2020-03-02', 'Sun', 'Yemen', 'remote_explosive_ied', 'Hays', 'Al Hudaydah', 'Hays',
  "HAYS - A shepherd was killed on Sunday when a landmine planted by the Houthis exploded as he grazed his sheep east of Hays district in southern Hodeidah, a local official said.",
  K('YEMCVL', 1, 'E', 'A shepherd was killed', actor='YEMREB', claim='YEMGOV', note='landmine: no ATTACK line; the text names who laid it'))

N('2019-02-05', 'Tue', 'Yemen', 'air_drone_strike', 'Kitaf', 'Saada', 'Kitaf wa Al Boqee',
  "Saada: An air strike by the Saudi-led coalition hit a house in the Kitaf area overnight, killing a woman and her three children, the Houthi-run health ministry said on Tuesday.",
  A('SAUMIL', 'An air strike by the Saudi-led coalition hit a house', victim='YEMCVL'),
  K('YEMCVL', 4, 'E', 'killing a woman and her three children', actor='SAUMIL', claim='YEMREB',
    note='one code: one line (1 + 3); the Houthi-run ministry coded YEMREB'))

N('2018-10-11', 'Thu', 'Yemen', 'attack', 'Aden', 'Aden', 'Al Mansura',
  "Gunmen kill Yemeni security official in Aden - Two gunmen on a motorcycle shot dead a senior security official in Aden's Mansoura district on Thursday, a security source said, the latest in a string of assassinations in the southern port city that",
  K('YEMMIL', 1, 'E', 'shot dead a senior security official', loc='Mansoura', note='security official: MIL; anonymous source: no claimedBy'),
  K('YEMMIL', 1, 'E', 'Gunmen kill Yemeni security official', loc='Mansoura', s=False, note='headline restatement'),
  wire=True)

N('2019-04-10', '2019-04-10', 'Yemen', 'disease', 'Abs', 'Hajjah', 'Abs',
  "Suspected cholera has killed 12 people, most of them children, in Abs district of Hajjah governorate over the past two weeks, health workers said. The district's only hospital has recorded more than 900 suspected cases since the start of March.",
  K('YEMCVL', 12, 'E', 'Suspected cholera has killed 12 people', cum=True))

# ---- Ukraine
N('2023-08-20', 'Sun', 'Ukraine', 'shelling_artillery_missile', 'Nikopol', 'Dnipropetrovsk', 'Nikopol raion',
  "Russian troops shelled Nikopol overnight with heavy artillery, wounding two men aged 52 and 68 and damaging a gas pipeline and several private houses, Dnipropetrovsk regional governor Serhiy Lysak said on Sunday.",
  A('RUSMIL', 'Russian troops shelled Nikopol overnight', victim='UKRCVL', claim='UKRGOV'),
  W('UKRCVL', 2, 'E', 'wounding two men', actor='RUSMIL', claim='UKRGOV'))

N('2024-05-27', 'Sat', 'Ukraine', 'air_drone_strike', 'Kharkiv', 'Kharkiv', 'Kharkiv raion',
  "The death toll from Saturday's Russian guided-bomb strike on a hardware hypermarket in Kharkiv has risen to 16, regional governor Oleh Syniehubov said on Monday, with 43 people wounded. Eleven people are still unaccounted for.",
  A('RUSMIL', "Russian guided-bomb strike on a hardware hypermarket", victim='UKRCVL'),
  K('UKRCVL', 16, 'E', 'has risen to 16', actor='RUSMIL', claim='UKRGOV', note='updated toll of one strike: not cumulative, dated to the strike'),
  W('UKRCVL', 43, 'E', '43 people wounded', actor='RUSMIL', claim='UKRGOV'))

N('2024-05-05', 'Sun', 'Ukraine', 'nonstate_takes_territory', 'Ocheretyne', 'Donetsk', 'Pokrovsk raion',
  "Russia's Defence Ministry said on Sunday its forces had 'liberated' the village of Ocheretyne, northwest of Avdiivka in the Donetsk region. Ukraine's military did not confirm the loss, saying fighting continued in the area.",
  CAP('RUSMIL', "its forces had 'liberated' the village of Ocheretyne", claim='RUSGOV',
      note='kind: the list has no state-takes-territory kind; a foreign force taking ground is filed as nonstate_takes_territory'))

N('2022-10-01', 'Sat', 'Ukraine', 'gov_regains_territory', 'Lyman', 'Donetsk', 'Kramatorsk raion',
  "Ukraine says it has recaptured Lyman - Ukrainian troops have fully retaken the eastern town of Lyman, a key rail hub in the Donetsk region, President Volodymyr Zelenskiy said on Saturday, hours after Russia's defence ministry said its forces had withdrawn to",
  CAP('UKRMIL', 'Ukrainian troops have fully retaken the eastern town of Lyman', claim='UKRGOV'),
  CAP('UKRMIL', 'has recaptured Lyman', s=False, note='headline restatement'),
  wire=True)

N('2024-03-03', 'Sat', 'Ukraine', 'air_drone_strike', 'Odesa', 'Odesa', 'Odesa raion',
  "Russian drone hits Odesa apartment block, 10 dead - A Russian drone struck a nine-storey apartment building in Odesa early Saturday, and rescuers had pulled 10 bodies from the rubble by Sunday, including four children, the State Emergency Service said. Eight people were hospitalised",
  A('RUSMIL', 'A Russian drone struck a nine-storey apartment building', victim='UKRCVL'),
  K('UKRCVL', 10, 'E', 'rescuers had pulled 10 bodies from the rubble', actor='RUSMIL', claim='UKRGOV',
    note='toll of the Saturday strike, dated to the strike although the bodies were pulled out by Sunday'),
  K('UKRCVL', 10, 'E', '10 dead', actor='RUSMIL', s=False, note='headline restatement'),
  K('UKRCVL', 4, 'E', 'including four children', actor='RUSMIL', claim='UKRGOV', s=False, note='sub-count'),
  W('UKRCVL', 8, 'E', 'Eight people were hospitalised', actor='RUSMIL', claim='UKRGOV'),
  wire=True)

N('2023-08-05', '2023-08-03', 'Ukraine', 'remote_explosive_ied', 'Balakliia', 'Kharkiv', 'Izium raion',
  "On 3 August 2023, a tractor driver was killed when his tractor drove over an anti-tank mine while working a field near Balakliia (Izium raion, Kharkiv oblast). Fatalities: 1.",
  K('UKRCVL', 1, 'E', 'a tractor driver was killed', note='mine left from the fighting: violence, no ATTACK'))

N('2024-01-21', 'Sun', 'Ukraine', 'shelling_artillery_missile', 'Donetsk', 'Donetsk', 'Donetsk raion',
  "Moscow-installed officials in Donetsk said Ukrainian shells hit a market in the city's Kirovskyi district on Sunday morning, killing 13 people and wounding 10. Kyiv did not comment.",
  A('UKRMIL', 'Ukrainian shells hit a market', victim='UKRCVL', claim='RUSGOV'),
  K('UKRCVL', 13, 'E', 'killing 13 people', actor='UKRMIL', claim='RUSGOV',
    note='residents of occupied Donetsk coded UKRCVL; Moscow-installed officials coded RUSGOV'),
  W('UKRCVL', 10, 'E', 'wounding 10', actor='UKRMIL', claim='RUSGOV'))

# ---- Russia
N('2023-06-03', 'Fri', 'Russia', 'air_drone_strike', 'Shebekino', 'Belgorod', 'Shebekinsky',
  "A Ukrainian drone dropped an explosive device on a car in Shebekino on Friday afternoon, killing the driver; his passenger, a woman, was taken to hospital with shrapnel wounds, Belgorod governor Vyacheslav Gladkov wrote on Telegram.",
  A('UKRMIL', 'A Ukrainian drone dropped an explosive device on a car', victim='RUSCVL', claim='RUSGOV'),
  K('RUSCVL', 1, 'E', 'killing the driver', actor='UKRMIL', claim='RUSGOV'),
  W('RUSCVL', 1, 'E', 'his passenger, a woman, was taken to hospital with shrapnel wounds', actor='UKRMIL', claim='RUSGOV'))

N('2024-06-24', 'Sun', 'Russia', 'attack', 'Derbent', 'Dagestan', 'Derbent',
  "Gunmen attacked two Orthodox churches, a synagogue and a traffic police post in Derbent and Makhachkala on Sunday evening, killing 11 police officers and three civilians, among them an Orthodox priest, Dagestan's governor said on Monday. Six of the attackers were 'liquidated', the National Anti-Terrorism Committee said.",
  A(None, 'Gunmen attacked two Orthodox churches, a synagogue and a traffic police post', victim='RUSCVL'),
  K('RUSMIL', 11, 'E', 'killing 11 police officers', claim='RUSGOV'),
  K('RUSCVL', 3, 'E', 'three civilians', claim='RUSGOV'),
  K('RUSCVL', 1, 'E', 'among them an Orthodox priest', claim='RUSGOV', s=False, note='sub-count'),
  K('RUSREB', 6, 'E', "Six of the attackers were 'liquidated'", claim='RUSGOV', note='attackers killed: coded RUSREB as victims'))

N('2021-11-26', 'Thu', 'Russia', 'armed_clash', 'Karabudakhkent', 'Dagestan', 'Karabudakhkentsky',
  "The National Anti-Terrorism Committee said two militants who had been plotting attacks were killed in a shootout with security forces in a private house on the outskirts of Karabudakhkent, Dagestan, on Thursday. A counter-terrorist operation regime was declared in the area.",
  A('RUSMIL', 'a shootout with security forces', victim='RUSREB', claim='RUSGOV'),
  K('RUSREB', 2, 'E', 'two militants who had been plotting attacks were killed', actor='RUSMIL', claim='RUSGOV'),
  OFF('RUSMIL', 'A counter-terrorist operation regime was declared', s=False, note='a legal regime of a police operation, not an offensive'))

# ---- Iraq
N('2021-03-08', 'Sun', 'Iraq', 'remote_explosive_ied', 'Tarmiyah', 'Baghdad', 'Tarmiyah',
  "An improvised explosive device went off beside a Federal Police patrol vehicle in the Tarmiyah district north of Baghdad on Sunday, killing an officer and wounding two policemen, a security source said.",
  A(None, 'An improvised explosive device went off beside a Federal Police patrol vehicle', victim='IRQMIL'),
  EQL('IRQMIL', 'VEHICLE', None, None, 'a Federal Police patrol vehicle', s=False,
      note='"went off beside" the vehicle: damage not stated'),
  K('IRQMIL', 1, 'E', 'killing an officer'),
  W('IRQMIL', 2, 'E', 'wounding two policemen'))

N('2020-05-06', 'Tue', 'Iraq', 'attack', 'Muqdadiyah', 'Diyala', 'Al-Muqdadiya',
  "Islamic State militants attacked positions of the Popular Mobilisation Forces near Muqdadiyah in Diyala province late Tuesday, killing three PMF fighters and wounding four, a PMF statement said. The attackers withdrew toward the orchards",
  A('IRQREB', 'Islamic State militants attacked positions of the Popular Mobilisation Forces', victim='IRQMIL'),
  K('IRQMIL', 3, 'E', 'killing three PMF fighters', actor='IRQREB', claim='IRQMIL', note='PMF: IRQMIL'),
  W('IRQMIL', 4, 'E', 'wounding four', actor='IRQREB', claim='IRQMIL'),
  wire=True)

N('2022-08-11', 'Thu', 'Iraq', 'air_drone_strike', 'Sidakan', 'Erbil', 'Soran',
  "Turkey's defence ministry said on Thursday its drones had killed three PKK militants in the Sidakan area of northern Iraq. Local officials in Soran said a car was destroyed but could not confirm the identities of the dead.",
  A('TURMIL', 'its drones had killed three PKK militants', victim='TURREB', claim='TURGOV'),
  K('TURREB', 3, 'E', 'killed three PKK militants', actor='TURMIL', claim='TURGOV', note='PKK: TURREB'))

N('2020-09-17', 'Wed', 'Iraq', 'shelling_artillery_missile', 'Baghdad', 'Baghdad', 'Al-Karkh',
  "Three Katyusha rockets landed inside Baghdad's heavily fortified Green Zone late on Wednesday, one of them near the US embassy, without causing casualties, the Security Media Cell said.",
  A(None, "Three Katyusha rockets landed inside Baghdad's heavily fortified Green Zone", count=3, q='E', loc='Green Zone',
    claim='IRQMIL', note='no casualties: no KILLED/WOUNDED line'))

N('2023-09-27', 'Tue', 'Iraq', 'accident', 'Qaraqosh', 'Nineveh', 'Al-Hamdaniya',
  "Fire at Iraqi wedding hall kills at least 94 - A fire that broke out during a wedding party in a packed event hall in Qaraqosh, in Nineveh's Hamdaniya district, late on Tuesday killed at least 94 people and injured more than 150, the Iraqi health ministry said. Fireworks set off during",
  K('IRQCVL', 94, 'L', 'killed at least 94 people', claim='IRQGOV'),
  K('IRQCVL', 94, 'L', 'kills at least 94', s=False, note='headline restatement'),
  W('IRQCVL', 150, 'L', 'injured more than 150', claim='IRQGOV'),
  wire=True)
