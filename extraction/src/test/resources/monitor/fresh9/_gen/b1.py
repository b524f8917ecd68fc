"""b1: 25 Syrian monitor-style notes, 2019-2020."""
from lib import I

I('S01', '2019-05-07', 'note', '2019-05-06|Syria|air_drone_strike|Kafr Nabudah|Hama|al-Suqaylabiyah',
  "On 6 May 2019, Russian warplanes carried out at least 12 airstrikes on Kafr Nabudah and its surroundings in the northern Hama countryside, killing a woman and her three children and wounding 7 other civilians.",
  ['A||RUSMIL|>12|Kafr Nabudah|2019-05-06||carried out at least 12 airstrikes on Kafr Nabudah|',
   'K|SYRCVL|RUSMIL|4|Kafr Nabudah|2019-05-06||killing a woman and her three children||one line: a woman and her three children, all SYRCVL',
   'W|SYRCVL|RUSMIL|7|Kafr Nabudah|2019-05-06||wounding 7 other civilians|'], 4)

I('S02', '2019-05-22', 'note', '2019-05-21|Syria|gov_regains_territory|Qalaat al-Madiq|Hama|al-Suqaylabiyah',
  "21 May 2019 - Regime forces and allied militias took full control of the town of Qalaat al-Madiq and the nearby village of al-Tuwayni after two days of fighting with opposition factions; 9 regime soldiers and 6 opposition fighters were reported killed in the fighting.",
  ['C||SYRMIL||Qalaat al-Madiq|2019-05-21||took full control of the town of Qalaat al-Madiq|',
   'C||SYRMIL||al-Tuwayni|2019-05-21||the nearby village of al-Tuwayni|',
   'A|SYRREB|SYRMIL||Qalaat al-Madiq|2019-05-21||after two days of fighting with opposition factions||date: the day of the capture; the fighting spans two days',
   'K|SYRMIL||9|Qalaat al-Madiq|2019-05-21||9 regime soldiers and 6 opposition fighters were reported killed|',
   'K|SYRREB||6|Qalaat al-Madiq|2019-05-21||9 regime soldiers and 6 opposition fighters were reported killed|'], 15)

I('S03', '2019-06-13', 'note', '2019-06-12|Syria|remote_explosive_ied|Azaz|Aleppo|Azaz',
  "A car bomb went off near a bakery in the centre of Azaz, north of Aleppo, on 12 June 2019, killing 4 civilians, one of them a child, and injuring around 20 more. No group claimed the bombing.",
  ['A|SYRCVL|||Azaz|2019-06-12||A car bomb went off near a bakery in the centre of Azaz|',
   'K|SYRCVL||4|Azaz|2019-06-12||killing 4 civilians|',
   'K|SYRCVL||1|Azaz|2019-06-12||one of them a child|u|sub-count of the 4',
   'W|SYRCVL||~20|Azaz|2019-06-12||injuring around 20 more|'], 4)

I('S04', '2019-07-23', 'note', '2019-07-22|Syria|air_drone_strike|Maarat Misrin|Idlib|Idlib',
  "22/07/2019: Warplanes believed to be Syrian struck a vegetable market in Maarat Misrin, north of Idlib city. Civil defence teams recovered the bodies of 11 people, including 2 women, and said 26 were wounded.",
  ['A|SYRCVL|||Maarat Misrin|2019-07-22||Warplanes believed to be Syrian struck a vegetable market in Maarat Misrin||"believed to be": no side stated',
   'K|SYRCVL||11|Maarat Misrin|2019-07-22||recovered the bodies of 11 people|',
   'K|SYRCVL||2|Maarat Misrin|2019-07-22||including 2 women|u|sub-count',
   'W|SYRCVL||26|Maarat Misrin|2019-07-22||said 26 were wounded|'], 11)

I('S05', '2019-08-12', 'note', '2019-08-11|Syria|gov_regains_territory|al-Hobeit|Idlib|',
  "On 11 August 2019, government troops backed by Russian air cover advanced into al-Hobeit in the southern Idlib countryside and seized it, the first Idlib town they had taken in the campaign. The Syrian Observatory said 14 rebels and jihadists and 8 soldiers died in the battle for the town.",
  ['C||SYRMIL||al-Hobeit|2019-08-11||advanced into al-Hobeit in the southern Idlib countryside and seized it|',
   'K|SYRREB||14|al-Hobeit|2019-08-11||14 rebels and jihadists and 8 soldiers died in the battle for the town|',
   'K|SYRMIL||8|al-Hobeit|2019-08-11||14 rebels and jihadists and 8 soldiers died in the battle for the town|',
   'A|SYRREB|SYRMIL||al-Hobeit|2019-08-11||the battle for the town|'], 22)

I('S06', '2019-10-15', 'note', '2019-10-14|Syria|shelling_artillery_missile|Jarablus|Aleppo|Jarablus',
  "On 14 October 2019, mortar rounds fired from SDF-held areas landed in Jarablus city, killing a man and wounding his two sons, local sources said. Turkish artillery later shelled SDF positions west of the Sajur river; no casualties were reported from the Turkish shelling.",
  ['A|SYRCVL|SYRREB||Jarablus|2019-10-14||mortar rounds fired from SDF-held areas landed in Jarablus city||fired from SDF-held areas: SDF',
   'K|SYRCVL|SYRREB|1|Jarablus|2019-10-14||killing a man|',
   'W|SYRCVL|SYRREB|2|Jarablus|2019-10-14||wounding his two sons|',
   'A|SYRREB|TURMIL||Sajur|2019-10-14||Turkish artillery later shelled SDF positions west of the Sajur river||no casualties reported'], 1)

I('S07', '2019-10-18', 'note', '2019-10-17|Syria|armed_clash|Tal Ward|Al-Hasakah|',
  "17 October 2019 - Clashes between Turkish-backed SNA factions and the SDF near the village of Tal Ward, west of Abu Rasin, left 6 SDF fighters and 2 SNA fighters dead, according to a monitoring network. Hundreds of residents fled the surrounding villages towards al-Hasakah.",
  ['A|SYRREB|SYRREB||Tal Ward|2019-10-17||Clashes between Turkish-backed SNA factions and the SDF near the village of Tal Ward||both sides SYRREB: one line',
   'K|SYRREB||8|Tal Ward|2019-10-17||left 6 SDF fighters and 2 SNA fighters dead||one line per code: SDF and SNA are both SYRREB (6+2)',
   'D|SYRCVL|||Tal Ward|2019-10-17||Hundreds of residents fled the surrounding villages||vague amount: no count'], 8)

I('S08', '2020-04-30', 'note', '2020-04-28|Syria|remote_explosive_ied|Afrin|Aleppo|Afrin',
  "On 28 April 2020, a fuel tanker rigged with explosives blew up in a crowded market street in Afrin city. By 29 April the toll stood at 42 dead, among them 6 SNA fighters, and 47 wounded, according to the Turkish Defence Ministry, which blamed the YPG.",
  ['A|SYRCVL|||Afrin|2020-04-28|TURGOV|a fuel tanker rigged with explosives blew up in a crowded market street in Afrin city||the ministry only blames the YPG: actor null',
   'K|SYRCVL||42|Afrin|2020-04-28|TURGOV|the toll stood at 42 dead||mixed people: the place\'s CVL; SNA fighters an unscored sub-count; updated toll dated to the blast',
   'K|SYRREB||6|Afrin|2020-04-28|TURGOV|among them 6 SNA fighters|u|sub-count of the 42',
   'W|SYRCVL||47|Afrin|2020-04-28|TURGOV|and 47 wounded|'], 42)

I('S09', '2019-12-21', 'note', '2019-12-20|Syria|air_drone_strike|Jarjanaz|Idlib|',
  "20/12/2019: Russian and regime aircraft pounded Jarjanaz and Tal Mannas in the southern Idlib countryside with dozens of raids and barrel bombs; 5 civilians were killed in Jarjanaz. Thousands of families fled north towards the Turkish border over the day.",
  ['A|SYRCVL|RUSMIL||Jarjanaz|2019-12-20||Russian and regime aircraft pounded Jarjanaz and Tal Mannas||first named: Russian',
   'A|SYRCVL|SYRMIL||Jarjanaz|2019-12-20||Russian and regime aircraft pounded Jarjanaz and Tal Mannas|u|second party of a joint strike',
   'K|SYRCVL||5|Jarjanaz|2019-12-20||5 civilians were killed in Jarjanaz|',
   'D|SYRCVL|||Jarjanaz|2019-12-20||Thousands of families fled north towards the Turkish border||vague amount'], 5)

I('S10', '2020-01-23', 'note', '2020-01-22|Syria|air_drone_strike|Darat Izza|Aleppo|Jebel Saman',
  "On 22 January 2020, airstrikes hit a residential quarter of Darat Izza in the western Aleppo countryside; 9 civilians were killed and more than 20 were injured, the White Helmets said. Activists attributed the raids to Russian jets.",
  ['A|SYRCVL|||Darat Izza|2020-01-22||airstrikes hit a residential quarter of Darat Izza||attribution by activists only; actor null',
   'K|SYRCVL||9|Darat Izza|2020-01-22||9 civilians were killed|',
   'W|SYRCVL||>20|Darat Izza|2020-01-22||more than 20 were injured|'], 9)

I('S11', '2019-08-22', 'note', '2019-08-21|Syria|gov_regains_territory|Khan Shaykhun|Idlib|',
  "21 August 2019 - Syrian army units entered the town of Khan Shaykhun after opposition fighters withdrew, and state media announced that the army had also retaken the villages of al-Tamanah and Tal Aas in the surrounding countryside.",
  ['C||SYRMIL||Khan Shaykhun|2019-08-21||Syrian army units entered the town of Khan Shaykhun|',
   'C||SYRMIL||al-Tamanah|2019-08-21|SYRGOV|retaken the villages of al-Tamanah and Tal Aas|',
   'C||SYRMIL||Tal Aas|2019-08-21|SYRGOV|Tal Aas in the surrounding countryside|'], 0)

I('S12', '2020-02-04', 'note', '2020-02-03|Syria|armed_clash|Tal Kalbah|Idlib|Idlib',
  "On 3 February 2020, HTS and Turkistan Islamic Party fighters attacked regime positions at Tal Kalbah near Saraqib; the Syrian Observatory counted 11 regime soldiers and 7 jihadists killed in the fighting, and said a regime tank was destroyed with an anti-tank missile.",
  ['A|SYRMIL|SYRREB||Tal Kalbah|2020-02-03||attacked regime positions at Tal Kalbah near Saraqib|',
   'K|SYRMIL||11|Tal Kalbah|2020-02-03||11 regime soldiers and 7 jihadists killed|',
   'K|SYRREB||7|Tal Kalbah|2020-02-03||11 regime soldiers and 7 jihadists killed|',
   'E|SYRMIL|SYRREB||Tal Kalbah|2020-02-03||a regime tank was destroyed with an anti-tank missile|eq=TANK|singular equipment: no count'], 18)

I('S13', '2020-02-17', 'note', '2020-02-16|Syria|gov_regains_territory|Kafr Halab|Aleppo|Jebel Saman',
  "On Sunday, regime forces took Kafr Halab, Kafr Naha and Urum al-Kubra in the western Aleppo countryside and secured the area around the Aleppo-Gaziantep road; thousands of residents of Darat Izza and al-Atarib fled their homes, local networks reported.",
  ['C||SYRMIL||Kafr Halab|Sunday||regime forces took Kafr Halab|',
   'C||SYRMIL||Kafr Naha|Sunday||Kafr Naha|',
   'C||SYRMIL||Urum al-Kubra|Sunday||Urum al-Kubra in the western Aleppo countryside|',
   'D|SYRCVL|||Darat Izza|Sunday||thousands of residents of Darat Izza and al-Atarib fled their homes||vague amount; first named place'], 0)

I('S14', '2020-02-26', 'note', '2020-02-25|Syria|air_drone_strike|Maarat Misrin|Idlib|Idlib',
  "25 February 2020: Air raids struck a school used as a shelter for displaced families in Maarat Misrin and a second school in Idlib city. Nine displaced people, including 4 children, died in the Maarat Misrin school; 2 teachers were killed in Idlib.",
  ['A|SYRREF|||Maarat Misrin|2020-02-25||Air raids struck a school used as a shelter for displaced families in Maarat Misrin|',
   'K|SYRREF||9|Maarat Misrin|2020-02-25||Nine displaced people, including 4 children, died||displaced people in a shelter: REF',
   'K|SYRREF||4|Maarat Misrin|2020-02-25||including 4 children|u|sub-count',
   'K|SYRCVL||2|Idlib|2020-02-25||2 teachers were killed in Idlib|'], 11)

I('S15', '2020-03-03', 'note', '2020-03-01|Syria|air_drone_strike|Saraqib|Idlib|Idlib',
  "On 1 March 2020, Turkish drones struck regime and allied positions around Saraqib and Hazano; the Turkish Defence Ministry said 2 regime Su-24 jets were shot down and 8 tanks destroyed, while pro-government sources acknowledged the loss of the jets and said both pilots ejected.",
  ['A|SYRMIL|TURMIL||Saraqib|2020-03-01||Turkish drones struck regime and allied positions around Saraqib and Hazano|',
   'E|SYRMIL|TURMIL|2||2020-03-01|TURGOV|2 regime Su-24 jets were shot down|eq=AIRCRAFT|no place for the jets',
   'E|SYRMIL|TURMIL|8||2020-03-01|TURGOV|8 tanks destroyed|eq=TANK'], 0)

I('S16', '2020-03-06', 'note', '2020-03-05|Syria|armed_clash|Saraqib|Idlib|Idlib',
  "On 5 March 2020, hours before a ceasefire took effect, fighting between regime forces and opposition factions on the outskirts of Saraqib killed 15 regime fighters and 6 opposition fighters, while a Russian airstrike on Maarat Misrin killed 16 civilians sheltering near a poultry farm.",
  ['A|SYRREB|SYRMIL||Saraqib|2020-03-05||fighting between regime forces and opposition factions on the outskirts of Saraqib|',
   'A|SYRMIL|SYRREB||Saraqib|2020-03-05||fighting between regime forces and opposition factions on the outskirts of Saraqib|u|second side of a symmetric clash',
   'K|SYRMIL||15|Saraqib|2020-03-05||killed 15 regime fighters and 6 opposition fighters|',
   'K|SYRREB||6|Saraqib|2020-03-05||killed 15 regime fighters and 6 opposition fighters|',
   'A|SYRCVL|RUSMIL||Maarat Misrin|2020-03-05||a Russian airstrike on Maarat Misrin|',
   'K|SYRCVL|RUSMIL|16|Maarat Misrin|2020-03-05||killed 16 civilians sheltering near a poultry farm|'], 37)

I('S17', '2020-04-17', 'note', '2020-04-16|Syria|attack|Jasim|Daraa|Izra',
  "16/04/2020 - Unknown gunmen on a motorcycle shot dead a former opposition commander who had joined the regime's Military Security branch in the town of Jasim, northern Daraa countryside.",
  ['K|SYRMIL||1|Jasim|2020-04-16||shot dead a former opposition commander who had joined the regime\'s Military Security branch||Military Security: SYRMIL'], 1)

I('S18', '2020-05-28', 'note', '2020-05-27|Syria|attack|Tafas|Daraa|Daraa',
  "On 27 May 2020, three members of the regime's Air Force Intelligence were killed when gunmen attacked their checkpoint on the edge of Tafas in western Daraa, a month after regime forces raided the town; state media blamed terrorist groups.",
  ['A|SYRMIL|||Tafas|2020-05-27||gunmen attacked their checkpoint on the edge of Tafas||gunmen given to no side in the text (state media blames terrorists)',
   'K|SYRMIL||3|Tafas|2020-05-27||three members of the regime\'s Air Force Intelligence were killed|',
   'A|SYRCVL|SYRMIL||Tafas|||a month after regime forces raided the town|u|background, no exact day'], 3)

I('S19', '2020-05-20', 'note', '2020-05-19|Syria|remote_explosive_ied|al-Sukhnah|Homs|Tadmur',
  "19 May 2020: A military bus carrying members of the 5th Corps struck a landmine on the road between al-Sukhnah and Deir ez-Zor; 4 members died and 7 were wounded. IS cells are active in the area.",
  ['A|SYRMIL|||al-Sukhnah|2020-05-19||struck a landmine on the road between al-Sukhnah and Deir ez-Zor|',
   'K|SYRMIL||4|al-Sukhnah|2020-05-19||4 members died||5th Corps: SYRMIL',
   'W|SYRMIL||7|al-Sukhnah|2020-05-19||7 were wounded|',
   'E|SYRMIL|||al-Sukhnah|2020-05-19||A military bus carrying members of the 5th Corps struck a landmine|eq=VEHICLE u|a troop bus: unscored'], 4)

I('S20', '2020-06-09', 'note', '2020-06-08|Syria|air_drone_strike|Abu Kamal|Deir ez-Zor|Abu Kamal',
  "On the night of 8 June 2020, unidentified aircraft struck positions of Iranian-backed militias near Abu Kamal, killing 12 fighters, most of them foreigners, according to the Observatory.",
  ['A|IRNMIL|||Abu Kamal|2020-06-08||unidentified aircraft struck positions of Iranian-backed militias near Abu Kamal|',
   'K|IRNMIL||12|Abu Kamal|2020-06-08||killing 12 fighters, most of them foreigners||Iranian-backed militias, mostly foreign: IRNMIL (SYRREB defensible)'], 12)

I('S21', '2020-07-14', 'note', '2020-07-13|Syria|attack|Theyban|Deir ez-Zor|al-Mayadin',
  "On 13 July 2020, gunmen killed a tribal elder and his nephew in Theyban, eastern Deir ez-Zor, in an area held by the SDF; residents protested the next day, demanding the SDF find the killers.",
  ['K|SYRCVL||2|Theyban|2020-07-13||gunmen killed a tribal elder and his nephew in Theyban||one line: the elder and his nephew (SYRCVL)'], 2)

I('S22', '2020-08-19', 'note', '2020-08-18|Syria|armed_clash|al-Shuhayl|Deir ez-Zor|al-Busayrah',
  "18 August 2020 - Members of the Ugaydat tribe and SDF fighters exchanged fire in al-Shuhayl after the killing of a tribal sheikh; one SDF member was killed and 3 tribesmen were wounded.",
  ['A|SYRREB|SYRREB||al-Shuhayl|2020-08-18||Members of the Ugaydat tribe and SDF fighters exchanged fire in al-Shuhayl||tribesmen and SDF both SYRREB: one line',
   'K|SYRREB||1|al-Shuhayl|2020-08-18||one SDF member was killed|',
   'W|SYRREB||3|al-Shuhayl|2020-08-18||3 tribesmen were wounded|',
   'K|SYRCVL||1||||after the killing of a tribal sheikh|u|background, no day'], 1)

I('S23', '2020-09-01', 'note', '2020-08-31|Syria|attack|Kabani|Latakia|al-Haffah',
  "31 August 2020 - Regime shelling of the Kabani hills in the Jabal al-Akrad area of Latakia continued for a third day. Separately, a regime soldier was killed by an HTS sniper on the same front.",
  ['A|SYRREB|SYRMIL||Kabani|2020-08-31||Regime shelling of the Kabani hills|',
   'K|SYRMIL|SYRREB|1|Kabani|2020-08-31||a regime soldier was killed by an HTS sniper on the same front|'], 1)

I('S24', '2020-10-21', 'note', '2020-10-20|Syria|protest_or_statement|Dael|Daraa|Daraa',
  "20/10/2020: Dozens of residents of Dael held a sit-in outside the town's municipal building to demand the release of detainees held by the regime's intelligence branches; the protest ended peacefully.",
  [], 0, noevent=True)

I('S25', '2020-12-31', 'note', '2020-12-30|Syria|attack|al-Shula|Deir ez-Zor|Deir ez-Zor',
  "On 30 December 2020, IS fighters ambushed a bus carrying soldiers of the 4th Division near al-Shula on the Deir ez-Zor-Palmyra road. State news agency SANA said 25 people were killed and 13 injured; the Observatory put the toll at 37 soldiers.",
  ['A|SYRMIL|SYRREB||al-Shula|2020-12-30||IS fighters ambushed a bus carrying soldiers of the 4th Division near al-Shula|',
   'K|SYRMIL|SYRREB|25|al-Shula|2020-12-30|SYRGOV|SANA said 25 people were killed||the bus carried soldiers; SANA\'s figure stated first',
   'W|SYRMIL|SYRREB|13|al-Shula|2020-12-30|SYRGOV|13 injured|',
   'K|SYRMIL|SYRREB|37|al-Shula|2020-12-30||the Observatory put the toll at 37 soldiers|u|competing figure'], 25)
