#!/usr/bin/env python3
"""Prints the totals of the README.  python3 _gen/stats.py"""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
keys = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8')]
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(SET, 'notes.tsv'), encoding='utf-8')][1:]
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
style = {k[0]: k[2] for k in keys}
NC = {'disaster', 'accident', 'disease'}
print('items', len(rows))
for st in ('note', 'news', 'wire'):
    rs = [r for r in rows if style[r[0]] == st]
    print(st, len(rs), 'syria', sum(r[2] == 'Syria' for r in rs), 'nonconflict', sum(r[3] in NC for r in rs),
          'noevent', sum(r[3] == 'protest_or_statement' for r in rs))
cc = collections.Counter(r[2] for r in rows)
print('countries', len(cc)); print(sorted(cc.items(), key=lambda x: (-x[1], x[0])))
per = collections.defaultdict(lambda: collections.Counter())
for r in rows: per[r[2]][style[r[0]]] += 1
for c in sorted(per, key=lambda c: (-cc[c], c)): print(' ', c, dict(per[c]))
print('kinds', collections.Counter(r[3] for r in rows).most_common())
print('fatalities', sum(int(r[7]) for r in rows), 'syria', sum(int(r[7]) for r in rows if r[2] == 'Syria'),
      'items>0', sum(int(r[7]) > 0 for r in rows))
print('gold', len(gold), 'scored', sum(g['scored'] for g in gold))
for st in ('note', 'news', 'wire'):
    gs = [g for g in gold if style[g['article'][:-4]] == st]
    print(' ', st, len(gs), sum(g['scored'] for g in gs))
t = collections.Counter(g['type'] for g in gold); ts = collections.Counter(g['type'] for g in gold if g['scored'])
for k in ['KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS']:
    print(f'| {k} | {t[k]} | {ts[k]} |')
kw = [g for g in gold if g['type'] in ('KILLED', 'WOUNDED')]
print('count1', sum(g['count'] == 1 for g in kw), 'scored', sum(g['count'] == 1 and g['scored'] for g in kw))
print('cumulative', sum(g['cumulative'] for g in gold), 'scored', sum(g['cumulative'] and g['scored'] for g in gold))
print('claimedBy', sum(bool(g['claimedBy']) for g in gold), 'scored', sum(bool(g['claimedBy']) and g['scored'] for g in gold))
print('cause', collections.Counter(g['cause'] for g in kw))
print('qual', collections.Counter(g['qualifier'] or 'none' for g in gold))
print('years', sorted(collections.Counter(r[1][:4] for r in rows).items()))
print('syria years', sorted(collections.Counter(r[1][:4] for r in rows if r[2] == 'Syria').items()))
print('no-line items', sum(not any(g['article'][:-4] == r[0] for g in gold) for r in rows))
print('scored ATTACK without actor', sum(g['type'] == 'ATTACK' and g['scored'] and not g['actor'] for g in gold))
