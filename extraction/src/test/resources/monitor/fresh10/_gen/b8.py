"""News articles, part 6: 5 non-conflict."""
from lib import *

ITEMS = [
it('d01', '2023-09-10', 'Fri', 'Morocco', 'disaster', 'Al Haouz', 'Marrakech-Safi', 'Al Haouz', 0, 'news',
"""Morocco earthquake toll passes 2,000 as rescuers reach mountain villages

MARRAKECH, Sept 10 - The death toll from the powerful earthquake that struck Morocco's High Atlas mountains late on Friday rose to 2,012 on Saturday evening, the interior ministry said, as rescuers dug through the rubble of mud-brick villages.

The ministry said 2,059 people had been injured, 1,404 of them seriously. Al Haouz province, where the epicentre was located, accounted for 1,293 of the dead, followed by Taroudant with 452.

Earlier on Saturday, officials had said more than 1,000 people had died. The magnitude 6.8 quake was the strongest to hit the country in more than a century.

In the village of Tafeghaghte, almost every house was destroyed. "Three of my grandchildren and their mother are under there," said a man standing by a pile of stones and timber.

Thousands of families spent a second night in the open, fearing aftershocks, and the army set up tents in several towns. King Mohammed VI declared three days of national mourning.

Spain, Qatar, Britain and the United Arab Emirates sent search-and-rescue teams after Morocco accepted their offers of help.""",
 [K('MARCVL', 2012, 'rose to 2,012 on Saturday evening', by='MARGOV', note='updated toll of Friday\'s quake'),
  K('MARCVL', 2000, 'Morocco earthquake toll passes 2,000', q='AL', sc=False, note='headline restatement'),
  W('MARCVL', 2059, '2,059 people had been injured', by='MARGOV'),
  W('MARCVL', 1404, '1,404 of them seriously', by='MARGOV', sc=False, note='sub-count'),
  K('MARCVL', 1293, 'accounted for 1,293 of the dead', by='MARGOV', sc=False, note='sub-count'),
  K('MARCVL', 452, 'followed by Taroudant with 452', by='MARGOV', loc='Taroudant', sc=False, note='sub-count'),
  K('MARCVL', 1000, 'more than 1,000 people had died', q='AL', by='MARGOV', sc=False, note='superseded'),
  K('MARCVL', 4, 'Three of my grandchildren and their mother are under there', loc='Tafeghaghte', sc=False, note='presumed dead; sub-count'),
  D('MARCVL', None, 'Thousands of families spent a second night in the open', loc=None, d='rep', note='families: no count')]),

it('d02', '2024-03-01', 'Thu', 'Bangladesh', 'accident', 'Dhaka', 'Dhaka', 'Dhaka', 0, 'news',
"""Fire in Dhaka restaurant building kills 46

DHAKA, March 1 - A fire that broke out in a seven-storey building packed with restaurants in central Dhaka on Thursday night killed 46 people, including children, Bangladesh's health minister said on Friday.

The fire started at a cafe on the ground floor shortly before 10 p.m. and spread quickly up the building's only staircase, trapping diners on the upper floors, fire officials said. Firefighters rescued 75 people, some of them by ladder from the roof.

At least 22 people were being treated in hospital, many for burns and smoke inhalation, the minister said, and some of them were in critical condition.

Fire service officials said the building had no emergency exit and that gas cylinders had been stored on the stairs. Police detained the owners of two restaurants.

Deadly fires are common in Bangladesh's crowded cities, where building and safety laws are often flouted. In 2019 a blaze in an old Dhaka neighbourhood where chemicals were stored killed at least 70 people.

Prime Minister Sheikh Hasina expressed shock and ordered an inquiry.""",
 [K('BGDCVL', 46, 'killed 46 people, including children', by='BGDGOV'),
  K('BGDCVL', 46, 'Fire in Dhaka restaurant building kills 46', sc=False, note='headline restatement'),
  W('BGDCVL', 22, 'At least 22 people were being treated in hospital', q='AL', by='BGDGOV'),
  K('BGDCVL', 70, 'killed at least 70 people', q='AL', d=None, sc=False, note='background fire in 2019')]),

it('d03', '2023-01-29', 'Sat', 'Peru', 'accident', 'El Alto', 'Piura', 'Talara', 0, 'news',
"""Bus plunges off 'Devil's Curve' in northern Peru, killing 24

LIMA, Jan 29 - A bus carrying about 60 people fell into a ravine at a dangerous bend known as the "Devil's Curve" near the town of El Alto in Peru's northern Piura region before dawn on Saturday, killing 24 passengers and injuring 35, police said.

The bus, which was travelling from Lima to the border city of Tumbes, left the road and overturned several times before landing on rocks about 50 metres below, according to the regional government.

The injured were taken to hospitals in El Alto and Talara. Several were in serious condition, a regional health official said.

The driver survived and was being questioned, police said. Prosecutors said they would examine whether he had been speeding and whether the company had the necessary permits for the route.

Road accidents kill about 3,000 people a year in Peru, where many buses are poorly maintained and drivers work long shifts. The bend where the bus crashed has seen several fatal accidents in recent years.

The crash came as Peru was shaken by weeks of deadly protests against President Dina Boluarte's government.""",
 [K('PERCVL', 24, 'killing 24 passengers', by='PERMIL'),
  K('PERCVL', 24, "Bus plunges off 'Devil's Curve' in northern Peru, killing 24", sc=False, note='headline restatement'),
  W('PERCVL', 35, 'injuring 35', by='PERMIL'),
  K('PERCVL', 3000, 'Road accidents kill about 3,000 people a year in Peru', q='AB', loc=None, cum=True, d='rep', sc=False, note='background'),
]),

it('d04', '2023-12-05', 'Sun', 'Tanzania', 'disaster', 'Katesh', 'Manyara', 'Hanang', 0, 'news',
"""Tanzania landslide death toll rises to 63

DODOMA, Dec 5 - The number of people killed when torrents of mud and rocks swept through the town of Katesh in northern Tanzania's Hanang district on Sunday has risen to 63, the government said on Tuesday.

Prime Minister Kassim Majaliwa told reporters at the scene that 116 people had been injured. The regional commissioner had earlier given a toll of 47 dead.

Heavy rain loosened soil on the slopes of Mount Hanang, sending mud, boulders and uprooted trees into the town and nearby villages early on Sunday. Houses, shops and roads were buried under thick mud.

About 1,150 households were left homeless, and the government set up temporary shelters in schools, the prime minister said.

President Samia Suluhu Hassan cut short a visit to the United Arab Emirates, where she was attending the COP28 climate summit, and declared three days of national mourning.

East Africa has been hit by weeks of heavy rain and floods linked to the El Nino weather pattern, which have killed hundreds of people in Kenya, Somalia and Ethiopia.""",
 [K('TZACVL', 63, 'has risen to 63', by='TZAGOV', note='updated toll of Sunday\'s landslide'),
  K('TZACVL', 63, 'Tanzania landslide death toll rises to 63', sc=False, note='headline restatement'),
  W('TZACVL', 116, '116 people had been injured', by='TZAGOV'),
  K('TZACVL', 47, 'a toll of 47 dead', by='TZAGOV', sc=False, note='superseded'),
  D('TZACVL', None, 'About 1,150 households were left homeless', by='TZAGOV', note='households: no count of people'),
  K('KENCVL', None, 'killed hundreds of people in Kenya, Somalia and Ethiopia', loc='Kenya', cum=True, d='rep', sc=False, note='background')]),

it('d05', '2022-10-14', 'rep', 'Haiti', 'disease', None, '', '', 0, 'news',
"""Cholera deaths climb in Haiti as gangs block fuel, aid

GENEVA, Oct 14 (Reuters) - Cholera has killed at least 35 people in Haiti since it resurfaced at the start of this month, and more than 1,700 suspected cases have been recorded, health officials said on Friday, warning that the real figures were probably much higher.

The Pan American Health Organization said about half of the suspected cases were children under 14. Most of the deaths have been in the capital's poorest districts, where many families have no clean water.

A blockade of the country's main fuel terminal by a gang coalition has shut down water treatment and forced hospitals to cut services, aid groups say. Doctors Without Borders said its cholera centres were full.

"People are dying at home because they cannot reach a hospital," a nurse said.

Haiti's previous cholera epidemic, which began in 2010 after the disease was introduced by U.N. peacekeepers, killed nearly 10,000 people before it was declared over.

The government has asked for international help, including the deployment of a foreign armed force to break the blockade.""",
 [K('HTICVL', None, 'Cholera deaths climb in Haiti', loc=None, cum=True, sc=False, note='headline, vague'),
  K('HTICVL', 35, 'Cholera has killed at least 35 people in Haiti since it resurfaced at the start of this month', q='AL', loc=None, cum=True),
  K('HTICVL', 10000, 'killed nearly 10,000 people before it was declared over', q='AB', loc=None, cum=True, d=None, sc=False, note='background epidemic')]),
]
