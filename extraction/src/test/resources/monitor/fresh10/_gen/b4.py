"""News articles, part 2: other conflicts."""
from lib import *

ITEMS = [
it('c01', '2024-04-17', 'Wed', 'Ukraine', 'shelling_artillery_missile', 'Chernihiv', 'Chernihiv', 'Chernihiv', 17, 'news',
"""Missiles slam into Chernihiv centre, killing 17

KYIV, April 17 (Reuters) - Three Russian missiles struck the centre of the northern Ukrainian city of Chernihiv on Wednesday morning, killing at least 17 people and wounding 61, officials said, in one of the deadliest attacks on the city since the start of the war.

The missiles hit an eight-storey building, a hospital yard and a busy street near a university, city officials said. Rescue workers searched through rubble for hours as relatives waited behind police tape.

The regional governor had given an earlier toll of 13 dead. By evening the interior ministry said 17 were confirmed dead, and that three children were among those taken to hospital.

"This would not have happened if Ukraine had received enough air-defence equipment," President Volodymyr Zelenskiy said on social media, renewing his appeal to Western allies.

Ukraine's air force said the Iskander-M missiles had been fired from Russia's Bryansk region, some 100 km (60 miles) to the north, leaving too little time for the city's residents to take shelter.

There was no immediate comment from Moscow, which denies targeting civilians. Chernihiv was besieged by Russian troops in the first weeks of the invasion in 2022, before they withdrew from northern Ukraine.""",
 [K('UKRCVL', 17, 'Missiles slam into Chernihiv centre, killing 17', actor='RUSMIL', sc=False, note='headline restatement'),
  A('RUSMIL', 'Three Russian missiles struck the centre of the northern Ukrainian city of Chernihiv', n=3),
  K('UKRCVL', 17, 'killing at least 17 people', q='AL', actor='RUSMIL', by='UKRGOV'),
  W('UKRCVL', 61, 'wounding 61', actor='RUSMIL', by='UKRGOV'),
  K('UKRCVL', 13, 'an earlier toll of 13 dead', by='UKRGOV', sc=False, note='superseded'),
  K('UKRCVL', 17, 'the interior ministry said 17 were confirmed dead', by='UKRGOV', sc=False, note='same figure restated'),
  W('UKRCVL', 3, 'three children were among those taken to hospital', by='UKRGOV', sc=False, note='sub-count'),
  C('RUSMIL', 'Chernihiv was besieged by Russian troops', d=None, sc=False, note='background siege')]),

it('c02', '2023-08-29', 'Mon', 'Ukraine', 'gov_regains_territory', 'Robotyne', 'Zaporizhzhia', 'Polohy', 1, 'news',
"""Ukraine says Robotyne retaken, eyes next Russian line

ZAPORIZHZHIA, Ukraine, Aug. 29 - Ukrainian troops have fully retaken the village of Robotyne in the southern Zaporizhzhia region, Deputy Defence Minister Hanna Maliar said on Monday, the most significant gain of a counteroffensive that has moved more slowly than Kyiv's allies had hoped.

Soldiers posted video of themselves raising the blue-and-yellow flag over a ruined school. A commander said the next Russian defensive line lay a few kilometres to the south, protected by minefields and anti-tank ditches.

Russia's defence ministry did not acknowledge the loss. It said its forces had beaten back attacks "in the Zaporizhzhia direction" over the past day, killing up to 245 Ukrainian servicemen and destroying two Leopard tanks and five armoured fighting vehicles.

In the frontline town of Orikhiv, north of Robotyne, Russian shelling killed a 52-year-old woman in her garden and wounded her husband on Sunday, the regional governor said.

The counteroffensive was launched in early June. Ukrainian officials say progress is deliberately slow because of the density of the minefields, and that their troops are trying to preserve Western-supplied armour.""",
 [C('UKRMIL', 'Ukrainian troops have fully retaken the village of Robotyne', by='UKRGOV', note='statement day'),
  C('UKRMIL', 'Ukraine says Robotyne retaken', sc=False, note='headline restatement'),
  K('UKRMIL', 245, 'killing up to 245 Ukrainian servicemen', q='UT', by='RUSGOV', cum=True, loc='Zaporizhzhia', d='rep', note='a day of attacks along a front: tally'),
  E('UKRMIL', 'TANK', 2, 'destroying two Leopard tanks', by='RUSGOV', cum=True, loc='Zaporizhzhia', d='rep'),
  E('UKRMIL', 'APC', 5, 'five armoured fighting vehicles', by='RUSGOV', cum=True, loc='Zaporizhzhia', d='rep'),
  A('UKRMIL', 'beaten back attacks "in the Zaporizhzhia direction"', by='RUSGOV', loc='Zaporizhzhia', d='rep', sc=False, note='vague, over a day'),
  A('RUSMIL', 'Russian shelling killed a 52-year-old woman', loc='Orikhiv', d='Sun'),
  K('UKRCVL', 1, 'killed a 52-year-old woman in her garden', loc='Orikhiv', d='Sun', by='UKRGOV', actor='RUSMIL'),
  W('UKRCVL', 1, 'wounded her husband on Sunday', loc='Orikhiv', d='Sun', by='UKRGOV', actor='RUSMIL'),
  O('UKRMIL', 'The counteroffensive was launched in early June', loc=None, d=None, sc=False, note='background launch')]),

it('c03', '2024-11-16', 'rep', 'Ukraine', 'gov_regains_territory', 'Kolisnykivka', 'Kharkiv', 'Kupiansk', 2, 'news',
"""Russia claims village near Kupiansk; glide bombs hit town

Russia's defence ministry said on Saturday that its troops had captured the village of Kolisnykivka, on the eastern bank of the Oskil river south of Kupiansk, part of a slow push towards the town that Ukraine recaptured in September 2022.

Ukraine's General Staff did not confirm the loss. Its evening report said Russian forces had attacked 14 times near Kupiansk during the day and that fighting was continuing in the area of Kolisnykivka.

In Kupiansk itself, two guided aerial bombs hit a residential street on Saturday afternoon, killing a man and a woman and wounding four other residents, the regional prosecutor's office said. Only about 3,000 people remain in the town, which had a pre-war population of 27,000.

Local authorities last month ordered the evacuation of families with children from Kupiansk and nearby villages, and say some 1,500 people have left since then.

A Ukrainian battalion commander in the area told a local broadcaster that Russian infantry groups were crossing the river in small boats at night. "They come in groups of three or four. We destroy most of them, but they keep coming," he said.

Military analysts say the capture of Kupiansk would give Russia a bridgehead on the river's western bank.""",
 [C('RUSMIL', 'its troops had captured the village of Kolisnykivka', by='RUSGOV', note='claim, not confirmed, not dismissed: statement day'),
  C('RUSMIL', 'Russia claims village near Kupiansk', loc=None, sc=False, note='headline restatement'),
  C('UKRMIL', 'the town that Ukraine recaptured in September 2022', loc='Kupiansk', d=None, sc=False, note='background'),
  A('RUSMIL', 'Russian forces had attacked 14 times near Kupiansk', n=14, loc='Kupiansk', by='UKRMIL'),
  A('RUSMIL', 'two guided aerial bombs hit a residential street', n=2, loc='Kupiansk', note='glide bombs: Russian in context'),
  K('UKRCVL', 2, 'killing a man and a woman', loc='Kupiansk', by='UKRGOV', note='one code: 1 + 1; prosecutor: GOV'),
  W('UKRCVL', 4, 'wounding four other residents', loc='Kupiansk', by='UKRGOV'),
  D('UKRCVL', 1500, 'some 1,500 people have left since then', q='AB', cum=True, loc='Kupiansk', d='rep', by='UKRGOV'),
  K('RUSMIL', None, 'We destroy most of them', loc=None, d=None, sc=False, note='vague, general')]),

it('c04', '2024-06-06', 'Wed', 'Sudan', 'attack', 'Wad Hashim', 'Al Jazirah', 'Al-Managil', 104, 'news',
"""Sudan: more than 100 killed as RSF storms Gezira village

PORT SUDAN, June 6 - Fighters of Sudan's paramilitary Rapid Support Forces stormed the village of Wad Hashim in Al-Gezira state on Wednesday, killing 104 people, among them 35 children, a local resistance committee said.

The committee said the fighters attacked the village twice, first with artillery and then on pickup trucks, and opened fire on residents who tried to stop them looting homes. More than 150 people were wounded, it said, and hundreds of families fled towards Al-Managil, 30 km to the west.

Sudan's army-aligned government said more than 100 civilians had been killed in what it called a "massacre", and called on the international community to label the RSF a terrorist organisation.

In a statement, the RSF said its forces had attacked "gatherings of the army and its mobilised militias" near the village, and did not mention civilian casualties.

UNICEF's chief said she was "horrified" by reports that children were among the dead.

The RSF has controlled most of Al-Gezira since December, when it took the state capital, Wad Madani. Residents of villages across the state have since reported waves of looting, killings and sexual violence.""",
 [A('SDNREB', 'Fighters of Sudan\'s paramilitary Rapid Support Forces stormed the village of Wad Hashim'),
  K('SDNCVL', 104, 'killing 104 people', actor='SDNREB'),
  K('SDNCVL', 35, 'among them 35 children', sc=False, note='sub-count'),
  K('SDNCVL', 100, 'more than 100 killed as RSF storms Gezira village', q='AL', loc=None, sc=False, note='headline'),
  W('SDNCVL', 150, 'More than 150 people were wounded', q='AL', actor='SDNREB'),
  D('SDNCVL', None, 'hundreds of families fled towards Al-Managil', note='families: no count'),
  K('SDNCVL', 100, 'more than 100 civilians had been killed', q='AL', by='SDNGOV', sc=False, note='competing figure, stated second'),
  A('SDNREB', 'its forces had attacked "gatherings of the army and its mobilised militias"', by='SDNREB', sc=False, note='the same attack as claimed'),
  C('SDNREB', 'when it took the state capital, Wad Madani', loc='Wad Madani', d=None, sc=False, note='background')]),

it('c05', '2025-01-12', 'Sat', 'Sudan', 'gov_regains_territory', 'Wad Madani', 'Al Jazirah', 'Wad Madani', 13, 'news',
"""Army back in Wad Madani after a year of RSF rule

Sudan's army said on Saturday that it had recaptured Wad Madani, the capital of Al-Gezira state, from the Rapid Support Forces, more than a year after the paramilitaries overran the city.

Videos verified by news agencies showed soldiers and allied fighters in the city centre and outside its main hospital. Residents in army-held cities including Port Sudan and Omdurman poured into the streets to celebrate.

The army's general command said its troops had "cleansed" the city of the "rebel militia". The RSF acknowledged a withdrawal but said its forces remained on the outskirts.

Activists in the city said at least 13 civilians accused of having cooperated with the RSF were killed by army-allied fighters in the Kambo of Al-Taybah the day after the troops arrived. The army said any violations would be investigated.

The offensive on the city began in late September, as the army pushed on several fronts after months of losses. Analysts said the loss of Wad Madani cut the RSF's supply lines to its forces in the south-east of the country.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to UN figures.""",
 [C('SDNMIL', 'it had recaptured Wad Madani', by='SDNMIL'),
  C('SDNMIL', 'Army back in Wad Madani', sc=False, note='headline restatement'),
  C('SDNMIL', 'its troops had "cleansed" the city', by='SDNMIL', sc=False, note='restatement'),
  C('SDNREB', 'the paramilitaries overran the city', d=None, sc=False, note='background'),
  K('SDNCVL', 13, 'at least 13 civilians accused of having cooperated with the RSF were killed', q='AL', actor='SDNMIL', loc='Al-Taybah', d='rep', note='army-allied fighters: MIL; "the day after the troops arrived" = Sunday, the report day'),
  O('SDNMIL', 'The offensive on the city began in late September', d=None, sc=False, note='background launch'),
  K('SDNCVL', None, 'has killed tens of thousands of people', cum=True, loc=None, d='rep', sc=False, note='war-long background'),
  D('SDNCVL', 12000000, 'displaced more than 12 million', q='AL', cum=True, loc=None, d='rep', by='IGOUNO', sc=False, note='war-long background')]),

it('c06', '2022-10-24', 'Sun', 'Somalia', 'attack', 'Kismayo', 'Lower Juba', 'Kismayo', 13, 'news',
"""Nine dead as al-Shabaab gunmen storm Kismayo hotel

KISMAYO, Somalia, Oct 24 - Al-Shabaab militants detonated a car bomb at the gate of a hotel in the southern port city of Kismayo on Sunday and then stormed the building, killing nine people, among them three students, before security forces ended the siege after seven hours.

Jubaland's security minister said 47 people were wounded and that all four gunmen were killed by the security forces. Several senior officials who were inside the hotel were rescued, he said.

Witnesses said the gunmen went from room to room. "I hid in a bathroom with two other guests until the soldiers came," a businessman said by telephone.

Al-Shabaab claimed responsibility in a statement on one of its radio stations, saying it had targeted "apostate officials".

The attack came weeks after the federal government launched an offensive with allied clan militias against the group in central Somalia. The militants have responded with bombings and raids on army bases.

Kismayo, the capital of the semi-autonomous Jubaland region, had been relatively calm in recent years, and officials had held a series of meetings on security and trade at the same hotel in recent months.""",
 [K('SOMCVL', 9, 'Nine dead as al-Shabaab gunmen storm Kismayo hotel', actor='SOMREB', sc=False, note='headline restatement'),
  A('SOMREB', 'Al-Shabaab militants detonated a car bomb at the gate of a hotel', by='SOMREB'),
  A('SOMREB', 'then stormed the building', sc=False, note='second act of the same attack'),
  K('SOMCVL', 9, 'killing nine people', actor='SOMREB'),
  K('SOMCVL', 3, 'among them three students', sc=False, note='sub-count'),
  W('SOMCVL', 47, '47 people were wounded', by='SOMGOV'),
  K('SOMREB', 4, 'all four gunmen were killed by the security forces', by='SOMGOV', actor='SOMMIL'),
  O('SOMMIL', 'the federal government launched an offensive with allied clan militias', loc=None, d=None, sc=False, note='background launch')]),

it('c07', '2022-12-07', 'Tue', 'Somalia', 'gov_regains_territory', 'Adan Yabaal', 'Middle Shabelle', 'Adan Yabaal', 16, 'news',
"""Somali troops enter al-Shabaab stronghold of Adan Yabaal

MOGADISHU, Dec. 7 -- Somali government forces and allied clan fighters entered the town of Adan Yabaal in Middle Shabelle on Tuesday, the army said, seizing what officials described as a key logistics hub for al-Shabaab.

Militants had abandoned the town hours before troops arrived, residents said. The army said its soldiers had killed 15 fighters in clashes on the outskirts the previous evening, a figure that could not be independently verified.

A soldier was killed and three were wounded when a roadside bomb exploded next to their pickup truck on the road to the town on Tuesday morning, a military officer said.

The government launched its offensive against al-Shabaab in neighbouring Hiiraan region in August, after clan militias known as macawisley rose up against the group's taxes and forced recruitment. The campaign has since spread to Middle Shabelle and Galmudug.

President Hassan Sheikh Mohamud has vowed to "eliminate" the group, which has waged an insurgency against the government for more than 15 years. Aid agencies have warned that the fighting, combined with drought, is pushing more rural families into camps around district towns.""",
 [C('SOMMIL', 'Somali government forces and allied clan fighters entered the town of Adan Yabaal', by='SOMMIL'),
  C('SOMMIL', 'Somali troops enter al-Shabaab stronghold of Adan Yabaal', sc=False, note='headline restatement'),
  K('SOMREB', 15, 'its soldiers had killed 15 fighters in clashes on the outskirts the previous evening', by='SOMMIL', actor='SOMMIL', d='2022-12-05', note='the evening before Tuesday'),
  A('SOMMIL', 'clashes on the outskirts the previous evening', d='2022-12-05'),
  A(None, 'a roadside bomb exploded next to their pickup truck', victim='SOMMIL'),
  K('SOMMIL', 1, 'A soldier was killed'),
  W('SOMMIL', 3, 'three were wounded'),
  E('SOMMIL', 'VEHICLE', None, 'a roadside bomb exploded next to their pickup truck', sc=False, note='not said to be hit'),
  O('SOMMIL', 'The government launched its offensive against al-Shabaab in neighbouring Hiiraan region in August', loc='Hiiraan', d=None, sc=False, note='background launch'),
  T('SOMGOV', 'has vowed to "eliminate" the group', loc=None, d=None, sc=False, note='no day'),
  D('SOMCVL', None, 'pushing more rural families into camps around district towns', loc=None, cum=True, d='rep', sc=False, note='general, vague')]),

it('c08', '2021-06-06', 'Sat', 'Yemen', 'shelling_artillery_missile', 'Marib', 'Marib', 'Marib', 17, 'news',
"""Missile hits petrol station in Yemen's Marib, 17 dead

ADEN, June 6 - A ballistic missile struck a petrol station in the city of Marib on Saturday evening, killing 17 people, including a five-year-old girl, Yemen's information minister said, blaming the Houthi movement.

Medics said dozens of people were hurt as fire spread to cars queuing for fuel. A health official in the city said 12 of the injured were in critical condition.

The Houthis, who have been trying since February to seize Marib, the government's last stronghold in the north, did not comment on the strike.

Fighting continued on the Raghwan front, north-west of the city, where pro-government military sources said Houthi attacks had been repelled and dozens of Houthi fighters killed.

The Saudi-led coalition said on Sunday that it had destroyed an explosive-laden boat off the coast of Hodeidah and intercepted a drone launched towards the Saudi city of Khamis Mushait.

UN envoy Martin Griffiths, who is due to leave his post, has been trying to broker a nationwide ceasefire, but talks with the Houthis in Muscat ended without agreement last month.""",
 [K('YEMCVL', 17, 'Missile hits petrol station in Yemen\'s Marib, 17 dead', sc=False, note='headline restatement'),
  A(None, 'A ballistic missile struck a petrol station in the city of Marib', note='blamed only'),
  O('YEMREB', 'have been trying since February to seize Marib', d=None, sc=False, note='background campaign'),
  K('YEMCVL', 17, 'killing 17 people', by='YEMGOV'),
  K('YEMCVL', 1, 'including a five-year-old girl', sc=False, note='sub-count'),
  W('YEMCVL', None, 'dozens of people were hurt'),
  W('YEMCVL', 12, '12 of the injured were in critical condition', sc=False, note='sub-count'),
  A('YEMREB', 'Houthi attacks had been repelled', loc='Raghwan', d='rep', note='no day: report day'),
  K('YEMREB', None, 'dozens of Houthi fighters killed', loc='Raghwan', d='rep', note='vague'),
  E('YEMREB', 'OTHER', None, 'it had destroyed an explosive-laden boat off the coast of Hodeidah', by='SAUMIL', loc='Hodeidah', d='Sun'),
  A('YEMREB', 'intercepted a drone launched towards the Saudi city of Khamis Mushait', loc='Khamis Mushait', d='Sun', sc=False, note='intercepted'),
  TK('IGOUNO', 'talks with the Houthis in Muscat ended without agreement last month', loc='Muscat', d=None, sc=False, note='background')]),

it('c09', '2024-07-21', 'Sat', 'Yemen', 'air_drone_strike', 'Hodeidah', 'Hodeidah', 'Hodeidah', 7, 'news',
"""Israel strikes Yemen's Hodeidah port after drone kills man in Tel Aviv

Israeli warplanes struck fuel depots and a power station at Yemen's Houthi-held port of Hodeidah on Saturday, killing six people and wounding 83, most of them with severe burns, the Houthi-run health ministry said on Sunday.

Large fires were still burning at the port on Sunday morning, residents said. The Israeli military said the strikes hit "military targets" used to bring in Iranian weapons.

The raid came a day after a Houthi drone slammed into an apartment building near the U.S. embassy branch office in Tel Aviv early on Friday, killing a 50-year-old man and lightly injuring eight people. The Houthis claimed the attack.

"The blood of Israeli citizens has a price," Defence Minister Yoav Gallant said. "If they dare to attack us, the result will be the same."

Houthi spokesman Mohammed Abdulsalam said the strikes would only make the group more determined, and its military spokesman vowed a "huge" response.

The Houthis have been firing missiles and drones at Israel and at ships in the Red Sea since November, in what they say is solidarity with Palestinians in Gaza.""",
 [A('ISRMIL', 'Israeli warplanes struck fuel depots and a power station', note='Saturday'),
  A('ISRMIL', 'Israel strikes Yemen\'s Hodeidah port', sc=False, note='headline restatement'),
  K('YEMCVL', 6, 'killing six people', by='YEMGOV', actor='ISRMIL', note='Houthi-run ministry: GOV'),
  W('YEMCVL', 83, 'wounding 83', by='YEMGOV', actor='ISRMIL'),
  A('YEMREB', 'a Houthi drone slammed into an apartment building', by='YEMREB', loc='Tel Aviv', d='Fri'),
  K('ISRCVL', 1, 'killing a 50-year-old man', actor='YEMREB', loc='Tel Aviv', d='Fri'),
  K('ISRCVL', 1, 'drone kills man in Tel Aviv', actor='YEMREB', loc='Tel Aviv', d='Fri', sc=False, note='headline restatement'),
  W('ISRCVL', 8, 'lightly injuring eight people', actor='YEMREB', loc='Tel Aviv', d='Fri'),
  T('ISRGOV', '"If they dare to attack us, the result will be the same."', loc=None, d='rep', note='no day for the remark: report day'),
  T('YEMREB', 'its military spokesman vowed a "huge" response', loc=None, d='rep', note='no day for the remark: report day'),
  A('YEMREB', 'firing missiles and drones at Israel and at ships in the Red Sea since November', loc=None, d=None, sc=False, note='background campaign')]),
]
