"""39 monitor notes from other conflicts (33 conflict, 1 with no event) and 5 non-conflict notes."""
from lib import *

item('n01', 'note', '2019-05-04', '2019-05-03', 'Afghanistan', 'attack', 'Dasht-e Archi', 'Kunduz', 'Dasht-e Archi',
     17, "On 3 May 2019, Taliban fighters attacked two security checkpoints in Dasht-e Archi district of Kunduz province before dawn, killing 6 policemen and 2 members of a pro-government militia; the district governor said 9 attackers were also killed.",
     A('AFGREB', 'Taliban fighters attacked two security checkpoints in Dasht-e Archi district', v='AFGMIL', n=2, note='count: the checkpoints the evidence numbers'),
     K('AFGMIL', 8, 'killing 6 policemen and 2 members of a pro-government militia', a='AFGREB', note='police and pro-government militia both AFGMIL: one line 6 + 2'),
     K('AFGREB', 9, '9 attackers were also killed', c='AFGGOV'))

item('n02', 'note', '2022-01-09', '2022-01-08', 'Pakistan', 'attack', 'Panjgur', 'Balochistan', 'Panjgur',
     3, "On 8 January 2022, militants ambushed a Frontier Corps patrol near Panjgur, killing a soldier; ISPR said two of the militants were killed in the exchange of fire that followed.",
     A('PAKREB', 'militants ambushed a Frontier Corps patrol near Panjgur', v='PAKMIL'),
     K('PAKMIL', 1, 'killing a soldier', a='PAKREB'),
     K('PAKREB', 2, 'two of the militants were killed', c='PAKMIL'),
     A('PAKMIL', 'the exchange of fire that followed', s=False, note='return of fire inside the incident'))

item('n03', 'note', '2021-03-15', '2021-03-14', 'India', 'remote_explosive_ied', 'Kirandul', 'Chhattisgarh', 'Dantewada',
     4, "On 14 March 2021, Maoists triggered an IED under a vehicle carrying District Reserve Guard personnel near Kirandul in Dantewada district, killing 3 jawans and the civilian driver; five other jawans were injured.",
     A('INDREB', 'Maoists triggered an IED under a vehicle carrying District Reserve Guard personnel', v='INDMIL'),
     E('INDMIL', 'VEHICLE', None, 'Maoists triggered an IED under a vehicle carrying District Reserve Guard personnel', a='INDREB'),
     K('INDMIL', 3, 'killing 3 jawans', a='INDREB'),
     K('INDCVL', 1, 'the civilian driver', a='INDREB'),
     W('INDMIL', 5, 'five other jawans were injured', a='INDREB'))

item('n04', 'note', '2021-06-12', '2021-06-10', 'Nigeria', 'attack', 'Kadawa', 'Zamfara', 'Zurmi',
     43, "On 10 June 2021, bandits on motorcycles raided Kadawa village in Zurmi LGA of Zamfara State, shooting dead 43 villagers and setting houses ablaze; residents said about 30 others were abducted.",
     A(None, 'bandits on motorcycles raided Kadawa village', v='NGACVL', note='bandits with no group: actor null'),
     K('NGACVL', 43, 'shooting dead 43 villagers'))

item('n05', 'note', '2023-03-23', '2023-03-22', 'Mali', 'attack', 'Niono', 'Ségou', 'Niono',
     16, "Ségou region, 22/03/2023 - JNIM fighters ambushed a FAMa convoy between Niono and Diabaly, killing 4 soldiers; the army said 12 assailants were neutralised in the air response.",
     A('MLIREB', 'JNIM fighters ambushed a FAMa convoy between Niono and Diabaly', v='MLIMIL'),
     K('MLIMIL', 4, 'killing 4 soldiers', a='MLIREB'),
     K('MLIREB', 12, '12 assailants were neutralised', a='MLIMIL', c='MLIMIL'),
     A('MLIMIL', 'the air response', s=False, note='retaliation inside the incident'))

item('n06', 'note', '2023-10-10', '2023-10-09', 'Burkina Faso', 'attack', 'Dargo', 'Centre-Nord', 'Namentenga',
     8, "On 9 October 2023, gunmen attacked a post of the Volunteers for the Defence of the Homeland (VDP) in Dargo, Namentenga province, killing 7 VDP members and a soldier.",
     A(None, 'gunmen attacked a post of the Volunteers for the Defence of the Homeland', v='BFAMIL'),
     K('BFAMIL', 8, 'killing 7 VDP members and a soldier', note='VDP and soldier both BFAMIL: one line 7 + 1'))

item('n07', 'note', '2024-02-13', '2024-02-12', 'Niger', 'attack', 'Tizegorou', 'Tillabéri', 'Banibangou',
     9, "On 12 February 2024, armed men on motorbikes stormed the village of Tizegorou in Banibangou department (Tillabéri region), killing 9 civilians, including the village chief, and driving away livestock.",
     A(None, 'armed men on motorbikes stormed the village of Tizegorou', v='NERCVL'),
     K('NERCVL', 9, 'killing 9 civilians'),
     K('NERCVL', 1, 'including the village chief', s=False, note='sub-count'))

item('n08', 'note', '2024-06-09', '2024-06-07', 'DR Congo', 'attack', 'Masala', 'North Kivu', 'Lubero',
     42, "On 7 June 2024, ADF rebels raided Masala village in Lubero territory with machetes and guns, killing 41 people according to a local civil society leader; the toll was later raised to 42 after another body was found in a field.",
     A('CODREB', 'ADF rebels raided Masala village in Lubero territory', v='CODCVL'),
     K('CODCVL', 42, 'the toll was later raised to 42', a='CODREB', note='updated toll of the raid'),
     K('CODCVL', 41, 'killing 41 people', a='CODREB', s=False, note='superseded figure'))

item('n09', 'note', '2024-04-05', '2024-04-04', 'Somalia', 'remote_explosive_ied', 'Afgooye', 'Lower Shabelle', 'Afgooye',
     3, "On 4 April 2024, an al-Shabaab suicide bomber blew himself up at a checkpoint manned by Danab forces near Afgooye, killing two soldiers and wounding four; a passer-by was also hurt.",
     A('SOMREB', 'an al-Shabaab suicide bomber blew himself up at a checkpoint', v='SOMMIL'),
     K('SOMREB', 1, 'an al-Shabaab suicide bomber blew himself up', note="the attacker's own death"),
     K('SOMMIL', 2, 'killing two soldiers', a='SOMREB'),
     W('SOMMIL', 4, 'wounding four', a='SOMREB'),
     W('SOMCVL', 1, 'a passer-by was also hurt', a='SOMREB'))

item('n10', 'note', '2023-12-12', '2023-12-11', 'Ethiopia', 'air_drone_strike', 'Debre Markos', 'Amhara', 'East Gojjam',
     8, "Amhara region, 11 December 2023: a drone strike residents blamed on the federal army hit a pickup carrying Fano fighters and civilians near Debre Markos, killing 5 Fano fighters and 3 civilians. The government did not comment.",
     A(None, 'a drone strike residents blamed on the federal army hit a pickup', note='blamed by residents only, no comment from the government: actor null'),
     K('ETHREB', 5, 'killing 5 Fano fighters and 3 civilians'),
     K('ETHCVL', 3, 'killing 5 Fano fighters and 3 civilians'))

item('n11', 'note', '2024-03-05', '2024-03-04', 'South Sudan', 'attack', 'Cueibet', 'Lakes', 'Cueibet',
     14, "Lakes State - 4 Mar 2024: armed youths raided a cattle camp near Cueibet, killing 12 herders and making off with hundreds of head of cattle. Two of the raiders were killed when the herders fought back.",
     A('SSDREB', 'armed youths raided a cattle camp near Cueibet', v='SSDCVL'),
     K('SSDCVL', 12, 'killing 12 herders', a='SSDREB'),
     K('SSDREB', 2, 'Two of the raiders were killed'))

item('n12', 'note', '2023-11-05', '2023-11-04', 'Sudan', 'nonstate_takes_territory', 'Ardamata', 'West Darfur', 'El Geneina',
     0, "On 4 November 2023, RSF fighters and allied militias took control of the army's base at Ardamata, on the outskirts of El Geneina, after two days of fighting. Hundreds of people fled across the border into Chad the same day, UN officials said.",
     C('SDNREB', "RSF fighters and allied militias took control of the army's base at Ardamata"),
     A('SDNREB', 'after two days of fighting', d='-', note='fighting over two days: no single day'),
     D('SDNCVL', None, 'Hundreds of people fled across the border into Chad the same day', c='IGOUNO'))

item('n13', 'note', '2021-01-18', '2021-01-17', 'Cameroon', 'attack', 'Mozogo', 'Far North', 'Mayo-Tsanaga',
     3, "Mayo-Tsanaga (Far North), 17 January 2021 - Boko Haram fighters raided the village of Mozogo overnight, shooting dead 3 civilians and burning granaries; residents fled to the town of Koza.",
     A('NGAREB', 'Boko Haram fighters raided the village of Mozogo', v='CMRCVL'),
     K('CMRCVL', 3, 'shooting dead 3 civilians', a='NGAREB'),
     D('CMRCVL', None, 'residents fled to the town of Koza', l='Mozogo', note='vague, day known; place fled from'))

item('n14', 'note', '2023-09-04', '2023-09-03', 'Mozambique', 'attack', 'Mocímboa da Praia', 'Cabo Delgado', 'Mocímboa da Praia',
     2, "Cabo Delgado: on 3 September 2023, insurgents ambushed a truck on the road between Mocímboa da Praia and Awasse, killing the driver and his assistant. Rwandan troops recovered the burnt-out truck the next day.",
     A('MOZREB', 'insurgents ambushed a truck on the road between Mocímboa da Praia and Awasse', v='MOZCVL'),
     K('MOZCVL', 2, 'killing the driver and his assistant', a='MOZREB', note='one code: one line 1 + 1'))

item('n15', 'note', '2023-10-20', '2023-10-19', 'Iraq', 'attack', 'Wadi al-Shay', 'Kirkuk', 'Kirkuk',
     3, "On 19 October 2023, IS militants ambushed an army patrol in Wadi al-Shay, south of Kirkuk, killing an officer and two soldiers; another soldier was wounded and a Humvee was set on fire.",
     A('IRQREB', 'IS militants ambushed an army patrol in Wadi al-Shay', v='IRQMIL'),
     K('IRQMIL', 3, 'killing an officer and two soldiers', a='IRQREB', note='one code: 1 + 2'),
     W('IRQMIL', 1, 'another soldier was wounded', a='IRQREB'),
     E('IRQMIL', 'VEHICLE', None, 'a Humvee was set on fire', a='IRQREB'))

item('n16', 'note', '2021-09-22', '2021-09-21', 'Yemen', 'attack', 'Qataba', 'al-Dhalea', 'Qataba',
     1, "On 21 September 2021, a Houthi sniper shot dead a 10-year-old boy as he fetched water from a well on the edge of Qataba, in al-Dhalea governorate, local medical sources said.",
     A('YEMREB', 'a Houthi sniper shot dead a 10-year-old boy', v='YEMCVL', note='sniper fire: attack'),
     K('YEMCVL', 1, 'shot dead a 10-year-old boy', a='YEMREB'))

item('n17', 'note', '2023-11-10', '2023-11-09', 'Lebanon', 'air_drone_strike', 'Bint Jbeil', 'Nabatieh', 'Bint Jbeil',
     2, "South Lebanon, 9 Nov 2023 - An Israeli drone strike on a car near Bint Jbeil killed two Hezbollah members; a third man in the car, a civilian, was wounded.",
     A('ISRMIL', 'An Israeli drone strike on a car near Bint Jbeil', v='LBNREB'),
     K('LBNREB', 2, 'killed two Hezbollah members', a='ISRMIL'),
     W('LBNCVL', 1, 'a third man in the car, a civilian, was wounded', a='ISRMIL'))

item('n18', 'note', '2025-01-09', '2025-01-08', 'Palestine', 'air_drone_strike', 'Tammun', 'West Bank', 'Tubas',
     3, "On 8 January 2025, an Israeli air strike hit a group of people in Tammun, south of Tubas, killing three Palestinians, among them two boys, the Palestinian health ministry said.",
     A('ISRMIL', 'an Israeli air strike hit a group of people in Tammun', v='PSECVL'),
     K('PSECVL', 3, 'killing three Palestinians', a='ISRMIL', c='PSEGOV'),
     K('PSECVL', 2, 'among them two boys', a='ISRMIL', c='PSEGOV', s=False, note='sub-count'))

item('n19', 'note', '2024-01-11', '2024-01-10', 'Myanmar', 'air_drone_strike', 'Kanan', 'Sagaing', 'Tamu',
     17, "On 10 January 2024, military aircraft bombed a church compound in Kanan village, Khampat township (Sagaing Region), killing 17 people, among them 9 children, local resistance groups said; about 20 others were wounded.",
     A('MMRMIL', 'military aircraft bombed a church compound in Kanan village', v='MMRCVL'),
     K('MMRCVL', 17, 'killing 17 people', a='MMRMIL'),
     K('MMRCVL', 9, 'among them 9 children', a='MMRMIL', s=False, note='sub-count'),
     W('MMRCVL', 20, 'about 20 others were wounded', a='MMRMIL', q='AB'))

item('n20', 'note', '2024-05-21', '2024-05-20', 'Colombia', 'attack', 'Morales', 'Cauca', 'Morales',
     0, "Cauca department, 20 May 2024: FARC dissidents attacked the police station in Morales with explosives and rifle fire, wounding 4 police officers and a woman who lived next door.",
     A('COLREB', 'FARC dissidents attacked the police station in Morales', v='COLMIL'),
     W('COLMIL', 4, 'wounding 4 police officers', a='COLREB'),
     W('COLCVL', 1, 'a woman who lived next door', a='COLREB'))

item('n21', 'note', '2023-03-15', '2023-03-14', 'Mexico', 'attack', 'Salamanca', 'Guanajuato', 'Salamanca',
     8, "Salamanca (Guanajuato), 14 March 2023 - Armed men burst into a billiards hall and opened fire, killing seven men and a woman; police found more than 60 shell casings at the scene.",
     A(None, 'Armed men burst into a billiards hall and opened fire', v='MEXCVL'),
     K('MEXCVL', 8, 'killing seven men and a woman', note='one code: 7 + 1'))

item('n22', 'note', '2024-10-05', '2024-10-03', 'Haiti', 'attack', 'Pont-Sondé', 'Artibonite', 'Saint-Marc',
     70, "On 3 October 2024, members of the Gran Grif gang attacked Pont-Sondé in the Artibonite, killing at least 70 residents, including 10 women and three infants, and setting dozens of houses on fire; more than 6,000 people fled the town.",
     A('HTIREB', 'members of the Gran Grif gang attacked Pont-Sondé', v='HTICVL'),
     K('HTICVL', 70, 'killing at least 70 residents', a='HTIREB', q='AL'),
     K('HTICVL', 10, 'including 10 women', a='HTIREB', s=False, note='sub-count'),
     K('HTICVL', 3, 'three infants', a='HTIREB', s=False, note='sub-count'),
     D('HTICVL', 6000, 'more than 6,000 people fled the town', q='AL'))

item('n23', 'note', '2023-02-19', '2023-02-18', 'Philippines', 'armed_clash', 'Piagapo', 'Lanao del Sur', '',
     4, "On 18 February 2023, soldiers clashed with members of the Dawlah Islamiyah-Maute group in Barangay Bualan, Piagapo, Lanao del Sur, leaving four militants dead and one soldier wounded, the army said.",
     A('PHLMIL', 'soldiers clashed with members of the Dawlah Islamiyah-Maute group', v='PHLREB', c='PHLMIL'),
     A('PHLREB', 'soldiers clashed with members of the Dawlah Islamiyah-Maute group', v='PHLMIL', s=False, note='other side'),
     K('PHLREB', 4, 'four militants dead', a='PHLMIL', c='PHLMIL'),
     W('PHLMIL', 1, 'one soldier wounded', c='PHLMIL'))

item('n24', 'note', '2024-03-10', '2024-03-09', 'Thailand', 'remote_explosive_ied', 'Rueso', 'Narathiwat', 'Rueso',
     0, "Narathiwat, 9 March 2024: a roadside bomb hit a pickup carrying rangers in Rueso district, wounding 3 rangers, one of them seriously.",
     A(None, 'a roadside bomb hit a pickup carrying rangers', v='THAMIL'),
     E('THAMIL', 'VEHICLE', None, 'a roadside bomb hit a pickup carrying rangers'),
     W('THAMIL', 3, 'wounding 3 rangers'),
     W('THAMIL', 1, 'one of them seriously', s=False, note='sub-count'))

item('n25', 'note', '2022-06-13', '2022-06-12', 'Kenya', 'remote_explosive_ied', 'El Wak', 'Mandera', 'Mandera South',
     2, "On 12 June 2022, a police Land Cruiser struck an improvised explosive device planted by suspected al-Shabaab militants near El Wak in Mandera county, killing two officers and injuring a third.",
     A('SOMREB', 'a police Land Cruiser struck an improvised explosive device planted by suspected al-Shabaab militants', v='KENMIL'),
     E('KENMIL', 'VEHICLE', None, 'a police Land Cruiser struck an improvised explosive device', a='SOMREB'),
     K('KENMIL', 2, 'killing two officers', a='SOMREB'),
     W('KENMIL', 1, 'injuring a third', a='SOMREB'))

item('n26', 'note', '2019-01-20', '2019-01-19', 'Libya', 'nonstate_takes_territory', 'Sabha', 'Fezzan', 'Sabha',
     0, "Fezzan: on 19 January 2019, Libyan National Army units entered Sabha and took control of the city's main military base after brief clashes with local armed groups; no casualties were reported.",
     C('LBYREB', 'Libyan National Army units entered Sabha'),
     A('LBYREB', 'after brief clashes with local armed groups', v='LBYREB', note='both sides LBYREB: one line'))

item('n27', 'note', '2023-08-15', '2023-08-14', 'Ukraine', 'shelling_artillery_missile', 'Vovchansk', 'Kharkiv', 'Chuhuiv',
     2, "On 14 August 2023, Russian shelling hit the centre of Vovchansk in Kharkiv oblast, killing two women and wounding a man, the regional governor said.",
     A('RUSMIL', 'Russian shelling hit the centre of Vovchansk', v='UKRCVL', c='UKRGOV'),
     K('UKRCVL', 2, 'killing two women', a='RUSMIL', c='UKRGOV'),
     W('UKRCVL', 1, 'wounding a man', a='RUSMIL', c='UKRGOV'))

item('n29', 'note', '2023-12-16', '2023-12-15', 'Iran', 'attack', 'Rask', 'Sistan and Baluchestan', 'Rask',
     13, "On 15 December 2023, Jaish al-Adl militants stormed a police station in Rask, in Sistan and Baluchestan, killing 11 police officers; the provincial deputy governor said two attackers were killed in the firefight.",
     A('IRNREB', 'Jaish al-Adl militants stormed a police station in Rask', v='IRNMIL'),
     K('IRNMIL', 11, 'killing 11 police officers', a='IRNREB'),
     K('IRNREB', 2, 'two attackers were killed in the firefight', c='IRNGOV'))

item('n30', 'note', '2022-02-09', '2022-02-08', 'Benin', 'remote_explosive_ied', 'W National Park', 'Alibori', 'Karimama',
     3, "On 8 February 2022, a roadside bomb that the authorities blamed on jihadists from neighbouring Burkina Faso hit a vehicle of park rangers in W National Park, killing two rangers and a French trainer.",
     A('BFAREB', 'a roadside bomb that the authorities blamed on jihadists from neighbouring Burkina Faso', v='BENMIL', note='the text makes the group foreign'),
     E('BENMIL', 'VEHICLE', None, 'hit a vehicle of park rangers in W National Park', a='BFAREB'),
     K('BENMIL', 2, 'killing two rangers and a French trainer', a='BFAREB', note='rangers are MIL'),
     K('FRACVL', 1, 'killing two rangers and a French trainer', a='BFAREB', note='a French trainer: second group, coded CVL'))

item('n31', 'note', '2022-07-15', '2022-07-14', 'Togo', 'attack', 'Kpinkankandi', 'Savanes', 'Kpendjal',
     6, "Savanes region, 14 July 2022: armed men attacked an army post at Kpinkankandi, near the border with Burkina Faso, killing six soldiers, a security source said.",
     A(None, 'armed men attacked an army post at Kpinkankandi', v='TGOMIL'),
     K('TGOMIL', 6, 'killing six soldiers'))

item('n32', 'note', '2023-06-25', '2023-06-24', 'Honduras', 'attack', 'Choloma', 'Cortés', 'Choloma',
     10, "On 24 June 2023, gunmen opened fire in a pool hall in Choloma, killing nine men and a woman and wounding three other customers.",
     A(None, 'gunmen opened fire in a pool hall in Choloma', v='HNDCVL'),
     K('HNDCVL', 10, 'killing nine men and a woman', note='one code: 9 + 1'),
     W('HNDCVL', 3, 'wounding three other customers'))

item('n33', 'note', '2023-06-14', '2023-06-13', 'India', 'attack', 'Khamenlok', 'Manipur', 'Imphal East',
     9, "On 13 June 2023, armed men attacked Khamenlok village in Imphal East district late at night, killing nine villagers and injuring 10, police said.",
     A(None, 'armed men attacked Khamenlok village in Imphal East district', v='INDCVL'),
     K('INDCVL', 9, 'killing nine villagers', c='INDMIL'),
     W('INDCVL', 10, 'injuring 10', c='INDMIL'))

item('n34', 'note', '2021-05-25', '2021-05-23', 'Peru', 'attack', 'Vizcatán del Ene', 'Junín', 'Satipo',
     14, "On 23 May 2021, armed men killed 14 people, among them four children, in the hamlet of Vizcatán del Ene in Satipo province, prosecutors said; the army blamed the Militarized Communist Party of Peru, a Shining Path faction.",
     K('PERCVL', 14, 'armed men killed 14 people', a='PERREB', c='PERGOV', note='army attribution gives the side'),
     K('PERCVL', 4, 'among them four children', a='PERREB', s=False, note='sub-count'))

item('n35', 'note', '2022-04-10', '2022-04-09', 'Sri Lanka', 'protest_or_statement', 'Colombo', 'Western', 'Colombo',
     0, "On 9 April 2022, thousands of protesters gathered peacefully on the seafront in Colombo demanding the president's resignation over the economic crisis; police stood by and no incidents were reported.")

item('nc1', 'note', '2022-02-17', '2022-02-15', 'Brazil', 'disaster', 'Petrópolis', 'Rio de Janeiro', 'Petrópolis',
     0, "On 15 February 2022, torrential rain triggered mudslides and floods in Petrópolis, in the mountains of Rio de Janeiro state; by the next evening the civil defence had counted 94 dead, and dozens of people were still missing.",
     K('BRACVL', 94, 'the civil defence had counted 94 dead', note='toll of one event, dated to the rain'))

item('nc2', 'note', '2022-01-21', '2022-01-20', 'Ghana', 'accident', 'Apiatse', 'Western', 'Prestea-Huni Valley',
     0, "Western region, Ghana: on 20 January 2022, a truck carrying mining explosives collided with a motorbike and blew up at Apiatse, near Bogoso, flattening much of the village; police put the toll at 13 dead and 59 injured.",
     K('GHACVL', 13, 'police put the toll at 13 dead and 59 injured', c='GHAMIL'),
     W('GHACVL', 59, 'police put the toll at 13 dead and 59 injured', c='GHAMIL'))

item('nc3', 'note', '2023-09-20', '2023-09-20', 'Guinea', 'disease', 'Siguiri', 'Kankan', 'Siguiri',
     0, "On 20 September 2023, health authorities in Kankan region said a diphtheria outbreak in Siguiri prefecture had killed 58 people, most of them children, since July.",
     K('GINCVL', 58, 'had killed 58 people', cum=True, c='GINGOV'))

item('nc4', 'note', '2023-01-09', '2023-01-08', 'Senegal', 'accident', 'Gniby', 'Kaffrine', 'Kaffrine',
     0, "On 8 January 2023, two buses collided head-on on the national highway near Gniby, in Kaffrine region, killing 40 passengers and injuring 87 others.",
     K('SENCVL', 40, 'killing 40 passengers'),
     W('SENCVL', 87, 'injuring 87 others'))

item('nc5', 'note', '2024-12-19', '2024-12-17', 'Vanuatu', 'disaster', 'Port Vila', 'Shefa', '',
     0, "On 17 December 2024, a magnitude-7.3 earthquake struck near Port Vila; the national disaster office said 14 people were killed, six of them in a landslide on the road to the wharf, and more than 200 were injured.",
     K('VUTCVL', 14, '14 people were killed', c='VUTGOV'),
     K('VUTCVL', 6, 'six of them in a landslide', c='VUTGOV', s=False, note='sub-count'),
     W('VUTCVL', 200, 'more than 200 were injured', q='AL', c='VUTGOV'))
