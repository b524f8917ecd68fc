"""Compact item format for monitor-u (writer U).

An item:  I(key, rep, style, tsv, fat, text, events, noevent=False)
  key    a unique hand-given key (S01, N05, ...)
  rep    report date (date line), ISO
  style  'note' | 'news' | 'wire'
  tsv    'date|country|kind|location|admin1|admin2'  (the coder's row)
  fat    the coder's fatality figure, written by hand
  text   the item text (news: headline line, then paragraphs separated by blank lines)
  events list of event tuples built with the helpers below

Event helpers (count None -> qualifier None; q: E exact, L at least, A about, U up to):
  K(victim, count, q, evidence, **kw)     KILLED
  W(victim, count, q, evidence, **kw)     WOUNDED
  EQ(victim, equipment, count, q, evidence, **kw)  EQUIPMENT_LOSS
  DSP(victim, count, q, evidence, **kw)   DISPLACEMENT
  A(actor, evidence, **kw)                ATTACK (count optional via n=, q=)
  C(actor, evidence, loc, **kw)           CAPTURE
  O(actor, evidence, **kw)                OFFENSIVE
  DEP(actor, evidence, **kw)              DEPLOYMENT
  T(actor, evidence, **kw)                THREAT
  TK(actor, evidence, **kw)               TALKS
kw: a= actor (victim types), v= victim (actor types), l= location ('-' = null; default: the item's dl or tsv location),
    d= date (ISO, a weekday 'Mon'..'Sun' resolved to the latest such day on or before rep, 'rep', '-' = null;
    default: the item's dd or tsv date), cb= claimedBy, cum= cumulative, s= scored, note=, cause= (default from kind)
"""
import datetime

ITEMS = []
QMAP = {'E': 'EXACT', 'L': 'AT_LEAST', 'A': 'ABOUT', 'U': 'UP_TO', None: None}
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def resolve(d, rep):
    if d in WD:
        r = datetime.date.fromisoformat(rep)
        k = (r.weekday() - WD.index(d)) % 7
        return (r - datetime.timedelta(days=k)).isoformat()
    if d == 'rep':
        return rep
    if d == '-':
        return None
    return d


def _ev(t, **kw):
    kw['type'] = t
    return kw


def K(victim, count, q, ev, **kw): return _ev('KILLED', victim=victim, count=count, q=q, ev=ev, **kw)
def W(victim, count, q, ev, **kw): return _ev('WOUNDED', victim=victim, count=count, q=q, ev=ev, **kw)
def EQ(victim, eq, count, q, ev, **kw): return _ev('EQUIPMENT_LOSS', victim=victim, eq=eq, count=count, q=q, ev=ev, **kw)
def DSP(victim, count, q, ev, **kw): return _ev('DISPLACEMENT', victim=victim, count=count, q=q, ev=ev, **kw)
def A(actor, ev, **kw): return _ev('ATTACK', a=actor, ev=ev, **kw)
def C(actor, ev, loc, **kw): return _ev('CAPTURE', a=actor, ev=ev, l=loc, **kw)
def O(actor, ev, **kw): return _ev('OFFENSIVE', a=actor, ev=ev, **kw)
def DEP(actor, ev, **kw): return _ev('DEPLOYMENT', a=actor, ev=ev, **kw)
def T(actor, ev, **kw): return _ev('THREAT', a=actor, ev=ev, **kw)
def TK(actor, ev, **kw): return _ev('TALKS', a=actor, ev=ev, **kw)


def I(key, rep, style, tsv, fat, text, events, noevent=False, dd=None, dl=None):
    ITEMS.append(dict(key=key, rep=rep, style=style, tsv=tsv, fat=fat, text=text, events=events,
                      noevent=noevent, dd=dd, dl=dl))
