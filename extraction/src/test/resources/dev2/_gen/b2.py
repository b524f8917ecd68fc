from core import A, E, K, W
# ---------------- Ukraine, Russia, Caucasus, Middle East ----------------
A('t10', '2023-04-29', '''
Russian missiles slam into apartment block in Uman, killing at least 23

KYIV, April 29 (Reuters) - The death toll from a Russian missile strike on a nine-storey apartment building in the central Ukrainian city of Uman rose to 23 on Saturday, including six children, regional officials said, as rescuers pulled more bodies from the rubble.

The strike before dawn on Friday was part of the first large-scale Russian air attack on Ukraine in nearly two months. In the eastern city of Dnipro, a two-year-old girl and her mother were killed when a missile hit a private house, the mayor said.

Ukraine's air force said it had shot down 21 of 23 cruise missiles and two drones launched overnight. Russia's Defence Ministry said it had struck places where Ukrainian army reserve units were stationed.

Seventeen people were taken to hospital in Uman, among them three children, Cherkasy regional governor Ihor Taburets said on Telegram.

"Russian terror must face a fair response from the world," President Volodymyr Zelenskiy said.

In the southern Kherson region, Russian shelling killed one person and wounded four in the city of Kherson on Saturday, regional authorities said. A 63-year-old woman was also killed by shelling in the village of Bilozerka, they added.

Kyiv says Russia has killed more than 8,700 civilians since its full-scale invasion in February 2022, a figure the U.N. human rights office puts at over 8,500, while cautioning that the real number is likely considerably higher.
''', [
    K('UKRCVL', 'RUSMIL', 23, 'EXACT', 'The death toll from a Russian missile strike on a nine-storey apartment building in the central Ukrainian city of Uman rose to 23', 'Uman', 'Friday', claimed='UKRGOV', note='Risen toll of one strike: not cumulative, dated to the strike. Headline "at least 23" is the same fact.'),
    K('UKRCVL', 'RUSMIL', 6, 'EXACT', 'including six children', 'Uman', 'Friday', claimed='UKRGOV', scored=False, note='Sub-count.'),
    E('ATTACK', 'UKRCVL', 'RUSMIL', None, None, 'The strike before dawn on Friday', 'Uman', 'Friday'),
    K('UKRCVL', 'RUSMIL', 2, 'EXACT', 'a two-year-old girl and her mother were killed when a missile hit a private house', 'Dnipro', 'Friday', claimed='UKRGOV'),
    E('EQUIPMENT_LOSS', 'RUSMIL', 'UKRMIL', 21, 'EXACT', 'shot down 21 of 23 cruise missiles', None, 'Friday', claimed='UKRMIL', eq='OTHER', scored=False, note='Munitions, not equipment.'),
    E('EQUIPMENT_LOSS', 'RUSMIL', 'UKRMIL', 2, 'EXACT', 'two drones launched overnight', None, 'Friday', claimed='UKRMIL', eq='OTHER', scored=False, note='Drones shot down: unscored as in blind.'),
    E('ATTACK', 'UKRMIL', 'RUSMIL', None, None, 'it had struck places where Ukrainian army reserve units were stationed', None, 'Friday', claimed='RUSGOV', scored=False, note="Russia's account of the same strikes."),
    W('UKRCVL', 'RUSMIL', 17, 'EXACT', 'Seventeen people were taken to hospital in Uman', 'Uman', 'Friday', claimed='UKRGOV'),
    W('UKRCVL', 'RUSMIL', 3, 'EXACT', 'among them three children', 'Uman', 'Friday', claimed='UKRGOV', scored=False, note='Sub-count.'),
    E('ATTACK', 'UKRCVL', 'RUSMIL', None, None, 'Russian shelling killed one person and wounded four in the city of Kherson on Saturday', 'Kherson', 'Saturday', claimed='UKRGOV'),
    K('UKRCVL', 'RUSMIL', 1, 'EXACT', 'killed one person', 'Kherson', 'Saturday', claimed='UKRGOV'),
    W('UKRCVL', 'RUSMIL', 4, 'EXACT', 'wounded four in the city of Kherson', 'Kherson', 'Saturday', claimed='UKRGOV'),
    K('UKRCVL', 'RUSMIL', 1, 'EXACT', 'A 63-year-old woman was also killed by shelling in the village of Bilozerka', 'Bilozerka', 'Saturday', claimed='UKRGOV'),
    K('UKRCVL', 'RUSMIL', 8700, 'AT_LEAST', 'Russia has killed more than 8,700 civilians since its full-scale invasion', None, '2023-04-29', claimed='UKRGOV', cum=True),
    K('UKRCVL', 'RUSMIL', 8500, 'AT_LEAST', 'a figure the U.N. human rights office puts at over 8,500', None, '2023-04-29', claimed='IGOUNO', cum=True, scored=False, note='Competing tally.'),
])

A('t11', '2022-09-11', '''
Ukraine says troops retook Kupiansk and Izium as Russian lines collapse in Kharkiv region

KHARKIV, Ukraine (AP) - Ukrainian forces have recaptured more than 3,000 square kilometers (1,160 square miles) since launching a counteroffensive in the northeast at the start of September, the commander-in-chief of Ukraine's armed forces, Gen. Valerii Zaluzhnyi, said Sunday.

Ukrainian troops raised the national flag in Kupiansk, a railway hub on the Oskil River, on Saturday, and the Russian Defense Ministry announced the same day that it was pulling troops out of the Izium and Balakliia areas to "regroup" in Donetsk.

Soldiers of the 25th Airborne Brigade posted videos showing abandoned Russian T-80 tanks and armored personnel carriers on the road between Balakliia and Izium. An official of the Kharkiv regional administration said at least 20 Russian tanks had been left behind near Izium alone.

Russia responded with strikes on power plants that cut electricity across much of eastern Ukraine on Sunday evening. In Kharkiv, a missile hit the CHP-5 thermal power station; a worker was killed and two were injured, Mayor Ihor Terekhov said.

In the town of Chuhuiv, Russian shelling killed a 52-year-old man and his neighbor overnight, the regional governor, Oleh Syniehubov, said.

Ukrainian officials cautioned that civilians were still leaving the liberated villages, where residents said they had lived without power, gas or phone signal since March. About 1,000 people were evacuated from Balakliia in the past two days, police said.
''', [
    E('CAPTURE', None, 'UKRMIL', 3000, 'AT_LEAST', 'Ukrainian forces have recaptured more than 3,000 square kilometers', None, '2022-09-11', claimed='UKRMIL', cum=True, note='Count is km2.'),
    E('OFFENSIVE', None, 'UKRMIL', None, None, 'launching a counteroffensive in the northeast at the start of September', None, None, claimed='UKRMIL', note='No day given.'),
    E('CAPTURE', None, 'UKRMIL', None, None, 'Ukrainian troops raised the national flag in Kupiansk', 'Kupiansk', 'Saturday', note='Headline "retook Kupiansk" is the same fact.'),
    E('CAPTURE', None, 'UKRMIL', None, None, 'retook Kupiansk and Izium', 'Izium', '2022-09-11', claimed='UKRGOV', note='Izium line (headline; Russia announced withdrawal Saturday). No day for the retaking itself: report day.'),
    E('CAPTURE', None, 'UKRMIL', None, None, 'pulling troops out of the Izium and Balakliia areas', 'Balakliia', 'Saturday', claimed='RUSGOV', scored=False, note='Implied capture of Balakliia.'),
    E('EQUIPMENT_LOSS', 'RUSMIL', None, None, None, 'abandoned Russian T-80 tanks', 'Balakliia', '2022-09-11', eq='TANK', scored=False, note='Vague, restated by the 20 below.'),
    E('EQUIPMENT_LOSS', 'RUSMIL', None, None, None, 'armored personnel carriers on the road between Balakliia and Izium', 'Balakliia', '2022-09-11', eq='APC', scored=False, note='Vague.'),
    E('EQUIPMENT_LOSS', 'RUSMIL', None, 20, 'AT_LEAST', 'at least 20 Russian tanks had been left behind near Izium', 'Izium', '2022-09-11', claimed='UKRGOV', eq='TANK', note='Abandoned tanks read as lost equipment.'),
    E('ATTACK', 'UKRCVL', 'RUSMIL', None, None, 'Russia responded with strikes on power plants', 'Kharkiv', 'Sunday'),
    K('UKRCVL', 'RUSMIL', 1, 'EXACT', 'a worker was killed', 'Kharkiv', 'Sunday', claimed='UKRGOV'),
    W('UKRCVL', 'RUSMIL', 2, 'EXACT', 'two were injured', 'Kharkiv', 'Sunday', claimed='UKRGOV'),
    E('ATTACK', 'UKRCVL', 'RUSMIL', None, None, 'Russian shelling killed a 52-year-old man and his neighbor overnight', 'Chuhuiv', '2022-09-11'),
    K('UKRCVL', 'RUSMIL', 2, 'EXACT', 'killed a 52-year-old man and his neighbor', 'Chuhuiv', '2022-09-11', claimed='UKRGOV', note='Overnight: report day.'),
    E('DISPLACEMENT', 'UKRCVL', None, None, None, 'civilians were still leaving the liberated villages', None, '2022-09-11', scored=False, note='Vague.'),
    E('DISPLACEMENT', 'UKRCVL', None, 1000, 'ABOUT', 'About 1,000 people were evacuated from Balakliia in the past two days', 'Balakliia', '2022-09-11', claimed='UKRMIL', cum=True, note='Police are MIL.'),
])

A('t12', '2023-12-31', '''
Death toll in Belgorod shelling rises to 24, governor says

BELGOROD, December 31 - The number of people killed in Saturday's Ukrainian attack on the centre of Belgorod has risen to 24, among them four children, Belgorod Region Governor Vyacheslav Gladkov said on Sunday. Another 108 people were injured, 18 of them children.

The Russian Defence Ministry said the Ukrainian armed forces had fired Czech-made Vampire multiple rocket launchers and missiles with cluster munitions at the city. Air defence systems shot down most of the projectiles, but fragments of intercepted missiles and one rocket fell on a skating rink, a shopping centre and residential buildings, the ministry said.

Earlier on Saturday, the ministry said Russian forces had carried out a "massive strike" on Ukraine's military and industrial facilities. Ukraine said Friday's barrage, one of the largest of the war, killed at least 39 civilians in Kyiv, Dnipro, Odesa, Lviv and Kharkiv.

On Sunday, the ministry said, Russian forces struck decision-making centres and military facilities in Kharkiv in retaliation for the Belgorod attack.

Gladkov said New Year celebrations in the city had been cancelled and that 32 houses and more than 200 apartments had been damaged. Schools will move to distance learning until January 19.

Kremlin spokesman Dmitry Peskov said President Vladimir Putin had visited wounded military personnel at a hospital in Moscow on Sunday and would address the nation at midnight.
''', [
    K('RUSCVL', 'UKRMIL', 24, 'EXACT', "The number of people killed in Saturday's Ukrainian attack on the centre of Belgorod has risen to 24", 'Belgorod', 'Saturday', claimed='RUSGOV', note='Risen toll of one attack: dated to the attack.'),
    K('RUSCVL', 'UKRMIL', 4, 'EXACT', 'among them four children', 'Belgorod', 'Saturday', claimed='RUSGOV', scored=False, note='Sub-count.'),
    E('ATTACK', 'RUSCVL', 'UKRMIL', None, None, "Saturday's Ukrainian attack on the centre of Belgorod", 'Belgorod', 'Saturday', claimed='RUSGOV'),
    W('RUSCVL', 'UKRMIL', 108, 'EXACT', 'Another 108 people were injured', 'Belgorod', 'Saturday', claimed='RUSGOV'),
    W('RUSCVL', 'UKRMIL', 18, 'EXACT', '18 of them children', 'Belgorod', 'Saturday', claimed='RUSGOV', scored=False, note='Sub-count.'),
    E('EQUIPMENT_LOSS', 'UKRMIL', 'RUSMIL', None, None, 'Air defence systems shot down most of the projectiles', 'Belgorod', 'Saturday', claimed='RUSGOV', eq='OTHER', scored=False, note='Munitions.'),
    E('ATTACK', 'UKRCVL', 'RUSMIL', None, None, 'Russian forces had carried out a "massive strike" on Ukraine\'s military and industrial facilities', None, 'Friday', claimed='RUSGOV', note='Same barrage as "Friday\'s barrage".'),
    K('UKRCVL', 'RUSMIL', 39, 'AT_LEAST', "Friday's barrage, one of the largest of the war, killed at least 39 civilians", 'Kyiv', 'Friday', claimed='UKRGOV', note='One barrage across several cities: one incident; first-named city.'),
    E('ATTACK', 'UKRMIL', 'RUSMIL', None, None, 'Russian forces struck decision-making centres and military facilities in Kharkiv', 'Kharkiv', 'Sunday', claimed='RUSGOV'),
])

A('t13', '2020-10-17', '''
Missile strike on Azerbaijan's Ganja kills 13 as Karabakh truce falters

BAKU (Reuters) - A missile hit a residential area of Azerbaijan's second city Ganja overnight, killing 13 civilians and wounding more than 50, Azerbaijani officials said on Saturday, a week after a Russian-brokered humanitarian ceasefire was agreed in Moscow.

Rescue workers searched through the debris of about 20 houses in the Mukhtar neighbourhood. Hikmet Hajiyev, an aide to President Ilham Aliyev, said the attack was carried out with a Scud-type missile fired from Armenian territory. Armenia denied firing at Ganja, and the ethnic Armenian authorities in Nagorno-Karabakh said Azerbaijani forces had shelled Stepanakert, the region's main city, overnight, wounding two civilians.

Azerbaijan's defence ministry said its forces had destroyed six Armenian tanks, four Grad multiple rocket launchers and an S-300 air defence system in the previous 24 hours and had taken control of several villages in the Fuzuli and Jabrayil districts. President Aliyev later announced that the town of Fuzuli and seven villages had been liberated.

The Karabakh defence ministry said 40 more of its servicemen had been killed, bringing its military death toll since fighting erupted on Sept. 27 to 673. Azerbaijan has not disclosed its military casualties, but says 60 civilians have been killed on its side since September 27.

Armenia's foreign minister Zohrab Mnatsakanyan is due to meet U.S. Secretary of State Mike Pompeo in Washington next Friday, the State Department said.
''', [
    E('ATTACK', 'AZECVL', 'ARMMIL', None, None, "A missile hit a residential area of Azerbaijan's second city Ganja overnight", 'Ganja', '2020-10-17', claimed='AZEGOV', note='Attribution by Azerbaijan, denied by Armenia.'),
    K('AZECVL', 'ARMMIL', 13, 'EXACT', 'killing 13 civilians', 'Ganja', '2020-10-17', claimed='AZEGOV'),
    W('AZECVL', 'ARMMIL', 50, 'AT_LEAST', 'wounding more than 50', 'Ganja', '2020-10-17', claimed='AZEGOV'),
    E('TALKS', 'ARMGOV', 'RUSGOV', None, None, 'a Russian-brokered humanitarian ceasefire was agreed in Moscow', 'Moscow', '2020-10-10', note='"a week after" Saturday.'),
    E('ATTACK', 'ARMCVL', 'AZEMIL', None, None, 'Azerbaijani forces had shelled Stepanakert', 'Stepanakert', '2020-10-17', claimed='ARMGOV'),
    W('ARMCVL', 'AZEMIL', 2, 'EXACT', 'wounding two civilians', 'Stepanakert', '2020-10-17', claimed='ARMGOV', note='Karabakh authorities coded ARMGOV.'),
    E('EQUIPMENT_LOSS', 'ARMMIL', 'AZEMIL', 6, 'EXACT', 'destroyed six Armenian tanks', None, '2020-10-17', claimed='AZEGOV', eq='TANK', note='Text says Armenian; ARMREB (Karabakh forces) defensible.'),
    E('EQUIPMENT_LOSS', 'ARMMIL', 'AZEMIL', 4, 'EXACT', 'four Grad multiple rocket launchers', None, '2020-10-17', claimed='AZEGOV', eq='ARTILLERY'),
    E('EQUIPMENT_LOSS', 'ARMMIL', 'AZEMIL', None, None, 'an S-300 air defence system', None, '2020-10-17', claimed='AZEGOV', eq='OTHER'),
    E('CAPTURE', None, 'AZEMIL', None, None, 'had taken control of several villages in the Fuzuli and Jabrayil districts', 'Fuzuli', '2020-10-17', claimed='AZEGOV', scored=False, note='Vague; restated by Aliyev below.'),
    E('CAPTURE', None, 'AZEMIL', None, None, 'the town of Fuzuli', 'Fuzuli', '2020-10-17', claimed='AZEGOV'),
    E('CAPTURE', None, 'AZEMIL', 7, 'EXACT', 'seven villages had been liberated', None, '2020-10-17', claimed='AZEGOV'),
    K('ARMREB', 'AZEMIL', 40, 'EXACT', '40 more of its servicemen had been killed', None, '2020-10-17', claimed='ARMGOV', note='Karabakh servicemen ARMREB as blind; a batch of newly named dead, not cumulative.'),
    K('ARMREB', 'AZEMIL', 673, 'EXACT', 'bringing its military death toll since fighting erupted on Sept. 27 to 673', None, '2020-10-17', claimed='ARMGOV', cum=True),
    K('AZECVL', None, 60, 'EXACT', '60 civilians have been killed on its side since September 27', None, '2020-10-17', claimed='AZEGOV', cum=True),
    E('TALKS', 'USAGOV', 'ARMGOV', None, None, 'is due to meet U.S. Secretary of State Mike Pompeo in Washington next Friday', 'Washington', None, note='Future meeting: date null.'),
])

A('t14', '2023-09-26', '''
Karabakh exodus swells after fuel depot blast kills at least 20

YEREVAN/GORIS, Armenia (AP) - More than 28,000 ethnic Armenians had fled Nagorno-Karabakh for Armenia by Tuesday morning, Armenian government spokeswoman Nazeli Baghdasaryan said, a week after Azerbaijan launched a lightning military operation to reclaim full control of the breakaway region.

The exodus accelerated after an explosion at a fuel depot near Stepanakert on Monday evening, where hundreds of people had lined up to fill their cars before the journey. The region's health ministry said at least 20 people were killed and nearly 300 injured, many of them in critical condition. The cause of the blast was not immediately clear, but officials said there were no signs of an attack.

The Lachin corridor road to Armenia was jammed with cars, trucks and tractors, and many families spent the night in their vehicles in the mountains. At the border village of Kornidzor, volunteers handed out tea and bread.

Karabakh officials said 200 people, including 10 civilians, were killed and 400 wounded in last week's two-day offensive, which ended with the separatists agreeing to lay down their arms. Azerbaijan said 192 of its soldiers were killed.

Samantha Power, the head of the U.S. aid agency USAID, met Armenian Prime Minister Nikol Pashinyan in Yerevan on Monday and called for international monitors to be given access to the region.
''', [
    E('DISPLACEMENT', 'ARMREF', None, 28000, 'AT_LEAST', 'More than 28,000 ethnic Armenians had fled Nagorno-Karabakh for Armenia by Tuesday morning', None, 'Tuesday', claimed='ARMGOV', cum=True, note='Across the border: REF.'),
    E('OFFENSIVE', None, 'AZEMIL', None, None, 'Azerbaijan launched a lightning military operation to reclaim full control of the breakaway region', None, '2023-09-19', note='"a week after" Tuesday 26th.'),
    K('ARMCVL', None, 20, 'AT_LEAST', 'at least 20 people were killed', 'Stepanakert', 'Monday', claimed='ARMGOV', cause='accident', note='Fuel depot blast, no sign of an attack.'),
    W('ARMCVL', None, 300, 'ABOUT', 'nearly 300 injured', 'Stepanakert', 'Monday', claimed='ARMGOV', cause='accident'),
    E('DISPLACEMENT', 'ARMREF', None, None, None, 'many families spent the night in their vehicles in the mountains', None, '2023-09-26', scored=False, note='Vague restatement of the exodus.'),
    K('ARMREB', 'AZEMIL', 200, 'EXACT', '200 people, including 10 civilians, were killed', None, None, claimed='ARMGOV', cum=True, scored=False, note='Mixed total over a two-day offensive; only the civilian part is broken out.'),
    K('ARMCVL', 'AZEMIL', 10, 'EXACT', 'including 10 civilians', None, None, claimed='ARMGOV', cum=True),
    W('ARMREB', 'AZEMIL', 400, 'EXACT', '400 wounded', None, None, claimed='ARMGOV', cum=True, scored=False, note='Mixed total.'),
    K('AZEMIL', 'ARMREB', 192, 'EXACT', 'Azerbaijan said 192 of its soldiers were killed', None, None, claimed='AZEGOV', cum=True),
    E('TALKS', 'ARMGOV', 'USAGOV', None, None, 'met Armenian Prime Minister Nikol Pashinyan in Yerevan on Monday', 'Yerevan', 'Monday'),
])

A('t15', '2022-01-22', '''
Yemen: dozens killed in air strike on Saada detention centre, MSF says

SANAA/DUBAI (Reuters) - More than 70 people were killed and 138 wounded in an air strike on a detention centre in Yemen's northern Saada province on Friday, medical charity Medecins Sans Frontieres said, in one of the deadliest attacks of the seven-year war.

The Houthi movement's Al Masirah TV said the Saudi-led coalition hit the prison, where migrants from the Horn of Africa were also held, and put the toll at 82 dead and 266 wounded, including women and children. Rescuers were still digging through the rubble on Saturday.

The coalition denied targeting the prison. Coalition spokesman Turki al-Malki said the Houthis had fired a ballistic missile and drones towards Jazan on Friday, and that the coalition had launched air strikes on "legitimate military targets" in Sanaa.

In the port city of Hodeidah, three children were killed while playing football when a coalition air strike hit a telecommunications building, Save the Children said. The strike caused a nationwide internet blackout.

On Monday, the Houthis claimed a drone and missile attack on the United Arab Emirates that killed two Indian nationals and a Pakistani working for the state oil company in Abu Dhabi.

U.N. Secretary-General Antonio Guterres condemned the attacks and called on all parties to
''', [
    E('ATTACK', 'YEMCVL', 'SAUMIL', None, None, 'the Saudi-led coalition hit the prison', 'Saada', 'Friday', claimed='YEMREB', note='Coalition coded SAUMIL; coalition denies targeting.'),
    K('YEMCVL', 'SAUMIL', 70, 'AT_LEAST', 'More than 70 people were killed', 'Saada', 'Friday', claimed='MSF', note='Detainees and migrants: CVL.'),
    W('YEMCVL', 'SAUMIL', 138, 'EXACT', '138 wounded', 'Saada', 'Friday', claimed='MSF', note='"More than" read as governing only the killed.'),
    K('YEMCVL', 'SAUMIL', 82, 'EXACT', 'put the toll at 82 dead', 'Saada', 'Friday', claimed='YEMREB', scored=False, note='Competing figure.'),
    W('YEMCVL', 'SAUMIL', 266, 'EXACT', '266 wounded, including women and children', 'Saada', 'Friday', claimed='YEMREB', scored=False, note='Competing figure.'),
    K('YEMCVL', None, None, None, 'dozens killed in air strike on Saada detention centre', 'Saada', 'Friday', scored=False, note='Headline, vague.'),
    E('ATTACK', 'SAUCVL', 'YEMREB', None, None, 'the Houthis had fired a ballistic missile and drones towards Jazan on Friday', 'Jazan', 'Friday', claimed='SAUMIL'),
    E('ATTACK', 'YEMREB', 'SAUMIL', None, None, 'the coalition had launched air strikes on "legitimate military targets" in Sanaa', 'Sanaa', 'Friday', claimed='SAUMIL'),
    E('ATTACK', 'YEMCVL', 'SAUMIL', None, None, 'a coalition air strike hit a telecommunications building', 'Hodeidah', '2022-01-22', note='No day: report day (really Friday).'),
    K('YEMCVL', 'SAUMIL', 3, 'EXACT', 'three children were killed while playing football', 'Hodeidah', '2022-01-22'),
    E('ATTACK', 'AREGOV', 'YEMREB', None, None, 'the Houthis claimed a drone and missile attack on the United Arab Emirates', 'Abu Dhabi', 'Monday', claimed='YEMREB'),
    K('INDCVL', 'YEMREB', 2, 'EXACT', 'killed two Indian nationals', 'Abu Dhabi', 'Monday'),
    K('PAKCVL', 'YEMREB', 1, 'EXACT', 'a Pakistani working for the state oil company', 'Abu Dhabi', 'Monday'),
])

A('t16', '2022-01-21', '''
11 soldiers killed as IS militants storm army post in Diyala

BAGHDAD (AP) - Islamic State militants stormed an Iraqi army post in a mountainous area north of Baghdad early Friday, killing 11 soldiers as they slept, two security officials said, in one of the deadliest attacks on the military in months.

The attack took place in the al-Azim district, between the provinces of Diyala and Salahuddin, around 3 a.m., the officials said, speaking on condition of anonymity because they were not authorized to talk to reporters. Among the dead were a lieutenant and two non-commissioned officers.

The Security Media Cell, which is run by the military, confirmed the toll in a statement and said the militants had used sniper rifles fitted with thermal sights. It said a large-scale search operation had been launched in the area.

Hours later, an Iraqi warplane struck a hideout in the Hamrin mountains, killing five militants, the statement said.

In a separate incident on Thursday, a roadside bomb hit a convoy of the Popular Mobilization Forces near Tarmiyah, north of the capital, wounding three fighters and damaging a vehicle.

Iraq declared victory over IS in 2017, but sleeper cells still carry out attacks in the triangle between Kirkuk, Salahuddin and Diyala. Last month, militants killed four Kurdish peshmerga fighters and a civilian in an attack near Makhmour.
''', [
    E('ATTACK', 'IRQMIL', 'IRQREB', None, None, 'Islamic State militants stormed an Iraqi army post', 'al-Azim', 'Friday'),
    K('IRQMIL', 'IRQREB', 11, 'EXACT', 'killing 11 soldiers as they slept', 'al-Azim', 'Friday', note='Headline and Security Media Cell confirmation are the same fact.'),
    K('IRQMIL', 'IRQREB', 3, 'EXACT', 'Among the dead were a lieutenant and two non-commissioned officers', 'al-Azim', 'Friday', scored=False, note='Sub-count.'),
    E('OFFENSIVE', 'IRQREB', 'IRQMIL', None, None, 'a large-scale search operation had been launched in the area', 'al-Azim', 'Friday', claimed='IRQMIL', scored=False, note='Routine search operation.'),
    E('ATTACK', 'IRQREB', 'IRQMIL', None, None, 'an Iraqi warplane struck a hideout in the Hamrin mountains', 'Hamrin', 'Friday', claimed='IRQMIL'),
    K('IRQREB', 'IRQMIL', 5, 'EXACT', 'killing five militants', 'Hamrin', 'Friday', claimed='IRQMIL'),
    E('ATTACK', 'IRQMIL', None, None, None, 'a roadside bomb hit a convoy of the Popular Mobilization Forces near Tarmiyah', 'Tarmiyah', 'Thursday', scored=False, note='Unknown perpetrators.'),
    W('IRQMIL', None, 3, 'EXACT', 'wounding three fighters', 'Tarmiyah', 'Thursday', note='PMF coded MIL.'),
    E('EQUIPMENT_LOSS', 'IRQMIL', None, None, None, 'damaging a vehicle', 'Tarmiyah', 'Thursday', eq='VEHICLE'),
    K('IRQMIL', 'IRQREB', 4, 'EXACT', 'killed four Kurdish peshmerga fighters', 'Makhmour', None, scored=False, note='Background, last month.'),
    K('IRQCVL', 'IRQREB', 1, 'EXACT', 'and a civilian in an attack near Makhmour', 'Makhmour', None, scored=False, note='Background, last month.'),
])

A('t17', '2024-11-10', '''
Israeli strike on Almat kills 23, including seven children, Lebanon's health ministry says

BEIRUT - An Israeli airstrike on a house sheltering displaced families in the village of Almat, in the Jbeil district north of Beirut, killed 23 people including seven children on Sunday, Lebanon's health ministry said.

The National News Agency said the three-storey building was levelled and that rescuers were searching for at least six people still missing. Neighbours said the family had fled the southern town of Adloun weeks earlier.

Strikes also hit the southern city of Tyre and the Dahiyeh suburbs of Beirut, where the Israeli military had issued evacuation warnings for several buildings it said belonged to Hezbollah. A paramedic of the Islamic Health Committee was killed in a strike on Deir Qanoun al-Nahr, the health ministry said.

The Israeli military said Hezbollah fired around 80 projectiles into northern Israel on Sunday, and that a drone was intercepted over the Western Galilee. Two people were lightly wounded by shrapnel in Haifa, Magen David Adom said.

The ministry said 3,189 people had been killed and 14,078 wounded in Lebanon since October 2023. More than 1.2 million people have been displaced, according to the government.

The Israeli army also said one of its soldiers, a 20-year-old sergeant from Modiin, was killed in combat in southern Lebanon.
''', [
    E('ATTACK', 'LBNCVL', 'ISRMIL', None, None, 'An Israeli airstrike on a house sheltering displaced families in the village of Almat', 'Almat', 'Sunday'),
    K('LBNCVL', 'ISRMIL', 23, 'EXACT', 'killed 23 people including seven children on Sunday', 'Almat', 'Sunday', claimed='LBNGOV', note='Displaced families, but called people: CVL.'),
    K('LBNCVL', 'ISRMIL', 7, 'EXACT', 'including seven children', 'Almat', 'Sunday', claimed='LBNGOV', scored=False, note='Sub-count.'),
    E('DISPLACEMENT', 'LBNCVL', None, None, None, 'the family had fled the southern town of Adloun weeks earlier', 'Adloun', None, scored=False, note='Single family, background.'),
    E('ATTACK', 'LBNREB', 'ISRMIL', None, None, 'Strikes also hit the southern city of Tyre and the Dahiyeh suburbs of Beirut', 'Tyre', 'Sunday'),
    E('THREAT', 'LBNREB', 'ISRMIL', None, None, 'the Israeli military had issued evacuation warnings for several buildings', 'Dahiyeh', '2024-11-10'),
    K('LBNCVL', 'ISRMIL', 1, 'EXACT', 'A paramedic of the Islamic Health Committee was killed', 'Deir Qanoun al-Nahr', '2024-11-10', claimed='LBNGOV', note='Hezbollah-affiliated health service; paramedic coded CVL.'),
    E('ATTACK', 'ISRCVL', 'LBNREB', 80, 'ABOUT', 'Hezbollah fired around 80 projectiles into northern Israel on Sunday', None, 'Sunday', claimed='ISRMIL'),
    E('EQUIPMENT_LOSS', 'LBNREB', 'ISRMIL', None, None, 'a drone was intercepted over the Western Galilee', None, 'Sunday', claimed='ISRMIL', eq='OTHER', scored=False, note='Drone intercepted.'),
    W('ISRCVL', 'LBNREB', 2, 'EXACT', 'Two people were lightly wounded by shrapnel in Haifa', 'Haifa', 'Sunday'),
    K('LBNCVL', 'ISRMIL', 3189, 'EXACT', '3,189 people had been killed', None, '2024-11-10', claimed='LBNGOV', cum=True),
    W('LBNCVL', 'ISRMIL', 14078, 'EXACT', '14,078 wounded in Lebanon since October 2023', None, '2024-11-10', claimed='LBNGOV', cum=True),
    E('DISPLACEMENT', 'LBNCVL', None, 1200000, 'AT_LEAST', 'More than 1.2 million people have been displaced', None, '2024-11-10', claimed='LBNGOV', cum=True),
    K('ISRMIL', None, 1, 'EXACT', 'one of its soldiers, a 20-year-old sergeant from Modiin, was killed in combat in southern Lebanon', None, '2024-11-10', claimed='ISRMIL'),
])

A('t18', '2023-02-22', '''
Israeli raid in Nablus kills 10 Palestinians, wounds over 100

NABLUS, West Bank (Reuters) - Israeli forces killed at least 10 Palestinians, including three elderly men and a 16-year-old boy, and wounded more than 100 in a daytime raid in the occupied West Bank city of Nablus on Wednesday, Palestinian health officials said.

The Israeli military said troops had entered the Old City to arrest three militants suspected of planning attacks and came under fire. Two of the wanted men were killed after they barricaded themselves in a house that troops hit with shoulder-fired missiles, it said. An Israeli soldier was lightly injured.

The Lions' Den militant group said six of its fighters were among the dead. Footage circulated on social media showed people running for cover on a crowded street near the vegetable market as shots rang out.

The Palestinian Red Crescent said 82 of the wounded had been hit by live fire. A 72-year-old man, Anan Shawkat Anab, died of tear gas inhalation, according to the health ministry.

Hamas' armed wing said later in the day that it had fired a volley of rockets from Gaza at Israel. The Israeli military said six rockets were launched, five of which were intercepted, and that there were no casualties.

At least 61 Palestinians, militants and civilians, have been killed in the West Bank since the start of the year, according to a Reuters tally, and 11 Israelis and a Ukrainian woman have been killed in Palestinian attacks in Israel and East Jerusalem in the same period.
''', [
    K('PSECVL', 'ISRMIL', 10, 'AT_LEAST', 'Israeli forces killed at least 10 Palestinians', 'Nablus', 'Wednesday', claimed='PSEGOV', note='Unspecified Palestinians: CVL. Fighters among them stated only later.'),
    K('PSECVL', 'ISRMIL', 4, 'EXACT', 'including three elderly men and a 16-year-old boy', 'Nablus', 'Wednesday', claimed='PSEGOV', scored=False, note='Sub-count.'),
    W('PSECVL', 'ISRMIL', 100, 'AT_LEAST', 'wounded more than 100', 'Nablus', 'Wednesday', claimed='PSEGOV'),
    E('OFFENSIVE', 'PSEREB', 'ISRMIL', None, None, 'a daytime raid in the occupied West Bank city of Nablus', 'Nablus', 'Wednesday', scored=False, note='Raid read as operation: unscored, as blind.'),
    E('ATTACK', 'PSEREB', 'ISRMIL', None, None, 'troops hit with shoulder-fired missiles', 'Nablus', 'Wednesday', claimed='ISRMIL'),
    E('ATTACK', 'ISRMIL', 'PSEREB', None, None, 'came under fire', 'Nablus', 'Wednesday', claimed='ISRMIL', scored=False, note='Return fire inside the raid; secondary side of the clash.'),
    K('PSEREB', 'ISRMIL', 2, 'EXACT', 'Two of the wanted men were killed', 'Nablus', 'Wednesday', claimed='ISRMIL', scored=False, note='Part of the 10.'),
    W('ISRMIL', 'PSEREB', 1, 'EXACT', 'An Israeli soldier was lightly injured', 'Nablus', 'Wednesday', claimed='ISRMIL'),
    K('PSEREB', 'ISRMIL', 6, 'EXACT', 'six of its fighters were among the dead', 'Nablus', 'Wednesday', claimed='PSEREB', scored=False, note='Part of the 10.'),
    W('PSECVL', 'ISRMIL', 82, 'EXACT', '82 of the wounded had been hit by live fire', 'Nablus', 'Wednesday', scored=False, note='Sub-count.'),
    K('PSECVL', 'ISRMIL', 1, 'EXACT', 'A 72-year-old man, Anan Shawkat Anab, died of tear gas inhalation', 'Nablus', 'Wednesday', claimed='PSEGOV', scored=False, note='Probably one of the 10.'),
    E('ATTACK', 'ISRCVL', 'PSEREB', None, None, 'it had fired a volley of rockets from Gaza at Israel', 'Gaza', 'Wednesday', claimed='PSEREB'),
    E('EQUIPMENT_LOSS', 'PSEREB', 'ISRMIL', 5, 'EXACT', 'five of which were intercepted', None, 'Wednesday', claimed='ISRMIL', eq='OTHER', scored=False, note='Munitions.'),
    K('PSECVL', 'ISRMIL', 61, 'AT_LEAST', 'At least 61 Palestinians, militants and civilians, have been killed in the West Bank since the start of the year', None, '2023-02-22', cum=True),
    K('ISRCVL', 'PSEREB', 11, 'EXACT', '11 Israelis', None, '2023-02-22', cum=True),
    K('UKRCVL', 'PSEREB', 1, 'EXACT', 'a Ukrainian woman have been killed in Palestinian attacks', None, '2023-02-22', cum=True),
])
