# Other countries 2018-2024, part 1 (hand-written). Format: see gen.py.

N('2020-07-01', 'Mexico', 'attack', 'Irapuato', 'Guanajuato', 'Irapuato',
  """The Guanajuato state prosecutor's office said armed men burst into a drug rehabilitation centre in the El Arandas neighbourhood of Irapuato on the evening of 1 July 2020 and opened fire on the people inside, killing 24 men and wounding seven. Investigators have not said which group was behind the attack.""",
  [A(None, 'armed men burst into a drug rehabilitation centre', v='MEXCVL'),
   K('MEXCVL', 24, 'killing 24 men', cl='MEXGOV', note='prosecutor\'s office = GOV'),
   W('MEXCVL', 7, 'wounding seven', cl='MEXGOV')])

N('2019-10-14', 'Mexico', 'attack', 'El Aguaje', 'Michoacan', 'Aguililla',
  """Suspected cartel gunmen ambush police convoy in Michoacan - Suspected members of the Jalisco New Generation Cartel ambushed a convoy of Michoacan state police in El Aguaje on {wd}, killing 13 officers and setting several patrol vehicles on fire, the state security""",
  [A('MEXREB', 'Suspected members of the Jalisco New Generation Cartel ambushed a convoy', v='MEXMIL',
     note='"suspected" cartel members named as such: MEXREB (REANNOTATION)'),
   K('MEXMIL', 13, 'killing 13 officers', a='MEXREB', note='police = MIL'),
   E('MEXMIL', 'VEHICLE', 'setting several patrol vehicles on fire', a='MEXREB', note='vague amount: no count')],
  rep=0, wire=1)

N('2023-07-05', 'Mexico', 'accident', 'Magdalena Peñasco', 'Oaxaca', '',
  """A passenger bus travelling from Mexico City plunged about 25 metres into a ravine near Magdalena Peñasco in the Mixteca region of Oaxaca early on {wd}, killing 27 people, among them a one-year-old boy, and injuring 17, the state prosecutor said.""",
  [K('MEXCVL', 27, 'killing 27 people', cl='MEXGOV'),
   K('MEXCVL', 1, 'a one-year-old boy', us=1, note='sub-count'),
   W('MEXCVL', 17, 'injuring 17', cl='MEXGOV')], rep=0)

N('2020-06-03', 'Afghanistan', 'attack', 'Imam Sahib', 'Kunduz', 'Imam Sahib',
  """Taliban fighters stormed an army checkpoint in Imam Sahib district of Kunduz late on {wd}, killing nine soldiers and taking four others prisoner, a provincial council member told reporters. The Taliban said in a statement that 14 soldiers had been killed.""",
  [A('AFGREB', 'Taliban fighters stormed an army checkpoint', v='AFGMIL'),
   K('AFGMIL', 9, 'killing nine soldiers', a='AFGREB', cl='AFGGOV', note='provincial council member = GOV'),
   K('AFGMIL', 14, '14 soldiers had been killed', cl='AFGREB', us=1, note='the claimant\'s competing figure')], rep=1)

N('2022-04-28', 'Afghanistan', 'remote_explosive_ied', 'Kabul', 'Kabul', 'Kabul',
  """Blast hits minibus in western Kabul - A bomb attached to a minibus exploded in the Dasht-e-Barchi area of western Kabul on {wd} afternoon, killing at least four passengers and wounding six, a Taliban police spokesman said. Islamic State's local branch later claimed""",
  [A('AFGREB', 'A bomb attached to a minibus exploded', v='AFGCVL', cl='AFGREB',
     note='the claim is cut off, but its subject is clear: IS-K as actor and claimant'),
   K('AFGCVL', '4+', 'killing at least four passengers', cl='AFGMIL', note='Taliban police = AFGMIL'),
   W('AFGCVL', '6+', 'wounding six', cl='AFGMIL', note='"at least" read as governing both figures; EXACT defensible')],
  rep=0, wire=1)

N('2024-05-10', 'Afghanistan', 'disaster', 'Burka', 'Baghlan', 'Burka',
  """Flash floods after heavy rain swept through villages of Burka district in Baghlan province on the evening of 10 May 2024. The UN food agency said on 12 May that at least 315 people had been killed in the province and more than 1,600 injured; thousands of houses were destroyed or damaged.""",
  [K('AFGCVL', '315+', 'at least 315 people had been killed in the province', cl='IGOUNO', loc='Baghlan',
     note='one flood: not cumulative, dated to the flood'),
   W('AFGCVL', '1600+', 'more than 1,600 injured', cl='IGOUNO', loc='Baghlan')], rep=2)

N('2020-01-18', 'Yemen', 'shelling_artillery_missile', 'Marib', 'Marib', 'Marib City',
  """A Houthi missile and drone attack hit a mosque inside a military camp in Marib during evening prayers on {wd}, killing 83 soldiers and wounding 148, military and medical sources said.""",
  [A('YEMREB', 'A Houthi missile and drone attack hit a mosque inside a military camp', v='YEMMIL'),
   K('YEMMIL', 83, 'killing 83 soldiers', a='YEMREB'), W('YEMMIL', 148, 'wounding 148')], rep=1)

N('2019-03-10', 'Yemen', 'air_drone_strike', 'Kushar', 'Hajjah', 'Kushar',
  """On 10 March 2019, aircraft of the Saudi-led coalition struck a house in Kushar district (Hajjah) where families fleeing the fighting had gathered, killing 21 civilians, including 11 children and eight women. Fatalities: 21.""",
  [A('SAUMIL', 'aircraft of the Saudi-led coalition struck a house in Kushar district', v='YEMCVL'),
   K('YEMCVL', 21, 'killing 21 civilians', a='SAUMIL'),
   K('YEMCVL', 11, 'including 11 children', us=1, note='sub-count'),
   K('YEMCVL', 8, 'eight women', us=1, note='sub-count')], rep=4)

N('2021-06-16', 'Yemen', 'attack', 'Taiz', 'Taiz', '',
  """A Houthi sniper shot dead a 10-year-old boy and wounded his sister as they were fetching water in the east of Taiz city on {wd}, the local authorities said.""",
  [K('YEMCVL', 1, 'shot dead a 10-year-old boy', a='YEMREB', cl='YEMGOV'),
   W('YEMCVL', 1, 'wounded his sister', a='YEMREB', cl='YEMGOV')], rep=1)

N('2024-04-17', 'Ukraine', 'shelling_artillery_missile', 'Chernihiv', 'Chernihiv', 'Chernihiv',
  """Russian missiles kill 16 in Chernihiv city centre - Three Russian missiles struck the centre of Chernihiv on {wd} morning, killing 16 people and injuring 58, the regional governor said, as Ukraine repeated its calls for more air defence""",
  [A('RUSMIL', 'Three Russian missiles struck the centre of Chernihiv', v='UKRCVL', n=3),
   K('UKRCVL', 16, 'killing 16 people', a='RUSMIL', cl='UKRGOV'),
   W('UKRCVL', 58, 'injuring 58', cl='UKRGOV')], rep=0, wire=1)

N('2023-11-07', 'Ukraine', 'armed_clash', 'Avdiivka', 'Donetsk', 'Pokrovsk',
  """Ukraine's General Staff said on {wd} that its forces had repelled 31 Russian attacks near Avdiivka over the past day and destroyed eight Russian tanks and 13 armoured personnel carriers there. The figures could not be verified.""",
  [A('RUSMIL', 'repelled 31 Russian attacks near Avdiivka', v='UKRMIL', n=31, cl='UKRGOV', us=1,
     note='a day\'s tally of attacks; ATTACK cannot be cumulative: unscored'),
   E('RUSMIL', 'TANK', 'destroyed eight Russian tanks', n=8, a='UKRMIL', cl='UKRGOV', cum=1,
     note='a day\'s tally over many engagements: cumulative'),
   E('RUSMIL', 'APC', '13 armoured personnel carriers', n=13, a='UKRMIL', cl='UKRGOV', cum=1)], rep=0)

N('2022-09-08', 'Ukraine', 'gov_regains_territory', 'Balakliia', 'Kharkiv', 'Izium',
  """Ukrainian forces retook Balakliia on 8 September 2022 and entered Kupiansk and Izium on 10 September, Ukrainian officials said, as the Kharkiv counteroffensive broke through Russian lines. Russia's defence ministry described its withdrawal from the Izium and Balakliia areas as a "regrouping".""",
  [C('UKRMIL', 'Ukrainian forces retook Balakliia', v='RUSMIL', cl='UKRGOV'),
   C('UKRMIL', 'entered Kupiansk and Izium', v='RUSMIL', cl='UKRGOV', loc='Kupiansk', d=2),
   C('UKRMIL', 'entered Kupiansk and Izium', v='RUSMIL', cl='UKRGOV', loc='Izium', d=2),
   O('UKRMIL', 'the Kharkiv counteroffensive broke through Russian lines', us=1, loc=None,
     note='an ongoing counteroffensive, not its launch')], rep=3)

N('2020-09-22', 'Iraq', 'attack', 'Tarmiyah', 'Baghdad', '',
  """Five members of the Popular Mobilisation Forces were killed and four wounded when IS militants attacked their post near Tarmiyah, north of Baghdad, late on {wd}, a PMF statement said.""",
  [A('IRQREB', 'IS militants attacked their post near Tarmiyah', v='IRQMIL'),
   K('IRQMIL', 5, 'Five members of the Popular Mobilisation Forces were killed', a='IRQREB', cl='IRQMIL', note='PMF = IRQMIL'),
   W('IRQMIL', 4, 'four wounded', cl='IRQMIL')], rep=1)

N('2019-10-28', 'Iraq', 'other_violence', 'Baghdad', 'Baghdad', '',
  """Security forces fired live rounds and tear gas at protesters trying to cross al-Jumhuriya bridge towards the Green Zone in Baghdad on {wd}, killing four demonstrators and wounding about 120, the Iraqi High Commission for Human Rights said.""",
  [A('IRQMIL', 'Security forces fired live rounds and tear gas at protesters', v='IRQCVL'),
   K('IRQCVL', 4, 'killing four demonstrators', a='IRQMIL'),
   W('IRQCVL', '~120', 'wounding about 120', note='the commission is not coded as a claimant')], rep=1)

N('2023-09-26', 'Iraq', 'accident', 'Qaraqosh', 'Nineveh', 'Al-Hamdaniya',
  """A fire broke out during a wedding party in a hall in Qaraqosh (al-Hamdaniya), Nineveh, late on {wd}, killing at least 104 people and injuring more than 140, the Nineveh governor's office said. Fireworks set the ceiling decorations alight.""",
  [K('IRQCVL', '104+', 'killing at least 104 people', cl='IRQGOV'),
   W('IRQCVL', '140+', 'injuring more than 140', cl='IRQGOV')], rep=1)

N('2023-04-26', 'India', 'remote_explosive_ied', 'Aranpur', 'Chhattisgarh', 'Dantewada',
  """Maoists blew up a vehicle carrying DRG personnel on the Aranpur road in Dantewada district on {wd} afternoon, killing nine jawans and their civilian driver, police said. The team was returning from an anti-Maoist operation.""",
  [A('INDREB', 'Maoists blew up a vehicle carrying DRG personnel', v='INDMIL'),
   E('INDMIL', 'VEHICLE', 'blew up a vehicle carrying DRG personnel', a='INDREB'),
   K('INDMIL', 9, 'killing nine jawans', a='INDREB', cl='INDMIL', note='DRG (police) = MIL'),
   K('INDCVL', 1, 'their civilian driver', a='INDREB', cl='INDMIL')], rep=0)

N('2023-08-05', 'India', 'attack', 'Kwakta', 'Manipur', 'Bishnupur',
  """Three men of the Meitei community, a father, his son and a neighbour, were killed by armed miscreants at Kwakta in Bishnupur district in the early hours of {wd}, police said. The attackers are believed to have come from the neighbouring hills.""",
  [K('INDCVL', 3, 'Three men of the Meitei community', cl='INDMIL',
     note='bare "killed by armed miscreants": no ATTACK; actor null')], rep=0)

N('2022-12-13', 'India', 'accident', 'Mashrakh', 'Bihar', 'Saran',
  """The death toll from spurious liquor in Bihar's Saran district rose to 38 on {rwd}, officials said. Most of the victims, from villages around Mashrakh, drank the liquor on the evening of 13 December.""",
  [K('INDCVL', 38, "The death toll from spurious liquor in Bihar's Saran district rose to 38", cl='INDGOV',
     note='updated toll of one poisoning: not cumulative, dated to the drinking day')], rep=3)

N('2020-11-14', 'Somalia', 'attack', 'Awdheegle', 'Lower Shabelle', '',
  """Al-Shabaab fighters attacked a Somali army base in Awdheegle, Lower Shabelle, at dawn on {wd}. The group said it had killed 17 soldiers; an army officer said four soldiers were killed and that "dozens" of militants died when the attack was repulsed.""",
  [A('SOMREB', 'Al-Shabaab fighters attacked a Somali army base', v='SOMMIL'),
   K('SOMMIL', 17, 'it had killed 17 soldiers', cl='SOMREB', us=1, note='competing claim'),
   K('SOMMIL', 4, 'four soldiers were killed', a='SOMREB', cl='SOMMIL'),
   K('SOMREB', None, '"dozens" of militants died', a='SOMMIL', cl='SOMMIL', note='vague amount, discrete incident')], rep=0)

N('2019-04-16', 'Somalia', 'air_drone_strike', 'Jilib', 'Middle Juba', 'Jilib',
  """US strike kills three al Shabaab militants near Jilib - US Africa Command said on {rwd} that an air strike near Jilib in Somalia's Middle Juba region on {wd} had killed three al Shabaab militants and that no civilians""",
  [A('USAMIL', 'an air strike near Jilib', v='SOMREB', cl='USAMIL'),
   K('SOMREB', 3, 'killed three al Shabaab militants', a='USAMIL', cl='USAMIL')], rep=1, wire=1)

N('2019-10-26', 'Somalia', 'disaster', 'Beledweyne', 'Hiraan', 'Beledweyne',
  """The Shabelle river burst its banks at Beledweyne on 26 October 2019, flooding most of the town. OCHA said on 1 November that the floods had displaced more than 230,000 people in Hiraan region and killed 10.""",
  [D('SOMCVL', '230000+', 'displaced more than 230,000 people in Hiraan region', cl='IGOUNO', loc='Hiraan',
     note='one flood: not cumulative; dated to the flood'),
   K('SOMCVL', 10, 'killed 10', cl='IGOUNO', loc='Hiraan')], rep=6)

N('2020-06-09', 'Nigeria', 'attack', 'Gubio', 'Borno', 'Gubio',
  """Gunmen believed to be Boko Haram fighters stormed a village in Gubio local government area on {wd} afternoon, shooting residents and burning houses. At least 59 people were killed, a local official said, and the attackers drove away hundreds of cattle.""",
  [A(None, 'Gunmen believed to be Boko Haram fighters stormed a village', v='NGACVL', note='"believed to be": no actor'),
   K('NGACVL', '59+', 'At least 59 people were killed', cl='NGAGOV')], rep=1)

N('2024-03-07', 'Nigeria', 'abduction', 'Kuriga', 'Kaduna', 'Chikun',
  """Gunmen on motorcycles abducted more than 280 pupils and teachers from the government school in Kuriga, Chikun local government area of Kaduna State, on {wd} morning, residents said. Soldiers and police were searching the forests around the town.""",
  [], rep=1, noev=1)

N('2023-06-12', 'Nigeria', 'accident', 'Pategi', 'Kwara', 'Pategi',
  """A boat carrying about 250 wedding guests capsized on the Niger river in Pategi local government area of Kwara State before dawn on {wd}. By {rwd}, at least 106 bodies had been recovered, police said.""",
  [K('NGACVL', '106+', 'at least 106 bodies had been recovered', cl='NGAMIL',
     note='dated to the capsizing, not to the day of the count')], rep=2)

N('2020-12-08', 'DR Congo', 'attack', 'Oicha', 'North Kivu', 'Beni',
  """At least 22 civilians were killed with machetes and guns overnight in an attack on the outskirts of Oicha, Beni territory, local civil society leaders said on {wd}, blaming the ADF.""",
  [A(None, 'an attack on the outskirts of Oicha', v='CODCVL', note='blamed on the ADF: no actor'),
   K('CODCVL', '22+', 'At least 22 civilians were killed')], rep=0)

N('2022-06-13', 'DR Congo', 'nonstate_takes_territory', 'Bunagana', 'North Kivu', 'Rutshuru',
  """M23 rebels seize Congolese border town of Bunagana - M23 rebels took control of the town of Bunagana on the border with Uganda on {wd} after heavy fighting with the army, and more than 30,000 people fled across the border into Uganda, local officials said, while the army accused…""",
  [C('CODREB', 'M23 rebels took control of the town of Bunagana', v='CODMIL'),
   D('CODCVL', '30000+', 'more than 30,000 people fled across the border into Uganda', cl='CODGOV')],
  rep=0, wire=1)

N('2019-07-16', 'DR Congo', 'disease', 'Beni', 'North Kivu', 'Beni',
  """The Ebola outbreak in North Kivu and Ituri has killed 1,808 people since August 2018, the health ministry said on {wd}. Twelve new deaths were recorded over the previous day, most of them in Beni and Butembo.""",
  [K('CODCVL', 1808, 'has killed 1,808 people since August 2018', cl='CODGOV', cum=1, loc=None),
   K('CODCVL', 12, 'Twelve new deaths were recorded over the previous day', cl='CODGOV', cum=1,
     note='a day\'s tally over several places: cumulative')], rep=0)

N('2019-11-05', 'Colombia', 'attack', 'Toribío', 'Cauca', 'Toribío',
  """FARC dissidents of the Dagoberto Ramos column attacked the police station in Toribío with explosives and rifle fire on {wd} night, wounding four police officers and a woman who lived nearby, the police said.""",
  [A('COLREB', 'attacked the police station in Toribío', v='COLMIL'),
   W('COLMIL', 4, 'wounding four police officers', cl='COLMIL'),
   W('COLCVL', 1, 'a woman who lived nearby', cl='COLMIL')], rep=1)

N('2020-08-15', 'Colombia', 'attack', 'Samaniego', 'Nariño', 'Samaniego',
  """Gunmen burst into a gathering of young people at a house in a rural area of Samaniego, Nariño, on {wd} night and opened fire, killing seven of them, the mayor said.""",
  [A(None, 'Gunmen burst into a gathering of young people', v='COLCVL'),
   K('COLCVL', 7, 'killing seven of them', cl='COLGOV')], rep=1)
