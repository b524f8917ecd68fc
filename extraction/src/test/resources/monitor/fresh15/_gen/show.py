#!/usr/bin/env python3
"""Prints items side by side for the review: text, tsv row and gold lines.
python3 _gen/show.py [note|news|wire|hNNN ...]"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
keys = {r[0]: r for r in (l.rstrip('\n').split('\t') for l in list(open(os.path.join(HERE, 'keys.tsv'), encoding='utf-8'))[1:])}
tsv = {r[0]: r for r in (l.rstrip('\n').split('\t') for l in list(open(os.path.join(SET, 'notes.tsv'), encoding='utf-8'))[1:])}
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
want = sys.argv[1:] or ['note', 'wire', 'news']
ids = [i for w in want for i in sorted(keys) if w in (i, keys[i][2], keys[i][1])]
for i in ids:
    print('=' * 100); print(i, keys[i][1], keys[i][2], '|', '\t'.join(tsv[i][1:]))
    print(open(os.path.join(SET, 'articles', i + '.txt'), encoding='utf-8').read().rstrip())
    print('-' * 40)
    for g in gold:
        if g['article'] != i + '.txt': continue
        party = g['victim'] if g['type'] in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'EQUIPMENT_LOSS') else g['actor']
        print(f"{'S' if g['scored'] else '-'} {g['type'][:6]:6} {party} a={g['actor']} v={g['victim']} n={g['count']} {g['qualifier'] or ''} "
              f"{'CUM ' if g['cumulative'] else ''}{g.get('equipment') or ''} @{g['location']} {g['date']} by={g['claimedBy']} "
              f"{g.get('cause') or ''} | {g['evidence']}" + (f"  [{g['note']}]" if g.get('note') else ''))
