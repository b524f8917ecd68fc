from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2020-10-26','Cameroon','attack','Kumba','South-West','Meme',
"Gunmen on motorbikes stormed Mother Francisca International Bilingual Academy in Kumba on 24 October 2020 and opened fire on pupils in a classroom, killing seven children aged 9 to 12 and injuring 13. The government blamed Ambazonian separatists, who denied it.",
'2020-10-24',[A(None,'CMRCVL','stormed Mother Francisca International Bilingual Academy',note='blamed and denied: actor null'),K('CMRCVL',None,7,X,'killing seven children aged 9 to 12'),W('CMRCVL',None,13,X,'injuring 13')])
N('2021-03-30','Mozambique','nonstate_takes_territory','Palma','Cabo Delgado','Palma',
"Insurgents linked to IS took over Palma town after a three-day assault that began on 24 March 2021; dozens of people including foreign contractors were killed, the army said, and thousands escaped by boat toward Pemba",
'2021-03-27',[O('MOZREB','a three-day assault that began on 24 March 2021',d='2021-03-24',s=False,note='assault, not named as an offensive'),
 C('MOZREB','Insurgents linked to IS took over Palma town',d=None,note='after a three-day assault: about 27 March, left null'),
 K('MOZCVL','MOZREB',None,None,'dozens of people including foreign contractors were killed',s=False,d=None),Dp('MOZCVL',None,None,'thousands escaped by boat toward Pemba',s=False,d=None)],wire=True)
N('2023-04-26','Haiti','other_violence','Port-au-Prince','Ouest','Port-au-Prince',
"A crowd in the Canapé-Vert neighbourhood of Port-au-Prince stopped a minibus at a police checkpoint on 24 April 2023, pulled out 13 suspected gang members and burned them to death.",
'2023-04-24',[K('HTIREB','HTICVL',13,X,'pulled out 13 suspected gang members and burned them to death',note='lynching by residents')],gloc='Canapé-Vert')
N('2021-08-16','Haiti','disaster','Les Cayes','Sud','Les Cayes',
"A 7.2-magnitude earthquake struck south-western Haiti on Saturday morning, flattening churches and homes in Les Cayes and Jérémie. Civil protection put the toll at 1,297 dead and 5,700 injured by Sunday evening.",
'@Saturday',[K('HTICVL',None,1297,X,'put the toll at 1,297 dead',by='HTIGOV'),W('HTICVL',None,5700,X,'5,700 injured',by='HTIGOV')],gloc='Les Cayes')
N('2024-05-06','Brazil','disaster','Porto Alegre','Rio Grande do Sul','Porto Alegre',
"Floods in Rio Grande do Sul: death toll reaches 83 - Rain-swollen rivers have forced 121,000 people from their homes across the state, while 111 are missing, the civil defence said on Sunday; Porto Alegre's airport",
'@Sunday',[K('BRACVL',None,83,X,'death toll reaches 83',cum=False,by='BRAGOV',loc='Rio Grande do Sul',note='toll of one flood episode'),Dp('BRACVL',121000,X,'forced 121,000 people from their homes',by='BRAGOV',loc='Rio Grande do Sul')],gloc='Rio Grande do Sul',wire=True)
N('2022-06-28','South Africa','accident','East London','Eastern Cape','Buffalo City',
"Twenty-one teenagers were found dead inside the Enyobeni tavern in the Scenery Park area of East London early on Sunday, 26 June 2022. Police said there were no visible wounds and poisoning was suspected.",
'2022-06-26',[K('ZAFCVL',None,21,X,'Twenty-one teenagers were found dead',cause='accident',note='suspected poisoning, cause read as accident')],gloc='Scenery Park')
N('2018-10-11','Kenya','accident','Kericho','Kericho','Londiani',
"At least 50 passengers died when a bus travelling from Nairobi to Kakamega veered off the road and rolled down an embankment at Fort Ternan, near Kericho, on 10 October 2018. Twenty others were taken to hospital.",
'2018-10-10',[K('KENCVL',None,50,L,'At least 50 passengers died'),W('KENCVL',None,20,X,'Twenty others were taken to hospital')],gloc='Fort Ternan')
N('2024-03-01','Bangladesh','accident','Dhaka','Dhaka','Dhaka',
"Fire in Bailey Road restaurant building kills 46 - A blaze tore through a seven-storey building housing restaurants on Bailey Road in Dhaka late on Thursday, killing 46 people and injuring 22, the health minister said",
'@Thursday',[K('BGDCVL',None,46,X,'killing 46 people',by='BGDGOV'),W('BGDCVL',None,22,X,'injuring 22',by='BGDGOV'),
 K('BGDCVL',None,46,X,'kills 46',s=False,note='headline restatement')],gloc='Bailey Road',wire=True)
N('2024-07-02','Kenya','protest_or_statement','Nairobi','Nairobi','Nairobi',
"Kenyan youth-led protesters marched again in central Nairobi on 2 July 2024 against tax rises; police fired tear gas near Parliament Road. No deaths or injuries were reported.",
'2024-07-02',[A('KENMIL','KENCVL','police fired tear gas near Parliament Road',s=False,note='crowd control; no-event note')],noevent=True)
