"""36 wire/RSS snippets: 4 Syria, 26 other conflicts, 5 non-conflict, 1 with no event."""
from lib import *

def w(key, rep, date, country, kind, loc, a1, a2, fat, text, *lines):
    item(key, 'wire', rep, date, country, kind, loc, a1, a2, fat, text, *lines)

w('w01', '2019-12-26', 'Wed', 'Syria', 'air_drone_strike', 'Jobas', 'Idlib', 'Saraqib', 8,
  "Syria: air raid near Saraqeb kills 8 as families flee south Idlib - Russian warplanes struck a school used as a shelter in the village of Jobas near Saraqeb on Wednesday, killing eight civilians, five of them children, a war monitor said, as thousands of families streamed north away from the…",
  A('RUSMIL', "Russian warplanes struck a school used as a shelter in the village of Jobas", v='SYRREF'),
  K('SYRREF', 8, "killing eight civilians, five of them children", a='RUSMIL', note='sheltering displaced families as REF'),
  K('SYRREF', 5, "five of them children", s=False, note='sub-count'),
  K('SYRCVL', 8, "air raid near Saraqeb kills 8", loc='Saraqeb', s=False, note='headline restatement'),
  D('SYRCVL', None, "thousands of families streamed north", loc=None, d=None, s=False, note='cut, families'))

w('w02', '2020-02-28', 'Thu', 'Syria', 'air_drone_strike', 'Balyun', 'Idlib', 'Ariha', 33,
  "UPDATE 2-Turkey says 33 soldiers killed in air strike in Syria's Idlib, hits back at Syrian targets - At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib on Thursday, a Turkish official said, and Turkey retaliated against Syrian government targets, firing from land and air near Balyun and",
  A('SYRMIL', "an air strike by Syrian government forces in Idlib on Thursday", v='TURMIL', loc='Idlib', by='TURGOV'),
  K('TURMIL', 33, "At least 33 Turkish soldiers were killed", q='AL', a='SYRMIL', by='TURGOV', loc='Idlib'),
  K('TURMIL', 33, "Turkey says 33 soldiers killed in air strike", s=False, loc='Idlib', note='headline restatement'),
  A('TURMIL', "Turkey retaliated against Syrian government targets, firing from land and air near Balyun", v='SYRMIL', d='Thu'))

w('w03', '2019-04-23', 'Mon', 'Syria', 'attack', 'Al-Mayadin', 'Deir ez-Zor', 'Al-Mayadin', 11,
  "Syria: IS claims ambush on regime troops in Deir ez-Zor desert - Islamic State said on its Amaq agency that its fighters ambushed a convoy of regime forces in the desert west of Al-Mayadin on Monday and destroyed two vehicles; a monitor put the toll at 11 dead on the government side, but state media said only that soldiers",
  A('SYRREB', "its fighters ambushed a convoy of regime forces in the desert west of Al-Mayadin on Monday", v='SYRMIL', by='SYRREB'),
  E('SYRMIL', 'VEHICLE', 2, "destroyed two vehicles", by='SYRREB'),
  K('SYRMIL', 11, "a monitor put the toll at 11 dead on the government side"),
  K('SYRMIL', None, "state media said only that soldiers", s=False, note='cut before the verb'))

w('w04', '2020-08-18', 'Mon', 'Syria', 'armed_clash', 'Dhiban', 'Deir ez-Zor', 'Deir ez-Zor', 4,
  "Tribal fighters and SDF trade fire in eastern Syria after sheikh's killing - Gunmen from the Aqidat tribe attacked SDF posts in Dhiban and Al-Hawaij on Monday night, a day after a tribal leader died of wounds from an assassination attempt, and 2 SDF members and a tribal fighter were killed, local networks said…",
  A('SYRREB', "Gunmen from the Aqidat tribe attacked SDF posts in Dhiban and Al-Hawaij on Monday night", v='SYRREB', note='both sides SYRREB'),
  K('SYRREB', 3, "2 SDF members and a tribal fighter were killed", note='one code, one line'),
  K('SYRCVL', 1, "a tribal leader died of wounds from an assassination attempt", loc=None, d='Sun', note='a day before Monday; tribal leader as CVL'))

w('x01', '2021-07-12', 'Sun', 'Afghanistan', 'nonstate_takes_territory', 'Qala-i-Naw', 'Badghis', 'Qala-i-Naw', 0,
  "Taliban enter provincial capital in northwest Afghanistan, officials say - Taliban fighters entered Qala-i-Naw, capital of Badghis province, on Sunday and seized the police headquarters and the intelligence office before government forces, backed by commandos flown in overnight, pushed them back to the",
  C('AFGREB', "Taliban fighters entered Qala-i-Naw, capital of Badghis province, on Sunday"),
  C('AFGMIL', "pushed them back", s=False, note='cut; no place'),
  DP('AFGMIL', "commandos flown in overnight", d='Sun'))

w('x02', '2024-03-26', 'Tue', 'Pakistan', 'remote_explosive_ied', 'Besham', 'Khyber Pakhtunkhwa', 'Shangla', 6,
  "Five Chinese nationals, driver killed in suicide attack in northwest Pakistan - A suicide bomber drove an explosives-laden car into a vehicle carrying Chinese engineers to the Dasu dam near Besham on Tuesday, killing five Chinese and their Pakistani driver, police said. The vehicle fell into a",
  A('PAKREB', "A suicide bomber drove an explosives-laden car into a vehicle carrying Chinese engineers", v='CHNCVL', note='militant, no group named'),
  K('CHNCVL', 5, "killing five Chinese and their Pakistani driver", by='PAKMIL'),
  K('PAKCVL', 1, "killing five Chinese and their Pakistani driver", by='PAKMIL'),
  K('PAKREB', 1, "A suicide bomber drove", s=False, note='death implied only'))

w('x03', '2019-02-14', 'Thu', 'India', 'remote_explosive_ied', 'Pulwama', 'Jammu and Kashmir', 'Pulwama', 38,
  "Kashmir: 38 paramilitary troops killed as car bomb hits convoy - At least 38 Indian paramilitary police were killed on Thursday when a militant rammed a car packed with explosives into their bus on the highway in Pulwama district, officials said, and Jaish-e-Mohammed claimed the",
  A('INDREB', "a militant rammed a car packed with explosives into their bus", v='INDMIL'),
  K('INDMIL', 38, "At least 38 Indian paramilitary police were killed on Thursday", q='AL'),
  K('INDMIL', 38, "38 paramilitary troops killed as car bomb hits convoy", s=False, note='headline restatement'),
  E('INDMIL', 'VEHICLE', None, "rammed a car packed with explosives into their bus", s=False, note='a bus of the force'))

w('x04', '2024-01-05', 'Fri', 'Myanmar', 'nonstate_takes_territory', 'Laukkai', 'Shan', 'Laukkai', 0,
  "Myanmar rebel alliance says it has captured Laukkai - The Myanmar National Democratic Alliance Army said on Friday it had seized all of Laukkai, the capital of the Kokang region near the Chinese border, after the surrender of hundreds of junta troops and their families",
  C('MMRREB', "it had seized all of Laukkai", d='Fri', by='MMRREB'),
  C('MMRREB', "Myanmar rebel alliance says it has captured Laukkai", d='Fri', s=False, note='headline restatement'))

w('x05', '2020-01-08', 'Wed', 'Iraq', 'shelling_artillery_missile', 'Ain al-Asad', 'Anbar', 'Heet', 0,
  "Iran fires missiles at US forces in Iraq; no casualties reported - Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base and a base in Erbil early on Wednesday in retaliation for the killing of General Qassem Soleimani, the Pentagon said, adding that damage was being",
  A('IRNMIL', "Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base", v='USAMIL', by='USAGOV'),
  A('IRNMIL', "and a base in Erbil early on Wednesday", v='USAMIL', loc='Erbil', s=False, note='second target, same salvo'),
  K('IRNMIL', 1, "the killing of General Qassem Soleimani", loc=None, d=None, s=False, note='background'))

w('x06', '2023-04-20', 'Wed', 'Yemen', 'other_violence', "Sanaa", "Sanaa", "Old City", 0,
  "At least 78 killed in stampede at Sanaa charity handout - At least 78 people were killed and 73 injured in a crush at a school in the Old City of Sanaa where a merchant was handing out cash for Ramadan late on Wednesday, a Houthi-run interior ministry official said. Witnesses said armed Houthis fired into the air to control the crowd, hitting an electric wire that",
  K('YEMCVL', 78, "At least 78 people were killed and 73 injured in a crush", q='AL', by='YEMGOV', cause='violence', s=False, note='crush after shots fired in the air: cause unclear; unscored'),
  W('YEMCVL', 73, "At least 78 people were killed and 73 injured in a crush", by='YEMGOV', s=False, note='as above'),
  K('YEMCVL', 78, "At least 78 killed in stampede at Sanaa charity handout", q='AL', s=False, note='headline restatement'),
  A('YEMREB', "armed Houthis fired into the air to control the crowd", v='YEMCVL', note='shots fired; the only scored line'))

w('x07', '2024-07-27', 'Sat', 'Israel', 'shelling_artillery_missile', 'Metula', 'Northern', 'Metula', 0,
  "Hezbollah rockets wound 3 in northern Israel; army strikes south Lebanon - Three people were lightly injured when rockets fired from Lebanon hit homes in Metula on Saturday, Israeli medics said. The army said it struck a Hezbollah weapons depot and launch sites in Kfar Shouba and",
  A('LBNREB', "rockets fired from Lebanon hit homes in Metula on Saturday", v='ISRCVL', note='headline names Hezbollah'),
  W('ISRCVL', 3, "Three people were lightly injured"),
  A('ISRMIL', "it struck a Hezbollah weapons depot and launch sites in Kfar Shouba", v='LBNREB', loc='Kfar Shouba', by='ISRMIL'),
  E('LBNREB', 'DEPOT', None, "it struck a Hezbollah weapons depot", loc='Kfar Shouba', by='ISRMIL'))

w('x08', '2024-10-01', 'Mon', 'Lebanon', 'air_drone_strike', 'Beirut', 'Beirut', 'Beirut', 3,
  "Israeli strike hits Beirut's southern suburbs; Hezbollah says commander among dead - An Israeli strike on a building in Beirut's southern suburbs late on Monday killed a senior Hezbollah commander and two other members of the group, a source close to Hezbollah said, and Lebanon's health ministry said 9 people were wounded",
  A('ISRMIL', "An Israeli strike on a building in Beirut's southern suburbs late on Monday", v='LBNREB'),
  K('LBNREB', 3, "killed a senior Hezbollah commander and two other members of the group", a='ISRMIL', note='one code: 1 + 2'),
  W('LBNCVL', 9, "9 people were wounded", by='LBNGOV'))

w('x09', '2022-12-13', 'Tue', 'Turkey', 'attack', 'Idil', 'Sirnak', 'Idil', 5,
  "Turkish soldier killed, two hurt in PKK attack near Iraqi border - A Turkish soldier was killed and two were wounded on Tuesday when PKK militants fired on a military base in Sirnak province's Idil district, the defence ministry said, adding that 4 militants were \"neutralised\" in air-supported…",
  A('TURREB', "PKK militants fired on a military base in Sirnak province's Idil district", v='TURMIL'),
  K('TURMIL', 1, "A Turkish soldier was killed", a='TURREB', by='TURGOV'),
  W('TURMIL', 2, "two were wounded on Tuesday", by='TURGOV'),
  K('TURREB', 4, "4 militants were \"neutralised\"", a='TURMIL', by='TURGOV', note='claimed kill'))

w('x10', '2020-01-05', 'Sat', 'Libya', 'air_drone_strike', 'Tripoli', 'Tripoli', 'Tripoli', 30,
  "Air strike on Tripoli military academy kills 30 cadets - An air strike hit a military school in the Hadaba area of Tripoli on Saturday evening, killing 30 cadets and wounding 33, the health ministry of the Tripoli-based government said. It blamed forces loyal to Khalifa Haftar, who",
  A('LBYREB', "An air strike hit a military school in the Hadaba area of Tripoli on Saturday evening", v='LBYMIL', by='LBYGOV', note='blamed by the government; the denial is cut off'),
  K('LBYMIL', 30, "killing 30 cadets and wounding 33", by='LBYGOV'),
  W('LBYMIL', 33, "killing 30 cadets and wounding 33", by='LBYGOV'))

w('x11', '2023-06-03', 'Sat', 'Israel', 'attack', 'Auja', 'Southern', '', 4,
  "Egyptian policeman kills 3 Israeli soldiers at border, is shot dead - An Egyptian security officer crossed the border and shot dead three Israeli soldiers in two incidents early on Saturday before he was killed in an exchange of fire near the Auja crossing, the Israeli military said. Egypt said the officer had been chasing drug smugglers and",
  K('ISRMIL', 3, "shot dead three Israeli soldiers in two incidents early on Saturday", a='EGYMIL', d='Sat', by='ISRMIL', loc=None),
  K('EGYMIL', 1, "he was killed in an exchange of fire near the Auja crossing", a='ISRMIL', d='Sat', by='ISRMIL'),
  A('ISRMIL', "an exchange of fire near the Auja crossing", v='EGYMIL', d='Sat'))

w('x12', '2024-07-29', '2024-07-27', 'Mali', 'armed_clash', 'Tinzaouaten', 'Kidal', 'Abeibara', 0,
  "Mali rebels say they killed scores of soldiers and Russian mercenaries near Algerian border - Separatist rebels in northern Mali said on Monday they had killed dozens of Malian soldiers and fighters of Russia's Wagner group in three days of fighting near Tinzaouaten that ended on Saturday, and posted videos showing burned trucks and a downed",
  K('MLIMIL', None, "they had killed dozens of Malian soldiers and fighters of Russia's Wagner group", d=None, by='MLIREB', note='vague claimed toll, days of fighting'),
  K('RUSMIL', None, "they had killed dozens of Malian soldiers and fighters of Russia's Wagner group", d=None, by='MLIREB'),
  A('MLIREB', "three days of fighting near Tinzaouaten", v='MLIMIL', d=None),
  E('MLIMIL', 'VEHICLE', None, "posted videos showing burned trucks", d=None, by='MLIREB'),
  E('MLIMIL', 'AIRCRAFT', None, "and a downed", d=None, s=False, note='cut before the noun'))

w('x13', '2023-04-21', 'Thu', 'Burkina Faso', 'attack', 'Karma', 'Nord', 'Yatenga', 60,
  "Burkina Faso: about 60 civilians killed in northern village, prosecutor says - About 60 civilians were killed by men wearing army uniforms in the village of Karma in Yatenga province on Thursday, a regional prosecutor said, announcing an inquiry. Survivors said the men arrived in pick-ups and on motorbikes and went from house",
  K('BFACVL', 60, "About 60 civilians were killed by men wearing army uniforms", q='AB', by='BFAGOV', note='men in army uniforms: no side asserted'),
  K('BFACVL', 60, "about 60 civilians killed in northern village", q='AB', s=False, note='headline restatement'))

w('x14', '2021-03-22', 'Sun', 'Niger', 'attack', 'Intazayene', 'Tahoua', 'Tillia', 137,
  "Niger: gunmen kill 137 in attacks on villages near Mali border - Gunmen on motorbikes killed 137 people in coordinated attacks on Intazayene, Bakorat and Wistane in the Tahoua region on Sunday, the government said, raising an initial toll of 60 given by local officials. Three days of national mourning were declared from",
  A(None, "coordinated attacks on Intazayene, Bakorat and Wistane", v='NERCVL'),
  K('NERCVL', 137, "Gunmen on motorbikes killed 137 people", by='NERGOV'),
  K('NERCVL', 60, "an initial toll of 60 given by local officials", s=False, note='superseded'),
  K('NERCVL', 137, "gunmen kill 137 in attacks on villages", s=False, note='headline restatement'))

w('x15', '2022-01-06', 'Tue', 'Nigeria', 'attack', 'Kurfa Danya', 'Zamfara', 'Bukkuyum', 58,
  "Bandits kill at least 58 in Zamfara villages, residents say - Hundreds of bandits on motorcycles attacked Kurfa Danya and nearby villages in Bukkuyum local government area late on Tuesday, shooting residents and burning homes, and at least 58 people were buried on Wednesday, residents and a local lawmaker said. Police put the toll at",
  A('NGAREB', "Hundreds of bandits on motorcycles attacked Kurfa Danya and nearby villages", v='NGACVL', d='Tue'),
  K('NGACVL', 58, "at least 58 people were buried on Wednesday", q='AL', a='NGAREB', d='Tue', note='buried Wednesday, killed in the Tuesday attack'),
  K('NGACVL', None, "Police put the toll at", d='Tue', s=False, note='cut before the figure'))

w('x16', '2023-06-16', 'Wed', 'Sudan', 'other_violence', '', 'West Darfur', '', 1,
  "West Darfur governor killed after accusing RSF of genocide - The governor of Sudan's West Darfur state, Khamis Abakar, was abducted and killed in the state capital on Wednesday, hours after he accused the paramilitary Rapid Support Forces and allied Arab militias of genocide in a television interview. The army blamed the RSF, which",
  K('SDNGOV', 1, "was abducted and killed in the state capital on Wednesday", a='SDNREB', loc=None, note='army attribution gives the side; a governor as SDNGOV'),
  K('SDNGOV', 1, "West Darfur governor killed", loc=None, s=False, note='headline restatement'))

w('x17', '2021-06-24', 'Tue', 'Ethiopia', 'air_drone_strike', 'Togoga', 'Tigray', 'Mekelle', 64,
  "Ethiopian air strike on Tigray market kills at least 64, health officials say - An air strike on a busy market in the village of Togoga, west of Mekelle, killed at least 64 people on Tuesday, health officials said, and soldiers blocked ambulances from reaching the wounded. A military spokesman said the strike targeted fighters dressed",
  A('ETHMIL', "An air strike on a busy market in the village of Togoga", v='ETHCVL', d='Tue', note='the military confirms striking'),
  K('ETHCVL', 64, "killed at least 64 people on Tuesday", q='AL', a='ETHMIL', d='Tue'),
  W('ETHCVL', None, "soldiers blocked ambulances from reaching the wounded", d='Tue', note='wounded, no figure'),
  K('ETHCVL', 64, "Ethiopian air strike on Tigray market kills at least 64", q='AL', d='Tue', s=False, note='headline restatement'))

w('x18', '2022-08-21', 'Fri', 'Somalia', 'attack', 'Mogadishu', 'Banadir', 'Mogadishu', 21,
  "Somali forces end 30-hour hotel siege in Mogadishu; 21 dead - Somali security forces ended a siege at the Hayat hotel in Mogadishu on Saturday night, killing the last of the al Shabaab gunmen who stormed it on Friday evening, police said. At least 21 people were killed and 117 injured, the health minister said, while",
  A('SOMREB', "the al Shabaab gunmen who stormed it on Friday evening", v='SOMCVL'),
  K('SOMCVL', 21, "At least 21 people were killed and 117 injured", q='AL', by='SOMGOV'),
  W('SOMCVL', 117, "At least 21 people were killed and 117 injured", by='SOMGOV'),
  K('SOMREB', None, "killing the last of the al Shabaab gunmen", d='Sat', by='SOMMIL', note='no figure'))

w('x19', '2022-11-02', 'Sat', 'DR Congo', 'nonstate_takes_territory', 'Kiwanja', 'North Kivu', 'Rutshuru', 0,
  "M23 rebels seize towns in eastern Congo, UN base evacuated - M23 rebels took control of the towns of Kiwanja and Rutshuru-centre on Saturday after the army withdrew, and UN peacekeepers pulled out of their base at Rumangabo, a local official said. Thousands of residents fled south towards",
  C('CODREB', "M23 rebels took control of the towns of Kiwanja and Rutshuru-centre on Saturday", loc='Kiwanja', d='Sat'),
  C('CODREB', "M23 rebels took control of the towns of Kiwanja and Rutshuru-centre on Saturday", loc='Rutshuru-centre', d='Sat'),
  D('CODCVL', None, "Thousands of residents fled south towards", d=None, s=False, note='cut, no day'))

w('x20', '2020-04-21', 'rep', 'Mozambique', 'attack', 'Xitaxi', 'Cabo Delgado', 'Muidumbe', 52,
  "Mozambique police say insurgents killed 52 young men who refused to join them - Islamist insurgents shot or beheaded 52 young men in the village of Xitaxi in Muidumbe district after they refused to be recruited, police spokesman Orlando Mudumane said on Tuesday. The killings took place on",
  K('MOZCVL', 52, "Islamist insurgents shot or beheaded 52 young men in the village of Xitaxi", a='MOZREB', by='MOZMIL', d=None, note='day cut off'),
  K('MOZCVL', 52, "insurgents killed 52 young men who refused to join them", a='MOZREB', d=None, s=False, note='headline restatement'))

w('x21', '2021-09-19', 'Sat', 'Burundi', 'shelling_artillery_missile', 'Gitega', 'Gitega', 'Gitega', 2,
  "Burundi: grenade and mortar attack in Gitega, 2 dead - Unknown attackers fired mortar rounds at the airport area of Gitega, Burundi's political capital, late on Saturday; police said two people were killed and 7 wounded in Gitega, and that a separate grenade attack on a bus station in Bujumbura had",
  A(None, "Unknown attackers fired mortar rounds at the airport area of Gitega", v='BDICVL', d='Sat'),
  K('BDICVL', 2, "two people were killed and 7 wounded in Gitega", d='Sat', by='BDIMIL'),
  W('BDICVL', 7, "two people were killed and 7 wounded in Gitega", d='Sat', by='BDIMIL'),
  A(None, "a separate grenade attack on a bus station in Bujumbura", v='BDICVL', loc='Bujumbura', d=None, s=False, note='cut, no day'))

w('x22', '2023-01-14', 'Sat', 'Ukraine', 'shelling_artillery_missile', 'Dnipro', 'Dnipropetrovsk', 'Dnipro', 12,
  "Russian missile hits Dnipro apartment block; rescuers search rubble - A Russian missile slammed into a nine-storey apartment building in the city of Dnipro on Saturday afternoon, destroying dozens of flats and killing at least 12 people, the regional governor said, as Russia launched a wave of strikes on power plants across",
  A('RUSMIL', "A Russian missile slammed into a nine-storey apartment building in the city of Dnipro", v='UKRCVL'),
  K('UKRCVL', 12, "killing at least 12 people", q='AL', a='RUSMIL', by='UKRGOV'),
  A('RUSMIL', "Russia launched a wave of strikes on power plants across", v='UKRCVL', loc=None))

w('x23', '2023-06-24', 'Sat', 'Russia', 'nonstate_takes_territory', 'Rostov-on-Don', 'Rostov', 'Rostov-on-Don', 0,
  "Wagner fighters take control of military sites in Rostov-on-Don, Prigozhin says - Wagner chief Yevgeny Prigozhin said on Saturday his fighters had taken control of military facilities in Rostov-on-Don, including the airfield, and columns of armoured vehicles moved north along the M4 highway towards Moscow. Russian helicopters fired on the convoy near",
  C('RUSREB', "his fighters had taken control of military facilities in Rostov-on-Don", by='RUSREB', s=False, note='military sites, not the city; a mutiny: Wagner as RUSREB here'),
  A('RUSMIL', "Russian helicopters fired on the convoy near", v='RUSREB', loc=None),
  DP('RUSREB', "columns of armoured vehicles moved north along the M4 highway towards Moscow", loc=None, s=False, note='a march, not a deployment'))

w('x24', '2024-09-18', 'Tue', 'Colombia', 'remote_explosive_ied', 'Puerto Jordan', 'Arauca', 'Tame', 2,
  "Colombia: ELN truck bomb at army base kills 2 soldiers, army says - A truck loaded with explosives blew up at a military base in Puerto Jordan, in Arauca department, on Tuesday, killing two soldiers and injuring 27, the army said, blaming the ELN guerrilla group a month after a ceasefire with the government expired. The army said",
  A('COLREB', "A truck loaded with explosives blew up at a military base in Puerto Jordan", v='COLMIL', d='Tue', by='COLMIL'),
  K('COLMIL', 2, "killing two soldiers and injuring 27", d='Tue', by='COLMIL'),
  W('COLMIL', 27, "killing two soldiers and injuring 27", d='Tue', by='COLMIL'))

w('x25', '2024-06-11', 'Mon', 'Mexico', 'attack', 'Malinaltepec', 'Guerrero', 'Malinaltepec', 5,
  "Gunmen ambush police in Mexico's Guerrero, killing five - Gunmen ambushed a state police patrol on a road in the mountain municipality of Malinaltepec on Monday, killing four officers and a civilian driver and burning their patrol truck, state officials said, days after a mayor in the same region was",
  A(None, "Gunmen ambushed a state police patrol on a road in the mountain municipality of Malinaltepec", v='MEXMIL'),
  K('MEXMIL', 4, "killing four officers and a civilian driver", by='MEXGOV'),
  K('MEXCVL', 1, "killing four officers and a civilian driver", by='MEXGOV'),
  E('MEXMIL', 'VEHICLE', None, "burning their patrol truck"),
  K('MEXGOV', 1, "a mayor in the same region was", loc=None, d=None, s=False, note='cut before the verb; background'))

w('x26', '2023-10-16', 'Sun', 'Haiti', 'attack', 'Port-au-Prince', 'Ouest', 'Port-au-Prince', 0,
  "Haiti gangs torch homes in Port-au-Prince suburb; residents flee - Gang members set fire to dozens of homes in the Carrefour-Feuilles district of Port-au-Prince on Sunday, sending several thousand residents fleeing to schools and churches, the civil protection agency said. At least 4 people were shot",
  A('HTIREB', "Gang members set fire to dozens of homes in the Carrefour-Feuilles district of Port-au-Prince on Sunday", v='HTICVL'),
  D('HTICVL', None, "sending several thousand residents fleeing to schools and churches", by='HTIGOV'),
  W('HTICVL', 4, "At least 4 people were shot", q='AL', s=False, note='cut: killed or wounded unknown'))

w('y01', '2024-09-09', 'rep', 'Vietnam', 'disaster', 'Lao Cai', 'Lao Cai', '', 0,
  "Vietnam: typhoon Yagi death toll climbs to 64 as floods hit north - At least 64 people have been killed in northern Vietnam since typhoon Yagi made landfall on Saturday, most of them in landslides and floods, and 65 are missing, the disaster agency said on Monday. In Lao Cai province, a landslide buried a village and",
  K('VNMCVL', 64, "At least 64 people have been killed in northern Vietnam since typhoon Yagi made landfall on Saturday", q='AL', cum=True, loc=None, d='rep', by='VNMGOV'),
  K('VNMCVL', 64, "typhoon Yagi death toll climbs to 64", cum=True, loc=None, d='rep', s=False, note='headline restatement'))

w('y02', '2023-09-09', 'Fri', 'Morocco', 'disaster', 'Ighil', 'Marrakech-Safi', 'Al Haouz', 0,
  "Morocco quake kills more than 800, interior ministry says - A powerful earthquake struck Morocco's High Atlas mountains late on Friday, killing at least 820 people and injuring 672, most of them in Al Haouz province around the epicentre near Ighil, the interior ministry said on Saturday, as rescuers dug through collapsed",
  K('MARCVL', 820, "killing at least 820 people and injuring 672", q='AL', by='MARGOV', loc='Al Haouz'),
  W('MARCVL', 672, "killing at least 820 people and injuring 672", by='MARGOV', loc='Al Haouz'),
  K('MARCVL', 800, "Morocco quake kills more than 800", q='AL', s=False, loc=None, note='headline, rounded'))

w('y03', '2023-07-01', 'Fri', 'Kenya', 'accident', 'Londiani', 'Kericho', 'Kipkelion East', 0,
  "Truck ploughs into traders at Kenyan junction, killing 52 - A lorry lost control and crashed into several vehicles and market traders at the Londiani junction on the Nakuru-Kericho highway on Friday evening, killing at least 52 people, police said, and dozens of injured people were taken to hospitals in",
  K('KENCVL', 52, "killing at least 52 people", q='AL', by='KENMIL'),
  W('KENCVL', None, "dozens of injured people were taken to hospitals", by='KENMIL'))

w('y04', '2024-02-05', 'rep', 'Zambia', 'disease', '', 'Lusaka', '', 0,
  "Zambia cholera deaths pass 600 as schools reopen - Zambia's cholera outbreak has killed 612 people since October, the health ministry said on Monday, and more than 15,000 cases have been recorded, most of them in Lusaka, where a football stadium was turned into a treatment centre in January and",
  K('ZMBCVL', 612, "has killed 612 people since October", cum=True, loc=None, by='ZMBGOV'),
  K('ZMBCVL', 600, "Zambia cholera deaths pass 600", q='AL', cum=True, loc=None, s=False, note='headline restatement'))

w('y05', '2021-12-24', 'Fri', 'Bangladesh', 'accident', 'Jhalakathi', 'Barisal', 'Jhalakathi', 0,
  "Bangladesh ferry fire kills at least 37 on river near Jhalakathi - A fire swept through a crowded three-storey ferry on the Sugandha river near Jhalakathi in southern Bangladesh early on Friday, killing at least 37 people, many of whom drowned after jumping overboard, officials said. About 70 people with burns were",
  K('BGDCVL', 37, "killing at least 37 people", q='AL', by='BGDGOV'),
  W('BGDCVL', 70, "About 70 people with burns were", q='AB', s=False, note='cut before the verb'))

w('y06', '2021-03-08', 'Mon', 'Senegal', 'protest_or_statement', 'Dakar', 'Dakar', 'Dakar', 0,
  "Senegal opposition calls off rally after Sonko freed under judicial supervision - Senegal's opposition movement said on Monday it had called off a rally planned in Dakar for the weekend after opposition leader Ousmane Sonko was released under judicial supervision, and urged supporters to stay calm while")
