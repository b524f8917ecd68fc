"""Syria 2019-2020, part 2 (34 notes)."""
from lib import N, K, W, D, E, A, C, O, DEP, T, wd, days

# 35
N('2020-05-05', '2020-05-04', 'Syria', 'attack', 'Sahem al-Golan', 'Daraa', 'Daraa',
  "On 4 May 2020, local gunmen stormed the police station in Sahem al-Golan (Daraa district, Daraa), killing 9 "
  "policemen after capturing them; the gunmen were said to be relatives of a former opposition commander killed the "
  "previous week. Fatalities: 9.",
  [A(None, "local gunmen stormed the police station in Sahem al-Golan", victim='SYRMIL', note='gunmen given to no side'),
   K('SYRMIL', 9, "killing 9 policemen after capturing them", note='police: MIL'),
   K('SYRREB', 1, "a former opposition commander killed the previous week", loc=None, date=None, s=False,
     note='background killing, no day')])

# 36
r = '2019-12-13'; d = wd(r, 'Thursday')
N(r, d, 'Syria', 'attack', 'al-Sabha', 'Deir ez-Zor', '',
  "An IS cell beheaded a man from al-Sabha in the eastern countryside of Deir ez-Zor after accusing him of collaborating "
  "with the SDF; residents found his body on Thursday dumped on the outskirts of the town with a note pinned to his "
  "clothes.",
  [K('SYRCVL', 1, "An IS cell beheaded a man from al-Sabha", actor='SYRREB',
     note='dated to the day the body was found')])

# 37
r = '2020-07-22'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'attack', 'Jindires', 'Aleppo', 'Afrin',
  "A young man from Jindires was shot dead by members of the Hamza Division at a checkpoint at the entrance to the town, "
  "in the Afrin countryside, on the night of 21 July after he refused to hand over his motorbike, local sources said; two of "
  "his relatives who came to help him were beaten and injured.",
  [K('SYRCVL', 1, "A young man from Jindires was shot dead by members of the Hamza Division", actor='SYRREB',
     note='SNA faction: SYRREB'),
   W('SYRCVL', 2, "two of his relatives who came to help him were beaten and injured", actor='SYRREB')])

# 38
r = '2020-09-14'; d = wd(r, 'Sunday')
N(r, d, 'Syria', 'attack', 'Sarmada', 'Idlib', 'Harem',
  "Unidentified gunmen on a motorbike shot dead Abu Hamza al-Shami, a security official of Hayat Tahrir al-Sham, in "
  "front of his home in Sarmada in the northern countryside of Idlib late on Sunday, and escaped towards the Turkish "
  "border. HTS set up checkpoints in the town and arrested two suspects on Monday.",
  [K('SYRREB', 1, "shot dead Abu Hamza al-Shami, a security official of Hayat Tahrir al-Sham")])

# 39
N('2020-08-03', '2020-08-02', 'Syria', 'attack', 'Diban', 'Deir ez-Zor', '',
  "On 2 August 2020, gunmen in a car opened fire on Sheikh Khalil al-Mutlaq, a notable of the Akidat tribe, and his "
  "companion near Diban in the eastern countryside of Deir ez-Zor. The sheikh was killed and his companion was wounded; "
  "tribesmen blamed regime-linked cells while the SDF blamed IS. Fatalities: 1.",
  [A(None, "gunmen in a car opened fire on Sheikh Khalil al-Mutlaq, a notable of the Akidat tribe, and his companion",
     victim='SYRCVL', note='each side blames another: actor null'),
   K('SYRCVL', 1, "The sheikh was killed"),
   W('SYRCVL', 1, "his companion was wounded")])

# 40
r = '2019-04-18'; d = wd(r, 'Wednesday')
N(r, d, 'Syria', 'attack', 'Maadan', 'Raqqa', '',
  "IS cells attacked a checkpoint of the regime's Military Security at the entrance of Maadan in the eastern "
  "countryside of Raqqa late on 17 April with machine guns and RPGs; five regime members were killed and a military "
  "vehicle was set on fire before the attackers withdrew into the desert, the Observatory said.",
  [A('SYRREB', "IS cells attacked a checkpoint of the regime's Military Security at the entrance of Maadan",
     victim='SYRMIL'),
   K('SYRMIL', 5, "five regime members were killed", actor='SYRREB'),
   E('SYRMIL', 'VEHICLE', "a military vehicle was set on fire", actor='SYRREB')])

# 41
r = '2019-11-24'; d = wd(r, 'Saturday')
N(r, d, 'Syria', 'attack', 'Khirbet al-Joz', 'Idlib', 'Jisr al-Shughur',
  "Turkish border guards (Jandarma) opened fire on a group of people trying to cross into Turkey near Khirbet al-Joz, "
  "west of Jisr al-Shughur, on Saturday, killing a 16-year-old boy from Hama and wounding two women, the Observatory "
  "said. This brings to 421 the number of Syrian civilians killed by Turkish border guards since the start of the war, "
  "it added.",
  [A('TURMIL', "Turkish border guards (Jandarma) opened fire on a group of people trying to cross into Turkey near "
     "Khirbet al-Joz", victim='SYRCVL', note='gendarmes: MIL'),
   K('SYRCVL', 1, "killing a 16-year-old boy from Hama", actor='TURMIL'),
   W('SYRCVL', 2, "wounding two women", actor='TURMIL'),
   K('SYRCVL', 421, "brings to 421 the number of Syrian civilians killed by Turkish border guards", actor='TURMIL',
     cum=True, loc=None, date=r, note='running total since 2011, dated to the report')])

# 42
r = '2020-10-18'; d = wd(r, 'Saturday')
N(r, d, 'Syria', 'attack', 'Maarrat Misrin', 'Idlib', 'Idlib',
  "Gunmen broke into a house in Maarrat Misrin, north of Idlib city, before dawn on Saturday and killed a man, his wife "
  "and their 12-year-old son with knives and a pistol, apparently during a robbery; the Salvation Government's police "
  "said they had opened an investigation.",
  [K('SYRCVL', 3, "killed a man, his wife and their 12-year-old son", note='one line of 3')])

# 43
N('2019-02-26', '2019-02-25', 'Syria', 'attack', 'al-Shaddadi', 'Hasakah', 'Hasakah',
  "On 25 February 2019, IS gunmen attacked an Asayish checkpoint on the southern edge of al-Shaddadi (al-Hasakah "
  "district, al-Hasakah), killing two Asayish members and wounding three SDF fighters who came to their aid; the "
  "attackers fled towards the desert. Fatalities: 2.",
  [A('SYRREB', "IS gunmen attacked an Asayish checkpoint on the southern edge of al-Shaddadi", victim='SYRREB'),
   K('SYRREB', 2, "killing two Asayish members", actor='SYRREB'),
   W('SYRREB', 3, "wounding three SDF fighters who came to their aid", actor='SYRREB')])

# 44
r = '2019-08-03'; d = wd(r, 'Thursday')
N(r, d, 'Syria', 'shelling_artillery_missile', 'Qastun', 'Hama', 'al-Suqaylabiyah',
  "A guided missile fired by regime forces from their positions in Jurin hit a civilian car on the road between Qastun "
  "and al-Ziyara in the al-Ghab plain on Thursday, killing a farmer and his two sons.",
  [A('SYRMIL', "A guided missile fired by regime forces from their positions in Jurin hit a civilian car",
     victim='SYRCVL', note='"between A and B": A'),
   K('SYRCVL', 3, "killing a farmer and his two sons", actor='SYRMIL', note='one line of 3 (1+2)')])

# 45
r = '2020-03-27'; d = wd(r, 'Thursday')
N(r, d, 'Syria', 'attack', 'Ariqa', 'Suwayda', '',
  "A member of the Men of Dignity movement was shot dead by gunmen from a gang affiliated with Military Intelligence "
  "near the village of Ariqa in the western countryside of Suwayda on Thursday; a second member was abducted and "
  "released hours later.",
  [K('SYRREB', 1, "A member of the Men of Dignity movement was shot dead", actor='SYRMIL',
     note='Druze armed group: REB; gang affiliated with Military Intelligence: MIL')])

# 46
r = '2020-05-28'; d = wd(r, 'Wednesday')
N(r, d, 'Syria', 'attack', 'Mahajjah', 'Daraa', 'Izra',
  "Gunmen kill mayor of Syrian town in Daraa province - Gunmen shot dead the mayor of the town of Mahajjah in the "
  "northern Daraa countryside on Wednesday as he left the municipality building, state news agency SANA reported, in "
  "the latest of a string of",
  [K('SYRGOV', 1, "Gunmen kill mayor of Syrian town", s=False, note='headline'),
   K('SYRGOV', 1, "Gunmen shot dead the mayor of the town of Mahajjah", by='SYRGOV', note='a mayor: GOV')],
  wire=True)

# 47
N('2020-06-21', '2020-06-20', 'Syria', 'remote_explosive_ied', 'Kahil', 'Daraa', 'Daraa',
  "On 20 June 2020, an IED exploded under a bus carrying members of the Russian-backed 5th Corps on the road between "
  "Kahil and al-Sahwa in the eastern countryside of Daraa; 8 members were killed and 17 others were wounded. "
  "Fatalities: 8.",
  [A(None, "an IED exploded under a bus carrying members of the Russian-backed 5th Corps", victim='SYRMIL'),
   K('SYRMIL', 8, "8 members were killed", note='5th Corps: SYRMIL'),
   W('SYRMIL', 17, "17 others were wounded"),
   E('SYRMIL', 'VEHICLE', "an IED exploded under a bus", note='a bus carrying troops: the side\'s vehicle')])

# 48
r = '2020-10-07'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'remote_explosive_ied', 'Tal Abyad', 'Raqqa', 'Tal Abyad',
  "Motorbike bomb kills 4 in Syria's Tal Abyad - A motorcycle rigged with explosives blew up near a checkpoint of "
  "Turkish-backed fighters in the northern Syrian town of Tal Abyad on Tuesday, killing two fighters and two civilians "
  "and wounding 9, a war monitor said. No group claimed",
  [K('SYRCVL', 4, "Motorbike bomb kills 4", s=False, note='headline total of two groups'),
   A(None, "A motorcycle rigged with explosives blew up near a checkpoint of Turkish-backed fighters", victim='SYRREB'),
   K('SYRREB', 2, "killing two fighters and two civilians"),
   K('SYRCVL', 2, "killing two fighters and two civilians"),
   W('SYRCVL', 9, "wounding 9", note='unspecified wounded: CVL')],
  wire=True)

# 49
r = '2019-03-11'; d = wd(r, 'Sunday')
N(r, d, 'Syria', 'remote_explosive_ied', 'Nawa', 'Daraa', 'Izra',
  "Two brothers aged 9 and 11 were killed and a third child was injured on the afternoon of 10 March when a cluster bomblet left "
  "over from earlier bombardment exploded while they were playing in an olive grove on the outskirts of Nawa in the "
  "western countryside of Daraa.",
  [K('SYRCVL', 2, "Two brothers aged 9 and 11 were killed", note='war remnant: violence, no ATTACK'),
   W('SYRCVL', 1, "a third child was injured")])

# 50
N('2020-08-26', '2020-08-25', 'Syria', 'remote_explosive_ied', 'Mastumah', 'Idlib', 'Idlib',
  "On 25 August 2020, an explosive device went off as a joint Russian-Turkish patrol passed on the M4 highway near "
  "Mastumah, south of Idlib city (Idlib district, Idlib), damaging a Russian armoured vehicle; Russia's defence "
  "ministry said three Russian servicemen suffered minor injuries. Fatalities: 0.",
  [A(None, "an explosive device went off as a joint Russian-Turkish patrol passed on the M4 highway near Mastumah",
     victim='RUSMIL'),
   E('RUSMIL', 'APC', "damaging a Russian armoured vehicle", note='armoured vehicle: APC; "a" gives no count'),
   W('RUSMIL', 3, "three Russian servicemen suffered minor injuries", by='RUSGOV')])

# 51
r = '2020-02-19'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'remote_explosive_ied', 'al-Omar oil field', 'Deir ez-Zor', 'al-Mayadin',
  "The driver of an oil tanker working for the SDF was killed and his assistant injured on 18 February when an IED attached "
  "to the truck exploded near the al-Omar oil field in the eastern countryside of Deir ez-Zor.",
  [A(None, "an IED attached to the truck exploded near the al-Omar oil field", victim='SYRCVL'),
   K('SYRCVL', 1, "The driver of an oil tanker working for the SDF was killed",
     note='civilian driver contracted by the SDF: CVL'),
   W('SYRCVL', 1, "his assistant injured")])

# 52
r = '2020-03-01'; d = wd(r, 'Sunday')
N(r, d, 'Syria', 'air_drone_strike', 'Idlib', 'Idlib', '',
  "Turkish drones pound Syrian army positions in Idlib, ministry says - Turkey's defence ministry said on Sunday its "
  "drones and artillery had destroyed 8 tanks, 2 air defence systems and 3 howitzers of the Syrian army overnight and "
  "'neutralised' 74 regime soldiers in southern Idlib, while Damascus said it shot down two Turkish drones over Saraqeb "
  "and",
  [A('TURMIL', "its drones and artillery had destroyed", victim='SYRMIL', by='TURGOV',
     note='"overnight" with "said on Sunday": Sunday'),
   E('SYRMIL', 'TANK', "destroyed 8 tanks", n=8, actor='TURMIL', by='TURGOV'),
   E('SYRMIL', 'OTHER', "2 air defence systems", n=2, actor='TURMIL', by='TURGOV'),
   E('SYRMIL', 'ARTILLERY', "3 howitzers", n=3, actor='TURMIL', by='TURGOV'),
   K('SYRMIL', 74, "'neutralised' 74 regime soldiers", actor='TURMIL', by='TURGOV',
     note='"neutralised" read as killed; a claim is an incident'),
   E('TURMIL', 'AIRCRAFT', "it shot down two Turkish drones over Saraqeb", n=2, actor='SYRMIL', by='SYRGOV',
     loc='Saraqeb', note='drones as AIRCRAFT')],
  wire=True)

# 53
N('2019-09-10', '2019-09-09', 'Syria', 'air_drone_strike', 'al-Bukamal', 'Deir ez-Zor', 'Abu Kamal',
  "On 9 September 2019, unidentified aircraft carried out at least 5 strikes on positions and weapons depots of "
  "Iranian-backed militias in the al-Hizam al-Akhdar area near al-Bukamal (Abu Kamal district, Deir ez-Zor), killing 18 "
  "militia fighters and destroying two depots. Fatalities: 18.",
  [A(None, "unidentified aircraft carried out at least 5 strikes on positions and weapons depots of Iranian-backed "
     "militias", victim='SYRMIL', n=5, q='AT_LEAST'),
   K('SYRMIL', 18, "killing 18 militia fighters", note='Iranian-backed militias in Syria: SYRMIL (IRNMIL defensible)'),
   E('SYRMIL', 'DEPOT', "destroying two depots", n=2)])

# 54
r = '2020-02-25'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'shelling_artillery_missile', 'Idlib', 'Idlib', 'Idlib',
  "Regime forces fired surface-to-surface rockets loaded with cluster munitions at Idlib city on Tuesday morning, "
  "hitting a school and a kindergarten in the northern part of the city; 9 civilians, including 4 children and a "
  "teacher, were killed and 22 were injured, the Civil Defence said.",
  [A('SYRMIL', "Regime forces fired surface-to-surface rockets loaded with cluster munitions at Idlib city",
     victim='SYRCVL'),
   K('SYRCVL', 9, "9 civilians, including 4 children and a teacher, were killed", actor='SYRMIL'),
   K('SYRCVL', 5, "including 4 children and a teacher", actor='SYRMIL', s=False, note='sub-count (4+1)'),
   W('SYRCVL', 22, "22 were injured", actor='SYRMIL')])

# 55
N('2019-11-12', '2019-11-11', 'Syria', 'shelling_artillery_missile', 'al-Hoshariyah', 'Aleppo', 'Manbij',
  "On 11 November 2019, Turkish artillery shelled the villages of al-Hoshariyah and Umm Jaloud, north-west of Manbij "
  "(Manbij district, Aleppo), as Turkish-backed factions tried to advance; the Manbij Military Council said two of its "
  "fighters were killed and a civilian woman was injured in Umm Jaloud. Fatalities: 2.",
  [A('TURMIL', "Turkish artillery shelled the villages of al-Hoshariyah and Umm Jaloud", victim='SYRREB'),
   A('SYRREB', "Turkish-backed factions tried to advance", victim='SYRREB', s=False, note='an attempted advance'),
   K('SYRREB', 2, "two of its fighters were killed", actor='TURMIL', by='SYRREB'),
   W('SYRCVL', 1, "a civilian woman was injured in Umm Jaloud", actor='TURMIL', by='SYRREB', loc='Umm Jaloud')])

# 56
r = '2019-07-28'; d = wd(r, 'Saturday')
N(r, d, 'Syria', 'shelling_artillery_missile', 'al-Suqaylabiyah', 'Hama', 'al-Suqaylabiyah',
  "Rockets fired by jihadist factions from the Idlib countryside hit a residential area of al-Suqaylabiyah, a mainly "
  "Christian town in the north-western Hama countryside, on Saturday evening, killing 3 children from one family and "
  "injuring their mother, SANA said, blaming 'terrorist groups'.",
  [A('SYRREB', "Rockets fired by jihadist factions from the Idlib countryside hit a residential area of "
     "al-Suqaylabiyah", victim='SYRCVL', by='SYRGOV'),
   K('SYRCVL', 3, "killing 3 children from one family", actor='SYRREB', by='SYRGOV'),
   W('SYRCVL', 1, "injuring their mother", actor='SYRREB', by='SYRGOV')])

# 57
r = '2019-06-17'; d = wd(r, 'Sunday')
N(r, d, 'Syria', 'shelling_artillery_missile', 'Tal al-Sakhar', 'Hama', 'Muhradah',
  "HTS fighters hit a regime BMP with an anti-tank guided missile on the Tal al-Sakhar front in the northern "
  "countryside of Hama on Sunday, destroying it and killing its crew of three, according to a video published by the "
  "group.",
  [A('SYRREB', "HTS fighters hit a regime BMP with an anti-tank guided missile", victim='SYRMIL', by='SYRREB'),
   E('SYRMIL', 'APC', "hit a regime BMP", actor='SYRREB', by='SYRREB', note='a BMP: APC; destroyed'),
   K('SYRMIL', 3, "killing its crew of three", actor='SYRREB', by='SYRREB')])

# 58
r = '2020-01-29'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'gov_regains_territory', 'Maarat al-Numan', 'Idlib', 'Maarat al-Numan',
  "Syrian army takes Maarat al-Numan, key town on Idlib highway - Syrian government forces entered the town of Maarat "
  "al-Numan on Tuesday after rebels pulled out, and also took the nearby villages of Maar Shamsheh and Deir al-Sharqi, "
  "state media said, tightening their hold on the M5 highway that links Damascus…",
  [C('SYRMIL', "Syrian army takes Maarat al-Numan", s=False, note='headline'),
   C('SYRMIL', "Syrian government forces entered the town of Maarat al-Numan", by='SYRGOV'),
   C('SYRMIL', "took the nearby villages of Maar Shamsheh and Deir al-Sharqi", loc='Maar Shamsheh', by='SYRGOV'),
   C('SYRMIL', "took the nearby villages of Maar Shamsheh and Deir al-Sharqi", loc='Deir al-Sharqi', by='SYRGOV')],
  wire=True)

# 59
r = '2019-10-16'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'gov_regains_territory', 'Manbij', 'Aleppo', 'Manbij',
  "Syrian government forces entered the city of Manbij and the nearby al-Saidiyah area on Tuesday under an agreement "
  "with the SDF, Russian military police said, after US troops left their bases west of the city. Russian patrols began "
  "moving along the line separating Syrian troops from Turkish-backed fighters.",
  [C('SYRMIL', "Syrian government forces entered the city of Manbij", by='RUSMIL', note='entry by agreement: scored'),
   C('SYRMIL', "entered the city of Manbij and the nearby al-Saidiyah area", loc='al-Saidiyah', by='RUSMIL'),
   DEP('RUSMIL', "Russian patrols began moving along the line", date=None, s=False, note='no day for the patrols')])

# 60
r = '2019-05-22'; d = wd(r, 'Wednesday')
N(r, d, 'Syria', 'nonstate_takes_territory', 'Kafr Nabudah', 'Hama', 'al-Suqaylabiyah',
  "Opposition factions regained control of Kafr Nabudah in the north-western countryside of Hama before dawn on "
  "Wednesday, two weeks after losing it to regime forces, in an attack that began with a car bomb driven by an HTS "
  "fighter into regime positions on the southern edge of the town. Monitors counted 29 regime soldiers and 15 fighters "
  "from the factions killed; the factions also captured a tank.",
  [C('SYRREB', "Opposition factions regained control of Kafr Nabudah"),
   C('SYRMIL', "two weeks after losing it to regime forces", date=days(d, -14), s=False, note='background capture'),
   A('SYRREB', "an attack that began with a car bomb driven by an HTS fighter into regime positions", victim='SYRMIL'),
   K('SYRMIL', 29, "29 regime soldiers and 15 fighters from the factions killed", actor='SYRREB'),
   K('SYRREB', 15, "29 regime soldiers and 15 fighters from the factions killed", actor='SYRMIL'),
   E('SYRMIL', 'TANK', "captured a tank", actor='SYRREB', s=False, note='captured, not destroyed')])

# 61
r = '2020-08-05'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'armed_clash', 'al-Hawayij', 'Deir ez-Zor', '',
  "Clashes erupted on Tuesday between SDF fighters and armed members of the Akidat tribe in al-Hawayij and Jadid "
  "Akidat, east of Deir ez-Zor, after a dispute at an SDF checkpoint; 4 tribal gunmen and 2 SDF fighters were killed "
  "and several others were wounded before tribal elders negotiated a truce in the evening.",
  [A('SYRREB', "Clashes erupted on Tuesday between SDF fighters and armed members of the Akidat tribe",
     victim='SYRREB', note='both sides SYRREB: one line'),
   K('SYRREB', 6, "4 tribal gunmen and 2 SDF fighters were killed", note='tribal fighters and SDF both SYRREB: one line (4+2)'),
   W('SYRREB', None, "several others were wounded"),
   T('SYRREB', "tribal elders negotiated a truce", s=False, note='local mediation')])

# 62
r = '2020-06-09'; d = wd(r, 'Monday')
N(r, d, 'Syria', 'armed_clash', 'al-Fatira', 'Idlib', 'Ariha',
  "Regime forces tried to advance on the village of al-Fatira in Jabal al-Zawiya, in the southern countryside of Idlib, "
  "on Monday after heavy shelling, but were repelled by the NLF and HTS. The Observatory counted 7 regime soldiers and "
  "5 fighters of the factions killed, and said Russian jets carried out 11 airstrikes on the area during the fighting.",
  [A('SYRMIL', "Regime forces tried to advance on the village of al-Fatira in Jabal al-Zawiya", victim='SYRREB'),
   A('SYRREB', "were repelled by the NLF and HTS", victim='SYRMIL', s=False, note='other side of the clash'),
   K('SYRMIL', 7, "7 regime soldiers and 5 fighters of the factions killed", actor='SYRREB'),
   K('SYRREB', 5, "7 regime soldiers and 5 fighters of the factions killed", actor='SYRMIL'),
   A('RUSMIL', "Russian jets carried out 11 airstrikes on the area", n=11)])

# 63
r = '2020-06-24'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'armed_clash', 'Arab Saeed', 'Idlib', 'Idlib',
  "Fighting broke out on Tuesday between HTS and the al-Qaeda-affiliated Hurras al-Din in the village of Arab Saeed and "
  "at the Yaqubiyah crossroads, west of Idlib city, after HTS arrested a Hurras commander. A child was killed by a stray "
  "bullet in Arab Saeed and three fighters from both sides were killed; HTS said it had taken over several Hurras "
  "positions.",
  [A('SYRREB', "Fighting broke out on Tuesday between HTS and the al-Qaeda-affiliated Hurras al-Din", victim='SYRREB',
     note='both sides SYRREB: one line'),
   K('SYRCVL', 1, "A child was killed by a stray bullet in Arab Saeed"),
   K('SYRREB', 3, "three fighters from both sides were killed"),
   C('SYRREB', "HTS said it had taken over several Hurras positions", loc=None, by='SYRREB', s=False,
     note='unnamed positions')])

# 64
N('2020-04-15', '2020-04-14', 'Syria', 'armed_clash', 'Faydat Ibn Muwayni', 'Deir ez-Zor', 'al-Mayadin',
  "On 14 April 2020, IS cells attacked positions of the regime's 17th Division and Iranian-backed Fatemiyoun fighters "
  "near Faydat Ibn Muwayni in the desert south of al-Mayadin (al-Mayadin district, Deir ez-Zor); heavy clashes "
  "followed, with Russian jets supporting regime forces. 11 regime and allied fighters and 8 IS members were killed. "
  "Fatalities: 19.",
  [A('SYRREB', "IS cells attacked positions of the regime's 17th Division and Iranian-backed Fatemiyoun fighters near "
     "Faydat Ibn Muwayni", victim='SYRMIL'),
   A('SYRMIL', "heavy clashes followed", victim='SYRREB', s=False, note='other side of the clash'),
   A('RUSMIL', "Russian jets supporting regime forces", s=False, note='air support, no strike described'),
   K('SYRMIL', 11, "11 regime and allied fighters and 8 IS members were killed", actor='SYRREB',
     note='allied Fatemiyoun coded with the regime (IRNMIL defensible)'),
   K('SYRREB', 8, "11 regime and allied fighters and 8 IS members were killed", actor='SYRMIL')])

# 65
r = '2020-04-23'; d = wd(r, 'Wednesday')
N(r, d, 'Syria', 'armed_clash', 'Qamishli', 'Hasakah', 'Qamishli',
  "Clashes broke out on Wednesday night between the Asayish and the regime's National Defence Forces in the Tayy "
  "neighbourhood of Qamishli after an Asayish patrol was stopped at an NDF checkpoint; an Asayish member and two NDF "
  "fighters were killed, and a civilian woman was hit by a stray bullet and injured. Russian officers mediated a "
  "ceasefire on Thursday morning.",
  [A('SYRREB', "Clashes broke out on Wednesday night between the Asayish and the regime's National Defence Forces",
     victim='SYRMIL', note='first-named side scored'),
   A('SYRMIL', "Clashes broke out on Wednesday night between the Asayish and the regime's National Defence Forces",
     victim='SYRREB', s=False, note='other side of the clash'),
   K('SYRREB', 1, "an Asayish member and two NDF fighters were killed", actor='SYRMIL'),
   K('SYRMIL', 2, "an Asayish member and two NDF fighters were killed", actor='SYRREB'),
   W('SYRCVL', 1, "a civilian woman was hit by a stray bullet and injured"),
   T('RUSMIL', "Russian officers mediated a ceasefire on Thursday morning", date=wd(r, 'Thursday'), s=False,
     note='mediation, not talks between the parties\' leaders')],
  gloc='Tayy')

# 66
r = '2019-10-02'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'other_violence', 'Hajin', 'Deir ez-Zor', 'Abu Kamal',
  "The bodies of three young men with their hands tied behind their backs were pulled out of a disused well near Hajin "
  "in the eastern countryside of Deir ez-Zor on 1 October, a week after they went missing on their way to al-Shuhail; "
  "relatives accused an IS cell of killing them.",
  [K('SYRCVL', 3, "The bodies of three young men with their hands tied behind their backs",
     note='dated to the finding; accused, not claimed: actor null')])

# 67
N('2019-09-22', '2019-09-21', 'Syria', 'other_violence', 'Damascus', 'Damascus', 'Damascus',
  "On 21 September 2019, the family of a former opposition fighter from Inkhil (al-Sanamayn district, Daraa) received "
  "his body from the Military Intelligence branch in Damascus, three months after he was arrested despite holding a "
  "reconciliation card; marks of torture were visible on the body, a local network said. Fatalities: 1.",
  [K('SYRREB', 1, "received his body from the Military Intelligence branch in Damascus", actor='SYRMIL',
     note='death under torture in custody: place of death, dated to the day the body was handed over; former '
          'opposition fighter: REB')])

# 68
r = '2019-02-03'; d = wd(r, 'Saturday')
N(r, d, 'Syria', 'accident', 'Aleppo', 'Aleppo', 'Jebel Saman',
  "A five-storey residential building damaged during the fighting collapsed in the Salah al-Din neighbourhood of Aleppo "
  "at dawn on Saturday, killing 11 people, among them 4 children, and injuring 6 others who were pulled alive from the "
  "rubble, the governor of Aleppo said.",
  [K('SYRCVL', 11, "killing 11 people", by='SYRGOV'),
   K('SYRCVL', 4, "among them 4 children", by='SYRGOV', s=False, note='sub-count'),
   W('SYRCVL', 6, "injuring 6 others", by='SYRGOV')],
  gloc='Salah al-Din')
