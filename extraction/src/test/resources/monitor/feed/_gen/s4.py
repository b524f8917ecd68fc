from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2020-02-17','Syria','gov_regains_territory','Aleppo','Aleppo','Jebel Saman',
"Syrian state media said the army had taken full control of dozens of villages west of Aleppo on Sunday, including Kafr Hamra and Huraytan, pushing insurgents out of the city's western outskirts for the first time since 2012",
'@Sunday',[C('SYRMIL','had taken full control of dozens of villages west of Aleppo',by='SYRGOV',s=False,note='vague amount; named places below'),
 C('SYRMIL','including Kafr Hamra',by='SYRGOV',loc='Kafr Hamra'),C('SYRMIL','including Kafr Hamra and Huraytan',by='SYRGOV',loc='Huraytan')],gloc='Kafr Hamra',wire=True)
N('2019-01-09','Syria','nonstate_takes_territory','Darat Izza','Aleppo','Jebel Saman',
"HTS took over Darat Izza and surrounding villages in the western countryside of Aleppo on 8 January 2019, after a week of fighting with Nour al-Din al-Zinki. The factions' fighting since 1 January had killed at least 130 combatants and civilians, according to a monitor.",
'2019-01-08',[C('SYRREB','HTS took over Darat Izza'),A('SYRREB','SYRREB','after a week of fighting with Nour al-Din al-Zinki',s=False,d=None),
 K('SYRREB','SYRREB',130,L,"The factions' fighting since 1 January had killed at least 130 combatants and civilians",cum=True,d='2019-01-08',note='mixed tally, cumulative')])
N('2020-07-30','Syria','remote_explosive_ied','Ariha','Idlib','Ariha',
"A roadside bomb targeted a Turkish military vehicle on the M4 near Ariha, Idlib, on 29 July 2020 while a joint Russian-Turkish patrol was passing. No deaths; a Turkish soldier was slightly hurt and the vehicle was damaged.",
'2020-07-29',[A(None,'TURMIL','A roadside bomb targeted a Turkish military vehicle'),W('TURMIL',None,1,X,'a Turkish soldier was slightly hurt'),
 E('TURMIL','VEHICLE',None,None,'the vehicle was damaged')],gloc='Ariha')
N('2019-05-31','Syria','shelling_artillery_missile','Jisr al-Shughur','Idlib','Jisr al-Shughur',
"Rocket fire by regime forces killed 3 women working in a field near Jisr al-Shughur on Thursday. Another farmworker lost a leg.",
'@Thursday',[A('SYRMIL','SYRCVL','Rocket fire by regime forces'),K('SYRCVL','SYRMIL',3,X,'killed 3 women working in a field'),W('SYRCVL','SYRMIL',1,X,'Another farmworker lost a leg')])
N('2020-03-02','Syria','attack','Sanamayn','Daraa','As-Sanamayn',
"Regime forces stormed parts of al-Sanamayn city in the northern countryside of Daraa on 1 March 2020 after armed men there refused to hand over their weapons; 9 of the local gunmen and 3 civilians were killed in the assault and subsequent fighting.",
'2020-03-01',[A('SYRMIL','SYRREB','Regime forces stormed parts of al-Sanamayn city'),K('SYRREB','SYRMIL',9,X,'9 of the local gunmen',note='local armed men opposing the regime: REB'),
 K('SYRCVL','SYRMIL',3,X,'3 civilians were killed')],gloc='al-Sanamayn')
N('2019-12-17','Syria','air_drone_strike','Idlib','Idlib','Idlib',
"A drone dropped a bomb on a motorcycle in the Idlib industrial zone on 16 December 2019, wounding its two riders.",
'2019-12-16',[A(None,None,'A drone dropped a bomb on a motorcycle'),W('SYRCVL',None,2,X,'wounding its two riders',note='riders not identified: CVL')])
N('2020-10-20','Syria','other_violence','Afrin','Aleppo','Afrin',
"On 19 October 2020, members of an SNA faction opened fire on residents protesting at the seizure of olive groves in Mabatli, Afrin district, injuring one woman.",
'2020-10-19',[A('SYRREB','SYRCVL','members of an SNA faction opened fire on residents protesting'),W('SYRCVL','SYRREB',1,X,'injuring one woman')],gloc='Mabatli')
N('2019-02-18','Syria','remote_explosive_ied','Idlib','Idlib','Idlib',
"Twin blasts rocked the al-Qusour neighbourhood of Idlib city late on Monday. At least 15 people died and dozens were injured, a local official said, in the deadliest bombing there in months",
'@Monday',[A(None,'SYRCVL','Twin blasts rocked the al-Qusour neighbourhood'),K('SYRCVL',None,15,L,'At least 15 people died'),W('SYRCVL',None,None,None,'dozens were injured',s=False)],gloc='al-Qusour',wire=True)
N('2020-08-10','Syria','attack','Raqqa','Ar-Raqqa','Ar-Raqqa',
"On 9 August 2020, IS claimed the assassination of a local SDF official in the al-Mashlab district of Raqqa city.",
'2020-08-09',[K('SYRREB','SYRREB',1,X,'the assassination of a local SDF official',by='SYRREB')],gloc='al-Mashlab')
N('2019-04-08','Syria','armed_clash','Hasakah','Al-Hasakeh','Al-Hasakeh',
"A quarrel at a checkpoint escalated into an exchange of fire between Asayish members and the regime's National Defence militia in Hasakah city on 7 April 2019. One NDF man was killed and two Asayish were hurt, before Russian officers mediated a truce.",
'2019-04-07',[A('SYRREB','SYRMIL','an exchange of fire between Asayish members and the regime'),A('SYRMIL','SYRREB',"the regime's National Defence militia",s=False),
 K('SYRMIL','SYRREB',1,X,'One NDF man was killed'),W('SYRREB','SYRMIL',2,X,'two Asayish were hurt')])
N('2020-12-15','Syria','attack','Homs','Homs','Homs',
"Fighters of IS killed 4 shepherds and stole their sheep in the Badia of Homs, east of al-Rastan, on 13 December 2020; their bodies were found on 14 December.",
'2020-12-13',[K('SYRCVL','SYRREB',4,X,'killed 4 shepherds')],gloc='Homs')
N('2020-01-03','Syria','other_violence','Sarmin','Idlib','Idlib',
"Fleeing bombardment, about 30,000 people left Saraqib and Sarmin in the last 48 hours heading north to the camps, a humanitarian coordinator said on 2 January 2020.",
'2020-01-02',[Dp('SYRCVL',30000,B,'about 30,000 people left Saraqib and Sarmin in the last 48 hours',loc='Saraqib')])
N('2019-06-28','Syria','air_drone_strike','Muhambal','Idlib','Ariha',
"Death toll from Muhambal air raid rises to 11 - The number of people killed in a regime air raid on a market in Muhambal on Wednesday rose to 11 after two wounded men died in hospital, the Syrian Observatory said.",
'@Wednesday',[A('SYRMIL','SYRCVL','a regime air raid on a market in Muhambal'),K('SYRCVL','SYRMIL',11,X,'The number of people killed in a regime air raid on a market in Muhambal on Wednesday rose to 11',note='risen toll of one event: not cumulative')],wire=True)
N('2020-03-11','Syria','armed_clash','Sahl al-Ghab','Hama','Al-Suqaylabiyah',
"Sahl al-Ghab, Hama countryside: an infiltration attempt by the Ansar al-Tawhid group against regime positions at al-Manara failed on 10 March 2020; the regime's 25th Division said it had killed 4 attackers.",
'2020-03-10',[A('SYRREB','SYRMIL','an infiltration attempt by the Ansar al-Tawhid group against regime positions'),K('SYRREB','SYRMIL',4,X,'had killed 4 attackers',by='SYRMIL')],gloc='al-Manara')
N('2019-10-31','Syria','remote_explosive_ied','Hasakah','Al-Hasakeh','Al-Hasakeh',
"On 30 October 2019, a booby-trapped car blew up in the Nashwa neighbourhood of Hasakah, killing 3 and wounding at least a dozen.",
'2019-10-30',[A(None,None,'a booby-trapped car blew up in the Nashwa neighbourhood'),K('SYRCVL',None,3,X,'killing 3',note='victims not described: CVL'),W('SYRCVL',None,12,L,'wounding at least a dozen')],gloc='Nashwa')
N('2020-09-22','Syria','attack','Kisweh','Rural Damascus','Al-Kiswah',
"The body of an officer of the Republican Guard was found with his hands bound on a farm near Kisweh in the western countryside of Damascus on 21 September 2020.",
'2020-09-21',[K('SYRMIL',None,1,X,'The body of an officer of the Republican Guard was found')])
N('2019-03-26','Syria','gov_regains_territory','Baghuz','Deir ez-Zor','Abu Kamal',
"The SDF declared on 23 March 2019 that it had captured Baghuz, the final IS stronghold on the Euphrates, ending the group's territorial hold in Syria.",
'2019-03-23',[C('SYRREB','it had captured Baghuz',by='SYRREB')])
N('2020-05-13','Syria','other_violence','Deir ez-Zor','Deir ez-Zor','Deir ez-Zor',
"In Deir ez-Zor city, a dispute between two members of the NDF over money ended with one stabbing the other to death on 12 May 2020.",
'2020-05-12',[K('SYRMIL','SYRMIL',1,X,'one stabbing the other to death')])
N('2019-11-13','Syria','air_drone_strike','Kafr Takharim','Idlib','Harim',
"Russian aircraft struck Kafr Takharim, Harim district, on the night of Tuesday, hitting a power station. Two civilians were killed, among them a municipal employee",
'@Tuesday',[A('RUSMIL','SYRCVL','Russian aircraft struck Kafr Takharim'),K('SYRCVL','RUSMIL',2,X,'Two civilians were killed'),
 E('SYRGOV','OTHER',None,None,'hitting a power station',s=False,note='infrastructure, not military equipment')],wire=True)
N('2020-02-06','Syria','shelling_artillery_missile','Taftanaz','Idlib','Idlib',
"Turkish military points near Taftanaz and Saraqib came under regime shelling on Monday; Ankara said 7 soldiers and a civilian contractor died and retaliated against 54 targets",
'@Monday',[A('SYRMIL','TURMIL','Turkish military points near Taftanaz and Saraqib came under regime shelling'),
 K('TURMIL','SYRMIL',7,X,'7 soldiers',by='TURGOV'),K('TURCVL','SYRMIL',1,X,'a civilian contractor died',by='TURGOV'),
 A('TURMIL','SYRMIL','retaliated against 54 targets',by='TURGOV')],wire=True)
