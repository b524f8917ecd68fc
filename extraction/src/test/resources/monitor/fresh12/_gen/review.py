#!/usr/bin/env python3
"""Review helper: lists every sentence (or headline) with a casualty, displacement, territory, attack, deployment,
threat or talks word that no gold evidence of its item touches, for a check by hand.  python3 _gen/review.py"""
import collections, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
WORDS = re.compile(r'\b(kill\w*|dead|death\w*|died|die|bod(y|ies)|wound\w*|injur\w*|hurt|toll|casualt\w*|neutrali[sz]ed|'
                   r'fled|flee\w*|displac\w*|evacuat\w*|homeless|captur\w*|seiz\w*|took control|taken|retak\w*|recaptur\w*|'
                   r'entered|overr?an|attack\w*|ambush\w*|strike\w*|struck|shell\w*|bomb\w*|explo\w*|rocket\w*|drone\w*|'
                   r'clash\w*|fighting|fired|opened fire|raid\w*|storm\w*|offensive|operation|deploy\w*|sent|reinforc\w*|'
                   r'threat\w*|warn\w*|vow\w*|talks|meet\w*|met|ceasefire|destroy\w*|burn\w*|shot)\b', re.I)
gold = collections.defaultdict(list)
for l in open(os.path.join(OUT, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(l); gold[g['article'][:-4]].append(g)
n = 0
for f in sorted(os.listdir(os.path.join(OUT, 'articles'))):
    i = f[:-4]
    t = open(os.path.join(OUT, 'articles', f), encoding='utf-8').read().split('\n', 1)[1]
    spans = []
    for g in gold[i]:
        k = t.find(g['evidence'])
        if k >= 0: spans.append((k, k + len(g['evidence'])))
    for m in re.finditer(r'[^.\n]+(?:\.|\n|$)', t):
        s, e = m.span()
        if not WORDS.search(m.group(0)): continue
        if any(a < e and b > s for a, b in spans): continue
        n += 1
        print('%s: %s' % (i, m.group(0).strip()))
print('%d sentences with an event word and no gold evidence' % n)
