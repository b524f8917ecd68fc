#!/usr/bin/env python3
"""Checks the monitor-j blind set: python3 validate.py [dir]. Prints errors and warnings; exit 1 on errors."""
import json, os, re, sys, collections, datetime
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
err, warn = [], []
TYPES = {'KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS'}
QUAL = {None,'EXACT','AT_LEAST','ABOUT','UP_TO'}
EQ = {'TANK','HELICOPTER','AIRCRAFT','APC','VEHICLE','ARTILLERY','DEPOT','OTHER'}
CAUSE = {'violence','disaster','accident','disease','unknown'}
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
KINDS = {'attack','armed_clash','air_drone_strike','shelling_artillery_missile','remote_explosive_ied','abduction',
         'gov_regains_territory','nonstate_takes_territory','other_violence','protest_or_statement','disaster','accident','disease'}
NONCONF = {'disaster','accident','disease'}
FIELDS = ['article','type','victim','actor','count','qualifier','cumulative','location','date','claimedBy','evidence','cluster','scored']
arts = {}
for f in sorted(os.listdir(os.path.join(D,'articles'))):
    lines = open(os.path.join(D,'articles',f)).read().split('\n')
    m = re.fullmatch(r' date (\d{4}-\d{2}-\d{2})', lines[0])
    if not m: err.append(f'{f}: bad date line')
    arts[f] = (m.group(1) if m else None, '\n'.join(lines[1:]).strip())
if sorted(arts) != ['j%03d.txt' % i for i in range(1,151)]: err.append('articles are not j001..j150')
gold = []
for n, line in enumerate(open(os.path.join(D,'gold.jsonl')), 1):
    try: g = json.loads(line)
    except Exception as e: err.append(f'gold line {n}: JSON {e}'); continue
    gold.append(g)
    a = g.get('article')
    for k in FIELDS:
        if k not in g: err.append(f'line {n}: missing {k}')
    if a not in arts: err.append(f'line {n}: article {a} missing'); continue
    rep, text = arts[a]
    t = g['type']
    if t not in TYPES: err.append(f'line {n}: type {t}')
    if g['qualifier'] not in QUAL: err.append(f'line {n}: qualifier')
    if (g['count'] is None) != (g['qualifier'] is None): err.append(f'line {n}: count/qualifier mismatch')
    if g['count'] is not None and not (isinstance(g['count'], int) and g['count'] > 0): err.append(f'line {n}: count')
    if (t == 'EQUIPMENT_LOSS') != ('equipment' in g): err.append(f'line {n}: equipment field')
    if 'equipment' in g and g['equipment'] not in EQ: err.append(f'line {n}: equipment value')
    if (t in ('KILLED','WOUNDED')) != ('cause' in g): err.append(f'line {n}: cause field')
    if 'cause' in g and g['cause'] not in CAUSE: err.append(f'line {n}: cause value')
    for k in ('victim','actor','claimedBy'):
        if g[k] is not None and not CODE.match(g[k]): err.append(f'line {n}: code {k}={g[k]}')
    if t in ('KILLED','WOUNDED','DISPLACEMENT','EQUIPMENT_LOSS') and not g['victim']: err.append(f'line {n}: no victim')
    if g['evidence'] not in text: err.append(f'line {n}: evidence not verbatim in {a}')
    if g['location'] is not None and g['location'] not in text: err.append(f'line {n}: location {g["location"]!r} not verbatim in {a}')
    if g['date'] is not None:
        try:
            if g['date'] > rep: err.append(f'line {n}: date after date line')
            datetime.date.fromisoformat(g['date'])
        except Exception: err.append(f'line {n}: bad date')
    if not isinstance(g['scored'], bool) or not isinstance(g['cumulative'], bool): err.append(f'line {n}: bool fields')
clus = collections.Counter(g['cluster'] for g in gold)
err += [f'cluster {c} repeated' for c, k in clus.items() if k > 1]
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(D,'notes.tsv'))]
if rows[0] != ['id','date','country','kind','location','admin1','admin2','fatalities']: err.append('tsv header')
rows = rows[1:]
if len(rows) != 150: err.append(f'notes.tsv has {len(rows)} rows')
if [r[0] for r in rows] != ['j%03d' % i for i in range(1,151)]: err.append('tsv ids')
meta = json.load(open(os.path.join(D,'noevent.json')))
noevent = set(meta['noevent'])
by = collections.defaultdict(list)
for g in gold: by[g['article'][:-4]].append(g)
for r in rows:
    if len(r) != 8: err.append(f'{r[0]}: {len(r)} columns'); continue
    i, date, country, kind, loc, a1, a2, fat = r
    if kind not in KINDS: err.append(f'{i}: kind {kind}')
    gs = by.get(i, [])
    if not gs and i not in noevent: err.append(f'{i}: no gold line and not a no-event note')
    if i in noevent and any(g['scored'] for g in gs): err.append(f'{i}: no-event note with scored lines')
    s = sum(g['count'] for g in gs if g['type']=='KILLED' and g['scored'] and not g['cumulative'] and g['cause']=='violence' and g['count'])
    if int(fat) != s: err.append(f'{i}: fatalities {fat} != {s}')
    if kind in NONCONF:
        if int(fat) != 0: err.append(f'{i}: non-conflict note with fatalities')
        if any(g['type'] in ('ATTACK','CAPTURE','OFFENSIVE') or g.get('cause')=='violence' for g in gs): err.append(f'{i}: non-conflict note with conflict event')
    rep, text = arts[i+'.txt']
    if date > rep: err.append(f'{i}: tsv date after report date')
    if loc and loc not in text: err.append(f'{i}: tsv location {loc!r} not in text')
    if re.search(r'\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b', text):
        warn.append(f'{i}: weekday in text (rep {rep}, tsv date {date}) – check by hand')
print('\n'.join('ERROR ' + e for e in err)); print('\n'.join('warn  ' + w for w in warn))
print(f'{len(arts)} articles, {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored), {len(rows)} tsv rows, {len(noevent)} no-event notes, {len(err)} errors, {len(warn)} warnings')
sys.exit(1 if err else 0)
