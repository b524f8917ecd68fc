from lib import *
N('2020-12-14','Syria','shelling_artillery_missile','Ain Issa','Raqqa','Tal Abyad',
 "Clashes between the SDF and Turkish-backed factions flared again on the outskirts of Ain Issa over the weekend. The SNA said it had captured the village of Mu'allaq, while the SDF said it had repelled the assault and killed 18 attackers; Turkish artillery shelled the town itself throughout Sunday",
 [A('SYRREB','SYRREB',"Clashes between the SDF and Turkish-backed factions flared again on the outskirts of Ain Issa",d=NULL,note='same code both sides; weekend'),
  C('SYRREB',"Mu'allaq","it had captured the village of Mu'allaq",cb='SYRREB',d=NULL),
  K('SYRREB','SYRREB',18,'EXACT',"killed 18 attackers",cb='SYRREB',d=NULL),
  A('TURMIL',None,"Turkish artillery shelled the town itself throughout Sunday",d='Sunday')],d='Sunday',wire=True)
N('2020-08-18','Syria','remote_explosive_ied','Deir ez-Zor','Deir ez-Zor','Deir ez-Zor',
 "A Russian major general was killed and two servicemen were wounded on Tuesday when an improvised explosive device went off near their convoy east of Deir ez-Zor, Russia's defence ministry said. The officer was serving as a military adviser",
 [A(None,'RUSMIL',"an improvised explosive device went off near their convoy east of Deir ez-Zor",cb='RUSGOV'),
  K('RUSMIL',None,1,'EXACT',"A Russian major general was killed",cb='RUSGOV'),
  W('RUSMIL',None,2,'EXACT',"two servicemen were wounded",cb='RUSGOV')],d='Tuesday',wire=True)
N('2019-11-25','Syria','accident','Damascus','Damascus','Damascus',
 "Eleven people, including six children, died and four were injured when a fire broke out in a residential building in the Mezzeh 86 area of Damascus on Sunday night; the fire brigade said an electric heater had caused the blaze.",
 [K('SYRCVL',None,11,'EXACT',"Eleven people, including six children, died",cause='accident'),
  K('SYRCVL',None,6,'EXACT',"including six children",cause='accident',s=False),
  W('SYRCVL',None,4,'EXACT',"four were injured",cause='accident')],gl='Mezzeh 86',d='Sunday')
N('2020-01-30','Syria','disaster','Atmeh','Idlib','Harem',
 "Torrential rain and high winds flooded dozens of tents in the camps near Atmeh on the Turkish border on Tuesday and Wednesday; a displaced child drowned when a stream burst its banks and some 1,200 families had to move, the Response Coordination Group said.",
 [K('SYRREF',None,1,'EXACT',"a displaced child drowned",cause='disaster',d=NULL,note='Tuesday or Wednesday: no single day'),
  D('SYRREF',1200,'ABOUT',"some 1,200 families had to move",d=NULL,note='counted in families')],d='Wednesday')
N('2021-06-11','Syria','shelling_artillery_missile','Afrin','Aleppo','Afrin',
 "Rocket fire from areas held by the SDF and regime forces hit al-Shifa hospital in Afrin on Saturday, the Turkish governor of Hatay said, killing at least 13 people, among them medical staff, and wounding 27; the hospital's emergency section and delivery room were destroyed",
 [A(None,None,"Rocket fire from areas held by the SDF and regime forces hit al-Shifa hospital in Afrin",cb='TURGOV',note='fired from areas held by two parties: no actor'),
  K('SYRCVL',None,13,'AT_LEAST',"killing at least 13 people",cb='TURGOV'),
  K('SYRCVL',None,None,None,"among them medical staff",cb='TURGOV',s=False),
  W('SYRCVL',None,27,'EXACT',"wounding 27",cb='TURGOV')],d='2021-06-12',wire=True)
N('2020-04-16','Syria','air_drone_strike','Jdeidat Yabous','Rif Dimashq','Al-Zabadani',
 "An Israeli drone struck a car carrying members of Hezbollah on the Damascus-Beirut highway near Jdeidat Yabous on Wednesday; the passengers got out of the vehicle moments before a second missile destroyed it, and nobody was hurt, according to pro-regime media.",
 [A('ISRMIL','LBNREB',"An Israeli drone struck a car carrying members of Hezbollah on the Damascus-Beirut highway near Jdeidat Yabous"),
  E('LBNREB','VEHICLE',None,None,"a second missile destroyed it",a='ISRMIL')],gl='Jdeidat Yabous',d='Wednesday')
N('2019-12-05','Syria','nonstate_takes_territory','Abu Jurayf','Idlib','Maarat al-Numan',
 "HTS and the National Front for Liberation launched a surprise attack on Sunday on regime positions east of Maarat al-Numan and took control of the villages of Abu Jurayf, al-Sirr and Msheirfeh after clashes that left 22 regime soldiers and 14 fighters dead, activists said; the regime retook Msheirfeh on Tuesday after a heavy bombardment",
 [A('SYRREB','SYRMIL',"launched a surprise attack on Sunday on regime positions east of Maarat al-Numan",d='Sunday'),
  C('SYRREB','Abu Jurayf',"took control of the villages of Abu Jurayf, al-Sirr and Msheirfeh",d='Sunday'),
  C('SYRREB','al-Sirr',"took control of the villages of Abu Jurayf, al-Sirr and Msheirfeh",d='Sunday'),
  C('SYRREB','Msheirfeh',"took control of the villages of Abu Jurayf, al-Sirr and Msheirfeh",d='Sunday'),
  K('SYRMIL','SYRREB',22,'EXACT',"left 22 regime soldiers and 14 fighters dead",d='Sunday'),
  K('SYRREB','SYRMIL',14,'EXACT',"left 22 regime soldiers and 14 fighters dead",d='Sunday'),
  C('SYRMIL','Msheirfeh',"the regime retook Msheirfeh on Tuesday",d='Tuesday')],d='Sunday',wire=True)
N('2022-07-12','Syria','attack','Tal Shihab','Daraa','Daraa',
 "A young man from Tal Shihab was shot dead by a regime sniper near the Jordanian border fence on Monday while he was grazing sheep, local activists said. It is the second such killing in the western Daraa countryside this month.",
 [K('SYRCVL','SYRMIL',1,'EXACT',"A young man from Tal Shihab was shot dead by a regime sniper"),
  K('SYRCVL',None,2,'EXACT',"It is the second such killing in the western Daraa countryside this month",cum=True,s=False,loc=None,d='2022-07-12',note='monthly tally incl. this one')],d='Monday')
N('2023-02-09','Syria','disaster','Jindires','Aleppo','Afrin',
 "Rescuers in Jindires, one of the worst-hit towns in the northwest, were still pulling survivors from collapsed buildings on Wednesday, two days after the earthquake. The White Helmets said the toll in opposition-held areas had passed 1,900 dead and 2,950 injured",
 [K('SYRCVL',None,1900,'AT_LEAST',"the toll in opposition-held areas had passed 1,900 dead",cause='disaster',loc=None,d='2023-02-06',note='one quake, updated toll: not cumulative; dated to the quake'),
  W('SYRCVL',None,2950,'EXACT',"2,950 injured",cause='disaster',loc=None,d='2023-02-06')],d='2023-02-06',wire=True)
