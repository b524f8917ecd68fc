#!/usr/bin/env python3
"""Review helper: prints items (text, tsv row, gold lines compactly). python3 _gen/show.py w001 w002 ... | --style note"""
import json, os, sys, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(os.path.join(D, '_gen', 'keys.tsv')) if l.strip()}
tsv = {l.split('\t')[0]: l.rstrip('\n') for l in open(os.path.join(D, 'notes.tsv'))}
gold = collections.defaultdict(list)
for l in open(os.path.join(D, 'gold.jsonl')):
    g = json.loads(l); gold[g['article'][:-4]].append(g)
ids = sys.argv[1:]
if ids and ids[0] == '--style': ids = [i for i in sorted(keys) if keys[i][2] == ids[1]]
for i in ids:
    print('=' * 20, i, keys[i][1], keys[i][2]); print(open(os.path.join(D, 'articles', i + '.txt')).read().strip()); print('TSV', tsv[i])
    for g in gold[i]:
        print(' ', '+' if g['scored'] else '-', g['type'][:4], g['victim'], g['actor'], g['count'], (g['qualifier'] or '')[:2], 'CUM' if g['cumulative'] else '', g.get('equipment', ''),
              g['location'], g['date'], g['claimedBy'], '|', g['evidence'][:70], '|', g.get('cause', ''), g.get('note', '')[:50])
