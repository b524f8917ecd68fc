"""Africa (36 notes): Nigeria, Somalia, Sudan, DR Congo, Ethiopia, Mozambique, Mali, Burkina Faso, Niger, Cameroon,
South Sudan, Libya, Kenya, CAR, Chad."""
from lib import N, K, W, D, E, A, C, O, DEP, T, wd, days

# NG1
N('2021-06-12', '2021-06-10', 'Nigeria', 'attack', 'Kwata', 'Zamfara', 'Zurmi',
  "On 10 June 2021, armed bandits on motorcycles stormed Kwata village (Zurmi LGA, Zamfara), shooting residents in their "
  "homes and at the market; 26 villagers, among them the village head and his son, were killed, and several houses and "
  "granaries were set ablaze. Police put the toll at 19. Fatalities: 26.",
  [A('NGAREB', "armed bandits on motorcycles stormed Kwata village", victim='NGACVL', note='bandits: REB'),
   K('NGACVL', 26, "26 villagers, among them the village head and his son, were killed", actor='NGAREB'),
   K('NGACVL', 2, "among them the village head and his son", actor='NGAREB', s=False, note='sub-count'),
   K('NGACVL', 19, "Police put the toll at 19", actor='NGAREB', by='NGAMIL', s=False,
     note='competing lower figure; the first-stated one is scored')])

# NG2
r = '2024-06-30'; d = wd(r, 'Saturday')
N(r, d, 'Nigeria', 'remote_explosive_ied', 'Gwoza', 'Borno', 'Gwoza',
  "Suicide bombers kill 18 at wedding in northeast Nigeria - Female suicide bombers blew themselves up at a wedding, a "
  "hospital and a funeral in the town of Gwoza in Borno state on Saturday, killing at least 18 people and injuring 42 "
  "others, the state emergency agency said, in the deadliest",
  [K('NGACVL', 18, "Suicide bombers kill 18", s=False, note='headline'),
   A('NGAREB', "Female suicide bombers blew themselves up at a wedding, a hospital and a funeral in the town of Gwoza",
     victim='NGACVL', note='suicide bombers in Borno, no group named: REB'),
   K('NGACVL', 18, "killing at least 18 people", q='AT_LEAST', actor='NGAREB', by='NGAGOV'),
   W('NGACVL', 42, "injuring 42 others", actor='NGAREB', by='NGAGOV',
     note='"at least" does not govern a figure with its own participle')],
  wire=True)

# NG3
r = '2024-03-08'; d = wd(r, 'Thursday')
N(r, d, 'Nigeria', 'abduction', 'Kuriga', 'Kaduna', 'Chikun',
  "Gunmen abducted more than 250 pupils and several teachers from the government primary and secondary school in "
  "Kuriga, Chikun local government area of Kaduna state, on Thursday morning as classes began; a teacher who escaped "
  "said the attackers arrived on dozens of motorcycles. Police and soldiers were combing the forests around the town.",
  [])

# NG4
r = '2023-06-14'; d = wd(r, 'Monday')
N(r, d, 'Nigeria', 'accident', 'Egbu', 'Kwara', 'Pategi',
  "Boat capsizes on Niger River, over 100 wedding guests feared dead - A boat carrying about 250 people returning from a "
  "wedding capsized on the Niger River near Egbu village in Pategi local government area of Kwara state early on "
  "Monday, police said. At least 106 bodies have been recovered and",
  [K('NGACVL', 100, "over 100 wedding guests feared dead", q='AT_LEAST', s=False, note='headline estimate'),
   K('NGACVL', 106, "At least 106 bodies have been recovered", q='AT_LEAST',
     note='toll of one capsizing: dated to the accident')],
  wire=True)

# SO1
r = '2022-10-30'; d = wd(r, 'Saturday')
N(r, d, 'Somalia', 'remote_explosive_ied', 'Mogadishu', 'Banadir', 'Mogadishu',
  "Twin car bombs kill at least 80 at busy Mogadishu junction - Two car bombs exploded minutes apart at the Zobe "
  "junction near Somalia's education ministry in Mogadishu on Saturday, killing at least 80 people and wounding around "
  "300, the president said, blaming al Shabaab. The second blast hit as ambulances…",
  [K('SOMCVL', 80, "Twin car bombs kill at least 80", q='AT_LEAST', s=False, note='headline'),
   A(None, "Two car bombs exploded minutes apart at the Zobe junction", victim='SOMCVL', n=2,
     note='blamed, not claimed: actor null'),
   K('SOMCVL', 80, "killing at least 80 people", q='AT_LEAST', by='SOMGOV'),
   W('SOMCVL', 300, "wounding around 300", q='ABOUT', by='SOMGOV')],
  wire=True, gloc='Zobe')

# SO2
N('2023-01-26', '2023-01-25', 'Somalia', 'armed_clash', 'Galcad', 'Galgaduud', 'El Dher',
  "On 25 January 2023, al-Shabaab fighters attacked the army and macawisley clan militia base in Galcad (El Dher "
  "district, Galgaduud). Somali officials said 7 soldiers were killed and more than 100 attackers were killed as the "
  "assault was repelled; al-Shabaab claimed to have killed 51 soldiers. Fatalities: 107.",
  [A('SOMREB', "al-Shabaab fighters attacked the army and macawisley clan militia base in Galcad", victim='SOMMIL'),
   K('SOMMIL', 7, "7 soldiers were killed", actor='SOMREB', by='SOMGOV'),
   K('SOMREB', 100, "more than 100 attackers were killed", q='AT_LEAST', actor='SOMMIL', by='SOMGOV'),
   K('SOMMIL', 51, "al-Shabaab claimed to have killed 51 soldiers", actor='SOMREB', by='SOMREB', s=False,
     note='competing claim for the same dead; the first-stated figure is scored')])

# SO3
N('2020-02-25', '2020-02-24', 'Somalia', 'air_drone_strike', 'Jilib', 'Middle Juba', 'Jilib',
  "US Africa Command said it conducted an airstrike on 24 February against al-Shabaab fighters near Jilib, in "
  "Somalia's Middle Juba region, killing one terrorist; it said no civilians were injured or killed. Local residents "
  "said the strike hit a farm and killed a farmer.",
  [A('USAMIL', "it conducted an airstrike on 24 February against al-Shabaab fighters near Jilib", victim='SOMREB',
     by='USAMIL'),
   K('SOMREB', 1, "killing one terrorist", actor='USAMIL', by='USAMIL'),
   K('SOMCVL', 1, "killed a farmer", actor='USAMIL', s=False,
     note="residents' competing account of the same strike")])

# SD1
N('2024-06-06', '2024-06-05', 'Sudan', 'attack', 'Wad al-Noura', 'Gezira', '',
  "On 5 June 2024, RSF fighters attacked Wad al-Noura village in Gezira state with artillery and machine guns after "
  "residents refused to hand over their weapons; local resistance committees said 104 people were killed, among them "
  "35 children, and over 150 were injured. The RSF said it had attacked army and militia positions in the village. "
  "Fatalities: 104.",
  [A('SDNREB', "RSF fighters attacked Wad al-Noura village", victim='SDNCVL', note='RSF: SDNREB'),
   K('SDNCVL', 104, "104 people were killed", actor='SDNREB'),
   K('SDNCVL', 35, "among them 35 children", actor='SDNREB', s=False, note='sub-count'),
   W('SDNCVL', 150, "over 150 were injured", q='AT_LEAST', actor='SDNREB'),
   A('SDNREB', "it had attacked army and militia positions in the village", victim='SDNMIL', by='SDNREB', s=False,
     note="the RSF's own account of the same attack")])

# SD2
r = '2024-12-15'; d = wd(r, 'Friday')
N(r, d, 'Sudan', 'shelling_artillery_missile', 'El Fasher', 'North Darfur', 'El Fasher',
  "RSF shelling kills 14 in Sudan's El Fasher, medics say - Artillery shells fired by the Rapid Support Forces hit the "
  "Abu Shouk camp for displaced people and the Saudi hospital area of El Fasher on Friday, killing 14 people, among them "
  "six children, and injuring 28, local medics said. The",
  [K('SDNCVL', 14, "RSF shelling kills 14", actor='SDNREB', s=False, note='headline'),
   A('SDNREB', "Artillery shells fired by the Rapid Support Forces hit the Abu Shouk camp for displaced people and the "
     "Saudi hospital area of El Fasher", victim='SDNCVL'),
   K('SDNCVL', 14, "killing 14 people, among them six children", actor='SDNREB',
     note='victims in the camp and around the hospital: a mixed toll, CVL'),
   K('SDNCVL', 6, "among them six children", actor='SDNREB', s=False, note='sub-count'),
   W('SDNCVL', 28, "injuring 28", actor='SDNREB')],
  wire=True)

# SD3
r = '2024-09-01'
N(r, r, 'Sudan', 'disease', 'Kassala', 'Kassala', 'Kassala',
  "Cholera has killed 43 people in Kassala state since 12 August, the state health ministry said on Sunday, and 1,200 "
  "cases have been recorded, most of them in Kassala city and the camps around it.",
  [K('SDNCVL', 43, "Cholera has killed 43 people in Kassala state since 12 August", cum=True, by='SDNGOV')])

# CD1
N('2024-06-10', '2024-06-08', 'DR Congo', 'attack', 'Masala', 'North Kivu', 'Lubero',
  "On 8 June 2024, ADF fighters attacked Masala village in the Bapere sector of Lubero territory (North Kivu), killing "
  "41 civilians with machetes and guns and burning houses and a health centre, local civil society said; the army "
  "confirmed at least 25 deaths. Fatalities: 41.",
  [A('CODREB', "ADF fighters attacked Masala village", victim='CODCVL'),
   K('CODCVL', 41, "killing 41 civilians with machetes and guns", actor='CODREB'),
   K('CODCVL', 25, "the army confirmed at least 25 deaths", q='AT_LEAST', actor='CODREB', by='CODMIL', s=False,
     note='competing lower figure; the first-stated one is scored')])

# CD2
r = '2022-06-14'; d = wd(r, 'Monday')
N(r, d, 'DR Congo', 'nonstate_takes_territory', 'Bunagana', 'North Kivu', 'Rutshuru',
  "Congo rebels seize border town of Bunagana, thousands flee to Uganda - M23 rebels took control of Bunagana on the "
  "border with Uganda on Monday after heavy fighting with the Congolese army, a local official said, and more than "
  "30,000 people fled across the border. Congo's army accused Rwanda of backing the…",
  [C('CODREB', "Congo rebels seize border town of Bunagana", s=False, note='headline'),
   C('CODREB', "M23 rebels took control of Bunagana on the border with Uganda", by='CODGOV'),
   A('CODREB', "after heavy fighting with the Congolese army", victim='CODMIL', note='first-named side of the fighting'),
   A('CODMIL', "after heavy fighting with the Congolese army", victim='CODREB', s=False, note='other side'),
   D('CODCVL', 30000, "more than 30,000 people fled across the border", q='AT_LEAST', by='CODGOV'),
   D('CODCVL', None, "thousands flee to Uganda", s=False, note='headline, vague')],
  wire=True)

# CD3
N('2023-12-15', '2023-12-14', 'DR Congo', 'attack', 'Ngotho', 'Ituri', 'Djugu',
  "Overnight into 14 December 2023, CODECO militiamen armed with machetes and guns attacked the Ngotho displacement site "
  "near Bule (Djugu territory, Ituri), killing 17 displaced people, 8 of them children, and a soldier who tried to "
  "intervene; MONUSCO said peacekeepers reached the site at dawn. Fatalities: 18.",
  [A('CODREB', "CODECO militiamen armed with machetes and guns attacked the Ngotho displacement site", victim='CODREF'),
   K('CODREF', 17, "killing 17 displaced people, 8 of them children", actor='CODREB', note='displaced: REF'),
   K('CODREF', 8, "8 of them children", actor='CODREB', s=False, note='sub-count'),
   K('CODMIL', 1, "a soldier who tried to intervene", actor='CODREB')])

# ET1
N('2023-10-13', '2023-10-12', 'Ethiopia', 'armed_clash', 'Wegel Tena', 'Amhara', 'North Wollo',
  "On 12 October 2023, Fano militiamen ambushed an ENDF convoy near Wegel Tena (Delanta woreda, North Wollo, Amhara); "
  "fighting lasted several hours and 9 soldiers and 4 Fano fighters were killed, according to local sources. An ENDF "
  "drone later struck the area, wounding several civilians. Fatalities: 13.",
  [A('ETHREB', "Fano militiamen ambushed an ENDF convoy near Wegel Tena", victim='ETHMIL'),
   K('ETHMIL', 9, "9 soldiers and 4 Fano fighters were killed", actor='ETHREB'),
   K('ETHREB', 4, "9 soldiers and 4 Fano fighters were killed", actor='ETHMIL'),
   A('ETHMIL', "An ENDF drone later struck the area", victim='ETHREB'),
   W('ETHCVL', None, "wounding several civilians", actor='ETHMIL')])

# ET2
r = '2023-08-15'; d = wd(r, 'Sunday')
N(r, d, 'Ethiopia', 'air_drone_strike', 'Finote Selam', 'Amhara', 'West Gojjam',
  "Drone strike kills 26 at Ethiopian market town, residents say - A drone strike hit a busy square in Finote Selam in "
  "Ethiopia's Amhara region on Sunday, killing at least 26 people, residents and a health worker said. The federal "
  "government, which has been fighting Fano militias in the region, did not…",
  [K('ETHCVL', 26, "Drone strike kills 26", s=False, note='headline'),
   A(None, "A drone strike hit a busy square in Finote Selam", victim='ETHCVL', note='not attributed in the text'),
   K('ETHCVL', 26, "killing at least 26 people", q='AT_LEAST')],
  wire=True)

# ET3
N('2022-06-20', '2022-06-18', 'Ethiopia', 'attack', 'Tole', 'Oromia', 'West Wellega',
  "On 18 June 2022, gunmen attacked Amhara residents in Tole kebele (Gimbi woreda, West Wellega, Oromia), killing at "
  "least 112 civilians, mostly ethnic Amhara, and burning homes. The regional government blamed the OLA, which denied "
  "involvement. Fatalities: 112.",
  [A(None, "gunmen attacked Amhara residents in Tole kebele", victim='ETHCVL',
     note='blamed on the OLA, which denied it: actor null'),
   K('ETHCVL', 112, "killing at least 112 civilians", q='AT_LEAST')])

# MZ1
N('2020-04-22', '2020-04-07', 'Mozambique', 'attack', 'Xitaxi', 'Cabo Delgado', 'Muidumbe',
  "On 7 April 2020, insurgents killed 47 young men in Xitaxi village (Muidumbe district, Cabo Delgado) who had refused "
  "to be recruited, shooting or beheading them, a police spokesman said on 21 April. Fatalities: 47.",
  [K('MOZCVL', 47, "insurgents killed 47 young men in Xitaxi village", actor='MOZREB', by='MOZMIL')])

# MZ2
r = '2020-08-13'; d = wd(r, 'Wednesday')
N(r, d, 'Mozambique', 'nonstate_takes_territory', 'Mocimboa da Praia', 'Cabo Delgado', 'Mocimboa da Praia',
  "Islamist insurgents seize strategic port in north Mozambique - Insurgents linked to Islamic State took control of "
  "the port town of Mocimboa da Praia in Cabo Delgado province on Wednesday after days of fighting with the army, which "
  "ran out of ammunition, security sources said. The government said 'several' soldiers were…",
  [C('MOZREB', "Islamist insurgents seize strategic port in north Mozambique", loc=None, s=False, note='headline'),
   C('MOZREB', "Insurgents linked to Islamic State took control of the port town of Mocimboa da Praia"),
   A('MOZREB', "after days of fighting with the army", victim='MOZMIL', date=None, s=False,
     note='fighting over several days, no day')],
  wire=True)

# MZ3
N('2021-08-09', '2021-08-08', 'Mozambique', 'gov_regains_territory', 'Mocimboa da Praia', 'Cabo Delgado',
  'Mocimboa da Praia',
  "On 8 August 2021, Rwandan troops and the Mozambican army recaptured Mocimboa da Praia (Mocimboa da Praia district, "
  "Cabo Delgado), including its port and airport, Rwanda's army spokesman said; earlier in the week the joint forces "
  "had taken Awasse, where they said 14 insurgents had been killed.",
  [C('RWAMIL', "Rwandan troops and the Mozambican army recaptured Mocimboa da Praia", by='RWAMIL',
     note='Rwandan troops named first'),
   C('RWAMIL', "had taken Awasse", loc='Awasse', date=None, by='RWAMIL', s=False,
     note='"earlier in the week": background, no day'),
   K('MOZREB', 14, "14 insurgents had been killed", actor='RWAMIL', loc='Awasse', date=None, by='RWAMIL', s=False,
     note='background to the note, no day')])

# ML1
N('2022-08-09', '2022-08-07', 'Mali', 'attack', 'Tessit', 'Gao', 'Ansongo',
  "On 7 August 2022, militants attacked the army camp at Tessit (Ansongo cercle, Gao) with artillery, drones and a car "
  "bomb. The army said 42 soldiers were killed and 22 wounded, and that 37 attackers were 'neutralised'; it blamed the "
  "Islamic State in the Greater Sahara. Fatalities: 79.",
  [A('MLIREB', "militants attacked the army camp at Tessit", victim='MLIMIL', note='"militants": REB'),
   K('MLIMIL', 42, "42 soldiers were killed", actor='MLIREB', by='MLIMIL'),
   W('MLIMIL', 22, "22 wounded", actor='MLIREB', by='MLIMIL'),
   K('MLIREB', 37, "37 attackers were 'neutralised'", actor='MLIMIL', by='MLIMIL', note='"neutralised": killed')])

# ML2
N('2023-03-24', '2023-03-23', 'Mali', 'remote_explosive_ied', 'Boni', 'Mopti', 'Douentza',
  "On 23 March 2023, a bus carrying traders to the weekly market hit an improvised explosive device on the road between "
  "Boni and Hombori (Douentza cercle, Mopti), killing 10 passengers and injuring 14, the regional transport union "
  "said. Fatalities: 10.",
  [A(None, "hit an improvised explosive device on the road between Boni and Hombori", victim='MLICVL',
     note='"between A and B": A'),
   K('MLICVL', 10, "killing 10 passengers"),
   W('MLICVL', 14, "injuring 14")])

# ML3
r = '2023-10-02'; d = wd(r, 'Sunday')
N(r, d, 'Mali', 'nonstate_takes_territory', 'Bamba', 'Gao', 'Bourem',
  "Tuareg-led rebels say they seized army camp in northern Mali - The Permanent Strategic Framework (CSP), an alliance "
  "of mostly Tuareg armed groups, said on Sunday it had taken control of the army camp in Bamba, between Gao and "
  "Bourem, and captured vehicles and weapons after fighting in which it said 7 of its fighters and dozens of soldiers "
  "died, a claim the army…",
  [C('MLIREB', "Tuareg-led rebels say they seized army camp in northern Mali", loc=None, s=False, note='headline'),
   C('MLIREB', "it had taken control of the army camp in Bamba", by='MLIREB',
     note='CSP: REB; no day for the capture: the claim day'),
   K('MLIREB', 7, "7 of its fighters and dozens of soldiers died", actor='MLIMIL', by='MLIREB'),
   K('MLIMIL', None, "7 of its fighters and dozens of soldiers died", actor='MLIREB', by='MLIREB'),
   E('MLIMIL', 'VEHICLE', "captured vehicles and weapons", actor='MLIREB', by='MLIREB', s=False,
     note='captured, not destroyed; vague')],
  wire=True)

# BF1
N('2022-05-12', '2022-05-11', 'Burkina Faso', 'attack', 'Bourasso', 'Boucle du Mouhoun', 'Kossi',
  "On 11 May 2022, militants attacked Bourasso (Kossi province, Boucle du Mouhoun), killing 7 VDP volunteers and 4 "
  "civilians; the attackers also set fire to the market and drove away livestock. Fatalities: 11.",
  [A('BFAREB', "militants attacked Bourasso", victim='BFAMIL'),
   K('BFAMIL', 7, "killing 7 VDP volunteers and 4 civilians", actor='BFAREB', note='VDP: MIL'),
   K('BFACVL', 4, "killing 7 VDP volunteers and 4 civilians", actor='BFAREB')])

# BF2
r = '2021-08-20'; d = wd(r, 'Wednesday')
N(r, d, 'Burkina Faso', 'remote_explosive_ied', 'Dablo', 'Centre-Nord', 'Sanmatenga',
  "Eleven soldiers were killed on Wednesday when an improvised explosive device exploded under their convoy near Dablo "
  "in Sanmatenga province, Centre-Nord region, the army said in a statement on Thursday, adding that four others were "
  "injured and two armoured vehicles were destroyed.",
  [A(None, "an improvised explosive device exploded under their convoy near Dablo", victim='BFAMIL'),
   K('BFAMIL', 11, "Eleven soldiers were killed", by='BFAMIL'),
   W('BFAMIL', 4, "four others were injured", by='BFAMIL'),
   E('BFAMIL', 'APC', "two armoured vehicles were destroyed", n=2, by='BFAMIL')])

# BF3
N('2023-11-08', '2023-11-05', 'Burkina Faso', 'air_drone_strike', 'Djibo', 'Sahel', 'Soum',
  "Burkina Faso's army said its air force struck a gathering of 'terrorists' preparing an attack near Djibo (Soum "
  "province, Sahel) on 5 November, killing 'several dozen' of them and destroying their motorcycles; residents said at "
  "least 6 herders were among the dead.",
  [A('BFAMIL', "its air force struck a gathering of 'terrorists' preparing an attack near Djibo", victim='BFAREB',
     by='BFAMIL'),
   K('BFAREB', None, "killing 'several dozen' of them", actor='BFAMIL', by='BFAMIL', note='vague: no count'),
   E('BFAREB', 'VEHICLE', "destroying their motorcycles", actor='BFAMIL', by='BFAMIL'),
   K('BFACVL', 6, "at least 6 herders were among the dead", q='AT_LEAST', actor='BFAMIL', s=False,
     note="residents' competing reading of the same dead")])

# NE1
N('2019-12-12', '2019-12-10', 'Niger', 'attack', 'Inates', 'Tillaberi', '',
  "On 10 December 2019, several hundred militants attacked the army camp in Inates (Tillaberi region) near the Malian "
  "border, killing 64 soldiers, the defence ministry said, adding that 49 attackers had been 'neutralised' and that 12 "
  "soldiers were missing. Fatalities: 113.",
  [A('NERREB', "several hundred militants attacked the army camp in Inates", victim='NERMIL'),
   K('NERMIL', 64, "killing 64 soldiers", actor='NERREB', by='NERGOV'),
   K('NERREB', 49, "49 attackers had been 'neutralised'", actor='NERMIL', by='NERGOV', note='"neutralised": killed')])

# NE2
r = '2024-08-19'
N(r, r, 'Niger', 'disaster', 'Maradi', 'Maradi', 'Maradi',
  "Floods caused by heavy rains since June have killed 217 people and left more than 88,000 homeless across Niger, "
  "with Maradi and Zinder the worst-hit regions, the interior ministry said on Monday; 33 people died in the collapse "
  "of houses in Maradi last week.",
  [K('NERCVL', 217, "have killed 217 people", cum=True, loc=None, by='NERGOV', note='nationwide tally since June'),
   D('NERCVL', 88000, "left more than 88,000 homeless", q='AT_LEAST', cum=True, loc=None, by='NERGOV'),
   K('NERCVL', 33, "33 people died in the collapse of houses in Maradi last week", date=None, by='NERGOV', s=False,
     note='part of the national total; "last week": no day')])

# CM1
N('2020-10-25', '2020-10-24', 'Cameroon', 'attack', 'Kumba', 'South-West', 'Meme',
  "On 24 October 2020, gunmen stormed a private bilingual school in the Fiango neighbourhood of Kumba (Meme division, "
  "South-West), killing 7 pupils aged 9 to 12 and wounding 13 others with guns and machetes. The government blamed "
  "Anglophone separatists, who denied it. Fatalities: 7.",
  [A(None, "gunmen stormed a private bilingual school in the Fiango neighbourhood of Kumba", victim='CMRCVL',
     note='blamed on separatists, who denied it: actor null'),
   K('CMRCVL', 7, "killing 7 pupils aged 9 to 12"),
   W('CMRCVL', 13, "wounding 13 others")],
  gloc='Fiango')

# CM2
r = '2021-01-14'; d = wd(r, 'Tuesday')
N(r, d, 'Cameroon', 'attack', 'Kordo', 'Far North', 'Mayo-Tsanaga',
  "Overnight on Tuesday, Boko Haram fighters raided the village of Kordo in Mayo-Tsanaga department, Far North region, "
  "killing a village chief and two of his sons and looting food and cattle; a vigilante was wounded while trying to "
  "repel the attackers, local officials said.",
  [A('NGAREB', "Boko Haram fighters raided the village of Kordo", victim='CMRCVL', note='Boko Haram in Cameroon: NGAREB'),
   K('CMRCVL', 3, "killing a village chief and two of his sons", actor='NGAREB', by='CMRGOV',
     note='one line of 3 (1+2)'),
   W('CMRMIL', 1, "a vigilante was wounded", actor='NGAREB', by='CMRGOV', note='vigilance committee: MIL')])

# SS1
N('2018-03-16', '2018-03-13', 'South Sudan', 'armed_clash', 'Marial Lou', 'Warrap', 'Tonj North',
  "On 13 March 2018, armed youth from Tonj East attacked cattle camps in Marial Lou (Tonj North county, Warrap) and took "
  "about 3,000 head of cattle; fighting with the camps' defenders left 19 attackers and 11 residents of the camps dead, "
  "the county commissioner said. Fatalities: 30.",
  [A('SSDREB', "armed youth from Tonj East attacked cattle camps in Marial Lou", victim='SSDCVL',
     note='armed youth: REB'),
   K('SSDREB', 19, "left 19 attackers and 11 residents of the camps dead", by='SSDGOV'),
   K('SSDCVL', 11, "left 19 attackers and 11 residents of the camps dead", actor='SSDREB', by='SSDGOV')])

# SS2
r = '2025-04-05'; d = '2025-04-03'
N(r, d, 'South Sudan', 'attack', 'Mangalla', 'Central Equatoria', 'Juba',
  "Gunmen ambushed a clearly marked NGO vehicle on the Juba-Bor road near Mangalla on 3 April, killing a driver working "
  "for a humanitarian organisation and wounding a nurse, UNMISS said, condemning the attack.",
  [A(None, "Gunmen ambushed a clearly marked NGO vehicle on the Juba-Bor road near Mangalla", victim='SSDCVL'),
   K('SSDCVL', 1, "killing a driver working for a humanitarian organisation", by='IGOUNO'),
   W('SSDCVL', 1, "wounding a nurse", by='IGOUNO')])

# LY1
r = '2023-08-16'; d = wd(r, 'Monday')
N(r, d, 'Libya', 'armed_clash', 'Tripoli', 'Tripoli', 'Tripoli',
  "Fighting broke out on Monday night in southern Tripoli between the 444 Brigade and the Special Deterrence Force "
  "(Radaa) after Radaa detained the 444 commander at Mitiga airport; the emergency medicine centre said on Wednesday "
  "that 55 people were killed and 146 wounded in the clashes, which ended after the commander was handed to a third "
  "party.",
  [A('LBYMIL', "Fighting broke out on Monday night in southern Tripoli between the 444 Brigade and the Special "
     "Deterrence Force", victim='LBYMIL', note='both sides nominally state forces: LBYMIL, one line'),
   K('LBYCVL', 55, "55 people were killed and 146 wounded", note='a mixed toll of people: CVL; one clash'),
   W('LBYCVL', 146, "55 people were killed and 146 wounded")])

# LY2
r = '2019-10-15'; d = wd(r, 'Monday')
N(r, d, 'Libya', 'shelling_artillery_missile', 'Tripoli', 'Tripoli', 'Tripoli',
  "Three sisters were killed and their mother injured when a shell fired by forces loyal to Khalifa Haftar hit their "
  "house in the al-Furnaj district of Tripoli on Monday afternoon, the health ministry of the Government of National "
  "Accord said.",
  [A('LBYREB', "a shell fired by forces loyal to Khalifa Haftar hit their house in the al-Furnaj district of Tripoli",
     victim='LBYCVL', by='LBYGOV', note='LNA: LBYREB'),
   K('LBYCVL', 3, "Three sisters were killed", actor='LBYREB', by='LBYGOV'),
   W('LBYCVL', 1, "their mother injured", actor='LBYREB', by='LBYGOV')],
  gloc='al-Furnaj')

# KE1
r = '2021-06-07'; d = wd(r, 'Saturday')
N(r, d, 'Kenya', 'remote_explosive_ied', 'Elwak', 'Mandera', '',
  "Four police officers were killed and three others injured on 5 June when their vehicle ran over an improvised "
  "explosive device near Elwak, in Mandera county, police said, blaming al-Shabaab militants who have been planting "
  "explosives along roads near the Somali border.",
  [A(None, "their vehicle ran over an improvised explosive device near Elwak", victim='KENMIL',
     note='blamed, not claimed: actor null'),
   K('KENMIL', 4, "Four police officers were killed", by='KENMIL', note='police: MIL'),
   W('KENMIL', 3, "three others injured", by='KENMIL'),
   E('KENMIL', 'VEHICLE', "their vehicle ran over an improvised explosive device", by='KENMIL',
     note='police vehicle hit by an IED')])

# CF1
N('2023-01-30', '2023-01-29', 'Central African Republic', 'attack', 'Koui', 'Ouham-Pende', 'Koui',
  "On 29 January 2023, 3R fighters attacked a MINUSCA patrol near Koui (Ouham-Pende prefecture), killing a Cameroonian "
  "peacekeeper and wounding two others, the UN mission said; one attacker was also killed. Fatalities: 2.",
  [A('CAFREB', "3R fighters attacked a MINUSCA patrol near Koui", victim='CMRMIL', by='IGOUNO'),
   K('CMRMIL', 1, "killing a Cameroonian peacekeeper", actor='CAFREB', by='IGOUNO', note='peacekeeper by nationality'),
   W('CMRMIL', 2, "wounding two others", actor='CAFREB', by='IGOUNO'),
   K('CAFREB', 1, "one attacker was also killed", by='IGOUNO')])

# TD1
r = '2024-10-29'; d = wd(r, 'Sunday')
N(r, d, 'Chad', 'attack', 'Barkaram', 'Lac', '',
  "Boko Haram fighters attacked an army base in Barkaram, on an island in Lake Chad, late on Sunday, killing about 40 "
  "soldiers, the presidency said; President Deby travelled to the area on Monday and announced an operation to hunt "
  "down the attackers.",
  [A('NGAREB', "Boko Haram fighters attacked an army base in Barkaram", victim='TCDMIL', note='Boko Haram in Chad: NGAREB'),
   K('TCDMIL', 40, "killing about 40 soldiers", q='ABOUT', actor='NGAREB', by='TCDGOV'),
   O('TCDMIL', "announced an operation to hunt down the attackers", loc=None, date=wd(r, 'Monday'), by='TCDGOV',
     note='announced operation: scored')])
