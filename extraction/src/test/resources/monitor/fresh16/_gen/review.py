#!/usr/bin/env python3
"""Lists every sentence with a casualty, displacement, territory, attack, deployment, threat or talks word that no gold
evidence of its item touches.  python3 _gen/review.py"""
import json, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
gold = collections.defaultdict(list)
for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(l); gold[g['article'][:-4]].append(g['evidence'])
W = re.compile(r'\b(kill\w*|dead|death\w*|died|die|wound\w*|injur\w*|hurt|bod(y|ies)|shot|fled|flee\w*|displac\w*|evacuat\w*|'
               r'homeless|seiz\w*|captur\w*|took|taken|retook|retak\w*|entered|control|attack\w*|strike\w*|struck|shell\w*|'
               r'bomb\w*|explo\w*|ambush\w*|clash\w*|fighting|fire[ds]?|sent|deploy\w*|reinforce\w*|warn\w*|threat\w*|'
               r'talks|met|meeting|offensive|operation|destroy\w*|burn\w*|drown\w*|toll)\b', re.I)
n = 0
for f in sorted(os.listdir(os.path.join(SET, 'articles'))):
    i = f[:-4]; text = open(os.path.join(SET, 'articles', f), encoding='utf-8').read().split('\n', 1)[1]
    for s in re.split(r'(?<=[.;!?])\s+|\n+', text):
        if W.search(s) and not any(e in s or s in e for e in gold[i]) and not any(
                len(set(re.findall(r'\w+', e)) & set(re.findall(r'\w+', s))) >= 4 for e in gold[i]):
            n += 1; print(f'{i}\t{s.strip()[:220]}')
print(n, 'sentences')
