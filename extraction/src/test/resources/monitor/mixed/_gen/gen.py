import json, os, random, collections, sys
import lib
from lib import resolve, NULL
MODS = ['s1','s2','s3','s4','w1','w2','w3','w4','w5','w6']
for m in MODS: __import__(m)
CONVERT = set(open('convert.txt').read().split('\n')) - {''} if os.path.exists('convert.txt') else set()
items = lib.ITEMS
rng = random.Random(20261205)
order = list(range(len(items))); rng.shuffle(order)
OUT = '..'
os.makedirs(f'{OUT}/articles', exist_ok=True)
gold, rows, noev, wire, noncon = [], [], [], [], []
ORDER = ['article','type','victim','actor','count','qualifier','cumulative','equipment','location','date','claimedBy','evidence','cluster','scored','cause','note']
for k, idx in enumerate(order, 1):
    it = items[idx]; fid = 'f%03d' % k; art = fid + '.txt'
    text = it['text']; isw = it['wire']
    if isw and text[:40] in CONVERT:
        isw = False
        if not text.endswith('.'): text = text.rstrip('…').rstrip() + '.'
    rep = it['rep']
    idate = resolve(it['d'], rep)
    gl = it['gl'] or None
    open(f'{OUT}/articles/{art}', 'w').write(f' date {rep}\n{text}\n')
    cnt = collections.Counter(); fat = 0
    for e in it['ev']:
        t = e['type']; cnt[t] += 1
        g = dict(article=art, type=t, victim=e.get('victim'), actor=e.get('actor'), count=e.get('count'),
                 qualifier=e.get('qualifier'), cumulative=e.get('cum', False))
        if t == 'EQUIPMENT_LOSS': g['equipment'] = e['equipment']
        g['location'] = (e['loc'] or None) if 'loc' in e else gl
        g['date'] = resolve(e['d'], rep) if 'd' in e else idate
        g['claimedBy'] = e.get('cb'); g['evidence'] = e['evidence']
        g['cluster'] = f'wf-{fid}-{t.lower()}-{cnt[t]}'; g['scored'] = e.get('s', True)
        if t in ('KILLED','WOUNDED'): g['cause'] = e.get('cause', 'violence')
        if e.get('note'): g['note'] = e['note']
        gold.append({k2: g[k2] for k2 in ORDER if k2 in g})
        if t == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and g['count']: fat += g['count']
    rows.append([fid, idate or rep, it['country'], it['kind'], it['loc'], it['a1'], it['a2'], str(fat)])
    if it['noevent']: noev.append(fid)
    if isw: wire.append(fid)
    if it['kind'] in ('disaster','accident','disease'): noncon.append(fid)
with open(f'{OUT}/gold.jsonl','w') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open(f'{OUT}/notes.tsv','w') as f:
    f.write('id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2\tfatalities\n')
    for r in rows: f.write('\t'.join(r) + '\n')
json.dump({'noevent': noev, 'wire': wire, 'nonconflict': noncon}, open(f'{OUT}/noevent.json','w'), indent=1)
print(len(items), 'items', len(gold), 'gold', 'wire', len(wire), 'noevent', len(noev), 'noncon', len(noncon))
