from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2021-06-21','Mexico','attack','Reynosa','Tamaulipas','Reynosa',
"On 19 June 2021, gunmen travelling in several vehicles opened fire on passers-by in various neighbourhoods of Reynosa, killing at least 14 civilians, among them a nursing student and a taxi driver. Police later shot dead 4 suspected members of a Gulf Cartel faction.",
'2021-06-19',[A(None,'MEXCVL','gunmen travelling in several vehicles opened fire on passers-by',note='gunmen not tied to a group in the text'),
 K('MEXCVL',None,14,L,'killing at least 14 civilians'),K('MEXREB','MEXMIL',4,X,'Police later shot dead 4 suspected members of a Gulf Cartel faction')])
N('2023-03-07','Mexico','abduction','Matamoros','Tamaulipas','Matamoros',
"Four Americans kidnapped in Mexico border city, FBI says - Four US citizens who crossed into Matamoros in a white minivan on Friday were fired upon by unidentified gunmen and bundled into a vehicle, the FBI said. A Mexican woman was killed by a stray bullet",
'@Friday',[A(None,'USACVL','were fired upon by unidentified gunmen'),K('MEXCVL',None,1,X,'A Mexican woman was killed by a stray bullet')],wire=True)
N('2024-10-22','Mexico','armed_clash','Culiacán','Sinaloa','Culiacán',
"Soldiers clashed with an armed cell on the outskirts of Culiacán on 21 October 2024 after being attacked from a pick-up; the Defence Ministry said 19 aggressors were 'neutralised' and 5 detained. One soldier was wounded.",
'2024-10-21',[A('MEXREB','MEXMIL','after being attacked from a pick-up',note='cell in the Sinaloa cartel war'),A('MEXMIL','MEXREB','Soldiers clashed with an armed cell',s=False),
 K('MEXREB','MEXMIL',19,X,"19 aggressors were 'neutralised'",by='MEXMIL'),W('MEXMIL','MEXREB',1,X,'One soldier was wounded')])
N('2019-08-19','Afghanistan','remote_explosive_ied','Kabul','Kabul','Kabul',
"A suicide bomber blew himself up among guests at a wedding hall in western Kabul late on Saturday, killing 63 people and wounding 182, the interior ministry said. IS-K claimed the bombing.",
'@Saturday',[A('AFGREB','AFGCVL','A suicide bomber blew himself up among guests at a wedding hall',note='IS-K coded REB'),
 K('AFGCVL','AFGREB',63,X,'killing 63 people',by='AFGGOV'),W('AFGCVL','AFGREB',182,X,'wounding 182',by='AFGGOV')])
N('2020-10-13','Afghanistan','armed_clash','Lashkar Gah','Helmand','Lashkar Gah',
"Taliban fighters launched coordinated attacks on checkpoints around Lashkar Gah on 11 October 2020; government forces, backed by US air strikes, pushed them back. Some 35,000 people fled into the provincial capital.",
'2020-10-11',[O('AFGREB','launched coordinated attacks on checkpoints around Lashkar Gah'),A('AFGREB','AFGMIL','Taliban fighters launched coordinated attacks on checkpoints'),
 A('USAMIL','AFGREB','backed by US air strikes',s=False),Dp('AFGCVL',35000,B,'Some 35,000 people fled into the provincial capital')])
N('2022-11-01','Afghanistan','disaster','Parwan','Parwan','',
"Flash floods kill 12 in Afghanistan's Parwan - At least twelve people died and dozens of houses were swept away when flash floods struck villages in Parwan province on Sunday, a Taliban official said",
'@Sunday',[K('AFGCVL',None,12,L,'At least twelve people died',by='AFGGOV'),K('AFGCVL',None,12,X,'Flash floods kill 12',s=False,note='headline restatement',by=None)],gloc='Parwan',wire=True)
N('2021-01-19','Yemen','shelling_artillery_missile','Taiz','Taiz','Al Qahirah',
"Houthi shelling hit a residential area of al-Rawdah in Taiz city on 18 January 2021, killing two children and wounding their mother.",
'2021-01-18',[A('YEMREB','YEMCVL','Houthi shelling hit a residential area of al-Rawdah'),K('YEMCVL','YEMREB',2,X,'killing two children'),W('YEMCVL','YEMREB',1,X,'wounding their mother')],gloc='al-Rawdah')
N('2019-08-02','Yemen','attack','Aden','Aden','Al Buraiqeh',
"A Houthi ballistic missile and drone attack struck a military parade at al-Jalaa camp in Aden on 1 August 2019, killing at least 36 Security Belt fighters, among them commander Munir al-Yafei. A separate suicide car bombing at a police station in Sheikh Othman killed 13 policemen the same day.",
'2019-08-01',[A('YEMREB','YEMMIL','A Houthi ballistic missile and drone attack struck a military parade'),K('YEMMIL','YEMREB',36,L,'killing at least 36 Security Belt fighters',note='STC-aligned forces coded MIL'),
 K('YEMMIL','YEMREB',1,X,'among them commander Munir al-Yafei',s=False),A(None,'YEMMIL','A separate suicide car bombing at a police station',loc='Sheikh Othman'),
 K('YEMMIL',None,13,X,'killed 13 policemen',loc='Sheikh Othman')],gloc='Aden')
N('2022-02-01','Yemen','air_drone_strike','Saada','Saada','Saada',
"Coalition air strikes on a remand prison in Saada killed at least 80 inmates and wounded more than 200, according to MSF, on 21 January 2022",
'2022-01-21',[A('SAUMIL','YEMCVL','Coalition air strikes on a remand prison in Saada'),K('YEMCVL','SAUMIL',80,L,'killed at least 80 inmates'),W('YEMCVL','SAUMIL',200,L,'wounded more than 200')],wire=True)
N('2022-07-15','Ukraine','shelling_artillery_missile','Vinnytsia','Vinnytsia','Vinnytsia',
"Russian Kalibr missiles fired from a submarine in the Black Sea struck the centre of Vinnytsia on 14 July 2022. Twenty-three people including three children died; over 100 were injured, according to the State Emergency Service.",
'2022-07-14',[A('RUSMIL','UKRCVL','Russian Kalibr missiles fired from a submarine in the Black Sea struck the centre of Vinnytsia'),
 K('UKRCVL','RUSMIL',23,X,'Twenty-three people including three children died',by='UKRGOV'),W('UKRCVL','RUSMIL',100,L,'over 100 were injured',by='UKRGOV')])
N('2023-09-12','Ukraine','gov_regains_territory','Andriivka','Donetsk','Bakhmut',
"Ukrainian forces have retaken the village of Andriivka, south of Bakhmut, the military said on Friday, after days of assaults on Russian positions across the Donetsk front",
'@Friday',[C('UKRMIL','Ukrainian forces have retaken the village of Andriivka',by='UKRMIL',d=None,note='said Friday; capture day not given')],wire=True)
N('2024-03-18','Ukraine','air_drone_strike','Odesa','Odesa','Odesa',
"Shahed drones slammed into a residential building in Odesa overnight into 2 March 2024, and the toll rose to 12, including five children, after rescuers found more bodies in the rubble by 4 March.",
'2024-03-02',[A('RUSMIL','UKRCVL','Shahed drones slammed into a residential building',note='Shahed: Russian'),K('UKRCVL','RUSMIL',12,X,'the toll rose to 12',note='risen toll of one strike'),K('UKRCVL','RUSMIL',5,X,'including five children',s=False)])
N('2019-11-28','Iraq','attack','Nasiriyah','Dhi Qar','Nasiriyah',
"Security forces fired live ammunition on protesters blocking the al-Zaitoun bridge in Nasiriyah on Thursday, killing at least 25 and wounding more than 200, medics said, after the torching of Iran's consulate in Najaf overnight.",
'@Thursday',[A('IRQMIL','IRQCVL','Security forces fired live ammunition on protesters'),K('IRQCVL','IRQMIL',25,L,'killing at least 25'),W('IRQCVL','IRQMIL',200,L,'wounding more than 200')])
N('2021-07-20','Iraq','remote_explosive_ied','Sadr City','Baghdad','Al Resafa',
"A suicide bombing ripped through the Wahailat market in Sadr City on the eve of Eid al-Adha on 19 July 2021, killing 30. IS claimed it through its Amaq agency.",
'2021-07-19',[A('IRQREB','IRQCVL','A suicide bombing ripped through the Wahailat market',by='IRQREB'),K('IRQCVL','IRQREB',30,X,'killing 30')],gloc='Sadr City')
N('2023-08-02','Iraq','attack','Dibis','Kirkuk','Dibis',
"IS remnants attacked an army outpost near Dibis, Kirkuk, on 31 July 2023, killing an officer and wounding two soldiers",
'2023-07-31',[A('IRQREB','IRQMIL','IS remnants attacked an army outpost near Dibis'),K('IRQMIL','IRQREB',1,X,'killing an officer'),W('IRQMIL','IRQREB',2,X,'wounding two soldiers')],gloc='Dibis',wire=True)
