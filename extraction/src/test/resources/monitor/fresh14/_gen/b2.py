# b2: 39 monitor notes outside Syria (33 conflict, 1 with no event; 5 non-conflict)
from lib import *

I('nga-mainok', 'note', '2021-06-14', '2021-06-13', 'Nigeria', 'attack', 'Mainok', 'Borno', 'Kaga', 20,
  "Nigeria (Borno): On the afternoon of 13 June 2021, ISWAP fighters in about a dozen gun trucks attacked the army base at Mainok, on the Maiduguri-Damaturu highway. Troops repelled them with air support; military sources said 7 soldiers were killed, 2 of them officers, and 13 insurgents were neutralised. The attackers burnt two army vehicles and drove off with an armoured personnel carrier.",
  A('NGAREB', 'NGAMIL', None, 'ISWAP fighters in about a dozen gun trucks attacked the army base at Mainok', 'Mainok', '2021-06-13'),
  K('NGAMIL', 7, '7 soldiers were killed', 'Mainok', '2021-06-13', a='NGAREB'),
  K('NGAMIL', 2, '2 of them officers', 'Mainok', '2021-06-13', a='NGAREB', s=False, note='sub-count'),
  K('NGAREB', 13, '13 insurgents were neutralised', 'Mainok', '2021-06-13', a='NGAMIL'),
  E('NGAMIL', 'VEHICLE', 2, 'The attackers burnt two army vehicles', 'Mainok', '2021-06-13', a='NGAREB'),
  E('NGAMIL', 'APC', None, 'drove off with an armoured personnel carrier', 'Mainok', '2021-06-13', a='NGAREB', s=False, note='seized, not destroyed'))

I('bfa-titao', 'note', '2022-08-06', '2022-08-05', 'Burkina Faso', 'remote_explosive_ied', 'Titao', 'Nord', 'Loroum', 5,
  "Loroum province, 05/08/2022: an explosive device hit a vehicle of the Volunteers for the Defence of the Homeland (VDP) near Titao, killing four VDP and wounding two. Later the same day, suspected JNIM militants raided the hamlet of Sollé, killing a herder.",
  A(None, 'BFAMIL', None, 'an explosive device hit a vehicle of the Volunteers for the Defence of the Homeland', 'Titao', '2022-08-05'),
  E('BFAMIL', 'VEHICLE', None, 'an explosive device hit a vehicle of the Volunteers for the Defence of the Homeland', 'Titao', '2022-08-05'),
  K('BFAMIL', 4, 'killing four VDP', 'Titao', '2022-08-05', note='VDP: MIL'),
  W('BFAMIL', 2, 'wounding two', 'Titao', '2022-08-05'),
  A('BFAREB', 'BFACVL', None, 'suspected JNIM militants raided the hamlet of Sollé', 'Sollé', '2022-08-05'),
  K('BFACVL', 1, 'killing a herder', 'Sollé', '2022-08-05', a='BFAREB'))

I('mli-kerena', 'note', '2021-02-11', '2021-02-10', 'Mali', 'attack', 'Kerena', 'Mopti', 'Douentza', 1,
  "Douentza circle, 10 February 2021 - Suspected JNIM fighters attacked a temporary UN peacekeeping base near Kerena at dawn with mortars and small arms. One Togolese peacekeeper was killed and 19 others, all Togolese, were wounded, the UN mission said.",
  A('MLIREB', 'TGOMIL', None, 'Suspected JNIM fighters attacked a temporary UN peacekeeping base near Kerena', 'Kerena', '2021-02-10'),
  K('TGOMIL', 1, 'One Togolese peacekeeper was killed', 'Kerena', '2021-02-10', a='MLIREB', cb='IGOUNO', note='peacekeepers by nationality'),
  W('TGOMIL', 19, '19 others, all Togolese, were wounded', 'Kerena', '2021-02-10', a='MLIREB', cb='IGOUNO'))

I('ner-intazayene', 'note', '2021-03-18', '2021-03-16', 'Niger', 'attack', 'Intazayene', 'Tahoua', 'Tillia', 58,
  "Tahoua region, Niger: on 16 March 2021, gunmen on motorcycles attacked the villages of Intazayene and Bakorat, in Tillia department, shooting at people in their fields. The government put the toll at 58 civilians; a local elected official said more than 70 had died.",
  A(None, 'NERCVL', None, 'gunmen on motorcycles attacked the villages of Intazayene and Bakorat', 'Intazayene', '2021-03-16'),
  K('NERCVL', 58, 'The government put the toll at 58 civilians', 'Intazayene', '2021-03-16', cb='NERGOV'),
  K('NERCVL', '>=70', 'a local elected official said more than 70 had died', 'Intazayene', '2021-03-16', s=False, note='competing figure for the same dead'))

I('cmr-bamessing', 'note', '2023-01-03', '2023-01-02', 'Cameroon', 'attack', 'Bamessing', 'North-West', 'Ngo-Ketunjia', 1,
  "North-West region, Cameroon - 2 Jan 2023: separatist fighters ambushed a gendarmerie patrol at the entrance of Bamessing, killing a gendarme and wounding two of his colleagues, then set a school on fire.",
  A('CMRREB', 'CMRMIL', None, 'separatist fighters ambushed a gendarmerie patrol at the entrance of Bamessing', 'Bamessing', '2023-01-02'),
  K('CMRMIL', 1, 'killing a gendarme', 'Bamessing', '2023-01-02', a='CMRREB', note='gendarmes: MIL'),
  W('CMRMIL', 2, 'wounding two of his colleagues', 'Bamessing', '2023-01-02', a='CMRREB'))

I('cod-savo', 'note', '2022-02-03', '2022-02-01', 'DR Congo', 'attack', 'Savo', '', 'Djugu', 58,
  "Djugu territory: overnight on 1 February 2022, CODECO militiamen armed with machetes and guns attacked the Savo displacement site, killing 58 displaced people, among them 22 children, according to the UN refugee agency. Survivors fled to Bule.",
  A('CODREB', 'CODREF', None, 'CODECO militiamen armed with machetes and guns attacked the Savo displacement site', 'Savo', '2022-02-01'),
  K('CODREF', 58, 'killing 58 displaced people', 'Savo', '2022-02-01', a='CODREB', cb='IGOUNO', note='displacement-site residents: REF'),
  K('CODREF', 22, 'among them 22 children', 'Savo', '2022-02-01', a='CODREB', cb='IGOUNO', s=False, note='sub-count'),
  D('CODREF', None, 'Survivors fled to Bule', 'Savo', '2022-02-01'))

I('caf-koundjili', 'note', '2019-05-23', '2019-05-21', 'CAR', 'attack', 'Koundjili', 'Ouham-Pendé', 'Paoua', 26,
  "On 21 May 2019, 3R fighters called men of Koundjili and Djoumjoum to meetings, then opened fire on them. The UN mission counted 26 civilians killed in the two villages.",
  A('CAFREB', 'CAFCVL', None, 'then opened fire on them', 'Koundjili', '2019-05-21'),
  K('CAFCVL', 26, 'The UN mission counted 26 civilians killed in the two villages', 'Koundjili', '2019-05-21', a='CAFREB', cb='IGOUNO'))

I('ssd-luonyaker', 'note', '2023-12-09', '2023-12-08', 'South Sudan', 'attack', 'Luonyaker', 'Warrap', 'Gogrial East', 14,
  "Warrap State, 8 Dec 2023 - Armed youth from a neighbouring county raided cattle camps around Luonyaker before sunrise, killing 12 herders and driving away several thousand head of cattle. Two of the raiders were killed by the camp's defenders.",
  A('SSDREB', 'SSDCVL', None, 'Armed youth from a neighbouring county raided cattle camps around Luonyaker', 'Luonyaker', '2023-12-08'),
  K('SSDCVL', 12, 'killing 12 herders', 'Luonyaker', '2023-12-08', a='SSDREB'),
  K('SSDREB', 2, 'Two of the raiders were killed', 'Luonyaker', '2023-12-08', a='SSDCVL', note="attackers' own dead"))

I('sdn-fasher-market', 'note', '2024-06-28', '2024-06-27', 'Sudan', 'shelling_artillery_missile', 'El Fasher', 'North Darfur', 'El Fasher', 15,
  "El Fasher, North Darfur, 27/06/2024: RSF artillery shells fell on a crowded market in the south of the city around midday, killing 15 people and wounding 29, a local resistance committee said.",
  A('SDNREB', 'SDNCVL', None, 'RSF artillery shells fell on a crowded market', 'El Fasher', '2024-06-27'),
  K('SDNCVL', 15, 'killing 15 people', 'El Fasher', '2024-06-27', a='SDNREB'),
  W('SDNCVL', 29, 'wounding 29', 'El Fasher', '2024-06-27', a='SDNREB'))

I('eth-kiremu', 'note', '2022-11-04', '2022-11-02', 'Ethiopia', 'armed_clash', 'Kiremu', 'Oromia', 'East Wollega', 9,
  "On 2 November 2022, federal troops and OLA fighters fought through the night around Kiremu town, East Wollega. Residents said nine civilians were killed in the crossfire, and hundreds of families fled towards Gida Ayana.",
  A('ETHMIL', 'ETHREB', None, 'federal troops and OLA fighters fought through the night around Kiremu town', 'Kiremu', '2022-11-02'),
  A('ETHREB', 'ETHMIL', None, 'federal troops and OLA fighters fought through the night around Kiremu town', 'Kiremu', '2022-11-02', s=False, note='other side'),
  K('ETHCVL', 9, 'nine civilians were killed in the crossfire', 'Kiremu', '2022-11-02'),
  D('ETHCVL', None, 'hundreds of families fled towards Gida Ayana', 'Kiremu', '2022-11-02', note='families: no count of people'))

I('som-hamarweyne', 'note', '2021-06-28', 'Sun', 'Somalia', 'shelling_artillery_missile', 'Mogadishu', 'Banadir', 'Hamarweyne', 2,
  "Mogadishu (Hamarweyne): Mortar rounds fired by al-Shabaab landed near the presidential compound on Sunday evening. Police said a woman and a soldier were killed and six people were injured.",
  A('SOMREB', 'SOMCVL', None, 'Mortar rounds fired by al-Shabaab landed near the presidential compound', 'Mogadishu', 'Sun'),
  K('SOMCVL', 1, 'a woman', 'Mogadishu', 'Sun', a='SOMREB', cb='SOMMIL'),
  K('SOMMIL', 1, 'a soldier were killed', 'Mogadishu', 'Sun', a='SOMREB', cb='SOMMIL'),
  W('SOMCVL', 6, 'six people were injured', 'Mogadishu', 'Sun', a='SOMREB', cb='SOMMIL', note='mixed people: CVL'))

I('ken-lafey', 'note', '2022-06-25', '2022-06-24', 'Kenya', 'remote_explosive_ied', 'Lafey', 'Mandera', 'Lafey', 4,
  "Mandera county, 24 June 2022: an explosive device hit a police patrol vehicle on the road between Lafey and Mandera town, killing four police reservists. Al-Shabaab claimed the blast on one of its radio stations.",
  A('SOMREB', 'KENMIL', None, 'an explosive device hit a police patrol vehicle', 'Lafey', '2022-06-24', cb='SOMREB'),
  E('KENMIL', 'VEHICLE', None, 'an explosive device hit a police patrol vehicle', 'Lafey', '2022-06-24', a='SOMREB'),
  K('KENMIL', 4, 'killing four police reservists', 'Lafey', '2022-06-24', a='SOMREB', note='police reservists: MIL'))

I('moz-mucojo', 'note', '2022-10-24', '2022-10-22', 'Mozambique', 'attack', 'Mucojo', 'Cabo Delgado', 'Macomia', 3,
  "Cabo Delgado: insurgents linked to the Islamic State raided Mucojo, in Macomia district, on the night of 22 October 2022, killing three fishermen and burning about 40 houses. Most residents fled by boat along the coast.",
  A('MOZREB', 'MOZCVL', None, 'insurgents linked to the Islamic State raided Mucojo', 'Mucojo', '2022-10-22'),
  K('MOZCVL', 3, 'killing three fishermen', 'Mucojo', '2022-10-22', a='MOZREB'),
  D('MOZCVL', None, 'Most residents fled by boat along the coast', 'Mucojo', '2022-10-22'))

I('yem-taiz-boy', 'note', '2024-01-15', '2024-01-14', 'Yemen', 'shelling_artillery_missile', 'Taiz', 'Taiz', '', 1,
  "Taiz city, 14 January 2024: Houthi shelling hit a residential street in the east of the city, killing a child and wounding his two brothers, the government-run health office said.",
  A('YEMREB', 'YEMCVL', None, 'Houthi shelling hit a residential street', 'Taiz', '2024-01-14', cb='YEMGOV'),
  K('YEMCVL', 1, 'killing a child', 'Taiz', '2024-01-14', a='YEMREB', cb='YEMGOV'),
  W('YEMCVL', 2, 'wounding his two brothers', 'Taiz', '2024-01-14', a='YEMREB', cb='YEMGOV'))

I('irq-mutaibijah', 'note', '2021-05-03', '2021-05-02', 'Iraq', 'attack', 'Mutaibijah', 'Salahuddin', 'Samarra', 5,
  "Salahuddin, 2 May 2021 - IS militants attacked a Popular Mobilisation post near Mutaibijah, east of Samarra, after dark, killing four PMF fighters and wounding three. One of the attackers was killed.",
  A('IRQREB', 'IRQMIL', None, 'IS militants attacked a Popular Mobilisation post near Mutaibijah', 'Mutaibijah', '2021-05-02'),
  K('IRQMIL', 4, 'killing four PMF fighters', 'Mutaibijah', '2021-05-02', a='IRQREB', note='PMF: MIL'),
  W('IRQMIL', 3, 'wounding three', 'Mutaibijah', '2021-05-02', a='IRQREB'),
  K('IRQREB', 1, 'One of the attackers was killed', 'Mutaibijah', '2021-05-02'))

I('afg-mazar-minibus', 'note', '2022-04-29', 'Thu', 'Afghanistan', 'remote_explosive_ied', 'Mazar-i-Sharif', 'Balkh', 'Mazar-i-Sharif', 9,
  "Mazar-i-Sharif: a bomb hidden in a minibus exploded late on Thursday near a Shia mosque, killing 9 passengers and wounding 13, a Taliban police spokesman said. The Islamic State's local branch claimed it.",
  A('AFGREB', 'AFGCVL', None, 'a bomb hidden in a minibus exploded', 'Mazar-i-Sharif', 'Thu', cb='AFGREB'),
  K('AFGCVL', 9, 'killing 9 passengers', 'Mazar-i-Sharif', 'Thu', a='AFGREB', cb='AFGMIL'),
  W('AFGCVL', 13, 'wounding 13', 'Mazar-i-Sharif', 'Thu', a='AFGREB', cb='AFGMIL'))

I('pak-mir-ali', 'note', '2023-07-13', '2023-07-12', 'Pakistan', 'attack', 'Mir Ali', 'Khyber Pakhtunkhwa', 'North Waziristan', 7,
  "North Waziristan, 12 July 2023: militants attacked a security forces' checkpost near Mir Ali before dawn. ISPR said four soldiers were martyred and three terrorists were killed in the exchange of fire.",
  A('PAKREB', 'PAKMIL', None, "militants attacked a security forces' checkpost near Mir Ali", 'Mir Ali', '2023-07-12'),
  K('PAKMIL', 4, 'four soldiers were martyred', 'Mir Ali', '2023-07-12', a='PAKREB', cb='PAKMIL'),
  K('PAKREB', 3, 'three terrorists were killed', 'Mir Ali', '2023-07-12', a='PAKMIL', cb='PAKMIL'))

I('ind-tonto', 'note', '2023-01-12', '2023-01-11', 'India', 'remote_explosive_ied', 'Tonto', 'Jharkhand', 'West Singhbhum', 0,
  "West Singhbhum (Jharkhand), 11 January 2023: an IED planted by Maoists went off during a search operation in the forest near Tonto, wounding three CRPF personnel, who were flown to Ranchi.",
  A('INDREB', 'INDMIL', None, 'an IED planted by Maoists went off', 'Tonto', '2023-01-11'),
  W('INDMIL', 3, 'wounding three CRPF personnel', 'Tonto', '2023-01-11', a='INDREB'))

I('mmr-myin-thar', 'note', '2024-01-08', '2024-01-07', 'Myanmar', 'air_drone_strike', 'Myin Thar', 'Sagaing', 'Kale', 11,
  "Sagaing Region, 7 January 2024: military jets bombed Myin Thar village in Kale township during Sunday service, killing 11 villagers, including four children, and wounding 20, a local resistance group said.",
  A('MMRMIL', 'MMRCVL', None, 'military jets bombed Myin Thar village', 'Myin Thar', '2024-01-07'),
  K('MMRCVL', 11, 'killing 11 villagers', 'Myin Thar', '2024-01-07', a='MMRMIL'),
  K('MMRCVL', 4, 'including four children', 'Myin Thar', '2024-01-07', a='MMRMIL', s=False, note='sub-count'),
  W('MMRCVL', 20, 'wounding 20', 'Myin Thar', '2024-01-07', a='MMRMIL'))

I('phl-himamaylan', 'note', '2023-03-20', '2023-03-19', 'Philippines', 'armed_clash', 'Himamaylan', 'Western Visayas', 'Negros Occidental', 3,
  "Negros Occidental, 19 March 2023 - Army troops clashed with about 20 NPA rebels in a upland barangay of Himamaylan City for half an hour. A soldier and two rebels were killed, the army's 3rd Infantry Division said.",
  A('PHLMIL', 'PHLREB', None, 'Army troops clashed with about 20 NPA rebels', 'Himamaylan', '2023-03-19'),
  A('PHLREB', 'PHLMIL', None, 'Army troops clashed with about 20 NPA rebels', 'Himamaylan', '2023-03-19', s=False, note='other side'),
  K('PHLMIL', 1, 'A soldier', 'Himamaylan', '2023-03-19', a='PHLREB', cb='PHLMIL'),
  K('PHLREB', 2, 'two rebels were killed', 'Himamaylan', '2023-03-19', a='PHLMIL', cb='PHLMIL'))

I('col-puerto-jordan', 'note', '2024-09-18', '2024-09-17', 'Colombia', 'remote_explosive_ied', 'Puerto Jordán', 'Arauca', 'Arauquita', 3,
  "Arauca: on 17 September 2024 a truck loaded with explosives was driven into a military base in Puerto Jordán and blew up, killing three soldiers and wounding 22. The army blamed the ELN.",
  A('COLREB', 'COLMIL', None, 'a truck loaded with explosives was driven into a military base in Puerto Jordán and blew up', 'Puerto Jordán', '2024-09-17', cb='COLMIL'),
  K('COLMIL', 3, 'killing three soldiers', 'Puerto Jordán', '2024-09-17', a='COLREB'),
  W('COLMIL', 22, 'wounding 22', 'Puerto Jordán', '2024-09-17', a='COLREB'))

I('mex-tecpan', 'note', '2023-10-24', '2023-10-23', 'Mexico', 'attack', 'Tecpan de Galeana', 'Guerrero', 'Tecpan de Galeana', 11,
  "Guerrero, 23/10/2023: gunmen ambushed a convoy of municipal police on a dirt road outside Tecpan de Galeana, killing 11 officers, among them the town's police chief.",
  A(None, 'MEXMIL', None, 'gunmen ambushed a convoy of municipal police', 'Tecpan de Galeana', '2023-10-23'),
  K('MEXMIL', 11, 'killing 11 officers', 'Tecpan de Galeana', '2023-10-23', note='police: MIL'),
  K('MEXMIL', 1, "among them the town's police chief", 'Tecpan de Galeana', '2023-10-23', s=False, note='sub-count'))

I('hti-pont-sonde', 'note', '2024-10-05', '2024-10-03', 'Haiti', 'attack', 'Pont-Sondé', 'Artibonite', 'Saint-Marc', 62,
  "Artibonite, 3 October 2024 - Members of the Gran Grif gang attacked Pont-Sondé before dawn, shooting residents in their homes. The UN human rights office said at least 62 people were killed and 14 wounded; more than 5,000 residents fled to Saint-Marc.",
  A('HTIREB', 'HTICVL', None, 'Members of the Gran Grif gang attacked Pont-Sondé', 'Pont-Sondé', '2024-10-03'),
  K('HTICVL', '>=62', 'at least 62 people were killed', 'Pont-Sondé', '2024-10-03', a='HTIREB', cb='IGOUNO'),
  W('HTICVL', 14, '14 wounded', 'Pont-Sondé', '2024-10-03', a='HTIREB', cb='IGOUNO'),
  D('HTICVL', '>=5000', 'more than 5,000 residents fled to Saint-Marc', 'Pont-Sondé', '2024-10-03', cb='IGOUNO'))

I('ukr-kherson-stop', 'note', '2023-11-22', '2023-11-21', 'Ukraine', 'shelling_artillery_missile', 'Kherson', 'Kherson', 'Kherson', 2,
  "Kherson, 21 Nov 2023: Russian artillery shelled the Dniprovskyi district in the morning, killing a 67-year-old woman and a man waiting at a bus stop and wounding four people, the regional governor said.",
  A('RUSMIL', 'UKRCVL', None, 'Russian artillery shelled the Dniprovskyi district', 'Kherson', '2023-11-21', cb='UKRGOV'),
  K('UKRCVL', 2, 'killing a 67-year-old woman and a man waiting at a bus stop', 'Kherson', '2023-11-21', a='RUSMIL', cb='UKRGOV', note='one code: 1 + 1'),
  W('UKRCVL', 4, 'wounding four people', 'Kherson', '2023-11-21', a='RUSMIL', cb='UKRGOV'))

I('pse-nur-shams', 'note', '2024-04-20', '2024-04-19', 'Palestine', 'attack', 'Nur Shams', 'West Bank', 'Tulkarm', 6,
  "Tulkarm: Israeli forces raided the Nur Shams refugee camp before dawn on 19 April 2024, with bulldozers and drones. The Palestinian health ministry said six Palestinians were killed, among them a 15-year-old boy; an Israeli border police officer was lightly injured.",
  A('ISRMIL', 'PSEREF', None, 'Israeli forces raided the Nur Shams refugee camp', 'Nur Shams', '2024-04-19'),
  K('PSEREF', 6, 'six Palestinians were killed', 'Nur Shams', '2024-04-19', a='ISRMIL', cb='PSEGOV', note='camp residents: REF'),
  K('PSEREF', 1, 'among them a 15-year-old boy', 'Nur Shams', '2024-04-19', a='ISRMIL', cb='PSEGOV', s=False, note='sub-count'),
  W('ISRMIL', 1, 'an Israeli border police officer was lightly injured', 'Nur Shams', '2024-04-19', note='border police: MIL'))

I('lbn-zawtar', 'note', '2024-02-13', '2024-02-12', 'Lebanon', 'air_drone_strike', 'Nabatieh', 'Nabatieh', 'Nabatieh', 2,
  "South Lebanon, 12 Feb 2024: an Israeli drone struck a car on the road between Nabatieh and Zawtar, killing two Hezbollah members; a passer-by was wounded.",
  A('ISRMIL', 'LBNREB', None, 'an Israeli drone struck a car on the road between Nabatieh and Zawtar', 'Nabatieh', '2024-02-12'),
  K('LBNREB', 2, 'killing two Hezbollah members', 'Nabatieh', '2024-02-12', a='ISRMIL'),
  W('LBNCVL', 1, 'a passer-by was wounded', 'Nabatieh', '2024-02-12', a='ISRMIL'))

I('lby-zawiya', 'note', '2023-05-29', '2023-05-28', 'Libya', 'armed_clash', 'Zawiya', 'Zawiya', 'Zawiya', 5,
  "Zawiya, 28 May 2023 - Fighting between rival armed groups broke out in the centre of the coastal city in the evening and went on until morning. Five people were killed, including a child, and the Red Crescent evacuated 30 families from the area.",
  A('LBYREB', 'LBYREB', None, 'Fighting between rival armed groups broke out in the centre of the coastal city', 'Zawiya', '2023-05-28', note='both sides one code'),
  K('LBYCVL', 5, 'Five people were killed', 'Zawiya', '2023-05-28', note='mixed people: CVL'),
  K('LBYCVL', 1, 'including a child', 'Zawiya', '2023-05-28', s=False, note='sub-count'),
  D('LBYCVL', None, 'the Red Crescent evacuated 30 families from the area', 'Zawiya', '2023-05-28', note='families: no count of people'))

I('tha-rueso', 'note', '2024-03-10', '2024-03-09', 'Thailand', 'remote_explosive_ied', 'Rueso', 'Narathiwat', 'Rueso', 0,
  "Narathiwat, 9 March 2024: a roadside bomb hit a ranger patrol truck in Rueso district, wounding three rangers. Insurgents then fired on the patrol from a rubber plantation before escaping.",
  A(None, 'THAMIL', None, 'a roadside bomb hit a ranger patrol truck', 'Rueso', '2024-03-09'),
  E('THAMIL', 'VEHICLE', None, 'a roadside bomb hit a ranger patrol truck', 'Rueso', '2024-03-09'),
  W('THAMIL', 3, 'wounding three rangers', 'Rueso', '2024-03-09', note='rangers: MIL'),
  A('THAREB', 'THAMIL', None, 'Insurgents then fired on the patrol', 'Rueso', '2024-03-09', s=False, note='second act of the same attack'))

I('bgd-ukhiya-majhi', 'note', '2023-07-10', '2023-07-09', 'Bangladesh', 'attack', 'Ukhiya', 'Chittagong', "Cox's Bazar", 2,
  "Ukhiya, 9 July 2023: gunmen believed to be ARSA members shot dead a Rohingya block leader and a volunteer night guard inside one of the refugee camps shortly after midnight, camp police said.",
  K('MMRREF', 2, 'shot dead a Rohingya block leader and a volunteer night guard', 'Ukhiya', '2023-07-09', a='MMRREB', note='one code: 1 + 1; Rohingya refugees MMRREF'))

I('tcd-ngouboua', 'note', '2024-03-26', '2024-03-25', 'Chad', 'attack', 'Ngouboua', 'Lac', '', 20,
  "Lac province, Chad - overnight on 25 March 2024, Boko Haram fighters attacked Ngouboua, killing four soldiers and a civilian. The army said 15 attackers were killed as troops pushed them back towards the islands.",
  A('NGAREB', 'TCDMIL', None, 'Boko Haram fighters attacked Ngouboua', 'Ngouboua', '2024-03-25'),
  K('TCDMIL', 4, 'killing four soldiers', 'Ngouboua', '2024-03-25', a='NGAREB'),
  K('TCDCVL', 1, 'a civilian', 'Ngouboua', '2024-03-25', a='NGAREB'),
  K('NGAREB', 15, '15 attackers were killed', 'Ngouboua', '2024-03-25', a='TCDMIL', cb='TCDMIL'))

I('bdi-vugizo', 'note', '2023-12-23', '2023-12-22', 'Burundi', 'attack', 'Vugizo', 'Bujumbura Rural', 'Mutimbuzi', 19,
  "Bujumbura Rural, 22 December 2023: RED-Tabara rebels attacked the village of Vugizo near the Congolese border in the evening, killing 19 people, including 12 children and a police officer, the government said. The rebels said they had attacked a border post and killed nine soldiers.",
  A('BDIREB', 'BDICVL', None, 'RED-Tabara rebels attacked the village of Vugizo', 'Vugizo', '2023-12-22'),
  K('BDICVL', 19, 'killing 19 people', 'Vugizo', '2023-12-22', a='BDIREB', cb='BDIGOV', note='mixed total with partial breakdown: CVL'),
  K('BDICVL', 12, 'including 12 children', 'Vugizo', '2023-12-22', a='BDIREB', cb='BDIGOV', s=False, note='sub-count'),
  K('BDIMIL', 1, 'a police officer', 'Vugizo', '2023-12-22', a='BDIREB', cb='BDIGOV', s=False, note='sub-count of another code'),
  K('BDIMIL', 9, 'killed nine soldiers', 'Vugizo', '2023-12-22', a='BDIREB', cb='BDIREB', s=False, note="rebels' competing account"))

I('irn-rask', 'note', '2023-12-16', '2023-12-15', 'Iran', 'attack', 'Rask', 'Sistan and Baluchestan', 'Rask', 9,
  "Rask, 15 Dec 2023 - Jaish al-Adl militants attacked the police headquarters in the town overnight, killing nine police officers, state media reported. Several attackers were killed in the gunfight, according to the same reports.",
  A('IRNREB', 'IRNMIL', None, 'Jaish al-Adl militants attacked the police headquarters in the town', 'Rask', '2023-12-15'),
  K('IRNMIL', 9, 'killing nine police officers', 'Rask', '2023-12-15', a='IRNREB', cb='IRNGOV'),
  K('IRNREB', None, 'Several attackers were killed in the gunfight', 'Rask', '2023-12-15', a='IRNMIL', cb='IRNGOV'))

I('nga-sabon-birni', 'note', '2022-09-06', '2022-09-05', 'Nigeria', 'attack', 'Sabon Birni', 'Sokoto', 'Sabon Birni', 7,
  "Sokoto State, 5 September 2022: bandits on motorcycles attacked a vigilante checkpoint outside Sabon Birni, killing seven vigilantes, and abducted 18 villagers from a nearby settlement.",
  A(None, 'NGAMIL', None, 'bandits on motorcycles attacked a vigilante checkpoint outside Sabon Birni', 'Sabon Birni', '2022-09-05'),
  K('NGAMIL', 7, 'killing seven vigilantes', 'Sabon Birni', '2022-09-05', note='vigilantes: MIL'))

I('sen-ziguinchor', 'note', '2024-02-15', '2024-02-14', 'Senegal', 'protest_or_statement', 'Ziguinchor', 'Ziguinchor', 'Ziguinchor', 0,
  "Ziguinchor, 14 Feb 2024: a few hundred supporters of the opposition marched through the town centre against the postponement of the presidential vote. The march ended without incident.")

I('npl-kathekhola', 'note', '2024-07-03', '2024-07-02', 'Nepal', 'disaster', 'Kathekhola', 'Gandaki', 'Baglung', 0,
  "Baglung district, 2 July 2024: an overnight landslide buried two houses in Kathekhola rural municipality, killing seven people, three of them children, and injuring two. Some 40 families were moved to a school.",
  K('NPLCVL', 7, 'killing seven people', 'Kathekhola', '2024-07-02', cause='disaster'),
  K('NPLCVL', 3, 'three of them children', 'Kathekhola', '2024-07-02', cause='disaster', s=False, note='sub-count'),
  W('NPLCVL', 2, 'injuring two', 'Kathekhola', '2024-07-02', cause='disaster'),
  D('NPLCVL', None, 'Some 40 families were moved to a school', 'Kathekhola', '2024-07-02', note='families: no count of people'))

I('mwi-cholera', 'note', '2023-01-31', '2023-01-30', 'Malawi', 'disease', '', '', '', 0,
  "Malawi health ministry update, 30 January 2023: the cholera outbreak that began in March last year has now killed 1,154 people, with 34 new deaths in the past 24 hours; schools in the two main cities stay closed.",
  K('MWICVL', 1154, 'has now killed 1,154 people', None, '2023-01-30', cb='MWIGOV', cum=True, cause='disease'),
  K('MWICVL', 34, '34 new deaths in the past 24 hours', None, '2023-01-30', cb='MWIGOV', cum=True, cause='disease'))

I('gtm-fuego', 'note', '2018-06-05', 'Sun', 'Guatemala', 'disaster', 'San Miguel Los Lotes', 'Escuintla', 'Escuintla', 0,
  "Escuintla, 5 June 2018: the toll from Sunday's eruption of the Fuego volcano rose to 72, the disaster agency said, most of them in San Miguel Los Lotes, buried by pyroclastic flows. More than 3,000 people have been evacuated.",
  K('GTMCVL', 72, "the toll from Sunday's eruption of the Fuego volcano rose to 72", 'San Miguel Los Lotes', 'Sun', cb='GTMGOV', cause='disaster', note='updated toll of one eruption: not cumulative, dated to the eruption'),
  D('GTMCVL', '>=3000', 'More than 3,000 people have been evacuated', 'San Miguel Los Lotes', '2018-06-05', cb='GTMGOV', cum=True, note='evacuations since the eruption'))

I('bol-potosi-bus', 'note', '2024-03-08', '2024-03-07', 'Bolivia', 'accident', 'Potosí', 'Potosí', '', 0,
  "Bolivia: on 7 March 2024 a passenger bus left the road between Potosí and Oruro and rolled into a ravine, killing 14 people and injuring 20, police said.",
  K('BOLCVL', 14, 'killing 14 people', 'Potosí', '2024-03-07', cb='BOLMIL', cause='accident'),
  W('BOLCVL', 20, 'injuring 20', 'Potosí', '2024-03-07', cb='BOLMIL', cause='accident'))

I('kaz-shakhtinsk', 'note', '2023-10-29', '2023-10-28', 'Kazakhstan', 'accident', 'Shakhtinsk', 'Karaganda', 'Shakhtinsk', 0,
  "Karaganda region, 28 October 2023 - A fire in a coal mine near Shakhtinsk killed at least 32 miners; 18 were still missing by the evening, the emergencies ministry said.",
  K('KAZCVL', '>=32', 'killed at least 32 miners', 'Shakhtinsk', '2023-10-28', cb='KAZGOV', cause='accident'))
