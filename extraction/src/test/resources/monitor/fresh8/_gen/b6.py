"""b6: 15 non-conflict deaths (5 notes, 5 news articles, 5 wire snippets)."""
from lib import *

# ---- notes
I('D01', '2020-02-10', 'note', '2020-02-09|Syria|accident|Sarmada|Idlib|Harim', 0,
  "On 9 February 2020, a woman and her two children died of suffocation from the fumes of a coal heater inside their tent in a camp for displaced people near the town of Sarmada in the northern countryside of Idlib; the father was taken to hospital in a critical condition.",
  [K('SYRREF', 3, 'E', "a woman and her two children died of suffocation", note='camp residents: REF; heater fumes: accident; one code, one line'),
   W('SYRREF', 1, 'E', "the father was taken to hospital in a critical condition")])

I('D02', '2024-10-16', 'note', '2024-10-15|Nigeria|accident|Majiya|Jigawa|Taura', 0,
  "15/10/2024: At least 147 people were killed and more than 50 injured when a fuel tanker that had overturned on the highway exploded as residents gathered to scoop fuel in the town of Majiya, Taura LGA, Jigawa state, late on Tuesday night, police said.",
  [K('NGACVL', 147, 'L', "At least 147 people were killed", cb='NGAMIL', note='police: MIL'),
   W('NGACVL', 50, 'L', "more than 50 injured", cb='NGAMIL')])

I('D03', '2023-10-08', 'note', '2023-10-07|Afghanistan|disaster|Zindajan|Herat|Zindajan', 0,
  "On 7 October 2023, two earthquakes of magnitude 6.3 struck Zindajan district of Herat province, killing more than 1,000 people and injuring around 1,700, according to the Taliban-run disaster ministry; the village of Naib Rafi was almost entirely destroyed.",
  [K('AFGCVL', 1000, 'L', "killing more than 1,000 people", cb='AFGGOV'),
   W('AFGCVL', 1700, 'A', "injuring around 1,700", cb='AFGGOV')])

I('D04', '2024-06-22', 'note', '2024-06-18|India|accident|Karunapuram|Tamil Nadu|Kallakurichi', 0,
  "Between 18 and 20 June 2024, 55 people died after drinking illicit arrack laced with methanol in Karunapuram in Kallakurichi district of Tamil Nadu, and more than 100 others were being treated in hospitals, district officials said.",
  [K('INDCVL', 55, 'E', "55 people died after drinking illicit arrack laced with methanol", cb='INDGOV', d='-', note='three days: date null; methanol poisoning: accident'),
   W('INDCVL', 100, 'L', "more than 100 others were being treated in hospitals", cb='INDGOV', d='-', note='"being treated in hospital" read as injured')])

I('D05', '2022-12-14', 'note', '2022-12-13|DR Congo|disaster|Kinshasa|Kinshasa|', 0,
  "13 December 2022: Torrential overnight rain caused floods and landslides across Kinshasa, killing at least 120 people, most of them in the hillside communes of Ngaliema and Mont-Ngafula, the government said; the main road linking the capital to the port of Matadi was cut.",
  [K('CODCVL', 120, 'L', "killing at least 120 people", cb='CODGOV')])

# ---- news
I('D06', '2023-01-16', 'news', '2023-01-15|Nepal|accident|Pokhara|Gandaki|Kaski', 0,
  """Nepal plane crash kills at least 68 as search resumes for last four on board

POKHARA, Nepal, Jan 16 - Rescue workers resumed the search on Monday for the last four people missing after a Yeti Airlines plane crashed into a gorge near the tourist city of Pokhara on Sunday, killing at least 68 of the 72 people on board in Nepal's deadliest air accident in three decades.

The ATR 72 turboprop, flying from Kathmandu, went down in clear weather minutes before it was due to land at Pokhara's new international airport, breaking apart and catching fire on the banks of the Seti river. Among the passengers were 15 foreigners, including five Indians, four Russians and two South Koreans, officials said.

"We have recovered 68 bodies, and we are searching for the remaining four," a police official at the site said. An earlier toll released on Sunday night had put the number of dead at 67.

Video taken from the ground appeared to show the plane banking sharply to the left before it plunged. The government set up a panel to investigate the cause and declared Monday a day of national mourning. The aircraft's flight data recorder was found on Monday afternoon.

Nepal, home to eight of the world's 14 highest mountains, has a poor air safety record. In May last year, a Tara Air plane crashed in the mountains of Mustang district, killing all 22 people on board.""",
  [K('NPLCVL', 68, 'L', "Nepal plane crash kills at least 68", s=False, note='headline restatement'),
   K('NPLCVL', 68, 'L', "killing at least 68 of the 72 people on board", note='passengers of several nations: CVL of the place'),
   K('NPLCVL', 68, 'E', "We have recovered 68 bodies", cb='NPLMIL', s=False, note='restatement in a quote'),
   K('NPLCVL', 67, 'E', "put the number of dead at 67", s=False, note='superseded figure'),
   K('NPLCVL', 22, 'E', "killing all 22 people on board", d='-', l='Mustang', s=False, note='background, 2022')],
  dd='Sun', dl='Pokhara')

I('D07', '2023-09-10', 'news', '2023-09-08|Morocco|disaster|Marrakesh|Marrakesh-Safi|Al Haouz', 0,
  """Morocco earthquake toll passes 2,000 as rescuers dig through mountain villages

MARRAKESH, Sept 10 - The death toll from the strongest earthquake to hit Morocco in more than a century rose to 2,012 on Sunday, the interior ministry said, as rescuers searched the rubble of collapsed mud-brick homes in remote villages of the High Atlas mountains.

The magnitude 6.8 quake struck late on Friday about 70 km southwest of Marrakesh. The ministry said 2,059 people were injured, 1,404 of them critically. Most of the deaths were in Al Haouz province, where 1,293 people were killed, and in Taroudant province, with 452 dead.

In the village of Tafeghaghte, almost every house was destroyed. "Ninety people are under the rubble here," said a resident who had lost three relatives. Soldiers and volunteers worked with picks and shovels because the narrow mountain roads, blocked by fallen rocks, could not take heavy machinery.

The ministry had given a toll of 1,037 on Saturday morning. King Mohammed VI declared three days of national mourning and ordered shelters, food and water to be provided to survivors.

Spain, Britain, Qatar and the United Arab Emirates sent search and rescue teams on Sunday after Morocco accepted their offers of help.""",
  [K('MARCVL', 2012, 'E', "rose to 2,012 on Sunday", cb='MARGOV', l='-', note='updated toll of one quake, dated to it; several provinces: location null'),
   K('MARCVL', 2000, 'L', "Morocco earthquake toll passes 2,000", l='-', s=False, note='headline restatement'),
   W('MARCVL', 2059, 'E', "2,059 people were injured", cb='MARGOV', l='-'),
   W('MARCVL', 1404, 'E', "1,404 of them critically", cb='MARGOV', l='-', s=False, note='sub-count'),
   K('MARCVL', 1293, 'E', "where 1,293 people were killed", cb='MARGOV', l='Al Haouz', s=False, note='part of the 2,012'),
   K('MARCVL', 452, 'E', "with 452 dead", cb='MARGOV', l='Taroudant', s=False, note='part of the 2,012'),
   K('MARCVL', 3, 'E', "a resident who had lost three relatives", l='Tafeghaghte', s=False, note='part of the 2,012'),
   K('MARCVL', 1037, 'E', "a toll of 1,037 on Saturday morning", cb='MARGOV', l='-', s=False, note='superseded figure')],
  dd='Fri', dl='Marrakesh')

I('D08', '2023-09-27', 'news', '2023-09-26|Iraq|accident|Qaraqosh|Nineveh|Hamdaniya', 0,
  """Fire at Iraq wedding hall kills more than 100

MOSUL, Iraq, Sept 27 - A fire tore through a packed wedding hall in the mainly Christian town of Qaraqosh in northern Iraq's Nineveh province late on Tuesday, killing at least 107 people and injuring more than 150, Iraqi health officials said on Wednesday.

Fireworks set off during the couple's first dance ignited the hall's ceiling, which was covered in highly flammable panels, civil defence officials said. Many guests were trapped because the hall had few emergency exits, and some of the dead were crushed as people rushed for the doors.

The Nineveh governor had earlier given a toll of 113, before health officials revised it after removing names that had been counted twice.

"The flames spread within minutes, and then the ceiling fell on people," said a 28-year-old guest who escaped with burns to his hands and face.

Prime Minister Mohammed Shia al-Sudani ordered an investigation, and arrest warrants were issued for the owners of the hall. Iraq has a poor record of enforcing building and fire safety rules: a fire in the coronavirus ward of a hospital in Nasiriyah killed more than 60 people in 2021.""",
  [K('IRQCVL', 100, 'L', "Fire at Iraq wedding hall kills more than 100", s=False, note='headline restatement'),
   K('IRQCVL', 107, 'L', "killing at least 107 people", cb='IRQGOV'),
   W('IRQCVL', 150, 'L', "injuring more than 150", cb='IRQGOV'),
   K("IRQCVL", 113, "E", "given a toll of 113", cb='IRQGOV', s=False, note='superseded figure'),
   W('IRQCVL', 1, 'E', "a 28-year-old guest who escaped with burns to his hands and face", s=False, note='one of the injured'),
   K('IRQCVL', 60, 'L', "killed more than 60 people in 2021", d='-', l='Nasiriyah', s=False, note='background')],
  dd='Tue', dl='Qaraqosh')

I('D09', '2023-02-07', 'news', '2023-02-07|Malawi|disease|Blantyre|Southern|Blantyre', 0,
  """Malawi's cholera death toll passes 1,300 as schools reopen

LILONGWE, Feb 7 - Malawi's deadliest cholera outbreak on record has killed 1,316 people since it began in March last year, the health ministry said on Tuesday, with more than 40,000 cases reported across all of the country's 29 districts.

The ministry recorded 37 new deaths in the past 24 hours, most of them in the commercial capital Blantyre and in Lilongwe. "The numbers are still going up, especially in the cities," Health Minister Khumbize Kandodo Chiponda told reporters.

Schools in Blantyre and Lilongwe reopened on Monday after a two-week delay ordered to slow the spread of the disease. Teachers were told to provide water and soap at every classroom door.

The World Health Organization said the outbreak had been made worse by floods and storms that damaged water and sanitation systems last year, and by a global shortage of oral vaccines. Malawi received almost 3 million doses in November, but they ran out within weeks.

Neighbouring Mozambique and Zambia have also reported cases, and the WHO has warned that the outbreak could spread further across southern Africa during the rainy season.""",
  [K('MWICVL', 1300, 'L', "Malawi's cholera death toll passes 1,300", cum=True, d='rep', l='-', s=False, note='headline restatement'),
   K('MWICVL', 1316, 'E', "has killed 1,316 people since it began in March last year", cum=True, cb='MWIGOV', d='rep', l='-', note='outbreak tally: cumulative'),
   K('MWICVL', 37, 'E', "37 new deaths in the past 24 hours", cum=True, cb='MWIGOV', d='rep', l='-', note='a day of several deaths: cumulative')],
  dl='Blantyre')

I('D10', '2024-07-24', 'news', '2024-07-22|Ethiopia|disaster|Gofa|South Ethiopia|Gofa', 0,
  """Death toll from landslides in southern Ethiopia rises to 229

ADDIS ABABA, July 24 - The death toll from two landslides in a remote mountainous area of southern Ethiopia rose to 229 on Wednesday, local officials said, as villagers continued to dig through the mud with shovels and their bare hands in search of survivors.

The first landslide struck the Kencho Shacha Gozdi district of Gofa zone on Sunday night after heavy rain; the second buried many of the people who had gathered on Monday morning to help, among them police officers, teachers and health workers, the district administrator said. A pregnant woman and her husband were among the dead.

Fifteen people have been pulled out alive and were being treated in hospital, the administrator said. The toll had stood at 157 on Tuesday.

The United Nations humanitarian office said more than 15,000 people had to be moved from their homes because of the risk of further landslides, among them 1,320 children under five and 5,000 pregnant or breastfeeding women.

Prime Minister Abiy Ahmed said he was deeply saddened and that federal disaster officials had been sent to the area. Landslides are common in Ethiopia's highlands during the rainy season, which runs from July to September.""",
  [K('ETHCVL', 229, 'E', "Death toll from landslides in southern Ethiopia rises to 229", s=False, note='headline restatement'),
   K('ETHCVL', 229, 'E', "The death toll from two landslides in a remote mountainous area of southern Ethiopia rose to 229", cb='ETHGOV',
     note='Sunday night and Monday morning: date null'),
   K('ETHCVL', 2, 'E', "A pregnant woman and her husband were among the dead", s=False, note='sub-count'),
   W('ETHCVL', 15, 'E', "Fifteen people have been pulled out alive and were being treated in hospital", cb='ETHGOV'),
   K('ETHCVL', 157, 'E', "The toll had stood at 157 on Tuesday", cb='ETHGOV', s=False, note='superseded figure'),
   DSP('ETHCVL', 15000, 'L', "more than 15,000 people had to be moved from their homes", cb='IGOUNO', d='rep', note='no day: report day'),
   DSP('ETHCVL', 1320, 'E', "among them 1,320 children under five", cb='IGOUNO', d='rep', s=False, note='sub-count')],
  dd='-', dl='Kencho Shacha Gozdi')

# ---- wire
I('D11', '2024-03-01', 'wire', '2024-02-29|Bangladesh|accident|Dhaka|Dhaka|Dhaka', 0,
  "Fire in Dhaka restaurant building kills 46 - A fire swept through a seven-storey building housing restaurants and shops on Dhaka's Bailey Road late on Thursday, killing at least 46 people and injuring 22, Bangladesh's health minister said on Friday, adding that most of the dead had been trapped on the upper floors…",
  [K('BGDCVL', 46, 'E', "Fire in Dhaka restaurant building kills 46", s=False, note='headline restatement'),
   K('BGDCVL', 46, 'L', "killing at least 46 people", cb='BGDGOV'),
   W('BGDCVL', 22, 'E', "injuring 22", cb='BGDGOV', note='own verb: EXACT')],
  dd='Thu', dl='Bailey Road')

I('D12', '2022-10-05', 'wire', '2022-10-05|Gambia|accident|Banjul|Banjul|', 0,
  "WHO links deaths of 66 children in Gambia to contaminated cough syrups - The World Health Organization said on Wednesday that four cough and cold syrups made by an Indian company may be linked to the deaths of 66 children from acute kidney injuries in Gambia, where health officials in Banjul first raised the alarm in July, and warned that the products",
  [K('GMBCVL', 66, 'E', "the deaths of 66 children from acute kidney injuries in Gambia", cum=True, cb='IGOUNO', d='rep', l='-',
     note='deaths over several months: cumulative; contaminated medicine: accident')])

I('D13', '2023-09-26', 'wire', '2023-09-25|Azerbaijan|accident|Stepanakert|Karabakh|', 0,
  "Fuel depot blast near Stepanakert kills 68 - An explosion at a fuel depot near Stepanakert, where hundreds of people were queueing for petrol, killed at least 68 people and injured nearly 300 on Monday evening, the Karabakh health ministry said on Tuesday, with 105 others still",
  [K('ARMCVL', 68, 'E', "Fuel depot blast near Stepanakert kills 68", s=False, note='headline restatement'),
   K('ARMCVL', 68, 'L', "killed at least 68 people", cb='ARMGOV', note='Karabakh Armenians: ARMCVL; Karabakh authorities: ARMGOV'),
   W('ARMCVL', 300, 'A', "injured nearly 300", cb='ARMGOV')],
  dd='Mon', dl='Stepanakert')

I('D14', '2023-11-12', 'wire', '2023-11-12|Somalia|disaster|Beledweyne|Hiraan|Beledweyne', 0,
  "Floods in Somalia kill 31, displace more than 300,000 - Flash floods triggered by heavy El Nino rains have killed 31 people and forced more than 300,000 from their homes in Somalia since early October, the government's disaster management agency said on Sunday, with the central town of Beledweyne largely under water after the Shabelle river",
  [K('SOMCVL', 31, 'E', "Floods in Somalia kill 31", cum=True, d='rep', l='-', s=False, note='headline restatement'),
   K('SOMCVL', 31, 'E', "have killed 31 people", cum=True, cb='SOMGOV', d='rep', l='-', note='since early October: cumulative'),
   DSP('SOMCVL', 300000, 'L', "forced more than 300,000 from their homes in Somalia since early October", cum=True, cb='SOMGOV', d='rep', l='-')])

I('D15', '2024-09-02', 'wire', '2024-09-02|Sudan|disease|Kassala|Kassala|Kassala', 0,
  "Cholera kills 22 in a week in Sudan's Kassala state - Sudan's health ministry said on Monday that cholera had killed 22 people in the eastern state of Kassala in the past week, bringing the death toll from an outbreak declared in August to 165, with more than 4,000 cases recorded in 11 of the country's 18 states amid…",
  [K('SDNCVL', 22, 'E', "Cholera kills 22 in a week", cum=True, d='rep', s=False, note='headline restatement'),
   K('SDNCVL', 22, 'E', "cholera had killed 22 people in the eastern state of Kassala in the past week", cum=True, cb='SDNGOV', d='rep', note='a week: cumulative'),
   K('SDNCVL', 165, 'E', "bringing the death toll from an outbreak declared in August to 165", cum=True, cb='SDNGOV', d='rep', l='-')])
