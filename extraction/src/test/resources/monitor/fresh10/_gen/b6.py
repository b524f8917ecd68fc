"""News articles, part 4: other conflicts."""
from lib import *

ITEMS = [
it('c22', '2022-07-21', 'Wed', 'Iraq', 'shelling_artillery_missile', 'Zakho', 'Duhok', 'Zakho', 9, 'news',
"""Shelling kills nine tourists at Kurdistan resort; Baghdad blames Ankara

BAGHDAD, July 21 - Artillery shells struck a mountain resort in the Zakho district of Iraq's Kurdistan region on Wednesday, killing nine tourists from central and southern Iraq, among them a one-year-old girl, and wounding 23 others, Iraqi officials said.

Prime Minister Mustafa al-Kadhimi said Turkish forces had carried out "a flagrant violation of Iraqi sovereignty". The foreign ministry summoned Turkey's charge d'affaires and said it would complain to the U.N. Security Council.

Turkey's foreign ministry denied that its troops were responsible and said the attack was the work of the Kurdistan Workers Party (PKK), which has bases in the mountains along the border.

Survivors described families picnicking by a stream when the first shells landed. "We ran, but the second volley hit the road," a man from Karbala told a local television channel from his hospital bed in Duhok.

Turkey regularly carries out air and ground operations against PKK fighters in northern Iraq, and launched its latest ground campaign, "Claw-Lock", in April. Bodies of the dead were flown to Baghdad on Thursday for funerals.""",
 [A(None, 'Artillery shells struck a mountain resort in the Zakho district', note='Iraq blames Turkey, Turkey blames the PKK: no actor'),
  K('IRQCVL', 9, 'killing nine tourists from central and southern Iraq', by='IRQGOV'),
  K('IRQCVL', 9, 'Shelling kills nine tourists at Kurdistan resort', sc=False, note='headline restatement'),
  K('IRQCVL', 1, 'among them a one-year-old girl', sc=False, note='sub-count'),
  W('IRQCVL', 23, 'wounding 23 others', by='IRQGOV'),
  TK('IRQGOV', 'The foreign ministry summoned Turkey\'s charge d\'affaires', loc=None, sc=False, note='a summons'),
  O('TURMIL', 'launched its latest ground campaign, "Claw-Lock", in April', loc=None, d=None, sc=False, note='background launch')]),

it('c23', '2021-12-20', 'Sun', 'Iraq', 'attack', 'Mutaibija', 'Salah al-Din', 'Samarra', 10, 'news',
"""Five soldiers among seven killed in Islamic State attacks north of Baghdad

Islamic State militants attacked an army post in the Mutaibija area, between Salahuddin and Diyala provinces, on Sunday night, killing an officer and four soldiers, Iraqi security sources said.

Hours later, gunmen believed to belong to the same cell opened fire on shepherds near the village of Al-Rashad in Diyala's Al-Adhaim district, killing two of them and stealing their sheep, a local official said.

The army's Joint Operations Command said on Monday that it had launched a large operation in the area, backed by helicopters and F-16 jets. The Security Media Cell later said three militants had been killed in an air strike on a hideout in the Mutaibija orchards.

Mutaibija, a rugged area of orchards and dry river valleys, has long served as a hideout for remnants of the group, which was declared defeated in Iraq in 2017.

Attacks on soldiers and members of the Popular Mobilisation Forces in the area have increased in recent weeks, officials say, as the militants take advantage of gaps between the army and Kurdish Peshmerga forces further north.""",
 [A('IRQREB', 'Islamic State militants attacked an army post in the Mutaibija area'),
  K('IRQMIL', 5, 'killing an officer and four soldiers', actor='IRQREB', note='one code: 1 + 4'),
  K('IRQMIL', 5, 'Five soldiers among seven killed', sc=False, note='headline restatement'),
  A(None, 'gunmen believed to belong to the same cell opened fire on shepherds', loc='Al-Rashad', d='Sun', note='"hours later" than Sunday night: Sunday; only believed'),
  K('IRQCVL', 2, 'killing two of them', loc='Al-Rashad', d='Sun'),
  O('IRQMIL', 'it had launched a large operation in the area', by='IRQMIL', d='Mon'),
  A('IRQMIL', 'an air strike on a hideout in the Mutaibija orchards', d='Mon', note='no day of its own: the operation\'s day'),
  K('IRQREB', 3, 'three militants had been killed', by='IRQMIL', d='Mon', actor='IRQMIL')]),

it('c24', '2022-02-03', 'Wed', 'DR Congo', 'attack', 'Plaine Savo', 'Ituri', 'Djugu', 60, 'news',
"""Militia kills 60 displaced people in attack on Ituri camp

BUNIA, Democratic Republic of Congo, Feb. 3 -- Militiamen armed with machetes and guns attacked a camp for displaced people in the Djugu territory of eastern Congo's Ituri province in the early hours of Wednesday, killing 60 people, a local official and the camp's managers said.

The attackers, whom residents identified as members of the CODECO militia, went from shelter to shelter at the Plaine Savo site, which houses about 24,000 people. At least 40 people were wounded.

U.N. peacekeepers based nearby exchanged fire with the attackers, the U.N. mission said, and later escorted the wounded to hospital in Bule. Thousands of the camp's residents fled towards the peacekeepers' base.

"Children were among the dead. They did not spare anyone," said a camp leader.

CODECO, a loose association of militias that claims to defend the Lendu community, has been blamed for hundreds of killings in Ituri since 2017. The Congolese army said it had sent reinforcements to Djugu.

The U.N. refugee agency said it was "appalled" and called for the protection of civilians who had already been forced from their homes by violence.""",
 [A('CODREB', 'Militiamen armed with machetes and guns attacked a camp for displaced people', note='identified by residents as CODECO'),
  K('CODREF', 60, 'killing 60 people', by='CODGOV', actor='CODREB', note='people of a displacement site: REF'),
  K('CODREF', 60, 'Militia kills 60 displaced people', sc=False, note='headline restatement'),
  W('CODREF', 40, 'At least 40 people were wounded', q='AL'),
  A('IGOUNO', 'U.N. peacekeepers based nearby exchanged fire with the attackers', by='IGOUNO', sc=False, note='response within the same attack; nationality not given'),
  D('CODREF', None, "Thousands of the camp's residents fled towards the peacekeepers' base", note='vague'),
  K('CODCVL', None, 'blamed for hundreds of killings in Ituri since 2017', loc='Ituri', cum=True, d='rep', sc=False, note='background'),
  P('CODMIL', 'it had sent reinforcements to Djugu', loc='Djugu', d=None, sc=False, note='no day'),
  D('CODREF', None, 'civilians who had already been forced from their homes by violence', loc=None, d=None, sc=False, note='background')]),

it('c25', '2025-01-28', 'Mon', 'DR Congo', 'nonstate_takes_territory', 'Goma', 'North Kivu', 'Goma', 5, 'news',
"""M23 rebels claim Goma as fighting rages near airport

GOMA, Jan 28 - M23 rebels said on Monday that they had taken control of Goma, the largest city in eastern Congo, after a lightning advance, though fighting between the rebels and Congolese troops continued around the airport on Tuesday.

The rebels, backed by Rwandan troops according to U.N. experts, entered the city overnight. Thousands of prisoners escaped from the central prison as guards fled.

South Africa said 13 of its soldiers serving with regional and U.N. forces had been killed in clashes with the rebels over the past week. Malawi said three of its peacekeepers had died.

On Monday, shells fired from the Congolese side landed in the Rwandan border town of Gisenyi, killing five people and wounding 35, Rwandan officials said.

The Red Cross said hospitals in Goma had received more than 600 wounded people since Sunday. The U.N. says some 400,000 people have been displaced in North Kivu since the start of January.

Congo's government cut diplomatic ties with Rwanda, and Kenya's president called an emergency summit of East African leaders.""",
 [C('CODREB', 'they had taken control of Goma', by='CODREB', d='Mon'),
  C('CODREB', 'M23 rebels claim Goma', d='Mon', sc=False, note='headline restatement'),
  C('RWAMIL', 'The rebels, backed by Rwandan troops according to U.N. experts, entered the city overnight', d='Mon', sc=False, note='restatement; backing party'),
  A('CODREB', 'fighting between the rebels and Congolese troops continued around the airport on Tuesday', d='rep'),
  A('CODMIL', 'fighting between the rebels and Congolese troops continued around the airport on Tuesday', d='rep', sc=False, note='other side of the clash'),
  K('ZAFMIL', 13, '13 of its soldiers serving with regional and U.N. forces had been killed', by='ZAFGOV', cum=True, loc=None, d='rep'),
  K('MWIMIL', 3, 'three of its peacekeepers had died', by='MWIGOV', cum=True, loc=None, d='rep', note='over the same week'),
  A(None, 'shells fired from the Congolese side landed in the Rwandan border town of Gisenyi', loc='Gisenyi', d='Mon'),
  K('RWACVL', 5, 'killing five people', by='RWAGOV', loc='Gisenyi', d='Mon'),
  W('RWACVL', 35, 'wounding 35', by='RWAGOV', loc='Gisenyi', d='Mon'),
  W('CODCVL', 600, 'more than 600 wounded people since Sunday', q='AL', cum=True, d='rep'),
  D('CODCVL', 400000, 'some 400,000 people have been displaced in North Kivu', q='AB', cum=True, by='IGOUNO', loc='North Kivu', d='rep')]),

it('c26', '2023-07-12', 'rep', 'Colombia', 'protest_or_statement', 'Ocana', 'Norte de Santander', 'Ocana', 0, 'news',
"""Ex-soldiers admit to 'false positives' killings at Colombia tribunal hearing

OCANA, Colombia, July 12 - Ten former soldiers and an ex-officer admitted on Wednesday before Colombia's Special Jurisdiction for Peace (JEP) that they had taken part in the killing of young men from poor neighbourhoods whom the army then passed off as rebels killed in combat.

The hearing, held in a packed auditorium in Ocana, was the third of its kind in the region of Catatumbo, near the border with Venezuela. Mothers of the victims held up photographs of their sons.

"We are not here to be forgiven, but to tell the truth," said one former corporal.

The tribunal, created under the 2016 peace agreement with the FARC guerrillas, has found that at least 6,402 people were killed in such "false positives" cases between 2002 and 2008, when units were rewarded for high body counts.

Those who confess fully can receive alternative sentences, such as community work, instead of prison terms. Victims' groups say the process is slow but has brought answers that ordinary courts never gave.

The JEP is expected to issue its first sentences in the case next year.""",
 [K('COLCVL', 6402, 'at least 6,402 people were killed in such "false positives" cases between 2002 and 2008', q='AL', cum=True, loc=None, d=None, sc=False, note='background tally'),
  K('COLCVL', None, 'they had taken part in the killing of young men from poor neighbourhoods', loc=None, d=None, sc=False, note='background, confessed past killings'),
  K('COLCVL', None, "Ex-soldiers admit to 'false positives' killings", loc=None, d=None, sc=False, note='headline, background'),
  TK('COLGOV', 'the 2016 peace agreement with the FARC guerrillas', loc=None, d=None, sc=False, note='background')], noevent=True),

it('c27', '2024-09-18', 'Tue', 'Colombia', 'remote_explosive_ied', 'Puerto Jordan', 'Arauca', 'Tame', 2, 'news',
"""ELN truck bomb kills two soldiers; Petro says peace process 'closed with blood'

BOGOTA, Sept 18 - Rebels of the National Liberation Army (ELN) drove a truck packed with explosives into a military base in Puerto Jordan, in the eastern province of Arauca, on Tuesday, killing two soldiers and wounding 26, the army said.

Photographs released by the army showed a crater in front of collapsed barracks. Several of the wounded were flown to hospitals in Bogota.

Hours later President Gustavo Petro suspended peace talks with the group, which had been stalled since a ceasefire expired in August. "The ELN has closed a peace process with blood," he wrote on social media.

Defence Minister Ivan Velasquez said the security forces would pursue those responsible "with all the force of the law". The army said it had strengthened security at bases across Arauca.

The ELN, Colombia's largest remaining guerrilla group, has about 6,000 fighters. It has been fighting dissidents of the former FARC guerrillas for control of drug trafficking routes in Arauca since 2022, a conflict that has killed hundreds of people and displaced thousands of families.""",
 [A('COLREB', 'drove a truck packed with explosives into a military base in Puerto Jordan'),
  K('COLMIL', 2, 'killing two soldiers', by='COLMIL', actor='COLREB'),
  K('COLMIL', 2, 'ELN truck bomb kills two soldiers', sc=False, note='headline restatement'),
  W('COLMIL', 26, 'wounding 26', by='COLMIL', actor='COLREB'),
  TK('COLGOV', 'President Gustavo Petro suspended peace talks with the group', loc=None, sc=False, note='talks suspended, no meeting'),
  T('COLGOV', 'would pursue those responsible "with all the force of the law"', loc=None),
  K('COLCVL', None, 'a conflict that has killed hundreds of people', loc='Arauca', cum=True, d='rep', sc=False, note='background'),
  D('COLCVL', None, 'displaced thousands of families', loc='Arauca', cum=True, d='rep', sc=False, note='background')]),

it('c28', '2023-08-05', 'Thu', 'Ethiopia', 'nonstate_takes_territory', 'Lalibela', 'Amhara', 'North Wollo', 8, 'news',
"""Fano militia takes Lalibela as Ethiopia declares emergency in Amhara

ADDIS ABABA, Aug 5 (Reuters) - Fighters of the Fano militia took control of the historic town of Lalibela in Ethiopia's Amhara region on Thursday after federal soldiers withdrew, residents said, as fighting spread to several towns.

"The Fano entered in the afternoon. There was no fighting inside the town," a resident said by phone. Ethiopian Airlines suspended flights to Lalibela, home to UNESCO-listed rock-hewn churches.

In Gondar, clashes between Fano fighters and federal troops killed at least eight people on Thursday and Friday, staff at the city's referral hospital said.

The federal government declared a six-month state of emergency in Amhara on Friday, after the regional administration asked for help. Internet access was cut in much of the region.

Fano, a loosely organised ethnic Amhara militia, fought alongside federal troops against Tigrayan forces in the 2020-2022 war, but turned against the government after it announced in April that regional forces would be dissolved.

Residents of Bahir Dar, the regional capital, reported gunfire overnight, and shops there stayed shut on Friday. Several embassies advised their citizens not to travel to the region.""",
 [C('ETHREB', 'Fighters of the Fano militia took control of the historic town of Lalibela', note='Fano: ETHREB'),
  C('ETHREB', 'Fano militia takes Lalibela', sc=False, note='headline restatement'),
  C('ETHREB', 'The Fano entered in the afternoon', sc=False, note='quote, restatement'),
  A('ETHREB', 'clashes between Fano fighters and federal troops', loc='Gondar', d=None, note='Thursday and Friday: no single day'),
  A('ETHMIL', 'clashes between Fano fighters and federal troops', loc='Gondar', d=None, sc=False, note='other side of the clash'),
  K('ETHCVL', 8, 'killed at least eight people on Thursday and Friday', q='AL', loc='Gondar', d=None, note='two days of one clash; mixed people'),
  A('ETHMIL', 'fought alongside federal troops against Tigrayan forces in the 2020-2022 war', loc=None, d=None, sc=False, note='background')]),

it('c29', '2022-06-21', 'Sat', 'Ethiopia', 'attack', 'Tole', 'Oromia', 'West Wellega', 230, 'news',
"""Survivors describe massacre of Amhara villagers in western Oromia

NAIROBI, June 21 - Gunmen killed more than 230 people, most of them ethnic Amhara, in villages of Tole kebele in the Gimbi district of Ethiopia's Oromia region on Saturday, a survivor who helped bury the dead told reporters.

"I counted 230 bodies. We buried them in mass graves, 50 or 60 in each," said the man, who asked not to be named. Another witness said the attackers burned houses and drove off cattle.

The Oromia regional government blamed the Oromo Liberation Army, an armed group fighting the federal government. The OLA denied involvement and accused government-allied militias of carrying out the killings.

The state-appointed Ethiopian Human Rights Commission said on Monday that it was aware of "more than 200" deaths and called for an independent investigation.

Thousands of residents fled to neighbouring areas after the attack, local officials said. Prime Minister Abiy Ahmed condemned "horrific" attacks on innocent civilians and said security forces would pursue the perpetrators.

Aid agencies said they could not reach the area because the roads were insecure. Gimbi lies about 400 km west of the capital, and telephone lines in the district are often cut.""",
 [K('ETHCVL', 230, 'Gunmen killed more than 230 people, most of them ethnic Amhara', q='AL', note='blame contested: no actor'),
  A(None, 'the attackers burned houses and drove off cattle'),
  K('ETHCVL', 230, 'I counted 230 bodies', sc=False, note='restatement'),
  K('ETHCVL', 200, 'it was aware of "more than 200" deaths', q='AL', by='ETHGOV', sc=False, note='competing figure, stated second; state-appointed commission'),
  D('ETHCVL', None, 'Thousands of residents fled to neighbouring areas after the attack', by='ETHGOV'),
  T('ETHGOV', 'said security forces would pursue the perpetrators', loc=None, sc=False, note='vague')]),

it('c30', '2024-08-10', 'Sat', 'Palestine', 'air_drone_strike', 'Daraj', 'Gaza', 'Gaza City', 90, 'news',
"""Israeli strike on Gaza school shelter kills more than 90, civil defence says

CAIRO, Aug 10 - An Israeli strike hit a school sheltering displaced families in Gaza City's Daraj neighbourhood during dawn prayers on Saturday, killing more than 90 people, Gaza's civil defence agency said.

Rescuers said the strike hit a prayer hall on the ground floor, where dozens of men and boys had gathered. Many of the bodies were badly burned, and families searched through body parts laid out on blankets.

The Israeli military said it had carried out a "precise" strike on a Hamas and Islamic Jihad command centre inside the school and that at least 19 of those killed were militants. It disputed the toll given by the civil defence.

The school housed about 6,000 people who had fled other parts of the city, according to a local official.

Egypt and Qatar, which are mediating with the United States for a ceasefire, condemned the strike. Negotiators are due to meet again on Thursday.

Gaza's health ministry says more than 39,000 Palestinians have been killed since the war began in October.""",
 [A('ISRMIL', 'An Israeli strike hit a school sheltering displaced families in Gaza City\'s Daraj neighbourhood'),
  K('PSEREF', 90, 'killing more than 90 people', q='AL', actor='ISRMIL', note='people of a shelter school: REF'),
  K('PSEREF', 90, 'Israeli strike on Gaza school shelter kills more than 90', q='AL', sc=False, note='headline restatement'),
  K('PSEREB', 19, 'at least 19 of those killed were militants', q='AL', by='ISRMIL', sc=False, note='competing reading of the same dead'),
  D('PSEREF', 6000, 'about 6,000 people who had fled other parts of the city', q='AB', loc='Gaza City', d=None, sc=False, note='background'),
  TK('EGYGOV', 'Negotiators are due to meet again on Thursday', loc=None, d=None, sc=False, note='future meeting'),
  K('PSECVL', 39000, 'more than 39,000 Palestinians have been killed since the war began in October', q='AL', by='PSEGOV', loc='Gaza', cum=True, d='rep', sc=False, note='war-long background')]),

it('c31', '2023-02-27', 'Sun', 'Palestine', 'attack', 'Huwara', 'West Bank', 'Nablus', 3, 'news',
"""Settlers rampage through Huwara after two Israelis shot dead

JERUSALEM, Feb 27 - Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara and nearby villages in the occupied West Bank on Sunday night, setting fire to dozens of homes and cars, hours after a Palestinian gunman shot dead two Israeli brothers driving through the town.

The Palestinian health ministry said a 37-year-old man was shot dead in the nearby village of Za'atara and four other Palestinians were wounded by gunfire. The Red Crescent said it treated about 95 people, most for tear gas inhalation.

The Israeli brothers, aged 19 and 21, were shot at close range as their car was stuck in traffic in Huwara in the early afternoon. The gunman fled and was still being sought on Monday.

The Israeli military said on Monday it was sending three more battalions to the West Bank. Its commander in the area called the settlers' attack "a pogrom".

The violence came hours after Israeli and Palestinian officials met in Jordan and pledged to work to reduce tensions. Palestinian officials accused soldiers of standing by as homes burned, and Israel's prime minister appealed to citizens not to take the law into their own hands.""",
 [A('ISRCVL', 'Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara and nearby villages', note='settlers: ISRCVL'),
  K('PSECVL', 1, 'a 37-year-old man was shot dead', by='PSEGOV', loc="Za'atara"),
  W('PSECVL', 4, 'four other Palestinians were wounded by gunfire', by='PSEGOV'),
  W('PSECVL', 95, 'it treated about 95 people, most for tear gas inhalation', q='AB', sc=False, note='mostly tear gas: unclear as injuries'),
  K('ISRCVL', 2, 'a Palestinian gunman shot dead two Israeli brothers', note='a lone gunman: no actor'),
  K('ISRCVL', 2, 'two Israelis shot dead', sc=False, note='headline restatement'),
  P('ISRMIL', 'it was sending three more battalions to the West Bank', loc='West Bank', d='rep'),
  TK('JORGOV', 'Israeli and Palestinian officials met in Jordan', loc='Jordan', note='host party')]),

it('c32', '2019-10-18', 'Thu', 'Mexico', 'armed_clash', 'Culiacan', 'Sinaloa', 'Culiacan', 8, 'news',
"""Cartel gunmen besiege Culiacan after arrest of El Chapo's son

CULIACAN, Mexico, Oct 18 - Gunmen of the Sinaloa cartel laid siege to the city of Culiacan on Thursday, blocking roads with burning trucks and attacking soldiers with heavy weapons, after troops briefly detained a son of the jailed drug lord Joaquin "El Chapo" Guzman.

Security Minister Alfonso Durazo said on Friday that eight people had died in the fighting - a National Guard member, a civilian bystander, an inmate and five of the gunmen - and that 16 people were wounded. Dozens of inmates escaped from the city's Aguaruto prison during the chaos.

President Andres Manuel Lopez Obrador defended the decision to release the suspect to end the violence. "Capturing one criminal cannot be worth more than people's lives," he said.

Residents hid in shops and homes for hours as gun battles raged in several neighbourhoods. Schools remained closed on Friday.

The government has been criticised for the poor planning of the operation, which was carried out by a small team of soldiers and National Guard members without backup.""",
 [A('MEXREB', 'Gunmen of the Sinaloa cartel laid siege to the city of Culiacan on Thursday', note='cartel: MEXREB'),
  K('MEXMIL', 1, 'a National Guard member', by='MEXGOV', note='National Guard: MIL'),
  K('MEXCVL', 2, 'a civilian bystander, an inmate', by='MEXGOV', note='one code: 1 + 1'),
  K('MEXREB', 5, 'five of the gunmen', by='MEXGOV'),
  K('MEXCVL', 8, 'eight people had died in the fighting', by='MEXGOV', sc=False, note='total of the listed groups'),
  W('MEXCVL', 16, '16 people were wounded', by='MEXGOV', note='mixed people: CVL')]),

it('c33', '2024-09-18', 'Tue', 'Lebanon', 'remote_explosive_ied', None, '', '', 12, 'news',
"""Hezbollah pagers explode across Lebanon, killing 12 and wounding thousands

BEIRUT, Sept 18 - Thousands of pagers used by members of Hezbollah exploded almost simultaneously across Lebanon on Tuesday afternoon, killing 12 people, two of them children, and wounding about 2,800, the Lebanese health minister said on Wednesday.

Many of the wounded suffered injuries to the eyes, hands and abdomen, doctors said. Hospitals in Beirut's southern suburbs and in the south of the country appealed for blood donations.

Hezbollah said Israel was responsible and vowed that it would receive "its just punishment". Israel's military declined to comment.

Iran's ambassador to Lebanon was among those wounded, Iranian state media said.

The blasts came as Hezbollah and Israel have exchanged fire across the border almost daily since October, in parallel with the war in Gaza. Tens of thousands of people have been forced from their homes on both sides of the frontier.

Security experts said the devices appeared to have been tampered with before they were delivered to the group. Schools across Lebanon were closed on Wednesday, and the army carried out controlled explosions of suspect devices in several towns.""",
 [A(None, 'Thousands of pagers used by members of Hezbollah exploded almost simultaneously across Lebanon', note='blamed on Israel by Hezbollah only'),
  K('LBNCVL', 12, 'killing 12 people', by='LBNGOV', note='mixed people, many Hezbollah members: CVL with a note'),
  K('LBNCVL', 12, 'Hezbollah pagers explode across Lebanon, killing 12', sc=False, note='headline restatement'),
  K('LBNCVL', 2, 'two of them children', sc=False, note='sub-count'),
  W('LBNCVL', 2800, 'wounding about 2,800', q='AB', by='LBNGOV'),
  T('LBNREB', 'it would receive "its just punishment"', loc=None),
  W('IRNGOV', 1, "Iran's ambassador to Lebanon was among those wounded", sc=False, note='sub-count'),
  A('LBNREB', 'exchanged fire across the border almost daily since October', loc=None, d=None, sc=False, note='background'),
  D('LBNCVL', None, 'Tens of thousands of people have been forced from their homes on both sides of the frontier', loc=None, cum=True, d='rep', sc=False, note='background, vague')]),
]
