#!/usr/bin/env python3
"""Expands the items of b*.py into articles/, gold.jsonl, notes.tsv, noevent.json; checks them. python3 _gen/gen.py"""
import collections, glob, importlib.util, json, os, random, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import DEF, QM, resolve

CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
NONCONF = {'disaster', 'accident', 'disease'}
EQ = {'TANK', 'HELICOPTER', 'AIRCRAFT', 'APC', 'VEHICLE', 'ARTILLERY', 'DEPOT', 'OTHER'}
KINDS = {'attack','armed_clash','air_drone_strike','shelling_artillery_missile','remote_explosive_ied','abduction',
         'gov_regains_territory','nonstate_takes_territory','other_violence','protest_or_statement','disaster','accident','disease'}

items = []
for f in sorted(glob.glob(os.path.join(HERE, 'b*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    items += m.ITEMS
extra = collections.defaultdict(list)   # lines added after review (b9.py: EXTRA = {key: [lines]})
for f in sorted(glob.glob(os.path.join(HERE, 'x*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for k, v in m.EXTRA.items(): extra[k] += v

errs = []
def E(key, msg): errs.append(f'{key}: {msg}')

keys = [x['key'] for x in items]
for k, c in collections.Counter(keys).items():
    if c > 1: E(k, 'duplicate key')
for k in extra:
    if k not in keys: E(k, 'extra lines for unknown key')

N = int(sys.argv[1]) if len(sys.argv) > 1 else None
rng = random.Random(20261208)
order = sorted(items, key=lambda x: x['key'])
rng.shuffle(order)
if N and len(order) != N: E('-', f'{len(order)} items, {N} expected')

os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
for f in glob.glob(os.path.join(OUT, 'articles', '*.txt')): os.remove(f)
gold_out, tsv, keymap = [], ['id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2\tfatalities'], []
meta = {'noevent': [], 'wire': [], 'news': []}
countries = collections.Counter()
for i, x in enumerate(order, 1):
    aid = 'w%03d' % i; key = x['key']; rep = x['rep']; text = x['text']
    countries[x['country']] += 1
    if x['kind'] not in KINDS: E(key, 'kind')
    try: date = resolve(x['date'], rep)
    except Exception: E(key, 'bad date'); date = rep
    if date > rep: E(key, 'tsv date after rep')
    if x['loc'] and x['loc'] not in text: E(key, f'tsv loc {x["loc"]!r} not in text')
    st = x['style']
    if st in ('note', 'wire'):
        if '\n' in text or not text.strip(): E(key, 'must be one line')
    if st == 'wire':
        if ' - ' not in text: E(key, 'wire without " - "')
        if text.rstrip().endswith('.'): E(key, 'wire ends with full stop')
        meta['wire'].append(aid)
    if st == 'news':
        meta['news'].append(aid)
        lines = text.split('\n')
        if not lines[0].strip() or len(lines) < 3 or lines[1].strip(): E(key, 'news: headline then blank line')
        paras = [p for p in re.split(r'\n\s*\n', '\n'.join(lines[2:])) if p.strip()]
        words = len(text.split())
        if not 4 <= len(paras) <= 7: E(key, f'news: {len(paras)} paragraphs')
        if not 180 <= words <= 420: E(key, f'news: {words} words')
    if x['noevent']: meta['noevent'].append(aid)
    nonconf = x['kind'] in NONCONF
    gl = x['gold'] + extra.get(key, [])
    cnt = collections.Counter(); fat = 0
    for g in gl:
        t = g['type']; cnt[t] += 1
        ev = g['ev']
        if not ev or ev not in text: E(key, f'evidence not verbatim: {ev!r}')
        loc = x['loc'] if g['loc'] is DEF else g['loc']
        if loc is not None and loc not in text: E(key, f'gold loc {loc!r} not in text')
        try: d = date if g['d'] is DEF else resolve(g['d'], rep)
        except Exception: E(key, f'bad gold date {g["d"]}'); d = None
        if d and d > rep: E(key, f'gold date {d} after rep')
        n = g['count']; q = g['q']
        if n is not None and q is None: q = 'EX'
        qual = QM[q]
        if (n is None) != (qual is None): E(key, f'count/qualifier {ev!r}')
        if n is not None and (not isinstance(n, int) or n <= 0): E(key, 'count')
        if t in ('KILLED', 'WOUNDED') and n == 1 and qual != 'EXACT': E(key, 'singular not EXACT')
        for fld in ('victim', 'actor', 'by'):
            if g[fld] is not None and not CODE.match(g[fld]): E(key, f'code {g[fld]}')
        if t in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'EQUIPMENT_LOSS') and not g['victim']: E(key, 'no victim')
        if (t == 'EQUIPMENT_LOSS') != (g['eq'] is not None): E(key, 'equipment')
        if g['eq'] is not None and g['eq'] not in EQ: E(key, 'equipment value')
        if g['cum'] and t not in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'CAPTURE', 'EQUIPMENT_LOSS'): E(key, 'cumulative type')
        if g['note'] and '\n' in g['note']: E(key, 'note on two lines')
        o = collections.OrderedDict()
        o['article'] = aid + '.txt'; o['type'] = t; o['victim'] = g['victim']; o['actor'] = g['actor']
        o['count'] = n; o['qualifier'] = qual; o['cumulative'] = bool(g['cum'])
        if t == 'EQUIPMENT_LOSS': o['equipment'] = g['eq']
        o['location'] = loc; o['date'] = d; o['claimedBy'] = g['by']; o['evidence'] = ev
        o['cluster'] = f'{aid}-{t.lower()}-{cnt[t]}'; o['scored'] = bool(g['sc'])
        if t in ('KILLED', 'WOUNDED'):
            o['cause'] = g['cause'] or (x['kind'] if nonconf else 'violence')
            if nonconf and o['cause'] == 'violence': E(key, 'violence in non-conflict item')
        elif g['cause']: E(key, 'cause on non-K/W line')
        if nonconf and (t in ('ATTACK', 'CAPTURE', 'OFFENSIVE') or g['actor']): E(key, 'conflict line in non-conflict item')
        if g['note']: o['note'] = g['note']
        if t == 'KILLED' and o['scored'] and not o['cumulative'] and o['cause'] == 'violence' and n: fat += n
        gold_out.append(o)
    if x['noevent'] and any(g['sc'] for g in gl): E(key, 'no-event item with scored line')
    if not x['noevent'] and not any(g['sc'] for g in gl): E(key, 'no scored line')
    if fat != x['fat']: E(key, f'fatalities {x["fat"]} != gold sum {fat}')
    if nonconf and x['fat']: E(key, 'non-conflict with fatalities')
    open(os.path.join(OUT, 'articles', aid + '.txt'), 'w', encoding='utf-8').write(f' date {rep}\n{text}\n')
    tsv.append('\t'.join([aid, date, x['country'], x['kind'], x['loc'] or '', x['a1'], x['a2'], str(x['fat'])]))
    keymap.append('\t'.join([aid, key, st, x['country'], x['kind']]))
for c, k in countries.items():
    if c != 'Syria' and k > 6: E('-', f'country {c} has {k} items')
with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for o in gold_out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8').write('\n'.join(tsv) + '\n')
open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8').write('\n'.join(keymap) + '\n')
json.dump(meta, open(os.path.join(OUT, 'noevent.json'), 'w'), indent=1)
print('\n'.join(errs))
print(f'{len(order)} items, {len(gold_out)} gold lines, {sum(o["scored"] for o in gold_out)} scored, {len(errs)} errors')
print(dict(countries.most_common(12)))
