"""b7: news articles: 9 conflict, 2 with no event, 5 non-conflict."""
from lib import I

I('E01', '2022-12-30', 'news', '2022-12-27|South Sudan|attack|Gumuruk|Jonglei|Pibor',
"""Thousands flee as armed youth attack villages in South Sudan's Pibor

JUBA - Thousands of people have fled their homes in South Sudan's Greater Pibor Administrative Area after armed youth from neighbouring Jonglei state attacked several villages, the United Nations said on Friday.

The UN mission, UNMISS, said it had flown peacekeepers to the town of Gumuruk after the attackers, estimated by local officials at several thousand, overran it on Tuesday, burning homes and a health centre. A local official said 27 people were killed in Gumuruk and that at least 15 women and children had been abducted.

An UNMISS spokesman said about 2,000 people had taken shelter near its base in Pibor town, and that aid agencies were preparing to distribute food and plastic sheeting. The UN refugee agency said more than 30,000 people had been displaced across the area since the fighting began on Dec. 24.

The South Sudanese army said it had deployed troops to protect Pibor town but had not engaged the youth. A police spokesman said on Thursday that two officers were killed when the attackers ambushed a patrol near Lekuangole.

Cycles of cattle raids and revenge attacks between Lou Nuer, Dinka Bor and Murle communities have killed hundreds of people in recent years. In 2020, a similar wave of attacks left more than 600 dead, according to UN investigators.
""",
['D|SSDCVL||||r||Thousands of people have fled their homes|u|vague restatement',
 'A|SSDCVL|SSDREB||Gumuruk|Tuesday||armed youth from neighbouring Jonglei state attacked several villages|',
 'C||SSDREB||Gumuruk|Tuesday||overran it on Tuesday||armed youth took the town',
 'Dp||IGOUNO||Gumuruk|||it had flown peacekeepers to the town of Gumuruk|u|no day',
 'K|SSDCVL|SSDREB|27|Gumuruk|Tuesday|SSDGOV|27 people were killed in Gumuruk|',
 'D|SSDCVL||~2000|Pibor|r|IGOUNO|about 2,000 people had taken shelter near its base in Pibor town||fled to Pibor; place of shelter (the place fled from is not given)',
 'D|SSDCVL||>30000||r|IGOUNO|more than 30,000 people had been displaced across the area since the fighting began on Dec. 24|c|',
 'Dp||SSDMIL||Pibor|||it had deployed troops to protect Pibor town|u|no day',
 'A|SSDMIL|SSDREB||Lekuangole|Thursday||the attackers ambushed a patrol near Lekuangole||no day for the ambush: the statement day (Thursday)',
 'K|SSDMIL|SSDREB|2|Lekuangole|Thursday|SSDMIL|two officers were killed||police: MIL; the statement day',
 'K|SSDCVL||>600||||left more than 600 dead|u|background (2020)'], 29)

I('E02', '2021-03-23', 'news', '2021-03-21|Niger|attack|Intazayene|Tahoua|Tillia',
"""Gunmen kill 141 in western Niger villages, government says

NIAMEY - Gunmen on motorcycles killed 141 people in attacks on villages in Niger's Tahoua region near the border with Mali on Sunday, the government said on Tuesday, raising its earlier toll of 60 and declaring three days of national mourning.

The assailants attacked Intazayene, Bakorat, Wistane and surrounding hamlets in the Tillia area, "systematically shooting everything that moved", government spokesman Zakaria Abdourahamane said on state television. Most of the victims were Tuareg herders and their families.

Residents said the attackers were pursuing herders they accused of collaborating with rival armed groups. No one claimed responsibility. The government said security had been reinforced and that an operation was under way to find the killers.

It was the third mass killing of civilians in Niger's west in a little over two months. On March 15, gunmen killed 58 people returning from a market near Banibangou in Tillaberi region, and in January about 100 villagers died in attacks on Tchoma Bangou and Zaroumadareye.

The attacks came as Niger prepared to inaugurate President Mohamed Bazoum, who won a run-off election in February. The United Nations said the violence had already forced more than 300,000 people from their homes in the west of the country.
""",
['A|NERCVL|||Intazayene|Sunday||The assailants attacked Intazayene, Bakorat, Wistane and surrounding hamlets in the Tillia area|',
 'K|NERCVL||141|Intazayene|Sunday|NERGOV|killed 141 people in attacks on villages in Niger\'s Tahoua region||several villages: first named',
 'K|NERCVL||60|Intazayene|Sunday|NERGOV|raising its earlier toll of 60|u|superseded',
 'K|NERCVL||141||||Gunmen kill 141|u|headline',
 'O||NERMIL|||r|NERGOV|an operation was under way to find the killers|u|routine operation',
 'K|NERCVL||58|Banibangou|||gunmen killed 58 people returning from a market near Banibangou|u|background (15 March)',
 'K|NERCVL||~100||||about 100 villagers died in attacks on Tchoma Bangou and Zaroumadareye|u|background',
 'D|NERCVL||>300000||r|IGOUNO|forced more than 300,000 people from their homes|u c|background'], 141)

I('E03', '2023-06-26', 'news', '2023-06-24|Kenya|attack|Salama|Lamu|Lamu West',
"""Suspected al-Shabaab militants behead five in Kenya's Lamu county

NAIROBI - Suspected al-Shabaab militants killed five men, beheading some of them, in raids on two villages in Kenya's coastal Lamu county on Saturday night, police said, days after an improvised explosive device killed eight police officers in the same region.

The attackers stormed Salama and Juhudi villages in the Mpeketoni area, torched several houses and fled into the nearby forest, police said in a statement. Two other villagers were injured.

On Wednesday, a police vehicle hit an explosive device on the road between Bodhei and Basuba, killing eight officers, the interior minister said. It was one of at least three bomb attacks on security forces in Lamu and Garissa counties in the past week.

The interior ministry imposed a dusk-to-dawn curfew in parts of Lamu and said security forces had launched an operation to flush out the militants from the forest. "We will pursue these criminals until the last one is caught," Interior Minister Kithure Kindiki said.

Residents said hundreds of families had left their farms for the town of Mpeketoni. Al-Shabaab, which is based in neighbouring Somalia, has carried out attacks in Kenya since Kenyan troops entered Somalia in 2011.
""",
['A|KENCVL|SOMREB||Salama|Saturday||The attackers stormed Salama and Juhudi villages in the Mpeketoni area||suspected al-Shabaab (named): SOMREB',
 'K|KENCVL|SOMREB|5|Salama|Saturday|KENMIL|killed five men, beheading some of them|',
 'W|KENCVL|SOMREB|2|Salama|Saturday|KENMIL|Two other villagers were injured|',
 'A|KENMIL|||Bodhei|Wednesday||a police vehicle hit an explosive device on the road between Bodhei and Basuba|',
 'E|KENMIL|||Bodhei|Wednesday||a police vehicle hit an explosive device|eq=VEHICLE',
 'K|KENMIL||8|Bodhei|Wednesday|KENGOV|killing eight officers|',
 'K|KENMIL||8||Wednesday||an improvised explosive device killed eight police officers in the same region|u|restatement in the lead',
 'O||KENMIL||Lamu|r|KENGOV|security forces had launched an operation to flush out the militants from the forest|',
 'Th||KENGOV|||r||"We will pursue these criminals until the last one is caught,"|',
 'D|KENCVL||||r||hundreds of families had left their farms for the town of Mpeketoni|u|vague',
 'Dp||KENMIL|||||since Kenyan troops entered Somalia in 2011|u|background'], 13)

I('E04', '2024-01-11', 'news', '2024-01-09|Ecuador|attack|Guayaquil|Guayas|Guayaquil',
"""Ecuador declares 'internal armed conflict' after gunmen storm TV studio

QUITO - Ecuador's President Daniel Noboa declared an "internal armed conflict" on Tuesday and ordered the armed forces to "neutralise" 22 criminal gangs, hours after masked gunmen burst into a live broadcast at a television station in the port city of Guayaquil.

The gunmen, armed with pistols and explosives, held staff of the TC Television channel at gunpoint for about 15 minutes on air before police stormed the studio. Police said 13 people were arrested. No one was killed at the station, though a cameraman was shot in the leg.

Across the country, at least 10 people were killed on Tuesday in attacks attributed to gangs, among them two police officers shot dead in Nobol, police said. Seven police officers were kidnapped, and car bombs and explosions were reported in several cities.

The violence erupted after the escape of gang leader Adolfo Macias from a Guayaquil prison on Sunday. Prison riots broke out in at least six jails, where inmates took more than 130 guards and staff hostage.

"I have signed the decree," Noboa said. "We are at war and we cannot give in to these terrorist groups." Neighbouring Peru ordered troops to its border with Ecuador.
""",
['A|ECUCVL|||Guayaquil|Tuesday||masked gunmen burst into a live broadcast at a television station in the port city of Guayaquil||masked gunmen given to no side: actor null',
 'W|ECUCVL||1|Guayaquil|Tuesday||a cameraman was shot in the leg|',
 'O||ECUMIL|||Tuesday|ECUGOV|ordered the armed forces to "neutralise" 22 criminal gangs||declared operation against the gangs',
 'K|ECUCVL||>10||Tuesday|ECUMIL|at least 10 people were killed on Tuesday in attacks attributed to gangs||attributed only: actor null; several incidents in one day; mixed people CVL; police an unscored sub-count',
 'K|ECUMIL||2|Nobol|Tuesday|ECUMIL|two police officers shot dead in Nobol|u|sub-count of the 10',
 'A|ECUMIL||||||inmates took more than 130 guards and staff hostage|u|background hostage-taking',
 'Th||ECUGOV|||Tuesday||"We are at war and we cannot give in to these terrorist groups."|u|declaration, not a threat of force',
 'Dp||PERMIL|||r|PERGOV|Neighbouring Peru ordered troops to its border with Ecuador|u|an order'], 10)

I('E05', '2024-08-11', 'news', '2024-08-10|Palestine|air_drone_strike|al-Tabi\'in school|Gaza|Gaza City',
"""Israeli strike on Gaza school shelter kills dozens, civil defence says

CAIRO - An Israeli air strike hit a school compound sheltering displaced families in Gaza City during dawn prayers on Saturday, killing more than 90 people, according to Gaza's civil defence agency, one of the deadliest single strikes of the 10-month war.

Civil defence spokesman Mahmoud Basal said rescuers had recovered 93 bodies from the al-Tabi'in school, among them 11 children and six women, and that dozens more were wounded. The Hamas-run government media office gave a toll of more than 100.

The Israeli military said it had carried out a "precise" strike on a Hamas command centre inside the school and had killed at least 19 Hamas and Islamic Jihad militants. It disputed the Gaza figures, saying they did not match the information it had.

Hours earlier, an Israeli strike on a house in the Nuseirat refugee camp killed a man and two of his children, medics said.

Gaza's health ministry says more than 39,700 Palestinians have been killed since the war began in October. The strike came as the United States, Egypt and Qatar pressed Israel and Hamas to resume ceasefire talks on Thursday.
""",
['A|PSEREF|ISRMIL||al-Tabi\'in school|Saturday||An Israeli air strike hit a school compound sheltering displaced families in Gaza City|',
 'K|PSEREF|ISRMIL|>90|al-Tabi\'in school|Saturday||killing more than 90 people||displaced families: REF; first-stated figure',
 'K|PSEREF|ISRMIL|93|al-Tabi\'in school|Saturday||rescuers had recovered 93 bodies from the al-Tabi\'in school|u|same source\'s exact figure after the lead\'s "more than 90", which is scored',
 'K|PSEREF|ISRMIL|11|al-Tabi\'in school|Saturday||11 children and six women|u|sub-count',
 'W|PSEREF|ISRMIL||al-Tabi\'in school|Saturday||dozens more were wounded||vague',
 'K|PSEREF|ISRMIL|>100|al-Tabi\'in school|Saturday|PSEGOV|gave a toll of more than 100|u|competing figure',
 'K|PSEREB|ISRMIL|>19|al-Tabi\'in school|Saturday|ISRMIL|had killed at least 19 Hamas and Islamic Jihad militants|u|competing account of the same dead',
 'A|PSEREF|ISRMIL||Nuseirat|Saturday||an Israeli strike on a house in the Nuseirat refugee camp|',
 'K|PSEREF|ISRMIL|3|Nuseirat|Saturday||killed a man and two of his children||camp residents: REF; one line of 3',
 'K|PSECVL|ISRMIL|>39700||r|PSEGOV|more than 39,700 Palestinians have been killed since the war began|u c|war-long background'], 93)

I('E06', '2021-03-30', 'news', '2021-03-29|Mozambique|nonstate_takes_territory|Palma|Cabo Delgado|Palma',
"""Mozambique insurgents seize Palma; dozens dead, thousands flee

MAPUTO - Islamist insurgents have taken control of the town of Palma in northern Mozambique after a five-day assault that left dozens of people dead, including at least one foreign worker, the army said on Monday.

Army spokesman Omar Saranga said "dozens" of civilians and soldiers had been killed since the attack began on Wednesday, when fighters stormed the town from three directions. Seven people died when a convoy of vehicles trying to escape from the Amarula hotel was ambushed on Friday, he said.

Islamic State claimed the capture of Palma on Monday, saying its fighters had killed 55 soldiers and Christians. The claim could not be verified.

The town lies about 10 km from a gas project led by France's TotalEnergies, which evacuated its remaining staff. Boats carrying about 1,400 people who had fled Palma arrived in the port city of Pemba over the weekend, aid workers said, and thousands more were walking through the bush.

The insurgency in Cabo Delgado province has killed more than 2,600 people since 2017 and forced about 700,000 from their homes.
""",
['C||MOZREB||Palma|Monday|MOZMIL|insurgents have taken control of the town of Palma||five-day assault: the capture is stated Monday',
 'C||MOZREB||Palma|||Mozambique insurgents seize Palma|u|headline',
 'A|MOZMIL|MOZREB||Palma|Wednesday||fighters stormed the town from three directions|',
 'K|MOZCVL|MOZREB||Palma||MOZMIL|"dozens" of civilians and soldiers had been killed since the attack began on Wednesday||vague; five days',
 'K|MOZCVL|MOZREB||Palma||MOZMIL|including at least one foreign worker|u|sub-count of a vague figure',
 'A|MOZCVL|MOZREB||Palma|Friday||a convoy of vehicles trying to escape from the Amarula hotel was ambushed on Friday|',
 'K|MOZCVL|MOZREB|7|Palma|Friday|MOZMIL|Seven people died|',
 'K|MOZMIL|MOZREB|55|Palma||MOZREB|its fighters had killed 55 soldiers and Christians|u|claim of the same dead, unverified, competing',
 'D|MOZCVL||~1400|Palma|||about 1,400 people who had fled Palma arrived in the port city of Pemba||one episode; over the weekend: no single day',
 'K|MOZCVL||>2600||r||has killed more than 2,600 people since 2017|u c|background',
 'D|MOZCVL||~700000||r||forced about 700,000 from their homes|u c|background'], 7)

I('E07', '2020-12-31', 'news', '2020-12-30|Yemen|remote_explosive_ied|Aden|Aden|Aden',
"""Blasts hit Aden airport as new Yemen cabinet lands, killing 25

ADEN, Yemen - Explosions rocked Aden airport moments after a plane carrying members of Yemen's newly formed government landed on Wednesday, killing at least 25 people and wounding 110, officials said. All cabinet members were unharmed.

Health Minister Qasem Buhaibeh said the dead included three staff of the International Committee of the Red Cross and a journalist. Video showed debris and bodies strewn across the tarmac near the arrivals hall as gunfire rang out.

Hours later, an explosion hit near the Maashiq palace in the city, where the cabinet members had been taken, but caused no casualties, security officials said.

Prime Minister Maeen Abdulmalik blamed the Iran-aligned Houthi movement, saying the airport was hit by three precision-guided missiles. The Houthis denied involvement.

The Saudi-led coalition responded the next day with air strikes on Sanaa airport and other Houthi targets. The new cabinet, which includes southern separatists, was formed under a Saudi-brokered power-sharing deal.

UN envoy Martin Griffiths called the attack "unacceptable" and said it was a tragic reminder of the need to bring Yemen back on the path towards peace. Aden's hospitals appealed for blood donations.
""",
['A|YEMGOV|||Aden|Wednesday||Explosions rocked Aden airport moments after a plane carrying members of Yemen\'s newly formed government landed||blamed and denied: actor null',
 'K|YEMCVL||>25|Aden|Wednesday|YEMGOV|killing at least 25 people and wounding 110|',
 'W|YEMCVL||110|Aden|Wednesday|YEMGOV|wounding 110|',
 'K|YEMCVL||3|Aden|Wednesday|YEMGOV|three staff of the International Committee of the Red Cross and a journalist|u|sub-count',
 'A|YEMGOV|||Maashiq palace|Wednesday||an explosion hit near the Maashiq palace in the city||no casualties',
 'A|YEMREB|SAUMIL||Sanaa airport|r||air strikes on Sanaa airport and other Houthi targets||the next day: the report date'], 25)

I('E08', '2022-07-21', 'news', '2022-07-20|Iraq|shelling_artillery_missile|Zakho|Kurdistan Region|Zakho',
"""Artillery strike on Kurdistan resort kills nine tourists; Iraq blames Turkey

BAGHDAD - Artillery shells hit a resort in Iraq's northern Kurdistan region on Wednesday, killing nine tourists, among them a 1-year-old child, and wounding 23, Iraqi officials said. Baghdad blamed Turkey, which denied responsibility.

The shells struck the Parakh resort in the Zakho district, a mountain area popular with Iraqis escaping the summer heat, said the mayor of Zakho. Most of the victims were visitors from central and southern Iraq.

Prime Minister Mustafa al-Kadhimi said Turkey had committed "a flagrant violation of Iraqi sovereignty" and Iraq summoned the Turkish charge d'affaires. Turkey's foreign ministry said it was "ready to take all steps to bring the truth to light" and blamed the PKK.

Turkey regularly strikes PKK positions in the area and has set up dozens of military outposts in northern Iraq. In April it launched a new ground and air operation, Claw-Lock, against the group.

On Thursday, protesters stormed a Turkish visa centre in Baghdad and burned Turkish flags.

Families of the victims gathered at the airport in Baghdad to receive the coffins, which were flown from Duhok. Several Iraqi travel agencies said they were cancelling organised trips to resorts near the border.
""",
['A|IRQCVL|||Zakho|Wednesday||Artillery shells hit a resort in Iraq\'s northern Kurdistan region on Wednesday||Baghdad blames Turkey, which denies: actor null',
 'K|IRQCVL||9|Zakho|Wednesday|IRQGOV|killing nine tourists, among them a 1-year-old child, and wounding 23|',
 'K|IRQCVL||1|Zakho|Wednesday|IRQGOV|among them a 1-year-old child|u|sub-count',
 'W|IRQCVL||23|Zakho|Wednesday|IRQGOV|wounding 23|',
 'O||TURMIL|||||In April it launched a new ground and air operation, Claw-Lock|u|background',
 'Tk||IRQGOV|||r||Iraq summoned the Turkish charge d\'affaires|u|summons, no meeting day'], 9)

I('E09', '2023-06-22', 'news', '2023-06-20|Honduras|attack|Tamara|Francisco Morazan|Distrito Central',
"""Gang fight in Honduran women's prison leaves 46 dead

TEGUCIGALPA - At least 46 women were killed when members of one gang attacked a rival gang's cellblock at a women's prison in Tamara, northwest of the Honduran capital, on Tuesday, officials said, the worst prison violence in the country in a decade.

Inmates from the Barrio 18 gang broke into a cellblock held by members of the rival MS-13, shot some of the women and set fire to cells, said Yuri Mora, a spokesperson for the national police investigative agency. Most of the victims were burned to death, and 26 bodies could only be identified by DNA testing, he said.

Seven inmates were being treated at a hospital in Tegucigalpa, including at least one with gunshot wounds.

President Xiomara Castro said she was "shocked by the monstrous murder of women" and blamed gangs operating "with the knowledge and complicity of security authorities". She ordered the military police to take control of the prison system.

Security Minister Ramon Sabillon was dismissed on Wednesday. In 2012, a fire at a prison in Comayagua killed 361 inmates.
""",
['A|HNDREB|HNDREB||Tamara|Tuesday||members of one gang attacked a rival gang\'s cellblock||both gangs HNDREB',
 'K|HNDREB|HNDREB|>46|Tamara|Tuesday|HNDGOV|At least 46 women were killed||the text makes the victims members of a rival gang (MS-13 cellblock): HNDREB; HNDCVL defensible for inmates',
 'W|HNDREB|HNDREB|7|Tamara|Tuesday||Seven inmates were being treated at a hospital in Tegucigalpa|',
 'Dp||HNDMIL|||Tuesday|HNDGOV|She ordered the military police to take control of the prison system|u|an order',
 'K|HNDCVL||361|Comayagua|||a fire at a prison in Comayagua killed 361 inmates|u cause=accident|background, 2012'], 46)

I('E10', '2022-12-07', 'news', '2022-12-05|Colombia|protest_or_statement|Caracas|Caracas|',
"""Colombia and ELN rebels end first round of talks in Caracas

CARACAS - Colombia's government and the National Liberation Army (ELN) guerrilla group wrapped up a first round of peace talks in Caracas on Monday, agreeing to let humanitarian aid into areas worst affected by the conflict and to meet again in Mexico in January.

The talks, the first in four years, began on Nov. 21 with Venezuela, Norway and Cuba acting as guarantors. President Gustavo Petro has promised "total peace" with all armed groups in the country.

Chief government negotiator Otty Patino said both sides had made progress but that a bilateral ceasefire was not yet on the table. ELN commander Pablo Beltran said the group would reduce its military actions "as a gesture".

The ELN, founded in 1964, has about 2,400 fighters. Previous talks collapsed in 2019 after a car bomb attack on a police academy in Bogota killed 22 cadets.

Human rights groups said hundreds of families had been displaced by fighting between the ELN and FARC dissidents in Choco and Narino this year.

Business groups and opposition politicians have criticised the talks, saying the guerrillas should first free the hostages they hold.
""",
['Tk||COLGOV||Caracas|Monday||wrapped up a first round of peace talks in Caracas on Monday|u|no-event item: talks',
 'A|COLMIL|COLREB||Bogota|||a car bomb attack on a police academy in Bogota|u|background (2019)',
 'K|COLMIL|COLREB|22|Bogota|||killed 22 cadets|u|background',
 'D|COLCVL||||r||hundreds of families had been displaced by fighting between the ELN and FARC dissidents in Choco and Narino this year|u c|background, vague'], 0, noevent=True)

I('E11', '2023-04-17', 'news', '2023-04-16|Yemen|protest_or_statement|Sanaa|Amanat al-Asimah|',
"""Last flights land as Yemen's warring parties complete prisoner swap

SANAA - Planes carrying freed detainees landed in Sanaa and in the Saudi city of Abha on Sunday, completing the largest prisoner exchange of Yemen's eight-year war, the International Committee of the Red Cross said.

Nearly 900 detainees were released over three days under a deal reached in Switzerland last month between the Houthi movement and the Saudi-backed government. Crowds of relatives waited at Sanaa airport, some holding photographs of their sons.

"Today we saw people hugging family members they had not seen for years," the ICRC's regional director said.

The swap came days after a Saudi delegation visited Sanaa for talks with Houthi leaders on a possible permanent ceasefire. A UN-brokered truce that began in April last year has largely held, even though it formally expired in October.

The war has killed hundreds of thousands of people through fighting, hunger and disease, according to UN estimates.

Among those freed were four journalists who had been sentenced to death by a Houthi court, and a former defence minister held since 2015. The ICRC said it had interviewed every detainee before departure to make sure they wanted to leave, and that it stood ready to facilitate further releases.
""",
['Tk||SAUGOV||Sanaa|||a Saudi delegation visited Sanaa for talks with Houthi leaders|u|no day ("days after")',
 'Tk||YEMREB||Switzerland|||a deal reached in Switzerland last month between the Houthi movement and the Saudi-backed government|u|background',
 'K|YEMCVL||||r||The war has killed hundreds of thousands of people|u c|background, vague'], 0, noevent=True)

I('F01', '2023-09-15', 'news', '2023-09-11|Libya|disaster|Derna|Cyrenaica|Derna',
"""Derna flood toll disputed as bodies wash ashore

BENGHAZI, Libya - Officials in eastern Libya gave widely different death tolls on Friday for the flood that swept through the city of Derna after two dams burst, as rescuers recovered more bodies from the sea and the rubble.

The Libyan Red Crescent said 11,300 people had died and another 10,100 were missing. The eastern-based government's health minister, Othman Abduljaleel, said 3,166 bodies had been buried, and the UN's humanitarian office later put the toll at 3,958.

Storm Daniel dumped torrential rain on the region late on Sunday, and the two dams above Derna collapsed in the early hours of Monday, sending a wall of water through the city centre and sweeping entire neighbourhoods into the Mediterranean.

The International Organization for Migration said more than 38,000 people had been displaced in the northeast, including 30,000 in Derna. In the town of al-Bayda, about 170 people died, the Red Crescent said.

Aid groups say the scale of the disaster was worsened by years of conflict and neglect of infrastructure in the divided country.
""",
['K|LBYCVL||11300|Derna|Monday||11,300 people had died|cause=disaster|first-stated figure; the dam collapse: Monday',
 'K|LBYCVL||3166|Derna|Monday|LBYGOV|3,166 bodies had been buried|u cause=disaster|competing figure',
 'K|LBYCVL||3958|Derna|Monday|IGOUNO|put the toll at 3,958|u cause=disaster|competing figure',
 'D|LBYCVL||>38000||r|IGOUNO|more than 38,000 people had been displaced in the northeast|',
 'D|LBYCVL||30000|Derna|r|IGOUNO|including 30,000 in Derna|u|sub-count',
 'K|LBYCVL||~170|al-Bayda|||about 170 people died|cause=disaster|storm Sunday-Monday: no single day'], 0)

I('F02', '2022-11-01', 'news', '2022-10-30|India|accident|Morbi|Gujarat|Morbi',
"""Death toll in Indian bridge collapse rises to 135; nine arrested

AHMEDABAD, India - Police in the western Indian state of Gujarat arrested nine people on Monday, including managers of the firm that maintained a colonial-era suspension bridge that collapsed into a river, as the death toll rose to 135.

The 140-year-old pedestrian bridge over the Machchhu river in the town of Morbi gave way on Sunday evening while hundreds of people, many of them families celebrating the Hindu festival season, were standing on it. At least 47 of the dead were children, officials said.

More than 170 people were rescued, and about 100 were treated in hospitals. Rescue teams and navy divers were still searching the river on Tuesday for the missing.

The bridge had reopened to the public only four days earlier after months of repair work by a private company. Officials said the company had not obtained a safety certificate.

Prime Minister Narendra Modi, who was visiting Gujarat, said he was "deeply pained" and announced compensation for the families of the dead.

Opposition parties demanded the resignation of the state government, which had welcomed the reopening of the bridge as a tourist attraction.
""",
['K|INDCVL||135|Morbi|Sunday||the death toll rose to 135|cause=accident|updated toll dated to the collapse',
 'K|INDCVL||47|Morbi|Sunday|INDGOV|At least 47 of the dead were children|u cause=accident|sub-count',
 'W|INDCVL||~100|Morbi|Sunday||about 100 were treated in hospitals|cause=accident',
 'K|INDCVL||135||||rises to 135|u cause=accident|headline'], 0)

I('F03', '2023-03-03', 'news', '2023-02-28|Greece|accident|Tempi|Thessaly|Larissa',
"""Greek rail crash toll reaches 57 as station master charged

ATHENS - The death toll from Greece's worst train disaster rose to 57 on Thursday, as rescuers finished searching the wreckage and a station master was charged with negligence, officials said.

A passenger train carrying about 350 people collided head-on with a freight train near the Tempi valley, north of the city of Larissa, shortly before midnight on Tuesday. The first carriages burst into flames. Many of the victims were university students returning from a holiday weekend.

A fire brigade spokesman said 57 bodies had been recovered and that DNA testing was under way to identify them. Fifty-six people remained in hospital, six of them in intensive care. The toll had stood at 43 on Wednesday evening.

The two trains had travelled on the same track for several kilometres. Transport Minister Kostas Karamanlis resigned on Wednesday, saying the railway system was "not worthy of the 21st century".

Thousands of people protested in Athens and Thessaloniki, and rail workers called a strike over what they described as years of neglect of safety systems.
""",
['K|GRCCVL||57|Tempi|Tuesday||The death toll from Greece\'s worst train disaster rose to 57 on Thursday|cause=accident|updated toll dated to the crash',
 'K|GRCCVL||57||||toll reaches 57|u cause=accident|headline',
 'W|GRCCVL||56|Tempi|Tuesday||Fifty-six people remained in hospital|cause=accident',
 'K|GRCCVL||43|Tempi|Tuesday||The toll had stood at 43 on Wednesday evening|u cause=accident|superseded'], 0)

I('F04', '2021-11-07', 'news', '2021-11-05|Sierra Leone|accident|Wellington|Western Area|Freetown',
"""Fuel tanker blast kills at least 98 in Sierra Leone capital

FREETOWN - A fuel tanker exploded after a collision at a busy junction in the east of Sierra Leone's capital late on Friday, killing at least 98 people, many of whom had rushed to collect leaking fuel, officials said.

The tanker was hit by a truck at the Wellington junction and burst into flames as people gathered with containers, the National Disaster Management Agency said. Several minibuses and motorcycle taxis were caught in the fireball.

The chief medical officer at the main referral hospital said more than 100 people were being treated for burns, and that 30 of them were in critical condition. Freetown's mayor, Yvonne Aki-Sawyerr, said on Saturday that the toll had risen from 92.

President Julius Maada Bio, who was at the UN climate summit in Glasgow, called the loss of life "horrendous" and announced three days of mourning.

Tanker explosions are a recurrent danger in West Africa. In 2019, a tanker accident in Tanzania's Morogoro killed about 100 people who were siphoning fuel.

Hospitals in Freetown appealed for blood donors, and volunteers queued outside the main hospital on Saturday morning.
""",
['K|SLECVL||>98|Wellington|Friday||killing at least 98 people|cause=accident',
 'W|SLECVL||>100|Wellington|Friday||more than 100 people were being treated for burns|cause=accident',
 'W|SLECVL||30|Wellington|Friday||30 of them were in critical condition|u cause=accident|sub-count',
 'K|SLECVL||92|Wellington|Friday|SLEGOV|the toll had risen from 92|u cause=accident|superseded',
 'K|TZACVL||~100|Morogoro|||killed about 100 people who were siphoning fuel|u cause=accident|background'], 0)

I('F05', '2022-02-18', 'news', '2022-02-15|Brazil|disaster|Petropolis|Rio de Janeiro|Petropolis',
"""Petropolis mudslide toll climbs to 117 as search continues

PETROPOLIS, Brazil - Rescuers digging through mud in the Brazilian mountain city of Petropolis recovered more bodies on Friday, raising the death toll from landslides and floods caused by torrential rain to 117, state officials said.

About 116 people are still missing, police said. More than 850 people have been left homeless and are staying in schools and churches, according to the city government.

Petropolis received 258 millimetres of rain in three hours on Tuesday afternoon, more than the average for the whole of February, sending torrents of mud down hillsides and sweeping away cars and buses. The Morro da Oficina neighbourhood was largely buried by a single landslide.

At least 24 rescued people were being treated in hospitals, officials said. President Jair Bolsonaro flew over the area on Friday and said it looked like "a scene of war".

In 2011, floods and mudslides in the same mountain region killed more than 900 people.

Residents criticised the authorities for allowing homes to be built on steep, unstable slopes, and said warnings sent by text message had come too late. Meteorologists forecast more rain for the weekend, and the civil defence agency urged people in risk areas to leave their homes.
""",
['K|BRACVL||117|Petropolis|Tuesday|BRAGOV|raising the death toll from landslides and floods caused by torrential rain to 117|cause=disaster|updated toll dated to the storm',
 'K|BRACVL||117||||toll climbs to 117|u cause=disaster|headline',
 'D|BRACVL||>850|Petropolis|Tuesday|BRAGOV|More than 850 people have been left homeless||homeless by one storm: not cumulative',
 'W|BRACVL||>24|Petropolis|Tuesday|BRAGOV|At least 24 rescued people were being treated in hospitals|cause=disaster',
 'K|BRACVL||>900||||killed more than 900 people|u cause=disaster|background (2011)'], 0)
