import json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core
import b1, b2, b3, b4
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
import random, glob
tids = sorted(a[0] for a in core.ARTS)
perm = tids[:]; random.Random(18).shuffle(perm)
IDMAP = {t: 'g%03d' % (i + 1) for i, t in enumerate(perm)}
for f in glob.glob(os.path.join(D, 'articles', '*.txt')): os.remove(f)
arts = sorted((IDMAP[a], d, t, e) for a, d, t, e in core.ARTS)
json.dump(IDMAP, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'idmap.json'), 'w'), indent=1)
out = []
for aid, date, text, evs in arts:
    open(os.path.join(D, 'articles', aid + '.txt'), 'w').write(' date ' + date + '\n' + text + '\n')
    n = collections.Counter()
    for e in evs:
        t = e['type']
        n[t] += 1
        g = {'article': aid + '.txt', 'type': t, 'victim': e['victim'], 'actor': e['actor'], 'count': e['count'],
             'qualifier': e['qualifier'], 'cumulative': e['cumulative']}
        if t == 'EQUIPMENT_LOSS': g['equipment'] = e['eq']
        if t in ('KILLED', 'WOUNDED'): g['cause'] = e['cause'] or 'violence'
        g.update({'location': e['location'], 'date': core.resolve(date, e['date']), 'claimedBy': e['claimedBy'],
                  'evidence': e['evidence'], 'cluster': e['cl'] or f"{aid}-{t.lower()}-{n[t]}", 'scored': e['scored']})
        if e['note']: g['note'] = e['note']
        out.append(g)
with open(os.path.join(D, 'gold.jsonl'), 'w') as f:
    for g in out: f.write(json.dumps(g, ensure_ascii=False) + '\n')
noev = [aid for aid, _, _, evs in arts if not any(e['scored'] for e in evs)]
json.dump({'noevent': noev}, open(os.path.join(D, 'noevent.json'), 'w'), indent=1)
print(len(arts), 'articles', len(out), 'lines')
