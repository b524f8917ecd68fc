# b1: 25 Syrian monitor notes, 2019-2020 (one with no event)
I('s01', 'note', '2019-05-06', '2019-05-05', 'Syria', 'air_drone_strike', 'Kafr Nabudah', 'Hama', 'al-Suqaylabiyah', 3,
  "On 5 May 2019, Russian warplanes carried out at least 14 air strikes on Kafr Nabudah and its outskirts in the northern countryside of Hama, killing a woman and her two daughters; a civil defence volunteer was wounded while pulling them from the rubble.",
  A('RUSMIL', "Russian warplanes carried out at least 14 air strikes on Kafr Nabudah", n=14, q='AL', v='SYRCVL'),
  K('SYRCVL', 3, "killing a woman and her two daughters", a='RUSMIL', note='one code: a woman and her two daughters = 3'),
  W('SYRCVL', 1, "a civil defence volunteer was wounded", a='RUSMIL'))

I('s02', 'note', '2019-11-20', '2019-11-19', 'Syria', 'attack', 'Tafas', 'Daraa', 'Daraa', 1,
  "Daraa, 19/11/2019 - Unknown gunmen on a motorcycle shot dead a former opposition commander who had joined the 5th Corps after the 2018 settlement, near the grain silos of Tafas in the western countryside. A passer-by was wounded in the thigh.",
  K('SYRMIL', 1, "shot dead a former opposition commander who had joined the 5th Corps", note='a 5th Corps member: SYRMIL; unidentified gunmen: no actor; bare "shot dead": no ATTACK'),
  W('SYRCVL', 1, "A passer-by was wounded in the thigh"))

I('s03', 'note', '2019-08-03', '2019-08-02', 'Syria', 'remote_explosive_ied', 'al-Busayrah', 'Deir ez-Zor', 'Deir ez-Zor', 3,
  "Evening of 2 August 2019: an explosive device planted in a car went off near the municipality building in al-Busayrah, eastern Deir ez-Zor countryside, killing two SDF members and a child and wounding at least five people. No side claimed it.",
  A(None, "an explosive device planted in a car went off near the municipality building in al-Busayrah"),
  K('SYRREB', 2, "killing two SDF members and a child"),
  K('SYRCVL', 1, "killing two SDF members and a child", note='the child'),
  W('SYRCVL', 5, "wounding at least five people", q='AL'))

I('s04', 'note', '2019-12-29', '2019-12-28', 'Syria', 'gov_regains_territory', 'Tell Mannas', 'Idlib', 'Maarat al-Numan', 28,
  "On 28 December 2019, regime forces and Russian-backed militias attacked HTS and National Front positions around Jarjanaz, south-east of Maarat al-Numan. Monitors counted 17 regime soldiers and 11 opposition fighters dead by nightfall; the attackers took the village of Tell Mannas after the defenders withdrew.",
  A('SYRMIL', "regime forces and Russian-backed militias attacked HTS and National Front positions around Jarjanaz", v='SYRREB', l='Jarjanaz'),
  K('SYRMIL', 17, "Monitors counted 17 regime soldiers and 11 opposition fighters dead by nightfall", l='Jarjanaz'),
  K('SYRREB', 11, "Monitors counted 17 regime soldiers and 11 opposition fighters dead by nightfall", l='Jarjanaz'),
  C('SYRMIL', "the attackers took the village of Tell Mannas"))

I('s05', 'note', '2019-11-12', '2019-11-12', 'Syria', 'shelling_artillery_missile', 'Tal Tamr', 'Hasakah', 'al-Hasakah', 1,
  "12 November 2019: Turkish artillery shelled the outskirts of Tal Tamr and the village of al-Dardara to its north, killing a shepherd; SDF media said two of its fighters were also hurt.",
  A('TURMIL', "Turkish artillery shelled the outskirts of Tal Tamr"),
  K('SYRCVL', 1, "killing a shepherd", a='TURMIL', l='al-Dardara'),
  W('SYRREB', 2, "two of its fighters were also hurt", cb='SYRREB', a='TURMIL'))

I('s06', 'note', '2020-04-09', '2020-04-09', 'Syria', 'attack', 'al-Sukhnah', 'Homs', 'Palmyra', 9,
  "Homs desert, 9 April 2020 - An IS cell ambushed a regime convoy on the road between al-Sukhnah and Deir ez-Zor, killing an officer and 8 soldiers of the 17th Division and burning two trucks.",
  A('SYRREB', "An IS cell ambushed a regime convoy on the road between al-Sukhnah and Deir ez-Zor", v='SYRMIL'),
  K('SYRMIL', 9, "killing an officer and 8 soldiers", a='SYRREB', note='one code: an officer and 8 soldiers = 9'),
  E('SYRMIL', 'VEHICLE', 2, "burning two trucks", a='SYRREB'))

I('s07', 'note', '2020-01-14', '2020-01-13', 'Syria', 'air_drone_strike', 'Tiyas', 'Homs', 'Homs', 3,
  "On the night of 13 January 2020, missiles fired from Israeli jets over Lebanese airspace struck positions of Iran-backed militias near the Tiyas airbase east of Homs; a war monitor said three Iranian-backed fighters were killed, while state media claimed air defences had intercepted most of the missiles.",
  A('ISRMIL', "missiles fired from Israeli jets over Lebanese airspace struck positions of Iran-backed militias near the Tiyas airbase", v='IRNMIL'),
  K('IRNMIL', 3, "three Iranian-backed fighters were killed", a='ISRMIL', note='Iran-backed militias coded IRNMIL (judgement call)'))

I('s08', 'note', '2020-06-07', '2020-06-07', 'Syria', 'protest_or_statement', 'Suwayda', 'Suwayda', 'Suwayda', 0,
  "Suwayda, 7 June 2020: several hundred people gathered for a third day in front of the governorate building chanting against the collapse of the pound and the cost of living; the protest dispersed peacefully in the evening and no arrests were reported.")

I('s09', 'note', '2019-03-23', '2019-03-22', 'Syria', 'remote_explosive_ied', 'al-Karamah', 'Raqqa', 'Raqqa', 1,
  "A landmine left over from the battle against ISIS exploded under a tractor in farmland near al-Karamah, east of Raqqa, on 22 March 2019, killing the farmer driving it and injuring a relative who was riding with him.",
  K('SYRCVL', 1, "killing the farmer driving it", note='remnant landmine: violence, no ATTACK'),
  W('SYRCVL', 1, "injuring a relative who was riding with him"))

I('s10', 'note', '2019-05-31', '2019-05-30', 'Syria', 'air_drone_strike', 'Hass', 'Idlib', 'Maarat al-Numan', 4,
  "Idlib, 30/05/2019 - Regime helicopters dropped 11 barrel bombs on Kafranbel and Hass; rescuers pulled the bodies of four civilians, among them two children, from a collapsed house in Hass and at least 12 others were injured. Thousands of families have fled the southern Idlib countryside towards the Turkish border since the start of the month.",
  A('SYRMIL', "Regime helicopters dropped 11 barrel bombs on Kafranbel and Hass", n=11, l='Kafranbel'),
  K('SYRCVL', 4, "the bodies of four civilians", a='SYRMIL'),
  K('SYRCVL', 2, "among them two children", a='SYRMIL', s=False, note='sub-count'),
  W('SYRCVL', 12, "at least 12 others were injured", q='AL', a='SYRMIL'),
  D('SYRCVL', None, "Thousands of families have fled the southern Idlib countryside towards the Turkish border since the start of the month", cum=True, s=False, l='Idlib', d='rep', note='vague running total'))

I('s11', 'note', '2020-02-04', '2020-02-04', 'Syria', 'remote_explosive_ied', 'al-Bab', 'Aleppo', 'al-Bab', 9,
  "On 4 February 2020 a car bomb exploded at a busy roundabout in al-Bab, in the Turkish-controlled area north-east of Aleppo, killing six civilians and three fighters of the Hamza Division and wounding more than 20 people, the local council said.",
  A(None, "a car bomb exploded at a busy roundabout in al-Bab"),
  K('SYRCVL', 6, "killing six civilians and three fighters of the Hamza Division"),
  K('SYRREB', 3, "killing six civilians and three fighters of the Hamza Division"),
  W('SYRCVL', 20, "wounding more than 20 people", q='AL'))

I('s12', 'note', '2019-03-24', '2019-03-23', 'Syria', 'nonstate_takes_territory', 'al-Baghuz Fawqani', 'Deir ez-Zor', 'Albu Kamal', 44,
  "On 23 March 2019 the SDF said its fighters had taken full control of al-Baghuz Fawqani, the last pocket held by ISIS east of the Euphrates, after weeks of siege. A spokesman said 41 ISIS members had been killed in the final day of clashes and that 3 SDF fighters died.",
  C('SYRREB', "its fighters had taken full control of al-Baghuz Fawqani", cb='SYRREB'),
  A('SYRREB', "the final day of clashes", note='SDF vs ISIS: both SYRREB, one line'),
  K('SYRREB', 41, "41 ISIS members had been killed in the final day of clashes", cb='SYRREB', a='SYRREB'),
  K('SYRREB', 3, "3 SDF fighters died", cb='SYRREB'))

I('s13', 'note', '2020-02-18', '2020-02-17', 'Syria', 'shelling_artillery_missile', 'Kafr Lusin', 'Idlib', 'Harim', 1,
  "On 17 February 2020, a child was killed and his mother wounded when a shell fired by regime forces landed on their tent in a displacement camp near Kafr Lusin on the Turkish border, local activists said.",
  K('SYRREF', 1, "a child was killed", a='SYRMIL', note='camp residents: SYRREF'),
  W('SYRREF', 1, "his mother wounded", a='SYRMIL'),
  A('SYRMIL', "a shell fired by regime forces landed on their tent", v='SYRREF'))

I('s14', 'note', '2020-06-24', '2020-06-23', 'Syria', 'air_drone_strike', 'Helanj', 'Aleppo', 'Ain al-Arab', 3,
  "23 June 2020 - A Turkish drone struck a house in Helanj village near Kobani, killing three women from a local women's organisation and wounding the owner of the house.",
  A('TURMIL', "A Turkish drone struck a house in Helanj village near Kobani"),
  K('SYRCVL', 3, "killing three women from a local women's organisation", a='TURMIL'),
  W('SYRCVL', 1, "wounding the owner of the house", a='TURMIL'))

I('s15', 'note', '2019-10-04', '2019-10-03', 'Syria', 'other_violence', 'Theban', 'Deir ez-Zor', 'al-Mayadin', 1,
  "Locals found the body of a young man bearing gunshot wounds on the bank of the Euphrates near Theban on 3 October 2019; he had been abducted by unknown men two days earlier.",
  K('SYRCVL', 1, "the body of a young man bearing gunshot wounds", note='abduction by unknown men: no actor; dated to the finding'))

I('s16', 'note', '2019-08-21', '2019-08-21', 'Syria', 'gov_regains_territory', 'Khan Sheikhoun', 'Idlib', 'Maarat al-Numan', 2,
  "21 August 2019: regime forces entered Khan Sheikhoun and took control of the town after HTS fighters withdrew overnight. Russian aircraft kept up strikes on al-Tamanah to the north, where two civilians were killed.",
  C('SYRMIL', "regime forces entered Khan Sheikhoun and took control of the town"),
  A('RUSMIL', "Russian aircraft kept up strikes on al-Tamanah", l='al-Tamanah'),
  K('SYRCVL', 2, "two civilians were killed", a='RUSMIL', l='al-Tamanah'))

I('s17', 'note', '2019-07-12', '2019-07-11', 'Syria', 'armed_clash', 'Kabani', 'Latakia', 'al-Haffah', 3,
  "Latakia mountains, 11 July 2019: NFL fighters destroyed a regime T-72 tank with a guided missile on the Kabani front and claimed to have killed its crew of three; regime artillery answered with heavy shelling of the hills around the village.",
  A('SYRREB', "NFL fighters destroyed a regime T-72 tank with a guided missile on the Kabani front", v='SYRMIL'),
  E('SYRMIL', 'TANK', None, "destroyed a regime T-72 tank", a='SYRREB', cb='SYRREB'),
  K('SYRMIL', 3, "claimed to have killed its crew of three", a='SYRREB', cb='SYRREB'),
  A('SYRMIL', "regime artillery answered with heavy shelling of the hills around the village", v='SYRREB', s=False, note='response within the same clash'))

I('s18', 'note', '2019-09-09', '2019-09-08', 'Syria', 'attack', 'Gharanij', 'Deir ez-Zor', 'Albu Kamal', 2,
  "On the evening of 8 September 2019, gunmen believed to be from an IS cell shot dead the village headman of Gharanij and his brother outside their home.",
  K('SYRCVL', 2, "shot dead the village headman of Gharanij and his brother", a='SYRREB', note='"believed to be from an IS cell": SYRREB; one code: 2'))

I('s19', 'note', '2020-03-06', '2020-03-06', 'Syria', 'air_drone_strike', 'Maarat Misrin', 'Idlib', 'Idlib', 5,
  "OCHA flash update, 6 March 2020: almost 948,000 people have been displaced in north-west Syria since the beginning of December, about 12,000 of them in the last week from around Jabal al-Zawiya. On Wednesday an air strike on a school sheltering displaced families in Maarat Misrin killed 5 of them.",
  D('SYRCVL', 948000, "almost 948,000 people have been displaced in north-west Syria since the beginning of December", q='AB', cum=True, cb='IGOUNO', l=None),
  D('SYRCVL', 12000, "about 12,000 of them in the last week from around Jabal al-Zawiya", q='AB', cum=True, cb='IGOUNO', l='Jabal al-Zawiya'),
  A(None, "an air strike on a school sheltering displaced families in Maarat Misrin", d='Wed'),
  K('SYRREF', 5, "killed 5 of them", d='Wed', note='displaced families in a school: SYRREF'))

I('s20', 'note', '2020-03-01', '2020-03-01', 'Syria', 'armed_clash', 'al-Sanamayn', 'Daraa', 'al-Sanamayn', 12,
  "Daraa countryside: the 4th Division stormed al-Sanamayn at dawn on 1 March 2020 after its deadline for 21 wanted men expired. By noon 12 people were dead - nine local gunmen and three soldiers - and the division had taken over the western quarter of the town.",
  A('SYRMIL', "the 4th Division stormed al-Sanamayn at dawn", v='SYRREB'),
  K('SYRCVL', 12, "12 people were dead", s=False, note='total fully split into the two groups below, which are scored'),
  K('SYRREB', 9, "nine local gunmen", note='former opposition gunmen: SYRREB'),
  K('SYRMIL', 3, "three soldiers"),
  C('SYRMIL', "the division had taken over the western quarter of the town"),
  T('SYRMIL', "its deadline for 21 wanted men", s=False, d=None, note='background ultimatum, no day'))

I('s21', 'note', '2020-01-30', '2020-01-29', 'Syria', 'air_drone_strike', 'Ariha', 'Idlib', 'Ariha', 10,
  "29 Jan 2020, Ariha: Russian jets struck the vegetable market in the late morning, killing 10 civilians including a child and wounding around 30, monitors said.",
  A('RUSMIL', "Russian jets struck the vegetable market"),
  K('SYRCVL', 10, "killing 10 civilians including a child", a='RUSMIL'),
  K('SYRCVL', 1, "including a child", a='RUSMIL', s=False, note='sub-count'),
  W('SYRCVL', 30, "wounding around 30", q='AB', a='RUSMIL'))

I('s22', 'note', '2019-10-14', '2019-10-14', 'Syria', 'nonstate_takes_territory', 'Suluk', 'Raqqa', 'Tal Abyad', 0,
  "On 14 October 2019 Turkish-backed factions entered the town of Suluk, south-east of Tal Abyad, after SDF fighters pulled back; looting of shops was reported and some families fled towards Raqqa.",
  C('SYRREB', "Turkish-backed factions entered the town of Suluk"),
  D('SYRCVL', None, "some families fled towards Raqqa", note='vague, day known: scored without count'))

I('s23', 'note', '2020-02-06', '2020-02-05', 'Syria', 'shelling_artillery_missile', 'Aleppo', 'Aleppo', 'Mount Simeon', 3,
  "On 5 February 2020, rockets fired by opposition factions hit the al-Hamdaniyah neighbourhood of Aleppo, killing a woman and two children, state news agency SANA said.",
  A('SYRREB', "rockets fired by opposition factions hit the al-Hamdaniyah neighbourhood of Aleppo", cb='SYRGOV'),
  K('SYRCVL', 3, "killing a woman and two children", a='SYRREB', cb='SYRGOV'))

I('s24', 'note', '2019-12-20', '2019-12-19', 'Syria', 'attack', 'al-Shuhayl', 'Deir ez-Zor', 'Deir ez-Zor', 2,
  "Two SDF members were killed in an ambush near al-Shuhayl on 19 December 2019, local sources said; IS later claimed four dead through its Amaq outlet.",
  K('SYRREB', 2, "Two SDF members were killed in an ambush near al-Shuhayl", a='SYRREB'),
  A('SYRREB', "an ambush near al-Shuhayl", note='the ambushers are IS (the claim): SYRREB'),
  K('SYRREB', 4, "IS later claimed four dead", cb='SYRREB', s=False, note='competing claim for the same dead'))

I('s25', 'note', '2020-07-14', '2020-07-14', 'Syria', 'remote_explosive_ied', 'Mhambal', 'Idlib', 'Ariha', 0,
  "14/07/2020 - A joint Russian-Turkish patrol on the M4 highway was hit by a roadside bomb near Mhambal; Russia's defence ministry said three of its servicemen were lightly injured and an armoured vehicle was damaged.",
  A(None, "A joint Russian-Turkish patrol on the M4 highway was hit by a roadside bomb near Mhambal", v='RUSMIL'),
  W('RUSMIL', 3, "three of its servicemen were lightly injured", cb='RUSGOV'),
  E('RUSMIL', 'APC', None, "an armoured vehicle was damaged", cb='RUSGOV'))
