"""Compact item form for monitor-z (writer Z).

I(key, style, rep, date, country, kind, loc, a1, a2, fat, text, *lines)
  style: 'note' | 'news' | 'wire';  rep: report date (ISO) for the date line;
  date: the coder's event date: ISO, 'rep', 'rep-N' or a weekday 'Mon'..'Sun' (latest such day on or before rep);
  fat: the hand-written fatality figure (checked against the gold by gen.py).
News texts are built with N(headline, para, para, ...).
Line helpers (one call per gold line):
  K(victim, count, evidence, **kw)  KILLED      W(...) WOUNDED
  E(victim, equipment, count, evidence, **kw)   EQUIPMENT_LOSS
  D(victim, count, evidence, **kw)  DISPLACEMENT
  A(actor, evidence, **kw) ATTACK   C(actor, evidence, **kw) CAPTURE   O(actor, evidence, **kw) OFFENSIVE
  DP(actor, evidence, **kw) DEPLOYMENT   T(actor, evidence, **kw) THREAT   TK(actor, evidence, **kw) TALKS
  keywords: v victim (A/C/O/DP/T/TK), a actor (K/W/E/D), n count (A/C/O/DP/T/TK), q qualifier 'E','AL','AB','UT'
  (default E when a count is given), l location (default: the item's tsv location if it is in the text, else None;
  l=None for none), d date (default: the item's event date; same forms as `date`, or None), cum, cb claimedBy,
  s scored (default True), c cause (default: the item's kind when non-conflict, else 'violence'), note.
"""
ITEMS = []
Q = {'E': 'EXACT', 'AL': 'AT_LEAST', 'AB': 'ABOUT', 'UT': 'UP_TO', None: None}


def N(head, *paras):
    return head + '\n\n' + '\n\n'.join(paras)


def I(key, style, rep, date, country, kind, loc, a1, a2, fat, text, *lines):
    ITEMS.append(dict(key=key, style=style, rep=rep, date=date, country=country, kind=kind, loc=loc, a1=a1, a2=a2,
                      fat=fat, text=text, lines=list(lines)))


def _line(t, victim, actor, count, ev, kw):
    q = kw.pop('q', 'E' if count is not None else None)
    d = dict(type=t, victim=victim, actor=actor, count=count, qualifier=Q[q], evidence=ev, **kw)
    return d


def K(v, n, ev, **kw): return _line('KILLED', v, kw.pop('a', None), n, ev, kw)
def W(v, n, ev, **kw): return _line('WOUNDED', v, kw.pop('a', None), n, ev, kw)
def E(v, eq, n, ev, **kw):
    d = _line('EQUIPMENT_LOSS', v, kw.pop('a', None), n, ev, kw); d['equipment'] = eq; return d
def D(v, n, ev, **kw): return _line('DISPLACEMENT', v, kw.pop('a', None), n, ev, kw)
def _act(t, a, ev, kw): return _line(t, kw.pop('v', None), a, kw.pop('n', None), ev, kw)
def A(a, ev, **kw): return _act('ATTACK', a, ev, kw)
def C(a, ev, **kw): return _act('CAPTURE', a, ev, kw)
def O(a, ev, **kw): return _act('OFFENSIVE', a, ev, kw)
def DP(a, ev, **kw): return _act('DEPLOYMENT', a, ev, kw)
def T(a, ev, **kw): return _act('THREAT', a, ev, kw)
def TK(a, ev, **kw): return _act('TALKS', a, ev, kw)
