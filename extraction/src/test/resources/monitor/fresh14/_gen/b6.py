# b6: 36 wire/RSS snippets (4 Syria, 26 other conflicts, 5 non-conflict, 1 with no event)
from lib import *

I('w-syr-damascus-strikes', 'wire', '2019-01-21', 'Mon', 'Syria', 'air_drone_strike', '', 'Rif Dimashq', '', 11,
  "Israeli jets hit Iranian targets around Damascus, monitor says 11 killed - Israeli warplanes struck Iranian and Syrian army positions around Damascus overnight, killing nine Iranian and allied fighters and two Syrian soldiers, a war monitor said on Monday, after Israel's military said it had targeted the Quds Force and",
  A('ISRMIL', 'IRNMIL', None, 'Israeli warplanes struck Iranian and Syrian army positions around Damascus overnight', 'Damascus', 'Mon', cb='ISRMIL'),
  K('IRNMIL', 9, 'killing nine Iranian and allied fighters', 'Damascus', 'Mon', a='ISRMIL', note='Iranian and allied fighters: IRNMIL'),
  K('SYRMIL', 2, 'two Syrian soldiers', 'Damascus', 'Mon', a='ISRMIL'),
  K('IRNMIL', 11, 'monitor says 11 killed', 'Damascus', 'Mon', s=False, note='headline restatement (9 + 2)'))

I('w-syr-idlib-turkish', 'wire', '2020-03-03', 'Tue', 'Syria', 'air_drone_strike', 'Idlib', 'Idlib', '', 2,
  "Two Turkish soldiers killed in Idlib air strike, ministry says - Two Turkish soldiers were killed and another was wounded in an air strike by Syrian government forces in Idlib on Tuesday, Turkey's defence ministry said, adding that Turkish forces had immediately retaliated against",
  A('SYRMIL', 'TURMIL', None, 'an air strike by Syrian government forces in Idlib on Tuesday', 'Idlib', 'Tue', cb='TURGOV'),
  K('TURMIL', 2, 'Two Turkish soldiers were killed', 'Idlib', 'Tue', a='SYRMIL', cb='TURGOV'),
  K('TURMIL', 2, 'Two Turkish soldiers killed in Idlib air strike', 'Idlib', 'Tue', a='SYRMIL', s=False, note='headline restatement'),
  W('TURMIL', 1, 'another was wounded', 'Idlib', 'Tue', a='SYRMIL', cb='TURGOV'),
  A('TURMIL', 'SYRMIL', None, 'Turkish forces had immediately retaliated against', 'Idlib', 'Tue', cb='TURGOV', s=False, note='response, cut'))

I('w-syr-maarrat-misrin', 'wire', '2019-07-08', 'Sun', 'Syria', 'air_drone_strike', 'Maarrat Misrin', 'Idlib', 'Idlib', 10,
  "Air strikes on Idlib market town kill 10, rescuers say - Air strikes believed to be Russian hit the main market of Maarrat Misrin, north of Idlib city, on Sunday, killing 10 people including three children, the civil defence said, as government forces kept up their bombardment of",
  A('RUSMIL', 'SYRCVL', None, 'Air strikes believed to be Russian hit the main market of Maarrat Misrin', 'Maarrat Misrin', 'Sun', note='suspected Russian: RUSMIL'),
  K('SYRCVL', 10, 'killing 10 people', 'Maarrat Misrin', 'Sun', a='RUSMIL'),
  K('SYRCVL', 10, 'Air strikes on Idlib market town kill 10', 'Maarrat Misrin', 'Sun', a='RUSMIL', s=False, note='headline restatement'),
  K('SYRCVL', 3, 'including three children', 'Maarrat Misrin', 'Sun', a='RUSMIL', s=False, note='sub-count'))

I('w-syr-shola', 'wire', '2020-08-20', 'Wed', 'Syria', 'attack', 'al-Shola', 'Deir ez-Zor', 'Deir ez-Zor', 8,
  "Islamic State attack kills eight pro-government fighters in Syrian desert - Islamic State militants attacked positions of pro-government militiamen in the desert near al-Shola, south of Deir ez-Zor, late on Wednesday, killing eight of them and wounding",
  A('SYRREB', 'SYRMIL', None, 'Islamic State militants attacked positions of pro-government militiamen in the desert near al-Shola', 'al-Shola', 'Wed'),
  K('SYRMIL', 8, 'killing eight of them', 'al-Shola', 'Wed', a='SYRREB', note='pro-government militia: SYRMIL'),
  K('SYRMIL', 8, 'Islamic State attack kills eight pro-government fighters', 'al-Shola', 'Wed', a='SYRREB', s=False, note='headline restatement'))

I('w-ukr-odesa', 'wire', '2024-03-14', 'Thu', 'Ukraine', 'air_drone_strike', 'Odesa', 'Odesa', 'Odesa', 2,
  "Russian drones hit Odesa port area, two killed - Russian drones struck port infrastructure in Odesa overnight, killing two people and wounding three, the regional governor said on Thursday, adding that air defences had downed 17 of the 20 drones launched at",
  A('RUSMIL', 'UKRCVL', None, 'Russian drones struck port infrastructure in Odesa overnight', 'Odesa', 'Thu', cb='UKRGOV'),
  K('UKRCVL', 2, 'killing two people', 'Odesa', 'Thu', a='RUSMIL', cb='UKRGOV'),
  K('UKRCVL', 2, 'two killed', 'Odesa', 'Thu', a='RUSMIL', s=False, note='headline restatement'),
  W('UKRCVL', 3, 'wounding three', 'Odesa', 'Thu', a='RUSMIL', cb='UKRGOV'))

I('w-rus-tetkino', 'wire', '2023-09-10', 'Sat', 'Russia', 'shelling_artillery_missile', 'Tetkino', 'Kursk', 'Glushkovo', 1,
  "Shelling kills woman in Russia's Kursk region, governor says - A woman was killed and her husband wounded when Ukrainian shells hit their house in the village of Tetkino in Russia's Kursk region on Saturday, the regional governor said, the latest in a series of cross-border",
  A('UKRMIL', 'RUSCVL', None, 'Ukrainian shells hit their house in the village of Tetkino', 'Tetkino', 'Sat', cb='RUSGOV'),
  K('RUSCVL', 1, 'A woman was killed', 'Tetkino', 'Sat', a='UKRMIL', cb='RUSGOV'),
  K('RUSCVL', 1, 'Shelling kills woman', 'Tetkino', 'Sat', a='UKRMIL', s=False, note='headline restatement'),
  W('RUSCVL', 1, 'her husband wounded', 'Tetkino', 'Sat', a='UKRMIL', cb='RUSGOV'))

I('w-pse-rafah-tents', 'wire', '2024-04-17', 'Tue', 'Palestine', 'air_drone_strike', 'Rafah', 'Gaza Strip', 'Rafah', 9,
  "Israeli strike on tents west of Rafah kills nine, medics say - An Israeli air strike hit tents sheltering displaced families west of Rafah late on Tuesday, killing nine people, among them four children, Palestinian medics said, while the Israeli military said it was checking the",
  A('ISRMIL', 'PSEREF', None, 'An Israeli air strike hit tents sheltering displaced families west of Rafah', 'Rafah', 'Tue'),
  K('PSEREF', 9, 'killing nine people', 'Rafah', 'Tue', a='ISRMIL', note='displaced families: REF'),
  K('PSEREF', 9, 'Israeli strike on tents west of Rafah kills nine', 'Rafah', 'Tue', a='ISRMIL', s=False, note='headline restatement'),
  K('PSEREF', 4, 'among them four children', 'Rafah', 'Tue', a='ISRMIL', s=False, note='sub-count'))

I('w-irq-erbil-drone', 'wire', '2021-04-15', 'Wed', 'Iraq', 'air_drone_strike', 'Erbil', 'Erbil', 'Erbil', 0,
  "Drone attack on Erbil airport base injures contractor - An explosives-laden drone struck the coalition base at Erbil airport late on Wednesday, lightly injuring a US contractor and damaging a hangar, the Kurdistan region's counter-terrorism service said, in the second such attack on",
  A(None, 'USAMIL', None, 'An explosives-laden drone struck the coalition base at Erbil airport', 'Erbil', 'Wed', cb='IRQMIL', note='unclaimed'),
  W('USACVL', 1, 'lightly injuring a US contractor', 'Erbil', 'Wed', cb='IRQMIL'))

I('w-yem-marib-camp', 'wire', '2022-02-14', 'Sun', 'Yemen', 'air_drone_strike', 'Marib', 'Marib', '', 3,
  "Houthi drone hits Marib camp, three displaced killed - A Houthi drone struck a camp for displaced people in Yemen's Marib province on Sunday, killing three civilians, among them a woman, and wounding",
  A('YEMREB', 'YEMREF', None, "A Houthi drone struck a camp for displaced people in Yemen's Marib province", 'Marib', 'Sun'),
  K('YEMREF', 3, 'killing three civilians', 'Marib', 'Sun', a='YEMREB', note='camp residents: REF'),
  K('YEMREF', 3, 'three displaced killed', 'Marib', 'Sun', a='YEMREB', s=False, note='headline restatement'),
  K('YEMREF', 1, 'among them a woman', 'Marib', 'Sun', a='YEMREB', s=False, note='sub-count'))

I('w-pak-polio-guard', 'wire', '2023-10-18', 'Tue', 'Pakistan', 'attack', 'Dera Ismail Khan', 'Khyber Pakhtunkhwa', 'Dera Ismail Khan', 1,
  "Gunmen kill policeman guarding polio team in Pakistan - Gunmen on a motorcycle shot dead a policeman escorting polio vaccinators in Dera Ismail Khan district on Tuesday, police said, the third attack on vaccination teams in the province this month, forcing officials to…",
  K('PAKMIL', 1, 'shot dead a policeman escorting polio vaccinators', 'Dera Ismail Khan', 'Tue', cb='PAKMIL'),
  K('PAKMIL', 1, 'Gunmen kill policeman', 'Dera Ismail Khan', 'Tue', s=False, note='headline restatement'))

I('w-ind-tinsukia', 'wire', '2024-11-22', 'Thu', 'India', 'remote_explosive_ied', 'Tinsukia', 'Assam', 'Tinsukia', 0,
  "Grenade attack on army camp in Assam wounds three soldiers - Suspected rebels of the banned ULFA-I hurled grenades at an army camp in Assam's Tinsukia district late on Thursday, wounding three soldiers, police said, hours before the group claimed the attack in an emailed",
  A('INDREB', 'INDMIL', None, 'Suspected rebels of the banned ULFA-I hurled grenades at an army camp', 'Tinsukia', 'Thu', cb='INDREB'),
  W('INDMIL', 3, 'wounding three soldiers', 'Tinsukia', 'Thu', a='INDREB', cb='INDMIL'))

I('w-mmr-paletwa', 'wire', '2024-01-15', 'Mon', 'Myanmar', 'nonstate_takes_territory', 'Paletwa', 'Chin', 'Paletwa', 0,
  "Arakan Army says it has taken Paletwa town - The Arakan Army said on Monday its fighters had taken full control of Paletwa, a town in southern Chin State on the Kaladan river, after capturing the last military outpost in the area, where",
  C('MMRREB', 'its fighters had taken full control of Paletwa', 'Paletwa', 'Mon', cb='MMRREB'),
  C('MMRREB', 'Arakan Army says it has taken Paletwa town', 'Paletwa', 'Mon', s=False, note='headline restatement'),
  C('MMRREB', 'after capturing the last military outpost in the area', 'Paletwa', 'Mon', s=False, note='an outpost, not a named place'))

I('w-nga-mafa', 'wire', '2023-08-20', 'Sat', 'Nigeria', 'attack', 'Mafa', 'Borno', 'Mafa', 12,
  "Suspected jihadists kill 12 farmers in northeast Nigeria - Suspected ISWAP fighters killed 12 farmers working in their fields near Mafa in Borno State on Saturday, a militia leader said, the second such attack on farmers in the area in",
  K('NGACVL', 12, 'Suspected ISWAP fighters killed 12 farmers', 'Mafa', 'Sat', a='NGAREB'),
  K('NGACVL', 12, 'Suspected jihadists kill 12 farmers', 'Mafa', 'Sat', a='NGAREB', s=False, note='headline restatement'))

I('w-bfa-djibo-strikes', 'wire', '2023-05-17', 'Wed', 'Burkina Faso', 'air_drone_strike', 'Djibo', 'Sahel', 'Soum', 0,
  "Burkina army says dozens of militants killed in air strikes - Burkina Faso's army said on Wednesday that air strikes near Djibo had killed dozens of militants who were preparing an attack on",
  A('BFAMIL', 'BFAREB', None, 'air strikes near Djibo', 'Djibo', '2023-05-17', cb='BFAMIL', note='no day but the statement day'),
  K('BFAREB', None, 'air strikes near Djibo had killed dozens of militants', 'Djibo', '2023-05-17', a='BFAMIL', cb='BFAMIL', note='vague claim, statement day'),
  K('BFAREB', None, 'dozens of militants killed in air strikes', 'Djibo', '2023-05-17', a='BFAMIL', s=False, note='headline restatement'))

I('w-mli-kati', 'wire', '2022-07-22', 'Fri', 'Mali', 'attack', 'Kati', 'Koulikoro', 'Kati', 8,
  "Mali army says it repelled attack on main base near Bamako - Mali's army said on Friday it had repelled an attack by jihadists on its main base at Kati, outside the capital, in which one soldier was killed and six wounded, and that seven attackers were killed and",
  A('MLIREB', 'MLIMIL', None, 'an attack by jihadists on its main base at Kati', 'Kati', 'Fri', cb='MLIMIL'),
  K('MLIMIL', 1, 'one soldier was killed', 'Kati', 'Fri', a='MLIREB', cb='MLIMIL'),
  W('MLIMIL', 6, 'six wounded', 'Kati', 'Fri', a='MLIREB', cb='MLIMIL'),
  K('MLIREB', 7, 'seven attackers were killed', 'Kati', 'Fri', a='MLIMIL', cb='MLIMIL'))

I('w-ner-torodi', 'wire', '2021-11-02', 'Tue', 'Niger', 'attack', 'Torodi', 'Tillabéri', 'Torodi', 12,
  "Niger says 12 soldiers killed in ambush near Burkina border - Twelve soldiers were killed and four wounded on Tuesday when suspected jihadists ambushed an army patrol near Torodi, in the south-west, the defence ministry said in a statement read on state",
  A('NERREB', 'NERMIL', None, 'suspected jihadists ambushed an army patrol near Torodi', 'Torodi', 'Tue', cb='NERGOV'),
  K('NERMIL', 12, 'Twelve soldiers were killed', 'Torodi', 'Tue', a='NERREB', cb='NERGOV'),
  K('NERMIL', 12, '12 soldiers killed in ambush', 'Torodi', 'Tue', a='NERREB', s=False, note='headline restatement'),
  W('NERMIL', 4, 'four wounded', 'Torodi', 'Tue', a='NERREB', cb='NERGOV'))

I('w-som-jilib', 'wire', '2022-10-24', 'Sun', 'Somalia', 'air_drone_strike', 'Jilib', 'Middle Juba', 'Jilib', 5,
  "US strike kills five al Shabaab fighters near Jilib - US Africa Command said an air strike it carried out in coordination with the Somali government near Jilib on Sunday killed five al Shabaab militants and that no civilians were",
  A('USAMIL', 'SOMREB', None, 'an air strike it carried out in coordination with the Somali government near Jilib', 'Jilib', 'Sun', cb='USAMIL'),
  K('SOMREB', 5, 'killed five al Shabaab militants', 'Jilib', 'Sun', a='USAMIL', cb='USAMIL'),
  K('SOMREB', 5, 'US strike kills five al Shabaab fighters', 'Jilib', 'Sun', a='USAMIL', s=False, note='headline restatement'))

I('w-cod-mayi-moya', 'wire', '2023-06-09', 'Fri', 'DR Congo', 'attack', 'Mayi-Moya', 'North Kivu', 'Beni', 18,
  "Suspected ADF rebels kill 18 in east Congo village - Suspected ADF rebels killed 18 villagers in an overnight raid on Mayi-Moya, in Beni territory, local civil society leaders said on Friday, the latest in a wave of attacks that has",
  A('CODREB', 'CODCVL', None, 'an overnight raid on Mayi-Moya', 'Mayi-Moya', 'Fri'),
  K('CODCVL', 18, 'Suspected ADF rebels killed 18 villagers', 'Mayi-Moya', 'Fri', a='CODREB', note='overnight, told on Friday'),
  K('CODCVL', 18, 'Suspected ADF rebels kill 18', 'Mayi-Moya', 'Fri', a='CODREB', s=False, note='headline restatement'))

I('w-sdn-port-sudan', 'wire', '2025-05-06', 'Tue', 'Sudan', 'air_drone_strike', 'Port Sudan', 'Red Sea', 'Port Sudan', 0,
  "Drones hit Port Sudan fuel depot for third day - Drones launched by the RSF struck the main fuel depot and a military air base in Port Sudan on Tuesday, the army said, sending flames high over the city on the third day of drone attacks on the",
  A('SDNREB', 'SDNMIL', None, 'Drones launched by the RSF struck the main fuel depot and a military air base in Port Sudan', 'Port Sudan', 'Tue', cb='SDNMIL'),
  E('SDNGOV', 'DEPOT', None, 'struck the main fuel depot', 'Port Sudan', 'Tue', a='SDNREB', s=False, note='civilian fuel depot'))

I('w-col-argelia', 'wire', '2024-04-11', 'Thu', 'Colombia', 'air_drone_strike', 'Argelia', 'Cauca', 'Argelia', 4,
  "FARC dissidents kill four soldiers in Colombia drone attack - Four soldiers were killed on Thursday when FARC dissidents dropped explosives from drones on a military post in Argelia, Cauca, the army said, in an attack that",
  A('COLREB', 'COLMIL', None, 'FARC dissidents dropped explosives from drones on a military post in Argelia', 'Argelia', 'Thu', cb='COLMIL'),
  K('COLMIL', 4, 'Four soldiers were killed on Thursday', 'Argelia', 'Thu', a='COLREB', cb='COLMIL'),
  K('COLMIL', 4, 'FARC dissidents kill four soldiers', 'Argelia', 'Thu', a='COLREB', s=False, note='headline restatement'))

I('w-mex-celaya-bar', 'wire', '2022-05-15', 'Sat', 'Mexico', 'attack', 'Celaya', 'Guanajuato', 'Celaya', 8,
  "Gunmen open fire at bar in central Mexico, killing eight - Gunmen burst into a bar in Celaya, in the central state of Guanajuato, late on Saturday and opened fire on customers, killing eight people, six of them women, and wounding",
  A(None, 'MEXCVL', None, 'opened fire on customers', 'Celaya', 'Sat'),
  K('MEXCVL', 8, 'killing eight people', 'Celaya', 'Sat'),
  K('MEXCVL', 8, 'killing eight', 'Celaya', 'Sat', s=False, note='headline restatement'),
  K('MEXCVL', 6, 'six of them women', 'Celaya', 'Sat', s=False, note='sub-count'))

I('w-hti-mirebalais', 'wire', '2025-03-31', 'Mon', 'Haiti', 'attack', 'Mirebalais', 'Centre', 'Mirebalais', 0,
  "Gangs attack Haitian town of Mirebalais, free hundreds of inmates - Gang members attacked the central town of Mirebalais on Monday, freeing more than 500 inmates from its prison and setting fire to the police station, local officials said; at least three police officers were",
  A('HTIREB', 'HTIMIL', None, 'Gang members attacked the central town of Mirebalais on Monday', 'Mirebalais', 'Mon'),
  K('HTIMIL', '>=3', 'at least three police officers were', 'Mirebalais', 'Mon', a='HTIREB', s=False, note='cut figure: killed or wounded not stated'))

I('w-sau-bahraini', 'wire', '2023-09-26', 'Mon', 'Saudi Arabia', 'air_drone_strike', '', '', '', 2,
  "Houthi drone attack kills two Bahraini soldiers on Saudi border - Two Bahraini soldiers of the Saudi-led coalition were killed and several wounded in a Houthi drone attack on their position in southern Saudi Arabia on Monday, Bahrain's military said, in an attack that threatened",
  A('YEMREB', 'BHRMIL', None, 'a Houthi drone attack on their position in southern Saudi Arabia', None, 'Mon', cb='BHRMIL'),
  K('BHRMIL', 2, 'Two Bahraini soldiers of the Saudi-led coalition were killed', None, 'Mon', a='YEMREB', cb='BHRMIL'),
  K('BHRMIL', 2, 'Houthi drone attack kills two Bahraini soldiers', None, 'Mon', a='YEMREB', s=False, note='headline restatement'),
  W('BHRMIL', None, 'several wounded', None, 'Mon', a='YEMREB', cb='BHRMIL'))

I('w-rwa-rubavu', 'wire', '2022-06-17', 'Fri', 'Rwanda', 'armed_clash', 'Rubavu', 'Western', 'Rubavu', 1,
  "Rwandan police shoot dead Congolese soldier at border - Rwandan police shot dead a Congolese soldier who crossed the border at Rubavu on Friday and opened fire on security forces, wounding two police officers, Rwanda's army said, the latest incident amid",
  K('CODMIL', 1, 'Rwandan police shot dead a Congolese soldier', 'Rubavu', 'Fri', a='RWAMIL', cb='RWAMIL'),
  K('CODMIL', 1, 'Rwandan police shoot dead Congolese soldier', 'Rubavu', 'Fri', a='RWAMIL', s=False, note='headline restatement'),
  A('CODMIL', 'RWAMIL', None, 'opened fire on security forces', 'Rubavu', 'Fri', cb='RWAMIL'),
  W('RWAMIL', 2, 'wounding two police officers', 'Rubavu', 'Fri', a='CODMIL', cb='RWAMIL', note='police: MIL'))

I('w-ben-materi', 'wire', '2022-02-09', 'Tue', 'Benin', 'attack', 'Matéri', 'Atacora', 'Matéri', 2,
  "Gunmen kill two soldiers in northern Benin - Two soldiers were killed when gunmen attacked an army post near Matéri, close to the border with Burkina Faso, on Tuesday night, a security source said, the third attack on the army in the region",
  A(None, 'BENMIL', None, 'gunmen attacked an army post near Matéri', 'Matéri', 'Tue'),
  K('BENMIL', 2, 'Two soldiers were killed', 'Matéri', 'Tue'),
  K('BENMIL', 2, 'Gunmen kill two soldiers', 'Matéri', 'Tue', s=False, note='headline restatement'))

I('w-uga-kotido', 'wire', '2023-03-09', 'Thu', 'Uganda', 'attack', 'Kotido', 'Karamoja', 'Kotido', 3,
  "Cattle raiders kill two police officers and herder in Uganda's Karamoja - Armed cattle raiders shot dead two police officers and a herder in Kotido district on Thursday, police said, and drove off more than 300 head of",
  K('UGAMIL', 2, 'shot dead two police officers', 'Kotido', 'Thu', a='UGAREB', cb='UGAMIL', note='cattle raiders: REB'),
  K('UGACVL', 1, 'a herder', 'Kotido', 'Thu', a='UGAREB', cb='UGAMIL'))

I('w-ecu-manta', 'wire', '2023-04-16', 'Sun', 'Ecuador', 'attack', 'Manta', 'Manabí', 'Manta', 2,
  "Gunmen kill mayor of Ecuador port city - Gunmen shot dead the mayor of the port city of Manta on Sunday as he inspected public works, the interior ministry said; a woman standing nearby was also killed and a",
  K('ECUGOV', 1, 'Gunmen shot dead the mayor of the port city of Manta', 'Manta', 'Sun', cb='ECUGOV', note='a mayor: GOV'),
  K('ECUGOV', 1, 'Gunmen kill mayor', 'Manta', 'Sun', s=False, note='headline restatement'),
  K('ECUCVL', 1, 'a woman standing nearby was also killed', 'Manta', 'Sun', cb='ECUGOV'))

I('w-egy-minya-bus', 'wire', '2018-11-02', 'Fri', 'Egypt', 'attack', 'Minya', 'Minya', '', 6,
  "Gunmen attack bus of Coptic pilgrims in Egypt, six killed - Gunmen opened fire on a bus carrying Coptic Christian pilgrims to a monastery in Minya province on Friday, killing six people and wounding 14, the health ministry said, in the second attack on the same",
  A(None, 'EGYCVL', None, 'Gunmen opened fire on a bus carrying Coptic Christian pilgrims', 'Minya', 'Fri'),
  K('EGYCVL', 6, 'killing six people', 'Minya', 'Fri', cb='EGYGOV'),
  K('EGYCVL', 6, 'six killed', 'Minya', 'Fri', s=False, note='headline restatement'),
  W('EGYCVL', 14, 'wounding 14', 'Minya', 'Fri', cb='EGYGOV'))

I('w-idn-surabaya', 'wire', '2018-05-13', 'Sun', 'Indonesia', 'remote_explosive_ied', 'Surabaya', 'East Java', 'Surabaya', 11,
  "Suicide bombers hit three Indonesian churches, at least 11 dead - Suicide bombers attacked three churches in Surabaya on Sunday morning, killing at least 11 people and wounding 41, police said, in attacks carried out by members of one family, including",
  A(None, 'IDNCVL', 3, 'Suicide bombers attacked three churches in Surabaya', 'Surabaya', 'Sun'),
  K('IDNCVL', '>=11', 'killing at least 11 people', 'Surabaya', 'Sun', cb='IDNMIL'),
  K('IDNCVL', '>=11', 'at least 11 dead', 'Surabaya', 'Sun', s=False, note='headline restatement'),
  W('IDNCVL', 41, 'wounding 41', 'Surabaya', 'Sun', cb='IDNMIL'))

I('w-ven-kumarakapay', 'wire', '2019-02-22', 'Fri', 'Venezuela', 'other_violence', 'Kumarakapay', 'Bolívar', 'Gran Sabana', 2,
  "Venezuelan soldiers kill two in indigenous village near Brazil border - Venezuelan soldiers opened fire on members of the Pemon indigenous community in Kumarakapay on Friday, killing two people and wounding 12, a community leader said, as tensions rose before",
  A('VENMIL', 'VENCVL', None, 'Venezuelan soldiers opened fire on members of the Pemon indigenous community in Kumarakapay', 'Kumarakapay', 'Fri'),
  K('VENCVL', 2, 'killing two people', 'Kumarakapay', 'Fri', a='VENMIL'),
  K('VENCVL', 2, 'Venezuelan soldiers kill two', 'Kumarakapay', 'Fri', a='VENMIL', s=False, note='headline restatement'),
  W('VENCVL', 12, 'wounding 12', 'Kumarakapay', 'Fri', a='VENMIL'))

I('w-bra-rs-floods', 'wire', '2024-05-05', 'Sun', 'Brazil', 'disaster', '', 'Rio Grande do Sul', '', 0,
  "Floods in southern Brazil kill at least 75 - Floods and landslides after days of heavy rain have killed at least 75 people in Brazil's Rio Grande do Sul state since Monday, the civil defence said on Sunday, with 103 missing and more than 88,000 forced from their homes as",
  K('BRACVL', '>=75', 'have killed at least 75 people', 'Rio Grande do Sul', '2024-05-05', cum=True, cause='disaster', note='since Monday'),
  K('BRACVL', '>=75', 'Floods in southern Brazil kill at least 75', 'Rio Grande do Sul', '2024-05-05', cum=True, cause='disaster', s=False, note='headline restatement'),
  D('BRACVL', '>=88000', 'more than 88,000 forced from their homes', 'Rio Grande do Sul', '2024-05-05', cum=True))

I('w-ind-hathras', 'wire', '2024-07-02', 'Tue', 'India', 'accident', '', 'Uttar Pradesh', 'Hathras', 0,
  "Stampede at Indian religious gathering kills at least 116 - At least 116 people, most of them women, were crushed to death in a stampede at a Hindu religious gathering in Hathras district of Uttar Pradesh on Tuesday, officials said, as thousands rushed",
  K('INDCVL', '>=116', 'At least 116 people, most of them women, were crushed to death', 'Hathras', 'Tue', cb='INDGOV', cause='accident'),
  K('INDCVL', '>=116', 'Stampede at Indian religious gathering kills at least 116', 'Hathras', 'Tue', cause='accident', s=False, note='headline restatement'))

I('w-irq-qaraqosh', 'wire', '2023-09-27', 'Tue', 'Iraq', 'accident', 'Qaraqosh', 'Nineveh', 'al-Hamdaniya', 0,
  "Fire at wedding hall in northern Iraq kills more than 100 - A fire tore through a packed wedding hall in the town of Qaraqosh late on Tuesday, killing more than 100 people and injuring at least 150, health officials said, after fireworks set",
  K('IRQCVL', '>=100', 'killing more than 100 people', 'Qaraqosh', 'Tue', cb='IRQGOV', cause='accident'),
  K('IRQCVL', '>=100', 'Fire at wedding hall in northern Iraq kills more than 100', 'Qaraqosh', 'Tue', cause='accident', s=False, note='headline restatement'),
  W('IRQCVL', '>=150', 'injuring at least 150', 'Qaraqosh', 'Tue', cb='IRQGOV', cause='accident'))

I('w-cod-mpox', 'wire', '2024-08-08', 'Thu', 'DR Congo', 'disease', '', '', '', 0,
  "Mpox deaths in Congo pass 570 this year - Congo has recorded 575 suspected mpox deaths and more than 16,000 suspected cases since January, the health minister said on Thursday, as the World Health Organization weighed declaring…",
  K('CODCVL', 575, 'Congo has recorded 575 suspected mpox deaths', None, 'Thu', cb='CODGOV', cum=True, cause='disease', note='since January'),
  K('CODCVL', '>=570', 'Mpox deaths in Congo pass 570 this year', None, 'Thu', cum=True, cause='disease', s=False, note='headline restatement'))

I('w-eth-gofa', 'wire', '2024-07-24', 'Mon', 'Ethiopia', 'disaster', 'Gofa', 'South Ethiopia', 'Gofa', 0,
  "Landslides toll in southern Ethiopia rises to 229 - The death toll from two landslides that hit the Gofa zone of southern Ethiopia on Monday rose to 229 on Wednesday, local officials said, as rescuers digging with bare hands searched for…",
  K('ETHCVL', 229, 'rose to 229 on Wednesday', 'Gofa', 'Mon', cb='ETHGOV', cause='disaster', note='updated toll: dated to the landslides'),
  K('ETHCVL', 229, 'Landslides toll in southern Ethiopia rises to 229', 'Gofa', 'Mon', cause='disaster', s=False, note='headline restatement'))

I('w-srb-belgrade', 'wire', '2025-03-15', 'Sat', 'Serbia', 'protest_or_statement', 'Belgrade', 'Belgrade', 'Belgrade', 0,
  "Tens of thousands rally in Belgrade in largest protest in decades - Tens of thousands of people filled the centre of Belgrade on Saturday in a largely peaceful protest against corruption that followed the collapse of a railway station canopy in Novi Sad in November, which killed")
