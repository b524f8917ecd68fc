# b2: 39 monitor notes from other conflicts (33 conflict, 1 with no event) and 5 non-conflict
I('n01', 'note', '2020-06-15', '2020-06-14', 'Afghanistan', 'attack', 'Imam Sahib', 'Kunduz', 'Imam Sahib', 7,
  "On 14 June 2020, Taliban fighters attacked a police checkpoint in Imam Sahib district of Kunduz shortly after midnight, killing 7 policemen and capturing two, the provincial police spokesman said. The Taliban said 12 officers had died.",
  A('AFGREB', "Taliban fighters attacked a police checkpoint in Imam Sahib district of Kunduz", v='AFGMIL'),
  K('AFGMIL', 7, "killing 7 policemen", a='AFGREB', cb='AFGMIL'),
  K('AFGMIL', 12, "The Taliban said 12 officers had died", a='AFGREB', cb='AFGREB', s=False, note='competing claim'))

I('n02', 'note', '2023-05-19', '2023-05-18', 'Pakistan', 'remote_explosive_ied', 'Mir Ali', 'Khyber Pakhtunkhwa', 'North Waziristan', 1,
  "18 May 2023 - North Waziristan: a roadside IED hit a security forces vehicle on patrol near Mir Ali, killing a lance naik and wounding three other soldiers, according to ISPR. The vehicle was badly damaged; no group claimed the blast.",
  A(None, "a roadside IED hit a security forces vehicle on patrol near Mir Ali", v='PAKMIL'),
  K('PAKMIL', 1, "killing a lance naik", cb='PAKMIL'),
  W('PAKMIL', 3, "wounding three other soldiers", cb='PAKMIL'),
  E('PAKMIL', 'VEHICLE', None, "The vehicle was badly damaged"))

I('n03', 'note', '2024-04-03', '2024-04-02', 'India', 'armed_clash', 'Korcholi', 'Chhattisgarh', 'Bijapur', 5,
  "Bijapur (Chhattisgarh), 2 April 2024: five Maoists, two of them women, were killed in an exchange of fire with a joint team of the DRG and CoBRA in the forests near Korcholi village, police said. An INSAS rifle and a muzzle-loader were recovered.",
  K('INDREB', 5, "five Maoists, two of them women, were killed in an exchange of fire", a='INDMIL', cb='INDMIL'),
  K('INDREB', 2, "two of them women", s=False, cb='INDMIL', note='sub-count'),
  A('INDMIL', "an exchange of fire with a joint team of the DRG and CoBRA", v='INDREB', note='security forces operation: the force is first actor'),
  A('INDREB', "an exchange of fire with a joint team of the DRG and CoBRA", v='INDMIL', s=False, note='other side of the exchange'))

I('n04', 'note', '2021-09-27', '2021-09-26', 'Nigeria', 'attack', 'Yargoje', 'Katsina', 'Kankara', 11,
  "Katsina State, 26/09/2021: armed bandits on dozens of motorcycles stormed Yargoje village in Kankara LGA at dusk, shooting dead 11 villagers, a vigilante among them, and carting away livestock. Survivors fled to Kankara town.",
  A(None, "armed bandits on dozens of motorcycles stormed Yargoje village in Kankara LGA", v='NGACVL', note='bandits with no group: no actor'),
  K('NGACVL', 11, "shooting dead 11 villagers"),
  K('NGAMIL', 1, "a vigilante among them", s=False, note='sub-count (vigilante: MIL)'),
  D('NGACVL', None, "Survivors fled to Kankara town", note='vague, day known'))

I('n05', 'note', '2022-09-06', '2022-09-05', 'Burkina Faso', 'attack', 'Dablo', 'Centre-Nord', 'Sanmatenga', 6,
  "5 September 2022: suspected JNIM militants ambushed a VDP patrol between Dablo and Kelbo in Sanmatenga province, killing six volunteers. Two others are missing and a pick-up truck was set on fire.",
  A('BFAREB', "suspected JNIM militants ambushed a VDP patrol between Dablo and Kelbo", v='BFAMIL'),
  K('BFAMIL', 6, "killing six volunteers", a='BFAREB'),
  E('BFAMIL', 'VEHICLE', None, "a pick-up truck was set on fire", a='BFAREB'))

I('n06', 'note', '2024-03-18', '2024-03-17', 'Mali', 'air_drone_strike', 'Amasrakad', 'Gao', 'Gao', 8,
  "On 17 March 2024, a drone operated by the Malian army struck a gathering at a well in Amasrakad, east of Gao, killing 8 people, including a boy of ten, according to local elected officials. The army said it had neutralised terrorists in the area.",
  A('MLIMIL', "a drone operated by the Malian army struck a gathering at a well in Amasrakad", v='MLICVL'),
  K('MLICVL', 8, "killing 8 people, including a boy of ten", a='MLIMIL'),
  K('MLICVL', 1, "including a boy of ten", a='MLIMIL', s=False, note='sub-count'),
  K('MLIREB', None, "it had neutralised terrorists in the area", a='MLIMIL', cb='MLIMIL', s=False, note='vague competing account'))

I('n07', 'note', '2021-03-22', '2021-03-21', 'Niger', 'attack', 'Intazayene', 'Tahoua', 'Tillia', 137,
  "Tahoua region, Niger: on 21 March 2021 gunmen on motorbikes raided Intazayene and neighbouring hamlets in Tillia department, killing 137 people; the government declared three days of mourning.",
  A(None, "gunmen on motorbikes raided Intazayene and neighbouring hamlets in Tillia department", v='NERCVL'),
  K('NERCVL', 137, "killing 137 people"))

I('n08', 'note', '2022-11-08', '2022-11-07', 'Somalia', 'armed_clash', 'Awdheegle', 'Lower Shabelle', 'Afgooye', 13,
  "Lower Shabelle, 07 Nov 2022 - heavy fighting broke out when al-Shabaab fighters attacked a Somali army base in Awdheegle before dawn. The army said 9 militants and 4 soldiers were killed; al-Shabaab claimed it had overrun the base, which the army denied.",
  A('SOMREB', "al-Shabaab fighters attacked a Somali army base in Awdheegle", v='SOMMIL'),
  K('SOMREB', 9, "The army said 9 militants and 4 soldiers were killed", a='SOMMIL', cb='SOMMIL'),
  K('SOMMIL', 4, "The army said 9 militants and 4 soldiers were killed", a='SOMREB', cb='SOMMIL'),
  C('SOMREB', "al-Shabaab claimed it had overrun the base", cb='SOMREB', s=False, note='claim denied by the army; base not a named place'))

I('n09', 'note', '2023-06-13', '2023-06-12', 'Kenya', 'remote_explosive_ied', 'Elwak', 'Mandera', 'Mandera South', 3,
  "Mandera County, 12 June 2023: a police Land Cruiser ran over an explosive device on the Elwak-Rhamu road, killing three officers and injuring two; police blamed suspected al-Shabaab militants, who are active along the border.",
  A('SOMREB', "a police Land Cruiser ran over an explosive device on the Elwak-Rhamu road", v='KENMIL', note='suspected al-Shabaab: SOMREB'),
  K('KENMIL', 3, "killing three officers", a='SOMREB'),
  W('KENMIL', 2, "injuring two", a='SOMREB'),
  E('KENMIL', 'VEHICLE', None, "a police Land Cruiser ran over an explosive device", a='SOMREB'))

I('n10', 'note', '2023-08-05', '2023-08-04', 'Ethiopia', 'nonstate_takes_territory', 'Kobo', 'Amhara', 'North Wollo', 0,
  "North Wollo, Amhara: Fano militiamen entered the town of Kobo on the morning of 4 August 2023 after the federal army pulled out overnight, residents said. Shops were closed and there was sporadic gunfire; no casualty figures were available.",
  C('ETHREB', "Fano militiamen entered the town of Kobo"))

I('n11', 'note', '2024-02-11', '2024-02-10', 'Sudan', 'shelling_artillery_missile', 'El Obeid', 'North Kordofan', 'Sheikan', 6,
  "On 10 February 2024, RSF artillery shelled residential areas in the east of El Obeid, killing six civilians, two of them children, and wounding 17, a medical source at the city's teaching hospital said.",
  A('SDNREB', "RSF artillery shelled residential areas in the east of El Obeid", v='SDNCVL'),
  K('SDNCVL', 6, "killing six civilians, two of them children", a='SDNREB'),
  K('SDNCVL', 2, "two of them children", a='SDNREB', s=False, note='sub-count'),
  W('SDNCVL', 17, "wounding 17", a='SDNREB'))

I('n12', 'note', '2023-01-16', '2023-01-15', 'South Sudan', 'attack', 'Gumuruk', 'Greater Pibor', 'Pibor', 14,
  "Greater Pibor, 15 January 2023: armed youth from Jonglei raided cattle camps around Gumuruk, killing 14 herders and wounding several more; hundreds of families fled towards Pibor town. UNMISS said it had sent a patrol.",
  A('SSDREB', "armed youth from Jonglei raided cattle camps around Gumuruk", v='SSDCVL'),
  K('SSDCVL', 14, "killing 14 herders", a='SSDREB'),
  W('SSDCVL', None, "wounding several more", a='SSDREB'),
  D('SSDCVL', None, "hundreds of families fled towards Pibor town"),
  DP('IGOUNO', "UNMISS said it had sent a patrol", s=False, note='no day for the patrol'))

I('n13', 'note', '2022-06-07', '2022-06-06', 'DR Congo', 'attack', 'Masiki', 'North Kivu', 'Beni', 11,
  "Beni territory, 6 June 2022 - Suspected ADF rebels killed 9 civilians with machetes in Masiki village overnight and set fire to houses; the bodies of two more people were found the next morning in nearby fields.",
  K('CODCVL', 9, "Suspected ADF rebels killed 9 civilians with machetes in Masiki village", a='CODREB'),
  K('CODCVL', 2, "the bodies of two more people were found the next morning", d='2022-06-07', note='dated to the finding, the next morning'),
  A('CODREB', "set fire to houses", s=False, note='arson within the same raid'))

I('n14', 'note', '2021-10-21', '2021-10-20', 'CAR', 'attack', 'Bozoum', 'Ouham-Pende', 'Bozoum', 1,
  "On 20 October 2021 3R fighters opened fire on a MINUSCA convoy near Bozoum, in Ouham-Pende prefecture, killing a peacekeeper from Cameroon and wounding two others, the mission said in a statement.",
  A('CAFREB', "3R fighters opened fire on a MINUSCA convoy near Bozoum", v='IGOUNO'),
  K('CMRMIL', 1, "killing a peacekeeper from Cameroon", a='CAFREB', cb='IGOUNO', note='peacekeeper by nationality'),
  W('CMRMIL', 2, "wounding two others", a='CAFREB', cb='IGOUNO'))

I('n15', 'note', '2022-05-03', '2022-05-02', 'Cameroon', 'remote_explosive_ied', 'Bamenda', 'North-West', 'Mezam', 2,
  "North-West region: late on 2 May 2022 separatist fighters detonated a homemade bomb as a gendarmerie pick-up passed through the Ntarinkon quarter of Bamenda; two gendarmes died and a vendor was hurt.",
  A('CMRREB', "separatist fighters detonated a homemade bomb as a gendarmerie pick-up passed through the Ntarinkon quarter of Bamenda", v='CMRMIL'),
  K('CMRMIL', 2, "two gendarmes died", a='CMRREB'),
  W('CMRCVL', 1, "a vendor was hurt", a='CMRREB'),
  E('CMRMIL', 'VEHICLE', None, "a gendarmerie pick-up", a='CMRREB', s=False, note='vehicle targeted, damage not stated'))

I('n16', 'note', '2020-11-10', '2020-11-08', 'Mozambique', 'attack', 'Muidumbe', 'Cabo Delgado', 'Muidumbe', 2,
  "Cabo Delgado, 08/11/2020: insurgents beheaded two men who had gone to check their fields near the village of Muatide in Muidumbe district; residents of surrounding villages fled into the bush and towards Mueda.",
  K('MOZCVL', 2, "insurgents beheaded two men", a='MOZREB', l='Muatide'),
  D('MOZCVL', None, "residents of surrounding villages fled into the bush and towards Mueda"))

I('n17', 'note', '2021-02-14', '2021-02-13', 'Yemen', 'air_drone_strike', 'Sirwah', 'Marib', 'Sirwah', 4,
  "Marib, 13 Feb 2021 - a Houthi drone laden with explosives hit a government army position west of Sirwah, killing 4 soldiers, a military source said, as fighting continued along the Kofal front for a fifth day.",
  A('YEMREB', "a Houthi drone laden with explosives hit a government army position west of Sirwah", v='YEMMIL'),
  K('YEMMIL', 4, "killing 4 soldiers", a='YEMREB'),
  A('YEMREB', "fighting continued along the Kofal front for a fifth day", s=False, note='ongoing fighting, several days'))

I('n18', 'note', '2021-10-27', '2021-10-26', 'Iraq', 'attack', 'al-Rashad', 'Diyala', 'Muqdadiyah', 11,
  "On 26 October 2021 IS militants opened fire on residents of al-Rashad village near Muqdadiyah, in Diyala, killing 11 people, among them a local PMF fighter, and wounding at least 8; angry relatives later set fire to houses in a nearby village.",
  A('IRQREB', "IS militants opened fire on residents of al-Rashad village near Muqdadiyah", v='IRQCVL'),
  K('IRQCVL', 11, "killing 11 people, among them a local PMF fighter", a='IRQREB'),
  K('IRQMIL', 1, "among them a local PMF fighter", a='IRQREB', s=False, note='sub-count'),
  W('IRQCVL', 8, "wounding at least 8", q='AL', a='IRQREB'))

I('n19', 'note', '2024-01-09', '2024-01-08', 'Lebanon', 'air_drone_strike', 'Khirbet Selm', 'South Lebanon', 'Bint Jbeil', 2,
  "South Lebanon, 8 January 2024 - an Israeli drone fired a missile at a car in Khirbet Selm, killing a Hezbollah field commander and another fighter who was with him; Israeli shelling also hit the outskirts of Aitaroun.",
  A('ISRMIL', "an Israeli drone fired a missile at a car in Khirbet Selm", v='LBNREB'),
  K('LBNREB', 2, "killing a Hezbollah field commander and another fighter who was with him", a='ISRMIL', note='one code: 1 + 1 = 2'),
  E('LBNREB', 'VEHICLE', None, "fired a missile at a car", s=False, note='a car, not clearly military'),
  A('ISRMIL', "Israeli shelling also hit the outskirts of Aitaroun", l='Aitaroun'))

I('n20', 'note', '2023-09-20', '2023-09-19', 'Palestine', 'armed_clash', 'Jenin', 'West Bank', 'Jenin', 2,
  "West Bank, 19/09/2023: Israeli forces raided Jenin refugee camp, where gunmen fired on them and threw explosive devices. The Palestinian health ministry said a 17-year-old and a 24-year-old man were killed by army fire and 30 people were wounded.",
  A('ISRMIL', "Israeli forces raided Jenin refugee camp", v='PSEREF'),
  A('PSEREB', "gunmen fired on them and threw explosive devices", v='ISRMIL', s=False, note='the other side of the clash'),
  K('PSEREF', 2, "a 17-year-old and a 24-year-old man were killed by army fire", a='ISRMIL', cb='PSEGOV', note='residents of the refugee camp: REF; one code: 2'),
  W('PSEREF', 30, "30 people were wounded", a='ISRMIL', cb='PSEGOV'))

I('n21', 'note', '2022-01-20', '2022-01-19', 'Colombia', 'attack', 'Saravena', 'Arauca', 'Saravena', 1,
  "Arauca, 19 January 2022: the ELN attacked a military base outside Saravena with explosives dropped from drones and rifle fire; one soldier was killed and 8 were injured, the army said. A second soldier remains in a critical condition.",
  A('COLREB', "the ELN attacked a military base outside Saravena with explosives dropped from drones and rifle fire", v='COLMIL'),
  K('COLMIL', 1, "one soldier was killed", a='COLREB', cb='COLMIL'),
  W('COLMIL', 8, "8 were injured", a='COLREB', cb='COLMIL'))

I('n22', 'note', '2020-07-03', '2020-07-02', 'Mexico', 'attack', 'Irapuato', 'Guanajuato', 'Irapuato', 27,
  "Guanajuato, 2 July 2020 - gunmen burst into an unregistered drug rehabilitation centre in Irapuato and opened fire on those inside, killing 27 people and wounding 3; the state prosecutor blamed a local cartel cell.",
  A('MEXREB', "gunmen burst into an unregistered drug rehabilitation centre in Irapuato and opened fire on those inside", v='MEXCVL', note='prosecutor blames a cartel cell: MEXREB'),
  K('MEXCVL', 27, "killing 27 people", a='MEXREB'),
  W('MEXCVL', 3, "wounding 3", a='MEXREB'))

I('n23', 'note', '2022-05-02', '2022-05-01', 'Haiti', 'armed_clash', 'Croix-des-Bouquets', 'Ouest', 'Croix-des-Bouquets', 0,
  "Ouest department: since 24 April 2022 fighting between the 400 Mawozo and Chen Mechan gangs around Croix-des-Bouquets has killed at least 75 people, a rights group said on 1 May, and some 9,000 residents have fled their homes.",
  A('HTIREB', "fighting between the 400 Mawozo and Chen Mechan gangs around Croix-des-Bouquets", d=None, note='rival gangs: one line; several days'),
  K('HTICVL', 75, "has killed at least 75 people", q='AL', cum=True, d='2022-05-01', note='tally since 24 April'),
  D('HTICVL', 9000, "some 9,000 residents have fled their homes", q='AB', cum=True, d='2022-05-01'))

I('n24', 'note', '2023-04-12', '2023-04-11', 'Myanmar', 'air_drone_strike', 'Pazigyi', 'Sagaing', 'Kanbalu', 100,
  "Sagaing region, 11 April 2023: a military jet dropped bombs on a crowd gathered for the opening of a local administration office in Pazigyi village, Kanbalu township, and a helicopter then fired on survivors. Residents counted about 100 dead; the junta said it had targeted a PDF ceremony.",
  A('MMRMIL', "a military jet dropped bombs on a crowd gathered for the opening of a local administration office in Pazigyi village", v='MMRCVL'),
  A('MMRMIL', "a helicopter then fired on survivors", v='MMRCVL', s=False, note='second act of the same attack'),
  K('MMRCVL', 100, "Residents counted about 100 dead", q='AB', a='MMRMIL'))

I('n25', 'note', '2021-08-04', '2021-08-03', 'Philippines', 'armed_clash', 'Las Navas', 'Eastern Visayas', 'Northern Samar', 3,
  "Northern Samar, 3 Aug 2021: troops of the 20th Infantry Battalion clashed with about 30 NPA guerrillas in the mountains of Las Navas; the army said three rebels were killed and one soldier was wounded, and that M16 rifles and an improvised bomb were seized.",
  A('PHLMIL', "troops of the 20th Infantry Battalion clashed with about 30 NPA guerrillas", v='PHLREB'),
  A('PHLREB', "troops of the 20th Infantry Battalion clashed with about 30 NPA guerrillas", v='PHLMIL', s=False, note='other side of the clash'),
  K('PHLREB', 3, "three rebels were killed", a='PHLMIL', cb='PHLMIL'),
  W('PHLMIL', 1, "one soldier was wounded", a='PHLREB', cb='PHLMIL'))

I('n26', 'note', '2024-03-09', '2024-03-08', 'Thailand', 'remote_explosive_ied', 'Rueso', 'Narathiwat', 'Rueso', 0,
  "Narathiwat, 8 March 2024: a bomb hidden in a roadside bush exploded as a ranger patrol on foot passed in Rueso district, wounding four rangers, one of them seriously. Insurgents fired on the patrol afterwards before withdrawing.",
  A(None, "a bomb hidden in a roadside bush exploded as a ranger patrol on foot passed in Rueso district", v='THAMIL'),
  W('THAMIL', 4, "wounding four rangers, one of them seriously"),
  W('THAMIL', 1, "one of them seriously", s=False, note='sub-count'),
  A('THAREB', "Insurgents fired on the patrol afterwards", v='THAMIL'))

I('n27', 'note', '2023-10-07', '2023-10-06', 'Ukraine', 'shelling_artillery_missile', 'Zaporizhzhia', 'Zaporizhzhia', 'Zaporizhzhia', 3,
  "Zaporizhzhia, night of 6 October 2023: two Russian S-300 missiles hit a residential district of the city, killing a married couple and a neighbour and injuring 11, the regional governor said. A five-storey building partly collapsed.",
  A('RUSMIL', "two Russian S-300 missiles hit a residential district of the city", n=2, v='UKRCVL', cb='UKRGOV'),
  K('UKRCVL', 3, "killing a married couple and a neighbour", a='RUSMIL', cb='UKRGOV', note='one code: 2 + 1 = 3'),
  W('UKRCVL', 11, "injuring 11", a='RUSMIL', cb='UKRGOV'))

I('n28', 'note', '2024-05-21', '2024-05-20', 'Russia', 'air_drone_strike', 'Tyotkino', 'Kursk', 'Glushkovsky', 1,
  "Kursk region, 20 May 2024: a Ukrainian FPV drone hit a car in the border village of Tyotkino, killing the driver, a local resident, the regional governor wrote on Telegram; a woman passenger was taken to hospital with shrapnel wounds.",
  A('UKRMIL', "a Ukrainian FPV drone hit a car in the border village of Tyotkino", v='RUSCVL', cb='RUSGOV'),
  K('RUSCVL', 1, "killing the driver", a='UKRMIL', cb='RUSGOV'),
  W('RUSCVL', 1, "a woman passenger was taken to hospital with shrapnel wounds", a='UKRMIL', cb='RUSGOV'))

I('n29', 'note', '2022-09-14', '2022-09-13', 'Armenia', 'shelling_artillery_missile', 'Jermuk', 'Vayots Dzor', 'Jermuk', 49,
  "On 13 September 2022 Azerbaijani forces shelled Jermuk, Goris and other Armenian border towns with artillery and drones; Armenia's defence ministry said 49 of its servicemen were killed. Some 2,700 civilians were evacuated from border villages.",
  A('AZEMIL', "Azerbaijani forces shelled Jermuk, Goris and other Armenian border towns with artillery and drones", v='ARMMIL'),
  K('ARMMIL', 49, "Armenia's defence ministry said 49 of its servicemen were killed", a='AZEMIL', cb='ARMGOV', l=None),
  D('ARMCVL', 2700, "Some 2,700 civilians were evacuated from border villages", q='AB', l=None))

I('n30', 'note', '2019-06-28', '2019-06-27', 'Iran', 'armed_clash', 'Marivan', 'Kurdistan', 'Marivan', 3,
  "Kurdistan province, Iran: on 27 June 2019 members of the IRGC ground forces clashed with a PJAK unit in the heights near Marivan. State media said three PJAK members were killed and two Revolutionary Guards wounded.",
  A('IRNMIL', "members of the IRGC ground forces clashed with a PJAK unit in the heights near Marivan", v='IRNREB'),
  A('IRNREB', "members of the IRGC ground forces clashed with a PJAK unit", v='IRNMIL', s=False, note='other side'),
  K('IRNREB', 3, "three PJAK members were killed", a='IRNMIL', cb='IRNGOV'),
  W('IRNMIL', 2, "two Revolutionary Guards wounded", a='IRNREB', cb='IRNGOV'))

I('n31', 'note', '2019-07-17', '2019-07-16', 'Turkey', 'remote_explosive_ied', 'Semdinli', 'Hakkari', 'Semdinli', 1,
  "Hakkari, 16/07/2019 - a mine laid by the PKK exploded during a search operation in the rural area of Semdinli, killing a specialist sergeant and wounding two privates, the governor's office said.",
  A('TURREB', "a mine laid by the PKK exploded during a search operation in the rural area of Semdinli", v='TURMIL', cb='TURGOV'),
  K('TURMIL', 1, "killing a specialist sergeant", a='TURREB', cb='TURGOV'),
  W('TURMIL', 2, "wounding two privates", a='TURREB', cb='TURGOV'),
  O('TURMIL', "a search operation in the rural area of Semdinli", s=False, note='routine operation'))

I('n32', 'note', '2023-08-16', '2023-08-15', 'Libya', 'armed_clash', 'Zawiya', 'Zawiya', 'Zawiya', 6,
  "On 15 August 2023 clashes between two armed groups erupted in the centre of Zawiya, west of the capital, after a member of one of them was shot dead at a checkpoint; in the fighting that followed three fighters and two civilians were killed, the local ambulance service said.",
  A('LBYREB', "clashes between two armed groups erupted in the centre of Zawiya", note='both armed groups REB: one line'),
  K('LBYREB', 1, "a member of one of them was shot dead at a checkpoint"),
  K('LBYREB', 3, "three fighters and two civilians were killed"),
  K('LBYCVL', 2, "three fighters and two civilians were killed"))

I('n33', 'note', '2023-07-08', '2023-07-07', 'Bangladesh', 'armed_clash', 'Teknaf', 'Chittagong', "Cox's Bazar", 3,
  "Cox's Bazar, 7 July 2023: a gunfight between ARSA and RSO members in a Rohingya camp in Teknaf upazila left three refugees dead, one of them an ARSA commander, camp police said. Dozens of shelters were burnt.",
  A('MMRREB', "a gunfight between ARSA and RSO members in a Rohingya camp in Teknaf upazila", v='MMRREB', note='both Rohingya armed groups: one line'),
  K('MMRREF', 3, "left three refugees dead, one of them an ARSA commander", a='MMRREB', cb='BGDMIL'),
  K('MMRREB', 1, "one of them an ARSA commander", s=False, note='sub-count'))

I('n34', 'note', '2022-01-15', '2022-01-14', 'Tunisia', 'protest_or_statement', 'Tunis', 'Tunis', 'Tunis', 0,
  "Tunis, 14 January 2022: several hundred opposition supporters rallied on Habib Bourguiba Avenue against the president's decrees, defying a ban on gatherings. Police used water cannon to push them back; no injuries were reported.")

I('n35', 'note', '2023-06-19', '2023-06-18', 'Nepal', 'disaster', 'Sankhuwasabha', 'Koshi', 'Sankhuwasabha', 0,
  "Koshi Province, 18 June 2023: landslides and flash floods after two days of heavy rain killed 9 people in Sankhuwasabha district, most of them workers at a hydropower project; 21 are missing and over 300 families were moved to shelters.",
  K('NPLCVL', 9, "killed 9 people in Sankhuwasabha district"),
  D('NPLCVL', None, "over 300 families were moved to shelters", note='families are no count of people'))

I('n36', 'note', '2022-08-09', '2022-08-08', 'Tanzania', 'accident', 'Mbeya', 'Mbeya', '', 0,
  "Mbeya region, 8 Aug 2022: a passenger bus collided with a lorry on the Tanzam highway near Mbeya; police said 19 passengers died at the scene and 12 were injured.",
  K('TZACVL', 19, "19 passengers died at the scene", cb='TZAMIL'),
  W('TZACVL', 12, "12 were injured", cb='TZAMIL'))

I('n37', 'note', '2024-02-02', '2024-02-02', 'Zambia', 'disease', 'Lusaka', 'Lusaka', 'Lusaka', 0,
  "Zambia health ministry update, 2 February 2024: cholera has killed 568 people since October, most of them in Lusaka, and 14,600 cases have been recorded; schools in the capital stay closed.",
  K('ZMBCVL', 568, "cholera has killed 568 people since October", cum=True, cb='ZMBGOV', l=None))

I('n38', 'note', '2023-03-05', '2023-03-04', 'Guinea', 'accident', 'Conakry', 'Conakry', 'Kaloum', 0,
  "On the night of 4 March 2023 a fuel depot exploded in the Kaloum district of Conakry; the government said 24 people were killed and 178 injured, and hundreds of residents of nearby streets left their homes.",
  K('GINCVL', 24, "the government said 24 people were killed", cb='GINGOV'),
  W('GINCVL', 178, "178 injured", cb='GINGOV'),
  D('GINCVL', None, "hundreds of residents of nearby streets left their homes"))

I('n39', 'note', '2023-03-12', '2023-03-11', 'Peru', 'disaster', 'Secocha', 'Arequipa', 'Camana', 0,
  "Arequipa, 11 March 2023: mudslides triggered by torrential rain swept through the mining settlement of Secocha, killing at least 12 people; rescuers were searching for 4 more.",
  K('PERCVL', 12, "killing at least 12 people", q='AL'))
