# Outside Syria, part 1
N('2021-06-21', "On 19 June 2021, armed men suspected of belonging to the Gulf Cartel opened fire on passers-by in several neighbourhoods of Reynosa, Tamaulipas, killing 14 civilians, among them a nursing student and a bricklayer. Police later killed four of the suspects in an exchange of fire.",
  'Mexico','attack','Reynosa','Tamaulipas','Reynosa','2021-06-19',
  [A('MEXREB',"opened fire on passers-by in several neighbourhoods of Reynosa", v='MEXCVL'),
   K('MEXCVL',14,"killing 14 civilians", a='MEXREB'),
   K('MEXCVL',2,"among them a nursing student and a bricklayer", a='MEXREB', s=False, note='sub-count'),
   K('MEXREB',4,"Police later killed four of the suspects", a='MEXMIL'),
   A('MEXMIL',"in an exchange of fire", v='MEXREB', s=False, note='second side of the same clash')])
N('2023-07-12', "The dismembered remains of at least six people were discovered in plastic bags on 11 July 2023 at the side of the highway between Celaya and Salamanca, Guanajuato; state prosecutors said one of the victims was a municipal police officer reported missing on Friday.",
  'Mexico','other_violence','Celaya','Guanajuato','Celaya','2023-07-11',
  [K('MEXCVL',6,"The dismembered remains of at least six people were discovered", q='AT_LEAST', note='remains found; mixed group of people: CVL, the officer a sub-count'),
   K('MEXMIL',1,"one of the victims was a municipal police officer", s=False, note='sub-count of the six')])
N('2024-05-27', "Gunmen kill Guerrero mayoral candidate at campaign rally - A candidate for mayor in Coyuca de Benitez was shot dead on Sunday as he greeted supporters; his campaign manager was wounded, the state prosecutor's office said",
  'Mexico','attack','Coyuca de Benitez','Guerrero','Coyuca de Benitez','wd:Sunday',
  [K('MEXCVL',1,"A candidate for mayor in Coyuca de Benitez was shot dead"),
   K('MEXCVL',1,"Gunmen kill Guerrero mayoral candidate", s=False, note='headline'),
   W('MEXCVL',1,"his campaign manager was wounded", by='MEXGOV')], wire=True)
N('2025-02-11', "Army troops clashed with suspected Sinaloa cartel gunmen near Culiacan on 10 February 2025. The Defence Ministry said 8 gunmen were neutralised and one soldier lost his life, while 11 rifles and 2 armoured trucks were seized.",
  'Mexico','armed_clash','Culiacan','Sinaloa','Culiacan','2025-02-10',
  [A('MEXMIL',"Army troops clashed with suspected Sinaloa cartel gunmen", v='MEXREB'),
   K('MEXREB',8,"8 gunmen were neutralised", a='MEXMIL', by='MEXGOV'),
   K('MEXMIL',1,"one soldier lost his life", a='MEXREB', by='MEXGOV')])
N('2019-08-19', "A suicide bomber struck a crowded wedding hall in western Kabul late on Saturday, killing 63 guests and wounding 182, the interior ministry said on Sunday. Islamic State claimed the attack.",
  'Afghanistan','remote_explosive_ied','Kabul','Kabul','Kabul','wd:Saturday',
  [A('AFGREB',"A suicide bomber struck a crowded wedding hall in western Kabul", v='AFGCVL', by='AFGREB', note='IS-K claimed'),
   K('AFGCVL',63,"killing 63 guests", a='AFGREB', by='AFGGOV'),
   W('AFGCVL',182,"wounding 182", a='AFGREB', by='AFGGOV')])
N('2020-10-04', "Taliban fighters overran three checkpoints in Nad Ali district of Helmand on the night of 3 October 2020, killing 12 police and capturing four; the district governor said the posts had been without resupply for a week.",
  'Afghanistan','nonstate_takes_territory','Nad Ali','Helmand','Nad Ali','2020-10-03',
  [A('AFGREB',"Taliban fighters overran three checkpoints in Nad Ali district", v='AFGMIL'),
   C('AFGREB',"Taliban fighters overran three checkpoints", s=False, note='checkpoints, not a place'),
   K('AFGMIL',12,"killing 12 police", a='AFGREB')])
N('2021-08-07', "Taliban take Zaranj, first provincial capital to fall - Insurgents entered the capital of Nimroz province on Friday without a fight after security forces withdrew towards the Iranian border, a provincial official said",
  'Afghanistan','nonstate_takes_territory','Zaranj','Nimroz','Zaranj','wd:Friday',
  [C('AFGREB',"Insurgents entered the capital of Nimroz province", loc='Nimroz', note='Zaranj = capital of Nimroz'),
   C('AFGREB',"Taliban take Zaranj", loc='Zaranj', s=False, note='headline')], wire=True)
N('2023-03-09', "The Taliban-appointed governor of Balkh, Mohammad Dawood Muzammil, was killed along with two of his guards and a visitor when a suicide bomber blew himself up in his office in Mazar-i-Sharif on 9 March 2023.",
  'Afghanistan','remote_explosive_ied','Mazar-i-Sharif','Balkh','Mazar-i-Sharif','2023-03-09',
  [A(None,"a suicide bomber blew himself up in his office", v='AFGGOV'),
   K('AFGGOV',1,"The Taliban-appointed governor of Balkh, Mohammad Dawood Muzammil, was killed"),
   K('AFGMIL',2,"two of his guards"),
   K('AFGCVL',1,"and a visitor")])
N('2018-08-10', "A Saudi-led coalition airstrike hit a school bus at a market in Dahyan, Saada governorate, on 9 August 2018, killing 40 children and 11 adults, the ICRC said.",
  'Yemen','air_drone_strike','Dahyan','Saada','Majz','2018-08-09',
  [A('SAUMIL',"A Saudi-led coalition airstrike hit a school bus", v='YEMCVL'),
   K('YEMCVL',51,"killing 40 children and 11 adults", a='SAUMIL', by='IGOUNO', note='ICRC coded like a UN body; children and adults one CVL line of 51')])
N('2019-12-30', "Houthi missile strikes a military parade at al-Anad base - At least 6 soldiers were killed and 20 others wounded on Sunday when a drone exploded over the reviewing stand at Al Anad air base, Lahj",
  'Yemen','air_drone_strike','Al Anad','Lahj','Tuban','wd:Sunday',
  [A('YEMREB',"a drone exploded over the reviewing stand at Al Anad air base", v='YEMMIL'),
   K('YEMMIL',6,"At least 6 soldiers were killed", q='AT_LEAST', a='YEMREB'),
   W('YEMMIL',20,"20 others wounded", a='YEMREB')], wire=True, gloc='Al Anad')
N('2021-02-16', "Houthi forces pushed into the Kassara front west of Marib on 15 February 2021 and seized the Kofal camp; government sources said 27 of their soldiers died in the fighting, while the Houthis lost an unknown number of fighters.",
  'Yemen','nonstate_takes_territory','Marib','Marib','Sirwah','2021-02-15',
  [C('YEMREB',"seized the Kofal camp", loc='Kofal'),
   A('YEMREB',"Houthi forces pushed into the Kassara front west of Marib", v='YEMMIL'),
   K('YEMMIL',27,"27 of their soldiers died in the fighting", a='YEMREB', by='YEMGOV'),
   K('YEMREB',None,"the Houthis lost an unknown number of fighters", s=False)])
N('2023-04-20', "A stampede during the distribution of charity money at a school in Sanaa's Old City on 19 April 2023 left at least 78 people dead and 73 injured, Houthi officials said.",
  'Yemen','accident','Sanaa','Amanat al-Asimah','Old City','2023-04-19',
  [K('YEMCVL',78,"left at least 78 people dead", q='AT_LEAST', by='YEMREB'),
   W('YEMCVL',73,"73 injured", by='YEMREB')])
N('2022-03-03', "Russian forces took control of Kherson on 2 March 2022, the city's mayor said, after troops entered the centre and occupied the regional administration building.",
  'Ukraine','nonstate_takes_territory','Kherson','Kherson','Kherson','2022-03-02',
  [C('RUSMIL',"Russian forces took control of Kherson", by='UKRGOV')])
N('2022-11-12', "Ukrainian troops entered Kherson city on 11 November 2022 after Russian forces withdrew to the left bank of the Dnipro; residents greeted soldiers on Svobody Square.",
  'Ukraine','gov_regains_territory','Kherson','Kherson','Kherson','2022-11-11',
  [C('UKRMIL',"Ukrainian troops entered Kherson city")])
N('2023-10-06', "A Russian Iskander missile hit a cafe in Hroza village, Kharkiv region, on 5 October 2023 during a wake for a fallen soldier, killing 59 people, almost one in six of the village's residents.",
  'Ukraine','shelling_artillery_missile','Hroza','Kharkiv','Kupiansk','2023-10-05',
  [A('RUSMIL',"A Russian Iskander missile hit a cafe in Hroza village", v='UKRCVL'),
   K('UKRCVL',59,"killing 59 people", a='RUSMIL')])
N('2024-07-09', "Missile barrage hits Kyiv children's hospital - At least 33 people were killed across Ukraine on Monday, including two adults at the Okhmatdyt hospital, as Russia launched more than 40 missiles at",
  'Ukraine','shelling_artillery_missile','Kyiv','Kyiv City','Kyiv','wd:Monday',
  [A('RUSMIL',"Russia launched more than 40 missiles", v='UKRCVL', loc=None),
   K('UKRCVL',33,"At least 33 people were killed across Ukraine", q='AT_LEAST', a='RUSMIL', loc=None, note='nationwide toll of one barrage'),
   K('UKRCVL',2,"two adults at the Okhmatdyt hospital", s=False, loc='Okhmatdyt'),
   A('RUSMIL',"Missile barrage hits Kyiv children's hospital", v='UKRCVL', s=False, note='headline')], wire=True)
N('2019-11-12', "Two Iraqi protesters died of gunshot wounds in Baghdad's al-Khilani square on 11 November 2019, a day after security forces fired live ammunition and tear gas canisters at them; more than 100 were hurt.",
  'Iraq','other_violence','Baghdad','Baghdad','Al-Rusafa','2019-11-11',
  [K('IRQCVL',2,"Two Iraqi protesters died of gunshot wounds", a='IRQMIL'),
   A('IRQMIL',"security forces fired live ammunition and tear gas canisters at them", v='IRQCVL', date='2019-11-10'),
   W('IRQCVL',100,"more than 100 were hurt", q='AT_LEAST', a='IRQMIL', date='2019-11-10')], gloc='al-Khilani')
N('2021-01-22', "Twin suicide bombings tore through a clothes market in Tayaran Square in central Baghdad on 21 January 2021, killing 32 people and leaving 110 wounded.",
  'Iraq','remote_explosive_ied','Baghdad','Baghdad','Al-Rusafa','2021-01-21',
  [A(None,"Twin suicide bombings tore through a clothes market in Tayaran Square", v='IRQCVL'),
   K('IRQCVL',32,"killing 32 people"), W('IRQCVL',110,"leaving 110 wounded")], gloc='Tayaran Square')
N('2020-06-15', "IS militants attacked a PMF position near Tuz Khurmatu, Salah al-Din, on 14 June 2020; one PMF fighter was martyred and two were hurt, a PMF statement said.",
  'Iraq','attack','Tuz Khurmatu','Salah al-Din','Tuz Khurmatu','2020-06-14',
  [A('IRQREB',"IS militants attacked a PMF position near Tuz Khurmatu", v='IRQMIL'),
   K('IRQMIL',1,"one PMF fighter was martyred", a='IRQREB', by='IRQMIL'),
   W('IRQMIL',2,"two were hurt", a='IRQREB', by='IRQMIL')])
N('2023-05-05', "Manipur violence: a mob set fire to houses in Churachandpur and Torbung on 4 May 2023; at least 9 people were killed and thousands fled to army camps and relief centres, officials said.",
  'India','other_violence','Churachandpur','Manipur','Churachandpur','2023-05-04',
  [A(None,"a mob set fire to houses in Churachandpur and Torbung", v='INDCVL'),
   K('INDCVL',9,"at least 9 people were killed", q='AT_LEAST', by='INDGOV'),
   D('INDCVL',None,"thousands fled to army camps and relief centres", s=False)])
N('2019-02-15', "A convoy of CRPF personnel was hit by a vehicle-borne explosive device on the Jammu-Srinagar highway at Lethpora, Pulwama, on 14 February 2019, killing 40 jawans. Jaish-e-Mohammed claimed responsibility.",
  'India','remote_explosive_ied','Lethpora','Jammu and Kashmir','Pulwama','2019-02-14',
  [A('INDREB',"A convoy of CRPF personnel was hit by a vehicle-borne explosive device", v='INDMIL', by='INDREB', note='JeM: Kashmir insurgents; PAK defensible'),
   K('INDMIL',40,"killing 40 jawans", a='INDREB'),
   L('INDMIL','VEHICLE',"A convoy of CRPF personnel was hit", s=False, note='vehicles damage implied')])
N('2024-06-20', "Spurious liquor kills 35 in Tamil Nadu's Kallakurichi - Dozens more were in hospital on Thursday after drinking methanol-laced arrack sold in the Karunapuram colony, officials said",
  'India','accident','Kallakurichi','Tamil Nadu','Kallakurichi','2024-06-20',
  [K('INDCVL',35,"Spurious liquor kills 35", note='poisoning: accident; headline is the only figure'),
   W('INDCVL',None,"Dozens more were in hospital", s=False)], wire=True)
N('2019-07-23', "Al-Shabaab fighters stormed a hotel in Kismayo on 12 July 2019 after a car bomb blasted the gate; 26 people, among them a Somali-Canadian journalist, a presidential candidate and two Kenyans, were killed before security forces ended the siege.",
  'Somalia','attack','Kismayo','Lower Juba','Kismayo','2019-07-12',
  [A('SOMREB',"Al-Shabaab fighters stormed a hotel in Kismayo", v='SOMCVL'),
   K('SOMCVL',24,"26 people, among them a Somali-Canadian journalist, a presidential candidate and two Kenyans, were killed", a='SOMREB', note='26 minus the two Kenyans'),
   K('KENCVL',2,"two Kenyans", a='SOMREB')])
N('2022-10-30', "Two car bombs exploded minutes apart at the Ministry of Education junction in Mogadishu on 29 October 2022, killing at least 100 people and injuring 300, President Hassan Sheikh Mohamud said.",
  'Somalia','remote_explosive_ied','Mogadishu','Banadir','Mogadishu','2022-10-29',
  [A(None,"Two car bombs exploded minutes apart at the Ministry of Education junction", v='SOMCVL'),
   K('SOMCVL',100,"killing at least 100 people", q='AT_LEAST', by='SOMGOV'),
   W('SOMCVL',300,"injuring 300", by='SOMGOV')])
N('2023-08-27', "Macawisley clan militia and government troops retook Cowsweyne, Galgaduud region, on 26 August 2023, two days after al-Shabaab had overrun the base there and killed dozens of soldiers.",
  'Somalia','gov_regains_territory','Cowsweyne','Galgaduud','Ceel Dheer','2023-08-26',
  [C('SOMMIL',"Macawisley clan militia and government troops retook Cowsweyne"),
   C('SOMREB',"al-Shabaab had overrun the base there", date='2023-08-24', s=False, note='earlier event'),
   K('SOMMIL',None,"killed dozens of soldiers", a='SOMREB', date='2023-08-24', s=False)])
N('2020-11-29', "Boko Haram fighters tied up and slit the throats of at least 43 farm workers harvesting rice in Koshobe village, near Zabarmari, Jere LGA, Borno, on Saturday; six more were missing and eight wounded",
  'Nigeria','attack','Koshobe','Borno','Jere','wd:Saturday',
  [A('NGAREB',"Boko Haram fighters tied up and slit the throats", v='NGACVL', s=False, note='killing itself'),
   K('NGACVL',43,"slit the throats of at least 43 farm workers", q='AT_LEAST', a='NGAREB'),
   W('NGACVL',8,"eight wounded", a='NGAREB')], wire=True)
N('2021-05-14', "Bandits attacked Kadisau village in Faskari LGA of Katsina on the night of 13 May 2021, killing a vigilante and his two sons and abducting 6 women.",
  'Nigeria','attack','Kadisau','Katsina','Faskari','2021-05-13',
  [A(None,"Bandits attacked Kadisau village", v='NGACVL', note='bandits: no side'),
   K('NGAMIL',1,"killing a vigilante", note='vigilante: MIL'),
   K('NGACVL',2,"his two sons")])
N('2022-06-06', "Gunmen opened fire and detonated explosives inside St Francis Catholic Church in Owo, Ondo State, during Pentecost mass on Sunday, killing 40 worshippers and leaving 61 with injuries, the state governor said.",
  'Nigeria','attack','Owo','Ondo','Owo','wd:Sunday',
  [A(None,"Gunmen opened fire and detonated explosives inside St Francis Catholic Church in Owo", v='NGACVL'),
   K('NGACVL',40,"killing 40 worshippers", by='NGAGOV'), W('NGACVL',61,"leaving 61 with injuries", by='NGAGOV')])
N('2024-09-12', "Floodwaters from the collapsed Alau dam submerged half of Maiduguri on 10 September 2024, killing at least 30 people and displacing some 400,000, the state emergency agency said.",
  'Nigeria','disaster','Maiduguri','Borno','Maiduguri','2024-09-10',
  [K('NGACVL',30,"killing at least 30 people", q='AT_LEAST', by='NGAGOV'),
   D('NGACVL',400000,"displacing some 400,000", q='ABOUT', by='NGAGOV')])
N('2020-01-30', "ADF militants attacked Manzingi and Makeke, in Beni territory, North Kivu, overnight on 28-29 January 2020, hacking to death 36 civilians with machetes; a FARDC soldier was also killed, a local civil society leader said.",
  'DR Congo','attack','Manzingi','North Kivu','Beni','2020-01-29',
  [A('CODREB',"ADF militants attacked Manzingi and Makeke", v='CODCVL'),
   K('CODCVL',36,"hacking to death 36 civilians", a='CODREB'),
   K('CODMIL',1,"a FARDC soldier was also killed", a='CODREB')])
N('2022-06-20', "M23 rebels seized the border town of Bunagana, Rutshuru territory, on 13 June 2022 after a two-day battle with the army; 137 Congolese soldiers and police crossed into Uganda.",
  'DR Congo','nonstate_takes_territory','Bunagana','North Kivu','Rutshuru','2022-06-13',
  [C('CODREB',"M23 rebels seized the border town of Bunagana"),
   A('CODREB',"after a two-day battle with the army", v='CODMIL', date=None, s=False),
   D('CODMIL',137,"137 Congolese soldiers and police crossed into Uganda", s=False, note='troops fleeing, not civilians')])
N('2023-12-05', "CODECO militiamen killed at least 14 displaced people at the Plaine Savo site in Djugu territory, Ituri, on the night of 3 December 2023; the bodies of two others were recovered in the bush the next morning.",
  'DR Congo','attack','Plaine Savo','Ituri','Djugu','2023-12-03',
  [K('CODREF',14,"killed at least 14 displaced people", q='AT_LEAST', a='CODREB'),
   K('CODREF',2,"the bodies of two others were recovered", a='CODREB', date='2023-12-04', note='found the next day; victims of the same attack, counted')])
N('2025-01-28', "Goma: M23 fighters said they had taken the city's airport and most neighbourhoods on Monday; at least 17 people, including 4 peacekeepers from South Africa and Malawi, were reported killed in the fighting",
  'DR Congo','nonstate_takes_territory','Goma','North Kivu','Goma','wd:Monday',
  [C('CODREB',"M23 fighters said they had taken the city's airport and most neighbourhoods", by='CODREB'),
   K('CODCVL',17,"at least 17 people, including 4 peacekeepers", q='AT_LEAST', note='mixed toll of people'),
   K('IGOUNO',4,"including 4 peacekeepers from South Africa and Malawi", s=False, note='sub-count; SADC and MONUSCO peacekeepers')], wire=True)
N('2019-04-03', "Koglweogo self-defence fighters attacked the Fulani neighbourhood of Yirgou, Centre-Nord, in reprisal for the killing of their chief by jihadists; the government put the death toll at 49, while the CISC counted 210 dead.",
  'Burkina Faso','attack','Yirgou','Centre-Nord','Sanmatenga','2019-04-03',
  [A('BFAMIL',"Koglweogo self-defence fighters attacked the Fulani neighbourhood of Yirgou", v='BFACVL', date=None, note='Koglweogo: pro-state militia; no day'),
   K('BFACVL',49,"the government put the death toll at 49", by='BFAGOV', a='BFAMIL', date=None),
   K('BFACVL',210,"the CISC counted 210 dead", s=False, date=None, note='competing figure'),
   K('BFAMIL',1,"the killing of their chief by jihadists", s=False, date=None, note='background')])
N('2021-06-06', "Gunmen raided Solhan village, Yagha province, overnight on 4-5 June 2021, killing at least 132 villagers and burning the market and houses. Seven children were among the dead.",
  'Burkina Faso','attack','Solhan','Sahel','Yagha','2021-06-05',
  [A(None,"Gunmen raided Solhan village", v='BFACVL'),
   K('BFACVL',132,"killing at least 132 villagers", q='AT_LEAST'),
   K('BFACVL',7,"Seven children were among the dead", s=False)])
N('2022-09-27', "A supply convoy escorted by the army was ambushed at Gaskinde, Soum province, on 26 September 2022; 11 soldiers were killed, 28 were wounded and about fifty civilians were missing, the government said.",
  'Burkina Faso','attack','Gaskinde','Sahel','Soum','2022-09-26',
  [A(None,"A supply convoy escorted by the army was ambushed at Gaskinde", v='BFAMIL'),
   K('BFAMIL',11,"11 soldiers were killed", by='BFAGOV'), W('BFAMIL',28,"28 were wounded", by='BFAGOV')])
