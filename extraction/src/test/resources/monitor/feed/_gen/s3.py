from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2019-05-09','Syria','gov_regains_territory','Kafr Nabudah','Hama','Al-Suqaylabiyah',
"On 8 May 2019, regime forces and allied militias advanced in the northwestern countryside of Hama, capturing Kafr Nabudah and Tell Othman after days of bombardment. Opposition sources said 12 of their fighters were killed defending the area.",
'2019-05-08',[C('SYRMIL','capturing Kafr Nabudah'),C('SYRMIL','capturing Kafr Nabudah and Tell Othman',loc='Tell Othman'),
 K('SYRREB','SYRMIL',12,X,'12 of their fighters were killed defending the area')])
N('2020-12-31','Syria','attack','al-Shula','Deir ez-Zor','Deir ez-Zor',
"ISIS ambush on bus kills 25 soldiers in eastern Syria - Islamic State militants ambushed a bus carrying soldiers near al-Shula in Deir ez-Zor province on Wednesday, killing 25 people and injuring 13, state news agency SANA said…",
'@Wednesday',[A('SYRREB','SYRMIL','Islamic State militants ambushed a bus carrying soldiers near al-Shula'),
 K('SYRMIL','SYRREB',25,X,'killing 25 people',by='SYRGOV',note='people on a bus carrying soldiers: coded MIL'),
 W('SYRMIL','SYRREB',13,X,'injuring 13',by='SYRGOV'),
 K('SYRMIL','SYRREB',25,X,'ISIS ambush on bus kills 25 soldiers',s=False,by='SYRGOV',note='headline restatement')],gloc='al-Shula',wire=True)
N('2020-08-18','Syria','attack','Dhiban','Deir ez-Zor','Deir ez-Zor',
"A prominent sheikh of the Uqaydat tribe succumbed on 17 August 2020 to wounds he sustained when gunmen fired at his car near Dhiban two weeks earlier.",
'2020-08-17',[K('SYRCVL',None,1,X,'A prominent sheikh of the Uqaydat tribe succumbed on 17 August 2020 to wounds')])
N('2019-12-20','Syria','air_drone_strike','Jarjanaz','Idlib','Maarat al-Numan',
"A barrage of air strikes on Jarjanaz and Tell Mannas, east of Maarat al-Numan, killed at least eight civilians on Thursday, among them four members of one family, rescuers said",
'@Thursday',[A(None,'SYRCVL','A barrage of air strikes on Jarjanaz and Tell Mannas'),K('SYRCVL',None,8,L,'killed at least eight civilians'),
 K('SYRCVL',None,4,X,'four members of one family',s=False)],wire=True)
N('2020-04-21','Syria','armed_clash','Mhambel','Idlib','Ariha',
"Regime forces and opposition fighters exchanged heavy machine-gun fire on the front line near Mhambel in the Jisr al-Shughur countryside on 20 April 2020, in a breach of the Moscow ceasefire. Fatalities: 0.",
'2020-04-20',[A('SYRMIL','SYRREB','Regime forces and opposition fighters exchanged heavy machine-gun fire')])
N('2019-10-23','Syria','armed_clash','Tal Tamr','Al-Hasakeh','Al-Hasakeh',
"Clashes erupted between SDF fighters and Turkish-backed factions on the outskirts of Tal Tamr on 22 October 2019. 6 SNA fighters died; SDF losses were not known.",
'2019-10-22',[A('SYRREB','SYRREB','Clashes erupted between SDF fighters and Turkish-backed factions'),K('SYRREB',None,6,X,'6 SNA fighters died')])
N('2020-02-11','Syria','gov_regains_territory','al-Eis','Aleppo','Jebel Saman',
"Regime forces took control of al-Eis hill and the adjacent village in the southern countryside of Aleppo on 9 February 2020, and pushed on toward the M5 highway. Two Russian soldiers were reported killed in the area.",
'2020-02-09',[C('SYRMIL','Regime forces took control of al-Eis hill',loc='al-Eis'),K('RUSMIL',None,2,X,'Two Russian soldiers were reported killed',d=None,loc=None,s=False,note='vague place and time')])
N('2019-07-15','Syria','remote_explosive_ied','Ain Issa','Ar-Raqqa','Tell Abiad',
"An IED struck a patrol of the Internal Security Forces (Asayish) on the road between Ain Issa and Tal Abyad on 14 July 2019. One member was killed and another wounded.",
'2019-07-14',[A(None,'SYRREB','An IED struck a patrol of the Internal Security Forces'),K('SYRREB',None,1,X,'One member was killed'),W('SYRREB',None,1,X,'another wounded'),
 E('SYRREB','VEHICLE',None,None,'An IED struck a patrol',s=False,note='vehicle not stated')])
N('2020-03-17','Syria','abduction','Jasim','Daraa','Izra',
"Gunmen abducted 2 brothers from Jasim town on 16 March 2020 and released them the next day after their family paid a ransom.",
'2020-03-16',[],noevent=True)
N('2019-09-25','Syria','shelling_artillery_missile','Tell Rifaat','Aleppo','Azaz',
"Turkish artillery shelled the villages of Maranaz and Ain Daqna near Tell Rifaat, held by the SDF, on 24 September 2019, wounding 3 civilians.",
'2019-09-24',[A('TURMIL','SYRREB','Turkish artillery shelled the villages of Maranaz and Ain Daqna',loc='Maranaz'),W('SYRCVL','TURMIL',3,X,'wounding 3 civilians',loc='Maranaz')])
N('2020-10-06','Syria','remote_explosive_ied','al-Bab','Aleppo','Al-Bab',
"At least 18 people killed as truck bomb rips through al-Bab market - A truck bomb exploded at a busy taxi rank in the northern Syrian town of al-Bab on Tuesday, killing at least 18 people, among them 5 children, and wounding over 75, the civil defence said",
'@Tuesday',[A(None,'SYRCVL','A truck bomb exploded at a busy taxi rank'),K('SYRCVL',None,18,L,'killing at least 18 people'),
 K('SYRCVL',None,5,X,'among them 5 children',s=False),W('SYRCVL',None,75,L,'wounding over 75'),
 K('SYRCVL',None,18,L,'At least 18 people killed as truck bomb',s=False,note='headline restatement')],gloc='al-Bab',wire=True)
N('2019-11-21','Syria','shelling_artillery_missile','Qah','Idlib','Harim',
"A surface-to-surface missile carrying cluster munitions hit the Qah camp for displaced people near the Turkish border on the evening of 20 November 2019. Sixteen displaced persons died, among them a pregnant woman, and some 50 others were hurt. The opposition blamed regime forces.",
'2019-11-20',[A(None,'SYRREF','A surface-to-surface missile carrying cluster munitions hit the Qah camp'),
 K('SYRREF',None,16,X,'Sixteen displaced persons died'),K('SYRREF',None,1,X,'among them a pregnant woman',s=False),
 W('SYRREF',None,50,B,'some 50 others were hurt')])
N('2020-09-03','Syria','air_drone_strike','Dayr Ali','Rural Damascus','Al-Kiswah',
"Israeli missiles targeted positions of the Iranian Revolutionary Guard and Hezbollah near al-Kiswah and Dayr Ali south of Damascus overnight, the Syrian army said on 3 September 2020, adding that air defences intercepted most of them. The monitor said 2 Syrian soldiers and 3 Iranian-backed fighters were killed.",
'2020-09-03',[A('ISRMIL','IRNMIL','Israeli missiles targeted positions of the Iranian Revolutionary Guard and Hezbollah',loc='al-Kiswah',note='overnight, as said on 3 September'),
 K('SYRMIL','ISRMIL',2,X,'2 Syrian soldiers',loc='al-Kiswah'),K('IRNMIL','ISRMIL',3,X,'3 Iranian-backed fighters were killed',loc='al-Kiswah',note='Iranian-backed near Damascus: IRN; SYRMIL defensible')],gloc='al-Kiswah')
N('2019-06-17','Syria','armed_clash','Tal Meleh','Hama','Muhradah',
"Tal Meleh and al-Jabin: the regime's Tiger Forces pushed back an opposition assault on 16 June 2019 after hours of fighting. Pro-opposition sources said 22 regime fighters were killed; the regime side said it killed 'dozens of terrorists'.",
'2019-06-16',[A('SYRREB','SYRMIL','an opposition assault'),A('SYRMIL','SYRREB','pushed back an opposition assault',s=False),
 K('SYRMIL','SYRREB',22,X,'22 regime fighters were killed'),K('SYRREB','SYRMIL',None,None,"it killed 'dozens of terrorists'",s=False,by='SYRGOV',note='vague')])
N('2020-05-27','Syria','attack','al-Hol','Al-Hasakeh','Al-Hasakeh',
"On 26 May 2020, a member of the camp's security (Asayish) was shot in the head by an unknown assailant inside al-Hol camp. He died on his way to hospital.",
'2020-05-26',[A(None,'SYRREB','was shot in the head by an unknown assailant',s=False),K('SYRREB',None,1,X,"a member of the camp's security (Asayish) was shot in the head")],gloc='al-Hol')
N('2020-01-13','Syria','shelling_artillery_missile','Aleppo','Aleppo','Jebel Saman',
"Shells fired by opposition groups fell on the al-Hamdaniyah and New Aleppo neighbourhoods of Aleppo city on 12 January 2020. A child was killed and 6 people wounded, SANA said.",
'2020-01-12',[A('SYRREB','SYRCVL','Shells fired by opposition groups fell on the al-Hamdaniyah and New Aleppo neighbourhoods'),
 K('SYRCVL','SYRREB',1,X,'A child was killed',by='SYRGOV'),W('SYRCVL','SYRREB',6,X,'6 people wounded',by='SYRGOV')],gloc='al-Hamdaniyah')
N('2019-03-04','Syria','remote_explosive_ied','Manbij','Aleppo','Menbij',
"An explosive device went off as an SDF patrol drove past the al-Sinaa roundabout in Manbij on 3 March 2019. A civilian passer-by was wounded. Fatalities: 0.",
'2019-03-03',[A(None,'SYRREB','An explosive device went off as an SDF patrol drove past'),W('SYRCVL',None,1,X,'A civilian passer-by was wounded')])
N('2020-11-10','Syria','attack','Umm Batinah','Quneitra','Quneitra',
"On 9 November 2020, unknown gunmen killed a member of the regime's Military Security and his cousin near Umm Batinah village in the central countryside of Quneitra.",
'2020-11-09',[K('SYRMIL',None,1,X,"killed a member of the regime's Military Security"),K('SYRCVL',None,1,X,'his cousin',note='relative read as civilian')])
N('2019-10-10','Syria','other_violence','Ras al-Ain','Al-Hasakeh','Ras al-Ain',
"Turkish army and Syrian allies launch offensive east of Euphrates - Turkey began its military operation in northeast Syria on Wednesday with air strikes and artillery fire hitting Ras al-Ain and Tal Abyad, and tens of thousands of people fled, the SDF said…",
'@Wednesday',[O('TURMIL','Turkey began its military operation in northeast Syria'),O('TURMIL','Turkish army and Syrian allies launch offensive',s=False,loc=None,note='headline restatement'),
 A('TURMIL',None,'air strikes and artillery fire hitting Ras al-Ain and Tal Abyad'),Dp('SYRCVL',None,None,'tens of thousands of people fled',s=False)],gloc='Ras al-Ain',wire=True)
N('2020-06-25','Syria','armed_clash','Tal Tamr','Al-Hasakeh','Al-Hasakeh',
"SNA factions attacked SDF positions near the village of Dardara, northwest of Tal Tamr, on the night of 24 June 2020, under cover of Turkish drones. The SDF repelled the attack and said it had killed 9 assailants, with 2 of its own fighters killed.",
'2020-06-24',[A('SYRREB','SYRREB','SNA factions attacked SDF positions near the village of Dardara'),A('TURMIL','SYRREB','under cover of Turkish drones',s=False),
 K('SYRREB','SYRREB',11,X,'had killed 9 assailants, with 2 of its own fighters killed',by='SYRREB',note='9 SNA + 2 SDF, one code')],gloc='Dardara')
N('2019-08-29','Syria','air_drone_strike','Maarat al-Numan','Idlib','Maarat al-Numan',
"Russian and regime aircraft carried out more than 60 raids on the southern Idlib countryside on 28 August 2019, mostly around Maarat al-Numan and Kafr Sijnah. Five civilians were killed, a medical source said.",
'2019-08-28',[A('RUSMIL',None,'Russian and regime aircraft carried out more than 60 raids'),A('SYRMIL',None,'regime aircraft carried out more than 60 raids'),
 K('SYRCVL',None,5,X,'Five civilians were killed')])
