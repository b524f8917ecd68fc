import json
ITEMS=[]
def N(rep, date, country, kind, loc, a1, a2, text, *evs, wire=False, noevent=False):
    ITEMS.append(dict(rep=rep,date=date,country=country,kind=kind,loc=loc,a1=a1,a2=a2,text=text,evs=list(evs),wire=wire,noevent=noevent))
def _e(type, victim=None, actor=None, count=None, qual=None, ev='', loc='@', date='@', cum=False, by=None, scored=True, cause=None, eq=None, note=None):
    if count is not None and qual is None: qual='EXACT'
    d=dict(type=type,victim=victim,actor=actor,count=count,qualifier=qual,cumulative=cum,location=loc,date=date,claimedBy=by,evidence=ev,scored=scored)
    if eq: d['equipment']=eq
    if type in('KILLED','WOUNDED'): d['cause']=cause or 'violence'
    if note: d['note']=note
    return d
def K(v,c,q,ev,**k): return _e('KILLED',victim=v,count=c,qual=q,ev=ev,**k)
def W(v,c,q,ev,**k): return _e('WOUNDED',victim=v,count=c,qual=q,ev=ev,**k)
def A(a,ev,**k): return _e('ATTACK',actor=a,ev=ev,**k)
def C(a,ev,loc='@',**k): return _e('CAPTURE',actor=a,ev=ev,loc=loc,**k)
def Q(v,eq,ev,c=None,**k): return _e('EQUIPMENT_LOSS',victim=v,count=c,qual=None,ev=ev,eq=eq,**k)
def D(v,c,q,ev,**k): return _e('DISPLACEMENT',victim=v,count=c,qual=q,ev=ev,**k)
def O(a,ev,**k): return _e('OFFENSIVE',actor=a,ev=ev,**k)
def T(t,a,ev,**k): return _e(t,actor=a,ev=ev,**k)
import datetime
def wd(rep, name, back=0):
    r=datetime.date.fromisoformat(rep); names=['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
    i=names.index(name)
    d=r-datetime.timedelta(days=(r.weekday()-i)%7)
    return d.isoformat()
