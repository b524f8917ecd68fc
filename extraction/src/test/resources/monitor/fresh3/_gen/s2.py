from lib import *
N('2019-02-25','2019-02-24','Syria','accident','Aleppo','Aleppo','Mount Simeon',
 "On 24 February 2019, a five-storey residential building collapsed in al-Salihin neighbourhood of Aleppo city. Eleven residents, among them several children, died under the rubble and civil defence teams pulled out five people alive but injured. The building had been damaged during the years of fighting.",
 K('SYRCVL',11,None,"Eleven residents, among them several children, died under the rubble",cause='accident',loc='al-Salihin'),
 W('SYRCVL',5,None,"pulled out five people alive but injured",cause='accident',loc='al-Salihin'))
N('2020-01-17','2020-01-16','Syria','disaster','Atmeh','Idlib','Harim',
 "Heavy rain and flooding on 16 January 2020 swept through tents in camps near Atmeh on the Turkish border; a displaced child drowned when a stream overflowed, and hundreds of tents were destroyed, forcing around 4,000 people to move to mosques and schools.",
 K('SYRREF',1,None,"a displaced child drowned",cause='disaster'), D('SYRREF',4000,'ABOUT',"forcing around 4,000 people to move to mosques and schools",note='flood displacement of IDPs'))
N('2019-08-07','2019-08-06','Syria','air_drone_strike','Maarat Hurma','Idlib','Maarat al-Numan',
 "Regime helicopters dropped at least six barrel bombs on Maarat Hurma and Kafr Sajna in the southern countryside of Idlib on 6 August 2019. A civil defence volunteer was killed while retrieving the wounded in Maarat Hurma, and a woman was injured in Kafr Sajna.",
 A('SYRMIL',"Regime helicopters dropped at least six barrel bombs on Maarat Hurma and Kafr Sajna",count=6,qual='AT_LEAST'), K('SYRCVL',1,None,"A civil defence volunteer was killed",actor='SYRMIL'),
 W('SYRCVL',1,None,"a woman was injured in Kafr Sajna",actor='SYRMIL',loc='Kafr Sajna'))
N('2020-09-15','2020-09-14','Syria','attack','al-Sabha','Deir ez-Zor','Deir ez-Zor',
 "Two members of the Asayish were killed and a third injured when gunmen on a motorbike opened fire on their checkpoint at the entrance of al-Sabha town in the eastern countryside of Deir ez-Zor on 14 September 2020. IS claimed the attack through its Amaq agency.",
 A('SYRREB',"gunmen on a motorbike opened fire on their checkpoint",by='SYRREB',note='claimed by IS'), K('SYRREB',2,None,"Two members of the Asayish were killed",actor='SYRREB'), W('SYRREB',1,None,"a third injured",actor='SYRREB'))
N('2019-05-10','2019-05-09','Syria','gov_regains_territory','Qalaat al-Madiq','Hama','Al-Suqaylabiyah',
 "Syrian army takes Qalaat al-Madiq in push on rebel enclave - Syrian troops captured the town of Qalaat al-Madiq and the nearby village of Kafr Nabudah on Thursday, state news agency SANA reported, the first significant gains of a Russian-backed offensive launched late last month",
 C('SYRMIL',"Syrian troops captured the town of Qalaat al-Madiq",'Qalaat al-Madiq',by='SYRGOV'), C('SYRMIL',"the nearby village of Kafr Nabudah",'Kafr Nabudah',by='SYRGOV'),
 C('SYRMIL',"Syrian army takes Qalaat al-Madiq",'Qalaat al-Madiq',scored=False,note='headline restatement'), O('SYRMIL',"a Russian-backed offensive launched late last month",loc=None,date=None,scored=False,note='background launch, no day'), wire=True)
N('2020-12-31','2020-12-30','Syria','attack','al-Shula','Deir ez-Zor','Deir ez-Zor',
 "On 30 December 2020, IS militants ambushed three buses carrying soldiers of the regime's 4th Division near al-Shula on the Deir ez-Zor-Palmyra road. Regime sources put the toll at 25 soldiers killed and 13 wounded; a monitor said 37 were killed, including civilians.",
 A('SYRREB',"IS militants ambushed three buses carrying soldiers"), K('SYRMIL',25,None,"put the toll at 25 soldiers killed",actor='SYRREB',by='SYRGOV'),
 W('SYRMIL',13,None,"13 wounded",actor='SYRREB',by='SYRGOV'), K('SYRMIL',37,None,"a monitor said 37 were killed",scored=False,note='competing figure'),
 Q('SYRMIL','VEHICLE',"ambushed three buses carrying soldiers",scored=False,note='buses targeted, loss not stated'))
N('2019-11-25','2019-11-24','Syria','shelling_artillery_missile','Kafranbel','Idlib','Maarat al-Numan',
 "On 24 November 2019, regime artillery pounded Kafranbel and Hass in the southern countryside of Idlib with dozens of shells. Three civilians from one family, a father and his two sons, were killed in Kafranbel.",
 A('SYRMIL',"regime artillery pounded Kafranbel and Hass"), K('SYRCVL',3,None,"Three civilians from one family",actor='SYRMIL'))
N('2020-05-28','2020-05-27','Syria','other_violence','Raqqa','Raqqa','Raqqa',
 "A mass grave containing the remains of some 30 people, believed to have been executed by IS, was uncovered by the Raqqa civil council's first responders in al-Fukheikha area south of Raqqa city on 27 May 2020.",
 K('SYRCVL',30,'ABOUT',"the remains of some 30 people",scored=False,date=None,note='old killings by IS, uncovered; background'))
N('2019-10-16','2019-10-15','Syria','armed_clash','Ras al-Ain','Hasakah','Ras al-Ain',
 "Heavy fighting continued on 15 October 2019 between SDF fighters and Turkish-backed factions on the outskirts of Ras al-Ain (Serêkaniyê). The SDF said it killed 14 Turkish-backed fighters, while the Turkish Defence Ministry said a Turkish soldier was killed and another wounded by SDF mortar fire.",
 A('SYRREB',"Heavy fighting continued on 15 October 2019 between SDF fighters and Turkish-backed factions",note='both sides SYRREB'),
 K('SYRREB',14,None,"The SDF said it killed 14 Turkish-backed fighters",by='SYRREB'), K('TURMIL',1,None,"a Turkish soldier was killed",actor='SYRREB',by='TURGOV'),
 W('TURMIL',1,None,"another wounded by SDF mortar fire",actor='SYRREB',by='TURGOV'), A('SYRREB',"SDF mortar fire",scored=False))
N('2020-03-15','2020-03-15','Syria','protest_or_statement','Idlib','Idlib','Idlib',
 "Joint Russian-Turkish patrol on M4 cut short by protesters - The first joint Russian-Turkish patrol along the M4 highway in Idlib was cut short on Sunday after residents and displaced people staged a sit-in on the road near al-Nayrab, Russia said, blaming militants for",
 noevent=True, wire=True)
N('2019-12-21','2019-12-20','Syria','air_drone_strike','Maarat al-Numan','Idlib','Maarat al-Numan',
 "On 20 December 2019, tens of thousands of civilians fled Maarat al-Numan and surrounding villages towards the Turkish border, as regime and Russian aircraft carried out more than 100 air strikes on the southern countryside of Idlib.",
 D('SYRCVL',None,None,"tens of thousands of civilians fled Maarat al-Numan and surrounding villages"), A('SYRMIL',"regime and Russian aircraft carried out more than 100 air strikes",count=100,qual='AT_LEAST'),
 A('RUSMIL',"regime and Russian aircraft carried out more than 100 air strikes"))
N('2020-08-11','2020-08-10','Syria','attack','Shahil','Deir ez-Zor','Mayadin',
 "On 10 August 2020, unknown gunmen shot and wounded a prominent sheikh of the Akidat tribe in Shahil town (Deir ez-Zor), a week after the killing of the tribe's notable Sheikh Mutsher al-Hafl in the same area.",
 W('SYRCVL',1,None,"unknown gunmen shot and wounded a prominent sheikh of the Akidat tribe"),
 K('SYRCVL',1,None,"the killing of the tribe's notable Sheikh Mutsher al-Hafl",date='2020-08-03',scored=False,note='background killing a week earlier'))
N('2019-06-29','2019-06-28','Syria','shelling_artillery_missile','Kafr Nubl','Idlib','Maarat al-Numan',
 "HTS and the NLF fired dozens of rockets and mortars at regime positions in Jurin and al-Suqaylabiyah on 28 June 2019; no casualties were reported. Regime forces responded by shelling Kafr Nubl and Maarat Hurma, wounding four civilians.",
 A('SYRREB',"HTS and the NLF fired dozens of rockets and mortars at regime positions in Jurin",loc='Jurin'), A('SYRMIL',"Regime forces responded by shelling Kafr Nubl and Maarat Hurma"),
 W('SYRCVL',4,None,"wounding four civilians",actor='SYRMIL'))
N('2020-04-02','2020-04-01','Syria','other_violence','Jasim','Daraa','Izra',
 "The body of a member of the regime's Military Security was found on 1 April 2020 in a field near Jasim city in the northern countryside of Daraa, days after he went missing.",
 K('SYRMIL',1,None,"The body of a member of the regime's Military Security was found"))
N('2019-03-24','2019-03-23','Syria','nonstate_takes_territory','Baghouz','Deir ez-Zor','Abu Kamal',
 "SDF declares victory over Islamic State in Baghouz - US-backed forces said on Saturday they had captured Baghouz, the last scrap of territory held by Islamic State in eastern Syria, ending the militants' territorial rule after years of fighting",
 C('SYRREB',"they had captured Baghouz",'Baghouz',by='SYRREB',note='SDF coded REB; kind as reported by coder: taken from IS'), wire=True)
N('2020-07-14','2020-07-14','Syria','remote_explosive_ied','al-Bab','Aleppo','Al-Bab',
 "Car bomb kills civilians in northern Syria's al-Bab - A car bomb tore through a busy street in the town of al-Bab on Tuesday, killing at least six people and wounding dozens, according to the White Helmets and",
 A(None,"A car bomb tore through a busy street in the town of al-Bab"), K('SYRCVL',6,'AT_LEAST',"killing at least six people"), W('SYRCVL',None,None,"wounding dozens"),
 K('SYRCVL',None,None,"Car bomb kills civilians",scored=False,note='headline restatement'), wire=True)
N('2019-09-12','2019-09-11','Syria','attack','Izraa','Daraa','Izra',
 "On 11 September 2019, an unidentified gunman threw a hand grenade at a shop owned by a former Free Syrian Army fighter in Izraa city (Daraa). The shop owner and his brother were injured.",
 A(None,"an unidentified gunman threw a hand grenade at a shop"), W('SYRREB',1,None,"The shop owner",note='former FSA fighter: REB'), W('SYRCVL',1,None,"his brother were injured",note='brother assumed civilian'))
N('2020-10-20','2020-10-19','Syria','air_drone_strike','al-Bukamal','Deir ez-Zor','Abu Kamal',
 "Unidentified aircraft, believed to be Israeli, struck positions of Iranian-backed militias near al-Bukamal and al-Mayadin overnight on 19 October 2020. A local monitor said nine fighters of the Fatemiyoun and other pro-Iranian groups were killed and a weapons depot was destroyed.",
 A(None,"Unidentified aircraft, believed to be Israeli, struck positions of Iranian-backed militias",note='believed, not claimed: actor null'),
 K('IRNMIL',9,None,"nine fighters of the Fatemiyoun and other pro-Iranian groups were killed",note='IRNMIL defensible vs SYRMIL'), Q('IRNMIL','DEPOT',"a weapons depot was destroyed"))
N('2019-04-08','2019-04-07','Syria','accident','Homs','Homs','Homs',
 "Seven people were killed and nine injured on 7 April 2019 when a fuel tanker collided with a minibus on the Homs-Tartous highway west of Homs city.",
 K('SYRCVL',7,None,"Seven people were killed",cause='accident'), W('SYRCVL',9,None,"nine injured",cause='accident'))
N('2020-02-10','2020-02-09','Syria','gov_regains_territory','Khan al-Asal','Aleppo','Jebel Saman',
 "On 9 February 2020, regime forces took over Khan al-Asal, Rashidin 4 and the Jamiyat al-Zahraa area west of Aleppo city after two days of heavy clashes with HTS, and came within a few kilometres of securing the entire M5 highway.",
 C('SYRMIL',"regime forces took over Khan al-Asal, Rashidin 4 and the Jamiyat al-Zahraa area",'Khan al-Asal'), C('SYRMIL',"regime forces took over Khan al-Asal, Rashidin 4 and the Jamiyat al-Zahraa area",'Rashidin 4'),
 C('SYRMIL',"regime forces took over Khan al-Asal, Rashidin 4 and the Jamiyat al-Zahraa area",'Jamiyat al-Zahraa'), A('SYRMIL',"after two days of heavy clashes with HTS",date=None,scored=False,note='two-day clashes, no single day'))
N('2019-07-29','2019-07-28','Syria','attack','Suwayda','Suwayda','As-Suwayda',
 "Armed men kidnapped a trader from Suwayda city on 28 July 2019 on the road to Damascus. His family said the kidnappers demanded a ransom of 50 million pounds.",
 noevent=True)
N('2020-11-30','2020-11-29','Syria','armed_clash','Ain Issa','Raqqa','Tell Abiad',
 "On 29 November 2020, SNA factions attacked SDF positions near Mushayrfa village west of Ain Issa under Turkish artillery cover. The SDF said it repelled the attack and killed 11 attackers; four SDF fighters died in the fighting.",
 A('SYRREB',"SNA factions attacked SDF positions near Mushayrfa village",loc='Mushayrfa'), A('TURMIL',"under Turkish artillery cover",loc='Mushayrfa',scored=False),
 K('SYRREB',15,None,"killed 11 attackers; four SDF fighters died",loc='Mushayrfa',note='11 SNA (claimed by SDF) + 4 SDF, both SYRREB, summed'))
N('2019-05-21','2019-05-20','Syria','air_drone_strike','Ariha','Idlib','Ariha',
 "Warplanes believed to be Russian bombed a residential area in Ariha (Ariha district, Idlib) on 20 May 2019, killing a mother and her four children and injuring their neighbours, a teacher and his wife.",
 A('RUSMIL',"Warplanes believed to be Russian bombed a residential area",note='believed Russian; coded RUSMIL as monitors do for fixed-wing strikes'),
 K('SYRCVL',5,None,"killing a mother and her four children",actor='RUSMIL'), W('SYRCVL',2,None,"a teacher and his wife",actor='RUSMIL'))
N('2020-01-07','2020-01-07','Syria','air_drone_strike','Ariha','Idlib','Ariha',
 "Syria: 'At least a dozen' killed as strikes hit Idlib town despite truce … Air strikes on a market in the town of Ariha on Tuesday killed at least 12 people, rescuers said, days after Russia and Turkey announced a ceasefire",
 A(None,"Air strikes on a market in the town of Ariha on Tuesday"), K('SYRCVL',12,'AT_LEAST',"killed at least 12 people"),
 K('SYRCVL',12,'AT_LEAST',"'At least a dozen' killed",scored=False,note='headline restatement'),
 T('TALKS','RUSGOV',"Russia and Turkey announced a ceasefire",loc=None,date=None,scored=False,note='ceasefire announced days earlier'), wire=True)
N('2019-10-24','2019-10-23','Syria','armed_clash','Kabani','Latakia','Al-Haffa',
 "Regime forces launched a new attack on HTS positions in Kabani in the Latakia mountains on 23 October 2019, supported by Russian air strikes, but failed to advance. Both sides reported losses.",
 A('SYRMIL',"Regime forces launched a new attack on HTS positions in Kabani"), A('RUSMIL',"supported by Russian air strikes",scored=False))
N('2020-06-03','2020-06-02','Syria','attack','Suwayda','Suwayda','As-Suwayda',
 "Members of a local armed gang linked to Military Intelligence opened fire on a protest in front of the governorate building in Suwayda city on 2 June 2020, wounding a young man.",
 A('SYRMIL',"opened fire on a protest in front of the governorate building",note='gang linked to Military Intelligence: MIL'), W('SYRCVL',1,None,"wounding a young man",actor='SYRMIL'))
N('2019-11-02','2019-11-02','Syria','remote_explosive_ied','Tal Abyad','Raqqa','Tell Abiad',
 "Car bomb in Syria's Tal Abyad kills 13: Turkey - A car bomb exploded in the northern Syrian border town of Tal Abyad on Saturday, killing 13 civilians and wounding more than 20, Turkey's Defence Ministry said, blaming",
 A(None,"A car bomb exploded in the northern Syrian border town of Tal Abyad"), K('SYRCVL',13,None,"killing 13 civilians",by='TURGOV'), W('SYRCVL',20,'AT_LEAST',"wounding more than 20",by='TURGOV'),
 K('SYRCVL',13,None,"Car bomb in Syria's Tal Abyad kills 13",scored=False,note='headline'), wire=True)
N('2020-08-25','2020-08-24','Syria','remote_explosive_ied','Salamiyah','Hama','Salamiyah',
 "A landmine left by IS exploded on 24 August 2020 under a truck carrying truffle hunters in the desert east of Salamiyah (Hama), killing three men and a boy.",
 K('SYRCVL',4,None,"killing three men and a boy"), A(None,"A landmine left by IS exploded",scored=False,note='war remnant; ATTACK unscored'))
N('2019-12-09','2019-12-08','Syria','armed_clash','Abu Makki','Idlib','Maarat al-Numan',
 "HTS and the Turkistan Islamic Party launched an offensive on regime positions in Abu Makki and Abu Jurayf (Idlib) on 8 December 2019. After a day of clashes regime forces recaptured the two hills; 23 regime soldiers and 17 HTS fighters were killed.",
 O('SYRREB',"HTS and the Turkistan Islamic Party launched an offensive"), C('SYRMIL',"regime forces recaptured the two hills",loc=None,note='hills not named separately'),
 K('SYRMIL',23,None,"23 regime soldiers"), K('SYRREB',17,None,"17 HTS fighters were killed"))
N('2020-09-04','2020-09-03','Syria','disease','Damascus','Damascus','Damascus',
 "The Syrian Health Ministry said on 3 September 2020 that COVID-19 deaths in government-held areas had risen to 100, after four more patients died in Damascus hospitals.",
 K('SYRCVL',100,None,"COVID-19 deaths in government-held areas had risen to 100",cum=True,loc=None,cause='disease',by='SYRGOV'),
 K('SYRCVL',4,None,"four more patients died in Damascus hospitals",cause='disease',by='SYRGOV'))
N('2019-01-02','2019-01-01','Syria','nonstate_takes_territory','Darat Izza','Aleppo','Atareb',
 "On 1 January 2019, HTS seized Darat Izza and several villages in the western Aleppo countryside from Nour al-Din al-Zinki after days of fighting. Civilians fled toward Afrin.",
 C('SYRREB',"HTS seized Darat Izza"), C('SYRREB',"several villages in the western Aleppo countryside",loc=None,scored=False), D('SYRCVL',None,None,"Civilians fled toward Afrin"))
N('2020-04-24','2020-04-23','Syria','attack','al-Hol','Hasakah','Al-Hasakah',
 "An Iraqi woman was found stabbed to death in her tent in the fourth sector of al-Hol camp on 23 April 2020. Camp security blamed IS cells.",
 K('IRQREF',1,None,"An Iraqi woman was found stabbed to death in her tent",note='blamed, not claimed: actor null'))
N('2019-08-29','2019-08-28','Syria','other_violence','Sheikh Maqsoud','Aleppo','Jebel Saman',
 "Asayish forces said on 28 August 2019 that a young man was killed and two others wounded when a celebratory gunfire incident turned into a family fight in Sheikh Maqsoud neighbourhood of Aleppo.",
 K('SYRCVL',1,None,"a young man was killed",by='SYRREB',note='Asayish as source: SYRREB'), W('SYRCVL',2,None,"two others wounded"))
N('2020-02-20','2020-02-20','Syria','armed_clash','Qminas','Idlib','Idlib',
 "Turkish-backed rebels storm Qminas, Syria says attack repelled - Syrian rebels backed by Turkish artillery attacked government positions in Qminas and al-Nayrab near Saraqeb on Thursday; Russian jets struck the attackers, and two Turkish soldiers were killed, Turkey said",
 A('SYRREB',"Syrian rebels backed by Turkish artillery attacked government positions in Qminas"), A('RUSMIL',"Russian jets struck the attackers"),
 K('TURMIL',2,None,"two Turkish soldiers were killed",by='TURGOV',actor='RUSMIL'), A('TURMIL',"backed by Turkish artillery",scored=False), wire=True)
N('2019-10-30','2019-10-29','Syria','armed_clash','Um Shuaifa','Hasakah','Al-Hasakah',
 "Clashes broke out on 29 October 2019 between regime forces deployed near Um Shuaifa village north of Tal Tamr and Turkish-backed factions. Six regime soldiers were killed and 18 others captured by the factions.",
 A('SYRMIL',"Clashes broke out on 29 October 2019 between regime forces"), A('SYRREB',"Turkish-backed factions",scored=False,loc='Um Shuaifa'),
 K('SYRMIL',6,None,"Six regime soldiers were killed",actor='SYRREB',loc='Um Shuaifa'))
N('2020-12-03','2020-12-02','Syria','remote_explosive_ied','Raqqa','Raqqa','Raqqa',
 "An explosive device attached to the car of an SDF commander went off in al-Mashlab neighbourhood of Raqqa city on 2 December 2020, wounding him and two passers-by.",
 A(None,"An explosive device attached to the car of an SDF commander went off"), Q('SYRREB','VEHICLE',"attached to the car of an SDF commander went off",scored=False,note='commander car; private vehicle?'),
 W('SYRREB',1,None,"wounding him"), W('SYRCVL',2,None,"two passers-by"))
N('2019-06-20','2019-06-19','Syria','other_violence','Saydnaya','Damascus countryside','Al-Tall',
 "The family of a young man from Daraya was informed on 19 June 2019 that he had died in Saydnaya prison, six years after his arrest at a checkpoint.",
 K('SYRCVL',1,None,"he had died in Saydnaya prison",actor='SYRMIL',note='death in detention; dated to the day the family was told'))
N('2020-01-30','2020-01-29','Syria','gov_regains_territory','Maarat al-Numan','Idlib','Maarat al-Numan',
 "Regime forces re-entered Maarat al-Numan city on 29 January 2020 after it was emptied of residents by weeks of bombing, and captured the villages of Maar Shamsha, Deir al-Sharqi and Kafr Rumah. Over 300,000 people have fled the area since mid-December, the UN said.",
 C('SYRMIL',"Regime forces re-entered Maarat al-Numan city"), C('SYRMIL',"captured the villages of Maar Shamsha, Deir al-Sharqi and Kafr Rumah",'Maar Shamsha'),
 C('SYRMIL',"captured the villages of Maar Shamsha, Deir al-Sharqi and Kafr Rumah",'Deir al-Sharqi'), C('SYRMIL',"captured the villages of Maar Shamsha, Deir al-Sharqi and Kafr Rumah",'Kafr Rumah'),
 D('SYRCVL',300000,'AT_LEAST',"Over 300,000 people have fled the area since mid-December",cum=True,by='IGOUNO',date='2020-01-30'))
N('2019-07-18','2019-07-17','Syria','attack','Kafr Shams','Daraa','As-Sanamayn',
 "On 17 July 2019, gunmen ambushed a patrol of the regime's Air Force Intelligence near Kafr Shams in the northern countryside of Daraa, killing a warrant officer and wounding three conscripts. One of the conscripts later died of his wounds in al-Sanamayn hospital.",
 A(None,"gunmen ambushed a patrol of the regime's Air Force Intelligence"), K('SYRMIL',2,None,"killing a warrant officer and wounding three conscripts. One of the conscripts later died of his wounds",note='one line per code per incident: the officer + a conscript who died of wounds later (day not given)'),
 W('SYRMIL',3,None,"wounding three conscripts"))
N('2020-03-06','2020-03-05','Syria','protest_or_statement','Moscow','','',
 "Putin and Erdogan agree Idlib ceasefire after Moscow talks - Russian President Vladimir Putin and Turkish President Tayyip Erdogan agreed on Thursday a ceasefire in Syria's Idlib region after six hours of talks in Moscow, to take effect at midnight",
 T('TALKS','RUSGOV',"Vladimir Putin and Turkish President Tayyip Erdogan agreed on Thursday a ceasefire",note='host party; Turkey the other'), wire=True)
N('2019-02-18','2019-02-17','Syria','shelling_artillery_missile','Khan Shaykhun','Idlib','Maarat al-Numan',
 "Rocket launchers of the regime fired on Khan Shaykhun on 17 February 2019; two women and a child were killed and a nurse was wounded near the town's hospital.",
 A('SYRMIL',"Rocket launchers of the regime fired on Khan Shaykhun"), K('SYRCVL',3,None,"two women and a child were killed",actor='SYRMIL'), W('SYRCVL',1,None,"a nurse was wounded",actor='SYRMIL'))
N('2020-10-06','2020-10-06','Syria','remote_explosive_ied','al-Bab','Aleppo','Al-Bab',
 "Blast hits market in Syria's al-Bab, at least 18 dead - At least 18 people were killed and 75 wounded when a vehicle packed with explosives blew up near a bus station in al-Bab on Tuesday, Turkish officials and rescuers …",
 A(None,"a vehicle packed with explosives blew up near a bus station in al-Bab"), K('SYRCVL',18,'AT_LEAST',"At least 18 people were killed"), W('SYRCVL',75,None,"75 wounded"),
 K('SYRCVL',18,'AT_LEAST',"at least 18 dead",scored=False,note='headline'), wire=True)
N('2020-01-26','2020-01-25','Syria','accident','Kafr Lusin','Idlib','Harim',
 "Three children of one displaced family burned to death when a diesel heater set their tent on fire in a camp near Kafr Lusin on the Turkish border on 25 January 2020; their mother suffered severe burns.",
 K('SYRREF',3,None,"Three children of one displaced family burned to death",cause='accident'), W('SYRREF',1,None,"their mother suffered severe burns",cause='accident'))
N('2019-09-01','2019-08-31','Syria','air_drone_strike','Kafr Halab','Aleppo','Atareb',
 "US strike hits al Qaeda-linked leaders near Idlib - The US military said on Saturday it had carried out a strike against leaders of al Qaeda in Syria at a facility north of Idlib city; a monitor said at least 40 militants were killed in the strike near Kafr Halab, hours after a Russian-declared truce",
 A('USAMIL',"it had carried out a strike against leaders of al Qaeda in Syria",by='USAMIL'), K('SYRREB',40,'AT_LEAST',"at least 40 militants were killed",actor='USAMIL'), wire=True)
