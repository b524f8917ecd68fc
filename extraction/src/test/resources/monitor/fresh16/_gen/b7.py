"""News articles, part 5: non-conflict deaths and no-event items."""
from lib import *

item('X01', 'news', '2023-06-22', 'Wed', 'China', 'accident', 'Yinchuan', 'Ningxia', 'Xingqing', 0,
     N("Gas explosion at Chinese barbecue restaurant kills 31",
       "BEIJING, June 22 - A gas explosion tore through a barbecue restaurant in the northwestern Chinese city of Yinchuan on Wednesday night, killing 31 people and injuring seven, state media reported on Thursday.",
       "The blast, on the eve of the Dragon Boat Festival holiday, was caused by a leak from a liquefied petroleum gas tank, the official Xinhua news agency said. Footage showed rescuers carrying people out of the shattered shopfront. One of the injured was in a critical condition.",
       "President Xi Jinping ordered an all-out effort to treat the injured and a nationwide check of safety at workplaces. Police detained nine people, among them the restaurant's manager.",
       "Industrial and gas accidents are common in China despite repeated safety campaigns. In 2015, explosions at a chemical warehouse in the port of Tianjin killed 173 people."),
     K('CHNCVL', 31, "killing 31 people and injuring seven", by='CHNGOV'),
     W('CHNCVL', 7, "killing 31 people and injuring seven", by='CHNGOV'),
     K('CHNCVL', 173, "explosions at a chemical warehouse in the port of Tianjin killed 173 people", loc='Tianjin', d=None, s=False, note='background'))

item('X02', 'news', '2024-05-08', 'rep', 'Brazil', 'disaster', 'Porto Alegre', 'Rio Grande do Sul', 'Porto Alegre', 0,
     N("Death toll from floods in southern Brazil rises to 100",
       "PORTO ALEGRE, Brazil (AP) — The death toll from floods that have swept Brazil's southern state of Rio Grande do Sul for more than a week rose to 100 on Wednesday, the state civil defence agency said, with 128 people still missing.",
       "More than 160,000 people have been forced from their homes and about 67,000 are staying in public shelters, the agency said. In Porto Alegre, the state capital, the Guaiba river rose to a record level, flooding the airport and the bus station.",
       "Rescuers in boats were still pulling people from rooftops on Wednesday. At least 372 people have been injured.",
       "Rain was expected to return at the weekend. Last September, a cyclone killed more than 50 people in the same state. The federal government has promised emergency funds, and the army has sent helicopters and field kitchens; the president flew over the area for a second time."),
     K('BRACVL', 100, "rose to 100 on Wednesday", loc='Rio Grande do Sul', d='rep', cum=True, by='BRAGOV', note='tally of more than a week of floods'),
     D('BRACVL', 160000, "More than 160,000 people have been forced from their homes", q='AL', cum=True, loc='Rio Grande do Sul', d='rep', by='BRAGOV'),
     D('BRACVL', 67000, "about 67,000 are staying in public shelters", q='AB', cum=True, loc='Rio Grande do Sul', d='rep', s=False, note='part of the 160,000'),
     W('BRACVL', 372, "At least 372 people have been injured", q='AL', cum=True, loc='Rio Grande do Sul', d='rep'),
     K('BRACVL', 50, "a cyclone killed more than 50 people in the same state", q='AL', loc=None, d=None, s=False, note='background'))

item('X03', 'news', '2021-12-06', 'Sat', 'Indonesia', 'disaster', 'Lumajang', 'East Java', 'Lumajang', 0,
     N("Semeru eruption: toll rises to 22 as rescuers dig through ash",
       "LUMAJANG, Indonesia, Dec 6 - The number of people killed by the eruption of Mount Semeru on Indonesia's Java island on Saturday rose to 22 on Monday, the disaster agency said, with 27 people still missing.",
       "Searing clouds of gas and ash buried villages in the Lumajang district and destroyed a bridge. Fifty-six people were injured, most of them with burns, and more than 2,900 people were taken to evacuation centres, the agency said.",
       "The first toll, given on Saturday night, had been 13. Rescuers were hampered by rain and hot mud.",
       "Semeru, the highest mountain on Java, last erupted in December 2020, forcing thousands to flee but causing no deaths. Residents of Curah Kobokan, one of the worst-hit villages, said the warning sirens did not sound, and that many people were in the fields or at home when the sky went dark. The president visited the area on Sunday."),
     K('IDNCVL', 22, "rose to 22 on Monday", d='Sat', by='IDNGOV', note='updated toll of one eruption'),
     K('IDNCVL', 13, "The first toll, given on Saturday night, had been 13", d='Sat', s=False, note='superseded'),
     W('IDNCVL', 56, "Fifty-six people were injured", d='Sat', by='IDNGOV'),
     D('IDNCVL', 2900, "more than 2,900 people were taken to evacuation centres", q='AL', cum=True, d='rep', by='IDNGOV'),
     D('IDNCVL', None, "forcing thousands to flee but causing no deaths", loc=None, d=None, s=False, note='background'))

item('X04', 'news', '2023-08-31', 'Thu', 'South Africa', 'accident', 'Johannesburg', 'Gauteng', 'Johannesburg', 0,
     N("Fire in Johannesburg building kills 73",
       "JOHANNESBURG, Aug 31 (Reuters) - A fire swept through a five-storey building in central Johannesburg in the early hours of Thursday, killing at least 73 people, among them 12 children, emergency services said.",
       "The building, owned by the city, had been taken over by squatters and was crammed with shacks made of wood and cardboard, officials said. Fifty-two people were taken to hospital, most with smoke inhalation. Some residents jumped from windows to escape, witnesses said.",
       "Emergency services spokesman Robert Mulaudzi said the toll could rise as firefighters searched the upper floors. Hundreds of people who lived in the building were left homeless and were housed in community halls.",
       "President Cyril Ramaphosa called it \"a great tragedy\" and said the government had to deal with the housing crisis in the inner city. In 2018 a fire at a state building in the city killed three firefighters."),
     K('ZAFCVL', 73, "killing at least 73 people, among them 12 children", q='AL'),
     K('ZAFCVL', 12, "among them 12 children", s=False, note='sub-count'),
     W('ZAFCVL', 52, "Fifty-two people were taken to hospital"),
     D('ZAFCVL', None, "Hundreds of people who lived in the building were left homeless"),
     K('ZAFCVL', 3, "a fire at a state building in the city killed three firefighters", d=None, s=False, note='background'))

item('X05', 'news', '2023-03-23', 'rep', 'Equatorial Guinea', 'disease', 'Bata', 'Litoral', 'Bata', 0,
     N("Marburg outbreak in Equatorial Guinea spreads to coastal city, WHO says",
       "GENEVA, March 23 - Equatorial Guinea has reported eight new cases of Marburg virus disease, some of them in the coastal city of Bata, a sign that the outbreak is spreading, the World Health Organization said on Thursday.",
       "The virus, a cousin of Ebola, has killed at least 11 people since the outbreak was declared in February, the WHO said, and another 20 probable cases, all of whom died, have been recorded. The new cases were found in provinces about 150 km apart.",
       "The government has quarantined hundreds of contacts and closed schools in the affected districts. Health workers are among those infected.",
       "There are no approved vaccines or treatments for Marburg, which kills up to 88% of those infected. Neighbouring Cameroon and Gabon have tightened border checks. In 2022, Ghana reported two deaths from the virus."),
     K('GNQCVL', 11, "has killed at least 11 people since the outbreak was declared in February", q='AL', cum=True, loc=None, by='IGOUNO'),
     K('GNQCVL', 20, "another 20 probable cases, all of whom died", cum=True, loc=None, by='IGOUNO', note='probable cases, tally'),
     K('GHACVL', 2, "Ghana reported two deaths from the virus", loc=None, d=None, s=False, note='background'))

item('X06', 'news', '2019-10-24', 'Thu', 'Bolivia', 'protest_or_statement', 'La Paz', 'La Paz', 'Murillo', 0,
     N("Bolivians march for a second day over disputed election count",
       "LA PAZ, Oct 24 - Tens of thousands of people marched through La Paz and other Bolivian cities on Thursday for a second day to demand a run-off in Sunday's presidential election, after a halt in the vote count and a jump in President Evo Morales' lead.",
       "Protesters waved flags and chanted outside the electoral tribunal. Shops and schools in Santa Cruz stayed closed on a general strike called by civic leaders. The marches passed off peacefully, police said.",
       "Morales, who has governed since 2006, said he had won outright and accused his opponents of plotting a coup. The Organization of American States said it would audit the count at the government's request.",
       "Opposition candidate Carlos Mesa told supporters to stay in the streets until the result was corrected, but urged them to avoid violence. Morales' supporters held their own rally in El Alto."))

item('X07', 'news', '2022-04-05', 'Tue', 'Sri Lanka', 'protest_or_statement', 'Colombo', 'Western', 'Colombo', 0,
     N("Sri Lanka lifts emergency as protests over shortages grow",
       "COLOMBO, April 5 (Reuters) - Sri Lanka's president revoked a state of emergency on Tuesday, hours after losing his majority in parliament, as thousands of people rallied in the capital for a fifth day against fuel and power shortages.",
       "Protesters outside parliament and the president's office held placards and chanted for the government to resign. The rallies, which drew students, doctors and office workers, were peaceful, police said.",
       "More than 40 ruling coalition lawmakers said they would sit as independents. The finance minister, appointed a day earlier, resigned.",
       "The island nation of 22 million people is facing its worst economic crisis since independence in 1948, with rolling power cuts of up to 13 hours a day. The government says it will seek help from the International Monetary Fund. Queues for cooking gas stretched for hundreds of metres in Colombo on Tuesday, and some pharmacies said they had run out of basic medicines."))
