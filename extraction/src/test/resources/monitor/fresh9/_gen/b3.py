"""b3: news articles (5 Syria, 9 elsewhere)."""
from lib import I

I('A01', '2019-07-10', 'news', '2019-07-09|Syria|air_drone_strike|Ariha|Idlib|Ariha',
"""Air strikes on two Idlib towns kill 15 as offensive grinds on

BEIRUT - Air strikes on two towns in Syria's Idlib province killed at least 15 civilians on Tuesday, rescuers said, as government forces pressed an offensive that has driven hundreds of thousands of people from their homes since late April.

In Ariha, a strike flattened a residential block near the main market, killing nine people, four of them children, according to the White Helmets civil defence group. Six more people died in Kafr Sajna, where a barrel bomb landed beside a bakery queue.

The Syrian Observatory for Human Rights, a Britain-based war monitor, put the day's death toll at 17 and said more than 40 people had been wounded across the two towns.

Government forces, backed by Russian jets, began the push against the last big opposition enclave at the end of April. The United Nations says more than 330,000 people have fled since then, and the Observatory says over 500 civilians have been killed.

Insurgents led by Hayat Tahrir al-Sham said on Tuesday they had destroyed two army tanks and killed "dozens" of soldiers in a counterattack near Tal Malah in northern Hama on Monday. State news agency SANA said the army had repelled the assault.

"There is nowhere left to run to," said a father of five who was digging through the rubble in Ariha. "Every week we are told the north is safer, and every week the planes follow us."
""",
['K|SYRCVL||15||Tuesday||kill 15|u|headline restatement of the lead total',
 'A|SYRCVL|||Ariha|Tuesday||Air strikes on two towns in Syria\'s Idlib province|',
 'K|SYRCVL||>15|Ariha|Tuesday||killed at least 15 civilians on Tuesday|u|total whose groups (9 Ariha, 6 Kafr Sajna) are scored',
 'D|SYRCVL||||Tuesday||driven hundreds of thousands of people from their homes since late April|u c|vague restatement of the 330,000',
 'K|SYRCVL||9|Ariha|Tuesday||killing nine people, four of them children|',
 'K|SYRCVL||4|Ariha|Tuesday||four of them children|u|sub-count',
 'A|SYRCVL|||Kafr Sajna|Tuesday||a barrel bomb landed beside a bakery queue|u|second act of the same strikes',
 'K|SYRCVL||6|Kafr Sajna|Tuesday||Six more people died in Kafr Sajna|',
 'K|SYRCVL||17|Ariha|Tuesday||put the day\'s death toll at 17|u|competing figure',
 'W|SYRCVL||>40|Ariha|Tuesday||more than 40 people had been wounded across the two towns||two towns: first named',
 'O||SYRMIL|||||began the push against the last big opposition enclave at the end of April|u|background launch',
 'D|SYRCVL||>330000||r|IGOUNO|more than 330,000 people have fled since then|c|',
 'K|SYRCVL||>500||r||over 500 civilians have been killed|c|campaign tally',
 'A|SYRMIL|SYRREB||Tal Malah|Monday|SYRREB|in a counterattack near Tal Malah in northern Hama on Monday|',
 'E|SYRMIL|SYRREB|2|Tal Malah|Monday|SYRREB|they had destroyed two army tanks|eq=TANK',
 'K|SYRMIL|SYRREB||Tal Malah|Monday|SYRREB|killed "dozens" of soldiers||claim, vague amount'], 15)

I('A02', '2019-10-12', 'news', '2019-10-12|Syria|armed_clash|Suluk|Raqqa|',
"""Turkish-led forces push into Syrian border town as toll mounts

AKCAKALE, Turkey - Turkish troops and allied Syrian fighters pushed into the centre of the border town of Suluk on Saturday, the fourth day of Ankara's offensive against Kurdish-led forces in northeast Syria, while Kurdish officials insisted the town had not fallen.

Turkey's defence ministry said the town had been "taken under control", but later said only that its forces had reached the centre. The Syrian Democratic Forces said their fighters were still resisting in several districts.

The SDF said 13 of its fighters were killed in the fighting on Saturday, and accused Turkish jets of striking a convoy of civilians and journalists near the town, killing five people. Turkey said it had "neutralised" 415 militants since the operation began on Wednesday.

On the Turkish side of the border, mortar bombs fired from Syria hit the town of Suruc and killed a man and a 9-month-old baby, the governor's office said. Eighteen civilians have been killed in Turkish border towns since Wednesday, according to Turkish officials.

The United Nations said at least 100,000 people had fled their homes in the area, many heading for the city of Hasakah. A Turkish soldier was also killed on Saturday, the ministry said, raising the number of Turkish military dead to four.
""",
['Dp||TURMIL||Suluk|Saturday||Turkish troops and allied Syrian fighters pushed into the centre of the border town of Suluk on Saturday|u|an advance into the town; entering, not taking',
 'O||TURMIL|||Wednesday||the fourth day of Ankara\'s offensive|u|background launch (stated as Wednesday below)',
 'C||TURMIL||Suluk|Saturday|TURGOV|the town had been "taken under control"|u|claim retracted in the same sentence',
 'K|SYRREB||13|Suluk|Saturday|SYRREB|13 of its fighters were killed in the fighting on Saturday|',
 'A|SYRCVL|TURMIL||Suluk|Saturday|SYRREB|accused Turkish jets of striking a convoy of civilians and journalists near the town|',
 'K|SYRCVL|TURMIL|5|Suluk|Saturday|SYRREB|killing five people|',
 'K|SYRREB|TURMIL|415||r|TURGOV|it had "neutralised" 415 militants since the operation began on Wednesday|c|tally since Wednesday',
 'O||TURMIL|||Wednesday|TURGOV|since the operation began on Wednesday|u|background launch',
 'A|TURCVL|||Suruc|Saturday||mortar bombs fired from Syria hit the town of Suruc|',
 'K|TURCVL||2|Suruc|Saturday|TURGOV|killed a man and a 9-month-old baby||one line: a man and a baby (TURCVL)',
 'K|TURCVL||18||r|TURGOV|Eighteen civilians have been killed in Turkish border towns since Wednesday|c|',
 'D|SYRCVL||>100000||r|IGOUNO|at least 100,000 people had fled their homes in the area|c|several days of flight',
 'K|TURMIL||1||Saturday|TURGOV|A Turkish soldier was also killed on Saturday|',
 'K|TURMIL||4||r|TURGOV|raising the number of Turkish military dead to four|c|'], 21)

I('A03', '2020-02-28', 'news', '2020-02-27|Syria|armed_clash|Saraqib|Idlib|Idlib',
"""Rebels retake Saraqib in counterattack; Syrian army loses dozens

ANTAKYA, Turkey - Syrian rebels backed by Turkish artillery recaptured the strategic town of Saraqib on Thursday, three weeks after government forces seized it, cutting the M5 highway that Damascus had only just reopened.

The Syrian Observatory for Human Rights said at least 28 government soldiers and 19 rebels were killed as fighting raged through the night in and around the town. Opposition commanders said they had also destroyed four tanks and captured a fifth.

State television denied that Saraqib had fallen and said the army was "confronting terrorist groups" on its eastern edge. Pro-government outlets posted video of troops they said were still inside the town.

Elsewhere in Idlib, Russian and Syrian aircraft struck the town of Binnish and the village of Maarrat al-Naasan. Rescuers said a woman and three of her children were killed in Binnish. In Maarrat al-Naasan, two men died when their motorcycle was hit.

Nearly a million people, most of them women and children, have fled the fighting since December, according to the United Nations, in what it calls the largest single displacement of the nine-year war.
""",
['O||SYRREB|||||in counterattack|u|headline: no launch stated',
 'C||SYRREB||Saraqib|Thursday||recaptured the strategic town of Saraqib on Thursday|',
 'C||SYRMIL||Saraqib|||three weeks after government forces seized it|u|background capture; "three weeks" gives no exact day',
 'K|SYRMIL||||||Syrian army loses dozens|u|headline, vague',
 'A|SYRMIL|SYRREB||Saraqib|Thursday||as fighting raged through the night in and around the town|',
 'K|SYRMIL||>28|Saraqib|Thursday||at least 28 government soldiers and 19 rebels were killed|',
 'K|SYRREB||>19|Saraqib|Thursday||at least 28 government soldiers and 19 rebels were killed||"at least" governs both figures: they share one verb',
 'E|SYRMIL|SYRREB|4|Saraqib|Thursday|SYRREB|they had also destroyed four tanks|eq=TANK',
 'E|SYRMIL|SYRREB||Saraqib|Thursday|SYRREB|captured a fifth|eq=TANK u|captured equipment: unscored',
 'A|SYRCVL|RUSMIL||Binnish|Thursday||Russian and Syrian aircraft struck the town of Binnish|',
 'K|SYRCVL||4|Binnish|Thursday||a woman and three of her children were killed in Binnish||one line of 4',
 'K|SYRCVL||2|Maarrat al-Naasan|Thursday||two men died when their motorcycle was hit|',
 'D|SYRCVL||~1000000||r|IGOUNO|Nearly a million people, most of them women and children, have fled the fighting since December|c|'], 53)

I('A04', '2020-08-18', 'news', 'r|Syria|remote_explosive_ied|Hazima|Raqqa|Raqqa',
"""Roadside bomb kills Russian general near Deir ez-Zor

MOSCOW - A Russian major general was killed and two soldiers were wounded when a roadside bomb exploded next to their armoured vehicle near Deir ez-Zor in eastern Syria on Tuesday, Russia's defence ministry said.

The convoy was returning from a humanitarian mission to the town of Hazima when the device went off, the ministry said in a statement. The wounded soldiers were flown to the Russian airbase at Hmeimim for treatment.

The general is among the most senior Russian officers to die in Syria since Moscow intervened in the war in 2015. Russia officially acknowledges the loss of just over 110 service personnel in the country, though independent counts put the figure far higher.

No group claimed the bombing. Islamic State sleeper cells remain active in the desert around Deir ez-Zor, where they regularly target government troops and allied militias. On Sunday, an IS ambush on a pro-government convoy near al-Mayadin killed three militiamen, according to the Observatory.

The Kremlin's spokesman offered condolences to the officer's family and said the operation against "terrorists" in Syria would continue.
""",
['K|RUSMIL||1|Deir ez-Zor|Tuesday|RUSGOV|A Russian major general was killed||headline; date from the lead',
 'W|RUSMIL||2|Deir ez-Zor|Tuesday|RUSGOV|two soldiers were wounded|',
 'A|RUSMIL|||Deir ez-Zor|Tuesday||a roadside bomb exploded next to their armoured vehicle near Deir ez-Zor|',
 'E|RUSMIL|||Deir ez-Zor|Tuesday|RUSGOV|a roadside bomb exploded next to their armoured vehicle|eq=APC u|the vehicle is not said to be destroyed or hit',
 'K|RUSMIL||>110||r|RUSGOV|Russia officially acknowledges the loss of just over 110 service personnel|u c|war-long background tally',
 'A|SYRMIL|SYRREB||al-Mayadin|Sunday||an IS ambush on a pro-government convoy near al-Mayadin|',
 'K|SYRMIL|SYRREB|3|al-Mayadin|Sunday||killed three militiamen||pro-government militiamen: SYRMIL'], 4)

I('A05', '2019-12-26', 'news', '2019-12-24|Syria|air_drone_strike|Jobas|Idlib|Saraqib',
"""Strike near school kills eight as Idlib exodus swells

ISTANBUL - An air strike near a school sheltering displaced families in the village of Jobas, south of Saraqib, killed eight civilians including five children on Tuesday, rescue workers said, as tens of thousands more people fled a government offensive in Idlib.

The strike hit as families gathered near the school gate, said a volunteer with the White Helmets. At least a dozen people were wounded. Activists blamed Russian warplanes; Moscow denies targeting civilians.

The UN humanitarian office said more than 235,000 people had been displaced in southern Idlib between Dec. 12 and Dec. 25, most of them from Maasaran, Jarjanaz and the surrounding countryside, which had been emptied almost entirely.

Government troops captured more than 40 villages and hamlets over the past week, the Observatory said, edging closer to the M5 highway. Turkey, which already hosts 3.7 million Syrian refugees, said it could not take in a new wave.

"Turkey will not carry this burden alone," President Tayyip Erdogan told an audience of supporters on Sunday, warning that Europe would feel the consequences.
""",
['A|SYRREF|||Jobas|Tuesday||An air strike near a school sheltering displaced families in the village of Jobas||activists blame Russia; actor null',
 'K|SYRREF||8|Jobas|Tuesday||killed eight civilians including five children on Tuesday||civilians at a shelter for displaced families; REF by the place (SYRCVL defensible)',
 'K|SYRREF||5|Jobas|Tuesday||including five children|u|sub-count',
 'W|SYRREF||>12|Jobas|Tuesday||At least a dozen people were wounded|',
 'D|SYRCVL||||||tens of thousands more people fled a government offensive in Idlib|u|vague',
 'O||SYRMIL|||||a government offensive in Idlib|u|no launch stated',
 'D|SYRCVL||>235000|Maasaran||IGOUNO|more than 235,000 people had been displaced in southern Idlib between Dec. 12 and Dec. 25|c|period tally; no single day; Maasaran the first named town',
 'C||SYRMIL|>40||r||captured more than 40 villages and hamlets over the past week|c|no named place; dated to the report day (past week)',
 'D|SYRREF||3700000||r|TURGOV|already hosts 3.7 million Syrian refugees|u c|background',
 'Th||TURGOV|||Sunday||warning that Europe would feel the consequences|u|not a threat of force'], 8)
