#!/usr/bin/env python3
"""Prints items side by side with their tsv row and gold lines (python3 _gen/show.py [style] [from] [to])."""
import json, os, sys
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(os.path.join(SET, '_gen', 'keys.tsv'))}
rows = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(os.path.join(SET, 'notes.tsv'))}
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
style = sys.argv[1] if len(sys.argv) > 1 else None
for i in sorted(rows):
    if i == 'id' or (style and keys[i][2] != style): continue
    print('=' * 8, i, keys[i][1], '|', ' '.join(rows[i][1:]))
    print(open(os.path.join(SET, 'articles', i + '.txt'), encoding='utf-8').read().strip())
    for g in gold:
        if g['article'][:-4] == i:
            q = {'EXACT': '', 'AT_LEAST': '>=', 'ABOUT': '~', 'UP_TO': '<='}.get(g['qualifier'], '')
            print('  %s%s %s v=%s a=%s n=%s%s%s %s %s cb=%s %s| %s' % ('' if g['scored'] else '(u) ', g['type'][:4], g.get('equipment', ''),
                  g['victim'], g['actor'], q, g['count'], ' CUM' if g['cumulative'] else '', g['location'], g['date'], g['claimedBy'],
                  '' if 'cause' not in g or g['cause'] == 'violence' else g['cause'] + ' ', g['evidence']))
