#!/usr/bin/env python3
"""Lists every capitalised name (single words and runs of capitalised words) and every quoted string of fresh14's
README that occurs in this set's texts (articles/*.txt), so that no village, town, site, quote or named incident of
fresh14 is reused. Run: python3 _gen/overlap.py"""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
readme = open(os.path.join(SET, '..', 'fresh14', 'README.md'), encoding='utf-8').read()
texts = '\n'.join(open(f, encoding='utf-8').read() for f in sorted(glob.glob(os.path.join(SET, 'articles', '*.txt'))))
names = set()
for m in re.finditer(r"[A-Z][\w'\-]*(?:\s+(?:al-|el-|de |du |of |the )?[A-Z][\w'\-]*)*", readme):
    run = m.group(0)
    words = run.split()
    names.add(run)
    names.update(words)
quotes = set(re.findall(r'"([^"\n]{2,120})"', readme))
hits_n = sorted(n for n in names if len(n) > 1 and re.search(r'(?<![\w])' + re.escape(n) + r'(?![\w])', texts))
hits_q = sorted(q for q in quotes if re.search(r'(?<![\w])' + re.escape(q) + r'(?![\w])', texts))
print('capitalised names of fresh14/README.md found in the texts (%d):' % len(hits_n))
print(', '.join(hits_n))
print()
print('quoted strings of fresh14/README.md found in the texts (%d):' % len(hits_q))
for q in hits_q: print('  "%s"' % q)
