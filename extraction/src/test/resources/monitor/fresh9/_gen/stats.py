#!/usr/bin/env python3
"""Prints the totals of the README: python3 _gen/stats.py"""
import collections, json, os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = [json.loads(l) for l in open(os.path.join(D, 'gold.jsonl'))]
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(D, 'notes.tsv'))][1:]
keys = {r[0]: r for r in (l.rstrip('\n').split('\t') for l in open(os.path.join(D, '_gen', 'keys.tsv')))}
meta = json.load(open(os.path.join(D, 'noevent.json')))
NC = {'disaster', 'accident', 'disease'}
st = collections.Counter((keys[r[0]][2], r[3] in NC) for r in rows)
print('styles (style, non-conflict):', dict(st))
print('no-event:', meta['noevent'])
print('countries:', collections.Counter(r[2] for r in rows).most_common())
print('kinds:', collections.Counter(r[3] for r in rows).most_common())
print('years:', sorted(collections.Counter(r[1][:4] for r in rows).items()))
print('syria by style:', collections.Counter(keys[r[0]][2] for r in rows if r[2] == 'Syria'), 'years', collections.Counter(r[1][:4] for r in rows if r[2] == 'Syria'))
fat = [int(r[7]) for r in rows]
print('fatalities total', sum(fat), 'items >0', sum(f > 0 for f in fat), 'syria', sum(int(r[7]) for r in rows if r[2] == 'Syria'))
print('top fatalities', sorted(((int(r[7]), r[0], r[2]) for r in rows), reverse=True)[:8])
t = collections.Counter(g['type'] for g in gold); ts = collections.Counter(g['type'] for g in gold if g['scored'])
for k in ['KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS']:
    print(f'| {k} | {t[k]} | {ts[k]} |')
print('total', len(gold), sum(g['scored'] for g in gold))
print('count 1 K/W:', sum(1 for g in gold if g['type'] in ('KILLED','WOUNDED') and g['count'] == 1), 'scored', sum(1 for g in gold if g['type'] in ('KILLED','WOUNDED') and g['count'] == 1 and g['scored']))
print('cumulative:', sum(g['cumulative'] for g in gold), 'scored', sum(g['cumulative'] and g['scored'] for g in gold))
print('claimedBy:', sum(bool(g['claimedBy']) for g in gold), 'scored', sum(bool(g['claimedBy']) and g['scored'] for g in gold))
print('cause:', collections.Counter(g.get('cause') for g in gold if 'cause' in g))
print('qualifiers:', collections.Counter(g['qualifier'] for g in gold))
print('actor null on scored ATTACK:', sum(1 for g in gold if g['type'] == 'ATTACK' and g['scored'] and not g['actor']))
arts = {f[:-4]: open(os.path.join(D, 'articles', f)).read() for f in os.listdir(os.path.join(D, 'articles'))}
w = [len(re.findall(r'\S+', arts[i].split('\n', 1)[1])) for i in meta['news']]
print('news words', min(w), max(w), sum(w) / len(w))
ends = collections.Counter('ellipsis' if arts[i].rstrip().endswith('…') else 'cut' for i in meta['wire'])
print('wire endings', ends)
