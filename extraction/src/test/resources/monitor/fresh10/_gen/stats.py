#!/usr/bin/env python3
"""Prints the totals in README.md."""
import json, os, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(os.path.join(D, '_gen', 'keys.tsv')) if l.strip()}
tsv = [l.rstrip('\n').split('\t') for l in open(os.path.join(D, 'notes.tsv'))][1:]
gold = [json.loads(l) for l in open(os.path.join(D, 'gold.jsonl'))]
meta = json.load(open(os.path.join(D, 'noevent.json')))
NC = {'disaster', 'accident', 'disease'}
st = collections.Counter(); stc = collections.Counter()
for i, k, s, c, kind in keys.values():
    st[s] += 1; stc[(s, 'nonconf' if kind in NC else ('noevent' if i in meta['noevent'] else 'conflict'))] += 1
print('styles', dict(st), dict(stc))
print('syria', sum(1 for r in tsv if r[2] == 'Syria'), collections.Counter((keys[r[0]][2], r[1][:4]) for r in tsv if r[2] == 'Syria'))
cc = collections.Counter(r[2] for r in tsv); print('countries', len(cc), cc.most_common())
print('kinds', collections.Counter(r[3] for r in tsv).most_common())
print('fatalities', sum(int(r[7]) for r in tsv), 'syria', sum(int(r[7]) for r in tsv if r[2] == 'Syria'), 'items>0', sum(1 for r in tsv if int(r[7]) > 0))
print('years', sorted(collections.Counter(r[1][:4] for r in tsv).items()))
print('gold', len(gold), 'scored', sum(g['scored'] for g in gold))
T = ['KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS']
for t in T: print('|', t, '|', sum(g['type'] == t for g in gold), '|', sum(g['type'] == t and g['scored'] for g in gold), '|')
kw = [g for g in gold if g['type'] in ('KILLED', 'WOUNDED')]
print('count1', sum(g['count'] == 1 for g in kw), 'scored', sum(g['count'] == 1 and g['scored'] for g in kw))
print('cumulative', sum(g['cumulative'] for g in gold), 'scored', sum(g['cumulative'] and g['scored'] for g in gold))
print('claimedBy', sum(bool(g['claimedBy']) for g in gold), 'scored', sum(bool(g['claimedBy']) and g['scored'] for g in gold))
print('cause', collections.Counter(g['cause'] for g in kw))
print('qual', collections.Counter(g['qualifier'] for g in gold))
print('headline-type unscored', sum(1 for g in gold if not g['scored'] and 'headline' in g.get('note', '')))
import re
ws = []
for i in meta['news']:
    t = open(os.path.join(D, 'articles', i + '.txt')).read().split('\n', 1)[1]
    ws.append(len(t.split()))
print('news words', min(ws), max(ws), sum(ws) / len(ws))
wire = [open(os.path.join(D, 'articles', i + '.txt')).read().strip() for i in meta['wire']]
print('wire ellipsis', sum(w.endswith('…') for w in wire), 'other', sum(not w.endswith('…') for w in wire))
