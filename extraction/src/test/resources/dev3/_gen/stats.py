#!/usr/bin/env python3
"""Prints the totals and the per-article table used in ../README.md."""
import collections, json, os, re, sys
sys.dont_write_bytecode = True
import importlib, core
for b in ('b1', 'b2', 'b3', 'b4'):
    importlib.import_module(b)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
idmap = json.load(open(os.path.join(OUT, '_gen', 'idmap.json')))
meta = {idmap[it['tid']]: it for it in core.ITEMS}
gold = [json.loads(l) for l in open(os.path.join(OUT, 'gold.jsonl'))]
by = collections.defaultdict(list)
for g in gold: by[g['article'][:-4]].append(g)
tw = 0
rows = []
for rid in sorted(meta):
    lines = open(os.path.join(OUT, 'articles', rid + '.txt')).read().split('\n')
    body = '\n'.join(lines[2:]).strip()
    w = len(re.findall(r'\S+', lines[1] + ' ' + body)); tw += w
    paras = len([p for p in re.split(r'\n\s*\n', body) if p.strip()])
    it = meta[rid]; gs = by[rid]
    rows.append(f"| {rid} | {it['date']} | {it['country']} | {it['style']} | {w} | {paras} | {len(gs)} ({sum(g['scored'] for g in gs)}) |")
print(f'articles {len(meta)}, words {tw}, lines {len(gold)}, scored {sum(g["scored"] for g in gold)}')
T = ['KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS']
print('| type | all | scored |\n|---|---|---|')
for t in T:
    print(f'| {t} | {sum(g["type"]==t for g in gold)} | {sum(g["type"]==t and g["scored"] for g in gold)} |')
print('| total |', len(gold), '|', sum(g['scored'] for g in gold), '|')
print('causes', collections.Counter((g['cause'], g['scored']) for g in gold if 'cause' in g))
print('equipment', collections.Counter(g['equipment'] for g in gold if 'equipment' in g))
print('count1 K/W', sum(1 for g in gold if g['type'] in ('KILLED','WOUNDED') and g['count']==1), 'scored', sum(1 for g in gold if g['type'] in ('KILLED','WOUNDED') and g['count']==1 and g['scored']))
print('cumulative', sum(g['cumulative'] for g in gold), 'scored', sum(g['cumulative'] and g['scored'] for g in gold))
print('claimedBy', sum(1 for g in gold if g['claimedBy']))
print('scored qualifiers', collections.Counter(g['qualifier'] for g in gold if g['scored']))
print('years', sorted(collections.Counter(it['date'][:4] for it in core.ITEMS).items()))
print('shared clusters', [c for c, n in collections.Counter(g['cluster'] for g in gold).items() if n > 1])
print('\n'.join(rows))
