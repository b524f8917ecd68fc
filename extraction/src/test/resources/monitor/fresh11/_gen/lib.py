"""Compact item form for fresh11 (writer X).

An item:  X(key, style, rep, d, country, kind, loc, a1, a2, fat, text, *gold, noevent=False)
  style  'note' | 'news' | 'wire'
  rep    the report date (ISO), written as the article's date line
  d      the coder's event date: ISO, 'rep', 'rep-N', or a weekday ('Mon'..'Sun' = latest such day on or before rep)
  fat    the hand-written fatality figure (checked against the gold)
A gold line: K/W(victim, count, evidence, **kw); E(victim, equipment, evidence, **kw); D(victim, count, evidence, **kw);
  A/C/O/DP/T/TK(actor, evidence, **kw).  count: int, '>=N' (AT_LEAST), '~N' (ABOUT), '<=N' (UP_TO), 'N' or None.
  kw: loc (default: the item's loc; None for none), date (default: the item's d; same specs, or None), actor, victim,
      cb (claimedBy), cum, sc (scored, default True), note, cause (default: violence, or the kind of a non-conflict item),
      count (on A/C/O/DP/T/TK/E), q (explicit qualifier).
"""
ITEMS = []
DEF = object()

class G:
    def __init__(self, type, victim=None, actor=None, count=None, ev='', loc=DEF, date=DEF, cb=None, cum=False,
                 sc=True, note=None, cause=None, eq=None, q=None):
        self.__dict__.update(locals()); del self.__dict__['self']

def _c(count):
    if count is None: return None, None
    if isinstance(count, int): return count, 'EXACT'
    s = str(count)
    for p, q in (('>=', 'AT_LEAST'), ('~', 'ABOUT'), ('<=', 'UP_TO')):
        if s.startswith(p): return int(s[len(p):]), q
    return int(s), 'EXACT'

def K(victim, count, ev, actor=None, **kw): return G('KILLED', victim, actor, count, ev, **kw)
def W(victim, count, ev, actor=None, **kw): return G('WOUNDED', victim, actor, count, ev, **kw)
def D(victim, count, ev, actor=None, **kw): return G('DISPLACEMENT', victim, actor, count, ev, **kw)
def E(victim, eq, ev, actor=None, count=None, **kw): return G('EQUIPMENT_LOSS', victim, actor, count, ev, eq=eq, **kw)
def _a(t):
    def f(actor, ev, victim=None, count=None, **kw): return G(t, victim, actor, count, ev, **kw)
    return f
A, C, O, DP, T, TK = (_a(t) for t in ('ATTACK', 'CAPTURE', 'OFFENSIVE', 'DEPLOYMENT', 'THREAT', 'TALKS'))

class Item:
    pass

def X(key, style, rep, d, country, kind, loc, a1, a2, fat, text, *gold, noevent=False):
    it = Item(); it.__dict__.update(key=key, style=style, rep=rep, d=d, country=country, kind=kind, loc=loc, a1=a1,
                                    a2=a2, fat=fat, text=text.strip('\n'), gold=list(gold), noevent=noevent)
    ITEMS.append(it)
