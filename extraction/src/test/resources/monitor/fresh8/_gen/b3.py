"""b3: 25 news articles (5 Syria, 20 elsewhere)."""
from lib import *

I('A01', '2020-02-28', 'news', '2020-02-27|Syria|air_drone_strike|Balyun|Idlib|Ariha', 342,
  """Turkish troops killed in air strike in Syria's Idlib as toll climbs to 33

ANKARA/BEIRUT, Feb 28 - At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province late on Thursday, the governor of Turkey's Hatay province said early on Friday, raising an earlier toll of 22 given hours before.

Governor Rahmi Dogan said 32 other soldiers were being treated in hospitals in Hatay, some of them in serious condition. The soldiers were hit near the village of Balyun, south of the Jabal al-Zawiya hills, where Turkish units had been deployed to back rebel fighters against a government offensive.

Ankara responded by striking what it called all known Syrian government targets. Communications director Fahrettin Altun said Turkish land and air units had opened fire on government positions, and the Defence Ministry later said 309 Syrian soldiers had been "neutralised". Neither figure could be independently verified.

The Syrian Observatory for Human Rights, a Britain-based war monitor, said at least 16 government soldiers were killed by the Turkish drone and artillery fire overnight, most of them around Saraqeb.

The deaths bring to 54 the number of Turkish military personnel killed in Idlib this month. Eight soldiers and civilian contractors were killed on Feb. 3 and five more soldiers on Feb. 10, attacks that prompted President Tayyip Erdogan to warn that Damascus must pull its forces back by the end of February.

Nearly a million people have fled the fighting in the northwest since December, according to the United Nations, most of them women and children crowded against the Turkish border.""",
  [K('TURMIL', 33, 'L', "Turkish troops killed in air strike in Syria's Idlib as toll climbs to 33", a='SYRMIL', l='Idlib', s=False, note='headline restatement'),
   A('SYRMIL', "an air strike by Syrian government forces", v='TURMIL'),
   K('TURMIL', 33, 'L', "At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province", a='SYRMIL', cb='TURGOV',
     note='updated toll, scored; governor: GOV; place from "hit near the village of Balyun"'),
   K('TURMIL', 22, 'E', "raising an earlier toll of 22", a='SYRMIL', cb='TURGOV', s=False, note='superseded figure'),
   W('TURMIL', 32, 'E', "32 other soldiers were being treated in hospitals in Hatay", a='SYRMIL', cb='TURGOV', note='"being treated in hospital" read as wounded'),
   DEP('TURMIL', "where Turkish units had been deployed to back rebel fighters", d='-', s=False, note='background deployment, no day'),
   O('SYRMIL', "against a government offensive", d='-', l='-', s=False, note='background offensive, no launch stated'),
   A('TURMIL', "Turkish land and air units had opened fire on government positions", v='SYRMIL', d='rep', l='-', cb='TURGOV', note='no day: report day'),
   K('SYRMIL', 309, 'E', "309 Syrian soldiers had been \"neutralised\"", a='TURMIL', cb='TURGOV', d='rep', l='-',
     note='claim of a kill, first-stated figure for the retaliation; "neutralised" read as killed'),
   K('SYRMIL', 16, 'L', "at least 16 government soldiers were killed by the Turkish drone and artillery fire overnight", a='TURMIL', d='rep', l='Saraqeb', s=False,
     note="the Observatory's competing figure for the same retaliation"),
   K('TURMIL', 54, 'E', "The deaths bring to 54 the number of Turkish military personnel killed in Idlib this month", cum=True, d='rep', l='Idlib'),
   K('TURMIL', 8, 'E', "Eight soldiers and civilian contractors were killed on Feb. 3", d='2020-02-03', l='-', s=False, note='background; mixed group'),
   K('TURMIL', 5, 'E', "five more soldiers on Feb. 10", d='2020-02-10', l='-', s=False, note='background'),
   T('TURGOV', "prompted President Tayyip Erdogan to warn that Damascus must pull its forces back by the end of February", v='SYRMIL', d='-', l='-', s=False, note='background ultimatum'),
   DSP('SYRCVL', 1000000, 'A', "Nearly a million people have fled the fighting in the northwest since December", cum=True, cb='IGOUNO', d='rep', l='-',
     note='campaign tally: scored, cumulative')],
  dl='Balyun')

I('A02', '2020-01-16', 'news', '2020-01-15|Syria|air_drone_strike|Idlib|Idlib|Idlib', 21,
  """Air strikes on Idlib market kill 18 as Syria truce falters

IDLIB, Syria, Jan 16 - Air strikes on Wednesday hit a crowded vegetable market and an industrial area in Idlib city, killing 18 people, rescue workers said, days after Russia and Turkey announced a truce for the rebel-held northwest.

The White Helmets civil defence group said its volunteers pulled 11 bodies from the market and seven from the industrial zone on the city's eastern edge, and that more than 30 people were wounded. Among the dead were a father and his two sons who ran a stall selling oranges.

"The planes came twice, the second time when people were gathering to help," said a rescue worker at the scene, who asked not to be named.

The Syrian Observatory for Human Rights put the toll at 19 and said the strikes were carried out by Syrian government jets. The Russian Defence Ministry denied its aircraft had flown any missions over Idlib that day.

Also on Wednesday, government shelling killed a woman in the town of Maarat al-Numan, and two men died when a drone struck their car near the village of Talmenes, the Observatory said.

The ceasefire, which took effect on Jan. 12, was the second in a month. More than 350,000 people have fled their homes in southern Idlib since the start of December, the United Nations said.""",
  [K('SYRCVL', 18, 'E', "Air strikes on Idlib market kill 18", a='SYRMIL', s=False, note='headline restatement'),
   A('SYRMIL', "Air strikes on Wednesday hit a crowded vegetable market and an industrial area in Idlib city", v='SYRCVL',
     note='actor from the Observatory: "carried out by Syrian government jets"'),
   K('SYRCVL', 18, 'E', "killing 18 people", a='SYRMIL', note='rescue workers: claimedBy null'),
   K('SYRCVL', 11, 'E', "pulled 11 bodies from the market", a='SYRMIL', s=False, note='part of the 18'),
   K('SYRCVL', 7, 'E', "seven from the industrial zone", a='SYRMIL', s=False, note='part of the 18'),
   W('SYRCVL', 30, 'L', "more than 30 people were wounded", a='SYRMIL'),
   K('SYRCVL', 3, 'E', "Among the dead were a father and his two sons", a='SYRMIL', s=False, note='sub-count of the 18'),
   K('SYRCVL', 19, 'E', "put the toll at 19", a='SYRMIL', s=False, note="the Observatory's competing figure"),
   TK('RUSGOV', "Russia and Turkey announced a truce", d='-', l='-', s=False, note='ceasefire announced, no meeting stated; with TURGOV'),
   A('SYRMIL', "government shelling killed a woman in the town of Maarat al-Numan", v='SYRCVL', l='Maarat al-Numan'),
   K('SYRCVL', 1, 'E', "government shelling killed a woman in the town of Maarat al-Numan", a='SYRMIL', l='Maarat al-Numan'),
   A(None, "a drone struck their car near the village of Talmenes", v='SYRCVL', l='Talmenes', note='owner of the drone not stated'),
   K('SYRCVL', 2, 'E', "two men died when a drone struck their car", l='Talmenes'),
   DSP('SYRCVL', 350000, 'L', "More than 350,000 people have fled their homes in southern Idlib since the start of December", cum=True, cb='IGOUNO', d='rep')],
  dd='Wed', dl='Idlib')

I('A03', '2019-11-21', 'news', '2019-11-20|Syria|air_drone_strike|Damascus|Damascus|Damascus', 23,
  """Israel says it hit Iranian targets around Damascus after rocket fire

JERUSALEM/DAMASCUS, Nov 21 - Israeli jets struck dozens of Iranian and Syrian military targets around Damascus early on Wednesday, in what the army called a response to rockets fired at northern Israel a day earlier.

The Israeli military said it had hit weapons stores, a command post near Damascus international airport and Syrian air defence batteries that had fired at its aircraft. An army spokesman said on Wednesday that Syria would "pay a heavy price" if it kept allowing Iran's Quds Force to operate from its soil.

The Syrian Observatory for Human Rights said 23 people were killed: 16 foreign fighters, most of them believed to be Iranians, five Syrian soldiers and two civilians. Syrian state news agency SANA said two civilians had died when fragments of a missile fell on a house in the suburb of Qudsaya, and that air defences had shot down most of the incoming missiles.

The four rockets launched from Syria on Tuesday were intercepted over the Golan Heights and caused no injuries, the Israeli army said.

Israel has carried out hundreds of strikes in Syria since the start of the war, rarely confirming them. In August, it said it had foiled a drone attack being prepared by Iranian operatives near the Golan, killing two Hezbollah fighters.""",
  [A('ISRMIL', "Israeli jets struck dozens of Iranian and Syrian military targets around Damascus", v='IRNMIL'),
   EQ('SYRMIL', 'OTHER', None, None, "Syrian air defence batteries that had fired at its aircraft", a='ISRMIL', cb='ISRMIL', note='air defence batteries hit, claimed by the Israeli army'),
   EQ('IRNMIL', 'DEPOT', None, None, "had hit weapons stores", a='ISRMIL', cb='ISRMIL', s=False, note='owner not stated'),
   T('ISRMIL', "Syria would \"pay a heavy price\"", v='SYRGOV', note='warning of force, Wednesday'),
   K('SYRCVL', 23, 'E', "23 people were killed", a='ISRMIL', s=False, note='total of the three groups listed, which are scored'),
   K('IRNMIL', 16, 'E', "16 foreign fighters, most of them believed to be Iranians", a='ISRMIL', note='foreign fighters, mostly Iranian: IRNMIL'),
   K('SYRMIL', 5, 'E', "five Syrian soldiers", a='ISRMIL'),
   K('SYRCVL', 2, 'E', "and two civilians", a='ISRMIL'),
   K('SYRCVL', 2, 'E', "two civilians had died when fragments of a missile fell on a house in the suburb of Qudsaya", cb='SYRGOV', l='Qudsaya', s=False,
     note="SANA's account, probably the same two civilians"),
   A(None, "The four rockets launched from Syria on Tuesday", n=4, q='E', v='ISRCVL', d='Tue', l='Golan Heights', note='launcher not stated'),
   K('LBNREB', 2, 'E', "killing two Hezbollah fighters", a='ISRMIL', d='-', l='Golan', s=False, note='background, August')],
  dd='Wed', dl='Damascus')

I('A04', '2019-10-17', 'news', '2019-10-16|Syria|nonstate_takes_territory|Ras al-Ain|Hasakah|Ras al-Ain', 41,
  """Turkish-backed fighters push into Ras al-Ain as Pence heads to Ankara

RAS AL-AIN, Syria, Oct 17 - Turkish-backed Syrian fighters pushed into the border town of Ras al-Ain on Wednesday and said they had captured its industrial quarter and three nearby villages, as U.S. Vice President Mike Pence flew to Ankara to press for a ceasefire.

The Kurdish-led Syrian Democratic Forces said they had repelled the assault on the town, losing 11 of their fighters, and had killed 20 of the attackers. A spokesman for the Syrian National Army said its fighters had seized the villages of Tal Arqam, al-Manajir and Bab al-Khair and had killed "dozens" of SDF fighters.

Turkish artillery and drones pounded the town through the night. Kurdish health officials said a Turkish air strike on a convoy of civilians and journalists heading into Ras al-Ain killed nine people and wounded 60. A Turkish soldier was killed on Wednesday by a mortar round fired from the town into the Turkish border district of Ceylanpinar, Turkey's Defence Ministry said.

More than 300,000 people have been displaced since Turkey launched its offensive on Oct. 9, according to the Kurdish-led administration; the United Nations puts the figure at 160,000.

Pence and Secretary of State Mike Pompeo were due to meet President Tayyip Erdogan on Thursday. Erdogan said on Wednesday that Turkey would never declare a ceasefire and warned that the operation would go on "until our goals are achieved".""",
  [C('SYRREB', "said they had captured its industrial quarter", 'Ras al-Ain', cb='SYRREB', s=False, note='a quarter of a town: unscored'),
   C('SYRREB', "three nearby villages", '-', n=3, q='E', cb='SYRREB', s=False, note='unnamed; the same villages are named below'),
   A('SYRREB', "Turkish-backed Syrian fighters pushed into the border town of Ras al-Ain", v='SYRREB', s=False, note='"pushed into"; the SDF calls it an assault'),
   K('SYRREB', 11, 'E', "losing 11 of their fighters", cb='SYRREB', note='SDF dead, own figure'),
   K('SYRREB', 20, 'E', "had killed 20 of the attackers", a='SYRREB', cb='SYRREB', note='SNA dead, claimed by the SDF; a separate clause, so a separate line'),
   C('SYRREB', "seized the villages of Tal Arqam, al-Manajir and Bab al-Khair", 'Tal Arqam', cb='SYRREB'),
   C('SYRREB', "seized the villages of Tal Arqam, al-Manajir and Bab al-Khair", 'al-Manajir', cb='SYRREB'),
   C('SYRREB', "seized the villages of Tal Arqam, al-Manajir and Bab al-Khair", 'Bab al-Khair', cb='SYRREB'),
   K('SYRREB', None, None, "had killed \"dozens\" of SDF fighters", a='SYRREB', cb='SYRREB', s=False, note="the SNA's competing vague figure for the SDF dead"),
   A('TURMIL', "Turkish artillery and drones pounded the town through the night", v='SYRREB'),
   A('TURMIL', "a Turkish air strike on a convoy of civilians and journalists", v='SYRCVL'),
   K('SYRCVL', 9, 'E', "killed nine people", a='TURMIL', note='Kurdish health officials: claimedBy null'),
   W('SYRCVL', 60, 'E', "wounded 60", a='TURMIL'),
   A(None, "a mortar round fired from the town into the Turkish border district of Ceylanpinar", v='TURMIL', l='Ceylanpinar', note='firer not named'),
   K('TURMIL', 1, 'E', "A Turkish soldier was killed on Wednesday", cb='TURGOV', l='Ceylanpinar'),
   DSP('SYRCVL', 300000, 'L', "More than 300,000 people have been displaced since Turkey launched its offensive", cum=True, d='rep', l='-'),
   DSP('SYRCVL', 160000, 'E', "the United Nations puts the figure at 160,000", cum=True, cb='IGOUNO', d='rep', l='-', s=False, note='competing figure'),
   O('TURMIL', "since Turkey launched its offensive on Oct. 9", d='2019-10-09', l='-', s=False, note='background launch'),
   TK('TURGOV', "Pence and Secretary of State Mike Pompeo were due to meet President Tayyip Erdogan on Thursday", d='Thu', l='-', s=False,
      note='planned meeting; host (TURGOV) or first-named (USAGOV) unclear'),
   T('TURGOV', "warned that the operation would go on \"until our goals are achieved\"", v='SYRREB', l='-')],
  dd='Wed', dl='Ras al-Ain')

I('A05', '2020-05-05', 'news', '2020-05-04|Syria|attack|Muzayrib|Daraa|Daraa', 10,
  """Nine policemen killed in southern Syria as Daraa violence escalates

DAMASCUS, May 5 - Gunmen killed nine policemen in the town of Muzayrib in Syria's southern Daraa province on Monday, state media said, in one of the deadliest attacks on government forces in the region since it returned to state control in 2018.

State news agency SANA said the officers were seized at the town's police station and shot dead, and blamed "terrorist groups". A local activist network said the nine were killed in the town square after a gunfight in which one of the attackers also died.

The attack followed the killing on Saturday of a former rebel commander and his brother, who were shot at a checkpoint outside the village of Tal Shihab. Relatives accused government intelligence of staging the ambush.

Government forces sent reinforcements, including tanks of the army's 4th Division, toward the western countryside of Daraa on Tuesday, residents said, raising fears of a new offensive in an area where former rebels still hold their light weapons under a Russian-brokered deal.

At least 70 people were killed in assassinations and ambushes in Daraa province between January and April, according to the Syrian Observatory for Human Rights. Most of the victims were former rebels who had signed reconciliation deals, members of government forces and local officials.""",
  [K('SYRMIL', 9, 'E', "Nine policemen killed in southern Syria", s=False, note='headline restatement'),
   K('SYRMIL', 9, 'E', "Gunmen killed nine policemen in the town of Muzayrib", cb='SYRGOV', note='police: MIL; state media: GOV; gunmen given to no side'),
   A(None, "after a gunfight in which one of the attackers also died", v='SYRMIL', note='unidentified attackers'),
   K('SYRREB', 1, 'E', "one of the attackers also died", note='attacker of a side SANA blames on "terrorist groups": SYRREB'),
   K('SYRREB', 1, 'E', "the killing on Saturday of a former rebel commander and his brother", d='Sat', l='Tal Shihab', s=False, note='background: the commander'),
   K('SYRCVL', 1, 'E', "the killing on Saturday of a former rebel commander and his brother", d='Sat', l='Tal Shihab', s=False, note='background: the brother'),
   A(None, "staging the ambush", d='Sat', l='Tal Shihab', s=False, note='background; only blamed'),
   DEP('SYRMIL', "Government forces sent reinforcements, including tanks of the army's 4th Division, toward the western countryside of Daraa on Tuesday", d='Tue', l='Daraa'),
   K('SYRCVL', 70, 'L', "At least 70 people were killed in assassinations and ambushes in Daraa province between January and April", cum=True, d='rep', l='Daraa',
     note='period tally: cumulative, scored')],
  dd='Mon', dl='Muzayrib')

I('A06', '2019-12-12', 'news', '2019-12-10|Niger|attack|Inates|Tillaberi|Ayerou', 71,
  """Niger mourns 71 soldiers killed in Inates camp assault

NIAMEY, Dec 12 - Niger began three days of national mourning on Thursday for 71 soldiers killed when hundreds of jihadist fighters stormed a military camp in Inates, near the border with Mali, on Tuesday evening, the defence ministry said.

The ministry said 12 soldiers were wounded and 30 others were still missing, and that "a large number" of attackers had been killed. The assailants shelled the camp with mortars before sending in vehicles packed with explosives, a security source said, and the fighting lasted about three hours.

An earlier statement on Wednesday had put the army's losses at 25 dead. Islamic State's West Africa branch claimed the attack on Thursday, saying its fighters had killed more than 100 soldiers and seized weapons and vehicles.

President Mahamadou Issoufou cut short a trip to Egypt and convened his national security council. A summit with France's president on the future of the anti-jihadist mission in the Sahel, planned for next week, was postponed.

Inates, in the Tillaberi region, was also attacked in July, when 18 soldiers were killed. Attacks by groups linked to al Qaeda and Islamic State have killed hundreds of soldiers in Niger, Mali and Burkina Faso this year.""",
  [K('NERMIL', 71, 'E', "Niger mourns 71 soldiers killed in Inates camp assault", s=False, note='headline restatement'),
   K('NERMIL', 71, 'E', "71 soldiers killed when hundreds of jihadist fighters stormed a military camp in Inates", a='NERREB', cb='NERGOV'),
   A('NERREB', "hundreds of jihadist fighters stormed a military camp in Inates", v='NERMIL', note='jihadist fighters, later claimed by IS: REB of the country struck'),
   W('NERMIL', 12, 'E', "12 soldiers were wounded", a='NERREB', cb='NERGOV'),
   K('NERREB', None, None, "\"a large number\" of attackers had been killed", cb='NERGOV', note='vague claim in the incident: scored, no count'),
   A('NERREB', "The assailants shelled the camp with mortars", v='NERMIL', s=False, note='second act of the same assault'),
   K('NERMIL', 25, 'E', "put the army's losses at 25 dead", cb='NERGOV', s=False, note='superseded figure'),
   K('NERMIL', 100, 'L', "its fighters had killed more than 100 soldiers", a='NERREB', cb='NERREB', s=False, note="IS's competing figure"),
   EQ('NERMIL', 'VEHICLE', None, None, "seized weapons and vehicles", a='NERREB', cb='NERREB', s=False, note='captured, not destroyed'),
   K('NERMIL', 18, 'E', "when 18 soldiers were killed", d='-', s=False, note='background, July'),
   K('NERMIL', None, None, "have killed hundreds of soldiers in Niger, Mali and Burkina Faso this year", cum=True, d='rep', l='-', s=False, note='background tally')],
  dd='Tue', dl='Inates')

I('A07', '2022-12-08', 'news', '2022-11-29|DR Congo|attack|Kishishe|North Kivu|Rutshuru', 152,
  """UN says M23 rebels killed at least 131 civilians in eastern Congo villages

GOMA, Dec 8 - M23 rebels killed at least 131 civilians, among them 12 children, in reprisal attacks on the villages of Kishishe and Bambo in eastern Congo's Rutshuru territory on Nov. 29 and 30, a preliminary United Nations investigation found.

The victims were shot or killed with knives, the UN said, adding that at least 22 women and five girls had been raped. The government had earlier given a toll of 272 dead, citing local officials in Kishishe.

M23 denied targeting civilians and said eight people had died in Kishishe, all of them hit by "stray bullets" during fighting with local militias.

M23 fighters attacked army positions near Kibirizi on Tuesday, and the army said its soldiers had killed 17 rebels and lost four of their own. Around 4,000 people fled the area that day toward the town of Kanyabayonga, local officials said.

The Tutsi-led group, which Kinshasa says is backed by Rwanda, has seized large parts of North Kivu since it resumed fighting late last year. More than 450,000 people have been displaced by the fighting since March, according to the UN refugee agency.""",
  [K('CODCVL', 131, 'L', "UN says M23 rebels killed at least 131 civilians", a='CODREB', cb='IGOUNO', s=False, note='headline restatement'),
   K('CODCVL', 131, 'L', "M23 rebels killed at least 131 civilians", a='CODREB', cb='IGOUNO', note='two days: date null'),
   K('CODCVL', 12, 'E', "among them 12 children", a='CODREB', cb='IGOUNO', s=False, note='sub-count'),
   A('CODREB', "reprisal attacks on the villages of Kishishe and Bambo", v='CODCVL'),
   K('CODCVL', 272, 'E', "given a toll of 272 dead", cb='CODGOV', s=False, note='competing figure'),
   K('CODCVL', 8, 'E', "said eight people had died in Kishishe", cb='CODREB', s=False, note="M23's competing figure"),
   A('CODREB', "M23 fighters attacked army positions near Kibirizi on Tuesday", v='CODMIL', d='Tue', l='Kibirizi'),
   K('CODREB', 17, 'E', "its soldiers had killed 17 rebels", a='CODMIL', cb='CODMIL', d='Tue', l='Kibirizi'),
   K('CODMIL', 4, 'E', "lost four of their own", a='CODREB', cb='CODMIL', d='Tue', l='Kibirizi'),
   DSP('CODCVL', 4000, 'A', "Around 4,000 people fled the area that day", cb='CODGOV', d='Tue', l='Kibirizi'),
   C('CODREB', "has seized large parts of North Kivu", '-', d='-', s=False, note='background, vague'),
   DSP('CODCVL', 450000, 'L', "More than 450,000 people have been displaced by the fighting since March", cum=True, cb='IGOUNO', d='rep', l='North Kivu',
       note='campaign tally: scored, cumulative')],
  dd='-', dl='Kishishe')

I('A08', '2020-02-17', 'news', '2020-02-14|Cameroon|attack|Ngarbuh|North-West|Donga-Mantung', 29,
  """Cameroon army denies massacre as Ngarbuh toll rises to 22

YAOUNDE, Feb 17 - At least 22 civilians, including 14 children and a pregnant woman, were killed in an attack on the village of Ngarbuh in Cameroon's Anglophone North-West region on Friday, the United Nations said on Monday, in one of the worst incidents of the country's separatist conflict.

Opposition politicians and residents accused soldiers and allied ethnic Fulani militiamen of shooting villagers and setting fire to their homes. The UN humanitarian office said an earlier count of 16 dead had been revised as more bodies were found in burned houses.

The army denied the accusation. A spokesman said troops had come under fire while raiding a separatist base, killing seven armed separatists, and that a fuel container had exploded during the exchange, killing five civilians: a woman and four children.

About 600 residents have fled Ngarbuh to nearby villages and the bush, the UN said.

More than 3,000 people have been killed and 700,000 displaced since separatists in the two English-speaking regions declared an independent state they call Ambazonia in 2017. Rights groups accuse both the army and the armed separatists of killing civilians and burning villages.""",
  [K('CMRCVL', 22, 'L', "At least 22 civilians, including 14 children and a pregnant woman, were killed", cb='IGOUNO', note='only blamed on soldiers: no actor'),
   K('CMRCVL', 22, 'E', "Ngarbuh toll rises to 22", s=False, note='headline restatement'),
   K('CMRCVL', 14, 'E', "including 14 children", cb='IGOUNO', s=False, note='sub-count'),
   K('CMRCVL', 1, 'E', "a pregnant woman", cb='IGOUNO', s=False, note='sub-count'),
   A(None, "an attack on the village of Ngarbuh", v='CMRCVL', note='accused, not claimed: actor null'),
   K('CMRCVL', 16, 'E', "an earlier count of 16 dead", cb='IGOUNO', s=False, note='superseded figure'),
   A('CMRMIL', "troops had come under fire while raiding a separatist base", v='CMRREB', s=False, note="the army's competing account"),
   K('CMRREB', 7, 'E', "killing seven armed separatists", a='CMRMIL', cb='CMRMIL', note="army's claim of a kill; different victims from the 22"),
   K('CMRCVL', 5, 'E', "killing five civilians: a woman and four children", cb='CMRMIL', s=False, note="the army's competing figure for the civilian dead"),
   DSP('CMRCVL', 600, 'A', "About 600 residents have fled Ngarbuh", cb='IGOUNO', d='rep', note='no day: report day'),
   K('CMRCVL', 3000, 'L', "More than 3,000 people have been killed", cum=True, d='rep', l='-', s=False, note='background, war-long'),
   DSP('CMRCVL', 700000, 'E', "700,000 displaced", cum=True, d='rep', l='-', s=False, note='background, war-long')],
  dd='Fri', dl='Ngarbuh')

I('A09', '2021-08-27', 'news', '2021-08-26|Afghanistan|remote_explosive_ied|Kabul|Kabul|Kabul', 183,
  """Kabul airport bombing kills 13 U.S. troops and scores of Afghans

KABUL, Aug 27 - A suicide bomber and gunmen attacked crowds of Afghans massed outside Kabul airport on Thursday, killing at least 72 civilians and 13 U.S. service members in the deadliest day for American forces in Afghanistan in a decade.

Afghan health officials said on Friday the civilian death toll had risen to 170, with more than 150 wounded, as families searched hospitals for relatives. Many of the dead had been hoping to board evacuation flights, and 28 members of the Taliban guarding the perimeter were among those killed, a Taliban official said.

The Pentagon said 18 U.S. service members were wounded. The bomber struck at the Abbey Gate, where British and American troops were checking documents, and a second explosion was reported near the Baron Hotel.

Islamic State's Khorasan branch claimed responsibility. President Joe Biden vowed on Thursday evening to strike back: "We will not forgive. We will not forget. We will hunt you down and make you pay."

The evacuation resumed on Friday, with the last U.S. troops due to leave by Aug. 31 under a deal with the Taliban.""",
  [K('USAMIL', 13, 'E', "Kabul airport bombing kills 13 U.S. troops", s=False, note='headline restatement'),
   K('AFGCVL', None, None, "and scores of Afghans", s=False, note='vague headline'),
   A('AFGREB', "A suicide bomber and gunmen attacked crowds of Afghans massed outside Kabul airport", v='AFGCVL', cb='AFGREB', note='claimed by IS-K: AFGREB'),
   K('AFGCVL', 72, 'L', "killing at least 72 civilians", a='AFGREB', s=False, note='superseded by 170'),
   K('USAMIL', 13, 'E', "13 U.S. service members", a='AFGREB'),
   K('AFGCVL', 170, 'E', "the civilian death toll had risen to 170", a='AFGREB', cb='AFGGOV', note='updated toll of one incident, dated to it; Taliban-run health officials: GOV'),
   W('AFGCVL', 150, 'L', "more than 150 wounded", a='AFGREB', cb='AFGGOV'),
   K('AFGMIL', 28, 'E', "28 members of the Taliban guarding the perimeter were among those killed", a='AFGREB', cb='AFGGOV', s=False, note='sub-count of the dead; Taliban forces after August 2021: MIL'),
   W('USAMIL', 18, 'E', "18 U.S. service members were wounded", a='AFGREB', cb='USAGOV'),
   A('AFGREB', "a second explosion was reported near the Baron Hotel", s=False, note='second act of the same attack'),
   T('USAGOV', "We will hunt you down and make you pay", v='AFGREB')],
  dd='Thu', dl='Kabul')

I('A10', '2024-11-10', 'news', '2024-11-09|Pakistan|remote_explosive_ied|Quetta|Balochistan|Quetta', 28,
  """Suicide blast at Quetta railway station kills 26, including soldiers

QUETTA, Pakistan, Nov 10 - A suicide bomber blew himself up among passengers waiting for a train at Quetta's main railway station on Saturday morning, killing at least 26 people, 14 of them soldiers returning from a training course, and wounding 62 others, officials said.

The Baloch Liberation Army, a separatist group, claimed responsibility, saying its fighter had targeted an army unit at the station. The bomber detonated his vest near the ticket hall shortly before the Jaffar Express was due to leave for Peshawar, police said.

"The platform was covered in blood and luggage," said Muhammad Asif, a railway porter who was wounded in the leg. Rescue officials said the toll could rise as several of the wounded were in critical condition.

Hours later, gunmen shot dead two policemen guarding a polio vaccination team in Kech district, and a roadside bomb wounded three Frontier Corps soldiers in Turbat, police said.

Attacks by Baloch separatists have surged this year. In August, coordinated assaults on police stations, highways and a railway line across the province killed more than 70 people, including 14 members of the security forces.""",
  [K('PAKCVL', 26, 'E', "Suicide blast at Quetta railway station kills 26", s=False, note='headline restatement'),
   A('PAKREB', "A suicide bomber blew himself up among passengers waiting for a train", v='PAKCVL', cb='PAKREB', note='claimed by the BLA'),
   K('PAKREB', 1, 'E', "A suicide bomber blew himself up", s=False, note="the bomber's own death: borderline"),
   K('PAKCVL', 26, 'L', "killing at least 26 people", a='PAKREB', cb='PAKGOV', note='mixed "people": CVL'),
   K('PAKMIL', 14, 'E', "14 of them soldiers", a='PAKREB', cb='PAKGOV', s=False, note='sub-count of the 26'),
   W('PAKCVL', 62, 'E', "wounding 62 others", a='PAKREB', cb='PAKGOV', note='own verb: EXACT'),
   W('PAKCVL', 1, 'E', "a railway porter who was wounded in the leg", a='PAKREB', s=False, note='one of the 62'),
   K('PAKMIL', 2, 'E', "gunmen shot dead two policemen", cb='PAKMIL', l='Kech', note='police: MIL; "Hours later": Saturday'),
   A(None, "a roadside bomb wounded three Frontier Corps soldiers in Turbat", v='PAKMIL', l='Turbat'),
   W('PAKMIL', 3, 'E', "a roadside bomb wounded three Frontier Corps soldiers in Turbat", cb='PAKMIL', l='Turbat'),
   K('PAKCVL', 70, 'L', "killed more than 70 people", d='-', l='-', s=False, note='background, August'),
   K('PAKMIL', 14, 'E', "including 14 members of the security forces", d='-', l='-', s=False, note='background sub-count')],
  dd='Sat', dl='Quetta')

I('A11', '2019-02-15', 'news', '2019-02-14|India|remote_explosive_ied|Lethpora|Jammu and Kashmir|Pulwama', 41,
  """Kashmir car bomb kills 40 Indian paramilitary police in deadliest attack in decades

SRINAGAR, Feb 15 - A suicide bomber rammed a car packed with explosives into a convoy of Indian paramilitary police on the Jammu-Srinagar highway in Kashmir on Thursday, killing 40 troopers, officials said, in the deadliest attack on Indian forces in the region in three decades.

The blast ripped through a bus carrying members of the Central Reserve Police Force near Lethpora in Pulwama district, about 20 km south of Srinagar. Five other troopers were wounded, two of them critically. The convoy of 78 vehicles was carrying more than 2,500 personnel.

Pakistan-based militant group Jaish-e-Mohammad claimed responsibility and released a video of the bomber, a 20-year-old local man. Pakistan denied any involvement.

Prime Minister Narendra Modi said on Friday that security forces had been given a free hand to respond and warned that those behind the attack would "pay a very heavy price". India also withdrew trade privileges it had granted to Pakistan.

Separately, police said suspected militants shot dead a civilian in Shopian district on Friday morning.

The previous deadliest attack on Indian forces in Kashmir, on an army base in Uri in September 2016, killed 19 soldiers.""",
  [K('INDMIL', 40, 'E', "Kashmir car bomb kills 40 Indian paramilitary police", s=False, note='headline restatement'),
   A('INDREB', "A suicide bomber rammed a car packed with explosives into a convoy of Indian paramilitary police", v='INDMIL', cb='INDREB',
     note='claimed by Jaish-e-Mohammad, a Kashmir militant group: INDREB (PAKREB defensible)'),
   K('INDMIL', 40, 'E', "killing 40 troopers", a='INDREB', cb='INDGOV', note='CRPF: MIL'),
   EQ('INDMIL', 'VEHICLE', None, None, "The blast ripped through a bus carrying members of the Central Reserve Police Force", a='INDREB', s=False,
      note='a bus carrying troops: borderline equipment'),
   W('INDMIL', 5, 'E', "Five other troopers were wounded", a='INDREB'),
   T('INDGOV', "warned that those behind the attack would \"pay a very heavy price\"", v='INDREB', d='Fri', l='-'),
   K('INDCVL', 1, 'E', "suspected militants shot dead a civilian in Shopian district", a='INDREB', cb='INDMIL', d='Fri', l='Shopian', note='police as source: MIL'),
   K('INDMIL', 19, 'E', "killed 19 soldiers", d='-', l='Uri', s=False, note='background, 2016')],
  dd='Thu', dl='Lethpora')

I('A12', '2023-04-12', 'news', '2023-04-11|Myanmar|air_drone_strike|Pazigyi|Sagaing|Kanbalu', 165,
  """Myanmar junta air strike on village ceremony kills dozens

BANGKOK, April 12 - A Myanmar military air strike on a crowd gathered for the opening of a local opposition office in the central Sagaing region killed about 100 people on Tuesday, among them women and children, witnesses and media reports said.

A fighter jet dropped bombs on the gathering in Pazigyi village in Kanbalu township at around 8 a.m., and a helicopter gunship then fired on people trying to flee, a resident told reporters. A rescue worker said 165 bodies had been counted by Wednesday afternoon and that about 30 of the dead were children.

Military spokesman Major General Zaw Min Tun confirmed the strike, saying the office was used by anti-junta forces and that some of the dead were resistance fighters in uniform. He said a store of ammunition had exploded after the bombing.

The National Unity Government, a shadow administration set up by ousted lawmakers, called the attack a war crime, and the U.N. human rights chief said he was horrified.

Sagaing has been a centre of armed resistance since the 2021 coup. At least 3,200 civilians have been killed by the security forces across the country since then, according to a local monitoring group.""",
  [K('MMRCVL', None, None, "Myanmar junta air strike on village ceremony kills dozens", a='MMRMIL', s=False, note='vague headline'),
   A('MMRMIL', "A Myanmar military air strike on a crowd gathered for the opening of a local opposition office", v='MMRCVL'),
   K('MMRCVL', 100, 'A', "killed about 100 people on Tuesday", a='MMRMIL', s=False, note='superseded by the count of bodies'),
   K('MMRCVL', 165, 'E', "165 bodies had been counted by Wednesday afternoon", a='MMRMIL', note='updated toll of the one strike, dated to it; mixed people: CVL'),
   K('MMRCVL', 30, 'A', "about 30 of the dead were children", a='MMRMIL', s=False, note='sub-count'),
   A('MMRMIL', "a helicopter gunship then fired on people trying to flee", v='MMRCVL', s=False, note='second act of the same attack'),
   K('MMRREB', None, None, "some of the dead were resistance fighters in uniform", a='MMRMIL', cb='MMRMIL', s=False, note='vague sub-count'),
   EQ('MMRREB', 'DEPOT', None, None, "a store of ammunition had exploded after the bombing", cb='MMRMIL', s=False, note='owner not clear'),
   K('MMRCVL', 3200, 'L', "At least 3,200 civilians have been killed by the security forces across the country", a='MMRMIL', cum=True, d='rep', l='-', s=False,
     note='background, since 2021')],
  dd='Tue', dl='Pazigyi')

I('A13', '2022-10-30', 'news', '2022-10-29|Somalia|remote_explosive_ied|Mogadishu|Banadir|', 100,
  """Twin car bombs at Somalia's education ministry kill at least 100

MOGADISHU, Oct 30 - Two car bombs exploded minutes apart at a busy junction outside Somalia's education ministry in Mogadishu on Saturday, killing at least 100 people and wounding 300, President Hassan Sheikh Mohamud said on Sunday.

The first blast hit the ministry's outer wall at the Zobe intersection shortly after 2 p.m.; the second went off as ambulances and passers-by rushed to help, witnesses said. Among the dead was a local journalist who had run to the scene after the first explosion.

Al Shabaab claimed the attack, saying it had targeted the ministry because it was "an enemy base". The group said in its statement that it would keep up its war against the government.

Police spokesman Sadik Dudishe said on Saturday night that the toll then stood at 30, and that several suspects had been arrested. Hospitals in the capital appealed for blood donations.

The junction was the site of Somalia's deadliest bombing, when a truck bomb killed more than 500 people in October 2017. Government forces and allied clan militias have recaptured dozens of villages from al Shabaab in central Somalia since August.""",
  [K('SOMCVL', 100, 'L', "Twin car bombs at Somalia's education ministry kill at least 100", a='SOMREB', s=False, note='headline restatement'),
   A('SOMREB', "Two car bombs exploded minutes apart at a busy junction outside Somalia's education ministry", v='SOMCVL', cb='SOMREB', note='claimed by al Shabaab'),
   K('SOMCVL', 100, 'L', "killing at least 100 people", a='SOMREB', cb='SOMGOV'),
   W('SOMCVL', 300, 'E', "wounding 300", a='SOMREB', cb='SOMGOV', note='own verb: EXACT'),
   A('SOMREB', "the second went off as ambulances and passers-by rushed to help", s=False, note='second act of the same attack'),
   K('SOMCVL', 1, 'E', "Among the dead was a local journalist", a='SOMREB', s=False, note='sub-count'),
   T('SOMREB', "it would keep up its war against the government", v='SOMGOV', s=False, note='vague vow'),
   K('SOMCVL', 30, 'E', "the toll then stood at 30", cb='SOMMIL', s=False, note='superseded figure'),
   K('SOMCVL', 500, 'L', "a truck bomb killed more than 500 people in October 2017", d='-', s=False, note='background'),
   C('SOMMIL', "have recaptured dozens of villages from al Shabaab in central Somalia since August", '-', cum=True, d='rep', s=False, note='background, vague')],
  dd='Sat', dl='Zobe')

I('A14', '2022-06-14', 'news', '2022-06-11|Burkina Faso|attack|Seytenga|Sahel|Seno', 86,
  """Burkina Faso toll from Seytenga attack rises to 86

OUAGADOUGOU, June 14 - The death toll from an attack by gunmen on the village of Seytenga in northern Burkina Faso has risen to 86, the government said on Tuesday, up from 79 announced on Monday.

The assailants stormed the village in Seno province, near the border with Niger, on the night of Saturday to Sunday, going from house to house and shooting men, survivors said. Most of the victims were men, government spokesman Lionel Bilgo said.

The massacre came days after 11 military police officers were killed in a raid on their post in the village, and after army operations in which the military said it had killed around 40 militants.

"They came on motorbikes, told the women to go inside, and then called the men out one by one," a survivor who reached Dori told a local radio station.

Some 16,000 residents have fled Seytenga for Dori, the regional capital, where aid groups said many were sleeping in schools and in the open.

No group has claimed responsibility. Violence by jihadist groups linked to al Qaeda and Islamic State has killed thousands of people and displaced nearly two million in Burkina Faso since 2015.""",
  [K('BFACVL', 86, 'E', "Burkina Faso toll from Seytenga attack rises to 86", s=False, note='headline restatement'),
   K('BFACVL', 86, 'E', "The death toll from an attack by gunmen on the village of Seytenga in northern Burkina Faso has risen to 86", cb='BFAGOV',
     note='updated toll of one attack; night of Saturday to Sunday: Saturday'),
   K('BFACVL', 79, 'E', "up from 79 announced on Monday", cb='BFAGOV', s=False, note='superseded figure'),
   A(None, "The assailants stormed the village in Seno province", v='BFACVL', note='gunmen, no claim'),
   K('BFAMIL', 11, 'E', "11 military police officers were killed in a raid on their post", d='-', s=False, note='background ("days after"), gendarmes: MIL'),
   K('BFAREB', 40, 'A', "it had killed around 40 militants", a='BFAMIL', cb='BFAMIL', d='-', l='-', s=False, note='background'),
   DSP('BFACVL', 16000, 'A', "Some 16,000 residents have fled Seytenga for Dori", d='rep', note='flight from one incident: not cumulative; no day: report day'),
   K('BFACVL', None, None, "has killed thousands of people", cum=True, d='rep', l='-', s=False, note='background'),
   DSP('BFACVL', 2000000, 'A', "displaced nearly two million", cum=True, d='rep', l='-', s=False, note='background')],
  dd='Sat', dl='Seytenga')

I('A15', '2024-09-18', 'news', '2024-09-17|Mali|attack|Bamako|Bamako|Bamako', 70,
  """Jihadists strike Mali's capital, attacking gendarmerie school and airbase

BAMAKO, Sept 18 - Islamist militants attacked a gendarmerie training school and a military airbase in Mali's capital Bamako before dawn on Tuesday, killing more than 70 people in the most serious attack on the city in years, security sources said.

The al Qaeda-linked group JNIM claimed the assault, saying its fighters had inflicted hundreds of casualties on the junta's forces and their Russian allies and had destroyed six aircraft, including a drone, at the airbase.

The government has not released a toll. A confidential security document seen by reporters listed 77 dead and 255 wounded, most of them gendarmerie students. The army said the situation was "under control" and that 20 suspects had been arrested.

Residents of the Faladie neighbourhood, near the school, said they heard explosions and gunfire for several hours. Smoke rose from the airport area, where a presidential plane was set on fire, according to videos shared online.

Mali has been fighting jihadist insurgencies since 2012. In July, gunmen killed at least 20 civilians at a wedding in the village of Djiguibombo in central Mali, local officials said.""",
  [A('MLIREB', "Islamist militants attacked a gendarmerie training school and a military airbase in Mali's capital Bamako", v='MLIMIL', cb='MLIREB', note='claimed by JNIM: MLIREB'),
   K('MLICVL', 70, 'L', "killing more than 70 people", a='MLIREB', note='first-stated figure; mixed "people": CVL; anonymous sources: claimedBy null'),
   K('MLICVL', 77, 'E', "listed 77 dead", a='MLIREB', s=False, note='competing figure'),
   W('MLICVL', 255, 'E', "255 wounded", a='MLIREB', note='the only figure for the wounded'),
   EQ('MLIMIL', 'AIRCRAFT', 6, 'E', "destroyed six aircraft", a='MLIREB', cb='MLIREB', note='claimed'),
   EQ('MLIMIL', 'OTHER', None, None, "including a drone", a='MLIREB', cb='MLIREB', s=False, note='sub-count of the six'),
   EQ('MLIGOV', 'AIRCRAFT', None, None, "a presidential plane was set on fire", a='MLIREB', s=False, note='may be one of the six'),
   K('MLICVL', 20, 'L', "gunmen killed at least 20 civilians at a wedding", d='-', l='Djiguibombo', s=False, note='background, July')],
  dd='Tue', dl='Bamako')

I('A16', '2022-06-07', 'news', '2022-06-05|Nigeria|attack|Owo|Ondo|Owo', 72,
  """Gunmen kill worshippers at Catholic church in southwest Nigeria

AKURE, Nigeria, June 7 - Gunmen who attacked a Catholic church in the town of Owo in southwest Nigeria during Pentecost Sunday mass killed 40 people and wounded 61, the government said on Tuesday, revising down earlier estimates of more than 50 dead.

The attackers set off explosives and opened fire on worshippers inside St. Francis Xavier church, before escaping in a stolen car, police said. Ondo state governor Rotimi Akeredolu called it a vile and satanic attack.

The federal government blamed the Islamic State West Africa Province, a jihadist group whose fighters are mostly active in the northeast, hundreds of kilometres away. No group has claimed responsibility.

Seven children were among the dead, and at least 20 of the wounded remained in intensive care, a doctor at the Federal Medical Centre in Owo said.

In a separate attack on Sunday, bandits killed 32 villagers in the Kajuru area of Kaduna state, residents said.

Attacks by jihadists, bandits and armed herders killed more than 2,000 people across the north in the first three months of the year, according to a local rights group.""",
  [K('NGACVL', None, None, "Gunmen kill worshippers", s=False, note='vague headline'),
   A(None, "Gunmen who attacked a Catholic church in the town of Owo", v='NGACVL', note='only blamed on ISWAP: actor null'),
   K('NGACVL', 40, 'E', "killed 40 people", cb='NGAGOV'),
   W('NGACVL', 61, 'E', "wounded 61", cb='NGAGOV'),
   K('NGACVL', 50, 'L', "earlier estimates of more than 50 dead", s=False, note='superseded figure'),
   A(None, "The attackers set off explosives and opened fire on worshippers", v='NGACVL', s=False, note='the same attack, restated'),
   K('NGACVL', 7, 'E', "Seven children were among the dead", s=False, note='sub-count'),
   W('NGACVL', 20, 'L', "at least 20 of the wounded remained in intensive care", s=False, note='sub-count'),
   A('NGAREB', "In a separate attack on Sunday, bandits killed 32 villagers", v='NGACVL', l='Kajuru', note='bandits: REB'),
   K('NGACVL', 32, 'E', "bandits killed 32 villagers", a='NGAREB', l='Kajuru'),
   K('NGACVL', 2000, 'L', "killed more than 2,000 people across the north", cum=True, d='rep', l='-', s=False, note='background tally')],
  dd='Sun', dl='Owo')

I('A17', '2022-01-08', 'news', '2022-01-07|Ethiopia|air_drone_strike|Dedebit|Tigray|North Western', 59,
  """Air strike on Tigray displacement camp kills 56, aid workers say

ADDIS ABABA, Jan 8 - An air strike on a camp for displaced people in Ethiopia's Tigray region killed 56 people and wounded 30 late on Friday, two aid workers said, citing local officials and health staff.

The strike hit a school compound in the town of Dedebit, in northwest Tigray, where thousands of people who had fled fighting elsewhere had been sheltering. "Many of the dead were women and children," said one of the aid workers, who asked not to be named because he was not authorised to speak to the press.

A spokesman for the Tigray People's Liberation Front blamed the federal government's drones. A military spokesman and a government spokesman did not respond to requests for comment.

On Wednesday, a drone strike in the Mai Aini refugee camp killed three Eritrean refugees, two of them children, according to the U.N. refugee agency.

The war between the federal government and Tigrayan forces began in November 2020. It has displaced more than two million people in northern Ethiopia, according to the United Nations. Aid agencies say medical supplies in the region have almost run out because of a blockade.""",
  [K('ETHREF', 56, 'E', "Air strike on Tigray displacement camp kills 56", s=False, note='headline restatement'),
   DSP('ETHREF', None, None, "thousands of people who had fled fighting elsewhere", d='-', s=False, note='background flight, vague'),
   A(None, "An air strike on a camp for displaced people in Ethiopia's Tigray region", v='ETHREF', note='only blamed on federal drones: actor null'),
   K('ETHREF', 56, 'E', "killed 56 people", note='residents of a displacement camp: REF'),
   W('ETHREF', 30, 'E', "wounded 30"),
   A(None, "a drone strike in the Mai Aini refugee camp", v='ERIREF', d='Wed', l='Mai Aini'),
   K('ERIREF', 3, 'E', "killed three Eritrean refugees", cb='IGOUNO', d='Wed', l='Mai Aini'),
   K('ERIREF', 2, 'E', "two of them children", cb='IGOUNO', d='Wed', l='Mai Aini', s=False, note='sub-count'),
   DSP('ETHCVL', 2000000, 'L', "It has displaced more than two million people in northern Ethiopia", cum=True, cb='IGOUNO', d='rep', l='-', s=False, note='background, war-long')],
  dd='Fri', dl='Dedebit')

I('A18', '2024-06-06', 'news', '2024-06-05|Sudan|attack|Wad al-Noura|Gezira|', 104,
  """RSF attack on Sudan village kills more than 100, activists say

PORT SUDAN, June 6 - Fighters of the paramilitary Rapid Support Forces attacked the village of Wad al-Noura in Sudan's Gezira state on Wednesday, killing at least 104 people, among them 35 children, a local pro-democracy group said.

The group, the Wad Madani Resistance Committee, said the RSF had stormed the village twice using heavy weapons and that the dead had been buried in a mass grave. Videos posted online showed rows of bodies wrapped in white shrouds in the village square.

The RSF said in a statement that its forces had attacked three army camps in the area and had killed dozens of soldiers and allied fighters, and denied targeting civilians.

Sudan's sovereign council, led by army chief Abdel Fattah al-Burhan, said the death toll stood at more than 100. UNICEF said it had received reports that at least 35 children were killed and 20 injured.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and forced more than 9 million from their homes, according to the United Nations.""",
  [K('SDNCVL', 100, 'L', "RSF attack on Sudan village kills more than 100", a='SDNREB', s=False, note='headline restatement'),
   A('SDNREB', "Fighters of the paramilitary Rapid Support Forces attacked the village of Wad al-Noura", v='SDNCVL', note='RSF: SDNREB'),
   K('SDNCVL', 104, 'L', "killing at least 104 people", a='SDNREB', note='a local group: claimedBy null'),
   K('SDNCVL', 35, 'E', "among them 35 children", a='SDNREB', s=False, note='sub-count'),
   A('SDNREB', "the RSF had stormed the village twice", v='SDNCVL', s=False, note='the same attack, restated'),
   A('SDNREB', "its forces had attacked three army camps in the area", v='SDNMIL', cb='SDNREB', s=False, note="the RSF's competing account"),
   K('SDNMIL', None, None, "had killed dozens of soldiers and allied fighters", a='SDNREB', cb='SDNREB', s=False, note="competing account of the same dead"),
   K('SDNCVL', 100, 'L', "the death toll stood at more than 100", a='SDNREB', cb='SDNGOV', s=False, note='competing figure'),
   K('SDNCVL', 35, 'L', "at least 35 children were killed", a='SDNREB', cb='IGOUNO', s=False, note='sub-count'),
   W('SDNCVL', 20, 'L', "and 20 injured", a='SDNREB', cb='IGOUNO', note='the only injury figure; "at least" governs the elliptical second figure'),
   K('SDNCVL', None, None, "has killed tens of thousands of people", cum=True, d='rep', l='-', s=False, note='background'),
   DSP('SDNCVL', 9000000, 'L', "forced more than 9 million from their homes", cum=True, cb='IGOUNO', d='rep', l='-', s=False, note='background')],
  dd='Wed', dl='Wad al-Noura')

I('A19', '2020-01-20', 'news', '2020-01-18|Yemen|shelling_artillery_missile|Marib|Marib|Marib', 140,
  """Houthi missile attack on Yemen army camp mosque kills 111

ADEN, Jan 20 - A Houthi missile and drone attack on a mosque in a military training camp in Yemen's central Marib province killed 111 soldiers during evening prayers on Saturday, military and medical sources said on Monday, in one of the deadliest attacks of the five-year war.

The toll had stood at 83 on Sunday. Dozens more were wounded in the strike on the camp, about 170 km east of the capital Sanaa, a medical source said.

President Abd-Rabbu Mansour Hadi condemned what he called a cowardly attack, saying it showed the Houthis had no desire for peace. The Houthis, who control Sanaa, did not comment. Marib, an oil-producing province that is one of the government's last strongholds in the north, has faced repeated Houthi advances since the start of the month, and the U.N. envoy urged both sides to halt the escalation.

On Sunday, fighting flared in the Nehm district east of Sanaa, where government forces said they had killed 22 Houthi fighters and lost seven of their own in clashes.

The war, pitting the Iran-aligned Houthis against a government backed by a Saudi-led coalition, has killed more than 100,000 people since 2015, according to a U.S.-based monitoring project.""",
  [K('YEMMIL', 111, 'E', "Houthi missile attack on Yemen army camp mosque kills 111", a='YEMREB', s=False, note='headline restatement'),
   A('YEMREB', "A Houthi missile and drone attack on a mosque in a military training camp", v='YEMMIL'),
   K('YEMMIL', 111, 'E', "killed 111 soldiers during evening prayers on Saturday", a='YEMREB', note='updated toll; anonymous sources: claimedBy null'),
   K('YEMMIL', 83, 'E', "The toll had stood at 83 on Sunday", a='YEMREB', s=False, note='superseded figure'),
   W('YEMMIL', None, None, "Dozens more were wounded", a='YEMREB', note='vague, in the incident: scored, no count'),
   A('YEMMIL', "fighting flared in the Nehm district", v='YEMREB', d='Sun', l='Nehm', note='first-named side'),
   A('YEMREB', "fighting flared in the Nehm district", v='YEMMIL', d='Sun', l='Nehm', s=False, note='the other side'),
   K('YEMREB', 22, 'E', "had killed 22 Houthi fighters", a='YEMMIL', cb='YEMMIL', d='Sun', l='Nehm'),
   K('YEMMIL', 7, 'E', "lost seven of their own", a='YEMREB', cb='YEMMIL', d='Sun', l='Nehm'),
   K('YEMCVL', 100000, 'L', "has killed more than 100,000 people since 2015", cum=True, d='rep', l='-', s=False, note='background')],
  dd='Sat', dl='Marib')

I('A20', '2021-01-22', 'news', '2021-01-21|Iraq|remote_explosive_ied|Baghdad|Baghdad|Rusafa', 43,
  """Islamic State claims twin suicide bombing in Baghdad market

BAGHDAD, Jan 22 - Two suicide bombers blew themselves up in a crowded market for second-hand clothes in central Baghdad on Thursday, killing 32 people and wounding 110, Iraq's health ministry said, the first such attack in the capital in three years.

The first bomber complained of feeling ill, drawing a crowd around him before detonating his explosive belt in Tayaran Square; the second struck as people gathered to help the wounded, the interior ministry said.

Islamic State claimed responsibility in a statement on its Amaq news agency late on Thursday, saying the attack had targeted Shi'ites.

"I saw people lying on the ground, some of them without legs," said a tea seller whose stall stood near the square. Shops in the area stayed shut on Friday as security forces set up extra checkpoints across the city.

In a separate attack late on Thursday, Islamic State fighters ambushed a unit of the Popular Mobilisation Forces near Tikrit, killing 11 fighters, security sources said.

Iraq declared victory over Islamic State in December 2017, but sleeper cells still mount attacks in the north and west. The last large bombing in Baghdad, in January 2018, also hit Tayaran Square and killed 38 people.""",
  [A('IRQREB', "Two suicide bombers blew themselves up in a crowded market for second-hand clothes in central Baghdad", v='IRQCVL', cb='IRQREB', note='claimed by IS'),
   K('IRQREB', 2, 'E', "Two suicide bombers blew themselves up", s=False, note="the bombers' own deaths: borderline"),
   K('IRQCVL', 32, 'E', "killing 32 people", a='IRQREB', cb='IRQGOV'),
   W('IRQCVL', 110, 'E', "wounding 110", a='IRQREB', cb='IRQGOV'),
   A('IRQREB', "the second struck as people gathered to help the wounded", s=False, note='second act of the same attack'),
   A('IRQREB', "Islamic State fighters ambushed a unit of the Popular Mobilisation Forces near Tikrit", v='IRQMIL', l='Tikrit'),
   K('IRQMIL', 11, 'E', "killing 11 fighters", a='IRQREB', l='Tikrit', note='PMF: MIL; anonymous sources'),
   K('IRQCVL', 38, 'E', "killed 38 people", d='-', s=False, note='background, 2018')],
  dd='Thu', dl='Tayaran Square')

I('A21', '2024-09-30', 'news', '2024-09-29|Lebanon|air_drone_strike|Ain al-Delb|South Lebanon|Sidon', 32,
  """Israeli strike flattens building in south Lebanon, killing dozens

SIDON, Lebanon, Sept 30 - An Israeli air strike destroyed a residential building in the village of Ain al-Delb near the southern city of Sidon on Sunday, killing at least 32 people, Lebanon's health ministry said on Monday, as rescuers searched the rubble for survivors.

Civil defence workers pulled 11 people alive from the debris overnight. The ministry said the dead included women and children and that 73 people were wounded, while local officials said about 20 others were still missing.

Israel's military said it had struck Hezbollah targets across southern Lebanon and the Bekaa valley on Sunday, hitting more than 120 targets. It did not comment on the strike in Ain al-Delb.

Hezbollah said it fired rockets at the northern Israeli city of Safed and at an army base on Sunday; the Israeli army said most were intercepted and there were no injuries.

More than 1,000 people have been killed in Lebanon in the past two weeks, and about a million have fled their homes, according to Lebanese authorities. Hezbollah leader Hassan Nasrallah was killed in an Israeli strike on Beirut's southern suburbs on Friday.""",
  [K('LBNCVL', None, None, "Israeli strike flattens building in south Lebanon, killing dozens", a='ISRMIL', s=False, note='vague headline'),
   A('ISRMIL', "An Israeli air strike destroyed a residential building in the village of Ain al-Delb", v='LBNCVL'),
   K('LBNCVL', 32, 'L', "killing at least 32 people", a='ISRMIL', cb='LBNGOV'),
   W('LBNCVL', 73, 'E', "73 people were wounded", a='ISRMIL', cb='LBNGOV'),
   A('ISRMIL', "had struck Hezbollah targets across southern Lebanon and the Bekaa valley on Sunday", n=120, q='L', v='LBNREB', cb='ISRMIL', l='-',
     note='count = targets hit'),
   A('LBNREB', "it fired rockets at the northern Israeli city of Safed", v='ISRMIL', cb='LBNREB', l='Safed', note='no injuries: no casualty line'),
   K('LBNCVL', 1000, 'L', "More than 1,000 people have been killed in Lebanon in the past two weeks", cum=True, cb='LBNGOV', d='rep', l='-',
     note='campaign tally: scored, cumulative'),
   DSP('LBNCVL', 1000000, 'A', "about a million have fled their homes", cum=True, cb='LBNGOV', d='rep', l='-', note='campaign tally'),
   K('LBNREB', 1, 'E', "Hezbollah leader Hassan Nasrallah was killed in an Israeli strike on Beirut's southern suburbs on Friday", a='ISRMIL', d='Fri', l='Beirut', s=False,
     note='background, two days earlier')],
  dd='Sun', dl='Ain al-Delb')

I('A22', '2023-02-27', 'news', '2023-02-26|Palestine|attack|Huwara|West Bank|Nablus', 3,
  """Settlers rampage through West Bank town after two Israelis shot dead

NABLUS, West Bank, Feb 27 - Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara and nearby villages late on Sunday, setting fire to houses and cars, hours after a Palestinian gunman shot dead two Israeli brothers as they drove through the town.

A Palestinian man, 37, was shot dead in the village of Zaatara during the rampage, the Palestinian health ministry said, and about 100 others were hurt, most of them by tear gas. The ministry said four people were wounded by gunfire and another was stabbed and beaten with an iron bar.

The Israeli army said the brothers, aged 19 and 21, from the settlement of Har Bracha, were killed when the gunman opened fire on their car at a junction in Huwara; troops were searching for him. Prime Minister Benjamin Netanyahu urged settlers not to take the law into their own hands.

Local officials said some 30 houses and 100 cars were torched. The violence came on the same day that Israeli and Palestinian officials met in Aqaba, Jordan, and agreed to work to reduce tensions.

Earlier in the week, an Israeli army raid in Nablus killed 11 Palestinians, including a 72-year-old man, in the deadliest West Bank operation in almost 20 years.""",
  [K('ISRCVL', 2, 'E', "after two Israelis shot dead", s=False, note='headline restatement'),
   A('ISRCVL', "Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara", v='PSECVL', note='settlers: ISRCVL'),
   K('ISRCVL', 2, 'E', "a Palestinian gunman shot dead two Israeli brothers", note='lone gunman: actor null'),
   K('PSECVL', 1, 'E', "A Palestinian man, 37, was shot dead in the village of Zaatara", cb='PSEGOV', l='Zaatara', note='shooter not named'),
   W('PSECVL', 100, 'A', "about 100 others were hurt", cb='PSEGOV'),
   W('PSECVL', 4, 'E', "four people were wounded by gunfire", cb='PSEGOV', s=False, note='part of the 100'),
   W('PSECVL', 1, 'E', "another was stabbed and beaten with an iron bar", cb='PSEGOV', s=False, note='part of the 100'),
   A(None, "the gunman opened fire on their car at a junction in Huwara", v='ISRCVL'),
   TK('ISRGOV', "Israeli and Palestinian officials met in Aqaba, Jordan", v='PSEGOV', l='Aqaba', note='first-named party; with PSEGOV, hosted by Jordan'),
   K('PSECVL', 11, 'E', "an Israeli army raid in Nablus killed 11 Palestinians", a='ISRMIL', d='-', l='Nablus', s=False, note='background'),
   K('PSECVL', 1, 'E', "including a 72-year-old man", a='ISRMIL', d='-', l='Nablus', s=False, note='background sub-count')],
  dd='Sun', dl='Huwara')

I('A23', '2023-01-28', 'news', '2023-01-27|Israel|attack|Neve Yaakov|Jerusalem|Jerusalem', 7,
  """Gunman kills seven outside Jerusalem synagogue

JERUSALEM, Jan 28 - A Palestinian gunman opened fire outside a synagogue in the Neve Yaakov settlement in east Jerusalem on Friday night, killing seven people and wounding three before he was shot dead by police, Israeli officials said.

Police identified the attacker as a 21-year-old resident of east Jerusalem with no known links to armed groups. He fled by car after the shooting and was killed in an exchange of fire with officers in the nearby neighbourhood of Beit Hanina, police commissioner Kobi Shabtai said.

Among the dead was a 70-year-old woman. The Magen David Adom rescue service said a 15-year-old boy was among the wounded and was in serious condition.

On Saturday morning, a 13-year-old Palestinian boy opened fire in the Silwan neighbourhood, wounding two Israelis, a father and his son, police said.

The shooting followed a week of deadly Israeli raids in the occupied West Bank. Hamas praised the attack but did not claim it. Prime Minister Benjamin Netanyahu, after meeting his security chiefs, said on Saturday that Israel's response would be "strong, swift and precise".""",
  [K('ISRCVL', 7, 'E', "Gunman kills seven outside Jerusalem synagogue", s=False, note='headline restatement'),
   A(None, "A Palestinian gunman opened fire outside a synagogue", v='ISRCVL', note='lone gunman: actor null'),
   K('ISRCVL', 7, 'E', "killing seven people", cb='ISRGOV'),
   W('ISRCVL', 3, 'E', "wounding three", cb='ISRGOV'),
   K('PSECVL', 1, 'E', "he was shot dead by police", a='ISRMIL', cb='ISRGOV', s=False, note="the attacker's death: side not given (PSECVL or PSEREB), borderline"),
   A(None, "an exchange of fire with officers", s=False, note='part of the same incident'),
   K('ISRCVL', 1, 'E', "Among the dead was a 70-year-old woman", s=False, note='sub-count'),
   W('ISRCVL', 1, 'E', "a 15-year-old boy was among the wounded", s=False, note='sub-count'),
   T('ISRGOV', "Israel's response would be \"strong, swift and precise\"", d='Sat', l='-', note='warning of retaliation after the attack'),
   A(None, "a 13-year-old Palestinian boy opened fire in the Silwan neighbourhood", v='ISRCVL', d='Sat', l='Silwan'),
   W('ISRCVL', 2, 'E', "wounding two Israelis, a father and his son", cb='ISRMIL', d='Sat', l='Silwan', note='police: MIL; one code, one line')],
  dd='Fri', dl='Neve Yaakov')

I('A24', '2022-10-27', 'news', '2022-10-26|Iran|attack|Shiraz|Fars|Shiraz', 16,
  """Gunman kills 15 at shrine in Iran's Shiraz; Islamic State claims attack

DUBAI, Oct 27 - A gunman opened fire on worshippers at the Shah Cheragh shrine in the southern Iranian city of Shiraz on Wednesday evening, killing 15 people, including two children, state media reported. Islamic State claimed responsibility.

The judiciary's news agency said 40 people were wounded and that the attacker had been wounded and arrested. An earlier report had said three gunmen were involved, two of whom had been detained.

President Ebrahim Raisi vowed on Thursday that the attack "will not go unanswered", and accused Iran's enemies of seeking to exploit weeks of unrest. The intelligence ministry said the gunman was a foreign national and that it was looking for those who had helped him. Shah Cheragh, which houses the tomb of a brother of the eighth Shi'ite imam, is one of the most visited pilgrimage sites in the country.

The attack came as thousands of mourners marked the 40th day since the death in custody of Mahsa Amini. Security forces fired on protesters in her hometown of Saqqez on Wednesday, rights groups said, and in Mahabad one protester was killed on Thursday, according to a Kurdish rights group.

Rights groups say at least 250 protesters, including 32 children, have been killed since the protests began in mid-September.""",
  [K('IRNCVL', 15, 'E', "Gunman kills 15 at shrine in Iran's Shiraz", s=False, note='headline restatement'),
   A('IRNREB', "A gunman opened fire on worshippers at the Shah Cheragh shrine", v='IRNCVL', cb='IRNREB', note='claimed by IS: REB of the country struck'),
   K('IRNCVL', 15, 'E', "killing 15 people", a='IRNREB', cb='IRNGOV', note='state media: GOV'),
   K('IRNCVL', 2, 'E', "including two children", a='IRNREB', cb='IRNGOV', s=False, note='sub-count'),
   W('IRNCVL', 40, 'E', "40 people were wounded", a='IRNREB', cb='IRNGOV'),
   W('IRNREB', 1, 'E', "the attacker had been wounded and arrested", cb='IRNGOV', note='a singular victim'),
   T('IRNGOV', "vowed on Thursday that the attack \"will not go unanswered\"", d='Thu', l='-'),
   A('IRNMIL', "Security forces fired on protesters in her hometown of Saqqez on Wednesday", v='IRNCVL', l='Saqqez'),
   K('IRNCVL', 1, 'E', "in Mahabad one protester was killed on Thursday", d='Thu', l='Mahabad', note='a rights group: claimedBy null'),
   K('IRNCVL', 250, 'L', "at least 250 protesters, including 32 children, have been killed since the protests began", cum=True, d='rep', l='-',
     note='campaign tally: scored, cumulative'),
   K('IRNCVL', 32, 'E', "including 32 children", cum=True, d='rep', l='-', s=False, note='sub-count of the tally')],
  dd='Wed', dl='Shah Cheragh')

I('A25', '2022-11-14', 'news', '2022-11-13|Turkey|remote_explosive_ied|Istanbul|Istanbul|Beyoglu', 6,
  """Turkey detains suspect after Istanbul bomb kills six

ISTANBUL, Nov 14 - Turkish police detained a Syrian woman suspected of planting a bomb that killed six people and wounded 81 on Istanbul's busy Istiklal Avenue on Sunday afternoon, Interior Minister Suleyman Soylu said on Monday, blaming Kurdish militants.

Soylu said the woman had sat on a bench for more than 40 minutes before leaving behind a bag that exploded minutes later. Among the dead were a 9-year-old girl and her father. Fifty of the wounded had been discharged from hospital and five remained in intensive care, the health minister said. Television footage showed ambulances rushing down the avenue, a pedestrian street lined with shops and restaurants that is packed with tourists and shoppers at weekends.

The Kurdistan Workers Party (PKK) and the Syrian Kurdish YPG militia denied any involvement. "We have nothing to do with this attack," the PKK said in a statement.

Soylu rejected condolences from Washington and said on Monday that those responsible "will pay a heavy price".

Istanbul was hit by a string of bombings in 2015 and 2016. The deadliest, a twin bombing outside a football stadium in December 2016, killed 38 people, most of them police officers.""",
  [K('TURCVL', 6, 'E', "Istanbul bomb kills six", s=False, note='headline restatement'),
   A(None, "a bomb that killed six people and wounded 81 on Istanbul's busy Istiklal Avenue", v='TURCVL', note='only blamed on Kurdish militants: actor null'),
   K('TURCVL', 6, 'E', "killed six people", cb='TURGOV'),
   W('TURCVL', 81, 'E', "wounded 81", cb='TURGOV'),
   K('TURCVL', 2, 'E', "Among the dead were a 9-year-old girl and her father", s=False, note='sub-count'),
   W('TURCVL', 5, 'E', "five remained in intensive care", cb='TURGOV', s=False, note='sub-count'),
   T('TURGOV', "those responsible \"will pay a heavy price\"", d='Mon', l='-'),
   K('TURMIL', None, None, "killed 38 people, most of them police officers", d='-', l='-', s=False, note='background, 2016'),
   K('TURCVL', 38, 'E', "killed 38 people", d='-', l='-', s=False, note='background, 2016')],
  dd='Sun', dl='Istiklal Avenue')
