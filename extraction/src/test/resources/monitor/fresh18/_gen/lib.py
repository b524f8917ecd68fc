"""Compact item form for monitor-ae (writer AE).

An item:  I(key, style, rep, date, country, kind, place, admin1, admin2, fat, text, *lines)
  style  'note' | 'news' | 'wire';  rep  the report date (date line);  date  the coder's event date (ISO)
  fat    the hand-written fatality figure (checked against the gold sum)
  text   the note; for news use N(headline, para, para, ...)
A gold line: one call per line.
  K victim killed, W wounded, E equipment loss (eq=...), D displacement, A attack, C capture, O offensive,
  DP deployment, T threat, TK talks.
  K(victim, n, evidence, loc='=', d='=', actor=None, by=None, cum=False, s=True, note=None)
  n: int (EXACT), '>12' (AT_LEAST), '~12' (ABOUT), '<12' (UP_TO) or None (no count)
  loc '=' the item's place; d '=' the item's event date; d may be ISO, 'rep', 'rep-N', 'Mon'..'Sun' (the latest such
  day on or before the date line), 'Mon-7' (that day minus 7) or None.
"""
ITEMS = []


def N(head, *paras):
    return head + '\n\n' + '\n\n'.join(paras)


def I(key, style, rep, date, country, kind, place, a1, a2, fat, text, *lines):
    ITEMS.append(dict(key=key, style=style, rep=rep, date=date, country=country, kind=kind, place=place, a1=a1,
                      a2=a2, fat=fat, text=text, lines=list(lines)))


def L(type, ev, victim=None, actor=None, n=None, loc='=', d='=', by=None, cum=False, s=True, eq=None, note=None, cause=None):
    return dict(type=type, ev=ev, victim=victim, actor=actor, n=n, loc=loc, d=d, by=by, cum=cum, s=s, eq=eq, note=note, cause=cause)


def K(v, n, ev, **kw): return L('KILLED', ev, victim=v, n=n, **kw)
def W(v, n, ev, **kw): return L('WOUNDED', ev, victim=v, n=n, **kw)
def E(v, eq, n, ev, **kw): return L('EQUIPMENT_LOSS', ev, victim=v, n=n, eq=eq, **kw)
def D(v, n, ev, **kw): return L('DISPLACEMENT', ev, victim=v, n=n, **kw)
def A(actor, ev, victim=None, n=None, **kw): return L('ATTACK', ev, victim=victim, actor=actor, n=n, **kw)
def C(actor, ev, n=None, **kw): return L('CAPTURE', ev, actor=actor, n=n, **kw)
def O(actor, ev, **kw): return L('OFFENSIVE', ev, actor=actor, **kw)
def DP(actor, ev, n=None, **kw): return L('DEPLOYMENT', ev, actor=actor, n=n, **kw)
def T(actor, ev, victim=None, **kw): return L('THREAT', ev, actor=actor, victim=victim, **kw)
def TK(actor, ev, victim=None, **kw): return L('TALKS', ev, actor=actor, victim=victim, **kw)
