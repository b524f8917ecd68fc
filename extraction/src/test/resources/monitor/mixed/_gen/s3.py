from lib import *
N('2020-05-28','Syria','attack','al-Muzayrib','Daraa','Daraa',
 "Daraa 24 reported that nine police officers were killed on Wednesday evening when gunmen led by a former rebel stormed the police station in al-Muzayrib and executed them, in revenge for the killing of relatives in al-Sanamayn earlier this year",
 [A('SYRREB','SYRMIL',"gunmen led by a former rebel stormed the police station in al-Muzayrib",loc='al-Muzayrib'),
  K('SYRMIL','SYRREB',9,'EXACT',"nine police officers were killed on Wednesday evening",loc='al-Muzayrib'),
  K('SYRCVL',None,None,None,"the killing of relatives in al-Sanamayn earlier this year",loc='al-Sanamayn',d=NULL,s=False,note='background')],
 gl='al-Muzayrib',d='Wednesday',wire=True)
N('2020-06-09','Syria','protest_or_statement','Suwayda','Suwayda','Suwayda',
 "Hundreds of people demonstrated for a third day in the centre of Suwayda city on Monday, chanting against Bashar al-Assad and the collapse of the pound; security forces watched from a distance and no arrests or injuries were reported.",
 [],d='Monday',noevent=True)
N('2019-07-23','Syria','air_drone_strike','Maarat al-Numan','Idlib','Maarat al-Numan',
 "At least 10 people were killed in a Russian airstrike on the popular market of Maarat al-Numan on Monday, the fourth attack on the town's markets this month, raising the number of civilians killed in the Idlib de-escalation zone since late April to more than 450, the monitor said.",
 [A('RUSMIL',None,"a Russian airstrike on the popular market of Maarat al-Numan",d='2019-07-22'),
  K('SYRCVL','RUSMIL',10,'AT_LEAST',"At least 10 people were killed",d='2019-07-22',note='"people": CVL'),
  K('SYRCVL',None,450,'AT_LEAST',"raising the number of civilians killed in the Idlib de-escalation zone since late April to more than 450",cum=True,loc='Idlib',d='2019-07-23')],d='2019-07-22')
N('2020-02-28','Syria','air_drone_strike','Balyun','Idlib','Ariha',
 "At least 33 Turkish soldiers were killed on Thursday in an air strike by Syrian government forces in Idlib, a senior Turkish official said, in the deadliest single attack on Turkey's military since it entered the conflict. The strike hit a battalion near Balyun, south of…",
 [A('SYRMIL','TURMIL',"in an air strike by Syrian government forces in Idlib",loc='Balyun'),
  K('TURMIL','SYRMIL',33,'AT_LEAST',"At least 33 Turkish soldiers were killed on Thursday",cb='TURGOV',loc='Balyun')],gl='Balyun',d='Thursday',wire=True)
N('2021-09-08','Syria','gov_regains_territory','Daraa','Daraa','Daraa',
 "Under a Russian-brokered deal, units of the 8th Brigade and Military Police entered Daraa al-Balad on Wednesday and set up four checkpoints, ending a 75-day siege; dozens of fighters handed over light weapons, and some 700 residents who had fled to Daraa al-Mahatta began to return.",
 [C('SYRMIL','Daraa al-Balad',"units of the 8th Brigade and Military Police entered Daraa al-Balad on Wednesday",note='entry by agreement, scored'),
  T('TALKS','RUSGOV',"Under a Russian-brokered deal",s=False,d=NULL)],gl='Daraa al-Balad',d='Wednesday')
N('2020-03-29','Syria','remote_explosive_ied','al-Sukhnah','Homs','Tadmur',
 "The body of a truffle hunter was found on Saturday in the Badia of al-Sukhnah, east of Homs, a day after three other men collecting truffles with him were killed by a landmine believed to have been left by IS; a fourth was hurt and taken to Palmyra.",
 [K('SYRCVL',None,1,'EXACT',"The body of a truffle hunter was found on Saturday",d='Saturday',note='body dated to the finding; landmine remnant: violence, no ATTACK'),
  K('SYRCVL',None,3,'EXACT',"three other men collecting truffles with him were killed by a landmine",d='Friday'),
  W('SYRCVL',None,1,'EXACT',"a fourth was hurt",d='Friday')],gl='al-Sukhnah',d='Friday')
N('2019-04-25','Syria','shelling_artillery_missile','Al-Suqaylabiyah','Hama','Al-Suqaylabiyah',
 "Rockets fired by factions from the Idlib countryside fell on residential neighbourhoods of the Christian town of al-Suqaylabiyah in the Hama countryside on Wednesday, killing a 12-year-old girl and injuring her grandmother, state TV said.",
 [A('SYRREB',None,"Rockets fired by factions from the Idlib countryside fell on residential neighbourhoods",cb='SYRGOV'),
  K('SYRCVL','SYRREB',1,'EXACT',"killing a 12-year-old girl",cb='SYRGOV'),
  W('SYRCVL','SYRREB',1,'EXACT',"injuring her grandmother",cb='SYRGOV')],gl='al-Suqaylabiyah',d='Wednesday')
N('2020-01-17','Syria','air_drone_strike','Idlib','Idlib','Idlib',
 "Warplanes hit the industrial zone and a busy street in Idlib city on Wednesday afternoon. The White Helmets said 19 people died, most of them workers, and dozens more were hurt; a first responder was among the dead, killed in a second strike on the same spot.",
 [A(None,None,"Warplanes hit the industrial zone and a busy street in Idlib city"),
  K('SYRCVL',None,19,'EXACT',"19 people died"),
  W('SYRCVL',None,None,None,"dozens more were hurt"),
  K('SYRCVL',None,1,'EXACT',"a first responder was among the dead",s=False,note='sub-count'),
  A(None,None,"a second strike on the same spot",s=False,note='part of the same raid')],gl='Idlib city',d='Wednesday')
N('2019-10-23','Syria','armed_clash','Tal Tamr','Hasakah','Hasakah',
 "Syrian army units deployed on Tuesday in villages around Tal Tamr under the Russia-brokered arrangement with the SDF, and clashed for the first time with Turkish-backed factions near Assadiya, losing six soldiers, a war monitor said.",
 [T('DEPLOYMENT','SYRMIL',"Syrian army units deployed on Tuesday in villages around Tal Tamr"),
  A('SYRMIL','SYRREB',"clashed for the first time with Turkish-backed factions near Assadiya",loc='Assadiya'),
  A('SYRREB','SYRMIL',"clashed for the first time with Turkish-backed factions near Assadiya",loc='Assadiya',s=False),
  K('SYRMIL','SYRREB',6,'EXACT',"losing six soldiers",loc='Assadiya')],gl='Assadiya',d='Tuesday')
N('2020-07-02','Syria','attack','Jarablus','Aleppo','Jarablus',
 "Two members of the SNA's military police were wounded and a third went missing after an attack by unidentified gunmen on their checkpoint at the entrance of the village of Ghandoura, in the Jarablus countryside, late on Wednesday",
 [A(None,'SYRREB',"an attack by unidentified gunmen on their checkpoint at the entrance of the village of Ghandoura",loc='Ghandoura'),
  W('SYRREB',None,2,'EXACT',"Two members of the SNA's military police were wounded",loc='Ghandoura',note='SNA military police: faction -> SYRREB')],gl='Ghandoura',d='Wednesday',wire=True)
N('2019-08-24','Syria','gov_regains_territory','Khan Sheikhoun','Idlib','Maarat al-Numan',
 "Government troops completed their takeover of Khan Sheikhoun and swept into Latamneh, Kafr Zita, Morek and Lahaya in northern Hama on Friday, encircling a Turkish observation post, after HTS and allied factions pulled out under heavy bombardment.",
 [C('SYRMIL','Khan Sheikhoun',"Government troops completed their takeover of Khan Sheikhoun"),
  C('SYRMIL','Latamneh',"swept into Latamneh, Kafr Zita, Morek and Lahaya"),
  C('SYRMIL','Kafr Zita',"swept into Latamneh, Kafr Zita, Morek and Lahaya"),
  C('SYRMIL','Morek',"swept into Latamneh, Kafr Zita, Morek and Lahaya"),
  C('SYRMIL','Lahaya',"swept into Latamneh, Kafr Zita, Morek and Lahaya")],d='Friday')
N('2020-04-30','Syria','remote_explosive_ied','Afrin','Aleppo','Afrin',
 "The death toll from Tuesday's fuel-tanker bombing in a crowded market in Afrin has risen to 46, including 11 children, Turkish officials said on Wednesday, blaming the YPG; another 50 people were wounded.",
 [A(None,None,"Tuesday's fuel-tanker bombing in a crowded market in Afrin",cb='TURGOV',note='blamed, not claimed'),
  K('SYRCVL',None,46,'EXACT',"The death toll from Tuesday's fuel-tanker bombing in a crowded market in Afrin has risen to 46",cb='TURGOV',note='risen toll of one bombing: not cumulative'),
  K('SYRCVL',None,11,'EXACT',"including 11 children",s=False,cb='TURGOV'),
  W('SYRCVL',None,50,'EXACT',"another 50 people were wounded",cb='TURGOV')],d='Tuesday')
N('2020-10-05','Syria','remote_explosive_ied','Jasim','Daraa','Al-Sanamayn',
 "A member of the Military Security branch was killed and his colleague lost a leg when an IED planted under their car detonated in the centre of Jasim on Sunday.",
 [A(None,'SYRMIL',"an IED planted under their car detonated in the centre of Jasim"),
  K('SYRMIL',None,1,'EXACT',"A member of the Military Security branch was killed"),
  W('SYRMIL',None,1,'EXACT',"his colleague lost a leg"),
  E('SYRMIL','VEHICLE',None,None,"an IED planted under their car detonated",s=False,note='car of unclear status (private?); unscored')],d='Sunday')
