# b8: wire/RSS snippets
H = 'headline restatement'
I('w-syr-al-bab', 'wire', '2019-11-16', 'Sat', 'Syria', 'remote_explosive_ied', 'al-Bab', 'Aleppo', 'al-Bab', 19,
  "Car bomb kills 19 in Syria's al-Bab - A car bomb exploded at a crowded bus station in the Turkish-controlled town of al-Bab in northern Syria on Saturday, killing 19 people, among them civilians and fighters, and wounding 33, Turkey's defence ministry said, blaming Kurdish YPG militants for the",
  K('SYRCVL', 19, 'Car bomb kills 19', s=False, note=H),
  A(None, 'A car bomb exploded at a crowded bus station', victim='SYRCVL', by='TURGOV', note='blamed by Turkey on the YPG; no claim'),
  K('SYRCVL', 19, 'killing 19 people, among them civilians and fighters', by='TURGOV', note='mixed toll: CVL'),
  W('SYRCVL', 33, 'wounding 33', by='TURGOV'))

I('w-syr-kafr-nabl', 'wire', '2020-02-25', 'Tue', 'Syria', 'gov_regains_territory', 'Kafr Nabl', 'Idlib', "Maarrat al-Nu'man", 0,
  "Syrian army retakes Kafr Nabl in southern Idlib, state media says - Syrian government forces regained control of the town of Kafr Nabl and several nearby villages on Tuesday, state news agency SANA said, as the army pressed its offensive in the Jabal al-Zawiya area a day after",
  C('SYRMIL', 'Syrian army retakes Kafr Nabl', victim='SYRREB', by='SYRGOV', s=False, note=H),
  C('SYRMIL', 'Syrian government forces regained control of the town of Kafr Nabl', victim='SYRREB', by='SYRGOV'),
  C('SYRMIL', 'several nearby villages', victim='SYRREB', by='SYRGOV', loc='-', s=False, note='unnamed'),
  O('SYRMIL', 'the army pressed its offensive in the Jabal al-Zawiya area', loc='-', s=False, note='ongoing'))

I('w-syr-kiswah', 'wire', '2019-11-20', 'Wed', 'Syria', 'air_drone_strike', 'Kiswah', 'Rif Dimashq', 'Markaz Rif Dimashq', 23,
  "Israel strikes Iranian targets in Syria after rocket fire - Israeli jets struck dozens of Iranian Quds Force and Syrian army targets around Kiswah and near the capital early on Wednesday, killing 23 fighters, among them 16 non-Syrians, a war monitor said. Syria's state media said two civilians were killed and that air defences had shot down most of the",
  A('ISRMIL', 'Israeli jets struck dozens of Iranian Quds Force and Syrian army targets', victim='IRNMIL'),
  K('SYRMIL', 23, 'killing 23 fighters, among them 16 non-Syrians', actor='ISRMIL', note='mixed Syrian and Iran-backed fighters; coded SYRMIL (judgement call)'),
  K('IRNMIL', 16, 'among them 16 non-Syrians', actor='ISRMIL', s=False, note='sub-count'),
  K('SYRCVL', 2, 'two civilians were killed', actor='ISRMIL', by='SYRGOV', s=False, note='state media figure: may overlap the monitor toll'),
  A('SYRMIL', 'Israel strikes Iranian targets in Syria after rocket fire', victim='ISRMIL', loc='-', date=None, s=False, note='background rocket fire, side not named (by context from Syria)'))

I('w-syr-idlib-market', 'wire', '2019-07-23', 'Mon', 'Syria', 'air_drone_strike', 'Maarat al-Numan', 'Idlib', "Maarrat al-Nu'man", 31,
  "Air strikes on Idlib market kill 31 - Air strikes hit a vegetable market in the rebel-held town of Maarat al-Numan on Monday morning, killing at least 31 people, rescuers and a monitor said. The monitor said Russian jets had carried out the strikes, a charge Moscow",
  K('SYRCVL', 31, 'Air strikes on Idlib market kill 31', s=False, note=H),
  A('RUSMIL', 'Air strikes hit a vegetable market', victim='SYRCVL', note='attributed by the monitor; the denial is cut'),
  K('SYRCVL', 31, 'killing at least 31 people', q='AT_LEAST', actor='RUSMIL'))

I('w-mli-boat', 'wire', '2023-09-08', 'Thu', 'Mali', 'attack', 'Bamba', 'Gao', 'Bourem', 64,
  "Mali says 64 killed in attacks on passenger boat and army base - Forty-nine civilians and 15 soldiers were killed on Thursday in two attacks by jihadists on a passenger boat on the Niger river near Bamba and on an army position in Bourem, Mali's transitional government said, adding that around 50 of the attackers had been",
  K('MLICVL', 64, 'Mali says 64 killed in attacks on passenger boat and army base', by='MLIGOV', s=False, note=H),
  K('MLICVL', 49, 'Forty-nine civilians and 15 soldiers were killed', actor='MLIREB', by='MLIGOV'),
  K('MLIMIL', 15, 'Forty-nine civilians and 15 soldiers were killed', actor='MLIREB', by='MLIGOV', loc='Bourem'),
  A('MLIREB', 'two attacks by jihadists on a passenger boat on the Niger river near Bamba', victim='MLICVL'),
  A('MLIREB', 'on an army position in Bourem', victim='MLIMIL', loc='Bourem'),
  K('MLIREB', 50, 'around 50 of the attackers had been', q='ABOUT', by='MLIGOV', s=False, note='cut before the verb'))

I('w-nga-borno-ied', 'wire', '2024-06-30', 'Sat', 'Nigeria', 'remote_explosive_ied', 'Gwoza', 'Borno', 'Gwoza', 18,
  "Female suicide bombers kill 18 in Nigeria's Borno - Suspected female suicide bombers struck a wedding, a funeral and a hospital in the town of Gwoza in Borno state on Saturday, killing at least 18 people, including children and pregnant women, the state emergency agency said. Nineteen others were seriously",
  K('NGACVL', 18, 'kill 18', actor='NGAREB', s=False, note=H),
  A('NGAREB', 'Suspected female suicide bombers struck a wedding, a funeral and a hospital', victim='NGACVL', note='three targets, not stated as a number: no count; suicide bombers in Borno: NGAREB'),
  K('NGACVL', 18, 'killing at least 18 people', q='AT_LEAST', actor='NGAREB', by='NGAGOV'),
  W('NGACVL', 19, 'Nineteen others were seriously', actor='NGAREB', s=False, note='cut sentence'))

I('w-som-beledweyne', 'wire', '2023-02-21', 'Tue', 'Somalia', 'gov_regains_territory', 'Bacadweyn', 'Hirshabelle', 'Hiiraan', 0,
  "Somali forces say they retake town from al Shabaab - Somali government forces and allied clan militias took control of the town of Bacadweyn on Tuesday after al Shabaab fighters withdrew overnight, a regional official said, adding that dozens of militants had been killed in fighting in the Hiiraan and",
  C('SOMMIL', 'Somali forces say they retake town from al Shabaab', victim='SOMREB', s=False, note=H),
  C('SOMMIL', 'took control of the town of Bacadweyn', victim='SOMREB', by='SOMGOV', loc='Bacadweyn'),
  K('SOMREB', None, 'dozens of militants had been killed', actor='SOMMIL', by='SOMGOV', date=None, s=False, note='vague, cut, unplaced'))

I('w-ken-bus-ied', 'wire', '2019-06-15', 'Sat', 'Kenya', 'remote_explosive_ied', 'Konton', 'Wajir', '', 8,
  "Eight police officers killed as vehicle hits bomb in Kenya - Eight Kenyan police reservists and officers were killed on Saturday when their vehicle struck an improvised explosive device near Konton in Wajir county, close to the Somali border, police said, blaming al",
  K('KENMIL', 8, 'Eight police officers killed', s=False, note=H),
  K('KENMIL', 8, 'Eight Kenyan police reservists and officers were killed', by='KENMIL', loc='Konton', note='the attribution is cut: actor null'),
  A(None, 'their vehicle struck an improvised explosive device near Konton', victim='KENMIL', loc='Konton'),
  E('KENMIL', 'VEHICLE', 'their vehicle struck an improvised explosive device', loc='Konton'))

I('w-yem-marib', 'wire', '2021-03-06', 'Fri', 'Yemen', 'armed_clash', 'Marib', 'Marib', '', 90,
  "Ninety fighters killed in 24 hours as Houthis push on Yemen's Marib - At least 90 fighters from both sides were killed in 24 hours of fighting west and north of the city of Marib, military sources said on Saturday, as the Houthi movement pressed an offensive launched last month to seize the government's last stronghold in the north. Saudi-led coalition jets",
  K('YEMREB', 90, 'Ninety fighters killed in 24 hours', s=False, note=H),
  K('YEMREB', 90, 'At least 90 fighters from both sides were killed in 24 hours of fighting', q='AT_LEAST', note='both sides with no split: coded YEMREB (first side, the attackers; judgement call); 24 hours: one episode'),
  A('YEMREB', '24 hours of fighting west and north of the city of Marib', victim='YEMMIL'),
  O('YEMREB', 'an offensive launched last month', date=None, s=False, note='background launch'),
  A('SAUMIL', 'Saudi-led coalition jets', s=False, note='cut'))

I('w-jor-outpost', 'wire', '2024-01-29', 'Sun', 'Jordan', 'air_drone_strike', '', '', '', 3,
  "Three US troops killed in drone attack in Jordan near Syria border - Three US service members were killed and dozens wounded in a drone attack on a small US outpost in north-east Jordan near the Syrian border overnight, US officials said on Sunday, blaming Iran-backed militants. President Joe Biden said the United States 'shall respond' at a",
  K('USAMIL', 3, 'Three US troops killed', loc='-', s=False, note=H),
  K('USAMIL', 3, 'Three US service members were killed', actor='IRQREB', by='USAGOV', loc='-', note='Iran-backed militants (Iraqi groups claimed): IRQREB'),
  W('USAMIL', None, 'dozens wounded', actor='IRQREB', by='USAGOV', loc='-'),
  A('IRQREB', 'a drone attack on a small US outpost in north-east Jordan', victim='USAMIL', by='USAGOV', loc='-'),
  T('USAGOV', "the United States 'shall respond'", victim='IRQREB', loc='-'))

I('w-pak-kurram', 'wire', '2024-11-21', 'Thu', 'Pakistan', 'attack', 'Parachinar', 'Khyber Pakhtunkhwa', 'Kurram', 42,
  "Gunmen kill 42 in attack on convoy in Pakistan's Kurram - Gunmen opened fire on a convoy of passenger vans travelling under police escort from Parachinar to Peshawar on Thursday, killing at least 42 people, including women and children, and wounding 20, officials said. Police said the attackers fired from both sides of the road near",
  K('PAKCVL', 42, 'Gunmen kill 42', s=False, note=H),
  A(None, 'Gunmen opened fire on a convoy of passenger vans', victim='PAKCVL'),
  K('PAKCVL', 42, 'killing at least 42 people, including women and children', q='AT_LEAST', by='PAKGOV'),
  W('PAKCVL', 20, 'wounding 20', by='PAKGOV'))

I('w-ind-kathua', 'wire', '2024-07-09', 'Mon', 'India', 'attack', 'Machedi', 'Jammu and Kashmir', 'Kathua', 5,
  "Five soldiers killed in militant ambush in Jammu's Kathua - Militants ambushed an army vehicle with grenades and gunfire in the Machedi area of Kathua district on Monday afternoon, killing five soldiers and injuring five others, army officials said on Tuesday. A search operation was launched in the forest where the attackers",
  K('INDMIL', 5, 'Five soldiers killed in militant ambush', actor='INDREB', s=False, note=H),
  A('INDREB', 'Militants ambushed an army vehicle with grenades and gunfire in the Machedi area of Kathua district', victim='INDMIL', loc='Machedi'),
  K('INDMIL', 5, 'killing five soldiers', actor='INDREB', by='INDMIL', loc='Machedi'),
  W('INDMIL', 5, 'injuring five others', actor='INDREB', by='INDMIL', loc='Machedi'),
  E('INDMIL', 'VEHICLE', 'ambushed an army vehicle', actor='INDREB', loc='Machedi', s=False, note='targeted, damage not stated'),
  O('INDMIL', 'A search operation was launched in the forest', loc='Machedi', s=False, note='routine search operation'))

I('w-afg-kunduz-mosque', 'wire', '2021-10-08', 'Fri', 'Afghanistan', 'remote_explosive_ied', 'Kunduz', 'Kunduz', 'Kunduz', 46,
  "Blast at Shi'ite mosque in Afghanistan's Kunduz kills dozens - A suicide bomber attacked a Shi'ite mosque in the northern city of Kunduz during Friday prayers, killing at least 46 worshippers and wounding 143, a UN official and hospital staff said. Islamic State claimed the attack, the deadliest since the Taliban took power in August, and said the bomber was a",
  K('AFGCVL', None, 'kills dozens', actor='AFGREB', s=False, note=H + ', vague'),
  A('AFGREB', "A suicide bomber attacked a Shi'ite mosque in the northern city of Kunduz", victim='AFGCVL', note='claimed by IS: AFGREB'),
  K('AFGCVL', 46, 'killing at least 46 worshippers', q='AT_LEAST', actor='AFGREB', by='IGOUNO'),
  W('AFGCVL', 143, 'wounding 143', actor='AFGREB', by='IGOUNO'))

I('w-mmr-lashio', 'wire', '2024-08-03', 'Sat', 'Myanmar', 'nonstate_takes_territory', 'Lashio', 'Shan', 'Lashio', 0,
  "Myanmar rebels say they have seized army's northeastern command - The Myanmar National Democratic Alliance Army said on Saturday it had captured the headquarters of the military's Northeastern Command in Lashio, the largest town in northern Shan state, after weeks of fighting, in what would be the first regional command to fall to",
  C('MMRREB', "Myanmar rebels say they have seized army's northeastern command", victim='MMRMIL', by='MMRREB', s=False, note=H),
  C('MMRREB', "it had captured the headquarters of the military's Northeastern Command in Lashio", victim='MMRMIL', by='MMRREB'))

I('w-ukr-sumy-strike', 'wire', '2025-04-13', 'Sun', 'Ukraine', 'shelling_artillery_missile', 'Sumy', 'Sumy', 'Sumy', 34,
  "Russian missiles hit Sumy city centre on Palm Sunday, killing 34 - Two Russian ballistic missiles struck the centre of the Ukrainian city of Sumy on Sunday morning as people gathered for Palm Sunday, killing 34 people, two of them children, and wounding 117, Ukraine's emergency service said. Russia's defence ministry said it had targeted a meeting of",
  K('UKRCVL', 34, 'killing 34', actor='RUSMIL', s=False, note=H),
  A('RUSMIL', 'Two Russian ballistic missiles struck the centre of the Ukrainian city of Sumy', victim='UKRCVL', n=2),
  K('UKRCVL', 34, 'killing 34 people, two of them children', actor='RUSMIL', by='UKRGOV'),
  K('UKRCVL', 2, 'two of them children', actor='RUSMIL', s=False, note='sub-count'),
  W('UKRCVL', 117, 'wounding 117', actor='RUSMIL', by='UKRGOV'))

I('w-pse-settlers', 'wire', '2023-02-27', 'Sun', 'Palestine', 'attack', 'Huwara', 'West Bank', 'Nablus', 3,
  "Settlers torch homes in West Bank town after shooting of two Israelis - Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara late on Sunday, setting fire to dozens of houses and cars, hours after a Palestinian gunman shot dead two Israeli brothers at a junction in the town. A Palestinian man was killed and 390 were hurt, mostly by tear gas, the Red",
  A('ISRCVL', 'Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara late on Sunday', victim='PSECVL'),
  K('PSECVL', 1, 'A Palestinian man was killed', note='the shooter is not stated (settlers or soldiers)'),
  W('PSECVL', 390, '390 were hurt, mostly by tear gas', note='hurt in the same night'),
  K('ISRCVL', 2, 'a Palestinian gunman shot dead two Israeli brothers', note='"lone Palestinian gunman": actor null; same day'),
  E('PSECVL', 'VEHICLE', 'setting fire to dozens of houses and cars', actor='ISRCVL', s=False, note='civilian cars'))

I('w-lby-tripoli-clash', 'wire', '2023-08-16', 'Mon', 'Libya', 'armed_clash', 'Tripoli', 'Tripoli', '', 55,
  "Death toll from Tripoli clashes rises to 55 - Clashes between two armed groups nominally under the Tripoli government that erupted on Monday night and lasted into Tuesday killed 55 people and wounded 146 in the Libyan capital, the emergency medicine centre said on Wednesday, as calm returned after elders from the Souq al-Jumaa district negotiated the",
  K('LBYCVL', 55, 'Death toll from Tripoli clashes rises to 55', date=None, s=False, note=H),
  A('LBYMIL', 'Clashes between two armed groups nominally under the Tripoli government', victim='LBYMIL', note='both sides one code: one line'),
  K('LBYCVL', 55, 'killed 55 people', date=None, note='mixed dead of two days of one episode: not cumulative, no single day'),
  W('LBYCVL', 146, 'wounded 146', date=None),
  TK(None, 'elders from the Souq al-Jumaa district negotiated the', s=False, note='cut; mediation, no party coded'))

I('w-xkx-banjska', 'wire', '2023-09-24', 'Sun', 'Kosovo', 'armed_clash', 'Banjska', 'Mitrovica', 'Zvecan', 4,
  "Kosovo police officer killed, three gunmen dead in monastery siege - About 30 heavily armed Serb gunmen attacked a Kosovo police patrol near the village of Banjska on Sunday, killing one officer and wounding another, before barricading themselves in a Serbian Orthodox monastery, Kosovo's prime minister said. Police said three of the attackers were killed in a gunfight that",
  K('XKXMIL', 1, 'Kosovo police officer killed', s=False, note=H),
  A(None, 'About 30 heavily armed Serb gunmen attacked a Kosovo police patrol near the village of Banjska', victim='XKXMIL', note='gunmen named by ethnicity only: actor null'),
  K('XKXMIL', 1, 'killing one officer', by='XKXGOV'),
  W('XKXMIL', 1, 'wounding another', by='XKXGOV'),
  K('XKXREB', 3, 'three of the attackers were killed in a gunfight', actor='XKXMIL', by='XKXMIL', note='Kosovo: XKX'),
  A('XKXMIL', 'killed in a gunfight', victim='XKXREB', s=False, note='response inside the same incident'))

I('w-sle-barracks', 'wire', '2023-11-27', 'Sun', 'Sierra Leone', 'attack', 'Freetown', 'Western Area', 'Freetown', 21,
  "Sierra Leone says 21 killed in attacks on Freetown barracks, prisons - Twenty-one people, among them 13 soldiers, were killed when gunmen attacked a military barracks, two prisons and a police station in Freetown early on Sunday, the army said on Monday, adding that 13 of the attackers had been arrested and that nearly 2,000 inmates freed in the",
  K('SLECVL', 21, 'Sierra Leone says 21 killed', s=False, note=H),
  A(None, 'gunmen attacked a military barracks, two prisons and a police station in Freetown', victim='SLEMIL'),
  K('SLECVL', 21, 'Twenty-one people, among them 13 soldiers, were killed', by='SLEMIL', note='mixed toll: CVL'),
  K('SLEMIL', 13, 'among them 13 soldiers', by='SLEMIL', s=False, note='sub-count'))

I('w-tgo-post', 'wire', '2023-07-20', 'Wed', 'Togo', 'attack', 'Kpinkankandi', 'Savanes', 'Kpendjal', 12,
  "Togo says 12 soldiers killed in jihadist attack in north - Gunmen attacked an army post in the village of Kpinkankandi in Togo's northern Savanes region near the border with Burkina Faso overnight into Wednesday, killing 12 soldiers, the government said. It said several of the attackers were killed as troops",
  K('TGOMIL', 12, 'Togo says 12 soldiers killed in jihadist attack', actor='TGOREB', by='TGOGOV', s=False, note=H),
  A('TGOREB', 'Gunmen attacked an army post in the village of Kpinkankandi', victim='TGOMIL', note='jihadist by the headline: TGOREB'),
  K('TGOMIL', 12, 'killing 12 soldiers', actor='TGOREB', by='TGOGOV'),
  K('TGOREB', None, 'several of the attackers were killed', actor='TGOMIL', by='TGOGOV', note='vague, scored without a count'))

I('w-cmr-bui', 'wire', '2022-04-04', 'Sun', 'Cameroon', 'attack', 'Kumbo', 'North-West', 'Bui', 3,
  "Separatists kill three gendarmes in Cameroon's North-West - Suspected Anglophone separatists killed three gendarmes in an ambush on the outskirts of Kumbo on Sunday and burned their vehicle, a military source said, in the latest violence before the start of the school term, which the fighters have",
  K('CMRMIL', 3, 'Separatists kill three gendarmes', actor='CMRREB', s=False, note=H),
  K('CMRMIL', 3, 'Suspected Anglophone separatists killed three gendarmes in an ambush', actor='CMRREB'),
  A('CMRREB', 'in an ambush on the outskirts of Kumbo', victim='CMRMIL'),
  E('CMRMIL', 'VEHICLE', 'burned their vehicle', actor='CMRREB'))

I('w-cod-mugunga', 'wire', '2024-05-04', 'Fri', 'DR Congo', 'shelling_artillery_missile', 'Mugunga', 'North Kivu', 'Goma', 35,
  "Bombs hit Congo displacement camps near Goma, killing at least 35 - Shells struck two camps for displaced people at Mugunga and Lac Vert on the outskirts of Goma on Friday, killing at least 35 people, most of them women and children, a government spokesman said on Saturday, blaming the M23 and the Rwandan army. Rwanda rejected the accusation and",
  K('CODREF', 35, 'killing at least 35', q='AT_LEAST', s=False, note=H),
  A('CODREB', 'Shells struck two camps for displaced people at Mugunga and Lac Vert', victim='CODREF', by='CODGOV', note='blamed by the government on the M23 (Rwanda denies its own part only)'),
  K('CODREF', 35, 'killing at least 35 people, most of them women and children', q='AT_LEAST', actor='CODREB', by='CODGOV', note='camp residents: REF'))

I('w-irn-kerman', 'wire', '2024-01-04', 'Wed', 'Iran', 'remote_explosive_ied', 'Kerman', 'Kerman', 'Kerman', 89,
  "Iran lowers Kerman blasts toll to 89 - Iran's interior minister lowered the death toll from twin explosions near the tomb of Qassem Soleimani in Kerman to 89 from 103 on Thursday, saying some victims had been counted twice. More than 280 people were wounded in Wednesday's blasts, which Islamic State claimed late on Thursday, saying two of its",
  K('IRNCVL', 89, 'Iran lowers Kerman blasts toll to 89', by='IRNGOV', s=False, note=H),
  K('IRNCVL', 89, 'lowered the death toll from twin explosions near the tomb of Qassem Soleimani in Kerman to 89 from 103', actor='IRNREB', by='IRNGOV', note='revised toll, dated to the blasts; claimed by IS: IRNREB'),
  A('IRNREB', 'twin explosions near the tomb', victim='IRNCVL', n=2),
  W('IRNCVL', 280, "More than 280 people were wounded in Wednesday's blasts", q='AT_LEAST', actor='IRNREB'))

I('w-lbn-pagers', 'wire', '2024-09-17', 'Tue', 'Lebanon', 'remote_explosive_ied', '', '', '', 9,
  "Pagers explode across Lebanon, killing nine and wounding thousands - Hundreds of paging devices used by Hezbollah members exploded almost simultaneously across Lebanon on Tuesday afternoon, killing at least nine people, including a girl, and wounding about 2,800, Lebanon's health minister said. Hezbollah blamed Israel and vowed it would receive its \u2026",
  K('LBNCVL', 9, 'killing nine', s=False, loc='-', note=H),
  A(None, 'Hundreds of paging devices used by Hezbollah members exploded almost simultaneously across Lebanon', victim='LBNREB', by='LBNREB', loc='-', note='blamed on Israel by Hezbollah only: actor null'),
  K('LBNCVL', 9, 'killing at least nine people, including a girl', q='AT_LEAST', by='LBNGOV', loc='-', note='mixed people: CVL'),
  K('LBNCVL', 1, 'including a girl', s=False, loc='-', note='sub-count'),
  W('LBNCVL', 2800, 'wounding about 2,800', q='ABOUT', by='LBNGOV', loc='-'),
  T('LBNREB', 'vowed it would receive its', victim='ISRMIL', loc='-', s=False, note='cut'))

I('w-idn-papua', 'wire', '2023-04-17', 'Sat', 'Indonesia', 'armed_clash', 'Nduga', 'Highland Papua', 'Nduga', 5,
  "Papua rebels say they killed soldiers sent to free New Zealand pilot - Indonesia's military said on Monday that five soldiers had been killed and others were missing after separatist rebels attacked troops searching for a New Zealand pilot held hostage in Nduga regency on Saturday. The rebels said they had killed nine",
  K('IDNMIL', None, 'they killed soldiers', actor='IDNREB', by='IDNREB', s=False, note=H + ', vague'),
  K('IDNMIL', 5, 'five soldiers had been killed', actor='IDNREB', by='IDNMIL'),
  A('IDNREB', 'separatist rebels attacked troops searching for a New Zealand pilot', victim='IDNMIL'),
  K('IDNMIL', 9, 'The rebels said they had killed nine', actor='IDNREB', by='IDNREB', s=False, note='competing claim, cut'))

I('w-mex-culiacan', 'wire', '2024-09-19', 'Wed', 'Mexico', 'other_violence', 'Culiacan', 'Sinaloa', 'Culiacan', 5,
  "Five bodies dumped in Culiacan as Sinaloa cartel feud rages - The bodies of five men, some wearing sombreros, were found on Wednesday next to a wall near a university in Culiacan, the capital of Sinaloa state, the state prosecutor's office said, as a war between factions of the Sinaloa cartel entered its second week. Schools in the city were closed and the army sent 600 more",
  K('MEXCVL', 5, 'Five bodies dumped in Culiacan', s=False, note=H),
  K('MEXCVL', 5, 'The bodies of five men, some wearing sombreros, were found on Wednesday', by='MEXGOV', note='cartel feud context; victims unknown: CVL'),
  DP('MEXMIL', 'the army sent 600 more', s=False, note='cut before its noun'))

I('w-tcd-barkaram', 'wire', '2024-10-28', 'Sun', 'Chad', 'attack', 'Barkaram', 'Lac', '', 40,
  "Around 40 Chadian soldiers killed in attack near Lake Chad - Boko Haram fighters attacked a military base at Barkaram in Chad's Lac province late on Sunday, killing around 40 soldiers, the presidency said on Monday. President Mahamat Idriss Deby went to the area and announced an operation to hunt down the attackers, the",
  K('TCDMIL', 40, 'Around 40 Chadian soldiers killed', q='ABOUT', actor='NGAREB', s=False, note=H),
  A('NGAREB', 'Boko Haram fighters attacked a military base at Barkaram', victim='TCDMIL'),
  K('TCDMIL', 40, 'killing around 40 soldiers', q='ABOUT', actor='NGAREB', by='TCDGOV'),
  O('TCDMIL', 'announced an operation to hunt down the attackers', victim='NGAREB', by='TCDGOV', date='rep', note='announced on Monday, the report day'))

I('w-sdn-zamzam', 'wire', '2025-04-13', 'Fri', 'Sudan', 'attack', 'Zamzam', 'North Darfur', 'El Fasher', 100,
  "RSF storms Zamzam camp in Darfur; UN says more than 100 killed - Sudan's Rapid Support Forces attacked the Zamzam displacement camp south of El Fasher on Friday and Saturday, killing more than 100 people, among them 20 children and nine aid workers, the UN said, as the paramilitary group said on Sunday it had taken control of the camp. Tens of thousands of people have fled towards Tawila, about",
  K('SDNREF', 100, 'UN says more than 100 killed', q='AT_LEAST', actor='SDNREB', by='IGOUNO', s=False, note=H),
  A('SDNREB', "Sudan's Rapid Support Forces attacked the Zamzam displacement camp", victim='SDNREF'),
  K('SDNREF', 100, 'killing more than 100 people, among them 20 children and nine aid workers', q='AT_LEAST', actor='SDNREB', by='IGOUNO', date=None, note='two days: no single date; camp residents REF'),
  K('SDNREF', 20, 'among them 20 children', actor='SDNREB', s=False, date=None, note='sub-count'),
  K('SDNCVL', 9, 'nine aid workers', actor='SDNREB', s=False, date=None, note='sub-count'),
  C('SDNREB', 'it had taken control of the camp', victim='SDNREF', by='SDNREB', date='Sun'),
  D('SDNREF', None, 'Tens of thousands of people have fled towards Tawila', cum=True, date='rep', note='vague'))

I('w-col-puerto-jordan', 'wire', '2024-09-17', 'Tue', 'Colombia', 'remote_explosive_ied', 'Puerto Jordan', 'Arauca', 'Arauquita', 2,
  "ELN truck bomb kills two soldiers at Colombian army base - A truck loaded with explosives blew up at a military base in Puerto Jordan, in the eastern province of Arauca, early on Tuesday, killing two soldiers and injuring 27, the army said, blaming the ELN guerrillas. President Gustavo Petro said the attack \u2026",
  K('COLMIL', 2, 'ELN truck bomb kills two soldiers', actor='COLREB', s=False, note=H),
  A('COLREB', 'A truck loaded with explosives blew up at a military base in Puerto Jordan', victim='COLMIL', by='COLMIL', note='blamed by the army on the ELN'),
  K('COLMIL', 2, 'killing two soldiers', actor='COLREB', by='COLMIL'),
  W('COLMIL', 27, 'injuring 27', actor='COLREB', by='COLMIL'))

I('w-moz-chipene', 'wire', '2022-09-08', 'Tue', 'Mozambique', 'attack', 'Chipene', 'Nampula', 'Erati', 1,
  "Insurgents kill Italian nun in Mozambique mission attack - Islamist insurgents attacked a Catholic mission in Chipene, in the Ocua area of Nampula province, on Tuesday night, killing an elderly Italian nun and burning the church, the hospital and a school, the Vatican news service said. Hundreds of villagers fled to",
  K('ITACVL', 1, 'killing an elderly Italian nun', actor='MOZREB', loc='Chipene'),
  A('MOZREB', 'Islamist insurgents attacked a Catholic mission in Chipene', victim='MOZCVL', loc='Chipene'),
  D('MOZCVL', None, 'Hundreds of villagers fled to', loc='Chipene', s=False, note='vague and cut'))

# non-conflict
I('w-gin-stadium', 'wire', '2024-12-02', 'Sun', 'Guinea', 'accident', 'Nzerekore', 'Nzerekore', 'Nzerekore', 0,
  "Crush at Guinea football match kills 56 - A crush at a football match in Guinea's second city Nzerekore on Sunday killed 56 people, the government said on Monday, after fans rushed the exits when police fired tear gas during a dispute over a referee's decision. Local medics said the real toll was higher and that dozens of",
  K('GINCVL', 56, 'Crush at Guinea football match kills 56', cause='accident', s=False, note=H),
  K('GINCVL', 56, 'killed 56 people', cause='accident', by='GINGOV', note='a crush (tear gas preceded it): accident'))

I('w-jpn-noto', 'wire', '2024-01-05', 'Mon', 'Japan', 'disaster', 'Wajima', 'Ishikawa', 'Wajima', 0,
  "Japan quake toll rises to 92, more than 240 unaccounted for - The number of people killed by the magnitude 7.6 earthquake that struck the Noto peninsula on New Year's Day rose to 92 on Friday, Ishikawa prefecture said, most of them in the cities of Wajima and Suzu. More than 30,000 people remain in evacuation shelters and",
  K('JPNCVL', 92, 'Japan quake toll rises to 92', cause='disaster', loc='-', s=False, note=H),
  K('JPNCVL', 92, 'rose to 92 on Friday', cause='disaster', by='JPNGOV', date='2024-01-01', loc='Noto', note='updated toll of one quake, dated to the quake'),
  D('JPNCVL', 30000, 'More than 30,000 people remain in evacuation shelters', q='AT_LEAST', by='JPNGOV', date='rep', loc='Noto'))

I('w-vnm-lang-nu', 'wire', '2024-09-12', 'Tue', 'Vietnam', 'disaster', 'Lang Nu', 'Lao Cai', 'Bao Yen', 0,
  "Flash flood buries Vietnamese village after Typhoon Yagi - A flash flood swept through the hamlet of Lang Nu in northern Lao Cai province on Tuesday morning, burying houses under mud and rocks, state media said on Thursday, with 48 bodies recovered so far and 47 people missing. Rescuers were digging through",
  K('VNMCVL', 48, 'with 48 bodies recovered so far', cause='disaster', by='VNMGOV', note='one flood; toll so far, not a tally'))

I('w-ind-hathras', 'wire', '2024-07-03', 'Tue', 'India', 'accident', 'Hathras', 'Uttar Pradesh', 'Hathras', 0,
  "Stampede at religious gathering in India kills 121 - At least 121 people, most of them women, were crushed to death in a stampede at a Hindu religious gathering in Hathras district of Uttar Pradesh on Tuesday afternoon, officials said on Wednesday, as devotees rushed to touch the feet of a preacher leaving the tent. Another 28 were injured and taken to",
  K('INDCVL', 121, 'Stampede at religious gathering in India kills 121', cause='accident', s=False, note=H),
  K('INDCVL', 121, 'At least 121 people, most of them women, were crushed to death', q='AT_LEAST', cause='accident', by='INDGOV'),
  W('INDCVL', 28, 'Another 28 were injured', cause='accident', by='INDGOV'))

I('w-sdn-cholera', 'wire', '2024-09-02', '2024-09-02', 'Sudan', 'disease', 'Kassala', 'Kassala', 'Kassala', 0,
  "Cholera kills 165 in Sudan as floods spread disease - A cholera outbreak declared in Kassala state in mid-August has killed 165 people and infected more than 4,200 across 10 states, Sudan's health ministry said on Monday, as heavy rains and floods contaminated water sources in camps for people displaced by the war. The WHO said it would send",
  K('SDNCVL', 165, 'Cholera kills 165 in Sudan', cause='disease', loc='-', cum=True, s=False, note=H),
  K('SDNCVL', 165, 'has killed 165 people', cause='disease', by='SDNGOV', cum=True, loc='-', note='since mid-August across states: cumulative'))

# no event
I('w-phl-decommission', 'wire', '2022-06-02', '2022-06-02', 'Philippines', 'protest_or_statement', 'Sultan Kudarat', 'BARMM', 'Maguindanao', 0,
  "Former Moro rebels hand over guns in Philippine peace process - About 1,500 former fighters of the Moro Islamic Liberation Front handed over their weapons at a ceremony in Sultan Kudarat, Maguindanao, on Thursday, as part of a 2014 peace agreement that ended a decades-long insurgency in which some 120,000 people were",
  TK('PHLGOV', 'as part of a 2014 peace agreement', loc='-', date=None, s=False, note='background agreement'))
