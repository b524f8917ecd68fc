"""b6: news articles from other conflicts."""
from lib import I

I('D01', '2024-10-24', 'news', '2024-10-23|Turkey|attack|Kahramankazan|Ankara|Kahramankazan',
"""Turkey strikes Kurdish militants after deadly attack on aerospace firm

ANKARA - Turkish warplanes struck Kurdish militant targets in northern Iraq and Syria late on Wednesday, hours after an attack on the headquarters of state-owned aerospace company TUSAS near Ankara killed five people and wounded 22, officials said.

A man and a woman armed with rifles and explosives arrived at the TUSAS complex in Kahramankazan district in a taxi, whose driver they had killed, and opened fire at the entrance, according to the interior minister. Both attackers were killed by security forces. Among the dead were an engineer, a security guard and the taxi driver.

The defence ministry said 32 targets belonging to the outlawed PKK had been destroyed in the retaliatory air strikes. It did not say whether anyone was killed. The PKK claimed the TUSAS attack the next day, saying it had been planned weeks earlier and was unrelated to recent political developments.

"These despicable attackers will pay for this," President Tayyip Erdogan said, speaking from a summit in Russia. He said the attack targeted Turkey's defence industry.

Health Minister Kemal Memisoglu said on Thursday that three of the wounded were in serious condition. The attack came as Ankara was discussing a possible new peace process with the jailed PKK leader.
""",
['A|TURCVL|TURREB||Kahramankazan|Wednesday|TURREB|an attack on the headquarters of state-owned aerospace company TUSAS near Ankara||PKK claimed it',
 'K|TURCVL|TURREB|5|Kahramankazan|Wednesday|TURGOV|killed five people and wounded 22|',
 'W|TURCVL|TURREB|22|Kahramankazan|Wednesday|TURGOV|killed five people and wounded 22|',
 'K|TURCVL|TURREB|1|Kahramankazan|Wednesday|TURGOV|a taxi, whose driver they had killed|u|sub-count of the five (the driver is among the dead)',
 'K|TURREB|TURMIL|2|Kahramankazan|Wednesday|TURGOV|Both attackers were killed by security forces|',
 'A|TURREB|TURMIL||Iraq|Wednesday||Turkish warplanes struck Kurdish militant targets in northern Iraq and Syria late on Wednesday|',
 'E|TURREB|TURMIL|32|Iraq|Wednesday|TURGOV|32 targets belonging to the outlawed PKK had been destroyed|eq=OTHER u|targets are not necessarily equipment',
 'Th||TURGOV|||Wednesday||"These despicable attackers will pay for this,"|'], 7)

I('D02', '2024-01-05', 'news', '2024-01-03|Iran|remote_explosive_ied|Kerman|Kerman|Kerman',
"""Iran lowers Kerman bombing toll to 84 as Islamic State claims attack

DUBAI - Iran revised down the death toll from twin bombings at a memorial ceremony for slain commander Qassem Soleimani in the southern city of Kerman to 84, from 103, officials said on Thursday, after the Islamic State group claimed responsibility.

Two explosions went off about 15 minutes apart on Wednesday on a road leading to the cemetery where Soleimani is buried, as crowds marked the fourth anniversary of his death in a US drone strike. The interior minister said the first figure had counted some victims twice. At least 284 people were wounded, the health ministry said.

In a statement on its Telegram channels, Islamic State said two of its members had detonated explosive belts among the crowd. Iranian officials had initially blamed Israel and the United States.

Intelligence Minister Esmail Khatib said on Thursday that security forces had arrested 11 people in several provinces suspected of links to the attack. "The response will be harsh," said armed forces chief Mohammad Bagheri.

It was the deadliest attack in Iran since the 1979 revolution. Soleimani was killed near Baghdad airport in January 2020.
""",
['A|IRNCVL|IRNREB|2|Kerman|Wednesday|IRNREB|Two explosions went off about 15 minutes apart on Wednesday||IS claimed: IRNREB',
 'K|IRNCVL|IRNREB|84|Kerman|Wednesday|IRNGOV|the death toll from twin bombings at a memorial ceremony for slain commander Qassem Soleimani in the southern city of Kerman to 84||revised toll, dated to the bombing',
 'K|IRNCVL|IRNREB|103|Kerman|Wednesday|IRNGOV|from 103|u|superseded',
 'K|IRNCVL|IRNREB|84||||lowers Kerman bombing toll to 84|u|headline',
 'W|IRNCVL|IRNREB|>284|Kerman|Wednesday|IRNGOV|At least 284 people were wounded|',
 'K|IRNREB||2|Kerman|Wednesday|IRNREB|two of its members had detonated explosive belts among the crowd|u|bombers\' deaths implied',
 'Th||IRNMIL|||Thursday||"The response will be harsh,"|',
 'K|IRNMIL||1||||Soleimani was killed near Baghdad airport in January 2020|u|background'], 84)

I('D03', '2022-09-14', 'news', '2022-09-13|Armenia|shelling_artillery_missile|Jermuk|Vayots Dzor|Jermuk',
"""Armenia and Azerbaijan report dozens of soldiers killed in border fighting

YEREVAN - Armenia said on Wednesday that 105 of its soldiers had been killed in two days of fighting with Azerbaijan along their border, the worst clashes between the two countries since the 2020 war over Nagorno-Karabakh.

Azerbaijan's defence ministry said 50 of its servicemen had died. Each side accused the other of starting the hostilities overnight into Tuesday, when Azerbaijani forces shelled the Armenian towns of Jermuk, Goris and Vardenis with artillery and drones.

Prime Minister Nikol Pashinyan told parliament that Azerbaijani troops had occupied about 10 square kilometres of Armenian territory. Armenia's human rights ombudsman said a civilian was killed and two were wounded in the shelling of Jermuk, and that 2,570 people had been evacuated from border areas.

Pashinyan said he had asked Russia for military help under a mutual defence treaty. Moscow said it had brokered a ceasefire on Tuesday, but fighting continued into Wednesday morning.

The United States and France called for an immediate end to hostilities. The Armenian defence ministry said several of its positions and a military hospital had been hit.
""",
['A|ARMCVL|AZEMIL||Jermuk|Tuesday||Azerbaijani forces shelled the Armenian towns of Jermuk, Goris and Vardenis with artillery and drones||overnight into Tuesday',
 'K|ARMMIL|AZEMIL|105|||ARMGOV|105 of its soldiers had been killed in two days of fighting||two days: date null; no single place',
 'K|AZEMIL|ARMMIL|50|||AZEGOV|50 of its servicemen had died|',
 'C||AZEMIL|~10||r|ARMGOV|Azerbaijani troops had occupied about 10 square kilometres of Armenian territory||count is km2; no place; no day',
 'K|ARMCVL|AZEMIL|1|Jermuk|Tuesday||a civilian was killed and two were wounded in the shelling of Jermuk|',
 'W|ARMCVL|AZEMIL|2|Jermuk|Tuesday||a civilian was killed and two were wounded|',
 'D|ARMCVL||2570||r||2,570 people had been evacuated from border areas||evacuation over the clashes; no single day: report',
 'Tk||RUSGOV|||Tuesday|RUSGOV|Moscow said it had brokered a ceasefire on Tuesday|u|no meeting stated'], 156)

I('D04', '2022-08-28', 'news', '2022-08-27|Libya|armed_clash|Tripoli|Tripoli|Tripoli',
"""Tripoli clashes kill 32 as rival Libyan governments fight for capital

TRIPOLI - Fighting between militias loyal to Libya's two rival prime ministers killed 32 people and wounded 159 in Tripoli on Saturday, the health ministry said, the worst violence in the capital in two years.

Forces backing Fathi Bashagha, named prime minister by the eastern-based parliament, tried to enter the city from several directions but were pushed back by armed groups allied to the Tripoli-based government of Abdulhamid Dbeibah, residents and officials said.

Heavy gunfire and shelling shook central districts overnight. A well-known comedian, Mustafa Baraka, was among those killed. The ministry said its figure included civilians and fighters, without giving a breakdown. Six hospitals were damaged, and 64 families were evacuated from the area around the Tripoli zoo.

By Sunday, the Dbeibah government said it had taken control of the headquarters of a pro-Bashagha militia, and several convoys of Bashagha supporters were seen retreating towards Misrata.

The UN mission in Libya called for an immediate ceasefire and said it was deeply concerned by the indiscriminate shelling of civilian neighbourhoods.
""",
['A|LBYMIL|LBYREB||Tripoli|Saturday||Forces backing Fathi Bashagha, named prime minister by the eastern-based parliament, tried to enter the city||Bashagha\'s forces read as LBYREB, Dbeibah\'s as LBYMIL (recognised government)',
 'K|LBYCVL||32|Tripoli|Saturday|LBYGOV|killed 32 people and wounded 159 in Tripoli on Saturday||civilians and fighters, no breakdown: mixed people CVL',
 'W|LBYCVL||159|Tripoli|Saturday|LBYGOV|killed 32 people and wounded 159|',
 'K|LBYCVL||1|Tripoli|Saturday||A well-known comedian, Mustafa Baraka, was among those killed|u|sub-count',
 'D|LBYCVL|||Tripoli|Saturday||64 families were evacuated from the area around the Tripoli zoo|u|families, not people: no count',
 'C||LBYMIL||Tripoli|Sunday|LBYGOV|it had taken control of the headquarters of a pro-Bashagha militia|u|a headquarters, not a place'], 32)

I('D05', '2023-07-09', 'news', '2023-07-07|Bangladesh|armed_clash|Ukhiya|Chittagong|Cox\'s Bazar',
"""Gunfight in Rohingya camp kills five as armed groups vie for control

COX'S BAZAR, Bangladesh - Five Rohingya refugees were killed in a gunfight between two armed groups at a camp in Ukhiya, in Bangladesh's Cox's Bazar district, early on Friday, police said, the latest in a string of killings in the world's largest refugee settlement.

Members of the Arakan Rohingya Salvation Army and the rival Rohingya Solidarity Organisation exchanged fire for about an hour in Camp 9, said a local police official. Four of the dead were ARSA members, he said, and the fifth was a volunteer night guard. Three other refugees were injured.

Police later recovered two pistols and a homemade gun. Armed Police Battalion officers have increased patrols in the camp.

More than 40 Rohingya have been killed in camp violence since the start of the year, according to police figures. Rights groups say the groups are fighting over the drug trade and influence among the nearly one million refugees.

"People are afraid to leave their shelters after dark," said a community leader in Camp 9. "Every week someone is shot."
""",
['A|MMRREF|MMRREF||Ukhiya|Friday||a gunfight between two armed groups at a camp in Ukhiya||both armed groups refugees in the camp: one line (MMRREF)',
 'K|MMRREF||5|Ukhiya|Friday|BGDMIL|Five Rohingya refugees were killed||refugees: MMRREF (Rohingya from Myanmar)',
 'K|MMRREF||4|Ukhiya|Friday|BGDMIL|Four of the dead were ARSA members|u|sub-count',
 'W|MMRREF||3|Ukhiya|Friday|BGDMIL|Three other refugees were injured|',
 'K|MMRREF||>40||r|BGDMIL|More than 40 Rohingya have been killed in camp violence since the start of the year|c|'], 5)

I('D06', '2024-02-20', 'news', '2024-02-18|Papua New Guinea|armed_clash|Wapenamanda|Enga|Wapenamanda',
"""Dozens killed in tribal ambush in Papua New Guinea highlands

PORT MORESBY - At least 64 men were killed in an ambush between warring tribes in Papua New Guinea's Enga province on Sunday, police said, in one of the worst outbreaks of tribal violence in the country in years.

The bodies were found on a road and in surrounding hills near the town of Wapenamanda, about 600 km northwest of the capital, acting police commissioner David Manning said. Police had first reported 53 dead on Monday.

The killings were linked to long-running fighting between the Sikin and Kaekin tribes and their allies, police said. Fighters armed with high-powered rifles such as M16s and AK-47s had ambushed a group of men travelling to join the fighting.

Prime Minister James Marape said the government would send more soldiers and police to the province. About 100 security personnel are already deployed in Enga, where tribal fighting has killed at least 150 people over the past year, according to local officials.

"This is a massacre," Manning said. "Our people are fighting with weapons they should never have."
""",
['A|PNGREB|PNGREB||Wapenamanda|Sunday||Fighters armed with high-powered rifles such as M16s and AK-47s had ambushed a group of men||tribal fighters both PNGREB',
 'K|PNGREB|PNGREB|>64|Wapenamanda|Sunday|PNGMIL|At least 64 men were killed in an ambush between warring tribes||men travelling to join the fighting: tribal fighters',
 'K|PNGREB|PNGREB|53|Wapenamanda|Sunday|PNGMIL|Police had first reported 53 dead on Monday|u|superseded',
 'Dp||PNGMIL||Enga|||would send more soldiers and police to the province|u|announced, no day',
 'K|PNGCVL||>150|Enga|r||tribal fighting has killed at least 150 people over the past year|u c|background'], 64)

I('D07', '2023-06-18', 'news', '2023-06-16|Uganda|attack|Mpondwe|Western|Kasese',
"""Rebels kill 41 in attack on Ugandan school near Congo border

KAMPALA - Suspected Islamist rebels attacked a secondary school in western Uganda near the border with Congo late on Friday, killing 41 people, most of them students who were hacked or burned to death in their dormitories, officials said.

The attackers, believed to be members of the Allied Democratic Forces, set fire to a dormitory at the Lhubiriha Secondary School in Mpondwe, police said. Thirty-seven of the dead were students. A guard and three residents of the surrounding community were also killed, and six students were abducted.

Eight people were being treated in hospital in Bwera, said the town's mayor.

The army said it was pursuing the attackers into Congo's Virunga National Park. Uganda deployed troops into eastern Congo in 2021 under a joint operation with Congolese forces against the ADF.

Defence Minister Vincent Ssempijja said the attackers had spent two days in the town before the assault. "They will be hunted down," he said. An army spokesman said on Sunday that troops had killed four of the rebels and rescued two of the abducted students.
""",
['A|UGACVL|UGAREB||Mpondwe|Friday||Suspected Islamist rebels attacked a secondary school in western Uganda||believed ADF: the group named; UGAREB',
 'K|UGACVL|UGAREB|41|Mpondwe|Friday|UGAGOV|killing 41 people|u|total whose groups are scored (37 students, a guard and three residents)',
 'K|UGACVL|UGAREB|37|Mpondwe|Friday|UGAMIL|Thirty-seven of the dead were students|',
 'K|UGACVL|UGAREB|4|Mpondwe|Friday|UGAMIL|A guard and three residents of the surrounding community were also killed||one line: the guard (CVL) and three residents',
 'W|UGACVL|UGAREB|8|Bwera|Friday||Eight people were being treated in hospital in Bwera|',
 'Dp||UGAMIL|||||Uganda deployed troops into eastern Congo in 2021|u|background',
 'Th||UGAGOV|||r||"They will be hunted down,"|',
 'K|UGAREB|UGAMIL|4||Sunday|UGAMIL|troops had killed four of the rebels||statement day: no day for the killing'], 45)

I('D08', '2019-11-07', 'news', '2019-11-05|Thailand|attack|Lam Phaya|Yala|Mueang Yala',
"""Insurgents kill 15 at checkpoint in Thailand's deep south

BANGKOK - Suspected separatist insurgents attacked a village security checkpoint in Thailand's southern Yala province late on Tuesday, killing 15 people in the deadliest attack in the region in years, police and military officials said.

At least a dozen gunmen opened fire on the checkpoint in Lam Phaya subdistrict, then scattered nails and set off small bombs on the road to slow down reinforcements, a military spokesman said. Most of the dead were village defence volunteers; a village headman was also killed. Four people were wounded.

No group claimed responsibility, but the army blamed fighters of the Barisan Revolusi Nasional, the main insurgent group in the Malay-Muslim majority provinces. Troops launched a search of nearby rubber plantations on Wednesday.

More than 7,000 people have been killed since the insurgency flared in 2004, according to the monitoring group Deep South Watch.

Prime Minister Prayuth Chan-ocha ordered security tightened across the region and said the attackers wanted to undermine peace efforts.

Village defence volunteers are lightly armed civilians trained by the interior ministry to guard their communities, and they have often been targeted. Relatives of the dead gathered at a Buddhist temple and a mosque in Yala city for funerals on Wednesday.
""",
['A|THAMIL|THAREB||Lam Phaya|Tuesday|THAMIL|At least a dozen gunmen opened fire on the checkpoint in Lam Phaya subdistrict||suspected separatist insurgents: THAREB',
 'K|THAMIL|THAREB|15|Lam Phaya|Tuesday||killing 15 people||most were village defence volunteers: MIL; the headman a sub-count',
 'K|THAGOV|THAREB|1|Lam Phaya|Tuesday||a village headman was also killed|u|sub-count of the 15',
 'W|THAMIL|THAREB|4|Lam Phaya|Tuesday||Four people were wounded||victims at the checkpoint',
 'O||THAMIL||Lam Phaya|Wednesday||Troops launched a search of nearby rubber plantations on Wednesday|u|a routine search',
 'K|THACVL||>7000||r||More than 7,000 people have been killed since the insurgency flared in 2004|u c|background'], 15)

I('D09', '2023-12-04', 'news', '2023-12-03|Philippines|remote_explosive_ied|Marawi|Lanao del Sur|Marawi',
"""Bomb at Catholic Mass in southern Philippine university kills four

MANILA - A bomb exploded during a Catholic Mass in a gymnasium at Mindanao State University in Marawi city on Sunday, killing four people and wounding at least 50, officials said.

The military said the blast may have been retaliation for an air and ground operation on Friday in which troops killed 11 members of the pro-Islamic State Dawlah Islamiyah group in neighbouring Maguindanao del Sur province, including a senior leader.

Islamic State's news agency later claimed the bombing. Defence Secretary Gilberto Teodoro said "foreign elements" were involved, without giving details.

Three of the dead were women, police said. Most of the wounded were students; 11 of them were still in hospital on Monday.

Marawi was devastated in 2017 when IS-allied militants seized parts of the city. The five-month siege that followed left more than 1,100 people dead, mostly militants. President Ferdinand Marcos Jr. condemned "the senseless and most heinous acts perpetrated by foreign terrorists".

Classes at the university were suspended for the rest of the week, and soldiers were posted at the gates of schools and churches across the city. The university's president said the campus would reopen only after a full review of its security.
""",
['A|PHLCVL|PHLREB||Marawi|Sunday|PHLREB|A bomb exploded during a Catholic Mass in a gymnasium at Mindanao State University||IS claimed: PHLREB',
 'K|PHLCVL|PHLREB|4|Marawi|Sunday||killing four people and wounding at least 50|',
 'W|PHLCVL|PHLREB|>50|Marawi|Sunday||wounding at least 50|',
 'K|PHLCVL|PHLREB|3|Marawi|Sunday|PHLMIL|Three of the dead were women|u|sub-count',
 'A|PHLREB|PHLMIL||Maguindanao del Sur|Friday||an air and ground operation on Friday|u|background incident of the main one',
 'K|PHLREB|PHLMIL|11|Maguindanao del Sur|Friday|PHLMIL|troops killed 11 members of the pro-Islamic State Dawlah Islamiyah group|u|background incident (two days before)',
 'C||PHLREB||Marawi|||IS-allied militants seized parts of the city|u|background',
 'K|PHLCVL||>1100|Marawi|||left more than 1,100 people dead, mostly militants|u c|background'], 4)

I('D10', '2024-03-24', 'news', '2024-03-22|Russia|attack|Krasnogorsk|Moscow Oblast|Krasnogorsk',
"""Moscow concert hall attack toll rises to 137; four suspects charged

MOSCOW - The death toll from Friday's attack on the Crocus City Hall concert venue outside Moscow rose to 137 on Sunday, including three children, Russia's Investigative Committee said, as four men accused of carrying out the shooting appeared in court.

Gunmen in camouflage burst into the venue in Krasnogorsk shortly before a rock concert and fired at spectators with automatic weapons, then set the building on fire. Many victims died from smoke inhalation in the blaze, which brought down part of the roof. At least 182 people were injured, the health ministry said.

Islamic State claimed the attack, and US officials said they had intelligence confirming the group's branch in Afghanistan, ISIS-K, was responsible. President Vladimir Putin said the attackers had tried to flee towards Ukraine, which Kyiv denied.

The toll had stood at 133 on Saturday. Rescue teams were still searching the rubble on Sunday.

Putin declared Sunday a national day of mourning. "All the perpetrators, organisers and those who ordered this crime will receive a just and inevitable punishment," he said.
""",
['A|RUSCVL|AFGREB||Krasnogorsk|Friday|AFGREB|Gunmen in camouflage burst into the venue in Krasnogorsk||IS claimed; US names ISIS-K: coded AFGREB (RUSREB defensible)',
 'K|RUSCVL|AFGREB|137|Krasnogorsk|Friday|RUSGOV|rose to 137 on Sunday||updated toll dated to the attack',
 'K|RUSCVL|AFGREB|3|Krasnogorsk|Friday|RUSGOV|including three children|u|sub-count',
 'K|RUSCVL|AFGREB|137||||toll rises to 137|u|headline',
 'W|RUSCVL|AFGREB|>182|Krasnogorsk|Friday|RUSGOV|At least 182 people were injured|',
 'K|RUSCVL|AFGREB|133|Krasnogorsk|Friday||The toll had stood at 133 on Saturday|u|superseded',
 'Th||RUSGOV|||Sunday||will receive a just and inevitable punishment|'], 137)

I('D11', '2022-05-13', 'news', '2022-05-11|Togo|attack|Kpinkankandi|Savanes|Kpendjal',
"""Togo says eight soldiers killed in first deadly jihadist attack

LOME - Eight Togolese soldiers were killed and 13 wounded when gunmen attacked an army post in the country's far north near the border with Burkina Faso before dawn on Wednesday, the government said, the first deadly jihadist attack on Togolese soil.

About 60 attackers on motorcycles struck the post at Kpinkankandi in the Kpendjal prefecture, government spokesman Akodah Ayewouadan said in a statement. Troops "firmly repelled" the assault, he said, without saying whether any assailants were killed.

No group has claimed the attack, but Togolese officials have long warned that jihadist groups active in Burkina Faso were pushing south towards the coastal states. In November, soldiers in the same area repelled an attack by gunmen without suffering casualties.

Togo declared a state of security emergency in the Savanes region in June. Neighbouring Benin has suffered a string of attacks on its northern border posts this year, including one in February that killed two soldiers.

"Our defence and security forces remain mobilised," President Faure Gnassingbe said on Twitter.

Residents of Dapaong, the regional capital, said soldiers had set up new roadblocks on the roads leading to the border. Farmers in the area said they were afraid to go to their fields.
""",
['A|TGOMIL|||Kpinkankandi|Wednesday||About 60 attackers on motorcycles struck the post at Kpinkankandi||no claim; actor null',
 'K|TGOMIL||8|Kpinkankandi|Wednesday|TGOGOV|Eight Togolese soldiers were killed and 13 wounded|',
 'W|TGOMIL||13|Kpinkankandi|Wednesday|TGOGOV|Eight Togolese soldiers were killed and 13 wounded|',
 'A|TGOMIL||||||repelled an attack by gunmen without suffering casualties|u|background (November)',
 'A|BENMIL|BENREB|||||a string of attacks on its northern border posts this year|u|background',
 'K|BENMIL||2||||killed two soldiers|u|background'], 8)

I('D12', '2023-06-29', 'news', '2023-06-27|Ukraine|shelling_artillery_missile|Kramatorsk|Donetsk|Kramatorsk',
"""Russian missile hits Kramatorsk restaurant, killing 12 including teenagers

KRAMATORSK, Ukraine - Rescuers finished searching the rubble of a popular pizza restaurant in the eastern Ukrainian city of Kramatorsk on Thursday, raising the death toll from Tuesday evening's Russian missile strike to 12, among them three teenagers, officials said.

The strike on the restaurant, which was crowded with soldiers, aid workers and journalists, also wounded 64 people, the Donetsk regional governor said. A second missile hit the village of Bilenke on the edge of the city at the same time, damaging houses and wounding five people.

Russia's defence ministry said it had struck a "temporary command post" of a Ukrainian brigade in Kramatorsk, killing two generals and up to 50 officers, a claim Ukraine dismissed as lies.

Ukraine's security service said it had detained a man suspected of filming the restaurant and passing its coordinates to Russian forces.

Kramatorsk, the largest city in the part of Donetsk region still under Ukrainian control, lies about 30 km from the front line. A missile strike on its railway station in April 2022 killed more than 60 people waiting to be evacuated.
""",
['A|UKRCVL|RUSMIL||Kramatorsk|Tuesday||Tuesday evening\'s Russian missile strike|',
 'K|UKRCVL|RUSMIL|12|Kramatorsk|Tuesday|UKRGOV|raising the death toll from Tuesday evening\'s Russian missile strike to 12||updated toll, dated to the strike',
 'K|UKRCVL|RUSMIL|3|Kramatorsk|Tuesday|UKRGOV|among them three teenagers|u|sub-count',
 'W|UKRCVL|RUSMIL|64|Kramatorsk|Tuesday|UKRGOV|also wounded 64 people|',
 'A|UKRCVL|RUSMIL||Bilenke|Tuesday||A second missile hit the village of Bilenke|',
 'W|UKRCVL|RUSMIL|5|Bilenke|Tuesday||wounding five people|',
 'K|UKRMIL|RUSMIL|2|Kramatorsk|Tuesday|RUSGOV|killing two generals and up to 50 officers|u|claim dismissed in the text',
 'K|UKRMIL|RUSMIL|<50|Kramatorsk|Tuesday|RUSGOV|up to 50 officers|u|claim dismissed in the text',
 'K|UKRCVL|RUSMIL|>60|Kramatorsk|||killed more than 60 people waiting to be evacuated|u|background'], 12)
