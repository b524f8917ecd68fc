# World (3/3)
N('2023-12-04', "A bomb went off during a Catholic mass in the gymnasium of Mindanao State University in Marawi on Sunday morning, killing four worshippers and injuring about 50, the military said. Islamic State later claimed the blast.",
  'Philippines', 'remote_explosive_ied', 'Marawi', 'Lanao del Sur', 'Marawi', 'Sun', [
    A('PHLREB', 'PHLCVL', "A bomb went off during a Catholic mass in the gymnasium of Mindanao State University in Marawi", note='claimed by IS: REB'),
    K('PHLCVL', 4, "killing four worshippers", actor='PHLREB', by='PHLMIL'),
    W('PHLCVL', 50, "injuring about 50", actor='PHLREB', q='ABOUT', by='PHLMIL'),
])
N('2020-11-10', "On 8 November 2020, soldiers of the 3rd Infantry Division clashed with NPA rebels in sitio Lamak, Barangay Aningalan, San Remigio, Antique, leaving two rebels dead; a soldier sustained wounds.",
  'Philippines', 'armed_clash', 'San Remigio', 'Antique', 'Western Visayas', '2020-11-08', [
    A('PHLMIL', 'PHLREB', "soldiers of the 3rd Infantry Division clashed with NPA rebels"),
    A('PHLREB', 'PHLMIL', "soldiers of the 3rd Infantry Division clashed with NPA rebels", scored=False),
    K('PHLREB', 2, "leaving two rebels dead"),
    W('PHLMIL', 1, "a soldier sustained wounds"),
])
N('2023-04-12', "Myanmar junta jets and a helicopter attacked a gathering at the opening of a local NUG office in Pazigyi village, Kanbalu township, Sagaing region, on Tuesday morning; residents and opposition media said between 100 and 170 people were killed, many of them women and children",
  'Myanmar', 'air_drone_strike', 'Pazigyi', 'Sagaing', 'Kanbalu', 'Tue', [
    A('MMRMIL', 'MMRCVL', "Myanmar junta jets and a helicopter attacked a gathering"),
    K('MMRCVL', 100, "between 100 and 170 people were killed", actor='MMRMIL', q='AT_LEAST', note='range: lower bound AT_LEAST'),
], wire=True)
N('2024-01-16', "The Arakan Army said on 14 January it had taken control of Paletwa town in southern Chin state after the last junta battalion there withdrew, giving it the whole of Paletwa township.",
  'Myanmar', 'nonstate_takes_territory', 'Paletwa', 'Chin', 'Paletwa', '2024-01-14', [
    C('MMRREB', "it had taken control of Paletwa town in southern Chin state", by='MMRREB'),
])
N('2021-03-15', "Security forces shot dead at least 38 protesters in Hlaing Tharyar, Yangon, on 14 March, as factories were set on fire, according to an aid group; a police officer also died of injuries.",
  'Myanmar', 'attack', 'Hlaing Tharyar', 'Yangon', 'Yangon', '2021-03-14', [
    K('MMRCVL', 38, "Security forces shot dead at least 38 protesters", actor='MMRMIL', q='AT_LEAST'),
    K('MMRMIL', 1, "a police officer also died of injuries"),
], tloc='Yangon')
N('2023-11-08', "RSF fighters killed hundreds of Masalit men in Ardamata, on the outskirts of El Geneina, after overrunning the army's 15th Infantry Division base there on 4 November, survivors told reporters; the UN said at least 800 people may have been killed.",
  'Sudan', 'nonstate_takes_territory', 'Ardamata', 'West Darfur', 'El Geneina', '2023-11-04', [
    C('SDNREB', "overrunning the army's 15th Infantry Division base there on 4 November"),
    A('SDNREB', 'SDNMIL', "overrunning the army's 15th Infantry Division base", scored=False),
    K('SDNCVL', None, "RSF fighters killed hundreds of Masalit men", actor='SDNREB', note='vague: no count'),
    K('SDNCVL', 800, "at least 800 people may have been killed", actor='SDNREB', q='AT_LEAST', by='IGOUNO', scored=False, note='estimate with "may have"'),
])
N('2024-06-06', "At least 100 killed in RSF attack on Wad al-Nourah village in Gezira - Activists said RSF fighters stormed the village twice on Wednesday, firing artillery and heavy weapons at residents, including 35 children …",
  'Sudan', 'attack', 'Wad al-Nourah', 'Al Jazirah', 'Managil', 'Wed', [
    A('SDNREB', 'SDNCVL', "RSF fighters stormed the village twice on Wednesday"),
    K('SDNCVL', 100, "At least 100 killed in RSF attack on Wad al-Nourah village", actor='SDNREB', q='AT_LEAST'),
    K('SDNCVL', 35, "including 35 children", actor='SDNREB', scored=False, note='sub-count (cut sentence)'),
], wire=True)
N('2024-09-26', "Sudan's health ministry said on 25 September that cholera had killed 473 people across 11 states since the declaration of the outbreak in August, with more than 16,000 cases.",
  'Sudan', 'disease', None, '', '', None, [
    K('SDNCVL', 473, "cholera had killed 473 people across 11 states", cum=True, by='SDNGOV', loc=None, date='2024-09-25'),
], tloc='')
N('2022-06-20', "Ethiopian state-appointed officials said OLA gunmen killed more than 200 Amhara civilians in Tole kebele, Gimbi woreda, West Wollega, on Saturday; witnesses put the figure at 230, and the OLA denied involvement.",
  'Ethiopia', 'attack', 'Tole', 'Oromia', 'West Wollega', 'Sat', [
    K('ETHCVL', 200, "OLA gunmen killed more than 200 Amhara civilians", actor='ETHREB', q='AT_LEAST', by='ETHGOV'),
    K('ETHCVL', 230, "witnesses put the figure at 230", actor='ETHREB', scored=False, note='competing figure'),
])
N('2023-08-08', "Fano militiamen entered Lalibela and Gondar towns on 4 August after clashes with the federal army, residents said, before withdrawing from Gondar two days later.",
  'Ethiopia', 'nonstate_takes_territory', 'Lalibela', 'Amhara', 'North Wollo', '2023-08-04', [
    C('ETHREB', "Fano militiamen entered Lalibela"),
    C('ETHREB', "Gondar towns on 4 August", loc='Gondar'),
    A('ETHREB', 'ETHMIL', "after clashes with the federal army"),
])
N('2020-10-26', "Gunmen attacked the Mother Francisca International Bilingual Academy in Kumba, South-West region, on Saturday, killing seven pupils and wounding 12 others with guns and machetes, officials said. Authorities blamed separatists.",
  'Cameroon', 'attack', 'Kumba', 'South-West', 'Meme', 'Sat', [
    A(None, 'CMRCVL', "Gunmen attacked the Mother Francisca International Bilingual Academy in Kumba", note='blamed, not claimed'),
    K('CMRCVL', 7, "killing seven pupils", by='CMRGOV'),
    W('CMRCVL', 12, "wounding 12 others", by='CMRGOV'),
])
N('2021-09-17', "Ambazonian fighters detonated an IED against a military convoy at Bamessing, Ndop, North-West region, on 16 September, then opened fire; 15 soldiers were killed and an armoured vehicle was burnt.",
  'Cameroon', 'remote_explosive_ied', 'Bamessing', 'North-West', 'Ngo-Ketunjia', '2021-09-16', [
    A('CMRREB', 'CMRMIL', "Ambazonian fighters detonated an IED against a military convoy at Bamessing"),
    K('CMRMIL', 15, "15 soldiers were killed", actor='CMRREB'),
    Q('CMRMIL', 'APC', "an armoured vehicle was burnt", actor='CMRREB'),
])
