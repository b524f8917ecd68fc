"""b1: 25 Syrian monitor-style notes, 2019-2020 (one with no event)."""
from lib import *

I('S01', '2019-05-07', 'note', '2019-05-06|Syria|air_drone_strike|Kafr Nabl|Idlib|Maarrat al-Numan', 3,
  "On 6 May 2019, Russian warplanes carried out several airstrikes on the town of Kafr Nabl in the southern countryside of Idlib, killing a woman and her two daughters and wounding 5 other civilians, according to local activists.",
  [A('RUSMIL', "Russian warplanes carried out several airstrikes on the town of Kafr Nabl", v='SYRCVL'),
   K('SYRCVL', 3, 'E', "killing a woman and her two daughters", a='RUSMIL', note='a woman and her two daughters: one SYRCVL line of 3'),
   W('SYRCVL', 5, 'E', "wounding 5 other civilians", a='RUSMIL')])

I('S02', '2019-05-21', 'note', '2019-05-21|Syria|air_drone_strike|Kafr Zita|Hama|', 0,
  "21/05/2019: Regime helicopters dropped 14 barrel bombs on the town of Kafr Zita in the northern countryside of Hama; no casualties were reported.",
  [A('SYRMIL', "Regime helicopters dropped 14 barrel bombs on the town of Kafr Zita", n=14, q='E', note='count = barrel bombs')])

I('S03', '2019-06-19', 'note', '2019-06-18|Syria|attack|Tafas|Daraa|Daraa', 1,
  "18 June 2019 - Unknown gunmen shot dead a former opposition commander who had joined the Russian-backed 5th Corps after the 2018 settlement, near the town of Tafas in the western countryside of Daraa. No group claimed responsibility.",
  [K('SYRMIL', 1, 'E', "Unknown gunmen shot dead a former opposition commander who had joined the Russian-backed 5th Corps",
     note='a former rebel who joined the 5th Corps: SYRMIL; bare "shot dead": no ATTACK')])

I('S04', '2019-07-17', 'note', '2019-07-16|Syria|remote_explosive_ied|al-Bab|Aleppo|al-Bab', 4,
  "On 16 July 2019, a motorcycle rigged with explosives blew up in the main market of al-Bab city in the eastern countryside of Aleppo, killing 4 civilians, including a child, and wounding 11 others. Turkish-backed factions accused the SDF of being behind the blast.",
  [A(None, "a motorcycle rigged with explosives blew up in the main market of al-Bab city", v='SYRCVL', note='only blamed on the SDF: actor null'),
   K('SYRCVL', 4, 'E', "killing 4 civilians"),
   K('SYRCVL', 1, 'E', "including a child", s=False, note='sub-count of the 4'),
   W('SYRCVL', 11, 'E', "wounding 11 others")])

I('S05', '2019-08-24', 'note', '2019-08-23|Syria|gov_regains_territory|Morek|Hama|', 0,
  "23 August 2019: Regime forces, backed by Russian air cover, took control of the towns of al-Lataminah, Kafr Zita and Morek and the village of Lahaya in the northern countryside of Hama, after opposition factions withdrew from the pocket that had been encircled since the fall of Khan Shaykhun.",
  [C('SYRMIL', "Regime forces, backed by Russian air cover, took control of the towns of al-Lataminah, Kafr Zita and Morek", 'al-Lataminah'),
   C('SYRMIL', "Regime forces, backed by Russian air cover, took control of the towns of al-Lataminah, Kafr Zita and Morek", 'Kafr Zita'),
   C('SYRMIL', "Regime forces, backed by Russian air cover, took control of the towns of al-Lataminah, Kafr Zita and Morek", 'Morek'),
   C('SYRMIL', "and the village of Lahaya", 'Lahaya'),
   C('SYRMIL', "since the fall of Khan Shaykhun", 'Khan Shaykhun', d='-', s=False, note='background capture, no day')])

I('S06', '2019-10-17', 'note', '2019-10-16|Syria|air_drone_strike|Tal Tamr|Hasakah|Hasakah', 3,
  "On 16 October 2019, a Turkish drone targeted a pick-up truck carrying SDF fighters on the road between Tal Tamr and Ras al-Ain in the countryside of Hasakah, killing 3 fighters and burning the vehicle.",
  [A('TURMIL', "a Turkish drone targeted a pick-up truck carrying SDF fighters", v='SYRREB'),
   K('SYRREB', 3, 'E', "killing 3 fighters", a='TURMIL'),
   EQ('SYRREB', 'VEHICLE', None, None, "burning the vehicle", a='TURMIL')])

I('S07', '2019-10-13', 'note', '2019-10-12|Syria|nonstate_takes_territory|Tal Halaf|Hasakah|Ras al-Ain', 10,
  "On 12 October 2019, Turkish-backed factions of the Syrian National Army captured the villages of Tal Halaf and Mishrafa west of Ras al-Ain after clashes with the SDF, in which 6 faction fighters and 4 SDF members were killed.",
  [C('SYRREB', "Turkish-backed factions of the Syrian National Army captured the villages of Tal Halaf and Mishrafa", 'Tal Halaf'),
   C('SYRREB', "Turkish-backed factions of the Syrian National Army captured the villages of Tal Halaf and Mishrafa", 'Mishrafa'),
   A('SYRREB', "after clashes with the SDF", v='SYRREB', l='Tal Halaf', note='both sides SYRREB: one line'),
   K('SYRREB', 10, 'E', "6 faction fighters and 4 SDF members were killed", l='Tal Halaf', note='both groups SYRREB: one line, 6 + 4')])

I('S08', '2019-11-04', 'note', '2019-11-03|Syria|attack|al-Shuhayl|Deir ez-Zor|', 2,
  "On 3 November 2019, IS cells attacked a checkpoint of the SDF in the town of al-Shuhayl in the eastern countryside of Deir ez-Zor with machine guns, killing two SDF members, before withdrawing. The Islamic State later claimed the attack through its Amaq agency.",
  [A('SYRREB', "IS cells attacked a checkpoint of the SDF in the town of al-Shuhayl", v='SYRREB'),
   K('SYRREB', 2, 'E', "killing two SDF members", a='SYRREB')])

I('S09', '2019-12-18', 'note', '2019-12-17|Syria|shelling_artillery_missile|Maarat al-Numan|Idlib|Maarrat al-Numan', 2,
  "On 17 December 2019, regime forces shelled residential neighbourhoods of Maarat al-Numan with rocket launchers, killing 2 civilians and wounding 7; the shelling caused new waves of displacement, with hundreds of families fleeing north toward the Turkish border.",
  [A('SYRMIL', "regime forces shelled residential neighbourhoods of Maarat al-Numan with rocket launchers", v='SYRCVL'),
   K('SYRCVL', 2, 'E', "killing 2 civilians", a='SYRMIL'),
   W('SYRCVL', 7, 'E', "wounding 7", a='SYRMIL'),
   DSP('SYRCVL', None, None, "hundreds of families fleeing north toward the Turkish border", note='vague amount in a discrete incident: scored, no count')])

I('S10', '2019-12-25', 'note', '2019-12-24|Syria|air_drone_strike|Jubas|Idlib|Idlib', 8,
  "24/12/2019: Russian warplanes struck the vicinity of a school sheltering displaced families in the village of Jubas, south of Saraqeb in the eastern countryside of Idlib. 8 civilians lost their lives, among them 5 children, and 12 others were injured.",
  [A('RUSMIL', "Russian warplanes struck the vicinity of a school sheltering displaced families in the village of Jubas", v='SYRCVL'),
   K('SYRCVL', 8, 'E', "8 civilians lost their lives", a='RUSMIL', note='the text calls them civilians: SYRCVL'),
   K('SYRCVL', 5, 'E', "among them 5 children", a='RUSMIL', s=False, note='sub-count of the 8'),
   W('SYRCVL', 12, 'E', "12 others were injured", a='RUSMIL')])

I('S11', '2020-01-10', 'note', '2020-01-09|Syria|other_violence|al-Yadudah|Daraa|Daraa', 1,
  "On 9 January 2020, the body of a young man bearing gunshot wounds was found near the town of al-Yadudah in the western countryside of Daraa; local sources said he had been abducted by unknown persons two days earlier while returning from work.",
  [K('SYRCVL', 1, 'E', "the body of a young man bearing gunshot wounds was found", note='dated to the finding; the abduction gives no line')])

I('S12', '2020-01-29', 'note', '2020-01-28|Syria|gov_regains_territory|Maarat al-Numan|Idlib|Maarrat al-Numan', 0,
  "28 January 2020 - Regime forces and allied militias, backed by intense Russian air cover, took control of Maarat al-Numan city after opposition factions withdrew from it, then advanced and seized the villages of Maar Shamsheh and Deir al-Sharqi to the east.",
  [C('SYRMIL', "took control of Maarat al-Numan city", 'Maarat al-Numan'),
   C('SYRMIL', "advanced and seized the villages of Maar Shamsheh and Deir al-Sharqi", 'Maar Shamsheh'),
   C('SYRMIL', "advanced and seized the villages of Maar Shamsheh and Deir al-Sharqi", 'Deir al-Sharqi')])

I('S13', '2020-02-27', 'note', '2020-02-26|Syria|armed_clash|Kafr Nabl|Idlib|Maarrat al-Numan', 14,
  "On 26 February 2020, clashes broke out between HTS and regime forces on the Kafr Nabl front in the southern countryside of Idlib; 9 regime soldiers and 5 HTS fighters were killed, and HTS fighters destroyed a BMP with a guided missile.",
  [A('SYRREB', "clashes broke out between HTS and regime forces on the Kafr Nabl front", v='SYRMIL', note='symmetric clash: first-named side'),
   A('SYRMIL', "clashes broke out between HTS and regime forces on the Kafr Nabl front", v='SYRREB', s=False, note='the other side of the clash'),
   K('SYRMIL', 9, 'E', "9 regime soldiers and 5 HTS fighters were killed"),
   K('SYRREB', 5, 'E', "9 regime soldiers and 5 HTS fighters were killed"),
   EQ('SYRMIL', 'APC', None, None, "HTS fighters destroyed a BMP with a guided missile", a='SYRREB', note='a BMP: no count')])

I('S14', '2020-02-26', 'note', '2020-02-25|Syria|nonstate_takes_territory|Kafr Oweid|Idlib|Ariha', 0,
  "25 February 2020: HTS and factions of the National Front for Liberation regained control of the villages of Kafr Oweid and Qoqfin in Jabal al-Zawiya after a counter-attack on regime positions, according to opposition sources.",
  [C('SYRREB', "regained control of the villages of Kafr Oweid and Qoqfin", 'Kafr Oweid'),
   C('SYRREB', "regained control of the villages of Kafr Oweid and Qoqfin", 'Qoqfin'),
   A('SYRREB', "after a counter-attack on regime positions", v='SYRMIL', l='Kafr Oweid')])

I('S15', '2020-03-19', 'note', '2020-03-18|Syria|attack|Jasim|Daraa|Izra', 3,
  "On 18 March 2020, unidentified gunmen attacked a Military Security checkpoint near the town of Jasim in the northern countryside of Daraa, killing 2 members of the regime forces on the spot and wounding 2 others. A third member later died of his wounds in hospital.",
  [A(None, "unidentified gunmen attacked a Military Security checkpoint near the town of Jasim", v='SYRMIL'),
   K('SYRMIL', 2, 'E', "killing 2 members of the regime forces on the spot"),
   W('SYRMIL', 2, 'E', "wounding 2 others"),
   K('SYRMIL', 1, 'E', "A third member later died of his wounds in hospital", note='separate sentence: own line')])

I('S16', '2020-05-05', 'note', '2020-05-04|Syria|air_drone_strike|Ayyash|Deir ez-Zor|Deir ez-Zor', 9,
  "On 4 May 2020, warplanes believed to be Israeli struck positions of Iranian forces and their allied militias in the Ayyash area west of Deir ez-Zor city, killing 9 of their members, including 4 Iranians, and destroying 2 ammunition depots.",
  [A(None, "warplanes believed to be Israeli struck positions of Iranian forces and their allied militias in the Ayyash area", v='IRNMIL',
     note='only attributed ("believed to be Israeli"): actor null'),
   K('IRNMIL', 9, 'E', "killing 9 of their members", note='Iranian forces and allied militias: IRNMIL, the first-named force'),
   K('IRNMIL', 4, 'E', "including 4 Iranians", s=False, note='sub-count of the 9'),
   EQ('IRNMIL', 'DEPOT', 2, 'E', "destroying 2 ammunition depots")])

I('S17', '2020-06-17', 'note', '2020-06-16|Syria|remote_explosive_ied|Azaz|Aleppo|Azaz', 5,
  "On 16 June 2020, a car bomb exploded at a checkpoint of the Sultan Murad Division at the entrance of Azaz city in the northern countryside of Aleppo, killing 2 faction fighters and 3 civilians and wounding 9 people.",
  [A(None, "a car bomb exploded at a checkpoint of the Sultan Murad Division at the entrance of Azaz city"),
   K('SYRREB', 2, 'E', "killing 2 faction fighters and 3 civilians"),
   K('SYRCVL', 3, 'E', "killing 2 faction fighters and 3 civilians"),
   W('SYRCVL', 9, 'E', "wounding 9 people", note='mixed "people": CVL')])

I('S18', '2020-04-12', 'note', '2020-04-11|Syria|remote_explosive_ied|al-Sukhnah|Homs|Tadmur', 1,
  "11 April 2020: A shepherd was killed and his son was wounded when a landmine left over from IS exploded in the desert near al-Sukhnah in the eastern countryside of Homs.",
  [K('SYRCVL', 1, 'E', "A shepherd was killed", note='war remnant: violence, no ATTACK'),
   W('SYRCVL', 1, 'E', "his son was wounded")])

I('S19', '2020-07-14', 'note', '2020-07-13|Syria|air_drone_strike|Fleifel|Idlib|Ariha', 0,
  "On 13 July 2020, Russian warplanes carried out at least 8 airstrikes on the outskirts of the village of Fleifel in Jabal al-Zawiya, in the southern countryside of Idlib, wounding a child, in a breach of the 5 March ceasefire.",
  [A('RUSMIL', "Russian warplanes carried out at least 8 airstrikes on the outskirts of the village of Fleifel", n=8, q='L', v='SYRCVL'),
   W('SYRCVL', 1, 'E', "wounding a child", a='RUSMIL')])

I('S20', '2020-08-04', 'note', '2020-08-02|Syria|attack|Diban|Deir ez-Zor|Deir ez-Zor', 2,
  "On 2 August 2020, unknown gunmen opened fire on a car carrying a tribal elder of the Ugaidat tribe and his companion near the town of Diban in the eastern countryside of Deir ez-Zor, killing the companion and seriously wounding the elder. The elder succumbed to his wounds in hospital the next day.",
  [A(None, "unknown gunmen opened fire on a car carrying a tribal elder of the Ugaidat tribe and his companion", v='SYRCVL'),
   K('SYRCVL', 1, 'E', "killing the companion"),
   W('SYRCVL', 1, 'E', "seriously wounding the elder", s=False, note='the elder died the next day: his KILLED line counts'),
   K('SYRCVL', 1, 'E', "The elder succumbed to his wounds in hospital the next day", d='2020-08-03', note='death on the next day')])

I('S21', '2020-09-24', 'note', '2020-09-23|Syria|armed_clash|Qamishli|Hasakah|Qamishli', 1,
  "23/09/2020: Clashes erupted between the Asayish and the regime's National Defence Forces in the Tayy neighbourhood of Qamishli city, killing a member of the NDF and wounding 2 Asayish members.",
  [A('SYRREB', "Clashes erupted between the Asayish and the regime's National Defence Forces", v='SYRMIL', l='Tayy', note='first-named side; Asayish SYRREB'),
   A('SYRMIL', "Clashes erupted between the Asayish and the regime's National Defence Forces", v='SYRREB', l='Tayy', s=False, note='the other side'),
   K('SYRMIL', 1, 'E', "killing a member of the NDF", l='Tayy', note='NDF: SYRMIL'),
   W('SYRREB', 2, 'E', "wounding 2 Asayish members", l='Tayy')])

I('S22', '2020-10-26', 'note', '2020-10-26|Syria|air_drone_strike|Kafr Takharim|Idlib|Harim', 56,
  "26 October 2020 - Russian warplanes struck a training camp of the Turkish-backed Faylaq al-Sham faction in the Jabal al-Duwayli area near Kafr Takharim, in the northwestern countryside of Idlib, killing at least 56 fighters and wounding more than 80 others.",
  [A('RUSMIL', "Russian warplanes struck a training camp of the Turkish-backed Faylaq al-Sham faction", v='SYRREB', l='Jabal al-Duwayli'),
   K('SYRREB', 56, 'L', "killing at least 56 fighters", a='RUSMIL', l='Jabal al-Duwayli'),
   W('SYRREB', 80, 'L', "wounding more than 80 others", a='RUSMIL', l='Jabal al-Duwayli')])

I('S23', '2020-12-31', 'note', '2020-12-30|Syria|attack|Kabajeb|Deir ez-Zor|Deir ez-Zor', 28,
  "On 30 December 2020, IS cells ambushed a bus carrying soldiers of the regime's 4th Division near the village of Kabajeb on the Deir ez-Zor-Palmyra highway, leaving 28 soldiers dead and 13 others injured, some of them seriously.",
  [A('SYRREB', "IS cells ambushed a bus carrying soldiers of the regime's 4th Division near the village of Kabajeb", v='SYRMIL'),
   K('SYRMIL', 28, 'E', "leaving 28 soldiers dead", a='SYRREB'),
   W('SYRMIL', 13, 'E', "13 others injured", a='SYRREB')])

I('S24', '2020-01-16', 'note', '2020-01-15|Syria|protest_or_statement|al-Suwayda|Suwayda|Suwayda', 0,
  "On 15 January 2020, dozens of young men gathered peacefully in front of the governorate building in al-Suwayda city to protest against deteriorating living conditions and the collapse of the Syrian pound. Security forces watched from a distance and the protest dispersed without incident.",
  [], noevent=True)

I('S25', '2019-12-03', 'note', '2019-12-02|Syria|shelling_artillery_missile|Tal Rifaat|Aleppo|Azaz', 10,
  "On 2 December 2019, Turkish forces and allied factions shelled the town of Tal Rifaat in the northern countryside of Aleppo with artillery, killing 10 civilians, 8 of them children, and wounding 13 others. The shells fell near a school as pupils were leaving.",
  [A('TURMIL', "Turkish forces and allied factions shelled the town of Tal Rifaat", v='SYRCVL', note='first-named: TURMIL'),
   K('SYRCVL', 10, 'E', "killing 10 civilians", a='TURMIL'),
   K('SYRCVL', 8, 'E', "8 of them children", a='TURMIL', s=False, note='sub-count of the 10'),
   W('SYRCVL', 13, 'E', "wounding 13 others", a='TURMIL')])
