"""Compact item form for monitor-w (writer W).

An item:  it(key, rep, date, country, kind, loc, a1, a2, fat, style, text, gold, noevent=False)
  rep      report date (the date line), ISO
  date     the coder's event date: ISO, a weekday ('Tue'), an int offset from rep (-1), or 'rep'
  loc      the coder's location (must occur in the text); also the default gold location
  fat      the hand-written fatality figure (checked against the gold)
  style    'note' | 'news' | 'wire'
  text     the item text (news: headline line, blank line, paragraphs separated by blank lines)
  gold     list of lines made by K W E D O C A P T TK below

A gold line: K(victim, count, evidence, **kw) etc. Keyword options:
  q   'AL' at least / 'AB' about / 'UT' up to / 'EX' exact (default EXACT when a count is given)
  loc gold location (default: the item's loc; None for none)
  d   date: ISO, weekday ('Tue'), int offset from rep, 'rep', None (default: the item's date)
  cum cumulative (default False); sc scored (default True); by claimedBy; actor / victim; cause; note
"""
import datetime

DEF = object()
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
QM = {'AL': 'AT_LEAST', 'AB': 'ABOUT', 'UT': 'UP_TO', 'EX': 'EXACT', None: None}


def resolve(d, rep):
    r = datetime.date.fromisoformat(rep)
    if d is None:
        return None
    if d == 'rep':
        return rep
    if isinstance(d, int):
        return (r + datetime.timedelta(days=d)).isoformat()
    if d in WD:
        k = (r.weekday() - WD.index(d)) % 7
        return (r - datetime.timedelta(days=k)).isoformat()
    datetime.date.fromisoformat(d)
    return d


def L(typ, victim=None, actor=None, n=None, ev='', q=None, loc=DEF, d=DEF, cum=False, eq=None, sc=True,
      by=None, cause=None, note=None):
    return dict(type=typ, victim=victim, actor=actor, count=n, q=q, ev=ev, loc=loc, d=d, cum=cum, eq=eq, sc=sc,
                by=by, cause=cause, note=note)


def K(v, n, ev, **kw): return L('KILLED', victim=v, n=n, ev=ev, **kw)
def W(v, n, ev, **kw): return L('WOUNDED', victim=v, n=n, ev=ev, **kw)
def D(v, n, ev, **kw): return L('DISPLACEMENT', victim=v, n=n, ev=ev, **kw)
def E(v, eq, n, ev, **kw): return L('EQUIPMENT_LOSS', victim=v, eq=eq, n=n, ev=ev, **kw)
def O(a, ev, **kw): return L('OFFENSIVE', actor=a, ev=ev, **kw)
def C(a, ev, **kw): return L('CAPTURE', actor=a, ev=ev, **kw)
def A(a, ev, **kw): return L('ATTACK', actor=a, ev=ev, **kw)
def P(a, ev, **kw): return L('DEPLOYMENT', actor=a, ev=ev, **kw)
def T(a, ev, **kw): return L('THREAT', actor=a, ev=ev, **kw)
def TK(a, ev, **kw): return L('TALKS', actor=a, ev=ev, **kw)


def it(key, rep, date, country, kind, loc, a1, a2, fat, style, text, gold, noevent=False):
    return dict(key=key, rep=rep, date=date, country=country, kind=kind, loc=loc, a1=a1, a2=a2, fat=fat,
                style=style, text=text.strip('\n'), gold=gold, noevent=noevent)
