"""Compact authoring format for monitor-v (writer V).

An item: I(key, report_date, style, tsv, text, gold, fat)
  style: 'note' | 'news' | 'wire'
  tsv:   'date|country|kind|location|admin1|admin2'  (date 'r' = report date; ISO otherwise)
  text:  the item text (news: headline line, blank line, paragraphs separated by blank lines)
  gold:  list of compact lines 'T|victim|actor|count|loc|date|claimedBy|evidence|flags|note'
         T: K W E D O C A Dp Th Tk
         count: '' none, '3' EXACT, '>3' AT_LEAST, '~3' ABOUT, '<3' UP_TO
         date: '' null, 'r' report date, 'r-N' N days before, a weekday name (latest on or before the report date),
               'Mon-N' N days before that weekday, ISO
         flags: space-separated: u (unscored), c (cumulative), eq=TANK, cause=accident ...
  fat:   the hand-written fatality figure (sum of scored non-cumulative violent KILLED counts)
"""
import datetime

ITEMS = []
EXTRA = {}


def ADD(key, *lines):
    """Extra (headline) lines for an item written earlier."""
    EXTRA.setdefault(key, []).extend(lines)
TYPES = {'K': 'KILLED', 'W': 'WOUNDED', 'E': 'EQUIPMENT_LOSS', 'D': 'DISPLACEMENT', 'O': 'OFFENSIVE', 'C': 'CAPTURE',
         'A': 'ATTACK', 'Dp': 'DEPLOYMENT', 'Th': 'THREAT', 'Tk': 'TALKS'}
WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def I(key, rep, style, tsv, text, gold, fat, noevent=False):
    ITEMS.append(dict(key=key, rep=rep, style=style, tsv=tsv, text=text.strip('\n'), gold=gold, fat=fat, noevent=noevent))


def resolve(d, rep):
    r = datetime.date.fromisoformat(rep)
    if d == '':
        return None
    if d == 'r':
        return rep
    if d.startswith('r-'):
        return str(r - datetime.timedelta(days=int(d[2:])))
    base, off = (d.split('-', 1) + ['0'])[:2] if d.split('-')[0] in WD else (None, None)
    if base:
        wd = WD.index(base)
        x = r - datetime.timedelta(days=(r.weekday() - wd) % 7)
        return str(x - datetime.timedelta(days=int(off)))
    datetime.date.fromisoformat(d)
    return d


def parse_count(c):
    if c == '':
        return None, None
    q = {'>': 'AT_LEAST', '~': 'ABOUT', '<': 'UP_TO'}.get(c[0])
    if q:
        return int(c[1:]), q
    return int(c), 'EXACT'
