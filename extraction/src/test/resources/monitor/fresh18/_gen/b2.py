# 39 monitor notes from other conflicts (33), 1 with no event, 5 non-conflict. Writer AE.
from lib import *

I('afg-andar', 'note', '2020-08-15', '2020-08-14', 'Afghanistan', 'attack', 'Andar', 'Ghazni', 'Andar', 17,
  "Andar district (Ghazni), 14 August 2020 - Taliban fighters overran two police outposts near the district centre after midnight, killing 6 policemen and taking 3 others away with them; the provincial police spokesman said 11 attackers were killed when reinforcements arrived from Ghazni city. A police Humvee was burnt.",
  A('AFGREB', 'Taliban fighters overran two police outposts near the district centre', victim='AFGMIL'),
  C('AFGREB', 'Taliban fighters overran two police outposts', s=False, note='outposts are sites, not a place'),
  K('AFGMIL', 6, 'killing 6 policemen', actor='AFGREB'),
  K('AFGREB', 11, '11 attackers were killed when reinforcements arrived', actor='AFGMIL', by='AFGMIL'),
  E('AFGMIL', 'VEHICLE', None, 'A police Humvee was burnt', actor='AFGREB'))

I('bfa-tougouri', 'note', '2022-11-10', '2022-11-09', 'Burkina Faso', 'attack', 'Tougouri', 'Centre-Nord', 'Namentenga', 28,
  "Tougouri (Namentenga), 9 November 2022: Armed men on motorbikes attacked a VDP position at the edge of the town at dusk. Seven VDP members and a gendarme were killed, and the attackers set fire to the post's pickup truck before leaving. The army said air support 'neutralised' some 20 assailants as they fled north.",
  A(None, 'Armed men on motorbikes attacked a VDP position at the edge of the town', victim='BFAMIL'),
  K('BFAMIL', 8, 'Seven VDP members and a gendarme were killed', note='VDP and gendarmes both MIL: 7 + 1'),
  E('BFAMIL', 'VEHICLE', None, "set fire to the post's pickup truck"),
  A('BFAMIL', "air support 'neutralised' some 20 assailants", victim='BFAREB', by='BFAMIL'),
  K('BFAREB', '~20', "'neutralised' some 20 assailants", actor='BFAMIL', by='BFAMIL', note='claimed kill; attackers of no named group as the REB of the country'))

I('cod-oicha', 'note', '2022-10-08', '2022-10-06', 'DR Congo', 'attack', 'Oicha', 'North Kivu', 'Beni', 9,
  "In the night of 6 October 2022, suspected ADF rebels entered the Masosi quarter of Oicha with machetes and guns, killing 9 civilians, among them a nurse, and setting fire to the health post; a FARDC patrol arrived after the attackers had gone.",
  A('CODREB', 'suspected ADF rebels entered the Masosi quarter of Oicha', victim='CODCVL'),
  K('CODCVL', 9, 'killing 9 civilians', actor='CODREB'),
  K('CODCVL', 1, 'among them a nurse', actor='CODREB', s=False, note='sub-count of the 9'))

I('nga-dansadau', 'note', '2022-04-19', '2022-04-17', 'Nigeria', 'attack', 'Dansadau', 'Zamfara', 'Maru', 24,
  "Bandits on dozens of motorcycles raided three hamlets around Dansadau in Maru LGA of Zamfara state on 17 April 2022, shooting dead 23 villagers and abducting an unknown number of women; residents buried 19 of the dead the next day. A vigilante was also killed when local volunteers went after the gang.",
  A('NGAREB', 'Bandits on dozens of motorcycles raided three hamlets around Dansadau', victim='NGACVL'),
  K('NGACVL', 23, 'shooting dead 23 villagers', actor='NGAREB'),
  K('NGAMIL', 1, 'A vigilante was also killed', actor='NGAREB', note='vigilantes: MIL'))

I('pak-kulachi', 'note', '2024-09-24', '2024-09-21', 'Pakistan', 'attack', 'Kulachi', 'Khyber Pakhtunkhwa', 'Dera Ismail Khan', 6,
  "Dera Ismail Khan district, 21 September 2024 - Militants fired on a police mobile on the road outside Kulachi late in the evening, killing 2 policemen. ISPR said the next day that 4 militants involved in the attack were killed in a follow-up operation in the same area.",
  A('PAKREB', 'Militants fired on a police mobile on the road outside Kulachi', victim='PAKMIL'),
  K('PAKMIL', 2, 'killing 2 policemen', actor='PAKREB'),
  K('PAKREB', 4, '4 militants involved in the attack were killed in a follow-up operation', actor='PAKMIL', by='PAKMIL', d='2024-09-22'),
  O('PAKMIL', 'a follow-up operation in the same area', d='2024-09-22', s=False, note='routine follow-up operation'))

I('som-balad', 'note', '2023-05-08', '2023-05-07', 'Somalia', 'attack', 'Balad', 'Middle Shabelle', 'Balcad', 3,
  "On 7 May 2023, al-Shabaab fighters ambushed a convoy of Somali troops and macawisley militia near Balad in Middle Shabelle. The army said 3 soldiers died and 5 were wounded; the group claimed on its radio to have killed 15.",
  A('SOMREB', 'al-Shabaab fighters ambushed a convoy of Somali troops and macawisley militia near Balad', victim='SOMMIL'),
  K('SOMMIL', 3, 'The army said 3 soldiers died', actor='SOMREB', by='SOMMIL'),
  W('SOMMIL', 5, '5 were wounded', actor='SOMREB', by='SOMMIL'),
  K('SOMMIL', 15, 'the group claimed on its radio to have killed 15', actor='SOMREB', by='SOMREB', s=False, note="competing claim for the same dead"))

I('sdn-kamlin', 'note', '2023-12-26', '2023-12-24', 'Sudan', 'attack', 'Al-Kamlin', 'Gezira', 'Al-Kamlin', 14,
  "Al-Kamlin (Gezira), 24 December 2023 - A day after taking the town, RSF fighters raided villages east of Al-Kamlin and shot dead 14 residents who tried to stop the looting of grain stores, a local resistance committee said. Hundreds of families fled toward Al-Managil.",
  C('SDNREB', 'A day after taking the town, RSF fighters', d='2023-12-23'),
  A('SDNREB', 'RSF fighters raided villages east of Al-Kamlin', victim='SDNCVL'),
  K('SDNCVL', 14, 'shot dead 14 residents', actor='SDNREB'),
  D('SDNCVL', None, 'Hundreds of families fled toward Al-Managil', note='families: no count'))

I('ukr-nikopol', 'note', '2023-08-18', '2023-08-17', 'Ukraine', 'shelling_artillery_missile', 'Nikopol', 'Dnipropetrovsk', 'Nikopol', 1,
  "Nikopol, 17 August 2023 - Russian artillery and kamikaze drones hit the town from across the Dnipro river during the morning, killing a 60-year-old man and wounding 4 people, among them a 12-year-old girl; two power lines and a gas pipe were damaged, the regional governor said.",
  A('RUSMIL', 'Russian artillery and kamikaze drones hit the town from across the Dnipro river', victim='UKRCVL'),
  K('UKRCVL', 1, 'killing a 60-year-old man', actor='RUSMIL', by='UKRGOV'),
  W('UKRCVL', 4, 'wounding 4 people', actor='RUSMIL', by='UKRGOV'),
  W('UKRCVL', 1, 'among them a 12-year-old girl', actor='RUSMIL', by='UKRGOV', s=False, note='sub-count of the 4'))

I('yem-sirwah', 'note', '2021-02-12', '2021-02-11', 'Yemen', 'armed_clash', 'Sirwah', "Ma'rib", 'Sirwah', 25,
  "On 11 February 2021, Houthi forces attacked government positions west of Sirwah in Marib governorate from three directions; pro-government media said 19 Houthi fighters and 6 soldiers were killed by nightfall, while coalition warplanes carried out 14 air strikes on Houthi reinforcements in the area.",
  A('YEMREB', 'Houthi forces attacked government positions west of Sirwah', victim='YEMMIL'),
  K('YEMREB', 19, '19 Houthi fighters', actor='YEMMIL'),
  K('YEMMIL', 6, '6 soldiers were killed by nightfall', actor='YEMREB'),
  A('SAUMIL', 'coalition warplanes carried out 14 air strikes on Houthi reinforcements', victim='YEMREB', n=14, note='Saudi-led coalition'))

I('irq-jalawla', 'note', '2020-09-06', '2020-09-05', 'Iraq', 'remote_explosive_ied', 'Jalawla', 'Diyala', 'Khanaqin', 2,
  "Khanaqin district (Diyala), 5 September 2020 - An IED struck a PMF vehicle on the road north of Jalawla, killing 2 PMF fighters and wounding 3; IS claimed the attack on its channels that night.",
  A('IRQREB', 'An IED struck a PMF vehicle on the road north of Jalawla', victim='IRQMIL', by='IRQREB'),
  E('IRQMIL', 'VEHICLE', None, 'An IED struck a PMF vehicle'),
  K('IRQMIL', 2, 'killing 2 PMF fighters', actor='IRQREB'),
  W('IRQMIL', 3, 'wounding 3', actor='IRQREB'))

I('mli-dogofry', 'note', '2023-06-21', '2023-06-20', 'Mali', 'attack', 'Dogofry', 'Ségou', 'Niono', 7,
  "Niono circle (Ségou), 20 June 2023 - Suspected jihadists ambushed a group of Dozo hunters escorting traders near the village of Dogofry, killing 4 hunters and a trader. The Dozo said they killed 2 of the attackers before the rest escaped into the forest.",
  A('MLIREB', 'Suspected jihadists ambushed a group of Dozo hunters escorting traders near the village of Dogofry', victim='MLIREB'),
  K('MLIREB', 4, 'killing 4 hunters', actor='MLIREB', note='Dozo hunters: REB'),
  K('MLICVL', 1, 'a trader', actor='MLIREB'),
  K('MLIREB', 2, 'they killed 2 of the attackers', by='MLIREB', note='claimed by the Dozo'))

I('mmr-myinmu', 'note', '2024-02-15', '2024-02-14', 'Myanmar', 'air_drone_strike', 'Myinmu', 'Sagaing', 'Monywa', 5,
  "Myinmu township (Sagaing), 14 February 2024 - A military jet bombed a monastery compound on the edge of Myinmu where displaced families were sheltering, killing 5 people, 3 of them novice monks, and wounding 11. The local PDF said 2 of its members were among the wounded.",
  A('MMRMIL', 'A military jet bombed a monastery compound on the edge of Myinmu', victim='MMRCVL'),
  K('MMRCVL', 5, 'killing 5 people', actor='MMRMIL'),
  K('MMRCVL', 3, '3 of them novice monks', actor='MMRMIL', s=False, note='sub-count of the 5'),
  W('MMRCVL', 11, 'wounding 11', actor='MMRMIL'),
  W('MMRREB', 2, '2 of its members were among the wounded', actor='MMRMIL', s=False, note='sub-count of the 11'))

I('mex-irapuato', 'note', '2024-08-19', '2024-08-18', 'Mexico', 'attack', 'Irapuato', 'Guanajuato', 'Irapuato', 7,
  "Irapuato (Guanajuato), 18 August 2024 - Armed men opened fire on a birthday party in a house on the city's south side late at night, killing 7 people and wounding 4; state prosecutors said one of the dead was an off-duty municipal police officer.",
  A(None, "Armed men opened fire on a birthday party in a house on the city's south side", victim='MEXCVL'),
  K('MEXCVL', 7, 'killing 7 people', by='MEXGOV'),
  W('MEXCVL', 4, 'wounding 4', by='MEXGOV'),
  K('MEXMIL', 1, 'one of the dead was an off-duty municipal police officer', by='MEXGOV', s=False, note='sub-count of the 7'))

I('col-suarez', 'note', '2024-05-29', '2024-05-28', 'Colombia', 'attack', 'Suárez', 'Cauca', 'Suárez', 1,
  "On 28 May 2024, FARC dissidents of the Jaime Martínez front attacked the police station in Suárez with explosives launched from drones and rifle fire, wounding 3 police officers and a civilian. A soldier was killed in the fighting that followed on the hills above the town.",
  A('COLREB', 'FARC dissidents of the Jaime Martínez front attacked the police station in Suárez', victim='COLMIL'),
  W('COLMIL', 3, 'wounding 3 police officers', actor='COLREB'),
  W('COLCVL', 1, 'a civilian', actor='COLREB'),
  K('COLMIL', 1, 'A soldier was killed in the fighting that followed', actor='COLREB'))

I('ind-jagargunda', 'note', '2022-11-23', '2022-11-22', 'India', 'remote_explosive_ied', 'Jagargunda', 'Chhattisgarh', 'Sukma', 2,
  "Sukma district, 22 November 2022: An IED planted by Maoists went off under a CRPF vehicle near Jagargunda, killing 2 jawans and injuring the driver, police said; the road had been opened only the week before.",
  A('INDREB', 'An IED planted by Maoists went off under a CRPF vehicle near Jagargunda', victim='INDMIL'),
  E('INDMIL', 'VEHICLE', None, 'went off under a CRPF vehicle'),
  K('INDMIL', 2, 'killing 2 jawans', actor='INDREB', by='INDMIL'),
  W('INDMIL', 1, 'injuring the driver', actor='INDREB', by='INDMIL'))

I('cmr-batibo', 'note', '2022-06-12', '2022-06-08', 'Cameroon', 'attack', 'Batibo', 'North-West', 'Momo', 7,
  "North-West region, 8 June 2022 - Armed separatists ambushed a gendarmerie patrol on the road between Batibo and Widikum, killing 2 gendarmes. Two days later the army said it had raided a separatist camp in the bush near Batibo and killed 5 fighters.",
  A('CMRREB', 'Armed separatists ambushed a gendarmerie patrol on the road between Batibo and Widikum', victim='CMRMIL'),
  K('CMRMIL', 2, 'killing 2 gendarmes', actor='CMRREB'),
  A('CMRMIL', 'it had raided a separatist camp in the bush near Batibo', victim='CMRREB', d='2022-06-10', by='CMRMIL'),
  K('CMRREB', 5, 'killed 5 fighters', actor='CMRMIL', by='CMRMIL', d='2022-06-10'))

I('ner-bosso', 'note', '2021-03-09', '2021-03-07', 'Niger', 'attack', 'Bosso', 'Diffa', 'Bosso', 9,
  "On 7 March 2021, Boko Haram fighters attacked army positions in Bosso, near Lake Chad. The defence ministry said 9 soldiers were killed and 11 wounded, and that 'dozens' of attackers had been neutralised.",
  A('NGAREB', 'Boko Haram fighters attacked army positions in Bosso', victim='NERMIL'),
  K('NERMIL', 9, '9 soldiers were killed', actor='NGAREB', by='NERGOV'),
  W('NERMIL', 11, '11 wounded', actor='NGAREB', by='NERGOV'),
  K('NGAREB', None, "'dozens' of attackers had been neutralised", actor='NERMIL', by='NERGOV', note='vague claimed kill: no count'))

I('eth-dangila', 'note', '2024-03-05', '2024-03-03', 'Ethiopia', 'attack', 'Dangila', 'Amhara', 'Awi', 26,
  "Dangila (Awi zone), 3 March 2024 - After Fano militiamen attacked the town's police station at dawn, soldiers went from house to house and shot dead at least 26 civilians, residents told local media; the regional government said only 'extremists' had been killed.",
  A('ETHREB', "Fano militiamen attacked the town's police station at dawn", victim='ETHMIL'),
  K('ETHCVL', '>26', 'shot dead at least 26 civilians', actor='ETHMIL'))

I('moz-macomia', 'note', '2024-05-11', '2024-05-10', 'Mozambique', 'nonstate_takes_territory', 'Macomia', 'Cabo Delgado', 'Macomia', 5,
  "Macomia (Cabo Delgado), 10 May 2024 - Around 100 insurgents entered Macomia town before dawn, looting the market and the health centre and fighting the army for several hours before they withdrew toward the coast; 3 soldiers and 2 civilians were killed, according to local sources.",
  C('MOZREB', 'Around 100 insurgents entered Macomia town before dawn'),
  A('MOZREB', 'fighting the army for several hours', victim='MOZMIL'),
  K('MOZMIL', 3, '3 soldiers', actor='MOZREB'),
  K('MOZCVL', 2, '2 civilians were killed', actor='MOZREB'))

I('pse-faraa', 'note', '2024-08-30', '2024-08-29', 'Palestine', 'air_drone_strike', "Far'a", 'West Bank', 'Tubas', 5,
  "On 29 August 2024, an Israeli drone strike hit a car in the Far'a refugee camp south of Tubas, killing 4 members of the camp's armed brigade, according to the army, and a 15-year-old boy, according to the health ministry. Another man was wounded.",
  A('ISRMIL', "an Israeli drone strike hit a car in the Far'a refugee camp", victim='PSEREB'),
  K('PSEREB', 4, "killing 4 members of the camp's armed brigade", actor='ISRMIL', by='ISRMIL'),
  K('PSECVL', 1, 'a 15-year-old boy', actor='ISRMIL', by='PSEGOV'),
  W('PSECVL', 1, 'Another man was wounded', actor='ISRMIL'))

I('lbn-aitaroun', 'note', '2023-12-12', '2023-12-11', 'Lebanon', 'air_drone_strike', 'Aitaroun', 'Nabatieh', 'Bint Jbeil', 2,
  "Aitaroun (Bint Jbeil district), 11 December 2023 - An Israeli drone strike hit a house at the eastern edge of the village in the evening, killing an elderly woman and her son. An hour later Hezbollah fired a salvo of rockets at an army post across the border.",
  A('ISRMIL', 'An Israeli drone strike hit a house at the eastern edge of the village', victim='LBNCVL'),
  K('LBNCVL', 2, 'killing an elderly woman and her son', actor='ISRMIL', note='one code: 1 + 1'),
  A('LBNREB', 'Hezbollah fired a salvo of rockets at an army post across the border', victim='ISRMIL', loc=None))

I('lby-zawiya', 'note', '2023-05-28', '2023-05-27', 'Libya', 'armed_clash', 'Zawiya', 'Zawiya', 'Zawiya', 5,
  "Zawiya, 27 May 2023 - Rival armed groups fought with medium and heavy weapons in the Harsha district of the city through the night; the Ambulance and Emergency Service said 5 people were killed, 2 of them civilians, and 13 wounded.",
  A('LBYREB', 'Rival armed groups fought with medium and heavy weapons in the Harsha district', note='both sides the same code'),
  K('LBYCVL', 5, '5 people were killed', note='mixed toll, partial breakdown: CVL of the place'),
  K('LBYCVL', 2, '2 of them civilians', s=False, note='sub-count of the 5'),
  W('LBYCVL', 13, '13 wounded'))

I('ssd-marial-lou', 'note', '2024-01-03', '2024-01-02', 'South Sudan', 'attack', 'Marial Lou', 'Warrap', 'Tonj North', 16,
  "Tonj North county (Warrap), 2 January 2024 - Armed youths from a neighbouring county raided cattle camps near Marial Lou, killing 11 herders and a child and driving off about 2,000 head of cattle. The county commissioner said 4 raiders were killed as herders fought back.",
  A('SSDREB', 'Armed youths from a neighbouring county raided cattle camps near Marial Lou', victim='SSDCVL'),
  K('SSDCVL', 12, 'killing 11 herders and a child', actor='SSDREB', note='one code: 11 + 1'),
  K('SSDREB', 4, '4 raiders were killed as herders fought back', by='SSDGOV'))

I('caf-bozoum', 'note', '2022-02-11', '2022-02-10', 'CAR', 'attack', 'Bozoum', 'Ouham-Pendé', 'Bozoum', 2,
  "On 10 February 2022, 3R fighters attacked a FACA checkpoint on the Bozoum-Bocaranga road, killing 2 soldiers. MINUSCA said its peacekeepers later drove the attackers off; one peacekeeper was lightly wounded.",
  A('CAFREB', 'attacked a FACA checkpoint on the Bozoum-Bocaranga road', victim='CAFMIL'),
  K('CAFMIL', 2, 'killing 2 soldiers', actor='CAFREB'),
  A('IGOUNO', 'its peacekeepers later drove the attackers off', victim='CAFREB', s=False, note='return of fire'),
  W('IGOUNO', 1, 'one peacekeeper was lightly wounded', actor='CAFREB', by='IGOUNO', note='peacekeeper of unstated nationality'))

I('phl-guihulngan', 'note', '2022-04-07', '2022-04-06', 'Philippines', 'armed_clash', 'Guihulngan', 'Negros Oriental', 'Negros Oriental', 3,
  "On 6 April 2022, troops of the 94th Infantry Battalion clashed with about 20 NPA rebels in the hills above Guihulngan City, Negros Oriental. The army said 3 rebels were killed and a soldier wounded, and that 5 high-powered rifles were recovered.",
  A('PHLMIL', 'troops of the 94th Infantry Battalion clashed with about 20 NPA rebels', victim='PHLREB'),
  A('PHLREB', 'clashed with about 20 NPA rebels', victim='PHLMIL', s=False, note='second side of a clash'),
  K('PHLREB', 3, '3 rebels were killed', actor='PHLMIL', by='PHLMIL'),
  W('PHLMIL', 1, 'a soldier wounded', actor='PHLREB', by='PHLMIL'))

I('ken-elwak', 'note', '2023-06-16', '2023-06-15', 'Kenya', 'remote_explosive_ied', 'Elwak', 'Mandera', 'Mandera South', 3,
  "An improvised explosive device hit a police vehicle on the road between Elwak and Wargadud in Mandera county on 15 June 2023, killing 3 police reservists and wounding 2 officers; police blamed al-Shabaab.",
  A(None, 'An improvised explosive device hit a police vehicle on the road between Elwak and Wargadud', victim='KENMIL', note='blamed, not claimed'),
  E('KENMIL', 'VEHICLE', None, 'hit a police vehicle'),
  K('KENMIL', 3, 'killing 3 police reservists'),
  W('KENMIL', 2, 'wounding 2 officers'))

I('tur-semdinli', 'note', '2019-05-10', '2019-05-09', 'Turkey', 'armed_clash', 'Şemdinli', 'Hakkari', 'Şemdinli', 4,
  "Hakkari, 9 May 2019 - PKK militants opened fire on a gendarmerie patrol in the countryside of Şemdinli, killing a soldier and wounding 2 others, the governor's office said. The Defence Ministry said on Friday that 3 militants had been 'neutralised' in the operation launched afterwards.",
  A('TURREB', 'PKK militants opened fire on a gendarmerie patrol in the countryside of Şemdinli', victim='TURMIL'),
  K('TURMIL', 1, 'killing a soldier', actor='TURREB', by='TURGOV'),
  W('TURMIL', 2, 'wounding 2 others', actor='TURREB', by='TURGOV'),
  K('TURREB', 3, "3 militants had been 'neutralised'", actor='TURMIL', by='TURGOV', d=None, note='claim with no day of its own'),
  O('TURMIL', 'the operation launched afterwards', s=False, note='pursuit operation'))

I('aze-tartar', 'note', '2020-10-05', '2020-10-04', 'Azerbaijan', 'shelling_artillery_missile', 'Tartar', 'Tartar', 'Tartar', 1,
  "Tartar, 4 October 2020 - Armenian artillery shelled the centre of Tartar and villages around it for several hours, killing a 14-year-old girl and wounding 5 civilians, the Azerbaijani prosecutor's office said.",
  A('ARMMIL', 'Armenian artillery shelled the centre of Tartar', victim='AZECVL'),
  K('AZECVL', 1, 'killing a 14-year-old girl', actor='ARMMIL', by='AZEGOV'),
  W('AZECVL', 5, 'wounding 5 civilians', actor='ARMMIL', by='AZEGOV'))

I('arm-jermuk', 'note', '2022-09-14', '2022-09-13', 'Armenia', 'shelling_artillery_missile', 'Jermuk', 'Vayots Dzor', 'Jermuk', 51,
  "Jermuk, 13 September 2022 - Azerbaijani artillery and drones hit army positions around the spa town and its outskirts after midnight, killing 2 civilians in Jermuk. The Armenian Defence Ministry said 49 servicemen were killed along the border overnight.",
  A('AZEMIL', 'Azerbaijani artillery and drones hit army positions around the spa town', victim='ARMMIL'),
  K('ARMCVL', 2, 'killing 2 civilians in Jermuk', actor='AZEMIL'),
  K('ARMMIL', 49, '49 servicemen were killed along the border overnight', actor='AZEMIL', by='ARMGOV', loc=None, note='one night of fighting: an incident'))

I('tcd-ngouboua', 'note', '2022-10-24', '2022-10-23', 'Chad', 'attack', 'Ngouboua', 'Lac', 'Kaya', 28,
  "Lac province, 23 October 2022 - Boko Haram fighters in canoes attacked an army position on an island near Ngouboua before dawn, killing 6 soldiers; the army said 22 assailants were killed in the fighting.",
  A('NGAREB', 'Boko Haram fighters in canoes attacked an army position on an island near Ngouboua', victim='TCDMIL'),
  K('TCDMIL', 6, 'killing 6 soldiers', actor='NGAREB'),
  K('NGAREB', 22, 'the army said 22 assailants were killed', actor='TCDMIL', by='TCDMIL'))

I('npl-myagdi', 'note', '2023-07-28', '2023-07-27', 'Nepal', 'disaster', 'Myagdi', 'Gandaki', 'Myagdi', 0,
  "Myagdi district (Gandaki), 27 July 2023 - A landslide triggered by overnight rain swept away 4 houses in Annapurna rural municipality; police recovered 5 bodies by the afternoon and 3 people were still missing, while 22 families were moved to a school.",
  K('NPLCVL', 5, 'police recovered 5 bodies by the afternoon'),
  D('NPLCVL', None, '22 families were moved to a school', note='families: no count'))

I('bgd-narayanganj', 'note', '2021-04-06', '2021-04-04', 'Bangladesh', 'accident', 'Narayanganj', 'Dhaka', 'Narayanganj', 0,
  "On the evening of 4 April 2021, a launch carrying about 50 passengers capsized in the Shitalakshya river near Narayanganj after a cargo vessel rammed it; divers had recovered 21 bodies by the next afternoon.",
  K('BGDCVL', 21, 'divers had recovered 21 bodies by the next afternoon', note='toll of one accident, dated to it'))

I('gtm-coban', 'note', '2020-11-07', '2020-11-06', 'Guatemala', 'disaster', 'Cobán', 'Alta Verapaz', 'Cobán', 0,
  "Cobán (Alta Verapaz), 6 November 2020 - Rains left by storm Eta set off a landslide that buried about 25 homes in a hamlet above the town; rescuers recovered 8 bodies, and more than 1,300 people were moved to shelters in Cobán.",
  K('GTMCVL', 8, 'rescuers recovered 8 bodies'),
  D('GTMCVL', '>1300', 'more than 1,300 people were moved to shelters'))

I('mwi-cholera', 'note', '2023-01-26', '2023-01-26', 'Malawi', 'disease', 'Blantyre', 'Southern', 'Blantyre', 0,
  "26 January 2023: Malawi's Ministry of Health said 33 more people had died of cholera over the past day, most of them in Blantyre and Lilongwe, bringing the toll since the outbreak began in March last year to 1,210.",
  K('MWICVL', 33, '33 more people had died of cholera over the past day', loc=None, by='MWIGOV', cum=True),
  K('MWICVL', 1210, 'bringing the toll since the outbreak began in March last year to 1,210', loc=None, by='MWIGOV', cum=True))

I('bol-yocalla', 'note', '2024-03-04', '2024-03-03', 'Bolivia', 'accident', 'Yocalla', 'Potosí', 'Tomás Frías', 0,
  "Before dawn on 3 March 2024, a bus travelling from Oruro to Potosí plunged about 150 metres into a ravine near Yocalla, killing 19 passengers and injuring 24, police said.",
  K('BOLCVL', 19, 'killing 19 passengers', by='BOLMIL'),
  W('BOLCVL', 24, 'injuring 24', by='BOLMIL'))

I('lka-galle-face', 'note', '2022-04-10', '2022-04-09', 'Sri Lanka', 'protest_or_statement', 'Colombo', 'Western', 'Colombo', 0,
  "Colombo, 9 April 2022 - Thousands of people marched to the Galle Face seafront to demand the president's resignation over fuel and power shortages; the rally stayed peaceful, and police watched from a distance.")

I('tha-rueso', 'note', '2022-03-13', '2022-03-12', 'Thailand', 'remote_explosive_ied', 'Rueso', 'Narathiwat', 'Rueso', 1,
  "Narathiwat, 12 March 2022 - A roadside bomb went off as a pickup carrying 5 rangers passed a rubber plantation in Rueso district, killing a ranger and wounding the other 4; insurgents then fired on the vehicle before escaping.",
  A('THAREB', 'insurgents then fired on the vehicle', victim='THAMIL'),
  A(None, 'A roadside bomb went off as a pickup carrying 5 rangers passed', victim='THAMIL', s=False, note='same attack as the insurgents\' fire'),
  E('THAMIL', 'VEHICLE', None, 'A roadside bomb went off as a pickup carrying 5 rangers passed'),
  K('THAMIL', 1, 'killing a ranger'),
  W('THAMIL', 4, 'wounding the other 4'))

I('ben-porga', 'note', '2023-06-16', '2023-06-15', 'Benin', 'attack', 'Porga', 'Atacora', 'Matéri', 3,
  "On 15 June 2023, suspected jihadists attacked an army post at Porga near the border with Burkina Faso, killing 2 soldiers; the army said one attacker was killed.",
  A('BENREB', 'suspected jihadists attacked an army post at Porga', victim='BENMIL', note='unnamed jihadists: REB of the country struck'),
  K('BENMIL', 2, 'killing 2 soldiers', actor='BENREB'),
  K('BENREB', 1, 'one attacker was killed', actor='BENMIL', by='BENMIL'))

I('png-wapenamanda', 'note', '2023-06-12', '2023-06-10', 'Papua New Guinea', 'armed_clash', 'Wapenamanda', 'Enga', 'Wapenamanda', 9,
  "Enga province, 10 June 2023 - Clan fighters armed with factory-made rifles fought along the Lai river near Wapenamanda for most of the day; police said 9 men were killed and several houses burnt.",
  A('PNGREB', 'Clan fighters armed with factory-made rifles fought along the Lai river near Wapenamanda', note='both sides the same code'),
  K('PNGREB', 9, '9 men were killed', by='PNGMIL'))
