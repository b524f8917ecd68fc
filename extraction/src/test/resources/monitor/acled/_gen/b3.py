# Outside Syria, part 2
N('2020-07-03', "JNIM fighters attacked a gendarmerie post in Bandiagara cercle, Mopti, on 2 July 2020; one gendarme was burned alive in his vehicle and two others are missing.",
  'Mali','attack','Bandiagara','Mopti','Bandiagara','2020-07-02',
  [A('MLIREB',"JNIM fighters attacked a gendarmerie post in Bandiagara cercle", v='MLIMIL'),
   K('MLIMIL',1,"one gendarme was burned alive in his vehicle", a='MLIREB'),
   L('MLIMIL','VEHICLE',"burned alive in his vehicle", a='MLIREB', s=False, note='vehicle burnt by implication')])
N('2022-04-06', "Malian soldiers and foreign fighters identified by witnesses as Russian rounded up and executed some 300 men in Moura, Djenne cercle, between 27 and 31 March 2022, according to Human Rights Watch; the army said it had neutralised 203 terrorists.",
  'Mali','other_violence','Moura','Mopti','Djenne',None,
  [K('MLICVL',300,"rounded up and executed some 300 men in Moura", q='ABOUT', a='MLIMIL', date=None, note='several days: not cumulative (one operation); date null (range)'),
   K('MLIREB',203,"the army said it had neutralised 203 terrorists", a='MLIMIL', by='MLIGOV', date=None, s=False, note='competing official version')])
N('2023-01-31', "A suicide bomber blew himself up among worshippers at a mosque inside the Police Lines compound in Peshawar during afternoon prayers on 30 January 2023. The roof collapsed. At least 84 people, almost all of them policemen, died and 220 were hurt.",
  'Pakistan','remote_explosive_ied','Peshawar','Khyber Pakhtunkhwa','Peshawar','2023-01-30',
  [A(None,"A suicide bomber blew himself up among worshippers at a mosque inside the Police Lines compound", v='PAKMIL'),
   K('PAKMIL',84,"At least 84 people, almost all of them policemen, died", q='AT_LEAST', note='almost all police: MIL'),
   W('PAKMIL',220,"220 were hurt")])
N('2024-03-27', "Five Chinese engineers and their Pakistani driver were killed on 26 March 2024 when a suicide bomber rammed an explosives-laden car into their convoy near Besham, Shangla district, Khyber Pakhtunkhwa, police said.",
  'Pakistan','remote_explosive_ied','Besham','Khyber Pakhtunkhwa','Shangla','2024-03-26',
  [A(None,"a suicide bomber rammed an explosives-laden car into their convoy near Besham", v='CHNCVL'),
   K('CHNCVL',5,"Five Chinese engineers", by='PAKMIL'),
   K('PAKCVL',1,"Five Chinese engineers and their Pakistani driver were killed", by='PAKMIL')])
N('2022-08-30', "Monsoon floods have killed 1,136 people across Pakistan since mid-June, the NDMA said on 29 August 2022; in Sindh's Dadu district, a family of seven drowned when their house collapsed on Sunday",
  'Pakistan','disaster','Dadu','Sindh','Dadu','wd:Sunday',
  [K('PAKCVL',1136,"Monsoon floods have killed 1,136 people across Pakistan since mid-June", cum=True, by='PAKGOV', loc=None, date='2022-08-29'),
   K('PAKCVL',7,"a family of seven drowned")], wire=True)
N('2019-10-30', "FARC dissidents ambushed an indigenous guard convoy at La Luz, in the rural area of Tacueyo, Toribio municipality, Cauca, on 29 October 2019, killing governor Cristina Bautista and four guards; six others were injured.",
  'Colombia','attack','Tacueyo','Cauca','Toribio','2019-10-29',
  [A('COLREB',"FARC dissidents ambushed an indigenous guard convoy at La Luz", v='COLCVL'),
   K('COLCVL',5,"killing governor Cristina Bautista and four guards", a='COLREB', note='indigenous authority and unarmed guards: CVL'),
   W('COLCVL',6,"six others were injured", a='COLREB')])
N('2024-04-26', "A social leader was killed by a sicario in front of his home in the El Bagre municipality, Antioquia, on Thursday evening, according to Indepaz, the 57th this year",
  'Colombia','attack','El Bagre','Antioquia','El Bagre','wd:Thursday',
  [K('COLCVL',1,"A social leader was killed by a sicario"),
   K('COLCVL',57,"the 57th this year", cum=True, loc=None, date='2024-04-26', s=False, note='ordinal, running tally')], wire=True)
N('2019-10-24', "Hundreds of displaced residents of Marawi marched to the ruined city centre on 23 October 2019, two years after the end of the siege, to demand that they be allowed to rebuild their homes. The march ended peacefully.",
  'Philippines','protest_or_statement','Marawi','Lanao del Sur','Marawi','2019-10-23', [], ne=True)
N('2023-12-04', "A bomb exploded during a Catholic mass in the gymnasium of Mindanao State University in Marawi, Lanao del Sur, on Sunday, 3 December 2023, killing four people and injuring 50. The military blamed Dawlah Islamiyah.",
  'Philippines','remote_explosive_ied','Marawi','Lanao del Sur','Marawi','2023-12-03',
  [A(None,"A bomb exploded during a Catholic mass in the gymnasium of Mindanao State University", v='PHLCVL'),
   K('PHLCVL',4,"killing four people"), W('PHLCVL',50,"injuring 50")])
N('2023-04-12', "Myanmar junta jets and a helicopter gunship attacked a crowd gathered for the opening of a village administration office in Pazigyi village, Kanbalu township, Sagaing, on 11 April 2023, killing about 170 people, among them some 40 children.",
  'Myanmar','air_drone_strike','Pazigyi','Sagaing','Kanbalu','2023-04-11',
  [A('MMRMIL',"Myanmar junta jets and a helicopter gunship attacked a crowd", v='MMRCVL'),
   K('MMRCVL',170,"killing about 170 people", q='ABOUT', a='MMRMIL'),
   K('MMRCVL',40,"some 40 children", q='ABOUT', a='MMRMIL', s=False)])
N('2023-11-14', "The Arakan Army said it had overrun a Border Guard Police outpost in Rathedaung township and another near Minbya on 13 November 2023, as fighting resumed across Rakhine; residents said nearly 5,000 people fled Pauktaw town after junta shelling.",
  'Myanmar','nonstate_takes_territory','Rathedaung','Rakhine','Sittwe','2023-11-13',
  [C('MMRREB',"The Arakan Army said it had overrun a Border Guard Police outpost in Rathedaung township", by='MMRREB'),
   C('MMRREB',"and another near Minbya", loc='Minbya', by='MMRREB', s=False, note='outpost near a town'),
   A('MMRMIL',"after junta shelling", v='MMRCVL', loc='Pauktaw'),
   D('MMRCVL',5000,"nearly 5,000 people fled Pauktaw town", q='ABOUT', loc='Pauktaw')])
N('2024-01-15', "Three Brotherhood Alliance: MNDAA fighters in control of Laukkai after the last junta troops surrendered",
  'Myanmar','nonstate_takes_territory','Laukkai','Shan','Laukkai',None,
  [C('MMRREB',"MNDAA fighters in control of Laukkai", date=None, note='no day in snippet')], wire=True)
N('2023-06-16', "Khamis Abakar, governor of West Darfur, was abducted and killed in El Geneina on 14 June 2023, hours after he accused the RSF of genocide on television; his body was shown in videos.",
  'Sudan','attack','El Geneina','West Darfur','El Geneina','2023-06-14',
  [K('SDNGOV',1,"Khamis Abakar, governor of West Darfur, was abducted and killed", note='killers not named: actor null')])
N('2023-11-09', "Up to 1,300 Masalit were killed by the RSF and allied Arab militias in Ardamata, on the outskirts of El Geneina, after the army base there fell in early November, according to local monitors.",
  'Sudan','attack','Ardamata','West Darfur','El Geneina',None,
  [K('SDNCVL',1300,"Up to 1,300 Masalit were killed", q='UP_TO', a='SDNREB', date=None),
   C('SDNREB',"after the army base there fell in early November", date=None, s=False, note='month only')])
N('2024-06-06', "RSF fighters attacked Wad al-Noura village, Gezira state, on Wednesday, killing more than 100 residents; the Wad Madani resistance committee said some of the dead were buried in a mass grave",
  'Sudan','attack','Wad al-Noura','Gezira','Al-Manaqil','wd:Wednesday',
  [A('SDNREB',"RSF fighters attacked Wad al-Noura village", v='SDNCVL'),
   K('SDNCVL',100,"killing more than 100 residents", q='AT_LEAST', a='SDNREB')], wire=True)
N('2024-09-22', "A shell fired by the RSF hit the Saudi hospital in El Fasher, North Darfur, on 21 September 2024, killing a nurse and two patients, and the army shot down a drone over the city.",
  'Sudan','shelling_artillery_missile','El Fasher','North Darfur','El Fasher','2024-09-21',
  [A('SDNREB',"A shell fired by the RSF hit the Saudi hospital in El Fasher", v='SDNCVL'),
   K('SDNCVL',3,"killing a nurse and two patients", a='SDNREB'),
   L('SDNREB','AIRCRAFT',"the army shot down a drone over the city", a='SDNMIL', s=False, note='drone owner implied')])
N('2021-07-02', "Tigrayan forces re-entered Mekelle on 28 June 2021 as federal troops pulled out of the regional capital; the government declared a unilateral ceasefire the same day.",
  'Ethiopia','nonstate_takes_territory','Mekelle','Tigray','Mekelle','2021-06-28',
  [C('ETHREB',"Tigrayan forces re-entered Mekelle")])
N('2023-08-15', "A drone strike on the main square of Finote Selam, West Gojjam, Amhara, on Sunday killed at least 26 people, hospital staff said; the federal government did not comment",
  'Ethiopia','air_drone_strike','Finote Selam','Amhara','West Gojjam','wd:Sunday',
  [A(None,"A drone strike on the main square of Finote Selam", v='ETHCVL', note='government strike implied, not stated'),
   K('ETHCVL',26,"killed at least 26 people", q='AT_LEAST')], wire=True)
N('2020-10-25', "Gunmen stormed the Mother Francisca International Bilingual Academy in Kumba, South-West region, Cameroon, on 24 October 2020 and opened fire on pupils, killing seven children and injuring 12.",
  'Cameroon','attack','Kumba','South-West','Meme','2020-10-24',
  [A(None,"Gunmen stormed the Mother Francisca International Bilingual Academy in Kumba", v='CMRCVL'),
   K('CMRCVL',7,"killing seven children"), W('CMRCVL',12,"injuring 12")])
N('2021-03-29', "Insurgents known locally as al-Shabaab attacked Palma, Cabo Delgado, on 24 March 2021 and held the town for over a week. A foreign contractor's convoy fleeing the Amarula hotel was ambushed; at least 7 people died in it. Some 11,000 residents fled to Pemba and Mueda.",
  'Mozambique','nonstate_takes_territory','Palma','Cabo Delgado','Palma','2021-03-24',
  [A('MOZREB',"Insurgents known locally as al-Shabaab attacked Palma", v='MOZCVL'),
   C('MOZREB',"held the town for over a week", s=False, note='held, implied taking'),
   A('MOZREB',"A foreign contractor's convoy fleeing the Amarula hotel was ambushed", v='MOZCVL', date=None, s=False),
   K('MOZCVL',7,"at least 7 people died in it", q='AT_LEAST', a='MOZREB', date=None, note='day not given'),
   D('MOZCVL',11000,"Some 11,000 residents fled to Pemba and Mueda", q='ABOUT', date=None)])
N('2019-03-20', "Cyclone Idai: more than 200 people are confirmed dead in Mozambique, and the president fears the toll could pass 1,000; in Beira, 90% of the city was damaged or destroyed",
  'Mozambique','disaster','Beira','Sofala','Beira','2019-03-20',
  [K('MOZCVL',200,"more than 200 people are confirmed dead in Mozambique", q='AT_LEAST', loc='Mozambique'),
   K('MOZCVL',1000,"the toll could pass 1,000", s=False, loc='Mozambique', note='fear, not a count')], wire=True)
N('2024-03-04', "Gangs attacked Haiti's National Penitentiary in Port-au-Prince on the night of 2 March 2024 and freed around 3,700 inmates; the bodies of at least a dozen people lay outside the prison the next morning.",
  'Haiti','attack','Port-au-Prince','Ouest','Port-au-Prince','2024-03-02',
  [A('HTIREB',"Gangs attacked Haiti's National Penitentiary", v='HTIMIL', note='gangs: REB'),
   K('HTICVL',12,"the bodies of at least a dozen people lay outside the prison", q='AT_LEAST', date='2024-03-03', note='"a dozen" read as 12; victims unknown: CVL')])
N('2024-12-10', "Members of the Wharf Jeremie gang hacked and burned at least 184 people, mostly elderly residents accused of witchcraft, in Cite Soleil between 6 and 7 December, the UN said; the killings were ordered by gang leader Monel Felix.",
  'Haiti','other_violence','Cite Soleil','Ouest','Port-au-Prince',None,
  [K('HTICVL',184,"hacked and burned at least 184 people", q='AT_LEAST', a='HTIREB', by='IGOUNO', date=None, note='two-day massacre: one event, date null')])
N('2021-05-07', "Police raid in Jacarezinho, Rio de Janeiro: 28 people died, including a police officer shot in the head, in the deadliest operation in the city's history on Thursday",
  'Brazil','other_violence','Jacarezinho','Rio de Janeiro','Rio de Janeiro','wd:Thursday',
  [O('BRAMIL',"Police raid in Jacarezinho", s=False, note='routine police operation'),
   K('BRACVL',27,"28 people died, including a police officer", note='28 minus the officer; suspects and residents: CVL'),
   K('BRAMIL',1,"a police officer shot in the head", note='part of the 28')], wire=True)
N('2022-02-17', "Landslides and flash floods tore through Petropolis, Rio de Janeiro state, on 15 February 2022. By 17 February the toll stood at 117 dead, and 116 people were still missing.",
  'Brazil','disaster','Petropolis','Rio de Janeiro','Petropolis','2022-02-15',
  [K('BRACVL',117,"the toll stood at 117 dead")])
N('2021-07-15', "In South Africa, looting and unrest after Zuma's jailing have left 72 people dead since 9 July, police said on 13 July; ten people died in a stampede at a shopping centre in Soweto.",
  'South Africa','other_violence','Soweto','Gauteng','Johannesburg','2021-07-13',
  [K('ZAFCVL',72,"have left 72 people dead since 9 July", cum=True, by='ZAFMIL', loc=None),
   K('ZAFCVL',10,"ten people died in a stampede at a shopping centre in Soweto", date=None, cause='accident', note='stampede during looting: accident; no day')])
N('2019-01-16', "Al-Shabaab gunmen stormed the DusitD2 hotel complex on Riverside Drive, Nairobi, on 15 January 2019; 21 people, including a police officer, were killed and five attackers also died, the Kenyan government said.",
  'Kenya','attack','Nairobi','Nairobi','Westlands','2019-01-15',
  [A('KENREB',"Al-Shabaab gunmen stormed the DusitD2 hotel complex", v='KENCVL', note='al-Shabaab coded in country of attack'),
   K('KENCVL',20,"21 people, including a police officer, were killed", by='KENGOV', note='21 minus the officer'),
   K('KENMIL',1,"including a police officer", by='KENGOV'),
   K('KENREB',5,"five attackers also died", by='KENGOV')], gloc='Riverside Drive')
N('2024-05-01', "A dam burst at Old Kijabe near Mai Mahiu, Nakuru county, early on Monday, sweeping away homes and cars; 45 bodies had been recovered by Tuesday and dozens were missing",
  'Kenya','disaster','Mai Mahiu','Nakuru','Naivasha','wd:Monday',
  [K('KENCVL',45,"45 bodies had been recovered by Tuesday")], wire=True)
N('2024-08-06', "Bangladesh: at least 100 people, including 14 policemen, were killed on 4 August 2024 in clashes between protesters, ruling-party activists and police across the country; 13 officers were lynched when a mob stormed the Enayetpur police station in Sirajganj.",
  'Bangladesh','other_violence','Enayetpur','Rajshahi','Sirajganj','2024-08-04',
  [K('BGDCVL',86,"at least 100 people, including 14 policemen, were killed", q='AT_LEAST', loc=None, note='100 minus 14 policemen'),
   K('BGDMIL',14,"including 14 policemen", loc=None),
   A(None,"a mob stormed the Enayetpur police station", v='BGDMIL'),
   K('BGDMIL',13,"13 officers were lynched when a mob stormed the Enayetpur police station", s=False, note='sub-count of the 14')])
N('2023-03-06', "A fire ripped through the Rohingya camp 11 in Balukhali, Cox's Bazar, on 5 March 2023, destroying some 2,000 shelters and leaving 12,000 refugees homeless. No deaths were reported.",
  'Bangladesh','accident','Balukhali',"Chittagong","Cox's Bazar",'2023-03-05',
  [D('MMRREF',12000,"leaving 12,000 refugees homeless", note='Rohingya refugees: MMRREF')])
N('2024-10-29', "Boko Haram fighters attacked an army base on Barkaram island, Lac province, late on Sunday, killing about forty soldiers, the Chadian presidency said on Monday.",
  'Chad','attack','Barkaram','Lac','Fouli','wd:Sunday',
  [A('TCDREB',"Boko Haram fighters attacked an army base on Barkaram island", v='TCDMIL', by='TCDGOV'),
   K('TCDMIL',40,"killing about forty soldiers", q='ABOUT', a='TCDREB', by='TCDGOV')])
N('2023-09-14', "Two dams above Derna burst during Storm Daniel on the night of 10 September 2023, washing entire neighbourhoods into the sea; the Red Crescent said on 13 September that 11,300 people had died in the city and 10,100 were missing.",
  'Libya','disaster','Derna','Derna','Derna','2023-09-10',
  [K('LBYCVL',11300,"11,300 people had died in the city", note='Red Crescent: claimedBy null'),
   D('LBYCVL',None,"washing entire neighbourhoods into the sea", s=False, note='destruction, displacement implied')])
N('2023-09-10', "The magnitude 6.8 earthquake that struck the High Atlas late on Friday has killed 2,012 people, most of them in Al Haouz province, Morocco's interior ministry said on Saturday. In the village of Tafeghaghte, a mother and her four children were pulled dead from their collapsed home.",
  'Morocco','disaster','Tafeghaghte','Marrakech-Safi','Al Haouz','wd:Friday',
  [K('MARCVL',2012,"has killed 2,012 people", by='MARGOV', loc='Al Haouz'),
   K('MARCVL',5,"a mother and her four children were pulled dead from their collapsed home", s=False, note='sub-count of the national toll')])
N('2023-02-08', "Quake toll passes 5,000 in Turkey - Rescuers in Kahramanmaras pulled a baby alive from the rubble on Tuesday, as the toll from Monday's twin earthquakes rose to 5,894 in Turkey, AFAD said, with",
  'Turkey','disaster','Kahramanmaras','Kahramanmaras','Onikisubat','prev:Monday',
  [K('TURCVL',5894,"the toll from Monday's twin earthquakes rose to 5,894 in Turkey", by='TURGOV', loc='Turkey', note='updated toll of one event: not cumulative'),
   K('TURCVL',5000,"Quake toll passes 5,000 in Turkey", q='AT_LEAST', s=False, loc='Turkey', note='headline')], wire=True)
N('2024-07-13', "Two buses carrying 65 people were swept into the Trishuli river by a landslide on the Narayanghat-Mugling road in Chitwan, Nepal, early on Friday; by the evening only three passengers had swum to safety and seven bodies had been recovered downstream.",
  'Nepal','accident','Chitwan','Bagmati','Chitwan','wd:Friday',
  [K('NPLCVL',7,"seven bodies had been recovered downstream", note='landslide-caused crash: accident (disaster defensible)')])
N('2023-02-15', "Cholera has killed 1,316 people in Malawi since March 2022, the health ministry said on 14 February 2023, with Blantyre and Lilongwe districts worst hit; schools in both cities reopened after a two-week delay.",
  'Malawi','disease','Blantyre','Southern','Blantyre','2023-02-14',
  [K('MWICVL',1316,"Cholera has killed 1,316 people in Malawi since March 2022", cum=True, by='MWIGOV', loc='Malawi')])
N('2021-03-22', "Armed men on motorbikes attacked Intazayene, Bakorat and Wistane villages in Tillia department, Tahoua region, on 21 March 2021, killing 141 people, the government said, in the deadliest attack on civilians in Niger's history.",
  'Niger','attack','Intazayene','Tahoua','Tillia','2021-03-21',
  [A(None,"Armed men on motorbikes attacked Intazayene, Bakorat and Wistane villages", v='NERCVL'),
   K('NERCVL',141,"killing 141 people", by='NERGOV')])
N('2022-09-01', "Fighting between SPLA-IO and a breakaway Kitgwang faction spread to Tonga in Panyikang county, Upper Nile, on 31 August 2022; about 10,000 people fled across the river to Malakal, and a woman drowned when an overloaded canoe capsized.",
  'South Sudan','armed_clash','Tonga','Upper Nile','Panyikang','2022-08-31',
  [A('SSDREB',"Fighting between SPLA-IO and a breakaway Kitgwang faction spread to Tonga", v='SSDREB'),
   D('SSDCVL',10000,"about 10,000 people fled across the river to Malakal", q='ABOUT'),
   K('SSDCVL',1,"a woman drowned when an overloaded canoe capsized", note='drowned fleeing fighting: violence-related')])
N('2024-10-15', "An Israeli airstrike on a house sheltering displaced families in Aitou, in the Zgharta district of northern Lebanon, on 14 October 2024 killed 23 people, including 12 women and two children, the health ministry said.",
  'Lebanon','air_drone_strike','Aitou','North Lebanon','Zgharta','2024-10-14',
  [A('ISRMIL',"An Israeli airstrike on a house sheltering displaced families in Aitou", v='LBNCVL'),
   K('LBNCVL',23,"killed 23 people", a='ISRMIL', by='LBNGOV'),
   K('LBNCVL',14,"including 12 women and two children", a='ISRMIL', s=False)])
