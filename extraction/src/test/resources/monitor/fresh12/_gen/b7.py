# b7: the last news articles: one conflict, five non-conflict, two with no event
I('afg-panjshir', 'news', '2021-09-06', 'Mon', 'Afghanistan', 'nonstate_takes_territory', 'Bazarak', 'Panjshir', 'Bazarak', 2, N(
  "Taliban say they have taken Panjshir, last holdout province",
  "KABUL, Sept 6 - The Taliban said on Monday they had taken control of the Panjshir valley, the last province holding out against them, after a week of fighting with forces of the National Resistance Front.",
  "Taliban spokesman Zabihullah Mujahid said their fighters had entered the provincial capital, Bazarak, and the governor's compound, and that 'some' resistance fighters had been killed and others had fled. Pictures on social media showed Taliban fighters raising their flag in front of the building.",
  "The NRF said its forces were still present in 'strategic positions' in the valley and that it would continue fighting. Its spokesman, Fahim Dashti, was killed in fighting on Sunday, the group said, along with a senior commander, General Abdul Wadod Zara.",
  "Residents said hundreds of families had fled to the mountains and that telephone and internet connections had been cut for days. Pakistan denied reports that its drones had helped the Taliban advance.",
  "The Taliban took Kabul on Aug. 15 as the Western-backed government collapsed. They are expected to announce a new government in the coming days."),
  C('AFGMIL', 'Taliban say they have taken Panjshir', victim='AFGREB', by='AFGGOV', loc='Panjshir', s=False, note='headline restatement'),
  C('AFGMIL', 'they had taken control of the Panjshir valley', victim='AFGREB', by='AFGGOV', loc='Panjshir', note='Taliban after August 2021: AFGMIL; NRF: AFGREB'),
  C('AFGMIL', 'their fighters had entered the provincial capital, Bazarak', victim='AFGREB', by='AFGGOV'),
  K('AFGREB', None, "'some' resistance fighters had been killed", actor='AFGMIL', by='AFGGOV', loc='Panjshir', s=False, note='vague, no day'),
  K('AFGREB', 2, 'Its spokesman, Fahim Dashti, was killed in fighting on Sunday, the group said, along with a senior commander', by='AFGREB', loc='Panjshir', date='Sun', note='spokesman and commander: one line of 1+1'),
  A('AFGMIL', 'after a week of fighting with forces of the National Resistance Front', victim='AFGREB', loc='Panjshir', date=None, s=False, note='a week, no single act'),
  D('AFGCVL', None, 'hundreds of families had fled to the mountains', loc='Panjshir', date=None, s=False, note='families, no day'),
  C('AFGREB', 'The Taliban took Kabul on Aug. 15', loc='Kabul', date='2021-08-15', s=False, note='background'))

I('mar-quake', 'news', '2023-09-11', 'Fri', 'Morocco', 'disaster', 'Amizmiz', 'Marrakech-Safi', 'Al Haouz', 0, N(
  "Morocco earthquake toll passes 2,500 as rescuers reach mountain villages",
  "MARRAKECH, Sept 11 - The death toll from the earthquake that struck Morocco's High Atlas mountains late on Friday rose to 2,681 on Monday, the interior ministry said, as rescue teams reached villages cut off by landslides.",
  "The ministry said 2,501 people had been injured, many of them seriously. The toll given on Sunday evening was 2,122. Most of the dead were in Al Haouz province, where whole villages of mud-brick houses collapsed.",
  "In Amizmiz, residents dug through rubble with their hands and slept in the streets for a third night. 'We have lost everything,' said a shopkeeper whose mother and sister died when their house fell.",
  "Spain, Britain, Qatar and the United Arab Emirates sent search and rescue teams. Aid workers said tens of thousands of people had been left homeless and that tents and blankets were urgently needed as night temperatures fell.",
  "The magnitude 6.8 earthquake was the deadliest in Morocco since 1960, when a quake destroyed Agadir and killed about 12,000 people. King Mohammed VI declared three days of national mourning and ordered shelters, food and water for survivors."),
  K('MARCVL', 2500, 'Morocco earthquake toll passes 2,500', q='AT_LEAST', cause='disaster', loc='-', s=False, note='headline restatement'),
  K('MARCVL', 2681, 'rose to 2,681 on Monday', cause='disaster', by='MARGOV', loc="High Atlas", note='updated toll of one quake: not cumulative, dated to the quake'),
  W('MARCVL', 2501, '2,501 people had been injured', cause='disaster', by='MARGOV', loc='High Atlas'),
  K('MARCVL', 2122, 'The toll given on Sunday evening was 2,122', cause='disaster', loc='High Atlas', s=False, note='superseded'),
  K('MARCVL', 2, 'whose mother and sister died when their house fell', cause='disaster', s=False, note='sub-count'),
  D('MARCVL', None, 'tens of thousands of people had been left homeless', loc='High Atlas', date='rep', note='vague'),
  K('MARCVL', 12000, 'killed about 12,000 people', q='ABOUT', cause='disaster', loc='Agadir', date=None, s=False, note='background 1960'))

I('tza-kariakoo', 'news', '2024-11-18', 'Sat', 'Tanzania', 'accident', 'Dar es Salaam', 'Dar es Salaam', 'Ilala', 0, N4(
  "Toll in Dar es Salaam building collapse rises to 16",
  "DAR ES SALAAM, Nov 18 - The number of people killed when a four-storey commercial building collapsed in the busy Kariakoo market district of Dar es Salaam on Saturday has risen to 16, Tanzania's prime minister said on Monday.",
  "Rescue workers have pulled 86 people alive from the rubble, he said, and were still in contact with some people trapped in the basement, where shops sold household goods. The toll on Sunday was 13.",
  "Rescuers used cranes and bulldozers and passed water and glucose through gaps in the concrete. Dozens of injured people were being treated at the Muhimbili national hospital.",
  "President Samia Suluhu Hassan ordered an inspection of all buildings in Kariakoo and said the owners of the collapsed building would be held responsible. Officials said the cause was being investigated but that the building had been under renovation.",
  "Building collapses are common in Tanzania's fast-growing commercial capital, where critics say regulations are poorly enforced and inspectors are easily bribed by developers who add extra floors. A similar collapse in the same district in 2013 killed 36 people."),
  K('TZACVL', 16, 'Toll in Dar es Salaam building collapse rises to 16', cause='accident', s=False, note='headline restatement'),
  K('TZACVL', 16, 'has risen to 16', cause='accident', by='TZAGOV', note='updated toll dated to the collapse'),
  K('TZACVL', 36, 'killed 36 people', cause='accident', date=None, s=False, note='background 2013'),
  K('TZACVL', 13, 'The toll on Sunday was 13', cause='accident', s=False, note='superseded'),
  W('TZACVL', None, 'Dozens of injured people were being treated at the Muhimbili national hospital', cause='accident', date='rep', note='vague'))

I('bra-rs-floods', 'news', '2024-05-07', '2024-05-07', 'Brazil', 'disaster', 'Porto Alegre', 'Rio Grande do Sul', 'Porto Alegre', 0, N(
  "Brazil flood deaths reach 90 as Porto Alegre remains under water",
  "PORTO ALEGRE, Brazil, May 7 - Floods in the southern Brazilian state of Rio Grande do Sul have killed 90 people since last week, with 132 still missing, the state civil defence agency said on Tuesday, as water covered much of the state capital Porto Alegre.",
  "More than 155,000 people have been forced from their homes, and about 48,000 of them are in public shelters, the agency said. Some 361 people have been injured.",
  "The Guaiba river, which runs past Porto Alegre, reached a record level of 5.3 metres on Sunday, flooding the city centre and the airport, which has suspended all flights. Soldiers and volunteers in boats and jet skis rescued people stranded on rooftops.",
  "In Canoas, near the capital, a man died on Monday when his house was swept away as he tried to rescue his dog, local media said.",
  "President Luiz Inacio Lula da Silva visited the state for the second time and promised federal funds for reconstruction. Meteorologists forecast more heavy rain for the end of the week."),
  K('BRACVL', 90, 'Brazil flood deaths reach 90', cause='disaster', loc='Rio Grande do Sul', s=False, note='headline restatement'),
  K('BRACVL', 90, 'have killed 90 people since last week', cause='disaster', by='BRAGOV', cum=True, loc='Rio Grande do Sul', note='floods over more than a week across a state: cumulative'),
  D('BRACVL', 155000, 'More than 155,000 people have been forced from their homes', q='AT_LEAST', by='BRAGOV', cum=True, loc='Rio Grande do Sul'),
  D('BRACVL', 48000, 'about 48,000 of them are in public shelters', q='ABOUT', by='BRAGOV', cum=True, loc='Rio Grande do Sul', s=False, note='sub-count'),
  W('BRACVL', 361, 'Some 361 people have been injured', q='ABOUT', cause='disaster', by='BRAGOV', cum=True, loc='Rio Grande do Sul'),
  K('BRACVL', 1, 'a man died on Monday when his house was swept away', cause='disaster', loc='Canoas', date='Mon', s=False, note='one of the 90'))

I('ven-bulla-loca', 'news', '2024-02-22', 'Tue', 'Venezuela', 'accident', 'La Paragua', 'Bolivar', 'Angostura', 0, N4(
  "Sixteen dead in collapse of illegal gold mine in Venezuela",
  "CARACAS, Feb 22 - Sixteen people were killed when an open-pit gold mine collapsed in Venezuela's southern Bolivar state on Tuesday, officials said on Thursday, as rescuers searched for miners still buried under the mud.",
  "The Bulla Loca mine, near the town of La Paragua, caved in after walls of loose earth gave way. Civil protection officials said 11 people had been injured and flown by helicopter to Ciudad Bolivar.",
  "Officials had first said 30 people had died but later lowered the figure, saying some of those reported dead had been found alive. Relatives said dozens of miners had been working in the pit when it collapsed.",
  "The government ordered the evacuation of the mine and the surrounding camp, where about 200 people lived in shacks of wood and plastic.",
  "Illegal and informal mining has spread across the Venezuelan Amazon during the country's economic crisis, and rights groups say armed groups control many of the mines and the people who work in them. Accidents are rarely reported, and the toll is often impossible to confirm."),
  K('VENCVL', 16, 'Sixteen dead in collapse of illegal gold mine in Venezuela', cause='accident', s=False, note='headline restatement'),
  K('VENCVL', 16, 'Sixteen people were killed when an open-pit gold mine collapsed', cause='accident', by='VENGOV'),
  W('VENCVL', 11, '11 people had been injured', cause='accident', by='VENGOV'),
  K('VENCVL', 30, 'Officials had first said 30 people had died', cause='accident', s=False, note='superseded, lowered'),
  D('VENCVL', 200, 'ordered the evacuation of the mine and the surrounding camp, where about 200 people lived', q='ABOUT', by='VENGOV', date='rep', note='evacuation of the camp'))

I('zmb-cholera', 'news', '2024-01-09', '2024-01-09', 'Zambia', 'disease', 'Lusaka', 'Lusaka', 'Lusaka', 0, N4(
  "Zambia turns football stadium into cholera centre as deaths rise",
  "LUSAKA, Jan 9 - Zambia has turned the national football stadium in Lusaka into a treatment centre for cholera patients as an outbreak that began in October has killed 333 people, the health ministry said on Tuesday.",
  "More than 8,000 cases have been recorded in nine of the country's ten provinces, most of them in the capital. On Monday alone the ministry reported 19 deaths and 430 new cases.",
  "The government has delayed the reopening of schools, and soldiers and volunteers are delivering clean water to poor neighbourhoods of Lusaka, where many people rely on shallow wells and pit latrines.",
  "The World Health Organization said it had sent 1.7 million doses of oral vaccine. Health officials urged people to boil water, wash their hands and avoid large gatherings, including funerals.",
  "Southern Africa has been hit by repeated cholera outbreaks over the past two years. In neighbouring Malawi, the disease killed more than 1,700 people in 2022 and 2023. Experts blame poor sanitation, rapid urban growth and heavy rains linked to a changing climate for the spread."),
  K('ZMBCVL', 333, 'has killed 333 people', cause='disease', by='ZMBGOV', cum=True, loc='-', note='since October: cumulative'),
  K('ZMBCVL', 19, 'On Monday alone the ministry reported 19 deaths', cause='disease', by='ZMBGOV', cum=True, loc='-', date='Mon', s=False, note='a day of an outbreak: part of the tally'),
  K('MWICVL', 1700, 'the disease killed more than 1,700 people in 2022 and 2023', q='AT_LEAST', cause='disease', cum=True, loc='Malawi', date=None, s=False, note='background'))

# no event
I('ssd-un-report', 'news', '2024-03-08', '2024-03-08', 'South Sudan', 'protest_or_statement', 'Juba', 'Central Equatoria', 'Juba', 0, N(
  "UN says violence against civilians in South Sudan rose in 2023",
  "JUBA, March 8 - Violence affecting civilians in South Sudan rose last year, with 1,642 people killed in attacks by armed groups, militias and security forces, the UN mission in the country said in an annual report released in Juba on Friday.",
  "The report by the UNMISS human rights division said 938 people had been injured and 405 abducted in 2023, and that the Warrap, Jonglei and Upper Nile states were the worst affected. Most of the violence was by community-based militias fighting over cattle and land.",
  "It said conflict-related sexual violence also rose. Security forces were responsible for about 10% of the incidents documented.",
  "The mission urged the government to hold perpetrators to account ahead of elections planned for December, the first since independence in 2011. A government spokesman said the report did not reflect progress made in disarming civilians.",
  "South Sudan's civil war, which ended with a peace deal in 2018, killed an estimated 400,000 people. Fighting between the army and opposition forces has largely stopped since then, but local conflicts have continued in several states."),
  K('SSDCVL', 1642, '1,642 people killed in attacks by armed groups, militias and security forces', cum=True, by='IGOUNO', loc='-', date=None, s=False, note='year-long tally in a report: no event'),
  W('SSDCVL', 938, '938 people had been injured', cum=True, by='IGOUNO', loc='-', date=None, s=False, note='year-long tally'),
  K('SSDCVL', 400000, 'killed an estimated 400,000 people', q='ABOUT', cum=True, loc='-', date=None, s=False, note='background'))

I('lka-missing-rally', 'news', '2023-08-31', '2023-08-30', 'Sri Lanka', 'protest_or_statement', 'Kilinochchi', 'Northern', 'Kilinochchi', 0, N4(
  "Families of Sri Lanka's war missing march in the north",
  "KILINOCHCHI, Sri Lanka, Aug 31 - Hundreds of Tamil mothers and relatives of people who disappeared during Sri Lanka's civil war marched through Kilinochchi on Wednesday, the International Day of the Victims of Enforced Disappearances, demanding to know the fate of their loved ones.",
  "The marchers carried photographs of sons, husbands and daughters who went missing, many of them after surrendering to the army in the final weeks of the war in May 2009. Police watched but did not intervene, and the march ended peacefully at a Hindu temple.",
  "Activists say more than 200 of the mothers who began a roadside protest in 2017 have died without learning what happened to their children.",
  "The government says an Office on Missing Persons is investigating thousands of complaints. Rights groups say it has resolved few cases and that families are still watched by the security services.",
  "A UN panel estimated that as many as 40,000 civilians may have been killed in the last months of the war, which ended with the defeat of the Tamil Tiger rebels."),
  K('LKACVL', 40000, 'as many as 40,000 civilians may have been killed', q='UP_TO', cum=True, by='IGOUNO', loc='-', date=None, s=False, note='background estimate'))
