from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2019-09-16','Syria','remote_explosive_ied','al-Bukamal','Deir ez-Zor','Abu Kamal',
"Unidentified aircraft bombed positions of Iraqi Kataib Hezbollah near al-Bukamal at dawn on 15 September 2019. Ten of the militiamen were killed, according to local activists; the group denied any losses.",
'2019-09-15',[A(None,'IRQMIL','Unidentified aircraft bombed positions of Iraqi Kataib Hezbollah'),K('IRQMIL',None,10,X,'Ten of the militiamen were killed',note='Iraqi PMF group: IRQMIL')],gloc='al-Bukamal')
N('2020-06-08','Syria','abduction','Manbij','Aleppo','Menbij',
"Military Council of Manbij says it arrested 5 members of an IS cell in raids on the villages of Um Adasa and al-Masrab on Sunday - no shots fired.",
'@Sunday',[],noevent=True)
N('2019-07-05','Syria','air_drone_strike','Maarrat Hurmah','Idlib','Maarat al-Numan',
"Warplanes pounded Maarrat Hurmah and Kafr Sijnah in southern Idlib countryside Thursday, a child and his grandfather among the dead, local sources told",
'@Thursday',[A(None,None,'Warplanes pounded Maarrat Hurmah and Kafr Sijnah',loc='Maarrat Hurmah'),K('SYRCVL',None,2,X,'a child and his grandfather among the dead',loc='Maarrat Hurmah',note='"among the dead": only these two are counted; others possible')],gloc='Maarrat Hurmah',wire=True)
N('2020-11-02','Syria','attack','Tadef','Aleppo','Al-Bab',
"SNA fighters and regime forces exchanged artillery fire near Tadef, south of al-Bab, on 1 November 2020; a regime soldier was killed by a sniper in the same area the same day.",
'2020-11-01',[A('SYRREB','SYRMIL','SNA fighters and regime forces exchanged artillery fire near Tadef'),A('SYRMIL','SYRREB','regime forces exchanged artillery fire',s=False),
 K('SYRMIL','SYRREB',1,X,'a regime soldier was killed by a sniper',note='sniper in the SNA area')])
N('2019-05-15','Syria','shelling_artillery_missile','Latakia','Latakia','Jablah',
"Several rockets fired from the Kabani front landed near Hmeimim airbase in the Jableh countryside, Latakia, on 14 May 2019. The Russian defence ministry said its air defences downed two drones and that no one was hurt.",
'2019-05-14',[A('SYRREB','RUSMIL','Several rockets fired from the Kabani front landed near Hmeimim airbase',note='front held by opposition'),
 A('SYRREB','RUSMIL','its air defences downed two drones',by='RUSGOV',s=False,note='drone attack implied'),
 E('SYRREB','AIRCRAFT',2,X,'its air defences downed two drones',a='RUSMIL',by='RUSGOV',s=False,note='attack drones: AIRCRAFT or OTHER; owner implied')],gloc='Hmeimim')
N('2020-04-29','Syria','remote_explosive_ied','Afrin','Aleppo','Afrin',
"A fuel tanker rigged with explosives blew up in a crowded market in Afrin city on 28 April 2020, killing 40 people including 11 children, according to the Turkish Interior Ministry. Dozens more were wounded and fire spread to nearby shops.",
'2020-04-28',[A(None,'SYRCVL','A fuel tanker rigged with explosives blew up in a crowded market'),K('SYRCVL',None,40,X,'killing 40 people',by='TURGOV'),
 K('SYRCVL',None,11,X,'including 11 children',s=False,by='TURGOV'),W('SYRCVL',None,None,None,'Dozens more were wounded',s=False)])
N('2019-08-13','Syria','gov_regains_territory','al-Habit','Idlib','Maarat al-Numan',
"Regime forces and the 25th Division seized al-Habit and Sukayk in the southern countryside of Idlib on 11 August 2019, after the factions withdrew under heavy bombardment.",
'2019-08-11',[C('SYRMIL','seized al-Habit',loc='al-Habit'),C('SYRMIL','seized al-Habit and Sukayk',loc='Sukayk')],gloc='al-Habit')
N('2020-07-14','Syria','armed_clash','Daraa al-Balad','Daraa','Daraa',
"Daraa al-Balad: former opposition fighters attacked a checkpoint of the Air Force Intelligence at the Saraya roundabout on 13 July 2020. Two intelligence members and an attacker lost their lives in the ensuing firefight.",
'2020-07-13',[A('SYRREB','SYRMIL','former opposition fighters attacked a checkpoint of the Air Force Intelligence'),
 K('SYRMIL','SYRREB',2,X,'Two intelligence members'),K('SYRREB','SYRMIL',1,X,'an attacker lost their lives')])
N('2019-12-24','Syria','other_violence','Idlib','Idlib','',
"More than 80,000 people have fled southern Idlib in the past week alone, and some now sleep in the open along the roads to Sarmada and the border, the Syria Response Coordinators said on 23 December 2019.",
'2019-12-23',[Dp('SYRCVL',80000,L,'More than 80,000 people have fled southern Idlib in the past week alone',cum=True,loc='Idlib')],gloc='Idlib')
N('2020-01-08','Syria','shelling_artillery_missile','Ras al-Ain','Al-Hasakeh','Ras al-Ain',
"On 7 January 2020, SDF fire from Tal Tamr hit the village of Bab al-Khayr near Ras al-Ain, killing a member of the Sultan Murad division.",
'2020-01-07',[A('SYRREB','SYRREB','SDF fire from Tal Tamr hit the village of Bab al-Khayr'),K('SYRREB','SYRREB',1,X,'killing a member of the Sultan Murad division')],gloc='Bab al-Khayr')
N('2019-04-25','Syria','air_drone_strike','Idlib','Idlib','Idlib',
"Turkish-Russian talks on Idlib stall as bombing resumes - The truce in Idlib frayed further on Wednesday as Syrian jets bombed towns in the south of the province, residents said, while Ankara and Moscow",
'@Wednesday',[A('SYRMIL',None,'Syrian jets bombed towns in the south of the province')],wire=True)
N('2020-08-26','Syria','air_drone_strike','Ibleen','Idlib','Ariha',
"Not since the March truce has the Jabal al-Zawiya region seen so many drones: a Russian-made drone strike on a farm in Ibleen on 25 August 2020 killed a father and his 3 sons while they were harvesting figs.",
'2020-08-25',[A(None,'SYRCVL','a Russian-made drone strike on a farm in Ibleen'),K('SYRCVL',None,4,X,'killed a father and his 3 sons')],gloc='Ibleen')
N('2019-10-17','Syria','remote_explosive_ied','Qamishli','Al-Hasakeh','Al-Qamishli',
"A car packed with explosives detonated outside a restaurant on Munir Habib street in Qamishli on 11 October 2019, killing at least 3 and injuring 9. IS claimed responsibility the following day.",
'2019-10-11',[A('SYRREB','SYRCVL','A car packed with explosives detonated outside a restaurant',by='SYRREB'),K('SYRCVL','SYRREB',3,L,'killing at least 3',by='SYRREB'),W('SYRCVL','SYRREB',9,X,'injuring 9',by='SYRREB')])
N('2020-05-02','Syria','other_violence','Quneitra','Quneitra','Quneitra',
"A reconciled former rebel from Jubata al-Khashab died in custody in Saydnaya prison, his family was informed on 1 May 2020. He had been arrested at a checkpoint in Quneitra governorate in 2018.",
'2020-05-01',[K('SYRREB','SYRMIL',1,X,'A reconciled former rebel from Jubata al-Khashab died in custody',note='death in custody: violence, actor the regime; date = day family was told')],gloc='Saydnaya')
N('2019-01-21','Syria','air_drone_strike','','','',
"Israel struck Iranian targets in Syria early Monday, the Israeli military said; the Russian military said four Syrian soldiers were killed and six wounded.",
'@Monday',[A('ISRMIL','IRNMIL','Israel struck Iranian targets in Syria',by='ISRMIL'),K('SYRMIL','ISRMIL',4,X,'four Syrian soldiers were killed',by='RUSMIL'),
 W('SYRMIL','ISRMIL',6,X,'six wounded',by='RUSMIL')],gloc=None)
N('2020-10-12','Syria','disaster','Latakia','Latakia','Latakia',
"Wildfires that broke out in the mountains of Latakia and Tartus on 9 October 2020 killed three people and forced hundreds of families from their villages, the agriculture ministry said.",
'2020-10-09',[K('SYRCVL',None,3,X,'killed three people',by='SYRGOV'),Dp('SYRCVL',None,None,'forced hundreds of families from their villages',s=False,by='SYRGOV')])
