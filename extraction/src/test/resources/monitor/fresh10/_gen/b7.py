"""News articles, part 5: other conflicts (1 with no event)."""
from lib import *

ITEMS = [
it('c34', '2021-03-29', 'Wed', 'Mozambique', 'nonstate_takes_territory', 'Palma', 'Cabo Delgado', 'Palma', 0, 'news',
"""Islamic State claims Mozambique's Palma after days of fighting

MAPUTO, March 29 - Islamic State said on Monday that its fighters had seized the town of Palma in northern Mozambique, five days after insurgents launched a three-pronged attack on the town, next to a gas project worth $20 billion.

Government spokesman Omar Saranga said on Sunday that "dozens" of people had been killed, among them seven whose convoy was ambushed on Friday as they tried to leave a hotel where scores of local and foreign workers had sheltered. He did not say how many of the dead were soldiers.

Insurgents attacked the town on Wednesday afternoon, hours after the government and the energy company announced that work on the gas project would resume.

The United Nations said more than 8,000 people had arrived in the provincial capital Pemba and other towns by boat and on foot since the attack, and that thousands more were believed to be hiding in the bush.

Security forces said they were "working to restore order" in Palma. Communication with the town has been cut since Wednesday, making it difficult to verify claims.

The insurgency in Cabo Delgado province has killed more than 2,600 people since 2017, according to a conflict monitoring group.""",
 [C('MOZREB', 'its fighters had seized the town of Palma', by='MOZREB', d='rep'),
  C('MOZREB', "Islamic State claims Mozambique's Palma", by='MOZREB', d='rep', sc=False, note='headline restatement'),
  A('MOZREB', 'insurgents launched a three-pronged attack on the town', d='Wed'),
  K('MOZCVL', None, '"dozens" of people had been killed', by='MOZGOV', d=None, note='vague toll over several days; people: CVL'),
  K('MOZCVL', 7, 'among them seven whose convoy was ambushed on Friday', by='MOZGOV', d='Fri', sc=False, note='sub-count of the dozens'),
  A('MOZREB', 'whose convoy was ambushed on Friday', d='Fri', note='the insurgents\' ambush within the Palma attack'),
  A('MOZREB', 'Insurgents attacked the town on Wednesday afternoon', d='Wed', sc=False, note='restatement'),
  D('MOZCVL', 8000, 'more than 8,000 people had arrived in the provincial capital Pemba', q='AL', cum=True, by='IGOUNO', d='rep'),
  D('MOZCVL', None, 'thousands more were believed to be hiding in the bush', d='rep', sc=False, note='vague, restates the flight'),
  K('MOZCVL', 2600, 'has killed more than 2,600 people since 2017', q='AL', loc='Cabo Delgado', cum=True, d='rep', sc=False, note='background')]),

it('c35', '2020-08-03', 'Sun', 'Cameroon', 'remote_explosive_ied', 'Nguetechewe', 'Far North', 'Mayo-Tsanaga', 16, 'news',
"""Suicide bomber kills 16 at displaced camp in Cameroon's Far North

YAOUNDE, Aug 3 - A suicide bomber killed 16 people and wounded seven others at a camp for displaced people in the village of Nguetechewe in Cameroon's Far North region late on Sunday, the local mayor said.

The attacker, believed to be a member of the Boko Haram jihadist group, detonated explosives while people were asleep in their shelters, the mayor said. Several of the victims were children.

The camp houses about 800 people who had fled earlier raids on villages closer to the border with Nigeria.

Boko Haram and its offshoot, Islamic State West Africa Province, have stepped up attacks in the Far North this year, according to the International Crisis Group. The army has reinforced its positions along the border, but residents say many villages are left unprotected at night.

"We came here to be safe, and now death has followed us," said one resident of the camp, who lost two nephews.

The Far North has been hit repeatedly since 2014 by the jihadists, whose insurgency began in north-eastern Nigeria in 2009 and has spread to neighbouring countries.""",
 [K('CMRREF', 16, 'Suicide bomber kills 16 at displaced camp', sc=False, note='headline restatement'),
  A('NGAREB', 'A suicide bomber killed 16 people and wounded seven others', note='"believed to be" Boko Haram: suspected with the group named; Boko Haram in Cameroon NGAREB'),
  K('CMRREF', 16, 'killed 16 people', by='CMRGOV', note='people of a displacement camp: REF'),
  W('CMRREF', 7, 'wounded seven others', by='CMRGOV'),
  K('NGAREB', 1, 'detonated explosives while people were asleep', sc=False, note='bomber\'s death implied'),
  K('CMRREF', 2, 'who lost two nephews', sc=False, note='sub-count'),
  D('CMRCVL', 800, 'about 800 people who had fled earlier raids', q='AB', d=None, sc=False, note='background'),
  A('NGAREB', 'have stepped up attacks in the Far North this year', loc='Far North', d=None, sc=False, note='background')]),

it('c36', '2020-01-14', 'Thu', 'Niger', 'attack', 'Chinegodar', 'Tillaberi', 'Ouallam', 166, 'news',
"""Niger raises toll from Chinegodar base attack to 89 soldiers

NIAMEY, Jan 14 - Eighty-nine soldiers were killed in an attack by jihadists on an army camp at Chinegodar in western Niger last Thursday, the government said on Monday, more than tripling its earlier toll of 25.

In a statement read on state television, government spokesman Zakaria Abdourahamane said 77 attackers had also been killed. Islamic State's West Africa branch claimed the attack, which began with shelling and was followed by waves of fighters on motorcycles and suicide vehicle bombs.

The base lies near the border with Mali, in the Tillaberi region, where jihadist groups have exploited weak state control.

The attack was the deadliest on Niger's army since a raid on the Inates camp a month earlier, in which 71 soldiers died. After Inates, President Mahamadou Issoufou replaced the army's chief of staff.

France, which has about 4,500 troops in the Sahel, has said it will send 220 more soldiers to the region, mainly to the border area of Mali, Niger and Burkina Faso. Leaders of the five Sahel states met French President Emmanuel Macron in the southern French town of Pau on Monday and agreed to step up joint operations.""",
 [K('NERMIL', 89, 'Eighty-nine soldiers were killed in an attack by jihadists on an army camp at Chinegodar', by='NERGOV', note='updated toll'),
  K('NERMIL', 89, 'Niger raises toll from Chinegodar base attack to 89 soldiers', sc=False, note='headline restatement'),
  A('NERREB', 'an attack by jihadists on an army camp at Chinegodar', by='NERREB', note='IS West Africa claimed'),
  K('NERMIL', 25, 'its earlier toll of 25', by='NERGOV', sc=False, note='superseded'),
  K('NERREB', 77, '77 attackers had also been killed', by='NERGOV'),
  K('NERMIL', 71, 'a raid on the Inates camp a month earlier, in which 71 soldiers died', loc='Inates', d=None, sc=False, note='background'),
  P('FRAMIL', 'it will send 220 more soldiers to the region', loc=None, d=None, sc=False, note='promised'),
  TK('FRAGOV', 'Leaders of the five Sahel states met French President Emmanuel Macron in the southern French town of Pau on Monday', loc='Pau', d='Mon', note='host party')]),

it('c37', '2019-02-15', 'Thu', 'India', 'remote_explosive_ied', 'Lethpora', 'Jammu and Kashmir', 'Pulwama', 40, 'news',
"""Suicide car bomb kills 40 paramilitary troopers in Kashmir

SRINAGAR, Feb 15 - A suicide bomber rammed a car packed with explosives into a bus carrying paramilitary troopers on the Jammu-Srinagar highway at Lethpora in Kashmir's Pulwama district on Thursday, killing at least 40 of them, officials said, in the deadliest attack on Indian forces in the region in decades.

The bus was part of a convoy of 78 vehicles carrying about 2,500 members of the Central Reserve Police Force. At least five other troopers were injured, some of them critically.

The Pakistan-based militant group Jaish-e-Mohammed claimed responsibility and released a video of the bomber, a young man from Pulwama.

Prime Minister Narendra Modi said the security forces had been given "full freedom" to respond and that those behind the attack would receive "a befitting reply". India withdrew trade privileges granted to Pakistan, which denied any role.

Curfew was imposed in parts of Jammu city on Friday after protests over the attack turned violent. The highway, the main road link between the Kashmir valley and the rest of India, was closed to civilian traffic for several days, and security was tightened along the Line of Control.""",
 [A('INDREB', 'A suicide bomber rammed a car packed with explosives into a bus carrying paramilitary troopers', by='INDREB', note='JeM claimed; Kashmir militants INDREB (noted)'),
  K('INDMIL', 40, 'killing at least 40 of them', q='AL', actor='INDREB', note='CRPF: MIL'),
  K('INDMIL', 40, 'Suicide car bomb kills 40 paramilitary troopers', sc=False, note='headline restatement'),
  W('INDMIL', 5, 'At least five other troopers were injured', q='AL'),
  E('INDMIL', 'VEHICLE', None, 'a bus carrying paramilitary troopers', sc=False, note='troop bus'),
  K('INDREB', 1, 'A suicide bomber rammed a car', sc=False, note='bomber\'s death implied'),
  T('INDGOV', 'those behind the attack would receive "a befitting reply"', loc=None)]),

it('c38', '2023-12-04', 'Sun', 'Philippines', 'remote_explosive_ied', 'Marawi', 'Lanao del Sur', 'Marawi', 15, 'news',
"""Bomb at Catholic Mass in Marawi university gym kills four

MANILA, Dec 4 - A bomb exploded during a Catholic Mass in a gymnasium at Mindanao State University in the southern Philippine city of Marawi on Sunday morning, killing four people and wounding about 50, officials said.

Islamic State claimed the bombing in a statement on Monday. President Ferdinand Marcos blamed "foreign terrorists" and said the attackers would be found.

The military said the attack might have been retaliation for an operation on Friday in Datu Hoffer, Maguindanao del Sur province, in which troops killed 11 members of the pro-IS Dawlah Islamiyah group, including a local leader.

Students and teachers were singing when the device went off near the stands, witnesses said. Classes were suspended for the rest of the week, and security was tightened at churches across Mindanao.

Marawi was the scene of a five-month battle in 2017 between troops and militants who had pledged allegiance to Islamic State, which left much of the city in ruins. Reconstruction of the city centre is still incomplete, and thousands of residents have yet to return to their homes more than six years later.""",
 [A('PHLREB', 'A bomb exploded during a Catholic Mass in a gymnasium at Mindanao State University', by='PHLREB', note='IS claimed'),
  K('PHLCVL', 4, 'killing four people'),
  K('PHLCVL', 4, 'Bomb at Catholic Mass in Marawi university gym kills four', sc=False, note='headline restatement'),
  W('PHLCVL', 50, 'wounding about 50', q='AB'),
  A('PHLMIL', 'an operation on Friday in Datu Hoffer', loc='Datu Hoffer', d='Fri'),
  K('PHLREB', 11, 'troops killed 11 members of the pro-IS Dawlah Islamiyah group', by='PHLMIL', actor='PHLMIL', loc='Datu Hoffer', d='Fri'),
  A('PHLMIL', 'a five-month battle in 2017', loc='Marawi', d=None, sc=False, note='background'),
  D('PHLCVL', None, 'thousands of residents have yet to return to their homes', loc='Marawi', d=None, sc=False, note='background')]),

it('c39', '2024-10-04', 'Thu', 'Haiti', 'attack', 'Pont-Sonde', 'Artibonite', 'Saint-Marc', 70, 'news',
"""Gang attack on Haitian town kills at least 70, UN says

GENEVA, Oct 4 - Members of the Gran Grif gang attacked the town of Pont-Sonde in Haiti's Artibonite region early on Thursday, killing at least 70 people, including 10 women and three infants, the U.N. human rights office said on Friday.

Sixteen people were seriously injured, and the gunmen set fire to at least 45 houses and 34 vehicles, the office said. The International Organization for Migration said more than 6,270 people had fled the town.

Survivors said the gunmen went door to door, shooting residents and throwing some into the river. Police sent reinforcements but arrived hours after the attackers left.

The gang's leader said in a video that the attack was revenge against residents who had supported a self-defence group.

The Artibonite, Haiti's main rice-growing region, has been hit by repeated gang attacks as groups based in the capital expand into rural areas. A Kenyan-led security mission has been deployed since June, but has fewer than half of the 2,500 officers planned. Aid agencies said they were struggling to feed people who had fled the town, many of whom were sleeping in schools and churches in neighbouring Saint-Marc.""",
 [A('HTIREB', 'Members of the Gran Grif gang attacked the town of Pont-Sonde'),
  K('HTICVL', 70, 'killing at least 70 people', q='AL', by='IGOUNO', actor='HTIREB'),
  K('HTICVL', 70, 'Gang attack on Haitian town kills at least 70', q='AL', sc=False, note='headline restatement'),
  K('HTICVL', 13, 'including 10 women and three infants', sc=False, note='sub-count'),
  W('HTICVL', 16, 'Sixteen people were seriously injured', by='IGOUNO', actor='HTIREB'),
  D('HTICVL', 6270, 'more than 6,270 people had fled the town', q='AL', by='IGOUNO'),
  D('HTICVL', None, 'people who had fled the town, many of whom were sleeping in schools', sc=False, note='restatement'),
  P('HTIMIL', 'Police sent reinforcements', note='same day, after the attack'),
  P('KENMIL', 'A Kenyan-led security mission has been deployed since June', loc=None, d=None, sc=False, note='background')]),

it('c40', '2023-09-21', 'Tue', 'Azerbaijan', 'armed_clash', 'Nagorno-Karabakh', '', '', 205, 'news',
"""Karabakh separatists agree to disarm after Azerbaijani offensive

BAKU, Sept 21 - Ethnic Armenian separatists in Nagorno-Karabakh agreed to lay down their arms on Wednesday, a day after Azerbaijan launched what it called "anti-terrorist measures" to take control of the breakaway region.

Karabakh's human rights ombudsman said at least 200 people had been killed in the fighting, among them 10 civilians, and more than 400 wounded. Azerbaijan did not give figures for its own losses.

Azerbaijan's defence ministry said its forces had captured more than 60 military positions and destroyed dozens of pieces of military equipment within 24 hours.

Five Russian peacekeepers, including a deputy commander, were killed when their car came under fire near the village of Janyatag on Wednesday. Azerbaijan's president apologised to Vladimir Putin for the deaths.

Thousands of residents gathered at the airport in Stepanakert, seeking the protection of the peacekeepers.

Representatives of the ethnic Armenians and the Azerbaijani government are due to meet on Thursday in the town of Yevlakh to discuss the region's "reintegration". Armenia's prime minister said his country had not been involved in drafting the agreement and faced calls from protesters in Yerevan to resign.""",
 [O('AZEMIL', 'Azerbaijan launched what it called "anti-terrorist measures"', loc='Nagorno-Karabakh'),
  O('AZEMIL', 'Azerbaijani offensive', d=None, sc=False, note='headline restatement'),
  TK('ARMGOV', 'agreed to lay down their arms on Wednesday', d='Wed', sc=False, note='a ceasefire agreed, no meeting stated'),
  K('ARMCVL', 200, 'at least 200 people had been killed in the fighting', q='AL', by='ARMGOV', d=None, note='Karabakh ombudsman: ARMGOV; mixed people: CVL; two days'),
  K('ARMCVL', 10, 'among them 10 civilians', d=None, sc=False, note='sub-count'),
  W('ARMCVL', 400, 'more than 400 wounded', q='AL', by='ARMGOV', d=None),
  C('AZEMIL', 'its forces had captured more than 60 military positions', n=60, q='AL', by='AZEGOV', d='Wed', note='within 24 hours of Tuesday\'s launch: Wednesday'),
  E('ARMMIL', 'OTHER', None, 'destroyed dozens of pieces of military equipment', by='AZEGOV', d='Wed', note='Karabakh forces: ARMMIL (ARMREB defensible)'),
  K('RUSMIL', 5, 'Five Russian peacekeepers, including a deputy commander, were killed', loc='Janyatag', d='Wed', actor='AZEMIL', note='Azerbaijan apologised: its forces'),
  A('AZEMIL', 'their car came under fire near the village of Janyatag', loc='Janyatag', d='Wed'),
  D('ARMCVL', None, 'Thousands of residents gathered at the airport in Stepanakert', loc='Stepanakert', d=None, note='fled to the peacekeepers; vague'),
  TK('AZEGOV', 'are due to meet on Thursday in the town of Yevlakh', loc='Yevlakh', d=None, sc=False, note='future meeting')]),

it('c41', '2024-01-04', 'Wed', 'Iran', 'remote_explosive_ied', 'Kerman', 'Kerman', 'Kerman', 84, 'news',
"""Iran revises down Kerman blast toll to 84 as Islamic State claims attack

DUBAI, Jan 4 - Two bombs that exploded near the tomb of General Qassem Soleimani in the Iranian city of Kerman during a memorial ceremony on Wednesday killed 84 people, Iran's interior minister said on Thursday, revising down an earlier figure of 103.

The minister said some victims had been counted twice. At least 284 people were wounded.

Islamic State claimed responsibility on Thursday, saying two of its members had detonated explosive belts among the crowd. Iranian officials had earlier blamed Israel and the United States, which denied any role.

The explosions went off about 15 minutes apart on the road leading to the cemetery, where thousands had gathered to mark the fourth anniversary of Soleimani's killing in a U.S. drone strike in Baghdad.

President Ebrahim Raisi said the perpetrators would face a "harsh response". Iran declared a day of national mourning.

The Kerman attack was the deadliest in Iran since the 1979 revolution. Islamic State has carried out several attacks in Iran in recent years, including on a Shi'ite shrine in the city of Shiraz in 2022, and the authorities have announced the arrest of suspects in several provinces.""",
 [K('IRNCVL', 84, 'killed 84 people', by='IRNGOV', note='revised-down toll'),
  K('IRNCVL', 84, 'Iran revises down Kerman blast toll to 84', sc=False, note='headline restatement'),
  K('IRNCVL', 103, 'an earlier figure of 103', by='IRNGOV', sc=False, note='superseded'),
  A('IRNREB', 'Two bombs that exploded near the tomb of General Qassem Soleimani', by='IRNREB', note='IS claimed; REB of the country struck'),
  W('IRNCVL', 284, 'At least 284 people were wounded', q='AL', by='IRNGOV'),
  K('IRNREB', 2, 'two of its members had detonated explosive belts among the crowd', by='IRNREB', sc=False, note='bombers\' deaths implied'),
  K('IRNMIL', 1, "Soleimani's killing in a U.S. drone strike in Baghdad", loc='Baghdad', d=None, sc=False, note='background'),
  T('IRNGOV', 'the perpetrators would face a "harsh response"', loc=None, d='rep', note='no day for the remark: report day')]),

it('c42', '2024-10-24', 'Wed', 'Turkey', 'attack', 'Kahramankazan', 'Ankara', 'Kahramankazan', 7, 'news',
"""Attack on Turkish aerospace firm kills five; Ankara strikes PKK targets

ANKARA, Oct 24 - Two attackers armed with rifles and explosives stormed the headquarters of state-owned Turkish Aerospace Industries (TUSAS) in Kahramankazan, north of Ankara, on Wednesday afternoon, killing five people and wounding 22, officials said.

Interior Minister Ali Yerlikaya said both attackers, a man and a woman, were killed by security forces, and that they had been identified as members of the Kurdistan Workers Party (PKK). Footage showed one of them walking through the car park with a rifle after a taxi exploded near the gate.

Hours later, Turkish warplanes struck 32 PKK targets in northern Iraq and Syria, the defence ministry said.

The victims were four employees of the company and a taxi driver whose car the attackers had seized, officials said.

The attack came on the day a senior Turkish nationalist politician had suggested that the PKK's jailed leader could be allowed to address parliament if the group laid down its arms. Flights at Ankara's airport were not affected, but access to several state institutions was restricted for the rest of the day, and a broadcast ban on images of the attack was imposed.""",
 [A(None, 'Two attackers armed with rifles and explosives stormed the headquarters', note='identified by the minister as PKK: no claim in the text'),
  K('TURCVL', 5, 'killing five people', by='TURGOV'),
  K('TURCVL', 5, 'Attack on Turkish aerospace firm kills five', sc=False, note='headline restatement'),
  W('TURCVL', 22, 'wounding 22', by='TURGOV'),
  K('TURREB', 2, 'both attackers, a man and a woman, were killed by security forces', by='TURGOV', actor='TURMIL'),
  A('TURMIL', 'Turkish warplanes struck 32 PKK targets in northern Iraq and Syria', n=32, by='TURGOV', loc=None),
  K('TURCVL', 5, 'The victims were four employees of the company and a taxi driver', sc=False, note='restatement of the five')]),

it('c43', '2024-10-29', 'Sun', 'Chad', 'attack', 'Barkaram', 'Lac', '', 40, 'news',
"""Chad's president orders offensive after Boko Haram kills 40 soldiers

N'DJAMENA, Oct 29 - Boko Haram fighters attacked a military base on the island of Barkaram in Chad's Lac province late on Sunday, killing about 40 soldiers, the presidency said.

President Mahamat Idriss Deby travelled to the area on Monday and announced an operation to hunt down the attackers "wherever they are", saying he would personally lead it. Soldiers began searching the islands and marshes of Lake Chad the same day.

The presidency did not say how many attackers were killed. A local official said the base had been overrun for several hours before reinforcements arrived by boat.

The Lake Chad basin, shared by Chad, Nigeria, Niger and Cameroon, has been a stronghold of Boko Haram and its rival Islamic State West Africa Province for more than a decade.

Chad has threatened several times to leave the regional force fighting the jihadists, saying its partners do not share the burden. In March 2020, about 100 Chadian soldiers were killed in a single attack in the same area. The army then launched a large campaign that it said had driven the militants from the Chadian side of the lake, but attacks resumed within months.""",
 [A('NGAREB', 'Boko Haram fighters attacked a military base on the island of Barkaram', note='Boko Haram in Chad: NGAREB'),
  K('TCDMIL', 40, 'killing about 40 soldiers', q='AB', by='TCDGOV', actor='NGAREB'),
  K('TCDMIL', 40, 'Boko Haram kills 40 soldiers', sc=False, note='headline restatement'),
  O('TCDMIL', 'announced an operation to hunt down the attackers', loc=None, d='Mon'),
  T('TCDGOV', 'hunt down the attackers "wherever they are"', loc=None, d='Mon'),
  C('NGAREB', 'the base had been overrun for several hours', sc=False, note='a base held for hours'),
  K('TCDMIL', 100, 'about 100 Chadian soldiers were killed in a single attack', q='AB', loc=None, d=None, sc=False, note='background'),
  O('TCDMIL', 'The army then launched a large campaign', loc=None, d=None, sc=False, note='background launch')]),

it('c44', '2025-01-10', 'Wed', 'Benin', 'attack', 'Karimama', 'Alibori', 'Karimama', 68, 'news',
"""Benin says 28 soldiers killed in jihadist attack near Niger border

COTONOU, Jan 10 - Jihadists attacked an army position in the Karimama area of northern Benin, near the borders with Niger and Burkina Faso, on Wednesday, killing 28 soldiers, the army chief of staff said on Thursday.

He said 40 assailants had been "neutralised" in the fighting. The al Qaeda-linked group JNIM claimed the attack and said it had killed 30 soldiers and seized weapons and vehicles.

The attack was the deadliest on Benin's army since it began facing jihadist incursions from the Sahel in 2021. The government has deployed about 3,000 troops to its northern border areas under an operation known as Mirador.

Officials in the north said several families had left villages near the W National Park, where the militants have bases, for the town of Malanville since the attack.

Benin's relations with Niger's military government have been strained since the 2023 coup in Niamey, complicating cooperation along the border. Analysts say the militants use the parks straddling the three countries to rest, recruit and smuggle fuel and weapons, and that attacks on Beninese posts have grown more frequent and more deadly over the past year.""",
 [A('BENREB', 'Jihadists attacked an army position in the Karimama area', note='JNIM claimed; REB of the country struck'),
  K('BENMIL', 28, 'killing 28 soldiers', by='BENMIL'),
  K('BENMIL', 28, 'Benin says 28 soldiers killed', sc=False, note='headline restatement'),
  K('BENREB', 40, '40 assailants had been "neutralised"', by='BENMIL', actor='BENMIL'),
  K('BENMIL', 30, 'it had killed 30 soldiers', by='BENREB', sc=False, note='competing claim, stated second'),
  P('BENMIL', 'The government has deployed about 3,000 troops', loc=None, d=None, sc=False, note='background'),
  D('BENCVL', None, 'several families had left villages near the W National Park', loc='Malanville', d=None, note='vague; place of arrival the only town named')]),

it('c45', '2024-02-07', 'Tue', 'Thailand', 'protest_or_statement', 'Kuala Lumpur', '', '', 0, 'news',
"""Thai government, southern rebels agree on plan to reduce violence

Kuala Lumpur, Feb 7 - Negotiators for Thailand's government and the Barisan Revolusi Nasional (BRN), the main rebel group in the country's Muslim-majority south, agreed on a plan to reduce violence and hold public consultations, Malaysia's facilitator said after two days of talks that ended on Tuesday.

The plan, which still needs approval from both sides' leaders, could lead to a ceasefire during the holy month of Ramadan, he said.

The head of the Thai delegation, Chatchai Bangchuad, said the talks had been "constructive" and that the two sides would meet again in April.

More than 7,000 people have been killed in the insurgency in the provinces of Pattani, Yala and Narathiwat since 2004, according to the monitoring group Deep South Watch.

Residents of the region, which was an independent sultanate until annexed by Thailand in the early 20th century, have long complained of discrimination. Bombings and shootings have declined in recent years but continue almost weekly.

Previous rounds of talks, facilitated by Malaysia since 2013, have repeatedly stalled over the question of autonomy and the role of other armed groups that are not represented at the table.""",
 [TK('THAGOV', 'two days of talks that ended on Tuesday', d='Tue', sc=False, note='talks in Malaysia; no-event item'),
  K('THACVL', 7000, 'More than 7,000 people have been killed in the insurgency', q='AL', loc=None, cum=True, d='rep', sc=False, note='background tally')], noevent=True),
]
