# b1: 25 Syrian monitor notes, 2019-2020 (1 with no event)
from lib import *

I('syr-kansafra', 'note', '2019-05-15', '2019-05-14', 'Syria', 'shelling_artillery_missile', 'Kansafra', 'Idlib', '', 3,
  "On 14 May 2019, regime artillery shelled Kansafra in the southern countryside of Idlib, killing three civilians, among them a girl, and wounding seven others.",
  A('SYRMIL', 'SYRCVL', None, 'regime artillery shelled Kansafra', 'Kansafra', '2019-05-14'),
  K('SYRCVL', 3, 'killing three civilians', 'Kansafra', '2019-05-14', a='SYRMIL'),
  K('SYRCVL', 1, 'among them a girl', 'Kansafra', '2019-05-14', a='SYRMIL', s=False, note='sub-count of the three'),
  W('SYRCVL', 7, 'wounding seven others', 'Kansafra', '2019-05-14', a='SYRMIL'))

I('syr-maarat-market', 'note', '2019-07-23', '2019-07-22', 'Syria', 'air_drone_strike', 'Maarat al-Numan', 'Idlib', 'Maarat al-Numan', 31,
  "Maarat al-Numan | 22.07.2019 | Russian jets struck the vegetable market of the city shortly before noon. Local rescuers counted 31 dead, 6 of them children, and more than 60 wounded; a second strike hit the same street as rescuers arrived.",
  A('RUSMIL', 'SYRCVL', None, 'Russian jets struck the vegetable market of the city', 'Maarat al-Numan', '2019-07-22'),
  A('RUSMIL', 'SYRCVL', None, 'a second strike hit the same street as rescuers arrived', 'Maarat al-Numan', '2019-07-22', s=False, note='second act of the same attack'),
  K('SYRCVL', 31, 'Local rescuers counted 31 dead', 'Maarat al-Numan', '2019-07-22', a='RUSMIL'),
  K('SYRCVL', 6, '6 of them children', 'Maarat al-Numan', '2019-07-22', a='RUSMIL', s=False, note='sub-count'),
  W('SYRCVL', '>=60', 'more than 60 wounded', 'Maarat al-Numan', '2019-07-22', a='RUSMIL'))

I('syr-afrin-carbomb', 'note', '2019-11-03', '2019-11-02', 'Syria', 'remote_explosive_ied', 'Afrin', 'Aleppo', 'Afrin', 8,
  "Afrin city, 2 Nov 2019: a car bomb went off near the Kawa roundabout at midday, killing 8 people - five civilians and three fighters of the Turkish-backed factions - and wounding 20 others. No group claimed the blast.",
  A(None, 'SYRCVL', None, 'a car bomb went off near the Kawa roundabout', 'Afrin', '2019-11-02'),
  K('SYRCVL', 8, 'killing 8 people', 'Afrin', '2019-11-02', s=False, note='total fully split into two groups'),
  K('SYRCVL', 5, 'five civilians', 'Afrin', '2019-11-02'),
  K('SYRREB', 3, 'three fighters of the Turkish-backed factions', 'Afrin', '2019-11-02'),
  W('SYRCVL', 20, 'wounding 20 others', 'Afrin', '2019-11-02', note='mixed people: CVL'))

I('syr-sukhnah-bus', 'note', '2020-04-10', '2020-04-09', 'Syria', 'attack', 'al-Sukhnah', 'Homs', 'Tadmur', 13,
  "On 9 April 2020, an IS cell ambushed a bus carrying regime soldiers on the road between al-Sukhnah and Deir ez-Zor, killing 11 of them. The bodies of two more soldiers who had fled into the desert were found the next morning.",
  A('SYRREB', 'SYRMIL', None, 'an IS cell ambushed a bus carrying regime soldiers', 'al-Sukhnah', '2020-04-09'),
  K('SYRMIL', 11, 'killing 11 of them', 'al-Sukhnah', '2020-04-09', a='SYRREB'),
  K('SYRMIL', 2, 'The bodies of two more soldiers', 'al-Sukhnah', '2020-04-10', a='SYRREB', note='found the next morning: dated to the finding'),
  E('SYRMIL', 'VEHICLE', None, 'ambushed a bus carrying regime soldiers', 'al-Sukhnah', '2020-04-09', s=False, note='a bus carrying troops: not clearly military equipment'))

I('syr-daraa-balad-5th', 'note', '2020-03-18', '2020-03-17', 'Syria', 'attack', 'Daraa al-Balad', 'Daraa', 'Daraa', 1,
  "Daraa al-Balad, 17/03/2020 - Unknown gunmen shot dead a former rebel commander who had joined the 5th Corps after the 2018 settlement, as he left evening prayers. He is the third settlement figure killed in the neighbourhood this month.",
  K('SYRMIL', 1, 'shot dead a former rebel commander who had joined the 5th Corps', 'Daraa al-Balad', '2020-03-17', note='5th Corps member: SYRMIL'),
  K('SYRMIL', 3, 'He is the third settlement figure killed in the neighbourhood this month', 'Daraa al-Balad', '2020-03-18', cum=True, s=False, note='monthly tally including this killing; vague code'))

I('syr-tal-tamr', 'note', '2019-10-26', '2019-10-25', 'Syria', 'armed_clash', 'Umm Shuaifa', 'Hasakah', 'Hasakah', 11,
  "On 25 October 2019, Turkish-backed factions and SDF fighters clashed around Umm Shuaifa, west of Tal Tamr, despite the truce. Six faction fighters and four SDF members were killed, and a civilian was killed by shrapnel in Tal Tamr itself.",
  A('SYRREB', 'SYRREB', None, 'Turkish-backed factions and SDF fighters clashed around Umm Shuaifa', 'Umm Shuaifa', '2019-10-25', note='both sides SYRREB: one line'),
  K('SYRREB', 10, 'Six faction fighters and four SDF members were killed', 'Umm Shuaifa', '2019-10-25', note='one code, one phrase: 6 + 4'),
  K('SYRCVL', 1, 'a civilian was killed by shrapnel in Tal Tamr', 'Tal Tamr', '2019-10-25'))

I('syr-kiswah', 'note', '2019-11-21', '2019-11-20', 'Syria', 'air_drone_strike', 'al-Kiswah', 'Rif Dimashq', '', 13,
  "Damascus countryside, 20 Nov 2019 - Israeli missiles struck positions near al-Kiswah before dawn, the state news agency said, adding that air defences intercepted most of them. A war monitor said the strikes killed 11 members of Iran-backed militias and two Syrian soldiers.",
  A('ISRMIL', 'IRNMIL', None, 'Israeli missiles struck positions near al-Kiswah', 'al-Kiswah', '2019-11-20', cb='SYRGOV'),
  K('IRNMIL', 11, '11 members of Iran-backed militias', 'al-Kiswah', '2019-11-20', a='ISRMIL', note='Iran-backed militias in Syria: IRNMIL'),
  K('SYRMIL', 2, 'two Syrian soldiers', 'al-Kiswah', '2019-11-20', a='ISRMIL'))

I('syr-maar-shurin', 'note', '2020-01-25', '2020-01-24', 'Syria', 'gov_regains_territory', 'Maar Shurin', 'Idlib', 'Maarat al-Numan', 23,
  "On 24 January 2020, regime forces took control of the villages of Maar Shurin and Babila, east of Maarat al-Numan, after a day of fighting with HTS. A war monitor counted 14 regime soldiers and 9 HTS fighters killed.",
  C('SYRMIL', 'regime forces took control of the villages of Maar Shurin and Babila', 'Maar Shurin', '2020-01-24'),
  C('SYRMIL', 'regime forces took control of the villages of Maar Shurin and Babila', 'Babila', '2020-01-24', note='second named village'),
  A('SYRMIL', 'SYRREB', None, 'after a day of fighting with HTS', 'Maar Shurin', '2020-01-24'),
  A('SYRREB', 'SYRMIL', None, 'after a day of fighting with HTS', 'Maar Shurin', '2020-01-24', s=False, note='other side of the fighting'),
  K('SYRMIL', 14, '14 regime soldiers', 'Maar Shurin', '2020-01-24', a='SYRREB'),
  K('SYRREB', 9, '9 HTS fighters killed', 'Maar Shurin', '2020-01-24', a='SYRMIL'))

I('syr-maadan-mine', 'note', '2020-03-04', '2020-03-03', 'Syria', 'remote_explosive_ied', 'Maadan', 'Raqqa', 'Raqqa', 1,
  "Raqqa eastern countryside, 3 March 2020: a truffle hunter was killed and two of his companions were wounded when a landmine left over from IS rule exploded near Maadan.",
  K('SYRCVL', 1, 'a truffle hunter was killed', 'Maadan', '2020-03-03', note='landmine left from earlier fighting: no ATTACK'),
  W('SYRCVL', 2, 'two of his companions were wounded', 'Maadan', '2020-03-03'))

I('syr-hilinje-drone', 'note', '2020-06-24', '2020-06-23', 'Syria', 'air_drone_strike', 'Hilinje', 'Aleppo', 'Ain al-Arab', 3,
  "On the night of 23 June 2020, a Turkish drone strike hit a house in the village of Hilinje near Kobani, killing three women, one of them a member of the local women's council, and wounding a child.",
  A('TURMIL', 'SYRCVL', None, 'a Turkish drone strike hit a house in the village of Hilinje', 'Hilinje', '2020-06-23'),
  K('SYRCVL', 3, 'killing three women', 'Hilinje', '2020-06-23', a='TURMIL'),
  K('SYRCVL', 1, "one of them a member of the local women's council", 'Hilinje', '2020-06-23', a='TURMIL', s=False, note='sub-count'),
  W('SYRCVL', 1, 'wounding a child', 'Hilinje', '2020-06-23', a='TURMIL'))

I('syr-daraa-sitin', 'note', '2020-06-06', '2020-06-05', 'Syria', 'protest_or_statement', 'Daraa al-Mahatta', 'Daraa', 'Daraa', 0,
  "Daraa al-Mahatta, 5 June 2020 - Several dozen relatives of detainees held a sit-in outside the governorate building, asking for news of sons arrested since 2018, among them a teacher whose family learnt last year that he had died in custody. The gathering ended peacefully after two hours.",
  K('SYRCVL', 1, 'a teacher whose family learnt last year that he had died in custody', 'Daraa al-Mahatta', None, s=False, note='background death'))

I('syr-latamneh-barrels', 'note', '2019-06-13', '2019-06-12', 'Syria', 'air_drone_strike', 'al-Latamneh', 'Hama', 'Muhradah', 3,
  "12/06/2019 - Regime helicopters dropped 14 barrel bombs on al-Latamneh and nearby Lahaya, north of Hama. A woman and her two sons were killed in al-Latamneh; no casualties were reported in Lahaya.",
  A('SYRMIL', 'SYRCVL', 14, 'Regime helicopters dropped 14 barrel bombs on al-Latamneh and nearby Lahaya', 'al-Latamneh', '2019-06-12'),
  K('SYRCVL', 3, 'A woman and her two sons were killed in al-Latamneh', 'al-Latamneh', '2019-06-12', a='SYRMIL', note='one code, one phrase: 1 + 2'))

I('syr-darat-izza', 'note', '2019-01-03', '2019-01-02', 'Syria', 'nonstate_takes_territory', 'Darat Izza', 'Aleppo', 'Jabal Saman', 13,
  "2 January 2019: HTS fighters stormed Darat Izza in the western countryside of Aleppo and took control of the town after clashes with Nour al-Din al-Zenki, which killed 7 HTS members, 5 Zenki fighters and a woman from the town.",
  C('SYRREB', 'took control of the town', 'Darat Izza', '2019-01-02'),
  A('SYRREB', 'SYRREB', None, 'HTS fighters stormed Darat Izza', 'Darat Izza', '2019-01-02', note='both sides SYRREB: one line'),
  K('SYRREB', 12, 'killed 7 HTS members, 5 Zenki fighters', 'Darat Izza', '2019-01-02', note='one code, one phrase: 7 + 5'),
  K('SYRCVL', 1, 'a woman from the town', 'Darat Izza', '2019-01-02'))

I('syr-atarib-flight', 'note', '2020-02-17', '2020-02-16', 'Syria', 'shelling_artillery_missile', 'Atarib', 'Aleppo', 'Jabal Saman', 1,
  "Atarib, 16 Feb 2020: intense regime shelling on Atarib and its surroundings went on all day; a boy was killed near the old market. The local council said some 12,000 residents had left the town in the past two days, most heading north towards the border camps.",
  A('SYRMIL', 'SYRCVL', None, 'intense regime shelling on Atarib', 'Atarib', '2020-02-16'),
  K('SYRCVL', 1, 'a boy was killed near the old market', 'Atarib', '2020-02-16', a='SYRMIL'),
  D('SYRCVL', '~12000', 'some 12,000 residents had left the town in the past two days', 'Atarib', '2020-02-17', cum=True, note='tally over two days'))

I('syr-busayrah-raid', 'note', '2019-09-09', '2019-09-08', 'Syria', 'armed_clash', 'al-Busayrah', 'Deir ez-Zor', 'al-Mayadin', 2,
  "On 8 September 2019, SDF fighters backed by coalition helicopters raided a house in al-Busayrah, east of Deir ez-Zor. Two IS members were killed in the exchange of fire and a third was detained.",
  A('SYRREB', 'SYRREB', None, 'SDF fighters backed by coalition helicopters raided a house in al-Busayrah', 'al-Busayrah', '2019-09-08', note='both SYRREB'),
  K('SYRREB', 2, 'Two IS members were killed in the exchange of fire', 'al-Busayrah', '2019-09-08', a='SYRREB'))

I('syr-thiban-council', 'note', '2019-12-02', '2019-12-01', 'Syria', 'attack', 'Thiban', 'Deir ez-Zor', 'al-Mayadin', 1,
  "Gunmen on a motorcycle shot dead an employee of the local council in Thiban, in the eastern countryside of Deir ez-Zor, on 1 December 2019. IS later claimed the killing in its weekly newsletter.",
  K('SYRCVL', 1, 'shot dead an employee of the local council in Thiban', 'Thiban', '2019-12-01', a='SYRREB', cb='SYRREB', note='council employee: CVL; IS claimed it'))

I('syr-ras-al-ain', 'note', '2019-10-21', '2019-10-20', 'Syria', 'nonstate_takes_territory', 'Ras al-Ain', 'Hasakah', 'Ras al-Ain', 0,
  "Ras al-Ain, 20 Oct 2019 - The last SDF fighters pulled out of Ras al-Ain under the US-brokered pause, and Turkish-backed factions entered the town in the afternoon. Most residents had fled in the first days of the Turkish offensive.",
  C('SYRREB', 'Turkish-backed factions entered the town', 'Ras al-Ain', '2019-10-20'),
  D('SYRCVL', None, 'Most residents had fled in the first days of the Turkish offensive', 'Ras al-Ain', None, s=False, note='background, vague'),
  O('TURMIL', 'the Turkish offensive', 'Ras al-Ain', None, s=False, note='background'))

I('syr-muzayrib-police', 'note', '2020-05-05', '2020-05-04', 'Syria', 'attack', 'al-Muzayrib', 'Daraa', 'Daraa', 9,
  "On 4 May 2020, gunmen attacked the police station in al-Muzayrib, western Daraa, and killed nine policemen; their bodies were left in the town square.",
  A(None, 'SYRMIL', None, 'gunmen attacked the police station in al-Muzayrib', 'al-Muzayrib', '2020-05-04'),
  K('SYRMIL', 9, 'killed nine policemen', 'al-Muzayrib', '2020-05-04', note='police: MIL'))

I('syr-al-bara-fire', 'note', '2020-03-07', '2020-03-06', 'Syria', 'armed_clash', 'al-Bara', 'Idlib', 'Ariha', 2,
  "Late on 6 March 2020, hours after the ceasefire agreed in Moscow took effect, regime forces and HTS exchanged fire on the al-Bara front. Two HTS fighters were killed.",
  A('SYRMIL', 'SYRREB', None, 'regime forces and HTS exchanged fire on the al-Bara front', 'al-Bara', '2020-03-06'),
  A('SYRREB', 'SYRMIL', None, 'regime forces and HTS exchanged fire on the al-Bara front', 'al-Bara', '2020-03-06', s=False, note='other side'),
  K('SYRREB', 2, 'Two HTS fighters were killed', 'al-Bara', '2020-03-06'))

I('syr-jamiliyeh-rockets', 'note', '2019-11-15', '2019-11-14', 'Syria', 'shelling_artillery_missile', 'Aleppo', 'Aleppo', 'Jabal Saman', 2,
  "Aleppo, 14 November 2019: rocket fire from opposition-held areas hit the al-Jamiliyeh neighbourhood of Aleppo, killing a man and his daughter and wounding 9 people, the state news agency reported.",
  A('SYRREB', 'SYRCVL', None, 'rocket fire from opposition-held areas hit the al-Jamiliyeh neighbourhood of Aleppo', 'Aleppo', '2019-11-14', cb='SYRGOV'),
  K('SYRCVL', 2, 'killing a man and his daughter', 'Aleppo', '2019-11-14', a='SYRREB', cb='SYRGOV', note='one code: 1 + 1'),
  W('SYRCVL', 9, 'wounding 9 people', 'Aleppo', '2019-11-14', a='SYRREB', cb='SYRGOV'))

I('syr-kabana-sniper', 'note', '2019-08-12', '2019-08-11', 'Syria', 'attack', 'Kabana', 'Latakia', 'al-Haffah', 1,
  "Kabana hills (Latakia countryside), 11 Aug 2019: a regime soldier was killed by sniper fire from HTS positions, pro-government pages announced.",
  A('SYRREB', 'SYRMIL', None, 'sniper fire from HTS positions', 'Kabana', '2019-08-11'),
  K('SYRMIL', 1, 'a regime soldier was killed', 'Kabana', '2019-08-11', a='SYRREB'))

I('syr-qah-camp', 'note', '2019-11-21', '2019-11-20', 'Syria', 'shelling_artillery_missile', 'Qah', 'Idlib', 'Harim', 13,
  "On the evening of 20 November 2019, a missile fired from regime-held areas struck the Qah camp for displaced people near Atmeh, killing 13 people, among them 5 children, and wounding about 40. Tents burned for hours.",
  A('SYRMIL', 'SYRREF', None, 'a missile fired from regime-held areas struck the Qah camp', 'Qah', '2019-11-20'),
  K('SYRREF', 13, 'killing 13 people', 'Qah', '2019-11-20', a='SYRMIL', note='camp residents: REF'),
  K('SYRREF', 5, 'among them 5 children', 'Qah', '2019-11-20', a='SYRMIL', s=False, note='sub-count'),
  W('SYRREF', '~40', 'wounding about 40', 'Qah', '2019-11-20', a='SYRMIL'))

I('syr-shuhayl-ied', 'note', '2020-07-12', '2020-07-11', 'Syria', 'remote_explosive_ied', 'al-Shuhayl', 'Deir ez-Zor', 'al-Mayadin', 0,
  "On 11 July 2020, an explosive device planted in a motorcycle went off in the market of al-Shuhayl, wounding five civilians and an SDF member.",
  A(None, 'SYRCVL', None, 'an explosive device planted in a motorcycle went off in the market of al-Shuhayl', 'al-Shuhayl', '2020-07-11'),
  W('SYRCVL', 5, 'wounding five civilians', 'al-Shuhayl', '2020-07-11'),
  W('SYRREB', 1, 'an SDF member', 'al-Shuhayl', '2020-07-11'))

I('syr-jassim-bodies', 'note', '2020-09-10', '2020-09-09', 'Syria', 'other_violence', 'Jassim', 'Daraa', 'Izra', 2,
  "Jassim, 9 Sept 2020: residents found the bodies of two men with gunshot wounds on the edge of the town in the morning. Relatives said both had been abducted by unknown men a week earlier.",
  K('SYRCVL', 2, 'residents found the bodies of two men with gunshot wounds', 'Jassim', '2020-09-09', note='dated to the finding'))

I('syr-sarmin-toll', 'note', '2020-01-01', '2019-12-31', 'Syria', 'air_drone_strike', 'Sarmin', 'Idlib', 'Idlib', 9,
  "31 Dec 2019, Sarmin: Russian warplanes carried out at least 18 strikes on Sarmin, one of them on a school housing displaced families. Civil defence teams first reported 5 dead; by evening the toll had risen to 9, including a volunteer rescuer.",
  A('RUSMIL', 'SYRCVL', '>=18', 'Russian warplanes carried out at least 18 strikes on Sarmin', 'Sarmin', '2019-12-31'),
  K('SYRCVL', 5, 'Civil defence teams first reported 5 dead', 'Sarmin', '2019-12-31', a='RUSMIL', s=False, note='superseded toll'),
  K('SYRCVL', 9, 'the toll had risen to 9', 'Sarmin', '2019-12-31', a='RUSMIL', note='updated toll of one attack: not cumulative'),
  K('SYRCVL', 1, 'including a volunteer rescuer', 'Sarmin', '2019-12-31', a='RUSMIL', s=False, note='sub-count'))
