#!/usr/bin/env python3
"""Prints the set's totals for the README (python3 _gen/stats.py)."""
import collections, json, os, re
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = [l.rstrip('\n').split('\t') for l in open(os.path.join(SET, '_gen', 'keys.tsv'))][1:]
rows = {r[0]: r for r in (l.rstrip('\n').split('\t') for l in open(os.path.join(SET, 'notes.tsv')))}
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
style = {k[0]: k[2] for k in keys}
C = collections.Counter
print('styles', C(style.values()))
syr = [k for k in keys if k[3] == 'Syria']
print('Syria', len(syr), C(k[2] for k in syr), 'years', C(rows[k[0]][1][:4] for k in syr))
cn = C(k[3] for k in keys); print('countries', len(cn)); print(sorted(cn.items(), key=lambda x: (-x[1], x[0])))
by = collections.defaultdict(lambda: C())
for k in keys: by[k[3]][k[2]] += 1
for c in sorted(by, key=lambda c: (-cn[c], c)): print(' ', c, dict(by[c]))
print('kinds', C(k[4] for k in keys).most_common())
print('kinds by style', {s: dict(C(k[4] for k in keys if k[2] == s)) for s in ('note', 'news', 'wire')})
print('fatalities', sum(int(r[7]) for i, r in rows.items() if i != 'id'), 'Syria', sum(int(rows[k[0]][7]) for k in syr),
      'items>0', sum(1 for i, r in rows.items() if i != 'id' and int(r[7]) > 0))
print('gold', len(gold), 'scored', sum(g['scored'] for g in gold))
for s in ('note', 'news', 'wire'):
    gs = [g for g in gold if style[g['article'][:-4]] == s]; print(' ', s, len(gs), sum(g['scored'] for g in gs))
t = C(g['type'] for g in gold); ts = C(g['type'] for g in gold if g['scored'])
for x in ['KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS']: print(f'| {x} | {t[x]} | {ts[x]} |')
one = [g for g in gold if g['type'] in ('KILLED','WOUNDED') and g['count'] == 1]
print('count-1 K/W', len(one), 'scored', sum(g['scored'] for g in one))
cu = [g for g in gold if g['cumulative']]; print('cumulative', len(cu), 'scored', sum(g['scored'] for g in cu))
cb = [g for g in gold if g['claimedBy']]; print('claimedBy', len(cb), 'scored', sum(g['scored'] for g in cb))
print('cause', C(g['cause'] for g in gold if 'cause' in g))
print('qualifier', C(g['qualifier'] or 'none' for g in gold))
hl = [g for g in gold if 'headline' in g.get('note', '')]; print('headline restatements', len(hl), C(g['type'] for g in hl))
print('event years', sorted(C(r[1][:4] for i, r in rows.items() if i != 'id').items()))
w = [len(re.findall(r'\S+', open(os.path.join(SET, 'articles', i + '.txt')).read().split('\n', 1)[1])) for i in style if style[i] == 'news']
pc = [open(os.path.join(SET, 'articles', i + '.txt')).read().split('\n', 1)[1].count('\n\n') for i in style if style[i] == 'news']
print('news words', min(w), max(w), round(sum(w) / len(w)), 'paragraphs', C(pc))
wire = [open(os.path.join(SET, 'articles', i + '.txt')).read().split('\n', 1)[1].strip() for i in style if style[i] == 'wire']
print('wire ending with ellipsis', sum(x.endswith('…') for x in wire), 'of', len(wire))
ne = json.load(open(os.path.join(SET, 'noevent.json')))['noevent']; print('noevent', ne, [style[i] for i in ne])
