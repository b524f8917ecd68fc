#!/usr/bin/env python3
"""Lists every capitalised name (and multi-word name) of fresh10's README that occurs in this set's texts."""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
readme = open(os.path.join(SET, '..', 'fresh10', 'README.md'), encoding='utf-8').read()
texts = '\n'.join(open(f, encoding='utf-8').read() for f in glob.glob(os.path.join(SET, 'articles', '*.txt')))
names = set(re.findall(r"\b[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*", readme))
words = set(w for n in names for w in n.split())
hits = sorted(n for n in names | words if len(n) > 2 and re.search(r'(?<![\w-])' + re.escape(n) + r'(?![\w-])', texts))
print(len(hits), 'names in common:'); print(', '.join(hits))
