#!/usr/bin/env python3
"""Prints the totals quoted in README.md: python3 _gen/stats.py"""
import collections, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
keys = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8')]
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(SET, 'notes.tsv'), encoding='utf-8')][1:]
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
meta = json.load(open(os.path.join(SET, 'noevent.json')))
style = {k[0]: k[2] for k in keys}; kind = {r[0]: r[3] for r in rows}; country = {r[0]: r[2] for r in rows}
NC = {'disaster', 'accident', 'disease'}
print('items', len(rows), collections.Counter(style.values()))
for s in ('note', 'news', 'wire'):
    ids = [i for i in style if style[i] == s]
    print(f'  {s}: Syria {sum(country[i] == "Syria" for i in ids)}, non-conflict {sum(kind[i] in NC for i in ids)}, '
          f'no-event {sum(i in meta["noevent"] for i in ids)}')
words = []
for i in style:
    if style[i] == 'news':
        t = open(os.path.join(SET, 'articles', i + '.txt'), encoding='utf-8').read().split('\n', 1)[1]
        words.append(len(re.findall(r'\S+', t)))
print('news words min/max/mean', min(words), max(words), round(sum(words) / len(words)))
wires = [open(os.path.join(SET, 'articles', i + '.txt'), encoding='utf-8').read().split('\n', 1)[1].strip() for i in style if style[i] == 'wire']
print('wire ending in …:', sum(w.endswith('…') for w in wires), 'others', sum(not w.endswith('…') for w in wires))
cc = collections.Counter(country.values())
print('countries', len(cc), cc.most_common())
print('Syria years', collections.Counter(r[1][:4] for r in rows if r[2] == 'Syria'))
print('kinds', collections.Counter(kind.values()).most_common())
print('non-conflict', collections.Counter(k for k in kind.values() if k in NC))
print('noevent', meta['noevent'])
print('fatalities total', sum(int(r[7]) for r in rows), 'Syria', sum(int(r[7]) for r in rows if r[2] == 'Syria'),
      'items with fatalities > 0', sum(int(r[7]) > 0 for r in rows))
print('gold', len(gold), 'scored', sum(g['scored'] for g in gold))
kw = [g for g in gold if g['type'] in ('KILLED', 'WOUNDED') and g['count'] == 1]
print('K/W count 1:', len(kw), 'scored', sum(g['scored'] for g in kw))
cu = [g for g in gold if g['cumulative']]
print('cumulative', len(cu), 'scored', sum(g['scored'] for g in cu))
cb = [g for g in gold if g['claimedBy']]
print('claimedBy', len(cb), 'scored', sum(g['scored'] for g in cb))
print('cause', collections.Counter(g.get('cause') for g in gold if 'cause' in g))
print('qualifiers', collections.Counter(g['qualifier'] for g in gold))
print('headline restatements', sum('headline' in g.get('note', '') for g in gold))
print('null-actor scored ATTACK', sum(g['type'] == 'ATTACK' and g['scored'] and not g['actor'] for g in gold))
print('event years', sorted(collections.Counter(r[1][:4] for r in rows).items()))
T = ['KILLED', 'WOUNDED', 'EQUIPMENT_LOSS', 'DISPLACEMENT', 'OFFENSIVE', 'CAPTURE', 'ATTACK', 'DEPLOYMENT', 'THREAT', 'TALKS']
print('| type | all | scored |'); print('|---|---|---|')
for t in T: print(f'| {t} | {sum(g["type"] == t for g in gold)} | {sum(g["type"] == t and g["scored"] for g in gold)} |')
print(f'| total | {len(gold)} | {sum(g["scored"] for g in gold)} |')
