#!/usr/bin/env python3
"""Lists every capitalised name (single words and runs of capitalised words) and every quoted string of fresh16's
README that occurs in this set's texts (whole words), with the items it occurs in.  python3 _gen/overlap.py"""
import os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
readme = open(os.path.join(SET, '..', 'fresh16', 'README.md'), encoding='utf-8').read()
texts = {}
for f in sorted(os.listdir(os.path.join(SET, 'articles'))):
    texts[f[:-4]] = open(os.path.join(SET, 'articles', f), encoding='utf-8').read().split('\n', 1)[1]
cands = set()
W = r"[A-Z][\w'’\-]*"
for m in re.finditer(W + r"(?:\s+(?:(?:al|el|de|du|la|le|da|do|of|the|ez|an|and)\s+)?" + W + r")*", readme):
    run = m.group(0)
    words = run.split()
    cands.add(run)
    for w in words:
        if w[:1].isupper(): cands.add(w)
for m in re.finditer(r'"([^"\n]{2,80})"', readme):
    q = m.group(1).strip(' .,…')
    if q: cands.add(q)
cands = {c.strip("-'’") for c in cands if len(c.strip("-'’")) > 1}
hits = collections.defaultdict(list)
for c in sorted(cands):
    pat = re.compile(r'(?<![\w])' + re.escape(c) + r'(?![\w])')
    for i, t in texts.items():
        if pat.search(t): hits[c].append(i)
for c in sorted(hits, key=str.lower):
    print(f'{c}\t{len(hits[c])}\t{" ".join(hits[c][:8])}')
print(f'{len(hits)} strings of fresh16/README.md occur in this set')
