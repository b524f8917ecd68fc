from lib import *
N('2021-03-29','2021-03-28','Mozambique','nonstate_takes_territory','Palma','Cabo Delgado','Palma',
 "Insurgents linked to IS took control of most of Palma town in Cabo Delgado on 28 March 2021, four days after launching a coordinated attack. Dozens of civilians were killed, including workers ambushed while fleeing the Amarula hotel, and thousands fled by boat and on foot towards Afungi and Pemba.",
 C('MOZREB',"took control of most of Palma town"), A('MOZREB',"launching a coordinated attack",date='2021-03-24'), K('MOZCVL',None,None,"Dozens of civilians were killed",actor='MOZREB'),
 D('MOZCVL',None,None,"thousands fled by boat and on foot towards Afungi and Pemba"))
N('2022-09-08','2022-09-06','Mozambique','attack','Chipene','Nampula','Memba',
 "Insurgents raided the Catholic mission at Chipene in Memba district, Nampula, on the night of 6 September 2022, shooting dead an Italian nun and setting fire to the church, the hospital and several vehicles.",
 A('MOZREB',"Insurgents raided the Catholic mission at Chipene"), K('ITACVL',1,None,"shooting dead an Italian nun",actor='MOZREB'))
N('2024-04-26','2024-04-25','Haiti','attack','Port-au-Prince','Ouest','Port-au-Prince',
 "Gang members attacked the Solino neighbourhood of Port-au-Prince overnight into 25 April 2024, shooting dead at least six residents and setting houses alight; a police officer was wounded when police tried to push them back.",
 A('HTIREB',"Gang members attacked the Solino neighbourhood",loc='Solino'), K('HTICVL',6,'AT_LEAST',"shooting dead at least six residents",actor='HTIREB',loc='Solino'), W('HTIMIL',1,None,"a police officer was wounded",actor='HTIREB',loc='Solino'))
N('2023-04-25','2023-04-24','Haiti','other_violence','Port-au-Prince','Ouest','Port-au-Prince',
 "A crowd seized 13 suspected gang members from police custody in Canape-Vert, Port-au-Prince, on 24 April 2023 and burned them to death with tyres and petrol",
 K('HTIREB',13,None,"burned them to death",actor='HTICVL',loc='Canape-Vert',note='lynching by a mob'), wire=True)
N('2022-02-17','2022-02-15','Brazil','disaster','Petropolis','Rio de Janeiro','Petropolis',
 "Torrential rain triggered mudslides and floods in the mountain city of Petropolis on 15 February 2022; by the following evening rescuers had recovered 94 bodies, and more than 400 people were left homeless.",
 K('BRACVL',94,None,"rescuers had recovered 94 bodies",cause='disaster',date='2022-02-16',note='toll of one disaster, dated to recovery day given'),
 D('BRACVL',400,'AT_LEAST',"more than 400 people were left homeless",note='homeless from the disaster'))
N('2021-05-07','2021-05-06','Brazil','armed_clash','Rio de Janeiro','Rio de Janeiro','Rio de Janeiro',
 "Brazil police raid in Rio favela leaves 25 dead - A police operation against drug traffickers in the Jacarezinho favela in Rio de Janeiro on Thursday left 25 people dead, including a police officer, in one of the city's deadliest raids",
 A('BRAMIL',"A police operation against drug traffickers in the Jacarezinho favela",loc='Jacarezinho'), K('BRACVL',25,None,"left 25 people dead, including a police officer",loc='Jacarezinho',note='mixed toll of people: CVL'),
 K('BRAMIL',1,None,"including a police officer",loc='Jacarezinho',scored=False,note='sub-count of the 25'), K('BRACVL',25,None,"leaves 25 dead",scored=False,note='headline'), wire=True)
N('2023-09-01','2023-08-31','South Africa','accident','Johannesburg','Gauteng','Johannesburg',
 "Fire swept through a derelict five-storey building occupied by squatters in Johannesburg's central business district in the early hours of 31 August 2023, killing 77 people and injuring 88, emergency services said.",
 K('ZAFCVL',77,None,"killing 77 people",cause='accident'), W('ZAFCVL',88,None,"injuring 88",cause='accident'))
N('2022-07-11','2022-07-10','South Africa','attack','Soweto','Gauteng','Johannesburg',
 "Gunmen arriving in a minibus opened fire on patrons of a tavern in Soweto's Orlando East shortly after midnight on 10 July 2022, killing 16 people and wounding several others. Police said they were hunting the suspects.",
 A(None,"Gunmen arriving in a minibus opened fire on patrons of a tavern",loc='Orlando East'), K('ZAFCVL',16,None,"killing 16 people",loc='Orlando East'), W('ZAFCVL',None,None,"wounding several others",loc='Orlando East'))
N('2020-01-06','2020-01-05','Kenya','attack','Manda Bay','Lamu','Lamu East',
 "Al-Shabaab fighters attacked the Camp Simba base used by US and Kenyan forces at Manda Bay, Lamu, on 5 January 2020, killing a US soldier and two contractors and destroying several aircraft, AFRICOM said.",
 A('SOMREB',"Al-Shabaab fighters attacked the Camp Simba base"), K('USAMIL',1,None,"killing a US soldier",actor='SOMREB',by='USAMIL'), K('USACVL',2,None,"two contractors",actor='SOMREB',by='USAMIL'),
 Q('USAMIL','AIRCRAFT',"destroying several aircraft",by='USAMIL'))
N('2024-06-26','2024-06-25','Kenya','attack','Nairobi','Nairobi','Nairobi',
 "Police opened fire on protesters who breached parliament in Nairobi on 25 June 2024 during demonstrations against the finance bill; rights groups said at least 19 people were killed across the country that day, and hospitals in the capital treated dozens of gunshot wounds",
 A('KENMIL',"Police opened fire on protesters who breached parliament"), K('KENCVL',19,'AT_LEAST',"at least 19 people were killed across the country that day",actor='KENMIL',loc=None,cum=True,note='nationwide tally of many incidents in one day (as Bangladesh 4 Aug)'),
 W('KENCVL',None,None,"treated dozens of gunshot wounds",actor='KENMIL'), wire=True)
N('2023-03-06','2023-03-05','Bangladesh','accident','Kutupalong','Chittagong',"Cox's Bazar",
 "A fire ripped through Rohingya refugee shelters in camp 11 of Kutupalong-Balukhali on 5 March 2023, destroying about 2,000 shelters and leaving some 12,000 refugees homeless; no deaths were reported.",
 D('MMRREF',12000,'ABOUT',"leaving some 12,000 refugees homeless",note='fire displacement of Rohingya'))
N('2024-08-06','2024-08-04','Bangladesh','attack','Sirajganj','Rajshahi','Sirajganj',
 "Clashes between anti-government protesters, ruling party activists and police on 4 August 2024 left nearly 100 people dead across Bangladesh, including 14 policemen killed when a crowd attacked a police station in Sirajganj. In Munshiganj three people were shot dead.",
 K('BGDCVL',100,'ABOUT',"left nearly 100 people dead across Bangladesh",loc=None,cum=True,note='nationwide tally of many incidents in one day; includes the lines below'),
 K('BGDMIL',14,None,"14 policemen killed when a crowd attacked a police station in Sirajganj",actor='BGDCVL',loc='Sirajganj'), A('BGDCVL',"a crowd attacked a police station in Sirajganj",loc='Sirajganj'),
 K('BGDCVL',3,None,"In Munshiganj three people were shot dead",loc='Munshiganj'))
N('2021-03-22','2021-03-21','Niger','attack','Tillia','Tahoua','Tillia',
 "Gunmen on motorbikes attacked the villages of Intazayene, Bakorat and Wistane in Tillia department, Tahoua region, on 21 March 2021, killing 141 people, the government said.",
 A(None,"Gunmen on motorbikes attacked the villages of Intazayene, Bakorat and Wistane",loc='Intazayene'), K('NERCVL',141,None,"killing 141 people",by='NERGOV',loc='Intazayene'))
N('2023-08-16','2023-08-15','Niger','attack','Koutougou','Tillaberi','Torodi',
 "Jihadists ambushed a Nigerien army unit near Koutougou in Tillaberi region on 15 August 2023; 17 soldiers were killed and 20 wounded, the defence ministry said, adding that more than 100 attackers were neutralised as they withdrew.",
 A('NERREB',"Jihadists ambushed a Nigerien army unit"), K('NERMIL',17,None,"17 soldiers were killed",actor='NERREB',by='NERGOV'), W('NERMIL',20,None,"20 wounded",actor='NERREB',by='NERGOV'),
 K('NERREB',100,'AT_LEAST',"more than 100 attackers were neutralised",actor='NERMIL',by='NERGOV'))
N('2022-12-12','2022-12-10','South Sudan','armed_clash','Tonga','Upper Nile','Panyikang',
 "Armed youth from Jonglei attacked Tonga and nearby villages in Panyikang county on 10 December 2022, clashing with Agwelek forces; UNMISS said thousands of civilians fled to Malakal.",
 A('SSDREB',"Armed youth from Jonglei attacked Tonga"), A('SSDREB',"clashing with Agwelek forces",scored=False,note='same code'),
 D('SSDCVL',None,None,"thousands of civilians fled to Malakal",by='IGOUNO'))
N('2021-08-18','2021-08-16','South Sudan','attack','Juba','Central Equatoria','Juba',
 "Gunmen ambushed a passenger bus on the Juba-Nimule road on 16 August 2021, killing five passengers, among them a nurse; the army blamed NAS rebels.",
 A(None,"Gunmen ambushed a passenger bus on the Juba-Nimule road",note='blamed, not claimed'), K('SSDCVL',5,None,"killing five passengers"), K('SSDCVL',1,None,"among them a nurse",scored=False,note='sub-count'))
N('2021-01-14','2021-01-13','CAR','armed_clash','Bangui','Bangui','Bangui',
 "CPC rebels attacked the outskirts of Bangui at dawn on 13 January 2021; the UN said a Rwandan peacekeeper was killed and the assault was repelled, with about 30 rebels dead.",
 A('CAFREB',"CPC rebels attacked the outskirts of Bangui"), K('RWAMIL',1,None,"a Rwandan peacekeeper was killed",actor='CAFREB',by='IGOUNO'), K('CAFREB',30,'ABOUT',"about 30 rebels dead",by='IGOUNO'))
N('2023-09-14','2023-09-10','Libya','disaster','Derna','Cyrenaica','Derna',
 "Libya flood: Derna toll passes 5,000, thousands missing - Two dams burst above the city of Derna during Storm Daniel on Sunday night, sending a torrent through the city; more than 5,000 people have died and 30,000 are displaced, officials said on",
 K('LBYCVL',5000,'AT_LEAST',"more than 5,000 people have died",cause='disaster',by='LBYGOV',note='toll of one disaster; dated to the dam burst'),
 D('LBYCVL',30000,None,"30,000 are displaced",by='LBYGOV',date='2023-09-14',note='report day'), wire=True)
N('2019-04-21','2019-04-20','Libya','air_drone_strike','Tripoli','Tripolitania','Tripoli',
 "LNA aircraft struck the Abu Salim district of southern Tripoli late on 20 April 2019, killing four civilians and wounding 20, the GNA health ministry said. Haftar's forces continued their offensive towards the capital.",
 A('LBYREB',"LNA aircraft struck the Abu Salim district",loc='Abu Salim'), K('LBYCVL',4,None,"killing four civilians",actor='LBYREB',by='LBYGOV',loc='Abu Salim'), W('LBYCVL',20,None,"wounding 20",actor='LBYREB',by='LBYGOV',loc='Abu Salim'),
 O('LBYREB',"Haftar's forces continued their offensive",loc=None,scored=False,note='ongoing'))
N('2024-09-18','2024-09-17','Lebanon','remote_explosive_ied','','','',
 "Thousands of pagers used by Hezbollah members exploded almost simultaneously across Lebanon on 17 September 2024, killing 12 people, among them two children, and wounding about 2,800, the health minister said.",
 A(None,"Thousands of pagers used by Hezbollah members exploded",loc=None,note='no perpetrator stated'), K('LBNCVL',12,None,"killing 12 people",loc=None,by='LBNGOV',note='mixed toll of people: CVL'),
 K('LBNCVL',2,None,"among them two children",loc=None,scored=False,note='sub-count'), W('LBNCVL',2800,'ABOUT',"wounding about 2,800",loc=None,by='LBNGOV'))
N('2023-07-04','2023-07-03','Palestine','armed_clash','Jenin','West Bank','Jenin',
 "Israeli forces launched a large-scale operation in Jenin refugee camp with drone strikes and hundreds of troops on 3 July 2023; eight Palestinians were killed and about 50 wounded, the Palestinian health ministry said, and some 3,000 residents left the camp.",
 O('ISRMIL',"Israeli forces launched a large-scale operation in Jenin refugee camp"), A('ISRMIL',"with drone strikes and hundreds of troops",scored=False),
 K('PSECVL',8,None,"eight Palestinians were killed",actor='ISRMIL',by='PSEGOV'), W('PSECVL',50,'ABOUT',"about 50 wounded",actor='ISRMIL',by='PSEGOV'),
 D('PSEREF',3000,'ABOUT',"some 3,000 residents left the camp",note='camp residents: REF'))
N('2024-03-14','2024-03-13','Chad','armed_clash','','Lac','',
 "Chadian troops repelled a Boko Haram attack on an army position on the shores of Lake Chad on 13 March 2024, killing 20 militants and losing two soldiers, army spokesman said",
 A('NGAREB',"a Boko Haram attack on an army position",loc=None), K('NGAREB',20,None,"killing 20 militants",actor='TCDMIL',by='TCDMIL',loc=None), K('TCDMIL',2,None,"losing two soldiers",by='TCDMIL',loc=None), wire=True)
N('2021-09-30','2021-09-28','Ecuador','other_violence','Guayaquil','Guayas','Guayaquil',
 "Gangs fought with guns and grenades inside the Litoral penitentiary in Guayaquil on 28 September 2021; the prisons service said 116 inmates were killed, some of them beheaded, and 80 injured.",
 A('ECUREB',"Gangs fought with guns and grenades inside the Litoral penitentiary"), K('ECUCVL',116,None,"116 inmates were killed",by='ECUGOV',note='inmates CVL'), W('ECUCVL',80,None,"80 injured",by='ECUGOV'))
N('2024-07-13','2024-07-12','Nepal','disaster','Simaltal','Bagmati','Chitwan',
 "A landslide swept two passenger buses into the swollen Trishuli river at Simaltal on the Narayanghat-Mugling road early on 12 July 2024; about 60 people are feared dead and rescuers had found only three",
 K('NPLCVL',3,None,"rescuers had found only three",cause='disaster',scored=False,note='bodies found? ambiguous: found, not said dead'),
 K('NPLCVL',60,'ABOUT',"about 60 people are feared dead",cause='disaster',scored=False,note='feared, not confirmed'), wire=True)
N('2023-02-09','2023-02-06','Turkey','disaster','Kahramanmaras','Kahramanmaras','',
 "Two earthquakes of magnitude 7.8 and 7.5 struck southern Turkey on 6 February 2023, centred near Kahramanmaras; by 9 February the toll in Turkey had climbed to 14,351, with more than 63,000 injured, the disaster agency AFAD said.",
 K('TURCVL',14351,None,"the toll in Turkey had climbed to 14,351",cause='disaster',by='TURGOV',loc=None,note='one disaster, dated to the quake'),
 W('TURCVL',63000,'AT_LEAST',"more than 63,000 injured",cause='disaster',by='TURGOV',loc=None))
N('2022-10-01','2022-09-30','Iran','attack','Zahedan','Sistan and Baluchestan','Zahedan',
 "Security forces fired on worshippers protesting after Friday prayers in Zahedan on 30 September 2022; rights groups said at least 66 people were killed, while officials gave a lower toll and said IRGC members were among the dead.",
 A('IRNMIL',"Security forces fired on worshippers protesting after Friday prayers"), K('IRNCVL',66,'AT_LEAST',"at least 66 people were killed",actor='IRNMIL'),
 K('IRNMIL',None,None,"IRGC members were among the dead",scored=False,by='IRNGOV',note='vague, competing account'))
N('2024-03-23','2024-03-22','Russia','attack','Krasnogorsk','Moscow Oblast','Krasnogorsk',
 "Gunmen in camouflage opened fire on concertgoers at Crocus City Hall in Krasnogorsk near Moscow on 22 March 2024 and set the building ablaze; investigators later said 145 people were killed and more than 500 injured. IS claimed the attack.",
 A('AFGREB',"Gunmen in camouflage opened fire on concertgoers",by='AFGREB',note='IS-K claim; coded AFGREB'), K('RUSCVL',145,None,"145 people were killed",actor='AFGREB',by='RUSGOV'),
 W('RUSCVL',500,'AT_LEAST',"more than 500 injured",actor='AFGREB',by='RUSGOV'))
N('2025-03-05','2025-03-04','Kenya','protest_or_statement','Kisumu','Kisumu','Kisumu',
 "Teachers and health workers marched peacefully through Kisumu on 4 March 2025 demanding unpaid salaries; police monitored the march and no incidents were reported.",
 noevent=True)
N('2021-04-21','2021-04-20','Chad','armed_clash','','',"",
 "The Chadian army announced on 20 April 2021 that President Idriss Deby had died of wounds sustained while visiting troops fighting FACT rebels in the north",
 K('TCDGOV',1,None,"President Idriss Deby had died of wounds",actor='TCDREB',by='TCDMIL',loc=None,note='died of wounds; dated to the announcement day, the only day given'), wire=True)
