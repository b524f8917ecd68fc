"""b4: news articles from other conflicts."""
from lib import I

I('B01', '2022-01-09', 'news', '2022-01-06|Nigeria|attack|Kurfa Danya|Zamfara|Anka',
"""Death toll from Zamfara bandit raids climbs to 58

GUSAU, Nigeria - The number of people killed when gunmen stormed a string of villages in Nigeria's northwestern Zamfara state last week has risen to 58, a state government spokesman said on Sunday, as families finished burying the dead.

Hundreds of armed men on motorcycles attacked Kurfa Danya, Rafin Gero and at least six other settlements in the Anka and Bukkuyum areas on Thursday, shooting residents and setting homes and granaries alight. Police had initially put the toll at 34.

Among the dead was a vigilante leader who tried to organise a defence of Kurfa Danya, residents said. Another 19 people were being treated for gunshot wounds at the general hospital in Anka.

The attack appears to have been retaliation for air strikes that killed a number of bandits in the Gusami forest earlier in the week, security analysts said. The military has not disclosed how many gunmen died in those strikes.

More than 10,000 people have fled the affected villages, according to the state emergency agency, many of them to the town of Anka itself.

"We will hunt down these criminals wherever they hide," the state governor told reporters at a funeral, promising to deploy more troops to the area.
""",
['A|NGACVL|||Kurfa Danya|Thursday||Hundreds of armed men on motorcycles attacked Kurfa Danya, Rafin Gero and at least six other settlements|',
 'K|NGACVL||58|Kurfa Danya|Thursday|NGAGOV|has risen to 58||updated toll of one raid: not cumulative; dated to the attack (Thursday); includes the vigilante leader',
 'K|NGACVL||34|Kurfa Danya|Thursday|NGAMIL|Police had initially put the toll at 34|u|superseded',
 'K|NGAMIL||1|Kurfa Danya|Thursday||Among the dead was a vigilante leader|u|sub-count of the 58',
 'W|NGACVL||19|Anka|Thursday||Another 19 people were being treated for gunshot wounds at the general hospital in Anka||place of treatment; the raid\'s victims',
 'A|NGAREB|NGAMIL||Gusami forest|||air strikes that killed a number of bandits in the Gusami forest earlier in the week|u|background',
 'K|NGAREB|NGAMIL||Gusami forest|||killed a number of bandits in the Gusami forest|u|background, vague',
 'D|NGACVL||>10000|Kurfa Danya|r|NGAGOV|More than 10,000 people have fled the affected villages||flight from one raid: not cumulative; no day',
 'Th||NGAGOV|||r||"We will hunt down these criminals wherever they hide,"|',
 'Dp||NGAMIL|||||promising to deploy more troops to the area|u|a promise'], 58)

I('B02', '2023-04-30', 'news', '2023-04-28|Ukraine|shelling_artillery_missile|Uman|Cherkasy|Uman',
"""Toll from missile strike on Uman apartment block rises to 23

KYIV, Ukraine - Rescuers pulled more bodies from the ruins of a nine-storey apartment building in the central Ukrainian city of Uman, bringing the death toll from Friday's Russian missile strike to 23, including six children, regional authorities said on Sunday.

The missile tore through one entrance of the block before dawn, as residents slept. At least 18 people were injured, and nine remain in hospital, the regional governor said.

The attack was part of a wave of more than 20 cruise missiles that Russia launched at Ukrainian cities overnight into Friday. In Dnipro, a strike on a private house killed a 31-year-old woman and her 2-year-old daughter, officials there said.

Ukraine's air force said it had shot down 21 of the 23 missiles and both drones launched. Russia's defence ministry said it had struck Ukrainian reserve units that were being deployed to the front, and did not mention Uman.

Friday's strikes were the first large-scale Russian missile attack on Ukraine in nearly two months. Uman, a pilgrimage site visited each year by thousands of Hasidic Jews, had been largely spared in the war.

President Volodymyr Zelenskyy said the attacks showed that "only our strength" would stop Russian terror, and renewed his call for more air defence systems.
""",
['A|UKRCVL|RUSMIL||Uman|Friday||Friday\'s Russian missile strike|',
 'K|UKRCVL|RUSMIL|23|Uman|Friday|UKRGOV|bringing the death toll from Friday\'s Russian missile strike to 23||updated toll, dated to the strike',
 'K|UKRCVL|RUSMIL|6|Uman|Friday|UKRGOV|including six children|u|sub-count',
 'W|UKRCVL|RUSMIL|>18|Uman|Friday|UKRGOV|At least 18 people were injured|',
 'A|UKRCVL|RUSMIL|>20||Friday||more than 20 cruise missiles that Russia launched at Ukrainian cities overnight into Friday|u|the wave; the Uman strike is scored',
 'A|UKRCVL|RUSMIL||Dnipro|Friday||In Dnipro, a strike on a private house|',
 'K|UKRCVL|RUSMIL|2|Dnipro|Friday|UKRGOV|killed a 31-year-old woman and her 2-year-old daughter||one line of 2',
 'E|RUSMIL|UKRMIL|21||Friday|UKRMIL|it had shot down 21 of the 23 missiles|eq=OTHER u|missiles are not military equipment lost in the README sense',
 'A|UKRMIL|RUSMIL||||RUSGOV|it had struck Ukrainian reserve units|u|claim with no place'], 25)

I('B03', '2022-08-22', 'news', '2022-08-20|Somalia|attack|Hayat Hotel|Banadir|Mogadishu',
"""Somali forces end 30-hour hotel siege; at least 21 dead

MOGADISHU, Somalia - Somali security forces ended a 30-hour siege of the Hayat Hotel in Mogadishu late on Saturday, killing the last of the al-Shabaab gunmen who had stormed the building, officials said.

Health Minister Ali Haji Adam said 21 people were killed and 117 injured, 15 of them critically. Police said earlier that at least 12 civilians had died. The toll is expected to rise as rescuers search the collapsed parts of the hotel, which the attackers had entered after blasting the gate with two car bombs on Friday evening.

Police commissioner Abdi Hassan Hijar said security forces rescued 106 people, including children, trapped inside. He said all the gunmen had been killed, without saying how many there were.

Al-Shabaab, which is linked to al-Qaeda, claimed the attack. The group carried out a similar assault on a beach hotel in the capital in 2020, killing at least 16 people.

The siege was the first major attack in the capital since President Hassan Sheikh Mohamud took office in May and vowed an "all-out war" on the group.
""",
['A|SOMCVL|SOMREB||Hayat Hotel|Friday|SOMREB|al-Shabaab gunmen who had stormed the building||date: the attack began Friday evening',
 'K|SOMCVL|SOMREB|21|Hayat Hotel|Friday|SOMGOV|21 people were killed and 117 injured||health minister\'s figure; siege spanned Friday-Saturday, dated to its start',
 'W|SOMCVL|SOMREB|117|Hayat Hotel|Friday|SOMGOV|21 people were killed and 117 injured|',
 'W|SOMCVL|SOMREB|15|Hayat Hotel|Friday|SOMGOV|15 of them critically|u|sub-count',
 'K|SOMCVL|SOMREB|>12|Hayat Hotel|Friday|SOMMIL|at least 12 civilians had died|u|superseded',
 'A|SOMCVL|SOMREB|2|Hayat Hotel|Friday||blasting the gate with two car bombs on Friday evening|u|second act',
 'K|SOMREB|SOMMIL||Hayat Hotel|Saturday|SOMMIL|all the gunmen had been killed||no number given',
 'A|SOMREB|SOMMIL||Hayat Hotel|Saturday||killing the last of the al-Shabaab gunmen|u|',
 'K|SOMCVL|SOMREB|>16||||killing at least 16 people|u|background, 2020'], 21)

I('B04', '2024-08-27', 'news', '2024-08-24|Burkina Faso|attack|Barsalogho|Centre-Nord|Sanmatenga',
"""Burkina Faso: jihadists kill scores of trench diggers near Barsalogho

OUAGADOUGOU - Jihadist fighters killed scores of villagers and soldiers who were digging defensive trenches around the town of Barsalogho in central Burkina Faso on Saturday, according to security sources, aid workers and a statement by the attackers.

Al-Qaeda-linked JNIM said in a claim circulated on Sunday that it had killed about 300 "militiamen", a term it uses for the civilian volunteers who fight alongside the army. A local official put the number of dead at more than 150, most of them civilians, while a security source said at least 70 soldiers and VDP auxiliaries were among the victims.

The government has not given a toll. Communication Minister Jean-Emmanuel Ouedraogo called the attack "cowardly" and said the army had "neutralised" a large number of the assailants in a counter-operation.

Residents said the army had ordered men from the town to dig the trenches the week before. Videos shared by the attackers showed bodies lying in the ditches.

Barsalogho lies about 40 km from Kaya, which is crowded with people displaced by fighting elsewhere. Burkina Faso has more than two million internally displaced people, according to the UN.
""",
['A|BFACVL|BFAREB||Barsalogho|Saturday|BFAREB|Jihadist fighters killed scores of villagers and soldiers||JNIM claimed it: BFAREB',
 'K|BFACVL|BFAREB||Barsalogho|Saturday||killed scores of villagers and soldiers|u|vague lead restatement',
 'K|BFAMIL|BFAREB|~300|Barsalogho|Saturday|BFAREB|it had killed about 300 "militiamen"||first-stated figure; JNIM calls the civilian volunteers militiamen: the VDP are BFAMIL (BFACVL defensible)',
 'K|BFACVL|BFAREB|>150|Barsalogho|Saturday||put the number of dead at more than 150, most of them civilians|u|competing figure',
 'K|BFAMIL|BFAREB|>70|Barsalogho|Saturday||at least 70 soldiers and VDP auxiliaries were among the victims|u|sub-count of the competing figure',
 'K|BFAREB|BFAMIL||Barsalogho|Saturday|BFAGOV|"neutralised" a large number of the assailants||claim, vague: no count; dated to the attack',
 'D|BFACVL||>2000000||r|IGOUNO|more than two million internally displaced people|u c|background'], 300)

I('B05', '2023-02-01', 'news', '2023-01-30|Pakistan|remote_explosive_ied|Peshawar|Khyber Pakhtunkhwa|Peshawar',
"""Peshawar mosque bombing toll reaches 100 as police question security lapse

PESHAWAR, Pakistan - The death toll from Monday's suicide bombing at a mosque inside a heavily guarded police compound in Peshawar rose to 100 on Wednesday, almost all of them police officers, officials said.

Rescuers finished clearing the rubble of the mosque's collapsed roof overnight, and hospital officials said 53 people were still being treated, seven of them in intensive care. The toll had stood at 59 on Monday night and 92 on Tuesday.

The bomber, dressed in a police uniform, blew himself up among some 300 worshippers during afternoon prayers, according to the provincial police chief. Investigators were examining how he passed through several checkpoints.

A faction of the Pakistani Taliban initially claimed the attack, but the main TTP group distanced itself from it. The province has seen a sharp rise in militant attacks since the TTP ended a ceasefire with the government in November.

In a separate incident on Tuesday, gunmen shot dead two policemen at a checkpoint in Lakki Marwat district, police said. Militants had attacked a police station in the same district in December, killing four officers.
""",
['A|PAKMIL|||Peshawar|Monday||Monday\'s suicide bombing at a mosque inside a heavily guarded police compound in Peshawar||faction claimed then disowned: actor null',
 'K|PAKMIL||100|Peshawar|Monday|PAKGOV|rose to 100 on Wednesday, almost all of them police officers||mixed but "almost all" police: PAKMIL; updated toll dated to the bombing',
 'K|PAKMIL||100||||reaches 100|u|headline',
 'K|PAKMIL||59|Peshawar|Monday||The toll had stood at 59 on Monday night|u|superseded',
 'K|PAKMIL||92|Peshawar|Monday||92 on Tuesday|u|superseded',
 'W|PAKMIL||53|Peshawar|Monday||53 people were still being treated|',
 'K|PAKREB||1|Peshawar|Monday||blew himself up among some 300 worshippers|u|bomber\'s death implied',
 'K|PAKMIL||2|Lakki Marwat|Tuesday|PAKMIL|gunmen shot dead two policemen at a checkpoint in Lakki Marwat district|',
 'A|PAKMIL|PAKREB||Lakki Marwat|||Militants had attacked a police station in the same district in December|u|background',
 'K|PAKMIL|PAKREB|4|Lakki Marwat|||killing four officers|u|background'], 102)

I('B06', '2022-01-23', 'news', '2022-01-21|Yemen|air_drone_strike|Saada|Saada|Saada',
"""Air strike on Yemen detention centre kills dozens; internet blackout follows

SANAA, Yemen - An air strike by the Saudi-led coalition hit a detention centre in the Houthi-held northern city of Saada on Friday, killing at least 70 people, medical charity staff said, hours after another strike on Hodeidah knocked out the country's internet.

The Houthi-run health ministry said 82 detainees had died and 266 were wounded. Many of the detainees were African migrants, according to aid workers in the city. The coalition denied striking the prison and said it was checking the claims.

In Hodeidah, three children were killed by a strike on a telecommunications building near the port, the charity Save the Children said.

The strikes followed a Houthi drone and missile attack on Monday on Abu Dhabi that killed three people, two Indians and a Pakistani, at a fuel depot. The coalition had vowed a tough response.

The UN Secretary-General's spokesman said Antonio Guterres condemned the strikes and called on all parties to ensure that civilians were protected. Yemen's war has killed tens of thousands of people since 2015.
""",
['A|YEMCVL|SAUMIL||Saada|Friday||An air strike by the Saudi-led coalition hit a detention centre in the Houthi-held northern city of Saada on Friday|',
 'K|YEMCVL|SAUMIL|>70|Saada|Friday||killing at least 70 people||detainees, many of them migrants: coded YEMCVL (the place)',
 'K|YEMCVL|SAUMIL|82|Saada|Friday|YEMGOV|82 detainees had died|u|competing figure (Houthi-run ministry: de facto authority)',
 'W|YEMCVL|SAUMIL|266|Saada|Friday|YEMGOV|266 were wounded||only wounded figure',
 'A|YEMCVL|SAUMIL||Hodeidah|Friday||another strike on Hodeidah knocked out the country\'s internet|',
 'K|YEMCVL|SAUMIL|3|Hodeidah|Friday||three children were killed by a strike on a telecommunications building|',
 'A|ARECVL|YEMREB||Abu Dhabi|Monday||a Houthi drone and missile attack on Monday on Abu Dhabi|u|background',
 'K|INDCVL|YEMREB|2|Abu Dhabi|Monday||two Indians and a Pakistani|u|background',
 'K|PAKCVL|YEMREB|1|Abu Dhabi|Monday||two Indians and a Pakistani|u|background',
 'K|YEMCVL||||||killed tens of thousands of people since 2015|u c|background'], 73)

I('B07', '2024-02-15', 'news', '2024-02-14|Lebanon|air_drone_strike|Nabatieh|Nabatieh|Nabatieh',
"""Israeli strikes kill 10 civilians in south Lebanon after rocket barrage

BEIRUT - Israeli air strikes killed 10 civilians in southern Lebanon on Wednesday, among them seven members of one family in the city of Nabatieh, Lebanese state media said, the deadliest day for civilians in four months of cross-border exchanges.

The strike in Nabatieh flattened a two-storey building, killing a woman, her two children and four other relatives, the National News Agency said. Three more civilians, including a child, were killed in the village of al-Sawana.

Earlier on Wednesday, a rocket fired from Lebanon killed an Israeli soldier and wounded eight others at a base near Kiryat Shmona, the Israeli military said. No group claimed the barrage, but Israel blamed Hezbollah and said its jets then hit Hezbollah targets.

Hezbollah said two of its fighters were killed on Wednesday, without giving details. The group has lost more than 200 fighters since October, according to its own death notices.

Lebanese Prime Minister Najib Mikati called on the UN to condemn the "massacre" in Nabatieh. Israeli Defence Minister Yoav Gallant said Hezbollah would "pay a heavy price" if it widened the fighting.
""",
['A|LBNCVL|ISRMIL||Nabatieh|Wednesday||Israeli air strikes killed 10 civilians in southern Lebanon on Wednesday|',
 'K|LBNCVL|ISRMIL|10||Wednesday|LBNGOV|Israeli air strikes killed 10 civilians in southern Lebanon|u|total whose groups are scored',
 'K|LBNCVL|ISRMIL|7|Nabatieh|Wednesday|LBNGOV|killing a woman, her two children and four other relatives||one line of 7',
 'K|LBNCVL|ISRMIL|3|al-Sawana|Wednesday|LBNGOV|Three more civilians, including a child, were killed in the village of al-Sawana|',
 'K|LBNCVL|ISRMIL|1|al-Sawana|Wednesday|LBNGOV|including a child|u|sub-count',
 'A|ISRMIL|||Kiryat Shmona|Wednesday||a rocket fired from Lebanon|',
 'K|ISRMIL||1|Kiryat Shmona|Wednesday|ISRMIL|killed an Israeli soldier and wounded eight others|',
 'W|ISRMIL||8|Kiryat Shmona|Wednesday|ISRMIL|wounded eight others at a base near Kiryat Shmona|',
 'A|LBNREB|ISRMIL|||Wednesday|ISRMIL|its jets then hit Hezbollah targets||then: the day of the rocket',
 'K|LBNREB||2||Wednesday|LBNREB|two of its fighters were killed on Wednesday|',
 'K|LBNREB||>200||r|LBNREB|lost more than 200 fighters since October|c|',
 'Th||ISRGOV|||Wednesday||Hezbollah would "pay a heavy price" if it widened the fighting|'], 13)

I('B08', '2023-08-16', 'news', '2023-08-13|Ethiopia|air_drone_strike|Finote Selam|Amhara|West Gojjam',
"""Drone strike in Ethiopia's Amhara kills 26, hospital says

ADDIS ABABA - A drone strike on a town square in Finote Selam in Ethiopia's Amhara region killed at least 26 people on Sunday, a doctor at the local hospital and a regional health official said, as the army fights to regain control of towns held by Fano militiamen.

The doctor said 55 wounded people were brought to the hospital, many with severe burns. Residents said the strike hit a minibus stand near the main road. The government did not comment on the strike.

The federal army has retaken several towns in recent days, including Lalibela and Gondar, from Fano fighters who had swept into them at the start of the month. Fano said on Monday it had killed 40 soldiers in fighting near Debre Markos, a claim that could not be verified.

The Ethiopian Human Rights Commission said at least 183 people had been killed in Amhara since July, in what it called an alarming escalation. Internet access in the region has been cut since Aug. 3.

The violence began after the government moved to dissolve regional special forces and fold them into the army and police.
""",
['A|ETHCVL|||Finote Selam|Sunday||A drone strike on a town square in Finote Selam||no side stated for the drone',
 'K|ETHCVL||>26|Finote Selam|Sunday||killed at least 26 people on Sunday|',
 'W|ETHCVL||55|Finote Selam|Sunday||55 wounded people were brought to the hospital|',
 'C||ETHMIL||Lalibela|||including Lalibela and Gondar|u|"in recent days": no day',
 'C||ETHMIL||Gondar|||Lalibela and Gondar|u|no day',
 'C||ETHREB|||||had swept into them at the start of the month|u|background',
 'K|ETHMIL|ETHREB|40|Debre Markos|Monday|ETHREB|it had killed 40 soldiers in fighting near Debre Markos||claim: statement day (Monday) as the fighting has no day',
 'A|ETHMIL|ETHREB||Debre Markos|Monday|ETHREB|in fighting near Debre Markos|',
 'K|ETHCVL||>183||r||at least 183 people had been killed in Amhara since July|c|'], 66)

I('B09', '2021-12-11', 'news', '2021-12-10|Mexico|attack|Coyuca de Catalan|Guerrero|Coyuca de Catalan',
"""Gunmen ambush police convoy in Guerrero, killing nine officers

MEXICO CITY - Suspected cartel gunmen ambushed a convoy of state police in the Tierra Caliente region of Guerrero on Friday, killing nine officers and wounding three, the state security department said.

The officers were travelling on a rural road near Coyuca de Catalan when attackers opened fire from both sides of the road with assault rifles, the department said. Two patrol trucks were set alight.

Hours later, soldiers and National Guard troops clashed with the suspected attackers in the nearby hills, killing four of them, according to the Defence Ministry. One soldier was wounded.

Guerrero is contested by several drug trafficking groups, including the Familia Michoacana. Earlier this year, ten police officers were killed in a similar ambush in the neighbouring state of Mexico.

Relatives of the dead officers gathered outside the state prosecutor's office in Chilpancingo on Saturday, demanding better equipment and pay. One woman said her brother had asked for a transfer out of the region only a week earlier.

Governor Evelyn Salgado said the attack "will not go unpunished" and announced that 300 additional troops would be sent to the region over the weekend.
""",
['A|MEXMIL|MEXREB||Coyuca de Catalan|Friday||Suspected cartel gunmen ambushed a convoy of state police||suspected cartel: MEXREB',
 'K|MEXMIL|MEXREB|9|Coyuca de Catalan|Friday|MEXGOV|killing nine officers and wounding three|',
 'W|MEXMIL|MEXREB|3|Coyuca de Catalan|Friday|MEXGOV|killing nine officers and wounding three|',
 'E|MEXMIL|MEXREB|2|Coyuca de Catalan|Friday||Two patrol trucks were set alight|eq=VEHICLE',
 'A|MEXREB|MEXMIL||Coyuca de Catalan|Friday||soldiers and National Guard troops clashed with the suspected attackers in the nearby hills||Hours later: the same day',
 'K|MEXREB|MEXMIL|4|Coyuca de Catalan|Friday|MEXGOV|killing four of them|',
 'W|MEXMIL|MEXREB|1|Coyuca de Catalan|Friday|MEXGOV|One soldier was wounded|',
 'K|MEXMIL||10||||ten police officers were killed in a similar ambush|u|background',
 'Th||MEXGOV|||Friday||"will not go unpunished"||statement day not given: the attack day',
 'Dp||MEXMIL|300||||300 additional troops would be sent to the region over the weekend|u|announced for later'], 13)

I('B10', '2023-05-06', 'news', '2023-05-03|India|other_violence|Churachandpur|Manipur|Churachandpur',
"""Army deployed as ethnic clashes in Manipur leave dozens dead, thousands displaced

IMPHAL, India - Thousands of soldiers patrolled the streets of India's northeastern state of Manipur on Saturday after two days of ethnic clashes in which at least 54 people were killed, officials said, and more than 13,000 people were moved to army camps.

The violence broke out on Wednesday after a tribal solidarity march in Churachandpur district, with mobs from the Meitei and Kuki communities burning homes, churches and temples. A state official said 16 bodies were in the Churachandpur district hospital morgue and 15 in hospitals in Imphal.

The government invoked emergency powers allowing troops to shoot rioters "in extreme cases" and suspended mobile internet across the state.

An army spokesman said 55 columns of the army and the Assam Rifles had been deployed since Thursday. A police officer was shot dead by gunmen in Churachandpur on Friday, officials said.

Manipur's chief minister appealed for calm and said his government would form a committee to look into the causes of the violence. Trains into the state were halted, and several neighbouring states sent buses to bring their students home.
""",
['Dp||INDMIL|||Saturday||Thousands of soldiers patrolled the streets|u|patrolling; the deployment is below',
 'K|INDCVL||>54||||at least 54 people were killed||two days of clashes: no single day (date null); one episode, not cumulative',
 'D|INDCVL||>13000||||more than 13,000 people were moved to army camps||several days: date null; one episode',
 'A|INDCVL|INDCVL||Churachandpur|Wednesday||mobs from the Meitei and Kuki communities burning homes||communal clash: both sides INDCVL',
 'K|INDCVL||16|Churachandpur|r||16 bodies were in the Churachandpur district hospital morgue|u|sub-count of the 54',
 'K|INDCVL||15|Imphal|r||15 in hospitals in Imphal|u|sub-count of the 54',
 'Dp||INDMIL|55||Thursday|INDMIL|55 columns of the army and the Assam Rifles had been deployed since Thursday|',
 'K|INDMIL||1|Churachandpur|Friday||A police officer was shot dead by gunmen in Churachandpur on Friday|'], 55)
