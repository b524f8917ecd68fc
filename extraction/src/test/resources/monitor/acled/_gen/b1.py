# Syria 2019-2020, part 1
N('2019-05-07', "On 6 May 2019, regime forces and NDF militiamen shelled Kafr Nabuda village in the northwestern countryside of Hama, killing a woman and her two daughters. Regime forces later advanced into the western edge of the village after heavy clashes with NLF fighters.",
  'Syria','shelling_artillery_missile','Kafr Nabuda','Hama','Al-Suqaylabiyah','2019-05-06',
  [A('SYRMIL',"regime forces and NDF militiamen shelled Kafr Nabuda village", v='SYRCVL'),
   K('SYRCVL',3,"killing a woman and her two daughters", a='SYRMIL'),
   C('SYRMIL',"Regime forces later advanced into the western edge of the village", s=False, note='advance into the edge of the village, not a taking'),
   A('SYRMIL',"after heavy clashes with NLF fighters", v='SYRREB')])
N('2019-05-10', "Regime forces overran Qalaat al-Madiq and the nearby village of Karakat in the western countryside of Hama on 9 May 2019, after NLF fighters withdrew from their positions under intense Russian air cover. Casualties among the two sides were not reported.",
  'Syria','gov_regains_territory','Qalaat al-Madiq','Hama','Al-Suqaylabiyah','2019-05-09',
  [C('SYRMIL',"Regime forces overran Qalaat al-Madiq"),
   C('SYRMIL',"Regime forces overran Qalaat al-Madiq and the nearby village of Karakat", loc='Karakat'),
   A('SYRMIL',"Regime forces overran Qalaat al-Madiq", v='SYRREB'),
   A('RUSMIL',"under intense Russian air cover", v='SYRREB')])
N('2019-05-29', "Russian warplanes struck the market in Maarat al-Numan city, Idlib, on 28 May 2019; the strike left 9 civilians dead, including three children, and more than 20 others were hurt, the Civil Defence said.",
  'Syria','air_drone_strike','Maarat al-Numan','Idlib','Maarat al-Numan','2019-05-28',
  [A('RUSMIL',"Russian warplanes struck the market in Maarat al-Numan city", v='SYRCVL'),
   K('SYRCVL',9,"the strike left 9 civilians dead", a='RUSMIL'),
   K('SYRCVL',3,"including three children", a='RUSMIL', s=False, note='sub-count'),
   W('SYRCVL',20,"more than 20 others were hurt", a='RUSMIL', q='AT_LEAST')])
N('2019-06-13', "A member of HTS was killed by a sniper from regime forces on the Kabani axis in the Latakia mountains on 12 June 2019.",
  'Syria','armed_clash','Kabani','Latakia','Al-Haffa','2019-06-12',
  [K('SYRREB',1,"A member of HTS was killed by a sniper from regime forces", a='SYRMIL'),
   A('SYRMIL',"killed by a sniper from regime forces", v='SYRREB', s=False, note='sniper fire')])
N('2019-07-02', "Syria: two HTS fighters and an NLF commander were among the dead after a regime counterattack on Hamameyat hill, north of Hama, on Monday, with at least 11 regime soldiers also killed, SOHR says",
  'Syria','armed_clash','Hamameyat','Hama','Muhradah','wd:Monday',
  [A('SYRMIL',"a regime counterattack on Hamameyat hill", v='SYRREB'),
   K('SYRREB',3,"two HTS fighters and an NLF commander were among the dead", a='SYRMIL'),
   K('SYRMIL',11,"at least 11 regime soldiers also killed", q='AT_LEAST', a='SYRREB')], wire=True)
N('2019-07-23', "On 22 July 2019, airstrikes believed to be Russian hit a vegetable market in Maarat al-Numan, Idlib; the body of a rescuer was pulled from the rubble the following day, bringing the toll to 39 civilians, including the rescuer.",
  'Syria','air_drone_strike','Maarat al-Numan','Idlib','Maarat al-Numan','2019-07-22',
  [A('RUSMIL',"airstrikes believed to be Russian hit a vegetable market in Maarat al-Numan", v='SYRCVL', note='attribution hedged'),
   K('SYRCVL',39,"bringing the toll to 39 civilians", a='RUSMIL'),
   K('SYRCVL',1,"the body of a rescuer was pulled from the rubble", a='RUSMIL', s=False, date='2019-07-23', note='sub-count of the 39')])
N('2019-08-12', "Regime forces entered al-Hobeit village in the southern countryside of Idlib on 11 August 2019 and took over positions abandoned by the NLF, which said its fighters had pulled back to avoid encirclement.",
  'Syria','gov_regains_territory','al-Hobeit','Idlib','Khan Shaykhun','2019-08-11',
  [C('SYRMIL',"Regime forces entered al-Hobeit village"),
   C('SYRMIL',"took over positions abandoned by the NLF", s=False, note='same capture restated')])
N('2019-08-22', "Khan Shaykhun falls: government troops seized the town and the surrounding pocket in northern Hama on Wednesday after opposition fighters withdrew, state media said, ending five years of rebel rule …",
  'Syria','gov_regains_territory','Khan Shaykhun','Idlib','Khan Shaykhun','wd:Wednesday',
  [C('SYRMIL',"government troops seized the town", by='SYRGOV'),
   C('SYRMIL',"Khan Shaykhun falls", s=False, note='headline restatement')], wire=True)
N('2019-09-02', "On 1 September 2019, unidentified gunmen shot dead a former FSA commander who had joined the 5th Corps after the reconciliation deal, in front of his home in Tafas town, in the western countryside of Daraa.",
  'Syria','attack','Tafas','Daraa','Daraa','2019-09-01',
  [K('SYRMIL',1,"unidentified gunmen shot dead a former FSA commander who had joined the 5th Corps", note='5th Corps member: regime-aligned (MIL); REB defensible')])
N('2019-09-15', "The bodies of four men were found on 14 September 2019 near Sheikh Saad, Daraa countryside, bearing gunshot wounds; local sources said they had been detained at a Military Security checkpoint days earlier.",
  'Syria','other_violence','Sheikh Saad','Daraa','Izra','2019-09-14',
  [K('SYRCVL',4,"The bodies of four men were found", note='detained men of no stated side: CVL')])
N('2019-10-10', "Turkish forces and the SNA launched Operation Peace Spring on 9 October 2019 with airstrikes and artillery shelling on Ras al-Ain and Tal Abyad; at least 8 civilians were killed in the shelling of Ras al-Ain, the SDF said, while tens of thousands fled towards Tal Tamr and Hasakah.",
  'Syria','shelling_artillery_missile','Ras al-Ain','Hasakah','Ras al-Ain','2019-10-09',
  [O('TURMIL',"launched Operation Peace Spring"),
   A('TURMIL',"with airstrikes and artillery shelling on Ras al-Ain and Tal Abyad", v='SYRREB'),
   K('SYRCVL',8,"at least 8 civilians were killed in the shelling of Ras al-Ain", q='AT_LEAST', a='TURMIL', by='SYRREB'),
   D('SYRCVL',None,"tens of thousands fled towards Tal Tamr and Hasakah", s=False, note='vague amount')])
N('2019-10-14', "SNA factions took over Tal Abyad city on 13 October 2019 after the SDF withdrew towards Ain Issa. A day earlier, Hevrin Khalaf, secretary-general of the Future Syria Party, was dragged from her car and executed on the M4 highway south of Tal Abyad along with her driver, in an ambush by Ahrar al-Sharqiya.",
  'Syria','nonstate_takes_territory','Tal Abyad','Raqqa','Tal Abyad','2019-10-13',
  [C('SYRREB',"SNA factions took over Tal Abyad city"),
   A('SYRREB',"in an ambush by Ahrar al-Sharqiya", v='SYRCVL', loc='M4', date='2019-10-12'),
   K('SYRCVL',2,"executed on the M4 highway south of Tal Abyad along with her driver", a='SYRREB', loc='M4', date='2019-10-12', note='politician and her driver: one CVL line of 2')])
N('2019-10-17', "Regime forces entered Manbij and Tabqa on 14 October 2019 under an agreement with the SDF, as Russian military police began patrolling the line between Turkish-backed factions and the SDF west of Manbij.",
  'Syria','gov_regains_territory','Manbij','Aleppo','Manbij','2019-10-14',
  [C('SYRMIL',"Regime forces entered Manbij"),
   C('SYRMIL',"Regime forces entered Manbij and Tabqa", loc='Tabqa'),
   E('DEPLOYMENT',None,'RUSMIL',"Russian military police began patrolling the line", loc='Manbij')])
N('2019-11-03', "A car bomb went off near a bakery in the centre of Tal Abyad on 2 November 2019. Thirteen people lost their lives and over twenty were wounded; Turkey's Defence Ministry blamed the YPG.",
  'Syria','remote_explosive_ied','Tal Abyad','Raqqa','Tal Abyad','2019-11-02',
  [A(None,"A car bomb went off near a bakery in the centre of Tal Abyad", v='SYRCVL', note='blamed, not claimed'),
   K('SYRCVL',13,"Thirteen people lost their lives"),
   W('SYRCVL',20,"over twenty were wounded", q='AT_LEAST')])
N('2019-11-26', "Clashes broke out between SDF and SNA fighters in Um Shaifa village, near Tal Tamr, Hasakah countryside, on 25 November 2019, killing 4 SNA fighters; the SNA retook the village later in the day.",
  'Syria','armed_clash','Um Shaifa','Hasakah','Ras al-Ain','2019-11-25',
  [A('SYRREB',"Clashes broke out between SDF and SNA fighters", v='SYRREB', note='both sides SYRREB'),
   K('SYRREB',4,"killing 4 SNA fighters"),
   C('SYRREB',"the SNA retook the village")])
N('2019-12-21', "Syria: regime forces capture more than a dozen villages south-east of Maarat al-Numan as thousands flee north; a Syrian Response Coordination Group count said 30,000 people had left the area in two days",
  'Syria','gov_regains_territory','Maarat al-Numan','Idlib','Maarat al-Numan','2019-12-21',
  [C('SYRMIL',"regime forces capture more than a dozen villages south-east of Maarat al-Numan", note='count vague-ish: no count'),
   D('SYRCVL',None,"thousands flee north", s=False),
   D('SYRCVL',30000,"30,000 people had left the area in two days", cum=True)], wire=True)
N('2020-01-02', "A surface-to-surface missile hit a school used as a shelter for displaced families in Sarmin town, east of Idlib city, on 1 January 2020. Five children, a teacher and two women were killed.",
  'Syria','shelling_artillery_missile','Sarmin','Idlib','Idlib','2020-01-01',
  [A(None,"A surface-to-surface missile hit a school used as a shelter for displaced families in Sarmin town", v='SYRCVL', note='no actor stated'),
   K('SYRCVL',8,"Five children, a teacher and two women were killed", note='victims at a shelter for displaced families but not called displaced: CVL (REF defensible)')])
N('2020-01-16', "Regime and Russian warplanes pounded Idlib city on 15 January 2020: a strike on the industrial zone and the vegetable market killed 19 people, most of them civilians, in one of the deadliest days for the city.",
  'Syria','air_drone_strike','Idlib','Idlib','Idlib','2020-01-15',
  [A('SYRMIL',"Regime and Russian warplanes pounded Idlib city", v='SYRCVL'),
   A('RUSMIL',"Regime and Russian warplanes pounded Idlib city", v='SYRCVL', s=False, note='second party of the same strike'),
   K('SYRCVL',19,"killed 19 people, most of them civilians", a='SYRMIL', note='mixed toll of people: CVL')])
N('2020-01-29', "Government troops pushed into Maarat al-Numan on 28 January 2020 and took full control of the deserted city after HTS and allied factions pulled out overnight, SANA said.",
  'Syria','gov_regains_territory','Maarat al-Numan','Idlib','Maarat al-Numan','2020-01-28',
  [C('SYRMIL',"Government troops pushed into Maarat al-Numan on 28 January 2020 and took full control of the deserted city", by='SYRGOV')])
N('2020-02-04', "On 3 February 2020, regime artillery shelled a Turkish observation post near Saraqeb, killing 7 Turkish soldiers and a civilian contractor. Turkish artillery answered by striking regime positions in the countryside of Idlib and Latakia.",
  'Syria','shelling_artillery_missile','Saraqeb','Idlib','Idlib','2020-02-03',
  [A('SYRMIL',"regime artillery shelled a Turkish observation post near Saraqeb", v='TURMIL'),
   K('TURMIL',7,"killing 7 Turkish soldiers and a civilian contractor", a='SYRMIL'),
   K('TURCVL',1,"killing 7 Turkish soldiers and a civilian contractor", a='SYRMIL'),
   A('TURMIL',"Turkish artillery answered by striking regime positions", v='SYRMIL', loc=None)])
N('2020-02-12', "An HTS suicide car bomb struck a regime gathering at Nairab village on the outskirts of Saraqeb on 11 February 2020; an unknown number of regime soldiers were killed and two tanks were destroyed, according to HTS's Ebaa agency.",
  'Syria','remote_explosive_ied','Nairab','Idlib','Idlib','2020-02-11',
  [A('SYRREB',"An HTS suicide car bomb struck a regime gathering at Nairab village", v='SYRMIL'),
   K('SYRMIL',None,"an unknown number of regime soldiers were killed", a='SYRREB', by='SYRREB', s=False, note='no number'),
   L('SYRMIL','TANK',"two tanks were destroyed", n=2, a='SYRREB', by='SYRREB')])
N('2020-02-17', "Sixteen villages and farms west of Aleppo, including Kafr Naha, Urum al-Kubra and Khan al-Asal, came under regime control on 16 February 2020 after opposition fighters fell back towards Atarib.",
  'Syria','gov_regains_territory','Urum al-Kubra','Aleppo','Jebel Saman','2020-02-16',
  [C('SYRMIL',"Sixteen villages and farms west of Aleppo, including Kafr Naha, Urum al-Kubra and Khan al-Asal, came under regime control", n=16, loc='Aleppo', note='count is villages'),
   C('SYRMIL',"Kafr Naha", loc='Kafr Naha', s=False, note='named in the list; sub-captures'),
   C('SYRMIL',"Urum al-Kubra", s=False), C('SYRMIL',"Khan al-Asal", loc='Khan al-Asal', s=False)])
N('2020-02-26', "Nearly 900,000 people have been displaced in northwest Syria since 1 December, OCHA said on Tuesday, as strikes on Ariha killed a man and his wife and wounded their son on 24 February.",
  'Syria','air_drone_strike','Ariha','Idlib','Ariha','2020-02-24',
  [D('SYRCVL',900000,"Nearly 900,000 people have been displaced in northwest Syria since 1 December", q='ABOUT', cum=True, by='IGOUNO', loc=None, date='wd:Tuesday'),
   A(None,"strikes on Ariha", v='SYRCVL'),
   K('SYRCVL',2,"killed a man and his wife"),
   W('SYRCVL',1,"wounded their son")])
N('2020-02-28', "Syrian rebels back inside Saraqeb - Opposition fighters backed by Turkish drones recaptured the town of Saraqeb on Thursday, cutting the M5 highway again, and said they had killed dozens of",
  'Syria','nonstate_takes_territory','Saraqeb','Idlib','Idlib','wd:Thursday',
  [C('SYRREB',"Opposition fighters backed by Turkish drones recaptured the town of Saraqeb"),
   C('SYRREB',"Syrian rebels back inside Saraqeb", s=False, note='headline'),
   A('TURMIL',"backed by Turkish drones", v='SYRMIL', s=False),
   C('SYRREB',"cutting the M5 highway again", loc='M5', s=False, note='road cut, implied'),
   K('SYRMIL',None,"said they had killed dozens of", a='SYRREB', by='SYRREB', s=False, note='cut mid-sentence; vague')], wire=True)
N('2020-03-02', "Turkish drones destroyed at least 8 regime tanks, two air defence systems and several armoured vehicles in the Saraqeb and Jabal al-Zawiya area on 1 March 2020, the Turkish Defence Ministry said, adding that two Syrian Su-24 jets were shot down over Idlib.",
  'Syria','air_drone_strike','Saraqeb','Idlib','Idlib','2020-03-01',
  [A('TURMIL',"Turkish drones destroyed", v='SYRMIL', by='TURGOV'),
   L('SYRMIL','TANK',"at least 8 regime tanks", n=8, a='TURMIL', by='TURGOV', q='AT_LEAST'),
   L('SYRMIL','OTHER',"two air defence systems", n=2, a='TURMIL', by='TURGOV'),
   L('SYRMIL','APC',"several armoured vehicles", a='TURMIL', by='TURGOV', s=False),
   L('SYRMIL','AIRCRAFT',"two Syrian Su-24 jets were shot down over Idlib", n=2, a='TURMIL', by='TURGOV', loc='Idlib')])
N('2020-03-06', "A Russian-Turkish ceasefire for Idlib took effect at midnight on 5 March 2020. Hours before it, Russian jets bombed a poultry farm sheltering displaced people near Maarat Misrin, killing 15 civilians.",
  'Syria','air_drone_strike','Maarat Misrin','Idlib','Idlib','2020-03-05',
  [A('RUSMIL',"Russian jets bombed a poultry farm sheltering displaced people near Maarat Misrin", v='SYRCVL'),
   K('SYRCVL',15,"killing 15 civilians", a='RUSMIL')])
N('2020-03-16', "The first joint Russian-Turkish patrol on the M4 highway was cut short on 15 March 2020 after protesters blocked the road near Nairab; no shots were fired.",
  'Syria','protest_or_statement','Nairab','Idlib','Idlib','2020-03-15', [], ne=True)
N('2020-04-20', "IS cells ambushed a bus carrying regime soldiers on the Palmyra–Deir ez-Zor road near al-Shoula on 19 April 2020: seven soldiers were killed and the bus was set on fire.",
  'Syria','attack','al-Shoula','Deir ez-Zor','Deir ez-Zor','2020-04-19',
  [A('SYRREB',"IS cells ambushed a bus carrying regime soldiers", v='SYRMIL'),
   K('SYRMIL',7,"seven soldiers were killed", a='SYRREB'),
   L('SYRMIL','VEHICLE',"the bus was set on fire", a='SYRREB', note='military transport bus')])
N('2020-04-29', "A fuel tanker rigged with explosives blew up in a crowded market in Afrin city on 28 April 2020. At least 40 people burned to death or were killed by the blast, among them 11 children and several SNA fighters, and 47 were injured. Turkey's Defence Ministry blamed the YPG/PKK.",
  'Syria','remote_explosive_ied','Afrin','Aleppo','Afrin','2020-04-28',
  [A(None,"A fuel tanker rigged with explosives blew up in a crowded market in Afrin city", v='SYRCVL'),
   K('SYRCVL',40,"At least 40 people burned to death or were killed by the blast", q='AT_LEAST', note='mixed toll of people: CVL'),
   K('SYRCVL',11,"among them 11 children", s=False),
   K('SYRREB',None,"several SNA fighters", s=False, note='vague sub-count'),
   W('SYRCVL',47,"47 were injured")])
N('2020-05-05', "Two members of the Military Security were killed and a third was wounded when gunmen opened fire on their car at the entrance to Nawa city in the western countryside of Daraa on 4 May 2020.",
  'Syria','attack','Nawa','Daraa','Izra','2020-05-04',
  [A(None,"gunmen opened fire on their car", v='SYRMIL'),
   K('SYRMIL',2,"Two members of the Military Security were killed"),
   W('SYRMIL',1,"a third was wounded")])
N('2020-05-06', "In retaliation for the Nawa killings, regime forces executed by firing squad nine police officers who had joined the reconciliation, at the Muzayrib police station, western Daraa countryside, on 5 May 2020, local sources said.",
  'Syria','other_violence','Muzayrib','Daraa','Daraa','2020-05-05',
  [K('SYRMIL',9,"regime forces executed by firing squad nine police officers", a='SYRMIL', note='reconciled police: MIL (police); victims of their own side')])
N('2020-05-20', "An IED planted on a motorbike exploded in the main street of al-Bab city, in the eastern countryside of Aleppo, on 19 May 2020, killing a child and wounding six people, three of them SNA fighters.",
  'Syria','remote_explosive_ied','al-Bab','Aleppo','Al-Bab','2020-05-19',
  [A(None,"An IED planted on a motorbike exploded in the main street of al-Bab city", v='SYRCVL'),
   K('SYRCVL',1,"killing a child"),
   W('SYRCVL',3,"wounding six people, three of them SNA fighters", note='six minus the three fighters'),
   W('SYRREB',3,"three of them SNA fighters")])
N('2020-06-11', "Hurras al-Din and HTS fought in Arab Saeed village, west of Idlib city, on 10 June 2020, and a woman was killed in the crossfire. HTS took over several Hurras al-Din checkpoints.",
  'Syria','armed_clash','Arab Saeed','Idlib','Idlib','2020-06-10',
  [A('SYRREB',"Hurras al-Din and HTS fought in Arab Saeed village", v='SYRREB'),
   K('SYRCVL',1,"a woman was killed in the crossfire"),
   C('SYRREB',"HTS took over several Hurras al-Din checkpoints", s=False, note='checkpoints, not territory')])
N('2020-07-15', "A Russian military police vehicle was hit by an IED on the M4 near Ariha during a joint patrol on 14 July 2020; three Russian soldiers were lightly injured and two Turkish soldiers, the Russian MoD said.",
  'Syria','remote_explosive_ied','Ariha','Idlib','Ariha','2020-07-14',
  [A(None,"A Russian military police vehicle was hit by an IED on the M4 near Ariha", v='RUSMIL'),
   L('RUSMIL','VEHICLE',"A Russian military police vehicle was hit by an IED"),
   W('RUSMIL',3,"three Russian soldiers were lightly injured", by='RUSGOV'),
   W('TURMIL',2,"and two Turkish soldiers", by='RUSGOV')])
N('2020-08-03', "A young man from Jasim died under torture in a regime prison, his family was told on 2 August 2020; he had been arrested at a checkpoint in Daraa in 2019.",
  'Syria','other_violence','Jasim','Daraa','Izra','2020-08-02',
  [K('SYRCVL',1,"A young man from Jasim died under torture in a regime prison", a='SYRMIL')])
N('2020-08-18', "A Russian major general was killed and two soldiers hurt when an IED exploded near their convoy east of Deir ez-Zor on 18 August 2020.",
  'Syria','remote_explosive_ied','Deir ez-Zor','Deir ez-Zor','Deir ez-Zor','2020-08-18',
  [A(None,"an IED exploded near their convoy", v='RUSMIL'),
   K('RUSMIL',1,"A Russian major general was killed"),
   W('RUSMIL',2,"two soldiers hurt")])
N('2020-09-01', "Israeli helicopters and jets struck regime and Iranian-backed militia positions in Quneitra countryside and south of Damascus on 31 August 2020, killing two regime soldiers and wounding seven, SANA said.",
  'Syria','air_drone_strike','Quneitra','Quneitra','Quneitra','2020-08-31',
  [A('ISRMIL',"Israeli helicopters and jets struck regime and Iranian-backed militia positions", v='SYRMIL'),
   K('SYRMIL',2,"killing two regime soldiers", a='ISRMIL', by='SYRGOV'),
   W('SYRMIL',7,"wounding seven", a='ISRMIL', by='SYRGOV')])
N('2020-10-27', "Russian airstrikes on a Faylaq al-Sham training camp at Jabal al-Duwayla, north of Idlib, on Monday killed more than 50 fighters and wounded dozens, in the deadliest strike since the March truce",
  'Syria','air_drone_strike','Jabal al-Duwayla','Idlib','Harim','wd:Monday',
  [A('RUSMIL',"Russian airstrikes on a Faylaq al-Sham training camp at Jabal al-Duwayla", v='SYRREB'),
   K('SYRREB',50,"killed more than 50 fighters", q='AT_LEAST', a='RUSMIL'),
   W('SYRREB',None,"wounded dozens", a='RUSMIL', s=False)], wire=True)
N('2020-11-24', "The body of a shepherd was found on 23 November 2020 in the Homs desert near al-Sukhnah, a day after he was abducted with his flock; the NDF blamed IS.",
  'Syria','abduction','al-Sukhnah','Homs','Tadmor','2020-11-23',
  [K('SYRCVL',1,"The body of a shepherd was found", note='IS blamed, not claimed: actor null')])
N('2020-12-31', "IS fighters ambushed three buses carrying 4th Division soldiers on the road between Deir ez-Zor and Palmyra near Kabajeb on 30 December 2020. State media said 25 passengers were killed and 13 wounded; SOHR put the soldiers' toll at 37.",
  'Syria','attack','Kabajeb','Deir ez-Zor','Deir ez-Zor','2020-12-30',
  [A('SYRREB',"IS fighters ambushed three buses carrying 4th Division soldiers", v='SYRMIL'),
   K('SYRMIL',25,"State media said 25 passengers were killed", by='SYRGOV', a='SYRREB', note='first-stated figure scored; passengers were mostly soldiers'),
   W('SYRMIL',13,"13 wounded", by='SYRGOV', a='SYRREB'),
   K('SYRMIL',37,"SOHR put the soldiers' toll at 37", a='SYRREB', s=False, note='competing figure'),
   L('SYRMIL','VEHICLE',"ambushed three buses", n=3, s=False, note='damage not stated')])
N('2019-01-17', "Syria: suicide bomber targets US-led coalition patrol in Manbij - Four Americans were among those killed when an Islamic State suicide bomber blew himself up at a restaurant in Manbij on Wednesday; at least 15 others died, a war monitor said",
  'Syria','remote_explosive_ied','Manbij','Aleppo','Manbij','wd:Wednesday',
  [A('SYRREB',"an Islamic State suicide bomber blew himself up at a restaurant in Manbij", v='USAMIL'),
   K('USAMIL',4,"Four Americans were among those killed", a='SYRREB', note='2 soldiers, a contractor and a DIA civilian: coded MIL as a coalition team'),
   K('SYRCVL',15,"at least 15 others died", q='AT_LEAST', a='SYRREB', note='mixed toll: CVL')], wire=True)
N('2019-03-24', "The SDF declared the territorial defeat of IS on 23 March 2019 after taking the last pocket of Baghouz, on the Euphrates in the eastern countryside of Deir ez-Zor.",
  'Syria','nonstate_takes_territory','Baghouz','Deir ez-Zor','Abu Kamal','2019-03-23',
  [C('SYRREB',"after taking the last pocket of Baghouz")])
N('2019-02-18', "A fisherman was killed and his brother lost a leg on 17 February 2019 when a landmine left by IS went off near the bank of the Euphrates in al-Kasra, western countryside of Deir ez-Zor.",
  'Syria','remote_explosive_ied','al-Kasra','Deir ez-Zor','Deir ez-Zor','2019-02-17',
  [K('SYRCVL',1,"A fisherman was killed"),
   W('SYRCVL',1,"his brother lost a leg")])
N('2019-04-08', "Regime shelling on Kafr Nabl and Khan Shaykhun continued on 7 April 2019; a paramedic of the Syrian Civil Defence was killed while evacuating the wounded, and three civilians were injured.",
  'Syria','shelling_artillery_missile','Kafr Nabl','Idlib','Maarat al-Numan','2019-04-07',
  [A('SYRMIL',"Regime shelling on Kafr Nabl and Khan Shaykhun", v='SYRCVL'),
   K('SYRCVL',1,"a paramedic of the Syrian Civil Defence was killed", a='SYRMIL'),
   W('SYRCVL',3,"three civilians were injured", a='SYRMIL')])
N('2019-06-04', "Overnight into 3 June 2019, NLF and Jaish al-Izza fighters launched a counterattack on regime positions in the northern countryside of Hama and retook Tal Maleh and al-Jabin. SOHR counted 22 regime soldiers and 17 opposition fighters killed by the morning.",
  'Syria','nonstate_takes_territory','Tal Maleh','Hama','Muhradah','2019-06-03',
  [O('SYRREB',"launched a counterattack on regime positions"),
   A('SYRREB',"launched a counterattack on regime positions", v='SYRMIL'),
   C('SYRREB',"retook Tal Maleh"),
   C('SYRREB',"retook Tal Maleh and al-Jabin", loc='al-Jabin'),
   K('SYRMIL',22,"SOHR counted 22 regime soldiers"),
   K('SYRREB',17,"17 opposition fighters killed")])
N('2019-07-08', "Barrel bombs dropped by regime helicopters on Mhambel, in the western countryside of Idlib, on 7 July 2019 killed a pregnant woman and a man in his sixties.",
  'Syria','air_drone_strike','Mhambel','Idlib','Jisr al-Shughur','2019-07-07',
  [A('SYRMIL',"Barrel bombs dropped by regime helicopters on Mhambel", v='SYRCVL'),
   K('SYRCVL',2,"killed a pregnant woman and a man in his sixties", a='SYRMIL')])
N('2019-08-30', "A displaced family of six drowned on 29 August 2019 while trying to cross the Orontes on a raft near Darkush to flee the shelling, the White Helmets said.",
  'Syria','shelling_artillery_missile','Darkush','Idlib','Jisr al-Shughur','2019-08-29',
  [K('SYRREF',6,"A displaced family of six drowned", note='drowned while fleeing shelling: violence-related'),
   A(None,"to flee the shelling", v='SYRCVL', s=False, note='the shelling itself not placed or dated')])
N('2019-09-23', "A Russian soldier died of wounds he sustained in a mortar attack on a Russian post in Abu Dhuhur, in the southeastern countryside of Idlib, the Russian MoD said on 22 September 2019.",
  'Syria','shelling_artillery_missile','Abu Dhuhur','Idlib','Idlib','2019-09-22',
  [K('RUSMIL',1,"A Russian soldier died of wounds", by='RUSGOV'),
   A(None,"a mortar attack on a Russian post in Abu Dhuhur", v='RUSMIL', date=None, note='day of attack not given')])
N('2019-10-24', "Local sources reported that a member of the SDF's Internal Security Forces (Asayish) was stabbed to death at a checkpoint in al-Hol camp on 23 October 2019; the attacker, a woman, was arrested.",
  'Syria','attack','al-Hol','Hasakah','Al-Hasakah','2019-10-23',
  [K('SYRREB',1,"a member of the SDF's Internal Security Forces (Asayish) was stabbed to death"),
   A(None,"was stabbed to death at a checkpoint in al-Hol camp", v='SYRREB', s=False)])
N('2019-12-05', "Dozens of families fled Umm Jalal and al-Tah, in the southeastern countryside of Idlib, on 4 December 2019 as regime forces advanced towards the two villages under heavy rocket fire.",
  'Syria','shelling_artillery_missile','Umm Jalal','Idlib','Maarat al-Numan','2019-12-04',
  [D('SYRCVL',None,"Dozens of families fled Umm Jalal and al-Tah", s=False, note='vague'),
   A('SYRMIL',"under heavy rocket fire", v='SYRCVL'),
   C('SYRMIL',"regime forces advanced towards the two villages", s=False, note='advance only')])
N('2020-03-27', "Gunmen riding a motorcycle assassinated the mukhtar of al-Sahwa town, in the eastern countryside of Daraa, on 26 March 2020; the 8th Brigade accused Air Force Intelligence.",
  'Syria','attack','al-Sahwa','Daraa','Daraa','2020-03-26',
  [K('SYRCVL',1,"Gunmen riding a motorcycle assassinated the mukhtar of al-Sahwa town", note='accused, not claimed: actor null')])
N('2020-03-02', "Regime forces and Hezbollah fighters regained Kafr Nabl, Hazarin and Kansafra in Jabal al-Zawiya on 1 March 2020 after a rebel withdrawal, amid continued Russian air raids on Ariha and Maarat Misrin.",
  'Syria','gov_regains_territory','Kafr Nabl','Idlib','Maarat al-Numan','2020-03-01',
  [C('SYRMIL',"regained Kafr Nabl"),
   C('SYRMIL',"regained Kafr Nabl, Hazarin", loc='Hazarin'),
   C('SYRMIL',"regained Kafr Nabl, Hazarin and Kansafra", loc='Kansafra'),
   A('RUSMIL',"continued Russian air raids on Ariha and Maarat Misrin", v='SYRREB', loc='Ariha', s=False, note='ongoing raids, vague')])
N('2020-06-10', "Clashes erupted between the Druze-led Men of Dignity and a Military Intelligence-backed gang in al-Qrayya, Suwayda countryside, on 9 June 2020, leaving a member of the Men of Dignity and two gang members dead.",
  'Syria','armed_clash','al-Qrayya','Suwayda','Salkhad','2020-06-09',
  [A('SYRREB',"Clashes erupted between the Druze-led Men of Dignity and a Military Intelligence-backed gang", v='SYRMIL'),
   K('SYRREB',1,"leaving a member of the Men of Dignity", note='local Druze armed group: REB'),
   K('SYRMIL',2,"and two gang members dead", note='Military-Intelligence-linked gang: MIL (writer F convention)')])
N('2020-09-30', "Security sources: an Iranian-backed militia commander and four of his men were killed in an unclaimed drone strike on a vehicle near al-Bukamal, Deir ez-Zor, on Tuesday night",
  'Syria','air_drone_strike','al-Bukamal','Deir ez-Zor','Abu Kamal','wd:Tuesday',
  [A(None,"an unclaimed drone strike on a vehicle near al-Bukamal", v='SYRMIL'),
   K('SYRMIL',5,"an Iranian-backed militia commander and four of his men were killed", note='Iranian-backed militias in Syria: MIL of Syria (IRN defensible)'),
   L('SYRMIL','VEHICLE',"drone strike on a vehicle", s=False, note='evidence shortened; damage implied')], wire=True)
N('2019-05-27', "NLF fighters regained control of Kafr Nabuda from regime forces on 26 May 2019, destroying a T-72 tank and killing at least 15 regime soldiers, according to an NLF spokesman.",
  'Syria','nonstate_takes_territory','Kafr Nabuda','Hama','Al-Suqaylabiyah','2019-05-26',
  [C('SYRREB',"NLF fighters regained control of Kafr Nabuda"),
   L('SYRMIL','TANK',"destroying a T-72 tank", a='SYRREB', by='SYRREB'),
   K('SYRMIL',15,"killing at least 15 regime soldiers", q='AT_LEAST', a='SYRREB', by='SYRREB')])
N('2019-11-19', "A car bomb hit the Turkish-held town of al-Bab in Aleppo's countryside near the bus terminal on Saturday, killing 19 people, among them 13 civilians, and wounding more than 30",
  'Syria','remote_explosive_ied','al-Bab','Aleppo','Al-Bab','wd:Saturday',
  [A(None,"A car bomb hit the Turkish-held town of al-Bab", v='SYRCVL'),
   K('SYRCVL',19,"killing 19 people, among them 13 civilians", note='mixed toll of people: one CVL line; the 13 a sub-count'),
   K('SYRCVL',13,"among them 13 civilians", s=False),
   W('SYRCVL',30,"wounding more than 30", q='AT_LEAST')], wire=True)
N('2020-02-07', "Regime troops stormed Saraqeb on 6 February 2020 after HTS and NLF fighters withdrew from the city, encircling three Turkish observation posts in the area.",
  'Syria','gov_regains_territory','Saraqeb','Idlib','Idlib','2020-02-06',
  [C('SYRMIL',"Regime troops stormed Saraqeb"),
   A('SYRMIL',"Regime troops stormed Saraqeb", v='SYRREB', s=False)])
N('2020-05-12', "A mass grave containing the remains of at least 20 people, believed to be victims of IS, was uncovered on 11 May 2020 in al-Hol subdistrict; the Raqqa Civil Council's first responders said bodies included women.",
  'Syria','other_violence','al-Hol','Hasakah','Al-Hasakah','2020-05-11',
  [K('SYRCVL',20,"remains of at least 20 people, believed to be victims of IS", q='AT_LEAST', note='remains found; deaths earlier; IS believed (not claimed): actor null')])
N('2020-07-07', "An unidentified aircraft struck an HTS-run checkpoint at Sarmada, north of Idlib, on 6 July 2020; one HTS fighter was killed and another wounded.",
  'Syria','air_drone_strike','Sarmada','Idlib','Harim','2020-07-06',
  [A(None,"An unidentified aircraft struck an HTS-run checkpoint at Sarmada", v='SYRREB'),
   K('SYRREB',1,"one HTS fighter was killed"),
   W('SYRREB',1,"another wounded")])
N('2020-08-25', "Tribal fighters and SDF members exchanged fire in Dhiban, in the eastern countryside of Deir ez-Zor, on 24 August 2020, three weeks after the assassination of a sheikh of the Akidat tribe. A teenage boy was caught in the crossfire and died later in hospital.",
  'Syria','armed_clash','Dhiban','Deir ez-Zor','Al-Mayadin','2020-08-24',
  [A('SYRREB',"Tribal fighters and SDF members exchanged fire in Dhiban", v='SYRREB'),
   K('SYRCVL',1,"A teenage boy was caught in the crossfire and died later in hospital"),
   K('SYRCVL',1,"the assassination of a sheikh of the Akidat tribe", s=False, date=None, note='background, earlier')])
N('2020-10-21', "Turkish forces withdrew from their besieged observation post in Morek, northern Hama, on 20 October 2020, and regime forces took over the site.",
  'Syria','gov_regains_territory','Morek','Hama','Muhradah','2020-10-20',
  [C('SYRMIL',"regime forces took over the site")])
N('2020-11-09', "A member of the NDF was beaten to death by a group of residents in Jaramana, Damascus countryside, on 8 November 2020 after he shot a shopkeeper in a dispute over bread prices. The shopkeeper survived.",
  'Syria','other_violence','Jaramana','Rural Damascus','Markaz Rif Dimashq','2020-11-08',
  [K('SYRMIL',1,"A member of the NDF was beaten to death by a group of residents", a='SYRCVL'),
   W('SYRCVL',1,"he shot a shopkeeper", a='SYRMIL')])
N('2020-12-08', "On 7 December 2020, regime forces shelled the Afes and Sarja areas of Jabal al-Zawiya; opposition factions responded with rocket fire on Kafr Nabl. No casualties were reported.",
  'Syria','shelling_artillery_missile','Afes','Idlib','Idlib','2020-12-07',
  [A('SYRMIL',"regime forces shelled the Afes and Sarja areas of Jabal al-Zawiya", v='SYRREB'),
   A('SYRREB',"opposition factions responded with rocket fire on Kafr Nabl", v='SYRMIL', loc='Kafr Nabl')])
N('2019-04-15', "Unidentified gunmen kidnapped two doctors on the road between Idlib and Saraqeb on 14 April 2019 and demanded a ransom; they were released unharmed three days later.",
  'Syria','abduction','Idlib','Idlib','Idlib','2019-04-14', [], ne=True)
N('2019-06-28', "Sheikh Hmeid, a leading figure in the Syrian regime's reconciliation committee in Kanaker town, Damascus countryside, was found hanged in an orchard on 27 June 2019; his family said he had been killed.",
  'Syria','other_violence','Kanaker','Rural Damascus','Qatana','2019-06-27',
  [K('SYRCVL',1,"was found hanged in an orchard", s=False, note='cause contested (family says killed): unscored')])
N('2019-09-09', "A suspected Israeli drone strike hit an Iraqi PMF arms depot near al-Bukamal on 8 September 2019, killing 18 Iranian-backed fighters of different nationalities, the monitor said; the depot was destroyed.",
  'Syria','air_drone_strike','al-Bukamal','Deir ez-Zor','Abu Kamal','2019-09-08',
  [A('ISRMIL',"A suspected Israeli drone strike hit an Iraqi PMF arms depot", v='IRQMIL', s=False, note='suspected: unscored ATTACK by ISRMIL'),
   A(None,"A suspected Israeli drone strike hit an Iraqi PMF arms depot", v='IRQMIL', note='attacker suspected only: actor null'),
   K('SYRMIL',18,"killing 18 Iranian-backed fighters of different nationalities", note='mixed nationalities, Iranian-backed in Syria: MIL of Syria (IRN/IRQ defensible)'),
   L('IRQMIL','DEPOT',"the depot was destroyed")])
N('2019-11-21', "Missiles fired from regime-held areas slammed into the Qah displacement camp near the Turkish border late on Wednesday, killing 16 displaced people, most of them women and children, and wounding dozens more -",
  'Syria','shelling_artillery_missile','Qah','Idlib','Harim','wd:Wednesday',
  [A('SYRMIL',"Missiles fired from regime-held areas slammed into the Qah displacement camp", v='SYRREF'),
   K('SYRREF',16,"killing 16 displaced people", a='SYRMIL'),
   W('SYRREF',None,"wounding dozens more", a='SYRMIL', s=False)], wire=True)
N('2020-01-25', "Regime forces and allied militias took Jirjnaz and Talmans on 24 January 2020 in their push on Maarat al-Numan from the east; HTS claimed to have killed 30 attackers in a counterattack at Maar Shurin the same day.",
  'Syria','gov_regains_territory','Jirjnaz','Idlib','Maarat al-Numan','2020-01-24',
  [C('SYRMIL',"Regime forces and allied militias took Jirjnaz"),
   C('SYRMIL',"took Jirjnaz and Talmans", loc='Talmans'),
   A('SYRREB',"in a counterattack at Maar Shurin", v='SYRMIL', loc='Maar Shurin', by='SYRREB'),
   K('SYRMIL',30,"HTS claimed to have killed 30 attackers", a='SYRREB', by='SYRREB', loc='Maar Shurin')])
N('2019-08-06', "A woman from Ain Issa was killed and her three sons were injured when a landmine exploded near their home in the north of Raqqa governorate on 5 August 2019.",
  'Syria','remote_explosive_ied','Ain Issa','Raqqa','Tal Abyad','2019-08-05',
  [K('SYRCVL',1,"A woman from Ain Issa was killed"), W('SYRCVL',3,"her three sons were injured")])
N('2020-04-02', "The SDF handed over two villages west of Tal Tamr, Tal Jumaa and Tal Shanan, to regime forces on 1 April 2020 under Russian mediation.",
  'Syria','gov_regains_territory','Tal Tamr','Hasakah','Al-Hasakah','2020-04-01',
  [C('SYRMIL',"handed over two villages west of Tal Tamr, Tal Jumaa and Tal Shanan, to regime forces", n=2, loc='Tal Jumaa', note='handover by agreement: scored'),
   C('SYRMIL',"Tal Shanan", loc='Tal Shanan', s=False, note='second village of the handover')])
N('2020-06-23', "Two SDF fighters and a child were killed on 22 June 2020 when Turkish artillery targeted Ain Issa town and the nearby M4 road in Raqqa countryside.",
  'Syria','shelling_artillery_missile','Ain Issa','Raqqa','Tal Abyad','2020-06-22',
  [A('TURMIL',"Turkish artillery targeted Ain Issa town", v='SYRREB'),
   K('SYRREB',2,"Two SDF fighters", a='TURMIL'),
   K('SYRCVL',1,"Two SDF fighters and a child were killed", a='TURMIL')])
N('2019-10-20', "An elderly Kurdish man was executed by SNA fighters in his house in Tal Halaf village west of Ras al-Ain, activists said on Saturday, a day after the truce was announced",
  'Syria','attack','Tal Halaf','Hasakah','Ras al-Ain','wd:Saturday',
  [K('SYRCVL',1,"An elderly Kurdish man was executed by SNA fighters", a='SYRREB', date=None, note='day of killing not stated')], wire=True)
N('2020-12-21', "At least 3 NDF members were among 8 people wounded on 20 December 2020 when a roadside bomb hit a military bus at the Hama-Salamiyah junction. No group claimed it.",
  'Syria','remote_explosive_ied','Salamiyah','Hama','Salamiyah','2020-12-20',
  [A(None,"a roadside bomb hit a military bus", v='SYRMIL'),
   W('SYRMIL',8,"At least 3 NDF members were among 8 people wounded", note='8 wounded on a military bus: MIL'),
   W('SYRMIL',3,"At least 3 NDF members", q='AT_LEAST', s=False, note='sub-count'),
   L('SYRMIL','VEHICLE',"a roadside bomb hit a military bus")])
N('2019-12-27', "Turkish-backed SNA fighters seized Arishah village and the nearby silos south of Ras al-Ain on 26 December 2019 after a two-day assault; eleven SDF fighters and a soldier of the regime army posted in the area were killed, the SDF media centre said.",
  'Syria','nonstate_takes_territory','Arishah','Hasakah','Ras al-Ain','2019-12-26',
  [C('SYRREB',"Turkish-backed SNA fighters seized Arishah village"),
   A('SYRREB',"after a two-day assault", v='SYRREB', note='assault by SNA on SDF'),
   K('SYRREB',11,"eleven SDF fighters", a='SYRREB', by='SYRREB'),
   K('SYRMIL',1,"a soldier of the regime army posted in the area were killed", a='SYRREB', by='SYRREB')])
N('2020-11-30', "In Deir ez-Zor city, a man accused of working for IS was shot dead by Military Security personnel in the Joura neighbourhood on 29 November 2020, and his body was handed over to his family the next day.",
  'Syria','other_violence','Deir ez-Zor','Deir ez-Zor','Deir ez-Zor','2020-11-29',
  [K('SYRCVL',1,"a man accused of working for IS was shot dead by Military Security personnel", a='SYRMIL', loc='Joura', note='accused, no armed role: CVL')])
