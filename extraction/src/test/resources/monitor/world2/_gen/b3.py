# Batch 3: Philippines, Myanmar, Sudan, South Sudan, Burkina Faso, Mali, Niger, Cameroon, Mozambique, Ethiopia.

# ---- Philippines (admin1 region, admin2 province)
N('2019-09-19', 'Wed', 'Philippines', 'attack', 'Las Navas', 'Eastern Visayas', 'Northern Samar',
  "Three soldiers were killed and two others wounded when New People's Army rebels ambushed a patrol in the hinterlands of Las Navas, Northern Samar, on Wednesday morning, the army's 8th Infantry Division said. The soldiers had been escorting engineers repairing a farm-to-market road.",
  A('PHLREB', "New People's Army rebels ambushed a patrol", victim='PHLMIL', claim='PHLMIL'),
  K('PHLMIL', 3, 'E', 'Three soldiers were killed', actor='PHLREB', claim='PHLMIL'),
  W('PHLMIL', 2, 'E', 'two others wounded', actor='PHLREB', claim='PHLMIL'))

N('2023-12-03', 'Sun', 'Philippines', 'remote_explosive_ied', 'Marawi', 'BARMM', 'Lanao del Sur',
  "Bomb blast at Catholic Mass in southern Philippines kills 4 - A bomb exploded during a Sunday Mass in a gymnasium at Mindanao State University in Marawi City, killing four people and wounding at least 45, officials said. President Ferdinand Marcos blamed \"foreign terrorists\" for the",
  A(None, 'A bomb exploded during a Sunday Mass in a gymnasium', victim='PHLCVL', note='only blamed on "foreign terrorists": actor null'),
  K('PHLCVL', 4, 'E', 'killing four people', claim='PHLGOV'),
  W('PHLCVL', 45, 'L', 'wounding at least 45', claim='PHLGOV'),
  K('PHLCVL', 4, 'E', 'kills 4', s=False, note='headline restatement'),
  wire=True)

N('2020-11-14', 'Fri', 'Philippines', 'armed_clash', 'Patikul', 'BARMM', 'Sulu',
  "Two Abu Sayyaf members were killed in a firefight with Marines in the mountains of Patikul, Sulu, on Friday, the Western Mindanao Command said. A Marine was slightly wounded.",
  A('PHLMIL', 'a firefight with Marines', victim='PHLREB', claim='PHLMIL'),
  K('PHLREB', 2, 'E', 'Two Abu Sayyaf members were killed', actor='PHLMIL', claim='PHLMIL'),
  W('PHLMIL', 1, 'E', 'A Marine was slightly wounded', actor='PHLREB', claim='PHLMIL'))

N('2024-10-26', 'Fri', 'Philippines', 'disaster', 'Talisay', 'CALABARZON', 'Batangas',
  "Landslides triggered by Severe Tropical Storm Kristine buried houses in Talisay, Batangas, on Friday, killing at least 20 people, the town's mayor said. Rescuers were still searching for missing residents.",
  K('PHLCVL', 20, 'L', 'killing at least 20 people', claim='PHLGOV'))

# ---- Myanmar
N('2022-09-20', '2022-09-16', 'Myanmar', 'air_drone_strike', 'Let Yet Kone', 'Sagaing', 'Shwebo',
  "On 16 September 2022, two Mi-35 helicopters fired on a monastery school in Let Yet Kone village (Tabayin township, Sagaing region), killing 7 children and 4 adults; troops landed afterwards and took away the bodies. Fatalities: 11.",
  A('MMRMIL', 'two Mi-35 helicopters fired on a monastery school', victim='MMRCVL'),
  K('MMRCVL', 11, 'E', 'killing 7 children and 4 adults', actor='MMRMIL', note='two groups of one code: one line, 7 + 4'))

N('2024-01-16', 'Mon', 'Myanmar', 'nonstate_takes_territory', 'Paletwa', 'Chin', '',
  "The Arakan Army said on Monday it had seized full control of Paletwa, a township in southern Chin State on the border with Bangladesh and India, after overrunning the last junta positions there.",
  CAP('MMRREB', 'it had seized full control of Paletwa', claim='MMRREB'))

N('2022-05-10', 'Mon', 'Myanmar', 'remote_explosive_ied', 'Myaung', 'Sagaing', 'Sagaing',
  "PDF fighters said they detonated a mine under a military truck on the road near Myaung town, Sagaing Region, on Monday, killing 6 soldiers. The junta has not commented.",
  A('MMRREB', 'detonated a mine under a military truck', victim='MMRMIL', claim='MMRREB'),
  K('MMRMIL', 6, 'E', 'killing 6 soldiers', actor='MMRREB', claim='MMRREB'),
  EQL('MMRMIL', 'VEHICLE', None, None, 'a military truck', actor='MMRREB', claim='MMRREB', note='"a" truck: no count'))

N('2024-08-07', 'Mon', 'Myanmar', 'air_drone_strike', 'Maungdaw', 'Rakhine', 'Maungdaw',
  "Drone attacks on Rohingya fleeing Myanmar kill dozens, survivors say - Drones dropped explosives on crowds of Rohingya waiting to cross the Naf river near Maungdaw on Monday, killing at least 39 people including children, survivors and a rights group said. The Arakan Army and the junta blamed",
  A(None, 'Drones dropped explosives on crowds of Rohingya', victim='MMRCVL', note='each side blames the other: actor null'),
  K('MMRCVL', 39, 'L', 'killing at least 39 people', note='Rohingya on the move, not in a camp: CVL (REF defensible)'),
  K('MMRCVL', None, None, 'kill dozens', s=False, note='vague headline restatement'),
  wire=True)

N('2020-07-03', 'Thu', 'Myanmar', 'accident', 'Hpakant', 'Kachin', 'Mohnyin',
  "A landslide of mining waste buried jade miners near Hpakant, Kachin State, on Thursday morning; rescuers had recovered 113 bodies by the evening and about 100 people were still missing, the fire services department said.",
  K('MMRCVL', 113, 'E', 'rescuers had recovered 113 bodies', claim='MMRGOV', note='mine-waste collapse: accident (disaster defensible); the missing are not counted'))

# ---- Sudan
N('2024-12-06', 'Thu', 'Sudan', 'shelling_artillery_missile', 'Abu Shouk', 'North Darfur', 'El Fasher',
  "RSF shelling of the Abu Shouk displacement camp north of El Fasher on Thursday killed 9 displaced people, among them 3 children, and wounded 17, the camp's coordination body said.",
  A('SDNREB', 'RSF shelling of the Abu Shouk displacement camp', victim='SDNREF'),
  K('SDNREF', 9, 'E', 'killed 9 displaced people', actor='SDNREB'),
  K('SDNREF', 3, 'E', 'among them 3 children', actor='SDNREB', s=False, note='sub-count'),
  W('SDNREF', 17, 'E', 'wounded 17', actor='SDNREB'))

N('2023-12-19', 'Mon', 'Sudan', 'nonstate_takes_territory', 'Wad Madani', 'Al Jazirah', 'Wad Madani',
  "The RSF said on Monday it had entered Wad Madani, the capital of Gezira state, after the army withdrew from the city. Tens of thousands of people who had fled Khartoum for Wad Madani were on the move again, the UN said.",
  CAP('SDNREB', 'it had entered Wad Madani', claim='SDNREB'),
  DSP('SDNREF', None, None, 'Tens of thousands of people who had fled Khartoum for Wad Madani were on the move again', claim='IGOUNO',
      note='people already displaced from Khartoum: REF; vague amount, no count'))

N('2024-12-11', 'Mon', 'Sudan', 'air_drone_strike', 'Kabkabiya', 'North Darfur', 'Kabkabiya',
  "At least 40 people were killed on Monday when army warplanes bombed the weekly market in Kabkabiya, North Darfur, the Emergency Lawyers group said, accusing the SAF of targeting civilians in RSF-held areas. Dozens more were wounded.",
  A('SDNMIL', 'army warplanes bombed the weekly market', victim='SDNCVL'),
  K('SDNCVL', 40, 'L', 'At least 40 people were killed', actor='SDNMIL', note='a lawyers\' group: no coded source'),
  W('SDNCVL', None, None, 'Dozens more were wounded', actor='SDNMIL', note='vague amount: no count'))

N('2024-11-23', 'Sat', 'Sudan', 'gov_regains_territory', 'Sinja', 'Sennar', 'Sinja',
  "Sudan's army said on Saturday it had recaptured Sinja, the capital of Sennar state, from the Rapid Support Forces, and soldiers posted videos of themselves celebrating in the town's main square.",
  CAP('SDNMIL', 'it had recaptured Sinja', claim='SDNMIL'))

N('2024-09-03', '2024-09-03', 'Sudan', 'disease', 'Kassala', 'Kassala', 'Kassala',
  "Cholera has killed 22 people in Kassala state since the outbreak was declared in August, the health ministry said on Tuesday, with more than 1,100 cases recorded.",
  K('SDNCVL', 22, 'E', 'Cholera has killed 22 people in Kassala state', cum=True, claim='SDNGOV'))

# ---- South Sudan
N('2022-03-08', 'Sun', 'South Sudan', 'attack', 'Panyagor', 'Jonglei', 'Twic East',
  "Armed youth from the Greater Pibor Administrative Area raided cattle camps near Panyagor in Twic East county, Jonglei, on Sunday, killing 16 people and abducting 7 children, county officials said. Thousands of cattle were driven off.",
  A('SSDREB', 'Armed youth from the Greater Pibor Administrative Area raided cattle camps', victim='SSDCVL',
    note='community militia ("armed youth"): SSDREB; SSDCVL defensible'),
  K('SSDCVL', 16, 'E', 'killing 16 people', actor='SSDREB', claim='SSDGOV'))

N('2021-07-23', 'Wed', 'South Sudan', 'armed_clash', 'Kajo-Keji', 'Central Equatoria', 'Kajo-Keji',
  "The SPLA-IO said it repulsed an attack by government SSPDF forces on one of its bases in Kajo-Keji county on Wednesday and killed 12 soldiers. An SSPDF spokesman denied attacking, saying its troops had been ambushed, and gave no casualty figure.",
  A('SSDMIL', 'an attack by government SSPDF forces on one of its bases', victim='SSDREB', claim='SSDREB'),
  A('SSDREB', 'its troops had been ambushed', victim='SSDMIL', claim='SSDMIL', s=False, note='the army\'s competing account'),
  K('SSDMIL', 12, 'E', 'killed 12 soldiers', actor='SSDREB', claim='SSDREB', note='a claim with no competing figure: scored'))

N('2021-11-05', 'Thu', 'South Sudan', 'disaster', 'Bentiu', 'Unity', 'Rubkona',
  "Floods in Rubkona county have displaced more than 40,000 people since September, and two children drowned on Thursday near the Bentiu IDP camp, where dykes are under strain, OCHA said.",
  DSP('SSDCVL', 40000, 'L', 'have displaced more than 40,000 people since September', cum=True, loc='Rubkona', claim='IGOUNO'),
  K('SSDCVL', 2, 'E', 'two children drowned', claim='IGOUNO'))

# ---- Burkina Faso
N('2022-05-28', 'Thu', 'Burkina Faso', 'attack', 'Seytenga', 'Sahel', 'Seno',
  "Seno province: Armed men attacked a VDP position on the outskirts of Seytenga, in the commune of the same name, on Thursday, killing 8 volunteers; 3 assailants were killed in the exchange, a security source said.",
  A(None, 'Armed men attacked a VDP position', victim='BFAMIL'),
  K('BFAMIL', 8, 'E', 'killing 8 volunteers', note='VDP: BFAMIL'),
  K('BFAREB', 3, 'E', '3 assailants were killed', note='unidentified attackers killed: coded BFAREB as victims'))

N('2024-06-14', 'Tue', 'Burkina Faso', 'attack', 'Mansila', 'Sahel', 'Yagha',
  "JNIM claimed on Thursday to have killed 107 soldiers and captured one in its assault on the army base in Mansila, Yagha province, on Tuesday. The junta has not given a toll.",
  A('BFAREB', 'its assault on the army base in Mansila', victim='BFAMIL', claim='BFAREB', note='JNIM in Burkina Faso: BFAREB'),
  K('BFAMIL', 107, 'E', 'to have killed 107 soldiers', actor='BFAREB', claim='BFAREB',
    note='a claim is an incident; no competing figure, so scored'))

N('2023-02-10', 'Wed', 'Burkina Faso', 'air_drone_strike', 'Djibo', 'Sahel', 'Soum',
  "AIB: Air force strikes on Wednesday destroyed a terrorist base near Djibo (Soum province), killing several dozen fighters who had gathered to prepare an attack, the national news agency reported.",
  A('BFAMIL', 'Air force strikes on Wednesday destroyed a terrorist base', victim='BFAREB', claim='BFAGOV'),
  K('BFAREB', None, None, 'killing several dozen fighters', actor='BFAMIL', claim='BFAGOV', note='vague amount: no count; state agency AIB: BFAGOV'))

N('2023-01-16', 'Thu', 'Burkina Faso', 'abduction', 'Arbinda', 'Sahel', 'Soum',
  "Suspected jihadists abducted about 50 women who had gone to gather wild fruit in the bush around Arbinda, Soum province, on Thursday and Friday, the regional governor said. The Sahel region has been under blockade for months.")

# ---- Mali
N('2024-07-29', '2024-07-27', 'Mali', 'armed_clash', 'Tinzaouaten', 'Kidal', 'Abeibara',
  "On 27 July 2024, FAMa and Wagner Group forces clashed with CSP-DPA rebels near Tinzaouaten (Abeibara, Kidal). The CSP claimed it killed 41 Malian soldiers and 78 Wagner fighters; the army acknowledged 'significant losses' without figures.",
  A('MLIMIL', 'FAMa and Wagner Group forces clashed with CSP-DPA rebels', victim='MLIREB'),
  A('MLIREB', 'clashed with CSP-DPA rebels', victim='MLIMIL', s=False, note='other side of the clash'),
  K('MLIMIL', 41, 'E', 'it killed 41 Malian soldiers', actor='MLIREB', claim='MLIREB'),
  K('RUSMIL', 78, 'E', '78 Wagner fighters', actor='MLIREB', claim='MLIREB', note='Wagner: RUSMIL'))

N('2021-12-04', 'Fri', 'Mali', 'attack', 'Bandiagara', 'Mopti', 'Bandiagara',
  "Six killed in attack on bus in central Mali - Suspected jihadists opened fire on a passenger bus on the road between Bandiagara and Goundaka, in Bandiagara cercle, on Friday, killing six civilians and wounding nine, local officials said. The attackers set the bus on",
  A('MLIREB', 'Suspected jihadists opened fire on a passenger bus', victim='MLICVL'),
  K('MLICVL', 6, 'E', 'killing six civilians', actor='MLIREB', claim='MLIGOV'),
  W('MLICVL', 9, 'E', 'wounding nine', actor='MLIREB', claim='MLIGOV'),
  K('MLICVL', 6, 'E', 'Six killed', s=False, note='headline restatement'),
  wire=True)

N('2022-10-18', 'Mon', 'Mali', 'remote_explosive_ied', 'Tessalit', 'Kidal', 'Tessalit',
  "MINUSMA: Two Chadian peacekeepers were killed and one seriously injured when their vehicle struck an improvised explosive device near Tessalit, Kidal region, on Monday, the mission said.",
  A(None, 'struck an improvised explosive device', victim='TCDMIL', claim='IGOUNO'),
  K('TCDMIL', 2, 'E', 'Two Chadian peacekeepers were killed', claim='IGOUNO'),
  W('TCDMIL', 1, 'E', 'one seriously injured', claim='IGOUNO'),
  EQL('TCDMIL', 'VEHICLE', None, None, 'their vehicle struck an improvised explosive device', claim='IGOUNO'))

N('2023-11-14', 'Tue', 'Mali', 'gov_regains_territory', 'Kidal', 'Kidal', 'Kidal',
  "Transition president Colonel Assimi Goïta announced on Tuesday that the armed forces had taken control of Kidal, the northern stronghold of the CSP-PSD rebels, after several days of advance and air strikes. The rebels said they had withdrawn 'for strategic reasons'.",
  CAP('MLIMIL', 'the armed forces had taken control of Kidal', claim='MLIGOV'),
  A('MLIMIL', 'air strikes', victim='MLIREB', date=None, s=False, note='several days of strikes before the entry: no day'))

# ---- Niger
N('2024-06-27', 'Tue', 'Niger', 'attack', 'Tillia', 'Tahoua', 'Tillia',
  "Niger's defence ministry said some 100 heavily armed assailants attacked an army position near Tillia, Tahoua region, on Tuesday; 17 soldiers were killed and 20 wounded, while more than 100 terrorists were killed in the counter-offensive supported by air assets.",
  A(None, 'some 100 heavily armed assailants attacked an army position', victim='NERMIL', claim='NERGOV'),
  K('NERMIL', 17, 'E', '17 soldiers were killed', claim='NERGOV'),
  W('NERMIL', 20, 'E', '20 wounded', claim='NERGOV'),
  K('NERREB', 100, 'L', 'more than 100 terrorists were killed', actor='NERMIL', claim='NERGOV'),
  OFF('NERMIL', 'the counter-offensive supported by air assets', s=False, note='a riposte, not an announced offensive'))

N('2021-11-06', '2021-11-02', 'Niger', 'attack', 'Banibangou', 'Tillabéri', 'Banibangou',
  "On 2 November 2021, unidentified armed men on motorcycles killed 6 villagers, including a village chief, in a village near Banibangou (Banibangou, Tillaberi). Fatalities: 6.",
  K('NERCVL', 6, 'E', 'killed 6 villagers'),
  K('NERCVL', 1, 'E', 'including a village chief', s=False, note='sub-count; a village chief coded CVL'))

N('2024-09-10', '2024-09-10', 'Niger', 'disaster', 'Maradi', 'Maradi', 'Maradi',
  "Floods across Niger since June have killed 273 people and affected more than 700,000, the interior ministry said on Tuesday; Maradi region is the worst hit, with 67 deaths.",
  K('NERCVL', 273, 'E', 'have killed 273 people', cum=True, loc=None, claim='NERGOV', note='nationwide tally: location null'),
  K('NERCVL', 67, 'E', 'with 67 deaths', cum=True, claim='NERGOV', s=False, note='regional sub-count of the 273'))

# ---- Cameroon
N('2019-08-27', 'Mon', 'Cameroon', 'attack', 'Bamenda', 'Nord-Ouest', 'Mezam',
  "Two gendarmes were killed when separatist fighters attacked a checkpoint in the Nkwen neighbourhood of Bamenda early on Monday, the North-West regional governor said. One attacker was killed in the exchange of fire.",
  A('CMRREB', 'separatist fighters attacked a checkpoint', victim='CMRMIL', loc='Nkwen', claim='CMRGOV'),
  K('CMRMIL', 2, 'E', 'Two gendarmes were killed', actor='CMRREB', loc='Nkwen', claim='CMRGOV'),
  K('CMRREB', 1, 'E', 'One attacker was killed', actor='CMRMIL', loc='Nkwen', claim='CMRGOV'))

N('2020-08-06', 'Thu', 'Cameroon', 'attack', 'Mozogo', 'Extrême-Nord', 'Mayo-Tsanaga',
  "Boko Haram fighters raided Mozogo in Mayo-Tsanaga department overnight, killing four villagers and kidnapping 12 others, among them children, local authorities said on Thursday.",
  A('NGAREB', 'Boko Haram fighters raided Mozogo', victim='CMRCVL', note='Boko Haram: NGAREB'),
  K('CMRCVL', 4, 'E', 'killing four villagers', actor='NGAREB', claim='CMRGOV'))

N('2022-09-19', 'Fri', 'Cameroon', 'abduction', 'Nchang', 'Sud-Ouest', 'Manyu',
  "Armed separatists abducted a Catholic priest, two seminarians and a cook from the parish of Nchang, near Mamfe in Manyu division, on Friday night, the diocese said on Monday.")

# ---- Mozambique
N('2022-06-08', 'Sun', 'Mozambique', 'attack', 'Mucojo', 'Cabo Delgado', 'Macomia',
  "Insurgents beheaded four men from Mucojo, in Macomia district, who had gone to work in their fields on Sunday, local sources said. Many families have since left for Macomia town.",
  K('MOZCVL', 4, 'E', 'beheaded four men', actor='MOZREB'),
  DSP('MOZCVL', None, None, 'Many families have since left for Macomia town', actor='MOZREB', date=None, s=False,
      note='vague, no day ("since")'))

N('2020-08-12', 'Wed', 'Mozambique', 'nonstate_takes_territory', 'Mocímboa da Praia', 'Cabo Delgado', 'Mocímboa da Praia',
  "Islamist insurgents seize Mozambique port town - Insurgents linked to Islamic State have taken control of the port town of Mocímboa da Praia in Cabo Delgado province after days of fighting with government forces, security sources said on Wednesday. The army's supply boats",
  CAP('MOZREB', 'have taken control of the port town of Mocímboa da Praia'),
  CAP('MOZREB', 'seize Mozambique port town', s=False, note='headline restatement'),
  A('MOZREB', 'days of fighting with government forces', victim='MOZMIL', date=None, s=False, note='several days, no day'),
  wire=True)

N('2021-08-09', 'Sun', 'Mozambique', 'gov_regains_territory', 'Mocímboa da Praia', 'Cabo Delgado', 'Mocímboa da Praia',
  "Rwanda's army said on Sunday that Rwandan and Mozambican troops had recaptured Mocímboa da Praia, the port town held by insurgents since August last year, after a joint offensive launched last month.",
  CAP('RWAMIL', 'Rwandan and Mozambican troops had recaptured Mocímboa da Praia', claim='RWAMIL'),
  CAP('MOZMIL', 'Mozambican troops had recaptured Mocímboa da Praia', claim='RWAMIL', s=False,
      note='joint capture: first-named force scored, the second not'),
  OFF('RWAMIL', 'a joint offensive launched last month', date=None, note='launched "last month": no day'),
  CAP('MOZREB', 'held by insurgents since August last year', date=None, s=False, note='background capture'))

# ---- Ethiopia
N('2023-08-10', 'Wed', 'Ethiopia', 'nonstate_takes_territory', 'Lalibela', 'Amhara', 'North Wollo',
  "Fano militiamen entered Lalibela on Wednesday after government troops pulled out of the town, residents said; the UNESCO heritage town was calm but telephone lines were cut.",
  CAP('ETHREB', 'Fano militiamen entered Lalibela', note='Fano: ETHREB'))

N('2023-08-15', 'Sun', 'Ethiopia', 'air_drone_strike', 'Finote Selam', 'Amhara', 'West Gojjam',
  "Drone strike kills at least 22 in Ethiopia's Amhara region - A drone strike hit a crowded street in Finote Selam, a town in Amhara's West Gojjam zone, on Sunday, killing at least 22 people, a hospital official and residents said. The military did not",
  A(None, 'A drone strike hit a crowded street', victim='ETHCVL', note='no party named: actor null'),
  K('ETHCVL', 22, 'L', 'killing at least 22 people'),
  K('ETHCVL', 22, 'L', 'kills at least 22', s=False, note='headline restatement'),
  wire=True)

N('2022-07-05', 'Sat', 'Ethiopia', 'attack', 'Gimbi', 'Oromia', 'West Wellega',
  "Gunmen killed 12 civilians in a village of Gimbi woreda, West Wollega zone, on Saturday, the regional government said, blaming the OLA, which it calls 'Shene'. The OLA denied involvement.",
  K('ETHCVL', 12, 'E', 'Gunmen killed 12 civilians', claim='ETHGOV', note='blamed on the OLA, denied: actor null'))

N('2024-12-30', 'Sun', 'Ethiopia', 'accident', 'Bona', 'Sidama', 'Bona Zuria',
  "At least 66 people, most of them on their way to a wedding, died when an Isuzu truck plunged off a bridge into a river near Bona, in Bona Zuria woreda of Sidama region, on Sunday, regional police said.",
  K('ETHCVL', 66, 'L', 'At least 66 people', claim='ETHMIL', note='regional police: MIL'))
