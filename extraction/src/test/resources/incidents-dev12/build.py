#!/usr/bin/env python3
"""Hand-written source of the heldout6 incident stream (writer 62).

Every item below was written by hand. `python3 build.py` regenerates
articles.jsonl and incidents.tsv in this folder.
Event days: Monday 11, Tuesday 12, Wednesday 13 October 2021.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
INC = []   # (key, country, town, admin1, day, type, group, count)
ITEMS = [] # (key, published, source, domain, title, text)


def I(key, country, town, admin1, day, typ, group, count):
    INC.append((key, country, town, admin1, "2021-10-%02d" % day, typ, group, count))


def A(key, pub, source, domain, title, text):
    ITEMS.append((key, "2021-10-" + pub + ":00Z", source, domain, title, text))


# ---------------------------------------------------------------- Syria (11)
I("sy-inkhil", "Syria", "Inkhil", "Daraa", 11, "KILLED", "civilians", 1)
I("sy-dael", "Syria", "Dael", "Daraa", 11, "KILLED", "civilians", 1)
I("sy-kansafra", "Syria", "Kansafra", "Idlib", 12, "KILLED", "civilians", 2)
I("sy-misrin", "Syria", "Maarat Misrin", "Idlib", 12, "KILLED", "civilians", 2)
I("sy-hajin", "Syria", "Hajin", "Deir ez-Zor", 13, "KILLED", "militia", 2)
I("sy-shuhayl", "Syria", "al-Shuhayl", "Deir ez-Zor", 13, "KILLED", "militia", 2)
I("sy-palmyra", "Syria", "Palmyra", "Homs", 12, "KILLED", "soldiers", 3)
I("sy-rusafa", "Syria", "al-Rusafa", "Raqqa", 12, "KILLED", "soldiers", 3)
I("sy-nabudah", "Syria", "Kafr Nabudah", "Hama", 13, "KILLED", "soldiers", 1)
I("sy-afrin", "Syria", "Afrin", "Aleppo", 12, "WOUNDED", "civilians", 5)
I("sy-qamishli", "Syria", "Qamishli", "Hasakah", 11, "KILLED", "militia", 2)

A("sy-inkhil", "11T09:40", "Syrian Observatory for Human Rights", "www.syriahr.com",
  "Daraa: young man shot dead by unknown gunmen in Inkhil",
  "Unknown gunmen opened fire on a young man in Inkhil city in the northern countryside of Daraa this morning, killing him instantly, SOHR activists reported.")
A("sy-inkhil", "11T14:10", "Enab Baladi", "english.enabbaladi.net",
  "Former teacher killed near eastern entrance of Inkhil",
  "A former school teacher was killed by bullets from unidentified persons near the eastern entrance of Inkhil on Monday, local sources told Enab Baladi, the latest in a string of assassinations since the September settlement in Daraa.")
A("sy-inkhil", "12T08:30", "Syria TV", "www.syria.tv",
  "Man killed in Inkhil, second killing in northern Daraa on Monday",
  "A man in his thirties died of gunshot wounds in the town of Inkhil on Monday, in the second deadly incident of the day in the northern Daraa countryside after a bomb in a nearby town.")
A("sy-dael", "11T16:20", "North Press Agency", "npasyria.com",
  "Explosive device kills civilian in Da'el, north of Daraa",
  "A civilian died on Monday when an explosive device planted under his car went off in the town of Da'el, north of the city of Daraa, a local source told North Press.")
A("sy-dael", "12T06:00", "Halcyon Conflict Monitor", "halcyonmonitor.example.org",
  "Daily note: Dael car bomb",
  "On 11 October 2021, an improvised explosive device attached to a vehicle killed one civilian in Dael, Daraa governorate. Source: local activists.")

A("sy-kansafra", "12T10:05", "Syrian Observatory for Human Rights", "www.syriahr.com",
  "Woman and her son killed in regime shelling on Kansafra",
  "A woman and her son were killed this morning when regime artillery shells struck their home in Kansafra in the southern countryside of Idlib, SOHR says.")
A("sy-kansafra", "12T13:30", "Reuters", "www.reuters.com",
  "Government shelling kills two civilians in Syria's northwest - rescuers",
  "Syrian government shelling killed two civilians in the village of Kansafra in the rebel-held northwest on Tuesday, the Syrian Civil Defence rescue group said, in a breach of a ceasefire brokered by Russia and Turkey.")
A("sy-kansafra", "12T15:00", "AFP", "www.afp.com",
  "Regime bombardment kills mother and teenage son in south Idlib",
  "Regime bombardment on Tuesday killed a mother and her teenage son in the south of Idlib province, a war monitor said, as shelling intensified on the last rebel bastion.")
A("sy-kansafra", "13T07:45", "Enab Baladi", "english.enabbaladi.net",
  "Two civilians die as Assad forces' shells hit Kansafra",
  "Two civilians, a mother and her 15-year-old boy, died on Tuesday after shells fired by Assad forces from positions near Kafr Nabl landed on Kansafra, the civil defence said.")
A("sy-misrin", "12T17:40", "Anadolu Agency", "www.aa.com.tr",
  "Russian warplanes kill 2 civilians in Syria's Idlib",
  "Russian warplanes struck a poultry farm near Maarat Misrin in northwestern Syria's Idlib province on Tuesday, killing two civilians, according to the White Helmets.")
A("sy-misrin", "12T19:10", "Syrian Observatory for Human Rights", "www.syriahr.com",
  "Two people killed in Russian airstrikes north of Idlib city",
  "Two people were killed in Russian airstrikes that targeted the outskirts of Maarrat Misrin, north of Idlib city, this afternoon.")

A("sy-hajin", "13T11:00", "Syrian Observatory for Human Rights", "www.syriahr.com",
  "ISIS cells attack SDF checkpoint in Hajin, killing two members",
  "ISIS cells attacked a checkpoint of the Syrian Democratic Forces in Hajin in the eastern Deir Ezzor countryside at dawn, killing two SDF members, SOHR activists reported.")
A("sy-hajin", "13T14:30", "North Press Agency", "npasyria.com",
  "Two SDF fighters killed in attack on post in Hajin",
  "Two fighters of the Syrian Democratic Forces were killed on Wednesday in an attack by gunmen on a military post in the town of Hajin, east of Deir ez-Zor, a military source said.")
A("sy-hajin", "14T08:00", "Deir ezZor 24", "deirezzor24.net",
  "Islamic State claims Hajin attack on SDF militiamen",
  "The Islamic State claimed Wednesday's attack on an SDF checkpoint in Hajin, saying three militiamen were killed; local sources confirmed two dead.")
A("sy-shuhayl", "13T18:00", "Hawar News Agency", "hawarnews.com",
  "Two SDF fighters martyred by mine left by ISIS mercenaries",
  "Two fighters of the Syrian Democratic Forces were martyred on Wednesday when a mine left behind by ISIS mercenaries exploded under their vehicle in the Deir ez-Zor countryside.")
A("sy-shuhayl", "14T06:00", "Halcyon Conflict Monitor", "halcyonmonitor.example.org",
  "Daily note: landmine near al-Shuhayl",
  "On 13 October 2021, two SDF members were killed when their vehicle struck a landmine near al-Shuhayl, Deir ez-Zor governorate. Source: SOHR.")

A("sy-palmyra", "12T12:00", "SANA", "sana.sy",
  "Three army personnel martyred in terrorist attack on bus in Homs desert",
  "Three army personnel were martyred on Tuesday when a terrorist group targeted a military bus on the road near Palmyra in the eastern Homs countryside, a military source told SANA.")
A("sy-palmyra", "12T15:30", "Syrian Observatory for Human Rights", "www.syriahr.com",
  "Three regime soldiers killed as ISIS ambush bus near Tadmur",
  "Three regime soldiers were killed and four others injured when ISIS cells ambushed a bus near Tadmur in the Badia this morning.")
A("sy-palmyra", "13T09:00", "Associated Press", "apnews.com",
  "Islamic State militants ambush bus carrying Syrian troops",
  "Islamic State militants ambushed a bus carrying Syrian troops in the central desert on Tuesday, killing three soldiers, state media and an opposition war monitor said.")
A("sy-rusafa", "12T20:10", "Syrian Observatory for Human Rights", "www.syriahr.com",
  "Three soldiers killed in second ISIS attack in the Badia today",
  "ISIS cells attacked regime positions near al-Rusafa in the southern Raqqa desert this evening, killing three soldiers, hours after an ambush on a bus in the Homs desert.")
A("sy-rusafa", "13T10:20", "Enab Baladi", "english.enabbaladi.net",
  "Three regime soldiers killed in Rasafa, south of Raqqa",
  "Three soldiers of the Syrian regime forces were killed in an attack by Islamic State cells on a military point in Rasafa, south of Raqqa, on Tuesday evening.")

A("sy-nabudah", "13T13:00", "Orient News", "orient-news.net",
  "Regime soldier killed by sniper on Kafr Nabudah front",
  "A regime soldier was killed by a sniper of the National Front for Liberation on the Kafr Nabudah front in the northern Hama countryside on Wednesday, a military correspondent said.")
A("sy-afrin", "12T11:15", "Anadolu Agency", "www.aa.com.tr",
  "5 civilians injured in bomb attack in northwestern Syria",
  "AFRIN, Syria (AA) - Five civilians were injured on Tuesday when a bomb-laden motorcycle exploded near a vegetable market in Afrin, a local official said, blaming the YPG/PKK terror group.")
A("sy-afrin", "12T13:00", "Syrian Observatory for Human Rights", "www.syriahr.com",
  "Five people injured in motorbike bomb blast in Afrin city",
  "Five people, including two children, sustained injuries in a motorbike bomb explosion in Afrin city, in the Olive Branch areas, this morning.")
A("sy-qamishli", "11T15:00", "Hawar News Agency", "hawarnews.com",
  "Two Internal Security members martyred in drone attack near Qamishli",
  "Two members of the Internal Security Forces were martyred on Monday when a drone of the Turkish occupation army targeted their car on the road south of Qamishli.")
A("sy-qamishli", "11T18:00", "Anadolu Agency", "www.aa.com.tr",
  "Turkish forces neutralize 2 YPG/PKK terrorists in northern Syria",
  "Turkish security forces neutralized two YPG/PKK terrorists near Qamishli in northern Syria on Monday, security sources said, adding that the pair were preparing an attack on the border.")

# ---------------------------------------------------------------- Iraq (5)
I("iq-tuz", "Iraq", "Tuz Khurmatu", "Salahuddin", 12, "KILLED", "militia", 2)
I("iq-baladruz", "Iraq", "Baladruz", "Diyala", 12, "KILLED", "militia", 2)
I("iq-daquq", "Iraq", "Daquq", "Kirkuk", 11, "KILLED", "soldiers", 3)
I("iq-qayyarah", "Iraq", "Qayyarah", "Nineveh", 13, "KILLED", "militants", 4)
I("iq-abughraib", "Iraq", "Abu Ghraib", "Baghdad", 13, "WOUNDED", "civilians", 3)

A("iq-tuz", "12T09:30", "Shafaq News", "shafaq.com",
  "Two PMF members killed in ISIS attack near Tuz Khurmatu",
  "Two members of the Popular Mobilization Forces were killed in an ISIS attack on their post near Tuz Khurmatu, east of Salahuddin, at dawn on Tuesday, a security source told Shafaq News.")
A("iq-tuz", "12T14:00", "Rudaw", "www.rudaw.net",
  "Two Hashd al-Shaabi fighters killed in Tuz Khurmatu",
  "Islamic State militants killed two Hashd al-Shaabi fighters in an overnight raid in Tuz Khurmatu district, a Hashd official told Rudaw on Tuesday, two days after the parliamentary election.")
A("iq-baladruz", "12T16:40", "Xinhua", "www.news.cn",
  "2 Iraqi paramilitary fighters killed in roadside bomb blast",
  "BAQUBA, Iraq, Oct. 12 (Xinhua) -- Two members of Iraq's paramilitary Popular Mobilization Forces were killed on Tuesday when a roadside bomb struck their vehicle in the eastern province of Diyala, a provincial police source said.")
A("iq-baladruz", "12T18:00", "Iraqi News Agency", "www.ina.iq",
  "Explosive device targets PMF vehicle in Baladruz",
  "An explosive device targeted a vehicle of the Popular Mobilization in Baladruz district on Tuesday, killing two fighters, the Security Media Cell said in a statement.")
A("iq-daquq", "11T17:00", "Kurdistan24", "www.kurdistan24.net",
  "Three Iraqi soldiers killed in IS attack in Daquq",
  "Three Iraqi soldiers were killed on Monday when Islamic State militants attacked an army outpost in the villages of Daquq district, south of Kirkuk, a Kurdish security official said.")
A("iq-qayyarah", "13T12:00", "Iraqi News Agency", "www.ina.iq",
  "Iraqi F-16 jets kill four ISIS terrorists south of Mosul",
  "Iraqi F-16 jets killed four ISIS terrorists in an airstrike on a hideout in the Qayyarah area, south of Mosul, on Wednesday, the Joint Operations Command said.")
A("iq-abughraib", "13T19:00", "Shafaq News", "shafaq.com",
  "Three civilians injured in explosion west of Baghdad",
  "Three civilians were injured on Wednesday evening when an improvised explosive device went off near a vegetable market in Abu Ghraib, west of Baghdad, a security source said.")

# ---------------------------------------------------------------- Afghanistan (5)
I("af-ghanikhel", "Afghanistan", "Ghani Khel", "Nangarhar", 11, "KILLED", "police", 2)
I("af-chaparhar", "Afghanistan", "Chaparhar", "Nangarhar", 11, "KILLED", "police", 2)
I("af-rukha", "Afghanistan", "Rukha", "Panjshir", 12, "KILLED", "soldiers", 3)
I("af-charikar", "Afghanistan", "Charikar", "Parwan", 13, "WOUNDED", "civilians", 2)
I("af-asadabad", "Afghanistan", "Asadabad", "Kunar", 13, "KILLED", "police", 1)

A("af-ghanikhel", "11T13:00", "Pajhwok Afghan News", "pajhwok.com",
  "2 Islamic Emirate policemen shot dead in Shinwar",
  "Two Islamic Emirate policemen were killed when unidentified armed men opened fire on them in Ghani Khel, the centre of Shinwar district of eastern Nangarhar province, on Monday, officials said.")
A("af-ghanikhel", "12T07:30", "Reuters", "www.reuters.com",
  "Gunmen kill two Taliban police in eastern Afghanistan",
  "Gunmen killed two Taliban police officers in eastern Afghanistan's Nangarhar province on Monday, a Taliban official said, in an attack bearing the hallmarks of the local Islamic State affiliate.")
A("af-chaparhar", "11T16:30", "TOLOnews", "tolonews.com",
  "Two Police Officers Killed in Nangarhar Mine Blast",
  "A roadside mine hit a vehicle of the Islamic Emirate's forces in Chaparhar district of Nangarhar on Monday afternoon, killing two police officers, local officials confirmed.")
A("af-rukha", "12T12:00", "Khaama Press", "www.khaama.com",
  "Resistance Front claims killing Taliban fighters in Panjshir's Rukha",
  "The National Resistance Front said its forces killed ten Taliban fighters in an ambush in Rukha district of Panjshir on Tuesday; local residents put the toll at three.")
A("af-rukha", "13T06:30", "Pajhwok Afghan News", "pajhwok.com",
  "Three IE fighters killed in Panjshir clash",
  "Three Islamic Emirate fighters lost their lives on Tuesday when armed opponents attacked their post in Panjshir's Rukha, a provincial official said, denying higher figures.")
A("af-charikar", "13T11:40", "TOLOnews", "tolonews.com",
  "Sticky Bomb Blast Wounds Two in Charikar",
  "A sticky bomb attached to a rickshaw exploded in Charikar, the capital of Parwan province, on Wednesday morning, wounding two civilians, the security command said.")
A("af-asadabad", "13T15:10", "Pajhwok Afghan News", "pajhwok.com",
  "Policeman gunned down in Kunar capital",
  "ASADABAD (Pajhwok): An Islamic Emirate police officer was gunned down by unknown armed men near the main bazaar of Asadabad, the capital of Kunar province, on Wednesday.")

# ---------------------------------------------------------------- Yemen (4)
I("ye-juba", "Yemen", "al-Juba", "Marib", 12, "KILLED", "soldiers", 3)
I("ye-usaylan", "Yemen", "Usaylan", "Shabwa", 12, "KILLED", "soldiers", 3)
I("ye-mawza", "Yemen", "Mawza", "Taiz", 11, "KILLED", "civilians", 1)
I("ye-tuhayta", "Yemen", "al-Tuhayta", "Hodeidah", 13, "KILLED", "civilians", 2)

A("ye-juba", "12T13:20", "Saba News Agency", "www.sabanew.net",
  "Three army heroes martyred repelling Houthi attack in al-Juba",
  "Three heroes of the national army were martyred while repelling an attack by the Houthi militia on positions in al-Juba district, south of Marib, on Tuesday, a military source said.")
A("ye-juba", "13T08:10", "Xinhua", "www.news.cn",
  "3 Yemeni soldiers killed in clashes with Houthis in Marib",
  "Three Yemeni government soldiers were killed on Tuesday in fierce clashes with Houthi rebels in the southern parts of the oil-rich province of Marib, a military official said.")
A("ye-usaylan", "12T18:30", "Almasdar Online", "almasdaronline.com",
  "Houthi shelling kills three soldiers in Shabwa's Usaylan",
  "Three soldiers of the government forces were killed on Tuesday when Houthi shells hit their positions in Usaylan district of Shabwa governorate, a military source told Almasdar Online.")
A("ye-mawza", "11T14:00", "Yemen Monitor", "www.yemenmonitor.com",
  "Houthi sniper kills shepherd in Mawza",
  "A Houthi sniper shot dead a shepherd in Mawza district, west of Taiz, on Monday, local sources said.")
A("ye-mawza", "12T06:00", "Halcyon Conflict Monitor", "halcyonmonitor.example.org",
  "Daily note: sniper fire in Mawza",
  "On 11 October 2021, one civilian was killed by sniper fire in Mawza, Taiz governorate. Source: local sources.")
A("ye-tuhayta", "13T16:00", "Almasdar Online", "almasdaronline.com",
  "Landmine kills two children in Hodeidah's Tuhayta",
  "Two children were killed on Wednesday when a landmine planted by the Houthis exploded in al-Tuhayta district, south of Hodeidah, a medical source said.")

# ---------------------------------------------------------------- Somalia (6)
I("so-balcad", "Somalia", "Balcad", "Middle Shabelle", 11, "KILLED", "soldiers", 2)
I("so-jowhar", "Somalia", "Jowhar", "Middle Shabelle", 11, "KILLED", "soldiers", 2)
I("so-buloburde", "Somalia", "Buloburde", "Hiiraan", 13, "KILLED", "civilians", 1)
I("so-dhusamareb", "Somalia", "Dhusamareb", "Galgaduud", 13, "KILLED", "civilians", 1)
I("so-bardhere", "Somalia", "Bardhere", "Gedo", 12, "WOUNDED", "soldiers", 3)
I("so-qardho", "Somalia", "Qardho", "Bari", 12, "WOUNDED", "police", 2)

A("so-balcad", "11T12:00", "Garowe Online", "www.garoweonline.com",
  "SNA soldier dies as Al-Shabaab storms Balcad base",
  "One Somali National Army soldier died and another was badly hurt after Al-Shabaab fighters stormed a military base in Balcad, some 30km north of the capital, in the early hours of Monday, officials said.")
A("so-balcad", "11T15:30", "Hiiraan Online", "www.hiiraan.com",
  "Al-Shabaab attack on Bal'ad base kills two soldiers",
  "Al-Shabaab militants attacked an army base in Bal'ad town in Middle Shabelle on Monday morning, killing two soldiers, one of whom died of his wounds in hospital, before they were pushed back, a local commander told Hiiraan Online.")
A("so-balcad", "12T09:00", "Reuters", "www.reuters.com",
  "Islamist militants attack army base north of Somali capital",
  "Islamist militants attacked a military base north of the Somali capital on Monday, killing two soldiers in a gun battle that lasted about an hour, a military officer said.")
A("so-jowhar", "11T17:00", "SONNA", "sonna.so",
  "Two SNA soldiers martyred in Khawarij explosion near Jowhar",
  "Two SNA troops were martyred when the Khawarij detonated an explosive device on a road near Jowhar on Monday afternoon, a commander said.")
A("so-jowhar", "12T08:00", "Radio Dalsan", "www.radiodalsan.com",
  "Roadside bomb kills two soldiers outside Jowhar",
  "A roadside bomb killed two soldiers travelling in a pickup truck outside Jowhar town on Monday afternoon, witnesses told Radio Dalsan.")
A("so-buloburde", "13T11:00", "Hiiraan Online", "www.hiiraan.com",
  "Mortar shell kills tea seller in Buloburde",
  "A tea seller was killed when mortar shells fired by al-Shabaab landed near the livestock market in Buloburde, in the Hiiraan region, on Wednesday morning, residents said.")
A("so-buloburde", "13T16:00", "Radio Kulmiye", "www.radiokulmiye.net",
  "One civilian killed in mortar attack on Bulo Burte",
  "One civilian died and two others were slightly hurt when al-Shabaab lobbed mortars into Bulo Burte town on Wednesday, the district commissioner said.")
A("so-dhusamareb", "13T18:00", "Garowe Online", "www.garoweonline.com",
  "Gunmen shoot dead businessman in Dhusamareb",
  "Gunmen shot dead a businessman in Dhusamareb, the administrative capital of Galmudug state, on Wednesday evening, police said, adding that the attackers fled on foot.")
A("so-bardhere", "12T14:00", "Somali Guardian", "somaliguardian.com",
  "Three soldiers wounded in roadside blast near Bardhere",
  "Three soldiers were wounded when a roadside bomb struck their vehicle on the outskirts of Bardhere in Gedo region on Tuesday, a military officer said.")
A("so-qardho", "12T10:30", "Puntland Post", "puntlandpost.net",
  "Grenade hurled at Qardho police station wounds two officers",
  "A hand grenade thrown at the central police station in Qardho wounded two officers early on Tuesday, a Puntland police spokesman said.")
A("so-qardho", "12T15:00", "Horseed Media", "horseedmedia.net",
  "Grenade attack on Qardho police station injures two policemen",
  "Two policemen were injured when an unknown attacker lobbed a grenade over the wall of a police station in the Puntland town of Qardho on Tuesday morning.")

# ---------------------------------------------------------------- Pakistan (4)
I("pk-dattakhel", "Pakistan", "Datta Khel", "Khyber Pakhtunkhwa", 12, "KILLED", "soldiers", 1)
I("pk-razmak", "Pakistan", "Razmak", "Khyber Pakhtunkhwa", 12, "KILLED", "soldiers", 1)
I("pk-turbat", "Pakistan", "Turbat", "Balochistan", 13, "KILLED", "soldiers", 2)
I("pk-kulachi", "Pakistan", "Kulachi", "Khyber Pakhtunkhwa", 11, "KILLED", "police", 2)

A("pk-dattakhel", "12T16:00", "Dawn", "www.dawn.com",
  "Soldier martyred in exchange of fire in Datta Khel",
  "A soldier was martyred during an exchange of fire with terrorists in the Datta Khel area of North Waziristan district on Tuesday, the ISPR said, adding that two terrorists were injured.")
A("pk-dattakhel", "13T07:00", "The Express Tribune", "tribune.com.pk",
  "Sepoy martyred in North Waziristan gunfight",
  "A sepoy of the Pakistan Army was martyred in a gunfight with militants near the Afghan border in North Waziristan on Tuesday, the military's media wing said.")
A("pk-razmak", "12T18:20", "The News", "www.thenews.com.pk",
  "Soldier embraces martyrdom in Razmak blast",
  "MIRANSHAH: A soldier embraced martyrdom when an improvised explosive device went off near a security forces vehicle in Razmak tehsil on Tuesday, officials said.")
A("pk-razmak", "13T09:00", "Pakistan Today", "www.pakistantoday.com.pk",
  "Roadside bomb kills soldier in Razmak",
  "A Pakistani soldier was killed on Tuesday when a roadside bomb targeted a patrol in Razmak, in the North Waziristan tribal district, the army said.")
A("pk-turbat", "13T14:00", "Dawn", "www.dawn.com",
  "Two FC personnel martyred in attack near Turbat",
  "QUETTA: Two Frontier Corps personnel were martyred when terrorists attacked a check post near Turbat in Kech district on Wednesday, a statement said.")
A("pk-turbat", "13T17:30", "The Balochistan Post", "thebalochistanpost.net",
  "BLF claims attack on army post in Kech",
  "The Balochistan Liberation Front claimed an attack on a Pakistani army post in Kech on Wednesday, saying five personnel were killed; officials confirmed two deaths near Turbat.")
A("pk-kulachi", "11T15:00", "The Express Tribune", "tribune.com.pk",
  "Two policemen martyred in Kulachi",
  "PESHAWAR: Two policemen were martyred when unidentified motorcyclists opened fire on a police mobile in Kulachi tehsil of Dera Ismail Khan on Monday, police said.")

# ---------------------------------------------------------------- India (3)
I("in-dantewada", "India", "Dantewada", "Chhattisgarh", 12, "WOUNDED", "police", 2)
I("in-malkangiri", "India", "Malkangiri", "Odisha", 12, "WOUNDED", "police", 2)
I("in-latehar", "India", "Latehar", "Jharkhand", 13, "KILLED", "civilians", 1)

A("in-dantewada", "12T11:00", "Press Trust of India", "www.ptinews.com",
  "Two DRG jawans injured in IED blast in Dantewada",
  "DANTEWADA, Oct 12 (PTI) Two District Reserve Guard personnel were injured in an IED blast triggered by Naxalites in Dantewada district of Chhattisgarh on Tuesday morning, police said.")
A("in-dantewada", "12T16:40", "The Times of India", "timesofindia.indiatimes.com",
  "Two jawans hurt in Maoist blast in Aranpur forests",
  "Two jawans were hurt when Maoists set off a pressure bomb during a search operation in the Aranpur forests on Tuesday; both were taken to Jagdalpur and are out of danger.")
A("in-malkangiri", "12T17:30", "The New Indian Express", "www.newindianexpress.com",
  "Two SOG commandos injured in exchange of fire with Maoists in Malkangiri",
  "Two SOG commandos were injured in an exchange of fire with Maoists in the cut-off area of Malkangiri district on Tuesday, a senior police officer said.")
A("in-malkangiri", "13T06:00", "Odisha TV", "odishatv.in",
  "Two jawans injured in Maoist encounter near Andhra border",
  "Two jawans were injured in a gun battle with Maoists in a forest along the Odisha-Andhra border on Tuesday, police said, adding that the rebels escaped into the hills.")
A("in-latehar", "13T15:00", "Press Trust of India", "www.ptinews.com",
  "Maoists kill villager on suspicion of being police informer",
  "RANCHI, Oct 13 (PTI) Suspected Maoists shot dead a villager on suspicion of being a police informer in Latehar district of Jharkhand on Wednesday, police said.")

# ---------------------------------------------------------------- Nigeria (8)
I("ng-bakura", "Nigeria", "Bakura", "Zamfara", 11, "KILLED", "civilians", 3)
I("ng-goronyo", "Nigeria", "Goronyo", "Sokoto", 11, "KILLED", "civilians", 3)
I("ng-nnewi", "Nigeria", "Nnewi", "Anambra", 12, "KILLED", "police", 2)
I("ng-okigwe", "Nigeria", "Okigwe", "Imo", 12, "KILLED", "police", 2)
I("ng-monguno", "Nigeria", "Monguno", "Borno", 13, "KILLED", "soldiers", 4)
I("ng-birningwari", "Nigeria", "Birnin Gwari", "Kaduna", 12, "KILLED", "civilians", 5)
I("ng-shiroro", "Nigeria", "Shiroro", "Niger", 13, "KILLED", "militia", 2)
I("ng-agatu", "Nigeria", "Agatu", "Benue", 11, "KILLED", "civilians", 4)

A("ng-bakura", "11T18:00", "Premium Times", "www.premiumtimesng.com",
  "Bandits kill three villagers in Zamfara community",
  "Bandits on Monday killed three villagers and abducted several women in an attack on Damri, a farming community in Bakura Local Government Area of Zamfara State, residents said.")
A("ng-bakura", "12T08:00", "Daily Trust", "dailytrust.com",
  "Gunmen kill 3, abduct women in Bakura LGA",
  "GUSAU - Three people were killed when gunmen on motorcycles invaded a village in Bakura local government area on Monday afternoon, a community leader told Daily Trust.")
A("ng-goronyo", "12T09:30", "Punch", "punchng.com",
  "Bandits kill three traders at Sokoto weekly market",
  "Bandits on Monday killed three traders when they stormed a weekly market in Goronyo Local Government Area of Sokoto State, the state police command confirmed.")
A("ng-goronyo", "12T13:00", "Channels Television", "www.channelstv.com",
  "Three dead as gunmen raid Goronyo market",
  "SOKOTO - Three persons lost their lives on Monday when armed bandits raided the Goronyo market and carted away livestock, a local government official said.")
A("ng-nnewi", "12T15:00", "Vanguard", "www.vanguardngr.com",
  "Gunmen attack police checkpoint in Nnewi, kill two officers",
  "Gunmen on Tuesday attacked a police checkpoint at Nnewi, Anambra State, killing two officers and setting their patrol van ablaze, witnesses said.")
A("ng-nnewi", "13T08:00", "The Sun", "sunnewsonline.com",
  "Two policemen killed as hoodlums attack Nkwo Nnewi checkpoint",
  "AWKA - The Anambra State Police Command has confirmed the killing of two of its men by hoodlums who attacked their checkpoint near Nkwo Nnewi on Tuesday.")
A("ng-nnewi", "13T11:00", "Reuters", "www.reuters.com",
  "Gunmen kill two police in Nigeria's Anambra weeks before vote",
  "LAGOS (Reuters) - Gunmen killed two police officers in southeastern Nigeria's Anambra state on Tuesday, police said, weeks ahead of a governorship election in the state.")
A("ng-okigwe", "12T19:00", "Punch", "punchng.com",
  "Two policemen killed as gunmen attack Okigwe division",
  "Two policemen were killed on Tuesday when gunmen attacked the Okigwe divisional police headquarters in Imo State and freed suspects from the cells.")
A("ng-okigwe", "13T09:20", "Daily Post", "dailypost.ng",
  "Suspected ESN gunmen kill two police officers in Imo",
  "OWERRI - Gunmen suspected to be members of the Eastern Security Network on Tuesday killed two police officers in Okigwe, the state police spokesman said, hours after two officers were killed at a checkpoint in neighbouring Anambra.")
A("ng-monguno", "13T16:00", "HumAngle", "humanglemedia.com",
  "ISWAP fighters kill four soldiers in Monguno base attack",
  "ISWAP fighters attacked a military base in Monguno, northern Borno, on Wednesday afternoon, killing four soldiers and burning two gun trucks, sources told HumAngle.")
A("ng-monguno", "14T08:00", "AFP", "www.afp.com",
  "Jihadists kill four Nigerian soldiers near Lake Chad",
  "Jihadists killed four Nigerian soldiers in an attack on a base in Borno state near Lake Chad on Wednesday, two military sources told AFP.")
A("ng-birningwari", "12T17:00", "Daily Trust", "dailytrust.com",
  "Bandits kill five in Birnin Gwari villages",
  "Bandits killed five people in attacks on two villages in Birnin Gwari Local Government Area of Kaduna State on Tuesday, the state commissioner for internal security said.")
A("ng-shiroro", "13T17:00", "Premium Times", "www.premiumtimesng.com",
  "Bandits ambush vigilantes in Shiroro, kill two",
  "MINNA - Two vigilante members were killed on Wednesday when bandits ambushed them near Kuta in Shiroro Local Government Area of Niger State, a council official said.")
A("ng-agatu", "11T19:00", "Channels Television", "www.channelstv.com",
  "Suspected herdsmen kill four farmers in Agatu",
  "Suspected herdsmen killed four farmers in an attack on Okokolo community in Agatu Local Government Area of Benue State on Monday, the council chairman said.")

# ---------------------------------------------------------------- Burkina Faso (4)
I("bf-barsalogho", "Burkina Faso", "Barsalogho", "Centre-Nord", 12, "KILLED", "soldiers", 3)
I("bf-kongoussi", "Burkina Faso", "Kongoussi", "Centre-Nord", 12, "KILLED", "soldiers", 3)
I("bf-diapaga", "Burkina Faso", "Diapaga", "Est", 11, "KILLED", "civilians", 2)
I("bf-tougan", "Burkina Faso", "Tougan", "Boucle du Mouhoun", 13, "KILLED", "militia", 4)

A("bf-barsalogho", "12T19:00", "AFP", "www.afp.com",
  "Three soldiers killed in jihadist attack in Burkina Faso",
  "OUAGADOUGOU (AFP) - Three Burkinabe soldiers were killed on Tuesday when suspected jihadists attacked a military detachment in Barsalogho, in the Centre-North region, security sources said.")
A("bf-barsalogho", "13T09:00", "Lefaso.net", "lefaso.net",
  "Barsalogho detachment attack: three soldiers fall",
  "Three soldiers lost their lives on Tuesday afternoon in an attack by armed terrorist individuals on the military detachment of Barsalogho, in the Sanmatenga province, the army staff said.")
A("bf-barsalogho", "13T12:00", "Reuters", "www.reuters.com",
  "Militants kill three soldiers in north-central Burkina Faso",
  "DAKAR (Reuters) - Suspected Islamist militants killed three soldiers in an assault on an army detachment in north-central Burkina Faso on Tuesday, the army said, adding that several attackers were killed.")
A("bf-kongoussi", "12T20:00", "Burkina24", "www.burkina24.com",
  "Three soldiers killed by explosive device north of Kongoussi",
  "Three soldiers died on Tuesday when their vehicle hit an improvised explosive device on the road about 15 km north of Kongoussi, a security source said.")
A("bf-kongoussi", "13T10:00", "RFI", "www.rfi.fr",
  "Burkina Faso: three soldiers killed by a mine in the Bam province",
  "Three soldiers were killed by a roadside explosive device on Tuesday in the Bam province, in the north of Burkina Faso, according to local sources.")
A("bf-diapaga", "12T09:00", "Lefaso.net", "lefaso.net",
  "Two civilians shot dead near Diapaga",
  "Two civilians were shot dead on Monday by unidentified armed men on the road leading to Diapaga, in the Tapoa province, local sources said.")
A("bf-tougan", "13T18:00", "Agence d'Information du Burkina", "www.aib.media",
  "Four VDP killed in ambush near Tougan",
  "Four Volunteers for the Defence of the Homeland were killed on Wednesday in an ambush by terrorists near Tougan, the regional governor said.")
A("bf-tougan", "14T10:00", "AFP", "www.afp.com",
  "Four army auxiliaries killed in northwest Burkina",
  "Four army auxiliaries were killed in an ambush in the northwest of Burkina Faso on Wednesday, a local official said, in a zone where jihadist groups have expanded this year.")

# ---------------------------------------------------------------- Mali (4)
I("ml-tenenkou", "Mali", "Tenenkou", "Mopti", 11, "KILLED", "soldiers", 2)
I("ml-niono", "Mali", "Niono", "Segou", 11, "KILLED", "soldiers", 2)
I("ml-bourem", "Mali", "Bourem", "Gao", 13, "KILLED", "civilians", 1)
I("ml-goundam", "Mali", "Goundam", "Timbuktu", 12, "WOUNDED", "soldiers", 3)

A("ml-tenenkou", "11T20:00", "Studio Tamani", "www.studiotamani.org",
  "Two FAMa soldiers killed in ambush near Tenenkou",
  "Two soldiers of the Malian armed forces were killed on Monday when their patrol fell into an ambush near Tenenkou, according to a FAMa statement.")
A("ml-tenenkou", "12T11:00", "AFP", "www.afp.com",
  "Two Malian soldiers killed in ambush in the centre",
  "Two Malian soldiers were killed in an ambush in the centre of the country on Monday, the army said, without naming the attackers.")
A("ml-niono", "12T08:00", "Maliweb", "www.maliweb.net",
  "Two soldiers killed as explosive device hits army vehicle near Niono",
  "Two soldiers were killed and three wounded when an explosive device hit an army vehicle near Niono on Monday, a military source said.")
A("ml-bourem", "13T19:00", "Studio Tamani", "www.studiotamani.org",
  "Trader killed by armed men on road near Bourem",
  "A trader was killed by armed men on the road near Bourem, in the Gao region, on Wednesday, his relatives said.")
A("ml-goundam", "12T14:00", "AFP", "www.afp.com",
  "Three UN peacekeepers wounded in Mali blast",
  "Three UN peacekeepers were wounded when their convoy hit an explosive device near Goundam in northern Mali's Timbuktu region on Tuesday, the UN mission said.")
A("ml-goundam", "12T19:00", "Xinhua", "www.news.cn",
  "3 MINUSMA blue helmets injured in IED attack in Timbuktu region",
  "BAMAKO, Oct. 12 (Xinhua) -- Three blue helmets of the UN mission in Mali were injured on Tuesday when an improvised explosive device struck a logistics convoy in the Timbuktu region, MINUSMA said.")

# ---------------------------------------------------------------- Niger (3)
I("ne-banibangou", "Niger", "Banibangou", "Tillaberi", 13, "KILLED", "civilians", 2)
I("ne-ouallam", "Niger", "Ouallam", "Tillaberi", 13, "KILLED", "civilians", 2)
I("ne-mainesoroa", "Niger", "Maine-Soroa", "Diffa", 11, "KILLED", "soldiers", 3)

A("ne-banibangou", "13T19:00", "ActuNiger", "www.actuniger.com",
  "Two villagers killed by gunmen in Banibangou commune",
  "Two villagers were killed on Wednesday by gunmen on motorbikes in a hamlet of the rural commune of Banibangou, local sources said.")
A("ne-banibangou", "14T09:00", "AFP", "www.afp.com",
  "Suspected jihadists kill two civilians in western Niger",
  "Suspected jihadists on motorcycles killed two civilians in a hamlet in western Niger's Tillaberi region near the Malian border on Wednesday, a local official said.")
A("ne-ouallam", "14T07:30", "RFI", "www.rfi.fr",
  "Niger: two civilians killed in the Ouallam department",
  "Two civilians were killed on Wednesday during an attack on a village in the Ouallam department, where armed groups have targeted farmers during the harvest.")
A("ne-mainesoroa", "11T20:00", "ActuNiger", "www.actuniger.com",
  "Three soldiers killed in Boko Haram attack near Maine-Soroa",
  "Three soldiers were killed on Monday in an attack by Boko Haram elements on a military position near Maine-Soroa, a security source said.")
A("ne-mainesoroa", "12T10:00", "Xinhua", "www.news.cn",
  "3 Nigerien soldiers die as Boko Haram fighters hit army post in southeast",
  "Three Nigerien soldiers were killed when Boko Haram fighters stormed an army post in the southeastern region of Diffa on Monday, the defence ministry said.")

# ---------------------------------------------------------------- DR Congo (5)
I("cd-kamango", "DR Congo", "Kamango", "North Kivu", 12, "KILLED", "civilians", 4)
I("cd-mambasa", "DR Congo", "Mambasa", "Ituri", 12, "KILLED", "civilians", 4)
I("cd-bunia", "DR Congo", "Bunia", "Ituri", 11, "WOUNDED", "civilians", 2)
I("cd-uvira", "DR Congo", "Uvira", "South Kivu", 13, "KILLED", "civilians", 2)
I("cd-minembwe", "DR Congo", "Minembwe", "South Kivu", 13, "KILLED", "civilians", 2)

A("cd-kamango", "12T15:00", "Radio Okapi", "www.radiookapi.net",
  "Beni: at least three civilians killed by ADF near Kamango",
  "At least three civilians were killed by ADF rebels who surprised them in their fields near Kamango, in Beni territory, on Tuesday morning, civil society sources said.")
A("cd-kamango", "12T19:00", "Actualite.cd", "actualite.cd",
  "Four dead in ADF incursion in the Kamango area",
  "The toll of Tuesday's ADF incursion in the Kamango area, in the Watalinga chiefdom, has risen to four after the body of a missing farmer was found, the local administrator told Actualite.cd.")
A("cd-kamango", "13T10:00", "Reuters", "www.reuters.com",
  "Suspected rebels kill four in eastern Congo",
  "GOMA, Congo (Reuters) - Suspected Allied Democratic Forces fighters killed four people in eastern Congo's North Kivu province on Tuesday, local officials said, the latest in a wave of attacks despite a military state of siege.")
A("cd-mambasa", "13T08:00", "7sur7.cd", "7sur7.cd",
  "Ituri: four civilians killed by ADF in Mambasa territory",
  "Four civilians were killed on Tuesday by ADF rebels in a village of Mambasa territory, on the road to Biakato, the territory administrator said.")
A("cd-bunia", "11T14:00", "Radio Okapi", "www.radiookapi.net",
  "Two people wounded in grenade explosion in Bunia",
  "Two people were wounded on Monday when a grenade exploded in a bar in the Lumumba neighbourhood of Bunia, the Ituri provincial capital, police said.")
A("cd-bunia", "11T18:00", "Actualite.cd", "actualite.cd",
  "Ituri: grenade blast injures two in the provincial capital",
  "A grenade thrown into a drinking spot injured two people on Monday in the capital of Ituri province, the mayor said, calling for calm.")
A("cd-uvira", "13T14:00", "Radio Okapi", "www.radiookapi.net",
  "Two civilians killed by Mai-Mai in the Ruzizi plain",
  "Two civilians were killed on Wednesday by Mai-Mai militiamen in a village of the Ruzizi plain, in Uvira territory, local sources said.")
A("cd-uvira", "14T08:00", "Actualite.cd", "actualite.cd",
  "Uvira: two dead in militia attack on a village",
  "BUKAVU - Two people were killed when militiamen raided a village in Uvira territory on Wednesday, the civil society of the plain said.")
A("cd-minembwe", "13T18:00", "Radio Maendeleo", "www.radiomaendeleo.info",
  "Two herders killed near Minembwe",
  "Two herders were killed on Wednesday in an attack by armed men on a grazing area near Minembwe, in the high plateaus, local leaders said.")

# ---------------------------------------------------------------- Cameroon (3)
I("cm-bamenda", "Cameroon", "Bamenda", "North-West", 11, "KILLED", "soldiers", 2)
I("cm-mamfe", "Cameroon", "Mamfe", "South-West", 11, "KILLED", "soldiers", 2)
I("cm-kolofata", "Cameroon", "Kolofata", "Far North", 13, "KILLED", "civilians", 3)

A("cm-bamenda", "11T17:00", "Mimi Mefo Info", "mimimefoinfos.com",
  "Two soldiers killed as separatists attack checkpoint in Ntarikon",
  "BAMENDA - Two soldiers were killed on Monday when separatist fighters attacked a military checkpoint at Ntarikon, residents said.")
A("cm-bamenda", "12T10:00", "AFP", "www.afp.com",
  "Two soldiers killed in Cameroon's anglophone northwest",
  "YAOUNDE (AFP) - Two soldiers were killed by separatist gunmen on Monday in the regional capital of the Northwest, a security source said.")
A("cm-mamfe", "12T09:00", "The Guardian Post", "theguardianpostcameroon.com",
  "Two soldiers killed in ambush near Mamfe",
  "Two soldiers of the Rapid Intervention Battalion were killed on Monday in an ambush near Mamfe in Manyu Division, sources said.")
A("cm-kolofata", "13T17:00", "CRTV", "www.crtv.cm",
  "Boko Haram kills three civilians in Kolofata",
  "Boko Haram terrorists killed three civilians in an overnight raid on a village in Kolofata subdivision on Wednesday, administrative authorities said.")
A("cm-kolofata", "14T08:30", "AFP", "www.afp.com",
  "Jihadists kill three civilians in Cameroon's Far North",
  "MAROUA (AFP) - Jihadists killed three civilians in a raid on a village in Cameroon's Far North region on Wednesday, a local official told AFP.")

# ---------------------------------------------------------------- Myanmar (4)
I("mm-gangaw", "Myanmar", "Gangaw", "Magway", 12, "KILLED", "civilians", 3)
I("mm-pauk", "Myanmar", "Pauk", "Magway", 12, "KILLED", "civilians", 3)
I("mm-kani", "Myanmar", "Kani", "Sagaing", 13, "KILLED", "soldiers", 2)
I("mm-demoso", "Myanmar", "Demoso", "Kayah", 11, "KILLED", "civilians", 1)

A("mm-gangaw", "12T13:00", "Myanmar Now", "myanmar-now.org",
  "Junta troops shoot dead villagers in Gangaw Township",
  "Junta troops shot dead at least two villagers during a raid on a village in Gangaw Township, Magway Region, on Tuesday morning, locals said.")
A("mm-gangaw", "12T17:00", "The Irrawaddy", "www.irrawaddy.com",
  "Three civilians killed in regime raid in Gangaw",
  "Three civilians, including a 60-year-old man whose body was found later in the day, were killed when regime soldiers stormed a village in Gangaw on Tuesday, a resistance group said.")
A("mm-gangaw", "13T09:00", "Radio Free Asia", "www.rfa.org",
  "Soldiers kill three civilians in Myanmar's Magway region",
  "Soldiers shot dead three civilians when they stormed a hamlet in Myanmar's Magway region on Tuesday, residents told RFA.")
A("mm-pauk", "12T18:00", "Mizzima", "www.mizzima.com",
  "Three civilians killed as junta artillery shells hit village in Pauk",
  "Three civilians were killed when shells fired by junta artillery landed on a village in Pauk Township on Tuesday afternoon, villagers said.")
A("mm-kani", "13T15:00", "Myanmar Now", "myanmar-now.org",
  "Two regime soldiers killed in PDF ambush in Kani",
  "Two regime soldiers were killed when a People's Defence Force unit ambushed a military column in Kani Township, Sagaing Region, on Wednesday, the PDF said.")
A("mm-kani", "14T06:00", "The Irrawaddy", "www.irrawaddy.com",
  "Resistance fighters kill two junta troops in Sagaing",
  "Resistance fighters killed two junta troops in an ambush near Kani on Wednesday, the local defence force said.")
A("mm-demoso", "11T15:00", "Kantarawaddy Times", "www.kantarawaddytimes.org",
  "Man killed by junta artillery in Demoso Township",
  "LOIKAW - A man was killed by junta artillery fire in Demoso Township, Karenni State, on Monday, residents said.")

# ---------------------------------------------------------------- Mexico (4)
I("mx-jerez", "Mexico", "Jerez", "Zacatecas", 11, "KILLED", "police", 2)
I("mx-sombrerete", "Mexico", "Sombrerete", "Zacatecas", 11, "KILLED", "police", 2)
I("mx-aguililla", "Mexico", "Aguililla", "Michoacan", 12, "WOUNDED", "soldiers", 3)
I("mx-chilapa", "Mexico", "Chilapa", "Guerrero", 13, "KILLED", "civilians", 4)

A("mx-jerez", "12T02:30", "El Universal", "www.eluniversal.com.mx",
  "Two municipal police officers ambushed and killed in Jerez",
  "Two municipal police officers were ambushed and killed in Jerez, Zacatecas, this Monday night, the state security ministry said.")
A("mx-jerez", "12T15:00", "Milenio", "www.milenio.com",
  "Municipal police killed in Jerez ambush",
  "Armed men ambushed a patrol of the municipal police in Jerez on Monday, killing two officers, the state prosecutor said.")
A("mx-sombrerete", "12T04:00", "La Jornada", "www.jornada.com.mx",
  "Armed men kill two municipal police at checkpoint in Sombrerete",
  "Armed men killed two municipal police officers at a checkpoint in Sombrerete, Zacatecas, this Monday, state authorities said.")
A("mx-aguililla", "13T01:00", "Reuters", "www.reuters.com",
  "Drone explosives wound three Mexican soldiers in Michoacan",
  "MEXICO CITY (Reuters) - Three Mexican soldiers were wounded when a drone dropped explosives on their position near Aguililla, Michoacan, on Tuesday, the defense ministry said.")
A("mx-aguililla", "13T14:00", "Quadratin", "www.quadratin.com.mx",
  "Three soldiers injured in drone attack in Aguililla",
  "Three members of the army were injured on Tuesday when explosives were dropped from a drone on a military base in Aguililla, in the Tierra Caliente, sources said.")
A("mx-chilapa", "14T03:00", "El Sur", "suracapulco.mx",
  "Four people found shot dead in Chilapa",
  "Four people were found shot dead on a road in Chilapa, Guerrero, on Wednesday, police said.")

# ---------------------------------------------------------------- Colombia (3)
I("co-toribio", "Colombia", "Toribio", "Cauca", 12, "KILLED", "soldiers", 1)
I("co-caldono", "Colombia", "Caldono", "Cauca", 12, "KILLED", "soldiers", 1)
I("co-tibu", "Colombia", "Tibu", "Norte de Santander", 13, "KILLED", "civilians", 2)

A("co-toribio", "12T22:00", "El Tiempo", "www.eltiempo.com",
  "Soldier killed in attack by FARC dissidents in Toribio",
  "A soldier was killed on Tuesday in an attack by FARC dissidents on a military base in Toribio, Cauca, the army said.")
A("co-toribio", "13T12:00", "Semana", "www.semana.com",
  "Dissidents' attack on base in northern Cauca leaves a soldier dead",
  "A professional soldier died on Tuesday after dissidents of the Dagoberto Ramos column fired on a base in Toribio, northern Cauca, according to the Third Division.")
A("co-caldono", "13T02:30", "Blu Radio", "www.bluradio.com",
  "Soldier dies after stepping on explosive in Caldono",
  "A soldier died after stepping on an explosive device in a rural area of Caldono, Cauca, this Tuesday afternoon, the army reported.")
A("co-tibu", "13T20:00", "La Opinion", "www.laopinion.co",
  "Two men killed in rural Tibu",
  "Two men were killed by armed men in a rural area of Tibu, Norte de Santander, on Wednesday, police said.")
A("co-tibu", "14T01:00", "Caracol Radio", "caracol.com.co",
  "Double murder in Tibu's rural area",
  "Two civilians were murdered in a village of Tibu in the Catatumbo region this Wednesday, local authorities said.")

# ---------------------------------------------------------------- Philippines (3)
I("ph-datupiang", "Philippines", "Datu Piang", "Maguindanao", 13, "KILLED", "soldiers", 1)
I("ph-shariffaguak", "Philippines", "Shariff Aguak", "Maguindanao", 13, "KILLED", "soldiers", 1)
I("ph-lasnavas", "Philippines", "Las Navas", "Northern Samar", 11, "KILLED", "militants", 2)

A("ph-datupiang", "13T09:00", "Philippine News Agency", "www.pna.gov.ph",
  "Soldier killed as BIFF gunmen fire at army detachment in Maguindanao",
  "A soldier was killed when BIFF gunmen fired at an army detachment in Datu Piang, Maguindanao, early Wednesday, the military said.")
A("ph-datupiang", "13T13:00", "Philippine Daily Inquirer", "newsinfo.inquirer.net",
  "Army trooper dies in BIFF attack",
  "DATU PIANG, Maguindanao - An Army trooper was killed after Bangsamoro Islamic Freedom Fighters harassed a detachment in Datu Piang town early on Wednesday, an army spokesperson said.")
A("ph-shariffaguak", "13T16:00", "MindaNews", "www.mindanews.com",
  "Army corporal killed in roadside blast in Shariff Aguak",
  "An Army corporal was killed on Wednesday when a roadside bomb exploded as his unit passed in Shariff Aguak, Maguindanao, the military said.")
A("ph-lasnavas", "11T10:00", "Philippine News Agency", "www.pna.gov.ph",
  "2 NPA rebels killed in encounter in Northern Samar",
  "CATBALOGAN CITY, Samar - Two New People's Army rebels were killed in an encounter with government troops in Las Navas, Northern Samar, on Monday morning, the army said.")
A("ph-lasnavas", "11T15:00", "Rappler", "www.rappler.com",
  "Army says two communist rebels killed in Samar clash",
  "The army said two communist rebels died in a clash with soldiers in the hinterlands of Las Navas on Monday; there was no immediate comment from the rebels.")

# ---------------------------------------------------------------- Thailand (2)
I("th-rueso", "Thailand", "Rueso", "Narathiwat", 12, "WOUNDED", "soldiers", 2)
I("th-bannangsata", "Thailand", "Bannang Sata", "Yala", 12, "WOUNDED", "soldiers", 2)

A("th-rueso", "12T09:00", "Bangkok Post", "www.bangkokpost.com",
  "Two rangers hurt in Rueso roadside bomb",
  "Two rangers were hurt when a roadside bomb went off as they patrolled in Rueso district of Narathiwat on Tuesday morning, police said.")
A("th-rueso", "12T11:00", "Thai PBS World", "www.thaipbsworld.com",
  "Two paramilitary rangers injured in bomb attack in Narathiwat",
  "Two paramilitary rangers were injured in a bomb attack on their patrol in Narathiwat province on Tuesday morning.")
A("th-bannangsata", "12T13:00", "The Nation", "www.nationthailand.com",
  "Two rangers injured in gun attack in Bannang Sata",
  "Two rangers were injured in a gun attack on their outpost in Bannang Sata district of Yala on Tuesday, police said.")

# ---------------------------------------------------------------- South Sudan (2)
I("ss-rumbek", "South Sudan", "Rumbek", "Lakes", 11, "KILLED", "civilians", 3)
I("ss-yirol", "South Sudan", "Yirol", "Lakes", 11, "KILLED", "civilians", 3)

A("ss-rumbek", "11T16:00", "Radio Tamazuj", "www.radiotamazuj.org",
  "Three killed in cattle raid near Rumbek",
  "Three people were killed on Monday when armed youth raided a cattle camp near Rumbek, a local official said.")
A("ss-rumbek", "12T08:00", "Eye Radio", "www.eyeradio.org",
  "Lakes State: three die in cattle camp attack",
  "RUMBEK - Three civilians died on Monday in an attack on a cattle camp in Rumbek Central County, the Lakes State information minister said.")
A("ss-yirol", "12T06:00", "Halcyon Conflict Monitor", "halcyonmonitor.example.org",
  "Daily note: cattle raid near Yirol",
  "On 11 October 2021, armed raiders killed three civilians and drove off cattle near Yirol, Lakes. Source: local officials.")

# ---------------------------------------------------------------- Central African Republic (2)
I("cf-bambari", "Central African Republic", "Bambari", "Ouaka", 13, "KILLED", "civilians", 2)
I("cf-ippy", "Central African Republic", "Ippy", "Ouaka", 13, "KILLED", "civilians", 2)

A("cf-bambari", "13T15:00", "Radio Ndeke Luka", "www.radiondekeluka.org",
  "Two civilians killed on the outskirts of Bambari",
  "Two civilians were killed on Wednesday by armed men on the outskirts of Bambari, residents said.")
A("cf-bambari", "14T09:00", "Corbeau News", "corbeaunews-centrafrique.org",
  "Ouaka: two people killed near the prefecture capital",
  "Two people were killed on Wednesday near Bambari, the capital of Ouaka prefecture, by gunmen suspected to be UPC rebels, local sources said.")
A("cf-ippy", "14T06:00", "Halcyon Conflict Monitor", "halcyonmonitor.example.org",
  "Daily note: killings near Ippy",
  "On 13 October 2021, gunmen killed two civilians on the road north of Ippy, Ouaka. Source: local sources.")

# ---------------------------------------------------------------- Sudan (2)
I("sd-tawila", "Sudan", "Tawila", "North Darfur", 12, "KILLED", "civilians", 3)
I("sd-kutum", "Sudan", "Kutum", "North Darfur", 12, "KILLED", "civilians", 3)

A("sd-tawila", "12T15:00", "Radio Dabanga", "www.dabangasudan.org",
  "Three displaced people shot dead in Tawila",
  "Three displaced people were shot dead by gunmen on camels near a camp in Tawila locality, North Darfur, on Tuesday, witnesses said.")
A("sd-tawila", "13T08:00", "Sudan Tribune", "sudantribune.com",
  "Gunmen kill three displaced people west of El Fasher",
  "EL FASHER - Gunmen on Tuesday killed three displaced people collecting firewood west of the North Darfur capital, camp leaders said.")
A("sd-kutum", "12T18:00", "Darfur24", "www.darfur24.com",
  "Three killed in attack on village near Kutum",
  "Three civilians were killed on Tuesday when armed men attacked a village near Kutum, in North Darfur, local sources said.")

# ---------------------------------------------------------------- Mozambique (2)
I("mz-macomia", "Mozambique", "Macomia", "Cabo Delgado", 11, "KILLED", "civilians", 2)
I("mz-ancuabe", "Mozambique", "Ancuabe", "Cabo Delgado", 11, "KILLED", "civilians", 2)

A("mz-macomia", "11T19:00", "Lusa", "www.lusa.pt",
  "Two people beheaded in Macomia district",
  "Two people were beheaded by insurgents in a village of Macomia district on Monday, local sources told Lusa.")
A("mz-macomia", "12T08:00", "Club of Mozambique", "clubofmozambique.com",
  "Insurgents behead two on the Cabo Delgado coast",
  "Insurgents beheaded two fishermen on Monday on the coast of Macomia, in Cabo Delgado, residents said.")
A("mz-ancuabe", "12T10:00", "Carta de Mocambique", "cartamz.com",
  "Two farmers shot dead in Ancuabe",
  "Two farmers were shot dead on Monday by armed men in Ancuabe district, residents said.")

# ---------------------------------------------------------------- Kenya (2)
I("ke-mpeketoni", "Kenya", "Mpeketoni", "Lamu", 12, "KILLED", "police", 1)
I("ke-marigat", "Kenya", "Marigat", "Baringo", 12, "KILLED", "police", 1)

A("ke-mpeketoni", "12T14:00", "The Star", "www.the-star.co.ke",
  "Police officer killed in IED blast near Mpeketoni",
  "A police officer was killed on Tuesday when an improvised explosive device hit a police vehicle near Mpeketoni, Lamu county, police said.")
A("ke-mpeketoni", "13T07:00", "Nation", "nation.africa",
  "Lamu: officer dies as suspected al-Shabaab bomb hits patrol",
  "A police officer died on Tuesday when a bomb suspected to have been planted by al-Shabaab hit a patrol vehicle in Lamu West, officials said.")
A("ke-marigat", "12T18:00", "Citizen Digital", "www.citizen.digital",
  "Officer shot dead by bandits in Marigat",
  "A police officer was shot dead by suspected bandits who ambushed a patrol near Marigat, Baringo county, on Tuesday evening, the county police commander said.")

# ---------------------------------------------------------------- Ethiopia (2)
I("et-bulen", "Ethiopia", "Bulen", "Benishangul-Gumuz", 13, "KILLED", "civilians", 5)
I("et-dibate", "Ethiopia", "Dibate", "Benishangul-Gumuz", 13, "KILLED", "civilians", 5)

A("et-bulen", "14T08:00", "Addis Standard", "addisstandard.com",
  "Civilians killed in attack in Bulen woreda",
  "At least four civilians were killed on Wednesday in an attack by armed men on a village in Bulen woreda of Metekel zone, a local official said.")
A("et-bulen", "14T12:00", "Borkena", "borkena.com",
  "Gunmen kill five in Metekel",
  "Gunmen killed five people including two children when they attacked a village in Bulen on Wednesday, two residents told Borkena.")
A("et-dibate", "14T10:00", "BBC Amharic", "www.bbc.com",
  "Five killed in attack in Dibate area",
  "Five civilians were killed by unidentified armed men who opened fire on a minibus in the Dibate area on Wednesday, a resident said.")

# ---------------------------------------------------------------- Turkey (2)
I("tr-cukurca", "Turkey", "Cukurca", "Hakkari", 11, "KILLED", "soldiers", 1)
I("tr-lice", "Turkey", "Lice", "Diyarbakir", 11, "KILLED", "soldiers", 1)

A("tr-cukurca", "11T16:00", "Anadolu Agency", "www.aa.com.tr",
  "Turkish soldier martyred in clash with PKK terrorists",
  "ANKARA - A Turkish soldier was martyred in a clash with PKK terrorists in the Cukurca district on Monday, the National Defence Ministry said.")
A("tr-cukurca", "12T07:00", "Daily Sabah", "www.dailysabah.com",
  "Soldier killed in PKK clash in southeastern Turkey",
  "A soldier lost his life in clashes with PKK terrorists in Cukurca, near the Iraqi border, on Monday, the ministry said.")
A("tr-lice", "11T19:00", "Hurriyet Daily News", "www.hurriyetdailynews.com",
  "Soldier killed in Lice",
  "DIYARBAKIR - A soldier was killed on Monday in an attack by PKK militants in the rural Lice district, the governor's office said.")

# ---------------------------------------------------------------- Libya (1)
I("ly-sabha", "Libya", "Sabha", "Sabha District", 12, "KILLED", "militia", 2)

A("ly-sabha", "12T16:00", "Libya Observer", "www.libyaobserver.ly",
  "Two fighters killed in clashes in Sabha",
  "Two fighters were killed on Tuesday in clashes between two rival armed groups in the Al-Mahdiya neighbourhood of Sabha, local sources said.")
A("ly-sabha", "13T09:00", "Libya Herald", "www.libyaherald.com",
  "Two militia members killed in Sabha clashes",
  "Two members of an armed group died on Tuesday in an exchange of fire in the southern city, the Sebha municipality said, calling for a truce.")

# ---------------------------------------------------------------- Chad (1)
I("td-ngouboua", "Chad", "Ngouboua", "Lac", 11, "KILLED", "civilians", 3)

A("td-ngouboua", "12T10:00", "Alwihda Info", "www.alwihdainfo.com",
  "Three civilians killed near Ngouboua",
  "Three fishermen were killed on Monday when Boko Haram fighters raided an island near Ngouboua, in Lac province, the local prefect said.")

# ---------------------------------------------------------------- Benin (1)
I("bj-karimama", "Benin", "Karimama", "Alibori", 12, "ATTACK", "-", 0)

A("bj-karimama", "13T11:00", "La Nouvelle Tribune", "lanouvelletribune.info",
  "Attack repelled in Karimama",
  "Soldiers of the Beninese army repelled an attack by unidentified gunmen on a forward post near Karimama, close to the Niger river, on Tuesday night, a security source said, adding that no soldier was hurt.")

# ---------------------------------------------------------------- Uganda (1)
I("ug-moroto", "Uganda", "Moroto", "Karamoja", 13, "KILLED", "civilians", 2)

A("ug-moroto", "13T17:00", "Daily Monitor", "www.monitor.co.ug",
  "Two killed in cattle raid in Moroto",
  "Two herders were shot dead on Wednesday when armed warriors raided a kraal in Moroto district, the Mount Moroto regional police spokesperson said.")
A("ug-moroto", "14T09:00", "New Vision", "www.newvision.co.ug",
  "Rustlers kill two in Karamoja",
  "Armed rustlers killed two people and drove off more than a hundred head of cattle in Moroto on Wednesday, the army's division spokesperson said.")

# ---------------------------------------------------------------- Egypt (1)
I("eg-birabd", "Egypt", "Bir al-Abd", "North Sinai", 11, "KILLED", "soldiers", 2)

A("eg-birabd", "12T09:00", "Ahram Online", "english.ahram.org.eg",
  "Two soldiers killed in North Sinai",
  "Two soldiers were killed on Monday when militants targeted an army checkpoint in the Bir al-Abd area of North Sinai, the army spokesman said in a statement.")
A("eg-birabd", "12T16:00", "Mada Masr", "www.madamasr.com",
  "Sinai Province claims attack on army in Bir al-Abd",
  "The Islamic State's Sinai Province claimed an attack on Monday near Bir al-Abd in which, security sources said, two conscripts were killed when a bomb hit their vehicle at a checkpoint.")


# ---------------------------------------------------------------- output
def slug(s):
    s = s.lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def main():
    keys = [k[0] for k in INC]
    assert len(keys) == len(set(keys)), "duplicate incident key"
    eid = {k: "B%03d" % (i + 1) for i, k in enumerate(keys)}
    rows = []
    for key, pub, source, domain, title, text in ITEMS:
        assert key in eid, key
        url = "https://%s/%s/%s/%s/%s" % (domain, pub[:4], pub[5:7], pub[8:10], slug(title))
        rows.append({"publishedAt": pub, "source": source, "url": url, "title": title,
                     "text": text, "incident": eid[key]})
    rows.sort(key=lambda r: (r["publishedAt"], r["url"]))
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            out = {"id": "b%03d" % (i + 1)}
            out.update(r)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "incidents.tsv"), "w", encoding="utf-8") as f:
        f.write("incident\tcountry\ttown\tdate\ttype\tvictim_group\tcount\tadmin1\n")
        for key, country, town, admin1, date, typ, group, count in INC:
            f.write("\t".join([eid[key], country, town, date, typ, group, str(count), admin1]) + "\n")
    print("items", len(rows), "incidents", len(INC))


if __name__ == "__main__":
    main()
