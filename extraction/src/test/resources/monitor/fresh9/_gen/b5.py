"""b5: news articles from other conflicts."""
from lib import I

I('C01', '2022-01-22', 'news', '2022-01-21|Iraq|attack|al-Azim|Diyala|al-Khalis',
"""Islamic State gunmen kill 11 Iraqi soldiers in barracks raid

BAGHDAD - Islamic State militants stormed an Iraqi army outpost in the al-Azim district north of Baqubah before dawn on Friday, killing 11 soldiers as they slept, two security officials said, one of the deadliest attacks on the army in months.

The attackers crept up on the outpost in a hilly area between Diyala and Salahuddin provinces and opened fire with machine guns, the officials said. A lieutenant was among the dead. The military said in a statement that an officer and ten soldiers had been "martyred" and that it had opened an investigation.

Iraqi aircraft later struck hideouts in the Mutaibija valley, killing at least seven militants, the Security Media Cell said on Friday night.

In a separate attack on Thursday, a roadside bomb hit a federal police patrol near Tarmiya, wounding two policemen.

Iraq declared victory over the Islamic State group in late 2017, but sleeper cells remain active in rural areas north of the capital. The group has not claimed Friday's raid.

Relatives of the dead soldiers gathered outside the military hospital in Baqubah, where the bodies were taken. A local tribal leader said the outpost had asked for reinforcements and night-vision equipment for weeks. Lawmakers from Diyala called for an inquiry into how the attackers had reached the position unseen.
""",
['A|IRQMIL|IRQREB||al-Azim|Friday||Islamic State militants stormed an Iraqi army outpost in the al-Azim district|',
 'K|IRQMIL|IRQREB|11|al-Azim|Friday|IRQMIL|killing 11 soldiers as they slept|',
 'K|IRQMIL|IRQREB|1|al-Azim|Friday||A lieutenant was among the dead|u|sub-count',
 'K|IRQMIL|IRQREB|11|al-Azim|Friday|IRQMIL|an officer and ten soldiers had been "martyred"|u|restatement (1+10)',
 'A|IRQREB|IRQMIL||Mutaibija|Friday||Iraqi aircraft later struck hideouts in the Mutaibija valley|',
 'K|IRQREB|IRQMIL|>7|Mutaibija|Friday|IRQMIL|killing at least seven militants||Security Media Cell: military source',
 'A|IRQMIL|||Tarmiya|Thursday||a roadside bomb hit a federal police patrol near Tarmiya|',
 'W|IRQMIL||2|Tarmiya|Thursday||wounding two policemen|'], 18)

I('C02', '2021-05-10', 'news', '2021-05-08|Afghanistan|remote_explosive_ied|Dasht-e-Barchi|Kabul|Kabul',
"""Toll in Kabul school bombing rises to 85, most of them girls

KABUL, Afghanistan - The number of people killed in Saturday's bombing outside a girls' school in the west of the Afghan capital has risen to 85, officials said on Monday, as families continued to search hospitals for missing daughters.

A car bomb exploded at the gate of the Sayed ul-Shuhada school in the Dasht-e-Barchi area as students were leaving, and two more bombs went off as people ran, the interior ministry said. More than 150 people were wounded.

Most of the dead were schoolgirls between 11 and 18 years old. Interior ministry spokesman Tareq Arian had given a toll of 55 on Saturday night.

President Ashraf Ghani blamed the Taliban, who denied involvement and condemned the attack. No group claimed responsibility. Dasht-e-Barchi, home to the Shi'ite Hazara community, has been hit repeatedly by Islamic State, including an attack on a maternity ward last May that killed 24 people.

On Monday, the Taliban announced a three-day ceasefire for the Eid holiday. Hours before it took effect, a bus hit a roadside bomb in Zabul province, killing 11 passengers, officials said.
""",
['A|AFGCVL|||Dasht-e-Barchi|Saturday||A car bomb exploded at the gate of the Sayed ul-Shuhada school in the Dasht-e-Barchi area||blamed and denied: actor null',
 'K|AFGCVL||85|Dasht-e-Barchi|Saturday|AFGGOV|has risen to 85||updated toll dated to the bombing',
 'K|AFGCVL||85||||rises to 85|u|headline',
 'W|AFGCVL||>150|Dasht-e-Barchi|Saturday|AFGGOV|More than 150 people were wounded|',
 'K|AFGCVL||55|Dasht-e-Barchi|Saturday|AFGGOV|had given a toll of 55 on Saturday night|u|superseded',
 'A|AFGCVL||2|Dasht-e-Barchi|Saturday||two more bombs went off as people ran|u|second act',
 'K|AFGCVL||24|Dasht-e-Barchi|||an attack on a maternity ward last May that killed 24 people|u|background',
 'Tk||AFGREB|||Monday||announced a three-day ceasefire for the Eid holiday|u|no meeting',
 'A|AFGCVL|||Zabul|Monday||a bus hit a roadside bomb in Zabul province|',
 'K|AFGCVL||11|Zabul|Monday|AFGGOV|killing 11 passengers|'], 96)

I('C03', '2020-11-30', 'news', '2020-11-28|Nigeria|attack|Zabarmari|Borno|Jere',
"""Jihadists kill at least 43 farm workers in northeast Nigeria

MAIDUGURI, Nigeria - Jihadist fighters tied up and slit the throats of at least 43 farm labourers harvesting rice near the village of Koshobe in Borno state on Saturday, officials said, in one of the bloodiest attacks on civilians this year.

The labourers, many of them from Sokoto state in the northwest, had travelled to work in the rice fields around Zabarmari, about 20 km from the state capital Maiduguri. Six more workers were taken to hospital with serious wounds, and at least eight are missing.

A militia leader helping with the search said 110 bodies had been recovered by Sunday, but officials have not confirmed that figure. The UN humanitarian coordinator later said "at least 110" civilians were killed.

Governor Babagana Zulum, who attended a mass burial on Sunday, said residents were caught between the insurgents and the need to farm. Boko Haram fighters killed 22 farmers in a similar attack near the same area in October.

President Muhammadu Buhari condemned the killings and said the armed forces had been given "all the necessary support" to protect communities.
""",
['A|NGACVL|NGAREB||Koshobe|Saturday||Jihadist fighters tied up and slit the throats|',
 'K|NGACVL|NGAREB|>43|Koshobe|Saturday||at least 43 farm labourers|',
 'K|NGACVL|NGAREB|>43||||kill at least 43 farm workers|u|headline',
 'W|NGACVL|NGAREB|6|Koshobe|Saturday||Six more workers were taken to hospital with serious wounds|',
 'K|NGACVL|NGAREB|110|Koshobe|Saturday||110 bodies had been recovered by Sunday|u|competing unconfirmed figure',
 'K|NGACVL|NGAREB|>110|Koshobe|Saturday|IGOUNO|"at least 110" civilians were killed|u|competing later figure; first-stated 43 scored',
 'K|NGACVL|NGAREB|22|Zabarmari|||killed 22 farmers in a similar attack near the same area in October|u|background'], 43)

I('C04', '2022-09-20', 'news', '2022-09-16|Myanmar|air_drone_strike|Let Yet Kone|Sagaing|Tabayin',
"""Myanmar helicopters fire on village school, killing 11 children

BANGKOK - Myanmar military helicopters fired on a school in a village in the central Sagaing region, killing at least 11 children and two adults, a school administrator and aid workers said, an attack UNICEF called "outrageous".

The attack on Let Yet Kone village in Tabayin township began around noon on Friday, when two Mi-35 helicopters opened fire with machine guns and rockets on the school compound, where about 240 pupils were studying. Troops landed and searched the village afterwards, the administrator said. At least 17 other children were wounded.

The military said on Monday that its troops had raided the village after learning that members of the Kachin Independence Army and a local People's Defence Force were hiding there, and that it had killed "some" fighters. It accused the rebels of using villagers as human shields.

UNICEF said it was "outraged" and that schools must be safe. Fighting in Sagaing has forced more than 500,000 people to flee their homes since the military seized power in February 2021.

Most of the villagers, about 1,500 people, have fled to nearby forests, residents said.
""",
['A|MMRCVL|MMRMIL||Let Yet Kone|Friday||two Mi-35 helicopters opened fire with machine guns and rockets on the school compound|',
 'K|MMRCVL|MMRMIL|>13|Let Yet Kone|Friday||killing at least 11 children and two adults||one line per code (REANNOTATION): 11 children + 2 adults, "at least" governing the sum',
 'W|MMRCVL|MMRMIL|>17|Let Yet Kone|Friday||At least 17 other children were wounded|',
 'K|MMRREB|MMRMIL||Let Yet Kone|Friday|MMRMIL|it had killed "some" fighters||claim, vague',
 'D|MMRCVL||>500000||r|IGOUNO|forced more than 500,000 people to flee their homes since the military seized power|u c|background',
 'D|MMRCVL||~1500|Let Yet Kone|r||about 1,500 people, have fled to nearby forests||flight from one incident; no day'], 13)

I('C05', '2023-01-16', 'news', '2023-01-15|DR Congo|remote_explosive_ied|Kasindi|North Kivu|Beni',
"""Bomb at Congolese church kills 14; Islamic State claims attack

KINSHASA - A bomb exploded during a Sunday service at a Pentecostal church in Kasindi, a town in eastern Congo on the border with Uganda, killing at least 14 people and wounding 63, the army said.

Army spokesman Antony Mualushayi said the device appeared to have been planted by Allied Democratic Forces rebels. A Kenyan national was arrested at the scene. Islamic State, which calls the ADF its Central Africa Province, claimed the blast.

The toll was first given as 10 by local officials. The regional governor's office said late on Sunday that 17 had died, including children, but the army did not revise its figure.

The ADF has killed hundreds of civilians in North Kivu and Ituri provinces over the past year despite a joint offensive by the Congolese and Ugandan armies launched in late 2021. Last week, ADF fighters killed 23 villagers in Makugwe, near Beni, the army said.

"We ask the population to remain calm," Mualushayi said, announcing that security around places of worship would be tightened.
""",
['A|CODCVL|CODREB||Kasindi|Sunday|CODREB|A bomb exploded during a Sunday service at a Pentecostal church in Kasindi||claimed by IS (ADF): CODREB',
 'K|CODCVL|CODREB|>14|Kasindi|Sunday|CODMIL|killing at least 14 people and wounding 63|',
 'W|CODCVL|CODREB|63|Kasindi|Sunday|CODMIL|wounding 63|',
 'K|CODCVL|CODREB|10|Kasindi|Sunday||The toll was first given as 10|u|superseded',
 'K|CODCVL|CODREB|17|Kasindi|Sunday|CODGOV|17 had died|u|competing figure',
 'K|CODCVL|CODREB|||||killed hundreds of civilians in North Kivu and Ituri|u c|background',
 'O||CODMIL|||||a joint offensive by the Congolese and Ugandan armies launched in late 2021|u|background',
 'K|CODCVL|CODREB|23|Makugwe|||ADF fighters killed 23 villagers in Makugwe|u|background (last week)'], 14)

I('C06', '2024-06-07', 'news', '2024-06-05|Sudan|attack|Wad al-Nourah|Gezira|Managil',
"""RSF attack on Sudan village kills more than 100, activists say

CAIRO - Sudan's paramilitary Rapid Support Forces attacked a village in the central state of Gezira on Wednesday, killing more than 100 people including 35 children, a pro-democracy activist group said.

The Wad Madani resistance committee said RSF fighters shelled Wad al-Nourah with heavy artillery before storming the village. Videos shared online showed dozens of bodies wrapped in shrouds in a school yard.

The RSF said in a statement it had attacked army bases and allied fighters in the area and had not targeted civilians. The army-aligned government said at least 104 people had been killed.

UN Resident Coordinator Clementine Nkweta-Salami said she was "shocked" and called for an investigation. More than 150,000 people have fled Gezira since the RSF seized the state capital Wad Madani in December, according to the International Organization for Migration.

Sudan's war, now in its second year, has displaced over 9 million people. Another RSF attack on Gezira villages in late May killed at least 20 people.

Residents of neighbouring villages said they feared they would be next, and that many families had already sent women and children towards the White Nile state. Mobile networks in much of Gezira have been down for weeks, making it difficult to confirm accounts from the area.
""",
['A|SDNCVL|SDNREB||Wad al-Nourah|Wednesday||RSF fighters shelled Wad al-Nourah with heavy artillery before storming the village|',
 'K|SDNCVL|SDNREB|>100|Wad al-Nourah|Wednesday||killing more than 100 people including 35 children|',
 'K|SDNCVL|SDNREB|35|Wad al-Nourah|Wednesday||including 35 children|u|sub-count',
 'K|SDNCVL|SDNREB|>104|Wad al-Nourah|Wednesday|SDNGOV|at least 104 people had been killed|u|competing figure',
 'D|SDNCVL||>150000||r|IGOUNO|More than 150,000 people have fled Gezira since the RSF seized the state capital Wad Madani in December|c|',
 'C||SDNREB||Wad Madani|||the RSF seized the state capital Wad Madani in December|u|background',
 'D|SDNCVL||>9000000||r||displaced over 9 million people|u c|war-long background',
 'K|SDNCVL|SDNREB|>20||||killed at least 20 people|u|background'], 100)

I('C07', '2022-06-21', 'news', '2022-06-18|Mali|attack|Diallassagou|Mopti|Bankass',
"""Mali says 132 civilians killed in central villages

BAMAKO - Suspected jihadists killed 132 civilians in three villages in central Mali's Bankass circle over the weekend, the government said on Monday, blaming fighters of an al Qaeda-linked group.

Gunmen on motorcycles attacked Diallassagou and the nearby villages of Dianweli and Deguessagou on Saturday and Sunday, rounding up men and shooting them, residents said. A local elected official said the toll could be higher, as some bodies had been found in the bush.

The government attributed the killings to the Katiba Macina, part of JNIM, and declared three days of national mourning. It said the army had begun an operation to track down the attackers.

Survivors said hundreds of residents had fled to the town of Bankass, about 30 km away. In March, fighting in the same area displaced some 3,000 people, according to UN figures.

Violence in central Mali has surged since 2015, when Amadou Koufa's Macina group began to spread from the north.

The military government, which took power in 2020, has made security its priority and turned to Russian military instructors, while relations with France and the UN mission have soured. Rights groups say both jihadists and soldiers have committed abuses against civilians in the region, which officials deny.
""",
['A|MLICVL|MLIREB||Diallassagou|||Gunmen on motorcycles attacked Diallassagou and the nearby villages of Dianweli and Deguessagou on Saturday and Sunday||two days: date null; the government names the group',
 'K|MLICVL|MLIREB|132|Diallassagou||MLIGOV|Suspected jihadists killed 132 civilians in three villages||over the weekend: no single day',
 'K|MLICVL|MLIREB|132||||Mali says 132 civilians killed|u|headline',
 'O||MLIMIL|||Monday|MLIGOV|the army had begun an operation to track down the attackers|u|routine operation, no day of its own',
 'D|MLICVL|||Diallassagou|||hundreds of residents had fled to the town of Bankass|u|vague',
 'D|MLICVL||~3000||||displaced some 3,000 people|u|background (March)'], 132)

I('C08', '2024-05-21', 'news', '2024-05-20|Colombia|attack|Morales|Cauca|Morales',
"""Colombian rebels attack police station in Cauca; two officers killed

BOGOTA - Dissident FARC fighters attacked a police station in the town of Morales in Colombia's southwestern Cauca province with explosives and rifles on Monday, killing two police officers and a soldier, authorities said.

The attack lasted about 12 hours before troops backed by helicopters regained control of the town centre, the defence ministry said. Four civilians and six police officers were wounded, and several houses around the station were destroyed.

Defence Minister Ivan Velasquez blamed the Carlos Patino front of the Estado Mayor Central, the largest group of dissidents who rejected the 2016 peace deal, and said two of the attackers were killed. The group did not comment.

In March, President Gustavo Petro suspended a ceasefire with the group in Cauca after an indigenous leader was killed. On Sunday, a motorcycle bomb exploded in the town of Jamundi, injuring three people.

"We will not abandon Morales," Velasquez said, announcing the deployment of 400 extra soldiers to the area.

Residents who spent the night hiding in their homes described hearing explosions for hours. Indigenous leaders in the region have repeatedly asked the armed groups to keep their fighting away from towns, and the local school will remain closed this week.
""",
['A|COLMIL|COLREB||Morales|Monday|COLGOV|attacked a police station in the town of Morales|',
 'K|COLMIL|COLREB|3|Morales|Monday||killing two police officers and a soldier||police and soldier both COLMIL: one line of 3',
 'K|COLMIL|COLREB|2||||two officers killed|u|headline',
 'C||COLMIL||Morales|Monday|COLGOV|troops backed by helicopters regained control of the town centre|',
 'W|COLCVL|COLREB|4|Morales|Monday|COLGOV|Four civilians and six police officers were wounded|',
 'W|COLMIL|COLREB|6|Morales|Monday|COLGOV|six police officers were wounded|',
 'K|COLREB|COLMIL|2|Morales|Monday|COLGOV|two of the attackers were killed|',
 'K|COLCVL||1||||an indigenous leader was killed|u|background',
 'A|COLCVL|||Jamundi|Sunday||a motorcycle bomb exploded in the town of Jamundi|',
 'W|COLCVL||3|Jamundi|Sunday||injuring three people|',
 'Dp||COLMIL|400|Morales|Monday|COLGOV|the deployment of 400 extra soldiers to the area|'], 5)

I('C09', '2022-07-28', 'news', '2022-07-27|Haiti|armed_clash|Cite Soleil|Ouest|Port-au-Prince',
"""Gang war in Haiti's Cite Soleil has killed 471 since early July, UN says

PORT-AU-PRINCE, Haiti - At least 471 people were killed, injured or reported missing in fighting between rival gangs in the Cite Soleil slum of Port-au-Prince between July 8 and July 17, the UN human rights office said on Wednesday.

Of those, at least 209 were killed, many of them burned alive, and 254 were injured, the office said. Some 3,000 residents have fled their homes in the slum, and others remain trapped without water or food.

The fighting pits the G9 alliance, led by former police officer Jimmy Cherizier, against gangs of the G-Pep coalition in the Brooklyn area. Aid groups said they had only reached the area on Tuesday.

Separately on Wednesday, gunmen shot dead a journalist and a police officer near the airport, police said. A local radio station said the journalist had been covering the fighting.

The UN said more than 930 killings had been recorded in the capital since January.

Gangs now control an estimated 60 percent of the capital, and fuel shortages caused by their blockade of the main terminal have paralysed transport. The prime minister's office said it was working with the police to restore order, but gave no details.
""",
['K|HTICVL||||||471 people were killed, injured or reported missing|u|killed, injured or missing: no K/W count',
 'A|HTIREB|HTIREB||Cite Soleil|||fighting between rival gangs in the Cite Soleil slum||both sides HTIREB; July 8-17: no single day',
 'K|HTICVL||>209|Cite Soleil||IGOUNO|at least 209 were killed, many of them burned alive|c|tally over ten days of gang fighting: several incidents',
 'W|HTICVL||254|Cite Soleil||IGOUNO|254 were injured|c|',
 'D|HTICVL||~3000|Cite Soleil|r|IGOUNO|Some 3,000 residents have fled their homes in the slum|c|over several days of fighting',
 'K|HTICVL||471||||has killed 471 since early July|u|headline, misreads the mixed figure',
 'K|HTICVL||1|Port-au-Prince|Wednesday|HTIMIL|gunmen shot dead a journalist and a police officer near the airport|',
 'K|HTIMIL||1|Port-au-Prince|Wednesday|HTIMIL|a police officer near the airport|',
 'K|HTICVL||>930||r|IGOUNO|more than 930 killings had been recorded in the capital since January|u c|year-long background'], 2)

I('C10', '2024-04-22', 'news', '2024-04-20|Palestine|armed_clash|Nur Shams|West Bank|Tulkarm',
"""Israeli raid on West Bank camp kills 14, Palestinian officials say

RAMALLAH, West Bank - A two-day Israeli military raid on the Nur Shams refugee camp near Tulkarm killed 14 Palestinians, including three members of armed groups and a 15-year-old boy, the Palestinian health ministry said on Saturday.

The Israeli military said its troops had killed 10 militants in exchanges of fire and with a drone strike during the operation, which began on Thursday night, and detained 10 wanted suspects. Eight Israeli soldiers and a border police officer were wounded, it said.

Residents said bulldozers tore up streets and water pipes in the camp, home to about 13,000 people.

The Palestinian Red Crescent said its crews had been prevented from reaching some of the wounded. Islamic Jihad's armed wing said its fighters had targeted the troops with explosive devices.

At least 460 Palestinians have been killed in the West Bank since Oct. 7, according to the health ministry in Ramallah.

Thousands of mourners attended the funerals in the camp on Saturday, some of them chanting slogans in support of the armed groups. Shops in Tulkarm closed for a general strike called by the Palestinian factions, and schools across the area suspended classes.
""",
['O||ISRMIL||Nur Shams|Thursday||the operation, which began on Thursday night|',
 'A|PSEREF|ISRMIL||Nur Shams|Thursday||A two-day Israeli military raid on the Nur Shams refugee camp||began Thursday night',
 'K|PSEREF|ISRMIL|14|Nur Shams||PSEGOV|killed 14 Palestinians, including three members of armed groups and a 15-year-old boy||camp residents: REF; two-day raid: no single day',
 'K|PSEREB|ISRMIL|3|Nur Shams||PSEGOV|three members of armed groups|u|sub-count',
 'K|PSEREB|ISRMIL|10|Nur Shams||ISRMIL|its troops had killed 10 militants|u|competing account of the same dead',
 'W|ISRMIL|PSEREB|9|Nur Shams||ISRMIL|Eight Israeli soldiers and a border police officer were wounded||one line of 9 (border police: MIL)',
 'A|ISRMIL|PSEREB||Nur Shams||PSEREB|its fighters had targeted the troops with explosive devices|',
 'K|PSECVL||>460||r|PSEGOV|At least 460 Palestinians have been killed in the West Bank since Oct. 7|c|'], 14)

I('C11', '2024-01-09', 'news', '2024-01-07|Cameroon|attack|Egbekaw|South-West|Manyu',
"""Separatists blamed for killing of 23 in Cameroon's Anglophone region

YAOUNDE - Gunmen killed at least 23 people, including a woman and her baby, in a night attack on the village of Egbekaw near Mamfe in Cameroon's South-West region, local officials and residents said on Tuesday.

The attackers arrived late on Saturday, set fire to dozens of houses and shot people as they fled, a local administrator said. Thirteen wounded people were evacuated to the hospital in Mamfe.

The government said the attack was carried out by "terrorists", its term for separatist fighters who have been fighting for an independent state since 2017. No group claimed responsibility, and a separatist leader denied his fighters were involved.

The army said it killed four separatists in a raid near Mamfe on Monday.

The conflict has killed more than 6,000 people and forced over 700,000 from their homes, according to the International Crisis Group.

Survivors said the attackers spoke Pidgin English and accused villagers of collaborating with the army. Many residents spent Sunday and Monday in the forest before returning to bury their dead. Church leaders in the region called on both sides to spare civilians and to return to talks abroad that stalled last year.
""",
['A|CMRCVL|||Egbekaw|Saturday||a night attack on the village of Egbekaw near Mamfe||blamed and denied: actor null',
 'K|CMRCVL||>23|Egbekaw|Saturday||Gunmen killed at least 23 people, including a woman and her baby|',
 'K|CMRCVL||2|Egbekaw|Saturday||including a woman and her baby|u|sub-count',
 'W|CMRCVL||13|Egbekaw|Saturday||Thirteen wounded people were evacuated to the hospital in Mamfe|',
 'A|CMRREB|CMRMIL||Mamfe|Monday|CMRMIL|in a raid near Mamfe on Monday|',
 'K|CMRREB|CMRMIL|4|Mamfe|Monday|CMRMIL|it killed four separatists|',
 'K|CMRCVL||>6000||r||killed more than 6,000 people|u c|background',
 'D|CMRCVL||>700000||r||forced over 700,000 from their homes|u c|background'], 27)

I('C12', '2022-10-04', 'news', '2022-10-03|Somalia|remote_explosive_ied|Beledweyne|Hiraan|Beledweyne',
"""Twin car bombs kill 20 in central Somali town

MOGADISHU - Two car bombs exploded minutes apart outside a regional government office in the central Somali town of Beledweyne on Monday, killing at least 20 people, among them a deputy governor and two district commissioners, police said.

Police officer Ahmed Hassan said 36 people were wounded in the blasts, which were followed by gunfire as security forces fought with militants near the compound. Three soldiers were among the dead.

Al Shabaab claimed responsibility, saying it had killed "dozens of officials and apostate soldiers". The group has stepped up attacks in Hiraan region since clan militias backed by the army launched an offensive against it in the area in August.

Forces loyal to the government said they had captured the village of Moqokori on Sunday after fighting that killed 14 militants.

Prime Minister Hamza Abdi Barre condemned the bombings and said the government would not be deterred from its campaign against the group.

Hospitals in Beledweyne were overwhelmed, and some of the wounded were flown to Mogadishu on Tuesday. The town, on the Shabelle river, is the capital of Hiraan region and a base for troops of the African Union mission.
""",
['A|SOMGOV|SOMREB|2|Beledweyne|Monday|SOMREB|Two car bombs exploded minutes apart outside a regional government office|',
 'K|SOMCVL|SOMREB|>20|Beledweyne|Monday|SOMMIL|killing at least 20 people, among them a deputy governor and two district commissioners||mixed people: CVL; officials and soldiers sub-counts',
 'K|SOMGOV|SOMREB|3|Beledweyne|Monday|SOMMIL|among them a deputy governor and two district commissioners|u|sub-count',
 'K|SOMMIL|SOMREB|3|Beledweyne|Monday|SOMMIL|Three soldiers were among the dead|u|sub-count',
 'W|SOMCVL|SOMREB|36|Beledweyne|Monday|SOMMIL|36 people were wounded|',
 'K|SOMGOV|SOMREB||Beledweyne|Monday|SOMREB|it had killed "dozens of officials and apostate soldiers"|u|competing claim',
 'O||SOMMIL|||||launched an offensive against it in the area in August|u|background',
 'C||SOMMIL||Moqokori|Sunday|SOMMIL|they had captured the village of Moqokori on Sunday|',
 'K|SOMREB|SOMMIL|14|Moqokori|Sunday|SOMMIL|fighting that killed 14 militants|',
 'A|SOMREB|SOMMIL||Moqokori|Sunday||after fighting that killed 14 militants|'], 34)
