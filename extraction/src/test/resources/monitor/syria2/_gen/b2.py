# Syria 2019-2020, part 2 (hand-written). Format: see gen.py.
S = 'Syria'

N('2020-03-01', S, 'armed_clash', 'al-Sanamayn', 'Daraa', 'As-Sanamayn',
  """Unknown assailants attacked an Air Force Intelligence checkpoint at the northern entrance of al-Sanamayn with RPGs late on 1 March 2020, wounding three of its members. Early on 2 March, regime forces stormed the town's western neighbourhood and fought local gunmen, killing six of them and losing three soldiers. Negotiations with the Russian-backed committee ended the fighting by noon.""",
  [A(None, 'Unknown assailants attacked an Air Force Intelligence checkpoint', v='SYRMIL'),
   W('SYRMIL', 3, 'wounding three of its members'),
   A('SYRMIL', "regime forces stormed the town's western neighbourhood", v='SYRREB', d=1),
   K('SYRREB', 6, 'killing six of them', a='SYRMIL', d=1, note='local gunmen coded SYRREB'),
   K('SYRMIL', 3, 'losing three soldiers', d=1, note='"losing three soldiers" read as three killed')], rep=2)

N('2020-07-21', S, 'remote_explosive_ied', 'Busra al-Sham', 'Daraa', 'Daraa',
  """An explosive device planted in his car killed a commander of the Russian-backed 8th Brigade in Busra al-Sham on {wd} evening. The brigade, made up largely of former opposition fighters, is part of the 5th Corps.""",
  [A(None, 'An explosive device planted in his car', v='SYRMIL'),
   K('SYRMIL', 1, 'killed a commander of the Russian-backed 8th Brigade', note='8th Brigade/5th Corps = SYRMIL')], rep=0)

N('2019-05-12', S, 'air_drone_strike', 'Kafr Zita', 'Hama', '',
  """Regime helicopters dropped 14 barrel bombs on Kafr Zita and al-Lataminah on {wd}. No casualties were reported; most residents had already fled north towards the border.""",
  [A('SYRMIL', 'Regime helicopters dropped 14 barrel bombs on Kafr Zita and al-Lataminah', v='SYRCVL', n=14)])

N('2019-06-18', S, 'armed_clash', 'al-Hamamiyat', 'Hama', '',
  """The National Front for Liberation said its fighters destroyed a regime T-62 tank with an anti-tank guided missile on the al-Hamamiyat front in northern Hama on {wd}, and that the crew were killed. The group published a video of the strike.""",
  [A('SYRREB', 'its fighters destroyed a regime T-62 tank with an anti-tank guided missile', v='SYRMIL', cl='SYRREB'),
   E('SYRMIL', 'TANK', 'destroyed a regime T-62 tank', a='SYRREB', cl='SYRREB', note='singular equipment: no count'),
   K('SYRMIL', None, 'the crew were killed', a='SYRREB', cl='SYRREB', note='crew size not given')], rep=1)

N('2019-06-27', S, 'armed_clash', 'al-Kishkiyah', 'Deir ez-Zor', '',
  """SDF counter-terrorism units backed by coalition helicopters raided a house in al-Kishkiyah at dawn on {wd}. Two suspected IS members who opened fire on the force were killed and a third was arrested, the SDF said.""",
  [A('SYRREB', 'raided a house in al-Kishkiyah', v='SYRREB', cl='SYRREB'),
   K('SYRREB', 2, 'Two suspected IS members who opened fire on the force were killed', a='SYRREB', cl='SYRREB')], rep=0)

N('2020-08-28', S, 'armed_clash', 'Ithriya', 'Hama', 'Salamiyeh',
  """Clashes between regime forces and IS cells in the desert near Ithriya on 28 August 2020 killed 11 members of the regime forces and the Liwa al-Quds militia and six IS fighters. Russian jets carried out more than 30 strikes on IS hideouts in the area in support of the regime forces.""",
  [A('SYRMIL', 'Clashes between regime forces and IS cells', v='SYRREB'),
   A('SYRREB', 'IS cells', v='SYRMIL', us=1),
   K('SYRMIL', 11, 'killed 11 members of the regime forces and the Liwa al-Quds militia',
     note='Liwa al-Quds fights for Damascus: one SYRMIL line'),
   K('SYRREB', 6, 'six IS fighters'),
   A('RUSMIL', 'Russian jets carried out more than 30 strikes', v='SYRREB', n='30+')], rep=1)

N('2020-07-21', S, 'air_drone_strike', 'Damascus', 'Damascus', 'Damascus',
  """Syria says it intercepted Israeli missiles south of Damascus - Syrian air defences confronted missiles fired by Israel from the direction of the occupied Golan Heights at targets south of Damascus late on {wd} and downed most of them, state news agency SANA said, adding that one soldier was wounded and""",
  [A('ISRMIL', 'missiles fired by Israel', v='SYRMIL', cl='SYRGOV'),
   W('SYRMIL', 1, 'one soldier was wounded', cl='SYRGOV')], rep=1, wire=1)

N('2020-01-11', S, 'remote_explosive_ied', 'Azaz', 'Aleppo', 'Azaz',
  """A car bomb tore through a busy street near the main market of Azaz on {wd} morning, killing four civilians and two SNA fighters and wounding 25 people, the local council said.""",
  [A(None, 'A car bomb tore through a busy street', v='SYRCVL'),
   K('SYRCVL', 4, 'killing four civilians'), K('SYRREB', 2, 'two SNA fighters'),
   W('SYRCVL', 25, 'wounding 25 people', note='mixed "people": CVL')], rep=0)

N('2019-12-26', S, 'air_drone_strike', 'Maarat al-Numan', 'Idlib', 'Maarat an-Numan',
  """Russian and regime warplanes struck Maarat al-Numan and the surrounding villages again on 26 December 2019. OCHA said that about 235,000 people had fled the Maarat al-Numan area between 12 and 25 December, most of them towards Idlib city, Ariha, Saraqib and the camps near the Turkish border.""",
  [A('RUSMIL', 'Russian and regime warplanes struck Maarat al-Numan', v='SYRCVL'),
   A('SYRMIL', 'Russian and regime warplanes struck Maarat al-Numan', v='SYRCVL', note='second actor of the phrase'),
   D('SYRCVL', '~235000', 'about 235,000 people had fled the Maarat al-Numan area', cum=1, cl='IGOUNO',
     note='a tally over two weeks: cumulative, report day')])

N('2020-03-02', S, 'gov_regains_territory', 'Saraqib', 'Idlib', 'Idlib',
  """Regime forces and Russian military police re-entered Saraqib on 2 March 2020, a day after HTS-led factions had driven them out of the town. Russian military police then deployed inside the town, a Russian officer told state television.""",
  [C('SYRMIL', 'Regime forces and Russian military police re-entered Saraqib', v='SYRREB'),
   C('RUSMIL', 'Regime forces and Russian military police re-entered Saraqib', v='SYRREB', note='second actor'),
   C('SYRREB', 'HTS-led factions had driven them out of the town', v='SYRMIL', d=-1),
   DP('RUSMIL', 'Russian military police then deployed inside the town', cl='RUSMIL')], rep=1)

N('2020-06-13', S, 'accident', 'Aleppo', 'Aleppo', 'Jebel Saman',
  """A four-storey residential building collapsed in the Salah al-Din neighbourhood of Aleppo on {wd} night, killing 11 people, three of them children. Civil defence teams pulled four people alive from the rubble. The building had been damaged in the fighting of 2016.""",
  [K('SYRCVL', 11, 'killing 11 people'), K('SYRCVL', 3, 'three of them children', us=1, note='sub-count')], rep=1)

N('2020-01-08', S, 'accident', 'Deir Hassan', 'Idlib', 'Harim',
  """A six-year-old girl and her four-year-old brother died on {wd} night when a heater set fire to their family's tent in a camp for displaced people near Deir Hassan, north of Idlib.""",
  [K('SYRREF', 2, 'A six-year-old girl and her four-year-old brother died', note='camp residents: REF')], rep=1)

N('2020-04-19', S, 'other_violence', 'Tal Hamis', 'Hasakah', 'Qamishli',
  """Hasakah | A young woman was shot dead by her brother in a village near Tal Hamis, south-east of Qamishli, on {wd}, in what relatives described as an "honour" killing. The Asayish arrested the brother.""",
  [K('SYRCVL', 1, 'A young woman was shot dead by her brother', note='family violence, no armed group: actor null')], rep=1)

N('2020-02-13', S, 'disaster', 'Azaz', 'Aleppo', 'Azaz',
  """An infant died of cold in a camp near the Bab al-Salama crossing north of Azaz on 13 February 2020, as night temperatures fell below freezing, the camp administration said. Seven children have died of cold in the camps of north-west Syria since the start of February, according to aid groups.""",
  [K('SYRREF', 1, 'An infant died of cold'),
   K('SYRREF', 7, 'Seven children have died of cold', cum=1, loc=None, note='tally since 1 February: cumulative')])

N('2020-02-25', S, 'shelling_artillery_missile', 'Idlib', 'Idlib', 'Idlib',
  """Regime shelling hit two schools and a kindergarten in Idlib city on 25 February 2020, killing nine civilians, among them three children and a teacher, an aid group said.""",
  [A('SYRMIL', 'Regime shelling hit two schools and a kindergarten', v='SYRCVL'),
   K('SYRCVL', 9, 'killing nine civilians'),
   K('SYRCVL', 3, 'three children', us=1, note='sub-count'), K('SYRCVL', 1, 'a teacher', us=1, note='sub-count')])

N('2020-02-03', S, 'shelling_artillery_missile', 'Saraqib', 'Idlib', 'Idlib',
  """Regime artillery hit a Turkish military position near Saraqib early on {wd}, killing six Turkish soldiers and a civilian working for the Turkish army and wounding seven soldiers, the Turkish defence ministry said. The ministry said Turkish artillery and F-16s had responded by hitting 46 regime targets.""",
  [A('SYRMIL', 'Regime artillery hit a Turkish military position near Saraqib', v='TURMIL'),
   K('TURMIL', 6, 'killing six Turkish soldiers', a='SYRMIL', cl='TURGOV'),
   K('TURCVL', 1, 'a civilian working for the Turkish army', a='SYRMIL', cl='TURGOV'),
   W('TURMIL', 7, 'wounding seven soldiers', cl='TURGOV'),
   A('TURMIL', 'responded by hitting 46 regime targets', v='SYRMIL', n=46, cl='TURGOV', loc=None,
     note='places of the targets not given')], rep=0)

N('2020-01-22', S, 'armed_clash', 'Abu al-Duhur', 'Idlib', '',
  """Russia says Syrian troops repelled big militant attack in Idlib - Syrian government troops repelled a large-scale attack by Hayat Tahrir al-Sham fighters near Abu al-Duhur on {wd}, killing about 50 militants, Russia's Defence Ministry said, adding that the attackers had used car bombs and""",
  [A('SYRREB', 'a large-scale attack by Hayat Tahrir al-Sham fighters near Abu al-Duhur', v='SYRMIL', cl='RUSGOV'),
   K('SYRREB', '~50', 'killing about 50 militants', a='SYRMIL', cl='RUSGOV')], rep=1, wire=1)

N('2020-06-14', S, 'air_drone_strike', 'Binnish', 'Idlib', 'Idlib',
  """A drone of the US-led coalition fired two missiles at a car near Binnish on {wd}, killing two commanders of Hurras al-Din, one of them a Jordanian national, local sources said.""",
  [A('USAMIL', 'A drone of the US-led coalition fired two missiles at a car', v='SYRREB'),
   K('SYRREB', 2, 'killing two commanders of Hurras al-Din', a='USAMIL')], rep=0)

N('2019-01-02', S, 'armed_clash', 'Darat Izza', 'Aleppo', 'Jebel Saman',
  """Fighting between HTS and Nour al-Din al-Zenki in Darat Izza and nearby villages of western Aleppo on 2 January 2019 killed at least eight fighters from both sides and a woman caught in crossfire.""",
  [A('SYRREB', 'Fighting between HTS and Nour al-Din al-Zenki', v='SYRREB', note='one code on both sides: one line'),
   K('SYRREB', '8+', 'killed at least eight fighters from both sides'),
   K('SYRCVL', 1, 'a woman caught in crossfire')], rep=1)

N('2020-07-14', S, 'remote_explosive_ied', 'Ariha', 'Idlib', 'Ariha',
  """Roadside bomb hits joint Russian-Turkish patrol in Idlib - A roadside bomb went off next to a joint Russian-Turkish patrol on the M4 highway near Ariha on {wd}, lightly wounding three Russian servicemen and damaging an armoured vehicle, Russia's Defence Ministry said, blaming""",
  [A(None, 'A roadside bomb went off next to a joint Russian-Turkish patrol', v='RUSMIL'),
   W('RUSMIL', 3, 'lightly wounding three Russian servicemen', cl='RUSGOV'),
   E('RUSMIL', 'VEHICLE', 'damaging an armoured vehicle', cl='RUSGOV', note='"damaged" read as hit; APC defensible')],
  rep=0, wire=1)

N('2020-06-09', S, 'attack', 'al-Karak al-Sharqi', 'Daraa', '',
  """Daraa, eastern countryside | Gunmen opened fire on the mukhtar of al-Karak al-Sharqi and his son as they drove back from their fields on {wd} evening, killing both. The mukhtar was known to be close to the regime's Military Security.""",
  [A(None, 'Gunmen opened fire on the mukhtar of al-Karak al-Sharqi and his son', v='SYRCVL'),
   K('SYRCVL', 2, 'killing both', note='"both" = the mukhtar and his son; mukhtar CVL')], rep=1)

N('2020-10-05', S, 'shelling_artillery_missile', 'Marea', 'Aleppo', 'Azaz',
  """Artillery shells fired from the Tal Rifaat area, which is held by the SDF and regime forces, hit a market in Marea on {wd}, killing seven people and wounding more than 30. The Turkish defence ministry blamed the YPG.""",
  [A(None, 'Artillery shells fired from the Tal Rifaat area', v='SYRCVL', note='blamed on the YPG by Turkey: no actor'),
   K('SYRCVL', 7, 'killing seven people'), W('SYRCVL', '30+', 'wounding more than 30')], rep=0)

N('2019-11-24', S, 'armed_clash', 'Umm al-Kaif', 'Hasakah', 'Al-Hasakah',
  """SNA factions attacked SDF positions near Umm al-Kaif and al-Dardara, north of Tal Tamr, on 24 November 2019. The SDF said it had repelled the attack and killed 17 attackers; the Turkish defence ministry said 15 "terrorists" had been neutralised in the area.""",
  [A('SYRREB', 'SNA factions attacked SDF positions near Umm al-Kaif', v='SYRREB'),
   K('SYRREB', 17, 'killed 17 attackers', a='SYRREB', cl='SYRREB', note='a claim is an incident'),
   K('SYRREB', 15, '15 "terrorists" had been neutralised', a='TURMIL', cl='TURGOV', us=1,
     note='"neutralised" may include captured; SDF dead, a second claim for the same clash: unscored (doubtful)')])

N('2020-01-15', S, 'air_drone_strike', 'Maarat Misrin', 'Idlib', 'Idlib',
  """Russian warplanes launched 12 raids on the outskirts of Maarat Misrin on {wd} night. One of them hit a poultry farm where displaced families were sheltering, killing a father, a mother and their three children, all displaced from Kafr Rouma.""",
  [A('RUSMIL', 'Russian warplanes launched 12 raids on the outskirts of Maarat Misrin', v='SYRCVL', n=12),
   K('SYRREF', 5, 'killing a father, a mother and their three children', note='displaced family: REF')], rep=1)

N('2019-07-28', S, 'attack', 'Kabani', 'Latakia', 'Al-Haffa',
  """A regime soldier was killed by an opposition sniper on the Kabani front in the Jabal al-Akrad area of the northern Latakia countryside on {wd}.""",
  [K('SYRMIL', 1, 'A regime soldier was killed by an opposition sniper', a='SYRREB')], rep=1)

N('2020-03-01', S, 'air_drone_strike', 'Idlib', 'Idlib', 'Idlib',
  """Turkish Defence Minister Hulusi Akar announced on 1 March 2020 that Turkey had launched Operation Spring Shield against regime forces in Idlib. He said Turkish F-16s had shot down two regime Su-24 warplanes over Idlib earlier that day, and that since 27 February Turkish forces had destroyed 93 tanks. The two pilots ejected and landed safely, SANA said.""",
  [O('TURMIL', 'Turkey had launched Operation Spring Shield', v='SYRMIL', cl='TURGOV'),
   E('SYRMIL', 'AIRCRAFT', 'shot down two regime Su-24 warplanes', n=2, a='TURMIL', cl='TURGOV'),
   E('SYRMIL', 'TANK', 'since 27 February Turkish forces had destroyed 93 tanks', n=93, a='TURMIL', cl='TURGOV', cum=1,
     loc=None, note='tally since 27 February: cumulative')], rep=1)

N('2020-01-30', S, 'attack', 'al-Eis', 'Aleppo', 'Jebel Saman',
  """Nine regime soldiers, two officers among them, were killed on {wd} when HTS fighters stormed their positions near al-Eis, south of Aleppo, before withdrawing under heavy shelling.""",
  [A('SYRREB', 'HTS fighters stormed their positions near al-Eis', v='SYRMIL'),
   K('SYRMIL', 9, 'Nine regime soldiers'), K('SYRMIL', 2, 'two officers among them', us=1, note='sub-count')], rep=1)

N('2020-08-02', S, 'attack', 'al-Busayrah', 'Deir ez-Zor', '',
  """Gunmen in a car shot dead a dignitary of the Aqeidat tribe and his companion near al-Busayrah on 2 August 2020. Angry tribesmen later attacked an SDF position in the town, killing one SDF fighter, and blocked roads with burning tyres.""",
  [K('SYRCVL', 2, 'shot dead a dignitary of the Aqeidat tribe and his companion'),
   A('SYRREB', 'tribesmen later attacked an SDF position in the town', v='SYRREB', note='armed tribesmen: REB'),
   K('SYRREB', 1, 'killing one SDF fighter', a='SYRREB')], rep=1)

N('2019-05-04', S, 'shelling_artillery_missile', 'Shir Maghar', 'Hama', '',
  """Regime forces shelled the Turkish observation post at Shir Maghar in Jabal Shahshabu on {wd}, wounding three Turkish soldiers, the Turkish defence ministry said.""",
  [A('SYRMIL', 'Regime forces shelled the Turkish observation post at Shir Maghar', v='TURMIL'),
   W('TURMIL', 3, 'wounding three Turkish soldiers', a='SYRMIL', cl='TURGOV')], rep=0)

N('2020-04-14', S, 'attack', 'al-Kasrah', 'Deir ez-Zor', '',
  """Deir ez-Zor round-up, {wd}: a young man was shot dead by gunmen on a motorcycle in al-Kasrah; the body of a woman was found on the outskirts of Hajin with stab wounds; and an SDF member was wounded when an explosive device went off near his car in Gharanij.""",
  [K('SYRCVL', 1, 'a young man was shot dead by gunmen on a motorcycle'),
   K('SYRCVL', 1, 'the body of a woman was found', loc='Hajin'),
   A(None, 'an explosive device went off near his car', v='SYRREB', loc='Gharanij'),
   W('SYRREB', 1, 'an SDF member was wounded', loc='Gharanij')], rep=0)

N('2020-06-08', S, 'protest_or_statement', 'Suwayda', 'Suwayda', 'As-Suwayda',
  """Dozens of people demonstrated in front of the governorate building in Suwayda on 8 June 2020 against the collapse of the currency and the rising cost of living, some of them chanting against the president. No incidents were reported.""",
  [], rep=1, noev=1)

N('2020-02-29', S, 'air_drone_strike', 'Sarmin', 'Idlib', 'Idlib',
  """Syrian air defences shot down a Turkish drone over Sarmin, east of Idlib, on {wd}, SANA said, citing a military source.""",
  [E('TURMIL', 'AIRCRAFT', 'shot down a Turkish drone over Sarmin', a='SYRMIL', cl='SYRGOV',
     note='singular equipment: no count; drone as AIRCRAFT')], rep=0)

N('2020-01-09', S, 'attack', 'al-Tamanah', 'Idlib', 'Maarat an-Numan',
  """On 9 January 2020, HTS and Turkistan Islamic Party fighters attacked regime positions near al-Tamanah (Maarat an-Numan district, Idlib), killing four regime soldiers. Regime artillery shelled al-Tamanah and nearby villages in response. Fatalities: 4.""",
  [A('SYRREB', 'HTS and Turkistan Islamic Party fighters attacked regime positions', v='SYRMIL',
     note='TIP also SYRREB: one line'),
   K('SYRMIL', 4, 'killing four regime soldiers'),
   A('SYRMIL', 'Regime artillery shelled al-Tamanah', v='SYRREB')], rep=3)

N('2019-11-26', S, 'remote_explosive_ied', 'Ras al-Ain', 'Hasakah', 'Ras al-Ain',
  """Car bomb kills five in Syria's Ras al-Ain - A car bomb went off near a checkpoint of Turkish-backed fighters in Ras al-Ain on {wd}, killing five people including two…""",
  [A(None, 'A car bomb went off near a checkpoint', v='SYRREB'), K('SYRCVL', 5, 'killing five people')],
  rep=0, wire=1)

N('2020-01-26', S, 'armed_clash', 'Idlib', 'Idlib', '',
  """Fighting in Idlib kills 51 as Syrian troops push on - Clashes between Syrian government forces and jihadist-led fighters in the south of Idlib province killed 51 combatants overnight, a war monitor said on {wd}, 29 on the government side and 22 from HTS and allied groups, as troops edged closer to""",
  [A('SYRMIL', 'Clashes between Syrian government forces and jihadist-led fighters', v='SYRREB'),
   A('SYRREB', 'jihadist-led fighters', v='SYRMIL', us=1),
   K('SYRMIL', 29, '29 on the government side'), K('SYRREB', 22, '22 from HTS and allied groups'),
   K('SYRREB', 51, 'killed 51 combatants', us=1, note='total of both sides; the two groups are the scored lines')],
  rep=0, wire=1)

N('2020-09-13', S, 'air_drone_strike', 'Hadar', 'Quneitra', 'Quneitra',
  """An Israeli drone fired a missile at a car near Hadar in the northern Quneitra countryside on {wd}, killing a man whom local sources described as working with Hezbollah.""",
  [A('ISRMIL', 'An Israeli drone fired a missile at a car', v='LBNREB'),
   K('LBNREB', 1, 'killing a man whom local sources described as working with Hezbollah', a='ISRMIL',
     note='Hezbollah coded LBNREB; a local Syrian working with it might be SYRMIL or SYRCVL')], rep=0)

N('2020-07-02', S, 'air_drone_strike', 'Sufuhun', 'Idlib', 'Ariha',
  """Idlib | A young man from Sufuhun succumbed on {wd} to the wounds he had suffered a week earlier, when a regime suicide drone hit his motorcycle on the edge of the village.""",
  [K('SYRCVL', 1, 'A young man from Sufuhun succumbed', note='died of wounds: dated to the day of death'),
   A('SYRMIL', 'a regime suicide drone hit his motorcycle', v='SYRCVL', d=-7)], rep=1)

N('2019-11-03', S, 'armed_clash', 'Abu Rasin', 'Hasakah', 'Ras al-Ain',
  """Turkish-backed factions attacked regime positions near Abu Rasin on the Tal Tamr front on {wd}, killing six regime soldiers, days after the army had deployed along the border under the Sochi deal.""",
  [A('SYRREB', 'Turkish-backed factions attacked regime positions near Abu Rasin', v='SYRMIL'),
   K('SYRMIL', 6, 'killing six regime soldiers', a='SYRREB')], rep=1)

N('2020-02-16', S, 'gov_regains_territory', 'Kafr Naha', 'Aleppo', 'Jebel Saman',
  """On 16 February 2020, regime forces took control of Kafr Naha, Urum al-Kubra and Khan al-Asal in the western Aleppo countryside, as well as the base of the 46th Regiment near al-Atarib, after opposition factions withdrew westwards. Fatalities unknown.""",
  [C('SYRMIL', 'took control of Kafr Naha, Urum al-Kubra and Khan al-Asal', v='SYRREB'),
   C('SYRMIL', 'took control of Kafr Naha, Urum al-Kubra and Khan al-Asal', v='SYRREB', loc='Urum al-Kubra'),
   C('SYRMIL', 'took control of Kafr Naha, Urum al-Kubra and Khan al-Asal', v='SYRREB', loc='Khan al-Asal'),
   C('SYRMIL', 'the base of the 46th Regiment near al-Atarib', v='SYRREB', loc='al-Atarib', note='a base near the town')],
  rep=2)

N('2020-09-29', S, 'armed_clash', 'al-Qurayya', 'Suwayda', '',
  """Fighting between the Russian-backed 8th Brigade and local Druze gunmen in al-Qurayya in the western Suwayda countryside on 29 September 2020 killed 15 local fighters and one 8th Brigade member.""",
  [A('SYRMIL', 'Fighting between the Russian-backed 8th Brigade and local Druze gunmen', v='SYRREB'),
   A('SYRREB', 'local Druze gunmen', v='SYRMIL', us=1),
   K('SYRREB', 15, 'killed 15 local fighters', note='local Druze gunmen coded SYRREB'),
   K('SYRMIL', 1, 'one 8th Brigade member')], rep=1)

N('2020-05-18', S, 'armed_clash', 'Jabal al-Bishri', 'Deir ez-Zor', '',
  """Army units ambushed an IS group in the Jabal al-Bishri area on {wd}, killing eight terrorists and seizing their weapons, SANA reported.""",
  [A('SYRMIL', 'Army units ambushed an IS group', v='SYRREB', cl='SYRGOV'),
   K('SYRREB', 8, 'killing eight terrorists', a='SYRMIL', cl='SYRGOV')], rep=0)

N('2019-11-12', S, 'air_drone_strike', 'al-Atarib', 'Aleppo', 'Jebel Saman',
  """Warplanes believed to be Russian struck the market of al-Atarib on 12 November 2019, killing six civilians, a child among them, and wounding 15.""",
  [A(None, 'Warplanes believed to be Russian struck the market of al-Atarib', v='SYRCVL', note='"believed to be": no actor'),
   K('SYRCVL', 6, 'killing six civilians'), K('SYRCVL', 1, 'a child among them', us=1, note='sub-count'),
   W('SYRCVL', 15, 'wounding 15')], rep=1)

N('2020-08-17', S, 'armed_clash', 'Qamishli', 'Hasakah', 'Qamishli',
  """US troops exchange fire with Syrian army checkpoint in northeast - US-led coalition troops exchanged fire with a Syrian army checkpoint east of Qamishli on {wd}, killing one pro-government fighter and wounding two others, state media and a war monitor said, in a rare""",
  [A('USAMIL', 'US-led coalition troops exchanged fire with a Syrian army checkpoint', v='SYRMIL'),
   A('SYRMIL', 'a Syrian army checkpoint', v='USAMIL', us=1),
   K('SYRMIL', 1, 'killing one pro-government fighter', a='USAMIL', cl='SYRGOV'),
   W('SYRMIL', 2, 'wounding two others', cl='SYRGOV')], rep=0, wire=1)

N('2020-04-09', S, 'attack', 'Salamiyah', 'Hama', 'Salamiyeh',
  """IS gunmen attacked a group of truffle hunters in the desert east of Salamiyah on {wd}, killing 12 of them and three NDF members who were guarding them, and took several others away.""",
  [A('SYRREB', 'IS gunmen attacked a group of truffle hunters', v='SYRCVL'),
   K('SYRCVL', 12, 'killing 12 of them'), K('SYRMIL', 3, 'three NDF members who were guarding them')], rep=1)

N('2020-10-20', S, 'remote_explosive_ied', 'Idlib', 'Idlib', 'Idlib',
  """An explosive device attached to his car killed an HTS security official in the al-Qusour neighbourhood of Idlib city on {wd} morning.""",
  [A(None, 'An explosive device attached to his car', v='SYRREB'),
   K('SYRREB', 1, 'killed an HTS security official')], rep=0)

N('2020-05-11', S, 'remote_explosive_ied', 'Tal Abyad', 'Raqqa', 'Tell Abiad',
  """A Turkish soldier was killed and three others wounded when an explosive device hit their armoured vehicle near Tal Abyad on {wd}, the Turkish defence ministry said.""",
  [A(None, 'an explosive device hit their armoured vehicle', v='TURMIL'),
   K('TURMIL', 1, 'A Turkish soldier was killed', cl='TURGOV'),
   W('TURMIL', 3, 'three others wounded', cl='TURGOV'),
   E('TURMIL', 'VEHICLE', 'hit their armoured vehicle', cl='TURGOV', note='a side\'s vehicle hit by a device')], rep=1)

N('2020-02-25', S, 'gov_regains_territory', 'Kafr Nabl', 'Idlib', 'Maarat an-Numan',
  """On 25 February 2020, regime forces took control of Kafr Nabl, Hass and Kafr Sijna in southern Idlib after days of shelling, and pushed on towards al-Bara. Fatalities unknown.""",
  [C('SYRMIL', 'took control of Kafr Nabl, Hass and Kafr Sijna', v='SYRREB'),
   C('SYRMIL', 'took control of Kafr Nabl, Hass and Kafr Sijna', v='SYRREB', loc='Hass'),
   C('SYRMIL', 'took control of Kafr Nabl, Hass and Kafr Sijna', v='SYRREB', loc='Kafr Sijna')], rep=2)

N('2019-11-02', S, 'remote_explosive_ied', 'Tal Abyad', 'Raqqa', 'Tell Abiad',
  """Car bomb kills 13 in Tal Abyad, Turkey says - A car bomb exploded in a crowded area of Tal Abyad on {wd}, killing 13 civilians, the Turkish defence ministry said, blaming the YPG""",
  [A(None, 'A car bomb exploded in a crowded area of Tal Abyad', v='SYRCVL', note='blamed on the YPG: no actor'),
   K('SYRCVL', 13, 'killing 13 civilians', cl='TURGOV')], rep=0, wire=1)
