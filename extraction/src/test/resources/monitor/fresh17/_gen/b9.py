"""Review additions: gold lines added to items in the review, by item key."""
from lib import *

EXTRA = {
 'a43-aze-ganja': [K('AZECVL', 9, "Missile strike on Azerbaijan's Ganja kills nine", d='Sun', s=False, note='headline restatement')],
 'a44-bgd-dengue': [K('BGDCVL', '>400', 'Bangladesh dengue deaths pass 400', loc='-', cum=True, s=False, note='headline restatement')],
 'a38-cmr-bamenda': [K('CMRMIL', 3, 'three dead', d='Sat', s=False, note='headline restatement; both sides (2 soldiers, 1 separatist)')],
 'a34-ven-aid': [K('VENCVL', 4, 'Four killed as Venezuelan troops block aid', d='Sat', s=False, note='headline restatement')],
 'a41-irn-kerman': [K('IRNCVL', 89, 'Islamic State claims Iran bombings that killed 89', d='Wed', s=False, note='headline restatement')],
 'a20-col-putumayo': [K('COLREB', 11, 'after 11 die', loc='Alto Remanso', d='Mon', s=False, note='headline restatement'),
                      A('COLMIL', 'the troops opened fire on a community bazaar', loc='Alto Remanso', d='Mon', v='COLCVL', s=False, note="residents' competing account of the same raid")],
 'a39-ken-mandabay': [K('USACVL', 3, 'Three Americans killed', d='Sun', s=False, note='headline restatement; mixed (a soldier and two contractors)')],
 'a09-mli-moura': [K('MLIREB', 203, 'Mali army says it killed 203 militants', d='-', s=False, note='headline restatement')],
 'a23-isr-kibbutz': [K('ISRCVL', None, 'Troops find bodies in kibbutz overrun by Hamas', d='Sat', s=False, note='headline restatement')],
 'a45-per-bus': [K('PERCVL', 16, "Bus plunges into ravine in Peru's Andes, killing 16", s=False, note='headline restatement'),
                 W('PERCVL', 4, '4 of them were in serious condition', s=False, note='sub-count of the 23')],
 'a17-ind-manipur-village': [K('INDCVL', 4, 'Gunmen kill four', d='Thu', s=False, note='headline restatement')],
 'a42-caf-bangui': [K('RWAMIL', 1, 'peacekeeper killed', d='Wed', s=False, note='headline restatement')],
 'a11-sdn-omdurman': [C('SDNMIL', "Sudan's army says it has retaken state broadcaster's headquarters", d='Mon', s=False, note='headline restatement; a building')],
}
