# b1: 25 Syrian monitor notes, 2019-2020
I('syr-maadan-mine', 'note', '2019-03-15', '2019-03-14', 'Syria', 'remote_explosive_ied', 'Maadan', 'Raqqa', 'Raqqa', 1,
  "On 14 March 2019, a shepherd was killed and his nephew was wounded when a landmine left behind by IS exploded as they grazed sheep near Maadan, in Raqqa's eastern countryside.",
  K('SYRCVL', 1, 'a shepherd was killed', note='landmine left over from IS: no ATTACK line'),
  W('SYRCVL', 1, 'his nephew was wounded'))

I('syr-kafranbel-strike', 'note', '2019-05-13', '2019-05-12', 'Syria', 'air_drone_strike', 'Kafranbel', 'Idlib', 'Maarrat al-Nu\'man', 9,
  "12/05/2019 - Russian warplanes carried out at least 14 air strikes on Kafranbel and the surrounding villages in the southern countryside of Idlib. Nine civilians, among them four children, were killed and 17 others were wounded; a civil defence centre in the town was put out of service.",
  A('RUSMIL', 'Russian warplanes carried out at least 14 air strikes on Kafranbel', n=14, q='AT_LEAST', victim='SYRCVL'),
  K('SYRCVL', 9, 'Nine civilians, among them four children, were killed', actor='RUSMIL'),
  K('SYRCVL', 4, 'among them four children', actor='RUSMIL', s=False, note='sub-count of the nine'),
  W('SYRCVL', 17, '17 others were wounded', actor='RUSMIL'))

I('syr-busra-harir-ambush', 'note', '2019-06-03', '2019-06-02', 'Syria', 'attack', 'Busra al-Harir', 'Daraa', 'Izra', 3,
  "Daraa, 2 June 2019: Unidentified gunmen ambushed a car carrying members of the regime's Air Force Intelligence on the road between Busra al-Harir and Maliha al-Atash, killing three of them. The attackers fled towards the Lajat area.",
  A(None, "Unidentified gunmen ambushed a car carrying members of the regime's Air Force Intelligence", victim='SYRMIL'),
  K('SYRMIL', 3, 'killing three of them'))

I('syr-tal-tamr-shelling', 'note', '2019-11-05', 'Mon', 'Syria', 'shelling_artillery_missile', 'Tal Tamr', 'Hasakah', 'Hasakah', 2,
  "Turkish artillery and allied factions shelled villages on the outskirts of Tal Tamr on Monday evening. A woman and her daughter were killed in Um al-Kaif and a man was injured in a second village; SDF fighters responded with mortar fire on faction positions.",
  A('TURMIL', 'Turkish artillery and allied factions shelled villages on the outskirts of Tal Tamr', victim='SYRCVL'),
  K('SYRCVL', 2, 'A woman and her daughter were killed in Um al-Kaif', actor='TURMIL', loc='Um al-Kaif'),
  W('SYRCVL', 1, 'a man was injured in a second village', actor='TURMIL'),
  A('SYRREB', 'SDF fighters responded with mortar fire on faction positions', victim='SYRREB', s=False, note='response inside the same exchange'))

I('syr-jasim-assassination', 'note', '2019-08-21', '2019-08-20', 'Syria', 'attack', 'Jasim', 'Daraa', 'Izra', 1,
  "2019-08-20, evening: a former opposition commander who had joined the 'reconciliation' was shot dead by gunmen on a motorbike in front of his house in the city of Jasim, north of Daraa. No side claimed responsibility.",
  K('SYRREB', 1, "a former opposition commander who had joined the 'reconciliation' was shot dead", note='former opposition commander: SYRREB (SYRCVL defensible)'))

I('syr-hajin-is-cell', 'note', '2019-04-10', '2019-04-09', 'Syria', 'attack', 'Hajin', 'Deir ez-Zor', 'Abu Kamal', 3,
  "9 April 2019: An IS cell attacked an SDF checkpoint at the entrance of Hajin in the eastern countryside of Deir ez-Zor. Three SDF members were killed and two were wounded. The cell also set fire to a pick-up belonging to the checkpoint before withdrawing.",
  A('SYRREB', 'An IS cell attacked an SDF checkpoint at the entrance of Hajin', victim='SYRREB'),
  K('SYRREB', 3, 'Three SDF members were killed', actor='SYRREB'),
  W('SYRREB', 2, 'two were wounded', actor='SYRREB'),
  E('SYRREB', 'VEHICLE', 'set fire to a pick-up belonging to the checkpoint', actor='SYRREB'))

I('syr-khan-sheikhoun-capture', 'note', '2019-08-21', '2019-08-20', 'Syria', 'gov_regains_territory', 'Khan Sheikhoun', 'Idlib', 'Maarrat al-Nu\'man', 0,
  "On 20 August 2019, regime forces and allied militias took full control of Khan Sheikhoun after HTS and the NFL withdrew from the town overnight. The advance left the Turkish observation post in Morek surrounded. Thousands of residents of the villages north of the town fled towards the Turkish border.",
  C('SYRMIL', 'regime forces and allied militias took full control of Khan Sheikhoun', victim='SYRREB'),
  D('SYRCVL', None, 'Thousands of residents of the villages north of the town fled towards the Turkish border', loc='-', note='vague amount in a discrete incident: scored without a count'))

I('syr-ariha-barrels', 'note', '2020-01-16', '2020-01-15', 'Syria', 'air_drone_strike', 'Ariha', 'Idlib', 'Ariha', 6,
  "15 January 2020: Regime helicopters dropped six barrel bombs on Ariha and the nearby village of Mhambel. Six people were killed in Ariha, including a paramedic, and around 20 were wounded. A car repair shop and two houses were destroyed.",
  A('SYRMIL', 'Regime helicopters dropped six barrel bombs on Ariha', n=6, victim='SYRCVL'),
  K('SYRCVL', 6, 'Six people were killed in Ariha, including a paramedic', actor='SYRMIL'),
  K('SYRCVL', 1, 'including a paramedic', actor='SYRMIL', s=False, note='sub-count of the six'),
  W('SYRCVL', 20, 'around 20 were wounded', q='ABOUT', actor='SYRMIL'))

I('syr-ain-issa-clash', 'note', '2019-10-24', '2019-10-23', 'Syria', 'armed_clash', 'Ain Issa', 'Raqqa', 'Tell Abiad', 11,
  "On 23 October 2019, Turkish-backed factions and SDF fighters clashed near Ain Issa, north of Raqqa, despite the truce. Seven faction fighters and four SDF members were killed, according to a monitoring group; the factions seized the village of Saida on the M4 road.",
  A('SYRREB', 'Turkish-backed factions and SDF fighters clashed near Ain Issa', victim='SYRREB', note='both sides SYRREB: one line'),
  K('SYRREB', 11, 'Seven faction fighters and four SDF members were killed', note='both groups SYRREB: one line of 7+4'),
  C('SYRREB', 'the factions seized the village of Saida on the M4 road', loc='Saida'))

I('syr-suqaylabiyah-rockets', 'note', '2019-07-29', 'Sun', 'Syria', 'shelling_artillery_missile', 'Suqaylabiyah', 'Hama', 'al-Suqaylabiyah', 1,
  "Rockets fired from the opposition-held areas fell on Suqaylabiyah in the Hama countryside late on Sunday, killing a girl and wounding five other people, pro-government media said.",
  A('SYRREB', 'Rockets fired from the opposition-held areas fell on Suqaylabiyah', victim='SYRCVL', note='fired from opposition areas: SYRREB'),
  K('SYRCVL', 1, 'killing a girl', actor='SYRREB', by='SYRGOV'),
  W('SYRCVL', 5, 'wounding five other people', actor='SYRREB', by='SYRGOV'))

I('syr-shuhayl-bodies', 'note', '2019-12-03', '2019-12-02', 'Syria', 'other_violence', 'al-Shuhayl', 'Deir ez-Zor', 'Deir ez-Zor', 2,
  "The bodies of two young men from al-Shuhayl, abducted three days earlier by an unknown group, were found on 2 December 2019 dumped near the Omar oil field; both had been shot in the head.",
  K('SYRCVL', 2, 'The bodies of two young men from al-Shuhayl, abducted three days earlier by an unknown group, were found', loc='al-Shuhayl'))

I('syr-afes-israeli', 'note', '2020-05-06', 'Mon', 'Syria', 'air_drone_strike', 'al-Mayadin', 'Deir ez-Zor', '', 14,
  "Strikes believed to be Israeli hit positions of Iran-backed militias in the desert near al-Mayadin and Abu Kamal in the early hours of Monday, killing 14 fighters, most of them non-Syrians, a war monitor said. Ammunition depots were among the targets hit.",
  A('ISRMIL', 'Strikes believed to be Israeli hit positions of Iran-backed militias', victim='IRNMIL'),
  K('IRNMIL', 14, 'killing 14 fighters, most of them non-Syrians', actor='ISRMIL', loc='al-Mayadin', note='Iran-backed militias: IRNMIL (judgement call)'),
  E('IRNMIL', 'DEPOT', 'Ammunition depots were among the targets hit', actor='ISRMIL', loc='al-Mayadin'))

I('syr-saraqib-drone', 'note', '2020-03-18', '2020-03-17', 'Syria', 'air_drone_strike', 'Sarmin', 'Idlib', 'Idlib', 2,
  "17/03/2020 - A drone struck a motorbike on the road between Sarmin and Qmenas, killing two HTS members riding it. The ceasefire agreed in Moscow on 5 March otherwise largely held in the area.",
  A(None, 'A drone struck a motorbike on the road between Sarmin and Qmenas', victim='SYRREB'),
  K('SYRREB', 2, 'killing two HTS members riding it'),
  E('SYRREB', 'VEHICLE', 'A drone struck a motorbike', s=False, note='a motorbike: borderline military equipment'),
  TK('RUSGOV', 'The ceasefire agreed in Moscow on 5 March', loc='Moscow', date='2020-03-05', s=False, note='background agreement'))

I('syr-azaz-car-bomb', 'note', '2019-06-17', '2019-06-16', 'Syria', 'remote_explosive_ied', 'Azaz', 'Aleppo', 'Azaz', 5,
  "On the afternoon of 16 June 2019, a car bomb went off near a mosque in the centre of Azaz in northern Aleppo. Five civilians were killed and about 25 wounded; the toll was expected to rise as several of the wounded were taken to hospitals in Turkey in critical condition.",
  A(None, 'a car bomb went off near a mosque in the centre of Azaz', victim='SYRCVL'),
  K('SYRCVL', 5, 'Five civilians were killed'),
  W('SYRCVL', 25, 'about 25 wounded', q='ABOUT'))

I('syr-tafas-soldier', 'note', '2020-02-25', '2020-02-24', 'Syria', 'attack', 'Tafas', 'Daraa', 'Daraa', 2,
  "Monday 24 February 2020: gunmen attacked a regime checkpoint near Tafas in western Daraa with rifles and a grenade. A soldier was killed on the spot and a corporal died of his wounds at the national hospital in Daraa the same night; a third was hurt.",
  A(None, 'gunmen attacked a regime checkpoint near Tafas', victim='SYRMIL'),
  K('SYRMIL', 1, 'A soldier was killed on the spot'),
  K('SYRMIL', 1, 'a corporal died of his wounds', note='second soldier; separate phrase'),
  W('SYRMIL', 1, 'a third was hurt'))

I('syr-kabana-front', 'note', '2019-07-12', '2019-07-11', 'Syria', 'armed_clash', 'Kabana', 'Latakia', 'Jableh', 17,
  "On 11 July 2019, regime forces tried again to advance on the Kabana hills in the Jabal al-Akrad area of Latakia's northern countryside, under Russian air cover. The attack was repelled. At least 10 soldiers and 7 fighters of HTS and allied groups were killed, a monitor said.",
  A('SYRMIL', 'regime forces tried again to advance on the Kabana hills', victim='SYRREB'),
  K('SYRMIL', 10, 'At least 10 soldiers and 7 fighters of HTS and allied groups were killed', q='AT_LEAST', note='"at least" governs both figures'),
  K('SYRREB', 7, 'At least 10 soldiers and 7 fighters of HTS and allied groups were killed', q='AT_LEAST'))

I('syr-manbij-ied', 'note', '2019-09-09', '2019-09-08', 'Syria', 'remote_explosive_ied', 'Manbij', 'Aleppo', 'Manbij', 0,
  "8 September 2019: An explosive device planted in a vegetable cart went off at the entrance of the main market in Manbij. Eight people were wounded, two of them seriously. No deaths were reported.",
  A(None, 'An explosive device planted in a vegetable cart went off', victim='SYRCVL'),
  W('SYRCVL', 8, 'Eight people were wounded, two of them seriously'),
  W('SYRCVL', 2, 'two of them seriously', s=False, note='sub-count of the eight'))

I('syr-al-bab-displaced', 'note', '2020-02-20', '2020-02-20', 'Syria', 'shelling_artillery_missile', 'al-Atarib', 'Aleppo', 'Jebel Saman', 4,
  "UN update, 20 February 2020: Shelling on al-Atarib in western Aleppo killed four civilians on Thursday morning. Since 1 December, some 900,000 people have been displaced in north-west Syria, more than half of them children; an estimated 82,000 are sheltering under trees or in the open.",
  A(None, 'Shelling on al-Atarib in western Aleppo', victim='SYRCVL', note='no side named'),
  K('SYRCVL', 4, 'killed four civilians on Thursday morning', by='IGOUNO', date='Thu'),
  D('SYRCVL', 900000, 'some 900,000 people have been displaced in north-west Syria', q='ABOUT', cum=True, loc='-', date='rep', by='IGOUNO'),
  D('SYRCVL', 82000, 'an estimated 82,000 are sheltering under trees or in the open', q='ABOUT', cum=True, loc='-', date='rep', by='IGOUNO', s=False, note='sub-count of the displaced'))

I('syr-kafr-zita-posts', 'note', '2019-05-09', '2019-05-08', 'Syria', 'gov_regains_territory', 'Qalaat al-Madiq', 'Hama', 'al-Suqaylabiyah', 0,
  "8 May 2019: Regime forces recaptured Qalaat al-Madiq and the village of Kafr Nabudah in the northern Hama countryside after days of heavy Russian and regime bombardment; opposition factions said they had pulled back to avoid encirclement.",
  C('SYRMIL', 'Regime forces recaptured Qalaat al-Madiq', victim='SYRREB'),
  C('SYRMIL', 'Regime forces recaptured Qalaat al-Madiq and the village of Kafr Nabudah', victim='SYRREB', loc='Kafr Nabudah'),
  A('RUSMIL', 'after days of heavy Russian and regime bombardment', s=False, date=None, note='several days, no single act'))

I('syr-qamishli-bomb', 'note', '2019-07-12', '2019-07-11', 'Syria', 'remote_explosive_ied', 'Qamishli', 'Hasakah', 'Qamishli', 1,
  "A bomb attached to a car exploded outside a church in the Wusta district of Qamishli on Thursday 11 July 2019, killing a passer-by and wounding nine others; IS later claimed the blast on its channels.",
  A('SYRREB', 'A bomb attached to a car exploded outside a church', victim='SYRCVL', note='claimed by IS'),
  K('SYRCVL', 1, 'killing a passer-by', actor='SYRREB'),
  W('SYRCVL', 9, 'wounding nine others', actor='SYRREB'))

I('syr-sanamayn-ops', 'note', '2020-03-02', '2020-03-01', 'Syria', 'armed_clash', 'al-Sanamayn', 'Daraa', 'al-Sanamayn', 15,
  "1 March 2020 - Regime forces stormed al-Sanamayn in northern Daraa after former rebels there refused to hand over wanted men. Fighting lasted several hours and ended with a deal to deport the wanted men to the north. Nine of the local fighters, three soldiers and three civilians were killed.",
  A('SYRMIL', 'Regime forces stormed al-Sanamayn', victim='SYRREB'),
  K('SYRREB', 9, 'Nine of the local fighters', actor='SYRMIL'),
  K('SYRMIL', 3, 'three soldiers'),
  K('SYRCVL', 3, 'three civilians were killed'))

I('syr-jisr-shughur-tank', 'note', '2020-03-01', 'Sat', 'Syria', 'air_drone_strike', 'Kafr Oweid', 'Idlib', 'Ariha', 0,
  "Turkish drones hit a regime column near Kafr Oweid in the Jabal al-Zawiya area on Saturday, destroying two tanks and a multiple rocket launcher. Regime casualties were not known.",
  A('TURMIL', 'Turkish drones hit a regime column near Kafr Oweid', victim='SYRMIL'),
  E('SYRMIL', 'TANK', 'destroying two tanks', n=2, actor='TURMIL'),
  E('SYRMIL', 'ARTILLERY', 'a multiple rocket launcher', actor='TURMIL'))

I('syr-shaddadi-is', 'note', '2019-11-27', '2019-11-26', 'Syria', 'attack', 'al-Shaddadi', 'Hasakah', 'al-Shaddadi', 1,
  "On the night of 26 November 2019, suspected IS members threw a grenade into the home of an SDF-affiliated mukhtar in al-Shaddadi, south of Hasakah. The mukhtar was killed and his wife and son were injured.",
  A('SYRREB', 'suspected IS members threw a grenade into the home of an SDF-affiliated mukhtar', victim='SYRCVL'),
  K('SYRCVL', 1, 'The mukhtar was killed', actor='SYRREB', note='a village headman: SYRCVL'),
  W('SYRCVL', 2, 'his wife and son were injured', actor='SYRREB'))

I('syr-palmyra-desert', 'note', '2020-04-10', '2020-04-09', 'Syria', 'armed_clash', 'al-Sukhnah', 'Homs', 'Palmyra', 32,
  "9 April 2020 - IS fighters attacked regime and allied positions around al-Sukhnah in the eastern Homs desert. The fighting went on until the evening. 18 soldiers and militiamen were killed, as well as 14 IS fighters, most of them in Russian air strikes that followed.",
  A('SYRREB', 'IS fighters attacked regime and allied positions around al-Sukhnah', victim='SYRMIL'),
  K('SYRMIL', 18, '18 soldiers and militiamen were killed', actor='SYRREB'),
  K('SYRREB', 14, 'as well as 14 IS fighters', actor='RUSMIL'),
  A('RUSMIL', 'Russian air strikes that followed', victim='SYRREB'))

I('syr-daraa-sitin', 'note', '2020-01-11', '2020-01-10', 'Syria', 'protest_or_statement', 'Daraa al-Balad', 'Daraa', 'Daraa', 0,
  "On 10 January 2020, dozens of people held a sit-in in the square of Daraa al-Balad demanding the release of detainees held since 2018 and the departure of Iranian militias from the province. The protest ended peacefully.",
  )
