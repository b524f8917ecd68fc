from lib import *
N('2019-05-07','2019-05-06','Syria','shelling_artillery_missile','Kafr Nabudah','Hama','Al-Suqaylabiyah',
 "On 6 May 2019, regime forces shelled Kafr Nabudah town in the northwestern countryside of Hama, killing a woman and wounding her two daughters.",
 A('SYRMIL',"regime forces shelled Kafr Nabudah town"), K('SYRCVL',1,None,"killing a woman",actor='SYRMIL'), W('SYRCVL',2,None,"wounding her two daughters",actor='SYRMIL'))
N('2019-07-15','2019-07-14','Syria','air_drone_strike','Maarat al-Numan','Idlib','Maarat al-Numan',
 "On 14 July 2019, Russian warplanes carried out several air strikes on the vegetable market in Maarat al-Numan city (Maarat al-Numan district, Idlib). 11 civilians were killed, among them three children, and at least 20 others were injured. Several shops were destroyed.",
 A('RUSMIL',"Russian warplanes carried out several air strikes on the vegetable market"), K('SYRCVL',11,None,"11 civilians were killed",actor='RUSMIL'),
 K('SYRCVL',3,None,"among them three children",scored=False,note='sub-count of the 11'), W('SYRCVL',20,'AT_LEAST',"at least 20 others were injured",actor='RUSMIL'))
N('2019-09-02','2019-09-01','Syria','attack','Theban','Deir ez-Zor','Mayadin',
 "On 1 September 2019, unidentified gunmen shot dead a member of the SDF-affiliated Deir ez-Zor Military Council near the water station in Theban town in the eastern countryside of Deir ez-Zor, and fled the scene.",
 K('SYRREB',1,None,"unidentified gunmen shot dead a member of the SDF-affiliated Deir ez-Zor Military Council"))
N('2020-03-11','2020-03-10','Syria','remote_explosive_ied','Tafas','Daraa','Daraa',
 "On 10 March 2020, an IED planted by unknown persons detonated on a vehicle carrying members of the regime's Air Force Intelligence on the road between Tafas and Muzayrib in the western countryside of Daraa. Two members were killed and a third sustained serious injuries.",
 A(None,"an IED planted by unknown persons detonated on a vehicle"), Q('SYRMIL','VEHICLE',"detonated on a vehicle carrying members of the regime's Air Force Intelligence"),
 K('SYRMIL',2,None,"Two members were killed"), W('SYRMIL',1,None,"a third sustained serious injuries"))
N('2019-06-01','2019-05-31','Syria','armed_clash','Kabani','Latakia','Al-Haffa',
 "On 31 May 2019, clashes erupted between regime forces and HTS on the Kabani axis in the Kurd mountains of the northern countryside of Latakia, after HTS fighters attacked regime positions near Kabani hill. HTS said it killed 9 regime soldiers, while 4 of its fighters were also killed.",
 A('SYRREB',"HTS fighters attacked regime positions near Kabani hill"), A('SYRMIL',"clashes erupted between regime forces and HTS",scored=False,note='other side of the clash'),
 K('SYRMIL',9,None,"HTS said it killed 9 regime soldiers",actor='SYRREB',by='SYRREB'), K('SYRREB',4,None,"4 of its fighters were also killed"))
N('2020-02-28','2020-02-28','Syria','air_drone_strike','Saraqeb','Idlib','Idlib',
 "Turkish drones pound Syrian army positions south of Idlib - Turkish drones struck Syrian government positions and convoys around Saraqeb and Kafranbel on Friday, a war monitor said, killing at least 19 soldiers and destroying several …",
 A('TURMIL',"Turkish drones struck Syrian government positions and convoys around Saraqeb"), K('SYRMIL',19,'AT_LEAST',"killing at least 19 soldiers",actor='TURMIL'),
 Q('SYRMIL','OTHER',"destroying several …",scored=False,note='object cut off in the snippet'), wire=True)
N('2019-11-19','2019-11-18','Syria','attack','Tal Shihab','Daraa','Daraa',
 "On 18 November 2019, gunmen riding a motorcycle assassinated the mukhtar of Tal Shihab village in the western countryside of Daraa in front of his house. The mukhtar was known to be close to the regime's Military Security.",
 K('SYRCVL',1,None,"assassinated the mukhtar of Tal Shihab village",note='mukhtar coded CVL'))
N('2019-12-25','2019-12-24','Syria','air_drone_strike','Jobas','Idlib','Idlib',
 "On 24 December 2019, a regime air strike hit the vicinity of a school sheltering displaced families in Jobas village near Saraqeb (Idlib district), killing eight civilians, five of them children, and injuring 12 others. Most of the families had fled the Maarat al-Numan countryside days earlier.",
 A('SYRMIL',"a regime air strike hit the vicinity of a school"), K('SYRREF',8,None,"killing eight civilians",actor='SYRMIL',note='victims sheltering as displaced families; REF'),
 K('SYRREF',5,None,"five of them children",scored=False,note='sub-count'), W('SYRREF',12,None,"injuring 12 others",actor='SYRMIL'),
 D('SYRCVL',None,None,"Most of the families had fled the Maarat al-Numan countryside days earlier",loc='Maarat al-Numan',date=None,scored=False,note='background displacement, vague'))
N('2019-08-22','2019-08-21','Syria','gov_regains_territory','Khan Shaykhun','Idlib','Maarat al-Numan',
 "On 21 August 2019, regime forces and allied militias backed by Russian air cover took full control of Khan Shaykhun city in the southern countryside of Idlib, after HTS and NLF fighters withdrew overnight. Regime forces also entered Latamneh, Kafr Zita and Morek in the northern countryside of Hama, encircling a Turkish observation post in Morek.",
 C('SYRMIL',"took full control of Khan Shaykhun city",'Khan Shaykhun'), C('SYRMIL',"Regime forces also entered Latamneh, Kafr Zita and Morek",'Latamneh'),
 C('SYRMIL',"Regime forces also entered Latamneh, Kafr Zita and Morek",'Kafr Zita'), C('SYRMIL',"Regime forces also entered Latamneh, Kafr Zita and Morek",'Morek'))
N('2020-05-04','2020-05-03','Syria','other_violence','Ghabagheb','Daraa','As-Sanamayn',
 "The body of a young man from Ghabagheb town in the northern countryside of Daraa was found on 3 May 2020, bearing signs of torture and gunshot wounds, two days after he was abducted by unknown persons on the Damascus-Daraa highway.",
 K('SYRCVL',1,None,"The body of a young man from Ghabagheb town"))
N('2019-10-14','2019-10-13','Syria','nonstate_takes_territory','Tal Abyad','Raqqa','Tell Abiad',
 "On 13 October 2019, Turkish forces and SNA factions took control of Tal Abyad city and a number of villages in its countryside after the withdrawal of SDF fighters, as part of the Turkish operation 'Peace Spring'. Thousands of residents fled towards Ain Issa and Raqqa.",
 C('TURMIL',"Turkish forces and SNA factions took control of Tal Abyad city",'Tal Abyad'),
 C('TURMIL',"a number of villages in its countryside",loc=None,scored=False,note='unnamed villages'),
 D('SYRCVL',None,None,"Thousands of residents fled towards Ain Issa and Raqqa",loc='Tal Abyad'))
N('2020-02-01','2020-01-30','Syria','armed_clash','Hamidiyah','Hama','Al-Suqaylabiyah',
 "An exchange of fire took place on 30 January 2020 between NDF members and fighters of Jaish al-Izza near Hamidiyah in the western countryside of Hama. A member of the NDF was killed and two others were wounded, one of whom succumbed to his wounds the following day.",
 A('SYRMIL',"An exchange of fire took place on 30 January 2020 between NDF members and fighters of Jaish al-Izza"), A('SYRREB',"An exchange of fire took place on 30 January 2020 between NDF members and fighters of Jaish al-Izza",scored=False,note='other side'),
 K('SYRMIL',2,None,"A member of the NDF was killed and two others were wounded, one of whom succumbed to his wounds the following day",note='one line per code per incident: 1 killed + 1 died of wounds next day; dated to the clash'),
 W('SYRMIL',2,None,"two others were wounded"))
N('2020-06-08','2020-06-07','Syria','attack','Sukhnah','Homs','Tadmor',
 "On 7 June 2020, an IS cell ambushed a bus carrying regime soldiers on the Sukhnah-Deir ez-Zor road in the eastern Homs desert. Eight soldiers were killed in the ambush, among them a lieutenant, and several others were wounded.",
 A('SYRREB',"an IS cell ambushed a bus carrying regime soldiers"), K('SYRMIL',8,None,"Eight soldiers were killed in the ambush",actor='SYRREB'),
 K('SYRMIL',1,None,"among them a lieutenant",scored=False,note='sub-count'), W('SYRMIL',None,None,"several others were wounded",actor='SYRREB'))
N('2019-04-22','2019-04-21','Syria','attack','Kasra','Deir ez-Zor','Deir ez-Zor',
 "Late on 21 April 2019, suspected IS militants stormed an SDF checkpoint in Kasra (Deir ez-Zor countryside), killing between five and seven SDF fighters, according to differing local accounts. The attackers withdrew towards the desert.",
 A('SYRREB',"suspected IS militants stormed an SDF checkpoint"), K('SYRREB',5,'AT_LEAST',"killing between five and seven SDF fighters",actor='SYRREB',note='range: lower bound AT_LEAST'))
N('2020-02-05','2020-02-05','Syria','gov_regains_territory','Saraqeb','Idlib','Idlib',
 "Syrian troops enter strategic Saraqeb as rebels pull out - Syrian government forces entered the town of Saraqeb on Wednesday, state media said, after rebels and jihadists withdrew under heavy Russian bombardment that has sent tens of thousands fleeing north",
 C('SYRMIL',"Syrian government forces entered the town of Saraqeb on Wednesday",'Saraqeb',by='SYRGOV'), C('SYRMIL',"Syrian troops enter strategic Saraqeb",'Saraqeb',scored=False,note='headline restatement'),
 A('RUSMIL',"heavy Russian bombardment",scored=False,note='background, no day'),
 D('SYRCVL',None,None,"sent tens of thousands fleeing north",date=None,scored=False,cum=True,note='vague running displacement'), wire=True)
N('2019-07-03','2019-07-02','Syria','remote_explosive_ied','Afrin','Aleppo','Afrin',
 "On 2 July 2019, a car bomb exploded near the Kawa roundabout in Afrin city (Afrin district, Aleppo), killing 13 people, among them five fighters of the Turkish-backed factions, and wounding about 30. No group claimed responsibility.",
 A(None,"a car bomb exploded near the Kawa roundabout"), K('SYRCVL',13,None,"killing 13 people",note='mixed toll of people coded CVL'),
 K('SYRREB',5,None,"among them five fighters of the Turkish-backed factions",scored=False,note='sub-count of the 13'),
 W('SYRCVL',30,'ABOUT',"wounding about 30"))
N('2020-03-02','2020-03-01','Syria','air_drone_strike','Maarat Misrin','Idlib','Idlib',
 "On 1 March 2020, Turkish drones and artillery targeted regime positions and Iranian-backed militias in the countryside of Idlib and Aleppo, as part of operation Spring Shield. In Maarat Misrin area, a drone strike destroyed two tanks and a BMP. The Syrian regime said it shot down two Turkish drones.",
 A('TURMIL',"Turkish drones and artillery targeted regime positions and Iranian-backed militias"), Q('SYRMIL','TANK',"a drone strike destroyed two tanks and a BMP",c=2), Q('SYRMIL','APC',"a drone strike destroyed two tanks and a BMP"),
 Q('TURMIL','AIRCRAFT',"it shot down two Turkish drones",c=2,by='SYRGOV'), O('TURMIL',"as part of operation Spring Shield",loc=None,scored=False,note='ongoing operation'))
N('2019-03-18','2019-03-17','Syria','remote_explosive_ied','Manbij','Aleppo','Manbij',
 "On 17 March 2019, a landmine left over from IS went off in a farm near Manbij city, killing a shepherd boy and injuring his cousin.",
 K('SYRCVL',1,None,"killing a shepherd boy"), W('SYRCVL',1,None,"injuring his cousin"))
N('2019-12-03','2019-12-02','Syria','shelling_artillery_missile','Tal Rifaat','Aleppo','Azaz',
 "On 2 December 2019, Turkish-backed factions shelled Tal Rifaat town in the northern countryside of Aleppo, killing eight civilians including children, and wounding 11 others. The Kurdish YPG responded by shelling positions near Marea.",
 A('SYRREB',"Turkish-backed factions shelled Tal Rifaat town"), K('SYRCVL',8,None,"killing eight civilians including children",actor='SYRREB'), W('SYRCVL',11,None,"wounding 11 others",actor='SYRREB'),
 A('SYRREB',"shelling positions near Marea",loc='Marea'))
N('2020-07-21','2020-07-20','Syria','attack','Busra al-Harir','Daraa','Izra',
 "Unknown persons opened fire on a car carrying a former opposition commander, now a member of the Russian-backed 8th Brigade, between Busra al-Harir and Nahita in the eastern countryside of Daraa on 20 July 2020, killing him and his driver.",
 A(None,"Unknown persons opened fire on a car carrying a former opposition commander"), K('SYRMIL',2,None,"killing him and his driver",note='8th Brigade commander and his driver, one code, summed; driver assumed a member'))
N('2019-10-10','2019-10-10','Syria','shelling_artillery_missile','Ras al-Ain','Hasakah','Ras al-Ain',
 "UN says 70,000 displaced by Turkish offensive in northeast Syria - At least 70,000 people have fled their homes around Ras al-Ain and Tal Abyad since Turkey launched its offensive, the UN said on Thursday, as Turkish jets and artillery kept up their bombardment",
 D('SYRCVL',70000,'AT_LEAST',"At least 70,000 people have fled their homes around Ras al-Ain and Tal Abyad",cum=True,by='IGOUNO'),
 O('TURMIL',"since Turkey launched its offensive",date='2019-10-09',scored=False,note='background launch'), A('TURMIL',"Turkish jets and artillery kept up their bombardment",loc=None), wire=True)
N('2020-04-13','2020-04-12','Syria','attack','Nawa','Daraa','Izra',
 "Gunmen attacked a checkpoint of the regime's 4th Division at the western entrance of Nawa city late on Sunday, killing two soldiers. The 4th Division later raided houses in the city and arrested several young men.",
 A(None,"Gunmen attacked a checkpoint of the regime's 4th Division"), K('SYRMIL',2,None,"killing two soldiers"))
N('2020-08-19','2020-08-18','Syria','remote_explosive_ied','Ain Issa','Raqqa','Tell Abiad',
 "On 18 August 2020, an explosive device went off under a military vehicle of the Russian forces on the M4 highway near Ain Issa. A Russian general was killed and two soldiers were injured, according to the Russian Defence Ministry.",
 A(None,"an explosive device went off under a military vehicle of the Russian forces"), Q('RUSMIL','VEHICLE',"went off under a military vehicle of the Russian forces"),
 K('RUSMIL',1,None,"A Russian general was killed",by='RUSGOV'), W('RUSMIL',2,None,"two soldiers were injured",by='RUSGOV'))
N('2019-06-14','2019-06-13','Syria','armed_clash','Tal Maleh','Hama','Muhradah',
 "On 13 June 2019, fierce clashes took place between regime forces and the NLF in Tal Maleh and al-Jabin in the northern countryside of Hama. Around 20 fighters from both sides were killed. The NLF said it destroyed a regime tank with an ATGM.",
 A('SYRMIL',"fierce clashes took place between regime forces and the NLF"), A('SYRREB',"fierce clashes took place between regime forces and the NLF",scored=False,note='other side'),
 K('SYRMIL',None,None,"Around 20 fighters from both sides were killed",scored=False,note='mixed toll of both sides, 20 ABOUT, not attributable to one code'),
 Q('SYRMIL','TANK',"destroyed a regime tank with an ATGM",by='SYRREB'))
N('2020-11-11','2020-11-10','Syria','attack','Qalaat al-Madiq','Hama','Al-Suqaylabiyah',
 "On 10 November 2020, an HTS sniper shot dead a regime soldier on the frontline near Qalaat al-Madiq in the western countryside of Hama.",
 K('SYRMIL',1,None,"an HTS sniper shot dead a regime soldier",actor='SYRREB'))
N('2019-01-21','2019-01-20','Syria','remote_explosive_ied','Damascus','Damascus','Damascus',
 "On 20 January 2019, an explosion hit the southern highway near al-Mutahaliq al-Janoubi in Damascus, close to a security checkpoint. State media said the blast was caused by an explosive device and that no one was hurt.",
 A(None,"an explosion hit the southern highway near al-Mutahaliq al-Janoubi",loc='al-Mutahaliq al-Janoubi',note='no casualties: ATTACK only'))
N('2020-02-17','2020-02-16','Syria','gov_regains_territory','Kafr Halab','Aleppo','Atareb',
 "On 16 February 2020, regime forces backed by Russian air strikes advanced in the western countryside of Aleppo and captured Kafr Halab, Mizanaz and Kafr Naha, as well as the 46th Regiment base. Dozens of fighters were killed on both sides.",
 C('SYRMIL',"captured Kafr Halab, Mizanaz and Kafr Naha",'Kafr Halab'), C('SYRMIL',"captured Kafr Halab, Mizanaz and Kafr Naha",'Mizanaz'), C('SYRMIL',"captured Kafr Halab, Mizanaz and Kafr Naha",'Kafr Naha'),
 C('SYRMIL',"as well as the 46th Regiment base",loc='46th Regiment',note='a base, not a town'), A('RUSMIL',"backed by Russian air strikes",loc=None,scored=False),
 K('SYRMIL',None,None,"Dozens of fighters were killed on both sides",scored=False,note='vague, both sides'))
N('2019-02-11','2019-02-10','Syria','remote_explosive_ied','Idlib','Idlib','Idlib',
 "Two explosions struck Idlib city on 10 February 2019: a car bomb followed by a second IED near the same spot in al-Qusour neighbourhood. At least 16 people were killed and dozens wounded. Local sources said the second blast targeted rescuers.",
 A(None,"a car bomb followed by a second IED",loc='al-Qusour'), K('SYRCVL',16,'AT_LEAST',"At least 16 people were killed",loc='al-Qusour'), W('SYRCVL',None,None,"dozens wounded",loc='al-Qusour'))
N('2020-10-27','2020-10-26','Syria','air_drone_strike','Kafr Takharim','Idlib','Harim',
 "On 26 October 2020, Russian warplanes struck a training camp of Faylaq al-Sham near Kafr Takharim (Harim district, Idlib). More than 50 fighters were killed and over 90 were wounded in the strike, one of the deadliest since the March ceasefire.",
 A('RUSMIL',"Russian warplanes struck a training camp of Faylaq al-Sham"), K('SYRREB',50,'AT_LEAST',"More than 50 fighters were killed",actor='RUSMIL'), W('SYRREB',90,'AT_LEAST',"over 90 were wounded",actor='RUSMIL'))
N('2019-09-23','2019-09-22','Syria','attack','Jaramana','Damascus countryside','Markaz Rif Dimashq',
 "On 22 September 2019, a man was stabbed to death by a relative of a NDF commander in Jaramana city (Damascus countryside) during a dispute over a shop.",
 K('SYRCVL',1,None,"a man was stabbed to death"))
N('2020-06-25','2020-06-24','Syria','air_drone_strike','Idlib','Idlib','Idlib',
 "A drone strike by the US-led coalition targeted a car carrying two commanders of Hurras al-Din in the western countryside of Idlib on 24 June 2020, killing both men. Their car was destroyed.",
 A('USAMIL',"A drone strike by the US-led coalition targeted a car"), K('SYRREB',2,None,"killing both men",actor='USAMIL'))
