#!/usr/bin/env python3
"""Checks the articles-g development set: python3 validate.py [dir]. Prints errors and warnings; exit 1 on errors.
Adapted from monitor/fresh/validate.py (no notes.tsv; article-level checks added)."""
import json, os, re, sys, collections, datetime
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
err, warn = [], []
TYPES = {'KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS'}
QUAL = {None,'EXACT','AT_LEAST','ABOUT','UP_TO'}
EQ = {'TANK','HELICOPTER','AIRCRAFT','APC','VEHICLE','ARTILLERY','DEPOT','OTHER'}
CAUSE = {'violence','disaster','accident','disease'}
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
MONITORS = {'SOHR','HRW','MSF','IRC','PRCS','KST','ACLED'}   # claimedBy may name a monitor/NGO, as in blind/
FIELDS = ['article','type','victim','actor','count','qualifier','cumulative','location','date','claimedBy','evidence','cluster','scored']
N = 45
want = ['g%03d.txt' % i for i in range(1, N + 1)]
arts = {}
for f in sorted(os.listdir(os.path.join(D,'articles'))):
    raw = open(os.path.join(D,'articles',f)).read()
    lines = raw.split('\n')
    m = re.fullmatch(r' date (\d{4}-\d{2}-\d{2})', lines[0])
    if not m: err.append(f'{f}: bad date line'); continue
    if not lines[1].strip() or lines[1] != lines[1].strip(): err.append(f'{f}: line 2 must be a headline')
    body = '\n'.join(lines[2:]).strip()
    paras = [p for p in re.split(r'\n\s*\n', body) if p.strip()]
    words = len(re.findall(r'\S+', lines[1] + ' ' + body))
    if not 3 <= len(paras) <= 9: err.append(f'{f}: {len(paras)} paragraphs')
    if not 120 <= words <= 450: err.append(f'{f}: {words} words')
    if re.search(r'\n\n\n', body): warn.append(f'{f}: triple newline')
    arts[f] = (m.group(1), '\n'.join(lines[1:]).strip(), words, len(paras), not body.rstrip().endswith(('.', '!', '?', '"', "'", '”')))
if sorted(arts) != want: err.append(f'articles are not g001..g{N:03d}: {sorted(set(arts) ^ set(want))}')
gold = []
for n, line in enumerate(open(os.path.join(D,'gold.jsonl')), 1):
    try: g = json.loads(line)
    except Exception as e: err.append(f'gold line {n}: JSON {e}'); continue
    gold.append(g)
    a = g.get('article')
    for k in FIELDS:
        if k not in g: err.append(f'line {n}: missing {k}')
    if a not in arts: err.append(f'line {n}: article {a} missing'); continue
    rep, text = arts[a][:2]
    t = g['type']
    if t not in TYPES: err.append(f'line {n}: type {t}')
    if g['qualifier'] not in QUAL: err.append(f'line {n}: qualifier')
    if (g['count'] is None) != (g['qualifier'] is None): err.append(f'line {n}: count/qualifier mismatch')
    if g['count'] is not None and not (isinstance(g['count'], int) and not isinstance(g['count'], bool) and g['count'] > 0): err.append(f'line {n}: count')
    if g['count'] is not None and 1900 <= g['count'] <= 2030 and str(g['count']) not in g['evidence'].replace(',', ''): warn.append(f'line {n}: count looks like a year')
    if (t == 'EQUIPMENT_LOSS') != ('equipment' in g): err.append(f'line {n}: equipment field')
    if 'equipment' in g and g['equipment'] not in EQ: err.append(f'line {n}: equipment value')
    if (t in ('KILLED','WOUNDED')) != ('cause' in g): err.append(f'line {n}: cause field')
    if 'cause' in g and g['cause'] not in CAUSE: err.append(f'line {n}: cause value')
    for k in ('victim','actor'):
        if g[k] is not None and not CODE.match(g[k]): err.append(f'line {n}: code {k}={g[k]}')
    if g['claimedBy'] is not None and not (CODE.match(g['claimedBy']) or g['claimedBy'] in MONITORS): err.append(f'line {n}: claimedBy={g["claimedBy"]}')
    if t in ('KILLED','WOUNDED','DISPLACEMENT','EQUIPMENT_LOSS') and not g['victim']: err.append(f'line {n}: no victim')
    if t in ('ATTACK','OFFENSIVE','CAPTURE','DEPLOYMENT','THREAT','TALKS') and not g['actor'] and g['scored']: err.append(f'line {n}: scored {t} with no actor')
    if not g['evidence'] or g['evidence'] not in text: err.append(f'line {n}: evidence not verbatim in {a}: {g["evidence"]!r}')
    if g['location'] is not None and g['location'] not in text: err.append(f'line {n}: location {g["location"]!r} not verbatim in {a}')
    if g['date'] is not None:
        try:
            datetime.date.fromisoformat(g['date'])
            if g['date'] > rep: err.append(f'line {n}: date after date line')
        except Exception: err.append(f'line {n}: bad date')
    if not isinstance(g['scored'], bool) or not isinstance(g['cumulative'], bool): err.append(f'line {n}: bool fields')
    if g.get('cause') in ('disaster','accident','disease') and g['actor']: err.append(f'line {n}: non-violent death with an actor')
clus = collections.defaultdict(list)
for g in gold: clus[g['cluster']].append(g)
for c, gs in clus.items():
    if len({g['type'] for g in gs}) > 1: err.append(f'cluster {c} spans types')
    arts_in = [g['article'] for g in gs]
    if len(arts_in) != len(set(arts_in)): err.append(f'cluster {c} has two lines in one article')
    if len(gs) > 1 and len({(g['victim'] if g['type'] in ('KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT') else g['actor']) for g in gs}) > 1:
        err.append(f'cluster {c}: principal party differs')
noevent = set(json.load(open(os.path.join(D,'noevent.json')))['noevent'])
by = collections.defaultdict(list)
for g in gold: by[g['article']].append(g)
for f in arts:
    i = f[:-4]
    gs = by.get(f, [])
    if not any(g['scored'] for g in gs) and i not in noevent: err.append(f'{i}: no scored line and not in noevent.json')
    if i in noevent and any(g['scored'] for g in gs): err.append(f'{i}: in noevent.json but has scored lines')
    rep, text = arts[f][:2]
    if re.search(r'\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b', text):
        warn.append(f'{i}: weekday in text (date line {rep}, a {datetime.date.fromisoformat(rep).strftime("%A")}) - checked by hand')
cut = sorted(f[:-4] for f in arts if arts[f][4])
print('\n'.join('ERROR ' + e for e in err)); print('\n'.join('warn  ' + w for w in warn))
print(f'{len(arts)} articles ({sum(a[2] for a in arts.values())} words), {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored), '
      f'{len(noevent)} no-event articles, cut endings: {" ".join(cut)}; {len(err)} errors, {len(warn)} warnings')
sys.exit(1 if err else 0)
