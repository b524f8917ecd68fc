"""25 Syrian monitor notes, 2019-2020 (1 with no event)."""
from lib import *

item('s01', 'note', '2019-05-06', '2019-05-05', 'Syria', 'air_drone_strike', 'Kansafra', 'Idlib', 'Ariha',
     3, "On 5 May 2019, regime helicopters dropped 11 barrel bombs on Kansafra, south of Idlib city, killing a woman and her two daughters and wounding 6 other civilians, according to local rescuers.",
     A('SYRMIL', 'regime helicopters dropped 11 barrel bombs on Kansafra', v='SYRCVL', n=11),
     K('SYRCVL', 3, 'killing a woman and her two daughters', a='SYRMIL', note='one code, one line (1 + 2)'),
     W('SYRCVL', 6, 'wounding 6 other civilians', a='SYRMIL'))

item('s02', 'note', '2019-06-18', '2019-06-17', 'Syria', 'armed_clash', 'Kafr Nabuda', 'Hama', 'al-Suqaylabiyah',
     13, "On 17 June 2019, HTS fighters and regime forces clashed on the outskirts of Kafr Nabuda in the northern Hama countryside; 9 regime soldiers and 4 HTS fighters were killed, and the fighting went on into the night.",
     A('SYRREB', 'HTS fighters and regime forces clashed on the outskirts of Kafr Nabuda', v='SYRMIL'),
     A('SYRMIL', 'HTS fighters and regime forces clashed on the outskirts of Kafr Nabuda', v='SYRREB', s=False, note='other side of a symmetric clash'),
     K('SYRMIL', 9, '9 regime soldiers and 4 HTS fighters were killed'),
     K('SYRREB', 4, '9 regime soldiers and 4 HTS fighters were killed'))

item('s03', 'note', '2020-03-03', '2020-03-02', 'Syria', 'attack', 'al-Shuhail', 'Deir ez-Zor', 'al-Mayadin',
     1, "Late on 2 March 2020, gunmen believed to belong to an IS cell shot dead a member of the SDF-affiliated Deir ez-Zor Military Council near the village of al-Shuhail, east of the Euphrates.",
     K('SYRREB', 1, 'shot dead a member of the SDF-affiliated Deir ez-Zor Military Council', a='SYRREB', note='bare "shot dead": no ATTACK line'))

item('s04', 'note', '2019-11-12', '2019-11-11', 'Syria', 'attack', 'Tafas', 'Daraa', 'Daraa',
     2, "Tafas (western Daraa countryside) - 11 November 2019: Unknown gunmen opened fire on a car carrying a former opposition commander who had joined the 5th Corps after the 2018 settlement, at the western entrance of the town, killing him and his nephew, a civilian who was driving.",
     A(None, 'Unknown gunmen opened fire on a car carrying a former opposition commander', v='SYRMIL'),
     K('SYRMIL', 1, 'killing him', note='a 5th Corps member: SYRMIL'),
     K('SYRCVL', 1, 'his nephew, a civilian who was driving'))

item('s05', 'note', '2019-10-14', '2019-10-13', 'Syria', 'nonstate_takes_territory', 'Suluk', 'Raqqa', 'Tal Abyad',
     12, "On 13 October 2019, Turkish-backed factions took control of the town of Suluk, south-east of Tal Abyad, after a day of clashes with the SDF in which 7 faction fighters and 5 SDF members were killed; thousands of residents fled south towards the Ain Issa road.",
     C('SYRREB', 'Turkish-backed factions took control of the town of Suluk'),
     A('SYRREB', 'after a day of clashes with the SDF', v='SYRREB', note='both sides SYRREB: one line'),
     K('SYRREB', 12, '7 faction fighters and 5 SDF members were killed', note='both groups SYRREB: one line of 12'),
     D('SYRCVL', None, 'thousands of residents fled south', note='vague, day known: scored without count; place fled from'))

item('s06', 'note', '2019-12-17', '2019-12-16', 'Syria', 'air_drone_strike', 'Talmenes', 'Idlib', 'Maarrat al-Nu\'man',
     4, "On 16 December 2019, warplanes believed to be Russian carried out at least 12 air strikes on Talmenes and the farmland around it. A man and his three children were killed in one strike on a house, and a civil defence volunteer was wounded while pulling them from the rubble.",
     A('RUSMIL', 'warplanes believed to be Russian carried out at least 12 air strikes on Talmenes', v='SYRCVL', n=12, q='AL'),
     K('SYRCVL', 4, 'A man and his three children were killed', a='RUSMIL'),
     W('SYRCVL', 1, 'a civil defence volunteer was wounded', a='RUSMIL'))

item('s07', 'note', '2019-04-10', '2019-04-09', 'Syria', 'remote_explosive_ied', "Ma'adan", 'Raqqa', 'Raqqa',
     2, "On 9 April 2019, two brothers herding sheep were killed and a third was wounded when a landmine left behind by IS exploded in pasture land near Ma'adan, in the eastern Raqqa countryside.",
     K('SYRCVL', 2, 'two brothers herding sheep were killed', note='landmine left from the fighting: violence, no ATTACK'),
     W('SYRCVL', 1, 'a third was wounded'))

item('s08', 'note', '2020-01-15', '2020-01-14', 'Syria', 'air_drone_strike', 'T4', 'Homs', 'Homs',
     3, "On 14 January 2020, Israeli aircraft fired missiles at the T4 airbase east of Homs. A war monitor said three Iran-backed fighters were killed, while state media said air defences had intercepted most of the missiles.",
     A('ISRMIL', 'Israeli aircraft fired missiles at the T4 airbase', v='IRNMIL'),
     K('IRNMIL', 3, 'three Iran-backed fighters were killed', a='ISRMIL', note='Iran-backed fighters in Syria coded IRNMIL'))

item('s09', 'note', '2019-08-22', '2019-08-21', 'Syria', 'gov_regains_territory', 'Khan Sheikhoun', 'Idlib', 'Maarrat al-Nu\'man',
     0, "On 21 August 2019, regime forces entered Khan Sheikhoun and took control of the town, a day after the last HTS fighters pulled out southwards; pro-government pages said the army also seized the nearby hill of Tal Nimr.",
     C('SYRMIL', 'regime forces entered Khan Sheikhoun and took control of the town'),
     C('SYRMIL', 'the army also seized the nearby hill of Tal Nimr', l='Tal Nimr', note='pro-government pages: claimedBy null'))

item('s10', 'note', '2019-09-17', '2019-09-16', 'Syria', 'remote_explosive_ied', 'al-Bab', 'Aleppo', 'al-Bab',
     5, "On 16 September 2019, a car bomb exploded near the bus station in al-Bab, in the northern Aleppo countryside, killing at least five civilians, including a child, and wounding about 20 others. No group claimed the attack.",
     A(None, 'a car bomb exploded near the bus station in al-Bab', v='SYRCVL'),
     K('SYRCVL', 5, 'killing at least five civilians', q='AL'),
     K('SYRCVL', 1, 'including a child', s=False, note='sub-count'),
     W('SYRCVL', 20, 'wounding about 20 others', q='AB'))

item('s11', 'note', '2020-05-31', '2020-05-30', 'Syria', 'protest_or_statement', 'Gharanij', 'Deir ez-Zor', 'al-Mayadin',
     0, "On 30 May 2020, hundreds of residents of Gharanij in the eastern Deir ez-Zor countryside protested against fuel shortages and the arrest of several young men by the SDF, blocking the main road with burning tyres for several hours. The protest ended without incident.")

item('s12', 'note', '2020-01-30', '2020-01-29', 'Syria', 'shelling_artillery_missile', 'Ariha', 'Idlib', 'Ariha',
     4, "Ariha (Idlib), 29 January 2020: Regime artillery and rocket launchers shelled residential neighbourhoods of Ariha, killing 4 civilians - among them two children - and wounding at least 11; a bakery and a school were damaged.",
     A('SYRMIL', 'Regime artillery and rocket launchers shelled residential neighbourhoods of Ariha', v='SYRCVL'),
     K('SYRCVL', 4, 'killing 4 civilians', a='SYRMIL'),
     K('SYRCVL', 2, 'among them two children', a='SYRMIL', s=False, note='sub-count'),
     W('SYRCVL', 11, 'wounding at least 11', a='SYRMIL', q='AL'))

item('s13', 'note', '2019-10-08', '2019-10-07', 'Syria', 'air_drone_strike', 'Kafr Takharim', 'Idlib', 'Harim',
     2, "On 7 October 2019, a drone believed to belong to the US-led coalition struck a car on the road between Kafr Takharim and Salqin, killing two Hurras al-Din members, one of them a senior commander.",
     A('USAMIL', 'a drone believed to belong to the US-led coalition struck a car', v='SYRREB'),
     K('SYRREB', 2, 'killing two Hurras al-Din members', a='USAMIL'),
     K('SYRREB', 1, 'one of them a senior commander', a='USAMIL', s=False, note='sub-count'))

item('s14', 'note', '2019-12-03', '2019-12-02', 'Syria', 'remote_explosive_ied', 'Tal Abyad', 'Raqqa', 'Tal Abyad',
     9, "On 2 December 2019, a motorcycle rigged with explosives blew up in the vegetable market of Tal Abyad, killing 9 people, 3 of them members of the Syrian National Army, and wounding 20. No group claimed the blast.",
     A(None, 'a motorcycle rigged with explosives blew up in the vegetable market of Tal Abyad'),
     K('SYRCVL', 9, 'killing 9 people', note='mixed toll of people: CVL'),
     K('SYRREB', 3, '3 of them members of the Syrian National Army', s=False, note='sub-count of another code'),
     W('SYRCVL', 20, 'wounding 20'))

item('s15', 'note', '2020-04-10', '2020-04-09', 'Syria', 'attack', 'al-Sukhnah', 'Homs', 'Tadmur',
     25, "On 9 April 2020, IS fighters attacked positions of regime forces and the National Defence Forces near al-Sukhnah in the eastern Homs desert. The fighting lasted several hours and left 18 regime soldiers and NDF members and 7 IS fighters dead, a war monitor said; the attackers also burnt two military vehicles.",
     A('SYRREB', 'IS fighters attacked positions of regime forces and the National Defence Forces near al-Sukhnah', v='SYRMIL'),
     K('SYRMIL', 18, '18 regime soldiers and NDF members', note='NDF with the army: one line'),
     K('SYRREB', 7, '7 IS fighters dead'),
     E('SYRMIL', 'VEHICLE', 2, 'the attackers also burnt two military vehicles', a='SYRREB'))

item('s16', 'note', '2020-02-27', '2020-02-26', 'Syria', 'other_violence', 'Inkhil', 'Daraa', 'al-Sanamayn',
     1, "On 26 February 2020, residents found the body of a former opposition fighter, bearing gunshot wounds, on the road between Inkhil and Jasim in the northern Daraa countryside, two days after he had been detained at a regime checkpoint.",
     K('SYRREB', 1, 'the body of a former opposition fighter', note='former opposition fighter SYRREB (SYRCVL defensible); killer not stated: actor null'))

item('s17', 'note', '2019-11-03', '2019-11-02', 'Syria', 'shelling_artillery_missile', 'Aleppo', 'Aleppo', 'Jabal Saman',
     1, "Aleppo city, 2 November 2019: rockets fired by opposition factions from the western Aleppo countryside fell on the al-Hamdaniyah neighbourhood, killing a girl and injuring four other civilians, the state news agency SANA reported.",
     A('SYRREB', 'rockets fired by opposition factions from the western Aleppo countryside fell on the al-Hamdaniyah neighbourhood', c='SYRGOV'),
     K('SYRCVL', 1, 'killing a girl', a='SYRREB', c='SYRGOV'),
     W('SYRCVL', 4, 'injuring four other civilians', a='SYRREB', c='SYRGOV'))

item('s18', 'note', '2020-08-19', '2020-08-18', 'Syria', 'air_drone_strike', 'Amuda', 'Hasakah', 'Qamishli',
     2, "On 18 August 2020, a Turkish drone struck a vehicle of the Asayish on the road between Amuda and Qamishli, killing two Asayish members and wounding the driver.",
     A('TURMIL', 'a Turkish drone struck a vehicle of the Asayish', v='SYRREB'),
     E('SYRREB', 'VEHICLE', None, 'a Turkish drone struck a vehicle of the Asayish', a='TURMIL'),
     K('SYRREB', 2, 'killing two Asayish members', a='TURMIL', note='Asayish coded with the SDF'),
     W('SYRREB', 1, 'wounding the driver', a='TURMIL'))

item('s19', 'note', '2020-06-05', '2020-06-04', 'Syria', 'armed_clash', 'Ras al-Ain', 'Hasakah', 'Ras al-Ain',
     3, "Ras al-Ain, 4 June 2020 - Fighting broke out between two Turkish-backed factions over control of a grain silo at the edge of the town. Three fighters were killed and a civilian passing by was hit by a stray bullet.",
     A('SYRREB', 'Fighting broke out between two Turkish-backed factions', note='both sides SYRREB: one line'),
     K('SYRREB', 3, 'Three fighters were killed'),
     W('SYRCVL', 1, 'a civilian passing by was hit by a stray bullet'))

item('s20', 'note', '2019-06-07', '2019-06-06', 'Syria', 'nonstate_takes_territory', 'Tal Malah', 'Hama', 'Mhardeh',
     31, "On 6 June 2019, opposition factions launched a counter-offensive in the northern Hama countryside and took control of the villages of Tal Malah and al-Jubain after fierce clashes with regime forces; at least 20 regime soldiers and 11 opposition fighters were killed.",
     O('SYRREB', 'opposition factions launched a counter-offensive in the northern Hama countryside', l='Hama'),
     C('SYRREB', 'took control of the villages of Tal Malah and al-Jubain', l='Tal Malah'),
     C('SYRREB', 'took control of the villages of Tal Malah and al-Jubain', l='al-Jubain'),
     A('SYRREB', 'after fierce clashes with regime forces', v='SYRMIL'),
     A('SYRMIL', 'after fierce clashes with regime forces', v='SYRREB', s=False, note='other side of the clash'),
     K('SYRMIL', 20, 'at least 20 regime soldiers', q='AL'),
     K('SYRREB', 11, '11 opposition fighters were killed', note='"at least" read as governing the first figure only'))

item('s21', 'note', '2020-02-26', '2020-02-25', 'Syria', 'gov_regains_territory', 'Kafr Nabl', 'Idlib', 'Maarrat al-Nu\'man',
     0, "On 25 February 2020, regime forces, backed by intense Russian air strikes, took control of Kafr Nabl and four surrounding villages in the south of the province. Most of the town's residents had fled in the previous weeks.",
     C('SYRMIL', 'regime forces, backed by intense Russian air strikes, took control of Kafr Nabl'),
     C('SYRMIL', 'four surrounding villages', n=4, l='-', note='unnamed villages with a count'),
     A('RUSMIL', 'backed by intense Russian air strikes'),
     D('SYRCVL', None, "Most of the town's residents had fled in the previous weeks", d='-', s=False, note='background, no day'))

item('s22', 'note', '2020-05-04', '2020-05-03', 'Syria', 'attack', 'Dadikh', 'Idlib', 'Idlib',
     1, "On 3 May 2020, a regime soldier was killed by sniper fire from HTS positions near Dadikh on the M5 front; an hour later another soldier was wounded by shrapnel when a mortar round hit the same post.",
     A('SYRREB', 'killed by sniper fire from HTS positions near Dadikh', v='SYRMIL'),
     K('SYRMIL', 1, 'a regime soldier was killed by sniper fire', a='SYRREB'),
     W('SYRMIL', 1, 'another soldier was wounded by shrapnel'),
     A(None, 'a mortar round hit the same post', v='SYRMIL', s=False, note='second act of the same incident'))

item('s23', 'note', '2019-07-15', '2019-07-14', 'Syria', 'other_violence', 'Damascus', 'Damascus', 'Damascus',
     1, "On 14 July 2019, relatives of a man from al-Harak in the eastern Daraa countryside were told that he had died under torture in a Military Intelligence branch in Damascus, eight months after his arrest at a checkpoint.",
     K('SYRCVL', 1, 'he had died under torture in a Military Intelligence branch in Damascus', a='SYRMIL', note='dated to the day the family was told; place of death'))

item('s24', 'note', '2019-11-24', '2019-11-23', 'Syria', 'shelling_artillery_missile', 'Abu Rasin', 'Hasakah', 'Ras al-Ain',
     2, "On 23 November 2019, Turkish forces shelled the village of Abu Rasin, killing 2 civilians as they worked in an olive grove. SDF fighters responded with mortar fire on faction positions nearby.",
     A('TURMIL', 'Turkish forces shelled the village of Abu Rasin', v='SYRCVL'),
     K('SYRCVL', 2, 'killing 2 civilians', a='TURMIL'),
     A('SYRREB', 'SDF fighters responded with mortar fire', s=False, note='return of fire inside the incident'))

item('s25', 'note', '2019-09-10', '2019-09-09', 'Syria', 'air_drone_strike', 'al-Bukamal', 'Deir ez-Zor', 'Abu Kamal',
     18, "On 9 September 2019, unidentified aircraft carried out several strikes on positions of Iran-backed militias near al-Bukamal on the Iraqi border, killing at least 18 fighters, most of them Iraqis and Afghans, a war monitor said.",
     A(None, 'unidentified aircraft carried out several strikes on positions of Iran-backed militias', v='IRNMIL'),
     K('IRNMIL', 18, 'killing at least 18 fighters', q='AL', note='Iran-backed militias coded IRNMIL'))
