#!/usr/bin/env python3
"""Prints the totals given in README.md.  python3 _gen/stats.py"""
import collections, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(SET, 'notes.tsv'), encoding='utf-8')][1:]
keys = {r[0]: r for r in (l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8'))}
meta = json.load(open(os.path.join(SET, 'noevent.json')))
style = {r[0]: keys[r[0]][2] for r in rows}
arts = {r[0]: open(os.path.join(SET, 'articles', r[0] + '.txt'), encoding='utf-8').read().split('\n', 1)[1] for r in rows}
NONCONF = {'disaster', 'accident', 'disease'}
print('items', len(rows), 'by style', collections.Counter(style.values()))
for st in ('note', 'news', 'wire'):
    ids = [r for r in rows if style[r[0]] == st]
    print(f'  {st}: Syria {sum(r[2]=="Syria" for r in ids)}, non-conflict {sum(r[3] in NONCONF for r in ids)}, '
          f'no-event {sum(r[0] in meta["noevent"] for r in ids)}, other conflict {sum(r[2]!="Syria" and r[3] not in NONCONF and r[0] not in meta["noevent"] for r in ids)}')
news = [r[0] for r in rows if style[r[0]] == 'news']
wc = [len(re.findall(r'\S+', arts[i])) for i in news]
pc = [len(arts[i].split('\n\n')) - 1 for i in news]
print(f'  news words {min(wc)}-{max(wc)} mean {sum(wc)/len(wc):.0f}; paragraphs {collections.Counter(pc)}')
wires = [r[0] for r in rows if style[r[0]] == 'wire']
print(f'  wire endings: "…" {sum(arts[i].rstrip().endswith("…") for i in wires)}, full stop {sum(arts[i].rstrip().endswith(".") for i in wires)}')
cc = collections.Counter(r[2] for r in rows)
print('countries', len(cc), 'max non-Syria', max(v for k, v in cc.items() if k != 'Syria'), dict(cc.most_common()))
syr = [r for r in rows if r[2] == 'Syria']
print('Syria years', collections.Counter(r[1][:4] for r in syr))
print('kinds', dict(collections.Counter(r[3] for r in rows).most_common()))
print('non-conflict', collections.Counter(r[3] for r in rows if r[3] in NONCONF))
print('fatalities total', sum(int(r[7]) for r in rows), 'Syria', sum(int(r[7]) for r in syr), 'items >0', sum(int(r[7]) > 0 for r in rows))
print('years', dict(sorted(collections.Counter(r[1][:4] for r in rows).items())))
print('gold', len(gold), 'scored', sum(g['scored'] for g in gold))
for st in ('note', 'news', 'wire'):
    gs = [g for g in gold if style[g['article'][:-4]] == st]
    print(f'  {st}: {len(gs)}/{sum(g["scored"] for g in gs)}')
t = collections.Counter(g['type'] for g in gold); ts = collections.Counter(g['type'] for g in gold if g['scored'])
for k in ['KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS']:
    print(f'| {k} | {t[k]} | {ts[k]} |')
kw = [g for g in gold if g['type'] in ('KILLED', 'WOUNDED')]
print('K/W count 1:', sum(g['count'] == 1 for g in kw), 'scored', sum(g['count'] == 1 and g['scored'] for g in kw))
print('cumulative', sum(g['cumulative'] for g in gold), 'scored', sum(g['cumulative'] and g['scored'] for g in gold))
print('claimedBy', sum(bool(g['claimedBy']) for g in gold), 'scored', sum(bool(g['claimedBy']) and g['scored'] for g in gold))
print('cause', collections.Counter(g.get('cause') for g in kw))
print('qualifier', collections.Counter(g['qualifier'] for g in gold))
print('headline restatements', collections.Counter(g['type'] for g in gold if 'headline' in g.get('note', '')))
print('scored ATTACK with no actor', sum(g['type'] == 'ATTACK' and g['scored'] and not g['actor'] for g in gold))
