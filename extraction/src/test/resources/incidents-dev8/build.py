#!/usr/bin/env python3
"""Hand-written source of incident stream "heldout2" (writer 58).

Every incident and every item below was written by hand. Incidents are invented; places are real.
Event days: Monday 15, Tuesday 16, Wednesday 17 November 2021. Items are published 15-18 November 2021 (UTC).
`python3 build.py` regenerates articles.jsonl and incidents.tsv in this folder.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

DOMAINS = {
    "SOHR": "www.syriahr.com", "Anadolu Agency": "www.aa.com.tr", "Enab Baladi": "english.enabbaladi.net",
    "North Press Agency": "npasyria.com", "Hawar News Agency": "hawarnews.com", "SANA": "sana.sy",
    "Syria Civil Defence": "www.syriacivildefense.org", "Reuters": "www.reuters.com", "AFP": "www.afp.com",
    "Xinhua": "www.xinhuanet.com", "Associated Press": "apnews.com", "Shafaq News": "shafaq.com",
    "Rudaw": "www.rudaw.net", "Iraqi News Agency": "ina.iq", "Kurdistan24": "www.kurdistan24.net",
    "Al-Masirah": "english.almasirah.net.ye", "Saba": "www.saba.ye", "Al-Sahwa Net": "alsahwa-yemen.net",
    "Aden al-Ghad": "adengad.net", "Field Casualty Log": "fieldcasualtylog.example.org",
    "TOLOnews": "tolonews.com", "Pajhwok Afghan News": "pajhwok.com", "Ariana News": "www.ariananews.af",
    "Khaama Press": "www.khaama.com", "Dawn": "www.dawn.com", "The Express Tribune": "tribune.com.pk",
    "APP": "www.app.com.pk", "The News International": "www.thenews.com.pk", "PTI": "www.ptinews.com",
    "Greater Kashmir": "www.greaterkashmir.com", "Times of India": "timesofindia.indiatimes.com",
    "Myanmar Now": "myanmar-now.org", "The Irrawaddy": "www.irrawaddy.com", "RFA": "www.rfa.org",
    "Mizzima": "mizzima.com", "Philippine News Agency": "www.pna.gov.ph", "Inquirer": "newsinfo.inquirer.net",
    "Daily Trust": "dailytrust.com", "Premium Times": "www.premiumtimesng.com", "Punch": "punchng.com",
    "Vanguard": "www.vanguardngr.com", "Sahara Reporters": "saharareporters.com", "HumAngle": "humanglemedia.com",
    "Channels TV": "www.channelstv.com", "The Nation": "thenationonlineng.net", "ActuNiger": "www.actuniger.com",
    "RFI": "www.rfi.fr", "Studio Tamani": "www.studiotamani.org", "Malijet": "malijet.com",
    "UN News": "news.un.org", "Lefaso.net": "lefaso.net", "Burkina24": "burkina24.com", "AIB": "www.aib.media",
    "Garowe Online": "www.garoweonline.com", "SONNA": "sonna.so", "Hiiraan Online": "www.hiiraan.com",
    "Radio Dalsan": "www.radiodalsan.com", "The Star": "www.the-star.co.ke", "Nation": "nation.africa",
    "The Standard": "www.standardmedia.co.ke", "Addis Standard": "addisstandard.com", "BBC News Amharic": "www.bbc.com",
    "Borkena": "borkena.com", "Radio Dabanga": "www.dabangasudan.org", "Sudan Tribune": "sudantribune.com",
    "Radio Tamazuj": "www.radiotamazuj.org", "Eye Radio": "www.eyeradio.org", "Radio Okapi": "www.radiookapi.net",
    "Actualite.cd": "actualite.cd", "7sur7.cd": "7sur7.cd", "Mimi Mefo Info": "mimimefoinfos.com",
    "The Guardian Post": "theguardianpostcameroon.com", "Cameroon News Agency": "cameroonnewsagency.com",
    "Actu Cameroun": "actucameroun.com", "Radio Ndeke Luka": "www.radiondekeluka.org",
    "Corbeau News": "corbeaunews-centrafrique.org", "Club of Mozambique": "clubofmozambique.com",
    "Lusa": "www.lusa.pt", "Zitamar News": "www.zitamar.com", "Libya Observer": "libyaobserver.ly",
    "Ukrinform": "www.ukrinform.net", "Ukrainska Pravda": "www.pravda.com.ua", "Interfax-Ukraine": "en.interfax.com.ua",
    "El Tiempo": "www.eltiempo.com", "Semana": "www.semana.com", "El Espectador": "www.elespectador.com",
    "Caracol Radio": "caracol.com.co", "Milenio": "www.milenio.com", "El Universal": "www.eluniversal.com.mx",
    "La Jornada": "www.jornada.com.mx", "Ahram Online": "english.ahram.org.eg", "Alwihda Info": "www.alwihdainfo.com",
}

INCIDENTS = []   # (key, country, town, date, type, victim_group, count, admin1)
ITEMS = []       # (key, publishedAt, source, title, text)


def inc(key, country, town, date, typ, group, count, admin1):
    INCIDENTS.append((key, country, town, date, typ, group, count, admin1))


def it(key, pub, source, title, text):
    ITEMS.append((key, pub, source, title, text))


M, T, W = "2021-11-15", "2021-11-16", "2021-11-17"

# ---------------------------------------------------------------- Syria
inc("sy-bab-1", "Syria", "al-Bab", M, "KILLED", "civilians", 2, "Aleppo")
it("sy-bab-1", "2021-11-15T13:40", "SOHR", "Motorbike bomb goes off near vegetable market in al-Bab",
   "A motorbike rigged with explosives went off near the vegetable market in al-Bab city in the Turkish-controlled countryside of Aleppo on Monday, killing a civilian and injuring four others, SOHR sources reported.")
it("sy-bab-1", "2021-11-15T16:05", "Anadolu Agency", "Bomb-laden motorcycle kills civilian in northern Syria",
   "AZAZ, Syria - One civilian lost his life when a bomb-laden motorcycle exploded in a busy street of al-Bab on Monday, local sources said, blaming the YPG/PKK terror group.")
it("sy-bab-1", "2021-11-17T08:30", "Enab Baladi", "Second victim of al-Bab market blast dies in hospital",
   "A young man wounded in Monday's motorcycle explosion near al-Bab's vegetable market died of his injuries at a hospital across the border in Turkey late on Tuesday, bringing the death toll of the blast to two, local activists said.")

inc("sy-bab-2", "Syria", "al-Bab", W, "KILLED", "civilians", 2, "Aleppo")
it("sy-bab-2", "2021-11-17T12:10", "North Press Agency", "Car bomb kills two at northern entrance of al-Bab",
   "Two civilians were killed and seven others wounded on Wednesday morning when a car bomb exploded at a roundabout at the northern entrance of al-Bab, on the road to al-Rai, east of Aleppo.")
it("sy-bab-2", "2021-11-17T14:50", "SOHR", "Toll of today's car bombing in al-Bab rises to two civilians",
   "SOHR: The death toll from the car bomb which exploded this morning near a roundabout in the north of al-Bab city has risen to two civilians, a man and a teenage boy, while several of the wounded remain in critical condition.")

inc("sy-afrin", "Syria", "Afrin", M, "KILLED", "civilians", 2, "Aleppo")
it("sy-afrin", "2021-11-15T18:20", "Hawar News Agency", "Occupation mercenaries kill two Kurdish citizens in Afrin",
   "Mercenaries of the Turkish occupation shot dead two Kurdish citizens, a father and his son, in front of their home in the al-Ashrafiyah neighbourhood of occupied Afrin on Monday afternoon.")
it("sy-afrin", "2021-11-16T07:15", "SOHR", "Two civilians shot dead in Afrin city after property dispute",
   "Two civilians were shot dead in Afrin city on Monday by gunmen believed to belong to one of the Turkish-backed factions, following a dispute over the ownership of a house, according to SOHR activists.")

inc("sy-atarib", "Syria", "al-Atarib", T, "KILLED", "civilians", 2, "Aleppo")
it("sy-atarib", "2021-11-16T11:30", "Reuters", "Syrian government shelling kills two in rebel-held town west of Aleppo",
   "BEIRUT, Nov 16 (Reuters) - Syrian government shelling killed two civilians on Tuesday in the opposition-held town of al-Atarib west of Aleppo, rescue workers said, the latest in a string of violations of a truce brokered by Russia and Turkey.")
it("sy-atarib", "2021-11-16T12:45", "SOHR", "Regime shells kill two civilians in western Aleppo countryside",
   "Two civilians, including a woman, were killed as regime forces pounded residential areas of Atareb in the western countryside of Aleppo with artillery this morning.")
it("sy-atarib", "2021-11-16T17:00", "Enab Baladi", "Artillery shells land near Atarib market, killing vendor and woman",
   "Shells fired by government forces from their positions east of the town fell near the main market of al-Atarib on Tuesday, killing a street vendor and a woman and injuring five other people, the Syrian Civil Defence said.")

inc("sy-daratizza", "Syria", "Darat Izza", T, "KILLED", "civilians", 2, "Aleppo")
it("sy-daratizza", "2021-11-16T15:30", "SOHR", "Russian warplanes strike poultry farm on outskirts of Darat Izza",
   "Two civilians were killed when Russian jets carried out several air strikes on a poultry farm on the outskirts of Darat Izza in the western countryside of Aleppo on Tuesday afternoon.")
it("sy-daratizza", "2021-11-16T19:10", "Syria Civil Defence", "Teams recover two bodies after Russian air raids west of Darat Izza",
   "Our teams recovered the bodies of two men, farm workers, after Russian warplanes struck farmland west of Darat Izza this afternoon. Teams are still searching the site.")

inc("sy-taltamr", "Syria", "Tal Tamr", M, "KILLED", "militia", 2, "Hasakah")
it("sy-taltamr", "2021-11-15T11:00", "North Press Agency", "Turkish drone kills two SDF fighters in northern Hasakah",
   "A Turkish drone struck a military vehicle of the Syrian Democratic Forces (SDF) on the road between Tal Tamr and Zirgan in the northern countryside of Hasakah on Monday morning, killing two fighters, a military source told North Press.")
it("sy-taltamr", "2021-11-15T13:10", "SOHR", "Two SDF members killed in Turkish drone strike near Tal Tamr",
   "SOHR: Two members of the SDF were killed this morning when a Turkish drone targeted their car near Tal Tamr town, north-west of al-Hasakah.")
it("sy-taltamr", "2021-11-15T14:20", "Reuters", "Turkish drone strike kills two U.S.-backed fighters in northeast Syria - SDF",
   "Turkish drone strike kills two U.S.-backed SDF fighters near Tal Tamr in northeast Syria - SDF statement")

inc("sy-ainissa", "Syria", "Ain Issa", M, "KILLED", "militia", 2, "Raqqa")
it("sy-ainissa", "2021-11-15T20:40", "Hawar News Agency", "Two SDF fighters martyred as occupation shells Ain Issa outskirts",
   "Two fighters of the Syrian Democratic Forces were martyred on Monday evening when the Turkish occupation army and its mercenaries shelled SDF positions on the western outskirts of Ain Issa, north of al-Raqqa, with heavy artillery.")

inc("sy-shaddadi", "Syria", "al-Shaddadi", W, "KILLED", "militia", 1, "Hasakah")
it("sy-shaddadi", "2021-11-17T10:15", "North Press Agency", "ISIS cells kill SDF fighter at checkpoint south of Hasakah",
   "Gunmen believed to belong to Islamic State (ISIS) cells shot dead an SDF fighter at a checkpoint on the edge of al-Shaddadi, in the southern countryside of Hasakah, early on Wednesday and fled, a local source said.")
it("sy-shaddadi", "2021-11-17T12:30", "SOHR", "SDF member killed by ISIS gunmen in al-Shadadi",
   "An SDF member was killed at dawn today when ISIS cells opened fire on a checkpoint in al-Shadadi town in southern al-Hasakah countryside.")

inc("sy-sukhnah", "Syria", "al-Sukhnah", T, "KILLED", "soldiers", 4, "Homs")
it("sy-sukhnah", "2021-11-16T14:00", "AFP", "Jihadists kill at least three Syrian soldiers in desert ambush: monitor",
   "BEIRUT (AFP) - At least three Syrian soldiers were killed on Tuesday when jihadists of the Islamic State group ambushed a bus carrying troops near the town of Al-Sukhnah in the central Syrian desert, a war monitor said.")
it("sy-sukhnah", "2021-11-16T18:30", "SOHR", "Death toll of ISIS ambush on regime bus in Homs desert rises to four",
   "The death toll of today's ISIS attack on a military bus near al-Sukhnah in the eastern countryside of Homs has risen to four regime soldiers, after one of the wounded died.")
it("sy-sukhnah", "2021-11-16T20:05", "SANA", "Four army personnel martyred in terrorist attack on bus in Homs eastern countryside",
   "Homs, SANA - Four army personnel were martyred and six others were injured when a terrorist group attacked a bus transporting them on the road east of al-Sukhnah in Homs eastern countryside.")

inc("sy-ithriya", "Syria", "Ithriya", T, "KILLED", "soldiers", 4, "Hama")
it("sy-ithriya", "2021-11-16T21:15", "SOHR", "Four regime soldiers killed as ISIS cells attack checkpoint on Ithriya road",
   "Four regime soldiers were killed after midnight last night when ISIS cells attacked a checkpoint on the Ithriya-Sheikh Hilal road in the eastern countryside of Hama, SOHR sources said.")
it("sy-ithriya", "2021-11-17T09:00", "Enab Baladi", "Islamic State claims attack on government checkpoint east of Hama",
   "The Islamic State group claimed responsibility for an attack on a government checkpoint near Ithriya early on Tuesday, saying it had killed six soldiers. The Syrian Observatory for Human Rights put the toll at four.")

inc("sy-kafrnabudah", "Syria", "Kafr Nabudah", W, "KILLED", "soldiers", 1, "Hama")
it("sy-kafrnabudah", "2021-11-17T16:40", "SOHR", "Regime soldier killed by sniper fire in northern Hama countryside",
   "A regime soldier was killed by sniper fire from opposition factions on the Kafr Nabudah front in the northern countryside of Hama on Wednesday.")

inc("sy-suqaylabiyah", "Syria", "Suqaylabiyah", W, "KILLED", "civilians", 1, "Hama")
it("sy-suqaylabiyah", "2021-11-17T11:40", "SANA", "Woman killed as terrorists target al-Suqaylabiyah city with rocket shells",
   "Hama, SANA - A woman was killed and three other civilians were injured on Wednesday when terrorist organizations positioned in the de-escalation zone fired rocket shells at residential neighbourhoods of al-Suqaylabiyah city in the north-western countryside of Hama.")
it("sy-suqaylabiyah", "2021-11-17T13:00", "SOHR", "Civilian killed as factions shell Suqaylabiyah",
   "One civilian was killed when factions operating in the \"Fateh al-Mubin\" operations room shelled Suqaylabiyah city in Hama countryside this morning.")

inc("sy-khanarnabeh", "Syria", "Khan Arnabah", W, "KILLED", "civilians", 1, "Quneitra")
it("sy-khanarnabeh", "2021-11-18T07:50", "Enab Baladi", "Young man shot dead near his home in Quneitra countryside",
   "Unidentified gunmen shot dead a young man near his home in the town of Khan Arnabeh in the Quneitra countryside on Wednesday evening, local sources said. No party claimed the killing.")

# ---------------------------------------------------------------- Iraq
inc("iq-hit", "Iraq", "Hit", M, "KILLED", "soldiers", 2, "Anbar")
it("iq-hit", "2021-11-15T12:20", "Shafaq News", "Two soldiers killed in IED blast west of Hit",
   "Shafaq News / Two soldiers were killed on Monday when an improvised explosive device blew up an army patrol west of Hit in al-Anbar governorate, a security source told Shafaq News Agency.")
it("iq-hit", "2021-11-16T02:30", "Xinhua", "Roadside bomb kills 2 Iraqi soldiers in Anbar",
   "RAMADI, Iraq, Nov. 15 (Xinhua) -- Two Iraqi soldiers were killed on Monday by a roadside bomb that struck their patrol vehicle in Iraq's western province of Anbar, a military source said.")

inc("iq-rutba", "Iraq", "Rutba", M, "KILLED", "soldiers", 2, "Anbar")
it("iq-rutba", "2021-11-15T19:00", "Iraqi News Agency", "Security Media Cell: two army members killed in terrorist attack near Rutba",
   "The Security Media Cell said two members of the army were killed when remnants of ISIS gangs opened fire on a checkpoint in the desert south of Rutba on Monday evening.")
it("iq-rutba", "2021-11-16T09:30", "Rudaw", "IS militants kill two Iraqi soldiers at desert checkpoint",
   "Islamic State (ISIS) militants attacked an Iraqi army checkpoint near al-Rutba, close to the Jordanian border, late on Monday, killing two soldiers, according to a statement from Iraq's Security Media Cell.")

inc("iq-talafar", "Iraq", "Tal Afar", T, "KILLED", "civilians", 3, "Nineveh")
it("iq-talafar", "2021-11-16T13:00", "Rudaw", "Roadside bomb kills three shepherds west of Tal Afar",
   "Three shepherds were killed on Tuesday by a roadside bomb while grazing their sheep in a village west of Tal Afar, the district's mayor told Rudaw.")
it("iq-talafar", "2021-11-16T16:40", "AFP", "Iraq: war-era explosive kills three civilians in Nineveh",
   "MOSUL, Iraq (AFP) - Three civilians died Tuesday when an explosive device left over from the war against the Islamic State group went off in the Tal Afar district of Nineveh province, a local official said.")

inc("iq-balad", "Iraq", "Balad", T, "KILLED", "militia", 1, "Salah al-Din")
it("iq-balad", "2021-11-16T20:00", "Shafaq News", "PMF member killed by ISIS sniper south of Salah al-Din",
   "Shafaq News / A member of the Popular Mobilization Forces was killed on Tuesday by sniper fire from ISIS elements hiding in the orchards near Balad, south of Salah al-Din governorate.")

inc("iq-mosul", "Iraq", "Mosul", W, "WOUNDED", "civilians", 4, "Nineveh")
it("iq-mosul", "2021-11-17T10:00", "Kurdistan24", "Four civilians wounded in Mosul blast",
   "Four civilians were wounded on Wednesday when a bomb hidden in a rubbish bin exploded in the old city of west Mosul, police said. No group claimed responsibility.")
it("iq-mosul", "2021-11-17T12:15", "Iraqi News Agency", "Four citizens injured in explosion in right side of Mosul",
   "Nineveh Police Command: four citizens were injured by the explosion of an explosive device planted in a waste container in the right side of Mosul this morning.")

inc("iq-qayyarah", "Iraq", "Qayyarah", W, "KILLED", "soldiers", 1, "Nineveh")
it("iq-qayyarah", "2021-11-18T02:10", "Xinhua", "Iraqi soldier killed in IS attack south of Mosul",
   "MOSUL, Iraq, Nov. 17 (Xinhua) -- An Iraqi soldier was killed on Wednesday when Islamic State (IS) militants attacked an army post near the town of Qayyarah, some 60 km south of Mosul, a provincial security source said.")

inc("iq-shirqat", "Iraq", "Shirqat", W, "KILLED", "soldiers", 1, "Salah al-Din")
it("iq-shirqat", "2021-11-17T15:30", "Shafaq News", "Soldier killed in ISIS attack in al-Shirqat",
   "Shafaq News / A soldier was killed on Wednesday afternoon in an ISIS attack on an army outpost on the eastern bank of the Tigris in al-Shirqat district, a security source said.")
it("iq-shirqat", "2021-11-17T18:45", "Rudaw", "ISIS attack kills Iraqi soldier in northern Salahaddin",
   "An Iraqi army soldier was killed when ISIS militants attacked a post on the east bank of the Tigris River in northern Salahaddin province on Wednesday, a local official said.")

# ---------------------------------------------------------------- Yemen
inc("ye-munabbih", "Yemen", "Munabbih", M, "KILLED", "civilians", 2, "Saada")
it("ye-munabbih", "2021-11-15T14:00", "Al-Masirah", "Two citizens martyred by Saudi artillery in Munabbih",
   "Two citizens were martyred on Monday by Saudi enemy artillery shelling on al-Raqw area in the border district of Munabbih, Saada governorate.")
it("ye-munabbih", "2021-11-16T06:00", "Field Casualty Log", "15 Nov 2021: two civilians killed in cross-border shelling, Munabbih",
   "On 15 November 2021, cross-border artillery shelling from the Saudi side killed two civilians in Munabbih district, Saada governorate.")

inc("ye-razih", "Yemen", "Razih", M, "KILLED", "civilians", 2, "Saada")
it("ye-razih", "2021-11-15T17:30", "Saba", "Man and his son killed by aggression shelling on Razih",
   "SAADA, Nov. 15 (Saba) - A citizen and his son were killed on Monday by Saudi-US aggression rocket and artillery shelling on populated villages of Razih border district.")
it("ye-razih", "2021-11-16T06:05", "Field Casualty Log", "15 Nov 2021: father and son killed by rocket fire, Razih",
   "On 15 November 2021, rocket and artillery fire from across the Saudi border killed a man and his son in a village of Razih district, Saada governorate.")

inc("ye-mocha", "Yemen", "Mocha", T, "KILLED", "civilians", 1, "Taiz")
it("ye-mocha", "2021-11-17T01:10", "Xinhua", "Houthi drone kills fisherman in Yemen's Taiz province",
   "ADEN, Yemen, Nov. 16 (Xinhua) -- A fisherman was killed on Tuesday when a Houthi drone struck near the port of Mocha in Yemen's southwestern province of Taiz, a local government official said.")
it("ye-mocha", "2021-11-16T15:20", "Aden al-Ghad", "Civilian killed in Houthi drone attack on al-Mokha fishing harbour",
   "A civilian was killed this afternoon when an explosive-laden drone launched by the Houthi militia hit the fishing harbour in al-Mokha, on the western coast.")

inc("ye-khokha", "Yemen", "al-Khawkhah", T, "KILLED", "civilians", 1, "Hodeidah")
it("ye-khokha", "2021-11-16T18:10", "Al-Sahwa Net", "Child killed by Houthi landmine south of Hodeidah",
   "A child was killed on Tuesday when a landmine planted by the Houthi militia exploded while he was herding goats in al-Khokha district, south of Hodeidah governorate.")

inc("ye-harib", "Yemen", "Harib", W, "KILLED", "soldiers", 5, "Marib")
it("ye-harib", "2021-11-17T15:00", "Reuters", "Houthi shelling kills at least three Yemeni soldiers in Marib",
   "ADEN (Reuters) - At least three Yemeni government soldiers were killed on Wednesday when Houthi forces shelled army positions in the Harib district of Marib province, military sources said.")
it("ye-harib", "2021-11-18T03:00", "Xinhua", "Five Yemeni soldiers killed in Houthi attacks in southern Marib",
   "ADEN, Yemen, Nov. 17 (Xinhua) -- Five government soldiers were killed and eight others injured on Wednesday in Houthi missile and artillery attacks on army positions in southern Marib province, a military official said.")
it("ye-harib", "2021-11-18T10:00", "Al-Sahwa Net", "Five army soldiers martyred in Houthi shelling in Harib",
   "Five soldiers of the national army were martyred and others were wounded on Wednesday as the Houthi militia targeted army sites in Harib with ballistic missiles and artillery, a military source said.")
it("ye-harib", "2021-11-18T11:20", "Field Casualty Log", "17 Nov 2021: five soldiers killed in shelling, Harib",
   "On 17 November 2021, Houthi artillery and missile fire on government army positions in Harib district, Marib, killed five soldiers and wounded eight.")

inc("ye-ataq", "Yemen", "Ataq", T, "KILLED", "police", 1, "Shabwah")
it("ye-ataq", "2021-11-16T12:40", "Aden al-Ghad", "Police officer shot dead in central Ataq",
   "A police officer was shot dead by unknown gunmen riding a motorcycle in the centre of Ataq, the capital of Shabwa province, on Tuesday morning, a security source said.")

# ---------------------------------------------------------------- Afghanistan
inc("af-surkhrod", "Afghanistan", "Surkh Rod", M, "KILLED", "civilians", 1, "Nangarhar")
it("af-surkhrod", "2021-11-15T12:00", "Pajhwok Afghan News", "Shopkeeper shot dead in Nangarhar's Surkh Rod",
   "Unidentified gunmen shot dead a shopkeeper in Surkh Rod district of eastern Nangarhar province on Monday morning, officials said. The attackers escaped.")
it("af-surkhrod", "2021-11-15T17:00", "Ariana News", "Man killed in attack in Surkhrod, Nangarhar",
   "A man was killed in an armed attack in the Surkhrod area of Nangarhar on Monday. Islamic Emirate officials blamed Daesh for the attack and said an investigation had begun.")

inc("af-chaparhar", "Afghanistan", "Chaparhar", M, "KILLED", "civilians", 1, "Nangarhar")
it("af-chaparhar", "2021-11-15T19:40", "Khaama Press", "Magnetic bomb kills tribal elder in Nangarhar",
   "A tribal elder was killed on Monday afternoon when a magnetic bomb attached to his car exploded in Chaparhar district of Nangarhar province, local sources said.")

inc("af-pulekhumri", "Afghanistan", "Pul-e Khumri", T, "WOUNDED", "civilians", 3, "Baghlan")
it("af-pulekhumri", "2021-11-16T13:00", "TOLOnews", "Grenade blast wounds three in Pul-e-Khumri",
   "Three civilians were wounded in a hand grenade blast at the money exchange market in Pul-e-Khumri, the capital of Baghlan, on Tuesday, local officials said.")
it("af-pulekhumri", "2021-11-16T15:30", "Pajhwok Afghan News", "3 injured as grenade hurled into Pul-i-Khumri bazaar",
   "PUL-I-KHUMRI (Pajhwok): Three persons were injured when unidentified individuals hurled a grenade in the city's main bazaar on Tuesday, the provincial police spokesman said.")

inc("af-khost", "Afghanistan", "Khost", T, "WOUNDED", "civilians", 3, "Khost")
it("af-khost", "2021-11-17T06:30", "Khaama Press", "Three including a child wounded in Khost city mine blast",
   "Three people including a child were wounded when a roadside mine exploded near a mosque in Khost city on Tuesday evening, local officials said.")

inc("af-charikar", "Afghanistan", "Charikar", W, "KILLED", "civilians", 2, "Parwan")
it("af-charikar", "2021-11-17T11:00", "TOLOnews", "Explosion in Charikar city kills two",
   "An explosion in Charikar, the capital of Parwan, killed two people and wounded six on Wednesday morning, the province's security officials confirmed.")
it("af-charikar", "2021-11-17T14:00", "Pajhwok Afghan News", "2 killed, 6 injured in Parwan blast",
   "Two people were killed and six others injured when an explosive device went off in a vegetable market in the capital of northern Parwan province on Wednesday.")

inc("af-spinboldak", "Afghanistan", "Spin Boldak", W, "KILLED", "civilians", 2, "Kandahar")
it("af-spinboldak", "2021-11-17T16:20", "Ariana News", "Two children killed by unexploded mortar round in Spin Boldak",
   "Two children were killed when an unexploded mortar round they were playing with went off in Spin Boldak district of Kandahar province on Wednesday, local officials said.")

# ---------------------------------------------------------------- Pakistan
inc("pk-mirali", "Pakistan", "Mir Ali", M, "KILLED", "soldiers", 2, "Khyber Pakhtunkhwa")
it("pk-mirali", "2021-11-15T15:00", "Dawn", "Two soldiers martyred in North Waziristan exchange of fire: ISPR",
   "Two soldiers were martyred during an exchange of fire with terrorists in the Mir Ali area of North Waziristan district on Monday, the military's media wing said.")
it("pk-mirali", "2021-11-15T16:10", "APP", "Two soldiers embrace shahadat in NW terrorists' fire",
   "RAWALPINDI, Nov 15 (APP): Two soldiers embraced shahadat when terrorists opened fire on a security forces post in North Waziristan district, the ISPR said. Troops responded effectively, it added.")

inc("pk-turbat", "Pakistan", "Turbat", M, "KILLED", "soldiers", 2, "Balochistan")
it("pk-turbat", "2021-11-15T18:00", "The Express Tribune", "Two FC personnel martyred in Kech IED blast",
   "Two Frontier Corps personnel were martyred when an improvised explosive device went off near their vehicle in Kech district of Balochistan on Monday, officials said.")
it("pk-turbat", "2021-11-16T06:00", "Dawn", "Two FC men killed in roadside bombing near Turbat",
   "TURBAT: Two Frontier Corps soldiers were killed and three injured when their vehicle was targeted with a roadside bomb near Turbat on Monday evening.")

inc("pk-dikhan", "Pakistan", "Dera Ismail Khan", T, "KILLED", "police", 1, "Khyber Pakhtunkhwa")
it("pk-dikhan", "2021-11-16T14:00", "Dawn", "Policeman shot dead in DI Khan",
   "DERA ISMAIL KHAN: A policeman on his way to duty was shot dead by unidentified motorcyclists on Circular Road on Tuesday, police said.")
it("pk-dikhan", "2021-11-16T19:00", "The News International", "Cop martyred in D I Khan firing",
   "A police constable was martyred when unknown assailants opened fire on him in Dera Ismail Khan on Tuesday. The attackers fled on a motorbike.")

inc("pk-tank", "Pakistan", "Tank", T, "KILLED", "police", 1, "Khyber Pakhtunkhwa")
it("pk-tank", "2021-11-17T05:30", "The Express Tribune", "Constable killed in attack on police checkpoint in Tank",
   "A police constable was killed when militants attacked a police checkpoint in Tank district with heavy weapons on Tuesday night. Police said reinforcements pushed the attackers back.")
it("pk-tank", "2021-11-17T08:45", "The News International", "Militants storm checkpost, policeman martyred",
   "TANK: A policeman was martyred and another injured as militants attacked the Gomal checkpost late Tuesday, district police officer said.")

# ---------------------------------------------------------------- India
inc("in-shopian", "India", "Shopian", T, "KILLED", "militants", 2, "Jammu and Kashmir")
it("in-shopian", "2021-11-16T12:00", "PTI", "Two terrorists killed in encounter in J-K's Shopian",
   "SHOPIAN, Nov 16 (PTI) Two terrorists were killed in an encounter with security forces in Jammu and Kashmir's Shopian district on Tuesday, police said.")
it("in-shopian", "2021-11-16T15:00", "Greater Kashmir", "Two militants killed in Shopian gunfight",
   "Two militants were killed in a gunfight with government forces in a village of south Kashmir's Shopian district on Tuesday, officials said. The operation was launched on a tip-off.")

inc("in-bijapur", "India", "Bijapur", W, "KILLED", "civilians", 1, "Chhattisgarh")
it("in-bijapur", "2021-11-18T04:00", "Times of India", "Maoists kill villager on suspicion of being police informer",
   "Maoists killed a villager in Bijapur district of Chhattisgarh on Wednesday night, accusing him of being a police informer, and left a note at the spot, police said.")

# ---------------------------------------------------------------- Myanmar
inc("mm-demoso", "Myanmar", "Demoso", M, "KILLED", "civilians", 3, "Kayah")
it("mm-demoso", "2021-11-15T16:00", "Myanmar Now", "Junta shelling kills three civilians near Demoso",
   "Three civilians were killed on Monday when junta troops fired artillery shells into villages near Demoso in Kayah State, a local resistance group said.")
it("mm-demoso", "2021-11-16T08:00", "The Irrawaddy", "Regime artillery kills three including girl in Karenni State",
   "Regime artillery killed three civilians, including a 12-year-old girl, in Demoso Township, Karenni (Kayah) State, on Monday, according to local defence forces.")

inc("mm-depayin", "Myanmar", "Depayin", T, "KILLED", "civilians", 3, "Sagaing")
it("mm-depayin", "2021-11-16T18:00", "RFA", "Troops kill three villagers in Sagaing's Depayin township",
   "Myanmar troops shot and killed three villagers during a raid in Depayin township of Sagaing region on Tuesday, residents told RFA.")
it("mm-depayin", "2021-11-17T07:00", "Mizzima", "Three villagers shot dead during junta raid",
   "Three villagers were shot dead when junta soldiers raided a village in Depayin Township on Tuesday and set several houses on fire, locals said.")

inc("mm-kalay", "Myanmar", "Kalay", T, "KILLED", "civilians", 3, "Sagaing")
it("mm-kalay", "2021-11-17T09:40", "Myanmar Now", "Three men shot dead at junta checkpoint outside Kalay",
   "Three men were shot dead at a junta checkpoint on the Kalay-Tamu road on Tuesday, their relatives said. The military did not comment.")

# ---------------------------------------------------------------- Philippines
inc("ph-sumisip", "Philippines", "Sumisip", M, "KILLED", "soldiers", 1, "Basilan")
it("ph-sumisip", "2021-11-15T10:30", "Philippine News Agency", "Soldier killed in Basilan firefight",
   "ZAMBOANGA CITY - A soldier was killed when suspected Abu Sayyaf remnants fired at troops on patrol in Sumisip, Basilan, on Monday morning, the military said.")

inc("ph-kabankalan", "Philippines", "Kabankalan", W, "KILLED", "soldiers", 2, "Negros Occidental")
it("ph-kabankalan", "2021-11-17T09:00", "Inquirer", "2 soldiers killed in NPA ambush in Negros Occidental",
   "BACOLOD CITY - Two Army soldiers were killed when New People's Army rebels ambushed a military truck in a village of Kabankalan City on Wednesday morning, the Army said.")
it("ph-kabankalan", "2021-11-17T13:00", "Philippine News Agency", "Two troopers die in clash with communist rebels in Kabankalan",
   "Two soldiers died in a firefight with members of the communist terrorist group in an upland village of Kabankalan City on Wednesday, the Army's 3rd Infantry Division said.")

# ---------------------------------------------------------------- Nigeria
inc("ng-sabonbirni", "Nigeria", "Sabon Birni", M, "KILLED", "civilians", 7, "Sokoto")
it("ng-sabonbirni", "2021-11-15T17:00", "Daily Trust", "Bandits kill 5 in Sokoto village",
   "Bandits on Monday killed five people in an attack on a village in Sabon Birni Local Government Area of Sokoto State, residents said.")
it("ng-sabonbirni", "2021-11-16T10:00", "Premium Times", "Death toll in Sabon Birni bandit attack rises to seven",
   "The number of people killed when bandits attacked a community in Sabon Birni LGA on Monday has risen to seven, a local official told PREMIUM TIMES on Tuesday.")
it("ng-sabonbirni", "2021-11-16T15:00", "Channels TV", "Sokoto govt confirms seven killed in Sabon Birni attack",
   "The Sokoto State Government has confirmed that seven villagers were killed when bandits stormed a community in the Sabon Birni area on Monday, and urged residents to remain calm.")
it("ng-sabonbirni", "2021-11-16T21:30", "AFP", "Gunmen kill seven in northwest Nigeria: officials",
   "KANO, Nigeria (AFP) - Gunmen killed seven villagers in the Sabon Birni area of Sokoto state in Nigeria's restive northwest on Monday, officials said, the latest in a wave of attacks by heavily armed gangs locally known as bandits.")

inc("ng-isa", "Nigeria", "Isa", M, "KILLED", "civilians", 7, "Sokoto")
it("ng-isa", "2021-11-16T12:00", "Punch", "Gunmen kill seven, abduct women in Sokoto community",
   "Gunmen on motorcycles killed seven people and abducted several women in a raid on a community in Isa Local Government Area of Sokoto State on Monday night, the police said.")
it("ng-isa", "2021-11-16T19:00", "Daily Trust", "Isa residents bury seven victims of night raid",
   "Residents of a community in Isa LGA on Tuesday buried seven people killed in Monday night's raid by bandits, hours after another deadly attack was reported in neighbouring Sabon Birni.")

inc("ng-faskari", "Nigeria", "Faskari", T, "KILLED", "civilians", 4, "Katsina")
it("ng-faskari", "2021-11-16T16:00", "Premium Times", "Bandits kill four farmers in Katsina",
   "Bandits on Tuesday killed four farmers harvesting their crops in Faskari Local Government Area of Katsina State, residents said.")
it("ng-faskari", "2021-11-17T08:00", "Sahara Reporters", "Four killed as bandits invade Faskari farms",
   "Four people were killed on Tuesday when armed bandits invaded farms in a village in the Faskari area of Katsina State, a community leader told SaharaReporters.")

inc("ng-shiroro", "Nigeria", "Shiroro", T, "KILLED", "civilians", 4, "Niger")
it("ng-shiroro", "2021-11-16T19:30", "Daily Trust", "Bandits kill 4 in Niger community",
   "Four people were killed on Tuesday when bandits attacked a community in Shiroro LGA of Niger State and rustled cattle, a council official said.")
it("ng-shiroro", "2021-11-17T09:30", "Vanguard", "Four killed in attack on Niger State village",
   "Gunmen killed four villagers and carted away livestock in an attack in Shiroro local government area of Niger State on Tuesday, the state government said.")

inc("ng-damboa", "Nigeria", "Damboa", M, "KILLED", "soldiers", 3, "Borno")
it("ng-damboa", "2021-11-15T20:00", "HumAngle", "ISWAP ambushes troops on Damboa-Biu road",
   "Three soldiers were killed on Monday when ISWAP fighters ambushed a military convoy on the Damboa-Biu road, a few kilometres from Damboa, military sources told HumAngle.")
it("ng-damboa", "2021-11-16T09:00", "Sahara Reporters", "Boko Haram terrorists kill three soldiers in Borno ambush",
   "Boko Haram terrorists killed three soldiers in an ambush on a convoy near Damboa in Borno State on Monday, SaharaReporters learnt.")

inc("ng-geidam", "Nigeria", "Geidam", M, "KILLED", "soldiers", 3, "Yobe")
it("ng-geidam", "2021-11-15T21:10", "Channels TV", "Insurgents attack military base in Geidam, three soldiers killed",
   "Three soldiers were killed on Monday when insurgents attacked a military base in Geidam, Yobe State, military sources said.")
it("ng-geidam", "2021-11-16T11:40", "Daily Trust", "Three soldiers die as ISWAP attacks Yobe base",
   "Three soldiers died when ISWAP fighters in gun trucks attacked a military base in Geidam town on Monday evening, sources said.")

inc("ng-orlu", "Nigeria", "Orlu", W, "KILLED", "police", 2, "Imo")
it("ng-orlu", "2021-11-17T15:00", "Vanguard", "Gunmen kill two policemen at Orlu checkpoint",
   "Gunmen on Wednesday killed two policemen at a checkpoint in Orlu, Imo State, and set their patrol vehicle ablaze, witnesses said.")
it("ng-orlu", "2021-11-17T19:00", "Punch", "Imo police confirm two officers killed at checkpoint",
   "The Imo State Police Command has confirmed that two of its officers were killed when hoodlums attacked a checkpoint in the state on Wednesday.")

inc("ng-ihiala", "Nigeria", "Ihiala", W, "KILLED", "police", 2, "Anambra")
it("ng-ihiala", "2021-11-17T20:30", "Sahara Reporters", "Gunmen kill two police officers in Ihiala",
   "Gunmen killed two police officers and carted away their rifles in Ihiala Local Government Area of Anambra State on Wednesday, residents said.")

inc("ng-guma", "Nigeria", "Guma", W, "KILLED", "civilians", 5, "Benue")
it("ng-guma", "2021-11-17T18:00", "The Nation", "Suspected herdsmen kill five farmers in Benue",
   "Suspected herdsmen killed five farmers in Guma Local Government Area of Benue State on Wednesday, the council chairman said.")

# ---------------------------------------------------------------- Niger
inc("ne-bosso", "Niger", "Bosso", T, "KILLED", "civilians", 2, "Diffa")
it("ne-bosso", "2021-11-16T18:00", "ActuNiger", "Two civilians killed in Boko Haram incursion near Bosso",
   "Two civilians were killed on Tuesday during an incursion by Boko Haram elements near Bosso, in the Diffa region, local sources said.")
it("ne-bosso", "2021-11-17T08:00", "RFI", "Niger: two villagers killed on shores of Lake Chad",
   "In Niger's Diffa region, two villagers were killed on Tuesday by suspected Boko Haram fighters near Bosso, on the shores of Lake Chad, local officials said.")

inc("ne-tillia", "Niger", "Tillia", W, "KILLED", "soldiers", 4, "Tahoua")
it("ne-tillia", "2021-11-18T10:00", "AFP", "Four Niger soldiers killed in jihadist attack near Malian border",
   "NIAMEY (AFP) - Four Nigerien soldiers were killed on Wednesday in an attack by suspected jihadists on a patrol near Tillia in the western Tahoua region, the defence ministry said on Thursday.")

# ---------------------------------------------------------------- Mali
inc("ml-bandiagara", "Mali", "Bandiagara", M, "KILLED", "civilians", 3, "Mopti")
it("ml-bandiagara", "2021-11-15T19:00", "Studio Tamani", "Three civilians killed in Bandiagara circle",
   "Three civilians, traders returning from a weekly fair, were killed on Monday by armed men on motorcycles in a village of Bandiagara circle, local sources said.")
it("ml-bandiagara", "2021-11-16T11:00", "AFP", "Three traders killed in central Mali",
   "BAMAKO (AFP) - Gunmen on motorbikes killed three traders near Bandiagara in central Mali on Monday, local officials said.")

inc("ml-bankass", "Mali", "Bankass", M, "KILLED", "civilians", 3, "Mopti")
it("ml-bankass", "2021-11-16T09:20", "Malijet", "Three villagers killed in attack on hamlet in Bankass",
   "Three villagers were killed on Monday in an attack by armed men on a hamlet in Bankass circle; granaries were set on fire, according to a local elected official.")

inc("ml-gossi", "Mali", "Gossi", T, "KILLED", "soldiers", 2, "Tombouctou")
it("ml-gossi", "2021-11-16T20:00", "Studio Tamani", "Two FAMa soldiers killed by explosive device near Gossi",
   "Two soldiers of the Malian armed forces (FAMa) were killed on Tuesday when their vehicle struck an improvised explosive device near Gossi, the army said.")
it("ml-gossi", "2021-11-17T04:00", "Xinhua", "Two Malian soldiers killed in IED blast",
   "BAMAKO, Nov. 16 (Xinhua) -- Two Malian soldiers were killed and three injured Tuesday when their vehicle hit an explosive device on the road between Gossi and Hombori, the army said in a statement.")

inc("ml-tessalit", "Mali", "Tessalit", W, "WOUNDED", "soldiers", 4, "Kidal")
it("ml-tessalit", "2021-11-17T16:00", "UN News", "Four peacekeepers injured by explosive device in northern Mali",
   "Four Chadian peacekeepers serving with the UN mission in Mali, MINUSMA, were injured on Wednesday when their convoy struck an improvised explosive device near Tessalit, the mission said.")
it("ml-tessalit", "2021-11-17T19:00", "AFP", "Four UN peacekeepers wounded in Mali blast",
   "BAMAKO (AFP) - Four UN peacekeepers were wounded Wednesday when a roadside bomb hit their convoy in the Kidal region of northern Mali, the UN mission said.")

# ---------------------------------------------------------------- Burkina Faso
inc("bf-titao", "Burkina Faso", "Titao", T, "KILLED", "militia", 3, "Nord")
it("bf-titao", "2021-11-16T19:00", "Burkina24", "Three VDP killed in attack near Titao",
   "Three Volunteers for the Defence of the Homeland (VDP) were killed on Tuesday in an attack by armed individuals near Titao, security sources said.")
it("bf-titao", "2021-11-17T10:00", "Lefaso.net", "Loroum: three volunteers fall in an ambush",
   "Three VDP fell on Tuesday in an ambush by terrorists in the province of Loroum, in the North region, according to a security source.")

inc("bf-thiou", "Burkina Faso", "Thiou", T, "KILLED", "militia", 3, "Nord")
it("bf-thiou", "2021-11-17T11:30", "AIB", "Three civilian auxiliaries of the army killed in Thiou",
   "Three civilian auxiliaries of the army were killed on Tuesday in an attack on a VDP post in Thiou, Yatenga province, a local official said.")

inc("bf-gorom", "Burkina Faso", "Gorom-Gorom", M, "KILLED", "civilians", 2, "Sahel")
it("bf-gorom", "2021-11-15T21:00", "Lefaso.net", "Two civilians killed near Gorom-Gorom",
   "Two civilians were killed on Monday by armed men on the outskirts of Gorom-Gorom, a resident said.")
it("bf-gorom", "2021-11-16T09:00", "RFI", "Burkina: two civilians killed in Oudalan province",
   "In northern Burkina Faso, two civilians were killed on Monday by suspected jihadists in Oudalan province, near the borders with Mali and Niger.")

inc("bf-diapaga", "Burkina Faso", "Diapaga", W, "ATTACK", "-", 0, "Est")
it("bf-diapaga", "2021-11-18T08:10", "Burkina24", "Gendarmerie post in Diapaga attacked, assailants repelled",
   "A gendarmerie post in Diapaga, Tapoa province, came under attack by armed men on Wednesday evening; the assailants were repelled and no casualties were reported among the gendarmes, a security source said.")

# ---------------------------------------------------------------- Somalia
inc("so-balcad", "Somalia", "Balcad", M, "KILLED", "soldiers", 2, "Middle Shabelle")
it("so-balcad", "2021-11-15T14:00", "Garowe Online", "Two Somali soldiers killed in Balad roadside blast",
   "Two Somali National Army soldiers were killed on Monday when an IED struck their vehicle on the outskirts of Balad town in Middle Shabelle, officials said.")
it("so-balcad", "2021-11-15T18:00", "SONNA", "Two soldiers martyred in terrorist landmine in Middle Shabelle",
   "Two soldiers were martyred on Monday when the terrorist militia detonated a landmine on the road in Middle Shabelle region, a military commander told SONNA.")

inc("so-marka", "Somalia", "Marka", M, "KILLED", "soldiers", 2, "Lower Shabelle")
it("so-marka", "2021-11-15T16:30", "Hiiraan Online", "Two government soldiers killed in mortar attack on Merca base",
   "Two government soldiers were killed when al-Shabaab fighters fired mortars at a military base in Merca, the Lower Shabelle regional capital, on Monday.")
it("so-marka", "2021-11-16T07:00", "Radio Dalsan", "Al-Shabaab mortars hit Marka, two soldiers dead",
   "Al-Shabaab mortar shells landed on a Somali army base in Marka on Monday, killing two soldiers, residents and a local officer said.")

inc("so-galkayo", "Somalia", "Galkayo", T, "KILLED", "civilians", 1, "Mudug")
it("so-galkayo", "2021-11-16T16:00", "Garowe Online", "Gunmen kill traditional elder in Galkayo",
   "Unknown gunmen shot dead a traditional elder in southern Galkayo on Tuesday afternoon, witnesses said.")
it("so-galkayo", "2021-11-16T19:00", "Radio Dalsan", "Elder shot dead in Gaalkacyo",
   "A clan elder was shot dead in Gaalkacyo on Tuesday by gunmen who escaped, police said.")

inc("so-guriel", "Somalia", "Guriel", T, "KILLED", "civilians", 1, "Galgaduud")
it("so-guriel", "2021-11-16T20:20", "Hiiraan Online", "Man killed in crossfire between clan militias in Guriel",
   "A man was killed in crossfire when two clan militias clashed over a water point in Guriel on Tuesday, elders said.")

inc("so-bosaso", "Somalia", "Bosaso", W, "KILLED", "police", 1, "Bari")
it("so-bosaso", "2021-11-18T06:00", "Garowe Online", "Police officer killed in grenade attack in Bosaso",
   "A Puntland police officer was killed when a hand grenade was thrown at a police station in Bosaso on Wednesday night, officials said.")

inc("so-kismayo", "Somalia", "Kismayo", W, "KILLED", "soldiers", 3, "Lower Juba")
it("so-kismayo", "2021-11-17T13:00", "Hiiraan Online", "Three Jubaland soldiers killed in attack on base outside Kismayo",
   "Three Jubaland soldiers were killed when al-Shabaab fighters attacked a base on the outskirts of Kismayo early on Wednesday, officials said.")
it("so-kismayo", "2021-11-18T02:00", "Xinhua", "3 soldiers killed in militant attack in southern Somalia",
   "NAIROBI, Nov. 17 (Xinhua) -- Three soldiers were killed on Wednesday when al-Shabab militants attacked a military base in Somalia's southern region of Lower Juba, a regional official said.")

# ---------------------------------------------------------------- Kenya
inc("ke-elwak", "Kenya", "El Wak", T, "KILLED", "police", 2, "Mandera")
it("ke-elwak", "2021-11-16T15:00", "The Star", "Two police officers killed in El Wak IED attack",
   "Two police officers were killed on Tuesday when their vehicle ran over an improvised explosive device in El Wak, Mandera county commissioner said.")
it("ke-elwak", "2021-11-16T18:00", "Nation", "Two officers killed as police vehicle hits explosive in Mandera",
   "Two police officers died after their vehicle hit an explosive device in Mandera County on Tuesday. Police suspect al-Shabaab militants planted it.")

inc("ke-marsabit", "Kenya", "Marsabit", W, "KILLED", "civilians", 2, "Marsabit")
it("ke-marsabit", "2021-11-17T17:00", "The Standard", "Two shot dead in fresh inter-communal attack in Marsabit",
   "Two people were shot dead on Wednesday in a fresh attack on the outskirts of Marsabit town, police said, blaming inter-communal rivalry.")

# ---------------------------------------------------------------- Ethiopia
inc("et-bulen", "Ethiopia", "Bulen", M, "KILLED", "civilians", 5, "Benishangul-Gumuz")
it("et-bulen", "2021-11-16T09:00", "Addis Standard", "Five civilians killed as armed men attack minibus in Bulen woreda",
   "Five civilians were killed on Monday when armed men attacked a minibus carrying passengers in Bulen woreda, Metekel zone, local officials told Addis Standard.")
it("et-bulen", "2021-11-16T13:00", "BBC News Amharic", "Five passengers killed in Metekel attack",
   "Five people were killed by armed men on Monday in Metekel zone of Benishangul-Gumuz region when their minibus was attacked, local officials told BBC.")

inc("et-dibate", "Ethiopia", "Dibate", M, "KILLED", "civilians", 5, "Benishangul-Gumuz")
it("et-dibate", "2021-11-16T17:20", "Borkena", "Armed men kill five farmers in Dibate",
   "Armed men killed five farmers in a village of Dibate woreda on Monday, according to residents who spoke to Borkena.")

# ---------------------------------------------------------------- Sudan
inc("sd-zalingei", "Sudan", "Zalingei", M, "KILLED", "civilians", 2, "Central Darfur")
it("sd-zalingei", "2021-11-16T08:00", "Radio Dabanga", "Two displaced people shot dead near Zalingei camp",
   "Two displaced people were shot dead by gunmen near Hamidiya camp in Zalingei on Monday, camp coordinators told Radio Dabanga.")
it("sd-zalingei", "2021-11-16T14:00", "Sudan Tribune", "Two civilians killed in Central Darfur",
   "ZALINGEI, Nov 16 (Sudan Tribune) - Two civilians were killed on Monday by armed men riding camels on the outskirts of Zalingei, a local official said.")

inc("sd-kadugli", "Sudan", "Kadugli", T, "KILLED", "civilians", 3, "South Kordofan")
it("sd-kadugli", "2021-11-17T07:30", "Radio Dabanga", "Three killed in attack on village east of Kadugli",
   "Three people were killed in an attack on a village about 15 km east of Kadugli on Tuesday, residents said.")

inc("sd-tawila", "Sudan", "Tawila", W, "WOUNDED", "civilians", 4, "North Darfur")
it("sd-tawila", "2021-11-17T21:10", "Sudan Tribune", "Four wounded in Tawila market shooting",
   "Four civilians were wounded on Wednesday when gunmen opened fire in Tawila market in North Darfur, witnesses said.")

# ---------------------------------------------------------------- South Sudan
inc("ss-yei", "South Sudan", "Yei", T, "KILLED", "civilians", 2, "Central Equatoria")
it("ss-yei", "2021-11-16T17:00", "Radio Tamazuj", "Gunmen kill two on Yei-Morobo road",
   "Unknown gunmen killed two travellers on the Yei-Morobo road, about 20 km from Yei town, on Tuesday, a local official said.")
it("ss-yei", "2021-11-17T09:00", "Eye Radio", "Two travellers killed in Yei River County ambush",
   "Two travellers were killed in an ambush in Yei River County on Tuesday, the county commissioner said.")

inc("ss-tambura", "South Sudan", "Tambura", W, "KILLED", "civilians", 3, "Western Equatoria")
it("ss-tambura", "2021-11-18T08:30", "Radio Tamazuj", "Three civilians killed near Tambura",
   "Three civilians were killed by armed youth near Tambura on Wednesday, local authorities said.")

# ---------------------------------------------------------------- DR Congo
inc("cd-oicha", "DR Congo", "Oicha", M, "KILLED", "civilians", 4, "North Kivu")
it("cd-oicha", "2021-11-16T07:00", "Radio Okapi", "Four civilians killed by ADF near Oicha",
   "Four civilians were killed on Monday evening by ADF rebels in a village near Oicha, in North Kivu, civil society said.")
it("cd-oicha", "2021-11-16T12:00", "Actualite.cd", "ADF kill four in Oicha area",
   "ADF rebels killed four people in the Oicha area on Monday night, the local administrator said.")

inc("cd-komanda", "DR Congo", "Komanda", M, "KILLED", "civilians", 4, "Ituri")
it("cd-komanda", "2021-11-16T10:00", "7sur7.cd", "Four civilians killed in ADF attack near Komanda",
   "Four civilians were killed in an ADF attack on Monday near Komanda, in Irumu territory, local sources said.")
it("cd-komanda", "2021-11-16T16:00", "Reuters", "Rebels kill four civilians in eastern Congo's Ituri",
   "KINSHASA (Reuters) - Fighters from the Allied Democratic Forces (ADF) killed four civilians on Monday in an attack on a village in Ituri province's Irumu territory, local officials said.")

inc("cd-butembo", "DR Congo", "Butembo", T, "KILLED", "police", 1, "North Kivu")
it("cd-butembo", "2021-11-16T18:40", "Radio Okapi", "Police officer killed in Mai-Mai attack in Butembo",
   "A police officer was killed on Tuesday in an attack by Mai-Mai militiamen on a police post in Butembo, the mayor said.")

inc("cd-mambasa", "DR Congo", "Mambasa", W, "KILLED", "civilians", 6, "Ituri")
it("cd-mambasa", "2021-11-17T15:00", "Radio Okapi", "At least four civilians killed in Mambasa",
   "At least four civilians were killed on Wednesday in an attack by ADF rebels in Mambasa territory, on the road to Niania, civil society said.")
it("cd-mambasa", "2021-11-18T08:00", "Actualite.cd", "Toll rises to six in Mambasa attack",
   "The toll of Wednesday's ADF attack in Mambasa territory has risen to six dead, the territory administrator said.")
it("cd-mambasa", "2021-11-18T12:00", "AFP", "Six civilians killed in Ituri attack: official",
   "KINSHASA (AFP) - Six civilians were killed on Wednesday in an attack by ADF militants on the Mambasa-Niania road in Ituri province, a local official said.")

inc("cd-kamango", "DR Congo", "Kamango", W, "KILLED", "civilians", 2, "North Kivu")
it("cd-kamango", "2021-11-18T09:15", "7sur7.cd", "Two civilians killed in Kamango",
   "Two civilians were killed on Wednesday in Kamango, in the Watalinga sector, by suspected ADF rebels, local sources said.")

# ---------------------------------------------------------------- Cameroon
inc("cm-kumbo", "Cameroon", "Kumbo", T, "KILLED", "soldiers", 2, "Northwest")
it("cm-kumbo", "2021-11-16T18:00", "Mimi Mefo Info", "Two soldiers killed in separatist ambush in Kumbo",
   "Two soldiers were killed on Tuesday when separatist fighters ambushed a military patrol in Kumbo, sources said.")
it("cm-kumbo", "2021-11-17T09:00", "The Guardian Post", "Two soldiers killed in Bui ambush",
   "Two soldiers died on Tuesday after separatist fighters ambushed their patrol in Bui division, Northwest region, local sources said.")

inc("cm-mamfe", "Cameroon", "Mamfe", T, "KILLED", "soldiers", 2, "Southwest")
it("cm-mamfe", "2021-11-17T10:40", "Cameroon News Agency", "Two soldiers killed as Ambazonia fighters attack Mamfe post",
   "Two soldiers were killed when Ambazonia fighters attacked a military post in Mamfe, Manyu division, on Tuesday.")

inc("cm-kolofata", "Cameroon", "Kolofata", W, "KILLED", "civilians", 2, "Far North")
it("cm-kolofata", "2021-11-18T07:20", "Actu Cameroun", "Boko Haram kills two in Kolofata",
   "Two civilians were killed on Wednesday in a Boko Haram raid in Kolofata, Mayo-Sava department, local authorities said.")

# ---------------------------------------------------------------- Central African Republic
inc("cf-bambari", "Central African Republic", "Bambari", M, "KILLED", "civilians", 3, "Ouaka")
it("cf-bambari", "2021-11-15T19:00", "Radio Ndeke Luka", "Three civilians killed near Bambari",
   "Three civilians were killed on Monday by armed men on the outskirts of Bambari, local sources said.")
it("cf-bambari", "2021-11-16T08:00", "Corbeau News", "Three dead in attack in Ouaka",
   "Three people were killed on Monday in an attack near Bambari, in Ouaka prefecture, witnesses said.")

inc("cf-kagabandoro", "Central African Republic", "Kaga-Bandoro", W, "KILLED", "civilians", 2, "Nana-Grebizi")
it("cf-kagabandoro", "2021-11-17T18:30", "Radio Ndeke Luka", "Two civilians killed near Kaga-Bandoro",
   "Two civilians were killed on Wednesday near Kaga-Bandoro by suspected armed group members, local officials said.")

# ---------------------------------------------------------------- Mozambique
inc("mz-macomia", "Mozambique", "Macomia", T, "KILLED", "civilians", 2, "Cabo Delgado")
it("mz-macomia", "2021-11-16T14:00", "Club of Mozambique", "Insurgents kill two fishermen on Macomia coast",
   "Insurgents killed two fishermen on the coast of Macomia district on Tuesday, local sources said.")
it("mz-macomia", "2021-11-16T18:00", "Lusa", "Mozambique: two fishermen killed in Cabo Delgado",
   "Two fishermen were killed on Tuesday by insurgents in Cabo Delgado province, northern Mozambique, local sources told Lusa.")

inc("mz-nangade", "Mozambique", "Nangade", T, "KILLED", "civilians", 2, "Cabo Delgado")
it("mz-nangade", "2021-11-17T06:30", "Zitamar News", "Two farmers killed near Nangade",
   "Two farmers were killed by insurgents on Tuesday near Nangade, local sources said.")

# ---------------------------------------------------------------- Libya
inc("ly-sabha", "Libya", "Sabha", T, "ATTACK", "-", 0, "Sabha")
it("ly-sabha", "2021-11-17T07:40", "Libya Observer", "Gunmen fire RPGs at military checkpoint in Sabha",
   "Unknown gunmen fired rocket-propelled grenades at a military checkpoint at the eastern entrance of Sabha on Tuesday night; no casualties were reported.")

# ---------------------------------------------------------------- Ukraine
inc("ua-avdiivka", "Ukraine", "Avdiivka", M, "KILLED", "soldiers", 1, "Donetsk")
it("ua-avdiivka", "2021-11-15T12:00", "Ukrinform", "Ukrainian soldier killed by sniper near Avdiivka",
   "One Ukrainian serviceman was killed by enemy sniper fire near Avdiivka on Monday, the JFO press centre said.")
it("ua-avdiivka", "2021-11-15T14:00", "Ukrainska Pravda", "Soldier killed in Donetsk region",
   "A Ukrainian soldier was killed in the Donetsk region on Monday by sniper fire from Russian-backed forces, the Joint Forces Operation said.")

inc("ua-popasna", "Ukraine", "Popasna", M, "KILLED", "soldiers", 1, "Luhansk")
it("ua-popasna", "2021-11-15T17:50", "Interfax-Ukraine", "Ukrainian soldier killed in mortar attack near Popasna",
   "A Ukrainian soldier was killed on Monday when Russian-backed forces fired mortars at positions near Popasna in the Luhansk region, the JFO said.")

inc("ua-marinka", "Ukraine", "Marinka", W, "WOUNDED", "soldiers", 2, "Donetsk")
it("ua-marinka", "2021-11-17T13:20", "Ukrinform", "Two soldiers wounded near Marinka",
   "Two Ukrainian soldiers were wounded on Wednesday when Russian-backed forces fired grenade launchers at positions near Marinka, the JFO press centre said.")

# ---------------------------------------------------------------- Colombia (local time decides the day)
inc("co-toribio", "Colombia", "Toribío", M, "KILLED", "civilians", 1, "Cauca")
it("co-toribio", "2021-11-16T02:30", "El Tiempo", "Indigenous guard shot dead in Toribío, Cauca",
   "An indigenous guard was shot dead by armed men on Monday evening in a rural area of Toribío, in the north of Cauca, indigenous authorities said.")
it("co-toribio", "2021-11-16T15:00", "Semana", "Another indigenous guard murdered in northern Cauca",
   "An indigenous guard was murdered last night in the municipality of Toribío, authorities in northern Cauca reported.")

inc("co-argelia", "Colombia", "Argelia", M, "KILLED", "civilians", 1, "Cauca")
it("co-argelia", "2021-11-15T22:00", "El Espectador", "Farmer shot dead in El Plateado, Argelia",
   "A farmer was shot dead on Monday in the El Plateado area of Argelia, in southern Cauca, community leaders said.")

inc("co-saravena", "Colombia", "Saravena", T, "KILLED", "soldiers", 2, "Arauca")
it("co-saravena", "2021-11-17T00:40", "Caracol Radio", "Two soldiers killed in attack in Saravena",
   "Two soldiers were killed on Tuesday when armed men attacked a military patrol in a rural area of Saravena, Arauca, the army said.")

# ---------------------------------------------------------------- Mexico (local time decides the day)
inc("mx-apatzingan", "Mexico", "Apatzingán", T, "KILLED", "police", 3, "Michoacán")
it("mx-apatzingan", "2021-11-17T01:00", "Milenio", "Ambush kills three state police officers in Apatzingán",
   "Three state police officers were killed on Tuesday in an ambush by armed men in Apatzingán, Michoacán, authorities said.")
it("mx-apatzingan", "2021-11-17T14:00", "El Universal", "Three Michoacán state police killed in Tierra Caliente ambush",
   "Three state police officers were killed in an ambush on Tuesday in the Tierra Caliente region of Michoacán, the state security ministry said.")

inc("mx-buenavista", "Mexico", "Buenavista", T, "KILLED", "police", 3, "Michoacán")
it("mx-buenavista", "2021-11-17T05:00", "La Jornada", "Three municipal police shot dead in Buenavista",
   "Three municipal police officers were shot dead on Tuesday night in Buenavista, Michoacán, while on patrol, officials said.")

# ---------------------------------------------------------------- Egypt
inc("eg-birabd", "Egypt", "Bir al-Abd", T, "KILLED", "soldiers", 2, "North Sinai")
it("eg-birabd", "2021-11-16T17:10", "Reuters", "Two Egyptian soldiers killed in Sinai blast - security sources",
   "ISMAILIA, Egypt (Reuters) - Two Egyptian soldiers were killed when an explosive device hit their vehicle south of Bir al-Abd in North Sinai on Tuesday, two security sources said.")

# ---------------------------------------------------------------- Chad
inc("td-bagasola", "Chad", "Baga Sola", W, "KILLED", "soldiers", 3, "Lac")
it("td-bagasola", "2021-11-18T09:50", "Alwihda Info", "Three soldiers killed in Boko Haram attack near Baga Sola",
   "Three Chadian soldiers were killed in a Boko Haram attack on an army position near Baga Sola in Lac province on Wednesday, a military source said.")


# ---------------------------------------------------------------- output
def slug(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")[:90].strip("-")


def main():
    keys = [k for k, *_ in INCIDENTS]
    assert len(keys) == len(set(keys)), "duplicate incident key"
    qid = {k: "Q%03d" % (i + 1) for i, k in enumerate(keys)}
    items = sorted(ITEMS, key=lambda x: (x[1], x[2]))
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for i, (key, pub, src, title, text) in enumerate(items):
            assert key in qid, key
            url = "https://%s/%s/%s" % (DOMAINS[src], pub[:10].replace("-", "/"), slug(title))
            f.write(json.dumps({"id": "q%03d" % (i + 1), "publishedAt": pub + ":00Z", "source": src, "url": url,
                                "title": title, "text": text, "incident": qid[key]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "incidents.tsv"), "w", encoding="utf-8") as f:
        f.write("incident\tcountry\ttown\tdate\ttype\tvictim_group\tcount\tadmin1\n")
        for key, country, town, date, typ, group, count, admin1 in INCIDENTS:
            f.write("\t".join([qid[key], country, town, date, typ, group, str(count), admin1]) + "\n")
    print("wrote %d items, %d incidents" % (len(items), len(INCIDENTS)))


if __name__ == "__main__":
    main()
