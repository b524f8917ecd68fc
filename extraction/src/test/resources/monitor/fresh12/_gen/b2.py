# b2: 39 monitor notes from other conflicts and non-conflict deaths
I('afg-ghazni-police', 'note', '2020-06-22', '2020-06-21', 'Afghanistan', 'attack', 'Andar', 'Ghazni', 'Andar', 6,
  "21/06/2020 - Taliban fighters attacked a police outpost in Andar district of Ghazni province before dawn, killing six policemen and wounding three; the district police chief said the attackers took weapons and a Ranger vehicle.",
  A('AFGREB', 'Taliban fighters attacked a police outpost in Andar district', victim='AFGMIL'),
  K('AFGMIL', 6, 'killing six policemen', actor='AFGREB', by='AFGMIL'),
  W('AFGMIL', 3, 'wounding three', actor='AFGREB', by='AFGMIL'),
  E('AFGMIL', 'VEHICLE', 'took weapons and a Ranger vehicle', actor='AFGREB', by='AFGMIL', note='vehicle driven away'))

I('pak-north-waziristan-ied', 'note', '2021-09-10', '2021-09-09', 'Pakistan', 'remote_explosive_ied', 'Mir Ali', 'Khyber Pakhtunkhwa', 'North Waziristan', 2,
  "On 9 September 2021, an improvised explosive device hit a Frontier Corps patrol near Mir Ali in North Waziristan, killing a captain and a sepoy, the ISPR said. The military said a clearance operation was under way in the area.",
  A(None, 'an improvised explosive device hit a Frontier Corps patrol near Mir Ali', victim='PAKMIL'),
  K('PAKMIL', 2, 'killing a captain and a sepoy', by='PAKMIL', note='one code: one line of 1+1'),
  O('PAKMIL', 'a clearance operation was under way in the area', by='PAKMIL', s=False, note='routine operation'))

I('ind-sukma-encounter', 'note', '2023-04-03', '2023-04-02', 'India', 'armed_clash', 'Minpa', 'Chhattisgarh', 'Sukma', 4,
  "Sukma district (Chhattisgarh), 2 April 2023: Four Maoists, including a woman cadre carrying a reward of Rs 5 lakh, were killed in an exchange of fire with a joint team of the District Reserve Guard and the CoBRA in the forests near Minpa, police said. Two jawans sustained injuries.",
  A('INDMIL', 'an exchange of fire with a joint team of the District Reserve Guard and the CoBRA', victim='INDREB', loc='Minpa'),
  K('INDREB', 4, 'Four Maoists, including a woman cadre carrying a reward of Rs 5 lakh, were killed', actor='INDMIL', by='INDMIL', loc='Minpa'),
  K('INDREB', 1, 'including a woman cadre', actor='INDMIL', by='INDMIL', loc='Minpa', s=False, note='sub-count of the four'),
  W('INDMIL', 2, 'Two jawans sustained injuries', actor='INDREB', by='INDMIL', loc='Minpa'))

I('mmr-sagaing-airstrike', 'note', '2023-06-15', '2023-06-14', 'Myanmar', 'air_drone_strike', 'Kyun Taw', 'Sagaing', 'Kanbalu', 11,
  "14 June 2023: A junta Yak-130 jet bombed Kyun Taw village in Kanbalu Township, Sagaing Region, around noon, killing 11 villagers, three of them children, and wounding at least eight. About 2,000 residents fled to nearby forests after the strike, local resistance groups said.",
  A('MMRMIL', 'A junta Yak-130 jet bombed Kyun Taw village', victim='MMRCVL'),
  K('MMRCVL', 11, 'killing 11 villagers, three of them children', actor='MMRMIL'),
  K('MMRCVL', 3, 'three of them children', actor='MMRMIL', s=False, note='sub-count'),
  W('MMRCVL', 8, 'wounding at least eight', q='AT_LEAST', actor='MMRMIL'),
  D('MMRCVL', 2000, 'About 2,000 residents fled to nearby forests', q='ABOUT'))

I('tha-narathiwat-bomb', 'note', '2019-03-19', 'Mon', 'Thailand', 'remote_explosive_ied', 'Rueso', 'Narathiwat', 'Rueso', 1,
  "A roadside bomb went off as a ranger patrol on motorcycles passed through Rueso district, Narathiwat, on Monday morning. One ranger was killed and four were hurt; insurgents then fired on the patrol for several minutes, local monitors reported.",
  A('THAREB', 'A roadside bomb went off as a ranger patrol on motorcycles passed', victim='THAMIL', note='insurgents named in the same incident'),
  K('THAMIL', 1, 'One ranger was killed', actor='THAREB'),
  W('THAMIL', 4, 'four were hurt', actor='THAREB'),
  A('THAREB', 'insurgents then fired on the patrol', victim='THAMIL', s=False, note='second act of the same attack'))

I('phl-sulu-clash', 'note', '2022-02-07', '2022-02-06', 'Philippines', 'armed_clash', 'Patikul', 'BARMM', 'Sulu', 5,
  "Patikul, Sulu, 6 Feb 2022 - Philippine Marines of a battalion based in Jolo clashed with some 20 Abu Sayyaf members in Barangay Kabbon Takas. Three militants and two soldiers died; an army spokesman said the bandits' camp had been seized.",
  A('PHLMIL', "Philippine Marines of a battalion based in Jolo clashed with some 20 Abu Sayyaf members", victim='PHLREB'),
  A('PHLREB', 'clashed with some 20 Abu Sayyaf members', victim='PHLMIL', s=False, note='other side of the clash'),
  K('PHLREB', 3, 'Three militants', actor='PHLMIL'),
  K('PHLMIL', 2, 'two soldiers died', actor='PHLREB'),
  C('PHLMIL', "the bandits' camp had been seized", victim='PHLREB', by='PHLMIL', s=False, note='a camp, not a place'))

I('irq-kirkuk-is', 'note', '2020-09-03', '2020-09-02', 'Iraq', 'attack', 'Daquq', 'Kirkuk', 'Daquq', 4,
  "On the evening of 2 September 2020, IS gunmen attacked a checkpoint of the Popular Mobilisation Forces south of Daquq, in Kirkuk province. Four PMF fighters were killed. A second group of PMF members sent as reinforcements was hit by a roadside bomb that wounded two of them.",
  A('IRQREB', 'IS gunmen attacked a checkpoint of the Popular Mobilisation Forces south of Daquq', victim='IRQMIL'),
  K('IRQMIL', 4, 'Four PMF fighters were killed', actor='IRQREB'),
  DP('IRQMIL', 'A second group of PMF members sent as reinforcements', s=False, note='reinforcements inside the incident'),
  A(None, 'was hit by a roadside bomb', victim='IRQMIL'),
  W('IRQMIL', 2, 'wounded two of them'))

I('yem-taiz-sniper', 'note', '2021-11-30', '2021-11-29', 'Yemen', 'attack', 'Taiz', 'Taiz', 'Salh', 1,
  "29/11/2021: A boy aged 12 was shot dead by a Houthi sniper while fetching water in the Kalaba neighbourhood of Taiz city, the local human rights office said. His younger brother was hit in the leg.",
  K('YEMCVL', 1, 'A boy aged 12 was shot dead by a Houthi sniper', actor='YEMREB', by='YEMGOV', note='local rights office of the government side'),
  W('YEMCVL', 1, 'His younger brother was hit in the leg', actor='YEMREB', by='YEMGOV'))

I('lby-tripoli-shelling', 'note', '2019-10-15', 'Mon', 'Libya', 'shelling_artillery_missile', 'Tripoli', 'Tripoli', '', 3,
  "Shelling blamed on Haftar's forces struck a residential area of Abu Salim in Tripoli on Monday night, killing three members of one family and injuring two neighbours, the Tripoli health ministry said.",
  A('LBYREB', "Shelling blamed on Haftar's forces", victim='LBYCVL', note='blamed by the Tripoli side'),
  K('LBYCVL', 3, 'killing three members of one family', actor='LBYREB', by='LBYGOV'),
  W('LBYCVL', 2, 'injuring two neighbours', actor='LBYREB', by='LBYGOV'))

I('pse-jenin-raid', 'note', '2023-01-27', 'Thu', 'Palestine', 'armed_clash', 'Jenin', 'West Bank', 'Jenin', 9,
  "Israeli forces raided the Jenin refugee camp on Thursday morning and exchanged fire with armed Palestinians. Nine Palestinians were killed, among them an elderly woman, and 20 were wounded, the Palestinian health ministry said. Israel said the raid targeted a cell planning attacks.",
  A('ISRMIL', 'Israeli forces raided the Jenin refugee camp', victim='PSEREB'),
  A('PSEREB', 'exchanged fire with armed Palestinians', victim='ISRMIL', s=False, note='other side of the exchange'),
  K('PSEREF', 9, 'Nine Palestinians were killed, among them an elderly woman', actor='ISRMIL', by='PSEGOV', note='camp residents and fighters, no split: PSEREF as the camp'),
  K('PSEREF', 1, 'among them an elderly woman', actor='ISRMIL', by='PSEGOV', s=False, note='sub-count'),
  W('PSEREF', 20, '20 were wounded', actor='ISRMIL', by='PSEGOV'))

I('tur-hakkari-pkk', 'note', '2019-07-09', '2019-07-08', 'Turkey', 'armed_clash', 'Cukurca', 'Hakkari', 'Cukurca', 5,
  "On 8 July 2019, a soldier was killed in clashes with PKK militants in the rural area of Cukurca, Hakkari, the governor's office said; it said four militants were 'neutralised' in the operation that followed.",
  A('TURMIL', 'clashes with PKK militants in the rural area of Cukurca', victim='TURREB', note='no initiator: the side named first'),
  A('TURREB', 'clashes with PKK militants in the rural area of Cukurca', victim='TURMIL', s=False, note='other side of the clash'),
  K('TURMIL', 1, 'a soldier was killed', actor='TURREB', by='TURGOV'),
  K('TURREB', 4, "four militants were 'neutralised'", actor='TURMIL', by='TURGOV'))

I('nga-zamfara-bandits', 'note', '2021-05-11', '2021-05-10', 'Nigeria', 'attack', 'Kadawa', 'Zamfara', 'Gusau', 13,
  "Zamfara State, 10 May 2021: Armed bandits on motorcycles raided Kadawa village in Gusau LGA at dusk, shooting 13 villagers dead and carting away livestock. The police confirmed the attack and said a tactical team had been sent to the village.",
  A(None, 'Armed bandits on motorcycles raided Kadawa village', victim='NGACVL', note='bandits with no group: actor null'),
  K('NGACVL', 13, 'shooting 13 villagers dead'),
  DP('NGAMIL', 'a tactical team had been sent to the village', s=False, note='police team, no scale'))

I('ner-tillaberi-ambush', 'note', '2020-12-27', '2020-12-26', 'Niger', 'attack', 'Anzourou', 'Tillaberi', 'Tillaberi', 7,
  "Niger: on 26/12/2020 an army patrol escorting election material was ambushed near Anzourou in Tillaberi region. Seven soldiers were killed and several others wounded; two vehicles were burnt. The defence ministry blamed 'terrorists' without naming a group.",
  A('NERREB', 'an army patrol escorting election material was ambushed near Anzourou', victim='NERMIL', note='"terrorists" with no group: REB'),
  K('NERMIL', 7, 'Seven soldiers were killed', actor='NERREB', by='NERGOV'),
  W('NERMIL', None, 'several others wounded', actor='NERREB', by='NERGOV'),
  E('NERMIL', 'VEHICLE', 'two vehicles were burnt', n=2, actor='NERREB', by='NERGOV'))

I('bfa-djibo-convoy', 'note', '2022-09-28', 'Mon', 'Burkina Faso', 'attack', 'Gaskinde', 'Sahel', 'Soum', 11,
  "A supply convoy heading to Djibo was attacked at Gaskinde on Monday. The government first reported 11 soldiers killed, 28 wounded and about 50 civilians missing; jihadists set dozens of lorries on fire.",
  A('BFAREB', 'A supply convoy heading to Djibo was attacked at Gaskinde', victim='BFAMIL', note='"jihadists" named in the note'),
  K('BFAMIL', 11, '11 soldiers killed', actor='BFAREB', by='BFAGOV'),
  W('BFAMIL', 28, '28 wounded', actor='BFAREB', by='BFAGOV', note='the wounded are not split; counted with the soldiers'),
  E('BFACVL', 'VEHICLE', 'set dozens of lorries on fire', actor='BFAREB', s=False, note='civilian lorries'))

I('cod-ituri-codeco', 'note', '2022-05-09', '2022-05-08', 'DR Congo', 'attack', 'Mongbwalu', 'Ituri', 'Djugu', 14,
  "Ituri, 8 May 2022 - CODECO militiamen attacked a gold mining site near Mongbwalu in Djugu territory, killing 14 civilians with machetes and firearms. Survivors said the assailants also burned the miners' shelters; several hundred people fled to Mongbwalu town.",
  A('CODREB', 'CODECO militiamen attacked a gold mining site near Mongbwalu', victim='CODCVL', loc='Mongbwalu'),
  K('CODCVL', 14, 'killing 14 civilians with machetes and firearms', actor='CODREB', loc='Mongbwalu'),
  D('CODCVL', None, 'several hundred people fled to Mongbwalu town', loc='Mongbwalu', note='vague: no count'))

I('uga-kasese-adf', 'note', '2024-06-05', 'Tue', 'Uganda', 'attack', 'Kasese', 'Western', 'Kasese', 3,
  "Suspected ADF rebels hacked three people to death in a village of Kasese district late on Tuesday, police said, and abducted a fourth, a teenage boy.",
  K('UGACVL', 3, 'hacked three people to death', actor='UGAREB', by='UGAMIL', note='suspected ADF: UGAREB'))

I('ssd-jonglei-cattle', 'note', '2023-02-14', '2023-02-12', 'South Sudan', 'attack', 'Pibor', 'Jonglei', 'Pibor', 21,
  "UNMISS, 14 February 2023: Armed youth from Jonglei attacked cattle camps near Pibor on 12 February; 21 people were killed, among them women, and around 4,000 head of cattle were stolen. Over 6,000 people have been displaced in the area since the start of the year.",
  A('SSDREB', 'Armed youth from Jonglei attacked cattle camps near Pibor', victim='SSDCVL'),
  K('SSDCVL', 21, '21 people were killed', actor='SSDREB', by='IGOUNO'),
  D('SSDCVL', 6000, 'Over 6,000 people have been displaced in the area since the start of the year', q='AT_LEAST', cum=True, date='rep', by='IGOUNO'))

I('som-baidoa-mortar', 'note', '2024-02-20', '2024-02-19', 'Somalia', 'shelling_artillery_missile', 'Baidoa', 'South West', 'Bay', 0,
  "Baidoa, 19/02/2024 - Al-Shabaab fired at least five mortar shells at the airport area overnight. No casualties were reported, a South West State official told local media.",
  A('SOMREB', 'Al-Shabaab fired at least five mortar shells at the airport area', n=5, q='AT_LEAST'))

I('ken-lamu-ied', 'note', '2020-01-06', '2020-01-05', 'Kenya', 'remote_explosive_ied', 'Kiunga', 'Lamu', 'Lamu East', 0,
  "Lamu County: A police Land Cruiser struck an explosive device on the Kiunga-Mangai road on 5 January 2020. Two officers were injured and the vehicle was destroyed; police suspect al-Shabaab.",
  A('SOMREB', 'A police Land Cruiser struck an explosive device', victim='KENMIL', note='suspected al-Shabaab'),
  W('KENMIL', 2, 'Two officers were injured', actor='SOMREB'),
  E('KENMIL', 'VEHICLE', 'the vehicle was destroyed', actor='SOMREB'))

I('moz-macomia-beheading', 'note', '2021-04-13', '2021-04-11', 'Mozambique', 'attack', 'Nova Zambezia', 'Cabo Delgado', 'Macomia', 5,
  "Cabo Delgado, 13 April 2021: Local sources report that insurgents beheaded five men from Nova Zambezia on 11 April after catching them in their fields near Macomia. Around 300 families have since left the village for Macomia town.",
  K('MOZCVL', 5, 'insurgents beheaded five men from Nova Zambezia', actor='MOZREB', loc='Nova Zambezia'),
  D('MOZCVL', None, 'Around 300 families have since left the village for Macomia town', loc='Nova Zambezia', date='rep', note='families: no count of people'))

I('cmr-anglophone', 'note', '2022-11-02', '2022-11-01', 'Cameroon', 'attack', 'Bamenda', 'North-West', 'Mezam', 2,
  "1 November 2022 - Separatist fighters opened fire on a taxi at a checkpoint in Bamenda, killing the driver and a passenger who had refused to observe a 'ghost town' order; a third passenger escaped.",
  A('CMRREB', 'Separatist fighters opened fire on a taxi', victim='CMRCVL'),
  K('CMRCVL', 2, 'killing the driver and a passenger', actor='CMRREB', note='one code: 1+1'))

I('col-cauca-ambush', 'note', '2023-05-24', '2023-05-23', 'Colombia', 'attack', 'Suarez', 'Cauca', 'Suarez', 0,
  "23/05/2023: FARC dissidents of the Jaime Martinez front fired explosives and rifles at a military base in Suarez, Cauca. Four soldiers were wounded, the army said, and the attackers withdrew into the mountains.",
  A('COLREB', 'FARC dissidents of the Jaime Martinez front fired explosives and rifles at a military base', victim='COLMIL'),
  W('COLMIL', 4, 'Four soldiers were wounded', actor='COLREB', by='COLMIL'))

I('mex-guerrero-bodies', 'note', '2024-01-22', '2024-01-21', 'Mexico', 'other_violence', 'Chilpancingo', 'Guerrero', 'Chilpancingo', 6,
  "On 21 January 2024 the state prosecutor's office reported that the bodies of six men had been found with signs of torture in a vehicle abandoned on the road between Chilpancingo and Tixtla; a message attributed to a local cartel was left beside them.",
  K('MEXCVL', 6, 'the bodies of six men had been found with signs of torture', actor='MEXREB', by='MEXGOV', note='message attributed to a cartel: MEXREB'))

I('hti-port-gang', 'note', '2024-03-05', '2024-03-04', 'Haiti', 'attack', 'Port-au-Prince', 'Ouest', 'Port-au-Prince', 4,
  "Port-au-Prince, 4 March 2024: Gang members attacked the national penitentiary overnight and freed most of its inmates. Four prison staff and an unknown number of inmates were killed, according to officials; several police stations in the capital were also set on fire.",
  A('HTIREB', 'Gang members attacked the national penitentiary overnight', victim='HTIMIL'),
  K('HTIMIL', 4, 'Four prison staff', actor='HTIREB', by='HTIGOV', note='prison guards: MIL like police'),
  K('HTICVL', None, 'an unknown number of inmates were killed', actor='HTIREB', by='HTIGOV'),
  A('HTIREB', 'several police stations in the capital were also set on fire', victim='HTIMIL', s=False, note='no single act'))

I('ukr-kharkiv-village', 'note', '2022-09-11', '2022-09-10', 'Ukraine', 'gov_regains_territory', 'Balakliia', 'Kharkiv', 'Izium', 0,
  "10 September 2022: Ukrainian forces entered Balakliia and raised the flag over the town council, the regional governor said. Russia's defence ministry announced that its troops were being 'regrouped' towards Donetsk.",
  C('UKRMIL', 'Ukrainian forces entered Balakliia', victim='RUSMIL', by='UKRGOV'))

I('rus-kursk-drone', 'note', '2024-10-20', 'rep-1', 'Russia', 'air_drone_strike', 'Lgov', 'Kursk', 'Lgov', 1,
  "A Ukrainian drone hit a car on the outskirts of Lgov, Kursk region, last night, killing the driver and injuring his passenger, the acting governor said.",
  A('UKRMIL', 'A Ukrainian drone hit a car on the outskirts of Lgov', victim='RUSCVL'),
  K('RUSCVL', 1, 'killing the driver', actor='UKRMIL', by='RUSGOV'),
  W('RUSCVL', 1, 'injuring his passenger', actor='UKRMIL', by='RUSGOV'))

I('arm-tavush-border', 'note', '2021-11-17', '2021-11-16', 'Armenia', 'armed_clash', '', 'Syunik', '', 13,
  "16/11/2021: Heavy fighting broke out on the eastern border of Armenia's Syunik province after Azerbaijani troops advanced on Armenian positions, Yerevan said. Armenia said 6 of its servicemen were killed and 13 captured; Azerbaijan's defence ministry reported 7 of its soldiers killed and 10 wounded. A ceasefire brokered by Moscow took effect in the evening.",
  A('AZEMIL', 'Azerbaijani troops advanced on Armenian positions', victim='ARMMIL', by='ARMGOV', loc='Syunik', note='Azerbaijani advance named as the start of the fighting'),
  A('ARMMIL', 'Heavy fighting broke out on the eastern border', victim='AZEMIL', loc='Syunik', s=False, note='other side of the fighting'),
  K('ARMMIL', 6, 'Armenia said 6 of its servicemen were killed', actor='AZEMIL', by='ARMGOV', loc='Syunik'),
  K('AZEMIL', 7, 'reported 7 of its soldiers killed', actor='ARMMIL', by='AZEGOV', loc='Syunik'),
  W('AZEMIL', 10, '10 wounded', actor='ARMMIL', by='AZEGOV', loc='Syunik'),
  TK('RUSGOV', 'A ceasefire brokered by Moscow', loc='-', s=False, note='agreement without a stated meeting'))

I('png-enga-clan', 'note', '2024-02-19', '2024-02-18', 'Papua New Guinea', 'armed_clash', 'Wabag', 'Enga', 'Wabag', 26,
  "Enga Province, 18 February 2024: Police recovered the bodies of 26 men after an ambush between rival clans near Wabag; officers said the toll could rise as more bodies lay in the bush.",
  A('PNGREB', 'an ambush between rival clans near Wabag', note='clan fighters: REB, one code'),
  K('PNGREB', 26, 'Police recovered the bodies of 26 men', by='PNGMIL'))

I('eth-amhara-drone', 'note', '2023-08-14', '2023-08-13', 'Ethiopia', 'air_drone_strike', 'Finote Selam', 'Amhara', 'West Gojjam', 26,
  "13 August 2023: A drone strike hit the main square of Finote Selam in Amhara region, killing at least 26 people, health workers said; the government has been fighting Fano militias in the region since early August.",
  A('ETHMIL', 'A drone strike hit the main square of Finote Selam', victim='ETHCVL', note='government drone: the government alone flies drones in the region (judgement call)'),
  K('ETHCVL', 26, 'killing at least 26 people', q='AT_LEAST', actor='ETHMIL'))

I('sdn-el-fasher-shell', 'note', '2024-06-12', '2024-06-11', 'Sudan', 'shelling_artillery_missile', 'El Fasher', 'North Darfur', 'El Fasher', 5,
  "El Fasher, 11/06/2024 - RSF shells fell on the Saudi maternity hospital, killing five people, including a nurse, and wounding seven. Doctors said the facility had stopped admitting patients. Since 10 May, at least 40,000 people have fled the city.",
  A('SDNREB', 'RSF shells fell on the Saudi maternity hospital', victim='SDNCVL'),
  K('SDNCVL', 5, 'killing five people, including a nurse', actor='SDNREB'),
  K('SDNCVL', 1, 'including a nurse', actor='SDNREB', s=False, note='sub-count'),
  W('SDNCVL', 7, 'wounding seven', actor='SDNREB'),
  D('SDNCVL', 40000, 'at least 40,000 people have fled the city', q='AT_LEAST', cum=True, date='rep'))

I('cmr-far-north-bh', 'note', '2021-08-03', 'Mon', 'Cameroon', 'attack', 'Mozogo', 'Far North', 'Mayo-Tsanaga', 3,
  "Boko Haram fighters stormed the village of Mozogo overnight into Monday, killing a vigilance committee member and two farmers; several houses and granaries were torched, a local official said.",
  A('NGAREB', 'Boko Haram fighters stormed the village of Mozogo', victim='CMRCVL'),
  K('CMRMIL', 1, 'killing a vigilance committee member', actor='NGAREB', by='CMRGOV', note='vigilance committees: MIL'),
  K('CMRCVL', 2, 'two farmers', actor='NGAREB', by='CMRGOV'))

I('lbn-south-strike', 'note', '2024-03-14', 'Wed', 'Lebanon', 'air_drone_strike', 'Naqoura', 'South', 'Tyre', 2,
  "An Israeli drone strike on a car near Naqoura in south Lebanon killed two Hezbollah members on Wednesday afternoon; Hezbollah later fired a salvo of rockets at a military position across the border.",
  A('ISRMIL', 'An Israeli drone strike on a car near Naqoura', victim='LBNREB'),
  K('LBNREB', 2, 'killed two Hezbollah members', actor='ISRMIL'),
  A('LBNREB', 'Hezbollah later fired a salvo of rockets at a military position across the border', victim='ISRMIL', loc='-'))

I('irn-zahedan-attack', 'note', '2024-04-05', 'Thu', 'Iran', 'attack', 'Rask', 'Sistan and Baluchestan', 'Rask', 16,
  "Jaish al-Adl militants attacked the IRGC headquarters and a police station in Rask and Chabahar late on Thursday. Officials said 10 members of the security forces were killed; 6 of the attackers died.",
  A('IRNREB', 'Jaish al-Adl militants attacked the IRGC headquarters and a police station in Rask and Chabahar', victim='IRNMIL'),
  K('IRNMIL', 10, '10 members of the security forces were killed', actor='IRNREB', by='IRNGOV'),
  K('IRNREB', 6, '6 of the attackers died', by='IRNGOV'))

# non-conflict
I('npl-landslide', 'note', '2024-07-13', '2024-07-12', 'Nepal', 'disaster', 'Simaltal', 'Bagmati', 'Chitwan', 0,
  "12 July 2024 - A landslide triggered by monsoon rain swept two passenger buses off the Narayanghat-Mugling highway near Simaltal into the Trishuli river before dawn. Seven bodies have been recovered; more than 50 passengers remain missing, officials said.",
  K('NPLCVL', 7, 'Seven bodies have been recovered', cause='disaster', by='NPLGOV'))

I('per-bus-crash', 'note', '2023-01-29', 'Sat', 'Peru', 'accident', 'Atico', 'Arequipa', 'Caraveli', 0,
  "A bus carrying 60 passengers plunged into a ravine near Atico in Arequipa region on Saturday evening; 24 people died and 35 were injured, the regional health office said.",
  K('PERCVL', 24, '24 people died', cause='accident', by='PERGOV'),
  W('PERCVL', 35, '35 were injured', cause='accident', by='PERGOV'))

I('mwi-cholera', 'note', '2023-02-06', '2023-02-06', 'Malawi', 'disease', '', '', '', 0,
  "Malawi health update, 6 February 2023: The cholera outbreak has now killed 1,210 people since March 2022, with 36,900 cases recorded in all 29 districts; schools in Blantyre and Lilongwe remain closed.",
  K('MWICVL', 1210, 'The cholera outbreak has now killed 1,210 people since March 2022', cum=True, loc='-', cause='disease', by='MWIGOV'))

I('ind-liquor', 'note', '2022-12-16', '2022-12-16', 'India', 'accident', 'Chhapra', 'Bihar', 'Saran', 0,
  "Saran (Bihar), 16 December 2022: The toll from spurious liquor consumed in villages around Chhapra rose to 39, officials said; 14 others were under treatment in hospital, some of them having lost their sight.",
  K('INDCVL', 39, 'The toll from spurious liquor consumed in villages around Chhapra rose to 39', cause='accident', by='INDGOV', note='toll of one poisoning: not cumulative'),
  W('INDCVL', 14, '14 others were under treatment in hospital', cause='accident', by='INDGOV'))

I('idn-flood', 'note', '2024-05-13', '2024-05-11', 'Indonesia', 'disaster', 'Agam', 'West Sumatra', 'Agam', 0,
  "West Sumatra, 13 May 2024: Cold lava and flash floods from Mount Marapi hit Agam and Tanah Datar regencies late on 11 May; 41 people were confirmed dead and 17 missing, and more than 3,000 residents were evacuated, the disaster agency said.",
  K('IDNCVL', 41, '41 people were confirmed dead', cause='disaster', by='IDNGOV'),
  D('IDNCVL', 3000, 'more than 3,000 residents were evacuated', q='AT_LEAST', by='IDNGOV'))

# no event
I('col-talks-announce', 'note', '2023-06-10', '2023-06-09', 'Colombia', 'protest_or_statement', 'Havana', '', '', 0,
  "9 June 2023: Government and ELN negotiators announced in Havana a bilateral ceasefire to start on 3 August and to last 180 days, at the close of the third round of talks.",
  TK('COLGOV', 'Government and ELN negotiators announced in Havana a bilateral ceasefire', s=False, note='an announcement at the close of a round: unscored, no-event item'))
