#!/usr/bin/env python3
"""Lists every capitalised name (single words and runs of capitalised words) and every quoted string of fresh15's
README that occurs in this set's texts (quoted strings as whole words).  python3 _gen/overlap.py"""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
readme = open(os.path.join(SET, '..', 'fresh15', 'README.md'), encoding='utf-8').read()
texts = {f[:-4]: open(os.path.join(SET, 'articles', f), encoding='utf-8').read().split('\n', 1)[1]
         for f in sorted(os.listdir(os.path.join(SET, 'articles')))}
WORD = r"[A-ZÀ-Ý][\w'’\-éèáíóúñçşğıöüâ]*"
names = set(re.findall(WORD, readme))
names |= {m.group(0) for m in re.finditer(WORD + r"(?:\s+(?:(?:of|de|al|el|la|ez|du|des)[\s-]+)?" + WORD + r")+", readme)}
quotes = set(re.findall(r'"([^"\n]{2,120})"', readme)) | set(re.findall(r'“([^”\n]{2,120})”', readme))
quotes = {q.replace('…', '').strip(' .,') for q in quotes}
hits = {}
for kind, pool, rx in (('name', names, lambda s: r'(?<![\w-])' + re.escape(s) + r'(?![\w-])'),
                       ('quote', quotes, lambda s: r'(?<!\w)' + re.escape(s) + r'(?!\w)')):
    for s in sorted(pool):
        if len(s) < 2: continue
        ids = [i for i, t in texts.items() if re.search(rx(s), t)]
        if ids: hits[(kind, s)] = ids
for (kind, s), ids in sorted(hits.items(), key=lambda x: (x[0][0], x[0][1].lower())):
    print(f'{kind}\t{s}\t{len(ids)}\t{" ".join(ids[:12])}')
print(f'{len(hits)} strings of fresh15/README.md occur in this set')
