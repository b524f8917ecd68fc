from lib import *
# ---------------- AFRICA (less covered) ----------------
N('2021-01-14','Central African Republic','attack','Bangassou','Mbomou','Bangassou',
 "CAR: Two peacekeepers, one from Morocco and one from Gabon, were killed and two others wounded on Wednesday when CPC rebels attacked a MINUSCA patrol near Bangassou, the UN mission said. It was the second deadly attack on blue helmets in the area in two days",
 [A('CAFREB','IGOUNO',"CPC rebels attacked a MINUSCA patrol near Bangassou",cb='IGOUNO'),
  K('MARMIL','CAFREB',1,'EXACT',"Two peacekeepers, one from Morocco and one from Gabon, were killed",cb='IGOUNO',note='different nationalities: MARMIL 1 + GABMIL 1'),
  K('GABMIL','CAFREB',1,'EXACT',"Two peacekeepers, one from Morocco and one from Gabon, were killed",cb='IGOUNO'),
  W('IGOUNO','CAFREB',2,'EXACT',"two others wounded",cb='IGOUNO',note='nationality not given: coded as UN force')],d='Wednesday',wire=True)
N('2023-06-05','Central African Republic','attack','Bossangoa','Ouham','Bossangoa',
 "On 3 June 2023, suspected 3R combatants raided the village of Boguila, 60 km north of Bossangoa, torched about forty houses and killed a village chief, his wife and a herder; around 600 people fled into the bush, according to humanitarian sources.",
 [A('CAFREB','CAFCVL',"suspected 3R combatants raided the village of Boguila",loc='Boguila'),
  K('CAFCVL','CAFREB',3,'EXACT',"killed a village chief, his wife and a herder",loc='Boguila',note='three singular victims of one code: 3'),
  D('CAFCVL',600,'ABOUT',"around 600 people fled into the bush",loc='Boguila',a='CAFREB')],gl='Boguila',d='2023-06-03')
N('2022-08-10','South Sudan','attack','Tonj','Warrap','Tonj North',
 "UNMISS is concerned by the revenge attacks in Tonj North County, where armed youths from Luanykoth attacked cattle camps at Akak on 7 August, killing 14 people, including women, and wounding at least 20. Some 3,000 head of cattle were driven off and hundreds of families have fled to Warrap town.",
 [A('SSDREB','SSDCVL',"armed youths from Luanykoth attacked cattle camps at Akak on 7 August",loc='Akak',cb='IGOUNO'),
  K('SSDCVL','SSDREB',14,'EXACT',"killing 14 people",loc='Akak',cb='IGOUNO'),
  K('SSDCVL','SSDREB',None,None,"including women",loc='Akak',cb='IGOUNO',s=False),
  W('SSDCVL','SSDREB',20,'AT_LEAST',"wounding at least 20",loc='Akak',cb='IGOUNO'),
  D('SSDCVL',None,None,"hundreds of families have fled to Warrap town",loc='Akak',cb='IGOUNO',d='2022-08-10',note='vague; day not stated')],gl='Akak',d='2022-08-07')
N('2024-03-18','South Sudan','armed_clash','Nasir','Upper Nile','Nasir',
 "Fighting between the SSPDF and the White Army broke out in Nasir on Saturday morning and continued into the night. A local commissioner said nine soldiers and \"many\" armed youth died in the fighting, and a nurse at the county hospital was hit by a stray bullet and succumbed on Sunday.",
 [A('SSDMIL','SSDREB',"Fighting between the SSPDF and the White Army broke out in Nasir"),
  A('SSDREB','SSDMIL',"Fighting between the SSPDF and the White Army broke out in Nasir",s=False),
  K('SSDMIL','SSDREB',9,'EXACT','nine soldiers and "many" armed youth died',cb='SSDGOV'),
  K('SSDREB','SSDMIL',None,None,'nine soldiers and "many" armed youth died',cb='SSDGOV'),
  K('SSDCVL',None,1,'EXACT',"a nurse at the county hospital was hit by a stray bullet and succumbed on Sunday",d='Sunday')],d='Saturday')
N('2024-02-08','South Sudan','disease','Bentiu','Unity','Rubkona',
 "Cholera has killed 41 people in Rubkona county since the outbreak was declared in October, the health ministry said, with 1,020 suspected cases, most of them in the Bentiu IDP camp.",
 [K('SSDCVL',None,41,'EXACT',"Cholera has killed 41 people in Rubkona county since the outbreak was declared in October",cause='disease',cum=True,loc='Rubkona',cb='SSDGOV')],gl='Rubkona')
N('2020-03-25','Chad','attack','Bohoma','Lac','Fouli',
 "Chad: 92 soldiers killed in Boko Haram attack on army base - Boko Haram fighters killed 92 Chadian soldiers during a seven-hour attack on a base at Bohoma peninsula in Lac province on Monday, President Idriss Deby said, in the deadliest single attack on",
 [K('TCDMIL','NGAREB',92,'EXACT',"92 soldiers killed in Boko Haram attack on army base",s=False,note='headline restatement'),
  A('NGAREB','TCDMIL',"a seven-hour attack on a base at Bohoma peninsula",cb='TCDGOV'),
  K('TCDMIL','NGAREB',92,'EXACT',"Boko Haram fighters killed 92 Chadian soldiers",cb='TCDGOV')],d='Monday',wire=True)
N('2022-10-22','Chad','other_violence',"N'Djamena","N'Djamena","N'Djamena",
 "Security forces fired live rounds at demonstrators in N'Djamena and Moundou on Thursday as protests against the extension of the transition turned violent. The government spokesman said nearly 50 people were killed, among them a dozen members of the security forces, and more than 300 injured",
 [A('TCDMIL','TCDCVL',"Security forces fired live rounds at demonstrators in N'Djamena and Moundou"),
  K('TCDCVL',None,50,'ABOUT',"nearly 50 people were killed",cb='TCDGOV',note='mixed toll incl. security forces: CVL'),
  K('TCDMIL',None,12,'ABOUT',"among them a dozen members of the security forces",cb='TCDGOV',s=False,note='sub-count'),
  W('TCDCVL',None,300,'AT_LEAST',"more than 300 injured",cb='TCDGOV')],d='Thursday',wire=True)
N('2021-11-05','Niger','attack','Adab-Dab','Tillaberi','Banibangou',
 "Niger: The defence ministry said 69 people, among them the mayor of Banibangou, were killed on Tuesday when a local self-defence patrol was ambushed by \"heavily armed terrorists\" near the village of Adab-Dab; 15 survivors were found",
 [A('NERREB','NERMIL',"a local self-defence patrol was ambushed by \"heavily armed terrorists\" near the village of Adab-Dab",cb='NERGOV'),
  K('NERMIL','NERREB',69,'EXACT',"69 people, among them the mayor of Banibangou, were killed",cb='NERGOV',note='self-defence patrol: MIL (auxiliaries)'),
  K('NERGOV','NERREB',1,'EXACT',"among them the mayor of Banibangou",cb='NERGOV',s=False,note='sub-count')],gl='Adab-Dab',d='Tuesday',wire=True)
N('2023-08-16','Niger','attack','Koutougou','Tillaberi','Torodi',
 "Seventeen Nigerien soldiers lost their lives and twenty were wounded, six of them seriously, when their unit came under a \"terrorist\" ambush near Koutougou on Tuesday as it moved between Boni and Torodi, the army said. Between 100 and 150 assailants were neutralised as they fled on motorcycles.",
 [A('NERREB','NERMIL','their unit came under a "terrorist" ambush near Koutougou',cb='NERMIL'),
  K('NERMIL','NERREB',17,'EXACT',"Seventeen Nigerien soldiers lost their lives",cb='NERMIL'),
  W('NERMIL','NERREB',20,'EXACT',"twenty were wounded",cb='NERMIL'),
  W('NERMIL','NERREB',6,'EXACT',"six of them seriously",cb='NERMIL',s=False),
  K('NERREB','NERMIL',100,'AT_LEAST',"Between 100 and 150 assailants were neutralised",cb='NERMIL',note='range: lower bound, AT_LEAST (blind/notes convention)')],d='Tuesday')
N('2024-07-20','Niger','disaster','Maradi','Maradi','',
 "Floods since the start of the rainy season in June have killed 53 people and affected more than 48,000 across Niger, the civil protection directorate said on Friday, with the heaviest toll in Maradi and Zinder regions.",
 [K('NERCVL',None,53,'EXACT',"Floods since the start of the rainy season in June have killed 53 people",cause='disaster',cum=True,loc=None,d='Friday',cb='NERGOV')],gl='Maradi',d='Friday')
N('2022-02-10','Benin','attack','W park','Alibori','Karimama',
 "Benin: At least eight soldiers and a French instructor killed as vehicles hit explosives in W national park - Two army vehicles struck improvised explosive devices during a patrol in the W park near the border with Niger and Burkina Faso on Tuesday, killing eight…",
 [K('BENMIL',None,8,'AT_LEAST',"At least eight soldiers and a French instructor killed",s=False,note='headline: first figure AT_LEAST; body says eight'),
  K('FRAMIL',None,1,'EXACT',"At least eight soldiers and a French instructor killed"),
  A(None,'BENMIL',"Two army vehicles struck improvised explosive devices during a patrol in the W park"),
  E('BENMIL','VEHICLE',2,'EXACT',"Two army vehicles struck improvised explosive devices"),
  K('BENMIL',None,8,'EXACT',"killing eight",note='body figure, cut off')],gl='W park',d='Tuesday',wire=True,) 
N('2023-04-28','Benin','attack','Kpinkankandi','Atacora','Tanguieta',
 "Unidentified armed men on motorbikes entered Kpinkankandi, near Tanguieta, at night and slit the throats of a herder and his son; a second group burned the market stalls in neighbouring Tchabarga on Thursday",
 [K('BENCVL',None,2,'EXACT',"slit the throats of a herder and his son",d=NULL,note='"at night", no day'),
  A(None,'BENCVL',"a second group burned the market stalls in neighbouring Tchabarga on Thursday",loc='Tchabarga',d='Thursday')],d='Thursday',wire=True)
N('2022-05-13','Togo','attack','Kpinkankandi','Savanes','Kpendjal',
 "Eight soldiers were killed and 13 wounded on Wednesday in a dawn attack on an army post at Kpinkankandi in Kpendjal prefecture, in Togo's far north, by \"heavily armed assailants\", the government said in a statement, the first deadly jihadist raid in the country.",
 [A(None,'TGOMIL','a dawn attack on an army post at Kpinkankandi in Kpendjal prefecture',cb='TGOGOV'),
  K('TGOMIL',None,8,'EXACT',"Eight soldiers were killed",cb='TGOGOV'),
  W('TGOMIL',None,13,'EXACT',"13 wounded",cb='TGOGOV')],d='Wednesday')
N('2023-07-18','Togo','attack','Dapaong','Savanes','Tone',
 "Residents of the Savanes region said at least a dozen civilians, mostly women fetching water, had been killed in a string of attacks on villages around Dapaong since March; the army has never confirmed the toll.",
 [K('TGOCVL',None,12,'AT_LEAST',"at least a dozen civilians, mostly women fetching water, had been killed in a string of attacks on villages around Dapaong since March",cum=True,d='2023-07-18')],d='2023-07-18')
N('2023-02-15','Kenya','attack','Bodhei','Lamu','Lamu East',
 "Four police reservists were killed and a fifth seriously injured after their vehicle ran over an IED planted by suspected al-Shabaab militants on the Bodhei-Basuba road in Lamu East on Monday, a police report said.",
 [A('SOMREB','KENMIL',"their vehicle ran over an IED planted by suspected al-Shabaab militants",cb='KENMIL'),
  K('KENMIL','SOMREB',4,'EXACT',"Four police reservists were killed",cb='KENMIL'),
  W('KENMIL','SOMREB',1,'EXACT',"a fifth seriously injured",cb='KENMIL'),
  E('KENMIL','VEHICLE',None,None,"their vehicle ran over an IED",cb='KENMIL')],gl='Bodhei',d='Monday')
N('2024-04-30','Kenya','disaster','Mai Mahiu','Nakuru','Naivasha',
 "Kenya flood toll climbs to 188 after dam burst near Mai Mahiu - At least 48 people were killed early on Monday when a temporary dam burst its banks and swept through homes near Mai Mahiu, Nakuru county; nationwide 188 people have now died since March, the interior ministry",
 [K('KENCVL',None,48,'AT_LEAST',"At least 48 people were killed early on Monday",cause='disaster',d='Monday',cb='KENGOV',note='the Mai Mahiu dam burst'),
  K('KENCVL',None,188,'EXACT',"nationwide 188 people have now died since March",cause='disaster',cum=True,loc=None,cb='KENGOV',d='2024-04-30'),
  K('KENCVL',None,188,'EXACT',"Kenya flood toll climbs to 188",cause='disaster',cum=True,s=False,loc=None,d='2024-04-30',note='headline restatement')],d='Monday',wire=True)
N('2019-01-16','Kenya','attack','Nairobi','Nairobi','Westlands',
 "Gunmen stormed the DusitD2 hotel complex on Riverside Drive in Nairobi on Tuesday afternoon, setting off explosions and opening fire on office workers. By Wednesday morning, President Kenyatta said 14 people had been killed and that all the attackers had been \"eliminated\"; al-Shabaab claimed responsibility.",
 [A('SOMREB','KENCVL',"Gunmen stormed the DusitD2 hotel complex on Riverside Drive in Nairobi",d='Tuesday',cb='SOMREB'),
  K('KENCVL','SOMREB',14,'EXACT',"14 people had been killed",d='Tuesday',cb='KENGOV'),
  K('SOMREB','KENMIL',None,None,'all the attackers had been "eliminated"',d='Wednesday',cb='KENGOV',note='number of attackers not given')],d='Tuesday')
N('2021-11-17','Uganda','remote_explosive_ied','Kampala','Central','Kampala',
 "Two suicide bombers blew themselves up in central Kampala on Tuesday morning, one near the Central Police Station and the other on Parliament Avenue, killing three civilians and wounding 33 people, among them 27 police officers. Police said a third would-be bomber was shot and killed in Nansana.",
 [A('UGAREB',None,"Two suicide bombers blew themselves up in central Kampala",note='ADF-linked; no group named in text: REB'),
  K('UGACVL','UGAREB',3,'EXACT',"killing three civilians"),
  W('UGACVL','UGAREB',33,'EXACT',"wounding 33 people",note='mixed toll of "people": CVL'),
  W('UGAMIL','UGAREB',27,'EXACT',"among them 27 police officers",s=False,note='sub-count of the 33 (other code); a 27 + 6 split is defensible'),
  K('UGAREB','UGAMIL',1,'EXACT',"a third would-be bomber was shot and killed in Nansana",loc='Nansana',cb='UGAMIL')],d='Tuesday')
N('2023-06-18','Uganda','attack','Mpondwe','Kasese','Kasese',
 "ADF rebels raided Lhubiriha secondary school in Mpondwe, near the Congolese border, late on Friday, burning a dormitory and hacking and shooting students; 42 people were killed, 37 of them students, and six were abducted, the army said. Troops were pursuing the attackers towards Virunga park",
 [A('CODREB','UGACVL',"ADF rebels raided Lhubiriha secondary school in Mpondwe",note='ADF: Congo-based group, coded CODREB'),
  K('UGACVL','CODREB',42,'EXACT',"42 people were killed",cb='UGAMIL'),
  K('UGACVL','CODREB',37,'EXACT',"37 of them students",cb='UGAMIL',s=False)],d='Friday',wire=True)
N('2021-05-11','Burundi','attack','Bujumbura','Bujumbura Mairie','',
 "Two people were killed and dozens injured on Monday evening when grenades were thrown at a bus station in the Kamenge district of Bujumbura; police blamed \"criminals\" and said several suspects had been arrested",
 [A(None,None,"grenades were thrown at a bus station in the Kamenge district of Bujumbura"),
  K('BDICVL',None,2,'EXACT',"Two people were killed"),
  W('BDICVL',None,None,None,"dozens injured")],gl='Kamenge',d='Monday',wire=True)
N('2023-12-24','Burundi','attack','Vugizo','Bujumbura Rural','Mutimbuzi',
 "Burundi's government said RED-Tabara rebels attacked the village of Vugizo near the Congolese border on Friday, killing 20 people, twelve of them children and a pregnant woman, and a police officer, in what it called a \"terrorist attack\". The rebels said they had targeted a border post and killed nine soldiers and a policeman.",
 [A('BDIREB','BDICVL',"RED-Tabara rebels attacked the village of Vugizo",cb='BDIGOV'),
  K('BDICVL','BDIREB',20,'EXACT',"killing 20 people, twelve of them children and a pregnant woman",cb='BDIGOV'),
  K('BDICVL','BDIREB',12,'EXACT',"twelve of them children",cb='BDIGOV',s=False),
  K('BDIMIL','BDIREB',1,'EXACT',"and a police officer",cb='BDIGOV'),
  K('BDIMIL','BDIREB',10,'EXACT',"killed nine soldiers and a policeman",cb='BDIREB',s=False,note='competing rebel account, second-stated')],d='Friday')
