import json, datetime, random, os, sys, collections
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
WD = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
ITEMS = []
_U = object()
def ev(t, **kw): kw['type'] = t; return kw
def K(v, a, n, q, e, **kw): return ev('KILLED', victim=v, actor=a, count=n, qualifier=q, evidence=e, **kw)
def W(v, a, n, q, e, **kw): return ev('WOUNDED', victim=v, actor=a, count=n, qualifier=q, evidence=e, **kw)
def A(a, v, e, **kw): return ev('ATTACK', victim=v, actor=a, count=None, qualifier=None, evidence=e, **kw)
def C(a, e, **kw): return ev('CAPTURE', victim=None, actor=a, count=None, qualifier=None, evidence=e, **kw)
def O(a, e, **kw): return ev('OFFENSIVE', victim=None, actor=a, count=None, qualifier=None, evidence=e, **kw)
def Dp(v, n, q, e, **kw): return ev('DISPLACEMENT', victim=v, actor=kw.pop('a', None), count=n, qualifier=q, evidence=e, **kw)
def E(v, eq, n, q, e, **kw): return ev('EQUIPMENT_LOSS', victim=v, actor=kw.pop('a', None), count=n, qualifier=q, evidence=e, equipment=eq, **kw)
def Dep(a, e, **kw): return ev('DEPLOYMENT', victim=None, actor=a, count=None, qualifier=None, evidence=e, **kw)
def T(a, v, e, **kw): return ev('THREAT', victim=v, actor=a, count=None, qualifier=None, evidence=e, **kw)
def N(rep, country, kind, loc, a1, a2, text, date, events, gloc=_U, wire=False, noevent=False):
    ITEMS.append(dict(rep=rep, country=country, kind=kind, loc=loc, a1=a1, a2=a2, text=text, date=date, events=events,
                      gloc=loc if gloc is _U else gloc, wire=wire, noevent=noevent))
def resolve(d, rep):
    if d is None or not d.startswith('@'): return d
    r = datetime.date.fromisoformat(rep); w = WD.index(d[1:])
    while r.weekday() != w: r -= datetime.timedelta(days=1)
    return r.isoformat()
ORDER = ['article','type','victim','actor','count','qualifier','cumulative','equipment','location','date','claimedBy','evidence','cluster','scored','cause','note']
def build():
    rnd = random.Random(20261205); items = ITEMS[:]; rnd.shuffle(items)
    os.makedirs(os.path.join(D, 'articles'), exist_ok=True)
    gold, rows, noev, wire = [], ['id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2\tfatalities'], [], []
    for k, it in enumerate(items, 1):
        i = 'l%03d' % k
        open(os.path.join(D, 'articles', i + '.txt'), 'w').write(' date %s\n%s\n' % (it['rep'], it['text']))
        date = resolve(it['date'], it['rep']); fat = 0; cn = collections.Counter()
        for e in it['events']:
            t = e['type']; cn[t] += 1
            g = dict(article=i + '.txt', type=t, victim=e['victim'], actor=e['actor'], count=e['count'], qualifier=e['qualifier'],
                     cumulative=e.get('cum', False))
            if t == 'EQUIPMENT_LOSS': g['equipment'] = e['equipment']
            g['location'] = e['loc'] if 'loc' in e else it['gloc']
            g['date'] = resolve(e['d'], it['rep']) if 'd' in e else date
            g['claimedBy'] = e.get('by'); g['evidence'] = e['evidence']
            g['cluster'] = '%s-%s-%d' % (i, t.lower(), cn[t]); g['scored'] = e.get('s', True)
            if t in ('KILLED','WOUNDED'):
                g['cause'] = e.get('cause', 'disaster' if it['kind']=='disaster' else 'accident' if it['kind']=='accident' else 'disease' if it['kind']=='disease' else 'violence')
            if e.get('note'): g['note'] = e['note']
            if e['qualifier'] is None and e['count'] is not None: g['qualifier'] = 'EXACT'
            if t == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and g['count']: fat += g['count']
            gold.append(json.dumps(g, ensure_ascii=False))
        rows.append('\t'.join([i, date, it['country'], it['kind'], it['loc'] or '', it['a1'], it['a2'], str(fat)]))
        if it['noevent']: noev.append(i)
        if it['wire']: wire.append(i)
    open(os.path.join(D, 'gold.jsonl'), 'w').write('\n'.join(gold) + '\n')
    open(os.path.join(D, 'notes.tsv'), 'w').write('\n'.join(rows) + '\n')
    json.dump({'noevent': noev, 'wire': wire}, open(os.path.join(D, 'noevent.json'), 'w'), indent=1)
    return items
