#!/usr/bin/env python3
"""incident-stream 6 (writer 57): hand-written items. python3 build.py regenerates articles.jsonl and incidents.tsv.
Event days: Tue 13, Wed 14, Thu 15 June 2023. Incidents are invented; places are real."""
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
D1, D2, D3 = "2023-06-13", "2023-06-14", "2023-06-15"
INC = {}   # key -> (country, town, date, type, group, count, admin1)
ART = []   # (key, publishedAt, source, domain, title, text)
def I(key, country, town, date, typ, group, count, admin1):
    assert key not in INC, key
    INC[key] = (country, town, date, typ, group, count, admin1)
def A(key, ts, source, domain, title, text):
    ART.append((key, ts + ":00Z", source, domain, title, text))

# ---------------- Syria ----------------
I("sy-tafas-1", "Syria", "Tafas", D1, "KILLED", "civilians", 1, "Daraa")
A("sy-tafas-1", "2023-06-13T19:10", "Syrian Observatory for Human Rights", "syriahr.com", "Gunmen kill young man in Tafas, western Daraa",
  "Unknown gunmen opened fire on a young man near the grain silos in Tafas town in the western countryside of Daraa this evening, killing him instantly. SOHR activists said the gunmen fled on a motorcycle.")
A("sy-tafas-1", "2023-06-14T08:30", "Daily Conflict Ledger", "conflictledger.example.org", "Daraa: civilian shot dead in Tafas",
  "On 13 June 2023, unidentified gunmen shot dead a civilian man in Tafas, Daraa governorate. No group claimed responsibility.")
I("sy-jasim", "Syria", "Jasim", D1, "KILLED", "civilians", 1, "Daraa")
A("sy-jasim", "2023-06-14T09:05", "Enab Baladi", "enabbaladi.net", "Resident of Jasim killed by explosive device",
  "A resident of the city of Jasim in the northern Daraa countryside was killed on Tuesday when an explosive device planted near his car went off, local sources told Enab Baladi.")
I("sy-tafas-3", "Syria", "Tafas", D3, "KILLED", "civilians", 1, "Daraa")
A("sy-tafas-3", "2023-06-15T21:40", "Daraa 24", "daraa24.org", "Former detainee assassinated in Tafas",
  "A former detainee who had signed a settlement with the government was assassinated by masked men in the centre of Tafas on Thursday evening, two days after another killing in the same town.")
I("sy-kansafra", "Syria", "Kansafra", D2, "KILLED", "civilians", 2, "Idlib")
A("sy-kansafra", "2023-06-14T11:20", "Syrian Observatory for Human Rights", "syriahr.com", "Two civilians killed as Russian jets strike Jabal al-Zawiya",
  "Two civilians were killed this morning when Russian warplanes struck the outskirts of Kansafra village in Jabal al-Zawiya in the southern Idlib countryside, SOHR said. It was the first Russian raid on the area in more than a week.")
A("sy-kansafra", "2023-06-14T14:45", "Reuters", "reuters.com", "Air strike kills two in Syria's rebel-held northwest",
  "AMMAN, June 14 (Reuters) - An air strike killed two people in southern Idlib province on Wednesday, rescuers and a war monitor said, in the latest breach of a truce brokered by Russia and Turkey in 2020. The White Helmets civil defence said the victims were farmers working in an olive grove.")
A("sy-kansafra", "2023-06-15T07:50", "Agence France-Presse", "afp.com", "Russian strike kills two farmers in Idlib: monitor",
  "Russian air strikes killed two farmers near Kan Safra in northwest Syria on Wednesday, a war monitor said, in an area controlled by the jihadist group Hayat Tahrir al-Sham.")
I("sy-maarrat-misrin", "Syria", "Maarrat Misrin", D2, "KILLED", "civilians", 2, "Idlib")
A("sy-maarrat-misrin", "2023-06-14T20:15", "Syria Civil Defence", "syriacivildefense.org", "Shelling on Maarrat Misrin kills a woman and her son",
  "Our teams recovered the bodies of a woman and her son after artillery shelling by regime forces hit a house in Maarrat Misrin, north of Idlib city, on Wednesday evening.")
I("sy-busayrah", "Syria", "Al-Busayrah", D3, "KILLED", "militia", 2, "Deir ez-Zor")
A("sy-busayrah", "2023-06-15T13:30", "Syrian Observatory for Human Rights", "syriahr.com", "Two SDF members killed in attack by ISIS cells in eastern Deir Ezzor",
  "ISIS cells attacked an SDF checkpoint in Al-Busayrah town in the eastern countryside of Deir Ezzor at dawn today, killing two SDF members and wounding another.")
A("sy-busayrah", "2023-06-15T18:05", "North Press Agency", "npasyria.com", "Two SDF fighters killed near Busaira",
  "DEIR EZ-ZOR, Syria (North Press) - Two fighters of the Syrian Democratic Forces (SDF) were killed on Thursday in an armed attack on a military point in al-Busaira, a military source said. The source blamed Islamic State sleeper cells.")
I("sy-raqqa", "Syria", "Raqqa", D3, "KILLED", "militia", 2, "Raqqa")
A("sy-raqqa", "2023-06-16T08:40", "Daily Conflict Ledger", "conflictledger.example.org", "Raqqa: two SDF members killed",
  "On 15 June 2023, suspected IS militants shot dead two SDF members on the al-Sabahiya road on the western edge of Raqqa city.")
I("sy-palmyra", "Syria", "Palmyra", D1, "KILLED", "soldiers", 4, "Homs")
A("sy-palmyra", "2023-06-13T12:10", "Syrian Observatory for Human Rights", "syriahr.com", "At least three regime soldiers killed in ISIS ambush in Badia",
  "At least three members of regime forces were killed this morning when ISIS cells ambushed a military bus on the road east of Palmyra in the Homs desert.")
A("sy-palmyra", "2023-06-13T17:30", "Agence France-Presse", "afp.com", "IS ambush kills four Syrian soldiers in desert: monitor",
  "BEIRUT (AFP) - An Islamic State group ambush killed four Syrian soldiers in the central desert on Tuesday, a war monitor said. The attack targeted a bus near the ancient city of Tadmur (Palmyra), the Syrian Observatory for Human Rights said, raising an earlier toll of three.")
I("sy-afrin", "Syria", "Afrin", D2, "WOUNDED", "civilians", 3, "Aleppo")
A("sy-afrin", "2023-06-14T10:00", "Hawar News Agency", "hawarnews.com", "Car bomb wounds civilians in occupied Afrin",
  "A car bomb exploded near the roundabout of Kawa in occupied Afrin city this morning, wounding three civilians, local sources said.")
A("sy-afrin", "2023-06-14T12:35", "Anadolu Agency", "aa.com.tr", "Car bomb attack in northwestern Syria injures 3",
  "A car bomb attack in Afrin, in northwestern Syria, injured three civilians on Wednesday, according to local security sources. Turkish officials blamed the YPG/PKK terror group.")

# ---------------- Iraq ----------------
I("iq-tarmiyah", "Iraq", "Tarmiyah", D1, "KILLED", "soldiers", 2, "Baghdad")
A("iq-tarmiyah", "2023-06-13T15:20", "Shafaq News", "shafaq.com", "Two soldiers killed in ISIS attack north of Baghdad",
  "Two Iraqi army soldiers were killed on Tuesday when ISIS remnants attacked their post in al-Tarmiyah, north of Baghdad, a security source told Shafaq News.")
A("iq-tarmiyah", "2023-06-14T06:15", "Xinhua", "xinhuanet.com", "2 Iraqi soldiers killed in IS attack",
  "BAGHDAD, June 13 (Xinhua) -- Two Iraqi soldiers were killed when Islamic State (IS) militants attacked an army outpost in Tarmiyah district, some 50 km north of the capital Baghdad, on Tuesday, a provincial security source said.")
I("iq-tuz", "Iraq", "Tuz Khurmatu", D1, "KILLED", "soldiers", 2, "Salah al-Din")
A("iq-tuz", "2023-06-13T21:00", "Rudaw", "rudaw.net", "IED kills two Iraqi soldiers near Tuz Khurmatu",
  "Two Iraqi soldiers were killed on Tuesday evening after a roadside bomb struck their vehicle in the hills east of Tuz Khurmatu, a local official told Rudaw.")
I("iq-khanaqin", "Iraq", "Khanaqin", D2, "KILLED", "civilians", 3, "Diyala")
A("iq-khanaqin", "2023-06-14T13:40", "Shafaq News", "shafaq.com", "Three shepherds killed in explosion in Khanaqin",
  "Three shepherds were killed when an old explosive device went off as they grazed their sheep in a village of Khanaqin district in Diyala on Wednesday.")
A("iq-khanaqin", "2023-06-14T16:50", "Kurdistan24", "kurdistan24.net", "Three civilians die in blast in Diyala's Khanaqin",
  "An explosion killed three Kurdish shepherds in the disputed district of Khanaqin on Wednesday. The mayor of Khanaqin said the area remained littered with explosives left by the Islamic State.")
I("iq-muqdadiyah", "Iraq", "Muqdadiyah", D2, "KILLED", "civilians", 3, "Diyala")
A("iq-muqdadiyah", "2023-06-15T09:10", "Baghdad Today", "baghdadtoday.news", "Gunmen kill three members of one family in Muqdadiya",
  "Unknown gunmen killed three members of one family in an orchard north of Muqdadiya in Diyala province late on Wednesday, a police source said, adding that the motive was believed to be tribal.")
I("iq-hawija", "Iraq", "Hawija", D3, "KILLED", "militia", 1, "Kirkuk")
A("iq-hawija", "2023-06-15T11:25", "Shafaq News", "shafaq.com", "PMF fighter killed in ISIS sniper fire south-west of Kirkuk",
  "A Popular Mobilization Forces (PMF) fighter was killed on Thursday by ISIS sniper fire on a PMF post in the Wadi al-Shay area of Hawija district, southwest of Kirkuk.")
A("iq-hawija", "2023-06-16T05:40", "Xinhua", "xinhuanet.com", "Paramilitary fighter killed in IS attack in Iraq's Kirkuk",
  "BAGHDAD, June 15 (Xinhua) -- A member of the Iraqi paramilitary Hashd Shaabi forces was killed on Thursday in an attack by Islamic State militants in Kirkuk province, a Hashd statement said.")

# ---------------- Yemen ----------------
I("ye-taiz", "Yemen", "Taiz", D1, "KILLED", "civilians", 1, "Taiz")
A("ye-taiz", "2023-06-13T16:00", "Saba (Aden)", "sabanew.net", "Houthi sniper kills a child in Taiz",
  "A child was killed on Tuesday by a Houthi sniper in the Al-Rawdah neighbourhood of Taiz city, a local source said, in a new violation of the truce.")
A("ye-taiz", "2023-06-13T19:25", "Al-Masdar Online", "almasdaronline.com", "Boy shot dead by sniper in Taiz",
  "TAIZ - A 12-year-old boy was shot dead by sniper fire while fetching water in the east of Taiz city, a medical source said. Government officials blamed the Houthis.")
I("ye-hays", "Yemen", "Hays", D1, "KILLED", "civilians", 1, "Al Hudaydah")
A("ye-hays", "2023-06-14T10:30", "Yemen Landmine Monitor", "yemenlandmine.example.org", "Landmine kills farmer in Hays",
  "On 13 June 2023, a farmer was killed when a landmine exploded under his motorcycle south of Hays, in southern Hodeidah governorate.")
I("ye-harib", "Yemen", "Harib", D2, "KILLED", "soldiers", 3, "Marib")
A("ye-harib", "2023-06-14T18:10", "Saba (Aden)", "sabanew.net", "Three soldiers martyred repelling Houthi attack in Harib",
  "Three soldiers of the national army were martyred while repelling an attack by the Houthi militia on army positions in the Harib front south of Marib on Wednesday, a military source said.")
A("ye-harib", "2023-06-15T08:00", "Xinhua", "xinhuanet.com", "3 Yemeni soldiers killed in Houthi attack in Marib",
  "ADEN, Yemen, June 14 (Xinhua) -- Three Yemeni government soldiers were killed on Wednesday in an attack by Houthi rebels in the oil-rich province of Marib, a military official said.")
I("ye-mudiyah", "Yemen", "Mudiyah", D3, "KILLED", "militia", 4, "Abyan")
A("ye-mudiyah", "2023-06-15T12:40", "Aden al-Ghad", "adengad.net", "Four Southern forces killed in explosion in Mudiya",
  "Four members of the Southern Armed Forces were killed on Thursday when an explosive device struck their vehicle in Wadi Omran, in the Mudiya district of Abyan. A security source accused al-Qaeda.")
A("ye-mudiyah", "2023-06-15T20:20", "Agence France-Presse", "afp.com", "Four separatist fighters killed in south Yemen bombing",
  "ADEN (AFP) - A roadside bomb killed four fighters of the separatist Southern Transitional Council in Abyan province on Thursday, officials said, blaming Al-Qaeda in the Arabian Peninsula (AQAP). The blast hit a patrol near Mudiyah.")

# ---------------- Afghanistan ----------------
I("af-mazar", "Afghanistan", "Mazar-i-Sharif", D2, "KILLED", "civilians", 2, "Balkh")
A("af-mazar", "2023-06-14T09:20", "TOLOnews", "tolonews.com", "Explosion in Mazar-e-Sharif kills 2",
  "An explosion hit a minibus in the Karte Ariana area of Mazar-e-Sharif, the capital of Balkh, on Wednesday morning, killing two passengers, the Balkh police spokesman said.")
A("af-mazar", "2023-06-14T10:05", "Pajhwok Afghan News", "pajhwok.com", "Sticky bomb blast leaves 2 dead in Balkh capital",
  "MAZAR-I-SHARIF (Pajhwok): A sticky bomb attached to a passenger vehicle exploded in Mazar-i-Sharif city on Wednesday, leaving two people dead and six others injured, officials said.")
A("af-mazar", "2023-06-14T15:30", "Agence France-Presse", "afp.com", "Two killed in bus blast in northern Afghanistan",
  "KABUL (AFP) - Two people were killed when a bomb exploded on a bus in the northern Afghan city of Mazar-i-Sharif on Wednesday, Taliban officials said. No group claimed it, but the local Islamic State branch has repeatedly targeted the city.")
I("af-kabul", "Afghanistan", "Kabul", D2, "WOUNDED", "civilians", 4, "Kabul")
A("af-kabul", "2023-06-14T17:45", "Amu TV", "amu.tv", "Four injured in Kabul blast",
  "Four people were injured when a small explosive device went off near a money exchange in Kabul's Shahr-e-Naw on Wednesday afternoon, sources said.")
I("af-jalalabad", "Afghanistan", "Jalalabad", D3, "KILLED", "civilians", 1, "Nangarhar")
A("af-jalalabad", "2023-06-15T14:00", "Pajhwok Afghan News", "pajhwok.com", "Shopkeeper shot dead in Jalalabad",
  "JALALABAD (Pajhwok): Unidentified armed men shot dead a shopkeeper in the fifth police district of Jalalabad, the capital of eastern Nangarhar province, on Thursday.")
A("af-jalalabad", "2023-06-16T07:20", "Hasht-e Subh", "8am.media", "Man killed by gunmen in Nangarhar",
  "A man who ran a small shop was killed by gunmen in Jalalabad city on Thursday. Local residents said the attackers escaped on a motorbike.")

# ---------------- Pakistan ----------------
I("pk-bannu", "Pakistan", "Bannu", D1, "KILLED", "police", 2, "Khyber Pakhtunkhwa")
A("pk-bannu", "2023-06-13T11:00", "Dawn", "dawn.com", "Two policemen martyred in Bannu attack",
  "BANNU: Two policemen were martyred when unidentified militants attacked a police checkpost in the Mamash Khel area of Bannu in the early hours of Tuesday, police said.")
A("pk-bannu", "2023-06-13T13:35", "The Express Tribune", "tribune.com.pk", "Militants attack check post, two cops killed",
  "Two police officials lost their lives after terrorists opened fire on a check post on the outskirts of Bannu on Tuesday. The district police officer said a search operation had been launched in the area.")
I("pk-lakki", "Pakistan", "Lakki Marwat", D1, "KILLED", "police", 2, "Khyber Pakhtunkhwa")
A("pk-lakki", "2023-06-13T18:40", "Dawn", "dawn.com", "Two cops shot dead in Lakki Marwat",
  "LAKKI MARWAT: Two police constables on their way home were shot dead by motorcyclists on the Lakki-Bannu road in Lakki Marwat on Tuesday evening, hours after two policemen were killed in neighbouring Bannu.")
A("pk-lakki", "2023-06-14T06:30", "The News", "thenews.com.pk", "Two cops martyred in Lakki",
  "Two policemen were martyred in a gun attack in Lakki Marwat district late on Tuesday, police said.")
I("pk-panjgur", "Pakistan", "Panjgur", D2, "KILLED", "soldiers", 3, "Balochistan")
A("pk-panjgur", "2023-06-14T19:15", "The Express Tribune", "tribune.com.pk", "Three FC soldiers martyred in Panjgur",
  "Three Frontier Corps soldiers embraced martyrdom when terrorists attacked their patrol in Panjgur district of Balochistan on Wednesday, the ISPR said.")
I("pk-bara", "Pakistan", "Bara", D2, "KILLED", "soldiers", 3, "Khyber Pakhtunkhwa")
A("pk-bara", "2023-06-14T16:00", "Dawn", "dawn.com", "Three soldiers martyred in Khyber IED blast",
  "KHYBER: Three soldiers were martyred when an improvised explosive device went off near their vehicle in the Tirah valley of Bara tehsil on Wednesday, the military's media wing said.")
A("pk-bara", "2023-06-14T18:20", "Associated Press", "apnews.com", "Roadside bomb kills 3 Pakistani soldiers near Afghan border",
  "PESHAWAR, Pakistan (AP) - A roadside bomb killed three soldiers in Pakistan's Khyber district near the Afghan border on Wednesday, the military said. No one claimed responsibility, but suspicion fell on the Pakistani Taliban.")
I("pk-quetta", "Pakistan", "Quetta", D3, "WOUNDED", "civilians", 5, "Balochistan")
A("pk-quetta", "2023-06-15T12:30", "Dawn", "dawn.com", "Four injured in Quetta grenade attack",
  "QUETTA: At least four people were injured when unidentified men hurled a hand grenade at a shop on Sariab Road on Thursday, police said.")
A("pk-quetta", "2023-06-15T17:10", "Balochistan Post", "thebalochistanpost.net", "Five wounded in grenade blast on Sariab Road",
  "Five people were wounded in a hand grenade attack on Sariab Road in Quetta on Thursday. Hospital sources said one of them was in critical condition.")
I("pk-peshawar", "Pakistan", "Peshawar", D3, "KILLED", "civilians", 1, "Khyber Pakhtunkhwa")
A("pk-peshawar", "2023-06-15T20:00", "The News", "thenews.com.pk", "Trader gunned down in Peshawar",
  "PESHAWAR: A trader was shot dead by unknown attackers near Firdous cinema on Thursday. Police said the motive was being investigated.")

# ---------------- Nigeria ----------------
I("ng-zurmi", "Nigeria", "Zurmi", D1, "KILLED", "civilians", 6, "Zamfara")
A("ng-zurmi", "2023-06-13T20:30", "Daily Trust", "dailytrust.com", "Bandits kill five in Zamfara village",
  "Bandits on motorcycles have killed five people in an attack on a village in Zurmi Local Government Area of Zamfara State, residents said on Tuesday. A resident said the gunmen arrived shortly after evening prayers and shot at people in the market square. \"They were firing at anyone who moved,\" he said.")
A("ng-zurmi", "2023-06-14T09:45", "Premium Times", "premiumtimesng.com", "Death toll in Zurmi bandit attack rises to six",
  "The number of people killed in Tuesday's bandit attack in Zurmi LGA of Zamfara State has risen to six, after one of the injured died in hospital, a local official said.")
A("ng-zurmi", "2023-06-14T14:10", "Agence France-Presse", "afp.com", "Gunmen kill six in northwest Nigeria",
  "KANO, Nigeria (AFP) - Gunmen killed six villagers in Nigeria's northwestern Zamfara state, local officials said Wednesday, the latest in a string of attacks by criminal gangs locally known as bandits.")
I("ng-bukkuyum", "Nigeria", "Bukkuyum", D1, "KILLED", "civilians", 6, "Zamfara")
A("ng-bukkuyum", "2023-06-14T11:30", "Vanguard", "vanguardngr.com", "Six farmers killed on their farms in Bukkuyum",
  "Six farmers were killed on Tuesday by armed bandits while working on their farms in a community in Bukkuyum Local Government Area of Zamfara State, the council chairman said.")
I("ng-bama", "Nigeria", "Bama", D2, "KILLED", "soldiers", 2, "Borno")
A("ng-bama", "2023-06-14T17:20", "HumAngle", "humangle.ng", "ISWAP fighters kill two soldiers near Bama",
  "Two Nigerian soldiers were killed on Wednesday when ISWAP fighters attacked troops on the Bama-Banki road in Borno, military sources told HumAngle.")
A("ng-bama", "2023-06-15T08:15", "Sahara Reporters", "saharareporters.com", "Boko Haram terrorists kill 2 soldiers in Borno ambush",
  "Boko Haram terrorists have killed two soldiers in an ambush in Bama Local Government Area of Borno State. The attack happened on Wednesday afternoon, a security source said.")
I("ng-dikwa", "Nigeria", "Dikwa", D2, "KILLED", "soldiers", 2, "Borno")
A("ng-dikwa", "2023-06-15T10:40", "Zagazola Makama", "zagazolamakama.com", "Two soldiers killed as troops repel attack on Dikwa base",
  "Troops repelled an attack by ISWAP terrorists on a military base in Dikwa late on Wednesday night, but two soldiers paid the supreme price, intelligence sources said.")
I("ng-mangu", "Nigeria", "Mangu", D3, "KILLED", "civilians", 4, "Plateau")
A("ng-mangu", "2023-06-15T16:30", "Channels Television", "channelstv.com", "Gunmen kill four in fresh Plateau attack",
  "Four people have been killed in a fresh attack by gunmen on a community in Mangu Local Government Area of Plateau State, police confirmed on Thursday.")
A("ng-mangu", "2023-06-16T07:00", "The Punch", "punchng.com", "Four killed, houses razed in Mangu",
  "Suspected armed herders killed four residents and set several houses ablaze in Mangu LGA of Plateau on Thursday morning, a youth leader said. \"We buried four of our people this morning,\" he said. The state police command said it had deployed more officers to the area.")
I("ng-kajuru", "Nigeria", "Kajuru", D3, "KILLED", "civilians", 4, "Kaduna")
A("ng-kajuru", "2023-06-16T09:50", "Daily Trust", "dailytrust.com", "Four killed as bandits invade Kajuru community",
  "Four people were killed when armed bandits invaded a community in Kajuru LGA of Kaduna State on Thursday evening, the Kaduna State Commissioner for Internal Security said.")
I("ng-monguno", "Nigeria", "Monguno", D1, "ATTACK", "-", 0, "Borno")
A("ng-monguno", "2023-06-13T22:10", "Zagazola Makama", "zagazolamakama.com", "ISWAP fires rockets into Monguno",
  "ISWAP terrorists fired several rocket-propelled grenades into Monguno town on Tuesday evening. Sources said no casualties were recorded as the projectiles landed on an empty field.")
A("ng-monguno", "2023-06-14T10:20", "HumAngle", "humangle.ng", "Residents flee as insurgents shell Monguno",
  "Residents of Monguno in northern Borno spent the night in fear after insurgents shelled the town late on Tuesday. No one was hurt, a local official said.")
I("ng-birnin-gwari", "Nigeria", "Birnin Gwari", D2, "KILLED", "militia", 3, "Kaduna")
A("ng-birnin-gwari", "2023-06-14T19:00", "Premium Times", "premiumtimesng.com", "Bandits kill three vigilantes in Birnin Gwari",
  "Three members of a local vigilance group were killed on Wednesday when bandits ambushed them near Birnin Gwari town in Kaduna State.")
A("ng-birnin-gwari", "2023-06-15T12:25", "Vanguard", "vanguardngr.com", "Three vigilance members killed in Kaduna",
  "Bandits have killed three members of the Birnin Gwari Vigilance Group during a gun battle in Birnin Gwari Local Government Area of Kaduna, the group's leader said.")

# ---------------- Niger ----------------
I("ne-tera", "Niger", "Tera", D2, "KILLED", "soldiers", 4, "Tillaberi")
A("ne-tera", "2023-06-14T21:00", "ActuNiger", "actuniger.com", "Four soldiers killed in ambush near Tera",
  "Four Nigerien soldiers were killed on Wednesday in an ambush by unidentified armed men near Tera, in the Tillaberi region, security sources said.")
A("ne-tera", "2023-06-16T12:00", "Agence France-Presse", "afp.com", "Niger: four soldiers killed in jihadist ambush",
  "NIAMEY (AFP) - Four Nigerien soldiers were killed on Wednesday in an ambush by suspected jihadists near Tera in the southwest, close to the border with Burkina Faso, the defence ministry said Friday.")
I("ne-banibangou", "Niger", "Banibangou", D2, "KILLED", "soldiers", 4, "Tillaberi")
A("ne-banibangou", "2023-06-15T15:10", "Air Info", "airinfoagadez.com", "Banibangou: four soldiers die in IED blast",
  "Four soldiers lost their lives on Wednesday when their vehicle hit an improvised explosive device near Banibangou, in the north of the Tillaberi region.")
I("ne-bosso", "Niger", "Bosso", D3, "KILLED", "civilians", 3, "Diffa")
A("ne-bosso", "2023-06-16T09:30", "ActuNiger", "actuniger.com", "Three fishermen killed by Boko Haram in Bosso",
  "Three fishermen were killed on Thursday by Boko Haram fighters on an island of Lake Chad in the commune of Bosso, local sources said.")

# ---------------- Mali ----------------
I("ml-djenne", "Mali", "Djenne", D1, "KILLED", "civilians", 3, "Mopti")
A("ml-djenne", "2023-06-13T18:30", "Studio Tamani", "studiotamani.org", "Three civilians killed in Djenné circle",
  "Three civilians were killed on Tuesday by armed men in a village of the Djenné circle, local sources told Studio Tamani. The attackers also drove away cattle.")
A("ml-djenne", "2023-06-14T08:00", "Agence France-Presse", "afp.com", "Three villagers killed in central Mali",
  "BAMAKO (AFP) - Suspected jihadists killed three villagers near Djenne in central Mali on Tuesday, local officials said.")
I("ml-gao", "Mali", "Gao", D2, "KILLED", "civilians", 2, "Gao")
A("ml-gao", "2023-06-14T13:00", "Studio Tamani", "studiotamani.org", "Gao: two civilians killed by explosive device",
  "Two civilians were killed on Wednesday morning when their motor tricycle hit an explosive device at the exit of Gao town on the road to Bourem.")
A("ml-gao", "2023-06-14T19:40", "Malijet", "malijet.com", "Mine blast near Gao leaves two dead",
  "A mine exploded under a tricycle about 8 km from Gao this Wednesday, killing two passengers, a security source said.")
I("ml-ansongo", "Mali", "Ansongo", D2, "KILLED", "civilians", 2, "Gao")
A("ml-ansongo", "2023-06-15T09:20", "Studio Tamani", "studiotamani.org", "Two traders murdered near Ansongo",
  "Two traders were murdered on Wednesday evening by armed men on motorbikes near Ansongo, in the Gao region.")
I("ml-niono", "Mali", "Niono", D3, "ATTACK", "-", 0, "Segou")
A("ml-niono", "2023-06-15T14:30", "Malijet", "malijet.com", "Niono: attack on army camp repelled",
  "The Malian Armed Forces repelled a terrorist attack on their camp in Niono on Thursday morning, according to a statement by the general staff, which reported no losses.")
A("ml-niono", "2023-06-15T18:15", "Agence France-Presse", "afp.com", "Mali army says it repelled attack on central base",
  "BAMAKO (AFP) - Mali's army said Thursday it had repelled an attack on its camp at Niono in the central Segou region, without giving a toll.")

# ---------------- Burkina Faso ----------------
I("bf-kaya", "Burkina Faso", "Kaya", D1, "KILLED", "militia", 5, "Centre-Nord")
A("bf-kaya", "2023-06-13T20:10", "Lefaso.net", "lefaso.net", "Five VDP killed in attack near Kaya",
  "Five Volunteers for the Defence of the Homeland (VDP) were killed on Tuesday when armed men attacked their position in a village about fifteen kilometres from Kaya.")
A("bf-kaya", "2023-06-14T11:00", "Agence France-Presse", "afp.com", "Five army auxiliaries killed in northern Burkina",
  "OUAGADOUGOU (AFP) - Five civilian auxiliaries of the Burkinabe army were killed Tuesday when gunmen stormed their post in a village of the Centre-North region, security sources said.")
I("bf-kongoussi", "Burkina Faso", "Kongoussi", D1, "KILLED", "militia", 5, "Centre-Nord")
A("bf-kongoussi", "2023-06-14T12:45", "Burkina24", "burkina24.com", "Kongoussi: five VDP fall in ambush",
  "Five VDP fell on Tuesday in an ambush on the Kongoussi-Djibo road, Burkina24 learned from local sources.")
I("bf-fada", "Burkina Faso", "Fada N'Gourma", D2, "KILLED", "civilians", 3, "Est")
A("bf-fada", "2023-06-14T15:50", "Lefaso.net", "lefaso.net", "Fada N'Gourma: three civilians killed by armed individuals",
  "Three civilians were killed on Wednesday by unidentified armed individuals on the outskirts of Fada N'Gourma, the capital of the East region.")
A("bf-fada", "2023-06-15T09:10", "Radio Omega", "omegabf.info", "Three dead in attack at Fada",
  "Gunmen killed three people, among them a municipal councillor, on Wednesday in Fada, residents said.")
I("bf-ouahigouya", "Burkina Faso", "Ouahigouya", D3, "WOUNDED", "soldiers", 2, "Nord")
A("bf-ouahigouya", "2023-06-16T08:20", "Burkina24", "burkina24.com", "Two soldiers wounded by explosive device near Ouahigouya",
  "Two soldiers were wounded on Thursday when a homemade device exploded as their convoy passed about twenty kilometres from Ouahigouya.")


# ---------------- Somalia ----------------
I("so-mogadishu", "Somalia", "Mogadishu", D2, "KILLED", "civilians", 3, "Banadir")
A("so-mogadishu", "2023-06-14T10:30", "Garowe Online", "garoweonline.com", "Grenade attack kills three in Mogadishu's Hamarweyne",
  "MOGADISHU - At least three people were killed when a hand grenade was thrown into a busy restaurant in Hamarweyne district of Mogadishu on Wednesday morning, police said. \"The attacker threw it from a passing bajaj and fled,\" a police officer at the scene told reporters.")
A("so-mogadishu", "2023-06-14T12:00", "Hiiraan Online", "hiiraan.com", "Three civilians killed in restaurant blast in Hamar Weyne",
  "Three civilians were killed and five others injured in a grenade explosion at a restaurant near the Hamar Weyne market on Wednesday, witnesses said. Al-Shabaab did not immediately comment.")
A("so-mogadishu", "2023-06-15T06:40", "Xinhua", "xinhuanet.com", "3 killed in grenade attack in Somali capital",
  "MOGADISHU, June 14 (Xinhua) -- Three people were killed on Wednesday when suspected al-Shabaab militants hurled a grenade at a restaurant in the Somali capital, a police officer said.")
I("so-baidoa", "Somalia", "Baidoa", D2, "KILLED", "civilians", 3, "Bay")
A("so-baidoa", "2023-06-14T20:10", "Somali Guardian", "somaliguardian.com", "Mortar shells kill three in Baidoa",
  "BAIDOA - Three civilians were killed when mortar shells fired by al-Shabaab landed in residential areas near the airport in Baidoa, the seat of South West State, on Wednesday evening.")
I("so-jowhar", "Somalia", "Jowhar", D1, "KILLED", "soldiers", 2, "Middle Shabelle")
A("so-jowhar", "2023-06-13T14:15", "Hiiraan Online", "hiiraan.com", "Two soldiers killed in roadside bomb outside Jowhar",
  "Two Somali National Army soldiers were killed on Tuesday when a roadside bomb hit their vehicle on the outskirts of Jowhar, the capital of Middle Shabelle region.")
A("so-jowhar", "2023-06-13T18:45", "Somali National News Agency", "sonna.so", "Khawarij bomb kills two SNA troops near Jowhar",
  "JOWHAR - Two SNA soldiers were martyred on Tuesday after khawarij planted an explosive device on the road north of Jowhar. Security forces have launched a search operation.")
I("so-bulo-burde", "Somalia", "Bulo Burde", D1, "KILLED", "soldiers", 2, "Hiiraan")
A("so-bulo-burde", "2023-06-14T08:30", "Garowe Online", "garoweonline.com", "Al-Shabaab attacks base in Bulo Burde, two soldiers dead",
  "Two soldiers were killed late on Tuesday when al-Shabaab fighters attacked an army base in Bulo Burde in Hiiraan region, officials said. The militants were pushed back after an hour of fighting.")
I("so-dhobley", "Somalia", "Dhobley", D3, "KILLED", "soldiers", 1, "Lower Juba")
A("so-dhobley", "2023-06-15T13:20", "Somali Guardian", "somaliguardian.com", "Jubaland soldier killed in Dhobley blast",
  "DHOBLEY - A Jubaland forces soldier was killed on Thursday when a landmine exploded near a checkpoint on the outskirts of Dhobley, near the Kenyan border.")
A("so-dhobley", "2023-06-16T07:10", "Radio Dalsan", "radiodalsan.com", "One soldier dead in Dhoobley mine explosion",
  "One Jubaland soldier died on Thursday in a mine explosion near Dhoobley town in Lower Juba region, a local commander said.")

# ---------------- Kenya ----------------
I("ke-mpeketoni", "Kenya", "Mpeketoni", D2, "KILLED", "police", 2, "Lamu")
A("ke-mpeketoni", "2023-06-14T15:00", "The Star", "the-star.co.ke", "Two police officers killed as IED hits vehicle in Lamu",
  "Two police officers were killed on Wednesday when their vehicle ran over an improvised explosive device near Mpeketoni in Lamu West, police said. Three others were injured.")
A("ke-mpeketoni", "2023-06-14T19:30", "Nation", "nation.africa", "Two policemen dead in Lamu explosion",
  "Two policemen died after suspected al-Shabaab militants detonated a bomb under a police Land Cruiser on the Mpeketoni road in Lamu County on Wednesday afternoon.")
I("ke-garissa", "Kenya", "Garissa", D2, "KILLED", "police", 2, "Garissa")
A("ke-garissa", "2023-06-15T08:00", "Nation", "nation.africa", "Two police reservists shot dead in Garissa",
  "Two National Police Reservists were shot dead by suspected militants at a borehole in Garissa County late on Wednesday, the county police commander said.")

# ---------------- Ethiopia ----------------
I("et-gimbi", "Ethiopia", "Gimbi", D1, "KILLED", "civilians", 5, "Oromia")
A("et-gimbi", "2023-06-14T10:00", "Addis Standard", "addisstandard.com", "Five civilians killed in attack near Gimbi, West Wollega",
  "Five civilians were killed on Tuesday in an attack by armed men on a rural kebele near Gimbi town in West Wollega zone, residents told Addis Standard. Local officials blamed the OLA, which denied involvement.")
A("et-gimbi", "2023-06-14T16:40", "BBC Afaan Oromoo", "bbc.com", "Five killed in West Wollega attack",
  "Residents of Gimbi district in western Oromia say five people were killed in an attack on Tuesday. The regional government said \"the enemy\" had been pursued.")
I("et-dembi-dolo", "Ethiopia", "Dembi Dolo", D1, "KILLED", "civilians", 5, "Oromia")
A("et-dembi-dolo", "2023-06-15T09:30", "Addis Standard", "addisstandard.com", "Five killed in Dembi Dolo shooting",
  "Five people, including two teachers, were shot dead in Dembi Dolo town, Kellem Wollega, on Tuesday night, according to relatives.")

# ---------------- Sudan ----------------
I("sd-khartoum-1", "Sudan", "Khartoum", D1, "KILLED", "civilians", 8, "Khartoum")
A("sd-khartoum-1", "2023-06-13T13:20", "Sudan Tribune", "sudantribune.com", "Shelling kills at least six in southern Khartoum",
  "KHARTOUM, June 13, 2023 (Sudan Tribune) - At least six civilians were killed on Tuesday when artillery shells fell on homes in the Mayo neighbourhood of southern Khartoum, a resistance committee said.")
A("sd-khartoum-1", "2023-06-13T18:00", "Reuters", "reuters.com", "Shelling kills eight in Sudan's capital as fighting rages",
  "CAIRO, June 13 (Reuters) - Shelling killed eight civilians in a residential district of southern Khartoum on Tuesday, a local volunteer group said, as the army and the paramilitary Rapid Support Forces traded fire across the capital.")
A("sd-khartoum-1", "2023-06-14T08:10", "Radio Dabanga", "dabangasudan.org", "Eight killed in Mayo shelling",
  "The death toll from Tuesday's shelling of Mayo in Khartoum rose to eight, the Mayo emergency room said, adding that two children were among the dead.")
I("sd-nyala", "Sudan", "Nyala", D2, "KILLED", "civilians", 5, "South Darfur")
A("sd-nyala", "2023-06-14T17:30", "Radio Dabanga", "dabangasudan.org", "Five killed as fighting hits Nyala market",
  "Five civilians were killed on Wednesday when clashes between the army and the RSF reached the main market in Nyala, the capital of South Darfur, witnesses said.")
A("sd-nyala", "2023-06-15T09:00", "Sudan Tribune", "sudantribune.com", "Civilians killed in Nyala clashes",
  "NYALA, June 14, 2023 (Sudan Tribune) - Five people were killed by stray bullets and shells in central Nyala on Wednesday, a medical source said.")
I("sd-kutum", "Sudan", "Kutum", D2, "KILLED", "civilians", 5, "North Darfur")
A("sd-kutum", "2023-06-15T11:15", "Radio Dabanga", "dabangasudan.org", "Militiamen kill five in Kutum",
  "Armed militiamen on camels and motorcycles attacked Kutum locality in North Darfur on Wednesday, killing five residents and looting shops, a local leader said.")
I("sd-el-obeid", "Sudan", "El Obeid", D3, "WOUNDED", "civilians", 6, "North Kordofan")
A("sd-el-obeid", "2023-06-15T20:40", "Sudan Tribune", "sudantribune.com", "Six wounded in El Obeid shelling",
  "EL OBEID, June 15, 2023 (Sudan Tribune) - Six civilians were wounded on Thursday when shells fired by the RSF fell on a neighbourhood in the east of El Obeid.")
I("sd-khartoum-3", "Sudan", "Khartoum", D3, "KILLED", "civilians", 2, "Khartoum")
A("sd-khartoum-3", "2023-06-15T15:00", "Radio Dabanga", "dabangasudan.org", "Two killed by air strike in Khartoum's Kalakla",
  "Two civilians were killed in an air strike on Kalakla in the south of Khartoum on Thursday, the local emergency room said.")
A("sd-khartoum-3", "2023-06-16T06:30", "Sudan Tribune", "sudantribune.com", "Air strike kills two in Kalakla",
  "KHARTOUM, June 15, 2023 (Sudan Tribune) - A warplane struck a house in Kalakla on Thursday afternoon, killing two people, two days after shelling killed eight in nearby Mayo.")

# ---------------- South Sudan ----------------
I("ss-pibor", "South Sudan", "Pibor", D2, "KILLED", "civilians", 4, "Greater Pibor")
A("ss-pibor", "2023-06-14T16:20", "Radio Tamazuj", "radiotamazuj.org", "Four killed in cattle raid in Pibor",
  "Four people were killed and hundreds of cattle taken when armed youth raided a cattle camp in Pibor County on Wednesday, a local official said.")
A("ss-pibor", "2023-06-15T10:00", "Eye Radio", "eyeradio.org", "Cattle raiders kill 4 in GPAA",
  "Officials in the Greater Pibor Administrative Area say four people were killed in a cattle raid near Pibor town on Wednesday.")

# ---------------- DR Congo ----------------
I("cd-eringeti", "DR Congo", "Eringeti", D1, "KILLED", "civilians", 7, "North Kivu")
A("cd-eringeti", "2023-06-13T15:40", "Radio Okapi", "radiookapi.net", "At least five civilians killed in ADF attack near Eringeti",
  "At least five civilians were killed on Tuesday morning in an attack attributed to ADF rebels on a village near Eringeti, in Beni territory, civil society sources said.")
A("cd-eringeti", "2023-06-14T09:10", "Actualite.cd", "actualite.cd", "Beni: toll rises to seven after ADF raid",
  "The toll of Tuesday's raid near Eringeti, in the Beni territory, has risen to seven dead after two more bodies were found in the fields, the local administrator said.")
A("cd-eringeti", "2023-06-14T13:30", "Reuters", "reuters.com", "Suspected Islamist rebels kill seven in eastern Congo",
  "GOMA, Congo, June 14 (Reuters) - Suspected Islamist rebels killed seven civilians in a morning attack on a village near the boundary with Ituri in eastern Congo's North Kivu province on Tuesday, local officials said.")
I("cd-mutwanga", "DR Congo", "Mutwanga", D1, "KILLED", "civilians", 7, "North Kivu")
A("cd-mutwanga", "2023-06-14T17:00", "Radio Okapi", "radiookapi.net", "Seven dead in night attack on Mutwanga",
  "Seven people were killed on Tuesday night in an attack by armed men on Mutwanga, at the foot of the Rwenzori, in Beni territory, the army spokesman said.")
I("cd-fataki", "DR Congo", "Fataki", D2, "KILLED", "civilians", 4, "Ituri")
A("cd-fataki", "2023-06-14T18:20", "Radio Okapi", "radiookapi.net", "Four displaced people killed near Fataki",
  "Four displaced people were killed on Wednesday by CODECO militiamen near a displacement site in Fataki, Djugu territory, local sources said.")
A("cd-fataki", "2023-06-15T11:45", "Actualite.cd", "actualite.cd", "Djugu: CODECO kills four displaced persons",
  "CODECO militiamen killed four displaced persons who had gone to their fields on Wednesday in the Djugu territory, the head of the displacement camp said.")
I("cd-bunia", "DR Congo", "Bunia", D3, "WOUNDED", "civilians", 3, "Ituri")
A("cd-bunia", "2023-06-15T19:20", "Radio Okapi", "radiookapi.net", "Three wounded by gunfire in Bunia",
  "Three people were wounded by gunfire on Thursday evening in the Lumumba neighbourhood of Bunia, police said.")
I("cd-kiwanja", "DR Congo", "Kiwanja", D3, "KILLED", "civilians", 2, "North Kivu")
A("cd-kiwanja", "2023-06-15T14:10", "Radio Okapi", "radiookapi.net", "Two civilians killed in Kiwanja",
  "Two civilians were killed on Thursday in Kiwanja, in Rutshuru territory, in an area controlled by the M23 rebels, residents said.")
A("cd-kiwanja", "2023-06-16T09:00", "Actualite.cd", "actualite.cd", "Rutshuru: two people shot dead",
  "Two men were shot dead on Thursday in Rutshuru territory. Local civil society blamed the M23, which has not commented.")

# ---------------- Cameroon ----------------
I("cm-kolofata", "Cameroon", "Kolofata", D1, "KILLED", "civilians", 2, "Far North")
A("cm-kolofata", "2023-06-14T08:30", "Cameroon Tribune", "cameroon-tribune.cm", "Boko Haram kills two in Kolofata",
  "Two civilians were killed on Tuesday night when Boko Haram fighters raided a village in Kolofata district, Mayo-Sava division, administrative sources said.")
A("cm-kolofata", "2023-06-14T12:20", "Agence France-Presse", "afp.com", "Jihadists kill two in north Cameroon",
  "YAOUNDE (AFP) - Jihadists killed two people in a night raid near Kolofata in Cameroon's Far North region, close to the Nigerian border, a local official said Wednesday.")
I("cm-bamenda", "Cameroon", "Bamenda", D2, "KILLED", "soldiers", 2, "North-West")
A("cm-bamenda", "2023-06-14T20:30", "Mimi Mefo Info", "mimimefoinfos.com", "Two soldiers killed in Bamenda IED attack",
  "Two soldiers were killed on Wednesday when separatist fighters detonated an improvised explosive device on a military vehicle in Bamenda, sources said.")
A("cm-bamenda", "2023-06-15T10:40", "The Guardian Post", "theguardianpostcameroon.com", "Amba fighters kill two troops in Mezam",
  "Separatist fighters killed two troops in an ambush in the Mezam division, North-West region, on Wednesday afternoon, military sources said.")

# ---------------- Mozambique ----------------
I("mz-ancuabe", "Mozambique", "Ancuabe", D2, "KILLED", "civilians", 2, "Cabo Delgado")
A("mz-ancuabe", "2023-06-15T13:00", "Cabo Ligado", "acleddata.com", "Insurgents behead two in Ancuabe",
  "On 14 June, insurgents beheaded two men in a village of Ancuabe district, Cabo Delgado, according to local sources.")


# ---------------- Ukraine ----------------
I("ua-orikhiv", "Ukraine", "Orikhiv", D1, "KILLED", "civilians", 2, "Zaporizhzhia")
A("ua-orikhiv", "2023-06-13T12:40", "Ukrinform", "ukrinform.net", "Russian shelling kills two in Orikhiv",
  "Russian troops shelled Orikhiv in Zaporizhzhia region on Tuesday morning, killing two civilians, the head of the regional military administration said on Telegram.")
A("ua-orikhiv", "2023-06-13T16:15", "The Kyiv Independent", "kyivindependent.com", "Two residents killed in Zaporizhzhia Oblast",
  "Two residents of the front-line town of Orikhiv, a man and a woman aged 61 and 58, were killed by Russian artillery on June 13, regional authorities reported.")
I("ua-huliaipole", "Ukraine", "Huliaipole", D1, "KILLED", "civilians", 2, "Zaporizhzhia")
A("ua-huliaipole", "2023-06-14T07:30", "Suspilne", "suspilne.media", "Two people killed in Huliaipole after Russian strike",
  "Two local residents were killed in Huliaipole on Tuesday evening when a Russian guided bomb hit a private house, the regional administration said.")
I("ua-beryslav", "Ukraine", "Beryslav", D2, "KILLED", "civilians", 1, "Kherson")
A("ua-beryslav", "2023-06-14T11:50", "Ukrinform", "ukrinform.net", "Russian drone kills man in Beryslav",
  "A Russian drone dropped explosives on a man in Beryslav, Kherson region, on Wednesday, killing him, the regional military administration said.")
A("ua-beryslav", "2023-06-14T14:20", "Suspilne", "suspilne.media", "Man killed by drone drop in Beryslav district",
  "A 55-year-old man was killed by a munition dropped from a Russian drone in the town of Beryslav, on the right bank of the Dnipro, on June 14.")
I("ua-chornobaivka", "Ukraine", "Chornobaivka", D2, "KILLED", "civilians", 1, "Kherson")
A("ua-chornobaivka", "2023-06-14T21:10", "The Kyiv Independent", "kyivindependent.com", "Russian shelling kills woman in Chornobaivka",
  "A woman was killed when Russian shells hit Chornobaivka, just outside Kherson city, on the evening of June 14, Governor Oleksandr Prokudin said.")
I("ua-toretsk", "Ukraine", "Toretsk", D3, "KILLED", "civilians", 3, "Donetsk")
A("ua-toretsk", "2023-06-15T13:00", "Ukrinform", "ukrinform.net", "Three civilians killed in Toretsk",
  "Russian forces shelled Toretsk in Donetsk region on Thursday, killing three civilians and damaging a school, the regional governor said.")
A("ua-toretsk", "2023-06-15T18:40", "Reuters", "reuters.com", "Russian shelling kills three in eastern Ukrainian town",
  "KYIV, June 15 (Reuters) - Russian shelling killed three people in the town of Toretsk in Ukraine's eastern Donetsk region on Thursday, the regional governor said. \"They shell the town every day, and there is nowhere left to hide,\" he wrote on Telegram.")
I("ua-avdiivka", "Ukraine", "Avdiivka", D3, "WOUNDED", "civilians", 2, "Donetsk")
A("ua-avdiivka", "2023-06-16T08:00", "Suspilne", "suspilne.media", "Two wounded in Avdiivka",
  "Two civilians were wounded in Russian shelling of Avdiivka on Thursday, the head of the city military administration said.")

# ---------------- Russia ----------------
I("ru-graivoron", "Russia", "Graivoron", D2, "KILLED", "civilians", 1, "Belgorod")
A("ru-graivoron", "2023-06-14T12:10", "TASS", "tass.com", "Civilian killed in Ukrainian shelling of Graivoron",
  "BELGOROD, June 14. /TASS/. A civilian was killed in Ukrainian shelling of the town of Graivoron, Belgorod Region Governor Vyacheslav Gladkov said on Telegram.")
A("ru-graivoron", "2023-06-14T15:30", "Reuters", "reuters.com", "One killed in Ukrainian shelling of Russian border town - governor",
  "June 14 (Reuters) - One person was killed when Ukrainian forces shelled a town in Russia's Belgorod region on Wednesday, the regional governor said. Ukraine did not comment.")

# ---------------- Myanmar ----------------
I("mm-pauk", "Myanmar", "Pauk", D1, "KILLED", "civilians", 3, "Magway")
A("mm-pauk", "2023-06-13T17:00", "Myanmar Now", "myanmar-now.org", "Junta air strike kills three villagers in Pauk Township",
  "Three villagers were killed when a junta fighter jet bombed a village in Pauk Township, Magway Region, on Tuesday, local resistance forces said.")
A("mm-pauk", "2023-06-14T06:50", "The Irrawaddy", "irrawaddy.com", "Regime jet kills three in Magway",
  "A regime fighter jet bombed a village in Magway Region's Pauk on Tuesday afternoon, killing three civilians including a monk, residents said.")
I("mm-kani", "Myanmar", "Kani", D1, "KILLED", "civilians", 3, "Sagaing")
A("mm-kani", "2023-06-14T10:15", "Radio Free Asia", "rfa.org", "Troops kill three in Sagaing raid",
  "Junta troops killed three civilians during a raid on a village in Kani township, Sagaing region, on Tuesday, a member of the local defense force told RFA.")

# ---------------- India ----------------
I("in-kupwara", "India", "Kupwara", D1, "KILLED", "militants", 2, "Jammu and Kashmir")
A("in-kupwara", "2023-06-13T10:20", "Greater Kashmir", "greaterkashmir.com", "Two infiltrators killed along LoC in Kupwara",
  "Two infiltrators were killed as the Army foiled an infiltration bid along the Line of Control in the Machil sector of Kupwara district early on Tuesday, officials said.")
A("in-kupwara", "2023-06-13T13:10", "Press Trust of India", "ptinews.com", "Two terrorists killed in J-K's Kupwara",
  "SRINAGAR, June 13 (PTI) Two terrorists were killed by security forces in an infiltration bid in Kupwara district of Jammu and Kashmir on Tuesday, police said.")
I("in-sukma", "India", "Sukma", D3, "WOUNDED", "police", 2, "Chhattisgarh")
A("in-sukma", "2023-06-15T11:40", "Press Trust of India", "ptinews.com", "Two jawans injured in IED blast in Sukma",
  "RAIPUR, June 15 (PTI) Two police jawans were injured in an IED blast triggered by Naxalites in Chhattisgarh's Sukma district on Thursday, a police official said.")

# ---------------- Colombia ----------------
I("co-jamundi", "Colombia", "Jamundi", D2, "KILLED", "soldiers", 2, "Valle del Cauca")
A("co-jamundi", "2023-06-14T22:30", "El Tiempo", "eltiempo.com", "Two soldiers killed in attack in rural Jamundí",
  "Two soldiers were killed on Wednesday in an attack attributed to FARC dissidents in the rural area of Jamundí, Valle del Cauca, the army said.")
A("co-jamundi", "2023-06-15T14:00", "Agence France-Presse", "afp.com", "Two Colombian soldiers killed by FARC dissidents",
  "BOGOTA (AFP) - Two Colombian soldiers were killed in an explosives attack by FARC dissidents in the southwestern department of Valle del Cauca, the army said Thursday.")
I("co-tibu", "Colombia", "Tibu", D2, "KILLED", "soldiers", 2, "Norte de Santander")
A("co-tibu", "2023-06-15T02:40", "Semana", "semana.com", "Two soldiers killed by sniper in Tibú",
  "Two soldiers were killed by sniper fire on Wednesday evening in Tibú, Norte de Santander, in the Catatumbo region, where the ELN and dissidents operate.")

# ---------------- Mexico ----------------
I("mx-celaya", "Mexico", "Celaya", D1, "KILLED", "police", 2, "Guanajuato")
A("mx-celaya", "2023-06-13T23:50", "El Universal", "eluniversal.com.mx", "Two police officers shot dead in Celaya",
  "Two municipal police officers were shot dead on Tuesday afternoon while patrolling a neighbourhood in Celaya, Guanajuato, the city government said.")
A("mx-celaya", "2023-06-14T02:10", "Associated Press", "apnews.com", "Gunmen kill 2 police in violent central Mexico city",
  "MEXICO CITY (AP) - Gunmen killed two police officers on Tuesday in the central Mexico city of Celaya, where cartel violence has claimed dozens of officers in recent years, officials said.")
I("mx-irapuato", "Mexico", "Irapuato", D1, "KILLED", "police", 2, "Guanajuato")
A("mx-irapuato", "2023-06-14T04:30", "Milenio", "milenio.com", "Attack on patrol in Irapuato leaves two officers dead",
  "Two police officers were killed on Tuesday night when armed men attacked their patrol car in Irapuato, Guanajuato.")
I("mx-fresnillo", "Mexico", "Fresnillo", D3, "KILLED", "civilians", 4, "Zacatecas")
A("mx-fresnillo", "2023-06-15T22:00", "El Universal", "eluniversal.com.mx", "Armed attack in Fresnillo leaves four dead",
  "Four people were killed on Thursday when gunmen opened fire at a car wash in Fresnillo, Zacatecas, state prosecutors said.")
A("mx-fresnillo", "2023-06-16T03:20", "Milenio", "milenio.com", "Four murdered at car wash in Zacatecas",
  "Armed men killed four men at a car wash in the municipality of Fresnillo on Thursday, the Zacatecas prosecutor's office reported.")

# ---------------- Haiti ----------------
I("ht-croix-des-bouquets", "Haiti", "Croix-des-Bouquets", D2, "KILLED", "civilians", 3, "Ouest")
A("ht-croix-des-bouquets", "2023-06-14T20:00", "Le Nouvelliste", "lenouvelliste.com", "Three killed as gang attacks Croix-des-Bouquets",
  "Three people were killed on Wednesday when members of the 400 Mawozo gang attacked a neighbourhood of Croix-des-Bouquets, residents said.")
A("ht-croix-des-bouquets", "2023-06-15T09:15", "Haiti Libre", "haitilibre.com", "Gang violence: three dead in Croix-des-Bouquets",
  "Three civilians were shot dead on Wednesday in Croix-des-Bouquets, north-east of Port-au-Prince, in an attack attributed to the 400 Mawozo gang.")
I("ht-cabaret", "Haiti", "Cabaret", D3, "CAPTURE", "-", 0, "Ouest")
A("ht-cabaret", "2023-06-16T00:30", "Le Nouvelliste", "lenouvelliste.com", "Gang takes control of Cabaret police station",
  "Armed gang members seized the police sub-station of Cabaret on Thursday after officers withdrew, local officials said. No casualties were reported.")

# ---------------- Philippines ----------------
I("ph-datu-saudi", "Philippines", "Datu Saudi Ampatuan", D2, "KILLED", "soldiers", 2, "Maguindanao del Sur")
A("ph-datu-saudi", "2023-06-14T09:40", "Philippine News Agency", "pna.gov.ph", "Two soldiers killed in Maguindanao del Sur ambush",
  "Two Army soldiers were killed when suspected Dawlah Islamiyah militants ambushed a patrol in Datu Saudi Ampatuan, Maguindanao del Sur, on Wednesday morning, the military said.")
A("ph-datu-saudi", "2023-06-14T13:30", "Inquirer", "inquirer.net", "2 soldiers slain by IS-linked gunmen in Maguindanao",
  "COTABATO CITY - Two soldiers were killed in an ambush by Islamic State-linked gunmen in a village of Datu Saudi Ampatuan town on Wednesday.")
I("ph-las-navas", "Philippines", "Las Navas", D2, "KILLED", "soldiers", 2, "Eastern Visayas")
A("ph-las-navas", "2023-06-15T07:30", "Philippine News Agency", "pna.gov.ph", "2 soldiers killed in clash with NPA in Northern Samar",
  "Two soldiers were killed in an encounter with New People's Army rebels in Las Navas, Northern Samar, on Wednesday afternoon.")

# ---------------- Libya ----------------
I("ly-zawiya", "Libya", "Zawiya", D3, "KILLED", "civilians", 2, "Zawiya")
A("ly-zawiya", "2023-06-15T19:30", "Libya Observer", "libyaobserver.ly", "Two civilians killed in Zawiya clashes",
  "Two civilians were killed on Thursday by stray bullets during clashes between armed groups in the centre of Zawiya, west of Tripoli, the Zawiya Medical Centre said.")
A("ly-zawiya", "2023-06-16T08:40", "Libya Herald", "libyaherald.com", "Two killed as militias clash in Zawiya",
  "Militia clashes in the coastal city of Zawiya on Thursday left two civilians dead, a hospital spokesman said.")

# ---------------- Palestine ----------------
I("ps-aqabat-jabr", "Palestine", "Jericho", D3, "KILLED", "militants", 2, "West Bank")
A("ps-aqabat-jabr", "2023-06-15T08:30", "WAFA", "english.wafa.ps", "Two young men killed by occupation forces in Aqabat Jabr camp",
  "Two young men were killed at dawn today by occupation forces' gunfire during a raid on Aqabat Jabr refugee camp, south of Jericho, the Health Ministry said.")
A("ps-aqabat-jabr", "2023-06-15T11:10", "The Times of Israel", "timesofisrael.com", "Two gunmen killed in clash with troops near Jericho, IDF says",
  "Two Palestinian gunmen were killed in an exchange of fire with Israeli troops during an arrest raid in the Aqabat Jabr camp near Jericho early Thursday, the military said.")


# ---------------- second pass: further incidents (declared last, so their P ids follow) ----------------
I("sy-daraa-city", "Syria", "Daraa", D3, "KILLED", "civilians", 1, "Daraa")
A("sy-daraa-city", "2023-06-15T16:20", "Syrian Observatory for Human Rights", "syriahr.com", "Man shot dead in Daraa al-Balad",
  "A man was shot dead by gunmen in Daraa al-Balad, the old quarter of Daraa city, on Thursday afternoon. SOHR said the motive remains unknown.")
A("sy-daraa-city", "2023-06-16T08:45", "Daily Conflict Ledger", "conflictledger.example.org", "Daraa: civilian killed in Daraa city",
  "On 15 June 2023, unknown gunmen killed a civilian in the southern part of Daraa city.")
I("sy-qamishli", "Syria", "Qamishli", D1, "KILLED", "militia", 2, "Al-Hasakah")
A("sy-qamishli", "2023-06-13T15:05", "Hawar News Agency", "hawarnews.com", "Turkish drone targets car near Qamishlo, two fighters martyred",
  "A Turkish occupation drone targeted a car on the road east of Qamishlo on Tuesday, martyring two fighters of the Syrian Democratic Forces, the SDF media centre said.")
A("sy-qamishli", "2023-06-13T19:50", "Anadolu Agency", "aa.com.tr", "2 PKK/YPG terrorists neutralized in northern Syria",
  "Turkish security forces neutralized two PKK/YPG terrorists in an operation near Qamishli in northern Syria on Tuesday, security sources said.")
I("af-kunduz", "Afghanistan", "Kunduz", D3, "KILLED", "civilians", 1, "Kunduz")
A("af-kunduz", "2023-06-16T06:00", "Hasht-e Subh", "8am.media", "Teacher killed by unknown gunmen in Kunduz city",
  "A school teacher was shot dead by unknown gunmen near his home in Kunduz city on Thursday evening, sources said.")
I("ng-agatu", "Nigeria", "Agatu", D2, "KILLED", "civilians", 5, "Benue")
A("ng-agatu", "2023-06-14T18:00", "Channels Television", "channelstv.com", "Five killed in fresh attack on Agatu community",
  "Suspected herdsmen have killed five people in an attack on a community in Agatu Local Government Area of Benue State, the council chairman said on Wednesday.")
A("ng-agatu", "2023-06-15T08:20", "The Punch", "punchng.com", "Gunmen kill five in Benue",
  "At least five persons were killed when gunmen invaded a village in Agatu LGA of Benue State on Wednesday morning, police confirmed.")
I("pk-dera-bugti", "Pakistan", "Dera Bugti", D3, "KILLED", "civilians", 1, "Balochistan")
A("pk-dera-bugti", "2023-06-16T07:40", "Balochistan Post", "thebalochistanpost.net", "Labourer killed in Dera Bugti landmine blast",
  "A labourer was killed on Thursday when a landmine went off in the Pir Koh area of Dera Bugti district, local sources said.")
I("cd-kitshanga", "DR Congo", "Kitshanga", D3, "KILLED", "civilians", 2, "North Kivu")
A("cd-kitshanga", "2023-06-16T10:30", "Radio Okapi", "radiookapi.net", "Masisi: two civilians killed near Kitshanga",
  "Two civilians were killed on Thursday in clashes between M23 rebels and local armed groups near Kitshanga, in Masisi territory, local sources said.")
I("mx-celaya-3", "Mexico", "Celaya", D3, "KILLED", "civilians", 4, "Guanajuato")
A("mx-celaya-3", "2023-06-16T01:15", "Milenio", "milenio.com", "Four killed in attack on bar in Celaya",
  "Armed men burst into a bar in Celaya, Guanajuato, on Thursday night and opened fire, killing four people, two days after two police officers were murdered in the city.")
A("mx-celaya-3", "2023-06-16T04:40", "El Universal", "eluniversal.com.mx", "Gunmen kill four in Celaya bar",
  "Four people were killed and one injured in an armed attack on a bar in the Zona de Oro area of Celaya on Thursday, the state prosecutor said.")
I("ng-bama-3", "Nigeria", "Bama", D3, "KILLED", "civilians", 2, "Borno")
A("ng-bama-3", "2023-06-16T09:10", "Zagazola Makama", "zagazolamakama.com", "Two firewood collectors killed outside Bama",
  "Boko Haram terrorists on Thursday killed two firewood collectors on the outskirts of Bama town, sources said.")
I("iq-tarmiyah-3", "Iraq", "Tarmiyah", D3, "WOUNDED", "soldiers", 2, "Baghdad")
A("iq-tarmiyah-3", "2023-06-15T18:30", "Shafaq News", "shafaq.com", "Two soldiers injured in blast in Tarmiyah",
  "Two Iraqi soldiers were injured on Thursday when an explosive device went off near their patrol in al-Tarmiyah district, two days after a deadly ISIS attack in the same area.")

# extra reports of earlier incidents
A("sy-palmyra", "2023-06-13T20:30", "SANA", "sana.sy", "Four army personnel martyred in terrorist attack on bus in Homs countryside",
  "Homs, SANA - Four army personnel were martyred on Tuesday when a terrorist group attacked a bus carrying soldiers on the Palmyra-Deir Ezzor road in the eastern countryside of Homs, a military source said.")
A("so-mogadishu", "2023-06-15T09:00", "Daily Conflict Ledger", "conflictledger.example.org", "Mogadishu: three killed in grenade attack",
  "On 14 June 2023, a grenade thrown into a restaurant in Hamar Weyne, Mogadishu, killed three civilians and wounded five.")
A("sd-khartoum-1", "2023-06-14T12:30", "Agence France-Presse", "afp.com", "Eight civilians killed in Khartoum shelling: volunteers",
  "Shelling killed eight civilians in a southern district of Khartoum on Tuesday, volunteers said, as the war between rival generals entered its third month.")
A("af-kabul", "2023-06-14T16:30", "TOLOnews", "tolonews.com", "Blast in Kabul's Shar-e-Naw injures three",
  "A blast near a currency exchange market in Shar-e-Naw in Kabul city on Wednesday injured three people, the Kabul police spokesman said.")
A("ye-taiz", "2023-06-14T09:30", "Daily Conflict Ledger", "conflictledger.example.org", "Taiz: child killed by sniper",
  "On 13 June 2023, a boy was killed by sniper fire attributed to Ansar Allah in Taiz city.")
A("cd-mutwanga", "2023-06-15T08:30", "Actualite.cd", "actualite.cd", "Rwenzori sector: seven killed in Mutwanga",
  "Seven civilians were killed by suspected ADF rebels in Mutwanga, in the Rwenzori sector of Beni territory, on Tuesday night, local civil society said.")
A("ng-bukkuyum", "2023-06-14T16:00", "Daily Trust", "dailytrust.com", "Bandits kill six farmers in Zamfara",
  "Six farmers were killed by bandits on their farmlands in Bukkuyum area of Zamfara on Tuesday, the second deadly attack in the state that day.")

# ==== output (keep last) ====
def slug(s):
    s = s.lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")[:90]

def main():
    keys = list(INC)
    ids = {k: "P%03d" % (i + 1) for i, k in enumerate(keys)}
    used = {a[0] for a in ART}
    assert used == set(INC), (set(INC) - used, used - set(INC))
    arts = sorted(ART, key=lambda a: a[1])
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for n, (k, ts, src, dom, title, text) in enumerate(arts, 1):
            url = "https://www.%s/%s/%s" % (dom, ts[:10].replace("-", "/"), slug(title))
            o = {"id": "p%03d" % n, "publishedAt": ts, "source": src, "url": url,
                 "title": title, "text": text, "incident": ids[k]}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "incidents.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]) + "\n")
        for k in keys:
            c, town, d, t, g, n, adm = INC[k]
            f.write("\t".join([ids[k], c, town, d, t, g, str(n), adm]) + "\n")
    print(len(arts), "items,", len(keys), "incidents")

if __name__ == "__main__":
    main()
