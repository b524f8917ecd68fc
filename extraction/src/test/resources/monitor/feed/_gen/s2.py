from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2020-04-12','Syria','remote_explosive_ied','Deir ez-Zor','Deir ez-Zor','Deir ez-Zor',
"On 11 April 2020, a landmine left by IS exploded near Ayyash village in the western countryside of Deir ez-Zor, killing a shepherd and wounding his son.",
'2020-04-11',[K('SYRCVL',None,1,X,'killing a shepherd'),W('SYRCVL',None,1,X,'wounding his son')],gloc='Ayyash')
N('2019-06-10','Syria','air_drone_strike','Khan Shaykhun','Idlib','Maarat al-Numan',
"Regime helicopters dropped barrel bombs on Khan Shaykhun and its surroundings on 9 June 2019. No casualties were reported.",
'2019-06-09',[A('SYRMIL',None,'Regime helicopters dropped barrel bombs on Khan Shaykhun')])
N('2020-05-05','Syria','attack','Muzayrib','Daraa','Daraa',
"Gunmen riding a motorbike opened fire on a vehicle carrying members of the regime's 4th Division at the entrance of al-Muzayrib town in the western countryside of Daraa on 4 May 2020. Three of the soldiers died on the spot and a fourth succumbed to his injuries in hospital later that night.",
'2020-05-04',[A(None,'SYRMIL',"opened fire on a vehicle carrying members of the regime's 4th Division"),
 K('SYRMIL',None,4,X,'Three of the soldiers died on the spot and a fourth succumbed to his injuries',note='3 + 1, one code: one line')],gloc='al-Muzayrib')
N('2019-08-20','Syria','gov_regains_territory','Khan Sheikhoun','Idlib','Maarat al-Numan',
"Syrian troops enter Khan Sheikhoun as rebels pull out - Syrian government forces entered the strategic town of Khan Sheikhoun in Idlib province on Monday after insurgents withdrew overnight, state media reported, the first time the army has held the town since 2014…",
'@Monday',[C('SYRMIL','Syrian government forces entered the strategic town of Khan Sheikhoun',by='SYRGOV',loc='Khan Sheikhoun'),
 C('SYRMIL','Syrian troops enter Khan Sheikhoun',s=False,loc='Khan Sheikhoun',note='headline restatement')],wire=True)
N('2020-09-14','Syria','armed_clash','Dhiban','Deir ez-Zor','Deir ez-Zor',
"Clashes broke out on 13 September 2020 between SDF members and armed men from the Uqaydat tribe in Dhiban town in the eastern countryside of Deir ez-Zor, after the killing of a tribal notable. A fighter of the SDF was killed and 3 tribesmen wounded.",
'2020-09-13',[A(None,'SYRREB','Clashes broke out on 13 September 2020 between SDF members and armed men from the Uqaydat tribe',note='clash: first-named side is SDF; same code both sides'),
 K('SYRREB',None,1,X,'A fighter of the SDF was killed'),W('SYRREB',None,3,X,'3 tribesmen wounded'),
 K('SYRCVL',None,1,X,'the killing of a tribal notable',s=False,d=None,note='background, earlier killing')])
N('2020-02-28','Syria','air_drone_strike','Idlib','Idlib','Ariha',
"Turkey says 33 soldiers killed in air strike in Idlib - At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib late on Thursday, the governor of Hatay said, a sharp escalation",
'@Thursday',[A('SYRMIL','TURMIL','an air strike by Syrian government forces in Idlib'),
 K('TURMIL','SYRMIL',33,L,'At least 33 Turkish soldiers were killed in an air strike',by='TURGOV',loc='Idlib'),
 K('TURMIL','SYRMIL',33,X,'Turkey says 33 soldiers killed',s=False,by='TURGOV',loc=None,note='headline restatement')],gloc='Idlib',wire=True)
N('2019-07-26','Syria','shelling_artillery_missile','Suqaylabiyah','Hama','Al-Suqaylabiyah',
"Opposition factions fired Grad rockets at the Christian-majority town of Suqaylabiyah in the western countryside of Hama on the evening of 25 July 2019, killing a girl and injuring her mother and two brothers, according to pro-government media.",
'2019-07-25',[A('SYRREB','SYRCVL','Opposition factions fired Grad rockets at the Christian-majority town of Suqaylabiyah'),
 K('SYRCVL','SYRREB',1,X,'killing a girl',by='SYRGOV'),W('SYRCVL','SYRREB',3,X,'injuring her mother and two brothers',by='SYRGOV')])
N('2020-08-31','Syria','air_drone_strike','Idlib','Idlib','Idlib',
"A US drone targeted a car on the Idlib-Binnish road on 30 August 2020, killing two commanders of the Hurras al-Din group, one of them a Jordanian national.",
'2020-08-30',[A('USAMIL','SYRREB','A US drone targeted a car on the Idlib-Binnish road'),
 K('SYRREB','USAMIL',2,X,'killing two commanders of the Hurras al-Din group')])
N('2019-10-14','Syria','nonstate_takes_territory','Tal Abyad','Ar-Raqqa','Tell Abiad',
"Turkish forces and the SNA took full control of Tal Abyad on 13 October 2019 as part of Operation Peace Spring, while fighting continued on the edges of Ras al-Ain. Tens of thousands of residents have fled toward Hasakah and Tal Tamr.",
'2019-10-13',[C('TURMIL','took full control of Tal Abyad',loc='Tal Abyad',note='Turkish forces first-named; SNA with them'),
 A('TURMIL','SYRREB','fighting continued on the edges of Ras al-Ain',s=False),
 Dp('SYRCVL',None,None,'Tens of thousands of residents have fled toward Hasakah and Tal Tamr',s=False,note='vague amount')],gloc='Tal Abyad')
N('2020-10-27','Syria','air_drone_strike','Jabal al-Duwayli','Idlib','Harim',
"On 26 October 2020, Russian jets struck a training camp of Faylaq al-Sham near Jabal al-Duwayli, north of Idlib, killing 78 fighters of the faction and wounding more than 90, in one of the deadliest strikes since the March ceasefire.",
'2020-10-26',[A('RUSMIL','SYRREB','Russian jets struck a training camp of Faylaq al-Sham'),
 K('SYRREB','RUSMIL',78,X,'killing 78 fighters of the faction'),W('SYRREB','RUSMIL',90,L,'wounding more than 90')])
N('2019-12-02','Syria','attack','Mayadin','Deir ez-Zor','Al-Mayadin',
"Members of an IS cell ambushed a bus carrying fighters of the Liwa Fatemiyoun militia near al-Mayadin desert on 1 December 2019, killing 6 of them. Iranian-backed militias later combed the area.",
'2019-12-01',[A('SYRREB','SYRMIL','Members of an IS cell ambushed a bus carrying fighters of the Liwa Fatemiyoun militia'),
 K('SYRMIL','SYRREB',6,X,'killing 6 of them',note='Fatemiyoun coded as the regime side (IRN defensible)')],gloc='al-Mayadin')
N('2020-03-06','Syria','gov_regains_territory','Saraqib','Idlib','Idlib',
"Regime troops and Russian military police re-entered Saraqib on 2 March 2020, days after opposition factions had retaken the town. Russian military police deployed to secure the M5 highway junction.",
'2020-03-02',[C('SYRMIL','Regime troops and Russian military police re-entered Saraqib'),
 C('SYRREB','opposition factions had retaken the town',d=None,s=False,note='earlier capture, background'),
 Dep('RUSMIL','Russian military police deployed to secure the M5 highway junction',d=None,loc=None)])
N('2020-05-18','Syria','attack','Tafas','Daraa','Daraa',
"Assailants threw a hand grenade at the house of a mukhtar in Tafas on the night of 17 May 2020, injuring him and his wife.",
'2020-05-17',[A(None,'SYRCVL','Assailants threw a hand grenade at the house of a mukhtar in Tafas'),
 W('SYRCVL',None,2,X,'injuring him and his wife')])
N('2019-04-30','Syria','shelling_artillery_missile','Qalaat al-Madiq','Hama','Al-Suqaylabiyah',
"Intense regime artillery fire hit Qalaat al-Madiq and Kafr Nabudah in the countryside of Hama throughout 29 April 2019; a teacher was killed in Qalaat al-Madiq. Several families fled toward the Turkish border.",
'2019-04-29',[A('SYRMIL',None,'Intense regime artillery fire hit Qalaat al-Madiq and Kafr Nabudah'),
 K('SYRCVL','SYRMIL',1,X,'a teacher was killed in Qalaat al-Madiq'),
 Dp('SYRCVL',None,None,'Several families fled toward the Turkish border',s=False)])
N('2020-07-02','Syria','remote_explosive_ied','Azaz','Aleppo','Azaz',
"A bomb-laden car detonated in the crowded centre of Azaz on Tuesday, north of Aleppo. The Turkish Defence Ministry blamed the YPG for the blast which it said killed eight civilians",
'@Tuesday',[A(None,'SYRCVL','A bomb-laden car detonated in the crowded centre of Azaz',note='blamed, not claimed: actor null'),
 K('SYRCVL',None,8,X,'killed eight civilians',by='TURGOV')],wire=True)
N('2019-08-07','Syria','armed_clash','Latakia','Latakia','Al-Haffa',
"On 6 August 2019, HTS fighters clashed with regime forces on the Kabani axis in the Latakia mountains. The regime side lost 7 fighters, while two HTS members were killed.",
'2019-08-06',[A('SYRREB','SYRMIL','HTS fighters clashed with regime forces on the Kabani axis'),
 A('SYRMIL','SYRREB','clashed with regime forces',s=False),
 K('SYRMIL','SYRREB',7,X,'The regime side lost 7 fighters'),K('SYRREB','SYRMIL',2,X,'two HTS members were killed')],gloc='Kabani')
N('2020-11-24','Syria','attack','Homs','Homs','Tadmur',
"IS militants attacked a checkpoint of the NDF in the desert near al-Sukhnah, east of Homs, on 23 November 2020. Eleven NDF members were killed in the attack and the assailants took their weapons.",
'2020-11-23',[A('SYRREB','SYRMIL','IS militants attacked a checkpoint of the NDF'),K('SYRMIL','SYRREB',11,X,'Eleven NDF members were killed')],gloc='al-Sukhnah')
N('2019-02-12','Syria','other_violence','Baghuz','Deir ez-Zor','Abu Kamal',
"More than 3,000 people, mostly women and children, were evacuated from the last IS pocket at Baghuz on 11 February 2019, as the SDF prepared its final assault.",
'2019-02-11',[Dp('SYRCVL',3000,L,'More than 3,000 people, mostly women and children, were evacuated from the last IS pocket')])
N('2020-01-31','Syria','air_drone_strike','Ariha','Idlib','Ariha',
"Airstrikes hit a bakery and a hospital in Ariha on 30 January 2020. At least 10 people were killed, including 3 children, and 30 injured.",
'2020-01-30',[A(None,'SYRCVL','Airstrikes hit a bakery and a hospital in Ariha'),K('SYRCVL',None,10,L,'At least 10 people were killed'),
 K('SYRCVL',None,3,X,'including 3 children',s=False),W('SYRCVL',None,30,L,'and 30 injured',note='at least governs both')])
N('2020-06-02','Syria','attack','Suwayda','As-Sweida','As-Sweida',
"The body of a man from the Druze community was found on the road between Suwayda and Salkhad on 1 June 2020. He had been kidnapped days earlier by a gang demanding ransom.",
'2020-06-01',[K('SYRCVL',None,1,X,'The body of a man from the Druze community was found')])
