#!/usr/bin/env python3
"""Lists every sentence with a casualty, displacement, territory, attack, deployment, threat or talks word that no gold
evidence of its item overlaps: python3 _gen/review.py. Each listed sentence is then checked by hand."""
import json, os, re
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = re.compile(r'\b(kill\w*|dead|die[ds]?|death|bod(y|ies)|wound\w*|injur\w*|hurt|fled|flee\w*|displac\w*|evacuat\w*|'
                   r'captur\w*|seiz\w*|took control|retak\w*|recaptur\w*|overr?an|entered|attack\w*|ambush\w*|strike|struck|'
                   r'shell\w*|bomb\w*|explo\w*|blast|fire[ds]?|clash\w*|fight\w*|deploy\w*|sent|reinforc\w*|warn\w*|vow\w*|'
                   r'threat\w*|talks|met|meeting|telephone|neutrali[sz]ed|destroy\w*|shot|offensive|operation)\b', re.I)
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'))]
n = 0
for f in sorted(os.listdir(os.path.join(SET, 'articles'))):
    text = open(os.path.join(SET, 'articles', f)).read().split('\n', 1)[1]
    evs = [g['evidence'] for g in gold if g['article'] == f]
    for s in re.split(r'(?<=[.;!?…])\s+|\n+| - ', text):
        if not WORDS.search(s): continue
        if any(e in s or s in e or (len(e) > 12 and e[:25] in s) for e in evs): continue
        n += 1; print(f[:-4], '|', s.strip()[:160])
print(n, 'sentences to check by hand')
