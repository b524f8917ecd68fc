#!/usr/bin/env python3
"""Prints the totals given in README.md: python3 _gen/stats.py"""
import collections, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
keys = {r.split('\t')[0]: r.rstrip('\n').split('\t') for r in open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8')}
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(OUT, 'notes.tsv'), encoding='utf-8')][1:]
gold = [json.loads(l) for l in open(os.path.join(OUT, 'gold.jsonl'), encoding='utf-8')]
meta = json.load(open(os.path.join(OUT, 'noevent.json')))
style = {i: keys[i][2] for i in keys}
NONC = {'disaster', 'accident', 'disease'}
print('items', len(rows), collections.Counter(style.values()))
for st in ('note', 'news', 'wire'):
    ids = [r for r in rows if style[r[0]] == st]
    print(f' {st}: Syria {sum(r[2]=="Syria" for r in ids)}, non-conflict {sum(r[3] in NONC for r in ids)}, no-event {sum(r[0] in meta["noevent"] for r in ids)}, '
          f'other conflict {sum(r[2]!="Syria" and r[3] not in NONC and r[0] not in meta["noevent"] for r in ids)}, '
          f'gold {sum(g["article"][:-4] in {r[0] for r in ids} for g in gold)} / scored {sum(g["scored"] and g["article"][:-4] in {r[0] for r in ids} for g in gold)}')
news = [r[0] for r in rows if style[r[0]] == 'news']
wc, pc = [], collections.Counter()
for i in news:
    t = open(os.path.join(OUT, 'articles', i + '.txt'), encoding='utf-8').read().split('\n', 1)[1].strip()
    wc.append(len(t.split())); pc[len(t.split('\n\n')) - 1] += 1
print(' news words', min(wc), max(wc), round(sum(wc) / len(wc)), 'paragraphs', sorted(pc.items()))
ends = collections.Counter()
for i in meta['wire']:
    t = open(os.path.join(OUT, 'articles', i + '.txt'), encoding='utf-8').read().rstrip()
    ends['…' if t.endswith('…') else 'punct ' + t[-1] if not t[-1].isalnum() else 'word'] += 1
print(' wire endings', dict(ends))
syr = [r for r in rows if r[2] == 'Syria']
print('Syria', len(syr), collections.Counter(r[1][:4] for r in syr), 'fatalities', sum(int(r[7]) for r in syr))
cc = collections.Counter(r[2] for r in rows)
print('countries', len(cc), 'max non-Syria', max(v for c, v in cc.items() if c != 'Syria'))
for n in sorted(set(cc.values()), reverse=True):
    print(f'  {n}:', ', '.join(sorted(c for c, v in cc.items() if v == n)))
bycs = collections.defaultdict(lambda: collections.Counter())
for r in rows: bycs[r[2]][style[r[0]]] += 1
print(' per country note/news/wire:', '; '.join(f'{c} {v["note"]}/{v["news"]}/{v["wire"]}' for c, v in sorted(bycs.items())))
print('kinds', collections.Counter(r[3] for r in rows).most_common())
print('non-conflict', collections.Counter(r[3] for r in rows if r[3] in NONC))
print('no-event', meta['noevent'])
print('fatalities total', sum(int(r[7]) for r in rows), 'items with fatalities > 0', sum(int(r[7]) > 0 for r in rows))
print('gold', len(gold), 'scored', sum(g['scored'] for g in gold))
t = collections.Counter(g['type'] for g in gold); ts = collections.Counter(g['type'] for g in gold if g['scored'])
for k in ['KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS']:
    print(f'  | {k} | {t[k]} | {ts[k]} |')
kw = [g for g in gold if g['type'] in ('KILLED', 'WOUNDED')]
print('count 1 K/W', sum(g['count'] == 1 for g in kw), 'scored', sum(g['count'] == 1 and g['scored'] for g in kw))
print('cumulative', sum(g['cumulative'] for g in gold), 'scored', sum(g['cumulative'] and g['scored'] for g in gold))
print('claimedBy', sum(bool(g['claimedBy']) for g in gold), 'scored', sum(bool(g['claimedBy']) and g['scored'] for g in gold))
print('cause', collections.Counter(g['cause'] for g in kw))
print('qualifier', collections.Counter(str(g['qualifier']) for g in gold))
print('headline restatements', collections.Counter(g['type'] for g in gold if 'headline' in g.get('note', '')))
print('actor null on scored ATTACK', sum(g['type'] == 'ATTACK' and g['scored'] and not g['actor'] for g in gold))
print('event years', sorted(collections.Counter(r[1][:4] for r in rows).items()))
