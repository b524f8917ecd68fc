#!/usr/bin/env python3
"""Prints the totals quoted in README.md: python3 _gen/stats.py"""
import collections, json, os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = [json.loads(l) for l in open(os.path.join(D, 'gold.jsonl'))]
rows = [r.rstrip('\n').split('\t') for r in list(open(os.path.join(D, 'notes.tsv')))[1:]]
meta = json.load(open(os.path.join(D, 'noevent.json')))
keys = {r.split('\t')[0]: r.rstrip('\n').split('\t') for r in list(open(os.path.join(D, '_gen', 'keys.tsv')))[1:]}
NC = {'disaster', 'accident', 'disease'}
style = collections.Counter((keys[r[0]][2], r[3] in NC) for r in rows)
print('styles (style, non-conflict):', dict(style))
print('no-event:', meta['noevent'])
words = [len(re.findall(r'\S+', open(os.path.join(D, 'articles', i + '.txt')).read().split('\n', 1)[1])) for i in meta['news']]
print('news words min/max/mean:', min(words), max(words), round(sum(words) / len(words)))
wire_end = collections.Counter(open(os.path.join(D, 'articles', i + '.txt')).read().rstrip().endswith('…') for i in meta['wire'])
print('wire ending in …:', wire_end[True], 'others:', wire_end[False])
c = collections.Counter(r[2] for r in rows)
print('countries:', len(c), c.most_common())
print('Syria years:', collections.Counter(r[1][:4] for r in rows if r[2] == 'Syria'))
print('kinds:', collections.Counter(r[3] for r in rows).most_common())
print('years:', sorted(collections.Counter(r[1][:4] for r in rows).items()))
print('fatalities total:', sum(int(r[7]) for r in rows), 'Syria:', sum(int(r[7]) for r in rows if r[2] == 'Syria'),
      'items >0:', sum(int(r[7]) > 0 for r in rows))
t = collections.Counter(g['type'] for g in gold); s = collections.Counter(g['type'] for g in gold if g['scored'])
for k in ['KILLED', 'WOUNDED', 'EQUIPMENT_LOSS', 'DISPLACEMENT', 'OFFENSIVE', 'CAPTURE', 'ATTACK', 'DEPLOYMENT', 'THREAT', 'TALKS']:
    print(f'| {k} | {t[k]} | {s[k]} |')
print('total', len(gold), sum(g['scored'] for g in gold))
print('count 1 K/W:', sum(1 for g in gold if g['type'] in ('KILLED', 'WOUNDED') and g['count'] == 1),
      'scored:', sum(1 for g in gold if g['type'] in ('KILLED', 'WOUNDED') and g['count'] == 1 and g['scored']))
print('cumulative:', sum(g['cumulative'] for g in gold), 'scored:', sum(g['cumulative'] and g['scored'] for g in gold))
print('claimedBy:', sum(bool(g['claimedBy']) for g in gold), 'scored:', sum(bool(g['claimedBy']) and g['scored'] for g in gold))
print('cause:', collections.Counter(g['cause'] for g in gold if 'cause' in g))
print('qualifier:', collections.Counter(str(g['qualifier']) for g in gold))
print('scored ATTACK actor null:', sum(1 for g in gold if g['type'] == 'ATTACK' and g['scored'] and not g['actor']))
