#!/usr/bin/env python3
"""Prints the totals of the README: python3 _gen/stats.py"""
import collections, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
gold = [json.loads(l) for l in open(os.path.join(OUT, 'gold.jsonl'), encoding='utf-8')]
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(OUT, 'notes.tsv'), encoding='utf-8')][1:]
keys = {r[0]: r for r in (l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8'))}
meta = json.load(open(os.path.join(OUT, 'noevent.json')))
text = {r[0]: open(os.path.join(OUT, 'articles', r[0] + '.txt'), encoding='utf-8').read().split('\n', 1)[1].strip() for r in rows}
style = {i: keys[i][2] for i in text}
print('items', len(rows), dict(collections.Counter(style.values())))
NONC = {'disaster', 'accident', 'disease'}
for st in ('note', 'news', 'wire'):
    ids = [r for r in rows if style[r[0]] == st]
    syr = sum(r[2] == 'Syria' for r in ids); nc = sum(r[3] in NONC for r in ids); ne = sum(r[0] in meta['noevent'] for r in ids)
    print(' %s: %d (Syria %d, non-conflict %d, no-event %d)' % (st, len(ids), syr, nc, ne))
nw = [len(re.findall(r'\S+', text[i])) for i in text if style[i] == 'news']
print(' news words: min %d max %d mean %.0f' % (min(nw), max(nw), sum(nw) / len(nw)))
paras = collections.Counter(len(text[i].split('\n\n')) - 1 for i in text if style[i] == 'news')
print(' news paragraphs:', dict(sorted(paras.items())))
wires = [text[i] for i in text if style[i] == 'wire']
print(' wire endings: "…" %d, full stop %d' % (sum(t.endswith('\u2026') for t in wires), sum(t.endswith('.') for t in wires)))
c = collections.Counter(r[2] for r in rows)
print('countries', len(c), ', '.join('%s %d' % kv for kv in c.most_common()))
syr_years = collections.Counter(r[1][:4] for r in rows if r[2] == 'Syria')
print('Syria items', c['Syria'], dict(sorted(syr_years.items())), dict(collections.Counter(style[r[0]] for r in rows if r[2] == 'Syria')))
print('kinds', dict(collections.Counter(r[3] for r in rows).most_common()))
print('years', dict(sorted(collections.Counter(r[1][:4] for r in rows).items())))
print('fatalities total', sum(int(r[7]) for r in rows), 'Syria', sum(int(r[7]) for r in rows if r[2] == 'Syria'),
      'items with fatalities > 0:', sum(int(r[7]) > 0 for r in rows))
print('gold lines', len(gold), 'scored', sum(g['scored'] for g in gold))
kw = [g for g in gold if g['type'] in ('KILLED', 'WOUNDED')]
print(' K/W count 1:', sum(g['count'] == 1 for g in kw), 'scored', sum(g['count'] == 1 and g['scored'] for g in kw))
print(' cumulative:', sum(g['cumulative'] for g in gold), 'scored', sum(g['cumulative'] and g['scored'] for g in gold))
print(' claimedBy:', sum(bool(g['claimedBy']) for g in gold), 'scored', sum(bool(g['claimedBy']) and g['scored'] for g in gold))
print(' cause:', dict(collections.Counter(g['cause'] for g in kw)))
print(' qualifiers:', dict(collections.Counter(str(g['qualifier']) for g in gold)))
print(' headline restatements:', sum('headline restatement' in g.get('note', '') for g in gold))
print(' notes with no gold line:', sum(1 for r in rows if not any(g['article'] == r[0] + '.txt' for g in gold)))
T = ['KILLED', 'WOUNDED', 'EQUIPMENT_LOSS', 'DISPLACEMENT', 'OFFENSIVE', 'CAPTURE', 'ATTACK', 'DEPLOYMENT', 'THREAT', 'TALKS']
print('| type | all | scored |\n|---|---|---|')
for t in T:
    print('| %s | %d | %d |' % (t, sum(g['type'] == t for g in gold), sum(g['type'] == t and g['scored'] for g in gold)))
print('| total | %d | %d |' % (len(gold), sum(g['scored'] for g in gold)))
