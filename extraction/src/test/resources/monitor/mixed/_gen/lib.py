import datetime
WD = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
NULL = 'NULL'
ITEMS = []
def N(rep, country, kind, loc, a1, a2, text, ev=(), d=None, gl=None, wire=False, noevent=False):
    ITEMS.append(dict(rep=rep, country=country, kind=kind, loc=loc, a1=a1, a2=a2, text=text, ev=list(ev),
                      d=d, gl=gl if gl is not None else loc, wire=wire, noevent=noevent))
def _e(t, **kw): kw['type'] = t; return kw
def K(v, a, n, q, ev, **kw): return _e('KILLED', victim=v, actor=a, count=n, qualifier=q, evidence=ev, **kw)
def W(v, a, n, q, ev, **kw): return _e('WOUNDED', victim=v, actor=a, count=n, qualifier=q, evidence=ev, **kw)
def A(a, v, ev, n=None, q=None, **kw): return _e('ATTACK', victim=v, actor=a, count=n, qualifier=q, evidence=ev, **kw)
def C(a, loc, ev, **kw): return _e('CAPTURE', victim=kw.pop('v', None), actor=a, count=kw.pop('n', None), qualifier=kw.pop('q', None), evidence=ev, loc=loc, **kw)
def E(v, eq, n, q, ev, a=None, **kw): return _e('EQUIPMENT_LOSS', victim=v, actor=a, count=n, qualifier=q, equipment=eq, evidence=ev, **kw)
def D(v, n, q, ev, a=None, **kw): return _e('DISPLACEMENT', victim=v, actor=a, count=n, qualifier=q, evidence=ev, **kw)
def O(a, ev, v=None, **kw): return _e('OFFENSIVE', victim=v, actor=a, count=None, qualifier=None, evidence=ev, **kw)
def T(typ, a, ev, v=None, **kw): return _e(typ, victim=v, actor=a, count=kw.pop('n', None), qualifier=kw.pop('q', None), evidence=ev, **kw)
def resolve(d, rep):
    if d is None or d == NULL: return None
    r = datetime.date.fromisoformat(rep)
    if d in WD:
        k = (r.weekday() - WD.index(d)) % 7
        return (r - datetime.timedelta(days=k)).isoformat()
    if d.startswith('rep-'):
        return (r - datetime.timedelta(days=int(d[4:]))).isoformat()
    datetime.date.fromisoformat(d); return d
DROP = ["An explosive device planted in a vehicle exploded in the industrial zone of Ras al-Ain",
 "Under a Russian-brokered deal, units of the 8th Brigade", "Rockets fired by factions from the Idlib countryside",
 "Warplanes hit the industrial zone and a busy street", "Rocket fire from areas held by the SDF and regime forces",
 "A young man from Tal Shihab", "Rescuers in Jindires", "IS cells ambushed a bus carrying members",
 "Russian jets struck a training camp of Faylaq"]
_N = N
def N(rep, country, kind, loc, a1, a2, text, *a, **k):
    if any(text.startswith(x) for x in DROP): return
    _N(rep, country, kind, loc, a1, a2, text, *a, **k)
