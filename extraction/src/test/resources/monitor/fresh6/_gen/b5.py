"""Americas and Europe (15 notes): Mexico, Colombia, Brazil, Haiti, Ukraine, Ecuador."""
from lib import N, K, W, D, E, A, C, O, DEP, T, wd, days

# MX1
r = '2022-10-17'; d = wd(r, 'Saturday')
N(r, d, 'Mexico', 'attack', 'Irapuato', 'Guanajuato', 'Irapuato',
  "Gunmen kill 12 in attack on bar in central Mexico - Armed men burst into a bar in the city of Irapuato in Guanajuato "
  "state late on Saturday and opened fire on customers and staff, killing six men and six women and wounding three "
  "people, the state prosecutor's office said. Authorities have blamed a turf war between the Santa Rosa de Lima and "
  "Jalisco…",
  [K('MEXCVL', 12, "Gunmen kill 12", s=False, note='headline'),
   A(None, "Armed men burst into a bar in the city of Irapuato", victim='MEXCVL',
     note='no group named for the gunmen: actor null'),
   K('MEXCVL', 12, "killing six men and six women", by='MEXGOV', note='one line (6+6)'),
   W('MEXCVL', 3, "wounding three people", by='MEXGOV')],
  wire=True)

# MX2
r = '2022-01-06'; d = wd(r, 'Tuesday')
N(r, d, 'Mexico', 'other_violence', 'Cuauhtemoc', 'Zacatecas', 'Cuauhtemoc',
  "The bodies of seven men and a woman were found on the morning of 4 January hanging from a footbridge and dumped beneath it on "
  "the highway in Cuauhtemoc municipality, Zacatecas, alongside a banner signed by a cartel, the state prosecutor "
  "said.",
  [K('MEXCVL', 8, "The bodies of seven men and a woman were found", actor='MEXREB', by='MEXGOV',
     note='one line (7+1); dated to the finding; the banner signed by a cartel gives the actor')])

# MX3
r = '2023-07-06'; d = wd(r, 'Wednesday')
N(r, d, 'Mexico', 'accident', 'Magdalena Penasco', 'Oaxaca', 'Tlaxiaco',
  "A passenger bus travelling from Mexico City plunged about 25 metres into a ravine near Magdalena Penasco in the "
  "Mixteca region of Oaxaca on Wednesday morning, killing 29 people, among them a one-year-old child, and injuring 19, "
  "state officials said.",
  [K('MEXCVL', 29, "killing 29 people", by='MEXGOV'),
   K('MEXCVL', 1, "among them a one-year-old child", by='MEXGOV', s=False, note='sub-count'),
   W('MEXCVL', 19, "injuring 19", by='MEXGOV')])

# CO1
r = '2022-01-04'; d = wd(r, 'Sunday')
N(r, d, 'Colombia', 'armed_clash', 'Tame', 'Arauca', 'Tame',
  "Fighting between the ELN and FARC dissidents of the 10th Front in rural areas of Tame, Fortul and Saravena, Arauca "
  "department, left at least 23 people dead on Sunday, the governor said; the bodies, most of them dressed in civilian "
  "clothes, were taken to the morgue in Saravena, and dozens of families fled to the town of Tame.",
  [A('COLREB', "Fighting between the ELN and FARC dissidents of the 10th Front", victim='COLREB',
     note='both sides COLREB: one line'),
   K('COLCVL', 23, "left at least 23 people dead on Sunday", q='AT_LEAST', by='COLGOV', note='a mixed toll of people: CVL'),
   D('COLCVL', None, "dozens of families fled to the town of Tame", note='fled from rural Tame, Fortul and Saravena')])

# CO2
N('2020-08-12', '2020-08-11', 'Colombia', 'attack', 'La Betulia', 'Cauca', 'Caldono',
  "On 11 August 2020, armed men entered the house of Nasa community leader Maria Eugenia Camayo in the hamlet of La "
  "Betulia, Caldono (Cauca), and shot her dead in front of her children. The Indigenous Regional Council of Cauca "
  "blamed FARC dissidents of the Dagoberto Ramos column. Fatalities: 1.",
  [K('COLCVL', 1, "shot her dead in front of her children", note='blamed, not claimed: actor null')])

# CO3
r = '2023-08-03'
N(r, r, 'Colombia', 'protest_or_statement', 'Bogota', 'Bogota D.C.', '',
  "A six-month bilateral ceasefire between the Colombian government and the ELN came into force at midnight on "
  "Thursday, after negotiators in Havana agreed a monitoring mechanism with the UN and the Catholic Church; President "
  "Petro called it 'a historic day' in a speech in Bogota. No violations were reported in the first hours.",
  [T('COLGOV', "negotiators in Havana agreed a monitoring mechanism", victim='COLREB', loc='Havana', date=None,
     s=False, note='background talks, no day')])

# BR1
r = '2022-05-25'; d = wd(r, 'Tuesday')
N(r, d, 'Brazil', 'armed_clash', 'Rio de Janeiro', 'Rio de Janeiro', 'Rio de Janeiro',
  "A joint operation by the military police and the federal highway police against drug traffickers in Vila Cruzeiro, "
  "in the Penha complex of Rio de Janeiro's north zone, left at least 22 people dead on Tuesday, including a woman hit "
  "by a stray bullet in a nearby community, police said. Officers exchanged fire with gang members for hours; a police "
  "officer was slightly wounded.",
  [O('BRAMIL', "A joint operation by the military police and the federal highway police against drug traffickers",
     s=False, note='police operation'),
   A('BRAMIL', "Officers exchanged fire with gang members for hours", victim='BRAREB'),
   A('BRAREB', "Officers exchanged fire with gang members for hours", victim='BRAMIL', s=False,
     note='other side of the clash'),
   K('BRACVL', 22, "left at least 22 people dead on Tuesday", q='AT_LEAST', by='BRAMIL',
     note='a mixed toll of people: CVL'),
   K('BRACVL', 1, "including a woman hit by a stray bullet", by='BRAMIL', s=False, note='sub-count'),
   W('BRAMIL', 1, "a police officer was slightly wounded", note='police: MIL')],
  gloc='Vila Cruzeiro')

# BR2
r = '2024-05-06'
N(r, r, 'Brazil', 'disaster', 'Rio Grande do Sul', 'Rio Grande do Sul', '',
  "Death toll from floods in southern Brazil rises to 83 - Floods and landslides caused by days of torrential rain in "
  "Rio Grande do Sul state have killed 83 people, and 111 others are missing, the state civil defence said on Monday, "
  "while more than 121,000 people have been forced from their homes and",
  [K('BRACVL', 83, "Death toll from floods in southern Brazil rises to 83", cum=True, s=False, note='headline'),
   K('BRACVL', 83, "have killed 83 people", cum=True, note='floods over days and many towns: a running total'),
   D('BRACVL', 121000, "more than 121,000 people have been forced from their homes", q='AT_LEAST', cum=True)],
  wire=True)

# HT1
r = '2024-10-04'; d = wd(r, 'Thursday')
N(r, d, 'Haiti', 'attack', 'Pont-Sonde', 'Artibonite', 'Saint-Marc',
  "Members of the Gran Grif gang attacked the town of Pont-Sonde in the Artibonite department before dawn on Thursday, "
  "shooting residents in their homes and setting houses and cars on fire; the UN human rights office said at least 64 "
  "people were killed, including 10 women and 3 infants, and 16 were seriously injured. About 5,000 residents fled to "
  "nearby Saint-Marc.",
  [A('HTIREB', "Members of the Gran Grif gang attacked the town of Pont-Sonde", victim='HTICVL', note='gang: HTIREB'),
   K('HTICVL', 64, "at least 64 people were killed", q='AT_LEAST', actor='HTIREB', by='IGOUNO'),
   K('HTICVL', 13, "including 10 women and 3 infants", actor='HTIREB', by='IGOUNO', s=False, note='sub-count (10+3)'),
   W('HTICVL', 16, "16 were seriously injured", actor='HTIREB', by='IGOUNO'),
   D('HTICVL', 5000, "About 5,000 residents fled to nearby Saint-Marc", q='ABOUT')])

# HT2
r = '2021-10-17'; d = wd(r, 'Saturday')
N(r, d, 'Haiti', 'abduction', 'Ganthier', 'Ouest', 'Croix-des-Bouquets',
  "Members of the 400 Mawozo gang kidnapped 15 people, among them 14 US citizens and a Canadian, travelling in a bus "
  "after visiting an orphanage in Ganthier, east of Port-au-Prince, on Saturday, security sources said. The group, "
  "which includes five children, belongs to a US-based missionary organisation.",
  [])

# HT3
r = '2021-12-15'; d = wd(r, 'Tuesday')
N(r, d, 'Haiti', 'accident', 'Cap-Haitien', 'Nord', 'Cap-Haitien',
  "Fuel tanker explosion kills at least 60 in Haiti's Cap-Haitien - A fuel tanker overturned and exploded in the Samari "
  "area of Cap-Haitien early on Tuesday as residents rushed to collect spilled gasoline, killing at least 60 people, "
  "Deputy Mayor Jean-Robert Pierre said. Dozens of people with severe burns were…",
  [K('HTICVL', 60, "Fuel tanker explosion kills at least 60", q='AT_LEAST', s=False, note='headline'),
   K('HTICVL', 60, "killing at least 60 people", q='AT_LEAST', by='HTIGOV', note='deputy mayor: GOV'),
   W('HTICVL', None, "Dozens of people with severe burns", s=False, note='vague, in a sentence cut off')],
  wire=True, gloc='Samari')

# UA1
r = '2023-06-28'; d = wd(r, 'Tuesday')
N(r, d, 'Ukraine', 'shelling_artillery_missile', 'Kramatorsk', 'Donetsk', 'Kramatorsk',
  "Russian missile hits crowded Kramatorsk restaurant, killing 8 - A Russian missile struck a pizza restaurant in the "
  "centre of Kramatorsk in eastern Ukraine on Tuesday evening, killing at least 8 people, among them three children, "
  "and wounding 56, the regional governor said. Rescuers were still searching the rubble for",
  [K('UKRCVL', 8, "killing 8", actor='RUSMIL', s=False, note='headline'),
   A('RUSMIL', "A Russian missile struck a pizza restaurant in the centre of Kramatorsk", victim='UKRCVL'),
   K('UKRCVL', 8, "killing at least 8 people, among them three children", q='AT_LEAST', actor='RUSMIL', by='UKRGOV'),
   K('UKRCVL', 3, "among them three children", actor='RUSMIL', by='UKRGOV', s=False, note='sub-count'),
   W('UKRCVL', 56, "wounding 56", actor='RUSMIL', by='UKRGOV')],
  wire=True)

# UA2
r = '2023-06-12'
N(r, r, 'Ukraine', 'gov_regains_territory', 'Blahodatne', 'Donetsk', 'Volnovakha',
  "Ukraine's deputy defence minister said on Monday that troops had liberated the villages of Blahodatne and Neskuchne "
  "in the Donetsk region and Lobkove in the Zaporizhzhia region over the past two days; Russian military bloggers "
  "acknowledged a withdrawal from Neskuchne.",
  [C('UKRMIL', "troops had liberated the villages of Blahodatne and Neskuchne", date=None, by='UKRGOV',
     note='"over the past two days": no single day'),
   C('UKRMIL', "troops had liberated the villages of Blahodatne and Neskuchne", loc='Neskuchne', date=None, by='UKRGOV'),
   C('UKRMIL', "Lobkove in the Zaporizhzhia region", loc='Lobkove', date=None, by='UKRGOV')])

# UA3
r = '2024-03-03'; d = wd(r, 'Saturday')
N(r, d, 'Ukraine', 'air_drone_strike', 'Odesa', 'Odesa', 'Odesa',
  "The number of people killed when a Russian Shahed drone hit a nine-storey apartment block in Odesa early on "
  "Saturday has risen to 10, among them four children, the regional administration said on Sunday, as rescuers "
  "finished clearing the rubble; 8 people were injured.",
  [A('RUSMIL', "a Russian Shahed drone hit a nine-storey apartment block in Odesa", victim='UKRCVL'),
   K('UKRCVL', 10, "has risen to 10, among them four children", actor='RUSMIL', by='UKRGOV',
     note='updated toll of one strike: not cumulative, dated to the strike'),
   K('UKRCVL', 4, "among them four children", actor='RUSMIL', by='UKRGOV', s=False, note='sub-count'),
   W('UKRCVL', 8, "8 people were injured", actor='RUSMIL', by='UKRGOV')])

# EC1
r = '2021-09-30'; d = wd(r, 'Tuesday')
N(r, d, 'Ecuador', 'other_violence', 'Guayaquil', 'Guayas', 'Guayaquil',
  "Inmates of rival gangs fought with guns, knives and explosives inside the Litoral Penitentiary in Guayaquil on "
  "Tuesday; by Wednesday evening the authorities had counted 116 dead, five of them beheaded, and 80 wounded, making it "
  "the worst prison massacre in Ecuador's history, the police commander said.",
  [A('ECUREB', "Inmates of rival gangs fought with guns, knives and explosives inside the Litoral Penitentiary",
     victim='ECUCVL', note='gangs: REB as the actor; inmates as victims: CVL'),
   K('ECUCVL', 116, "the authorities had counted 116 dead, five of them beheaded", actor='ECUREB', by='ECUMIL',
     note='one riot, dated to its start; inmates: CVL'),
   K('ECUCVL', 5, "five of them beheaded", actor='ECUREB', by='ECUMIL', s=False, note='sub-count'),
   W('ECUCVL', 80, "80 wounded", actor='ECUREB', by='ECUMIL')],
  gloc='Litoral Penitentiary')
