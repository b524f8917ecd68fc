#!/usr/bin/env python3
"""Prints each item's text, tsv row and gold lines side by side: python3 _gen/show.py [style|id ...]"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
keys = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8')]
rows = {l.split('\t')[0]: l.rstrip('\n') for l in open(os.path.join(SET, 'notes.tsv'), encoding='utf-8')}
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
want = sys.argv[1:]
for i, key, style, country, kind in sorted(keys, key=lambda k: (['note', 'wire', 'news'].index(k[2]), k[0])):
    if want and style not in want and i not in want: continue
    print('=' * 100); print(i, key, style); print(open(os.path.join(SET, 'articles', i + '.txt'), encoding='utf-8').read().strip())
    print('TSV', rows[i])
    for g in gold:
        if g['article'] == i + '.txt':
            print('  %s%-12s v=%s a=%s %s %s cum=%s loc=%s d=%s cb=%s | %s%s' % ('' if g['scored'] else '(u) ', g['type'], g['victim'], g['actor'],
                  g['count'], g['qualifier'], g['cumulative'], g['location'], g['date'], g['claimedBy'], g['evidence'], (' // ' + g['note']) if g.get('note') else ''))
