#!/usr/bin/env python3
"""Review helper: lists every sentence with a casualty, displacement or territory word that no gold evidence touches."""
import json, os, re, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = dict(l.split('\t')[:2] for l in open(os.path.join(D, '_gen', 'keys.tsv')) if l.strip())
gold = collections.defaultdict(list)
for l in open(os.path.join(D, 'gold.jsonl')):
    g = json.loads(l); gold[g['article'][:-4]].append(g['evidence'])
W = re.compile(r'kill|dead|die[ds]?\b|death|wound|injur|hurt|fled|flee|displac|homeless|evacuat|captur|took control|taken control|retake|retook|recaptur|seiz|overr[au]n|entered|martyr|neutrali|bodies|body|shot|toll|casualt|lost|losses|destroy|downed|burn|storm|took over|liberat|uproot|forced from|left their|crossed into|refugee', re.I)
n = 0
for f in sorted(os.listdir(os.path.join(D, 'articles'))):
    i = f[:-4]
    text = open(os.path.join(D, 'articles', f)).read().split('\n', 1)[1]
    for s in re.split(r'(?<=[.!?…])\s+|\n+| - ', text):
        if not W.search(s): continue
        if any(e in s or s in e for e in gold[i]): continue
        # partial overlap: any evidence sharing 25+ chars with the sentence
        if any(len(e) >= 20 and e[:20] in s for e in gold[i]): continue
        n += 1; print(f'{i} ({keys[i]}): {s.strip()}')
print(n, 'sentences')
