"""25 Syrian monitor notes, 2019-2020 (one with no event)."""
from lib import *

item('s01', 'note', '2019-05-15', '2019-05-14', 'Syria', 'air_drone_strike', 'Kafr Nabudah', 'Hama', 'Al-Suqaylabiyah', 2,
     "On 14 May 2019, regime helicopters dropped at least 14 barrel bombs on Kafr Nabudah and its outskirts in the northern countryside of Hama, while Russian warplanes struck the town with 9 raids. A woman and her daughter were killed and 5 other civilians were wounded. Opposition factions shelled regime positions at Karnaz in response; no casualties were reported.",
     A('SYRMIL', "regime helicopters dropped at least 14 barrel bombs on Kafr Nabudah", v='SYRCVL', n=14, q='AL'),
     A('RUSMIL', "Russian warplanes struck the town with 9 raids", v='SYRCVL', n=9),
     K('SYRCVL', 2, "A woman and her daughter were killed", note='barrel bombs and Russian raids: no single doer'),
     W('SYRCVL', 5, "5 other civilians were wounded"),
     A('SYRREB', "Opposition factions shelled regime positions at Karnaz", v='SYRMIL', loc='Karnaz', s=False, note='retaliation'))

item('s02', 'note', '2019-08-04', '2019-08-03', 'Syria', 'remote_explosive_ied', 'Al-Yadudah', 'Daraa', 'Daraa', 2,
     "Daraa - 3 August 2019: An IED planted on the road between Al-Yadudah and Muzayrib exploded as a car carrying members of the Military Security branch passed, killing 2 of them and injuring a third. The car was burnt out.",
     A(None, "An IED planted on the road between Al-Yadudah and Muzayrib exploded", v='SYRMIL'),
     K('SYRMIL', 2, "killing 2 of them"),
     W('SYRMIL', 1, "injuring a third"),
     E('SYRMIL', 'VEHICLE', None, "The car was burnt out", s=False, note='a car, not said to be a military vehicle'))

item('s03', 'note', '2019-09-22', '2019-09-21', 'Syria', 'other_violence', 'Al-Shuhail', 'Deir ez-Zor', 'Deir ez-Zor', 1,
     "On 21 September 2019, locals found the body of a young man from Al-Shuhail dumped beside the oil field road in the eastern countryside of Deir ez-Zor, with gunshot wounds to the head. He had been abducted by unknown gunmen 4 days earlier.",
     K('SYRCVL', 1, "the body of a young man from Al-Shuhail"))

item('s04', 'note', '2019-07-10', '2019-07-09', 'Syria', 'armed_clash', 'Kabani', 'Latakia', '', 17,
     "Kabani axis, 9 July 2019 - Fierce clashes broke out at dawn between regime forces and HTS fighters on the hills of Kabani in the northeastern Latakia countryside, after regime forces tried to advance under cover of heavy shelling. 11 regime soldiers and 6 HTS fighters were killed, and HTS said it destroyed a BMP vehicle with a guided missile.",
     A('SYRMIL', "regime forces tried to advance under cover of heavy shelling", v='SYRREB'),
     A('SYRREB', "Fierce clashes broke out at dawn between regime forces and HTS fighters", v='SYRMIL', s=False, note='second side of the clash'),
     K('SYRMIL', 11, "11 regime soldiers and 6 HTS fighters were killed"),
     K('SYRREB', 6, "11 regime soldiers and 6 HTS fighters were killed"),
     E('SYRMIL', 'APC', None, "HTS said it destroyed a BMP vehicle with a guided missile", a='SYRREB', by='SYRREB'))

item('s05', 'note', '2019-08-24', '2019-08-23', 'Syria', 'gov_regains_territory', 'Morek', 'Hama', '', 3,
     "On 23 August 2019, regime forces backed by Russian air cover entered the towns of Morek, Latamneh and Kafr Zita and the village of Lahaya, closing the ring around the Turkish observation post at Morek. The factions had pulled out of the pocket a day earlier. 3 regime soldiers were killed by a landmine while combing Latamneh.",
     C('SYRMIL', "entered the towns of Morek, Latamneh and Kafr Zita", loc='Morek'),
     C('SYRMIL', "entered the towns of Morek, Latamneh and Kafr Zita", loc='Latamneh'),
     C('SYRMIL', "entered the towns of Morek, Latamneh and Kafr Zita", loc='Kafr Zita'),
     C('SYRMIL', "and the village of Lahaya", loc='Lahaya'),
     K('SYRMIL', 3, "3 regime soldiers were killed by a landmine while combing Latamneh", loc='Latamneh', note='mine left in the pocket: no ATTACK'))

item('s06', 'note', '2019-06-07', '2019-06-06', 'Syria', 'nonstate_takes_territory', 'Jibine', 'Hama', 'Al-Suqaylabiyah', 37,
     "On 6 June 2019, HTS and the National Front for Liberation launched a counterattack on the northwestern Hama front and seized the villages of Jibine and Kafr Hud and a hill overlooking the area. By evening the SOHR counted 22 regime soldiers and 15 faction fighters dead in the fighting.",
     O('SYRREB', "launched a counterattack on the northwestern Hama front", loc='Hama'),
     C('SYRREB', "seized the villages of Jibine and Kafr Hud", loc='Jibine'),
     C('SYRREB', "seized the villages of Jibine and Kafr Hud", loc='Kafr Hud'),
     C('SYRREB', "a hill overlooking the area", loc=None, s=False, note='unnamed hill'),
     A('SYRREB', "launched a counterattack on the northwestern Hama front", v='SYRMIL', loc='Hama'),
     K('SYRMIL', 22, "22 regime soldiers and 15 faction fighters dead"),
     K('SYRREB', 15, "22 regime soldiers and 15 faction fighters dead"))

item('s07', 'note', '2019-09-09', '2019-09-08', 'Syria', 'air_drone_strike', 'Al-Bukamal', 'Deir ez-Zor', 'Abu Kamal', 18,
     "In the night of 8 September 2019, unidentified warplanes, believed to be Israeli, struck positions and weapons depots of Iranian-backed militias around Al-Bukamal, killing 18 fighters of those militias, most of them Iraqis and Afghans. Three depots were destroyed, according to local sources.",
     A('ISRMIL', "unidentified warplanes, believed to be Israeli, struck positions and weapons depots", v='IRNMIL'),
     K('IRNMIL', 18, "killing 18 fighters of those militias", a='ISRMIL', note='Iran-backed militias as IRNMIL'),
     K('IRNMIL', None, "most of them Iraqis and Afghans", s=False, note='sub-groups, no figure'),
     E('IRNMIL', 'DEPOT', 3, "Three depots were destroyed"))

item('s08', 'note', '2020-02-03', '2020-02-02', 'Syria', 'attack', "Da'el", 'Daraa', 'Daraa', 1,
     "Daraa, 2 February 2020: gunmen on a motorbike shot dead a former opposition commander who had joined the 5th Corps after the 2018 settlement, in front of his house in Da'el, and wounded his nephew who was with him.",
     K('SYRMIL', 1, "shot dead a former opposition commander", note='a 5th Corps member as SYRMIL'),
     W('SYRCVL', 1, "wounded his nephew"))

item('s09', 'note', '2020-04-29', '2020-04-28', 'Syria', 'remote_explosive_ied', 'Afrin', 'Aleppo', 'Afrin', 46,
     "On 28 April 2020, a fuel tanker rigged with explosives blew up in the crowded market of Afrin city, killing at least 40 people, among them 11 children, and injuring 47 others; the toll was raised the next day to 46.",
     A(None, "a fuel tanker rigged with explosives blew up in the crowded market of Afrin city", v='SYRCVL'),
     K('SYRCVL', 46, "the toll was raised the next day to 46", note='updated toll of the incident'),
     K('SYRCVL', 40, "killing at least 40 people", q='AL', s=False, note='superseded figure'),
     K('SYRCVL', 11, "among them 11 children", s=False, note='sub-count'),
     W('SYRCVL', 47, "injuring 47 others"))

item('s10', 'note', '2020-01-15', '2020-01-15', 'Syria', 'shelling_artillery_missile', 'Sarmin', 'Idlib', 'Idlib', 4,
     "Regime rocket launchers fired around 30 rockets at Sarmin and its surroundings in the morning of 15 January 2020; 4 civilians, one of them a child, were killed, and a civil defence team was hit while evacuating the wounded, injuring 2 of its volunteers.",
     A('SYRMIL', "Regime rocket launchers fired around 30 rockets at Sarmin", v='SYRCVL', n=30, q='AB'),
     K('SYRCVL', 4, "4 civilians, one of them a child, were killed"),
     K('SYRCVL', 1, "one of them a child", s=False, note='sub-count'),
     W('SYRCVL', 2, "injuring 2 of its volunteers", note='civil defence volunteers are civilians'))

item('s11', 'note', '2019-02-12', '2019-02-11', 'Syria', 'armed_clash', 'Al-Baghuz Fawqani', 'Deir ez-Zor', 'Abu Kamal', 27,
     "On 11 February 2019, SDF fighters, backed by coalition aircraft, pushed into the last IS pocket around Al-Baghuz Fawqani and battles went on through the night; the SDF said 23 IS members were killed, while 4 of its own fighters were killed as well.",
     A('SYRREB', "SDF fighters, backed by coalition aircraft, pushed into the last IS pocket", v='SYRREB', note='SDF and IS both SYRREB: one line'),
     K('SYRREB', 23, "the SDF said 23 IS members were killed", by='SYRREB'),
     K('SYRREB', 4, "4 of its own fighters were killed", by='SYRREB'))

item('s12', 'note', '2020-04-20', '2020-04-19', 'Syria', 'attack', 'Al-Sukhnah', 'Homs', 'Tadmur', 14,
     "Badia, 19 April 2020: an IS cell ambushed a convoy of regime forces and Iranian-backed militiamen on the road east of Al-Sukhnah, killing 7 regime soldiers and 3 members of the Liwa Fatemiyoun, and burning 2 trucks. 4 IS members were killed in the exchange of fire, according to the SOHR.",
     A('SYRREB', "an IS cell ambushed a convoy of regime forces and Iranian-backed militiamen", v='SYRMIL'),
     K('SYRMIL', 7, "killing 7 regime soldiers", a='SYRREB'),
     K('IRNMIL', 3, "3 members of the Liwa Fatemiyoun", a='SYRREB', note='Iran-backed militia as IRNMIL'),
     E('SYRMIL', 'VEHICLE', 2, "burning 2 trucks", a='SYRREB'),
     K('SYRREB', 4, "4 IS members were killed in the exchange of fire"))

item('s13', 'note', '2020-03-08', '2020-03-07', 'Syria', 'remote_explosive_ied', 'Uqayribat', 'Hama', 'Salamiyah', 3,
     "On 7 March 2020, 3 truffle hunters were killed and 2 others injured when a landmine left over from IS went off under their car in the desert near Uqayribat, in the eastern countryside of Hama.",
     K('SYRCVL', 3, "3 truffle hunters were killed", note='war remnant: violence, no ATTACK'),
     W('SYRCVL', 2, "2 others injured"))

item('s14', 'note', '2019-11-25', '2019-11-24', 'Syria', 'air_drone_strike', 'Ain Issa', 'Raqqa', 'Tell Abyad', 3,
     "On 24 November 2019, a Turkish drone targeted an SDF pickup on the M4 road near Ain Issa, killing 2 SDF fighters and a civilian woman from Sayda village who was passing by.",
     A('TURMIL', "a Turkish drone targeted an SDF pickup on the M4 road near Ain Issa", v='SYRREB'),
     K('SYRREB', 2, "killing 2 SDF fighters", a='TURMIL'),
     K('SYRCVL', 1, "a civilian woman from Sayda village", a='TURMIL'),
     E('SYRREB', 'VEHICLE', None, "a Turkish drone targeted an SDF pickup", s=False, note='only targeted'))

item('s15', 'note', '2019-07-01', '2019-06-30', 'Syria', 'attack', 'Al-Bab', 'Aleppo', 'Al-Bab', 1,
     "Al-Bab (eastern Aleppo), 30 June 2019 - A member of the Hamza Division was shot dead and 2 of his comrades wounded when gunmen opened fire on their checkpoint at the western entrance of the city; the gunmen fled.",
     A(None, "gunmen opened fire on their checkpoint at the western entrance of the city", v='SYRREB'),
     K('SYRREB', 1, "A member of the Hamza Division was shot dead"),
     W('SYRREB', 2, "2 of his comrades wounded"))

item('s16', 'note', '2019-12-24', '2019-12-24', 'Syria', 'gov_regains_territory', 'Jarjanaz', 'Idlib', "Ma'arrat al-Nu'man", 7,
     "Southern Idlib, 24 December 2019: regime forces took Jarjanaz and at least 6 nearby villages after two days of bombardment; 2 regime soldiers and 5 HTS fighters were killed in the fighting for Jarjanaz. Relief groups said more than 38,000 people had fled Maarat al-Numan and surrounding villages in the previous 4 days.",
     C('SYRMIL', "regime forces took Jarjanaz", loc='Jarjanaz'),
     C('SYRMIL', "at least 6 nearby villages", n=6, q='AL', loc=None),
     K('SYRMIL', 2, "2 regime soldiers and 5 HTS fighters were killed"),
     K('SYRREB', 5, "2 regime soldiers and 5 HTS fighters were killed"),
     A('SYRMIL', "after two days of bombardment", v='SYRREB', d=None, s=False, note='two days'),
     D('SYRCVL', 38000, "more than 38,000 people had fled Maarat al-Numan and surrounding villages in the previous 4 days", q='AL', cum=True, loc='Maarat al-Numan', d='rep'))

item('s17', 'note', '2020-01-17', '2020-01-16', 'Syria', 'air_drone_strike', 'Binnish', 'Idlib', 'Idlib', 10,
     "On 16 January 2020, warplanes believed to be Russian struck a car-repair area in Binnish, killing 8 civilians, 3 of them mechanics from one family, and 2 HTS members who were at the site; 20 people were injured.",
     A('RUSMIL', "warplanes believed to be Russian struck a car-repair area in Binnish", v='SYRCVL'),
     K('SYRCVL', 8, "killing 8 civilians", a='RUSMIL'),
     K('SYRCVL', 3, "3 of them mechanics from one family", s=False, note='sub-count'),
     K('SYRREB', 2, "2 HTS members who were at the site", a='RUSMIL'),
     W('SYRCVL', 20, "20 people were injured"))

item('s18', 'note', '2020-09-30', '2020-09-29', 'Syria', 'armed_clash', 'Al-Qurayya', 'Suwayda', 'Salkhad', 14,
     "On 29 September 2020, clashes between local gunmen from Al-Qurayya and members of the 8th Brigade of the 5th Corps coming from Busra al-Sham killed 13 local fighters and a member of the brigade; several people were wounded.",
     A('SYRREB', "clashes between local gunmen from Al-Qurayya and members of the 8th Brigade", v='SYRMIL', note='first-named side; local Druze gunmen as SYRREB'),
     A('SYRMIL', "clashes between local gunmen from Al-Qurayya and members of the 8th Brigade", v='SYRREB', s=False, note='second side'),
     K('SYRREB', 13, "killed 13 local fighters"),
     K('SYRMIL', 1, "a member of the brigade", note='8th Brigade as SYRMIL'),
     W('SYRCVL', None, "several people were wounded", note='mixed, vague'))

item('s19', 'note', '2020-07-06', '2020-07-05', 'Syria', 'other_violence', 'Al-Hol', 'Hasakah', 'Al-Hasakah', 1,
     "On 5 July 2020, the body of an Iraqi woman was found in sector 5 of Al-Hol camp with her throat cut; the camp's security forces blamed IS supporters. It is the 9th such killing in the camp since the start of June.",
     K('IRQREF', 1, "the body of an Iraqi woman was found in sector 5 of Al-Hol camp", note='camp resident: REF of her nationality'),
     K('SYRREF', 9, "the 9th such killing in the camp since the start of June", cum=True, d='rep', s=False, note='tally of mixed nationalities'))

item('s20', 'note', '2020-03-21', '2020-03-20', 'Syria', 'protest_or_statement', 'Daraa al-Balad', 'Daraa', 'Daraa', 0,
     "Daraa al-Balad, 20 March 2020: dozens of residents demonstrated after Friday prayers against the arrest of 3 young men by Air Force Intelligence and demanded the release of detainees; the protest ended without incident.")

item('s21', 'note', '2019-12-03', '2019-12-02', 'Syria', 'shelling_artillery_missile', 'Tel Rifaat', 'Aleppo', 'Azaz', 10,
     "On 2 December 2019, Turkish forces and allied factions shelled Tel Rifaat in the northern countryside of Aleppo with dozens of shells. One of them fell near a school, killing 7 children and 3 adults. Another 12 people were hurt.",
     A('TURMIL', "Turkish forces and allied factions shelled Tel Rifaat", v='SYRCVL'),
     K('SYRCVL', 10, "killing 7 children and 3 adults", a='TURMIL'),
     W('SYRCVL', 12, "Another 12 people were hurt"))

item('s22', 'note', '2020-06-09', '2020-06-08', 'Syria', 'armed_clash', 'Tanjarah', 'Hama', 'Al-Suqaylabiyah', 36,
     "Sahl al-Ghab, 8 June 2020: jihadist factions led by the Turkistan Islamic Party stormed regime posts at Tanjarah and Al-Fatterah before dawn and briefly captured them, before regime forces retook both after heavy Russian bombing. 19 regime soldiers and militiamen and 17 jihadists were killed, the SOHR said.",
     A('SYRREB', "stormed regime posts at Tanjarah and Al-Fatterah before dawn", v='SYRMIL'),
     C('SYRREB', "briefly captured them", loc='Tanjarah'),
     C('SYRREB', "briefly captured them", loc='Al-Fatterah'),
     C('SYRMIL', "regime forces retook both", loc='Tanjarah'),
     C('SYRMIL', "regime forces retook both", loc='Al-Fatterah'),
     A('RUSMIL', "heavy Russian bombing", v='SYRREB'),
     K('SYRMIL', 19, "19 regime soldiers and militiamen"),
     K('SYRREB', 17, "17 jihadists were killed"))

item('s23', 'note', '2020-03-20', '2020-03-19', 'Syria', 'attack', 'Mhambal', 'Idlib', 'Ariha', 2,
     "On 19 March 2020, 2 Turkish soldiers were killed and one wounded when a group opposed to the Russian-Turkish ceasefire hit their post near Mhambal on the M4 highway with rockets, the Turkish defence ministry said. Turkish artillery answered by pounding the attackers' positions.",
     A('SYRREB', "hit their post near Mhambal on the M4 highway with rockets", v='TURMIL', by='TURGOV'),
     K('TURMIL', 2, "2 Turkish soldiers were killed", a='SYRREB', by='TURGOV'),
     W('TURMIL', 1, "one wounded", by='TURGOV'),
     A('TURMIL', "Turkish artillery answered by pounding the attackers' positions", v='SYRREB', s=False, note='retaliation'))

item('s24', 'note', '2020-10-12', '2020-10-11', 'Syria', 'remote_explosive_ied', 'Raqqa', 'Raqqa', 'Raqqa', 3,
     "Raqqa city, 11 October 2020 - A motorbike rigged with explosives went off near the Al-Naim roundabout as an Asayish patrol passed, killing an Asayish member and 2 passers-by and wounding 6 people.",
     A(None, "A motorbike rigged with explosives went off near the Al-Naim roundabout", v='SYRREB'),
     K('SYRREB', 1, "killing an Asayish member"),
     K('SYRCVL', 2, "2 passers-by"),
     W('SYRCVL', 6, "wounding 6 people"))

item('s25', 'note', '2019-10-15', '2019-10-14', 'Syria', 'gov_regains_territory', 'Tabqa', 'Raqqa', 'Al-Thawrah', 0,
     "On 14 October 2019, regime troops entered Tabqa and the nearby dam under a deal with the SDF, which had asked Damascus for protection against the Turkish offensive, and more units were sent towards Ain Issa in the evening.",
     C('SYRMIL', "regime troops entered Tabqa", loc='Tabqa'),
     C('SYRMIL', "and the nearby dam", loc=None, s=False, note='site, not a place'),
     DP('SYRMIL', "more units were sent towards Ain Issa", loc='Ain Issa'),
     O('TURMIL', "the Turkish offensive", loc=None, d=None, s=False, note='background'))
