from lib import *
N('2019-10-18','Mexico','armed_clash','Culiacan','Sinaloa','Culiacan',
 "Culiacan was paralysed on Thursday after dozens of Sinaloa cartel gunmen with .50-calibre rifles besieged security forces who had detained Ovidio Guzman, the son of El Chapo; the authorities released him hours later. Eight people died, among them a National Guard member and a civilian, the security minister said on Friday",
 [A('MEXREB','MEXMIL',"dozens of Sinaloa cartel gunmen with .50-calibre rifles besieged security forces",d='Thursday'),
  K('MEXCVL',None,8,'EXACT',"Eight people died",d='Thursday',cb='MEXGOV',note='mixed toll of "people"'),
  K('MEXMIL',None,1,'EXACT',"among them a National Guard member and a civilian",d='Thursday',cb='MEXGOV',s=False),
  K('MEXCVL',None,1,'EXACT',"among them a National Guard member and a civilian",d='Thursday',cb='MEXGOV',s=False)],d='Thursday',wire=True)
N('2021-06-21','Mexico','attack','Reynosa','Tamaulipas','Reynosa',
 "Gunmen in several pickup trucks drove through neighbourhoods on the east side of Reynosa on Saturday afternoon shooting at random, killing 15 people, among them a nursing student and several construction workers; police later killed four of the attackers in a chase.",
 [A(None,'MEXCVL',"Gunmen in several pickup trucks drove through neighbourhoods on the east side of Reynosa",note='unidentified gunmen: actor null'),
  K('MEXCVL',None,15,'EXACT',"killing 15 people"),
  K('MEXCVL',None,1,'EXACT',"among them a nursing student",s=False),
  K('MEXREB','MEXMIL',4,'EXACT',"police later killed four of the attackers in a chase",note='attackers killed in a chase: REB (criminal gunmen)')],d='Saturday')
N('2023-01-06','Mexico','armed_clash','Culiacan','Sinaloa','Culiacan',
 "Ten members of the armed forces and 19 suspected criminals were killed in Thursday's operation to capture Ovidio Guzman in Jesus Maria, north of Culiacan, the defence minister said on Friday; another 35 soldiers were wounded.",
 [A('MEXMIL','MEXREB',"Thursday's operation to capture Ovidio Guzman in Jesus Maria"),
  K('MEXMIL','MEXREB',10,'EXACT',"Ten members of the armed forces and 19 suspected criminals were killed",cb='MEXGOV'),
  K('MEXREB','MEXMIL',19,'EXACT',"Ten members of the armed forces and 19 suspected criminals were killed",cb='MEXGOV'),
  W('MEXMIL','MEXREB',35,'EXACT',"another 35 soldiers were wounded",cb='MEXGOV')],gl='Jesus Maria',d='Thursday')
N('2018-10-23','Mexico','other_violence','Celaya','Guanajuato','Celaya',
 "The bodies of six men with signs of torture were found dumped on a dirt road between Celaya and Villagran early on Monday, the Guanajuato prosecutor's office said. The killings bring to 31 the number of murders in Celaya this month.",
 [K('MEXCVL',None,6,'EXACT',"The bodies of six men with signs of torture were found",loc='Celaya',cb='MEXGOV'),
  K('MEXCVL',None,31,'EXACT',"The killings bring to 31 the number of murders in Celaya this month",cum=True,loc='Celaya',d='2018-10-23')],gl='Celaya',d='Monday')
N('2020-05-13','Afghanistan','attack','Kabul','Kabul','Dasht-e-Barchi',
 "Gunmen disguised as police stormed the MSF-supported maternity ward of Dasht-e-Barchi hospital in western Kabul on Tuesday morning and fought security forces for four hours; the interior ministry said 24 people were killed, among them two newborn babies, mothers and a nurse, and 16 wounded. All three attackers were killed.",
 [A(None,'AFGCVL',"Gunmen disguised as police stormed the MSF-supported maternity ward of Dasht-e-Barchi hospital"),
  K('AFGCVL',None,24,'EXACT',"24 people were killed",cb='AFGGOV'),
  K('AFGCVL',None,2,'EXACT',"among them two newborn babies",s=False,cb='AFGGOV'),
  W('AFGCVL',None,16,'EXACT',"16 wounded",cb='AFGGOV'),
  K('AFGREB','AFGMIL',3,'EXACT',"All three attackers were killed",cb='AFGGOV')],gl='Dasht-e-Barchi',d='Tuesday')
N('2020-09-30','Afghanistan','armed_clash','Nahr-e Saraj','Helmand','Nahr-e Saraj',
 "The Taliban stormed security outposts in Nahr-e Saraj district of Helmand overnight; the provincial governor's spokesman said 8 policemen lost their lives and 5 others were hurt, and that about 40 militants had been killed in the counterattack, a figure the insurgents dismissed",
 [A('AFGREB','AFGMIL',"The Taliban stormed security outposts in Nahr-e Saraj district of Helmand overnight",d=NULL,note='overnight with no day'),
  K('AFGMIL','AFGREB',8,'EXACT',"8 policemen lost their lives",cb='AFGGOV',d=NULL),
  W('AFGMIL','AFGREB',5,'EXACT',"5 others were hurt",cb='AFGGOV',d=NULL),
  K('AFGREB','AFGMIL',40,'ABOUT',"about 40 militants had been killed in the counterattack",cb='AFGGOV',d=NULL)],d=NULL,wire=True)
N('2021-08-15','Afghanistan','nonstate_takes_territory','Jalalabad','Nangarhar','Jalalabad',
 "Taliban fighters took Jalalabad without a fight on Sunday after the governor surrendered, a day after they overran Mazar-i-Sharif, leaving Kabul the last major city under government control; the U.S. embassy began evacuating staff by helicopter",
 [C('AFGREB','Jalalabad',"Taliban fighters took Jalalabad without a fight on Sunday"),
  C('AFGREB','Mazar-i-Sharif',"a day after they overran Mazar-i-Sharif",d='Saturday')],d='Sunday',wire=True)
N('2023-10-09','Afghanistan','disaster','Zindajan','Herat','Zindajan',
 "Two earthquakes of magnitude 6.3 struck Herat province on Saturday, flattening villages in Zindajan district; a Taliban spokesman said on Sunday that more than 2,000 people had died and 9,240 were injured, figures the UN described as preliminary.",
 [K('AFGCVL',None,2000,'AT_LEAST',"more than 2,000 people had died",cause='disaster',d='Saturday',cb='AFGGOV'),
  W('AFGCVL',None,9240,'EXACT',"9,240 were injured",cause='disaster',d='Saturday',cb='AFGGOV')],d='Saturday')
N('2019-09-02','Yemen','air_drone_strike','Dhamar','Dhamar','Dhamar',
 "Saudi-led coalition aircraft bombed a detention centre run by the Houthis in Dhamar on Sunday, killing more than 100 prisoners, the ICRC said; a further 40 were being treated for wounds. The coalition said it had hit a drone and missile storage site",
 [A('SAUMIL',None,"Saudi-led coalition aircraft bombed a detention centre run by the Houthis in Dhamar"),
  K('YEMCVL','SAUMIL',100,'AT_LEAST',"killing more than 100 prisoners",note='detainees: CVL'),
  W('YEMCVL','SAUMIL',40,'EXACT',"a further 40 were being treated for wounds")],d='Sunday',wire=True)
N('2022-01-22','Yemen','air_drone_strike','Saada','Saada','Saada',
 "At least 70 people were killed and more than 138 injured when airstrikes hit a remand prison in Saada early on Friday, MSF said, while a separate strike on a telecommunications building in Hodeidah killed three children playing nearby, according to Save the Children.",
 [A(None,None,"airstrikes hit a remand prison in Saada early on Friday"),
  K('YEMCVL',None,70,'AT_LEAST',"At least 70 people were killed"),
  W('YEMCVL',None,138,'AT_LEAST',"more than 138 injured"),
  A(None,None,"a separate strike on a telecommunications building in Hodeidah",loc='Hodeidah'),
  K('YEMCVL',None,3,'EXACT',"killed three children playing nearby",loc='Hodeidah')],d='Friday')
N('2024-12-27','Yemen','air_drone_strike',"Sanaa","Sanaa","",
 "Israeli jets struck Sanaa international airport and power stations in Sanaa and Hodeidah on Thursday, killing six people, the Houthi-run health ministry said. The WHO chief, who was about to board a flight, said a member of the plane's crew was injured",
 [A('ISRMIL',None,"Israeli jets struck Sanaa international airport and power stations in Sanaa and Hodeidah"),
  K('YEMCVL','ISRMIL',6,'EXACT',"killing six people",cb='YEMGOV',note='Houthi-run ministry: de facto authority'),
  W('IGOUNO','ISRMIL',1,'EXACT',"a member of the plane's crew was injured",cb='IGOUNO',note='UN flight crew')],gl='Sanaa international airport',d='Thursday',wire=True)
N('2022-03-15','Ukraine','shelling_artillery_missile','Kyiv','Kyiv','',
 "Russian shelling hit a 16-storey apartment block in Kyiv's Sviatoshynskyi district early on Tuesday, killing at least two people, emergency services said; a second strike set a building in Podil on fire. Kyiv's mayor announced a 35-hour curfew from Tuesday evening.",
 [A('RUSMIL',None,"Russian shelling hit a 16-storey apartment block in Kyiv's Sviatoshynskyi district"),
  K('UKRCVL','RUSMIL',2,'AT_LEAST',"killing at least two people",cb='UKRGOV'),
  A(None,None,"a second strike set a building in Podil on fire",loc='Podil')],gl='Sviatoshynskyi',d='Tuesday')
N('2022-09-11','Ukraine','gov_regains_territory','Izium','Kharkiv','Izium',
 "Ukrainian troops entered Kupiansk and Izium on Saturday as Russian forces pulled back across the Oskil river; Moscow described the withdrawal as a \"regrouping\" to bolster its forces in Donetsk. Kyiv said it had retaken more than 2,000 square kilometres since the start of the month",
 [C('UKRMIL','Kupiansk',"Ukrainian troops entered Kupiansk and Izium on Saturday"),
  C('UKRMIL','Izium',"Ukrainian troops entered Kupiansk and Izium on Saturday"),
  C('UKRMIL',None,"it had retaken more than 2,000 square kilometres since the start of the month",n=2000,q='AT_LEAST',cum=True,cb='UKRGOV',d='2022-09-11',note='km2, not people')],d='Saturday',wire=True)
N('2024-07-09','Ukraine','shelling_artillery_missile','Kyiv','Kyiv','',
 "A Russian missile hit the Okhmatdyt children's hospital in Kyiv on Monday morning during one of the heaviest barrages on the capital in months. Across Ukraine, 41 people were killed, 33 of them in Kyiv, and more than 170 wounded, officials said; two adults died at the hospital.",
 [A('RUSMIL',None,"A Russian missile hit the Okhmatdyt children's hospital in Kyiv"),
  K('UKRCVL','RUSMIL',41,'EXACT',"Across Ukraine, 41 people were killed",loc=None,cb='UKRGOV',note='one barrage across the country: one incident'),
  K('UKRCVL','RUSMIL',33,'EXACT',"33 of them in Kyiv",s=False,cb='UKRGOV'),
  W('UKRCVL','RUSMIL',170,'AT_LEAST',"more than 170 wounded",loc=None,cb='UKRGOV'),
  K('UKRCVL','RUSMIL',2,'EXACT',"two adults died at the hospital",s=False,cb='UKRGOV',note='sub-count of the Kyiv 33')],gl='Okhmatdyt',d='Monday')
N('2023-05-22','Ukraine','nonstate_takes_territory','Bakhmut','Donetsk','Bakhmut',
 "Wagner chief Yevgeny Prigozhin claimed on Saturday that his fighters had taken \"the whole of Bakhmut\" after 224 days of fighting; Kyiv denied the town had fallen, saying its troops still held a small part of the southwest. Russia's defence ministry said on Sunday that \"liberation\" of the town, which it called Artemovsk, was complete.",
 [C('RUSREB','Bakhmut','his fighters had taken "the whole of Bakhmut"',cb='RUSREB',d='Saturday',note='Wagner: non-state, RUSREB; kind nonstate_takes_territory'),
  C('RUSMIL','Artemovsk','"liberation" of the town, which it called Artemovsk, was complete',cb='RUSGOV',d='Sunday',s=False,note='same capture, restated by the ministry')],d='Saturday')
N('2020-01-09','Iraq','shelling_artillery_missile','Ain al-Asad','Anbar','Hit',
 "Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base in Anbar and at a base in Erbil early on Wednesday in retaliation for the killing of Qassem Soleimani; the Pentagon said no Americans were killed, and Iraq said none of its troops were hurt.",
 [A('IRNMIL','USAMIL',"Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base in Anbar",n=12,q='AT_LEAST',note='"more than a dozen" missiles'),
  A('IRNMIL','USAMIL',"and at a base in Erbil",loc='Erbil',s=False,note='same barrage'),
  K('IRNMIL',None,1,'EXACT',"the killing of Qassem Soleimani",s=False,d=NULL,loc=None,note='background')],d='Wednesday')
N('2021-07-20','Iraq','remote_explosive_ied','Baghdad','Baghdad','',
 "A suicide bomber blew himself up in the crowded Woheilat market in Sadr City on Monday evening, the eve of Eid al-Adha, killing at least 35 people and injuring about 60, among them women and children, medical sources said. The Islamic State group claimed responsibility through its Amaq outlet.",
 [A('IRQREB','IRQCVL',"A suicide bomber blew himself up in the crowded Woheilat market in Sadr City",cb='IRQREB'),
  K('IRQCVL','IRQREB',35,'AT_LEAST',"killing at least 35 people"),
  W('IRQCVL','IRQREB',60,'ABOUT',"injuring about 60")],gl='Sadr City',d='Monday')
N('2023-05-19','Iraq','attack','Kirkuk','Kirkuk','Dibis',
 "Two soldiers of the Iraqi army died and three were hurt when an IS cell attacked their post in the Wadi al-Shay area south-west of Kirkuk late on Wednesday; a Peshmerga officer was also killed by a sniper in Makhmour on Thursday, security sources said.",
 [A('IRQREB','IRQMIL',"an IS cell attacked their post in the Wadi al-Shay area",d='Wednesday'),
  K('IRQMIL','IRQREB',2,'EXACT',"Two soldiers of the Iraqi army died",d='Wednesday'),
  W('IRQMIL','IRQREB',3,'EXACT',"three were hurt",d='Wednesday'),
  K('IRQMIL',None,1,'EXACT',"a Peshmerga officer was also killed by a sniper in Makhmour on Thursday",loc='Makhmour',d='Thursday')],gl='Wadi al-Shay',d='Wednesday')
