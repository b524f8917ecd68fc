import datetime
DEF = '__def__'
WD = {'Mon': 0, 'Tue': 1, 'Wed': 2, 'Thu': 3, 'Fri': 4, 'Sat': 5, 'Sun': 6}


def _ev(t, **kw):
    kw['type'] = t
    return kw


def K(v, n, evid, **kw): return _ev('KILLED', victim=v, n=n, evidence=evid, **kw)
def W(v, n, evid, **kw): return _ev('WOUNDED', victim=v, n=n, evidence=evid, **kw)
def A(actor, evid, **kw): return _ev('ATTACK', actor=actor, evidence=evid, **kw)
def C(actor, evid, **kw): return _ev('CAPTURE', actor=actor, evidence=evid, **kw)
def E(v, eq, n, evid, **kw): return _ev('EQUIPMENT_LOSS', victim=v, equipment=eq, n=n, evidence=evid, **kw)
def D(v, n, evid, **kw): return _ev('DISPLACEMENT', victim=v, n=n, evidence=evid, **kw)
def O(actor, evid, **kw): return _ev('OFFENSIVE', actor=actor, evidence=evid, **kw)
def DEP(actor, evid, **kw): return _ev('DEPLOYMENT', actor=actor, evidence=evid, **kw)
def THR(actor, evid, **kw): return _ev('THREAT', actor=actor, evidence=evid, **kw)
def TLK(actor, evid, **kw): return _ev('TALKS', actor=actor, evidence=evid, **kw)


def N(rep, country, kind, loc, a1, a2, d, text, evs, **kw):
    return dict(rep=rep, country=country, kind=kind, loc=loc, a1=a1, a2=a2, d=d, text=text, evs=evs, **kw)


def resolve(tok, rep):
    r = datetime.date.fromisoformat(rep)
    if tok is None:
        return None
    if tok == 'rep':
        return rep
    if isinstance(tok, int):
        return (r + datetime.timedelta(days=tok)).isoformat()
    if tok in WD:
        delta = (r.weekday() - WD[tok]) % 7
        return (r - datetime.timedelta(days=delta)).isoformat()
    datetime.date.fromisoformat(tok)
    return tok


def count(n):
    if n is None:
        return None, None
    if isinstance(n, int):
        return n, 'EXACT'
    for p, q in (('>=', 'AT_LEAST'), ('~', 'ABOUT'), ('<=', 'UP_TO')):
        if n.startswith(p):
            return int(n[len(p):]), q
    return int(n), 'EXACT'
