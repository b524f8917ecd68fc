#!/usr/bin/env python3
"""Hand-written source of the fourth incident stream (13-15 June 2023).

Every item and every gold incident below was written by hand. Run `python3 build.py`
to regenerate articles.jsonl and incidents.tsv next to this file.
Incidents are declared with a symbolic key; gold ids N001... follow the order of
declaration, item ids n001... follow publication time.
"""
import csv, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

DOMAIN = {
    "Reuters": "www.reuters.com", "AFP": "www.afp.com", "Associated Press": "apnews.com",
    "Xinhua": "english.news.cn", "Al Jazeera": "www.aljazeera.com", "Anadolu Agency": "www.aa.com.tr",
    "Ukrinform": "www.ukrinform.net", "The Kyiv Independent": "kyivindependent.com",
    "Ukrainska Pravda": "www.pravda.com.ua", "Suspilne": "suspilne.media",
    "WAFA": "english.wafa.ps", "The Times of Israel": "www.timesofisrael.com",
    "Sudan Tribune": "sudantribune.com", "Radio Dabanga": "www.dabangasudan.org",
    "Actualite.cd": "actualite.cd", "Radio Okapi": "www.radiookapi.net",
    "Garowe Online": "www.garoweonline.com", "Hiiraan Online": "www.hiiraan.com",
    "SONNA": "sonna.so", "Premium Times": "www.premiumtimesng.com", "Punch": "punchng.com",
    "Daily Trust": "dailytrust.com", "HumAngle": "humanglemedia.com", "Channels TV": "www.channelstv.com",
    "RFI": "www.rfi.fr", "Studio Tamani": "www.studiotamani.org", "ActuNiger": "www.actuniger.com",
    "Myanmar Now": "myanmar-now.org", "The Irrawaddy": "www.irrawaddy.com", "RFA": "www.rfa.org",
    "Dawn": "www.dawn.com", "The Express Tribune": "tribune.com.pk", "Geo News": "www.geo.tv",
    "TOLOnews": "tolonews.com", "Amu TV": "amu.tv", "Rudaw": "www.rudaw.net", "Shafaq News": "shafaq.com",
    "SOHR": "www.syriahr.com", "North Press Agency": "npasyria.com", "Enab Baladi": "english.enabbaladi.net",
    "Mexico News Daily": "mexiconewsdaily.com", "El Universal": "www.eluniversal.com.mx",
    "Colombia Reports": "colombiareports.com", "El Tiempo": "www.eltiempo.com",
    "The Haitian Times": "haitiantimes.com", "Le Nouvelliste": "lenouvelliste.com",
    "Mimi Mefo Info": "mimimefoinfos.com",
    "Conflict Watch Daily": "conflictwatch.example.org",
}

INC, ART = [], []

def I(key, country, town, date, typ, group, count, admin1):
    INC.append(dict(key=key, country=country, town=town, date=date, type=typ,
                    victim_group=group, count=count, admin1=admin1))

def A(pub, source, title, text, key):
    ART.append(dict(publishedAt=pub, source=source, title=title, text=" ".join(text.split()), key=key))

D1, D2, D3 = "2023-06-13", "2023-06-14", "2023-06-15"

# ---------------------------------------------------------------- Ukraine
I("ua-nikopol", "Ukraine", "Nikopol", D1, "KILLED", "civilians", 2, "Dnipropetrovsk")
I("ua-marhanets", "Ukraine", "Marhanets", D1, "KILLED", "civilians", 2, "Dnipropetrovsk")
I("ua-kherson-13", "Ukraine", "Kherson", D1, "KILLED", "civilians", 1, "Kherson")
I("ua-bilozerka", "Ukraine", "Bilozerka", D1, "WOUNDED", "civilians", 3, "Kherson")
I("ua-kherson-14", "Ukraine", "Kherson", D2, "KILLED", "civilians", 1, "Kherson")
I("ua-antonivka", "Ukraine", "Antonivka", D2, "KILLED", "civilians", 1, "Kherson")
I("ua-kupiansk", "Ukraine", "Kupiansk", D2, "KILLED", "civilians", 3, "Kharkiv")
I("ua-vovchansk", "Ukraine", "Vovchansk", D2, "WOUNDED", "civilians", 2, "Kharkiv")
I("ua-kostiantynivka", "Ukraine", "Kostiantynivka", D2, "KILLED", "civilians", 2, "Donetsk")
I("ua-toretsk", "Ukraine", "Toretsk", D2, "KILLED", "civilians", 2, "Donetsk")
I("ua-orikhiv", "Ukraine", "Orikhiv", D3, "KILLED", "civilians", 1, "Zaporizhzhia")
I("ua-huliaipole", "Ukraine", "Huliaipole", D3, "KILLED", "civilians", 1, "Zaporizhzhia")
I("ua-krasnopillia", "Ukraine", "Krasnopillia", D3, "WOUNDED", "civilians", 2, "Sumy")
I("ua-bilopillia", "Ukraine", "Bilopillia", D3, "WOUNDED", "civilians", 2, "Sumy")
I("ua-odesa", "Ukraine", "Odesa", D3, "ATTACK", "-", 0, "Odesa")
I("ua-kramatorsk", "Ukraine", "Kramatorsk", D1, "WOUNDED", "civilians", 4, "Donetsk")

A("2023-06-13T07:55:00Z", "Ukrinform", "Russian artillery kills two in Nikopol overnight",
  """Russian troops shelled Nikopol overnight, killing two residents, a 58-year-old man and a 61-year-old woman,
  Dnipropetrovsk Regional Military Administration head Serhii Lysak said on Telegram on Tuesday morning. A
  five-storey building, a gas pipeline and power lines were damaged.""", "ua-nikopol")
A("2023-06-13T09:20:00Z", "Suspilne", "Nikopol: two dead after night of shelling",
  """Two people died in Nikopol after Russian heavy artillery hit the town three times during the night, the
  regional administration reported.""", "ua-nikopol")
A("2023-06-13T12:35:00Z", "Ukrainska Pravda", "Russians attack Marhanets community with drone: two killed",
  """Russian forces struck the Marhanets community of Nikopol district with a kamikaze drone on Tuesday morning,
  killing two men who were working in a garden, Serhii Lysak reported. Another person was taken to hospital
  with shrapnel wounds.""", "ua-marhanets")
A("2023-06-13T14:20:00Z", "Reuters", "Russian shelling kills two in Ukraine's Nikopol near nuclear plant - governor",
  """KYIV, June 13 (Reuters) - Russian shelling killed two people overnight in the southern Ukrainian town of
  Nikopol, which lies across the Dnipro River from the Russian-occupied Zaporizhzhia nuclear power plant,
  regional governor Serhii Lysak said on Tuesday. "The enemy fired heavy artillery at the town three times during
  the night," Lysak wrote on Telegram. Later on Tuesday a drone attack on nearby Marhanets killed two more people,
  he said. The towns on the northern bank of the reservoir, which drained after the destruction of the Kakhovka
  dam last week, have been shelled almost daily since Russia seized the plant in March 2022.""", "ua-nikopol")
A("2023-06-14T06:00:00Z", "Conflict Watch Daily", "Ukraine: drone strike kills two civilians in Marhanets",
  """On 13 June 2023, a Russian drone strike killed two civilians and wounded one in Marhanets, Nikopol raion,
  Dnipropetrovsk oblast.""", "ua-marhanets")

A("2023-06-13T16:05:00Z", "The Kyiv Independent", "Russian attacks on Kherson Oblast kill 1, injure 3 over past day",
  """Russian shelling killed a 64-year-old man in Kherson's Korabel neighborhood on June 13, Kherson Oblast
  Governor Oleksandr Prokudin reported. Russian forces launched 74 attacks on the oblast over the past day,
  firing artillery, mortars, drones and multiple-launch rocket systems, Prokudin said. Three people were injured
  in the village of Bilozerka west of the city.""", "ua-kherson-13")
A("2023-06-13T18:40:00Z", "Suspilne", "Three residents of Bilozerka injured by Russian shelling",
  """A woman and two men were injured in Bilozerka, Kherson region, when a Russian shell struck near a grocery
  store on Tuesday afternoon. All three were taken to hospital in Kherson with shrapnel wounds, the regional
  administration said.""", "ua-bilozerka")

A("2023-06-14T10:55:00Z", "Ukrinform", "Russian shelling kills woman in Kherson",
  """On Wednesday morning, Russian troops shelled the Dniprovskyi district of Kherson, killing a 47-year-old woman
  near a bus stop, the Kherson City Military Administration said. "Russian troops hit the city at 7:40 am," the administration wrote on Telegram. A residential building and a bus
  stop were damaged. On Tuesday, a man was killed in the Korabel microdistrict.""", "ua-kherson-14")
A("2023-06-14T15:05:00Z", "AFP", "Woman killed as Russian shells hit flood-stricken Kherson",
  """Kherson, Ukraine (AFP) - A woman was killed by Russian shelling in Kherson on Wednesday, local authorities
  said, as the southern city struggled to recover from floods caused by the destruction of the Kakhovka dam.
  "She was waiting for the bus to go to work," a neighbour told AFP, pointing at a crater in the asphalt. Kherson
  has been shelled daily from the Russian-held left bank of the Dnipro since Ukrainian forces retook the city in
  November. Later in the day a man was killed in the suburb of Antonivka, officials said. The regional
  administration later said the woman was 47.""", "ua-kherson-14")
A("2023-06-14T17:30:00Z", "Suspilne", "Man killed in Russian strike on Antonivka",
  """A 55-year-old man was killed in Antonivka, a settlement on the eastern outskirts of Kherson, when a Russian
  drone dropped an explosive on him on Wednesday afternoon, the Kherson Regional Military Administration
  reported.""", "ua-antonivka")

A("2023-06-14T09:15:00Z", "Reuters", "Russian shelling kills two in Ukraine's Kupiansk - governor",
  """KYIV, June 14 (Reuters) - Russian shelling killed two people and wounded four in the town of Kupiansk in
  northeastern Ukraine's Kharkiv region early on Wednesday, regional governor Oleh Syniehubov said.""", "ua-kupiansk")
A("2023-06-14T13:40:00Z", "Ukrinform", "Death toll from Russian strike on Kupiansk rises to three",
  """The number of people killed in the Russian shelling of Kupiansk on Wednesday morning has risen to three, Oleh
  Syniehubov, head of the Kharkiv Regional Military Administration, said. A 72-year-old woman died in hospital.
  Three more residents remain in hospital.""", "ua-kupiansk")
A("2023-06-14T15:50:00Z", "Suspilne", "Two injured in Vovchansk shelling",
  """Two men were injured on Wednesday when Russian troops shelled Vovchansk, a town on the border with Russia in
  the Chuhuiv district of Kharkiv region, the local military administration said. The men, aged 43 and 51, were hurt when a shell landed near a shop. Russian troops shell Vovchansk almost daily
  from across the border, about 5 km away.""", "ua-vovchansk")
A("2023-06-15T07:30:00Z", "The Kyiv Independent", "Kharkiv Oblast: 3 killed in Kupiansk, 2 injured in Vovchansk",
  """Russian attacks killed three civilians in Kharkiv Oblast over the past day, all of them in Kupiansk, Governor
  Oleh Syniehubov said on June 15. Russian artillery hit a residential area of the town on the morning of June 14.
  "Two people died at the scene, a woman died in hospital," Syniehubov said. Kupiansk, about 10 kilometers from
  the front line, has been under heavy fire since Russian forces stepped up attacks in the area in the spring.
  In Vovchansk, two men were injured.""", "ua-kupiansk")

A("2023-06-14T10:30:00Z", "Ukrinform", "Two civilians killed in Russian attack on Kostiantynivka",
  """Russian troops shelled Kostiantynivka in Donetsk region on Wednesday, killing two civilians, the head of the
  Donetsk Regional Military Administration Pavlo Kyrylenko said.""", "ua-kostiantynivka")
A("2023-06-14T18:00:00Z", "Associated Press", "Russian shells kill 4 civilians in two eastern Ukraine towns",
  """KRAMATORSK, Ukraine (AP) - Russian shelling killed two civilians in the eastern Ukrainian city of
  Kostiantynivka on Wednesday, the regional governor said, as Moscow's forces kept up attacks on towns behind the
  front line in the Donetsk region. Gov. Pavlo Kyrylenko said a man and a woman were killed when shells hit a
  private house. Kostiantynivka lies about 25 kilometers (15 miles) southwest of Bakhmut, which Russian forces claimed
  last month. Two more people were killed in Toretsk, to the southeast, he said.""", "ua-kostiantynivka")
A("2023-06-15T06:00:00Z", "Conflict Watch Daily", "Ukraine: two civilians killed in Kostiantynivka",
  """On 14 June 2023, Russian artillery killed two civilians in Kostiantynivka, Donetsk oblast.""", "ua-kostiantynivka")
A("2023-06-15T06:05:00Z", "Conflict Watch Daily", "Ukraine: shelling kills two civilians in Toretsk",
  """On 14 June 2023, Russian shelling killed two civilians in Toretsk, Donetsk oblast.""", "ua-toretsk")

A("2023-06-15T12:00:00Z", "Ukrinform", "Russian artillery kills man in Orikhiv",
  """Russian artillery fire killed a 70-year-old man in Orikhiv, Zaporizhzhia region, on Thursday morning, the
  head of the regional military administration Yurii Malashko said.""", "ua-orikhiv")
A("2023-06-15T15:25:00Z", "Suspilne", "Resident of Huliaipole killed in Russian shelling",
  """A 63-year-old man was killed in Huliaipole on Thursday when Russian forces shelled the town, the Zaporizhzhia
  Regional Military Administration said.""", "ua-huliaipole")
A("2023-06-15T17:10:00Z", "AFP", "Shelling kills pensioner in Ukraine front-line town as counteroffensive grinds on",
  """Zaporizhzhia, Ukraine (AFP) - A 70-year-old man was killed by Russian shelling in Orikhiv, a front-line town in
  southern Ukraine near where Kyiv's forces launched their counteroffensive last week, officials said on
  Thursday. "He went out to feed his chickens," regional governor Yurii Malashko said on Telegram. Most of the
  town's pre-war population of 14,000 has fled. In Huliaipole, about 50 kilometres to the east, another man was
  killed, Malashko said.""", "ua-orikhiv")

A("2023-06-15T11:05:00Z", "Suspilne", "Two injured in Krasnopillia community after mortar fire",
  """Two civilians were injured in the Krasnopillia community of Sumy region on Thursday morning when Russian
  mortar shells hit a street near the centre, the regional military administration reported.""", "ua-krasnopillia")
A("2023-06-15T14:00:00Z", "Ukrinform", "Russians shell border communities in Sumy region, four injured",
  """Russian forces fired on seven border communities of Sumy region on Thursday, the Sumy Regional Military
  Administration said. Two people were injured by mortar fire in Krasnopillia. In Bilopillia, a drone dropped
  explosives on a car, injuring two more people.""", "ua-krasnopillia")
A("2023-06-15T19:10:00Z", "The Kyiv Independent", "Russian drone injures 2 in Bilopillia, Sumy Oblast",
  """A Russian drone attack injured two people in the town of Bilopillia in Sumy Oblast on June 15, the regional
  military administration reported. The drone dropped explosives on a car in which the two were travelling.""",
  "ua-bilopillia")
A("2023-06-16T06:10:00Z", "Conflict Watch Daily", "Ukraine: two civilians wounded by drone in Bilopillia",
  """On 15 June 2023, a Russian drone wounded two civilians in a car in Bilopillia, Sumy oblast.""", "ua-bilopillia")

A("2023-06-15T05:40:00Z", "Reuters", "Ukraine downs drones over Odesa region, no casualties - military",
  """KYIV, June 15 (Reuters) - Ukraine's air defences shot down all eight Iranian-made Shahed drones that Russia
  launched at the southern Odesa region overnight, and there were no casualties, the southern military command
  said on Thursday.""", "ua-odesa")

A("2023-06-13T15:15:00Z", "Ukrinform", "Three injured in Russian missile strike on Kramatorsk",
  """Russian forces struck Kramatorsk with a missile on Tuesday afternoon, injuring three people and damaging an
  administrative building, the city military administration said.""", "ua-kramatorsk")
A("2023-06-13T20:05:00Z", "The Kyiv Independent", "Russian missile strike injures 4 in Kramatorsk",
  """A Russian missile strike on Kramatorsk injured four people on June 13, Donetsk Oblast Governor Pavlo Kyrylenko
  said, updating an earlier figure of three. The missile hit an administrative building in the city center.""",
  "ua-kramatorsk")

# ---------------------------------------------------------------- West Bank
I("ps-jenin", "Palestine", "Jenin", D1, "KILLED", "militants", 2, "West Bank")
I("ps-nablus", "Palestine", "Nablus", D2, "KILLED", "civilians", 1, "West Bank")
I("ps-jericho", "Palestine", "Jericho", D2, "KILLED", "civilians", 1, "West Bank")
I("ps-huwara", "Palestine", "Huwara", D2, "WOUNDED", "civilians", 3, "West Bank")
I("ps-tulkarm", "Palestine", "Tulkarm", D3, "WOUNDED", "soldiers", 1, "West Bank")
I("ps-tubas", "Palestine", "Tubas", D3, "KILLED", "civilians", 1, "West Bank")

A("2023-06-13T06:30:00Z", "WAFA", "Two young men killed by Israeli occupation forces in Jenin",
  """JENIN, Tuesday, June 13, 2023 (WAFA) - Two young men were killed at dawn today by Israeli occupation forces'
  gunfire during an incursion into Jenin refugee camp, the Ministry of Health said. Four others were wounded,
  one of them seriously.""", "ps-jenin")
A("2023-06-13T07:45:00Z", "The Times of Israel", "IDF says troops killed two gunmen who opened fire during Jenin arrest raid",
  """Israeli troops shot dead two Palestinian gunmen who opened fire on forces during an overnight arrest raid in
  the northern West Bank city of Jenin, the military said Tuesday. No soldiers were hurt. The army said the
  troops had come to detain a suspect wanted for recent shooting attacks.""", "ps-jenin")
A("2023-06-13T11:00:00Z", "Reuters", "Israeli forces kill two Palestinians in Jenin raid",
  """JENIN, West Bank, June 13 (Reuters) - Israeli forces killed two Palestinians during a raid on the Jenin refugee
  camp in the occupied West Bank early on Tuesday, the Palestinian health ministry said. The Israeli military said
  troops returned fire after being shot at and hit two gunmen. The Jenin Brigade, a local armed group that
  includes fighters from Islamic Jihad, said both men were its members. Jenin has been at the centre of more than
  a year of escalating violence, with near-daily Israeli raids in the northern West Bank. "The occupation comes
  every night now," said a resident who gave his name as Abu Mahmoud.""", "ps-jenin")

A("2023-06-14T07:10:00Z", "WAFA", "Child killed by occupation forces in Balata camp, east of Nablus",
  """NABLUS, Wednesday, June 14, 2023 (WAFA) - A 16-year-old boy was killed at dawn today by Israeli occupation
  forces' bullets in Balata refugee camp, east of Nablus. Medical sources said the boy was shot in the chest
  during confrontations that broke out as the forces stormed the camp.""", "ps-nablus")
A("2023-06-14T09:30:00Z", "Al Jazeera", "Palestinian teenager killed in Israeli raid on Nablus refugee camp",
  """A Palestinian teenager has been killed by Israeli forces during a raid on the Balata refugee camp in the
  occupied West Bank city of Nablus, according to the Palestinian Ministry of Health. The ministry named the
  boy as 16 years old. More than 100 Palestinians have been killed in the West Bank this year.""", "ps-nablus")
A("2023-06-14T13:20:00Z", "WAFA", "Young man shot dead by occupation forces in Aqabat Jabr camp",
  """JERICHO, Wednesday, June 14, 2023 (WAFA) - A 22-year-old man was killed today by Israeli occupation forces'
  gunfire in Aqabat Jabr refugee camp, south of Jericho, the Ministry of Health said.""", "ps-jericho")
A("2023-06-14T20:30:00Z", "The Times of Israel", "Three Palestinians hurt as settlers hurl stones in Huwara",
  """Three Palestinians were lightly injured on Wednesday evening when Israeli settlers threw stones at cars and
  shops on the main road through the northern West Bank town of Huwara, the Palestinian Red Crescent said. The
  IDF said troops dispersed the crowd.""", "ps-huwara")
A("2023-06-15T10:15:00Z", "The Times of Israel", "Soldier lightly hurt in shooting attack near Tulkarm",
  """An Israeli soldier was lightly wounded on Thursday morning when gunmen opened fire at a military post near
  the northern West Bank city of Tulkarm, the army said. Troops were searching for the shooters.""", "ps-tulkarm")
A("2023-06-15T16:00:00Z", "WAFA", "Young man killed by occupation forces in al-Far'a camp, south of Tubas",
  """TUBAS, Thursday, June 15, 2023 (WAFA) - A young man was killed today by Israeli occupation forces' live fire in
  al-Far'a refugee camp, south of Tubas, the Ministry of Health said.""", "ps-tubas")
A("2023-06-15T18:30:00Z", "Reuters", "Palestinian killed in Israeli raid in West Bank - ministry",
  """RAMALLAH, West Bank, June 15 (Reuters) - A Palestinian man was shot dead by Israeli troops during a raid in a
  refugee camp near Tubas in the northern West Bank on Thursday, the Palestinian health ministry said. The
  Israeli military did not immediately comment.""", "ps-tubas")

# ---------------------------------------------------------------- Sudan
I("sd-mayo", "Sudan", "Khartoum", D1, "KILLED", "civilians", 17, "Khartoum")
I("sd-omdurman-13", "Sudan", "Omdurman", D1, "KILLED", "civilians", 5, "Khartoum")
I("sd-nyala", "Sudan", "Nyala", D1, "KILLED", "civilians", 6, "South Darfur")
I("sd-geneina", "Sudan", "El Geneina", D2, "KILLED", "civilians", 12, "West Darfur")
I("sd-bahri", "Sudan", "Bahri", D2, "KILLED", "civilians", 3, "Khartoum")
I("sd-omdurman-14", "Sudan", "Omdurman", D2, "KILLED", "civilians", 3, "Khartoum")
I("sd-elobeid", "Sudan", "El Obeid", D3, "ATTACK", "-", 0, "North Kordofan")
I("sd-kutum", "Sudan", "Kutum", D3, "CAPTURE", "-", 0, "North Darfur")
I("sd-kalakla", "Sudan", "Khartoum", D3, "KILLED", "civilians", 4, "Khartoum")

A("2023-06-13T14:00:00Z", "Sudan Tribune", "Eleven civilians killed in shelling of Khartoum's Mayo neighbourhood",
  """KHARTOUM, June 13, 2023 (Sudan Tribune) - At least eleven civilians were killed and dozens injured on Tuesday when artillery shells fell on a market in
  the Mayo neighbourhood of southern Khartoum, the Mayo Resistance Committee said. The committee blamed the
  Rapid Support Forces for the shelling. "The market was full because it is the only place in the area where people can still find bread," a committee
  member said. The wounded were taken to Bashair Teaching Hospital, which is short of blood and medicine. Volunteers
  said later in the evening that the number of dead had reached 13.""", "sd-mayo")
A("2023-06-13T17:30:00Z", "Reuters", "Shelling of Khartoum market kills at least 14, activists say",
  """KHARTOUM, June 13 (Reuters) - At least 14 people were killed when shells hit a crowded market in the Mayo
  district of southern Khartoum on Tuesday, local activists said, as fighting between Sudan's army and the
  paramilitary Rapid Support Forces (RSF) entered its ninth week. The RSF blamed the army for the shelling, while
  activists said the shells were fired from RSF positions nearby. "People were buying vegetables when the shells
  fell. We carried the bodies on donkey carts," a resident told Reuters by phone. Talks between the two sides in
  Jeddah were suspended this month. In Omdurman, across the Nile, shelling killed five people in the Ombada area,
  a doctors' group said.""", "sd-mayo")
A("2023-06-13T19:20:00Z", "Sudan Tribune", "Five killed as shells fall on homes in Omdurman's Ombada",
  """KHARTOUM, June 13, 2023 (Sudan Tribune) - Five civilians, among them two children, were killed on Tuesday when shells struck houses in Ombada, in
  western Omdurman, the Sudan Doctors' Union said.""", "sd-omdurman-13")
A("2023-06-13T21:00:00Z", "Radio Dabanga", "Six killed as fighting resumes in Nyala",
  """NYALA - Six civilians were killed and more than 20 wounded in Nyala, capital of South Darfur, on Tuesday when
  fighting between the army and the RSF broke out again in the city's markets, residents told Radio Dabanga.
  Residents said many shops were looted. "The fighting started near the main market and spread to the neighbourhoods," a resident said. A truce brokered
  by local leaders last month has collapsed.""", "sd-nyala")
A("2023-06-14T08:00:00Z", "Al Jazeera", "Death toll from Khartoum market shelling rises to 17",
  """The death toll from the shelling of a market in southern Khartoum on Tuesday has risen to 17, a local
  resistance committee said on Wednesday, as more of the wounded died in the area's only functioning hospital.
  The Mayo market was crowded with shoppers when the shells landed. Both the army and the paramilitary Rapid
  Support Forces denied responsibility.""", "sd-mayo")
A("2023-06-14T12:00:00Z", "Radio Dabanga", "17 dead in Mayo market shelling",
  """KHARTOUM - Seventeen people have died as a result of Tuesday's shelling of the market in Mayo, southern
  Khartoum, the Mayo Resistance Committee reported on Wednesday.""", "sd-mayo")
A("2023-06-14T16:30:00Z", "Sudan Tribune", "Three civilians killed by stray shells in Bahri's Shambat",
  """KHARTOUM, June 14, 2023 (Sudan Tribune) - Three civilians, a woman and her two sons, were killed on Wednesday when a shell fell on their home in the
  Shambat area of Bahri, Khartoum North, the neighbourhood's emergency room said.""", "sd-bahri")
A("2023-06-14T19:00:00Z", "Radio Dabanga", "At least eight killed in new attack on El Geneina",
  """EL GENEINA - At least eight people were killed on Wednesday when RSF fighters and allied Arab militias attacked
  neighbourhoods in the south of El Geneina, capital of West Darfur, sources told Radio Dabanga. Communications
  with the city remain largely cut.""", "sd-geneina")
A("2023-06-15T06:20:00Z", "Conflict Watch Daily", "Sudan: three civilians killed by shelling in Khartoum North",
  """On 14 June 2023, artillery fire killed three civilians in Khartoum North (Bahri), Khartoum state.""", "sd-bahri")
A("2023-06-15T09:00:00Z", "Radio Dabanga", "Three killed in Omdurman as army jets strike RSF positions",
  """OMDURMAN - Three civilians were killed on Wednesday when an army air strike targeting RSF positions hit houses
  near Souq Libya in Omdurman, residents said.""", "sd-omdurman-14")
A("2023-06-15T09:40:00Z", "Reuters", "More than 10 killed in fresh attack on Sudan's El Geneina, activists say",
  """CAIRO, June 15 (Reuters) - More than 10 civilians were killed on Wednesday in a fresh attack by the Rapid
  Support Forces and allied Arab militias on El Geneina, the capital of Sudan's West Darfur state, activists
  said. The Darfur Bar Association said the attackers went from house to house in southern districts of the
  city. "We cannot count the bodies in the streets," one activist reached by satellite phone said. Fighting in El
  Geneina has killed hundreds of people since late April, according to local monitors, and tens of thousands have
  fled to neighbouring Chad. The RSF has denied targeting civilians.""", "sd-geneina")
A("2023-06-15T15:00:00Z", "Sudan Tribune", "Army says it repelled RSF attack on El Obeid",
  """PORT SUDAN, June 15, 2023 (Sudan Tribune) - The Sudanese Armed Forces said on Thursday they had repelled an attack by the Rapid Support Forces on their
  positions on the eastern outskirts of El Obeid, capital of North Kordofan, and reported no casualties among
  its troops. In a statement, the army said its forces had inflicted heavy losses on the attackers and seized several combat
  vehicles. Residents said they heard heavy gunfire from the east of the city in the morning. El Obeid, about 350
  km southwest of Khartoum, is a key supply hub for the west of the country.""", "sd-elobeid")
A("2023-06-15T18:00:00Z", "Radio Dabanga", "RSF seize army base in Kutum",
  """KUTUM - Rapid Support Forces fighters took control of the army garrison in Kutum, North Darfur, on Thursday
  after soldiers withdrew, residents said. There were no reports of casualties. "The soldiers left at dawn towards El Fasher," a resident told Radio Dabanga. RSF fighters posted videos showing
  themselves inside the garrison. In El Fasher itself the situation was calm on Thursday, residents said.""", "sd-kutum")
A("2023-06-15T20:10:00Z", "Reuters", "Air strike kills four in southern Khartoum - residents",
  """KHARTOUM, June 15 (Reuters) - An air strike killed four civilians in Kalakla, a district of southern Khartoum,
  on Thursday, residents said, as the army pressed its air campaign against Rapid Support Forces fighters
  dug in across the capital. "The plane hit a house next to the market. We pulled four bodies from the rubble," a resident said. The army did
  not comment. Activists say hundreds of civilians have been killed in the capital since the war began on April
  15.""", "sd-kalakla")
A("2023-06-16T07:30:00Z", "Al Jazeera", "RSF says it attacked army positions outside El Obeid",
  """Sudan's paramilitary Rapid Support Forces said on Thursday it had attacked army positions near El Obeid in
  North Kordofan and inflicted "heavy losses". The army said the attack was repelled; no casualties were
  reported by either side.""", "sd-elobeid")
A("2023-06-16T09:00:00Z", "Sudan Tribune", "RSF takes control of Kutum garrison, North Darfur",
  """EL FASHER, June 16, 2023 (Sudan Tribune) - The Rapid Support Forces on Thursday took over the army's garrison in Kutum, about 120 km northwest of El
  Fasher, after government troops pulled out of the town, local sources said.""", "sd-kutum")
A("2023-06-16T11:00:00Z", "AFP", "Toll from Darfur attack rises to 12, lawyers say",
  """Port Sudan (AFP) - The death toll from Wednesday's attack by paramilitaries and allied militias on El Geneina
  in Sudan's West Darfur has risen to 12, the Darfur Bar Association said on Friday.""", "sd-geneina")

# ---------------------------------------------------------------- DR Congo
I("cd-eringeti", "DR Congo", "Eringeti", D1, "KILLED", "civilians", 9, "North Kivu")
I("cd-fataki", "DR Congo", "Fataki", D2, "KILLED", "civilians", 4, "Ituri")
I("cd-mongbwalu", "DR Congo", "Mongbwalu", D2, "KILLED", "civilians", 4, "Ituri")
I("cd-kitshanga", "DR Congo", "Kitshanga", D2, "KILLED", "militia", 2, "North Kivu")
I("cd-rutshuru", "DR Congo", "Rutshuru", D3, "WOUNDED", "civilians", 6, "North Kivu")
I("cd-butembo", "DR Congo", "Butembo", D3, "KILLED", "police", 1, "North Kivu")
I("cd-komanda", "DR Congo", "Komanda", D3, "KILLED", "soldiers", 2, "Ituri")

A("2023-06-13T15:30:00Z", "Actualite.cd", "Beni: seven civilians killed by ADF near Eringeti",
  """At least seven civilians were killed on Tuesday in an attack attributed to ADF rebels on a village near
  Eringeti, in the Beni territory of North Kivu, local civil society said. Several houses were set on fire. "We are tired of counting our dead," a local civil society member said. The attack took place despite the
  presence of Congolese and Ugandan troops in the area. Two other people are still missing.""",
  "cd-eringeti")
A("2023-06-14T08:00:00Z", "Radio Okapi", "Nine bodies found after ADF attack in Beni territory",
  """The bodies of nine civilians were recovered on Wednesday morning in fields near Eringeti, about 55 km north of
  Beni, a day after an attack by ADF rebels, the local administrator said.""", "cd-eringeti")
A("2023-06-14T13:00:00Z", "Reuters", "Suspected Islamist rebels kill nine in eastern Congo",
  """GOMA, Democratic Republic of Congo, June 14 (Reuters) - Suspected Allied Democratic Forces (ADF) rebels killed
  nine civilians with machetes and guns in an overnight raid near the town of Eringeti in eastern Congo's North
  Kivu province, local officials said on Wednesday. "They came at night while people were sleeping and tied
  some of them before killing them," said Darius Syaira, a civil society leader in the area. The ADF, a Ugandan
  armed group that pledged allegiance to Islamic State, has killed thousands of civilians in North Kivu and Ituri
  despite a joint Congolese-Ugandan military operation launched in late 2021. Seven bodies were found on
  Tuesday and two more on Wednesday, officials said.""", "cd-eringeti")
A("2023-06-14T17:00:00Z", "Radio Okapi", "Djugu: four civilians killed in CODECO attack near Fataki",
  """Four civilians were killed on Wednesday morning in an attack by CODECO militiamen on a village about 5 km from
  Fataki, in Djugu territory, Ituri province, local sources reported. The assailants also burned several houses and took livestock. "The population has fled to Fataki centre," a
  local chief said. CODECO, a coalition of Lendu militias, is accused of hundreds of killings in Djugu.""", "cd-fataki")
A("2023-06-14T18:00:00Z", "Actualite.cd", "Masisi: M23 and Wazalendo clash near Kitshanga, two dead",
  """Fighting broke out on Wednesday between M23 rebels and Wazalendo fighters on the hills around Kitshanga, in
  Masisi territory. Two Wazalendo fighters were killed, according to a local leader. "We heard heavy weapons from morning until noon," a resident said by phone. M23 accused the army of supporting
  the Wazalendo, a coalition of local armed groups. Several families fled towards Mweso.""", "cd-kitshanga")
A("2023-06-15T06:30:00Z", "Conflict Watch Daily", "DR Congo: four civilians killed near Mongbwalu, Djugu",
  """On 14 June 2023, suspected CODECO militiamen killed four civilians, including a child, at a gold mining site
  near Mongbwalu, Djugu territory, Ituri.""", "cd-mongbwalu")
A("2023-06-15T09:00:00Z", "Actualite.cd", "Ituri: CODECO militiamen kill four in Fataki area",
  """CODECO militiamen killed four people on Wednesday in the Fataki area of Djugu territory, the head of the local
  civil society told Actualite.cd. The army said it had launched a pursuit.""", "cd-fataki")
A("2023-06-15T10:00:00Z", "Radio Okapi", "Two Mai-Mai fighters killed in clashes with M23 in Masisi",
  """Two fighters of a Mai-Mai group allied to the army were killed on Wednesday in clashes with M23 rebels in
  Masisi territory, North Kivu, local sources said. The fighting has forced residents to flee towards
  Mweso.""", "cd-kitshanga")
A("2023-06-15T12:30:00Z", "Actualite.cd", "Butembo: police officer shot dead by Mai-Mai militiamen",
  """A police officer was shot dead on Thursday morning in Butembo, North Kivu, by gunmen identified as Mai-Mai
  militiamen, the mayor's office said. His weapon was taken.""", "cd-butembo")
A("2023-06-15T16:00:00Z", "Radio Okapi", "Six injured by bomb fall in Rutshuru-centre",
  """Six civilians were injured on Thursday when a bomb fell near the market of Rutshuru-centre, North Kivu, a town
  under M23 control, local sources said.""", "cd-rutshuru")
A("2023-06-15T19:00:00Z", "Radio Okapi", "Irumu: two FARDC soldiers killed in ADF ambush near Komanda",
  """Two soldiers of the Armed Forces of the DRC (FARDC) were killed on Thursday in an ambush by ADF rebels on the
  road near Komanda, in Irumu territory, Ituri, the army spokesman in the province said.""", "cd-komanda")
A("2023-06-16T10:00:00Z", "AFP", "Rebels kill two Congolese soldiers in Ituri ambush",
  """Bunia, DR Congo (AFP) - Two Congolese soldiers were killed in an ambush by ADF rebels in the northeastern
  province of Ituri, the army said Friday. The soldiers were escorting vehicles on the Komanda road on Thursday
  when they came under fire, army spokesman Lieutenant Jules Ngongo said. "The enemy was repulsed," he said. The
  ADF, which the Islamic State group claims as its central African branch, is blamed for killing thousands of
  civilians in eastern DR Congo. On Tuesday, suspected ADF fighters killed nine civilians in neighbouring North
  Kivu province.""", "cd-komanda")

# ---------------------------------------------------------------- Somalia
I("so-hodan", "Somalia", "Mogadishu", D1, "KILLED", "civilians", 3, "Banadir")
I("so-afgooye", "Somalia", "Afgooye", D1, "KILLED", "soldiers", 2, "Lower Shabelle")
I("so-marka", "Somalia", "Marka", D1, "KILLED", "soldiers", 2, "Lower Shabelle")
I("so-dayniile", "Somalia", "Mogadishu", D2, "KILLED", "soldiers", 2, "Banadir")
I("so-beledweyne", "Somalia", "Beledweyne", D2, "KILLED", "civilians", 5, "Hiiraan")
I("so-buloburte", "Somalia", "Bulo Burte", D2, "ATTACK", "-", 0, "Hiiraan")
I("so-jowhar", "Somalia", "Jowhar", D3, "KILLED", "militants", 7, "Middle Shabelle")
I("so-kismayo", "Somalia", "Kismayo", D3, "WOUNDED", "soldiers", 3, "Lower Juba")

A("2023-06-13T12:00:00Z", "Hiiraan Online", "Mortar shells kill two civilians in Mogadishu's Hodan district",
  """MOGADISHU (HOL) - Two civilians were killed and four others injured on Tuesday morning when mortar shells landed on houses in
  Mogadishu's Hodan district, police and witnesses said. No group has claimed the attack.""", "so-hodan")
A("2023-06-13T15:40:00Z", "Garowe Online", "Three die as mortars hit Mogadishu neighbourhood",
  """MOGADISHU - Three people died after several mortar rounds fired by suspected al-Shabaab militants hit a
  residential neighbourhood of the Somali capital on Tuesday. A mother and her child were among the dead, a
  police officer said. One of the injured died in hospital in the afternoon.""", "so-hodan")
A("2023-06-13T16:00:00Z", "Hiiraan Online", "Al-Shabaab attack on army base near Afgooye kills two soldiers",
  """MOGADISHU (HOL) - Two Somali National Army soldiers were killed on Tuesday when al-Shabaab fighters attacked a military base on
  the outskirts of Afgooye town in Lower Shabelle region, a military officer told Hiiraan Online.""", "so-afgooye")
A("2023-06-13T18:00:00Z", "Xinhua", "3 civilians killed in mortar attack in Somali capital",
  """MOGADISHU, June 13 (Xinhua) -- At least three civilians were killed and several others injured after mortar
  shells landed in a residential area in Hodan district of Mogadishu on Tuesday, police said.""", "so-hodan")
A("2023-06-13T20:00:00Z", "Garowe Online", "Two soldiers die in landmine blast outside Marka",
  """MERCA - Two government soldiers were killed on Tuesday when their vehicle struck a landmine outside Marka, the
  capital of Lower Shabelle region. Al-Shabaab claimed the attack.""", "so-marka")
A("2023-06-14T02:30:00Z", "Xinhua", "2 Somali soldiers killed in militant attack near capital",
  """MOGADISHU, June 13 (Xinhua) -- Two Somali soldiers were killed on Tuesday when al-Shabaab militants attacked a
  military base about 30 km northwest of Mogadishu, a military official said.""", "so-afgooye")
A("2023-06-14T09:30:00Z", "Hiiraan Online", "Suicide car bomb hits checkpoint in Beledweyne, three dead",
  """BELEDWEYNE (HOL) - A suicide bomber drove an explosives-laden car into a busy checkpoint on the outskirts of Beledweyne on
  Wednesday morning, killing at least three people, witnesses said. The explosion could be heard across the town. "I saw the car speeding towards the gate before it exploded,"
  said a shopkeeper, Abdullahi Hussein. Hospital staff said more than seven wounded had been brought in.""", "so-beledweyne")
A("2023-06-14T11:00:00Z", "Garowe Online", "Two soldiers killed in roadside blast in Mogadishu outskirts",
  """MOGADISHU - A roadside bomb struck a military vehicle in Dayniile district on the outskirts of Mogadishu on
  Wednesday, killing two soldiers, officials said.""", "so-dayniile")
A("2023-06-14T13:00:00Z", "Garowe Online", "Five killed in Beledweyne suicide bombing",
  """BELEDWEYNE - At least five people, most of them traders and minibus drivers waiting to pass, were killed on
  Wednesday when a suicide car bomb exploded at a checkpoint at the entrance of Beled Weyne, the capital of
  Hiiraan region. Al-Shabaab claimed it had killed 12 soldiers.""", "so-beledweyne")
A("2023-06-14T17:00:00Z", "Xinhua", "At least 5 killed in suicide bombing in central Somalia",
  """MOGADISHU, June 14 (Xinhua) -- At least five people were killed and eight others injured on Wednesday in a
  suicide car bomb attack at a checkpoint in central Somalia's Hiiraan region, a local official said.""",
  "so-beledweyne")
A("2023-06-15T06:40:00Z", "Conflict Watch Daily", "Somalia: al-Shabaab mortars hit base in Bulo Burte",
  """On 14 June 2023, al-Shabaab fired mortar rounds at a Somali army base in Bulo Burte, Hiiraan. No casualties
  were reported.""", "so-buloburte")
A("2023-06-15T08:00:00Z", "AFP", "Suicide bomber kills five at Somali checkpoint",
  """Mogadishu (AFP) - A suicide bomber killed at least five civilians at a checkpoint in the central Somali city of
  Beledweyne on Wednesday, officials and witnesses said, in the latest attack by Al-Shabaab jihadists. "The car
  exploded among the minibuses queuing at the gate," local elder Hassan Abdi told AFP. The Islamist group, which
  has been fighting to topple the federal government for more than 15 years, said in a statement it had killed
  12 soldiers. A government offensive launched last year with the help of local clan militias drove the
  militants out of large parts of Hiiraan and Middle Shabelle. Regional officials put the final toll at five
  dead and eight wounded.""", "so-beledweyne")
A("2023-06-15T14:00:00Z", "SONNA", "National army kills seven al-Shabaab militants in operation near Jowhar",
  """Mogadishu (SONNA) - The Somali National Army, in an operation carried out on Thursday in the outskirts of Jowhar, killed seven
  al-Shabaab militants and destroyed their hideouts, the regional commander said.""", "so-jowhar")
A("2023-06-15T17:00:00Z", "Garowe Online", "Three Jubaland soldiers hurt in landmine blast near Kismayo",
  """KISMAYO - Three Jubaland soldiers were wounded on Thursday when a landmine exploded under their vehicle about
  20 km west of Kismayo, a security official said. The injured were taken to Kismayo General Hospital. Al-Shabaab, which controls much of the Lower Juba
  countryside, often plants mines on the roads around the port city.""", "so-kismayo")
A("2023-06-15T18:30:00Z", "Garowe Online", "SNA says seven militants killed in Middle Shabelle raid",
  """MOGADISHU - Somali forces killed seven al-Shabaab militants in a raid in Middle Shabelle region on Thursday, the army said,
  adding that no soldiers were hurt.""", "so-jowhar")
A("2023-06-16T09:15:00Z", "Hiiraan Online", "Several al-Shabaab fighters killed in operation outside Jowhar",
  """JOWHAR (HOL) - Several al-Shabaab fighters were killed on Thursday in an army operation in villages outside Jowhar, the
  Middle Shabelle administration said.""", "so-jowhar")

# ---------------------------------------------------------------- Nigeria
I("ng-konduga", "Nigeria", "Konduga", D1, "KILLED", "civilians", 4, "Borno")
I("ng-bama", "Nigeria", "Bama", D1, "KILLED", "civilians", 4, "Borno")
I("ng-gwoza", "Nigeria", "Gwoza", D2, "KILLED", "soldiers", 3, "Borno")
I("ng-tsafe", "Nigeria", "Tsafe", D1, "KILLED", "civilians", 11, "Zamfara")
I("ng-mangu", "Nigeria", "Mangu", D2, "KILLED", "civilians", 8, "Plateau")
I("ng-bokkos", "Nigeria", "Bokkos", D3, "KILLED", "civilians", 5, "Plateau")
I("ng-jibia", "Nigeria", "Jibia", D3, "KILLED", "police", 2, "Katsina")
I("ng-faskari", "Nigeria", "Faskari", D3, "KILLED", "police", 2, "Katsina")
I("ng-kajuru", "Nigeria", "Kajuru", D2, "WOUNDED", "civilians", 4, "Kaduna")

A("2023-06-13T17:00:00Z", "HumAngle", "Boko Haram kills four farmers in Konduga",
  """Suspected Boko Haram fighters on Tuesday killed four farmers working on their land on the outskirts of
  Konduga, in Borno State, a member of the Civilian Joint Task Force told HumAngle.""", "ng-konduga")
A("2023-06-13T19:00:00Z", "Premium Times", "Bandits kill nine in Zamfara village",
  """Armed bandits on Tuesday killed at least nine people in a village in Tsafe Local Government Area of Zamfara
  State, residents said. The attackers arrived on motorcycles in the afternoon and shot at people in the
  market. "They shot anyone who tried to run," a resident who escaped told Premium Times. Several people were abducted,
  and the injured were taken to a hospital in Gusau, the state capital. The police did not immediately respond to
  requests for comment.""", "ng-tsafe")
A("2023-06-14T06:30:00Z", "Conflict Watch Daily", "Nigeria: four civilians killed near Bama",
  """On 13 June 2023, suspected JAS (Boko Haram) fighters killed four civilians collecting firewood near Bama, Borno
  state.""", "ng-bama")
A("2023-06-14T07:30:00Z", "Punch", "Insurgents kill four farmers near Maiduguri",
  """Insurgents have killed four farmers in a village about 35 kilometres from Maiduguri, the Borno State capital.
  A local source said the farmers were attacked on Tuesday while clearing their farms ahead of the rainy
  season.""", "ng-konduga")
A("2023-06-14T08:30:00Z", "Channels TV", "Death toll in Zamfara attack rises to 11",
  """The death toll in Tuesday's attack by bandits on a community in Tsafe LGA of Zamfara State has risen to 11, the
  state police command confirmed on Wednesday. Two of the injured died overnight.""", "ng-tsafe")
A("2023-06-14T09:00:00Z", "Daily Trust", "Boko Haram kills 4 firewood fetchers in Bama",
  """Four men who went to fetch firewood outside Bama town in Borno State were killed by Boko Haram terrorists on
  Tuesday, security sources said. Their bodies were brought back to the town by vigilantes.""", "ng-bama")
A("2023-06-14T10:00:00Z", "Premium Times", "ISWAP fighters kill four farmers in Borno",
  """Four farmers were killed on Tuesday by fighters of the Islamic State West Africa Province (ISWAP) on their farms
  near Konduga, Borno State, a local official said. "They were shot and their bodies left in the field," the
  official said, asking not to be named. Governor Babagana Zulum has urged farmers to stay within the security
  perimeter of the towns. The attack came weeks after the Nigerian army said it had cleared insurgent camps in
  the area. In a separate incident the same day, four firewood collectors were killed near Bama.""", "ng-konduga")
A("2023-06-14T15:00:00Z", "Punch", "Zamfara: Bandits kill 11, abduct dozens in Tsafe community",
  """Bandits have killed 11 people and abducted dozens in an attack on a community in the Tsafe Local Government Area
  of Zamfara State. The gunmen stormed the village on motorcycles on Tuesday afternoon, shooting sporadically. The
  police spokesman in the state confirmed the attack and said a tactical team had been deployed. "We buried
  nine people yesterday and two more today," a resident, Sani Tsafe, told our correspondent. Zamfara is one of
  the states worst hit by banditry in the North-West.""", "ng-tsafe")
A("2023-06-14T18:00:00Z", "Premium Times", "Gunmen kill eight in fresh Mangu attack",
  """Gunmen on Wednesday killed eight people in a fresh attack on a village in Mangu Local Government Area of
  Plateau State, despite a curfew imposed in the area after weeks of violence. Residents said the attackers struck late in the evening and set houses ablaze. "We heard gunshots and people
  screaming," a community leader said. The Plateau police command confirmed the attack and said a joint team of
  police and soldiers had been deployed to the area.""", "ng-mangu")
A("2023-06-15T07:00:00Z", "Channels TV", "Plateau: eight killed as gunmen attack community in Mangu LGA",
  """At least eight people were killed when gunmen attacked a community in Mangu LGA of Plateau State on Wednesday,
  the Plateau police command said.""", "ng-mangu")
A("2023-06-15T08:00:00Z", "Daily Trust", "ISWAP attacks military base in Gwoza, kills 3 soldiers",
  """Three soldiers were killed when ISWAP terrorists attacked a military base in Gwoza, Borno State, on Wednesday
  evening, military sources said. The troops repelled the attack after a gun battle that lasted two hours.""",
  "ng-gwoza")
A("2023-06-15T11:00:00Z", "Reuters", "Gunmen kill eight in Nigeria's Plateau state, police say",
  """ABUJA, June 15 (Reuters) - Gunmen killed eight people in an attack on a village in Nigeria's central Plateau
  state on Wednesday, police said, the latest in weeks of violence in the Mangu area. Clashes between farmers and
  herders over land and water have killed more than 100 people in the area since May, according to local
  officials. "They came at night and started shooting at houses," resident Daniel Bala said by phone. The state
  government has imposed a curfew in Mangu district.""", "ng-mangu")
A("2023-06-15T12:00:00Z", "HumAngle", "Three soldiers killed as jihadists attack Gwoza base",
  """Jihadists attacked a military base in Gwoza on Wednesday night, killing three soldiers, two military sources
  said. Gwoza lies near the Mandara mountains on the border with Cameroon.""", "ng-gwoza")
A("2023-06-15T13:00:00Z", "Channels TV", "Four injured as gunmen attack Kajuru community",
  """Four residents were injured on Wednesday when gunmen attacked a village in Kajuru Local Government Area of
  Kaduna State, the state government said. The attackers stormed the village in the early hours. The state commissioner for internal security said troops
  repelled the attackers and the injured were receiving treatment. Two residents were abducted, he said.""", "ng-kajuru")
A("2023-06-15T20:00:00Z", "Daily Trust", "Five killed in Bokkos attack",
  """Five people were killed on Thursday when gunmen attacked a village in Bokkos LGA of Plateau State, a community
  leader said. The attackers invaded the village around 2 am, shooting sporadically. "We have recovered five bodies and many
  people are still missing," the community leader said. Police did not immediately comment.""", "ng-bokkos")
A("2023-06-16T08:00:00Z", "Punch", "Bandits kill two policemen in Katsina",
  """Bandits have killed two police officers in Jibia Local Government Area of Katsina State. The officers were
  attacked at a checkpoint on Thursday evening, the police command said.""", "ng-jibia")
A("2023-06-16T09:00:00Z", "Punch", "Gunmen kill five in another Plateau attack",
  """Gunmen killed five people in an attack on a community in Bokkos LGA of Plateau State on Thursday, a day after
  eight people were killed in neighbouring Mangu.""", "ng-bokkos")
A("2023-06-16T14:00:00Z", "Daily Trust", "Bandits kill 2 police officers at Faskari checkpoint",
  """Two police officers were killed on Thursday when bandits attacked a checkpoint on the Faskari road in Katsina
  State, residents said.""", "ng-faskari")

# ---------------------------------------------------------------- Burkina Faso
I("bf-djibo", "Burkina Faso", "Djibo", D1, "KILLED", "soldiers", 6, "Sahel")
I("bf-barsalogho", "Burkina Faso", "Barsalogho", D1, "KILLED", "civilians", 7, "Centre-Nord")
I("bf-arbinda", "Burkina Faso", "Arbinda", D2, "KILLED", "militia", 4, "Sahel")
I("bf-gorom", "Burkina Faso", "Gorom-Gorom", D2, "KILLED", "militia", 4, "Sahel")
I("bf-titao", "Burkina Faso", "Titao", D3, "ATTACK", "-", 0, "Nord")
I("bf-fada", "Burkina Faso", "Fada N'Gourma", D3, "KILLED", "civilians", 2, "Est")
I("bf-diapaga", "Burkina Faso", "Diapaga", D3, "KILLED", "civilians", 2, "Est")

A("2023-06-14T06:45:00Z", "Conflict Watch Daily", "Burkina Faso: seven civilians killed in Barsalogho",
  """On 13 June 2023, suspected JNIM militants killed seven civilians in a village of Barsalogho department,
  Sanmatenga province, Centre-Nord.""", "bf-barsalogho")
A("2023-06-14T08:00:00Z", "RFI", "Burkina Faso: seven civilians killed by jihadists in Barsalogho area",
  """Seven civilians were killed on Tuesday by armed men in a village near Barsalogho, in the Centre-Nord region,
  local sources told RFI. The attackers also burned granaries.""", "bf-barsalogho")
A("2023-06-14T10:00:00Z", "AFP", "Six soldiers killed in attack in northern Burkina",
  """Ouagadougou (AFP) - Six soldiers were killed on Tuesday when jihadists attacked an army unit near Djibo in
  northern Burkina Faso, security sources said. "Several assailants were neutralised," one source said.""",
  "bf-djibo")
A("2023-06-14T11:30:00Z", "Reuters", "Suspected jihadists kill seven civilians in Burkina Faso",
  """OUAGADOUGOU, June 14 (Reuters) - Suspected Islamist militants killed seven civilians in an attack on a village
  in Burkina Faso's Sanmatenga province on Tuesday, two local sources said. "They gathered the men in front of the
  mosque and shot them," one resident said. Violence by groups linked to al Qaeda and Islamic State has killed
  thousands in Burkina Faso and displaced more than 2 million people. The junta of Captain Ibrahim Traore has
  recruited tens of thousands of civilian volunteers to fight alongside the army. In a separate attack on
  Tuesday, six soldiers were killed in the northern Soum province, security sources said.""", "bf-barsalogho")
A("2023-06-14T13:00:00Z", "RFI", "Burkina Faso: six soldiers killed in ambush in Soum province",
  """Six Burkinabe soldiers were killed in an ambush in Soum province in the north of the country on Tuesday,
  according to security sources.""", "bf-djibo")
A("2023-06-15T06:50:00Z", "Conflict Watch Daily", "Burkina Faso: four VDP killed near Arbinda",
  """On 14 June 2023, JNIM militants killed four Volunteers for the Defence of the Homeland (VDP) near Arbinda, Soum
  province, Sahel region.""", "bf-arbinda")
A("2023-06-15T12:00:00Z", "AFP", "Four army auxiliaries killed in northern Burkina",
  """Ouagadougou (AFP) - Four civilian auxiliaries of the army were killed on Wednesday in an ambush near
  Gorom-Gorom, in Oudalan province in northern Burkina Faso, a local official said.""", "bf-gorom")
A("2023-06-16T06:30:00Z", "Conflict Watch Daily", "Burkina Faso: two civilians killed near Fada N'Gourma",
  """On 15 June 2023, unidentified gunmen killed two civilians on a road near Fada N'Gourma, Gourma province, Est
  region.""", "bf-fada")
A("2023-06-16T06:35:00Z", "Conflict Watch Daily", "Burkina Faso: two civilians killed in Diapaga",
  """On 15 June 2023, suspected JNIM militants killed two civilians in Diapaga, Tapoa province, Est region.""",
  "bf-diapaga")
A("2023-06-16T08:00:00Z", "RFI", "Burkina Faso: army repels attack on Titao",
  """The Burkinabe army said it repelled an attack by armed men on its detachment in Titao, in the Nord region, on
  Thursday. No casualties were reported.""", "bf-titao")
A("2023-06-16T10:00:00Z", "RFI", "Two traders killed on Fada N'Gourma road",
  """Two traders were shot dead on Thursday on the road leading out of Fada N'Gourma, the main city of eastern
  Burkina Faso, sources said.""", "bf-fada")

# ---------------------------------------------------------------- Mali
I("ml-sevare", "Mali", "Sevare", D1, "ATTACK", "-", 0, "Mopti")
I("ml-bandiagara", "Mali", "Bandiagara", D2, "KILLED", "civilians", 5, "Mopti")
I("ml-niono", "Mali", "Niono", D3, "KILLED", "soldiers", 4, "Segou")
I("ml-timbuktu", "Mali", "Timbuktu", D3, "WOUNDED", "civilians", 2, "Timbuktu")

A("2023-06-13T19:00:00Z", "Studio Tamani", "Rockets fired at Sevare, no casualties",
  """Several rockets were fired on Tuesday afternoon at the military camp of Sevare, in the Mopti region. No
  casualties were reported, a military source told Studio Tamani. The rockets landed near the airport area and in an empty lot. "There were a few explosions and then calm," a
  resident said. Similar attacks have targeted the camp in the past.""", "ml-sevare")
A("2023-06-14T09:00:00Z", "AFP", "Jihadists fire shells at central Mali army camp",
  """Bamako (AFP) - Suspected jihadists fired shells at an army camp in Sevare in central Mali on Tuesday, without
  causing casualties, a military official said.""", "ml-sevare")
A("2023-06-14T18:00:00Z", "Studio Tamani", "Four passengers killed as bus hits explosive device near Bandiagara",
  """Four passengers were killed and several injured on Wednesday when a bus struck an improvised explosive device
  on the road near Bandiagara, local sources said. The bus was travelling from Bandiagara to Sevare. The injured were taken to the Sominé Dolo hospital in Mopti.
  "Almost every week a vehicle hits a mine on this road," a transporter told Studio Tamani.""", "ml-bandiagara")
A("2023-06-15T03:00:00Z", "Xinhua", "4 civilians killed in explosion in central Mali",
  """BAMAKO, June 14 (Xinhua) -- Four civilians were killed Wednesday when their vehicle hit an improvised explosive
  device in Mali's central region of Bandiagara, local sources said.""", "ml-bandiagara")
A("2023-06-15T10:00:00Z", "AFP", "Five killed as bus hits explosive in central Mali",
  """Bamako (AFP) - Five civilians were killed when a passenger bus hit an explosive device near the town of
  Bandiagara in central Mali on Wednesday, local officials said. "The bus was going to the weekly market," a
  local official told AFP. Central Mali has been the epicentre of jihadist violence since 2015. Homemade bombs
  on the roads around Bandiagara have killed dozens of civilians this year. An injured passenger died overnight,
  bringing the toll to five, the official said.""", "ml-bandiagara")
A("2023-06-15T20:00:00Z", "Studio Tamani", "Two injured as shells fall in Timbuktu",
  """Two civilians were injured on Thursday when shells fell on a neighbourhood of Timbuktu, near the airport, local
  sources said.""", "ml-timbuktu")
A("2023-06-16T09:00:00Z", "Studio Tamani", "Four soldiers killed in attack near Niono",
  """Four Malian soldiers were killed on Thursday in an attack on an army post near Niono, in the Segou region, a
  security source said.""", "ml-niono")
A("2023-06-16T14:00:00Z", "Xinhua", "4 Malian soldiers killed in terrorist attack",
  """BAMAKO, June 16 (Xinhua) -- Four Malian soldiers were killed Thursday in a terrorist attack in the Segou region
  in central Mali, the Malian Armed Forces said in a statement on Friday.""", "ml-niono")

# ---------------------------------------------------------------- Niger
I("ne-tera", "Niger", "Tera", D1, "KILLED", "soldiers", 4, "Tillaberi")
I("ne-banibangou", "Niger", "Banibangou", D2, "KILLED", "civilians", 3, "Tillaberi")
I("ne-bosso", "Niger", "Bosso", D3, "KILLED", "civilians", 2, "Diffa")

A("2023-06-14T16:00:00Z", "AFP", "Four Niger soldiers killed near Burkina border",
  """Niamey (AFP) - Four Nigerien soldiers were killed on Tuesday in an attack in the Tillaberi region near the
  border with Burkina Faso, the defence ministry said. The patrol was ambushed in the Tera area.""", "ne-tera")
A("2023-06-15T07:00:00Z", "Conflict Watch Daily", "Niger: three civilians killed near Banibangou",
  """On 14 June 2023, suspected Islamic State Sahel militants killed three civilians near Banibangou, Tillaberi
  region.""", "ne-banibangou")
A("2023-06-16T10:00:00Z", "ActuNiger", "Diffa: two herders killed by Boko Haram near Bosso",
  """Two herders were killed on Thursday by Boko Haram fighters near Bosso, in the Diffa region, local sources
  said.""", "ne-bosso")

# ---------------------------------------------------------------- Myanmar
I("mm-kani", "Myanmar", "Kani", D1, "KILLED", "civilians", 4, "Sagaing")
I("mm-yinmabin", "Myanmar", "Yinmabin", D1, "KILLED", "civilians", 4, "Sagaing")
I("mm-tabayin", "Myanmar", "Tabayin", D2, "KILLED", "civilians", 3, "Sagaing")
I("mm-demoso", "Myanmar", "Demoso", D2, "KILLED", "civilians", 2, "Kayah")
I("mm-monywa", "Myanmar", "Monywa", D3, "WOUNDED", "civilians", 3, "Sagaing")
I("mm-pauk", "Myanmar", "Pauk", D3, "CAPTURE", "-", 0, "Magway")

A("2023-06-13T15:00:00Z", "Myanmar Now", "Junta air strikes kill eight villagers in two Sagaing townships",
  """Military jets bombed a village in Kani Township on Tuesday morning, killing four residents, among them a
  nine-year-old girl, according to a local resistance official. "The jet came twice. People had no time to run
  to the bunkers," he told Myanmar Now. Kani, on the west bank of the Chindwin River, has been one of the
  strongholds of the anti-junta People's Defence Forces in Sagaing Region. The same morning, a second strike hit
  a village in neighbouring Yinmabin Township, where four more people were killed, residents said. The regime
  has relied increasingly on air power since losing control of much of the countryside.""", "mm-kani")
A("2023-06-13T18:00:00Z", "The Irrawaddy", "Four villagers killed in junta air strike in Kani Township",
  """A junta air strike killed four civilians including a child in a village in Kani Township, Sagaing Region, on
  Tuesday, local people said. Several houses were destroyed.""", "mm-kani")
A("2023-06-14T07:00:00Z", "Conflict Watch Daily", "Myanmar: air strike kills four civilians in Yinmabin township",
  """On 13 June 2023, a Myanmar military air strike killed four civilians in a village of Yinmabin township,
  Sagaing region.""", "mm-yinmabin")
A("2023-06-15T08:00:00Z", "Myanmar Now", "Troops torch village in Tabayin, three elderly residents killed",
  """Regime troops raided a village in Tabayin Township on Wednesday and set fire to more than 100 houses. Three
  elderly residents who could not flee were killed, a local resistance group said. "They were too old to walk to the forest," a member of the local PDF said. Residents said soldiers entered the
  village in the morning and left in the evening. Tabayin, also known as Depayin, has seen frequent raids this
  year.""", "mm-tabayin")
A("2023-06-15T10:00:00Z", "The Irrawaddy", "Two civilians killed as junta shells Demoso",
  """Two civilians were killed on Wednesday when junta artillery shells landed in Demoso Township, Karenni (Kayah)
  State, the Karenni Nationalities Defense Force said.""", "mm-demoso")
A("2023-06-15T14:00:00Z", "Myanmar Now", "Bomb blast in Monywa market injures three",
  """A bomb exploded near a market in Monywa, the capital of Sagaing Region, on Thursday afternoon, injuring three
  civilians, residents said. No group has claimed responsibility. The blast went off around 2 pm. Junta troops later cordoned off the area and detained two young men, residents
  said. The injured, two women and a boy, were taken to Monywa General Hospital.""", "mm-monywa")
A("2023-06-16T09:00:00Z", "The Irrawaddy", "Resistance forces seize police outpost in Pauk Township",
  """Resistance fighters took over a police outpost in Pauk Township, Magway Region, on Thursday after the police
  and soldiers guarding it fled, the local People's Defense Force said. No casualties were reported.""", "mm-pauk")

A("2023-06-17T08:30:00Z", "The Irrawaddy", "Villagers bury four killed in Yinmabin air strike",
  """Residents of a village in Yinmabin Township, Sagaing Region, on Friday buried four people killed when a junta
  fighter jet bombed the village on Tuesday morning. "Two of them were a grandmother and her grandson," a village
  administrator appointed by the shadow National Unity Government said. The strike destroyed a school building and
  more than ten houses. Most residents are still sheltering in the forest, fearing further raids.""", "mm-yinmabin")

# ---------------------------------------------------------------- Pakistan
I("pk-bannu-13", "Pakistan", "Bannu", D1, "KILLED", "police", 2, "Khyber Pakhtunkhwa")
I("pk-lakki", "Pakistan", "Lakki Marwat", D1, "KILLED", "police", 2, "Khyber Pakhtunkhwa")
I("pk-miranshah", "Pakistan", "Miranshah", D2, "KILLED", "soldiers", 3, "Khyber Pakhtunkhwa")
I("pk-quetta", "Pakistan", "Quetta", D3, "WOUNDED", "police", 6, "Balochistan")
I("pk-dikhan", "Pakistan", "Dera Ismail Khan", D3, "KILLED", "police", 1, "Khyber Pakhtunkhwa")
I("pk-kohlu", "Pakistan", "Kohlu", D3, "KILLED", "soldiers", 2, "Balochistan")
I("pk-bannu-15", "Pakistan", "Bannu", D3, "KILLED", "militants", 3, "Khyber Pakhtunkhwa")

A("2023-06-13T09:00:00Z", "Dawn", "Two policemen martyred in attack on Bannu police post",
  """BANNU: Two policemen were martyred when militants attacked a police post on the outskirts of Bannu in the early
  hours of Tuesday, police said. The attackers fled after an exchange of fire lasting about half an hour. "The terrorists used heavy weapons," a police official said. The bodies were shifted to the District Headquarters
  Hospital. A third policeman was injured in the attack.""",
  "pk-bannu-13")
A("2023-06-13T14:00:00Z", "Associated Press", "Militants kill 2 police officers in northwest Pakistan",
  """PESHAWAR, Pakistan (AP) - Militants attacked a police post in northwest Pakistan before dawn Tuesday, killing
  two officers, police said. The attack happened in Bannu, a district in Khyber Pakhtunkhwa province bordering
  Afghanistan, local police chief Zia Uddin said. "Our men fought back bravely," he said. No one claimed
  responsibility, but suspicion is likely to fall on the Pakistani Taliban, who have stepped up attacks since
  ending a cease-fire with the government in November. Later Tuesday, gunmen killed two more police officers in
  the neighboring district of Lakki Marwat.""", "pk-bannu-13")
A("2023-06-13T18:00:00Z", "Geo News", "Two police officials martyred in Lakki Marwat ambush",
  """LAKKI MARWAT: Two police officials were martyred on Tuesday afternoon when unidentified gunmen ambushed their
  patrol vehicle in Lakki Marwat, police said.""", "pk-lakki")
A("2023-06-14T14:00:00Z", "Dawn", "3 soldiers martyred, 2 terrorists killed in North Waziristan: ISPR",
  """Three soldiers were martyred and two terrorists were killed in an exchange of fire in the general area of
  Miranshah in North Waziristan on Wednesday, the military's media wing said. According to the ISPR, troops effectively engaged the terrorists' location. "Sanitisation of the area is being
  carried out to eliminate any other terrorist found in the area," the statement said. Weapons and ammunition
  were recovered from the killed terrorists.""", "pk-miranshah")
A("2023-06-14T17:00:00Z", "Reuters", "Three Pakistani soldiers killed in clash near Afghan border",
  """ISLAMABAD, June 14 (Reuters) - Three Pakistani soldiers were killed in a gunfight with militants in the North
  Waziristan tribal district on the Afghan border on Wednesday, the military said.""", "pk-miranshah")
A("2023-06-15T09:30:00Z", "Geo News", "Four policemen injured in Quetta blast",
  """QUETTA: Four policemen were injured when an explosive device planted on a motorcycle went off near a police
  van on Sariab Road on Thursday morning, police said. The injured were shifted to the Civil Hospital. Police and bomb disposal teams cordoned off the area. "The target
  was the police van," a senior police official told Geo News.""", "pk-quetta")
A("2023-06-15T16:00:00Z", "Dawn", "Six policemen injured as bomb targets police van in Quetta",
  """QUETTA: Six policemen were injured on Thursday when a bomb hidden in a parked motorcycle exploded next to a
  police van on Sariab Road, officials said. The van was carrying personnel to a checkpoint on the city's
  southern edge. "The device was detonated by remote control," a bomb disposal official said. Quetta has seen a
  series of attacks on police this year, some claimed by the Pakistani Taliban and others by Baloch separatist
  groups. Two of the injured were in critical condition, a hospital spokesman said, adding that six policemen
  had been brought in.""", "pk-quetta")
A("2023-06-15T19:00:00Z", "The Express Tribune", "Two FC personnel martyred in Kohlu IED blast",
  """QUETTA: Two Frontier Corps personnel were martyred when a roadside bomb hit their vehicle in Kohlu district of
  Balochistan on Thursday, officials said.""", "pk-kohlu")
A("2023-06-16T07:00:00Z", "Dawn", "Policeman shot dead in Dera Ismail Khan",
  """DERA ISMAIL KHAN: A police constable was shot dead by unidentified motorcyclists near his home in Dera Ismail
  Khan on Thursday evening, police said.""", "pk-dikhan")
A("2023-06-16T10:00:00Z", "Geo News", "CTD kills three terrorists in Bannu operation",
  """BANNU: The Counter Terrorism Department killed three terrorists in an intelligence-based operation in Bannu on
  Thursday night, a CTD spokesman said. Weapons and explosives were recovered.""", "pk-bannu-15")

# ---------------------------------------------------------------- Afghanistan
I("af-jalalabad", "Afghanistan", "Jalalabad", D1, "KILLED", "militants", 3, "Nangarhar")
I("af-kabul", "Afghanistan", "Kabul", D2, "KILLED", "civilians", 2, "Kabul")
I("af-mazar", "Afghanistan", "Mazar-i-Sharif", D3, "WOUNDED", "civilians", 4, "Balkh")

A("2023-06-13T17:00:00Z", "Amu TV", "Taliban say three ISIS-K members killed in Jalalabad raid",
  """Taliban forces killed three members of the Islamic State Khorasan Province (ISIS-K) in a night raid in
  Jalalabad city, Nangarhar province, on Tuesday, the Taliban's police spokesman in Nangarhar said. The spokesman said the three were involved in recent attacks in the city and that two others were arrested.
  Independent confirmation was not possible. ISIS-K has claimed several attacks in Nangarhar this year.""", "af-jalalabad")
A("2023-06-14T12:00:00Z", "TOLOnews", "Two killed in explosion in Kabul's PD13",
  """An explosion in Police District 13 of Kabul city killed two civilians on Wednesday morning, the Kabul police
  spokesman said. The explosive was attached to a car. "The explosive device was attached to a vehicle. Two people who were inside were killed," the spokesman said. He
  said an investigation had begun. No group has claimed responsibility.""", "af-kabul")
A("2023-06-14T14:30:00Z", "Amu TV", "Sticky bomb kills two in west Kabul's Dasht-e-Barchi",
  """A magnetic bomb attached to a vehicle exploded in Dasht-e-Barchi, in western Kabul, on Wednesday, killing two
  people, local sources said. Dasht-e-Barchi is mostly inhabited by Hazaras.""", "af-kabul")
A("2023-06-16T08:00:00Z", "TOLOnews", "Four injured in Mazar-i-Sharif blast",
  """Four civilians were wounded on Thursday when an explosive device went off near a money exchange in
  Mazar-i-Sharif, the capital of Balkh province, local officials said.""", "af-mazar")

# ---------------------------------------------------------------- Iraq
I("iq-tarmiyah", "Iraq", "Tarmiyah", D1, "KILLED", "soldiers", 2, "Baghdad")
I("iq-muqdadiyah", "Iraq", "Muqdadiyah", D2, "KILLED", "militia", 2, "Diyala")
I("iq-daquq", "Iraq", "Daquq", D3, "WOUNDED", "police", 3, "Kirkuk")

A("2023-06-13T20:00:00Z", "Shafaq News", "Two Iraqi soldiers killed in ISIS attack in al-Tarmiyah",
  """Shafaq News/ Two Iraqi army soldiers were killed on Tuesday evening when ISIS remnants attacked a military post in al-Tarmiyah
  district, north of Baghdad, a security source told Shafaq News.""", "iq-tarmiyah")
A("2023-06-14T08:00:00Z", "Rudaw", "IS attack kills two Iraqi soldiers north of Baghdad",
  """ERBIL, Kurdistan Region - Two Iraqi soldiers were killed in an Islamic State (ISIS) attack on an army position about 50 kilometres
  north of Baghdad late on Tuesday, Iraq's Security Media Cell said.""", "iq-tarmiyah")
A("2023-06-15T04:00:00Z", "Xinhua", "2 paramilitary fighters killed in roadside bomb blast in eastern Iraq",
  """BAGHDAD, June 14 (Xinhua) -- Two members of the paramilitary Popular Mobilization Forces (PMF) were killed on
  Wednesday when a roadside bomb struck their vehicle in Iraq's eastern province of Diyala, a provincial security
  source said.""", "iq-muqdadiyah")
A("2023-06-15T18:00:00Z", "Rudaw", "Three federal police wounded in ISIS attack in Daquq",
  """KIRKUK - Three federal police officers were wounded on Thursday evening when ISIS militants opened fire on their
  checkpoint in Daquq district, south of Kirkuk, a security official said. "The militants fled towards Wadi al-Shay," the official said. The valley between Kirkuk and Salahaddin remains a
  hideout for ISIS cells. Iraqi forces launched a search of the area.""", "iq-daquq")

# ---------------------------------------------------------------- Syria
I("sy-bara", "Syria", "Al-Bara", D1, "KILLED", "civilians", 2, "Idlib")
I("sy-daratizza", "Syria", "Darat Izza", D1, "KILLED", "civilians", 2, "Aleppo")
I("sy-mayadin", "Syria", "Al Mayadin", D2, "KILLED", "militia", 3, "Deir ez-Zor")
I("sy-jasim", "Syria", "Jasim", D3, "KILLED", "civilians", 1, "Daraa")
I("sy-taltamr", "Syria", "Tal Tamr", D3, "WOUNDED", "militia", 2, "Al-Hasakah")

A("2023-06-13T13:00:00Z", "SOHR", "Regime shelling kills two civilians in Jabal Al-Zawiya",
  """Two civilians were killed on Tuesday by regime artillery shells that targeted Al-Bara village in Jabal
  Al-Zawiya, in the southern countryside of Idlib.""", "sy-bara")
A("2023-06-13T18:00:00Z", "SOHR", "Two civilians killed by regime shells in western Aleppo countryside",
  """Two civilians were killed today, June 13, by regime artillery shelling on the town of Darat Izza in the
  western countryside of Aleppo.""", "sy-daratizza")
A("2023-06-15T09:00:00Z", "SOHR", "Three Iranian-backed militiamen killed in drone strike in Deir Ezzor countryside",
  """Three members of Iranian-backed militias were killed on Wednesday when an unidentified drone targeted their
  vehicle in the Al-Mayadin desert in the eastern countryside of Deir Ezzor.""", "sy-mayadin")
A("2023-06-15T20:00:00Z", "SOHR", "Gunmen shoot dead young man in Jasim city",
  """Daraa province: Unidentified gunmen shot dead a young man in Jasim city in the northern countryside of Daraa today, Thursday.""",
  "sy-jasim")
A("2023-06-16T09:00:00Z", "North Press Agency", "Turkish drone targets SDF vehicle near Tal Tamr, two injured",
  """Two fighters of the Syrian Democratic Forces (SDF) were injured on Thursday when a Turkish drone struck their
  vehicle on the outskirts of Tal Tamr, northwest of Hasakah, a military source told North Press.""", "sy-taltamr")

# ---------------------------------------------------------------- Mexico
I("mx-celaya", "Mexico", "Celaya", D1, "KILLED", "police", 2, "Guanajuato")
I("mx-aguililla", "Mexico", "Aguililla", D2, "WOUNDED", "soldiers", 4, "Michoacan")
I("mx-chilpancingo", "Mexico", "Chilpancingo", D3, "KILLED", "civilians", 3, "Guerrero")

A("2023-06-13T23:30:00Z", "El Universal", "Two municipal police officers killed in Celaya attack",
  """Two municipal police officers were shot dead on Tuesday afternoon in Celaya, Guanajuato, when armed men opened
  fire on their patrol car on a street in the south of the city, the municipal government reported.""", "mx-celaya")
A("2023-06-14T22:00:00Z", "El Universal", "Four soldiers injured by landmine in Aguililla, Michoacan",
  """Four Army soldiers were injured on Wednesday when an explosive device planted on a dirt road went off as their
  patrol passed near Aguililla, in Michoacan's Tierra Caliente, the Defense Ministry said.""", "mx-aguililla")
A("2023-06-15T02:00:00Z", "Associated Press", "Mine wounds 4 Mexican soldiers in cartel-contested western state",
  """MEXICO CITY (AP) - An explosive device buried in a dirt road wounded four Mexican soldiers in the western state
  of Michoacan on Wednesday, the Defense Department said. Cartels fighting for control of the Tierra Caliente
  region have increasingly used mines and drones with explosives. The Jalisco New Generation Cartel has been
  fighting local gangs for years around Aguililla. "The soldiers were evacuated by helicopter," the department
  said in a statement. None of the injuries was life-threatening.""", "mx-aguililla")
A("2023-06-16T12:00:00Z", "Mexico News Daily", "Gunmen kill three at taco stand in Chilpancingo",
  """Armed men killed three men at a taco stand in Chilpancingo, the capital of Guerrero, on Thursday night, the
  state prosecutor's office said.""", "mx-chilpancingo")

# ---------------------------------------------------------------- Colombia
I("co-tibu", "Colombia", "Tibu", D1, "KILLED", "soldiers", 2, "Norte de Santander")
I("co-suarez", "Colombia", "Suarez", D2, "ATTACK", "-", 0, "Cauca")
I("co-saravena", "Colombia", "Saravena", D3, "WOUNDED", "soldiers", 3, "Arauca")

A("2023-06-13T22:00:00Z", "El Tiempo", "Two soldiers killed in attack in Tibu, Norte de Santander",
  """CUCUTA - Two soldiers were killed on Tuesday when armed men attacked an army patrol in a rural area of Tibu, Norte de
  Santander, the Second Division said, blaming the 33rd Front of the FARC dissidents. "The soldiers were on patrol to protect the population when they were attacked with explosives and rifles," the
  army said. The Catatumbo region is disputed by the ELN, FARC dissidents and drug gangs. A third soldier was
  wounded.""", "co-tibu")
A("2023-06-14T13:00:00Z", "Colombia Reports", "Two soldiers killed in Catatumbo attack",
  """Two soldiers were killed in an attack by FARC dissidents in the Catatumbo region on the border with Venezuela on
  Tuesday, the army said. The attack came days after the government and the ELN guerrilla group agreed a
  ceasefire in Havana, a deal that does not cover the dissident groups.""", "co-tibu")
A("2023-06-15T08:00:00Z", "El Tiempo", "Explosive attack on Suarez police station leaves no victims",
  """POPAYAN - An explosive device was thrown at the police station of Suarez, Cauca, late on Wednesday, damaging the facade.
  No one was injured, the police said.""", "co-suarez")
A("2023-06-15T21:00:00Z", "El Tiempo", "Three soldiers injured in car bomb attack in Saravena",
  """ARAUCA - Three soldiers were injured on Thursday when a car bomb exploded near the military base of Saravena, Arauca,
  the army said.""", "co-saravena")
A("2023-06-16T01:30:00Z", "Reuters", "Car bomb wounds three soldiers in Colombia's Arauca province",
  """BOGOTA, June 15 (Reuters) - A car bomb exploded near a military base in Colombia's northeastern Arauca province
  on Thursday, wounding three soldiers, the army said. The army said it was investigating whether dissidents of
  the former FARC rebels or ELN fighters were responsible. "This cowardly act will not go unpunished," the army
  commander said on Twitter.""", "co-saravena")

# ---------------------------------------------------------------- Haiti
I("ht-carrefourfeuilles", "Haiti", "Port-au-Prince", D1, "KILLED", "civilians", 6, "Ouest")
I("ht-croix", "Haiti", "Croix-des-Bouquets", D2, "KILLED", "police", 1, "Ouest")
I("ht-cabaret", "Haiti", "Cabaret", D3, "KILLED", "civilians", 4, "Ouest")

A("2023-06-13T22:00:00Z", "Le Nouvelliste", "Gang attack in Carrefour-Feuilles leaves at least four dead",
  """At least four people were killed on Tuesday when armed bandits from Grand Ravine stormed parts of
  Carrefour-Feuilles, in Port-au-Prince, residents said. Dozens of families fled the area. Residents described hours of gunfire from early morning. "We left everything behind," said a mother of three who
  took refuge in a school in the city centre. The police had not commented by Tuesday evening.""", "ht-carrefourfeuilles")
A("2023-06-14T14:00:00Z", "The Haitian Times", "Six killed as gangs storm Carrefour-Feuilles",
  """Six people were killed on Tuesday when gang members attacked the Carrefour-Feuilles neighborhood of
  Port-au-Prince, according to a local human rights group. Residents said houses were set on fire.""",
  "ht-carrefourfeuilles")
A("2023-06-14T19:00:00Z", "Associated Press", "Gangs kill 6 in attack on Haiti capital neighborhood",
  """PORT-AU-PRINCE, Haiti (AP) - Gang members killed six people and burned homes in an attack on a hillside
  neighborhood of Haiti's capital, a human rights group said Wednesday. The attack on Carrefour-Feuilles on
  Tuesday sent hundreds of people fleeing with their belongings on their heads. "They shot at everything that
  moved," said a woman who would give only her first name, Marie. Gangs are estimated to control about 80% of
  Port-au-Prince, and a vigilante movement has killed scores of suspected gang members since April. Police did
  not respond to requests for comment.""", "ht-carrefourfeuilles")
A("2023-06-15T12:00:00Z", "Le Nouvelliste", "Police officer killed in Croix-des-Bouquets",
  """PORT-AU-PRINCE - A police officer was shot dead on Wednesday in Croix-des-Bouquets by members of the 400 Mawozo gang, the
  police union SPNH-17 said. The officer was off duty and on his way home when he was attacked, the union said. "We ask the authorities to do
  more to protect police officers," it said in a statement. The 400 Mawozo gang controls much of the commune.""", "ht-croix")
A("2023-06-16T15:00:00Z", "The Haitian Times", "Four killed in gang attack in Cabaret",
  """Four people were killed Thursday when gang members attacked residents in Cabaret, north of Port-au-Prince,
  local officials said. Gang members arrived on motorcycles and fired on residents in the town centre, a local official said. "People are
  fleeing toward Arcahaie," he said. The toll could rise, as several people were reported missing.""", "ht-cabaret")

# ---------------------------------------------------------------- Cameroon
I("cm-mora", "Cameroon", "Mora", D3, "KILLED", "civilians", 3, "Far North")
I("cm-bamenda", "Cameroon", "Bamenda", D2, "KILLED", "police", 2, "Northwest")

A("2023-06-15T11:00:00Z", "Mimi Mefo Info", "Separatist fighters kill two gendarmes in Bamenda",
  """BAMENDA - Two gendarmes were killed on Wednesday when separatist fighters attacked a checkpoint in Bamenda, the capital of
  the North West region, security sources said.""", "cm-bamenda")
A("2023-06-16T09:00:00Z", "Mimi Mefo Info", "Boko Haram kills three in Mora",
  """MAROUA - Three civilians were killed on Thursday night when suspected Boko Haram fighters raided a neighbourhood on the
  outskirts of Mora, in the Far North region, local sources said.""", "cm-mora")
A("2023-06-16T13:00:00Z", "Xinhua", "3 civilians killed in Boko Haram raid in northern Cameroon",
  """YAOUNDE, June 16 (Xinhua) -- Three civilians were killed when suspected Boko Haram militants raided a village
  in the Mayo-Sava division of Cameroon's Far North region on Thursday night, local authorities said.""", "cm-mora")


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower().replace("'", "")).strip("-")


def main():
    keys = [i["key"] for i in INC]
    assert len(keys) == len(set(keys)), "duplicate incident key"
    gid = {k: "N%03d" % (n + 1) for n, k in enumerate(keys)}
    used = {a["key"] for a in ART}
    assert used <= set(keys), used - set(keys)
    assert set(keys) <= used, set(keys) - used
    arts = sorted(ART, key=lambda a: (a["publishedAt"], a["source"]))
    with open(os.path.join(HERE, "articles.jsonl"), "w") as f:
        for n, a in enumerate(arts):
            url = "https://%s/%s/%s" % (DOMAIN[a["source"]], a["publishedAt"][:10].replace("-", "/"), slug(a["title"]))
            rec = {"id": "n%03d" % (n + 1), "publishedAt": a["publishedAt"], "source": a["source"], "url": url,
                   "title": a["title"], "text": a["text"], "incident": gid[a["key"]]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "incidents.tsv"), "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"])
        for i in INC:
            w.writerow([gid[i["key"]], i["country"], i["town"], i["date"], i["type"], i["victim_group"],
                        i["count"], i["admin1"]])
    print("wrote %d items, %d incidents" % (len(arts), len(INC)))


if __name__ == "__main__":
    main()
