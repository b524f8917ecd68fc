"""Syria 2019-2020, part 1 (34 notes)."""
from lib import N, K, W, D, E, A, C, O, DEP, T, wd, days

# 1
N('2019-07-15', '2019-07-14', 'Syria', 'attack', 'Tafas', 'Daraa', 'Daraa',
  "On 14 July 2019, unidentified gunmen shot dead a former opposition commander who had signed a reconciliation deal "
  "with the regime, near the grain silos on the western edge of Tafas (Daraa district, Daraa). Fatalities: 1.",
  [K('SYRREB', 1, "unidentified gunmen shot dead a former opposition commander",
     note='former opposition fighter: SYRREB (SYRCVL defensible); bare "shot dead": no ATTACK line')])

# 2
r = '2019-09-04'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'remote_explosive_ied', 'al-Busayrah', 'Deir ez-Zor', 'Deir ez-Zor',
  "An IED planted by an IS cell exploded on the evening of 3 September next to a vehicle carrying SDF members on the road between "
  "al-Busayrah and Dhiban in the eastern countryside of Deir ez-Zor, killing two of them and wounding a third, local "
  "sources said.",
  [A('SYRREB', "An IED planted by an IS cell exploded", victim='SYRREB', note='"between A and B": A'),
   K('SYRREB', 2, "killing two of them", actor='SYRREB'),
   W('SYRREB', 1, "wounding a third", actor='SYRREB')])

# 3
r = '2019-07-23'; d = wd(r, 'Monday')
N(r, d, 'Syria', 'air_drone_strike', 'Maarat al-Numan', 'Idlib', 'Maarat al-Numan',
  "Russian warplanes carried out at least four raids on the vegetable market in Maarat al-Numan in the southern "
  "countryside of Idlib on Monday morning, killing 31 civilians, among them 5 children, and injuring more than 50, "
  "according to the Civil Defence. The toll is expected to rise as rescuers are still digging through the rubble.",
  [A('RUSMIL', "Russian warplanes carried out at least four raids on the vegetable market in Maarat al-Numan",
     victim='SYRCVL', n=4, q='AT_LEAST'),
   K('SYRCVL', 31, "killing 31 civilians", actor='RUSMIL'),
   K('SYRCVL', 5, "among them 5 children", actor='RUSMIL', s=False, note='sub-count'),
   W('SYRCVL', 50, "injuring more than 50", actor='RUSMIL', q='AT_LEAST')])

# 4
N('2019-08-21', '2019-08-20', 'Syria', 'gov_regains_territory', 'Khan Sheikhoun', 'Idlib', 'Maarat al-Numan',
  "On 20 August 2019, regime forces and allied militias backed by Russian air cover took full control of Khan Sheikhoun "
  "(Maarat al-Numan district, Idlib) after opposition factions withdrew overnight, and on the same day entered Morek and "
  "al-Lataminah in the northern countryside of Hama, which the advance had left encircled. Fatalities: 0.",
  [C('SYRMIL', "regime forces and allied militias backed by Russian air cover took full control of Khan Sheikhoun"),
   C('SYRMIL', "on the same day entered Morek and al-Lataminah", loc='Morek'),
   C('SYRMIL', "on the same day entered Morek and al-Lataminah", loc='al-Lataminah')])

# 5
N('2020-06-24', '2020-06-23', 'Syria', 'air_drone_strike', 'Umm al-Kaif', 'Hasakah', 'Hasakah',
  "On 23 June 2020, a Turkish drone struck a car on the road near Umm al-Kaif village, north of Tal Tamr (al-Hasakah "
  "district, al-Hasakah), killing two members of the SDF's military council and a female Asayish member who was "
  "travelling with them. Fatalities: 3.",
  [A('TURMIL', "a Turkish drone struck a car on the road near Umm al-Kaif village", victim='SYRREB'),
   K('SYRREB', 3, "killing two members of the SDF's military council and a female Asayish member", actor='TURMIL',
     note='SDF and Asayish are both SYRREB: one line (2+1)'),
   E('SYRREB', 'VEHICLE', "a Turkish drone struck a car", actor='TURMIL', s=False,
     note='a car of unclear ownership, carrying fighters')])

# 6
r = '2019-05-12'; d = wd(r, 'Saturday')
N(r, d, 'Syria', 'shelling_artillery_missile', 'Kafranbel', 'Idlib', 'Maarat al-Numan',
  "Regime artillery positioned in Jurin camp and the al-Mughayr area pounded the towns of Kafranbel and Has with more "
  "than 120 shells and rockets on Saturday. A woman and her two daughters were killed when a shell hit their home on "
  "the edge of Kafranbel, and seven other civilians were injured in Has.",
  [A('SYRMIL', "pounded the towns of Kafranbel and Has with more than 120 shells and rockets", victim='SYRCVL',
     n=120, q='AT_LEAST'),
   K('SYRCVL', 3, "A woman and her two daughters were killed", actor='SYRMIL', note='one line of 3 (1+2)'),
   W('SYRCVL', 7, "seven other civilians were injured in Has", actor='SYRMIL', loc='Has')])

# 7
r = '2020-03-02'; d = wd(r, 'Sunday')
N(r, d, 'Syria', 'other_violence', 'Jasim', 'Daraa', '',
  "Locals found the body of a young man from Jasim on Sunday morning in farmland between Jasim and Inkhil in the "
  "northern countryside of Daraa, with gunshot wounds to the head and marks of torture. He had been missing for four "
  "days after being stopped at a checkpoint of the regime's Air Force Intelligence.",
  [K('SYRCVL', 1, "the body of a young man from Jasim",
     note='dated to the finding; "between A and B": A; no perpetrator stated')])

# 8
r = '2020-01-21'; d = wd(r, 'Monday')
N(r, d, 'Syria', 'abduction', 'Shahba', 'Suwayda', 'Shahba',
  "Members of a local gang abducted two merchants from Jaramana on Monday on the Damascus-Suwayda road near Shahba and "
  "took them to the eastern countryside of Suwayda; relatives said the kidnappers are demanding a ransom of 50 million "
  "Syrian pounds for their release.",
  [])

# 9
r = '2019-11-17'; d = wd(r, 'Saturday')
N(r, d, 'Syria', 'remote_explosive_ied', 'al-Bab', 'Aleppo', 'al-Bab',
  "Car bomb kills 14 in Syria's al-Bab, Turkey blames Kurdish militants - A car bomb exploded at a crowded bus station "
  "in the town of al-Bab in northern Syria on Saturday, killing at least 14 people and wounding dozens, Turkey's "
  "defence ministry said, blaming the YPG",
  [K('SYRCVL', 14, "Car bomb kills 14", s=False, note='headline restatement of the lead'),
   A(None, "A car bomb exploded at a crowded bus station in the town of al-Bab", victim='SYRCVL',
     note='blamed, not claimed: actor null'),
   K('SYRCVL', 14, "killing at least 14 people", q='AT_LEAST', by='TURGOV', note='mixed toll of people: CVL'),
   W('SYRCVL', None, "wounding dozens", by='TURGOV')],
  wire=True)

# 10
N('2019-01-03', '2019-01-02', 'Syria', 'nonstate_takes_territory', 'Darat Izza', 'Aleppo', 'Jebel Saman',
  "On 2 January 2019, HTS fighters stormed Darat Izza and took control of the town and the nearby Sheikh Barakat "
  "mountain from Nour al-Din al-Zenki, after two days of clashes in the western countryside of Aleppo (Jebel Saman "
  "district, Aleppo). Nine HTS fighters and 6 Zenki fighters were reported killed on that day, along with a civilian "
  "hit by a stray bullet. Fatalities: 16.",
  [A('SYRREB', "HTS fighters stormed Darat Izza", victim='SYRREB', note='both sides SYRREB: one line'),
   C('SYRREB', "HTS fighters stormed Darat Izza and took control of the town"),
   C('SYRREB', "took control of the town and the nearby Sheikh Barakat mountain", loc='Sheikh Barakat'),
   K('SYRREB', 15, "Nine HTS fighters and 6 Zenki fighters were reported killed", note='one line (9+6): both SYRREB'),
   K('SYRCVL', 1, "a civilian hit by a stray bullet")])

# 11
r = '2020-01-15'; d = wd(r, 'Tuesday')
N(r, d, 'Syria', 'air_drone_strike', 'T4 airbase', 'Homs', 'Homs',
  "Israeli missiles hit Syria's T4 airbase, state media says - Syrian air defences intercepted several Israeli missiles "
  "fired at the T4 airbase in Homs province late on Tuesday, state news agency SANA said, adding that four missiles "
  "reached their target and caused material damage. A war monitor said three Iran-backed fighters were killed and",
  [A('ISRMIL', "Israeli missiles fired at the T4 airbase in Homs province", victim='SYRMIL', by='SYRGOV'),
   K('SYRMIL', 3, "three Iran-backed fighters were killed", actor='ISRMIL',
     note='Iranian-backed fighters in Syria: SYRMIL (IRNMIL defensible)')],
  wire=True)

# 12
r = '2020-02-17'
N(r, r, 'Syria', 'protest_or_statement', 'Idlib', 'Idlib', 'Idlib',
  "OCHA update: since 1 December 2019 some 875,000 people have been displaced from their homes in Idlib and western "
  "Aleppo by the regime offensive, most of them from the southern countryside of Idlib. More than 140,000 fled between "
  "10 and 16 February alone, the UN said. It also recorded at least 300 civilian deaths since December.",
  [D('SYRCVL', 875000, "some 875,000 people have been displaced from their homes in Idlib", q='ABOUT', cum=True,
     by='IGOUNO'),
   D('SYRCVL', 140000, "More than 140,000 fled between 10 and 16 February alone", q='AT_LEAST', cum=True, by='IGOUNO',
     note='a sub-total over one week, given as its own running total'),
   K('SYRCVL', 300, "at least 300 civilian deaths since December", q='AT_LEAST', cum=True, by='IGOUNO'),
   O('SYRMIL', "the regime offensive", s=False, date=None, note='ongoing offensive, no launch stated')])

# 13
N('2019-04-08', '2019-04-07', 'Syria', 'remote_explosive_ied', 'al-Shoula', 'Deir ez-Zor', 'Deir ez-Zor',
  "On 7 April 2019, a shepherd and his nephew were killed and a third man lost a leg when a landmine left by IS exploded "
  "as they grazed sheep near al-Shoula in the southern countryside of Deir ez-Zor.",
  [K('SYRCVL', 2, "a shepherd and his nephew were killed", note='war remnant: violence, no ATTACK; one line of 2'),
   W('SYRCVL', 1, "a third man lost a leg")])

# 14
r = '2019-06-02'; d = wd(r, 'Saturday')
N(r, d, 'Syria', 'armed_clash', 'Kabani', 'Latakia', '',
  "Syria: heavy fighting on Latakia front as regime pushes on Kabani - Fierce fighting broke out at dawn on Saturday on "
  "the Kabani axis in the Kurd mountains of rural Latakia after regime forces tried to advance towards hilltops held by "
  "HTS and the Turkistan Islamic Party. The Observatory said 11 regime soldiers and NDF members were killed, while HTS "
  "said its fighters killed 'more than 20' attackers and lost 4 men",
  [A('SYRMIL', "regime forces tried to advance towards hilltops held by HTS and the Turkistan Islamic Party",
     victim='SYRREB'),
   A('SYRREB', "Fierce fighting broke out at dawn on Saturday", victim='SYRMIL', s=False, note='other side of the clash'),
   K('SYRMIL', 11, "11 regime soldiers and NDF members were killed", actor='SYRREB', note='NDF: SYRMIL'),
   K('SYRMIL', 20, "its fighters killed 'more than 20' attackers", q='AT_LEAST', actor='SYRREB', by='SYRREB', s=False,
     note='competing claim for the same dead; the first-stated figure is scored'),
   K('SYRREB', 4, "lost 4 men", actor='SYRMIL', by='SYRREB', note='"lost N men" read as killed')],
  wire=True)

# 15
N('2019-10-28', '2019-10-27', 'Syria', 'attack', 'al-Karamah', 'Raqqa', 'Raqqa',
  "On 27 October 2019, two gunmen on a motorcycle opened fire on the co-chair of the civil council of al-Karamah town, "
  "east of Raqqa city, killing him on the spot; an IS-affiliated channel later claimed the killing. Fatalities: 1.",
  [A('SYRREB', "two gunmen on a motorcycle opened fire on the co-chair of the civil council of al-Karamah town",
     victim='SYRCVL', by='SYRREB', note='claimed by IS: SYRREB'),
   K('SYRCVL', 1, "killing him on the spot", actor='SYRREB', by='SYRREB',
     note='official of the SDF-run civil administration: CVL (not the Damascus government)')])

# 16
r = '2019-10-10'; d = wd(r, 'Wednesday')
N(r, d, 'Syria', 'other_violence', 'Saydnaya', 'Rif Dimashq', 'al-Tall',
  "Relatives of a young man from Muadamiyat al-Sham were informed on Wednesday by the civil registry that he had died "
  "in Saydnaya prison, where he had been held since his arrest at a checkpoint in 2017; a rights group said he died "
  "under torture.",
  [K('SYRCVL', 1, "he had died in Saydnaya prison",
     note='death in custody: dated to the day the family was told; place of death, not home town')])

# 17
N('2019-12-03', '2019-12-02', 'Syria', 'shelling_artillery_missile', 'Tal Rifaat', 'Aleppo', 'Azaz',
  "On 2 December 2019, Turkish forces and allied factions shelled Tal Rifaat (Azaz district, Aleppo) with artillery, "
  "hitting the area near a school as pupils were leaving; 8 civilians, 7 of them children, were killed and 11 others "
  "were injured. Fatalities: 8.",
  [A('TURMIL', "Turkish forces and allied factions shelled Tal Rifaat", victim='SYRCVL'),
   K('SYRCVL', 8, "8 civilians, 7 of them children, were killed", actor='TURMIL'),
   K('SYRCVL', 7, "7 of them children", actor='TURMIL', s=False, note='sub-count'),
   W('SYRCVL', 11, "11 others were injured", actor='TURMIL')])

# 18
r = '2019-05-10'; d = wd(r, 'Wednesday')
N(r, d, 'Syria', 'air_drone_strike', 'Kafr Nabudah', 'Hama', 'al-Suqaylabiyah',
  "Regime helicopters dropped 18 barrel bombs on Kafr Nabudah and Qalaat al-Madiq in the northwestern countryside of "
  "Hama on Wednesday, while Russian jets struck the outskirts of Hbeit. A man was killed in Qalaat al-Madiq, and a child "
  "died on Thursday morning of wounds he suffered in Kafr Nabudah, activists said.",
  [A('SYRMIL', "Regime helicopters dropped 18 barrel bombs on Kafr Nabudah and Qalaat al-Madiq", victim='SYRCVL', n=18),
   A('RUSMIL', "Russian jets struck the outskirts of Hbeit", loc='Hbeit'),
   K('SYRCVL', 1, "A man was killed in Qalaat al-Madiq", actor='SYRMIL', loc='Qalaat al-Madiq'),
   K('SYRCVL', 1, "a child died on Thursday morning of wounds he suffered in Kafr Nabudah", actor='SYRMIL',
     date=wd(r, 'Thursday'), note='dated to the day of death')])

# 19
r = '2020-04-10'; d = wd(r, 'Thursday')
N(r, d, 'Syria', 'attack', 'al-Sukhnah', 'Homs', 'Tadmur',
  "IS militants kill 18 Syrian soldiers in desert ambush: monitor - Islamic State militants ambushed a convoy of Syrian "
  "army soldiers and pro-government fighters near al-Sukhnah in the eastern Homs desert on Thursday, killing 18 of them, "
  "the Syrian Observatory for Human Rights said. Eleven of the dead were members of the…",
  [K('SYRMIL', 18, "IS militants kill 18 Syrian soldiers", actor='SYRREB', s=False, note='headline'),
   A('SYRREB', "Islamic State militants ambushed a convoy of Syrian army soldiers and pro-government fighters near "
     "al-Sukhnah", victim='SYRMIL'),
   K('SYRMIL', 18, "killing 18 of them", actor='SYRREB', note='soldiers and pro-government fighters: SYRMIL')],
  wire=True)

# 20
r = '2019-10-10'; d = wd(r, 'Wednesday')
N(r, d, 'Syria', 'air_drone_strike', 'Ras al-Ain', 'Hasakah', 'Ras al-Ain',
  "Turkey launches offensive against Kurdish-led forces in northeast Syria - Turkish warplanes and artillery struck Ras "
  "al-Ain and Tal Abyad on Wednesday as President Erdogan announced the start of a military operation east of the "
  "Euphrates. The SDF said 5 civilians were killed in the first hours, and tens of thousands of people fled Ras al-Ain "
  "towards Hasakah",
  [O('TURMIL', "Erdogan announced the start of a military operation east of the Euphrates", loc=None, by='TURGOV',
     note='the headline "launches offensive" is the same fact'),
   A('TURMIL', "Turkish warplanes and artillery struck Ras al-Ain and Tal Abyad", victim='SYRREB'),
   K('SYRCVL', 5, "5 civilians were killed in the first hours", actor='TURMIL', by='SYRREB'),
   D('SYRCVL', None, "tens of thousands of people fled Ras al-Ain towards Hasakah", note='place fled from')],
  wire=True)

# 21
N('2020-11-25', '2020-11-24', 'Syria', 'armed_clash', 'Muallaq', 'Raqqa', 'Tal Abyad',
  "On 24 November 2020, Turkish-backed factions attacked SDF positions near the villages of Muallaq and Saida, west of "
  "Ain Issa (Tal Abyad district, Raqqa), under cover of Turkish artillery shelling. The SDF said it repelled the "
  "assault; 14 attackers and 3 of its own fighters were killed. Fatalities: 17.",
  [A('SYRREB', "Turkish-backed factions attacked SDF positions near the villages of Muallaq and Saida", victim='SYRREB',
     note='SNA and SDF both SYRREB: one line'),
   A('TURMIL', "under cover of Turkish artillery shelling", victim='SYRREB'),
   K('SYRREB', 17, "14 attackers and 3 of its own fighters were killed", by='SYRREB',
     note='SNA and SDF both SYRREB: one line (14+3)')])

# 22
r = '2020-01-27'; d = wd(r, 'Sunday')
N(r, d, 'Syria', 'accident', 'Kafr Lusin', 'Idlib', 'Harem',
  "A fire caused by a diesel heater tore through a tent in a displacement camp near Kafr Lusin, on the Turkish border "
  "north of Idlib, on Sunday night, killing a mother and her three children; the father was taken to hospital in Bab "
  "al-Hawa with severe burns.",
  [K('SYRREF', 4, "killing a mother and her three children", note='camp residents: REF; one line of 4'),
   W('SYRREF', 1, "the father was taken to hospital in Bab al-Hawa with severe burns")])

# 23
r = '2020-05-05'; d = wd(r, 'Monday')
N(r, d, 'Syria', 'attack', 'Muzayrib', 'Daraa', 'Daraa',
  "Unknown gunmen targeted a car carrying a first lieutenant of the regime's 4th Division and his driver on the road "
  "between Muzayrib and al-Yadudah in the western countryside of Daraa on Monday evening. The officer was killed "
  "instantly and the driver was seriously wounded.",
  [A(None, "Unknown gunmen targeted a car carrying a first lieutenant of the regime's 4th Division and his driver",
     victim='SYRMIL'),
   K('SYRMIL', 1, "The officer was killed instantly"),
   W('SYRMIL', 1, "the driver was seriously wounded", note="an army officer's driver: MIL")])

# 24
r = '2020-01-16'; d = wd(r, 'Wednesday')
N(r, d, 'Syria', 'air_drone_strike', 'Ariha', 'Idlib', 'Ariha',
  "The death toll from Wednesday's airstrikes on the centre of Ariha has risen to 14 after two of the injured died in "
  "hospitals in Idlib, the Civil Defence said on Thursday. Warplanes believed to be Russian hit a bakery and the "
  "vegetable market in the city; 30 people were injured.",
  [K('SYRCVL', 14, "The death toll from Wednesday's airstrikes on the centre of Ariha has risen to 14",
     note='updated toll of one strike: not cumulative, dated to the strike'),
   A(None, "Warplanes believed to be Russian hit a bakery and the vegetable market in the city", victim='SYRCVL',
     note='"believed to be": actor null'),
   W('SYRCVL', 30, "30 people were injured")])

# 25
N('2020-03-02', '2020-03-02', 'Syria', 'gov_regains_territory', 'Saraqeb', 'Idlib', 'Idlib',
  "On 2 March 2020, regime forces backed by Hezbollah fighters and Russian military police re-entered Saraqeb (Idlib "
  "district, Idlib) after days of fighting with opposition factions and Turkish-backed forces, and reopened the M5 "
  "highway junction east of the town. Russian military police said they had deployed in the town to secure traffic on "
  "the road.",
  [C('SYRMIL', "regime forces backed by Hezbollah fighters and Russian military police re-entered Saraqeb"),
   DEP('RUSMIL', "Russian military police said they had deployed in the town", by='RUSMIL')])

# 26
r = '2020-12-20'; d = wd(r, 'Saturday')
N(r, d, 'Syria', 'other_violence', 'al-Hol', 'Hasakah', 'Hasakah',
  "Residents of al-Hol camp found the body of an Iraqi refugee in the camp's fifth sector on Saturday morning, shot in "
  "the head with a silenced pistol, hours after a Syrian woman was stabbed to death in the same sector on Friday night, "
  "the Asayish said. Camp officials blame IS cells for a wave of killings in the camp since the start of the year.",
  [K('IRQREF', 1, "the body of an Iraqi refugee", by='SYRREB', note='Asayish as source: SYRREB'),
   K('SYRREF', 1, "a Syrian woman was stabbed to death in the same sector on Friday night", date=wd(r, 'Friday'),
     by='SYRREB', note='camp resident: REF'),
   K('SYRREF', None, "a wave of killings in the camp since the start of the year", cum=True, date=r, s=False,
     note='vague background tally')])

# 27
r = '2020-08-10'; d = wd(r, 'Sunday')
N(r, d, 'Syria', 'armed_clash', 'al-Shuhail', 'Deir ez-Zor', 'al-Mayadin',
  "SDF commandos backed by US-led coalition helicopters raided a house in the town of al-Shuhail in the eastern "
  "countryside of Deir ez-Zor at dawn on Sunday, killing two suspected IS cell members in an exchange of fire and "
  "arresting a third; one SDF fighter was wounded, the coalition said.",
  [A('SYRREB', "SDF commandos backed by US-led coalition helicopters raided a house in the town of al-Shuhail",
     victim='SYRREB'),
   K('SYRREB', 2, "killing two suspected IS cell members", actor='SYRREB', by='USAMIL', note='coalition: USAMIL'),
   W('SYRREB', 1, "one SDF fighter was wounded", by='USAMIL')])

# 28
r = '2020-06-08'; d = wd(r, 'Monday')
N(r, d, 'Syria', 'protest_or_statement', 'Suwayda', 'Suwayda', 'Suwayda',
  "Dozens of people gathered for a second day in al-Sir square in the centre of Suwayda city on Monday to protest "
  "against the collapse of the Syrian pound and rising prices, chanting slogans against the government; the protest "
  "ended peacefully in the early afternoon and no arrests were reported.",
  [])

# 29
r = '2019-11-08'; d = wd(r, 'Thursday')
N(r, d, 'Syria', 'remote_explosive_ied', 'Damascus', 'Damascus', 'Damascus',
  "A sticky bomb attached to a car exploded in the Mezzeh 86 area of Damascus on Thursday, killing its driver, an "
  "officer in the Republican Guard, and wounding a passer-by, state media said.",
  [A(None, "A sticky bomb attached to a car exploded in the Mezzeh 86 area of Damascus", victim='SYRMIL', by='SYRGOV',
     loc='Mezzeh 86'),
   K('SYRMIL', 1, "killing its driver, an officer in the Republican Guard", by='SYRGOV', loc='Mezzeh 86'),
   W('SYRCVL', 1, "wounding a passer-by", by='SYRGOV', loc='Mezzeh 86')],
  gloc='Mezzeh 86')

# 30
r = '2020-01-13'; d = wd(r, 'Sunday')
N(r, d, 'Syria', 'disaster', 'Sarmada', 'Idlib', 'Harem',
  "Torrential rain flooded at least 35 camps for displaced people around Sarmada and Atmeh in the northern countryside "
  "of Idlib on Sunday, destroying or damaging some 2,700 tents and forcing about 9,000 people to move; a boy drowned "
  "when a stream swept through a camp near Qah, the Response Coordination Group said.",
  [D('SYRREF', 9000, "forcing about 9,000 people to move", q='ABOUT',
     note='flood in IDP camps: REF; one storm, not a running total'),
   K('SYRREF', 1, "a boy drowned when a stream swept through a camp near Qah", loc='Qah')])

# 31
r = '2019-06-07'; d = wd(r, 'Thursday')
N(r, d, 'Syria', 'nonstate_takes_territory', 'Tal Malah', 'Hama', 'Muhradah',
  "Syrian rebels launch counterattack in northern Hama - Opposition factions led by HTS and the National Front for "
  "Liberation launched a counterattack on Thursday and seized the villages of Tal Malah and al-Jabin in the northern "
  "Hama countryside, a rebel spokesman said. The Syrian Observatory said at least 22 government troops and 19 rebels "
  "died in the fighting, which…",
  [O('SYRREB', "Syrian rebels launch counterattack in northern Hama", loc=None, s=False, note='headline'),
   O('SYRREB', "launched a counterattack on Thursday", by='SYRREB'),
   C('SYRREB', "seized the villages of Tal Malah and al-Jabin", by='SYRREB'),
   C('SYRREB', "seized the villages of Tal Malah and al-Jabin", loc='al-Jabin', by='SYRREB'),
   K('SYRMIL', 22, "at least 22 government troops and 19 rebels died", q='AT_LEAST', actor='SYRREB'),
   K('SYRREB', 19, "at least 22 government troops and 19 rebels died", q='AT_LEAST', actor='SYRMIL',
     note='"at least" governs both figures (the second is elliptical)')],
  wire=True)

# 32
N('2020-04-10', '2020-04-09', 'Syria', 'air_drone_strike', 'Jdeidet Yabous', 'Rif Dimashq', 'al-Zabadani',
  "On 9 April 2020, an Israeli drone fired a missile at a car on the Damascus-Beirut road near Jdeidet Yabous, close to "
  "the Lebanese border (al-Zabadani district, Rif Dimashq). The car was burnt out; its occupants, reported to be "
  "Hezbollah members, got out before a second missile hit it. Fatalities: 0.",
  [A('ISRMIL', "an Israeli drone fired a missile at a car on the Damascus-Beirut road near Jdeidet Yabous",
     victim='LBNREB'),
   E('LBNREB', 'VEHICLE', "The car was burnt out", actor='ISRMIL', note='car of reported Hezbollah members: LBNREB')])

# 33
r = '2020-02-02'; d = wd(r, 'Saturday')
N(r, d, 'Syria', 'shelling_artillery_missile', 'Aleppo', 'Aleppo', 'Jebel Saman',
  "Rocket shells fired by armed groups from the western countryside of Aleppo fell on the al-Hamdaniya and New Aleppo "
  "neighbourhoods of Aleppo city on Saturday, killing a woman and injuring 6 people, among them two children, SANA "
  "reported.",
  [A('SYRREB', "Rocket shells fired by armed groups from the western countryside of Aleppo fell on the al-Hamdaniya and "
     "New Aleppo neighbourhoods", victim='SYRCVL', by='SYRGOV'),
   K('SYRCVL', 1, "killing a woman", actor='SYRREB', by='SYRGOV'),
   W('SYRCVL', 6, "injuring 6 people", actor='SYRREB', by='SYRGOV'),
   W('SYRCVL', 2, "among them two children", actor='SYRREB', by='SYRGOV', s=False, note='sub-count')],
  gloc='al-Hamdaniya')

# 34
r = '2020-03-30'; d = wd(r, 'Sunday')
N(r, d, 'Syria', 'attack', 'Uqayribat', 'Hama', 'Salamiyah',
  "Eight truffle collectors from al-Salamiyah and a member of the regime's National Defence Forces who was guarding "
  "them were killed when IS cells attacked them in the desert east of Uqayribat in the eastern countryside of Hama on "
  "Sunday; three others are still missing, a local network said.",
  [A('SYRREB', "IS cells attacked them in the desert east of Uqayribat", victim='SYRCVL'),
   K('SYRCVL', 8, "Eight truffle collectors from al-Salamiyah", actor='SYRREB'),
   K('SYRMIL', 1, "a member of the regime's National Defence Forces who was guarding them", actor='SYRREB',
     note='NDF: SYRMIL')])
