from lib import *
N('2023-01-31','Pakistan','remote_explosive_ied','Peshawar','Khyber Pakhtunkhwa','Peshawar',
 "A suicide bomber standing in the front row blew himself up during afternoon prayers at a mosque inside the Police Lines compound in Peshawar on Monday, bringing down part of the building; by Tuesday the toll had risen to 100, almost all of them policemen, and 225 were wounded, officials said",
 [A('PAKREB','PAKMIL',"A suicide bomber standing in the front row blew himself up during afternoon prayers at a mosque inside the Police Lines compound in Peshawar",d='Monday',note='no group named: REB'),
  K('PAKMIL','PAKREB',100,'EXACT',"the toll had risen to 100, almost all of them policemen",d='Monday',cb='PAKGOV',note='almost all policemen: MIL; risen toll of one blast'),
  W('PAKMIL','PAKREB',225,'EXACT',"225 were wounded",d='Monday',cb='PAKGOV')],gl='Police Lines',d='Monday',wire=True)
N('2024-03-27','Pakistan','remote_explosive_ied','Besham','Khyber Pakhtunkhwa','Shangla',
 "Five Chinese engineers and their Pakistani driver were killed on Tuesday when a suicide bomber rammed an explosives-laden car into their convoy near Besham as they travelled from Islamabad to the Dasu hydropower project, police said.",
 [A(None,'CHNCVL',"a suicide bomber rammed an explosives-laden car into their convoy near Besham"),
  K('CHNCVL',None,5,'EXACT',"Five Chinese engineers and their Pakistani driver were killed",cb='PAKMIL'),
  K('PAKCVL',None,1,'EXACT',"Five Chinese engineers and their Pakistani driver were killed",cb='PAKMIL')],d='Tuesday')
N('2023-07-12','Pakistan','armed_clash','Zhob','Balochistan','Zhob',
 "Nine soldiers embraced shahadat as heavily armed terrorists attacked the Zhob garrison before dawn on Wednesday, ISPR said, adding that in the ensuing exchange of fire five terrorists were sent to hell; a civilian was also killed and five people wounded in the area.",
 [A('PAKREB','PAKMIL',"heavily armed terrorists attacked the Zhob garrison",cb='PAKMIL',d='2023-07-12'),
  K('PAKMIL','PAKREB',9,'EXACT',"Nine soldiers embraced shahadat",cb='PAKMIL',d='2023-07-12'),
  K('PAKREB','PAKMIL',5,'EXACT',"five terrorists were sent to hell",cb='PAKMIL',d='2023-07-12'),
  A('PAKMIL','PAKREB',"the ensuing exchange of fire",s=False,cb='PAKMIL',d='2023-07-12'),
  K('PAKCVL',None,1,'EXACT',"a civilian was also killed",d='2023-07-12',cb='PAKMIL'),
  W('PAKCVL',None,5,'EXACT',"five people wounded in the area",d='2023-07-12',cb='PAKMIL')],d='2023-07-12')
N('2019-03-05','Colombia','attack','Tame','Arauca','Tame',
 "Two soldiers were killed and three more injured on Sunday night when ELN guerrillas fired on an army patrol from the Reaccion Inmediata battalion on the road between Tame and Fortul, in Arauca, the army reported.",
 [A('COLREB','COLMIL',"ELN guerrillas fired on an army patrol",cb='COLMIL'),
  K('COLMIL','COLREB',2,'EXACT',"Two soldiers were killed",cb='COLMIL'),
  W('COLMIL','COLREB',3,'EXACT',"three more injured",cb='COLMIL')],d='Sunday')
N('2023-06-10','Colombia','protest_or_statement','Havana','','',
 "The Colombian government and the ELN signed a six-month bilateral ceasefire agreement in Havana on Friday, to come into force on 3 August after a preparatory phase; President Petro attended the ceremony with ELN commander Antonio Garcia.",
 [T('TALKS','COLGOV',"The Colombian government and the ELN signed a six-month bilateral ceasefire agreement in Havana on Friday",note='meeting stated; TALKS is recall-only')],d='Friday',noevent=False)
N('2022-12-04','Philippines','armed_clash','Munai','Lanao del Norte','Munai',
 "Troops killed four suspected Dawlah Islamiyah members, including a sub-leader known as Abu Sayyaf, and lost a soldier in a firefight in Barangay Bayabao, Munai town, Lanao del Norte, on Friday afternoon, the army's 1st Infantry Division said on Sunday.",
 [A('PHLMIL','PHLREB',"a firefight in Barangay Bayabao, Munai town",cb='PHLMIL'),
  K('PHLREB','PHLMIL',4,'EXACT',"Troops killed four suspected Dawlah Islamiyah members",cb='PHLMIL'),
  K('PHLREB','PHLMIL',1,'EXACT',"including a sub-leader known as Abu Sayyaf",s=False,cb='PHLMIL'),
  K('PHLMIL','PHLREB',1,'EXACT',"and lost a soldier",cb='PHLMIL')],gl='Bayabao',d='Friday')
N('2023-04-12','Myanmar','air_drone_strike','Pazigyi','Sagaing','Kanbalu',
 "Myanmar junta jets bomb village gathering, dozens feared dead - A military aircraft dropped bombs on a crowd gathered for the opening of a local People's Defence Force office in Pazigyi village, Kanbalu township, on Tuesday morning, and a helicopter then fired on survivors; residents said at least 100 people were killed, including some 20 children",
 [K('MMRCVL','MMRMIL',None,None,"dozens feared dead",s=False,note='headline, vague'),
  A('MMRMIL','MMRCVL',"A military aircraft dropped bombs on a crowd gathered for the opening of a local People's Defence Force office in Pazigyi village"),
  A('MMRMIL','MMRCVL',"a helicopter then fired on survivors",s=False,note='part of the same attack'),
  K('MMRCVL','MMRMIL',100,'AT_LEAST',"at least 100 people were killed"),
  K('MMRCVL','MMRMIL',20,'ABOUT',"including some 20 children",s=False)],d='Tuesday',wire=True)
N('2024-01-16','Myanmar','nonstate_takes_territory','Laukkai','Shan','Laukkai',
 "The Three Brotherhood Alliance said it had taken full control of Laukkai, the capital of the Kokang region, after more than 2,000 junta soldiers and their families surrendered in the first week of January, in the largest mass surrender since the coup.",
 [C('MMRREB','Laukkai',"it had taken full control of Laukkai",cb='MMRREB',d=NULL,note='first week of January: no day')],d=NULL)
N('2023-04-18','Sudan','armed_clash','','Khartoum','',
 "The doctors' union said on Monday that at least 185 civilians had been killed and more than 1,800 injured since fighting erupted between the army and the Rapid Support Forces on Saturday; shells hit homes in Bahri and an airstrike set a market in Omdurman on fire.",
 [A('SDNMIL','SDNREB',"fighting erupted between the army and the Rapid Support Forces on Saturday",d='Saturday',loc=None),
  A('SDNREB','SDNMIL',"fighting erupted between the army and the Rapid Support Forces on Saturday",d='Saturday',loc=None,s=False),
  K('SDNCVL',None,185,'AT_LEAST',"at least 185 civilians had been killed",cum=True,loc=None,d='Monday'),
  W('SDNCVL',None,1800,'AT_LEAST',"more than 1,800 injured",cum=True,loc=None,d='Monday'),
  A(None,None,"shells hit homes in Bahri",loc='Bahri',d=NULL),
  A(None,None,"an airstrike set a market in Omdurman on fire",loc='Omdurman',d=NULL)],gl=None,d='Saturday')
N('2023-11-10','Sudan','attack','Ardamata','West Darfur','El Geneina',
 "Survivors who reached Adre in Chad said RSF fighters and allied Arab militias had gone house to house in Ardamata after seizing the army's 15th Infantry Division base last weekend, killing hundreds of Masalit men; the UN refugee agency said 8,000 people had crossed into Chad in the past week",
 [C('SDNREB','Ardamata',"seizing the army's 15th Infantry Division base last weekend",d=NULL),
  K('SDNCVL','SDNREB',None,None,"killing hundreds of Masalit men",d=NULL),
  D('SDNCVL',8000,'EXACT',"8,000 people had crossed into Chad in the past week",cum=True,cb='IGOUNO',loc=None,d='2023-11-10')],d='2023-11-10',wire=True)
N('2024-06-06','Sudan','attack','Wad al-Noura','Al Jazirah','',
 "Resistance committees in Wad Madani said on Thursday that at least 104 villagers, including 35 children, were killed the previous day when RSF fighters shelled and then stormed Wad al-Noura; the RSF said it had attacked army positions in the area.",
 [A('SDNREB','SDNCVL',"RSF fighters shelled and then stormed Wad al-Noura",d='Wednesday'),
  K('SDNCVL','SDNREB',104,'AT_LEAST',"at least 104 villagers, including 35 children, were killed the previous day",d='Wednesday'),
  K('SDNCVL','SDNREB',35,'EXACT',"including 35 children",s=False,d='Wednesday')],d='Wednesday')
N('2021-08-06','Ethiopia','nonstate_takes_territory','Lalibela','Amhara','North Wollo',
 "Tigrayan forces have taken control of Lalibela, the UNESCO world heritage site, residents said on Thursday, after government troops withdrew without a fight; thousands of people fled towards Dessie.",
 [C('ETHREB','Lalibela',"Tigrayan forces have taken control of Lalibela",d='2021-08-05'),
  D('ETHCVL',None,None,"thousands of people fled towards Dessie",d='2021-08-05')],d='2021-08-05')
N('2023-08-09','Ethiopia','air_drone_strike','Finote Selam','Amhara','West Gojjam',
 "A drone strike hit a busy street in Finote Selam on Sunday, killing at least 26 people, a local health official said, as the army battled Fano militiamen in several towns in Amhara; the federal government had declared a state of emergency in the region the previous week.",
 [A('ETHMIL',None,"A drone strike hit a busy street in Finote Selam on Sunday",note='drone strike during army operations: ETHMIL implied'),
  K('ETHCVL',None,26,'AT_LEAST',"killing at least 26 people"),
  A('ETHMIL','ETHREB',"the army battled Fano militiamen in several towns in Amhara",s=False,loc=None,d=NULL)],d='Sunday')
N('2020-10-26','Cameroon','attack','Kumba','South-West','Meme',
 "Armed men on motorbikes stormed the Mother Francisca International Bilingual Academy in Kumba around midday on Saturday and opened fire on pupils in a classroom, killing seven children aged between nine and 12 and wounding 13 others, local authorities said. No group claimed the attack.",
 [A(None,'CMRCVL',"Armed men on motorbikes stormed the Mother Francisca International Bilingual Academy in Kumba"),
  K('CMRCVL',None,7,'EXACT',"killing seven children aged between nine and 12",cb='CMRGOV'),
  W('CMRCVL',None,13,'EXACT',"wounding 13 others",cb='CMRGOV')],d='Saturday')
N('2021-03-29','Mozambique','nonstate_takes_territory','Palma','Cabo Delgado','Palma',
 "Insurgents attacked Palma from three sides on Wednesday afternoon and overran the town after days of fighting; the defence ministry said on Sunday that dozens of people had been killed, among them seven whose convoy was ambushed as they tried to flee a hotel, and thousands had fled to the Afungi gas site.",
 [A('MOZREB','MOZCVL',"Insurgents attacked Palma from three sides on Wednesday afternoon",d='Wednesday'),
  C('MOZREB','Palma',"overran the town after days of fighting",d=NULL,note='after days of fighting: no day'),
  K('MOZCVL','MOZREB',None,None,"dozens of people had been killed",cb='MOZGOV',d=NULL),
  K('MOZCVL','MOZREB',7,'EXACT',"among them seven whose convoy was ambushed as they tried to flee a hotel",cb='MOZGOV',s=False,d=NULL),
  D('MOZCVL',None,None,"thousands had fled to the Afungi gas site",d=NULL)],d='Wednesday')
N('2024-03-04','Haiti','attack','Port-au-Prince','Ouest','Port-au-Prince',
 "Gang members attacked the National Penitentiary in downtown Port-au-Prince overnight into Sunday and freed most of its roughly 3,800 inmates; bodies of at least a dozen people, some with gunshot wounds, lay outside the prison gate, and three police officers were killed in an attack on a station in Cabaret.",
 [A('HTIREB','HTIMIL',"Gang members attacked the National Penitentiary in downtown Port-au-Prince overnight into Sunday",d='2024-03-03'),
  K('HTICVL',None,12,'AT_LEAST',"bodies of at least a dozen people, some with gunshot wounds, lay outside the prison gate",d='2024-03-03'),
  A('HTIREB','HTIMIL',"an attack on a station in Cabaret",loc='Cabaret',d=NULL),
  K('HTIMIL','HTIREB',3,'EXACT',"three police officers were killed",loc='Cabaret',d=NULL)],d='2024-03-03')
N('2022-10-14','Haiti','disease','Port-au-Prince','Ouest','Port-au-Prince',
 "Cholera has killed at least 35 people in Haiti since the outbreak was confirmed on 2 October, most of them in the gang-controlled Cite Soleil area of Port-au-Prince, the health ministry said, warning that treatment centres were running short of fuel.",
 [K('HTICVL',None,35,'AT_LEAST',"Cholera has killed at least 35 people in Haiti since the outbreak was confirmed on 2 October",cause='disease',cum=True,loc=None,cb='HTIGOV',d='2022-10-14')],gl='Cite Soleil',d='2022-10-14')
