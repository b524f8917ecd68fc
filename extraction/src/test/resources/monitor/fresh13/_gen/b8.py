# b8: 36 wire/RSS snippets (4 Syria, 26 other conflicts, 5 non-conflict, 1 with no event)
I('r01', 'wire', '2019-08-19', 'Mon', 'Syria', 'air_drone_strike', 'Maarat al-Numan', 'Idlib', 'Maarat al-Numan', 3,
  "Air strike hits Turkish convoy heading to Idlib post; Ankara says 3 civilians killed - An air strike hit a Turkish military convoy on its way to an observation post in Syria's Idlib province on Monday near Maarat al-Numan, killing three civilians and wounding 12, Turkey's defence ministry said, blaming",
  A(None, "An air strike hit a Turkish military convoy on its way to an observation post in Syria's Idlib province on Monday", v='TURMIL', note='attribution cut off: no actor'),
  K('SYRCVL', 3, "killing three civilians and wounding 12", cb='TURGOV'),
  W('SYRCVL', 12, "killing three civilians and wounding 12", cb='TURGOV'),
  K('SYRCVL', 3, "Ankara says 3 civilians killed", cb='TURGOV', s=False, note='headline restatement'))

I('r02', 'wire', '2020-08-18', 'Tue', 'Syria', 'remote_explosive_ied', 'Deir ez-Zor', 'Deir ez-Zor', 'Deir ez-Zor', 1,
  "Russian major general killed by roadside bomb in Syria - A Russian major general was killed and two servicemen were wounded when a roadside bomb went off under their armoured vehicle near Deir ez-Zor on Tuesday, the defence ministry in Moscow said, as they returned from delivering",
  A(None, "a roadside bomb went off under their armoured vehicle near Deir ez-Zor on Tuesday", v='RUSMIL'),
  K('RUSMIL', 1, "A Russian major general was killed", cb='RUSGOV'),
  W('RUSMIL', 2, "two servicemen were wounded", cb='RUSGOV'),
  E('RUSMIL', 'APC', None, "a roadside bomb went off under their armoured vehicle", cb='RUSGOV'),
  K('RUSMIL', 1, "Russian major general killed by roadside bomb", s=False, note='headline restatement'))

I('r03', 'wire', '2019-05-09', 'Thu', 'Syria', 'gov_regains_territory', 'Qalaat al-Madiq', 'Hama', 'al-Suqaylabiyah', 0,
  "Syrian army takes Qalaat al-Madiq in northwest Hama push - Syrian government forces captured the town of Qalaat al-Madiq and the nearby village of Kirnaz on Thursday after days of bombardment, state media said, in the first major ground advance since",
  C('SYRMIL', "Syrian government forces captured the town of Qalaat al-Madiq", cb='SYRGOV'),
  C('SYRMIL', "the nearby village of Kirnaz", cb='SYRGOV', l='Kirnaz'),
  C('SYRMIL', "Syrian army takes Qalaat al-Madiq", s=False, note='headline restatement'),
  A('SYRMIL', "after days of bombardment", s=False, d=None, note='several days'))

I('r04', 'wire', '2020-07-21', 'Mon', 'Syria', 'air_drone_strike', '', 'Rif Dimashq', '', 5,
  "Israeli strikes south of Damascus kill 5 pro-government fighters, monitor says - Israeli missiles hit military positions south of Damascus late on Monday, killing five pro-government fighters, a war monitor said, while state media reported seven soldiers wounded and said most of the missiles…",
  A('ISRMIL', "Israeli missiles hit military positions south of Damascus late on Monday", l=None),
  K('SYRMIL', 5, "killing five pro-government fighters", a='ISRMIL', l=None),
  W('SYRMIL', 7, "state media reported seven soldiers wounded", a='ISRMIL', cb='SYRGOV', l=None),
  K('SYRMIL', 5, "kill 5 pro-government fighters", a='ISRMIL', l=None, s=False, note='headline restatement'))

I('r05', 'wire', '2021-08-07', 'Fri', 'Afghanistan', 'nonstate_takes_territory', 'Zaranj', 'Nimroz', 'Zaranj', 0,
  "Taliban take first Afghan provincial capital in months - Taliban fighters took control of Zaranj, the capital of the south-western province of Nimroz on the Iranian border, on Friday without much of a fight, a provincial official said, and officials fled towards",
  C('AFGREB', "Taliban fighters took control of Zaranj", cb='AFGGOV'),
  C('AFGREB', "Taliban take first Afghan provincial capital", s=False, l=None, note='headline restatement'))

I('r06', 'wire', '2024-08-26', 'Mon', 'Pakistan', 'attack', 'Musakhel', 'Balochistan', 'Musakhel', 23,
  "Gunmen check IDs, kill 23 on Balochistan highway - Gunmen blocked a highway in Musakhel district of Pakistan's Balochistan province early on Monday, forced passengers off trucks and buses, checked their identity cards and shot dead 23 men from Punjab, a senior police official said. They also set fire to 10 vehicles before",
  A(None, "Gunmen blocked a highway in Musakhel district"),
  K('PAKCVL', 23, "shot dead 23 men from Punjab", cb='PAKMIL'),
  K('PAKCVL', 23, "kill 23 on Balochistan highway", s=False, note='headline restatement'))

I('r07', 'wire', '2024-06-10', 'Sun', 'India', 'attack', 'Reasi', 'Jammu and Kashmir', 'Reasi', 9,
  "Nine pilgrims killed as bus falls into gorge after militant attack in Jammu - Suspected militants fired on a bus carrying Hindu pilgrims in Reasi district of Jammu and Kashmir on Sunday evening, causing it to plunge into a gorge and killing nine people, police said. Another 33 passengers were injured, several of them",
  A('INDREB', "Suspected militants fired on a bus carrying Hindu pilgrims in Reasi district"),
  K('INDCVL', 9, "killing nine people", a='INDREB', cb='INDMIL'),
  W('INDCVL', 33, "Another 33 passengers were injured", a='INDREB', cb='INDMIL'),
  K('INDCVL', 9, "Nine pilgrims killed", s=False, note='headline restatement'))

I('r08', 'wire', '2023-12-05', 'Sun', 'Nigeria', 'air_drone_strike', 'Tudun Biri', 'Kaduna', 'Igabi', 85,
  "Nigeria army says drone strike on village was a mistake; 85 dead - A Nigerian army drone targeting militants mistakenly struck villagers celebrating a religious festival in Tudun Biri, Kaduna state, on Sunday night, killing 85 people, the national emergency agency said on Tuesday. At least 66 injured people",
  A('NGAMIL', "A Nigerian army drone targeting militants mistakenly struck villagers celebrating a religious festival in Tudun Biri"),
  K('NGACVL', 85, "killing 85 people, the national emergency agency said", a='NGAMIL', cb='NGAGOV'),
  W('NGACVL', 66, "At least 66 injured people", q='AL', a='NGAMIL', s=False, note='cut before its verb'),
  K('NGACVL', 85, "85 dead", s=False, note='headline restatement'))

I('r09', 'wire', '2023-03-13', 'Sat', 'Niger', 'attack', 'Banibangou', 'Tillaberi', 'Banibangou', 10,
  "Ten Niger soldiers killed in ambush near Mali border - Jihadist fighters ambushed an army patrol near Banibangou in western Niger on Saturday, killing ten soldiers and wounding seven, the defence ministry said on Monday, adding that 'several dozen' of the assailants were",
  A('NERREB', "Jihadist fighters ambushed an army patrol near Banibangou in western Niger on Saturday", v='NERMIL'),
  K('NERMIL', 10, "killing ten soldiers and wounding seven", a='NERREB', cb='NERGOV'),
  W('NERMIL', 7, "killing ten soldiers and wounding seven", a='NERREB', cb='NERGOV'),
  K('NERREB', None, "'several dozen' of the assailants were", s=False, cb='NERGOV', note='cut before its verb'),
  K('NERMIL', 10, "Ten Niger soldiers killed", s=False, note='headline restatement'))

I('r10', 'wire', '2022-06-21', 'Sat', 'Mali', 'attack', 'Diallassagou', 'Mopti', 'Bankass', 132,
  "Mali says 132 civilians killed by jihadists in central villages - Suspected jihadists killed 132 civilians in Diallassagou and two nearby villages in Mali's central Bankass district over the weekend, the government said on Monday, blaming the Katiba Macina group. Survivors said the gunmen rounded up",
  A('MLIREB', "Suspected jihadists killed 132 civilians in Diallassagou and two nearby villages", d=None, note='weekend: no single day'),
  K('MLICVL', 132, "Suspected jihadists killed 132 civilians in Diallassagou and two nearby villages", a='MLIREB', cb='MLIGOV', d=None),
  K('MLICVL', 132, "Mali says 132 civilians killed", s=False, d=None, note='headline restatement'))

I('r11', 'wire', '2024-06-13', 'Tue', 'Burkina Faso', 'attack', 'Mansila', 'Sahel', 'Yagha', 100,
  "JNIM says it overran Burkina army base at Mansila - The al Qaeda-linked JNIM said its fighters stormed an army base in Mansila, in Burkina Faso's Yagha province near the Niger border, on Tuesday, killing more than 100 soldiers and capturing seven. The army has not commented, and security sources said…",
  A('BFAREB', "its fighters stormed an army base in Mansila", cb='BFAREB'),
  K('BFAMIL', 100, "killing more than 100 soldiers and capturing seven", q='AL', a='BFAREB', cb='BFAREB'),
  C('BFAREB', "JNIM says it overran Burkina army base at Mansila", cb='BFAREB', s=False, note='claimed taking of a base, headline'))

I('r12', 'wire', '2021-03-03', 'Mon', 'Somalia', 'air_drone_strike', 'Jilib', 'Middle Juba', 'Jilib', 9,
  "AFRICOM says strike killed 9 al Shabaab militants - The U.S. military said on Tuesday an air strike it carried out on Monday near Jilib in southern Somalia, in coordination with the Somali government, killed nine al Shabaab fighters and that no civilians were",
  A('USAMIL', "an air strike it carried out on Monday near Jilib in southern Somalia", cb='USAMIL'),
  K('SOMREB', 9, "killed nine al Shabaab fighters", a='USAMIL', cb='USAMIL'),
  K('SOMREB', 9, "strike killed 9 al Shabaab militants", s=False, cb='USAMIL', note='headline restatement'))

I('r13', 'wire', '2023-01-27', 'Fri', 'Kenya', 'remote_explosive_ied', 'Ijara', 'Garissa', 'Ijara', 5,
  "Five police reservists killed in Garissa blast - Five police reservists died on Friday when their vehicle hit an explosive device on a road in Ijara, Garissa county, near the Somali border, police said, blaming al Shabaab militants who have planted",
  A('SOMREB', "their vehicle hit an explosive device on a road in Ijara", cb='KENMIL', note='blamed on al-Shabaab: SOMREB'),
  K('KENMIL', 5, "Five police reservists died on Friday", a='SOMREB', cb='KENMIL'),
  E('KENMIL', 'VEHICLE', None, "their vehicle hit an explosive device", a='SOMREB'),
  K('KENMIL', 5, "Five police reservists killed in Garissa blast", s=False, note='headline restatement'))

I('r14', 'wire', '2021-06-29', 'Mon', 'Ethiopia', 'nonstate_takes_territory', 'Mekelle', 'Tigray', 'Mekelle', 0,
  "Tigrayan forces retake Mekelle as government declares ceasefire - Fighters loyal to Tigray's former ruling party entered the regional capital Mekelle on Monday, residents said, hours after the federal government declared a unilateral ceasefire and its soldiers and officials left the city, cheering crowds",
  C('ETHREB', "Fighters loyal to Tigray's former ruling party entered the regional capital Mekelle on Monday"),
  C('ETHREB', "Tigrayan forces retake Mekelle", s=False, note='headline restatement'))

I('r15', 'wire', '2024-05-26', 'Sat', 'Sudan', 'shelling_artillery_missile', 'El Fasher', 'North Darfur', 'El Fasher', 9,
  "Shells hit El Fasher hospital, killing 9 - Shells fired by the RSF struck a hospital in the besieged Sudanese city of El Fasher on Saturday, killing nine people, among them a nurse, and wounding 21, medical charity staff said. Hours later the army's warplanes bombed RSF positions east of",
  A('SDNREB', "Shells fired by the RSF struck a hospital in the besieged Sudanese city of El Fasher on Saturday"),
  K('SDNCVL', 9, "killing nine people, among them a nurse, and wounding 21", a='SDNREB'),
  K('SDNCVL', 1, "among them a nurse", s=False, note='sub-count'),
  W('SDNCVL', 21, "killing nine people, among them a nurse, and wounding 21", a='SDNREB'),
  A('SDNMIL', "the army's warplanes bombed RSF positions", v='SDNREB'),
  K('SDNCVL', 9, "Shells hit El Fasher hospital, killing 9", s=False, note='headline restatement'))

I('r16', 'wire', '2023-03-10', 'Wed', 'DR Congo', 'attack', 'Mukondi', 'North Kivu', 'Beni', 40,
  "ADF rebels kill at least 40 in eastern Congo village - Suspected ADF rebels killed at least 40 people, most of them women and children, with machetes and guns in the village of Mukondi in North Kivu province overnight on Wednesday, a local official said. The death toll could rise as rescuers",
  K('CODCVL', 40, "Suspected ADF rebels killed at least 40 people, most of them women and children", q='AL', a='CODREB'),
  K('CODCVL', 40, "ADF rebels kill at least 40", q='AL', a='CODREB', s=False, note='headline restatement'))

I('r17', 'wire', '2021-02-17', 'Tue', 'CAR', 'gov_regains_territory', 'Bambari', 'Ouaka', 'Bambari', 0,
  "Central African army retakes Bambari from rebel coalition - Central African troops backed by Russian instructors and Rwandan soldiers recaptured the town of Bambari on Tuesday from the CPC rebel coalition after fighting since dawn, the government spokesman said. There was no immediate word on",
  C('CAFMIL', "Central African troops backed by Russian instructors and Rwandan soldiers recaptured the town of Bambari on Tuesday", cb='CAFGOV'),
  A('CAFMIL', "after fighting since dawn", v='CAFREB'),
  C('CAFMIL', "Central African army retakes Bambari", s=False, note='headline restatement'))

I('r18', 'wire', '2021-08-09', 'Sun', 'Mozambique', 'gov_regains_territory', 'Awasse', 'Cabo Delgado', 'Mocimboa da Praia', 0,
  "Rwandan troops say they have recaptured key Mozambique junction of Awasse - Rwandan and Mozambican troops took back Awasse, a road junction south of the insurgent-held port of Mocimboa da Praia, on Sunday, Rwanda's army spokesman said, adding that the soldiers had killed dozens of",
  C('RWAMIL', "Rwandan and Mozambican troops took back Awasse", cb='RWAMIL'),
  K('MOZREB', None, "the soldiers had killed dozens of", a='RWAMIL', cb='RWAMIL', s=False, note='cut'),
  C('RWAMIL', "Rwandan troops say they have recaptured key Mozambique junction of Awasse", s=False, note='headline restatement'))

I('r19', 'wire', '2024-01-12', 'Fri', 'Yemen', 'air_drone_strike', 'Hodeidah', 'Hodeidah', 'Hodeidah', 5,
  "US and British jets strike Houthi targets; group says 5 fighters dead - U.S. and British warplanes and warships carried out more than 60 strikes on 16 Houthi sites in Yemen, including around Hodeidah, early on Friday, the U.S. military said. A Houthi military spokesman said five of the group's fighters were killed and six wounded, and vowed",
  A('USAMIL', "U.S. and British warplanes and warships carried out more than 60 strikes on 16 Houthi sites in Yemen", n=60, q='AL', cb='USAMIL'),
  K('YEMREB', 5, "five of the group's fighters were killed and six wounded", a='USAMIL', cb='YEMREB'),
  W('YEMREB', 6, "five of the group's fighters were killed and six wounded", a='USAMIL', cb='YEMREB'),
  K('YEMREB', 5, "group says 5 fighters dead", s=False, cb='YEMREB', note='headline restatement'))

I('r20', 'wire', '2021-02-16', 'Mon', 'Iraq', 'shelling_artillery_missile', 'Erbil', 'Kurdistan Region', 'Erbil', 1,
  "Rockets hit Erbil airport base, killing contractor - Rockets fired at a military base at Erbil airport used by U.S.-led coalition forces late on Monday killed a civilian contractor and wounded five other contractors and a U.S. service member, the coalition said. A little-known group calling itself",
  A(None, "Rockets fired at a military base at Erbil airport used by U.S.-led coalition forces late on Monday"),
  K('USACVL', 1, "killed a civilian contractor", cb='USAMIL', note='a coalition contractor: coded as a foreign civilian'),
  W('USACVL', 5, "wounded five other contractors and a U.S. service member", cb='USAMIL'),
  W('USAMIL', 1, "wounded five other contractors and a U.S. service member", cb='USAMIL'))

I('r21', 'wire', '2023-02-27', 'Sun', 'Palestine', 'attack', 'Huwara', 'West Bank', 'Nablus', 3,
  "Settlers rampage through West Bank town after shooting attack - Hundreds of Israeli settlers attacked the Palestinian town of Huwara late on Sunday, setting fire to houses and cars, hours after a Palestinian gunman shot dead two Israeli brothers driving through the town. One Palestinian man was killed and 98 were hurt, the Palestinian health ministry said, most",
  A('ISRCVL', "Hundreds of Israeli settlers attacked the Palestinian town of Huwara late on Sunday", note='settlers: ISRCVL'),
  K('ISRCVL', 2, "a Palestinian gunman shot dead two Israeli brothers", note='lone gunman: no actor'),
  K('PSECVL', 1, "One Palestinian man was killed and 98 were hurt", a='ISRCVL', cb='PSEGOV'),
  W('PSECVL', 98, "One Palestinian man was killed and 98 were hurt", a='ISRCVL', cb='PSEGOV'))

I('r22', 'wire', '2024-04-17', 'Wed', 'Ukraine', 'shelling_artillery_missile', 'Chernihiv', 'Chernihiv', 'Chernihiv', 17,
  "Russian missiles kill 17 in Chernihiv city centre - Three Russian missiles struck the centre of the northern Ukrainian city of Chernihiv on Wednesday morning, killing 17 people and injuring 61, including three children, officials said. President Zelenskiy said it would not have happened if Ukraine had received enough air",
  A('RUSMIL', "Three Russian missiles struck the centre of the northern Ukrainian city of Chernihiv on Wednesday morning", n=3),
  K('UKRCVL', 17, "killing 17 people and injuring 61, including three children", a='RUSMIL', cb='UKRGOV'),
  W('UKRCVL', 61, "killing 17 people and injuring 61, including three children", a='RUSMIL', cb='UKRGOV'),
  W('UKRCVL', 3, "including three children", s=False, note='sub-count of the injured'),
  K('UKRCVL', 17, "Russian missiles kill 17", s=False, note='headline restatement'))

I('r23', 'wire', '2024-06-24', 'Sun', 'Russia', 'attack', 'Derbent', 'Dagestan', 'Derbent', 21,
  "Gunmen attack synagogues, churches and police post in Dagestan - Gunmen opened fire on two Orthodox churches, a synagogue and a traffic police post in Derbent and Makhachkala on Sunday evening, killing 15 police officers and an Orthodox priest, Dagestan's governor said on Monday. Five of the attackers were killed, he said, and",
  A(None, "Gunmen opened fire on two Orthodox churches, a synagogue and a traffic police post in Derbent and Makhachkala on Sunday evening"),
  K('RUSMIL', 15, "killing 15 police officers and an Orthodox priest", cb='RUSGOV'),
  K('RUSCVL', 1, "killing 15 police officers and an Orthodox priest", cb='RUSGOV', note='the priest'),
  K('RUSREB', 5, "Five of the attackers were killed", cb='RUSGOV', note='attackers given no group: REB as attackers, actor of the shooting left null'))

I('r24', 'wire', '2019-01-18', 'Thu', 'Colombia', 'remote_explosive_ied', 'Bogota', 'Bogota', 'Bogota', 21,
  "Car bomb at Bogota police academy kills 21 - A car packed with explosives blew up inside the grounds of a police cadet school in southern Bogota on Thursday morning, killing 21 people including the driver, and wounding 68 others, the defence minister said on Friday. Authorities named an ELN explosives expert as",
  A(None, "A car packed with explosives blew up inside the grounds of a police cadet school in southern Bogota on Thursday morning", note='a suspect named, no group claim in the snippet'),
  K('COLMIL', 21, "killing 21 people including the driver", cb='COLGOV', note='cadets and the bomber: coded on the police'),
  K('COLREB', 1, "including the driver", s=False, note='sub-count: the bomber'),
  W('COLMIL', 68, "wounding 68 others", cb='COLGOV'),
  K('COLMIL', 21, "kills 21", s=False, note='headline restatement'))

I('r25', 'wire', '2019-10-15', 'Mon', 'Mexico', 'attack', 'El Aguaje', 'Michoacan', 'Aguililla', 13,
  "Cartel gunmen ambush police convoy in Michoacan, 13 officers killed - Gunmen believed to belong to the Jalisco New Generation Cartel ambushed a convoy of state police in El Aguaje, in the western state of Michoacan, on Monday, killing 13 officers and wounding 9, state security officials said. Several patrol cars were burnt and",
  A('MEXREB', "Gunmen believed to belong to the Jalisco New Generation Cartel ambushed a convoy of state police in El Aguaje"),
  K('MEXMIL', 13, "killing 13 officers and wounding 9", a='MEXREB', cb='MEXGOV'),
  W('MEXMIL', 9, "killing 13 officers and wounding 9", a='MEXREB', cb='MEXGOV'),
  E('MEXMIL', 'VEHICLE', None, "Several patrol cars were burnt", a='MEXREB'),
  K('MEXMIL', 13, "13 officers killed", s=False, note='headline restatement'))

I('r26', 'wire', '2022-10-24', 'Sun', 'Myanmar', 'air_drone_strike', 'Hpakant', 'Kachin', 'Hpakant', 60,
  "Myanmar air strikes on Kachin concert kill about 60 - Military aircraft bombed a concert held to mark the anniversary of the Kachin Independence Organisation near Hpakant late on Sunday, killing about 60 people, including singers, musicians and KIA officers, an official of the group said. Troops then blocked the wounded from",
  A('MMRMIL', "Military aircraft bombed a concert held to mark the anniversary of the Kachin Independence Organisation near Hpakant late on Sunday"),
  K('MMRCVL', 60, "killing about 60 people, including singers, musicians and KIA officers", q='AB', a='MMRMIL', cb='MMRREB', note='mixed people: CVL'),
  K('MMRREB', None, "including singers, musicians and KIA officers", s=False, note='sub-group'),
  K('MMRCVL', 60, "kill about 60", q='AB', s=False, note='headline restatement'))

I('r27', 'wire', '2024-01-03', 'Wed', 'Iran', 'remote_explosive_ied', 'Kerman', 'Kerman', 'Kerman', 95,
  "Twin blasts at Kerman memorial ceremony kill at least 95 - Two explosions ripped through crowds marking the anniversary of the killing of General Qassem Soleimani near his tomb in the southern Iranian city of Kerman on Wednesday, killing at least 95 people and wounding 211, state media said. No group immediately claimed",
  A(None, "Two explosions ripped through crowds marking the anniversary", n=2),
  K('IRNCVL', 95, "killing at least 95 people and wounding 211", q='AL', cb='IRNGOV'),
  W('IRNCVL', 211, "killing at least 95 people and wounding 211", cb='IRNGOV'),
  K('IRNMIL', 1, "the killing of General Qassem Soleimani", s=False, d=None, note='background, 2020'),
  K('IRNCVL', 95, "kill at least 95", q='AL', s=False, note='headline restatement'))

I('r28', 'wire', '2023-05-29', 'Mon', 'Kosovo', 'other_violence', 'Zvecan', 'Mitrovica', 'Zvecan', 0,
  "NATO says 30 peacekeepers hurt in clashes with Serb protesters in north Kosovo - Thirty soldiers of the NATO-led KFOR mission, 19 Hungarians and 11 Italians, were injured on Monday when ethnic Serb protesters threw stones and improvised incendiary devices at them outside the municipal building in Zvecan, the mission said. Fifty-two protesters were",
  A('XKXCVL', "ethnic Serb protesters threw stones and improvised incendiary devices at them", v='IGOUNO', note='Kosovo Serb protesters: XKXCVL'),
  W('HUNMIL', 19, "19 Hungarians and 11 Italians, were injured on Monday", a='XKXCVL', cb='IGOUNO', note='peacekeepers by nationality; NATO mission as source coded IGOUNO'),
  W('ITAMIL', 11, "19 Hungarians and 11 Italians, were injured on Monday", a='XKXCVL', cb='IGOUNO'),
  W('HUNMIL', 30, "Thirty soldiers of the NATO-led KFOR mission", s=False, note='total of the two groups'),
  W('XKXCVL', None, "Fifty-two protesters were", s=False, note='cut before its verb'))

I('r29', 'wire', '2022-04-19', 'Tue', 'Sri Lanka', 'other_violence', 'Rambukkana', 'Sabaragamuwa', 'Kegalle', 1,
  "Sri Lanka police fire on fuel protesters, one killed - Police opened fire on protesters blocking a railway line in the town of Rambukkana on Tuesday, killing one man and wounding at least 13, a police spokesman said, the first death in weeks of protests over shortages of fuel and",
  A('LKAMIL', "Police opened fire on protesters blocking a railway line in the town of Rambukkana on Tuesday"),
  K('LKACVL', 1, "killing one man and wounding at least 13", a='LKAMIL', cb='LKAMIL'),
  W('LKACVL', 13, "killing one man and wounding at least 13", q='AL', a='LKAMIL', cb='LKAMIL'),
  K('LKACVL', 1, "one killed", s=False, note='headline restatement'))

I('r30', 'wire', '2024-10-28', 'Sun', 'Chad', 'attack', 'Barkaram', 'Lac', '', 40,
  "Boko Haram attack on Chad army base kills about 40 soldiers - Boko Haram fighters attacked an army base on the island of Barkaram in the Lake Chad region late on Sunday, killing about 40 soldiers, the presidency said on Monday. President Mahamat Idriss Deby flew to the area and ordered an operation to",
  A('NGAREB', "Boko Haram fighters attacked an army base on the island of Barkaram", note='Boko Haram in Chad: NGAREB'),
  K('TCDMIL', 40, "killing about 40 soldiers", q='AB', a='NGAREB', cb='TCDGOV'),
  O('TCDMIL', "ordered an operation to", s=False, d='rep', note='cut; ordered, no launch stated'),
  K('TCDMIL', 40, "kills about 40 soldiers", q='AB', s=False, note='headline restatement'))

I('r31', 'wire', '2021-07-04', 'Sat', 'Japan', 'disaster', 'Atami', 'Shizuoka', 'Atami', 0,
  "Mudslide sweeps through Japanese resort town, 2 dead, about 20 missing - A torrent of mud and debris tore through the hot-spring resort of Atami, west of Tokyo, on Saturday after days of heavy rain, killing two people and leaving about 20 missing, officials said. Some 130 houses were swept away and residents were evacuated to",
  K('JPNCVL', 2, "killing two people and leaving about 20 missing", cb='JPNGOV'),
  D('JPNCVL', None, "residents were evacuated to", note='vague; cut'),
  K('JPNCVL', 2, "2 dead", s=False, note='headline restatement'))

I('r32', 'wire', '2018-06-04', 'Sun', 'Guatemala', 'disaster', 'San Miguel Los Lotes', 'Escuintla', 'Escuintla', 0,
  "Guatemala volcano eruption kills 25, injures hundreds - The Fuego volcano erupted on Sunday, sending rivers of hot ash and mud into the village of San Miguel Los Lotes and killing at least 25 people, disaster officials said. About 300 people were injured and more than 3,000 were evacuated from communities on the slopes, as rescuers",
  K('GTMCVL', 25, "killing at least 25 people", q='AL', cb='GTMGOV'),
  W('GTMCVL', 300, "About 300 people were injured", q='AB', cb='GTMGOV', l=None),
  D('GTMCVL', 3000, "more than 3,000 were evacuated from communities on the slopes", q='AL', cb='GTMGOV', l=None),
  K('GTMCVL', 25, "kills 25", s=False, note='headline restatement'))

I('r33', 'wire', '2021-08-11', 'rep', 'Algeria', 'disaster', 'Tizi Ouzou', 'Tizi Ouzou', '', 0,
  "Algeria forest fires kill 65, including 28 soldiers - Wildfires raging in the mountainous Kabylie region east of Algiers have killed at least 65 people, among them 28 soldiers deployed to help fight the flames, the interior ministry said on Wednesday, most of them in Tizi Ouzou province. Hundreds of families fled villages as the fires spread…",
  K('DZACVL', 65, "have killed at least 65 people, among them 28 soldiers", q='AL', cb='DZAGOV', note='one disaster over days: not cumulative'),
  K('DZAMIL', 28, "among them 28 soldiers", s=False, note='sub-count'),
  D('DZACVL', None, "Hundreds of families fled villages as the fires spread", note='vague'),
  K('DZACVL', 65, "Algeria forest fires kill 65", s=False, l=None, note='headline restatement'))

I('r34', 'wire', '2021-11-06', 'Fri', 'Sierra Leone', 'accident', 'Freetown', 'Western Area', 'Western Area Urban', 0,
  "Fuel tanker blast in Freetown kills at least 91 - A fuel tanker collided with a truck at a busy junction in the Wellington area of Freetown late on Friday and exploded as people gathered to collect leaking fuel, killing at least 91 people, the city's mayor said. More than 100 people with burns were being treated in",
  K('SLECVL', 91, "killing at least 91 people", q='AL', cb='SLEGOV'),
  W('SLECVL', 100, "More than 100 people with burns were being treated", q='AL'),
  K('SLECVL', 91, "kills at least 91", q='AL', s=False, note='headline restatement'))

I('r35', 'wire', '2024-08-26', 'rep', 'Sudan', 'disease', 'Kassala', 'Kassala', '', 0,
  "Sudan declares cholera epidemic as deaths reach 22 - Sudan's health ministry declared a cholera epidemic on Monday after 22 people died of the disease in the past month, most of them in Kassala state, and 354 cases were recorded. Aid groups warned that heavy rains and the displacement of millions by the war would spread",
  K('SDNCVL', 22, "22 people died of the disease in the past month", cum=True, cb='SDNGOV'),
  K('SDNCVL', 22, "deaths reach 22", cum=True, s=False, note='headline restatement'),
  D('SDNCVL', None, "the displacement of millions by the war", cum=True, s=False, d=None, l=None, note='background'))

I('r36', 'wire', '2019-06-24', 'rep', 'Mauritania', 'protest_or_statement', 'Nouakchott', 'Nouakchott', '', 0,
  "Mauritania opposition rejects election result; capital calm - Mauritania's four opposition candidates rejected on Monday the result of Saturday's presidential election, which gave the ruling party's candidate 52 percent, and called on supporters to protest peacefully. Streets in Nouakchott were calm, with police deployed at")
