#!/usr/bin/env python3
"""Expands the hand-written items (b*.py) into articles/, gold.jsonl, notes.tsv, noevent.json. Re-run: python3 gen.py"""
import datetime, json, os, random, sys, collections
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ITEMS = []
NONCONF = {'disaster', 'accident', 'disease'}
WD = {'Mon': 0, 'Tue': 1, 'Wed': 2, 'Thu': 3, 'Fri': 4, 'Sat': 5, 'Sun': 6}


def N(rep, text, country, kind, loc, a1, a2, date, events, wire=False, tloc=None):
    """rep: report date; date: event date (ISO, weekday 'Mon'.., or None = report date); loc: gold default location;
    tloc: tsv location (default loc)."""
    ITEMS.append(dict(rep=rep, text=text, country=country, kind=kind, loc=loc, a1=a1, a2=a2, date=date,
                      events=events, wire=wire, tloc=tloc))


def E(t, victim=None, actor=None, count=None, q=None, ev='', **kw):
    if count is not None and q is None: q = 'EXACT'
    return dict(type=t, victim=victim, actor=actor, count=count, qualifier=q, evidence=ev, **kw)


def K(victim, count, ev, actor=None, q=None, **kw): return E('KILLED', victim, actor, count, q, ev, **kw)
def W(victim, count, ev, actor=None, q=None, **kw): return E('WOUNDED', victim, actor, count, q, ev, **kw)
def A(actor, victim, ev, count=None, q=None, **kw): return E('ATTACK', victim, actor, count, q, ev, **kw)
def C(actor, ev, **kw): return E('CAPTURE', None, actor, None, None, ev, **kw)
def D(victim, count, ev, q=None, actor=None, **kw): return E('DISPLACEMENT', victim, actor, count, q, ev, **kw)
def Q(victim, equip, ev, actor=None, count=None, q=None, **kw): return E('EQUIPMENT_LOSS', victim, actor, count, q, ev, equipment=equip, **kw)
def O(actor, ev, **kw): return E('OFFENSIVE', None, actor, None, None, ev, **kw)


def resolve(spec, rep):
    r = datetime.date.fromisoformat(rep)
    if spec is None: return rep
    if spec == 'null': return None
    if spec in WD:
        d = r - datetime.timedelta(days=(r.weekday() - WD[spec]) % 7)
        return d.isoformat()
    if spec.startswith('-'): return (r - datetime.timedelta(days=int(spec[1:]))).isoformat()
    datetime.date.fromisoformat(spec)
    return spec


def main():
    for f in sorted(os.listdir(HERE)):
        if f.startswith('b') and f.endswith('.py'):
            exec(open(os.path.join(HERE, f), encoding='utf-8').read(), globals())
    items = list(ITEMS)
    random.Random(20261205).shuffle(items)
    os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, 'articles')): os.remove(os.path.join(OUT, 'articles', f))
    gold, rows, noevent, wire = [], [], [], []
    for n, it in enumerate(items, 1):
        i = 'm%03d' % n
        text = it['text']
        open(os.path.join(OUT, 'articles', i + '.txt'), 'w', encoding='utf-8').write(' date %s\n%s\n' % (it['rep'], text))
        evd = resolve(it['date'], it['rep'])
        cnt = collections.Counter()
        fat = 0
        for e in it['events']:
            e = dict(e)
            t = e['type']
            cnt[t] += 1
            g = collections.OrderedDict()
            g['article'] = i + '.txt'
            g['type'] = t
            g['victim'] = e['victim']; g['actor'] = e['actor']
            g['count'] = e['count']; g['qualifier'] = e['qualifier']
            g['cumulative'] = e.get('cum', False)
            if t == 'EQUIPMENT_LOSS': g['equipment'] = e['equipment']
            g['location'] = e['loc'] if 'loc' in e else it['loc']
            g['date'] = resolve(e['date'], it['rep']) if 'date' in e else evd
            g['claimedBy'] = e.get('by')
            g['evidence'] = e['evidence']
            g['cluster'] = '%s-%s-%d' % (i, t.lower(), cnt[t])
            g['scored'] = e.get('scored', True)
            if t in ('KILLED', 'WOUNDED'):
                g['cause'] = e.get('cause', it['kind'] if it['kind'] in NONCONF else 'violence')
            if e.get('note'): g['note'] = e['note']
            assert g['evidence'] in text, (i, g['evidence'], text)
            assert g['location'] is None or g['location'] in text, (i, g['location'])
            gold.append(g)
            if t == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and g['count']:
                fat += g['count']
        if not it['events'] or not any(e.get('scored', True) for e in it['events']): noevent.append(i)
        if it['wire']: wire.append(i)
        tloc = it['tloc'] if it['tloc'] is not None else (it['loc'] or '')
        assert not tloc or tloc in text, (i, tloc)
        rows.append([i, evd or it['rep'], it['country'], it['kind'], tloc, it['a1'], it['a2'], str(fat)])
    with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8') as f:
        f.write('\t'.join(['id', 'date', 'country', 'kind', 'location', 'admin1', 'admin2', 'fatalities']) + '\n')
        for r in rows: f.write('\t'.join(r) + '\n')
    json.dump({'noevent': noevent, 'wire': wire}, open(os.path.join(OUT, 'noevent.json'), 'w'), indent=1)
    print(len(items), 'items', len(gold), 'lines')


if __name__ == '__main__':
    main()
