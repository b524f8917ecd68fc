# Syria 2019-2020 (3/3)
N('2020-02-11', "Fighting raged on 10 February around Taftanaz airbase and al-Nayrab, east of Idlib city, as regime troops pushed toward the M4. Five Turkish soldiers died and five were hurt when regime shells hit their post in Taftanaz, and Turkish artillery hit back, killing, according to Ankara, 101 regime soldiers.",
  'Syria', 'shelling_artillery_missile', 'Taftanaz', 'Idlib', 'Idlib', '2020-02-10', [
    A('SYRMIL', 'TURMIL', "regime shells hit their post in Taftanaz"),
    K('TURMIL', 5, "Five Turkish soldiers died", actor='SYRMIL'),
    W('TURMIL', 5, "five were hurt", actor='SYRMIL'),
    A('TURMIL', 'SYRMIL', "Turkish artillery hit back"),
    K('SYRMIL', 101, "killing, according to Ankara, 101 regime soldiers", actor='TURMIL', by='TURGOV', note='a claim of a kill: an incident'),
])
N('2019-06-28', "A child was killed and his mother seriously injured on Thursday after regime forces fired a guided missile at their motorcycle near Kafr Ain in the southern countryside of Idlib.",
  'Syria', 'shelling_artillery_missile', 'Kafr Ain', 'Idlib', 'Khan Shaykhun', 'Thu', [
    A('SYRMIL', 'SYRCVL', "regime forces fired a guided missile at their motorcycle"),
    K('SYRCVL', 1, "A child was killed", actor='SYRMIL'),
    W('SYRCVL', 1, "his mother seriously injured", actor='SYRMIL'),
])
N('2020-04-13', "Turkish-backed SNA factions clashed among themselves in Jarablus over the control of a crossing on 12 April; a fighter of the Hamza Division was shot dead and three civilians caught in the crossfire were hurt.",
  'Syria', 'armed_clash', 'Jarablus', 'Aleppo', 'Jarablus', '2020-04-12', [
    A('SYRREB', 'SYRREB', "Turkish-backed SNA factions clashed among themselves in Jarablus"),
    K('SYRREB', 1, "a fighter of the Hamza Division was shot dead"),
    W('SYRCVL', 3, "three civilians caught in the crossfire were hurt"),
])
N('2019-10-21', "Regime army units entered the town of Tabqa and the Tabqa military airport in the western countryside of Raqqa on 20 October, under an agreement with the SDF, state news agency SANA said.",
  'Syria', 'gov_regains_territory', 'Tabqa', 'Raqqa', 'Al-Thawrah', '2019-10-20', [
    C('SYRMIL', "Regime army units entered the town of Tabqa", by='SYRGOV'),
    C('SYRMIL', "the Tabqa military airport", scored=False, by='SYRGOV', note='the airbase as a second site of the same entry'),
])
N('2020-07-21', "An IS cell detonated a roadside bomb on an oil tanker convoy in the Homs desert near Ithriya, killing a driver and wounding two members of the Qaterji militia guarding it, on 20 July.",
  'Syria', 'remote_explosive_ied', 'Ithriya', 'Hama', 'Salamiyeh', '2020-07-20', [
    A('SYRREB', 'SYRMIL', "An IS cell detonated a roadside bomb on an oil tanker convoy"),
    K('SYRCVL', 1, "killing a driver", actor='SYRREB'),
    W('SYRMIL', 2, "wounding two members of the Qaterji militia", actor='SYRREB', note='pro-government militia: MIL'),
])
N('2019-01-21', "Israel says it struck Iranian targets near Damascus - The Israeli military said early on Monday it had attacked Iranian Quds Force targets inside Syria; Syrian air defences shot down most of the missiles, state media said, and four soldiers were killed, a monitor reported",
  'Syria', 'air_drone_strike', 'Damascus', 'Damascus', 'Damascus', 'Mon', [
    A('ISRMIL', 'IRNMIL', "it had attacked Iranian Quds Force targets inside Syria", by='ISRMIL', note='place from the headline (near Damascus)'),
    K('SYRMIL', 4, "four soldiers were killed", actor='ISRMIL', note='Syrian soldiers (air defence); place from the headline'),
], wire=True)
N('2020-09-09', "A young man from Tal Shihab was found dead on 8 September near the Jordanian border with bullet wounds, a day after gunmen intercepted him on the Tal Shihab-Zaizoun road.",
  'Syria', 'other_violence', 'Tal Shihab', 'Daraa', 'Daraa', '2020-09-08', [
    K('SYRCVL', 1, "A young man from Tal Shihab was found dead on 8 September near the Jordanian border", loc=None, note='found near the border; Tal Shihab is his home'),
], tloc='Tal Shihab')
N('2019-05-09', "Regime forces recaptured Kafr Nabudah and Qalaat al-Madiq on 8 and 9 May after the NLF withdrew under heavy air bombardment that displaced over 150,000 people from the Hama and Idlib countryside since late April, the UN said.",
  'Syria', 'gov_regains_territory', 'Qalaat al-Madiq', 'Hama', 'As-Suqaylabiyah', '2019-05-09', [
    C('SYRMIL', "Regime forces recaptured Kafr Nabudah", loc='Kafr Nabudah', date='2019-05-08', note='first of two days'),
    C('SYRMIL', "Qalaat al-Madiq on 8 and 9 May", date='2019-05-09'),
    D('SYRCVL', 150000, "displaced over 150,000 people from the Hama and Idlib countryside since late April", q='AT_LEAST', cum=True, by='IGOUNO', loc=None),
    A('SYRMIL', 'SYRREB', "heavy air bombardment", scored=False),
])
N('2020-06-12', "Suwayda: clashes between the 5th Corps and local Druze gunmen near al-Qurayya left 15 gunmen dead on 11 June, according to Suwayda 24, with at least 2 members of the 5th Corps also dead.",
  'Syria', 'armed_clash', 'al-Qurayya', 'As-Sweida', 'Salkhad', '2020-06-11', [
    A('SYRMIL', 'SYRREB', "clashes between the 5th Corps and local Druze gunmen near al-Qurayya"),
    A('SYRREB', 'SYRMIL', "clashes between the 5th Corps and local Druze gunmen near al-Qurayya", scored=False),
    K('SYRREB', 15, "left 15 gunmen dead", note='local Druze gunmen as REB'),
    K('SYRMIL', 2, "at least 2 members of the 5th Corps also dead", q='AT_LEAST'),
])
N('2019-12-02', "Seven children were among ten civilians killed on Monday when rockets fired by Turkish-backed factions struck near a school in Tal Rifaat, north of Aleppo, the Kurdish Red Crescent said.",
  'Syria', 'shelling_artillery_missile', 'Tal Rifaat', 'Aleppo', 'Azaz', 'Mon', [
    A('SYRREB', 'SYRCVL', "rockets fired by Turkish-backed factions struck near a school in Tal Rifaat"),
    K('SYRCVL', 10, "ten civilians killed", actor='SYRREB'),
    K('SYRCVL', 7, "Seven children were among ten civilians killed", actor='SYRREB', scored=False, note='sub-count'),
])
N('2020-01-07', "A landmine exploded under a car carrying workers near Maadan in the eastern countryside of Raqqa on 6 January, killing four and injuring three.",
  'Syria', 'remote_explosive_ied', 'Maadan', 'Raqqa', 'Raqqa', '2020-01-06', [
    K('SYRCVL', 4, "killing four"),
    W('SYRCVL', 3, "injuring three"),
])
N('2019-07-16', "Opposition factions shelled Suqaylabiyah with Grad rockets on 15 July, wounding a woman; regime forces replied by shelling Kafr Zita and al-Lataminah.",
  'Syria', 'shelling_artillery_missile', 'Suqaylabiyah', 'Hama', 'As-Suqaylabiyah', '2019-07-15', [
    A('SYRREB', 'SYRCVL', "Opposition factions shelled Suqaylabiyah with Grad rockets"),
    W('SYRCVL', 1, "wounding a woman", actor='SYRREB'),
    A('SYRMIL', 'SYRREB', "regime forces replied by shelling Kafr Zita", loc='Kafr Zita'),
])
N('2020-08-06', "Gunmen kidnapped two SDF members in Theban and released them hours later after the intervention of tribal elders, local sources said on 5 August.",
  'Syria', 'abduction', 'Theban', 'Deir ez-Zor', 'Deir ez-Zor', '2020-08-05', [])
N('2019-08-20', "A Turkish military convoy heading to the Morek observation point was hit by an air strike near Maar Hattat on 19 August; three civilians travelling alongside it were killed and 12 hurt, the Turkish defence ministry said, and the convoy halted short of Khan Shaykhun.",
  'Syria', 'air_drone_strike', 'Maar Hattat', 'Idlib', 'Maarat An Numan', '2019-08-19', [
    E('DEPLOYMENT', None, 'TURMIL', None, None, "A Turkish military convoy heading to the Morek observation point"),
    A(None, 'TURMIL', "was hit by an air strike near Maar Hattat", note='strike not attributed in the note'),
    K('SYRCVL', 3, "three civilians travelling alongside it were killed", by='TURGOV'),
    W('SYRCVL', 12, "12 hurt", by='TURGOV'),
])
N('2020-10-05', "On 4 October 2020, a car bomb exploded in the industrial area of Ras al-Ain (Hasakah), killing 14 people, among them civilians and members of Turkish-backed factions, and wounding some 20.",
  'Syria', 'remote_explosive_ied', 'Ras al-Ain', 'Hasakah', 'Ras Al Ain', '2020-10-04', [
    A(None, 'SYRCVL', "a car bomb exploded in the industrial area of Ras al-Ain"),
    K('SYRCVL', 14, "killing 14 people, among them civilians and members of Turkish-backed factions", note='mixed toll of people: CVL'),
    W('SYRCVL', 20, "wounding some 20", q='ABOUT'),
])
N('2019-04-30', "Rebels fire on Jurin: three soldiers dead - HTS fighters attacked regime positions in Jurin in the al-Ghab plain before dawn on Monday, killing three soldiers, and",
  'Syria', 'attack', 'Jurin', 'Hama', 'Al-Ghab', 'Mon', [
    A('SYRREB', 'SYRMIL', "HTS fighters attacked regime positions in Jurin"),
    K('SYRMIL', 3, "killing three soldiers", actor='SYRREB'),
    K('SYRMIL', 3, "three soldiers dead", actor='SYRREB', scored=False, note='headline restatement'),
], wire=True)
N('2020-02-24', "Dozens of tents were swept away and an elderly woman died of cold in the Kafr Lusin camps on 23 February amid a snowstorm that hit the border area north of Idlib.",
  'Syria', 'disaster', 'Kafr Lusin', 'Idlib', 'Harim', '2020-02-23', [
    K('SYRREF', 1, "an elderly woman died of cold in the Kafr Lusin camps"),
])
N('2019-09-02', "US strike targets al-Qaeda leaders north of Idlib - The US military said on Saturday it struck a meeting of leaders of Hurras al-Din near Kafr Halab, west of Aleppo; a monitor said more than 40 were killed",
  'Syria', 'air_drone_strike', 'Kafr Halab', 'Aleppo', 'Atareb', 'Sat', [
    A('USAMIL', 'SYRREB', "it struck a meeting of leaders of Hurras al-Din near Kafr Halab", by='USAMIL'),
    K('SYRREB', 40, "more than 40 were killed", actor='USAMIL', q='AT_LEAST'),
], wire=True)
N('2020-12-14', "A member of the Asayish was shot dead by gunmen in front of his house in al-Hol town, in the eastern countryside of al-Hasakah, late on 13 December.",
  'Syria', 'attack', 'al-Hol', 'Hasakah', 'Al-Hasakah', '2020-12-13', [
    K('SYRREB', 1, "A member of the Asayish was shot dead by gunmen", note='Asayish (SDF police) as REB'),
])
N('2019-02-16', "On 15 February 2019, the regime shelled Khan Shaykhun with artillery and rockets. Shells hit a residential neighbourhood and a market, killing nine people — six women among them — and injuring more than 20.",
  'Syria', 'shelling_artillery_missile', 'Khan Shaykhun', 'Idlib', 'Khan Shaykhun', '2019-02-15', [
    A('SYRMIL', 'SYRCVL', "the regime shelled Khan Shaykhun with artillery and rockets"),
    K('SYRCVL', 9, "killing nine people", actor='SYRMIL'),
    K('SYRCVL', 6, "six women among them", actor='SYRMIL', scored=False, note='sub-count'),
    W('SYRCVL', 20, "injuring more than 20", actor='SYRMIL', q='AT_LEAST'),
])
N('2020-05-26', "On 25 May, unidentified persons shot and wounded a regime officer and his driver on the road between Nawa and al-Sheikh Saad, western Daraa countryside.",
  'Syria', 'attack', 'Nawa', 'Daraa', 'Izra', '2020-05-25', [
    W('SYRMIL', 2, "shot and wounded a regime officer and his driver", note='driver of an officer: MIL'),
])
N('2019-11-29', "Turkish drones hit an SDF vehicle on the road between Ain Issa and Tal Abyad on 28 November, killing two fighters and wounding a third; SDF forces then shelled positions of the factions in Saida village.",
  'Syria', 'air_drone_strike', 'Ain Issa', 'Raqqa', 'Tell Abiad', '2019-11-28', [
    A('TURMIL', 'SYRREB', "Turkish drones hit an SDF vehicle on the road between Ain Issa and Tal Abyad"),
    Q('SYRREB', 'VEHICLE', "Turkish drones hit an SDF vehicle", actor='TURMIL'),
    K('SYRREB', 2, "killing two fighters", actor='TURMIL'),
    W('SYRREB', 1, "wounding a third", actor='TURMIL'),
    A('SYRREB', 'SYRREB', "SDF forces then shelled positions of the factions in Saida village", loc='Saida'),
])
