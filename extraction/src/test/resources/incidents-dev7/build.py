#!/usr/bin/env python3
"""Held-out incident stream H: hand-written items, written blind to the engine.
Event days: Tue 12, Wed 13, Thu 14 November 2019. Items published 12-16 November 2019.
Every incident and every item below was written by hand. Run: python3 build.py"""
import json, re, os

INC = []   # (incident, country, town, date, type, victim_group, count, admin1)
ART = []   # (incident, publishedAt, source, title, text)

def I(*r): INC.append(r)
def A(inc, pub, src, title, text): ART.append((inc, pub, src, title, text))

D1, D2, D3 = "2019-11-12", "2019-11-13", "2019-11-14"

DOMAIN = {
 "SOHR": "www.syriahr.com", "Reuters": "www.reuters.com", "SANA": "sana.sy", "Hawar News": "hawarnews.com",
 "North Press Agency": "npasyria.com", "Field Incident Log": "fieldlog.example.org", "AFP": "www.afp.com",
 "Xinhua": "www.xinhuanet.com", "Radio Okapi": "www.radiookapi.net", "Actualite.cd": "actualite.cd",
 "Kivu Security Tracker": "kivusecurity.org", "El Universal": "www.eluniversal.com.mx", "Milenio": "www.milenio.com",
 "Quadratin": "www.quadratin.com.mx", "Imagen Zacatecas": "imagenzac.com.mx", "AP": "apnews.com",
 "El Tiempo": "www.eltiempo.com", "EFE": "www.efe.com", "El Espectador": "www.elespectador.com",
 "Semana": "www.semana.com", "The Guardian Post": "theguardianpostcameroon.com", "Mimi Mefo Info": "mimimefoinfos.com",
 "Cameroon News Agency": "cameroonnewsagency.com", "Journal du Cameroun": "www.journalducameroun.com",
 "UNIAN": "www.unian.info", "Ukrinform": "www.ukrinform.net", "Interfax-Ukraine": "en.interfax.com.ua",
 "OSCE SMM": "www.osce.org", "Dawn": "www.dawn.com", "The Express Tribune": "tribune.com.pk", "Geo News": "www.geo.tv",
 "The News": "www.thenews.com.pk", "Philippine News Agency": "www.pna.gov.ph", "Inquirer": "newsinfo.inquirer.net",
 "Rappler": "www.rappler.com", "MindaNews": "www.mindanews.com", "Zitamar News": "zitamar.com", "Lusa": "www.lusa.pt",
 "Carta de Mocambique": "cartamz.com", "ActuNiger": "www.actuniger.com", "RFI": "www.rfi.fr", "Aniamey": "www.aniamey.com",
}

# ---------------------------------------------------------------- SYRIA (Hasakah, Raqqa, Aleppo, Hama, Latakia)
I("H001","Syria","Tal Abyad",D1,"KILLED","civilians",6,"Raqqa")
I("H002","Syria","Abu Rasin",D1,"KILLED","militia",2,"Hasakah")
I("H003","Syria","Tal Tamr",D1,"KILLED","militia",2,"Hasakah")
I("H004","Syria","Al-Bab",D2,"KILLED","civilians",1,"Aleppo")
I("H005","Syria","Azaz",D2,"KILLED","civilians",1,"Aleppo")
I("H006","Syria","Kafr Nabudah",D2,"KILLED","soldiers",3,"Hama")
I("H007","Syria","Kabani",D2,"KILLED","soldiers",3,"Latakia")
I("H008","Syria","Raqqa",D3,"KILLED","militia",1,"Raqqa")
I("H009","Syria","Tabqa",D3,"KILLED","militia",1,"Raqqa")
I("H010","Syria","Manbij",D3,"WOUNDED","civilians",4,"Aleppo")
I("H011","Syria","Ain Issa",D1,"ATTACK","-",0,"Raqqa")
I("H012","Syria","Al-Hasakah",D3,"KILLED","militants",2,"Hasakah")
I("H013","Syria","Jarablus",D1,"KILLED","civilians",2,"Aleppo")
I("H014","Syria","Manajir",D2,"CAPTURE","-",0,"Hasakah")

A("H001","2019-11-12T09:05:00Z","SOHR","Car bomb explodes in Tal Abyad",
  "SOHR: A car bomb exploded this morning near the vegetable market in the city of Tal Abyad in the northern countryside of Raqqa, killing at least three civilians and injuring others. The death toll is expected to rise due to the critical condition of some of the wounded.")
A("H001","2019-11-12T11:40:00Z","Reuters","Car bomb kills five in Turkish-held Syrian border town",
  "BEIRUT (Reuters) - A car bomb killed five people and wounded more than a dozen on Tuesday in Tal Abyad, a Syrian border town seized by Turkey and its Syrian rebel allies last month, Turkey's defence ministry said, blaming Kurdish YPG militants. There was no immediate claim of responsibility.")
A("H001","2019-11-12T16:30:00Z","Hawar News","Explosion in occupied Gire Spi kills civilians",
  "An explosion rocked the centre of occupied Gire Spi (Tal Abyad) today amid chaos among the Turkish-backed mercenary factions. Local sources said five civilians were killed.")
A("H001","2019-11-13T07:15:00Z","Field Incident Log","Syria daily note, 12 November 2019: Raqqa",
  "On 12 November 2019, a vehicle-borne IED detonated at a market in Tal Abyad, Raqqa governorate. Six civilians were killed and at least 15 were wounded, according to an updated count. No group claimed the attack.")

A("H002","2019-11-12T13:20:00Z","North Press Agency","Two SDF fighters killed in clashes west of Abu Rasin",
  "Two fighters of the Syrian Democratic Forces (SDF) were killed on Tuesday in clashes with Turkish-backed factions in the countryside of Abu Rasin (Zirgan), north of Hasakah, a military source told North Press.")
A("H002","2019-11-12T19:45:00Z","SOHR","Clashes continue on Zarkan front",
  "SOHR: Violent clashes are continuing on the Zarkan front in the northern countryside of Al-Hasakah between the SDF and the Turkish-backed factions. SOHR documented the death of two SDF members today, while the factions suffered losses.")
A("H002","2019-11-13T08:10:00Z","Field Incident Log","Syria daily note, 12 November 2019: Hasakah (1)",
  "On 12 November 2019, two SDF fighters were killed during fighting with Turkish-backed opposition forces near Abu Rasin (Zirgan), Ras al-Ain district, Hasakah governorate.")
A("H003","2019-11-12T21:05:00Z","Hawar News","Two SDF martyrs in Tal Tamr countryside",
  "Two fighters of the Syrian Democratic Forces were martyred on Tuesday while repelling an attack by the Turkish occupation army and its mercenaries on villages north of Tal Tamr.")

A("H004","2019-11-13T10:30:00Z","North Press Agency","Man killed by IED in al-Bab",
  "A man was killed on Wednesday when an explosive device planted in his car went off in the city of al-Bab in the northeastern countryside of Aleppo, local sources said.")
A("H004","2019-11-14T06:50:00Z","Field Incident Log","Syria daily note, 13 November 2019: Aleppo (1)",
  "On 13 November 2019, an IED attached to a civilian vehicle exploded in Al-Bab, Aleppo governorate, killing the driver.")
A("H005","2019-11-13T17:25:00Z","SOHR","Unknown gunmen kill young man in Azaz",
  "SOHR: Unknown gunmen shot dead a young man today in the city of Azaz in the northern countryside of Aleppo, in the areas controlled by the Turkish forces and the factions. The motive is still unknown.")

A("H006","2019-11-13T12:00:00Z","SANA","Army units repel terrorist attack in Hama countryside",
  "Hama, SANA - Army units repelled an attack by terrorist groups on military posts in the northwestern countryside of Hama, killing and injuring a number of the terrorists. Three army personnel were martyred in the attack, a SANA reporter said.")
A("H006","2019-11-13T14:35:00Z","SOHR","Regime soldiers killed in attack on Kafr Nabudah",
  "SOHR: Three members of the regime forces were killed today in an attack by the jihadi factions on their positions in Kafr Nabudah in the northern countryside of Hama, while clashes are continuing in the area.")
A("H006","2019-11-13T18:10:00Z","Reuters","Syrian army, jihadists clash in northwest; soldiers killed",
  "BEIRUT (Reuters) - Jihadist fighters attacked Syrian army positions in northwestern Syria on Wednesday, killing three soldiers, state media and a war monitor said, in a breach of a truce brokered by Russia and Turkey. The attack targeted army posts in the northern Hama countryside, the Syrian Observatory for Human Rights said.")
A("H007","2019-11-13T20:20:00Z","SOHR","Losses among regime forces on Kabani axis",
  "SOHR: Three members of the regime forces were killed today in clashes with the Turkistan Islamic Party on the Kabani axis in the northeastern countryside of Latakia.")

A("H008","2019-11-14T09:15:00Z","North Press Agency","SDF member shot dead in Raqqa city",
  "Unknown gunmen shot dead a member of the Syrian Democratic Forces (SDF) on Thursday morning in al-Mashlab neighbourhood of Raqqa city, eyewitnesses said.")
A("H008","2019-11-14T19:00:00Z","SOHR","ISIS cells kill SDF fighter in Al-Raqqah",
  "SOHR: ISIS cells assassinated an SDF fighter in Al-Raqqah city today, in a new assassination attempt targeting SDF members in areas under their control.")
A("H009","2019-11-15T07:30:00Z","Field Incident Log","Syria daily note, 14 November 2019: Raqqa",
  "On 14 November 2019, gunmen on a motorcycle shot and killed an SDF member at a checkpoint in Tabqa (al-Thawrah), Raqqa governorate.")

A("H010","2019-11-14T15:40:00Z","Hawar News","Four civilians injured in Manbij explosion",
  "Four civilians were injured when a booby-trapped motorcycle exploded on Thursday near the Manbij roundabout, the Manbij Military Council said.")
A("H011","2019-11-12T10:10:00Z","North Press Agency","Turkish artillery shells villages around Ain Issa",
  "Turkish forces shelled on Tuesday morning the villages of Saida and Mu'alaq on the outskirts of Ain Issa, north of Raqqa, with no casualties reported, a local source said.")
A("H012","2019-11-14T20:30:00Z","Hawar News","Two ISIS mercenaries killed in Hasakah operation",
  "Two ISIS mercenaries were killed on Thursday in a security operation carried out by the SDF, backed by the international coalition, in the Ghuwayran neighbourhood of Hasakah city.")
A("H013","2019-11-12T14:50:00Z","SOHR","Two civilians killed in Jarablus explosion",
  "SOHR: Two civilians were killed today when an explosive device went off near the industrial area in Jarablus city in the northeastern countryside of Aleppo.")
A("H014","2019-11-13T11:20:00Z","North Press Agency","Turkish-backed factions take control of Manajir village",
  "Turkish-backed Syrian National Army factions took control of the village of Manajir, southeast of Ras al-Ain (Serekaniye), on Wednesday after SDF fighters withdrew from it, local sources said. No casualties were reported.")

# ---------------------------------------------------------------- DR CONGO (North Kivu, Ituri)
I("H015","DR Congo","Oicha",D1,"KILLED","civilians",6,"North Kivu")
I("H016","DR Congo","Mbau",D1,"KILLED","civilians",2,"North Kivu")
I("H017","DR Congo","Eringeti",D1,"KILLED","civilians",2,"North Kivu")
I("H018","DR Congo","Kamango",D2,"KILLED","soldiers",3,"North Kivu")
I("H019","DR Congo","Butembo",D2,"WOUNDED","police",2,"North Kivu")
I("H020","DR Congo","Drodro",D1,"KILLED","civilians",3,"Ituri")
I("H021","DR Congo","Fataki",D1,"KILLED","civilians",3,"Ituri")
I("H022","DR Congo","Bunia",D2,"KILLED","soldiers",1,"Ituri")
I("H023","DR Congo","Komanda",D2,"KILLED","soldiers",1,"Ituri")
I("H024","DR Congo","Mambasa",D3,"KILLED","civilians",4,"Ituri")
I("H025","DR Congo","Mavivi",D3,"KILLED","civilians",1,"North Kivu")
I("H026","DR Congo","Halungupa",D3,"KILLED","civilians",1,"North Kivu")
I("H027","DR Congo","Mahagi",D3,"ATTACK","-",0,"Ituri")
I("H028","DR Congo","Rutshuru",D1,"KILLED","militants",5,"North Kivu")

A("H015","2019-11-12T12:30:00Z","Radio Okapi","Beni: at least five civilians killed in Oicha",
  "At least five civilians were killed overnight Monday to Tuesday 12 November in an attack attributed to the ADF in the Kadou neighbourhood of Oicha, the chief town of Beni territory, according to local civil society.")
A("H015","2019-11-12T16:05:00Z","Reuters","Suspected ADF rebels kill at least five in eastern Congo",
  "KINSHASA (Reuters) - Suspected Islamist rebels killed at least five civilians overnight in a town north of Beni in eastern Democratic Republic of Congo, a local official said on Tuesday, as an army offensive against the Allied Democratic Forces entered its third week.")
A("H015","2019-11-13T09:45:00Z","AFP","Six killed in new ADF raid in DR Congo's Beni territory",
  "BENI, DR Congo (AFP) - Six civilians were hacked to death in an overnight raid on Oicha, the administrative seat of Beni territory, the local administrator said Wednesday, raising the toll from an earlier count of five.")
A("H015","2019-11-13T11:00:00Z","Kivu Security Tracker","Incident report: Beni territory, 12 November",
  "12/11/2019 - Oicha, Beni territory, North Kivu: suspected ADF combatants killed 6 civilians with machetes and firearms in the Kadou neighbourhood.")
A("H016","2019-11-12T18:20:00Z","Actualite.cd","North Kivu: two civilians killed in Mbau",
  "Two civilians were killed on Tuesday by suspected ADF rebels in their field near Mbau, about twenty kilometres north of the city of Beni, ACTUALITE.CD learned from local sources.")
A("H017","2019-11-13T08:40:00Z","Kivu Security Tracker","Incident report: Beni territory, 12 November (2)",
  "12/11/2019 - Eringeti, Beni territory, North Kivu: 2 civilians killed by suspected ADF on the road to Kainama.")

A("H018","2019-11-13T15:10:00Z","Radio Okapi","Beni: three FARDC soldiers killed in Kamango",
  "Three FARDC soldiers were killed on Wednesday 13 November during an ADF attack on their position in Kamango, in the Ruwenzori sector, the spokesman for operation Sokola 1 said.")
A("H018","2019-11-14T07:20:00Z","Xinhua","3 Congolese soldiers killed in rebel attack in east",
  "KINSHASA, Nov. 13 (Xinhua) -- Three soldiers of the armed forces of the Democratic Republic of the Congo (FARDC) were killed on Wednesday in an attack by the Allied Democratic Forces (ADF) in the Beni territory of North Kivu province, an army spokesman said.")
A("H019","2019-11-13T19:30:00Z","Actualite.cd","Butembo: two police officers wounded in Mai-Mai attack",
  "Two police officers were wounded on Wednesday evening when Mai-Mai militiamen raided a police sub-station in the Vulamba commune of Butembo.")

A("H020","2019-11-12T14:00:00Z","Radio Okapi","Djugu: three civilians killed by CODECO assailants",
  "Three civilians, among them a woman, were killed with machetes on Tuesday 12 November by suspected CODECO assailants in Djugu territory, Ituri, according to local sources.")
A("H020","2019-11-12T20:15:00Z","Actualite.cd","Ituri: deadly attack in Drodro",
  "Three people, including a woman, were hacked to death on Tuesday in Drodro, in the Bahema Nord chiefdom of Djugu territory. The attackers are said to belong to the CODECO militia.")
A("H020","2019-11-13T10:25:00Z","Kivu Security Tracker","Incident report: Djugu territory, 12 November",
  "12/11/2019 - Drodro, Djugu territory, Ituri: CODECO combatants killed 3 civilians.")
A("H021","2019-11-13T06:30:00Z","Radio Okapi","Ituri: three people killed in Fataki",
  "Three men were shot dead on Tuesday evening in Fataki, Djugu territory, by unidentified armed men. Residents fled towards the centre of Fataki.")

A("H022","2019-11-13T13:45:00Z","Radio Okapi","Bunia: soldier killed by gunmen",
  "An FARDC soldier was killed on Wednesday 13 November by unidentified armed men in the Lumumba neighbourhood of Bunia, the capital of Ituri.")
A("H023","2019-11-14T09:05:00Z","Actualite.cd","Irumu: soldier killed in ambush near Komanda",
  "A soldier of the FARDC was killed on Wednesday in an ambush laid by suspected ADF rebels near Komanda, in Irumu territory.")

A("H024","2019-11-14T16:40:00Z","Radio Okapi","Mambasa: four civilians killed by Mai-Mai Simba",
  "Four civilians were killed on Thursday 14 November by Mai-Mai Simba militiamen in Mambasa centre, Ituri, the territory administrator said.")
A("H024","2019-11-15T08:55:00Z","Xinhua","Four civilians killed by militia in DR Congo's Ituri",
  "KINSHASA, Nov. 14 (Xinhua) -- Four civilians were killed on Thursday by militiamen in Ituri province in the northeast of the Democratic Republic of the Congo, local authorities said.")
A("H025","2019-11-14T17:55:00Z","Actualite.cd","Beni: man killed in Mavivi",
  "A man was killed on Thursday by suspected ADF rebels in Mavivi, not far from Beni airport, according to civil society.")
A("H026","2019-11-15T10:10:00Z","Kivu Security Tracker","Incident report: Beni territory, 14 November",
  "14/11/2019 - Halungupa, Beni territory, North Kivu: 1 civilian killed by suspected ADF.")
A("H027","2019-11-14T18:30:00Z","Radio Okapi","Mahagi: FARDC repel militia attack",
  "The FARDC on Thursday repelled an attack by militiamen on their position at Mahagi-Port. No loss of life was reported.")
A("H028","2019-11-12T17:00:00Z","Actualite.cd","Rutshuru: five FDLR rebels killed by FARDC",
  "Five FDLR fighters were killed on Tuesday by the FARDC during operations in the Binza grouping of Rutshuru territory, the army spokesman said.")

# ---------------------------------------------------------------- MEXICO (Guerrero, Michoacan, Zacatecas)
I("H029","Mexico","Chilapa",D1,"KILLED","civilians",2,"Guerrero")
I("H030","Mexico","Zitlala",D1,"KILLED","civilians",2,"Guerrero")
I("H031","Mexico","Uruapan",D1,"KILLED","police",4,"Michoacan")
I("H032","Mexico","Zamora",D2,"KILLED","civilians",1,"Michoacan")
I("H033","Mexico","Jacona",D2,"KILLED","civilians",1,"Michoacan")
I("H034","Mexico","Fresnillo",D2,"KILLED","police",2,"Zacatecas")
I("H035","Mexico","Jerez",D2,"KILLED","police",2,"Zacatecas")
I("H036","Mexico","Iguala",D3,"KILLED","civilians",3,"Guerrero")
I("H037","Mexico","Aguililla",D3,"ATTACK","-",0,"Michoacan")
I("H038","Mexico","Valparaiso",D3,"WOUNDED","soldiers",3,"Zacatecas")
I("H039","Mexico","Acapulco",D2,"KILLED","civilians",1,"Guerrero")
I("H040","Mexico","Tepalcatepec",D1,"KILLED","militants",5,"Michoacan")

A("H029","2019-11-12T22:10:00Z","El Universal","Two men shot dead in Chilapa, Guerrero",
  "Two men were shot dead on Tuesday afternoon on the road between Chilapa and the community of Ayahualco, in the Montana Baja region of Guerrero, state police reported.")
A("H029","2019-11-13T14:30:00Z","Field Incident Log","Mexico daily note, 12 November 2019: Guerrero",
  "On 12 November 2019, armed men killed two civilians near Chilapa de Alvarez, Guerrero. The area has seen repeated clashes between Los Ardillos and Los Rojos.")
A("H030","2019-11-13T03:40:00Z","Quadratin","Bodies of two men found in Zitlala",
  "The bodies of two men with gunshot wounds were found on Tuesday evening at the entrance to Zitlala, in the Montana region of Guerrero, the state prosecutor's office said.")

A("H031","2019-11-12T19:50:00Z","Quadratin","Three police officers killed in ambush in Uruapan",
  "At least three state police officers were killed on Tuesday when gunmen ambushed their patrol on the outskirts of Uruapan, Michoacan, the state security ministry said.")
A("H031","2019-11-12T23:35:00Z","Reuters","Gunmen kill four police in Mexico's Michoacan state",
  "MEXICO CITY (Reuters) - Suspected cartel gunmen killed four police officers in an ambush in the western Mexican state of Michoacan on Tuesday, state officials said, a month after 13 officers died in a similar attack in the same state.")
A("H031","2019-11-13T13:10:00Z","Milenio","Uruapan ambush: fourth officer dies",
  "A fourth police officer died in hospital overnight after Tuesday's ambush on a state police patrol in the Uruapan area, bringing the death toll to four, Michoacan security officials said. Two other officers remain in hospital.")
A("H031","2019-11-13T15:00:00Z","Field Incident Log","Mexico daily note, 12 November 2019: Michoacan",
  "On 12 November 2019, presumed CJNG gunmen ambushed a state police patrol near Uruapan, Michoacan. Four officers were killed and two wounded.")

A("H032","2019-11-13T20:05:00Z","Quadratin","Man shot dead in downtown Zamora",
  "A man was killed by gunfire on Wednesday afternoon on Virrey de Mendoza avenue in Zamora. The attackers fled on a motorcycle.")
A("H033","2019-11-14T01:15:00Z","Quadratin","Young man killed in Jacona",
  "A young man was shot dead on Wednesday night outside a shop in the El Platanal neighbourhood of Jacona, municipal police reported.")
A("H039","2019-11-14T02:30:00Z","El Universal","Taxi driver killed in Acapulco",
  "A taxi driver was shot dead on Wednesday in the Renacimiento neighbourhood of Acapulco, Guerrero, the state prosecutor's office reported.")

A("H034","2019-11-13T18:20:00Z","Imagen Zacatecas","Two municipal police officers killed in Fresnillo",
  "Two municipal police officers were killed on Wednesday morning when armed men opened fire on their patrol car in the Plateros area of Fresnillo.")
A("H034","2019-11-13T23:45:00Z","AP","Two police officers slain in Mexico's Zacatecas state",
  "MEXICO CITY (AP) - Gunmen opened fire on a municipal patrol car and killed two police officers in the north-central Mexican state of Zacatecas on Wednesday, authorities said, the latest in a series of attacks on security forces in the state.")
A("H034","2019-11-14T12:00:00Z","Field Incident Log","Mexico daily note, 13 November 2019: Zacatecas",
  "On 13 November 2019, gunmen attacked a municipal police patrol near Plateros, Fresnillo municipality, Zacatecas. Two officers were killed.")
A("H035","2019-11-14T04:10:00Z","Imagen Zacatecas","Ambush in Jerez leaves two officers dead",
  "Two officers of the state preventive police were killed on Wednesday afternoon in an ambush on the highway near Jerez de Garcia Salinas, Zacatecas.")

A("H036","2019-11-15T03:30:00Z","El Universal","Three killed in attack on Iguala bar",
  "Three men were killed on Thursday evening when gunmen burst into a bar in the centre of Iguala, Guerrero, and opened fire, the prosecutor's office said.")
A("H037","2019-11-14T20:40:00Z","Milenio","Army convoy attacked near Aguililla",
  "An army convoy came under fire on Thursday from gunmen near Aguililla in Michoacan's Tierra Caliente. The Defence ministry said the soldiers repelled the attack and no casualties were reported.")
A("H037","2019-11-15T09:25:00Z","Quadratin","Clash in Aguililla; no casualties",
  "Soldiers were ambushed yesterday on the Aguililla-Apatzingan road by members of a criminal group. There were no dead or wounded, according to officials.")
A("H038","2019-11-15T00:50:00Z","Imagen Zacatecas","Three soldiers wounded in Valparaiso",
  "Three soldiers were wounded on Thursday in a confrontation with armed civilians in the municipality of Valparaiso, Zacatecas, the state security ministry said.")
A("H040","2019-11-12T21:15:00Z","Quadratin","Five gunmen killed in clash with army in Tepalcatepec",
  "Five presumed members of a criminal group were killed on Tuesday in a clash with army troops in Tepalcatepec, Michoacan, the Defence ministry said. No soldiers were hurt.")
A("H040","2019-11-13T10:35:00Z","El Universal","Army kills five in Tierra Caliente shootout",
  "Soldiers killed five armed men after being attacked during a patrol in the Tierra Caliente region of Michoacan on Tuesday, the Defence ministry said in a statement.")

# ---------------------------------------------------------------- COLOMBIA (Cauca, Narino)
I("H041","Colombia","Toribio",D1,"KILLED","civilians",1,"Cauca")
I("H042","Colombia","Caldono",D1,"KILLED","civilians",1,"Cauca")
I("H043","Colombia","Suarez",D2,"KILLED","soldiers",2,"Cauca")
I("H044","Colombia","Argelia",D2,"KILLED","soldiers",2,"Cauca")
I("H045","Colombia","Corinto",D2,"WOUNDED","police",3,"Cauca")
I("H046","Colombia","Santander de Quilichao",D3,"KILLED","civilians",3,"Cauca")
I("H047","Colombia","El Tambo",D3,"KILLED","militants",2,"Cauca")
I("H048","Colombia","Caloto",D3,"ATTACK","-",0,"Cauca")
I("H049","Colombia","Tumaco",D1,"KILLED","police",1,"Narino")

A("H041","2019-11-12T21:20:00Z","El Tiempo","Indigenous guard killed in Toribio, Cauca",
  "An indigenous guard was murdered on Tuesday in the rural area of Toribio, in northern Cauca, the Regional Indigenous Council of Cauca (CRIC) reported. The community blamed FARC dissidents of the Dagoberto Ramos column.")
A("H041","2019-11-13T01:05:00Z","EFE","Another indigenous leader killed in southwestern Colombia",
  "BOGOTA (EFE) - An indigenous guard was shot dead in the southwestern department of Cauca on Tuesday, indigenous organisations said, less than two weeks after five people were killed in a massacre in the same region.")
A("H041","2019-11-13T16:40:00Z","El Espectador","Who was the guard killed in Toribio?",
  "The indigenous guard killed on Tuesday in the Tacueyo reserve, in Toribio, was 34 years old and had received threats, his relatives said.")
A("H042","2019-11-13T12:50:00Z","Semana","Social leader murdered in Caldono",
  "A social leader and community council president was killed by hitmen on Tuesday night in the village of Pioya, Caldono, Cauca. The Ombudsman's office condemned the killing.")

A("H043","2019-11-13T17:30:00Z","El Tiempo","Two soldiers killed by explosive in Suarez, Cauca",
  "Two soldiers were killed on Wednesday when an explosive device went off as their patrol passed in the rural area of Suarez, Cauca, the Army's Third Division said.")
A("H043","2019-11-13T22:00:00Z","Reuters","Two Colombian soldiers killed in blast blamed on FARC dissidents",
  "BOGOTA (Reuters) - Two Colombian soldiers were killed on Wednesday by an explosive device in the southwestern province of Cauca, the army said, blaming dissidents of the former FARC rebel group who reject the 2016 peace deal.")
A("H043","2019-11-14T11:15:00Z","Field Incident Log","Colombia daily note, 13 November 2019: Cauca",
  "On 13 November 2019, an IED attributed to FARC dissidents (Jaime Martinez front) struck an army patrol in Suarez, Cauca. Two soldiers were killed.")
A("H044","2019-11-14T02:45:00Z","El Espectador","Two soldiers die in combat in Argelia",
  "Two soldiers died on Wednesday in combat with the ELN in the El Plateado area of Argelia, in southern Cauca, military sources said.")
A("H045","2019-11-14T03:10:00Z","Semana","Explosive attack on Corinto police station",
  "Three police officers were wounded on Wednesday night when a motorcycle bomb exploded next to the police station in Corinto, Cauca.")
A("H046","2019-11-14T23:00:00Z","El Tiempo","Three killed in Santander de Quilichao massacre",
  "Three people were shot dead on Thursday afternoon in a rural area of Santander de Quilichao, northern Cauca. Authorities are investigating whether dissidents were behind the attack.")
A("H046","2019-11-15T03:30:00Z","EFE","New massacre in Colombia's Cauca kills three",
  "BOGOTA (EFE) - Gunmen killed three people in Colombia's southwestern department of Cauca on Thursday, local authorities said.")
A("H046","2019-11-15T14:20:00Z","El Espectador","Santander de Quilichao mourns victims",
  "The three victims of Thursday's shooting in the village of Lomitas, Santander de Quilichao, were young farmers, the mayor said.")
A("H047","2019-11-15T01:20:00Z","El Tiempo","Army kills two ELN members in El Tambo",
  "Two members of the ELN were killed on Thursday in a military operation in El Tambo, Cauca, the army said.")
A("H048","2019-11-15T00:15:00Z","Semana","Police post in Caloto harassed",
  "The police post in Caloto was harassed with rifle fire on Thursday evening. No injuries were reported, police said.")
A("H049","2019-11-13T00:40:00Z","El Tiempo","Police officer killed in Tumaco",
  "A police officer was shot dead on Tuesday while on patrol in the Viento Libre neighbourhood of Tumaco, Narino.")

# ---------------------------------------------------------------- CAMEROON (North-West, South-West)
I("H050","Cameroon","Bamenda",D1,"KILLED","soldiers",2,"North-West")
I("H051","Cameroon","Bafut",D1,"KILLED","soldiers",2,"North-West")
I("H052","Cameroon","Kumba",D1,"KILLED","civilians",3,"South-West")
I("H053","Cameroon","Muyuka",D2,"KILLED","civilians",1,"South-West")
I("H054","Cameroon","Ekona",D2,"KILLED","civilians",1,"South-West")
I("H055","Cameroon","Kumbo",D2,"KILLED","militants",4,"North-West")
I("H056","Cameroon","Buea",D3,"WOUNDED","police",2,"South-West")
I("H057","Cameroon","Batibo",D3,"KILLED","civilians",2,"North-West")
I("H058","Cameroon","Ndop",D3,"KILLED","civilians",2,"North-West")
I("H059","Cameroon","Mamfe",D3,"ATTACK","-",0,"South-West")

A("H050","2019-11-12T13:10:00Z","Mimi Mefo Info","Two soldiers killed in Bamenda",
  "Two soldiers were killed on Tuesday morning in the Nkwen neighbourhood of Bamenda when separatist fighters opened fire on a military checkpoint, sources told MMI.")
A("H050","2019-11-12T17:45:00Z","AFP","Separatists kill two soldiers in Cameroon's anglophone northwest",
  "YAOUNDE (AFP) - Anglophone separatists killed two soldiers in an attack on a checkpoint in Cameroon's restive North-West region on Tuesday, a security source told AFP, weeks after a national dialogue failed to end the conflict.")
A("H050","2019-11-13T08:30:00Z","The Guardian Post","Amba fighters attack checkpoint in Nkwen",
  "Two military officers lost their lives yesterday after suspected Ambazonia fighters attacked a checkpoint at Mile 3 Nkwen, Bamenda. Residents said heavy gunfire was heard for close to an hour.")
A("H050","2019-11-13T15:05:00Z","Cameroon News Agency","Bamenda: gunfire at Mile 3 Nkwen leaves two soldiers dead",
  "CNA has confirmed that two soldiers died in Tuesday's attack at Mile 3 Nkwen in Bamenda. Shops in the area remained closed on Wednesday.")
A("H051","2019-11-13T10:20:00Z","Mimi Mefo Info","Two soldiers die in Bafut ambush",
  "Two soldiers were killed on Tuesday evening in an ambush near Bafut, Tubah-Bafut area, local sources said. Separatist fighters claimed responsibility on social media.")

A("H052","2019-11-12T20:30:00Z","The Guardian Post","Three civilians killed in Kumba shooting",
  "Three civilians, including a motorbike rider, were shot dead on Tuesday in Kumba, Meme division. Residents blamed soldiers, while the military said separatists were responsible.")
A("H052","2019-11-13T09:15:00Z","Journal du Cameroun","South-West: three dead in Kumba",
  "Three people were killed on Tuesday in Kumba, in the South-West region, in circumstances that remain unclear, local sources said.")

A("H053","2019-11-13T14:25:00Z","Mimi Mefo Info","Man killed in Muyuka",
  "A man was shot dead on Wednesday in Muyuka, Fako division, by gunmen suspected to be separatist fighters, locals said.")
A("H053","2019-11-14T07:50:00Z","Cameroon News Agency","Muyuka: farmer killed, residents flee",
  "A farmer was killed yesterday in Muyuka, prompting residents of several neighbourhoods to flee into the bushes.")
A("H053","2019-11-15T09:40:00Z","The Guardian Post","Fako: killings continue",
  "Fako division witnessed another killing on Wednesday when a civilian was shot dead in Muyuka. It is not yet clear who fired the shots.")
A("H054","2019-11-13T19:15:00Z","Cameroon News Agency","Civilian killed in Ekona",
  "A civilian was killed on Wednesday afternoon in Ekona, Fako division, during a military raid, CNA learned.")

A("H055","2019-11-13T12:40:00Z","The Guardian Post","Military says three separatists killed in Kumbo",
  "The military says three separatist fighters were killed on Wednesday during a raid on a camp in Kumbo, Bui division.")
A("H055","2019-11-13T18:55:00Z","Journal du Cameroun","North-West: army neutralises four separatists",
  "Four separatist fighters were neutralised on Wednesday by the defence forces in the Bui division of the North-West region, a military source said. Weapons were seized.")
A("H055","2019-11-14T10:05:00Z","Mimi Mefo Info","Kumbo: four Amba fighters killed, bodies displayed",
  "Four separatist fighters were killed in Kumbo on Wednesday and their bodies displayed in the town, residents said.")

A("H056","2019-11-14T16:15:00Z","Cameroon News Agency","Two police officers wounded in Buea",
  "Two police officers were wounded on Thursday when an explosive device went off near a police checkpoint at Mile 17 in Buea.")
A("H057","2019-11-14T18:40:00Z","Mimi Mefo Info","Two civilians killed in Batibo",
  "Two civilians were killed on Thursday in Batibo, Momo division, during a military operation, local sources said.")
A("H058","2019-11-15T08:25:00Z","The Guardian Post","Ndop: two killed as fighting rages",
  "Two civilians were killed on Thursday in Ndop, Ngoketunjia division, caught in crossfire between soldiers and separatist fighters.")
A("H059","2019-11-14T20:10:00Z","Journal du Cameroun","Mamfe: attack on gendarmerie repelled",
  "Separatist fighters attacked the gendarmerie brigade in Mamfe, Manyu division, on Thursday. The attack was repelled and no casualties were reported, a security source said.")

# ---------------------------------------------------------------- UKRAINE (Donetsk, Luhansk)
I("H060","Ukraine","Avdiivka",D1,"KILLED","soldiers",1,"Donetsk")
I("H061","Ukraine","Krymske",D1,"KILLED","soldiers",1,"Luhansk")
I("H062","Ukraine","Mariinka",D2,"WOUNDED","soldiers",2,"Donetsk")
I("H063","Ukraine","Novoluhanske",D2,"WOUNDED","soldiers",2,"Donetsk")
I("H064","Ukraine","Zolote",D2,"ATTACK","-",0,"Luhansk")
I("H065","Ukraine","Horlivka",D3,"KILLED","civilians",1,"Donetsk")
I("H066","Ukraine","Pisky",D3,"KILLED","soldiers",2,"Donetsk")
I("H067","Ukraine","Hnutove",D3,"WOUNDED","civilians",1,"Donetsk")

A("H060","2019-11-12T14:20:00Z","UNIAN","Ukrainian soldier killed in Donbas",
  "One Ukrainian soldier was killed in action on Tuesday in the Donetsk sector as Russia's hybrid forces violated the ceasefire in eastern Ukraine, the Joint Forces Operation (JFO) press centre said.")
A("H060","2019-11-12T18:50:00Z","Ukrinform","Soldier killed near Avdiivka",
  "A Ukrainian serviceman was killed by enemy sniper fire near Avdiivka on Tuesday, the JFO headquarters reported.")
A("H060","2019-11-13T07:05:00Z","Interfax-Ukraine","JFO: one killed, militants violated ceasefire 12 times",
  "KYIV (Interfax-Ukraine) - A JFO serviceman was killed by a sniper near the Avdiivka industrial zone on Tuesday, the press centre said on Wednesday, adding that occupying forces had violated the ceasefire 12 times in the past day.")
A("H061","2019-11-12T20:00:00Z","UNIAN","Serviceman killed in Luhansk region",
  "A Ukrainian serviceman was killed by shelling near Krymske in Luhansk region on Tuesday, the JFO press centre said.")

A("H062","2019-11-13T13:35:00Z","Ukrinform","Two soldiers wounded near Mariinka",
  "Two Ukrainian soldiers were wounded on Wednesday when invaders fired grenade launchers at Ukrainian positions near Marinka, the JFO press centre said.")
A("H062","2019-11-14T06:40:00Z","Interfax-Ukraine","Two JFO troops wounded in past day",
  "KYIV (Interfax-Ukraine) - Two Ukrainian servicemen were wounded on Wednesday by grenade-launcher fire in the Marinka direction of the Donetsk sector, the JFO press centre reported.")
A("H063","2019-11-13T17:10:00Z","UNIAN","Two Ukrainian soldiers wounded near Novoluhanske",
  "Two soldiers of the Ukrainian Armed Forces were wounded on Wednesday as a result of shelling near Novoluhanske, Donetsk region, the JFO said.")
A("H064","2019-11-13T11:50:00Z","UNIAN","Militants shell Zolote after disengagement",
  "Russian-led forces fired mortars at Ukrainian positions near Zolote on Wednesday, in the disengagement area in Luhansk region. No Ukrainian soldiers were hurt, the JFO said.")
A("H064","2019-11-14T15:30:00Z","OSCE SMM","Latest from the SMM, based on information received as of 19:30, 13 November 2019",
  "In Luhansk region, the SMM recorded ceasefire violations near the Zolote disengagement area on 13 November, including explosions assessed as mortar rounds. No casualties were recorded.")

A("H065","2019-11-14T14:00:00Z","Ukrinform","Civilian killed in occupied Horlivka - reports",
  "A civilian was killed in occupied Horlivka on Thursday, local sources reported, with the separatists blaming Ukrainian shelling and the JFO denying firing on the town.")
A("H065","2019-11-16T10:20:00Z","OSCE SMM","Latest from the SMM, based on information received as of 19:30, 15 November 2019",
  "The SMM followed up on reports of a civilian casualty in Horlivka. At a hospital, medical staff told the SMM that a man had died on 14 November of shrapnel wounds sustained in the Mykytivskyi district of Horlivka.")
A("H066","2019-11-14T13:15:00Z","UNIAN","One soldier killed, one wounded near Pisky",
  "One Ukrainian soldier was killed and another wounded on Thursday when invaders opened fire on positions near Pisky, the JFO press centre said.")
A("H066","2019-11-14T21:40:00Z","Ukrinform","Wounded soldier dies; two killed in Donetsk sector",
  "A soldier wounded near Pisky on Thursday died in hospital, bringing the number of servicemen killed there to two, JFO headquarters said.")
A("H066","2019-11-15T07:30:00Z","Interfax-Ukraine","Two JFO troops killed in Donbas on Thursday",
  "KYIV (Interfax-Ukraine) - Two Ukrainian soldiers were killed in the Joint Forces Operation area on Thursday, the press centre said on Friday.")
A("H067","2019-11-15T08:45:00Z","Ukrinform","Woman wounded in Hnutove shelling",
  "A woman was injured on Thursday in shelling of Hnutove, east of Mariupol, the Donetsk regional police said.")

# ---------------------------------------------------------------- PAKISTAN (Khyber Pakhtunkhwa, Balochistan)
I("H068","Pakistan","Mir Ali",D1,"KILLED","soldiers",2,"Khyber Pakhtunkhwa")
I("H069","Pakistan","Datta Khel",D1,"KILLED","soldiers",2,"Khyber Pakhtunkhwa")
I("H070","Pakistan","Quetta",D1,"WOUNDED","police",6,"Balochistan")
I("H071","Pakistan","Buleda",D2,"KILLED","soldiers",3,"Balochistan")
I("H072","Pakistan","Panjgur",D2,"KILLED","soldiers",3,"Balochistan")
I("H073","Pakistan","Dera Ismail Khan",D2,"KILLED","police",1,"Khyber Pakhtunkhwa")
I("H074","Pakistan","Lakki Marwat",D2,"KILLED","police",1,"Khyber Pakhtunkhwa")
I("H075","Pakistan","Khar",D3,"KILLED","civilians",2,"Khyber Pakhtunkhwa")
I("H076","Pakistan","Bannu",D3,"KILLED","militants",3,"Khyber Pakhtunkhwa")
I("H077","Pakistan","Loralai",D3,"ATTACK","-",0,"Balochistan")
I("H078","Pakistan","Razmak",D3,"WOUNDED","soldiers",2,"Khyber Pakhtunkhwa")

A("H068","2019-11-12T10:45:00Z","Dawn","Two soldiers martyred in North Waziristan attack: ISPR",
  "Two soldiers were martyred on Tuesday when terrorists opened fire on a security forces' patrol in North Waziristan tribal district, the military's media wing said. A search operation was under way in the area, the ISPR added.")
A("H068","2019-11-12T13:30:00Z","Reuters","Militants kill two Pakistani soldiers near Afghan border",
  "PESHAWAR, Pakistan (Reuters) - Militants killed two Pakistani soldiers in an attack on a patrol in the North Waziristan region bordering Afghanistan on Tuesday, the army said.")
A("H068","2019-11-12T16:20:00Z","The Express Tribune","Patrol attacked in Mir Ali",
  "Two soldiers embraced martyrdom when militants ambushed a patrol near Mir Ali in North Waziristan on Tuesday, officials said. Residents said the gunmen fled towards the mountains.")
A("H068","2019-11-13T05:55:00Z","The News","Two soldiers martyred in NW attack",
  "MIRANSHAH: Two soldiers were martyred on Tuesday after terrorists fired on a patrol in the Mir Ali sub-division of North Waziristan.")
A("H069","2019-11-12T19:10:00Z","Geo News","Two soldiers martyred in Datta Khel IED blast",
  "Two soldiers were martyred when an improvised explosive device went off near their vehicle in the Datta Khel area of North Waziristan on Tuesday, ISPR said.")

A("H070","2019-11-12T06:40:00Z","Geo News","Blast near police van in Quetta injures four",
  "At least four policemen were injured on Tuesday morning when an explosive device planted on a motorcycle went off near a police van on Sariab Road in Quetta, police said.")
A("H070","2019-11-12T09:20:00Z","Dawn","Six policemen injured in Quetta blast",
  "QUETTA: Six policemen were injured on Tuesday when a bomb exploded near a police vehicle on Sariab Road. The injured were shifted to the Civil Hospital, where two were said to be in critical condition.")
A("H070","2019-11-12T12:05:00Z","Reuters","Bomb wounds six police in southwest Pakistan city",
  "QUETTA, Pakistan (Reuters) - A bomb hidden in a motorcycle wounded six policemen in Pakistan's southwestern city of Quetta on Tuesday, police said. No group immediately claimed responsibility.")
A("H070","2019-11-13T04:30:00Z","The News","Quetta police van targeted",
  "Six police personnel were wounded in a bombing near a police van on Sariab Road yesterday. The Balochistan home minister condemned the attack.")

A("H071","2019-11-13T14:10:00Z","Dawn","Three FC soldiers martyred in Kech attack",
  "TURBAT: Three soldiers of the Frontier Corps were martyred when terrorists attacked their check post in the Buleda area of Kech district on Wednesday, officials said.")
A("H071","2019-11-13T17:25:00Z","Reuters","Separatist militants kill three paramilitary soldiers in Pakistan's Baluchistan",
  "QUETTA, Pakistan (Reuters) - Separatist militants attacked a checkpoint and killed three paramilitary soldiers in Pakistan's southwestern province of Baluchistan on Wednesday, a government official said.")
A("H071","2019-11-14T06:05:00Z","The Express Tribune","Kech check post attack: BLF claims responsibility",
  "Three FC personnel were martyred in Wednesday's attack on a check post in Kech district. The banned Baloch Liberation Front claimed responsibility and said it had killed seven soldiers.")
A("H072","2019-11-13T20:50:00Z","The News","Three soldiers martyred in Panjgur",
  "Three FC soldiers were martyred and one injured in an exchange of fire with terrorists in the Panjgur district on Wednesday, ISPR said.")

A("H073","2019-11-13T09:35:00Z","Dawn","Policeman shot dead in DI Khan",
  "DERA ISMAIL KHAN: A policeman was shot dead by unidentified motorcyclists near the Kotla Saidan area on Wednesday morning, police said.")
A("H073","2019-11-13T15:50:00Z","The Express Tribune","Cop martyred in D.I. Khan target killing",
  "A police constable was martyred in a target killing in Dera Ismail Khan on Wednesday, the latest in a string of attacks on police in southern Khyber Pakhtunkhwa.")
A("H074","2019-11-13T18:35:00Z","Dawn","Policeman martyred in Lakki Marwat",
  "LAKKI MARWAT: A policeman was martyred when militants attacked a police post in the Pezu area of Lakki Marwat district on Wednesday night. It was the second deadly attack on police in the southern districts of the province in a day.")
A("H075","2019-11-14T12:20:00Z","Geo News","Two killed in Bajaur blast",
  "Two people were killed and three injured when a bomb went off near a market in Khar, the headquarters of Bajaur district, on Thursday.")
A("H076","2019-11-14T15:45:00Z","Dawn","CTD kills three terrorists in Bannu",
  "BANNU: The Counter-Terrorism Department (CTD) killed three suspected terrorists in an exchange of fire during a raid in the Jani Khel area of Bannu on Thursday, officials said.")
A("H077","2019-11-14T19:30:00Z","The Express Tribune","Grenade hurled at Loralai police station",
  "Unidentified men hurled a hand grenade at the city police station in Loralai on Thursday evening. No one was hurt, police said.")
A("H078","2019-11-14T11:55:00Z","The News","Two soldiers injured in Razmak",
  "Two soldiers were injured on Thursday when militants fired at a security post near Razmak in North Waziristan, officials said.")

# ---------------------------------------------------------------- PHILIPPINES (Mindanao)
I("H079","Philippines","Patikul",D1,"KILLED","soldiers",2,"Sulu")
I("H080","Philippines","Indanan",D1,"KILLED","soldiers",2,"Sulu")
I("H081","Philippines","Datu Saudi Ampatuan",D2,"KILLED","militants",7,"Maguindanao")
I("H082","Philippines","Pikit",D2,"WOUNDED","civilians",3,"Cotabato")
I("H083","Philippines","Butig",D3,"KILLED","militants",2,"Lanao del Sur")
I("H084","Philippines","Sumisip",D3,"KILLED","militants",2,"Basilan")
I("H085","Philippines","Jolo",D3,"ATTACK","-",0,"Sulu")
I("H086","Philippines","Datu Piang",D1,"KILLED","civilians",1,"Maguindanao")

A("H079","2019-11-12T07:30:00Z","Inquirer","Soldier killed, 3 hurt in Sulu clash with Abu Sayyaf",
  "ZAMBOANGA CITY - A soldier was killed and three others were wounded in a clash with Abu Sayyaf bandits in Patikul, Sulu on Tuesday morning, the military said.")
A("H079","2019-11-12T11:15:00Z","Philippine News Agency","2 soldiers dead in Patikul encounter",
  "ZAMBOANGA CITY - Two soldiers were killed in an encounter with Abu Sayyaf Group members in Barangay Kabbon Takas, Patikul, Sulu on Tuesday, Joint Task Force Sulu said. One of the wounded died while being evacuated.")
A("H079","2019-11-13T02:20:00Z","Rappler","Two soldiers killed in Sulu firefight",
  "Two Army soldiers were killed in a firefight with the Abu Sayyaf in the hinterlands of Sulu on Tuesday morning, November 12, the Western Mindanao Command said. One of them died while being evacuated.")
A("H080","2019-11-12T14:40:00Z","MindaNews","2 soldiers killed in Indanan ambush",
  "Two soldiers were killed when suspected Abu Sayyaf members ambushed a military vehicle in Indanan, Sulu on Tuesday afternoon, police said.")

A("H081","2019-11-13T08:50:00Z","Philippine News Agency","5 BIFF members killed in Maguindanao clash",
  "COTABATO CITY - At least five members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed in a clash with government troops in Datu Saudi Ampatuan, Maguindanao on Wednesday, the Army's 6th Infantry Division said.")
A("H081","2019-11-13T13:05:00Z","MindaNews","Army: 7 BIFF dead in Datu Saudi clash",
  "COTABATO CITY - The military on Wednesday said seven Bangsamoro Islamic Freedom Fighters were killed in an encounter in Barangay Kitango, Datu Saudi Ampatuan, Maguindanao, raising its earlier count of five.")
A("H081","2019-11-13T22:40:00Z","Inquirer","Troops kill 7 IS-linked fighters in Maguindanao",
  "Government troops killed seven Islamic State-inspired militants in a clash in the marshland of Maguindanao province on Wednesday, the military said. No soldiers were hurt.")
A("H081","2019-11-14T04:15:00Z","Rappler","Seven BIFF killed in Maguindanao",
  "Seven members of the Islamic State-linked BIFF were killed when soldiers clashed with the group near the SPMS box area of Maguindanao on November 13.")
A("H082","2019-11-13T10:30:00Z","MindaNews","3 hurt in Pikit grenade blast",
  "Three civilians were wounded when a grenade exploded near a public market in Pikit, Cotabato on Wednesday morning, police said.")
A("H083","2019-11-14T09:50:00Z","Philippine News Agency","2 Dawlah Islamiyah members killed in Lanao del Sur",
  "MARAWI CITY - Two members of the Dawlah Islamiyah-Maute group were killed in a clash with Army troops in Butig, Lanao del Sur on Thursday, the military said.")
A("H084","2019-11-14T14:35:00Z","Inquirer","2 Abu Sayyaf killed in Basilan clash",
  "ZAMBOANGA CITY - Two Abu Sayyaf bandits were killed in a firefight with Marines in Sumisip, Basilan on Thursday, the military said.")
A("H085","2019-11-14T16:25:00Z","Rappler","Grenade thrown at Jolo police station, no injuries",
  "An unidentified man threw a grenade at the Jolo municipal police station on Thursday night. The explosion damaged a parked vehicle but no one was hurt, police said.")
A("H086","2019-11-12T15:10:00Z","MindaNews","Farmer shot dead in Datu Piang",
  "A farmer was shot dead by unidentified gunmen in his field in Datu Piang, Maguindanao on Tuesday, police said.")

# ---------------------------------------------------------------- MOZAMBIQUE (Cabo Delgado)
I("H087","Mozambique","Miangalewa",D1,"KILLED","civilians",3,"Cabo Delgado")
I("H088","Mozambique","Macomia",D1,"KILLED","civilians",3,"Cabo Delgado")
I("H089","Mozambique","Mocimboa da Praia",D2,"KILLED","soldiers",7,"Cabo Delgado")
I("H090","Mozambique","Quissanga",D2,"ATTACK","-",0,"Cabo Delgado")
I("H091","Mozambique","Nangade",D3,"KILLED","civilians",2,"Cabo Delgado")
I("H092","Mozambique","Meluco",D3,"KILLED","civilians",2,"Cabo Delgado")
I("H093","Mozambique","Palma",D3,"WOUNDED","civilians",2,"Cabo Delgado")

A("H087","2019-11-12T16:50:00Z","Carta de Mocambique","Insurgents behead three in Muidumbe",
  "Three people were killed, two of them beheaded, on Tuesday by insurgents who attacked the village of Miangalewa, in Muidumbe district, Cabo Delgado province. Several houses were set on fire.")
A("H087","2019-11-13T08:20:00Z","Lusa","Mozambique: Three dead in new armed attack in Cabo Delgado",
  "MAPUTO (Lusa) - Three people were killed in an armed attack on a village in Muidumbe district, in the northern province of Cabo Delgado, on Tuesday, local sources told Lusa.")
A("H087","2019-11-13T12:40:00Z","AFP","Jihadists kill three in Mozambique's restive north",
  "MAPUTO (AFP) - Suspected jihadists killed three villagers, beheading two of them, in a raid on Tuesday in northern Mozambique's gas-rich Cabo Delgado province, a local official said on Wednesday.")
A("H087","2019-11-14T10:15:00Z","Zitamar News","Cabo Delgado: Miangalewa attacked again",
  "Insurgents attacked Miangalewa, on the road between Muidumbe and Mueda, on Tuesday, killing three civilians, two of them beheaded, residents said. The Islamic State's Central Africa Province later claimed the attack and said it killed Christians.")
A("H088","2019-11-13T15:30:00Z","Carta de Mocambique","Three killed in Macomia district",
  "Three civilians were killed on Tuesday by armed men in a village near the Macomia district headquarters, on the N380 road, sources said.")

A("H089","2019-11-13T17:05:00Z","Zitamar News","Four soldiers killed in ambush near Mocimboa da Praia",
  "Four Mozambican soldiers were killed on Wednesday when insurgents ambushed a military convoy on the road between Mocimboa da Praia and Mueda, military sources told Zitamar.")
A("H089","2019-11-14T09:30:00Z","Lusa","Mozambique: Seven soldiers dead in Cabo Delgado ambush - sources",
  "MAPUTO (Lusa) - Seven soldiers of the Mozambican Defence Armed Forces (FADM) died in an ambush by insurgents on Wednesday in Mocimboa da Praia district, Cabo Delgado, military sources said, raising an earlier toll of four.")
A("H089","2019-11-15T11:20:00Z","Carta de Mocambique","Cabo Delgado: military ambush toll rises to seven",
  "The number of soldiers killed in Wednesday's ambush in Mocimboa da Praia rose to seven, Carta learned. The Islamic State claimed it had killed 20 soldiers.")
A("H090","2019-11-14T13:50:00Z","Zitamar News","Insurgents burn houses in Quissanga",
  "Insurgents set fire to dozens of houses in a village in Quissanga district on Wednesday. Residents had fled beforehand and no casualties were reported.")
A("H091","2019-11-15T07:45:00Z","Carta de Mocambique","Two killed in Nangade attack",
  "Two civilians were killed on Thursday in an attack on a village in Nangade district, near the border with Tanzania.")
A("H091","2019-11-16T09:10:00Z","Zitamar News","Nangade: two dead in Thursday raid",
  "Two people were killed when insurgents raided a village in Nangade district on Thursday, residents told Zitamar. It was the first attack in the area this month.")
A("H092","2019-11-15T12:30:00Z","Lusa","Mozambique: Two killed in attack in Meluco district",
  "MAPUTO (Lusa) - Two people were killed on Thursday in an attack by armed men on a village in Meluco district, in Cabo Delgado province, local sources said. The attack came hours after a raid on a village in Nangade district.")
A("H093","2019-11-15T14:05:00Z","Zitamar News","Two wounded near Palma",
  "Two civilians were wounded on Thursday when gunmen fired at a vehicle on the road south of Palma, near the Afungi LNG site, sources said.")

# ---------------------------------------------------------------- NIGER (Tillaberi)
I("H094","Niger","Ayorou",D1,"KILLED","soldiers",4,"Tillaberi")
I("H095","Niger","Ouallam",D1,"KILLED","civilians",2,"Tillaberi")
I("H096","Niger","Banibangou",D1,"KILLED","civilians",2,"Tillaberi")
I("H097","Niger","Torodi",D2,"KILLED","police",1,"Tillaberi")
I("H098","Niger","Tera",D2,"KILLED","police",1,"Tillaberi")
I("H099","Niger","Abala",D3,"WOUNDED","soldiers",3,"Tillaberi")
I("H100","Niger","Sanam",D3,"KILLED","civilians",1,"Tillaberi")

A("H094","2019-11-12T15:20:00Z","Reuters","Militants kill at least three Niger soldiers near Mali border",
  "NIAMEY (Reuters) - Suspected Islamist militants killed at least three soldiers in an attack on an army post in western Niger near the border with Mali on Tuesday, two security sources said.")
A("H094","2019-11-12T19:40:00Z","ActuNiger","Tillaberi: attack on army post near Ayorou",
  "An army post near Ayorou, in the Tillaberi region, was attacked on Tuesday by heavily armed men on motorcycles. Four soldiers were killed, according to a security source.")
A("H094","2019-11-13T08:05:00Z","RFI","Niger: four soldiers killed in Ayorou attack",
  "Four Nigerien soldiers were killed on Tuesday in an attack on their position in the Ayorou area, the defence ministry said in a statement read on state television.")
A("H094","2019-11-14T10:30:00Z","Field Incident Log","Niger note, 12 November 2019: Tillaberi",
  "On 12 November 2019, suspected ISGS militants attacked an army position near Ayorou, Tillaberi region. Four soldiers were killed and two were wounded, according to the defence ministry.")
A("H095","2019-11-13T11:10:00Z","Aniamey","Two villagers killed near Ouallam",
  "Two villagers were killed on Tuesday by armed men on motorcycles in a hamlet near Ouallam, local sources said.")
A("H096","2019-11-14T07:55:00Z","ActuNiger","Banibangou: two civilians killed",
  "Two civilians were killed on Tuesday in Banibangou department by suspected jihadists, a local official said on Wednesday. The victims were herders.")
A("H097","2019-11-13T16:30:00Z","ActuNiger","Gendarme killed near Torodi",
  "A gendarme was killed on Wednesday when gunmen attacked a gendarmerie post near Torodi, in the Tillaberi region, on the border with Burkina Faso.")
A("H097","2019-11-15T09:00:00Z","Aniamey","Torodi: gendarme killed in Wednesday attack buried",
  "The gendarme killed on Wednesday in the attack on the Torodi post was buried in Niamey on Friday, his family said.")
A("H098","2019-11-14T06:20:00Z","RFI","Niger: police officer killed in Tera",
  "A police officer was killed on Wednesday in Tera, in western Niger, by unidentified gunmen who fled towards the Burkinabe border, sources said.")
A("H099","2019-11-14T17:20:00Z","ActuNiger","Three soldiers wounded in Abala",
  "Three soldiers were wounded on Thursday when their vehicle hit a landmine near Abala, in the north of the Tillaberi region.")
A("H100","2019-11-15T12:45:00Z","Aniamey","Village chief killed in Sanam",
  "The chief of a village in the Sanam commune was killed on Thursday by armed men, local sources said.")

# ---------------------------------------------------------------- output
def slug(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return s[:90].rstrip("-")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    arts = sorted(ART, key=lambda a: a[1])
    seen, out = set(), []
    for n, (inc, pub, src, title, text) in enumerate(arts, 1):
        url = "https://%s/%s/%s" % (DOMAIN[src], pub[:10].replace("-", "/"), slug(title))
        while url in seen: url += "-2"
        seen.add(url)
        out.append({"id": "h%03d" % n, "publishedAt": pub, "source": src, "url": url,
                    "title": title, "text": text, "incident": inc})
    with open(os.path.join(here, "articles.jsonl"), "w") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "incidents.tsv"), "w") as f:
        f.write("incident\tcountry\ttown\tdate\ttype\tvictim_group\tcount\tadmin1\n")
        for r in INC: f.write("\t".join(str(x) for x in r) + "\n")
    print(len(out), "items,", len(INC), "incidents")

if __name__ == "__main__":
    main()
