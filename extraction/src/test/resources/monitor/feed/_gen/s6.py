from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2019-01-15','Syria','disaster','Atmeh','Idlib','Harim',
"Heavy rain and snow flooded dozens of tents in the Atmeh camps on the Turkish border on 13 and 14 January 2019. A baby girl froze to death in her family's tent, camp managers said, and some 5,000 displaced people had to move",
'2019-01-14',[K('SYRREF',None,1,X,"A baby girl froze to death in her family's tent",d=None,note='day not fixed between 13 and 14 January'),
 Dp('SYRREF',5000,B,'some 5,000 displaced people had to move',d=None)],wire=True)
N('2020-08-24','Syria','disease','al-Hol','Al-Hasakeh','Al-Hasakeh',
"Aid groups report eight children died in al-Hol camp in the first ten days of August, from malnutrition, dehydration and diarrhoea, and warn of a COVID-19 outbreak after 3 health workers tested positive.",
'2020-08-24',[K('SYRREF',None,8,X,'eight children died in al-Hol camp in the first ten days of August',cum=True,note='tally over ten days; camp children coded REF')],gloc='al-Hol')
N('2020-02-25','Syria','accident','Aleppo','Aleppo','Jebel Saman',
"A five-storey residential building collapsed in the Salah al-Din neighbourhood of Aleppo on 24 February 2020; rescuers pulled out 4 bodies and 3 survivors from the rubble. The building had been damaged by earlier shelling.",
'2020-02-24',[K('SYRCVL',None,4,X,'rescuers pulled out 4 bodies'),W('SYRCVL',None,3,X,'3 survivors from the rubble',s=False,note='survivors not stated injured')],gloc='Salah al-Din')
N('2019-07-23','Syria','protest_or_statement','Idlib','Idlib','Idlib',
"The Syrian army announced on 22 July 2019 that it would respond 'with force' to any attack from the Idlib de-escalation zone, a day after a Russian-Turkish meeting on the area. No military activity was recorded.",
'2019-07-22',[T('SYRMIL','SYRREB',"it would respond 'with force' to any attack from the Idlib de-escalation zone",s=False,note='no-event note: generic warning')],noevent=True)
N('2020-09-08','Syria','attack','Busra al-Sham','Daraa','Daraa',
"Unknown gunmen killed a commander of the Russian-backed 8th Brigade and his bodyguard on the road between Busra al-Sham and Maaraba, Daraa, in the evening of 7 September 2020.",
'2020-09-07',[K('SYRMIL',None,2,X,'killed a commander of the Russian-backed 8th Brigade and his bodyguard',note='8th Brigade: state side')])
N('2019-02-27','Syria','shelling_artillery_missile','Khan Shaykhun','Idlib','Maarat al-Numan',
"Regime forces pounded Khan Shaykhun with more than 100 artillery shells on 26 February 2019, killing four members of one family - a man, his wife and their two children - and hurting eleven people. Thousands fled north.",
'2019-02-26',[A('SYRMIL',None,'Regime forces pounded Khan Shaykhun'),K('SYRCVL','SYRMIL',4,X,'killing four members of one family'),
 W('SYRCVL','SYRMIL',11,X,'hurting eleven people'),Dp('SYRCVL',None,None,'Thousands fled north',s=False)])
N('2020-12-07','Syria','remote_explosive_ied','Hama','Hama','Hama',
"Regime soldier killed, two hurt by landmine blast in eastern Hama desert - The soldier died when the vehicle carrying the team struck a mine left by IS near Ithriyah on Sunday, a source said",
'@Sunday',[K('SYRMIL',None,1,X,'The soldier died'),W('SYRMIL',None,2,X,'two hurt by landmine blast',note='only in the headline'),
 E('SYRMIL','VEHICLE',None,None,'the vehicle carrying the team struck a mine',note='singular: no count'),
 K('SYRMIL',None,1,X,'Regime soldier killed',s=False,note='headline restatement')],gloc='Ithriyah',wire=True)
N('2019-06-04','Syria','air_drone_strike','Kafr Nabl','Idlib','Maarat al-Numan',
"Barrel bombs and missiles killed 9 people on Monday in Kafr Nabl and other towns in southern Idlib; first responders also said a volunteer paramedic was hurt.",
'@Monday',[A('SYRMIL',None,'Barrel bombs and missiles',s=False,note='barrel bombs imply regime; actor inferred'),K('SYRCVL',None,9,X,'killed 9 people'),W('SYRCVL',None,1,X,'a volunteer paramedic was hurt')])
N('2020-04-14','Syria','other_violence','al-Hol','Al-Hasakeh','Al-Hasakeh',
"Asayish forces carried out a raid in al-Hol camp on 13 April 2020 and detained 15 women suspected of running an IS religious police; a woman was wounded in the operation.",
'2020-04-13',[O('SYRREB','carried out a raid in al-Hol camp',s=False,note='routine security operation'),W('SYRREF','SYRREB',1,X,'a woman was wounded in the operation')],gloc='al-Hol')
N('2020-03-06','Syria','armed_clash','Saraqib','Idlib','Idlib',
"Russia and Turkey agree Idlib ceasefire after heavy fighting - Fighting continued around Saraqib into Thursday afternoon, with regime and opposition forces shelling each other's lines, before the truce came into force at midnight. At least 15 regime fighters and 9 fighters of the opposition factions were killed on Thursday, the Observatory said",
'@Thursday',[A('SYRMIL','SYRREB',"regime and opposition forces shelling each other's lines"),A('SYRREB','SYRMIL',"opposition forces shelling each other's lines",s=False),
 K('SYRMIL','SYRREB',15,L,'At least 15 regime fighters'),K('SYRREB','SYRMIL',9,L,'9 fighters of the opposition factions were killed',note='at least governs both')],wire=True)
