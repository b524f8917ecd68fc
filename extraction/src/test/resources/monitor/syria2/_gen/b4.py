# Other countries 2018-2024, part 2 (hand-written). Format: see gen.py.

N('2023-12-03', 'Philippines', 'remote_explosive_ied', 'Marawi', 'Lanao del Sur', 'Marawi City',
  """Bomb at Catholic Mass in Marawi kills four - A bomb went off during a Catholic Mass in a gymnasium of Mindanao State University in Marawi on {wd} morning, killing four people and wounding about 50, police said. Islamic State later claimed""",
  [A('PHLREB', 'A bomb went off during a Catholic Mass', v='PHLCVL', cl='PHLREB',
     note='the claim is cut off; IS as actor and claimant'),
   K('PHLCVL', 4, 'killing four people', cl='PHLMIL'), W('PHLCVL', '~50', 'wounding about 50', cl='PHLMIL')],
  rep=0, wire=1)

N('2024-02-06', 'Philippines', 'disaster', 'Maco', 'Davao de Oro', 'Maco',
  """The number of people killed by the landslide that buried a village in Maco, Davao de Oro, on the evening of 6 February rose to 68 on {rwd}, and 51 people were still missing, the local disaster office said.""",
  [K('PHLCVL', 68, 'rose to 68', cl='PHLGOV', note='updated toll of one landslide, dated to it')], rep=7)

N('2023-07-15', 'Pakistan', 'attack', 'Daraban', 'Khyber Pakhtunkhwa', 'Dera Ismail Khan',
  """Militants attacked a police checkpost in the Daraban area of Dera Ismail Khan in the early hours of {wd}, killing five policemen. The ISPR said four terrorists were killed when security forces responded.""",
  [A('PAKREB', 'Militants attacked a police checkpost', v='PAKMIL'),
   K('PAKMIL', 5, 'killing five policemen', a='PAKREB'),
   K('PAKREB', 4, 'four terrorists were killed', a='PAKMIL', cl='PAKMIL')], rep=0)

N('2024-08-26', 'Pakistan', 'attack', 'Musakhel', 'Balochistan', 'Musakhel',
  """Armed men blocked the highway near Musakhel overnight, forced passengers off buses and trucks, checked their identity cards and shot dead 21 men from Punjab, police said on {wd}. The Balochistan Liberation Army claimed the attack, one of several it carried out across the province that night.""",
  [A('PAKREB', 'Armed men blocked the highway near Musakhel', v='PAKCVL', cl='PAKREB',
     note='armed men identified by the claim: BLA = PAKREB'),
   K('PAKCVL', 21, 'shot dead 21 men from Punjab', a='PAKREB', cl='PAKMIL')], rep=0)

N('2022-08-24', 'Pakistan', 'disaster', '', '', '',
  """The NDMA said on {wd} that flash floods and rain-related incidents had killed 34 people across Pakistan in the past 24 hours, taking the toll since mid-June to 937, more than 300 of them children. Sindh and Balochistan are the worst hit.""",
  [K('PAKCVL', 34, 'had killed 34 people across Pakistan in the past 24 hours', cl='PAKGOV', cum=1, loc=None,
     note='a day\'s nationwide tally: cumulative'),
   K('PAKCVL', 937, 'taking the toll since mid-June to 937', cl='PAKGOV', cum=1, loc=None),
   K('PAKCVL', '300+', 'more than 300 of them children', cl='PAKGOV', cum=1, loc=None, us=1, note='sub-count')],
  rep=0)

N('2023-04-11', 'Myanmar', 'air_drone_strike', 'Pazigyi', 'Sagaing', 'Kanbalu',
  """Myanmar junta air strike on village kills at least 100 - A Myanmar military air strike hit a ceremony held by opponents of the junta in Pazigyi village in Sagaing region's Kanbalu township on {wd} morning, killing at least 100 people, including children, witnesses and""",
  [A('MMRMIL', 'A Myanmar military air strike hit a ceremony', v='MMRCVL'),
   K('MMRCVL', '100+', 'killing at least 100 people', a='MMRMIL')], rep=0, wire=1)

N('2024-08-03', 'Myanmar', 'nonstate_takes_territory', 'Lashio', 'Shan', 'Lashio',
  """Myanmar rebel alliance says it has seized Lashio - The Myanmar National Democratic Alliance Army said on {wd} it had taken full control of Lashio, the largest town in northern Shan State, including the headquarters of the junta's North-eastern Command, after a month of fighting, in the""",
  [C('MMRREB', 'it had taken full control of Lashio', v='MMRMIL', cl='MMRREB')], rep=0, wire=1)

N('2024-12-02', 'Sudan', 'shelling_artillery_missile', 'Zamzam', 'North Darfur', 'El Fasher',
  """Artillery shells fired by the RSF hit the Zamzam camp for displaced people south of El Fasher on {wd}, killing eight people and wounding 17, the camp's coordination body said.""",
  [A('SDNREB', 'Artillery shells fired by the RSF hit the Zamzam camp', v='SDNREF'),
   K('SDNREF', 8, 'killing eight people', a='SDNREB', note='camp residents: REF'),
   W('SDNREF', 17, 'wounding 17')], rep=1)

N('2024-06-05', 'Sudan', 'attack', 'Wad al-Nourah', 'Al Jazirah', '',
  """RSF attack on Sudanese village kills more than 100 - Fighters of the paramilitary Rapid Support Forces stormed Wad al-Nourah village in Gezira state on {wd}, killing at least 104 people, including 35 children, activists said, in one of the deadliest""",
  [A('SDNREB', 'stormed Wad al-Nourah village', v='SDNCVL'),
   K('SDNCVL', '104+', 'killing at least 104 people', a='SDNREB'),
   K('SDNCVL', 35, 'including 35 children', us=1, note='sub-count'),
   K('SDNCVL', '100+', 'kills more than 100', us=1, note='headline restatement')], rep=1, wire=1)

N('2022-09-26', 'Burkina Faso', 'attack', 'Gaskindé', 'Sahel', 'Soum',
  """On 26 September 2022, JNIM militants ambushed a supply convoy escorted by the army near Gaskindé (Soum, Sahel), killing 11 soldiers and burning dozens of trucks. About 50 civilian drivers and passengers were reported missing. Fatalities: 11.""",
  [A('BFAREB', 'JNIM militants ambushed a supply convoy', v='BFAMIL'),
   K('BFAMIL', 11, 'killing 11 soldiers', a='BFAREB')], rep=2)

N('2024-02-25', 'Burkina Faso', 'attack', 'Natiaboani', 'Est', '',
  """Armed men attacked a mosque in Natiaboani during dawn prayers on {wd}, killing 14 worshippers, security sources said.""",
  [A(None, 'Armed men attacked a mosque in Natiaboani', v='BFACVL'), K('BFACVL', 14, 'killing 14 worshippers')], rep=1)

N('2024-09-17', 'Mali', 'attack', 'Bamako', 'Bamako', 'Bamako',
  """Jihadists attack Bamako gendarmerie school and airport - Fighters of the al Qaeda-linked JNIM attacked a gendarmerie training school in the Faladié district of Bamako and the military airport at dawn on {wd}, killing at least 77 gendarmerie students, security sources said, and setting fire to""",
  [A('MLIREB', 'attacked a gendarmerie training school in the Faladié district of Bamako', v='MLIMIL'),
   K('MLIMIL', '77+', 'killing at least 77 gendarmerie students', a='MLIREB', note='gendarmes = MIL')], rep=1, wire=1)

N('2019-03-23', 'Mali', 'attack', 'Ogossagou', 'Mopti', 'Bankass',
  """Dozo hunters armed with guns and machetes attacked the Fulani village of Ogossagou in the Bankass circle at dawn on {wd}, killing at least 131 people and burning most of the huts, the government said. Survivors said the attackers had surrounded the village before opening fire.""",
  [A('MLIREB', 'Dozo hunters armed with guns and machetes attacked the Fulani village of Ogossagou', v='MLICVL',
     note='Dozo militia coded REB'),
   K('MLICVL', '131+', 'killing at least 131 people', a='MLIREB', cl='MLIGOV')], rep=1)

N('2020-10-24', 'Cameroon', 'attack', 'Kumba', 'Southwest', 'Meme',
  """Gunmen kill seven pupils at school in Cameroon's Kumba - Gunmen attacked a private bilingual school in Kumba on {wd} morning, killing seven pupils and wounding 13, the government said, blaming separatist fighters, who denied""",
  [A(None, 'Gunmen attacked a private bilingual school in Kumba', v='CMRCVL', note='blamed on separatists, who deny: no actor'),
   K('CMRCVL', 7, 'killing seven pupils', cl='CMRGOV'), W('CMRCVL', 13, 'wounding 13', cl='CMRGOV')], rep=0, wire=1)

N('2019-09-13', 'Cameroon', 'remote_explosive_ied', 'Mozogo', 'Far North', 'Mayo-Tsanaga',
  """A female suicide bomber blew herself up in a market in Mozogo on {wd}, killing three people besides herself and wounding five, local officials said. Boko Haram is suspected.""",
  [A(None, 'A female suicide bomber blew herself up in a market', v='CMRCVL', note='"suspected": no actor'),
   K('CMRCVL', 3, 'killing three people besides herself', cl='CMRGOV'),
   K('NGAREB', 1, 'blew herself up', us=1, note='the bomber\'s own death; code uncertain'),
   W('CMRCVL', 5, 'wounding five', cl='CMRGOV')], rep=0)

N('2019-10-14', 'Libya', 'shelling_artillery_missile', 'Abu Salim', 'Tripoli', 'Tripoli',
  """Shells fired by forces loyal to Khalifa Haftar hit a residential street in Abu Salim, Tripoli, on {wd} evening, killing five civilians, two of them children, and wounding seven, the GNA health ministry said.""",
  [A('LBYREB', 'Shells fired by forces loyal to Khalifa Haftar', v='LBYCVL', note='LNA = LBYREB'),
   K('LBYCVL', 5, 'killing five civilians', a='LBYREB', cl='LBYGOV'),
   K('LBYCVL', 2, 'two of them children', us=1, note='sub-count'),
   W('LBYCVL', 7, 'wounding seven', cl='LBYGOV')], rep=1)

N('2020-06-22', 'Libya', 'remote_explosive_ied', 'Ain Zara', 'Tripoli', 'Tripoli',
  """Two deminers of the Libyan Mine Action Centre were killed and a third wounded on {wd} when a booby-trapped device exploded in a house they were clearing in Ain Zara, south of Tripoli. The government blamed mines left by Haftar's forces when they withdrew from the area earlier this month.""",
  [K('LBYCVL', 2, 'Two deminers of the Libyan Mine Action Centre were killed',
     note='device left behind (war remnant): no ATTACK, no actor'),
   W('LBYCVL', 1, 'a third wounded')], rep=1)

N('2021-08-05', 'Ethiopia', 'nonstate_takes_territory', 'Lalibela', 'Amhara', 'North Wollo',
  """Tigrayan forces took control of Lalibela, the town in Amhara region known for its rock-hewn churches, on 5 August 2021, residents said, after government troops and Amhara militia pulled out. The TPLF said it had entered the town without a fight.""",
  [C('ETHREB', 'Tigrayan forces took control of Lalibela', v='ETHMIL')], rep=1)

N('2023-08-13', 'Ethiopia', 'air_drone_strike', 'Finote Selam', 'Amhara', 'West Gojjam',
  """Drone strike in Ethiopia's Amhara region kills 26 - A drone strike hit a square in the town of Finote Selam in Ethiopia's Amhara region on {wd}, killing at least 26 people, a health official said, amid fighting between the army and Fano militia. The government did not""",
  [A(None, 'A drone strike hit a square in the town of Finote Selam', v='ETHCVL',
     note='no actor named (the army implied)'),
   K('ETHCVL', '26+', 'killing at least 26 people', cl='ETHGOV'),
   K('ETHCVL', 26, 'kills 26', us=1, note='headline restatement')], rep=1, wire=1)

N('2020-08-12', 'Mozambique', 'nonstate_takes_territory', 'Mocímboa da Praia', 'Cabo Delgado', 'Mocímboa da Praia',
  """Insurgents seize Mozambique port town of Mocímboa da Praia - Islamist insurgents took control of the port town of Mocímboa da Praia in Cabo Delgado province on {wd} after days of fighting with the army, security sources said, the second time this year…""",
  [C('MOZREB', 'Islamist insurgents took control of the port town of Mocímboa da Praia', v='MOZMIL')], rep=1, wire=1)

N('2019-03-14', 'Mozambique', 'disaster', 'Beira', 'Sofala', 'Beira',
  """Cyclone Idai made landfall near Beira on the night of 14 March 2019. By 25 March, the government said, the storm and the floods that followed had killed 446 people in Mozambique and forced more than 100,000 from their homes.""",
  [K('MOZCVL', 446, 'had killed 446 people in Mozambique', cl='MOZGOV', loc=None,
     note='one cyclone: not cumulative, dated to landfall; national toll: no place'),
   D('MOZCVL', '100000+', 'forced more than 100,000 from their homes', cl='MOZGOV', loc=None)], rep=11)

N('2021-01-02', 'Niger', 'attack', 'Tchoma Bangou', 'Tillabéri', 'Ouallam',
  """Gunmen on motorcycles attacked the villages of Tchoma Bangou and Zaroumdareye in the Tillabéri region on {wd}, killing at least 97 civilians, a government official said.""",
  [A(None, 'Gunmen on motorcycles attacked the villages of Tchoma Bangou and Zaroumdareye', v='NERCVL'),
   K('NERCVL', '97+', 'killing at least 97 civilians', cl='NERGOV', note='one toll for both villages: first named')], rep=1)

N('2020-02-10', 'Kenya', 'remote_explosive_ied', 'Mandera', 'Mandera', 'Mandera East',
  """Five police reservists were killed when their vehicle hit an explosive device planted by suspected al-Shabaab militants near Mandera town on {wd}, a police commander said.""",
  [A('SOMREB', 'an explosive device planted by suspected al-Shabaab militants', v='KENMIL',
     note='"suspected al-Shabaab": SOMREB (REANNOTATION)'),
   K('KENMIL', 5, 'Five police reservists were killed', a='SOMREB', cl='KENMIL'),
   E('KENMIL', 'VEHICLE', 'their vehicle hit an explosive device', cl='KENMIL')], rep=0)

N('2020-03-08', 'South Sudan', 'attack', 'Pibor', 'Greater Pibor', 'Pibor',
  """Armed youths attacked villages around Pibor town on {wd}, killing at least 30 people and abducting women and children, the county commissioner said.""",
  [A(None, 'Armed youths attacked villages around Pibor town', v='SSDCVL', note='no side named: no actor'),
   K('SSDCVL', '30+', 'killing at least 30 people', cl='SSDGOV')], rep=1)

N('2024-10-03', 'Haiti', 'attack', 'Pont-Sondé', 'Artibonite', 'Saint-Marc',
  """Gang attack kills dozens in central Haiti town - Members of the Gran Grif gang attacked the town of Pont-Sondé in the Artibonite region early on {wd}, killing at least 70 people, including a young mother and her baby, and setting homes and cars ablaze, the UN said""",
  [A('HTIREB', 'Members of the Gran Grif gang attacked the town of Pont-Sondé', v='HTICVL'),
   K('HTICVL', '70+', 'killing at least 70 people', a='HTIREB', cl='IGOUNO'),
   K('HTICVL', 2, 'a young mother and her baby', us=1, note='sub-count'),
   K('HTICVL', None, 'Gang attack kills dozens', us=1, note='headline restatement, vague')], rep=1, wire=1)

N('2024-02-19', 'Lebanon', 'air_drone_strike', 'Nabatieh', 'Nabatieh', 'Nabatieh',
  """Israeli drone strike kills two Hezbollah members near Nabatieh - An Israeli drone struck a car on the outskirts of Nabatieh on {wd}, killing two Hezbollah members, Lebanese security sources said, the latest in""",
  [A('ISRMIL', 'An Israeli drone struck a car', v='LBNREB'),
   K('LBNREB', 2, 'killing two Hezbollah members', a='ISRMIL')], rep=0, wire=1)

N('2021-10-12', 'Bangladesh', 'attack', 'Ukhia', 'Chittagong', "Cox's Bazar",
  """Unidentified gunmen shot dead a Rohingya community leader in a refugee camp in Ukhia, Cox's Bazar, on {wd} night, police said.""",
  [K('MMRREF', 1, 'shot dead a Rohingya community leader', cl='BGDMIL', note='Rohingya refugee: MMRREF')], rep=1)

N('2019-10-10', 'Turkey', 'shelling_artillery_missile', 'Nusaybin', 'Mardin', 'Nusaybin',
  """Mortar fire from Syria kills seven in Turkish border town - Mortar shells fired by Kurdish YPG fighters from Qamishli hit the Turkish border town of Nusaybin on {wd}, killing seven civilians, among them a baby, the governor's office said, as Turkey pressed on with""",
  [A('SYRREB', 'Mortar shells fired by Kurdish YPG fighters from Qamishli', v='TURCVL', cl='TURGOV'),
   K('TURCVL', 7, 'killing seven civilians', a='SYRREB', cl='TURGOV'),
   K('TURCVL', 1, 'among them a baby', us=1, note='sub-count')], rep=0, wire=1)

N('2020-03-23', 'Chad', 'attack', 'Bohoma', 'Lac', '',
  """Boko Haram kills dozens of Chadian soldiers in lake region - Boko Haram fighters attacked an army base on the Bohoma peninsula in Chad's Lac province overnight, killing at least 87 soldiers, President Idriss Deby said on {wd}, in the deadliest""",
  [A('NGAREB', 'Boko Haram fighters attacked an army base on the Bohoma peninsula', v='TCDMIL',
     note='Boko Haram coded NGAREB outside Nigeria'),
   K('TCDMIL', '87+', 'killing at least 87 soldiers', a='NGAREB', cl='TCDGOV'),
   K('TCDMIL', None, 'kills dozens of Chadian soldiers', us=1, note='headline restatement, vague')], rep=0, wire=1)

N('2021-05-21', 'Central African Republic', 'attack', 'Bocaranga', 'Ouham-Pendé', 'Bocaranga',
  """Fighters of the 3R armed group attacked a MINUSCA patrol near Bocaranga on {wd}, killing a Cameroonian peacekeeper and wounding two others, the UN mission said.""",
  [A('CAFREB', 'Fighters of the 3R armed group attacked a MINUSCA patrol', v='CMRMIL'),
   K('CMRMIL', 1, 'killing a Cameroonian peacekeeper', a='CAFREB', cl='IGOUNO', note='peacekeeper coded by nationality'),
   W('CMRMIL', 2, 'wounding two others', cl='IGOUNO')], rep=1)
