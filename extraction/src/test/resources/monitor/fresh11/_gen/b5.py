# b5: news articles, Asia, Europe and the Americas (12 conflict, 2 with no event)
X('n-afg-sheberghan', 'news', '2021-08-08', 'Sat', 'Afghanistan', 'nonstate_takes_territory', 'Sheberghan', 'Jowzjan', 'Sheberghan', 71,
  """Taliban take second provincial capital in two days

KABUL, Aug 8 — Taliban fighters took control of Sheberghan, the capital of the northern province of Jowzjan, on Saturday, a day after they captured Zaranj in the southwest, officials said, as the insurgents pressed a rapid offensive across the country.

Qader Malia, the deputy governor of Jowzjan, said government forces and militiamen loyal to a local strongman had withdrawn to the airport outside the city. "The city fell without a proper fight," a provincial council member said. The Taliban posted videos showing their fighters outside the governor's compound and the city's prison, from which they said they had freed hundreds of inmates.

The Afghan defence ministry said on Sunday that air strikes on Taliban gatherings in and around Sheberghan had killed 31 insurgents. It said commandos would be sent to the province. The Taliban rejected the figure.

Fighting also raged in Kunduz, where the insurgents said they had entered the city centre on Sunday, and in Lashkar Gah, where a United Nations official said at least 40 civilians had been killed in 24 hours earlier this week.

More than 240,000 people have been displaced in Afghanistan since the beginning of May, according to the United Nations. Families fleeing Sheberghan said they had left with only what they could carry, heading for Mazar-i-Sharif.""",
  C('AFGREB', 'Taliban fighters took control of Sheberghan'),
  C('AFGREB', 'they captured Zaranj in the southwest', loc='Zaranj', date='Fri'),
  C('AFGREB', 'Taliban take second provincial capital', sc=False, note='headline restatement'),
  A('AFGMIL', 'air strikes on Taliban gatherings in and around Sheberghan', date=None, victim='AFGREB', cb='AFGGOV', note='no day given'),
  K('AFGREB', 31, 'had killed 31 insurgents', date=None, cb='AFGGOV', note='claim, strikes of unstated day'),
  DP('AFGMIL', 'commandos would be sent to the province', date=None, sc=False, note='future deployment'),
  C('AFGREB', 'they had entered the city centre on Sunday', loc='Kunduz', date='rep', cb='AFGREB', note='Sunday = the date line'),
  K('AFGCVL', '>=40', 'at least 40 civilians had been killed in 24 hours earlier this week', loc='Lashkar Gah', date=None, cb='IGOUNO', note='one day of fighting, day not given'),
  D('AFGCVL', '>=240000', 'More than 240,000 people have been displaced in Afghanistan since the beginning of May', loc=None, date='rep', cum=True, cb='IGOUNO'),
  D('AFGCVL', None, 'Families fleeing Sheberghan', date='rep', note='vague'),
  O('AFGREB', 'as the insurgents pressed a rapid offensive across the country', loc=None, date=None, sc=False, note='ongoing offensive'),
  A('AFGREB', 'Fighting also raged in Kunduz', loc='Kunduz', date='rep', sc=False, note='vague'))
X('n-pak-kurram', 'news', '2024-11-22', 'Thu', 'Pakistan', 'attack', 'Mandori', 'Khyber Pakhtunkhwa', 'Kurram', 45,
  """Gunmen kill 43 in attack on passenger convoy in Pakistan's Kurram

PESHAWAR, Pakistan, Nov 22 — Gunmen opened fire on a convoy of passenger vans and cars travelling under police escort in the Kurram district of north-western Pakistan on Thursday, killing 43 people, among them six women and three children, officials said on Friday.

The convoy of about 200 vehicles was heading from Parachinar to Peshawar when attackers hidden on both sides of the road near the village of Mandori fired on it for more than half an hour, survivors said. Two of the escorting policemen were among the dead, the district administration said; the other 41 were passengers. At least 16 people were wounded and taken to hospitals in Parachinar and Thall.

No group claimed the attack. Kurram has a long history of land disputes and sectarian clashes between Sunni and Shi'ite tribes, and the road to Peshawar had been closed for weeks before the authorities began sending convoys with police protection in October.

On Friday, armed men torched shops and houses in the Bagan bazaar in apparent retaliation, and tribal elders said at least two people were killed there. Provincial officials said they had sent a delegation to hold talks with elders from both communities in Parachinar on Saturday.

Chief Minister Ali Amin Gandapur said those responsible would be "brought to book" and that the government would not allow "anyone to set the region on fire". Mobile internet was suspended across the district.""",
  A(None, 'Gunmen opened fire on a convoy of passenger vans and cars', victim='PAKCVL'),
  K('PAKCVL', 41, 'the other 41 were passengers', cb='PAKGOV', note='43 = 2 policemen + 41 passengers: groups scored, total unscored'),
  K('PAKMIL', 2, 'Two of the escorting policemen were among the dead', cb='PAKGOV'),
  K('PAKCVL', 43, 'killing 43 people, among them six women and three children', cb='PAKGOV', sc=False, note='total whose groups are listed'),
  K('PAKCVL', 9, 'among them six women and three children', sc=False, note='sub-count'),
  W('PAKCVL', '>=16', 'At least 16 people were wounded', note='mixed people: CVL'),
  A(None, 'armed men torched shops and houses in the Bagan bazaar', loc='Bagan', date='rep', victim='PAKCVL'),
  K('PAKCVL', '>=2', 'at least two people were killed there', loc='Bagan', date='rep'),
  TK('PAKGOV', 'they had sent a delegation to hold talks with elders from both communities in Parachinar on Saturday', loc='Parachinar', date=None, sc=False, note='future talks'),
  T('PAKGOV', 'those responsible would be "brought to book"', loc=None, date='rep'),
  K('PAKCVL', 43, 'Gunmen kill 43', sc=False, note='headline restatement'))
X('n-ind-manipur', 'news', '2023-05-06', 'Wed', 'India', 'other_violence', 'Churachandpur', 'Manipur', 'Churachandpur', 1,
  """Army flag marches in Manipur as ethnic clashes leave dozens dead

IMPHAL, May 6 — Soldiers patrolled the streets of Imphal and Churachandpur on Saturday after three days of clashes between ethnic Meitei and Kuki groups in the northeastern Indian state of Manipur, and officials said at least 54 people had died.

The violence broke out on Wednesday after a tribal solidarity march in Churachandpur against a proposal to grant the majority Meitei community tribal status. Mobs torched houses, churches and temples in several districts, and the state government issued "shoot at sight" orders for "extreme cases" on Thursday.

About 10,000 soldiers and paramilitary troops have been deployed, and more than 23,000 people have been moved to army camps and other shelters, a defence spokesman said. A senior police official said 16 of the dead were brought to the morgue in Churachandpur and 15 to Imphal's main hospital, while the rest were in hospitals in other districts.

An off-duty soldier was killed by a mob in his home village on Thursday, the army said. Train services into the state were suspended and mobile internet was cut.

Chief Minister N. Biren Singh appealed for calm and said 'strict action' would be taken against those inciting violence. Several thousand residents of Imphal who are not from Manipur were leaving by air, officials said.""",
  K('INDCVL', '>=54', 'at least 54 people had died', loc=None, date='rep', cum=True, cb='INDGOV', note='three days of clashes across districts: cumulative'),
  A('INDCVL', 'Mobs torched houses, churches and temples in several districts', loc=None, date=None, victim='INDCVL', note='communal mobs: CVL'),
  DP('INDMIL', 'About 10,000 soldiers and paramilitary troops have been deployed', loc=None, date='rep', cb='INDMIL'),
  D('INDCVL', '>=23000', 'more than 23,000 people have been moved to army camps and other shelters', loc=None, date='rep', cum=True, cb='INDMIL'),
  K('INDMIL', 1, 'An off-duty soldier was killed by a mob in his home village on Thursday', loc=None, date='Thu', actor='INDCVL', cb='INDMIL', note='killed off duty by a mob; INDMIL as the text calls him a soldier'),
  K('INDCVL', 16, '16 of the dead were brought to the morgue in Churachandpur', date=None, sc=False, cum=True, note='part of the 54'),
  K('INDCVL', 15, "15 to Imphal's main hospital", loc='Imphal', date=None, sc=False, cum=True, note='part of the 54'),
  T('INDGOV', 'issued "shoot at sight" orders for "extreme cases" on Thursday', loc=None, date='Thu'),
  D('INDCVL', None, 'Several thousand residents of Imphal who are not from Manipur were leaving by air', loc='Imphal', date='rep', sc=False, note='departure by air, not clearly forced'),
  DP('INDMIL', 'Army flag marches in Manipur', loc='Manipur', date='rep', sc=False, note='headline restatement'))
X('n-mmr-chinshwehaw', 'news', '2023-10-31', 'Fri', 'Myanmar', 'nonstate_takes_territory', 'Chinshwehaw', 'Shan', 'Laukkai', 8,
  """Myanmar rebel alliance says it has seized border town and dozens of posts

Three ethnic armed groups in Myanmar's northern Shan State say they have captured the border town of Chinshwehaw and more than 60 military positions since launching a coordinated offensive on Friday, the biggest challenge to the junta in months.

The Three Brotherhood Alliance said in a statement on Tuesday that its fighters had also cut the main trade road to China near Hsenwi, and had shot down a military helicopter on Sunday. The junta confirmed that it had "lost control" of Chinshwehaw but said its troops were counter-attacking.

Junta spokesman Zaw Min Tun told state television that the military would respond to the attacks "in an appropriate manner". Residents of Lashio said military jets had bombed several villages east of the town on Monday, killing at least eight civilians.

The United Nations said more than 23,000 people had been displaced in the first days of the fighting, including some who had crossed into China. Beijing called for a ceasefire and urged its citizens to leave the area.

The alliance named the offensive "Operation 1027", after the date on which it began.""",
  C('MMRREB', 'it had "lost control" of Chinshwehaw', date=None, cb='MMRGOV', sc=False, note='the junta confirms the same capture'),
  C('MMRREB', 'they have captured the border town of Chinshwehaw', date=None, cb='MMRREB', note='day not given'),
  C('MMRREB', 'more than 60 military positions', count='>=60', loc=None, date=None, cum=True, cb='MMRREB', note='positions taken since Friday'),
  O('MMRREB', 'since launching a coordinated offensive on Friday', loc=None),
  O('MMRREB', 'The alliance named the offensive "Operation 1027"', loc=None, sc=False, note='same offensive restated'),
  C('MMRREB', 'had also cut the main trade road to China near Hsenwi', loc='Hsenwi', date=None, cb='MMRREB'),
  E('MMRMIL', 'HELICOPTER', 'had shot down a military helicopter on Sunday', actor='MMRREB', loc=None, date='Sun', cb='MMRREB'),
  T('MMRGOV', 'the military would respond to the attacks "in an appropriate manner"', loc=None, date='rep'),
  A('MMRMIL', 'military jets had bombed several villages east of the town on Monday', loc='Lashio', date='Mon', victim='MMRCVL'),
  K('MMRCVL', '>=8', 'killing at least eight civilians', actor='MMRMIL', loc='Lashio', date='Mon'),
  D('MMRCVL', '>=23000', 'more than 23,000 people had been displaced in the first days of the fighting', loc=None, date='rep', cum=True, cb='IGOUNO'),
  C('MMRREB', 'says it has seized border town and dozens of posts', sc=False, date=None, note='headline restatement'))
X('n-ukr-kharkiv', 'news', '2024-05-23', 'Thu', 'Ukraine', 'air_drone_strike', 'Kharkiv', 'Kharkiv', 'Kharkiv', 7,
  """Russian missiles hit Kharkiv printing house, killing seven

KYIV, May 23 — Russian missiles struck a printing house in Ukraine's second city of Kharkiv on Thursday, killing seven workers and injuring 21 others, regional governor Oleh Syniehubov said.

About 50 people were in the building when at least 15 missiles hit the city in the late morning, he said. Rescuers were searching for several people feared trapped in the rubble. The plant printed about a third of Ukraine's school textbooks.

Further north, Russian forces have been trying to push towards the town of Vovchansk since opening a new front in the Kharkiv region on May 10. Russia's defence ministry said on Thursday its troops had "liberated" the village of Andriivka, a claim that could not be verified. Ukraine's General Staff said its forces had repelled 12 assaults in the area in the past day.

More than 11,000 people have been evacuated from border districts of the region since the offensive began, the governor said.

President Volodymyr Zelenskiy renewed calls for Western allies to provide more air defence systems, saying Kharkiv had been "left alone" against Russian bombs.""",
  A('RUSMIL', 'at least 15 missiles hit the city in the late morning', count='>=15', victim='UKRCVL'),
  K('UKRCVL', 7, 'killing seven workers', actor='RUSMIL', cb='UKRGOV'),
  W('UKRCVL', 21, 'injuring 21 others', actor='RUSMIL', cb='UKRGOV'),
  K('UKRCVL', 7, 'killing seven', actor='RUSMIL', sc=False, note='headline restatement'),
  O('RUSMIL', 'since opening a new front in the Kharkiv region on May 10', loc=None, date='2024-05-10', sc=False, note='background launch'),
  C('RUSMIL', 'its troops had "liberated" the village of Andriivka', loc='Andriivka', cb='RUSGOV', date=None, note='no day for the capture'),
  A('RUSMIL', 'repelled 12 assaults in the area in the past day', count=12, loc='Vovchansk', date='rep', cb='UKRMIL'),
  D('UKRCVL', '>=11000', 'More than 11,000 people have been evacuated from border districts of the region since the offensive began', loc='Kharkiv', date='rep', cum=True, cb='UKRGOV'))
X('n-rus-dagestan', 'news', '2024-06-24', 'Sun', 'Russia', 'attack', 'Derbent', 'Dagestan', 'Derbent', 22,
  """Gunmen attack churches, synagogue and police in Russia's Dagestan

MOSCOW, June 24 — Gunmen attacked two Orthodox churches, a synagogue and a traffic police post in the cities of Derbent and Makhachkala in Russia's North Caucasus republic of Dagestan on Sunday evening, killing 15 police officers, an Orthodox priest and a church security guard, officials said.

Five of the attackers were shot dead by security forces, the republic's head, Sergei Melikov, said on Monday. He declared three days of mourning. In Derbent, the synagogue and a nearby church were set on fire; in Makhachkala, gunmen opened fire on a police post.

Russia's Investigative Committee opened a terrorism case. Officials said among the attackers were two sons and a nephew of a local district head, who was detained. No group immediately claimed responsibility, though an Islamic State affiliate praised the attack.

The priest, who was 66, had his throat cut, a religious official said. At least 25 people, most of them police officers, were wounded, the health ministry said.

Melikov said the attacks were an attempt to destabilise the region and that "we know who is behind" them, without elaborating.""",
  A(None, 'Gunmen attacked two Orthodox churches, a synagogue and a traffic police post', victim='RUSMIL'),
  K('RUSMIL', 15, 'killing 15 police officers', cb='RUSGOV'),
  K('RUSCVL', 2, 'an Orthodox priest and a church security guard', cb='RUSGOV', note='priest and guard: one RUSCVL line of 2'),
  K('RUSREB', 5, 'Five of the attackers were shot dead by security forces', actor='RUSMIL', cb='RUSGOV', note='unnamed attackers killed: REB of the country'),
  A(None, 'gunmen opened fire on a police post', loc='Makhachkala', victim='RUSMIL', sc=False, note='one act of the same coordinated attack'),
  W('RUSCVL', '>=25', 'At least 25 people, most of them police officers, were wounded', cb='RUSGOV', note='mixed people: CVL'),
  K('RUSCVL', 1, 'The priest, who was 66, had his throat cut', sc=False, note='restates the priest'))
X('n-col-jamundi', 'news', '2024-05-23', 'Tue', 'Colombia', 'remote_explosive_ied', 'Jamundí', 'Valle del Cauca', 'Jamundí', 2,
  """Car bomb at Colombian police station kills two; dissidents blamed

CALI, Colombia — A car bomb exploded outside the police station in Jamundí, south of Cali, on Tuesday morning, killing a police officer and a street vendor and wounding nine people, authorities said, a day after dissidents of the former FARC guerrilla attacked police posts in neighbouring Cauca province.

Defence Minister Iván Velásquez blamed the Jaime Martínez front of the FARC dissident group known as the Central General Staff. "They will not intimidate us," he said on Tuesday, promising that the "full weight" of the security forces would fall on those responsible.

On Monday, the dissidents fired homemade mortars and rifles at police stations in Morales and Suárez in Cauca for several hours. Two soldiers were wounded in Suárez, the army said. Residents of rural Morales said families had fled to the town's sports centre.

The government suspended its ceasefire with the faction in March after it killed an indigenous leader, and has since sent 1,500 troops to the region.

Colombia signed a peace deal with the main FARC guerrilla group in 2016, but dissidents who rejected it are fighting for control of drug trafficking routes and illegal mining along the Pacific coast.""",
  A('COLREB', 'A car bomb exploded outside the police station in Jamundí', victim='COLMIL', note='blamed by the minister on a named front: the side follows the named group'),
  K('COLMIL', 1, 'killing a police officer', actor='COLREB'),
  K('COLCVL', 1, 'a street vendor', actor='COLREB'),
  W('COLCVL', 9, 'wounding nine people', actor='COLREB'),
  A('COLREB', 'the dissidents fired homemade mortars and rifles at police stations in Morales and Suárez', loc='Morales', date='Mon', victim='COLMIL'),
  W('COLMIL', 2, 'Two soldiers were wounded in Suárez', loc='Suárez', date='Mon', cb='COLMIL'),
  D('COLCVL', None, 'families had fled to the town\'s sports centre', loc='Morales', date='Mon'),
  T('COLGOV', 'the "full weight" of the security forces would fall on those responsible', loc=None, victim='COLREB'),
  DP('COLMIL', 'has since sent 1,500 troops to the region', loc=None, date=None, sc=False, note='background'),
  K('COLCVL', 1, 'after it killed an indigenous leader', loc=None, date=None, actor='COLREB', sc=False, note='background'),
  K('COLCVL', 2, 'Car bomb at Colombian police station kills two', sc=False, note='headline restatement (an officer and a vendor)'))
X('n-mex-coyuca', 'news', '2023-10-25', 'Mon', 'Mexico', 'attack', 'Coyuca de Benítez', 'Guerrero', 'Coyuca de Benítez', 13,
  """Thirteen police killed in ambush in Mexico's Guerrero state

MEXICO CITY, Oct 25 — Suspected cartel gunmen ambushed a convoy of state police and municipal officers on a road in Coyuca de Benítez, in the southern state of Guerrero, on Monday afternoon, killing 13 of them, state prosecutors said.

Twelve of the dead were state police officers, among them the municipality's public security secretary, and the thirteenth was a municipal police officer, the prosecutor's office said on Tuesday. The officers had been on their way to investigate a report of armed men in the area.

The attack took place near the village of El Papayo, about 40 km from the resort city of Acapulco. Photographs published by local media showed bullet-riddled patrol trucks on the side of a dirt road.

Security officials said they believed the gunmen belonged to La Familia Michoacana, which has been fighting rival gangs for control of the region's drug trade. President Andrés Manuel López Obrador said on Tuesday that soldiers and National Guard troops had been sent to the area.

More than 30,000 people have been killed in Mexico in each of the past five years.""",
  A('MEXREB', 'Suspected cartel gunmen ambushed a convoy of state police and municipal officers', victim='MEXMIL'),
  K('MEXMIL', 13, 'killing 13 of them', actor='MEXREB', cb='MEXGOV'),
  K('MEXMIL', 12, 'Twelve of the dead were state police officers', sc=False, note='sub-count'),
  K('MEXMIL', 13, 'Thirteen police killed in ambush', sc=False, note='headline restatement'),
  E('MEXMIL', 'VEHICLE', 'bullet-riddled patrol trucks', actor='MEXREB'),
  DP('MEXMIL', 'soldiers and National Guard troops had been sent to the area', date='rep', cb='MEXGOV'),
  K('MEXCVL', '>=30000', 'More than 30,000 people have been killed in Mexico in each of the past five years', loc=None, date=None, cum=True, sc=False, note='background'))
X('n-hti-mirebalais', 'news', '2025-04-01', 'Mon', 'Haiti', 'nonstate_takes_territory', 'Mirebalais', 'Centre', 'Mirebalais', 0,
  """Haitian gangs seize Mirebalais and free hundreds of inmates

PORT-AU-PRINCE, April 1 — Gangs took control of the central Haitian town of Mirebalais on Monday after a day-long attack, setting fire to the police station and freeing more than 500 inmates from its prison, police and local officials said.

The attackers, from the Viv Ansanm coalition that controls most of the capital, arrived before dawn. Police officers held out at the station until the afternoon before withdrawing to the neighbouring town of Lascahobas. Residents said bodies lay in several streets, but there was no official toll.

The town lies on the main road from Port-au-Prince to the Dominican border and is home to one of the country's largest hospitals, which was evacuated. The International Organization for Migration said on Tuesday that at least 5,900 people had fled Mirebalais and Saut-d'Eau since the attack began.

Haiti's transitional council said the gangs would "pay the price" and that reinforcements from the Kenyan-led multinational mission were on their way. A week earlier, gangs had overrun the town of Saut-d'Eau nearby.

At least 1,500 people were killed in Haiti in the first three months of the year, the United Nations said.""",
  C('HTIREB', 'Gangs took control of the central Haitian town of Mirebalais on Monday'),
  C('HTIREB', 'Haitian gangs seize Mirebalais', sc=False, note='headline restatement'),
  A('HTIREB', 'setting fire to the police station', victim='HTIMIL'),
  K('HTICVL', None, 'bodies lay in several streets', sc=False, note='no count, no toll'),
  D('HTICVL', '>=5900', "at least 5,900 people had fled Mirebalais and Saut-d'Eau since the attack began", date='rep', cb='IGOUNO'),
  T('HTIGOV', 'the gangs would "pay the price"', loc=None, date='rep', victim='HTIREB'),
  DP('KENMIL', 'reinforcements from the Kenyan-led multinational mission were on their way', loc=None, date='rep', sc=False, note='announced, not arrived'),
  C('HTIREB', "gangs had overrun the town of Saut-d'Eau nearby", loc="Saut-d'Eau", date='2025-03-24', sc=False, note='background, a week earlier'),
  K('HTICVL', '>=1500', 'At least 1,500 people were killed in Haiti in the first three months of the year', loc=None, date=None, cum=True, cb='IGOUNO', sc=False, note='background'))
X('n-ecu-latacunga', 'news', '2021-09-30', 'Tue', 'Ecuador', 'other_violence', 'Guayaquil', 'Guayas', 'Guayaquil', 116,
  """Ecuador declares prison emergency after 116 die in Guayaquil riot

QUITO, Sept 30 — Ecuador's President Guillermo Lasso declared a state of emergency in the country's prison system on Thursday after fighting between rival gangs at a jail in Guayaquil left 116 inmates dead, in the worst prison massacre in the country's history.

The fighting broke out on Tuesday between factions linked to Mexican drug cartels and lasted for hours, with inmates using guns, knives and explosives. At least five of the dead were beheaded, police said. Fifty-two others were wounded.

The death toll had stood at 30 on Wednesday morning but rose through the day as police regained control of cell blocks. Forensic teams were still identifying bodies on Thursday, and relatives waited outside the morgue for news.

Lasso said 400 police officers had been sent into the prison and that the army would guard its perimeter. "The state will take control of the prisons," he said.

Ecuador's jails are badly overcrowded, with about 39,000 inmates held in facilities meant for 30,000. Riots in February in three prisons killed 79 inmates.""",
  A('ECUREB', 'fighting between rival gangs at a jail in Guayaquil', date='Tue', victim='ECUREB', note='rival gangs: one line'),
  K('ECUCVL', 116, 'left 116 inmates dead', actor='ECUREB', date='Tue', note='inmates: CVL, as other writers coded them'),
  K('ECUCVL', 116, 'after 116 die in Guayaquil riot', date='Tue', sc=False, note='headline restatement'),
  K('ECUCVL', 5, 'At least five of the dead were beheaded', date='Tue', sc=False, note='sub-count'),
  W('ECUCVL', 52, 'Fifty-two others were wounded', date='Tue'),
  K('ECUCVL', 30, 'The death toll had stood at 30 on Wednesday morning', date='Tue', sc=False, note='superseded figure'),
  DP('ECUMIL', '400 police officers had been sent into the prison', date='rep', cb='ECUGOV'),
  K('ECUCVL', 79, 'Riots in February in three prisons killed 79 inmates', loc=None, date=None, sc=False, note='background'))
X('n-phl-maguindanao', 'news', '2019-12-20', 'Wed', 'Philippines', 'armed_clash', 'Datu Saudi Ampatuan', 'Maguindanao', '', 6,
  """Thousands flee as army, BIFF militants clash in Maguindanao

COTABATO CITY, Philippines (Dec 20) — More than 1,200 families fled their homes in Datu Saudi Ampatuan and two neighbouring towns in the southern province of Maguindanao after fighting erupted between government troops and Islamic State-linked militants, local disaster officials said on Friday.

The clashes began on Wednesday when soldiers raided a camp of the Bangsamoro Islamic Freedom Fighters in the marshland, acting on information that bomb makers were hiding there. The army said five militants were killed and that it had recovered rifles and bomb components. One soldier was killed and four were wounded, according to a brigade spokesman.

The army used artillery and attack helicopters on Thursday against positions in the village of Kitango. A local official said a 12-year-old girl was hit by shrapnel and taken to hospital in Cotabato City.

The BIFF, a breakaway faction of the Moro Islamic Liberation Front, opposes the peace process that led to the creation of a self-governing Bangsamoro region. It has pledged allegiance to Islamic State.

Evacuees were staying in schools and a gymnasium, and officials appealed for food and mats.""",
  A('PHLMIL', 'soldiers raided a camp of the Bangsamoro Islamic Freedom Fighters in the marshland', date='Wed', victim='PHLREB'),
  K('PHLREB', 5, 'five militants were killed', actor='PHLMIL', date='Wed', cb='PHLMIL', note='clashes from Wednesday; dated to the raid'),
  K('PHLMIL', 1, 'One soldier was killed', actor='PHLREB', date='Wed', cb='PHLMIL'),
  W('PHLMIL', 4, 'four were wounded', actor='PHLREB', date='Wed', cb='PHLMIL'),
  A('PHLMIL', 'The army used artillery and attack helicopters on Thursday', loc='Kitango', date='Thu', victim='PHLREB'),
  W('PHLCVL', 1, 'a 12-year-old girl was hit by shrapnel', loc='Kitango', date='Thu'),
  D('PHLCVL', None, 'Thousands flee', date='rep', sc=False, note='headline restatement'),
  D('PHLCVL', None, 'More than 1,200 families fled their homes in Datu Saudi Ampatuan and two neighbouring towns', date='rep', note='families: no count of people'))
X('ne-gtm-verdict', 'news', '2022-05-18', 'rep', 'Guatemala', 'protest_or_statement', 'Guatemala City', 'Guatemala', 'Guatemala', 0,
  """Guatemalan court convicts five ex-paramilitaries of rape during civil war

GUATEMALA CITY, May 18 — A court in Guatemala City on Wednesday sentenced five former members of a civil defence patrol to 30 years in prison each for the rape of indigenous Achi women in the early 1980s, a case that survivors pursued for more than a decade.

Presiding judge Claudette Domínguez said the testimony of 36 women, given over several weeks of hearings, proved that the patrols had acted with the support of the army in the area of Rabinal, in Baja Verapaz department. Prosecutors said the men had taken part in raids during which villagers were killed and houses burned.

About 200,000 people were killed or disappeared during Guatemala's 36-year civil war, which ended with peace accords in 1996, according to a UN-backed truth commission. Most of the victims were indigenous Maya.

Survivors and relatives sang and embraced outside the courthouse after the verdict was read. "Today they believed us," one of the women told reporters in the Achi language, through an interpreter.

Defence lawyers said they would appeal. Human rights groups said the ruling was a rare victory at a time when several judges and prosecutors who worked on war crimes cases have gone into exile.""",
  K('GTMCVL', None, 'during which villagers were killed', loc='Rabinal', date=None, sc=False, note='background, 1980s'),
  noevent=True)
X('ne-lka-mullivaikkal', 'news', '2023-05-18', 'rep', 'Sri Lanka', 'protest_or_statement', 'Mullivaikkal', 'Northern', 'Mullaitivu', 0,
  """Tamils mark war anniversary at Mullivaikkal under police watch

MULLAITIVU, Sri Lanka, May 18 — Thousands of Tamils gathered on the beach at Mullivaikkal on Thursday to remember relatives killed in the final months of Sri Lanka's civil war, 14 years after government forces defeated the Tamil Tiger rebels there.

Mourners lit lamps and laid flowers at a memorial stone at 10.30 a.m., the moment that organisers said marked the end of the fighting. Many carried photographs of sons and daughters who disappeared after surrendering to the army. Police officers watched from the roadside but did not intervene, witnesses said.

A United Nations panel has estimated that as many as 40,000 civilians may have been killed in the last phase of the war, most of them by government shelling, an accusation the military has always rejected.

At a separate event in the capital Colombo, government ministers and military commanders marked what they call Victory Day, and President Ranil Wickremesinghe laid a wreath at the war memorial.

Organisers said they had been allowed to hold this year's ceremony without restrictions for the first time in several years. Similar gatherings took place in Jaffna and Batticaloa.""",
  K('LKACVL', '<=40000', 'as many as 40,000 civilians may have been killed in the last phase of the war', loc=None, date=None, cum=True, sc=False, cb='IGOUNO', note='background, 2009; "may have"'),
  noevent=True)
