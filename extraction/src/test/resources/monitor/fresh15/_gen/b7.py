"""Review additions: gold lines added to items in the review (EXTRA), by key."""
from lib import *

EXTRA.update({
    'y14': [K('BFAREB', None, 'killed dozens', a='BFAMIL', d='Thu', s=False, note='headline restatement')],
    'w27': [K('RWAMIL', 1, 'peacekeeper killed', d='Wed', s=False, note='headline restatement')],
    'w03': [K('UKRCVL', 17, '17 dead', d='Sun', s=False, note='headline restatement')],
    'w30': [K('IGOUNO', 1, 'crew member and general among dead', d='Fri', s=False, note='headline restatement'),
            K('SSDMIL', 1, 'crew member and general among dead', d='Fri', s=False, note='headline restatement (the general)')],
    'w39': [E('MEXREB', 'VEHICLE', None, 'Police seized several armoured vehicles', a='MEXMIL', d='-', s=False,
              note='cartel vehicles seized after the fighting, no day')],
    'y23': [K('BDICVL', 1, 'kill one', d='Fri', s=False, note='headline restatement'),
            W('BDICVL', 38, 'wound 38', d='Fri', s=False, note='headline restatement')],
    'w23': [K('MLIMIL', None, 'dozens of Malian soldiers, Wagner fighters killed', d='-', s=False, note='headline restatement')],
    'w07': [D('PSEREF', 6000, 'the school had been housing around 6,000 displaced people', q='AB', d='-', s=False,
              note='background: people already displaced')],
    'w25': [K('TCDGOV', 1, 'his father was killed on the front line in 2021', d='-', l='-', s=False, note='background (the late president)')],
})
