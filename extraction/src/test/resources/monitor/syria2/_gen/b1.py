# Syria 2019-2020, part 1 (hand-written). Format: see gen.py.
S = 'Syria'

N('2020-02-14', S, 'armed_clash', 'Kafr Nabl', 'Idlib', 'Maarat an-Numan',
  """On 14 February 2020, regime forces and allied militias attempted to advance from Hish towards Kafr Nabl (Maarat an-Numan district, Idlib) and fought HTS and National Front for Liberation fighters on the village's eastern edge. Fatalities unknown.""",
  [A('SYRMIL', 'regime forces and allied militias attempted to advance from Hish towards Kafr Nabl', v='SYRREB'),
   A('SYRREB', 'fought HTS and National Front for Liberation fighters', v='SYRMIL', us=1,
     note='the defending side of a clash: unscored (convention: initiator scored)')])

N('2019-07-09', S, 'attack', 'Tafas', 'Daraa', 'Daraa',
  """Daraa countryside | Residents found the body of a young man from Tafas early on {wd} on the road between Tafas and al-Muzayrib, with gunshot wounds to the chest and head. His family said he had been missing since Saturday evening, when he left to buy bread.""",
  [K('SYRCVL', 1, 'the body of a young man from Tafas',
     note='body found: dated to the finding; "between A and B" -> A; the Saturday disappearance is no event')], rep=0)

N('2020-05-17', S, 'attack', 'Jasim', 'Daraa', '',
  """Unidentified gunmen shot dead a former opposition fighter who had signed a settlement agreement with the regime in 2018, as he was leaving a mosque in the city of Jasim, northern Daraa countryside, on {wd} evening after the tarawih prayer. A man who was walking with him was wounded in the leg.""",
  [K('SYRREB', 1, 'shot dead a former opposition fighter',
     note='former opposition fighter coded SYRREB as in the monitor sets; SYRCVL defensible'),
   W('SYRCVL', 1, 'A man who was walking with him was wounded in the leg')])

N('2019-11-18', S, 'other_violence', 'Saydnaya', 'Rif Dimashq', 'At Tall',
  """Homs | The family of a young man from al-Rastan learned on {wd} from the civil registry that their son had died in Saydnaya military prison, where he had been held since his arrest at a checkpoint on the Homs-Hama road in the spring of 2017. Relatives say he was in good health when he was detained; former inmates told them he had died under torture.""",
  [K('SYRCVL', 1, 'their son had died in Saydnaya military prison', a='SYRMIL', d=0,
     note='death in custody; the day of death is not given, so the day the family learned of it (the event day of the tsv row) is used; place of death, not the home town')])

N('2020-03-03', S, 'remote_explosive_ied', 'al-Shuhayl', 'Deir ez-Zor', '',
  """An explosive device planted on the road between al-Shuhayl and al-Busayrah went off as an SDF patrol drove past on 3 March 2020, killing two SDF members and wounding three others. No group has claimed the blast, although IS cells are active in the area (Deir ez-Zor countryside).""",
  [A(None, 'An explosive device planted on the road between al-Shuhayl and al-Busayrah went off', v='SYRREB'),
   K('SYRREB', 2, 'killing two SDF members'), W('SYRREB', 3, 'wounding three others')])

N('2019-12-06', S, 'remote_explosive_ied', 'al-Sukhnah', 'Homs', 'Tadmur',
  """A shepherd was killed and his son lightly injured on {wd} when a landmine left over from the fighting exploded under them while they were grazing sheep in the desert near al-Sukhnah, east of Homs.""",
  [K('SYRCVL', 1, 'A shepherd was killed', note='landmine (war remnant): violence, no ATTACK'),
   W('SYRCVL', 1, 'his son lightly injured')])

N('2019-12-24', S, 'air_drone_strike', 'Maar Shurin', 'Idlib', 'Maarat an-Numan',
  """Russian warplanes carried out four raids on Maar Shurin in the eastern countryside of Maarat al-Numan on 24 December 2019, killing a woman and her three children and wounding at least six other civilians, Civil Defence teams said.""",
  [A('RUSMIL', 'Russian warplanes carried out four raids on Maar Shurin', v='SYRCVL', n=4),
   K('SYRCVL', 4, 'killing a woman and her three children', note='one code: a woman and her three children = 4'),
   W('SYRCVL', '6+', 'wounding at least six other civilians')])

N('2019-10-11', S, 'shelling_artillery_missile', 'Qamishli', 'Hasakah', 'Qamishli',
  """Turkish army howitzers shelled the al-Hilaliyah neighbourhood of Qamishli on Friday morning, killing a girl and an elderly man and wounding four people, the Kurdish Red Crescent said. Shops in the city's market closed after the shelling.""",
  [A('TURMIL', 'Turkish army howitzers shelled the al-Hilaliyah neighbourhood of Qamishli', v='SYRCVL'),
   K('SYRCVL', 2, 'killing a girl and an elderly man'), W('SYRCVL', 4, 'wounding four people')])

N('2020-01-23', S, 'attack', 'Diban', 'Deir ez-Zor', '',
  """IS cell members attacked an SDF checkpoint at the entrance to Diban with machine guns and RPGs at dawn on {wd}, killing three SDF members before withdrawing towards the desert. In a statement on its Amaq agency, IS said it had killed five "apostates" in the attack.""",
  [A('SYRREB', 'IS cell members attacked an SDF checkpoint at the entrance to Diban', v='SYRREB'),
   K('SYRREB', 3, 'killing three SDF members'),
   K('SYRREB', 5, 'it had killed five "apostates" in the attack', cl='SYRREB', us=1,
     note='the claimant\'s competing figure for the same dead: unscored')])

N('2020-02-06', S, 'shelling_artillery_missile', 'Ariha', 'Idlib', 'Ariha',
  """A Civil Defence volunteer died in hospital on {wd} of wounds he had suffered two days earlier, when regime artillery shelled the centre of Ariha while his team was pulling people from a damaged house. He is the fourth person to die from that shelling.""",
  [K('SYRCVL', 1, 'A Civil Defence volunteer died in hospital',
     note='died of wounds: dated to the day of death. "the fourth person" is an ordinal, not a toll of 4'),
   A('SYRMIL', 'regime artillery shelled the centre of Ariha', v='SYRCVL', d=-2)])

N('2020-01-29', S, 'air_drone_strike', 'Ariha', 'Idlib', 'Ariha',
  """Russian and regime air strikes on Ariha and nearby villages in Jabal al-Zawiya on 29 January 2020 killed 11 civilians, among them four children, and two HTS fighters, and wounded more than 20 people.""",
  [A('RUSMIL', 'Russian and regime air strikes on Ariha', v='SYRCVL'),
   A('SYRMIL', 'Russian and regime air strikes on Ariha', v='SYRCVL', note='second actor of the same phrase'),
   K('SYRCVL', 11, 'killed 11 civilians'), K('SYRCVL', 4, 'among them four children', us=1, note='sub-count'),
   K('SYRREB', 2, 'two HTS fighters'), W('SYRCVL', '20+', 'wounded more than 20 people')])

N('2020-05-04', S, 'shelling_artillery_missile', 'al-Bara', 'Idlib', 'Ariha',
  """Three members of one family, a man and his two children, were killed when regime rocket launchers hit al-Bara in Jabal al-Zawiya at noon on {wd}. The ceasefire agreed in Moscow on 5 March has been broken almost daily in the area.""",
  [A('SYRMIL', 'regime rocket launchers hit al-Bara', v='SYRCVL'),
   K('SYRCVL', 3, 'Three members of one family, a man and his two children, were killed')])

N('2020-02-05', S, 'air_drone_strike', 'Saraqib', 'Idlib', 'Idlib',
  """Toll from Saraqib market strike rises to 13 - The number of people killed in {wd}'s air strikes on the vegetable market in Saraqib, east of Idlib, rose to 13 on {wd+1} after two of the wounded died in a hospital near Bab al-Hawa, the Civil Defence said, while residents continued to""",
  [A(None, "air strikes on the vegetable market in Saraqib", v='SYRCVL', note='no actor named'),
   K('SYRCVL', 13, 'rose to 13', note='updated toll of one strike: not cumulative, dated to the strike'),
   K('SYRCVL', 2, 'two of the wounded died', d=1, us=1, note='included in the 13')], rep=1, wire=1)

N('2019-05-22', S, 'armed_clash', 'Kafr Nabudah', 'Hama', 'As-Suqaylabiyah',
  """SANA: army units repelled an attack by "terrorist groups" on their positions near Kafr Nabudah in the northern Hama countryside on {wd}, killing dozens of terrorists and destroying three vehicles equipped with heavy machine guns, the agency said, citing a military source.""",
  [A('SYRREB', 'an attack by "terrorist groups" on their positions near Kafr Nabudah', v='SYRMIL', cl='SYRGOV'),
   K('SYRREB', None, 'killing dozens of terrorists', a='SYRMIL', cl='SYRGOV',
     note='vague amount in a discrete incident: scored, no count'),
   E('SYRREB', 'VEHICLE', 'destroying three vehicles equipped with heavy machine guns', n=3, a='SYRMIL', cl='SYRGOV')])

N('2019-12-24', S, 'gov_regains_territory', 'Jarjanaz', 'Idlib', 'Maarat an-Numan',
  """On 24 December 2019, regime forces took control of Jarjanaz, Talmenes and al-Ghadfa, east and south-east of Maarat al-Numan, after HTS and the National Front for Liberation pulled back from them. Fatalities unknown.""",
  [C('SYRMIL', 'took control of Jarjanaz, Talmenes and al-Ghadfa', v='SYRREB'),
   C('SYRMIL', 'took control of Jarjanaz, Talmenes and al-Ghadfa', v='SYRREB', loc='Talmenes'),
   C('SYRMIL', 'took control of Jarjanaz, Talmenes and al-Ghadfa', v='SYRREB', loc='al-Ghadfa')], rep=2)

N('2020-02-20', S, 'nonstate_takes_territory', 'al-Nayrab', 'Idlib', 'Idlib',
  """On 20 February 2020, opposition factions supported by Turkish artillery re-entered al-Nayrab, east of Idlib city, after heavy fighting with regime forces. Several regime soldiers were killed, among them an officer, and a BMP was destroyed by an anti-tank missile. Two Turkish soldiers were killed by a regime air strike in the area during the battle, the Turkish defence ministry said.""",
  [C('SYRREB', 're-entered al-Nayrab', v='SYRMIL'),
   K('SYRMIL', None, 'Several regime soldiers were killed', note='vague, discrete incident: scored without count'),
   K('SYRMIL', 1, 'among them an officer', us=1, note='sub-count of a vague figure'),
   E('SYRMIL', 'APC', 'a BMP was destroyed by an anti-tank missile', a='SYRREB'),
   A('SYRMIL', 'a regime air strike', v='TURMIL'),
   K('TURMIL', 2, 'Two Turkish soldiers were killed', a='SYRMIL', cl='TURGOV')])

N('2019-08-05', S, 'armed_clash', 'Qamishli', 'Hasakah', 'Qamishli',
  """Asayish members and National Defence Forces gunmen exchanged fire in the al-Tai neighbourhood of Qamishli on the evening of 5 August 2019 after a quarrel at a checkpoint. No casualties were reported. Russian military police later mediated.""",
  [A('SYRREB', 'Asayish members and National Defence Forces gunmen exchanged fire', v='SYRMIL',
     note='Asayish SYRREB; the first-named side scored'),
   A('SYRMIL', 'National Defence Forces gunmen exchanged fire', v='SYRREB', us=1)])

N('2019-09-09', S, 'air_drone_strike', 'Albu Kamal', 'Deir ez-Zor', 'Abu Kamal',
  """Strikes hit Iran-backed militia sites near Albu Kamal, monitor says - Air strikes by unidentified aircraft, believed to be Israeli, hit positions of Iranian-backed militias around Albu Kamal near the Iraqi border overnight, killing at least 18 fighters, a war monitor said on {wd}, adding that the nationalities of…""",
  [A(None, 'Air strikes by unidentified aircraft, believed to be Israeli, hit positions',
     v='SYRMIL', note='"believed to be Israeli": no actor (convention); ISRMIL would be the reading if attributed'),
   K('SYRMIL', '18+', 'killing at least 18 fighters',
     note='Iranian-backed militias fighting for Damascus coded SYRMIL as in the monitor sets; IRNMIL defensible')],
  rep=0, wire=1)

N('2019-01-15', S, 'disaster', 'Atmeh', 'Idlib', 'Harim',
  """Storm floods IDP camps near the Turkish border | Heavy rain since the night of 14 January flooded dozens of camps for displaced people around Atmeh and Qah. A child drowned on 15 January when a torrent swept through a camp near Atmeh, and more than 6,000 people had to leave their waterlogged tents for mosques and schools in nearby villages.""",
  [K('SYRREF', 1, 'A child drowned', note='child in an IDP camp coded REF as in the monitor sets'),
   D('SYRREF', '6000+', 'more than 6,000 people had to leave their waterlogged tents')])

N('2020-12-30', S, 'attack', 'al-Shoula', 'Deir ez-Zor', '',
  """IS cell ambushes army bus in Deir ez-Zor desert | An IS cell attacked a bus carrying soldiers of the regime's 4th Division on the Palmyra-Deir ez-Zor highway near al-Shoula on the afternoon of 30 December 2020, killing 28 of them and wounding 12. The soldiers were going home on leave.""",
  [A('SYRREB', 'An IS cell attacked a bus carrying soldiers', v='SYRMIL'),
   K('SYRMIL', 28, 'killing 28 of them'), W('SYRMIL', 12, 'wounding 12')])

N('2019-12-02', S, 'air_drone_strike', 'Tal Tamr', 'Hasakah', 'Al-Hasakah',
  """A Turkish drone struck a car on the road between Tal Tamr and Zirgan on {wd}, killing two members of the SDF-affiliated military council and the civilian driver.""",
  [A('TURMIL', 'A Turkish drone struck a car', v='SYRREB'),
   K('SYRREB', 2, 'killing two members of the SDF-affiliated military council'),
   K('SYRCVL', 1, 'the civilian driver')])

N('2019-11-20', S, 'shelling_artillery_missile', 'al-Atarib', 'Aleppo', 'Jebel Saman',
  """Aleppo, western countryside: two children were injured when regime mortar rounds fell near a school in al-Atarib on {wd} afternoon. The shells were fired from regime positions west of Aleppo city.""",
  [A('SYRMIL', 'regime mortar rounds fell near a school in al-Atarib', v='SYRCVL'),
   W('SYRCVL', 2, 'two children were injured')], rep=0)

N('2019-10-01', S, 'other_violence', 'Sarmada', 'Idlib', 'Harim',
  """The security apparatus of Hayat Tahrir al-Sham publicly executed a man in Sarmada on {wd} after an HTS court convicted him of killing a money changer during a robbery last month. Residents were summoned to the square to watch.""",
  [K('SYRCVL', 1, 'publicly executed a man in Sarmada', a='SYRREB',
     note='bare "executed": no ATTACK; the robbery killing "last month" is background, not annotated')])

N('2019-11-12', S, 'attack', "Da'el", 'Daraa', 'Daraa',
  """On 12 November 2019, a colonel of the regime's Military Security branch and his driver were killed when gunmen opened fire on their car on the road between Da'el and Abtaa, northern Daraa countryside. Fatalities: 2.""",
  [A(None, 'gunmen opened fire on their car', v='SYRMIL'),
   K('SYRMIL', 2, "a colonel of the regime's Military Security branch and his driver were killed",
     note='the driver taken as Military Security too: one code, one line of 2')])

N('2020-01-18', S, 'remote_explosive_ied', 'Afrin', 'Aleppo', 'Afrin',
  """A motorcycle rigged with explosives blew up in the industrial area of Afrin city on {wd} morning, killing six people, among them two fighters of the Turkish-backed Hamza Division, and injuring 15, according to local sources. Turkey's defence ministry blamed the YPG.""",
  [A(None, 'A motorcycle rigged with explosives blew up', v='SYRCVL', note='blamed on the YPG by Turkey: no actor'),
   K('SYRCVL', 6, 'killing six people', note='mixed toll of people: CVL'),
   K('SYRREB', 2, 'two fighters of the Turkish-backed Hamza Division', us=1, note='sub-count of the six'),
   W('SYRCVL', 15, 'injuring 15')])

N('2020-04-27', S, 'air_drone_strike', 'Kansafra', 'Idlib', 'Ariha',
  """Russian jets return to Jabal al-Zawiya - Russian warplanes pounded villages in Jabal al-Zawiya on {wd}, killing five civilians in Kansafra, a woman among them, and a displaced man in nearby Balyun, rescuers said. The raids were the first since…""",
  [A('RUSMIL', 'Russian warplanes pounded villages in Jabal al-Zawiya', v='SYRCVL', loc='Jabal al-Zawiya'),
   K('SYRCVL', 5, 'killing five civilians in Kansafra'),
   K('SYRCVL', 1, 'a woman among them', us=1, note='sub-count'),
   K('SYRREF', 1, 'a displaced man in nearby Balyun', loc='Balyun', note='displaced man coded REF')], rep=0, wire=1)

N('2019-08-21', S, 'gov_regains_territory', 'Khan Shaykhun', 'Idlib', 'Maarat an-Numan',
  """On 21 August 2019, regime forces entered Khan Shaykhun (Maarat an-Numan district, Idlib) and completed their control of the town after opposition factions pulled out overnight, leaving the Turkish observation post in Morek surrounded. By 23 August regime forces had also taken al-Lataminah, Kafr Zita and Morek in northern Hama without a fight. Fatalities unknown.""",
  [C('SYRMIL', 'regime forces entered Khan Shaykhun', v='SYRREB'),
   C('SYRMIL', 'had also taken al-Lataminah, Kafr Zita and Morek', loc='al-Lataminah', d=2),
   C('SYRMIL', 'had also taken al-Lataminah, Kafr Zita and Morek', loc='Kafr Zita', d=2),
   C('SYRMIL', 'had also taken al-Lataminah, Kafr Zita and Morek', loc='Morek', d=2)], rep=3)

N('2019-05-13', S, 'shelling_artillery_missile', 'al-Suqaylabiyah', 'Hama', 'As-Suqaylabiyah',
  """Rockets fired from HTS-held areas in the Ghab plain hit al-Suqaylabiyah on {wd}, killing a woman and a girl and damaging several houses, according to SANA, which said the army responded by targeting the launch sites.""",
  [A('SYRREB', 'Rockets fired from HTS-held areas in the Ghab plain hit al-Suqaylabiyah', v='SYRCVL'),
   K('SYRCVL', 2, 'killing a woman and a girl', cl='SYRGOV'),
   A('SYRMIL', 'the army responded by targeting the launch sites', v='SYRREB', cl='SYRGOV', loc=None,
     note='launch sites in the Ghab plain, no town')])

N('2020-07-11', S, 'attack', 'al-Mayadin', 'Deir ez-Zor', 'Al Mayadin',
  """Deir ez-Zor: the body of a man was pulled out of the Euphrates near al-Mayadin on {wd} with his hands tied behind his back and a bullet wound in the head. He has not been identified.""",
  [K('SYRCVL', 1, 'the body of a man was pulled out of the Euphrates')], rep=0)

N('2020-06-22', S, 'abduction', 'al-Bab', 'Aleppo', 'Al-Bab',
  """Gunmen in a car without plates abducted a pharmacist from his shop in the centre of al-Bab on {wd} night. His relatives said the kidnappers called them the next morning and demanded 50,000 US dollars for his release. The factions controlling the town have set up checkpoints on the roads out of it.""",
  [], rep=1, noev=1)

N('2020-02-03', S, 'shelling_artillery_missile', 'Maarat Misrin', 'Idlib', 'Idlib',
  """A Turkish military convoy of about 50 vehicles, including tanks and armoured personnel carriers, crossed the Kafr Lusin border crossing on {wd} and headed south towards the Turkish positions around Saraqib. Regime artillery meanwhile shelled the outskirts of Maarat Misrin, wounding a woman.""",
  [DP('TURMIL', 'A Turkish military convoy of about 50 vehicles', loc='Kafr Lusin', n='~50',
      note='count = vehicles'),
   A('SYRMIL', 'Regime artillery meanwhile shelled the outskirts of Maarat Misrin', v='SYRCVL'),
   W('SYRCVL', 1, 'wounding a woman')], rep=0)

N('2019-10-09', S, 'air_drone_strike', 'Ras al-Ain', 'Hasakah', 'Ras al-Ain',
  """Turkey launches offensive in northeast Syria - Turkey launched a military offensive against Kurdish-led forces in northeast Syria on {wd}, with air strikes and artillery hitting Ras al-Ain and Tal Abyad. At least eight civilians were killed, the SDF said, as thousands of people fled""",
  [O('TURMIL', 'Turkey launched a military offensive against Kurdish-led forces', v='SYRREB', loc=None,
     note='Turkey as a state launching: TURMIL (the forces); TURGOV defensible'),
   A('TURMIL', 'air strikes and artillery hitting Ras al-Ain and Tal Abyad', v='SYRREB'),
   K('SYRCVL', '8+', 'At least eight civilians were killed', cl='SYRREB', loc=None,
     note='no place tied to the deaths beyond the two towns'),
   D('SYRCVL', None, 'thousands of people fled', us=1, loc=None, note='vague amount')], rep=0, wire=1)

N('2019-10-13', S, 'nonstate_takes_territory', 'Tal Abyad', 'Raqqa', 'Tell Abiad',
  """The Turkish-backed Syrian National Army announced on 13 October 2019 that its factions had taken control of the centre of Tal Abyad after the SDF withdrew from it, and that they were advancing towards Suluk to the south-east. Residents reported Turkish drones over the town.""",
  [C('SYRREB', 'had taken control of the centre of Tal Abyad', v='SYRREB', cl='SYRREB'),
   C('SYRREB', 'they were advancing towards Suluk', loc='Suluk', us=1, note='an advance, not a taking')])

N('2019-10-22', 'Russia', 'protest_or_statement', 'Sochi', 'Krasnodar Krai', 'Sochi',
  """Putin and Erdogan agree on northeast Syria at Sochi talks - Russian President Vladimir Putin and Turkish President Tayyip Erdogan agreed on {wd} after six hours of talks in Sochi that Kurdish YPG fighters must pull back 30 km from the border within 150 hours, and Erdogan warned that Turkey would resume its operation if they did not, adding that""",
  [TK('RUSGOV', 'Putin and Erdogan agree on northeast Syria at Sochi talks', v='TURGOV',
      note='host party as actor; Turkey the other party'),
   T('TURGOV', 'Erdogan warned that Turkey would resume its operation', v='SYRREB', loc=None)], rep=0, wire=1)

N('2020-05-30', S, 'armed_clash', 'Jandairis', 'Aleppo', 'Afrin',
  """Fighting broke out between the Hamza Division and Ahrar al-Sharqiya, two factions of the Turkish-backed SNA, in Jandairis, south-west of Afrin, on {wd} over control of a house. A fighter and a civilian passer-by were killed and several people were hurt before a third faction separated the two sides.""",
  [A('SYRREB', 'Fighting broke out between the Hamza Division and Ahrar al-Sharqiya', v='SYRREB',
     note='both sides one code: one line'),
   K('SYRREB', 1, 'A fighter'), K('SYRCVL', 1, 'a civilian passer-by were killed'),
   W('SYRCVL', None, 'several people were hurt', note='vague, mixed; CVL')], rep=1)

N('2020-08-16', S, 'remote_explosive_ied', 'Kafr Takharim', 'Idlib', 'Harim',
  """A 12-year-old boy was killed and two of his friends were wounded when a cluster bomblet they had found in an olive grove outside Kafr Takharim exploded on {wd} afternoon.""",
  [K('SYRCVL', 1, 'A 12-year-old boy was killed', note='war remnant: violence, no ATTACK'),
   W('SYRCVL', 2, 'two of his friends were wounded')], rep=0)

N('2020-06-03', S, 'shelling_artillery_missile', 'Kafr Uwayd', 'Idlib', 'Ariha',
  """On 3 June 2020, regime forces fired more than 60 artillery shells and rockets at Kafr Uwayd, Sufuhun and al-Fatira in Jabal al-Zawiya, wounding a woman in al-Fatira. Opposition factions responded by shelling regime positions in Kafr Nabl.""",
  [A('SYRMIL', 'regime forces fired more than 60 artillery shells and rockets at Kafr Uwayd, Sufuhun and al-Fatira',
     v='SYRCVL', n='60+', note='count = shells'),
   W('SYRCVL', 1, 'wounding a woman in al-Fatira', loc='al-Fatira'),
   A('SYRREB', 'Opposition factions responded by shelling regime positions in Kafr Nabl', v='SYRMIL', loc='Kafr Nabl')])

N('2019-08-18', S, 'air_drone_strike', 'Hmeimim', 'Latakia', 'Jableh',
  """Russia says it downed six drones near Hmeimim base - Russian air defences shot down six drones launched by militants from the Idlib de-escalation zone towards the Hmeimim air base on {wd} night, the Russian Defence Ministry said, adding that there were no casualties or damage""",
  [A('SYRREB', 'six drones launched by militants', v='RUSMIL', cl='RUSGOV'),
   E('SYRREB', 'OTHER', 'Russian air defences shot down six drones', n=6, a='RUSMIL', cl='RUSGOV')], rep=1, wire=1)

N('2020-08-04', S, 'disease', 'Damascus', 'Damascus', 'Damascus',
  """The health ministry in Damascus recorded three more deaths from COVID-19 on 4 August 2020, all of them in the capital, bringing the number of deaths in government-held areas to 40. Doctors say the real figures are much higher.""",
  [K('SYRCVL', 3, 'recorded three more deaths from COVID-19', cl='SYRGOV'),
   K('SYRCVL', 40, 'bringing the number of deaths in government-held areas to 40', cl='SYRGOV', cum=1, loc=None)])

N('2020-09-07', S, 'accident', 'Maskanah', 'Aleppo', '',
  """Four people, two children among them, died and seven were hurt when a minibus overturned on the Aleppo-Raqqa road near Maskanah on {wd} evening, a medical source said.""",
  [K('SYRCVL', 4, 'Four people, two children among them, died'),
   K('SYRCVL', 2, 'two children among them', us=1, note='sub-count'),
   W('SYRCVL', 7, 'seven were hurt')])

N('2019-04-14', S, 'attack', "Qalaat al-Madiq", 'Hama', 'As-Suqaylabiyah',
  """A regime sniper positioned in Karnaz shot dead a farmer while he was working his land on the edge of Qalaat al-Madiq on {wd}, local activists said.""",
  [K('SYRCVL', 1, 'shot dead a farmer', a='SYRMIL', note='bare "shot dead": no ATTACK')], rep=0)

N('2019-05-05', S, 'air_drone_strike', 'Kafr Nabl', 'Idlib', 'Maarat an-Numan',
  """Warplanes struck the surgical hospital in Kafr Nabl on 5 May 2019 for the second time in a week, putting it out of service. No casualties were reported among the staff, who had moved the patients to a basement.""",
  [A(None, 'Warplanes struck the surgical hospital in Kafr Nabl', v='SYRCVL',
     note='aircraft not identified; the earlier strike "in a week" is background')])

N('2020-10-26', S, 'attack', 'al-Sukhnah', 'Homs', 'Tadmur',
  """IS, through its Amaq agency, claimed on {wd} that its fighters had killed seven regime soldiers and NDF members in an attack on their positions in the desert north of al-Sukhnah. Local sources said four soldiers were killed.""",
  [A('SYRREB', 'an attack on their positions in the desert north of al-Sukhnah', v='SYRMIL', cl='SYRREB'),
   K('SYRMIL', 7, 'killed seven regime soldiers and NDF members', cl='SYRREB', us=1,
     note='the claim competes with the local figure for the same dead: unscored; NDF = SYRMIL'),
   K('SYRMIL', 4, 'four soldiers were killed')], rep=0)
