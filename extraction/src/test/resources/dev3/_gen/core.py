"""Helpers shared by the batch files: an article record A(...) and an event line E(...)."""
import datetime

WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
Q = {'E': 'EXACT', 'A': 'AT_LEAST', 'B': 'ABOUT', 'U': 'UP_TO', None: None}
ITEMS = []


def A(tid, date, country, style, head, paras, events, cut=False):
    ITEMS.append(dict(tid=tid, date=date, country=country, style=style, head=head, paras=paras, events=events, cut=cut))


def E(t, victim, actor, count, q, loc, date, ev, by=None, cum=False, sc=True, cause=None, eq=None, note=None, cl=None):
    """date: ISO, a weekday name (latest such day on or before the date line), 'R' (the report day) or None."""
    if t in ('KILLED', 'WOUNDED') and cause is None:
        cause = 'violence'
    return dict(type=t, victim=victim, actor=actor, count=count, qualifier=Q[q], cumulative=cum, equipment=eq,
                location=loc, date=date, claimedBy=by, evidence=ev, scored=sc, cause=cause, note=note, key=cl)


def resolve(d, rep):
    if d is None:
        return None
    if d == 'R':
        return rep
    if d in WD:
        r = datetime.date.fromisoformat(rep)
        while WD[r.weekday()] != d:
            r -= datetime.timedelta(days=1)
        return r.isoformat()
    datetime.date.fromisoformat(d)
    return d
