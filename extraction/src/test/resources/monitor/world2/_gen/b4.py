# Batch 4: Libya, Lebanon, Israel/Palestine, Haiti, Brazil, Kenya, CAR, Chad, Bangladesh, Thailand, Egypt, Iran,
# Ecuador, Honduras, Venezuela, Armenia, Azerbaijan.

# ---- Libya
N('2023-08-16', 'Mon', 'Libya', 'armed_clash', 'Tripoli', 'Tripoli', 'Tripoli',
  "Death toll from Tripoli clashes rises to 27 - The death toll from fighting between two armed groups in the Libyan capital rose to 27 on Wednesday, with 106 people wounded, the Emergency Medicine Centre said. Clashes between the 444 Brigade and the Special Deterrence Force (Radaa) erupted on Monday night after",
  A('LBYMIL', 'Clashes between the 444 Brigade and the Special Deterrence Force (Radaa)', victim='LBYMIL',
    note='both groups nominally under the Tripoli government: LBYMIL, one line'),
  K('LBYCVL', 27, 'E', 'rose to 27', note='updated toll of one bout of fighting: not cumulative, dated to its start (Monday); mixed toll of people: CVL'),
  W('LBYCVL', 106, 'E', '106 people wounded'),
  K('LBYCVL', 27, 'E', 'rises to 27', s=False, note='headline restatement'),
  wire=True)

N('2020-06-12', 'Thu', 'Libya', 'other_violence', 'Tarhuna', 'Murqub', 'Tarhuna',
  "The GNA's missing persons authority said it had recovered 15 bodies, some with their hands bound, from a mass grave in Tarhuna on Thursday, days after LNA-aligned forces withdrew from the town.",
  K('LBYCVL', 15, 'E', 'recovered 15 bodies', claim='LBYGOV', note='bodies found: dated to the finding'))

# ---- Lebanon
N('2024-02-21', 'Tue', 'Lebanon', 'air_drone_strike', 'Bint Jbeil', 'Nabatieh', 'Bint Jbeil',
  "An Israeli drone strike on a car near Bint Jbeil killed two Hezbollah fighters on Tuesday, the group said in a statement mourning its 'martyrs'; the Israeli army said it had struck 'terrorists' in the area.",
  A('ISRMIL', 'An Israeli drone strike on a car', victim='LBNREB', claim='ISRMIL'),
  K('LBNREB', 2, 'E', 'killed two Hezbollah fighters', actor='ISRMIL', claim='LBNREB'))

N('2024-10-16', 'Wed', 'Lebanon', 'air_drone_strike', 'Nabatieh', 'Nabatieh', 'Nabatieh',
  "Israeli strikes hit Nabatieh municipal building, killing mayor - Israeli air strikes hit the municipality headquarters in the southern Lebanese city of Nabatieh on Wednesday during a meeting on relief aid, killing the mayor and at least five other people, Lebanon's health ministry said. The Israeli military said it had targeted Hezbollah",
  A('ISRMIL', 'Israeli air strikes hit the municipality headquarters', victim='LBNGOV'),
  K('LBNGOV', 1, 'E', 'killing the mayor', actor='ISRMIL', claim='LBNGOV', note='a mayor: GOV'),
  K('LBNCVL', 5, 'L', 'at least five other people', actor='ISRMIL', claim='LBNGOV'),
  K('LBNGOV', 1, 'E', 'killing mayor', actor='ISRMIL', s=False, note='headline restatement'),
  wire=True)

N('2021-10-14', 'Thu', 'Lebanon', 'attack', 'Beirut', 'Beirut', 'Beirut',
  "Gunfire from snipers on rooftops hit a protest by Hezbollah and Amal supporters at the Tayouneh roundabout in Beirut on Thursday, triggering hours of clashes with rocket-propelled grenades; six people were killed and 32 wounded, the army said.",
  A(None, 'Gunfire from snipers on rooftops hit a protest', victim='LBNCVL', loc='Tayouneh', claim='LBNMIL'),
  A(None, 'hours of clashes with rocket-propelled grenades', loc='Tayouneh', s=False, note='sides not named'),
  K('LBNCVL', 6, 'E', 'six people were killed', loc='Tayouneh', claim='LBNMIL'),
  W('LBNCVL', 32, 'E', '32 wounded', loc='Tayouneh', claim='LBNMIL'))

# ---- Palestine / Israel
N('2024-02-26', 'Mon', 'Palestine', 'air_drone_strike', 'Rafah', 'Gaza Strip', 'Rafah',
  "An Israeli air strike on a house in Rafah overnight killed 9 members of one family, 4 of them children, the Gaza Health Ministry said on Monday.",
  A('ISRMIL', 'An Israeli air strike on a house in Rafah', victim='PSECVL'),
  K('PSECVL', 9, 'E', 'killed 9 members of one family', actor='ISRMIL', claim='PSEGOV', note='"overnight ... said on Monday": Monday'),
  K('PSECVL', 4, 'E', '4 of them children', actor='ISRMIL', claim='PSEGOV', s=False, note='sub-count'))

N('2023-03-16', 'Thu', 'Palestine', 'attack', 'Jenin', 'West Bank', 'Jenin',
  "Israeli forces raiding Jenin refugee camp on Thursday shot dead a 17-year-old and wounded three other Palestinians, the Palestinian health ministry said. The army said troops had fired at gunmen who threw explosives at them.",
  A('ISRMIL', 'Israeli forces raiding Jenin refugee camp', victim='PSECVL'),
  K('PSECVL', 1, 'E', 'shot dead a 17-year-old', actor='ISRMIL', claim='PSEGOV', note='camp resident not called a refugee: CVL (REF defensible)'),
  W('PSECVL', 3, 'E', 'wounded three other Palestinians', actor='ISRMIL', claim='PSEGOV'))

N('2023-11-05', 'Sun', 'Israel', 'shelling_artillery_missile', 'Metula', 'Northern District', 'Safed',
  "An anti-tank missile fired from Lebanon hit a house in Metula on Sunday, lightly wounding two people, Magen David Adom said. Hezbollah claimed the attack.",
  A('LBNREB', 'An anti-tank missile fired from Lebanon hit a house in Metula', victim='ISRCVL', claim='LBNREB'),
  W('ISRCVL', 2, 'E', 'lightly wounding two people', actor='LBNREB'))

N('2023-02-27', 'Sun', 'Palestine', 'attack', 'Huwara', 'West Bank', 'Nablus',
  "Hundreds of settlers rampaged through Huwara and nearby villages south of Nablus on Sunday night, setting fire to dozens of homes and cars; a 37-year-old Palestinian man was shot dead in Za'tara and about 100 people were hurt, most by tear gas, the Palestinian Red Crescent said.",
  A('ISRCVL', 'Hundreds of settlers rampaged through Huwara', victim='PSECVL', note='settlers: ISRCVL'),
  K('PSECVL', 1, 'E', 'a 37-year-old Palestinian man was shot dead', loc="Za'tara", note='who fired is not said: actor null'),
  W('PSECVL', 100, 'A', 'about 100 people were hurt'))

# ---- Haiti
N('2022-07-11', 'Fri', 'Haiti', 'armed_clash', 'Cité Soleil', 'Ouest', 'Port-au-Prince',
  "Fighting between the G9 and G-Pèp gang coalitions in the Brooklyn area of Cité Soleil has killed at least 20 people since Friday, among them women and children, and forced hundreds of families to flee, the RNDDH said on Monday.",
  A('HTIREB', 'Fighting between the G9 and G-Pèp gang coalitions', victim='HTIREB', note='both coalitions HTIREB: one line'),
  K('HTICVL', 20, 'L', 'has killed at least 20 people since Friday', cum=True,
    note='several days of fighting ("since Friday"): cumulative, so not in fatalities; a rights group: no claimedBy'),
  DSP('HTICVL', None, None, 'forced hundreds of families to flee', cum=True, note='vague, over the same days'))

N('2024-10-04', 'Thu', 'Haiti', 'attack', 'Pont-Sondé', 'Artibonite', 'Saint-Marc',
  "Gang attack on Haitian town kills at least 64 - Members of the Gran Grif gang armed with automatic rifles attacked Pont-Sondé in the Artibonite department early Thursday, killing at least 64 people, including 9 women and three infants, the UN human rights office said. At least 16 people were seriously injured, and thousands",
  A('HTIREB', 'Members of the Gran Grif gang armed with automatic rifles attacked Pont-Sondé', victim='HTICVL'),
  K('HTICVL', 64, 'L', 'killing at least 64 people', actor='HTIREB', claim='IGOUNO'),
  K('HTICVL', 9, 'E', 'including 9 women', actor='HTIREB', claim='IGOUNO', s=False, note='sub-count'),
  K('HTICVL', 3, 'E', 'three infants', actor='HTIREB', claim='IGOUNO', s=False, note='sub-count'),
  W('HTICVL', 16, 'L', 'At least 16 people were seriously injured', actor='HTIREB'),
  K('HTICVL', 64, 'L', 'kills at least 64', actor='HTIREB', s=False, note='headline restatement'),
  wire=True)

N('2023-05-03', 'Tue', 'Haiti', 'other_violence', 'Pétion-Ville', 'Ouest', 'Port-au-Prince',
  "Residents of Pétion-Ville caught four suspected gang members on Tuesday, stoned them and set them on fire, killing them, police sources said, in the latest killing by self-defence brigades under the 'bwa kale' movement.",
  K('HTIREB', 4, 'E', 'caught four suspected gang members on Tuesday, stoned them and set them on fire, killing them', actor='HTICVL',
    note='suspected gang members: HTIREB; the residents (a mob): HTICVL'))

N('2021-10-17', 'Sat', 'Haiti', 'abduction', 'Ganthier', 'Ouest', 'Croix-des-Bouquets',
  "Gang members abducted 17 members of a US-based missionary group, including five children, on the road near Ganthier, east of Port-au-Prince, on Saturday, police said. The 400 Mawozo gang is suspected.")

# ---- Brazil
N('2022-05-25', 'Tue', 'Brazil', 'armed_clash', 'Rio de Janeiro', 'Rio de Janeiro', 'Rio de Janeiro',
  "A police operation against drug traffickers in the Vila Cruzeiro favela, part of the Complexo da Penha in the north of Rio de Janeiro, left 22 people dead on Tuesday, among them a woman hit by a stray bullet in her home, the state health department said. Police said the others were suspects who opened fire on officers.",
  OFF('BRAMIL', 'A police operation against drug traffickers', loc='Vila Cruzeiro', s=False, note='police operation: not an offensive'),
  A('BRAREB', 'suspects who opened fire on officers', victim='BRAMIL', loc='Vila Cruzeiro', claim='BRAMIL'),
  K('BRACVL', 22, 'E', 'left 22 people dead', actor='BRAMIL', loc='Vila Cruzeiro', claim='BRAGOV',
    note='mixed toll of people: CVL, as the text states no figure for the suspects'),
  K('BRACVL', 1, 'E', 'a woman hit by a stray bullet in her home', loc='Vila Cruzeiro', claim='BRAGOV', s=False, note='sub-count'),
  K('BRAREB', None, None, 'the others were suspects', actor='BRAMIL', loc='Vila Cruzeiro', claim='BRAMIL', s=False,
    note='the remainder (21) is not stated in the text'))

N('2019-12-16', '2019-12-12', 'Brazil', 'attack', 'Anapu', 'Pará', 'Anapu',
  "On 12 December 2019, unidentified gunmen shot dead a rural workers' leader near his plot in Anapu (Para). He had reported death threats linked to a land dispute. 1 fatality.",
  K('BRACVL', 1, 'E', "shot dead a rural workers' leader"))

N('2024-05-14', '2024-05-14', 'Brazil', 'disaster', 'Porto Alegre', 'Rio Grande do Sul', 'Porto Alegre',
  "Brazil flood toll rises to 147 - Floods in Rio Grande do Sul have killed 147 people since late April, with 127 still missing and more than 538,000 forced from their homes, the state civil defence said on Tuesday. Parts of Porto Alegre remain under",
  K('BRACVL', 147, 'E', 'have killed 147 people since late April', cum=True, loc='Rio Grande do Sul', claim='BRAGOV'),
  DSP('BRACVL', 538000, 'L', 'more than 538,000 forced from their homes', cum=True, loc='Rio Grande do Sul', claim='BRAGOV'),
  K('BRACVL', 147, 'E', 'toll rises to 147', cum=True, loc=None, s=False, note='headline restatement'),
  wire=True)

N('2023-08-07', '2023-08-07', 'Brazil', 'attack', 'Guarujá', 'São Paulo', 'Guarujá',
  "São Paulo police operation toll rises to 16 - The number of people killed by military police in Operation Shield in Guarujá and neighbouring Santos has risen to 16 since the operation began on 28 July, the state security secretariat said on Monday, as rights groups accused officers of",
  K('BRACVL', 16, 'E', 'has risen to 16 since the operation began on 28 July', actor='BRAMIL', cum=True, claim='BRAGOV',
    note='many shootings over ten days: cumulative; people killed by police, not said to be suspects: CVL'),
  OFF('BRAMIL', 'the operation began on 28 July', date='2023-07-28', s=False, note='police operation: not an offensive'),
  K('BRACVL', 16, 'E', 'toll rises to 16', actor='BRAMIL', cum=True, s=False, note='headline restatement'),
  wire=True)

# ---- Kenya
N('2019-06-15', 'Wed', 'Kenya', 'remote_explosive_ied', 'Elwak', 'Mandera', 'Mandera South',
  "Four police officers were killed on Wednesday when their vehicle ran over an improvised explosive device on the road between Elwak and Kotulo in Mandera county, the county police commander said, blaming al-Shabaab militants.",
  A(None, 'ran over an improvised explosive device', victim='KENMIL', claim='KENMIL', note='only blamed on al-Shabaab: actor null'),
  K('KENMIL', 4, 'E', 'Four police officers were killed', claim='KENMIL'),
  EQL('KENMIL', 'VEHICLE', None, None, 'their vehicle ran over an improvised explosive device', claim='KENMIL'))

N('2024-06-25', 'Tue', 'Kenya', 'other_violence', 'Nairobi', 'Nairobi', 'Nairobi',
  "Kenyan police fire on protesters storming parliament - Kenyan police opened fire on protesters who stormed parliament in Nairobi on Tuesday after lawmakers passed a finance bill raising taxes, killing at least five people, a coalition of rights groups said. Parts of the building were",
  A('KENMIL', 'Kenyan police opened fire on protesters', victim='KENCVL'),
  K('KENCVL', 5, 'L', 'killing at least five people', actor='KENMIL'),
  A('KENMIL', 'Kenyan police fire on protesters', victim='KENCVL', s=False, note='headline restatement'),
  wire=True)

N('2021-09-13', 'Sat', 'Kenya', 'attack', 'Kapedo', 'Turkana', 'Turkana East',
  "Bandits shot dead two herders and drove away more than 200 goats near Kapedo, on the Baringo–Turkana border, on Saturday, the area chief said.",
  K('KENCVL', 2, 'E', 'shot dead two herders', actor='KENREB', claim='KENGOV', note='bandits: KENREB; an area chief: KENGOV'))

# ---- Central African Republic
N('2022-11-07', 'Fri', 'Central African Republic', 'attack', 'Sam Ouandja', 'Haute-Kotto', 'Ouadda',
  "MINUSCA: A Zambian peacekeeper was killed and two others wounded when armed elements ambushed their patrol near Sam Ouandja, Haute-Kotto prefecture, on Friday. The mission condemned the attack.",
  A(None, 'armed elements ambushed their patrol', victim='ZMBMIL', claim='IGOUNO'),
  K('ZMBMIL', 1, 'E', 'A Zambian peacekeeper was killed', claim='IGOUNO'),
  W('ZMBMIL', 2, 'E', 'two others wounded', claim='IGOUNO'))

N('2021-02-17', 'Tue', 'Central African Republic', 'gov_regains_territory', 'Bambari', 'Ouaka', 'Bambari',
  "The Central African army, supported by Rwandan troops and Russian instructors, retook control of Bambari from CPC rebels on Tuesday, the government spokesman said. Residents reported heavy gunfire in the morning.",
  CAP('CAFMIL', 'retook control of Bambari', claim='CAFGOV'))

# ---- Chad
N('2024-10-28', 'Sun', 'Chad', 'attack', 'Barkaram', 'Lac', '',
  "Boko Haram fighters kill 17 Chadian soldiers in Lake region - Boko Haram fighters attacked an army base on the island of Barkaram in Chad's Lac province late Sunday, killing 17 soldiers and wounding several others, the presidency said on Monday. President Mahamat Idriss Déby launched",
  A('NGAREB', 'Boko Haram fighters attacked an army base', victim='TCDMIL'),
  K('TCDMIL', 17, 'E', 'killing 17 soldiers', actor='NGAREB', claim='TCDGOV'),
  W('TCDMIL', None, None, 'wounding several others', actor='NGAREB', claim='TCDGOV', note='vague amount: no count'),
  K('TCDMIL', 17, 'E', 'kill 17 Chadian soldiers', actor='NGAREB', s=False, note='headline restatement'),
  wire=True)

N('2022-02-11', 'Wed', 'Chad', 'attack', 'Sandana', 'Moyen-Chari', '',
  "Clashes in Sandana, Moyen-Chari province, on Wednesday after armed men described by residents as herders attacked farmers left 13 people dead, a local administrator said. The government sent a delegation and additional troops.",
  A(None, 'armed men described by residents as herders attacked farmers', victim='TCDCVL'),
  K('TCDCVL', 13, 'E', 'left 13 people dead', claim='TCDGOV'),
  DEP('TCDMIL', 'The government sent a delegation and additional troops', date=None, note='no day given for the deployment'))

# ---- Bangladesh
N('2023-07-08', 'Thu', 'Bangladesh', 'armed_clash', 'Kutupalong', 'Chattogram', "Cox's Bazar",
  "Two Rohingya men were killed and three wounded in a gunfight between ARSA members and a rival armed group inside camp 4 at Kutupalong, Ukhiya, early Thursday, the Armed Police Battalion said.",
  A('MMRREB', 'a gunfight between ARSA members and a rival armed group', victim='MMRREB', note='Rohingya armed groups: MMRREB, one line'),
  K('MMRREF', 2, 'E', 'Two Rohingya men were killed', claim='BGDMIL', note='camp residents: MMRREF'),
  W('MMRREF', 3, 'E', 'three wounded', claim='BGDMIL'))

N('2019-07-21', 'Sat', 'Bangladesh', 'other_violence', 'Dhaka', 'Dhaka', 'Dhaka',
  "A woman who had gone to a primary school in Dhaka's Uttar Badda to ask about admission for her daughter was beaten to death by a mob on Saturday morning after rumours spread that she was a child abductor, police said.",
  K('BGDCVL', 1, 'E', 'was beaten to death by a mob', actor='BGDCVL', loc='Uttar Badda', claim='BGDMIL',
    note='the victim is "A woman" (count 1); the mob coded BGDCVL'))

# ---- Thailand
N('2021-03-20', 'Fri', 'Thailand', 'remote_explosive_ied', 'Rueso', 'Narathiwat', 'Rueso',
  "A roadside bomb exploded as a ranger patrol passed on a road in Rueso district, Narathiwat, on Friday, wounding three rangers and damaging their pickup truck, police said.",
  A(None, 'A roadside bomb exploded as a ranger patrol passed', victim='THAMIL', claim='THAMIL'),
  W('THAMIL', 3, 'E', 'wounding three rangers', claim='THAMIL'),
  EQL('THAMIL', 'VEHICLE', None, None, 'damaging their pickup truck', claim='THAMIL'))

N('2019-06-12', '2019-06-08', 'Thailand', 'attack', 'Bannang Sata', 'Yala', 'Bannang Sata',
  "On 8 June 2019, suspected insurgents shot dead a village headman riding his motorcycle home in Bannang Sata district (Yala). 1 fatality.",
  K('THACVL', 1, 'E', 'shot dead a village headman', actor='THAREB', note='village headman: CVL'))

# ---- Egypt
N('2022-05-08', 'Sat', 'Egypt', 'attack', 'Bir al-Abd', 'North Sinai', 'Bir al-Abd',
  "Egyptian Armed Forces spokesman: Takfiri elements attacked a checkpoint west of Bir al-Abd in North Sinai on Saturday; five soldiers, including an officer, were martyred, and 18 takfiri elements were killed in the ensuing pursuit.",
  A('EGYREB', 'Takfiri elements attacked a checkpoint', victim='EGYMIL', claim='EGYMIL'),
  K('EGYMIL', 5, 'E', 'five soldiers, including an officer, were martyred', actor='EGYREB', claim='EGYMIL'),
  K('EGYMIL', 1, 'E', 'including an officer', actor='EGYREB', claim='EGYMIL', s=False, note='sub-count'),
  K('EGYREB', 18, 'E', '18 takfiri elements were killed', actor='EGYMIL', claim='EGYMIL'))

N('2019-10-15', 'Mon', 'Egypt', 'remote_explosive_ied', 'Sheikh Zuweid', 'North Sinai', 'Sheikh Zuweid',
  "Child killed by roadside bomb in Egypt's Sinai - A child was killed and his brother wounded when a roadside bomb exploded near their home south of Sheikh Zuweid on Monday, medical and security sources said. Militants have planted",
  A(None, 'a roadside bomb exploded near their home', victim='EGYCVL'),
  K('EGYCVL', 1, 'E', 'A child was killed'),
  W('EGYCVL', 1, 'E', 'his brother wounded'),
  K('EGYCVL', 1, 'E', 'Child killed', s=False, note='headline restatement'),
  wire=True)

# ---- Iran (Sistan and Baluchestan)
N('2023-12-15', 'Fri', 'Iran', 'attack', 'Rask', 'Sistan and Baluchestan', 'Rask',
  "Jaish al-Adl militants attacked the police headquarters in Rask, Sistan-Baluchestan province, overnight, killing 9 police officers and wounding 6, the interior ministry's deputy for security said on Friday. Several attackers were killed.",
  A('IRNREB', 'Jaish al-Adl militants attacked the police headquarters in Rask', victim='IRNMIL', claim='IRNGOV', note='Jaish al-Adl: IRNREB'),
  K('IRNMIL', 9, 'E', 'killing 9 police officers', actor='IRNREB', claim='IRNGOV'),
  W('IRNMIL', 6, 'E', 'wounding 6', actor='IRNREB', claim='IRNGOV'),
  K('IRNREB', None, None, 'Several attackers were killed', note='vague amount: no count'))

N('2023-04-05', 'Tue', 'Iran', 'attack', 'Zahedan', 'Sistan and Baluchestan', 'Zahedan',
  "Two police killed in attack in Iran's Zahedan - Gunmen opened fire on a police patrol car in Zahedan, capital of Sistan-Baluchestan province, on Tuesday evening, killing two officers, the official IRNA news agency reported. No group immediately",
  A(None, 'Gunmen opened fire on a police patrol car', victim='IRNMIL', claim='IRNGOV'),
  K('IRNMIL', 2, 'E', 'killing two officers', claim='IRNGOV', note='IRNA (state agency): IRNGOV'),
  K('IRNMIL', 2, 'E', 'Two police killed', s=False, note='headline restatement'),
  wire=True)

# ---- Ecuador
N('2023-04-10', 'Sat', 'Ecuador', 'attack', 'Esmeraldas', 'Esmeraldas', 'Esmeraldas',
  "Armed men arrived on motorcycles and opened fire inside a bar in the city of Esmeraldas on Saturday night, killing six people and wounding three, police said. Police attributed the attack to a dispute between Los Tiguerones and Los Choneros.",
  A(None, 'opened fire inside a bar', victim='ECUCVL', claim='ECUMIL', note='attributed by police to a gang dispute, no gang named as the attacker: actor null'),
  K('ECUCVL', 6, 'E', 'killing six people', claim='ECUMIL'),
  W('ECUCVL', 3, 'E', 'wounding three', claim='ECUMIL'))

N('2024-01-10', 'Tue', 'Ecuador', 'attack', 'Guayaquil', 'Guayas', 'Guayaquil',
  "Gunmen storm Ecuador TV station during live broadcast - Hooded men armed with guns and explosives stormed the studios of TC Televisión in Guayaquil during a live broadcast on Tuesday and threatened staff, before police regained control and arrested 13 of them, police said. No one was killed, officials",
  A(None, 'Hooded men armed with guns and explosives stormed the studios of TC Televisión', victim='ECUCVL', claim='ECUMIL',
    note='no deaths: no KILLED line'),
  A(None, 'Gunmen storm Ecuador TV station', victim='ECUCVL', s=False, note='headline restatement'),
  wire=True)

# ---- Honduras
N('2023-06-21', 'Tue', 'Honduras', 'attack', 'Támara', 'Francisco Morazán', 'Distrito Central',
  "Riot at Honduran women's prison leaves 41 dead - At least 41 women were killed on Tuesday in a riot at the women's prison in Támara, north of Tegucigalpa, most of them burned to death after members of the Barrio 18 gang stormed a wing holding rivals, officials said. Seven inmates were",
  A('HNDREB', 'members of the Barrio 18 gang stormed a wing holding rivals', victim='HNDCVL'),
  K('HNDCVL', 41, 'L', 'At least 41 women were killed', actor='HNDREB', claim='HNDGOV', note='inmates: CVL'),
  K('HNDCVL', 41, 'E', 'leaves 41 dead', actor='HNDREB', s=False, note='headline restatement'),
  wire=True)

N('2019-04-06', '2019-04-02', 'Honduras', 'attack', 'San Pedro Sula', 'Cortés', 'San Pedro Sula',
  "On 2 April 2019, suspected MS-13 members shot dead a bus driver on his route in the Rivera Hernández sector of San Pedro Sula (Cortes), apparently for failing to pay extortion. 1 fatality.",
  K('HNDCVL', 1, 'E', 'shot dead a bus driver', actor='HNDREB', loc='Rivera Hernández'))

# ---- Venezuela
N('2021-04-26', 'Sun', 'Venezuela', 'attack', 'La Victoria', 'Apure', 'Páez',
  "Venezuela's defence minister said on Monday that 8 soldiers were killed and 9 wounded when 'irregular armed groups' from Colombia ambushed an army unit near La Victoria, Apure state, on Sunday, part of fighting that has forced some 4,000 people to flee across the river into Arauquita, Colombia, since 21 March.",
  A('COLREB', "'irregular armed groups' from Colombia ambushed an army unit", victim='VENMIL', claim='VENGOV',
    note='Caracas\' term for FARC dissident groups: COLREB (actor null defensible)'),
  K('VENMIL', 8, 'E', '8 soldiers were killed', actor='COLREB', claim='VENGOV'),
  W('VENMIL', 9, 'E', '9 wounded', actor='COLREB', claim='VENGOV'),
  DSP('VENCVL', 4000, 'A', 'forced some 4,000 people to flee across the river into Arauquita', cum=True, claim='VENGOV',
      note='displacement over five weeks: cumulative; located at La Victoria (where they fled from)'))

# ---- Armenia / Azerbaijan
N('2022-09-13', 'Tue', 'Armenia', 'shelling_artillery_missile', 'Jermuk', 'Vayots Dzor', 'Jermuk',
  "Armenia said 49 of its servicemen were killed overnight into Tuesday when Azerbaijani forces shelled positions and border towns including Jermuk, Goris and Kapan. Azerbaijan's defence ministry said it had responded to 'large-scale provocations' and that 50 of its own servicemen had died.",
  A('AZEMIL', 'Azerbaijani forces shelled positions and border towns', victim='ARMMIL', claim='ARMGOV'),
  K('ARMMIL', 49, 'E', '49 of its servicemen were killed', actor='AZEMIL', claim='ARMGOV'),
  K('AZEMIL', 50, 'E', '50 of its own servicemen had died', actor='ARMMIL', claim='AZEGOV', note='the same night\'s fighting'))

N('2021-06-07', 'Sat', 'Azerbaijan', 'remote_explosive_ied', 'Sugovushan', 'Tartar', '',
  "The driver of a KamAZ truck was killed on Saturday when the vehicle hit an anti-tank mine near Sugovushan, Tartar district, ANAMA said; a passenger was hospitalised.",
  K('AZECVL', 1, 'E', 'The driver of a KamAZ truck was killed', claim='AZEGOV', note='mine: no ATTACK; ANAMA (state agency): AZEGOV'),
  W('AZECVL', 1, 'E', 'a passenger was hospitalised', claim='AZEGOV'))
