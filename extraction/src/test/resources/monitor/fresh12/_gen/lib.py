"""Compact item format of the monitor-y set (writer Y).

An item:  I(key, style, rep, date, country, kind, loc, admin1, admin2, fat, text, *lines)
  style  'note' | 'news' | 'wire'
  rep    the date line (ISO)
  date   the coder's event date: ISO, 'rep', 'rep-N' or a weekday ('Mon'..'Sun', latest on or before rep)
  loc    the tsv location (verbatim in the text, or '')
  fat    the hand-written fatality figure (checked against the gold by gen.py)
  kind   'protest_or_statement' marks a no-event item
A gold line: K (KILLED), W (WOUNDED), E (EQUIPMENT_LOSS), D (DISPLACEMENT), A (ATTACK), C (CAPTURE),
  O (OFFENSIVE), DP (DEPLOYMENT), T (THREAT), TK (TALKS).
  K(victim, count, evidence, q='EXACT' when a count is given, actor=, loc=, date=, by=, cum=, s=, cause=, note=)
  E(victim, equipment, evidence, n=None, ...);  D(victim, count, evidence, ...)
  A/C/O/DP/T/TK(actor, evidence, victim=None, n=None, ...)
  loc defaults to the item's tsv location ('-' = null); date defaults to the item's date (None = null).
"""
ITEMS = []
_DEF = object()


def _line(t, victim, actor, n, q, ev, kw):
    if n is not None and q is None:
        q = 'EXACT'
    d = dict(type=t, victim=victim, actor=actor, count=n, qualifier=q, evidence=ev,
             loc=kw.pop('loc', _DEF), date=kw.pop('date', _DEF), by=kw.pop('by', None),
             cum=kw.pop('cum', False), s=kw.pop('s', True), note=kw.pop('note', None),
             equipment=kw.pop('equipment', None))
    if t in ('KILLED', 'WOUNDED'):
        d['cause'] = kw.pop('cause', 'violence')
    if kw:
        raise ValueError('unknown keys %s in %r' % (kw, ev))
    return d


def K(v, n, ev, q=None, actor=None, **kw): return _line('KILLED', v, actor, n, q, ev, kw)
def W(v, n, ev, q=None, actor=None, **kw): return _line('WOUNDED', v, actor, n, q, ev, kw)
def E(v, eq, ev, n=None, q=None, actor=None, **kw): return _line('EQUIPMENT_LOSS', v, actor, n, q, ev, dict(kw, equipment=eq))
def D(v, n, ev, q=None, actor=None, **kw): return _line('DISPLACEMENT', v, actor, n, q, ev, kw)
def A(actor, ev, victim=None, n=None, q=None, **kw): return _line('ATTACK', victim, actor, n, q, ev, kw)
def C(actor, ev, victim=None, n=None, q=None, **kw): return _line('CAPTURE', victim, actor, n, q, ev, kw)
def O(actor, ev, victim=None, n=None, q=None, **kw): return _line('OFFENSIVE', victim, actor, n, q, ev, kw)
def DP(actor, ev, victim=None, n=None, q=None, **kw): return _line('DEPLOYMENT', victim, actor, n, q, ev, kw)
def T(actor, ev, victim=None, n=None, q=None, **kw): return _line('THREAT', victim, actor, n, q, ev, kw)
def TK(actor, ev, victim=None, n=None, q=None, **kw): return _line('TALKS', victim, actor, n, q, ev, kw)


def I(key, style, rep, date, country, kind, loc, a1, a2, fat, text, *lines):
    ITEMS.append(dict(key=key, style=style, rep=rep, date=date, country=country, kind=kind, loc=loc,
                      a1=a1, a2=a2, fat=fat, text=text.strip('\n'), lines=list(lines)))


def N(headline, *paras):
    """A news article: headline line, blank line, paragraphs separated by blank lines (the first carries the dateline)."""
    return headline + '\n\n' + '\n\n'.join(paras)


def N4(headline, *paras):
    """A news article whose last two paragraphs are run together (a four- or five-paragraph layout)."""
    return N(headline, *(list(paras[:-2]) + [paras[-2] + ' ' + paras[-1]]))
