#!/usr/bin/env python3
"""Lists every sentence with a casualty, displacement or territory word that no gold evidence touches."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
WORDS = re.compile(r'\b(kill\w*|dead|death\w*|died|die|bod(y|ies)|wound\w*|injur\w*|hurt|toll|fled|flee\w*|displac\w*|evacuat\w*|homeless|'
                   r'captur\w*|seiz\w*|took|taken|retak\w*|regain\w*|recaptur\w*|control|entered|overr\w*|destroy\w*|shot|neutrali\w*|'
                   r'martyr\w*|execut\w*|burn\w*|drown\w*|missing|attack\w*|strik\w*|struck|shell\w*|clash\w*|fighting|ambush\w*|deploy\w*|sent|threat\w*|warn\w*|vow\w*|talks|met|meet\w*)\b', re.I)
n = 0
for f in sorted(os.listdir(os.path.join(SET, 'articles'))):
    i = f[:-4]; text = open(os.path.join(SET, 'articles', f), encoding='utf-8').read().split('\n', 1)[1]
    evs = [g['evidence'] for g in gold if g['article'] == f]
    for s in re.split(r'(?<=[.;!?])\s+|\n+', text):
        s = s.strip()
        if not s or not WORDS.search(s): continue
        if any(e in s or s in e for e in evs): continue
        n += 1; print(f'{i}: {s}')
print(n, 'sentences to check')
