#!/usr/bin/env python3
"""Lists every capitalised name of ../../fresh11/README.md (single words and runs of capitalised words, with
inner 'al-'/'de'/'of' kept) that occurs in this set's texts (../articles/*.txt), with the ids it occurs in.
python3 _gen/overlap.py"""
import glob, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
readme = open(os.path.join(OUT, '..', 'fresh11', 'README.md'), encoding='utf-8').read()
W = r"[A-Z][\w'\u2019\-]*"
names = set(re.findall(W, readme))
names |= {m.group(0) for m in re.finditer(W + r"(?:\s+(?:al-|de |of |the )?" + W + r")+", readme)}
names = {n.strip("'\u2019-") for n in names if len(n.strip("'\u2019-")) > 1}
texts = {os.path.basename(f)[:-4]: open(f, encoding='utf-8').read() for f in sorted(glob.glob(os.path.join(OUT, 'articles', 'y*.txt')))}
hits = collections.OrderedDict()
for n in sorted(names, key=lambda s: (-len(s.split()), s)):
    ids = [i for i, t in texts.items() if re.search(r'(?<![\w-])' + re.escape(n) + r'(?![\w])', t)]
    if ids: hits[n] = ids
for n, ids in hits.items():
    print('%-40s %3d  %s' % (n, len(ids), ' '.join(ids[:8]) + (' ...' if len(ids) > 8 else '')))
print('%d names of fresh11/README.md occur in these texts' % len(hits))
