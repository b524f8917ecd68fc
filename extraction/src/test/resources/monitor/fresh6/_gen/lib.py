"""Compact item format for the monitor-p set (p001-p150). Each b*.py module calls N(...) once per note."""
import datetime

ITEMS = []
DEF = object()          # "use the note's default" (gold location / event date)
WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def wd(rep, name, back=0):
    """The latest `name` (a weekday) on or before the report date `rep`; back=7 gives the one a week earlier."""
    d = datetime.date.fromisoformat(rep)
    while WD[d.weekday()] != name:
        d -= datetime.timedelta(days=1)
    return (d - datetime.timedelta(days=back)).isoformat()


def days(iso, k):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=k)).isoformat()


def N(rep, date, country, kind, loc, a1, a2, text, ev=(), wire=False, gloc=DEF, src=''):
    """rep: date line; date: the coder's event date; loc/a1/a2: the coder's place; gloc: default gold location
    (the note's own place as the text spells it, default loc); ev: event lines."""
    ITEMS.append(dict(rep=rep, date=date, country=country, kind=kind, loc=loc, a1=a1, a2=a2, text=text,
                      ev=list(ev), wire=wire, gloc=loc if gloc is DEF else gloc, src=src))


def _line(t, victim, actor, n, evidence, q=DEF, cum=False, loc=DEF, date=DEF, by=None, s=True, cause=DEF,
          eq=None, note=None):
    return dict(type=t, victim=victim, actor=actor, count=n,
                qualifier=(('EXACT' if n is not None else None) if q is DEF else q),
                cumulative=cum, equipment=eq, location=loc, date=date, claimedBy=by, evidence=evidence,
                scored=s, cause=cause, note=note)


def K(victim, n, evidence, actor=None, **kw): return _line('KILLED', victim, actor, n, evidence, **kw)
def W(victim, n, evidence, actor=None, **kw): return _line('WOUNDED', victim, actor, n, evidence, **kw)
def D(victim, n, evidence, actor=None, **kw): return _line('DISPLACEMENT', victim, actor, n, evidence, **kw)
def E(victim, eq, evidence, n=None, actor=None, **kw): return _line('EQUIPMENT_LOSS', victim, actor, n, evidence, eq=eq, **kw)
def A(actor, evidence, victim=None, n=None, **kw): return _line('ATTACK', victim, actor, n, evidence, **kw)
def C(actor, evidence, victim=None, n=None, **kw): return _line('CAPTURE', victim, actor, n, evidence, **kw)
def O(actor, evidence, victim=None, **kw): return _line('OFFENSIVE', victim, actor, None, evidence, **kw)
def DEP(actor, evidence, n=None, **kw): return _line('DEPLOYMENT', None, actor, n, evidence, **kw)
def T(actor, evidence, victim=None, **kw): return _line('TALKS', victim, actor, None, evidence, **kw)
def TH(actor, evidence, victim=None, **kw): return _line('THREAT', victim, actor, None, evidence, **kw)
