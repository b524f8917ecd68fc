"""Compact form of the fresh15 items (writer AB).

item(key, style, rep, date, country, kind, loc, admin1, admin2, fat, text, *lines)
  key    a short unique key (the shuffle sorts by it)
  style  'note' | 'news' | 'wire'
  rep    the report date (the article's date line), ISO
  date   the coder's event date (notes.tsv), ISO
  loc    the tsv location ('' for none); admin1/admin2 best-effort ('' if unsure)
  fat    the hand-written fatality figure: people killed by violence in the item's own incident(s)
  text   the note / wire text, or N(headline, para, para, ...) for a news article

Gold lines, one call each:
  K(victim, n, ev, ...) KILLED       W(victim, n, ev, ...) WOUNDED
  E(victim, equip, n, ev, ...)       EQUIPMENT_LOSS
  D(victim, n, ev, ...) DISPLACEMENT
  A(actor, ev, ...) ATTACK   C(actor, ev, ...) CAPTURE   O(actor, ev, ...) OFFENSIVE
  DP(actor, ev, ...) DEPLOYMENT  T(actor, ev, ...) THREAT  TK(actor, ev, ...) TALKS
Keywords: q= 'AL' (AT_LEAST) | 'AB' (ABOUT) | 'UP' (UP_TO), default EXACT when n is given;
  a= actor (victim types), v= victim (actor types), n= count (actor types),
  l= location (default the item's tsv location; '-' null), d= date (default the item's date;
  'Mon'..'Sun' the latest such day on or before rep; 'rep'; 'rep-N'; ISO; '-' null),
  c= claimedBy, cum=True, s=False (unscored), cause= (default: violence, or the kind of a non-conflict item),
  note= a note.
"""
ITEMS = []
EXTRA = {}

QUALS = {None: 'EXACT', 'AL': 'AT_LEAST', 'AB': 'ABOUT', 'UP': 'UP_TO', 'EX': 'EXACT'}


def _line(typ, victim, actor, n, ev, equip=None, q=None, l=None, d=None, c=None, cum=False, s=True, cause=None, note=None):
    return dict(type=typ, victim=victim, actor=actor, count=n, qualifier=(QUALS[q] if n is not None else None),
                cumulative=cum, equipment=equip, l=l, d=d, claimedBy=c, evidence=ev, scored=s, cause=cause, note=note)


def K(victim, n, ev, a=None, **kw): return _line('KILLED', victim, a, n, ev, **kw)
def W(victim, n, ev, a=None, **kw): return _line('WOUNDED', victim, a, n, ev, **kw)
def E(victim, equip, n, ev, a=None, **kw): return _line('EQUIPMENT_LOSS', victim, a, n, ev, equip=equip, **kw)
def D(victim, n, ev, a=None, **kw): return _line('DISPLACEMENT', victim, a, n, ev, **kw)
def A(actor, ev, v=None, n=None, **kw): return _line('ATTACK', v, actor, n, ev, **kw)
def C(actor, ev, v=None, n=None, **kw): return _line('CAPTURE', v, actor, n, ev, **kw)
def O(actor, ev, v=None, n=None, **kw): return _line('OFFENSIVE', v, actor, n, ev, **kw)
def DP(actor, ev, v=None, n=None, **kw): return _line('DEPLOYMENT', v, actor, n, ev, **kw)
def T(actor, ev, v=None, n=None, **kw): return _line('THREAT', v, actor, n, ev, **kw)
def TK(actor, ev, v=None, n=None, **kw): return _line('TALKS', v, actor, n, ev, **kw)


class N:
    """A news article: a headline and 4-7 paragraphs (the first starts with its dateline)."""
    def __init__(self, headline, *paras):
        self.headline, self.paras = headline, list(paras)

    def text(self):
        return self.headline + '\n\n' + '\n\n'.join(self.paras)


def item(key, style, rep, date, country, kind, loc, admin1, admin2, fat, text, *lines):
    assert style in ('note', 'news', 'wire'), key
    ITEMS.append(dict(key=key, style=style, rep=rep, date=date, country=country, kind=kind, loc=loc,
                      admin1=admin1, admin2=admin2, fat=fat, text=text, lines=list(lines)))
