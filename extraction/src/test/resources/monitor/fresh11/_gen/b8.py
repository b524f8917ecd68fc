# b8: five more items to reach 150: 2 news, 1 wire, 2 monitor notes
X('n-caf-bangassou', 'news', '2021-01-04', 'Sun', 'CAR', 'nonstate_takes_territory', 'Bangassou', 'Mbomou', 'Bangassou', 7,
  """Central African rebels seize Bangassou ahead of election results

BANGUI, Jan 4 — Rebels of the Coalition of Patriots for Change seized the south-eastern town of Bangassou on Sunday after several hours of fighting with government troops and United Nations peacekeepers, the UN mission said on Monday.

The fighters entered the town from the north at dawn and looted the offices of the prefecture and several humanitarian organisations, residents said. The mission, MINUSCA, said its troops had "pushed back" the rebels from positions near its base, but acknowledged that they controlled most of the town.

Five rebels were killed in the fighting, the mission said. A local priest said the bodies of two civilians had been brought to the cathedral. There was no word on losses among government soldiers, many of whom fled into the bush or across the Mbomou river.

The river marks the border with Congo, and the UN refugee agency said more than 1,000 residents of Bangassou had crossed it into Congolese villages by Sunday evening, many of them in dugout canoes.

The coalition, formed in December by armed groups that control much of the country, had vowed to disrupt the 27 December elections. Provisional results released on Monday gave President Faustin-Archange Touadéra a second term. Rwanda and Russia sent hundreds of troops last month to help the government.""",
  C('CAFREB', 'Rebels of the Coalition of Patriots for Change seized the south-eastern town of Bangassou on Sunday', cb='IGOUNO'),
  A('CAFREB', 'after several hours of fighting with government troops and United Nations peacekeepers', victim='CAFMIL'),
  K('CAFREB', 5, 'Five rebels were killed in the fighting', cb='IGOUNO'),
  K('CAFCVL', 2, 'the bodies of two civilians had been brought to the cathedral', note='civilian dead of the same fighting'),
  D('CAFMIL', None, 'many of whom fled into the bush or across the Mbomou river', sc=False, note='soldiers fleeing a battle: not a displacement of people'),
  D('CAFCVL', '>=1000', 'more than 1,000 residents of Bangassou had crossed it into Congolese villages by Sunday evening', cb='IGOUNO'),
  C('CAFREB', 'Central African rebels seize Bangassou', sc=False, note='headline restatement'),
  DP('RWAMIL', 'Rwanda and Russia sent hundreds of troops last month to help the government', loc=None, date=None, sc=False, note='background'),
  T('CAFREB', 'had vowed to disrupt the 27 December elections', loc=None, date=None, sc=False, note='background'))
X('n-tha-narathiwat', 'news', '2024-03-12', 'Mon', 'Thailand', 'remote_explosive_ied', 'Tak Bai', 'Narathiwat', 'Tak Bai', 3,
  """Roadside bomb kills three rangers in Thailand's deep south

PATTANI, Thailand, March 12 — A roadside bomb killed three paramilitary rangers and wounded two on a rural road in Narathiwat province on Monday morning, police said, the latest in a string of attacks in Thailand's insurgency-hit southern border region.

The rangers were riding in a pickup truck to guard teachers on their way to a school in Tak Bai district when the bomb, hidden in a drainage pipe under the road, was detonated. The vehicle was thrown into a rubber plantation. Police said the device had been set off remotely from about 100 metres away.

On Sunday night, gunmen fired on a village defence volunteer outpost in the neighbouring district of Rueso, but no one was hurt, according to the Internal Security Operations Command.

No group claimed the attacks. Thai authorities usually blame the Barisan Revolusi Nasional, the main separatist group, which has been holding talks with the government under Malaysian mediation. A new round of those talks was held in Kuala Lumpur last month.

More than 7,000 people have been killed in violence in the Malay-Muslim majority provinces of Narathiwat, Pattani and Yala since 2004, according to Deep South Watch, which monitors the conflict.""",
  A(None, 'A roadside bomb killed three paramilitary rangers', victim='THAMIL'),
  K('THAMIL', 3, 'killed three paramilitary rangers and wounded two', note='rangers: MIL'),
  W('THAMIL', 2, 'killed three paramilitary rangers and wounded two'),
  E('THAMIL', 'VEHICLE', 'The vehicle was thrown into a rubber plantation'),
  A(None, 'gunmen fired on a village defence volunteer outpost in the neighbouring district of Rueso', loc='Rueso', date='Sun', victim='THAMIL'),
  TK('THAGOV', 'A new round of those talks was held in Kuala Lumpur last month', loc='Kuala Lumpur', date=None, sc=False, note='background'),
  K('THACVL', '>=7000', 'More than 7,000 people have been killed', loc=None, date=None, cum=True, sc=False, note='background tally since 2004'),
  K('THAMIL', 3, 'Roadside bomb kills three rangers', sc=False, note='headline restatement'))
X('w-bdi-gatumba', 'wire', '2023-12-24', 'Fri', 'Burundi', 'attack', 'Vugizo', 'Bujumbura Rural', 'Mutimbuzi', 20,
  "Burundi says rebels killed 20 near Congo border - BUJUMBURA, Dec 24 - Burundi's government said on Sunday that RED-Tabara rebels based in eastern Congo had killed 20 people, among them 12 children and a pregnant woman, in an attack on the village of Vugizo near the Gatumba border crossing late on Friday, and a police officer was also killed when",
  A('BDIREB', 'in an attack on the village of Vugizo', victim='BDICVL', cb='BDIGOV'),
  K('BDICVL', 20, 'had killed 20 people', actor='BDIREB', cb='BDIGOV'),
  K('BDICVL', 12, 'among them 12 children and a pregnant woman', sc=False, note='sub-count'),
  K('BDIMIL', 1, 'a police officer was also killed', actor='BDIREB', cb='BDIGOV', sc=False, note='cut: how and where not given'),
  K('BDICVL', 20, 'rebels killed 20 near Congo border', sc=False, note='headline restatement'))
X('mli-drone-wedding', 'note', '2024-03-18', '2024-03-17', 'Mali', 'air_drone_strike', 'Amasrakad', 'Gao', 'Gao', 13,
  "Gao region, 17/03/2024: a drone operated by the Malian army struck a wedding gathering in Amasrakad, killing 13 civilians, among them seven children; the army said the strike had hit \"terrorists\" meeting in the village.",
  A('MLIMIL', 'a drone operated by the Malian army struck a wedding gathering in Amasrakad', victim='MLICVL'),
  K('MLICVL', 13, 'killing 13 civilians', actor='MLIMIL'),
  K('MLICVL', 7, 'among them seven children', actor='MLIMIL', sc=False, note='sub-count'),
  K('MLIREB', None, 'the army said the strike had hit "terrorists"', sc=False, note='competing account, no figure'))
X('ner-tillia', 'note', '2021-03-16', 'rep-1', 'Niger', 'attack', 'Tillia', 'Tahoua', 'Tillia', 58,
  "Tahoua region, 16/03/2021: the government said that gunmen on motorbikes had ambushed villagers returning from the weekly market in the Tillia department the previous afternoon, killing 58 of them and burning granaries and vehicles.",
  A(None, 'gunmen on motorbikes had ambushed villagers returning from the weekly market', victim='NERCVL'),
  K('NERCVL', 58, 'killing 58 of them', cb='NERGOV'))
