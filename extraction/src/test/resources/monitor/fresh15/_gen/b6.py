"""36 wire/RSS snippets (4 Syria, 26 other conflicts, 5 non-conflict, 1 with no event)."""
from lib import *

item('x01', 'wire', '2019-11-05', '2019-11-04', 'Syria', 'air_drone_strike', 'Sarmin', 'Idlib', 'Idlib',
     9, "Air strikes kill 9 civilians in market in Syria's Idlib, rescuers say - Warplanes believed to be Russian hit a crowded market in the town of Sarmin on Monday, killing nine civilians and wounding at least 20, rescue workers said, as government forces",
     A('RUSMIL', 'Warplanes believed to be Russian hit a crowded market in the town of Sarmin on Monday', d='Mon', v='SYRCVL'),
     K('SYRCVL', 9, 'killing nine civilians and wounding at least 20', a='RUSMIL', d='Mon'),
     W('SYRCVL', 20, 'killing nine civilians and wounding at least 20', q='AL', a='RUSMIL', d='Mon'),
     K('SYRCVL', 9, 'Air strikes kill 9 civilians', d='Mon', s=False, note='headline restatement'))

item('x02', 'wire', '2020-01-26', '2020-01-25', 'Syria', 'remote_explosive_ied', 'Jarablus', 'Aleppo', 'Jarablus',
     5, "Car bomb kills five in northern Syrian town of Jarablus, Turkey says - A car bomb exploded near a checkpoint in the Syrian border town of Jarablus on Saturday, killing five people, including two Turkish-backed fighters, Turkey's defence ministry said, blaming Kurdish",
     A(None, 'A car bomb exploded near a checkpoint in the Syrian border town of Jarablus on Saturday', d='Sat', note='blame cut off: actor null'),
     K('SYRCVL', 5, 'killing five people', c='TURGOV', d='Sat', note='mixed toll: CVL'),
     K('SYRREB', 2, 'including two Turkish-backed fighters', c='TURGOV', d='Sat', s=False, note='sub-count of another code'),
     K('SYRCVL', 5, 'Car bomb kills five', d='Sat', s=False, note='headline restatement'))

item('x03', 'wire', '2019-10-15', '2019-10-15', 'Syria', 'gov_regains_territory', 'Manbij', 'Aleppo', 'Manbij',
     0, "Syrian army enters Manbij as Russia fills U.S. void - Syrian government troops entered the northern city of Manbij on Tuesday under a deal with the Kurdish-led SDF, and Russian military police began patrolling the front line between them and Turkish-backed rebels, Russia's defence ministry said, days after U.S",
     C('SYRMIL', 'Syrian government troops entered the northern city of Manbij on Tuesday', d='Tue', c='RUSGOV'),
     C('SYRMIL', 'Syrian army enters Manbij', d='Tue', s=False, note='headline restatement'),
     DP('RUSMIL', 'Russian military police began patrolling the front line', d='Tue', c='RUSGOV', s=False, note='patrols only'))

item('x04', 'wire', '2020-05-07', '2020-05-06', 'Syria', 'attack', 'Diban', 'Deir ez-Zor', 'Deir ez-Zor',
     7, "Islamic State kills 7 SDF fighters in eastern Syria, monitor says - Islamic State militants killed seven members of the U.S.-backed Syrian Democratic Forces in an attack on a checkpoint in the town of Diban late on Wednesday, a war monitor said, in the deadliest such attack on the group since",
     A('SYRREB', 'in an attack on a checkpoint in the town of Diban late on Wednesday', d='Wed', v='SYRREB', note='IS against the SDF: both SYRREB'),
     K('SYRREB', 7, 'killed seven members of the U.S.-backed Syrian Democratic Forces', a='SYRREB', d='Wed'),
     K('SYRREB', 7, 'Islamic State kills 7 SDF fighters', d='Wed', s=False, note='headline restatement'))

item('y01', 'wire', '2021-10-08', '2021-10-08', 'Afghanistan', 'remote_explosive_ied', 'Kunduz', 'Kunduz', 'Kunduz',
     46, "Suicide bomber kills dozens at Shi'ite mosque in Afghanistan's Kunduz - A suicide bomber attacked a Shi'ite mosque in the northern Afghan city of Kunduz during Friday prayers, killing at least 46 worshippers and wounding dozens more, a Taliban official said, in the deadliest attack since",
     A(None, "A suicide bomber attacked a Shi'ite mosque in the northern Afghan city of Kunduz during Friday prayers", d='Fri'),
     K('AFGCVL', 46, 'killing at least 46 worshippers', q='AL', c='AFGGOV', d='Fri', note='Taliban official after August 2021: AFGGOV'),
     W('AFGCVL', None, 'wounding dozens more', c='AFGGOV', d='Fri'),
     K('AFGCVL', None, 'Suicide bomber kills dozens', d='Fri', s=False, note='headline restatement'))

item('y02', 'wire', '2023-10-23', '2023-10-22', 'Pakistan', 'remote_explosive_ied', 'Bannu', 'Khyber Pakhtunkhwa', 'Bannu',
     9, "Nine soldiers killed in suicide attack on convoy in northwest Pakistan - A suicide bomber on a motorcycle rammed into a military convoy near the town of Bannu on Sunday, killing nine soldiers and wounding five, the military said, in an attack claimed by",
     A(None, 'A suicide bomber on a motorcycle rammed into a military convoy near the town of Bannu on Sunday', d='Sun', v='PAKMIL', note='claimant cut off'),
     K('PAKMIL', 9, 'killing nine soldiers and wounding five', c='PAKMIL', d='Sun'),
     W('PAKMIL', 5, 'killing nine soldiers and wounding five', c='PAKMIL', d='Sun'),
     K('PAKMIL', 9, 'Nine soldiers killed', d='Sun', s=False, note='headline restatement'))

item('y03', 'wire', '2023-09-14', '2023-09-13', 'India', 'armed_clash', 'Kokernag', 'Jammu and Kashmir', 'Anantnag',
     3, "Two soldiers, policeman killed in Kashmir gunfight - Two soldiers and a policeman were killed in a gunfight with militants in the Kokernag forest of Kashmir's Anantnag district on Wednesday, police said, as the search for the",
     A('INDMIL', 'a gunfight with militants in the Kokernag forest', d='Wed', v='INDREB', note='security forces first named'),
     A('INDREB', 'a gunfight with militants in the Kokernag forest', d='Wed', v='INDMIL', s=False, note='other side'),
     K('INDMIL', 3, 'Two soldiers and a policeman were killed', a='INDREB', c='INDMIL', d='Wed', note='one code: 2 + 1'),
     K('INDMIL', 3, 'Two soldiers, policeman killed', d='Wed', s=False, note='headline restatement'))

item('y04', 'wire', '2024-03-04', '2024-03-02', 'Ukraine', 'air_drone_strike', 'Odesa', 'Odesa', 'Odesa',
     12, "Death toll in Russian drone strike on Odesa apartment block rises to 12 - The number of people killed when a Russian drone hit an apartment building in the Black Sea port of Odesa on Saturday rose to 12 on Monday, including five children, the regional governor said, as rescuers",
     A('RUSMIL', 'a Russian drone hit an apartment building in the Black Sea port of Odesa on Saturday', d='Sat', v='UKRCVL'),
     K('UKRCVL', 12, 'rose to 12 on Monday', a='RUSMIL', c='UKRGOV', d='Sat', note='updated toll, dated to the strike'),
     K('UKRCVL', 5, 'including five children', a='RUSMIL', c='UKRGOV', d='Sat', s=False, note='sub-count'),
     K('UKRCVL', 12, 'Death toll in Russian drone strike on Odesa apartment block rises to 12', d='Sat', s=False, note='headline restatement'))

item('y05', 'wire', '2023-12-31', '2023-12-30', 'Russia', 'shelling_artillery_missile', 'Belgorod', 'Belgorod', 'Belgorod',
     24, "Ukrainian shelling of Belgorod kills 24, Russia says - Ukrainian forces shelled the centre of the Russian city of Belgorod on Saturday, killing 24 people, including four children, and wounding 108, Russian officials said, in what Moscow called",
     A('UKRMIL', 'Ukrainian forces shelled the centre of the Russian city of Belgorod on Saturday', d='Sat', c='RUSGOV', v='RUSCVL'),
     K('RUSCVL', 24, 'killing 24 people, including four children, and wounding 108', a='UKRMIL', c='RUSGOV', d='Sat'),
     K('RUSCVL', 4, 'including four children', a='UKRMIL', c='RUSGOV', d='Sat', s=False, note='sub-count'),
     W('RUSCVL', 108, 'wounding 108', a='UKRMIL', c='RUSGOV', d='Sat'),
     K('RUSCVL', 24, 'shelling of Belgorod kills 24', d='Sat', s=False, note='headline restatement'))

item('y06', 'wire', '2023-02-27', '2023-02-26', 'Palestine', 'attack', 'Huwara', 'West Bank', 'Nablus',
     3, "Settlers rampage through West Bank town after two Israelis killed - Hundreds of Israeli settlers set fire to homes and cars in the West Bank town of Huwara on Sunday night, hours after a Palestinian gunman shot dead two Israeli brothers driving through the town, and a Palestinian man was killed in",
     A('ISRCVL', 'Hundreds of Israeli settlers set fire to homes and cars in the West Bank town of Huwara on Sunday night', d='Sun', v='PSECVL'),
     K('ISRCVL', 2, 'a Palestinian gunman shot dead two Israeli brothers', d='Sun', note='a lone gunman: actor null'),
     K('PSECVL', 1, 'a Palestinian man was killed in', d='Sun', note='cut after the verb: scored'),
     K('ISRCVL', 2, 'two Israelis killed', d='Sun', s=False, note='headline restatement'))

item('y07', 'wire', '2022-07-21', '2022-07-20', 'Iraq', 'shelling_artillery_missile', 'Zakho', 'Kurdistan Region', 'Zakho',
     8, "Artillery strike on Iraqi Kurdistan resort kills 8 tourists; Baghdad blames Turkey - Artillery shells hit a mountain resort in the Zakho district of Iraq's Kurdistan region on Wednesday, killing eight tourists, among them a child, and wounding 23, Iraqi officials said, blaming Turkey, which denied",
     A(None, "Artillery shells hit a mountain resort in the Zakho district of Iraq's Kurdistan region on Wednesday", d='Wed', v='IRQCVL', note='blamed by Iraq, denied by Turkey: actor null'),
     K('IRQCVL', 8, 'killing eight tourists, among them a child, and wounding 23', c='IRQGOV', d='Wed'),
     K('IRQCVL', 1, 'among them a child', c='IRQGOV', d='Wed', s=False, note='sub-count'),
     W('IRQCVL', 23, 'wounding 23', c='IRQGOV', d='Wed'),
     K('IRQCVL', 8, 'kills 8 tourists', d='Wed', s=False, note='headline restatement'))

item('y08', 'wire', '2021-06-06', '2021-06-05', 'Yemen', 'shelling_artillery_missile', 'Marib', 'Marib', 'Marib',
     14, "Houthi missile hits petrol station in Yemen's Marib, 14 dead - A ballistic missile fired by Houthi forces struck a petrol station in the city of Marib on Saturday, killing 14 people including a child, the government-run Saba news agency said, as the Iran-aligned group pressed",
     A('YEMREB', 'A ballistic missile fired by Houthi forces struck a petrol station in the city of Marib on Saturday', d='Sat', c='YEMGOV', v='YEMCVL'),
     K('YEMCVL', 14, 'killing 14 people including a child', a='YEMREB', c='YEMGOV', d='Sat'),
     K('YEMCVL', 1, 'including a child', a='YEMREB', c='YEMGOV', d='Sat', s=False, note='sub-count'),
     K('YEMCVL', 14, '14 dead', d='Sat', s=False, note='headline restatement'))

item('y09', 'wire', '2025-04-17', '2025-04-17', 'Somalia', 'nonstate_takes_territory', 'Adan Yabaal', 'Middle Shabelle', 'Adan Yabaal',
     0, "Al Shabaab retakes central Somali town after army pulls out - Al Shabaab fighters entered the town of Adan Yabaal in Middle Shabelle region on Thursday, hours after government troops pulled out, residents said, a setback for the",
     C('SOMREB', 'Al Shabaab fighters entered the town of Adan Yabaal in Middle Shabelle region on Thursday', d='Thu'),
     C('SOMREB', 'Al Shabaab retakes central Somali town', d='Thu', s=False, note='headline restatement'))

item('y10', 'wire', '2024-09-03', '2024-09-01', 'Nigeria', 'attack', 'Tarmuwa', 'Yobe', 'Tarmuwa',
     34, "Gunmen kill 34 at village market in Nigeria's Yobe state - Gunmen on motorcycles opened fire on traders at a weekly market in the Tarmuwa area of Yobe state on Sunday, killing 34 people, police said, in an attack that residents blamed on Boko Haram, which has",
     A(None, 'Gunmen on motorcycles opened fire on traders at a weekly market in the Tarmuwa area of Yobe state on Sunday', d='Sun', v='NGACVL', note='blamed by residents only: actor null'),
     K('NGACVL', 34, 'killing 34 people, police said', c='NGAMIL', d='Sun'),
     K('NGACVL', 34, 'Gunmen kill 34', d='Sun', s=False, note='headline restatement'))

item('y11', 'wire', '2022-12-07', '2022-12-07', 'DR Congo', 'attack', 'Kishishe', 'North Kivu', 'Rutshuru',
     131, "UN says M23 rebels killed 131 civilians in two Congolese villages - M23 rebels killed at least 131 civilians in reprisal attacks on the villages of Kishishe and Bambo in eastern Congo's Rutshuru territory late last month, the U.N. said on Wednesday, citing",
     A('CODREB', 'reprisal attacks on the villages of Kishishe and Bambo', d='-', c='IGOUNO', v='CODCVL'),
     K('CODCVL', 131, 'M23 rebels killed at least 131 civilians', q='AL', a='CODREB', c='IGOUNO', d='-', note='"late last month": no day'),
     K('CODCVL', 131, 'M23 rebels killed 131 civilians in two Congolese villages', a='CODREB', d='-', s=False, note='headline restatement'))

item('y12', 'wire', '2024-02-06', '2024-02-05', 'Sudan', 'air_drone_strike', 'Nyala', 'South Darfur', 'Nyala',
     20, "Army air strike on Sudan's Nyala market kills at least 20, activists say - Sudanese army warplanes bombed a crowded livestock market in the RSF-controlled city of Nyala in South Darfur on Monday, killing at least 20 people, a group of local",
     A('SDNMIL', 'Sudanese army warplanes bombed a crowded livestock market', d='Mon', v='SDNCVL'),
     K('SDNCVL', 20, 'killing at least 20 people', q='AL', a='SDNMIL', d='Mon'),
     K('SDNCVL', 20, 'kills at least 20', q='AL', d='Mon', s=False, note='headline restatement'))

item('y13', 'wire', '2024-09-17', '2024-09-17', 'Mali', 'attack', 'Bamako', 'Bamako', '',
     0, "Jihadists attack military police school, airport in Mali's capital - Al Qaeda-linked militants attacked a military police training school and a military part of the airport in Mali's capital Bamako at dawn on Tuesday, the army said, adding that the situation was under control and that several",
     A('MLIREB', 'Al Qaeda-linked militants attacked a military police training school and a military part of the airport', d='Tue', c='MLIMIL', v='MLIMIL'))

item('y14', 'wire', '2023-05-26', '2023-05-25', 'Burkina Faso', 'attack', 'Diapaga', 'Est', 'Tapoa',
     0, "Burkina army says it repelled attack on eastern base, killed dozens - Burkina Faso's army said on Friday it had repelled an attack by armed men on its base in the eastern town of Diapaga a day earlier and killed \"dozens of terrorists\"; four soldiers were",
     A(None, 'an attack by armed men on its base in the eastern town of Diapaga', d='Thu', c='BFAMIL', v='BFAMIL'),
     K('BFAREB', None, 'killed "dozens of terrorists"', a='BFAMIL', c='BFAMIL', d='Thu', note='vague claimed toll in a discrete incident'),
     K('BFAMIL', 4, 'four soldiers were', d='Thu', s=False, note='cut before the verb: no reading'))

item('y15', 'wire', '2023-08-16', '2023-08-15', 'Niger', 'attack', 'Koutougou', 'Tillabéri', 'Torodi',
     17, "Seventeen Niger soldiers killed in jihadist ambush near Burkina border - Seventeen Nigerien soldiers were killed and 20 wounded when jihadists ambushed their unit near the village of Koutougou, close to the border with Burkina Faso, on Tuesday, the defence ministry said, adding that more than 100 attackers",
     A('NERREB', 'jihadists ambushed their unit near the village of Koutougou', d='Tue', c='NERGOV', v='NERMIL'),
     K('NERMIL', 17, 'Seventeen Nigerien soldiers were killed and 20 wounded', a='NERREB', c='NERGOV', d='Tue'),
     W('NERMIL', 20, 'Seventeen Nigerien soldiers were killed and 20 wounded', a='NERREB', c='NERGOV', d='Tue'),
     K('NERMIL', 17, 'Seventeen Niger soldiers killed', d='Tue', s=False, note='headline restatement'))

item('y16', 'wire', '2022-10-24', '2022-10-23', 'Myanmar', 'air_drone_strike', 'Hpakant', 'Kachin', 'Hpakant',
     50, "Myanmar air strikes on Kachin celebration kill at least 50, group says - Three military jets bombed an anniversary celebration of the Kachin Independence Organisation in Hpakant township on Sunday night, killing at least 50 people, among them singers and",
     A('MMRMIL', 'Three military jets bombed an anniversary celebration of the Kachin Independence Organisation', d='Sun', v='MMRCVL'),
     K('MMRCVL', 50, 'killing at least 50 people', q='AL', a='MMRMIL', c='MMRREB', d='Sun', note='the group (KIO) as source'),
     K('MMRCVL', None, 'among them singers and', a='MMRMIL', d='Sun', s=False, note='sub-count, cut'),
     K('MMRCVL', 50, 'kill at least 50', q='AL', d='Sun', s=False, note='headline restatement'))

item('y17', 'wire', '2024-04-12', '2024-04-11', 'Colombia', 'air_drone_strike', 'Argelia', 'Cauca', 'Argelia',
     2, "Two Colombian soldiers killed in drone attack on base in Cauca - Explosives dropped from a drone by FARC dissidents killed two soldiers and wounded three at a military base in Argelia, in the southwestern department of Cauca, on Thursday, the army said in a statement that",
     A('COLREB', 'Explosives dropped from a drone by FARC dissidents', d='Thu', c='COLMIL', v='COLMIL'),
     K('COLMIL', 2, 'killed two soldiers and wounded three', a='COLREB', c='COLMIL', d='Thu'),
     W('COLMIL', 3, 'killed two soldiers and wounded three', a='COLREB', c='COLMIL', d='Thu'),
     K('COLMIL', 2, 'Two Colombian soldiers killed', d='Thu', s=False, note='headline restatement'))

item('y18', 'wire', '2021-03-19', '2021-03-18', 'Mexico', 'attack', 'Coatepec Harinas', 'State of Mexico', 'Coatepec Harinas',
     13, "Thirteen police killed in ambush in central Mexico - Gunmen ambushed a convoy of state police and prosecutors' investigators in a wooded area near the town of Coatepec Harinas in the State of Mexico on Thursday, killing 13 officers, state security officials said, in the",
     A(None, 'Gunmen ambushed a convoy of state police', d='Thu', v='MEXMIL'),
     K('MEXMIL', 13, 'killing 13 officers', c='MEXGOV', d='Thu'),
     K('MEXMIL', 13, 'Thirteen police killed', d='Thu', s=False, note='headline restatement'))

item('y19', 'wire', '2021-03-22', '2021-03-21', 'Venezuela', 'armed_clash', 'La Victoria', 'Apure', 'Páez',
     6, "Venezuela says troops killed six Colombian irregulars in border clashes - Venezuelan soldiers clashed with Colombian armed groups in Apure state near the border town of La Victoria on Sunday, killing six of the fighters and seizing weapons, Defence Minister Vladimir Padrino said, as thousands of residents",
     A('VENMIL', 'Venezuelan soldiers clashed with Colombian armed groups', d='Sun', v='COLREB'),
     A('COLREB', 'Venezuelan soldiers clashed with Colombian armed groups', d='Sun', v='VENMIL', s=False, note='other side'),
     K('COLREB', 6, 'killing six of the fighters', a='VENMIL', c='VENGOV', d='Sun', note='the text makes the group Colombian'),
     K('COLREB', 6, 'troops killed six Colombian irregulars', a='VENMIL', d='Sun', s=False, note='headline restatement'))

item('y20', 'wire', '2020-10-01', '2020-09-30', 'Algeria', 'armed_clash', '', 'Jijel', '',
     3, "Algerian troops kill three armed Islamists in mountains east of Algiers, ministry says - Algerian soldiers killed three armed Islamists and seized two Kalashnikov rifles during a search operation in the mountains of Jijel province on Wednesday, the defence ministry said, adding that one soldier was",
     K('DZAREB', 3, 'Algerian soldiers killed three armed Islamists', a='DZAMIL', c='DZAGOV', d='Wed', l='Jijel'),
     K('DZAREB', 3, 'Algerian troops kill three armed Islamists', a='DZAMIL', d='Wed', l='-', s=False, note='headline restatement'),
     O('DZAMIL', 'a search operation in the mountains of Jijel province', d='Wed', l='Jijel', s=False, note='routine search operation'),
     K('DZAMIL', 1, 'one soldier was', d='Wed', l='Jijel', s=False, note='cut before the verb: no reading'))

item('y21', 'wire', '2022-09-27', '2022-09-26', 'Turkey', 'attack', 'Mersin', 'Mersin', 'Mezitli',
     3, "Police officer killed in PKK attack on police housing in Turkey's Mersin - Two PKK militants opened fire on a police guesthouse in the southern city of Mersin late on Monday, killing a police officer, before they blew themselves up, Interior Minister Suleyman Soylu said, adding that a second officer was",
     A('TURREB', 'Two PKK militants opened fire on a police guesthouse in the southern city of Mersin late on Monday', d='Mon', c='TURGOV', v='TURMIL'),
     K('TURMIL', 1, 'killing a police officer', a='TURREB', c='TURGOV', d='Mon'),
     K('TURREB', 2, 'before they blew themselves up', c='TURGOV', d='Mon', note="the attackers' own deaths"),
     K('TURMIL', 1, 'Police officer killed', d='Mon', s=False, note='headline restatement'),
     W('TURMIL', 1, 'a second officer was', d='Mon', s=False, note='cut before the verb'))

item('y22', 'wire', '2021-08-31', '2021-08-31', 'Saudi Arabia', 'air_drone_strike', 'Abha', 'Asir', 'Abha',
     0, "Houthi drone attack on Saudi airport wounds eight - A drone launched by Yemen's Houthi movement hit Abha airport in southern Saudi Arabia on Tuesday, wounding eight people and damaging a civilian aircraft, the Saudi-led coalition said, the second such attack",
     A('YEMREB', "A drone launched by Yemen's Houthi movement hit Abha airport", d='Tue', c='SAUMIL', note='Houthis striking Saudi Arabia: YEMREB'),
     W('SAUCVL', 8, 'wounding eight people', a='YEMREB', c='SAUMIL', d='Tue'),
     W('SAUCVL', 8, 'wounds eight', d='Tue', s=False, note='headline restatement'))

item('y23', 'wire', '2024-05-11', '2024-05-10', 'Burundi', 'remote_explosive_ied', 'Bujumbura', 'Bujumbura Mairie', '',
     1, "Grenade blasts at bus stations in Burundi's Bujumbura kill one, wound 38 - Grenades thrown at two crowded bus stations in Burundi's commercial capital Bujumbura on Friday evening killed one person and wounded 38 others, police said, blaming",
     A(None, 'Grenades thrown at two crowded bus stations', d='Fri', v='BDICVL'),
     K('BDICVL', 1, 'killed one person and wounded 38 others', c='BDIMIL', d='Fri'),
     W('BDICVL', 38, 'killed one person and wounded 38 others', c='BDIMIL', d='Fri'))

item('y24', 'wire', '2022-06-20', '2022-06-18', 'Ethiopia', 'attack', 'Gimbi', 'Oromia', 'West Welega',
     230, "More than 230 killed in attack on villages in Ethiopia's Oromia, witnesses say - More than 230 people, mostly ethnic Amharas, were killed in an attack by gunmen on villages in Gimbi district of Ethiopia's Oromia region on Saturday, witnesses said, blaming the Oromo Liberation Army, which",
     A(None, 'an attack by gunmen on villages in Gimbi district', d='Sat', v='ETHCVL', note='blamed by witnesses only: actor null'),
     K('ETHCVL', 230, 'More than 230 people, mostly ethnic Amharas, were killed', q='AL', d='Sat'),
     K('ETHCVL', 230, 'More than 230 killed', q='AL', d='Sat', s=False, note='headline restatement'))

item('y25', 'wire', '2022-01-03', '2022-01-03', 'Kenya', 'attack', 'Lamu', 'Lamu', '',
     6, "Suspected al Shabaab militants kill six in Kenya's Lamu - Suspected al Shabaab militants raided a village in Kenya's coastal Lamu county overnight, killing six people and torching homes, police said on Monday, the latest in",
     A('SOMREB', 'Suspected al Shabaab militants raided a village', d='Mon', v='KENCVL', note='overnight, told on Monday'),
     K('KENCVL', 6, 'killing six people and torching homes', a='SOMREB', c='KENMIL', d='Mon'),
     K('KENCVL', 6, 'militants kill six', d='Mon', s=False, note='headline restatement'))

item('y26', 'wire', '2020-10-23', '2020-10-23', 'Tanzania', 'attack', 'Kitaya', 'Mtwara', 'Mtwara Rural',
     20, "Insurgents from Mozambique killed 20 in Tanzanian village, police say - Insurgents from Mozambique killed 20 people in an attack on the village of Kitaya in Tanzania's Mtwara region near the border last week, Tanzania's police chief said on Friday, the first",
     A('MOZREB', 'an attack on the village of Kitaya', d='-', c='TZAMIL', v='TZACVL', note='the text makes them Mozambican'),
     K('TZACVL', 20, 'Insurgents from Mozambique killed 20 people', a='MOZREB', c='TZAMIL', d='-', note='"last week": no day'),
     K('TZACVL', 20, 'Insurgents from Mozambique killed 20 in Tanzanian village', a='MOZREB', d='-', s=False, note='headline restatement'))

item('z01', 'wire', '2023-12-21', '2023-12-18', 'China', 'disaster', 'Jishishan', 'Gansu', 'Linxia',
     0, "Death toll from China's Gansu earthquake rises to 148 - The number of people killed by the magnitude 6.2 earthquake that struck Jishishan county in Gansu province late on Monday rose to 148 on Thursday, with more than 900 people injured, state media said, as rescuers",
     K('CHNCVL', 148, 'rose to 148 on Thursday', c='CHNGOV', d='Mon', note='updated toll, dated to the quake'),
     W('CHNCVL', 900, 'more than 900 people injured', q='AL', c='CHNGOV', d='Mon'),
     K('CHNCVL', 148, "Death toll from China's Gansu earthquake rises to 148", d='Mon', s=False, note='headline restatement'))

item('z02', 'wire', '2023-09-30', '2023-09-29', 'Zimbabwe', 'accident', 'Bindura', 'Mashonaland Central', 'Bindura',
     0, "Zimbabwe gold mine collapse kills at least six, dozens trapped - At least six people were killed when a shaft collapsed at a gold mine near the town of Bindura on Friday, and more than 20 others were feared trapped underground, the mines ministry said, as rescuers",
     K('ZWECVL', 6, 'At least six people were killed when a shaft collapsed', q='AL', c='ZWEGOV', d='Fri'),
     K('ZWECVL', 6, 'collapse kills at least six', q='AL', d='Fri', s=False, note='headline restatement'))

item('z03', 'wire', '2022-02-07', '2022-02-05', 'Madagascar', 'disaster', 'Mananjary', 'Vatovavy', 'Mananjary',
     0, "Cyclone Batsirai kills at least 21 in Madagascar, tens of thousands displaced - Cyclone Batsirai, which made landfall near Mananjary on Madagascar's east coast on Saturday night, has killed at least 21 people and forced more than 60,000 from their homes, the national disaster office said on Monday, as the",
     K('MDGCVL', 21, 'has killed at least 21 people', q='AL', c='MDGGOV', d='Sat', l='-', note='toll of one storm'),
     D('MDGCVL', 60000, 'forced more than 60,000 from their homes', q='AL', cum=True, c='MDGGOV', d='rep', l='-'),
     K('MDGCVL', 21, 'Cyclone Batsirai kills at least 21', q='AL', d='Sat', l='-', s=False, note='headline restatement'),
     D('MDGCVL', None, 'tens of thousands displaced', d='rep', l='-', s=False, note='headline restatement'))

item('z04', 'wire', '2025-03-03', '2025-03-03', 'Bolivia', 'accident', 'Uyuni', 'Potosí', 'Antonio Quijarro',
     0, "At least 37 killed as buses collide in Bolivia's Andes - Two buses collided head-on on a highway near Uyuni in the Andean region of Potosí early on Monday, killing at least 37 people and injuring 39, police said, in",
     K('BOLCVL', 37, 'killing at least 37 people and injuring 39', q='AL', c='BOLMIL', d='Mon'),
     W('BOLCVL', 39, 'injuring 39', c='BOLMIL', d='Mon'),
     K('BOLCVL', 37, 'At least 37 killed', q='AL', d='Mon', s=False, note='headline restatement'))

item('z05', 'wire', '2025-03-27', '2025-03-27', 'Angola', 'disease', '', '', '',
     0, "Angola cholera outbreak death toll reaches 329 - Cholera has killed 329 people in Angola since the outbreak was declared in January, the health ministry said on Thursday, with more than 8,500 cases recorded in 16 of the country's",
     K('AGOCVL', 329, 'Cholera has killed 329 people in Angola since the outbreak was declared in January', cum=True, c='AGOGOV', d='rep', l='-'),
     K('AGOCVL', 329, 'death toll reaches 329', cum=True, d='rep', l='-', s=False, note='headline restatement'))

item('v01', 'wire', '2024-05-09', '2024-05-09', 'Armenia', 'protest_or_statement', 'Yerevan', 'Yerevan', '',
     0, "Thousands rally in Yerevan demanding Armenian PM's resignation - Thousands of people rallied peacefully in central Yerevan on Thursday, demanding the resignation of Prime Minister Nikol Pashinyan over his agreement to hand several border villages to Azerbaijan, in a protest led by a senior cleric who")
