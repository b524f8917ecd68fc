# World (2/3)
N('2022-06-14', "M23 rebels seized the border town of Bunagana in Rutshuru territory, North Kivu, on Monday after FARDC soldiers withdrew; more than 30,000 residents crossed into Uganda, the UN refugee agency said.",
  'DR Congo', 'nonstate_takes_territory', 'Bunagana', 'North Kivu', 'Rutshuru', 'Mon', [
    C('CODREB', "M23 rebels seized the border town of Bunagana"),
    D('CODCVL', 30000, "more than 30,000 residents crossed into Uganda", q='AT_LEAST', by='IGOUNO'),
])
N('2021-12-01', "Suspected ADF combatants hacked to death 11 civilians, among them a village chief, and torched several houses in Kisunga, Beni territory, overnight on Tuesday, local civil society said.",
  'DR Congo', 'attack', 'Kisunga', 'North Kivu', 'Beni', 'Tue', [
    K('CODCVL', 11, "hacked to death 11 civilians", actor='CODREB'),
    K('CODCVL', 1, "among them a village chief", actor='CODREB', scored=False, note='sub-count'),
])
N('2020-09-30', "Cholera has killed 14 people in Kalemie health zone, Tanganyika, since the start of September, with 400 suspected cases recorded, the provincial health division said on 29 September.",
  'DR Congo', 'disease', 'Kalemie', 'Tanganyika', 'Kalemie', '2020-09-29', [
    K('CODCVL', 14, "Cholera has killed 14 people in Kalemie health zone", cum=True, by='CODGOV'),
])
N('2019-12-26', "Jihadists attack Arbinda: 7 soldiers, 35 civilians dead - Dozens of militants on motorbikes attacked the army base and the town of Arbinda, Soum province, on Tuesday morning; the army said 80 assailants were killed in the fighting, while 35 civilians, 31 of them women, and seven soldiers died, according to the president",
  'Burkina Faso', 'attack', 'Arbinda', 'Sahel', 'Soum', 'Tue', [
    A('BFAREB', 'BFAMIL', "Dozens of militants on motorbikes attacked the army base and the town of Arbinda"),
    K('BFAREB', 80, "the army said 80 assailants were killed", by='BFAMIL'),
    K('BFACVL', 35, "35 civilians, 31 of them women", actor='BFAREB', by='BFAGOV'),
    K('BFACVL', 31, "31 of them women", actor='BFAREB', scored=False, note='sub-count'),
    K('BFAMIL', 7, "seven soldiers died", actor='BFAREB', by='BFAGOV'),
], wire=True)
N('2023-02-20', "On 17 February 2023, JNIM militants ambushed a military unit between Deou and Oursi in Oudalan province; about 50 soldiers were killed. A VDP volunteer died of his injuries in Dori two days later.",
  'Burkina Faso', 'attack', 'Deou', 'Sahel', 'Oudalan', '2023-02-17', [
    A('BFAREB', 'BFAMIL', "JNIM militants ambushed a military unit between Deou and Oursi"),
    K('BFAMIL', 50, "about 50 soldiers were killed", actor='BFAREB', q='ABOUT'),
    K('BFAMIL', 1, "A VDP volunteer died of his injuries in Dori two days later", actor='BFAREB', loc='Dori', date='2023-02-19', note='died of wounds two days later; VDP: MIL'),
])
N('2024-08-27', "A gendarmerie vehicle struck an IED on the Djibo-Namsiguia road, Soum province, on 25 August; three gendarmes were killed and the vehicle was destroyed.",
  'Burkina Faso', 'remote_explosive_ied', 'Djibo', 'Sahel', 'Soum', '2024-08-25', [
    A(None, 'BFAMIL', "A gendarmerie vehicle struck an IED on the Djibo-Namsiguia road", note='road between Djibo and Namsiguia: first town'),
    K('BFAMIL', 3, "three gendarmes were killed"),
    Q('BFAMIL', 'VEHICLE', "the vehicle was destroyed"),
])
N('2022-03-07', "Around 30 civilians, most of them Mauritanian herders, were killed near Robinet El Ataye, Segou region, in an operation by Malian soldiers and foreign personnel on 5 March, according to witnesses cited by rights groups. The army denied it.",
  'Mali', 'attack', 'Robinet El Ataye', 'Segou', 'Niono', '2022-03-05', [
    K('MRTCVL', 30, "Around 30 civilians, most of them Mauritanian herders, were killed", actor='MLIMIL', q='ABOUT', note='most were Mauritanian: one line MRTCVL (MLICVL defensible)'),
])
N('2019-03-25', "Gunmen dressed as Dozo hunters killed at least 134 Fulani villagers in Ogossagou, Bankass circle, on Saturday 23 March, burning huts and granaries; the death toll was later revised to 157 by the government.",
  'Mali', 'attack', 'Ogossagou', 'Mopti', 'Bankass', '2019-03-23', [
    A('MLIREB', 'MLICVL', "burning huts and granaries", scored=False, note='the act inside the massacre'),
    K('MLICVL', 157, "the death toll was later revised to 157 by the government", actor='MLIREB', by='MLIGOV', note='government correction of one incident: scored'),
    K('MLICVL', 134, "killed at least 134 Fulani villagers", actor='MLIREB', q='AT_LEAST', scored=False, note='first figure, superseded'),
])
N('2023-01-31', "Peshawar mosque bombing: toll climbs to 100 - A suicide bomber blew himself up among worshippers during afternoon prayers in a mosque inside Peshawar's Police Lines compound on Monday; at least 100 people, most of them policemen, have now died and 225 were injured, a provincial official said on Tuesday",
  'Pakistan', 'remote_explosive_ied', 'Peshawar', 'Khyber Pakhtunkhwa', 'Peshawar', 'Mon', [
    A(None, 'PAKMIL', "A suicide bomber blew himself up among worshippers"),
    K('PAKMIL', 100, "at least 100 people, most of them policemen, have now died", q='AT_LEAST', by='PAKGOV', note='risen toll of one bombing: not cumulative; mostly police: MIL'),
    W('PAKMIL', 225, "225 were injured", by='PAKGOV'),
    K('PAKMIL', 100, "toll climbs to 100", scored=False, note='headline restatement'),
], wire=True)
N('2021-02-25', "Four women working for a vocational NGO were shot dead in an ambush on their vehicle near Ippi village in North Waziristan on 22 February; their driver was wounded.",
  'Pakistan', 'attack', 'Ippi', 'Khyber Pakhtunkhwa', 'North Waziristan', '2021-02-22', [
    A(None, 'PAKCVL', "an ambush on their vehicle near Ippi village"),
    K('PAKCVL', 4, "Four women working for a vocational NGO were shot dead"),
    W('PAKCVL', 1, "their driver was wounded"),
])
N('2024-03-27', "A suicide bomber rammed an explosives-laden car into a convoy carrying Chinese engineers near Besham in Shangla district on Tuesday, killing five Chinese nationals and their Pakistani driver, police said.",
  'Pakistan', 'remote_explosive_ied', 'Besham', 'Khyber Pakhtunkhwa', 'Shangla', 'Tue', [
    A(None, 'CHNCVL', "A suicide bomber rammed an explosives-laden car into a convoy carrying Chinese engineers"),
    K('CHNCVL', 5, "killing five Chinese nationals", by='PAKMIL'),
    K('PAKCVL', 1, "their Pakistani driver", by='PAKMIL'),
])
N('2019-01-18', "A car bomb exploded inside the General Santander police cadet school in the south of Bogota on Thursday morning, killing 21 people including the driver, in an attack the government later blamed on the ELN.",
  'Colombia', 'remote_explosive_ied', 'Bogota', 'Bogota', 'Bogota', 'Thu', [
    A(None, 'COLMIL', "A car bomb exploded inside the General Santander police cadet school", note='blamed on the ELN later: actor null as blamed'),
    K('COLMIL', 21, "killing 21 people including the driver", note='cadets: MIL; the driver (attacker) inside the total'),
])
N('2024-05-22', "Dissidents of the former FARC attacked the police station in Morales, Cauca, with explosives and rifle fire from Monday evening into Tuesday; two police officers died and four others were injured before the army retook the town centre.",
  'Colombia', 'attack', 'Morales', 'Cauca', 'Morales', 'Mon', [
    A('COLREB', 'COLMIL', "Dissidents of the former FARC attacked the police station in Morales"),
    K('COLMIL', 2, "two police officers died", actor='COLREB', date='Tue', note='dated to the end of the assault'),
    W('COLMIL', 4, "four others were injured", actor='COLREB', date='Tue'),
    C('COLMIL', "the army retook the town centre", scored=False, date='Tue', note='town centre after a raid'),
])
