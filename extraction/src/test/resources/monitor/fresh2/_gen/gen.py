#!/usr/bin/env python3
"""Expands the hand-written items (b1..b5) into the set. Run from this folder: python3 gen.py"""
import json, os, random, sys, collections
from lib import resolve, count
import b1, b2, b3, b4, b5

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = b1.ITEMS + b2.ITEMS + b3.ITEMS + b4.ITEMS + b5.ITEMS
print(len(items), 'items', file=sys.stderr)
random.Random(20261205 + 5).shuffle(items)
for f in os.listdir(os.path.join(OUT, 'articles')):
    if f.endswith('.txt'):
        os.remove(os.path.join(OUT, 'articles', f))
errs = []
gold, rows, noev, wire = [], [], [], []
for i, it in enumerate(items, 1):
    eid = 'e%03d' % i
    art = eid + '.txt'
    rep, text = it['rep'], it['text']
    d = resolve(it['d'], rep) if it['d'] != 'rep' else rep
    with open(os.path.join(OUT, 'articles', art), 'w') as f:
        f.write(' date %s\n%s\n' % (rep, text))
    per = collections.Counter()
    fat = 0
    for e in it['evs']:
        t = e['type']
        per[t] += 1
        n, q = count(e.get('n'))
        loc = e.get('loc', it.get('gl', it['loc']))
        if loc == '':
            loc = None
        if loc is not None and loc not in text:
            errs.append(f'{eid} ({text[:40]}): location {loc!r} not in text')
        dt = e.get('dt', '__def__')
        date = d if dt == '__def__' else resolve(dt, rep)
        g = {'article': art, 'type': t, 'victim': e.get('victim', e.get('v')), 'actor': e.get('actor', e.get('act')),
             'count': n, 'qualifier': q, 'cumulative': e.get('cum', False)}
        if t == 'EQUIPMENT_LOSS':
            g['equipment'] = e['equipment']
        g.update({'location': loc, 'date': date, 'claimedBy': e.get('by'), 'evidence': e['evidence'],
                  'cluster': f'{eid}-{t.lower()}-{per[t]}', 'scored': e.get('sc', True)})
        if t in ('KILLED', 'WOUNDED'):
            g['cause'] = e.get('cause', 'disaster' if it['kind'] == 'disaster' else 'accident' if it['kind'] == 'accident'
                               else 'disease' if it['kind'] == 'disease' else 'violence')
        if e.get('note'):
            g['note'] = e['note']
        if e['evidence'] not in text:
            errs.append(f'{eid} ({text[:40]}): evidence not verbatim: {e["evidence"]!r}')
        if date and date > rep:
            errs.append(f'{eid}: date {date} after {rep}')
        gold.append(g)
        if t == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and n:
            fat += n
    if 'fat' in it and it['fat'] != fat:
        errs.append(f'{eid} ({text[:40]}): hand fatalities {it["fat"]} != {fat}')
    tsvd = resolve(it['tsvd'], rep) if it.get('tsvd') else (d or rep)
    rows.append([eid, tsvd, it['country'], it['kind'], it['loc'] or '', it['a1'], it['a2'], str(fat)])
    if it.get('noev') or not it['evs']:
        noev.append(eid)
    if it.get('wire'):
        wire.append(eid)
with open(os.path.join(OUT, 'gold.jsonl'), 'w') as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'notes.tsv'), 'w') as f:
    f.write('id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2\tfatalities\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
with open(os.path.join(OUT, 'noevent.json'), 'w') as f:
    json.dump({'noevent': noev, 'wire': wire}, f, indent=1)
print('\n'.join(errs), file=sys.stderr)
print(f'{len(items)} items, {len(gold)} lines, {len(errs)} errors', file=sys.stderr)
