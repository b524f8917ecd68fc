"""39 monitor notes from other conflicts (33 conflict + 1 with no event) and 5 non-conflict notes."""
from lib import *

I('n01-afg-kunduz', 'note', '2019-09-01', '2019-08-31', 'Afghanistan', 'nonstate_takes_territory', 'Kunduz', 'Kunduz', 'Kunduz', 23,
  "On 31 August 2019, Taliban fighters attacked Kunduz city from several directions and briefly held the Sardawra roundabout and the main hospital area before commandos pushed them back. The interior ministry said 20 attackers were killed; 3 police officers also died and 11 civilians were hurt.",
  A('AFGREB', 'Taliban fighters attacked Kunduz city from several directions', v='AFGMIL'),
  C('AFGREB', 'briefly held the Sardawra roundabout and the main hospital area', s=False, note='a brief hold of sites, not the town'),
  K('AFGREB', 20, 'The interior ministry said 20 attackers were killed', by='AFGGOV'),
  K('AFGMIL', 3, '3 police officers also died', a='AFGREB'),
  W('AFGCVL', 11, '11 civilians were hurt'))

I('n02-iraq-kirkuk-is', 'note', '2020-12-04', '2020-12-03', 'Iraq', 'attack', 'Dibis', 'Kirkuk', 'Dibis', 3,
  "Dibis district (Kirkuk), 3 December 2020 - IS militants attacked a PMF post near the Khabbaz oil field after dark, killing 3 PMF members, among them a company commander, and wounding 2. The post's pickup truck was set on fire.",
  A('IRQREB', 'IS militants attacked a PMF post near the Khabbaz oil field', v='IRQMIL'),
  K('IRQMIL', 3, 'killing 3 PMF members', a='IRQREB'),
  K('IRQMIL', 1, 'among them a company commander', a='IRQREB', s=False, note='sub-count'),
  W('IRQMIL', 2, 'wounding 2', a='IRQREB'),
  E('IRQMIL', 'VEHICLE', None, "The post's pickup truck was set on fire", a='IRQREB'))

I('n03-yemen-marib-missile', 'note', '2021-02-16', '2021-02-15', 'Yemen', 'shelling_artillery_missile', 'Marib', 'Marib', 'Marib City', 0,
  "Marib, 15 February 2021: a Houthi ballistic missile fell near Al-Rawdha camp for displaced people west of the city. Camp managers said 5 people were injured and some 200 families moved towards the city centre afterwards; the Houthis also pressed their ground offensive in Sirwah.",
  A('YEMREB', 'a Houthi ballistic missile fell near Al-Rawdha camp for displaced people west of the city', v='YEMREF'),
  W('YEMREF', 5, '5 people were injured', a='YEMREB', note='camp residents: REF'),
  D('YEMREF', None, 'some 200 families moved towards the city centre afterwards', note='families, no count of people'),
  O('YEMREB', 'the Houthis also pressed their ground offensive in Sirwah', loc='Sirwah', d='-', s=False, note='ongoing offensive'))

I('n04-nga-zamfara-bandits', 'note', '2022-01-07', '2022-01-05', 'Nigeria', 'attack', 'Kurfa Danya', 'Zamfara', 'Anka', 58,
  "Anka and Bukkuyum LGAs (Zamfara), 5 January 2022 - Hundreds of bandits on motorcycles raided Kurfa Danya and nearby villages, shooting dead at least 58 villagers. Residents buried the dead the next day; thousands fled to Anka town.",
  A('NGAREB', 'Hundreds of bandits on motorcycles raided Kurfa Danya and nearby villages', v='NGACVL'),
  K('NGACVL', '>58', 'shooting dead at least 58 villagers', a='NGAREB'),
  D('NGACVL', None, 'thousands fled to Anka town'))

I('n05-som-mortar', 'note', '2023-07-11', '2023-07-10', 'Somalia', 'shelling_artillery_missile', 'Mogadishu', 'Banadir', 'Hamar Jajab', 2,
  "On 10 July 2023, al-Shabaab fired several mortar rounds at the Halane base near Mogadishu airport. Two shells hit houses nearby, killing a child and an elderly man and injuring 4 people. The group said it was aiming at foreign forces.",
  A('SOMREB', 'al-Shabaab fired several mortar rounds at the Halane base near Mogadishu airport'),
  K('SOMCVL', 2, 'killing a child and an elderly man', a='SOMREB', note='one code: one line'),
  W('SOMCVL', 4, 'injuring 4 people', a='SOMREB'))

I('n06-cod-adf-beni', 'note', '2021-05-31', '2021-05-30', 'DR Congo', 'attack', 'Boga', 'Ituri', 'Irumu', 57,
  "In the night of 30 May 2021, ADF fighters attacked a displacement site in Boga and the village of Tchabi in Irumu territory, killing at least 57 people with machetes and guns. Local authorities said some of the attackers' bodies were found after FARDC troops arrived; 30 houses were burnt.",
  A('CODREB', 'ADF fighters attacked a displacement site in Boga and the village of Tchabi', v='CODREF'),
  K('CODREF', '>57', 'killing at least 57 people with machetes and guns', a='CODREB', note='mainly a displacement site: REF'),
  K('CODREB', None, "some of the attackers' bodies were found after FARDC troops arrived", by='CODGOV', s=False, note='vague, no stated killing'))

I('n07-mli-mopti-ambush', 'note', '2022-05-18', '2022-05-17', 'Mali', 'attack', 'Boni', 'Mopti', 'Douentza', 19,
  "Boni (Douentza cercle), 17 May 2022 - Suspected JNIM fighters ambushed a FAMa supply convoy on the national road, killing 5 soldiers and 2 civilian truck drivers. 3 army trucks were burnt. The army said it 'neutralised' a dozen assailants.",
  A('MLIREB', 'Suspected JNIM fighters ambushed a FAMa supply convoy on the national road', v='MLIMIL'),
  K('MLIMIL', 5, 'killing 5 soldiers and 2 civilian truck drivers', a='MLIREB'),
  K('MLICVL', 2, 'killing 5 soldiers and 2 civilian truck drivers', a='MLIREB'),
  E('MLIMIL', 'VEHICLE', 3, '3 army trucks were burnt', a='MLIREB'),
  K('MLIREB', '~12', "it 'neutralised' a dozen assailants", a='MLIMIL', by='MLIMIL', note='"a dozen" read as about 12'))

I('n08-bfa-vdp', 'note', '2023-04-21', '2023-04-20', 'Burkina Faso', 'attack', 'Karma', 'Nord', 'Yatenga', 60,
  "On 20 April 2023, men in army uniforms rounded up residents of Karma village near Ouahigouya and shot at least 60 of them, according to the local prosecutor. The government condemned the killings and promised an inquiry.",
  K('BFACVL', '>60', 'shot at least 60 of them', by='BFAGOV', note='perpetrators in uniform, not identified: no actor; the prosecutor as a state source'))

I('n09-ner-tillaberi', 'note', '2021-03-22', '2021-03-21', 'Niger', 'attack', 'Intazayene', 'Tahoua', 'Tillia', 141,
  "Tillia department (Tahoua), 21 March 2021 - Gunmen on motorbikes attacked the villages of Intazayene, Bakorat and Wistane and surrounding hamlets, killing 141 civilians, the government said. Survivors said the attackers went from house to house.",
  A(None, 'Gunmen on motorbikes attacked the villages of Intazayene, Bakorat and Wistane', v='NERCVL'),
  K('NERCVL', 141, 'killing 141 civilians', by='NERGOV'))

I('n10-sdn-darfur-camp', 'note', '2023-11-07', '2023-11-05', 'Sudan', 'attack', 'Ardamata', 'West Darfur', '', 0,
  "Ardamata (West Darfur), 4-5 November 2023: the RSF and allied Arab militias overran the army's 15th Infantry Division base and then swept through the adjoining displacement camp. Local monitors spoke of hundreds killed but could give no firm figure. About 8,000 people crossed into Chad within a week, UNHCR said.",
  C('SDNREB', "the RSF and allied Arab militias overran the army's 15th Infantry Division base", s=False, note='a base, not a named place; taking over two days'),
  A('SDNREB', 'swept through the adjoining displacement camp', v='SDNREF', d='-', note='over two days'),
  K('SDNREF', None, 'Local monitors spoke of hundreds killed but could give no firm figure', d='-', s=False, note='vague and unsure'),
  D('SDNREF', '~8,000', 'About 8,000 people crossed into Chad within a week', by='IGOUNO', cum=True, note='over a week'))

I('n11-ssd-cattle', 'note', '2022-06-14', '2022-06-12', 'South Sudan', 'attack', 'Makuach', 'Jonglei', 'Bor South', 22,
  "On 12 June 2022, armed youths from Pibor raided cattle camps near Makuach, Bor South county, killing 13 herders and driving away an unknown number of cattle, county officials said. Five women and two children were abducted. 9 of the attackers were killed when herders fought back.",
  A('SSDREB', 'armed youths from Pibor raided cattle camps near Makuach', v='SSDCVL'),
  K('SSDCVL', 13, 'killing 13 herders', a='SSDREB', by='SSDGOV'),
  K('SSDREB', 9, '9 of the attackers were killed when herders fought back', a='SSDCVL'))

I('n12-eth-amhara-drone', 'note', '2023-08-15', '2023-08-13', 'Ethiopia', 'air_drone_strike', 'Finote Selam', 'Amhara', 'West Gojjam', 26,
  "Finote Selam (West Gojjam), 13 August 2023 - A drone strike hit a square in the town centre where people had gathered near a bus station, killing 26 people, health workers said. Residents blamed the federal army, which has been fighting Fano militias in the region; the army gave no comment.",
  A(None, 'A drone strike hit a square in the town centre', v='ETHCVL', note='blamed by residents only: no actor'),
  K('ETHCVL', 26, 'killing 26 people'))

I('n13-cmr-anglophone', 'note', '2020-10-25', '2020-10-24', 'Cameroon', 'attack', 'Kumba', 'Sud-Ouest', 'Meme', 7,
  "Kumba (South-West region), 24 October 2020: gunmen stormed the Mother Francisca International Bilingual Academy at midday, killing 7 pupils aged 9 to 12 and wounding 13 others. The government blamed separatist fighters; no group claimed the attack.",
  A(None, 'gunmen stormed the Mother Francisca International Bilingual Academy at midday', v='CMRCVL', note='blamed by the government, not claimed'),
  K('CMRCVL', 7, 'killing 7 pupils aged 9 to 12'),
  W('CMRCVL', 13, 'wounding 13 others'))

I('n14-moz-cabo', 'note', '2022-09-09', '2022-09-06', 'Mozambique', 'attack', 'Chipene', 'Cabo Delgado', 'Memba', 4,
  "Memba district, 6 September 2022: insurgents linked to IS attacked the Catholic mission at Chipene in Nampula province, killing an Italian nun and 3 other people and setting fire to the church, the clinic and school buildings. Thousands of people fled towards Memba town in the days that followed.",
  A('MOZREB', 'insurgents linked to IS attacked the Catholic mission at Chipene', v='MOZCVL'),
  K('ITACVL', 1, 'killing an Italian nun and 3 other people', a='MOZREB'),
  K('MOZCVL', 3, 'killing an Italian nun and 3 other people', a='MOZREB'),
  D('MOZCVL', None, 'Thousands of people fled towards Memba town in the days that followed', d='-', s=False, note='over several days'))

I('n15-caf-bambari', 'note', '2021-02-17', '2021-02-16', 'CAR', 'gov_regains_territory', 'Bambari', 'Ouaka', 'Bambari', 2,
  "On 16 February 2021, FACA soldiers backed by Russian instructors retook Bambari from CPC rebels after a morning of fighting. A FACA soldier and a rebel were killed, MINUSCA said; the rebels withdrew towards Ippy.",
  C('CAFMIL', 'FACA soldiers backed by Russian instructors retook Bambari from CPC rebels'),
  A('CAFMIL', 'after a morning of fighting', v='CAFREB'),
  K('CAFMIL', 1, 'A FACA soldier and a rebel were killed', by='IGOUNO'),
  K('CAFREB', 1, 'A FACA soldier and a rebel were killed', by='IGOUNO'))

I('n16-lby-tripoli-shelling', 'note', '2020-01-27', '2020-01-26', 'Libya', 'shelling_artillery_missile', 'Mitiga', 'Tripolitania', '', 0,
  "26 January 2020 - Rockets fired by the self-styled Libyan National Army struck Mitiga airport, the only working airport serving the capital, damaging a civilian plane and a runway. Flights were diverted to Misrata. Health officials reported no injuries.",
  A('LBYREB', 'Rockets fired by the self-styled Libyan National Army struck Mitiga airport'))

I('n17-pak-kurram', 'note', '2024-11-22', '2024-11-21', 'Pakistan', 'attack', 'Mandori', 'Khyber Pakhtunkhwa', 'Kurram', 42,
  "Lower Kurram, 21 November 2024 - Gunmen opened fire on a convoy of passenger vans near Mandori, killing 42 people, including 7 women and a child, and wounding 16, provincial officials said. A police escort was travelling with the convoy; 2 policemen were among the wounded.",
  A(None, 'Gunmen opened fire on a convoy of passenger vans near Mandori', v='PAKCVL'),
  K('PAKCVL', 42, 'killing 42 people', by='PAKGOV'),
  K('PAKCVL', 8, 'including 7 women and a child', s=False, note='sub-count'),
  W('PAKCVL', 16, 'wounding 16', by='PAKGOV'),
  W('PAKMIL', 2, '2 policemen were among the wounded', s=False, note='sub-count of the 16'))

I('n18-ind-chhattisgarh', 'note', '2021-04-04', '2021-04-03', 'India', 'armed_clash', 'Tekalguda', 'Chhattisgarh', 'Bijapur', 26,
  "Bijapur (Chhattisgarh), 3 April 2021 - Maoists ambushed a joint CRPF and state police team returning from an operation near Tekalguda, sparking a four-hour gunfight. 22 security personnel were killed and 31 wounded; police said at least 4 Maoists died.",
  A('INDREB', 'Maoists ambushed a joint CRPF and state police team returning from an operation near Tekalguda', v='INDMIL'),
  K('INDMIL', 22, '22 security personnel were killed', a='INDREB'),
  W('INDMIL', 31, '31 wounded', a='INDREB'),
  K('INDREB', '>4', 'police said at least 4 Maoists died', by='INDMIL'))

I('n19-mmr-sagaing-airstrike', 'note', '2023-04-12', '2023-04-11', 'Myanmar', 'air_drone_strike', 'Pazigyi', 'Sagaing', 'Kanbalu', 168,
  "On 11 April 2023, a military jet bombed a crowd gathered for the opening of a local NUG office in Pazigyi village, and a helicopter then fired on survivors. Residents counted 168 dead, among them about 40 children.",
  A('MMRMIL', 'a military jet bombed a crowd gathered for the opening of a local NUG office in Pazigyi village', v='MMRCVL'),
  A('MMRMIL', 'a helicopter then fired on survivors', v='MMRCVL', s=False, note='same raid'),
  K('MMRCVL', 168, 'Residents counted 168 dead', a='MMRMIL'),
  K('MMRCVL', '~40', 'among them about 40 children', a='MMRMIL', s=False, note='sub-count'))

I('n20-phl-marawi', 'note', '2023-12-04', '2023-12-03', 'Philippines', 'remote_explosive_ied', 'Marawi', 'Lanao del Sur', '', 4,
  "BARMM, 3 December 2023: a bomb exploded during a Catholic mass in the gymnasium of Mindanao State University in Marawi, killing 4 worshippers and injuring about 50. The army blamed the Dawlah Islamiyah-Maute group.",
  A('PHLREB', 'a bomb exploded during a Catholic mass in the gymnasium of Mindanao State University in Marawi', v='PHLCVL', note='the army attributes it'),
  K('PHLCVL', 4, 'killing 4 worshippers', a='PHLREB'),
  W('PHLCVL', '~50', 'injuring about 50', a='PHLREB'))

I('n21-col-cauca', 'note', '2024-03-18', '2024-03-17', 'Colombia', 'attack', 'Toribio', 'Cauca', 'Toribio', 1,
  "Toribio (Cauca), 17 March 2024 - FARC dissidents of the Dagoberto Ramos column shot dead an indigenous guard coordinator who had tried to stop them taking a teenager. The community detained 4 of the attackers.",
  K('COLCVL', 1, 'shot dead an indigenous guard coordinator', a='COLREB'))

I('n22-mex-michoacan', 'note', '2022-02-28', '2022-02-27', 'Mexico', 'attack', 'San Jose de Gracia', 'Michoacan', 'Marcos Castellanos', 0,
  "San Jose de Gracia (Michoacan), 27 February 2022: videos showed gunmen lining up a group of men against a wall and firing at them after a wake. Prosecutors found blood and shell casings but no bodies; the number of victims could not be confirmed.",
  A(None, 'gunmen lining up a group of men against a wall and firing at them after a wake', v='MEXCVL'),
  K('MEXCVL', None, 'the number of victims could not be confirmed', s=False, note='deaths not confirmed'))

I('n23-ukr-kharkiv-capture', 'note', '2022-09-11', '2022-09-10', 'Ukraine', 'gov_regains_territory', 'Kupiansk', 'Kharkiv', 'Kupiansk', 0,
  "On 10 September 2022, Ukrainian troops entered Kupiansk, the railway hub on the Oskil river, and raised the flag over the city council. Russia's defence ministry said its forces were regrouping towards Donetsk; it did not mention the town.",
  C('UKRMIL', 'Ukrainian troops entered Kupiansk'))

I('n24-pse-nablus', 'note', '2023-02-23', '2023-02-22', 'Palestine', 'armed_clash', 'Nablus', 'West Bank', 'Nablus', 11,
  "Nablus, 22 February 2023 - An Israeli army raid into the old city to arrest militants of the Lions' Den turned into hours of gunfire. The Palestinian health ministry said 11 Palestinians were killed, among them a 72-year-old man, and 102 wounded by live fire.",
  A('ISRMIL', "An Israeli army raid into the old city to arrest militants of the Lions' Den", v='PSEREB'),
  K('PSECVL', 11, '11 Palestinians were killed', a='ISRMIL', by='PSEGOV', note='mixed toll of fighters and civilians: CVL'),
  K('PSECVL', 1, 'among them a 72-year-old man', a='ISRMIL', s=False, note='sub-count'),
  W('PSECVL', 102, '102 wounded by live fire', a='ISRMIL', by='PSEGOV'))

I('n25-lbn-south-strike', 'note', '2024-02-15', '2024-02-14', 'Lebanon', 'air_drone_strike', 'Nabatieh', 'Nabatieh', 'Nabatieh', 11,
  "South Lebanon, 14 February 2024: Israeli strikes on a residential building in Nabatieh killed 7 members of one family, among them 2 children, and in Al-Sawana killed a woman and her 2 children. Earlier, a rocket from Lebanon killed an Israeli soldier in Safad.",
  A('ISRMIL', 'Israeli strikes on a residential building in Nabatieh', v='LBNCVL'),
  K('LBNCVL', 7, 'killed 7 members of one family', a='ISRMIL'),
  K('LBNCVL', 2, 'among them 2 children', a='ISRMIL', s=False, note='sub-count'),
  K('LBNCVL', 3, 'in Al-Sawana killed a woman and her 2 children', a='ISRMIL', loc='Al-Sawana'),
  A('LBNREB', 'a rocket from Lebanon killed an Israeli soldier in Safad', loc='Safad', v='ISRMIL', s=False, note='unclaimed in the text; Hezbollah by context'),
  K('ISRMIL', 1, 'a rocket from Lebanon killed an Israeli soldier in Safad', loc='Safad', note='fatalities counts it: the note\'s incidents, whatever the country'))

I('n26-hti-gangs', 'note', '2024-10-05', '2024-10-03', 'Haiti', 'attack', 'Pont-Sonde', 'Artibonite', 'Saint-Marc', 70,
  "Pont-Sonde (Artibonite), 3 October 2024 - Members of the Gran Grif gang raided the town at dawn, killing at least 70 people, among them 10 women and 3 infants, and setting 45 homes on fire, the UN said. More than 6,000 residents fled to Saint-Marc.",
  A('HTIREB', 'Members of the Gran Grif gang raided the town at dawn', v='HTICVL'),
  K('HTICVL', '>70', 'killing at least 70 people', a='HTIREB', by='IGOUNO'),
  K('HTICVL', 13, 'among them 10 women and 3 infants', a='HTIREB', s=False, note='sub-count'),
  D('HTICVL', '>6,000', 'More than 6,000 residents fled to Saint-Marc', by='IGOUNO'))

I('n27-ken-lamu', 'note', '2023-06-26', '2023-06-24', 'Kenya', 'attack', 'Salama', 'Lamu', 'Lamu West', 5,
  "On 24 June 2023, suspected al-Shabaab militants raided Salama and Widho villages in Lamu county, beheading 5 men, police said. Houses were burnt, and families moved into Mpeketoni town.",
  A('SOMREB', 'suspected al-Shabaab militants raided Salama and Widho villages in Lamu county', v='KENCVL'),
  K('KENCVL', 5, 'beheading 5 men', a='SOMREB', by='KENMIL'),
  D('KENCVL', None, 'families moved into Mpeketoni town', loc='Salama', note='families, no count'))

I('n28-ben-park', 'note', '2022-02-09', '2022-02-08', 'Benin', 'remote_explosive_ied', 'W National Park', 'Alibori', 'Karimama', 9,
  "Alibori, 8 February 2022: two vehicles of park rangers and a French trainer hit improvised explosive devices in W National Park; 8 rangers and the trainer, a former French soldier, were killed and 12 injured. The army deployed a quick-reaction unit to the area the following day.",
  A(None, 'two vehicles of park rangers and a French trainer hit improvised explosive devices', v='BENMIL'),
  K('BENMIL', 8, '8 rangers and the trainer, a former French soldier, were killed', note='rangers as MIL'),
  K('FRACVL', 1, '8 rangers and the trainer, a former French soldier, were killed'),
  W('BENMIL', 12, '12 injured'),
  E('BENMIL', 'VEHICLE', 2, 'two vehicles of park rangers and a French trainer hit improvised explosive devices'),
  DP('BENMIL', 'The army deployed a quick-reaction unit to the area the following day', d='2022-02-09', loc='-'))

I('n29-tur-pkk', 'note', '2019-07-16', '2019-07-15', 'Turkey', 'armed_clash', 'Semdinli', 'Hakkari', 'Semdinli', 6,
  "Semdinli (Hakkari), 15 July 2019: clashes broke out between soldiers and PKK militants in rural areas near the Iraqi border. The governor's office said a soldier was killed and 5 PKK militants were 'neutralised'.",
  A('TURMIL', 'clashes broke out between soldiers and PKK militants', v='TURREB'),
  A('TURREB', 'clashes broke out between soldiers and PKK militants', v='TURMIL', s=False, note='other side of the clash'),
  K('TURMIL', 1, 'a soldier was killed', a='TURREB', by='TURGOV'),
  K('TURREB', 5, "5 PKK militants were 'neutralised'", a='TURMIL', by='TURGOV'))

I('n30-irn-zahedan', 'note', '2022-10-02', '2022-09-30', 'Iran', 'other_violence', 'Zahedan', 'Sistan and Baluchestan', 'Zahedan', 71,
  "On 30 September 2022, security forces fired on worshippers protesting outside the Makki mosque after Friday prayers in Zahedan. Amnesty International later put the dead at 66, including children; officials said 5 members of the Revolutionary Guard were killed.",
  A('IRNMIL', 'security forces fired on worshippers protesting outside the Makki mosque', v='IRNCVL'),
  K('IRNCVL', 66, 'Amnesty International later put the dead at 66', a='IRNMIL'),
  K('IRNMIL', 5, 'officials said 5 members of the Revolutionary Guard were killed', by='IRNGOV'))

I('n31-tha-yala', 'note', '2021-05-06', '2021-05-05', 'Thailand', 'remote_explosive_ied', 'Bannang Sata', 'Yala', 'Bannang Sata', 2,
  "Bannang Sata district (Yala), 5 May 2021 - A roadside bomb hit a ranger pickup truck on a rubber plantation road; 2 rangers were killed and another was hurt. Insurgents fired on the rescue team that arrived later, without causing injuries.",
  A(None, 'A roadside bomb hit a ranger pickup truck on a rubber plantation road', v='THAMIL'),
  E('THAMIL', 'VEHICLE', None, 'A roadside bomb hit a ranger pickup truck'),
  K('THAMIL', 2, '2 rangers were killed'),
  W('THAMIL', 1, 'another was hurt'),
  A('THAREB', 'Insurgents fired on the rescue team that arrived later', v='THAMIL'))

I('n32-png-enga', 'note', '2024-02-19', '2024-02-18', 'Papua New Guinea', 'armed_clash', 'Wabag', 'Enga', 'Wabag', 26,
  "Wabag district (Enga), 18 February 2024: fighting between the Sikin and Kaekin clans and their allies broke out again at dawn. Police recovered 26 bodies from roadsides and riverbanks by evening; officers said the toll could rise. Hundreds of villagers fled to the hills.",
  A('PNGREB', 'fighting between the Sikin and Kaekin clans and their allies broke out again at dawn', v='PNGREB', note='clan fighters: REB; one code'),
  K('PNGREB', 26, 'Police recovered 26 bodies from roadsides and riverbanks by evening', by='PNGMIL', note='mixed, mostly clan fighters'),
  D('PNGCVL', None, 'Hundreds of villagers fled to the hills'))

I('n33-arm-jermuk', 'note', '2022-09-14', '2022-09-13', 'Armenia', 'shelling_artillery_missile', 'Jermuk', 'Vayots Dzor', 'Jermuk', 120,
  "Vayots Dzor and Syunik, 13 September 2022 - Azerbaijani forces shelled Jermuk, Goris and Kapan with artillery and drones overnight. Yerevan said 49 Armenian soldiers were killed; Baku reported 71 of its own servicemen dead. About 2,750 residents left the shelled areas.",
  A('AZEMIL', 'Azerbaijani forces shelled Jermuk, Goris and Kapan with artillery and drones overnight', v='ARMMIL'),
  K('ARMMIL', 49, 'Yerevan said 49 Armenian soldiers were killed', a='AZEMIL', by='ARMGOV'),
  D('ARMCVL', '~2,750', 'About 2,750 residents left the shelled areas', loc='-'),
  K('AZEMIL', 71, 'Baku reported 71 of its own servicemen dead', by='AZEGOV', loc='-', note='the other side of the same clashes; border-wide, no place'))

I('n34-geo-protest', 'note', '2024-12-01', '2024-11-30', 'Georgia', 'protest_or_statement', 'Tbilisi', 'Tbilisi', '', 0,
  "Tbilisi, 30 November 2024: thousands of people marched along Rustaveli Avenue for a third night against the suspension of EU accession talks. Riot police used water cannon to clear the parliament steps; the interior ministry reported 107 arrests.",
  noevent=True)

# --- non-conflict notes ---
I('x01-npl-bus', 'note', '2024-07-13', '2024-07-12', 'Nepal', 'disaster', 'Simaltal', 'Bagmati', 'Chitwan', 0,
  "Chitwan, 12 July 2024: a landslide swept two buses carrying 65 passengers off the Narayanghat-Mugling highway at Simaltal into the flooded Trishuli river before dawn. Three passengers swam to safety; rescuers had recovered 7 bodies by evening.",
  K('NPLCVL', 7, 'rescuers had recovered 7 bodies by evening', note='a rain-fed landslide: disaster'))

I('x02-gtm-landslide', 'note', '2020-11-08', '2020-11-06', 'Guatemala', 'disaster', 'Queja', 'Alta Verapaz', 'San Cristobal Verapaz', 0,
  "On 6 November 2020, a hillside collapsed onto the village of Queja after days of rain from storm Eta, burying about 150 houses. Soldiers reached the village two days later; the government confirmed 5 bodies and listed more than 100 people as missing. About 1,500 people moved to shelters in San Cristobal Verapaz.",
  K('GTMCVL', 5, 'the government confirmed 5 bodies', by='GTMGOV'),
  D('GTMCVL', '~1,500', 'About 1,500 people moved to shelters in San Cristobal Verapaz', loc='Queja', d='-', note='day not given'))

I('x03-mwi-cyclone', 'note', '2023-03-16', '2023-03-15', 'Malawi', 'disaster', 'Blantyre', 'Southern Region', 'Blantyre', 0,
  "Southern Region, 15 March 2023 - The toll from Cyclone Freddy's floods and mudslides rose to 326, the disaster management department said, most of them in Blantyre. 704 people were injured and about 183,000 displaced since the storm made landfall on Sunday.",
  K('MWICVL', 326, "The toll from Cyclone Freddy's floods and mudslides rose to 326", by='MWIGOV', loc='-', note='updated toll of one storm: not cumulative'),
  W('MWICVL', 704, '704 people were injured', by='MWIGOV', loc='-'),
  D('MWICVL', '~183,000', 'about 183,000 displaced since the storm made landfall on Sunday', by='MWIGOV', loc='-', d='rep', note='one storm: not cumulative; the report day'))

I('x04-jpn-quake', 'note', '2024-01-03', '2024-01-01', 'Japan', 'disaster', 'Wajima', 'Ishikawa', 'Wajima', 0,
  "Noto peninsula, 1 January 2024: a magnitude 7.5 earthquake struck in the late afternoon, toppling wooden houses and starting a large fire in Wajima's morning market district. By the evening of 2 January the prefecture counted 57 dead and over 30,000 people in evacuation centres.",
  K('JPNCVL', 57, 'the prefecture counted 57 dead', by='JPNGOV', loc='-'),
  D('JPNCVL', '>30,000', 'over 30,000 people in evacuation centres', by='JPNGOV', loc='-', d='2024-01-02', note='one quake: not cumulative'))

I('x05-mdg-stadium', 'note', '2023-08-26', '2023-08-25', 'Madagascar', 'accident', 'Antananarivo', 'Analamanga', '', 0,
  "Antananarivo, 25 August 2023: a crush at an entrance of Mahamasina stadium before the opening ceremony of the Indian Ocean Island Games killed 13 people and injured about 100, the prime minister said.",
  K('MDGCVL', 13, 'killed 13 people', by='MDGGOV'),
  W('MDGCVL', '~100', 'injured about 100', by='MDGGOV'))
