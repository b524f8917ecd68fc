# Syria 2019-2020 (2/3)
N('2020-03-20', "On 19 March 2020, an explosive device detonated in a car belonging to a former FSA member in al-Yadudah town in the western countryside of Daraa, killing the man and his nephew.",
  'Syria', 'remote_explosive_ied', 'al-Yadudah', 'Daraa', 'Daraa', '2020-03-19', [
    A(None, 'SYRREB', "an explosive device detonated in a car belonging to a former FSA member"),
    K('SYRREB', 1, "killing the man", note='former FSA member: REB (CVL defensible)'),
    K('SYRCVL', 1, "and his nephew"),
    Q('SYRREB', 'VEHICLE', "an explosive device detonated in a car belonging to a former FSA member", scored=False, note='private car of a former fighter'),
])
N('2019-06-14', "HTS and allied factions launched a counter-attack on Thursday on regime positions in Tal Maleh and al-Jabin, in the northern countryside of Hama, and seized both villages after hours of fighting. The Observatory put the dead at 29 regime soldiers and 26 opposition fighters.",
  'Syria', 'nonstate_takes_territory', 'Tal Maleh', 'Hama', 'Mhardeh', 'Thu', [
    A('SYRREB', 'SYRMIL', "HTS and allied factions launched a counter-attack on Thursday on regime positions in Tal Maleh"),
    O('SYRREB', "HTS and allied factions launched a counter-attack", scored=False, note='a counter-attack on two villages, not an announced offensive'),
    C('SYRREB', "seized both villages", loc='Tal Maleh'),
    C('SYRREB', "seized both villages", loc='al-Jabin', note='second village of "both villages"'),
    K('SYRMIL', 29, "29 regime soldiers"),
    K('SYRREB', 26, "26 opposition fighters"),
])
N('2020-07-03', "A Turkish soldier was killed and three others wounded on Thursday when an explosive device targeted their patrol on the M4 highway near Ariha, Turkey's defence ministry said.",
  'Syria', 'remote_explosive_ied', 'Ariha', 'Idlib', 'Ariha', 'Thu', [
    A(None, 'TURMIL', "an explosive device targeted their patrol on the M4 highway near Ariha"),
    K('TURMIL', 1, "A Turkish soldier was killed", by='TURGOV'),
    W('TURMIL', 3, "three others wounded", by='TURGOV'),
])
N('2019-01-04', "HTS took over Darat Izza and the Sheikh Barakat hill on 3 January 2019 after the Nour al-Din al-Zenki movement withdrew from its strongholds in the western countryside of Aleppo, ending a week of infighting that left dozens dead.",
  'Syria', 'nonstate_takes_territory', 'Darat Izza', 'Aleppo', 'Jebel Saman', '2019-01-03', [
    C('SYRREB', "HTS took over Darat Izza"),
    C('SYRREB', "the Sheikh Barakat hill", loc='Sheikh Barakat', scored=False, note='a hill, not a town'),
    K('SYRREB', None, "a week of infighting that left dozens dead", cum=True, scored=False, note='vague tally over a week'),
])
N('2020-04-29', "Tanker bomb tears through Afrin market, killing 40 - At least 40 people, including 11 children, were killed and 47 others wounded when a fuel tanker rigged with explosives blew up in a busy market in the northern Syrian town of Afrin on Tuesday, Turkey's defence ministry said, blaming the YPG",
  'Syria', 'remote_explosive_ied', 'Afrin', 'Aleppo', 'Afrin', 'Tue', [
    A(None, 'SYRCVL', "a fuel tanker rigged with explosives blew up in a busy market", note='blamed, not claimed: actor null'),
    K('SYRCVL', 40, "At least 40 people, including 11 children, were killed", q='AT_LEAST', by='TURGOV'),
    K('SYRCVL', 11, "including 11 children", scored=False, by='TURGOV', note='sub-count'),
    K('SYRCVL', 40, "Tanker bomb tears through Afrin market, killing 40", scored=False, note='headline restatement'),
    W('SYRCVL', 47, "47 others wounded", by='TURGOV'),
], wire=True)
N('2019-09-26', "On 25 September 2019, members of an IS cell shot and killed two SDF members at a checkpoint in Dhiban village in the eastern countryside of Deir ez-Zor and fled towards the desert.",
  'Syria', 'attack', 'Dhiban', 'Deir ez-Zor', 'Deir ez-Zor', '2019-09-25', [
    A('SYRREB', 'SYRREB', "shot and killed two SDF members at a checkpoint", scored=False, note='shooting at a checkpoint: borderline attack act'),
    K('SYRREB', 2, "shot and killed two SDF members", actor='SYRREB'),
])
N('2020-02-17', "Regime forces, backed by Iranian-backed militias and Russian air cover, regained full control of the western countryside of Aleppo on 16 February, including the towns of Kafr Hamra, Haritan and Anadan, pushing opposition factions out of the last areas bordering Aleppo city.",
  'Syria', 'gov_regains_territory', 'Haritan', 'Aleppo', 'Jebel Saman', '2020-02-16', [
    C('SYRMIL', "including the towns of Kafr Hamra", loc='Kafr Hamra'),
    C('SYRMIL', "Haritan"),
    C('SYRMIL', "Anadan", loc='Anadan'),
    C('SYRMIL', "regained full control of the western countryside of Aleppo", loc='Aleppo', scored=False, note='area restating the three towns'),
])
N('2019-05-31', "Two civilians were killed and four others injured on 30 May 2019 when a regime rocket hit a car on the road between Ariha and Maarat al-Numan, in the southern countryside of Idlib.",
  'Syria', 'shelling_artillery_missile', 'Ariha', 'Idlib', 'Ariha', '2019-05-30', [
    A('SYRMIL', 'SYRCVL', "a regime rocket hit a car on the road between Ariha and Maarat al-Numan"),
    K('SYRCVL', 2, "Two civilians were killed", actor='SYRMIL'),
    W('SYRCVL', 4, "four others injured", actor='SYRMIL'),
])
N('2020-06-01', "Clashes between regime forces and gunmen from al-Karak al-Sharqi in the eastern countryside of Daraa on 30 May left a Fourth Division soldier dead; two gunmen were also wounded.",
  'Syria', 'armed_clash', 'al-Karak al-Sharqi', 'Daraa', 'Daraa', '2020-05-30', [
    A('SYRMIL', 'SYRREB', "Clashes between regime forces and gunmen from al-Karak al-Sharqi"),
    A('SYRREB', 'SYRMIL', "Clashes between regime forces and gunmen from al-Karak al-Sharqi", scored=False, note='local gunmen fighting regime: REB'),
    K('SYRMIL', 1, "left a Fourth Division soldier dead"),
    W('SYRREB', 2, "two gunmen were also wounded"),
])
N('2019-11-04', "Heavy rain flooded dozens of tents in camps near Qah and Deir Hassan in the northern countryside of Idlib on 3 November, and a child drowned in a water-filled ditch, the camps' response team said.",
  'Syria', 'disaster', 'Qah', 'Idlib', 'Harim', '2019-11-03', [
    K('SYRREF', 1, "a child drowned in a water-filled ditch", note='camp child: REF'),
])
N('2020-08-25', "An explosion hit the Arab gas pipeline between Damascus and Homs late on Sunday, causing a blackout across the country. The oil ministry said the blast was a terrorist act; no casualties were reported.",
  'Syria', 'remote_explosive_ied', 'Damascus', 'Damascus', 'Damascus', 'Sun', [
    A(None, None, "An explosion hit the Arab gas pipeline between Damascus and Homs", note='no casualties: ATTACK only'),
])
N('2019-07-08', "Russian bombardment killed 13 civilians, seven of them children, in Muhambal and Kafr Nouran on Saturday, according to the White Helmets, as the offensive on southern Idlib entered its third month",
  'Syria', 'air_drone_strike', 'Muhambal', 'Idlib', 'Ariha', 'Sat', [
    A('RUSMIL', 'SYRCVL', "Russian bombardment killed 13 civilians"),
    K('SYRCVL', 13, "Russian bombardment killed 13 civilians", actor='RUSMIL'),
    K('SYRCVL', 7, "seven of them children", actor='RUSMIL', scored=False, note='sub-count'),
], wire=True)
N('2020-10-19', "Unknown gunmen killed a nurse working at the national hospital in Jasim on her way home on 18 October 2020. Local activists said she had refused to treat a member of a regime-affiliated militia.",
  'Syria', 'attack', 'Jasim', 'Daraa', 'Izra', '2020-10-18', [
    K('SYRCVL', 1, "Unknown gunmen killed a nurse"),
])
N('2019-03-17', "On 16 March 2019, Turkish forces stationed at the Sher Maghar observation point exchanged fire with regime forces in Jubbayn after the regime shelled the area around the post. No casualties were reported.",
  'Syria', 'armed_clash', 'Sher Maghar', 'Hama', 'As-Suqaylabiyah', '2019-03-16', [
    A('TURMIL', 'SYRMIL', "Turkish forces stationed at the Sher Maghar observation point exchanged fire with regime forces"),
    A('SYRMIL', 'TURMIL', "the regime shelled the area around the post"),
], tloc='Jubbayn')
N('2020-11-26', "Three members of one family died of suffocation in al-Hasakah city on 25 November after inhaling fumes from a coal heater in their home, a medical source said.",
  'Syria', 'accident', 'al-Hasakah', 'Hasakah', 'Al-Hasakah', '2020-11-25', [
    K('SYRCVL', 3, "Three members of one family died of suffocation"),
])
N('2019-10-10', "Thousands of residents fled Tal Abyad and Ras al-Ain on 9 October as Turkish warplanes and artillery hammered SDF positions along the border on the first day of Operation Peace Spring. At least 8 civilians were killed, the SDF said.",
  'Syria', 'air_drone_strike', 'Tal Abyad', 'Raqqa', 'Tell Abiad', '2019-10-09', [
    D('SYRCVL', None, "Thousands of residents fled Tal Abyad"),
    A('TURMIL', 'SYRREB', "Turkish warplanes and artillery hammered SDF positions along the border"),
    O('TURMIL', "on the first day of Operation Peace Spring"),
    K('SYRCVL', 8, "At least 8 civilians were killed", actor='TURMIL', q='AT_LEAST', loc=None, by='SYRREB'),
])
N('2020-01-02', "Gunmen on a motorbike opened fire on a car belonging to an Iranian-backed militia near al-Mayadin on 1 January, killing two of its members, including a local commander known as Abu Ali.",
  'Syria', 'attack', 'al-Mayadin', 'Deir ez-Zor', 'Al Mayadin', '2020-01-01', [
    A(None, 'SYRMIL', "Gunmen on a motorbike opened fire on a car belonging to an Iranian-backed militia"),
    K('SYRMIL', 2, "killing two of its members", note='Iranian-backed militia as MIL (IRN defensible)'),
    K('SYRMIL', 1, "including a local commander known as Abu Ali", scored=False, note='sub-count'),
])
N('2019-08-30', "Regime artillery and multiple-rocket launchers targeted Maar Shamarin, Talmenes and Deir al-Sharqi throughout 29 August, and a man was killed in Talmenes while fleeing with his family.",
  'Syria', 'shelling_artillery_missile', 'Talmenes', 'Idlib', 'Maarat An Numan', '2019-08-29', [
    A('SYRMIL', 'SYRCVL', "Regime artillery and multiple-rocket launchers targeted Maar Shamarin", loc='Maar Shamarin'),
    K('SYRCVL', 1, "a man was killed in Talmenes while fleeing with his family", actor='SYRMIL'),
])
N('2020-09-16', "The body of a Syrian army conscript was found in the desert of al-Bishri, south of Raqqa, on 15 September, three days after he went missing during an IS attack on his unit.",
  'Syria', 'other_violence', 'al-Bishri', 'Raqqa', 'Raqqa', '2020-09-15', [
    K('SYRMIL', 1, "The body of a Syrian army conscript was found"),
])
N('2019-12-20', "Russian warplanes struck a camp for displaced people near Maasaran in eastern Idlib on the night of 19 December, killing 4 IDPs and injuring 11.",
  'Syria', 'air_drone_strike', 'Maasaran', 'Idlib', 'Maarat An Numan', '2019-12-19', [
    A('RUSMIL', 'SYRREF', "Russian warplanes struck a camp for displaced people near Maasaran"),
    K('SYRREF', 4, "killing 4 IDPs", actor='RUSMIL'),
    W('SYRREF', 11, "injuring 11", actor='RUSMIL'),
])
N('2020-05-05', "An SDF patrol came under fire from unidentified gunmen in Diban in Deir ez-Zor on 4 May; one SDF member was killed and another wounded, and the SDF then launched a raid in the town arresting several suspects.",
  'Syria', 'attack', 'Diban', 'Deir ez-Zor', 'Deir ez-Zor', '2020-05-04', [
    A(None, 'SYRREB', "An SDF patrol came under fire from unidentified gunmen"),
    K('SYRREB', 1, "one SDF member was killed"),
    W('SYRREB', 1, "another wounded"),
])
N('2019-04-07', "In Suwayda, members of a local faction kidnapped a merchant from Shahba on the Damascus-Suwayda highway on 6 April and demanded a ransom for his release.",
  'Syria', 'abduction', 'Shahba', 'As-Sweida', 'Shahba', '2019-04-06', [])
N('2020-12-31', "Bus ambushed near Kabajeb: IS claims 25 soldiers killed - Islamic State fighters attacked a bus carrying Syrian army troops near Kabajeb on the Deir ez-Zor-Palmyra road on Wednesday, killing at least 25 and wounding 13, state media said …",
  'Syria', 'attack', 'Kabajeb', 'Deir ez-Zor', 'Deir ez-Zor', 'Wed', [
    A('SYRREB', 'SYRMIL', "Islamic State fighters attacked a bus carrying Syrian army troops near Kabajeb"),
    K('SYRMIL', 25, "killing at least 25", actor='SYRREB', q='AT_LEAST', by='SYRGOV'),
    W('SYRMIL', 13, "wounding 13", actor='SYRREB', by='SYRGOV'),
    K('SYRMIL', 25, "IS claims 25 soldiers killed", actor='SYRREB', by='SYRREB', scored=False, note='headline restatement'),
], wire=True)
N('2019-02-22', "On 21 February 2019, a car bomb exploded near a bakery in the centre of Idlib city, killing 16 people and wounding dozens.",
  'Syria', 'remote_explosive_ied', 'Idlib', 'Idlib', 'Idlib', '2019-02-21', [
    A(None, 'SYRCVL', "a car bomb exploded near a bakery in the centre of Idlib city"),
    K('SYRCVL', 16, "killing 16 people"),
    W('SYRCVL', None, "wounding dozens"),
])
N('2020-03-06', "Russian and Turkish presidents agreed on a ceasefire in Idlib after six hours of talks in Moscow on 5 March; the truce came into force at midnight.",
  'Syria', 'protest_or_statement', 'Moscow', '', '', '2020-03-05', [
    E('TALKS', None, 'RUSGOV', None, None, "Russian and Turkish presidents agreed on a ceasefire in Idlib after six hours of talks in Moscow", note='host party RUSGOV; TURGOV the other'),
], tloc='')
N('2019-11-09', "Regime shells Kafrouma in the southern countryside of Idlib: a teacher killed, two students hurt - The teacher was killed and two of his students were injured when shells fell on the school yard in Kafrouma on Friday morning, activists said",
  'Syria', 'shelling_artillery_missile', 'Kafrouma', 'Idlib', 'Maarat An Numan', 'Fri', [
    A('SYRMIL', 'SYRCVL', "Regime shells Kafrouma"),
    K('SYRCVL', 1, "The teacher was killed", actor='SYRMIL'),
    W('SYRCVL', 2, "two of his students were injured", actor='SYRMIL'),
    K('SYRCVL', 1, "a teacher killed", actor='SYRMIL', scored=False, note='headline restatement'),
], wire=True)
