"""News articles, part 3: other conflicts."""
from lib import *

ITEMS = [
it('c10', '2019-09-01', 'Sat', 'Afghanistan', 'attack', 'Kunduz', 'Kunduz', 'Kunduz', 72, 'news',
"""Taliban assault Kunduz city as U.S. talks near a deal

KUNDUZ, Afghanistan, Sept. 1 - Taliban fighters launched a pre-dawn attack on the northern city of Kunduz on Saturday, reaching the main square and setting fire to shops before Afghan forces, backed by U.S. air strikes, pushed them back to the outskirts, officials said.

The defence ministry said on Sunday that 56 insurgents had been killed since the fighting began. A provincial council member said at least 10 members of the security forces and three civilians had died, and 85 people had been treated at the city's hospitals.

On Sunday morning a suicide bomber drove a car packed with explosives into the gate of the provincial police headquarters, killing three policemen, a police spokesman said. The Taliban claimed both attacks.

The fighting came as U.S. envoy Zalmay Khalilzad said in Doha that Washington and the Taliban were "at the threshold" of an agreement after nine rounds of talks.

Residents said hundreds of families had fled to the city's airport, which is guarded by Afghan special forces, and to neighbouring Takhar province. "We could hear shooting from every side," said Abdul Basir, a shopkeeper.

The Taliban briefly captured Kunduz in 2015 and again pushed into the city in 2016.""",
 [A('AFGREB', 'Taliban fighters launched a pre-dawn attack on the northern city of Kunduz on Saturday', by='AFGREB'),
  A('AFGREB', 'Taliban assault Kunduz city', sc=False, note='headline restatement'),
  A('USAMIL', 'backed by U.S. air strikes', note='U.S. forces: USAMIL'),
  K('AFGREB', 56, '56 insurgents had been killed since the fighting began', by='AFGGOV', d=None, note='one two-day episode, not a tally of several incidents'),
  K('AFGMIL', 10, 'at least 10 members of the security forces', q='AL', by='AFGGOV', d=None),
  K('AFGCVL', 3, 'three civilians had died', q='AL', by='AFGGOV', d=None, note='"at least" governs both figures'),
  W('AFGCVL', 85, '85 people had been treated at the city\'s hospitals', by='AFGGOV', d=None, note='mixed people: CVL'),
  A('AFGREB', 'a suicide bomber drove a car packed with explosives into the gate of the provincial police headquarters', by='AFGREB', d='Sun'),
  K('AFGMIL', 3, 'killing three policemen', d='Sun', by='AFGMIL'),
  K('AFGREB', 1, 'a suicide bomber drove a car packed with explosives', d='Sun', sc=False, note='bomber\'s death implied'),
  TK('USAGOV', 'after nine rounds of talks', loc='Doha', d=None, sc=False, note='background talks'),
  D('AFGCVL', None, 'hundreds of families had fled to the city\'s airport', d=None, note='families: no count'),
  C('AFGREB', 'The Taliban briefly captured Kunduz in 2015', d=None, sc=False, note='background')]),

it('c11', '2021-10-16', 'Fri', 'Afghanistan', 'remote_explosive_ied', 'Kandahar', 'Kandahar', 'Kandahar', 41, 'news',
"""IS claims bombing of Shi'ite mosque in Kandahar

KANDAHAR, Oct 16 - Suicide bombers attacked a Shi'ite mosque in the southern Afghan city of Kandahar during Friday prayers, killing at least 41 worshippers and wounding 70, a Taliban official said, a week after a similar attack in the north.

Islamic State's regional affiliate said in a statement that two of its members had carried out the attack, one detonating his explosives at the entrance and the other inside the prayer hall.

A doctor at the city's main hospital said 47 bodies had been brought in. Witnesses said guards at the gate had tried to stop the first bomber.

The Taliban, who took power in August, promised to hunt down those responsible. "We will not allow these people to spill the blood of our people," a spokesman for the Taliban's interior ministry said.

The attack was the second in as many weeks on Afghanistan's Shi'ite minority. Islamic State has also been blamed for a string of bombings targeting Taliban fighters in the eastern city of Jalalabad.

Shi'ite leaders urged the new government to provide better security at mosques, some of which have begun to search worshippers at the door.""",
 [A('AFGREB', 'Suicide bombers attacked a Shi\'ite mosque in the southern Afghan city of Kandahar', by='AFGREB', note='IS-K: AFGREB'),
  A('AFGREB', 'IS claims bombing of Shi\'ite mosque in Kandahar', by='AFGREB', sc=False, note='headline restatement'),
  K('AFGCVL', 41, 'killing at least 41 worshippers', q='AL', by='AFGGOV'),
  W('AFGCVL', 70, 'wounding 70', by='AFGGOV'),
  K('AFGCVL', 47, '47 bodies had been brought in', sc=False, note='competing figure, stated second'),
  K('AFGREB', 2, 'one detonating his explosives at the entrance and the other inside the prayer hall', sc=False, note='bombers\' deaths implied'),
  T('AFGGOV', 'promised to hunt down those responsible', loc=None, d='rep', note='no day for the promise: report day'),
  A('AFGREB', 'a week after a similar attack in the north', loc=None, d=None, sc=False, note='background'),
  A('AFGREB', 'a string of bombings targeting Taliban fighters in the eastern city of Jalalabad', loc='Jalalabad', d=None, sc=False, note='background')]),

it('c12', '2023-01-31', 'Mon', 'Pakistan', 'remote_explosive_ied', 'Peshawar', 'Khyber Pakhtunkhwa', 'Peshawar', 93, 'news',
"""Peshawar mosque blast toll climbs to 93

PESHAWAR, Pakistan, Jan 31 - The death toll from a suicide bombing at a mosque inside a heavily guarded police compound in the northwestern city of Peshawar rose to 93 on Tuesday, most of them policemen, as rescuers pulled more bodies from the collapsed prayer hall.

The bomber blew himself up among hundreds of worshippers during afternoon prayers on Monday, bringing down the roof of the mosque. On Monday evening officials had put the toll at 59.

A hospital spokesman said 221 people had been treated for injuries, and that dozens remained in hospital.

A commander of the Pakistani Taliban (TTP) initially claimed responsibility, but the group's main spokesman later said it had no part in the attack. Officials said they were investigating how the bomber had passed through several checkpoints.

Police officers staged a protest in the city on Tuesday. "We are the ones who protect this city, and we were killed in our own mosque," one of them said.

Attacks on security forces have risen in Khyber Pakhtunkhwa province since the TTP ended a ceasefire with the government in November.""",
 [K('PAKCVL', 93, 'Peshawar mosque blast toll climbs to 93', sc=False, note='headline restatement'),
  K('PAKCVL', 93, 'rose to 93 on Tuesday', d='Mon', note='updated toll of Monday\'s bombing; people, most of them police: CVL with a note'),
  A(None, 'The bomber blew himself up among hundreds of worshippers', d='Mon', note='claim withdrawn: no actor'),
  K('PAKREB', 1, 'The bomber blew himself up', d='Mon', sc=False, note='bomber\'s death implied'),
  K('PAKCVL', 59, 'officials had put the toll at 59', d='Mon', by='PAKGOV', sc=False, note='superseded'),
  W('PAKCVL', 221, '221 people had been treated for injuries', d='Mon'),
  K('PAKMIL', None, 'we were killed in our own mosque', d='Mon', sc=False, note='quote, restates the toll')]),

it('c13', '2024-08-27', 'Mon', 'Pakistan', 'attack', 'Musakhel', 'Balochistan', 'Musakhel', 64, 'news',
"""Dozens killed as separatists launch coordinated attacks across Balochistan

QUETTA, Aug 27 - Separatist militants carried out coordinated attacks across Pakistan's Balochistan province on Monday, pulling passengers off buses and trucks and shooting them, blowing up a railway bridge and storming police stations, officials said.

In Musakhel district, gunmen blocked a highway, checked identity cards and shot dead 23 men from the eastern province of Punjab, a local administration official said, before setting ten vehicles on fire.

In Kalat, attackers opened fire on a roadside restaurant, killing six civilians, police said. In Bolan district, militants blew up a railway bridge, halting trains to the rest of the country; no one was hurt there.

The army's media wing said 14 soldiers and police officers were killed and that security forces had killed 21 militants in the operations that followed.

The Baloch Liberation Army said it had launched "Operation Herof", a name it uses for large-scale attacks, and told people to stay away from highways.

Prime Minister Shehbaz Sharif said the attackers would be "brought to justice", and the interior minister flew to Quetta.""",
 [K('PAKCVL', None, 'Dozens killed as separatists launch coordinated attacks across Balochistan', loc='Balochistan', sc=False, note='headline, vague'),
  A('PAKREB', 'Separatist militants carried out coordinated attacks across Pakistan\'s Balochistan province on Monday', loc='Balochistan'),
  A('PAKREB', 'gunmen blocked a highway, checked identity cards', note='the BLA claimed the attacks'),
  K('PAKCVL', 23, 'shot dead 23 men from the eastern province of Punjab', by='PAKGOV'),
  A('PAKREB', 'attackers opened fire on a roadside restaurant', loc='Kalat', note='part of the separatists\' coordinated attacks'),
  K('PAKCVL', 6, 'killing six civilians', loc='Kalat', by='PAKMIL'),
  A('PAKREB', 'militants blew up a railway bridge', loc='Bolan'),
  K('PAKMIL', 14, '14 soldiers and police officers were killed', loc='Balochistan', by='PAKMIL', note='one code: soldiers + police'),
  K('PAKREB', 21, 'security forces had killed 21 militants', loc='Balochistan', by='PAKMIL', actor='PAKMIL'),
  O('PAKREB', 'it had launched "Operation Herof"', loc='Balochistan', by='PAKREB'),
  T('PAKGOV', 'the attackers would be "brought to justice"', loc=None, sc=False, note='not a threat of force')]),

it('c14', '2023-12-27', 'Sat', 'Nigeria', 'attack', 'Bokkos', 'Plateau', 'Bokkos', 198, 'news',
"""Plateau attacks: toll rises to 198 as survivors bury their dead

JOS, Nigeria, Dec. 27 - The number of people killed in attacks on villages in Nigeria's Plateau State on Saturday night has risen to 198, the chairman of Bokkos local government area said on Tuesday, as survivors buried the dead in mass graves.

Gunmen raided at least 17 communities in Bokkos and neighbouring Barkin Ladi, shooting residents and setting homes on fire. On Sunday, officials gave a toll of 160 dead.

More than 300 people were wounded, and the Red Cross said over 10,000 people had fled to Bokkos town and to churches and schools in nearby villages.

Residents blamed armed herders, but police have not identified the attackers. The army said troops had been deployed to the area and that eight suspects had been arrested.

President Bola Tinubu condemned the killings and ordered security agencies to "fish out" those responsible.

Plateau State, in Nigeria's central belt, has for years been the scene of clashes between mostly Muslim herders and mostly Christian farming communities, fuelled by competition for land.""",
 [K('NGACVL', 198, 'toll rises to 198', sc=False, note='headline restatement'),
  K('NGACVL', 198, 'has risen to 198', by='NGAGOV', note='updated toll of Saturday night\'s attacks'),
  A(None, 'Gunmen raided at least 17 communities in Bokkos and neighbouring Barkin Ladi', note='herders only blamed by residents'),
  K('NGACVL', 160, 'officials gave a toll of 160 dead', by='NGAGOV', sc=False, note='superseded'),
  W('NGACVL', 300, 'More than 300 people were wounded', q='AL'),
  D('NGACVL', 10000, 'over 10,000 people had fled to Bokkos town', q='AL'),
  P('NGAMIL', 'troops had been deployed to the area', d=None, sc=False, note='no day')]),

it('c15', '2023-12-05', 'Sun', 'Nigeria', 'air_drone_strike', 'Tudun Biri', 'Kaduna', 'Igabi', 85, 'news',
"""Nigerian army admits drone strike on religious gathering, 85 dead

KADUNA, Nigeria, Dec 5 (AFP) - A military drone strike that hit villagers celebrating a Muslim festival in Tudun Biri, in northern Kaduna State, on Sunday night killed 85 people, the National Emergency Management Agency (NEMA) said on Tuesday.

NEMA said 66 others were being treated for injuries. Survivors said the drone fired twice, the second time as people were helping the wounded.

The army said the strike had been aimed at "terrorists" and hit the gathering "inadvertently". Its chief of staff visited the village on Tuesday and apologised to the community.

"Our people were celebrating, not fighting anyone," said a village leader, who said he had helped to bury more than 70 bodies the next morning.

President Bola Tinubu ordered an investigation. Rights groups say Nigerian air strikes have killed hundreds of civilians since 2017 in the fight against jihadists and armed gangs known locally as bandits.

Kaduna's governor said the state would pay for the funerals and for treatment of the injured. Villagers said the area had not seen militant activity for months and that they had not been aware of any army operation nearby.""",
 [A('NGAMIL', 'A military drone strike that hit villagers celebrating a Muslim festival in Tudun Biri'),
  K('NGACVL', 85, 'killed 85 people', by='NGAGOV', actor='NGAMIL', note='NEMA: a government agency'),
  K('NGACVL', 85, 'Nigerian army admits drone strike on religious gathering, 85 dead', actor='NGAMIL', sc=False, note='headline restatement'),
  W('NGACVL', 66, '66 others were being treated for injuries', by='NGAGOV', actor='NGAMIL'),
  K('NGACVL', 70, 'he had helped to bury more than 70 bodies', q='AL', sc=False, note='partial count of the same dead'),
  K('NGACVL', None, 'Nigerian air strikes have killed hundreds of civilians since 2017', loc=None, cum=True, d='rep', sc=False, note='background')]),

it('c16', '2024-01-16', 'Mon', 'Myanmar', 'nonstate_takes_territory', 'Paletwa', 'Chin', 'Paletwa', 4, 'news',
"""Arakan Army says it has taken Paletwa township

The Arakan Army, an ethnic armed group fighting Myanmar's military government, said on Monday that it had taken control of the whole of Paletwa township in southern Chin State, near the borders with India and Bangladesh.

The group said in a statement that its fighters had overrun the last army outpost in the township, at Meewa, and captured soldiers and weapons. A spokesman for the ruling junta did not answer calls.

Residents said military aircraft bombed villages on the edge of Paletwa town on Saturday, killing four civilians, including a monk.

Officials in India's Mizoram state said about 2,000 people from Paletwa had crossed the border since early December.

The Arakan Army broke a year-long truce in November, when it joined two other groups in a coordinated offensive in northern Shan State. It has since seized several towns in Rakhine State.

The military, which took power in a 2021 coup, is facing its biggest challenge in decades, with resistance forces active in much of the country. Paletwa lies on the route of an India-funded transport project linking India's north-east to the Bay of Bengal, and New Delhi is watching the fighting closely.""",
 [C('MMRREB', 'it had taken control of the whole of Paletwa township', by='MMRREB', d='Mon'),
  C('MMRREB', 'Arakan Army says it has taken Paletwa township', by='MMRREB', d='Mon', sc=False, note='headline restatement'),
  C('MMRREB', 'its fighters had overrun the last army outpost in the township, at Meewa', by='MMRREB', loc='Meewa', d='Mon'),
  A('MMRMIL', 'military aircraft bombed villages on the edge of Paletwa town on Saturday', d='Sat'),
  K('MMRCVL', 4, 'killing four civilians', d='Sat', actor='MMRMIL'),
  K('MMRCVL', 1, 'including a monk', d='Sat', sc=False, note='sub-count'),
  D('MMRCVL', 2000, 'about 2,000 people from Paletwa had crossed the border since early December', q='AB', cum=True, by='INDGOV', d='rep'),
  O('MMRREB', 'a coordinated offensive in northern Shan State', loc='Shan', d=None, sc=False, note='background launch'),
  C('MMRREB', 'It has since seized several towns in Rakhine State', loc='Rakhine', d=None, sc=False, note='background, unnamed towns'),
  C('MMRMIL', 'The military, which took power in a 2021 coup', loc=None, d=None, sc=False, note='a coup, not territory')]),

it('c17', '2022-06-22', 'Mon', 'Myanmar', 'attack', 'Myaing', 'Magway', 'Pakokku', 25, 'news',
"""Resistance fighters ambush convoy in Magway; troops burn village in reprisal

Anti-junta fighters ambushed a military convoy near Myaing township in Myanmar's Magway region on Monday, destroying three army trucks and killing 20 soldiers, a spokesman for the local People's Defence Force said.

The claim could not be independently verified. The spokesman said two of the group's fighters were wounded in the ambush, which took place on a dirt road west of the town.

On Tuesday, soldiers entered the nearby village of Thit Seint Gyi and set fire to more than 200 houses, residents said. Five villagers who had stayed behind were found dead after the troops left, one of them with his hands tied.

Thousands of villagers had already fled into the forest when the troops approached, according to a local aid group.

Myanmar's state media said "terrorists" had attacked security forces in the area and that troops had responded, but gave no casualty figures.

The Magway and Sagaing regions, in the country's dry zone, have become strongholds of armed resistance since the military seized power in February 2021.""",
 [A('MMRREB', 'Anti-junta fighters ambushed a military convoy near Myaing township'),
  E('MMRMIL', 'VEHICLE', 3, 'destroying three army trucks', by='MMRREB'),
  K('MMRMIL', 20, 'killing 20 soldiers', by='MMRREB', actor='MMRREB'),
  W('MMRREB', 2, 'two of the group\'s fighters were wounded', by='MMRREB'),
  A('MMRMIL', 'soldiers entered the nearby village of Thit Seint Gyi and set fire to more than 200 houses', loc='Thit Seint Gyi', d='Tue'),
  K('MMRCVL', 5, 'Five villagers who had stayed behind were found dead', loc='Thit Seint Gyi', d='Tue', actor='MMRMIL'),
  D('MMRCVL', None, 'Thousands of villagers had already fled into the forest', loc='Thit Seint Gyi', d='Tue'),
  A('MMRREB', 'Resistance fighters ambush convoy in Magway', loc='Magway', sc=False, note='headline restatement'),
  A('MMRMIL', 'troops burn village in reprisal', loc=None, d='Tue', sc=False, note='headline restatement'),
  A('MMRREB', '"terrorists" had attacked security forces in the area', by='MMRGOV', sc=False, note='same ambush, state media')]),

it('c18', '2024-07-29', '2024-07-25', 'Mali', 'armed_clash', 'Tinzaouaten', 'Kidal', 'Abeibara', 138, 'news',
"""Mali rebels say dozens of soldiers, Wagner fighters killed near Algerian border

BAMAKO, July 29 - Tuareg-led separatist rebels in northern Mali said on Monday that they had killed 47 Malian soldiers and 84 fighters of Russia's Wagner group in three days of fighting near Tinzaouaten, close to the border with Algeria.

The Strategic Framework for the Defence of the People of Azawad (CSP) said a convoy of soldiers and Wagner fighters came under attack from its forces on Thursday as it moved towards the town. The rebels said they had also shot down a Malian army helicopter and lost seven of their own fighters.

The army acknowledged "significant losses" without giving figures. A Telegram channel linked to Wagner said its commander in the area had been killed.

Al Qaeda's Sahel affiliate JNIM separately claimed to have killed 50 "Russians and their allies" in an ambush in the same area, a claim that analysts said probably referred to the same fighting.

Mali's junta turned to Wagner after breaking with former colonial ruler France in 2021. The army and the Russian fighters retook the rebel stronghold of Kidal last November.""",
 [K('MLIMIL', 47, 'they had killed 47 Malian soldiers', by='MLIREB', actor='MLIREB', d=None, note='three days of fighting: one episode'),
  K('RUSMIL', 84, '84 fighters of Russia\'s Wagner group', by='MLIREB', actor='MLIREB', d=None, note='Wagner: RUSMIL'),
  K('MLIMIL', None, 'Mali rebels say dozens of soldiers, Wagner fighters killed', loc=None, d=None, sc=False, note='headline'),
  A('MLIREB', 'a convoy of soldiers and Wagner fighters came under attack from its forces on Thursday', by='MLIREB'),
  E('MLIMIL', 'HELICOPTER', None, 'they had also shot down a Malian army helicopter', by='MLIREB', d=None),
  K('MLIREB', 7, 'lost seven of their own fighters', by='MLIREB', d=None),
  K('MLIMIL', None, 'The army acknowledged "significant losses"', by='MLIMIL', d=None, sc=False, note='losses: no K count'),
  K('RUSMIL', 1, 'its commander in the area had been killed', d=None, sc=False, note='probably among the 84'),
  K('RUSMIL', 50, 'JNIM separately claimed to have killed 50 "Russians and their allies"', by='MLIREB', d=None, sc=False, note='competing claim about the same fighting'),
  C('MLIMIL', 'The army and the Russian fighters retook the rebel stronghold of Kidal last November', loc='Kidal', d=None, sc=False, note='background')]),

it('c19', '2024-09-18', 'Tue', 'Mali', 'attack', 'Bamako', 'Bamako', 'Bamako', 85, 'news',
"""Jihadists strike gendarmerie school and airport in Mali's capital

BAMAKO, Sept 18 - Islamist militants attacked a gendarmerie training school and the military section of the airport in Mali's capital Bamako before dawn on Tuesday, in the boldest attack on the city in years.

A security source said more than 70 student gendarmes had been killed and around 250 people wounded. The government said only that "some" trainees had died and that the situation was under control.

The army said its forces had killed 15 attackers and detained several others. JNIM, al Qaeda's affiliate in the Sahel, claimed the attack, saying its fighters had destroyed several aircraft parked at the airport, including a presidential plane.

Gunfire and explosions were heard for several hours in the Faladie district near the school. Residents said smoke rose above the airport until the afternoon.

The attack raised fresh questions about the military government's promise to restore security after it expelled French forces and turned to Russian mercenaries.

Schools and shops in the city reopened on Wednesday, and commercial flights resumed after the airport had been closed for several hours.""",
 [A('MLIREB', 'Islamist militants attacked a gendarmerie training school and the military section of the airport', by='MLIREB', note='JNIM claimed'),
  K('MLIMIL', 70, 'more than 70 student gendarmes had been killed', q='AL'),
  W('MLIMIL', 250, 'around 250 people wounded', q='AB', note='people: code of the school\'s gendarmes; judgement'),
  K('MLIMIL', None, '"some" trainees had died', by='MLIGOV', sc=False, note='vague competing restatement'),
  K('MLIREB', 15, 'its forces had killed 15 attackers', by='MLIMIL', actor='MLIMIL'),
  E('MLIMIL', 'AIRCRAFT', None, 'its fighters had destroyed several aircraft parked at the airport', by='MLIREB')]),

it('c20', '2024-06-13', 'Tue', 'Burkina Faso', 'attack', 'Mansila', 'Sahel', 'Yagha', 107, 'news',
"""JNIM says it killed over 100 soldiers in Burkina base attack

OUAGADOUGOU, June 13 - Al Qaeda-linked militants said they had killed 107 soldiers and captured seven in an attack on an army base at Mansila, in Burkina Faso's Yagha province near the border with Niger, on Tuesday.

In a statement, JNIM said its fighters had also seized weapons and burnt several armoured vehicles. Videos posted by the group showed burning vehicles and bodies in uniform inside the base.

Burkina Faso's military government did not comment. A local security source said more than 100 soldiers were missing or dead, and that reinforcements sent from Sebba on Wednesday had been unable to reach the base.

The junta, which seized power in 2022 promising to defeat the insurgency, has increasingly relied on civilian volunteers, and imposes strict controls on information about attacks.

Mansila lies on a road that the militants often cut, and residents of the area depend on army convoys and air drops for food and fuel, aid workers say.

More than two million people have been forced from their homes by the violence in Burkina Faso.""",
 [A('BFAREB', 'an attack on an army base at Mansila', by='BFAREB'),
  K('BFAMIL', 107, 'they had killed 107 soldiers', by='BFAREB', actor='BFAREB'),
  K('BFAMIL', 100, 'over 100 soldiers in Burkina base attack', q='AL', by='BFAREB', sc=False, note='headline restatement'),
  E('BFAMIL', 'APC', None, 'burnt several armoured vehicles', by='BFAREB'),
  K('BFAMIL', 100, 'more than 100 soldiers were missing or dead', q='AL', sc=False, note='missing or dead: no K count'),
  P('BFAMIL', 'reinforcements sent from Sebba on Wednesday', loc='Sebba', d='Wed', note='sent, did not arrive'),
  D('BFACVL', 2000000, 'More than two million people have been forced from their homes', q='AL', cum=True, loc=None, d='rep', sc=False, note='war-long background')]),

it('c21', '2023-05-01', 'Thu', 'Burkina Faso', 'attack', 'Toeni', 'Boucle du Mouhoun', 'Sourou', 60, 'news',
"""Burkina prosecutor opens inquiry after about 60 villagers killed

OUAGADOUGOU, May 1 - Men wearing Burkina Faso army uniforms killed about 60 residents of the village of Toeni, in the northwestern province of Sourou, on Thursday, a regional prosecutor said on Sunday, announcing an investigation.

Survivors said the men arrived in armoured vehicles and on motorcycles, gathered residents and opened fire. Some of the dead were women and children, the prosecutor said in a statement, without giving their ages.

The government condemned the killings and said it was "following closely" the investigation. It did not say whether soldiers were suspected.

A week earlier, jihadists had killed 40 soldiers and volunteer auxiliaries in an ambush near Ouahigouya, about 150 km to the east. Residents of Toeni said the men accused them of sheltering militants.

Rights groups have documented several mass killings of civilians by soldiers and allied volunteers since the junta came to power in 2022 and launched a "general mobilisation" against the insurgency.

Burkina Faso has been fighting groups linked to al Qaeda and Islamic State since 2015. Analysts say the state controls only part of the national territory, and information from the north is hard to verify.""",
 [K('BFACVL', 60, 'killed about 60 residents of the village of Toeni', q='AB', by='BFAGOV', note='prosecutor: GOV; attackers in uniform, not identified'),
  K('BFACVL', 60, 'about 60 villagers killed', q='AB', sc=False, note='headline restatement'),
  A(None, 'gathered residents and opened fire'),
  K('BFACVL', None, 'Some of the dead were women and children', sc=False, note='sub-count, vague'),
  K('BFAMIL', 40, 'jihadists had killed 40 soldiers and volunteer auxiliaries', loc='Ouahigouya', d='2023-04-20', sc=False, note='background, "a week earlier" than Thursday'),
  A('BFAREB', 'an ambush near Ouahigouya', loc='Ouahigouya', d='2023-04-20', sc=False, note='background')]),
]
