#!/usr/bin/env python3
"""Expands the compact items (b*.py) into the set: python3 _gen/gen.py (from anywhere)."""
import collections, glob, importlib, json, os, random, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
for f in sorted(glob.glob(os.path.join(HERE, 'b*.py'))):
    importlib.import_module(os.path.basename(f)[:-3])
items = lib.ITEMS
for it in items: it['gold'] = it['gold'] + lib.EXTRA.pop(it['key'], [])
if lib.EXTRA: print('ERROR extra lines for unknown keys', list(lib.EXTRA))
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
EQ = {'TANK', 'HELICOPTER', 'AIRCRAFT', 'APC', 'VEHICLE', 'ARTILLERY', 'DEPOT', 'OTHER'}
NONCONF = {'disaster', 'accident', 'disease'}
errs = []
keys = [it['key'] for it in items]
for k, c in collections.Counter(keys).items():
    if c > 1: errs.append(f'duplicate key {k}')
random.Random(20261206).shuffle(items)
N = len(items)
if len(sys.argv) > 1: pass
os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
for f in glob.glob(os.path.join(OUT, 'articles', '*.txt')): os.remove(f)
gold, rows, keyrows = [], [], []
meta = {'noevent': [], 'wire': [], 'news': []}
countries = collections.Counter()
for n, it in enumerate(items, 1):
    i = 'v%03d' % n; it['id'] = i; k = it['key']; rep = it['rep']; text = it['text']
    def E(m): errs.append(f'{k} ({i}): {m}')
    date, country, kind, loc, a1, a2 = it['tsv'].split('|')
    date = rep if date == 'r' else date
    countries[country] += 1
    if loc and loc not in text: E(f'tsv location {loc!r} not in text')
    if date > rep: E('tsv date after report')
    st = it['style']
    if st == 'note':
        if '\n' in text: E('note not one line')
    elif st == 'wire':
        meta['wire'].append(i)
        if '\n' in text or ' - ' not in text: E('wire shape')
        if text.rstrip().endswith('.') and not text.rstrip().endswith('...'): E('wire ends in full stop')
    elif st == 'news':
        meta['news'].append(i)
        ls = text.split('\n')
        head, body = ls[0], '\n'.join(ls[1:]).strip()
        paras = [p for p in re.split(r'\n\s*\n', body) if p.strip()]
        words = len(re.findall(r'\S+', head + ' ' + body))
        it['words'] = words
        if not (ls[1] == '' and head.strip() == head and head): E('headline shape')
        if not 4 <= len(paras) <= 7: E(f'{len(paras)} paragraphs')
        if not 180 <= words <= 420: E(f'{words} words')
    else: E('style')
    if it['noevent']: meta['noevent'].append(i)
    cnt = collections.Counter(); fat = 0; nscored = 0
    for line in it['gold']:
        p = line.split('|')
        if len(p) < 9: E(f'short line {line}'); continue
        while len(p) < 10: p.append('')
        T, vic, act, c, gl, gd, cb, ev, flags, note = p[:10]
        t = lib.TYPES.get(T)
        if not t: E(f'type {T}'); continue
        fl = flags.split(); scored = 'u' not in fl; cum = 'c' in fl
        eq = [f[3:] for f in fl if f.startswith('eq=')]
        cause = [f[6:] for f in fl if f.startswith('cause=')]
        cause = cause[0] if cause else 'violence'
        count, q = lib.parse_count(c)
        try: d = lib.resolve(gd, rep)
        except Exception as e: E(f'date {gd}'); d = None
        if d and d > rep: E(f'date {d} after report')
        if ev not in text or not ev: E(f'evidence not verbatim: {ev!r}')
        if gl and gl not in text: E(f'location not verbatim: {gl!r}')
        for code in (vic, act, cb):
            if code and not CODE.match(code): E(f'code {code}')
        if t in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'EQUIPMENT_LOSS') and not vic: E('no victim')
        if t == 'EQUIPMENT_LOSS' and (len(eq) != 1 or eq[0] not in EQ): E('equipment')
        if t != 'EQUIPMENT_LOSS' and eq: E('equipment on non-E')
        if cum and t not in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'CAPTURE', 'EQUIPMENT_LOSS'): E('cumulative type')
        if t in ('KILLED', 'WOUNDED') and count == 1 and q != 'EXACT': E('singular not EXACT')
        if kind in NONCONF:
            if t in ('ATTACK', 'CAPTURE', 'OFFENSIVE') or (t in ('KILLED', 'WOUNDED') and (cause == 'violence' or act)):
                E('non-conflict item with conflict line')
        cnt[t] += 1
        g = {'article': i + '.txt', 'type': t, 'victim': vic or None, 'actor': act or None, 'count': count, 'qualifier': q,
             'cumulative': cum}
        if t == 'EQUIPMENT_LOSS': g['equipment'] = eq[0]
        g.update({'location': gl or None, 'date': d, 'claimedBy': cb or None, 'evidence': ev,
                  'cluster': f'{i}-{t.lower()}-{cnt[t]}', 'scored': scored})
        if t in ('KILLED', 'WOUNDED'): g['cause'] = cause
        if note: g['note'] = note
        gold.append(g)
        if scored: nscored += 1
        if t == 'KILLED' and scored and not cum and cause == 'violence' and count: fat += count
    if it['noevent'] and nscored: E('no-event item with scored lines')
    if not it['noevent'] and not nscored: E('item without scored lines not marked no-event')
    if fat != it['fat']: E(f'fatalities: gold sum {fat} != hand figure {it["fat"]}')
    if kind in NONCONF and fat: E('non-conflict with fatalities')
    rows.append([i, date, country, kind, loc, a1, a2, str(fat)])
    keyrows.append([i, k, st, country, kind])
    open(os.path.join(OUT, 'articles', i + '.txt'), 'w', encoding='utf-8').write(' date %s\n%s\n' % (rep, text))
for c, m in countries.items():
    if c != 'Syria' and m > 6: errs.append(f'country {c}: {m} items')
with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8') as f:
    f.write('id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2\tfatalities\n')
    for r in rows: f.write('\t'.join(r) + '\n')
with open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8') as f:
    f.write('id\tkey\tstyle\tcountry\tkind\n')
    for r in keyrows: f.write('\t'.join(r) + '\n')
json.dump(meta, open(os.path.join(OUT, 'noevent.json'), 'w'), indent=1)
print('\n'.join('ERROR ' + e for e in errs))
print(f'{N} items, {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored), {len(errs)} errors')
