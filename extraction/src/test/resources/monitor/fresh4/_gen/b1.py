# Syria 2019-2020, ACLED/monitor style (1/3)
N('2020-01-16', "On 15 January 2020, regime and Russian warplanes carried out more than a dozen air strikes on Maarat al-Numan city and its surroundings in the southern countryside of Idlib, killing a woman and her two daughters and injuring at least nine other civilians. Fatalities: 3.",
  'Syria', 'air_drone_strike', 'Maarat al-Numan', 'Idlib', 'Maarat An Numan', '2020-01-15', [
    A('SYRMIL', 'SYRCVL', "regime and Russian warplanes carried out more than a dozen air strikes on Maarat al-Numan city"),
    A('RUSMIL', 'SYRCVL', "regime and Russian warplanes carried out more than a dozen air strikes on Maarat al-Numan city", scored=False, note='joint strikes: the second-named air force unscored'),
    K('SYRCVL', 3, "killing a woman and her two daughters", actor='SYRMIL'),
    W('SYRCVL', 9, "injuring at least nine other civilians", actor='SYRMIL', q='AT_LEAST'),
])
N('2019-06-09', "On 8 June 2019, an HTS fighter was killed by regime sniper fire on the frontline near Kabani in the Latakia mountains (Jisr al-Shughur district).",
  'Syria', 'armed_clash', 'Kabani', 'Latakia', 'Al-Haffa', '2019-06-08', [
    K('SYRREB', 1, "an HTS fighter was killed by regime sniper fire", actor='SYRMIL'),
    A('SYRMIL', 'SYRREB', "regime sniper fire", scored=False, note='sniper fire: an attack act, borderline'),
])
N('2020-02-03', "Clashes erupted overnight between regime forces and NLF fighters on the axis of al-Eis in the southern countryside of Aleppo, after an infiltration attempt by the former. Three regime soldiers and five NLF fighters were killed, according to opposition sources, and the NLF said it had destroyed a BMP vehicle with an ATGM.",
  'Syria', 'armed_clash', 'al-Eis', 'Aleppo', 'Jebel Saman', 'null', [
    A('SYRMIL', 'SYRREB', "Clashes erupted overnight between regime forces and NLF fighters"),
    A('SYRREB', 'SYRMIL', "Clashes erupted overnight between regime forces and NLF fighters", scored=False),
    K('SYRMIL', 3, "Three regime soldiers and five NLF fighters were killed"),
    K('SYRREB', 5, "Three regime soldiers and five NLF fighters were killed"),
    Q('SYRMIL', 'APC', "the NLF said it had destroyed a BMP vehicle with an ATGM", actor='SYRREB', by='SYRREB'),
], tloc='al-Eis')
N('2019-11-22', "Unidentified gunmen on a motorcycle shot dead the mukhtar of Sahwa village, in the eastern countryside of Daraa, in front of his home on 21 November. The man had been a member of a reconciliation committee with the regime.",
  'Syria', 'attack', 'Sahwa', 'Daraa', 'Daraa', '2019-11-21', [
    K('SYRCVL', 1, "shot dead the mukhtar of Sahwa village", note='mukhtar (village headman) as CVL; GOV defensible'),
])
N('2020-03-02', "Turkish drones struck a convoy of regime forces near Saraqeb on the road between Saraqeb and Maaret Mokhos, east Idlib, on 1 March 2020, destroying two tanks and a rocket launcher and killing at least 14 soldiers, a war monitor said.",
  'Syria', 'air_drone_strike', 'Saraqeb', 'Idlib', 'Idlib', '2020-03-01', [
    A('TURMIL', 'SYRMIL', "Turkish drones struck a convoy of regime forces near Saraqeb"),
    Q('SYRMIL', 'TANK', "destroying two tanks", actor='TURMIL', count=2),
    Q('SYRMIL', 'ARTILLERY', "a rocket launcher", actor='TURMIL'),
    K('SYRMIL', 14, "killing at least 14 soldiers", actor='TURMIL', q='AT_LEAST'),
])
N('2019-09-05', "The bodies of two young men bearing gunshot wounds to the head were found on 4 September 2019 on the outskirts of al-Busayrah town in the eastern countryside of Deir ez-Zor. Local sources said both had worked for the SDF's civil council.",
  'Syria', 'other_violence', 'al-Busayrah', 'Deir ez-Zor', 'Deir ez-Zor', '2019-09-04', [
    K('SYRCVL', 2, "The bodies of two young men bearing gunshot wounds to the head were found", note='civil council employees: CVL'),
])
N('2020-05-11', "IS cell attacks a 5th Corps checkpoint at al-Shoula, south of Deir ez-Zor city - Four members of the Russian-backed 5th Corps were killed and two wounded late on Sunday when IS militants stormed their position at al-Shoula on the Deir ez-Zor-Palmyra highway, the Observatory said",
  'Syria', 'attack', 'al-Shoula', 'Deir ez-Zor', 'Deir ez-Zor', 'Sun', [
    A('SYRREB', 'SYRMIL', "IS militants stormed their position at al-Shoula"),
    A('SYRREB', 'SYRMIL', "IS cell attacks a 5th Corps checkpoint at al-Shoula", scored=False, note='headline restatement'),
    K('SYRMIL', 4, "Four members of the Russian-backed 5th Corps were killed", actor='SYRREB'),
    W('SYRMIL', 2, "and two wounded", actor='SYRREB'),
], wire=True)
N('2019-08-12', "Regime forces took control of al-Habit and Kafr Ein villages in the southern countryside of Idlib on 11 August 2019 following violent battles with HTS and NLF, supported by intensive Russian air cover.",
  'Syria', 'gov_regains_territory', 'al-Habit', 'Idlib', 'Khan Shaykhun', '2019-08-11', [
    C('SYRMIL', "Regime forces took control of al-Habit"),
    C('SYRMIL', "Kafr Ein villages in the southern countryside of Idlib", loc='Kafr Ein'),
    A('SYRMIL', 'SYRREB', "following violent battles with HTS and NLF"),
    A('RUSMIL', 'SYRREB', "supported by intensive Russian air cover", scored=False),
])
N('2020-08-19', "On 18 August 2020, an IED planted in a vehicle exploded in the centre of al-Bab city, in the northeastern countryside of Aleppo, killing a child and wounding 7 people, among them two SNA fighters. No group claimed it.",
  'Syria', 'remote_explosive_ied', 'al-Bab', 'Aleppo', 'Al Bab', '2020-08-18', [
    A(None, 'SYRCVL', "an IED planted in a vehicle exploded in the centre of al-Bab city"),
    K('SYRCVL', 1, "killing a child"),
    W('SYRCVL', 7, "wounding 7 people", note='mixed toll of people: CVL'),
    W('SYRREB', 2, "among them two SNA fighters", scored=False, note='sub-count of the 7'),
])
N('2019-12-27', "More than 40,000 people fled their homes in Maarat al-Numan and surrounding villages over the past 48 hours, heading north toward the Turkish border, as bombardment intensified, the Response Coordinators group said on 26 December 2019.",
  'Syria', 'shelling_artillery_missile', 'Maarat al-Numan', 'Idlib', 'Maarat An Numan', '2019-12-26', [
    D('SYRCVL', 40000, "More than 40,000 people fled their homes in Maarat al-Numan", q='AT_LEAST', note='one wave of displacement over 48 hours: not cumulative'),
    A(None, 'SYRCVL', "as bombardment intensified", scored=False, note='bombardment with no actor or day'),
])
N('2020-06-29', "Gunmen abducted a man from the town of Sanamayn in the northern countryside of Daraa on 27 June. His body was found two days later dumped near the Ghabagheb road, with signs of torture.",
  'Syria', 'other_violence', 'Sanamayn', 'Daraa', 'As-Sanamayn', '2020-06-29', [
    K('SYRCVL', 1, "His body was found two days later", loc='Ghabagheb', note='dated to the finding, two days after 27 June'),
], tloc='Sanamayn')
N('2019-05-22', "Regime helicopters dropped at least 20 barrel bombs on Kafr Nabudah and al-Hwash in the northwestern countryside of Hama on Tuesday, amid clashes in the area. One NLF fighter was reportedly killed.",
  'Syria', 'air_drone_strike', 'Kafr Nabudah', 'Hama', 'As-Suqaylabiyah', 'Tue', [
    A('SYRMIL', 'SYRREB', "Regime helicopters dropped at least 20 barrel bombs on Kafr Nabudah", count=20, q='AT_LEAST'),
    K('SYRREB', 1, "One NLF fighter was reportedly killed", actor='SYRMIL'),
])
N('2020-10-27', "A Russian airstrike hit a Faylaq al-Sham training camp near Kafr Takharim in the northwestern countryside of Idlib on 26 October 2020, killing 78 fighters and wounding more than 90 others, in the deadliest single strike since the March ceasefire.",
  'Syria', 'air_drone_strike', 'Kafr Takharim', 'Idlib', 'Harim', '2020-10-26', [
    A('RUSMIL', 'SYRREB', "A Russian airstrike hit a Faylaq al-Sham training camp near Kafr Takharim"),
    K('SYRREB', 78, "killing 78 fighters", actor='RUSMIL'),
    W('SYRREB', 90, "wounding more than 90 others", actor='RUSMIL', q='AT_LEAST'),
])
N('2019-10-14', "Turkish forces and allied Syrian factions captured the town of Ras al-Ain on Saturday 12 October after fierce fighting with the SDF, the Turkish defence ministry said, while the SDF said its fighters were still resisting inside the town.",
  'Syria', 'gov_regains_territory', 'Ras al-Ain', 'Hasakah', 'Ras Al Ain', '2019-10-12', [
    C('TURMIL', "Turkish forces and allied Syrian factions captured the town of Ras al-Ain", by='TURGOV'),
    C('SYRREB', "Turkish forces and allied Syrian factions captured the town of Ras al-Ain", by='TURGOV', scored=False, note='allied factions: second actor of one capture'),
    A('TURMIL', 'SYRREB', "after fierce fighting with the SDF"),
])
N('2020-04-08', "A landmine left over from the war exploded on a shepherd near Uqayrabat in the eastern countryside of Hama on 7 April, killing him instantly and maiming his nephew.",
  'Syria', 'remote_explosive_ied', 'Uqayrabat', 'Hama', 'Salamiyeh', '2020-04-07', [
    K('SYRCVL', 1, "killing him instantly", note='landmine from the war: violence, no ATTACK'),
    W('SYRCVL', 1, "maiming his nephew"),
])
N('2019-07-23', "Syrian and Russian jets pounded the market in Maarat al-Numan on Monday, killing at least 39 people in one of the bloodiest days in Idlib since the offensive began - rescue workers said the toll could rise as more bodies were pulled from the rubble of",
  'Syria', 'air_drone_strike', 'Maarat al-Numan', 'Idlib', 'Maarat An Numan', 'Mon', [
    A('SYRMIL', 'SYRCVL', "Syrian and Russian jets pounded the market in Maarat al-Numan"),
    A('RUSMIL', 'SYRCVL', "Syrian and Russian jets pounded the market in Maarat al-Numan", scored=False),
    K('SYRCVL', 39, "killing at least 39 people", actor='SYRMIL', q='AT_LEAST', note='people at a market: CVL'),
], wire=True)
N('2020-02-29', "Turkey said 33 of its soldiers were killed in an air strike by Syrian government forces in Idlib on Thursday, the largest loss for the Turkish army in a single day since it entered Syria. Ankara hit back with artillery and drones at regime positions.",
  'Syria', 'air_drone_strike', 'Idlib', 'Idlib', 'Idlib', 'Thu', [
    A('SYRMIL', 'TURMIL', "an air strike by Syrian government forces in Idlib"),
    K('TURMIL', 33, "Turkey said 33 of its soldiers were killed", actor='SYRMIL', by='TURGOV'),
    A('TURMIL', 'SYRMIL', "Ankara hit back with artillery and drones at regime positions", date='null', note='retaliation, no stated day'),
], wire=True)
N('2019-03-11', "IS cells ambushed a bus carrying NDF members on the road between al-Sukhnah and Palmyra in the Homs desert on 10 March 2019. Between 7 and 10 NDF members died and others were injured.",
  'Syria', 'attack', 'al-Sukhnah', 'Homs', 'Tadmor', '2019-03-10', [
    A('SYRREB', 'SYRMIL', "IS cells ambushed a bus carrying NDF members"),
    K('SYRMIL', 7, "Between 7 and 10 NDF members died", actor='SYRREB', q='AT_LEAST', note='range: lower bound AT_LEAST'),
    W('SYRMIL', None, "others were injured", actor='SYRREB'),
])
N('2020-12-06', "Security chaos: a former opposition commander who had joined the regime's Military Security after the 2018 settlement was assassinated with a silencer pistol in Tafas, western Daraa countryside, on 5 December.",
  'Syria', 'attack', 'Tafas', 'Daraa', 'Daraa', '2020-12-05', [
    K('SYRMIL', 1, "a former opposition commander who had joined the regime's Military Security after the 2018 settlement was assassinated", note='now with Military Security: MIL'),
])
N('2019-10-30', "SDF fighters repelled an attack by Turkish-backed factions on the villages of Um Shuaifa and Ahras, in the countryside of Tal Tamr, on 29 October. Six faction fighters were killed in the fighting, with the SDF losing two of its members.",
  'Syria', 'armed_clash', 'Um Shuaifa', 'Hasakah', 'Al-Hasakah', '2019-10-29', [
    A('SYRREB', 'SYRREB', "an attack by Turkish-backed factions on the villages of Um Shuaifa", note='both sides SYRREB: one line'),
    K('SYRREB', 8, "Six faction fighters were killed in the fighting, with the SDF losing two of its members", note='one code, two groups summed: 6 + 2'),
])
N('2020-07-15', "Israeli helicopters fired missiles at regime positions in Quneitra countryside late on Monday, in what Israel's army said was a response to an explosive device placed on the fence. Syrian state media reported material damage only.",
  'Syria', 'air_drone_strike', 'Quneitra', 'Quneitra', 'Quneitra', 'Mon', [
    A('ISRMIL', 'SYRMIL', "Israeli helicopters fired missiles at regime positions in Quneitra countryside"),
])
N('2019-04-18', "Regime forces shelled Khan Shaykhun and al-Tah with rocket launchers on 17 April, wounding a paramedic and two children.",
  'Syria', 'shelling_artillery_missile', 'Khan Shaykhun', 'Idlib', 'Khan Shaykhun', '2019-04-17', [
    A('SYRMIL', 'SYRCVL', "Regime forces shelled Khan Shaykhun"),
    W('SYRCVL', 3, "wounding a paramedic and two children", actor='SYRMIL'),
])
N('2020-09-21', "A woman and her son died on Sunday when the tent they were sleeping in caught fire in the Atmeh camps along the border with Turkey, north of Idlib, after a heater overturned.",
  'Syria', 'accident', 'Atmeh', 'Idlib', 'Harim', 'Sun', [
    K('SYRREF', 2, "A woman and her son died", note='camp residents described as tent dwellers: REF; CVL defensible'),
])
N('2019-02-10', "SDF announces push into the last IS pocket at Baghouz - The Kurdish-led forces began what they called the final battle to oust Islamic State militants from their last enclave near Baghouz, on the Euphrates, on Saturday evening, a spokesman said",
  'Syria', 'armed_clash', 'Baghouz', 'Deir ez-Zor', 'Al-Bukamal', 'Sat', [
    O('SYRREB', "began what they called the final battle to oust Islamic State militants from their last enclave near Baghouz"),
], wire=True)
N('2020-11-13', "Unknown assailants threw a hand grenade at a house in the al-Mashtal neighbourhood of Daraa al-Balad on the night of 12 November, injuring a man, his wife and four children.",
  'Syria', 'attack', 'Daraa al-Balad', 'Daraa', 'Daraa', '2020-11-12', [
    A(None, 'SYRCVL', "Unknown assailants threw a hand grenade at a house"),
    W('SYRCVL', 6, "injuring a man, his wife and four children"),
], tloc='Daraa')
N('2019-12-10', "Regime warplanes dropped bombs in Jarjanaz on 9 December, killing at least seven civilians from one family and injuring others, prompting hundreds of families to leave the town for the northern countryside.",
  'Syria', 'air_drone_strike', 'Jarjanaz', 'Idlib', 'Maarat An Numan', '2019-12-09', [
    A('SYRMIL', 'SYRCVL', "Regime warplanes dropped bombs in Jarjanaz"),
    K('SYRCVL', 7, "killing at least seven civilians from one family", actor='SYRMIL', q='AT_LEAST'),
    W('SYRCVL', None, "injuring others", actor='SYRMIL'),
    D('SYRCVL', None, "prompting hundreds of families to leave the town"),
])
N('2020-01-29', "Syrian government forces entered Maarat al-Numan, Syria's second largest opposition-held town, on Tuesday after months of heavy bombardment, state television said",
  'Syria', 'gov_regains_territory', 'Maarat al-Numan', 'Idlib', 'Maarat An Numan', 'Tue', [
    C('SYRMIL', "Syrian government forces entered Maarat al-Numan", by='SYRGOV'),
], wire=True)
