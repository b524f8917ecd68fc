# 36 wire/RSS snippets, cut mid-sentence (4 Syria, 26 other conflicts, 5 non-conflict, 1 no event). Writer AE.
from lib import *

I('syr-wire-albab', 'wire', '2019-11-27', 'Tue', 'Syria', 'remote_explosive_ied', 'al-Bab', 'Aleppo', 'Al-Bab', 13,
  "Car bomb kills 13 in market of Syria's al-Bab - A car bomb exploded in a crowded market in the northern Syrian town of al-Bab on Tuesday, killing at least 13 people and wounding dozens, a war monitor and Turkish officials said, in the",
  A(None, 'A car bomb exploded in a crowded market in the northern Syrian town of al-Bab', victim='SYRCVL'),
  K('SYRCVL', '>13', 'killing at least 13 people'),
  K('SYRCVL', 13, 'Car bomb kills 13', s=False, note='headline restatement'),
  W('SYRCVL', None, 'wounding dozens'))

I('syr-wire-kansafra', 'wire', '2019-08-17', '2019-08-17', 'Syria', 'air_drone_strike', 'Kansafra', 'Idlib', 'Ariha', 6,
  "Russian air strikes kill family of 6 in Idlib village - Russian warplanes struck the village of Kansafra in Jabal al-Zawiya early on Saturday, killing 6 civilians from one family, the civil defence said, as government forces pressed",
  A('RUSMIL', 'Russian warplanes struck the village of Kansafra in Jabal al-Zawiya', victim='SYRCVL'),
  K('SYRCVL', 6, 'killing 6 civilians from one family', actor='RUSMIL'),
  K('SYRCVL', 6, 'Russian air strikes kill family of 6', actor='RUSMIL', s=False, note='headline restatement'))

I('syr-wire-su24', 'wire', '2020-03-01', '2020-03-01', 'Syria', 'air_drone_strike', 'Idlib', 'Idlib', '', 0,
  "Turkey shoots down two Syrian warplanes over Idlib - Turkish F-16 jets shot down two Syrian government Su-24 warplanes over Idlib province on Sunday, the Turkish Defence Ministry said, as its drones kept up strikes on",
  E('SYRMIL', 'AIRCRAFT', 2, 'shot down two Syrian government Su-24 warplanes over Idlib province on Sunday', actor='TURMIL', by='TURGOV'),
  A('TURMIL', 'Turkish F-16 jets shot down two Syrian government Su-24 warplanes', victim='SYRMIL', by='TURGOV'),
  A('TURMIL', 'its drones kept up strikes on', victim='SYRMIL', loc=None, by='TURGOV', s=False, note='cut before the target'))

I('syr-wire-inkhil', 'wire', '2020-05-22', 'Thu', 'Syria', 'other_violence', 'Inkhil', 'Daraa', 'Al-Sanamayn', 4,
  "Landmine kills 4 children in southern Syria - Four children were killed on Thursday when a landmine left from the war exploded as they played near their home in Inkhil, in the northern Daraa countryside, a local network said, the second such",
  K('SYRCVL', 4, 'Four children were killed on Thursday', note='war remnant: violence, no ATTACK'),
  K('SYRCVL', 4, 'Landmine kills 4 children', s=False, note='headline restatement'))

I('afg-wire-nadali', 'wire', '2019-10-22', '2019-10-22', 'Afghanistan', 'attack', 'Nad Ali', 'Helmand', 'Nad Ali', 9,
  "Taliban storm checkpoints in Helmand, killing 9 police - Taliban fighters attacked several checkpoints in the Nad Ali district of southern Helmand province overnight, killing 9 police officers and wounding 4, a provincial spokesman said on Tuesday, as",
  A('AFGREB', 'Taliban fighters attacked several checkpoints in the Nad Ali district', victim='AFGMIL'),
  K('AFGMIL', 9, 'killing 9 police officers', actor='AFGREB', by='AFGGOV'),
  K('AFGMIL', 9, 'killing 9 police', actor='AFGREB', s=False, note='headline restatement'),
  W('AFGMIL', 4, 'wounding 4', actor='AFGREB', by='AFGGOV'))

I('bfa-wire-kantchari', 'wire', '2019-12-02', 'Sun', 'Burkina Faso', 'attack', 'Kantchari', 'Est', 'Tapoa', 12,
  "Gunmen kill 12 worshippers at church in eastern Burkina Faso - Gunmen killed 12 people during a Sunday service at a Protestant church near Kantchari, close to the border with Niger, security sources said, adding that the attackers",
  K('BFACVL', 12, 'Gunmen killed 12 people during a Sunday service at a Protestant church near Kantchari', d='Sun'),
  K('BFACVL', 12, 'Gunmen kill 12 worshippers', d='Sun', s=False, note='headline restatement'))

I('cod-wire-djugu', 'wire', '2022-02-03', 'Tue', 'DR Congo', 'attack', 'Djugu', 'Ituri', 'Djugu', 22,
  "Militia kills 22 in attack on Ituri displacement camp - CODECO militiamen attacked a camp for displaced people in Djugu territory on Tuesday night, killing 22 people, most of them women and children, local officials said, and",
  A('CODREB', 'CODECO militiamen attacked a camp for displaced people in Djugu territory', victim='CODREF'),
  K('CODREF', 22, 'killing 22 people', actor='CODREB', note='people in a displacement camp: REF'),
  K('CODREF', 22, 'Militia kills 22', actor='CODREB', s=False, note='headline restatement'))

I('nga-wire-bokkos', 'wire', '2024-03-11', 'Sun', 'Nigeria', 'attack', 'Bokkos', 'Plateau', 'Bokkos', 17,
  "Gunmen kill 17 in Plateau village attacks - Gunmen attacked two villages in Bokkos local government area of Plateau state late on Sunday, killing 17 people and burning dozens of homes, a local leader said on Monday, weeks after",
  A(None, 'Gunmen attacked two villages in Bokkos local government area', victim='NGACVL'),
  K('NGACVL', 17, 'killing 17 people'),
  K('NGACVL', 17, 'Gunmen kill 17', s=False, note='headline restatement'))

I('pak-wire-panjgur', 'wire', '2022-06-24', 'Thu', 'Pakistan', 'remote_explosive_ied', 'Panjgur', 'Balochistan', 'Panjgur', 4,
  "Roadside bomb kills 4 soldiers in Pakistan's Balochistan - A roadside bomb struck an army vehicle in the Panjgur district of southwestern Balochistan on Thursday, killing 4 soldiers including a captain, the military said, in an attack claimed by",
  A(None, 'A roadside bomb struck an army vehicle in the Panjgur district', victim='PAKMIL', note='claimant cut off'),
  E('PAKMIL', 'VEHICLE', None, 'A roadside bomb struck an army vehicle'),
  K('PAKMIL', 4, 'killing 4 soldiers including a captain', by='PAKMIL'),
  K('PAKMIL', 1, 'including a captain', by='PAKMIL', s=False, note='sub-count of the 4'),
  K('PAKMIL', 4, 'Roadside bomb kills 4 soldiers', s=False, note='headline restatement'))

I('som-wire-baidoa', 'wire', '2023-02-26', 'Sat', 'Somalia', 'remote_explosive_ied', 'Baidoa', 'South West', 'Baidoa', 6,
  "Bomber kills 6 at restaurant in Somalia's Baidoa - An attacker wearing an explosive vest detonated it inside a crowded restaurant in the southwestern Somali city of Baidoa on Saturday evening, killing 6 people and wounding 15, police said. Al-Shabaab said",
  A(None, 'An attacker wearing an explosive vest detonated it inside a crowded restaurant', victim='SOMCVL', note='the claim is cut off'),
  K('SOMCVL', 6, 'killing 6 people', by='SOMMIL'),
  K('SOMCVL', 6, 'Bomber kills 6', s=False, note='headline restatement'),
  W('SOMCVL', 15, 'wounding 15', by='SOMMIL'),
  K('SOMREB', 1, 'An attacker wearing an explosive vest detonated it', s=False, note="bomber's death implied only"))

I('sdn-wire-sinja', 'wire', '2024-06-29', '2024-06-29', 'Sudan', 'nonstate_takes_territory', 'Sinja', 'Sennar', 'Sinja', 0,
  "Sudan's RSF says it has seized Sennar state capital Sinja - The Rapid Support Forces said on Saturday they had taken control of Sinja, the capital of Sennar state, and residents said thousands of people were fleeing east toward",
  C('SDNREB', 'they had taken control of Sinja', by='SDNREB'),
  C('SDNREB', "Sudan's RSF says it has seized Sennar state capital Sinja", s=False, note='headline restatement'),
  D('SDNCVL', None, 'thousands of people were fleeing east toward'))

I('ukr-wire-krasnohorivka', 'wire', '2024-09-12', '2024-09-12', 'Ukraine', 'gov_regains_territory', 'Krasnohorivka', 'Donetsk', 'Pokrovsk', 0,
  "Russia says it has taken Krasnohorivka in eastern Ukraine - Russia's defence ministry said on Thursday its forces had captured Krasnohorivka, a town west of Donetsk city, while Ukraine's military said fighting was continuing on its",
  C('RUSMIL', 'its forces had captured Krasnohorivka', by='RUSGOV'),
  C('RUSMIL', 'Russia says it has taken Krasnohorivka', s=False, note='headline restatement'),
  A('UKRMIL', 'fighting was continuing on its', victim='RUSMIL', s=False, note='ongoing fighting, cut'))

I('yem-wire-marib', 'wire', '2021-06-06', 'Sat', 'Yemen', 'shelling_artillery_missile', 'Marib', "Ma'rib", 'Marib City', 14,
  "Houthi missile hits petrol station in Yemen's Marib, 14 dead - A missile and a drone fired by the Houthis struck a petrol station in the Rawdha district of Marib city on Saturday, killing 14 people including a 5-year-old girl, the government-run news agency said, in",
  A('YEMREB', 'A missile and a drone fired by the Houthis struck a petrol station', victim='YEMCVL', by='YEMGOV'),
  K('YEMCVL', 14, 'killing 14 people including a 5-year-old girl', actor='YEMREB', by='YEMGOV'),
  K('YEMCVL', 1, 'including a 5-year-old girl', actor='YEMREB', by='YEMGOV', s=False, note='sub-count of the 14'),
  K('YEMCVL', 14, '14 dead', actor='YEMREB', s=False, note='headline restatement'))

I('irq-wire-wadishay', 'wire', '2022-06-19', 'Sat', 'Iraq', 'attack', 'Wadi al-Shay', 'Kirkuk', 'Kirkuk', 4,
  "IS attack kills 4 soldiers near Kirkuk - Islamic State militants attacked an army post in the Wadi al-Shay area south of Kirkuk late on Saturday, killing an officer and 3 soldiers, security sources said on Sunday, the latest in a series of…",
  A('IRQREB', 'Islamic State militants attacked an army post in the Wadi al-Shay area', victim='IRQMIL'),
  K('IRQMIL', 4, 'killing an officer and 3 soldiers', actor='IRQREB', note='one code: 1 + 3'),
  K('IRQMIL', 4, 'IS attack kills 4 soldiers', actor='IRQREB', s=False, note='headline restatement'))

I('mli-wire-boni', 'wire', '2021-10-09', 'Fri', 'Mali', 'attack', 'Douentza', 'Mopti', 'Douentza', 16,
  "Jihadists kill 16 soldiers in central Mali ambush - Suspected jihadists ambushed an army convoy between Douentza and Boni on Friday, killing 16 soldiers and destroying 3 vehicles, army sources said, while the army said 20 attackers had been",
  A('MLIREB', 'Suspected jihadists ambushed an army convoy between Douentza and Boni', victim='MLIMIL'),
  K('MLIMIL', 16, 'killing 16 soldiers', actor='MLIREB'),
  K('MLIMIL', 16, 'Jihadists kill 16 soldiers', actor='MLIREB', s=False, note='headline restatement'),
  E('MLIMIL', 'VEHICLE', 3, 'destroying 3 vehicles', actor='MLIREB'),
  K('MLIREB', 20, 'the army said 20 attackers had been', actor='MLIMIL', by='MLIMIL', s=False, note='cut before the verb'))

I('mmr-wire-saw', 'wire', '2024-04-12', 'Thu', 'Myanmar', 'air_drone_strike', 'Saw', 'Magway', 'Gangaw', 13,
  "Military jet bombs market in Myanmar's Magway region, killing 13 - A military jet bombed a busy market in Saw township of Magway region on Thursday morning, killing 13 people and wounding more than 20, a local resistance group and residents said, the second",
  A('MMRMIL', 'A military jet bombed a busy market in Saw township', victim='MMRCVL'),
  K('MMRCVL', 13, 'killing 13 people', actor='MMRMIL'),
  K('MMRCVL', 13, 'killing 13 -', actor='MMRMIL', s=False, note='headline restatement'),
  W('MMRCVL', '>20', 'wounding more than 20', actor='MMRMIL'))

I('mex-wire-obregon', 'wire', '2023-04-12', 'Tue', 'Mexico', 'attack', 'Ciudad Obregón', 'Sonora', 'Cajeme', 6,
  "Gunmen kill 6 at car wash in Mexico's Sonora state - Gunmen opened fire at a car wash in Ciudad Obregón in the northern state of Sonora on Tuesday, killing 6 men and wounding a teenager, state prosecutors said, in the latest",
  A(None, 'Gunmen opened fire at a car wash in Ciudad Obregón', victim='MEXCVL'),
  K('MEXCVL', 6, 'killing 6 men', by='MEXGOV'),
  K('MEXCVL', 6, 'Gunmen kill 6', s=False, note='headline restatement'),
  W('MEXCVL', 1, 'wounding a teenager', by='MEXGOV'))

I('col-wire-jamundi', 'wire', '2024-06-24', 'Sun', 'Colombia', 'attack', 'Jamundí', 'Valle del Cauca', 'Jamundí', 0,
  "Three police officers wounded in dissident attack on Colombian station - FARC dissidents fired on the police station in Jamundí, south of Cali, and dropped explosives from drones on Sunday night, wounding 3 officers, police said, and a civilian was",
  A('COLREB', 'FARC dissidents fired on the police station in Jamundí', victim='COLMIL'),
  W('COLMIL', 3, 'wounding 3 officers', actor='COLREB', by='COLMIL'),
  W('COLMIL', 3, 'Three police officers wounded', actor='COLREB', s=False, note='headline restatement'))

I('ind-wire-dangri', 'wire', '2023-01-02', 'Sun', 'India', 'attack', 'Dangri', 'Jammu and Kashmir', 'Rajouri', 4,
  "Militants kill 4 civilians in Rajouri village - Militants opened fire on houses in Dangri village of Rajouri district on Sunday evening, killing 4 civilians and wounding 6, police said, and an IED later",
  A('INDREB', 'Militants opened fire on houses in Dangri village', victim='INDCVL'),
  K('INDCVL', 4, 'killing 4 civilians', actor='INDREB', by='INDMIL'),
  K('INDCVL', 4, 'Militants kill 4 civilians', actor='INDREB', s=False, note='headline restatement'),
  W('INDCVL', 6, 'wounding 6', actor='INDREB', by='INDMIL'))

I('cmr-wire-mozogo', 'wire', '2021-08-02', 'Sat', 'Cameroon', 'remote_explosive_ied', 'Mozogo', 'Far North', 'Mayo-Tsanaga', 8,
  "Blast kills 8 at market in Cameroon's Far North - An explosive device carried by a teenage girl went off at the market in Mozogo, in the Mayo-Tsanaga department, on Saturday, killing 8 people, local officials said, while Boko Haram fighters",
  A(None, 'An explosive device carried by a teenage girl went off at the market in Mozogo', victim='CMRCVL', note='no claim stated'),
  K('CMRCVL', 8, 'killing 8 people', by='CMRGOV'),
  K('CMRCVL', 8, 'Blast kills 8', s=False, note='headline restatement'),
  K('CMRCVL', 1, 'An explosive device carried by a teenage girl went off', s=False, note="bomber's death implied only"))

I('ner-wire-maradi', 'wire', '2022-09-16', 'Wed', 'Niger', 'armed_clash', 'Maradi', 'Maradi', 'Guidan Roumdji', 16,
  "Niger says soldiers killed 16 bandits in Maradi region - Nigerien soldiers killed 16 armed bandits in a clash near the border with Nigeria in the Maradi region on Wednesday, the defence ministry said on Friday, adding that 2 soldiers",
  A('NERMIL', 'Nigerien soldiers killed 16 armed bandits in a clash near the border with Nigeria', victim='NERREB', by='NERGOV'),
  K('NERREB', 16, 'Nigerien soldiers killed 16 armed bandits', actor='NERMIL', by='NERGOV'),
  K('NERREB', 16, 'soldiers killed 16 bandits', actor='NERMIL', s=False, note='headline restatement'))

I('eth-wire-gimbi', 'wire', '2022-06-19', 'Sat', 'Ethiopia', 'attack', 'Gimbi', 'Oromia', 'West Wellega', 0,
  "Gunmen kill dozens of villagers in western Ethiopia, witnesses say - Gunmen killed dozens of ethnic Amhara villagers in the Gimbi area of western Oromia on Saturday, witnesses said on Sunday, blaming the Oromo Liberation Army, which",
  K('ETHCVL', None, 'Gunmen killed dozens of ethnic Amhara villagers in the Gimbi area', note='vague: no count; blamed, not claimed: no actor'),
  K('ETHCVL', None, 'Gunmen kill dozens of villagers', s=False, note='headline restatement'))

I('moz-wire-quissanga', 'wire', '2022-09-08', 'Tue', 'Mozambique', 'attack', 'Quissanga', 'Cabo Delgado', 'Quissanga', 5,
  "Insurgents raid villages in Mozambique's Cabo Delgado - Insurgents linked to Islamic State attacked villages in Quissanga district of Cabo Delgado province on Tuesday, killing 5 people and burning dozens of houses, local sources said, forcing",
  A('MOZREB', 'Insurgents linked to Islamic State attacked villages in Quissanga district', victim='MOZCVL'),
  K('MOZCVL', 5, 'killing 5 people', actor='MOZREB'))

I('pse-wire-nablus', 'wire', '2023-05-03', '2023-05-03', 'Palestine', 'armed_clash', 'Nablus', 'West Bank', 'Nablus', 3,
  "Three Palestinians killed in Israeli raid on Nablus old city - Israeli forces raided the old city of Nablus before dawn on Wednesday, killing 3 Palestinians the army said were gunmen and wounding at least 10 people, the Palestinian health ministry said, as",
  A('ISRMIL', 'Israeli forces raided the old city of Nablus before dawn on Wednesday', victim='PSEREB'),
  K('PSEREB', 3, 'killing 3 Palestinians the army said were gunmen', actor='ISRMIL', by='PSEGOV'),
  K('PSEREB', 3, 'Three Palestinians killed', actor='ISRMIL', s=False, note='headline restatement'),
  W('PSECVL', '>10', 'wounding at least 10 people', actor='ISRMIL', by='PSEGOV'))

I('isr-wire-margaliot', 'wire', '2024-01-17', '2024-01-17', 'Israel', 'shelling_artillery_missile', 'Margaliot', 'Northern', 'Kinneret', 2,
  "Anti-tank missile from Lebanon kills father and son in northern Israel - An anti-tank missile fired from Lebanon hit a house in the border community of Margaliot on Wednesday, killing a man and his son, Israeli medics said, and the army said it struck",
  A(None, 'An anti-tank missile fired from Lebanon hit a house in the border community of Margaliot', victim='ISRCVL'),
  K('ISRCVL', 2, 'killing a man and his son', note='one code: 1 + 1'),
  K('ISRCVL', 2, 'kills father and son', s=False, note='headline restatement'),
  A('ISRMIL', 'the army said it struck', s=False, loc=None, note='cut before the target'))

I('hti-wire-pontsonde', 'wire', '2024-10-04', 'Thu', 'Haiti', 'attack', 'Pont-Sondé', 'Artibonite', 'Saint-Marc', 58,
  "Gang attack on Haitian town of Pont-Sondé kills at least 58 - Members of the Gran Grif gang attacked the town of Pont-Sondé in the Artibonite region early on Thursday, killing at least 58 people, among them 10 women, the UN human rights office said on Friday, and",
  A('HTIREB', 'Members of the Gran Grif gang attacked the town of Pont-Sondé', victim='HTICVL'),
  K('HTICVL', '>58', 'killing at least 58 people', actor='HTIREB', by='IGOUNO'),
  K('HTICVL', 10, 'among them 10 women', actor='HTIREB', by='IGOUNO', s=False, note='sub-count'),
  K('HTICVL', '>58', 'kills at least 58', actor='HTIREB', s=False, note='headline restatement'))

I('irn-wire-kerman', 'wire', '2024-01-03', '2024-01-03', 'Iran', 'remote_explosive_ied', 'Kerman', 'Kerman', 'Kerman', 81,
  "Twin blasts near commemoration in Iran's Kerman kill at least 81 - Two explosions went off minutes apart on a road leading to a cemetery in the southern city of Kerman, where crowds had gathered to mark the anniversary of a commander's death, on Wednesday, killing at least 81 people and wounding 270, state media said, in what",
  A(None, 'Two explosions went off minutes apart on a road leading to a cemetery', victim='IRNCVL'),
  K('IRNCVL', '>81', 'killing at least 81 people', by='IRNGOV'),
  K('IRNCVL', '>81', 'kill at least 81', s=False, note='headline restatement'),
  W('IRNCVL', '>270', 'wounding 270', by='IRNGOV', note='"at least" read as governing both'))

I('rus-wire-sudzha', 'wire', '2024-08-15', '2024-08-15', 'Russia', 'gov_regains_territory', 'Sudzha', 'Kursk', 'Sudzhansky', 0,
  "Ukraine says its forces have taken Russian town of Sudzha - Ukraine's army chief said on Thursday that his troops had taken full control of Sudzha, a town in Russia's Kursk region about 10 km from the border, in the",
  C('UKRMIL', 'his troops had taken full control of Sudzha', by='UKRMIL'),
  C('UKRMIL', 'Ukraine says its forces have taken Russian town of Sudzha', s=False, note='headline restatement'))

I('aze-wire-lachin', 'wire', '2022-03-12', '2022-03-12', 'Azerbaijan', 'other_violence', 'Lachin', 'Lachin', 'Lachin', 2,
  "Two Azerbaijani soldiers killed by mine in Lachin district - Two Azerbaijani soldiers were killed and one was wounded when their vehicle hit an anti-tank mine in the Lachin district on Saturday, the defence ministry said, the latest in",
  E('AZEMIL', 'VEHICLE', None, 'their vehicle hit an anti-tank mine in the Lachin district'),
  K('AZEMIL', 2, 'Two Azerbaijani soldiers were killed', by='AZEGOV', note='mine: violence, no ATTACK'),
  K('AZEMIL', 2, 'Two Azerbaijani soldiers killed by mine', s=False, note='headline restatement'),
  W('AZEMIL', 1, 'one was wounded', by='AZEGOV'))

I('egy-wire-giza', 'wire', '2019-05-19', '2019-05-19', 'Egypt', 'remote_explosive_ied', 'Giza', 'Giza', 'Giza', 0,
  "Roadside bomb hits tourist bus near Giza pyramids - A roadside bomb hit a bus carrying foreign tourists near the new Grand Egyptian Museum in Giza on Sunday, wounding at least 14 people, among them South African tourists, health officials said, the second such attack",
  A(None, 'A roadside bomb hit a bus carrying foreign tourists', victim='EGYCVL'),
  W('EGYCVL', '>14', 'wounding at least 14 people', note='mixed toll with foreigners: CVL of the place'))

I('chn-wire-zhenxiong', 'wire', '2024-01-22', '2024-01-22', 'China', 'disaster', 'Zhenxiong', 'Yunnan', 'Zhaotong', 0,
  "Landslide in China's Yunnan kills 8, dozens buried - A landslide buried 18 homes in a village in Zhenxiong county in the southwestern province of Yunnan early on Monday, killing at least 8 people, state media said, with 39 others",
  K('CHNCVL', '>8', 'killing at least 8 people', by='CHNGOV'),
  K('CHNCVL', 8, 'kills 8', s=False, note='headline restatement'))

I('zaf-wire-joburg', 'wire', '2023-08-31', '2023-08-31', 'South Africa', 'accident', 'Johannesburg', 'Gauteng', 'Johannesburg', 0,
  "Fire in Johannesburg apartment block kills 63 - A fire tore through a five-storey building occupied by squatters in central Johannesburg before dawn on Thursday, killing at least 63 people, among them 12 children, emergency services said, and injuring 43, many of whom",
  K('ZAFCVL', '>63', 'killing at least 63 people'),
  K('ZAFCVL', 12, 'among them 12 children', s=False, note='sub-count'),
  K('ZAFCVL', 63, 'kills 63', s=False, note='headline restatement'),
  W('ZAFCVL', 43, 'injuring 43'))

I('gha-wire-bogoso', 'wire', '2022-01-21', 'Thu', 'Ghana', 'accident', 'Bogoso', 'Western', 'Prestea-Huni Valley', 0,
  "Blast as truck carrying mining explosives collides with motorbike in western Ghana - A truck carrying explosives to a gold mine blew up after colliding with a motorcycle near the town of Bogoso on Thursday, killing at least 13 people and injuring 59, police said, and flattening",
  K('GHACVL', '>13', 'killing at least 13 people', by='GHAMIL'),
  W('GHACVL', '>59', 'injuring 59', by='GHAMIL', note='"at least" read as governing both'))

I('zwe-wire-cholera', 'wire', '2023-11-17', '2023-11-17', 'Zimbabwe', 'disease', 'Harare', 'Harare', 'Harare', 0,
  "Zimbabwe declares emergency in Harare over cholera - Zimbabwe declared a state of emergency in the capital Harare on Friday over a cholera outbreak that the health ministry said had killed 148 people across the country since February, and schools in the worst-hit suburb of Kuwadzana",
  K('ZWECVL', 148, 'had killed 148 people across the country since February', loc=None, by='ZWEGOV', cum=True))

I('ita-wire-ischia', 'wire', '2022-11-27', 'Sat', 'Italy', 'disaster', 'Casamicciola', 'Campania', 'Naples', 0,
  "Landslide on Italian island of Ischia kills at least 7 - A landslide swept through the town of Casamicciola on the island of Ischia after torrential rain early on Saturday, killing at least 7 people, the interior ministry said, while 5 others, among them a",
  K('ITACVL', '>7', 'killing at least 7 people', by='ITAGOV'),
  K('ITACVL', '>7', 'kills at least 7', s=False, note='headline restatement'))

I('tun-wire-march', 'wire', '2021-10-10', '2021-10-10', 'Tunisia', 'protest_or_statement', 'Tunis', 'Tunis', 'Tunis', 0,
  "Thousands march in Tunis against president's seizure of powers - Thousands of Tunisians marched through central Tunis on Sunday against the president's suspension of parliament, chanting slogans and waving flags in a protest that passed off without")
