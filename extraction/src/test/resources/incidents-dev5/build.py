#!/usr/bin/env python3
"""incident-stream 5 (November 2024): hand-written source of every item and incident.

Run `python3 build.py` to regenerate articles.jsonl and incidents.tsv beside this file.
Incidents are declared with symbolic keys; their N ids follow the order of declaration.
Items are declared by incident; their n ids follow the publication time.
Event days: Friday 8, Saturday 9 and Sunday 10 November 2024.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
F, S, U = "2024-11-08", "2024-11-09", "2024-11-10"

# key, country, town, date, type, victim_group, count, admin1
INCIDENTS = [
    # --- Ukraine ---
    ("ua-kharkiv-saltivka", "Ukraine", "Kharkiv", S, "KILLED", "civilians", 1, "Kharkiv Oblast"),
    ("ua-kharkiv-industrialnyi", "Ukraine", "Kharkiv", S, "KILLED", "civilians", 1, "Kharkiv Oblast"),
    ("ua-kupiansk", "Ukraine", "Kupiansk", S, "WOUNDED", "civilians", 2, "Kharkiv Oblast"),
    ("ua-kherson", "Ukraine", "Kherson", F, "KILLED", "civilians", 1, "Kherson Oblast"),
    ("ua-bilozerka", "Ukraine", "Bilozerka", F, "KILLED", "civilians", 1, "Kherson Oblast"),
    ("ua-nikopol", "Ukraine", "Nikopol", U, "WOUNDED", "civilians", 2, "Dnipropetrovsk Oblast"),
    ("ua-marhanets", "Ukraine", "Marhanets", U, "WOUNDED", "civilians", 2, "Dnipropetrovsk Oblast"),
    ("ua-zaporizhzhia", "Ukraine", "Zaporizhzhia", S, "KILLED", "civilians", 6, "Zaporizhzhia Oblast"),
    ("ua-kostiantynivka", "Ukraine", "Kostiantynivka", F, "KILLED", "civilians", 2, "Donetsk Oblast"),
    ("ua-druzhkivka", "Ukraine", "Druzhkivka", F, "KILLED", "civilians", 2, "Donetsk Oblast"),
    ("ua-sumy", "Ukraine", "Sumy", U, "WOUNDED", "civilians", 3, "Sumy Oblast"),
    ("ua-odesa", "Ukraine", "Odesa", S, "ATTACK", "-", 0, "Odesa Oblast"),
    ("ua-kyiv", "Ukraine", "Kyiv", U, "ATTACK", "-", 0, "Kyiv City"),
    ("ua-dnipro", "Ukraine", "Dnipro", F, "WOUNDED", "civilians", 9, "Dnipropetrovsk Oblast"),
    # --- Russia ---
    ("ru-shebekino", "Russia", "Shebekino", F, "KILLED", "civilians", 1, "Belgorod Oblast"),
    # --- Sudan ---
    ("sd-elfasher", "Sudan", "El Fasher", F, "KILLED", "civilians", 12, "North Darfur"),
    ("sd-omdurman-sat", "Sudan", "Omdurman", S, "KILLED", "civilians", 5, "Khartoum"),
    ("sd-omdurman-sun", "Sudan", "Omdurman", U, "KILLED", "civilians", 2, "Khartoum"),
    ("sd-bahri", "Sudan", "Bahri", U, "KILLED", "civilians", 2, "Khartoum"),
    ("sd-rufaa", "Sudan", "Rufaa", F, "KILLED", "civilians", 9, "Gezira"),
    ("sd-suki", "Sudan", "Suki", S, "CAPTURE", "-", 0, "Sennar"),
    ("sd-nyala", "Sudan", "Nyala", U, "KILLED", "civilians", 6, "South Darfur"),
    # --- Nigeria ---
    ("ng-butura", "Nigeria", "Butura", S, "KILLED", "civilians", 3, "Plateau"),
    ("ng-mushu", "Nigeria", "Mushu", S, "KILLED", "civilians", 3, "Plateau"),
    ("ng-kadauri", "Nigeria", "Kadauri", F, "KILLED", "civilians", 2, "Zamfara"),
    ("ng-damboa", "Nigeria", "Damboa", U, "KILLED", "soldiers", 2, "Borno"),
    ("ng-gwoza", "Nigeria", "Gwoza", F, "KILLED", "civilians", 4, "Borno"),
    ("ng-kankara", "Nigeria", "Kankara", S, "KILLED", "militia", 2, "Katsina"),
    ("ng-kauru", "Nigeria", "Kauru", U, "KILLED", "civilians", 7, "Kaduna"),
    ("ng-daudu", "Nigeria", "Daudu", U, "KILLED", "civilians", 7, "Benue"),
    ("ng-orlu", "Nigeria", "Orlu", F, "KILLED", "police", 2, "Imo"),
    # --- Somalia ---
    ("so-mog-kaaraan", "Somalia", "Mogadishu", F, "KILLED", "civilians", 2, "Banadir"),
    ("so-mog-wadajir", "Somalia", "Mogadishu", F, "KILLED", "civilians", 2, "Banadir"),
    ("so-mog-airport", "Somalia", "Mogadishu", U, "ATTACK", "-", 0, "Banadir"),
    ("so-balcad", "Somalia", "Balcad", S, "KILLED", "soldiers", 3, "Middle Shabelle"),
    ("so-qoryooley", "Somalia", "Qoryooley", S, "KILLED", "soldiers", 3, "Lower Shabelle"),
    ("so-baidoa", "Somalia", "Baidoa", S, "WOUNDED", "civilians", 3, "Bay"),
    ("so-afmadow", "Somalia", "Afmadow", U, "KILLED", "soldiers", 2, "Lower Juba"),
    # --- DR Congo ---
    ("cd-manguredjipa", "DR Congo", "Manguredjipa", F, "KILLED", "civilians", 10, "North Kivu"),
    ("cd-oicha", "DR Congo", "Oicha", S, "KILLED", "civilians", 3, "North Kivu"),
    ("cd-mavivi", "DR Congo", "Mavivi", S, "KILLED", "civilians", 3, "North Kivu"),
    ("cd-mpati", "DR Congo", "Mpati", U, "CAPTURE", "-", 0, "North Kivu"),
    ("cd-goma", "DR Congo", "Goma", F, "KILLED", "civilians", 2, "North Kivu"),
    ("cd-sake", "DR Congo", "Sake", S, "WOUNDED", "civilians", 4, "North Kivu"),
    # --- Burkina Faso ---
    ("bf-dori", "Burkina Faso", "Dori", F, "KILLED", "soldiers", 5, "Sahel"),
    ("bf-gayeri", "Burkina Faso", "Gayéri", S, "KILLED", "militia", 4, "Est"),
    ("bf-bogande", "Burkina Faso", "Bogandé", S, "KILLED", "militia", 4, "Est"),
    ("bf-tougan", "Burkina Faso", "Tougan", U, "KILLED", "civilians", 6, "Boucle du Mouhoun"),
    # --- Mali ---
    ("ml-timbuktu", "Mali", "Timbuktu", F, "WOUNDED", "civilians", 2, "Tombouctou"),
    ("ml-douentza", "Mali", "Douentza", S, "KILLED", "civilians", 3, "Mopti"),
    ("ml-menaka", "Mali", "Ménaka", U, "KILLED", "civilians", 5, "Ménaka"),
    ("ml-diboli", "Mali", "Diboli", U, "ATTACK", "-", 0, "Kayes"),
    # --- Niger ---
    ("ne-ouallam", "Niger", "Ouallam", S, "KILLED", "soldiers", 4, "Tillabéri"),
    ("ne-tillia", "Niger", "Tillia", U, "KILLED", "civilians", 3, "Tahoua"),
    ("ne-diffa", "Niger", "Diffa", F, "KILLED", "civilians", 2, "Diffa"),
    # --- Pakistan ---
    ("pk-mir-ali", "Pakistan", "Mir Ali", F, "KILLED", "soldiers", 3, "Khyber Pakhtunkhwa"),
    ("pk-razmak", "Pakistan", "Razmak", F, "KILLED", "soldiers", 3, "Khyber Pakhtunkhwa"),
    ("pk-dikhan", "Pakistan", "Dera Ismail Khan", S, "KILLED", "police", 2, "Khyber Pakhtunkhwa"),
    ("pk-tank", "Pakistan", "Tank", S, "KILLED", "police", 2, "Khyber Pakhtunkhwa"),
    ("pk-turbat", "Pakistan", "Turbat", U, "KILLED", "civilians", 5, "Balochistan"),
    ("pk-bajaur", "Pakistan", "Khar", F, "KILLED", "police", 1, "Khyber Pakhtunkhwa"),
    # --- Afghanistan ---
    ("af-kabul", "Afghanistan", "Kabul", U, "WOUNDED", "civilians", 5, "Kabul"),
    ("af-argo", "Afghanistan", "Argo", F, "KILLED", "civilians", 2, "Badakhshan"),
    # --- Myanmar ---
    ("mm-ye-u", "Myanmar", "Ye-U", S, "KILLED", "civilians", 6, "Sagaing"),
    ("mm-khin-u", "Myanmar", "Khin-U", U, "KILLED", "civilians", 3, "Sagaing"),
    ("mm-shwebo", "Myanmar", "Shwebo", U, "KILLED", "civilians", 3, "Sagaing"),
    ("mm-lashio", "Myanmar", "Lashio", F, "KILLED", "civilians", 3, "Shan"),
    # --- Palestine ---
    ("ps-jabalia", "Palestine", "Jabalia", F, "KILLED", "civilians", 17, "Gaza Strip"),
    ("ps-deir-al-balah", "Palestine", "Deir al-Balah", S, "KILLED", "civilians", 4, "Gaza Strip"),
    ("ps-khan-younis", "Palestine", "Khan Younis", S, "KILLED", "civilians", 4, "Gaza Strip"),
    ("ps-tulkarm", "Palestine", "Tulkarm", U, "KILLED", "militants", 2, "West Bank"),
    ("ps-mughayyir", "Palestine", "Al-Mughayyir", U, "ATTACK", "-", 0, "West Bank"),
    # --- Lebanon ---
    ("lb-tyre", "Lebanon", "Tyre", F, "KILLED", "civilians", 9, "South Lebanon"),
    ("lb-baalbek", "Lebanon", "Baalbek", S, "KILLED", "civilians", 5, "Baalbek-Hermel"),
    ("lb-nabatieh", "Lebanon", "Nabatieh", U, "KILLED", "civilians", 3, "Nabatieh"),
    # --- Syria ---
    ("sy-ariha", "Syria", "Ariha", F, "KILLED", "civilians", 2, "Idlib"),
    ("sy-sarmin", "Syria", "Sarmin", F, "KILLED", "civilians", 2, "Idlib"),
    ("sy-diban", "Syria", "Diban", S, "KILLED", "militia", 3, "Deir ez-Zor"),
    ("sy-jasim", "Syria", "Jasim", U, "KILLED", "civilians", 1, "Daraa"),
    # --- Iraq ---
    ("iq-daquq", "Iraq", "Daquq", S, "KILLED", "soldiers", 2, "Kirkuk"),
    ("iq-sinjar", "Iraq", "Sinjar", U, "KILLED", "militants", 2, "Nineveh"),
    # --- Yemen ---
    ("ye-taiz", "Yemen", "Taiz", F, "KILLED", "civilians", 1, "Taiz"),
    ("ye-dhale", "Yemen", "Al Dhale", S, "KILLED", "soldiers", 3, "Al Dhale"),
    # --- Haiti ---
    ("ht-solino", "Haiti", "Port-au-Prince", F, "KILLED", "civilians", 7, "Ouest"),
    ("ht-delmas", "Haiti", "Delmas", S, "KILLED", "police", 1, "Ouest"),
    ("ht-saint-marc", "Haiti", "Saint-Marc", U, "KILLED", "civilians", 3, "Artibonite"),
    # --- Mexico ---
    ("mx-culiacan-fri", "Mexico", "Culiacán", F, "KILLED", "civilians", 4, "Sinaloa"),
    ("mx-culiacan-sat", "Mexico", "Culiacán", S, "KILLED", "police", 2, "Sinaloa"),
    ("mx-chilpancingo", "Mexico", "Chilpancingo", S, "KILLED", "police", 2, "Guerrero"),
    ("mx-apatzingan", "Mexico", "Apatzingán", U, "WOUNDED", "soldiers", 3, "Michoacán"),
    # --- Colombia ---
    ("co-el-plateado", "Colombia", "El Plateado", F, "WOUNDED", "soldiers", 3, "Cauca"),
    ("co-el-tarra", "Colombia", "El Tarra", S, "KILLED", "soldiers", 2, "Norte de Santander"),
    ("co-jamundi", "Colombia", "Jamundí", U, "KILLED", "police", 1, "Valle del Cauca"),
    # --- Cameroon ---
    ("cm-kumbo", "Cameroon", "Kumbo", S, "KILLED", "civilians", 2, "North-West"),
    ("cm-mora", "Cameroon", "Mora", U, "KILLED", "civilians", 3, "Far North"),
    # --- Mozambique ---
    ("mz-macomia", "Mozambique", "Macomia", F, "KILLED", "civilians", 3, "Cabo Delgado"),
    ("mz-mocimboa", "Mozambique", "Mocímboa da Praia", U, "KILLED", "soldiers", 2, "Cabo Delgado"),
    # --- Ethiopia ---
    ("et-debre-markos", "Ethiopia", "Debre Markos", S, "KILLED", "civilians", 6, "Amhara"),
    # --- India ---
    ("in-bijapur", "India", "Bijapur", S, "KILLED", "police", 2, "Chhattisgarh"),
    # --- Kenya ---
    ("ke-mandera", "Kenya", "Mandera", S, "KILLED", "police", 2, "Mandera"),
]

DOMAINS = {
    "Reuters": "www.reuters.com", "AFP": "www.afp.com", "AP": "apnews.com", "Xinhua": "english.news.cn",
    "Al Jazeera": "www.aljazeera.com", "Anadolu Agency": "www.aa.com.tr", "BBC": "www.bbc.com", "RFI": "www.rfi.fr",
    "Ukrinform": "www.ukrinform.net", "Suspilne": "suspilne.media", "Kyiv Independent": "kyivindependent.com",
    "Ukrainska Pravda": "www.pravda.com.ua", "TASS": "tass.com",
    "Sudan Tribune": "sudantribune.com", "Dabanga": "www.dabangasudan.org",
    "Punch": "punchng.com", "Daily Trust": "dailytrust.com", "Premium Times": "www.premiumtimesng.com",
    "Channels TV": "www.channelstv.com", "HumAngle": "humanglemedia.com", "Vanguard": "www.vanguardngr.com",
    "The Guardian Nigeria": "guardian.ng",
    "Hiiraan Online": "www.hiiraan.com", "Somali Guardian": "somaliguardian.com", "Garowe Online": "www.garoweonline.com",
    "Radio Okapi": "www.radiookapi.net", "Actualite.cd": "actualite.cd", "7sur7.cd": "7sur7.cd",
    "Studio Tamani": "www.studiotamani.org", "ActuNiger": "www.actuniger.com",
    "Dawn": "www.dawn.com", "The Express Tribune": "tribune.com.pk", "Geo News": "www.geo.tv",
    "Tolo News": "tolonews.com", "Amu TV": "amu.tv",
    "The Irrawaddy": "www.irrawaddy.com", "Myanmar Now": "myanmar-now.org", "RFA": "www.rfa.org",
    "WAFA": "english.wafa.ps", "Times of Israel": "www.timesofisrael.com",
    "L'Orient Today": "today.lorientlejour.com", "NNA": "nna-leb.gov.lb",
    "SOHR": "www.syriahr.com", "Enab Baladi": "english.enabbaladi.net", "North Press Agency": "npasyria.com",
    "Shafaq News": "shafaq.com", "Rudaw": "www.rudaw.net", "Al-Masdar Online": "al-masdaronline.net",
    "Le Nouvelliste": "lenouvelliste.com", "AlterPresse": "www.alterpresse.org",
    "Milenio": "www.milenio.com", "El Universal": "www.eluniversal.com.mx",
    "El Tiempo": "www.eltiempo.com", "Semana": "www.semana.com",
    "Mimi Mefo Info": "mimimefoinfos.com", "Club of Mozambique": "clubofmozambique.com", "Lusa": "www.lusa.pt",
    "Addis Standard": "addisstandard.com", "The Hindu": "www.thehindu.com",
    "Times of India": "timesofindia.indiatimes.com", "Nation": "nation.africa",
    "Conflict Pulse Monitor": "conflictpulse.example.org",
}

# incident key, publishedAt (UTC), source, title, text
ITEMS = [
    # ===================== Ukraine =====================
    ("ua-kharkiv-saltivka", "2024-11-09T05:10:00Z", "Suspilne",
     "Shahed hits high-rise in Kharkiv's Saltivskyi district, woman killed",
     """A Russian attack drone struck a nine-storey apartment block in Kharkiv's Saltivskyi district at about 5:30 a.m. on Saturday, killing a 71-year-old woman, Kharkiv Mayor Ihor Terekhov said. Six other residents were injured, among them a teenage girl. Fire broke out on the upper floors and was put out by rescuers within an hour. "The flat on the seventh floor simply is not there any more," neighbour Valentyna Kovalenko told Suspilne."""),
    ("ua-kharkiv-saltivka", "2024-11-09T09:45:00Z", "Reuters",
     "Russian drone attack on Ukraine's Kharkiv kills one, injures six",
     """KYIV, Nov 9 (Reuters) - A Russian drone hit a residential building in Ukraine's second-largest city Kharkiv early on Saturday, killing one person and injuring six, regional governor Oleh Syniehubov said. The drone struck a high-rise in the city's northeast, he said on the Telegram messaging app. There was no immediate comment from Moscow, which denies targeting civilians."""),
    ("ua-kharkiv-saltivka", "2024-11-10T08:00:00Z", "Conflict Pulse Monitor",
     "Ukraine: UAV strike on residential block in Kharkiv",
     """On 9 November 2024, a Russian Shahed-type UAV hit a residential building in the Saltivka area of Kharkiv city, Kharkiv oblast, killing 1 civilian woman and injuring 8 other civilians (updated figure from the regional prosecutor's office)."""),

    ("ua-kharkiv-industrialnyi", "2024-11-09T16:35:00Z", "Ukrinform",
     "Russian guided bomb hits enterprise in Kharkiv, worker killed",
     """Russian forces dropped a guided aerial bomb on an industrial enterprise in Kharkiv's Industrialnyi district on Saturday evening, killing a 45-year-old employee, the head of the Kharkiv Regional Military Administration, Oleh Syniehubov, reported. Three more people were wounded and a warehouse caught fire. The bomb hit at about 17:40, he said."""),
    ("ua-kharkiv-industrialnyi", "2024-11-10T06:20:00Z", "Kyiv Independent",
     "Man killed as Russia drops KAB on Kharkiv factory",
     """Russia struck Kharkiv with a KAB glide bomb on the evening of Nov. 9, killing a man working at a local plant and injuring three of his colleagues, city officials said. It was the second deadly attack on the city that day, after a drone hit an apartment block in the morning. According to Mayor Ihor Terekhov, the bomb fell on the grounds of the enterprise in the city's eastern Industrialnyi district. The injured were taken to hospital with shrapnel wounds."""),

    ("ua-kupiansk", "2024-11-09T18:20:00Z", "Ukrainska Pravda",
     "Two injured in Russian shelling of Kupiansk",
     """Two men, aged 47 and 68, were wounded on Saturday when Russian artillery hit a residential part of Kupiansk in Kharkiv Oblast, Governor Oleh Syniehubov said. Russian troops have been trying to reach the town on the Oskil River for months."""),

    ("ua-kherson", "2024-11-08T08:05:00Z", "Ukrinform",
     "Russian drone kills cyclist in Kherson",
     """A Russian drone dropped an explosive on a man riding a bicycle in Kherson's Dniprovskyi district on Friday morning, the head of the Kherson Regional Military Administration, Oleksandr Prokudin, said. The 58-year-old died at the scene before medics arrived. Russian troops on the left bank of the Dnipro have for months been chasing people with small drones in the riverside districts of the city."""),
    ("ua-kherson", "2024-11-09T07:30:00Z", "Conflict Pulse Monitor",
     "Ukraine: civilian killed by drone in Kherson city",
     """On 8 November 2024, a Russian FPV drone attacked a civilian man on a bicycle in Kherson city (Dniprovskyi district), Kherson oblast, killing him."""),

    ("ua-bilozerka", "2024-11-08T13:40:00Z", "Suspilne",
     "Woman killed in Russian shelling of Bilozerka",
     """A 66-year-old woman was killed on Friday afternoon when a Russian shell hit her house in Bilozerka, a settlement about 15 km west of Kherson, the local military administration said. The house was destroyed. Bilozerka lies close to the Dnipro and is shelled almost daily from the occupied left bank."""),

    ("ua-nikopol", "2024-11-10T08:25:00Z", "Ukrainska Pravda",
     "Russians shell Nikopol, two men injured",
     """Russian forces shelled the city of Nikopol in Dnipropetrovsk Oblast with heavy artillery on the morning of 10 November, injuring two men aged 52 and 60, Serhii Lysak, head of the Dnipropetrovsk Oblast Military Administration, reported. Both were hospitalised in a moderate condition. A five-storey building, a gas pipeline and several cars were damaged."""),
    ("ua-nikopol", "2024-11-10T11:10:00Z", "Ukrinform",
     "Two residents wounded as Russia pounds Nikopol",
     """Two people have been injured in Nikopol by Russian artillery fire on Sunday, the regional governor said. The men, 52 and 60, are in hospital. Nikopol, across the former Kakhovka reservoir from the Russian-occupied Zaporizhzhia nuclear power plant, comes under fire almost every day."""),

    ("ua-marhanets", "2024-11-10T14:50:00Z", "Suspilne",
     "Drone hits car in Marhanets, two wounded",
     """A Russian FPV drone hit a passenger car in Marhanets on Sunday afternoon, wounding a 39-year-old woman and a 41-year-old man, the head of the Marhanets community said. Both were taken to hospital. Marhanets, in Nikopol district, lies on the northern shore of the former Kakhovka reservoir."""),

    ("ua-zaporizhzhia", "2024-11-09T12:40:00Z", "Reuters",
     "Russian missile strike on Ukraine's Zaporizhzhia kills at least four",
     """KYIV, Nov 9 (Reuters) - A Russian missile strike on the southeastern Ukrainian city of Zaporizhzhia killed at least four people and wounded 17 on Saturday, regional governor Ivan Fedorov said. Missiles hit an infrastructure facility and damaged nearby apartment buildings, he said. Rescuers were searching the rubble for people who might be trapped."""),
    ("ua-zaporizhzhia", "2024-11-09T14:55:00Z", "Ukrinform",
     "Death toll from Russian attack on Zaporizhzhia rises to five",
     """The number of people killed in Saturday's Russian missile strike on Zaporizhzhia has risen to five, the head of the Zaporizhzhia Regional Military Administration, Ivan Fedorov, said. Another 21 people were wounded, including two children. The missiles hit the city's Oleksandrivskyi district at about 13:20 local time."""),
    ("ua-zaporizhzhia", "2024-11-09T19:10:00Z", "AFP",
     "Six dead in Russian strike on Zaporizhzhia",
     """Six people were killed when Russian missiles struck the Ukrainian city of Zaporizhzhia on Saturday, officials said, after a woman pulled from the rubble died in hospital. "We heard two explosions, then the glass fell on us," said Larysa, 54, who lives in a block next to the damaged site. Zaporizhzhia lies some 35 kilometres from the front line in the south of the country."""),
    ("ua-zaporizhzhia", "2024-11-10T07:45:00Z", "Kyiv Independent",
     "Zaporizhzhia declares day of mourning after missile strike kills 6",
     """Zaporizhzhia declared Nov. 10 a day of mourning after a Russian missile strike on the city the day before killed six people and injured 24. Governor Ivan Fedorov said the attack targeted infrastructure in the city centre and damaged 11 apartment buildings, a kindergarten and dozens of cars."""),

    ("ua-kostiantynivka", "2024-11-08T10:50:00Z", "Ukrinform",
     "Russian shelling kills two in Kostiantynivka",
     """Two civilians were killed and three others wounded when Russian forces shelled the centre of Kostiantynivka in Donetsk region on Friday morning, the head of the Donetsk Regional Military Administration, Vadym Filashkin, said. Shells landed near the central market at around 10:30, damaging shops and a bus stop."""),
    ("ua-kostiantynivka", "2024-11-09T07:35:00Z", "Conflict Pulse Monitor",
     "Ukraine: shelling of Kostiantynivka market area",
     """On 8 November 2024, Russian artillery shelled the central market area of Kostiantynivka, Donetsk oblast, killing 2 civilians and wounding 3."""),

    ("ua-druzhkivka", "2024-11-08T17:30:00Z", "Ukrainska Pravda",
     "Russians drop aerial bomb on Druzhkivka, killing two",
     """A Russian guided aerial bomb struck a residential area of Druzhkivka on Friday afternoon, killing an elderly couple in their home, Donetsk Oblast Governor Vadym Filashkin said. Four houses were destroyed and more than 20 damaged. Druzhkivka lies between Kostiantynivka and Kramatorsk, in the part of Donetsk Oblast still held by Ukraine."""),

    ("ua-sumy", "2024-11-10T06:40:00Z", "Suspilne",
     "Drone attack on Sumy overnight injures three, including child",
     """Three people, including a nine-year-old boy, were injured when a Russian Shahed drone exploded in the courtyard of an apartment building in Sumy overnight, the Sumy regional administration said on Sunday. The explosion, at about 1 a.m., blew out windows in three buildings and set parked cars on fire."""),

    ("ua-odesa", "2024-11-09T05:50:00Z", "Ukrinform",
     "Russian drones hit port infrastructure in Odesa, no casualties",
     """Russian attack drones struck port infrastructure in Odesa at about 2 a.m. on Saturday, causing a fire at a warehouse, the head of the Odesa Regional Military Administration, Oleh Kiper, said. There were no casualties. Air defence forces shot down most of the drones over the region, he said."""),
    ("ua-odesa", "2024-11-09T08:20:00Z", "Reuters",
     "Russian drones damage Odesa port facilities overnight - governor",
     """KYIV, Nov 9 (Reuters) - Russian drones damaged port facilities in Ukraine's Black Sea city of Odesa overnight, setting a storage building ablaze, the regional governor said on Saturday. No one was hurt, he said. Odesa's ports handle most of Ukraine's grain exports and are a frequent target of Russian strikes."""),

    ("ua-kyiv", "2024-11-10T07:30:00Z", "Kyiv Independent",
     "Drone debris falls in Kyiv's Holosiivskyi district, no casualties",
     """Russia attacked Kyiv with drones early on Nov. 10, the Kyiv City Military Administration said, and debris from a downed drone fell on a road in the capital's Holosiivskyi district. No casualties were reported. Explosions were heard in the city shortly after 7 a.m. as air defence went into action."""),

    ("ua-dnipro", "2024-11-08T11:50:00Z", "Reuters",
     "Russian missile strike wounds seven in Ukraine's Dnipro",
     """KYIV, Nov 8 (Reuters) - A Russian missile attack on the central Ukrainian city of Dnipro wounded at least seven people on Friday, regional governor Serhiy Lysak said. The strike damaged a high-rise building and an administrative building, he said on Telegram."""),
    ("ua-dnipro", "2024-11-08T16:40:00Z", "Ukrinform",
     "Nine injured in Russian missile attack on Dnipro",
     """The number of people injured in Friday's Russian missile strike on Dnipro has risen to nine, Dnipropetrovsk regional governor Serhii Lysak said. Four of them are in hospital, one in a serious condition. The missile hit the city's Shevchenkivskyi district shortly after noon."""),

    # ===================== Russia =====================
    ("ru-shebekino", "2024-11-08T10:15:00Z", "TASS",
     "Civilian killed in Ukrainian drone attack on car in Shebekino",
     """BELGOROD, November 8. /TASS/. A civilian was killed when a Ukrainian drone attacked a car in the town of Shebekino in the Belgorod Region, Governor Vyacheslav Gladkov said on Friday. The man died at the scene from his injuries, the governor wrote on his Telegram channel. The car was destroyed."""),
    ("ru-shebekino", "2024-11-08T13:30:00Z", "Reuters",
     "Ukrainian drone kills driver in Russia's Belgorod region, governor says",
     """Nov 8 (Reuters) - A Ukrainian drone struck a car in Russia's Belgorod region on Friday, killing the driver, the regional governor said. The attack happened in the Shebekino district near the Ukrainian border, which has been shelled frequently since 2022, Vyacheslav Gladkov said. Reuters could not independently verify the report."""),

    # ===================== Sudan =====================
    ("sd-elfasher", "2024-11-08T15:10:00Z", "Reuters",
     "Shelling of camp near Sudan's El Fasher kills at least eight - activists",
     """CAIRO, Nov 8 (Reuters) - Artillery shelling by Sudan's paramilitary Rapid Support Forces killed at least eight people in the Abu Shouk camp for displaced people on the edge of El Fasher on Friday, a local activist group said. The El Fasher Resistance Committees said shells landed on a crowded market in the camp in the morning. The RSF did not respond to a request for comment. The paramilitary has besieged El Fasher, the army's last stronghold in Darfur, since May."""),
    ("sd-elfasher", "2024-11-08T20:30:00Z", "Sudan Tribune",
     "Ten killed as RSF shells Abu Shouk camp in North Darfur",
     """EL FASHER, November 8, 2024 (Sudan Tribune) - Ten civilians were killed and more than 20 wounded on Friday when the Rapid Support Forces (RSF) fired artillery shells at the Abu Shouk displacement camp north of El Fasher, local sources said. A camp official said most of the victims were women selling vegetables at the camp market. "They hit the market at the busiest hour," he said."""),
    ("sd-elfasher", "2024-11-09T09:15:00Z", "Dabanga",
     "12 dead after RSF bombardment of Abu Shouk market",
     """The death toll of the shelling of the market in Abu Shouk camp in El Fasher, capital of North Darfur, on Friday morning has risen to 12, the camp's coordination committee reported yesterday evening. About 30 people were injured, several of them children. The wounded were taken to the Saudi Hospital, which is working with few staff and supplies."""),
    ("sd-elfasher", "2024-11-09T13:40:00Z", "AFP",
     "Sudan paramilitary shelling kills 12 in Darfur displacement camp",
     """Shelling blamed on Sudan's paramilitary Rapid Support Forces killed 12 civilians on Friday in a displacement camp near the besieged city of El Fasher, a medical source told AFP on Saturday. The source at the Saudi Hospital said 30 wounded had been brought in. Abu Shouk camp houses tens of thousands of people displaced by earlier waves of fighting in Darfur."""),

    ("sd-omdurman-sat", "2024-11-09T16:20:00Z", "Sudan Tribune",
     "RSF shelling kills five at Omdurman bus station",
     """OMDURMAN, November 9, 2024 (Sudan Tribune) - Five civilians were killed and 14 others wounded on Saturday when artillery shells fired by the Rapid Support Forces fell on a minibus station in the Al-Thawra area of Omdurman, a medical source told Sudan Tribune. The shells were fired from RSF positions across the river, the source said."""),
    ("sd-omdurman-sat", "2024-11-10T01:30:00Z", "Xinhua",
     "5 civilians killed in RSF shelling on Sudan's Omdurman",
     """KHARTOUM, Nov. 9 (Xinhua) -- Five civilians were killed Saturday in artillery shelling by the paramilitary Rapid Support Forces (RSF) on Omdurman city, west of the capital Khartoum, the Sudanese Health Ministry said. "The RSF militia targeted a transport station in the Thawra district," the ministry said in a statement. The RSF has not commented."""),

    ("sd-omdurman-sun", "2024-11-11T08:40:00Z", "Dabanga",
     "Drone kills mother and son in Karari, Omdurman",
     """A woman and her teenage son were killed when a drone struck their house in Karari, in the north of Omdurman, on Sunday afternoon, neighbours told Dabanga. Both the army and the RSF have used drones over Omdurman in recent weeks, and neither side claimed the strike."""),

    ("sd-bahri", "2024-11-10T18:10:00Z", "Sudan Tribune",
     "Two killed in RSF shelling of Khartoum North",
     """KHARTOUM NORTH, November 10, 2024 (Sudan Tribune) - Two civilians were killed on Sunday when RSF shells hit houses in the Al-Kadaro neighbourhood in the north of Khartoum North (Bahri), a local emergency room said. The neighbourhood has been under army control since late September."""),

    ("sd-rufaa", "2024-11-08T18:50:00Z", "AFP",
     "Sudan paramilitaries kill at least seven in Gezira village: activists",
     """Sudan's Rapid Support Forces killed at least seven civilians on Friday when they stormed a village in the east of Gezira state, a pro-democracy group said. Fighters on motorbikes and pickup trucks opened fire on residents and looted houses, the Wad Madani Resistance Committees said in a statement. The attack took place in Rufaa locality, some 150 kilometres southeast of Khartoum."""),
    ("sd-rufaa", "2024-11-09T11:25:00Z", "Sudan Tribune",
     "Death toll of RSF attack near Rufa'a rises to nine",
     """PORT SUDAN, November 9, 2024 (Sudan Tribune) - Nine people were killed in an attack by the Rapid Support Forces on a village near Rufa'a in eastern Al-Jazirah state on Friday, local sources said. Two of the wounded died overnight. Residents said the attackers accused villagers of supporting the army since the defection of an RSF commander from the area last month."""),
    ("sd-rufaa", "2024-11-10T08:50:00Z", "Dabanga",
     "Nine dead in RSF raid on village in east Gezira",
     """Nine villagers were killed and at least 15 injured when RSF paramilitaries raided a village in Rufaa locality in eastern El Gezira on Friday, the Gezira Conference said in a statement yesterday. The group said the attackers also looted cattle, grain and cars."""),

    ("sd-suki", "2024-11-09T15:00:00Z", "Sudan Tribune",
     "Sudanese army retakes Al-Suki in Sennar state",
     """PORT SUDAN, November 9, 2024 (Sudan Tribune) - The Sudanese Armed Forces (SAF) on Saturday announced that they had retaken the town of Al-Suki on the Blue Nile in Sennar state from the Rapid Support Forces. An army spokesman said troops entered the town after clashes in the morning and were clearing its neighbourhoods."""),
    ("sd-suki", "2024-11-09T20:45:00Z", "Reuters",
     "Sudan's army says it has recaptured town in southeast",
     """DUBAI, Nov 9 (Reuters) - Sudan's army said on Saturday it had taken back the town of Suki in Sennar state, southeast of the capital, as it pressed an offensive against the Rapid Support Forces along the Blue Nile. The RSF said in a statement that its forces had carried out a "tactical repositioning" in the area. Residents reached by phone said soldiers were deployed in the town's market."""),
    ("sd-suki", "2024-11-10T10:30:00Z", "Al Jazeera",
     "Residents celebrate as Sudan army enters Es Suki",
     """Residents of Es Suki in Sudan's Sennar state poured into the streets after army troops entered the town on Saturday, ending months of control by the Rapid Support Forces, who swept through the state in the summer. Aid workers warned that mines and unexploded ordnance remained in parts of the town."""),

    ("sd-nyala", "2024-11-10T19:20:00Z", "Reuters",
     "Army air strike kills at least six in Sudan's Nyala, activists say",
     """Nov 10 (Reuters) - An air strike by the Sudanese army killed at least six people at a livestock market in Nyala, the capital of South Darfur state, which is controlled by the Rapid Support Forces, local activists said on Sunday. The army did not comment. It has carried out repeated air raids on RSF-held cities in Darfur."""),
    ("sd-nyala", "2024-11-11T09:30:00Z", "Dabanga",
     "Six killed in Sudanese Air Force raid on Nyala",
     """Six people, among them two children, were killed on Sunday when a Sudanese Air Force Antonov dropped barrel bombs on the livestock market in the south-east of Nyala, listeners told Radio Dabanga. Several shops and trucks were set on fire."""),

    # ===================== Nigeria =====================
    ("ng-butura", "2024-11-10T07:50:00Z", "Punch",
     "Gunmen kill three in Plateau community",
     """Gunmen on Saturday night attacked the Butura Kampani community in Bokkos Local Government Area of Plateau State, killing three residents. A community leader, Mr Daniel Monday, said the attackers came in around 7pm and shot sporadically as people ran into the bush. "We have buried three of our people this morning," he said. The police spokesman in the state said a team had been deployed to the area."""),
    ("ng-butura", "2024-11-10T11:30:00Z", "Daily Trust",
     "Suspected herders kill 3 in Bokkos",
     """Three persons were killed when suspected armed herders invaded Butura, a village in Bokkos LGA of Plateau State, on Saturday. The chairman of the LGA condemned the attack and urged security agencies to pursue the attackers. Bokkos has seen repeated deadly attacks since December 2023."""),
    ("ng-butura", "2024-11-10T16:00:00Z", "Channels TV",
     "Police confirm killing of three in Plateau attack",
     """The Plateau State Police Command has confirmed the killing of three people in an attack on Butura in Bokkos LGA on Saturday evening. The command said in a statement on Sunday that tactical teams had been deployed and that no arrest had yet been made."""),

    ("ng-mushu", "2024-11-10T09:40:00Z", "Premium Times",
     "Three farmers killed on their farms in Plateau",
     """Three farmers were killed on Saturday afternoon while harvesting on their farms near Mushu, a village in Bokkos Local Government Area of Plateau State, residents have said. A youth leader in the area said the farmers were attacked by armed men who fled after the shooting. Their bodies were recovered by a search party later in the day."""),

    ("ng-kadauri", "2024-11-09T08:20:00Z", "Daily Trust",
     "Bandits kill 2, abduct over 20 in Zamfara",
     """Bandits in the early hours of Friday stormed Kadauri town in Maru Local Government Area of Zamfara State, killing two people and abducting more than 20 others, mostly women and children. A resident said the gunmen, who came on dozens of motorcycles, moved from house to house for hours."""),
    ("ng-kadauri", "2024-11-09T13:05:00Z", "Premium Times",
     "Zamfara: Bandits abduct 23, kill village head's son",
     """Armed bandits have abducted 23 people and killed two others in an attack on Kadauri, in Maru LGA of Zamfara State. Among those killed was a son of the village head, a local official said. The attack happened in the early hours of Friday. The Zamfara State Police Command did not respond to inquiries."""),

    ("ng-damboa", "2024-11-10T15:30:00Z", "HumAngle",
     "ISWAP fighters attack military base in Damboa, two soldiers killed",
     """Fighters of the Islamic State West Africa Province (ISWAP) attacked a military base in Damboa, Borno State, at dawn on Sunday, killing two soldiers, military sources told HumAngle. The fighters came in gun trucks and engaged troops for about two hours before withdrawing. A member of the Civilian Joint Task Force said several houses near the base were burnt."""),
    ("ng-damboa", "2024-11-11T02:10:00Z", "Xinhua",
     "2 soldiers killed as Nigerian troops repel militant attack in northeast",
     """LAGOS, Nov. 10 (Xinhua) -- Two Nigerian soldiers were killed when Boko Haram militants attacked a military base in the northeastern state of Borno on Sunday, the army said. Troops repelled the attack in Damboa town and neutralized 11 terrorists, an army spokesman said in a statement."""),

    ("ng-gwoza", "2024-11-09T10:10:00Z", "The Guardian Nigeria",
     "Insurgents kill four firewood gatherers near Gwoza",
     """Boko Haram insurgents on Friday killed four men who had gone to fetch firewood near Gwoza in southern Borno State, local vigilantes said. The victims, residents of a camp for displaced people in the town, were attacked on the outskirts of Gwoza. Their bodies were brought back to the camp on Friday evening."""),

    ("ng-kankara", "2024-11-10T12:00:00Z", "Vanguard",
     "Bandits kill two Katsina Community Watch members",
     """Two members of the Katsina State Community Watch Corps were killed on Saturday when bandits ambushed their patrol near Kankara, headquarters of Kankara Local Government Area. The corps, set up by the state government in 2023 to support security agencies, has lost several members to bandit attacks."""),

    ("ng-kauru", "2024-11-10T18:40:00Z", "Punch",
     "Gunmen kill five in southern Kaduna village",
     """Gunmen attacked a village in Kauru Local Government Area of Kaduna State on Sunday, killing five people, residents said. One resident said the attackers struck while people were returning from church and shot at anyone they saw. The state police command said it was aware of the attack."""),
    ("ng-kauru", "2024-11-11T13:15:00Z", "Vanguard",
     "Kaduna attack: Death toll rises to seven",
     """The death toll from Sunday's attack on a community in Kauru LGA of southern Kaduna has risen to seven, the Kaduna State Government said on Monday. The state Commissioner for Internal Security said two of the wounded died in hospital and that troops had been deployed to the area."""),

    ("ng-kauru", "2024-11-12T09:20:00Z", "Daily Trust",
     "Seven victims of Kauru attack buried",
     """Seven people killed when gunmen attacked a village in Kauru Local Government Area of Kaduna State on Sunday were given a mass burial on Monday amid tight security. A community leader said the victims included two women and a teenage boy, and that several houses were burnt during the attack. Residents urged the state government to station troops permanently in the area."""),

    ("ng-daudu", "2024-11-11T10:20:00Z", "Channels TV",
     "Seven killed in fresh attack in Benue",
     """At least seven people were killed when suspected herdsmen yesterday attacked Daudu in Guma Local Government Area of Benue State. The chairman of Guma LGA said the attackers also burnt houses and farm produce. The Benue State Police Command confirmed the attack."""),

    ("ng-orlu", "2024-11-08T17:10:00Z", "Punch",
     "Gunmen kill two policemen in Imo",
     """Two police officers were killed on Friday when gunmen attacked a checkpoint in Orlu, Imo State. The attackers, who came in a Sienna vehicle, opened fire on the officers and set the patrol van ablaze, witnesses said. The police blamed the attack on members of the proscribed Indigenous People of Biafra and its armed wing, the Eastern Security Network."""),

    # ===================== Somalia =====================
    ("so-mog-kaaraan", "2024-11-08T18:40:00Z", "Hiiraan Online",
     "Two killed in grenade attack on Mogadishu teashop",
     """Two people were killed and four others wounded on Friday evening when unknown attackers hurled a hand grenade into a teashop in Mogadishu's Kaaraan district, police and witnesses said. A police officer at the scene said the attackers fled on foot. No group immediately claimed responsibility."""),
    ("so-mog-kaaraan", "2024-11-09T07:25:00Z", "Somali Guardian",
     "Grenade attack in Karan district leaves 2 dead",
     """MOGADISHU - Two civilians died after a grenade was thrown into a busy tea shop in Karan district, in the north of the capital, last night. Residents said the shop was frequented by soldiers, who were believed to be the target. Al-Shabaab is often blamed for such attacks."""),

    ("so-mog-wadajir", "2024-11-08T09:10:00Z", "Garowe Online",
     "Roadside bomb kills two in Mogadishu's Wadajir district",
     """MOGADISHU - A roadside bomb struck a three-wheeled taxi in Mogadishu's Wadajir district on Friday morning, killing two passengers, police said. The blast went off near a junction used by military vehicles heading to the Afgoye road. A police spokesman said the bomb was likely meant for a security convoy."""),
    ("so-mog-wadajir", "2024-11-09T00:50:00Z", "Xinhua",
     "2 killed in roadside bomb blast in Somali capital",
     """MOGADISHU, Nov. 8 (Xinhua) -- Two civilians were killed on Friday when a roadside bomb hit a rickshaw in the southern part of Mogadishu, police said. "The bomb was planted by the terrorists on the road and it hit the bajaj carrying passengers," police officer Abdi Ahmed told Xinhua by phone. No group has claimed responsibility for the blast."""),

    ("so-mog-airport", "2024-11-10T17:20:00Z", "Hiiraan Online",
     "Mortar shells land near Mogadishu airport, no casualties",
     """Several mortar shells were fired towards Mogadishu's Aden Adde International Airport on Sunday afternoon, with at least three landing in open ground inside the Halane base complex, security sources said. No casualties were reported. Al-Shabaab said on its affiliated websites that it had targeted the base."""),

    ("so-balcad", "2024-11-09T12:30:00Z", "Garowe Online",
     "Three soldiers killed in IED blast near Balcad",
     """BALCAD - Three Somali National Army soldiers were killed on Saturday morning when an improvised explosive device struck their vehicle on the outskirts of Balcad town in Middle Shabelle region, a military officer said. Two other soldiers were injured. Al-Shabaab claimed the attack, saying it had killed seven soldiers, a figure that could not be verified."""),
    ("so-balcad", "2024-11-09T15:45:00Z", "Somali Guardian",
     "Roadside blast hits army truck north of Mogadishu",
     """A roadside bomb tore through a military truck near Balad, about 30 km north of Mogadishu, on Saturday, killing three soldiers, local residents and officials said. The soldiers were on their way to a frontline position in Middle Shabelle."""),
    ("so-balcad", "2024-11-10T08:10:00Z", "Conflict Pulse Monitor",
     "Somalia: IED kills three SNA soldiers in Middle Shabelle",
     """On 9 November 2024, an IED attributed to al-Shabaab hit an SNA vehicle near Balcad, Middle Shabelle region, killing 3 soldiers and wounding 2. Al-Shabaab claimed 7 killed."""),

    ("so-qoryooley", "2024-11-09T19:30:00Z", "Hiiraan Online",
     "Al-Shabaab attack on base near Qoryooley kills three soldiers",
     """Three Somali soldiers were killed when al-Shabaab fighters attacked a military base on the outskirts of Qoryooley in Lower Shabelle region on Saturday afternoon, a local commander said. The commander said the attackers were pushed back after an hour of fighting."""),

    ("so-baidoa", "2024-11-10T00:40:00Z", "Xinhua",
     "3 injured as mortar shells hit residential area in Somalia's Baidoa",
     """MOGADISHU, Nov. 9 (Xinhua) -- Three civilians were injured on Saturday night when mortar shells fired by al-Shabaab militants landed in a residential area in Baidoa, the administrative capital of Somalia's South West State, officials said. A local official told Xinhua the injured were a woman and her two children."""),

    ("so-afmadow", "2024-11-10T16:10:00Z", "Garowe Online",
     "Two Jubaland soldiers killed in al-Shabaab raid near Afmadow",
     """KISMAYO - Two Jubaland soldiers were killed on Sunday when al-Shabaab militants raided a forward position near Afmadow in Lower Juba region, a Jubaland security official said. The official said reinforcements were sent from Afmadow town and the militants withdrew towards the Juba valley."""),

    # ===================== DR Congo =====================
    ("cd-manguredjipa", "2024-11-08T19:40:00Z", "Radio Okapi",
     "Lubero: at least seven civilians killed in ADF attack near Manguredjipa",
     """At least seven civilians were killed on Friday in an attack attributed to ADF rebels on a village near Manguredjipa, in the Bapere sector of Lubero territory (North Kivu), local civil society said. The attackers arrived in the afternoon armed with machetes and guns, and several houses were set on fire. The civil society president of the sector called on the FARDC and the UPDF to reinforce their positions."""),
    ("cd-manguredjipa", "2024-11-09T10:30:00Z", "Reuters",
     "Suspected Islamist rebels kill at least eight in eastern Congo",
     """GOMA, Nov 9 (Reuters) - Suspected Allied Democratic Forces (ADF) rebels killed at least eight civilians in an attack in Lubero territory in Democratic Republic of Congo's North Kivu province on Friday, a local official said. The ADF, which originated in Uganda and has pledged allegiance to Islamic State, has killed thousands of people in eastern Congo in recent years."""),
    ("cd-manguredjipa", "2024-11-09T17:50:00Z", "Actualite.cd",
     "Manguredjipa: toll of ADF attack rises to 10 dead",
     """Ten bodies have been recovered after Friday's ADF attack near Manguredjipa, in Lubero territory, the local chief said on Saturday. Three of the bodies were found in fields outside the village during a search on Saturday morning. Several residents are still missing and hundreds have fled towards Manguredjipa centre."""),
    ("cd-manguredjipa", "2024-11-10T08:20:00Z", "Conflict Pulse Monitor",
     "DRC: ADF attack in Lubero territory",
     """On 8 November 2024, ADF militants attacked a village near Manguredjipa (Bapere sector, Lubero territory, North Kivu), killing 10 civilians with machetes and firearms and burning houses."""),

    ("cd-oicha", "2024-11-09T16:10:00Z", "Radio Okapi",
     "Beni: three farmers killed by ADF near Oicha",
     """Three farmers were killed on Saturday morning in their fields about five kilometres from Oicha, the chief town of Beni territory, by presumed ADF rebels, local sources said. Their bodies were taken to the Oicha general hospital. The army said it had launched a pursuit of the attackers."""),
    ("cd-oicha", "2024-11-10T08:30:00Z", "Actualite.cd",
     "North Kivu: 3 civilians killed in Oicha, ADF blamed",
     """Three civilians were killed on Saturday on the outskirts of Oicha, in Beni territory, in an attack attributed to the ADF. The victims were working in their fields when they were attacked with machetes, according to the mayor of the rural commune of Oicha."""),

    ("cd-mavivi", "2024-11-10T10:00:00Z", "7sur7.cd",
     "Beni: three civilians killed in night attack at Mavivi",
     """Three civilians were killed on Saturday night in an attack by presumed ADF rebels in Mavivi, a locality near Beni airport in Beni territory, civil society said. A house and two shops were looted and burned. The attack caused panic and many residents spent the night in the city of Beni."""),

    ("cd-mpati", "2024-11-10T17:30:00Z", "Radio Okapi",
     "Masisi: M23 rebels occupy Mpati",
     """M23 rebels took control of the locality of Mpati, in the Bashali chiefdom of Masisi territory, on Sunday after several hours of fighting with Wazalendo groups, local sources said. Thousands of displaced people living in the Mpati camps fled northwards."""),
    ("cd-mpati", "2024-11-11T09:00:00Z", "AFP",
     "M23 rebels seize another locality in eastern DR Congo",
     """GOMA - M23 rebels on Sunday seized Mpati, a locality in Masisi territory northwest of Goma, local officials and a UN source said, extending their control in North Kivu province. The rebels, backed by Rwanda according to UN experts, were fighting pro-government militias known as Wazalendo. There was no immediate toll."""),

    ("cd-goma", "2024-11-09T08:10:00Z", "Actualite.cd",
     "Goma: two men shot dead by armed bandits in Ndosho",
     """Two men, a money changer and a motorcycle taxi driver, were shot dead on Friday evening by armed men in the Ndosho quarter of Goma, in the west of the city. Residents said the attackers, wearing military uniforms, robbed the money changer before opening fire. Insecurity in Goma has grown as hundreds of thousands of displaced people crowd into camps around the city."""),

    ("cd-sake", "2024-11-09T17:00:00Z", "Radio Okapi",
     "Sake: four wounded by a bomb fallen near the market",
     """Four people were wounded on Saturday when a bomb fell near the central market of Sake, about 25 kilometres west of Goma, local sources said. Residents said the shell was fired from the hills where M23 rebels and the army have been fighting."""),

    # ===================== Burkina Faso =====================
    ("bf-dori", "2024-11-09T12:20:00Z", "AFP",
     "Five Burkina soldiers killed in jihadist ambush: security sources",
     """Five soldiers were killed on Friday when suspected jihadists ambushed a supply convoy near Dori in northern Burkina Faso, security sources told AFP on Saturday. "The convoy was attacked about 20 kilometres from Dori on its way back from Seytenga," one source said. Several vehicles were burned. The military government rarely comments on attacks."""),
    ("bf-dori", "2024-11-10T08:25:00Z", "Conflict Pulse Monitor",
     "Burkina Faso: ambush on army convoy in Seno",
     """On 8 November 2024, suspected JNIM militants ambushed an army supply convoy on the Dori-Seytenga axis, Seno province, Sahel region, killing 5 soldiers."""),

    ("bf-gayeri", "2024-11-10T11:00:00Z", "AFP",
     "Four army auxiliaries killed in eastern Burkina",
     """Four members of the Volunteers for the Defence of the Homeland (VDP), civilian auxiliaries of the Burkinabe army, were killed on Saturday in an attack near Gayeri in the east of the country, a local source said. The attackers also took away livestock, the source added."""),
    ("bf-gayeri", "2024-11-11T08:00:00Z", "Conflict Pulse Monitor",
     "Burkina Faso: VDP killed in Komondjari",
     """On 9 November 2024, militants attacked VDP members near Gayéri, Komondjari province, Est region, killing 4 VDP."""),

    ("bf-bogande", "2024-11-11T08:05:00Z", "Conflict Pulse Monitor",
     "Burkina Faso: VDP post attacked near Bogandé",
     """On 9 November 2024, JNIM militants attacked a VDP post on the outskirts of Bogandé, Gnagna province, Est region, killing 4 VDP members and burning two motorbikes."""),

    ("bf-tougan", "2024-11-11T08:10:00Z", "Conflict Pulse Monitor",
     "Burkina Faso: civilians executed in Sourou",
     """On 10 November 2024, JNIM militants executed 6 civilians in a village of Tougan department, Sourou province, Boucle du Mouhoun region."""),
    ("bf-tougan", "2024-11-11T10:40:00Z", "AFP",
     "Six civilians killed in northwest Burkina: sources",
     """Suspected jihadists killed six civilians on Sunday in a village near Tougan in northwestern Burkina Faso, local and security sources told AFP. The attackers gathered the men of the village before shooting them, a resident who fled to Tougan said by phone. Sourou province, on the border with Mali, has been hit by repeated attacks."""),

    # ===================== Mali =====================
    ("ml-timbuktu", "2024-11-08T20:00:00Z", "Studio Tamani",
     "Timbuktu: two injured after shells fired on the city",
     """Two people were injured on Friday afternoon when shells fell on the Abaradjou neighbourhood of Timbuktu, local sources said. The projectiles were fired from outside the city, which has been under a blockade by JNIM jihadists since August 2023."""),

    ("ml-douentza", "2024-11-10T13:15:00Z", "AFP",
     "Three bus passengers killed in central Mali attack",
     """Three passengers were killed on Saturday when gunmen fired on a bus on the road between Douentza and Boni in central Mali, local officials said. The bus was travelling to Gao. The road, which crosses an area where jihadists linked to Al-Qaeda are active, is regularly targeted."""),
    ("ml-douentza", "2024-11-10T17:30:00Z", "Studio Tamani",
     "Douentza: three dead in attack on passenger bus",
     """A passenger bus was attacked on Saturday around 40 kilometres from Douentza on the road to Boni. Three passengers died and several were injured, according to a member of the transporters' union. The wounded were taken to the Douentza health centre."""),

    ("ml-menaka", "2024-11-11T07:30:00Z", "RFI",
     "Mali: five herders killed near Ménaka",
     """Five herders were killed on Sunday in an attack on their camp about 30 kilometres north of Ménaka, in north-eastern Mali, local sources told RFI. The attack was blamed on the Islamic State in the Sahel, which controls much of the countryside around the town. The attackers took away dozens of cattle."""),

    ("ml-diboli", "2024-11-10T19:00:00Z", "Studio Tamani",
     "Diboli: armed men attack customs post, no casualties",
     """Armed men attacked the customs post at Diboli, on the border with Senegal in the Kayes region, in the early hours of Sunday, local sources said. The attackers set fire to a vehicle before withdrawing. No casualties were reported."""),

    # ===================== Niger =====================
    ("ne-ouallam", "2024-11-10T08:30:00Z", "Conflict Pulse Monitor",
     "Niger: army patrol ambushed near Ouallam",
     """On 9 November 2024, suspected IS Sahel militants ambushed a Nigerien army patrol near Ouallam, Tillabéri region, killing 4 soldiers."""),
    ("ne-ouallam", "2024-11-12T10:00:00Z", "AFP",
     "Niger army says four soldiers killed in west",
     """Four Nigerien soldiers were killed on Saturday in an ambush in the Ouallam area of western Niger, the defence ministry said in its weekly operations report published on Monday night. The ministry said "several terrorists" were also killed and motorbikes seized. The Tillaberi region, near the borders with Mali and Burkina Faso, is the scene of frequent attacks."""),

    ("ne-tillia", "2024-11-11T11:00:00Z", "ActuNiger",
     "Tillia: three civilians killed by armed men",
     """Three civilians were killed on Sunday by armed men on motorbikes near Tillia, in the Tahoua region, local sources said. The victims were returning from the weekly market. Security forces have been sent to the area."""),

    ("ne-diffa", "2024-11-09T09:40:00Z", "AFP",
     "Two killed, six kidnapped near Niger's Diffa",
     """Suspected Boko Haram jihadists killed two people and kidnapped six others on Friday in a village near Diffa in southeastern Niger, a local official said. The gunmen came on foot across the Komadougou Yobe river, which marks the border with Nigeria, the official said."""),

    # ===================== Pakistan =====================
    ("pk-mir-ali", "2024-11-08T09:30:00Z", "Dawn",
     "Three soldiers martyred in North Waziristan attack",
     """Three soldiers were martyred when terrorists attacked a security forces' check post in the Mir Ali area of North Waziristan district early on Friday, the military's media wing said. According to the ISPR, troops responded effectively and four terrorists were killed in the exchange of fire. A sanitisation operation was under way in the area, it added."""),
    ("pk-mir-ali", "2024-11-08T11:15:00Z", "AP",
     "Militants attack army post in northwest Pakistan, killing 3 soldiers",
     """PESHAWAR, Pakistan (AP) - Militants attacked an army post in a former tribal region of northwest Pakistan near the Afghan border on Friday, killing three soldiers, the military said. No group claimed responsibility, but suspicion is likely to fall on the Pakistani Taliban, who have stepped up attacks on security forces. Officials said the attack happened in North Waziristan."""),
    ("pk-mir-ali", "2024-11-09T04:40:00Z", "The Express Tribune",
     "Mir Ali checkpost attack: three soldiers laid to rest",
     """Funeral prayers of the three soldiers martyred in Friday's attack on a check post in Mir Ali were held at the garrison in Miranshah. The bodies were later sent to their home towns in Punjab and Khyber-Pakhtunkhwa for burial. Security officials said the attackers used heavy weapons and came from the direction of the border."""),

    ("pk-razmak", "2024-11-08T15:20:00Z", "Geo News",
     "Three soldiers martyred in IED blast near Razmak",
     """Three soldiers embraced martyrdom when an improvised explosive device went off near their vehicle in the Razmak area of North Waziristan on Friday, the ISPR said. The military said the area was being cleared to find the perpetrators."""),

    ("pk-dikhan", "2024-11-09T10:40:00Z", "Dawn",
     "Two policemen martyred in DI Khan attack",
     """Two policemen were martyred when unidentified gunmen opened fire on a patrolling vehicle on the outskirts of Dera Ismail Khan on Saturday morning, police said. The attackers fled after the attack, and a search operation was launched in the area."""),
    ("pk-dikhan", "2024-11-09T14:20:00Z", "The Express Tribune",
     "Cops targeted in D I Khan; two killed",
     """DERA ISMAIL KHAN: Two police personnel lost their lives on Saturday in an attack on a police mobile van on the city's outskirts, officials said. The district police officer said the militants used automatic weapons and escaped on motorcycles."""),

    ("pk-tank", "2024-11-09T19:10:00Z", "Geo News",
     "Two cops martyred as terrorists attack police station in Tank",
     """Two policemen were martyred when terrorists attacked a police station in Tank district of Khyber Pakhtunkhwa on Saturday evening, police said. The attackers used hand grenades and heavy weapons, and the exchange of fire lasted nearly an hour. Reinforcements were called in from Dera Ismail Khan."""),

    ("pk-turbat", "2024-11-10T12:30:00Z", "Dawn",
     "Four labourers shot dead in Kech",
     """Four labourers were shot dead by unidentified gunmen at a construction site near Turbat in Balochistan's Kech district on Sunday, the Levies said. The labourers, who belonged to southern Punjab, were working on a private building when armed men riding motorcycles opened fire. Another worker was injured."""),
    ("pk-turbat", "2024-11-11T05:10:00Z", "The Express Tribune",
     "Kech killings: toll rises to five as injured labourer dies",
     """TURBAT: The death toll in Sunday's attack on labourers near Turbat rose to five after an injured worker succumbed to his wounds at the Turbat Teaching Hospital, officials said on Monday. The bodies were sent to their home districts in southern Punjab."""),
    ("pk-turbat", "2024-11-11T07:45:00Z", "Reuters",
     "Gunmen kill five construction workers in southwest Pakistan",
     """QUETTA, Pakistan, Nov 11 (Reuters) - Gunmen killed five construction workers in Pakistan's southwestern province of Balochistan, officials said on Monday, after an injured worker died in hospital. The attack took place on Sunday near the town of Turbat, a government official said. No group claimed responsibility, but ethnic Baloch separatists have targeted workers from Punjab province in the past."""),

    ("pk-bajaur", "2024-11-08T12:00:00Z", "The Express Tribune",
     "Policeman martyred in blast targeting polio team escort in Bajaur",
     """A policeman was martyred and two others were injured when a roadside bomb struck a police vehicle escorting a polio vaccination team near Khar, the headquarters of Bajaur district, on Friday. The vaccinators were unhurt, officials said."""),

    # ===================== Afghanistan =====================
    ("af-kabul", "2024-11-10T07:50:00Z", "Tolo News",
     "Four injured in Kabul minibus explosion",
     """A magnetic mine attached to a minibus exploded in the third police district of Kabul city on Sunday morning, injuring four passengers, the Kabul police spokesman said. The explosion occurred in the Karte Sakhi area. The injured were taken to hospital."""),
    ("af-kabul", "2024-11-10T13:20:00Z", "Amu TV",
     "Five wounded in blast on passenger van in western Kabul",
     """A blast targeted a passenger van in western Kabul on Sunday, wounding five people, sources said. Witnesses said the vehicle was carrying students and shopkeepers. No group has claimed responsibility; the Islamic State has claimed similar attacks in the past."""),

    ("af-argo", "2024-11-08T16:00:00Z", "Amu TV",
     "Two farmers killed in clash with Taliban over poppy eradication in Badakhshan",
     """Two farmers were killed on Friday when Taliban forces opened fire on residents protesting against the destruction of poppy fields in Argo district of Badakhshan province, local sources said. Residents said several others were wounded. A Taliban spokesman in the province said the incident was being investigated."""),

    # ===================== Myanmar =====================
    ("mm-ye-u", "2024-11-10T05:30:00Z", "The Irrawaddy",
     "Junta airstrike kills six villagers in Sagaing's Ye-U Township",
     """A junta airstrike on a village in Ye-U Township, Sagaing Region, killed six civilians, including two children, on Saturday afternoon, local resistance groups said. A fighter jet dropped two bombs on the village, destroying a monastery building and more than ten houses. Residents said no resistance forces were in the village at the time."""),
    ("mm-ye-u", "2024-11-10T09:10:00Z", "Myanmar Now",
     "Six civilians dead after regime jet bombs village in Ye-U",
     """Six people died and nine were injured when a regime jet bombed a village in Ye-U Township on November 9, according to a member of the local People's Defence Force. Among the dead were a monk and two children, he said."""),
    ("mm-ye-u", "2024-11-11T03:00:00Z", "RFA",
     "Air raid on Sagaing village leaves 6 dead",
     """An air raid by Myanmar's military on a village in northern Sagaing region on Saturday killed six people, residents told RFA Burmese. A junta spokesman could not be reached for comment. Sagaing is a stronghold of anti-junta resistance forces and has been hit by hundreds of air strikes since the 2021 coup."""),

    ("mm-khin-u", "2024-11-11T06:20:00Z", "Myanmar Now",
     "Regime airstrike kills three in Khin-U Township",
     """Three civilians were killed when a military aircraft bombed a village in Khin-U Township, Sagaing Region, on Sunday morning, according to a local administrator of the National Unity Government. Two of the victims were farmers working in their paddy fields."""),
    ("mm-khin-u", "2024-11-11T08:30:00Z", "Conflict Pulse Monitor",
     "Myanmar: airstrike in Khin-U township",
     """On 10 November 2024, a Myanmar military aircraft bombed a village in Khin-U township, Shwebo district, Sagaing region, killing 3 civilians."""),

    ("mm-shwebo", "2024-11-11T04:40:00Z", "The Irrawaddy",
     "Shelling from Shwebo base kills three villagers",
     """Three villagers, including a 12-year-old girl, were killed on Sunday when junta troops fired artillery from a base in Shwebo town at a village about 8 km to the west, in Shwebo Township, residents said. Several houses were damaged."""),

    ("mm-lashio", "2024-11-09T06:00:00Z", "The Irrawaddy",
     "Junta bombs MNDAA-held Lashio, killing three",
     """The junta bombed a residential ward of Lashio, the northern Shan State capital captured by the Myanmar National Democratic Alliance Army (MNDAA) in August, on Friday, killing three civilians, residents said. A market stall and several homes were destroyed."""),
    ("mm-lashio", "2024-11-09T10:30:00Z", "RFA",
     "Three killed in airstrike on Lashio",
     """Myanmar's military carried out an airstrike on the town of Lashio in Shan state on Friday evening, killing three residents including a woman, a member of a local rescue team told RFA. The Kokang army, which seized the town in early August, said it had suffered no military casualties."""),

    # ===================== Palestine =====================
    ("ps-jabalia", "2024-11-08T08:40:00Z", "Reuters",
     "Israeli strike kills at least 12 in Gaza's Jabalia, medics say",
     """CAIRO, Nov 8 (Reuters) - An Israeli air strike on a house in the Jabalia refugee camp in the northern Gaza Strip killed at least 12 Palestinians early on Friday, medics said. The Israeli military said it was checking the report. Israeli forces have been conducting an offensive in Jabalia for more than a month."""),
    ("ps-jabalia", "2024-11-08T13:30:00Z", "Al Jazeera",
     "Israeli attack on Jabalia home kills 15, many of them children",
     """At least 15 people, many of them children, were killed in an Israeli air attack on a multistorey house sheltering displaced families in the Jabalia refugee camp in northern Gaza, according to the Civil Defence. Rescuers said they were struggling to reach people trapped under the rubble because of continuing fire. "We are digging with our hands," a civil defence worker said."""),
    ("ps-jabalia", "2024-11-08T18:20:00Z", "WAFA",
     "17 citizens killed in occupation bombing of house in Jabalia camp",
     """Seventeen citizens, including six children and four women, were killed at dawn today when Israeli occupation aircraft bombed a house belonging to the Abu Hamad family in Jabalia camp, north of the Gaza Strip, medical sources said."""),
    ("ps-jabalia", "2024-11-09T10:15:00Z", "AFP",
     "Gaza civil defence says 17 killed in Jabalia strike",
     """Gaza's civil defence agency said on Saturday that 17 people were killed in an Israeli strike on a house in Jabalia in northern Gaza early on Friday, after more bodies were recovered from the rubble. The Israeli military said it had struck "a terrorist" operating from the building, without giving details. AFP could not independently verify the toll."""),

    ("ps-deir-al-balah", "2024-11-09T15:40:00Z", "Anadolu Agency",
     "4 Palestinians killed in Israeli strike in central Gaza",
     """At least four Palestinians were killed on Saturday when an Israeli drone struck a group of civilians in the city of Deir al-Balah in central Gaza, medical sources said. The bodies were taken to Al-Aqsa Martyrs Hospital in the city."""),

    ("ps-khan-younis", "2024-11-09T11:50:00Z", "Al Jazeera",
     "Israeli strike on tent in al-Mawasi kills four",
     """Four people, including two children, were killed when an Israeli strike hit a tent for displaced families in al-Mawasi, west of Khan Younis in southern Gaza, on Saturday morning, medical sources told Al Jazeera. The area had been designated a "humanitarian zone" by the Israeli army."""),
    ("ps-khan-younis", "2024-11-09T13:10:00Z", "WAFA",
     "Four citizens killed as occupation targets tent of displaced in Khan Younis",
     """Four citizens, among them two children, were killed this morning when occupation aircraft targeted a tent sheltering displaced people in the Mawasi area of Khan Younis, south of the Gaza Strip, local sources said. The bodies were taken to Nasser Medical Complex."""),

    ("ps-tulkarm", "2024-11-10T09:30:00Z", "Times of Israel",
     "IDF drone strike kills two gunmen in Tulkarm-area camp",
     """An Israeli drone struck a cell of gunmen in the Nur Shams camp near the West Bank city of Tulkarm early Sunday, killing two, the Israel Defense Forces said. According to the IDF, the men had been planting explosive devices on a road used by troops. The Palestinian Islamic Jihad's Tulkarm Brigade said the two were its members."""),
    ("ps-tulkarm", "2024-11-10T11:00:00Z", "WAFA",
     "Two young men killed in occupation drone strike on Nur Shams camp",
     """Two young men were killed at dawn today in a strike by an Israeli occupation drone on Nur Shams camp, east of Tulkarm, the Ministry of Health said. The occupation forces then stormed the camp and bulldozed several streets."""),

    ("ps-mughayyir", "2024-11-10T17:45:00Z", "WAFA",
     "Colonists set fire to vehicles and a home in al-Mughayyir",
     """Israeli colonists attacked the village of al-Mughayyir, northeast of Ramallah, on Sunday afternoon, setting fire to three vehicles and part of a house, the head of the village council said. Residents confronted the attackers, who withdrew under the protection of occupation soldiers. No injuries were reported."""),

    # ===================== Lebanon =====================
    ("lb-tyre", "2024-11-08T12:10:00Z", "Reuters",
     "Israeli strike on Lebanon's Tyre kills at least seven, ministry says",
     """BEIRUT, Nov 8 (Reuters) - An Israeli air strike on a residential building in the southern Lebanese city of Tyre killed at least seven people on Friday, Lebanon's health ministry said. The Israeli military said it had struck Hezbollah targets in the Tyre area and had warned residents to leave some buildings in advance. Rescue workers were searching the rubble."""),
    ("lb-tyre", "2024-11-08T16:30:00Z", "L'Orient Today",
     "Strike flattens building in Tyre's Hosh neighbourhood: eight dead",
     """Eight people were killed and 17 wounded in an Israeli strike that destroyed a four-storey building in the Hosh neighbourhood, on the eastern edge of Tyre, around midday Friday, according to the Tyre municipality's disaster management unit. Most of the residents had stayed despite the evacuation warnings issued for other parts of the city, a neighbour said."""),
    ("lb-tyre", "2024-11-09T08:00:00Z", "NNA",
     "Final toll of the Israeli raid on Tyre: 9 martyrs",
     """The Ministry of Public Health announced that the final toll of the Israeli enemy raid that targeted a building in the city of Tyre on Friday was nine martyrs, including two children, and 19 wounded."""),

    ("lb-baalbek", "2024-11-09T17:20:00Z", "L'Orient Today",
     "Five killed in strike on house on Baalbek's outskirts",
     """An Israeli strike on a house on the southern outskirts of Baalbek killed five people, all members of one family, on Saturday evening, the Health Ministry said. The Bekaa city has been repeatedly hit since Israel widened its campaign in late September."""),
    ("lb-baalbek", "2024-11-09T20:40:00Z", "Anadolu Agency",
     "Israeli airstrike kills 5 in eastern Lebanon",
     """At least five people were killed in an Israeli airstrike on a home near the city of Baalbek in eastern Lebanon on Saturday, according to the Lebanese Health Ministry. The ministry said the dead included a woman and her three children."""),

    ("lb-nabatieh", "2024-11-10T14:30:00Z", "NNA",
     "Three martyrs in enemy raid on Nabatieh",
     """Three citizens were martyred on Sunday in an Israeli enemy airstrike that targeted a house in the city of Nabatieh, the Civil Defence said. Civil Defence teams pulled the bodies from the rubble."""),

    # ===================== Syria =====================
    ("sy-ariha", "2024-11-08T14:20:00Z", "SOHR",
     "Regime shelling on Ariha city kills two civilians",
     """SOHR activists have reported that two civilians, a man and his son, were killed and three others injured by regime artillery shelling on Ariha city in the southern countryside of Idlib on Friday. The shelling targeted residential neighbourhoods in the city."""),
    ("sy-ariha", "2024-11-08T18:00:00Z", "Enab Baladi",
     "Two killed in Assad forces' bombardment of Ariha",
     """Two civilians were killed on Friday when Syrian regime forces shelled the city of Ariha, south of Idlib, the Syrian Civil Defence (White Helmets) said. Its teams pulled the victims from a damaged house and took three wounded to hospital."""),

    ("sy-sarmin", "2024-11-08T19:00:00Z", "SOHR",
     "Two civilians killed in regime suicide drone attack near Sarmin",
     """Two civilians were killed on Friday evening when a suicide drone launched by regime forces hit their car on the road near Sarmin town in the eastern countryside of Idlib, SOHR activists said."""),

    ("sy-diban", "2024-11-09T13:10:00Z", "SOHR",
     "ISIS cells kill three SDF members in Thiban",
     """Three members of the SDF were killed on Saturday morning when ISIS cells attacked a checkpoint in Thiban town in the eastern countryside of Deir Ezzor, SOHR activists reported. The attackers fled on motorcycles after the attack."""),
    ("sy-diban", "2024-11-09T16:40:00Z", "North Press Agency",
     "Three SDF fighters killed in IS attack east of Deir ez-Zor",
     """DEIR EZ-ZOR, Syria (North Press) - Three fighters of the Syrian Democratic Forces (SDF) were killed in an attack by Islamic State (IS) cells on a checkpoint in Diban, in the eastern countryside of Deir ez-Zor, on Saturday, a military source said. The SDF launched a search operation in nearby villages."""),

    ("sy-jasim", "2024-11-10T15:00:00Z", "Enab Baladi",
     "Man shot dead by unknown gunmen in Jasim, Daraa",
     """A young man was killed on Sunday after unknown gunmen shot him in the city of Jasim in the northern countryside of Daraa, local sources told Enab Baladi. The motive of the killing was unknown. Assassinations have continued in Daraa governorate since the 2018 settlement agreement."""),

    # ===================== Iraq =====================
    ("iq-daquq", "2024-11-09T10:30:00Z", "Shafaq News",
     "Two Iraqi soldiers killed in IED blast in Kirkuk",
     """Shafaq News/ Two Iraqi army soldiers were killed on Saturday when an improvised explosive device targeted their vehicle near Daquq district, south of Kirkuk, a security source said. The source told Shafaq News that an ISIS cell was suspected of planting the device on a rural road."""),
    ("iq-daquq", "2024-11-09T15:00:00Z", "Rudaw",
     "IS attack kills two Iraqi soldiers in Kirkuk province",
     """Two Iraqi soldiers were killed in a roadside bomb attack in Kirkuk province on Saturday, Iraq's Security Media Cell said, blaming Islamic State remnants. The blast hit a patrol in the south of the province."""),

    ("iq-sinjar", "2024-11-10T16:20:00Z", "Rudaw",
     "Turkish drone strike kills two YBS members in Shingal",
     """A Turkish drone strike targeted a vehicle near the town of Shingal (Sinjar) on Sunday, killing two members of the Sinjar Resistance Units (YBS), a local official told Rudaw. Ankara considers the Yazidi force an affiliate of the Kurdistan Workers' Party (PKK)."""),

    # ===================== Yemen =====================
    ("ye-taiz", "2024-11-08T15:30:00Z", "Al-Masdar Online",
     "Child killed by Houthi sniper in Taiz",
     """A 10-year-old boy was killed on Friday by a Houthi sniper's bullet in the Al-Jahmaliya neighbourhood, east of Taiz city, a local source told Al-Masdar Online. The boy was shot while fetching water."""),
    ("ye-taiz", "2024-11-09T01:20:00Z", "Xinhua",
     "Child killed by sniper fire in Yemen's Taiz",
     """ADEN, Yemen, Nov. 8 (Xinhua) -- A child was killed on Friday by sniper fire in the southwestern Yemeni city of Taiz, a local government official said. The official blamed Houthi snipers positioned on hills overlooking the city's eastern neighbourhoods. The Houthis did not comment."""),

    ("ye-dhale", "2024-11-10T00:30:00Z", "Xinhua",
     "3 gov't soldiers killed in Houthi attack in Yemen's Dhale",
     """ADEN, Yemen, Nov. 9 (Xinhua) -- Three Yemeni government soldiers were killed on Saturday when Houthi militia attacked military positions north of the city of al-Dhale in southern Yemen, a military official said. The official said the attack was repelled after clashes that lasted several hours."""),

    # ===================== Haiti =====================
    ("ht-solino", "2024-11-08T21:30:00Z", "AP",
     "Gang attack on Haiti capital neighborhood kills at least 5",
     """PORT-AU-PRINCE, Haiti (AP) - Gang members attacked a neighborhood in Haiti's capital on Friday, killing at least five people and setting homes on fire, residents and a local human rights group said. The attack on Solino, one of the few neighborhoods in the capital's center not yet under gang control, sent hundreds fleeing. Police said officers were sent to the area."""),
    ("ht-solino", "2024-11-09T14:00:00Z", "Le Nouvelliste",
     "Solino: seven dead after gang incursion",
     """At least seven people were killed on Friday during an incursion by armed bandits of the Viv Ansanm coalition into Solino, residents said on Saturday. Several houses were burned in the streets near the Solino police sub-station. "They came from Nazon and fired on everything that moved," a resident said."""),
    ("ht-solino", "2024-11-09T19:15:00Z", "Reuters",
     "Gangs kill 7 in Haiti's capital as residents flee Solino",
     """Nov 9 (Reuters) - Gang attacks in a neighborhood of Haiti's capital Port-au-Prince killed seven people on Friday, a local human rights group said on Saturday, as hundreds of residents fled the Solino area. The National Human Rights Defense Network said gunmen burned at least 20 homes. Haiti's national police did not respond to a request for comment."""),

    ("ht-delmas", "2024-11-10T13:30:00Z", "Le Nouvelliste",
     "Police officer shot dead in Delmas",
     """A police officer was shot dead on Saturday afternoon at Delmas 33 by individuals on a motorcycle, according to police sources. The officer, who was off duty, was attacked near his home. The police union called for better protection of its members."""),

    ("ht-saint-marc", "2024-11-11T12:00:00Z", "AlterPresse",
     "Saint-Marc: three killed in gang attack",
     """Three people were killed on Sunday in an attack by members of the Gran Grif gang in a locality on the outskirts of Saint-Marc, in the Artibonite department, according to local authorities. The gang, based in Savien, has been behind several deadly attacks in the Lower Artibonite in recent months."""),

    ("ht-saint-marc", "2024-11-12T15:00:00Z", "Le Nouvelliste",
     "Saint-Marc: residents flee after Sunday's deadly attack",
     """Dozens of families have left their homes on the outskirts of Saint-Marc since Sunday's attack attributed to the Gran Grif gang, which left three people dead, according to the town hall. The victims, two farmers and a motorcycle taxi driver, were shot in their fields and on the national road. The police have reinforced their presence at the southern entrance of the town."""),

    # ===================== Mexico =====================
    ("mx-culiacan-fri", "2024-11-09T03:30:00Z", "AP",
     "Gunmen kill 4 at car wash in Mexican city of Culiacan",
     """CULIACAN, Mexico (AP) - Gunmen killed four men at a car wash in the northern Mexican city of Culiacan on Friday, Sinaloa state prosecutors said, as a war between factions of the Sinaloa cartel entered its third month. The attackers arrived in two vehicles and opened fire on workers and customers, the prosecutors' office said."""),
    ("mx-culiacan-fri", "2024-11-09T16:00:00Z", "Milenio",
     "Armed attack at car wash in Culiacán leaves four dead",
     """Four men died on Friday afternoon after an armed attack on a car wash on an avenue in the Infonavit Humaya area of Culiacán, the Sinaloa State Prosecutor's Office reported. Dozens of cartridge cases were found at the scene."""),

    ("mx-culiacan-sat", "2024-11-10T02:10:00Z", "El Universal",
     "Two municipal police officers killed in Culiacán",
     """Two officers of the Culiacán Municipal Police were shot dead on Saturday while patrolling in the south of the Sinaloa capital, the municipal public security secretariat reported. The attackers fired from a moving vehicle and fled."""),

    ("mx-chilpancingo", "2024-11-10T01:00:00Z", "Milenio",
     "Ambush kills two state police officers near Chilpancingo",
     """Two Guerrero state police officers were killed on Saturday in an ambush on the highway on the outskirts of Chilpancingo, the state security coordination group said. Another officer was wounded."""),

    ("mx-apatzingan", "2024-11-11T01:40:00Z", "El Universal",
     "Explosive drones wound three soldiers in Michoacán",
     """Three soldiers were wounded on Sunday when an armed group attacked them with drones carrying explosives in a rural area of the municipality of Apatzingán, Michoacán, the Defence Ministry said. The soldiers were evacuated by helicopter to a military hospital."""),

    # ===================== Colombia =====================
    ("co-el-plateado", "2024-11-08T20:10:00Z", "El Tiempo",
     "Three soldiers wounded in drone attack in El Plateado, Cauca",
     """Three soldiers were wounded on Friday when FARC dissidents of the Carlos Patiño front dropped explosives from drones on a military position in El Plateado, in the municipality of Argelia, Cauca, the Army said. The soldiers were evacuated to Popayán."""),
    ("co-el-plateado", "2024-11-09T00:30:00Z", "Semana",
     "New drone attack against the Army in Argelia, Cauca",
     """Army troops were again attacked with drones in the municipality of Argelia, in southern Cauca, on Friday afternoon. Three soldiers were injured, the Third Division reported. The army has been deployed in the area since October in an operation to retake control of the Micay canyon."""),

    ("co-el-tarra", "2024-11-09T23:00:00Z", "El Tiempo",
     "Two soldiers killed in ELN attack in Catatumbo",
     """Two soldiers were killed on Saturday in an attack attributed to the ELN on a military patrol in rural El Tarra, Norte de Santander, in the Catatumbo region, the Army said."""),

    ("co-jamundi", "2024-11-10T22:00:00Z", "Semana",
     "Police officer killed by motorcycle bomb in Jamundí",
     """A police patrolman was killed on Sunday when a motorcycle loaded with explosives blew up near a police station in Jamundí, Valle del Cauca, authorities said. The attack was attributed to the Jaime Martínez front of the FARC dissidents."""),

    # ===================== Cameroon =====================
    ("cm-kumbo", "2024-11-10T09:00:00Z", "Mimi Mefo Info",
     "Two civilians killed in Kumbo as separatists enforce lockdown",
     """Two civilians were shot dead in Kumbo, Bui division of the North West Region, on Saturday, allegedly by separatist fighters enforcing a lockdown, local sources said. The victims, a shop owner and a commercial motorbike rider, were accused of defying the lockdown."""),

    ("cm-mora", "2024-11-11T01:00:00Z", "Xinhua",
     "3 killed in suspected Boko Haram attack in northern Cameroon",
     """YAOUNDE, Nov. 10 (Xinhua) -- Three civilians were killed on Sunday when suspected Boko Haram militants raided a village near the town of Mora in Cameroon's Far North region, local authorities said. The militants also looted food and livestock before fleeing towards the Nigerian border."""),

    # ===================== Mozambique =====================
    ("mz-macomia", "2024-11-09T09:40:00Z", "Club of Mozambique",
     "Cabo Delgado: Insurgents behead three near Macomia",
     """Insurgents beheaded three men on Friday in a village about 15 kilometres from Macomia town, in Cabo Delgado province, local sources said. The victims had gone to collect bamboo in the bush. The Islamic State claimed responsibility for the killings later in the day."""),
    ("mz-macomia", "2024-11-09T15:20:00Z", "Lusa",
     "Mozambique: Three civilians killed by armed groups in Cabo Delgado",
     """Three civilians were killed on Friday by armed groups in the district of Macomia, Cabo Delgado province, northern Mozambique, sources in the district told Lusa. The victims were attacked in the bush outside their village, the sources said."""),

    ("mz-mocimboa", "2024-11-11T12:00:00Z", "Lusa",
     "Two Mozambican soldiers killed in ambush in Mocímboa da Praia",
     """Two soldiers of the Mozambique Armed Defence Forces (FADM) were killed on Sunday in an ambush by insurgents about 20 kilometres from Mocímboa da Praia, on the road to Mueda, sources told Lusa. The insurgents seized weapons before fleeing."""),

    # ===================== Ethiopia =====================
    ("et-debre-markos", "2024-11-10T10:00:00Z", "Addis Standard",
     "Drone strike on minibus near Debre Markos kills six civilians: residents",
     """Six civilians were killed on Saturday when a drone strike hit a minibus on the outskirts of Debre Markos, the capital of East Gojjam Zone in Amhara region, residents and a health worker told Addis Standard. Residents blamed the federal army's drones, which have been used against Fano militias in the region. The government did not respond to requests for comment."""),
    ("et-debre-markos", "2024-11-11T08:30:00Z", "BBC",
     "Ethiopia: Drone strike on Amhara road kills six passengers",
     """Six people travelling in a minibus were killed in a drone strike in Ethiopia's Amhara region on Saturday, witnesses have told the BBC. The vehicle was hit on the main road close to Debre Markos, they said. The Ethiopian military has been fighting the Fano militia in Amhara for more than a year."""),

    # ===================== India =====================
    ("in-bijapur", "2024-11-09T12:40:00Z", "The Hindu",
     "Two DRG jawans killed in IED blast in Chhattisgarh's Bijapur",
     """Two jawans of the District Reserve Guard (DRG) were killed and one was injured when Maoists triggered an improvised explosive device in Chhattisgarh's Bijapur district on Saturday, police said. The blast took place while a joint team was returning from an anti-Maoist operation in the forests of the district."""),
    ("in-bijapur", "2024-11-09T16:30:00Z", "Times of India",
     "2 DRG personnel killed in Maoist IED attack in Bastar",
     """RAIPUR: Two personnel of the district reserve guard lost their lives in a pressure IED blast triggered by Maoists in Bijapur on Saturday morning, senior police officials said. An injured jawan was airlifted to Raipur."""),

    # ===================== Kenya =====================
    ("ke-mandera", "2024-11-09T15:30:00Z", "Nation",
     "Two police officers killed in Mandera IED attack",
     """Two police officers were killed on Saturday when their vehicle ran over an improvised explosive device near Mandera town, police said. The officers were part of a team escorting a water bowser. Police blamed al-Shabaab militants, who often plant explosives on roads near the Somali border."""),
]


def slug(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return s[:90].rstrip("-")


def main():
    keys = [i[0] for i in INCIDENTS]
    assert len(keys) == len(set(keys)), "duplicate incident key"
    nid = {k: "N%03d" % (n + 1) for n, k in enumerate(keys)}
    for it in ITEMS:
        assert it[0] in nid, "unknown incident key " + it[0]
        assert it[2] in DOMAINS, "unknown source " + it[2]
    items = sorted(ITEMS, key=lambda it: it[1])
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as out:
        for n, (key, pub, source, title, text) in enumerate(items):
            url = "https://%s/%s/%s" % (DOMAINS[source], pub[:10].replace("-", "/"), slug(title))
            row = {"id": "n%03d" % (n + 1), "publishedAt": pub, "source": source, "url": url,
                   "title": title, "text": text, "incident": nid[key]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "incidents.tsv"), "w", encoding="utf-8") as out:
        out.write("incident\tcountry\ttown\tdate\ttype\tvictim_group\tcount\tadmin1\n")
        for key, country, town, date, typ, group, count, admin1 in INCIDENTS:
            out.write("\t".join([nid[key], country, town, date, typ, group, str(count), admin1]) + "\n")
    print("wrote %d items, %d incidents" % (len(items), len(INCIDENTS)))


if __name__ == "__main__":
    main()
