"""b2: 35 monitor-style notes from other conflicts (30 conflict, 5 non-conflict)."""
from lib import I

I('N01', '2021-06-15', 'note', '2021-06-14|Afghanistan|armed_clash|Qaisar|Faryab|Qaisar',
  "On 14 June 2021, Taliban fighters overran the district centre of Qaisar in Faryab province after heavy fighting with ANDSF; a district official said 7 soldiers and 3 police were killed and 12 others captured.",
  ['C||AFGREB||Qaisar|2021-06-14||Taliban fighters overran the district centre of Qaisar|',
   'A|AFGMIL|AFGREB||Qaisar|2021-06-14||after heavy fighting with ANDSF|',
   'K|AFGMIL||10|Qaisar|2021-06-14|AFGGOV|7 soldiers and 3 police were killed||soldiers and police both AFGMIL: one line of 10'], 10)

I('N02', '2021-10-09', 'note', '2021-10-08|Afghanistan|remote_explosive_ied|Kunduz|Kunduz|Kunduz',
  "8 October 2021 - A suicide bomber blew himself up inside a Shia mosque in Kunduz city during Friday prayers, killing 47 worshippers and wounding more than 140, Taliban officials said. IS-K claimed the attack.",
  ['A|AFGCVL|AFGREB||Kunduz|2021-10-08|AFGREB|A suicide bomber blew himself up inside a Shia mosque in Kunduz city||IS-K claimed: AFGREB',
   'K|AFGCVL|AFGREB|47|Kunduz|2021-10-08|AFGGOV|killing 47 worshippers||Taliban officials: AFGGOV',
   'W|AFGCVL|AFGREB|>140|Kunduz|2021-10-08|AFGGOV|wounding more than 140|',
   'K|AFGREB||1|Kunduz|2021-10-08||A suicide bomber blew himself up|u|bomber\'s death implied'], 47)

I('N03', '2021-01-18', 'note', '2021-01-17|Nigeria|attack|Kurmin Masara|Kaduna|Zangon Kataf',
  "On 17 January 2021, armed men attacked Kurmin Masara village in Zangon Kataf LGA, Kaduna State, shooting dead 5 villagers and setting houses on fire; a police spokesman said one suspect was arrested.",
  ['A|NGACVL|||Kurmin Masara|2021-01-17||armed men attacked Kurmin Masara village|',
   'K|NGACVL||5|Kurmin Masara|2021-01-17||shooting dead 5 villagers|'], 5)

I('N04', '2023-03-27', 'note', '2023-03-25|Nigeria|armed_clash|Gajiram|Borno|Nganzai',
  "25/03/2023: ISWAP fighters in gun trucks attacked a military base in Gajiram, Nganzai LGA. Troops supported by an air component repelled the assault, killing 19 insurgents, the army said; two soldiers were wounded.",
  ['A|NGAMIL|NGAREB||Gajiram|2023-03-25||ISWAP fighters in gun trucks attacked a military base in Gajiram|',
   'K|NGAREB|NGAMIL|19|Gajiram|2023-03-25|NGAMIL|killing 19 insurgents, the army said|',
   'W|NGAMIL||2|Gajiram|2023-03-25|NGAMIL|two soldiers were wounded|'], 19)

I('N05', '2022-04-09', 'note', '2022-04-08|Mali|attack|Hombori|Mopti|Douentza',
  "8 April 2022: Suspected JNIM militants attacked a FAMa convoy on the Hombori-Gossi axis with IEDs and small arms, killing 4 soldiers. A military truck was burnt, local sources said.",
  ['A|MLIMIL|MLIREB||Hombori|2022-04-08||attacked a FAMa convoy on the Hombori-Gossi axis||suspected JNIM: group named',
   'K|MLIMIL|MLIREB|4|Hombori|2022-04-08||killing 4 soldiers|',
   'E|MLIMIL|MLIREB||Hombori|2022-04-08||A military truck was burnt|eq=VEHICLE'], 4)

I('N06', '2022-11-29', 'note', '2022-11-27|Burkina Faso|attack|Pobe-Mengao|Sahel|Soum',
  "On 27 November 2022, gunmen attacked the VDP post at Pobe-Mengao, Soum province; 6 VDP members and a civilian were killed, according to local sources. The attackers took motorcycles and livestock.",
  ['A|BFAMIL|||Pobe-Mengao|2022-11-27||gunmen attacked the VDP post at Pobe-Mengao|',
   'K|BFAMIL||6|Pobe-Mengao|2022-11-27||6 VDP members and a civilian were killed||VDP: MIL',
   'K|BFACVL||1|Pobe-Mengao|2022-11-27||6 VDP members and a civilian were killed|'], 7)

I('N07', '2023-08-16', 'note', '2023-08-15|Niger|attack|Koutougou|Tillaberi|Torodi',
  "15 August 2023 - An army detachment was ambushed near Koutougou, Tillaberi region, by jihadists on motorcycles; the defence ministry said 17 soldiers died and 20 were wounded, and that more than 100 assailants were 'neutralised' as they withdrew.",
  ['A|NERMIL|NERREB||Koutougou|2023-08-15||An army detachment was ambushed near Koutougou|',
   'K|NERMIL|NERREB|17|Koutougou|2023-08-15|NERGOV|17 soldiers died|',
   'W|NERMIL|NERREB|20|Koutougou|2023-08-15|NERGOV|20 were wounded|',
   "K|NERREB|NERMIL|>100|Koutougou|2023-08-15|NERGOV|more than 100 assailants were 'neutralised'||a claim is an incident"], 117)

I('N08', '2023-05-28', 'note', '2023-05-26|Somalia|attack|Buulo Mareer|Lower Shabelle|Marka',
  "On 26 May 2023, al-Shabaab militants stormed an AU base at Buulo Mareer in Lower Shabelle using a car bomb and heavy weapons. Uganda's president later said 54 Ugandan peacekeepers were killed in the assault.",
  ['A|UGAMIL|SOMREB||Buulo Mareer|2023-05-26||al-Shabaab militants stormed an AU base at Buulo Mareer|',
   'K|UGAMIL|SOMREB|54|Buulo Mareer|2023-05-26|UGAGOV|54 Ugandan peacekeepers were killed in the assault||Ugandan peacekeepers: UGAMIL'], 54)

I('N09', '2021-11-06', 'note', '2021-11-05|Yemen|shelling_artillery_missile|Mukayras|Abyan|Mukayras',
  "5/11/2021: Houthi artillery shelling hit a residential neighbourhood of Mukayras, Abyan, killing a child and injuring his mother and sister, medical sources said.",
  ['A|YEMCVL|YEMREB||Mukayras|2021-11-05||Houthi artillery shelling hit a residential neighbourhood of Mukayras|',
   'K|YEMCVL|YEMREB|1|Mukayras|2021-11-05||killing a child|',
   'W|YEMCVL|YEMREB|2|Mukayras|2021-11-05||injuring his mother and sister|'], 1)

I('N10', '2020-10-28', 'note', '2020-10-27|Iraq|remote_explosive_ied|Tarmiyah|Baghdad|Tarmiyah',
  "27 October 2020 - An IED detonated against a PMF patrol near Tarmiyah, north of Baghdad, killing one PMF member and wounding three. Security sources blamed IS remnants.",
  ['A|IRQMIL|||Tarmiyah|2020-10-27||An IED detonated against a PMF patrol near Tarmiyah||blamed only: actor null',
   'K|IRQMIL||1|Tarmiyah|2020-10-27||killing one PMF member|',
   'W|IRQMIL||3|Tarmiyah|2020-10-27||wounding three|'], 1)

I('N11', '2023-06-03', 'note', '2023-06-02|DR Congo|attack|Bule|Ituri|Djugu',
  "On the night of 2 June 2023, CODECO militiamen attacked the Lala displacement site near Bule, Djugu territory, killing 46 displaced people, half of them children, with machetes and guns.",
  ['A|CODREF|CODREB||Bule|2023-06-02||CODECO militiamen attacked the Lala displacement site near Bule|',
   'K|CODREF|CODREB|46|Bule|2023-06-02||killing 46 displaced people|',
   'K|CODREF|CODREB|23|Bule|2023-06-02||half of them children|u|sub-count implied by "half"'], 46)

I('N12', '2024-02-08', 'note', '2024-02-07|DR Congo|shelling_artillery_missile|Sake|North Kivu|Masisi',
  "7 February 2024: M23 bombs fell on the outskirts of Sake, killing 3 civilians; thousands of residents fled towards Goma, joining those already displaced by weeks of fighting.",
  ['A|CODCVL|CODREB||Sake|2024-02-07||M23 bombs fell on the outskirts of Sake|',
   'K|CODCVL|CODREB|3|Sake|2024-02-07||killing 3 civilians|',
   'D|CODCVL|||Sake|2024-02-07||thousands of residents fled towards Goma||vague amount'], 3)

I('N13', '2020-09-16', 'note', '2020-09-15|Cameroon|attack|Mozogo|Far North|Mayo-Tsanaga',
  "On 15 September 2020, Boko Haram fighters raided a village near Mozogo, Mayo-Tsanaga, abducting 3 young men and killing a herder who resisted.",
  ['A|CMRCVL|NGAREB||Mozogo|2020-09-15||Boko Haram fighters raided a village near Mozogo|',
   'K|CMRCVL|NGAREB|1|Mozogo|2020-09-15||killing a herder who resisted|'], 1)

I('N14', '2021-08-09', 'note', '2021-08-08|Mozambique|gov_regains_territory|Mocimboa da Praia|Cabo Delgado|Mocimboa da Praia',
  "8 August 2021 - Rwandan and Mozambican forces regained control of the port town of Mocimboa da Praia, held by insurgents for a year, the Rwandan army announced.",
  ['C||RWAMIL||Mocimboa da Praia|2021-08-08|RWAMIL|regained control of the port town of Mocimboa da Praia|',
   'C||MOZMIL||Mocimboa da Praia|2021-08-08|RWAMIL|regained control of the port town of Mocimboa da Praia|u|second party of a joint capture',
   'C||MOZREB||Mocimboa da Praia|||held by insurgents for a year|u|background capture'], 0)

I('N15', '2021-11-25', 'note', '2021-11-24|Ethiopia|armed_clash|Kemise|Amhara|Oromia Special Zone',
  "24/11/2021: Fighting between ENDF and TPLF forces was reported around Kemise in Amhara region; residents said hundreds of families fled on foot to Debre Berhan.",
  ['A|ETHREB|ETHMIL||Kemise|2021-11-24||Fighting between ENDF and TPLF forces was reported around Kemise|',
   'A|ETHMIL|ETHREB||Kemise|2021-11-24||Fighting between ENDF and TPLF forces was reported around Kemise|u|second side',
   'D|ETHCVL|||Kemise|2021-11-24||hundreds of families fled on foot to Debre Berhan||vague amount'], 0)

I('N16', '2023-06-15', 'note', '2023-06-14|Sudan|attack|El Geneina|West Darfur|El Geneina',
  "On 14 June 2023, the governor of West Darfur was abducted and killed in El Geneina hours after accusing RSF fighters of genocide in a television interview; his body was later displayed on social media.",
  ['K|SDNGOV||1|El Geneina|2023-06-14||the governor of West Darfur was abducted and killed in El Geneina||no side stated for the killers'], 1)

I('N17', '2022-03-24', 'note', '2022-03-22|South Sudan|attack|Tonj|Warrap|Tonj North',
  "22 March 2022: Armed youth from a neighbouring community attacked cattle camps near Tonj, Warrap State, killing 11 herders and injuring 8; some 3,000 cattle were raided.",
  ['A|SSDCVL|SSDREB||Tonj|2022-03-22||Armed youth from a neighbouring community attacked cattle camps near Tonj|',
   'K|SSDCVL|SSDREB|11|Tonj|2022-03-22||killing 11 herders|',
   'W|SSDCVL|SSDREB|8|Tonj|2022-03-22||injuring 8|'], 11)

I('N18', '2021-12-08', 'note', '2021-12-07|Myanmar|attack|Done Taw|Sagaing|Monywa',
  "On 7 December 2021, junta troops rounded up villagers in Done Taw, Sagaing Region, and burned 11 of them to death, including 5 teenagers, local PDF members said.",
  ['K|MMRCVL|MMRMIL|11|Done Taw|2021-12-07||burned 11 of them to death|',
   'K|MMRCVL|MMRMIL|5|Done Taw|2021-12-07||including 5 teenagers|u|sub-count'], 11)

I('N19', '2023-11-03', 'note', '2023-11-02|Myanmar|nonstate_takes_territory|Chinshwehaw|Shan|Laukkaing',
  "2 November 2023 - The Three Brotherhood Alliance said it had captured the border trade town of Chinshwehaw and more than 80 junta outposts in northern Shan State since launching Operation 1027.",
  ['C||MMRREB||Chinshwehaw|2023-11-02|MMRREB|captured the border trade town of Chinshwehaw|',
   'C||MMRREB|>80||2023-11-02|MMRREB|more than 80 junta outposts in northern Shan State since launching Operation 1027|c|cumulative count of outposts',
   'O||MMRREB||||MMRREB|since launching Operation 1027|u|background launch, no day'], 0)

I('N20', '2024-03-27', 'note', '2024-03-26|Pakistan|remote_explosive_ied|Besham|Khyber Pakhtunkhwa|Shangla',
  "26 March 2024: A suicide bomber rammed an explosives-laden car into a bus carrying Chinese engineers near Besham, Shangla district, killing 5 Chinese nationals and their Pakistani driver, police said.",
  ['A|CHNCVL|||Besham|2024-03-26||A suicide bomber rammed an explosives-laden car into a bus carrying Chinese engineers near Besham|',
   'K|CHNCVL||5|Besham|2024-03-26|PAKMIL|killing 5 Chinese nationals and their Pakistani driver||police: MIL as source',
   'K|PAKCVL||1|Besham|2024-03-26|PAKMIL|their Pakistani driver|',
   'K|PAKREB||1|Besham|2024-03-26||A suicide bomber rammed|u|bomber\'s death implied only'], 6)

I('N21', '2023-05-06', 'note', '2023-05-05|India|armed_clash|Rajouri|Jammu and Kashmir|Rajouri',
  "On 5 May 2023, an explosive device went off during a search operation in a forest area of Rajouri district after troops engaged militants hiding in a cave; 5 army personnel lost their lives and an officer was injured.",
  ['A|INDREB|INDMIL||Rajouri|2023-05-05||troops engaged militants hiding in a cave|',
   'A|INDMIL|||Rajouri|2023-05-05||an explosive device went off during a search operation|',
   'K|INDMIL||5|Rajouri|2023-05-05||5 army personnel lost their lives|',
   'W|INDMIL||1|Rajouri|2023-05-05||an officer was injured|'], 5)

I('N22', '2022-01-04', 'note', '2022-01-03|Colombia|armed_clash|Tame|Arauca|Tame',
  "3/01/2022 - Fighting between the ELN and FARC dissidents in rural areas along the Venezuelan border left at least 24 people dead over the weekend, according to the governor; bodies were recovered in Tame, Fortul and Saravena.",
  ['A|COLREB|COLREB||Tame|||Fighting between the ELN and FARC dissidents in rural areas along the Venezuelan border||both sides COLREB: one line; over the weekend: no single day',
   'K|COLCVL||>24|Tame||COLGOV|at least 24 people dead over the weekend||mixed people: COLCVL; no single day; first named place'], 24)

I('N23', '2023-05-03', 'note', '2023-05-02|Haiti|other_violence|Petion-Ville|Ouest|Petion-Ville',
  "2 May 2023: Residents of a Petion-Ville neighbourhood caught 4 suspected gang members after a shoot-out with police, beat them and burned them to death in the street.",
  ['K|HTIREB|HTICVL|4|Petion-Ville|2023-05-02||burned them to death in the street||suspected gang members: HTIREB; the residents (lynch mob): HTICVL',
   'A|HTIREB|HTIMIL||Petion-Ville|2023-05-02||after a shoot-out with police|'], 4)

I('N24', '2024-01-23', 'note', '2024-01-22|Mexico|attack|Celaya|Guanajuato|Celaya',
  "On 22 January 2024, gunmen opened fire on a group of young men outside a bar in Celaya, Guanajuato, killing 6 and wounding 2; state prosecutors suspect a cartel dispute.",
  ['A|MEXCVL|||Celaya|2024-01-22||gunmen opened fire on a group of young men outside a bar in Celaya|',
   'K|MEXCVL||6|Celaya|2024-01-22||killing 6 and wounding 2|',
   'W|MEXCVL||2|Celaya|2024-01-22||killing 6 and wounding 2|'], 6)

I('N25', '2020-12-01', 'note', '2020-11-30|Philippines|armed_clash|Dinagat|Dinagat Islands|Dinagat',
  "30 November 2020: Soldiers and NPA guerrillas clashed for about an hour in a mountain village of Dinagat, leaving 2 rebels dead; an M16 rifle and documents were recovered.",
  ['A|PHLREB|PHLMIL||Dinagat|2020-11-30||Soldiers and NPA guerrillas clashed for about an hour|',
   'A|PHLMIL|PHLREB||Dinagat|2020-11-30||Soldiers and NPA guerrillas clashed for about an hour|u|second side',
   'K|PHLREB||2|Dinagat|2020-11-30||leaving 2 rebels dead|'], 2)

I('N26', '2022-10-11', 'note', '2022-10-10|Ukraine|shelling_artillery_missile|Zaporizhzhia|Zaporizhzhia|Zaporizhzhia',
  "10 October 2022 - Russian missiles hit Zaporizhzhia city during a morning of nationwide strikes; the regional administration reported one person killed and 5 wounded in the city.",
  ['A|UKRCVL|RUSMIL||Zaporizhzhia|2022-10-10||Russian missiles hit Zaporizhzhia city|',
   'K|UKRCVL|RUSMIL|1|Zaporizhzhia|2022-10-10|UKRGOV|one person killed|',
   'W|UKRCVL|RUSMIL|5|Zaporizhzhia|2022-10-10|UKRGOV|5 wounded in the city|'], 1)

I('N27', '2019-08-05', 'note', '2019-08-04|Libya|air_drone_strike|Murzuq|Fezzan|Murzuq',
  "On 4 August 2019, an LNA drone strike hit a town hall in Murzuq where residents were gathered, killing 43 people and wounding around 60, municipal officials said.",
  ['A|LBYCVL|LBYREB||Murzuq|2019-08-04||an LNA drone strike hit a town hall in Murzuq|',
   'K|LBYCVL|LBYREB|43|Murzuq|2019-08-04|LBYGOV|killing 43 people|',
   'W|LBYCVL|LBYREB|~60|Murzuq|2019-08-04|LBYGOV|wounding around 60|'], 43)

I('N28', '2024-04-10', 'note', '2024-04-09|Chad|protest_or_statement|N\'Djamena|N\'Djamena|',
  "9 April 2024: The transitional government in N'Djamena announced the lifting of a curfew in the capital ahead of the presidential election campaign; no incidents were reported.",
  [], 0, noevent=True)

I('N29', '2022-07-20', 'note', '2022-07-19|Benin|attack|Dassari|Atacora|Materi',
  "On 19 July 2022, suspected jihadists killed a policeman at a checkpoint in Dassari, Atacora department, and set fire to the post before fleeing towards Burkina Faso.",
  ['K|BENMIL|BENREB|1|Dassari|2022-07-19||killed a policeman at a checkpoint in Dassari||suspected jihadists, no group named: BENREB'], 1)

I('N30', '2024-05-31', 'note', '2024-05-30|Central African Republic|attack|Boyo|Ouaka|Ippy',
  "30 May 2024 - Wagner-backed FACA soldiers and allied militia burned houses in Boyo, Ouaka prefecture; residents said a man and his son were killed and about 900 people fled into the bush.",
  ['A|CAFCVL|CAFMIL||Boyo|2024-05-30||Wagner-backed FACA soldiers and allied militia burned houses in Boyo||FACA first named: CAFMIL',
   'K|CAFCVL||2|Boyo|2024-05-30||a man and his son were killed||one line of 2; residents do not say who killed them',
   'D|CAFCVL||~900|Boyo|2024-05-30||about 900 people fled into the bush|'], 2)

I('X01', '2024-08-27', 'note', '2024-08-26|Sudan|disaster|Arba\'at|Red Sea|Port Sudan',
  "26 August 2024: The Arba'at dam north of Port Sudan collapsed after torrential rains; local authorities said at least 30 people died and dozens were missing, and some 20 villages were swept away.",
  ['K|SDNCVL||>30|Arba\'at|2024-08-26|SDNGOV|at least 30 people died|cause=disaster'], 0)

I('X02', '2022-07-29', 'note', '2022-07-28|Iran|disaster|Imamzadeh Davood|Tehran|Tehran',
  "28 July 2022 - Flash floods swept through the Imamzadeh Davood area north-west of Tehran; the Red Crescent said 22 people were killed and 16 remained missing.",
  ['K|IRNCVL||22|Imamzadeh Davood|2022-07-28||22 people were killed|cause=disaster'], 0)

I('X03', '2023-12-15', 'note', '2023-12-14|Guatemala|accident|Chimaltenango|Chimaltenango|Chimaltenango',
  "On 14 December 2023, a bus carrying farm workers fell into a ravine near Chimaltenango; 9 passengers died and 14 were taken to hospital, firefighters said.",
  ['K|GTMCVL||9|Chimaltenango|2023-12-14||9 passengers died|cause=accident',
   'W|GTMCVL||14|Chimaltenango|2023-12-14||14 were taken to hospital|cause=accident'], 0)

I('X04', '2019-11-17', 'note', '2019-11-16|Kenya|accident|Kakamega|Kakamega|Kakamega',
  "16/11/2019: A wall collapsed at a school in Kakamega as pupils hurried out of their classrooms, killing 3 pupils and injuring 20 others, police said.",
  ['K|KENCVL||3|Kakamega|2019-11-16|KENMIL|killing 3 pupils|cause=accident',
   'W|KENCVL||20|Kakamega|2019-11-16|KENMIL|injuring 20 others|cause=accident'], 0)

I('X05', '2023-02-02', 'note', '2023-02-01|Mozambique|disease|Niassa|Niassa|',
  "1 February 2023 - Health authorities in Niassa province reported 31 cholera cases and 2 deaths in the past week, bringing the number of deaths since October to 9.",
  ['K|MOZCVL||2|Niassa|2023-02-01|MOZGOV|2 deaths in the past week|c cause=disease',
   'K|MOZCVL||9|Niassa|2023-02-01|MOZGOV|bringing the number of deaths since October to 9|c cause=disease'], 0)
