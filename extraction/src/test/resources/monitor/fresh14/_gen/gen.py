#!/usr/bin/env python3
"""Expands the hand-written items (b1.py-b7.py) into articles/, gold.jsonl, notes.tsv, noevent.json (python3 _gen/gen.py).
Writes nothing while any check fails."""
import collections, datetime, json, os, random, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
for b in ('b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7'):
    if os.path.exists(os.path.join(HERE, b + '.py')): __import__(b)
items = lib.ITEMS
EXTRA = getattr(sys.modules.get('b7'), 'EXTRA', {})  # key -> lines added in the review
MORE = getattr(sys.modules.get('b7'), 'MORE', {})  # key -> closing paragraph added to a short news article
for it in items:
    if it['key'] in MORE: it['text'] += '\n\n' + MORE[it['key']]
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
TYPES = {'KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS'}
EQ = {'TANK','HELICOPTER','AIRCRAFT','APC','VEHICLE','ARTILLERY','DEPOT','OTHER'}
KINDS = {'attack','armed_clash','air_drone_strike','shelling_artillery_missile','remote_explosive_ied','abduction',
         'gov_regains_territory','nonstate_takes_territory','other_violence','protest_or_statement','disaster','accident','disease'}
NONCONF = {'disaster', 'accident', 'disease'}
ORDER = ['article','type','victim','actor','count','qualifier','cumulative','equipment','location','date','claimedBy','evidence','cluster','scored','cause','note']
MONTHS = {m: i for i, m in enumerate(['January','February','March','April','May','June','July','August','September','October','November','December'], 1)}
errs = []

def resolve(d, rep, where):
    if d is None: return None
    r = datetime.date.fromisoformat(rep)
    if d == 'rep': return rep
    if d.startswith('rep-'): return (r - datetime.timedelta(days=int(d[4:]))).isoformat()
    if d in WD: return (r - datetime.timedelta(days=(r.weekday() - WD.index(d)) % 7)).isoformat()
    try: datetime.date.fromisoformat(d); return d
    except ValueError: errs.append(f'{where}: bad date {d}')

keys = [it['key'] for it in items]
for k, n in collections.Counter(keys).items():
    if n > 1: errs.append(f'duplicate key {k}')
for k in list(EXTRA) + list(MORE):
    if k not in keys: errs.append(f'EXTRA for unknown key {k}')
items = sorted(items, key=lambda it: it['key'])
random.Random(20261212).shuffle(items)
if len(items) != 150: errs.append(f'{len(items)} items, not 150')

gold, rows, meta, keyrows = [], [], {'noevent': [], 'wire': [], 'news': []}, []
country = collections.Counter()
for i, it in enumerate(items, 1):
    aid = 'a%03d' % i; k = it['key']; text = it['text']; rep = it['rep']; st = it['style']; kind = it['kind']
    lines = it['lines'] + EXTRA.get(k, [])
    country[it['country']] += 1
    date = resolve(it['date'], rep, k)
    if kind not in KINDS: errs.append(f'{k}: kind {kind}')
    if date and date > rep: errs.append(f'{k}: tsv date after report')
    if date and not '2018' <= date[:4] <= '2025': errs.append(f'{k}: year {date}')
    if it['loc'] and it['loc'] not in text: errs.append(f'{k}: tsv location {it["loc"]!r} not in text')
    # style checks
    if st == 'note':
        if '\n' in text: errs.append(f'{k}: note not one line')
        m = re.match(r'On (\d{1,2}) (\w+) (\d{4}),', text)
        if m and date != '%s-%02d-%02d' % (m.group(3), MONTHS[m.group(2)], int(m.group(1))): errs.append(f'{k}: opening date != tsv date')
    elif st == 'wire':
        if '\n' in text or ' - ' not in text: errs.append(f'{k}: wire shape')
        if text.rstrip().endswith('.'): errs.append(f'{k}: wire ends with a full stop')
        meta['wire'].append(aid)
    elif st == 'news':
        parts = text.split('\n\n')
        if '\n' in parts[0] or not 4 <= len(parts) - 1 <= 7: errs.append(f'{k}: news shape ({len(parts) - 1} paragraphs)')
        w = len(re.findall(r'\S+', text))
        if not 180 <= w <= 420: errs.append(f'{k}: {w} words')
        meta['news'].append(aid)
    else: errs.append(f'{k}: style {st}')
    noevent = kind == 'protest_or_statement'
    if noevent: meta['noevent'].append(aid)
    if noevent and any(l['scored'] for l in lines): errs.append(f'{k}: no-event item with a scored line')
    if not noevent and not any(l['scored'] for l in lines): errs.append(f'{k}: no scored line')
    fat = 0; ncl = collections.Counter()
    for l in lines:
        t = l['type']; where = f'{k} {t} {l["evidence"][:40]!r}'
        if t not in TYPES: errs.append(f'{where}: type')
        if l['evidence'] not in text: errs.append(f'{where}: evidence not verbatim')
        if l['location'] is not None and l['location'] not in text: errs.append(f'{where}: location {l["location"]!r} not in text')
        d = resolve(l['date'], rep, where)
        if d and d > rep: errs.append(f'{where}: date after report')
        if d and not '2017' <= d[:4] <= '2025': errs.append(f'{where}: year {d}')
        for f in ('victim', 'actor', 'claimedBy'):
            if l[f] is not None and not CODE.match(l[f]): errs.append(f'{where}: code {f}={l[f]}')
        if t in ('KILLED','WOUNDED','DISPLACEMENT','EQUIPMENT_LOSS') and not l['victim']: errs.append(f'{where}: no victim')
        if t == 'EQUIPMENT_LOSS' and l.get('equipment') not in EQ: errs.append(f'{where}: equipment')
        if t in ('KILLED','WOUNDED') and l['count'] == 1 and l['qualifier'] != 'EXACT': errs.append(f'{where}: singular not EXACT')
        if l['cumulative'] and t not in ('KILLED','WOUNDED','DISPLACEMENT','CAPTURE','EQUIPMENT_LOSS'): errs.append(f'{where}: cumulative type')
        if isinstance(l['count'], int) and 1900 <= l['count'] <= 2030 and str(l['count']) not in l['evidence'].replace(',', ''): errs.append(f'{where}: year-like count')
        if l['scored'] and t in ('OFFENSIVE','CAPTURE','DEPLOYMENT','THREAT','TALKS') and not l['actor']: errs.append(f'{where}: scored with no actor')
        if t in ('KILLED','WOUNDED'):
            want = kind if kind in NONCONF else 'violence'
            if l['cause'] != want: errs.append(f'{where}: cause {l["cause"]} in a {kind} item')
            if kind in NONCONF and l['actor']: errs.append(f'{where}: non-violent death with an actor')
            if l['scored'] and l['count'] is None and re.match(r'(a|an|one|the)\b', l['evidence'].lower()): print(f'hint {where}: scored K/W with no count starting with an article')
        if kind in NONCONF and t in ('ATTACK','CAPTURE','OFFENSIVE'): errs.append(f'{where}: conflict type in a non-conflict item')
        if t == 'KILLED' and l['scored'] and not l['cumulative'] and l['cause'] == 'violence' and l['count']: fat += l['count']
        ncl[t] += 1
        g = dict(l); g['article'] = aid + '.txt'; g['date'] = d
        g['cluster'] = '%s-%s-%d' % (aid, t.lower().replace('_', ''), ncl[t])
        gold.append({f: g[f] for f in ORDER if f in g})
    if fat != it['fat']: errs.append(f'{k}: fatalities {it["fat"]} != {fat}')
    rows.append([aid, date or rep, it['country'], kind, it['loc'], it['a1'], it['a2'], str(it['fat'])])
    keyrows.append([aid, k, st, it['country'], kind])
    it['aid'] = aid
for c, n in country.items():
    if c != 'Syria' and n > 6: errs.append(f'country {c}: {n} items')
if errs:
    print('\n'.join(errs)); print(f'{len(errs)} errors: nothing written'); sys.exit(1)
os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
for f in os.listdir(os.path.join(OUT, 'articles')): os.remove(os.path.join(OUT, 'articles', f))
for it in items:
    open(os.path.join(OUT, 'articles', it['aid'] + '.txt'), 'w', encoding='utf-8').write(' date %s\n%s\n' % (it['rep'], it['text']))
with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8') as f:
    f.write('\t'.join(['id','date','country','kind','location','admin1','admin2','fatalities']) + '\n')
    for r in rows: f.write('\t'.join(r) + '\n')
json.dump(meta, open(os.path.join(OUT, 'noevent.json'), 'w'), indent=1)
with open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8') as f:
    f.write('id\tkey\tstyle\tcountry\tkind\n')
    for r in keyrows: f.write('\t'.join(r) + '\n')
print(f'written: {len(items)} items, {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored), {len(country)} countries')
