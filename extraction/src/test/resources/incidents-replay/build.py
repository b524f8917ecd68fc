"""Hand-written source of the incidents-replay stream.

Every note below was written by hand: 240 notes, each about a different
(invented) incident in Syria, 4-15 February 2020. Running this file rewrites
articles.jsonl and incidents.tsv next to it, deterministically (no randomness,
no clock, no network).

A note is  n(day, admin1, town, type, victim_group, count, source, pub, title, text)
  day    event day in February 2020 ("04" .. "15")
  town   the most specific place the note itself gives (a village, a town, an
         area such as "Jabal al-Zawiya", or "<gov> countryside (south)" /
         "<gov> governorate" when the note names no place below that)
  pub    publication time "DD HH:MM" (UTC, February 2020)
  perp   (keyword, optional) the perpetrator as the author meant it; it is not
         written to the output, it only feeds the same-perpetrator summary.
"""
import csv, json, os, re, collections

HERE = os.path.dirname(os.path.abspath(__file__))

SOURCES = {
    "SOHR": "Syrian Observatory for Human Rights",
    "SNHR": "Syrian Network for Human Rights",
    "ENAB": "Enab Baladi",
    "NPA": "North Press Agency",
    "DEZ": "Deir Ezzor 24",
    "STEP": "Step News Agency",
    "S24": "Suwayda 24",
    "AHR": "Ahrar Horan Gathering",
    "LED": "Syria Incident Ledger",
}

N = []


def n(day, gov, town, typ, grp, cnt, src, pub, title, text, perp=""):
    N.append(dict(day=day, gov=gov, town=town, type=typ, group=grp, count=cnt,
                  src=src, pub=pub, title=title, text=text, perp=perp))


# ---------------------------------------------------------------- Tue 4 Feb
n("04", "Idlib", "Kansafra", "KILLED", "civilians", 2, "SNHR", "04 18:20",
  "Idlib: woman and child killed in regime shelling on Kansafra",
  "On February 4, 2020, Syrian Regime forces fired artillery shells at Kansafra village in Jabal al-Zawiya in the southern suburbs of Idlib governorate, killing a woman and her child.", "REG")
n("04", "Idlib", "Kafr Uwayd", "KILLED", "civilians", 2, "SOHR", "04 21:05",
  "Two brothers killed in Russian airstrike on Kafr Uwayd",
  "On 4 February 2020, Russian warplanes carried out airstrikes on Kafr Uwayd in Jabal al-Zawiya, killing two brothers who were working on their land, SOHR activists reported.", "RUS")
n("04", "Idlib", "Saraqeb", "ATTACK", "-", 0, "LED", "04 16:30",
  "Saraqeb outskirts: regime-HTS clashes, no casualties",
  "Clashes took place between regime forces and HTS on the eastern outskirts of Saraqeb this afternoon; no casualties were reported.", "REG")
n("04", "Idlib", "Maarat Misrin", "KILLED", "civilians", 1, "STEP", "04 13:10",
  "Russian airstrike kills man in Maarat Misrin",
  "Step's correspondent in Idlib reported that a Russian warplane struck the outskirts of Maarat Misrin, north of Idlib city, on Tuesday morning, 4 February, killing a man who was riding his motorbike.", "RUS")
n("04", "Idlib", "Binnish", "KILLED", "civilians", 1, "ENAB", "04 15:45",
  "Child killed as Russian jets strike Binnish",
  "A child was killed on Tuesday, 4 February, when Russian aircraft targeted a residential street in Binnish, north-east of Idlib city, according to the Syria Civil Defence (White Helmets).", "RUS")
n("04", "Idlib", "Idlib countryside (south)", "KILLED", "civilians", 1, "SOHR", "04 23:40",
  "Elderly man killed by regime artillery in southern Idlib",
  "On 4 February 2020, an elderly man was killed by regime artillery fire in the southern countryside of Idlib.", "REG")
n("04", "Aleppo", "Atarib", "KILLED", "civilians", 3, "SOHR", "04 19:10",
  "Three civilians killed in airstrikes near Atarib market",
  "On 4 February 2020, three civilians were killed when Russian warplanes struck near the vegetable market in Atarib in the western countryside of Aleppo.", "RUS")
n("04", "Aleppo", "Abzemo", "KILLED", "civilians", 1, "ENAB", "05 07:30",
  "Man killed by rocket fire on Abzemo, western Aleppo",
  "A man was killed by regime rocket fire on the village of Abzemo, between Atarib and Kafr Nuran, on Tuesday evening, 4 February, local activists said.", "REG")
n("04", "Aleppo", "Afrin", "WOUNDED", "civilians", 2, "NPA", "04 14:55",
  "Two civilians wounded in motorbike bomb blast in Afrin",
  "AFRIN, Syria (North Press) - Two civilians were wounded on Tuesday when a booby-trapped motorbike exploded near the main market in the centre of Afrin, a local source told North Press.", "IED")
n("04", "Daraa", "Tafas", "KILLED", "civilians", 1, "AHR", "04 20:15",
  "Gunmen shoot dead man in Tafas",
  "On 4 February 2020, unidentified gunmen shot dead a man in Tafas town in the western countryside of Daraa.", "UNK")
n("04", "Daraa", "Al-Muzayrib", "KILLED", "civilians", 1, "SOHR", "04 22:40",
  "Young man shot dead near Al-Muzayrib, western Daraa",
  "On the evening of 4 February 2020, a young man was shot dead by unknown gunmen on the road between Al-Muzayrib and Al-Yadudah in the western countryside of Daraa. He was from Al-Muzayrib.", "UNK")
n("04", "Daraa", "Al-Sanamayn", "KILLED", "soldiers", 1, "LED", "05 06:50",
  "Soldier killed at checkpoint near Al-Sanamayn",
  "4 February 2020 | Daraa | A regime soldier was killed when gunmen opened fire on a checkpoint at the northern entrance of Al-Sanamayn.", "UNK")
n("04", "Deir ez-Zor", "Al-Busayrah", "KILLED", "civilians", 1, "DEZ", "04 17:30",
  "Body of young man found near Al-Busayrah",
  "The body of a young man was found near Al-Busayrah in Deir ez-Zor countryside on Tuesday, 4 February, bearing gunshot wounds, Deir Ezzor 24's correspondent said.", "UNK")
n("04", "Deir ez-Zor", "Al-Shuhayl", "KILLED", "militia", 1, "SOHR", "05 09:15",
  "SDF member shot dead in Al-Shuhayl",
  "On 4 February 2020, unidentified gunmen believed to belong to ISIS cells shot dead an SDF member in Al-Shuhayl in the eastern countryside of Deir ez-Zor.", "ISIS")
n("04", "Hasakah", "Al-Hawl", "WOUNDED", "militia", 2, "NPA", "04 12:20",
  "IED wounds two SDF fighters in al-Hawl",
  "An IED exploded targeting an SDF vehicle in Al-Hawl on Tuesday morning, wounding two fighters, a military source told North Press.", "IED")
n("04", "Raqqa", "Hoshan", "ATTACK", "-", 0, "NPA", "04 18:05",
  "Turkish-backed factions shell Hoshan west of Ain Issa",
  "AIN ISSA, Syria (North Press) - Turkish-backed armed factions shelled the village of Hoshan, west of Ain Issa in northern Raqqa, with mortars on Tuesday afternoon. No casualties were reported.", "TUR")
n("04", "Hama", "Al-Suqaylabiyah", "WOUNDED", "civilians", 2, "SOHR", "05 08:25",
  "Two wounded by rockets on Al-Suqaylabiyah",
  "On 4 February 2020, two civilians were wounded when rockets fired by jihadist factions fell on Al-Suqaylabiyah in the north-western countryside of Hama.", "HTS")
n("04", "Latakia", "Kabani", "KILLED", "militants", 2, "SOHR", "05 08:00",
  "Two jihadists killed on Kabani axis",
  "On 4 February 2020, two fighters of the Turkistan Islamic Party were killed in clashes with regime forces on the Kabani axis in Jabal al-Akrad, north-east Latakia.", "REG")
n("04", "Homs", "Al-Sukhnah", "KILLED", "soldiers", 3, "LED", "05 10:30",
  "ISIS attack kills three soldiers near Al-Sukhnah",
  "4 February 2020 | Homs | ISIS cells attacked a regime position in the Badia near Al-Sukhnah, killing three soldiers.", "ISIS")
n("04", "Rural Damascus", "Saqba", "KILLED", "civilians", 1, "ENAB", "04 19:55",
  "Explosive device kills driver in Saqba, Eastern Ghouta",
  "A man was killed on Tuesday, 4 February, when an explosive device planted under his car went off in the town of Saqba in Eastern Ghouta, Rural Damascus.", "IED")

# ---------------------------------------------------------------- Wed 5 Feb
n("05", "Idlib", "Kansafra", "KILLED", "civilians", 1, "STEP", "05 11:40",
  "Kansafra hit again: man killed in Russian airstrike",
  "A day after regime shelling killed a woman and her child in Kansafra, a Russian airstrike hit the village again on Wednesday morning, 5 February, killing a man, Step's correspondent reported.", "RUS")
n("05", "Idlib", "Al-Bara", "KILLED", "civilians", 1, "SNHR", "05 20:10",
  "Elderly man killed by regime shelling on Al-Bara",
  "On February 5, 2020, Syrian Regime forces shelled Al-Bara village in Jabal al-Zawiya in the southern suburbs of Idlib governorate, killing an elderly man.", "REG")
n("05", "Idlib", "Ariha", "KILLED", "civilians", 3, "SOHR", "05 16:25",
  "Three of one family killed in airstrike on Ariha",
  "On 5 February 2020, three members of one family, a man, his wife and their daughter, were killed when Russian warplanes struck a residential building in Ariha, south of Idlib city.", "RUS")
n("05", "Idlib", "Khan al-Subul", "CAPTURE", "-", 0, "LED", "05 18:00",
  "Regime forces capture Khan al-Subul",
  "5 February 2020 | Idlib | Regime forces captured Khan al-Subul, south-west of Saraqeb, after HTS and National Front fighters withdrew from the village.", "REG")
n("05", "Idlib", "Afis", "CAPTURE", "-", 0, "SOHR", "05 22:15",
  "Regime forces take Afis, north-west of Saraqeb",
  "Regime forces, backed by Russian air cover, took control of Afis village north-west of Saraqeb on the evening of 5 February 2020, tightening the noose around the city.", "REG")
n("05", "Idlib", "Sarmin", "WOUNDED", "civilians", 2, "ENAB", "05 14:30",
  "Two children wounded in shelling on Sarmin",
  "Two children were wounded on Wednesday, 5 February, when regime rockets fell on a residential neighbourhood of Sarmin, east of Idlib city, the Civil Defence said.", "REG")
n("05", "Aleppo", "Kafr Naha", "KILLED", "militants", 3, "SOHR", "06 07:45",
  "Three HTS fighters killed on Kafr Naha front",
  "On 5 February 2020, three HTS fighters were killed in clashes with regime forces and allied militias on the Kafr Naha front in the western countryside of Aleppo.", "REG")
n("05", "Aleppo", "Aleppo", "KILLED", "civilians", 1, "ENAB", "05 17:20",
  "Woman killed by rocket in Aleppo's Hamdaniyah",
  "A woman was killed on Wednesday, 5 February, when a rocket fired by opposition factions from the western countryside landed in the Hamdaniyah neighbourhood of Aleppo city, state media said.", "OPP")
n("05", "Aleppo", "Al-Bab", "KILLED", "civilians", 1, "STEP", "05 12:50",
  "Car bomb kills driver in al-Bab",
  "Step's correspondent in al-Bab said an explosive device planted in a car went off near the city's bus station on Wednesday, 5 February, killing the driver.", "IED")
n("05", "Daraa", "Jasim", "KILLED", "civilians", 1, "AHR", "05 19:30",
  "Former teacher assassinated in Jasim",
  "On 5 February 2020, unknown gunmen assassinated a man near his home in Jasim city in the northern countryside of Daraa. The man had worked as a teacher before 2018.", "UNK")
n("05", "Daraa", "Inkhil", "KILLED", "civilians", 1, "SOHR", "05 23:10",
  "Municipal employee shot dead in Inkhil",
  "On 5 February 2020, gunmen on a motorbike shot dead a municipal employee in Inkhil, a few kilometres east of Jasim, in the northern countryside of Daraa.", "UNK")
n("05", "Daraa", "Al-Karak al-Sharqi", "WOUNDED", "soldiers", 2, "LED", "06 06:40",
  "IED wounds two soldiers near Al-Karak al-Sharqi",
  "5 February 2020 | Daraa | An IED exploded targeting a regime army vehicle on the road near Al-Karak al-Sharqi in the eastern countryside, wounding two soldiers.", "IED")
n("05", "Quneitra", "Khan Arnabah", "KILLED", "civilians", 1, "AHR", "05 15:10",
  "Body of man found near Khan Arnabah",
  "On 5 February 2020, residents found the body of a man shot in the head on farmland near Khan Arnabah in the central countryside of Quneitra.", "UNK")
n("05", "Deir ez-Zor", "Diban", "KILLED", "militia", 1, "DEZ", "05 21:20",
  "SDF commander assassinated in Diban",
  "On 5 February 2020, gunmen on a motorcycle assassinated a local SDF commander in Diban in the eastern countryside of Deir ez-Zor, our correspondent reported.", "UNK")
n("05", "Deir ez-Zor", "Al-Hawayij", "KILLED", "militia", 1, "SOHR", "06 08:30",
  "IED kills SDF fighter in Al-Hawayij",
  "On 5 February 2020, an SDF fighter was killed when an IED exploded near his car in Al-Hawayij, near Diban, in the eastern countryside of Deir ez-Zor.", "IED")
n("05", "Deir ez-Zor", "Al-Mayadin", "KILLED", "militia", 2, "DEZ", "06 09:50",
  "ISIS cell kills two Iranian-backed militiamen near Al-Mayadin",
  "On 5 February 2020, an ISIS cell attacked a position of Iranian-backed militias in the desert south of Al-Mayadin, killing two militiamen.", "ISIS")
n("05", "Hasakah", "Umm al-Kayf", "ATTACK", "-", 0, "NPA", "05 13:35",
  "Turkish forces shell Umm al-Kayf near Tal Tamr",
  "TAL TAMR, Syria (North Press) - Turkish forces and their affiliated factions shelled the village of Umm al-Kayf, north of Tal Tamr, with artillery on Wednesday morning. No casualties were reported.", "TUR")
n("05", "Raqqa", "Raqqa", "KILLED", "civilians", 1, "SOHR", "05 18:45",
  "Woman's body found in Raqqa city",
  "On 5 February 2020, the body of a woman was found in the Al-Mashlab neighbourhood of Raqqa city, bearing signs of strangulation.", "UNK")
n("05", "Homs", "Talbiseh", "KILLED", "civilians", 1, "ENAB", "06 10:05",
  "Gunmen kill man in Talbiseh, northern Homs",
  "A man was shot dead by unknown gunmen in Talbiseh in the northern countryside of Homs on Wednesday evening, 5 February, local sources said.", "UNK")
n("05", "Hama", "Al-Ghab plain", "KILLED", "soldiers", 2, "SOHR", "06 09:00",
  "Two soldiers killed by HTS missile in Al-Ghab plain",
  "On 5 February 2020, two regime soldiers were killed when HTS fighters targeted their position with a guided missile in the Al-Ghab plain, north-west of Hama.", "HTS")

# ---------------------------------------------------------------- Thu 6 Feb
n("06", "Idlib", "Saraqeb", "KILLED", "civilians", 1, "SNHR", "06 19:15",
  "Civilian killed as regime shells besieged Saraqeb",
  "On February 6, 2020, Syrian Regime forces fired rockets at Saraqeb city in the eastern suburbs of Idlib governorate, killing a civilian who had stayed behind to guard his house.", "REG")
n("06", "Idlib", "Tell Mardikh", "CAPTURE", "-", 0, "LED", "06 17:40",
  "Regime forces capture Tell Mardikh",
  "6 February 2020 | Idlib | Regime forces captured Tell Mardikh, south of Saraqeb, after heavy artillery preparation; HTS said it had withdrawn to new lines.", "REG")
n("06", "Idlib", "Al-Nayrab", "KILLED", "civilians", 2, "SOHR", "06 21:30",
  "Two civilians killed in Russian strikes on Al-Nayrab",
  "On 6 February 2020, two civilians were killed by Russian airstrikes on Al-Nayrab, on the road between Saraqeb and Idlib city.", "RUS")
n("06", "Idlib", "Idlib", "KILLED", "civilians", 2, "STEP", "06 13:05",
  "Airstrike on Idlib's industrial zone kills two workers",
  "Step's correspondent reported that two workers were killed on Thursday, 6 February, when Russian warplanes struck the industrial zone on the eastern edge of Idlib city.", "RUS")
n("06", "Idlib", "Sarmada", "KILLED", "civilians", 1, "ENAB", "07 08:20",
  "Man shot dead by unknown gunmen near Sarmada",
  "A man was shot dead by unknown gunmen on the road between Sarmada and Bab al-Hawa on Thursday night, 6 February, Enab Baladi's correspondent reported.", "UNK")
n("06", "Idlib", "Idlib countryside (south)", "KILLED", "militants", 2, "SOHR", "07 07:55",
  "Two HTS fighters killed in southern Idlib",
  "Two HTS fighters were killed on 6 February 2020 in clashes with regime forces in the southern countryside of Idlib.", "REG")
n("06", "Aleppo", "Al-Zirbah", "CAPTURE", "-", 0, "SOHR", "06 23:30",
  "Regime forces seize Al-Zirbah south of Aleppo",
  "On 6 February 2020, regime forces and Iranian-backed militias seized Al-Zirbah in the southern countryside of Aleppo, close to the M5 highway.", "REG")
n("06", "Aleppo", "Atarib", "KILLED", "civilians", 2, "SNHR", "06 20:40",
  "Two civilians killed in Russian airstrike on Al-Atarib",
  "On February 6, 2020, fixed-wing warplanes believed to be Russian fired missiles at Al-Atarib city in the western suburbs of Aleppo governorate, killing two civilians.", "RUS")
n("06", "Aleppo", "Kafr Nuran", "KILLED", "civilians", 2, "STEP", "06 15:50",
  "Man and wife killed in airstrike on Kafr Nuran",
  "A man and his wife were killed on Thursday, 6 February, when Russian aircraft struck their house in Kafr Nuran in the western countryside of Aleppo, Step's correspondent said.", "RUS")
n("06", "Aleppo", "Jandairis", "WOUNDED", "civilians", 1, "NPA", "06 14:10",
  "Child wounded by mine blast near Jandairis",
  "AFRIN, Syria (North Press) - A child was wounded on Thursday when a landmine left over from the fighting exploded in farmland near Jandairis, south-west of Afrin.", "MINE")
n("06", "Daraa", "Tafas", "KILLED", "civilians", 1, "SOHR", "06 22:00",
  "Second killing in Tafas this week",
  "On 6 February 2020, gunmen shot dead a former opposition fighter who had signed a settlement with the regime, in Tafas in the western countryside of Daraa. It is the second killing in the town this week.", "UNK")
n("06", "Daraa", "Al-Yadudah", "KILLED", "civilians", 1, "AHR", "06 20:25",
  "Young man killed by gunmen in Al-Yadudah",
  "On 6 February 2020, a young man from Al-Yadudah was killed by gunfire from unidentified persons at the western entrance of the town, in the western countryside of Daraa.", "UNK")
n("06", "Daraa", "Daraa governorate", "KILLED", "soldiers", 1, "LED", "07 07:10",
  "Military Security member killed in Daraa governorate",
  "6 February 2020 | Daraa | A member of the regime's Military Security branch was killed when his car came under fire on a road in Daraa governorate; no group claimed the attack.", "UNK")
n("06", "Deir ez-Zor", "Al-Busayrah", "KILLED", "civilians", 1, "DEZ", "06 18:55",
  "Civilian killed during SDF raid in Al-Busayrah",
  "On 6 February 2020, a civilian was killed by SDF fire during a raid on houses in Al-Busayrah in the eastern Deir ez-Zor countryside, our correspondent said.", "SDF")
n("06", "Deir ez-Zor", "Al-Kasrah", "WOUNDED", "militia", 1, "SOHR", "07 09:40",
  "SDF fighter wounded in grenade attack in Al-Kasrah",
  "On 6 February 2020, an SDF fighter was wounded when unknown persons threw a hand grenade at a checkpoint in Al-Kasrah in the western countryside of Deir ez-Zor.", "UNK")
n("06", "Hasakah", "Qamishli", "KILLED", "civilians", 1, "NPA", "06 16:20",
  "One killed in motorbike bomb blast in Qamishli",
  "QAMISHLI, Syria (North Press) - A man was killed on Thursday afternoon when a booby-trapped motorbike exploded in the Al-Hilaliyah neighbourhood of Qamishli.", "IED")
n("06", "Raqqa", "Tabqa", "KILLED", "militia", 1, "SOHR", "07 06:30",
  "SDF member assassinated in Tabqa",
  "Unknown gunmen assassinated an SDF member in Al-Tabqa city, west of Raqqa, on the night of 6 February 2020.", "UNK")
n("06", "Hama", "Al-Saan", "KILLED", "civilians", 2, "ENAB", "07 11:15",
  "Two truffle hunters killed by landmine east of Salamiyah",
  "Two men collecting truffles were killed on Thursday, 6 February, when a landmine left by ISIS exploded in the desert near Al-Saan, east of Salamiyah in the Hama countryside.", "MINE")
n("06", "Homs", "Palmyra", "KILLED", "civilians", 3, "SOHR", "08 12:30",
  "Landmine kills three truffle hunters near Palmyra",
  "On 6 February 2020, three civilians were killed by a landmine explosion while collecting truffles in the Badia near Palmyra, east of Homs.", "MINE")
n("06", "Rural Damascus", "Zakiyah", "KILLED", "civilians", 1, "LED", "07 08:45",
  "Reconciliation committee member shot dead in Zakiyah",
  "6 February 2020 | Rural Damascus | Gunmen shot dead a member of the local reconciliation committee in Zakiyah, in the western Ghouta.", "UNK")

# ---------------------------------------------------------------- Fri 7 Feb
n("07", "Idlib", "Ihsim", "KILLED", "civilians", 1, "SNHR", "07 19:30",
  "Woman killed by regime shelling on Ihsim",
  "On February 7, 2020, Syrian Regime forces fired artillery shells at Ihsim village in Jabal al-Zawiya in the southern suburbs of Idlib governorate, killing a woman.", "REG")
n("07", "Idlib", "Marayan", "KILLED", "civilians", 1, "STEP", "07 14:20",
  "Russian strike kills woman in Marayan",
  "A woman was killed on Friday, 7 February, when a Russian warplane struck the village of Marayan in Jabal al-Zawiya, Step's correspondent reported.", "RUS")
n("07", "Idlib", "Balyun", "WOUNDED", "civilians", 3, "ENAB", "07 17:45",
  "Three wounded as regime rockets hit Balyun",
  "Three civilians, among them two children, were wounded on Friday, 7 February, when regime rocket launchers targeted Balyun in Jabal al-Zawiya, the Civil Defence said.", "REG")
n("07", "Idlib", "Taftanaz", "KILLED", "militants", 2, "SOHR", "07 22:10",
  "Russian strike on HTS post near Taftanaz kills two",
  "On 7 February 2020, two HTS members were killed when Russian warplanes targeted one of the group's positions near Taftanaz, north of Saraqeb.", "RUS")
n("07", "Idlib", "Saraqeb", "KILLED", "soldiers", 3, "SOHR", "08 06:15",
  "HTS attack kills three soldiers near Saraqeb",
  "On 7 February 2020, three regime soldiers were killed when HTS fighters attacked their positions on the western outskirts of Saraqeb.", "HTS")
n("07", "Idlib", "Dana", "KILLED", "civilians", 1, "STEP", "08 09:30",
  "Money changer killed by gunmen in Dana",
  "Step's correspondent said gunmen shot dead a money changer inside his shop in Dana, in the northern Idlib countryside, late on Friday, 7 February.", "UNK")
n("07", "Aleppo", "Al-Eis", "CAPTURE", "-", 0, "LED", "07 20:00",
  "Regime forces take Al-Eis hill",
  "7 February 2020 | Aleppo | Regime forces and Iranian-backed militias took Al-Eis and its hill in the southern countryside after a day of clashes with the factions.", "REG")
n("07", "Aleppo", "Darat Izza", "KILLED", "civilians", 1, "SNHR", "07 21:15",
  "Civilian killed in Russian strike on Darat Izza",
  "On February 7, 2020, fixed-wing warplanes believed to be Russian fired missiles at Darat Izza city in the western suburbs of Aleppo governorate, killing a civilian.", "RUS")
n("07", "Aleppo", "Qubtan al-Jabal", "KILLED", "civilians", 1, "ENAB", "08 07:40",
  "Man killed as warplanes hit Qubtan al-Jabal",
  "A man was killed in an airstrike on the village of Qubtan al-Jabal, south of Darat Izza, on Friday evening, 7 February, local activists told Enab Baladi.", "RUS")
n("07", "Aleppo", "Manbij", "KILLED", "militia", 1, "NPA", "07 13:05",
  "Manbij Military Council fighter killed in IED blast",
  "MANBIJ, Syria (North Press) - A fighter of the Manbij Military Council was killed on Friday morning when an IED planted on the road to Al-Dadat exploded as his vehicle passed.", "IED")
n("07", "Daraa", "Nawa", "KILLED", "civilians", 2, "AHR", "07 21:50",
  "Two brothers shot dead in Nawa",
  "On 7 February 2020, gunmen opened fire on two brothers near their farm on the eastern edge of Nawa in the western countryside of Daraa, killing both.", "UNK")
n("07", "Daraa", "Sheikh Saad", "WOUNDED", "civilians", 2, "SOHR", "08 08:10",
  "Grenade thrown at shop in Sheikh Saad wounds two",
  "On 7 February 2020, two civilians were wounded when a hand grenade was thrown at a shop in Sheikh Saad, near Nawa, in the western countryside of Daraa.", "UNK")
n("07", "Daraa", "Busra al-Sham", "KILLED", "soldiers", 1, "LED", "08 07:30",
  "Fifth Corps member shot dead near Busra al-Sham",
  "7 February 2020 | Daraa | A member of the Russian-backed Fifth Corps was shot dead by gunmen on the road between Busra al-Sham and Maaraba, in the eastern countryside.", "UNK")
n("07", "Suwayda", "Al-Mazraa", "KILLED", "civilians", 1, "S24", "07 23:20",
  "Young man shot dead near Al-Mazraa",
  "Suwayda 24 reported that a young man was shot dead by gunmen in a car on the road near Al-Mazraa, west of Suwayda city, on the evening of 7 February 2020.", "UNK")
n("07", "Deir ez-Zor", "Hajin", "KILLED", "civilians", 1, "DEZ", "07 18:05",
  "Gunmen kill man in Hajin",
  "On 7 February 2020, unidentified gunmen killed a man in the centre of Hajin in the eastern Deir ez-Zor countryside, our correspondent reported.", "UNK")
n("07", "Deir ez-Zor", "Deir ez-Zor countryside (east)", "KILLED", "civilians", 1, "SOHR", "08 10:20",
  "Body of shepherd found in eastern Deir ez-Zor",
  "On 7 February 2020, the body of a shepherd was found in the desert of the eastern countryside of Deir ez-Zor, several days after he had gone missing.", "UNK")
n("07", "Hasakah", "Al-Dardara", "KILLED", "militants", 2, "NPA", "07 16:40",
  "SDF kills two Turkish-backed militants near Tal Tamr",
  "TAL TAMR, Syria (North Press) - Two fighters of the Turkish-backed factions were killed on Friday when the SDF repelled an infiltration attempt near the village of Al-Dardara, north of Tal Tamr.", "SDF")
n("07", "Raqqa", "Ain Issa", "WOUNDED", "civilians", 2, "NPA", "07 19:10",
  "Turkish shelling wounds woman and son in Ain Issa",
  "AIN ISSA, Syria (North Press) - Two civilians, a woman and her son, were wounded on Friday evening when Turkish artillery shells fell on the eastern neighbourhood of Ain Issa.", "TUR")
n("07", "Latakia", "Kabani", "ATTACK", "-", 0, "LED", "07 15:00",
  "Regime shells Kabani hills",
  "Regime forces shelled the Kabani hills in the Jabal al-Akrad area of the northern Latakia countryside throughout the morning; no casualties were reported.", "REG")
n("07", "Damascus", "Damascus", "WOUNDED", "civilians", 1, "ENAB", "07 12:10",
  "Car bomb wounds driver in Damascus's Mezzeh",
  "A man was wounded on Friday morning, 7 February, when an explosive device attached to his car exploded in the Mezzeh 86 area of Damascus, the state news agency SANA said.", "IED")

# ---------------------------------------------------------------- Sat 8 Feb
n("08", "Idlib", "Saraqeb", "CAPTURE", "-", 0, "SOHR", "08 20:30",
  "Regime forces enter Saraqeb",
  "On 8 February 2020, regime forces and allied militias entered Saraqeb after encircling it from three sides, and took control of most of the city.", "REG")
n("08", "Idlib", "Sarmin", "KILLED", "civilians", 1, "STEP", "08 12:45",
  "Russian airstrike kills man in Sarmin",
  "Step's correspondent reported that a man was killed on Saturday morning, 8 February, when Russian warplanes struck the western neighbourhood of Sarmin.", "RUS")
n("08", "Idlib", "Qminas", "KILLED", "civilians", 1, "SNHR", "08 19:50",
  "Child killed in Russian strike on Qminas",
  "On February 8, 2020, fixed-wing warplanes believed to be Russian fired missiles at Qminas village in the eastern suburbs of Idlib governorate, killing a child.", "RUS")
n("08", "Idlib", "Idlib", "WOUNDED", "civilians", 4, "ENAB", "08 16:35",
  "Four wounded in airstrike on Idlib city",
  "Four civilians were wounded on Saturday, 8 February, when an airstrike hit a street near the Al-Qusour neighbourhood of Idlib city, according to the Civil Defence.", "RUS")
n("08", "Idlib", "Atmeh", "KILLED", "civilians", 1, "ENAB", "09 09:05",
  "Man shot dead near Atmeh camps",
  "A man was shot dead by unknown gunmen near the displacement camps of Atmeh, close to the Turkish border, on Saturday night, 8 February.", "UNK")
n("08", "Idlib", "Jabal al-Zawiya", "KILLED", "civilians", 1, "SOHR", "08 22:25",
  "Regime shelling kills civilian in Jabal al-Zawiya",
  "On 8 February 2020, a civilian was killed by regime shelling on the villages of Jabal al-Zawiya in the southern countryside of Idlib.", "REG")
n("08", "Aleppo", "Kafr Naha", "KILLED", "soldiers", 2, "SOHR", "09 07:20",
  "Two soldiers killed by sniper fire on Kafr Naha front",
  "On 8 February 2020, two regime soldiers were killed by HTS sniper fire on the Kafr Naha front, west of Aleppo city.", "HTS")
n("08", "Aleppo", "Urum al-Kubra", "KILLED", "civilians", 2, "SNHR", "08 21:05",
  "Father and son killed in Russian airstrike on Urum al-Kubra",
  "On February 8, 2020, fixed-wing warplanes believed to be Russian fired missiles at Urum al-Kubra town in the western suburbs of Aleppo governorate, killing two civilians, a man and his son.", "RUS")
n("08", "Aleppo", "Azaz", "KILLED", "civilians", 1, "STEP", "08 14:15",
  "Motorbike bomb kills man in Azaz",
  "A man was killed on Saturday, 8 February, when a booby-trapped motorbike exploded near a mosque in the city of Azaz, north of Aleppo, Step's correspondent said.", "IED")
n("08", "Hama", "Jurin", "KILLED", "soldiers", 1, "LED", "09 06:55",
  "Soldier killed by rocket fire on Jurin",
  "8 February 2020 | Hama | A regime soldier was killed when rockets fired by the factions hit a military position in Jurin, in the Al-Ghab plain.", "HTS")
n("08", "Daraa", "Al-Muzayrib", "KILLED", "civilians", 1, "SOHR", "08 21:40",
  "Man killed by gunmen in Al-Muzayrib",
  "On 8 February 2020, unknown gunmen killed a man in the centre of Al-Muzayrib in the western countryside of Daraa.", "UNK")
n("08", "Daraa", "Tafas", "WOUNDED", "civilians", 1, "AHR", "08 19:05",
  "Young man wounded by gunmen on Tafas road",
  "On 8 February 2020, a young man from Tafas was wounded when gunmen on a motorbike fired at him on the road linking Tafas to Al-Muzayrib, in the western countryside of Daraa.", "UNK")
n("08", "Daraa", "Izraa", "KILLED", "soldiers", 1, "LED", "09 07:05",
  "Soldier on leave shot dead in Izraa",
  "8 February 2020 | Daraa | A regime soldier on leave was shot dead by unknown gunmen in Izraa, in the north-eastern countryside.", "UNK")
n("08", "Quneitra", "Al-Rafid", "WOUNDED", "civilians", 1, "AHR", "08 17:10",
  "Shepherd wounded by landmine near Al-Rafid",
  "On 8 February 2020, a shepherd was wounded when a landmine exploded near Al-Rafid in the southern countryside of Quneitra.", "MINE")
n("08", "Deir ez-Zor", "Al-Izba", "KILLED", "militia", 1, "DEZ", "08 15:30",
  "IED kills SDF fighter in Al-Izba",
  "On 8 February 2020, an SDF fighter was killed when an IED exploded near a checkpoint in Al-Izba in the northern countryside of Deir ez-Zor, our correspondent reported.", "IED")
n("08", "Deir ez-Zor", "Al-Bukamal", "KILLED", "militia", 3, "SOHR", "09 08:15",
  "Unidentified aircraft strike militia position near Al-Bukamal",
  "On 8 February 2020, three members of Iranian-backed militias were killed when unidentified aircraft struck their positions near Al-Bukamal on the Syrian-Iraqi border.", "AIR?")
n("08", "Hasakah", "Al-Shaddadi", "KILLED", "militia", 1, "NPA", "08 13:25",
  "ISIS claims killing of SDF member in al-Shaddadi",
  "AL-SHADDADI, Syria (North Press) - An SDF member was shot dead by gunmen near his home in al-Shaddadi, south of Hasakah, on Saturday morning. ISIS claimed the attack.", "ISIS")
n("08", "Raqqa", "Al-Karama", "KILLED", "civilians", 1, "SOHR", "09 10:40",
  "Landmine kills shepherd east of Raqqa",
  "On 8 February 2020, a shepherd was killed by a landmine explosion near Al-Karama in the eastern countryside of Raqqa.", "MINE")
n("08", "Homs", "Al-Rastan", "KILLED", "civilians", 1, "ENAB", "09 11:35",
  "Body of young man found near Al-Rastan",
  "The body of a young man was found on the banks of the Orontes near Al-Rastan, north of Homs, on Saturday, 8 February, local sources said.", "UNK")
n("08", "Rural Damascus", "Kafr Batna", "KILLED", "civilians", 1, "SNHR", "08 18:30",
  "Detainee from Kafr Batna dies under torture",
  "On February 8, 2020, the family of a young man from Kafr Batna town in Eastern Ghouta, Rural Damascus governorate, learned that he had died due to torture in a Syrian Regime detention centre, where he had been held since 2018.", "REG")

# ---------------------------------------------------------------- Sun 9 Feb
n("09", "Idlib", "Ariha", "KILLED", "civilians", 1, "STEP", "09 13:30",
  "Man killed in airstrike on eastern Ariha",
  "A man was killed on Sunday, 9 February, when Russian warplanes struck the eastern neighbourhood of Ariha, Step's correspondent reported.", "RUS")
n("09", "Idlib", "Mhambal", "KILLED", "civilians", 1, "SNHR", "09 20:15",
  "Woman killed in Russian strike on Mhambal",
  "On February 9, 2020, fixed-wing warplanes believed to be Russian fired missiles at Mhambal village in the western suburbs of Idlib governorate, killing a woman.", "RUS")
n("09", "Idlib", "Al-Nayrab", "CAPTURE", "-", 0, "LED", "09 19:40",
  "Regime forces capture Al-Nayrab",
  "9 February 2020 | Idlib | Regime forces captured Al-Nayrab, west of Saraqeb, after HTS fighters withdrew towards Sarmin.", "REG")
n("09", "Idlib", "Maarat Misrin", "KILLED", "civilians", 2, "SOHR", "09 22:45",
  "Two civilians killed as warplanes hit Maarat Misrin",
  "On 9 February 2020, two civilians were killed by Russian airstrikes on the outskirts of Maarat Misrin, north of Idlib city.", "RUS")
n("09", "Idlib", "Kafr Yahmul", "KILLED", "civilians", 2, "ENAB", "10 08:30",
  "Woman and daughter killed by rockets on Kafr Yahmul",
  "A woman and her daughter were killed on Sunday evening, 9 February, when regime rockets hit Kafr Yahmul, north of Idlib city, the Civil Defence said.", "REG")
n("09", "Idlib", "Idlib countryside (east)", "KILLED", "militants", 3, "SOHR", "10 07:30",
  "Three National Front fighters killed by regime shelling",
  "Three fighters of the National Front for Liberation were killed by regime shelling on their positions in the eastern countryside of Idlib on 9 February 2020.", "REG")
n("09", "Aleppo", "Khan Tuman", "CAPTURE", "-", 0, "SOHR", "09 21:00",
  "Regime forces capture Khan Tuman",
  "On 9 February 2020, regime forces, backed by Iranian militias, captured Khan Tuman in the southern countryside of Aleppo.", "REG")
n("09", "Aleppo", "Khan al-Asal", "CAPTURE", "-", 0, "LED", "09 18:30",
  "Regime forces enter Khan al-Asal",
  "9 February 2020 | Aleppo | Regime forces entered Khan al-Asal, west of Aleppo city, and began combing its streets; the factions pulled back towards Kafr Naha.", "REG")
n("09", "Aleppo", "Atarib", "KILLED", "civilians", 1, "SNHR", "09 21:50",
  "Child killed in Russian strike on Al-Atarib",
  "On February 9, 2020, fixed-wing warplanes believed to be Russian fired missiles at Al-Atarib city in the western suburbs of Aleppo governorate, killing a child.", "RUS")
n("09", "Aleppo", "Al-Bab", "WOUNDED", "civilians", 3, "STEP", "09 15:40",
  "Three wounded in explosion at al-Bab market",
  "Three civilians were wounded on Sunday afternoon, 9 February, when an explosive device went off in the vegetable market of al-Bab, Step's correspondent said.", "IED")
n("09", "Latakia", "Kabani", "KILLED", "militants", 1, "SOHR", "10 09:10",
  "HTS fighter killed by sniper on Kabani axis",
  "On 9 February 2020, an HTS fighter was killed by regime sniper fire on the Kabani axis in the north-eastern countryside of Latakia.", "REG")
n("09", "Daraa", "Daraa", "KILLED", "civilians", 1, "AHR", "09 20:50",
  "Man shot dead in Tariq al-Sad, Daraa city",
  "On 9 February 2020, unknown gunmen shot dead a man in the Tariq al-Sad neighbourhood of Daraa city.", "UNK")
n("09", "Daraa", "Al-Harak", "KILLED", "civilians", 1, "SOHR", "10 08:00",
  "Former faction commander assassinated in Al-Harak",
  "On 9 February 2020, gunmen assassinated a former commander of an opposition faction who had joined the settlement, in Al-Harak in the eastern countryside of Daraa.", "UNK")
n("09", "Daraa", "Al-Sanamayn", "WOUNDED", "soldiers", 2, "LED", "10 06:35",
  "Two soldiers wounded in attack near Al-Sanamayn",
  "9 February 2020 | Daraa | Two regime soldiers were wounded when gunmen attacked a military checkpoint on the road between Al-Sanamayn and Ghabaghib.", "UNK")
n("09", "Deir ez-Zor", "Al-Busayrah", "KILLED", "militia", 2, "DEZ", "09 17:20",
  "Two SDF fighters killed in attack near Al-Busayrah",
  "On 9 February 2020, two SDF fighters were killed when ISIS cells attacked their checkpoint on the road near Al-Busayrah, our correspondent reported.", "ISIS")
n("09", "Deir ez-Zor", "Al-Sabha", "KILLED", "militia", 2, "SOHR", "10 09:55",
  "ISIS cells kill two SDF members in Al-Sabha",
  "On 9 February 2020, ISIS cells killed two SDF members in an attack on a military point in Al-Sabha, in the eastern countryside of Deir ez-Zor.", "ISIS")
n("09", "Hasakah", "Al-Hawl", "KILLED", "civilians", 1, "NPA", "09 14:50",
  "Iraqi woman killed in al-Hawl camp",
  "AL-HAWL, Syria (North Press) - An Iraqi woman was killed on Sunday in Al-Hawl camp, east of Hasakah, after unknown assailants stabbed her inside her tent, a camp official said.", "UNK")
n("09", "Raqqa", "Al-Mansoura", "ATTACK", "-", 0, "SOHR", "11 11:30",
  "Truck driver abducted near Al-Mansoura",
  "On 9 February 2020, unidentified gunmen abducted a truck driver on the road near Al-Mansoura in the western countryside of Raqqa and took him to an unknown destination.", "UNK")
n("09", "Suwayda", "Salkhad", "KILLED", "civilians", 1, "S24", "09 22:35",
  "Man shot dead by car thieves in Salkhad",
  "Suwayda 24 reported that a man was shot dead by members of an armed gang in Salkhad, south of Suwayda city, on 9 February 2020, during an attempt to steal his car.", "UNK")
n("09", "Homs", "Al-Qaryatayn", "KILLED", "soldiers", 2, "LED", "10 07:50",
  "Two soldiers killed in ISIS ambush near Al-Qaryatayn",
  "9 February 2020 | Homs | ISIS cells ambushed a regime army vehicle on the desert road east of Al-Qaryatayn, killing two soldiers.", "ISIS")

# ---------------------------------------------------------------- Mon 10 Feb
n("10", "Idlib", "Kansafra", "KILLED", "civilians", 1, "ENAB", "10 14:45",
  "Young man killed by shelling on Kansafra",
  "A young man was killed on Monday, 10 February, by regime artillery shells that fell on Kansafra in Jabal al-Zawiya, the Civil Defence said.", "REG")
n("10", "Idlib", "Al-Bara", "KILLED", "civilians", 1, "STEP", "10 16:10",
  "Woman killed in regime shelling on Al-Bara",
  "Step's correspondent said a woman was killed on Monday, 10 February, when regime artillery targeted the village of Al-Bara in Jabal al-Zawiya.", "REG")
n("10", "Idlib", "Binnish", "KILLED", "civilians", 2, "SOHR", "10 21:30",
  "Two killed in Russian strikes on Binnish",
  "On 10 February 2020, two civilians were killed when Russian warplanes struck Binnish in the eastern countryside of Idlib.", "RUS")
n("10", "Idlib", "Sarmin", "KILLED", "civilians", 2, "SNHR", "10 19:45",
  "Two civilians killed as regime shells Sarmin",
  "On February 10, 2020, Syrian Regime forces fired rockets at Sarmin city in the eastern suburbs of Idlib governorate, killing two civilians.", "REG")
n("10", "Idlib", "Idlib governorate", "KILLED", "civilians", 1, "LED", "11 06:20",
  "Displaced man found shot dead in Idlib governorate",
  "10 February 2020 | Idlib | A displaced man from Maarat al-Numan was found shot dead in his car on a road in Idlib governorate; the perpetrators are unknown.", "UNK")
n("10", "Idlib", "Kafr Takharim", "KILLED", "civilians", 1, "ENAB", "11 08:50",
  "Man killed by unknown gunmen in Kafr Takharim",
  "A man was killed by unknown gunmen in Kafr Takharim in the northern countryside of Idlib on Monday, 10 February, local sources told Enab Baladi.", "UNK")
n("10", "Aleppo", "Urum al-Sughra", "KILLED", "civilians", 1, "STEP", "10 13:20",
  "Russian strike kills man in Urum al-Sughra",
  "A man was killed on Monday morning, 10 February, when Russian warplanes struck Urum al-Sughra in the western Aleppo countryside, Step's correspondent said.", "RUS")
n("10", "Aleppo", "Urum al-Kubra", "KILLED", "civilians", 1, "SOHR", "10 23:05",
  "Woman killed in airstrike on Urum al-Kubra",
  "On 10 February 2020, a woman was killed when Russian warplanes carried out airstrikes on Urum al-Kubra in the western countryside of Aleppo.", "RUS")
n("10", "Aleppo", "Al-Rashidin", "CAPTURE", "-", 0, "SOHR", "10 22:10",
  "Regime forces capture Al-Rashidin 4 on Aleppo's western edge",
  "On 10 February 2020, regime forces captured the Al-Rashidin 4 neighbourhood on the western edge of Aleppo city after the factions withdrew.", "REG")
n("10", "Aleppo", "Aleppo", "KILLED", "civilians", 2, "ENAB", "10 18:40",
  "Two killed by rocket fire on New Aleppo district",
  "Two civilians were killed on Monday, 10 February, when rockets fired by opposition factions hit the New Aleppo district of Aleppo city, state media reported.", "OPP")
n("10", "Hama", "Uqayribat", "KILLED", "soldiers", 3, "SOHR", "11 07:15",
  "ISIS attack kills three soldiers near Uqayribat",
  "On 10 February 2020, three regime soldiers were killed when ISIS cells attacked their positions near Uqayribat in the eastern countryside of Hama.", "ISIS")
n("10", "Daraa", "Tafas", "KILLED", "civilians", 1, "AHR", "10 19:55",
  "Man shot dead outside his home in Tafas",
  "On 10 February 2020, unidentified gunmen shot dead a man outside his home in the western neighbourhood of Tafas, in the western countryside of Daraa.", "UNK")
n("10", "Daraa", "Dael", "KILLED", "civilians", 1, "SOHR", "11 08:40",
  "Man killed by gunmen in Dael",
  "On 10 February 2020, a man was killed by unknown gunmen in Dael, in the central countryside of Daraa.", "UNK")
n("10", "Daraa", "Busra al-Harir", "ATTACK", "-", 0, "LED", "11 06:45",
  "Two young men abducted near Busra al-Harir",
  "10 February 2020 | Daraa | Gunmen abducted two young men on the road between Busra al-Harir and Nahtah, in the eastern countryside; their fate is unknown.", "UNK")
n("10", "Quneitra", "Madinat al-Baath", "KILLED", "soldiers", 1, "AHR", "10 21:25",
  "Soldier killed at checkpoint near Madinat al-Baath",
  "On 10 February 2020, unknown gunmen killed a regime soldier at a checkpoint near Madinat al-Baath in the central countryside of Quneitra.", "UNK")
n("10", "Deir ez-Zor", "Al-Mayadin", "KILLED", "civilians", 1, "DEZ", "10 15:05",
  "Child killed by war remnant in Al-Mayadin",
  "On 10 February 2020, a child was killed when an unexploded shell left over from the war exploded while he was playing near his house in Al-Mayadin, our correspondent reported.", "MINE")
n("10", "Deir ez-Zor", "Al-Quriyah", "KILLED", "civilians", 1, "SOHR", "11 10:00",
  "Landmine kills shepherd in desert near Al-Quriyah",
  "On 10 February 2020, a shepherd was killed when a landmine exploded in the desert near Al-Quriyah, east of Al-Mayadin.", "MINE")
n("10", "Hasakah", "Abu Rasin", "WOUNDED", "militia", 2, "NPA", "10 17:30",
  "Turkish drone targets SDF vehicle near Abu Rasin",
  "ABU RASIN, Syria (North Press) - Two SDF fighters were wounded on Monday when a Turkish drone struck their vehicle on the road west of Abu Rasin (Zarkan), in the northern countryside of Hasakah.", "TUR")
n("10", "Raqqa", "Raqqa", "KILLED", "police", 1, "SOHR", "11 09:20",
  "Asayish member shot dead in Raqqa",
  "On 10 February 2020, gunmen on a motorbike shot dead a member of the Asayish (internal security forces) near the Al-Sa'a roundabout in Raqqa city.", "UNK")
n("10", "Rural Damascus", "Al-Kiswah", "KILLED", "soldiers", 1, "ENAB", "11 12:00",
  "Regime officer shot dead near Al-Kiswah",
  "Unknown gunmen shot dead a regime army officer on the road near Al-Kiswah, south of Damascus, on Monday night, 10 February, local sources said.", "UNK")

# ---------------------------------------------------------------- Tue 11 Feb
n("11", "Idlib", "Kafr Nabl", "KILLED", "civilians", 1, "STEP", "11 12:55",
  "Russian warplanes kill man in Kafr Nabl",
  "Step's correspondent said a man was killed on Tuesday, 11 February, when Russian warplanes struck the centre of Kafr Nabl in the southern countryside of Idlib.", "RUS")
n("11", "Idlib", "Hass", "KILLED", "civilians", 1, "SNHR", "11 20:05",
  "Child killed in Russian strike on Hass",
  "On February 11, 2020, fixed-wing warplanes believed to be Russian fired missiles at Hass village in the southern suburbs of Idlib governorate, killing a child.", "RUS")
n("11", "Idlib", "Idlib countryside (south)", "KILLED", "civilians", 1, "SOHR", "11 22:50",
  "Civilian killed by regime shelling in southern Idlib",
  "A civilian was killed on 11 February 2020 by regime shelling on a village in the southern countryside of Idlib.", "REG")
n("11", "Idlib", "Saraqeb", "KILLED", "soldiers", 2, "SOHR", "12 07:00",
  "Turkish artillery kills two soldiers near Saraqeb",
  "On 11 February 2020, two regime soldiers were killed when Turkish artillery shelled regime positions on the outskirts of Saraqeb.", "TUR")
n("11", "Idlib", "Maarat Misrin", "WOUNDED", "civilians", 2, "ENAB", "11 16:25",
  "Two wounded in airstrike on Maarat Misrin poultry farm",
  "Two civilians were wounded on Tuesday, 11 February, when a Russian warplane struck a poultry farm on the edge of Maarat Misrin, the Civil Defence said.", "RUS")
n("11", "Idlib", "Idlib", "KILLED", "civilians", 1, "LED", "12 06:30",
  "Car bomb kills man in central Idlib",
  "11 February 2020 | Idlib | A car bomb exploded in the centre of Idlib city, killing a man and wounding several passers-by.", "IED")
n("11", "Aleppo", "Anadan", "KILLED", "civilians", 1, "SOHR", "11 21:40",
  "Man killed in Russian strike on Anadan",
  "On 11 February 2020, a man was killed when Russian warplanes struck the town of Anadan in the northern countryside of Aleppo.", "RUS")
n("11", "Aleppo", "Hayan", "KILLED", "civilians", 1, "STEP", "11 17:30",
  "Elderly woman killed as jets pound Hayan",
  "An elderly woman was killed on Tuesday, 11 February, when Russian jets struck the town of Hayan, north-west of Aleppo city, Step's correspondent reported.", "RUS")
n("11", "Aleppo", "Kafr Naha", "EQUIPMENT_LOSS", "soldiers", 1, "SOHR", "12 08:05",
  "HTS destroys regime tank on Kafr Naha front",
  "On 11 February 2020, HTS fighters destroyed a regime tank with a guided missile on the Kafr Naha front in the western countryside of Aleppo.", "HTS")
n("11", "Aleppo", "Jarablus", "WOUNDED", "civilians", 2, "NPA", "11 14:05",
  "Car bomb wounds two in Jarablus",
  "JARABLUS, Syria (North Press) - Two civilians were wounded on Tuesday when a car bomb exploded near the industrial area of Jarablus, north-east of Aleppo.", "IED")
n("11", "Daraa", "Tafas", "WOUNDED", "civilians", 4, "AHR", "11 18:20",
  "IED targets funeral in Tafas, wounding four",
  "On 11 February 2020, an IED exploded near the funeral procession of the man who was shot dead in Tafas the day before, wounding four mourners, in the western countryside of Daraa.", "IED")
n("11", "Daraa", "Jillin", "KILLED", "civilians", 1, "SOHR", "12 08:20",
  "Body of man found near Jillin",
  "On 11 February 2020, the body of a man was found with gunshot wounds on agricultural land near Jillin in the western countryside of Daraa.", "UNK")
n("11", "Daraa", "Nawa", "KILLED", "civilians", 1, "AHR", "11 21:10",
  "Young man killed by gunmen in Nawa",
  "On 11 February 2020, a young man was killed by gunmen who fired at him near the Nawa hospital, in the western countryside of Daraa.", "UNK")
n("11", "Suwayda", "Shahba", "WOUNDED", "civilians", 2, "S24", "11 19:40",
  "Two young men wounded in shooting at Shahba entrance",
  "Suwayda 24 reported that two young men were wounded on 11 February 2020 when members of a local armed group opened fire at a checkpoint at the northern entrance of Shahba.", "UNK")
n("11", "Deir ez-Zor", "Al-Shuhayl", "KILLED", "civilians", 1, "DEZ", "11 17:45",
  "Oil trader killed by gunmen in Al-Shuhayl",
  "On 11 February 2020, unidentified gunmen killed an oil trader in Al-Shuhayl in the eastern countryside of Deir ez-Zor, our correspondent said.", "UNK")
n("11", "Deir ez-Zor", "Diban", "KILLED", "civilians", 1, "SOHR", "12 09:30",
  "Young man shot dead in Diban",
  "On 11 February 2020, gunmen shot dead a young man in Diban in the eastern countryside of Deir ez-Zor.", "UNK")
n("11", "Deir ez-Zor", "Deir ez-Zor", "WOUNDED", "soldiers", 2, "LED", "12 07:20",
  "Grenade attack wounds two soldiers in Deir ez-Zor city",
  "11 February 2020 | Deir ez-Zor | Two regime soldiers were wounded when a hand grenade was thrown at a checkpoint in the Al-Joura neighbourhood of Deir ez-Zor city.", "UNK")
n("11", "Hasakah", "Ras al-Ain", "KILLED", "civilians", 3, "STEP", "11 15:55",
  "Car bomb kills three near bakery in Ras al-Ain",
  "Three civilians were killed on Tuesday, 11 February, when a car bomb exploded near a bakery in Ras al-Ain, in the northern countryside of Hasakah, Step's correspondent said.", "IED")
n("11", "Raqqa", "Tal Abyad", "WOUNDED", "civilians", 2, "STEP", "11 18:50",
  "Motorbike bomb wounds two in Tal Abyad",
  "A booby-trapped motorbike exploded in the market of Tal Abyad, north of Raqqa, on Tuesday evening, 11 February, wounding two civilians.", "IED")
n("11", "Homs", "Kafr Laha", "KILLED", "civilians", 1, "ENAB", "12 10:15",
  "Gunmen kill man in Kafr Laha, Al-Houla",
  "A man was shot dead by unknown gunmen in Kafr Laha in the Al-Houla area, north-west of Homs, on Tuesday night, 11 February, local sources said.", "UNK")

# ---------------------------------------------------------------- Wed 12 Feb
n("12", "Idlib", "Marayan", "KILLED", "civilians", 2, "SOHR", "12 20:20",
  "Two civilians killed in airstrikes on Marayan",
  "On 12 February 2020, two civilians were killed when Russian warplanes struck Marayan in Jabal al-Zawiya, in the southern countryside of Idlib.", "RUS")
n("12", "Idlib", "Sufuhon", "KILLED", "civilians", 2, "STEP", "12 15:15",
  "Two brothers killed in Russian raid on Sufuhon",
  "Two brothers were killed on Wednesday, 12 February, when a Russian warplane targeted the village of Sufuhon in Jabal al-Zawiya, Step's correspondent reported.", "RUS")
n("12", "Idlib", "Balyun", "KILLED", "civilians", 1, "SNHR", "12 19:10",
  "Civilian killed by regime shelling on Balyun",
  "On February 12, 2020, Syrian Regime forces fired artillery shells at Balyun village in Jabal al-Zawiya in the southern suburbs of Idlib governorate, killing a civilian.", "REG")
n("12", "Idlib", "Ariha", "WOUNDED", "civilians", 3, "ENAB", "12 13:40",
  "Three wounded in airstrike on Ariha",
  "Three civilians were wounded on Wednesday, 12 February, when an airstrike hit a street near the main square of Ariha, the Civil Defence said.", "RUS")
n("12", "Idlib", "Al-Nayrab", "ATTACK", "-", 0, "LED", "12 17:00",
  "Artillery exchanges on the Al-Nayrab front",
  "Regime forces and the factions exchanged artillery fire on the Al-Nayrab front today; no casualties were reported.", "REG")
n("12", "Idlib", "Salqin", "KILLED", "civilians", 1, "ENAB", "13 08:30",
  "Body of man found near Salqin",
  "The body of a man was found in an olive grove near Salqin, in the western countryside of Idlib, on Wednesday, 12 February, with his hands tied.", "UNK")
n("12", "Aleppo", "Urum al-Kubra", "CAPTURE", "-", 0, "SOHR", "12 22:30",
  "Regime forces capture Urum al-Kubra",
  "On 12 February 2020, regime forces captured Urum al-Kubra in the western countryside of Aleppo after intense Russian airstrikes on the town.", "REG")
n("12", "Aleppo", "Kafr Nuran", "KILLED", "civilians", 1, "STEP", "12 14:30",
  "Woman killed in airstrike on Kafr Nuran",
  "A woman was killed on Wednesday, 12 February, when Russian warplanes struck Kafr Nuran in the western countryside of Aleppo, Step's correspondent said.", "RUS")
n("12", "Aleppo", "Abzemo", "KILLED", "civilians", 1, "SNHR", "12 21:20",
  "Child killed in Russian strike on Abzemo",
  "On February 12, 2020, fixed-wing warplanes believed to be Russian fired missiles at Abzemo village in the western suburbs of Aleppo governorate, killing a child.", "RUS")
n("12", "Aleppo", "Aoun al-Dadat", "ATTACK", "-", 0, "NPA", "12 13:00",
  "Turkish-backed factions shell Aoun al-Dadat north of Manbij",
  "MANBIJ, Syria (North Press) - Turkish-backed factions shelled the village of Aoun al-Dadat, north of Manbij, with mortars on Wednesday morning. No casualties were reported.", "TUR")
n("12", "Hama", "Al-Suqaylabiyah", "KILLED", "civilians", 1, "SOHR", "12 18:50",
  "Child killed by rocket on Al-Suqaylabiyah",
  "On 12 February 2020, a child was killed when a rocket fired by the factions landed in Al-Suqaylabiyah, in the north-western countryside of Hama.", "HTS")
n("12", "Hama", "Mhardeh", "WOUNDED", "civilians", 2, "ENAB", "13 09:40",
  "Two wounded as rockets hit Mhardeh",
  "Two civilians were wounded on Wednesday, 12 February, when rockets fell on the town of Mhardeh in the north-western Hama countryside, according to state media.", "HTS")
n("12", "Daraa", "Al-Muzayrib", "KILLED", "civilians", 1, "AHR", "12 19:25",
  "Gunmen kill young man in Al-Muzayrib",
  "On 12 February 2020, unidentified gunmen shot dead a young man near the lake of Al-Muzayrib in the western countryside of Daraa.", "UNK")
n("12", "Daraa", "Al-Yadudah", "KILLED", "civilians", 1, "SOHR", "12 23:15",
  "Man shot dead in Al-Yadudah",
  "On 12 February 2020, a man was shot dead by gunmen in Al-Yadudah, west of Daraa city.", "UNK")
n("12", "Daraa", "Al-Hara", "KILLED", "civilians", 1, "SNHR", "14 16:05",
  "Detainee from Al-Hara dies under torture",
  "On February 12, 2020, SNHR learned that a man from Al-Hara town in the northern suburbs of Daraa governorate had died due to torture in a Syrian Regime detention centre; his family was notified the same day.", "REG")
n("12", "Quneitra", "Jubata al-Khashab", "KILLED", "civilians", 1, "LED", "13 06:50",
  "Farmer killed by landmine near Jubata al-Khashab",
  "12 February 2020 | Quneitra | A farmer was killed by a landmine while ploughing his land near Jubata al-Khashab, in the northern countryside.", "MINE")
n("12", "Deir ez-Zor", "Gharanij", "KILLED", "militia", 1, "DEZ", "12 17:15",
  "ISIS cell kills SDF fighter in Gharanij",
  "On 12 February 2020, an ISIS cell shot dead an SDF fighter in Gharanij in the eastern countryside of Deir ez-Zor, our correspondent reported.", "ISIS")
n("12", "Deir ez-Zor", "Abu Hammam", "KILLED", "militia", 1, "SOHR", "13 10:05",
  "SDF member killed in Abu Hammam",
  "On 12 February 2020, an SDF member was killed by gunmen believed to be ISIS members in Abu Hammam, in the eastern countryside of Deir ez-Zor.", "ISIS")
n("12", "Hasakah", "Tal Tamr", "KILLED", "civilians", 1, "NPA", "12 16:45",
  "Civilian killed by Turkish shelling near Tal Tamr",
  "TAL TAMR, Syria (North Press) - A civilian was killed on Wednesday when Turkish artillery shelled a village west of Tal Tamr, a local source said.", "TUR")
n("12", "Raqqa", "Ain Issa", "KILLED", "militia", 1, "SOHR", "13 08:05",
  "SDF fighter killed by Turkish drone near Ain Issa",
  "On 12 February 2020, an SDF fighter was killed when a Turkish drone struck a military point near Ain Issa, in the northern countryside of Raqqa.", "TUR")

# ---------------------------------------------------------------- Thu 13 Feb
n("13", "Idlib", "Kafr Uwayd", "KILLED", "civilians", 1, "SNHR", "13 19:30",
  "Civilian killed by regime shelling on Kafr Uwayd",
  "On February 13, 2020, Syrian Regime forces fired artillery shells at Kafr Uwayd village in Jabal al-Zawiya in the southern suburbs of Idlib governorate, killing a civilian.", "REG")
n("13", "Idlib", "Shinan", "KILLED", "civilians", 1, "STEP", "13 15:20",
  "Man killed by shelling on Shinan, Jabal al-Zawiya",
  "A man was killed on Thursday, 13 February, when regime artillery shells fell on the village of Shinan in Jabal al-Zawiya, Step's correspondent reported.", "REG")
n("13", "Idlib", "Binnish", "KILLED", "civilians", 3, "SOHR", "13 22:10",
  "Three civilians killed in Russian airstrikes on Binnish",
  "On 13 February 2020, three civilians were killed when Russian warplanes targeted a residential area in Binnish, in the eastern countryside of Idlib.", "RUS")
n("13", "Idlib", "Taftanaz", "KILLED", "civilians", 3, "ENAB", "14 08:15",
  "Barrel bombs kill three in Taftanaz",
  "Three civilians were killed on Thursday, 13 February, when regime helicopters dropped barrel bombs on Taftanaz, east of Idlib city, the Civil Defence said.", "REG")
n("13", "Idlib", "Harem", "KILLED", "civilians", 1, "LED", "13 18:10",
  "Man killed by gunmen in Harem",
  "13 February 2020 | Idlib | Unknown gunmen killed a man on the road leading to the castle of Harem, in the northern countryside.", "UNK")
n("13", "Idlib", "Saraqeb", "ATTACK", "-", 0, "LED", "13 16:40",
  "Factions shell regime positions in Saraqeb",
  "Opposition factions shelled regime positions inside Saraqeb this afternoon; no casualties were reported.", "OPP")
n("13", "Aleppo", "Huraytan", "KILLED", "civilians", 1, "SOHR", "13 21:50",
  "Woman killed in Russian strike on Huraytan",
  "On 13 February 2020, a woman was killed when Russian warplanes struck Huraytan in the northern countryside of Aleppo.", "RUS")
n("13", "Aleppo", "Kafr Hamra", "KILLED", "civilians", 1, "STEP", "13 14:10",
  "Man killed as jets hit Kafr Hamra",
  "A man was killed on Thursday, 13 February, when Russian jets targeted Kafr Hamra, north-west of Aleppo city, Step's correspondent said.", "RUS")
n("13", "Aleppo", "Aleppo countryside (west)", "KILLED", "soldiers", 4, "SOHR", "14 07:45",
  "Four soldiers killed in HTS counter-attack west of Aleppo",
  "On 13 February 2020, four regime soldiers were killed in a counter-attack by HTS fighters on regime positions in the western countryside of Aleppo.", "HTS")
n("13", "Aleppo", "Al-Bab", "KILLED", "civilians", 1, "NPA", "13 15:30",
  "Motorbike bomb kills woman in al-Bab",
  "AL-BAB, Syria (North Press) - A woman was killed on Thursday when a booby-trapped motorbike exploded near the clock tower in al-Bab, north-east of Aleppo.", "IED")
n("13", "Aleppo", "Rajo", "ATTACK", "-", 0, "NPA", "13 19:05",
  "Turkish-backed faction abducts two Kurdish civilians in Rajo",
  "AFRIN, Syria (North Press) - Members of a Turkish-backed faction abducted two Kurdish civilians from their homes in Rajo, north-west of Afrin, on Thursday, a local source said.", "TUR")
n("13", "Daraa", "Jasim", "KILLED", "civilians", 1, "AHR", "13 20:40",
  "Young man shot dead in Jasim",
  "On 13 February 2020, a young man was shot dead by unknown gunmen in the western neighbourhood of Jasim, in the northern countryside of Daraa.", "UNK")
n("13", "Daraa", "Daraa countryside (west)", "KILLED", "civilians", 1, "SOHR", "14 08:55",
  "Man killed by gunmen in western Daraa countryside",
  "On 13 February 2020, unknown gunmen killed a man in the western countryside of Daraa; the motive is not yet known.", "UNK")
n("13", "Daraa", "Daraa", "WOUNDED", "soldiers", 3, "LED", "14 06:25",
  "IED wounds three soldiers in Daraa al-Mahatta",
  "13 February 2020 | Daraa | An IED targeted a bus carrying regime soldiers in Daraa al-Mahatta, wounding three of them.", "IED")
n("13", "Suwayda", "Ariqa", "ATTACK", "-", 0, "S24", "15 10:20",
  "Gunmen abduct young man from Ariqa",
  "Suwayda 24 reported that gunmen abducted a young man from the town of Ariqa, in the western countryside of Suwayda, on 13 February 2020, and demanded a ransom from his family.", "UNK")
n("13", "Deir ez-Zor", "Al-Kishkiyah", "KILLED", "civilians", 1, "DEZ", "13 17:35",
  "Man killed by gunmen in Al-Kishkiyah",
  "On 13 February 2020, unidentified gunmen killed a man in Al-Kishkiyah in the eastern countryside of Deir ez-Zor, our correspondent reported.", "UNK")
n("13", "Deir ez-Zor", "Abu Hammam", "KILLED", "civilians", 1, "SOHR", "14 10:25",
  "Body found in Abu Hammam",
  "On 13 February 2020, the body of a young man was found on the outskirts of Abu Hammam, in the eastern countryside of Deir ez-Zor.", "UNK")
n("13", "Deir ez-Zor", "Mohassan", "KILLED", "soldiers", 2, "LED", "14 07:35",
  "ISIS attack kills two soldiers near Mohassan",
  "13 February 2020 | Deir ez-Zor | ISIS cells attacked a regime army post in the desert near Mohassan, killing two soldiers.", "ISIS")
n("13", "Hasakah", "Al-Hawl", "KILLED", "police", 1, "NPA", "13 13:50",
  "Asayish member killed in al-Hawl camp",
  "AL-HAWL, Syria (North Press) - A member of the Asayish (internal security forces) was killed on Thursday when a woman attacked him with a knife inside Al-Hawl camp, a camp official said.", "UNK")
n("13", "Latakia", "Kabani", "KILLED", "soldiers", 2, "SOHR", "14 09:15",
  "Two soldiers killed in HTS attack on Kabani axis",
  "On 13 February 2020, two regime soldiers were killed when HTS fighters attacked their positions on the Kabani axis in the north-eastern countryside of Latakia.", "HTS")

# ---------------------------------------------------------------- Fri 14 Feb
n("14", "Idlib", "Kafr Nabl", "KILLED", "civilians", 2, "SNHR", "14 19:20",
  "Two civilians killed by regime shelling on Kafr Nabl",
  "On February 14, 2020, Syrian Regime forces fired rockets at Kafr Nabl city in the southern suburbs of Idlib governorate, killing two civilians.", "REG")
n("14", "Idlib", "Hass", "KILLED", "civilians", 2, "STEP", "14 15:35",
  "Shelling kills two in Hass",
  "A man and his son were killed on Friday, 14 February, when regime artillery shelled the village of Hass in the southern Idlib countryside, Step's correspondent reported.", "REG")
n("14", "Idlib", "Maarat Misrin", "KILLED", "civilians", 1, "SOHR", "14 22:35",
  "Civilian killed in airstrike on Maarat Misrin",
  "On 14 February 2020, a civilian was killed when Russian warplanes struck Maarat Misrin, north of Idlib city.", "RUS")
n("14", "Idlib", "Kafr Yahmul", "KILLED", "civilians", 1, "ENAB", "15 08:05",
  "Woman killed in Russian strike on Kafr Yahmul",
  "A woman was killed on Friday, 14 February, when Russian warplanes struck Kafr Yahmul, north of Idlib city, the Civil Defence said.", "RUS")
n("14", "Idlib", "Jisr al-Shughur", "KILLED", "civilians", 1, "SOHR", "14 21:15",
  "Woman killed in Russian strike on Jisr al-Shughur",
  "On 14 February 2020, a woman was killed when Russian warplanes struck the outskirts of Jisr al-Shughur, in the western countryside of Idlib.", "RUS")
n("14", "Idlib", "Idlib countryside (south)", "ATTACK", "-", 0, "LED", "14 17:10",
  "Barrel bombs dropped on southern Idlib villages",
  "Regime helicopters dropped barrel bombs on villages in the southern countryside of Idlib this afternoon; no casualties were reported.", "REG")
n("14", "Aleppo", "Darat Izza", "KILLED", "civilians", 2, "SNHR", "14 20:30",
  "Two civilians killed in Russian strike on Darat Izza",
  "On February 14, 2020, fixed-wing warplanes believed to be Russian fired missiles at Darat Izza city in the western suburbs of Aleppo governorate, killing two civilians.", "RUS")
n("14", "Aleppo", "Atarib", "KILLED", "civilians", 2, "SOHR", "15 07:55",
  "Two civilians killed in airstrikes on Atarib",
  "On 14 February 2020, two civilians were killed in Russian airstrikes on Atarib, in the western countryside of Aleppo.", "RUS")
n("14", "Aleppo", "Kafr Hamra", "CAPTURE", "-", 0, "LED", "15 06:10",
  "Regime forces capture Kafr Hamra",
  "14 February 2020 | Aleppo | Regime forces captured Kafr Hamra, north-west of Aleppo city, after the factions pulled out overnight.", "REG")
n("14", "Aleppo", "Marea", "WOUNDED", "civilians", 2, "STEP", "14 16:20",
  "Two wounded by shelling on Marea",
  "Two civilians were wounded on Friday, 14 February, when shells fired from SDF-held areas near Tal Rifaat fell on the town of Marea, north of Aleppo, Step's correspondent said.", "SDF")
n("14", "Hama", "Hama countryside (east)", "KILLED", "civilians", 2, "ENAB", "16 10:40",
  "Landmine kills two truffle hunters in eastern Hama",
  "Two civilians were killed on Friday, 14 February, when a landmine exploded while they were collecting truffles in the eastern countryside of Hama, local sources said.", "MINE")
n("14", "Hama", "Ithriya", "KILLED", "soldiers", 2, "SOHR", "15 09:00",
  "Two soldiers killed in ISIS attack near Ithriya",
  "On 14 February 2020, two regime soldiers were killed when ISIS cells attacked a military post near Ithriya, in the eastern countryside of Hama.", "ISIS")
n("14", "Daraa", "Tal Shihab", "KILLED", "soldiers", 1, "AHR", "14 20:10",
  "Soldier killed by gunmen in Tal Shihab",
  "On 14 February 2020, unknown gunmen shot dead a regime soldier near the entrance of Tal Shihab in the western countryside of Daraa.", "UNK")
n("14", "Daraa", "Al-Musayfra", "KILLED", "civilians", 1, "SOHR", "15 08:45",
  "Man shot dead in Al-Musayfra",
  "On 14 February 2020, a man was shot dead by unknown gunmen in Al-Musayfra in the eastern countryside of Daraa.", "UNK")
n("14", "Daraa", "Al-Jiza", "KILLED", "civilians", 1, "AHR", "14 21:45",
  "Young man killed by gunmen in Al-Jiza",
  "On 14 February 2020, unidentified gunmen killed a young man in Al-Jiza, south of Al-Musayfra, in the eastern countryside of Daraa.", "UNK")
n("14", "Deir ez-Zor", "Al-Busayrah", "KILLED", "civilians", 1, "DEZ", "14 16:50",
  "Man killed by gunmen in Al-Busayrah",
  "On 14 February 2020, unidentified gunmen shot dead a man near the bridge of Al-Busayrah, in the eastern countryside of Deir ez-Zor, our correspondent said.", "UNK")
n("14", "Deir ez-Zor", "Deir ez-Zor countryside (east)", "KILLED", "civilians", 1, "SOHR", "15 09:35",
  "Gunmen kill man in eastern Deir ez-Zor",
  "On 14 February 2020, gunmen killed a man in the eastern countryside of Deir ez-Zor, in areas controlled by the SDF.", "UNK")
n("14", "Hasakah", "Tal Tamr", "KILLED", "militia", 2, "NPA", "14 18:30",
  "Turkish drone strike kills two SDF fighters near Tal Tamr",
  "TAL TAMR, Syria (North Press) - Two SDF fighters were killed on Friday when a Turkish drone struck their position north of Tal Tamr, a military source said.", "TUR")
n("14", "Raqqa", "Raqqa", "WOUNDED", "civilians", 3, "NPA", "14 15:10",
  "IED blast near Al-Naim roundabout wounds three in Raqqa",
  "RAQQA, Syria (North Press) - Three civilians were wounded on Friday when an IED exploded near the Al-Naim roundabout in the centre of Raqqa.", "IED")
n("14", "Rural Damascus", "Douma", "KILLED", "civilians", 1, "ENAB", "15 11:20",
  "Body found in Douma farmland",
  "The body of a man was found in farmland on the edge of Douma, in Eastern Ghouta, on Friday, 14 February, local sources said.", "UNK")

# ---------------------------------------------------------------- Sat 15 Feb
n("15", "Idlib", "Ariha", "KILLED", "civilians", 2, "STEP", "15 13:45",
  "Two killed as warplanes strike Ariha",
  "Two civilians were killed on Saturday, 15 February, when Russian warplanes struck a market street in Ariha, Step's correspondent reported.", "RUS")
n("15", "Idlib", "Mhambal", "KILLED", "civilians", 2, "SOHR", "15 21:25",
  "Two civilians killed in Russian strikes on Mhambal",
  "On 15 February 2020, two civilians were killed when Russian warplanes struck Mhambal, west of Ariha, in the Idlib countryside.", "RUS")
n("15", "Idlib", "Kansafra", "KILLED", "civilians", 1, "SNHR", "15 19:05",
  "Civilian killed by regime shelling on Kansafra",
  "On February 15, 2020, Syrian Regime forces fired artillery shells at Kansafra village in Jabal al-Zawiya in the southern suburbs of Idlib governorate, killing a civilian.", "REG")
n("15", "Idlib", "Al-Bara", "WOUNDED", "civilians", 2, "ENAB", "16 08:35",
  "Two wounded by shelling on Al-Bara",
  "Two civilians were wounded on Saturday, 15 February, when regime artillery shelled the village of Al-Bara in Jabal al-Zawiya, the Civil Defence said.", "REG")
n("15", "Idlib", "Darkush", "KILLED", "civilians", 1, "LED", "16 06:30",
  "Child killed by war remnant in Darkush",
  "15 February 2020 | Idlib | A child was killed when a cluster munition left over from earlier bombardment exploded near his home in Darkush, in the western countryside.", "MINE")
n("15", "Idlib", "Saraqeb", "KILLED", "civilians", 1, "SNHR", "15 17:50",
  "Detainee from Saraqeb dies under torture",
  "On February 15, 2020, SNHR learned that a young man from Saraqeb city in the eastern suburbs of Idlib governorate had died due to torture in a Syrian Regime detention centre; he had been arrested in 2013.", "REG")
n("15", "Aleppo", "Anadan", "CAPTURE", "-", 0, "SOHR", "15 22:40",
  "Regime forces capture Anadan",
  "On 15 February 2020, regime forces captured Anadan in the northern countryside of Aleppo after the factions withdrew under heavy bombardment.", "REG")
n("15", "Aleppo", "Hayan", "CAPTURE", "-", 0, "LED", "16 06:55",
  "Regime forces take Hayan",
  "15 February 2020 | Aleppo | Regime forces took Hayan, north-west of Aleppo city, and advanced towards Bayanoun.", "REG")
n("15", "Aleppo", "Tadil", "KILLED", "civilians", 1, "SNHR", "15 20:05",
  "Civilian killed in Russian strike on Tadil",
  "On February 15, 2020, fixed-wing warplanes believed to be Russian fired missiles at Tadil village in the western suburbs of Aleppo governorate, killing a civilian.", "RUS")
n("15", "Aleppo", "Kafr Karmin", "KILLED", "civilians", 1, "STEP", "15 16:30",
  "Man killed in airstrike on Kafr Karmin",
  "A man was killed on Saturday, 15 February, when Russian aircraft struck Kafr Karmin, south of Atarib in the western Aleppo countryside, Step's correspondent said.", "RUS")
n("15", "Latakia", "Kabani", "KILLED", "militants", 2, "SOHR", "16 08:50",
  "Two TIP fighters killed by Russian strikes on Kabani",
  "On 15 February 2020, two fighters of the Turkistan Islamic Party were killed by Russian airstrikes on the Kabani hills in the north-eastern countryside of Latakia.", "RUS")
n("15", "Daraa", "Tafas", "KILLED", "soldiers", 1, "AHR", "15 20:20",
  "Air Force Intelligence member killed in Tafas",
  "On 15 February 2020, unknown gunmen killed a member of the regime's Air Force Intelligence in Tafas, in the western countryside of Daraa.", "UNK")
n("15", "Daraa", "Al-Muzayrib", "KILLED", "soldiers", 1, "SOHR", "16 07:40",
  "Soldier shot dead in Al-Muzayrib",
  "On 15 February 2020, a regime soldier was shot dead by gunmen in Al-Muzayrib, in the western countryside of Daraa.", "UNK")
n("15", "Daraa", "Busra al-Sham", "WOUNDED", "civilians", 2, "LED", "16 07:15",
  "Landmine wounds two farmers near Busra al-Sham",
  "15 February 2020 | Daraa | Two farmers were wounded by a landmine explosion in farmland near Busra al-Sham, in the eastern countryside.", "MINE")
n("15", "Quneitra", "Khan Arnabah", "KILLED", "soldiers", 1, "SOHR", "16 10:30",
  "Soldier killed in attack near Khan Arnabah",
  "On 15 February 2020, a regime soldier was killed when gunmen attacked a military checkpoint near Khan Arnabah in the Quneitra countryside.", "UNK")
n("15", "Deir ez-Zor", "Diban", "KILLED", "militia", 1, "DEZ", "15 18:35",
  "SDF fighter shot dead in Diban",
  "On 15 February 2020, gunmen shot dead an SDF fighter while he was on his way home in Diban, in the eastern countryside of Deir ez-Zor, our correspondent reported.", "UNK")
n("15", "Deir ez-Zor", "Al-Tayyana", "KILLED", "militia", 1, "SOHR", "16 09:50",
  "SDF member killed in Al-Tayyana",
  "On 15 February 2020, an SDF member was killed by unknown gunmen in Al-Tayyana, near Diban, in the eastern countryside of Deir ez-Zor.", "UNK")
n("15", "Deir ez-Zor", "Al-Bukamal", "KILLED", "militia", 2, "DEZ", "16 11:10",
  "Two militiamen killed in drone strike near Al-Bukamal",
  "On 15 February 2020, two members of Iranian-backed militias were killed when an unidentified drone struck their vehicle on the outskirts of Al-Bukamal, our correspondent said.", "AIR?")
n("15", "Hasakah", "Al-Hawl", "KILLED", "civilians", 1, "NPA", "15 14:20",
  "Syrian man shot dead in al-Hawl camp",
  "AL-HAWL, Syria (North Press) - A Syrian man was shot dead on Saturday in the third sector of Al-Hawl camp, east of Hasakah, by unknown assailants using a silenced pistol.", "UNK")
n("15", "Homs", "Al-Sukhnah", "KILLED", "soldiers", 2, "ENAB", "16 12:25",
  "Two soldiers killed in ISIS attack near Al-Sukhnah",
  "Two regime soldiers were killed on Saturday, 15 February, when ISIS cells attacked their post in the desert near Al-Sukhnah, east of Homs, local sources said.", "ISIS")


# ---------------------------------------------------------------- output
URL = {
    "SOHR": lambda a, k, s: "https://www.syriahr.com/en/%d/" % (153211 + 13 * k + (k * 7) % 5),
    "SNHR": lambda a, k, s: "https://sn4hr.org/blog/2020/02/%s/%d/" % (a["publishedAt"][8:10], 54107 + 9 * k),
    "ENAB": lambda a, k, s: "https://english.enabbaladi.net/archives/2020/02/%s/" % s,
    "NPA": lambda a, k, s: "https://npasyria.com/en/%d/" % (31842 + 11 * k + (k * 3) % 4),
    "DEZ": lambda a, k, s: "https://deirezzor24.net/en/%s/" % s,
    "STEP": lambda a, k, s: "https://stepagency-sy.net/en/2020/02/%s/%s/" % (a["publishedAt"][8:10], s),
    "S24": lambda a, k, s: "https://suwayda24.com/en/?p=%d" % (14862 + 17 * k),
    "AHR": lambda a, k, s: "https://www.ahrarhoran.net/en/archives/%d" % (21408 + 6 * k + k % 3),
    "LED": lambda a, k, s: "https://incidentledger.example.org/syria/2020-02-%s/%03d-%s" % (a["publishedAt"][8:10], 100 + k, s),
}


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower().replace("'s", "s")).strip("-")


def build():
    assert len(N) == 240, len(N)
    for i, x in enumerate(N, 1):
        x["incident"] = "I%03d" % i
        x["date"] = "2020-02-" + x["day"]
        d, hm = x["pub"].split()
        x["publishedAt"] = "2020-02-%sT%s:00Z" % (d, hm)
    items = sorted(N, key=lambda x: (x["publishedAt"], x["incident"]))
    per_src = collections.Counter()
    arts = []
    for i, x in enumerate(items, 1):
        a = {"id": "r%03d" % i, "publishedAt": x["publishedAt"], "source": SOURCES[x["src"]]}
        k = per_src[x["src"]]
        per_src[x["src"]] += 1
        a["url"] = URL[x["src"]](a, k, slug(x["title"]))
        a["title"] = x["title"]
        a["text"] = x["text"]
        a["incident"] = x["incident"]
        arts.append(a)
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "incidents.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"])
        for x in N:
            w.writerow([x["incident"], "Syria", x["town"], x["date"], x["type"], x["group"], x["count"], x["gov"]])
    # author-side summary (the perpetrator is not in the output files)
    g = collections.defaultdict(list)
    for x in N:
        if x["perp"] in ("RUS", "REG", "ISIS", "TUR", "HTS"):
            g[(x["date"], x["gov"], x["perp"])].append(x["town"])
    same = {k: v for k, v in g.items() if len(set(v)) > 1}
    print("wrote %d items, %d incidents" % (len(arts), len(N)))
    print("same-day same-governorate same-perpetrator groups (different places): %d" % len(same))


if __name__ == "__main__":
    build()
