# b6: news articles, 5 non-conflict and 9 more conflict
X('n-lby-derna', 'news', '2023-09-13', 'Sun', 'Libya', 'disaster', 'Derna', 'Derna', 'Derna', 0,
  """Libya flood toll passes 5,000 as bodies wash ashore in Derna

BENGHAZI, Libya, Sept 13 — More than 5,200 people are now known to have died in the eastern Libyan city of Derna after two dams burst during a Mediterranean storm on Sunday night, sending a wall of water through the city centre, an official of the eastern administration said on Wednesday.

About 10,000 people were still missing, the Libyan Red Crescent said, and the number of dead was expected to rise sharply as divers searched the sea off the city. Entire neighbourhoods along the riverbed that runs through Derna were swept away.

At least 30,000 residents were left homeless and had taken refuge in schools and in the neighbouring towns of Al Bayda and Tobruk, the International Organization for Migration said. Rescue teams from Egypt, Turkey and the United Arab Emirates arrived on Tuesday.

In Al Bayda, 50 km to the west, the same storm killed at least 12 people, local officials said. Dozens of people were treated in hospitals in the region for injuries and exposure.

Libya has been split between rival administrations in the east and west since 2014, and experts said the two dams, built in the 1970s, had not been properly maintained for years. The United Nations launched an appeal for $71 million.""",
  K('LBYCVL', '>=5200', 'More than 5,200 people are now known to have died in the eastern Libyan city of Derna', cb='LBYGOV', note='toll of one flood: not cumulative; dated to the flood night'),
  K('LBYCVL', '>=5000', 'Libya flood toll passes 5,000', sc=False, note='headline restatement'),
  D('LBYCVL', '>=30000', 'At least 30,000 residents were left homeless', date='rep', cb='IGOUNO'),
  K('LBYCVL', '>=12', 'the same storm killed at least 12 people', loc='Al Bayda'),
  W('LBYCVL', None, 'Dozens of people were treated in hospitals in the region for injuries and exposure', loc=None, sc=False, note='vague, region-wide'))
X('n-nga-tanker', 'news', '2024-10-16', 'Tue', 'Nigeria', 'accident', 'Majiya', 'Jigawa', 'Taura', 0,
  """Nigeria tanker blast kills 147 people scooping fuel

KANO, Nigeria, Oct 16 — At least 147 people were killed when a fuel tanker exploded in the town of Majiya in northern Nigeria's Jigawa State late on Tuesday, as residents scooped petrol that had spilled from it after a crash, police said on Wednesday.

The driver lost control of the vehicle while trying to avoid a collision on the highway and it overturned in a ditch, said police spokesman Lawan Shiisu Adam. Hundreds of people rushed to collect the fuel, ignoring warnings from officers at the scene. The tanker exploded about an hour later.

Another 97 people were taken to hospitals in Hadejia and Ringim with severe burns, the state governor said. Many of the dead were buried in a mass grave on Wednesday afternoon.

Nigeria has experienced several similar disasters in recent years. A rise in the price of petrol since the removal of a fuel subsidy last year has made the fuel far more valuable to the poor.

The National Emergency Management Agency said the accident was one of the deadliest of its kind in the country. President Bola Tinubu ordered a review of safety measures for the transport of fuel by road.""",
  K('NGACVL', '>=147', 'At least 147 people were killed when a fuel tanker exploded in the town of Majiya', cb='NGAMIL', note='police as source: MIL'),
  K('NGACVL', 147, 'Nigeria tanker blast kills 147 people', sc=False, note='headline restatement'),
  W('NGACVL', 97, 'Another 97 people were taken to hospitals in Hadejia and Ringim with severe burns', cb='NGAGOV'))
X('n-ind-balasore', 'news', '2023-06-04', 'Fri', 'India', 'accident', 'Balasore', 'Odisha', 'Balasore', 0,
  """India train disaster: rescuers end search as officials revise toll

BHUBANESWAR, India (June 4) — Rescue workers finished clearing the mangled carriages of two passenger trains in the eastern state of Odisha on Sunday, and officials revised the death toll from Friday evening's collision near Balasore down to 275, saying some bodies had been counted twice.

The state's chief secretary had earlier put the toll at 288. More than 1,100 people were injured, about 100 of whom needed critical care, he said.

The Coromandel Express, travelling at around 128 km an hour, switched onto a loop line and hit a stationary goods train, throwing its coaches onto the adjacent track, where they were struck by a second passenger train heading in the opposite direction. Railway officials said a signalling fault was being investigated.

Prime Minister Narendra Modi visited the site on Saturday and said those found responsible would be punished severely.

The collision is India's deadliest rail accident in more than two decades. Trains carry about 13 million passengers a day in the country, and the government has spent heavily on modernising the network.""",
  K('INDCVL', 275, 'officials revised the death toll from Friday evening\'s collision near Balasore down to 275', cb='INDGOV', note='revised toll: the latest figure'),
  K('INDCVL', 288, 'had earlier put the toll at 288', sc=False, note='superseded figure'),
  W('INDCVL', '>=1100', 'More than 1,100 people were injured', cb='INDGOV'),
  W('INDCVL', '~100', 'about 100 of whom needed critical care', sc=False, note='sub-count'))
X('n-bra-floods', 'news', '2024-05-08', 'rep', 'Brazil', 'disaster', 'Porto Alegre', 'Rio Grande do Sul', 'Porto Alegre', 0,
  """Death toll from floods in southern Brazil climbs to 100

PORTO ALEGRE, Brazil, May 8 — The number of people killed by floods in Brazil's southern state of Rio Grande do Sul rose to 100 on Wednesday, the state's civil defence agency said, after more than a week of torrential rain.

Another 128 people were missing and 372 were injured. More than 163,000 people had been forced from their homes since the rain began on April 29, and some 67,000 of them were staying in public shelters, the agency said.

In Porto Alegre, the state capital, the Guaíba river rose to a record level, flooding the historic centre and the bus station. The city's main airport suspended all flights until the end of the month. Residents waded through waist-deep water carrying pets and bags of belongings.

The army, navy and air force sent helicopters and boats to rescue people stranded on rooftops in towns along the Taquari river valley, where many houses were washed away.

President Luiz Inácio Lula da Silva, who visited the state for the second time on Sunday, promised federal funds for reconstruction and said the disaster was a consequence of climate change.""",
  K('BRACVL', 100, 'The number of people killed by floods in Brazil\'s southern state of Rio Grande do Sul rose to 100 on Wednesday', loc='Rio Grande do Sul', cb='BRAGOV', cum=True, note='deaths over more than a week of floods: cumulative'),
  K('BRACVL', 100, 'Death toll from floods in southern Brazil climbs to 100', loc=None, cum=True, sc=False, note='headline restatement'),
  W('BRACVL', 372, '372 were injured', loc='Rio Grande do Sul', cb='BRAGOV', cum=True),
  D('BRACVL', '>=163000', 'More than 163,000 people had been forced from their homes since the rain began on April 29', loc='Rio Grande do Sul', cb='BRAGOV', cum=True),
  D('BRACVL', '~67000', 'some 67,000 of them were staying in public shelters', loc='Rio Grande do Sul', cb='BRAGOV', cum=True, sc=False, note='sub-count'),
)
X('n-mar-quake', 'news', '2023-09-10', 'Fri', 'Morocco', 'disaster', 'Al Haouz', 'Marrakesh-Safi', 'Al Haouz', 0,
  """Morocco earthquake kills more than 2,000 in Atlas villages

MARRAKESH, Morocco, Sept 10 — The toll from the earthquake that struck Morocco's High Atlas mountains late on Friday rose to 2,012 on Sunday, the interior ministry said, as rescuers struggled to reach remote villages of mud-brick houses that collapsed as people slept.

Most of the deaths were in Al Haouz province, where 1,293 people were killed, followed by Taroudant with 452, the ministry said. Another 2,059 people were injured, 1,404 of them critically.

The magnitude 6.8 quake had its epicentre about 70 km southwest of Marrakesh. In the old city of Marrakesh, a UNESCO world heritage site, parts of the historic walls and a mosque minaret were damaged.

In the village of Amizmiz, residents dug through rubble with their hands and spent a second night outdoors. Thousands of families in the mountains were sleeping in the open, fearing aftershocks, aid workers said.

King Mohammed VI declared three days of national mourning and ordered the armed forces to set up field hospitals. Spain, Britain, Qatar and the United Arab Emirates sent search and rescue teams.""",
  K('MARCVL', 2012, 'The toll from the earthquake that struck Morocco\'s High Atlas mountains late on Friday rose to 2,012 on Sunday', loc='High Atlas', cb='MARGOV', note='updated toll of one quake: not cumulative'),
  K('MARCVL', 1293, 'Al Haouz province, where 1,293 people were killed', cb='MARGOV', sc=False, note='sub-count by province'),
  K('MARCVL', 452, 'followed by Taroudant with 452', loc='Taroudant', cb='MARGOV', sc=False, note='sub-count by province'),
  W('MARCVL', 2059, 'Another 2,059 people were injured', loc='High Atlas', cb='MARGOV'),
  W('MARCVL', 1404, '1,404 of them critically', loc='High Atlas', sc=False, note='sub-count'),
  D('MARCVL', None, 'Thousands of families in the mountains were sleeping in the open', loc=None, date='rep'),
  K('MARCVL', '>=2000', 'Morocco earthquake kills more than 2,000', loc=None, sc=False, note='headline restatement'))
X('n-ssd-yei', 'news', '2019-02-12', 'Sun', 'South Sudan', 'attack', 'Juba', 'Central Equatoria', 'Juba', 9,
  """Nine killed as gunmen ambush vehicles on Juba-Yei road

JUBA, Feb 12 — Gunmen ambushed three vehicles on the road between Juba and Yei on Sunday afternoon, killing nine people, including a soldier who was travelling home on leave, South Sudan's army spokesman said on Tuesday.

Lul Ruai Koang blamed the National Salvation Front, a rebel group led by former deputy army chief Thomas Cirillo that did not sign last September's peace deal. The group denied the accusation and said government soldiers had carried out the attack to discredit it.

Survivors said the attackers fired on a minibus and two trucks carrying charcoal near the village of Lainya junction, then robbed the passengers. Five people were wounded and taken to Juba Teaching Hospital.

The army said it had sent a battalion to patrol the road from Monday and would provide escorts for commercial convoys. The 160 km road is a key route for goods coming from Uganda.

United Nations officials said last week that fighting between government forces and the rebels in Yei River State had displaced some 8,000 people since the start of the year.""",
  A(None, 'Gunmen ambushed three vehicles on the road between Juba and Yei', victim='SSDCVL', note='blamed and denied: no actor'),
  K('SSDCVL', 9, 'killing nine people', cb='SSDMIL', note='nine people incl. a soldier: one mixed line, CVL'),
  K('SSDMIL', 1, 'including a soldier who was travelling home on leave', sc=False, note='sub-count'),
  K('SSDCVL', 9, 'Nine killed as gunmen ambush vehicles', sc=False, note='headline restatement'),
  W('SSDCVL', 5, 'Five people were wounded', loc='Juba'),
  DP('SSDMIL', 'had sent a battalion to patrol the road from Monday', date='Mon', cb='SSDMIL'),
  D('SSDCVL', '~8000', 'had displaced some 8,000 people since the start of the year', loc='Yei', date=None, cum=True, cb='IGOUNO', sc=False, note='earlier tally ("last week")'))
X('n-ner-banibangou', 'news', '2022-09-21', 'Mon', 'Niger', 'armed_clash', 'Banibangou', 'Tillabéri', 'Banibangou', 91,
  """Niger says 12 soldiers, 79 militants killed in western clash

NIAMEY, Sept 21 — Twelve Nigerien soldiers and 79 jihadist fighters were killed on Monday in fighting near Banibangou, in the western Tillabéri region close to the Malian border, the defence ministry said in a statement read on state television on Wednesday.

An army patrol came under attack by "several hundred" fighters on motorbikes, the statement said. Air support was called in, and the assailants were pushed back after a battle of several hours. Eight soldiers were wounded, and two army vehicles were destroyed.

The ministry did not name the group, but the Islamic State in the Greater Sahara is active in the area, where it has repeatedly attacked villages and army posts. A security source said the fighters had come from Mali, where French troops completed their withdrawal last month.

The defence minister warned that Niger would hit "with the greatest firmness" any group crossing its borders to attack its soldiers.

Tillabéri has been under a state of emergency since 2017. Attacks in the region have forced tens of thousands of people from their villages.""",
  A('NERREB', 'An army patrol came under attack by "several hundred" fighters on motorbikes', victim='NERMIL'),
  K('NERMIL', 12, 'Twelve Nigerien soldiers and 79 jihadist fighters were killed', cb='NERGOV'),
  K('NERREB', 79, 'Twelve Nigerien soldiers and 79 jihadist fighters were killed', cb='NERGOV'),
  W('NERMIL', 8, 'Eight soldiers were wounded', cb='NERGOV'),
  E('NERMIL', 'VEHICLE', 'two army vehicles were destroyed', count=2, cb='NERGOV'),
  A('NERMIL', 'Air support was called in', victim='NERREB', sc=False, note='response within the same clash'),
  T('NERGOV', 'would hit "with the greatest firmness" any group crossing its borders', loc=None, date='rep'),
  D('NERCVL', None, 'Attacks in the region have forced tens of thousands of people from their villages', loc='Tillabéri', date=None, cum=True, sc=False, note='background'),
  K('NERMIL', 12, '12 soldiers, 79 militants killed', sc=False, note='headline restatement'),
  K('NERREB', 79, '12 soldiers, 79 militants killed', sc=False, note='headline restatement'))
X('n-isr-kiryat', 'news', '2024-06-06', 'Wed', 'Israel', 'shelling_artillery_missile', 'Kiryat Shmona', 'Northern', 'Kiryat Shmona', 2,
  """Rocket hits Kiryat Shmona apartment, Israel strikes back in Lebanon

JERUSALEM (June 6) — A rocket fired from Lebanon slammed into an apartment building in the northern Israeli town of Kiryat Shmona on Wednesday evening, lightly injuring two people and setting several cars on fire, Israel's rescue service said.

Hezbollah claimed it had fired a salvo of about 30 Katyusha rockets at the town in response to the killing of two of its fighters in an Israeli drone strike near the village of Aitaroun earlier in the day. The Israeli military said most of the rockets were intercepted.

Israeli warplanes later struck what the army called Hezbollah "military structures" in Aitaroun and Khiam. Lebanese state media reported no casualties from those strikes.

Most of Kiryat Shmona's 22,000 residents were evacuated in October, when cross-border fire began, and have not returned. The town's mayor called on the government on Thursday to "end this war of attrition" and said the north had been abandoned.

Israeli Defence Minister Yoav Gallant warned this week that Israel was "preparing for a very strong action in the north".""",
  A('LBNREB', 'A rocket fired from Lebanon slammed into an apartment building', victim='ISRCVL', cb='LBNREB', note='claimed by Hezbollah'),
  W('ISRCVL', 2, 'lightly injuring two people', actor='LBNREB'),
  A('LBNREB', 'had fired a salvo of about 30 Katyusha rockets at the town', count='~30', cb='LBNREB', victim='ISRCVL', sc=False, note='the same attack, restated by the claimant'),
  A('ISRMIL', 'an Israeli drone strike near the village of Aitaroun', loc='Aitaroun', victim='LBNREB'),
  K('LBNREB', 2, 'the killing of two of its fighters in an Israeli drone strike', actor='ISRMIL', loc='Aitaroun', cb='LBNREB'),
  A('ISRMIL', 'Israeli warplanes later struck what the army called Hezbollah "military structures" in Aitaroun and Khiam', loc='Aitaroun', victim='LBNREB'),
  D('ISRCVL', None, "Most of Kiryat Shmona's 22,000 residents were evacuated in October", date=None, sc=False, note='background'),
  T('ISRGOV', 'was "preparing for a very strong action in the north"', loc=None, date=None, sc=False, note='"this week": no day'),
  E('ISRCVL', 'VEHICLE', 'setting several cars on fire', sc=False, note='civilian cars: no military loss'))
X('n-ukr-lyman', 'news', '2022-10-01', 'rep', 'Ukraine', 'gov_regains_territory', 'Lyman', 'Donetsk', 'Kramatorsk', 0,
  """Russia pulls troops out of Lyman as Ukrainian forces encircle town

KYIV, Oct 1 — Russia said on Saturday it had withdrawn its troops from the eastern town of Lyman to "more advantageous lines", a day after President Vladimir Putin proclaimed the annexation of four Ukrainian regions, including Donetsk, where the town lies.

Ukraine's military said its forces had entered Lyman and were clearing it. President Volodymyr Zelenskiy posted a video showing soldiers raising a Ukrainian flag outside the town's administration building. Ukrainian officials said about 5,000 Russian troops had been nearly surrounded before the withdrawal; the figure could not be verified.

Ukraine's forces had recaptured Yampil and Drobysheve, two villages on the approach to Lyman, earlier in the week, cutting supply roads from the north and east.

The head of Russia's Chechen republic, Ramzan Kadyrov, criticised the army's commanders and called for the use of low-yield nuclear weapons near the border. The Kremlin said such decisions would be based on military doctrine "and not on emotions".

Lyman, a railway hub, had been held by Russian forces since May. Its capture would open the way for a Ukrainian push into the neighbouring Luhansk region.""",
  C('UKRMIL', 'its forces had entered Lyman and were clearing it', cb='UKRMIL'),
  C('UKRMIL', 'Ukraine\'s forces had recaptured Yampil', loc='Yampil', date=None, note='earlier in the week: no day'),
  C('UKRMIL', 'Drobysheve', loc='Drobysheve', date=None),
  C('RUSMIL', 'Lyman, a railway hub, had been held by Russian forces since May', date=None, sc=False, note='background'),
  T('RUSGOV', 'called for the use of low-yield nuclear weapons near the border', loc=None, date=None, sc=False, note='a call by a regional leader, undated'),
  TK('RUSGOV', 'proclaimed the annexation of four Ukrainian regions', loc=None, date='rep-1', sc=False, note='not talks'))
X('n-yem-ship', 'news', '2024-03-07', 'Wed', 'Yemen', 'shelling_artillery_missile', 'Gulf of Aden', 'Aden', '', 3,
  """Three crew killed in first deadly Houthi strike on Red Sea shipping

DUBAI, March 7 — Three crew members were killed and four injured when a Houthi missile hit a Barbados-flagged bulk carrier in the Gulf of Aden on Wednesday, the U.S. military said, the first deadly attack by the Yemeni group on commercial shipping since it began targeting vessels in November.

The crew abandoned the ship, which was set on fire by the strike about 50 nautical miles southwest of Aden. An Indian navy warship rescued 21 sailors, including one Indian national, and took them to Djibouti.

Houthi military spokesman Yahya Saree said the group had fired "a number of naval missiles" at the ship and would continue its attacks "until the aggression on Gaza stops".

The Houthis say their attacks are in solidarity with Palestinians. The United States and Britain have carried out several rounds of air strikes on Houthi targets in Yemen since January, which the group says have killed dozens of its fighters.

The crew were from the Philippines, Vietnam, India, Sri Lanka and Nepal, the ship's operators said. Two of the dead were Filipino, according to the Philippine government.""",
  A('YEMREB', 'a Houthi missile hit a Barbados-flagged bulk carrier in the Gulf of Aden', victim='YEMCVL', cb='YEMREB'),
  K('YEMCVL', 3, 'Three crew members were killed and four injured', actor='YEMREB', cb='USAMIL', note='crew of several nationalities: CVL of the place'),
  W('YEMCVL', 4, 'Three crew members were killed and four injured', actor='YEMREB', cb='USAMIL'),
  K('PHLCVL', 2, 'Two of the dead were Filipino', sc=False, note='sub-count'),
  T('YEMREB', 'would continue its attacks "until the aggression on Gaza stops"', loc=None),
  A('USAMIL', 'have carried out several rounds of air strikes on Houthi targets in Yemen since January', loc=None, date=None, sc=False, note='background'),
  K('YEMREB', None, 'have killed dozens of its fighters', loc=None, date=None, sc=False, note='background, vague'),
  K('YEMCVL', 3, 'Three crew killed', sc=False, note='headline restatement'))
X('n-lby-gharyan', 'news', '2019-04-05', 'Thu', 'Libya', 'nonstate_takes_territory', 'Gharyan', 'Jabal al Gharbi', 'Gharyan', 0,
  """Haftar's forces advance on Tripoli, seize town south of capital

TRIPOLI, April 5 — Forces loyal to eastern commander Khalifa Haftar took the town of Gharyan, about 100 km south of Tripoli, on Thursday after brief clashes, and pushed north towards the capital, residents and officials said.

Haftar ordered his Libyan National Army on Thursday to "march on Tripoli", in an audio recording released by his media office, as UN Secretary-General Antonio Guterres was visiting the city to prepare a national conference. Guterres flew to Benghazi on Friday to meet him.

The LNA said on Friday it had also taken control of Qasr Bin Ghashir, near the capital's disused international airport. Armed groups from Misrata said they were sending reinforcements to Tripoli to defend the internationally recognised government.

The LNA said it had captured 145 fighters of the Tripoli forces near a checkpoint west of the city on Thursday night; they were later released. The United Nations Security Council was due to meet on Friday.

Haftar's forces control eastern Libya and much of the south, including oil fields. Libya has been in turmoil since the fall of Muammar Gaddafi in 2011.""",
  C('LBYREB', 'took the town of Gharyan, about 100 km south of Tripoli, on Thursday after brief clashes', note='LNA: LBYREB'),
  A('LBYREB', 'after brief clashes', victim='LBYMIL', sc=False, note='no detail'),
  O('LBYREB', 'to "march on Tripoli"', loc='Tripoli', cb='LBYREB'),
  C('LBYREB', 'had also taken control of Qasr Bin Ghashir', loc='Qasr Bin Ghashir', date=None, cb='LBYREB', note='no day given for the taking'),
  DP('LBYMIL', 'Armed groups from Misrata said they were sending reinforcements to Tripoli', loc='Tripoli', date='rep'),
  TK('IGOUNO', 'Guterres flew to Benghazi on Friday to meet him', loc='Benghazi', date='rep'),
  C('LBYREB', 'seize town south of capital', sc=False, note='headline restatement'))
X('n-egy-sinai', 'news', '2022-05-09', 'Sat', 'Egypt', 'attack', 'Qantara', 'Ismailia', '', 19,
  """Militants kill 11 Egyptian soldiers at Suez Canal water station

CAIRO, May 9 — Militants attacked a water pumping station east of the Suez Canal on Saturday, killing an officer and 10 soldiers, Egypt's army said, in one of the deadliest attacks on security forces in the Sinai peninsula in recent years.

Five other soldiers were wounded in the attack near Qantara, army spokesman Gharib Abdel Hafez said. He said the troops had "engaged" the attackers and chased them into an isolated area, where they were "besieged".

Islamic State's Sinai branch claimed the attack on Sunday. On Monday, the army said it had killed seven militants in a gunfight in the area, and that a soldier was killed in the exchange.

President Abdel Fattah al-Sisi vowed on Saturday that "these cowardly terrorist acts will not shake our determination to uproot terrorism".

The station supplies water to farms and towns on both banks of the canal, and engineers had been working there under army protection for several months. Residents of nearby villages said they heard explosions and heavy gunfire for more than an hour before the shooting stopped in the early afternoon.

An insurgency in northern Sinai, led by the local branch of Islamic State, gained strength after the military overthrew Islamist president Mohamed Mursi in 2013. The army launched a major campaign in 2018.""",
  A('EGYREB', 'Militants attacked a water pumping station east of the Suez Canal on Saturday', victim='EGYMIL', cb='EGYREB'),
  K('EGYMIL', 11, 'killing an officer and 10 soldiers', actor='EGYREB', cb='EGYMIL', note='officer and soldiers: one line of 1+10'),
  W('EGYMIL', 5, 'Five other soldiers were wounded', actor='EGYREB', cb='EGYMIL'),
  K('EGYMIL', 11, 'Militants kill 11 Egyptian soldiers', sc=False, note='headline restatement'),
  A('EGYMIL', 'the army said it had killed seven militants in a gunfight in the area', date='Mon', victim='EGYREB', cb='EGYMIL'),
  K('EGYREB', 7, 'it had killed seven militants in a gunfight', date='Mon', cb='EGYMIL'),
  K('EGYMIL', 1, 'a soldier was killed in the exchange', date='Mon', cb='EGYMIL'),
  T('EGYGOV', 'these cowardly terrorist acts will not shake our determination to uproot terrorism', loc=None),
  O('EGYMIL', 'The army launched a major campaign in 2018', loc=None, date=None, sc=False, note='background'))
