"""News articles, part 3 (9 other conflicts, 2 with no event, 5 non-conflict)."""
from lib import *

item('w35', 'news', '2022-05-08', '2022-05-07', 'Egypt', 'attack', '', '', '', 11, N(
    "Eleven Egyptian soldiers killed in attack near Suez Canal",
    "CAIRO, May 8 - Militants attacked a water pumping station east of the Suez Canal on Saturday, killing an officer and 10 soldiers guarding it, the Egyptian military said in a statement.",
    "Five other soldiers were wounded in the exchange of fire, the military spokesman said. He did not say who was behind the attack, but Islamic State's Sinai branch has waged an insurgency in the peninsula for almost a decade.",
    "The station lies west of Bir al-Abd, an area far closer to the canal than most recent attacks, which have been concentrated in the north-east of Sinai near the border with Gaza.",
    "Troops were pursuing the attackers and had surrounded them in an isolated area, the statement said. President Abdel Fattah al-Sisi vowed on Facebook that the \"terrorists\" would not break the will of the country.",
    "Militant attacks in Sinai had fallen sharply since the army began a large operation against the insurgents in February 2018, which included restrictions on travel and on the supply of fuel to the north of the peninsula. Tribal militias have also fought alongside the army in recent years, and the government had promised residents that the region would be opened up to investment."),
    A('EGYREB', 'Militants attacked a water pumping station east of the Suez Canal on Saturday', d='Sat', l='-', v='EGYMIL', note='"militants" with no group: REB of the country'),
    K('EGYMIL', 11, 'killing an officer and 10 soldiers guarding it', a='EGYREB', c='EGYMIL', d='Sat', l='-', note='one code: 1 + 10'),
    K('EGYMIL', 11, 'Eleven Egyptian soldiers killed', d='Sat', l='-', s=False, note='headline restatement'),
    W('EGYMIL', 5, 'Five other soldiers were wounded', a='EGYREB', c='EGYMIL', d='Sat', l='-'),
    O('EGYMIL', 'the army began a large operation against the insurgents in February 2018', d='-', l='Sinai', s=False, note='background'),
    T('EGYGOV', 'would not break the will of the country', d='-', l='-', s=False, note='not a threat of force'))

item('w36', 'news', '2023-09-21', '2023-09-19', 'Azerbaijan', 'gov_regains_territory', 'Stepanakert', 'Karabakh', '', 217, N(
    "Karabakh Armenians hold talks with Azerbaijan after one-day offensive",
    "YEVLAKH, Azerbaijan, Sept 21 - Representatives of Nagorno-Karabakh's ethnic Armenians met Azerbaijani officials in the town of Yevlakh on Thursday to discuss the region's future, two days after Azerbaijan launched a lightning offensive that forced the Armenian forces to lay down their arms.",
    "Azerbaijan launched what it called \"anti-terrorist measures\" on Tuesday with artillery and drone strikes across the region. Karabakh officials said more than 200 Armenian fighters and 10 civilians were killed in the fighting, and more than 400 people were wounded. Azerbaijan's prosecutor said a civilian was killed by Armenian shelling in the town of Shusha.",
    "Six Russian peacekeepers were killed on Wednesday when their car came under fire, Russia's defence ministry said. Azerbaijan apologised and said those responsible would be punished.",
    "A ceasefire took effect on Wednesday afternoon. Thousands of people gathered at the airport in Stepanakert, the region's main city, on Wednesday seeking the protection of the Russian peacekeepers.",
    "Armenia's Prime Minister Nikol Pashinyan said his country had not been involved in the fighting. The region, recognised as part of Azerbaijan, has been run by ethnic Armenians since a war in the early 1990s."),
    TK('AZEGOV', 'Representatives of Nagorno-Karabakh\'s ethnic Armenians met Azerbaijani officials in the town of Yevlakh on Thursday', d='Thu', l='Yevlakh', note='host party'),
    O('AZEMIL', 'Azerbaijan launched what it called "anti-terrorist measures" on Tuesday', d='Tue', l='-'),
    A('AZEMIL', 'artillery and drone strikes across the region', d='Tue', l='-', v='ARMREB'),
    K('ARMREB', 200, 'more than 200 Armenian fighters and 10 civilians were killed', q='AL', a='AZEMIL', c='ARMGOV', d='Tue', l='-', note='Karabakh Armenian forces coded ARMREB'),
    K('ARMCVL', 10, 'more than 200 Armenian fighters and 10 civilians were killed', a='AZEMIL', c='ARMGOV', d='Tue', l='-'),
    W('ARMCVL', 400, 'more than 400 people were wounded', q='AL', a='AZEMIL', c='ARMGOV', d='Tue', l='-'),
    K('AZECVL', 1, 'a civilian was killed by Armenian shelling in the town of Shusha', a='ARMREB', c='AZEGOV', d='Tue', l='Shusha'),
    A('ARMREB', 'Armenian shelling in the town of Shusha', d='Tue', l='Shusha'),
    K('RUSMIL', 6, 'Six Russian peacekeepers were killed on Wednesday', c='RUSGOV', d='Wed', l='-'),
    A(None, 'their car came under fire', d='Wed', l='-', v='RUSMIL'),
    D('ARMCVL', None, 'Thousands of people gathered at the airport in Stepanakert', d='Wed', s=False, note='sheltering, not clearly displaced'))

item('w37', 'news', '2022-09-18', '2022-09-16', 'Kyrgyzstan', 'armed_clash', 'Batken', 'Batken', 'Batken', 81, N(
    "Kyrgyz-Tajik border fighting killed 81, officials say",
    "BISHKEK, Sept 18 - Fighting between Kyrgyz and Tajik troops along their disputed border on Friday killed 46 people on the Kyrgyz side, the Kyrgyz health ministry said on Sunday, as a ceasefire appeared to be holding.",
    "Kyrgyz officials said Tajik forces backed by tanks and mortars had attacked border villages in the Batken region and burnt houses and a school. The ministry said 140 people were wounded. Tajikistan said 35 of its citizens had been killed in the same fighting and accused Kyrgyz troops of shelling a mosque and a school near the town of Isfara.",
    "About 136,000 people have been evacuated from the border areas of Batken, the Kyrgyz emergencies ministry said.",
    "The two countries' presidents, Sadyr Japarov and Emomali Rahmon, met on Friday on the sidelines of a regional summit in Samarkand and agreed to pull back their troops. Each side has accused the other of breaking earlier truces.",
    "Almost half of the 970-km frontier between the two former Soviet republics has not been demarcated, and disputes over water and land often turn violent. Clashes in 2021 killed about 50 people. Russia, which has military bases in both countries, called for calm."),
    A('TJKMIL', 'Tajik forces backed by tanks and mortars had attacked border villages in the Batken region', d='Fri', c='KGZGOV', v='KGZCVL'),
    A('KGZMIL', 'accused Kyrgyz troops of shelling a mosque and a school near the town of Isfara', d='Fri', l='Isfara', c='TJKGOV', s=False, note='accusation by the other side'),
    K('KGZCVL', 46, 'killed 46 people on the Kyrgyz side', a='TJKMIL', c='KGZGOV', d='Fri', note='mixed toll of soldiers and civilians: CVL'),
    W('KGZCVL', 140, '140 people were wounded', a='TJKMIL', c='KGZGOV', d='Fri'),
    K('TJKCVL', 35, '35 of its citizens had been killed in the same fighting', a='KGZMIL', c='TJKGOV', d='Fri', l='-'),
    K('KGZCVL', 81, 'Kyrgyz-Tajik border fighting killed 81', d='Fri', l='-', s=False, note='headline total of both sides'),
    D('KGZCVL', 136000, 'About 136,000 people have been evacuated from the border areas of Batken', q='AB', cum=True, c='KGZGOV', d='rep'),
    TK('KGZGOV', 'The two countries\' presidents, Sadyr Japarov and Emomali Rahmon, met on Friday', d='Fri', l='Samarkand', note='first-named party'),
    K('KGZCVL', 50, 'Clashes in 2021 killed about 50 people', q='AB', d='-', l='-', s=False, note='background'))

item('w38', 'news', '2019-01-18', '2019-01-17', 'Colombia', 'remote_explosive_ied', 'Bogotá', 'Bogotá', '', 21, N(
    "Colombia blames ELN rebels for Bogotá police academy car bomb",
    "BOGOTÁ, Jan 18 - Colombia's government said on Friday that the National Liberation Army (ELN) rebel group was behind a car bomb that killed 20 police cadets at the national police academy in Bogotá on Thursday, the deadliest attack in the capital in more than 15 years.",
    "The driver, identified as a 56-year-old explosives expert linked to the ELN, was also killed when the vehicle, loaded with 80 kg of explosives, blew up in the academy grounds during a promotion ceremony. Sixty-eight people were wounded, some of them foreign cadets from Ecuador and Panama.",
    "Defence Minister Guillermo Botero said the car had forced its way through a checkpoint before exploding near a dormitory.",
    "President Ivan Duque declared three days of mourning. Thousands of people marched in cities across the country on Sunday to reject the violence.",
    "Peace talks with the ELN, which began in 2017 in Quito and moved to Havana last year, have been frozen since Duque took office in August. He has demanded that the group free all its hostages and halt attacks before any negotiations resume. The ELN, founded in 1964, has about 2,000 fighters and finances itself largely from kidnapping and the drug trade."),
    A('COLREB', 'a car bomb that killed 20 police cadets at the national police academy', d='Thu', c='COLGOV', v='COLMIL', note='government attribution gives the side'),
    K('COLMIL', 20, 'killed 20 police cadets', a='COLREB', c='COLGOV', d='Thu', note='police cadets: MIL'),
    K('COLREB', 1, 'The driver, identified as a 56-year-old explosives expert linked to the ELN, was also killed', d='Thu'),
    W('COLMIL', 68, 'Sixty-eight people were wounded', a='COLREB', d='Thu', note='mostly cadets: coded with them'),
    TK('COLGOV', 'Peace talks with the ELN', d='-', l='-', s=False, note='frozen talks'))

item('w39', 'news', '2019-12-02', '2019-11-30', 'Mexico', 'armed_clash', 'Villa Unión', 'Coahuila', 'Villa Unión', 23, N(
    "Cartel gunmen storm Mexican town hall; 23 dead in gunfights",
    "SALTILLO, Mexico, Dec 2 - Dozens of gunmen from the Cartel del Noreste drove into the small town of Villa Unión in Coahuila state on Saturday in a convoy of pickup trucks and attacked the town hall, setting off an hour-long gunfight with police, state officials said.",
    "Four police officers and two civilians were killed in the attack, Governor Miguel Riquelme said on Monday. Security forces killed 17 of the gunmen in pursuits through the surrounding scrubland on Saturday and Sunday, he said.",
    "Photographs showed the facade of the town hall riddled with bullet holes and burnt-out trucks in the streets. Police seized several armoured vehicles and dozens of rifles.",
    "The governor said the attackers had also kidnapped several young people from the town to use them as guides, and that some had been freed.",
    "The Cartel del Noreste, an offshoot of the Zetas, is fighting rivals for control of drug and migrant smuggling routes to Texas, about 60 km from the town. President Andres Manuel Lopez Obrador, under pressure after a series of massacres, said on Monday the government would not return to the all-out war on cartels of previous administrations."),
    A('MEXREB', 'Dozens of gunmen from the Cartel del Noreste', d='Sat', v='MEXMIL', s=False, note='the arrival, restated by the next line'),
    A('MEXREB', 'attacked the town hall', d='Sat', v='MEXMIL'),
    K('MEXMIL', 4, 'Four police officers and two civilians were killed in the attack', a='MEXREB', c='MEXGOV', d='Sat'),
    K('MEXCVL', 2, 'Four police officers and two civilians were killed in the attack', a='MEXREB', c='MEXGOV', d='Sat'),
    K('MEXREB', 17, 'Security forces killed 17 of the gunmen', a='MEXMIL', c='MEXGOV', d='-', note='pursuits over two days: no single day'),
    K('MEXCVL', 23, '23 dead in gunfights', d='-', s=False, note='headline total'))

item('w40', 'news', '2024-01-10', '2024-01-09', 'Ecuador', 'attack', 'Guayaquil', 'Guayas', 'Guayaquil', 2, N(
    "Gunmen storm Ecuador TV studio on air as president declares 'internal armed conflict'",
    "QUITO, Jan 10 - Hooded gunmen stormed the studios of a public television channel in the port city of Guayaquil during a live broadcast on Tuesday, forcing staff to the floor at gunpoint before police arrived and detained 13 of them.",
    "Hours later President Daniel Noboa declared an \"internal armed conflict\" and ordered the armed forces to neutralise 22 criminal gangs, which he designated as terrorist organisations.",
    "Two police officers were killed by armed men in the town of Nobol, near Guayaquil, on Tuesday, police said. At least 10 people have been killed in a wave of attacks since Monday, when the leader of one of the country's largest gangs was found to have escaped from prison, police said. Several police officers were kidnapped.",
    "Soldiers were deployed on the streets of Quito on Wednesday, and schools across the country were closed. Shops in the capital shut early as rumours of attacks spread on social media.",
    "Ecuador, once among the most peaceful countries in the region, has seen violence soar as gangs linked to Mexican and Balkan cartels fight for control of cocaine routes through its Pacific ports."),
    A(None, 'Hooded gunmen stormed the studios of a public television channel in the port city of Guayaquil during a live broadcast on Tuesday', d='Tue'),
    T('ECUGOV', 'ordered the armed forces to neutralise 22 criminal gangs', d='Tue', l='-', note='order to use force, with its day'),
    K('ECUMIL', 2, 'Two police officers were killed by armed men in the town of Nobol', d='Tue', l='Nobol', c='ECUMIL'),
    K('ECUCVL', 10, 'At least 10 people have been killed in a wave of attacks since Monday', q='AL', cum=True, c='ECUMIL', d='rep', l='-'),
    DP('ECUMIL', 'Soldiers were deployed on the streets of Quito on Wednesday', d='Wed', l='Quito'))

item('w41', 'news', '2025-04-02', '2025-03-31', 'Haiti', 'nonstate_takes_territory', 'Mirebalais', 'Centre', 'Mirebalais', 10, N(
    "Haitian gangs overrun Mirebalais, free hundreds of prisoners",
    "PORT-AU-PRINCE, April 2 - Heavily armed gangs attacked the central Haitian town of Mirebalais on Monday, broke into its prison and freed more than 500 inmates, and by nightfall were in control of the police station and the town centre, officials and residents said.",
    "At least 10 people were killed, among them two police officers, the UN human rights office said on Wednesday. Residents said gang members went from house to house looking for people they accused of working with the police.",
    "More than 5,000 residents fled on Monday, many of them walking along the main road towards Hinche or hiding in nearby hills, the UN migration agency said.",
    "The attack was carried out by Viv Ansanm, a coalition of gangs that controls most of the capital and has been pushing into the Centre and Artibonite departments. Police reinforcements sent from the capital were ambushed on the way on Tuesday, a police union said, but it did not say whether there were casualties.",
    "Haiti's transitional council condemned the attack and asked the Kenyan-led security mission for help. The mission, which has about 1,000 officers, has struggled to make headway against the gangs."),
    A('HTIREB', 'Heavily armed gangs attacked the central Haitian town of Mirebalais on Monday', d='Mon', v='HTIMIL'),
    C('HTIREB', 'were in control of the police station and the town centre', d='Mon', l='Mirebalais'),
    C('HTIREB', 'Haitian gangs overrun Mirebalais', d='Mon', s=False, note='headline restatement'),
    K('HTICVL', 10, 'At least 10 people were killed, among them two police officers', q='AL', a='HTIREB', c='IGOUNO', d='Mon', note='mixed total: CVL'),
    K('HTIMIL', 2, 'among them two police officers', a='HTIREB', c='IGOUNO', d='Mon', s=False, note='sub-count of another code'),
    D('HTICVL', 5000, 'More than 5,000 residents fled on Monday', q='AL', c='IGOUNO', d='Mon'),
    A('HTIREB', 'Police reinforcements sent from the capital were ambushed on the way on Tuesday', d='Tue', l='-', v='HTIMIL', c='HTIMIL', note='police union as source: MIL'),
    DP('HTIMIL', 'Police reinforcements sent from the capital', d='Tue', l='-', s=False, note='sent, arrival unstated'))

item('w42', 'news', '2021-05-07', '2021-05-06', 'Brazil', 'armed_clash', 'Rio de Janeiro', 'Rio de Janeiro', 'Rio de Janeiro', 28, N(
    "Rio police raid leaves 28 dead in deadliest operation in city's history",
    "RIO DE JANEIRO, May 7 - A police raid against drug traffickers in the Jacarezinho favela in northern Rio de Janeiro on Thursday left 28 people dead, including a police officer, in the deadliest such operation in the city's history.",
    "Police said 27 suspected gang members were killed in shootouts after officers came under fire as they entered the community at dawn. A police officer was shot in the head and died on the way to hospital. Two passengers on a metro train were hit by stray bullets and wounded.",
    "Residents and human rights groups accused police of executing suspects who had surrendered. Photographs showed blood on the floors of homes and a body slumped in a chair.",
    "The operation came despite a Supreme Court order restricting police raids in Rio's favelas during the pandemic except in \"absolutely exceptional\" cases. The state prosecutor's office said it would investigate each death.",
    "Police said the operation targeted the Comando Vermelho gang, which they accused of recruiting children. Six rifles, 16 pistols and a submachine gun were seized, officials said."),
    A('BRAMIL', 'A police raid against drug traffickers in the Jacarezinho favela', d='Thu', v='BRAREB', note='neighbourhood mapped to the city'),
    A('BRAREB', 'officers came under fire as they entered the community at dawn', d='Thu', v='BRAMIL', s=False, note='other side of the shootout'),
    K('BRAREB', 27, '27 suspected gang members were killed in shootouts', a='BRAMIL', c='BRAMIL', d='Thu'),
    K('BRAMIL', 1, 'A police officer was shot in the head and died on the way to hospital', a='BRAREB', d='Thu'),
    K('BRACVL', 28, 'left 28 people dead, including a police officer', d='Thu', s=False, note='total fully split into the two groups below it'),
    K('BRACVL', 28, 'raid leaves 28 dead', d='Thu', s=False, note='headline restatement'),
    W('BRACVL', 2, 'Two passengers on a metro train were hit by stray bullets and wounded', d='Thu'))

item('w43', 'news', '2019-04-22', '2019-04-21', 'Sri Lanka', 'remote_explosive_ied', 'Colombo', 'Western', 'Colombo', 294, N(
    "Sri Lanka Easter bombings toll rises to 290; government blames local Islamist group",
    "COLOMBO, April 22 - The death toll from the suicide bombings of churches and luxury hotels in Sri Lanka on Easter Sunday rose to 290 on Monday, and about 500 people were wounded, police said.",
    "The government said a little-known local Islamist group, National Thowheed Jamath, had carried out the eight blasts in Colombo, Negombo and the eastern city of Batticaloa. Police said 24 people had been arrested.",
    "Later on Sunday, three police officers were killed in the Dematagoda district of Colombo when a woman blew herself up as they raided a house linked to the bombers, police said.",
    "Dozens of foreigners were among the dead, including British, Indian, Danish, Chinese and American citizens, officials said.",
    "A curfew was imposed across the island for a second night and social media were blocked. Defence officials said a ninth device was defused near the international airport late on Sunday. The government admitted it had received warnings of possible attacks on churches weeks earlier, and the president ordered an inquiry into why they were not acted on."),
    A('LKAREB', 'had carried out the eight blasts in Colombo, Negombo and the eastern city of Batticaloa', d='Sun', l='-', v='LKACVL', n=8, c='LKAGOV', note='government attribution gives the side'),
    K('LKACVL', 290, 'rose to 290 on Monday', a='LKAREB', c='LKAMIL', d='Sun', l='-', note='updated toll of the bombings'),
    W('LKACVL', 500, 'about 500 people were wounded', q='AB', a='LKAREB', c='LKAMIL', d='Sun', l='-'),
    K('LKACVL', 290, 'Easter bombings toll rises to 290', d='Sun', l='-', s=False, note='headline restatement'),
    K('LKAMIL', 3, 'three police officers were killed in the Dematagoda district of Colombo', a='LKAREB', c='LKAMIL', d='Sun'),
    K('LKAREB', 1, 'a woman blew herself up', c='LKAMIL', d='Sun'),
    K('LKACVL', None, 'Dozens of foreigners were among the dead', d='Sun', l='-', s=False, note='vague sub-count'))

item('w44', 'news', '2024-05-12', '2024-05-11', 'Georgia', 'protest_or_statement', 'Tbilisi', 'Tbilisi', '', 0, N(
    "Tens of thousands march in Tbilisi against 'foreign agent' bill",
    "TBILISI, May 12 - Tens of thousands of Georgians marched through the centre of Tbilisi on Saturday evening in one of the largest protests since independence, against a bill that critics say would curb press freedom and derail the country's bid to join the European Union.",
    "Protesters waving Georgian and EU flags filled Europe Square and then walked to the parliament building, where they chanted and sang late into the night. The march was peaceful, and police kept their distance, witnesses said.",
    "The bill would require media and non-governmental organisations that receive more than 20% of their funding from abroad to register as bodies \"pursuing the interests of a foreign power\". The ruling Georgian Dream party says it is needed to increase transparency.",
    "Parliament is expected to pass the bill in its third reading next week. President Salome Zourabichvili, who has limited powers and has broken with the ruling party, has said she will veto it, but the party has enough votes to override her.",
    "European Union officials have said the law is incompatible with the bloc's values. Organisers said they would keep protesting every night until the bill was withdrawn."))

item('w45', 'news', '2022-12-06', '2022-12-05', 'Mongolia', 'protest_or_statement', 'Ulaanbaatar', 'Ulaanbaatar', '', 0, N(
    "Mongolians rally for third day over alleged coal theft",
    "ULAANBAATAR, Dec 6 - Thousands of people rallied in sub-zero temperatures in Mongolia's capital, Ulaanbaatar, on Monday for a third day, demanding that officials accused of stealing coal bound for China be named and punished.",
    "The protesters, many of them young people, gathered on Sukhbaatar Square in front of the Government Palace, chanting and holding banners. The rally was peaceful, and the crowd dispersed late in the evening, police said.",
    "Prime Minister Luvsannamsrai Oyun-Erdene met a group of protest representatives on Monday and promised to publish the names of those involved. Parliament is to hold a special session on the coal trade on Friday.",
    "Anti-corruption investigators say officials of a state coal company and others colluded to smuggle some 6.4 million tonnes of coal across the border. Coal makes up about a quarter of Mongolia's economy.",
    "The demonstrations have been fed by anger over inflation of more than 13% and by the economic effects of China's strict pandemic controls, which have repeatedly closed the border crossings that Mongolian trucks use. Organisers said they would return on Tuesday."),
    TK('MNGGOV', 'Prime Minister Luvsannamsrai Oyun-Erdene met a group of protest representatives on Monday', d='Mon', l='-', s=False, note='internal meeting, not between parties to a conflict'))

item('w46', 'news', '2023-09-13', '2023-09-10', 'Libya', 'disaster', 'Derna', 'Cyrenaica', 'Derna', 0, N(
    "More than 5,300 dead in Libya's Derna after dams burst, officials say",
    "AL BAYDA, Libya, Sept 13 - More than 5,300 people were killed when two dams burst above the eastern Libyan city of Derna during a storm late on Sunday, sending a wall of water through the centre of the city, an official of the eastern administration said on Wednesday.",
    "About 10,000 people were still missing, the Red Crescent said, and rescuers feared the toll would rise sharply as bodies washed up on the shore. Entire neighbourhoods on both banks of the river that runs through the city were swept into the sea.",
    "At least 30,000 people have been displaced in Derna, the UN migration agency said. Many were sleeping in schools and mosques in the higher parts of the city.",
    "The storm also killed about 50 people in the town of Al Bayda, west of Derna, health officials said.",
    "Libya has been split between rival administrations in the east and west since 2014, and experts said the dams had not been maintained for years despite warnings. Rescue teams from Egypt, Turkey and the United Arab Emirates arrived on Tuesday, but aid was slowed by damaged roads and bridges and by confusion over who was in charge."),
    K('LBYCVL', 5300, 'More than 5,300 people were killed when two dams burst', q='AL', c='LBYGOV', d='Sun'),
    K('LBYCVL', 5300, "More than 5,300 dead in Libya's Derna", q='AL', d='Sun', s=False, note='headline restatement'),
    D('LBYCVL', 30000, 'At least 30,000 people have been displaced in Derna', q='AL', cum=True, c='IGOUNO', d='rep'),
    K('LBYCVL', 50, 'killed about 50 people in the town of Al Bayda', q='AB', d='Sun', l='Al Bayda'))

item('w47', 'news', '2024-01-04', '2024-01-01', 'Japan', 'disaster', 'Wajima', 'Ishikawa', 'Wajima', 0, N(
    "Japan quake toll rises to 78 as rescuers race to reach cut-off towns",
    "WAJIMA, Japan, Jan 4 - The death toll from the powerful earthquake that struck Japan's Noto peninsula on New Year's Day rose to 78 on Thursday, local authorities said, as rescuers struggled to reach villages cut off by landslides and collapsed roads.",
    "Most of the dead were in the city of Wajima, where a fire destroyed about 200 buildings in the old town, and in neighbouring Suzu. More than 300 people were injured. The toll given on Wednesday was 64.",
    "About 33,000 people are staying in evacuation centres, many of them without running water or power, Ishikawa prefecture said.",
    "The magnitude 7.5 quake struck on Monday afternoon and was followed by hundreds of aftershocks. Tsunami waves more than a metre high hit parts of the coast, sweeping boats onto harbour walls.",
    "Prime Minister Fumio Kishida said the government would double the number of soldiers helping in the rescue and that \"the first 72 hours\" were critical. Heavy rain forecast for the weekend raised the risk of further landslides."),
    K('JPNCVL', 78, 'rose to 78 on Thursday', c='JPNGOV', d='Mon', l='Noto', note='updated toll of the quake, dated to it'),
    K('JPNCVL', 78, 'Japan quake toll rises to 78', d='Mon', l='-', s=False, note='headline restatement'),
    W('JPNCVL', 300, 'More than 300 people were injured', q='AL', d='Mon', l='Noto'),
    K('JPNCVL', 64, 'The toll given on Wednesday was 64', d='Mon', l='Noto', s=False, note='superseded figure'),
    D('JPNCVL', 33000, 'About 33,000 people are staying in evacuation centres', q='AB', cum=True, c='JPNGOV', d='rep', l='Ishikawa'),
    DP('JPNMIL', 'the government would double the number of soldiers helping in the rescue', d='-', l='-', s=False, note='relief, announced'))

item('w48', 'news', '2021-11-07', '2021-11-05', 'Sierra Leone', 'accident', 'Freetown', 'Western Area', 'Western Area Urban', 0, N(
    "Freetown fuel tanker blast toll rises to 101",
    "FREETOWN, Nov 7 - The number of people killed when a fuel tanker exploded after a collision in an eastern suburb of Freetown rose to 101 on Sunday, Sierra Leone's national disaster agency said.",
    "The tanker collided with a truck at a busy junction in Wellington late on Friday. A crowd gathered to collect the fuel leaking from it, and it exploded minutes later, engulfing people, motorbikes and shops in flames. The first figure given on Saturday was 92.",
    "More than 100 people were being treated for burns, many of them in critical condition, doctors said. The main government hospital asked for donations of blood and dressings.",
    "President Julius Maada Bio, who was abroad for a climate summit, called the accident horrific and promised an inquiry into safety at the junction, where tankers from the nearby fuel depots often pass.",
    "Similar disasters have killed hundreds of people in Africa in recent years, when crowds rushed to collect fuel from overturned or damaged tankers. In Freetown, residents said many victims were motorcycle-taxi riders who had stopped to fill containers."),
    K('SLECVL', 101, 'rose to 101 on Sunday', c='SLEGOV', d='Fri', note='updated toll, dated to the blast'),
    K('SLECVL', 101, 'blast toll rises to 101', d='Fri', s=False, note='headline restatement'),
    K('SLECVL', 92, 'The first figure given on Saturday was 92', d='Fri', s=False, note='superseded figure'),
    W('SLECVL', 100, 'More than 100 people were being treated for burns', q='AL', d='Fri'))

item('w49', 'news', '2022-09-26', '2022-09-26', 'Uganda', 'disease', 'Mubende', 'Central', 'Mubende', 0, N(
    "Uganda Ebola outbreak death toll rises to 23",
    "KAMPALA, Sept 26 - An outbreak of the Sudan strain of Ebola in central Uganda has killed 23 people since it was declared last week, the health ministry said on Monday, and cases have spread to two more districts.",
    "The ministry said 36 cases had been confirmed or were probable, most of them in Mubende district, where the outbreak began. Nineteen of the deaths were of probable cases, people who died before they could be tested.",
    "A doctor who treated patients at a private clinic in Mubende died on Saturday, the ministry said, and several health workers were in isolation.",
    "There is no approved vaccine for the Sudan strain, unlike the more common Zaire strain. The World Health Organization said it was sending experts and supplies and that candidate vaccines could be tested within weeks.",
    "President Yoweri Museveni has ruled out a lockdown for now, saying it would hurt the economy, and urged people with symptoms to report to health centres. Uganda has a long experience of fighting Ebola, and officials said contact tracing had begun in all the affected districts."),
    K('UGACVL', 23, 'has killed 23 people since it was declared last week', cum=True, c='UGAGOV', d='rep'),
    K('UGACVL', 23, 'Uganda Ebola outbreak death toll rises to 23', cum=True, d='rep', l='-', s=False, note='headline restatement'),
    K('UGACVL', 19, 'Nineteen of the deaths were of probable cases', cum=True, c='UGAGOV', d='rep', s=False, note='sub-count'),
    K('UGACVL', 1, 'A doctor who treated patients at a private clinic in Mubende died on Saturday', c='UGAGOV', d='Sat', s=False, note='inside the tally'))

item('w50', 'news', '2023-02-28', '2023-02-26', 'Italy', 'accident', 'Cutro', 'Calabria', 'Crotone', 0, N(
    "Toll from migrant shipwreck off Italy rises to 63",
    "CROTONE, Italy, Feb 28 - The number of migrants known to have died when their wooden boat broke apart in rough seas off the coast of Calabria early on Sunday rose to 63 on Tuesday, as more bodies were recovered from the beach and the water near Cutro.",
    "Eighty people survived, the coast guard said, and dozens more were believed to be missing. The boat had left Turkey four days earlier with about 180 people on board, many of them from Afghanistan, Pakistan and Iran. Among the dead were at least 12 children.",
    "The first toll given on Sunday was 59.",
    "Police arrested three men suspected of being smugglers who steered the boat. The government rejected criticism that it had been slow to send rescue boats after a European border agency aircraft spotted the vessel late on Saturday.",
    "Prime Minister Giorgia Meloni's government has promised to cut the number of migrants arriving by sea and has placed restrictions on charity rescue ships. Funerals were delayed as relatives travelled from Germany and other countries to identify the bodies in a sports hall in Crotone."),
    K('ITACVL', 63, 'rose to 63 on Tuesday', d='Sun', note='migrants of several nationalities: CVL of the place; updated toll dated to the wreck'),
    K('ITACVL', 63, 'Toll from migrant shipwreck off Italy rises to 63', d='Sun', l='-', s=False, note='headline restatement'),
    K('ITACVL', 12, 'Among the dead were at least 12 children', q='AL', d='Sun', s=False, note='sub-count'),
    K('ITACVL', 59, 'The first toll given on Sunday was 59', d='Sun', s=False, note='superseded figure'))
