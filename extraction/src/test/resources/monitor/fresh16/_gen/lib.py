"""Compact item form for the fresh16 set (writer AC).

item(key, style, rep, date, country, kind, loc, admin1, admin2, fat, text, *lines)
  style: 'note' | 'news' | 'wire'; rep: report date (ISO); date: coder's event date (ISO or a date token);
  fat: hand-written fatality figure (checked against the gold); text: the item text (news: N(headline, paras...)).
Line calls: K killed, W wounded, E equipment loss, D displacement, A attack, C capture, O offensive,
  DP deployment, T threat, TK talks.  Common keywords: loc ('=' the item's place), d (date token, '=' the item's
  date), by (claimedBy), cum, s (scored), q ('AL' at least, 'AB' about, 'UP' up to; default EXACT when a count is
  given), a (actor), v (victim), note.
Date tokens: ISO, None, 'rep', 'rep-N', 'Mon'..'Sun' (the latest such day on or before the report date), '='.
"""
ITEMS = []
QMAP = {None: None, 'EX': 'EXACT', 'AL': 'AT_LEAST', 'AB': 'ABOUT', 'UP': 'UP_TO'}


def N(headline, *paras):
    return headline + '\n\n' + '\n\n'.join(paras)


def item(key, style, rep, date, country, kind, loc, a1, a2, fat, text, *lines):
    ITEMS.append(dict(key=key, style=style, rep=rep, date=date, country=country, kind=kind, loc=loc, a1=a1, a2=a2,
                      fat=fat, text=text, lines=list(lines)))


def _line(t, ev, *, v=None, a=None, n=None, q=None, cum=False, eq=None, loc='=', d='=', by=None, s=True, note=None,
          cause=None):
    if n is not None and q is None:
        q = 'EX'
    return dict(type=t, victim=v, actor=a, count=n, qualifier=QMAP[q], cumulative=cum, equipment=eq, location=loc,
                date=d, claimedBy=by, evidence=ev, scored=s, note=note, cause=cause)


def K(v, n, ev, **k): return _line('KILLED', ev, v=v, n=n, **k)
def W(v, n, ev, **k): return _line('WOUNDED', ev, v=v, n=n, **k)
def E(v, eq, n, ev, **k): return _line('EQUIPMENT_LOSS', ev, v=v, n=n, eq=eq, **k)
def D(v, n, ev, **k): return _line('DISPLACEMENT', ev, v=v, n=n, **k)
def A(a, ev, **k): return _line('ATTACK', ev, a=a, **k)
def C(a, ev, **k): return _line('CAPTURE', ev, a=a, **k)
def O(a, ev, **k): return _line('OFFENSIVE', ev, a=a, **k)
def DP(a, ev, **k): return _line('DEPLOYMENT', ev, a=a, **k)
def T(a, ev, **k): return _line('THREAT', ev, a=a, **k)
def TK(a, ev, **k): return _line('TALKS', ev, a=a, **k)


def EXTRA(key, *lines):
    """Review additions: gold lines appended to the item `key` (b9.py)."""
    for it in ITEMS:
        if it['key'] == key:
            it['lines'].extend(lines); return
    raise KeyError(key)
