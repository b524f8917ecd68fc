#!/usr/bin/env python3
"""Lists capitalised names (single words and runs) and quoted strings of fresh17's README that occur in this set's
texts (whole words). python3 _gen/overlap.py [-v]"""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
readme = open(os.path.join(OUT, '..', 'fresh17', 'README.md'), encoding='utf-8').read()
names = set()
for m in re.finditer(r"[A-Z][\w'\-]*(?:\s+(?:al-|el-|de |da |del |of |the )?[A-Z][\w'\-]*)*", readme):
    run = m.group(0)
    names.add(run)
    for w in run.split(): 
        if w[:1].isupper(): names.add(w)
quotes = set(q.strip() for q in re.findall(r'"([^"\n]{3,80})"', readme))
texts = {}
for f in sorted(os.listdir(os.path.join(OUT, 'articles'))):
    texts[f] = open(os.path.join(OUT, 'articles', f), encoding='utf-8').read()
allt = '\n'.join(texts.values())
hits = collections.Counter()
where = collections.defaultdict(set)
for s in sorted(names | quotes):
    if len(s) < 2: continue
    pat = re.compile(r'(?<![\w-])' + re.escape(s) + r'(?![\w-])')
    for f, t in texts.items():
        if pat.search(t): hits[s] += 1; where[s].add(f[:-4])
kind = lambda s: 'quote' if s in quotes and s not in names else 'name'
print(f'{len(hits)} strings of fresh17/README.md occur in these texts')
for s in sorted(hits, key=str.lower):
    print(f'{kind(s):5} {s!r}: {hits[s]}' + ((' ' + ' '.join(sorted(where[s])[:6])) if '-v' in sys.argv else ''))
