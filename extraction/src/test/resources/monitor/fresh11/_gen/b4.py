# b4: news articles, Africa (12 conflict)
X('n-nga-yobe', 'news', '2021-04-27', 'Sun', 'Nigeria', 'nonstate_takes_territory', 'Geidam', 'Yobe', 'Geidam', 31,
  """ISWAP fighters overrun army base in Yobe, seize town for a day

MAIDUGURI, Nigeria — Jihadist fighters of the Islamic State West Africa Province overran a military base in Geidam, in north-eastern Yobe State, on Sunday evening and held the town for almost 24 hours before troops retook it, military and local sources said on Tuesday.

The attackers arrived in more than 20 gun trucks from the direction of the Niger border, according to two soldiers who asked not to be named. They said 11 soldiers were killed in the assault on the base, and that the militants drove away with four armoured personnel carriers and a large quantity of ammunition after setting the base's fuel store on fire.

The army said in a statement that its troops, supported by air force jets, "cleared" Geidam on Monday afternoon and killed 20 of the insurgents. It did not mention its own losses. A resident said the fighters had gone from house to house, asking residents whether they were Christians.

Geidam's local government chairman said tens of thousands of residents fled during the fighting, most of them to Damaturu and Gashua. "The town is empty now, only soldiers and some old people who could not walk," he said by telephone.

The attack is the latest in a series of raids by ISWAP on military positions in Borno and Yobe this month. Governor Mai Mala Buni urged the federal government to send more troops and drones to the area, warning that farmers would not be able to plant their crops this season.""",
  A('NGAREB', 'Jihadist fighters of the Islamic State West Africa Province overran a military base in Geidam', victim='NGAMIL'),
  C('NGAREB', 'overran a military base in Geidam, in north-eastern Yobe State, on Sunday evening and held the town for almost 24 hours', note='garrison overrun and town held: a capture of the town'),
  C('NGAMIL', 'its troops, supported by air force jets, "cleared" Geidam on Monday afternoon', date='Mon', cb='NGAMIL'),
  C('NGAMIL', 'before troops retook it', date='Mon', sc=False, note='same retaking, restated'),
  K('NGAMIL', 11, '11 soldiers were killed in the assault on the base', actor='NGAREB'),
  E('NGAMIL', 'APC', 'drove away with four armoured personnel carriers', actor='NGAREB', count=4),
  E('NGAMIL', 'DEPOT', "setting the base's fuel store on fire", actor='NGAREB'),
  K('NGAREB', 20, 'killed 20 of the insurgents', date='Mon', cb='NGAMIL'),
  D('NGACVL', None, 'tens of thousands of residents fled during the fighting', note='vague amount'),
  C('NGAREB', 'overrun army base in Yobe, seize town for a day', sc=False, note='headline restatement'),
  DP('NGAMIL', 'urged the federal government to send more troops', date=None, sc=False, note='a request, no deployment'))
X('n-bfa-koumbri', 'news', '2022-06-14', 'Sat', 'Burkina Faso', 'attack', 'Koumbri', 'Nord', 'Yatenga', 22,
  """Burkina army says 40 militants 'neutralised' after deadly raid on Koumbri

OUAGADOUGOU, June 14 — Burkina Faso's army said on Tuesday that it had "neutralised" about 40 militants in air and ground operations in the north, three days after gunmen killed 22 people in an attack on the town of Koumbri.

The raid on Koumbri, in Yatenga province, began at around 5 p.m. on Saturday when dozens of men on motorbikes surrounded the town's market. Survivors said they shot at traders and set stalls ablaze. Among the dead were 13 civilians and nine volunteers of the VDP civilian defence force who tried to fight back, a local official said.

The army statement did not say where the operations had taken place or on which days. It said two soldiers were wounded when their vehicle hit an improvised explosive device on the way.

The government spokesman, Lionel Bilgo, told state television that the attackers would be "hunted down wherever they hide". Residents said on Tuesday that more than 700 people had left Koumbri for Ouahigouya since the attack, many of them on foot.

The West African country has been battling jihadist groups linked to al-Qaeda and Islamic State since 2015. The violence has killed thousands and driven nearly two million people from their homes, and it contributed to a military coup in January.""",
  A(None, "dozens of men on motorbikes surrounded the town's market", date='Sat', victim='BFACVL'),
  K('BFACVL', 13, 'Among the dead were 13 civilians and nine volunteers of the VDP', date='Sat'),
  K('BFAMIL', 9, 'Among the dead were 13 civilians and nine volunteers of the VDP', date='Sat', note='VDP: MIL'),
  K('BFACVL', 22, 'gunmen killed 22 people in an attack on the town of Koumbri', date='Sat', sc=False, note='total whose groups are listed'),
  K('BFAREB', '~40', 'had "neutralised" about 40 militants in air and ground operations in the north', loc=None, date='rep', cb='BFAMIL', cum=True, note='operations over unstated days and places: cumulative'),
  K('BFAREB', '~40', "says 40 militants 'neutralised'", loc=None, date='rep', cum=True, sc=False, note='headline restatement'),
  W('BFAMIL', 2, 'two soldiers were wounded when their vehicle hit an improvised explosive device', loc=None, date=None),
  E('BFAMIL', 'VEHICLE', 'their vehicle hit an improvised explosive device', loc=None, date=None),
  T('BFAGOV', 'the attackers would be "hunted down wherever they hide"', date='rep', loc=None),
  D('BFACVL', '>=700', 'more than 700 people had left Koumbri for Ouahigouya since the attack', date='rep'),
  D('BFACVL', '~2000000', 'driven nearly two million people from their homes', loc=None, date='rep', cum=True, sc=False, note='background tally'))
X('n-mli-hombori', 'news', '2022-04-05', 'rep', 'Mali', 'armed_clash', 'Hombori', 'Mopti', 'Douentza', 16,
  """Mali says 15 'terrorists' killed near Hombori; residents speak of executions

BAMAKO, Mali, April 5 (staff reporter) — Mali's armed forces said on Tuesday that they had killed 15 "terrorists" and arrested 32 suspects in an operation near the town of Hombori, in the Douentza area, that began on Saturday.

Two residents reached by telephone gave a different account. They said soldiers accompanied by white foreign fighters had rounded up men at the weekly livestock market and shot at least a dozen of them behind a school. "They were herders, not fighters," one of them said. The army statement said its troops had come under fire as they entered the market.

Rights groups have accused Malian troops and the Russian Wagner group of summary executions of civilians in the centre of the country, charges the military government denies. It says Russians in Mali are instructors, not mercenaries.

The army said one soldier was killed and three others were wounded in the operation. It also said it had destroyed two motorbikes and seized weapons and radios.

The European Union, which trains Malian troops, said it was "deeply concerned" by the reports and called for an independent inquiry. Its foreign ministers are due to discuss the future of the mission next week.""",
  O('MLIMIL', 'in an operation near the town of Hombori, in the Douentza area, that began on Saturday', date='Sat', cb='MLIMIL'),
  K('MLIREB', 15, 'had killed 15 "terrorists"', date=None, cb='MLIMIL', note='operation since Saturday, no single day'),
  K('MLICVL', '>=12', 'shot at least a dozen of them behind a school', actor='MLIMIL', date=None, sc=False, note='competing account of the same dead (residents); first-stated figure scored'),
  A('MLIMIL', 'soldiers accompanied by white foreign fighters had rounded up men at the weekly livestock market', date=None, victim='MLICVL'),
  K('MLIMIL', 1, 'one soldier was killed', date=None, cb='MLIMIL'),
  E('MLIREB', 'VEHICLE', 'it had destroyed two motorbikes', count=2, actor='MLIMIL', date=None, cb='MLIMIL', note='militants\' motorbikes'),
  W('MLIMIL', 3, 'three others were wounded in the operation', date=None, cb='MLIMIL'),
  K('MLIREB', 15, "says 15 'terrorists' killed near Hombori", date=None, sc=False, note='headline restatement'),
  A('MLIREB', 'its troops had come under fire as they entered the market', date=None, sc=False, victim='MLIMIL', note='army account of the same encounter'))
X('n-som-lido', 'news', '2024-08-03', 'Fri', 'Somalia', 'remote_explosive_ied', 'Mogadishu', 'Banadir', 'Mogadishu', 37,
  """Al-Shabaab assault on Mogadishu beach restaurant kills 32

MOGADISHU, Aug 3 — Thirty-two people were killed and 63 injured when al-Shabaab militants attacked a busy seafront restaurant in Mogadishu on Friday evening, police said on Saturday, in one of the deadliest attacks in the Somali capital this year.

A suicide bomber blew himself up at the entrance shortly after 10 p.m., and four gunmen then stormed the building, firing on families who had come to eat and watch the sea. Security forces ended the siege after about four hours. Police spokesman Abdifatah Aden said all four gunmen and a soldier were killed in the final assault, and that they were not included in the toll.

The al-Qaeda-linked group claimed responsibility in a statement on a website it uses, saying it had targeted "government officials and their foreign allies".

Hospitals were overwhelmed through the night. "We received bodies and injured people until morning," a doctor at Madina hospital said. Among the dead were at least nine children, relatives and hospital staff said.

President Hassan Sheikh Mohamud's government has been fighting al-Shabaab with the help of clan militias and African Union troops since 2022, recapturing large areas of the centre of the country. But the group still carries out frequent bombings in the capital and has regained several towns from which it was pushed out.""",
  A('SOMREB', 'al-Shabaab militants attacked a busy seafront restaurant in Mogadishu', victim='SOMCVL', cb='SOMREB'),
  K('SOMCVL', 32, 'Thirty-two people were killed and 63 injured', actor='SOMREB', cb='SOMMIL'),
  W('SOMCVL', 63, 'Thirty-two people were killed and 63 injured', actor='SOMREB', cb='SOMMIL'),
  K('SOMCVL', 32, 'kills 32', sc=False, note='headline restatement'),
  A('SOMREB', 'A suicide bomber blew himself up at the entrance', victim='SOMCVL', sc=False, note='first act of the same attack'),
  K('SOMREB', 1, 'A suicide bomber blew himself up', sc=False, note="bomber's death implied"),
  K('SOMREB', 4, 'all four gunmen and a soldier were killed', cb='SOMMIL'),
  K('SOMMIL', 1, 'all four gunmen and a soldier were killed', actor='SOMREB', cb='SOMMIL', note='the soldier: not said to be among the 32 people'),
  K('SOMCVL', '>=9', 'Among the dead were at least nine children', sc=False, note='sub-count'),
  C('SOMMIL', 'recapturing large areas of the centre of the country', loc=None, date=None, sc=False, note='background'),
  C('SOMREB', 'has regained several towns from which it was pushed out', loc=None, date=None, sc=False, note='background'))
X('n-ken-lamu', 'news', '2023-01-10', 'Mon', 'Kenya', 'attack', 'Juhudi', 'Lamu', 'Lamu West', 4,
  """Gunmen kill four in Lamu village, torch homes

NAIROBI (Jan 10) — Suspected al-Shabaab militants killed four people and set about a dozen houses on fire in Juhudi village, in Kenya's coastal Lamu county, on Monday night, the regional police commander said on Tuesday.

The attackers arrived at around 9 p.m., dragged men out of their homes and shot them, according to police. A woman who tried to run was hacked with a machete and is in serious condition at King Fahd hospital in Lamu town. "They were speaking Somali and Swahili," a survivor told a local radio station.

Interior Cabinet Secretary Kithure Kindiki, who flew to the area on Tuesday, said a curfew would be imposed on parts of the county and that additional police and army units had been deployed to the Boni forest, where the militants are believed to hide. "We will pursue these criminals and they will face the full force of the law," he said.

Al-Shabaab, based in neighbouring Somalia, has carried out dozens of raids in Lamu since 2014. Farmers in several villages said they had abandoned their land after last year's killings and were sleeping in the town of Mpeketoni.

The county commissioner said security agencies were also investigating an explosion that damaged a police vehicle near Milimani on Sunday. No one was hurt in that blast.""",
  A('SOMREB', 'dragged men out of their homes and shot them', victim='KENCVL', note='suspected al-Shabaab: SOMREB'),
  K('KENCVL', 4, 'killed four people', actor='SOMREB', cb='KENMIL'),
  K('KENCVL', 4, 'Gunmen kill four', sc=False, note='headline restatement'),
  W('KENCVL', 1, 'A woman who tried to run was hacked with a machete', actor='SOMREB'),
  DP('KENMIL', 'additional police and army units had been deployed to the Boni forest', loc='Boni forest', date='rep', cb='KENGOV'),
  T('KENGOV', 'We will pursue these criminals and they will face the full force of the law', date='rep', loc=None, victim='SOMREB'),
  D('KENCVL', None, 'had abandoned their land after last year\'s killings', loc='Mpeketoni', date=None, sc=False, note='background'),
  A(None, 'an explosion that damaged a police vehicle near Milimani on Sunday', loc='Milimani', date='Sun', victim='KENMIL'),
  E('KENMIL', 'VEHICLE', 'an explosion that damaged a police vehicle near Milimani on Sunday', loc='Milimani', date='Sun'))
X('n-cod-bunagana', 'news', '2022-06-15', 'Mon', 'DR Congo', 'nonstate_takes_territory', 'Bunagana', 'North Kivu', 'Rutshuru', 0,
  """M23 rebels hold Congo border town as thousands cross into Uganda

KAMPALA/GOMA, June 15 — M23 rebels remained in control of the eastern Congolese border town of Bunagana on Wednesday, two days after they seized it following heavy fighting with the army, and Congolese officials accused Rwanda of having "invaded" the country.

The rebels entered Bunagana early on Monday. About 137 Congolese soldiers and police officers fled across the frontier into Uganda, where they handed over their weapons, the Ugandan army said. The rebels also took the nearby villages of Chengerero and Bugusa, residents said.

Uganda's Red Cross said more than 30,000 people had crossed the border since the weekend and were sheltering in schools and a transit centre at Nyakabande in Kisoro district.

Congo's government said in a statement on Monday that the capture was the work of the Rwandan army, and it suspended all agreements with Kigali. Rwanda denies backing the M23 and says the Congolese army fights alongside a Rwandan Hutu militia.

The army said it had launched a counter-offensive on Tuesday to retake the town, and that its helicopters had struck rebel positions on the hills of Tchanzu. There was no independent confirmation. Kenya's president called for the deployment of a regional force "without delay".""",
  C('CODREB', 'The rebels entered Bunagana early on Monday'),
  C('CODREB', 'two days after they seized it following heavy fighting with the army', sc=False, note='same capture restated'),
  C('CODREB', 'Chengerero', loc='Chengerero', date=None, note='no day given'),
  C('CODREB', 'Bugusa', loc='Bugusa', date=None),
  A('CODREB', 'following heavy fighting with the army', victim='CODMIL', note='fighting before the capture'),
  D('CODMIL', 137, 'About 137 Congolese soldiers and police officers fled across the frontier into Uganda', cb='UGAMIL', note='soldiers crossing to surrender their arms: not a displacement of people, unscored', sc=False),
  D('CODCVL', '>=30000', 'more than 30,000 people had crossed the border since the weekend', date='rep', note='people crossing into Uganda: the text does not call them refugees, CVL'),
  O('CODMIL', 'it had launched a counter-offensive on Tuesday to retake the town', date='Tue', cb='CODMIL'),
  C('RWAMIL', 'the capture was the work of the Rwandan army', sc=False, cb='CODGOV', note='attribution by Kinshasa, denied by Rwanda'),
  A('CODMIL', 'its helicopters had struck rebel positions on the hills of Tchanzu', loc='Tchanzu', date='Tue', victim='CODREB', cb='CODMIL'),
  DP('KENGOV', 'called for the deployment of a regional force', loc=None, date=None, sc=False, note='a call, not a deployment'))
X('n-uga-mpondwe', 'news', '2023-06-18', 'Fri', 'Uganda', 'attack', 'Mpondwe', 'Western', 'Kasese', 42,
  """Ugandan troops chase ADF rebels after school massacre

KASESE, Uganda, June 18 — Ugandan soldiers pursued rebels across the border into Congo's Virunga park on Sunday, two days after the militants attacked a secondary school in Mpondwe, near the frontier, and killed 42 people, most of them students.

The Allied Democratic Forces fighters struck the Lhubiriha school late on Friday night, setting fire to a boys' dormitory and attacking girls with machetes, police said. Thirty-seven of the dead were students; the others were a guard and four residents of the village. Eight people were being treated at Bwera hospital, two of them in critical condition.

The rebels also abducted six students to carry food they had looted from the school store, the army said. "We are pursuing them, and we will rescue the children," army spokesman Felix Kulayigye said on Saturday.

President Yoweri Museveni said the attack was "desperate, cowardly" and promised that the army would deploy more troops along the border. Ugandan soldiers have been fighting the ADF inside Congo since late 2021 under an agreement with Kinshasa.

The school's parents gathered at the mortuary in Bwera on Sunday to identify the bodies. Many were burned beyond recognition, and officials said DNA tests might be needed.""",
  A('UGAREB', 'The Allied Democratic Forces fighters struck the Lhubiriha school', victim='UGACVL', note='ADF in Uganda: UGAREB (a Ugandan-origin group)'),
  K('UGACVL', 42, 'killed 42 people, most of them students', actor='UGAREB'),
  K('UGACVL', 37, 'Thirty-seven of the dead were students', actor='UGAREB', sc=False, note='sub-count'),
  W('UGACVL', 8, 'Eight people were being treated at Bwera hospital', actor='UGAREB', loc='Bwera', note='injured in the attack, treated in Bwera'),
  DP('UGAMIL', 'Ugandan soldiers pursued rebels across the border into Congo\'s Virunga park on Sunday', loc='Virunga', date='Sun', note='a crossing of troops'),
  T('UGAMIL', 'We are pursuing them, and we will rescue the children', loc=None, date='Sat'),
  DP('UGAMIL', 'promised that the army would deploy more troops along the border', loc=None, date=None, sc=False, note='promise'))
X('n-sdn-sinja', 'news', '2024-07-01', 'Sat', 'Sudan', 'nonstate_takes_territory', 'Sinja', 'Sennar', 'Sinja', 0,
  """Tens of thousands flee as RSF enters Sennar state capital

PORT SUDAN — Sudan's paramilitary Rapid Support Forces said on Saturday they had taken control of Sinja, the capital of Sennar state, and the army headquarters of its 17th Infantry Division, a claim the army did not confirm.

Residents said RSF vehicles were seen in the town's main market on Saturday afternoon, and that soldiers had withdrawn towards the Blue Nile bridge. Footage posted by RSF fighters showed them walking among abandoned military trucks at the division's base.

The International Organization for Migration said on Monday that about 55,000 people had fled Sinja and nearby villages since Saturday, many of them to Gedaref and Blue Nile states. Some had already been displaced from Wad Madani when the RSF took that city in December.

The army's spokesman said troops had "repelled" an attack on the town of Sennar, 60 km to the north, on Sunday, and that a large number of attackers had been killed. He gave no figures. Sudan's war, which began in April last year, has driven more than 10 million people from their homes.""",
  C('SDNREB', 'they had taken control of Sinja', cb='SDNREB', note='claim not confirmed, not denied: scored'),
  E('SDNMIL', 'VEHICLE', 'abandoned military trucks at the division\'s base', sc=False, note='abandoned, not destroyed'),
  D('SDNCVL', '~55000', 'about 55,000 people had fled Sinja and nearby villages since Saturday', date='rep', cb='IGOUNO', note='flight from one capture'),
  D('SDNCVL', None, 'Some had already been displaced from Wad Madani', loc='Wad Madani', date=None, sc=False, note='background'),
  C('SDNREB', 'when the RSF took that city in December', loc='Wad Madani', date=None, sc=False, note='background'),
  A('SDNREB', 'troops had "repelled" an attack on the town of Sennar', loc='Sennar', date='Sun', cb='SDNMIL', victim='SDNMIL'),
  K('SDNREB', None, 'a large number of attackers had been killed', loc='Sennar', date='Sun', cb='SDNMIL'),
  D('SDNCVL', '>=10000000', 'has driven more than 10 million people from their homes', loc=None, date='rep', cum=True, sc=False, note='war-long tally: background'),
  C('SDNREB', 'RSF enters Sennar state capital', sc=False, note='headline restatement'),
  D('SDNCVL', None, 'Tens of thousands flee', sc=False, note='headline restatement'))
X('n-eth-togoga', 'news', '2021-06-24', 'Tue', 'Ethiopia', 'air_drone_strike', 'Adi Gudem', 'Tigray', 'Debub Misraqawi', 51,
  """Health workers say air strike on Tigray market killed at least 51

ADDIS ABABA (June 24) — An air strike on a crowded market in the village of Adi Gudem in Ethiopia's Tigray region on Tuesday killed at least 51 people and wounded dozens, health workers and a regional official said.

Ethiopia's military did not deny carrying out the strike but said it had targeted fighters of the Tigray People's Liberation Front who were "dressed in civilian clothes". A military spokesman said on Thursday the air force "does not target civilians".

Medics trying to reach the village with ambulances were turned back by soldiers at a checkpoint on Tuesday afternoon, a doctor in Mekelle said. Seven of the injured died on the way to hospital on Wednesday, bringing the toll to 51 from an initial 44, he said.

The strike came as the TPLF's forces pressed an offensive in the central part of the region, and on Monday recaptured the town of Samre. Thousands of people were displaced in the fighting, the United Nations said.

The United States and the European Union called for an urgent investigation. The European Union's foreign policy chief said the reports were "shocking".""",
  A('ETHMIL', 'An air strike on a crowded market in the village of Adi Gudem', victim='ETHCVL', note='the military did not deny: coded on it'),
  K('ETHCVL', '>=51', 'killed at least 51 people', actor='ETHMIL'),
  W('ETHCVL', None, 'wounded dozens', actor='ETHMIL'),
  K('ETHCVL', 51, 'bringing the toll to 51 from an initial 44', actor='ETHMIL', sc=False, note='restated updated toll'),
  K('ETHCVL', 44, 'from an initial 44', actor='ETHMIL', sc=False, note='superseded figure'),
  K('ETHCVL', 7, 'Seven of the injured died on the way to hospital on Wednesday', actor='ETHMIL', sc=False, note='part of the 51'),
  C('ETHREB', 'on Monday recaptured the town of Samre', loc='Samre', date='Mon'),
  O('ETHREB', "the TPLF's forces pressed an offensive", loc=None, date=None, sc=False, note='ongoing offensive'),
  D('ETHCVL', None, 'Thousands of people were displaced in the fighting', loc='Samre', date=None, cb='IGOUNO', note='vague'),
  K('ETHCVL', '>=51', 'killed at least 51', sc=False, note='headline restatement'))
X('n-cmr-ekondo', 'news', '2020-10-26', 'Sat', 'Cameroon', 'attack', 'Ekondo-Titi', 'Southwest', 'Ndian', 7,
  """Cameroon mourns seven children killed in school attack

YAOUNDE, Oct 26 — Cameroon held a day of mourning on Monday for seven children killed when gunmen stormed a private school in Ekondo-Titi, in the English-speaking Southwest region, on Saturday morning.

The attackers arrived on motorbikes in plain clothes and opened fire on a classroom, the government said. Thirteen other pupils were wounded, several of them critically; three were flown to Douala for treatment. The children were aged between nine and 12.

The government blamed Anglophone separatists, who have ordered a boycott of schools in the two English-speaking regions since 2017, but no group has claimed the attack. One separatist leader condemned it and accused the army.

Communication minister René Sadi said the "terrorists" would be "tracked down and punished with the utmost severity". Soldiers were deployed to schools in the Southwest regional capital Buea on Sunday, residents said.

More than 3,000 people have been killed and over 700,000 forced to flee their homes since the conflict began, according to the International Crisis Group. Ekondo-Titi had been largely spared until this year.""",
  A(None, 'opened fire on a classroom', victim='CMRCVL', note='blamed on separatists, denied: no actor'),
  K('CMRCVL', 7, 'seven children killed when gunmen stormed a private school in Ekondo-Titi', cb='CMRGOV'),
  W('CMRCVL', 13, 'Thirteen other pupils were wounded', cb='CMRGOV'),
  T('CMRGOV', 'would be "tracked down and punished with the utmost severity"', date='rep', loc=None),
  DP('CMRMIL', 'Soldiers were deployed to schools in the Southwest regional capital Buea on Sunday', loc='Buea', date='Sun'),
  K('CMRCVL', 7, 'seven children killed in school attack', sc=False, note='headline restatement'),
  K('CMRCVL', '>=3000', 'More than 3,000 people have been killed', loc=None, date='rep', cum=True, sc=False, note='war-long tally: background'),
  D('CMRCVL', '>=700000', 'over 700,000 forced to flee their homes', loc=None, date='rep', cum=True, sc=False, note='background'))
X('n-moz-mocimboa', 'news', '2020-08-13', 'Wed', 'Mozambique', 'nonstate_takes_territory', 'Mocímboa da Praia', 'Cabo Delgado', 'Mocímboa da Praia', 55,
  """Islamist insurgents seize Mozambique port town after days of fighting

MAPUTO (Aug 13) — Islamist insurgents have captured the port of Mocímboa da Praia in northern Mozambique after a five-day battle with the army, security sources and residents said on Thursday, dealing a blow to the government as it tries to secure the area's natural gas projects.

The militants took the port itself on Wednesday after the last soldiers there ran out of ammunition and fled by boat, two sources said. Fighting had begun on the outskirts of the town last Thursday, when the insurgents attacked the villages of Anga and Auasse.

Islamic State's Central Africa Province claimed on Wednesday that its fighters had killed 55 soldiers and captured weapons and vehicles. The defence ministry said its troops had killed "dozens" of the attackers and were regrouping.

The town, which had about 30,000 inhabitants, had already been largely emptied. Aid groups said residents who stayed had fled into the bush or by boat to the provincial capital, Pemba.

Mocímboa da Praia is some 60 km from the site where energy companies are building a liquefied natural gas plant. The insurgency, which began in 2017, has killed more than 1,500 people.""",
  C('MOZREB', 'The militants took the port itself on Wednesday'),
  C('MOZREB', 'have captured the port of Mocímboa da Praia', date='Wed', sc=False, note='same capture restated'),
  A('MOZREB', 'the insurgents attacked the villages of Anga and Auasse', loc='Anga', date='2020-08-06', victim='MOZMIL', note='last Thursday'),
  K('MOZMIL', 55, 'its fighters had killed 55 soldiers', actor='MOZREB', cb='MOZREB', date=None, note='claim over the battle: no single day'),
  E('MOZMIL', 'VEHICLE', 'captured weapons and vehicles', actor='MOZREB', cb='MOZREB', date=None),
  K('MOZREB', None, 'its troops had killed "dozens" of the attackers', date=None, cb='MOZGOV'),
  D('MOZCVL', None, 'residents who stayed had fled into the bush or by boat to the provincial capital, Pemba', date=None),
  K('MOZCVL', '>=1500', 'has killed more than 1,500 people', loc=None, date='rep', cum=True, sc=False, note='background tally'),
  C('MOZREB', 'seize Mozambique port town', sc=False, note='headline restatement'))
X('n-tcd-barkaram', 'news', '2024-10-29', 'Sun', 'Chad', 'attack', 'Barkaram', 'Lac', '', 40,
  """Chad's leader launches operation after 40 soldiers killed on Lake Chad island

N'DJAMENA, Oct 29 — Chad's President Mahamat Idriss Deby announced on Monday an operation to hunt down Boko Haram fighters around Lake Chad, a day after militants attacked an army base on the island of Barkaram and killed about 40 soldiers.

The attack took place late on Sunday and lasted several hours, the presidency said. Deby, who flew to the area on Monday, said the army would "pursue the assailants to their last hideouts". Officials gave no figure for the wounded, but a military source said 19 soldiers were evacuated to N'Djamena.

The presidency said the operation, named Haskanite, would involve air and ground forces. It did not say how many troops would take part.

Boko Haram and its offshoot Islamic State West Africa Province have long used the marshy islands of the lake as bases. In March 2020, a similar attack on the Boma peninsula killed nearly 100 soldiers and led to a large Chadian offensive.

Chad, Niger, Nigeria and Cameroon contribute troops to a multinational force fighting the jihadists, but cooperation has frayed after coups in the region.""",
  A('NGAREB', 'militants attacked an army base on the island of Barkaram', date='Sun', victim='TCDMIL', note='Boko Haram named for the area: NGAREB'),
  K('TCDMIL', '~40', 'killed about 40 soldiers', actor='NGAREB', date='Sun', cb='TCDGOV'),
  K('TCDMIL', 40, '40 soldiers killed on Lake Chad island', sc=False, date='Sun', note='headline restatement'),
  W('TCDMIL', 19, '19 soldiers were evacuated to N\'Djamena', date='Sun', note='evacuated wounded'),
  O('TCDMIL', 'announced on Monday an operation to hunt down Boko Haram fighters around Lake Chad', date='Mon', cb='TCDGOV'),
  T('TCDGOV', 'would "pursue the assailants to their last hideouts"', date='Mon', loc=None, victim='NGAREB'),
  K('TCDMIL', '~100', 'a similar attack on the Boma peninsula killed nearly 100 soldiers', loc='Boma', date=None, sc=False, note='background, 2020'),
  O('TCDMIL', 'led to a large Chadian offensive', loc=None, date=None, sc=False, note='background'))
