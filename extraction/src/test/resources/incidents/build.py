import json, re
# incident, country, town, admin1, date, type, group, count
INC = """I001|Syria|Busra al-Sham|Daraa|2020-03-03|KILLED|civilians|1
I002|Syria|Nawa|Daraa|2020-03-03|KILLED|civilians|1
I003|Syria|Daraa|Daraa|2020-03-03|KILLED|soldiers|1
I004|Syria|Busra al-Sham|Daraa|2020-03-05|KILLED|civilians|1
I005|Syria|Al-Sanamayn|Daraa|2020-03-04|KILLED|soldiers|2
I006|Syria|Idlib|Idlib|2020-03-03|KILLED|civilians|4
I007|Syria|Jisr al-Shughur|Idlib|2020-03-03|KILLED|civilians|3
I008|Syria|Sarmada|Idlib|2020-03-04|KILLED|civilians|1
I009|Syria|Saraqib|Idlib|2020-03-05|CAPTURE|-|0
I010|Syria|Ariha|Idlib|2020-03-04|WOUNDED|civilians|2
I011|Syria|Al-Mayadin|Deir ez-Zor|2020-03-03|KILLED|soldiers|2
I012|Syria|Abu Kamal|Deir ez-Zor|2020-03-03|KILLED|militia|2
I013|Syria|Deir ez-Zor|Deir ez-Zor|2020-03-04|KILLED|civilians|1
I014|Syria|Hajin|Deir ez-Zor|2020-03-04|KILLED|militia|1
I015|Syria|Al-Busayrah|Deir ez-Zor|2020-03-05|KILLED|civilians|2
I016|Syria|Al-Bab|Aleppo|2020-03-03|KILLED|civilians|5
I017|Syria|Azaz|Aleppo|2020-03-05|KILLED|civilians|1
I018|Syria|Manbij|Aleppo|2020-03-03|KILLED|militia|1
I019|Syria|Ras al-Ayn|Al-Hasakah|2020-03-04|WOUNDED|civilians|2
I020|Syria|Tal Tamr|Al-Hasakah|2020-03-04|ATTACK|-|0
I021|Iraq|Muqdadiyah|Diyala|2020-03-03|KILLED|militia|2
I022|Iraq|Hawija|Kirkuk|2020-03-03|KILLED|militia|2
I023|Iraq|Baqubah|Diyala|2020-03-04|KILLED|civilians|1
I024|Iraq|Tarmiyah|Baghdad|2020-03-04|KILLED|soldiers|1
I025|Iraq|Kirkuk|Kirkuk|2020-03-05|WOUNDED|police|3
I026|Iraq|Daquq|Kirkuk|2020-03-04|KILLED|civilians|2
I027|Iraq|Tuz Khurmatu|Salah al-Din|2020-03-03|ATTACK|-|0
I028|Iraq|Samarra|Salah al-Din|2020-03-05|KILLED|militants|3
I029|Iraq|Baiji|Salah al-Din|2020-03-05|KILLED|militants|3
I030|Iraq|Rutba|Anbar|2020-03-03|KILLED|soldiers|1
I031|Iraq|Fallujah|Anbar|2020-03-04|WOUNDED|civilians|2
I032|Iraq|Tal Afar|Nineveh|2020-03-03|KILLED|civilians|1
I033|Iraq|Sinjar|Nineveh|2020-03-05|KILLED|militants|2
I034|Iraq|Mosul|Nineveh|2020-03-04|KILLED|civilians|2
I035|Afghanistan|Andar|Ghazni|2020-03-03|KILLED|police|4
I036|Afghanistan|Qarabagh|Ghazni|2020-03-03|KILLED|police|3
I037|Afghanistan|Kunduz|Kunduz|2020-03-04|WOUNDED|civilians|4
I038|Afghanistan|Imam Sahib|Kunduz|2020-03-04|KILLED|soldiers|2
I039|Afghanistan|Dasht-e-Archi|Kunduz|2020-03-05|KILLED|soldiers|2
I040|Afghanistan|Lashkar Gah|Helmand|2020-03-03|KILLED|civilians|2
I041|Afghanistan|Sangin|Helmand|2020-03-03|KILLED|civilians|2
I042|Afghanistan|Kabul|Kabul|2020-03-04|ATTACK|-|0
I043|Afghanistan|Kabul|Kabul|2020-03-05|KILLED|civilians|1
I044|Afghanistan|Maidan Shahr|Wardak|2020-03-04|KILLED|police|1
I045|Afghanistan|Jalalabad|Nangarhar|2020-03-03|KILLED|civilians|1
I046|Afghanistan|Maimana|Faryab|2020-03-05|KILLED|soldiers|3
I047|Afghanistan|Tarinkot|Uruzgan|2020-03-05|KILLED|police|3
I048|Afghanistan|Qalat|Zabul|2020-03-04|WOUNDED|soldiers|2
I049|Afghanistan|Pul-e-Khumri|Baghlan|2020-03-03|KILLED|militants|5
I050|Afghanistan|Khost|Khost|2020-03-05|ATTACK|-|0
I051|Nigeria|Konduga|Borno|2020-03-03|KILLED|civilians|5
I052|Nigeria|Gwoza|Borno|2020-03-03|KILLED|civilians|3
I053|Nigeria|Monguno|Borno|2020-03-04|KILLED|soldiers|2
I054|Nigeria|Damboa|Borno|2020-03-05|KILLED|soldiers|2
I055|Nigeria|Dikwa|Borno|2020-03-04|CAPTURE|-|0
I056|Nigeria|Maru|Zamfara|2020-03-03|KILLED|civilians|1
I057|Nigeria|Gusau|Zamfara|2020-03-04|KILLED|police|1
I058|Nigeria|Batsari|Katsina|2020-03-04|KILLED|civilians|2
I059|Nigeria|Jibia|Katsina|2020-03-04|KILLED|civilians|2
I060|Nigeria|Kajuru|Kaduna|2020-03-03|KILLED|civilians|4
I061|Nigeria|Birnin Gwari|Kaduna|2020-03-05|WOUNDED|civilians|3
I062|Nigeria|Riyom|Plateau|2020-03-05|KILLED|civilians|1
I063|Nigeria|Agatu|Benue|2020-03-05|KILLED|civilians|2
I064|Nigeria|Bama|Borno|2020-03-05|KILLED|militants|3
I065|Somalia|Mogadishu|Banaadir|2020-03-03|KILLED|civilians|3
I066|Somalia|Afgooye|Lower Shabelle|2020-03-03|KILLED|soldiers|2
I067|Somalia|Balcad|Middle Shabelle|2020-03-04|KILLED|soldiers|2
I068|Somalia|Baidoa|Bay|2020-03-04|KILLED|civilians|1
I069|Somalia|Beledweyne|Hiiraan|2020-03-05|KILLED|police|1
I070|Somalia|Kismayo|Lower Juba|2020-03-03|WOUNDED|soldiers|3
I071|Somalia|Marka|Lower Shabelle|2020-03-04|KILLED|civilians|2
I072|Somalia|Jowhar|Middle Shabelle|2020-03-05|ATTACK|-|0
I073|Somalia|Jilib|Middle Juba|2020-03-04|KILLED|militants|3
I074|Somalia|Galkayo|Mudug|2020-03-05|KILLED|civilians|1
I075|Somalia|Wanlaweyn|Lower Shabelle|2020-03-03|KILLED|soldiers|2
I076|Somalia|Bulo Burte|Hiiraan|2020-03-05|KILLED|soldiers|2
I077|Yemen|Hays|Al Hudaydah|2020-03-03|KILLED|civilians|2
I078|Yemen|Al Hudaydah|Al Hudaydah|2020-03-04|WOUNDED|civilians|2
I079|Yemen|Taiz|Taiz|2020-03-03|KILLED|civilians|2
I080|Yemen|Sirwah|Marib|2020-03-04|KILLED|soldiers|3
I081|Yemen|Al-Hazm|Al Jawf|2020-03-03|CAPTURE|-|0
I082|Yemen|Zinjibar|Abyan|2020-03-05|KILLED|militia|2
I083|Yemen|Ataq|Shabwah|2020-03-05|KILLED|soldiers|1
I084|Yemen|Rada'a|Al Bayda|2020-03-04|KILLED|militants|3
I085|Yemen|Aden|Aden|2020-03-04|KILLED|police|1
I086|Yemen|Shada|Sa'dah|2020-03-05|KILLED|civilians|1
I087|Mali|Bandiagara|Mopti|2020-03-03|KILLED|civilians|3
I088|Mali|Djenne|Mopti|2020-03-03|KILLED|civilians|3
I089|Mali|Menaka|Menaka|2020-03-04|KILLED|soldiers|2
I090|Mali|Gao|Gao|2020-03-04|WOUNDED|soldiers|3
I091|Mali|Niono|Segou|2020-03-05|KILLED|soldiers|2
I092|Mali|Tessit|Gao|2020-03-05|ATTACK|-|0
I093|Mali|Timbuktu|Timbuktu|2020-03-05|KILLED|civilians|1
I094|Mali|Boni|Mopti|2020-03-03|KILLED|soldiers|1
I095|Burkina Faso|Djibo|Sahel|2020-03-03|KILLED|civilians|2
I096|Burkina Faso|Arbinda|Sahel|2020-03-03|KILLED|civilians|2
I097|Burkina Faso|Dori|Sahel|2020-03-04|KILLED|police|1
I098|Burkina Faso|Barsalogho|Centre-Nord|2020-03-04|KILLED|militia|3
I099|Burkina Faso|Fada N'Gourma|Est|2020-03-05|KILLED|civilians|1
I100|Burkina Faso|Titao|Nord|2020-03-05|KILLED|militia|3
I101|Burkina Faso|Gorom-Gorom|Sahel|2020-03-04|WOUNDED|soldiers|2
I102|Burkina Faso|Kongoussi|Centre-Nord|2020-03-03|KILLED|militants|5
I103|Syria|Harem|Idlib|2020-03-03|KILLED|civilians|3
I104|Nigeria|Mafa|Borno|2020-03-03|KILLED|civilians|3
I105|Afghanistan|Kandahar|Kandahar|2020-03-04|KILLED|police|1
I106|Yemen|Marib|Marib|2020-03-04|KILLED|soldiers|3
I107|Mali|Diabaly|Segou|2020-03-04|KILLED|soldiers|2"""

SRC = {
 "Reuters":"www.reuters.com","France 24":"www.france24.com","Syrian Observatory for Human Rights":"www.syriahr.com",
 "Enab Baladi":"english.enabbaladi.net","SANA":"sana.sy","North Press Agency":"npasyria.com","Anadolu Agency":"www.aa.com.tr",
 "Xinhua":"www.xinhuanet.com","Rudaw":"www.rudaw.net","Shafaq News":"shafaq.com","Iraqi News":"www.iraqinews.com",
 "Kurdistan 24":"www.kurdistan24.net","TOLOnews":"tolonews.com","Pajhwok Afghan News":"pajhwok.com","Khaama Press":"www.khaama.com",
 "Premium Times":"www.premiumtimesng.com","Daily Trust":"dailytrust.com","The Punch":"punchng.com","Sahara Reporters":"saharareporters.com",
 "Garowe Online":"www.garoweonline.com","Hiiraan Online":"www.hiiraan.com","Somali Guardian":"somaliguardian.com",
 "Saba News Agency":"www.saba.ye","Al Masdar Online":"al-masdaronline.net","Studio Tamani":"www.studiotamani.org","RFI":"www.rfi.fr",
 "Lefaso.net":"lefaso.net","Burkina24":"burkina24.com","Daily Conflict Notes":"conflictnotes.example.org",
}
R = []
def r(inc, pub, src, title, text): R.append((inc, pub, src, title, text))
SO="Syrian Observatory for Human Rights"; DCN="Daily Conflict Notes"; NP="North Press Agency"; AA="Anadolu Agency"
PJ="Pajhwok Afghan News"

# ---------------- SYRIA ----------------
r("I001","2020-03-03T16:40",SO,"Civilian shot dead in Busra al-Sham, eastern Daraa countryside",
 "Unidentified gunmen shot dead a civilian man on Tuesday in the town of Busra al-Sham in the eastern Daraa countryside. SOHR has documented a growing number of assassinations in Daraa province since the 2018 settlement agreements.")
r("I001","2020-03-04T07:05",DCN,"Syria: civilian killed in Busra al-Sham (Daraa)",
 "On 3 March 2020, unidentified gunmen shot dead a civilian in Busra al-Sham, Daraa. No group claimed responsibility.")
r("I001","2020-03-04T11:30","Enab Baladi","Young man assassinated in eastern Daraa",
 "A young man from the town of Busra al-Sham was killed by gunfire from two unknown people riding a motorcycle on the road leading to the town's eastern entrance, local sources told Enab Baladi. The man, in his twenties, worked in agriculture and had no known military affiliation, the sources said.")
r("I002","2020-03-04T07:06",DCN,"Syria: civilian killed in Nawa (Daraa)",
 "On 3 March 2020, unidentified gunmen shot dead a civilian in Nawa, Daraa. The victim was a former member of a local reconciliation committee.")
r("I003","2020-03-03T13:20","SANA","Soldier martyred in terrorist IED explosion in Daraa",
 "Daraa, SANA - A soldier was martyred and another was injured when an explosive device planted by terrorists went off on a military vehicle in Daraa al-Balad neighborhood of Daraa city, a source told SANA's reporter.")
r("I003","2020-03-03T18:00",SO,"Regime soldier killed in IED blast in Daraa city",
 "A member of regime forces was killed and another sustained injuries on Tuesday when an IED exploded on their vehicle in Daraa al-Balad, in Daraa city.")
r("I003","2020-03-04T09:45","Enab Baladi","Explosion targets government forces' vehicle in Daraa al-Balad",
 "An explosive device targeted a vehicle of the Syrian government forces in Daraa al-Balad, killing one soldier and wounding another, according to local activists. No party claimed the attack, the latest of dozens in the southern province this year.")
r("I004","2020-03-05T20:10",SO,"Gunmen kill civilian in Busra al-Sham",
 "Unknown gunmen opened fire on a civilian on Thursday near the ancient citadel in Busra al-Sham in the eastern Daraa countryside, killing him instantly. It is the second such killing in the town this week, according to SOHR activists.")
r("I005","2020-03-04T21:00",SO,"Two regime soldiers killed in attack on checkpoint in al-Sanamayn",
 "Gunmen attacked a regime checkpoint at the northern entrance to al-Sanamayn city in the northern Daraa countryside on Wednesday evening, killing two soldiers, SOHR sources reported.")
r("I005","2020-03-05T07:10",DCN,"Syria: 2 soldiers killed in As-Sanamayn (Daraa)",
 "On 4 March 2020, unidentified armed men attacked a Syrian army checkpoint in As-Sanamayn, Daraa, killing 2 soldiers.")
r("I005","2020-03-05T10:30","Xinhua","2 Syrian soldiers killed in attack in southern Syria",
 "DAMASCUS, March 5 (Xinhua) -- Two Syrian soldiers were killed late Wednesday when militants attacked a checkpoint in the northern countryside of Daraa province, state media reported.")
r("I006","2020-03-03T11:15","Reuters","Air strikes kill at least three in Syria's Idlib - rescuers",
 "BEIRUT (Reuters) - Air strikes killed at least three civilians on Tuesday in northwest Syria's Idlib, rescue workers said, as fighting raged between Turkish-backed rebels and Syrian government forces. The strikes hit a residential neighbourhood in the city of Idlib, the White Helmets civil defence group said.")
r("I006","2020-03-03T12:30",SO,"Three civilians killed in Russian airstrikes on Idlib",
 "Three civilians were killed this morning as Russian warplanes carried out airstrikes on residential areas in Idlib city. The death toll is likely to rise due to the number of people in critical condition.")
r("I006","2020-03-03T14:40","France 24","Syria strikes kill four civilians in Idlib city: monitor",
 "Russian air strikes killed four civilians including a child in the northwestern Syrian city of Idlib on Tuesday, the Syrian Observatory for Human Rights said. The raids hit a market area in the east of the city, the Britain-based monitor said.")
r("I006","2020-03-04T07:00",DCN,"Syria: airstrikes kill 4 civilians in Idlib city",
 "On 3 March 2020, Russian or Syrian government aircraft struck residential areas of Idlib city, Idlib, killing 4 civilians (1 child) and wounding at least 10.")
r("I007","2020-03-03T17:20",SO,"Three civilians killed in regime shelling on Jisr al-Shughur",
 "Three civilians, two of them women, were killed by regime artillery shelling on the town of Jisr al-Shughur in the western Idlib countryside on Tuesday afternoon.")
r("I007","2020-03-04T08:15","Enab Baladi","Shelling kills three in western Idlib countryside",
 "Three civilians were killed on Tuesday when government forces shelled residential neighbourhoods near Jisr al-Shughur, the Syrian Civil Defence said. Civil defence teams recovered the bodies from a destroyed house.")
r("I008","2020-03-04T13:10",SO,"Explosion rocks Sarmada town in northern Idlib",
 "A motorcycle bomb exploded near a vegetable market in Sarmada town in the northern Idlib countryside, killing a man and wounding several others.")
r("I008","2020-03-04T15:00",AA,"Bomb attack kills 1 civilian in NW Syria",
 "IDLIB, Syria - A bomb-laden motorcycle exploded in the town of Sarmada near the Turkish border on Wednesday, killing one civilian and injuring five others, according to local sources. No group claimed responsibility.")
r("I009","2020-03-05T10:00","SANA","Army units restore security and stability to Saraqib city",
 "Idleb, SANA - Army units restored security and stability to Saraqib city in the southeastern countryside of Idleb after eliminating the last terrorist pockets in it, a military source told SANA on Thursday.")
r("I009","2020-03-05T12:45","Reuters","Syrian army says it retook strategic town of Saraqib",
 "BEIRUT (Reuters) - Syrian government forces and their allies took back control of the town of Saraqib on Thursday, the army said, after days of fighting with Turkish-backed rebels for the town, which straddles the M4 and M5 highways.")
r("I009","2020-03-06T07:00",DCN,"Syria: government forces regain Saraqib (Idlib)",
 "On 5 March 2020, Syrian government forces backed by Russian air power regained control of Saraqib, Idlib, after clashes with HTS and National Front for Liberation fighters. Casualty figures unknown.")
r("I010","2020-03-05T07:00",DCN,"Syria: 2 civilians wounded by shelling in Ariha (Idlib)",
 "On 4 March 2020, Syrian government forces shelled Ariha, Idlib, wounding 2 civilians.")
r("I011","2020-03-03T22:00",SO,"Two regime soldiers killed in ISIS ambush in Deir Ezzor desert",
 "Two members of regime forces were killed on Tuesday when ISIS cells ambushed their vehicle in the desert near al-Mayadin city in the eastern countryside of Deir Ezzor.")
r("I011","2020-03-04T07:20",DCN,"Syria: IS ambush kills 2 soldiers near Al Mayadin (Deir-ez-Zor)",
 "On 3 March 2020, IS militants ambushed a Syrian army vehicle in the Badia near Al Mayadin, Deir-ez-Zor, killing 2 soldiers.")
r("I011","2020-03-04T10:50",NP,"Gunmen kill two government soldiers west of Euphrates",
 "Two soldiers of the Syrian government forces were killed on Tuesday by unknown gunmen on the desert road south-west of Mayadin, local sources told North Press. The government-held area west of the Euphrates has seen repeated attacks in recent weeks.")
r("I012","2020-03-03T20:30",SO,"Unidentified drone strikes Iranian militia position near Al-Bukamal",
 "Two members of Iranian-backed militias, both of Iraqi nationality, were killed in a strike by an unidentified drone on a position near the town of Al-Bukamal on the Syrian-Iraqi border on Tuesday.")
r("I013","2020-03-04T12:40","SANA","Civilian killed by landmine left by ISIS terrorists in Deir Ezzor",
 "Deir Ezzor, SANA - A civilian was killed on Wednesday when a landmine left behind by ISIS terrorists exploded in al-Huweiqa area of Deir Ezzor city, a local source said.")
r("I014","2020-03-04T18:00",NP,"SDF member killed by gunmen in Hajin",
 "Unidentified gunmen on a motorbike shot dead a member of the Syrian Democratic Forces (SDF) in the town of Hajin, east of Deir ez-Zor, on Wednesday.")
r("I014","2020-03-04T19:30",SO,"ISIS cells kill SDF fighter in eastern Deir Ezzor",
 "ISIS cells assassinated an SDF fighter in Hajin town in the eastern countryside of Deir Ezzor, in a new attack in the SDF-controlled areas.")
r("I014","2020-03-05T07:20",DCN,"Syria: SDF fighter shot dead in Hajin (Deir-ez-Zor)",
 "On 4 March 2020, suspected IS militants shot and killed an SDF fighter in Hajin, Deir-ez-Zor.")
r("I015","2020-03-05T21:15",SO,"Two oil workers killed by unknown gunmen near al-Busayrah",
 "Unknown gunmen killed two civilians working at a primitive oil refinery near the town of al-Busayrah in the eastern countryside of Deir Ezzor on Thursday.")
r("I016","2020-03-03T12:10",AA,"Car bomb kills 3 civilians in northern Syria",
 "AL-BAB, Syria - At least three civilians were killed and 12 others injured when a car bomb exploded in the town of al-Bab in northern Syria on Tuesday, local officials said. The bomb-laden vehicle exploded near a busy bus station, according to the Turkish Defence Ministry, which blamed the YPG/PKK terror group.")
r("I016","2020-03-03T13:00",SO,"Five killed in car bomb explosion in al-Bab city",
 "The death toll from the car bomb explosion in al-Bab city in the eastern countryside of Aleppo has risen to five people, including two children. Dozens were injured, some seriously.")
r("I016","2020-03-03T15:30","Reuters","Car bomb kills five in Turkish-held Syrian town - monitor",
 "BEIRUT (Reuters) - A car bomb killed five people in the town of al-Bab in northern Syria, which is controlled by Turkey-backed rebels, a war monitor said on Tuesday. There was no immediate claim of responsibility.")
r("I016","2020-03-04T07:30",DCN,"Syria: VBIED kills 5 civilians in Al Bab (Aleppo)",
 "On 3 March 2020, a VBIED exploded near the bus station in Al Bab, Aleppo, killing 5 civilians and wounding over 20. Turkey accused the YPG; no claim.")
r("I017","2020-03-05T16:20",AA,"Bomb blast kills civilian in Syria's Azaz",
 "AZAZ, Syria - A civilian was killed on Thursday when a bomb planted on a motorcycle exploded in the town of Azaz near the Turkish border, local sources said.")
r("I018","2020-03-03T17:00",NP,"Manbij Military Council fighter killed in explosion",
 "A fighter of the Manbij Military Council was killed on Tuesday when an explosive device went off near his vehicle on the outskirts of Manbij, east of Aleppo.")
r("I019","2020-03-04T14:30",AA,"2 civilians injured in YPG/PKK attack in Ras al-Ayn",
 "RAS AL-AYN, Syria - Two civilians were injured on Wednesday when YPG/PKK terrorists fired mortar shells at the town centre of Ras al-Ayn, according to local sources.")
r("I020","2020-03-04T16:10",NP,"Explosive device detonated on Tal Tamr road, no casualties",
 "An explosive device exploded on Wednesday on a road on the western outskirts of Tal Tamr, north of al-Hasakah, without causing casualties, a source in the Asayish told North Press.")

# ---------------- IRAQ ----------------
r("I021","2020-03-03T21:00","Shafaq News","Two PMF fighters killed in ISIS attack in Diyala",
 "Shafaq News/ Two fighters of the Popular Mobilization Forces were killed and another wounded on Tuesday evening in an ISIS attack on their position in the orchards of al-Muqdadiyah district, northeast of Baqubah, a security source told Shafaq News.")
r("I021","2020-03-04T07:40",DCN,"Iraq: 2 PMF killed in Al-Muqdadiya (Diyala)",
 "On 3 March 2020, suspected IS militants attacked a PMF position in Al-Muqdadiya district, Diyala, killing 2 PMF members and wounding 1.")
r("I021","2020-03-04T08:30","Iraqi News","Islamic State militants kill 2 Hashd fighters in Diyala",
 "Diyala (IraqiNews.com) - Two members of the Hashd al-Shaabi were killed when Islamic State militants attacked a checkpoint near Muqdadiyah late Tuesday, a local source said.")
r("I022","2020-03-03T14:30","Shafaq News","Two PMF members killed in IED blast southwest of Kirkuk",
 "Shafaq News/ Two members of the PMF were killed on Tuesday when an improvised explosive device targeted their patrol in the Hawija area, southwest of Kirkuk, a source said.")
r("I022","2020-03-03T16:00","Kurdistan 24","IED kills two Iraqi paramilitary fighters near Hawija",
 "Two members of the Shia-led paramilitary Popular Mobilization Forces were killed in a roadside bombing near Hawija in Kirkuk province, security sources told Kurdistan 24. No group has claimed the attack, but the Islamic State remains active in the area.")
r("I022","2020-03-04T02:10","Xinhua","2 paramilitary fighters killed in roadside bomb attack in Iraq's Kirkuk",
 "BAGHDAD, March 3 (Xinhua) -- Two members of the Iraqi paramilitary Hashd Shaabi forces were killed on Tuesday in a roadside bomb explosion in Iraq's northern province of Kirkuk, a provincial police source said.")
r("I023","2020-03-04T13:15","Iraqi News","Civilian killed in bomb blast in Baqubah",
 "Diyala (IraqiNews.com) - A civilian was killed on Wednesday when an improvised explosive device went off near a shop in central Baqubah, a police source said.")
r("I024","2020-03-04T17:45","Shafaq News","Iraqi soldier killed by sniper fire in Tarmiyah",
 "Shafaq News/ An Iraqi army soldier was killed by sniper fire from ISIS remnants in al-Tarmiyah district, north of Baghdad, on Wednesday, a security source said.")
r("I025","2020-03-05T11:20","Kurdistan 24","Three police wounded in Kirkuk bomb",
 "Three Iraqi police officers were wounded on Thursday when a sticky bomb attached to their patrol vehicle exploded in southern Kirkuk city, a police source said.")
r("I026","2020-03-04T19:00","Rudaw","Gunmen kill two shepherds in Daquq",
 "Two shepherds were killed by suspected Islamic State gunmen on Wednesday in the countryside of Daquq, south of Kirkuk, a local official told Rudaw.")
r("I027","2020-03-04T07:41",DCN,"Iraq: IS mortar fire near Tuz Khurmatu (Salah al-Din)",
 "On 3 March 2020, IS militants fired mortar rounds at villages near Tuz Khurmatu, Salah al-Din. No casualties reported.")
r("I028","2020-03-05T13:00","Iraqi News","Iraqi jets kill 3 Islamic State militants in Samarra",
 "Salahuddin (IraqiNews.com) - Iraqi F-16 jets killed three Islamic State militants in an airstrike on a hideout east of Samarra on Thursday, the Security Media Cell said.")
r("I028","2020-03-05T14:20","Shafaq News","Three ISIS terrorists killed in airstrike in Salahuddin",
 "Shafaq News/ The Security Media Cell announced on Thursday the killing of three ISIS members in an airstrike by the Iraqi air force on a hideout in the desert east of Samarra.")
r("I028","2020-03-06T07:00",DCN,"Iraq: airstrike kills 3 IS militants east of Samarra (Salah al-Din)",
 "On 5 March 2020, Iraqi Air Force aircraft struck an IS hideout east of Samarra, Salah al-Din, killing 3 militants.")
r("I029","2020-03-05T19:00","Xinhua","3 IS militants killed in security operation in Iraq's Salahudin",
 "BAGHDAD, March 5 (Xinhua) -- Iraqi security forces killed three Islamic State militants on Thursday in an operation in the Makhoul mountains near the city of Baiji in Salahudin province, a provincial security source said.")
r("I030","2020-03-03T15:10","Shafaq News","Soldier killed in IED blast in western Anbar",
 "Shafaq News/ An Iraqi soldier was killed on Tuesday by an IED explosion targeting an army patrol near al-Rutba in the western Anbar desert.")
r("I031","2020-03-04T11:00","Iraqi News","Two civilians injured in bomb blast in Fallujah",
 "Anbar (IraqiNews.com) - Two civilians were injured on Wednesday when an explosive device went off in a market area in Fallujah, a police source said.")
r("I032","2020-03-04T07:42",DCN,"Iraq: civilian shot dead in Tal Afar (Ninewa)",
 "On 3 March 2020, unidentified gunmen shot dead a civilian in Tal Afar, Ninewa.")
r("I033","2020-03-05T12:00","Kurdistan 24","Turkish drone strike kills two in Sinjar",
 "A Turkish drone strike on Thursday killed two members of the Sinjar Resistance Units (YBS), a PKK-affiliated group, on a road near Sinjar, local sources told Kurdistan 24.")
r("I033","2020-03-05T15:45","Rudaw","Two killed as Turkish drone hits vehicle in Shingal",
 "Two people were killed when a Turkish drone targeted a vehicle in the Shingal (Sinjar) district on Thursday afternoon, the Ezidi-run local administration said. Turkey says it targets PKK militants in the area.")
r("I034","2020-03-04T18:00","Xinhua","2 children killed by unexploded ordnance in Iraq's Mosul",
 "MOSUL, Iraq, March 4 (Xinhua) -- Two children were killed on Wednesday when an unexploded mortar shell they were playing with went off in the Old City of Mosul, a local official said.")
r("I034","2020-03-04T20:00","Shafaq News","Two children killed by war remnant in Old Mosul",
 "Shafaq News/ Two boys lost their lives on Wednesday after a war remnant exploded in the old city of Mosul, on the western bank of the Tigris, a civil defence source said.")

# ---------------- AFGHANISTAN ----------------
r("I035","2020-03-03T10:20",PJ,"3 policemen killed in Ghazni Taliban attack",
 "GHAZNI CITY (Pajhwok): Three policemen were killed and two others wounded when Taliban militants attacked a check post in Andar district of central Ghazni province in the early hours of Tuesday, an official said.")
r("I035","2020-03-03T13:00","TOLOnews","Four Police Killed In Ghazni Attack",
 "At least four police forces were killed in a Taliban attack on a security checkpoint in Ghazni province early on Tuesday morning, local officials said. The attack took place in Andar district, a spokesman for the provincial governor said.")
r("I035","2020-03-03T14:30","Reuters","Taliban kill four police in Afghanistan days after U.S. deal",
 "KABUL (Reuters) - Taliban fighters killed four police officers in an attack on a checkpoint in the central province of Ghazni on Tuesday, officials said, days after the United States and the insurgents signed a deal aimed at ending the war.")
r("I035","2020-03-04T07:50",DCN,"Afghanistan: 4 ANP killed in Andar (Ghazni)",
 "On 3 March 2020, Taliban militants attacked an ANP checkpoint in Andar, Ghazni, killing 4 police officers and wounding 2.")
r("I036","2020-03-03T17:40",PJ,"Three police killed in Ghazni's Qarabagh",
 "GHAZNI CITY (Pajhwok): Three policemen lost their lives in a clash with Taliban in Qarabagh district of Ghazni province on Tuesday afternoon, a security official said. The Taliban also suffered casualties, he claimed.")
r("I036","2020-03-03T19:10","Khaama Press","Three police officers killed in fresh Taliban attack in Ghazni",
 "Three Afghan police officers were killed in a fresh attack by Taliban militants in Ghazni province on Tuesday, hours after another deadly raid on a checkpoint in the same province. The second attack took place in Qarabagh district, local sources said.")
r("I036","2020-03-04T07:51",DCN,"Afghanistan: 3 ANP killed in Qarabagh (Ghazni)",
 "On 3 March 2020, Taliban militants clashed with ANP forces in Qarabagh, Ghazni, killing 3 police officers. Unknown number of Taliban casualties.")
r("I037","2020-03-04T10:30","TOLOnews","Four Civilians Wounded In Kunduz City Blast",
 "Four civilians were wounded when a magnetic bomb attached to a rickshaw exploded in Kunduz city on Wednesday, police said.")
r("I038","2020-03-04T15:30",PJ,"2 soldiers killed in Kunduz Taliban attack",
 "KUNDUZ CITY (Pajhwok): Two Afghan army soldiers were killed when Taliban insurgents attacked their outpost in Imam Sahib district of northern Kunduz province on Wednesday, officials said.")
r("I038","2020-03-05T06:40","Khaama Press","Two ANA soldiers killed in northern Kunduz",
 "Two soldiers of the Afghan National Army were killed in a clash with Taliban militants in the north of Kunduz province on Wednesday, the Ministry of Defense said.")
r("I039","2020-03-05T14:00","TOLOnews","Two Soldiers Killed In Kunduz Clash",
 "Two Afghan soldiers were killed and three others wounded in a Taliban attack in Dasht-e-Archi district of Kunduz on Thursday, the Ministry of Defense said.")
r("I040","2020-03-03T12:00",PJ,"Mortar kills 2 civilians in Lashkargah",
 "LASHKARGAH (Pajhwok): Two civilians, including a child, were killed when a mortar shell landed on a house on the outskirts of Lashkargah, the capital of southern Helmand province, on Tuesday.")
r("I040","2020-03-03T16:30","TOLOnews","Two Civilians Killed In Helmand Mortar Attack",
 "Two civilians were killed after a mortar round hit a residential house in Helmand province on Tuesday, the provincial governor's office said, blaming the Taliban. The Taliban denied involvement and blamed Afghan forces.")
r("I040","2020-03-04T09:00","Khaama Press","Woman, child killed as mortar hits house in Helmand capital",
 "A woman and a child were killed when a mortar shell struck a house in the Bolan area of Lashkar Gah city on Tuesday, local officials said.")
r("I041","2020-03-03T19:30",PJ,"Residents say airstrike killed 2 civilians in Sangin",
 "LASHKARGAH (Pajhwok): Residents of Sangin district of Helmand province claimed on Tuesday that two civilians were killed in an airstrike by Afghan forces on a village. Officials said only Taliban fighters were targeted.")
r("I042","2020-03-04T08:30","TOLOnews","Sticky Bomb Explosion In Kabul, No Casualties",
 "A sticky bomb attached to a car exploded in Kabul's PD5 on Wednesday morning, police said, adding that no one was hurt.")
r("I042","2020-03-04T09:40","Khaama Press","Magnetic bomb blast in western Kabul leaves no casualties",
 "A magnetic bomb went off in the Kote Sangi area of western Kabul on Wednesday morning. The Kabul police spokesman said the explosion caused no casualties but damaged a vehicle.")
r("I042","2020-03-05T08:00",DCN,"Afghanistan: magnetic IED in Kabul, no casualties",
 "On 4 March 2020, a magnetic IED detonated on a civilian vehicle in Kote Sangi, Kabul. No casualties.")
r("I043","2020-03-05T10:20","Reuters","Bomb kills driver in Afghan capital",
 "KABUL (Reuters) - A magnetic bomb attached to a minibus killed the driver in the Afghan capital on Thursday morning, police said, the second such blast in the city in two days.")
r("I043","2020-03-05T11:00","TOLOnews","One Killed In Kabul Sticky Bomb Blast",
 "One person was killed when a sticky bomb attached to a vehicle exploded in Kabul's Khair Khana area on Thursday, Kabul police said.")
r("I043","2020-03-05T12:30",PJ,"Driver killed as bomb hits minibus in Kabul",
 "KABUL (Pajhwok): A driver was killed when a magnetic bomb exploded in his minibus in Khair Khana, PD11 of Kabul city, on Thursday morning. No passengers were aboard at the time.")
r("I044","2020-03-04T20:10",PJ,"Policeman shot dead in Maidan Shahr",
 "MAIDAN SHAHR (Pajhwok): A policeman was shot dead by unknown gunmen in Maidan Shahr, the capital of central Maidan Wardak province, on Wednesday evening.")
r("I045","2020-03-03T15:50","Khaama Press","Government employee shot dead in Jalalabad city",
 "Unknown gunmen shot dead a government employee in Jalalabad, the capital of eastern Nangarhar province, on Tuesday, officials said.")
r("I046","2020-03-05T12:00","TOLOnews","Three Soldiers Killed In Faryab Taliban Attack",
 "Three Afghan army soldiers were killed in a Taliban attack on a checkpoint on the outskirts of Maimana city, the capital of Faryab province, on Thursday, officials said.")
r("I046","2020-03-05T16:00",PJ,"Taliban attack kills 3 soldiers in Faryab",
 "MAIMANA (Pajhwok): Taliban insurgents killed three soldiers in an attack on an army post near Maimana, the provincial capital of northern Faryab, a source said on Thursday.")
r("I047","2020-03-05T17:20","Khaama Press","Three policemen killed in Uruzgan",
 "Three police officers were killed in a Taliban attack on a security post near Tarinkot, the capital of southern Uruzgan province, on Thursday, a provincial official said.")
r("I048","2020-03-04T12:15",PJ,"2 soldiers wounded in Zabul roadside blast",
 "QALAT (Pajhwok): Two soldiers were wounded when a roadside bomb struck their vehicle on the Kabul-Kandahar highway near Qalat, the capital of southern Zabul province, on Wednesday.")
r("I049","2020-03-03T18:30","Khaama Press","Five Taliban militants killed in Baghlan operation",
 "At least five Taliban militants were killed in an operation by Afghan security forces on the outskirts of Pul-e-Khumri city, the capital of Baghlan province, on Tuesday, the Ministry of Defense said.")
r("I050","2020-03-06T07:30",DCN,"Afghanistan: IED near police vehicle in Khost, no casualties",
 "On 5 March 2020, an IED detonated near a police vehicle in Khost city, Khost. No casualties reported.")

# ---------------- NIGERIA ----------------
r("I051","2020-03-03T19:00","Premium Times","Boko Haram kills three farmers in Borno",
 "Suspected Boko Haram insurgents on Tuesday killed three farmers working on their farms near Kawuri village in Konduga Local Government Area of Borno State, residents said.")
r("I051","2020-03-04T06:30","Daily Trust","Insurgents kill 5 farmers near Maiduguri",
 "Five farmers were killed on Tuesday by insurgents suspected to be members of ISWAP on their farmland outside Kawuri, a community about 40 kilometres from Maiduguri, the Borno State capital. A member of the Civilian JTF said the bodies of two of the victims were found later in the bush.")
r("I051","2020-03-04T12:00","France 24","Jihadists kill five farmers in northeast Nigeria",
 "Jihadists killed five farmers in northeast Nigeria's Borno state, a militia leader and residents told AFP on Wednesday. The farmers were attacked on Tuesday in fields near the town of Konduga, the militia leader said.")
r("I051","2020-03-05T07:00",DCN,"Nigeria: 5 farmers killed near Kawuri (Borno)",
 "On 3 March 2020, Boko Haram (JAS) militants killed 5 farmers near Kawuri, Konduga LGA, Borno.")
r("I052","2020-03-03T21:10","Premium Times","Three killed as insurgents raid Gwoza community",
 "Three residents were killed when Boko Haram fighters raided a village near Gwoza in southern Borno State on Tuesday evening, a local vigilante leader said.")
r("I052","2020-03-04T10:00","Sahara Reporters","Boko Haram Kills Three Villagers In Borno",
 "Boko Haram terrorists have killed three villagers in Gwoza Local Government Area of Borno State, SaharaReporters gathered. The attackers also burnt several houses before fleeing towards the Mandara mountains.")
r("I052","2020-03-05T07:01",DCN,"Nigeria: 3 civilians killed in Gwoza LGA (Borno)",
 "On 3 March 2020, Boko Haram militants attacked a village in Gwoza LGA, Borno, killing 3 civilians and burning houses.")
r("I053","2020-03-04T17:30","Daily Trust","ISWAP ambush kills two soldiers near Monguno",
 "Two soldiers were killed on Wednesday when ISWAP fighters ambushed a military convoy on the road leading into Monguno town, northern Borno, security sources said.")
r("I054","2020-03-05T18:40","Premium Times","Two soldiers killed as insurgents attack Damboa base",
 "Two soldiers were killed on Thursday when insurgents attacked a military base in Damboa, Borno State, military sources said. The attackers were repelled after a gun battle lasting over an hour.")
r("I055","2020-03-04T20:00","Sahara Reporters","ISWAP Fighters Take Over Dikwa",
 "Fighters of the Islamic State West Africa Province (ISWAP) on Wednesday overran Dikwa town in Borno State, forcing soldiers to withdraw, residents told SaharaReporters. The insurgents hoisted their flag at the emir's palace.")
r("I055","2020-03-05T09:00","Daily Trust","Insurgents seize Borno town, troops regroup",
 "Insurgents on Wednesday seized control of Dikwa, headquarters of Dikwa Local Government Area of Borno, after a fierce battle with troops, sources said. The army said troops had regrouped to clear the town.")
r("I056","2020-03-03T16:00","The Punch","Bandits kill village head in Zamfara",
 "Bandits have killed a village head in Maru Local Government Area of Zamfara State, the police confirmed on Tuesday. The gunmen invaded the community on motorcycles on Tuesday morning.")
r("I057","2020-03-04T19:20","Daily Trust","Bandits kill policeman on Gusau outskirts",
 "A police officer was killed on Wednesday when bandits attacked a checkpoint on the outskirts of Gusau, the Zamfara State capital, the police spokesman said.")
r("I058","2020-03-04T18:00","The Punch","Bandits kill two in Katsina community",
 "Bandits on Wednesday killed two persons in an attack on a community in Batsari Local Government Area of Katsina State, the police said. The spokesman said the gunmen also rustled cattle.")
r("I058","2020-03-05T07:05",DCN,"Nigeria: bandits kill 2 in Batsari (Katsina)",
 "On 4 March 2020, armed bandits attacked Batsari, Katsina, killing 2 civilians, abducting 5 and rustling cattle.")
r("I058","2020-03-05T08:30","Premium Times","Katsina: Gunmen kill two, abduct five",
 "Two persons were killed and five abducted when gunmen invaded Batsari town in Katsina State on Wednesday, residents said.")
r("I059","2020-03-05T10:00","Daily Trust","Two killed as bandits attack Jibia village",
 "Two people were killed when bandits attacked a village in Jibia Local Government Area of Katsina State on Wednesday, a community leader said.")
r("I060","2020-03-04T09:20","The Punch","Gunmen kill four in southern Kaduna",
 "Four persons were killed when gunmen attacked a community in Kajuru Local Government Area of Kaduna State on Tuesday, the state Commissioner for Internal Security said.")
r("I061","2020-03-05T19:10","Daily Trust","Three injured as bandits attack travellers in Birnin Gwari",
 "Three travellers were injured on Thursday when bandits opened fire on vehicles on the Kaduna-Birnin Gwari road near Birnin Gwari town, police said.")
r("I062","2020-03-05T20:00","The Punch","Gunmen kill farmer in Plateau",
 "A farmer was killed by gunmen in Riyom Local Government Area of Plateau State on Thursday, the military Special Task Force said.")
r("I063","2020-03-05T21:00","Premium Times","Two killed in fresh Agatu attack",
 "Two persons were killed on Thursday in a fresh attack by suspected herdsmen on a community in Agatu Local Government Area of Benue State, the council chairman said.")
r("I064","2020-03-06T09:00","Daily Trust","Troops neutralise 3 Boko Haram fighters in Bama",
 "Troops of Operation Lafiya Dole on Thursday neutralised three Boko Haram terrorists in an ambush near Bama, Borno State, the Defence Headquarters said.")

# ---------------- SOMALIA ----------------
r("I065","2020-03-03T19:30","Garowe Online","Roadside bomb kills two in Mogadishu",
 "At least two civilians were killed and four others injured when a roadside bomb went off in Mogadishu's Hodan district on Tuesday evening, police said. No group claimed responsibility but al-Shabaab often carries out such attacks.")
r("I065","2020-03-03T20:15","Somali Guardian","Explosion rocks Mogadishu's Hodan district",
 "A loud explosion was heard in Hodan district of Mogadishu on Tuesday evening. Witnesses said a bomb targeted a passing vehicle near the KM4 junction, and at least two people were killed.")
r("I065","2020-03-04T07:00","Hiiraan Online","Toll from Mogadishu blast rises to three",
 "The death toll from Tuesday evening's roadside explosion in Hodan district of Mogadishu has risen to three after one of the wounded died in hospital, a police officer said on Wednesday.")
r("I065","2020-03-04T10:00","Xinhua","3 killed in roadside bomb blast in Somali capital",
 "MOGADISHU, March 4 (Xinhua) -- Three people were killed and three others injured when a roadside bomb exploded in the Somali capital late on Tuesday, police said on Wednesday.")
r("I066","2020-03-03T15:00","Garowe Online","Al-Shabaab attacks military base near Afgooye",
 "Al-Shabaab militants on Tuesday attacked a Somali National Army base on the outskirts of Afgooye town in Lower Shabelle region, killing two soldiers, military officials said.")
r("I066","2020-03-03T16:20","Somali Guardian","Two SNA soldiers killed in Lower Shabelle attack",
 "Two government soldiers were killed in a mortar and gun attack on a military base in Lower Shabelle region on Tuesday, a commander told Somali Guardian. The base is about 30km northwest of Mogadishu.")
r("I066","2020-03-04T08:10","Hiiraan Online","Al-Shabaab claims attack on army base in Afgoye",
 "Al-Shabaab said it killed five soldiers in an attack on an army base in Afgoye on Tuesday. Government officials put the toll at two soldiers.")
r("I067","2020-03-04T16:45","Hiiraan Online","Two soldiers killed in ambush near Balcad",
 "Two Somali soldiers were killed on Wednesday when al-Shabaab fighters ambushed a military vehicle near Balcad town in Middle Shabelle region, a local official said.")
r("I068","2020-03-04T14:00","Somali Guardian","Gunmen kill traditional elder in Baidoa",
 "Gunmen shot dead a traditional elder in Baidoa, the administrative capital of South West State, on Wednesday, police said.")
r("I069","2020-03-05T13:00","Hiiraan Online","Police officer killed by grenade in Beledweyne",
 "A police officer was killed when unidentified attackers threw a hand grenade at a police station in Beledweyne, the capital of Hiiraan region, on Thursday.")
r("I069","2020-03-05T15:40","Garowe Online","Grenade attack kills officer in Beled Weyne",
 "One police officer died and two others were injured in a grenade attack on a police station in Beled Weyne town on Thursday. Al-Shabaab claimed responsibility.")
r("I069","2020-03-06T07:10",DCN,"Somalia: grenade kills police officer in Beledweyne (Hiraan)",
 "On 5 March 2020, suspected al-Shabaab militants threw a grenade at a police station in Beledweyne, Hiraan, killing 1 police officer and wounding 2.")
r("I070","2020-03-03T13:30","Garowe Online","Three Jubaland soldiers wounded in Kismayo blast",
 "Three Jubaland soldiers were wounded when a roadside bomb hit their vehicle on the outskirts of Kismayo on Tuesday, officials said.")
r("I071","2020-03-05T08:20","Somali Guardian","Mortar shells kill two in Merca",
 "Two civilians were killed when mortar shells fired by al-Shabaab landed in residential areas of Merca, the capital of Lower Shabelle region, on Wednesday evening.")
r("I072","2020-03-05T20:30","Hiiraan Online","Mortar shells hit Jowhar, no casualties",
 "Several mortar shells landed in Jowhar, the capital of HirShabelle state, on Thursday evening. Officials said no casualties were reported.")
r("I073","2020-03-04T16:00","Garowe Online","US airstrike kills three al-Shabaab militants near Jilib",
 "The U.S. Africa Command said an airstrike on Wednesday killed three al-Shabaab terrorists near Jilib in the Middle Juba region. AFRICOM said no civilians were injured or killed.")
r("I073","2020-03-05T07:00","Xinhua","U.S. airstrike kills 3 al-Shabab militants in southern Somalia",
 "MOGADISHU, March 5 (Xinhua) -- The U.S. military said Thursday its airstrike killed three al-Shabab militants in Middle Juba region in southern Somalia on Wednesday.")
r("I074","2020-03-05T19:50","Garowe Online","Businessman shot dead in Galkayo",
 "A businessman was shot dead by unknown gunmen in south Galkayo on Thursday evening, police said.")
r("I075","2020-03-03T17:10","Somali Guardian","Two soldiers killed in Wanlaweyn landmine blast",
 "Two soldiers were killed when a landmine exploded under their vehicle near Wanlaweyn in Lower Shabelle on Tuesday, a local official said.")
r("I076","2020-03-05T16:30","Hiiraan Online","Two soldiers killed in Bulo Burte clash",
 "Two government soldiers were killed in a clash with al-Shabaab fighters on the outskirts of Bulo Burte in Hiiraan region on Thursday, a local commander said.")

# ---------------- YEMEN ----------------
r("I077","2020-03-03T18:00","Al Masdar Online","Two civilians killed in Houthi shelling in Hays",
 "Two civilians were killed and three others wounded on Tuesday when Houthi militias shelled residential neighbourhoods in Hays district, south of Hodeidah governorate, a local official told Al Masdar Online.")
r("I077","2020-03-04T05:30","Xinhua","2 civilians killed in Houthi shelling in Yemen's Hodeidah",
 "ADEN, Yemen, March 3 (Xinhua) -- Two civilians were killed on Tuesday when Houthi rebels shelled a village in Yemen's Red Sea province of Hodeidah, a government military official said.")
r("I077","2020-03-04T08:10",DCN,"Yemen: shelling kills 2 civilians in Hays (Al Hudaydah)",
 "On 3 March 2020, Houthi forces shelled residential areas in Hays, Al Hudaydah, killing 2 civilians and wounding 3. Houthi forces denied the claim.")
r("I078","2020-03-04T15:30","Al Masdar Online","Two civilians injured by Houthi sniper fire in Hodeidah city",
 "Two civilians were wounded by Houthi sniper fire in the 7 July neighbourhood of Hodeidah city on Wednesday, medical sources said.")
r("I079","2020-03-03T15:00","Al Masdar Online","Houthi sniper kills two civilians in Taiz",
 "A Houthi sniper shot dead two civilians, a woman and her son, in al-Mudhaffar district of Taiz city on Tuesday, medical sources said.")
r("I079","2020-03-03T22:00","Xinhua","2 civilians killed by sniper fire in Yemen's Taiz",
 "TAIZ, Yemen, March 3 (Xinhua) -- A woman and a child were shot dead by a sniper in the southwestern Yemeni city of Taiz on Tuesday, a local official said, blaming the Houthi rebels.")
r("I079","2020-03-04T08:11",DCN,"Yemen: sniper kills 2 civilians in Al Mudhaffar (Taizz)",
 "On 3 March 2020, a sniper (attributed to Houthi forces) shot dead 2 civilians in Al Mudhaffar, Taizz city, Taizz.")
r("I080","2020-03-04T14:00","Al Masdar Online","Three soldiers killed in Houthi attack in Sirwah",
 "Three soldiers of the government army were killed on Wednesday in a Houthi attack on army positions in Sirwah district, west of Marib, a military source said.")
r("I080","2020-03-04T20:00","Xinhua","3 Yemeni soldiers killed in Houthi attack in Marib",
 "ADEN, Yemen, March 4 (Xinhua) -- At least three government soldiers were killed in an attack launched by Houthi rebels in Yemen's central province of Marib on Wednesday, a military official said.")
r("I080","2020-03-05T08:15",DCN,"Yemen: 3 soldiers killed in Sirwah (Marib)",
 "On 4 March 2020, Houthi forces attacked government positions in Sirwah, Marib, killing 3 soldiers.")
r("I081","2020-03-03T17:00","Reuters","Yemen's Houthis seize capital of northern al-Jawf province",
 "ADEN (Reuters) - Yemen's Houthi movement has taken control of al-Hazm, the capital of the northern province of al-Jawf, tribal and military sources said on Tuesday, in a setback for the Saudi-backed government.")
r("I081","2020-03-03T19:00","Saba News Agency","Army announces liberation of al-Hazm city",
 "SANA'A, March 3 (Saba) - The armed forces announced on Tuesday the full liberation of al-Hazm city, the centre of al-Jawf governorate, after a wide military operation.")
r("I082","2020-03-05T17:40","Al Masdar Online","Two STC fighters killed in clashes near Zinjibar",
 "Two fighters of the Southern Transitional Council were killed in clashes with government forces near Zinjibar, the capital of Abyan, on Thursday, local sources said.")
r("I083","2020-03-06T08:00",DCN,"Yemen: soldier killed at checkpoint in Ataq (Shabwah)",
 "On 5 March 2020, unidentified gunmen killed a Yemeni army soldier at a checkpoint in Ataq, Shabwah.")
r("I084","2020-03-04T21:30","Xinhua","Suspected U.S. drone strike kills 3 al-Qaida militants in central Yemen",
 "ADEN, Yemen, March 4 (Xinhua) -- A suspected U.S. drone strike killed three al-Qaida militants on Wednesday in the central province of Bayda, a local security official said. The strike hit a vehicle near the town of Rada'a.")
r("I085","2020-03-04T18:20","Al Masdar Online","Police officer assassinated in Aden",
 "Unidentified gunmen shot dead a police officer in Aden's al-Mansoura district on Wednesday, a security source said.")
r("I086","2020-03-05T14:10","Saba News Agency","Citizen killed by Saudi artillery shelling in Saada",
 "SAADA, March 5 (Saba) - A citizen was killed on Thursday by Saudi artillery shelling on Shada border district of Saada governorate, a security source said.")

# ---------------- MALI ----------------
r("I087","2020-03-03T18:00","Studio Tamani","Three civilians killed in attack near Bandiagara",
 "Three civilians were killed on Tuesday in an attack by unidentified armed men on a village near Bandiagara, in the Mopti region, local sources told Studio Tamani.")
r("I087","2020-03-04T08:20",DCN,"Mali: 3 civilians killed near Bandiagara (Mopti)",
 "On 3 March 2020, suspected JNIM (Katiba Macina) militants attacked a village near Bandiagara, Mopti, killing 3 civilians.")
r("I087","2020-03-04T09:00","RFI","Three villagers killed in central Mali attack",
 "Gunmen killed three villagers in the Bandiagara district of central Mali's Mopti region on Tuesday, a local official told RFI, blaming jihadists linked to the Katiba Macina.")
r("I088","2020-03-04T17:30","Studio Tamani","Three killed in Djenne area",
 "Three people were killed on Tuesday by gunmen in a hamlet in the Djenne circle, Mopti region, according to local authorities.")
r("I089","2020-03-04T12:00","Studio Tamani","Two soldiers killed in explosion near Menaka",
 "Two Malian soldiers were killed on Wednesday when their vehicle hit an improvised explosive device near Ménaka, military sources said.")
r("I089","2020-03-04T15:00","France 24","Two Malian soldiers killed by roadside bomb",
 "Two Malian soldiers were killed on Wednesday when their vehicle struck a roadside bomb in the northeastern Menaka region, the army said on social media.")
r("I089","2020-03-04T21:00","Xinhua","2 Malian soldiers killed in IED explosion in northeast",
 "BAMAKO, March 4 (Xinhua) -- Two soldiers of the Malian Armed Forces (FAMa) were killed and one injured Wednesday when their vehicle hit an explosive device about 10 km from the town of Menaka, the army said.")
r("I089","2020-03-05T08:00",DCN,"Mali: IED kills 2 FAMa soldiers near Menaka",
 "On 4 March 2020, an IED struck a FAMa vehicle near Menaka, Menaka, killing 2 soldiers and wounding 1. Suspected ISGS.")
r("I090","2020-03-04T19:00","RFI","Three peacekeepers wounded in Gao rocket attack",
 "Three MINUSMA peacekeepers were wounded on Wednesday when their camp in Gao came under rocket fire, the UN mission said.")
r("I091","2020-03-05T18:10","Studio Tamani","Two soldiers killed in attack on Niono post",
 "Two soldiers were killed on Thursday in an attack on a military post near Niono, in the Segou region, the army said.")
r("I092","2020-03-06T08:01",DCN,"Mali: IED near FAMa convoy at Tessit, no casualties",
 "On 5 March 2020, an IED detonated near a FAMa convoy near Tessit, Gao. No casualties.")
r("I093","2020-03-05T21:20","Studio Tamani","Trader shot dead in Timbuktu",
 "A trader was shot dead by unidentified gunmen in Timbuktu on Thursday evening, witnesses said.")
r("I094","2020-03-03T20:40","France 24","Malian soldier killed in ambush near Boni",
 "A Malian soldier was killed on Tuesday in an ambush near Boni, in the Mopti region, a military source told AFP.")

# ---------------- BURKINA FASO ----------------
r("I095","2020-03-03T20:00","Lefaso.net","Two civilians killed near Djibo",
 "Two civilians were killed on Tuesday by armed individuals on the outskirts of Djibo, in the Soum province, security sources said.")
r("I095","2020-03-04T08:30",DCN,"Burkina Faso: 2 civilians killed near Djibo (Sahel)",
 "On 3 March 2020, unidentified armed men (suspected Ansaroul Islam) killed 2 civilians near Djibo, Sahel.")
r("I095","2020-03-04T09:30","Burkina24","Soum: two people killed in attack",
 "Two people were killed in an attack by terrorists near Djibo in the province of Soum on Tuesday, according to local sources. The attackers arrived on motorcycles.")
r("I096","2020-03-04T11:00","Lefaso.net","Two shepherds killed near Arbinda",
 "Two shepherds were killed on Tuesday by armed men near Arbinda, in the Soum province, local sources reported.")
r("I097","2020-03-04T18:30","Burkina24","Gendarme killed near Dori",
 "A gendarme was killed on Wednesday when armed men attacked a checkpoint near Dori, the capital of the Sahel region, security sources said.")
r("I098","2020-03-04T17:00","Lefaso.net","Three VDP killed in Barsalogho attack",
 "Three Volunteers for the Defence of the Homeland (VDP) were killed on Wednesday in an attack on their position near Barsalogho, in the Sanmatenga province, local sources said.")
r("I098","2020-03-05T08:00","Burkina24","Sanmatenga: three volunteers killed",
 "Three volunteers for the defence of the homeland lost their lives in an attack in the commune of Barsalogho on Wednesday, a local official said.")
r("I098","2020-03-05T10:00","France 24","Jihadists kill three civilian auxiliaries in Burkina Faso",
 "Jihadists killed three members of a civilian auxiliary force fighting alongside the army in northern Burkina Faso, security sources said Thursday. The attack took place on Wednesday in Sanmatenga province.")
r("I099","2020-03-05T19:40","Burkina24","Man killed near Fada N'Gourma",
 "A man was killed by unidentified armed men on the road near Fada N'Gourma, in the East region, on Thursday.")
r("I100","2020-03-05T20:20","Lefaso.net","Three VDP killed in Loroum",
 "Three Volunteers for the Defence of the Homeland were killed on Thursday in an ambush near Titao, capital of the Loroum province, in the North region.")
r("I101","2020-03-04T16:00","Burkina24","Two soldiers wounded near Gorom-Gorom",
 "Two soldiers were wounded on Wednesday when their patrol hit an explosive device near Gorom-Gorom, in the Oudalan province.")
r("I102","2020-03-03T21:30","Lefaso.net","Attack on Kongoussi gendarmerie repelled, five assailants killed",
 "An attack on a gendarmerie post near Kongoussi, in the Bam province, was repelled on Tuesday, with five assailants neutralized, security sources said.")

r("I103","2020-03-03T19:45",SO,"Three civilians killed as warplanes strike Harem",
 "Three civilians, including a woman, were killed on Tuesday evening when warplanes believed to be Russian struck the town of Harem near the Turkish border in the northern Idlib countryside.")
r("I104","2020-03-04T13:40","Daily Trust","Boko Haram kills three fishermen near Mafa",
 "Three fishermen were killed on Tuesday by Boko Haram insurgents on the outskirts of Mafa town in Borno State, a fishermen's association official said. The victims were returning from a river when they were attacked.")
r("I105","2020-03-04T17:00","TOLOnews","Police Officer Killed In Kandahar City",
 "A police officer was shot dead by unknown gunmen in Kandahar city on Wednesday afternoon, police said.")
r("I106","2020-03-04T22:10","Al Masdar Online","Houthi missile kills three soldiers in Marib city",
 "Three soldiers were killed on Wednesday night when a ballistic missile fired by the Houthis struck a military camp on the outskirts of Marib city, a military source said.")
r("I107","2020-03-05T09:30","Studio Tamani","Two soldiers killed near Diabaly",
 "Two Malian soldiers were killed on Wednesday in an attack by armed men on a patrol near Diabaly, in the Segou region, local sources said.")

# ---------- build ----------
def slug(s):
    s = re.sub(r"[^a-z0-9]+","-", s.lower()).strip("-")
    return s[:70].rstrip("-")
R.sort(key=lambda x:(x[1], x[0]))
out = []
for i,(inc,pub,src,title,text) in enumerate(R,1):
    d = pub[:10].replace("-","/")
    out.append({"id":f"a{i:03d}","publishedAt":pub+":00Z","source":src,
                "url":f"https://{SRC[src]}/{d}/{slug(title)}","title":title,"text":text,"incident":inc})
with open("/tmp/incident-stream/articles.jsonl","w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+"\n")
with open("/tmp/incident-stream/incidents.tsv","w") as f:
    f.write("incident\tcountry\ttown\tdate\ttype\tvictim_group\tcount\tadmin1\n")
    for line in INC.splitlines():
        i,c,t,a,d,ty,g,n = line.split("|")
        f.write("\t".join([i,c,t,d,ty,g,n,a])+"\n")
print(len(out))
