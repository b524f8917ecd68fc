# Batch 2: India, Pakistan, Somalia, Nigeria, DR Congo, Colombia.

# ---- India
N('2022-10-17', 'Sun', 'India', 'attack', 'Tral', 'Jammu and Kashmir', 'Pulwama',
  "Militants shot dead a labourer from Bihar in the Tral area of Pulwama district on Sunday evening, police said. The victim, who worked at a brick kiln, was hit in the chest and died on the way to hospital. The area has been cordoned off.",
  K('INDCVL', 1, 'E', 'shot dead a labourer from Bihar', actor='INDREB', claim='INDMIL'))

N('2023-11-21', 'Tue', 'India', 'armed_clash', 'Redwani', 'Jammu and Kashmir', 'Kulgam',
  "Two terrorists killed in Kulgam encounter, soldier injured - Two terrorists were killed in an encounter with security forces in the Redwani area of Kulgam district on Tuesday, police said. A soldier was injured in the initial exchange of fire and",
  A('INDMIL', 'an encounter with security forces', victim='INDREB', claim='INDMIL'),
  K('INDREB', 2, 'E', 'Two terrorists were killed', actor='INDMIL', claim='INDMIL'),
  K('INDREB', 2, 'E', 'Two terrorists killed', actor='INDMIL', s=False, note='headline restatement'),
  W('INDMIL', 1, 'E', 'A soldier was injured', claim='INDMIL'),
  wire=True)

N('2024-09-02', 'Sun', 'India', 'air_drone_strike', 'Koutruk', 'Manipur', 'Imphal West',
  "Suspected Kuki militants used drones to drop explosives on Koutruk village in Imphal West district on Sunday afternoon, killing a woman and wounding nine people, including her 12-year-old daughter, police said. Gunfire from the surrounding hills continued into the night.",
  A('INDREB', 'used drones to drop explosives on Koutruk village', victim='INDCVL', note='"suspected Kuki militants": a group is named, so INDREB'),
  K('INDCVL', 1, 'E', 'killing a woman', actor='INDREB', claim='INDMIL'),
  W('INDCVL', 9, 'E', 'wounding nine people', actor='INDREB', claim='INDMIL'),
  W('INDCVL', 1, 'E', 'including her 12-year-old daughter', actor='INDREB', claim='INDMIL', s=False, note='sub-count'))

N('2023-04-26', 'Wed', 'India', 'remote_explosive_ied', 'Aranpur', 'Chhattisgarh', 'Dantewada',
  "Ten DRG personnel and their civilian driver were killed when Maoists blew up the vehicle they were travelling in with a powerful IED on the Aranpur road in Dantewada district on Wednesday afternoon, Chhattisgarh police said. The team was returning from an anti-Maoist operation.",
  A('INDREB', 'Maoists blew up the vehicle they were travelling in with a powerful IED', victim='INDMIL', claim='INDMIL'),
  K('INDMIL', 10, 'E', 'Ten DRG personnel', actor='INDREB', claim='INDMIL', note='DRG (police): MIL'),
  K('INDCVL', 1, 'E', 'their civilian driver were killed', actor='INDREB', claim='INDMIL'),
  EQL('INDMIL', 'VEHICLE', None, None, 'blew up the vehicle they were travelling in', actor='INDREB', claim='INDMIL',
      note='the vehicle carrying the DRG team (a hired one, with a civilian driver): coded as the side it carried'),
  OFF('INDMIL', 'an anti-Maoist operation', s=False, note='background operation, no launch'))

N('2024-04-17', 'Tue', 'India', 'armed_clash', 'Hapatola', 'Chhattisgarh', 'Kanker',
  "At least 18 Maoists, among them a senior commander carrying a reward of Rs 25 lakh, were killed in a gunfight with a joint team of the BSF and DRG in the forests near Hapatola village in Kanker district on Tuesday, police said. Three jawans were injured and have been airlifted to Raipur.",
  A('INDMIL', 'a gunfight with a joint team of the BSF and DRG', victim='INDREB', claim='INDMIL'),
  K('INDREB', 18, 'L', 'At least 18 Maoists', actor='INDMIL', claim='INDMIL'),
  K('INDREB', 1, 'E', 'a senior commander carrying a reward of Rs 25 lakh', actor='INDMIL', claim='INDMIL', s=False, note='sub-count'),
  W('INDMIL', 3, 'E', 'Three jawans were injured', claim='INDMIL'))

N('2018-07-21', 'Fri', 'India', 'other_violence', 'Lalawandi', 'Rajasthan', 'Alwar',
  "A 28-year-old man transporting two cows was beaten to death by a mob in Lalawandi village near Ramgarh in Alwar district late on Friday night, police said on Saturday. The mob suspected him of cattle smuggling.",
  K('INDCVL', 1, 'E', 'A 28-year-old man transporting two cows was beaten to death by a mob', actor='INDCVL', claim='INDMIL',
    note='lynching: the mob coded INDCVL'))

N('2024-11-03', 'Sun', 'India', 'remote_explosive_ied', 'Srinagar', 'Jammu and Kashmir', 'Srinagar',
  "Twelve civilians were injured on Sunday when militants hurled a grenade at a CRPF bunker near the crowded weekly market outside the Tourist Reception Centre in Srinagar. The grenade missed its target and exploded on the road, police said.",
  A('INDREB', 'militants hurled a grenade at a CRPF bunker', victim='INDMIL', claim='INDMIL'),
  W('INDCVL', 12, 'E', 'Twelve civilians were injured', actor='INDREB', claim='INDMIL'))

# ---- Pakistan
N('2024-03-16', 'Sat', 'Pakistan', 'remote_explosive_ied', 'Mir Ali', 'Khyber Pakhtunkhwa', 'North Waziristan',
  "ISPR: Seven soldiers, including two officers, embraced shahadat when a suicide bomber rammed an explosives-laden vehicle into a security forces post in Mir Ali, North Waziristan, early Saturday; all six attackers were sent to hell in the ensuing clearance. A newly formed group linked to Hafiz Gul Bahadur claimed the attack.",
  A('PAKREB', 'a suicide bomber rammed an explosives-laden vehicle into a security forces post', victim='PAKMIL', claim='PAKREB'),
  K('PAKMIL', 7, 'E', 'Seven soldiers, including two officers, embraced shahadat', actor='PAKREB', claim='PAKMIL'),
  K('PAKMIL', 2, 'E', 'including two officers', actor='PAKREB', claim='PAKMIL', s=False, note='sub-count'),
  K('PAKREB', 6, 'E', 'all six attackers were sent to hell', actor='PAKMIL', claim='PAKMIL'))

N('2024-08-26', 'Mon', 'Pakistan', 'attack', 'Rarasham', 'Balochistan', 'Musakhel',
  "Gunmen kill 21 after checking IDs on Balochistan highway - Armed men blocked the highway near Rarasham in Musakhel district overnight, forced passengers off buses and trucks and shot dead 21 of them after checking their identity cards, the deputy commissioner said on Monday. The outlawed Baloch Liberation Army claimed",
  K('PAKCVL', 21, 'E', 'shot dead 21 of them', actor='PAKREB', claim='PAKGOV', note='BLA claim (cut short) gives the killers a side'),
  K('PAKCVL', 21, 'E', 'Gunmen kill 21', s=False, note='headline restatement'),
  wire=True)

N('2023-10-11', 'Tue', 'Pakistan', 'attack', 'Kulachi', 'Khyber Pakhtunkhwa', 'Dera Ismail Khan',
  "Militants attacked the Kulachi police station in Dera Ismail Khan district late Tuesday with heavy weapons; two constables were martyred and four others injured before the attackers fled under cover of darkness, the district police officer said.",
  A('PAKREB', 'Militants attacked the Kulachi police station', victim='PAKMIL', claim='PAKMIL'),
  K('PAKMIL', 2, 'E', 'two constables were martyred', actor='PAKREB', claim='PAKMIL'),
  W('PAKMIL', 4, 'E', 'four others injured', actor='PAKREB', claim='PAKMIL'))

N('2024-11-21', 'Thu', 'Pakistan', 'attack', 'Bagan', 'Khyber Pakhtunkhwa', 'Kurram',
  "At least 38 killed as gunmen fire on passenger convoy in Kurram - Gunmen opened fire on a convoy of passenger vehicles travelling from Parachinar to Peshawar near Bagan in Lower Kurram on Thursday, killing at least 38 people, among them six women, and wounding more than 20, officials said. Police said the convoy",
  A(None, 'Gunmen opened fire on a convoy of passenger vehicles', victim='PAKCVL'),
  K('PAKCVL', 38, 'L', 'killing at least 38 people', claim='PAKGOV'),
  K('PAKCVL', 6, 'E', 'among them six women', claim='PAKGOV', s=False, note='sub-count'),
  W('PAKCVL', 20, 'L', 'wounding more than 20', claim='PAKGOV'),
  K('PAKCVL', 38, 'L', 'At least 38 killed', s=False, note='headline restatement'),
  wire=True)

N('2022-03-04', 'Thu', 'Pakistan', 'abduction', 'Tank', 'Khyber Pakhtunkhwa', 'Tank',
  "Unidentified armed men abducted two polio vaccinators from a village near Tank city on Thursday and took them towards the mountains, district police said. No group has claimed responsibility.")

N('2022-08-24', 'Tue', 'Pakistan', 'disaster', 'Dadu', 'Sindh', 'Dadu',
  "A roof caved in during heavy rain in a village of Mehar tehsil in Dadu district on Tuesday, killing five members of a family, including three children. The Sindh PDMA says rain-related deaths in the province have reached 431 since 14 June.",
  K('PAKCVL', 5, 'E', 'killing five members of a family'),
  K('PAKCVL', 3, 'E', 'including three children', s=False, note='sub-count'),
  K('PAKCVL', 431, 'E', 'rain-related deaths in the province have reached 431', cum=True, loc='Sindh', claim='PAKGOV'))

N('2024-06-21', 'Thu', 'Pakistan', 'other_violence', 'Madyan', 'Khyber Pakhtunkhwa', 'Swat',
  "A mob in Madyan, in Swat district, dragged a tourist accused of desecrating the Quran out of the local police station on Thursday night, lynched him and set his body on fire. Eight people, including two policemen, were hurt when the crowd stormed the station, police said.",
  K('PAKCVL', 1, 'E', 'lynched him', actor='PAKCVL', note='the victim is "a tourist": count 1; the mob coded PAKCVL'),
  A('PAKCVL', 'the crowd stormed the station', victim='PAKMIL'),
  W('PAKCVL', 8, 'E', 'Eight people, including two policemen, were hurt', actor='PAKCVL', claim='PAKMIL', note='mixed toll of people: CVL'),
  W('PAKMIL', 2, 'E', 'including two policemen', actor='PAKCVL', claim='PAKMIL', s=False, note='sub-count of the eight'))

# ---- Somalia
N('2023-05-28', 'Fri', 'Somalia', 'attack', 'Jalalaqsi', 'Hiraan', 'Jalalaqsi',
  "Al-Shabaab fighters stormed a military base in Jalalaqsi, Hiiraan region, at dawn on Friday after a car bomb blew open the gate. A regional army commander said seven soldiers were killed and 19 militants killed in the counter-attack. Al-Shabaab claimed to have killed 30 soldiers.",
  A('SOMREB', 'Al-Shabaab fighters stormed a military base', victim='SOMMIL'),
  K('SOMMIL', 7, 'E', 'seven soldiers were killed', actor='SOMREB', claim='SOMMIL'),
  K('SOMREB', 19, 'E', '19 militants killed in the counter-attack', actor='SOMMIL', claim='SOMMIL'),
  K('SOMMIL', 30, 'E', 'Al-Shabaab claimed to have killed 30 soldiers', actor='SOMREB', claim='SOMREB', s=False,
    note='claim competing with the army figure for the same dead'))

N('2020-02-13', 'Wed', 'Somalia', 'shelling_artillery_missile', 'Mogadishu', 'Banadir', 'Hamar Weyne',
  "Mogadishu: Several mortar shells fired by suspected al-Shabaab militants landed in residential areas of Hamarweyne district on Wednesday night, wounding four civilians, among them a child, witnesses said.",
  A('SOMREB', 'Several mortar shells fired by suspected al-Shabaab militants landed', victim='SOMCVL', loc='Hamarweyne'),
  W('SOMCVL', 4, 'E', 'wounding four civilians', actor='SOMREB', loc='Hamarweyne'),
  W('SOMCVL', 1, 'E', 'among them a child', actor='SOMREB', loc='Hamarweyne', s=False, note='sub-count'))

N('2019-03-06', '2019-03-04', 'Somalia', 'air_drone_strike', 'Jilib', 'Middle Juba', 'Jilib',
  "AFRICOM said it conducted an airstrike near Jilib, Middle Juba region, on 4 March in support of the Federal Government of Somalia, killing three al-Shabaab militants. The command's initial assessment is that no civilians were injured or killed.",
  A('USAMIL', 'it conducted an airstrike near Jilib', victim='SOMREB', claim='USAMIL'),
  K('SOMREB', 3, 'E', 'killing three al-Shabaab militants', actor='USAMIL', claim='USAMIL'))

N('2021-09-25', 'Sat', 'Somalia', 'remote_explosive_ied', 'Mogadishu', 'Banadir', '',
  "Car bomb kills at least 8 at Mogadishu checkpoint - A car bomb exploded at a busy checkpoint near the parliament building in Mogadishu on Saturday, killing at least eight people and wounding 12, police said, in an attack claimed by",
  A(None, 'A car bomb exploded at a busy checkpoint', victim='SOMCVL', claim='SOMMIL', note='the claimant is cut off: actor null'),
  K('SOMCVL', 8, 'L', 'killing at least eight people', claim='SOMMIL'),
  W('SOMCVL', 12, 'L', 'wounding 12', claim='SOMMIL', note='"at least" read as governing both figures'),
  K('SOMCVL', 8, 'L', 'kills at least 8', s=False, note='headline restatement'),
  wire=True)

N('2023-11-13', 'Sun', 'Somalia', 'disaster', 'Beledweyne', 'Hiraan', 'Beledweyne',
  "Floods after days of heavy Deyr rains submerged most of Beledweyne on Sunday, forcing about 250,000 people from their homes, district officials said. Two children drowned when their house collapsed into the floodwater.",
  DSP('SOMCVL', 250000, 'A', 'forcing about 250,000 people from their homes', claim='SOMGOV'),
  K('SOMCVL', 2, 'E', 'Two children drowned'))

N('2019-06-12', 'Tue', 'Somalia', 'armed_clash', 'Galkayo', 'Mudug', 'Galkayo',
  "Fighting between two sub-clan militias over a disputed water well near Galkayo (Mudug) left nine militiamen and a woman caught in the crossfire dead on Tuesday, elders said. Puntland forces were deployed to separate the sides.",
  A('SOMREB', 'Fighting between two sub-clan militias', victim='SOMREB', note='clan militias (non-state): SOMREB, both sides one code, one line'),
  K('SOMREB', 9, 'E', 'nine militiamen'),
  K('SOMCVL', 1, 'E', 'a woman caught in the crossfire'),
  DEP('SOMMIL', 'Puntland forces were deployed to separate the sides', note='Puntland state forces: SOMMIL'))

# ---- Nigeria
N('2021-06-14', 'Sat', 'Nigeria', 'attack', 'Dansadau', 'Zamfara', 'Maru',
  "Bandits on motorcycles stormed villages near Dansadau in Maru LGA of Zamfara State on Saturday night, shooting dead 14 villagers and carting away livestock, residents said. Dozens of people were abducted.",
  A('NGAREB', 'Bandits on motorcycles stormed villages near Dansadau', victim='NGACVL'),
  K('NGACVL', 14, 'E', 'shooting dead 14 villagers', actor='NGAREB'))

N('2021-04-19', 'Fri', 'Nigeria', 'nonstate_takes_territory', 'Marte', 'Borno', 'Marte',
  "ISWAP fighters overran the army base in Marte, Borno State, on Friday, burnt two armoured vehicles and forced thousands of residents to flee towards Dikwa and Maiduguri, security and humanitarian sources said. Several soldiers were killed. The army said on Sunday that troops had retaken the town.",
  CAP('NGAREB', 'ISWAP fighters overran the army base in Marte', note='ISWAP: NGAREB'),
  EQL('NGAMIL', 'APC', 2, 'E', 'burnt two armoured vehicles', actor='NGAREB'),
  DSP('NGACVL', None, None, 'forced thousands of residents to flee', actor='NGAREB', note='vague amount in a discrete incident: scored, no count'),
  K('NGAMIL', None, None, 'Several soldiers were killed', actor='NGAREB', note='vague amount: no count'),
  CAP('NGAMIL', 'troops had retaken the town', claim='NGAMIL', date='Sun', note='"said on Sunday that troops had retaken": dated Sunday'))

N('2022-04-11', 'Sun', 'Nigeria', 'attack', 'Heipang', 'Plateau', 'Barkin Ladi',
  "Gunmen attacked Heipang, a community in Barkin Ladi LGA of Plateau State, on Sunday night, killing 17 people and setting about 30 houses ablaze, the spokesman of Operation Safe Haven said on Monday.",
  A(None, 'Gunmen attacked Heipang', victim='NGACVL', claim='NGAMIL'),
  K('NGACVL', 17, 'E', 'killing 17 people', claim='NGAMIL', note='Operation Safe Haven (military task force): NGAMIL'))

N('2020-07-14', 'Mon', 'Nigeria', 'other_violence', 'Ikorodu', 'Lagos', 'Ikorodu',
  "A suspected phone thief was set ablaze by a mob in Ikorodu, Lagos State, on Monday morning after being chased through the market by traders, and died at the scene, the state police command said. Three people have been arrested.",
  K('NGACVL', 1, 'E', 'A suspected phone thief was set ablaze by a mob', actor='NGACVL', claim='NGAMIL',
    note='lynching; the death is stated at the end of the clause ("died at the scene")'))

N('2023-03-09', '2023-03-09', 'Nigeria', 'armed_clash', 'Bama', 'Borno', 'Bama',
  "Troops neutralise 23 terrorists in Borno, rescue 12 captives - Troops of Operation Hadin Kai neutralised 23 terrorists and rescued 12 kidnapped persons in clearance operations around Bama and the fringes of the Sambisa forest over the past week, the Defence Headquarters said on Thursday. Items recovered include",
  K('NGAREB', 23, 'E', 'neutralised 23 terrorists', actor='NGAMIL', claim='NGAMIL', cum=True,
    note='weekly tally of several operations: cumulative; "neutralised" read as killed (Nigerian military usage)'),
  K('NGAREB', 23, 'E', 'Troops neutralise 23 terrorists', actor='NGAMIL', cum=True, s=False, note='headline restatement'),
  OFF('NGAMIL', 'clearance operations', s=False, note='ongoing operations, no launch'),
  wire=True)

N('2022-06-06', 'Sun', 'Nigeria', 'abduction', 'Kajuru', 'Kaduna', 'Kajuru',
  "Gunmen abducted 15 worshippers during a Sunday service at a Baptist church in Kajuru LGA of Kaduna State, the Southern Kaduna Peoples Union said on Monday. No one was killed.")

N('2024-09-11', 'Tue', 'Nigeria', 'disaster', 'Maiduguri', 'Borno', 'Maiduguri',
  "Floods after the collapse of the Alau dam on Tuesday submerged large parts of Maiduguri, killing at least 30 people and displacing some 400,000, the Borno State government said. Animals from the city zoo escaped into the streets.",
  K('NGACVL', 30, 'L', 'killing at least 30 people', claim='NGAGOV'),
  DSP('NGACVL', 400000, 'A', 'displacing some 400,000', claim='NGAGOV'))

# ---- DR Congo
N('2020-01-31', 'Fri', 'DR Congo', 'attack', 'Eringeti', 'Nord-Kivu', 'Beni',
  "Beni territory: Suspected ADF rebels killed at least 22 civilians with machetes and guns overnight in a village near Eringeti, North Kivu, local civil society said on Friday. Several houses were burned and some residents are missing.",
  K('CODCVL', 22, 'L', 'killed at least 22 civilians', actor='UGAREB',
    note='ADF (Ugandan-origin group): UGAREB, as Boko Haram abroad is NGAREB; CODREB defensible. "overnight ... said on Friday": Friday'))

N('2024-05-01', 'Tue', 'DR Congo', 'nonstate_takes_territory', 'Rubaya', 'Nord-Kivu', 'Masisi',
  "M23 rebels took control of Rubaya, a coltan mining town in Masisi territory, on Tuesday after heavy fighting with the FARDC and allied Wazalendo militias, local sources said. Some 5,000 people fled towards Sake.",
  CAP('CODREB', 'M23 rebels took control of Rubaya'),
  A('CODREB', 'heavy fighting with the FARDC and allied Wazalendo militias', victim='CODMIL'),
  DSP('CODCVL', 5000, 'A', 'Some 5,000 people fled towards Sake'))

N('2022-02-02', 'Wed', 'DR Congo', 'attack', 'Plaine Savo', 'Ituri', 'Djugu',
  "Militia attack on Congo displacement camp kills at least 40 - CODECO militiamen armed with machetes and guns attacked the Plaine Savo displacement site in Djugu territory of Ituri province overnight, killing at least 40 displaced people, among them women and children, local officials said on Wednesday",
  A('CODREB', 'CODECO militiamen armed with machetes and guns attacked the Plaine Savo displacement site', victim='CODREF'),
  K('CODREF', 40, 'L', 'killing at least 40 displaced people', actor='CODREB', claim='CODGOV'),
  K('CODREF', 40, 'L', 'kills at least 40', s=False, note='headline restatement'),
  wire=True)

N('2024-05-04', 'Fri', 'DR Congo', 'shelling_artillery_missile', 'Mugunga', 'Nord-Kivu', '',
  "Two bombs struck the Lac Vert and Mugunga displacement sites west of Goma on Friday morning, killing at least 12 people, most of them children, and wounding dozens, hospital sources said. The army blamed the M23, which denied responsibility and accused the FARDC.",
  A(None, 'Two bombs struck the Lac Vert and Mugunga displacement sites', victim='CODREF', count=2, q='E',
    note='each side blames the other: actor null'),
  K('CODREF', 12, 'L', 'killing at least 12 people', note='people in displacement sites: REF'),
  W('CODREF', None, None, 'wounding dozens', note='vague amount: no count'))

N('2024-08-15', '2024-08-15', 'DR Congo', 'disease', 'Kamituga', 'Sud-Kivu', 'Mwenga',
  "Mpox has killed 58 people in South Kivu since September last year, most of them in and around the mining town of Kamituga, provincial health officials said on Thursday. More than 5,000 suspected cases have been recorded.",
  K('CODCVL', 58, 'E', 'Mpox has killed 58 people in South Kivu', cum=True, loc='South Kivu', claim='CODGOV'))

N('2019-10-01', '2019-09-26', 'DR Congo', 'armed_clash', 'Lulimba', 'Sud-Kivu', 'Fizi',
  "On 26 September 2019, FARDC clashed with Mai-Mai Yakutumba militiamen near Lulimba (Fizi, South Kivu). Casualties unknown.",
  A('CODMIL', 'FARDC clashed with Mai-Mai Yakutumba militiamen', victim='CODREB'),
  A('CODREB', 'Mai-Mai Yakutumba militiamen', victim='CODMIL', s=False, note='other side of the clash'))

# ---- Colombia
N('2024-09-17', 'Tue', 'Colombia', 'remote_explosive_ied', 'Puerto Jordán', 'Arauca', 'Arauquita',
  "Colombian Army: At 03:40 on Tuesday an explosives-laden truck was detonated beside the perimeter of the military base at Puerto Jordán, municipality of Arauquita. Two soldiers were killed and 27 wounded. The ELN later claimed responsibility.",
  A('COLREB', 'an explosives-laden truck was detonated beside the perimeter of the military base', victim='COLMIL', claim='COLMIL'),
  K('COLMIL', 2, 'E', 'Two soldiers were killed', actor='COLREB', claim='COLMIL'),
  W('COLMIL', 27, 'E', '27 wounded', actor='COLREB', claim='COLMIL'))

N('2023-07-17', 'Sat', 'Colombia', 'armed_clash', 'Tibú', 'Norte de Santander', 'Tibú',
  "Clashes between the ELN and the 33rd Front of the FARC dissidents in rural Tibú on Saturday left six fighters dead, the Ombudsman's Office reported, and more than 1,200 people fled their villages towards the town of Tibú and El Tarra.",
  A('COLREB', 'Clashes between the ELN and the 33rd Front of the FARC dissidents', victim='COLREB', note='both sides COLREB: one line'),
  K('COLREB', 6, 'E', 'left six fighters dead', claim='COLGOV', note='Ombudsman (state office): COLGOV'),
  DSP('COLCVL', 1200, 'L', 'more than 1,200 people fled their villages', claim='COLGOV'))

N('2021-01-22', '2021-01-17', 'Colombia', 'attack', 'Argelia', 'Cauca', 'Argelia',
  "On 17 January 2021, unidentified armed men shot and killed a social leader and member of a community action board in the rural area of Argelia (Cauca). 1 fatality.",
  K('COLCVL', 1, 'E', 'shot and killed a social leader'))

N('2023-10-29', 'Sat', 'Colombia', 'abduction', 'Barrancas', 'La Guajira', 'Barrancas',
  "Father of Colombian footballer kidnapped in La Guajira - Armed men on motorcycles kidnapped the father of a Liverpool striker at a petrol station in Barrancas, La Guajira, on Saturday; his mother was rescued by police shortly afterwards, the national police said. Authorities suspect",
  wire=True)

N('2019-05-11', 'Thu', 'Colombia', 'remote_explosive_ied', 'Anorí', 'Antioquia', 'Anorí',
  "A professional soldier lost his left leg after stepping on an anti-personnel mine during a patrol in a rural area of Anorí, Antioquia, on Thursday, the army said.",
  W('COLMIL', 1, 'E', 'A professional soldier lost his left leg', claim='COLMIL', note='mine: no ATTACK line'))
