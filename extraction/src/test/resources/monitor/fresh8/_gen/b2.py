"""b2: 30 monitor-style notes from conflicts outside Syria (one with no event)."""
from lib import *

I('N01', '2019-09-15', 'note', '2019-09-14|Afghanistan|attack|Char Dara|Kunduz|Char Dara', 12,
  "On the night of 14 September 2019, Taliban fighters attacked a police checkpoint in Char Dara district of Kunduz province, killing 5 policemen and wounding 3 others, and drove off with 2 police vehicles. A police spokesman in Kunduz said 7 attackers were killed when reinforcements arrived.",
  [A('AFGREB', "Taliban fighters attacked a police checkpoint in Char Dara district", v='AFGMIL', note='Taliban before August 2021: AFGREB'),
   K('AFGMIL', 5, 'E', "killing 5 policemen", a='AFGREB', note='police: MIL'),
   W('AFGMIL', 3, 'E', "wounding 3 others", a='AFGREB'),
   EQ('AFGMIL', 'VEHICLE', 2, 'E', "drove off with 2 police vehicles", a='AFGREB', s=False, note='vehicles taken, not destroyed'),
   K('AFGREB', 7, 'E', "7 attackers were killed when reinforcements arrived", a='AFGMIL', cb='AFGMIL')])

I('N02', '2020-05-03', 'note', '2020-05-02|Iraq|attack|Mukayshifa|Salah al-Din|Samarra', 10,
  "2 May 2020 - IS militants attacked positions of the Popular Mobilisation Forces near Mukayshifa in Salah al-Din province with roadside bombs and sniper fire, killing 10 members of the PMF, among them a field commander.",
  [A('IRQREB', "IS militants attacked positions of the Popular Mobilisation Forces near Mukayshifa", v='IRQMIL'),
   K('IRQMIL', 10, 'E', "killing 10 members of the PMF", a='IRQREB', note='PMF: IRQMIL'),
   K('IRQMIL', 1, 'E', "among them a field commander", a='IRQREB', s=False, note='sub-count of the 10')])

I('N03', '2019-07-27', 'note', '2019-07-26|Yemen|shelling_artillery_missile|Taiz|Taiz|', 1,
  "26/07/2019: Houthi forces shelled the Sala district of Taiz city with mortar rounds, killing a child and wounding his mother and 2 siblings, according to a local rights group.",
  [A('YEMREB', "Houthi forces shelled the Sala district of Taiz city with mortar rounds", v='YEMCVL', l='Sala'),
   K('YEMCVL', 1, 'E', "killing a child", a='YEMREB', l='Sala'),
   W('YEMCVL', 3, 'E', "wounding his mother and 2 siblings", a='YEMREB', l='Sala', note='one code: 1 + 2')])

I('N04', '2021-06-11', 'note', '2021-06-10|Nigeria|attack|Kadawa|Zamfara|Zurmi', 53,
  "On 10 June 2021, armed bandits on motorcycles stormed Kadawa village in Zurmi LGA of Zamfara state, shooting dead 53 villagers, many of them farmers working on their fields, and setting houses ablaze. Residents said more than 20 people were abducted.",
  [A('NGAREB', "armed bandits on motorcycles stormed Kadawa village", v='NGACVL', note='bandits: REB'),
   K('NGACVL', 53, 'E', "shooting dead 53 villagers", a='NGAREB')])

I('N05', '2022-03-21', 'note', '2022-03-20|Burkina Faso|attack|Koumbri|Nord|Yatenga', 7,
  "On 20 March 2022, militants ambushed a patrol of Volunteers for the Defence of the Homeland (VDP) near the village of Koumbri in Yatenga province, killing 7 volunteers; 4 others were reported missing after the attack.",
  [A('BFAREB', "militants ambushed a patrol of Volunteers for the Defence of the Homeland (VDP)", v='BFAMIL', note='"militants", no group: REB'),
   K('BFAMIL', 7, 'E', "killing 7 volunteers", a='BFAREB', note='VDP: MIL; the missing give no line')])

I('N06', '2020-10-04', 'note', '2020-10-03|Mali|remote_explosive_ied|Boni|Mopti|Douentza', 2,
  "03/10/2020: A FAMa vehicle struck an improvised explosive device on the road between Boni and Hombori in the Mopti region, killing 2 soldiers and wounding 3. The vehicle was destroyed.",
  [A(None, "A FAMa vehicle struck an improvised explosive device on the road between Boni and Hombori", v='MLIMIL'),
   K('MLIMIL', 2, 'E', "killing 2 soldiers"),
   W('MLIMIL', 3, 'E', "wounding 3"),
   EQ('MLIMIL', 'VEHICLE', None, None, "The vehicle was destroyed")])

I('N07', '2021-03-22', 'note', '2021-03-21|Niger|attack|Intazayene|Tahoua|Tillia', 137,
  "On 21 March 2021, gunmen on motorcycles attacked the villages of Intazayene, Bakorat and Wistane in the Tillia department of Tahoua region, killing 137 people, according to the government.",
  [A(None, "gunmen on motorcycles attacked the villages of Intazayene, Bakorat and Wistane", v='NERCVL', l='Intazayene'),
   K('NERCVL', 137, 'E', "killing 137 people", cb='NERGOV', l='Intazayene', note='one coordinated attack on three villages: one line, the first village')])

I('N08', '2019-08-13', 'note', '2019-08-12|Somalia|shelling_artillery_missile|Sabiid|Lower Shabelle|Afgooye', 0,
  "12 August 2019: Al-Shabaab fighters fired several mortar shells at a Somali army base in Sabiid in the Lower Shabelle region; an army officer said no casualties were reported.",
  [A('SOMREB', "Al-Shabaab fighters fired several mortar shells at a Somali army base in Sabiid", v='SOMMIL')])

I('N09', '2020-01-29', 'note', '2020-01-28|DR Congo|attack|Manzingi|North Kivu|Beni', 24,
  "On 28 January 2020, suspected ADF rebels armed with machetes raided the village of Manzingi near Oicha in Beni territory, North Kivu, hacking to death 24 civilians, including 6 women, during the night. Local civil society leaders said several houses were torched.",
  [A('CODREB', "suspected ADF rebels armed with machetes raided the village of Manzingi", v='CODCVL', note='"suspected ADF": the side is given'),
   K('CODCVL', 24, 'E', "hacking to death 24 civilians", a='CODREB'),
   K('CODCVL', 6, 'E', "including 6 women", a='CODREB', s=False, note='sub-count of the 24')])

I('N10', '2021-06-26', 'note', '2021-06-25|Central African Republic|attack|Koui|Ouham-Pende|Koui', 2,
  "On 25 June 2021, fighters of the 3R armed group attacked a FACA position in the town of Koui in Ouham-Pende prefecture, killing 2 soldiers. The army said it repelled the attack and killed several assailants.",
  [A('CAFREB', "fighters of the 3R armed group attacked a FACA position in the town of Koui", v='CAFMIL'),
   K('CAFMIL', 2, 'E', "killing 2 soldiers", a='CAFREB'),
   K('CAFREB', None, None, "killed several assailants", a='CAFMIL', cb='CAFMIL', note='vague claimed kill in the incident: scored, no count')])

I('N11', '2023-02-06', 'note', '2023-02-05|South Sudan|attack|Tonj North|Warrap|Tonj North', 12,
  "5 February 2023: Armed youth from neighbouring Unity state raided cattle camps in Tonj North county of Warrap state, killing 12 people, among them 3 women, and making off with hundreds of cattle, county officials said.",
  [A('SSDREB', "Armed youth from neighbouring Unity state raided cattle camps in Tonj North county", v='SSDCVL', note='armed youth: REB'),
   K('SSDCVL', 12, 'E', "killing 12 people", a='SSDREB', cb='SSDGOV'),
   K('SSDCVL', 3, 'E', "among them 3 women", a='SSDREB', cb='SSDGOV', s=False, note='sub-count of the 12')])

I('N12', '2024-05-14', 'note', '2024-05-13|Sudan|shelling_artillery_missile|Abu Shouk|North Darfur|El Fasher', 5,
  "13/05/2024: RSF artillery shelled the Abu Shouk displacement camp north of El Fasher, North Darfur, killing 5 displaced people and wounding 14, medical sources said.",
  [A('SDNREB', "RSF artillery shelled the Abu Shouk displacement camp north of El Fasher", v='SDNREF', note='RSF: SDNREB'),
   K('SDNREF', 5, 'E', "killing 5 displaced people", a='SDNREB'),
   W('SDNREF', 14, 'E', "wounding 14", a='SDNREB')])

I('N13', '2023-08-14', 'note', '2023-08-13|Ethiopia|air_drone_strike|Finote Selam|Amhara|West Gojjam', 26,
  "On 13 August 2023, a drone strike on the main square of Finote Selam in West Gojjam zone, Amhara region, killed 26 people and wounded 55, according to a hospital official, amid fighting between the army and Fano militias in the region.",
  [A(None, "a drone strike on the main square of Finote Selam", v='ETHCVL', note='the text does not say whose drone: actor null'),
   K('ETHCVL', 26, 'E', "killed 26 people"),
   W('ETHCVL', 55, 'E', "wounded 55")])

I('N14', '2019-09-11', 'note', '2019-09-10|Cameroon|attack|Bamenda|North-West|Mezam', 1,
  "On 10 September 2019, suspected Ambazonian separatists shot dead a gendarme at a checkpoint in Bamenda, North-West region, and set the gendarmerie vehicle ablaze.",
  [K('CMRMIL', 1, 'E', "suspected Ambazonian separatists shot dead a gendarme", a='CMRREB', note='gendarme: MIL; bare "shot dead": no ATTACK'),
   EQ('CMRMIL', 'VEHICLE', None, None, "set the gendarmerie vehicle ablaze", a='CMRREB')])

I('N15', '2020-11-10', 'note', '2020-11-06|Mozambique|attack|Muatide|Cabo Delgado|Muidumbe', 50,
  "Between 6 and 8 November 2020, insurgents linked to the Islamic State beheaded more than 50 people on a football pitch in the village of Muatide in Muidumbe district, Cabo Delgado, state media reported.",
  [K('MOZCVL', 50, 'L', "insurgents linked to the Islamic State beheaded more than 50 people", a='MOZREB', cb='MOZGOV', d='-',
     note='three days: date null; state media: GOV; beheading with no raid: no ATTACK')])

I('N16', '2019-08-05', 'note', '2019-08-04|Libya|air_drone_strike|Murzuq|Fezzan|Murzuq', 42,
  "On 4 August 2019, an airstrike by forces loyal to Khalifa Haftar hit a town hall meeting in Murzuq in southern Libya, killing 42 people and wounding more than 60, the town's mayor said.",
  [A('LBYREB', "an airstrike by forces loyal to Khalifa Haftar hit a town hall meeting in Murzuq", v='LBYCVL', note='the LNA: LBYREB'),
   K('LBYCVL', 42, 'E', "killing 42 people", a='LBYREB', cb='LBYGOV'),
   W('LBYCVL', 60, 'L', "wounding more than 60", a='LBYREB', cb='LBYGOV')])

I('N17', '2022-09-17', 'note', '2022-09-16|Myanmar|air_drone_strike|Let Yet Kone|Sagaing|Tabayin', 13,
  "16 September 2022 - Junta helicopters opened fire on a monastery school in Let Yet Kone village, Tabayin township, Sagaing region, killing 13 people, 11 of them children, residents said.",
  [A('MMRMIL', "Junta helicopters opened fire on a monastery school in Let Yet Kone village", v='MMRCVL'),
   K('MMRCVL', 13, 'E', "killing 13 people", a='MMRMIL'),
   K('MMRCVL', 11, 'E', "11 of them children", a='MMRMIL', s=False, note='sub-count of the 13')])

I('N18', '2019-06-18', 'note', '2019-06-17|Philippines|attack|Kabankalan|Negros Occidental|Kabankalan', 1,
  "On 17 June 2019, New People's Army rebels ambushed soldiers of the 94th Infantry Battalion in Barangay Mansalanao, Kabankalan City, Negros Occidental, killing a private and wounding 2 others before fleeing after a 20-minute firefight.",
  [A('PHLREB', "New People's Army rebels ambushed soldiers of the 94th Infantry Battalion in Barangay Mansalanao", v='PHLMIL', l='Mansalanao'),
   K('PHLMIL', 1, 'E', "killing a private", a='PHLREB', l='Mansalanao'),
   W('PHLMIL', 2, 'E', "wounding 2 others", a='PHLREB', l='Mansalanao')])

I('N19', '2023-06-14', 'note', '2023-06-13|India|attack|Khamenlok|Manipur|Imphal East', 9,
  "On 13 June 2023, armed miscreants attacked Khamenlok village in Imphal East district, Manipur, killing 9 people and injuring 10 others, police said.",
  [A(None, "armed miscreants attacked Khamenlok village", v='INDCVL'),
   K('INDCVL', 9, 'E', "killing 9 people", cb='INDMIL', note='police as source: MIL'),
   W('INDCVL', 10, 'E', "injuring 10 others", cb='INDMIL')])

I('N20', '2023-12-12', 'note', '2023-12-12|Pakistan|attack|Daraban|Khyber Pakhtunkhwa|Dera Ismail Khan', 29,
  "On 12 December 2023, six militants rammed an explosives-laden truck into a security forces post in Daraban, Dera Ismail Khan district, and then stormed it, killing 23 soldiers. All six attackers were killed, the ISPR said.",
  [A('PAKREB', "six militants rammed an explosives-laden truck into a security forces post in Daraban", v='PAKMIL'),
   K('PAKMIL', 23, 'E', "killing 23 soldiers", a='PAKREB'),
   K('PAKREB', 6, 'E', "All six attackers were killed", a='PAKMIL', cb='PAKMIL')])

I('N21', '2025-01-20', 'note', '2025-01-20|Colombia|armed_clash|Catatumbo|Norte de Santander|', 0,
  "On 20 January 2025, the governor of Norte de Santander said clashes between the ELN and FARC dissidents in the Catatumbo region since 16 January had left at least 80 people dead, among them a former peace signatory, and forced more than 32,000 people to flee their homes.",
  [A('COLREB', "clashes between the ELN and FARC dissidents in the Catatumbo region", v='COLREB', d='-', note='both sides COLREB: one line; several days: date null'),
   K('COLCVL', 80, 'L', "had left at least 80 people dead", cum=True, cb='COLGOV', note='tally since 16 January: cumulative, report day'),
   K('COLCVL', 1, 'E', "among them a former peace signatory", cum=True, cb='COLGOV', s=False, note='sub-count'),
   DSP('COLCVL', 32000, 'L', "forced more than 32,000 people to flee their homes", cum=True, cb='COLGOV')])

I('N22', '2021-03-19', 'note', '2021-03-18|Mexico|attack|Llano Grande|State of Mexico|Coatepec Harinas', 13,
  "On 18 March 2021, gunmen of the Familia Michoacana cartel ambushed a convoy of state police and prosecutors' agents near the community of Llano Grande in Coatepec Harinas, State of Mexico, killing 13 officers.",
  [A('MEXREB', "gunmen of the Familia Michoacana cartel ambushed a convoy of state police and prosecutors' agents", v='MEXMIL'),
   K('MEXMIL', 13, 'E', "killing 13 officers", a='MEXREB', note='police and investigative agents: MIL')])

I('N23', '2023-04-25', 'note', '2023-04-24|Haiti|other_violence|Port-au-Prince|Ouest|Port-au-Prince', 13,
  "24 April 2023: A crowd in the Canape-Vert area of Port-au-Prince lynched 13 suspected gang members after police stopped their minibus, then set the bodies on fire, police said.",
  [K('HTIREB', 13, 'E', "lynched 13 suspected gang members", a='HTICVL', cb='HTIMIL', l='Canape-Vert', note='lynch mob: HTICVL; no ATTACK')])

I('N24', '2022-06-25', 'note', '2022-06-25|Ukraine|gov_regains_territory|Sievierodonetsk|Luhansk|Sievierodonetsk', 0,
  "On 25 June 2022, Russian forces and LPR units took full control of Sievierodonetsk after Ukrainian troops withdrew across the river to Lysychansk, the city's mayor confirmed.",
  [C('RUSMIL', "Russian forces and LPR units took full control of Sievierodonetsk", 'Sievierodonetsk', cb='UKRGOV', note='first-named: RUSMIL; confirmed by the Ukrainian mayor')])

I('N25', '2023-01-27', 'note', '2023-01-26|Palestine|armed_clash|Jenin|West Bank|Jenin', 9,
  "On 26 January 2023, Israeli forces raided the city of Jenin and its refugee camp in the northern West Bank, killing 9 Palestinians, including an elderly woman, and wounding 20 others, the Palestinian health ministry said. The Israeli army said it had targeted an Islamic Jihad cell.",
  [A('ISRMIL', "Israeli forces raided the city of Jenin and its refugee camp", v='PSECVL'),
   K('PSECVL', 9, 'E', "killing 9 Palestinians", a='ISRMIL', cb='PSEGOV', note='"Palestinians" in a raid on the city and its camp, not called refugees: CVL'),
   K('PSECVL', 1, 'E', "including an elderly woman", a='ISRMIL', cb='PSEGOV', s=False, note='sub-count'),
   W('PSECVL', 20, 'E', "wounding 20 others", a='ISRMIL', cb='PSEGOV')])

I('N26', '2019-09-13', 'note', '2019-09-12|Turkey|remote_explosive_ied|Kulp|Diyarbakir|Kulp', 7,
  "12 September 2019 - A roadside bomb exploded as a minibus passed on the road between Kulp and Lice in Diyarbakir province, killing 7 civilians and wounding 10, the governor's office said, blaming the PKK.",
  [A(None, "A roadside bomb exploded as a minibus passed on the road between Kulp and Lice", v='TURCVL', note='only blamed on the PKK: actor null'),
   K('TURCVL', 7, 'E', "killing 7 civilians", cb='TURGOV'),
   W('TURCVL', 10, 'E', "wounding 10", cb='TURGOV')])

I('N27', '2022-09-14', 'note', '2022-09-13|Armenia|shelling_artillery_missile|Jermuk|Vayots Dzor|Jermuk', 89,
  "On 13 September 2022, Azerbaijani forces shelled the town of Jermuk and border villages in Armenia's Vayots Dzor and Syunik provinces. Armenia's defence ministry said 47 Armenian servicemen were killed in the fighting along the border, while Baku reported 42 of its soldiers killed.",
  [A('AZEMIL', "Azerbaijani forces shelled the town of Jermuk", v='ARMMIL'),
   K('ARMMIL', 47, 'E', "47 Armenian servicemen were killed in the fighting along the border", cb='ARMGOV', l='-', note='no single place'),
   K('AZEMIL', 42, 'E', "Baku reported 42 of its soldiers killed", cb='AZEGOV', l='-')])

I('N28', '2019-03-23', 'note', '2019-03-22|Algeria|protest_or_statement|Algiers|Algiers|Sidi M\'Hamed', 0,
  "On 22 March 2019, tens of thousands of people marched peacefully in central Algiers for the fifth consecutive Friday against a fifth term for President Bouteflika; police reported no arrests and no injuries.",
  [], noevent=True)

I('N29', '2022-02-09', 'note', '2022-02-08|Benin|remote_explosive_ied|Porga|Atacora|Materi', 6,
  "On 8 February 2022, a roadside bomb struck an army vehicle near the village of Porga in Atacora department, northern Benin, killing 5 soldiers and their civilian driver, the army said.",
  [A(None, "a roadside bomb struck an army vehicle near the village of Porga", v='BENMIL'),
   EQ('BENMIL', 'VEHICLE', None, None, "a roadside bomb struck an army vehicle", note='an army vehicle hit: no count'),
   K('BENMIL', 5, 'E', "killing 5 soldiers and their civilian driver", cb='BENMIL'),
   K('BENCVL', 1, 'E', "killing 5 soldiers and their civilian driver", cb='BENMIL', note='the driver')])

I('N30', '2019-11-06', 'note', '2019-11-05|Thailand|attack|Lam Phaya|Yala|Mueang Yala', 15,
  "On 5 November 2019, suspected separatist insurgents opened fire on a village security checkpoint in Lam Phaya subdistrict of Yala province, killing 15 people, most of them village defence volunteers, and wounding 4.",
  [A('THAREB', "suspected separatist insurgents opened fire on a village security checkpoint", v='THAMIL'),
   K('THACVL', 15, 'E', "killing 15 people", a='THAREB', note='mixed "people": CVL (most were volunteers)'),
   W('THACVL', 4, 'E', "wounding 4", a='THAREB')])
