#!/usr/bin/env python3
"""Lists every capitalised name (single words and runs) and every quoted string of fresh12's README that occurs in this
set's texts: python3 _gen/overlap.py. The list is then checked by hand (no village, town, site, quote or named incident
of fresh12's README may be reused)."""
import os, re
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
readme = open(os.path.join(SET, '..', 'fresh12', 'README.md'), encoding='utf-8').read()
texts = '\n'.join(open(os.path.join(SET, 'articles', f), encoding='utf-8').read() for f in os.listdir(os.path.join(SET, 'articles')))
names = set(re.findall(r"\b[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al-\w+|de|da|des|of))*", readme))
names |= {w for n in list(names) for w in n.split() if w[:1].isupper()}
quotes = set(q for q in re.findall(r'"([^"]{6,})"', readme) if '…' not in q)
hits = sorted(n for n in names if len(n) > 1 and re.search(r'(?<![\w-])' + re.escape(n) + r'(?![\w-])', texts))
print(len(hits), 'names in common:'); print(', '.join(hits))
qh = sorted(q for q in quotes if q in texts)
print(len(qh), 'quoted strings in common:'); print('\n'.join(qh))
