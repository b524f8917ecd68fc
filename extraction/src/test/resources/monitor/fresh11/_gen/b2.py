# b2: 35 monitor notes from other conflicts (29 conflict, 1 of them with no event; 6 non-conflict)
X('nga-zamfara', 'note', '2020-06-15', '2020-06-13', 'Nigeria', 'attack', 'Gidan Bawa', 'Zamfara', 'Maru', 19,
  "Zamfara State, 13 June 2020: bandits on motorcycles stormed Gidan Bawa village in Maru LGA, shot dead 19 villagers and rustled several hundred cattle. Residents said more than 3,000 people fled to the town of Dansadau the next day.",
  A(None, 'bandits on motorcycles stormed Gidan Bawa village', victim='NGACVL', note='bandits: NGAREB would also do; the text gives no group, left null', sc=True),
  K('NGACVL', 19, 'shot dead 19 villagers'),
  D('NGACVL', '>=3000', 'more than 3,000 people fled to the town of Dansadau the next day', date='2020-06-14'))
X('mli-dionkole', 'note', '2019-12-11', '2019-12-09', 'Mali', 'attack', 'Dionkolé', 'Mopti', 'Bandiagara', 8,
  "In the early hours of 9 December 2019, unidentified armed men attacked the Dogon hamlet of Dionkolé in the Bandiagara circle, killing eight people, among them a village chief, and setting granaries on fire. A local association said dozens of families left for Bandiagara town.",
  A(None, 'unidentified armed men attacked the Dogon hamlet of Dionkolé', victim='MLICVL'),
  K('MLICVL', 8, 'killing eight people'),
  K('MLICVL', 1, 'among them a village chief', sc=False, note='sub-count'),
  D('MLICVL', None, 'dozens of families left for Bandiagara town', note='vague; families are no count of people'))
X('bfa-arbinda-ied', 'note', '2021-05-19', 'Mon', 'Burkina Faso', 'remote_explosive_ied', 'Arbinda', 'Sahel', 'Soum', 5,
  "Four VDP volunteers and a soldier died on Monday when their pick-up struck an explosive device on the road between Arbinda and Gorgadji, security sources said; two other soldiers were hurt.",
  K('BFAMIL', 5, 'Four VDP volunteers and a soldier died', note='VDP and army both BFAMIL: one line'),
  E('BFAMIL', 'VEHICLE', 'their pick-up struck an explosive device'),
  A(None, 'their pick-up struck an explosive device', victim='BFAMIL'),
  W('BFAMIL', 2, 'two other soldiers were hurt'))
X('ner-tagalit', 'note', '2019-12-13', '2019-12-10', 'Niger', 'attack', 'Tagalit', 'Tillabéri', 'Ouallam', 14,
  "Report of 13/12/2019 - Militants stormed the army post at Tagalit, in Tillabéri region, on the afternoon of 10 December. The Defence Ministry said 14 soldiers were killed; Islamic State's Sahel branch later claimed to have killed 27. The army said it had 'neutralised' a large number of the assailants.",
  A('NERREB', 'Militants stormed the army post at Tagalit', victim='NERMIL'),
  K('NERMIL', 14, 'The Defence Ministry said 14 soldiers were killed', cb='NERGOV'),
  K('NERMIL', 27, 'later claimed to have killed 27', actor='NERREB', cb='NERREB', sc=False, note='competing claim for the same dead; the first-stated figure is scored'),
  K('NERREB', None, "had 'neutralised' a large number of the assailants", cb='NERMIL', note='vague amount in a discrete incident'))
X('som-bariire', 'note', '2022-03-08', 'Mon', 'Somalia', 'shelling_artillery_missile', 'Bariire', 'Lower Shabelle', 'Afgooye', 0,
  "Al-Shabaab fighters fired at least six mortar rounds at a base of the African Union mission in Bariire, Lower Shabelle, on Monday evening. A spokesman for the mission said the rounds fell outside the perimeter and nobody was hurt.",
  A('SOMREB', 'Al-Shabaab fighters fired at least six mortar rounds', count='>=6', victim='IGOUNO', date='Mon'))
X('ken-mandera', 'note', '2023-09-13', 'Tue', 'Kenya', 'remote_explosive_ied', 'Elwak', 'Mandera', '', 3,
  "Mandera County: three police reservists were killed and a fourth lost a leg when their Land Cruiser ran over a roadside bomb near Elwak on Tuesday. Police blamed al-Shabaab.",
  K('KENMIL', 3, 'three police reservists were killed', note='police reservists: MIL'),
  W('KENMIL', 1, 'a fourth lost a leg'),
  E('KENMIL', 'VEHICLE', 'their Land Cruiser ran over a roadside bomb', loc='Elwak'),
  A('SOMREB', 'ran over a roadside bomb near Elwak', loc='Elwak', victim='KENMIL', note='blamed on al-Shabaab by police: SOMREB'))
X('cod-kisiki', 'note', '2022-11-02', '2022-10-31', 'DR Congo', 'attack', 'Kisiki', 'North Kivu', 'Beni', 11,
  "During the night of 30 to 31 October 2022, suspected ADF rebels raided Kisiki, a farming village in Beni territory, and hacked 11 civilians to death with machetes. Two further bodies were pulled from a burnt house on 1 November.",
  A('CODREB', 'suspected ADF rebels raided Kisiki', victim='CODCVL'),
  K('CODCVL', 11, 'hacked 11 civilians to death with machetes', actor='CODREB'),
  K('CODCVL', 2, 'Two further bodies were pulled from a burnt house on 1 November', actor='CODREB', sc=False, date='2022-11-01', note='bodies found later: not said to be from the raid'))
X('cod-djugu', 'note', '2021-08-09', '2021-08-07', 'DR Congo', 'attack', 'Lodjo', 'Ituri', 'Djugu', 16,
  "Ituri: CODECO militiamen attacked a camp for displaced people at Lodjo, Djugu territory, on the night of 7 August 2021, killing 16 of its residents, nine of them children. UN peacekeepers arrived the following morning; about 4,000 camp residents moved to the nearby town of Bule.",
  A('CODREB', 'CODECO militiamen attacked a camp for displaced people at Lodjo', victim='CODREF'),
  K('CODREF', 16, 'killing 16 of its residents', actor='CODREB', note='camp residents: REF'),
  K('CODREF', 9, 'nine of them children', actor='CODREB', sc=False, note='sub-count'),
  DP('IGOUNO', 'UN peacekeepers arrived the following morning', date='2021-08-08', sc=False, note='response to the attack'),
  D('CODREF', '~4000', 'about 4,000 camp residents moved to the nearby town of Bule', date='2021-08-08'))
X('caf-koui', 'note', '2020-09-30', '2020-09-29', 'CAR', 'attack', 'Koui', 'Ouham-Pendé', 'Koui', 4,
  "29 September 2020 - 3R combatants ambushed a MINUSCA patrol near Koui (Ouham-Pendé prefecture), killing a Cameroonian peacekeeper and wounding two others. Three of the assailants were killed in the exchange of fire, according to the mission.",
  A('CAFREB', '3R combatants ambushed a MINUSCA patrol near Koui', victim='CMRMIL'),
  K('CMRMIL', 1, 'killing a Cameroonian peacekeeper', actor='CAFREB', cb='IGOUNO'),
  W('CMRMIL', 2, 'wounding two others', actor='CAFREB', cb='IGOUNO'),
  K('CAFREB', 3, 'Three of the assailants were killed in the exchange of fire', cb='IGOUNO'))
X('ssd-tonj', 'note', '2023-04-26', '2023-04-23', 'South Sudan', 'attack', 'Tonj North', 'Warrap', 'Tonj North', 27,
  "UNMISS update (26/04/2023): on 23 April armed youth from a neighbouring county raided cattle camps in Tonj North, Warrap State, killing 27 people and driving off an estimated 1,200 head of cattle. 14 people were injured, some critically.",
  A('SSDREB', 'armed youth from a neighbouring county raided cattle camps in Tonj North', victim='SSDCVL'),
  K('SSDCVL', 27, 'killing 27 people', actor='SSDREB', cb='IGOUNO'),
  W('SSDCVL', 14, '14 people were injured', cb='IGOUNO'))
X('sdn-umdalam', 'note', '2024-06-06', '2024-06-05', 'Sudan', 'attack', 'Um Dalam', 'Al Jazirah', 'Al-Manaqil', 58,
  "RSF fighters stormed the village of Um Dalam in Al Jazirah state on 5 June 2024 after its men refused to hand over their weapons; the local resistance committee said 58 villagers were killed. Hundreds of residents fled on foot toward Al-Manaqil.",
  A('SDNREB', 'RSF fighters stormed the village of Um Dalam', victim='SDNCVL'),
  K('SDNCVL', 58, '58 villagers were killed', actor='SDNREB'),
  D('SDNCVL', None, 'Hundreds of residents fled on foot toward Al-Manaqil'))
X('eth-mertule', 'note', '2023-08-07', '2023-08-05', 'Ethiopia', 'nonstate_takes_territory', 'Mertule Maryam', 'Amhara', 'East Gojjam', 0,
  "Amhara region, 5 August 2023: Fano militiamen took control of the town of Mertule Maryam after federal troops withdrew overnight; residents said the town was calm and that there had been no fighting inside it.",
  C('ETHREB', 'Fano militiamen took control of the town of Mertule Maryam'))
X('moz-quissanga', 'note', '2024-05-14', '2024-05-11', 'Mozambique', 'nonstate_takes_territory', 'Quissanga', 'Cabo Delgado', 'Quissanga', 7,
  "On 11 May 2024, several dozen insurgents occupied the district headquarters of Quissanga in Cabo Delgado for most of the day, burning the administration building. Seven soldiers were killed before the garrison withdrew, and residents fled to the mangroves and to Ibo island.",
  C('MOZREB', 'several dozen insurgents occupied the district headquarters of Quissanga'),
  K('MOZMIL', 7, 'Seven soldiers were killed before the garrison withdrew', actor='MOZREB'),
  D('MOZCVL', None, 'residents fled to the mangroves and to Ibo island'))
X('cmr-bamenda', 'note', '2018-11-27', 'Sun', 'Cameroon', 'attack', 'Bali', 'Northwest', 'Mezam', 2,
  "Two gendarmes were shot dead at a checkpoint in Bali, outside Bamenda, on Sunday. Separatist fighters claimed the attack in a video and said they had seized the gendarmes' rifles.",
  K('CMRMIL', 2, 'Two gendarmes were shot dead at a checkpoint in Bali', actor='CMRREB', cb='CMRREB', note='gendarmes: MIL; claimed by separatists'),
  A('CMRREB', 'Separatist fighters claimed the attack', cb='CMRREB', victim='CMRMIL'))
X('irq-tuz', 'note', '2020-09-30', 'Tue', 'Iraq', 'attack', 'Tuz Khurmatu', 'Salah al-Din', 'Tuz Khurmatu', 3,
  "IS militants opened fire on a PMF post in the hills east of Tuz Khurmatu on Tuesday night, killing two PMF members; a third died of his wounds at Kirkuk hospital on Wednesday.",
  A('IRQREB', 'IS militants opened fire on a PMF post', victim='IRQMIL'),
  K('IRQMIL', 2, 'killing two PMF members', actor='IRQREB'),
  K('IRQMIL', 1, 'a third died of his wounds at Kirkuk hospital on Wednesday', actor='IRQREB', note='died of wounds: dated to the attack (Tuesday night)'))
X('afg-jalrez', 'note', '2020-04-21', '2020-04-20', 'Afghanistan', 'attack', 'Jalrez', 'Maidan Wardak', 'Jalrez', 11,
  "On the night of 20 April 2020, Taliban fighters overran two checkpoints in Jalrez district, Maidan Wardak, killing eight soldiers and three policemen. The provincial governor's office said reinforcements had been sent from Maidan Shahr.",
  A('AFGREB', 'Taliban fighters overran two checkpoints in Jalrez district', victim='AFGMIL'),
  K('AFGMIL', 11, 'killing eight soldiers and three policemen', actor='AFGREB', note='soldiers and police both AFGMIL: one line'),
  DP('AFGMIL', 'reinforcements had been sent from Maidan Shahr', cb='AFGGOV', sc=False, note='no day given for the sending'))
X('pak-lakki', 'note', '2023-07-18', 'rep', 'Pakistan', 'attack', 'Lakki Marwat', 'Khyber Pakhtunkhwa', 'Lakki Marwat', 4,
  "18 July 2023: TTP militants attacked the Pezu police station in Lakki Marwat with hand grenades and automatic weapons before dawn. Two policemen were martyred and one was injured; police said two attackers were also killed.",
  A('PAKREB', 'TTP militants attacked the Pezu police station', victim='PAKMIL'),
  K('PAKMIL', 2, 'Two policemen were martyred', actor='PAKREB'),
  W('PAKMIL', 1, 'one was injured', actor='PAKREB'),
  K('PAKREB', 2, 'two attackers were also killed', cb='PAKMIL'))
X('ind-tekulguda', 'note', '2021-04-04', '2021-04-03', 'India', 'armed_clash', 'Tekulguda', 'Chhattisgarh', 'Sukma', 20,
  "On the afternoon of 3 April 2021, Maoists ambushed a joint CRPF and DRG search party near Tekulguda, on the Sukma-Bijapur border in Chhattisgarh, and fought it for about four hours. 19 security personnel were killed and 28 injured; the body of a woman Maoist was recovered from the site.",
  A('INDREB', 'Maoists ambushed a joint CRPF and DRG search party near Tekulguda', victim='INDMIL'),
  K('INDMIL', 19, '19 security personnel were killed and 28 injured', actor='INDREB', note='CRPF and DRG: MIL'),
  W('INDMIL', 28, '19 security personnel were killed and 28 injured', actor='INDREB'),
  K('INDREB', 1, 'the body of a woman Maoist was recovered from the site'))
X('mmr-pauk', 'note', '2023-03-02', '2023-02-28', 'Myanmar', 'air_drone_strike', 'Pauk', 'Magway', 'Pauk', 12,
  "Magway Region, 28 February 2023: a military jet bombed a village tract in Pauk township during a funeral, killing 12 villagers, a local resistance group said. At least 30 others were wounded and about 600 people were displaced into nearby forests.",
  A('MMRMIL', 'a military jet bombed a village tract in Pauk township', victim='MMRCVL'),
  K('MMRCVL', 12, 'killing 12 villagers', actor='MMRMIL'),
  W('MMRCVL', '>=30', 'At least 30 others were wounded', actor='MMRMIL'),
  D('MMRCVL', '~600', 'about 600 people were displaced'))
X('yem-marib-camp', 'note', '2021-02-16', '2021-02-14', 'Yemen', 'shelling_artillery_missile', 'Al-Rawda', 'Marib', 'Marib City', 4,
  "Marib governorate, 14/02/2021 - Houthi shells hit a displacement camp in Al-Rawda, on the western edge of Marib city, killing a man, his wife and two of their children, the executive unit for IDP camps reported.",
  A('YEMREB', 'Houthi shells hit a displacement camp in Al-Rawda', victim='YEMREF'),
  K('YEMREF', 4, 'killing a man, his wife and two of their children', actor='YEMREB', note='camp residents: REF; one line of 1+1+2'))
X('lbn-ainqana', 'note', '2024-10-10', 'Wed', 'Lebanon', 'air_drone_strike', 'Ain Qana', 'Nabatieh', 'Nabatieh', 5,
  "An Israeli strike flattened a two-storey house in Ain Qana, in Nabatieh district, on Wednesday afternoon, killing five members of one family. Civil defence teams were still searching the rubble for a missing girl.",
  A('ISRMIL', 'An Israeli strike flattened a two-storey house in Ain Qana', victim='LBNCVL'),
  K('LBNCVL', 5, 'killing five members of one family', actor='ISRMIL'))
X('pse-tubas', 'note', '2024-08-14', 'Tue', 'Palestine', 'armed_clash', 'Far\'a', 'Tubas', 'Tubas', 3,
  "Israeli forces raided Far'a refugee camp south of Tubas on Tuesday; gunmen in the camp fired at the troops, and a drone strike on a group of them killed three Palestinians. An Israeli border police officer was lightly hurt.",
  A('ISRMIL', "Israeli forces raided Far'a refugee camp", victim='PSEREB'),
  A('PSEREB', 'gunmen in the camp fired at the troops', victim='ISRMIL', sc=False, note='response within the raid'),
  A('ISRMIL', 'a drone strike on a group of them', victim='PSEREB'),
  K('PSEREB', 3, 'killed three Palestinians', actor='ISRMIL', note='killed among the gunmen: REB'),
  W('ISRMIL', 1, 'An Israeli border police officer was lightly hurt'))
X('ukr-kryvyirih', 'note', '2023-06-14', 'rep-1', 'Ukraine', 'shelling_artillery_missile', 'Kryvyi Rih', 'Dnipropetrovsk', 'Kryvyi Rih', 12,
  "The regional governor said on 14 June 2023 that the toll from the previous night's Russian missile strike on a five-storey apartment block in Kryvyi Rih had risen to 12, after the bodies of a woman and two teenagers were recovered. 28 people were injured.",
  A('RUSMIL', "Russian missile strike on a five-storey apartment block in Kryvyi Rih", victim='UKRCVL'),
  K('UKRCVL', 12, 'had risen to 12', actor='RUSMIL', cb='UKRGOV', note='updated toll of one strike: not cumulative'),
  K('UKRCVL', 3, 'the bodies of a woman and two teenagers were recovered', actor='RUSMIL', sc=False, note='part of the 12'),
  W('UKRCVL', 28, '28 people were injured', actor='RUSMIL'))
X('ukr-novomykh', 'note', '2024-11-20', '2024-11-19', 'Ukraine', 'gov_regains_territory', 'Illinka', 'Donetsk', 'Pokrovsk', 0,
  "19/11/2024: Russia's Defence Ministry said its troops had taken control of Illinka and Hannivka in the Donetsk region; Ukraine's General Staff said fighting around both villages was continuing.",
  C('RUSMIL', 'its troops had taken control of Illinka', cb='RUSGOV'),
  C('RUSMIL', 'Hannivka', loc='Hannivka', cb='RUSGOV'))
X('col-catatumbo', 'note', '2025-01-22', '2025-01-18', 'Colombia', 'armed_clash', 'Tibú', 'Norte de Santander', 'Tibú', 32,
  "Norte de Santander, 22/01/2025: since the ELN launched its offensive against FARC dissidents in Catatumbo on 16 January, at least 80 people have been killed and more than 32,000 displaced, the governor said. On 18 January alone, 32 bodies were found in rural Tibú.",
  O('COLREB', 'the ELN launched its offensive against FARC dissidents in Catatumbo', loc='Catatumbo', date='2025-01-16', sc=False, note='background launch, no own event here'),
  K('COLCVL', '>=80', 'at least 80 people have been killed', cum=True, loc='Catatumbo', date='rep', cb='COLGOV'),
  D('COLCVL', '>=32000', 'more than 32,000 displaced', cum=True, loc='Catatumbo', date='rep', cb='COLGOV'),
  K('COLCVL', 32, '32 bodies were found in rural Tibú', note='found bodies: people of mixed status, CVL'))
X('mex-irapuato', 'note', '2022-12-12', 'Sun', 'Mexico', 'attack', 'Irapuato', 'Guanajuato', 'Irapuato', 12,
  "Gunmen burst into a bar in Irapuato, Guanajuato, shortly before midnight on Sunday and opened fire on the customers, killing 12 people, six of them women. A banner signed by a cartel was left at the door.",
  A('MEXREB', 'opened fire on the customers', victim='MEXCVL', note='banner signed by a cartel gives the side'),
  K('MEXCVL', 12, 'killing 12 people', actor='MEXREB'),
  K('MEXCVL', 6, 'six of them women', actor='MEXREB', sc=False, note='sub-count'))
X('hti-liancourt', 'note', '2024-10-07', '2024-10-04', 'Haiti', 'attack', 'Liancourt', 'Artibonite', 'Saint-Marc', 41,
  "Artibonite: members of the Gran Grif gang attacked Liancourt before dawn on 4 October 2024, shooting and burning 41 residents, including three infants. More than 2,000 people have since fled to Saint-Marc, the IOM said.",
  A('HTIREB', 'members of the Gran Grif gang attacked Liancourt', victim='HTICVL'),
  K('HTICVL', 41, 'shooting and burning 41 residents', actor='HTIREB'),
  K('HTICVL', 3, 'including three infants', actor='HTIREB', sc=False, note='sub-count'),
  D('HTICVL', '>=2000', 'More than 2,000 people have since fled to Saint-Marc', cb='IGOUNO', date='rep', loc='Liancourt', note='flight from Liancourt since the attack'))
X('phl-samar', 'note', '2019-03-26', '2019-03-24', 'Philippines', 'armed_clash', 'Las Navas', 'Northern Samar', 'Las Navas', 3,
  "Northern Samar, 24 March 2019: NPA guerrillas and an army patrol clashed for 40 minutes in the hinterlands of Las Navas. A corporal was killed and two soldiers wounded, while the army said it recovered the bodies of two rebels.",
  A('PHLREB', 'NPA guerrillas and an army patrol clashed', victim='PHLMIL'),
  A('PHLMIL', 'NPA guerrillas and an army patrol clashed', victim='PHLREB', sc=False, note='second side of the clash'),
  K('PHLMIL', 1, 'A corporal was killed'),
  W('PHLMIL', 2, 'two soldiers wounded'),
  K('PHLREB', 2, 'recovered the bodies of two rebels', cb='PHLMIL'))
X('tha-yala', 'note', '2019-07-24', '2019-07-23', 'Thailand', 'remote_explosive_ied', 'Bannang Sata', 'Yala', 'Bannang Sata', 2,
  "A bomb hidden in a motorcycle went off as a ranger patrol passed a tea shop in Bannang Sata district, Yala, on 23 July 2019, killing two rangers and injuring a shopkeeper.",
  A(None, 'A bomb hidden in a motorcycle went off', victim='THAMIL'),
  K('THAMIL', 2, 'killing two rangers'),
  W('THACVL', 1, 'injuring a shopkeeper'))
X('lby-tripoli', 'note', '2023-08-17', '2023-08-14', 'Libya', 'armed_clash', 'Tripoli', 'Tripoli', 'Tripoli', 55,
  "Tripoli: heavy clashes broke out between the 444 Brigade and the Radaa force in the south-eastern suburbs on 14 and 15 August 2023 after a commander was detained at Mitiga airport. The emergency medicine centre put the toll at 55 dead and 146 injured; it did not say how many were civilians.",
  A('LBYMIL', 'heavy clashes broke out between the 444 Brigade and the Radaa force', date=None, victim='LBYMIL', note='two days of one episode: date null; both sides LBYMIL'),
  K('LBYCVL', 55, 'put the toll at 55 dead', date=None, note='mixed fighters and civilians, no split: CVL; two days of one episode: date null'),
  W('LBYCVL', 146, '146 injured', date=None, note='mixed, no split: CVL'))
X('ben-parcw', 'note', '2025-04-22', '2025-04-17', 'Benin', 'attack', 'Park W', 'Alibori', 'Karimama', 54,
  "Benin's government said on 22 April 2025 that 54 soldiers had been killed on 17 April when JNIM fighters attacked two army positions in Park W, near the border with Niger and Burkina Faso. JNIM had claimed the attack a day later.",
  A('BENREB', 'JNIM fighters attacked two army positions in Park W', victim='BENMIL', cb='BENREB'),
  K('BENMIL', 54, '54 soldiers had been killed on 17 April', actor='BENREB', cb='BENGOV'))
X('tcd-lake-noevent', 'note', '2022-08-09', 'rep', 'Chad', 'protest_or_statement', 'N\'Djamena', 'N\'Djamena', '', 0,
  "N'Djamena, 9 August 2022: the transitional government and about 40 armed opposition groups signed a peace accord in Doha that provides for a national dialogue later this month; two of the larger groups refused to sign.",
  TK('TCDGOV', 'signed a peace accord in Doha', loc='Doha', sc=False, note='accord signed abroad: no-event item'),
  noevent=True)
X('npl-landslide', 'note', '2024-07-13', '2024-07-12', 'Nepal', 'disaster', 'Simaltal', 'Bagmati', 'Chitwan', 0,
  "A landslide triggered by overnight rain swept two passenger buses off the Narayangadh-Mugling highway into the Trishuli river at Simaltal, Chitwan, early on 12 July 2024. Police said 65 passengers were missing; three drivers' bodies had been found downstream.",
  K('NPLCVL', 3, "three drivers' bodies had been found downstream"))
X('per-launch', 'note', '2022-02-08', '2022-02-07', 'Peru', 'accident', 'Mazán', 'Loreto', 'Maynas', 0,
  "Loreto, 07/02/2022: an overloaded passenger launch struck a submerged tree trunk and capsized on the Napo river near Mazán, drowning 11 passengers, two of them children; 30 people swam ashore or were pulled out by fishermen and four were still missing at nightfall.",
  K('PERCVL', 11, 'drowning 11 passengers'),
  K('PERCVL', 2, 'two of them children', sc=False, note='sub-count'))
X('ind-hooch', 'note', '2024-06-21', 'rep', 'India', 'accident', 'Kallakurichi', 'Tamil Nadu', 'Kallakurichi', 0,
  "Kallakurichi, Tamil Nadu: the number of people who died after drinking methanol-laced illicit liquor rose to 49 on 21 June 2024, the district collector said; more than 100 others were being treated in hospitals in Salem and Puducherry.",
  K('INDCVL', 49, 'the number of people who died after drinking methanol-laced illicit liquor rose to 49', cb='INDGOV', note='updated toll of one poisoning: not cumulative'),
  W('INDCVL', '>=100', 'more than 100 others were being treated', cb='INDGOV'))
X('idn-lewotobi', 'note', '2024-11-05', '2024-11-04', 'Indonesia', 'disaster', 'Hokeng Jaya', 'East Nusa Tenggara', 'East Flores', 0,
  "Mount Lewotobi Laki-laki erupted shortly before midnight on 3 November 2024 (early on the 4th), showering incandescent rocks on Hokeng Jaya and nearby villages in East Flores. Nine people were killed, a nun among them, and about 10,000 residents were evacuated.",
  K('IDNCVL', 9, 'Nine people were killed'),
  K('IDNCVL', 1, 'a nun among them', sc=False, note='sub-count'),
  D('IDNCVL', '~10000', 'about 10,000 residents were evacuated'))
X('bgd-ferry', 'note', '2021-12-24', 'rep', 'Bangladesh', 'accident', 'Jhalokathi', 'Barisal', 'Jhalokathi', 0,
  "Jhalokathi, 24 December 2021: fire broke out in the engine room of a crowded three-deck river ferry on the Sugandha river in the early hours and spread through the vessel, killing at least 37 passengers, the fire service said; more than 70 people with burns were taken to hospital in Barisal.",
  K('BGDCVL', '>=37', 'killing at least 37 passengers', cb='BGDGOV'),
  W('BGDCVL', '>=70', 'more than 70 people with burns were taken to hospital in Barisal'))
