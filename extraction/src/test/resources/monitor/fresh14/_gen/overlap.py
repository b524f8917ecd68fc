#!/usr/bin/env python3
"""Lists every capitalised name (single words and runs) and every quoted string of fresh13's README that occurs in
this set's texts (python3 _gen/overlap.py). Reads only ../fresh13/README.md and this set's articles."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
readme = open(os.path.join(SET, '..', 'fresh13', 'README.md'), encoding='utf-8').read()
texts = {f[:-4]: open(os.path.join(SET, 'articles', f), encoding='utf-8').read() for f in sorted(os.listdir(os.path.join(SET, 'articles')))}
alltext = '\n'.join(texts.values())
names = set(re.findall(r"\b[A-Z][\w'’-]*(?:\s+(?:al-|el-|de |du |of |the )?[A-Z][\w'’-]*)*", readme))
quotes = set(q.strip() for q in re.findall(r'"([^"\n]{3,80})"', readme))
def where(s): return [i for i, t in texts.items() if re.search(r'(?<![\w-])' + re.escape(s) + r'(?![\w-])', t)]
mode = sys.argv[1] if len(sys.argv) > 1 else 'all'
print('== names (single words and runs) ==')
for n in sorted(names, key=str.lower):
    w = where(n)
    if w: print(f'{n}\t{len(w)}\t{" ".join(w[:6])}')
print('== quoted strings ==')
for q in sorted(quotes, key=str.lower):
    w = [i for i, t in texts.items() if q.lower() in t.lower()]
    if w: print(f'"{q}"\t{len(w)}\t{" ".join(w[:6])}')
