#!/usr/bin/env python3
"""Hand-written source of the heldout3 incident stream (writer 59, blind).

Every incident and every item below was written by hand. Run `python3 build.py` to regenerate
articles.jsonl and incidents.tsv next to this file. Incidents have symbolic keys; R ids follow the
order of declaration (grouped by country), r ids follow publication time.

Event days: Tuesday 22, Wednesday 23 and Thursday 24 September 2020 (Friday = 25 September).
"""
import json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

D1, D2, D3 = "2020-09-22", "2020-09-23", "2020-09-24"

INCIDENTS = []  # (key, country, town, date, type, victim_group, count, admin1)
ITEMS = []      # (key, publishedAt, source, title, text)


def inc(key, country, town, date, typ, group, count, admin1):
    INCIDENTS.append((key, country, town, date, typ, group, count, admin1))


def item(key, pub, source, title, text):
    ITEMS.append((key, pub, source, title, text))


DOMAINS = {
    "Reuters": "www.reuters.com", "AFP": "www.afp.com", "Associated Press": "apnews.com",
    "Xinhua": "www.xinhuanet.com", "Anadolu Agency": "www.aa.com.tr",
    "Syrian Observatory for Human Rights": "www.syriahr.com", "SANA": "sana.sy",
    "Enab Baladi": "english.enabbaladi.net", "North Press Agency": "npasyria.com",
    "Hawar News Agency": "hawarnews.com", "Horan Free League": "horanfree.example.org",
    "Orient News": "orient-news.net", "Step News Agency": "stepagency-sy.net",
    "Baladi News": "baladi-news.com", "Daraa 24": "daraa24.org", "Asharq Al-Awsat": "english.aawsat.com",
    "Kurdistan 24": "www.kurdistan24.net", "Pajhwok Afghan News": "pajhwok.com",
    "TOLOnews": "tolonews.com", "Khaama Press": "www.khaama.com", "Ariana News": "ariananews.af",
    "Shafaq News": "shafaq.com", "Iraqi News Agency": "ina.iq", "Rudaw": "www.rudaw.net",
    "Alsumaria": "www.alsumaria.tv", "Al-Masdar Online": "al-masdaronline.net",
    "September Net": "26sepnews.net", "Saba": "www.saba.ye", "Aden al-Ghad": "adengad.net",
    "Al-Ayyam": "www.alayyam.info", "HumAngle": "humangle.ng", "Sahara Reporters": "saharareporters.com",
    "Daily Trust": "dailytrust.com", "Premium Times": "www.premiumtimesng.com",
    "Channels Television": "www.channelstv.com", "Punch": "punchng.com", "Daily Post": "dailypost.ng",
    "Vanguard": "www.vanguardngr.com", "The Cable": "www.thecable.ng", "Garowe Online": "www.garoweonline.com",
    "Hiiraan Online": "www.hiiraan.com", "SONNA": "sonna.so", "Radio Dalsan": "www.radiodalsan.com",
    "Somali Guardian": "somaliguardian.com", "Puntland Post": "puntlandpost.net",
    "Radio Okapi": "www.radiookapi.net", "Actualite.cd": "actualite.cd", "7sur7.cd": "7sur7.cd",
    "Kivu Morning Post": "kivumorningpost.com", "Studio Tamani": "www.studiotamani.org",
    "Malijet": "malijet.com", "AIB": "www.aib.media", "Lefaso.net": "lefaso.net", "Burkina24": "burkina24.com",
    "Dawn": "www.dawn.com", "The News": "www.thenews.com.pk", "The Express Tribune": "tribune.com.pk",
    "Geo News": "www.geo.tv", "Mimi Mefo Info": "mimimefoinfos.com",
    "Cameroon News Agency": "cameroonnewsagency.com", "The Guardian Post": "theguardianpostcameroon.com",
    "Zitamar News": "www.zitamar.com", "Lusa": "www.lusa.pt", "Pinnacle News": "pinnaclenews.example.org",
    "Carta de Mocambique": "cartamz.com", "The Irrawaddy": "www.irrawaddy.com", "Narinjara": "narinjara.com",
    "Myanmar Now": "www.myanmar-now.org", "DVB": "english.dvb.no", "ActuNiger": "www.actuniger.com",
    "Press Trust of India": "www.ptinews.com", "Greater Kashmir": "www.greaterkashmir.com",
    "Hindustan Times": "www.hindustantimes.com", "Philippine News Agency": "www.pna.gov.ph",
    "Philippine Daily Inquirer": "newsinfo.inquirer.net", "Rappler": "www.rappler.com",
    "El Tiempo": "www.eltiempo.com", "Semana": "www.semana.com", "El Espectador": "www.elespectador.com",
    "Caracol Radio": "caracol.com.co", "Milenio": "www.milenio.com", "El Universal": "www.eluniversal.com.mx",
    "El Sol de Zacatecas": "www.elsoldezacatecas.com.mx", "Addis Standard": "addisstandard.com",
    "BBC News": "www.bbc.com", "Radio Dabanga": "www.dabangasudan.org", "Sudan Tribune": "sudantribune.com",
    "Radio Tamazuj": "radiotamazuj.org", "Eye Radio": "eyeradio.org", "Daily Nation": "nation.africa",
    "The Standard": "www.standardmedia.co.ke", "Citizen Digital": "citizen.digital",
    "Radio Ndeke Luka": "www.radiondekeluka.org", "UN News": "news.un.org", "Alwihda Info": "www.alwihdainfo.com",
    "Ahram Online": "english.ahram.org.eg", "Daily Sabah": "www.dailysabah.com", "Ukrinform": "www.ukrinform.net",
    "Libya Observer": "libyaobserver.ly", "Frontline Incident Digest": "frontlinedigest.example.org",
}

# ---------------------------------------------------------------- Syria (13)
inc("sy-tafas", "Syria", "Tafas", D1, "KILLED", "civilians", 1, "Daraa")
item("sy-tafas", "2020-09-22T17:40:00Z", "Horan Free League", "Young man shot dead near Tafas silos",
     "Unknown gunmen shot dead a young man from Tafas on Tuesday afternoon close to the town's grain silos in the "
     "western countryside of Daraa. The victim worked for the local council and had no military affiliation, the "
     "League's documentation office said.")
item("sy-tafas", "2020-09-23T08:15:00Z", "Enab Baladi", "Civilian killed in western Daraa as assassinations go on",
     "A civilian was killed by gunfire on Tuesday in the western Daraa countryside, near the town of Tafas, the "
     "latest in a string of killings in the southern governorate that no party has claimed.")

inc("sy-jasim", "Syria", "Jasim", D1, "KILLED", "civilians", 1, "Daraa")
item("sy-jasim", "2020-09-22T20:05:00Z", "Syrian Observatory for Human Rights", "IED kills a man in Jasim",
     "An improvised explosive device went off in Jasim city, in the northern countryside of Daraa, on Tuesday "
     "evening, killing a man who was riding his motorcycle near the vegetable market. The blast came hours after a "
     "young man was shot dead in the west of the province.")

inc("sy-rasain-1", "Syria", "Ras al-Ain", D1, "KILLED", "civilians", 4, "Hasakah")
item("sy-rasain-1", "2020-09-22T09:50:00Z", "Anadolu Agency", "YPG/PKK car bomb kills civilians in Ras al-Ain",
     "ANKARA - A car bomb planted by YPG/PKK terrorists killed three civilians in Ras al-Ain, northern Syria, on "
     "Tuesday morning, Turkey's National Defense Ministry said. The explosion hit a crowded street near the town's "
     "central mosque, the ministry added in a statement. Several of the wounded were taken across the border to hospitals "
     "in Sanliurfa province.")
item("sy-rasain-1", "2020-09-22T10:30:00Z", "Reuters",
     "Car bomb kills three in Turkish-held Syrian town of Ras al-Ain - Turkish ministry",
     "Car bomb kills three in Turkish-held Syrian town of Ras al-Ain - Turkish ministry")
item("sy-rasain-1", "2020-09-22T14:20:00Z", "Syrian Observatory for Human Rights",
     "Death toll of Ras al-Ain booby-trapped car rises to four",
     "The death toll of this morning's booby-trapped car explosion in Ras al-Ain (Serêkaniyê) city has risen to "
     "four civilians, including a child, while several others were injured, some of them seriously. SOHR has not "
     "been able to identify the party behind the explosion.")
item("sy-rasain-1", "2020-09-23T07:30:00Z", "North Press Agency", "Four killed in car explosion in Serêkaniyê",
     "QAMISHLI, Syria (North Press) - Four people were killed on Tuesday when a car rigged with explosives blew up "
     "in the centre of Serêkaniyê, a town held by Turkish forces and allied Syrian factions since October 2019, "
     "local sources told North Press.")

inc("sy-talabyad", "Syria", "Tal Abyad", D1, "KILLED", "civilians", 4, "Raqqa")
item("sy-talabyad", "2020-09-22T16:10:00Z", "Anadolu Agency", "Bomb-laden motorcycle kills 4 civilians in Tal Abyad",
     "A bomb-laden motorcycle exploded at a vegetable market in Tal Abyad on Tuesday, killing four civilians, "
     "hours after the car bomb in Ras al-Ain, local sources said. Turkish officials blamed the YPG/PKK for the "
     "attack.")
item("sy-talabyad", "2020-09-22T19:45:00Z", "Hawar News Agency", "Four citizens lose their lives in occupied Girê Spî",
     "Four citizens lost their lives on Tuesday when an explosion ripped through the market of occupied Girê Spî, "
     "amid the chaos that reigns in the areas under the control of the Turkish occupation and its mercenaries.")

inc("sy-rasain-3", "Syria", "Ras al-Ain", D3, "WOUNDED", "civilians", 3, "Hasakah")
item("sy-rasain-3", "2020-09-24T11:05:00Z", "Syrian Observatory for Human Rights", "Three civilians injured in Ras al-Ain",
     "Three civilians were injured on Thursday when an explosive device planted in a motorbike went off on the road "
     "to the grain silo in Ras al-Ain, two days after the deadly car bomb in the same city.")
item("sy-rasain-3", "2020-09-24T15:30:00Z", "Baladi News", "Explosion wounds three at western entrance of Ras al-Ain",
     "An explosion injured three people at the western entrance of Ras al-Ain, northwest of Hasakah, on Thursday. "
     "Civil defence teams took the wounded to the town's hospital.")

inc("sy-kansafra", "Syria", "Kansafra", D2, "KILLED", "civilians", 2, "Idlib")
item("sy-kansafra", "2020-09-23T09:40:00Z", "Syrian Observatory for Human Rights", "Regime shelling kills two in Kansafra",
     "Two civilians, a man and his son, were killed this morning by regime artillery shelling on Kansafra in Jabal "
     "al-Zawiya, south of Idlib, in a new violation of the ceasefire agreement.")
item("sy-kansafra", "2020-09-23T12:20:00Z", "Orient News", "Assad militia shelling kills father and child in Idlib countryside",
     "Assad militia shelling killed a father and his child in Kansafra, in the southern countryside of Idlib, on "
     "Wednesday, the Syrian Civil Defence said. Its teams recovered the bodies from the rubble of their home.")
item("sy-kansafra", "2020-09-23T16:00:00Z", "AFP", "Government shelling kills two civilians in Syria's Idlib: monitor",
     "DAMASCUS (AFP) - Government shelling killed two civilians in Syria's last major rebel bastion of Idlib on "
     "Wednesday, a war monitor said, despite a truce brokered by Moscow and Ankara in March.")

inc("sy-darkush", "Syria", "Darkush", D2, "KILLED", "civilians", 2, "Idlib")
item("sy-darkush", "2020-09-23T13:50:00Z", "Syrian Observatory for Human Rights", "Russian air strikes kill two near Darkush",
     "Russian warplanes carried out several air strikes on the outskirts of Darkush in the western countryside of "
     "Idlib, near the Turkish border, killing two civilians who were working in an olive grove.")
item("sy-darkush", "2020-09-23T18:30:00Z", "Step News Agency", "Two farmers killed by Russian raids west of Jisr al-Shughur",
     "Two farmers were killed on Wednesday afternoon by Russian raids that targeted agricultural land around "
     "Darkoush, west of Jisr al-Shughur.")

inc("sy-shoula", "Syria", "al-Shoula", D2, "KILLED", "soldiers", 5, "Deir ez-Zor")
item("sy-shoula", "2020-09-23T10:30:00Z", "SANA", "Five army personnel martyred in terrorist attack on bus in Deir Ezzor",
     "Deir Ezzor, SANA - Five army personnel were martyred when a terrorist group attacked a bus carrying them on "
     "the Deir Ezzor-Palmyra road near al-Shoula, a military source said.")
item("sy-shoula", "2020-09-23T11:10:00Z", "Syrian Observatory for Human Rights", "ISIS cells ambush regime bus in Deir Ezzor desert",
     "ISIS cells ambushed a bus carrying regime soldiers in the Badia of Deir Ezzor, south of the city, at dawn on "
     "Wednesday, killing at least four of them and wounding others. Russian helicopters later flew over the area, SOHR "
     "sources reported.")
item("sy-shoula", "2020-09-23T15:45:00Z", "Reuters", "Islamic State kills five Syrian soldiers in desert ambush - state media",
     "AMMAN (Reuters) - Islamic State militants killed five Syrian soldiers in an ambush on a military bus in the "
     "eastern desert south of Deir al-Zor on Wednesday, state media said.")

inc("sy-palmyra", "Syria", "Palmyra", D3, "KILLED", "soldiers", 3, "Homs")
item("sy-palmyra", "2020-09-24T12:30:00Z", "Syrian Observatory for Human Rights", "Three regime soldiers killed by landmine east of Tadmur",
     "Three regime soldiers were killed on Thursday by the explosion of a landmine left by ISIS as their vehicle "
     "drove near the T3 station east of Tadmur (Palmyra), in the eastern countryside of Homs.")
item("sy-palmyra", "2020-09-25T06:40:00Z", "Asharq Al-Awsat", "Mine kills three Syrian soldiers in the desert",
     "Three Syrian soldiers died on Thursday when their vehicle hit a mine in the desert east of Palmyra, a "
     "Britain-based monitor said, in an area where Islamic State cells have stepped up hit-and-run attacks on "
     "government forces.")

inc("sy-inkhil", "Syria", "Inkhil", D3, "KILLED", "soldiers", 3, "Daraa")
item("sy-inkhil", "2020-09-24T19:00:00Z", "Daraa 24", "Three soldiers killed in attack on Inkhil checkpoint",
     "Gunmen attacked a military checkpoint at the northern entrance of Inkhil on Thursday evening, killing three "
     "soldiers of the regime's 9th Division before withdrawing toward the farms.")
item("sy-inkhil", "2020-09-25T08:10:00Z", "SANA", "Three army personnel martyred in terrorist attack in Daraa northern countryside",
     "Three army personnel were martyred late on Thursday when a terrorist group attacked a "
     "checkpoint in Daraa northern countryside, a military source said, adding that units pursued the attackers.")

inc("sy-busayrah", "Syria", "al-Busayrah", D2, "KILLED", "militia", 2, "Deir ez-Zor")
item("sy-busayrah", "2020-09-23T14:05:00Z", "North Press Agency", "Gunmen kill two SDF members in al-Busayrah",
     "Unidentified gunmen on a motorcycle opened fire on a checkpoint of the Syrian Democratic Forces (SDF) in the "
     "town of al-Busayrah, east of Deir ez-Zor, on Wednesday, killing two of its members.")
item("sy-busayrah", "2020-09-23T21:30:00Z", "Syrian Observatory for Human Rights", "Two SDF fighters killed in Busayrah",
     "Two SDF fighters were killed when gunmen believed to be ISIS cells attacked their post in Busayrah, in the "
     "eastern countryside of Deir Ezzor.")

inc("sy-markada", "Syria", "Markada", D2, "KILLED", "militia", 2, "Hasakah")
item("sy-markada", "2020-09-23T17:15:00Z", "Hawar News Agency", "Two SDF fighters martyred repelling attack south of al-Hasakah",
     "Two fighters of the Syrian Democratic Forces were martyred on Wednesday while repelling an attack by ISIS "
     "mercenaries on a point near Markada, south of al-Hasakah, the SDF media centre said.")

inc("sy-jindires", "Syria", "Jindires", D3, "KILLED", "civilians", 2, "Aleppo")
item("sy-jindires", "2020-09-24T16:40:00Z", "Kurdistan 24", "Roadside bomb kills two civilians near Jindires",
     "Two civilians were killed on Thursday when a roadside bomb exploded as their tractor passed near Jindires, in "
     "the Turkish-controlled Afrin region of northwest Syria, a local source told Kurdistan 24.")

# ---------------------------------------------------------------- Afghanistan (8)
inc("af-khanabad", "Afghanistan", "Khan Abad", D1, "KILLED", "police", 4, "Kunduz")
item("af-khanabad", "2020-09-22T08:30:00Z", "Pajhwok Afghan News", "3 policemen killed in Kunduz Taliban attack",
     "KUNDUZ CITY (Pajhwok): Three policemen were killed and two others wounded when Taliban fighters stormed a "
     "security post in Khan Abad district of northern Kunduz province before dawn on Tuesday, an official said.")
item("af-khanabad", "2020-09-22T13:10:00Z", "TOLOnews", "Four Police Killed In Taliban Attack In Kunduz",
     "Four police were killed in a Taliban attack on a checkpoint in Khanabad district of Kunduz on Tuesday, the "
     "provincial police spokesman confirmed, raising the earlier toll. The spokesman said the attackers also "
     "suffered casualties.")
item("af-khanabad", "2020-09-23T05:00:00Z", "Xinhua", "4 policemen killed in Taliban attack in N. Afghanistan",
     "KUNDUZ, Afghanistan, Sept. 22 (Xinhua) -- Four policemen lost their lives as Taliban militants stormed a "
     "police outpost east of the provincial capital of northern Kunduz province on Tuesday, a local official said.")

inc("af-aliabad", "Afghanistan", "Ali Abad", D1, "KILLED", "police", 4, "Kunduz")
item("af-aliabad", "2020-09-22T15:30:00Z", "Khaama Press", "Four police officers martyred in Taliban ambush on Kunduz-Baghlan highway",
     "Four police officers were martyred after their vehicle came under a Taliban ambush on the Kunduz-Baghlan "
     "highway in Ali Abad district on Tuesday afternoon, local officials said.")
item("af-aliabad", "2020-09-22T18:45:00Z", "Pajhwok Afghan News", "Taliban ambush police Ranger in Aliabad",
     "KUNDUZ CITY (Pajhwok): Taliban militants ambushed a police Ranger in Aliabad district on Tuesday, killing all "
     "four policemen aboard, the district chief said.")

inc("af-dehrawud", "Afghanistan", "Dehrawud", D2, "KILLED", "soldiers", 6, "Uruzgan")
item("af-dehrawud", "2020-09-23T12:00:00Z", "TOLOnews", "Six Soldiers Killed In Uruzgan Attack: Source",
     "Six Afghan army soldiers were killed when the Taliban attacked an army base in Dehrawud district of Uruzgan "
     "on Wednesday, a source said. The Ministry of Defense has not commented.")
item("af-dehrawud", "2020-09-23T17:20:00Z", "Ariana News", "Taliban overrun army outpost in Deh Rawud",
     "The Taliban overran a military outpost in Deh Rawud in southern Uruzgan, killing six soldiers, a member of the "
     "provincial council said on Wednesday.")

inc("af-qaisar", "Afghanistan", "Qaisar", D2, "KILLED", "soldiers", 6, "Faryab")
item("af-qaisar", "2020-09-23T14:40:00Z", "Pajhwok Afghan News", "6 soldiers killed in Faryab clash",
     "MAIMANA (Pajhwok): Six soldiers were killed and three others wounded when the Taliban attacked army positions "
     "in Qaisar district of northwestern Faryab province on Wednesday morning, officials said.")

inc("af-nadali", "Afghanistan", "Nad Ali", D2, "KILLED", "militants", 12, "Helmand")
item("af-nadali", "2020-09-23T19:00:00Z", "TOLOnews", "MoD: 12 Taliban Killed In Helmand Airstrikes",
     "The Ministry of Defense said 12 Taliban were killed in airstrikes in Nad-e-Ali on Wednesday, but a Taliban "
     "spokesman rejected the claim and said homes of villagers had been hit.")
item("af-nadali", "2020-09-24T04:00:00Z", "Xinhua", "12 Taliban militants killed in airstrike in S. Afghanistan",
     "KABUL, Sept. 23 (Xinhua) -- Twelve Taliban militants were killed in an airstrike in Nad Ali district of "
     "southern Helmand province on Wednesday, the Afghan army's 215th Maiwand Corps said in a statement.")

inc("af-jalalabad", "Afghanistan", "Jalalabad", D2, "WOUNDED", "civilians", 3, "Nangarhar")
item("af-jalalabad", "2020-09-23T09:20:00Z", "Pajhwok Afghan News", "Sticky bomb wounds 3 in Jalalabad",
     "JALALABAD (Pajhwok): A sticky bomb attached to a rickshaw exploded in the 4th police district of Jalalabad "
     "city on Wednesday morning, wounding three civilians.")
item("af-jalalabad", "2020-09-23T11:45:00Z", "Khaama Press", "Magnetic mine blast injures three in Nangarhar capital",
     "Three people were injured in a magnetic mine blast in the provincial capital of eastern Nangarhar on "
     "Wednesday, officials said.")

inc("af-chimtal", "Afghanistan", "Chimtal", D3, "KILLED", "civilians", 2, "Balkh")
item("af-chimtal", "2020-09-24T12:10:00Z", "Pajhwok Afghan News", "Mortar round kills 2 children in Balkh",
     "MAZAR-I-SHARIF (Pajhwok): Two children were killed when a mortar round fired during clashes hit their house in "
     "Chimtal district of northern Balkh province on Thursday, the governor's spokesman said.")

inc("af-shindand", "Afghanistan", "Shindand", D3, "KILLED", "civilians", 2, "Herat")
item("af-shindand", "2020-09-24T14:00:00Z", "TOLOnews", "Two Civilians Killed In Herat Mine Blast",
     "Two civilians were killed in a roadside mine blast in Shindand district of Herat on Thursday, local officials "
     "said. They blamed the Taliban; the group has not commented.")
item("af-shindand", "2020-09-25T03:20:00Z", "Xinhua", "2 civilians killed in roadside bomb blast in W. Afghanistan",
     "HERAT, Afghanistan, Sept. 24 (Xinhua) -- Two civilians were killed when a roadside bomb struck their "
     "motorcycle in the Shindand district of western Herat province on Thursday, a police spokesman said.")

# ---------------------------------------------------------------- Iraq (7)
inc("iq-jalawla", "Iraq", "Jalawla", D1, "KILLED", "militia", 2, "Diyala")
item("iq-jalawla", "2020-09-22T19:30:00Z", "Shafaq News", "Two PMF members killed in ISIS attack near Jalawla",
     "Two members of the Popular Mobilization Forces were killed on Tuesday evening in an attack by ISIS remnants "
     "on their position near Jalawla, northeast of Diyala, a security source told Shafaq News.")
item("iq-jalawla", "2020-09-23T05:30:00Z", "Xinhua", "2 paramilitary fighters killed in IS attack in Iraq's Diyala",
     "BAQUBA, Iraq, Sept. 22 (Xinhua) -- Two paramilitary Hashd Shaabi fighters were killed when Islamic State "
     "militants attacked their post in the northern part of Diyala province on Tuesday, a provincial security "
     "source said.")

inc("iq-tuz", "Iraq", "Tuz Khurmatu", D1, "KILLED", "militia", 2, "Salah al-Din")
item("iq-tuz", "2020-09-22T21:10:00Z", "Kurdistan 24", "IS militants kill two Hashd fighters south of Tuz Khurmatu",
     "Two fighters of the Hashd al-Shaabi were killed on Tuesday when Islamic State militants attacked a checkpoint "
     "among the villages south of Tuz Khurmatu, a local official said.")
item("iq-tuz", "2020-09-23T08:50:00Z", "Alsumaria", "Two PMF members killed in attack in Tuz district",
     "A security source in Salahuddin said two PMF members were killed and one injured in an attack with light "
     "weapons on a PMF point in the Tuz district, east of Tikrit, on Tuesday night.")

inc("iq-tarmiyah", "Iraq", "Tarmiyah", D2, "KILLED", "soldiers", 3, "Baghdad")
item("iq-tarmiyah", "2020-09-23T10:15:00Z", "Iraqi News Agency", "Three soldiers martyred in IED blast in Tarmiyah",
     "Three soldiers were martyred when an explosive device targeted an army patrol in the Tarmiyah area, north of "
     "Baghdad, the Joint Operations Command said on Wednesday.")
item("iq-tarmiyah", "2020-09-23T12:40:00Z", "Rudaw", "Roadside bomb kills three Iraqi soldiers in al-Tarmiya",
     "Three Iraqi soldiers were killed by a roadside bomb in al-Tarmiya, north of the capital, on Wednesday, an "
     "Iraqi security official told Rudaw. No group has claimed the attack.")
item("iq-tarmiyah", "2020-09-23T15:10:00Z", "AFP", "Roadside bomb kills three Iraqi soldiers",
     "ERBIL, Iraq (AFP) - A roadside bomb killed three Iraqi soldiers north of Baghdad on Wednesday, security "
     "sources said, in an area where Islamic State group sleeper cells remain active.")

inc("iq-dhuluiya", "Iraq", "Dhuluiya", D2, "KILLED", "soldiers", 3, "Salah al-Din")
item("iq-dhuluiya", "2020-09-23T20:20:00Z", "Shafaq News", "Three soldiers killed in ISIS attack in al-Dhuluiya orchards",
     "Three Iraqi army soldiers were killed in an ISIS attack on a military post in the orchards of al-Dhuluiya, "
     "south of Salahuddin, a security source said on Wednesday.")

inc("iq-haditha", "Iraq", "Haditha", D3, "WOUNDED", "soldiers", 2, "Anbar")
item("iq-haditha", "2020-09-24T13:30:00Z", "Iraqi News Agency", "Two soldiers wounded by explosive device west of Haditha",
     "Two soldiers were wounded when an explosive device went off near their patrol in the desert west of Haditha, "
     "in western Anbar, on Thursday, a security source said.")

inc("iq-sidakan", "Iraq", "Sidakan", D3, "KILLED", "militants", 2, "Erbil")
item("iq-sidakan", "2020-09-24T11:00:00Z", "Anadolu Agency", "Turkey neutralizes 2 PKK terrorists in northern Iraq",
     "Turkish forces neutralized two PKK terrorists in an air-backed operation in the Hakurk region of northern "
     "Iraq on Thursday, the National Defense Ministry said.")
item("iq-sidakan", "2020-09-24T17:30:00Z", "Rudaw", "Turkish drone strike kills two PKK fighters near Sidakan",
     "A Turkish drone strike killed two PKK fighters near Sidakan in the Soran administration on Thursday, the "
     "mayor of Sidakan told Rudaw, adding that no civilians were hurt.")

inc("iq-nasiriyah", "Iraq", "Nasiriyah", D3, "ATTACK", "-", 0, "Dhi Qar")
item("iq-nasiriyah", "2020-09-24T09:00:00Z", "Shafaq News", "IED targets coalition supply convoy near Nasiriyah",
     "An improvised explosive device struck a convoy of trucks carrying logistical equipment for the US-led "
     "coalition on the highway near Nasiriyah on Thursday morning, without causing casualties, a security source "
     "said.")
item("iq-nasiriyah", "2020-09-24T14:50:00Z", "Associated Press", "Roadside bomb hits coalition supply convoy in southern Iraq",
     "BASRA, Iraq (AP) - A roadside bomb targeted a convoy of Iraqi contractors transporting supplies for the "
     "U.S.-led coalition in southern Dhi Qar province on Thursday, damaging one truck but causing no injuries, "
     "Iraqi officials said.")

# ---------------------------------------------------------------- Yemen (6)
inc("ye-medghal", "Yemen", "Medghal", D1, "KILLED", "soldiers", 5, "Marib")
item("ye-medghal", "2020-09-22T12:30:00Z", "Al-Masdar Online", "Soldiers killed in Houthi attack west of Marib",
     "At least three soldiers of the national army were killed on Tuesday in clashes with the Houthi militia in "
     "Medghal, west of Marib, a military source told Al-Masdar Online.")
item("ye-medghal", "2020-09-22T16:00:00Z", "September Net", "Army repels Houthi attack in Majzar, inflicts heavy losses",
     "The national army repelled a Houthi attack in the Majzar district on Tuesday and inflicted heavy losses on "
     "the militia. Five heroes of the army fell as martyrs in the battle, the army's media centre said. The centre said the militia had been massing fighters on the front for "
     "several days.")
item("ye-medghal", "2020-09-22T19:10:00Z", "Saba", "Army, popular committees foil mercenaries' advance in Madghal",
     "Sanaa - The army and the popular committees foiled an advance by the mercenaries of the aggression in "
     "Madghal on Tuesday, killing and wounding dozens of them, a military source said.")
item("ye-medghal", "2020-09-23T06:00:00Z", "Xinhua", "5 Yemeni gov't soldiers killed in clashes with Houthis in Marib",
     "SANAA, Sept. 22 (Xinhua) -- Five government soldiers were killed in fierce fighting with Houthi rebels in "
     "Yemen's central province of Marib on Tuesday, a military official said.")

inc("ye-hays", "Yemen", "Hays", D2, "KILLED", "civilians", 2, "Hodeidah")
item("ye-hays", "2020-09-23T13:20:00Z", "Al-Masdar Online", "Woman and daughter killed by Houthi shelling in Hays",
     "Two civilians, a woman and her daughter, were killed by Houthi mortar shelling on residential neighbourhoods "
     "in Hays district, south of Hodeidah, on Wednesday, local sources said.")
item("ye-hays", "2020-09-24T07:00:00Z", "Asharq Al-Awsat", "Joint forces accuse Houthis of killing two civilians on west coast",
     "The joint forces on Yemen's west coast accused the Houthis of killing two civilians in shelling on the town "
     "of Hays on Wednesday, in a fresh violation of the Stockholm truce.")

inc("ye-maqbanah", "Yemen", "Maqbanah", D2, "KILLED", "civilians", 2, "Taiz")
item("ye-maqbanah", "2020-09-23T18:00:00Z", "Aden al-Ghad", "Houthi sniper kills man and nephew in Maqbanah",
     "A Houthi sniper killed two civilians, a man and his nephew, on Wednesday in Maqbanah district, west of Taiz "
     "city, as they were returning from their farm.")

inc("ye-qataba", "Yemen", "Qataba", D3, "KILLED", "soldiers", 3, "al-Dhale")
item("ye-qataba", "2020-09-24T15:00:00Z", "September Net", "Three soldiers martyred repelling Houthi attack north of Qataba",
     "Three army soldiers were martyred on Thursday while repelling a Houthi attack on army positions north of "
     "Qataba, the army's media centre said.")
item("ye-qataba", "2020-09-25T04:10:00Z", "Xinhua", "3 Yemeni soldiers killed in clashes with Houthis in Dhale",
     "SANAA, Sept. 24 (Xinhua) -- Three Yemeni government soldiers were killed on Thursday in clashes with Houthi "
     "fighters in the southern province of Dhale, a military official said.")

inc("ye-shuqra", "Yemen", "Shuqra", D3, "KILLED", "soldiers", 3, "Abyan")
item("ye-shuqra", "2020-09-24T12:40:00Z", "Al-Masdar Online", "Three government soldiers killed in renewed fighting near Shuqra",
     "Three government soldiers were killed on Thursday in renewed fighting with forces of the Southern "
     "Transitional Council near Shuqra in Abyan, despite the ceasefire under the Riyadh Agreement.")
item("ye-shuqra", "2020-09-24T20:00:00Z", "Reuters", "Clashes in Yemen's Abyan kill three government troops, testing truce",
     "DUBAI (Reuters) - Clashes between Saudi-backed government forces and southern separatists in Yemen's Abyan "
     "province killed three government troops on Thursday, a government military source said, testing a "
     "Saudi-brokered truce.")

inc("ye-said", "Yemen", "al-Said", D2, "KILLED", "militants", 2, "Shabwa")
item("ye-said", "2020-09-23T20:45:00Z", "Al-Ayyam", "Two suspected al-Qaeda militants killed in Shabwa raid",
     "Two suspected al-Qaeda militants were killed on Wednesday in a raid by special security forces on a hideout in "
     "al-Said district of Shabwa, a security official said.")

# ---------------------------------------------------------------- Nigeria (8)
inc("ng-gajiram", "Nigeria", "Gajiram", D1, "KILLED", "soldiers", 3, "Borno")
item("ng-gajiram", "2020-09-22T20:00:00Z", "HumAngle", "ISWAP ambush kills three soldiers near Gajiram",
     "ISWAP fighters ambushed a military convoy near Gajiram in Nganzai LGA of Borno on Tuesday afternoon, killing "
     "three soldiers, military sources told HumAngle.")
item("ng-gajiram", "2020-09-23T09:30:00Z", "AFP", "Jihadists kill three Nigerian soldiers in convoy ambush",
     "MAIDUGURI, Nigeria (AFP) - Jihadists killed three Nigerian soldiers in an ambush on a military convoy in "
     "northeast Borno state on Tuesday, two security sources told AFP.")

inc("ng-damasak", "Nigeria", "Damasak", D1, "KILLED", "soldiers", 3, "Borno")
item("ng-damasak", "2020-09-22T22:30:00Z", "Sahara Reporters", "Boko Haram attacks military base in Damasak, kills three soldiers",
     "Three soldiers were killed on Tuesday evening when Boko Haram insurgents attacked the military base in "
     "Damasak, headquarters of Mobbar LGA, near the border with Niger Republic, sources said.")

inc("ng-maru", "Nigeria", "Maru", D2, "KILLED", "civilians", 7, "Zamfara")
item("ng-maru", "2020-09-23T13:00:00Z", "Daily Trust", "Bandits kill five in Zamfara village",
     "Bandits on motorcycles invaded a village in Maru Local Government Area of Zamfara State on Wednesday morning, "
     "killing five people and carting away livestock, residents said.")
item("ng-maru", "2020-09-23T18:30:00Z", "Premium Times", "Death toll in Maru bandit attack rises to seven - police",
     "GUSAU - The death toll from Wednesday's bandit attack in Maru LGA has risen to seven, the police in Zamfara "
     "said, after two of the injured died in hospital. Residents said the gunmen came on dozens of motorcycles and "
     "stayed in the village for more than an hour. A police spokesman said patrols had been sent to the area.")
item("ng-maru", "2020-09-24T08:00:00Z", "Channels Television", "Bandits kill seven villagers in Zamfara",
     "Seven villagers were killed when armed bandits attacked a community in Zamfara State on Wednesday, the state "
     "police spokesman said, adding that tactical teams had been deployed to the area.")
item("ng-maru", "2020-09-24T10:20:00Z", "Punch", "Governor condemns killing of seven in Maru",
     "The Zamfara governor has condemned the killing of seven persons by gunmen who also rustled cattle in Maru on "
     "Wednesday, describing the attack as barbaric.")

inc("ng-danmusa", "Nigeria", "Danmusa", D2, "KILLED", "civilians", 7, "Katsina")
item("ng-danmusa", "2020-09-23T21:00:00Z", "Daily Post", "Bandits kill seven in Katsina community",
     "Armed bandits on Wednesday killed seven people in Danmusa Local Government Area of Katsina State, the police "
     "command confirmed.")
item("ng-danmusa", "2020-09-24T09:10:00Z", "Vanguard", "Seven killed as bandits raid Dan Musa village",
     "Seven persons were killed as bandits raided a village in Dan Musa LGA of Katsina State on Wednesday evening, "
     "hours after a similar attack in neighbouring Zamfara.")

inc("ng-kauru", "Nigeria", "Kauru", D3, "KILLED", "civilians", 4, "Kaduna")
item("ng-kauru", "2020-09-24T16:20:00Z", "The Cable", "Gunmen kill four in southern Kaduna attack",
     "Gunmen killed four people in an attack on a village in Kauru LGA of southern Kaduna on Thursday, the state's "
     "commissioner for internal security said.")
item("ng-kauru", "2020-09-25T08:00:00Z", "Punch", "Four killed as gunmen invade Kaduna community",
     "Four persons were killed when gunmen invaded a community in Kauru, Kaduna State, on Thursday, residents said. "
     "The attackers also set some houses ablaze.")

inc("ng-zangon", "Nigeria", "Zangon Kataf", D3, "KILLED", "civilians", 4, "Kaduna")
item("ng-zangon", "2020-09-24T19:40:00Z", "Daily Trust", "Gunmen kill four farmers in Zango Kataf",
     "Four people were killed when gunmen attacked farmers in Zango Kataf LGA of Kaduna State on Thursday "
     "afternoon, residents said.")
item("ng-zangon", "2020-09-25T09:30:00Z", "Premium Times", "Kaduna govt confirms killing of four farmers",
     "KADUNA - Gunmen killed four farmers in Zangon Kataf local government area on Thursday, the Kaduna State "
     "Government said in a statement on Friday.")

inc("ng-ughelli", "Nigeria", "Ughelli", D2, "KILLED", "police", 2, "Delta")
item("ng-ughelli", "2020-09-23T20:10:00Z", "Vanguard", "Gunmen kill two policemen at Delta checkpoint",
     "Two policemen were killed on Wednesday when gunmen attacked their checkpoint along the Ughelli-Patani road in "
     "Delta State, the command's spokesman said.")

inc("ng-riyom", "Nigeria", "Riyom", D1, "KILLED", "civilians", 3, "Plateau")
item("ng-riyom", "2020-09-22T21:40:00Z", "Premium Times", "Gunmen kill three in Plateau village",
     "Three people were killed on Tuesday night when gunmen attacked a village in Riyom LGA of Plateau State, the "
     "state police command said.")

# ---------------------------------------------------------------- Somalia (6)
inc("so-qoryoley", "Somalia", "Qoryoley", D1, "KILLED", "soldiers", 2, "Lower Shabelle")
item("so-qoryoley", "2020-09-22T11:10:00Z", "Garowe Online", "Al-Shabaab attack on SNA base leaves two soldiers dead",
     "Two Somali National Army soldiers were killed when al-Shabaab militants attacked a base in Qoryoley town, "
     "Lower Shabelle region, on Tuesday morning, officials said.")
item("so-qoryoley", "2020-09-22T14:50:00Z", "Hiiraan Online", "Two soldiers killed in dawn raid on Qoryooley",
     "Al-Shabab fighters launched a dawn raid on SNA positions in Qoryooley on Tuesday, killing two soldiers, local "
     "officials said.")
item("so-qoryoley", "2020-09-23T05:45:00Z", "Xinhua", "2 Somali soldiers killed in al-Shabab attack",
     "MOGADISHU, Sept. 22 (Xinhua) -- Two Somali soldiers were killed on Tuesday when al-Shabab militants attacked a "
     "military base in the Lower Shabelle region, some 120 km southwest of Mogadishu, an army officer said.")

inc("so-jowhar", "Somalia", "Jowhar", D1, "KILLED", "soldiers", 2, "Middle Shabelle")
item("so-jowhar", "2020-09-22T16:30:00Z", "SONNA", "Two soldiers lose lives in landmine blast near Jowhar",
     "Two soldiers lost their lives on Tuesday when a landmine planted by terrorists exploded near Jowhar, the "
     "capital of Hirshabelle state, a military official said.")
item("so-jowhar", "2020-09-22T18:20:00Z", "Radio Dalsan", "Roadside bomb hits army vehicle outside Jowhar",
     "A roadside bomb hit an army vehicle on the outskirts of Jowhar on Tuesday, killing two soldiers, witnesses "
     "said.")

inc("so-baidoa", "Somalia", "Baidoa", D2, "KILLED", "civilians", 3, "Bay")
item("so-baidoa", "2020-09-23T10:40:00Z", "Hiiraan Online", "Three killed in Baidoa tea shop blast",
     "Three civilians were killed when a bomb planted in a tea shop exploded in Baidoa on Wednesday morning, "
     "police said.")
item("so-baidoa", "2020-09-23T15:00:00Z", "Somali Guardian", "Blast near Baidoa livestock market kills three",
     "BAIDOA - An explosion at a teashop near the livestock market killed three people and wounded five others on "
     "Wednesday, a police officer said. No group has claimed the blast, but officials suspect al-Shabaab.")

inc("so-kismayo", "Somalia", "Kismayo", D2, "WOUNDED", "soldiers", 4, "Lower Juba")
item("so-kismayo", "2020-09-23T19:00:00Z", "Garowe Online", "Four Jubaland soldiers injured in Kismayo grenade attack",
     "Four Jubaland soldiers were injured on Wednesday when a hand grenade was hurled at their position in "
     "Kismayo's Farjano neighbourhood, a security official said.")

inc("so-bosaso", "Somalia", "Bosaso", D3, "KILLED", "police", 1, "Bari")
item("so-bosaso", "2020-09-24T13:15:00Z", "Garowe Online", "Puntland police officer shot dead in Bosaso",
     "A Puntland police officer was shot dead by unknown gunmen in Bosaso on Thursday, officials said, the latest "
     "targeted killing in the port city.")
item("so-bosaso", "2020-09-24T17:40:00Z", "Puntland Post", "Gunmen assassinate police corporal near port",
     "Gunmen assassinated a police corporal near the Bosaso port on Thursday afternoon; Puntland security forces "
     "launched a search operation.")

inc("so-dhusamareb", "Somalia", "Dhusamareb", D3, "KILLED", "police", 1, "Galgaduud")
item("so-dhusamareb", "2020-09-24T20:30:00Z", "Hiiraan Online", "Policeman killed in Dhusamareb",
     "A policeman was killed on Thursday evening when gunmen opened fire on him in Dhusamareb, the administrative "
     "capital of Galmudug state, witnesses said.")

# ---------------------------------------------------------------- DR Congo (5)
inc("cd-mbau", "DR Congo", "Mbau", D1, "KILLED", "civilians", 5, "North Kivu")
item("cd-mbau", "2020-09-22T17:00:00Z", "Radio Okapi", "At least four civilians killed in ADF attack on Mbau",
     "At least four civilians were killed on Tuesday in an attack attributed to ADF rebels in the village of Mbau, "
     "about 20 km north of Beni town, civil society said.")
item("cd-mbau", "2020-09-23T08:20:00Z", "Actualite.cd", "Mbau: toll of ADF attack rises to five dead",
     "The toll of Tuesday's ADF attack on Mbau, in Beni territory, has risen to five dead after another body was "
     "found in the fields, local authorities said. Residents of nearby villages fled toward Beni town on Wednesday "
     "morning.")
item("cd-mbau", "2020-09-23T12:00:00Z", "Reuters", "Suspected Islamist rebels kill five in eastern Congo",
     "GOMA, Congo (Reuters) - Suspected Islamist rebels killed five civilians on Tuesday in Beni territory of "
     "Congo's North Kivu province, local officials said on Wednesday.")

inc("cd-fataki", "DR Congo", "Fataki", D1, "KILLED", "civilians", 5, "Ituri")
item("cd-fataki", "2020-09-22T19:30:00Z", "Radio Okapi", "Five killed in CODECO attack on displaced site near Fataki",
     "Five people were killed on Tuesday in an attack by CODECO militiamen on a site for displaced people near "
     "Fataki, in Djugu territory (Ituri).")
item("cd-fataki", "2020-09-23T10:00:00Z", "7sur7.cd", "Djugu: five displaced killed near Fataki",
     "BUNIA - Five displaced people were killed in an attack near Fataki, Djugu territory, on Tuesday, the "
     "territory's administrator said.")

inc("cd-minembwe", "DR Congo", "Minembwe", D2, "KILLED", "civilians", 3, "South Kivu")
item("cd-minembwe", "2020-09-23T18:00:00Z", "Actualite.cd", "Three civilians killed in fighting in Minembwe highlands",
     "Three civilians were killed on Wednesday in fighting between Mai-Mai militiamen and Twirwaneho in the "
     "Minembwe highlands, Fizi territory, local sources said.")

inc("cd-kiwanja", "DR Congo", "Kiwanja", D3, "KILLED", "civilians", 2, "North Kivu")
item("cd-kiwanja", "2020-09-24T15:00:00Z", "Radio Okapi", "Two motorcyclists killed on Kiwanja-Ishasha road",
     "Two motorcyclists were killed by armed men on Thursday on the Kiwanja-Ishasha road in Rutshuru territory, "
     "civil society said.")
item("cd-kiwanja", "2020-09-24T20:20:00Z", "Kivu Morning Post", "Two shot dead near Kiwanja",
     "Unidentified gunmen shot dead two people near Kiwanja on Thursday, residents said, blaming armed groups "
     "active in the area.")

inc("cd-kasindi", "DR Congo", "Kasindi", D3, "KILLED", "civilians", 2, "North Kivu")
item("cd-kasindi", "2020-09-25T07:00:00Z", "Actualite.cd", "Two civilians killed in ADF incursion near Kasindi",
     "Two civilians were killed in an ADF incursion near Kasindi, at the border with Uganda, on Thursday evening, "
     "the local administration said.")

# ---------------------------------------------------------------- Mali (4)
inc("ml-douentza", "Mali", "Douentza", D1, "KILLED", "soldiers", 2, "Mopti")
item("ml-douentza", "2020-09-22T18:00:00Z", "Studio Tamani", "Two FAMa soldiers killed by IED near Douentza",
     "Two soldiers of the Malian Armed Forces were killed on Tuesday when their vehicle hit an improvised explosive "
     "device on the road 15 km east of Douentza, a military source said.")
item("ml-douentza", "2020-09-23T10:40:00Z", "AFP", "Two Malian soldiers killed by landmine in central Mali",
     "SEVARE, Mali (AFP) - Two Malian soldiers died when their vehicle struck a landmine in the centre of the "
     "country on Tuesday, the army said.")

inc("ml-boni", "Mali", "Boni", D1, "KILLED", "soldiers", 2, "Mopti")
item("ml-boni", "2020-09-22T21:00:00Z", "Malijet", "Jihadists attack Boni camp, two soldiers killed",
     "Suspected jihadists attacked the military camp in Boni on Tuesday afternoon, killing two soldiers; the army "
     "said the attackers were pushed back.")

inc("ml-ansongo", "Mali", "Ansongo", D2, "KILLED", "civilians", 3, "Gao")
item("ml-ansongo", "2020-09-23T19:00:00Z", "Studio Tamani", "Three civilians killed in Ansongo circle",
     "Three civilians were killed on Wednesday by armed men in a village of Ansongo circle, Gao region, local "
     "officials said, blaming the Islamic State in the Greater Sahara.")
item("ml-ansongo", "2020-09-24T09:00:00Z", "Frontline Incident Digest", "Frontline Incident Digest: Gao, 23 September 2020",
     "On 23 September 2020, armed men killed 3 civilians in a village near Ansongo (Gao).")

inc("ml-diafarabe", "Mali", "Diafarabé", D3, "KILLED", "civilians", 3, "Mopti")
item("ml-diafarabe", "2020-09-24T18:30:00Z", "Malijet", "Three fishermen killed near Diafarabé",
     "Three fishermen were killed by unidentified gunmen near Diafarabé, in Ténenkou circle, on Thursday, local "
     "sources said.")

# ---------------------------------------------------------------- Burkina Faso (4)
inc("bf-sebba", "Burkina Faso", "Sebba", D2, "KILLED", "militia", 3, "Sahel")
item("bf-sebba", "2020-09-23T16:00:00Z", "AIB", "Three VDP killed in ambush near Sebba",
     "Three VDP auxiliaries fell on Wednesday in an ambush near Sebba, in the province of Yagha, a security source "
     "said.")
item("bf-sebba", "2020-09-23T20:30:00Z", "Lefaso.net", "Yagha: three volunteer fighters killed",
     "Three volunteer fighters assisting the army were killed in an ambush in the Yagha province on Wednesday, "
     "local sources said.")

inc("bf-bourzanga", "Burkina Faso", "Bourzanga", D2, "KILLED", "militia", 3, "Centre-Nord")
item("bf-bourzanga", "2020-09-23T21:40:00Z", "Burkina24", "Attack on VDP post in Bourzanga",
     "Armed men attacked a VDP post in Bourzanga, Bam province, on Wednesday, killing three of the volunteers, a "
     "local official said.")

inc("bf-fada", "Burkina Faso", "Fada N'Gourma", D3, "KILLED", "civilians", 2, "Est")
item("bf-fada", "2020-09-24T17:20:00Z", "Lefaso.net", "Explosive device kills two near Fada N'Gourma",
     "Two civilians were killed when an explosive device went off under their tricycle on the road some 30 km from "
     "Fada N'Gourma on Thursday.")

inc("bf-tanwalbougou", "Burkina Faso", "Tanwalbougou", D1, "KILLED", "police", 2, "Est")
item("bf-tanwalbougou", "2020-09-22T17:30:00Z", "AIB", "Two gendarmes killed in attack on Tanwalbougou brigade",
     "Two gendarmes were killed on Tuesday when gunmen attacked the gendarmerie brigade of Tanwalbougou, in the "
     "Gourma province, the security services said.")
item("bf-tanwalbougou", "2020-09-23T08:00:00Z", "AFP", "Two gendarmes killed in eastern Burkina Faso",
     "OUAGADOUGOU (AFP) - Two gendarmes were killed in an attack on their post in eastern Burkina Faso on Tuesday, "
     "security sources said.")

# ---------------------------------------------------------------- Pakistan (4)
inc("pk-razmak", "Pakistan", "Razmak", D1, "KILLED", "soldiers", 2, "Khyber Pakhtunkhwa")
item("pk-razmak", "2020-09-22T14:20:00Z", "Dawn", "Two soldiers martyred in North Waziristan attack",
     "Two soldiers were martyred when terrorists opened fire on a military post near Razmak in North Waziristan on "
     "Tuesday, the ISPR said.")
item("pk-razmak", "2020-09-23T03:10:00Z", "The News", "Two security men embrace martyrdom in Razmak",
     "PESHAWAR: Two security personnel embraced martyrdom in an exchange of fire with terrorists in the Razmak area "
     "of North Waziristan tribal district, officials said on Tuesday.")

inc("pk-panjgur", "Pakistan", "Panjgur", D1, "KILLED", "soldiers", 2, "Balochistan")
item("pk-panjgur", "2020-09-22T17:40:00Z", "The Express Tribune", "Two FC soldiers martyred in Panjgur IED attack",
     "QUETTA: Two Frontier Corps soldiers were martyred and three injured in an IED attack on an FC vehicle in "
     "Panjgur on Tuesday, officials said.")
item("pk-panjgur", "2020-09-23T04:00:00Z", "Dawn", "Roadside bomb kills two FC men in Balochistan",
     "Two FC personnel were martyred when a roadside bomb struck their vehicle in Balochistan's Panjgur district on "
     "Tuesday, officials said.")

inc("pk-peshawar", "Pakistan", "Peshawar", D3, "KILLED", "police", 1, "Khyber Pakhtunkhwa")
item("pk-peshawar", "2020-09-24T15:30:00Z", "The Express Tribune", "Constable shot dead in Peshawar",
     "PESHAWAR: A police constable was shot dead by unidentified motorcyclists in the Pishtakhara area on Thursday, "
     "police said.")

inc("pk-quetta", "Pakistan", "Quetta", D2, "WOUNDED", "civilians", 5, "Balochistan")
item("pk-quetta", "2020-09-23T12:30:00Z", "Dawn", "Five injured in Quetta grenade blast",
     "Five people were injured when a hand grenade exploded near a shop on Quetta's Sariab Road on Wednesday, police "
     "said.")
item("pk-quetta", "2020-09-23T15:20:00Z", "Geo News", "Grenade attack in Sariab leaves five hurt",
     "A grenade attack in the Sariab area of Quetta left five passers-by injured on Wednesday, police said, adding "
     "that the attackers fled on a motorcycle.")

# ---------------------------------------------------------------- Cameroon (3)
inc("cm-bamenda", "Cameroon", "Bamenda", D2, "KILLED", "civilians", 1, "Northwest")
item("cm-bamenda", "2020-09-23T15:00:00Z", "Mimi Mefo Info", "Bike rider shot dead in Nkwen",
     "A commercial motorbike rider was shot dead in Bamenda's Nkwen neighbourhood on Wednesday, residents said.")
item("cm-bamenda", "2020-09-23T19:20:00Z", "Cameroon News Agency", "Civilian killed in crossfire in Bamenda III",
     "A civilian was killed in crossfire between soldiers and separatist fighters in Nkwen, Bamenda III, on "
     "Wednesday afternoon, sources said.")

inc("cm-kumba", "Cameroon", "Kumba", D2, "KILLED", "civilians", 1, "Southwest")
item("cm-kumba", "2020-09-23T21:00:00Z", "The Guardian Post", "Trader killed at Kumba main market",
     "A trader was killed on Wednesday by gunmen suspected to be Amba fighters at the Kumba main market, witnesses "
     "said.")

inc("cm-mozogo", "Cameroon", "Mozogo", D3, "KILLED", "civilians", 4, "Far North")
item("cm-mozogo", "2020-09-24T16:00:00Z", "AFP", "Boko Haram kills four civilians in Cameroon's Far North",
     "YAOUNDE (AFP) - Boko Haram jihadists killed four civilians in a raid on a village in Cameroon's Far North "
     "region on Thursday, a local official told AFP.")
item("cm-mozogo", "2020-09-25T07:40:00Z", "Cameroon News Agency", "Four villagers killed in raid near Mozogo",
     "Four villagers were killed in a Boko Haram raid near Mozogo, Mayo-Tsanaga division, on Thursday, local "
     "authorities said.")

# ---------------------------------------------------------------- Mozambique (3)
inc("mz-muidumbe", "Mozambique", "Muidumbe", D1, "KILLED", "civilians", 4, "Cabo Delgado")
item("mz-muidumbe", "2020-09-22T16:00:00Z", "Zitamar News", "Insurgents kill four in Muidumbe village",
     "Insurgents killed four people and burned houses in a village in Muidumbe district on Tuesday, sources said.")
item("mz-muidumbe", "2020-09-23T09:00:00Z", "Lusa", "At least three civilians killed in Cabo Delgado attack",
     "PEMBA - At least three civilians were killed in an attack by armed groups in Muidumbe district, Cabo Delgado "
     "province, on Tuesday, local sources told Lusa.")
item("mz-muidumbe", "2020-09-23T14:00:00Z", "Pinnacle News", "Four beheaded in Miangalewa",
     "Four civilians, including two women, were beheaded in Miangalewa, Muidumbe district, on Tuesday, residents "
     "who fled to the district headquarters said.")

inc("mz-meluco", "Mozambique", "Meluco", D1, "KILLED", "civilians", 4, "Cabo Delgado")
item("mz-meluco", "2020-09-23T11:30:00Z", "Carta de Mocambique", "Four civilians killed in Meluco raid",
     "Four civilians were killed on Tuesday when insurgents raided a village in Meluco district, the district "
     "administration said.")

inc("mz-quissanga", "Mozambique", "Quissanga", D3, "KILLED", "militants", 8, "Cabo Delgado")
item("mz-quissanga", "2020-09-25T08:30:00Z", "Zitamar News", "Helicopters kill eight insurgents near Quissanga",
     "Helicopter gunships of a private military contractor killed eight insurgents near Quissanga on Thursday, "
     "according to a defence source.")

# ---------------------------------------------------------------- Myanmar (3)
inc("mm-kyauktaw", "Myanmar", "Kyauktaw", D1, "KILLED", "civilians", 2, "Rakhine")
item("mm-kyauktaw", "2020-09-22T13:00:00Z", "The Irrawaddy", "Two villagers killed by shelling in Kyauktaw",
     "Two villagers were killed and four injured when artillery shells landed in a village in Kyauktaw Township on "
     "Tuesday morning, residents said, blaming the military.")
item("mm-kyauktaw", "2020-09-22T17:30:00Z", "Narinjara", "Shelling kills two civilians in Kyauktaw",
     "SITTWE - Shelling killed two civilians in Kyauktaw on Tuesday; the Myanmar military and the Arakan Army "
     "blamed each other.")

inc("mm-mrauku", "Myanmar", "Mrauk-U", D1, "KILLED", "civilians", 2, "Rakhine")
item("mm-mrauku", "2020-09-22T20:10:00Z", "Myanmar Now", "Two women shot dead near Mrauk-U",
     "Two women were shot dead near Mrauk-U on Tuesday while collecting firewood, relatives said.")

inc("mm-buthidaung", "Myanmar", "Buthidaung", D3, "WOUNDED", "civilians", 3, "Rakhine")
item("mm-buthidaung", "2020-09-24T12:00:00Z", "DVB", "Landmine injures three in Buthidaung",
     "Three Rohingya villagers were injured by a landmine in Buthidaung Township on Thursday.")

# ---------------------------------------------------------------- Niger (2)
inc("ne-ayorou", "Niger", "Ayorou", D2, "KILLED", "soldiers", 4, "Tillabéri")
item("ne-ayorou", "2020-09-23T17:00:00Z", "ActuNiger", "Four soldiers killed in ambush near Ayorou",
     "Four Nigerien soldiers were killed on Wednesday when their patrol was ambushed near Ayorou, in the Tillabéri "
     "region, a security source said.")
item("ne-ayorou", "2020-09-24T08:30:00Z", "AFP", "Four soldiers killed in western Niger ambush",
     "DAKAR (AFP) - Four soldiers were killed in an ambush in western Niger near the Malian border on Wednesday, "
     "the defence ministry said.")

inc("ne-bosso", "Niger", "Bosso", D3, "KILLED", "civilians", 3, "Diffa")
item("ne-bosso", "2020-09-25T06:00:00Z", "Frontline Incident Digest", "Frontline Incident Digest: Diffa, 24 September 2020",
     "On 24 September 2020, suspected Boko Haram fighters killed 3 civilians in a village near Bosso (Diffa).")

# ---------------------------------------------------------------- India (2)
inc("in-budgam", "India", "Budgam", D2, "KILLED", "militants", 3, "Jammu and Kashmir")
item("in-budgam", "2020-09-23T11:30:00Z", "Press Trust of India", "Three militants killed in Budgam encounter",
     "BUDGAM, Sep 23 (PTI) Three militants were killed in an encounter with security forces in the Chadoora area "
     "of Budgam district on Wednesday, police said.")
item("in-budgam", "2020-09-23T16:30:00Z", "Greater Kashmir", "3 unidentified militants killed in Chadoora gunfight",
     "Three unidentified militants were killed in a gunfight with forces in Chadoora on Wednesday, officials said, "
     "adding that the operation was called off in the evening.")

inc("in-poonch", "India", "Poonch", D3, "KILLED", "soldiers", 1, "Jammu and Kashmir")
item("in-poonch", "2020-09-24T13:00:00Z", "Hindustan Times", "Soldier killed in Pakistani firing along LoC in Poonch",
     "JAMMU: An Army soldier was killed when Pakistani troops violated the ceasefire along the Line of Control in "
     "Poonch's Krishna Ghati sector on Thursday, a defence spokesperson said.")

# ---------------------------------------------------------------- Philippines (2)
inc("ph-patikul", "Philippines", "Patikul", D1, "KILLED", "soldiers", 2, "Sulu")
item("ph-patikul", "2020-09-22T10:00:00Z", "Philippine News Agency", "2 soldiers killed in clash with Abu Sayyaf in Sulu",
     "JOLO, Sulu - Two soldiers were killed in a clash with Abu Sayyaf Group bandits in Patikul town on Tuesday "
     "morning, a military official said.")
item("ph-patikul", "2020-09-22T13:30:00Z", "Philippine Daily Inquirer", "Two Army soldiers die in Patikul firefight",
     "Two Army soldiers were killed in a firefight with Abu Sayyaf gunmen in the hinterlands of Patikul, Sulu, on "
     "Tuesday, the military said.")

inc("ph-catubig", "Philippines", "Catubig", D1, "KILLED", "soldiers", 2, "Northern Samar")
item("ph-catubig", "2020-09-22T15:00:00Z", "Rappler", "2 soldiers killed in encounter with NPA in Northern Samar",
     "Two soldiers were killed in an encounter with New People's Army rebels in Catubig, Northern Samar, on Tuesday, "
     "the army's 8th Infantry Division said.")

# ---------------------------------------------------------------- Colombia (3)
inc("co-tumaco", "Colombia", "Tumaco", D2, "KILLED", "civilians", 3, "Nariño")
item("co-tumaco", "2020-09-24T02:40:00Z", "El Tiempo", "Three young men shot dead in rural Tumaco",
     "Three young men were shot dead on Wednesday night in a rural area of Tumaco, Nariño, authorities said.")
item("co-tumaco", "2020-09-24T14:00:00Z", "Semana", "New massacre in Nariño: three killed in Tumaco",
     "A new massacre in Nariño: three people were killed in Tumaco on Wednesday, the ombudsman's office said, "
     "calling for protection of the rural population.")

inc("co-eltambo", "Colombia", "El Tambo", D2, "KILLED", "civilians", 3, "Cauca")
item("co-eltambo", "2020-09-23T22:00:00Z", "El Espectador", "Three people murdered in El Tambo, Cauca",
     "Three people were murdered on Wednesday afternoon in a village of El Tambo, Cauca, local authorities "
     "reported.")
item("co-eltambo", "2020-09-24T01:30:00Z", "Caracol Radio", "Authorities confirm murder of three peasants in El Tambo",
     "Authorities confirmed the murder of three peasants in rural El Tambo, in the south of Cauca, this Wednesday.")

inc("co-tibu", "Colombia", "Tibú", D3, "KILLED", "soldiers", 1, "Norte de Santander")
item("co-tibu", "2020-09-25T03:00:00Z", "El Tiempo", "Soldier killed in explosive attack in Tibú",
     "A soldier was killed on Thursday in an attack with explosives against a military patrol in Tibú, Norte de "
     "Santander, the army said, blaming the ELN.")

# ---------------------------------------------------------------- Mexico (2)
inc("mx-celaya", "Mexico", "Celaya", D1, "KILLED", "police", 2, "Guanajuato")
item("mx-celaya", "2020-09-23T01:20:00Z", "Milenio", "Two municipal police officers shot dead in Celaya",
     "Two municipal police officers were shot dead on Tuesday evening while on patrol in Celaya, Guanajuato, the "
     "municipal security department said.")
item("mx-celaya", "2020-09-23T05:00:00Z", "El Universal", "Armed men ambush patrol in Celaya, kill two officers",
     "Armed men ambushed a patrol in Celaya on Tuesday night and killed two officers, adding to the toll of police "
     "killed in Guanajuato this year.")

inc("mx-fresnillo", "Mexico", "Fresnillo", D1, "KILLED", "police", 2, "Zacatecas")
item("mx-fresnillo", "2020-09-23T03:30:00Z", "El Sol de Zacatecas", "Two state police agents killed in Fresnillo",
     "Two state police agents were killed on Tuesday in an armed attack in Fresnillo, the state public security "
     "secretariat confirmed.")

# ---------------------------------------------------------------- Ethiopia (2)
inc("et-dembidollo", "Ethiopia", "Dembi Dollo", D2, "KILLED", "civilians", 2, "Oromia")
item("et-dembidollo", "2020-09-23T17:00:00Z", "Addis Standard", "Two civilians killed in Dembi Dolo",
     "Two civilians were killed in Dembi Dolo town, Kellem Wollega zone, on Wednesday by gunmen whom officials "
     "described as members of 'OLF-Shane'.")
item("et-dembidollo", "2020-09-24T09:00:00Z", "BBC News", "Two killed in western Oromia, officials say",
     "Two people were killed in western Oromia's Kellem Wollega zone on Wednesday, local officials said, blaming "
     "the armed group that the government calls Shene.")

inc("et-gimbi", "Ethiopia", "Gimbi", D2, "KILLED", "civilians", 2, "Oromia")
item("et-gimbi", "2020-09-23T20:30:00Z", "Addis Standard", "Two residents of Gimbi shot dead",
     "Two residents of Gimbi town in West Wollega were shot dead on Wednesday, a zonal official said.")

# ---------------------------------------------------------------- Sudan (2)
inc("sd-tawila", "Sudan", "Tawila", D1, "KILLED", "civilians", 2, "North Darfur")
item("sd-tawila", "2020-09-22T18:00:00Z", "Radio Dabanga", "Two farmers killed near Tawila",
     "Two farmers were killed by gunmen on camels near Tawila, North Darfur, on Tuesday, relatives told Radio "
     "Dabanga.")

inc("sd-kadugli", "Sudan", "Kadugli", D3, "KILLED", "civilians", 3, "South Kordofan")
item("sd-kadugli", "2020-09-24T19:00:00Z", "Sudan Tribune", "Three killed in tribal clashes in Kadugli",
     "Three people were killed in tribal clashes in Kadugli, the capital of South Kordofan, on Thursday, a local "
     "official said, adding that security forces had been deployed.")
item("sd-kadugli", "2020-09-25T10:00:00Z", "Frontline Incident Digest", "Frontline Incident Digest: South Kordofan, 24 September 2020",
     "On 24 September 2020, 3 people were killed in intercommunal clashes in Kadugli (South Kordofan).")

# ---------------------------------------------------------------- South Sudan (2)
inc("ss-tonj", "South Sudan", "Tonj", D2, "KILLED", "civilians", 6, "Warrap")
item("ss-tonj", "2020-09-23T16:00:00Z", "Radio Tamazuj", "Six killed in revenge attack in Tonj East",
     "Six people were killed in a revenge attack in Tonj East County on Wednesday, a county official said.")
item("ss-tonj", "2020-09-24T08:00:00Z", "Eye Radio", "Warrap: six dead in Tonj East violence",
     "Six people were killed on Wednesday in Warrap State's Tonj East County, in the latest cycle of revenge "
     "attacks, the state information minister said.")

inc("ss-yirol", "South Sudan", "Yirol", D2, "KILLED", "civilians", 6, "Lakes")
item("ss-yirol", "2020-09-23T19:00:00Z", "Eye Radio", "Cattle raiders kill six in Yirol West",
     "Cattle raiders killed six people in Yirol West County, Lakes State, on Wednesday, the county commissioner "
     "said.")

# ---------------------------------------------------------------- Kenya (2)
inc("ke-kiunga", "Kenya", "Kiunga", D1, "KILLED", "soldiers", 2, "Lamu")
item("ke-kiunga", "2020-09-22T15:40:00Z", "Daily Nation", "Two KDF soldiers killed in IED blast in Lamu",
     "Two KDF soldiers were killed when their vehicle ran over an improvised explosive device near Kiunga in Lamu "
     "East on Tuesday, security officials said.")
item("ke-kiunga", "2020-09-22T19:00:00Z", "The Standard", "Two Kenya Defence Forces officers die in Boni forest blast",
     "Two Kenya Defence Forces officers died in an IED blast on a road near Kiunga, on the edge of the Boni forest "
     "in Lamu County, on Tuesday. Police blamed al-Shabaab.")

inc("ke-dadaab", "Kenya", "Dadaab", D3, "ATTACK", "-", 0, "Garissa")
item("ke-dadaab", "2020-09-24T14:00:00Z", "Citizen Digital", "Suspected al-Shabaab militants fire at Dadaab police camp",
     "Suspected al-Shabaab militants fired at a police camp in Dadaab early on Thursday; officers returned fire "
     "and no injuries were reported, the county police commander said.")

# ---------------------------------------------------------------- Central African Republic (2)
inc("cf-kagabandoro", "Central African Republic", "Kaga-Bandoro", D1, "KILLED", "civilians", 3, "Nana-Grébizi")
item("cf-kagabandoro", "2020-09-22T18:30:00Z", "Radio Ndeke Luka", "Three civilians killed in Kaga-Bandoro",
     "Three civilians were killed on Tuesday by armed men in a neighbourhood of Kaga-Bandoro, local authorities "
     "said.")
item("cf-kagabandoro", "2020-09-23T09:00:00Z", "Frontline Incident Digest", "Frontline Incident Digest: Nana-Grébizi, 22 September 2020",
     "On 22 September 2020, unidentified armed men killed 3 civilians in Kaga Bandoro (Nana-Grébizi).")

inc("cf-bangassou", "Central African Republic", "Bangassou", D3, "WOUNDED", "soldiers", 2, "Mbomou")
item("cf-bangassou", "2020-09-24T18:00:00Z", "UN News", "Two peacekeepers wounded near Bangassou",
     "Two peacekeepers were wounded when their patrol was attacked near Bangassou on Thursday, the UN mission in "
     "the Central African Republic said.")

# ---------------------------------------------------------------- Chad (1)
inc("td-bagasola", "Chad", "Baga Sola", D2, "KILLED", "soldiers", 4, "Lac")
item("td-bagasola", "2020-09-23T14:00:00Z", "Alwihda Info", "Four Chadian soldiers killed near Baga Sola",
     "Four Chadian soldiers were killed on Wednesday when Boko Haram fighters attacked a military position near "
     "Baga Sola, in the Lac province, a military source said.")
item("td-bagasola", "2020-09-24T07:30:00Z", "AFP", "Four soldiers killed in jihadist attack in Chad's lake region",
     "N'DJAMENA (AFP) - Four soldiers were killed in a jihadist attack in the Lake Chad region on Wednesday, an "
     "army spokesman said.")

# ---------------------------------------------------------------- Egypt (1)
inc("eg-sheikhzuweid", "Egypt", "Sheikh Zuweid", D3, "KILLED", "soldiers", 2, "North Sinai")
item("eg-sheikhzuweid", "2020-09-24T18:00:00Z", "Ahram Online", "Two soldiers killed in exchange of fire in North Sinai",
     "The army spokesman said two soldiers were killed in an exchange of fire with militants south of Sheikh "
     "Zuweid in North Sinai on Thursday.")

# ---------------------------------------------------------------- Turkey (1)
inc("tr-semdinli", "Turkey", "Şemdinli", D2, "KILLED", "soldiers", 1, "Hakkari")
item("tr-semdinli", "2020-09-23T16:00:00Z", "Daily Sabah", "Turkish soldier martyred in clash with PKK in Hakkari",
     "A Turkish soldier was martyred in a clash with PKK terrorists in the rural area of Şemdinli district of "
     "southeastern Hakkari province on Wednesday, the governor's office said.")

# ---------------------------------------------------------------- Ukraine (1)
inc("ua-zolote", "Ukraine", "Zolote", D3, "WOUNDED", "soldiers", 1, "Luhansk")
item("ua-zolote", "2020-09-24T13:00:00Z", "Ukrinform", "Ukrainian serviceman wounded by sniper near Zolote",
     "One Ukrainian serviceman was wounded by sniper fire near Zolote in the Luhansk region on Thursday, the Joint "
     "Forces Operation headquarters reported.")

# ---------------------------------------------------------------- Libya (1)
inc("ly-ainzara", "Libya", "Ain Zara", D2, "KILLED", "civilians", 1, "Tripoli")
item("ly-ainzara", "2020-09-23T14:30:00Z", "Libya Observer", "Man killed by landmine in Ain Zara",
     "A man was killed on Wednesday when a landmine left by Haftar's forces exploded in his house in Ain Zara, "
     "south of Tripoli, the Tripoli ambulance service said.")


# ---------------------------------------------------------------- output
def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:90]


def main():
    rid = {}
    for n, (key, *_rest) in enumerate(INCIDENTS, 1):
        assert key not in rid, key
        rid[key] = "R%03d" % n
    items = sorted(ITEMS, key=lambda x: (x[1], x[2]))
    with open(os.path.join(HERE, "incidents.tsv"), "w", encoding="utf-8") as f:
        f.write("incident\tcountry\ttown\tdate\ttype\tvictim_group\tcount\tadmin1\n")
        for key, country, town, date, typ, group, count, admin1 in INCIDENTS:
            f.write("\t".join([rid[key], country, town, date, typ, group, str(count), admin1]) + "\n")
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for n, (key, pub, source, title, text) in enumerate(items, 1):
            url = "https://%s/%s/%s" % (DOMAINS[source], pub[:10].replace("-", "/"), slug(title))
            rec = {"id": "r%03d" % n, "publishedAt": pub, "source": source, "url": url,
                   "title": title, "text": text, "incident": rid[key]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(items), "items,", len(INCIDENTS), "incidents")


if __name__ == "__main__":
    main()
