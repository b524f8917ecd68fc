#!/usr/bin/env python3
"""Expands the item files b*.py into articles/, gold.jsonl, notes.tsv, noevent.json, checking every item.
python3 _gen/gen.py   (from the set folder or anywhere)"""
import collections, datetime, glob, json, os, random, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
for f in sorted(glob.glob(os.path.join(HERE, 'b*.py'))):
    exec(compile(open(f, encoding='utf-8').read(), f, 'exec'), {k: getattr(lib, k) for k in dir(lib)})
ITEMS = lib.ITEMS
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
EQ = {'TANK','HELICOPTER','AIRCRAFT','APC','VEHICLE','ARTILLERY','DEPOT','OTHER'}
NONCONF = {'disaster','accident','disease'}
KINDS = {'attack','armed_clash','air_drone_strike','shelling_artillery_missile','remote_explosive_ied','abduction',
         'gov_regains_territory','nonstate_takes_territory','other_violence','protest_or_statement','disaster','accident','disease'}
ORDER = ['article','type','victim','actor','count','qualifier','cumulative','equipment','location','date','claimedBy','evidence','cluster','scored','cause','note']
errs = []
def err(it, m): errs.append(f'{it.key}: {m}')

def res(spec, rep):
    if spec is None: return None
    r = datetime.date.fromisoformat(rep)
    if spec == 'rep': return rep
    m = re.fullmatch(r'rep-(\d+)', spec)
    if m: return (r - datetime.timedelta(days=int(m.group(1)))).isoformat()
    if spec in WD:
        k = (r.weekday() - WD.index(spec)) % 7
        return (r - datetime.timedelta(days=k)).isoformat()
    datetime.date.fromisoformat(spec); return spec

keys = [it.key for it in ITEMS]
dup = [k for k, n in collections.Counter(keys).items() if n > 1]
if dup: errs.append(f'duplicate keys {dup}')
order = list(ITEMS); random.Random(20261209).shuffle(order)
gold, rows, arts, meta = [], [], {}, {'noevent': [], 'wire': [], 'news': []}
bycountry = collections.Counter(it.country for it in ITEMS)
for c, n in bycountry.items():
    if c != 'Syria' and n > 6: errs.append(f'country {c} has {n} items')
for n, it in enumerate(order, 1):
    aid = 'x%03d' % n; it.id = aid
    t = it.text
    # shape
    if it.style == 'note':
        if '\n' in t or not t: err(it, 'note not one line')
    elif it.style == 'wire':
        if '\n' in t or ' - ' not in t: err(it, 'wire not one line with " - "')
        if t.rstrip().endswith('.'): err(it, 'wire ends with a full stop')
    elif it.style == 'news':
        ls = t.split('\n')
        if len(ls) < 3 or not ls[0].strip() or ls[1] != '': err(it, 'news: headline, blank line')
        paras = [p for p in re.split(r'\n\s*\n', '\n'.join(ls[2:])) if p.strip()]
        words = len(re.findall(r'\S+', t))
        if not 4 <= len(paras) <= 7: err(it, f'news {len(paras)} paragraphs')
        if not 180 <= words <= 420: err(it, f'news {words} words')
        if '\n\n\n' in t: err(it, 'triple newline')
        it.words = words
    else: err(it, 'style')
    if it.kind not in KINDS: err(it, 'kind')
    try: d = res(it.d, it.rep)
    except Exception: err(it, f'bad d {it.d}'); d = it.rep
    if d > it.rep: err(it, 'tsv date after rep')
    if it.loc and it.loc not in t: err(it, f'tsv loc {it.loc!r} not in text')
    if not (2018 <= int(d[:4]) <= 2025): err(it, 'year out of 2018-2025')
    cnt = collections.Counter(); s = 0
    for g in it.gold:
        o = collections.OrderedDict()
        o['article'] = aid + '.txt'; o['type'] = g.type; o['victim'] = g.victim; o['actor'] = g.actor
        c, q = lib._c(g.count)
        if g.q: q = g.q
        o['count'] = c; o['qualifier'] = q; o['cumulative'] = g.cum
        if g.type == 'EQUIPMENT_LOSS':
            o['equipment'] = g.eq
            if g.eq not in EQ: err(it, f'equipment {g.eq}')
        elif g.eq: err(it, 'eq on non-EQ line')
        o['location'] = it.loc if g.loc is lib.DEF else g.loc
        if o['location'] == '': o['location'] = None
        try: o['date'] = d if g.date is lib.DEF else res(g.date, it.rep)
        except Exception: err(it, f'bad date {g.date}'); o['date'] = None
        o['claimedBy'] = g.cb; o['evidence'] = g.ev
        cnt[g.type] += 1
        o['cluster'] = f'{aid}-{g.type.lower()}-{cnt[g.type]}'; o['scored'] = g.sc
        if g.type in ('KILLED', 'WOUNDED'):
            o['cause'] = g.cause or (it.kind if it.kind in NONCONF else 'violence')
        elif g.cause: err(it, 'cause on non-K/W line')
        if g.note: o['note'] = g.note
        # checks
        if not g.ev or g.ev not in t: err(it, f'evidence not verbatim: {g.ev!r}')
        if o['location'] and o['location'] not in t: err(it, f'location {o["location"]!r} not in text')
        if o['date'] and o['date'] > it.rep: err(it, f'date after rep: {g.ev!r}')
        for f in ('victim', 'actor', 'claimedBy'):
            if o[f] is not None and not CODE.match(o[f]): err(it, f'code {f}={o[f]}')
        if g.type in ('KILLED','WOUNDED','DISPLACEMENT','EQUIPMENT_LOSS') and not o['victim']: err(it, 'no victim')
        if g.type not in ('KILLED','WOUNDED','DISPLACEMENT','EQUIPMENT_LOSS') and not o['actor'] and g.sc and g.type != 'ATTACK':
            err(it, f'scored {g.type} with no actor')
        if (c is None) != (q is None): err(it, 'count/qualifier')
        if g.type in ('KILLED','WOUNDED') and c == 1 and q != 'EXACT': err(it, 'singular not EXACT')
        if g.type in ('KILLED','WOUNDED') and g.sc and c is None and re.match(r'(a|an|one|the|another)\b', g.ev.lower()):
            print(f'hint {it.key}: scored K/W without count, evidence starts with an article: {g.ev!r}')
        if c and 1900 <= c <= 2030 and str(c) not in g.ev.replace(',', ''): err(it, 'count looks like a year')
        if g.cum and g.type not in ('KILLED','WOUNDED','DISPLACEMENT','CAPTURE','EQUIPMENT_LOSS'): err(it, f'cumulative on {g.type}')
        if it.kind in NONCONF:
            if g.type in ('ATTACK','CAPTURE','OFFENSIVE') or o.get('cause') == 'violence' or g.actor: err(it, 'conflict line in non-conflict item')
        elif o.get('cause') not in (None, 'violence'): err(it, 'non-violent cause in a conflict item')
        if g.type == 'KILLED' and g.sc and not g.cum and o['cause'] == 'violence' and c: s += c
        gold.append(o)
    if it.noevent and any(g.sc for g in it.gold): err(it, 'no-event item with scored lines')
    if not it.noevent and not any(g.sc for g in it.gold): err(it, 'no scored line')
    if it.kind in NONCONF and it.fat != 0: err(it, 'non-conflict fatalities')
    if it.fat != s: err(it, f'fatalities {it.fat} != gold sum {s}')
    if it.noevent: meta['noevent'].append(aid)
    if it.style in ('wire', 'news'): meta[it.style].append(aid)
    rows.append([aid, d, it.country, it.kind, it.loc, it.a1, it.a2, str(it.fat)])
    arts[aid] = f' date {it.rep}\n{t}\n'
if errs:
    print('\n'.join('ERROR ' + e for e in errs)); print(f'{len(errs)} errors'); sys.exit(1)
os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
for f in glob.glob(os.path.join(OUT, 'articles', '*.txt')): os.remove(f)
for aid, a in arts.items(): open(os.path.join(OUT, 'articles', aid + '.txt'), 'w', encoding='utf-8').write(a)
with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
    for o in gold: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('\t'.join(['id','date','country','kind','location','admin1','admin2','fatalities']) + '\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
json.dump(meta, open(os.path.join(OUT, 'noevent.json'), 'w'), indent=1)
with open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8') as fh:
    for it in order: fh.write('\t'.join([it.id, it.key, it.style, it.country, it.kind]) + '\n')
print(f'{len(order)} items, {len(gold)} gold lines ({sum(o["scored"] for o in gold)} scored), 0 errors')
