# 25 Syrian monitor notes, 2019-2020 (1 with no event). Writer AE.
from lib import *

I('syr-kafranbel', 'note', '2019-05-15', '2019-05-14', 'Syria', 'air_drone_strike', 'Kafranbel', 'Idlib', "Ma'arrat al-Nu'man", 3,
  "On 14 May 2019, regime helicopters dropped 8 barrel bombs on the eastern neighbourhoods of Kafranbel in the southern Idlib countryside, killing a woman and her 2 daughters and wounding 5 other civilians, among them a civil defence volunteer who was pulling survivors from a collapsed house.",
  A('SYRMIL', 'regime helicopters dropped 8 barrel bombs on the eastern neighbourhoods of Kafranbel', victim='SYRCVL', n=8),
  K('SYRCVL', 3, 'killing a woman and her 2 daughters', actor='SYRMIL', note='one code, one phrase: 1 + 2'),
  W('SYRCVL', 5, 'wounding 5 other civilians', actor='SYRMIL'),
  W('SYRCVL', 1, 'among them a civil defence volunteer', actor='SYRMIL', s=False, note='sub-count of the 5'))

I('syr-maarat-market', 'note', '2019-07-23', '2019-07-22', 'Syria', 'air_drone_strike', "Maarat al-Numan", 'Idlib', "Ma'arrat al-Nu'man", 31,
  "Southern Idlib, 22 July 2019 - Warplanes that local observers said were Russian hit the crowded vegetable market of Maarat al-Numan shortly before noon, killing at least 31 people; rescuers were still digging through the rubble at nightfall and warned that the toll could rise. Hours later another raid struck the edge of Maarshourin, a few kilometres to the east, wounding 6 people from one family.",
  A('RUSMIL', 'Warplanes that local observers said were Russian hit the crowded vegetable market of Maarat al-Numan', victim='SYRCVL', note='attributed by observers: RUSMIL, as "warplanes that activists said were Russian"'),
  K('SYRCVL', '>31', 'killing at least 31 people', actor='RUSMIL'),
  A('RUSMIL', 'another raid struck the edge of Maarshourin', victim='SYRCVL', loc='Maarshourin'),
  W('SYRCVL', 6, 'wounding 6 people from one family', loc='Maarshourin'))

I('syr-kabani', 'note', '2019-06-04', '2019-06-03', 'Syria', 'armed_clash', 'Kabani', 'Latakia', 'Al-Haffah', 14,
  "Latakia mountains, 3 June 2019 - HTS fighters attacked regime positions on the Kabani axis before dawn, and fighting went on for most of the day under heavy shelling; a local monitoring network counted 9 regime soldiers and 5 HTS fighters dead by the evening.",
  A('SYRREB', 'HTS fighters attacked regime positions on the Kabani axis before dawn', victim='SYRMIL'),
  K('SYRMIL', 9, '9 regime soldiers', actor='SYRREB'),
  K('SYRREB', 5, '5 HTS fighters dead', actor='SYRMIL'))

I('syr-kafr-nabuda', 'note', '2019-05-09', '2019-05-08', 'Syria', 'gov_regains_territory', 'Kafr Nabuda', 'Hama', 'Al-Suqaylabiyah', 18,
  "Regime forces, backed by Russian air cover, took control of Kafr Nabuda in the northern Hama countryside on 8 May 2019 after two days of fighting with opposition factions. Activists counted 11 opposition fighters and 7 soldiers dead in the battle for the town, which had been emptied of its residents weeks earlier.",
  C('SYRMIL', 'Regime forces, backed by Russian air cover, took control of Kafr Nabuda'),
  A('SYRMIL', 'after two days of fighting with opposition factions', victim='SYRREB', d=None, note='fighting over two days: date null'),
  K('SYRREB', 11, '11 opposition fighters', d=None, actor='SYRMIL'),
  K('SYRMIL', 7, '7 soldiers dead in the battle for the town', d=None, actor='SYRREB'))

I('syr-jarablus-car', 'note', '2019-11-11', '2019-11-10', 'Syria', 'remote_explosive_ied', 'Jarablus', 'Aleppo', 'Jarablus', 10,
  "On the morning of 10 November 2019, a car rigged with explosives blew up near the main taxi stand of Jarablus, on the border with Turkey, killing 10 people, 4 of them children, and wounding more than 30. No group claimed it; the Turkish Defence Ministry blamed Kurdish fighters.",
  A(None, 'a car rigged with explosives blew up near the main taxi stand of Jarablus', victim='SYRCVL', note='blamed by one side, not claimed: actor null'),
  K('SYRCVL', 10, 'killing 10 people'),
  K('SYRCVL', 4, '4 of them children', s=False, note='sub-count of the 10'),
  W('SYRCVL', '>30', 'wounding more than 30'))

I('syr-shuhayl', 'note', '2019-08-13', '2019-08-12', 'Syria', 'attack', 'al-Shuhayl', 'Deir ez-Zor', 'Deir ez-Zor', 2,
  "Late on 12 August 2019, gunmen believed to belong to an IS cell opened fire on a pickup carrying an SDF commander and his bodyguard near al-Shuhayl in the eastern Deir ez-Zor countryside, killing both men before escaping toward the river.",
  A('SYRREB', 'opened fire on a pickup carrying an SDF commander and his bodyguard near al-Shuhayl', victim='SYRREB', note='IS cell named: SYRREB'),
  K('SYRREB', 2, 'an SDF commander and his bodyguard', actor='SYRREB', note='one code: 1 + 1 ("killing both men")'))

I('syr-tell-abyad', 'note', '2019-10-14', '2019-10-13', 'Syria', 'nonstate_takes_territory', 'Tell Abyad', 'Raqqa', 'Tell Abyad', 10,
  "Turkish-backed factions of the Syrian National Army entered the centre of Tell Abyad on 13 October 2019 after the SDF pulled back from the town. Fighting continued around Suluk to the east, where 4 SDF fighters and 6 SNA fighters were killed. Monitors said some 2,500 people fled the Tell Abyad countryside toward Ain Issa during the day.",
  C('SYRREB', 'Turkish-backed factions of the Syrian National Army entered the centre of Tell Abyad'),
  A('SYRREB', 'Fighting continued around Suluk', loc='Suluk', note='both sides SYRREB: one line'),
  K('SYRREB', 10, '4 SDF fighters and 6 SNA fighters were killed', loc='Suluk', note='both SYRREB: one line, 4 + 6'),
  D('SYRCVL', '~2500', 'some 2,500 people fled the Tell Abyad countryside toward Ain Issa'))

I('syr-tafas-body', 'note', '2020-03-03', '2020-03-02', 'Syria', 'other_violence', 'Tafas', 'Daraa', 'Daraa', 1,
  "Western Daraa, 2 March 2020 - The body of a former opposition fighter who had joined the 5th Corps after the 2018 settlement was found on the road between Tafas and al-Muzayrib, a day after unknown men abducted him from his farm; relatives said he had been shot in the head.",
  K('SYRMIL', 1, 'The body of a former opposition fighter who had joined the 5th Corps', note='5th Corps member: SYRMIL'))

I('syr-albukamal', 'note', '2019-09-10', '2019-09-09', 'Syria', 'air_drone_strike', 'Albu Kamal', 'Deir ez-Zor', 'Albu Kamal', 18,
  "Unidentified warplanes struck positions and weapons depots of Iranian-backed militias around Albu Kamal on the night of 9 September 2019, killing at least 18 fighters, most of them not Syrian, a monitoring network said. Israel did not comment.",
  A(None, 'Unidentified warplanes struck positions and weapons depots of Iranian-backed militias around Albu Kamal', victim='IRNMIL'),
  K('IRNMIL', '>18', 'killing at least 18 fighters', note='Iran-backed militias: IRNMIL'),
  E('IRNMIL', 'DEPOT', None, 'weapons depots of Iranian-backed militias', s=False, note='struck, no damage stated'))

I('syr-sukhnah-mine', 'note', '2020-04-05', '2020-04-04', 'Syria', 'other_violence', 'Al-Sukhnah', 'Homs', 'Palmyra', 3,
  "On 4 April 2020, three truffle hunters were killed and 2 others injured when a mine left over from IS rule went off under their motorcycle in the desert north of Al-Sukhnah; the wounded were taken to Palmyra.",
  K('SYRCVL', 3, 'three truffle hunters were killed'),
  W('SYRCVL', 2, '2 others injured'))

I('syr-kafr-nouran', 'note', '2019-11-06', '2019-11-05', 'Syria', 'shelling_artillery_missile', 'Kafr Nouran', 'Aleppo', 'Jebel Saman', 2,
  "In the afternoon of 5 November 2019, regime rocket launchers fired at least 20 rockets at Kafr Nouran and the outskirts of Atarib in the western Aleppo countryside. Two children were killed and 7 people wounded in Kafr Nouran, where a mosque and the primary school were also damaged.",
  A('SYRMIL', 'regime rocket launchers fired at least 20 rockets at Kafr Nouran', victim='SYRCVL', n='>20'),
  K('SYRCVL', 2, 'Two children were killed', actor='SYRMIL'),
  W('SYRCVL', 7, '7 people wounded in Kafr Nouran', actor='SYRMIL'))

I('syr-helnj-drone', 'note', '2020-06-24', '2020-06-23', 'Syria', 'air_drone_strike', 'Helnj', 'Aleppo', 'Ain al-Arab', 3,
  "On 23 June 2020, a Turkish drone struck a house in the village of Helnj east of Kobani where members of a local women's association had gathered, killing 2 women and a man and injuring the house owner's son.",
  A('TURMIL', 'a Turkish drone struck a house in the village of Helnj', victim='SYRCVL'),
  K('SYRCVL', 3, 'killing 2 women and a man', actor='TURMIL', note='one code, one phrase: 2 + 1'),
  W('SYRCVL', 1, "injuring the house owner's son", actor='TURMIL'))

I('syr-jasim-protest', 'note', '2020-03-14', '2020-03-13', 'Syria', 'protest_or_statement', 'Jasim', 'Daraa', 'Izraa', 0,
  "Jasim, 13 March 2020 - Several hundred residents marched through the town after Friday prayers to demand the release of detainees held by regime security branches and to reject a new conscription drive; no clashes and no arrests were reported, and regime checkpoints at the town's entrances stayed closed.")

I('syr-arab-saeed', 'note', '2020-06-24', '2020-06-23', 'Syria', 'armed_clash', 'Arab Saeed', 'Idlib', 'Idlib', 5,
  "Fighting broke out between HTS and fighters of Hurras al-Din around Arab Saeed, west of Idlib city, late on 23 June 2020 after HTS arrested a commander of the group. A civilian was killed by a stray bullet, and 2 fighters of each side died, according to local sources.",
  A('SYRREB', 'Fighting broke out between HTS and fighters of Hurras al-Din around Arab Saeed', victim='SYRREB', note='both sides SYRREB: one line'),
  K('SYRCVL', 1, 'A civilian was killed by a stray bullet'),
  K('SYRREB', 4, '2 fighters of each side died', note='2 + 2, both SYRREB'))

I('syr-maarrat-misrin', 'note', '2020-01-12', '2020-01-11', 'Syria', 'air_drone_strike', 'Maarrat Misrin', 'Idlib', 'Idlib', 8,
  "At least 8 civilians, 3 of them children, were killed and 14 wounded when Russian warplanes struck residential blocks of Maarrat Misrin, north of Idlib city, on the morning of 11 January 2020, hours before a truce announced by Russia and Turkey was due to start, the civil defence said.",
  A('RUSMIL', 'Russian warplanes struck residential blocks of Maarrat Misrin', victim='SYRCVL'),
  K('SYRCVL', '>8', 'At least 8 civilians', actor='RUSMIL'),
  K('SYRCVL', 3, '3 of them children', actor='RUSMIL', s=False, note='sub-count of the 8'),
  W('SYRCVL', '>14', '14 wounded', actor='RUSMIL', note='"At least" read as governing both figures'))

I('syr-jarjanaz', 'note', '2019-12-25', '2019-12-24', 'Syria', 'gov_regains_territory', 'Jarjanaz', 'Idlib', "Ma'arrat al-Nu'man", 0,
  "24 December 2019: Regime forces took control of Jarjanaz, south-east of Maarat al-Numan, on the fifth day of their ground push into southern Idlib. OCHA said some 80,000 people had fled southern Idlib since 16 December, most of them toward camps along the Turkish border, and that the roads north were jammed with trucks.",
  C('SYRMIL', 'Regime forces took control of Jarjanaz'),
  O('SYRMIL', 'on the fifth day of their ground push into southern Idlib', loc='Idlib', d=None, s=False, note='ongoing push, start not stated'),
  D('SYRCVL', '~80000', 'some 80,000 people had fled southern Idlib since 16 December', loc='Idlib', by='IGOUNO', cum=True))

I('syr-qurayya', 'note', '2020-09-30', '2020-09-29', 'Syria', 'armed_clash', 'al-Qurayya', 'Suwayda', 'Salkhad', 13,
  "Western Suwayda, 29 September 2020 - Local Druze gunmen and members of the 5th Corps' 8th Brigade fought for several hours around al-Qurayya after a dispute over farmland; 12 local fighters and a member of the brigade were killed, local networks reported.",
  A('SYRREB', "Local Druze gunmen and members of the 5th Corps' 8th Brigade fought for several hours around al-Qurayya", victim='SYRMIL'),
  A('SYRMIL', "members of the 5th Corps' 8th Brigade fought", victim='SYRREB', s=False, note='second side of a clash'),
  K('SYRREB', 12, '12 local fighters'),
  K('SYRMIL', 1, 'a member of the brigade were killed'))

I('syr-dhiban-raid', 'note', '2020-02-03', '2020-02-02', 'Syria', 'armed_clash', 'Dhiban', 'Deir ez-Zor', 'Deir ez-Zor', 2,
  "On 2 February 2020, the SDF, with US-led coalition helicopters overhead, raided a house in Dhiban, east of Deir ez-Zor. The SDF said 2 IS members were killed and 3 detained; residents said a teenager in the next house was wounded by gunfire.",
  A('SYRREB', 'the SDF, with US-led coalition helicopters overhead, raided a house in Dhiban', victim='SYRREB'),
  K('SYRREB', 2, '2 IS members were killed', actor='SYRREB', by='SYRREB'),
  W('SYRCVL', 1, 'a teenager in the next house was wounded by gunfire'))

I('syr-ras-al-ain-bike', 'note', '2020-07-17', '2020-07-16', 'Syria', 'remote_explosive_ied', 'Ras al-Ain', 'Al-Hasakah', 'Ras al-Ain', 3,
  "Ras al-Ain, 16 July 2020 - A booby-trapped motorcycle exploded next to a checkpoint of the Syrian National Army at the western entrance of the town, killing 2 SNA fighters and a child who was selling bread nearby, and wounding 9 people.",
  A(None, 'A booby-trapped motorcycle exploded next to a checkpoint of the Syrian National Army', victim='SYRREB'),
  K('SYRREB', 2, 'killing 2 SNA fighters'),
  K('SYRCVL', 1, 'a child who was selling bread nearby'),
  W('SYRCVL', 9, 'wounding 9 people', note='mixed toll: CVL'))

I('syr-sheikh-miskin', 'note', '2020-04-16', '2020-04-14', 'Syria', 'attack', 'Sheikh Miskin', 'Daraa', 'Izraa', 3,
  "On 14 April 2020, gunmen attacked a checkpoint of Air Force Intelligence at the northern entrance of Sheikh Miskin, killing 3 members of the branch. The next day regime forces shelled the western quarter of the town, wounding 2 women.",
  A(None, 'gunmen attacked a checkpoint of Air Force Intelligence at the northern entrance of Sheikh Miskin', victim='SYRMIL'),
  K('SYRMIL', 3, 'killing 3 members of the branch'),
  A('SYRMIL', 'regime forces shelled the western quarter of the town', victim='SYRCVL', d='2020-04-15'),
  W('SYRCVL', 2, 'wounding 2 women', actor='SYRMIL', d='2020-04-15'))

I('syr-tal-malah', 'note', '2019-06-18', '2019-06-17', 'Syria', 'armed_clash', 'Tal Malah', 'Hama', 'Mahardah', 3,
  "Hama countryside, 17 June 2019 - Opposition fighters hit a regime T-72 tank with a guided missile near Tal Malah, destroying it and killing its crew of 3. Regime artillery answered by shelling Al-Latamna and Kafr Zita through the evening; no casualties were reported there.",
  A('SYRREB', 'Opposition fighters hit a regime T-72 tank with a guided missile near Tal Malah', victim='SYRMIL'),
  E('SYRMIL', 'TANK', None, 'hit a regime T-72 tank with a guided missile near Tal Malah, destroying it', actor='SYRREB'),
  K('SYRMIL', 3, 'killing its crew of 3', actor='SYRREB'),
  A('SYRMIL', 'Regime artillery answered by shelling Al-Latamna and Kafr Zita', victim='SYRREB', loc='Al-Latamna'))

I('syr-hajin-council', 'note', '2020-07-31', '2020-07-30', 'Syria', 'attack', 'Hajin', 'Deir ez-Zor', 'Albu Kamal', 1,
  "On 30 July 2020, two gunmen on a motorcycle shot dead a member of the Deir ez-Zor civil council in Hajin as he left the mosque after evening prayers; his brother, who was walking beside him, was wounded in the shoulder.",
  K('SYRCVL', 1, 'shot dead a member of the Deir ez-Zor civil council in Hajin', note='civil council member: CVL (an AANES civilian body)'),
  W('SYRCVL', 1, 'his brother, who was walking beside him, was wounded'))

I('syr-khan-al-asal', 'note', '2020-02-13', '2020-02-12', 'Syria', 'gov_regains_territory', 'Khan al-Asal', 'Aleppo', 'Jebel Saman', 0,
  "On 12 February 2020, regime forces took control of Khan al-Asal, on the western edge of Aleppo city, after a night of heavy Russian air raids on the area. Opposition factions said they had destroyed 2 regime armoured vehicles before pulling back.",
  C('SYRMIL', 'regime forces took control of Khan al-Asal'),
  A('RUSMIL', 'a night of heavy Russian air raids on the area', d='2020-02-11', note='the night before the capture'),
  E('SYRMIL', 'APC', 2, 'they had destroyed 2 regime armoured vehicles', actor='SYRREB', by='SYRREB'))

I('syr-kabajeb-bus', 'note', '2020-12-31', '2020-12-30', 'Syria', 'attack', 'Kabajeb', 'Deir ez-Zor', 'Deir ez-Zor', 23,
  "Deir ez-Zor desert, 30 December 2020 - IS fighters ambushed a bus carrying soldiers of the 4th Division near Kabajeb on the Deir ez-Zor-Palmyra highway, killing 21 soldiers and 2 civilians and wounding 13 soldiers, state media said. IS claimed the ambush the next day.",
  A('SYRREB', 'IS fighters ambushed a bus carrying soldiers of the 4th Division near Kabajeb', victim='SYRMIL', by='SYRREB'),
  K('SYRMIL', 21, 'killing 21 soldiers', actor='SYRREB', by='SYRGOV'),
  K('SYRCVL', 2, '2 civilians', actor='SYRREB', by='SYRGOV'),
  W('SYRMIL', 13, 'wounding 13 soldiers', actor='SYRREB', by='SYRGOV'))

I('syr-ain-issa', 'note', '2020-11-25', '2020-11-24', 'Syria', 'shelling_artillery_missile', 'Ain Issa', 'Raqqa', 'Tell Abyad', 2,
  "In the night of 24 November 2020, Turkish-backed factions shelled the western outskirts of Ain Issa and the nearby Mushrifa hamlet with mortars and artillery; 2 SDF fighters were killed and a woman was wounded, and dozens of families left the town for safer villages to the south.",
  A('SYRREB', 'Turkish-backed factions shelled the western outskirts of Ain Issa', victim='SYRREB'),
  K('SYRREB', 2, '2 SDF fighters were killed', actor='SYRREB'),
  W('SYRCVL', 1, 'a woman was wounded', actor='SYRREB'),
  D('SYRCVL', None, 'dozens of families left the town for safer villages to the south', note='families, vague: no count'))
