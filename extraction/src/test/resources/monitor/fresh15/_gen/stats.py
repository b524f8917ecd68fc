#!/usr/bin/env python3
"""Prints the totals of the README: python3 _gen/stats.py"""
import collections, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
keys = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8')][1:]
style = {r[0]: r[2] for r in keys}
tsv = [l.rstrip('\n').split('\t') for l in open(os.path.join(SET, 'notes.tsv'), encoding='utf-8')][1:]
row = {r[0]: r for r in tsv}
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
meta = json.load(open(os.path.join(SET, 'noevent.json'), encoding='utf-8'))
NONCONF = {'disaster', 'accident', 'disease'}
C = collections.Counter
print('items by style:', dict(C(style.values())))
for st in ('note', 'news', 'wire'):
    ids = [i for i in style if style[i] == st]
    print(f'  {st}: Syria {sum(row[i][2]=="Syria" for i in ids)}, non-conflict {sum(row[i][3] in NONCONF for i in ids)}, '
          f'no-event {sum(i in meta["noevent"] for i in ids)}, other conflict '
          f'{sum(row[i][2]!="Syria" and row[i][3] not in NONCONF and i not in meta["noevent"] for i in ids)}')
words, paras = [], C()
for i in style:
    if style[i] != 'news': continue
    t = open(os.path.join(SET, 'articles', i + '.txt'), encoding='utf-8').read().split('\n', 1)[1].strip()
    words.append(len(re.findall(r'\S+', t))); paras[len(t.split('\n\n')) - 1] += 1
print(f'news: paragraphs {dict(sorted(paras.items()))}, words {min(words)}-{max(words)}, mean {sum(words)/len(words):.0f}')
wires = [open(os.path.join(SET, 'articles', i + '.txt'), encoding='utf-8').read().split('\n', 1)[1].strip() for i in style if style[i] == 'wire']
print(f'wire: {len(wires)}, ending in a full stop {sum(w.endswith(".") for w in wires)}, ending in "…" {sum(w.endswith("…") for w in wires)}')
cc = C(r[2] for r in tsv)
print(f'countries: {len(cc)}; Syria {cc["Syria"]}; max other {max(v for k, v in cc.items() if k != "Syria")}')
byc = collections.defaultdict(lambda: C())
for r in tsv: byc[r[2]][style[r[0]]] += 1
for c, n in sorted(cc.items(), key=lambda x: (-x[1], x[0])):
    print(f'  {c}: {n} (note {byc[c]["note"]}, news {byc[c]["news"]}, wire {byc[c]["wire"]})')
print('kinds:', dict(C(r[3] for r in tsv).most_common()))
print('Syria years:', dict(C(r[1][:4] for r in tsv if r[2] == 'Syria')))
print('event years:', dict(sorted(C(r[1][:4] for r in tsv).items())))
fat = [int(r[7]) for r in tsv]
print(f'fatalities total {sum(fat)} (Syria {sum(int(r[7]) for r in tsv if r[2]=="Syria")}), items with fatalities > 0: {sum(f > 0 for f in fat)}')
print(f'gold lines {len(gold)}, scored {sum(g["scored"] for g in gold)}')
for st in ('note', 'news', 'wire'):
    gs = [g for g in gold if style[g['article'][:-4]] == st]
    print(f'  {st}: {len(gs)}/{sum(g["scored"] for g in gs)}')
one = [g for g in gold if g['type'] in ('KILLED', 'WOUNDED') and g['count'] == 1]
print(f'K/W count 1: {len(one)} ({sum(g["scored"] for g in one)} scored)')
cum = [g for g in gold if g['cumulative']]
print(f'cumulative: {len(cum)} ({sum(g["scored"] for g in cum)} scored)')
cb = [g for g in gold if g['claimedBy']]
print(f'claimedBy: {len(cb)} ({sum(g["scored"] for g in cb)} scored)')
print('cause:', dict(C(g['cause'] for g in gold if 'cause' in g)))
print('qualifiers:', dict(C(g['qualifier'] or 'none' for g in gold)))
hl = [g for g in gold if 'headline' in (g.get('note') or '')]
print('headline restatements:', len(hl), dict(C(g['type'] for g in hl)))
print('no-actor scored ATTACK:', sum(1 for g in gold if g['type'] == 'ATTACK' and g['scored'] and not g['actor']))
print('| type | all | scored |'); print('|---|---|---|')
for t in ['KILLED', 'WOUNDED', 'EQUIPMENT_LOSS', 'DISPLACEMENT', 'OFFENSIVE', 'CAPTURE', 'ATTACK', 'DEPLOYMENT', 'THREAT', 'TALKS']:
    gs = [g for g in gold if g['type'] == t]
    print(f'| {t} | {len(gs)} | {sum(g["scored"] for g in gs)} |')
print(f'| total | {len(gold)} | {sum(g["scored"] for g in gold)} |')
