#!/usr/bin/env python3
"""Review helper: lists every sentence with a casualty, displacement, territory, attack, deployment, threat or talks
word that no gold evidence of its item touches.  python3 _gen/review.py [id ...]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
WORDS = re.compile(r'\b(kill|dead|died|death|toll|bodies|body|wound|injur|hurt|fled|flee|displac|evacuat|homeless|took|taken|'
                   r'seiz|captur|retook|retak|recaptur|entered|overran|control|attack|strike|struck|shell|bomb|explo|ambush|'
                   r'raid|fire[ds]?\b|clash|fight|rocket|missile|drone|deploy|sent|reinforc|threat|warn|vow|talks|met|meeting|'
                   r'destroy|downed|shot|neutralis|offensive|operation|launch)', re.I)
ids = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(os.path.join(SET, 'articles')))
n = 0
for i in ids:
    text = open(os.path.join(SET, 'articles', i + '.txt'), encoding='utf-8').read().split('\n', 1)[1]
    evs = [g['evidence'] for g in gold if g['article'] == i + '.txt']
    for s in re.split(r'(?<=[.!?…])\s+|\n+', text):
        if not s.strip() or not WORDS.search(s): continue
        if any(e in s or s in e for e in evs): continue
        if any(len(set(re.findall(r'\w+', e)) & set(re.findall(r'\w+', s))) >= 4 for e in evs if len(e) > 15):
            # overlapping wording: treat as touched only when the evidence lies inside the sentence
            if any(e in s for e in evs): continue
        n += 1; print(f'{i}: {s.strip()}')
print(f'{n} sentences to check by hand')
