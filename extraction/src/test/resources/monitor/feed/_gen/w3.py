from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2019-03-25','Mali','attack','Ogossagou','Mopti','Bankass',
"Gunmen dressed as dozo hunters raided the Fulani village of Ogossagou at dawn on 23 March 2019, shooting and burning residents in their homes; at least 157 people were killed, the UN mission said.",
'2019-03-23',[A(None,'MLICVL','Gunmen dressed as dozo hunters raided the Fulani village of Ogossagou',note='dozo militia not named as a group'),K('MLICVL',None,157,L,'at least 157 people were killed',by='IGOUNO')])
N('2021-01-05','Mali','air_drone_strike','Bounti','Mopti','Douentza',
"A French air strike near Bounti, central Mali, killed 19 people at a gathering on Sunday that villagers say was a wedding; the French army said it hit jihadists",
'@Sunday',[A('FRAMIL',None,'A French air strike near Bounti'),K('MLICVL','FRAMIL',19,X,'killed 19 people at a gathering',note='disputed identity: coded CVL as people at a wedding (REB defensible)')],wire=True)
N('2023-01-31','Pakistan','remote_explosive_ied','Peshawar','Khyber Pakhtunkhwa','Peshawar',
"A suicide bomber detonated his vest among worshippers during afternoon prayers at a mosque inside the Police Lines compound in Peshawar on 30 January 2023. The toll climbed to 100 on Tuesday, nearly all of them policemen, and about 225 were wounded.",
'2023-01-30',[A(None,'PAKMIL','A suicide bomber detonated his vest among worshippers'),K('PAKMIL',None,100,X,'The toll climbed to 100 on Tuesday',note='risen toll of one bombing; mostly police -> MIL'),W('PAKMIL',None,225,B,'about 225 were wounded')])
N('2024-03-27','Pakistan','remote_explosive_ied','Besham','Khyber Pakhtunkhwa','Shangla',
"Five Chinese engineers and their Pakistani driver killed as suicide bomber rams convoy near Besham - The attacker drove an explosives-laden car into the bus carrying the engineers on the Karakoram Highway on Tuesday, police said",
'@Tuesday',[A(None,'CHNCVL','The attacker drove an explosives-laden car into the bus carrying the engineers'),K('CHNCVL',None,5,X,'Five Chinese engineers',by=None),K('PAKCVL',None,1,X,'their Pakistani driver killed')],wire=True)
N('2021-08-03','Colombia','armed_clash','Argelia','Cauca','Argelia',
"Dissidents of the FARC's Carlos Patiño front and ELN fighters clashed for hours in the rural area of Argelia, Cauca, on 1 August 2021; the army reported 6 bodies found afterwards. Some 400 peasants left their farms.",
'2021-08-01',[A('COLREB','COLREB',"Dissidents of the FARC's Carlos Patiño front and ELN fighters clashed"),K('COLREB','COLREB',6,X,'the army reported 6 bodies found afterwards',by='COLMIL',note='bodies after the clash read as combatants'),
 Dp('COLCVL',400,B,'Some 400 peasants left their farms')])
N('2025-01-20','Colombia','other_violence','Tibú','Norte de Santander','Tibú',
"ELN offensive in Catatumbo leaves at least 80 dead - Fighting between the ELN and FARC dissidents in the Catatumbo region since Thursday has killed at least 80 people and forced more than 11,000 to flee, the governor of Norte de Santander said on Sunday, many to Tibú and Cúcuta",
'2025-01-19',[O('COLREB','ELN offensive in Catatumbo',s=False,d='2025-01-16',note='headline'),A('COLREB','COLREB','Fighting between the ELN and FARC dissidents'),
 K('COLCVL',None,80,L,'has killed at least 80 people',cum=True,by='COLGOV',note='tally since Thursday; mixed victims CVL'),Dp('COLCVL',11000,L,'forced more than 11,000 to flee',cum=True,by='COLGOV')],gloc='Catatumbo',wire=True)
N('2019-01-28','Philippines','remote_explosive_ied','Jolo','Sulu','Jolo',
"Two bombs exploded at the Cathedral of Our Lady of Mount Carmel in Jolo on Sunday morning, one inside during mass and one outside as soldiers responded, killing 20 people and wounding 81. The dead included 5 soldiers.",
'@Sunday',[A(None,'PHLCVL','Two bombs exploded at the Cathedral of Our Lady of Mount Carmel'),K('PHLCVL',None,20,X,'killing 20 people',note='mixed toll of people: CVL; includes the 5 soldiers'),
 K('PHLMIL',None,5,X,'The dead included 5 soldiers',s=False,note='sub-count of the 20'),W('PHLCVL',None,81,X,'wounding 81')])
N('2022-10-31','Philippines','disaster','Datu Odin Sinsuat','Maguindanao','Datu Odin Sinsuat',
"Mudslides in Kusiong village, Datu Odin Sinsuat, left 21 dead as Tropical Storm Nalgae dumped rain on Maguindanao on 28 October 2022; rescuers were still digging on Sunday.",
'2022-10-28',[K('PHLCVL',None,21,X,'left 21 dead')],gloc='Kusiong')
N('2021-12-09','Myanmar','attack','Done Taw','Sagaing','Monywa',
"Soldiers rounded up villagers in Done Taw, Sagaing region, on 7 December 2021, tied them up and set them on fire, killing 11, among them at least 4 teenagers, witnesses told local media.",
'2021-12-07',[K('MMRCVL','MMRMIL',11,X,'killing 11'),K('MMRCVL','MMRMIL',4,L,'at least 4 teenagers',s=False)])
N('2023-04-12','Myanmar','air_drone_strike','Pazigyi','Sagaing','Kanbalu',
"A military jet and helicopter attacked a crowd gathered for the opening of a People's Defence Force office in Pazigyi village, Kanbalu township, on 11 April 2023. Estimates of the dead range from 100 to 170.",
'2023-04-11',[A('MMRMIL','MMRCVL',"A military jet and helicopter attacked a crowd"),K('MMRCVL','MMRMIL',100,L,'Estimates of the dead range from 100 to 170',note='range: AT_LEAST the lower bound')])
N('2023-06-16','Sudan','attack','El Geneina','West Darfur','El Geneina',
"The governor of West Darfur, Khamis Abakar, was abducted and killed in El Geneina on 14 June 2023, hours after accusing the RSF of genocide on television.",
'2023-06-14',[K('SDNGOV',None,1,X,'The governor of West Darfur, Khamis Abakar, was abducted and killed',note='RSF implied by the context only: actor null')])
N('2024-06-07','Sudan','attack','Wad al-Nourah','Al Jazirah','Al Manaqil',
"RSF attack on Gezira village kills over 100 - Fighters of the Rapid Support Forces stormed Wad al-Nourah on Wednesday with heavy weapons, killing more than 100 people, activists and the Sovereign Council said…",
'@Wednesday',[A('SDNREB','SDNCVL','Fighters of the Rapid Support Forces stormed Wad al-Nourah'),K('SDNCVL','SDNREB',100,L,'killing more than 100 people'),
 K('SDNCVL','SDNREB',100,L,'kills over 100',s=False,note='headline restatement')],wire=True)
N('2021-11-05','Ethiopia','nonstate_takes_territory','Kombolcha','Amhara','South Wollo',
"Tigrayan forces said on 31 October 2021 they had captured the town of Kombolcha, after seizing Dessie the day before; the government denied losing either town.",
'2021-10-31',[C('ETHREB','they had captured the town of Kombolcha',by='ETHREB'),C('ETHREB','after seizing Dessie the day before',by='ETHREB',loc='Dessie',d='2021-10-30')])
N('2022-08-29','Ethiopia','disease','Dollo Ado','Somali','Liben',
"Cholera has killed 14 people in Somali region refugee camps around Dollo Ado since the outbreak was declared three weeks ago, UNHCR said on Monday.",
'@Monday',[K('SOMREF',None,14,X,'Cholera has killed 14 people',cum=True,by='IGOUNO',note='camp residents: REF (Somali refugees)')],wire=True)
