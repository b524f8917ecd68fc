# World (1/3)
N('2021-06-14', "On 13 June 2021, armed men in several vehicles opened fire on people in the streets of Reynosa, Tamaulipas, killing 15 people, most of them passers-by. Police later killed 4 suspected gunmen in a shootout.",
  'Mexico', 'attack', 'Reynosa', 'Tamaulipas', 'Reynosa', '2021-06-13', [
    A(None, 'MEXCVL', "armed men in several vehicles opened fire on people in the streets of Reynosa"),
    K('MEXCVL', 15, "killing 15 people, most of them passers-by"),
    A('MEXMIL', None, "Police later killed 4 suspected gunmen in a shootout", scored=False, note='shootout: police as the initiating side'),
    K('MEXREB', 4, "Police later killed 4 suspected gunmen", actor='MEXMIL', note='suspected gunmen (cartel cell): REB'),
])
N('2023-03-21', "Body of journalist found in Zamora - The body of a local radio presenter who had been missing since Friday was found on Sunday on a dirt road outside Zamora, Michoacan, prosecutors said",
  'Mexico', 'other_violence', 'Zamora', 'Michoacan', 'Zamora', 'Sun', [
    K('MEXCVL', 1, "The body of a local radio presenter who had been missing since Friday was found", by='MEXGOV'),
], wire=True)
N('2020-07-02', "Gunmen burst into a drug rehabilitation centre in Irapuato, Guanajuato, on Wednesday evening and shot dead 27 people, in an attack the state governor blamed on the Santa Rosa de Lima cartel.",
  'Mexico', 'attack', 'Irapuato', 'Guanajuato', 'Irapuato', 'Wed', [
    A('MEXREB', 'MEXCVL', "Gunmen burst into a drug rehabilitation centre in Irapuato", note='blamed on a named cartel: REB'),
    K('MEXCVL', 27, "shot dead 27 people", actor='MEXREB'),
])
N('2019-09-05', "On 4 September 2019, Taliban fighters attacked Pul-e Khumri city in Baghlan province from several directions, killing 8 police officers and seizing a checkpoint, the provincial police chief said. Afghan forces regained the checkpoint by evening.",
  'Afghanistan', 'armed_clash', 'Pul-e Khumri', 'Baghlan', 'Pul-e Khumri', '2019-09-04', [
    A('AFGREB', 'AFGMIL', "Taliban fighters attacked Pul-e Khumri city"),
    K('AFGMIL', 8, "killing 8 police officers", actor='AFGREB', by='AFGMIL'),
    C('AFGREB', "seizing a checkpoint", scored=False, note='a checkpoint, not a place'),
    C('AFGMIL', "Afghan forces regained the checkpoint", scored=False),
])
N('2021-05-09', "Blasts outside Kabul girls' school kill dozens - At least 55 people, most of them schoolgirls, were killed and more than 150 wounded when three explosions went off outside the Sayed al-Shuhada school in Dasht-e-Barchi on Saturday, the interior ministry said",
  'Afghanistan', 'remote_explosive_ied', 'Dasht-e-Barchi', 'Kabul', 'Kabul', 'Sat', [
    A(None, 'AFGCVL', "three explosions went off outside the Sayed al-Shuhada school"),
    K('AFGCVL', 55, "At least 55 people, most of them schoolgirls, were killed", q='AT_LEAST', by='AFGGOV'),
    W('AFGCVL', 150, "more than 150 wounded", q='AT_LEAST', by='AFGGOV'),
    K('AFGCVL', None, "Blasts outside Kabul girls' school kill dozens", scored=False, note='vague headline restatement'),
], wire=True, tloc='Kabul')
N('2023-08-29', "Heavy rains triggered flash floods in Nuristan's Kamdesh district overnight on Monday, sweeping away homes; 31 people died and dozens are missing, a Taliban spokesman for the province said.",
  'Afghanistan', 'disaster', 'Kamdesh', 'Nuristan', 'Kamdesh', 'Mon', [
    K('AFGCVL', 31, "31 people died", by='AFGGOV'),
])
N('2018-12-05', "On 4 December 2018, Saudi-led coalition aircraft struck a vehicle in al-Hali district of Hudaydah city, killing a family of five: a father, mother and three children.",
  'Yemen', 'air_drone_strike', 'al-Hali', 'Al Hudaydah', 'Al Hudaydah', '2018-12-04', [
    A('SAUMIL', 'YEMCVL', "Saudi-led coalition aircraft struck a vehicle in al-Hali district"),
    K('YEMCVL', 5, "killing a family of five", actor='SAUMIL'),
], tloc='Hudaydah')
N('2022-02-02', "Houthi forces regained the Harib district of Marib after two weeks of fighting with the Giants Brigades and government troops, local sources said on 1 February. Dozens of fighters were killed on both sides.",
  'Yemen', 'nonstate_takes_territory', 'Harib', 'Marib', 'Harib', '2022-02-01', [
    C('YEMREB', "Houthi forces regained the Harib district of Marib", note='district as place'),
    K('YEMREB', None, "Dozens of fighters were killed on both sides", cum=True, scored=False, note='vague, over two weeks, both sides'),
])
N('2020-10-13', "A shell fired by Houthis struck the women's wing of the central prison in Taiz city on Monday, killing a female inmate and a guard and wounding 12 other women, the governorate said.",
  'Yemen', 'shelling_artillery_missile', 'Taiz', 'Taizz', 'Al Qahirah', 'Mon', [
    A('YEMREB', 'YEMCVL', "A shell fired by Houthis struck the women's wing of the central prison in Taiz city"),
    K('YEMCVL', 1, "killing a female inmate", actor='YEMREB', by='YEMGOV'),
    K('YEMMIL', 1, "and a guard", actor='YEMREB', by='YEMGOV', note='prison guard: MIL'),
    W('YEMCVL', 12, "wounding 12 other women", actor='YEMREB', by='YEMGOV'),
])
N('2022-09-12', "Ukrainian forces recaptured Kupiansk and Izium in Kharkiv region over the weekend as Russian units withdrew eastward, abandoning tanks and armoured vehicles, the general staff said on Sunday.",
  'Ukraine', 'gov_regains_territory', 'Kupiansk', 'Kharkiv', 'Kupiansk', 'Sun', [
    C('UKRMIL', "Ukrainian forces recaptured Kupiansk", by='UKRMIL'),
    C('UKRMIL', "Izium in Kharkiv region", loc='Izium', by='UKRMIL'),
    Q('RUSMIL', 'TANK', "abandoning tanks", scored=False, note='abandoned, vague'),
    Q('RUSMIL', 'APC', "armoured vehicles", scored=False),
])
N('2023-07-28', "A Russian missile hit a nine-storey apartment block in Dnipro on Friday morning, wounding at least nine people, including a 3-year-old boy, the regional governor said.",
  'Ukraine', 'shelling_artillery_missile', 'Dnipro', 'Dnipropetrovsk', 'Dnipro', 'Fri', [
    A('RUSMIL', 'UKRCVL', "A Russian missile hit a nine-storey apartment block in Dnipro"),
    W('UKRCVL', 9, "wounding at least nine people", actor='RUSMIL', q='AT_LEAST', by='UKRGOV'),
    W('UKRCVL', 1, "including a 3-year-old boy", actor='RUSMIL', by='UKRGOV', scored=False, note='sub-count'),
])
N('2024-02-11', "Drone strike on Kharkiv petrol station sets fire to homes: seven dead, among them three children — A Shahed drone hit a fuel station in Kharkiv overnight, causing a fire that spread to houses nearby, the mayor said on Saturday",
  'Ukraine', 'air_drone_strike', 'Kharkiv', 'Kharkiv', 'Kharkiv', 'Sat', [
    A('RUSMIL', 'UKRCVL', "A Shahed drone hit a fuel station in Kharkiv"),
    K('UKRCVL', 7, "seven dead", actor='RUSMIL', by='UKRGOV'),
    K('UKRCVL', 3, "among them three children", actor='RUSMIL', scored=False, note='sub-count'),
], wire=True)
N('2019-10-03', "Iraqi security forces opened fire on protesters in Baghdad's Tahrir Square and in Nasiriyah on Wednesday, killing two demonstrators, one in each city, and injuring more than 200 people.",
  'Iraq', 'attack', 'Baghdad', 'Baghdad', 'Resafa', 'Wed', [
    A('IRQMIL', 'IRQCVL', "Iraqi security forces opened fire on protesters in Baghdad's Tahrir Square"),
    K('IRQCVL', 2, "killing two demonstrators, one in each city", actor='IRQMIL', loc=None, note='two cities'),
    W('IRQCVL', 200, "injuring more than 200 people", actor='IRQMIL', q='AT_LEAST', loc=None),
])
N('2021-01-22', "Twin suicide bombers blew themselves up in a crowded clothes market in Baghdad's Tayaran Square on Thursday, killing 32 people and wounding 110 in the capital's deadliest attack in three years; IS later claimed it",
  'Iraq', 'remote_explosive_ied', 'Tayaran Square', 'Baghdad', 'Resafa', 'Thu', [
    A('IRQREB', 'IRQCVL', "Twin suicide bombers blew themselves up in a crowded clothes market", note='IS claimed: REB'),
    K('IRQCVL', 32, "killing 32 people", actor='IRQREB'),
    W('IRQCVL', 110, "wounding 110", actor='IRQREB'),
], wire=True, tloc='Baghdad')
N('2020-05-03', "On 2 May 2020, IS militants attacked PMF positions near Mekeshefa, south of Samarra (Salah al-Din), in a coordinated assault using snipers and IEDs. Ten PMF fighters were killed, among them a commander.",
  'Iraq', 'attack', 'Mekeshefa', 'Salah al-Din', 'Samarra', '2020-05-02', [
    A('IRQREB', 'IRQMIL', "IS militants attacked PMF positions near Mekeshefa"),
    K('IRQMIL', 10, "Ten PMF fighters were killed", actor='IRQREB'),
    K('IRQMIL', 1, "among them a commander", actor='IRQREB', scored=False, note='sub-count'),
])
N('2021-04-04', "At least 22 security personnel were killed and 31 injured in an ambush by Maoists near Tekalguda in Bijapur district on Saturday, officials said on Sunday; one woman Maoist cadre was also killed, police said.",
  'India', 'armed_clash', 'Tekalguda', 'Chhattisgarh', 'Bijapur', 'Sat', [
    A('INDREB', 'INDMIL', "an ambush by Maoists near Tekalguda"),
    K('INDMIL', 22, "At least 22 security personnel were killed", actor='INDREB', q='AT_LEAST', by='INDGOV'),
    W('INDMIL', 31, "31 injured", actor='INDREB', by='INDGOV'),
    K('INDREB', 1, "one woman Maoist cadre was also killed", by='INDMIL'),
])
N('2022-08-17', "Militants shot dead a Kashmiri Pandit in his apple orchard at Chotigam in Shopian district on Tuesday, and injured his brother, police said.",
  'India', 'attack', 'Chotigam', 'Jammu and Kashmir', 'Shopian', 'Tue', [
    K('INDCVL', 1, "Militants shot dead a Kashmiri Pandit", actor='INDREB', by='INDMIL'),
    W('INDCVL', 1, "injured his brother", actor='INDREB', by='INDMIL'),
])
N('2024-06-22', "Spurious liquor kills 34 in Kallakurichi - At least 34 people died and over 100 were hospitalised after drinking illicit arrack laced with methanol on Wednesday in Karunapuram, Kallakurichi district, Tamil Nadu officials said on Saturday, with the toll expected to",
  'India', 'accident', 'Karunapuram', 'Tamil Nadu', 'Kallakurichi', 'Wed', [
    K('INDCVL', 34, "At least 34 people died", q='AT_LEAST', by='INDGOV', date='2024-06-19', note='poisoning on 19 June; toll of one event'),
    W('INDCVL', 100, "over 100 were hospitalised", q='AT_LEAST', by='INDGOV', date='2024-06-19'),
    K('INDCVL', 34, "Spurious liquor kills 34 in Kallakurichi", scored=False, loc='Kallakurichi', date='2024-06-19', note='headline restatement'),
], wire=True)
N('2019-03-01', "Al-Shabaab militants stormed a building on Mogadishu's Maka al-Mukarama road after a car bomb exploded outside it on Thursday evening, leading to a siege of nearly 20 hours; 29 people were killed, including 4 gunmen, and more than 80 wounded, police said",
  'Somalia', 'attack', 'Mogadishu', 'Banadir', 'Mogadishu', 'Thu', [
    A('SOMREB', 'SOMCVL', "Al-Shabaab militants stormed a building on Mogadishu's Maka al-Mukarama road"),
    A('SOMREB', 'SOMCVL', "a car bomb exploded outside it", scored=False, note='same attack'),
    K('SOMCVL', 29, "29 people were killed, including 4 gunmen", actor='SOMREB', by='SOMMIL', note='mixed toll of people: CVL; the 4 attackers are a sub-count'),
    K('SOMREB', 4, "including 4 gunmen", by='SOMMIL', scored=False, note='sub-count inside the 29'),
    W('SOMCVL', 80, "more than 80 wounded", actor='SOMREB', q='AT_LEAST', by='SOMMIL'),
], wire=True)
N('2022-05-04', "On 3 May 2022, al-Shabaab overran an AU base held by Burundian troops at El Baraf, Middle Shabelle, after a suicide car bomb. Burundi's army said 10 of its soldiers were killed, 25 wounded and 5 missing, while al-Shabaab claimed to have killed 173.",
  'Somalia', 'attack', 'El Baraf', 'Middle Shabelle', 'Jowhar', '2022-05-03', [
    A('SOMREB', 'BDIMIL', "al-Shabaab overran an AU base held by Burundian troops at El Baraf"),
    K('BDIMIL', 10, "Burundi's army said 10 of its soldiers were killed", actor='SOMREB', by='BDIMIL'),
    W('BDIMIL', 25, "25 wounded", actor='SOMREB', by='BDIMIL'),
    K('BDIMIL', 173, "al-Shabaab claimed to have killed 173", actor='SOMREB', by='SOMREB', scored=False, note='competing claim for the same dead'),
])
N('2023-11-13', "Floods along the Juba and Shabelle rivers have killed at least 31 people and forced more than 500,000 from their homes since the start of the Deyr rains in October, OCHA said on 12 November.",
  'Somalia', 'disaster', '', '', '', None, [
    K('SOMCVL', 31, "have killed at least 31 people", q='AT_LEAST', cum=True, by='IGOUNO', loc=None, date='2023-11-12'),
    D('SOMCVL', 500000, "forced more than 500,000 from their homes", q='AT_LEAST', cum=True, by='IGOUNO', loc=None, date='2023-11-12'),
], tloc='')
N('2021-01-11', "Boko Haram insurgents attacked Mainok in Kaga LGA of Borno State on Saturday night, burning a church and homes; 2 CJTF members and a soldier lost their lives while several attackers were neutralised, military sources said.",
  'Nigeria', 'attack', 'Mainok', 'Borno', 'Kaga', 'Sat', [
    A('NGAREB', 'NGACVL', "Boko Haram insurgents attacked Mainok"),
    K('NGAMIL', 3, "2 CJTF members and a soldier lost their lives", actor='NGAREB', by='NGAMIL', note='CJTF + army: one MIL line'),
    K('NGAREB', None, "several attackers were neutralised", by='NGAMIL'),
])
N('2022-06-06', "Gunmen stormed St Francis Catholic church in Owo, Ondo State, during Sunday mass, opening fire and detonating explosives; about 40 worshippers died, Nigerian authorities said.",
  'Nigeria', 'attack', 'Owo', 'Ondo', 'Owo', 'Sun', [
    A(None, 'NGACVL', "Gunmen stormed St Francis Catholic church in Owo"),
    K('NGACVL', 40, "about 40 worshippers died", q='ABOUT', by='NGAGOV'),
])
N('2023-06-14', "Boat carrying wedding guests capsizes on Niger river, 103 dead - At least 103 people died when a boat packed with more than 250 passengers returning from a wedding capsized early on Monday near Egbu in Pategi, Kwara state, police said",
  'Nigeria', 'accident', 'Egbu', 'Kwara', 'Pategi', 'Mon', [
    K('NGACVL', 103, "At least 103 people died", q='AT_LEAST', by='NGAMIL'),
    K('NGACVL', 103, "Boat carrying wedding guests capsizes on Niger river, 103 dead", scored=False, loc=None, note='headline restatement'),
], wire=True)
N('2024-03-08', "Bandits abducted 287 pupils and teachers from LEA primary and secondary school in Kuriga, Chikun LGA of Kaduna State, on 7 March; a vigilante who tried to resist was shot dead.",
  'Nigeria', 'abduction', 'Kuriga', 'Kaduna', 'Chikun', '2024-03-07', [
    K('NGAMIL', 1, "a vigilante who tried to resist was shot dead", actor='NGAREB', note='vigilante: MIL (state-aligned); bandits REB'),
])
