#!/usr/bin/env python3
"""Expands the compact items in b*.py into the set files. Re-run: cd _gen && python3 gen.py"""
import json, os, random, datetime, re, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ITEMS = []
WD = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
def N(rep, text, country, kind, loc, a1, a2, evdate, ev, gloc=None, wire=False, ne=False):
    ITEMS.append(dict(rep=rep, text=text, country=country, kind=kind, loc=loc, a1=a1, a2=a2, evdate=evdate,
                      ev=ev, gloc=gloc if gloc is not None else loc, wire=wire, ne=ne))
def E(t, v, a, ev, n=None, q=None, **kw):
    return dict(type=t, victim=v, actor=a, evidence=ev, count=n, qualifier=(q or ('EXACT' if n is not None else None)), **kw)
def K(v, n, ev, a=None, q=None, **kw): return E('KILLED', v, a, ev, n, q, **kw)
def W(v, n, ev, a=None, q=None, **kw): return E('WOUNDED', v, a, ev, n, q, **kw)
def A(a, ev, v=None, **kw): return E('ATTACK', v, a, ev, None, None, **kw)
def C(a, ev, n=None, q=None, **kw): return E('CAPTURE', None, a, ev, n, q, **kw)
def O(a, ev, **kw): return E('OFFENSIVE', None, a, ev, None, None, **kw)
def D(v, n, ev, q=None, a=None, **kw): return E('DISPLACEMENT', v, a, ev, n, q, **kw)
def L(v, eq, ev, n=None, a=None, q=None, **kw): return E("EQUIPMENT_LOSS", v, a, ev, n, q, equipment=eq, **kw)
def resolve(rep, d):
    if d is None or re.fullmatch(r'\d{4}-\d{2}-\d{2}', d): return d
    m = re.fullmatch(r'(wd|prev):(\w+)', d)
    r = datetime.date.fromisoformat(rep)
    k = WD.index(m.group(2))
    back = (r.weekday() - k) % 7
    if m.group(1) == 'prev' and back == 0: back = 7
    return (r - datetime.timedelta(days=back)).isoformat()
CAUSE = {'disaster':'disaster','accident':'accident','disease':'disease'}
for _b in ('b1.py','b2.py','b3.py'):
    exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),_b)).read())
def main():
    items = list(ITEMS)
    random.Random(20261205).shuffle(items)
    assert len(items) == 150, len(items)
    os.makedirs(os.path.join(OUT,'articles'), exist_ok=True)
    gold, rows, noev, wire = [], [], [], []
    for i, it in enumerate(items, 1):
        iid = 'i%03d' % i
        rep = it['rep']
        open(os.path.join(OUT,'articles',iid+'.txt'),'w').write(' date %s\n%s\n' % (rep, it['text']))
        evd = resolve(rep, it['evdate'])
        cnt = collections.Counter(); fat = 0
        for e in it['ev']:
            t = e['type']; cnt[t] += 1
            g = {'article': iid+'.txt', 'type': t, 'victim': e['victim'], 'actor': e['actor'], 'count': e['count'],
                 'qualifier': e['qualifier'], 'cumulative': e.get('cum', False)}
            if t == 'EQUIPMENT_LOSS': g['equipment'] = e['equipment']
            g['location'] = e.get('loc', it['gloc']) or None
            g['date'] = resolve(rep, e['date']) if 'date' in e else evd
            g['claimedBy'] = e.get('by')
            g['evidence'] = e['evidence']
            g['cluster'] = '%s-%s-%d' % (iid, t.lower(), cnt[t])
            g['scored'] = e.get('s', True)
            if t in ('KILLED','WOUNDED'): g['cause'] = e.get('cause', CAUSE.get(it['kind'], 'violence'))
            if e.get('note'): g['note'] = e['note']
            gold.append(g)
            if t == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and g['count']: fat += g['count']
        rows.append([iid, evd or rep, it['country'], it['kind'], it['loc'], it['a1'], it['a2'], str(fat)])
        if it['ne']: noev.append(iid)
        if it['wire']: wire.append(iid)
    with open(os.path.join(OUT,'gold.jsonl'),'w') as f:
        for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT,'notes.tsv'),'w') as f:
        f.write('id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2\tfatalities\n')
        for r in rows: f.write('\t'.join(r) + '\n')
    json.dump({'noevent': noev, 'wire': wire}, open(os.path.join(OUT,'noevent.json'),'w'))
    print(len(items), 'items', len(gold), 'lines')
if __name__ == '__main__': main()
