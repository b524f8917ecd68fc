"""b4: 25 news articles from conflicts outside Syria (3 with no event)."""
from lib import *

I('B01', '2024-04-17', 'news', '2024-04-17|Ukraine|shelling_artillery_missile|Chernihiv|Chernihiv|Chernihiv', 18,
  """Russian missiles hit central Chernihiv, killing 17

KYIV, April 17 - Three Russian missiles slammed into the centre of the northern Ukrainian city of Chernihiv on Wednesday morning, killing at least 17 people and wounding 61, including three children, officials said.

The missiles hit an eight-storey building, a hospital and a university building near the city's main square, Interior Minister Ihor Klymenko said. Rescuers were still searching the rubble in the afternoon. "This would not have happened if Ukraine had received enough air defence equipment," President Volodymyr Zelenskiy wrote on social media.

The city's acting mayor, Oleksandr Lomako, said the toll was likely to rise further; at midday it had stood at 13.

Overnight, Russian drones attacked energy facilities in the Kharkiv region, and a Russian guided bomb killed a 56-year-old man in a village near Kupiansk, regional governor Oleh Syniehubov said. Ukraine's air force said it had shot down 12 of 14 Shahed drones launched at the country during the night.

Chernihiv, about 150 km north of Kyiv, was encircled by Russian forces in the first weeks of the February 2022 invasion. A Russian missile struck a theatre in the city centre in August last year, killing seven people and wounding more than 140.""",
  [K('UKRCVL', 17, 'E', "Russian missiles hit central Chernihiv, killing 17", a='RUSMIL', s=False, note='headline restatement'),
   A('RUSMIL', "Three Russian missiles slammed into the centre of the northern Ukrainian city of Chernihiv", n=3, q='E', v='UKRCVL', note='count = missiles'),
   K('UKRCVL', 17, 'L', "killing at least 17 people", a='RUSMIL', cb='UKRGOV'),
   W('UKRCVL', 61, 'E', "wounding 61", a='RUSMIL', cb='UKRGOV', note='own verb: EXACT'),
   W('UKRCVL', 3, 'E', "including three children", a='RUSMIL', cb='UKRGOV', s=False, note='sub-count'),
   K('UKRCVL', 13, 'E', "at midday it had stood at 13", a='RUSMIL', cb='UKRGOV', s=False, note='superseded figure'),
   A('RUSMIL', "Russian drones attacked energy facilities in the Kharkiv region", v='UKRCVL', l='Kharkiv', note='overnight, reported Wednesday'),
   A('RUSMIL', "a Russian guided bomb killed a 56-year-old man in a village near Kupiansk", v='UKRCVL', l='Kupiansk'),
   K('UKRCVL', 1, 'E', "a Russian guided bomb killed a 56-year-old man in a village near Kupiansk", a='RUSMIL', cb='UKRGOV', l='Kupiansk'),
   EQ('RUSMIL', 'OTHER', 12, 'E', "it had shot down 12 of 14 Shahed drones", a='UKRMIL', cb='UKRMIL', l='-', note='drones of a named side shot down'),
   K('UKRCVL', 7, 'E', "killing seven people and wounding more than 140", a='RUSMIL', d='-', s=False, note='background, August 2023'),
   W('UKRCVL', 140, 'L', "wounding more than 140", a='RUSMIL', d='-', s=False, note='background, August 2023')],
  dd='Wed', dl='Chernihiv')

I('B02', '2024-05-12', 'news', '2024-05-11|Ukraine|gov_regains_territory|Borysivka|Kharkiv|Kharkiv', 2,
  """Russia claims five villages as new Kharkiv offensive forces thousands to flee

KYIV, May 12 - Russia said on Saturday its forces had captured five villages in Ukraine's northeastern Kharkiv region, a day after they launched a ground offensive across the border that Kyiv said was aimed at stretching its outnumbered troops.

The Russian Defence Ministry named the villages as Borysivka, Ohirtseve, Pletenivka, Pylna and Striletcha. Ukraine's General Staff did not confirm their loss but said fierce fighting was under way around them and near the town of Vovchansk, 5 km from the border.

More than 4,000 people have been evacuated from border communities since Friday, regional governor Oleh Syniehubov said on Sunday. Russian shelling killed two civilians in Vovchansk on Saturday, and a Russian guided bomb hit a village near the town of Lyptsi, wounding five people, he said.

"The enemy is trying to draw our forces away from Donetsk," Ukraine's commander-in-chief Oleksandr Syrskyi said, adding that reserves had been sent to the area on Saturday.

Russian troops withdrew from most of the Kharkiv region in September 2022, after a lightning Ukrainian counteroffensive recaptured more than 500 towns and villages.""",
  [C('RUSMIL', "Russia claims five villages", '-', n=5, q='E', cb='RUSGOV', s=False, note='headline'),
   C('RUSMIL', "its forces had captured five villages in Ukraine's northeastern Kharkiv region", 'Kharkiv', n=5, q='E', cb='RUSGOV', s=False,
     note='the five named villages are scored one line each'),
   O('RUSMIL', "they launched a ground offensive across the border", d='Fri', l='Kharkiv'),
   C('RUSMIL', "named the villages as Borysivka, Ohirtseve, Pletenivka, Pylna and Striletcha", 'Borysivka', cb='RUSGOV', note='claimed capture: claim day'),
   C('RUSMIL', "named the villages as Borysivka, Ohirtseve, Pletenivka, Pylna and Striletcha", 'Ohirtseve', cb='RUSGOV'),
   C('RUSMIL', "named the villages as Borysivka, Ohirtseve, Pletenivka, Pylna and Striletcha", 'Pletenivka', cb='RUSGOV'),
   C('RUSMIL', "named the villages as Borysivka, Ohirtseve, Pletenivka, Pylna and Striletcha", 'Pylna', cb='RUSGOV'),
   C('RUSMIL', "named the villages as Borysivka, Ohirtseve, Pletenivka, Pylna and Striletcha", 'Striletcha', cb='RUSGOV'),
   DSP('UKRCVL', 4000, 'L', "More than 4,000 people have been evacuated from border communities since Friday", cum=True, cb='UKRGOV', d='rep', l='-',
       note='tally over three days: cumulative'),
   A('RUSMIL', "Russian shelling killed two civilians in Vovchansk on Saturday", v='UKRCVL', l='Vovchansk'),
   K('UKRCVL', 2, 'E', "Russian shelling killed two civilians in Vovchansk on Saturday", a='RUSMIL', cb='UKRGOV', l='Vovchansk'),
   A('RUSMIL', "a Russian guided bomb hit a village near the town of Lyptsi", v='UKRCVL', l='Lyptsi'),
   W('UKRCVL', 5, 'E', "wounding five people", a='RUSMIL', cb='UKRGOV', l='Lyptsi'),
   DEP('UKRMIL', "reserves had been sent to the area on Saturday", l='-'),
   C('UKRMIL', "recaptured more than 500 towns and villages", '-', n=500, q='L', d='-', s=False, note='background, 2022')],
  dd='Sat', dl='Kharkiv')

I('B03', '2023-12-31', 'news', '2023-12-30|Russia|shelling_artillery_missile|Belgorod|Belgorod|Belgorod', 24,
  """Shelling of Russia's Belgorod kills 24 a day after massive strikes on Ukraine

MOSCOW, Dec 31 - Ukrainian shelling of the centre of the Russian city of Belgorod on Saturday killed 24 people, including four children, and wounded more than 100, Russian officials said on Sunday, in the deadliest attack on Russian territory since the start of the war.

Russia's Defence Ministry said Ukraine had fired Czech-made rockets with cluster munitions and that air defences had shot most of them down, with fragments falling on the city. The strike hit a skating rink, a shopping centre and residential streets, regional governor Vyacheslav Gladkov said.

The Foreign Ministry said on Saturday that the attack "will not go unpunished".

The shelling came a day after Russia launched one of its biggest air attacks of the war, firing 122 missiles and 36 drones at Ukrainian cities on Friday and killing at least 39 civilians, Ukrainian officials said. The toll in Kyiv alone rose to 28 after more bodies were pulled from a damaged warehouse.

Ukraine did not comment on the Belgorod attack. On Sunday, Russian drones struck the city of Kharkiv, wounding 28 people, the regional governor said.""",
  [K('RUSCVL', 24, 'E', "Shelling of Russia's Belgorod kills 24", a='UKRMIL', s=False, note='headline restatement'),
   A('UKRMIL', "Ukrainian shelling of the centre of the Russian city of Belgorod", v='RUSCVL'),
   K('RUSCVL', 24, 'E', "killed 24 people", a='UKRMIL', cb='RUSGOV'),
   K('RUSCVL', 4, 'E', "including four children", a='UKRMIL', cb='RUSGOV', s=False, note='sub-count'),
   W('RUSCVL', 100, 'L', "wounded more than 100", a='UKRMIL', cb='RUSGOV'),
   T('RUSGOV', "the attack \"will not go unpunished\"", v='UKRGOV', l='-'),
   A('RUSMIL', "firing 122 missiles and 36 drones at Ukrainian cities on Friday", v='UKRCVL', d='Fri', l='-', s=False, note='background, the day before'),
   K('UKRCVL', 39, 'L', "killing at least 39 civilians", a='RUSMIL', cb='UKRGOV', d='Fri', l='-', s=False, note='background'),
   K('UKRCVL', 28, 'E', "The toll in Kyiv alone rose to 28", a='RUSMIL', d='Fri', l='Kyiv', s=False, note='background sub-count'),
   A('RUSMIL', "Russian drones struck the city of Kharkiv", v='UKRCVL', d='Sun', l='Kharkiv'),
   W('UKRCVL', 28, 'E', "wounding 28 people", a='RUSMIL', cb='UKRGOV', d='Sun', l='Kharkiv')],
  dd='Sat', dl='Belgorod')

I('B04', '2020-01-06', 'news', '2020-01-05|Kenya|attack|Manda Bay|Lamu|Lamu West', 8,
  """Al Shabaab attack on Kenyan base kills three Americans

NAIROBI, Jan 6 - Al Shabaab militants attacked a military base used by U.S. and Kenyan forces at Manda Bay in Kenya's coastal Lamu county before dawn on Sunday, killing a U.S. soldier and two American contractors, the U.S. military's Africa Command said.

Two U.S. service members were wounded and were in stable condition, Africa Command said. The attackers destroyed six U.S. aircraft on the airstrip, including a surveillance plane, and several vehicles, according to a Kenyan military report seen by reporters.

The Kenya Defence Forces said five attackers were killed in the fighting. Al Shabaab claimed it had killed 17 Americans and nine Kenyan soldiers, figures dismissed by officials in Nairobi.

Residents of Manda island said they heard heavy gunfire and explosions for about two hours. A government spokesman said the base had been secured and that security along the coast had been tightened.

Al Shabaab has carried out a string of deadly attacks in Kenya in retaliation for the presence of Kenyan troops in Somalia, including the January 2019 assault on the DusitD2 hotel complex in Nairobi that killed 21 people.""",
  [K('USACVL', 3, 'E', "Al Shabaab attack on Kenyan base kills three Americans", a='SOMREB', s=False, note='headline total of a soldier and two contractors'),
   A('SOMREB', "Al Shabaab militants attacked a military base used by U.S. and Kenyan forces at Manda Bay", v='USAMIL', note='al Shabaab in Kenya: SOMREB'),
   K('USAMIL', 1, 'E', "killing a U.S. soldier and two American contractors", a='SOMREB', cb='USAMIL', note='the soldier'),
   K('USACVL', 2, 'E', "killing a U.S. soldier and two American contractors", a='SOMREB', cb='USAMIL', note='the two contractors'),
   W('USAMIL', 2, 'E', "Two U.S. service members were wounded", a='SOMREB', cb='USAMIL'),
   EQ('USAMIL', 'AIRCRAFT', 6, 'E', "The attackers destroyed six U.S. aircraft on the airstrip", a='SOMREB', cb='KENMIL'),
   EQ('USAMIL', 'AIRCRAFT', None, None, "including a surveillance plane", a='SOMREB', cb='KENMIL', s=False, note='sub-count of the six'),
   EQ('USAMIL', 'VEHICLE', None, None, "and several vehicles", a='SOMREB', cb='KENMIL', s=False, note='owner not clear'),
   K('SOMREB', 5, 'E', "five attackers were killed in the fighting", a='KENMIL', cb='KENMIL'),
   K('USAMIL', 17, 'E', "it had killed 17 Americans", a='SOMREB', cb='SOMREB', s=False, note='competing claim'),
   K('KENMIL', 9, 'E', "nine Kenyan soldiers", a='SOMREB', cb='SOMREB', s=False, note='claim dismissed by officials: unscored'),
   K('KENCVL', 21, 'E', "killed 21 people", d='-', l='Nairobi', s=False, note='background, 2019')],
  dd='Sun', dl='Manda Bay')

I('B05', '2023-06-10', 'news', '2023-06-08|South Sudan|armed_clash|Malakal|Upper Nile|Malakal', 13,
  """Clashes inside UN camp in South Sudan's Malakal kill 13

JUBA, June 10 - Fighting between rival ethnic groups inside a United Nations protection site in the South Sudanese town of Malakal killed at least 13 people and wounded 20 on Thursday night, the U.N. mission in South Sudan (UNMISS) said on Saturday.

The clashes between young men from the Shilluk and Nuer communities began after a quarrel and spread through the camp, where about 37,000 displaced people live, the mission said. Peacekeepers fired warning shots and confiscated spears, machetes and several guns. Dozens of shelters were burned.

About 1,500 of the camp's residents fled during the night to Malakal town and to the peacekeepers' base, aid workers said.

A peacekeeper from Rwanda was wounded while trying to separate the groups, the mission said. Its head, Nicholas Haysom, called on community leaders to restrain their youth and said those responsible would be handed over to the authorities.

Upper Nile state has seen repeated fighting since August last year between armed groups drawn from the two communities, which has killed hundreds of people and displaced tens of thousands, according to the United Nations.""",
  [K('SSDREF', 13, 'E', "Clashes inside UN camp in South Sudan's Malakal kill 13", a='SSDREB', s=False, note='headline restatement'),
   A('SSDREB', "Fighting between rival ethnic groups inside a United Nations protection site", v='SSDREF', note='armed youth of two communities: one REB line'),
   K('SSDREF', 13, 'L', "killed at least 13 people", a='SSDREB', cb='IGOUNO', note='residents of a UN protection site: REF'),
   W('SSDREF', 20, 'E', "wounded 20", a='SSDREB', cb='IGOUNO', note='own verb: EXACT'),
   DSP('SSDREF', 1500, 'A', "About 1,500 of the camp's residents fled during the night"),
   W('RWAMIL', 1, 'E', "A peacekeeper from Rwanda was wounded", cb='IGOUNO'),
   K('SSDCVL', None, None, "which has killed hundreds of people", cum=True, d='rep', l='-', s=False, note='background'),
   DSP('SSDCVL', None, None, "displaced tens of thousands", cum=True, d='rep', l='-', s=False, note='background')],
  dd='Thu', dl='Malakal')

I('B06', '2021-01-19', 'news', '2021-01-18|Central African Republic|attack|Grimari|Ouaka|Grimari', 5,
  """Peacekeeper killed as rebels press offensive in Central African Republic

BANGUI, Jan 19 - A Rwandan peacekeeper was killed and two others were wounded when rebels of the Coalition of Patriots for Change (CPC) ambushed a U.N. patrol near the town of Grimari on Monday, the U.N. mission in the Central African Republic, MINUSCA, said.

The death brought to seven the number of peacekeepers killed since the rebel coalition launched an offensive in December to disrupt presidential elections. MINUSCA said its troops had "neutralised" four assailants in the exchange of fire.

Also on Monday, government troops backed by Rwandan soldiers and Russian instructors retook the town of Bangassou, in the southeast, which the rebels had seized on Jan. 3, the government said. Hundreds of residents who had fled across the river into Congo began to return.

A government spokesman said the army had killed "dozens" of rebels in the fighting for Bangassou. The claim could not be verified. Bangassou, a river port on the border with Congo, had been held by the rebels for more than two weeks.

More than 200,000 people have fled their homes since mid-December, including 92,000 who crossed into Congo, according to the U.N. refugee agency.""",
  [K('RWAMIL', 1, 'E', "Peacekeeper killed as rebels press offensive", a='CAFREB', s=False, note='headline restatement'),
   A('CAFREB', "rebels of the Coalition of Patriots for Change (CPC) ambushed a U.N. patrol near the town of Grimari", v='RWAMIL'),
   K('RWAMIL', 1, 'E', "A Rwandan peacekeeper was killed", a='CAFREB', cb='IGOUNO'),
   W('RWAMIL', 2, 'E', "two others were wounded", a='CAFREB', cb='IGOUNO'),
   K('IGOUNO', 7, 'E', "brought to seven the number of peacekeepers killed since the rebel coalition launched an offensive", a='CAFREB', cum=True, cb='IGOUNO', d='rep', l='-',
     note='peacekeepers of several nations: IGOUNO; tally since December'),
   O('CAFREB', "the rebel coalition launched an offensive in December", d='-', l='-', s=False, note='background launch'),
   K('CAFREB', 4, 'E', "had \"neutralised\" four assailants", cb='IGOUNO', note='"neutralised" read as killed'),
   C('CAFMIL', "retook the town of Bangassou", 'Bangassou', cb='CAFGOV', note='first-named: FACA'),
   C('RWAMIL', "government troops backed by Rwandan soldiers and Russian instructors retook the town of Bangassou", 'Bangassou', cb='CAFGOV', s=False,
     note='second party of a joint capture'),
   C('CAFREB', "which the rebels had seized on Jan. 3", 'Bangassou', d='2021-01-03', s=False, note='background capture'),
   DSP('CAFCVL', None, None, "Hundreds of residents who had fled across the river into Congo", d='-', l='Bangassou', s=False, note='background flight, vague'),
   K('CAFREB', None, None, "the army had killed \"dozens\" of rebels", a='CAFMIL', cb='CAFGOV', l='Bangassou', note='vague claim in the incident: scored, no count'),
   DSP('CAFCVL', 200000, 'L', "More than 200,000 people have fled their homes since mid-December", cum=True, cb='IGOUNO', d='rep', l='-', note='campaign tally'),
   DSP('CAFREF', 92000, 'E', "including 92,000 who crossed into Congo", cum=True, cb='IGOUNO', d='rep', l='-', s=False, note='sub-count')],
  dd='Mon', dl='Grimari')

I('B07', '2024-05-13', 'news', '2024-05-10|Mozambique|attack|Macomia|Cabo Delgado|Macomia', 15,
  """Insurgents raid Mozambique's Macomia, looting food and fighting troops

MAPUTO, May 13 - Hundreds of Islamic State-linked insurgents attacked the town of Macomia in Mozambique's northern Cabo Delgado province on Friday, looting shops and aid warehouses and fighting government troops for two days before withdrawing, officials and residents said.

The defence ministry said "about 10" insurgents were killed and that the army lost three soldiers. Residents said at least two civilians were shot dead, among them a shopkeeper who refused to hand over his goods.

The insurgents also burned two army trucks at the entrance to the town and took food from a World Food Programme warehouse, a humanitarian source said. Islamic State claimed the raid, saying its fighters had killed 20 soldiers.

About 2,800 people fled Macomia during the fighting, most of them toward the coast, according to the International Organization for Migration.

The insurgency, which began in 2017, has killed more than 5,000 people and displaced about a million. Rwandan troops deployed in the province in July 2021 to help government forces, but attacks have picked up again this year. Aid agencies say funding for the response in the province has fallen sharply.""",
  [A('MOZREB', "Hundreds of Islamic State-linked insurgents attacked the town of Macomia", v='MOZMIL', cb='MOZREB'),
   K('MOZREB', 10, 'A', "\"about 10\" insurgents were killed", a='MOZMIL', cb='MOZGOV', d='-', note='two days of fighting: date null'),
   K('MOZMIL', 3, 'E', "the army lost three soldiers", a='MOZREB', cb='MOZGOV', d='-'),
   K('MOZCVL', 2, 'L', "at least two civilians were shot dead", a='MOZREB', d='-'),
   K('MOZCVL', 1, 'E', "among them a shopkeeper", a='MOZREB', d='-', s=False, note='sub-count'),
   EQ('MOZMIL', 'VEHICLE', 2, 'E', "burned two army trucks at the entrance to the town", a='MOZREB', d='-'),
   K('MOZMIL', 20, 'E', "its fighters had killed 20 soldiers", a='MOZREB', cb='MOZREB', d='-', s=False, note='competing claim'),
   DSP('MOZCVL', 2800, 'A', "About 2,800 people fled Macomia during the fighting", cb='IGOUNO', d='-'),
   K('MOZCVL', 5000, 'L', "has killed more than 5,000 people", cum=True, d='rep', l='-', s=False, note='background'),
   DSP('MOZCVL', 1000000, 'A', "displaced about a million", cum=True, d='rep', l='-', s=False, note='background'),
   DEP('RWAMIL', "Rwandan troops deployed in the province in July 2021", d='-', l='-', s=False, note='background')],
  dd='Fri', dl='Macomia')

I('B08', '2020-03-25', 'news', '2020-03-23|Chad|attack|Bohoma|Lac|', 142,
  """Boko Haram kills 92 Chadian soldiers in deadliest attack on army

N'DJAMENA, March 25 - Boko Haram fighters killed 92 Chadian soldiers in a seven-hour attack on a military base on the Bohoma peninsula in the Lake Chad region on Monday, President Idriss Deby said, the heaviest loss the army has suffered in a single day.

Deby, who visited the base on Tuesday, said 47 soldiers had been wounded and that the militants had destroyed 24 army vehicles, including armoured cars, and set military boats on fire. "We have never lost so many men at one time," he said.

Militants arriving in motorboats stormed the garrison from several sides before dawn, a security source said. The dead included a lieutenant-colonel.

On Tuesday, Deby announced an operation to drive the militants from the lake's islands and said he would lead it himself.

In neighbouring Nigeria, Boko Haram fighters ambushed a military convoy near Goneri in Yobe state on Monday, killing at least 50 soldiers, security sources said.

Boko Haram's insurgency has killed more than 30,000 people in the Lake Chad region since 2009 and forced some 2.5 million from their homes.""",
  [K('TCDMIL', 92, 'E', "Boko Haram kills 92 Chadian soldiers", a='NGAREB', s=False, note='headline restatement'),
   A('NGAREB', "a seven-hour attack on a military base on the Bohoma peninsula", v='TCDMIL', note='Boko Haram: NGAREB also in Chad'),
   K('TCDMIL', 92, 'E', "Boko Haram fighters killed 92 Chadian soldiers", a='NGAREB', cb='TCDGOV'),
   W('TCDMIL', 47, 'E', "47 soldiers had been wounded", a='NGAREB', cb='TCDGOV'),
   EQ('TCDMIL', 'VEHICLE', 24, 'E', "destroyed 24 army vehicles", a='NGAREB', cb='TCDGOV'),
   EQ('TCDMIL', 'APC', None, None, "including armoured cars", a='NGAREB', cb='TCDGOV', s=False, note='sub-count of the 24'),
   EQ('TCDMIL', 'OTHER', None, None, "set military boats on fire", a='NGAREB', cb='TCDGOV', note='vague amount in the incident: scored, no count'),
   A('NGAREB', "Militants arriving in motorboats stormed the garrison", v='TCDMIL', s=False, note='the same attack, restated'),
   K('TCDMIL', 1, 'E', "The dead included a lieutenant-colonel", a='NGAREB', s=False, note='sub-count'),
   O('TCDMIL', "Deby announced an operation to drive the militants from the lake's islands", cb='TCDGOV', d='Tue', l='-', note='announced operation'),
   A('NGAREB', "Boko Haram fighters ambushed a military convoy near Goneri in Yobe state", v='NGAMIL', l='Goneri'),
   K('NGAMIL', 50, 'L', "killing at least 50 soldiers", a='NGAREB', l='Goneri'),
   K('NGACVL', 30000, 'L', "has killed more than 30,000 people", cum=True, d='rep', l='-', s=False, note='background'),
   DSP('NGACVL', 2500000, 'A', "forced some 2.5 million from their homes", cum=True, d='rep', l='-', s=False, note='background')],
  dd='Mon', dl='Bohoma')

I('B09', '2019-01-28', 'news', '2019-01-27|Philippines|remote_explosive_ied|Jolo|Sulu|Jolo', 22,
  """Twin bombs at Philippine cathedral kill 20 during Sunday mass

MANILA, Jan 28 - Two bombs exploded in and outside a Roman Catholic cathedral on the southern Philippine island of Jolo during Sunday mass, killing 20 people and wounding 81, officials said, a week after the region voted for Muslim self-rule.

The first device went off inside the Cathedral of Our Lady of Mount Carmel, and the second hit soldiers rushing to the scene as they reached the main entrance, the military said. Five soldiers and 15 civilians were among the dead.

Islamic State claimed responsibility, but military officials said they suspected a faction of the Abu Sayyaf group that has pledged allegiance to it. "We will crush them," Defence Secretary Delfin Lorenzana said on Monday.

President Rodrigo Duterte visited the ruined cathedral on Monday and ordered the armed forces to launch an all-out offensive against Abu Sayyaf. Soldiers sealed off the town centre, and residents queued at checkpoints to enter the market.

The bombing came days after voters in the region approved a law creating an autonomous Muslim region known as Bangsamoro, the product of years of talks with the Moro Islamic Liberation Front. Voters in Sulu province, which includes Jolo, rejected the law.

On Monday, a grenade thrown into a mosque in Zamboanga city killed two people and wounded four, police said.""",
  [K('PHLCVL', 20, 'E', "Twin bombs at Philippine cathedral kill 20", a='PHLREB', s=False, note='headline restatement'),
   A('PHLREB', "Two bombs exploded in and outside a Roman Catholic cathedral", v='PHLCVL', cb='PHLREB', note='claimed by IS, suspected Abu Sayyaf: PHLREB either way'),
   K('PHLCVL', 20, 'E', "killing 20 people", a='PHLREB', cb='PHLGOV', s=False, note='the total; its two groups are listed below and scored'),
   W('PHLCVL', 81, 'E', "wounding 81", a='PHLREB', cb='PHLGOV'),
   A('PHLREB', "the second hit soldiers rushing to the scene", v='PHLMIL', s=False, note='second act of the same attack'),
   K('PHLMIL', 5, 'E', "Five soldiers and 15 civilians were among the dead", a='PHLREB', cb='PHLMIL', note='the soldiers'),
   K('PHLCVL', 15, 'E', "Five soldiers and 15 civilians were among the dead", a='PHLREB', cb='PHLMIL', note='the civilians'),
   T('PHLGOV', "\"We will crush them,\" Defence Secretary Delfin Lorenzana said on Monday", v='PHLREB', d='Mon', l='-'),
   O('PHLMIL', "ordered the armed forces to launch an all-out offensive against Abu Sayyaf", cb='PHLGOV', d='Mon', l='-', s=False, note='ordered, launch not stated'),
   A(None, "a grenade thrown into a mosque in Zamboanga city", v='PHLCVL', d='Mon', l='Zamboanga'),
   K('PHLCVL', 2, 'E', "killed two people and wounded four", cb='PHLMIL', d='Mon', l='Zamboanga'),
   W('PHLCVL', 4, 'E', "wounded four", cb='PHLMIL', d='Mon', l='Zamboanga')],
  dd='Sun', dl='Jolo')

I('B10', '2019-01-21', 'news', '2019-01-17|Colombia|remote_explosive_ied|Bogota|Bogota|Bogota', 24,
  """ELN claims Bogota police academy bombing that killed 21

BOGOTA, Jan 21 - Colombia's ELN rebel group on Monday claimed responsibility for last Thursday's car bomb attack on a police academy in Bogota that killed 21 cadets, calling it a legitimate act of war.

The attacker, a 56-year-old explosives expert, drove a pickup truck loaded with 80 kg of explosives into the General Santander police school during a graduation ceremony, the prosecutor's office said. He died in the blast, and more than 60 people were wounded.

President Ivan Duque said the government had reactivated arrest warrants for the ELN's negotiators in Havana and asked Cuba to hand them over, formally ending peace talks that had stalled since August.

The ELN said the academy was a military target and accused the government of ignoring its unilateral Christmas ceasefire. Thousands of people marched in Bogota and other cities on Sunday to reject the violence.

Also on Monday, the army said ELN fighters had killed two soldiers in an attack on a patrol in the eastern province of Arauca.

The bombing was the deadliest attack in the capital since 2003, when a car bomb at the El Nogal social club killed 36 people.""",
  [K('COLMIL', 21, 'E', "ELN claims Bogota police academy bombing that killed 21", a='COLREB', s=False, note='headline restatement'),
   A('COLREB', "last Thursday's car bomb attack on a police academy in Bogota", v='COLMIL', cb='COLREB'),
   K('COLMIL', 21, 'E', "killed 21 cadets", a='COLREB', note='police cadets: MIL'),
   K('COLREB', 1, 'E', "He died in the blast", note='the attacker, ELN (claimed): a stated death'),
   W('COLCVL', 60, 'L', "more than 60 people were wounded", a='COLREB', cb='COLGOV', note='mixed people: CVL'),
   TK('COLGOV', "formally ending peace talks that had stalled since August", d='-', l='Havana', s=False, note='background talks'),
   A('COLREB', "ELN fighters had killed two soldiers in an attack on a patrol", v='COLMIL', cb='COLMIL', d='Mon', l='Arauca', note='no day for the attack: statement day'),
   K('COLMIL', 2, 'E', "ELN fighters had killed two soldiers", a='COLREB', cb='COLMIL', d='Mon', l='Arauca'),
   K('COLCVL', 36, 'E', "a car bomb at the El Nogal social club killed 36 people", d='-', s=False, note='background, 2003')],
  dd='Thu', dl='Bogota')

I('B11', '2024-10-05', 'news', '2024-10-03|Haiti|attack|Pont-Sonde|Artibonite|Saint-Marc', 70,
  """Gang massacre in Haitian town kills at least 70, UN says

PORT-AU-PRINCE, Oct 5 - Members of the Gran Grif gang killed at least 70 people, including 10 women and three infants, in an attack on the town of Pont-Sonde in Haiti's central Artibonite region on Thursday, the U.N. human rights office said on Friday.

Gunmen armed with automatic rifles fired on residents and set at least 45 houses and 34 vehicles on fire, the office said. At least 16 other people were seriously wounded, among them two gang members who were shot by residents.

The gang's leader said in a message on social media that the attack was retaliation against residents who had supported a vigilante group that blocked the gang from collecting tolls on the main road.

More than 6,270 people fled Pont-Sonde and nearby communities after the attack, most of them to the coastal town of Saint-Marc, the International Organization for Migration said.

Haiti's prime minister, Garry Conille, called the massacre a crime against the nation and said police reinforcements had been sent to the area on Friday. Gang violence killed more than 3,600 people across Haiti in the first half of the year, according to the United Nations.""",
  [K('HTICVL', 70, 'L', "Gang massacre in Haitian town kills at least 70", a='HTIREB', s=False, note='headline restatement'),
   K('HTICVL', 70, 'L', "Members of the Gran Grif gang killed at least 70 people", a='HTIREB', cb='IGOUNO'),
   K('HTICVL', 13, 'E', "including 10 women and three infants", a='HTIREB', cb='IGOUNO', s=False, note='sub-count, one code'),
   A('HTIREB', "in an attack on the town of Pont-Sonde", v='HTICVL'),
   W('HTICVL', 16, 'L', "At least 16 other people were seriously wounded", a='HTIREB', cb='IGOUNO'),
   W('HTIREB', 2, 'E', "among them two gang members who were shot by residents", a='HTICVL', cb='IGOUNO', s=False, note='sub-count'),
   DSP('HTICVL', 6270, 'L', "More than 6,270 people fled Pont-Sonde and nearby communities", cb='IGOUNO', d='rep', note='flight from one attack; no day: report day'),
   DEP('HTIMIL', "police reinforcements had been sent to the area on Friday", d='Fri', note='police: MIL'),
   K('HTICVL', 3600, 'L', "Gang violence killed more than 3,600 people across Haiti in the first half of the year", cum=True, cb='IGOUNO', d='rep', l='-', s=False,
     note='background tally')],
  dd='Thu', dl='Pont-Sonde')

I('B12', '2023-12-18', 'news', '2023-12-17|Mexico|attack|Salvatierra|Guanajuato|Salvatierra', 17,
  """Gunmen kill 12 at pre-Christmas party in central Mexico

MEXICO CITY, Dec 18 - Gunmen burst into a pre-Christmas party at an event hall in the town of Salvatierra in Mexico's central Guanajuato state early on Sunday and opened fire, killing 12 people, most of them young people, and wounding at least 12 others, state prosecutors said.

The attackers arrived in several vehicles shortly after midnight, local media reported. About 100 people were attending the posada, a traditional celebration in the days before Christmas. Salvatierra's mayor said the gunmen appeared to have been looking for a particular group of young men.

"We heard shots and everyone threw themselves on the floor," a woman who attended the party told a local newspaper.

Hours later, gunmen killed four members of a family in the city of Celaya, about 40 km to the north, and a police officer was shot dead in Leon on Sunday evening, police said.

Guanajuato, an industrial hub, has been Mexico's most violent state for several years amid a turf war between the Santa Rosa de Lima and Jalisco New Generation cartels. It recorded more than 2,500 murders in the first 11 months of the year.""",
  [K('MEXCVL', 12, 'E', "Gunmen kill 12 at pre-Christmas party", s=False, note='headline restatement'),
   A(None, "Gunmen burst into a pre-Christmas party at an event hall in the town of Salvatierra", v='MEXCVL', note='unidentified gunmen'),
   K('MEXCVL', 12, 'E', "killing 12 people", cb='MEXGOV'),
   W('MEXCVL', 12, 'L', "wounding at least 12 others", cb='MEXGOV'),
   K('MEXCVL', 4, 'E', "gunmen killed four members of a family in the city of Celaya", cb='MEXMIL', l='Celaya'),
   K('MEXMIL', 1, 'E', "a police officer was shot dead in Leon on Sunday evening", cb='MEXMIL', l='Leon'),
   K('MEXCVL', 2500, 'L', "It recorded more than 2,500 murders", cum=True, d='rep', l='Guanajuato', s=False, note='background tally')],
  dd='Sun', dl='Salvatierra')

I('B13', '2021-05-07', 'news', '2021-05-06|Brazil|armed_clash|Rio de Janeiro|Rio de Janeiro|Rio de Janeiro', 25,
  """Rio police raid on favela leaves 25 dead, one of city's deadliest

RIO DE JANEIRO, May 7 - A police raid against drug traffickers in Rio de Janeiro's Jacarezinho favela on Thursday left a police officer and 24 suspected gang members dead, in one of the deadliest operations in the city's history, police said.

Police said the suspects had opened fire on officers. Residents and rights groups said some of them were killed after they had surrendered. Two subway passengers were hit by stray bullets inside a train on a line that runs past the favela, and two more officers were wounded, police said.

The operation, involving about 200 officers and armoured vehicles, targeted the Comando Vermelho gang, which police accused of recruiting children. Police said they had seized six rifles, 16 pistols and a large quantity of drugs.

The Supreme Court had restricted police raids in Rio's favelas during the coronavirus pandemic. "It was a massacre," said a resident, who asked not to be named for fear of reprisals.

Police in Rio de Janeiro state killed 1,239 people last year, according to official data. Rio's governor defended the operation, saying the police had acted to protect children from the gang.""",
  [K('BRACVL', 25, 'E', "Rio police raid on favela leaves 25 dead", s=False, note='headline total of the two groups below'),
   A('BRAMIL', "A police raid against drug traffickers in Rio de Janeiro's Jacarezinho favela", v='BRAREB', note='police: MIL'),
   K('BRAMIL', 1, 'E', "left a police officer and 24 suspected gang members dead", a='BRAREB', cb='BRAMIL', note='the police officer'),
   K('BRAREB', 24, 'E', "left a police officer and 24 suspected gang members dead", a='BRAMIL', cb='BRAMIL', note='the suspects'),
   A('BRAREB', "the suspects had opened fire on officers", v='BRAMIL', cb='BRAMIL', s=False, note='other side of the clash, police account'),
   W('BRACVL', 2, 'E', "Two subway passengers were hit by stray bullets", cb='BRAMIL'),
   W('BRAMIL', 2, 'E', "two more officers were wounded", cb='BRAMIL'),
   K('BRACVL', 1239, 'E', "killed 1,239 people last year", a='BRAMIL', d='-', l='-', cum=True, s=False, note='background')],
  dd='Thu', dl='Jacarezinho')

I('B14', '2020-01-05', 'news', '2020-01-04|Libya|air_drone_strike|Tripoli|Tripoli|Tripoli', 33,
  """Air strike on Tripoli military academy kills 30 cadets

TRIPOLI, Jan 5 - An air strike on a military academy in the Libyan capital Tripoli killed 30 cadets and wounded 33 on Saturday evening as they gathered on the parade ground, the health ministry of the internationally recognised government said.

The government blamed forces loyal to eastern commander Khalifa Haftar, whose Libyan National Army has been trying to take the capital since April. An LNA spokesman denied any involvement and said the blast had been caused by "a local source".

Earlier on Saturday, shelling hit a residential area in the Abu Salim district, killing three civilians, including a child, the ministry said.

Turkey's parliament voted on Thursday to allow troops to be sent to Libya to support the Tripoli government, a move condemned by Egypt and by the parliament based in the east. Haftar's backers include the United Arab Emirates, Egypt and Russia, according to U.N. experts, while Turkey supplies the Tripoli government with armed drones.

At the academy, relatives gathered outside the morgue of the central hospital on Sunday morning to identify the dead. "They were boys who had just finished school," said one father.

The fighting around Tripoli has killed more than 280 civilians and about 2,000 fighters since April, and some 146,000 people have been displaced, according to the United Nations.""",
  [K('LBYMIL', 30, 'E', "Air strike on Tripoli military academy kills 30 cadets", s=False, note='headline restatement'),
   A(None, "An air strike on a military academy in the Libyan capital Tripoli", v='LBYMIL', note='only blamed on the LNA: actor null'),
   K('LBYMIL', 30, 'E', "killed 30 cadets", cb='LBYGOV', note='cadets: MIL'),
   W('LBYMIL', 33, 'E', "wounded 33", cb='LBYGOV'),
   A(None, "shelling hit a residential area in the Abu Salim district", v='LBYCVL', l='Abu Salim'),
   K('LBYCVL', 3, 'E', "killing three civilians", cb='LBYGOV', l='Abu Salim'),
   K('LBYCVL', 1, 'E', "including a child", cb='LBYGOV', l='Abu Salim', s=False, note='sub-count'),
   DEP('TURMIL', "allow troops to be sent to Libya", d='Thu', l='-', s=False, note='a vote to allow, not a deployment'),
   O('LBYREB', "has been trying to take the capital since April", d='-', s=False, note='background offensive'),
   K('LBYCVL', 280, 'L', "has killed more than 280 civilians", cum=True, cb='IGOUNO', d='rep', note='campaign tally since April'),
   K('LBYREB', 2000, 'A', "about 2,000 fighters", cum=True, cb='IGOUNO', d='rep', s=False, note='fighters of both sides: no single code'),
   DSP('LBYCVL', 146000, 'A', "some 146,000 people have been displaced", cum=True, cb='IGOUNO', d='rep', note='campaign tally')],
  dd='Sat', dl='Tripoli')

I('B15', '2022-05-08', 'news', '2022-05-07|Egypt|attack|Qantara East|Ismailia|', 18,
  """Militants kill 11 Egyptian soldiers at Sinai water station

CAIRO, May 8 - Militants attacked a water pumping station east of the Suez Canal in Egypt's Sinai Peninsula on Saturday, killing an officer and 10 soldiers and wounding five others, the military said.

The army spokesman did not say where exactly the attack took place or who carried it out. Security sources said it happened near the town of Qantara East and that the attackers, believed to belong to the local Islamic State affiliate, used automatic weapons and rocket-propelled grenades.

President Abdel Fattah al-Sisi offered condolences to the families and said the attack would not weaken the country's resolve to uproot terrorism.

On Sunday, the military said troops had chased the attackers into the desert and killed seven of them in an exchange of fire. It published photographs of bodies and weapons. Access to north Sinai is restricted for journalists, and the army's accounts cannot be independently checked.

It was the deadliest attack on the security forces in Sinai in more than two years. An insurgency led by Islamic State's local branch in the north of the peninsula has killed hundreds of soldiers and police since 2013.""",
  [K('EGYMIL', 11, 'E', "Militants kill 11 Egyptian soldiers", a='EGYREB', s=False, note='headline restatement'),
   A('EGYREB', "Militants attacked a water pumping station east of the Suez Canal", v='EGYMIL', note='"militants", no group claimed: REB'),
   K('EGYMIL', 11, 'E', "killing an officer and 10 soldiers", a='EGYREB', cb='EGYMIL', note='one code: 1 + 10'),
   W('EGYMIL', 5, 'E', "wounding five others", a='EGYREB', cb='EGYMIL'),
   A('EGYMIL', "troops had chased the attackers into the desert and killed seven of them in an exchange of fire", v='EGYREB', cb='EGYMIL', d='Sun', l='-',
     note='no day for the firefight: statement day'),
   K('EGYREB', 7, 'E', "killed seven of them in an exchange of fire", a='EGYMIL', cb='EGYMIL', d='Sun', l='-'),
   K('EGYMIL', None, None, "has killed hundreds of soldiers and police since 2013", cum=True, d='rep', l='-', s=False, note='background')],
  dd='Sat', dl='Qantara East')

I('B16', '2018-12-05', 'news', '2018-12-02|Indonesia|attack|Nduga|Papua|Nduga', 20,
  """Papua rebels killed 19 road workers, Indonesian officials say

JAKARTA, Dec 5 - Separatist rebels in Indonesia's Papua province killed 19 workers building a bridge on the trans-Papua highway, officials said on Wednesday, in one of the deadliest attacks in the restive region in years.

The workers, employees of a state construction company, were taken from their camp in Nduga regency on Sunday and shot, police said. Security forces have so far recovered 16 bodies, and four workers who escaped were being treated in hospital. Bad weather and the rugged terrain had slowed the search, a police spokesman said, and helicopters were being used to reach the remote site.

A soldier was killed on Monday when troops sent to the area came under fire on their way to the site, the military said.

The West Papua National Liberation Army, the armed wing of the Free Papua Movement, claimed the killings, saying the workers were soldiers in disguise. The government rejected the claim.

Indonesia's military chief said hundreds of troops had been sent to Nduga on Tuesday to hunt down the gunmen and recover the bodies. A low-level insurgency has simmered in Papua since the region was brought under Indonesian control in 1969.""",
  [K('IDNCVL', 19, 'E', "Papua rebels killed 19 road workers", a='IDNREB', s=False, note='headline restatement'),
   K('IDNCVL', 19, 'E', "Separatist rebels in Indonesia's Papua province killed 19 workers", a='IDNREB', cb='IDNGOV', note='taken and shot: no attack word'),
   K('IDNCVL', 16, 'E', "Security forces have so far recovered 16 bodies", s=False, note='part of the 19'),
   W('IDNCVL', 4, 'E', "four workers who escaped were being treated in hospital", cb='IDNMIL', note='"being treated in hospital" read as wounded'),
   K('IDNMIL', 1, 'E', "A soldier was killed on Monday", a='IDNREB', cb='IDNMIL', d='Mon'),
   A(None, "troops sent to the area came under fire on their way to the site", v='IDNMIL', d='Mon', note='firer not named in the sentence'),
   DEP('IDNMIL', "hundreds of troops had been sent to Nduga on Tuesday", d='Tue')],
  dd='Sun', dl='Nduga')

I('B17', '2019-04-26', 'news', '2019-04-21|Sri Lanka|remote_explosive_ied|Colombo|Western|Colombo', 268,
  """Sri Lanka lowers Easter bombings toll to 253, citing counting error

COLOMBO, April 26 - Sri Lanka's health ministry revised down the death toll from the Easter Sunday suicide bombings of churches and hotels to 253 on Thursday, saying morgue officials had double-counted some badly damaged bodies. The previous official figure was 359.

Nine suicide bombers, including a woman, attacked three churches and three luxury hotels in Colombo, Negombo and Batticaloa on Sunday morning, and later a guest house and a housing complex on the edge of the capital, officials said. About 500 people were wounded. Among the dead were at least 40 foreigners.

Islamic State claimed the attacks, while the government blamed a little-known local Islamist group, National Thowheed Jamath.

On Friday, security forces raided a house in the eastern town of Kalmunai and came under fire; 15 people, including six children, were killed, most of them when suspects set off explosives inside, police said.

The government has imposed an overnight curfew and banned face coverings. Catholic churches across the island cancelled Sunday masses for the coming weekend. Cardinal Malcolm Ranjith, the archbishop of Colombo, said he had not been warned by the authorities, who had received foreign intelligence about a planned attack weeks before.""",
  [K('LKACVL', 253, 'E', "Sri Lanka lowers Easter bombings toll to 253", s=False, note='headline restatement'),
   K('LKACVL', 253, 'E', "revised down the death toll from the Easter Sunday suicide bombings of churches and hotels to 253", a='LKAREB', cb='LKAGOV',
     note='updated toll of one coordinated attack, dated to it'),
   K('LKACVL', 359, 'E', "The previous official figure was 359", a='LKAREB', cb='LKAGOV', s=False, note='superseded figure'),
   A('LKAREB', "Nine suicide bombers, including a woman, attacked three churches and three luxury hotels", v='LKACVL', cb='LKAREB', note='claimed by IS; first-named city'),
   K('LKAREB', 9, 'E', "Nine suicide bombers", s=False, note="the bombers' own deaths: implied"),
   W('LKACVL', 500, 'A', "About 500 people were wounded", a='LKAREB', cb='LKAGOV'),
   K('LKACVL', 40, 'L', "Among the dead were at least 40 foreigners", a='LKAREB', s=False, note='sub-count; foreigners of several nations'),
   A('LKAMIL', "security forces raided a house in the eastern town of Kalmunai", v='LKAREB', d='Fri', l='Kalmunai'),
   A('LKAREB', "came under fire", v='LKAMIL', d='Fri', l='Kalmunai', s=False, note='other side of the clash'),
   K('LKACVL', 15, 'E', "15 people, including six children, were killed", cb='LKAMIL', d='Fri', l='Kalmunai', note='mixed people: CVL'),
   K('LKACVL', 6, 'E', "including six children", cb='LKAMIL', d='Fri', l='Kalmunai', s=False, note='sub-count')],
  dd='Sun', dl='Colombo')

I('B18', '2023-09-21', 'news', '2023-09-19|Azerbaijan|gov_regains_territory|Stepanakert|Karabakh|', 206,
  """Azerbaijan halts Karabakh offensive after separatists agree to disarm

BAKU/YEREVAN, Sept 21 - Azerbaijan's military halted an offensive in Nagorno-Karabakh on Wednesday after the region's ethnic Armenian forces agreed to lay down their arms, a day after Baku launched what it called "anti-terrorist" operations across the enclave, including its main town, Stepanakert.

Karabakh's human rights ombudsman said on Wednesday that at least 200 people had been killed, among them 10 civilians, and that more than 400 had been wounded. Azerbaijan's prosecutor's office said an Azerbaijani civilian was killed by shelling in the town of Shusha on Tuesday.

Azerbaijan's defence ministry said its forces had taken more than 60 military posts and destroyed up to 20 combat vehicles as well as dozens of artillery pieces. More than 6,000 people were evacuated from 16 villages on Tuesday, the ombudsman said.

Five Russian peacekeepers, including a deputy commander, were killed on Wednesday when their car came under fire near the village of Janyatag, Russia's defence ministry said. Azerbaijan's President Ilham Aliyev apologised to Vladimir Putin.

Talks between Azerbaijani officials and representatives of Karabakh's Armenians on the region's "reintegration" were held in the town of Yevlakh on Thursday. Armenia and Azerbaijan fought a six-week war over the region in 2020 that killed more than 6,500 people.""",
  [O('AZEMIL', "Azerbaijan halts Karabakh offensive", d='-', l='-', s=False, note='headline'),
   O('AZEMIL', "Baku launched what it called \"anti-terrorist\" operations across the enclave", d='Tue', l='Nagorno-Karabakh'),
   K('ARMCVL', 200, 'L', "at least 200 people had been killed", cb='ARMGOV', d='-', l='Nagorno-Karabakh',
     note='two days: date null; mixed people: Karabakh Armenians ARMCVL; ombudsman: ARMGOV'),
   K('ARMCVL', 10, 'E', "among them 10 civilians", cb='ARMGOV', d='-', l='Nagorno-Karabakh', s=False, note='sub-count'),
   W('ARMCVL', 400, 'L', "more than 400 had been wounded", cb='ARMGOV', d='-', l='Nagorno-Karabakh'),
   A(None, "killed by shelling in the town of Shusha", v='AZECVL', l='Shusha', note='firer not named'),
   K('AZECVL', 1, 'E', "an Azerbaijani civilian was killed by shelling in the town of Shusha on Tuesday", cb='AZEGOV', l='Shusha'),
   C('AZEMIL', "its forces had taken more than 60 military posts", '-', n=60, q='L', cb='AZEGOV', d='-', note='positions taken, with a count'),
   EQ('ARMMIL', 'VEHICLE', 20, 'U', "destroyed up to 20 combat vehicles", a='AZEMIL', cb='AZEGOV', d='-', l='-', note='Karabakh Armenian forces: ARMMIL'),
   EQ('ARMMIL', 'ARTILLERY', None, None, "dozens of artillery pieces", a='AZEMIL', cb='AZEGOV', d='-', l='-', note='vague amount in the incident: scored, no count'),
   DSP('ARMCVL', 6000, 'L', "More than 6,000 people were evacuated from 16 villages on Tuesday", cb='ARMGOV', l='-'),
   A(None, "their car came under fire near the village of Janyatag", v='RUSMIL', d='Wed', l='Janyatag'),
   K('RUSMIL', 5, 'E', "Five Russian peacekeepers, including a deputy commander, were killed on Wednesday", cb='RUSGOV', d='Wed', l='Janyatag'),
   K('RUSMIL', 1, 'E', "including a deputy commander", cb='RUSGOV', d='Wed', l='Janyatag', s=False, note='sub-count'),
   TK('AZEGOV', "Talks between Azerbaijani officials and representatives of Karabakh's Armenians", v='ARMGOV', d='Thu', l='Yevlakh', note='first-named party'),
   K('AZECVL', 6500, 'L', "killed more than 6,500 people", cum=True, d='-', l='-', s=False, note='background, 2020 war')],
  dd='Tue', dl='Stepanakert')

I('B19', '2025-01-10', 'news', '2025-01-08|Benin|attack|Karimama|Alibori|Karimama', 68,
  """Jihadists kill 28 Benin soldiers in attack near Niger border

COTONOU, Jan 10 - Jihadist fighters killed 28 soldiers in an attack on an army post near the town of Karimama in northern Benin's Alibori department on Wednesday, the army chief of staff said on Thursday, the deadliest attack ever on the country's armed forces.

Forty of the assailants were also killed, the army said. An earlier statement from the government spokesman had spoken of "several" soldiers killed and said the attack had been repelled.

JNIM, the al Qaeda affiliate active across the Sahel, claimed the attack in a statement, saying it had killed 30 soldiers and seized weapons and two vehicles.

Benin has deployed some 3,000 troops along its northern borders since 2022, when attacks by militants spilling over from Burkina Faso and Niger began to rise. The area around the W and Pendjari national parks has become a haven for the groups.

In April last year, seven soldiers were killed when their vehicle hit a mine in the W park, and gunmen killed two rangers in the Pendjari in June. The government says it will recruit 5,000 more soldiers to secure the north.""",
  [K('BENMIL', 28, 'E', "Jihadists kill 28 Benin soldiers", a='BENREB', s=False, note='headline restatement'),
   A('BENREB', "Jihadist fighters killed 28 soldiers in an attack on an army post near the town of Karimama", v='BENMIL', cb='BENREB', note='JNIM: REB of the country struck'),
   K('BENMIL', 28, 'E', "Jihadist fighters killed 28 soldiers", a='BENREB', cb='BENMIL'),
   K('BENREB', 40, 'E', "Forty of the assailants were also killed", a='BENMIL', cb='BENMIL'),
   K('BENMIL', None, None, "had spoken of \"several\" soldiers killed", cb='BENGOV', s=False, note='superseded vague figure'),
   K('BENMIL', 30, 'E', "it had killed 30 soldiers", a='BENREB', cb='BENREB', s=False, note='competing claim'),
   EQ('BENMIL', 'VEHICLE', 2, 'E', "seized weapons and two vehicles", a='BENREB', cb='BENREB', s=False, note='captured, not destroyed'),
   DEP('BENMIL', "Benin has deployed some 3,000 troops along its northern borders", n=3000, q='A', d='-', l='-', s=False, note='background'),
   K('BENMIL', 7, 'E', "seven soldiers were killed when their vehicle hit a mine", d='-', l='-', s=False, note='background'),
   K('BENMIL', 2, 'E', "gunmen killed two rangers in the Pendjari", d='-', l='Pendjari', s=False, note='background')],
  dd='Wed', dl='Karimama')

I('B20', '2019-03-25', 'news', '2019-03-23|Mali|attack|Ogossagou|Mopti|Bankass', 160,
  """Mali sacks army chiefs after massacre of 160 Fulani villagers

BAMAKO, March 25 - Mali's government dismissed the army chief of staff and dissolved a Dogon hunters' militia on Sunday, a day after gunmen killed at least 160 Fulani villagers, among them women and children, in the central village of Ogossagou.

The attackers, dressed as traditional Dozo hunters, surrounded the village at dawn on Saturday, shooting residents and setting fire to huts, a local official said. The toll rose from 134 as more bodies were found in burnt homes, the official said.

The government blamed the Dan Na Ambassagou militia, which denied involvement. About 55 people were wounded and taken to hospital in Mopti, the health ministry said.

A week earlier, jihadists killed 23 soldiers in an attack on an army camp in Dioura, in the Segou region. A delegation of the U.N. Security Council met Prime Minister Soumeylou Boubeye Maiga in Bamako on Friday to discuss the worsening security situation.

Violence between Fulani herders and Dogon and Bambara farmers killed about 500 civilians in central Mali last year, according to the United Nations. Rights groups said the killings in Ogossagou were the worst in Mali since the jihadist uprising of 2012.""",
  [K('MLICVL', 160, 'E', "massacre of 160 Fulani villagers", s=False, note='headline restatement'),
   K('MLICVL', 160, 'L', "gunmen killed at least 160 Fulani villagers", cb='MLIGOV', note='updated toll; gunmen only blamed on a militia: no actor'),
   A(None, "surrounded the village at dawn on Saturday, shooting residents and setting fire to huts", v='MLICVL'),
   K('MLICVL', 134, 'E', "The toll rose from 134", cb='MLIGOV', s=False, note='superseded figure'),
   W('MLICVL', 55, 'A', "About 55 people were wounded", cb='MLIGOV'),
   K('MLIMIL', 23, 'E', "jihadists killed 23 soldiers in an attack on an army camp in Dioura", a='MLIREB', d='2019-03-16', l='Dioura', s=False,
     note='background, "a week earlier"'),
   TK('IGOUNO', "A delegation of the U.N. Security Council met Prime Minister Soumeylou Boubeye Maiga in Bamako on Friday", v='MLIGOV', d='Fri', l='Bamako',
      note='first-named party'),
   K('MLICVL', 500, 'A', "killed about 500 civilians in central Mali last year", cum=True, cb='IGOUNO', d='-', l='-', s=False, note='background')],
  dd='Sat', dl='Ogossagou')

I('B21', '2018-08-10', 'news', '2018-08-09|Yemen|air_drone_strike|Dahyan|Saada|Majz', 43,
  """Coalition air strike on school bus in northern Yemen kills dozens of children

SANAA, Aug 10 - An air strike by the Saudi-led coalition hit a bus carrying schoolchildren at a busy market in Dahyan, in northern Yemen's Saada province, on Thursday, killing 43 people, 29 of them children returning from a summer camp, the Houthi-run health ministry said. It said 61 people were wounded, among them 30 children.

The International Committee of the Red Cross said a hospital it supports in Saada had received the bodies of 29 children and 48 wounded people.

The coalition said the strike had targeted Houthi fighters responsible for a missile fired at the Saudi city of Jizan the day before, which killed a Yemeni man living there, and called it a legitimate military action.

U.N. Secretary-General Antonio Guterres called for an independent and prompt investigation. "Children should never be a target," a UNICEF spokeswoman said.

The war has killed more than 10,000 people since the coalition intervened in March 2015. A coalition strike on a wedding party in Hajjah province in April killed 20 people, most of them women and children.""",
  [K('YEMCVL', None, None, "kills dozens of children", a='SAUMIL', s=False, note='vague headline'),
   A('SAUMIL', "An air strike by the Saudi-led coalition hit a bus carrying schoolchildren", v='YEMCVL', note='Saudi-led coalition: SAUMIL'),
   K('YEMCVL', 43, 'E', "killing 43 people", a='SAUMIL', cb='YEMGOV', note='Houthi-run health ministry: YEMGOV (de facto authority)'),
   K('YEMCVL', 29, 'E', "29 of them children", a='SAUMIL', cb='YEMGOV', s=False, note='sub-count'),
   W('YEMCVL', 61, 'E', "61 people were wounded", a='SAUMIL', cb='YEMGOV'),
   W('YEMCVL', 30, 'E', "among them 30 children", a='SAUMIL', cb='YEMGOV', s=False, note='sub-count'),
   K('YEMCVL', 29, 'E', "the bodies of 29 children", a='SAUMIL', s=False, note="the ICRC's partial count"),
   W('YEMCVL', 48, 'E', "48 wounded people", a='SAUMIL', s=False, note="the ICRC's partial count"),
   K('YEMCVL', 1, 'E', "which killed a Yemeni man living there", a='YEMREB', d='2018-08-08', l='Jizan', s=False, note='background, the day before'),
   K('YEMCVL', 10000, 'L', "The war has killed more than 10,000 people", cum=True, d='rep', l='-', s=False, note='background'),
   K('YEMCVL', 20, 'E', "killed 20 people, most of them women and children", a='SAUMIL', d='-', l='Hajjah', s=False, note='background, April')],
  dd='Thu', dl='Dahyan')

I('B22', '2024-08-04', 'news', '2024-08-03|Myanmar|nonstate_takes_territory|Lashio|Shan|Lashio', 7,
  """Myanmar rebels say they have captured northern city of Lashio

YANGON, Aug 4 - An ethnic minority rebel group in Myanmar said on Saturday it had seized Lashio, the largest city in northern Shan state and the seat of a regional military command, in the biggest loss for the ruling junta since it took power in a 2021 coup.

The Myanmar National Democratic Alliance Army (MNDAA) said its fighters had taken control of the headquarters of the army's Northeastern Command after weeks of fighting. It posted photographs of its fighters at the gates of the compound.

A junta spokesman said communications with the command had been lost and that fighting was continuing. Junta air strikes on the city on Saturday killed at least seven civilians and wounded 12, residents said.

Tens of thousands of residents have fled Lashio since fighting resumed in early July, according to the United Nations, and thousands were sheltering in monasteries and churches in nearby towns.

The MNDAA and two allied groups launched a joint offensive in October last year and seized several towns along the Chinese border. A ceasefire brokered by China in January collapsed in June.""",
  [C('MMRREB', "Myanmar rebels say they have captured northern city of Lashio", 'Lashio', cb='MMRREB', s=False, note='headline restatement'),
   C('MMRREB', "it had seized Lashio", 'Lashio', cb='MMRREB', note='claimed capture: claim day'),
   C('MMRREB', "had taken control of the headquarters of the army's Northeastern Command", 'Lashio', cb='MMRREB', s=False, note='a base, restating the capture'),
   A('MMRMIL', "Junta air strikes on the city on Saturday", v='MMRCVL'),
   K('MMRCVL', 7, 'L', "killed at least seven civilians", a='MMRMIL'),
   W('MMRCVL', 12, 'E', "wounded 12", a='MMRMIL', note='own verb: EXACT'),
   DSP('MMRCVL', None, None, "Tens of thousands of residents have fled Lashio since fighting resumed", cum=True, cb='IGOUNO', d='rep', s=False, note='vague tally'),
   O('MMRREB', "launched a joint offensive in October last year", d='-', l='-', s=False, note='background'),
   C('MMRREB', "seized several towns along the Chinese border", '-', d='-', s=False, note='background, unnamed'),
   TK('CHNGOV', "A ceasefire brokered by China in January", d='-', l='-', s=False, note='background ceasefire, no meeting stated')],
  dd='Sat', dl='Lashio')

I('B23', '2020-02-29', 'news', '2020-02-29|Afghanistan|protest_or_statement|Doha|Doha|', 0,
  """U.S. and Taliban sign deal in Doha aimed at ending America's longest war

DOHA, Feb 29 - The United States and the Taliban signed an agreement in the Qatari capital on Saturday that could lead to the withdrawal of all foreign troops from Afghanistan within 14 months, in a step toward ending more than 18 years of war.

U.S. envoy Zalmay Khalilzad and the Taliban's political chief, Mullah Abdul Ghani Baradar, signed the document in a hotel ballroom as Secretary of State Mike Pompeo looked on. Under the deal, Washington will cut its forces to 8,600 within 135 days, and the Taliban committed to preventing militant groups from using Afghan soil to threaten the United States.

Negotiations between the Taliban and the Afghan government are due to begin on March 10, but President Ashraf Ghani said his government had made no commitment to free 5,000 Taliban prisoners, as the deal envisages.

A week-long reduction in violence that preceded the signing largely held, officials in Kabul said.

The war has killed more than 2,400 U.S. service members and tens of thousands of Afghan civilians and fighters since the U.S.-led invasion in 2001.""",
  [TK('USAGOV', "The United States and the Taliban signed an agreement in the Qatari capital on Saturday", v='AFGREB', d='rep', l='Doha', s=False,
      note='no-event item: talks unscored (as in fresh7)'),
   TK('AFGGOV', "Negotiations between the Taliban and the Afghan government are due to begin on March 10", d='-', l='-', s=False, note='future talks'),
   K('USAMIL', 2400, 'L', "The war has killed more than 2,400 U.S. service members", cum=True, d='rep', l='-', s=False, note='background'),
   K('AFGCVL', None, None, "tens of thousands of Afghan civilians", cum=True, d='rep', l='-', s=False, note='background')],
  noevent=True, dl='Doha')

I('B24', '2022-11-03', 'news', '2022-11-02|Ethiopia|protest_or_statement|Pretoria|Gauteng|', 0,
  """Ethiopia and Tigray forces agree to end two-year war

PRETORIA, Nov 3 - Ethiopia's government and forces from the northern region of Tigray agreed on Wednesday to a permanent cessation of hostilities after a week of talks in Pretoria, South Africa, mediated by the African Union.

"This moment is not the end of the peace process, but the beginning of it," said former Nigerian President Olusegun Obasanjo, the AU's envoy, as the two delegations signed the agreement. The deal provides for the disarmament of Tigrayan forces, the restoration of federal authority in the region and unhindered access for aid.

The government's chief negotiator, Redwan Hussien, said the parties had agreed to "silence the guns". Getachew Reda, a spokesman for the Tigrayan side, said painful concessions had been made to build trust.

The conflict, which began in November 2020, has killed tens of thousands of people, displaced more than two million and left millions in need of food aid. Fighting had resumed in late August after a five-month truce collapsed.

Aid groups said they were waiting for the first convoys to be allowed into Tigray, where telephone and banking services have been cut off for more than a year.""",
  [TK('ETHGOV', "Ethiopia's government and forces from the northern region of Tigray agreed on Wednesday to a permanent cessation of hostilities", v='ETHREB', d='Wed', l='Pretoria', s=False,
      note='no-event item: talks unscored'),
   K('ETHCVL', None, None, "has killed tens of thousands of people", cum=True, d='rep', l='-', s=False, note='background'),
   DSP('ETHCVL', 2000000, 'L', "displaced more than two million", cum=True, d='rep', l='-', s=False, note='background')],
  noevent=True, dl='Pretoria')

I('B25', '2024-03-25', 'news', '2024-03-24|Nigeria|abduction|Kuriga|Kaduna|Chikun', 0,
  """Nigerian pupils abducted from Kuriga school freed after two weeks

KADUNA, Nigeria, March 25 - More than 130 pupils kidnapped by gunmen from a school in the northwestern Nigerian town of Kuriga earlier this month have been freed unharmed, the Kaduna state governor said on Sunday.

Governor Uba Sani said 137 hostages, including 76 girls and a member of staff, had been released in neighbouring Zamfara state and would undergo medical checks before returning to their families. He did not say whether a ransom had been paid, and the army said the children had been rescued by troops.

Parents gathered outside the government house in Kaduna city to wait for news. "I cannot believe my son is coming back," said one mother, who asked not to be named.

The pupils were taken on March 7 when gunmen on motorcycles surrounded their school during morning assembly. The kidnappers had demanded a ransom equivalent to about $690,000.

Mass abductions for ransom by armed gangs known locally as bandits have plagued northwestern Nigeria since 2014, when Boko Haram jihadists seized 276 schoolgirls in Chibok in the northeast.""",
  [], noevent=True, dl='Kuriga')
