from lib import *
N('2021-06-07','2021-06-06','Mexico','attack','Celaya','Guanajuato','Celaya',
 "On 6 June 2021, armed men burst into a house party in the Rancho Seco area of Celaya, Guanajuato, and shot dead seven people, including a 15-year-old, before fleeing in two pickups. Authorities blamed a dispute between the Santa Rosa de Lima and Jalisco cartels.",
 A(None,"armed men burst into a house party",note='cartels only blamed'), K('MEXCVL',7,None,"shot dead seven people"), K('MEXCVL',1,None,"including a 15-year-old",scored=False,note='sub-count'))
N('2023-03-08','2023-03-07','Mexico','other_violence','Matamoros','Tamaulipas','Matamoros',
 "Two of four kidnapped Americans found dead in Mexico - Two of the four US citizens abducted by gunmen in the border city of Matamoros were found dead and the other two alive, one of them wounded, Tamaulipas Governor Americo Villarreal said on Tuesday",
 K('USACVL',2,None,"Two of the four US citizens abducted by gunmen in the border city of Matamoros were found dead",by='MEXGOV',date=wd('2023-03-08','Tuesday')),
 W('USACVL',1,None,"one of them wounded",by='MEXGOV',date=wd('2023-03-08','Tuesday')), wire=True)
N('2024-10-20','2024-10-19','Mexico','armed_clash','Culiacan','Sinaloa','Culiacan',
 "On 19 October 2024, soldiers of the Mexican army clashed with gunmen of the Chapitos faction of the Sinaloa Cartel on the outskirts of Culiacan; 19 suspected cartel members were killed and a soldier was wounded, according to the Defence Ministry.",
 A('MEXMIL',"soldiers of the Mexican army clashed with gunmen of the Chapitos faction"), A('MEXREB',"gunmen of the Chapitos faction of the Sinaloa Cartel",scored=False),
 K('MEXREB',19,None,"19 suspected cartel members were killed",actor='MEXMIL',by='MEXGOV'), W('MEXMIL',1,None,"a soldier was wounded",by='MEXGOV'))
N('2019-08-19','2019-08-17','Afghanistan','remote_explosive_ied','Kabul','Kabul','Kabul',
 "A suicide bomber blew himself up among guests at a wedding hall in western Kabul late on Saturday, killing 63 people and wounding 182, the interior ministry said on Sunday. Islamic State's local affiliate claimed the attack",
 A('AFGREB',"A suicide bomber blew himself up among guests at a wedding hall",by='AFGREB',date=wd('2019-08-19','Saturday'),note='ISKP claimed'),
 K('AFGCVL',63,None,"killing 63 people",actor='AFGREB',by='AFGGOV',date=wd('2019-08-19','Saturday')), W('AFGCVL',182,None,"wounding 182",actor='AFGREB',by='AFGGOV',date=wd('2019-08-19','Saturday')), wire=True)
N('2020-09-29','2020-09-28','Afghanistan','armed_clash','Gereshk','Helmand','Nahri Sarraj',
 "On 28 September 2020, Taliban fighters attacked ANA checkpoints in Gereshk district of Helmand; the Ministry of Defence said 27 Taliban were killed in the counter-attack and air strikes, while local officials reported four soldiers dead.",
 A('AFGREB',"Taliban fighters attacked ANA checkpoints"), K('AFGREB',27,None,"27 Taliban were killed",actor='AFGMIL',by='AFGGOV'),
 K('AFGMIL',4,None,"local officials reported four soldiers dead",actor='AFGREB',by='AFGGOV'), A('AFGMIL',"in the counter-attack and air strikes",scored=False))
N('2022-09-01','2022-08-31','Afghanistan','disaster','Charikar','Parwan','Charikar',
 "Flash floods hit several villages of Charikar district in Parwan province on 31 August 2022, leaving at least 11 people dead, including four children, and destroying more than 300 houses, Taliban officials said.",
 K('AFGCVL',11,'AT_LEAST',"leaving at least 11 people dead",cause='disaster',by='AFGGOV'), K('AFGCVL',4,None,"including four children",cause='disaster',scored=False,note='sub-count'))
N('2021-02-17','2021-02-16','Yemen','shelling_artillery_missile','Marib','Marib','Marib City',
 "Houthi forces fired a ballistic missile at a military camp west of Marib city on 16 February 2021, killing a Yemeni army officer and two soldiers. Fighting continued along the Sirwah front.",
 A('YEMREB',"Houthi forces fired a ballistic missile at a military camp"), K('YEMMIL',3,None,"killing a Yemeni army officer and two soldiers",actor='YEMREB'),
 A('YEMREB',"Fighting continued along the Sirwah front",loc='Sirwah',scored=False,note='ongoing, no side'))
N('2018-08-10','2018-08-09','Yemen','air_drone_strike','Dahyan','Saada','Majz',
 "On 9 August 2018, a coalition air strike hit a bus carrying schoolchildren at a market in Dahyan, Saada governorate, killing 40 children and 11 adults and injuring 79 others, according to the ICRC and local health officials.",
 A('SAUMIL',"a coalition air strike hit a bus carrying schoolchildren"), K('YEMCVL',51,None,"killing 40 children and 11 adults",actor='SAUMIL',note='40 children + 11 adults, one code, summed'),
 W('YEMCVL',79,None,"injuring 79 others",actor='SAUMIL'))
N('2023-05-11','2023-05-10','Yemen','remote_explosive_ied','Mudiyah','Abyan','Mudiyah',
 "An IED planted by AQAP exploded on 10 May 2023 against a patrol of the Security Belt forces in Wadi Omran, Mudiyah district (Abyan), killing a commander and wounding five of his men.",
 A('YEMREB',"An IED planted by AQAP exploded"), K('YEMMIL',1,None,"killing a commander",actor='YEMREB',note='Security Belt MIL'), W('YEMMIL',5,None,"wounding five of his men",actor='YEMREB'))
N('2022-07-02','2022-07-01','Ukraine','shelling_artillery_missile','Serhiivka','Odesa','Bilhorod-Dnistrovskyi',
 "Russian missiles hit apartment block near Odesa, killing 21 - Russian missiles struck a nine-storey apartment building and a recreation centre in the village of Serhiivka in the Odesa region early on Friday, killing at least 21 people, including a child, Ukrainian officials said",
 A('RUSMIL',"Russian missiles struck a nine-storey apartment building"), K('UKRCVL',21,'AT_LEAST',"killing at least 21 people",actor='RUSMIL',by='UKRGOV'),
 K('UKRCVL',1,None,"including a child",scored=False,note='sub-count'), K('UKRCVL',21,None,"killing 21",scored=False,note='headline'), wire=True)
N('2023-11-14','2023-11-13','Ukraine','air_drone_strike','Kherson','Kherson','Kherson',
 "On 13 November 2023, a Russian drone dropped an explosive on a bus stop in the Dniprovskyi district of Kherson city, wounding a 62-year-old woman. Earlier that day, artillery shelling of Antonivka killed a man.",
 A('RUSMIL',"a Russian drone dropped an explosive on a bus stop"), W('UKRCVL',1,None,"wounding a 62-year-old woman",actor='RUSMIL',loc='Kherson'),
 A('RUSMIL',"artillery shelling of Antonivka",loc='Antonivka'), K('UKRCVL',1,None,"artillery shelling of Antonivka killed a man",actor='RUSMIL',loc='Antonivka'))
N('2024-02-18','2024-02-17','Ukraine','gov_regains_territory','Avdiivka','Donetsk','Pokrovsk',
 "On 17 February 2024, Ukrainian forces completed their withdrawal from Avdiivka, and Russian forces took control of the town and the coke plant after months of assaults.",
 C('RUSMIL',"Russian forces took control of the town and the coke plant",'Avdiivka'))
N('2019-11-06','2019-11-05','Iraq','attack','Baghdad','Baghdad','Al-Rusafa',
 "Security forces fired live ammunition and tear gas at protesters on al-Sinak bridge in central Baghdad on 5 November 2019, killing five protesters and wounding more than 80.",
 A('IRQMIL',"Security forces fired live ammunition and tear gas at protesters"), K('IRQCVL',5,None,"killing five protesters",actor='IRQMIL'), W('IRQCVL',80,'AT_LEAST',"wounding more than 80",actor='IRQMIL'))
N('2021-03-05','2021-03-04','Iraq','attack','Tarmiyah','Salah al-Din','Samarra',
 "IS militants attacked a PMF position in the orchards of Tarmiyah, north of Baghdad, on 4 March 2021, killing two PMF fighters. A third was wounded.",
 A('IRQREB',"IS militants attacked a PMF position"), K('IRQMIL',2,None,"killing two PMF fighters",actor='IRQREB'), W('IRQMIL',1,None,"A third was wounded",actor='IRQREB'))
N('2023-09-27','2023-09-26','Iraq','accident','Qaraqosh','Nineveh','Al-Hamdaniya',
 "A fire broke out during a wedding celebration in a hall in Qaraqosh (al-Hamdaniya district, Nineveh) late on 26 September 2023, killing more than 100 guests and injuring about 150, health officials said. Fireworks set the ceiling alight.",
 K('IRQCVL',100,'AT_LEAST',"killing more than 100 guests",cause='accident',by='IRQGOV'), W('IRQCVL',150,'ABOUT',"injuring about 150",cause='accident',by='IRQGOV'))
N('2023-04-27','2023-04-26','India','remote_explosive_ied','Aranpur','Chhattisgarh','Dantewada',
 "Ten DRG personnel and a civilian driver were killed on 26 April 2023 when Maoists blew up their vehicle with an IED near Aranpur in Dantewada district, Chhattisgarh.",
 A('INDREB',"Maoists blew up their vehicle with an IED"), K('INDMIL',10,None,"Ten DRG personnel",actor='INDREB'), K('INDCVL',1,None,"a civilian driver were killed",actor='INDREB'),
 Q('INDMIL','VEHICLE',"blew up their vehicle with an IED"))
N('2023-05-05','2023-05-04','India','other_violence','Churachandpur','Manipur','Churachandpur',
 "Violence between Meitei and Kuki communities spread across Manipur on 3 and 4 May 2023; houses and churches were torched in Churachandpur and Imphal, and thousands of people fled to army camps. The army was deployed in several districts.",
 A('INDCVL',"houses and churches were torched in Churachandpur and Imphal",date=None,note='communal mobs; two days'),
 D('INDCVL',None,None,"thousands of people fled to army camps",loc=None), T('DEPLOYMENT','INDMIL',"The army was deployed in several districts",loc=None,scored=False))
N('2019-02-15','2019-02-14','India','remote_explosive_ied','Pulwama','Jammu and Kashmir','Pulwama',
 "At least 40 CRPF troopers killed in Kashmir car bomb - A suicide bomber rammed an explosives-laden car into a convoy of paramilitary police on the Jammu-Srinagar highway in Pulwama on Thursday, killing at least 40, officials said; Jaish-e-Mohammed claimed",
 A('PAKREB',"A suicide bomber rammed an explosives-laden car into a convoy",note='JeM: coded PAKREB as Pakistan-based'), K('INDMIL',40,'AT_LEAST',"killing at least 40",actor='PAKREB',by='INDGOV'),
 K('INDMIL',40,'AT_LEAST',"At least 40 CRPF troopers killed",scored=False,note='headline'), wire=True)
N('2022-10-30','2022-10-29','Somalia','remote_explosive_ied','Mogadishu','Banadir','Mogadishu',
 "Two car bombs exploded minutes apart at the Education Ministry junction in Mogadishu on 29 October 2022. The government said at least 121 people were killed and 333 injured; al-Shabaab claimed the bombings.",
 A('SOMREB',"Two car bombs exploded minutes apart",by='SOMREB'), K('SOMCVL',121,'AT_LEAST',"at least 121 people were killed",actor='SOMREB',by='SOMGOV'), W('SOMCVL',333,None,"333 injured",actor='SOMREB',by='SOMGOV'))
N('2023-01-17','2023-01-16','Somalia','nonstate_takes_territory','Harardhere','Galmudug','Harardhere',
 "Somali forces and macawisley clan militia entered the coastal town of Harardhere in Galmudug on 16 January 2023 after al-Shabaab fighters fled without a fight, state media said.",
 C('SOMMIL',"Somali forces and macawisley clan militia entered the coastal town of Harardhere",by='SOMGOV'))
N('2024-03-15','2024-03-14','Somalia','attack','Mogadishu','Banadir','Mogadishu',
 "Al-Shabaab gunmen stormed the SYL hotel near the presidential palace in Mogadishu late on 14 March 2024. Security forces ended the siege the following morning; three soldiers and two civilians were killed, police said, and all five attackers died.",
 A('SOMREB',"Al-Shabaab gunmen stormed the SYL hotel"), K('SOMMIL',3,None,"three soldiers",actor='SOMREB',by='SOMMIL'), K('SOMCVL',2,None,"two civilians were killed",actor='SOMREB',by='SOMMIL'),
 K('SOMREB',5,None,"all five attackers died",by='SOMMIL'))
N('2021-07-05','2021-07-05','Nigeria','abduction','Kaduna','Kaduna','Chikun',
 "Gunmen stormed Bethel Baptist High School in Chikun area of Kaduna state early on 5 July 2021 and abducted more than 120 students; a teacher told reporters the attackers fired sporadically as they herded the pupils into the forest",
 A(None,"Gunmen stormed Bethel Baptist High School",loc='Chikun',date='2021-07-05',note='abduction; no casualty'),wire=True)
N('2020-11-30','2020-11-28','Nigeria','attack','Zabarmari','Borno','Jere',
 "Boko Haram insurgents killed at least 43 farm workers in rice fields near Zabarmari, Jere local government area of Borno, on 28 November 2020. Many of the victims had their throats slit; six others were injured.",
 K('NGACVL',43,'AT_LEAST',"Boko Haram insurgents killed at least 43 farm workers",actor='NGAREB'), W('NGACVL',6,None,"six others were injured",actor='NGAREB'))
N('2023-12-26','2023-12-24','Nigeria','attack','Bokkos','Plateau','Bokkos',
 "Armed men attacked more than 20 villages in Bokkos and Barkin Ladi LGAs of Plateau state on the night of 24 December 2023, killing 113 people according to the local government chairman, and burning houses. Hundreds fled to Bokkos town.",
 A(None,"Armed men attacked more than 20 villages in Bokkos and Barkin Ladi LGAs"), K('NGACVL',113,None,"killing 113 people",by='NGAGOV'),
 D('NGACVL',None,None,"Hundreds fled to Bokkos town",note='vague'))
N('2024-01-26','2024-01-25','DR Congo','shelling_artillery_missile','Mugunga','North Kivu','Nyiragongo',
 "On 25 January 2024, M23 shells fell on the Mugunga area west of Goma, hitting a displacement site; four displaced people, including two children, were killed and 11 wounded.",
 A('CODREB',"M23 shells fell on the Mugunga area west of Goma"), K('CODREF',4,None,"four displaced people, including two children, were killed",actor='CODREB'),
 K('CODREF',2,None,"including two children",scored=False,note='sub-count'), W('CODREF',11,None,"11 wounded",actor='CODREB'))
N('2022-02-03','2022-02-02','DR Congo','attack','Plaine Savo','Ituri','Djugu',
 "CODECO militiamen attacked the Plaine Savo displacement site in Djugu territory during the night of 1 to 2 February 2022, killing at least 60 people with machetes and firearms, the UN said.",
 A('CODREB',"CODECO militiamen attacked the Plaine Savo displacement site"), K('CODREF',60,'AT_LEAST',"killing at least 60 people",actor='CODREB',by='IGOUNO'))
N('2023-06-15','2023-06-14','DR Congo','accident','','Mai-Ndombe','',
 "A boat carrying goods and passengers capsized on the Kwa river on 14 June 2023; 46 bodies were recovered and about 80 people remain missing, provincial authorities said.",
 K('CODCVL',46,None,"46 bodies were recovered",cause='accident',loc=None,by='CODGOV'))
N('2022-06-14','2022-06-12','Burkina Faso','attack','Seytenga','Sahel','Seno',
 "Unidentified armed men killed at least 79 civilians in Seytenga (Seno province) in the night of 11 to 12 June 2022, the government said; bodies were still being recovered",
 K('BFACVL',79,'AT_LEAST',"Unidentified armed men killed at least 79 civilians in Seytenga",date='2022-06-12',by='BFAGOV'), wire=True)
N('2023-04-22','2023-04-20','Burkina Faso','attack','Karma','Nord','Yatenga',
 "Men wearing military uniforms killed dozens of residents of Karma village in Yatenga province on 20 April 2023; the local prosecutor said about 60 were killed.",
 K('BFACVL',60,'ABOUT',"the local prosecutor said about 60 were killed",note='perpetrators in uniform, not named: actor null'), K('BFACVL',None,None,"killed dozens of residents of Karma village",scored=False,note='vague restatement'))
N('2019-12-25','2019-12-24','Burkina Faso','armed_clash','Arbinda','Sahel','Soum',
 "Jihadists attacked a military base and the town of Arbinda in Soum province on 24 December 2019. The army said 80 assailants were 'neutralised'; seven soldiers and 35 civilians, 31 of them women, were killed.",
 A('BFAREB',"Jihadists attacked a military base and the town of Arbinda"), K('BFAREB',80,None,"80 assailants were 'neutralised'",actor='BFAMIL',by='BFAMIL'),
 K('BFAMIL',7,None,"seven soldiers",actor='BFAREB'), K('BFACVL',35,None,"35 civilians",actor='BFAREB'), K('BFACVL',31,None,"31 of them women",scored=False,note='sub-count'))
N('2019-03-24','2019-03-23','Mali','attack','Ogossagou','Mopti','Bankass',
 "Dozo militiamen attacked the Fulani village of Ogossagou in Bankass circle on 23 March 2019, killing 157 people, according to the government, and torching huts",
 A('MLIREB',"Dozo militiamen attacked the Fulani village of Ogossagou"), K('MLICVL',157,None,"killing 157 people",actor='MLIREB',by='MLIGOV'), wire=True)
N('2024-07-30','2024-07-27','Mali','armed_clash','Tinzaouaten','Kidal','Abeibara',
 "Fighting between Malian troops with Wagner mercenaries and CSP rebels near Tinzaouaten on the Algerian border from 25 to 27 July 2024 left dozens of Wagner fighters dead, the rebels said. A sandstorm hampered the retreating column.",
 A('MLIMIL',"Fighting between Malian troops with Wagner mercenaries and CSP rebels",date=None,note='three days'), A('MLIREB',"CSP rebels",date=None,scored=False),
 K('RUSMIL',None,None,"left dozens of Wagner fighters dead",by='MLIREB',date=None,note='vague, three-day fighting'))
N('2023-01-31','2023-01-30','Pakistan','remote_explosive_ied','Peshawar','Khyber Pakhtunkhwa','Peshawar',
 "A suicide bomber blew himself up inside a mosque in the Police Lines compound in Peshawar during afternoon prayers on 30 January 2023, killing 84 people, most of them policemen, and wounding over 200.",
 A(None,"A suicide bomber blew himself up inside a mosque"), K('PAKCVL',84,None,"killing 84 people, most of them policemen",note='mixed toll of people: CVL (mostly police, MIL defensible)'), W('PAKCVL',200,'AT_LEAST',"wounding over 200"))
N('2024-08-27','2024-08-26','Pakistan','attack','Musakhel','Balochistan','Musakhel',
 "Balochistan Liberation Army gunmen blocked a highway in Musakhel district on 26 August 2024, checked the identity cards of passengers and shot dead 23 men from Punjab; they also set ten vehicles on fire.",
 A('PAKREB',"Balochistan Liberation Army gunmen blocked a highway"), K('PAKCVL',23,None,"shot dead 23 men from Punjab",actor='PAKREB'))
N('2020-08-16','2020-08-15','Colombia','attack','Samaniego','Narino','Samaniego',
 "Gunmen opened fire on a group of young people gathered at a house in the Santa Catalina rural area of Samaniego, Narino, on 15 August 2020, killing eight of them.",
 A(None,"Gunmen opened fire on a group of young people"), K('COLCVL',8,None,"killing eight of them"))
N('2021-06-16','2021-06-15','Colombia','remote_explosive_ied','Cucuta','Norte de Santander','Cucuta',
 "A car bomb exploded inside the army's 30th Brigade base in Cucuta on 15 June 2021, injuring 36 people, among them two US military advisers, the defence minister said.",
 A(None,"A car bomb exploded inside the army's 30th Brigade base"), W('COLCVL',36,None,"injuring 36 people",by='COLGOV',note='mixed toll of people at a base: CVL'),
 W('USAMIL',2,None,"among them two US military advisers",scored=False,by='COLGOV',note='sub-count'))
N('2022-02-24','2022-02-23','Philippines','armed_clash','Maco','Davao de Oro','Maco',
 "Soldiers of the 66th Infantry Battalion clashed with about 20 NPA rebels in Maco, Davao de Oro, on 23 February 2022; five rebels were killed and a soldier was wounded, the army said.",
 A('PHLMIL',"Soldiers of the 66th Infantry Battalion clashed with about 20 NPA rebels"), A('PHLREB',"about 20 NPA rebels",scored=False),
 K('PHLREB',5,None,"five rebels were killed",actor='PHLMIL',by='PHLMIL'), W('PHLMIL',1,None,"a soldier was wounded",by='PHLMIL'))
N('2023-12-04','2023-12-03','Philippines','remote_explosive_ied','Marawi','Lanao del Sur','Marawi',
 "Bomb rips through Catholic Mass in Marawi, four dead - An explosion tore through a Mass at Mindanao State University's gymnasium in Marawi on Sunday, killing four worshippers and wounding about 50, officials said; IS claimed the attack",
 A('PHLREB',"An explosion tore through a Mass",by='PHLREB'), K('PHLCVL',4,None,"killing four worshippers",by='PHLGOV'), W('PHLCVL',50,'ABOUT',"wounding about 50",by='PHLGOV'),
 K('PHLCVL',4,None,"four dead",scored=False,note='headline'), wire=True)
N('2023-04-12','2023-04-11','Myanmar','air_drone_strike','Pazigyi','Sagaing','Kanbalu',
 "A military jet bombed a crowd attending the opening of a local PDF office in Pazigyi village, Kanbalu township, on 11 April 2023, and a helicopter then fired on survivors. At least 165 people were killed, among them about 20 children.",
 A('MMRMIL',"A military jet bombed a crowd"), A('MMRMIL',"a helicopter then fired on survivors"), K('MMRCVL',165,'AT_LEAST',"At least 165 people were killed",actor='MMRMIL'),
 K('MMRCVL',20,'ABOUT',"among them about 20 children",scored=False,note='sub-count'))
N('2024-01-16','2024-01-15','Myanmar','nonstate_takes_territory','Paletwa','Chin','Paletwa',
 "The Arakan Army said on 15 January 2024 it had taken full control of Paletwa town in southern Chin state after overrunning the last junta outpost at Meewa hill.",
 C('MMRREB',"it had taken full control of Paletwa town",by='MMRREB'), C('MMRREB',"overrunning the last junta outpost at Meewa hill",'Meewa',by='MMRREB'))
N('2024-06-06','2024-06-05','Sudan','attack','Wad al-Noura','Al Jazirah','',
 "RSF fighters attacked Wad al-Noura village in Al Jazirah state on 5 June 2024, killing more than 100 villagers, including 35 children, according to local activists; the RSF said it had attacked army positions.",
 A('SDNREB',"RSF fighters attacked Wad al-Noura village"), K('SDNCVL',100,'AT_LEAST',"killing more than 100 villagers",actor='SDNREB'),
 K('SDNCVL',35,None,"including 35 children",scored=False,note='sub-count'))
N('2024-08-29','2024-08-25','Sudan','disaster','Arbaat','Red Sea','Port Sudan',
 "The Arbaat dam north of Port Sudan collapsed after heavy rains on 25 August 2024, sweeping away several villages; at least 30 people died and dozens are missing, officials said on Thursday",
 K('SDNCVL',30,'AT_LEAST',"at least 30 people died",cause='disaster',by='SDNGOV',note='dated to collapse'), wire=True)
N('2021-06-24','2021-06-22','Ethiopia','air_drone_strike','Togoga','Tigray','Mekele',
 "An air strike hit a busy market in Togoga village west of Mekelle on 22 June 2021, killing at least 51 people, according to health workers; the army said it targeted fighters.",
 A('ETHMIL',"An air strike hit a busy market in Togoga village",note='army acknowledged strike'), K('ETHCVL',51,'AT_LEAST',"killing at least 51 people",actor='ETHMIL'))
N('2023-08-09','2023-08-08','Ethiopia','armed_clash','Bahir Dar','Amhara','Bahir Dar',
 "Fano militia fighters clashed with the federal army in Bahir Dar on 8 August 2023; residents said at least 12 people were killed in the fighting, and the federal army regained control of the airport area.",
 A('ETHREB',"Fano militia fighters clashed with the federal army"), A('ETHMIL',"clashed with the federal army",scored=False),
 K('ETHCVL',12,'AT_LEAST',"at least 12 people were killed",note='mixed toll of people: CVL'), C('ETHMIL',"the federal army regained control of the airport area",loc=None))
N('2020-10-25','2020-10-24','Cameroon','attack','Kumba','South-West','Meme',
 "Gunmen storm Cameroon school, kill seven pupils - Separatist fighters armed with guns and machetes attacked a private school in Kumba on Saturday, killing seven pupils and injuring 12 others, the military said, in one of the deadliest",
 A('CMRREB',"Separatist fighters armed with guns and machetes attacked a private school",by='CMRMIL'), K('CMRCVL',7,None,"killing seven pupils",actor='CMRREB',by='CMRMIL'),
 W('CMRCVL',12,None,"injuring 12 others",actor='CMRREB',by='CMRMIL'), K('CMRCVL',7,None,"kill seven pupils",scored=False,note='headline'), wire=True)
N('2021-01-09','2021-01-08','Cameroon','remote_explosive_ied','Mozogo','Far North','Mayo-Tsanaga',
 "A Boko Haram suicide bomber attacked Mozogo village, Mayo-Tsanaga, on 8 January 2021, killing 13 civilians, including eight children.",
 A('NGAREB',"A Boko Haram suicide bomber attacked Mozogo village"), K('CMRCVL',13,None,"killing 13 civilians",actor='NGAREB'), K('CMRCVL',8,None,"including eight children",scored=False,note='sub-count'))
