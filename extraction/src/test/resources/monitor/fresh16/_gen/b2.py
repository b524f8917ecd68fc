"""39 monitor notes from other conflicts: 33 conflict, 1 with no event, 5 non-conflict."""
from lib import *

item('o01', 'note', '2019-10-04', '2019-10-03', 'Afghanistan', 'attack', 'Qaisar', 'Faryab', 'Qaisar', 9,
     "Faryab, 3 October 2019: Taliban fighters attacked a checkpoint of the Afghan Local Police in Qaisar district overnight, killing 5 policemen and capturing 2; the attackers also took away weapons and burned a police Ranger vehicle. Officials said 4 Taliban were killed when reinforcements arrived.",
     A('AFGREB', "Taliban fighters attacked a checkpoint of the Afghan Local Police in Qaisar district", v='AFGMIL'),
     K('AFGMIL', 5, "killing 5 policemen", a='AFGREB'),
     E('AFGMIL', 'VEHICLE', None, "burned a police Ranger vehicle", a='AFGREB'),
     K('AFGREB', 4, "4 Taliban were killed when reinforcements arrived", by='AFGGOV'),
     DP('AFGMIL', "reinforcements arrived", s=False, note='no separate sending stated'))

item('o02', 'note', '2023-02-17', '2023-02-16', 'Pakistan', 'remote_explosive_ied', 'Barkhan', 'Balochistan', 'Barkhan', 3,
     "On 16 February 2023, an improvised bomb hidden in a motorcycle went off next to a Levies vehicle in Barkhan, Balochistan, killing 2 Levies personnel and a schoolboy and injuring 5 others, police said. The vehicle was badly damaged.",
     A(None, "an improvised bomb hidden in a motorcycle went off next to a Levies vehicle", v='PAKMIL', by='PAKMIL'),
     K('PAKMIL', 2, "killing 2 Levies personnel", by='PAKMIL'),
     K('PAKCVL', 1, "a schoolboy", by='PAKMIL'),
     W('PAKCVL', 5, "injuring 5 others", by='PAKMIL', note='unspecified: CVL'),
     E('PAKMIL', 'VEHICLE', None, "The vehicle was badly damaged"))

item('o03', 'note', '2022-03-19', '2022-03-18', 'India', 'armed_clash', 'Gumiyapal', 'Chhattisgarh', 'Dantewada', 3,
     "Dantewada, 18 March 2022: an encounter between DRG personnel and Maoists in the forests near Gumiyapal lasted nearly two hours; the bodies of 3 Maoists, one of them a woman cadre carrying a reward, were recovered along with rifles, police said. A DRG jawan was injured.",
     A('INDMIL', "an encounter between DRG personnel and Maoists", v='INDREB'),
     A('INDREB', "an encounter between DRG personnel and Maoists", v='INDMIL', s=False, note='second side'),
     K('INDREB', 3, "the bodies of 3 Maoists", by='INDMIL'),
     K('INDREB', 1, "one of them a woman cadre", s=False, note='sub-count'),
     W('INDMIL', 1, "A DRG jawan was injured", by='INDMIL'))

item('o04', 'note', '2023-09-15', '2023-09-14', 'Myanmar', 'air_drone_strike', 'Thayet Taw', 'Sagaing', 'Kanbalu', 11,
     "Kanbalu township: on 14 September 2023, a junta jet dropped two bombs on Thayet Taw village while residents were gathered for a novice ordination, killing 11 villagers, 4 of them children, and wounding about 20, according to the local PDF.",
     A('MMRMIL', "a junta jet dropped two bombs on Thayet Taw village", v='MMRCVL', n=2),
     K('MMRCVL', 11, "killing 11 villagers", a='MMRMIL'),
     K('MMRCVL', 4, "4 of them children", s=False, note='sub-count'),
     W('MMRCVL', 20, "wounding about 20", q='AB'))

item('o05', 'note', '2023-06-20', '2023-06-19', 'Philippines', 'armed_clash', 'Datu Hoffer', 'Maguindanao', '', 4,
     "On 19 June 2023, army troops clashed for about an hour with members of a Dawlah Islamiyah faction in the marshland of Datu Hoffer, Maguindanao; 4 militants were killed and a soldier was wounded, the military said. Troops recovered 5 firearms.",
     A('PHLMIL', "army troops clashed for about an hour with members of a Dawlah Islamiyah faction", v='PHLREB'),
     A('PHLREB', "army troops clashed for about an hour with members of a Dawlah Islamiyah faction", v='PHLMIL', s=False, note='second side'),
     K('PHLREB', 4, "4 militants were killed", by='PHLMIL'),
     W('PHLMIL', 1, "a soldier was wounded", by='PHLMIL'))

item('o06', 'note', '2021-05-24', '2021-05-23', 'Thailand', 'remote_explosive_ied', 'Yarang', 'Pattani', 'Yarang', 1,
     "Pattani, 23 May 2021 - A bomb hidden in a rubbish bin exploded beside a road in Yarang district as a ranger patrol on motorcycles passed, wounding 3 rangers; one of them later died in hospital.",
     A(None, "A bomb hidden in a rubbish bin exploded beside a road in Yarang district", v='THAMIL'),
     W('THAMIL', 3, "wounding 3 rangers", note='as stated; one of them died'),
     K('THAMIL', 1, "one of them later died in hospital"))

item('o07', 'note', '2021-10-27', '2021-10-26', 'Iraq', 'attack', 'Al-Rashad', 'Diyala', 'Muqdadiyah', 13,
     "On 26 October 2021, IS gunmen attacked Al-Rashad village near Muqdadiyah after sunset, killing 13 villagers and wounding 8, and set several houses on fire. Tribal fighters later raided the nearby village of Nahr al-Imam in revenge.",
     A('IRQREB', "IS gunmen attacked Al-Rashad village near Muqdadiyah after sunset", v='IRQCVL'),
     K('IRQCVL', 13, "killing 13 villagers", a='IRQREB'),
     W('IRQCVL', 8, "wounding 8"),
     A('IRQREB', "Tribal fighters later raided the nearby village of Nahr al-Imam", loc='Nahr al-Imam', d=None, s=False, note='no day; armed tribesmen as IRQREB'))

item('o08', 'note', '2022-02-08', '2022-02-07', 'Yemen', 'shelling_artillery_missile', 'Hays', 'Hodeidah', 'Hays', 2,
     "Hays district (Hodeidah), 7 February 2022: Houthi artillery shells hit a residential area of Hays town, killing a woman and a boy and wounding 3 other children, local medical sources said.",
     A('YEMREB', "Houthi artillery shells hit a residential area of Hays town", v='YEMCVL'),
     K('YEMCVL', 2, "killing a woman and a boy", a='YEMREB'),
     W('YEMCVL', 3, "wounding 3 other children"))

item('o09', 'note', '2024-08-04', '2024-08-03', 'Lebanon', 'air_drone_strike', 'Bazouriyeh', 'South Lebanon', 'Tyre', 2,
     "On 3 August 2024, an Israeli drone struck a motorcycle in Bazouriyeh, killing 2 Hezbollah members, the group announced; a passer-by was hurt.",
     A('ISRMIL', "an Israeli drone struck a motorcycle in Bazouriyeh", v='LBNREB'),
     K('LBNREB', 2, "killing 2 Hezbollah members", a='ISRMIL', by='LBNREB'),
     W('LBNCVL', 1, "a passer-by was hurt"))

item('o10', 'note', '2023-06-22', '2023-06-21', 'Palestine', 'attack', 'Turmus Ayya', 'West Bank', 'Ramallah', 1,
     "Near Ramallah, 21 June 2023 - Hundreds of Israeli settlers stormed Turmus Ayya, setting fire to about 30 houses and 60 cars; a Palestinian man was shot dead and 12 people were injured, the Palestinian health ministry said.",
     A('ISRCVL', "Hundreds of Israeli settlers stormed Turmus Ayya", v='PSECVL'),
     K('PSECVL', 1, "a Palestinian man was shot dead", by='PSEGOV'),
     W('PSECVL', 12, "12 people were injured", by='PSEGOV'))

item('o11', 'note', '2020-05-12', '2020-05-11', 'Turkey', 'armed_clash', 'Çukurca', 'Hakkari', 'Çukurca', 7,
     "Hakkari province, 11 May 2020: PKK militants opened fire on a military unit in the rural area of Çukurca district, killing 2 soldiers and wounding 3, the governor's office said. The army said 5 militants were neutralised in follow-up operations.",
     A('TURREB', "PKK militants opened fire on a military unit", v='TURMIL'),
     K('TURMIL', 2, "killing 2 soldiers", a='TURREB', by='TURGOV'),
     W('TURMIL', 3, "wounding 3", by='TURGOV'),
     K('TURREB', 5, "5 militants were neutralised in follow-up operations", a='TURMIL', by='TURMIL', d=None, note='claimed, no day'),
     O('TURMIL', "follow-up operations", d=None, s=False, note='routine operations'))

item('o12', 'note', '2022-08-28', '2022-08-27', 'Libya', 'armed_clash', 'Tripoli', 'Tripoli', 'Tripoli', 29,
     "Tripoli, 27 August 2022: clashes between armed groups loyal to the Dbeibah government and forces backing his rival Bashagha spread across central districts; the health ministry said 29 people were killed and 140 injured, among the dead a well-known comedian.",
     A('LBYMIL', "clashes between armed groups loyal to the Dbeibah government and forces backing his rival Bashagha", v='LBYREB', note='first-named side'),
     A('LBYREB', "clashes between armed groups loyal to the Dbeibah government and forces backing his rival Bashagha", v='LBYMIL', s=False, note='second side'),
     K('LBYCVL', 29, "29 people were killed", by='LBYGOV', note='mixed toll as CVL'),
     W('LBYCVL', 140, "140 injured", by='LBYGOV'),
     K('LBYCVL', 1, "among the dead a well-known comedian", s=False, note='sub-count'))

item('o13', 'note', '2020-07-22', '2020-07-21', 'Egypt', 'attack', 'Rabaa', 'North Sinai', 'Bir al-Abd', 23,
     "On 21 July 2020, militants in pick-up trucks attacked an army camp at Rabaa village near Bir al-Abd; the army said 2 officers and 3 soldiers were killed and 18 attackers were killed, and 4 of the attackers' vehicles were destroyed, one of them a car bomb.",
     A('EGYREB', "militants in pick-up trucks attacked an army camp at Rabaa village", v='EGYMIL'),
     K('EGYMIL', 5, "2 officers and 3 soldiers were killed", a='EGYREB', by='EGYMIL'),
     K('EGYREB', 18, "18 attackers were killed", a='EGYMIL', by='EGYMIL'),
     E('EGYREB', 'VEHICLE', 4, "4 of the attackers' vehicles were destroyed", by='EGYMIL'))

item('o14', 'note', '2023-03-15', '2023-03-14', 'Mali', 'attack', 'Dinangourou', 'Mopti', 'Koro', 10,
     "On 14 March 2023, armed men on motorbikes raided the village of Dinangourou, killing 9 civilians and a Dan Na Ambassagou militiaman and driving hundreds of residents towards Koro; dozens of cattle were taken.",
     A(None, "armed men on motorbikes raided the village of Dinangourou", v='MLICVL'),
     K('MLICVL', 9, "killing 9 civilians"),
     K('MLIREB', 1, "a Dan Na Ambassagou militiaman"),
     D('MLICVL', None, "driving hundreds of residents towards Koro"))

item('o15', 'note', '2021-08-05', '2021-08-04', 'Burkina Faso', 'attack', 'Toeni', 'Boucle du Mouhoun', 'Sourou', 34,
     "Sourou province, 4 August 2021: 12 soldiers and 8 VDP volunteers were killed when suspected jihadists ambushed their patrol near Toeni; the army said 14 assailants were neutralised in the counter-attack.",
     A('BFAREB', "suspected jihadists ambushed their patrol near Toeni", v='BFAMIL'),
     K('BFAMIL', 20, "12 soldiers and 8 VDP volunteers were killed", a='BFAREB'),
     K('BFAREB', 14, "14 assailants were neutralised in the counter-attack", a='BFAMIL', by='BFAMIL'),
     A('BFAMIL', "the counter-attack", v='BFAREB', s=False, note='return of fire'))

item('o16', 'note', '2022-08-16', '2022-08-15', 'Niger', 'attack', 'Baniboungou', 'Tillaberi', 'Ouallam', 18,
     "On 15 August 2022, gunmen on about 40 motorbikes stormed the weekly market at Baniboungou, killing 17 traders and a local chief, the interior ministry said, and made off with livestock.",
     A(None, "gunmen on about 40 motorbikes stormed the weekly market at Baniboungou", v='NERCVL'),
     K('NERCVL', 18, "killing 17 traders and a local chief", by='NERGOV'))

item('o17', 'note', '2022-07-09', '2022-07-08', 'Nigeria', 'attack', 'Dansadau', 'Zamfara', 'Maru', 9,
     "Maru LGA (Zamfara), 8 July 2022 - Bandits on motorcycles invaded Dansadau overnight, shooting dead 7 people, including a vigilante leader, and abducting dozens of women, residents said. Two bandits were killed by local vigilantes.",
     A('NGAREB', "Bandits on motorcycles invaded Dansadau overnight", v='NGACVL'),
     K('NGACVL', 7, "shooting dead 7 people", a='NGAREB', note='mixed group: CVL'),
     K('NGAMIL', 1, "including a vigilante leader", s=False, note='sub-count'),
     K('NGAREB', 2, "Two bandits were killed by local vigilantes", a='NGAMIL'))

item('o18', 'note', '2022-04-13', '2022-04-12', 'Cameroon', 'attack', 'Bali Nyonga', 'North-West', 'Mezam', 2,
     "On 12 April 2022, separatist fighters attacked a gendarmerie post at Bali Nyonga, killing 2 gendarmes and injuring another; a gendarmerie vehicle was set alight.",
     A('CMRREB', "separatist fighters attacked a gendarmerie post at Bali Nyonga", v='CMRMIL'),
     K('CMRMIL', 2, "killing 2 gendarmes", a='CMRREB'),
     W('CMRMIL', 1, "injuring another"),
     E('CMRMIL', 'VEHICLE', None, "a gendarmerie vehicle was set alight"))

item('o19', 'note', '2022-06-09', '2022-06-08', 'Chad', 'attack', 'Kaiga-Kindjiria', 'Lac', '', 21,
     "Kaiga-Kindjiria, 8 June 2022 - Boko Haram fighters attacked a military post at Kaiga-Kindjiria at dawn; 4 Chadian soldiers and 17 insurgents were killed, an army spokesman said.",
     A('NGAREB', "Boko Haram fighters attacked a military post at Kaiga-Kindjiria at dawn", v='TCDMIL'),
     K('TCDMIL', 4, "4 Chadian soldiers and 17 insurgents were killed", by='TCDMIL'),
     K('NGAREB', 17, "4 Chadian soldiers and 17 insurgents were killed", by='TCDMIL'))

item('o20', 'note', '2024-10-26', '2024-10-25', 'Sudan', 'attack', 'Al-Sariha', 'Gezira', '', 96,
     "El Gezira state, 25 October 2024: RSF fighters raided the village of Al-Sariha, shooting at residents and looting homes; activists said 96 people were killed and at least 150 wounded. Thousands fled towards Tamboul the same day.",
     A('SDNREB', "RSF fighters raided the village of Al-Sariha", v='SDNCVL'),
     K('SDNCVL', 96, "96 people were killed", a='SDNREB'),
     W('SDNCVL', 150, "at least 150 wounded", q='AL'),
     D('SDNCVL', None, "Thousands fled towards Tamboul the same day"))

item('o21', 'note', '2023-02-10', '2023-02-09', 'South Sudan', 'attack', 'Anyidi', 'Jonglei', 'Bor South', 21,
     "Jonglei: on 9 February 2023, armed youths from neighbouring Pibor raided cattle camps around Anyidi payam, making off with thousands of cows; the county commissioner said 21 people were killed, including 2 SSPDF soldiers, and 14 wounded.",
     A('SSDREB', "armed youths from neighbouring Pibor raided cattle camps around Anyidi payam", v='SSDCVL'),
     K('SSDCVL', 21, "21 people were killed", a='SSDREB', by='SSDGOV', note='mixed toll as CVL'),
     K('SSDMIL', 2, "including 2 SSPDF soldiers", s=False, note='sub-count'),
     W('SSDCVL', 14, "14 wounded", by='SSDGOV'))

item('o22', 'note', '2022-01-08', '2022-01-07', 'Ethiopia', 'air_drone_strike', 'Dedebit', 'Tigray', '', 51,
     "On 7 January 2022, a drone strike hit a camp for displaced people in Dedebit, north-western Tigray, killing 51 people, aid workers said; at least 30 were wounded. The TPLF blamed the federal air force, and the government denied targeting civilians.",
     A(None, "a drone strike hit a camp for displaced people in Dedebit", v='ETHREF', note='blamed and denied: no actor'),
     K('ETHREF', 51, "killing 51 people"),
     W('ETHREF', 30, "at least 30 were wounded", q='AL'))

item('o23', 'note', '2022-03-04', '2022-03-03', 'Somalia', 'remote_explosive_ied', 'Afgoye', 'Lower Shabelle', 'Afgoye', 6,
     "Lower Shabelle region, 3 March 2022 - A roadside bomb tore through a minibus near Afgoye, killing 6 passengers, among them a woman and her baby, and wounding 4; police blamed al-Shabaab.",
     A('SOMREB', "A roadside bomb tore through a minibus near Afgoye", v='SOMCVL', by='SOMMIL'),
     K('SOMCVL', 6, "killing 6 passengers"),
     K('SOMCVL', 2, "among them a woman and her baby", s=False, note='sub-count'),
     W('SOMCVL', 4, "wounding 4"))

item('o24', 'note', '2023-07-28', '2023-07-27', 'Kenya', 'attack', 'Juhudi', 'Lamu', 'Lamu West', 3,
     "On 27 July 2023, suspected al-Shabaab militants raided Juhudi village in Lamu county at night, hacking 3 men to death and torching 6 houses; police said a manhunt was launched.",
     A('SOMREB', "suspected al-Shabaab militants raided Juhudi village", v='KENCVL'),
     K('KENCVL', 3, "hacking 3 men to death", a='SOMREB'),
     O('KENMIL', "a manhunt was launched", s=False, note='search'))

item('o25', 'note', '2022-04-22', '2022-04-21', 'DR Congo', 'attack', 'Mamove', 'North Kivu', 'Beni', 14,
     "On 21 April 2022, ADF fighters attacked farmers in their fields outside Mamove in Beni territory with machetes and guns; civil society leaders said 14 bodies had been recovered and 4 people were missing.",
     A('CODREB', "ADF fighters attacked farmers in their fields outside Mamove", v='CODCVL'),
     K('CODCVL', 14, "14 bodies had been recovered", a='CODREB'))

item('o26', 'note', '2022-05-10', '2022-05-09', 'CAR', 'remote_explosive_ied', 'Bocaranga', 'Ouham-Pende', 'Bocaranga', 1,
     "Ouham-Pende prefecture, 9 May 2022: an anti-tank mine, planted by 3R rebels according to the mission, exploded under a MINUSCA armoured vehicle near Bocaranga, killing a Pakistani peacekeeper and injuring 2 others. The vehicle was destroyed.",
     A('CAFREB', "an anti-tank mine, planted by 3R rebels according to the mission, exploded", v='IGOUNO', by='IGOUNO'),
     K('PAKMIL', 1, "killing a Pakistani peacekeeper", a='CAFREB', by='IGOUNO'),
     W('IGOUNO', 2, "injuring 2 others", by='IGOUNO', note='peacekeepers of unstated nationality'),
     E('IGOUNO', 'APC', None, "The vehicle was destroyed"))

item('o27', 'note', '2024-05-11', '2024-05-10', 'Mozambique', 'attack', 'Macomia', 'Cabo Delgado', 'Macomia', 3,
     "On 10 May 2024, insurgents stormed Macomia town, looting food stores and fighting soldiers and local militia for several hours; 3 soldiers were killed, and the insurgents withdrew by the next day.",
     A('MOZREB', "insurgents stormed Macomia town", v='MOZMIL'),
     K('MOZMIL', 3, "3 soldiers were killed", a='MOZREB'))

item('o28', 'note', '2024-04-18', '2024-04-17', 'Benin', 'attack', 'Dassari', 'Atacora', 'Materi', 2,
     "On 17 April 2024, gunmen attacked the police station in Dassari at dawn, killing 2 policemen and wounding a third before setting the station on fire; police blamed jihadists coming from Burkina Faso.",
     A('BFAREB', "gunmen attacked the police station in Dassari at dawn", v='BENMIL', by='BENMIL', note='blamed by police'),
     K('BENMIL', 2, "killing 2 policemen", a='BFAREB'),
     W('BENMIL', 1, "wounding a third"))

item('o29', 'note', '2023-11-17', '2023-11-16', 'Ukraine', 'shelling_artillery_missile', 'Kherson', 'Kherson', 'Kherson', 3,
     "On 16 November 2023, Russian artillery shelled the Dniprovskyi district of Kherson, hitting a bus stop and killing 2 women and a man; 4 people were injured, the regional governor said.",
     A('RUSMIL', "Russian artillery shelled the Dniprovskyi district of Kherson", v='UKRCVL'),
     K('UKRCVL', 3, "killing 2 women and a man", a='RUSMIL', by='UKRGOV'),
     W('UKRCVL', 4, "4 people were injured", by='UKRGOV'))

item('o30', 'note', '2022-01-13', '2022-01-12', 'Colombia', 'armed_clash', 'Tame', 'Arauca', 'Tame', 9,
     "On 12 January 2022, fighting between the ELN and FARC dissidents in rural Tame left 9 fighters dead, the ombudsman's office said, and 60 families fled to the urban centre.",
     A('COLREB', "fighting between the ELN and FARC dissidents in rural Tame", v='COLREB', note='both COLREB: one line'),
     K('COLREB', 9, "left 9 fighters dead"),
     D('COLCVL', None, "60 families fled to the urban centre", note='families: no count of people'))

item('o31', 'note', '2022-06-05', '2022-06-04', 'Mexico', 'attack', 'Celaya', 'Guanajuato', 'Celaya', 7,
     "Celaya (Guanajuato), 4 June 2022 - Gunmen burst into a bar in the centre of the city and opened fire on customers, killing 6 men and a woman; 3 others were wounded, local prosecutors said.",
     A(None, "Gunmen burst into a bar in the centre of the city and opened fire on customers", v='MEXCVL'),
     K('MEXCVL', 7, "killing 6 men and a woman", by='MEXGOV'),
     W('MEXCVL', 3, "3 others were wounded", by='MEXGOV'))

item('o32', 'note', '2022-05-09', '2022-05-08', 'Haiti', 'attack', 'Croix-des-Bouquets', 'Ouest', 'Croix-des-Bouquets', 12,
     "Croix-des-Bouquets, 8 May 2022 - Members of the 400 Mawozo gang attacked the Butte-Boyer area, setting houses on fire; at least 12 residents were killed, a human rights network said, and about 3,000 people fled.",
     A('HTIREB', "Members of the 400 Mawozo gang attacked the Butte-Boyer area", v='HTICVL'),
     K('HTICVL', 12, "at least 12 residents were killed", q='AL', a='HTIREB'),
     D('HTICVL', 3000, "about 3,000 people fled", q='AB'))

item('o33', 'note', '2023-08-05', '2023-08-04', 'Brazil', 'armed_clash', 'Salvador', 'Bahia', 'Salvador', 6,
     "On 4 August 2023, military police clashed with suspected gang members in the Valéria neighbourhood of Salvador; 6 suspects were killed and a police officer was wounded, state security officials said.",
     A('BRAMIL', "military police clashed with suspected gang members", v='BRAREB'),
     A('BRAREB', "military police clashed with suspected gang members", v='BRAMIL', s=False, note='second side'),
     K('BRAREB', 6, "6 suspects were killed", by='BRAGOV'),
     W('BRAMIL', 1, "a police officer was wounded", by='BRAGOV'))

item('o34', 'note', '2023-03-04', '2023-03-03', 'Tunisia', 'protest_or_statement', 'Sfax', 'Sfax', 'Sfax', 0,
     "Sfax, 3 March 2023 - Several hundred members of the main trade union marched through the city centre to protest against the arrest of a union official; the march dispersed peacefully in the afternoon.")

item('n01', 'note', '2024-07-13', '2024-07-12', 'Nepal', 'disaster', 'Myagdi', 'Gandaki', 'Myagdi', 0,
     "Myagdi district, 12 July 2024: a landslide set off by days of monsoon rain buried three houses in a hillside settlement, killing 7 people, 3 of them children; 2 others are missing and 40 families were moved to a school.",
     K('NPLCVL', 7, "killing 7 people, 3 of them children"),
     K('NPLCVL', 3, "3 of them children", s=False, note='sub-count'),
     D('NPLCVL', None, "40 families were moved to a school", note='families: no count'))

item('n02', 'note', '2022-12-11', '2022-12-10', 'Guatemala', 'disaster', 'El Rodeo', 'Escuintla', 'Escuintla', 0,
     "On 10 December 2022, a torrent of volcanic ash and mud from the Volcan de Fuego swept through El Rodeo after heavy rain, killing 4 people; about 1,100 residents were evacuated, the disaster agency said.",
     K('GTMCVL', 4, "killing 4 people"),
     D('GTMCVL', 1100, "about 1,100 residents were evacuated", q='AB', by='GTMGOV'))

item('n03', 'note', '2023-05-06', '2023-05-05', 'Tanzania', 'accident', 'Kagunga', 'Kigoma', 'Kigoma', 0,
     "Kigoma region, 5 May 2023: an overloaded wooden boat carrying traders capsized on Lake Tanganyika off Kagunga, drowning 12 people; 31 were rescued and 5 are missing.",
     K('TZACVL', 12, "drowning 12 people"))

item('n04', 'note', '2023-02-06', '2023-02-06', 'Malawi', 'disease', '', 'Southern', '', 0,
     "On 6 February 2023, the health ministry said cholera had killed 1,210 people since the outbreak began in March 2022, with 36 deaths recorded in the previous 24 hours, most of them in Blantyre and Lilongwe.",
     K('MWICVL', 1210, "cholera had killed 1,210 people since the outbreak began", cum=True, loc=None, d='rep', by='MWIGOV'),
     K('MWICVL', 36, "36 deaths recorded in the previous 24 hours", cum=True, loc=None, d='rep', by='MWIGOV'))

item('n05', 'note', '2022-11-08', '2022-11-08', 'Peru', 'accident', 'Santa Teresa', 'Cusco', 'La Convencion', 0,
     "La Convención province (Cusco), 8 November 2022 - A bus carrying about 40 passengers fell some 200 metres into a ravine near Santa Teresa before dawn, killing 14 people and injuring 22, police said.",
     K('PERCVL', 14, "killing 14 people", by='PERMIL'),
     W('PERCVL', 22, "injuring 22", by='PERMIL'))
