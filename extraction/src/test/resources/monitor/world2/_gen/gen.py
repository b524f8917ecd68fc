#!/usr/bin/env python3
"""Expands the hand-written items in b1.py..b4.py into the set: articles/tNNN.txt, gold.jsonl, notes.tsv, noevent.json.

    python3 _gen/gen.py        (from the set's folder or anywhere; rewrites the set, byte-identical on re-run)

An item is N(report day, event day, country, kind, location, admin1, admin2, text, *lines, wire=False).
The event day is ISO or a weekday ('Mon'..'Sun'), resolved to the latest such day on or before the report day.
A line's defaults: location = the item's location (the tsv place), date = the event day (the report day when
cumulative), cause = the kind for disaster/accident/disease and violence otherwise. Clusters are tNNN-<type>-<n>.
The items are shuffled with random.Random(20261206) and numbered t001..t150.
"""
import datetime, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
QUAL = {'E': 'EXACT', 'L': 'AT_LEAST', 'A': 'ABOUT', 'U': 'UP_TO', None: None}
NONCONF = {'disaster', 'accident', 'disease'}
ITEMS = []
_UNSET = object()


def resolve(day, rep):
    if day is None or day is _UNSET:
        return day
    if day in DAYS:
        r = datetime.date.fromisoformat(rep)
        back = (r.weekday() - DAYS.index(day)) % 7
        return (r - datetime.timedelta(days=back)).isoformat()
    datetime.date.fromisoformat(day)
    return day


def _line(typ, victim, actor, count, q, evidence, loc=_UNSET, date=_UNSET, claim=None, s=True, cum=False, eq=None,
          note=None):
    if count is not None and q is None:
        q = 'E'
    return dict(type=typ, victim=victim, actor=actor, count=count, qualifier=QUAL[q] if count is not None else None,
                cumulative=cum, equipment=eq, location=loc, date=date, claimedBy=claim, evidence=evidence, scored=s,
                note=note)


# victim-first types
def K(victim, count, q, evidence, actor=None, **kw): return _line('KILLED', victim, actor, count, q, evidence, **kw)
def W(victim, count, q, evidence, actor=None, **kw): return _line('WOUNDED', victim, actor, count, q, evidence, **kw)
def DSP(victim, count, q, evidence, actor=None, **kw): return _line('DISPLACEMENT', victim, actor, count, q, evidence, **kw)
def EQL(victim, equipment, count, q, evidence, actor=None, **kw):
    return _line('EQUIPMENT_LOSS', victim, actor, count, q, evidence, eq=equipment, **kw)
# actor-first types
def A(actor, evidence, victim=None, count=None, q=None, **kw): return _line('ATTACK', victim, actor, count, q, evidence, **kw)
def CAP(actor, evidence, victim=None, count=None, q=None, **kw): return _line('CAPTURE', victim, actor, count, q, evidence, **kw)
def OFF(actor, evidence, victim=None, **kw): return _line('OFFENSIVE', victim, actor, None, None, evidence, **kw)
def DEP(actor, evidence, victim=None, count=None, q=None, **kw): return _line('DEPLOYMENT', victim, actor, count, q, evidence, **kw)
def THR(actor, evidence, victim=None, **kw): return _line('THREAT', victim, actor, None, None, evidence, **kw)
def TLK(actor, evidence, victim=None, **kw): return _line('TALKS', victim, actor, None, None, evidence, **kw)


def N(rep, ev, country, kind, loc, a1, a2, text, *lines, wire=False):
    ITEMS.append(dict(rep=rep, ev=ev, country=country, kind=kind, loc=loc, a1=a1, a2=a2, text=text.strip(),
                      lines=list(lines), wire=wire))


def build():
    g = {k: globals()[k] for k in ('N', 'K', 'W', 'DSP', 'EQL', 'A', 'CAP', 'OFF', 'DEP', 'THR', 'TLK')}
    for b in ('b1.py', 'b2.py', 'b3.py', 'b4.py'):
        p = os.path.join(HERE, b)
        if os.path.exists(p):
            exec(compile(open(p, encoding='utf-8').read(), p, 'exec'), dict(g))
    items = list(ITEMS)
    random.Random(20261206).shuffle(items)
    os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, 'articles')):
        os.remove(os.path.join(OUT, 'articles', f))
    gold, rows, noevent, wire = [], [], [], []
    for n, it in enumerate(items, 1):
        i = 't%03d' % n
        rep, text = it['rep'], it['text']
        ev = resolve(it['ev'], rep)
        with open(os.path.join(OUT, 'articles', i + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write(' date %s\n%s\n' % (rep, text))
        per = {}
        fat = 0
        for ln in it['lines']:
            t = ln['type']
            per[t] = per.get(t, 0) + 1
            loc = ln['location']
            if loc is _UNSET:
                loc = it['loc'] if it['loc'] and it['loc'] in text else None
            date = ln['date']
            date = (rep if ln['cumulative'] else ev) if date is _UNSET else resolve(date, rep)
            o = dict(article=i + '.txt', type=t, victim=ln['victim'], actor=ln['actor'], count=ln['count'],
                     qualifier=ln['qualifier'], cumulative=ln['cumulative'])
            if t == 'EQUIPMENT_LOSS':
                o['equipment'] = ln['equipment']
            o.update(location=loc, date=date, claimedBy=ln['claimedBy'], evidence=ln['evidence'],
                     cluster='%s-%s-%d' % (i, t.lower(), per[t]), scored=ln['scored'])
            if t in ('KILLED', 'WOUNDED'):
                o['cause'] = it['kind'] if it['kind'] in NONCONF else 'violence'
            if ln['note']:
                o['note'] = ln['note']
            gold.append(o)
            if t == 'KILLED' and o['scored'] and not o['cumulative'] and o['cause'] == 'violence' and o['count']:
                fat += o['count']
        if not it['lines']:
            noevent.append(i)
        if it['wire']:
            wire.append(i)
        rows.append([i, ev, it['country'], it['kind'], it['loc'], it['a1'], it['a2'], str(fat)])
    with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
        for o in gold:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2\tfatalities\n')
        for r in rows:
            fh.write('\t'.join(r) + '\n')
    with open(os.path.join(OUT, 'noevent.json'), 'w', encoding='utf-8') as fh:
        json.dump({'noevent': noevent, 'wire': wire}, fh, indent=1)
        fh.write('\n')
    if '-q' not in sys.argv:
        print(len(items), 'items,', len(gold), 'gold lines,', len(noevent), 'no-event,', len(wire), 'wire')


if __name__ == '__main__':
    build()
