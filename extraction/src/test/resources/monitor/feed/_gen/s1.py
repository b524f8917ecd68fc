from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2020-01-16','Syria','shelling_artillery_missile','Maarat al-Numan','Idlib','Maarat al-Numan',
"On 15 January 2020, regime forces shelled the town of Maarat al-Numan in the southern countryside of Idlib with rocket launchers, killing a woman and her two daughters and injuring 4 other civilians.",
'2020-01-15',[A('SYRMIL','SYRCVL','regime forces shelled the town of Maarat al-Numan'),
 K('SYRCVL','SYRMIL',3,X,'killing a woman and her two daughters'),W('SYRCVL','SYRMIL',4,X,'injuring 4 other civilians')])
N('2020-02-04','Syria','air_drone_strike','Ariha','Idlib','Ariha',
"Russian warplanes carried out several airstrikes on residential neighbourhoods of Ariha city late on Monday. A civil defence volunteer was among those killed, rescuers said, and the death toll reached nine by Tuesday morning, with over 20 wounded.",
'@Monday',[A('RUSMIL','SYRCVL','Russian warplanes carried out several airstrikes on residential neighbourhoods of Ariha city'),
 K('SYRCVL','RUSMIL',9,X,'the death toll reached nine by Tuesday morning',note='civil defence volunteer is a sub-count of the nine'),
 K('SYRCVL','RUSMIL',1,X,'A civil defence volunteer was among those killed',s=False,note='sub-count of the nine'),
 W('SYRCVL','RUSMIL',20,L,'with over 20 wounded')])
N('2019-05-22','Syria','armed_clash','Kafr Nabudah','Hama','Al-Suqaylabiyah',
"On 21 May 2019, HTS and NLF fighters launched a counterattack against regime forces and the NDF at Kafr Nabudah in the northwestern countryside of Hama, retaking the village. At least 29 regime soldiers and NDF members were killed, along with 18 opposition fighters, according to a war monitor.",
'2019-05-21',[O('SYRREB','launched a counterattack against regime forces and the NDF at Kafr Nabudah'),
 A('SYRREB','SYRMIL','launched a counterattack against regime forces and the NDF'),
 C('SYRREB','retaking the village'),
 K('SYRMIL','SYRREB',29,L,'At least 29 regime soldiers and NDF members were killed'),
 K('SYRREB','SYRMIL',18,L,'along with 18 opposition fighters',note='"At least" read as governing both figures')])
N('2020-03-02','Syria','remote_explosive_ied','Jarablus','Aleppo','Jarablus',
"Jarablus, Aleppo countryside: a car bomb went off near the Dawwar al-Saaa roundabout in the centre of the city on Sunday afternoon, leaving 5 dead, among them a child, and at least 15 others injured. No group claimed the attack.",
'@Sunday',[A(None,'SYRCVL','a car bomb went off near the Dawwar al-Saaa roundabout'),
 K('SYRCVL',None,5,X,'leaving 5 dead'),K('SYRCVL',None,1,X,'among them a child',s=False,note='sub-count'),
 W('SYRCVL',None,15,L,'at least 15 others injured')])
N('2019-11-08','Syria','attack','Jasim','Daraa','Izra',
"On 7 November 2019, unidentified gunmen shot dead a former FSA commander who had joined the reconciliation in Jasim city in the northern countryside of Daraa.",
'2019-11-07',[K('SYRREB',None,1,X,'unidentified gunmen shot dead a former FSA commander',note='former opposition fighter coded REB')])
N('2020-07-19','Syria','other_violence','Daraa','Daraa','Daraa',
"On 18 July 2020, the body of a young man from Tafas was found dumped near the Daraa-Tafas road, bearing gunshot wounds. He had been detained at a Military Security checkpoint a week earlier.",
'2020-07-18',[K('SYRCVL',None,1,X,'the body of a young man from Tafas was found')],gloc='Tafas')
N('2020-06-15','Syria','remote_explosive_ied','Tal Abyad','Raqqa','Tal Abyad',
"An explosive device planted in a motorcycle detonated in the vegetable market of Tal Abyad, north of Raqqa, on Sunday, killing two civilians and a member of the Turkish-backed National Army, local sources said",
'@Sunday',[A(None,'SYRCVL','An explosive device planted in a motorcycle detonated in the vegetable market of Tal Abyad'),
 K('SYRCVL',None,2,X,'killing two civilians'),K('SYRREB',None,1,X,'a member of the Turkish-backed National Army')],wire=True)
N('2020-01-27','Syria','gov_regains_territory','Maar Shamarin','Idlib','Maarat al-Numan',
"Regime forces, backed by Russian air cover, took control of the villages of Maar Shamarin and Tell Mannas in the eastern countryside of Maarat al-Numan on 26 January 2020, after HTS fighters withdrew from them.",
'2020-01-26',[C('SYRMIL','took control of the villages of Maar Shamarin'),
 C('SYRMIL','took control of the villages of Maar Shamarin and Tell Mannas',loc='Tell Mannas')])
N('2019-09-03','Syria','attack','al-Hol','Al-Hasakeh','Al-Hasakeh',
"On 2 September 2019, an Iraqi woman was stabbed to death inside al-Hol camp in the eastern countryside of Hasakah by women believed to be affiliated with IS. The victim was reportedly accused of cooperating with camp security.",
'2019-09-02',[K('IRQREF','SYRREB',1,X,'an Iraqi woman was stabbed to death inside al-Hol camp',note='camp resident coded REF; attackers believed IS -> SYRREB')],gloc='al-Hol')
N('2020-02-21','Syria','armed_clash','Nayrab','Idlib','Idlib',
"Syria: Turkish-backed fighters and regime forces fight for Nayrab - Heavy fighting raged around the village of Nayrab, east of Idlib city, on Thursday as opposition factions backed by Turkish artillery attacked regime positions, briefly entering the village before being pushed back. Two Turkish soldiers were killed in an airstrike and five others hurt, Ankara said",
'@Thursday',[A('SYRREB','SYRMIL','opposition factions backed by Turkish artillery attacked regime positions'),
 A('TURMIL','SYRMIL','backed by Turkish artillery',s=False),
 C('SYRREB','briefly entering the village',s=False,note='entry reversed the same day'),
 K('TURMIL',None,2,X,'Two Turkish soldiers were killed in an airstrike',by='TURGOV'),
 W('TURMIL',None,5,X,'five others hurt',by='TURGOV'),A(None,'TURMIL','killed in an airstrike',note='strike by unnamed air force')],wire=True)
N('2019-12-29','Syria','other_violence','Maarat al-Numan','Idlib','Maarat al-Numan',
"Nearly 235,000 people have fled their homes in southern Idlib since mid-December as the regime campaign on Maarat al-Numan intensified, the UN humanitarian office said on 27 December.",
'2019-12-27',[Dp('SYRCVL',235000,B,'Nearly 235,000 people have fled their homes in southern Idlib since mid-December',cum=True,by='IGOUNO',loc='Idlib')])
