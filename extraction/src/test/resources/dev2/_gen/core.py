import datetime, re
WD = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
ARTS = []
def resolve(rep, d):
    if d is None or re.fullmatch(r'\d{4}-\d{2}-\d{2}', d): return d
    m = re.fullmatch(r'(\w+day)(-(\d+))?', d)  # 'Tuesday' or 'Tuesday-1' (day before)
    base = datetime.date.fromisoformat(rep)
    k = WD.index(m.group(1))
    x = base
    while x.weekday() != k: x -= datetime.timedelta(days=1)
    if m.group(3): x -= datetime.timedelta(days=int(m.group(3)))
    return x.isoformat()
def E(type, victim, actor, count, qual, evidence, loc, date, claimed=None, cum=False, scored=True, eq=None, cause=None, note=None, cl=None):
    return dict(type=type, victim=victim, actor=actor, count=count, qualifier=qual, cumulative=cum, location=loc,
                date=date, claimedBy=claimed, evidence=evidence, scored=scored, eq=eq, cause=cause, note=note, cl=cl)
def K(v, a, c, q, ev, loc, d, **kw): return E('KILLED', v, a, c, q, ev, loc, d, **kw)
def W(v, a, c, q, ev, loc, d, **kw): return E('WOUNDED', v, a, c, q, ev, loc, d, **kw)
def A(aid, date, text, events): ARTS.append((aid, date, text.strip('\n'), events))
