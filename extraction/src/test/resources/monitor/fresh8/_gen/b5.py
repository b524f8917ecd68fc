"""b5: 30 wire/RSS snippets on conflicts (4 Syria, 26 elsewhere, 1 with no event)."""
from lib import *

I('W01', '2020-03-01', 'wire', '2020-03-01|Syria|air_drone_strike|Idlib|Idlib|Idlib', 0,
  "Turkey downs two Syrian warplanes over Idlib as it launches 'Spring Shield' operation - Turkey said on Sunday it had shot down two Syrian government warplanes over Idlib province and announced a military operation against Syrian government forces, dubbed Operation Spring Shield. Both pilots ejected safely, state news agency SANA said, adding that Turkish drones had also struck…",
  [EQ('SYRMIL', 'AIRCRAFT', 2, 'E', "it had shot down two Syrian government warplanes over Idlib province", a='TURMIL', cb='TURGOV'),
   EQ('SYRMIL', 'AIRCRAFT', 2, 'E', "Turkey downs two Syrian warplanes over Idlib", a='TURMIL', s=False, note='headline restatement'),
   A('TURMIL', "it had shot down two Syrian government warplanes", v='SYRMIL', cb='TURGOV'),
   O('TURMIL', "announced a military operation against Syrian government forces, dubbed Operation Spring Shield", cb='TURGOV', note='announced operation'),
   A('TURMIL', "Turkish drones had also struck…", cb='SYRGOV', s=False, note='cut before the target')],
  dd='Sun', dl='Idlib')

I('W02', '2019-11-24', 'wire', '2019-11-23|Syria|remote_explosive_ied|Tal Abyad|Raqqa|Tal Abyad', 8,
  "Car bomb kills at least 8 in Turkish-held Syrian border town - A car bomb exploded near a market in the town of Tal Abyad in northern Syria on Saturday, killing at least eight civilians and wounding 20, Turkey's defence ministry said, blaming the Kurdish YPG militia, which…",
  [K('SYRCVL', 8, 'L', "Car bomb kills at least 8", s=False, note='headline restatement'),
   A(None, "A car bomb exploded near a market in the town of Tal Abyad", v='SYRCVL', note='only blamed on the YPG: actor null'),
   K('SYRCVL', 8, 'L', "killing at least eight civilians", cb='TURGOV'),
   W('SYRCVL', 20, 'E', "wounding 20", cb='TURGOV', note='own verb: EXACT')],
  dd='Sat', dl='Tal Abyad')

I('W03', '2020-08-13', 'wire', '2020-08-13|Syria|attack|al-Busayrah|Deir ez-Zor|Deir ez-Zor', 3,
  "Islamic State claims killing of SDF officer in eastern Syria - Islamic State said on Thursday its fighters had killed an officer of the Kurdish-led Syrian Democratic Forces and two of his guards in an ambush near the town of al-Busayrah in Deir ez-Zor province, and had set fire to their vehicle, in the latest of a series of attacks on…",
  [A('SYRREB', "an ambush near the town of al-Busayrah", v='SYRREB', cb='SYRREB', note='IS and SDF both SYRREB; claim day'),
   K('SYRREB', 3, 'E', "its fighters had killed an officer of the Kurdish-led Syrian Democratic Forces and two of his guards", a='SYRREB', cb='SYRREB',
     note='claim of a kill; one code: 1 + 2'),
   EQ('SYRREB', 'VEHICLE', None, None, "had set fire to their vehicle", a='SYRREB', cb='SYRREB')],
  dd='Thu', dl='al-Busayrah')

I('W04', '2019-07-24', 'wire', '2019-07-23|Syria|air_drone_strike|Maarat Harma|Idlib|Maarrat al-Numan', 9,
  "Russian air strikes kill 9 in Idlib village, monitor says - Russian warplanes struck the village of Maarat Harma in southern Idlib late on Tuesday, killing nine civilians, four of them children, and wounding at least 12, the Syrian Observatory for Human Rights said, as a government offensive on the",
  [K('SYRCVL', 9, 'E', "Russian air strikes kill 9 in Idlib village", a='RUSMIL', s=False, note='headline restatement'),
   A('RUSMIL', "Russian warplanes struck the village of Maarat Harma", v='SYRCVL'),
   K('SYRCVL', 9, 'E', "killing nine civilians", a='RUSMIL'),
   K('SYRCVL', 4, 'E', "four of them children", a='RUSMIL', s=False, note='sub-count'),
   W('SYRCVL', 12, 'L', "wounding at least 12", a='RUSMIL'),
   O('SYRMIL', "a government offensive on the", d='-', l='-', s=False, note='background, cut')],
  dd='Tue', dl='Maarat Harma')

I('W05', '2024-03-03', 'wire', '2024-03-03|Ukraine|air_drone_strike|Odesa|Odesa|Odesa', 10,
  "Death toll from drone strike on Odesa apartment block rises to 10 - The death toll from a Russian drone strike on an apartment building in the Black Sea port of Odesa rose to 10 on Sunday, including a four-month-old baby and her mother, after rescuers pulled more bodies from the rubble, the regional governor said. Eight people were",
  [K('UKRCVL', 10, 'E', "Death toll from drone strike on Odesa apartment block rises to 10", a='RUSMIL', s=False, note='headline restatement'),
   A('RUSMIL', "a Russian drone strike on an apartment building in the Black Sea port of Odesa", v='UKRCVL', note='no day for the strike: the stated Sunday'),
   K('UKRCVL', 10, 'E', "The death toll from a Russian drone strike on an apartment building in the Black Sea port of Odesa rose to 10 on Sunday", a='RUSMIL', cb='UKRGOV',
     note='updated toll of one strike: not cumulative; the stated day'),
   K('UKRCVL', 2, 'E', "including a four-month-old baby and her mother", a='RUSMIL', cb='UKRGOV', s=False, note='sub-count'),
   W('UKRCVL', 8, 'E', "Eight people were", a='RUSMIL', s=False, note='cut before the verb')],
  dd='Sun', dl='Odesa')

I('W06', '2024-08-08', 'wire', '2024-08-07|Russia|armed_clash|Kursk|Kursk|', 5,
  "Russia says it is repelling Ukrainian incursion into Kursk region - Russia's military said on Wednesday it was fighting off an incursion by about 1,000 Ukrainian troops backed by tanks and armoured vehicles into its western Kursk region, and the acting governor said five civilians had been killed, including two paramedics, and 24 wounded, among them six children, as…",
  [O('UKRMIL', "an incursion by about 1,000 Ukrainian troops backed by tanks and armoured vehicles into its western Kursk region", cb='RUSMIL',
     note='a cross-border operation launched; date: the statement day'),
   A('UKRMIL', "an incursion by about 1,000 Ukrainian troops", v='RUSMIL', cb='RUSMIL', s=False, note='same act as the OFFENSIVE line'),
   K('RUSCVL', 5, 'E', "five civilians had been killed", cb='RUSGOV'),
   K('RUSCVL', 2, 'E', "including two paramedics", cb='RUSGOV', s=False, note='sub-count'),
   W('RUSCVL', 24, 'E', "24 wounded", cb='RUSGOV'),
   W('RUSCVL', 6, 'E', "among them six children", cb='RUSGOV', s=False, note='sub-count')],
  dd='Wed', dl='Kursk')

I('W07', '2023-10-31', 'wire', '2023-10-31|Palestine|air_drone_strike|Jabalia|Gaza Strip|North Gaza', 51,
  "Israeli strike on Gaza's Jabalia refugee camp kills dozens, health ministry says - An Israeli air strike hit the crowded Jabalia refugee camp in northern Gaza on Tuesday, killing at least 50 Palestinians and wounding 150, the Hamas-run health ministry said, while the Israeli military said it had killed a senior Hamas commander, Ibrahim Biari, and \"a large number\" of",
  [K('PSEREF', None, None, "kills dozens", a='ISRMIL', s=False, note='vague headline'),
   A('ISRMIL', "An Israeli air strike hit the crowded Jabalia refugee camp", v='PSEREF'),
   K('PSEREF', 50, 'L', "killing at least 50 Palestinians", a='ISRMIL', cb='PSEGOV', note='residents of a refugee camp: REF; Hamas-run ministry: GOV'),
   W('PSEREF', 150, 'E', "wounding 150", a='ISRMIL', cb='PSEGOV', note='own verb: EXACT'),
   K('PSEREB', 1, 'E', "it had killed a senior Hamas commander, Ibrahim Biari", a='ISRMIL', cb='ISRMIL', note='claim of a kill'),
   K('PSEREB', None, None, "\"a large number\" of", a='ISRMIL', cb='ISRMIL', s=False, note='cut')],
  dd='Tue', dl='Jabalia')

I('W08', '2024-07-04', 'wire', '2024-07-03|Lebanon|air_drone_strike|Tyre|South Lebanon|Tyre', 2,
  "Israeli strike kills senior Hezbollah commander in south Lebanon - An Israeli drone strike on a car near the southern Lebanese city of Tyre on Wednesday killed a senior Hezbollah field commander, Mohammed Nasser, and another member of the group, security sources said, prompting Hezbollah to fire more than 100 rockets at…",
  [K('LBNREB', 1, 'E', "Israeli strike kills senior Hezbollah commander", a='ISRMIL', s=False, note='headline, part of the 2'),
   A('ISRMIL', "An Israeli drone strike on a car near the southern Lebanese city of Tyre", v='LBNREB'),
   K('LBNREB', 2, 'E', "killed a senior Hezbollah field commander, Mohammed Nasser, and another member of the group", a='ISRMIL', note='one code: 1 + 1'),
   A('LBNREB', "prompting Hezbollah to fire more than 100 rockets at…", n=100, q='L', v='ISRMIL', l='-', note='same day as the strike that prompted it')],
  dd='Wed', dl='Tyre')

I('W10', '2023-07-31', 'wire', '2023-07-30|Pakistan|remote_explosive_ied|Khar|Khyber Pakhtunkhwa|Bajaur', 54,
  "Death toll from suicide bombing at Pakistan political rally rises to 54 - The death toll from Sunday's suicide bombing at a rally of a religious party in the town of Khar in Pakistan's northwestern Bajaur district rose to 54 on Monday, police said, as Islamic State's regional affiliate claimed the attack, which also wounded nearly 200",
  [K('PAKCVL', 54, 'E', "Death toll from suicide bombing at Pakistan political rally rises to 54", s=False, note='headline restatement'),
   K('PAKCVL', 54, 'E', "The death toll from Sunday's suicide bombing at a rally of a religious party in the town of Khar", a='PAKREB', cb='PAKMIL',
     note='updated toll of one bombing, dated to it'),
   A('PAKREB', "Sunday's suicide bombing at a rally of a religious party", v='PAKCVL', cb='PAKREB', note='claimed by IS: REB of the country struck'),
   W('PAKCVL', 200, 'A', "wounded nearly 200", a='PAKREB', cb='PAKMIL')],
  dd='Sun', dl='Khar')

I('W11', '2023-02-03', 'wire', '2023-02-03|Afghanistan|armed_clash|Kabul|Kabul|Kabul', 3,
  "Taliban say they killed three Islamic State militants in Kabul raid - Taliban security forces killed three Islamic State militants and arrested two others in an overnight raid on a hideout in Kabul's Police District 17, a spokesman for the Taliban-run interior ministry said on Friday, adding that one member of the security forces was…",
  [A('AFGMIL', "an overnight raid on a hideout in Kabul's Police District 17", v='AFGREB', cb='AFGGOV', note='Taliban forces after 2021: MIL; overnight, said Friday'),
   K('AFGREB', 3, 'E', "Taliban security forces killed three Islamic State militants", a='AFGMIL', cb='AFGGOV', note='ISKP: AFGREB'),
   K('AFGMIL', 1, 'E', "one member of the security forces was…", cb='AFGGOV', s=False, note='cut: killed or wounded not said')],
  dd='Fri', dl='Kabul')

I('W12', '2024-11-12', 'wire', '2024-11-11|India|armed_clash|Jiribam|Manipur|Jiribam', 10,
  "Security forces kill 10 suspected militants in Manipur gunfight - Security forces shot dead 10 suspected Kuki militants in a gunfight in Manipur's Jiribam district on Monday after the gunmen attacked a police station and a relief camp, police said; two CRPF personnel were injured and six people, including three children, were reported",
  [K('INDREB', 10, 'E', "Security forces kill 10 suspected militants", a='INDMIL', s=False, note='headline restatement'),
   K('INDREB', 10, 'E', "Security forces shot dead 10 suspected Kuki militants", a='INDMIL', cb='INDMIL', note='"suspected Kuki militants": the side is given'),
   A('INDREB', "the gunmen attacked a police station and a relief camp", v='INDMIL', note='initiating side'),
   A('INDMIL', "in a gunfight in Manipur's Jiribam district", v='INDREB', s=False, note='other side of the gunfight'),
   W('INDMIL', 2, 'E', "two CRPF personnel were injured", cb='INDMIL', note='CRPF: MIL')],
  dd='Mon', dl='Jiribam')

I('W13', '2024-01-16', 'wire', '2024-01-15|Myanmar|nonstate_takes_territory|Paletwa|Chin|Paletwa', 0,
  "Arakan Army says it has captured Paletwa town in Myanmar's Chin state - The Arakan Army, one of Myanmar's most powerful ethnic armed groups, said on Monday it had taken full control of Paletwa, a strategic town in Chin state near the borders with India and Bangladesh, after the last junta troops there surrendered or",
  [C('MMRREB', "Arakan Army says it has captured Paletwa town", 'Paletwa', cb='MMRREB', s=False, note='headline restatement'),
   C('MMRREB', "it had taken full control of Paletwa", 'Paletwa', cb='MMRREB', note='claimed capture: claim day')],
  dd='Mon', dl='Paletwa')

I('W14', '2023-08-27', 'wire', '2023-08-26|Somalia|attack|Cowsweyne|Middle Shabelle|', 17,
  "Al Shabaab fighters storm Somali army base at Cowsweyne - Al Shabaab fighters stormed a newly built army base at Cowsweyne in Somalia's Middle Shabelle region on Saturday, killing at least 17 soldiers and seizing weapons and several army vehicles, a military officer said, while the group claimed it had killed 178 soldiers in…",
  [A('SOMREB', "Al Shabaab fighters stormed a newly built army base at Cowsweyne", v='SOMMIL'),
   K('SOMMIL', 17, 'L', "killing at least 17 soldiers", a='SOMREB', cb='SOMMIL'),
   EQ('SOMMIL', 'VEHICLE', None, None, "seizing weapons and several army vehicles", a='SOMREB', cb='SOMMIL', s=False, note='captured, not destroyed'),
   K('SOMMIL', 178, 'E', "the group claimed it had killed 178 soldiers", a='SOMREB', cb='SOMREB', s=False, note='competing claim'),
   C('SOMREB', "Al Shabaab fighters storm Somali army base at Cowsweyne", 'Cowsweyne', s=False, note='a base: unscored')],
  dd='Sat', dl='Cowsweyne')

I('W15', '2024-12-10', 'wire', '2024-12-09|Sudan|air_drone_strike|Kabkabiya|North Darfur|Kabkabiya', 100,
  "Army air strike on North Darfur market kills more than 100, activists say - Sudanese army warplanes bombed a busy weekly market in the town of Kabkabiya in North Darfur on Monday, killing more than 100 people, a local emergency response group said; the army, which said it had targeted RSF fighters and",
  [K('SDNCVL', 100, 'L', "Army air strike on North Darfur market kills more than 100", a='SDNMIL', s=False, note='headline restatement'),
   A('SDNMIL', "Sudanese army warplanes bombed a busy weekly market in the town of Kabkabiya", v='SDNCVL'),
   K('SDNCVL', 100, 'L', "killing more than 100 people", a='SDNMIL', note='a local group: claimedBy null')],
  dd='Mon', dl='Kabkabiya')

I('W16', '2023-01-17', 'wire', '2023-01-15|South Sudan|attack|Duk Padiet|Jonglei|Duk', 32,
  "Armed youth kill 32 in Jonglei cattle raid, officials say - Armed youths from the Greater Pibor Administrative Area attacked cattle camps near Duk Padiet in Jonglei state on Sunday, killing 32 people and abducting women and children, a county commissioner said, adding that eight of the attackers had been…",
  [K('SSDCVL', 32, 'E', "Armed youth kill 32 in Jonglei cattle raid", a='SSDREB', s=False, note='headline restatement'),
   A('SSDREB', "Armed youths from the Greater Pibor Administrative Area attacked cattle camps near Duk Padiet", v='SSDCVL', note='armed youth: REB'),
   K('SSDCVL', 32, 'E', "killing 32 people", a='SSDREB', cb='SSDGOV'),
   K('SSDREB', 8, 'E', "eight of the attackers had been…", cb='SSDGOV', s=False, note='cut before the verb')],
  dd='Sun', dl='Duk Padiet')

I('W17', '2024-06-08', 'wire', '2024-06-07|DR Congo|attack|Masala|North Kivu|Lubero', 42,
  "ADF rebels kill at least 42 in attacks on Congo villages - Suspected ADF rebels killed at least 42 people in attacks on the villages of Masala and Kalau in the Lubero territory of North Kivu province late on Friday, local officials said, adding that the toll could rise as…",
  [K('CODCVL', 42, 'L', "ADF rebels kill at least 42", a='CODREB', s=False, note='headline restatement'),
   A('CODREB', "attacks on the villages of Masala and Kalau", v='CODCVL', note='"suspected ADF": the side is given; first-named village'),
   K('CODCVL', 42, 'L', "Suspected ADF rebels killed at least 42 people", a='CODREB', cb='CODGOV')],
  dd='Fri', dl='Masala')

I('W18', '2022-09-27', 'wire', '2022-09-26|Burkina Faso|attack|Gaskinde|Sahel|Soum', 11,
  "Eleven soldiers killed in attack on supply convoy in northern Burkina Faso - Eleven soldiers were killed and 28 people wounded when jihadists attacked a convoy of about 150 vehicles carrying supplies to the besieged town of Djibo near Gaskinde on Monday, the government said, adding that about 50 civilians were…",
  [K('BFAMIL', 11, 'E', "Eleven soldiers killed in attack on supply convoy", a='BFAREB', s=False, note='headline restatement'),
   A('BFAREB', "jihadists attacked a convoy of about 150 vehicles carrying supplies to the besieged town of Djibo near Gaskinde", v='BFAMIL', note='no group named: REB'),
   K('BFAMIL', 11, 'E', "Eleven soldiers were killed", a='BFAREB', cb='BFAGOV'),
   W('BFACVL', 28, 'E', "28 people wounded", a='BFAREB', cb='BFAGOV', note='mixed people: CVL'),
   K('BFACVL', 50, 'A', "about 50 civilians were…", cb='BFAGOV', s=False, note='cut before the verb')],
  dd='Mon', dl='Gaskinde')

I('W19', '2021-03-17', 'wire', '2021-03-15|Niger|attack|Darey-Daye|Tillaberi|Banibangou', 58,
  "Gunmen kill 58 villagers returning from market in western Niger - Gunmen on motorcycles attacked four vehicles carrying villagers home from a weekly market near Darey-Daye in Niger's Tillaberi region on Monday, killing 58 people, the government said on Tuesday, declaring three days of national mourning…",
  [K('NERCVL', 58, 'E', "Gunmen kill 58 villagers", s=False, note='headline restatement'),
   A(None, "Gunmen on motorcycles attacked four vehicles carrying villagers home from a weekly market", v='NERCVL'),
   K('NERCVL', 58, 'E', "killing 58 people", cb='NERGOV')],
  dd='Mon', dl='Darey-Daye')

I('W20', '2024-06-30', 'wire', '2024-06-29|Nigeria|remote_explosive_ied|Gwoza|Borno|Gwoza', 18,
  "Female suicide bombers kill 18 at wedding, funeral in Nigeria's Gwoza - Suspected female suicide bombers struck a wedding, a funeral and a hospital in the town of Gwoza in Nigeria's Borno state on Saturday, killing at least 18 people, including children and pregnant women, and wounding 30 others, the state emergency agency said, in attacks that bore the hallmarks of…",
  [K('NGACVL', 18, 'E', "Female suicide bombers kill 18", s=False, note='headline restatement'),
   A(None, "Suspected female suicide bombers struck a wedding, a funeral and a hospital in the town of Gwoza", v='NGACVL', note='no group named'),
   K('NGACVL', 18, 'L', "killing at least 18 people", cb='NGAGOV'),
   W('NGACVL', 30, 'E', "wounding 30 others", cb='NGAGOV', note='own verb: EXACT')],
  dd='Sat', dl='Gwoza')

I('W21', '2023-06-14', 'wire', '2023-06-13|Cameroon|attack|Goldavi|Far North|Mayo-Sava', 9,
  "Boko Haram kills nine in raid on village in Cameroon's Far North - Boko Haram fighters raided the village of Goldavi in Cameroon's Far North region overnight on Tuesday, killing nine civilians and burning dozens of homes, the local mayor said, the second deadly raid in the area",
  [K('CMRCVL', 9, 'E', "Boko Haram kills nine", a='NGAREB', s=False, note='headline restatement'),
   A('NGAREB', "Boko Haram fighters raided the village of Goldavi", v='CMRCVL', note='Boko Haram: NGAREB also in Cameroon'),
   K('CMRCVL', 9, 'E', "killing nine civilians", a='NGAREB', cb='CMRGOV')],
  dd='Tue', dl='Goldavi')

I('W22', '2024-09-25', 'wire', '2024-09-24|Mexico|other_violence|Culiacan|Sinaloa|Culiacan', 6,
  "Sinaloa cartel infighting leaves six dead in Culiacan - Five bodies were found dumped on a road on the outskirts of Culiacan, the capital of Mexico's Sinaloa state, on Tuesday, and a man was shot dead outside a car wash in the city centre, state authorities said, as fighting between rival factions of the Sinaloa cartel entered its",
  [K('MEXCVL', 6, 'E', "Sinaloa cartel infighting leaves six dead", s=False, note='headline total of the two lines below'),
   K('MEXCVL', 5, 'E', "Five bodies were found dumped on a road on the outskirts of Culiacan", cb='MEXGOV', note='bodies in a cartel war: violence'),
   K('MEXCVL', 1, 'E', "a man was shot dead outside a car wash", cb='MEXGOV', note='a separate killing')],
  dd='Tue', dl='Culiacan')

I('W23', '2024-10-03', 'wire', '2024-10-02|Colombia|air_drone_strike|Argelia|Cauca|Argelia', 2,
  "Two soldiers killed in FARC dissident drone attack in Colombia's Cauca - Two soldiers were killed and five wounded when FARC dissidents dropped explosives from drones on a military base in the town of Argelia in Colombia's southwestern Cauca province on Wednesday, the army said, the latest in a wave of…",
  [K('COLMIL', 2, 'E', "Two soldiers killed in FARC dissident drone attack", a='COLREB', s=False, note='headline restatement'),
   A('COLREB', "FARC dissidents dropped explosives from drones on a military base in the town of Argelia", v='COLMIL'),
   K('COLMIL', 2, 'E', "Two soldiers were killed", a='COLREB', cb='COLMIL'),
   W('COLMIL', 5, 'E', "five wounded", a='COLREB', cb='COLMIL')],
  dd='Wed', dl='Argelia')

I('W24', '2025-01-28', 'wire', '2025-01-27|Haiti|attack|Kenscoff|Ouest|Petion-Ville', 8,
  "Gangs kill at least eight in attack on Kenscoff near Haiti's capital - Gang members attacked the hillside town of Kenscoff, south-east of Port-au-Prince, on Monday, killing at least eight people, among them a police officer, and setting homes on fire, local officials said, forcing hundreds of residents to flee toward",
  [K('HTICVL', 8, 'L', "Gangs kill at least eight", a='HTIREB', s=False, note='headline restatement'),
   A('HTIREB', "Gang members attacked the hillside town of Kenscoff", v='HTICVL'),
   K('HTICVL', 8, 'L', "killing at least eight people", a='HTIREB', cb='HTIGOV', note='mixed people: CVL'),
   K('HTIMIL', 1, 'E', "among them a police officer", a='HTIREB', cb='HTIGOV', s=False, note='sub-count'),
   DSP('HTICVL', None, None, "forcing hundreds of residents to flee", cb='HTIGOV', note='vague amount in the incident: scored, no count')],
  dd='Mon', dl='Kenscoff')

I('W25', '2021-02-24', 'wire', '2021-02-23|Ecuador|armed_clash|Guayaquil|Guayas|Guayaquil', 79,
  "Riots at three Ecuador prisons leave 79 inmates dead - Fighting between rival gangs at prisons in Guayaquil, Cuenca and Latacunga left at least 79 inmates dead on Tuesday, police said, with 37 of the deaths at the Turi prison in Cuenca, where",
  [K('ECUCVL', 79, 'E', "Riots at three Ecuador prisons leave 79 inmates dead", s=False, note='headline restatement'),
   A('ECUREB', "Fighting between rival gangs at prisons in Guayaquil, Cuenca and Latacunga", v='ECUREB', note='gangs on both sides: one line; first-named city'),
   K('ECUCVL', 79, 'L', "left at least 79 inmates dead", a='ECUREB', cb='ECUMIL', note='inmates: CVL (noted in writer-a)'),
   K('ECUCVL', 37, 'E', "with 37 of the deaths at the Turi prison in Cuenca", a='ECUREB', cb='ECUMIL', l='Cuenca', s=False, note='sub-count')],
  dd='Tue', dl='Guayaquil')

I('W26', '2024-03-07', 'wire', '2024-03-06|Yemen|shelling_artillery_missile|Aden|Aden|', 3,
  "Three crew killed as Houthi missile hits ship in Gulf of Aden - Two Filipino sailors and a Vietnamese crew member were killed and four Filipino crew members were injured when a missile fired by Yemen's Houthis struck the bulk carrier True Confidence about 50 nautical miles off Aden on Wednesday, U.S. Central Command said, the first deaths since the group began…",
  [K('PHLCVL', 3, 'E', "Three crew killed as Houthi missile hits ship", a='YEMREB', s=False, note='headline total of two codes'),
   A('YEMREB', "a missile fired by Yemen's Houthis struck the bulk carrier True Confidence", v='PHLCVL'),
   K('PHLCVL', 2, 'E', "Two Filipino sailors and a Vietnamese crew member were killed", a='YEMREB', cb='USAMIL', note='the Filipinos'),
   K('VNMCVL', 1, 'E', "Two Filipino sailors and a Vietnamese crew member were killed", a='YEMREB', cb='USAMIL', note='the Vietnamese'),
   W('PHLCVL', 4, 'E', "four Filipino crew members were injured", a='YEMREB', cb='USAMIL')],
  dd='Wed', dl='Aden')

I('W27', '2023-06-25', 'wire', '2023-06-24|Kenya|remote_explosive_ied|Hulugho|Garissa|Ijara', 5,
  "Five Kenyan police officers killed as explosive device hits vehicle in Garissa - Five police officers were killed when their vehicle ran over an improvised explosive device on the road between Hulugho and Kotile in Kenya's Garissa county on Saturday, police said, blaming al Shabaab militants who have stepped up",
  [K('KENMIL', 5, 'E', "Five Kenyan police officers killed", s=False, note='headline restatement'),
   A(None, "their vehicle ran over an improvised explosive device", v='KENMIL', note='only blamed on al Shabaab: actor null'),
   K('KENMIL', 5, 'E', "Five police officers were killed", cb='KENMIL', note='police: MIL'),
   EQ('KENMIL', 'VEHICLE', None, None, "their vehicle ran over an improvised explosive device", note='police vehicle hit by a mine')],
  dd='Sat', dl='Hulugho')

I('W28', '2023-12-23', 'wire', '2023-12-22|Iraq|armed_clash|Duhok|Duhok|', 21,
  "Six Turkish soldiers killed in PKK attack on base in northern Iraq - Six Turkish soldiers were killed and two wounded when PKK militants tried to infiltrate a Turkish base in the Duhok region of northern Iraq on Friday evening, the defence ministry said, adding that 15 of the attackers had been \"neutralised\" in clashes that…",
  [K('TURMIL', 6, 'E', "Six Turkish soldiers killed in PKK attack", a='TURREB', s=False, note='headline restatement'),
   A('TURREB', "PKK militants tried to infiltrate a Turkish base in the Duhok region", v='TURMIL', note='PKK: TURREB'),
   K('TURMIL', 6, 'E', "Six Turkish soldiers were killed", a='TURREB', cb='TURGOV'),
   W('TURMIL', 2, 'E', "two wounded", a='TURREB', cb='TURGOV'),
   K('TURREB', 15, 'E', "15 of the attackers had been \"neutralised\"", a='TURMIL', cb='TURGOV', note='"neutralised" read as killed')],
  dd='Fri', dl='Duhok')

I('W29', '2024-04-04', 'wire', '2024-04-04|Iran|attack|Rask|Sistan-Baluchestan|Sarbaz', 11,
  "Militant attacks in Iran's Sistan-Baluchestan kill 11 security personnel - Jaish al-Adl militants attacked a Revolutionary Guards headquarters and a police station in the towns of Rask and Chabahar in Iran's Sistan-Baluchestan province overnight, killing 11 members of the security forces, state media said on Thursday, adding that 16 of the attackers had been…",
  [K('IRNMIL', 11, 'E', "kill 11 security personnel", a='IRNREB', s=False, note='headline restatement'),
   A('IRNREB', "Jaish al-Adl militants attacked a Revolutionary Guards headquarters and a police station in the towns of Rask and Chabahar", v='IRNMIL',
     note='overnight, reported Thursday; first-named town'),
   K('IRNMIL', 11, 'E', "killing 11 members of the security forces", a='IRNREB', cb='IRNGOV'),
   K('IRNREB', 16, 'E', "16 of the attackers had been…", cb='IRNGOV', s=False, note='cut before the verb')],
  dd='Thu', dl='Rask')

I('W30', '2022-09-17', 'wire', '2022-09-17|Kyrgyzstan|armed_clash|Batken|Batken|Batken', 24,
  "Death toll in Kyrgyzstan from border fighting with Tajikistan rises to 24 - Kyrgyzstan said on Saturday that 24 of its citizens had been killed and 87 wounded in three days of attacks by Tajik forces along their disputed border, and that more than 136,000 people had been evacuated from the conflict zone in Batken region, while Tajikistan",
  [K('KGZCVL', 24, 'E', "Death toll in Kyrgyzstan from border fighting with Tajikistan rises to 24", a='TJKMIL', s=False, note='headline restatement'),
   K('KGZCVL', 24, 'E', "24 of its citizens had been killed", a='TJKMIL', cb='KGZGOV', note='three days: date null; citizens (soldiers and civilians): CVL'),
   W('KGZCVL', 87, 'E', "87 wounded", a='TJKMIL', cb='KGZGOV'),
   A('TJKMIL', "attacks by Tajik forces along their disputed border", v='KGZMIL'),
   DSP('KGZCVL', 136000, 'L', "more than 136,000 people had been evacuated from the conflict zone in Batken region", cb='KGZGOV', note='flight from one episode: not cumulative')],
  dd='-', dl='Batken')

I('W31', '2024-02-07', 'wire', '2024-02-07|Thailand|protest_or_statement|Kuala Lumpur|Kuala Lumpur|', 0,
  "Thailand, southern rebels agree on roadmap at Kuala Lumpur peace talks - Thai government negotiators and the Barisan Revolusi Nasional (BRN) rebel group agreed on Wednesday on a plan to reduce violence in the country's Malay-Muslim south after two days of talks in Kuala Lumpur, Malaysia's facilitator said, the first progress in a process that",
  [TK('THAGOV', "Thai government negotiators and the Barisan Revolusi Nasional (BRN) rebel group agreed on Wednesday", v='THAREB', s=False, note='no-event item: talks unscored')],
  noevent=True, dd='Wed', dl='Kuala Lumpur')
