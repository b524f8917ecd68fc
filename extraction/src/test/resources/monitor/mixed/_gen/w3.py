from lib import *
N('2019-11-07','Thailand','attack','Yala','Yala','Mueang Yala',
 "Suspected insurgents attacked a village defence volunteer checkpoint in Tambon Lam Phaya, Mueang Yala district, late on Tuesday night, killing 15 people, mostly defence volunteers, in one of the deadliest attacks in the Deep South in years. The gunmen scattered nails and explosives on the roads to slow down reinforcements.",
 [A('THAREB','THAMIL',"Suspected insurgents attacked a village defence volunteer checkpoint in Tambon Lam Phaya"),
  K('THAMIL','THAREB',15,'EXACT',"killing 15 people, mostly defence volunteers",note='mostly volunteers: coded MIL')],gl='Lam Phaya',d='Tuesday')
N('2021-03-19','Thailand','remote_explosive_ied','Pattani','Pattani','Nong Chik',
 "A ranger was killed and two others hurt when a bomb hidden in a motorcycle parked by the roadside went off as their patrol passed on the Pattani-Yala road in Nong Chik district on Thursday morning, police said",
 [A(None,'THAMIL',"a bomb hidden in a motorcycle parked by the roadside went off as their patrol passed",cb='THAMIL'),
  K('THAMIL',None,1,'EXACT',"A ranger was killed",cb='THAMIL'),
  W('THAMIL',None,2,'EXACT',"two others hurt",cb='THAMIL')],gl='Nong Chik',d='Thursday',wire=True)
N('2023-04-17','Indonesia','armed_clash','Nduga','Highland Papua','Nduga',
 "Indonesian army: 1 soldier killed, 4 missing after attack by Papuan rebels in Nduga - A soldier was killed and four others were unaccounted for after fighters of the West Papua National Liberation Army attacked troops searching for a kidnapped New Zealand pilot in Mugi district on Saturday, a military spokesman",
 [K('IDNMIL','IDNREB',1,'EXACT',"1 soldier killed, 4 missing",s=False,note='headline restatement'),
  K('IDNMIL','IDNREB',1,'EXACT',"A soldier was killed",cb='IDNMIL'),
  A('IDNREB','IDNMIL',"fighters of the West Papua National Liberation Army attacked troops",cb='IDNMIL')],gl='Mugi',d='Saturday',wire=True)
N('2024-07-08','Indonesia','accident','Bone Bolango','Gorontalo','Bone Bolango',
 "A landslide at an illegal gold mine in Bone Bolango, Gorontalo province, on Sunday night buried dozens of miners; 23 bodies have been recovered and 35 people are still missing, the search agency said on Monday.",
 [K('IDNCVL',None,23,'EXACT',"23 bodies have been recovered",cause='accident',d='Sunday',cb='IDNGOV',note='mine landslide with no rain stated: accident; bodies of one event dated to it')],d='Sunday')
N('2021-12-08','Indonesia','disaster','Lumajang','East Java','Lumajang',
 "The death toll from Saturday's eruption of Mount Semeru in East Java rose to 34 on Tuesday, the disaster agency said, with 17 people still missing and more than 3,600 people sheltering in schools, mosques and village halls in Lumajang",
 [K('IDNCVL',None,34,'EXACT',"The death toll from Saturday's eruption of Mount Semeru in East Java rose to 34 on Tuesday",cause='disaster',loc='Mount Semeru',d='Saturday',cb='IDNGOV'),
  D('IDNCVL',3600,'AT_LEAST',"more than 3,600 people sheltering in schools, mosques and village halls in Lumajang",d='Tuesday',cb='IDNGOV',note='disaster displacement')],gl='Lumajang',d='Saturday',wire=True)
N('2024-03-02','Bangladesh','accident','Dhaka','Dhaka','',
 "A fire that started in a restaurant on the ground floor of a seven-storey building on Bailey Road in Dhaka on Thursday night killed 46 people and injured at least 22, the health minister said; most victims were trapped on the upper floors",
 [K('BGDCVL',None,46,'EXACT',"killed 46 people",cause='accident',cb='BGDGOV'),
  W('BGDCVL',None,22,'AT_LEAST',"injured at least 22",cause='accident',cb='BGDGOV')],gl='Bailey Road',d='Thursday',wire=True)
N('2023-03-08','Bangladesh','armed_clash','Ukhia',"Chittagong","Cox's Bazar",
 "A Rohingya man described as a member of the Arakan Rohingya Salvation Army was killed in a gunfight between ARSA and the rival RSO in Camp 17 in Ukhia before dawn on Tuesday; another two residents were hit by bullets and taken to an MSF hospital, police said.",
 [A('MMRREB','MMRREB',"a gunfight between ARSA and the rival RSO in Camp 17 in Ukhia",note='ARSA vs RSO: same code'),
  K('MMRREB','MMRREB',1,'EXACT',"A Rohingya man described as a member of the Arakan Rohingya Salvation Army was killed",cb='BGDMIL'),
  W('MMRREF',None,2,'EXACT',"another two residents were hit by bullets",cb='BGDMIL',note='camp residents: REF')],gl='Camp 17',d='Tuesday')
N('2022-05-25','Brazil','armed_clash','Rio de Janeiro','Rio de Janeiro','Rio de Janeiro',
 "A dawn raid by the federal highway police and BOPE into the Vila Cruzeiro favela in Rio's Penha complex on Tuesday left at least 23 people dead, among them a hairdresser hit by a stray bullet in her home; police said the others were suspected traffickers who had opened fire on officers",
 [A('BRAMIL','BRAREB',"A dawn raid by the federal highway police and BOPE into the Vila Cruzeiro favela"),
  A('BRAREB','BRAMIL',"suspected traffickers who had opened fire on officers",s=False,cb='BRAMIL'),
  K('BRACVL','BRAMIL',23,'AT_LEAST',"left at least 23 people dead",note='mixed toll of "people": CVL'),
  K('BRACVL',None,1,'EXACT',"among them a hairdresser hit by a stray bullet in her home",s=False)],gl='Vila Cruzeiro',d='Tuesday',wire=True)
N('2023-07-31','Brazil','armed_clash','Guaruja','Sao Paulo','Guaruja',
 "Military police operation Escudo, launched in Guaruja after an officer from the elite Rota unit was shot dead on Thursday, had left 10 people dead by Sunday evening, the Sao Paulo state security secretary confirmed",
 [O('BRAMIL',"Military police operation Escudo, launched in Guaruja",d=NULL,s=False,note='police operation; start implied after Thursday, not stated'),
  K('BRAMIL',None,1,'EXACT',"an officer from the elite Rota unit was shot dead on Thursday",d='Thursday',note='trigger killing; scored as an event of its own'),
  K('BRACVL','BRAMIL',10,'EXACT',"had left 10 people dead by Sunday evening",cum=True,cb='BRAGOV',d='Sunday',note='tally over several days of operation')],d='Thursday',wire=True)
N('2024-05-07','Brazil','disaster','Porto Alegre','Rio Grande do Sul','Porto Alegre',
 "Rio Grande do Sul: the civil defence said on Tuesday that floods and mudslides had killed 90 people across the state in a week of torrential rain, with 132 missing and more than 150,000 forced from their homes; downtown Porto Alegre remained under water.",
 [K('BRACVL',None,90,'EXACT',"floods and mudslides had killed 90 people across the state in a week of torrential rain",cause='disaster',cum=True,loc='Rio Grande do Sul',d='Tuesday',cb='BRAGOV'),
  D('BRACVL',150000,'AT_LEAST',"more than 150,000 forced from their homes",cum=True,loc='Rio Grande do Sul',d='Tuesday',cb='BRAGOV')],d='Tuesday')
N('2021-09-30','Ecuador','other_violence','Guayaquil','Guayas','Guayaquil',
 "Rival gangs fought with guns, knives and explosives inside the Litoral penitentiary in Guayaquil on Tuesday; by Wednesday night the prisons service put the death toll at 116 inmates, at least five of them beheaded, and 80 injured. Troops were sent in to retake the wings",
 [A('ECUREB','ECUREB',"Rival gangs fought with guns, knives and explosives inside the Litoral penitentiary in Guayaquil",d='Tuesday'),
  K('ECUCVL','ECUREB',116,'EXACT',"put the death toll at 116 inmates",cb='ECUGOV',d='Tuesday',note='inmates: CVL'),
  K('ECUCVL','ECUREB',5,'AT_LEAST',"at least five of them beheaded",s=False,cb='ECUGOV',d='Tuesday'),
  W('ECUCVL','ECUREB',80,'EXACT',"80 injured",cb='ECUGOV',d='Tuesday'),
  T('DEPLOYMENT','ECUMIL',"Troops were sent in to retake the wings",d=NULL,s=False)],gl='Litoral penitentiary',d='Tuesday',wire=True)
N('2023-08-10','Ecuador','attack','Quito','Pichincha','Quito',
 "Presidential candidate Fernando Villavicencio was shot dead as he left a campaign rally at a school in northern Quito on Wednesday evening; nine other people, including a candidate for the National Assembly and two police officers, were wounded. A suspect died in a shootout with security guards.",
 [K('ECUCVL',None,1,'EXACT',"Presidential candidate Fernando Villavicencio was shot dead"),
  W('ECUCVL',None,9,'EXACT',"nine other people, including a candidate for the National Assembly and two police officers, were wounded"),
  W('ECUMIL',None,2,'EXACT',"two police officers",s=False,note='sub-count of the nine'),
  K('ECUREB',None,1,'EXACT',"A suspect died in a shootout with security guards",note='attacker: REB; a coder might keep him out'),
  A('ECUCVL',None,"a shootout with security guards",s=False)],d='Wednesday')
N('2023-06-22','Honduras','other_violence','Tamara','Francisco Morazan','Distrito Central',
 "Forty-six women were killed on Tuesday in a riot at the women's prison in Tamara, north of Tegucigalpa, when members of the Barrio 18 gang stormed a wing held by the rival MS-13, shooting inmates and setting fire to cells, officials said; seven more were treated in hospital",
 [A('HNDREB','HNDREB',"members of the Barrio 18 gang stormed a wing held by the rival MS-13"),
  K('HNDCVL','HNDREB',46,'EXACT',"Forty-six women were killed on Tuesday in a riot",cb='HNDGOV',note='inmates: CVL'),
  W('HNDCVL','HNDREB',7,'EXACT',"seven more were treated in hospital",cb='HNDGOV')],d='Tuesday',wire=True)
N('2025-02-04','Honduras','accident','Choluteca','Choluteca','Choluteca',
 "At least 17 people died and 25 were injured when a bus collided with a truck carrying cattle on the Pan-American highway near Choluteca on Monday afternoon, the fire brigade said.",
 [K('HNDCVL',None,17,'AT_LEAST',"At least 17 people died",cause='accident'),
  W('HNDCVL',None,25,'EXACT',"25 were injured",cause='accident')],d='Monday')
N('2022-03-28','El Salvador','attack','La Libertad','La Libertad','',
 "El Salvador's Congress approved a state of emergency early on Sunday after gangs killed 62 people on Saturday alone, the country's most violent day since the end of the civil war; 14 of the victims were killed in the department of La Libertad, police said",
 [K('SLVCVL','SLVREB',62,'EXACT',"gangs killed 62 people on Saturday alone",loc=None,d='Saturday',cum=True,note='nationwide tally of many separate killings in one day: cumulative, so fatalities 0'),
  K('SLVCVL','SLVREB',14,'EXACT',"14 of the victims were killed in the department of La Libertad",loc='La Libertad',d='Saturday',cum=True,s=False,cb='SLVMIL')],gl='La Libertad',d='Saturday',wire=True)
N('2021-03-24','Venezuela','armed_clash','La Victoria','Apure','Paez',
 "Venezuelan troops and FARC dissidents have been fighting near La Victoria on the Colombian border since Sunday; the defence ministry said two soldiers were killed and nine members of the \"irregular armed group\" captured, while more than 3,000 residents crossed the Arauca river into Arauquita, Colombia",
 [A('VENMIL','COLREB',"Venezuelan troops and FARC dissidents have been fighting near La Victoria",d='Sunday'),
  A('COLREB','VENMIL',"Venezuelan troops and FARC dissidents have been fighting near La Victoria",d='Sunday',s=False),
  K('VENMIL','COLREB',2,'EXACT',"two soldiers were killed",cb='VENGOV',d=NULL,note='during days of fighting; day not stated'),
  D('VENCVL',3000,'AT_LEAST',"more than 3,000 residents crossed the Arauca river into Arauquita",cum=True,d='2021-03-24',note='over several days')],d='Sunday')
N('2024-02-22','Venezuela','accident','La Paragua','Bolivar','Angostura',
 "The Bulla Loca illegal gold mine near La Paragua in Bolivar state collapsed on Tuesday, killing at least 16 people; civil protection said rescuers had evacuated another 11 with injuries by helicopter",
 [K('VENCVL',None,16,'AT_LEAST',"killing at least 16 people",cause='accident',d='Tuesday'),
  W('VENCVL',None,11,'EXACT',"evacuated another 11 with injuries",cause='accident',d='Tuesday')],gl='Bulla Loca',d='Tuesday',wire=True)
