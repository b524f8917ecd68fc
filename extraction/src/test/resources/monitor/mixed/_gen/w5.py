from lib import *
N('2023-04-27','India','remote_explosive_ied','Aranpur','Chhattisgarh','Dantewada',
 "Ten DRG jawans and their civilian driver were killed on Wednesday when Maoists blew up the multi-utility vehicle carrying them back from an anti-Naxal operation on the Aranpur road in Dantewada district, police said. The IED, estimated at 40-50 kg, left a crater several feet deep.",
 [A('INDREB','INDMIL',"Maoists blew up the multi-utility vehicle carrying them",cb='INDMIL'),
  K('INDMIL','INDREB',10,'EXACT',"Ten DRG jawans and their civilian driver were killed",cb='INDMIL'),
  K('INDCVL','INDREB',1,'EXACT',"Ten DRG jawans and their civilian driver were killed",cb='INDMIL'),
  E('INDMIL','VEHICLE',None,None,"blew up the multi-utility vehicle carrying them",a='INDREB',cb='INDMIL')],d='Wednesday')
N('2024-06-10','India','attack','Reasi','Jammu and Kashmir','Reasi',
 "Nine pilgrims were killed and 33 injured on Sunday evening when militants fired on a bus returning from the Shiv Khori shrine in Reasi district, causing it to plunge into a gorge near Teryath village, officials said. Security forces launched a search operation in the surrounding forests.",
 [A('INDREB','INDCVL',"militants fired on a bus returning from the Shiv Khori shrine in Reasi district",d='Sunday'),
  K('INDCVL','INDREB',9,'EXACT',"Nine pilgrims were killed",d='Sunday',cb='INDGOV'),
  W('INDCVL','INDREB',33,'EXACT',"33 injured",d='Sunday',cb='INDGOV'),
  O('INDMIL',"Security forces launched a search operation in the surrounding forests",s=False,d=NULL,note='routine search operation')],gl='Teryath',d='Sunday')
N('2023-06-04','India','accident','Balasore','Odisha','Balasore',
 "Train crash in Odisha: 288 dead, over 1,100 injured - The Coromandel Express rammed into a stationary goods train near Bahanaga Bazar station in Balasore district on Friday evening and derailed coaches were then hit by a second express, railway officials said, in India's worst rail accident in two decades",
 [K('INDCVL',None,288,'EXACT',"288 dead",cause='accident',d='Friday',note='headline figure, the only one given: scored'),
  W('INDCVL',None,1100,'AT_LEAST',"over 1,100 injured",cause='accident',d='Friday',note='headline figure, the only one given: scored')],gl='Bahanaga Bazar',d='Friday',wire=True)
N('2019-06-16','Somalia','remote_explosive_ied','Mogadishu','Banadir','',
 "Two car bombs exploded near the parliament building and at a checkpoint close to the presidential palace in Mogadishu on Saturday evening, killing at least nine people and wounding about 25, police said; al Shabaab said its fighters were behind the blasts.",
 [A('SOMREB',None,"Two car bombs exploded near the parliament building and at a checkpoint close to the presidential palace in Mogadishu",cb='SOMREB'),
  K('SOMCVL','SOMREB',9,'AT_LEAST',"killing at least nine people",cb='SOMMIL'),
  W('SOMCVL','SOMREB',25,'ABOUT',"wounding about 25",cb='SOMMIL')],d='Saturday')
N('2022-08-21','Somalia','attack','Mogadishu','Banadir','',
 "Al Shabaab gunmen stormed the Hayat hotel in Mogadishu on Friday evening after two car bombs blew open its gates, starting a 30-hour siege that ended on Sunday; the health minister said 21 people were killed and 117 wounded, and security forces said all the attackers were eliminated",
 [A('SOMREB','SOMCVL',"Al Shabaab gunmen stormed the Hayat hotel in Mogadishu on Friday evening",d='Friday'),
  K('SOMCVL','SOMREB',21,'EXACT',"21 people were killed",cb='SOMGOV',d='Friday'),
  W('SOMCVL','SOMREB',117,'EXACT',"117 wounded",cb='SOMGOV',d='Friday'),
  K('SOMREB','SOMMIL',None,None,"all the attackers were eliminated",cb='SOMMIL',d='Sunday')],gl='Hayat hotel',d='Friday',wire=True)
N('2023-01-04','Somalia','gov_regains_territory','Harardhere','Galmudug','Harardhere',
 "Government forces backed by macawisley clan militias recaptured the coastal town of Harardhere and Galcad on Monday, the information minister said, saying al Shabaab had held Harardhere for more than 12 years. Dozens of militants were reportedly killed in the fighting.",
 [C('SOMMIL','Harardhere',"Government forces backed by macawisley clan militias recaptured the coastal town of Harardhere and Galcad",cb='SOMGOV'),
  C('SOMMIL','Galcad',"Government forces backed by macawisley clan militias recaptured the coastal town of Harardhere and Galcad",cb='SOMGOV'),
  K('SOMREB','SOMMIL',None,None,"Dozens of militants were reportedly killed in the fighting")],d='Monday')
N('2021-12-07','Nigeria','attack','Sokoto','Sokoto','Sabon Birni',
 "Bandits set ablaze a bus carrying passengers from Sabon Birni to Sokoto near Gidan Bawa village on Monday after blocking the road and shooting at it, burning 23 travellers to death, state police said",
 [A('NGAREB','NGACVL',"Bandits set ablaze a bus carrying passengers",cb='NGAMIL'),
  K('NGACVL','NGAREB',23,'EXACT',"burning 23 travellers to death",cb='NGAMIL')],gl='Gidan Bawa',d='Monday',wire=True)
N('2024-01-30','Nigeria','attack','Kwahaslalek','Plateau','Mangu',
 "Gunmen attacked Kwahaslalek and two neighbouring villages in Mangu on the night of 24 January, killing 30 people; in the following days the Plateau state government imposed a 24-hour curfew after reprisal attacks left another eight dead, including a Fulani herder and his young son.",
 [A(None,'NGACVL',"Gunmen attacked Kwahaslalek and two neighbouring villages in Mangu",loc='Kwahaslalek',d='2024-01-24'),
  K('NGACVL',None,30,'EXACT',"killing 30 people",loc='Kwahaslalek',d='2024-01-24'),
  A(None,'NGACVL',"reprisal attacks left another eight dead",loc='Mangu',d=NULL),
  K('NGACVL',None,8,'EXACT',"reprisal attacks left another eight dead",loc='Mangu',d=NULL,note='"in the following days": no day; several attacks but one reprisal wave'),
  K('NGACVL',None,2,'EXACT',"including a Fulani herder and his young son",loc='Mangu',d=NULL,s=False)],gl='Kwahaslalek',d='2024-01-24')
N('2021-02-27','Nigeria','abduction','Jangebe','Zamfara','Talata Mafara',
 "Armed men abducted 279 schoolgirls from the Government Girls Science Secondary School in Jangebe, Zamfara state, in the early hours of Friday, police said; troops and police were deployed to the area.",
 [T('DEPLOYMENT','NGAMIL',"troops and police were deployed to the area",s=False)],d='Friday',noevent=True)
N('2024-08-30','Nigeria','disease','Lagos','Lagos','',
 "Nigeria's Centre for Disease Control said on Thursday that 53 people had died of cholera and 1,528 suspected cases had been recorded in 31 states since January, with Lagos, Bayelsa and Abia the most affected.",
 [K('NGACVL',None,53,'EXACT',"53 people had died of cholera",cause='disease',cum=True,loc=None,cb='NGAGOV',d='Thursday')],d='Thursday')
N('2020-11-30','Nigeria','attack','Koshobe','Borno','Jere',
 "Boko Haram militants tied up and slit the throats of rice farmers harvesting their crops in fields near Koshobe, close to Maiduguri, on Saturday. The UN humanitarian coordinator said at least 110 civilians were \"brutally killed\"; a local militia leader said 43 bodies had been collected on Sunday",
 [A('NGAREB','NGACVL',"Boko Haram militants tied up and slit the throats of rice farmers"),
  K('NGACVL','NGAREB',110,'AT_LEAST','at least 110 civilians were "brutally killed"',cb='IGOUNO',note='UN figure, stated first'),
  K('NGACVL','NGAREB',43,'EXACT',"43 bodies had been collected on Sunday",s=False,d='Sunday',note='competing lower figure')],d='Saturday',wire=True)
N('2022-12-01','DR Congo','attack','Kishishe','North Kivu','Rutshuru',
 "M23 rebels killed at least 131 civilians, among them 12 women and 17 children, in Kishishe and Bambo in Rutshuru territory on 29 and 30 November, in reprisal for clashes with Mai-Mai and FDLR fighters, according to a preliminary UN investigation",
 [K('CODCVL','CODREB',131,'AT_LEAST',"M23 rebels killed at least 131 civilians",cb='IGOUNO',d=NULL,note='two days: no single day'),
  K('CODCVL','CODREB',12,'EXACT',"among them 12 women and 17 children",s=False,cb='IGOUNO',d=NULL),
  A('CODREB','CODREB',"clashes with Mai-Mai and FDLR fighters",s=False,d=NULL,loc=None,note='background')],d='2022-11-29',wire=True)
N('2020-01-31','DR Congo','attack','Beni','North Kivu','Beni',
 "Suspected ADF fighters hacked to death at least 24 people in overnight raids on Manzingi and Makeke villages, about 15 km from Oicha, the Beni territory administrator said on Wednesday, adding that the attackers fled before the army arrived.",
 [A('CODREB','CODCVL',"Suspected ADF fighters hacked to death at least 24 people in overnight raids on Manzingi and Makeke villages",d='Wednesday',cb='CODGOV'),
  K('CODCVL','CODREB',24,'AT_LEAST',"hacked to death at least 24 people",cb='CODGOV',d='Wednesday')],gl='Manzingi',d='Wednesday')
N('2024-05-04','DR Congo','shelling_artillery_missile','Goma','North Kivu','Nyiragongo',
 "Bombs fell on two displacement camps on the western edge of Goma, Lac Vert and Mugunga, on Friday, killing at least 12 people, most of them children, and injuring about 20, the army spokesman said, blaming M23 and the Rwandan army.",
 [A(None,'CODREF',"Bombs fell on two displacement camps on the western edge of Goma",note='blamed, not claimed'),
  K('CODREF',None,12,'AT_LEAST',"killing at least 12 people, most of them children",cb='CODMIL',note='camp residents: REF'),
  W('CODREF',None,20,'ABOUT',"injuring about 20",cb='CODMIL')],gl='Mugunga',d='Friday')
N('2022-06-14','Burkina Faso','attack','Seytenga','Seno','Seytenga',
 "Burkina: 79 civilians were killed in the night of Saturday to Sunday when \"armed terrorist groups\" attacked the town of Seytenga, in Seno province, going door to door, the government said on Monday. Thousands have fled to Dori",
 [A('BFAREB','BFACVL','"armed terrorist groups" attacked the town of Seytenga',cb='BFAGOV',d='Sunday'),
  K('BFACVL','BFAREB',79,'EXACT',"79 civilians were killed in the night of Saturday to Sunday",cb='BFAGOV',d='Sunday',note='night Sat-Sun: dated Sunday'),
  D('BFACVL',None,None,"Thousands have fled to Dori",d=NULL,note='vague amount, no day')],d='Sunday',wire=True)
N('2023-11-29','Burkina Faso','armed_clash','Djibo','Soum','Djibo',
 "Hundreds of JNIM fighters attacked the army base, the VDP camp and the displaced-persons camp at Djibo on Sunday; the army said the assault had been repelled and \"at least 400 terrorists\" neutralised, while local sources said about 40 civilians and several soldiers had been killed.",
 [A('BFAREB','BFAMIL',"Hundreds of JNIM fighters attacked the army base, the VDP camp and the displaced-persons camp at Djibo"),
  K('BFAREB','BFAMIL',400,'AT_LEAST','"at least 400 terrorists" neutralised',cb='BFAMIL'),
  K('BFACVL','BFAREB',40,'ABOUT',"about 40 civilians and several soldiers had been killed"),
  K('BFAMIL','BFAREB',None,None,"about 40 civilians and several soldiers had been killed")],d='Sunday')
N('2024-07-30','Mali','armed_clash','Tinzaouaten','Kidal','Abeibara',
 "Tuareg-led rebels of the CSP said they had killed dozens of Malian soldiers and Wagner mercenaries in three days of fighting near Tinzaouaten on the Algerian border, which ended on Saturday; Wagner-linked channels acknowledged \"heavy losses\", including a commander, and the rebels displayed several destroyed armoured vehicles.",
 [A('MLIREB','MLIMIL',"three days of fighting near Tinzaouaten",d=NULL,cb='MLIREB'),
  K('MLIMIL','MLIREB',None,None,"they had killed dozens of Malian soldiers and Wagner mercenaries",cb='MLIREB',d=NULL),
  K('RUSREB','MLIREB',None,None,"they had killed dozens of Malian soldiers and Wagner mercenaries",cb='MLIREB',d=NULL,note='Wagner: RUSREB'),
  K('RUSREB','MLIREB',1,'EXACT','acknowledged "heavy losses", including a commander',s=False,d=NULL,note='sub-count of vague losses'),
  E('MLIMIL','APC',None,None,"displayed several destroyed armoured vehicles",a='MLIREB',d=NULL)],d='Saturday')
N('2023-10-03','Mali','protest_or_statement','','Bamako','',
 "Mali's transitional government said on Monday it had postponed the presidential election planned for February, citing \"technical reasons\", and denied reports that the army had suffered heavy losses in recent fighting around Bourem.",
 [],d='Monday',noevent=True)
N('2019-03-25','Mali','attack','Ogossagou','Mopti','Bankass',
 "Mali: at least 134 Fulani villagers, including women and children, were killed when men dressed as Dozo hunters attacked Ogossagou on Saturday; local officials said the attackers burned granaries and huts and shot those who fled.",
 [A('MLIREB','MLICVL',"men dressed as Dozo hunters attacked Ogossagou",note='Dozo militia: REB'),
  K('MLICVL','MLIREB',134,'AT_LEAST',"at least 134 Fulani villagers, including women and children, were killed")],d='Saturday')
