#!/usr/bin/env python3
"""Hand-written source of the heldout4 incident stream (writer 60, blind).

Every item text below was written by hand for this set. Incidents are invented; places are real.
python3 build.py  ->  articles.jsonl, incidents.tsv (in this folder)
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

DOMAINS = {
    "Reuters": "www.reuters.com", "AFP": "www.afp.com", "AP": "apnews.com", "Xinhua": "english.news.cn",
    "Anadolu Agency": "www.aa.com.tr", "SOHR": "www.syriahr.com", "SANA": "sana.sy",
    "North Press Agency": "npasyria.com", "Enab Baladi": "english.enabbaladi.net", "Hawar News": "hawarnews.com",
    "Orient News": "orient-news.net", "Rudaw": "www.rudaw.net", "Kurdistan24": "www.kurdistan24.net",
    "Shafaq News": "shafaq.com", "Iraqi News Agency": "ina.iq", "Pajhwok Afghan News": "pajhwok.com",
    "TOLOnews": "tolonews.com", "Khaama Press": "www.khaama.com", "Ariana News": "www.ariananews.af",
    "Afghanistan International": "www.afintl.com", "KabulNow": "kabulnow.com",
    "September Net": "26sepnews.net", "Saba": "www.saba.ye", "Al-Masdar Online": "al-masdaronline.net",
    "Garowe Online": "www.garoweonline.com", "SONNA": "sonna.so", "Hiiraan Online": "www.hiiraan.com",
    "Radio Dalsan": "www.radiodalsan.com", "Somali Guardian": "somaliguardian.com",
    "HumAngle": "humanglemedia.com", "Daily Trust": "dailytrust.com", "Premium Times": "www.premiumtimesng.com",
    "Channels TV": "www.channelstv.com", "Punch": "punchng.com", "Vanguard": "www.vanguardngr.com",
    "TheCable": "www.thecable.ng", "Studio Tamani": "www.studiotamani.org", "Maliweb": "www.maliweb.net",
    "RFI": "www.rfi.fr", "Lefaso.net": "lefaso.net", "Burkina24": "burkina24.com", "Sidwaya": "www.sidwaya.info",
    "AIB": "www.aib.media", "ActuNiger": "www.actuniger.com", "Tamtaminfo": "www.tamtaminfo.com",
    "Radio Okapi": "www.radiookapi.net", "Actualite.cd": "actualite.cd", "7sur7.cd": "7sur7.cd",
    "Mimi Mefo Info": "mimimefoinfos.com", "Cameroon News Agency": "cameroonnewsagency.com",
    "The Guardian Post": "theguardianpostcameroon.com", "Lusa": "www.lusa.pt",
    "Club of Mozambique": "clubofmozambique.com", "Carta de Mocambique": "www.cartamz.com",
    "Addis Standard": "addisstandard.com", "Borkena": "borkena.com", "Radio Dabanga": "www.dabangasudan.org",
    "Sudan Tribune": "sudantribune.com", "Radio Tamazuj": "www.radiotamazuj.org", "Eye Radio": "www.eyeradio.org",
    "The Standard": "www.standardmedia.co.ke", "Nation": "nation.africa", "Radio Ndeke Luka": "www.radiondekeluka.org",
    "Corbeau News": "corbeaunews-centrafrique.org", "Oubangui Medias": "oubanguimedias.com",
    "Dawn": "www.dawn.com", "The Express Tribune": "tribune.com.pk", "Geo News": "www.geo.tv",
    "The News": "www.thenews.com.pk", "APP": "www.app.com.pk", "Greater Kashmir": "www.greaterkashmir.com",
    "PTI": "www.ptinews.com", "Kashmir Observer": "kashmirobserver.net", "Myanmar Now": "myanmar-now.org",
    "The Irrawaddy": "www.irrawaddy.com", "RFA": "www.rfa.org", "Mizzima": "mizzima.com",
    "Philippine News Agency": "www.pna.gov.ph", "Inquirer": "newsinfo.inquirer.net", "Rappler": "www.rappler.com",
    "El Tiempo": "www.eltiempo.com", "Semana": "www.semana.com", "Blu Radio": "www.bluradio.com",
    "El Espectador": "www.elespectador.com", "El Colombiano": "www.elcolombiano.com",
    "Quadratin": "www.quadratin.com.mx", "La Jornada": "www.jornada.com.mx", "Excelsior": "www.excelsior.com.mx",
    "Libya Observer": "libyaobserver.ly", "Ahram Online": "english.ahram.org.eg", "Daily Sabah": "www.dailysabah.com",
    "La Nouvelle Tribune": "lanouvelletribune.info", "Republic of Togo": "www.republicoftogo.com",
    "Bangkok Post": "www.bangkokpost.com", "Alwihda Info": "www.alwihdainfo.com",
    "Sentinel Incident Log": "sentinellog.example.org",
}

INCIDENTS = []   # in declaration order -> G001..G100


def I(key, country, town, admin1, day, typ, group, count, *reports):
    INCIDENTS.append(dict(key=key, country=country, town=town, admin1=admin1, date="2022-03-%02d" % day,
                          type=typ, victim_group=group, count=count, reports=list(reports)))


def R(source, when, title, text):
    """when: 'DD HH:MM' in UTC, March 2022"""
    return (source, when, title, text)


# ----------------------------------------------------------------------------------------------- Syria (12)
I("sy-sarmin", "Syria", "Sarmin", "Idlib", 8, "KILLED", "civilians", 2,
  R("SOHR", "08 13:40", "Regime shelling kills two civilians in Sarmin",
    "Two civilians, a man and a woman, were killed on Tuesday by artillery shells that regime forces fired on the town of Sarmin in the eastern countryside of Idlib."),
  R("Enab Baladi", "08 18:05", "Two killed as Assad forces shell Sarmin east of Idlib",
    "Shelling by Assad regime forces killed two civilians in Sarmin, east of Idlib city, on 8 March, according to the Syria Civil Defence (White Helmets), whose teams pulled the bodies from a damaged house."))
I("sy-ariha", "Syria", "Ariha", "Idlib", 8, "KILLED", "civilians", 2,
  R("Anadolu Agency", "08 11:20", "Russian airstrikes kill 2 civilians in northwestern Syria",
    "Russian warplanes struck a poultry farm on the outskirts of Ariha in northwestern Syria on Tuesday, killing two civilians, according to local sources and the White Helmets."),
  R("Orient News", "08 14:55", "Two civilians killed in Russian raids on Ariha",
    "Russian aircraft carried out four raids on the edge of Ariha city in the Jabal al-Arbaeen area this morning. Two civilians working at a farm lost their lives and a child was injured."),
  R("AFP", "08 20:15", "Russian strikes kill two in Syria's last rebel bastion",
    "Russian air strikes killed two civilians in Syria's northwestern Idlib region on Tuesday, a war monitor said, in a rare deadly raid on the jihadist-run enclave."))
I("sy-dael", "Syria", "Da'el", "Daraa", 9, "KILLED", "civilians", 1,
  R("SOHR", "09 21:30", "Young man shot dead in middle Daraa countryside",
    "Unidentified gunmen shot dead a young man in the town of Da'el in the middle Daraa countryside on Wednesday evening, in a new episode of the security chaos gripping the governorate."),
  R("Enab Baladi", "10 09:15", "Civilian killed by unknown gunmen in Dael",
    "A civilian was killed after unknown gunmen opened fire on him near his home in Dael, north of Daraa city, on Wednesday, local sources told Enab Baladi. No party claimed the killing."))
I("sy-muzayrib", "Syria", "al-Muzayrib", "Daraa", 9, "KILLED", "civilians", 1,
  R("North Press Agency", "09 14:00", "Explosive device kills a man in western Daraa",
    "A man was killed on Wednesday when an explosive device planted on the road went off as he passed on a motorcycle near the town of Mzeireeb in the western countryside of Daraa."),
  R("SANA", "09 17:30", "Citizen martyred in terrorist IED blast in Daraa western countryside",
    "A citizen was martyred on Wednesday in the explosion of an IED planted by terrorists on the road between al-Muzayrib and al-Yaduda in Daraa western countryside, a source in the province said."))
I("sy-shuhail", "Syria", "al-Shuhail", "Deir ez-Zor", 9, "KILLED", "militia", 2,
  R("SOHR", "09 12:25", "Two SDF members killed in attack on checkpoint east of Deir Ezzor",
    "ISIS cells attacked an SDF checkpoint in al-Shuhail town in the eastern countryside of Deir Ezzor on Wednesday morning, killing two SDF members."),
  R("North Press Agency", "09 15:50", "Gunmen kill two SDF fighters in Shuhayl",
    "Two Syrian Democratic Forces (SDF) fighters were killed when unknown gunmen opened fire on a checkpoint in Shuhayl, east of Deir ez-Zor, a military source told North Press."),
  R("Kurdistan24", "10 08:30", "Islamic State claims killing of two SDF fighters in Deir al-Zor",
    "The Islamic State claimed responsibility for Wednesday's attack that killed two SDF fighters at a checkpoint in the town of al-Shuhayl in Deir al-Zor province, according to a statement on its Amaq outlet."))
I("sy-hajin", "Syria", "Hajin", "Deir ez-Zor", 9, "KILLED", "militia", 2,
  R("Hawar News", "09 19:10", "Two fighters of Deir ez-Zor Military Council killed near Hajin",
    "Two fighters of the Deir ez-Zor Military Council were killed on Wednesday evening when a landmine left over from ISIS exploded under their vehicle on the outskirts of Hajin."),
  R("SOHR", "10 07:40", "Landmine kills two SDF members in Deir Ezzor countryside",
    "Two members of the SDF-affiliated Deir Ezzor Military Council were killed by a landmine explosion that hit their vehicle near Hajin town, east of Deir Ezzor, last night, hours after two SDF members were killed in an attack on a checkpoint in al-Shuhail."))
I("sy-sukhnah", "Syria", "al-Sukhnah", "Homs", 10, "KILLED", "soldiers", 3,
  R("SANA", "10 15:20", "Three army personnel martyred in terrorist attack in Homs desert",
    "Three army personnel were martyred when a terrorist group attacked a military bus on the road near al-Sukhnah in the eastern countryside of Homs on Thursday, a military source said."),
  R("SOHR", "10 18:45", "ISIS cells ambush regime bus near Al-Sukhnah",
    "Three regime soldiers were killed on Thursday in an ambush by ISIS cells that targeted a bus carrying troops near Al-Sukhnah in Homs desert, while several others were injured."))
I("sy-resafa", "Syria", "Resafa", "Raqqa", 10, "KILLED", "soldiers", 3,
  R("AFP", "10 20:05", "IS attack kills three Syrian soldiers in Raqqa desert",
    "Three Syrian soldiers were killed on Thursday when Islamic State group jihadists attacked an army post near Resafa in the south of Raqqa province, the Syrian Observatory for Human Rights said."))
I("sy-afrin", "Syria", "Afrin", "Aleppo", 10, "WOUNDED", "civilians", 4,
  R("Anadolu Agency", "10 12:35", "Four civilians injured in bomb attack in Syria's Afrin",
    "AFRIN, Syria (AA) - Four civilians were injured on Thursday when a bomb-laden motorcycle exploded near a vegetable market in Afrin, local security sources said, blaming the YPG/PKK terror group."))
I("sy-albab", "Syria", "al-Bab", "Aleppo", 8, "KILLED", "civilians", 3,
  R("Anadolu Agency", "08 09:50", "Car bomb in northern Syria's al-Bab kills 2",
    "AL-BAB, Syria (AA) - A car bomb exploded on Tuesday morning at a roundabout in al-Bab, killing two civilians and injuring several others, according to local officials."),
  R("SOHR", "08 10:35", "Booby-trapped car explodes in al-Bab city",
    "A booby-trapped car exploded near the main roundabout in al-Bab city in the eastern countryside of Aleppo, killing three civilians and injuring at least eight others."),
  R("Reuters", "08 12:10", "Car bomb kills three in Turkish-controlled Syrian town of al-Bab - monitor",
    "A car bomb killed three people in the Turkish-controlled town of al-Bab in northern Syria on Tuesday, a war monitor said."),
  R("Enab Baladi", "08 19:40", "Toll of al-Bab car bombing rises to three",
    "The death toll of the car bomb explosion in the city of al-Bab, east of Aleppo, on 8 March rose to three, after a man died of his wounds in a hospital, the Civil Defence said."))
I("sy-telltamer", "Syria", "Tell Tamer", "Hasakah", 9, "ATTACK", "-", 0,
  R("North Press Agency", "09 13:30", "Turkish shelling hits villages near Tell Tamer",
    "Turkish forces and their affiliated Syrian factions shelled villages on the outskirts of Tell Tamer, north of Hasakah, on Wednesday, causing material damage but no casualties, a source in the SDF told North Press."))
I("sy-kafrnabl", "Syria", "Kafr Nabl", "Idlib", 10, "KILLED", "soldiers", 1,
  R("SOHR", "10 16:55", "Regime soldier killed by sniper fire in southern Idlib",
    "A regime soldier was shot dead on Thursday by a sniper of the Fateh al-Mubeen operations room on the Kafr Nabl front in the southern countryside of Idlib."))

# ------------------------------------------------------------------------------------------------ Iraq (6)
I("iq-khanaqin", "Iraq", "Khanaqin", "Diyala", 8, "KILLED", "soldiers", 2,
  R("Shafaq News", "08 10:05", "Two soldiers killed in an ISIS attack in Khanaqin",
    "Two Iraqi army soldiers were killed and another wounded in an attack by ISIS militants on a military outpost on the outskirts of Khanaqin, northeast of Diyala, a security source said on Tuesday."),
  R("Rudaw", "08 12:40", "IS militants kill two Iraqi soldiers near Kurdistan Region border",
    "SULAIMANI, Kurdistan Region - Two Iraqi soldiers were killed in an Islamic State attack early Tuesday in the disputed Khanaqin district, a local security official told Rudaw."),
  R("Xinhua", "09 03:15", "2 Iraqi soldiers killed in IS attack in Diyala",
    "Two Iraqi soldiers were killed on Tuesday when Islamic State (IS) militants attacked their post in Iraq's eastern province of Diyala, a provincial security source said."))
I("iq-dibis", "Iraq", "Dibis", "Kirkuk", 8, "KILLED", "soldiers", 2,
  R("Iraqi News Agency", "08 14:20", "Security Media Cell: two soldiers martyred in Dibis",
    "The Security Media Cell said two soldiers were martyred on Tuesday when an improvised explosive device targeted their patrol in Dibis district, northwest of Kirkuk."),
  R("Kurdistan24", "08 17:55", "Roadside bomb kills two Iraqi soldiers in Kirkuk province",
    "An IED struck an Iraqi army patrol near the town of Dibis in Kirkuk province on Tuesday afternoon, killing two soldiers, according to security officials."))
I("iq-makhmour", "Iraq", "Makhmour", "Nineveh", 9, "KILLED", "militants", 3,
  R("Iraqi News Agency", "09 11:00", "Iraqi F-16 strike kills three terrorists in Qarachogh mountains",
    "Iraqi F-16 jets struck an ISIS hideout in the Qarachogh mountains near Makhmour on Wednesday, killing three terrorists, the Joint Operations Command said."),
  R("Rudaw", "09 15:30", "Iraqi airstrike kills three IS militants in Makhmour",
    "Three Islamic State militants were killed in an Iraqi air strike on a cave in Makhmour's Qarachogh range on Wednesday, a Peshmerga official in the area said."))
I("iq-adhaim", "Iraq", "al-Adhaim", "Diyala", 9, "KILLED", "militants", 3,
  R("Shafaq News", "09 20:10", "Three ISIS members killed in a security operation in Diyala's al-Adhaim",
    "Three ISIS members were killed in a clash with the Iraqi army near al-Adhaim, north of Diyala, on Wednesday, a security source told Shafaq News."))
I("iq-amedi", "Iraq", "Amedi", "Duhok", 10, "KILLED", "militants", 2,
  R("Kurdistan24", "10 17:20", "Turkish drone strike kills two PKK fighters near Amedi",
    "DUHOK, Kurdistan Region - A Turkish drone strike killed two PKK fighters in a village near Amedi on Thursday afternoon, the town's mayor told Kurdistan24."))
I("iq-fallujah", "Iraq", "Fallujah", "Anbar", 10, "WOUNDED", "civilians", 3,
  R("Shafaq News", "10 21:30", "Explosive device wounds three civilians in Fallujah",
    "Three civilians were injured when an explosive device went off near a popular market in Fallujah on Thursday evening, a police source said."))

# ----------------------------------------------------------------------------------------- Afghanistan (6)
I("af-pulekhumri", "Afghanistan", "Pul-e-Khumri", "Baghlan", 8, "KILLED", "civilians", 2,
  R("Pajhwok Afghan News", "08 11:45", "Magnetic bomb blast kills 2 in Pul-i-Khumri",
    "PUL-I-KHUMRI (Pajhwok): Two civilians were killed and three others injured when a magnetic bomb attached to a passenger vehicle exploded in Pul-i-Khumri, the capital of northern Baghlan province, on Tuesday, an official said."),
  R("TOLOnews", "08 16:20", "Explosion in Baghlan's capital leaves two dead",
    "An explosion targeting a minibus in Pul-e-Khumri city killed two people on Tuesday morning, the Islamic Emirate's police spokesman for Baghlan said."))
I("af-charikar", "Afghanistan", "Charikar", "Parwan", 8, "KILLED", "civilians", 2,
  R("Khaama Press", "08 14:05", "Two killed in Parwan roadside blast",
    "Two civilians were killed when a roadside bomb exploded in Charikar, the provincial capital of Parwan, on Tuesday afternoon, local officials confirmed."),
  R("Ariana News", "08 19:30", "Blast in Parwan kills two, officials say",
    "A blast in central Parwan province on Tuesday killed two civilians, a spokesman for the provincial police chief said, without giving further details."))
I("af-andarab", "Afghanistan", "Andarab", "Baghlan", 9, "KILLED", "soldiers", 4,
  R("Afghanistan International", "09 15:10", "NRF claims killing Taliban fighters in Andarab",
    "The National Resistance Front said its fighters killed seven Taliban in an ambush in the Andarab valley of Baghlan on Wednesday. A local source put the Taliban death toll at four."),
  R("Pajhwok Afghan News", "09 18:40", "4 Islamic Emirate fighters killed in Andarab clash",
    "PUL-I-KHUMRI (Pajhwok): Four Islamic Emirate fighters were killed in a clash with armed opponents in the Andarab district of Baghlan province on Wednesday, a security source said."))
I("af-khenj", "Afghanistan", "Khenj", "Panjshir", 9, "KILLED", "soldiers", 4,
  R("KabulNow", "09 12:00", "Four Taliban fighters killed in Panjshir's Khenj district",
    "Four Taliban fighters were killed on Wednesday morning when resistance forces attacked a Taliban outpost in Khenj district of Panjshir province, sources said."),
  R("Afghanistan International", "10 08:15", "Taliban confirm four deaths in Panjshir clash",
    "A Taliban commander in Panjshir confirmed that four of their fighters died in a clash with resistance forces in the Hesa-e-Awal area of Khenj on Wednesday."))
I("af-spinboldak", "Afghanistan", "Spin Boldak", "Kandahar", 10, "WOUNDED", "civilians", 5,
  R("Pajhwok Afghan News", "10 13:10", "5 civilians wounded in Spin Boldak grenade attack",
    "KANDAHAR CITY (Pajhwok): Five civilians, including two children, were wounded when a hand grenade was thrown into a money exchange market in Spin Boldak district on Thursday, officials said."))
I("af-faizabad", "Afghanistan", "Faizabad", "Badakhshan", 10, "KILLED", "police", 1,
  R("Khaama Press", "11 05:40", "Taliban policeman shot dead in Badakhshan's capital",
    "A Taliban police officer was shot dead by unknown gunmen in Faizabad city, the capital of Badakhshan, on Thursday night, local sources said."))

# ----------------------------------------------------------------------------------------------- Yemen (5)
I("ye-harib", "Yemen", "Harib", "Marib", 8, "KILLED", "soldiers", 3,
  R("September Net", "08 13:00", "Three army heroes martyred repelling Houthi attack south of Marib",
    "Three soldiers of the national army were martyred on Tuesday while repelling an attack by the Houthi militia on army positions in Harib district, south of Marib governorate, a military source said."),
  R("Xinhua", "09 02:10", "3 gov't soldiers killed in Houthi attack in Yemen's Marib",
    "Three Yemeni government soldiers were killed on Tuesday as Houthi rebels attacked army positions in the southern part of the oil-rich province of Marib, a military official said."),
  R("Al-Masdar Online", "09 10:30", "Government forces lose three in Harib fighting",
    "Fighting between government forces and the Houthis in Harib, in the far south of Marib, killed three soldiers on Tuesday, military sources told Al-Masdar Online, and Houthi shells fell on homes in the town."))
I("ye-jubah", "Yemen", "al-Jubah", "Marib", 8, "KILLED", "soldiers", 3,
  R("Saba", "08 21:00", "Armed forces foil mercenaries' infiltration in al-Jubah",
    "The army and popular committees foiled an infiltration attempt by mercenaries of the aggression in al-Jubah district of Marib governorate on Tuesday, killing three of them, a military source said."),
  R("Anadolu Agency", "09 09:25", "3 Yemeni soldiers killed in clashes with Houthis in Marib",
    "Three Yemeni soldiers were killed on Tuesday in clashes with Houthi rebels in the al-Jubah district of Marib province, a military official told Anadolu."))
I("ye-khawkhah", "Yemen", "al-Khawkhah", "Hodeidah", 9, "KILLED", "civilians", 2,
  R("Xinhua", "09 18:00", "2 children killed by landmine in Yemen's Hodeidah",
    "Two children were killed on Wednesday when a landmine planted by the Houthi militia exploded in al-Khawkhah district of Yemen's western province of Hodeidah, a local official said."),
  R("Al-Masdar Online", "10 09:10", "Landmine kills two boys herding sheep in Khokha",
    "Two boys were killed on Wednesday by a landmine explosion while grazing sheep east of Khokha on the western coast, medical sources said."))
I("ye-mukha", "Yemen", "al-Mukha", "Taiz", 9, "KILLED", "civilians", 2,
  R("Anadolu Agency", "09 20:45", "2 civilians killed in Houthi drone attack in Yemen's Mocha",
    "Two civilians were killed on Wednesday when a Houthi drone struck a fish landing site near the port of Mocha on Yemen's Red Sea coast, a local official said."))
I("ye-lawdar", "Yemen", "Lawdar", "Abyan", 10, "KILLED", "soldiers", 2,
  R("AFP", "10 19:35", "Two soldiers killed in suspected Al-Qaeda bombing in south Yemen",
    "Two government soldiers were killed when a bomb hit their vehicle in Lawdar in the southern province of Abyan on Thursday, a security official said, blaming Al-Qaeda."))

# --------------------------------------------------------------------------------------------- Somalia (6)
I("so-marka", "Somalia", "Marka", "Lower Shabelle", 8, "KILLED", "soldiers", 2,
  R("Garowe Online", "08 12:15", "Al-Shabaab ambush kills two soldiers near Marka",
    "Two Somali National Army soldiers were killed on Tuesday when al-Shabaab fighters ambushed a military convoy on the outskirts of Marka, the regional capital of Lower Shabelle, officials said."),
  R("SONNA", "08 16:00", "SNA repels terrorist attack near Merca",
    "The Somali National Army repulsed an attack by al-Khawarij terrorists near Merca on Tuesday; two soldiers were martyred and several terrorists were killed, the commander of the unit said."),
  R("Hiiraan Online", "09 07:30", "Two soldiers killed in Lower Shabelle ambush",
    "Two soldiers died in an ambush by militants in Lower Shabelle region on Tuesday, a military officer told Hiiraan Online, adding that the convoy was travelling along the coastal road."))
I("so-janaale", "Somalia", "Janaale", "Lower Shabelle", 8, "KILLED", "soldiers", 2,
  R("Radio Dalsan", "08 15:20", "Mortar attack on army base in Janaale kills two",
    "Two soldiers were killed when al-Shabaab fired mortars at an army base in Janaale town, Lower Shabelle region, on Tuesday afternoon, residents said."),
  R("Xinhua", "09 06:45", "2 Somali soldiers killed in al-Shabab mortar attack",
    "Two Somali soldiers were killed and three others injured after al-Shabab militants shelled a military base in the town of Janale in southern Somalia on Tuesday, a military officer said."))
I("so-buloburte", "Somalia", "Bulo Burte", "Hiran", 9, "KILLED", "civilians", 3,
  R("Hiiraan Online", "09 13:40", "Three civilians killed as mortars hit Bulo Burte",
    "Three civilians, including a woman, were killed when mortar shells fired by al-Shabaab landed on homes in Bulo Burte town in Hiran region on Wednesday."),
  R("Garowe Online", "09 20:05", "Mortar shells kill three in Buloburde",
    "Al-Shabaab militants shelled Buloburde, a town the group has besieged for years in Hiiraan region, killing three civilians on Wednesday, local elders said."))
I("so-mahas", "Somalia", "Mahas", "Hiran", 9, "KILLED", "civilians", 3,
  R("SONNA", "09 17:10", "Three civilians killed by Khawarij in Mahas",
    "Three civilians were killed by al-Khawarij militants who attacked livestock herders near Mahas district in Hiiraan region on Wednesday, the district commissioner said."),
  R("Radio Dalsan", "10 08:20", "Herders shot dead near Mahas",
    "Al-Shabaab gunmen shot dead three herdsmen outside Mahas in Hiran on Wednesday evening and drove away their camels, local officials said."))
I("so-galkayo", "Somalia", "Galkayo", "Mudug", 10, "KILLED", "police", 1,
  R("Garowe Online", "10 22:30", "Puntland police officer shot dead in Galkayo",
    "GALKAYO - A Puntland police officer was shot dead by unknown gunmen in the northern part of Galkayo on Thursday night, police said."))
I("so-garbaharey", "Somalia", "Garbaharey", "Gedo", 10, "WOUNDED", "soldiers", 4,
  R("Somali Guardian", "10 14:45", "Four soldiers wounded in roadside blast in Gedo",
    "Four soldiers were wounded when a roadside bomb struck their vehicle near Garbaharey in Gedo region on Thursday, a military officer said."))

# --------------------------------------------------------------------------------------------- Nigeria (8)
I("ng-dikwa", "Nigeria", "Dikwa", "Borno", 8, "KILLED", "civilians", 3,
  R("HumAngle", "08 18:20", "ISWAP fighters kill three firewood collectors near Dikwa",
    "Three men who went to fetch firewood outside Dikwa, northern Borno, were killed by ISWAP fighters on Tuesday, community sources told HumAngle."),
  R("Daily Trust", "09 06:50", "Insurgents kill 3 in Borno LGA",
    "Suspected Boko Haram insurgents have killed three people in Dikwa Local Government Area of Borno State. A member of the Civilian JTF said the victims were attacked in the bush on Tuesday."))
I("ng-bama", "Nigeria", "Bama", "Borno", 8, "KILLED", "civilians", 3,
  R("Premium Times", "08 20:40", "Three farmers killed by Boko Haram in Bama",
    "Boko Haram fighters on Tuesday killed three farmers working on their irrigation farms on the outskirts of Bama town in Borno State, residents said."),
  R("AFP", "09 10:30", "Jihadists kill three farmers in northeast Nigeria",
    "Jihadists killed three farmers in northeast Nigeria's Borno state on Tuesday, a militia leader told AFP, in the latest attack on farming communities in the region."))
I("ng-tsafe", "Nigeria", "Tsafe", "Zamfara", 9, "KILLED", "civilians", 6,
  R("Channels TV", "09 14:00", "Bandits kill four in Zamfara community",
    "Bandits have killed at least four people in an attack on a village in Tsafe Local Government Area of Zamfara State, the police said on Wednesday."),
  R("Punch", "09 21:15", "Bandits kill six villagers, abduct others in Zamfara",
    "Six villagers were killed and several others abducted when bandits invaded Kucheri village in Tsafe LGA of Zamfara State on Wednesday, residents told Punch."),
  R("Daily Trust", "10 09:40", "Death toll in Tsafe bandit attack rises to 6",
    "The number of people killed in Wednesday's bandit attack in Tsafe area of Zamfara has risen to six, a local official said, adding that 12 people were abducted."))
I("ng-kankara", "Nigeria", "Kankara", "Katsina", 9, "KILLED", "civilians", 6,
  R("Vanguard", "10 07:05", "Bandits kill 6 in Katsina",
    "Gunmen suspected to be bandits killed six people in Kankara Local Government Area of Katsina State on Wednesday night, the police spokesman confirmed."))
I("ng-birningwari", "Nigeria", "Birnin Gwari", "Kaduna", 10, "KILLED", "police", 2,
  R("TheCable", "10 13:20", "Bandits kill two policemen in Kaduna",
    "Two policemen were killed on Thursday when bandits attacked a police checkpoint in Birnin Gwari town, the Kaduna state police command said."),
  R("Premium Times", "10 19:00", "Gunmen kill two police officers in Birnin-Gwari",
    "Two police officers were killed when armed bandits attacked their patrol team in Birnin-Gwari Local Government Area of Kaduna State on Thursday."))
I("ng-shiroro", "Nigeria", "Shiroro", "Niger", 10, "KILLED", "police", 2,
  R("Daily Trust", "10 16:45", "Bandits kill 2 mobile policemen in Niger",
    "Two mobile policemen were killed when bandits ambushed a patrol at Erena in Shiroro LGA of Niger State on Thursday, a community leader said. The attack came hours after two policemen were killed in neighbouring Birnin Gwari in Kaduna State."),
  R("Channels TV", "11 07:30", "Police confirm death of two officers in Shiroro attack",
    "The Niger State police command has confirmed that two of its officers were killed in an attack by bandits in Shiroro on Thursday."))
I("ng-bokkos", "Nigeria", "Bokkos", "Plateau", 10, "KILLED", "civilians", 5,
  R("Vanguard", "11 06:10", "Gunmen kill five in Plateau village",
    "JOS - Gunmen attacked a village in Bokkos Local Government Area of Plateau State on Thursday night, killing five people, a youth leader said."))
I("ng-orlu", "Nigeria", "Orlu", "Imo", 8, "KILLED", "police", 1,
  R("Punch", "08 17:25", "Gunmen attack police division in Imo, kill officer",
    "Gunmen on Tuesday attacked the Orlu police divisional headquarters in Imo State, killing a police officer and setting two vehicles ablaze, the police said."))

# ------------------------------------------------------------------------------------------------ Mali (4)
I("ml-bandiagara", "Mali", "Bandiagara", "Mopti", 9, "KILLED", "soldiers", 2,
  R("Studio Tamani", "09 17:00", "Two soldiers killed by an explosive device near Bandiagara",
    "Two FAMa soldiers were killed on Wednesday when their vehicle struck an improvised explosive device about ten kilometres from Bandiagara, local sources said."),
  R("AFP", "10 09:00", "Two Malian soldiers killed in roadside mine blast",
    "A mine hit a vehicle carrying Malian soldiers in the Mopti region of central Mali on Wednesday, killing two of them, a military source told AFP."))
I("ml-tenenkou", "Mali", "Tenenkou", "Mopti", 9, "KILLED", "soldiers", 2,
  R("Maliweb", "09 20:30", "Attack on Tenenkou camp: two soldiers killed",
    "The army camp at Tenenkou was attacked by armed terrorist groups on Wednesday; the army reported two soldiers killed and several assailants neutralised."),
  R("RFI", "10 11:20", "Mali: army post attacked in Tenenkou",
    "Suspected jihadists attacked the army post in Ténenkou in central Mali on Wednesday afternoon. Two soldiers were killed, the armed forces said in a statement."))
I("ml-niono", "Mali", "Niono", "Segou", 10, "KILLED", "civilians", 4,
  R("Studio Tamani", "10 18:50", "Four civilians killed in Niono circle",
    "Four villagers were killed on Thursday by unidentified armed men in a village of the Niono circle, in the Ségou region, a local elected official told Studio Tamani."))
I("ml-tessit", "Mali", "Tessit", "Gao", 8, "KILLED", "civilians", 3,
  R("AFP", "08 21:10", "Three civilians killed in northeast Mali attack",
    "Three civilians were killed on Tuesday by suspected Islamic State fighters near Tessit, in northeastern Mali's Gao region, a local official said."))

# ---------------------------------------------------------------------------------------- Burkina Faso (5)
I("bf-goromgorom", "Burkina Faso", "Gorom-Gorom", "Sahel", 8, "KILLED", "militia", 3,
  R("Lefaso.net", "08 15:30", "Oudalan: three VDP killed in an attack near Gorom-Gorom",
    "Three Volunteers for the Defence of the Homeland (VDP) were killed on Tuesday in an attack by armed individuals near Gorom-Gorom, in Oudalan province, according to local sources."),
  R("Burkina24", "08 19:10", "Attack on VDP position in the Oudalan",
    "Armed men attacked a VDP position in the Oudalan on Tuesday; three volunteers lost their lives, a security source said."),
  R("AFP", "09 08:40", "Three civilian auxiliaries killed in northern Burkina",
    "Three civilian volunteers fighting alongside the army were killed in an attack in the Sahel region of northern Burkina Faso on Tuesday, security sources said."))
I("bf-seytenga", "Burkina Faso", "Seytenga", "Sahel", 8, "KILLED", "militia", 3,
  R("Sidwaya", "08 20:00", "Seytenga: three VDP fall in an ambush",
    "Three VDP were killed in an ambush between Seytenga and the Niger border on Tuesday, the Seno provincial authorities said."),
  R("Sentinel Incident Log", "09 10:15", "Burkina Faso: VDP ambushed near Seytenga (Seno, Sahel)",
    "On 8 March 2022, suspected militants ambushed a group of VDP near Seytenga, Seno province, Sahel region, killing 3. Source: regional governor."))
I("bf-kaya", "Burkina Faso", "Kaya", "Centre-Nord", 9, "WOUNDED", "civilians", 6,
  R("Burkina24", "09 16:30", "Six civilians wounded by explosive device near Kaya",
    "Six passengers of a minibus were wounded on Wednesday when it struck an explosive device on the road outside Kaya, a health official said."))
I("bf-titao", "Burkina Faso", "Titao", "Nord", 10, "KILLED", "soldiers", 5,
  R("AIB", "10 18:30", "Titao: five soldiers fall on the field of honour",
    "Five soldiers were killed on Thursday during an attack on the military detachment in Titao, Loroum province, the army general staff said."),
  R("AFP", "11 09:20", "Five soldiers killed in northern Burkina attack",
    "Five Burkinabe soldiers were killed when jihadists attacked a military post in the Loroum province near the Malian border on Thursday, the army said."))
I("bf-barsalogho", "Burkina Faso", "Barsalogho", "Centre-Nord", 10, "KILLED", "soldiers", 5,
  R("Lefaso.net", "10 21:00", "Barsalogho: five soldiers killed in an ambush",
    "A military supply convoy was ambushed on Thursday near Barsalogho, Sanmatenga province; five soldiers were killed, a security source said."),
  R("Burkina24", "11 10:45", "Supply convoy attacked north of Barsalogho",
    "Five soldiers lost their lives when a supply convoy was attacked on Thursday about 20 km north of Barsalogho, the regional governor said."))

# ----------------------------------------------------------------------------------------------- Niger (3)
I("ne-tera", "Niger", "Tera", "Tillaberi", 9, "KILLED", "soldiers", 3,
  R("ActuNiger", "09 19:00", "Three soldiers killed in an attack near Tera",
    "Three Nigerien soldiers were killed on Wednesday when their patrol was attacked near Téra, in the Tillabéri region, the defence ministry said."),
  R("AFP", "10 08:05", "Three soldiers killed in western Niger",
    "Three soldiers were killed in an attack on a patrol in western Niger near the border with Burkina Faso on Wednesday, the defence ministry said."))
I("ne-diffa", "Niger", "Diffa", "Diffa", 9, "KILLED", "soldiers", 3,
  R("Xinhua", "10 04:20", "3 soldiers killed in Boko Haram attack in southeast Niger",
    "NIAMEY, March 9 (Xinhua) -- Three Nigerien soldiers were killed Wednesday in an attack by Boko Haram militants on an army position near the town of Diffa in southeastern Niger, a security source said."),
  R("Tamtaminfo", "10 11:30", "Diffa: three soldiers killed in a Boko Haram raid",
    "Boko Haram fighters attacked an army post on the outskirts of Diffa on Wednesday night, killing three soldiers, local sources said."))
I("ne-tillia", "Niger", "Tillia", "Tahoua", 10, "KILLED", "civilians", 7,
  R("ActuNiger", "10 20:15", "Seven civilians killed in Tillia department",
    "Seven civilians were killed on Thursday by armed men on motorcycles in a village of the Tillia department, Tahoua region, local authorities said."))

# -------------------------------------------------------------------------------------------- DR Congo (5)
I("cd-oicha", "DR Congo", "Oicha", "North Kivu", 8, "KILLED", "civilians", 4,
  R("Radio Okapi", "08 13:00", "At least three civilians killed by ADF near Oicha",
    "At least three civilians were killed on Tuesday in an attack attributed to ADF rebels in a village near Oicha, in Beni territory, local civil society said."),
  R("Actualite.cd", "08 19:45", "Four civilians killed by ADF in Oicha",
    "The toll of Tuesday's ADF attack near Oicha, the capital of Beni territory, has risen to four civilians killed, the civil society said."),
  R("Reuters", "09 09:30", "Suspected Islamist rebels kill four in eastern Congo",
    "KINSHASA (Reuters) - Suspected Allied Democratic Forces militants killed four civilians in an attack on a village in Congo's North Kivu province on Tuesday, a local official said."))
I("cd-eringeti", "DR Congo", "Eringeti", "North Kivu", 8, "KILLED", "civilians", 4,
  R("7sur7.cd", "08 22:10", "Eringeti: four civilians killed in an ADF incursion",
    "Four civilians were killed on Tuesday night during an incursion by ADF rebels in the Eringeti area, north of Beni territory, local sources said."),
  R("Radio Okapi", "09 11:00", "ADF kill four people in Eringeti fields",
    "ADF rebels killed four people on Tuesday evening in a field near Eringeti, in the Beni territory, the local administrator said. It was the second deadly ADF raid in the territory that day, after an attack near Oicha in the morning."))
I("cd-mongbwalu", "DR Congo", "Mongbwalu", "Ituri", 9, "KILLED", "civilians", 6,
  R("Radio Okapi", "09 17:20", "Ituri: six civilians killed in CODECO attack near Mongbwalu",
    "Six civilians were killed on Wednesday in an attack by CODECO militiamen on a gold mining site near Mongbwalu, local sources said."),
  R("Actualite.cd", "10 10:00", "Mongbwalu: CODECO kill six miners",
    "CODECO militiamen killed six gold miners at a site near Mongbwalu on Wednesday, the chief of the sector said."))
I("cd-butembo", "DR Congo", "Butembo", "North Kivu", 10, "WOUNDED", "civilians", 3,
  R("7sur7.cd", "10 21:40", "Grenade blast in a Butembo bar wounds three",
    "Three people were wounded on Thursday when a grenade exploded in a bar in Butembo, police said."))
I("cd-komanda", "DR Congo", "Komanda", "Ituri", 10, "KILLED", "soldiers", 2,
  R("Radio Okapi", "10 16:10", "Two FARDC soldiers killed in ADF ambush on the Komanda-Luna road",
    "Two FARDC soldiers were killed on Thursday in an ADF ambush on the Komanda-Luna road, in Irumu territory, the army spokesman said."))

# -------------------------------------------------------------------------------------------- Cameroon (3)
I("cm-buea", "Cameroon", "Buea", "Southwest", 9, "KILLED", "soldiers", 2,
  R("Mimi Mefo Info", "09 15:00", "Two soldiers killed in separatist attack in Buea",
    "Two soldiers were killed on Wednesday when separatist fighters attacked a checkpoint in the Muea neighbourhood of Buea, residents said."),
  R("Cameroon News Agency", "10 07:40", "Ambazonia fighters kill two soldiers at Muea checkpoint",
    "Separatist fighters killed two soldiers at a checkpoint in Muea, on the outskirts of the South West regional capital, on Wednesday."))
I("cm-batibo", "Cameroon", "Batibo", "Northwest", 9, "KILLED", "soldiers", 2,
  R("The Guardian Post", "09 18:10", "Two soldiers killed in Batibo IED blast",
    "Two soldiers died on Wednesday when an improvised explosive device hit their armoured vehicle in Batibo, Momo division, North West region."),
  R("AFP", "10 12:00", "Two soldiers killed in Cameroon's anglophone region",
    "Two soldiers were killed in a homemade bomb attack in Cameroon's restive anglophone North West region on Wednesday, a security source told AFP."))
I("cm-kolofata", "Cameroon", "Kolofata", "Far North", 10, "KILLED", "civilians", 3,
  R("Xinhua", "11 05:00", "3 civilians killed in suspected Boko Haram raid in northern Cameroon",
    "Three civilians were killed on Thursday when suspected Boko Haram militants raided a village near Kolofata in Cameroon's Far North region, local authorities said."))

# ------------------------------------------------------------------------------------------ Mozambique (2)
I("mz-macomia", "Mozambique", "Macomia", "Cabo Delgado", 9, "KILLED", "civilians", 3,
  R("Lusa", "09 19:30", "Three civilians killed by insurgents in Macomia",
    "Three civilians were beheaded on Wednesday by armed insurgents in a village in Macomia district, Cabo Delgado province, local sources told Lusa."),
  R("Club of Mozambique", "10 09:00", "Insurgents kill three farmers in Cabo Delgado",
    "Insurgents killed three people in Cabo Delgado on Wednesday in an attack on farmers along the road near Macomia town, according to sources."))
I("mz-ancuabe", "Mozambique", "Ancuabe", "Cabo Delgado", 9, "KILLED", "civilians", 3,
  R("Carta de Mocambique", "10 12:30", "Insurgents kill three in Ancuabe district village",
    "Three people were killed on Wednesday when insurgents attacked a village in Ancuabe district, residents said, in the first such raid in the district this year."))

# -------------------------------------------------------------------------------------------- Ethiopia (2)
I("et-ataye", "Ethiopia", "Ataye", "Amhara", 8, "KILLED", "civilians", 5,
  R("Addis Standard", "08 17:00", "Five civilians killed in Ataye town attack",
    "Five civilians were killed on Tuesday when armed men attacked Ataye town in the North Shewa zone of Amhara region, a local official told Addis Standard."),
  R("Borkena", "09 08:30", "Attack in North Shewa claims five lives",
    "At least five people were killed in an attack on Tuesday in the Efratana Gidim district of North Shewa zone, residents said."))
I("et-nekemte", "Ethiopia", "Nekemte", "Oromia", 8, "KILLED", "civilians", 5,
  R("Reuters", "08 18:45", "Gunmen kill five in western Ethiopia's Oromia region - residents",
    "ADDIS ABABA (Reuters) - Gunmen killed five people on the outskirts of Nekemte in Ethiopia's Oromia region on Tuesday, residents said, blaming the Oromo Liberation Army, which denied involvement."))

# ----------------------------------------------------------------------------------------------- Sudan (2)
I("sd-geneina", "Sudan", "El Geneina", "West Darfur", 9, "KILLED", "civilians", 4,
  R("Radio Dabanga", "09 18:00", "Four killed in El Geneina attack",
    "Four people were killed when gunmen on motorcycles attacked a neighbourhood of El Geneina, capital of West Darfur, on Wednesday, witnesses told Radio Dabanga."),
  R("Sudan Tribune", "10 10:20", "Gunmen kill four in West Darfur capital",
    "Four civilians were killed on Wednesday in the Al-Jamarik neighbourhood of Geneina when armed militiamen opened fire, the West Darfur doctors' committee said."))
I("sd-kutum", "Sudan", "Kutum", "North Darfur", 9, "KILLED", "civilians", 4,
  R("Sentinel Incident Log", "10 13:50", "Sudan: four farmers killed near Kutum (North Darfur)",
    "On 9 March 2022, armed herders killed four farmers working their land near Kutum, North Darfur. Source: relatives of the victims."))

# ----------------------------------------------------------------------------------------- South Sudan (2)
I("ss-leer", "South Sudan", "Leer", "Unity", 10, "KILLED", "civilians", 3,
  R("Radio Tamazuj", "10 15:00", "Three civilians killed in Leer county attack",
    "Three civilians were killed on Thursday when armed youth attacked a cattle camp in Leer County, Unity State, the county commissioner said."),
  R("Eye Radio", "11 08:00", "Leer commissioner says gunmen killed three at cattle camp",
    "Gunmen killed three people at a cattle camp outside Leer town on Thursday, the commissioner of Leer County told Eye Radio."))
I("ss-rumbek", "South Sudan", "Rumbek", "Lakes", 10, "KILLED", "civilians", 3,
  R("Sentinel Incident Log", "11 09:30", "South Sudan: three killed in revenge attack in Rumbek Centre (Lakes)",
    "On 10 March 2022, gunmen killed three people in a revenge attack in Rumbek Centre County, Lakes State. Source: police."))

# ----------------------------------------------------------------------------------------------- Kenya (1)
I("ke-mandera", "Kenya", "Mandera", "Mandera", 9, "WOUNDED", "police", 3,
  R("Nation", "10 07:15", "Police officers hurt as explosive hits vehicle in Mandera",
    "GARISSA - Three police officers were wounded when a roadside explosive hit their Land Cruiser on the Mandera-Elwak road on Wednesday afternoon, the North Eastern police commander said, blaming al-Shabaab."))
# -------------------------------------------------------------------------------- Central African Republic (2)
I("cf-bambari", "Central African Republic", "Bambari", "Ouaka", 8, "KILLED", "civilians", 2,
  R("Radio Ndeke Luka", "08 16:30", "Bambari: two civilians killed by armed men",
    "Two civilians were killed on Tuesday by armed men in a village about 15 km from Bambari on the road to Ippy, local sources said."),
  R("Corbeau News", "09 09:00", "Two people killed near Bambari by UPC elements",
    "Elements of the UPC armed group killed two people on Tuesday near Bambari, in the Ouaka prefecture, witnesses said."))
I("cf-bossangoa", "Central African Republic", "Bossangoa", "Ouham", 8, "KILLED", "civilians", 2,
  R("Sentinel Incident Log", "09 11:40", "CAR: two civilians killed near Bossangoa (Ouham)",
    "On 8 March 2022, anti-balaka fighters killed two civilians on a farm track near Bossangoa, Ouham prefecture. Source: local official."))

# -------------------------------------------------------------------------------------------- Pakistan (5)
I("pk-mirali", "Pakistan", "Mir Ali", "Khyber Pakhtunkhwa", 8, "KILLED", "soldiers", 2,
  R("Dawn", "08 14:30", "Two soldiers martyred in North Waziristan attack",
    "Two soldiers were martyred on Tuesday when terrorists opened fire on a security forces' post in the Mir Ali area of North Waziristan, the ISPR said."),
  R("The Express Tribune", "08 18:20", "Terrorists kill 2 soldiers in North Waziristan",
    "BANNU: Two soldiers lost their lives in an attack on a check post in North Waziristan tribal district on Tuesday, officials said."))
I("pk-turbat", "Pakistan", "Turbat", "Balochistan", 8, "KILLED", "soldiers", 2,
  R("Geo News", "08 20:00", "Two FC soldiers martyred in Kech",
    "Two Frontier Corps soldiers were martyred when terrorists attacked a patrol near Turbat in Kech district on Tuesday evening, the ISPR said."),
  R("The News", "09 08:00", "Attack on FC patrol in Turbat leaves two dead",
    "Two personnel of the Frontier Corps were killed in an attack on a patrol on the outskirts of Turbat late on Tuesday, officials said."))
I("pk-dikhan", "Pakistan", "Dera Ismail Khan", "Khyber Pakhtunkhwa", 9, "KILLED", "police", 1,
  R("Dawn", "09 12:10", "Policeman shot dead in DI Khan",
    "A policeman was shot dead by unidentified motorcyclists near a checkpost in Dera Ismail Khan on Wednesday morning, police said."),
  R("The Express Tribune", "09 17:30", "Cop martyred in D I Khan gun attack",
    "A police constable was martyred in a gun attack in the Kotla Saidan area of DI Khan city on Wednesday, police officials said."))
I("pk-bannu", "Pakistan", "Bannu", "Khyber Pakhtunkhwa", 9, "KILLED", "police", 1,
  R("Geo News", "09 15:40", "Police official killed in Bannu",
    "A police official was killed when unknown gunmen attacked a police van in the Domel area of Bannu on Wednesday, police said."),
  R("APP", "09 21:00", "Policeman martyred in Bannu firing",
    "A policeman embraced shahadat when unidentified armed men opened fire on a police mobile in Bannu district on Wednesday."))
I("pk-khuzdar", "Pakistan", "Khuzdar", "Balochistan", 10, "WOUNDED", "civilians", 4,
  R("Dawn", "10 15:15", "Four injured in Khuzdar grenade attack",
    "KHUZDAR: Four people were injured when unidentified men hurled a hand grenade at a shop in Khuzdar's main bazaar on Thursday, police said."))

# ----------------------------------------------------------------------------------------------- India (3)
I("in-pulwama", "India", "Pulwama", "Jammu and Kashmir", 9, "KILLED", "militants", 2,
  R("Greater Kashmir", "09 14:10", "Two militants killed in Pulwama gunfight",
    "Two militants were killed in a gunfight with government forces in a village of Pulwama district on Wednesday, police said."),
  R("PTI", "09 19:00", "2 terrorists killed in encounter in J-K's Pulwama",
    "SRINAGAR, Mar 9 (PTI) Two terrorists were killed in an encounter with security forces in Pulwama district of south Kashmir on Wednesday, officials said."))
I("in-kulgam", "India", "Kulgam", "Jammu and Kashmir", 9, "KILLED", "militants", 2,
  R("Kashmir Observer", "09 20:30", "Two militants killed in Kulgam encounter",
    "Two militants were killed on Wednesday evening in a gunfight with forces in the Redwani area of Kulgam, police said."),
  R("Greater Kashmir", "10 08:40", "Kulgam gunfight: slain militants identified",
    "Police on Thursday identified the two militants killed in Wednesday's gunfight at Redwani in Kulgam as locals who had joined militancy last year."))
I("in-bijapur", "India", "Bijapur", "Chhattisgarh", 10, "KILLED", "police", 1,
  R("PTI", "10 14:25", "DRG jawan killed in encounter with Maoists in Chhattisgarh's Bijapur",
    "A District Reserve Guard jawan was killed in an encounter with Maoists in a forest of Bijapur district on Thursday, a police official said."))

# --------------------------------------------------------------------------------------------- Myanmar (3)
I("mm-kalay", "Myanmar", "Kalay", "Sagaing", 8, "KILLED", "civilians", 2,
  R("Myanmar Now", "08 15:00", "Two civilians shot dead by junta troops in Kalay",
    "Junta soldiers shot dead two men at a checkpoint in Kalay, Sagaing region, on Tuesday, residents said."),
  R("The Irrawaddy", "09 06:30", "Regime troops kill two residents in Kalay Township",
    "Two residents of Kalay Township were killed by regime troops on Tuesday afternoon, local resistance sources said."))
I("mm-depayin", "Myanmar", "Depayin", "Sagaing", 8, "KILLED", "civilians", 2,
  R("RFA", "08 20:00", "Junta airstrike kills two villagers in Sagaing",
    "Two villagers were killed when a military aircraft bombed a village in Sagaing region's Depayin township on Tuesday, residents told RFA."),
  R("Mizzima", "09 09:45", "Air strike in Depayin kills two",
    "An air strike on a village in Depayin Township killed two civilians on Tuesday, a local People's Defence Force said."))
I("mm-loikaw", "Myanmar", "Loikaw", "Kayah", 10, "KILLED", "civilians", 3,
  R("The Irrawaddy", "10 16:20", "Junta shells kill three in Loikaw",
    "Three civilians were killed when junta artillery shells landed in a ward of Loikaw, the Karenni State capital, on Thursday, residents said."))

# ----------------------------------------------------------------------------------------- Philippines (2)
I("ph-datusalibo", "Philippines", "Datu Salibo", "Maguindanao", 9, "KILLED", "soldiers", 2,
  R("Philippine News Agency", "09 16:00", "2 soldiers killed in BIFF attack in Maguindanao",
    "COTABATO CITY - Two Army soldiers were killed when members of the Bangsamoro Islamic Freedom Fighters attacked a detachment in Datu Salibo, Maguindanao on Wednesday, the military said."),
  R("Inquirer", "10 06:30", "BIFF gunmen kill 2 soldiers in Maguindanao town",
    "Two soldiers died after Dawlah Islamiyah-linked gunmen fired at an Army detachment in the town of Datu Salibo on Wednesday afternoon, an Army brigade commander said."))
I("ph-lapinig", "Philippines", "Lapinig", "Northern Samar", 9, "KILLED", "soldiers", 2,
  R("Rappler", "09 13:15", "2 soldiers killed in clash with NPA in Northern Samar",
    "Two soldiers were killed in a clash with New People's Army rebels in Lapinig, Northern Samar, on Wednesday, the Army's 8th Infantry Division said."))

# -------------------------------------------------------------------------------------------- Colombia (3)
# Americas items published after midnight UTC report the previous local day.
I("co-tame", "Colombia", "Tame", "Arauca", 8, "KILLED", "civilians", 2,
  R("El Tiempo", "09 02:30", "Two people murdered in rural Tame",
    "Two men were shot dead on Tuesday in a rural area of Tame, Arauca, where ELN guerrillas and FARC dissidents are fighting, police said."),
  R("Semana", "09 14:00", "Two farmers killed in Arauca",
    "Two farmers were murdered on Tuesday in the municipality of Tame, in the department of Arauca, the Ombudsman's office reported."))
I("co-saravena", "Colombia", "Saravena", "Arauca", 8, "KILLED", "civilians", 2,
  R("Blu Radio", "08 23:30", "Double homicide in Saravena",
    "Two young men were killed by gunmen on a motorcycle in an urban neighbourhood of Saravena on Tuesday afternoon, local authorities said."),
  R("El Espectador", "09 15:00", "Violence in Arauca: two young men killed in Saravena",
    "Two people were killed on Tuesday in Saravena, Arauca, according to the local government, amid the war between armed groups in the department."))
I("co-caucasia", "Colombia", "Caucasia", "Antioquia", 10, "KILLED", "police", 1,
  R("El Colombiano", "11 01:40", "Patrolman killed in attack in Caucasia",
    "A police patrolman was killed on Thursday night in an attack blamed on the Clan del Golfo in Caucasia, in the Bajo Cauca region of Antioquia."))

# ---------------------------------------------------------------------------------------------- Mexico (3)
I("mx-uruapan", "Mexico", "Uruapan", "Michoacan", 9, "KILLED", "police", 2,
  R("Quadratin", "09 22:00", "Two municipal police killed in Uruapan ambush",
    "Two municipal police officers were killed on Wednesday afternoon when gunmen ambushed their patrol in a neighbourhood of Uruapan, Michoacán."),
  R("La Jornada", "10 06:10", "Ambush in Uruapan leaves two officers dead",
    "Armed men attacked a municipal police patrol in Uruapan, Michoacán, on Wednesday, killing two officers, the state security ministry said."))
I("mx-zamora", "Mexico", "Zamora", "Michoacan", 9, "KILLED", "police", 2,
  R("Excelsior", "10 02:15", "Two state police killed in Zamora",
    "Two Michoacán state police officers were shot dead on Wednesday night while guarding a bank branch in Zamora, officials said."),
  R("Sentinel Incident Log", "10 15:00", "Mexico: two state police officers killed in Zamora (Michoacan)",
    "On 9 March 2022, gunmen shot dead two state police officers guarding a bank branch in central Zamora, Michoacán. Source: state prosecutor."))
I("mx-irapuato", "Mexico", "Irapuato", "Guanajuato", 10, "KILLED", "civilians", 4,
  R("AP", "11 05:30", "Gunmen kill 4 at bar in central Mexico",
    "IRAPUATO, Mexico (AP) - Gunmen burst into a bar in the central Mexican city of Irapuato on Thursday night and killed four people, authorities said."))

# ------------------------------------------------------------------------------------ single-country rest
I("ly-sabha", "Libya", "Sabha", "Fezzan", 10, "KILLED", "militia", 2,
  R("Libya Observer", "10 19:20", "Two killed in armed clashes in Sabha",
    "Two members of an armed group were killed in clashes between rival militias in Sabha on Thursday, a medical source said."))
I("eg-birabd", "Egypt", "Bir al-Abd", "North Sinai", 8, "KILLED", "soldiers", 2,
  R("Ahram Online", "08 19:00", "Two soldiers killed in North Sinai operation",
    "The Egyptian army said two soldiers were killed on Tuesday during an operation against militants near Bir al-Abd in North Sinai."),
  R("AFP", "09 10:00", "Two Egyptian soldiers killed in Sinai",
    "Two Egyptian soldiers were killed in clashes with jihadists in North Sinai on Tuesday, security sources said."))
I("tr-cukurca", "Turkey", "Cukurca", "Hakkari", 9, "KILLED", "soldiers", 1,
  R("Daily Sabah", "09 16:40", "Turkish soldier killed in clash with PKK in Hakkari",
    "A Turkish soldier was killed in a clash with PKK terrorists in the Çukurca district of Hakkari province on Wednesday, the governor's office said."))
I("bj-banikoara", "Benin", "Banikoara", "Alibori", 10, "KILLED", "police", 1,
  R("La Nouvelle Tribune", "10 18:00", "Police officer killed in attack near Banikoara",
    "A police officer was killed on Thursday when armed men attacked a police station near Banikoara in northern Benin, a security source said."))
I("tg-mandouri", "Togo", "Mandouri", "Savanes", 9, "ATTACK", "-", 0,
  R("Republic of Togo", "10 09:50", "Army repels attack near Mandouri",
    "Soldiers repelled an attack by armed men on a military post near Mandouri in the Kpendjal prefecture on Wednesday night; no casualties were reported, the army said."))
I("th-rueso", "Thailand", "Rueso", "Narathiwat", 8, "WOUNDED", "soldiers", 2,
  R("Bangkok Post", "08 07:30", "Two rangers hurt in Narathiwat roadside bomb",
    "NARATHIWAT: Two rangers were wounded when a bomb exploded beside a road in Rueso district on Tuesday morning, police said."))
I("td-bol", "Chad", "Bol", "Lac", 9, "KILLED", "soldiers", 3,
  R("Alwihda Info", "09 18:00", "Lac: Boko Haram raid near Bol costs three soldiers their lives",
    "Three Chadian soldiers were killed on Wednesday when Boko Haram fighters stormed a position on an island near Bol, in the Lac province, a military source said."),
  R("Xinhua", "10 05:30", "3 Chadian soldiers killed in Boko Haram attack",
    "Three Chadian soldiers were killed Wednesday in an attack by Boko Haram militants in the Lac province in western Chad, army sources said."))


def slug(s):
    s = s.lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")[:90].strip("-")


def build():
    tsv = ["\t".join(["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"])]
    items = []
    for n, inc in enumerate(INCIDENTS, 1):
        gid = "G%03d" % n
        tsv.append("\t".join([gid, inc["country"], inc["town"], inc["date"], inc["type"], inc["victim_group"],
                              str(inc["count"]), inc["admin1"]]))
        for source, when, title, text in inc["reports"]:
            day, hm = when.split()
            pub = "2022-03-%sT%s:00Z" % (day, hm)
            url = "https://%s/2022/03/%s/%s" % (DOMAINS[source], day, slug(title))
            items.append(dict(publishedAt=pub, source=source, url=url, title=title, text=text, incident=gid))
    items.sort(key=lambda a: (a["publishedAt"], a["url"]))
    out = []
    for k, a in enumerate(items, 1):
        out.append({"id": "g%03d" % k, "publishedAt": a["publishedAt"], "source": a["source"], "url": a["url"],
                    "title": a["title"], "text": a["text"], "incident": a["incident"]})
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in out:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "incidents.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(tsv) + "\n")
    print("wrote %d items, %d incidents" % (len(out), len(INCIDENTS)))


if __name__ == "__main__":
    build()
