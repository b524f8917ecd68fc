# b3: news articles, Syria (4) and the Middle East and Caucasus (7)
X('n-syr-maarat', 'news', '2020-01-29', 'Tue', 'Syria', 'gov_regains_territory', 'Maarat al-Numan', 'Idlib', 'Maarat al-Numan', 6,
  """Syrian army enters Maarat al-Numan as rebels fall back

BEIRUT — Syrian government troops entered the town of Maarat al-Numan on Tuesday after a week-long push through the farmland south of it, state television reported. It is the largest town taken since Damascus and Moscow resumed their campaign against the last opposition enclave in December.

The army had regained Maar Shamsheh, Talmenes and Deir al-Sharqi over the previous days, closing the roads into the town from the east. Footage broadcast in the evening showed soldiers raising a flag over the municipal building. Commanders of the opposition said their fighters had pulled out to avoid being encircled.

A Britain-based monitoring group said at least 27 soldiers and allied militiamen and 19 rebel fighters had been killed in the fighting around the town since Friday. Russian aircraft struck Ariha and Maarrat Misrin overnight, and six civilians died in Ariha, according to volunteer rescuers.

Maarat al-Numan itself was all but deserted. Most of its residents left in December as the bombardment grew heavier. The United Nations says 388,000 people have fled their homes in the north-west since 1 December, most of them towards camps along the Turkish border.

Turkey, which backs several of the rebel factions, warned Damascus on Tuesday that it would "not stand by" if its observation posts in the area were attacked. Four Turkish soldiers were killed by government shelling in the region earlier this month.""",
  C('SYRMIL', 'Syrian government troops entered the town of Maarat al-Numan on Tuesday', cb='SYRGOV'),
  C('SYRMIL', 'Syrian army enters Maarat al-Numan', sc=False, note='headline restatement'),
  C('SYRMIL', 'The army had regained Maar Shamsheh', loc='Maar Shamsheh', date=None, note='over the previous days: no single day'),
  C('SYRMIL', 'Talmenes', loc='Talmenes', date=None),
  C('SYRMIL', 'Deir al-Sharqi', loc='Deir al-Sharqi', date=None),
  K('SYRMIL', '>=27', 'at least 27 soldiers and allied militiamen and 19 rebel fighters had been killed in the fighting around the town since Friday', cum=True, date='rep', note='tally since Friday; "at least" governs both figures'),
  K('SYRREB', '>=19', 'at least 27 soldiers and allied militiamen and 19 rebel fighters had been killed in the fighting around the town since Friday', cum=True, date='rep'),
  A('RUSMIL', 'Russian aircraft struck Ariha and Maarrat Misrin overnight', loc='Ariha', victim='SYRCVL', note='overnight after Tuesday: Tuesday'),
  K('SYRCVL', 6, 'six civilians died in Ariha', actor='RUSMIL', loc='Ariha'),
  D('SYRCVL', None, 'Most of its residents left in December', date=None, sc=False, note='background, vague'),
  D('SYRCVL', 388000, '388,000 people have fled their homes in the north-west since 1 December', cum=True, loc=None, date='rep', cb='IGOUNO'),
  T('TURGOV', 'warned Damascus on Tuesday that it would "not stand by"', victim='SYRMIL', loc=None),
  K('TURMIL', 4, 'Four Turkish soldiers were killed by government shelling in the region earlier this month', actor='SYRMIL', loc=None, date=None, sc=False, note='background'),
  O('SYRMIL', 'Damascus and Moscow resumed their campaign against the last opposition enclave in December', loc=None, date=None, sc=False, note='background campaign'))
X('n-syr-peacespring', 'news', '2019-10-10', 'Wed', 'Syria', 'shelling_artillery_missile', 'Tal Abyad', 'Raqqa', 'Tal Abyad', 10,
  """Turkish troops cross into northeast Syria; thousands flee border towns

CEYLANPINAR, Turkey (Oct 10) — Turkish soldiers and allied Syrian fighters crossed into northeast Syria on Wednesday afternoon, hours after President Tayyip Erdogan announced the start of a military operation against the Kurdish-led Syrian Democratic Forces.

Warplanes and howitzers pounded Tal Abyad and Ras al-Ain through the night. The SDF said seven civilians, among them a baby, were killed in the bombardment of Tal Abyad and its surrounding villages. It gave no figure for its fighters killed in the bombardment.

The SDF said its fighters had repelled an attempt by Turkish-backed factions to enter the village of Yabisa, west of Tal Abyad, on Thursday morning, and that three of its members were killed in the fighting there.

The International Rescue Committee estimated that 64,000 people had left the two Syrian towns by Thursday morning, many of them heading south towards Hasakah in cars and on tractors. Aid groups suspended most of their work along the border strip.

In Damascus, the foreign ministry said on Wednesday that Syria would "confront the aggression by all legitimate means". The United Nations Security Council was due to meet behind closed doors later on Thursday at the request of its five European members.""",
  O('TURMIL', 'announced the start of a military operation against the Kurdish-led Syrian Democratic Forces', loc=None, cb='TURGOV', victim='SYRREB'),
  DP('TURMIL', 'Turkish soldiers and allied Syrian fighters crossed into northeast Syria on Wednesday afternoon', loc=None),
  A('TURMIL', 'Warplanes and howitzers pounded Tal Abyad and Ras al-Ain through the night', victim='SYRREB'),
  K('SYRCVL', 7, 'seven civilians, among them a baby, were killed', actor='TURMIL'),
  K('SYRCVL', 1, 'among them a baby', actor='TURMIL', sc=False, note='sub-count'),
  A('SYRREB', 'an attempt by Turkish-backed factions to enter the village of Yabisa', loc='Yabisa', date='Thu', victim='SYRREB', cb='SYRREB'),
  K('SYRREB', 3, 'three of its members were killed in the fighting there', loc='Yabisa', date='Thu', cb='SYRREB', note='SDF as claimant: SYRREB'),
  D('SYRCVL', None, 'thousands flee border towns', date='Thu', sc=False, note='headline restatement'),
  D('SYRCVL', '~64000', '64,000 people had left the two Syrian towns by Thursday morning', date='Thu', note='"estimated": ABOUT'),
  T('SYRGOV', 'would "confront the aggression by all legitimate means"', loc='Damascus', victim='TURMIL'),
  TK('IGOUNO', 'The United Nations Security Council was due to meet behind closed doors', loc=None, date=None, sc=False, note='future meeting'))
X('n-syr-kanaker', 'news', '2020-05-06', 'Mon', 'Syria', 'attack', 'Kanaker', 'Rif Dimashq', 'Qatana', 4,
  """Russian military police move into Kanaker after standoff with army

A column of Russian military police entered the town of Kanaker, southwest of Damascus, on Wednesday morning under a deal that ended a three-day standoff between government forces and local armed men, residents and opposition media said.

The standoff began on Monday, when gunmen attacked an army checkpoint at the town's northern entrance. Four soldiers were killed and the checkpoint was burned. Nobody claimed the attack.

On Tuesday the 4th Division sent tanks and several hundred troops to the outskirts, and officers gave the town's notables 48 hours to hand over about 20 wanted men or face an assault. "Either they come out, or we go in," an officer was quoted as telling them.

Hours later, a delegation of elders met Russian officers at the Hmeimim reconciliation office's local branch in Qatana. Under the deal they reached, the wanted men will "settle their status" with the security services and the 4th Division will pull back to its previous positions, a local activist said.

Kanaker was among the towns that signed surrender agreements in 2016 and 2018, when rebels who refused to stay were bussed to the north. Since then, such incidents have grown more frequent across the southwest.""",
  A(None, "gunmen attacked an army checkpoint at the town's northern entrance", victim='SYRMIL'),
  K('SYRMIL', 4, 'Four soldiers were killed'),
  DP('SYRMIL', 'the 4th Division sent tanks and several hundred troops to the outskirts', date='Tue'),
  T('SYRMIL', 'gave the town\'s notables 48 hours to hand over about 20 wanted men or face an assault', date='Tue', victim='SYRCVL'),
  TK('RUSMIL', 'a delegation of elders met Russian officers', loc='Qatana', date='Tue', note='Hours later: Tuesday; the elders are the other party'),
  DP('RUSMIL', 'A column of Russian military police entered the town of Kanaker', date='rep'),
  C('RUSMIL', 'A column of Russian military police entered the town of Kanaker', date='rep', sc=False, note='entry by agreement: DEPLOYMENT scored, CAPTURE reading unscored'))
X('n-syr-jisr', 'news', '2019-07-23', 'Mon', 'Syria', 'air_drone_strike', 'Jisr al-Shughur', 'Idlib', 'Jisr al-Shughur', 24,
  """Air strikes on crowded market kill at least 23 in Idlib town

Warplanes believed to be Russian struck the vegetable market of Jisr al-Shughur in Idlib province on Monday morning, killing at least 23 people and wounding more than 40, rescue workers said on Tuesday.

The toll rose overnight from 15 as more bodies were pulled from the collapsed shops. Four children were among the dead, according to the Syrian Civil Defence, whose teams worked under floodlights until after midnight.

A second strike hit the same street about twenty minutes after the first, as people gathered to help the wounded. One of the rescuers, a 31-year-old volunteer, was killed, the organisation said.

Moscow denies targeting civilians and says its air force strikes only "terrorist" positions in the Idlib de-escalation zone. Syrian state media made no mention of the strike.

The civil defence has accused the government and its allies of repeatedly hitting rescuers who arrive at the scene of a strike, a tactic it says is meant to keep people from helping the wounded. Human rights groups have documented similar cases in Aleppo and eastern Ghouta in previous years.

The market had reopened only a week ago after it was damaged in an earlier raid. Residents said many families who had fled the southern countryside of Idlib in May were living in half-finished buildings near the market.""",
  A('RUSMIL', 'Warplanes believed to be Russian struck the vegetable market of Jisr al-Shughur', date='Mon', victim='SYRCVL'),
  K('SYRCVL', '>=23', 'killing at least 23 people', actor='RUSMIL'),
  K('SYRCVL', '>=23', 'kill at least 23', actor='RUSMIL', sc=False, note='headline restatement'),
  W('SYRCVL', '>=40', 'wounding more than 40', actor='RUSMIL'),
  K('SYRCVL', 15, 'The toll rose overnight from 15', actor='RUSMIL', sc=False, note='superseded figure'),
  K('SYRCVL', 4, 'Four children were among the dead', actor='RUSMIL', sc=False, note='sub-count'),
  A('RUSMIL', 'A second strike hit the same street about twenty minutes after the first', victim='SYRCVL', sc=False, note='second act of the same attack'),
  K('SYRCVL', 1, 'One of the rescuers, a 31-year-old volunteer, was killed', actor='RUSMIL', note='killed by the second strike: not said to be among the 23'),
  D('SYRCVL', None, 'many families who had fled the southern countryside of Idlib in May', loc='Idlib', date=None, sc=False, note='background'))
X('n-irq-protests', 'news', '2019-10-05', 'Fri', 'Iraq', 'attack', 'Nasiriyah', 'Dhi Qar', 'Nasiriyah', 13,
  """Iraq protest death toll climbs past 80 as snipers fire on crowds

BAGHDAD, Oct 5 — At least 87 people have been killed and more than 3,000 wounded since anti-government protests erupted in Baghdad and the southern provinces on Tuesday, Iraq's parliamentary human rights commission said on Saturday.

Friday was the bloodiest day so far. Security forces opened fire on thousands of protesters who tried to reach the provincial council building in Nasiriyah, killing 12, medical sources in the city said. In Baghdad, unidentified snipers on rooftops shot at demonstrators near Tahrir Square.

A policeman was also killed in Nasiriyah when protesters set fire to a police post, the interior ministry said.

Prime Minister Adel Abdul Mahdi lifted a round-the-clock curfew in the capital on Saturday morning, but internet access remained largely cut. The country's top Shi'ite cleric urged the government to act "before it is too late".

Hospitals in Baghdad appealed for blood donations, and doctors at one of them said they had run out of some surgical supplies by Friday night. Witnesses described security forces using live ammunition and tear gas canisters fired directly at people's heads, accusations the government did not address.

Protesters are demanding jobs, an end to corruption and better public services. Many of them say they will return to the streets next week.""",
  K('IRQCVL', '>=80', 'Iraq protest death toll climbs past 80', cum=True, loc=None, date='rep', sc=False, note='headline restatement'),
  K('IRQCVL', '>=87', 'At least 87 people have been killed', cum=True, loc=None, date='rep', cb='IRQGOV', note='tally since Tuesday; parliamentary commission as GOV'),
  W('IRQCVL', '>=3000', 'more than 3,000 wounded', cum=True, loc=None, date='rep', cb='IRQGOV'),
  A('IRQMIL', 'Security forces opened fire on thousands of protesters', victim='IRQCVL'),
  K('IRQCVL', 12, 'killing 12, medical sources in the city said', actor='IRQMIL'),
  A(None, 'unidentified snipers on rooftops shot at demonstrators near Tahrir Square', loc='Baghdad', victim='IRQCVL'),
  K('IRQMIL', 1, 'A policeman was also killed in Nasiriyah', cb='IRQGOV', actor='IRQCVL', note='killed when protesters set fire to a post'),
  A('IRQCVL', 'protesters set fire to a police post', victim='IRQMIL', sc=False, note='protesters, not an armed attack'))
X('n-irn-kerman', 'news', '2024-01-04', 'Wed', 'Iran', 'remote_explosive_ied', 'Kerman', 'Kerman', 'Kerman', 89,
  """Islamic State claims twin blasts at Kerman memorial as Iran revises toll

DUBAI, Jan 4 — Islamic State said on Thursday that two of its members had detonated explosive belts among crowds marking the anniversary of a general's death in the Iranian city of Kerman, a day after the deadliest attack in the country in decades.

Iran's health ministry lowered the death toll from the two explosions on Wednesday to 89 from 97, saying some victims had been counted twice. It said 284 people had been wounded, about 30 of them seriously. The blasts went off about 15 minutes apart on a road leading to the cemetery.

In a statement carried by its Amaq news agency, the group said the bombers had targeted a "gathering of apostates". Iran's interior minister had earlier vowed that those responsible would face "a harsh and decisive response".

Witnesses described panic as the second explosion went off while people were trying to help those wounded in the first. Many of the dead were women and children who had come from other provinces on buses organised by mosques and local associations, state television said.

President Ebrahim Raisi cancelled a trip to Turkey. Authorities declared a national day of mourning, and funerals were held in several cities on Thursday.""",
  A('IRNREB', 'two of its members had detonated explosive belts', cb='IRNREB', date='Wed', victim='IRNCVL', note='IS in Iran: IRNREB'),
  K('IRNCVL', 89, 'lowered the death toll from the two explosions on Wednesday to 89', actor='IRNREB', cb='IRNGOV', note='revised toll: the latest figure'),
  K('IRNCVL', 97, 'from 97', actor='IRNREB', sc=False, note='superseded figure'),
  W('IRNCVL', 284, '284 people had been wounded', actor='IRNREB', cb='IRNGOV'),
  W('IRNCVL', '~30', 'about 30 of them seriously', sc=False, note='sub-count'),
  T('IRNGOV', 'those responsible would face "a harsh and decisive response"', victim='IRNREB', date='rep', note='undated vow: report day'))
X('n-lbn-nabatieh', 'news', '2024-10-16', 'Wed', 'Lebanon', 'air_drone_strike', 'Nabatieh', 'Nabatieh', 'Nabatieh', 8,
  """Israeli strikes hit Nabatieh town hall, killing mayor

Israeli warplanes struck the municipal headquarters of Nabatieh in south Lebanon on Wednesday while the crisis committee was meeting to organise aid deliveries, killing the town's mayor and five other people, Lebanon's health ministry said.

Rescue crews were still digging through the rubble in the afternoon. Another strike on Wednesday morning destroyed a row of shops in the town's old market, which dates back to the Ottoman period. No casualties were reported there.

Hezbollah said its fighters destroyed two Merkava tanks with guided missiles near the border village of Ramyeh on Tuesday. The Israeli army did not comment on the claim, but said two of its soldiers had been killed in combat in southern Lebanon the same day.

The mayor had refused to leave the town when most of its residents moved north in the first week of the escalation, saying someone had to keep the bakeries and the water pumps running. Colleagues described him as a pharmacist who had run the municipality for nine years without party backing.

Lebanese authorities say more than 2,300 people have been killed in the country since last October, most of them since the escalation in September. About 1.2 million have fled their homes.""",
  A('ISRMIL', 'Israeli warplanes struck the municipal headquarters of Nabatieh', victim='LBNCVL'),
  K('LBNGOV', 1, "killing the town's mayor", actor='ISRMIL', cb='LBNGOV', note='a mayor: GOV'),
  K('LBNCVL', 5, 'five other people', actor='ISRMIL', cb='LBNGOV'),
  A('ISRMIL', "Another strike on Wednesday morning destroyed a row of shops in the town's old market", victim='LBNCVL'),
  E('ISRMIL', 'TANK', 'destroyed two Merkava tanks with guided missiles', actor='LBNREB', count=2, loc='Ramyeh', date='Tue', cb='LBNREB'),
  A('LBNREB', 'destroyed two Merkava tanks with guided missiles', loc='Ramyeh', date='Tue', cb='LBNREB', victim='ISRMIL'),
  K('ISRMIL', 2, 'two of its soldiers had been killed in combat in southern Lebanon the same day', loc=None, date='Tue', cb='ISRMIL'),
  K('LBNCVL', '>=2300', 'more than 2,300 people have been killed in the country since last October', loc=None, date='rep', cum=True, cb='LBNGOV', sc=False, note='year-long tally: background'),
  D('LBNCVL', '~1200000', 'About 1.2 million have fled their homes', loc=None, date='rep', cum=True, sc=False, note='war-long tally: background'),
  K('LBNGOV', 1, 'killing mayor', actor='ISRMIL', sc=False, note='headline restatement'))
X('n-gaza-khanyounis', 'news', '2024-07-31', 'Tue', 'Palestine', 'air_drone_strike', 'Khan Younis', 'Khan Younis', 'Khan Younis', 17,
  """Strike on tents in Khan Younis kills 17, Gaza civil defence says

An Israeli air strike on a cluster of tents sheltering displaced families west of Khan Younis on Tuesday night killed 17 people, including a woman and her three daughters, Gaza's civil defence agency said on Wednesday.

The Israeli military said it had struck "a Hamas command centre embedded in the humanitarian area" and that it had taken steps to reduce harm to civilians. It did not name a target.

Ambulance crews said at least 26 people were taken to Nasser hospital with burns and shrapnel wounds. Relatives said the families had arrived from Rafah in May after the military ordered them to leave.

The humanitarian zone along the coast has swelled to hold well over a million people, according to United Nations estimates, most of them living in tents or makeshift shelters with little access to clean water. Aid officials say the area is far too crowded for anyone to be safe there.

Earlier on Tuesday, Israeli tanks pushed back into the eastern Bani Suheila area after issuing new evacuation orders, and thousands of people left the district on foot, witnesses said. The Gaza health ministry says more than 39,000 Palestinians have been killed in the territory since October.""",
  A('ISRMIL', 'An Israeli air strike on a cluster of tents sheltering displaced families', victim='PSEREF'),
  K('PSEREF', 17, 'killed 17 people, including a woman and her three daughters', actor='ISRMIL', note='displaced families in tents: REF'),
  K('PSEREF', 4, 'including a woman and her three daughters', actor='ISRMIL', sc=False, note='sub-count'),
  K('PSEREF', 17, 'kills 17', actor='ISRMIL', sc=False, note='headline restatement'),
  W('PSEREF', '>=26', 'at least 26 people were taken to Nasser hospital', actor='ISRMIL'),
  C('ISRMIL', 'Israeli tanks pushed back into the eastern Bani Suheila area', loc='Bani Suheila'),
  D('PSECVL', None, 'thousands of people left the district on foot', loc='Bani Suheila'),
  D('PSEREF', None, 'the families had arrived from Rafah in May', loc='Rafah', date=None, sc=False, note='background'),
  K('PSECVL', '>=39000', 'more than 39,000 Palestinians have been killed in the territory since October', loc=None, date='rep', cum=True, cb='PSEGOV', sc=False, note='war-long tally: background'))
X('n-yem-hodeidah', 'news', '2018-06-14', 'Wed', 'Yemen', 'gov_regains_territory', 'Hodeidah', 'Hodeidah', 'Hodeidah', 0,
  """Coalition-backed forces launch assault on Yemen's Hodeidah port

ADEN, June 14 — Yemeni government forces backed by the Saudi-led coalition launched an offensive on Wednesday to seize the Red Sea city of Hodeidah, the main entry point for food and fuel into the country, coalition officials said.

Warships and aircraft pounded Houthi positions on the city's southern outskirts, and ground troops advanced along the coastal road from Al-Durayhimi. By Thursday the forces said they had reached the perimeter of Hodeidah airport. The Houthis said they had repelled the attack and destroyed several armoured vehicles.

Aid agencies fear the battle could cut off supplies to millions of people. The International Committee of the Red Cross said families were already leaving the southern districts, but gave no figure.

Hodeidah's port handles about 70 percent of Yemen's imports, and the United Nations has warned that as many as 250,000 people could lose everything in a prolonged battle. Shops in the city were closed on Thursday, and residents said bread prices had doubled since Monday.

A Houthi spokesman warned that the group would target coalition ships in the Red Sea if the assault continued. United Nations envoy Martin Griffiths was holding talks in Sanaa with Houthi leaders in an effort to avert a full-scale battle for the port.""",
  O('YEMMIL', 'launched an offensive on Wednesday to seize the Red Sea city of Hodeidah', cb='SAUMIL'),
  A('SAUMIL', 'Warships and aircraft pounded Houthi positions', victim='YEMREB', note='coalition: coded on its leading member'),
  E('YEMMIL', 'APC', 'destroyed several armoured vehicles', actor='YEMREB', cb='YEMREB'),
  D('YEMCVL', None, 'families were already leaving the southern districts', date='rep'),
  T('YEMREB', 'warned that the group would target coalition ships in the Red Sea', date='rep', loc=None, victim='SAUMIL'),
  TK('IGOUNO', 'was holding talks in Sanaa with Houthi leaders', loc='Sanaa', date='rep'),
  O('YEMMIL', 'launch assault on Yemen\'s Hodeidah port', sc=False, note='headline restatement'))
X('n-aze-barda', 'news', '2020-10-29', 'Wed', 'Azerbaijan', 'shelling_artillery_missile', 'Barda', 'Barda', 'Barda', 23,
  """Rocket strike on Azerbaijani town kills 19, Baku says

BAKU, Oct 29 — Cluster rockets hit a busy street in the Azerbaijani town of Barda on Wednesday afternoon, killing 19 civilians and wounding more than 60, Azerbaijan's prosecutor-general's office said.

Baku blamed Armenian forces for the attack, which came a day after four people were killed when shells landed in a village on the edge of the same district on Tuesday. Armenia's defence ministry denied firing on Barda, which lies some 30 kilometres from the front line.

Television footage showed burning cars, shattered shop windows and bodies lying by the roadside near a bus stop. An Azerbaijani presidential aide said the rockets had been fired from Smerch launchers.

Barda is a transit town on the road to the front, and its hospital has been receiving wounded soldiers since the fighting began in late September. Doctors there said on Wednesday evening that they had run out of beds and were sending patients on to Baku and Ganja.

Residents said there had been no warning sirens. "We heard a series of small explosions, one after another, and then people were screaming everywhere," a shopkeeper told reporters.

Fighting over Nagorno-Karabakh has continued despite three ceasefire agreements. Foreign ministers of both countries were due to meet the mediators in Geneva on Friday.""",
  A(None, 'Cluster rockets hit a busy street in the Azerbaijani town of Barda', victim='AZECVL', note='blamed and denied: no actor'),
  K('AZECVL', 19, 'killing 19 civilians', cb='AZEGOV'),
  W('AZECVL', '>=60', 'wounding more than 60', cb='AZEGOV'),
  K('AZECVL', 19, 'kills 19', sc=False, note='headline restatement'),
  K('AZECVL', 4, 'four people were killed when shells landed in a village on the edge of the same district on Tuesday', date='Tue', note='a separate incident of the same article'),
  A(None, 'shells landed in a village on the edge of the same district on Tuesday', date='Tue', victim='AZECVL'),
  W('AZEMIL', None, 'its hospital has been receiving wounded soldiers since the fighting began', date=None, cum=True, sc=False, note='background, vague'),
  TK('AZEGOV', 'Foreign ministers of both countries were due to meet the mediators in Geneva on Friday', loc='Geneva', date=None, sc=False, note='future meeting'))
X('n-irq-claw', 'news', '2023-12-26', 'Sat', 'Iraq', 'armed_clash', '', 'Duhok', '', 12,
  """Turkey strikes Kurdish militants after 12 soldiers killed in northern Iraq

ANKARA (Dec 26) — Turkish jets have hit 29 targets in northern Iraq and Syria since Saturday in retaliation for the deaths of 12 soldiers at bases in northern Iraq, the defence ministry said on Tuesday.

Six soldiers were killed on Friday evening when PKK militants tried to infiltrate a base in the mountains near the border, and six more died on Saturday in a second attempt on a nearby position, the ministry said. It did not give the exact locations.

The ministry said 26 militants had been "neutralised" in the clashes and the air strikes that followed. The PKK, which has waged an insurgency against the Turkish state since 1984, did not comment on its losses.

Turkish forces have kept dozens of bases inside northern Iraq since launching a series of cross-border operations, the latest of them in April last year. The Kurdistan Regional Government, which has close ties with Ankara, has long complained that the fighting has emptied villages along the border.

President Tayyip Erdogan chaired a security meeting on Monday and vowed that the group would "pay a price for every drop of blood". Iraqi authorities in Baghdad protested against the air strikes, saying they violated Iraq's sovereignty.""",
  D('IRQCVL', None, 'the fighting has emptied villages along the border', loc=None, date=None, cum=True, sc=False, note='background, vague'),
  A('TURMIL', 'Turkish jets have hit 29 targets in northern Iraq and Syria since Saturday', count=29, loc=None, date='Sat', victim='TURREB', note='a series since Saturday: dated to its first day'),
  K('TURMIL', 6, 'Six soldiers were killed on Friday evening', actor='TURREB', loc=None, date='Fri', cb='TURGOV'),
  A('TURREB', 'PKK militants tried to infiltrate a base', loc=None, date='Fri', victim='TURMIL'),
  K('TURMIL', 6, 'six more died on Saturday in a second attempt on a nearby position', actor='TURREB', loc=None, date='Sat', cb='TURGOV'),
  K('TURREB', 26, 'said 26 militants had been "neutralised"', loc=None, date='rep', cb='TURGOV', cum=True, note='spans the clashes and several days of strikes: cumulative'),
  K('TURMIL', 12, '12 soldiers killed in northern Iraq', sc=False, loc=None, note='headline restatement'),
  T('TURGOV', 'vowed that the group would "pay a price for every drop of blood"', loc=None, date='Mon', victim='TURREB'))
