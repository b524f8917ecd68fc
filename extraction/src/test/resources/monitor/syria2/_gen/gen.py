#!/usr/bin/env python3
"""Expands the hand-written compact notes (_gen/b1.py .. b4.py) into the set: articles/sNNN.txt, gold.jsonl,
notes.tsv, noevent.json. Re-run: python3 _gen/gen.py  (rewrites the set byte-identically).

Compact form (see b1.py): N(event_date, country, kind, location, admin1, admin2, text, [events], rep=days after the
event date for the date line, wire=1, noev=1). In the text, {wd} is the weekday of the event date, {wd-1}/{wd-2}/...
that of an earlier day, {rwd} that of the report day.
Events: K/W (KILLED/WOUNDED: victim, count, evidence), A (ATTACK: actor, evidence), C (CAPTURE), E (EQUIPMENT_LOSS:
victim, equipment, evidence), D (DISPLACEMENT), O (OFFENSIVE), DP (DEPLOYMENT), T (THREAT), TK (TALKS).
Counts: 7 = EXACT, '7+' = AT_LEAST, '~7' = ABOUT, '<7' = UP_TO, None = no count.
Keywords: a= actor, v= victim/target, loc= location (default: the tsv location when it is in the text),
d= date (default: the event date; cumulative lines the report date; d=-2 is two days before the event date),
cl= claimedBy, cum=1 cumulative, us=1 unscored, note=.
"""
import datetime, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NONCONF = {'disaster', 'accident', 'disease'}
ITEMS = []
_UNSET = object()


def _count(n):
    if n is None: return None, None
    if isinstance(n, int): return n, 'EXACT'
    s = str(n)
    if s.endswith('+'): return int(s[:-1].replace(',', '')), 'AT_LEAST'
    if s.startswith('~'): return int(s[1:].replace(',', '')), 'ABOUT'
    if s.startswith('<'): return int(s[1:].replace(',', '')), 'UP_TO'
    raise ValueError(n)


def _ev(t, victim, actor, n, evidence, eq=None, loc=_UNSET, d=_UNSET, cl=None, cum=0, us=0, note=None):
    return dict(type=t, victim=victim, actor=actor, n=n, evidence=evidence, eq=eq, loc=loc, d=d, cl=cl,
                cum=bool(cum), us=bool(us), note=note)


def K(v, n, e, a=None, **kw): return _ev('KILLED', v, a, n, e, **kw)
def W(v, n, e, a=None, **kw): return _ev('WOUNDED', v, a, n, e, **kw)
def E(v, eq, e, n=None, a=None, **kw): return _ev('EQUIPMENT_LOSS', v, a, n, e, eq=eq, **kw)
def D(v, n, e, a=None, **kw): return _ev('DISPLACEMENT', v, a, n, e, **kw)
def A(a, e, v=None, n=None, **kw): return _ev('ATTACK', v, a, n, e, **kw)
def C(a, e, v=None, n=None, **kw): return _ev('CAPTURE', v, a, n, e, **kw)
def O(a, e, v=None, **kw): return _ev('OFFENSIVE', v, a, None, e, **kw)
def DP(a, e, v=None, n=None, **kw): return _ev('DEPLOYMENT', v, a, n, e, **kw)
def T(a, e, v=None, **kw): return _ev('THREAT', v, a, None, e, **kw)
def TK(a, e, v=None, **kw): return _ev('TALKS', v, a, None, e, **kw)


def N(date, country, kind, loc, a1, a2, text, evs, rep=1, wire=0, noev=0):
    ITEMS.append(dict(date=date, country=country, kind=kind, loc=loc, a1=a1, a2=a2, text=text, evs=evs, rep=rep,
                      wire=bool(wire), noev=bool(noev)))


WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def day(iso, off=0):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=off)).isoformat()


def fill(text, date, rep):
    def sub(m):
        if m.group(1) == 'rwd': return WD[datetime.date.fromisoformat(rep).weekday()]
        off = int(m.group(2) or 0)
        return WD[datetime.date.fromisoformat(day(date, off)).weekday()]
    return re.sub(r'\{(wd|rwd)([+-]\d+)?\}', sub, text)


def main():
    sys.path.insert(0, HERE)
    for b in ('b1', 'b2', 'b3', 'b4'):
        exec(open(os.path.join(HERE, b + '.py'), encoding='utf-8').read(), globals())
    items = list(ITEMS)
    assert len(items) == 150, len(items)
    random.Random(20261206).shuffle(items)
    art_dir = os.path.join(OUT, 'articles')
    os.makedirs(art_dir, exist_ok=True)
    for f in os.listdir(art_dir): os.remove(os.path.join(art_dir, f))
    gold, rows, noevent, wire = [], [], [], []
    for i, it in enumerate(items, 1):
        sid = 's%03d' % i
        rep = day(it['date'], it['rep'])
        text = fill(it['text'].strip(), it['date'], rep)
        with open(os.path.join(art_dir, sid + '.txt'), 'w', encoding='utf-8') as f:
            f.write(' date %s\n%s\n' % (rep, text))
        if it['noev']: noevent.append(sid)
        if it['wire']: wire.append(sid)
        seq = {}
        fat = 0
        for e in it['evs']:
            t = e['type']
            seq[t] = seq.get(t, 0) + 1
            count, qual = _count(e['n'])
            if e['loc'] is _UNSET: loc = it['loc'] if it['loc'] and it['loc'] in text else None
            else: loc = e['loc']
            if e['d'] is _UNSET: d = rep if e['cum'] else it['date']
            elif isinstance(e['d'], int): d = day(it['date'], e['d'])
            elif e['d'] == 'rep': d = rep
            else: d = e['d']
            g = {'article': sid + '.txt', 'type': t, 'victim': e['victim'], 'actor': e['actor'], 'count': count,
                 'qualifier': qual, 'cumulative': e['cum']}
            if t == 'EQUIPMENT_LOSS': g['equipment'] = e['eq']
            g.update({'location': loc, 'date': d, 'claimedBy': e['cl'], 'evidence': e['evidence'],
                      'cluster': '%s-%s-%d' % (sid, t.lower(), seq[t]), 'scored': not e['us']})
            if t in ('KILLED', 'WOUNDED'):
                g['cause'] = it['kind'] if it['kind'] in NONCONF else 'violence'
                if g['cause'] == 'violence' and g['scored'] and not g['cumulative'] and t == 'KILLED' and count:
                    fat += count
            if e['note']: g['note'] = e['note']
            if e['evidence'] not in text: print('EVIDENCE?', sid, e['evidence'], file=sys.stderr)
            gold.append(g)
        rows.append([sid, it['date'], it['country'], it['kind'], it['loc'], it['a1'], it['a2'], str(fat)])
    with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8') as f:
        f.write('\t'.join(['id', 'date', 'country', 'kind', 'location', 'admin1', 'admin2', 'fatalities']) + '\n')
        for r in rows: f.write('\t'.join(r) + '\n')
    with open(os.path.join(OUT, 'noevent.json'), 'w', encoding='utf-8') as f:
        json.dump({'noevent': noevent, 'wire': wire}, f, indent=1)
        f.write('\n')
    stats(items, gold, rows, wire, noevent)


def stats(items, gold, rows, wire, noevent):
    from collections import Counter
    print('notes', len(rows), 'wire', len(wire), 'noevent', len(noevent))
    print('countries', sorted(Counter(r[2] for r in rows).items(), key=lambda x: (-x[1], x[0])))
    print('kinds', Counter(r[3] for r in rows).most_common())
    print('years', sorted(Counter(r[1][:4] for r in rows).items()))
    print('fatalities', sum(int(r[7]) for r in rows), 'notes>0', sum(int(r[7]) > 0 for r in rows))
    tc = Counter(g['type'] for g in gold); ts = Counter(g['type'] for g in gold if g['scored'])
    print('types', {t: (tc[t], ts[t]) for t in tc}, 'total', len(gold), sum(ts.values()))
    print('causes', Counter(g['cause'] for g in gold if 'cause' in g))
    print('singular', sum(1 for g in gold if g['type'] in ('KILLED', 'WOUNDED') and g['count'] == 1),
          'cumulative', sum(g['cumulative'] for g in gold), 'claimedBy', sum(1 for g in gold if g['claimedBy']))
    cut = [r[0] for r, it in zip(rows, items) if not it['text'].strip().endswith(('.', '"', '”'))]
    print('no final full stop', len(cut))


if __name__ == '__main__':
    main()
