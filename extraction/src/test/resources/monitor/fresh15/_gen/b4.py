"""News articles, part 2 (17 other conflicts)."""
from lib import *

item('w18', 'news', '2018-12-05', '2018-12-02', 'Indonesia', 'attack', 'Nduga', 'Papua', 'Nduga', 17, N(
    "Papuan rebels kill 16 road workers, a soldier in remote highlands",
    "JAYAPURA, Indonesia, Dec 5 - Separatist rebels stormed a camp of construction workers building a road in Nduga regency in Indonesia's Papua province on Sunday and shot at least 16 of them dead, police said on Wednesday.",
    "The West Papua National Liberation Army, the armed wing of the Free Papua Organisation, said in a statement that its fighters had killed 24 people it accused of being soldiers in disguise. Police said the dead were employees of a state-owned builder.",
    "On Monday the rebels attacked a military post in the nearby district of Mbua, killing a soldier and wounding two others, the army said. Bad weather and the remote, mountainous terrain slowed the recovery of bodies, which had to be flown out by helicopter.",
    "Some 150 soldiers and police officers were flown into the area on Wednesday to search for the attackers and for four workers who were still missing.",
    "President Joko Widodo, who has made the Trans-Papua highway a centrepiece of his plan to develop Indonesia's poorest region, said construction would continue. Papua has seen a low-level insurgency since it was brought under Indonesian rule in the 1960s."),
    A('IDNREB', 'Separatist rebels stormed a camp of construction workers', d='Sun', v='IDNCVL'),
    K('IDNCVL', 16, 'shot at least 16 of them dead', q='AL', a='IDNREB', c='IDNMIL', d='Sun'),
    K('IDNCVL', 24, 'its fighters had killed 24 people', a='IDNREB', c='IDNREB', d='Sun', s=False, note='competing claim for the same dead'),
    K('IDNCVL', 16, 'Papuan rebels kill 16 road workers', d='Sun', s=False, note='headline restatement'),
    A('IDNREB', 'the rebels attacked a military post in the nearby district of Mbua', d='Mon', l='Mbua', v='IDNMIL'),
    K('IDNMIL', 1, 'killing a soldier and wounding two others', a='IDNREB', c='IDNMIL', d='Mon', l='Mbua'),
    W('IDNMIL', 2, 'killing a soldier and wounding two others', a='IDNREB', c='IDNMIL', d='Mon', l='Mbua'),
    DP('IDNMIL', 'Some 150 soldiers and police officers were flown into the area on Wednesday', d='Wed', n=150, q='AB'))

item('w19', 'news', '2024-02-19', '2024-02-18', 'Papua New Guinea', 'attack', 'Wapenamanda', 'Enga', 'Wapenamanda', 64, N(
    "Police find 64 bodies after tribal ambush in Papua New Guinea highlands",
    "PORT MORESBY, Feb 19 - Police in Papua New Guinea said on Monday they had found the bodies of 64 men shot dead in an ambush by a rival clan near the town of Wapenamanda in Enga province on Sunday, the worst outbreak of tribal violence in the highlands in years.",
    "The men were believed to be fighters of one clan travelling to join a long-running dispute between two other groups when they were ambushed on a road and in the surrounding hills, a police spokesman said. An earlier count had put the dead at 53.",
    "Videos shared on social media showed bodies stripped of clothing lying on the roadside and in the back of a truck. Police said the attackers had used high-powered rifles, among them M16s and AK-47s.",
    "Prime Minister James Marape said 100 extra soldiers would be sent to the province, where a state of emergency has been in place for months, and called the killings a form of domestic terrorism.",
    "Tribal fighting over land and old grievances has long troubled Enga, but the spread of automatic weapons has made the clashes far deadlier. Local leaders said many families had left villages along the highway for fear of reprisals."),
    A('PNGREB', 'shot dead in an ambush by a rival clan near the town of Wapenamanda', d='Sun', v='PNGREB', note='clan fighters: REB'),
    K('PNGREB', 64, 'the bodies of 64 men shot dead', a='PNGREB', c='PNGMIL', d='Sun', note='police: MIL'),
    K('PNGREB', 53, 'An earlier count had put the dead at 53', d='Sun', s=False, note='superseded figure'),
    K('PNGREB', 64, 'Police find 64 bodies', d='Sun', s=False, note='headline restatement'),
    DP('PNGMIL', '100 extra soldiers would be sent to the province', d='-', l='Enga', s=False, note='announced deployment'),
    D('PNGCVL', None, 'many families had left villages along the highway', d='-', l='-', s=False, note='vague, no day'))

item('w20', 'news', '2023-12-05', '2023-12-03', 'Nigeria', 'air_drone_strike', 'Tudun Biri', 'Kaduna', 'Igabi', 85, N(
    "Nigerian army drone kills 85 villagers at religious gathering by mistake",
    "KADUNA, Nigeria, Dec 5 - A Nigerian army drone strike on a village in Kaduna state killed 85 civilians who had gathered to celebrate the birthday of the Prophet Mohammad, the national emergency agency said on Tuesday, after the army admitted it had hit them by mistake.",
    "The strike hit Tudun Biri village late on Sunday. The emergency agency said 66 people were being treated in hospital. Community leaders said more than 120 people had been killed and that many bodies had been buried before they could be counted.",
    "The army said the drone had been on a routine mission against militants and bandits and had \"inadvertently\" struck the villagers. The commander of the army's 1st Division apologised at a meeting with local leaders on Monday.",
    "President Bola Tinubu ordered an investigation. The governor of Kaduna state visited the wounded in hospital and promised compensation for the families of the dead.",
    "It was the latest of several deadly errors by the Nigerian military in its air war against jihadists in the north-east and armed gangs in the north-west. In January an air strike killed dozens of herders in Nasarawa state. Rights groups have called for the findings of earlier inquiries to be made public."),
    A('NGAMIL', 'A Nigerian army drone strike on a village in Kaduna state', d='Sun', v='NGACVL'),
    K('NGACVL', 85, 'killed 85 civilians', a='NGAMIL', c='NGAGOV', d='Sun'),
    K('NGACVL', 85, 'drone kills 85 villagers', d='Sun', s=False, note='headline restatement'),
    W('NGACVL', 66, '66 people were being treated in hospital', a='NGAMIL', c='NGAGOV', d='Sun'),
    K('NGACVL', 120, 'more than 120 people had been killed', q='AL', a='NGAMIL', d='Sun', s=False, note='competing figure'),
    K('NGACVL', None, 'an air strike killed dozens of herders in Nasarawa state', a='NGAMIL', d='-', l='Nasarawa', s=False, note='background'))

item('w21', 'news', '2025-06-15', '2025-06-13', 'Nigeria', 'attack', 'Yelwata', 'Benue', 'Guma', 100, N(
    "At least 100 killed in attack on Benue village, Amnesty says",
    "MAKURDI, Nigeria, June 15 - Gunmen suspected to be herders attacked the village of Yelwata in Nigeria's Benue state late on Friday, killing at least 100 people, many of whom were burnt in their homes, Amnesty International said.",
    "Dozens of people were wounded and taken to hospitals in Makurdi, the state capital, residents said. State police put the toll at 43 and said they were still searching the bush around the village. Many of the dead were families who had earlier been displaced from other villages and were sheltering in the market square.",
    "Soldiers and police were deployed to Yelwata on Saturday. Around 3,000 people fled to Makurdi the same day, local officials said.",
    "\"They came shooting and pouring fuel on the roofs,\" said a farmer who hid in a rice field with his two sons. He said he had lost his wife and a daughter.",
    "The attack was one of the deadliest in a long conflict between mainly Muslim herders and mainly Christian farmers in Nigeria's central belt, which is often framed in religious terms but is driven largely by competition for land. President Bola Tinubu condemned the killings and ordered security agencies to find those responsible."),
    A('NGAREB', 'Gunmen suspected to be herders attacked the village of Yelwata', d='Fri', v='NGACVL', note='"suspected herders" give the side; armed herders REB'),
    K('NGACVL', 100, 'killing at least 100 people', q='AL', a='NGAREB', d='Fri', note='a rights group: claimedBy null'),
    K('NGACVL', 100, 'At least 100 killed in attack on Benue village', q='AL', d='Fri', s=False, note='headline restatement'),
    K('NGACVL', 43, 'State police put the toll at 43', c='NGAMIL', d='Fri', s=False, note='competing figure'),
    W('NGACVL', None, 'Dozens of people were wounded', a='NGAREB', d='Fri'),
    DP('NGAMIL', 'Soldiers and police were deployed to Yelwata on Saturday', d='Sat'),
    D('NGACVL', 3000, 'Around 3,000 people fled to Makurdi the same day', q='AB', d='Sat', l='Yelwata'),
    K('NGACVL', 2, 'he had lost his wife and a daughter', d='Fri', s=False, note='sub-count'))

item('w22', 'news', '2024-06-14', '2024-06-11', 'Burkina Faso', 'attack', 'Mansila', 'Sahel', 'Yagha', 107, N(
    "Jihadists say they killed over 100 soldiers in Burkina Faso base attack",
    "ABIDJAN, June 14 - Al Qaeda's Sahel affiliate JNIM said it had killed 107 soldiers in an attack on an army base at Mansila in Burkina Faso's Yagha province on Tuesday, one of the heaviest blows to the military since it seized power in 2022.",
    "In a statement released on Thursday, the group said its fighters had also captured seven soldiers and burnt several armoured vehicles, and published photos of seized weapons. Two security sources said many soldiers and volunteer fighters had been killed but gave no figure.",
    "Burkina Faso's government did not comment on the attack. State television made no mention of it, broadcasting instead footage of a ceremony for new army recruits.",
    "Hundreds of residents of Mansila fled to the town of Sebba in the days after the attack, a local aid worker said.",
    "JNIM and Islamic State fighters control large parts of Burkina Faso, and their attacks have killed thousands of civilians and soldiers since 2015. The junta led by Captain Ibrahim Traore has expelled French troops and turned to Russia for support, but violence has continued to spread."),
    A('BFAREB', 'an attack on an army base at Mansila', d='Tue', c='BFAREB', v='BFAMIL'),
    K('BFAMIL', 107, 'it had killed 107 soldiers', a='BFAREB', c='BFAREB', d='Tue', note='claim of a kill: an incident'),
    K('BFAMIL', 100, 'Jihadists say they killed over 100 soldiers', q='AL', d='Tue', s=False, note='headline restatement'),
    E('BFAMIL', 'APC', None, 'burnt several armoured vehicles', a='BFAREB', c='BFAREB', d='Tue'),
    K('BFAMIL', None, 'many soldiers and volunteer fighters had been killed', d='Tue', s=False, note='vague competing account'),
    D('BFACVL', None, 'Hundreds of residents of Mansila fled to the town of Sebba in the days after the attack', d='-', s=False, note='vague, no single day'),
    K('BFACVL', None, 'their attacks have killed thousands of civilians and soldiers since 2015', d='-', l='-', cum=True, s=False, note='background'))

item('w23', 'news', '2024-07-29', '2024-07-25', 'Mali', 'armed_clash', 'Tinzaouaten', 'Kidal', 'Abeibara', 138, N(
    "Rebels say dozens of Malian soldiers, Wagner fighters killed near Algerian border",
    "BAMAKO, July 29 - Tuareg-led separatist rebels in northern Mali said on Monday they had killed 47 Malian soldiers and 84 Russian Wagner fighters in several days of fighting near Tinzaouaten, close to the Algerian border, in what would be Wagner's heaviest loss in Africa.",
    "The fighting began on Thursday when a convoy of Malian troops and Wagner mercenaries came under attack and went on until Saturday, when a sandstorm grounded the army's drones. The rebels said seven of their own fighters had been killed and that they had destroyed or seized several armoured vehicles.",
    "Wagner acknowledged in a rare message on a Telegram channel linked to the group that it had suffered losses, including a commander, but gave no figures. Mali's army said it had lost an unspecified number of men and had \"neutralised\" many terrorists.",
    "The al Qaeda affiliate JNIM also claimed to have ambushed the convoy during its retreat.",
    "The Tuareg rebels had controlled much of the north until Mali's army and Wagner retook the rebel stronghold of Kidal last November. Since then the rebels have regrouped along the border with Algeria."),
    A('MLIREB', 'a convoy of Malian troops and Wagner mercenaries came under attack', d='-', v='MLIMIL', note='fighting from Thursday to Saturday: no single day'),
    K('MLIMIL', 47, 'they had killed 47 Malian soldiers and 84 Russian Wagner fighters', a='MLIREB', c='MLIREB', d='-'),
    K('RUSMIL', 84, 'they had killed 47 Malian soldiers and 84 Russian Wagner fighters', a='MLIREB', c='MLIREB', d='-', note='Wagner fighters: RUSMIL'),
    K('MLIREB', 7, 'seven of their own fighters had been killed', c='MLIREB', d='-'),
    E('MLIMIL', 'APC', None, 'they had destroyed or seized several armoured vehicles', a='MLIREB', c='MLIREB', d='-'),
    K('RUSMIL', 1, 'including a commander', d='-', s=False, note='sub-count of unstated losses'),
    K('MLIREB', None, 'had "neutralised" many terrorists', a='MLIMIL', c='MLIMIL', d='-', s=False, note='vague competing claim'),
    A('MLIREB', 'JNIM also claimed to have ambushed the convoy during its retreat', d='-', c='MLIREB', s=False, note='second act of the same fighting'),
    C('MLIMIL', 'retook the rebel stronghold of Kidal last November', d='-', l='Kidal', s=False, note='background'))

item('w24', 'news', '2024-12-12', '2024-12-10', 'Niger', 'attack', 'Libiri', 'Tillabéri', 'Kollo', 39, N(
    "Niger says 39 civilians killed in twin attacks near Mali border",
    "NIAMEY, Dec 12 - Gunmen killed 39 civilians in two attacks on villages in western Niger on Tuesday, the government said in a statement read on state television on Thursday.",
    "In the first attack, armed men on motorcycles surrounded the village of Libiri and shot dead 18 people, most of them men who were working in the fields. A few hours later, another group attacked a hamlet in the Kokorou district, killing 21 people, the statement said.",
    "The government blamed \"terrorist groups\" operating along the border with Mali and Burkina Faso but did not name them. It declared three days of national mourning and said the army had sent reinforcements to the area.",
    "A resident of Libiri reached by telephone said several houses and granaries had been burnt and that most women and children had fled to the nearby town of Tera.",
    "Niger's military leaders, who seized power in July 2023, have cut ties with France and with their Western partners, citing the failure of international forces to stop the violence. Attacks by groups linked to al Qaeda and Islamic State have nonetheless continued across the Tillaberi region."),
    K('NERCVL', 39, 'Gunmen killed 39 civilians in two attacks', c='NERGOV', d='Tue', l='-', s=False, note='total of the two attacks, scored by attack'),
    A(None, 'armed men on motorcycles surrounded the village of Libiri', d='Tue', l='Libiri', v='NERCVL'),
    K('NERCVL', 18, 'shot dead 18 people', c='NERGOV', d='Tue', l='Libiri'),
    A(None, 'another group attacked a hamlet in the Kokorou district', d='Tue', l='Kokorou', v='NERCVL'),
    K('NERCVL', 21, 'killing 21 people', c='NERGOV', d='Tue', l='Kokorou'),
    DP('NERMIL', 'the army had sent reinforcements to the area', d='-', l='-', s=False, note='no day'),
    D('NERCVL', None, 'most women and children had fled to the nearby town of Tera', d='-', l='Libiri', s=False, note='no day'))

item('w25', 'news', '2024-10-29', '2024-10-27', 'Chad', 'attack', 'Barkaram', 'Lac', '', 40, N(
    "Chad launches operation after Boko Haram kills about 40 soldiers",
    "BOL, Chad, Oct 29 - Chad's President Mahamat Idriss Deby said on Monday he had launched an operation to hunt down Boko Haram fighters who attacked an army base on an island in Lake Chad late on Sunday, killing about 40 soldiers.",
    "The militants overran the base at Barkaram in the Lac province after nightfall and set fire to vehicles and weapons stores, military sources said. Several soldiers were wounded and flown to the capital on Monday.",
    "Deby, a general who took power after his father was killed on the front line in 2021, travelled to the island on Monday and said he would personally lead the pursuit.",
    "He also said Chad was considering withdrawing from the Multinational Joint Task Force, a regional force that fights jihadists around Lake Chad, because its neighbours were not doing enough.",
    "The islands and marshes of Lake Chad have long been a refuge for Boko Haram and its rival, Islamic State West Africa Province. Residents of the lakeside towns say the fighters move freely between the islands by canoe."),
    A('NGAREB', 'Boko Haram fighters who attacked an army base on an island in Lake Chad late on Sunday', d='Sun', v='TCDMIL', note='Boko Haram in Chad: NGAREB'),
    K('TCDMIL', 40, 'killing about 40 soldiers', q='AB', a='NGAREB', c='TCDGOV', d='Sun'),
    K('TCDMIL', 40, 'Boko Haram kills about 40 soldiers', q='AB', d='Sun', s=False, note='headline restatement'),
    O('TCDMIL', 'he had launched an operation to hunt down Boko Haram fighters', d='Mon', l='-', c='TCDGOV'),
    C('NGAREB', 'The militants overran the base at Barkaram', d='Sun', s=False, note='a base'),
    E('TCDMIL', 'VEHICLE', None, 'set fire to vehicles and weapons stores', a='NGAREB', d='Sun'),
    E('TCDMIL', 'DEPOT', None, 'set fire to vehicles and weapons stores', a='NGAREB', d='Sun'),
    W('TCDMIL', None, 'Several soldiers were wounded', a='NGAREB', d='Sun'))

item('w26', 'news', '2023-11-08', '2023-11-06', 'Cameroon', 'attack', 'Egbekaw', 'South-West', 'Manyu', 22, N(
    "Separatists kill at least 20 in attack on Cameroon village",
    "BUEA, Cameroon, Nov 8 - Anglophone separatist fighters attacked the village of Egbekaw near the town of Mamfe in Cameroon's South-West region before dawn on Monday, killing at least 20 people, among them women and children, and burning houses, the regional governor said.",
    "At least ten other people were wounded and taken to the district hospital in Mamfe. Hundreds of villagers fled into Mamfe on Monday morning, carrying what they could, residents said.",
    "Troops pursuing the attackers killed two of them in the forest on Tuesday, the army said.",
    "The governor said the attack was revenge against villagers accused of informing on the fighters. \"They went from house to house,\" said a woman who survived by hiding under her bed. She said her neighbour, a retired teacher, was dragged outside and shot.",
    "More than 6,000 people have been killed since the conflict in Cameroon's English-speaking regions began in 2017, when the government cracked down on protests by lawyers and teachers and separatists declared an independent state they call Ambazonia. Peace efforts mediated by Canada stalled earlier this year."),
    A('CMRREB', 'Anglophone separatist fighters attacked the village of Egbekaw', d='Mon', v='CMRCVL'),
    K('CMRCVL', 20, 'killing at least 20 people', q='AL', a='CMRREB', c='CMRGOV', d='Mon'),
    K('CMRCVL', 20, 'Separatists kill at least 20', q='AL', d='Mon', s=False, note='headline restatement'),
    W('CMRCVL', 10, 'At least ten other people were wounded', q='AL', a='CMRREB', d='Mon'),
    D('CMRCVL', None, 'Hundreds of villagers fled into Mamfe on Monday morning', d='Mon', note='place fled from'),
    K('CMRREB', 2, 'Troops pursuing the attackers killed two of them', a='CMRMIL', c='CMRMIL', d='Tue', l='-'),
    K('CMRCVL', 1, 'her neighbour, a retired teacher, was dragged outside and shot', a='CMRREB', d='Mon', s=False, note='sub-count'),
    K('CMRCVL', 6000, 'More than 6,000 people have been killed since the conflict', q='AL', cum=True, d='-', l='-', s=False, note='background'))

item('w27', 'news', '2021-01-13', '2021-01-13', 'CAR', 'attack', 'Bangui', 'Bangui', '', 31, N(
    "Rebels attack outskirts of Central African capital, peacekeeper killed",
    "BANGUI, Jan 13 - Rebels attacked two positions on the outskirts of Bangui, the capital of the Central African Republic, at dawn on Wednesday but were pushed back by government troops and UN peacekeepers, the United Nations said.",
    "A Rwandan peacekeeper was killed and two others were wounded in the fighting at PK12 and in Bimbo, just south of the city, the UN mission MINUSCA said. It said 30 assailants had been killed.",
    "The attackers belong to a coalition of armed groups formed last month to disrupt the December 27 elections, which returned President Faustin-Archange Touadera to power. The coalition had seized the diamond-mining town of Bangassou on January 3.",
    "Shops in central Bangui stayed closed and residents of the northern districts fled towards the city centre, carrying mattresses and pots. Gunfire could be heard until late morning.",
    "Rwanda and Russia sent additional troops and instructors to support the government at the end of December. The UN Security Council is to discuss a request to strengthen the peacekeeping mission, which has about 12,000 troops in the country."),
    A('CAFREB', 'Rebels attacked two positions on the outskirts of Bangui', d='Wed', n=2, v='CAFMIL'),
    K('RWAMIL', 1, 'A Rwandan peacekeeper was killed', a='CAFREB', c='IGOUNO', d='Wed'),
    W('RWAMIL', 2, 'two others were wounded', a='CAFREB', c='IGOUNO', d='Wed'),
    K('CAFREB', 30, '30 assailants had been killed', c='IGOUNO', d='Wed'),
    C('CAFREB', 'had seized the diamond-mining town of Bangassou on January 3', d='2021-01-03', l='Bangassou', s=False, note='background'),
    D('CAFCVL', None, 'residents of the northern districts fled towards the city centre', d='Wed'),
    DP('RWAMIL', 'Rwanda and Russia sent additional troops and instructors', d='-', l='-', s=False, note='background, no day'),
    TK('IGOUNO', 'The UN Security Council is to discuss a request', d='-', l='-', s=False, note='future meeting'))

item('w28', 'news', '2022-06-14', '2022-06-13', 'DR Congo', 'nonstate_takes_territory', 'Bunagana', 'North Kivu', 'Rutshuru', 2, N(
    "M23 rebels seize Congolese border town of Bunagana",
    "KAMPALA, June 14 - M23 rebels seized the town of Bunagana on Congo's border with Uganda on Monday after a day of fighting with the Congolese army, local officials and residents said.",
    "Shells that landed in Bunagana on Sunday killed two civilians, a local official said. Fighting started before dawn on Sunday and continued through the night.",
    "About 30,000 refugees have crossed into Uganda since Sunday, the Ugandan Red Cross said, many of them women and children who walked for hours carrying their belongings. More than 130 Congolese soldiers also crossed the border and surrendered to Ugandan troops, the Ugandan army said.",
    "Congo's army accused neighbouring Rwanda of backing the rebels and called the fall of the town an invasion. Rwanda denied the charge, as it has since the M23 resumed fighting late last year.",
    "The M23, a mainly Congolese Tutsi group, was defeated in 2013 and its fighters fled to Uganda and Rwanda. Bunagana is an important customs post for trade between eastern Congo and East Africa, and its capture gives the rebels a source of revenue."),
    C('CODREB', 'M23 rebels seized the town of Bunagana', d='Mon'),
    C('CODREB', 'M23 rebels seize Congolese border town of Bunagana', d='Mon', s=False, note='headline restatement'),
    A('CODREB', 'a day of fighting with the Congolese army', d='Sun', v='CODMIL'),
    A(None, 'Shells that landed in Bunagana on Sunday', d='Sun', v='CODCVL'),
    K('CODCVL', 2, 'Shells that landed in Bunagana on Sunday killed two civilians', d='Sun'),
    D('CODREF', 30000, 'About 30,000 refugees have crossed into Uganda since Sunday', q='AB', cum=True, d='rep'),
    D('CODMIL', 130, 'More than 130 Congolese soldiers also crossed the border and surrendered', q='AL', d='-', s=False, note='soldiers crossing to surrender, not a displacement of people'))

item('w29', 'news', '2025-04-14', '2025-04-11', 'Sudan', 'attack', 'Zamzam', 'North Darfur', 'El Fasher', 400, N(
    "RSF says it has taken Zamzam camp after assault that killed hundreds",
    "NAIROBI, April 14 - Sudan's paramilitary Rapid Support Forces said on Sunday they had taken control of the Zamzam displacement camp in North Darfur after a three-day assault that the United Nations said had killed more than 400 people.",
    "The RSF attacked the camp, home to around half a million people displaced by earlier fighting, from Friday morning, shelling it and then sending in fighters on motorbikes and pickups, aid groups said. Nine staff of a medical charity were among the dead, the charity said.",
    "Tens of thousands of people fled towards the town of Tawila, 60 km to the west, many of them on foot, the UN migration agency said. Others sought shelter in the besieged city of El Fasher, a few kilometres to the north, which the army still holds.",
    "The RSF said in a statement that the camp had been used as a base by army-allied militias and denied targeting civilians. It released a video of its fighters distributing food to residents.",
    "The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and driven about 13 million from their homes, creating what the UN calls the world's largest displacement crisis."),
    C('SDNREB', 'they had taken control of the Zamzam displacement camp in North Darfur', d='Sun', c='SDNREB', note='a camp named as a place'),
    A('SDNREB', 'The RSF attacked the camp', d='-', v='SDNREF', note='assault over three days: no single day'),
    K('SDNREF', 400, 'had killed more than 400 people', q='AL', a='SDNREB', c='IGOUNO', d='-', note='camp residents REF; one assault over three days'),
    K('SDNCVL', 9, 'Nine staff of a medical charity were among the dead', a='SDNREB', d='-', s=False, note='sub-count'),
    D('SDNREF', None, 'Tens of thousands of people fled towards the town of Tawila', c='IGOUNO', d='-', s=False, note='vague, no single day'),
    K('SDNCVL', None, 'has killed tens of thousands of people', cum=True, d='-', l='-', s=False, note='background'),
    D('SDNCVL', 13000000, 'driven about 13 million from their homes', q='AB', cum=True, d='-', l='-', s=False, note='war-long tally'))

item('w30', 'news', '2025-03-08', '2025-03-07', 'South Sudan', 'attack', 'Nasir', 'Upper Nile', 'Nasir', 29, N(
    "UN helicopter attacked in South Sudan; crew member and general among dead",
    "JUBA, March 8 - A UN helicopter trying to evacuate government soldiers from the town of Nasir in South Sudan's Upper Nile state came under fire on Friday, killing a crew member, a general and 27 soldiers, the UN mission and the government said.",
    "Two other crew members were badly injured. The UN mission said the helicopter was hit several times as it landed and that the evacuation had been agreed with all sides beforehand.",
    "The government blamed the White Army, an armed youth militia from the Nuer community. Earlier in the week, on Tuesday, the militia overran the army base in Nasir after days of clashes, officials said.",
    "Information Minister Michael Makuei said those responsible would be punished. Two ministers and several senior army officers allied with First Vice-President Riek Machar have been arrested since the fighting began, raising fears of a return to civil war.",
    "South Sudan's 2018 peace deal ended a five-year war in which about 400,000 people were killed. The United Nations called for restraint and for the deal to be implemented in full."),
    A('SSDREB', 'came under fire on Friday', d='Fri', v='IGOUNO', note='blamed on the White Army by the government'),
    E('IGOUNO', 'HELICOPTER', None, 'the helicopter was hit several times as it landed', a='SSDREB', d='Fri'),
    K('IGOUNO', 1, 'killing a crew member, a general and 27 soldiers', a='SSDREB', c='IGOUNO', d='Fri', note='UN crew of unstated nationality: IGOUNO'),
    K('SSDMIL', 28, 'killing a crew member, a general and 27 soldiers', a='SSDREB', c='SSDGOV', d='Fri', note='general and soldiers: one line 1 + 27'),
    W('IGOUNO', 2, 'Two other crew members were badly injured', a='SSDREB', c='IGOUNO', d='Fri'),
    C('SSDREB', 'the militia overran the army base in Nasir', d='Tue', note='the town\'s base, own day: scored'),
    T('SSDGOV', 'those responsible would be punished', d='rep', l='-', s=False, note='vague vow'),
    K('SSDCVL', 400000, 'about 400,000 people were killed', q='AB', cum=True, d='-', l='-', s=False, note='background'))

item('w31', 'news', '2020-11-29', '2020-11-28', 'Ethiopia', 'gov_regains_territory', 'Mekelle', 'Tigray', 'Mekelle', 27, N(
    "Ethiopia's Abiy says army in control of Tigray capital",
    "ADDIS ABABA, Nov 29 - Ethiopian Prime Minister Abiy Ahmed said on Saturday that federal troops had entered Mekelle and were in control of the capital of the northern Tigray region, and declared the end of the military campaign he ordered at the start of the month.",
    "The Tigray People's Liberation Front, which ran the region, said Mekelle had come under heavy bombardment on Saturday and that 27 civilians had been killed. Its leader said his forces would fight on from the mountains. Communications with the region have been cut, making claims by both sides hard to verify.",
    "A doctor at the city's main hospital said by text message that wards were full of people with shrapnel wounds and that medical supplies were running out.",
    "More than 43,000 refugees have crossed into Sudan since the fighting began, the UN refugee agency said.",
    "The African Union had sent three former presidents as envoys to Addis Ababa this week, but Abiy said he would not negotiate with the TPLF leaders, whom he described as criminals. Abiy, who won the Nobel Peace Prize last year for ending a long standoff with Eritrea, has called the campaign a law-enforcement operation."),
    C('ETHMIL', 'federal troops had entered Mekelle', d='Sat', c='ETHGOV'),
    O('ETHMIL', 'the military campaign he ordered at the start of the month', d='-', l='Tigray', s=False, note='background'),
    A('ETHMIL', 'Mekelle had come under heavy bombardment on Saturday', d='Sat', c='ETHREB', v='ETHCVL'),
    K('ETHCVL', 27, '27 civilians had been killed', a='ETHMIL', c='ETHREB', d='Sat'),
    W('ETHCVL', None, 'wards were full of people with shrapnel wounds', d='Sat', s=False, note='vague, no stated day'),
    D('ETHREF', 43000, 'More than 43,000 refugees have crossed into Sudan since the fighting began', q='AL', cum=True, c='IGOUNO', d='rep', l='-'))

item('w32', 'news', '2019-07-13', '2019-07-12', 'Somalia', 'attack', 'Kismayo', 'Jubaland', 'Kismayo', 30, N(
    "Al Shabaab hotel siege in Kismayo kills 26, including journalists",
    "KISMAYO, Somalia, July 13 - At least 26 people, among them a prominent journalist and several foreigners, were killed when al Shabaab militants attacked a hotel in the southern port city of Kismayo on Friday evening, the regional president said on Saturday.",
    "A suicide bomber rammed a car packed with explosives into the gate of the Asasey hotel, where politicians and elders were meeting ahead of regional elections, and gunmen then stormed the building. Security forces ended the siege on Saturday morning after about 12 hours. All four gunmen were shot dead, police said.",
    "The dead included three Kenyans, three Tanzanians, two Americans, a Briton and a Canadian, the regional president said. At least 56 people were wounded.",
    "Al Shabaab claimed the attack on its radio station.",
    "The militants were driven out of Kismayo by Kenyan and Somali forces in 2012 but still control large rural areas of southern Somalia and regularly carry out bombings in towns and cities. The journalist, a Somali-Canadian who ran a television station, had returned from Canada to report on her country."),
    A('SOMREB', 'al Shabaab militants attacked a hotel in the southern port city of Kismayo on Friday evening', d='Fri', c='SOMREB', v='SOMCVL'),
    K('SOMCVL', 26, 'At least 26 people, among them a prominent journalist and several foreigners, were killed', q='AL', a='SOMREB', c='SOMGOV', d='Fri'),
    K('SOMCVL', 26, 'kills 26', d='Fri', s=False, note='headline restatement'),
    K('SOMREB', 4, 'All four gunmen were shot dead', a='SOMMIL', c='SOMMIL', d='Fri', note='siege overnight into Saturday: dated to the attack'),
    K('SOMREB', 1, 'A suicide bomber rammed a car packed with explosives into the gate', d='Fri', s=False, note="the bomber's death is implied, not stated"),
    K('KENCVL', 3, 'three Kenyans', d='Fri', s=False, note='sub-count by nationality'),
    K('TZACVL', 3, 'three Tanzanians', d='Fri', s=False, note='sub-count by nationality'),
    K('USACVL', 2, 'two Americans', d='Fri', s=False, note='sub-count by nationality'),
    K('GBRCVL', 1, 'a Briton and a Canadian', d='Fri', s=False, note='sub-count by nationality'),
    K('CANCVL', 1, 'a Briton and a Canadian', d='Fri', s=False, note='sub-count by nationality'),
    W('SOMCVL', 56, 'At least 56 people were wounded', q='AL', a='SOMREB', c='SOMGOV', d='Fri'),
    C('SOMMIL', 'The militants were driven out of Kismayo by Kenyan and Somali forces in 2012', d='-', s=False, note='background'))

item('w33', 'news', '2023-06-18', '2023-06-16', 'Uganda', 'attack', 'Mpondwe', 'Western', 'Kasese', 42, N(
    "Rebels kill 42 in attack on Ugandan school near Congo border",
    "KASESE, Uganda, June 18 - Rebels of the Allied Democratic Forces, a group based in neighbouring Congo, attacked a secondary school in the border town of Mpondwe late on Friday, killing 42 people, 37 of them students, Ugandan police said on Sunday.",
    "The attackers set fire to a boys' dormitory and hacked or shot students as they tried to escape, police said. Girls were attacked with machetes in their own dormitory. The first toll given on Saturday was 41.",
    "Six students were abducted and taken across the border towards Virunga National Park, the army said. It said it was pursuing the attackers with air support and had asked Congolese authorities for permission to follow them.",
    "\"We found the bodies burnt beyond recognition, and we had to use DNA to identify some,\" a district official said. The school's guard was among the dead.",
    "The ADF, which has pledged allegiance to Islamic State, began as a Ugandan rebel group in the 1990s before moving into eastern Congo. Uganda and Congo launched joint operations against it in late 2021. President Yoweri Museveni said the attack was a desperate act and ordered more troops to the border area."),
    A('CODREB', 'attacked a secondary school in the border town of Mpondwe late on Friday', d='Fri', v='UGACVL', note='the text makes the ADF a Congo-based group'),
    K('UGACVL', 42, 'killing 42 people, 37 of them students', a='CODREB', c='UGAMIL', d='Fri'),
    K('UGACVL', 37, '37 of them students', a='CODREB', c='UGAMIL', d='Fri', s=False, note='sub-count'),
    K('UGACVL', 42, 'Rebels kill 42', d='Fri', s=False, note='headline restatement'),
    K('UGACVL', 41, 'The first toll given on Saturday was 41', d='Fri', s=False, note='superseded figure'),
    K('UGACVL', 1, "The school's guard was among the dead", d='Fri', s=False, note='sub-count'),
    O('UGAMIL', 'Uganda and Congo launched joint operations against it in late 2021', d='-', l='-', s=False, note='background'),
    DP('UGAMIL', 'ordered more troops to the border area', d='-', l='-', s=False, note='ordered, no day of arrival'))

item('w34', 'news', '2024-05-13', '2024-05-10', 'Mozambique', 'armed_clash', 'Macomia', 'Cabo Delgado', 'Macomia', 23, N(
    "Insurgents raid Mozambique's Macomia, loot food before pulling out",
    "PEMBA, Mozambique, May 13 - Hundreds of Islamist insurgents stormed the town of Macomia in Mozambique's northern Cabo Delgado province on Friday, fighting soldiers in the streets and looting food warehouses before withdrawing on Saturday, residents and officials said.",
    "The defence ministry said three soldiers and 20 insurgents were killed in the fighting on Friday. A woman was wounded by a stray bullet in the market, a health worker said.",
    "Thousands of residents fled into the bush on Friday as the fighters entered the town from three directions, some carrying their children on their backs for hours. Many had returned by Sunday to find shops emptied and several homes burnt.",
    "The insurgents, who call themselves Islamic State Mozambique, filmed themselves preaching in a mosque and handing out rice, in an effort to win over the local population, analysts said.",
    "Troops from Rwanda and a regional force helped Mozambique push back the insurgency in 2021, but attacks have increased again this year as the regional force prepares to leave. The conflict has displaced about 1 million people since 2017 and delayed a multibillion-dollar gas project."),
    A('MOZREB', 'Hundreds of Islamist insurgents stormed the town of Macomia', d='Fri', v='MOZMIL'),
    A('MOZREB', 'fighting soldiers in the streets', d='Fri', v='MOZMIL', s=False, note='the same assault'),
    K('MOZMIL', 3, 'three soldiers and 20 insurgents were killed', c='MOZGOV', d='Fri'),
    K('MOZREB', 20, 'three soldiers and 20 insurgents were killed', c='MOZGOV', d='Fri'),
    W('MOZCVL', 1, 'A woman was wounded by a stray bullet in the market', d='Fri'),
    D('MOZCVL', None, 'Thousands of residents fled into the bush on Friday', d='Fri'),
    D('MOZCVL', 1000000, 'The conflict has displaced about 1 million people since 2017', q='AB', cum=True, d='-', l='-', s=False, note='background'))
