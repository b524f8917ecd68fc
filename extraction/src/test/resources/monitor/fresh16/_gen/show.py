#!/usr/bin/env python3
"""Prints items side by side with their tsv row and gold lines: python3 _gen/show.py [style] [ids...]"""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
keys = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8')}
rows = {l.split('\t')[0]: l.rstrip('\n') for l in open(os.path.join(SET, 'notes.tsv'), encoding='utf-8')}
gold = collections.defaultdict(list)
for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(l); gold[g['article'][:-4]].append(g)
args = sys.argv[1:]; style = args[0] if args and args[0] in ('note', 'news', 'wire') else None
ids = [a for a in args if a.startswith('k')] or sorted(keys)
for i in ids:
    if style and keys[i][2] != style: continue
    print('=' * 100); print(i, keys[i][1:], '\n' + rows[i])
    print(open(os.path.join(SET, 'articles', i + '.txt'), encoding='utf-8').read().strip())
    for g in gold[i]:
        print('  ', 'S' if g['scored'] else '-', g['type'][:5], g['victim'], g['actor'], g['count'], (g['qualifier'] or '')[:2],
              'CUM' if g['cumulative'] else '', g.get('equipment') or '', g['location'], g['date'], g['claimedBy'] or '',
              '|', g['evidence'][:70], '|', g.get('note') or '')
