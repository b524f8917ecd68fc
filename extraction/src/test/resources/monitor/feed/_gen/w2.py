from gen import *
X,L,B,U='EXACT','AT_LEAST','ABOUT','UP_TO'
N('2021-04-05','India','attack','Bijapur','Chhattisgarh','Bijapur',
"Maoists ambushed a joint team of CRPF and state police near Tekalguda village on the Sukma-Bijapur border on 3 April 2021. 22 security personnel were killed and 31 injured in a gunfight that lasted hours; one jawan went missing.",
'2021-04-03',[A('INDREB','INDMIL','Maoists ambushed a joint team of CRPF and state police'),K('INDMIL','INDREB',22,X,'22 security personnel were killed'),W('INDMIL','INDREB',31,X,'31 injured')],gloc='Tekalguda')
N('2023-05-05','India','other_violence','Imphal','Manipur','Imphal West',
"Manipur violence: toll rises as army deployed - Ethnic clashes between Meitei and Kuki groups spread across Imphal and Churachandpur, and at least 9,000 people have been moved to safer places, officials said on Thursday, as the army",
'@Thursday',[A(None,None,'Ethnic clashes between Meitei and Kuki groups spread across Imphal and Churachandpur',note='communal; no side'),
 Dp('INDCVL',9000,L,'at least 9,000 people have been moved to safer places',by='INDGOV'),Dep('INDMIL','army deployed',s=False,loc=None)],wire=True)
N('2024-07-31','India','disaster','Wayanad','Kerala','Wayanad',
"Landslides triggered by torrential rain buried Mundakkai and Chooralmala villages in Wayanad, Kerala, on 30 July 2024. By evening the confirmed toll stood at 93, with scores still missing and about 3,000 people moved to relief camps.",
'2024-07-30',[K('INDCVL',None,93,X,'the confirmed toll stood at 93'),Dp('INDCVL',3000,B,'about 3,000 people moved to relief camps')],gloc='Mundakkai')
N('2018-04-10','Somalia','remote_explosive_ied','Mogadishu','Banadir','Mogadishu',
"On 9 April 2018, a roadside bomb went off near a football stadium in the Wadajir district of Mogadishu as a minibus drove past, killing 5 spectators and wounding the driver.",
'2018-04-09',[A(None,'SOMCVL','a roadside bomb went off near a football stadium'),K('SOMCVL',None,5,X,'killing 5 spectators'),W('SOMCVL',None,1,X,'wounding the driver')],gloc='Wadajir')
N('2022-10-31','Somalia','remote_explosive_ied','Mogadishu','Banadir','Mogadishu',
"Two car bombs exploded minutes apart at the busy Zobe junction outside the education ministry in Mogadishu on Saturday; the president said at least 100 people were killed and 300 injured. Al-Shabaab claimed responsibility.",
'@Saturday',[A('SOMREB','SOMCVL','Two car bombs exploded minutes apart at the busy Zobe junction',by='SOMREB'),
 K('SOMCVL','SOMREB',100,L,'at least 100 people were killed',by='SOMGOV'),W('SOMCVL','SOMREB',300,L,'300 injured',by='SOMGOV',note='at least governs both')],gloc='Zobe')
N('2023-01-18','Somalia','gov_regains_territory','Harardhere','Galmudug','Xarardheere',
"Government forces and macawisley militia captured the coastal town of Harardhere on 16 January 2023 without resistance after al-Shabaab fighters fled, the information minister said.",
'2023-01-16',[C('SOMMIL','captured the coastal town of Harardhere',by='SOMGOV')])
N('2020-12-01','Nigeria','attack','Zabarmari','Borno','Jere',
"Boko Haram fighters tied up and slit the throats of rice farmers working in fields at Koshobe near Zabarmari, Jere LGA, on Saturday. The UN said at least 110 were killed; local officials had earlier given 43",
'@Saturday',[A('NGAREB','NGACVL','Boko Haram fighters tied up and slit the throats of rice farmers'),K('NGACVL','NGAREB',110,L,'at least 110 were killed',by='IGOUNO'),
 K('NGACVL','NGAREB',43,X,'local officials had earlier given 43',s=False,by='NGAGOV',note='competing earlier figure')],gloc='Koshobe',wire=True)
N('2021-02-27','Nigeria','abduction','Jangebe','Zamfara','Talata Mafara',
"Armed bandits stormed the Government Girls Science Secondary School in Jangebe in the early hours of 26 February 2021 and abducted 279 schoolgirls. A police officer was shot dead during the raid.",
'2021-02-26',[A(None,'NGACVL','Armed bandits stormed the Government Girls Science Secondary School',note='bandits: no side'),K('NGAMIL',None,1,X,'A police officer was shot dead during the raid')])
N('2024-06-30','Nigeria','remote_explosive_ied','Gwoza','Borno','Gwoza',
"Female suicide bombers struck a wedding, a hospital and a funeral in Gwoza on 29 June 2024. Borno's emergency agency counted 18 dead and 42 seriously hurt.",
'2024-06-29',[A(None,'NGACVL','Female suicide bombers struck a wedding, a hospital and a funeral'),K('NGACVL',None,18,X,'counted 18 dead',by='NGAGOV'),W('NGACVL',None,42,X,'42 seriously hurt',by='NGAGOV')])
N('2023-10-25','DR Congo','attack','Oicha','North Kivu','Beni',
"Suspected ADF rebels attacked Mukondi and Oicha on 20 October 2023 in Beni territory, hacking to death at least 26 villagers, including women and children, the territory administrator said. Survivors fled toward Oicha town centre.",
'2023-10-20',[A('CODREB','CODCVL','Suspected ADF rebels attacked Mukondi and Oicha',loc='Mukondi'),K('CODCVL','CODREB',26,L,'hacking to death at least 26 villagers',by='CODGOV',loc='Mukondi'),
 Dp('CODCVL',None,None,'Survivors fled toward Oicha town centre',s=False)],gloc='Mukondi')
N('2022-11-02','DR Congo','nonstate_takes_territory','Kiwanja','North Kivu','Rutshuru',
"M23 rebels seize Rutshuru and Kiwanja - The M23 took control of the towns of Kiwanja and Rutshuru-centre on Saturday after the army withdrew, residents said, as thousands fled toward Goma",
'@Saturday',[C('CODREB','The M23 took control of the towns of Kiwanja'),C('CODREB','Kiwanja and Rutshuru-centre',loc='Rutshuru'),
 Dp('CODCVL',None,None,'thousands fled toward Goma',s=False),C('CODREB','M23 rebels seize Rutshuru and Kiwanja',s=False,loc='Rutshuru',note='headline restatement')],wire=True)
N('2024-05-04','DR Congo','shelling_artillery_missile','Goma','North Kivu','Goma',
"Bombs fell on the Lac Vert and Mugunga displacement camps west of Goma on 3 May 2024, killing 35 displaced people, most of them children. The army and the US blamed M23 and Rwandan forces.",
'2024-05-03',[A(None,'CODREF','Bombs fell on the Lac Vert and Mugunga displacement camps',note='blamed, not claimed'),K('CODREF',None,35,X,'killing 35 displaced people')],gloc='Mugunga')
N('2022-06-14','Burkina Faso','attack','Seytenga','Sahel','Seno',
"Armed men attacked Seytenga in the night of 11 to 12 June 2022, killing dozens; the government first said 50 bodies were found, later raising the toll to 86. Thousands of residents fled to Dori.",
'2022-06-12',[A(None,'BFACVL','Armed men attacked Seytenga'),K('BFACVL',None,86,X,'later raising the toll to 86',by='BFAGOV'),
 K('BFACVL',None,50,X,'the government first said 50 bodies were found',s=False,by='BFAGOV',note='superseded figure'),Dp('BFACVL',None,None,'Thousands of residents fled to Dori',s=False)])
N('2023-02-21','Burkina Faso','attack','Déou','Sahel','Oudalan',
"In the Oudalan province, 51 soldiers died on 17 February 2023 when their unit was ambushed between Déou and Oursi, the army said, adding that some 160 assailants were neutralised in the riposte.",
'2023-02-17',[A(None,'BFAMIL','their unit was ambushed between Déou and Oursi'),K('BFAMIL',None,51,X,'51 soldiers died',by='BFAMIL'),
 K('BFAREB','BFAMIL',160,B,'some 160 assailants were neutralised',by='BFAMIL',note='jihadist assailants')],gloc='Déou')
