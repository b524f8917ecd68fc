#!/usr/bin/env python3
"""Prints each item's text, its notes.tsv row and its gold lines side by side: python3 _gen/show.py [style|id ...]"""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
gold = collections.defaultdict(list)
for l in open(os.path.join(OUT, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(l); gold[g['article'][:-4]].append(g)
rows = {r[0]: r for r in (l.rstrip('\n').split('\t') for l in open(os.path.join(OUT, 'notes.tsv'), encoding='utf-8'))}
keys = {r[0]: r for r in (l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8'))}
want = sys.argv[1:]
for i in sorted(k for k in rows if k != 'id'):
    if want and keys[i][2] not in want and i not in want: continue
    print('=' * 100); print(i, keys[i][1], keys[i][2], '|', '\t'.join(rows[i][1:]))
    print(open(os.path.join(OUT, 'articles', i + '.txt'), encoding='utf-8').read())
    for g in gold[i]:
        print('  %s%-14s v=%s a=%s n=%s %s cum=%s %s loc=%s d=%s by=%s %s| %s%s' % (
            '' if g['scored'] else '(u) ', g['type'], g['victim'], g['actor'], g['count'], g['qualifier'], g['cumulative'],
            g.get('equipment', ''), g['location'], g['date'], g['claimedBy'], g.get('cause', ''), g['evidence'],
            ('  # ' + g['note']) if g.get('note') else ''))
