#!/usr/bin/env python3
"""Hand-written source of the heldout8 incident stream (writer 64).

Every incident and every report below was written by hand. `python3 build.py`
regenerates articles.jsonl and incidents.tsv in this folder.
Event days: Tuesday 18, Wednesday 19, Thursday 20 February 2025.
Publication: 18-21 February 2025 (Friday 21 is a publication day only).
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
INCIDENTS = []


def R(pub, source, domain, title, text):
    return dict(pub=pub, source=source, domain=domain, title=title, text=text)


def I(key, country, town, day, typ, group, count, admin1, reports):
    INCIDENTS.append(dict(key=key, country=country, town=town, date="2025-02-%02d" % day, type=typ,
                          group=group, count=count, admin1=admin1, reports=reports))


# ---------------------------------------------------------------- Syria
I("sy-jasim", "Syria", "Jasim", 18, "KILLED", "civilians", 1, "Daraa", [
    R("2025-02-18T09:40", "Syrian Observatory for Human Rights", "syriahr.com",
      "Gunmen kill young man in Jasim city in northern Daraa countryside",
      "Unidentified gunmen opened fire this morning on a young man in Jasim city in the northern Daraa countryside, killing him instantly, SOHR activists reported. The motive remains unknown."),
    R("2025-02-18T13:05", "Enab Baladi", "enabbaladi.net",
      "Man shot dead near roundabout on edge of Jasim",
      "A man in his thirties was shot dead on Tuesday morning near a roundabout on the edge of Jasim, in the north-west of Daraa province, by two gunmen who escaped, local sources told Enab Baladi."),
    R("2025-02-18T17:30", "Daraa 24", "daraa24.org",
      "Civilian killed by gunfire in Jasim's western quarter",
      "A civilian from Jasim was killed by gunfire on Tuesday morning in the town's western quarter. No party has claimed the killing."),
    R("2025-02-19T08:15", "The New Arab", "newarab.com",
      "Targeted killings continue in southern Syria as security vacuum persists",
      "A civilian was gunned down on Tuesday in the Daraa countryside town of Jasim, the latest in a string of targeted killings in southern Syria since the fall of Bashar al-Assad's government in December."),
])
I("sy-harak", "Syria", "Al-Harak", 18, "KILLED", "civilians", 1, "Daraa", [
    R("2025-02-18T15:50", "Syria TV", "syria.tv",
      "Farmer killed by gunmen east of Daraa",
      "Gunmen killed a farmer on Tuesday on his land on the outskirts of Al-Harak in the eastern Daraa countryside, a relative said."),
])
I("sy-qusayr", "Syria", "Al-Qusayr", 18, "KILLED", "civilians", 2, "Homs", [
    R("2025-02-18T14:00", "SANA", "sana.sy",
      "Two children killed by war remnant explosion in Homs countryside",
      "Two children were killed on Tuesday when a remnant of war exploded near their home in the city of al-Qusayr, in the southwestern Homs countryside, the civil defence said."),
    R("2025-02-19T09:20", "Enab Baladi", "enabbaladi.net",
      "Unexploded ordnance claims two young lives in Qusayr",
      "Two boys died after an unexploded shell they had found in farmland on the outskirts of Qusayr went off on Tuesday, according to the Syrian Civil Defence (White Helmets)."),
])
I("sy-deirhafer", "Syria", "Deir Hafer", 19, "KILLED", "militia", 3, "Aleppo", [
    R("2025-02-19T10:30", "Hawar News Agency", "hawarnews.com",
      "Three SDF fighters martyred in Turkish drone strike near Deir Hafer",
      "Three fighters of the Syrian Democratic Forces were martyred on Wednesday morning when a Turkish drone targeted their vehicle near Deir Hafer in the Aleppo countryside, the SDF media centre said."),
    R("2025-02-19T16:20", "Syrian Observatory for Human Rights", "syriahr.com",
      "Turkish drone kills SDF members in eastern Aleppo countryside",
      "SOHR has documented the death of three SDF members after a Turkish drone struck a military vehicle on the road between Deir Hafer and Maskanah in the eastern countryside of Aleppo today."),
    R("2025-02-20T07:45", "Kurdistan24", "kurdistan24.net",
      "Turkish strike kills three SDF fighters in northern Syria",
      "A Turkish drone strike killed three Syrian Democratic Forces (SDF) fighters in the Deir Hafer area on Wednesday, an SDF spokesperson told Kurdistan24, accusing Ankara of escalating despite ongoing talks."),
])
I("sy-sarrin", "Syria", "Sarrin", 19, "KILLED", "militia", 3, "Aleppo", [
    R("2025-02-19T19:10", "North Press Agency", "npasyria.com",
      "Three SDF fighters killed in clashes south of Kobani",
      "Three SDF fighters were killed on Wednesday in clashes with Turkish-backed factions near Sarrin, south of Kobani, North Press learned from a military source."),
])
I("sy-hajin", "Syria", "Hajin", 19, "KILLED", "militia", 1, "Deir ez-Zor", [
    R("2025-02-19T20:30", "Deir ezZor 24", "deirezzor24.net",
      "SDF member shot dead in Hajin",
      "An SDF member was shot dead on Wednesday evening by gunmen on a motorbike in Hajin town, in the eastern Deir ez-Zor countryside, our correspondent said."),
])
I("sy-khanarnabah", "Syria", "Khan Arnabah", 19, "WOUNDED", "civilians", 2, "Quneitra", [
    R("2025-02-19T11:50", "Al Jazeera", "aljazeera.com",
      "Israeli forces wound two in southern Syria's Quneitra",
      "Israeli troops opened fire on residents protesting an incursion near Khan Arnabah in Quneitra province on Wednesday, wounding two people, local sources said."),
    R("2025-02-19T18:45", "SANA", "sana.sy",
      "Two civilians injured by Israeli occupation fire in Quneitra countryside",
      "Two civilians were injured by Israeli occupation forces' gunfire in the town of Khan Arnabah in Quneitra's central countryside on Wednesday, SANA's reporter said."),
])
I("sy-jableh", "Syria", "Jableh", 20, "KILLED", "police", 2, "Latakia", [
    R("2025-02-20T12:40", "SANA", "sana.sy",
      "Two General Security members killed in attack by former regime remnants in Jableh countryside",
      "Two members of the General Security were killed on Thursday when remnants of the former regime ambushed a patrol in the Jableh countryside, Latakia province, a security source told SANA."),
    R("2025-02-21T06:30", "AFP", "afp.com",
      "Ambush kills two Syrian security personnel on coast",
      "LATAKIA, Syria (AFP) - Gunmen loyal to ousted president Bashar al-Assad killed two members of Syria's new security forces near the coastal town of Jableh on Thursday, a war monitor and officials said."),
])
I("sy-baniyas", "Syria", "Baniyas", 20, "KILLED", "police", 2, "Tartus", [
    R("2025-02-20T15:15", "Syrian Observatory for Human Rights", "syriahr.com",
      "Two security personnel killed at checkpoint near Baniyas",
      "Two personnel of the General Security Service were killed this afternoon when gunmen opened fire on a checkpoint at the southern entrance of Baniyas city in Tartus countryside."),
    R("2025-02-21T09:00", "Levant24", "levant24.com",
      "Security officers shot dead in Tartus province checkpoint attack",
      "Gunmen killed two public security officers at a checkpoint on the coastal highway in Tartus province on Thursday, the interior ministry said, blaming outlaw groups."),
])
I("sy-palmyra", "Syria", "Palmyra", 20, "KILLED", "soldiers", 2, "Homs", [
    R("2025-02-20T13:30", "Syria TV", "syria.tv",
      "Two Defence Ministry soldiers killed in ISIS attack near Palmyra",
      "Two soldiers of the new Syrian army were killed on Thursday when Islamic State cells attacked their position in the desert north of Palmyra, a military source told Syria TV."),
    R("2025-02-21T08:10", "Syrian Observatory for Human Rights", "syriahr.com",
      "ISIS cells kill two army personnel in the Syrian desert",
      "Two members of the Ministry of Defence forces were killed yesterday in an attack by ISIS cells on a position near Tadmur in the eastern Homs desert, SOHR activists reported."),
])

# ---------------------------------------------------------------- Nigeria
I("ng-damboa", "Nigeria", "Damboa", 18, "KILLED", "soldiers", 4, "Borno", [
    R("2025-02-18T16:20", "HumAngle", "humangle.ng",
      "ISWAP fighters attack military base in Damboa, kill four soldiers",
      "Fighters of the Islamic State's West African branch stormed a military base in Damboa, southern Borno, on Tuesday afternoon and killed four soldiers, military sources told HumAngle."),
    R("2025-02-19T07:30", "Reuters", "reuters.com",
      "Insurgents kill four Nigerian soldiers in Borno base attack",
      "KANO, Nigeria (Reuters) - Islamist insurgents killed four soldiers in an afternoon raid on an army base in the south of northeast Nigeria's Borno state on Tuesday, two military sources said."),
    R("2025-02-19T10:05", "Daily Trust", "dailytrust.com",
      "Terrorists kill 4 troops in Damboa",
      "Four troops lost their lives when terrorists attacked their location in Damboa LGA of Borno State on Tuesday, a security source said. The attackers came in gun trucks."),
])
I("ng-malamfatori", "Nigeria", "Malam Fatori", 18, "KILLED", "soldiers", 4, "Borno", [
    R("2025-02-18T20:10", "Zagazola Makama", "zagazolamakama.com",
      "Troops repel Boko Haram attack on Malam Fatori, four soldiers killed",
      "Troops of the Multinational Joint Task Force repelled an attack by Boko Haram/ISWAP terrorists on Malam Fatori in Abadam LGA on Tuesday evening but lost four soldiers, intelligence sources said."),
    R("2025-02-19T12:40", "Sahara Reporters", "saharareporters.com",
      "Four soldiers killed as jihadists raid Malam Fatori near Niger border",
      "Four Nigerian soldiers died on Tuesday night when jihadists raided their base in Malam Fatori, a border town in northern Borno, sources told SaharaReporters."),
])
I("ng-maru", "Nigeria", "Maru", 19, "KILLED", "civilians", 5, "Zamfara", [
    R("2025-02-19T14:30", "Punch", "punchng.com",
      "Bandits kill four in Zamfara community",
      "Armed bandits on Wednesday killed at least four villagers in Dangulbi, a community in Maru LGA of Zamfara State, residents said."),
    R("2025-02-19T19:15", "Channels Television", "channelstv.com",
      "Bandits attack Zamfara village, five killed",
      "Five persons were killed when bandits on motorcycles invaded Dangulbi village in Maru Local Government Area of Zamfara State on Wednesday, a resident told Channels Television."),
    R("2025-02-20T08:50", "Premium Times", "premiumtimesng.com",
      "Police confirm five dead in Maru attack",
      "GUSAU - The Zamfara State Police Command said five people were killed and three others injured when gunmen attacked a village in Maru on Wednesday."),
    R("2025-02-20T11:25", "Xinhua", "xinhuanet.com",
      "5 killed in gunmen attack in northwest Nigeria",
      "KADUNA, Feb. 19 (Xinhua) -- Five people were killed when armed men attacked a village in northwestern Nigeria's Zamfara state on Wednesday, police said."),
])
I("ng-faskari", "Nigeria", "Faskari", 19, "KILLED", "civilians", 5, "Katsina", [
    R("2025-02-19T17:40", "Daily Post", "dailypost.ng",
      "Gunmen kill five in Katsina's Faskari",
      "Suspected bandits killed five people in Faskari LGA of Katsina State on Wednesday, the police spokesman confirmed in a statement."),
    R("2025-02-20T09:30", "Leadership", "leadership.ng",
      "Five killed as bandits raid Faskari farming villages",
      "Bandits killed five farmers in two neighbouring hamlets of Faskari on Wednesday afternoon, a local vigilante leader said."),
])
I("ng-okigwe", "Nigeria", "Okigwe", 19, "KILLED", "police", 2, "Imo", [
    R("2025-02-19T15:00", "The Nation", "thenationonlineng.net",
      "Gunmen kill two policemen at Okigwe checkpoint",
      "Gunmen on Wednesday attacked a police checkpoint in Okigwe, Imo State, killing two officers and setting their patrol van ablaze."),
    R("2025-02-20T06:45", "Vanguard", "vanguardngr.com",
      "Imo: Police confirm two officers killed",
      "OWERRI - The Imo State Police Command has confirmed the killing of two of its operatives by hoodlums in Okigwe on Wednesday, saying a manhunt is on."),
])
I("ng-bokkos", "Nigeria", "Bokkos", 20, "KILLED", "civilians", 3, "Plateau", [
    R("2025-02-20T18:30", "Vanguard", "vanguardngr.com",
      "Gunmen kill three in Plateau's Bokkos",
      "Gunmen on Thursday killed three people in Manguna, a village in Bokkos LGA of Plateau State, a community leader said."),
    R("2025-02-21T10:10", "The Guardian Nigeria", "guardian.ng",
      "Fresh attack in Plateau leaves three dead",
      "Three villagers were killed late Thursday in an attack on a Bokkos community, the Plateau State Police Command said on Friday."),
])
I("ng-agatu", "Nigeria", "Agatu", 20, "KILLED", "civilians", 7, "Benue", [
    R("2025-02-21T07:20", "Punch", "punchng.com",
      "Herdsmen kill seven in Benue's Agatu",
      "Suspected herdsmen killed seven people in attacks on two Agatu communities on Thursday, the council chairman said."),
])

# ---------------------------------------------------------------- Somalia
I("so-balcad", "Somalia", "Balcad", 18, "KILLED", "soldiers", 2, "Middle Shabelle", [
    R("2025-02-18T11:20", "Garowe Online", "garoweonline.com",
      "Roadside bomb kills two soldiers near Balcad",
      "Two soldiers of the national army were killed on Tuesday when a roadside bomb hit their vehicle near Balcad in Middle Shabelle, officials said."),
    R("2025-02-18T16:00", "Hiiraan Online", "hiiraan.com",
      "Al-Shabaab explosive kills soldiers in Middle Shabelle",
      "JOWHAR - An explosive device planted by al-Shabaab killed two soldiers on the road south of Balad on Tuesday morning, a local commander told Hiiraan Online."),
    R("2025-02-19T06:30", "Xinhua", "xinhuanet.com",
      "2 Somali soldiers killed in roadside blast",
      "NAIROBI, Feb. 18 (Xinhua) -- Two Somali soldiers were killed Tuesday when their vehicle struck a roadside bomb in the Middle Shabelle region, a military officer said."),
])
I("so-jowhar", "Somalia", "Jowhar", 18, "KILLED", "soldiers", 2, "Middle Shabelle", [
    R("2025-02-18T14:10", "Somali Guardian", "somaliguardian.com",
      "Mortar attack on Jowhar base kills two soldiers",
      "Al-Shabaab fighters fired mortars at a military base on the outskirts of Jowhar on Tuesday, killing two soldiers, residents said."),
    R("2025-02-19T08:20", "Goobjoog News", "goobjoog.com",
      "Two soldiers die in mortar shelling in Jowhar",
      "Two government soldiers died after mortar shells landed inside a base in Jowhar, the Hirshabelle state capital, on Tuesday, a military officer told Goobjoog."),
])
I("so-bardhere", "Somalia", "Bardhere", 19, "KILLED", "civilians", 3, "Gedo", [
    R("2025-02-19T13:30", "Hiiraan Online", "hiiraan.com",
      "Three civilians killed in Bardhere crossfire",
      "Three civilians were killed on Wednesday in crossfire when al-Shabaab fighters attacked government positions in Bardhere, Gedo region, elders said."),
    R("2025-02-20T09:50", "Garowe Online", "garoweonline.com",
      "Al-Shabaab raid on Baardheere leaves three residents dead",
      "Three residents of Baardheere died in an al-Shabaab assault on the town's outskirts on Wednesday, local officials said."),
])
I("so-luuq", "Somalia", "Luuq", 19, "KILLED", "civilians", 3, "Gedo", [
    R("2025-02-19T17:30", "Somali Guardian", "somaliguardian.com",
      "Landmine kills three in Luuq",
      "Three people travelling on a donkey cart were killed when a landmine exploded outside Luuq on Wednesday, a district official said. The blast came on the same day as deadly fighting in Bardhere, further down the Juba valley."),
])
I("so-galkayo", "Somalia", "Galkayo", 20, "WOUNDED", "civilians", 4, "Mudug", [
    R("2025-02-20T12:15", "Puntland Post", "puntlandpost.net",
      "Four injured in Galkayo grenade attack",
      "Four people were injured on Thursday when an unknown attacker threw a hand grenade into a restaurant in northern Galkayo, police said."),
])

# ---------------------------------------------------------------- Iraq
I("iq-tarmiyah", "Iraq", "Tarmiyah", 18, "KILLED", "soldiers", 2, "Baghdad", [
    R("2025-02-18T15:30", "Shafaq News", "shafaq.com",
      "Two Iraqi soldiers killed in ISIS attack in Tarmiyah",
      "Two Iraqi army soldiers were killed on Tuesday when ISIS militants attacked a military outpost in Tarmiyah, north of the capital, a security source told Shafaq News."),
    R("2025-02-19T07:10", "Iraqi News Agency", "ina.iq",
      "Two soldiers martyred in terrorist attack in Tarmiyah district",
      "The Security Media Cell said on Tuesday evening that two soldiers were martyred when a terrorist group targeted a post in the Tarmiyah district, and that a search operation was under way."),
])
I("iq-tuz", "Iraq", "Tuz Khurmatu", 18, "KILLED", "soldiers", 2, "Salahuddin", [
    R("2025-02-18T18:20", "Rudaw", "rudaw.net",
      "IS attack kills two Iraqi soldiers near Tuz Khurmatu",
      "Two Iraqi soldiers were killed on Tuesday in an Islamic State attack on their position in the hills east of Tuz Khurmatu, a local official told Rudaw."),
    R("2025-02-19T10:40", "Xinhua", "xinhuanet.com",
      "2 Iraqi soldiers killed in IS attack in Salahudin",
      "Islamic State militants killed two Iraqi soldiers on Tuesday in an attack on an army checkpoint in Iraq's Salahudin province, an army officer told Xinhua."),
])
I("iq-jalawla", "Iraq", "Jalawla", 19, "KILLED", "militia", 1, "Diyala", [
    R("2025-02-19T12:00", "Shafaq News", "shafaq.com",
      "PMF fighter killed by sniper fire in Jalawla",
      "A member of the Popular Mobilization Forces was killed on Wednesday by sniper fire from ISIS militants near Jalawla in northeastern Diyala, a security source said."),
    R("2025-02-19T21:30", "Kurdistan24", "kurdistan24.net",
      "Hashd member killed near Jalawla",
      "A Hashd fighter was shot dead by suspected Islamic State gunmen in the Jalawla subdistrict of Diyala province on Wednesday, a Kurdish security official said."),
])
I("iq-baladruz", "Iraq", "Baladruz", 19, "KILLED", "militia", 1, "Diyala", [
    R("2025-02-20T08:00", "Alsumaria", "alsumaria.tv",
      "Paramilitary fighter killed in IED blast east of Baquba",
      "A fighter of the Popular Mobilisation Forces was killed when an improvised explosive device struck his vehicle in Baladruz district on Wednesday, police said."),
])
I("iq-rawa", "Iraq", "Rawa", 20, "KILLED", "civilians", 2, "Anbar", [
    R("2025-02-20T14:50", "Rudaw", "rudaw.net",
      "Two shepherds killed by old explosive in Anbar desert",
      "Two shepherds were killed on Thursday when an explosive left over from the war against the Islamic State went off in the desert near Rawa, western Anbar, officials said."),
])

# ---------------------------------------------------------------- DR Congo
I("cd-komanda", "DR Congo", "Komanda", 18, "KILLED", "civilians", 6, "Ituri", [
    R("2025-02-18T13:20", "Radio Okapi", "radiookapi.net",
      "Ituri: at least five civilians killed by ADF near Komanda",
      "At least five civilians were killed on Tuesday morning by ADF rebels in a village about 12 kilometres from Komanda, in Irumu territory, local civil society said."),
    R("2025-02-18T19:40", "Actualite.cd", "actualite.cd",
      "Irumu: toll rises to six after ADF incursion near Komanda",
      "The toll of Tuesday's ADF incursion near Komanda has risen to six dead after another body was found in the bush, the territory administrator said."),
    R("2025-02-19T09:10", "AFP", "afp.com",
      "Six civilians killed in DR Congo's Ituri",
      "BUNIA, DR Congo (AFP) - Suspected jihadists of the Allied Democratic Forces killed six civilians in the Irumu territory of northeastern Congo's Ituri province on Tuesday, local officials said."),
])
I("cd-mambasa", "DR Congo", "Mambasa", 18, "KILLED", "civilians", 6, "Ituri", [
    R("2025-02-18T17:00", "7sur7.cd", "7sur7.cd",
      "Mambasa: six people killed in attack on gold miners",
      "Six gold miners were killed on Tuesday at an artisanal mining site near Mambasa town by armed men, a local chief said."),
    R("2025-02-19T11:30", "Radio Okapi", "radiookapi.net",
      "Six artisanal miners killed at a site in Mambasa territory",
      "Six artisanal miners died in an attack by unidentified assailants on a mining site in Mambasa territory on Tuesday, sources in the local civil society reported."),
])
I("cd-butembo", "DR Congo", "Butembo", 19, "KILLED", "civilians", 2, "North Kivu", [
    R("2025-02-19T16:10", "Actualite.cd", "actualite.cd",
      "Butembo: two motorcycle taxi drivers killed by gunmen",
      "Two motorcycle taxi drivers were shot dead early on Wednesday in the Mutiri district of Butembo by unidentified gunmen, the mayor said."),
    R("2025-02-20T08:25", "Kivu Morning Post", "kivumorningpost.com",
      "Insecurity in Butembo: two more civilians shot dead",
      "Two civilians, both moto-taxi drivers, were killed by armed bandits in Butembo city early Wednesday, civil society said, calling for a curfew."),
])
I("cd-walikale", "DR Congo", "Walikale", 19, "KILLED", "civilians", 2, "North Kivu", [
    R("2025-02-20T10:00", "Radio Okapi", "radiookapi.net",
      "Walikale: two civilians killed in fighting between Wazalendo and M23",
      "Two civilians were killed on Wednesday by stray bullets during fighting between Wazalendo militiamen and M23 rebels near Walikale-centre, local sources said."),
])
I("cd-mahagi", "DR Congo", "Mahagi", 20, "KILLED", "civilians", 4, "Ituri", [
    R("2025-02-20T15:40", "7sur7.cd", "7sur7.cd",
      "Ituri: militia kill four in Mahagi",
      "Militiamen of the CODECO group killed four civilians on Thursday in a village of Mahagi territory, a local official told 7sur7.CD."),
])

# ---------------------------------------------------------------- Afghanistan
I("af-khanabad", "Afghanistan", "Khanabad", 18, "KILLED", "police", 2, "Kunduz", [
    R("2025-02-18T12:30", "Pajhwok Afghan News", "pajhwok.com",
      "2 policemen killed in Kunduz attack",
      "KUNDUZ CITY (Pajhwok): Two police officers were killed when unknown armed men attacked a checkpoint in Khanabad district on Tuesday, a police spokesman said."),
    R("2025-02-18T17:45", "Amu TV", "amu.tv",
      "Two Taliban security members killed in Kunduz",
      "Two Taliban security personnel were killed in an attack on a police post in Khanabad, Kunduz province, on Tuesday afternoon, sources told Amu."),
])
I("af-taloqan", "Afghanistan", "Taloqan", 18, "KILLED", "police", 2, "Takhar", [
    R("2025-02-18T15:20", "Afghanistan International", "afintl.com",
      "Two Taliban police killed in Takhar",
      "Two Taliban police officers were shot dead on Tuesday by gunmen on a motorbike in the city of Taloqan, the capital of Takhar province, local sources said."),
])
I("af-jalalabad", "Afghanistan", "Jalalabad", 19, "WOUNDED", "civilians", 3, "Nangarhar", [
    R("2025-02-19T09:00", "TOLOnews", "tolonews.com",
      "Three injured in Jalalabad blast",
      "Three civilians were injured on Wednesday morning when a sticky bomb attached to a rickshaw exploded in Jalalabad city, Nangarhar police said."),
    R("2025-02-19T14:30", "Hasht-e Subh", "8am.media",
      "Explosion in Nangarhar capital wounds three",
      "An explosion in the Nangarhar provincial capital on Wednesday wounded three people, including a child, sources said."),
])
I("af-spinboldak", "Afghanistan", "Spin Boldak", 20, "KILLED", "civilians", 1, "Kandahar", [
    R("2025-02-20T16:00", "Pajhwok Afghan News", "pajhwok.com",
      "Civilian killed in cross-border fire in Spin Boldak",
      "SPIN BOLDAK (Pajhwok): A civilian was killed on Thursday when mortar shells fired from across the Durand Line landed in a village of Spin Boldak district, an official said."),
])

# ---------------------------------------------------------------- Yemen
I("ye-taiz", "Yemen", "Taiz", 18, "KILLED", "civilians", 2, "Taiz", [
    R("2025-02-18T13:10", "Al-Masdar Online", "almasdaronline.com",
      "Houthi shelling kills two civilians in Taiz city",
      "Two civilians were killed on Tuesday when Houthi shells struck a residential neighbourhood in eastern Taiz city, a medical source said."),
    R("2025-02-19T07:00", "Xinhua", "xinhuanet.com",
      "2 civilians killed in Houthi shelling in Yemen's Taiz",
      "SANAA, Feb. 18 (Xinhua) -- Two civilians were killed Tuesday when artillery shells fired by the Houthi group hit a populated district in Yemen's southwestern city of Taiz, a local official said."),
])
I("ye-maqbanah", "Yemen", "Maqbanah", 18, "KILLED", "civilians", 2, "Taiz", [
    R("2025-02-18T19:30", "Yemen Monitor", "yemenmonitor.com",
      "Houthi sniper kills woman and son in Maqbanah",
      "TAIZ - A Houthi sniper shot dead a woman and her son on Tuesday in the Maqbanah district west of the city, local sources said."),
])
I("ye-munabbih", "Yemen", "Munabbih", 19, "KILLED", "civilians", 3, "Saada", [
    R("2025-02-19T15:20", "Al-Masirah", "masirahtv.net",
      "Three citizens martyred by Saudi enemy shelling on Munabbih",
      "Three citizens were martyred on Wednesday by Saudi enemy artillery shelling on the border district of Munabbih in Saada governorate, a local source said."),
    R("2025-02-20T06:40", "Al Mayadeen English", "english.almayadeen.net",
      "Saudi border guards' fire kills three in Yemen's Saada",
      "Three people were killed on Wednesday by Saudi border guards' fire in the al-Raqw area of Munabbih district, Saada province, Yemeni sources said."),
])
I("ye-lawdar", "Yemen", "Lawdar", 20, "KILLED", "soldiers", 2, "Abyan", [
    R("2025-02-20T11:00", "Aden al-Ghad", "adengad.net",
      "Two soldiers killed in al-Qaeda attack in Lawdar",
      "Two soldiers were killed on Thursday when al-Qaeda militants attacked an army checkpoint in Lawdar district, Abyan, a military source said."),
    R("2025-02-20T20:15", "Xinhua", "xinhuanet.com",
      "2 soldiers killed in al-Qaida attack in southern Yemen",
      "Two Yemeni government soldiers were killed on Thursday in an attack by suspected al-Qaida militants on a checkpoint in the southern province of Abyan, a security official told Xinhua."),
])

# ---------------------------------------------------------------- Pakistan
I("pk-lakki", "Pakistan", "Lakki Marwat", 18, "KILLED", "police", 2, "Khyber Pakhtunkhwa", [
    R("2025-02-18T10:30", "Dawn", "dawn.com",
      "Two policemen martyred in Lakki Marwat attack",
      "LAKKI MARWAT: Two policemen were martyred when militants attacked a police post in the Tajazai area of Lakki Marwat district in the early hours of Tuesday, police said."),
    R("2025-02-18T15:40", "The Express Tribune", "tribune.com.pk",
      "Militants storm police post, two cops killed",
      "Two police personnel lost their lives on Tuesday when terrorists stormed a post in Lakki; the attackers fled after an hour-long exchange of fire."),
])
I("pk-karak", "Pakistan", "Karak", 18, "KILLED", "police", 2, "Khyber Pakhtunkhwa", [
    R("2025-02-18T18:00", "Geo News", "geo.tv",
      "Two policemen killed in Karak ambush",
      "KOHAT: Two policemen were killed on Tuesday when gunmen ambushed their patrol in Karak district, the district police officer said, hours after militants killed two policemen in neighbouring Lakki Marwat."),
])
I("pk-sadda", "Pakistan", "Sadda", 19, "KILLED", "civilians", 3, "Khyber Pakhtunkhwa", [
    R("2025-02-19T13:00", "Dawn", "dawn.com",
      "Three killed as vehicle attacked in Kurram",
      "PARACHINAR: Three passengers were killed when gunmen opened fire on a vehicle near Sadda in Lower Kurram on Wednesday, officials said."),
    R("2025-02-19T18:20", "The News", "thenews.com.pk",
      "Gunmen kill three passengers in Lower Kurram",
      "Three people were killed and two injured when unidentified gunmen targeted a passenger van in Lower Kurram's Sadda area on Wednesday."),
])
I("pk-khuzdar", "Pakistan", "Khuzdar", 19, "KILLED", "civilians", 3, "Balochistan", [
    R("2025-02-20T07:50", "The Balochistan Post", "thebalochistanpost.net",
      "Three workers killed in Khuzdar",
      "Three workers were shot dead by armed men at a construction site near Khuzdar on Wednesday, local sources said."),
])
I("pk-mastung", "Pakistan", "Mastung", 20, "KILLED", "soldiers", 2, "Balochistan", [
    R("2025-02-20T14:00", "Geo News", "geo.tv",
      "Two soldiers martyred in Mastung operation: ISPR",
      "Two soldiers were martyred during an intelligence-based operation in Mastung district on Thursday, the ISPR said, adding that three terrorists were killed."),
    R("2025-02-21T06:00", "The Express Tribune", "tribune.com.pk",
      "Security forces lose two soldiers in Balochistan operation",
      "Two soldiers embraced martyrdom in an exchange of fire with terrorists in Balochistan's Mastung on Thursday, according to the military's media wing."),
])

# ---------------------------------------------------------------- Burkina Faso
I("bf-dori", "Burkina Faso", "Dori", 18, "KILLED", "soldiers", 3, "Sahel", [
    R("2025-02-18T16:30", "Lefaso.net", "lefaso.net",
      "Three soldiers killed as army repels attack near Dori",
      "Three soldiers were killed on Tuesday while repelling an attack by armed terrorist groups on a position near Dori, a security source said."),
    R("2025-02-19T10:20", "AFP", "afp.com",
      "Jihadists kill three soldiers in northern Burkina",
      "NIAMEY (AFP) - Suspected jihadists killed three soldiers near Dori in northern Burkina Faso on Tuesday, a security source said, in a region where attacks have surged."),
])
I("bf-goromgorom", "Burkina Faso", "Gorom-Gorom", 18, "KILLED", "soldiers", 3, "Sahel", [
    R("2025-02-19T08:40", "RFI", "rfi.fr",
      "Burkina: three soldiers killed in Oudalan province",
      "Three soldiers died on Tuesday when their convoy hit an explosive device on the road to Gorom-Gorom, in Oudalan province, local sources told RFI."),
])
I("bf-fada", "Burkina Faso", "Fada N'Gourma", 19, "KILLED", "militia", 4, "Est", [
    R("2025-02-19T17:20", "Burkina24", "burkina24.com",
      "Four VDP killed near Fada N'Gourma",
      "Four army auxiliaries of the VDP were killed on Wednesday in an ambush on the outskirts of Fada N'Gourma, local sources said."),
    R("2025-02-20T09:00", "RFI", "rfi.fr",
      "Burkina: auxiliaries killed in the Gourma",
      "Four civilian auxiliaries of the army were killed Wednesday in an ambush near Fada, in Gourma province, according to local sources."),
])
I("bf-diapaga", "Burkina Faso", "Diapaga", 20, "KILLED", "civilians", 5, "Est", [
    R("2025-02-21T09:30", "AFP", "afp.com",
      "Five civilians killed in eastern Burkina",
      "Five civilians were killed by armed men on Thursday in a village near Diapaga, in the Tapoa province, a resident told AFP by phone."),
])

# ---------------------------------------------------------------- Mali
I("ml-niono", "Mali", "Niono", 18, "KILLED", "civilians", 3, "Segou", [
    R("2025-02-18T17:10", "Studio Tamani", "studiotamani.org",
      "Niono: three civilians killed by armed men",
      "Three civilians were killed on Tuesday afternoon by unidentified armed men in a village of the Niono cercle, local sources told Studio Tamani."),
    R("2025-02-19T08:30", "Maliactu", "maliactu.net",
      "Segou region: three villagers killed near Niono",
      "Three villagers were murdered on Tuesday near Niono by suspected JNIM jihadists, a local elected official said."),
])
I("ml-macina", "Mali", "Macina", 18, "KILLED", "civilians", 3, "Segou", [
    R("2025-02-18T20:40", "RFI", "rfi.fr",
      "Mali: three killed on the road to Macina",
      "Three passengers of a public transport vehicle were killed on Tuesday when armed men stopped it on the road near Macina, witnesses told RFI."),
])
I("ml-douentza", "Mali", "Douentza", 19, "KILLED", "soldiers", 2, "Mopti", [
    R("2025-02-19T15:30", "Studio Tamani", "studiotamani.org",
      "Douentza: two soldiers killed by IED",
      "Two Malian soldiers were killed on Wednesday when their vehicle hit an improvised explosive device near Douentza, a military source said."),
    R("2025-02-20T07:10", "AFP", "afp.com",
      "Roadside bomb kills two Malian soldiers",
      "Two Malian soldiers died on Wednesday when their vehicle struck a mine in central Mali's Mopti region, a local official told AFP."),
])
I("ml-nioro", "Mali", "Nioro du Sahel", 20, "WOUNDED", "civilians", 2, "Kayes", [
    R("2025-02-20T18:50", "Maliactu", "maliactu.net",
      "Nioro du Sahel: two wounded in attack on a bus",
      "Two passengers were wounded on Thursday when gunmen fired on a bus near Nioro du Sahel, the transport company said."),
])

# ---------------------------------------------------------------- Myanmar
I("mm-shwebo", "Myanmar", "Shwebo", 18, "KILLED", "civilians", 4, "Sagaing", [
    R("2025-02-18T12:50", "The Irrawaddy", "irrawaddy.com",
      "Junta airstrike kills four villagers in Shwebo Township",
      "Four villagers were killed when a junta jet bombed a village in Shwebo Township, Sagaing Region, on Tuesday morning, resistance sources said."),
    R("2025-02-19T05:30", "RFA", "rfa.org",
      "Military airstrike kills 4 in Sagaing",
      "An airstrike by Myanmar's military killed four civilians, including two children, in a village of Shwebo district on Tuesday, residents told RFA."),
])
I("mm-depayin", "Myanmar", "Depayin", 18, "KILLED", "civilians", 4, "Sagaing", [
    R("2025-02-18T16:40", "Myanmar Now", "myanmar-now.org",
      "Artillery shells kill four in Depayin",
      "Four civilians were killed on Tuesday when junta troops shelled a village in Depayin Township from a nearby base, a local administrator said."),
])
I("mm-hpakant", "Myanmar", "Hpakant", 19, "KILLED", "civilians", 2, "Kachin", [
    R("2025-02-19T10:10", "Kachin News Group", "kachinnews.com",
      "Two jade miners killed by junta shelling in Hpakant",
      "Two jade miners were killed on Wednesday when regime artillery hit a mining camp in Hpakant, KNG learned."),
    R("2025-02-19T17:50", "The Irrawaddy", "irrawaddy.com",
      "Regime shelling kills two in Kachin jade hub",
      "Regime troops' shelling killed two workers in Kachin State's jade mining hub on Wednesday, local residents said."),
])
I("mm-hsipaw", "Myanmar", "Hsipaw", 20, "WOUNDED", "civilians", 3, "Shan", [
    R("2025-02-20T11:30", "Shan Herald Agency for News", "shanherald.org",
      "Three civilians injured in Hsipaw drone strike",
      "Three civilians were injured on Thursday when a drone dropped bombs near the market in Hsipaw town, northern Shan State, residents said."),
])

# ---------------------------------------------------------------- Mexico (UTC-6: items after midnight UTC report the previous local day)
I("mx-zamora", "Mexico", "Zamora", 18, "KILLED", "police", 2, "Michoacan", [
    R("2025-02-18T22:10", "Quadratin", "quadratin.com.mx",
      "Two municipal police killed in Zamora attack",
      "Two municipal police officers were shot dead on Tuesday afternoon while patrolling a neighbourhood in Zamora, Michoacan, the state security ministry said."),
    R("2025-02-19T03:40", "La Jornada", "jornada.com.mx",
      "Armed commando kills two police in Zamora",
      "An armed group attacked a patrol car in Zamora this Tuesday evening, killing two agents of the municipal police, authorities reported."),
])
I("mx-celaya", "Mexico", "Celaya", 18, "KILLED", "police", 2, "Guanajuato", [
    R("2025-02-19T02:15", "AM", "am.com.mx",
      "Gunmen kill two police officers in Celaya",
      "Two Celaya police officers were killed this Tuesday night in an armed attack on a road south of the city, the municipal government confirmed."),
    R("2025-02-19T15:30", "Milenio", "milenio.com",
      "Another attack on police in Guanajuato: two agents killed",
      "Two municipal agents of Celaya were killed on Tuesday night in an ambush, adding to the list of police officers murdered in Guanajuato this year."),
])
I("mx-chilpancingo", "Mexico", "Chilpancingo", 19, "KILLED", "civilians", 3, "Guerrero", [
    R("2025-02-19T21:30", "El Sur", "suracapulco.mx",
      "Three men shot dead in Chilpancingo",
      "Three men were shot dead this Wednesday afternoon inside a car wash in the north of Chilpancingo, authorities said."),
    R("2025-02-20T01:50", "El Universal", "eluniversal.com.mx",
      "Attack on car wash in Guerrero's capital leaves three dead",
      "Armed men killed three people this Wednesday at a car wash in the capital of Guerrero, the state attorney general's office said."),
    R("2025-02-20T16:20", "Proceso", "proceso.com.mx",
      "Guerrero: two arrested over triple killing in Chilpancingo",
      "Police arrested two suspects on Thursday over the killing of three workers at a car wash in Chilpancingo on Wednesday, the Guerrero prosecutor said."),
])
I("mx-acapulco", "Mexico", "Acapulco", 19, "KILLED", "civilians", 3, "Guerrero", [
    R("2025-02-20T03:30", "Quadratin", "quadratin.com.mx",
      "Three taxi drivers found dead in Acapulco",
      "Three taxi drivers were found shot dead this Wednesday night in the Renacimiento neighbourhood of Acapulco, police said."),
])

# ---------------------------------------------------------------- India
I("in-churachandpur", "India", "Churachandpur", 18, "KILLED", "civilians", 1, "Manipur", [
    R("2025-02-18T11:40", "The Hindu", "thehindu.com",
      "Man shot dead in Manipur's Churachandpur",
      "A 35-year-old man was shot dead by unidentified gunmen in Churachandpur district of Manipur on Tuesday morning, police said."),
    R("2025-02-18T16:10", "Imphal Free Press", "ifp.co.in",
      "Youth gunned down in CCpur",
      "A youth was killed at his residence in CCpur on Tuesday after armed men fired at him from close range; police have launched a search."),
])
I("in-bishnupur", "India", "Bishnupur", 18, "KILLED", "civilians", 1, "Manipur", [
    R("2025-02-18T14:50", "India Today NE", "indiatodayne.in",
      "Farmer killed in firing from hills in Bishnupur",
      "A farmer working in his paddy field was killed on Tuesday when armed miscreants fired from the hills towards a village in Bishnupur district, officials said."),
])
I("in-kupwara", "India", "Kupwara", 19, "KILLED", "soldiers", 1, "Jammu and Kashmir", [
    R("2025-02-19T10:30", "Greater Kashmir", "greaterkashmir.com",
      "Soldier killed in infiltration bid in Kupwara",
      "A soldier was killed as troops foiled an infiltration bid along the Line of Control in Kupwara district on Wednesday, the army said."),
    R("2025-02-19T15:10", "NDTV", "ndtv.com",
      "Army jawan dies in gunfight near LoC in J&K",
      "SRINAGAR: An army jawan was killed in a gunfight with infiltrating terrorists in the Machil sector of north Kashmir on Wednesday, officials said."),
])
I("in-dantewada", "India", "Dantewada", 20, "KILLED", "police", 2, "Chhattisgarh", [
    R("2025-02-20T13:00", "The Indian Express", "indianexpress.com",
      "Two DRG jawans killed in IED blast in Dantewada",
      "Two jawans of the District Reserve Guard were killed on Thursday when Maoists triggered an IED in a forest of Dantewada district, police said."),
])

# ---------------------------------------------------------------- Niger
I("ne-ouallam", "Niger", "Ouallam", 18, "KILLED", "soldiers", 5, "Tillaberi", [
    R("2025-02-19T09:30", "ActuNiger", "actuniger.com",
      "Ouallam: five soldiers killed in terrorist ambush",
      "Five soldiers were killed on Tuesday in an ambush by armed terrorists on a patrol in the Ouallam department, the defence ministry said."),
    R("2025-02-19T16:00", "Reuters", "reuters.com",
      "Militants kill five Niger soldiers in western ambush",
      "NIAMEY (Reuters) - Islamist militants killed five Nigerien soldiers in an ambush in the western Tillaberi region on Tuesday, the army said in a statement."),
])
I("ne-banibangou", "Niger", "Banibangou", 18, "KILLED", "soldiers", 5, "Tillaberi", [
    R("2025-02-19T12:10", "RFI", "rfi.fr",
      "Niger: five soldiers killed near Banibangou",
      "Five soldiers died Tuesday when their vehicle hit a mine near Banibangou, close to the Malian border, according to a security source."),
])
I("ne-mainesoroa", "Niger", "Maine-Soroa", 19, "KILLED", "civilians", 2, "Diffa", [
    R("2025-02-20T08:10", "ActuNiger", "actuniger.com",
      "Maine-Soroa: two herders killed by Boko Haram",
      "Two herders were killed on Wednesday by Boko Haram fighters near Maine-Soroa, local authorities said."),
    R("2025-02-20T14:20", "Tamtaminfo", "tamtaminfo.com",
      "Two herders killed in Diffa region attack",
      "Two herders were murdered Wednesday by suspected Boko Haram elements in the Maine-Soroa area of the Diffa region, sources said."),
])

# ---------------------------------------------------------------- Cameroon
I("cm-bamenda", "Cameroon", "Bamenda", 18, "KILLED", "civilians", 2, "North-West", [
    R("2025-02-18T15:00", "Mimi Mefo Info", "mimimefoinfos.com",
      "Two civilians shot dead in Bamenda crossfire",
      "Two civilians were killed on Tuesday in crossfire between the army and separatists in the Ntarinkon neighbourhood of Bamenda, residents said."),
    R("2025-02-19T07:40", "The Guardian Post", "theguardianpostcameroon.com",
      "Bamenda: two killed as troops, separatists exchange fire",
      "Two people, a mechanic and a schoolgirl, died on Tuesday after being hit by stray bullets during an exchange of fire in Bamenda, family members said."),
])
I("cm-kumbo", "Cameroon", "Kumbo", 18, "KILLED", "civilians", 2, "North-West", [
    R("2025-02-18T19:20", "Cameroon News Agency", "cameroonnewsagency.com",
      "Separatists kill two in Kumbo",
      "BAMENDA - Separatist fighters killed two men accused of collaborating with the military in Kumbo, Bui division, on Tuesday, sources said."),
])
I("cm-kolofata", "Cameroon", "Kolofata", 20, "KILLED", "civilians", 3, "Far North", [
    R("2025-02-20T17:00", "L'Oeil du Sahel", "oeildusahel.net",
      "Kolofata: Boko Haram kills three villagers",
      "Boko Haram jihadists killed three villagers in a raid on a hamlet of Kolofata early on Thursday, according to the local authorities."),
])

# ---------------------------------------------------------------- Colombia (UTC-5)
I("co-tibu", "Colombia", "Tibu", 19, "KILLED", "civilians", 2, "Norte de Santander", [
    R("2025-02-19T23:30", "La Opinion", "laopinion.com.co",
      "Two farmers murdered in rural Tibu",
      "Two farmers were murdered on Wednesday in a rural area of Tibu, in the Catatumbo, where the ELN and FARC dissidents are at war, the Army said."),
    R("2025-02-20T14:00", "El Tiempo", "eltiempo.com",
      "Catatumbo: two more civilians killed in Tibu",
      "CUCUTA - Two civilians were killed in a hamlet of the municipality of Tibu on Wednesday, the Ombudsman's Office reported, adding to the toll of the Catatumbo crisis."),
])
I("co-eltarra", "Colombia", "El Tarra", 19, "KILLED", "civilians", 2, "Norte de Santander", [
    R("2025-02-20T02:40", "Semana", "semana.com",
      "Two young men killed in El Tarra",
      "Two young men were killed this Wednesday in the urban area of El Tarra, Norte de Santander, in an attack attributed to the ELN, local authorities said."),
])
I("co-jamundi", "Colombia", "Jamundi", 20, "KILLED", "soldiers", 1, "Valle del Cauca", [
    R("2025-02-20T20:15", "El Pais Cali", "elpais.com.co",
      "Soldier killed in combat in rural Jamundi",
      "A soldier was killed on Thursday in combat with dissidents of the Jaime Martinez front in the rural area of Jamundi, the army's Third Division reported."),
])

# ---------------------------------------------------------------- Philippines
I("ph-shariffaguak", "Philippines", "Shariff Aguak", 18, "KILLED", "soldiers", 2, "Maguindanao del Sur", [
    R("2025-02-18T09:30", "Philippine News Agency", "pna.gov.ph",
      "2 soldiers killed in Maguindanao del Sur clash",
      "COTABATO CITY - Two Army soldiers were killed on Tuesday morning in a clash with BIFF gunmen in a village of Shariff Aguak, Maguindanao del Sur, military officials said."),
    R("2025-02-18T14:40", "Inquirer", "newsinfo.inquirer.net",
      "BIFF ambush kills 2 troopers in Maguindanao",
      "Two soldiers died when members of the Bangsamoro Islamic Freedom Fighters ambushed an Army patrol in Shariff Aguak town on Tuesday, the 6th Infantry Division said."),
])
I("ph-pikit", "Philippines", "Pikit", 18, "KILLED", "soldiers", 2, "Cotabato", [
    R("2025-02-18T12:20", "MindaNews", "mindanews.com",
      "Two soldiers slain in Pikit shooting",
      "Two off-duty soldiers riding a motorcycle were shot dead by gunmen in Pikit, Cotabato on Tuesday, police said."),
])
I("ph-lasnavas", "Philippines", "Las Navas", 20, "KILLED", "militants", 3, "Northern Samar", [
    R("2025-02-20T10:30", "Philippine News Agency", "pna.gov.ph",
      "3 NPA rebels killed in Northern Samar encounter",
      "CATARMAN, Northern Samar - Three NPA rebels were killed in an encounter with government troops in Las Navas town on Thursday morning, the Army said."),
    R("2025-02-20T16:10", "Philstar", "philstar.com",
      "Three communist guerrillas slain in Samar clash",
      "Three suspected communist guerrillas died in a firefight with soldiers in the mountains of Las Navas, Northern Samar, on Thursday."),
])

# ---------------------------------------------------------------- Thailand
I("th-rueso", "Thailand", "Rueso", 19, "KILLED", "civilians", 1, "Narathiwat", [
    R("2025-02-19T08:20", "Bangkok Post", "bangkokpost.com",
      "Villager shot dead in Rueso",
      "YALA: A villager was shot dead on Wednesday morning while riding to a plantation in Rueso district, police said."),
    R("2025-02-19T13:40", "BenarNews", "benarnews.org",
      "Muslim man gunned down in Thai Deep South",
      "A Muslim man was shot dead by suspected insurgents in Narathiwat's Rueso district on Wednesday, police said."),
])
I("th-yaring", "Thailand", "Yaring", 19, "KILLED", "civilians", 1, "Pattani", [
    R("2025-02-19T11:00", "Thai PBS World", "thaipbsworld.com",
      "Fisherman killed in Yaring roadside bomb",
      "A fisherman was killed on Wednesday when a bomb planted by the roadside went off as he passed on his motorcycle in Yaring district."),
])

# ---------------------------------------------------------------- South Sudan
I("ss-rumbek", "South Sudan", "Rumbek", 18, "KILLED", "civilians", 4, "Lakes", [
    R("2025-02-18T17:30", "Radio Tamazuj", "radiotamazuj.org",
      "Four killed in revenge attack near Rumbek",
      "Four people were killed on Tuesday in a revenge attack by armed youth on a cattle camp near Rumbek town, Lakes State officials said."),
    R("2025-02-19T09:20", "Eye Radio", "eyeradio.org",
      "Lakes: four dead in cattle camp attack in Rumbek Central",
      "Four civilians died after gunmen stormed a cattle camp in Rumbek Central County on Tuesday afternoon, the county commissioner said."),
])
I("ss-yirol", "South Sudan", "Yirol", 18, "KILLED", "civilians", 4, "Lakes", [
    R("2025-02-19T12:30", "Sudans Post", "sudanspost.com",
      "Four killed in Yirol West cattle raid",
      "Raiders from a neighbouring county killed four people and took hundreds of cattle in Yirol West County on Tuesday, a local official said."),
])

# ---------------------------------------------------------------- Central African Republic
I("cf-bria", "Central African Republic", "Bria", 19, "KILLED", "civilians", 3, "Haute-Kotto", [
    R("2025-02-19T18:00", "Radio Ndeke Luka", "radiondekeluka.org",
      "Bria: three civilians killed by armed men",
      "Three civilians were killed on Wednesday by armed men near the displaced persons' site of Bria, local sources said."),
    R("2025-02-20T10:40", "Corbeau News", "corbeaunews-centrafrique.org",
      "Haute-Kotto: three dead in attack near the PK3 camp",
      "Three displaced people were killed Wednesday near the PK3 site on the outskirts of Bria, witnesses said, blaming fighters of the Azande Ani Kpi Gbe militia."),
])
I("cf-ndele", "Central African Republic", "Ndele", 19, "KILLED", "civilians", 3, "Bamingui-Bangoran", [
    R("2025-02-20T08:00", "RFI", "rfi.fr",
      "Central Africa: three traders killed near Ndele",
      "Three traders were killed by gunmen on the road north of Ndele on Wednesday, according to a local official."),
])

# ---------------------------------------------------------------- Sudan
I("sd-kadugli", "Sudan", "Kadugli", 18, "KILLED", "civilians", 5, "South Kordofan", [
    R("2025-02-18T14:40", "Sudan Tribune", "sudantribune.com",
      "SPLM-N shelling kills five in Kadugli",
      "Five civilians were killed on Tuesday when shells fired by SPLM-N fighters landed in a market in Kadugli, the South Kordofan capital, local sources said."),
    R("2025-02-19T07:30", "Radio Dabanga", "dabangasudan.org",
      "Shelling of Kadugli market kills five",
      "PORT SUDAN - Artillery shells hit the main market of Kadugli on Tuesday, killing five people, the state health ministry said."),
])
I("sd-dilling", "Sudan", "Dilling", 18, "KILLED", "civilians", 5, "South Kordofan", [
    R("2025-02-18T20:10", "Sudan War Monitor", "sudanwarmonitor.com",
      "Drone strike kills five in Dilling",
      "A drone attributed to the RSF struck a neighbourhood in Dilling on Tuesday, killing five civilians, activists said, on a day when shelling also hit the market of Kadugli."),
])
I("sd-omdurman", "Sudan", "Omdurman", 19, "KILLED", "civilians", 6, "Khartoum", [
    R("2025-02-19T12:20", "Sudan Tribune", "sudantribune.com",
      "RSF shelling of Omdurman kills five",
      "At least five civilians were killed on Wednesday when the RSF shelled the Karari locality of Omdurman, medics said."),
    R("2025-02-19T19:00", "Al Jazeera", "aljazeera.com",
      "Shelling kills six in Sudan's Omdurman, medics say",
      "Six people were killed and more than 20 wounded in artillery fire by the paramilitary force on a residential area of Omdurman on Wednesday, the Sudan Doctors Network said."),
    R("2025-02-20T08:30", "Radio Dabanga", "dabangasudan.org",
      "Omdurman toll: six killed in Karari",
      "The toll of Wednesday's bombardment of Karari in Omdurman is now six dead, emergency responders said."),
])
I("sd-kosti", "Sudan", "Kosti", 20, "KILLED", "civilians", 4, "White Nile", [
    R("2025-02-20T13:50", "Sudan War Monitor", "sudanwarmonitor.com",
      "RSF drone hits Kosti power station, four dead",
      "An RSF drone struck a power station in Kosti, White Nile state, on Thursday, killing four workers, local authorities said."),
    R("2025-02-21T06:50", "AFP", "afp.com",
      "Drone attack on Sudan power plant kills four",
      "PORT SUDAN, Sudan (AFP) - A drone attack blamed on the paramilitary Rapid Support Forces killed four employees at an electricity station in White Nile state on Thursday, officials said."),
])

# ---------------------------------------------------------------- Mozambique
I("mz-ancuabe", "Mozambique", "Ancuabe", 19, "KILLED", "civilians", 2, "Cabo Delgado", [
    R("2025-02-19T16:30", "Lusa", "lusa.pt",
      "Two beheaded by insurgents in Ancuabe",
      "PEMBA - Insurgents beheaded two residents of a village in Ancuabe district, Cabo Delgado, on Wednesday, local sources told Lusa."),
    R("2025-02-20T09:40", "Club of Mozambique", "clubofmozambique.com",
      "Cabo Delgado: two civilians killed in Ancuabe attack",
      "Two civilians were killed on Wednesday when armed insurgents attacked a village in the Ancuabe district, according to community sources."),
])
I("mz-muidumbe", "Mozambique", "Muidumbe", 19, "KILLED", "civilians", 2, "Cabo Delgado", [
    R("2025-02-20T12:00", "Carta de Mocambique", "cartamz.com",
      "Two farmers killed by insurgents in Muidumbe",
      "Two farmers were killed by insurgents in their fields in Muidumbe district on Wednesday afternoon, residents said."),
])

# ---------------------------------------------------------------- Kenya
I("ke-wajir", "Kenya", "Wajir", 20, "KILLED", "police", 1, "Wajir", [
    R("2025-02-20T12:40", "The Star", "the-star.co.ke",
      "Police officer killed in Wajir IED blast",
      "A police officer was killed and two others injured on Thursday when their vehicle ran over an improvised explosive device near Wajir town, police said."),
    R("2025-02-20T18:30", "Nation", "nation.africa",
      "Al-Shabaab suspected in Wajir blast that killed officer",
      "NAIROBI - Police suspect al-Shabaab militants planted the explosive that killed one officer on a road outside Wajir on Thursday morning."),
])
I("ke-kiunga", "Kenya", "Kiunga", 20, "KILLED", "police", 1, "Lamu", [
    R("2025-02-21T07:00", "Citizen Digital", "citizen.digital",
      "Officer killed in Kiunga ambush",
      "A police officer was killed when suspected al-Shabaab militants ambushed a patrol near Kiunga in Lamu East on Thursday, police said."),
])

# ---------------------------------------------------------------- Ethiopia
I("et-debremarkos", "Ethiopia", "Debre Markos", 18, "KILLED", "civilians", 3, "Amhara", [
    R("2025-02-18T16:50", "Addis Standard", "addisstandard.com",
      "Three civilians killed in Debre Markos clashes",
      "Three civilians were killed on Tuesday in fighting between government forces and Fano militias on the outskirts of Debre Markos, residents told Addis Standard."),
    R("2025-02-19T10:30", "Borkena", "borkena.com",
      "Debre Markos: three dead as Fano and army clash",
      "Three residents of Debre Markos, in East Gojjam zone, were killed on Tuesday in crossfire between Fano and the Ethiopian army, sources said."),
])
I("et-debretabor", "Ethiopia", "Debre Tabor", 18, "KILLED", "civilians", 3, "Amhara", [
    R("2025-02-19T08:00", "The Reporter", "thereporterethiopia.com",
      "Drone strike kills three near Debre Tabor",
      "A drone strike killed three civilians in a rural kebele near Debre Tabor, South Gondar zone, on Tuesday, a local health official said."),
])

# ---------------------------------------------------------------- Haiti (UTC-5)
I("ht-kenscoff", "Haiti", "Kenscoff", 19, "KILLED", "civilians", 2, "Ouest", [
    R("2025-02-19T20:10", "Le Nouvelliste", "lenouvelliste.com",
      "Kenscoff: two residents killed in gang attack",
      "Two residents of Kenscoff were killed on Wednesday as Viv Ansanm gang members attacked the Belot area, the mayor said."),
    R("2025-02-20T04:00", "AlterPresse", "alterpresse.org",
      "Gangs kill two in hills above the capital",
      "Gang members killed two people on Wednesday in the commune of Kenscoff, in the hills south-east of the capital, local sources said."),
])
I("ht-mirebalais", "Haiti", "Mirebalais", 19, "KILLED", "civilians", 2, "Centre", [
    R("2025-02-20T01:20", "Haiti Libre", "haitilibre.com",
      "Two killed in armed attack near Mirebalais",
      "Two people were killed this Wednesday in an attack by armed individuals on the road near Mirebalais, in the Centre department."),
])

# ---------------------------------------------------------------- Ecuador (UTC-5)
I("ec-machala", "Ecuador", "Machala", 20, "KILLED", "civilians", 3, "El Oro", [
    R("2025-02-20T23:10", "El Universo", "eluniverso.com",
      "Three people shot dead in Machala",
      "Three people were shot dead this Thursday afternoon in a shop in the south of Machala, the National Police reported."),
    R("2025-02-21T03:40", "Primicias", "primicias.ec",
      "Triple murder in Machala amid gang war in El Oro",
      "Hitmen killed three people this Thursday in Machala, capital of El Oro, a province disputed by criminal gangs, police said."),
])
I("ec-manta", "Ecuador", "Manta", 20, "KILLED", "civilians", 3, "Manabi", [
    R("2025-02-21T02:00", "Expreso", "expreso.ec",
      "Armed attack in Manta leaves three dead",
      "Three men died this Thursday night in an armed attack on a street in Manta, Manabi, according to the police."),
])

# ---------------------------------------------------------------- Benin, Chad, Libya
I("bj-banikoara", "Benin", "Banikoara", 19, "KILLED", "soldiers", 3, "Alibori", [
    R("2025-02-19T17:40", "La Nouvelle Tribune", "lanouvelletribune.info",
      "Three soldiers killed in attack near Banikoara",
      "Three Beninese soldiers were killed on Wednesday in an attack by armed men on a military post near Banikoara, in the Alibori department, a security source said."),
    R("2025-02-20T10:00", "Banouto", "banouto.bj",
      "Jihadist attack in northern Benin: three soldiers fall",
      "COTONOU - Three soldiers died on Wednesday when jihadists attacked an army position in the Banikoara area, near the border with Burkina Faso, sources said."),
])
I("td-liwa", "Chad", "Liwa", 20, "KILLED", "soldiers", 2, "Lac", [
    R("2025-02-21T08:30", "Alwihda Info", "alwihdainfo.com",
      "Lake Chad: two soldiers killed in Boko Haram attack near Liwa",
      "N'DJAMENA - Two Chadian soldiers were killed on Thursday in an attack by Boko Haram on a position near Liwa, in the Lac province, a military source said."),
])
I("ly-zawiya", "Libya", "Zawiya", 19, "KILLED", "militia", 2, "Zawiya", [
    R("2025-02-19T19:30", "Libya Observer", "libyaobserver.ly",
      "Two fighters killed in Zawiya clashes",
      "Two members of armed groups were killed on Wednesday in clashes between rival militias in Zawiya, on the coast west of the capital, a medical source said."),
    R("2025-02-20T08:40", "Libya Herald", "libyaherald.com",
      "Zawiya militia clashes leave two dead",
      "Clashes between two armed groups in the city of Zawiya on Wednesday evening left two fighters dead, the local health authority said."),
])


# ---------------------------------------------------------------- output
def slug(s):
    s = s.lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:90].rstrip("-")


def main():
    items = []
    for inc in INCIDENTS:
        for r in inc["reports"]:
            d = r["pub"][:10].replace("-", "/")
            items.append(dict(publishedAt=r["pub"] + ":00Z", source=r["source"],
                              url="https://www.%s/%s/%s" % (r["domain"], d, slug(r["title"])),
                              title=r["title"], text=r["text"], key=inc["key"]))
    items.sort(key=lambda a: (a["publishedAt"], a["url"]))
    gid = {inc["key"]: "C%03d" % (n + 1) for n, inc in enumerate(INCIDENTS)}
    with open(os.path.join(HERE, "articles.jsonl"), "w") as f:
        for n, a in enumerate(items):
            rec = dict(id="c%03d" % (n + 1), publishedAt=a["publishedAt"], source=a["source"], url=a["url"],
                       title=a["title"], text=a["text"], incident=gid[a["key"]])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "incidents.tsv"), "w") as f:
        f.write("incident\tcountry\ttown\tdate\ttype\tvictim_group\tcount\tadmin1\n")
        for inc in INCIDENTS:
            f.write("\t".join([gid[inc["key"]], inc["country"], inc["town"], inc["date"], inc["type"],
                               inc["group"], str(inc["count"]), inc["admin1"]]) + "\n")
    print("wrote %d items, %d incidents" % (len(items), len(INCIDENTS)))


if __name__ == "__main__":
    main()
