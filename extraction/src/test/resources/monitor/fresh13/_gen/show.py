#!/usr/bin/env python3
"""Review helper: python3 _gen/show.py [style|id ...] prints each item's text, tsv row and gold lines side by side."""
import json, os, sys
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(os.path.join(SET, '_gen', 'keys.tsv'))}
rows = {l.split('\t')[0]: l.rstrip('\n') for l in open(os.path.join(SET, 'notes.tsv'))}
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'))]
want = sys.argv[1:]
for i in sorted(keys):
    k = keys[i]
    if want and i not in want and k[2] not in want: continue
    print('=' * 100); print(i, k[1], k[2]); print(open(os.path.join(SET, 'articles', i + '.txt')).read().strip())
    print('TSV', rows[i])
    for g in gold:
        if g['article'] != i + '.txt': continue
        f = [g['type'][:4], g['victim'] or '-', g['actor'] or '-', str(g['count']), (g['qualifier'] or '-')[:2],
             'CUM' if g['cumulative'] else '', g.get('equipment', ''), str(g['location']), str(g['date']), g['claimedBy'] or '-',
             '' if g['scored'] else 'UNSC', g.get('cause', '')]
        print('  ', ' '.join(x for x in f if x), '|', g['evidence'][:90], ('# ' + g['note'][:60]) if g.get('note') else '')
