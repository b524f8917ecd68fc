"""News articles, part 1: 5 Syria."""
from lib import *

ITEMS = [
it('a01', '2020-01-29', 'Tue', 'Syria', 'gov_regains_territory', 'Maarat al-Numan', 'Idlib', 'Maarrat al-Numan', 7, 'news',
"""Syrian army enters Maarat al-Numan as families pour north

BEIRUT, Jan 29 - Syrian government forces entered the town of Maarat al-Numan on Tuesday, taking the second-largest town in Idlib province after weeks of bombardment that had already emptied it of its residents, state media and a war monitor said.

State news agency SANA said army units had "liberated" the town and were combing its streets for mines left behind by "terrorists". Opposition fighters said they had pulled back to positions west of the town to avoid being encircled.

The push along the M5 highway, which links Damascus with Aleppo, began in mid-December. The Syrian Observatory for Human Rights said at least 31 government soldiers and 47 rebel and jihadist fighters had been killed since Friday in the battles around the town, including 12 insurgents killed in a failed counter-attack near the village of Maar Shurin on Monday night.

In Ariha, to the north, an air strike on a residential street killed six members of one family before dawn on Wednesday, rescuers said. A seventh relative, a teenage girl, died in hospital later in the morning.

The United Nations said on Monday that 358,000 people had fled southern Idlib since the start of December, most of them to crowded camps and half-built houses near the Turkish border. "Many families are sleeping in the open in near-freezing temperatures," a spokesman said.

Turkey, which backs some of the rebel groups, has warned that it cannot take in a new wave of refugees and has sent reinforcements to its observation posts in the province.""",
 [C('SYRMIL', 'Syrian army enters Maarat al-Numan', sc=False, note='headline restatement'),
  D('SYRCVL', None, 'families pour north', loc=None, cum=True, d='rep', sc=False, note='headline, vague'),
  C('SYRMIL', 'Syrian government forces entered the town of Maarat al-Numan on Tuesday'),
  C('SYRMIL', 'army units had "liberated" the town', by='SYRGOV', sc=False, note='restatement of the capture'),
  O('SYRMIL', 'The push along the M5 highway, which links Damascus with Aleppo, began in mid-December', loc=None, d=None, sc=False, note='background launch'),
  K('SYRMIL', 31, 'at least 31 government soldiers', q='AL', cum=True, d='rep', note='since Friday'),
  K('SYRREB', 47, '47 rebel and jihadist fighters had been killed since Friday', cum=True, d='rep'),
  K('SYRREB', 12, 'including 12 insurgents killed in a failed counter-attack', loc='Maar Shurin', d='Mon', sc=False, note='sub-count of the 47'),
  A('SYRREB', 'a failed counter-attack near the village of Maar Shurin on Monday night', loc='Maar Shurin', d='Mon'),
  A(None, 'an air strike on a residential street killed six members of one family', loc='Ariha', d='Wed'),
  K('SYRCVL', 6, 'killed six members of one family', loc='Ariha', d='Wed'),
  K('SYRCVL', 1, 'A seventh relative, a teenage girl, died in hospital', loc='Ariha', d='Wed'),
  D('SYRCVL', 358000, '358,000 people had fled southern Idlib since the start of December', cum=True, by='IGOUNO', loc='Idlib', d='Mon'),
  D('SYRCVL', None, 'a new wave of refugees', loc=None, d=None, sc=False, note='hypothetical'),
  P('TURMIL', 'has sent reinforcements to its observation posts in the province', loc=None, d=None, sc=False, note='no day')]),

it('a02', '2019-10-14', 'Sun', 'Syria', 'nonstate_takes_territory', 'Tal Abyad', 'Raqqa', 'Tell Abiad', 3, 'news',
"""Turkish-backed fighters seize Tal Abyad as Kurdish-led force turns to Damascus

AKCAKALE, Turkey, Oct. 14 - Syrian fighters backed by Turkey said on Sunday they had taken full control of Tal Abyad, a border town at the heart of the Kurdish-held strip that Ankara wants to clear, as its offensive entered a fifth day.

Turkey's defence ministry said the centre of the town had been cleared by Turkish and allied forces, and that 480 militants had been "neutralised" since the operation began on Wednesday. The Syrian Democratic Forces gave no toll for their own ranks.

The Kurdish-led administration said members of a Turkish-backed faction stopped a car on the M4 highway near Ain Issa on Saturday and killed a woman who co-chaired a local civil council, together with her driver. The faction denied involvement.

On the Turkish side of the frontier, the governor of Sanliurfa said a mortar round fired from Syria hit a house in Akcakale on Sunday, killing a man and wounding two of his grandchildren.

The United Nations says at least 130,000 people have been displaced from the Tal Abyad and Ras al-Ain areas since the offensive began.

Late on Sunday the SDF announced an agreement with the Syrian government under which army troops would deploy along the border. On Monday morning, state television showed Syrian army units moving into the town of Tal Tamr under the deal, to cheers from some residents.""",
 [C('SYRREB', 'they had taken full control of Tal Abyad', by='SYRREB'),
  C('TURMIL', 'the centre of the town had been cleared by Turkish and allied forces', by='TURGOV', sc=False, note='second party of the joint capture'),
  C('SYRREB', 'Turkish-backed fighters seize Tal Abyad', sc=False, note='headline restatement'),
  K('SYRREB', 480, '480 militants had been "neutralised" since the operation began on Wednesday', by='TURGOV', cum=True, loc=None, d='rep', note='SDF fighters'),
  O('TURMIL', 'the operation began on Wednesday', loc=None, d='Wed', sc=False, note='background launch'),
  K('SYRCVL', 2, 'killed a woman who co-chaired a local civil council, together with her driver', actor='SYRREB', loc='Ain Issa', d='Sat', note='one code: 1 + 1'),
  A(None, 'a mortar round fired from Syria hit a house in Akcakale', loc='Akcakale', d='Sun', victim='TURCVL'),
  K('TURCVL', 1, 'killing a man', by='TURGOV', loc='Akcakale', d='Sun'),
  W('TURCVL', 2, 'wounding two of his grandchildren', by='TURGOV', loc='Akcakale', d='Sun'),
  D('SYRCVL', 130000, 'at least 130,000 people have been displaced', q='AL', cum=True, by='IGOUNO', d='rep'),
  TK('SYRREB', 'the SDF announced an agreement with the Syrian government', loc=None, sc=False, note='a deal announced, no meeting stated'),
  P('SYRMIL', 'army troops would deploy along the border', loc=None, d=None, sc=False, note='planned'),
  P('SYRMIL', 'Syrian army units moving into the town of Tal Tamr under the deal', loc='Tal Tamr', d='rep'),
  C('SYRMIL', 'Syrian army units moving into the town of Tal Tamr', loc='Tal Tamr', d='rep', sc=False, note='entry by agreement: read as a deployment')]),

it('a03', '2019-11-21', 'Wed', 'Syria', 'air_drone_strike', 'Damascus', 'Damascus', 'Damascus', 25, 'news',
"""Israeli raids around Damascus kill 23 fighters, monitor says

Israel said it struck dozens of Iranian and Syrian military targets around Damascus early on Wednesday, a day after rockets were fired from Syria towards the Israeli-occupied Golan Heights.

The Syrian Observatory for Human Rights said the strikes killed 16 non-Syrian fighters, most of them Iranians, and seven members of the Syrian forces, bringing the toll to 23. The monitor said weapons depots near the airport and in Al-Kisweh were hit.

Syrian state media said air defences had shot down most of the "hostile missiles", but that fragments from one of them fell on a house in the town of Saasaa, killing two civilians.

The Israeli military said four rockets were launched at the Golan on Tuesday and were intercepted. It blamed an Iranian unit for the launch.

Israel's defence minister said in a statement on Wednesday that "anyone who fires at Israel will pay for it seven times over", adding that Iran's presence in Syria would not be tolerated.

Israel has carried out hundreds of strikes in Syria since the civil war began in 2011, but it rarely comments on them.""",
 [K('IRNMIL', 23, 'Israeli raids around Damascus kill 23 fighters', actor='ISRMIL', sc=False, note='headline total'),
  A('ISRMIL', 'Israel said it struck dozens of Iranian and Syrian military targets around Damascus', by='ISRMIL'),
  K('IRNMIL', 16, '16 non-Syrian fighters, most of them Iranians', actor='ISRMIL', note='mostly foreign pro-Iran fighters: IRNMIL'),
  K('SYRMIL', 7, 'seven members of the Syrian forces', actor='ISRMIL'),
  K('IRNMIL', 23, 'bringing the toll to 23', actor='ISRMIL', sc=False, note='total of the listed groups'),
  E('SYRMIL', 'DEPOT', None, 'weapons depots near the airport and in Al-Kisweh were hit', loc='Al-Kisweh', sc=False, note='owner unclear (Syrian or Iranian)'),
  K('SYRCVL', 2, 'killing two civilians', by='SYRGOV', loc='Saasaa', actor='ISRMIL'),
  A(None, 'four rockets were launched at the Golan on Tuesday', n=4, loc='Golan', d='Tue', note='blamed on Iran only'),
  T('ISRGOV', '"anyone who fires at Israel will pay for it seven times over"', loc=None),
  A('ISRMIL', 'Israel has carried out hundreds of strikes in Syria', loc=None, d=None, sc=False, note='background')]),

it('a04', '2020-02-17', 'Sun', 'Syria', 'gov_regains_territory', 'Kafr Naha', 'Aleppo', 'Jebel Saman', 14, 'news',
"""Syrian troops push rebels out of Aleppo's western outskirts

ALEPPO, Syria, Feb. 17 -- Government forces took control of a string of towns and villages west of Aleppo on Sunday, including Kafr Naha and Urum al-Kubra, pushing insurgents out of mortar range of the city for the first time in years, state media reported.

Television footage showed residents of the city celebrating in the streets overnight, some firing into the air. Officials said the main road to the airport would reopen within days.

The Syrian Observatory for Human Rights said Russian and government aircraft carried out more than 100 strikes on Sunday across western Aleppo and Idlib provinces, killing 14 civilians, five of them children in Darat Izza.

Turkey sent more armour into Idlib on Sunday, with a convoy of about 100 vehicles crossing at Kafr Lusin, a monitor and witnesses said. Ankara has set Damascus a deadline to pull back.

The United Nations says 875,000 people, most of them women and children, have been driven from their homes in the northwest since early December, the largest exodus of the nine-year war. Aid workers say the camps along the border are full and many families are sleeping in olive groves.""",
 [C('SYRMIL', 'Government forces took control of a string of towns and villages west of Aleppo on Sunday, including Kafr Naha'),
  C('SYRMIL', 'Urum al-Kubra', loc='Urum al-Kubra'),
  C('SYRMIL', 'Syrian troops push rebels out of Aleppo', loc='Aleppo', sc=False, note='headline restatement'),
  A('RUSMIL', 'Russian and government aircraft carried out more than 100 strikes on Sunday', n=100, q='AL', loc=None),
  A('SYRMIL', 'Russian and government aircraft carried out more than 100 strikes on Sunday', n=100, q='AL', loc=None, note='joint strikes: one line per code'),
  K('SYRCVL', 14, 'killing 14 civilians', loc=None),
  K('SYRCVL', 5, 'five of them children in Darat Izza', loc='Darat Izza', sc=False, note='sub-count'),
  P('TURMIL', 'a convoy of about 100 vehicles crossing at Kafr Lusin', loc='Kafr Lusin'),
  T('TURGOV', 'Ankara has set Damascus a deadline to pull back', loc=None, d=None, sc=False, note='background ultimatum, no day'),
  D('SYRCVL', 875000, '875,000 people, most of them women and children, have been driven from their homes', cum=True, by='IGOUNO', loc=None, d='rep')]),

it('a05', '2020-08-04', '2020-08-02', 'Syria', 'attack', 'Dhiban', 'Deir ez-Zor', 'Al-Mayadin', 2, 'news',
"""Tribal anger in Deir ez-Zor after elder shot dead

DEIR EZ-ZOR, Aug 4 - Gunmen opened fire on a car carrying two elders of the Akidat tribe near the town of Dhiban in eastern Deir ez-Zor on Sunday, killing one of them and seriously wounding the other, relatives and a local monitoring network said.

No group claimed the attack. The Kurdish-led Syrian Democratic Forces, which control the area, blamed "cells" loyal to the Syrian government, while many tribesmen accused the SDF of failing to protect them.

On Monday, angry protesters blocked roads with burning tyres and tried to storm an SDF checkpoint in the village of Al-Hawaij. Witnesses said SDF members fired at the crowd, killing a young man. Armed tribesmen then took over two checkpoints in Dhiban for several hours before withdrawing after talks with coalition officers.

According to the Observatory, 236 people, 93 of them SDF members, have been killed in assassinations and bombings in SDF-held parts of Deir ez-Zor since the start of the year.

Tribal leaders gave the SDF a week to hand over the killers, warning that they would "take matters into their own hands" if it did not.""",
 [A(None, 'Gunmen opened fire on a car carrying two elders of the Akidat tribe near the town of Dhiban', d='Sun'),
  K('SYRCVL', 1, 'Tribal anger in Deir ez-Zor after elder shot dead', loc='Deir ez-Zor', d='Sun', sc=False, note='headline restatement'),
  A('SYRCVL', 'tried to storm an SDF checkpoint in the village of Al-Hawaij', loc='Al-Hawaij', d='Mon', sc=False, note='protesters'),
  K('SYRCVL', 1, 'killing one of them', d='Sun'),
  W('SYRCVL', 1, 'seriously wounding the other', d='Sun'),
  A('SYRREB', 'SDF members fired at the crowd', loc='Al-Hawaij', d='Mon'),
  K('SYRCVL', 1, 'killing a young man', loc='Al-Hawaij', d='Mon', actor='SYRREB'),
  C('SYRREB', 'Armed tribesmen then took over two checkpoints in Dhiban', d='Mon', sc=False, note='checkpoints held for hours, not a place'),
  TK('SYRREB', 'talks with coalition officers', d='Mon', sc=False, note='local talks'),
  K('SYRCVL', 236, '236 people, 93 of them SDF members, have been killed', cum=True, loc='Deir ez-Zor', d='rep', note='mixed people: CVL'),
  K('SYRREB', 93, '93 of them SDF members', cum=True, loc='Deir ez-Zor', d='rep', sc=False, note='sub-count'),
  T('SYRCVL', 'warning that they would "take matters into their own hands"', loc=None, d=None, sc=False, note='tribal warning, vague, no day')]),
]
