"""Compact item form for the fresh14 set (writer AA).

I(key, style, rep, date, country, kind, loc, a1, a2, fat, text, *lines)
  style: 'note' | 'news' | 'wire'; rep: report date (date line); date: the coder's event date
  (ISO, a weekday 'Mon'..'Sun' resolved to the latest such day on or before rep, 'rep' or 'rep-N');
  fat: the hand-written fatality figure; text: the item text (news: built with N()).
Lines (one call per gold line):
  K/W(victim, n, evidence, loc, date, **kw)        KILLED / WOUNDED (kw: a=actor, cb=claimedBy, cum, s=scored, cause, note)
  E(victim, equipment, n, evidence, loc, date, **kw) EQUIPMENT_LOSS
  D(victim, n, evidence, loc, date, **kw)          DISPLACEMENT
  A(actor, victim, n, evidence, loc, date, **kw)   ATTACK
  C(actor, evidence, loc, date, **kw)              CAPTURE (kw n= for a count of places)
  O / DP / T / TK(actor, evidence, loc, date, **kw) OFFENSIVE / DEPLOYMENT / THREAT / TALKS (kw v= victim/target)
  n: None, an int (EXACT), or a string '>=12' (AT_LEAST), '~12' (ABOUT), '<=12' (UP_TO).
"""
ITEMS = []

def _n(n):
    if n is None: return None, None
    if isinstance(n, int): return n, 'EXACT'
    for p, q in (('>=', 'AT_LEAST'), ('~', 'ABOUT'), ('<=', 'UP_TO')):
        if n.startswith(p): return int(n[len(p):]), q
    raise ValueError(n)

def L(t, victim, actor, n, ev, loc, date, cb=None, cum=False, s=True, cause='violence', note=None, eq=None):
    c, q = _n(n)
    d = dict(type=t, victim=victim, actor=actor, count=c, qualifier=q, cumulative=cum, location=loc, date=date,
             claimedBy=cb, evidence=ev, scored=s)
    if t == 'EQUIPMENT_LOSS': d['equipment'] = eq
    if t in ('KILLED', 'WOUNDED'): d['cause'] = cause
    if note: d['note'] = note
    return d

def K(v, n, ev, loc, date, a=None, **kw): return L('KILLED', v, a, n, ev, loc, date, **kw)
def W(v, n, ev, loc, date, a=None, **kw): return L('WOUNDED', v, a, n, ev, loc, date, **kw)
def E(v, eq, n, ev, loc, date, a=None, **kw): return L('EQUIPMENT_LOSS', v, a, n, ev, loc, date, eq=eq, **kw)
def D(v, n, ev, loc, date, a=None, **kw): return L('DISPLACEMENT', v, a, n, ev, loc, date, **kw)
def A(a, v, n, ev, loc, date, **kw): return L('ATTACK', v, a, n, ev, loc, date, **kw)
def C(a, ev, loc, date, v=None, n=None, **kw): return L('CAPTURE', v, a, n, ev, loc, date, **kw)
def O(a, ev, loc, date, v=None, **kw): return L('OFFENSIVE', v, a, None, ev, loc, date, **kw)
def DP(a, ev, loc, date, v=None, n=None, **kw): return L('DEPLOYMENT', v, a, n, ev, loc, date, **kw)
def T(a, ev, loc, date, v=None, **kw): return L('THREAT', v, a, None, ev, loc, date, **kw)
def TK(a, ev, loc, date, v=None, **kw): return L('TALKS', v, a, None, ev, loc, date, **kw)

def N(headline, *paras): return headline + '\n\n' + '\n\n'.join(paras)

def I(key, style, rep, date, country, kind, loc, a1, a2, fat, text, *lines):
    ITEMS.append(dict(key=key, style=style, rep=rep, date=date, country=country, kind=kind, loc=loc, a1=a1, a2=a2,
                      fat=fat, text=text, lines=list(lines)))
