"""Compact item format for the fresh17 set (writer AD).

An item is written with

    I(key, style, rep, date, country, kind, loc, a1, a2, fat, text, *lines, noevent=False)

- key: a short unique name (the shuffle sorts by it);
- style: 'note' (a monitor's daily note, one line), 'news' (built with N(headline, para, ...)), 'wire' (headline " - "
  lead on one line, cut mid-sentence);
- rep: the report date (ISO), written as the date line; date: the coder's event date (ISO) for notes.tsv;
- country, kind, loc, a1, a2: notes.tsv columns; fat: the hand-written fatality figure (checked against the gold);
- lines: one call per gold line:
    K(victim, n, evidence, **kw)   KILLED          W(...)  WOUNDED        D(...) DISPLACEMENT
    E(victim, equipment, n, evidence, **kw)          EQUIPMENT_LOSS
    A(actor, evidence, **kw)  ATTACK   C(...) CAPTURE   O(...) OFFENSIVE   DP(...) DEPLOYMENT
    T(...) THREAT   TK(...) TALKS
  n: None (no count), an int (EXACT), or a string '>12' (AT_LEAST), '~12' (ABOUT), '<12' (UP_TO), '12' (EXACT);
  kw: a= actor (victim types), v= victim (actor types), n= count (actor types), loc= location ('-' null; default the
  item's loc), d= date (ISO, 'Mon'..'Sun' = latest such day on or before rep, 'rep', 'rep-N', '-' null; default the
  item's date, or rep for cumulative lines), by= claimedBy, cum= cumulative, s= scored (default True),
  cause= (default: violence, or the kind of a non-conflict item), note=.
"""
ITEMS = []
NONCONF = {'disaster', 'accident', 'disease'}


def N(headline, *paras):
    return headline + '\n\n' + '\n\n'.join(paras)


def I(key, style, rep, date, country, kind, loc, a1, a2, fat, text, *lines, noevent=False):
    ITEMS.append(dict(key=key, style=style, rep=rep, date=date, country=country, kind=kind, loc=loc, a1=a1, a2=a2,
                      fat=fat, text=text, lines=list(lines), noevent=noevent))


def _line(t, party, n, ev, kw, victim_type=True):
    d = dict(type=t, n=n, ev=ev, kw=kw)
    if victim_type:
        d['victim'] = party; d['actor'] = kw.get('a')
    else:
        d['actor'] = party; d['victim'] = kw.get('v')
    return d


def K(v, n, ev, **kw): return _line('KILLED', v, n, ev, kw)
def W(v, n, ev, **kw): return _line('WOUNDED', v, n, ev, kw)
def D(v, n, ev, **kw): return _line('DISPLACEMENT', v, n, ev, kw)
def E(v, eq, n, ev, **kw):
    d = _line('EQUIPMENT_LOSS', v, n, ev, kw); d['equipment'] = eq; return d
def A(a, ev, **kw): return _line('ATTACK', a, kw.get('n'), ev, kw, False)
def C(a, ev, **kw): return _line('CAPTURE', a, kw.get('n'), ev, kw, False)
def O(a, ev, **kw): return _line('OFFENSIVE', a, kw.get('n'), ev, kw, False)
def DP(a, ev, **kw): return _line('DEPLOYMENT', a, kw.get('n'), ev, kw, False)
def T(a, ev, **kw): return _line('THREAT', a, kw.get('n'), ev, kw, False)
def TK(a, ev, **kw): return _line('TALKS', a, kw.get('n'), ev, kw, False)
