from lib import *
# ---------------- SYRIA ----------------
N('2019-05-07','Syria','air_drone_strike','Kafr Nabudah','Hama','Al-Suqaylabiyah',
 "Russian and regime warplanes carried out more than 40 airstrikes on Monday on towns in the southern Idlib and northern Hama countryside. A woman and her two daughters were killed in Kafr Nabudah and a young man in Has, while civil defence teams pulled the bodies of three men from the rubble of a house in Khan Sheikhoun late in the evening.",
 [A('RUSMIL',None,"Russian and regime warplanes carried out more than 40 airstrikes on Monday",n=40,q='AT_LEAST',loc=None),
  A('SYRMIL',None,"Russian and regime warplanes carried out more than 40 airstrikes on Monday",n=40,q='AT_LEAST',loc=None,s=False,note='joint strikes; second-named air force'),
  K('SYRCVL',None,3,'EXACT',"A woman and her two daughters were killed in Kafr Nabudah",note='one code: woman + 2 daughters summed'),
  K('SYRCVL',None,1,'EXACT',"and a young man in Has",loc='Has'),
  K('SYRCVL',None,3,'EXACT',"pulled the bodies of three men from the rubble of a house in Khan Sheikhoun",loc='Khan Sheikhoun')],d='Monday')
N('2019-11-03','Syria','armed_clash','Kabani','Latakia','Jisr al-Shughur',
 "Violent clashes broke out at dawn on Saturday on the Kabani axis in the Latakia mountains after regime forces and Russian-backed militias tried to advance on HTS positions; HTS said it repelled the attack and killed 14 attackers, while a source in the regime forces acknowledged the death of an officer with the rank of first lieutenant and four soldiers.",
 [A('SYRMIL','SYRREB',"regime forces and Russian-backed militias tried to advance on HTS positions"),
  A('SYRREB','SYRMIL',"HTS said it repelled the attack",s=False,note='defending side'),
  K('SYRMIL','SYRREB',14,'EXACT',"HTS said it repelled the attack and killed 14 attackers",cb='SYRREB',note='claimed kill, first-stated figure: scored'),
  K('SYRMIL','SYRREB',5,'EXACT',"acknowledged the death of an officer with the rank of first lieutenant and four soldiers",s=False,note='officer + 4 soldiers = 5, one code; competing account of the same dead')],d='Saturday')
N('2020-01-20','Syria','attack','Ibta','Daraa','Daraa',
 "Unknown gunmen riding a motorcycle shot dead a former commander of an opposition faction who had joined the regime's 5th Corps after the 2018 settlement, near the town of Ibta in the eastern countryside of Daraa on Sunday evening.",
 [K('SYRMIL',None,1,'EXACT',"shot dead a former commander of an opposition faction who had joined the regime's 5th Corps",note='5th Corps member -> SYRMIL')],d='Sunday')
N('2020-02-07','Syria','gov_regains_territory','Saraqeb','Idlib','Idlib',
 "Regime forces backed by Russian air cover entered the city of Saraqeb on Thursday after factions withdrew from it overnight, bringing the regime to the junction of the M4 and M5 highways; the Syrian Observatory said 17 members of the factions and 9 regime troops were killed in the fighting on the city's eastern edge.",
 [C('SYRMIL','Saraqeb',"Regime forces backed by Russian air cover entered the city of Saraqeb on Thursday"),
  K('SYRREB',None,17,'EXACT',"17 members of the factions and 9 regime troops were killed"),
  K('SYRMIL',None,9,'EXACT',"17 members of the factions and 9 regime troops were killed"),
  A('SYRMIL','SYRREB',"the fighting on the city's eastern edge",s=False,note='fighting named without sides')],d='Thursday')
N('2020-03-02','Syria','air_drone_strike','Saraqeb','Idlib','Idlib',
 "Turkish drones struck regime positions and convoys around Saraqeb and in the Jabal al-Zawiya area throughout Sunday, destroying at least six tanks and two air defence systems, according to Turkey's defence ministry, which said 19 regime soldiers had been \"neutralised\"",
 [A('TURMIL','SYRMIL',"Turkish drones struck regime positions and convoys around Saraqeb"),
  E('SYRMIL','TANK',6,'AT_LEAST',"destroying at least six tanks",a='TURMIL',cb='TURGOV'),
  E('SYRMIL','OTHER',2,'EXACT',"two air defence systems",a='TURMIL',cb='TURGOV'),
  K('SYRMIL','TURMIL',19,'EXACT','19 regime soldiers had been "neutralised"',cb='TURGOV')],d='Sunday',wire=True)
N('2020-02-18','Syria','attack','Kafr Halab','Aleppo','Atarib',
 "A child was killed and his mother wounded when regime artillery shelled the village of Kafr Halab in the western countryside of Aleppo on Monday morning; the shelling also hit a poultry farm housing displaced families on the edge of the village.",
 [A('SYRMIL',None,"regime artillery shelled the village of Kafr Halab"),
  K('SYRCVL','SYRMIL',1,'EXACT',"A child was killed"),
  W('SYRCVL','SYRMIL',1,'EXACT',"his mother wounded")],d='Monday')
N('2020-01-31','Syria','gov_regains_territory','Maarat al-Numan','Idlib','Maarat al-Numan',
 "Syrian state media: army units restored security and stability to Maarat al-Numan on Tuesday after \"fierce battles with terrorist groups\" and are combing the city's neighbourhoods for mines; the town had been emptied of its residents after weeks of bombardment that forced tens of thousands to flee north",
 [C('SYRMIL','Maarat al-Numan',"army units restored security and stability to Maarat al-Numan on Tuesday",cb='SYRGOV'),
  A('SYRMIL','SYRREB','"fierce battles with terrorist groups"',cb='SYRGOV'),
  D('SYRCVL',None,None,"weeks of bombardment that forced tens of thousands to flee north",d=NULL,s=False,note='background, vague amount')],d='Tuesday',wire=True)
N('2019-08-20','Syria','air_drone_strike','Khan Sheikhoun','Idlib','Maarat al-Numan',
 "An airstrike targeted a Turkish military convoy on its way to the Morek observation point on the international highway north of Khan Sheikhoun on Monday, killing three civilians travelling with it and wounding 12 others, according to Ankara, which said the convoy had been sent to reinforce its post.",
 [A(None,'TURMIL',"An airstrike targeted a Turkish military convoy",note='no air force named'),
  K('SYRCVL',None,3,'EXACT',"killing three civilians travelling with it",cb='TURGOV'),
  W('SYRCVL',None,12,'EXACT',"wounding 12 others",cb='TURGOV'),
  T('DEPLOYMENT','TURMIL',"the convoy had been sent to reinforce its post",s=False)],d='Monday')
N('2020-06-15','Syria','remote_explosive_ied','al-Bab','Aleppo','Al-Bab',
 "A car bomb went off near the Wadi al-Wahra roundabout in al-Bab on Sunday afternoon, tearing through a crowded vegetable market. Local sources put the toll at nine dead, among them two children, and more than 30 injured; no group claimed responsibility.",
 [A(None,None,"A car bomb went off near the Wadi al-Wahra roundabout in al-Bab"),
  K('SYRCVL',None,9,'EXACT',"put the toll at nine dead"),
  K('SYRCVL',None,2,'EXACT',"among them two children",s=False,note='sub-count'),
  W('SYRCVL',None,30,'AT_LEAST',"more than 30 injured")],gl='al-Bab',d='Sunday')
N('2020-05-10','Syria','attack','Hawijat Saqr','Deir ez-Zor','Deir ez-Zor',
 "IS cells ambushed a bus carrying members of the National Defence Forces on the desert road near Hawijat Saqr, east of Deir ez-Zor city, on Saturday night, killing at least seven of them; two more NDF members were taken captive, according to pro-government pages that mourned the \"martyrs\".",
 [A('SYRREB','SYRMIL',"IS cells ambushed a bus carrying members of the National Defence Forces"),
  K('SYRMIL','SYRREB',7,'AT_LEAST',"killing at least seven of them")],d='Saturday')
N('2020-08-19','Syria','air_drone_strike','al-Shaddadi','Hasakah','Al-Shaddadi',
 "A drone of the international coalition targeted a motorcycle on the outskirts of al-Shaddadi in the southern countryside of Hasakah on Tuesday, killing two men said to be IS leaders. The SDF later announced that its forces had raided a house in the area and arrested a third suspect.",
 [A('USAMIL',None,"A drone of the international coalition targeted a motorcycle on the outskirts of al-Shaddadi",note='coalition drone coded USAMIL'),
  K('SYRREB','USAMIL',2,'EXACT',"killing two men said to be IS leaders")],gl='al-Shaddadi',d='Tuesday')
N('2019-12-26','Syria','air_drone_strike','Maarat al-Numan','Idlib','Maarat al-Numan',
 "UN OCHA: Between 16 and 24 December, more than 80,000 people fled their homes in southern Idlib as aerial bombardment intensified on Maarat al-Numan and surrounding villages, most heading towards camps near the Turkish border. Strikes on Jarjanaz on 24 December killed eight civilians, among them five children.",
 [D('SYRCVL',80000,'AT_LEAST',"more than 80,000 people fled their homes in southern Idlib",cum=True,loc=None,cb='IGOUNO',d='2019-12-26'),
  A(None,None,"aerial bombardment intensified on Maarat al-Numan",s=False,d=NULL,loc='Maarat al-Numan',note='ongoing campaign, no day'),
  A(None,None,"Strikes on Jarjanaz on 24 December",loc='Jarjanaz',d='2019-12-24'),
  K('SYRCVL',None,8,'EXACT',"killed eight civilians",loc='Jarjanaz',d='2019-12-24',cb='IGOUNO'),
  K('SYRCVL',None,5,'EXACT',"among them five children",loc='Jarjanaz',d='2019-12-24',s=False,cb='IGOUNO',note='sub-count')],gl='Jarjanaz',d='2019-12-24')
