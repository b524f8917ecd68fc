"""b8: 35 wire/RSS snippets (4 Syria, 25 other conflict, 1 no event, 5 non-conflict)."""
from lib import I

I('W01', '2019-01-16', 'wire', '2019-01-16|Syria|remote_explosive_ied|Manbij|Aleppo|Manbij',
  "US troops among dead as suicide bomber hits Manbij restaurant - A suicide bomber struck a restaurant in the northern Syrian city of Manbij on Wednesday, killing 19 people including four Americans, a war monitor said, in an attack claimed by Islamic State that came weeks after…",
  ['A|USAMIL|SYRREB||Manbij|Wednesday|SYRREB|A suicide bomber struck a restaurant in the northern Syrian city of Manbij on Wednesday|',
   'K|SYRCVL|SYRREB|19|Manbij|Wednesday||killing 19 people including four Americans||mixed people: CVL',
   'K|USAMIL|SYRREB|4|Manbij|Wednesday||including four Americans|u|sub-count'], 19)

I('W02', '2020-02-25', 'wire', '2020-02-24|Syria|air_drone_strike|Nayrab|Idlib|Idlib',
  "Syria says it downed Turkish drone near Nayrab - Syrian air defences shot down a Turkish drone near the village of Nayrab on Monday, state news agency SANA reported, as Turkish-backed rebels and government forces fought for control of",
  ['E|TURMIL|SYRMIL||Nayrab|Monday|SYRGOV|Syrian air defences shot down a Turkish drone near the village of Nayrab on Monday|eq=AIRCRAFT',
   'A|SYRMIL|SYRREB||Nayrab|Monday||Turkish-backed rebels and government forces fought|',
   'A|SYRREB|SYRMIL||Nayrab|Monday||Turkish-backed rebels and government forces fought|u|second side of a symmetric clash'], 0)

I('W03', '2019-03-01', 'wire', '2019-02-28|Syria|remote_explosive_ied|Salamiyah|Hama|Salamiyah',
  "Landmine kills five truffle hunters in Hama desert - Five people out gathering desert truffles were killed when their pickup hit a landmine east of Salamiyah on Thursday, local media reported, the third such blast in",
  ['A|SYRCVL|||Salamiyah|Thursday||their pickup hit a landmine east of Salamiyah on Thursday|',
   'K|SYRCVL||5|Salamiyah|Thursday||Five people out gathering desert truffles were killed|'], 5)

I('W04', '2020-07-21', 'wire', '2020-07-20|Syria|air_drone_strike|al-Kiswah|Rif Dimashq|Markaz Rif Dimashq',
  "Israeli missiles hit targets south of Damascus, SANA says - Israeli missiles targeted positions near al-Kiswah, south of Damascus, late on Monday, wounding seven soldiers, state media said, while a war monitor said five pro-Iranian fighters were…",
  ['A|SYRMIL|ISRMIL||al-Kiswah|Monday|SYRGOV|Israeli missiles targeted positions near al-Kiswah|',
   'W|SYRMIL|ISRMIL|7|al-Kiswah|Monday|SYRGOV|wounding seven soldiers|',
   'K|IRNMIL|ISRMIL|5|al-Kiswah|Monday||five pro-Iranian fighters were|u|cut before the verb'], 0)

I('W05', '2020-12-03', 'wire', '2020-12-02|Nigeria|attack|Maigamji|Katsina|Funtua',
  "Gunmen kill 12 worshippers in Katsina mosque attack - Gunmen stormed a mosque in Maigamji village in Katsina state's Funtua area during dawn prayers on Wednesday, killing 12 people and abducting",
  ['A|NGACVL|||Maigamji|Wednesday||Gunmen stormed a mosque in Maigamji village|',
   'K|NGACVL||12|Maigamji|Wednesday||killing 12 people|'], 12)

I('W06', '2022-04-28', 'wire', '2022-04-28|Afghanistan|remote_explosive_ied|Mazar-i-Sharif|Balkh|Mazar-i-Sharif',
  "Minibus bombs kill 9 in northern Afghan city - Bombs planted on two minibuses carrying Shi'ite passengers exploded in Mazar-i-Sharif on Thursday, killing nine people and wounding 13, a Taliban police spokesman said, hours after a blast at a mosque in the capital…",
  ['A|AFGCVL||2|Mazar-i-Sharif|Thursday||Bombs planted on two minibuses carrying Shi\'ite passengers exploded in Mazar-i-Sharif on Thursday|',
   'K|AFGCVL||9|Mazar-i-Sharif|Thursday|AFGMIL|killing nine people and wounding 13|',
   'W|AFGCVL||13|Mazar-i-Sharif|Thursday|AFGMIL|wounding 13|',
   'A|AFGCVL||||Thursday||a blast at a mosque in the capital|u|background, no casualties given'], 9)

I('W07', '2023-07-12', 'wire', '2023-07-12|Pakistan|attack|Zhob|Balochistan|Zhob',
  "Militants storm army garrison in Pakistan's Zhob, nine soldiers killed - Heavily armed militants attacked a military garrison in Zhob in southwestern Balochistan province early on Wednesday, killing nine soldiers, the army's media wing said, adding that five of the attackers had been…",
  ['A|PAKMIL|PAKREB||Zhob|Wednesday||Heavily armed militants attacked a military garrison in Zhob|',
   'K|PAKMIL|PAKREB|9|Zhob|Wednesday|PAKMIL|killing nine soldiers, the army\'s media wing said|',
   'K|PAKMIL|PAKREB|9||||nine soldiers killed|u|headline',
   'K|PAKREB|PAKMIL|5|Zhob|Wednesday|PAKMIL|five of the attackers had been|u|cut before the verb'], 9)

I('W08', '2024-04-07', 'wire', '2024-04-06|Myanmar|nonstate_takes_territory|Thingannyinaung|Kayin|Myawaddy',
  "Karen rebels say they have taken Thingannyinaung near Thai border - Ethnic Karen insurgents said on Saturday they had captured the town of Thingannyinaung, west of Myawaddy, after about 200 junta soldiers surrendered, a…",
  ['C||MMRREB||Thingannyinaung|Saturday|MMRREB|they had captured the town of Thingannyinaung|',
   'C||MMRREB||Thingannyinaung|||Karen rebels say they have taken Thingannyinaung|u|headline'], 0)

I('W09', '2023-02-18', 'wire', '2023-02-17|Burkina Faso|attack|Tin-Akoff|Sahel|Oudalan',
  "Jihadists kill dozens of soldiers in Burkina's north - At least 51 soldiers were killed when jihadists ambushed an army unit near Tin-Akoff in Oudalan province on Friday, the army said, adding that 160 of the assailants were \"neutralised\" in a",
  ['A|BFAMIL|BFAREB||Tin-Akoff|Friday||jihadists ambushed an army unit near Tin-Akoff|',
   'K|BFAMIL|BFAREB|>51|Tin-Akoff|Friday|BFAMIL|At least 51 soldiers were killed|',
   'K|BFAMIL|BFAREB|||||kill dozens of soldiers|u|headline, vague',
   'K|BFAREB|BFAMIL|160|Tin-Akoff|Friday|BFAMIL|160 of the assailants were "neutralised"||a claim is an incident; "neutralised" read as killed'], 211)

I('W10', '2023-11-15', 'wire', '2023-11-14|Mali|gov_regains_territory|Kidal|Kidal|Kidal',
  "Malian army enters rebel stronghold Kidal - Malian troops took control of the northern town of Kidal on Tuesday, the head of the ruling junta said, the first time in about a decade that government forces have held the town, after Tuareg-led rebels",
  ['C||MLIMIL||Kidal|Tuesday|MLIGOV|Malian troops took control of the northern town of Kidal on Tuesday|',
   'C||MLIMIL||Kidal|||Malian army enters rebel stronghold Kidal|u|headline'], 0)

I('W11', '2023-09-24', 'wire', '2023-09-23|Somalia|remote_explosive_ied|Beledweyne|Hiraan|Beledweyne',
  "Suicide truck bomb kills at least 18 at Beledweyne checkpoint - A truck laden with explosives rammed a security checkpoint in the central Somali town of Beledweyne on Saturday, killing at least 18 people and wounding more than 40, police said, the latest…",
  ['A|SOMMIL|||Beledweyne|Saturday||A truck laden with explosives rammed a security checkpoint||no group named in the snippet: actor null',
   'K|SOMCVL||>18|Beledweyne|Saturday|SOMMIL|killing at least 18 people and wounding more than 40|',
   'W|SOMCVL||>40|Beledweyne|Saturday|SOMMIL|wounding more than 40|'], 18)

I('W12', '2024-05-02', 'wire', '2024-05-01|DR Congo|nonstate_takes_territory|Rubaya|North Kivu|Masisi',
  "M23 rebels seize Congo coltan mining hub Rubaya - M23 rebels have taken control of the coltan mining town of Rubaya in eastern Congo's North Kivu province, residents and a local official said on Wednesday, after army troops and allied militias",
  ['C||CODREB||Rubaya|Wednesday||M23 rebels have taken control of the coltan mining town of Rubaya||statement day: no day for the capture',
   'C||CODREB||Rubaya|||M23 rebels seize Congo coltan mining hub Rubaya|u|headline'], 0)

I('W13', '2025-01-25', 'wire', '2025-01-24|Sudan|air_drone_strike|El Fasher|North Darfur|El Fasher',
  "Drone strike on El Fasher hospital kills 67 - A drone struck the last functioning hospital in Sudan's besieged city of El Fasher on Friday, killing 67 patients and companions and wounding 19, a local health official said, blaming the paramilitary…",
  ['A|SDNCVL|||El Fasher|Friday||A drone struck the last functioning hospital in Sudan\'s besieged city of El Fasher on Friday||blamed (cut): actor null',
   'K|SDNCVL||67|El Fasher|Friday|SDNGOV|killing 67 patients and companions and wounding 19|',
   'W|SDNCVL||19|El Fasher|Friday|SDNGOV|wounding 19|'], 67)

I('W14', '2024-10-14', 'wire', '2024-10-14|Ukraine|air_drone_strike|Kherson|Kherson|Kherson',
  "Russian drone hits Kherson bus - A Russian drone struck a municipal bus in Kherson on Monday morning, killing a man and injuring eight passengers, the regional governor said on Telegram, the third attack on public transport in the city this…",
  ['A|UKRCVL|RUSMIL||Kherson|Monday||A Russian drone struck a municipal bus in Kherson on Monday morning|',
   'K|UKRCVL|RUSMIL|1|Kherson|Monday|UKRGOV|killing a man and injuring eight passengers|',
   'W|UKRCVL|RUSMIL|8|Kherson|Monday|UKRGOV|injuring eight passengers|'], 1)

I('W15', '2023-06-21', 'wire', '2023-06-20|Palestine|attack|Eli|West Bank|Ramallah',
  "Palestinian gunmen kill four Israelis near West Bank settlement - Two Palestinian gunmen opened fire at a restaurant at a petrol station near the settlement of Eli on Tuesday, killing four Israelis, medics said; one of the attackers was shot dead at the scene and the other",
  ['A|ISRCVL|PSEREB||Eli|Tuesday||Two Palestinian gunmen opened fire at a restaurant at a petrol station near the settlement of Eli on Tuesday||Palestinian gunmen in an attack: PSEREB (PSECVL defensible)',
   'K|ISRCVL|PSEREB|4|Eli|Tuesday||killing four Israelis|',
   'K|PSEREB||1|Eli|Tuesday||one of the attackers was shot dead at the scene|'], 5)

I('W16', '2023-02-06', 'wire', '2023-02-05|Mexico|air_drone_strike|Aguililla|Michoacan|Aguililla',
  "Drone-dropped explosives kill two police in Michoacan - Explosives dropped from drones killed two state police officers near Aguililla, Michoacan, on Sunday, the state security ministry said, blaming the Jalisco New Generation Cartel, which has been",
  ['A|MEXMIL|||Aguililla|Sunday||Explosives dropped from drones killed two state police officers||drone attack; the ministry only blames the cartel: actor null',
   'K|MEXMIL||2|Aguililla|Sunday|MEXGOV|killed two state police officers near Aguililla|'], 2)

I('W17', '2024-10-30', 'wire', '2024-10-29|Haiti|attack|Solino|Ouest|Port-au-Prince',
  "Gangs kill 11 in Port-au-Prince suburb - Gunmen from the Viv Ansanm gang coalition attacked the Solino neighbourhood of Port-au-Prince overnight, killing at least 11 residents and setting fire to dozens of homes, police said on Tuesday, as hundreds of families fled",
  ['A|HTICVL|HTIREB||Solino|Tuesday||attacked the Solino neighbourhood of Port-au-Prince overnight||overnight, said Tuesday: Tuesday',
   'K|HTICVL|HTIREB|>11|Solino|Tuesday|HTIMIL|killing at least 11 residents|',
   'D|HTICVL|||Solino|Tuesday||hundreds of families fled|u|vague, cut'], 11)

I('W18', '2022-11-18', 'wire', '2022-11-17|Ethiopia|attack|West Shewa|Oromia|West Shewa',
  "Gunmen kill 12 bus passengers in Ethiopia's Oromia - Gunmen stopped a bus and killed at least 12 passengers in the West Shewa zone of Ethiopia's Oromia region on Thursday, residents said, blaming the Oromo Liberation Army, which",
  ['A|ETHCVL|||West Shewa|Thursday||Gunmen stopped a bus|',
   'K|ETHCVL||>12|West Shewa|Thursday||killed at least 12 passengers||blamed by residents only: actor null'], 12)

I('W19', '2021-05-10', 'wire', '2021-05-09|Cameroon|remote_explosive_ied|Bamenda|North-West|Mezam',
  "Bomb kills two soldiers in Cameroon's Bamenda - A homemade bomb planted by suspected separatists hit an army vehicle in Bamenda on Sunday, killing two soldiers and wounding a third, a military source said, the",
  ['A|CMRMIL|CMRREB||Bamenda|Sunday||A homemade bomb planted by suspected separatists hit an army vehicle in Bamenda on Sunday|',
   'E|CMRMIL|CMRREB||Bamenda|Sunday||hit an army vehicle|eq=VEHICLE',
   'K|CMRMIL|CMRREB|2|Bamenda|Sunday||killing two soldiers and wounding a third|',
   'W|CMRMIL|CMRREB|1|Bamenda|Sunday||wounding a third|'], 2)

I('W20', '2021-01-05', 'wire', '2021-01-04|Niger|armed_clash|Tera|Tillaberi|Tera',
  "Niger says it killed 79 militants after Tera attack - Niger's army said on Monday it had killed 79 \"terrorists\" in air and ground operations around Tera in the Tillaberi region, days after an attack that left 7 soldiers",
  ['A|NERREB|NERMIL||Tera|Monday|NERMIL|in air and ground operations around Tera|',
   'K|NERREB|NERMIL|79|Tera|Monday|NERMIL|it had killed 79 "terrorists"||claim: statement day',
   'K|NERMIL||7|Tera|||an attack that left 7 soldiers|u|background, cut'], 79)

I('W21', '2023-04-26', 'wire', '2023-04-26|India|remote_explosive_ied|Aranpur|Chhattisgarh|Dantewada',
  "Maoists blow up police vehicle in Chhattisgarh, 11 dead - Maoist rebels set off a powerful IED under a van carrying police commandos near Aranpur in Chhattisgarh's Dantewada district on Wednesday, killing 10 policemen and their civilian driver, officials said…",
  ['A|INDMIL|INDREB||Aranpur|Wednesday||Maoist rebels set off a powerful IED under a van carrying police commandos near Aranpur|',
   'E|INDMIL|INDREB||Aranpur|Wednesday||Maoists blow up police vehicle|eq=VEHICLE',
   'K|INDMIL|INDREB|10|Aranpur|Wednesday|INDGOV|killing 10 policemen and their civilian driver|',
   'K|INDCVL|INDREB|1|Aranpur|Wednesday|INDGOV|their civilian driver|',
   'K|INDCVL||11||||11 dead|u|headline total'], 11)

I('W22', '2021-07-08', 'wire', '2021-07-07|Iraq|air_drone_strike|Erbil|Kurdistan Region|Erbil',
  "Drones target Erbil airport, no casualties - Explosive-laden drones targeted Erbil international airport, which hosts US-led coalition troops, late on Wednesday; no casualties were reported, the Kurdistan region's counterterrorism service said…",
  ['A|USAMIL|||Erbil|Wednesday||Explosive-laden drones targeted Erbil international airport|'], 0)

I('W23', '2020-08-06', 'wire', '2020-08-05|Chad|attack|Kaiga-Kindjiria|Lac|Fouli',
  "Boko Haram kills 10 Chadian soldiers on Lake Chad island - Boko Haram fighters attacked an army position at Kaiga-Kindjiria on Lake Chad on Wednesday, killing 10 soldiers, a military spokesman said, adding that 20 of the attackers were killed and",
  ['A|TCDMIL|NGAREB||Kaiga-Kindjiria|Wednesday||Boko Haram fighters attacked an army position at Kaiga-Kindjiria|',
   'K|TCDMIL|NGAREB|10|Kaiga-Kindjiria|Wednesday|TCDMIL|killing 10 soldiers|',
   'K|NGAREB|TCDMIL|20|Kaiga-Kindjiria|Wednesday|TCDMIL|20 of the attackers were killed|'], 30)

I('W24', '2021-03-31', 'wire', '2021-03-30|Central African Republic|attack|Bambari|Ouaka|Bambari',
  "Moroccan peacekeeper killed in Central African Republic ambush - A Moroccan peacekeeper was killed and another wounded when their patrol was ambushed near Bambari on Tuesday, the UN mission said in a statement, blaming fighters of the",
  ['A|MARMIL|||Bambari|Tuesday||their patrol was ambushed near Bambari on Tuesday||group cut from the snippet: actor null',
   'K|MARMIL||1|Bambari|Tuesday|IGOUNO|A Moroccan peacekeeper was killed and another wounded|',
   'W|MARMIL||1|Bambari|Tuesday|IGOUNO|another wounded|'], 1)

I('W25', '2022-09-19', 'wire', '2022-09-16|Mozambique|attack|Naquitengue|Cabo Delgado|Mocimboa da Praia',
  "Islamic State says it killed 11 Christians in Mozambique village raid - Islamic State fighters raided Naquitengue village in Mocimboa da Praia district on Friday, the group said in a claim, saying they had killed 11 Christians, a figure local sources put at…",
  ['A|MOZCVL|MOZREB||Naquitengue|Friday|MOZREB|Islamic State fighters raided Naquitengue village|',
   'K|MOZCVL|MOZREB|11|Naquitengue|Friday|MOZREB|they had killed 11 Christians|'], 11)

I('W26', '2023-12-02', 'wire', '2023-12-01|Philippines|armed_clash|Datu Hoffer|Maguindanao del Sur|Datu Hoffer',
  "Troops kill 11 pro-IS militants in southern Philippines - Soldiers backed by air strikes killed 11 members of the Dawlah Islamiyah group in a clash in Datu Hoffer town, Maguindanao del Sur, on Friday, the army said, adding that two soldiers were slightly…",
  ['A|PHLREB|PHLMIL||Datu Hoffer|Friday|PHLMIL|Soldiers backed by air strikes killed 11 members of the Dawlah Islamiyah group in a clash|',
   'K|PHLREB|PHLMIL|11|Datu Hoffer|Friday|PHLMIL|killed 11 members of the Dawlah Islamiyah group|',
   'W|PHLMIL||2|Datu Hoffer|Friday|PHLMIL|two soldiers were slightly|u|cut before the participle'], 11)

I('W27', '2023-12-06', 'wire', '2023-12-05|Lebanon|shelling_artillery_missile|Adaisseh|Nabatieh|Marjayoun',
  "Lebanese soldier killed by Israeli shelling near border - A Lebanese soldier was killed and three others wounded when Israeli shells hit an army post near Adaisseh on Tuesday, the Lebanese army said, the first army fatality since cross-border…",
  ['A|LBNMIL|ISRMIL||Adaisseh|Tuesday|LBNMIL|Israeli shells hit an army post near Adaisseh on Tuesday|',
   'K|LBNMIL|ISRMIL|1|Adaisseh|Tuesday|LBNMIL|A Lebanese soldier was killed and three others wounded|',
   'W|LBNMIL|ISRMIL|3|Adaisseh|Tuesday|LBNMIL|three others wounded|'], 1)

I('W28', '2022-02-09', 'wire', '2022-02-08|Kenya|attack|Marsabit|Marsabit|Saku',
  "Four shot dead in Marsabit as ethnic violence flares - Gunmen shot dead four people, including a 10-year-old boy, on the outskirts of Marsabit town on Tuesday, police said, bringing to 15 the number killed in the county since",
  ['K|KENCVL||4|Marsabit|Tuesday|KENMIL|Gunmen shot dead four people, including a 10-year-old boy|',
   'K|KENCVL||1|Marsabit|Tuesday|KENMIL|including a 10-year-old boy|u|sub-count',
   'K|KENCVL||15|Marsabit|r|KENMIL|bringing to 15 the number killed in the county since|c|running total'], 4)

I('W29', '2021-09-21', 'wire', '2021-09-20|Burundi|remote_explosive_ied|Bujumbura|Bujumbura Mairie|',
  "Grenade blasts at Bujumbura bus station kill two, wound dozens - Two grenades exploded at a crowded bus station in Bujumbura on Monday evening, killing two people and wounding 38, police said, a day after mortar shells hit the city's airport in an attack claimed by",
  ['A|BDICVL||2|Bujumbura|Monday||Two grenades exploded at a crowded bus station in Bujumbura on Monday evening|',
   'K|BDICVL||2|Bujumbura|Monday|BDIMIL|killing two people and wounding 38|',
   'W|BDICVL||38|Bujumbura|Monday|BDIMIL|wounding 38|',
   'W|BDICVL||||||wound dozens|u|headline, vague',
   'A|BDIGOV|||Bujumbura|Sunday||mortar shells hit the city\'s airport|u|background (a day after); claimant cut'], 2)

I('W30', '2024-09-03', 'wire', '2024-09-02|Armenia|protest_or_statement|Yerevan|Yerevan|',
  "Armenia, Azerbaijan say they agreed most of peace treaty text - Negotiators from Armenia and Azerbaijan have agreed on 13 of the 17 articles of a draft peace treaty, Armenia's foreign minister said in Yerevan on Monday, adding that the remaining",
  ['Tk||ARMGOV||Yerevan|||Negotiators from Armenia and Azerbaijan have agreed on 13 of the 17 articles of a draft peace treaty|u|no meeting day'], 0, noevent=True)

I('X06', '2024-07-13', 'wire', '2024-07-12|Nepal|disaster|Simaltal|Bagmati|Chitwan',
  "Two buses swept into Nepal river by landslide, 7 bodies found - Rescuers have recovered seven bodies after a landslide swept two passenger buses carrying more than 60 people into the Trishuli river near Simaltal early on Friday, officials said, with dozens still…",
  ['K|NPLCVL||7|Simaltal|Friday|NPLGOV|Rescuers have recovered seven bodies|cause=disaster|a landslide (monsoon) swept the buses away: disaster',
   'K|NPLCVL||7||||7 bodies found|u cause=disaster|headline'], 0)

I('X07', '2024-07-08', 'wire', '2024-07-07|Indonesia|accident|Bone Bolango|Gorontalo|Bone Bolango',
  "Landslide at illegal gold mine kills 15 in Indonesia's Gorontalo - A landslide triggered by heavy rain buried an illegal gold mine in Bone Bolango regency, Gorontalo province, on Sunday, killing at least 15 people, and rescuers were searching for 20 others",
  ['K|IDNCVL||>15|Bone Bolango|Sunday||killing at least 15 people|cause=accident|a mine landslide: accident (industrial), as writer A\'s jade-mine landslide'], 0)

I('X08', '2021-12-25', 'wire', '2021-12-24|Bangladesh|accident|Jhalokathi|Barisal|Jhalokathi',
  "Ferry fire kills at least 36 in southern Bangladesh - A fire tore through a crowded three-storey ferry on the Sugandha river near Jhalokathi before dawn on Friday, killing at least 36 passengers and injuring about 70, many of whom jumped into the",
  ['K|BGDCVL||>36|Jhalokathi|Friday||killing at least 36 passengers and injuring about 70|cause=accident',
   'W|BGDCVL||~70|Jhalokathi|Friday||injuring about 70|cause=accident'], 0)

I('X09', '2024-02-10', 'wire', '2024-02-10|Zambia|disease|Lusaka|Lusaka|Lusaka',
  "Zambia cholera deaths pass 500 - Zambia's cholera outbreak has killed 512 people since October, the health ministry said on Saturday, with Lusaka accounting for most of the more than 15,000 cases recorded, as schools stayed…",
  ['K|ZMBCVL||512||r|ZMBGOV|has killed 512 people since October|c cause=disease|national total; Lusaka has most cases, not the deaths'], 0)

I('X10', '2024-10-04', 'wire', '2024-10-03|DR Congo|accident|Kituku|North Kivu|Goma',
  "Overloaded boat capsizes on Lake Kivu, 78 dead - At least 78 people drowned when an overloaded boat capsized on Lake Kivu near the port of Kituku in Goma on Thursday, the provincial governor said, adding that rescuers had pulled",
  ['K|CODCVL||>78|Kituku|Thursday|CODGOV|At least 78 people drowned|cause=accident',
   'K|CODCVL||78||||78 dead|u cause=accident|headline']
  , 0)
