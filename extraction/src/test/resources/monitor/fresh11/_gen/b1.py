# b1: 25 Syrian monitor notes, 2019-2020 (1 with no event)
X('syr-kafrnabudah', 'note', '2019-05-08', '2019-05-07', 'Syria', 'gov_regains_territory', 'Kafr Nabudah', 'Hama', 'Al-Suqaylabiyah', 23,
  "On 7 May 2019, regime forces took control of Kafr Nabudah and Qalaat al-Madiq in the northwestern Hama countryside after clashes with HTS and the National Front for Liberation, in which 14 regime soldiers and 9 rebels were killed.",
  C('SYRMIL', 'regime forces took control of Kafr Nabudah'),
  C('SYRMIL', 'Qalaat al-Madiq', loc='Qalaat al-Madiq'),
  A('SYRMIL', 'after clashes with HTS and the National Front for Liberation', victim='SYRREB'),
  A('SYRREB', 'after clashes with HTS and the National Front for Liberation', victim='SYRMIL', sc=False, note='second side of the clash'),
  K('SYRMIL', 14, '14 regime soldiers and 9 rebels were killed'),
  K('SYRREB', 9, '14 regime soldiers and 9 rebels were killed'))
X('syr-kafrsajna', 'note', '2019-11-13', 'rep', 'Syria', 'air_drone_strike', 'Kafr Sajna', 'Idlib', 'Maarat al-Numan', 2,
  "13/11/2019 - A regime helicopter dropped four barrel bombs on the outskirts of Kafr Sajna in the southern Idlib countryside, killing a woman and her son, activists said.",
  A('SYRMIL', 'A regime helicopter dropped four barrel bombs', count=4, victim='SYRCVL'),
  K('SYRCVL', 2, 'killing a woman and her son', actor='SYRMIL', note='a woman and her son: one SYRCVL line of 2'))
X('syr-busayrah', 'note', '2019-08-21', 'Tue', 'Syria', 'attack', 'Al-Busayrah', 'Deir ez-Zor', 'Deir ez-Zor', 4,
  "On Tuesday night an IS cell attacked an SDF checkpoint on the road between Al-Busayrah and Dhiban in the eastern Deir ez-Zor countryside. Three SDF members were killed on the spot and a fourth succumbed to his wounds hours later.",
  A('SYRREB', 'an IS cell attacked an SDF checkpoint', victim='SYRREB'),
  K('SYRREB', 3, 'Three SDF members were killed on the spot', actor='SYRREB'),
  K('SYRREB', 1, 'a fourth succumbed to his wounds hours later', actor='SYRREB', note='died of wounds: dated to the attack'))
X('syr-shepherd', 'note', '2019-04-03', '2019-04-02', 'Syria', 'other_violence', 'Al-Sukhnah', 'Homs', 'Tadmur', 1,
  "The body of a shepherd was found near Al-Sukhnah in the eastern Homs desert on 2 April 2019, two days after he went missing while grazing his sheep. Local sources blamed an IS cell active in the area.",
  K('SYRCVL', 1, 'The body of a shepherd was found near Al-Sukhnah', note='found day; actor only blamed, left null'))
X('syr-torture', 'note', '2019-10-15', '2019-10-14', 'Syria', 'other_violence', 'Damascus', 'Damascus', 'Damascus', 1,
  "Relatives of a young man from Inkhil in the northern Daraa countryside were informed on 14 October 2019 that he had died under torture in a Military Security branch in Damascus, eleven months after his arrest at a checkpoint.",
  K('SYRCVL', 1, 'he had died under torture in a Military Security branch in Damascus', actor='SYRMIL', note='place of death, not home town; dated to the day the family was informed'))
X('syr-rasalain', 'note', '2019-10-13', '2019-10-12', 'Syria', 'nonstate_takes_territory', 'Tal Halaf', 'Hasakah', 'Ras al-Ain', 18,
  "On 12 October 2019, Turkish-backed factions took control of the villages of Tal Halaf, Mishrafa and Al-Assadiya west of Ras al-Ain after heavy fighting with the SDF, while Turkish artillery shelled the town itself. 11 faction fighters and 7 SDF members were killed.",
  C('SYRREB', 'Turkish-backed factions took control of the villages of Tal Halaf'),
  C('SYRREB', 'Mishrafa', loc='Mishrafa'),
  C('SYRREB', 'Al-Assadiya', loc='Al-Assadiya'),
  A('SYRREB', 'after heavy fighting with the SDF', victim='SYRREB', note='both sides SYRREB: one line'),
  A('TURMIL', 'Turkish artillery shelled the town itself', loc='Ras al-Ain', victim='SYRREB'),
  K('SYRREB', 18, '11 faction fighters and 7 SDF members were killed', note='both groups SYRREB: one line of 11+7'))
X('syr-maarathurma', 'note', '2019-05-30', '2019-05-29', 'Syria', 'air_drone_strike', 'Maarat Hurma', 'Idlib', 'Maarat al-Numan', 7,
  "Russian warplanes carried out at least 16 airstrikes on Maarat Hurma and Ibdita on 29 May 2019, killing seven civilians, among them three children, and wounding 12, according to local rescuers.",
  A('RUSMIL', 'Russian warplanes carried out at least 16 airstrikes', count='>=16', victim='SYRCVL'),
  K('SYRCVL', 7, 'killing seven civilians', actor='RUSMIL'),
  K('SYRCVL', 3, 'among them three children', actor='RUSMIL', sc=False, note='sub-count'),
  W('SYRCVL', 12, 'wounding 12', actor='RUSMIL'))
X('syr-karamah-mine', 'note', '2020-02-04', '2020-02-03', 'Syria', 'remote_explosive_ied', 'Al-Karamah', 'Raqqa', 'Raqqa', 1,
  "A child was killed and two of his brothers were injured when a landmine left over from the battles against IS exploded near their home in Al-Karamah, east of Raqqa, on 3 February 2020.",
  K('SYRCVL', 1, 'A child was killed'),
  W('SYRCVL', 2, 'two of his brothers were injured'))
X('syr-jasim-clerk', 'note', '2019-06-20', '2019-06-19', 'Syria', 'attack', 'Jasim', 'Daraa', 'Izraa', 1,
  "Gunmen on a motorcycle shot dead a council clerk in front of his house in Jasim, in the northern countryside of Daraa, on the evening of 19 June 2019. The man had settled his status with the regime in 2018.",
  K('SYRCVL', 1, 'Gunmen on a motorcycle shot dead a council clerk'))
X('syr-umshuaifa', 'note', '2019-11-24', '2019-11-23', 'Syria', 'armed_clash', 'Um Shuaifa', 'Hasakah', 'Ras al-Ain', 0,
  "On 23 November 2019, Turkish-backed factions attacked SDF positions in Um Shuaifa, near Tal Tamr in the Hasakah countryside, and the two sides exchanged fire for several hours. No casualties were reported.",
  A('SYRREB', 'Turkish-backed factions attacked SDF positions in Um Shuaifa', victim='SYRREB'),
  A('SYRREB', 'the two sides exchanged fire for several hours', sc=False, note='same clash restated'))
X('syr-zenki', 'note', '2019-01-04', 'rep', 'Syria', 'nonstate_takes_territory', 'Kafr Nouran', 'Aleppo', 'Jebel Saman', 0,
  "Since Tuesday, HTS fighters have seized nine villages in the western Aleppo countryside from the Nour al-Din al-Zenki movement, the latest being Kafr Nouran and Basratoun on Thursday.",
  C('SYRREB', 'HTS fighters have seized nine villages in the western Aleppo countryside', count=9, cum=True, loc=None, note='running total since Tuesday'),
  C('SYRREB', 'the latest being Kafr Nouran', date='Thu'),
  C('SYRREB', 'Basratoun on Thursday', loc='Basratoun', date='Thu'))
X('syr-qamishli-drone', 'note', '2019-12-09', '2019-12-08', 'Syria', 'air_drone_strike', 'Qamishli', 'Hasakah', 'Qamishli', 3,
  "8 December 2019: a Turkish drone struck a civilian car on the road between Qamishli and Amuda, killing two Asayish members and the driver.",
  A('TURMIL', 'a Turkish drone struck a civilian car', victim='SYRREB'),
  K('SYRREB', 2, 'killing two Asayish members', actor='TURMIL'),
  K('SYRCVL', 1, 'and the driver', actor='TURMIL'))
X('syr-kansafra', 'note', '2019-12-25', '2019-12-24', 'Syria', 'shelling_artillery_missile', 'Kansafra', 'Idlib', 'Ariha', 1,
  "On 24 December 2019, regime artillery pounded Kansafra, Al-Bara and Kafr Oweid in Jabal al-Zawiya, killing a man in Kansafra; hundreds of families fled from the three villages toward the Turkish border.",
  A('SYRMIL', 'regime artillery pounded Kansafra', victim='SYRCVL'),
  K('SYRCVL', 1, 'killing a man in Kansafra', actor='SYRMIL'),
  D('SYRCVL', None, 'hundreds of families fled from the three villages toward the Turkish border', note='vague amount, discrete incident'))
X('syr-hamamiyat', 'note', '2019-07-10', '2019-07-09', 'Syria', 'armed_clash', 'Al-Hamamiyat', 'Hama', 'Al-Suqaylabiyah', 3,
  "HTS fighters hit a regime T-62 tank with a guided missile on the Al-Hamamiyat front, north of Hama, on 9 July 2019, killing its crew of three, and shortly afterwards damaged a BMP near Tal Malah.",
  A('SYRREB', 'HTS fighters hit a regime T-62 tank with a guided missile', victim='SYRMIL'),
  E('SYRMIL', 'TANK', 'HTS fighters hit a regime T-62 tank', actor='SYRREB'),
  K('SYRMIL', 3, 'killing its crew of three', actor='SYRREB'),
  E('SYRMIL', 'APC', 'damaged a BMP near Tal Malah', actor='SYRREB', loc='Tal Malah'))
X('syr-tamanah', 'note', '2019-08-26', '2019-08-25', 'Syria', 'gov_regains_territory', 'Al-Tamanah', 'Idlib', 'Maarat al-Numan', 0,
  "On 25 August 2019, regime forces regained Al-Tamanah and Al-Khuwayn in the southern Idlib countryside after HTS fighters pulled back under heavy Russian air cover. The Observatory counted 36 regime soldiers and 41 rebels and jihadists killed on this front since the start of the week.",
  C('SYRMIL', 'regime forces regained Al-Tamanah'),
  C('SYRMIL', 'Al-Khuwayn', loc='Al-Khuwayn'),
  K('SYRMIL', 36, '36 regime soldiers and 41 rebels and jihadists killed on this front since the start of the week', cum=True, loc=None, note='tally since the start of the week'),
  K('SYRREB', 41, '36 regime soldiers and 41 rebels and jihadists killed on this front since the start of the week', cum=True, loc=None, note='tally since the start of the week'))
X('syr-hawaij', 'note', '2019-07-10', '2019-07-09', 'Syria', 'attack', 'Al-Hawaij', 'Deir ez-Zor', 'Al-Mayadin', 2,
  "SDF units backed by coalition helicopters raided a house in Al-Hawaij at dawn on 9 July 2019; two IS suspects were killed and a third was arrested.",
  A('SYRREB', 'SDF units backed by coalition helicopters raided a house in Al-Hawaij', victim='SYRREB'),
  K('SYRREB', 2, 'two IS suspects were killed', actor='SYRREB'))
X('syr-kiswah', 'note', '2019-11-20', 'rep', 'Syria', 'air_drone_strike', 'Al-Kiswah', 'Rif Dimashq', 'Markaz Rif Dimashq', 11,
  "Shortly after midnight on 20 November 2019, Israeli missiles hit positions of Iranian-backed militias and a regime air defence battery near Al-Kiswah, south of Damascus. Two regime soldiers and nine Iran-backed fighters were killed and the battery was destroyed.",
  A('ISRMIL', 'Israeli missiles hit positions of Iranian-backed militias', victim='IRNMIL'),
  K('SYRMIL', 2, 'Two regime soldiers and nine Iran-backed fighters were killed', actor='ISRMIL'),
  K('IRNMIL', 9, 'Two regime soldiers and nine Iran-backed fighters were killed', actor='ISRMIL', note='Iran-backed fighters coded IRNMIL'),
  E('SYRMIL', 'OTHER', 'the battery was destroyed', actor='ISRMIL'))
X('syr-qaminas', 'note', '2020-02-21', '2020-02-20', 'Syria', 'shelling_artillery_missile', 'Qaminas', 'Idlib', 'Idlib', 2,
  "Regime artillery hit a Turkish military post near Qaminas, southeast of Idlib city, on 20 February 2020, killing two Turkish soldiers and wounding five. Turkish artillery then shelled regime positions near Tal Mardikh.",
  A('SYRMIL', 'Regime artillery hit a Turkish military post near Qaminas', victim='TURMIL'),
  K('TURMIL', 2, 'killing two Turkish soldiers', actor='SYRMIL'),
  W('TURMIL', 5, 'wounding five', actor='SYRMIL'),
  A('TURMIL', 'Turkish artillery then shelled regime positions near Tal Mardikh', loc='Tal Mardikh', victim='SYRMIL'))
X('syr-dadikh', 'note', '2020-03-04', '2020-03-03', 'Syria', 'nonstate_takes_territory', 'Dadikh', 'Idlib', 'Idlib', 9,
  "On 3 March 2020, fighters of the National Front for Liberation regained control of Dadikh and Kafr Batikh, a day after the regime had seized both villages, killing nine regime soldiers and capturing two.",
  C('SYRREB', 'regained control of Dadikh'),
  C('SYRREB', 'Kafr Batikh', loc='Kafr Batikh'),
  C('SYRMIL', 'a day after the regime had seized both villages', loc=None, date='2020-03-02', sc=False, note='background capture'),
  K('SYRMIL', 9, 'killing nine regime soldiers', actor='SYRREB'))
X('syr-sanamayn-ied', 'note', '2020-01-31', '2020-01-30', 'Syria', 'remote_explosive_ied', 'Al-Sanamayn', 'Daraa', 'Al-Sanamayn', 0,
  "On 30 January 2020, an IED planted in a regime military vehicle exploded in Al-Sanamayn in the northern Daraa countryside, wounding an officer and two soldiers. The vehicle was destroyed.",
  A(None, 'an IED planted in a regime military vehicle exploded', victim='SYRMIL'),
  W('SYRMIL', 3, 'wounding an officer and two soldiers', note='one SYRMIL line of 1+2'),
  E('SYRMIL', 'VEHICLE', 'The vehicle was destroyed'))
X('syr-ithriya', 'note', '2019-12-29', '2019-12-28', 'Syria', 'attack', 'Ithriya', 'Hama', 'Al-Salamiyah', 16,
  "At dawn on 28 December 2019, IS militants ambushed a 5th Corps convoy on the road between Ithriya and Khanasir, killing 12 members of the corps and of an allied militia and destroying three vehicles. IS lost four fighters in the ambush.",
  A('SYRREB', 'IS militants ambushed a 5th Corps convoy', victim='SYRMIL'),
  K('SYRMIL', 12, 'killing 12 members of the corps and of an allied militia', actor='SYRREB', note='5th Corps and allied militia: SYRMIL'),
  E('SYRMIL', 'VEHICLE', 'destroying three vehicles', actor='SYRREB', count=3),
  K('SYRREB', 4, 'IS lost four fighters in the ambush'))
X('syr-tayyana-protest', 'note', '2019-05-12', '2019-05-11', 'Syria', 'protest_or_statement', 'Al-Tayyana', 'Deir ez-Zor', 'Al-Mayadin', 0,
  "Dozens of residents of Al-Tayyana demonstrated on 11 May 2019 against SDF conscription and the sale of local oil, blocking the main road with burning tyres; no clashes were reported.",
  noevent=True)
X('syr-albab-grenade', 'note', '2019-09-17', '2019-09-16', 'Syria', 'attack', 'Al-Bab', 'Aleppo', 'Al-Bab', 0,
  "16/09/2019: an unknown person threw a hand grenade at a clothes shop in the main market of Al-Bab, wounding four civilians, among them a child.",
  A(None, 'an unknown person threw a hand grenade at a clothes shop', victim='SYRCVL'),
  W('SYRCVL', 4, 'wounding four civilians'),
  W('SYRCVL', 1, 'among them a child', sc=False, note='sub-count'))
X('syr-suluk-carbomb', 'note', '2019-11-30', '2019-11-29', 'Syria', 'remote_explosive_ied', 'Suluk', 'Raqqa', 'Tal Abyad', 7,
  "A car bomb exploded near the grain silos in Suluk on 29 November 2019, killing six civilians, including a child, and a fighter of the Turkish-backed factions; 20 other people were wounded.",
  A(None, 'A car bomb exploded near the grain silos in Suluk', victim='SYRCVL'),
  K('SYRCVL', 6, 'killing six civilians'),
  K('SYRCVL', 1, 'including a child', sc=False, note='sub-count'),
  K('SYRREB', 1, 'a fighter of the Turkish-backed factions'),
  W('SYRCVL', 20, '20 other people were wounded'))
X('syr-idlib-toll', 'note', '2019-06-18', 'Mon', 'Syria', 'air_drone_strike', 'Kafr Nabl', 'Idlib', 'Maarat al-Numan', 9,
  "The Observatory said on 18 June 2019 that the number of civilians killed by Russian and regime bombardment of the Idlib region since 29 April had risen to 781, after nine more died in strikes on Kafr Nabl and Maarat al-Numan on Monday.",
  K('SYRCVL', 781, 'the number of civilians killed by Russian and regime bombardment of the Idlib region since 29 April had risen to 781', cum=True, loc='Idlib', date='rep', note='running total since 29 April'),
  K('SYRCVL', 9, 'nine more died in strikes on Kafr Nabl and Maarat al-Numan on Monday'),
  A(None, 'strikes on Kafr Nabl and Maarat al-Numan on Monday', victim='SYRCVL', note='strikes not given to one side'))
