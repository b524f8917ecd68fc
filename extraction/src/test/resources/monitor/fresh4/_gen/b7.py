# World (4/4)
N('2021-03-30', "Insurgents linked to Islamic State attacked Palma town in Cabo Delgado from three directions on Wednesday 24 March and had taken control of it by the weekend, the defence ministry said on Monday; dozens of civilians, including foreign contractors, were killed, and thousands fled by sea and through the bush",
  'Mozambique', 'nonstate_takes_territory', 'Palma', 'Cabo Delgado', 'Palma', '2021-03-24', [
    A('MOZREB', 'MOZCVL', "Insurgents linked to Islamic State attacked Palma town in Cabo Delgado"),
    C('MOZREB', "had taken control of it by the weekend", by='MOZGOV', date='null', note='"by the weekend": no day'),
    K('MOZCVL', None, "dozens of civilians, including foreign contractors, were killed", actor='MOZREB'),
    D('MOZCVL', None, "thousands fled by sea and through the bush"),
], wire=True)
N('2022-06-09', "On 6 June 2022, insurgents beheaded a man and his grandson in Nanduli village, Ancuabe district, and burnt around 30 houses, prompting residents to flee toward Metoro.",
  'Mozambique', 'attack', 'Nanduli', 'Cabo Delgado', 'Ancuabe', '2022-06-06', [
    K('MOZCVL', 2, "insurgents beheaded a man and his grandson", actor='MOZREB'),
    D('MOZCVL', None, "prompting residents to flee toward Metoro"),
])
N('2022-04-29', "Rival gangs 400 Mawozo and Chen Mechan have been fighting since 24 April for control of Croix-des-Bouquets and Plaine du Cul-de-Sac, north-east of Port-au-Prince; at least 75 people have been killed and more than 9,000 displaced, the UN said on 28 April.",
  'Haiti', 'armed_clash', 'Croix-des-Bouquets', 'Ouest', 'Croix-des-Bouquets', '2022-04-28', [
    A('HTIREB', 'HTIREB', "Rival gangs 400 Mawozo and Chen Mechan have been fighting since 24 April", date='2022-04-24'),
    K('HTICVL', 75, "at least 75 people have been killed", q='AT_LEAST', cum=True, by='IGOUNO', note='tally over several days of fighting (since 24 April): cumulative; mixed toll of people: CVL'),
    D('HTICVL', 9000, "more than 9,000 displaced", q='AT_LEAST', cum=True, by='IGOUNO'),
])
N('2024-03-05', "Armed gangs stormed Haiti's National Penitentiary in Port-au-Prince over the weekend, freeing most of its nearly 4,000 inmates; at least 12 people were killed, officials said on Monday",
  'Haiti', 'attack', 'Port-au-Prince', 'Ouest', 'Port-au-Prince', None, [
    A('HTIREB', 'HTIMIL', "Armed gangs stormed Haiti's National Penitentiary in Port-au-Prince", date='null', note='"over the weekend": no day'),
    K('HTICVL', 12, "at least 12 people were killed", q='AT_LEAST', by='HTIGOV', date='null', note='"over the weekend": no day; people incl. inmates and guards: CVL'),
], wire=True)
N('2021-05-07', "A police raid in the Jacarezinho favela in Rio de Janeiro on Thursday left 28 dead, among them a police officer shot in the head at the start of the operation, in the deadliest police operation in the city's history.",
  'Brazil', 'armed_clash', 'Jacarezinho', 'Rio de Janeiro', 'Rio de Janeiro', 'Thu', [
    A('BRAMIL', 'BRAREB', "A police raid in the Jacarezinho favela"),
    K('BRACVL', 28, "left 28 dead, among them a police officer", note='mixed toll of people: CVL; the officer is a sub-count'),
    K('BRAMIL', 1, "among them a police officer shot in the head", scored=False, note='sub-count inside the 28'),
    O('BRAMIL', "the deadliest police operation in the city's history", scored=False),
], tloc='Rio de Janeiro')
N('2022-02-17', "Torrential rain set off mudslides in Petropolis, in the hills above Rio de Janeiro, on Tuesday, burying homes; firefighters said on Wednesday that 94 bodies had been recovered and dozens were still missing.",
  'Brazil', 'disaster', 'Petropolis', 'Rio de Janeiro', 'Petropolis', 'Tue', [
    K('BRACVL', 94, "94 bodies had been recovered"),
])
N('2022-07-11', "Gunmen opened fire on patrons at a tavern in Soweto's Orlando East late on Saturday, killing 16 people and injuring several others, police said. The motive was unknown.",
  'South Africa', 'attack', 'Orlando East', 'Gauteng', 'Johannesburg', 'Sat', [
    A(None, 'ZAFCVL', "Gunmen opened fire on patrons at a tavern in Soweto's Orlando East"),
    K('ZAFCVL', 16, "killing 16 people", by='ZAFMIL'),
    W('ZAFCVL', None, "injuring several others", by='ZAFMIL'),
], tloc='Soweto')
N('2023-02-10', "Thousands of people marched peacefully through Cape Town to parliament on 9 February to protest rolling power cuts; police reported no incidents.",
  'South Africa', 'protest_or_statement', 'Cape Town', 'Western Cape', 'City of Cape Town', '2023-02-09', [])
N('2024-05-01', "Kenya flood toll rises as dam bursts near Mai Mahiu - At least 45 people were killed when a dam burst its banks near Mai Mahiu in Nakuru county early on Monday, sweeping away houses and cars, the interior ministry said, as the nationwide toll from weeks of rain passed 170",
  'Kenya', 'disaster', 'Mai Mahiu', 'Nakuru', 'Naivasha', 'Mon', [
    K('KENCVL', 45, "At least 45 people were killed", q='AT_LEAST', by='KENGOV'),
    K('KENCVL', 170, "the nationwide toll from weeks of rain passed 170", q='AT_LEAST', cum=True, loc=None, date='2024-05-01', scored=False, note='national background tally'),
], wire=True)
N('2020-01-06', "Al-Shabaab fighters attacked the Camp Simba military base at Manda Bay, Lamu county, before dawn on Sunday, killing a US soldier and two American contractors and destroying aircraft on the airstrip, AFRICOM said.",
  'Kenya', 'attack', 'Manda Bay', 'Lamu', 'Lamu East', 'Sun', [
    A('SOMREB', 'USAMIL', "Al-Shabaab fighters attacked the Camp Simba military base at Manda Bay"),
    K('USAMIL', 1, "killing a US soldier", actor='SOMREB', by='USAMIL'),
    K('USACVL', 2, "two American contractors", actor='SOMREB', by='USAMIL'),
    Q('USAMIL', 'AIRCRAFT', "destroying aircraft on the airstrip", actor='SOMREB', by='USAMIL'),
])
N('2024-03-01', "A fire that broke out in a restaurant in a seven-storey building on Bailey Road in Dhaka late on Thursday killed 46 people and injured at least 22, the health minister said.",
  'Bangladesh', 'accident', 'Dhaka', 'Dhaka', 'Dhaka', 'Thu', [
    K('BGDCVL', 46, "killed 46 people", by='BGDGOV'),
    W('BGDCVL', 22, "injured at least 22", q='AT_LEAST', by='BGDGOV'),
])
N('2021-10-23', "Seven people were killed when gunmen stormed a madrasa in Camp 18 at Balukhali, Ukhiya, early on Friday, police said; Rohingya leaders blamed ARSA",
  'Bangladesh', 'attack', 'Balukhali', 'Chittagong', "Cox's Bazar", 'Fri', [
    A(None, 'MMRREF', "gunmen stormed a madrasa in Camp 18 at Balukhali", note='blamed on ARSA: actor null'),
    K('MMRREF', 7, "Seven people were killed", by='BGDMIL', note='Rohingya camp residents: MMRREF'),
], wire=True, tloc='Ukhiya')
N('2021-03-22', "On 21 March 2021, gunmen on motorbikes attacked Intazayene, Bakorat and Wistane in Tillia department, Tahoua region, killing 141 people, most of them Tuareg civilians, according to the government, which declared three days of mourning.",
  'Niger', 'attack', 'Intazayene', 'Tahoua', 'Tillia', '2021-03-21', [
    A(None, 'NERCVL', "gunmen on motorbikes attacked Intazayene"),
    K('NERCVL', 141, "killing 141 people, most of them Tuareg civilians", by='NERGOV'),
])
N('2023-08-17', "At least 17 Nigerien soldiers were killed and 20 wounded in an ambush by jihadists near Koutougou, close to the border with Burkina Faso, on Tuesday; more than 100 assailants were neutralised as they fled on motorbikes, the defence ministry said.",
  'Niger', 'attack', 'Koutougou', 'Tillaberi', 'Torodi', 'Tue', [
    A('NERREB', 'NERMIL', "an ambush by jihadists near Koutougou"),
    K('NERMIL', 17, "At least 17 Nigerien soldiers were killed", actor='NERREB', q='AT_LEAST', by='NERGOV'),
    W('NERMIL', 20, "20 wounded", actor='NERREB', by='NERGOV'),
    K('NERREB', 100, "more than 100 assailants were neutralised", actor='NERMIL', q='AT_LEAST', by='NERGOV'),
])
N('2022-12-29', "Armed youth from Jonglei attacked villages around Tonga in Upper Nile's Panyikang county over Christmas, and thousands of civilians fled to Malakal, UNMISS said; at least 14 were reported dead",
  'South Sudan', 'attack', 'Tonga', 'Upper Nile', 'Panyikang', 'null', [
    A('SSDREB', 'SSDCVL', "Armed youth from Jonglei attacked villages around Tonga"),
    D('SSDCVL', None, "thousands of civilians fled to Malakal", by='IGOUNO'),
    K('SSDCVL', 14, "at least 14 were reported dead", actor='SSDREB', q='AT_LEAST', note='victims unstated: read as villagers'),
], wire=True)
N('2024-11-05', "Cattle raiders shot dead a chief and five herders and drove off about 2,000 head of cattle at Mareng payam, Tonj North county, Warrap state, on Saturday, the county commissioner said. Two raiders were killed as youths pursued them.",
  'South Sudan', 'attack', 'Mareng', 'Warrap', 'Tonj North', 'Sat', [
    K('SSDCVL', 6, "Cattle raiders shot dead a chief and five herders", actor='SSDREB', by='SSDGOV'),
    K('SSDREB', 2, "Two raiders were killed as youths pursued them", by='SSDGOV'),
])
N('2021-01-14', "Coalition of Patriots for Change rebels attacked Bangui's outskirts at PK12 and Bimbo early on Wednesday before being pushed back by FACA, MINUSCA and Rwandan troops; a Rwandan peacekeeper was killed, the UN said.",
  'Central African Republic', 'armed_clash', 'Bimbo', 'Ombella-Mpoko', 'Bimbo', 'Wed', [
    A('CAFREB', 'CAFMIL', "Coalition of Patriots for Change rebels attacked Bangui's outskirts at PK12 and Bimbo"),
    K('RWAMIL', 1, "a Rwandan peacekeeper was killed", actor='CAFREB', by='IGOUNO'),
])
N('2019-07-04', "An air strike hit the Tajoura detention centre for migrants east of Tripoli late on Tuesday, killing at least 53 people and injuring 130; the UN-backed government blamed Haftar's LNA.",
  'Libya', 'air_drone_strike', 'Tajoura', 'Tripoli', 'Tripoli', 'Tue', [
    A(None, 'LBYCVL', "An air strike hit the Tajoura detention centre for migrants", note='blamed, not claimed'),
    K('LBYCVL', 53, "killing at least 53 people", q='AT_LEAST', note='migrants of unstated nationality: CVL of the place'),
    W('LBYCVL', 130, "injuring 130"),
])
N('2024-10-18', "An Israeli strike on a house in Qana, south Lebanon, killed 12 people, including rescue workers, on 16 October, the health ministry said, while Hezbollah said its fighters hit a tank near Maroun al-Ras with a guided missile.",
  'Lebanon', 'air_drone_strike', 'Qana', 'South', 'Tyre', '2024-10-16', [
    A('ISRMIL', 'LBNCVL', "An Israeli strike on a house in Qana"),
    K('LBNCVL', 12, "killed 12 people, including rescue workers", actor='ISRMIL', by='LBNGOV'),
    A('LBNREB', 'ISRMIL', "its fighters hit a tank near Maroun al-Ras", loc='Maroun al-Ras', by='LBNREB', date='null'),
    Q('ISRMIL', 'TANK', "its fighters hit a tank near Maroun al-Ras", actor='LBNREB', loc='Maroun al-Ras', by='LBNREB', date='null', scored=False, note='claimed hit, no day stated'),
])
N('2024-01-10', "Ecuador's president declared on 9 January that the country was in an internal armed conflict and ordered the army to neutralise 22 criminal gangs, which he labelled terrorist organisations.",
  'Ecuador', 'protest_or_statement', 'Ecuador', '', '', '2024-01-09', [], tloc='')
N('2023-06-21', "Women inmates fight in Tamara prison: 46 dead - At least 46 women were killed on Tuesday in a riot at the women's prison in Tamara, near Tegucigalpa, when members of one gang set fire to a cell block and shot rivals, officials said",
  'Honduras', 'other_violence', 'Tamara', 'Francisco Morazan', 'Distrito Central', 'Tue', [
    K('HNDCVL', 46, "At least 46 women were killed", q='AT_LEAST', by='HNDGOV', note='inmates: CVL'),
    A('HNDREB', 'HNDCVL', "members of one gang set fire to a cell block and shot rivals", scored=False),
    K('HNDCVL', 46, "46 dead", scored=False, note='headline restatement'),
], wire=True)
N('2024-06-29', "A landslide buried a house in Pokhari village in Syangja district early on Friday, killing a mother and her two children, police said; monsoon rains also swept away a man in Kaski.",
  'Nepal', 'disaster', 'Pokhari', 'Gandaki', 'Syangja', 'Fri', [
    K('NPLCVL', 3, "killing a mother and her two children", by='NPLMIL'),
    K('NPLCVL', 1, "monsoon rains also swept away a man in Kaski", loc='Kaski', by='NPLMIL'),
])
N('2022-11-22', "A 5.6-magnitude earthquake struck Cianjur in West Java on Monday afternoon, toppling houses and schools; at least 162 people were killed and hundreds were injured, the governor said.",
  'Indonesia', 'disaster', 'Cianjur', 'West Java', 'Cianjur', 'Mon', [
    K('IDNCVL', 162, "at least 162 people were killed", q='AT_LEAST', by='IDNGOV'),
    W('IDNCVL', None, "hundreds were injured", by='IDNGOV'),
])
N('2022-10-21', "Chad's security forces fired live rounds at anti-junta protesters in N'Djamena and Moundou on Thursday; the government said about 50 people were killed, among them a dozen members of the security forces.",
  'Chad', 'attack', "N'Djamena", 'N\'Djamena', "N'Djamena", 'Thu', [
    A('TCDMIL', 'TCDCVL', "Chad's security forces fired live rounds at anti-junta protesters"),
    K('TCDCVL', 50, "about 50 people were killed, among them a dozen members of the security forces", q='ABOUT', by='TCDGOV', loc=None, note='two cities; mixed toll as CVL'),
    K('TCDMIL', 12, "among them a dozen members of the security forces", q='ABOUT', by='TCDGOV', loc=None, scored=False, note='sub-count'),
])
N('2025-01-10', "Benin army says 28 soldiers killed in jihadist attack on Point Triple - Militants attacked a military position at Point Triple, near the borders with Niger and Burkina Faso, on Wednesday, the army said in a statement on Thursday, adding that 40 assailants were",
  'Benin', 'attack', 'Point Triple', 'Alibori', 'Karimama', 'Wed', [
    A('BENREB', 'BENMIL', "Militants attacked a military position at Point Triple"),
    K('BENMIL', 28, "Benin army says 28 soldiers killed", actor='BENREB', by='BENMIL', note='headline gives the only figure'),
], wire=True)
