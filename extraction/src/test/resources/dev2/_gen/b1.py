from core import A, E, K, W
# ---------------- Syria 2019-2020 ----------------
A('t01', '2020-01-16', '''
Regime and Russian strikes kill 18 civilians in Idlib city and countryside

The Syrian Observatory for Human Rights documented on Wednesday the death of 18 civilians, among them five children, in airstrikes by Russian and regime warplanes on Idlib city and villages in the southern countryside of Idlib.

According to SOHR sources, regime warplanes struck the industrial zone and the vegetable market in Idlib city at around noon, killing 15 civilians, including four children and a woman, and wounding more than 30 others, some of them seriously. Rescuers from the Civil Defence said the toll was expected to rise because several people remained under the rubble.

Meanwhile, Russian jets carried out at least a dozen strikes on Maarshamsha and Talmenes in the southern countryside of Idlib, where a man and his two sons were killed as they tried to flee on a motorcycle.

In Hama countryside, an officer of the regime forces with the rank of lieutenant was killed by a sniper of the "Al-Fateh Al-Mubin" operations room on the frontline of Kafr Nabuda, while the factions shelled regime positions in Jourin with rockets.

With these new losses, the number of civilians killed since the ceasefire announced by Russia and Turkey on January 12 rises to 57, among them 14 children.

Meanwhile, the exodus continued from the southern countryside, as hundreds of families headed towards the Turkish border areas and camps in the northern countryside of Idlib.
''', [
    K('SYRCVL', None, 18, 'EXACT', 'the death of 18 civilians', 'Idlib', 'Wednesday', claimed='SOHR', cum=True, scored=False,
      note='Sum of the 15 in Idlib city and the 3 at Maarshamsha, stated separately below; unscored tally over two incidents.'),
    K('SYRCVL', None, 5, 'EXACT', 'among them five children', 'Idlib', 'Wednesday', claimed='SOHR', scored=False, note='Sub-count of the 18.'),
    E('ATTACK', 'SYRCVL', 'SYRMIL', None, None, 'regime warplanes struck the industrial zone and the vegetable market in Idlib city', 'Idlib', 'Wednesday', claimed='SOHR'),
    K('SYRCVL', 'SYRMIL', 15, 'EXACT', 'killing 15 civilians', 'Idlib', 'Wednesday', claimed='SOHR'),
    K('SYRCVL', 'SYRMIL', 4, 'EXACT', 'including four children and a woman', 'Idlib', 'Wednesday', claimed='SOHR', scored=False, note='Sub-count of the 15 (children 4, woman 1).'),
    W('SYRCVL', 'SYRMIL', 30, 'AT_LEAST', 'wounding more than 30 others', 'Idlib', 'Wednesday', claimed='SOHR'),
    E('ATTACK', 'SYRCVL', 'RUSMIL', 12, 'AT_LEAST', 'Russian jets carried out at least a dozen strikes on Maarshamsha and Talmenes', 'Maarshamsha', 'Wednesday', note='Count is strikes.'),
    K('SYRCVL', 'RUSMIL', 3, 'EXACT', 'a man and his two sons were killed', 'Maarshamsha', 'Wednesday', note='One code, one line: 1 + 2.'),
    K('SYRMIL', 'SYRREB', 1, 'EXACT', 'an officer of the regime forces with the rank of lieutenant was killed by a sniper', 'Kafr Nabuda', 'Wednesday'),
    E('ATTACK', 'SYRMIL', 'SYRREB', None, None, 'the factions shelled regime positions in Jourin with rockets', 'Jourin', 'Wednesday'),
    K('SYRCVL', None, 57, 'EXACT', 'the number of civilians killed since the ceasefire announced by Russia and Turkey on January 12 rises to 57', None, '2020-01-16', claimed='SOHR', cum=True),
    K('SYRCVL', None, 14, 'EXACT', 'among them 14 children', None, '2020-01-16', claimed='SOHR', cum=True, scored=False, note='Sub-count of the 57.'),
    E('DISPLACEMENT', 'SYRCVL', None, None, None, 'hundreds of families headed towards the Turkish border areas', 'Idlib', '2020-01-16', scored=False, note='Vague amount.'),
])

A('t02', '2019-10-10', '''
Turkish forces push into northeast Syria, dozens killed on second day of offensive

AKCAKALE, Turkey (Reuters) - Turkish troops and their Syrian rebel allies pressed their assault on Kurdish-led forces in northeast Syria on Thursday, pounding the border towns of Ras al-Ain and Tel Abyad with artillery and airstrikes as tens of thousands of people fled.

Turkey's Defence Ministry said 109 "terrorists" had been neutralised since the start of the operation, which President Tayyip Erdogan launched on Wednesday after U.S. troops pulled back from the border. The Syrian Democratic Forces (SDF) said they had repelled a ground incursion and denied losing any territory.

The SDF said 11 of its fighters were killed and eight civilians died in Turkish bombardment on Wednesday, among them a child in the village of Misharrafa near Tel Abyad. The Kurdish Red Crescent said at least 23 people had been wounded in Qamishli and Ras al-Ain.

On the Turkish side of the border, a mortar bomb fired from Syria hit a house in Akcakale, killing a nine-month-old baby and an 18-year-old man, the local governor's office said. Another 16 people were wounded in Akcakale and Nusaybin, it added.

The International Rescue Committee said 64,000 people had already fled their homes, and the United Nations warned the number could grow to 300,000 if the fighting continued.

European members of the U.N. Security Council called a closed-door meeting for Thursday to discuss the offensive, while U.S. President Donald Trump said Washington would "wipe out" Turkey's economy if Ankara went too far.

"We will not stop until the terror corridor is finished," Erdogan told members of his AK Party in Ankara, threatening to "open the gates" and send 3.6 million Syrian refugees to Europe if the European Union called the operation an invasion.
''', [
    E('ATTACK', 'SYRREB', 'TURMIL', None, None, 'pounding the border towns of Ras al-Ain and Tel Abyad with artillery and airstrikes', 'Ras al-Ain', 'Thursday'),
    E('DISPLACEMENT', 'SYRCVL', None, None, None, 'tens of thousands of people fled', 'Ras al-Ain', 'Thursday', scored=False, note='Vague.'),
    K('SYRREB', 'TURMIL', 109, 'EXACT', '109 "terrorists" had been neutralised since the start of the operation', None, '2019-10-10', claimed='TURGOV', cum=True, scored=False, note='"Neutralised" (killed, wounded or captured), as b042.'),
    E('OFFENSIVE', 'SYRREB', 'TURMIL', None, None, 'the operation, which President Tayyip Erdogan launched on Wednesday', None, 'Wednesday'),
    K('SYRREB', 'TURMIL', 11, 'EXACT', '11 of its fighters were killed', None, 'Wednesday', claimed='SYRREB'),
    K('SYRCVL', 'TURMIL', 8, 'EXACT', 'eight civilians died in Turkish bombardment on Wednesday', None, 'Wednesday', claimed='SYRREB'),
    K('SYRCVL', 'TURMIL', 1, 'EXACT', 'among them a child in the village of Misharrafa', 'Misharrafa', 'Wednesday', claimed='SYRREB', scored=False, note='Sub-count of the 8.'),
    W('SYRCVL', 'TURMIL', 23, 'AT_LEAST', 'at least 23 people had been wounded in Qamishli and Ras al-Ain', 'Qamishli', '2019-10-10', note='No day given: report day.'),
    E('ATTACK', 'TURCVL', 'SYRREB', None, None, 'a mortar bomb fired from Syria hit a house in Akcakale', 'Akcakale', '2019-10-10', scored=False, note='Attacker not named.'),
    K('TURCVL', 'SYRREB', 2, 'EXACT', 'killing a nine-month-old baby and an 18-year-old man', 'Akcakale', '2019-10-10', claimed='TURGOV'),
    W('TURCVL', 'SYRREB', 16, 'EXACT', 'Another 16 people were wounded in Akcakale and Nusaybin', 'Akcakale', '2019-10-10', claimed='TURGOV'),
    E('DISPLACEMENT', 'SYRCVL', None, 64000, 'EXACT', '64,000 people had already fled their homes', None, '2019-10-10', cum=True),
    E('DISPLACEMENT', 'SYRCVL', None, 300000, 'UP_TO', 'the number could grow to 300,000', None, None, claimed='IGOUNO', cum=True, scored=False, note='Projection.'),
    E('TALKS', None, 'IGOUNO', None, None, 'called a closed-door meeting for Thursday to discuss the offensive', None, 'Thursday'),
    E('DISPLACEMENT', 'SYRREF', None, 3600000, 'EXACT', 'send 3.6 million Syrian refugees to Europe', None, '2019-10-10', cum=True, scored=False, note='Background refugee figure.'),
    K('SYRREB', None, None, None, 'dozens killed on second day of offensive', None, '2019-10-10', scored=False, note='Headline, vague, mixed victims.'),
])

A('t03', '2020-05-05', '''
Former opposition commander shot dead in Daraa's western countryside

Unknown gunmen shot dead a former commander of an opposition faction on the road between Tafas and Muzayrib in the western countryside of Daraa on Monday evening, local sources told Enab Baladi.

The commander, who had joined the Russian-backed Eighth Brigade after the 2018 settlement agreement, was driving home with his cousin when a car pulled alongside them and opened fire. The cousin was wounded and taken to the national hospital in Daraa city.

Hours later, an improvised explosive device exploded near a checkpoint of the regime's Air Force Intelligence at the entrance of the town of Sanamayn, in the northern countryside, killing two members and wounding a third, according to the Horan Free League.

The Daraa Martyrs Documentation Office said it had recorded 29 assassinations and attempted assassinations in April alone, which killed 19 people, most of them former opposition fighters who had signed settlement deals.

Residents say tension has risen since regime forces stormed Sanamayn in March, where at least 21 people were killed, including civilians, in the heaviest fighting in the province since the settlement.

Russian military police sent a patrol to Tafas on Tuesday morning, and its officers met notables of the town, a local activist said.
''', [
    K('SYRMIL', None, 1, 'EXACT', 'Unknown gunmen shot dead a former commander of an opposition faction', 'Tafas', 'Monday',
      note='Eighth Brigade (5th Corps, Russian-backed) coded MIL as in the monitor sets; SYRREB defensible (former opposition).'),
    E('ATTACK', 'SYRMIL', None, None, None, 'a car pulled alongside them and opened fire', 'Tafas', 'Monday', scored=False, note='Unknown perpetrators.'),
    W('SYRCVL', None, 1, 'EXACT', 'The cousin was wounded', 'Tafas', 'Monday'),
    E('ATTACK', 'SYRMIL', None, None, None, 'an improvised explosive device exploded near a checkpoint', 'Sanamayn', 'Monday', scored=False, note='Unknown perpetrators.'),
    K('SYRMIL', None, 2, 'EXACT', 'killing two members', 'Sanamayn', 'Monday', note='"Hours later" after Monday evening: kept Monday.'),
    W('SYRMIL', None, 1, 'EXACT', 'wounding a third', 'Sanamayn', 'Monday'),
    K('SYRCVL', None, 19, 'EXACT', 'which killed 19 people', None, None, cum=True, note='Tally over April; mixed victims coded CVL.'),
    K('SYRCVL', 'SYRMIL', 21, 'AT_LEAST', 'at least 21 people were killed, including civilians', 'Sanamayn', None, scored=False, note='Background (March).'),
    E('DEPLOYMENT', None, 'RUSMIL', None, None, 'Russian military police sent a patrol to Tafas on Tuesday morning', 'Tafas', 'Tuesday'),
])

A('t04', '2020-01-29', '''
Army units liberate Maarat al-Numan city, continue advance in Idlib countryside

Idlib, SANA - Army units on Tuesday restored security and stability to Maarat al-Numan city in the southern countryside of Idlib after fierce battles with the terrorist organizations, a military source said.

The source told SANA's reporter that the army units also liberated the villages of Deir al-Sharqi, Deir al-Gharbi, Kafruma and Maar Shurin, inflicting heavy losses upon the terrorists in personnel and equipment and destroying a number of their vehicles, some of them equipped with heavy machineguns.

Engineering units started combing the city to remove the mines and explosive devices planted by the terrorists in the streets and houses.

The source added that the army units destroyed two car bombs driven by suicide bombers of Jabhat al-Nusra who tried to target army positions on the outskirts of Maarat al-Numan, while terrorists' rocket shells on the neighborhoods of Aleppo city killed three civilians, among them a woman, and injured 11 others.

The army launched its operations in the southern countryside of Idlib on December 19 in response to the terrorists' repeated attacks on civilians in the safe neighborhoods of Hama and Aleppo.

Meanwhile, the Turkish occupation regime sent a new convoy of armored vehicles into Idlib through Kafr Lusin crossing, the source said.
''', [
    E('CAPTURE', None, 'SYRMIL', None, None, 'Army units on Tuesday restored security and stability to Maarat al-Numan city', 'Maarat al-Numan', 'Tuesday', claimed='SYRGOV', note='Headline "liberate Maarat al-Numan" is the same fact.'),
    E('CAPTURE', None, 'SYRMIL', None, None, 'the army units also liberated the villages of Deir al-Sharqi', 'Deir al-Sharqi', 'Tuesday', claimed='SYRGOV'),
    E('CAPTURE', None, 'SYRMIL', None, None, 'Deir al-Gharbi', 'Deir al-Gharbi', 'Tuesday', claimed='SYRGOV'),
    E('CAPTURE', None, 'SYRMIL', None, None, 'Kafruma', 'Kafruma', 'Tuesday', claimed='SYRGOV'),
    E('CAPTURE', None, 'SYRMIL', None, None, 'Maar Shurin', 'Maar Shurin', 'Tuesday', claimed='SYRGOV'),
    K('SYRREB', 'SYRMIL', None, None, 'inflicting heavy losses upon the terrorists in personnel', None, 'Tuesday', claimed='SYRGOV', scored=False, note='Vague losses.'),
    E('EQUIPMENT_LOSS', 'SYRREB', 'SYRMIL', None, None, 'destroying a number of their vehicles', None, 'Tuesday', claimed='SYRGOV', eq='VEHICLE', scored=False, note='Vague amount.'),
    E('EQUIPMENT_LOSS', 'SYRREB', 'SYRMIL', 2, 'EXACT', 'destroyed two car bombs', 'Maarat al-Numan', '2020-01-29', claimed='SYRGOV', eq='VEHICLE', scored=False, note='Car bombs: munitions rather than equipment.'),
    E('ATTACK', 'SYRMIL', 'SYRREB', None, None, 'suicide bombers of Jabhat al-Nusra who tried to target army positions', 'Maarat al-Numan', '2020-01-29', claimed='SYRGOV'),
    E('ATTACK', 'SYRCVL', 'SYRREB', None, None, "terrorists' rocket shells on the neighborhoods of Aleppo city", 'Aleppo', '2020-01-29', claimed='SYRGOV'),
    K('SYRCVL', 'SYRREB', 3, 'EXACT', 'killed three civilians', 'Aleppo', '2020-01-29', claimed='SYRGOV', note='No day in the sentence: report day.'),
    K('SYRCVL', 'SYRREB', 1, 'EXACT', 'among them a woman', 'Aleppo', '2020-01-29', claimed='SYRGOV', scored=False, note='Sub-count.'),
    W('SYRCVL', 'SYRREB', 11, 'EXACT', 'injured 11 others', 'Aleppo', '2020-01-29', claimed='SYRGOV'),
    E('OFFENSIVE', None, 'SYRMIL', None, None, 'The army launched its operations in the southern countryside of Idlib on December 19', 'Idlib', '2019-12-19', claimed='SYRGOV'),
    E('DEPLOYMENT', None, 'TURMIL', None, None, 'sent a new convoy of armored vehicles into Idlib through Kafr Lusin crossing', 'Kafr Lusin', '2020-01-29', claimed='SYRGOV'),
])

A('t05', '2019-12-26', '''
Syrian Arab Republic: Recent Developments in Northwest Syria - Flash Update No. 3

HIGHLIGHTS
Between 16 and 25 December, more than 235,000 people were displaced from Maarat al-Numan and surrounding areas of southern Idlib governorate, according to the CCCM Cluster.

Heavy airstrikes and ground-based strikes continued to be reported in southern Idlib, including on Maarat al-Numan, Jarjanaz, Talmenes and Sarmin. On 24 December, an airstrike reportedly hit the vicinity of a school sheltering displaced people in Jubas village, east of Saraqab, killing at least eight civilians, including five children, and injuring 12 others.

SITUATION OVERVIEW
Since 16 December, the escalation of hostilities has resulted in civilian deaths and injuries. OHCHR verified that at least 1,300 civilians were killed in northwest Syria between 29 April and 25 December, nearly half of them in Idlib governorate.

Many of the newly displaced have moved to areas around Ariha, Saraqab and Idleb city, while others moved further north towards the Turkish border, where camps are already overcrowded. Some 80,000 of those who fled are reported to be living in tents or in the open, exposed to winter temperatures.

On 22 December, a UN cross-border convoy of 40 trucks crossed into Idlib through Bab al-Hawa, delivering food for 70,000 people. On 20 December the UN Security Council failed to renew the cross-border resolution, with Russia and China vetoing the draft.

Humanitarian partners are scaling up the response, but funding remains limited and access to some areas is constrained by the ongoing hostilities and the
''', [
    E('DISPLACEMENT', 'SYRCVL', None, 235000, 'AT_LEAST', 'more than 235,000 people were displaced from Maarat al-Numan', 'Maarat al-Numan', '2019-12-25', claimed='IGOUNO', cum=True, note='Tally 16-25 Dec, dated to its end.'),
    E('ATTACK', 'SYRCVL', None, None, None, 'Heavy airstrikes and ground-based strikes continued to be reported in southern Idlib', 'Maarat al-Numan', '2019-12-26', scored=False, note='Ongoing, no actor.'),
    E('ATTACK', 'SYRCVL', None, None, None, 'an airstrike reportedly hit the vicinity of a school sheltering displaced people in Jubas village', 'Jubas', '2019-12-24', scored=False, note='No actor named.'),
    K('SYRCVL', None, 8, 'AT_LEAST', 'killing at least eight civilians', 'Jubas', '2019-12-24', claimed='IGOUNO', note='Victims sheltering displaced; text says civilians: CVL.'),
    K('SYRCVL', None, 5, 'EXACT', 'including five children', 'Jubas', '2019-12-24', claimed='IGOUNO', scored=False, note='Sub-count.'),
    W('SYRCVL', None, 12, 'EXACT', 'injuring 12 others', 'Jubas', '2019-12-24', claimed='IGOUNO', note='"at least" read as governing only the killed here: the clause is separate.'),
    K('SYRCVL', None, 1300, 'AT_LEAST', 'at least 1,300 civilians were killed in northwest Syria', None, '2019-12-25', claimed='IGOUNO', cum=True),
    E('DISPLACEMENT', 'SYRCVL', None, 80000, 'ABOUT', 'Some 80,000 of those who fled', None, '2019-12-26', claimed='IGOUNO', cum=True, scored=False, note='Sub-count of the 235,000.'),
    E('TALKS', None, 'IGOUNO', None, None, 'the UN Security Council failed to renew the cross-border resolution', None, '2019-12-20'),
])

A('t06', '2020-08-04', '''
Tribal leader dies of wounds as anger grows against Kurdish-led forces in Deir Ezzor

BEIRUT (AFP) - A prominent Arab tribal leader died of his wounds on Tuesday, two days after gunmen ambushed his car in eastern Syria, sparking protests against the Kurdish-led Syrian Democratic Forces in several villages, a war monitor said.

Sheikh Mutshar al-Hamoud al-Hifl, a senior figure of the Aqidat tribe, was shot along with a relative on the road between Shheil and Hawaij in Deir Ezzor province on Sunday, the Syrian Observatory for Human Rights said. The relative was killed on the spot.

Demonstrators blocked roads and burned tyres in Diban, Shheil and Hawaij on Tuesday, and two protesters were wounded when SDF fighters fired in the air to disperse a crowd, according to the Britain-based monitor.

The SDF denied any role in the ambush and blamed Islamic State group cells, which have killed dozens of local officials and tribal figures in the area since the jihadists lost their last stronghold of Baghouz in March 2019.

Separately, the US-led coalition said a member of its forces was slightly injured when an explosive device hit a patrol vehicle near Shaddadi in neighbouring Hasakeh province on Monday.

The Aqidat is the largest tribe in Deir Ezzor, and the SDF relies on its members to staff local councils and checkpoints across the oil-rich province, where resentment over arrests, fuel shortages and conscription has grown.
''', [
    K('SYRCVL', None, 1, 'EXACT', 'A prominent Arab tribal leader died of his wounds on Tuesday', 'Shheil', 'Tuesday', claimed='SOHR', note='Dated to the death; place of the ambush (road between A and B -> A).'),
    E('ATTACK', 'SYRCVL', None, None, None, 'gunmen ambushed his car in eastern Syria', 'Shheil', 'Sunday', scored=False, note='Unknown perpetrators.'),
    K('SYRCVL', None, 1, 'EXACT', 'The relative was killed on the spot', 'Shheil', 'Sunday', claimed='SOHR'),
    W('SYRCVL', 'SYRREB', 2, 'EXACT', 'two protesters were wounded when SDF fighters fired in the air', 'Diban', 'Tuesday', claimed='SOHR'),
    K('SYRCVL', 'SYRREB', None, None, 'which have killed dozens of local officials and tribal figures', None, None, cum=True, scored=False, note='Vague background tally (IS cells).'),
    E('CAPTURE', None, 'SYRREB', None, None, 'the jihadists lost their last stronghold of Baghouz in March 2019', 'Baghouz', None, scored=False, note='Background, implied SDF capture.'),
    W('USAMIL', None, 1, 'EXACT', 'a member of its forces was slightly injured', 'Shaddadi', 'Monday', claimed='USAMIL'),
    E('EQUIPMENT_LOSS', 'USAMIL', None, None, None, 'an explosive device hit a patrol vehicle near Shaddadi', 'Shaddadi', 'Monday', claimed='USAMIL', eq='VEHICLE'),
])

A('t07', '2020-03-01', '''
LIVE: Turkey shoots down two Syrian warplanes over Idlib as Ankara names its operation

14:05 GMT - Turkey's Defence Ministry says its F-16s shot down two Syrian government Su-24 warplanes that were attacking Turkish forces over Idlib. The pilots ejected and landed safely, Syrian state news agency SANA reported.

13:40 GMT - Syrian state media says Turkish drone strikes hit an army position near Saraqeb, killing three soldiers. Separately, the Syrian Observatory for Human Rights said 19 government soldiers and allied fighters were killed in Turkish drone strikes on Sunday, raising the number of pro-government fighters killed since Thursday to 93.

12:15 GMT - Defence Minister Hulusi Akar announces "Operation Spring Shield", saying Turkey had "neutralised" 2,212 regime elements and destroyed eight helicopters, 103 tanks, 72 howitzers and three air defence systems since Thursday's attack.

11:30 GMT - Erdogan says he will meet Putin in Moscow on Thursday and hopes for a ceasefire. "We did not start this, but we will finish it if needed," he added.

10:50 GMT - Syria closes its airspace over the northwest, warning that any aircraft entering it will be treated as hostile and shot down.

09:20 GMT - A Turkish soldier was killed and two others injured in an attack by Syrian government forces in Idlib on Saturday, the ministry said late on Saturday.
''', [
    E('EQUIPMENT_LOSS', 'SYRMIL', 'TURMIL', 2, 'EXACT', 'its F-16s shot down two Syrian government Su-24 warplanes', 'Idlib', '2020-03-01', claimed='TURGOV', eq='AIRCRAFT'),
    E('ATTACK', 'SYRMIL', 'TURMIL', None, None, 'Turkish drone strikes hit an army position near Saraqeb', 'Saraqeb', '2020-03-01', claimed='SYRGOV'),
    K('SYRMIL', 'TURMIL', 3, 'EXACT', 'killing three soldiers', 'Saraqeb', '2020-03-01', claimed='SYRGOV'),
    K('SYRMIL', 'TURMIL', 19, 'EXACT', '19 government soldiers and allied fighters were killed in Turkish drone strikes on Sunday', None, 'Sunday', claimed='SOHR', scored=False,
      note='Competing, overlapping figure (may include the three near Saraqeb): first-stated figure scored.'),
    K('SYRMIL', 'TURMIL', 93, 'EXACT', 'raising the number of pro-government fighters killed since Thursday to 93', None, '2020-03-01', claimed='SOHR', cum=True),
    E('OFFENSIVE', None, 'TURMIL', None, None, 'Defence Minister Hulusi Akar announces "Operation Spring Shield"', None, '2020-03-01', claimed='TURGOV'),
    K('SYRMIL', 'TURMIL', 2212, 'EXACT', '"neutralised" 2,212 regime elements', None, '2020-03-01', claimed='TURGOV', cum=True, scored=False, note='Neutralised.'),
    E('EQUIPMENT_LOSS', 'SYRMIL', 'TURMIL', 8, 'EXACT', 'destroyed eight helicopters', None, '2020-03-01', claimed='TURGOV', cum=True, eq='HELICOPTER'),
    E('EQUIPMENT_LOSS', 'SYRMIL', 'TURMIL', 103, 'EXACT', '103 tanks', None, '2020-03-01', claimed='TURGOV', cum=True, eq='TANK'),
    E('EQUIPMENT_LOSS', 'SYRMIL', 'TURMIL', 72, 'EXACT', '72 howitzers', None, '2020-03-01', claimed='TURGOV', cum=True, eq='ARTILLERY'),
    E('EQUIPMENT_LOSS', 'SYRMIL', 'TURMIL', 3, 'EXACT', 'three air defence systems', None, '2020-03-01', claimed='TURGOV', cum=True, eq='OTHER'),
    E('TALKS', 'RUSGOV', 'TURGOV', None, None, 'he will meet Putin in Moscow on Thursday', 'Moscow', None, note='Planned meeting (5 March), after the date line: date null.'),
    E('THREAT', 'SYRMIL', 'TURGOV', None, None, 'we will finish it if needed', None, '2020-03-01'),
    E('THREAT', 'TURMIL', 'SYRGOV', None, None, 'warning that any aircraft entering it will be treated as hostile and shot down', None, '2020-03-01'),
    E('ATTACK', 'TURMIL', 'SYRMIL', None, None, 'an attack by Syrian government forces in Idlib on Saturday', 'Idlib', 'Saturday', claimed='TURGOV'),
    K('TURMIL', 'SYRMIL', 1, 'EXACT', 'A Turkish soldier was killed', 'Idlib', 'Saturday', claimed='TURGOV'),
    W('TURMIL', 'SYRMIL', 2, 'EXACT', 'two others injured', 'Idlib', 'Saturday', claimed='TURGOV'),
])

A('t08', '2020-10-30', '''
Syria Situation Update: 24 - 30 October 2020

Northwest: The deadliest single incident since the March ceasefire took place on 26 October, when Russian airstrikes hit a training camp of the Turkish-backed Faylaq al-Sham faction near Kafr Takharim, in the Harem district of Idlib. At least 78 fighters were killed and more than 90 wounded, according to the Syrian Observatory; the faction itself put the toll at 35. In response, opposition groups shelled regime positions in the countryside of Latakia and Hama, killing a regime soldier near Jurin.

North: A car bomb exploded in a crowded market in the city of al-Bab on 24 October, killing four civilians, among them a child, and wounding 20. No group claimed responsibility. Turkish-backed factions and the SDF exchanged fire near Ain Issa for a third consecutive day; two SNA fighters were killed by SDF sniper fire on 27 October.

Northeast and east: In Deir ez-Zor, unidentified gunmen killed a member of the local council of Dhiban and an SDF fighter in two separate attacks on 28 October. Suspected ISIS cells attacked a regime bus near Kabajeb on the Deir ez-Zor-Palmyra road, killing six members of the Fourth Division.

South: In Daraa, the body of a young man from al-Karak al-Sharqi was found on 29 October, two days after he was detained at a regime checkpoint. A landmine left over from the war killed two shepherds in the countryside of Tafas.

Data: 132 conflict-related fatalities were recorded this week, the highest weekly figure since March.
''', [
    E('ATTACK', 'SYRREB', 'RUSMIL', None, None, 'Russian airstrikes hit a training camp of the Turkish-backed Faylaq al-Sham faction near Kafr Takharim', 'Kafr Takharim', '2020-10-26'),
    K('SYRREB', 'RUSMIL', 78, 'AT_LEAST', 'At least 78 fighters were killed', 'Kafr Takharim', '2020-10-26', claimed='SOHR'),
    W('SYRREB', 'RUSMIL', 90, 'AT_LEAST', 'more than 90 wounded', 'Kafr Takharim', '2020-10-26', claimed='SOHR'),
    K('SYRREB', 'RUSMIL', 35, 'EXACT', 'the faction itself put the toll at 35', 'Kafr Takharim', '2020-10-26', claimed='SYRREB', scored=False, note='Competing figure.'),
    E('ATTACK', 'SYRMIL', 'SYRREB', None, None, 'opposition groups shelled regime positions in the countryside of Latakia and Hama', 'Latakia', '2020-10-30', note='No day: report day; probably 26-27 Oct.'),
    K('SYRMIL', 'SYRREB', 1, 'EXACT', 'killing a regime soldier near Jurin', 'Jurin', '2020-10-30'),
    E('ATTACK', 'SYRCVL', None, None, None, 'A car bomb exploded in a crowded market in the city of al-Bab', 'al-Bab', '2020-10-24', scored=False, note='Unclaimed.'),
    K('SYRCVL', None, 4, 'EXACT', 'killing four civilians', 'al-Bab', '2020-10-24'),
    K('SYRCVL', None, 1, 'EXACT', 'among them a child', 'al-Bab', '2020-10-24', scored=False, note='Sub-count.'),
    W('SYRCVL', None, 20, 'EXACT', 'wounding 20', 'al-Bab', '2020-10-24'),
    E('ATTACK', 'SYRREB', 'SYRREB', None, None, 'Turkish-backed factions and the SDF exchanged fire near Ain Issa', 'Ain Issa', '2020-10-30', note='Both sides SYRREB: one line.'),
    K('SYRREB', 'SYRREB', 2, 'EXACT', 'two SNA fighters were killed by SDF sniper fire on 27 October', 'Ain Issa', '2020-10-27'),
    K('SYRCVL', None, 1, 'EXACT', 'unidentified gunmen killed a member of the local council of Dhiban', 'Dhiban', '2020-10-28'),
    K('SYRREB', None, 1, 'EXACT', 'an SDF fighter', 'Deir ez-Zor', '2020-10-28', note='Second, separate attack; place only the province.'),
    E('ATTACK', 'SYRMIL', 'SYRREB', None, None, 'Suspected ISIS cells attacked a regime bus near Kabajeb', 'Kabajeb', '2020-10-30', scored=False, note='"Suspected": attribution hedged.'),
    K('SYRMIL', 'SYRREB', 6, 'EXACT', 'killing six members of the Fourth Division', 'Kabajeb', '2020-10-30', note='No day: report day.'),
    K('SYRCVL', None, 1, 'EXACT', 'the body of a young man from al-Karak al-Sharqi was found on 29 October', 'al-Karak al-Sharqi', '2020-10-29'),
    K('SYRCVL', None, 2, 'EXACT', 'A landmine left over from the war killed two shepherds', 'Tafas', '2020-10-30'),
    K('SYRCVL', None, 132, 'EXACT', '132 conflict-related fatalities were recorded this week', None, '2020-10-30', cum=True, scored=False, note='Weekly sum, mixed parties.'),
])

A('t09', '2019-05-12', '''
In Syria's northwest, families flee again as the bombs follow them

ATMEH, Syria (AP) - Umm Ahmad has packed the family's mattresses onto a pickup truck three times in eight years. The last time, she said, she did not even stop to lock the door.

"The planes were above us day and night. We left with the clothes we were wearing," said the 43-year-old mother of five, sitting in a half-finished tent in an olive grove near the Turkish border.

Her village, Kafr Nabuda in the northern countryside of Hama, was captured by Syrian government forces on Wednesday after more than a week of heavy bombardment, the Britain-based Syrian Observatory for Human Rights said. Insurgents launched a counterattack on Saturday and briefly re-entered part of the village before being pushed back, the Observatory said, adding that 23 government troops and 15 insurgents were killed in the fighting.

The U.N. humanitarian office says more than 180,000 people have fled the fighting in southern Idlib and northern Hama since the end of April, and that at least 12 health facilities have been hit. On Friday, an airstrike on the town of Kafr Nabl killed a paramedic and his daughter, local rescuers said.

Russia, a key ally of President Bashar Assad, denies targeting civilians and says it is responding to rebel drone attacks on its Hmeimim air base in Latakia province.

Umm Ahmad's husband, a day laborer, was wounded in the leg by shrapnel in 2016 and cannot carry heavy loads. Their eldest son left for Turkey last year.

"Every time we think this is the last place we will have to go," she said.
''', [
    E('DISPLACEMENT', 'SYRCVL', None, None, None, 'families flee again as the bombs follow them', None, '2019-05-12', scored=False, note='Headline, vague; the single family is unscored too.'),
    E('CAPTURE', None, 'SYRMIL', None, None, 'Kafr Nabuda in the northern countryside of Hama, was captured by Syrian government forces on Wednesday', 'Kafr Nabuda', 'Wednesday', claimed='SOHR'),
    E('OFFENSIVE', None, 'SYRREB', None, None, 'Insurgents launched a counterattack on Saturday', 'Kafr Nabuda', 'Saturday', claimed='SOHR'),
    E('CAPTURE', None, 'SYRREB', None, None, 'briefly re-entered part of the village before being pushed back', 'Kafr Nabuda', 'Saturday', scored=False, note='Partial, reversed.'),
    K('SYRMIL', 'SYRREB', 23, 'EXACT', '23 government troops', 'Kafr Nabuda', 'Saturday', claimed='SOHR'),
    K('SYRREB', 'SYRMIL', 15, 'EXACT', '15 insurgents were killed in the fighting', 'Kafr Nabuda', 'Saturday', claimed='SOHR'),
    E('DISPLACEMENT', 'SYRCVL', None, 180000, 'AT_LEAST', 'more than 180,000 people have fled the fighting in southern Idlib and northern Hama', 'Idlib', '2019-05-12', claimed='IGOUNO', cum=True),
    E('ATTACK', 'SYRCVL', None, None, None, 'an airstrike on the town of Kafr Nabl', 'Kafr Nabl', 'Friday', scored=False, note='No actor named.'),
    K('SYRCVL', None, 2, 'EXACT', 'killed a paramedic and his daughter', 'Kafr Nabl', 'Friday'),
    W('SYRCVL', None, 1, 'EXACT', 'was wounded in the leg by shrapnel in 2016', None, None, scored=False, note='Background (2016).'),
])
