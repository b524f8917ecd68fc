"""25 Syrian monitor notes, 2019-2020 (one with no event)."""
from lib import *

I('s01-maarat-barrels', 'note', '2019-06-03', '2019-06-02', 'Syria', 'air_drone_strike', 'Kafr Sajna', 'Idlib', 'Maarrat al-Numan', 4,
  "On 2 June 2019, regime helicopters dropped at least 9 barrel bombs on Kafr Sajna in the southern Idlib countryside, killing a woman and her 3 children and wounding 5 other civilians. Rescuers said the village was largely deserted after weeks of bombardment.",
  A('SYRMIL', 'regime helicopters dropped at least 9 barrel bombs on Kafr Sajna', n='>9', v='SYRCVL'),
  K('SYRCVL', 4, 'killing a woman and her 3 children', a='SYRMIL', note='one code in one phrase: 1 + 3 as one line'),
  W('SYRCVL', 5, 'wounding 5 other civilians', a='SYRMIL'))

I('s02-dz-ied-sdf', 'note', '2019-03-12', '2019-03-11', 'Syria', 'remote_explosive_ied', 'Al-Busayrah', 'Deir ez-Zor', 'Deir ez-Zor', 2,
  "Al-Busayrah (eastern Deir ez-Zor), 11 March 2019 - An IED planted on the road to the town's water station exploded as an SDF patrol passed, killing 2 SDF members. A third fighter lost a leg. No group claimed the blast; IS cells are active in the area.",
  A(None, 'An IED planted on the road to the town\'s water station exploded as an SDF patrol passed', v='SYRREB'),
  K('SYRREB', 2, 'killing 2 SDF members'),
  W('SYRREB', 1, 'A third fighter lost a leg'))

I('s03-khansheikhoun-capture', 'note', '2019-08-22', '2019-08-21', 'Syria', 'gov_regains_territory', 'Khan Sheikhoun', 'Idlib', 'Maarrat al-Numan', 0,
  "Regime forces and allied militias entered Khan Sheikhoun on 21 August 2019 after opposition factions pulled out overnight, and took control of the nearby villages of Tamanah and Kafr Zita in northern Hama the same day. Thousands of residents had fled north in the previous weeks. Fatalities: none reported.",
  C('SYRMIL', 'Regime forces and allied militias entered Khan Sheikhoun'),
  C('SYRMIL', 'took control of the nearby villages of Tamanah and Kafr Zita', loc='Tamanah', note='two villages named; first one as location'),
  C('SYRMIL', 'took control of the nearby villages of Tamanah and Kafr Zita', loc='Kafr Zita', note='second village of the same phrase'),
  D('SYRCVL', None, 'Thousands of residents had fled north in the previous weeks', d='-', s=False, note='vague, spread over weeks'))

I('s04-daraa-assassination', 'note', '2020-04-15', '2020-04-14', 'Syria', 'attack', 'Tafas', 'Daraa', 'Daraa', 1,
  "On 14 April 2020, unidentified gunmen on a motorcycle shot dead a former Free Syrian Army commander who had joined the 5th Corps after the 2018 settlement, near the western entrance of Tafas. He is the third ex-commander killed in the western Daraa countryside this month.",
  K('SYRMIL', 1, 'shot dead a former Free Syrian Army commander who had joined the 5th Corps', note='a 5th Corps member: SYRMIL'),
  K('SYRMIL', 3, 'He is the third ex-commander killed in the western Daraa countryside this month', cum=True, loc='Daraa', s=False, note='running tally implied by an ordinal, not a stated count; unscored'))

I('s05-idlib-russian-market', 'note', '2019-07-23', '2019-07-22', 'Syria', 'air_drone_strike', 'Maarat al-Numan', 'Idlib', 'Maarrat al-Numan', 38,
  "In the morning of 22 July 2019, warplanes that activists said were Russian carried out 4 strikes on the vegetable market in Maarat al-Numan, killing 31 civilians, among them 5 children, and wounding more than 50. Hours later, strikes on the village of Saraqib's eastern outskirts killed 7 more civilians.",
  A('RUSMIL', 'warplanes that activists said were Russian carried out 4 strikes on the vegetable market in Maarat al-Numan', n=4, v='SYRCVL'),
  K('SYRCVL', 31, 'killing 31 civilians', a='RUSMIL'),
  K('SYRCVL', 5, 'among them 5 children', a='RUSMIL', s=False, note='sub-count'),
  W('SYRCVL', '>50', 'wounding more than 50', a='RUSMIL'),
  A('RUSMIL', "strikes on the village of Saraqib's eastern outskirts", loc='Saraqib', v='SYRCVL', s=False, note='attribution of the second strikes only by proximity'),
  K('SYRCVL', 7, 'killed 7 more civilians', loc='Saraqib'))

I('s06-hasakah-turkish-shells', 'note', '2019-11-05', '2019-11-04', 'Syria', 'shelling_artillery_missile', 'Tal Tamr', 'Al-Hasakah', 'Ras al-Ain', 3,
  "Tal Tamr countryside, 4 November 2019: Turkish artillery and allied Syrian National Army factions shelled the villages of Um Shaifa and Al-Rihaniyah, where SDF and regime troops hold positions. A regime soldier and 2 SDF fighters were killed and 6 civilians hurt. An SDF armoured vehicle was destroyed by a guided missile.",
  A('TURMIL', 'Turkish artillery and allied Syrian National Army factions shelled the villages of Um Shaifa and Al-Rihaniyah', loc='Um Shaifa', v='SYRREB'),
  K('SYRMIL', 1, 'A regime soldier and 2 SDF fighters were killed', loc='Um Shaifa', a='TURMIL'),
  K('SYRREB', 2, 'A regime soldier and 2 SDF fighters were killed', loc='Um Shaifa', a='TURMIL'),
  W('SYRCVL', 6, '6 civilians hurt', loc='Um Shaifa', a='TURMIL'),
  E('SYRREB', 'APC', None, 'An SDF armoured vehicle was destroyed by a guided missile', loc='Um Shaifa'))

I('s07-suwayda-kidnap', 'note', '2020-06-10', '2020-06-09', 'Syria', 'abduction', 'Shahba', 'As-Suwayda', 'Shahba', 0,
  "On 9 June 2020, armed men abducted a merchant from Shahba on the road to Damascus and demanded a ransom from his family, local networks in Suwayda reported. Relatives blocked the highway for several hours in protest; nobody was hurt.",
  noevent=True)

I('s08-hts-nlf-clash', 'note', '2019-01-04', '2019-01-02', 'Syria', 'armed_clash', 'Darat Izza', 'Aleppo', 'Jebel Saman', 11,
  "Western Aleppo countryside, 2 January 2019: Hayat Tahrir al-Sham attacked positions of Nour al-Din al-Zenki in Darat Izza and the surrounding hills. By evening HTS had taken the town. Activists counted 9 fighters killed on both sides and 2 civilians killed by stray fire, including a teenage girl.",
  A('SYRREB', 'Hayat Tahrir al-Sham attacked positions of Nour al-Din al-Zenki in Darat Izza', v='SYRREB', note='both sides SYRREB: one ATTACK line'),
  C('SYRREB', 'By evening HTS had taken the town'),
  K('SYRREB', 9, 'Activists counted 9 fighters killed on both sides'),
  K('SYRCVL', 2, '2 civilians killed by stray fire'),
  K('SYRCVL', 1, 'including a teenage girl', s=False, note='sub-count'))

I('s09-latakia-drone-russia', 'note', '2019-05-08', '2019-05-06', 'Syria', 'air_drone_strike', 'Hmeimim', 'Latakia', 'Jableh', 0,
  "On 6 May 2019, Russia's defence ministry said its air defences at Hmeimim shot down 6 drones launched from the Idlib de-escalation zone. No casualties were reported at the base. Later that night Russian jets struck Kabanah and Al-Habeet, a local network said, without giving a toll.",
  A(None, 'shot down 6 drones launched from the Idlib de-escalation zone', n=6, v='RUSMIL', by='RUSGOV', note='drones sent at the base by groups the text does not name'),
  E('SYRREB', 'AIRCRAFT', 6, 'its air defences at Hmeimim shot down 6 drones', by='RUSGOV', s=False, note='owner not named (launched from the opposition zone); drones as AIRCRAFT'),
  A('RUSMIL', 'Later that night Russian jets struck Kabanah and Al-Habeet', loc='Kabanah', v='SYRREB'))

I('s10-raqqa-mine', 'note', '2019-02-18', '2019-02-17', 'Syria', 'other_violence', 'Al-Karamah', 'Ar-Raqqa', 'Ar-Raqqa', 4,
  "On 17 February 2019, a landmine left by IS exploded under a tractor in farmland east of Al-Karamah, killing a farmer and his 3 sons. Demining teams say the eastern Raqqa countryside is still seeded with explosives.",
  K('SYRCVL', 4, 'killing a farmer and his 3 sons', note='one code: 1 + 3 as one line'))

I('s11-dz-is-ambush', 'note', '2020-08-19', '2020-08-18', 'Syria', 'attack', 'Al-Shula', 'Deir ez-Zor', 'Deir ez-Zor', 7,
  "In the night of 18 August 2020, IS cells ambushed a bus carrying members of the Liwa al-Quds militia near Al-Shula on the Deir ez-Zor-Palmyra road. 6 militiamen and the driver were killed and 4 others wounded, a monitor said. The group later claimed 10 killed.",
  A('SYRREB', 'IS cells ambushed a bus carrying members of the Liwa al-Quds militia near Al-Shula', v='SYRMIL'),
  K('SYRMIL', 6, '6 militiamen and the driver were killed', a='SYRREB', note='Liwa al-Quds, a pro-government militia: SYRMIL'),
  K('SYRCVL', 1, '6 militiamen and the driver were killed', a='SYRREB', note='the driver as a civilian'),
  W('SYRMIL', 4, '4 others wounded', a='SYRREB'),
  K('SYRMIL', 10, 'The group later claimed 10 killed', a='SYRREB', by='SYRREB', s=False, note='competing claim for the same dead'))

I('s12-idlib-convoy-turkey', 'note', '2020-02-04', '2020-02-03', 'Syria', 'shelling_artillery_missile', 'Saraqib', 'Idlib', 'Idlib', 13,
  "Saraqib, 3 February 2020: regime artillery hit a Turkish reinforcement column near the town, killing 7 Turkish soldiers and a civilian contractor, Ankara said. Turkey said it answered by striking 54 regime targets and killed 5 regime soldiers, according to a Syrian monitor.",
  A('SYRMIL', 'regime artillery hit a Turkish reinforcement column near the town', v='TURMIL'),
  K('TURMIL', 7, 'killing 7 Turkish soldiers and a civilian contractor', a='SYRMIL', by='TURGOV'),
  K('TURCVL', 1, 'killing 7 Turkish soldiers and a civilian contractor', a='SYRMIL', by='TURGOV'),
  A('TURMIL', 'it answered by striking 54 regime targets', n=54, v='SYRMIL', by='TURGOV'),
  K('SYRMIL', 5, 'killed 5 regime soldiers', a='TURMIL'),
  DP('TURMIL', 'a Turkish reinforcement column', s=False, note='column only mentioned as target'))

I('s13-daraa-clash-checkpoint', 'note', '2020-03-02', '2020-03-01', 'Syria', 'armed_clash', 'Al-Sanamayn', 'Daraa', 'As-Sanamayn', 5,
  "On 1 March 2020, regime forces stormed a neighbourhood of Al-Sanamayn held by former rebels who had refused to settle. In the exchange of fire that followed, 3 local gunmen and 2 members of the 9th Division died; a woman was wounded. Army units later entered the district.",
  A('SYRMIL', 'regime forces stormed a neighbourhood of Al-Sanamayn', v='SYRREB'),
  A('SYRREB', 'In the exchange of fire that followed', v='SYRMIL', s=False, note='return of fire'),
  K('SYRREB', 3, '3 local gunmen and 2 members of the 9th Division died'),
  K('SYRMIL', 2, '3 local gunmen and 2 members of the 9th Division died'),
  W('SYRCVL', 1, 'a woman was wounded'),
  C('SYRMIL', 'Army units later entered the district', s=False, note='a neighbourhood, not a named place'))

I('s14-afrin-car-bomb', 'note', '2020-04-29', '2020-04-28', 'Syria', 'remote_explosive_ied', 'Afrin', 'Aleppo', 'Afrin', 46,
  "Afrin city, 28 April 2020 - A fuel tanker rigged with explosives blew up in a crowded market, killing 46 people, 11 of them children, and injuring about 50. Turkey's defence ministry blamed the YPG; no group claimed it. Fire destroyed dozens of shops.",
  A(None, 'A fuel tanker rigged with explosives blew up in a crowded market', v='SYRCVL', note='blamed by Turkey, not claimed: no actor'),
  K('SYRCVL', 46, 'killing 46 people'),
  K('SYRCVL', 11, '11 of them children', s=False, note='sub-count'),
  W('SYRCVL', '~50', 'injuring about 50'))

I('s15-rastan-shelling', 'note', '2019-09-12', '2019-09-11', 'Syria', 'shelling_artillery_missile', 'Kafr Nabudah', 'Hama', 'As-Suqaylabiyah', 1,
  "Northern Hama, 11 September 2019: a ceasefire largely held, but regime rocket launchers fired around 20 rockets at Kafr Nabudah and the hills north of it. One opposition fighter died. The factions said they destroyed a regime tank with an anti-tank missile near Kirnaz.",
  A('SYRMIL', 'regime rocket launchers fired around 20 rockets at Kafr Nabudah', n='~20', v='SYRREB'),
  K('SYRREB', 1, 'One opposition fighter died'),
  E('SYRMIL', 'TANK', None, 'they destroyed a regime tank with an anti-tank missile near Kirnaz', a='SYRREB', by='SYRREB', loc='Kirnaz'),
  A('SYRREB', 'they destroyed a regime tank with an anti-tank missile near Kirnaz', loc='Kirnaz', v='SYRMIL', by='SYRREB', s=False))

I('s16-coalition-raid', 'note', '2019-10-28', '2019-10-27', 'Syria', 'air_drone_strike', 'Barisha', 'Idlib', 'Harim', 9,
  "On 27 October 2019, US special forces raided a compound outside Barisha near the Turkish border, supported by helicopters. The Syrian Observatory said 9 people were killed, among them 2 women, in the raid and the air strikes that covered it.",
  A('USAMIL', 'US special forces raided a compound outside Barisha', v='SYRREB'),
  K('SYRCVL', 9, '9 people were killed', a='USAMIL', note='a mixed toll of "people" (fighters and women): CVL'),
  K('SYRCVL', 2, 'among them 2 women', a='USAMIL', s=False, note='sub-count'),
  A('USAMIL', 'the air strikes that covered it', v='SYRREB', s=False, note='the same operation'))

I('s17-hasakah-displaced', 'note', '2019-10-14', '2019-10-13', 'Syria', 'nonstate_takes_territory', 'Tal Abyad', 'Ar-Raqqa', 'Tal Abyad', 0,
  "On 13 October 2019, Turkish-backed factions said they had taken Tal Abyad after four days of fighting with the SDF, and Turkish troops advanced to the M4 highway near Suluk. The UN said about 160,000 people had fled the border areas since the offensive began on 9 October.",
  C('SYRREB', 'Turkish-backed factions said they had taken Tal Abyad', by='SYRREB'),
  C('TURMIL', 'Turkish troops advanced to the M4 highway near Suluk', loc='Suluk', s=False, note='an advance, not a taking'),
  D('SYRCVL', '~160,000', 'about 160,000 people had fled the border areas since the offensive began', loc='-', by='IGOUNO', cum=True),
  O('TURMIL', 'the offensive began on 9 October', d='2019-10-09', s=False, note='background to the capture'))

I('s18-israel-strike-damascus', 'note', '2020-07-21', '2020-07-20', 'Syria', 'air_drone_strike', 'Damascus', 'Damascus', '', 5,
  "Israeli missiles fired from over the Golan struck positions south of Damascus late on 20 July 2020, state media said, adding that air defences intercepted most of them. 7 soldiers were wounded, SANA reported. A monitor put the dead at 5 Iran-backed fighters, none of them Syrian.",
  A('ISRMIL', 'Israeli missiles fired from over the Golan struck positions south of Damascus', by='SYRGOV'),
  W('SYRMIL', 7, '7 soldiers were wounded', a='ISRMIL', by='SYRGOV'),
  K('IRNMIL', 5, 'A monitor put the dead at 5 Iran-backed fighters', a='ISRMIL', note='Iran-backed militias: IRNMIL'))

I('s19-idlib-displacement-tally', 'note', '2020-01-30', '2020-01-29', 'Syria', 'gov_regains_territory', 'Maarat al-Numan', 'Idlib', 'Maarrat al-Numan', 0,
  "29 January 2020 - Russian-backed regime forces entered Maarat al-Numan, empty of residents after weeks of bombardment. OCHA said 388,000 people had been displaced in the north-west since 1 December, most towards camps near the border.",
  C('SYRMIL', 'Russian-backed regime forces entered Maarat al-Numan'),
  D('SYRCVL', 388000, '388,000 people had been displaced in the north-west since 1 December', loc='-', by='IGOUNO', cum=True))

I('s20-manbij-ied', 'note', '2019-12-02', '2019-12-01', 'Syria', 'remote_explosive_ied', 'Manbij', 'Aleppo', 'Manbij', 3,
  "Manbij, 1 December 2019 - A motorbike bomb went off near the Al-Sabaa Bahrat roundabout, killing 2 civilians and a member of the Manbij Military Council and wounding at least 9. Asayish cordoned off the area.",
  A(None, 'A motorbike bomb went off near the Al-Sabaa Bahrat roundabout'),
  K('SYRCVL', 2, 'killing 2 civilians and a member of the Manbij Military Council'),
  K('SYRREB', 1, 'killing 2 civilians and a member of the Manbij Military Council'),
  W('SYRCVL', '>9', 'wounding at least 9', note='mixed wounded; CVL'))

I('s21-jisr-shughur-torture', 'note', '2020-09-08', '2020-09-07', 'Syria', 'other_violence', 'Jisr al-Shughur', 'Idlib', 'Jisr al-Shughur', 1,
  "On 7 September 2020, the family of a young man from Jisr al-Shughur detained by Air Force Intelligence in 2018 was informed that he had died in custody. Relatives were handed his identity card but not the body.",
  K('SYRCVL', 1, 'he had died in custody', a='SYRMIL', loc='-', note='place of death not given; dated to the day the family was informed'))

I('s22-deir-tribal', 'note', '2020-08-04', '2020-08-03', 'Syria', 'attack', 'Al-Hawaij', 'Deir ez-Zor', 'Deir ez-Zor', 1,
  "On 3 August 2020, gunmen opened fire on the car of a senior Ugaydat tribal elder near Al-Hawaij, killing him and wounding his driver. Tribesmen accused the SDF of failing to protect him and blocked roads in Dhiban and Al-Hawaij.",
  A(None, 'gunmen opened fire on the car of a senior Ugaydat tribal elder near Al-Hawaij', v='SYRCVL'),
  K('SYRCVL', 1, 'killing him'),
  W('SYRCVL', 1, 'wounding his driver'))

I('s23-idlib-turkish-strikes', 'note', '2020-03-02', '2020-03-01', 'Syria', 'air_drone_strike', 'Saraqib', 'Idlib', 'Idlib', 19,
  "On 1 March 2020, Turkish drones destroyed 8 regime tanks and 2 air defence systems around Saraqib and Maarat Misrin and killed 19 regime soldiers, a monitor said. Turkish F-16s downed two Syrian Su-24 jets over Idlib; both pilots ejected.",
  A('TURMIL', 'Turkish drones destroyed 8 regime tanks and 2 air defence systems around Saraqib', v='SYRMIL'),
  E('SYRMIL', 'TANK', 8, 'Turkish drones destroyed 8 regime tanks', a='TURMIL'),
  E('SYRMIL', 'OTHER', 2, '2 air defence systems', a='TURMIL'),
  K('SYRMIL', 19, 'killed 19 regime soldiers', a='TURMIL'),
  E('SYRMIL', 'AIRCRAFT', 2, 'Turkish F-16s downed two Syrian Su-24 jets over Idlib', a='TURMIL', loc='Idlib'))

I('s24-qamishli-bomb', 'note', '2019-11-12', '2019-11-11', 'Syria', 'remote_explosive_ied', 'Qamishli', 'Al-Hasakah', 'Qamishli', 8,
  "Qamishli, 11 November 2019 - Three car bombs exploded in quick succession near a church and a market, killing 6 civilians and wounding 22, the Kurdish-led administration said. Hours earlier an Armenian Catholic priest and his father were shot dead on the road to Deir ez-Zor.",
  A(None, 'Three car bombs exploded in quick succession near a church and a market', n=3, v='SYRCVL'),
  K('SYRCVL', 6, 'killing 6 civilians', by='SYRREB', note='the AANES as a source: SYRREB'),
  W('SYRCVL', 22, 'wounding 22', by='SYRREB'),
  K('SYRCVL', 2, 'an Armenian Catholic priest and his father were shot dead on the road to Deir ez-Zor', loc='-', note='one code: one line'))

I('s25-hama-cumulative', 'note', '2019-05-31', '2019-05-30', 'Syria', 'shelling_artillery_missile', 'Kafr Nabl', 'Idlib', 'Maarrat al-Numan', 4,
  "30 May 2019: regime shelling on Kafr Nabl and Hass killed 4 civilians, bringing to 229 the civilians killed in the Idlib and Hama escalation since 30 April, according to a local monitoring network. Civil defence said 2 of its volunteers were hurt pulling survivors from rubble in Kafr Nabl.",
  A('SYRMIL', 'regime shelling on Kafr Nabl and Hass', v='SYRCVL'),
  K('SYRCVL', 4, 'killed 4 civilians', a='SYRMIL'),
  K('SYRCVL', 229, 'bringing to 229 the civilians killed in the Idlib and Hama escalation since 30 April', loc='-', cum=True),
  W('SYRCVL', 2, '2 of its volunteers were hurt pulling survivors from rubble', note='civil defence volunteers as civilians'))
