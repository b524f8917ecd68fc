#!/usr/bin/env python3
"""Lists every sentence with a casualty, displacement, territory, attack, deployment, threat or talks word that no gold
evidence of its item touches (python3 _gen/review.py); each is then checked by hand."""
import json, os, re
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = re.compile(r'\b(kill\w*|dead|died|death|bod(y|ies)|wound\w*|injur\w*|hurt|fled|flee\w*|displac\w*|evacuat\w*|captur\w*|took control|taken|seiz\w*|retak\w*|enter\w*|attack\w*|strike\w*|struck|shell\w*|bomb\w*|explo\w*|ambush\w*|clash\w*|fighting|fought|fire[ds]?\b|shot|rocket\w*|missile\w*|drone\w*|deploy\w*|sent|troops|warn\w*|threat\w*|vow\w*|talks|meet\w*|summit|offensive|operation|neutralis\w*|destroy\w*|burn\w*|raid\w*|storm\w*)\b', re.I)
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
ev = {}
for g in gold: ev.setdefault(g['article'][:-4], []).append(g['evidence'])
n = 0
for f in sorted(os.listdir(os.path.join(SET, 'articles'))):
    i = f[:-4]; text = open(os.path.join(SET, 'articles', f), encoding='utf-8').read().split('\n', 1)[1]
    for s in re.split(r'(?<=[.;])\s+|\n+| - ', text):
        if W.search(s) and not any(e in s or s in e for e in ev.get(i, [])):
            n += 1; print(f'{i}: {s.strip()[:220]}')
print(n, 'sentences')
