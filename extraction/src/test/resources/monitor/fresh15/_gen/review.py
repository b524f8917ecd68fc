#!/usr/bin/env python3
"""Lists every sentence with a casualty, displacement, territory, attack, deployment, threat or talks word that no gold
evidence touches: python3 _gen/review.py. Each listed sentence is then checked by hand."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
WORDS = re.compile(r'\b(kill|dead|death|died|die|bod(y|ies)|toll|wound|injur|hurt|fled|flee|displac|evacuat|shelter|captur|'
                   r'seiz|took control|retak|recaptur|entered|overran|control|attack|ambush|raid|storm|strike|struck|shell|'
                   r'bomb|blast|explo|fire[ds]?\b|opened fire|clash|fight|drone|missile|rocket|mortar|grenade|IED|mine\b|'
                   r'deploy|reinforc|troops? (were )?sent|threat|warn|vow|ultimatum|talks|met |meeting|negotiat|offensive|'
                   r'operation|neutralis|destroy|burnt|burned|martyr|shot|gunmen|sniper)', re.I)
gold = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
n = 0
for f in sorted(os.listdir(os.path.join(SET, 'articles'))):
    i = f[:-4]
    text = open(os.path.join(SET, 'articles', f), encoding='utf-8').read().split('\n', 1)[1]
    evs = [g['evidence'] for g in gold if g['article'] == f]
    for s in re.split(r'(?<=[.;!?])\s+|\n+| - ', text):
        s = s.strip()
        if not s or not WORDS.search(s): continue
        if any(e in s or s in e for e in evs): continue
        n += 1; print(f'{i}: {s}')
print(f'{n} sentences with an event word and no gold evidence')
