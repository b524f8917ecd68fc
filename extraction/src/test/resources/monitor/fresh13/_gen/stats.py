#!/usr/bin/env python3
"""Prints the set's totals for the README: python3 _gen/stats.py"""
import collections, json, os, re
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'))]
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(SET, 'notes.tsv'))][1:]
keys = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(os.path.join(SET, '_gen', 'keys.tsv'))}
meta = json.load(open(os.path.join(SET, 'noevent.json')))
C = collections.Counter
style = {i: keys[i][2] for i in keys}
print('items by style', C(style.values()))
print('Syria by style', C(style[r[0]] for r in rows if r[2] == 'Syria'), 'Syria years', C(r[1][:4] for r in rows if r[2] == 'Syria'))
nonc = {r[0] for r in rows if r[3] in ('disaster', 'accident', 'disease')}
print('non-conflict by style', C(style[i] for i in nonc), C(r[3] for r in rows if r[0] in nonc))
print('no-event', meta['noevent'], C(style[i] for i in meta['noevent']))
cc = C(r[2] for r in rows); print(len(cc), 'countries:', ', '.join(f'{c} {n}' for c, n in cc.most_common()))
print('kinds', C(r[3] for r in rows).most_common())
print('years', sorted(C(r[1][:4] for r in rows).items()))
print('fatalities total', sum(int(r[7]) for r in rows), 'Syria', sum(int(r[7]) for r in rows if r[2] == 'Syria'), 'items >0', sum(int(r[7]) > 0 for r in rows))
for s in ('note', 'news', 'wire'):
    g = [x for x in gold if style[x['article'][:-4]] == s]; print(s, 'lines', len(g), 'scored', sum(x['scored'] for x in g))
t = C((x['type'], x['scored']) for x in gold)
for ty in ['KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS']:
    print(f'| {ty} | {t[(ty,True)]+t[(ty,False)]} | {t[(ty,True)]} |')
print('total', len(gold), 'scored', sum(x['scored'] for x in gold))
kw = [x for x in gold if x['type'] in ('KILLED', 'WOUNDED')]
print('count 1 K/W', sum(x['count'] == 1 for x in kw), 'scored', sum(x['count'] == 1 and x['scored'] for x in kw))
print('cumulative', sum(x['cumulative'] for x in gold), 'scored', sum(x['cumulative'] and x['scored'] for x in gold))
print('claimedBy', sum(bool(x['claimedBy']) for x in gold), 'scored', sum(bool(x['claimedBy']) and x['scored'] for x in gold))
print('cause', C(x['cause'] for x in kw)); print('qualifiers', C(x['qualifier'] for x in gold))
print('headline restatements', C(x['type'] for x in gold if x.get('note') == 'headline restatement'))
print('scored ATTACK without actor', sum(x['type'] == 'ATTACK' and x['scored'] and not x['actor'] for x in gold))
news = [i for i in keys if style[i] == 'news']
wc, pc = [], []
for i in news:
    t = open(os.path.join(SET, 'articles', i + '.txt')).read().split('\n', 1)[1].strip()
    wc.append(len(t.split())); pc.append(len([p for p in t.split('\n\n')[1:] if p.strip()]))
print('news words', min(wc), max(wc), round(sum(wc) / len(wc)), 'paragraphs', sorted(C(pc).items()))
wires = [open(os.path.join(SET, 'articles', i + '.txt')).read().split('\n', 1)[1].strip() for i in keys if style[i] == 'wire']
print('wire ending in …', sum(w.endswith('…') for w in wires), 'ending in full stop', sum(w.endswith('.') for w in wires))
