#!/usr/bin/env python3
"""Hand-written incident stream k. Event days: Tue 9, Wed 10, Thu 11 July 2019. Published 9-13 July 2019.
Every item text below was written by hand. Run: python3 build.py  (writes articles.jsonl and incidents.tsv)."""
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))

INCIDENTS = """\
K001	Syria	Kafr Nabudah	2019-07-09	KILLED	civilians	3	Hama
K002	Syria	Khan Shaykhun	2019-07-09	KILLED	civilians	3	Idlib
K003	Syria	Maarat al-Numan	2019-07-09	KILLED	civilians	5	Idlib
K004	Syria	Tafas	2019-07-09	KILLED	civilians	1	Daraa
K005	Syria	Jasim	2019-07-09	KILLED	civilians	1	Daraa
K006	Syria	Al-Busayrah	2019-07-10	KILLED	militia	2	Deir ez-Zor
K007	Syria	Hajin	2019-07-10	KILLED	militia	2	Deir ez-Zor
K008	Syria	Atarib	2019-07-10	KILLED	civilians	2	Aleppo
K009	Syria	Kafr Zita	2019-07-10	KILLED	civilians	2	Hama
K010	Syria	Tal Malah	2019-07-10	CAPTURE	-	0	Hama
K011	Syria	Ariha	2019-07-11	KILLED	civilians	4	Idlib
K012	Syria	Al-Mayadin	2019-07-11	WOUNDED	civilians	3	Deir ez-Zor
K013	Syria	Al-Sanamayn	2019-07-11	KILLED	soldiers	1	Daraa
K014	Syria	Nawa	2019-07-11	KILLED	soldiers	1	Daraa
K015	Syria	Jisr al-Shughur	2019-07-11	KILLED	civilians	2	Idlib
K016	Syria	Kafr Takharim	2019-07-11	KILLED	civilians	2	Idlib
K017	Iraq	Muqdadiyah	2019-07-09	KILLED	civilians	2	Diyala
K018	Iraq	Khanaqin	2019-07-09	KILLED	civilians	2	Diyala
K019	Iraq	Daquq	2019-07-09	KILLED	militia	3	Kirkuk
K020	Iraq	Tuz Khurmatu	2019-07-09	KILLED	militia	3	Salahuddin
K021	Iraq	Tarmiyah	2019-07-10	KILLED	soldiers	1	Baghdad
K022	Iraq	Baiji	2019-07-10	KILLED	soldiers	1	Salahuddin
K023	Iraq	Hawija	2019-07-10	ATTACK	-	0	Kirkuk
K024	Iraq	Jalawla	2019-07-10	WOUNDED	police	2	Diyala
K025	Iraq	Samarra	2019-07-11	KILLED	militants	4	Salahuddin
K026	Iraq	Baqubah	2019-07-11	WOUNDED	civilians	3	Diyala
K027	Iraq	Dibis	2019-07-11	KILLED	police	1	Kirkuk
K028	Iraq	Al-Shirqat	2019-07-11	KILLED	police	1	Salahuddin
K029	Afghanistan	Qaisar	2019-07-09	KILLED	police	4	Faryab
K030	Afghanistan	Dawlat Abad	2019-07-09	KILLED	police	4	Faryab
K031	Afghanistan	Pul-e-Alam	2019-07-09	KILLED	civilians	2	Logar
K032	Afghanistan	Charkh	2019-07-09	KILLED	civilians	2	Logar
K033	Afghanistan	Kabul	2019-07-09	WOUNDED	civilians	6	Kabul
K034	Afghanistan	Arghandab	2019-07-10	KILLED	militants	7	Kandahar
K035	Afghanistan	Maiwand	2019-07-10	KILLED	soldiers	3	Kandahar
K036	Afghanistan	Shah Joy	2019-07-10	KILLED	soldiers	3	Zabul
K037	Afghanistan	Achin	2019-07-10	KILLED	militants	9	Nangarhar
K038	Afghanistan	Dahana-i-Ghori	2019-07-11	CAPTURE	-	0	Baghlan
K039	Afghanistan	Pul-e-Khumri	2019-07-11	KILLED	civilians	1	Baghlan
K040	Afghanistan	Khogyani	2019-07-11	KILLED	civilians	1	Nangarhar
K041	Afghanistan	Qalat	2019-07-11	KILLED	police	2	Zabul
K042	Afghanistan	Kabul	2019-07-11	KILLED	civilians	1	Kabul
K043	Yemen	Taiz	2019-07-09	KILLED	civilians	2	Taiz
K044	Yemen	Hays	2019-07-09	KILLED	civilians	2	Hodeidah
K045	Yemen	Sirwah	2019-07-09	KILLED	soldiers	5	Marib
K046	Yemen	Al-Durayhimi	2019-07-10	WOUNDED	civilians	4	Hodeidah
K047	Yemen	Nihm	2019-07-10	KILLED	soldiers	3	Sanaa
K048	Yemen	Qaniya	2019-07-10	KILLED	soldiers	3	Al Bayda
K049	Yemen	Sanaa	2019-07-10	ATTACK	-	0	Amanat al-Asimah
K050	Yemen	Taiz	2019-07-11	KILLED	civilians	1	Taiz
K051	Yemen	Al-Tuhayta	2019-07-11	KILLED	civilians	1	Hodeidah
K052	Yemen	Qatabah	2019-07-11	KILLED	militia	4	Al Dhale
K053	Yemen	Mudiyah	2019-07-11	KILLED	militants	2	Abyan
K054	Somalia	Qoryooley	2019-07-09	KILLED	soldiers	2	Lower Shabelle
K055	Somalia	Awdheegle	2019-07-09	KILLED	soldiers	2	Lower Shabelle
K056	Somalia	Mogadishu	2019-07-09	KILLED	civilians	3	Banadir
K057	Somalia	Marka	2019-07-10	KILLED	civilians	1	Lower Shabelle
K058	Somalia	Janaale	2019-07-10	KILLED	civilians	1	Lower Shabelle
K059	Somalia	Sabiid	2019-07-10	ATTACK	-	0	Lower Shabelle
K060	Somalia	Baidoa	2019-07-11	KILLED	soldiers	4	Bay
K061	Somalia	Mogadishu	2019-07-11	WOUNDED	police	3	Banadir
K062	Somalia	Kunyo Barrow	2019-07-11	KILLED	militants	6	Lower Shabelle
K063	Somalia	Galkayo	2019-07-11	KILLED	soldiers	2	Mudug
K064	Nigeria	Damboa	2019-07-09	KILLED	soldiers	3	Borno
K065	Nigeria	Monguno	2019-07-09	KILLED	soldiers	3	Borno
K066	Nigeria	Maru	2019-07-09	KILLED	civilians	7	Zamfara
K067	Nigeria	Kajuru	2019-07-09	KILLED	civilians	4	Kaduna
K068	Nigeria	Birnin Gwari	2019-07-09	KILLED	civilians	4	Kaduna
K069	Nigeria	Gubio	2019-07-10	KILLED	civilians	2	Borno
K070	Nigeria	Magumeri	2019-07-10	KILLED	civilians	2	Borno
K071	Nigeria	Tsafe	2019-07-10	WOUNDED	police	2	Zamfara
K072	Nigeria	Dikwa	2019-07-10	ATTACK	-	0	Borno
K073	Nigeria	Bama	2019-07-11	KILLED	militants	12	Borno
K074	Nigeria	Zurmi	2019-07-11	KILLED	civilians	5	Zamfara
K075	Nigeria	Chikun	2019-07-11	KILLED	civilians	1	Kaduna
K076	Nigeria	Anka	2019-07-11	KILLED	civilians	1	Zamfara
K077	Burkina Faso	Barsalogho	2019-07-09	KILLED	civilians	3	Centre-Nord
K078	Burkina Faso	Titao	2019-07-09	KILLED	civilians	3	Nord
K079	Burkina Faso	Kantchari	2019-07-10	KILLED	soldiers	2	Est
K080	Burkina Faso	Pama	2019-07-10	KILLED	soldiers	2	Est
K081	Burkina Faso	Gorom-Gorom	2019-07-10	KILLED	police	1	Sahel
K082	Burkina Faso	Sebba	2019-07-11	ATTACK	-	0	Sahel
K083	Burkina Faso	Dablo	2019-07-11	KILLED	civilians	6	Centre-Nord
K084	Burkina Faso	Tougan	2019-07-11	WOUNDED	soldiers	4	Boucle du Mouhoun
K085	Mali	Koro	2019-07-09	KILLED	civilians	2	Mopti
K086	Mali	Bankass	2019-07-09	KILLED	civilians	2	Mopti
K087	Mali	Boni	2019-07-10	KILLED	soldiers	4	Mopti
K088	Mali	Douentza	2019-07-10	WOUNDED	civilians	3	Mopti
K089	Mali	Tenenkou	2019-07-11	KILLED	militia	3	Mopti
K090	Mali	Djenne	2019-07-11	KILLED	civilians	1	Mopti
K091	Mali	Sevare	2019-07-11	KILLED	civilians	1	Mopti
K092	India	Shopian	2019-07-09	KILLED	militants	2	Jammu and Kashmir
K093	India	Sopore	2019-07-09	KILLED	militants	2	Jammu and Kashmir
K094	India	Bijapur	2019-07-10	KILLED	militants	3	Chhattisgarh
K095	India	Sukma	2019-07-10	WOUNDED	police	2	Chhattisgarh
K096	India	Pulwama	2019-07-11	WOUNDED	civilians	5	Jammu and Kashmir
K097	India	Narayanpur	2019-07-11	KILLED	civilians	1	Chhattisgarh
K098	India	Kulgam	2019-07-11	KILLED	civilians	1	Jammu and Kashmir
K099	Myanmar	Kyauktaw	2019-07-09	KILLED	civilians	2	Rakhine
K100	Myanmar	Minbya	2019-07-09	KILLED	civilians	2	Rakhine
K101	Myanmar	Buthidaung	2019-07-10	WOUNDED	civilians	4	Rakhine
K102	Myanmar	Rathedaung	2019-07-11	KILLED	soldiers	3	Rakhine
K103	Myanmar	Maungdaw	2019-07-11	ATTACK	-	0	Rakhine
"""

DOMAINS = {
    "SOHR": "https://www.syriahr.com/en",
    "Reuters": "https://www.reuters.com/article",
    "AFP": "https://www.afp.com/en/news",
    "Associated Press": "https://apnews.com",
    "Xinhua": "http://www.xinhuanet.com/english",
    "Anadolu Agency": "https://www.aa.com.tr/en",
    "SANA": "https://sana.sy/en",
    "Enab Baladi": "https://english.enabbaladi.net/archives",
    "Crisis Log": "https://crisislog.example.org/daily",
    "Rudaw": "https://www.rudaw.net/english/middleeast/iraq",
    "Kurdistan 24": "https://www.kurdistan24.net/en/news",
    "Shafaq News": "https://shafaq.com/en",
    "Iraqi News": "https://www.iraqinews.com/iraq-war",
    "Pajhwok Afghan News": "https://pajhwok.com",
    "TOLOnews": "https://tolonews.com/afghanistan",
    "Khaama Press": "https://www.khaama.com",
    "Saba": "https://www.saba.ye/en/news",
    "Al Masirah": "https://english.almasirah.net/details",
    "Garowe Online": "https://www.garoweonline.com/en/news/somalia",
    "Hiiraan Online": "https://www.hiiraan.com/news4",
    "Radio Dalsan": "https://www.radiodalsan.com/en",
    "Premium Times": "https://www.premiumtimesng.com/news",
    "Punch": "https://punchng.com",
    "Daily Trust": "https://www.dailytrust.com.ng",
    "Sahara Reporters": "https://saharareporters.com",
    "Lefaso.net": "https://lefaso.net/spip.php",
    "Burkina24": "https://www.burkina24.com",
    "Studio Tamani": "https://www.studiotamani.org/index.php",
    "Greater Kashmir": "https://www.greaterkashmir.com/news",
    "Press Trust of India": "https://www.ptinews.com/news",
    "Times of India": "https://timesofindia.indiatimes.com/city",
    "The Irrawaddy": "https://www.irrawaddy.com/news/burma",
    "Myanmar Now": "https://www.myanmar-now.org/en/news",
    "Mizzima": "http://mizzima.com/article",
}

# (incident, publishedAt, source, title, text)
ITEMS = [
# ---------------- Syria ----------------
("K001","2019-07-09T11:40:00Z","SOHR","3 civilians killed in regime shelling on Kafr Nabudah",
 "Three civilians, among them a woman, were killed on Tuesday morning when regime forces shelled Kafr Nabudah town in the northwestern countryside of Hama. SOHR activists said rockets also hit farmland on the outskirts of the town."),
("K001","2019-07-09T15:05:00Z","Enab Baladi","Shelling kills civilians in northern Hama countryside",
 "Civil Defense teams recovered the bodies of three people after government artillery hit houses in the northern Hama countryside on 9 July, Enab Baladi's correspondent said. The shelling targeted the village of Kafr Nbouda, which has changed hands several times since May."),
("K001","2019-07-10T06:30:00Z","Crisis Log","Syria daily note, 9 July",
 "On 9 July 2019, Syrian government artillery shelled Kafr Nabudah (Hama), killing 3 civilians. Frontline shelling on the Hama-Idlib axis continued through the night."),
("K002","2019-07-09T13:10:00Z","Reuters","Air strike kills three in rebel-held Idlib town - rescuers",
 "BEIRUT (Reuters) - An air strike killed three civilians in the town of Khan Sheikhoun in Syria's Idlib province on Tuesday, rescuers said, as Russian-backed government forces pressed their assault on the last big rebel bastion. The White Helmets said a family's home was hit."),
("K002","2019-07-10T08:15:00Z","SOHR","Russian warplanes target Khan Shaykhun",
 "Russian warplanes carried out airstrikes yesterday on Khan Shaykhun city in the southern countryside of Idlib, killing a man, his wife and their son. The Observatory also documented strikes on the outskirts of Al-Tamanah."),
("K003","2019-07-09T12:25:00Z","Associated Press","Syrian activists: airstrikes kill at least 3 in Maaret al-Numan",
 "BEIRUT (AP) — Airstrikes on a market in the northwestern Syrian town of Maaret al-Numan killed at least three people on Tuesday, opposition activists said. The Syrian Civil Defense said rescuers were searching the rubble."),
("K003","2019-07-09T17:45:00Z","SOHR","Death toll of Maarat al-Numan massacre rises to 5",
 "The death toll of the regime airstrikes on the vegetable market in Maarat al-Numan city rose to five civilians, including a child, after two of the wounded died of their wounds. More than 10 people were injured in the strikes which hit the city this morning."),
("K003","2019-07-09T19:20:00Z","Anadolu Agency","Assad regime strikes kill 5 civilians in Idlib de-escalation zone",
 "IDLIB, Syria. At least five civilians were killed Tuesday when Assad regime warplanes struck a marketplace in Idlib province, which falls within a de-escalation zone agreed by Turkey and Russia, according to a local civil defense official."),
("K003","2019-07-10T09:00:00Z","Crisis Log","Syria daily note, 9 July (2)",
 "On 9 July 2019, airstrikes hit a market in Maarat al-Numan (Idlib), killing 5 civilians and injuring at least 10. The strike was attributed to Syrian government aircraft."),
("K004","2019-07-09T20:10:00Z","SOHR","Civilian killed by gunmen in Daraa countryside",
 "Unknown gunmen shot dead a man near Tafas city in the western countryside of Daraa tonight, in a new incident of security chaos in the province. The victim had worked with a local reconciliation committee."),
("K005","2019-07-10T07:40:00Z","Enab Baladi","Young man assassinated in Jasim, northern Daraa",
 "A young man from Jasim in the northern countryside of Daraa was killed on Tuesday evening by gunfire from unidentified assailants, local sources told Enab Baladi. No party claimed responsibility for the killing."),
("K006","2019-07-10T14:20:00Z","SOHR","ISIS cells kill 2 SDF members in Deir Ezzor countryside",
 "Two members of the Syrian Democratic Forces were killed today when ISIS cells targeted their vehicle with a roadside bomb near Al-Busayrah town in the eastern countryside of Deir Ezzor."),
("K006","2019-07-11T10:05:00Z","Kurdistan 24","IS sleeper cells kill two SDF fighters east of Deir al-Zor",
 "ERBIL, Kurdistan Region (Kurdistan 24) – Two fighters of the US-backed SDF were killed on Wednesday by an explosive device planted by Islamic State sleeper cells in eastern Deir al-Zor province, a local source said. The Islamic State later claimed the attack."),
("K007","2019-07-10T21:30:00Z","Crisis Log","Syria daily note, 10 July",
 "On 10 July 2019, suspected IS gunmen on a motorbike shot dead 2 SDF members at a checkpoint in Hajin (Deir ez-Zor). Separately, coalition helicopters were seen over the area."),
("K008","2019-07-10T16:40:00Z","SOHR","Two civilians killed in shelling on Al-Atarib",
 "Two civilians were killed in regime forces' shelling targeting Al-Atarib city in the western countryside of Aleppo. Fresh shelling also hit areas in the southern countryside of Idlib."),
("K009","2019-07-10T18:15:00Z","Enab Baladi","Two killed in barrel bomb attack on Kafr Zita",
 "Helicopters dropped barrel bombs on Kafr Zita in the northern countryside of Hama on Wednesday, killing two civilians, the Syrian Civil Defense said."),
("K010","2019-07-10T09:30:00Z","SANA","Army units restore security to Tal Malah in northern Hama",
 "Hama, SANA - Army units on Wednesday restored security and stability to Tal Malah in the northern countryside of Hama after eliminating the last terrorist groups positioned there, SANA reporter said."),
("K010","2019-07-10T11:50:00Z","Reuters","Syrian army says it retakes hilltop village in northern Hama",
 "BEIRUT (Reuters) - The Syrian army said on Wednesday it had captured the village of Tal Malah in northern Hama province from insurgents, the latest back-and-forth over a strip of villages on the edge of the rebel-held northwest. Rebels said fighting was still going on."),
("K010","2019-07-10T19:25:00Z","Enab Baladi","Regime forces advance on Tal Malah after fierce clashes",
 "Regime forces and allied militias took control of Tal Malah in the northern Hama countryside on 10 July after a day of clashes with opposition factions, which said they had withdrawn to new defensive lines."),
("K011","2019-07-11T10:35:00Z","Reuters","Air strikes kill four in Syria's Idlib, rescuers say",
 "BEIRUT (Reuters) - Air strikes killed four people in the town of Ariha in northwest Syria on Thursday, rescuers said, among them two children."),
("K011","2019-07-11T12:05:00Z","Anadolu Agency","Airstrikes on Idlib town kill 3 civilians",
 "IDLIB, Syria. Three civilians were killed in airstrikes on a residential area of Ariha town in Syria's Idlib province on Thursday, according to local sources."),
("K011","2019-07-12T07:10:00Z","Crisis Log","Syria daily note, 11 July",
 "On 11 July 2019, an airstrike hit a residential area of Ariha (Idlib), killing 4 civilians including 2 children. The aircraft were reported as Russian by local observers."),
("K012","2019-07-11T13:45:00Z","SOHR","3 civilians injured in explosion in Al-Mayadin city",
 "Three civilians were injured today when an explosive device went off near a bakery in Al-Mayadin city in the eastern countryside of Deir Ezzor, which is controlled by regime forces and Iranian militias."),
("K012","2019-07-11T18:00:00Z","Enab Baladi","Blast wounds civilians in Mayadeen",
 "An explosion in the city of Mayadeen, east of Deir-ez-Zor, wounded three people on Thursday. The cause of the blast was not immediately known."),
("K013","2019-07-11T15:20:00Z","SOHR","Regime soldier killed in attack in Al-Sanamayn",
 "A regime soldier was killed today when gunmen opened fire on a checkpoint at the entrance of Al-Sanamayn city in the northern countryside of Daraa."),
("K014","2019-07-12T08:25:00Z","Enab Baladi","Government soldier shot dead in Nawa",
 "A member of the Syrian government forces was shot dead on Thursday near the city of Nawa in the western countryside of Daraa, local media reported. The attackers fled."),
("K015","2019-07-11T14:30:00Z","SOHR","Two civilians killed in regime shelling near Jisr al-Shughur",
 "Two civilians were killed today in regime forces' shelling on villages of Jisr al-Shughur countryside, west of Idlib. The two were working in their fields."),
("K015","2019-07-12T10:15:00Z","Xinhua","2 killed in shelling in Syria's Idlib",
 "DAMASCUS, July 11 (Xinhua) -- Two people were killed Thursday by shelling on the western countryside of Idlib province in northwestern Syria, a war monitor reported."),
("K016","2019-07-11T20:50:00Z","Crisis Log","Syria daily note, 11 July (2)",
 "On 11 July 2019, an airstrike hit a poultry farm on the edge of Kafr Takharim (Idlib), killing 2 civilians. No further details were available."),
# ---------------- Iraq ----------------
("K017","2019-07-09T12:10:00Z","Shafaq News","Two farmers killed in attack north of Muqdadiyah",
 "Shafaq News / A security source in Diyala said on Tuesday that two farmers were killed by gunmen believed to belong to ISIS in an orchard north of Muqdadiyah district, northeast of Baqubah."),
("K017","2019-07-09T16:30:00Z","Iraqi News","Two civilians killed by ISIS gunmen in Diyala",
 "Diyala (IraqiNews.com) – Two civilians were killed by ISIS militants in Diyala province on Tuesday, a local source said. The victims were shot dead while working on their farm in the al-Mukhaisa area, the source added."),
("K017","2019-07-10T08:00:00Z","Crisis Log","Iraq daily note, 9 July",
 "On 9 July 2019, suspected IS militants shot dead 2 farmers in an orchard near Muqdadiyah (Diyala). Security forces launched a search operation afterwards."),
("K018","2019-07-09T19:40:00Z","Rudaw","Two shepherds killed in disputed Khanaqin",
 "KHANAQIN, Kurdistan Region — Two shepherds were killed on Tuesday in a village in the Khanaqin area, a local official told Rudaw, blaming Islamic State remnants who move through the gap between Iraqi and Peshmerga forces."),
("K019","2019-07-09T14:15:00Z","Shafaq News","Three Hashd fighters killed in ISIS attack in Kirkuk",
 "Shafaq News / Three members of the Popular Mobilization Forces were killed on Tuesday in an ISIS attack on their post south of Kirkuk, a security source said. The attack targeted a PMF position in the Daquq district."),
("K019","2019-07-09T18:20:00Z","Xinhua","3 paramilitary fighters killed in IS attack in Iraq's Kirkuk",
 "BAGHDAD, July 9 (Xinhua) -- Three members of the paramilitary Hashd Shaabi forces were killed when Islamic State (IS) militants attacked their position in Iraq's northern province of Kirkuk on Tuesday, a provincial security source said."),
("K019","2019-07-10T07:50:00Z","Kurdistan 24","Islamic State kills three PMF members in Daquq",
 "ERBIL, Kurdistan Region (Kurdistan 24) – Islamic State militants attacked a checkpoint of the Shia-led Popular Mobilization Forces in Daquq on Tuesday afternoon, killing three members, a Kurdish official said. He said at least two more were missing."),
("K020","2019-07-10T09:30:00Z","Iraqi News","Three PMF members killed by IED in Tuz Khurmatu",
 "Salahuddin (IraqiNews.com) – Three members of the Popular Mobilization Forces were killed on Tuesday night when a roadside bomb struck their vehicle in Tuz Khurmatu, east of Tikrit, a security source said."),
("K021","2019-07-10T13:05:00Z","Shafaq News","Soldier killed in sniper fire in Tarmiyah",
 "Shafaq News / An Iraqi army soldier was killed on Wednesday by sniper fire in the Tarmiyah district north of Baghdad, a security source said."),
("K022","2019-07-10T15:50:00Z","Iraqi News","Soldier killed, another wounded in ISIS attack in Baiji",
 "Salahuddin (IraqiNews.com) – An Iraqi soldier was killed and another wounded on Wednesday when ISIS militants attacked an army post near Baiji, north of Tikrit, a military source said."),
("K022","2019-07-11T06:40:00Z","Crisis Log","Iraq daily note, 10 July",
 "On 10 July 2019, IS militants attacked an Iraqi army post in the Baiji area (Salah al-Din), killing 1 soldier and wounding 1."),
("K023","2019-07-10T22:10:00Z","Shafaq News","Security forces repel ISIS attack south of Hawija",
 "Shafaq News / Iraqi security forces repelled on Wednesday night an attack by ISIS militants on a security post in the Hawija district southwest of Kirkuk. No casualties were reported among the forces, a source said."),
("K024","2019-07-10T17:25:00Z","Rudaw","Two police officers injured in Jalawla blast",
 "Two Iraqi police officers were injured on Wednesday when an improvised explosive device went off near their patrol in Jalawla, a town in Diyala province, a security source told Rudaw."),
("K025","2019-07-11T11:15:00Z","Iraqi News","Iraqi jets kill four ISIS militants near Samarra",
 "Salahuddin (IraqiNews.com) – Iraqi F-16 jets killed four Islamic State militants in an airstrike on a hideout east of Samarra on Thursday, the Security Media Cell said in a statement."),
("K025","2019-07-11T14:40:00Z","Xinhua","Iraqi airstrike kills 4 IS militants in Salahudin",
 "BAGHDAD, July 11 (Xinhua) -- Iraqi warplanes killed four Islamic State (IS) militants in an airstrike on their hideout in Iraq's central province of Salahudin on Thursday, the Iraqi military said."),
("K025","2019-07-12T09:35:00Z","Shafaq News","Air strike destroys ISIS hideout in Mutaibija",
 "Shafaq News / The Security Media Cell said on Friday that an airstrike on Thursday destroyed an ISIS hideout in the Mutaibija area between Samarra and Diyala, killing four terrorists."),
("K026","2019-07-11T16:55:00Z","Shafaq News","Three civilians wounded in Baqubah bombing",
 "Shafaq News / Three civilians were wounded on Thursday in the explosion of a sticky bomb attached to a car in central Baqubah, the centre of Diyala governorate."),
("K027","2019-07-11T19:10:00Z","Kurdistan 24","Police officer killed in Dibis attack",
 "ERBIL, Kurdistan Region (Kurdistan 24) – A federal police officer was killed on Thursday when gunmen attacked his patrol near Dibis, northwest of Kirkuk, a local source said."),
("K028","2019-07-12T08:50:00Z","Iraqi News","Policeman killed by ISIS near Shirqat",
 "Salahuddin (IraqiNews.com) – A policeman was killed on Thursday by ISIS gunfire in a village west of al-Shirqat district, north of Salahuddin province, a security source said."),
# ---------------- Afghanistan ----------------
("K029","2019-07-09T07:20:00Z","Pajhwok Afghan News","3 policemen killed in Faryab Taliban attack",
 "MAIMANA (Pajhwok): Three policemen were killed and two others wounded when Taliban stormed a security post in Qaisar district of northern Faryab province overnight, an official said on Tuesday."),
("K029","2019-07-09T10:45:00Z","TOLOnews","Four Police Killed In Faryab Clash",
 "Four police forces were killed in a Taliban attack on a checkpoint in Qaisar district of Faryab in the early hours of Tuesday, local officials confirmed. The provincial council said the checkpoint was without reinforcements for two days."),
("K029","2019-07-09T13:30:00Z","Reuters","Taliban kill four police in northern Afghanistan - officials",
 "KABUL (Reuters) - Taliban fighters killed four police officers in an attack on a checkpoint in Afghanistan's northern province of Faryab on Tuesday, officials said, as the insurgents and U.S. negotiators met in Doha."),
("K029","2019-07-10T05:50:00Z","Khaama Press","Taliban claim killing 9 police in Faryab; officials say 4",
 "The Taliban group claimed its fighters killed nine policemen in Qaisar district of Faryab province. The provincial officials however said four police were killed and two wounded in the attack which took place on Tuesday."),
("K030","2019-07-09T16:10:00Z","Pajhwok Afghan News","4 police killed in Dawlat Abad district",
 "MAIMANA (Pajhwok): Four police personnel lost their lives when a roadside bomb struck their vehicle in Dawlat Abad district of Faryab on Tuesday afternoon, the police spokesman said."),
("K031","2019-07-09T11:30:00Z","Pajhwok Afghan News","2 civilians killed in Logar mortar attack",
 "PUL-I-ALAM (Pajhwok): Two civilians were killed and three others injured when a mortar shell landed on a house on the outskirts of Pul-i-Alam, the capital of Logar province, on Tuesday, officials said."),
("K031","2019-07-09T14:50:00Z","Khaama Press","Mortar round kills two in Logar",
 "At least two people were killed after a mortar round hit a residential house in the provincial capital of Logar on Tuesday. The provincial governor's office blamed the Taliban for firing the round."),
("K032","2019-07-10T09:10:00Z","TOLOnews","Two Civilians Killed In Logar's Charkh District",
 "Two civilians were killed on Tuesday evening in crossfire between security forces and Taliban in Charkh district of Logar, local officials said."),
("K033","2019-07-09T06:30:00Z","TOLOnews","Six Wounded In Kabul Magnetic Bomb Blast",
 "At least six civilians were wounded after a magnetic bomb attached to a minibus exploded in Kabul's Karte Naw area on Tuesday morning, the Interior Ministry spokesman said."),
("K033","2019-07-09T08:20:00Z","Associated Press","Bomb on bus wounds 6 in Afghan capital",
 "KABUL, Afghanistan (AP) — A sticky bomb attached to a minibus exploded during the morning rush hour in the Afghan capital on Tuesday, wounding six civilians, police said. No one immediately claimed the blast."),
("K033","2019-07-09T09:05:00Z","Pajhwok Afghan News","5 wounded as explosion hits minibus in Kabul",
 "KABUL (Pajhwok): Five people were wounded when an explosive device attached to a minibus went off in the 8th police district of Kabul city, police said."),
("K034","2019-07-10T08:40:00Z","Pajhwok Afghan News","7 Taliban killed in Kandahar airstrike",
 "KANDAHAR CITY (Pajhwok): At least seven Taliban fighters were killed in an airstrike in Arghandab district of southern Kandahar province on Wednesday, the 205th Atal Corps said."),
("K034","2019-07-10T12:15:00Z","Khaama Press","Afghan forces kill 7 militants in Arghandab",
 "The Afghan military said seven militants were killed in an airstrike conducted by the security forces in Arghandab district. The 205th Atal Military Corps in a statement said the strike also destroyed a weapons cache."),
("K034","2019-07-10T15:00:00Z","Xinhua","7 militants killed in airstrike in S. Afghanistan",
 "KANDAHAR, Afghanistan, July 10 (Xinhua) -- Seven Taliban militants were killed as Afghan warplanes pounded insurgents' hideouts in southern Kandahar province on Wednesday, an army spokesman said."),
("K035","2019-07-10T17:30:00Z","TOLOnews","Three Soldiers Killed In Maiwand Attack",
 "Three Afghan army soldiers were killed when Taliban attacked an army outpost in Maiwand district of Kandahar on Wednesday afternoon, sources said."),
("K036","2019-07-10T13:20:00Z","Pajhwok Afghan News","3 soldiers killed in Zabul roadside blast",
 "QALAT CITY (Pajhwok): Three soldiers were killed when their tank hit a roadside bomb on the highway in Shah Joy district of southern Zabul province on Wednesday."),
("K036","2019-07-11T07:45:00Z","Khaama Press","Three ANA soldiers martyred in Zabul IED explosion",
 "Three soldiers of the Afghan National Army were killed in a roadside bomb explosion on the Kabul-Kandahar highway in Zabul province yesterday, local officials said. The vehicle was destroyed."),
("K037","2019-07-10T19:15:00Z","Pajhwok Afghan News","9 Daesh fighters killed in Nangarhar operation",
 "JALALABAD (Pajhwok): Nine Daesh militants were killed during a joint operation of Afghan and foreign forces in the Achin district of eastern Nangarhar province on Wednesday, the governor's spokesman said."),
("K038","2019-07-11T09:25:00Z","TOLOnews","Taliban Overrun Security Posts In Baghlan's Dahana-i-Ghori",
 "Taliban insurgents overran several security posts and took control of the Kalai Nazar area in Dahana-i-Ghori district of Baghlan on Thursday, local officials said. The forces pulled back to the district centre; there were no reports of casualties."),
("K038","2019-07-11T11:55:00Z","Pajhwok Afghan News","Taliban capture area in Baghlan district",
 "PUL-I-KHUMRI (Pajhwok): The Taliban captured a strategic area in Dahan-i-Ghori district of Baghlan province on Thursday after security forces retreated, a provincial council member said."),
("K038","2019-07-12T06:35:00Z","Reuters","Taliban take territory in northern Afghanistan as Doha talks continue",
 "KABUL (Reuters) - Taliban fighters seized a swathe of villages in the northern province of Baghlan on Thursday after government forces pulled out of their outposts, officials said. Officials said no one was killed."),
("K039","2019-07-11T14:10:00Z","Pajhwok Afghan News","Shopkeeper shot dead in Pul-i-Khumri",
 "PUL-I-KHUMRI (Pajhwok): Unknown gunmen shot dead a shopkeeper in the Baghlan provincial capital on Thursday afternoon, police said."),
("K040","2019-07-11T16:20:00Z","Khaama Press","Civilian killed in Khogyani crossfire",
 "A civilian was killed in a clash between security forces and militants in Khogyani district of eastern Nangarhar province on Thursday, the provincial governor's office said."),
("K041","2019-07-11T18:30:00Z","TOLOnews","Two Police Killed In Zabul Capital",
 "Two police forces were killed after Taliban attacked a checkpoint on the edge of Qalat city, the centre of Zabul province, on Thursday evening, officials said."),
("K042","2019-07-11T12:40:00Z","TOLOnews","Man Shot Dead In Kabul's Khair Khana",
 "A man was shot dead by unidentified gunmen in Kabul's Khair Khana area on Thursday morning, police said. Police said they had launched an investigation."),
# ---------------- Yemen ----------------
("K043","2019-07-09T13:35:00Z","Xinhua","2 civilians killed in Houthi shelling on Yemen's Taiz",
 "ADEN, Yemen, July 9 (Xinhua) -- Two civilians were killed on Tuesday when Houthi rebels shelled a residential neighborhood in Yemen's southwestern city of Taiz, a local official said."),
("K043","2019-07-09T17:00:00Z","Saba","Houthi militia shelling kills two citizens in Taiz",
 "TAIZ, July 9 (Saba) - Two citizens, including a child, were killed on Tuesday by shelling of the Houthi militia on the al-Rawdah neighborhood east of Taiz city, a medical source said."),
("K043","2019-07-10T08:05:00Z","Crisis Log","Yemen daily note, 9 July",
 "On 9 July 2019, Houthi forces shelled the al-Rawdah neighbourhood of Taiz city, killing 2 civilians including a child."),
("K044","2019-07-09T19:25:00Z","Saba","Two civilians killed by Houthi mine in Hays",
 "HODEIDAH, July 9 (Saba) - Two civilians were killed on Tuesday when a landmine planted by the Houthi militia exploded under their motorcycle in Hays district, south of Hodeidah governorate."),
("K045","2019-07-09T10:50:00Z","Al Masirah","Army and Popular Committees repel advance in Sirwah, inflicting losses",
 "The army and Popular Committees repelled an attempted advance by mercenaries in Sirwah district of Marib province on Tuesday, killing and wounding a number of them, a military source said."),
("K045","2019-07-09T14:20:00Z","Saba","Five soldiers martyred in Houthi attack in Sirwah",
 "MARIB, July 9 (Saba) - Five soldiers of the national army were martyred and seven injured on Tuesday in an attack by the Houthi militia on army positions in Sirwah front west of Marib, a military source said."),
("K045","2019-07-09T18:40:00Z","Xinhua","5 Yemeni soldiers killed in Houthi attack in Marib",
 "ADEN, Yemen, July 9 (Xinhua) -- At least five government soldiers were killed on Tuesday in an attack by Houthi rebels on military positions in Yemen's oil-rich province of Marib, a military official said."),
("K045","2019-07-10T09:30:00Z","Crisis Log","Yemen daily note, 9 July (2)",
 "On 9 July 2019, Houthi forces attacked government army positions in Sirwah (Marib); 5 soldiers were killed and 7 injured, according to government military sources. Houthi media reported that an advance had been repelled."),
("K046","2019-07-10T12:30:00Z","Saba","Four civilians injured by Houthi shelling in Durayhimi",
 "HODEIDAH, July 10 (Saba) - Four civilians, among them two women, were injured on Wednesday by Houthi militia shelling on villages of al-Durayhimi district south of Hodeidah, in a new violation of the Stockholm agreement."),
("K047","2019-07-10T11:10:00Z","Saba","Three soldiers martyred in Nihm fighting",
 "SANAA, July 10 (Saba) - Three army soldiers were martyred on Wednesday during clashes with the Houthi militia in Nihm district, northeast of Sanaa, a military source said."),
("K047","2019-07-11T08:45:00Z","Xinhua","3 Yemeni soldiers killed in clashes east of Sanaa",
 "ADEN, Yemen, July 10 (Xinhua) -- Three Yemeni government soldiers were killed on Wednesday in fierce clashes with the Houthi rebels in the mountainous Nihm area east of the capital Sanaa, a military source told Xinhua."),
("K048","2019-07-10T16:45:00Z","Saba","Three soldiers killed in Houthi attack in Qaniya",
 "AL-BAYDA, July 10 (Saba) - Three soldiers were killed on Wednesday when the Houthi militia attacked army positions in Qaniya area, north of al-Bayda province."),
("K049","2019-07-10T05:40:00Z","Al Masirah","US-Saudi aggression launches raids on Sanaa",
 "The US-Saudi aggression warplanes launched two raids on al-Dailami air base, north of the capital Sanaa, early on Wednesday, a security source said. No casualties were immediately reported."),
("K049","2019-07-10T10:20:00Z","Reuters","Saudi-led coalition strikes Houthi air base in Sanaa",
 "DUBAI (Reuters) - The Saudi-led coalition said on Wednesday it had struck Houthi drone storage sites at an air base in Yemen's capital Sanaa, after the group launched drones at Saudi airports. Residents said the strikes shook the city; there was no word on casualties."),
("K050","2019-07-11T10:00:00Z","Saba","Woman killed by Houthi sniper in Taiz",
 "TAIZ, July 11 (Saba) - A woman was killed on Thursday by a Houthi sniper in the Thabat area east of Taiz city, a local source said."),
("K051","2019-07-11T15:35:00Z","Saba","Citizen killed by Houthi shelling in Tuhayta",
 "HODEIDAH, July 11 (Saba) - A citizen was killed on Thursday by Houthi artillery shelling on a village in al-Tuhayta district, south of Hodeidah."),
("K052","2019-07-11T13:25:00Z","Xinhua","4 southern fighters killed in clashes with Houthis in Yemen's Dhale",
 "ADEN, Yemen, July 11 (Xinhua) -- Four fighters of the pro-government Southern Resistance forces were killed on Thursday in clashes with Houthi rebels in Qataba district of Yemen's southern province of Dhale, a local official said."),
("K053","2019-07-12T09:15:00Z","Crisis Log","Yemen daily note, 11 July",
 "On 11 July 2019, Security Belt forces clashed with AQAP militants near Mudiyah (Abyan); 2 AQAP militants were killed."),
# ---------------- Somalia ----------------
("K054","2019-07-09T12:40:00Z","Garowe Online","Two soldiers killed as Al-Shabaab ambushes convoy near Qoryoley",
 "MOGADISHU - Two Somali National Army soldiers were killed on Tuesday when Al-Shabaab militants ambushed a military convoy near Qoryoley town in Lower Shabelle region, officials said."),
("K054","2019-07-09T15:15:00Z","Hiiraan Online","Al-Shabaab attack on SNA convoy kills two in Lower Shabelle",
 "An Al-Shabaab ambush on a government convoy in Lower Shabelle on Tuesday left two soldiers dead and three others wounded, a military officer told Hiiraan Online. The convoy was travelling from Qoryooley to Marka."),
("K054","2019-07-10T07:20:00Z","Xinhua","2 Somali soldiers killed in al-Shabab ambush",
 "MOGADISHU, July 9 (Xinhua) -- At least two Somali soldiers were killed on Tuesday when al-Shabab militants ambushed their convoy in the southern region of Lower Shabelle, a military official said."),
("K055","2019-07-09T18:50:00Z","Radio Dalsan","Two soldiers killed in Awdheegle mortar attack",
 "Two soldiers were killed after Al-Shabaab fighters fired mortar shells at a military base in Awdheegle district of Lower Shabelle on Tuesday evening, residents said."),
("K056","2019-07-09T10:30:00Z","Radio Dalsan","Three killed as roadside bomb hits minibus in Mogadishu",
 "Three civilians were killed when a roadside bomb struck a minibus in Mogadishu's Hodan district on Tuesday morning. Police said the bomb had targeted a government vehicle that was passing."),
("K056","2019-07-09T13:15:00Z","Associated Press","Bomb blast kills 3 in Somalia's capital",
 "MOGADISHU, Somalia (AP) — A roadside bomb exploded near a busy junction in Somalia's capital on Tuesday, killing three people, police said. Al-Shabab extremists claimed responsibility."),
("K056","2019-07-09T16:05:00Z","Garowe Online","Mogadishu explosion: death toll reaches three",
 "MOGADISHU - The death toll from the explosion near the KM4 junction in the Somali capital has risen to three, police said. Al-Shabaab claimed the blast and said it killed five government officials."),
("K057","2019-07-10T14:00:00Z","Radio Dalsan","Elder shot dead in Merca",
 "A clan elder was shot dead by suspected Al-Shabaab gunmen in Merca, the capital of Lower Shabelle, on Wednesday afternoon, witnesses said."),
("K058","2019-07-10T17:30:00Z","Hiiraan Online","Farmer killed near Janaale",
 "A farmer was killed by gunfire near Janaale in Lower Shabelle on Wednesday, local elders said, blaming soldiers manning a checkpoint on the road to the town."),
("K059","2019-07-10T20:45:00Z","Garowe Online","Al-Shabaab fires mortars at Sabiid base, no casualties",
 "MOGADISHU - Al-Shabaab militants fired several mortar rounds at a Somali army base in Sabiid, Lower Shabelle, on Wednesday night. Officials said the shells landed outside the base and caused no casualties."),
("K060","2019-07-11T12:10:00Z","Garowe Online","Four soldiers killed in Al-Shabaab attack near Baidoa",
 "BAIDOA - Four South West State soldiers were killed on Thursday when Al-Shabaab attacked a checkpoint on the outskirts of Baidoa, the regional administration said."),
("K060","2019-07-12T06:55:00Z","Xinhua","4 Somali soldiers killed in militant attack in southwest",
 "MOGADISHU, July 11 (Xinhua) -- At least four Somali soldiers were killed on Thursday when al-Shabab militants attacked a checkpoint in Bay region in southwest Somalia, officials said."),
("K061","2019-07-11T09:30:00Z","Hiiraan Online","Grenade attack injures three police officers in Mogadishu",
 "Three police officers were injured when an unknown assailant threw a hand grenade at a police station in Mogadishu's Wadajir district on Thursday morning."),
("K062","2019-07-11T19:05:00Z","Reuters","U.S. air strike kills six al Shabaab militants in Somalia - AFRICOM",
 "NAIROBI (Reuters) - A U.S. air strike killed six al Shabaab militants near Kunyo Barrow in southern Somalia on Thursday, the U.S. military's Africa Command said, adding that no civilians were harmed."),
("K062","2019-07-12T08:30:00Z","Garowe Online","AFRICOM says airstrike killed six militants in Lower Shabelle",
 "MOGADISHU - The US Africa Command has confirmed that an airstrike carried out on Thursday in the Lower Shabelle region killed six Al-Shabaab fighters. The strike was conducted in coordination with the Federal Government of Somalia."),
("K063","2019-07-11T17:40:00Z","Radio Dalsan","Two soldiers killed in Galkayo clashes",
 "Two soldiers were killed in a gunfight between government troops and clan militia in south Galkayo on Thursday, local officials said."),
# ---------------- Nigeria ----------------
("K064","2019-07-09T15:40:00Z","Premium Times","Boko Haram kills three soldiers in Borno ambush",
 "Three soldiers were killed on Tuesday when Boko Haram insurgents ambushed a military patrol on the Damboa-Biu road in Borno State, military sources told PREMIUM TIMES."),
("K064","2019-07-10T07:10:00Z","Daily Trust","ISWAP ambush: 3 soldiers killed near Damboa",
 "Three soldiers lost their lives when suspected ISWAP fighters attacked their patrol vehicles a few kilometres outside Damboa town on Tuesday afternoon, a security source said. Two gun trucks were burnt."),
("K064","2019-07-10T12:50:00Z","AFP","Jihadists kill three Nigerian soldiers in northeast",
 "KANO, Nigeria (AFP) - Jihadists killed three Nigerian soldiers in an ambush in restive Borno state on Tuesday, military sources told AFP, in the latest attack on troops in the region."),
("K065","2019-07-10T09:40:00Z","Sahara Reporters","Three soldiers killed as insurgents attack Monguno base",
 "Three soldiers were killed on Tuesday night as insurgents attacked a military base in Monguno, Borno State, a source in the army told SaharaReporters. The attack was repelled after hours of fighting."),
("K066","2019-07-09T16:25:00Z","Punch","Bandits kill seven in Zamfara village",
 "Bandits on Tuesday killed seven people in Kanoma village in the Maru Local Government Area of Zamfara State, residents said. The gunmen arrived on motorcycles and shot at villagers."),
("K066","2019-07-09T19:45:00Z","Daily Trust","Gunmen kill 5 in Maru LGA",
 "At least five people were killed when gunmen invaded a community in Maru Local Government Area of Zamfara State on Tuesday, Daily Trust gathered. Police confirmed the attack but did not give a figure."),
("K066","2019-07-10T10:35:00Z","Premium Times","Zamfara police confirm seven killed in bandit attack",
 "The Zamfara State Police Command has confirmed the killing of seven persons by armed bandits in Kanoma, Maru LGA, on Tuesday. The spokesperson, Mohammed Shehu, said a search operation was ongoing."),
("K067","2019-07-09T18:05:00Z","Punch","Gunmen kill four in southern Kaduna village",
 "Four people were killed on Tuesday when gunmen attacked a village in the Kajuru Local Government Area of Kaduna State, a community leader said."),
("K068","2019-07-10T11:20:00Z","Daily Trust","Four killed as bandits attack Birnin Gwari community",
 "Four persons were killed on Tuesday when bandits attacked a village in Birnin Gwari Local Government Area of Kaduna State, residents said. Several people were abducted."),
("K069","2019-07-10T13:40:00Z","Premium Times","Boko Haram kills two herders in Gubio",
 "Two herders were killed on Wednesday when Boko Haram insurgents attacked their camp in Gubio Local Government Area of Borno, the vigilance group said. The insurgents took away dozens of cattle."),
("K069","2019-07-11T08:25:00Z","Daily Trust","Insurgents kill 2, rustle cattle in Borno",
 "Suspected Boko Haram insurgents on Wednesday killed two herdsmen and rustled cattle in a settlement about 80 kilometres northwest of Maiduguri, sources said."),
("K070","2019-07-10T19:55:00Z","Sahara Reporters","Boko Haram kills two farmers in Magumeri",
 "Two farmers were killed by Boko Haram insurgents on their farmland in Magumeri, Borno State, on Wednesday, SaharaReporters learnt."),
("K071","2019-07-10T15:30:00Z","Punch","Two policemen injured as bandits attack Tsafe checkpoint",
 "Two policemen sustained gunshot injuries on Wednesday when bandits opened fire on a police checkpoint in Tsafe, Zamfara State, the police said."),
("K072","2019-07-10T22:15:00Z","Premium Times","Troops repel ISWAP attack on Dikwa",
 "Nigerian troops on Wednesday repelled an attack by ISWAP fighters on their base in Dikwa, Borno State, the army said. No casualties were recorded among the troops, it said."),
("K073","2019-07-11T17:20:00Z","Daily Trust","Troops kill 12 Boko Haram fighters in Bama",
 "Troops of Operation Lafiya Dole killed 12 Boko Haram terrorists during a clearance operation around Bama on Thursday, the army spokesman said in a statement."),
("K073","2019-07-12T10:45:00Z","Premium Times","Army says 12 insurgents killed in Borno clearance operation",
 "The Nigerian Army said on Friday its troops neutralised 12 Boko Haram insurgents on Thursday in a clearance operation in villages of Bama LGA of Borno State, recovering weapons."),
("K074","2019-07-11T18:40:00Z","Punch","Bandits kill five in Zurmi",
 "Five persons were killed on Thursday when bandits attacked Gidan Dawa village in Zurmi Local Government Area of Zamfara State, a resident said."),
("K075","2019-07-11T20:30:00Z","Daily Trust","Kidnappers kill one, abduct three in Chikun",
 "Kidnappers on Thursday killed a man and abducted three others in a village in Chikun Local Government Area of Kaduna State, residents said."),
("K076","2019-07-12T09:05:00Z","Premium Times","Bandits kill vigilante leader's son in Anka",
 "Suspected bandits on Thursday shot dead the son of a local vigilante leader in Anka, Zamfara State, a community member told our reporter."),
# ---------------- Burkina Faso ----------------
("K077","2019-07-09T17:10:00Z","Burkina24","Three civilians killed in attack near Barsalogho",
 "Three civilians were killed on Tuesday by unidentified armed men in a village of the commune of Barsalogho, in the Centre-Nord region, local sources said."),
("K077","2019-07-10T08:35:00Z","AFP","Three civilians killed in northern Burkina attack",
 "OUAGADOUGOU (AFP) - Suspected jihadists killed three civilians in a village in northern Burkina Faso on Tuesday, a security source told AFP. The attack took place in Sanmatenga province."),
("K077","2019-07-11T07:15:00Z","Crisis Log","Burkina Faso daily note, 9-10 July",
 "On 9 July 2019, unidentified gunmen killed 3 civilians in a village in Barsalogho commune (Sanmatenga, Centre-Nord). On 10 July, the area was calm according to local sources."),
("K078","2019-07-10T13:50:00Z","Lefaso.net","Titao: three people killed by armed individuals",
 "Three people were killed on Tuesday evening by armed individuals in a hamlet of the commune of Titao, province of Loroum, a local official told Lefaso.net."),
("K079","2019-07-10T16:15:00Z","Burkina24","Two soldiers killed by explosive device near Kantchari",
 "Two soldiers were killed on Wednesday when their vehicle hit an improvised explosive device on the road between Kantchari and Diapaga, in the East region, a security source said."),
("K080","2019-07-10T18:25:00Z","AFP","Two Burkinabe soldiers killed in east",
 "OUAGADOUGOU (AFP) - Two soldiers were killed on Wednesday in an attack on a military detachment in eastern Burkina Faso near the border with Benin and Togo, security sources said."),
("K080","2019-07-11T09:50:00Z","Lefaso.net","Attack on the Pama detachment: two soldiers fell",
 "The army general staff confirmed on Thursday that two soldiers fell during an attack on the military detachment of Pama, province of Kompienga, on Wednesday. The assailants were repelled."),
("K081","2019-07-11T08:40:00Z","Burkina24","Gendarme killed in Gorom-Gorom",
 "A gendarme was killed on Wednesday night in an attack on a gendarmerie patrol near Gorom-Gorom, in the province of Oudalan, according to a security source."),
("K082","2019-07-11T19:35:00Z","Lefaso.net","Sebba: gendarmerie brigade attacked, assailants repelled",
 "The gendarmerie brigade of Sebba, in Yagha province, was attacked on Thursday afternoon by armed men. The assault was repelled and no casualties were recorded, a security source said."),
("K083","2019-07-11T15:20:00Z","Burkina24","Dablo: six people killed in a new attack",
 "Six people were killed on Thursday morning in an attack on a village in the commune of Dablo, Sanmatenga province, a local source told Burkina24."),
("K083","2019-07-12T09:40:00Z","AFP","Six killed in attack in Burkina Faso's north",
 "OUAGADOUGOU (AFP) - Six civilians were killed on Thursday by suspected jihadists in a village in the Centre-North region of Burkina Faso, a security source said."),
("K083","2019-07-13T08:10:00Z","Crisis Log","Burkina Faso daily note, 11 July",
 "On 11 July 2019, suspected JNIM militants attacked a village in Dablo commune (Sanmatenga), killing 6 civilians. Reported two days late by local sources."),
("K084","2019-07-12T11:25:00Z","Burkina24","Four soldiers wounded in Tougan area",
 "Four soldiers were wounded on Thursday when their patrol came under fire near Tougan, in the Sourou province, a security source said. The wounded were evacuated to Dedougou."),
# ---------------- Mali ----------------
("K085","2019-07-09T20:20:00Z","Studio Tamani","Two civilians killed near Koro",
 "Two civilians were killed on Tuesday by unidentified armed men near a village in the circle of Koro, Mopti region, local sources told Studio Tamani."),
("K085","2019-07-11T10:30:00Z","Crisis Log","Mali daily note, 9 July",
 "On 9 July 2019, unidentified gunmen killed 2 civilians near a village of Koro cercle (Mopti). Reported with a delay by local radio."),
("K086","2019-07-10T09:15:00Z","Studio Tamani","Two herders killed in Bankass circle",
 "Two herders were killed on Tuesday in the circle of Bankass, in the Mopti region. Local sources blame a traditional hunters' militia."),
("K087","2019-07-10T15:45:00Z","AFP","Four Malian soldiers killed in central Mali",
 "BAMAKO (AFP) - Four Malian soldiers were killed on Wednesday when their vehicle hit a mine near Boni in central Mali, military sources said."),
("K088","2019-07-10T19:00:00Z","Studio Tamani","Douentza: three civilians wounded by explosive device",
 "Three civilians were wounded on Wednesday when a transport vehicle hit an explosive device on the road near Douentza, Mopti region."),
("K089","2019-07-11T16:30:00Z","Studio Tamani","Three dozos killed in Tenenkou circle",
 "Three members of the dozo traditional hunters were killed on Thursday in clashes with armed men in the circle of Tenenkou, local sources said."),
("K089","2019-07-12T14:15:00Z","AFP","Three militiamen killed in central Mali clash",
 "BAMAKO (AFP) - Three members of a traditional hunters' militia were killed on Thursday in clashes with jihadists in central Mali's Mopti region, a local official said."),
("K090","2019-07-11T18:45:00Z","Studio Tamani","Man killed in Djenne circle",
 "A man was shot dead on Thursday by unidentified gunmen in a village of the Djenne circle, local sources said."),
("K091","2019-07-12T08:10:00Z","Studio Tamani","Trader killed in Sevare",
 "A trader was killed by armed men on motorcycles in Sevare, Mopti region, on Thursday evening, witnesses said."),
# ---------------- India ----------------
("K092","2019-07-09T08:50:00Z","Greater Kashmir","Two militants killed in Shopian gunfight",
 "Two militants were killed in a gunfight with government forces in a village of south Kashmir's Shopian district on Tuesday morning, police said. The encounter started after forces launched a cordon and search operation."),
("K092","2019-07-09T11:35:00Z","Press Trust of India","2 terrorists killed in encounter in J&K's Shopian",
 "SRINAGAR: Two terrorists were killed in an encounter with security forces in Jammu and Kashmir's Shopian district on Tuesday, police said."),
("K092","2019-07-09T14:05:00Z","Times of India","Two ultras gunned down in south Kashmir",
 "SRINAGAR: Security forces gunned down two militants in an encounter in south Kashmir on Tuesday, officials said. Arms and ammunition were recovered from the site."),
("K093","2019-07-09T18:30:00Z","Greater Kashmir","Two militants killed in Sopore encounter",
 "Two militants were killed in an encounter with government forces in north Kashmir's Sopore on Tuesday evening, police said."),
("K094","2019-07-10T10:10:00Z","Times of India","3 Maoists killed in encounter in Bijapur",
 "RAIPUR: Three Maoists were killed in an encounter with security forces in the forests of Bijapur district of Chhattisgarh on Wednesday, police said."),
("K094","2019-07-10T12:40:00Z","Press Trust of India","Two Naxals killed in Chhattisgarh gunfight",
 "RAIPUR: Two Naxals were killed in a gunfight with security forces in Chhattisgarh's Bijapur district on Wednesday, a senior police official said. Search operations were under way."),
("K094","2019-07-11T07:30:00Z","Crisis Log","India daily note, 10 July",
 "On 10 July 2019, security forces killed 3 Maoists in a forest in Bijapur district (Chhattisgarh); a third body was recovered after the first reports."),
("K095","2019-07-10T14:55:00Z","Press Trust of India","Two CRPF jawans injured in IED blast in Sukma",
 "RAIPUR: Two CRPF personnel were injured in an IED blast triggered by Naxals in Sukma district of Chhattisgarh on Wednesday, police said."),
("K096","2019-07-11T12:20:00Z","Greater Kashmir","Five civilians injured in grenade attack in Pulwama",
 "Five civilians were injured on Thursday when militants hurled a grenade at a police party in a market of south Kashmir's Pulwama district. The grenade missed the target and exploded on the road."),
("K097","2019-07-11T17:05:00Z","Times of India","Maoists kill villager suspecting him to be police informer",
 "RAIPUR: Maoists killed a villager suspecting him to be a police informer in Narayanpur district of Chhattisgarh on Thursday, police said."),
("K098","2019-07-12T07:55:00Z","Greater Kashmir","Civilian shot dead by militants in Kulgam",
 "A civilian was shot dead by suspected militants at his residence in south Kashmir's Kulgam district on Thursday night, police said."),
# ---------------- Myanmar ----------------
("K099","2019-07-09T14:25:00Z","The Irrawaddy","Two villagers killed by artillery in Kyauktaw",
 "Two villagers were killed on Tuesday when an artillery shell hit a village in Kyauktaw Township, Rakhine State, during fighting between the Myanmar military and the Arakan Army, local lawmakers said."),
("K099","2019-07-11T06:45:00Z","Myanmar Now","Shelling kills two in northern Rakhine",
 "Two civilians died after a shell landed on their home in Kyauktaw on Tuesday afternoon, residents said. Both sides blamed each other for the shelling."),
("K100","2019-07-10T12:05:00Z","Mizzima","Two civilians killed in Minbya clashes",
 "Two civilians were killed during clashes between the Tatmadaw and the Arakan Army near a village in Minbya Township on Tuesday, a local official said."),
("K101","2019-07-10T17:50:00Z","The Irrawaddy","Four wounded as shells hit Buthidaung village",
 "Four civilians, including a child, were wounded when shells fell on a village in Buthidaung Township on Wednesday, a local administrator said."),
("K102","2019-07-11T15:15:00Z","The Irrawaddy","AA claims killing soldiers in Rathedaung clash",
 "The Arakan Army said its fighters killed three Myanmar soldiers in a clash in Rathedaung Township on Thursday. The military did not comment."),
("K102","2019-07-12T10:20:00Z","Mizzima","Three Tatmadaw soldiers killed in Rathedaung fighting: military source",
 "Three government soldiers were killed in fighting with the Arakan Army in Rathedaung township, northern Rakhine State, on Thursday, a military source confirmed."),
("K103","2019-07-11T20:40:00Z","Myanmar Now","AA attacks border police outpost in Maungdaw",
 "Arakan Army fighters attacked a Border Guard Police outpost in Maungdaw Township on Thursday night, police said. The attack was repelled and no casualties were reported."),
# ---------------- later additions (second reports) ----------------
("K002","2019-07-11T09:00:00Z","Crisis Log","Syria daily note, 9 July (late report)",
 "On 9 July 2019, a Russian airstrike hit a house in Khan Shaykhun (Idlib), killing 3 civilians of one family (a man, his wife and their son). Reported late."),
("K006","2019-07-10T18:55:00Z","Xinhua","2 Kurdish-led fighters killed in bomb blast in eastern Syria",
 "DAMASCUS, July 10 (Xinhua) -- Two fighters with the Kurdish-led Syrian Democratic Forces (SDF) were killed Wednesday in a bomb blast in eastern Syria, a war monitor reported."),
("K013","2019-07-12T12:30:00Z","Crisis Log","Syria daily note, 11 July (3)",
 "On 11 July 2019, gunmen attacked a government checkpoint at the northern entrance of As-Sanamayn (Daraa), killing 1 soldier."),
("K096","2019-07-11T15:40:00Z","Press Trust of India","5 civilians injured in grenade attack in J&K",
 "SRINAGAR: Five civilians were injured when terrorists lobbed a grenade at a security forces party in Pulwama town of Jammu and Kashmir on Thursday, officials said."),
("K041","2019-07-12T06:20:00Z","Pajhwok Afghan News","Two policemen killed in Qalat Taliban attack",
 "QALAT CITY (Pajhwok): Two policemen were killed and one wounded when Taliban attacked a check post in the outskirts of the Zabul provincial capital on Thursday night, an official said on Friday."),
]


def slug(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower().replace("'", "")).strip("-")
    return s[:90].rstrip("-")


def main():
    rows = [l.split("\t") for l in INCIDENTS.strip("\n").split("\n")]
    with open(os.path.join(HERE, "incidents.tsv"), "w") as f:
        f.write("incident\tcountry\ttown\tdate\ttype\tvictim_group\tcount\tadmin1\n")
        for r in rows:
            assert len(r) == 8, r
            f.write("\t".join(r) + "\n")
    items = sorted(ITEMS, key=lambda x: (x[1], x[0]))
    with open(os.path.join(HERE, "articles.jsonl"), "w") as f:
        for n, (inc, pub, src, title, text) in enumerate(items, 1):
            d = pub[:10].replace("-", "/")
            url = "%s/%s/%s" % (DOMAINS[src], d, slug(title))
            a = {"id": "k%03d" % n, "publishedAt": pub, "source": src, "url": url,
                 "title": title, "text": text, "incident": inc}
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(len(items), "items", len(rows), "incidents")


if __name__ == "__main__":
    main()
