#!/usr/bin/env python3
"""Writes ../articles/rNNN.txt, ../gold.jsonl, ../noevent.json and idmap.json from the batch files b1..b4.
Ids: the t-ids in order are mapped to r001..rNNN by random.Random(SEED).shuffle. Re-run: cd _gen && python3 gen.py"""
import importlib, json, os, random, re, sys
sys.dont_write_bytecode = True
import core
from core import resolve

SEED = 3103
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
for b in ('b1', 'b2', 'b3', 'b4'):
    if os.path.exists(os.path.join(HERE, b + '.py')):
        importlib.import_module(b)
items = core.ITEMS
tids = [it['tid'] for it in items]
assert len(set(tids)) == len(tids)
rids = ['r%03d' % i for i in range(1, len(items) + 1)]
random.Random(SEED).shuffle(rids)
idmap = dict(zip(tids, rids))
for it in items:
    it['rid'] = idmap[it['tid']]
items.sort(key=lambda it: it['rid'])

ad = os.path.join(OUT, 'articles')
os.makedirs(ad, exist_ok=True)
for f in os.listdir(ad):
    os.remove(os.path.join(ad, f))
ORDER = ['article', 'type', 'victim', 'actor', 'count', 'qualifier', 'cumulative', 'equipment', 'location', 'date',
         'claimedBy', 'evidence', 'cluster', 'scored', 'cause', 'note']
keys, gold, noevent, problems = {}, [], [], []
for it in items:
    body = '\n\n'.join(p.strip() for p in it['paras'])
    text = ' date %s\n%s\n\n%s\n' % (it['date'], it['head'], body)
    full = it['head'] + '\n\n' + body
    ends_open = not body.rstrip().endswith(('.', '!', '?', '"', "'"))
    if ends_open != it['cut']:
        problems.append('%s/%s: cut flag %s but ending open %s' % (it['tid'], it['rid'], it['cut'], ends_open))
    open(os.path.join(ad, it['rid'] + '.txt'), 'w', encoding='utf-8').write(text)
    n = {}
    for e in it['events']:
        t = e['type']
        if e['key'] and e['key'] in keys:
            cl, kt = keys[e['key']]
            assert kt == t, e['key']
        else:
            n[t] = n.get(t, 0) + 1
            cl = '%s-%s-%d' % (it['rid'], t.lower(), n[t])
            if e['key']:
                keys[e['key']] = (cl, t)
        g = dict(article=it['rid'] + '.txt', type=t, victim=e['victim'], actor=e['actor'], count=e['count'],
                 qualifier=e['qualifier'], cumulative=e['cumulative'], equipment=e['equipment'], location=e['location'],
                 date=resolve(e['date'], it['date']), claimedBy=e['claimedBy'], evidence=e['evidence'], cluster=cl,
                 scored=e['scored'], cause=e['cause'], note=e['note'])
        if t != 'EQUIPMENT_LOSS':
            del g['equipment']
        if t not in ('KILLED', 'WOUNDED'):
            del g['cause']
        if not g['note']:
            del g['note']
        if e['evidence'] not in full:
            problems.append('%s: evidence not in text: %r' % (it['tid'], e['evidence']))
        if e['location'] and e['location'] not in full:
            problems.append('%s: location not in text: %r' % (it['tid'], e['location']))
        gold.append({k: g[k] for k in ORDER if k in g})
    if not any(e['scored'] for e in it['events']):
        noevent.append(it['rid'])
with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + '\n')
json.dump({'noevent': sorted(noevent)}, open(os.path.join(OUT, 'noevent.json'), 'w'), indent=1)
json.dump(dict(sorted(idmap.items())), open(os.path.join(HERE, 'idmap.json'), 'w'), indent=1)
print('\n'.join(problems) or 'ok', len(items), 'articles', len(gold), 'lines')
