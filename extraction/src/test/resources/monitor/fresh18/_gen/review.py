#!/usr/bin/env python3
"""Review helper: lists every sentence with a casualty, displacement, territory, attack, deployment, threat or talks
word that no gold evidence of its item touches. python3 _gen/review.py"""
import json, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
WORDS = re.compile(r'\b(kill\w*|dead|died|death|bodies|body|wound\w*|injur\w*|hurt|fled|flee\w*|displac\w*|shelter\w*|'
                   r'captur\w*|seiz\w*|took control|retook|retak\w*|entered|attack\w*|ambush\w*|struck|strike\w*|shell\w*|'
                   r'bomb\w*|explo\w*|raid\w*|clash\w*|fight\w*|fired|drone\w*|rocket\w*|missile\w*|deploy\w*|sent|'
                   r'offensive|operation|warn\w*|threat\w*|talks|meeting|neutrali\w*|shot|toll|destroy\w*|burnt|downed)\b', re.I)
gold = collections.defaultdict(list)
for l in open(os.path.join(OUT, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(l); gold[g['article']].append(g['evidence'])
n = 0
for f in sorted(os.listdir(os.path.join(OUT, 'articles'))):
    text = open(os.path.join(OUT, 'articles', f), encoding='utf-8').read().split('\n', 1)[1]
    for sent in re.split(r'(?<=[.!?])\s+|\n+', text):
        if not WORDS.search(sent): continue
        if any(ev in sent or sent in ev for ev in gold[f]): continue
        if any(ev[:25] in sent for ev in gold[f] if len(ev) >= 25): continue
        n += 1; print(f'{f[:-4]}: {sent.strip()[:220]}')
print(n, 'sentences to check by hand')
