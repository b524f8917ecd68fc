#!/usr/bin/env python3
"""Hand-written source of the heldout7 incident stream (writer 63, May 2024).

Every incident is declared below with its gold row and the reports that tell it.
A report is (published "MM-DD HH:MM" UTC in 2024, outlet, domain, title, text).
D ids follow the order of declaration; d ids follow publication time (ties by URL).
Run: python3 build.py  -> writes articles.jsonl and incidents.tsv next to this file.
"""
import csv, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
INCIDENTS = []


def inc(key, country, town, date, typ, group, count, admin1, reports):
    INCIDENTS.append(dict(key=key, country=country, town=town, date=date, type=typ,
                          victim_group=group, count=count, admin1=admin1, reports=reports))


T, W, H = "2024-05-14", "2024-05-15", "2024-05-16"   # Tuesday, Wednesday, Thursday

# ---------------------------------------------------------------- Syria (11)
inc("sy-tafas", "Syria", "Tafas", T, "KILLED", "civilians", 1, "Daraa", [
    ("05-14 13:40", "Syrian Observatory for Human Rights", "www.syriahr.com",
     "Western Daraa countryside: young man shot dead in Tafas",
     "Unknown gunmen opened fire on a young man in the city of Tafas in the western countryside of Daraa this "
     "morning, killing him on the spot. SOHR activists said the man had no known links to any armed faction."),
    ("05-14 18:05", "Horan Free League", "horanfree.com",
     "Civilian killed by gunfire in Tafas",
     "A civilian from Tafas was killed on Tuesday when two men on a motorcycle shot him near the town's western "
     "roundabout, our correspondent reported. The victim, in his twenties, worked at the vegetable market."),
    ("05-15 08:30", "Enab Baladi", "english.enabbaladi.net",
     "Another assassination in Daraa as gunmen kill man in Tafas",
     "A man was gunned down in Tafas on Tuesday, the latest in a series of killings that residents blame on "
     "cells tied either to the regime's security branches or to the Islamic State. Nobody has claimed it."),
])
inc("sy-musayfirah", "Syria", "Al-Musayfirah", T, "KILLED", "civilians", 1, "Daraa", [
    ("05-14 21:10", "Daraa 24", "daraa24.org",
     "Man shot outside his home in eastern Daraa",
     "A man died on Tuesday evening after unidentified gunmen shot him outside his house in al-Musayfirah, in the "
     "eastern countryside of Daraa, local sources told Daraa 24."),
])
inc("sy-ariha", "Syria", "Ariha", W, "KILLED", "civilians", 2, "Idlib", [
    ("05-15 09:50", "Syrian Observatory for Human Rights", "www.syriahr.com",
     "Regime suicide drone kills two civilians near Ariha",
     "Two civilians were killed this morning when a suicide drone launched by regime forces struck their car on "
     "the road between Ariha and Maarbalit, in the southern countryside of Idlib, according to SOHR sources."),
    ("05-15 11:20", "Enab Baladi", "english.enabbaladi.net",
     "Two killed as Assad forces' drone hits car on Ariha outskirts",
     "The Syria Civil Defence said two men were killed and a third injured on Wednesday when a kamikaze drone "
     "fired by Assad forces hit a civilian vehicle on the outskirts of Ariha."),
    ("05-15 14:35", "AFP", "www.afp.com",
     "Syria government drone strike kills two civilians in northwest",
     "A drone strike by Syrian government forces killed two civilians in the rebel-held northwest on Wednesday, "
     "rescuers and a war monitor said, amid a rise in such attacks on cars and farmland near the front lines."),
    ("05-16 07:15", "Syria TV", "www.syria.tv",
     "Civil Defence: brothers killed by drone were returning from their olive grove",
     "The two civilians killed in Wednesday's drone attack near Ariha were brothers on their way back from their "
     "olive grove, the White Helmets said, adding that the drone hit their car minutes after they set off."),
])
inc("sy-atarib", "Syria", "Al-Atarib", W, "KILLED", "civilians", 2, "Aleppo", [
    ("05-15 12:40", "Syrian Observatory for Human Rights", "www.syriahr.com",
     "Two civilians killed in regime shelling on al-Atarib",
     "Regime forces shelled residential areas of al-Atarib city in the western countryside of Aleppo at noon, "
     "killing two civilians, a woman and an elderly man, SOHR activists reported."),
])
inc("sy-sukhnah", "Syria", "Al-Sukhnah", H, "KILLED", "soldiers", 4, "Homs", [
    ("05-16 15:00", "SANA", "sana.sy",
     "Four army personnel martyred as units repel terrorist attack in Homs desert",
     "Four army personnel were martyred on Thursday as units of the Syrian Arab Army repelled an attack by "
     "terrorist groups on a military point in the desert east of Homs province, a military source told SANA."),
    ("05-17 06:45", "Asharq Al-Awsat", "english.aawsat.com",
     "ISIS steps up desert raids, killing four Syrian soldiers near Sukhna",
     "Islamic State militants killed four Syrian government soldiers near the town of Sukhna on Thursday, a war "
     "monitor said, in the deadliest attack on regime positions in the Badia for several weeks."),
])
inc("sy-maadan", "Syria", "Maadan", H, "KILLED", "soldiers", 4, "Raqqa", [
    ("05-16 13:20", "North Press Agency", "npasyria.com",
     "Four government soldiers killed in ISIS ambush east of Raqqa",
     "Four soldiers of the Syrian government forces were killed on Thursday when ISIS militants ambushed their "
     "vehicle near the town of Maadan, in the eastern countryside of Raqqa, a local source told North Press."),
    ("05-16 20:10", "Syrian Observatory for Human Rights", "www.syriahr.com",
     "ISIS cells ambush regime vehicle in Maadan desert, four killed",
     "SOHR has documented the deaths of four regime soldiers on Thursday in an ambush set by ISIS cells for their "
     "vehicle in the Maadan desert, east of al-Raqqah, the second deadly attack on regime forces in the "
     "Syrian desert today."),
])
inc("sy-busayrah", "Syria", "Al-Busayrah", T, "KILLED", "militia", 2, "Deir ez-Zor", [
    ("05-14 11:05", "Hawar News Agency", "hawarnews.com",
     "Two SDF fighters martyred in ISIS mercenaries' attack in Deir ez-Zor",
     "Two fighters of the Syrian Democratic Forces were martyred on Tuesday morning when ISIS mercenaries attacked "
     "a checkpoint in the town of al-Busayra, in the eastern countryside of Deir ez-Zor."),
    ("05-14 16:30", "Syrian Observatory for Human Rights", "www.syriahr.com",
     "Gunmen kill two SDF members at checkpoint in Deir Ezzor countryside",
     "Unidentified gunmen stormed an SDF checkpoint in al-Busayrah at dawn, killing two members of the forces "
     "before fleeing towards the desert, SOHR sources said."),
    ("05-15 09:00", "Deir ezZor 24", "deirezzor24.net",
     "Attack on SDF post in Busaira leaves two dead, IS claims",
     "Two SDF members died on Tuesday in an attack on a post near the Busaira bridge, our correspondent said. "
     "The Islamic State later claimed the attack through its Amaq agency."),
])
inc("sy-shaddadi", "Syria", "Al-Shaddadi", T, "KILLED", "militia", 2, "Hasakah", [
    ("05-14 19:45", "North Press Agency", "npasyria.com",
     "Two SDF members killed in ISIS attack south of Hasakah",
     "Two members of the Syrian Democratic Forces (SDF) were killed on Tuesday evening when suspected ISIS cells "
     "opened fire on their vehicle on the outskirts of al-Shaddadi, south of Hasakah, a military source said."),
    ("05-15 07:20", "Rudaw", "www.rudaw.net",
     "IS militants kill two SDF fighters in Hasakah province",
     "Islamic State militants killed two fighters of the Kurdish-led SDF in the southern countryside of Hasakah "
     "province late on Tuesday, the force said in a statement on Wednesday."),
])
inc("sy-taltamr", "Syria", "Tal Tamr", W, "WOUNDED", "civilians", 3, "Hasakah", [
    ("05-15 14:00", "Hawar News Agency", "hawarnews.com",
     "Three civilians wounded as Turkish occupation shells Tal Tamr countryside",
     "Three civilians, a child among them, were wounded on Wednesday when the Turkish occupation army and its "
     "mercenaries shelled villages on the outskirts of Tal Tamr, north-west of Hasakah."),
    ("05-16 08:10", "Syrian Observatory for Human Rights", "www.syriahr.com",
     "Turkish forces shell villages near Tal Tamr, injuring three",
     "Turkish forces and allied factions shelled several villages near Tal Tamr yesterday with heavy artillery, "
     "injuring three civilians including a child, SOHR sources reported."),
])
inc("sy-albab", "Syria", "Al-Bab", H, "KILLED", "civilians", 3, "Aleppo", [
    ("05-16 09:40", "Anadolu Agency", "www.aa.com.tr",
     "Car bomb kills 2 civilians in northern Syria's al-Bab",
     "AL-BAB, Syria (AA) - Two civilians were killed on Thursday when a bomb-laden car exploded near a market in "
     "al-Bab, northern Syria, in an attack blamed on the YPG/PKK terror group, local officials said."),
    ("05-16 12:15", "Syrian Observatory for Human Rights", "www.syriahr.com",
     "Car bomb in al-Bab city kills three civilians",
     "A car bomb exploded near the vegetable market in al-Bab city, in the eastern countryside of Aleppo, this "
     "morning, killing three civilians and injuring others. The perpetrators are still unknown."),
    ("05-16 17:50", "Zaman al-Wasl", "en.zamanalwsl.net",
     "Death toll from al-Bab market blast rises to three",
     "The toll of Thursday morning's car bombing in al-Bab stands at three after one of the wounded died in "
     "hospital, a doctor at the city's main hospital said, while the local council blamed Kurdish militants."),
])
inc("sy-kinsabba", "Syria", "Kinsabba", H, "KILLED", "soldiers", 1, "Latakia", [
    ("05-16 18:30", "Al-Watan", "alwatan.sy",
     "Army foils infiltration attempt in northern Latakia countryside, soldier martyred",
     "A soldier was martyred on Thursday as army units thwarted an attempt by terrorists of the so-called "
     "Hayat Tahrir al-Sham to sneak towards military points near Kinsabba, a field source said."),
])

# ---------------------------------------------------------------- Nigeria (8)
inc("ng-tsafe", "Nigeria", "Tsafe", T, "KILLED", "civilians", 6, "Zamfara", [
    ("05-14 17:20", "Channels Television", "www.channelstv.com",
     "Bandits kill at least five in Zamfara community",
     "At least five villagers were killed on Tuesday when bandits stormed a farming community in Tsafe Local "
     "Government Area of Zamfara State, residents told Channels Television."),
    ("05-15 07:40", "Daily Trust", "dailytrust.com",
     "Bandits kill 6, abduct women in Zamfara village",
     "Six people were killed and an unknown number of women abducted when bandits on motorcycles invaded "
     "Unguwar Tudu village in Tsafe LGA on Tuesday afternoon, a community leader said."),
    ("05-15 12:30", "Premium Times", "www.premiumtimesng.com",
     "Zamfara police confirm six killed in Tsafe attack",
     "The Zamfara State Police Command has confirmed that six residents died in Tuesday's attack by armed "
     "bandits on a village in Tsafe, adding that tactical teams had been moved to the area."),
])
inc("ng-kankara", "Nigeria", "Kankara", T, "KILLED", "civilians", 6, "Katsina", [
    ("05-14 20:30", "Punch", "punchng.com",
     "Bandits kill six in Katsina",
     "Gunmen suspected to be bandits killed six persons in Kankara Local Government Area of Katsina State on "
     "Tuesday, a resident said."),
    ("05-15 10:10", "Vanguard", "www.vanguardngr.com",
     "Six killed as bandits raid Kankara village",
     "KATSINA - Six villagers were shot dead when armed men raided Dan Marke village in Kankara on Tuesday "
     "evening, the state commissioner for internal security said, adding that cattle were also rustled."),
])
inc("ng-bama", "Nigeria", "Bama", W, "KILLED", "soldiers", 3, "Borno", [
    ("05-15 13:00", "Zagazola Makama", "zagazolamakama.com",
     "ISWAP terrorists attack troops in Bama, three soldiers killed",
     "Three soldiers paid the supreme price when ISWAP terrorists attacked a military base in Bama, Borno State, "
     "in the early hours of Wednesday, counter-insurgency sources said. The troops repelled the attackers."),
    ("05-15 18:45", "Reuters", "www.reuters.com",
     "Islamist militants kill three soldiers in northeast Nigeria",
     "ABUJA (Reuters) - Islamist militants killed three Nigerian soldiers in a pre-dawn attack on an "
     "army base in Borno state on Wednesday, two military sources said."),
    ("05-16 09:15", "HumAngle", "humanglemedia.com",
     "How ISWAP fighters breached a brigade base in Bama",
     "Fighters of the Islamic State West Africa Province on Wednesday broke into part of a brigade base in Bama "
     "town, killing three soldiers and burning two gun trucks before they were pushed back, residents said."),
])
inc("ng-dikwa", "Nigeria", "Dikwa", W, "KILLED", "soldiers", 3, "Borno", [
    ("05-15 16:10", "Sahara Reporters", "saharareporters.com",
     "Three soldiers killed as IED hits military patrol in Borno",
     "Three soldiers were killed on Wednesday when their patrol vehicle ran over an improvised explosive device "
     "planted by Boko Haram insurgents along the Dikwa-Marte road, military sources said. It came hours "
     "after jihadists raided an army base in Bama."),
    ("05-16 08:30", "PRNigeria", "prnigeria.com",
     "Troops lose three as explosive goes off near Dikwa",
     "Three personnel of Operation Hadin Kai lost their lives when a landmine exploded under their vehicle a few "
     "kilometres outside Dikwa on Wednesday afternoon, an intelligence officer said."),
])
inc("ng-ukum", "Nigeria", "Ukum", H, "KILLED", "civilians", 4, "Benue", [
    ("05-16 15:00", "Channels Television", "www.channelstv.com",
     "Four farmers killed in fresh Benue attack",
     "Four farmers were killed on Thursday when gunmen attacked them on their farms in Ukum Local Government "
     "Area of Benue State, the council chairman said."),
    ("05-17 07:30", "The Nation", "thenationonlineng.net",
     "Suspected herders kill four in Benue",
     "MAKURDI - Suspected armed herders on Thursday killed four people working on farmland near Zaki Biam in "
     "Ukum, the police in Benue said on Friday."),
])
inc("ng-riyom", "Nigeria", "Riyom", H, "KILLED", "civilians", 4, "Plateau", [
    ("05-17 09:10", "Daily Post", "dailypost.ng",
     "Gunmen kill four in Plateau community",
     "JOS - Four persons were killed late on Thursday when gunmen invaded a village in Riyom Local Government "
     "Area of Plateau State, a youth leader in the area said."),
])
inc("ng-orlu", "Nigeria", "Orlu", T, "KILLED", "police", 2, "Imo", [
    ("05-14 15:20", "Vanguard", "www.vanguardngr.com",
     "Gunmen kill two policemen at Orlu checkpoint",
     "Two police officers were killed on Tuesday morning when gunmen opened fire on a checkpoint along the "
     "Orlu-Mgbee road in Imo State, witnesses said."),
    ("05-15 09:40", "The Sun", "sunnewsonline.com",
     "Imo police confirm death of two officers",
     "The Imo State Police Command has confirmed that two of its officers were killed by gunmen it linked to "
     "the proscribed IPOB during Tuesday's attack on a checkpoint in Orlu."),
])
inc("ng-ihiala", "Nigeria", "Ihiala", T, "KILLED", "police", 2, "Anambra", [
    ("05-15 11:00", "Punch", "punchng.com",
     "Two police officers killed in Anambra ambush",
     "Gunmen on Tuesday night ambushed a police patrol team at Ihiala in Anambra State, killing two officers "
     "and setting their van ablaze, the state police spokesman said."),
])

# ---------------------------------------------------------------- Somalia (6)
inc("so-marka", "Somalia", "Marka", T, "KILLED", "soldiers", 2, "Lower Shabelle", [
    ("05-14 12:10", "Garowe Online", "www.garoweonline.com",
     "Roadside bomb kills Somali troops near Marka",
     "Two Somali National Army soldiers died on Tuesday when a roadside bomb hit their pickup on the outskirts of "
     "Marka, the regional capital of Lower Shabelle, witnesses said."),
    ("05-14 16:40", "Hiiraan Online", "www.hiiraan.com",
     "Two soldiers killed in explosion in Merca",
     "A landmine blast targeting a military vehicle killed two soldiers near Merca on Tuesday, a local official "
     "told Hiiraan Online, blaming al-Shabaab."),
])
inc("so-qoryoley", "Somalia", "Qoryoley", T, "KILLED", "soldiers", 2, "Lower Shabelle", [
    ("05-14 19:30", "Somali Guardian", "somaliguardian.com",
     "Mortar attack on Qoryoley base kills two soldiers",
     "Al-Shabaab militants fired several mortar shells at a military base in Qoryoley town on Tuesday evening, "
     "killing two soldiers, residents said."),
    ("05-15 06:50", "Xinhua", "english.news.cn",
     "2 Somali soldiers killed in mortar attack in southern Somalia",
     "Two Somali soldiers were killed late Tuesday when al-Shabaab militants shelled a military camp in the "
     "Lower Shabelle region, a security official said on Wednesday."),
])
inc("so-galkayo", "Somalia", "Galkayo", W, "KILLED", "civilians", 1, "Mudug", [
    ("05-15 17:00", "Puntland Post", "puntlandpost.net",
     "Businessman shot dead in Galkayo",
     "Gunmen shot dead a well-known businessman in the northern part of Galkayo on Wednesday afternoon, police "
     "said, adding that two suspects had been arrested."),
])
inc("so-adado", "Somalia", "Adado", H, "KILLED", "soldiers", 3, "Galgaduud", [
    ("05-16 14:20", "Hiiraan Online", "www.hiiraan.com",
     "Three soldiers killed as Al-Shabaab attacks Adado outskirts",
     "Three government soldiers were killed on Thursday in fighting that broke out after Al-Shabaab fighters "
     "attacked positions on the outskirts of Adado in Galgaduud region, officials said."),
    ("05-17 06:00", "Caasimada", "www.caasimada.net",
     "Galmudug forces lose three men in Cadaado clash",
     "Galmudug state forces said three of their soldiers died and several militants were killed when they "
     "fought off an assault near Cadaado on Thursday, the same day a convoy was ambushed in "
     "neighbouring Hiiraan."),
])
inc("so-mahas", "Somalia", "Mahas", H, "KILLED", "soldiers", 3, "Hiiraan", [
    ("05-16 19:00", "Radio Dalsan", "www.radiodalsan.com",
     "Three soldiers killed in ambush near Mahas",
     "Three soldiers were killed on Thursday when al-Shabaab fighters ambushed a military convoy travelling "
     "out of Mahas towards Matabaan, a commander said."),
])
inc("so-bosaso", "Somalia", "Bosaso", H, "WOUNDED", "police", 2, "Bari", [
    ("05-17 07:10", "Horseed Media", "horseedmedia.net",
     "Grenade attack wounds two police officers in Bosaso",
     "Two police officers were wounded on Thursday night when unknown attackers threw a hand grenade at a police "
     "station in Bosaso, the commercial hub of Puntland."),
])

# ---------------------------------------------------------------- Iraq (5)
inc("iq-makhmour", "Iraq", "Makhmour", T, "KILLED", "soldiers", 2, "Nineveh", [
    ("05-14 10:15", "Shafaq News", "shafaq.com",
     "Two Iraqi soldiers killed in ISIS attack in Makhmour",
     "Two Iraqi army soldiers were killed and another wounded on Tuesday in an attack by ISIS remnants on a "
     "military post near Makhmour, a security source told Shafaq News."),
    ("05-14 13:50", "Iraqi News Agency", "www.ina.iq",
     "Security Media Cell: two army members martyred in terrorist attack",
     "The Security Media Cell announced on Tuesday that two members of the army were martyred when terrorist "
     "remnants attacked a post in the Makhmour area at dawn, and that search operations were under way."),
    ("05-15 08:00", "Rudaw", "www.rudaw.net",
     "IS attack kills two soldiers on Qarachogh mountain",
     "Two Iraqi soldiers were killed in an Islamic State attack on the Qarachogh mountain, south of Erbil, on "
     "Tuesday, Iraqi security officials said, the latest in a string of attacks in the disputed territories."),
])
inc("iq-hawija", "Iraq", "Hawija", T, "KILLED", "soldiers", 2, "Kirkuk", [
    ("05-14 16:20", "Kurdistan24", "www.kurdistan24.net",
     "Roadside bomb kills two Iraqi soldiers in Hawija district",
     "ERBIL, Kurdistan Region - Two soldiers were killed on Tuesday when an improvised explosive device struck their patrol in the Hawija "
     "district of Kirkuk province, a security official said."),
    ("05-15 07:10", "Xinhua", "english.news.cn",
     "2 Iraqi soldiers killed in roadside bomb blast in Kirkuk",
     "Two Iraqi soldiers were killed by a roadside bomb explosion in Iraq's northern province of Kirkuk on "
     "Tuesday, a provincial police source said."),
])
inc("iq-khanaqin", "Iraq", "Khanaqin", W, "KILLED", "civilians", 1, "Diyala", [
    ("05-15 20:00", "Shafaq News", "shafaq.com",
     "Farmer killed by gunmen in Khanaqin",
     "Gunmen killed a farmer in his orchard on the edge of Khanaqin on Wednesday, a local source said, without "
     "giving a motive."),
])
inc("iq-rutba", "Iraq", "Rutba", H, "KILLED", "militia", 3, "Anbar", [
    ("05-16 11:00", "Shafaq News", "shafaq.com",
     "Three PMF fighters killed in ISIS attack in Anbar desert",
     "Three fighters of the Popular Mobilization Forces were killed early on Thursday when ISIS militants "
     "attacked a PMF position in the desert south of Rutba, a security source said."),
    ("05-16 18:30", "AFP", "www.afp.com",
     "IS attack kills three Iraqi paramilitaries in western desert",
     "RAMADI, Iraq (AFP) - Three members of Iraq's Hashed al-Shaabi were killed in an attack by Islamic State jihadists in the west "
     "of the country near the Jordanian border, security sources said Thursday."),
])
inc("iq-dujail", "Iraq", "Dujail", H, "KILLED", "militia", 3, "Salahuddin", [
    ("05-16 22:00", "Baghdad Today", "baghdadtoday.news",
     "Three Hashd members killed in explosive blast north of the capital",
     "Three members of the Popular Mobilization were killed on Thursday when an explosive device went off as "
     "their vehicle passed through orchards near Dujail, in southern Salahuddin, a security source said."),
])

# ---------------------------------------------------------------- Afghanistan (4)
inc("af-sheberghan", "Afghanistan", "Sheberghan", W, "KILLED", "police", 2, "Jowzjan", [
    ("05-15 12:30", "Amu TV", "amu.tv",
     "Two Taliban policemen killed in Jawzjan",
     "Unknown gunmen shot dead two Taliban police officers at a checkpoint on the edge of Sheberghan, the capital "
     "of northern Jawzjan province, on Wednesday morning, sources told Amu."),
    ("05-15 17:40", "Afghanistan International", "www.afintl.com",
     "Gunmen kill two Taliban security personnel in Shibirghan",
     "Two members of the Taliban's police were killed when armed men attacked their post in Shibirghan city on "
     "Wednesday, local sources said. The Taliban have not commented."),
])
inc("af-aqcha", "Afghanistan", "Aqcha", W, "KILLED", "police", 2, "Jowzjan", [
    ("05-15 15:00", "Pajhwok Afghan News", "pajhwok.com",
     "2 security personnel martyred in Jawzjan",
     "SHEBERGHAN (Pajhwok): Two Islamic Emirate security personnel were martyred when unknown armed men attacked "
     "their post in Aqcha district of Jawzjan province on Wednesday, an official said."),
    ("05-16 06:30", "Tolo News", "tolonews.com",
     "Two police forces lose their lives in Jawzjan attack",
     "A provincial spokesman said two police forces lost their lives when gunmen opened fire on a security post "
     "in Aqcha late on Wednesday. He said one attacker was detained."),
])
inc("af-chaghcharan", "Afghanistan", "Chaghcharan", H, "KILLED", "civilians", 3, "Ghor", [
    ("05-16 13:10", "Tolo News", "tolonews.com",
     "Three children killed in unexploded ordnance blast in Ghor",
     "Three children were killed on Thursday when a mortar round left over from past wars exploded while they "
     "were playing near their home on the outskirts of Chaghcharan, the centre of Ghor, local officials said."),
    ("05-17 05:40", "Hasht-e Subh", "8am.media",
     "Old mortar shell kills three children in Firozkoh",
     "An old mortar shell went off on Thursday afternoon in a residential area of Firozkoh, the provincial capital "
     "of Ghor, killing three boys aged between eight and twelve, residents said."),
])
inc("af-herat", "Afghanistan", "Herat", T, "WOUNDED", "civilians", 4, "Herat", [
    ("05-14 16:00", "Khaama Press", "www.khaama.com",
     "Four injured in explosion in Herat city",
     "Four people were injured on Tuesday afternoon when an explosive device went off near a money exchange "
     "market in Herat city, Taliban officials said."),
])

# ---------------------------------------------------------------- DR Congo (5)
inc("cd-oicha", "DR Congo", "Oicha", T, "KILLED", "civilians", 7, "North Kivu", [
    ("05-14 14:30", "Radio Okapi", "www.radiookapi.net",
     "Beni: at least six civilians killed in ADF attack near Oicha",
     "At least six civilians were killed on Tuesday morning in an attack attributed to ADF rebels on a village "
     "about ten kilometres north of Oicha, in Beni territory, local civil society said."),
    ("05-14 20:15", "Actualite.cd", "actualite.cd",
     "North Kivu: toll of ADF attack near Oicha rises to seven",
     "The toll of Tuesday's ADF attack near Oicha has risen to seven dead after another body was found in the "
     "bush, the president of the territory's civil society told Actualite.cd."),
    ("05-15 09:30", "AFP", "www.afp.com",
     "Suspected Islamist rebels kill seven in eastern DR Congo",
     "BENI, DR Congo (AFP) - Suspected Islamist rebels killed seven civilians in a raid on a farming village in "
     "eastern Democratic Republic of Congo on Tuesday, local officials said, blaming the Allied Democratic Forces."),
])
inc("cd-djugu", "DR Congo", "Djugu", T, "KILLED", "civilians", 7, "Ituri", [
    ("05-14 18:00", "7sur7.cd", "7sur7.cd",
     "Ituri: seven dead in CODECO attack in Djugu",
     "Seven civilians were killed on Tuesday during an attack by CODECO militiamen on a village in Djugu "
     "territory, Ituri province, local sources said."),
    ("05-15 11:45", "Radio Okapi", "www.radiookapi.net",
     "Djugu: CODECO militiamen kill seven at gold-mining site",
     "Militiamen of the CODECO cooperative killed seven people, most of them diggers, at a gold-mining site in "
     "the Banyali-Kilo chiefdom of Djugu territory on Tuesday, the chief of the area said."),
])
inc("cd-masisi", "DR Congo", "Masisi", W, "KILLED", "civilians", 3, "North Kivu", [
    ("05-15 15:30", "Actualite.cd", "actualite.cd",
     "Masisi: three civilians killed by bombs",
     "Three civilians were killed on Wednesday when bombs fired during fighting between the M23 and the FARDC "
     "fell on Masisi-centre, local sources said."),
    ("05-16 08:00", "Reuters", "www.reuters.com",
     "Shelling kills three civilians in eastern Congo town",
     "KINSHASA (Reuters) - Shelling killed three civilians in a town in eastern Congo's North Kivu province on "
     "Wednesday as M23 rebels and the army traded fire, a local administrator said."),
])
inc("cd-fizi", "DR Congo", "Fizi", H, "KILLED", "civilians", 2, "South Kivu", [
    ("05-16 19:20", "Radio Okapi", "www.radiookapi.net",
     "Fizi: two civilians killed by armed men",
     "Two civilians were killed on Thursday by armed men presumed to be Mai-Mai on a farm road near Fizi-centre, "
     "in South Kivu, the territory's administrator said."),
])
inc("cd-lubero", "DR Congo", "Lubero", H, "KILLED", "civilians", 4, "North Kivu", [
    ("05-16 16:00", "Actualite.cd", "actualite.cd",
     "Lubero: four killed in ADF attack on road",
     "Four people, including a motorcycle taxi driver, were killed on Thursday morning when ADF rebels attacked "
     "travellers on a road in Lubero territory, local authorities said."),
    ("05-17 08:10", "Kivu Morning Post", "kivumorningpost.com",
     "ADF kill four travellers in Lubero",
     "Four travellers were hacked to death by ADF fighters on Thursday on the road between Lubero-centre and a "
     "nearby market, residents said."),
])

# ---------------------------------------------------------------- Yemen (4)
inc("ye-qatabah", "Yemen", "Qatabah", T, "KILLED", "soldiers", 2, "Al Dhale", [
    ("05-14 17:00", "Saba", "www.sabanew.net",
     "Two soldiers martyred as army repels Houthi militia attack north of Al-Dhalea",
     "Two soldiers of the national army were martyred on Tuesday as army units repelled an attack by the "
     "Iranian-backed Houthi militia on positions in Qataba district, north of Al-Dhalea governorate, a military "
     "source said."),
    ("05-15 07:00", "Xinhua", "english.news.cn",
     "2 gov't soldiers killed in clashes with Houthis in Yemen's Dhale",
     "Two Yemeni government soldiers were killed in fighting with Houthi rebels in the southern province of "
     "Dhale on Tuesday, a military official said."),
])
inc("ye-karish", "Yemen", "Karish", T, "KILLED", "soldiers", 2, "Lahj", [
    ("05-14 20:40", "Aden al-Ghad", "adengad.net",
     "Houthi drone kills two soldiers on Karish front",
     "Two soldiers were killed on Tuesday when a Houthi explosive-laden drone struck a military position in "
     "Karish, in Lahj's al-Qabbaytah district, military sources said."),
])
inc("ye-hays", "Yemen", "Hays", W, "KILLED", "civilians", 1, "Hodeidah", [
    ("05-15 16:20", "Al-Masdar Online", "al-masdaronline.net",
     "Child killed by Houthi landmine in Hays",
     "A child was killed on Wednesday when a landmine planted by the Houthis exploded in a village east of Hays "
     "district, in the south of Hodeidah governorate, local sources said."),
    ("05-16 09:00", "Al-Masirah", "english.almasirah.net",
     "Child killed by remnants of aggression's cluster bombs in Hays",
     "A boy lost his life on Wednesday when a remnant of a cluster bomb dropped by the US-Saudi aggression "
     "went off in Hays district, a source in Hodeidah governorate told Al-Masirah."),
])
inc("ye-mudiyah", "Yemen", "Mudiyah", H, "KILLED", "militia", 3, "Abyan", [
    ("05-16 12:40", "South24", "south24.net",
     "Three Security Belt fighters killed by AQAP drone in Mudiyah",
     "Three members of the Security Belt forces were killed on Thursday when a drone launched by al-Qaeda "
     "struck their vehicle in Mudiyah district of Abyan, a military source said."),
    ("05-17 07:50", "AFP", "www.afp.com",
     "Al-Qaeda claims killing six separatists in south Yemen",
     "DUBAI (AFP) - Al-Qaeda in the Arabian Peninsula said it killed six fighters of the southern separatist forces in a "
     "drone attack in Abyan province on Thursday, though a military official put the death toll at three."),
])

# ---------------------------------------------------------------- Pakistan (4)
inc("pk-mirali", "Pakistan", "Mir Ali", T, "KILLED", "soldiers", 2, "Khyber Pakhtunkhwa", [
    ("05-14 15:00", "Dawn", "www.dawn.com",
     "Two soldiers martyred in North Waziristan gunfight: ISPR",
     "ISLAMABAD: Two soldiers were martyred during an intense exchange of fire with terrorists in the general area of Mir "
     "Ali in North Waziristan district on Tuesday, the military's media wing said."),
    ("05-15 06:20", "The Express Tribune", "tribune.com.pk",
     "Three militants killed, two soldiers martyred in Mir Ali clash",
     "BANNU: Two army soldiers lost their lives and three militants were killed in a clash near Mir Ali on Tuesday, "
     "according to a statement from the Inter-Services Public Relations."),
])
inc("pk-dikhan", "Pakistan", "Dera Ismail Khan", T, "KILLED", "police", 2, "Khyber Pakhtunkhwa", [
    ("05-14 19:10", "Geo News", "www.geo.tv",
     "Two cops martyred in attack on police post in DI Khan",
     "DERA ISMAIL KHAN: Two policemen were martyred on Tuesday evening when terrorists attacked a police post on the outskirts of "
     "Dera Ismail Khan city, police said, adding that the attackers fled in the dark."),
    ("05-15 08:00", "Dawn", "www.dawn.com",
     "Two policemen killed in D.I. Khan attack",
     "Militants armed with heavy weapons attacked a checkpost in D.I. Khan on Tuesday night, killing two police "
     "constables, a police spokesperson said on Wednesday."),
])
inc("pk-bannu", "Pakistan", "Bannu", T, "KILLED", "police", 2, "Khyber Pakhtunkhwa", [
    ("05-15 10:00", "The Express Tribune", "tribune.com.pk",
     "Gunmen kill two policemen in Bannu",
     "BANNU: Two police constables were shot dead by unidentified motorcyclists near a market in Bannu on "
     "Tuesday night, police said."),
])
inc("pk-kalat", "Pakistan", "Kalat", W, "KILLED", "civilians", 3, "Balochistan", [
    ("05-15 14:30", "The Balochistan Post", "thebalochistanpost.net",
     "Grenade blast in Kalat bazaar kills three",
     "Three people were killed and eight injured on Wednesday when unknown persons hurled a hand grenade into a "
     "crowded bazaar in Kalat, local sources said."),
])

# ---------------------------------------------------------------- Burkina Faso (4)
inc("bf-titao", "Burkina Faso", "Titao", T, "KILLED", "civilians", 4, "Nord", [
    ("05-15 10:00", "AFP", "www.afp.com",
     "Four civilians killed in jihadist attack in northern Burkina Faso",
     "ABIDJAN (AFP) - Suspected jihadists killed four civilians on Tuesday in northern Burkina Faso, near the town of Titao, "
     "local sources told AFP, in a region where the army struggles to protect villages."),
    ("05-15 16:30", "Lefaso.net", "lefaso.net",
     "Loroum: four villagers killed on their way back from market",
     "Four villagers were killed on Tuesday by armed individuals as they returned from the weekly market of "
     "Titao, in the Loroum province, a relative of one of the victims said."),
])
inc("bf-sebba", "Burkina Faso", "Sebba", W, "KILLED", "militia", 5, "Sahel", [
    ("05-16 09:00", "AFP", "www.afp.com",
     "Five Burkina army auxiliaries killed in attack in the northeast",
     "Five members of Burkina Faso's civilian army auxiliaries, the VDP, were killed on Wednesday in an attack "
     "near Sebba in the northeast of the country, security sources said."),
    ("05-16 15:00", "Burkina24", "www.burkina24.com",
     "Yagha: five VDP lose their lives in ambush near Sebba",
     "Five Volunteers for the Defence of the Homeland lost their lives on Wednesday in an ambush on the road "
     "leading out of Sebba, in the Yagha province, according to local sources."),
])
inc("bf-gayeri", "Burkina Faso", "Gayeri", W, "KILLED", "militia", 5, "Est", [
    ("05-16 12:00", "Lefaso.net", "lefaso.net",
     "Komondjari: five VDP killed in attack on Gayeri outpost",
     "Five Volunteers for the Defence of the Homeland were killed on Wednesday when armed men attacked their "
     "outpost at Gayeri, chief town of Komondjari province, sources in the area said."),
])
inc("bf-kaya", "Burkina Faso", "Kaya", H, "KILLED", "civilians", 2, "Centre-Nord", [
    ("05-17 09:00", "AIB", "www.aib.media",
     "Two people killed by explosive device near Kaya",
     "Two people travelling by motorbike were killed on Thursday when an explosive device went off on a track a "
     "few kilometres from Kaya, the regional security services said."),
])

# ---------------------------------------------------------------- Mali (4)
inc("ml-djenne", "Mali", "Djenne", T, "KILLED", "civilians", 3, "Mopti", [
    ("05-15 08:40", "Studio Tamani", "www.studiotamani.org",
     "Djenné: three civilians killed by armed men",
     "Armed men on motorbikes killed three civilians in a village of the Djenné cercle on Tuesday, local "
     "sources said, and set fire to granaries before leaving."),
    ("05-15 15:20", "Maliweb", "www.maliweb.net",
     "Three villagers killed in Djenne area",
     "Three villagers were shot dead on Tuesday during a raid by suspected jihadists on a hamlet near Djenne, "
     "an elected official told us."),
])
inc("ml-bandiagara", "Mali", "Bandiagara", T, "KILLED", "civilians", 3, "Mopti", [
    ("05-14 22:00", "AFP", "www.afp.com",
     "Three civilians killed in central Mali attack: local sources",
     "Armed men killed three passengers of a minibus on a road in the Dogon country of central Mali on Tuesday, "
     "a local elected official told AFP."),
    ("05-15 12:10", "Mali Actu", "maliactu.net",
     "Bandiagara: three passengers killed as gunmen stop minibus",
     "Gunmen stopped a minibus on the road to Bandiagara on Tuesday and killed three passengers, a transport "
     "union official said."),
])
inc("ml-ansongo", "Mali", "Ansongo", W, "KILLED", "soldiers", 2, "Gao", [
    ("05-16 07:30", "Xinhua", "english.news.cn",
     "2 Malian soldiers killed in IED blast in northern Mali",
     "Two Malian soldiers were killed on Wednesday when their vehicle hit an improvised explosive device near "
     "Ansongo, in the Gao region, the Malian army said in a statement."),
])
inc("ml-lere", "Mali", "Lere", H, "KILLED", "civilians", 2, "Timbuktu", [
    ("05-17 11:00", "RFI", "www.rfi.fr",
     "Mali: two herders killed in drone strike near Lere, local sources say",
     "Two herders were killed on Thursday by a drone strike near Lere, in the Timbuktu region, according to local "
     "sources; the army said it had hit a terrorist target in the area."),
])

# ---------------------------------------------------------------- Myanmar (4)
inc("mm-yinmabin", "Myanmar", "Yinmabin", T, "KILLED", "civilians", 3, "Sagaing", [
    ("05-14 12:30", "Myanmar Now", "myanmar-now.org",
     "Junta airstrike kills three villagers in Yinmabin Township",
     "A junta airstrike on a village in Sagaing Region's Yinmabin Township killed three civilians on Tuesday "
     "morning, a local resistance official said."),
    ("05-14 17:45", "Mizzima", "eng.mizzima.com",
     "Three killed as regime jet bombs Yinmabin village",
     "A military jet dropped two bombs on a village in Yinmabin Township on Tuesday, killing three people, "
     "including a monk, residents said."),
    ("05-15 06:10", "DVB", "english.dvb.no",
     "Monk among three killed in Sagaing airstrike",
     "A Buddhist monk and two villagers died when the regime bombed a monastery compound near Yinmabin on "
     "Tuesday, according to a member of the local administration."),
])
inc("mm-myaing", "Myanmar", "Myaing", T, "KILLED", "civilians", 3, "Magway", [
    ("05-14 15:10", "RFA", "www.rfa.org",
     "At least two killed by artillery in Myanmar's Magway region",
     "At least two civilians were killed on Tuesday when junta troops fired artillery shells into a village in "
     "Myaing Township, residents told RFA."),
    ("05-15 09:20", "The Irrawaddy", "www.irrawaddy.com",
     "Junta shelling kills three in Myaing",
     "Three civilians, among them a teenage girl, were killed by regime artillery in Myaing Township on Tuesday, "
     "the local People's Defense Force said."),
])
inc("mm-hpakant", "Myanmar", "Hpakant", W, "KILLED", "civilians", 2, "Kachin", [
    ("05-15 13:20", "Kachin News Group", "kachinnews.com",
     "Two jade miners killed as military jet bombs Hpakant",
     "Two jade miners were killed on Wednesday when a military jet bombed an area near a mining site in Hpakant, "
     "locals said."),
])
inc("mm-kyaukme", "Myanmar", "Kyaukme", H, "WOUNDED", "civilians", 5, "Shan", [
    ("05-16 14:40", "Shan Herald Agency for News", "english.shannews.org",
     "Five civilians injured by shelling in Kyaukme",
     "Five civilians were injured on Thursday when shells landed in a ward of Kyaukme town in northern Shan "
     "State, a resident said."),
])

# ---------------------------------------------------------------- Mexico (4)
inc("mx-apatzingan", "Mexico", "Apatzingan", T, "KILLED", "police", 2, "Michoacan", [
    ("05-15 01:40", "El Universal", "www.eluniversal.com.mx",
     "Two state police officers killed in ambush near Apatzingan",
     "Two Michoacan state police officers were killed this Tuesday afternoon when armed men ambushed their patrol "
     "on a road near Apatzingan, state authorities reported."),
    ("05-15 15:00", "Quadratin Michoacan", "www.quadratin.com.mx",
     "Security ministry confirms two officers dead in Apatzingan attack",
     "Michoacan's security ministry confirmed that two of its agents died on Tuesday in an attack by presumed "
     "members of a criminal group in the municipality of Apatzingan."),
])
inc("mx-uruapan", "Mexico", "Uruapan", T, "KILLED", "police", 2, "Michoacan", [
    ("05-15 04:20", "Milenio", "www.milenio.com",
     "Two municipal police officers shot dead in Uruapan",
     "Two municipal police officers were shot dead this Tuesday night while patrolling a neighbourhood in the "
     "east of Uruapan, Michoacan, the municipal government said."),
])
inc("mx-iguala", "Mexico", "Iguala", W, "KILLED", "civilians", 5, "Guerrero", [
    ("05-16 03:10", "El Sur", "suracapulco.mx",
     "Five killed in attack on a bar in Iguala",
     "Armed men burst into a bar in the centre of Iguala on Wednesday night and opened fire, killing five people, "
     "the Guerrero prosecutor's office reported."),
    ("05-16 16:00", "La Jornada", "www.jornada.com.mx",
     "Armed attack on Iguala bar leaves five dead",
     "Five people died after gunmen attacked a bar in Iguala late on Wednesday; three of them died at the "
     "scene and two in hospital, the state prosecutor said."),
])
inc("mx-culiacan", "Mexico", "Culiacan", H, "KILLED", "civilians", 3, "Sinaloa", [
    ("05-17 02:30", "Noroeste", "www.noroeste.com.mx",
     "Three men found shot dead in Culiacan",
     "The bodies of three men with gunshot wounds were found this Thursday on a dirt road on the southern edge "
     "of Culiacan, the Sinaloa prosecutor's office said."),
])

# ---------------------------------------------------------------- India (4)
inc("in-jiribam", "India", "Jiribam", T, "KILLED", "civilians", 1, "Manipur", [
    ("05-14 14:00", "Imphal Free Press", "www.ifp.co.in",
     "Man shot dead by suspected militants in Jiribam",
     "A man was shot dead by suspected militants while working in his paddy field in Jiribam district on Tuesday "
     "morning, police said."),
    ("05-15 05:30", "The Hindu", "www.thehindu.com",
     "Farmer killed in Manipur's Jiribam",
     "IMPHAL - A 55-year-old farmer was killed by armed men in Manipur's Jiribam district on Tuesday, officials said, "
     "prompting security forces to step up patrols in nearby villages."),
])
inc("in-kangpokpi", "India", "Kangpokpi", T, "KILLED", "civilians", 1, "Manipur", [
    ("05-14 19:30", "The Sangai Express", "www.thesangaiexpress.com",
     "Villager killed in Kangpokpi firing",
     "One villager was killed when armed miscreants opened fire on a village in Kangpokpi district on Tuesday "
     "afternoon, sources said."),
])
inc("in-sukma", "India", "Sukma", W, "WOUNDED", "police", 2, "Chhattisgarh", [
    ("05-15 11:30", "PTI", "www.ptinews.com",
     "Two CRPF personnel injured in IED blast in Chhattisgarh's Sukma",
     "RAIPUR, May 15 (PTI) Two CRPF personnel were injured in an IED blast triggered by Naxalites in "
     "Chhattisgarh's Sukma district on Wednesday, police said."),
    ("05-15 18:00", "Hindustan Times", "www.hindustantimes.com",
     "Two CoBRA commandos hurt in Sukma pressure bomb explosion",
     "Two commandos of the CRPF's CoBRA unit were hurt when a pressure bomb went off during a search operation in "
     "a forest of Sukma on Wednesday morning; both are out of danger, officers said."),
])
inc("in-kanker", "India", "Kanker", H, "KILLED", "civilians", 1, "Chhattisgarh", [
    ("05-17 06:00", "The Indian Express", "indianexpress.com",
     "Naxalites kill villager on suspicion of being police informer in Kanker",
     "Maoists killed a villager in Kanker district on Thursday night, accusing him of being a police informer, "
     "police said."),
])

# ---------------------------------------------------------------- Niger (3)
inc("ne-tera", "Niger", "Tera", W, "KILLED", "soldiers", 4, "Tillaberi", [
    ("05-16 08:00", "ActuNiger", "www.actuniger.com",
     "Defence ministry: four soldiers killed in attack on Tera post",
     "Four soldiers were killed and several terrorists neutralised on Wednesday during an attack on a military "
     "post in Tera department, the defence ministry said in a statement read on state television."),
    ("05-16 14:00", "RFI", "www.rfi.fr",
     "Niger: four soldiers killed in western region",
     "Four Nigerien soldiers died on Wednesday when suspected jihadists attacked their position near Tera, close "
     "to the border with Burkina Faso, according to the army."),
])
inc("ne-bosso", "Niger", "Bosso", W, "KILLED", "civilians", 2, "Diffa", [
    ("05-15 19:00", "Tamtaminfo", "www.tamtaminfo.com",
     "Bosso: two fishermen killed by Boko Haram",
     "Two fishermen were killed on Wednesday by Boko Haram elements on the shores of the lake near Bosso, local "
     "sources said."),
    ("05-16 10:20", "AFP", "www.afp.com",
     "Two fishermen killed by jihadists near Lake Chad in Niger",
     "Jihadists killed two fishermen on Wednesday in southeastern Niger near Lake Chad, a local official told "
     "AFP, in an area where fishing had only recently resumed."),
])
inc("ne-tillia", "Niger", "Tillia", W, "KILLED", "civilians", 2, "Tahoua", [
    ("05-16 11:30", "Air Info", "www.airinfoagadez.com",
     "Two herders killed by gunmen near Tillia",
     "Gunmen on motorcycles killed two herders and drove off their animals on Wednesday near Tillia, in the north "
     "of the Tahoua region, a local chief said."),
])

# ---------------------------------------------------------------- Cameroon (3)
inc("cm-ndop", "Cameroon", "Ndop", T, "KILLED", "civilians", 2, "North-West", [
    ("05-14 16:50", "Mimi Mefo Info", "mimimefoinfos.com",
     "Two farmers killed in Ndop",
     "Two farmers were killed on Tuesday in Ndop, Ngoketunjia division, by gunmen residents identified as "
     "separatist fighters, who accused them of collaborating with the military."),
    ("05-15 08:15", "The Guardian Post", "theguardianpostcameroon.com",
     "Ngoketunjia: Amba fighters murder two civilians",
     "Suspected Amba fighters on Tuesday murdered two civilians on their farm on the outskirts of Ndop, a local "
     "administrator said."),
])
inc("cm-muyuka", "Cameroon", "Muyuka", T, "KILLED", "civilians", 2, "South-West", [
    ("05-14 21:00", "Cameroon News Agency", "cameroonnewsagency.com",
     "Two civilians killed in Muyuka crossfire",
     "Two civilians were killed on Tuesday in Muyuka, Fako division, when soldiers and separatist fighters "
     "exchanged fire near the town's main market, CNA learnt."),
    ("05-15 13:30", "The Post", "www.thepostnewsline.com",
     "Muyuka mourns two caught in gun battle",
     "Residents of Muyuka are mourning a trader and a student who were hit by stray bullets on Tuesday during a "
     "gun battle between the military and Ambazonian fighters."),
])
inc("cm-mora", "Cameroon", "Mora", H, "KILLED", "civilians", 3, "Far North", [
    ("05-17 10:30", "L'Oeil du Sahel", "loeildusahel.com",
     "Mora: three villagers killed in Boko Haram incursion",
     "Three villagers were killed on Thursday night when Boko Haram fighters raided a locality in Mora "
     "subdivision, Mayo-Sava, an administrative source said."),
])

# ---------------------------------------------------------------- Colombia (3)
inc("co-argelia", "Colombia", "Argelia", W, "KILLED", "soldiers", 2, "Cauca", [
    ("05-16 01:30", "El Tiempo", "www.eltiempo.com",
     "Two soldiers killed in attack with explosives in Argelia, Cauca",
     "Two soldiers were killed this Wednesday when dissidents of the former FARC dropped explosives from a drone "
     "on a military position in the rural area of Argelia, Cauca, the army reported."),
    ("05-16 14:00", "Semana", "www.semana.com",
     "Drone attack in El Plateado area leaves two soldiers dead",
     "The army said two of its soldiers died on Wednesday in a drone attack by the Carlos Patino front in the "
     "El Plateado area of Argelia."),
])
inc("co-suarez", "Colombia", "Suarez", W, "KILLED", "soldiers", 2, "Cauca", [
    ("05-15 23:00", "El Espectador", "www.elespectador.com",
     "Two soldiers killed in combat in Suarez, Cauca",
     "Two soldiers died in combat with an armed group this Wednesday in a rural area of the municipality of "
     "Suarez, in northern Cauca, military sources said."),
])
inc("co-ituango", "Colombia", "Ituango", H, "KILLED", "civilians", 1, "Antioquia", [
    ("05-17 02:10", "El Colombiano", "www.elcolombiano.com",
     "Community leader murdered in Ituango",
     "A community leader was murdered this Thursday in a village of Ituango, in the north of Antioquia, by men who "
     "came to his house, the mayor's office said."),
    ("05-17 15:30", "Teleantioquia Noticias", "www.teleantioquia.co",
     "Ituango: social leader shot dead at his home",
     "A social leader was shot dead on Thursday evening at his home in rural Ituango; the municipality "
     "asked for more troops in the area."),
])

# ---------------------------------------------------------------- Philippines (3)
inc("ph-butig", "Philippines", "Butig", T, "KILLED", "soldiers", 2, "Lanao del Sur", [
    ("05-14 10:40", "Philippine News Agency", "www.pna.gov.ph",
     "2 soldiers killed in clash with Dawlah Islamiyah remnants in Lanao Sur",
     "MARAWI CITY - Two Army soldiers were killed on Tuesday morning in an encounter with remnants of the Dawlah Islamiyah "
     "terror group in Butig, Lanao del Sur, the military said."),
    ("05-14 15:30", "MindaNews", "www.mindanews.com",
     "Two soldiers dead in Butig firefight",
     "Two soldiers died in a firefight with suspected local IS-inspired gunmen in the hinterlands of Butig on "
     "Tuesday, a brigade spokesperson said."),
])
inc("ph-kabankalan", "Philippines", "Kabankalan", T, "KILLED", "soldiers", 2, "Negros Occidental", [
    ("05-14 13:10", "Philippine Daily Inquirer", "newsinfo.inquirer.net",
     "2 soldiers killed in NPA ambush in Negros Occidental",
     "BACOLOD CITY - Two soldiers were killed when New People's Army rebels ambushed an Army patrol in a village of Kabankalan "
     "City on Tuesday, police said."),
    ("05-15 02:00", "SunStar Bacolod", "www.sunstar.com.ph",
     "Army: two troopers slain in Kabankalan encounter",
     "Two troopers of the Philippine Army were slain in an encounter with communist rebels in the upland of "
     "Kabankalan on Tuesday, the Army's Negros-based brigade said."),
])
inc("ph-patikul", "Philippines", "Patikul", H, "WOUNDED", "soldiers", 2, "Sulu", [
    ("05-16 09:00", "The Philippine Star", "www.philstar.com",
     "2 soldiers hurt in Sulu roadside blast",
     "ZAMBOANGA CITY - Two soldiers were wounded on Thursday when an improvised explosive device went off as their truck passed "
     "through a village in Patikul, Sulu."),
])

# ---------------------------------------------------------------- Thailand (2)
inc("th-saiburi", "Thailand", "Sai Buri", W, "KILLED", "civilians", 1, "Pattani", [
    ("05-15 09:30", "Bangkok Post", "www.bangkokpost.com",
     "Rubber tapper shot dead in Pattani",
     "PATTANI: A rubber tapper was shot dead by two gunmen on a motorcycle in Sai Buri district of Pattani early on "
     "Wednesday, police said."),
    ("05-15 14:20", "BenarNews", "www.benarnews.org",
     "Villager killed in Deep South shooting",
     "Suspected insurgents killed a 47-year-old villager as he tapped rubber near his home in Saiburi on "
     "Wednesday morning, officials said."),
])
inc("th-takbai", "Thailand", "Tak Bai", W, "KILLED", "civilians", 1, "Narathiwat", [
    ("05-15 16:00", "Thai PBS World", "www.thaipbsworld.com",
     "Grocery owner shot dead in Tak Bai",
     "A grocery owner was shot dead in front of his shop in Tak Bai district on Wednesday afternoon; police "
     "are investigating whether insurgents were involved."),
])

# ---------------------------------------------------------------- South Sudan (2)
inc("ss-tonj", "South Sudan", "Tonj", T, "KILLED", "civilians", 5, "Warrap", [
    ("05-14 18:20", "Radio Tamazuj", "www.radiotamazuj.org",
     "Five killed in cattle raid in Tonj",
     "Five people were killed on Tuesday when armed youth raided cattle camps in Tonj North County, local "
     "officials said."),
    ("05-15 07:50", "Eye Radio", "www.eyeradio.org",
     "Warrap: five dead as raiders attack Tonj cattle camp",
     "Armed raiders attacked a cattle camp in Tonj on Tuesday morning, killing five herders and making off with "
     "hundreds of cows, the county commissioner said."),
])
inc("ss-pibor", "South Sudan", "Pibor", T, "KILLED", "civilians", 5, "Greater Pibor", [
    ("05-15 11:40", "Sudans Post", "www.sudanspost.com",
     "Five killed, children abducted in Pibor attack",
     "Five people were killed and three children abducted on Tuesday when armed youth attacked a village in "
     "Pibor County, an administration official said."),
])

# ---------------------------------------------------------------- Central African Republic (2)
inc("cf-bocaranga", "Central African Republic", "Bocaranga", W, "KILLED", "civilians", 3, "Ouham-Pende", [
    ("05-15 18:30", "Radio Ndeke Luka", "www.radiondekeluka.org",
     "Bocaranga: three civilians killed by 3R rebels",
     "Three civilians were killed on Wednesday by 3R rebels on the road between Bocaranga and Koui, local "
     "authorities said."),
    ("05-16 10:00", "Corbeaunews Centrafrique", "corbeaunews-centrafrique.org",
     "Two women and a man killed by 3R fighters near Bocaranga",
     "Armed men of the 3R group killed three people, two women and a man, near Bocaranga in the Ouham-Pende on "
     "Wednesday, residents said."),
])
inc("cf-paoua", "Central African Republic", "Paoua", W, "KILLED", "civilians", 3, "Lim-Pende", [
    ("05-16 13:00", "Oubangui Medias", "oubanguimedias.com",
     "Paoua: three people killed in attack on a village",
     "Three people were killed on Wednesday when armed men attacked a village about 20 kilometres from Paoua, "
     "a local official said."),
])

# ---------------------------------------------------------------- Sudan (2)
inc("sd-elobeid", "Sudan", "El Obeid", T, "KILLED", "civilians", 4, "North Kordofan", [
    ("05-14 20:00", "Sudan Tribune", "sudantribune.com",
     "RSF shelling kills four civilians in El Obeid",
     "Artillery shells fired by the Rapid Support Forces killed four civilians in a residential neighbourhood of "
     "El Obeid on Tuesday, a medical source said."),
    ("05-15 09:10", "Radio Dabanga", "www.dabangasudan.org",
     "Four dead as shells hit El Obeid homes",
     "Four people died when shells fell on houses in the North Kordofan capital on Tuesday, according to the "
     "state's health ministry, which accused the RSF."),
])
inc("sd-managil", "Sudan", "Al-Managil", T, "KILLED", "civilians", 4, "Gezira", [
    ("05-15 15:50", "Altaghyeer", "www.altaghyeer.info",
     "Four villagers killed in RSF raid near Al-Managil",
     "Four villagers were killed on Tuesday when fighters of the Rapid Support Forces raided a village in "
     "the Al-Managil area of Gezira state, a resistance committee said."),
])

# ---------------------------------------------------------------- Mozambique (2)
inc("mz-mocimboa", "Mozambique", "Mocimboa da Praia", W, "KILLED", "civilians", 3, "Cabo Delgado", [
    ("05-16 08:40", "Club of Mozambique", "clubofmozambique.com",
     "Three killed in insurgent attack in Mocimboa da Praia district",
     "Three people were killed on Wednesday when insurgents attacked a village in the Mocimboa da Praia district, "
     "local sources said."),
    ("05-16 16:30", "Lusa", "www.lusa.pt",
     "Cabo Delgado: three civilians killed by armed group",
     "MAPUTO, May 16 (Lusa) - An armed group killed three civilians on Wednesday in a village near the town of Mocimboa da Praia, in "
     "northern Mozambique, residents told Lusa."),
])
inc("mz-chiure", "Mozambique", "Chiure", H, "KILLED", "civilians", 3, "Cabo Delgado", [
    ("05-17 12:00", "Carta de Mocambique", "www.cartamz.com",
     "Chiure: three villagers killed by insurgents",
     "Insurgents killed three villagers on Thursday in Chiure district, where fighters had been reported on the "
     "move in recent days, community sources said."),
])

# ---------------------------------------------------------------- Kenya (2)
inc("ke-mandera", "Kenya", "Mandera", T, "WOUNDED", "police", 3, "Mandera", [
    ("05-14 13:00", "Nation", "nation.africa",
     "Three police officers injured in Mandera IED blast",
     "Three police officers were injured on Tuesday when their vehicle hit an improvised explosive device on a "
     "road outside Mandera town, police said."),
    ("05-14 18:40", "Citizen Digital", "www.citizen.digital",
     "Three cops hurt as explosive hits police vehicle in Mandera",
     "Three officers were hurt on Tuesday morning when a roadside explosive struck a police land cruiser in "
     "Mandera; they were airlifted to Nairobi, the county police commander said."),
])
inc("ke-dadaab", "Kenya", "Dadaab", T, "WOUNDED", "police", 3, "Garissa", [
    ("05-14 21:30", "The Star", "www.the-star.co.ke",
     "Three officers wounded in Dadaab ambush",
     "GARISSA - Three police officers were wounded on Tuesday when suspected al-Shabaab militants ambushed a patrol near "
     "Dadaab, Garissa county."),
])

# ---------------------------------------------------------------- Ethiopia (2)
inc("et-dangila", "Ethiopia", "Dangila", W, "KILLED", "civilians", 4, "Amhara", [
    ("05-15 17:00", "Addis Standard", "addisstandard.com",
     "Four civilians killed in Dangila during clashes",
     "Four civilians were killed on Wednesday in Dangila town during clashes between government forces and Fano "
     "militias, residents told Addis Standard."),
    ("05-16 07:20", "Borkena", "borkena.com",
     "Four killed in Dangila, Awi zone",
     "At least four people, including a woman, died in the fighting in Dangila in the Awi zone of Amhara region "
     "on Wednesday, a resident said."),
])
inc("et-motta", "Ethiopia", "Motta", W, "KILLED", "civilians", 4, "Amhara", [
    ("05-16 12:30", "Wazema Radio", "wazemaradio.com",
     "Four civilians killed in Motta drone strike, residents say",
     "Four civilians were killed on Wednesday when a drone struck near a market in Motta, East Gojjam, residents "
     "told Wazema."),
])

# ---------------------------------------------------------------- Haiti (2)
inc("ht-gressier", "Haiti", "Gressier", W, "KILLED", "civilians", 3, "Ouest", [
    ("05-15 20:30", "Le Nouvelliste", "lenouvelliste.com",
     "Three people killed in gang attack in Gressier",
     "Three people were killed on Wednesday when armed gang members opened fire in a neighbourhood of Gressier, "
     "south of the capital, local officials said."),
    ("05-16 13:40", "AlterPresse", "www.alterpresse.org",
     "Gressier: three dead as gang members raid homes",
     "Gang members from neighbouring areas raided houses in Gressier on Wednesday, killing three residents, "
     "human rights defenders told AlterPresse."),
])
inc("ht-cabaret", "Haiti", "Cabaret", W, "KILLED", "civilians", 3, "Ouest", [
    ("05-16 02:00", "Haiti Libre", "www.haitilibre.com",
     "Three killed in Cabaret as gangs attack",
     "Three people were killed this Wednesday in Cabaret during an attack by armed gangs on a market area, "
     "the mayor said."),
])

# ---------------------------------------------------------------- single-incident countries
inc("ec-duran", "Ecuador", "Duran", H, "KILLED", "civilians", 3, "Guayas", [
    ("05-17 03:00", "El Universo", "www.eluniverso.com",
     "Three killed in armed attack in Duran",
     "Three people were killed this Thursday night when gunmen fired from a car at a group of people standing "
     "outside a house in Duran, police said."),
    ("05-17 14:10", "Primicias", "www.primicias.ec",
     "Triple killing in Duran under investigation",
     "Police are investigating a shooting that left three men dead on Thursday in a neighbourhood of Duran, "
     "across the river from Guayaquil."),
])
inc("bj-tanguieta", "Benin", "Tanguieta", T, "KILLED", "soldiers", 2, "Atacora", [
    ("05-15 10:30", "Banouto", "www.banouto.bj",
     "Two soldiers killed in attack near Tanguieta",
     "Two Beninese soldiers were killed on Tuesday when armed men attacked a patrol in the commune of Tanguieta, "
     "in the north of the country, a security source said."),
])
inc("td-bagasola", "Chad", "Baga Sola", H, "KILLED", "soldiers", 3, "Lac", [
    ("05-17 09:40", "Alwihda Info", "www.alwihdainfo.com",
     "Three soldiers killed in Boko Haram attack near Baga Sola",
     "Three Chadian soldiers were killed on Thursday when Boko Haram fighters attacked a position near Baga Sola "
     "in the Lac province, a military source said."),
])
inc("id-sugapa", "Indonesia", "Sugapa", W, "KILLED", "soldiers", 1, "Central Papua", [
    ("05-15 11:00", "Antara", "en.antaranews.com",
     "Soldier killed in armed separatist attack in Intan Jaya",
     "TIMIKA, Central Papua (ANTARA) - A soldier was killed on Wednesday when armed separatists opened fire on a security post in Sugapa, Intan "
     "Jaya, the military said."),
    ("05-15 15:20", "Jubi", "jubi.id",
     "TPNPB claims shooting of soldier in Sugapa",
     "The TPNPB said its fighters shot dead a member of the Indonesian military in Sugapa district on "
     "Wednesday; the army confirmed one soldier died."),
])
inc("ly-janzour", "Libya", "Janzour", H, "WOUNDED", "civilians", 3, "Tripoli", [
    ("05-16 20:30", "Libya Observer", "libyaobserver.ly",
     "Three civilians injured in armed clashes in Janzour",
     "Three civilians were injured on Thursday evening in clashes between two armed groups in Janzour, west of "
     "Tripoli, the emergency medicine centre said."),
])


# ---------------------------------------------------------------- writer
def slug(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:90].rstrip("-")


def main():
    rows, items = [], []
    for n, i in enumerate(INCIDENTS, 1):
        iid = "D%03d" % n
        rows.append([iid, i["country"], i["town"], i["date"], i["type"], i["victim_group"], str(i["count"]), i["admin1"]])
        for pub, src, dom, title, text in i["reports"]:
            md, hm = pub.split()
            stamp = "2024-%sT%s:00Z" % (md, hm)
            url = "https://%s/2024/%s/%s" % (dom, md.replace("-", "/"), slug(title))
            items.append(dict(publishedAt=stamp, source=src, url=url, title=title, text=text, incident=iid))
    items.sort(key=lambda a: (a["publishedAt"], a["url"]))
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for k, a in enumerate(items, 1):
            rec = {"id": "d%03d" % k}
            rec.update(a)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "incidents.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"])
        w.writerows(rows)
    print("wrote %d items, %d incidents" % (len(items), len(rows)))


if __name__ == "__main__":
    main()
