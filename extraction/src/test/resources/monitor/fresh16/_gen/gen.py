#!/usr/bin/env python3
"""Expands the hand-written items of b*.py into articles/, gold.jsonl, notes.tsv, noevent.json; checks everything
first and writes nothing while a check fails.  python3 _gen/gen.py"""
import collections, datetime, json, os, random, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
for m in ('b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'):
    if os.path.exists(os.path.join(HERE, m + '.py')):
        __import__(m)
items = lib.ITEMS
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
NONCONF = {'disaster', 'accident', 'disease'}
err = []


def resolve(tok, rep, itemdate=None):
    if tok is None: return None
    if tok == '=': return resolve(itemdate, rep)
    r = datetime.date.fromisoformat(rep)
    if tok == 'rep': return rep
    m = re.fullmatch(r'rep-(\d+)', tok)
    if m: return (r - datetime.timedelta(days=int(m.group(1)))).isoformat()
    if tok in WD:
        k = (r.weekday() - WD.index(tok)) % 7
        return (r - datetime.timedelta(days=k)).isoformat()
    datetime.date.fromisoformat(tok); return tok


keys = [it['key'] for it in items]
for k, c in collections.Counter(keys).items():
    if c > 1: err.append(f'duplicate key {k}')
order = sorted(items, key=lambda it: it['key'])
random.Random(20261207).shuffle(order)
gold, rows, noev, wire, news, keymap = [], [], [], [], [], []
arts = {}
for i, it in enumerate(order, 1):
    iid = 'k%03d' % i; K = it['key']; rep = it['rep']; text = it['text']
    tdate = resolve(it['date'], rep)
    if tdate > rep: err.append(f'{K}: tsv date after rep')
    if not ('2018' <= tdate[:4] <= '2025'): err.append(f'{K}: year {tdate}')
    if it['loc'] and it['loc'] not in text: err.append(f'{K}: tsv loc {it["loc"]!r} not in text')
    st = it['style']
    if st == 'note':
        if '\n' in text: err.append(f'{K}: note on several lines')
        m = re.match(r'On (\d{1,2} [A-Z][a-z]+ \d{4}),', text)
        if m and datetime.datetime.strptime(m.group(1), '%d %B %Y').date().isoformat() != tdate:
            err.append(f'{K}: opening date != tsv date')
    elif st == 'wire':
        if '\n' in text or ' - ' not in text: err.append(f'{K}: wire shape')
        if text.rstrip().endswith('.'): err.append(f'{K}: wire ends in a full stop')
        wire.append(iid)
    elif st == 'news':
        parts = text.split('\n\n'); words = len(text.split())
        if not (4 <= len(parts) - 1 <= 7): err.append(f'{K}: news paragraphs {len(parts)-1}')
        if not (140 <= words <= 420): err.append(f'{K}: news words {words}')
        news.append(iid)
    else: err.append(f'{K}: style')
    if it['kind'] == 'protest_or_statement' or it.get('noevent'):
        pass
    lines = it['lines']
    scored_any = any(l['scored'] for l in lines)
    if it['kind'] == 'protest_or_statement':
        if scored_any: err.append(f'{K}: no-event item with a scored line')
        noev.append(iid)
    elif not scored_any: err.append(f'{K}: no scored line')
    fat = 0; n = collections.Counter()
    for l in lines:
        g = dict(l); t = g['type']
        if t in ('KILLED', 'WOUNDED') and g['cause'] is None:
            g['cause'] = it['kind'] if it['kind'] in NONCONF else 'violence'
        if t in ('KILLED', 'WOUNDED') and g['cause'] != (it['kind'] if it['kind'] in NONCONF else 'violence'):
            err.append(f'{K}: cause {g["cause"]} vs kind')
        if it['kind'] in NONCONF and (t in ('ATTACK', 'CAPTURE', 'OFFENSIVE') or (t in ('KILLED', 'WOUNDED') and g['actor'])):
            err.append(f'{K}: conflict line in a non-conflict item')
        if g['location'] == '=': g['location'] = it['loc'] or None
        try: g['date'] = resolve(g['date'], rep, it['date'])
        except Exception: err.append(f'{K}: bad date token {g["date"]}'); g['date'] = None
        if g['date'] and g['date'] > rep: err.append(f'{K}: line date after rep')
        if g['evidence'] not in text: err.append(f'{K}: evidence not verbatim: {g["evidence"]!r}')
        if g['location'] and g['location'] not in text: err.append(f'{K}: location not verbatim {g["location"]!r}')
        for f in ('victim', 'actor', 'claimedBy'):
            if g[f] is not None and not CODE.match(g[f]): err.append(f'{K}: code {g[f]}')
        if t in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'EQUIPMENT_LOSS') and not g['victim']: err.append(f'{K}: no victim')
        if t in ('OFFENSIVE', 'CAPTURE', 'DEPLOYMENT', 'THREAT', 'TALKS') and g['scored'] and not g['actor']:
            err.append(f'{K}: scored {t} without actor')
        if g['cumulative'] and t not in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'CAPTURE', 'EQUIPMENT_LOSS'):
            err.append(f'{K}: cumulative on {t}')
        if t in ('KILLED', 'WOUNDED') and g['count'] == 1 and g['qualifier'] != 'EXACT': err.append(f'{K}: singular not EXACT')
        if isinstance(g['count'], int) and 1900 <= g['count'] <= 2030: err.append(f'{K}: year-like count')
        if t == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and g['count']:
            fat += g['count']
        n[t] += 1
        out = {'article': iid + '.txt', 'type': t, 'victim': g['victim'], 'actor': g['actor'], 'count': g['count'],
               'qualifier': g['qualifier'], 'cumulative': g['cumulative']}
        if t == 'EQUIPMENT_LOSS': out['equipment'] = g['equipment']
        elif g['equipment']: err.append(f'{K}: equipment on {t}')
        out.update(location=g['location'], date=g['date'], claimedBy=g['claimedBy'], evidence=g['evidence'],
                   cluster=f'{iid}-{t.lower()}-{n[t]}', scored=g['scored'])
        if t in ('KILLED', 'WOUNDED'): out['cause'] = g['cause']
        if g['note']: out['note'] = g['note']
        gold.append(out)
    if fat != it['fat']: err.append(f'{K}: fatalities {it["fat"]} != gold {fat}')
    if it['kind'] in NONCONF and fat: err.append(f'{K}: non-conflict fatalities')
    rows.append([iid, tdate, it['country'], it['kind'], it['loc'], it['a1'], it['a2'], str(fat)])
    arts[iid] = f' date {rep}\n{text}\n'
    keymap.append([iid, K, st, it['country'], it['kind']])
cc = collections.Counter(it['country'] for it in items)
for c, k in cc.items():
    if c != 'Syria' and k > 4: err.append(f'country {c} has {k} items')
if err:
    print('\n'.join(err)); print(f'{len(err)} errors, nothing written ({len(items)} items)'); sys.exit(1)
os.makedirs(os.path.join(SET, 'articles'), exist_ok=True)
for f in os.listdir(os.path.join(SET, 'articles')): os.remove(os.path.join(SET, 'articles', f))
for iid, t in arts.items(): open(os.path.join(SET, 'articles', iid + '.txt'), 'w', encoding='utf-8').write(t)
with open(os.path.join(SET, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open(os.path.join(SET, 'notes.tsv'), 'w', encoding='utf-8') as f:
    f.write('\t'.join(['id', 'date', 'country', 'kind', 'location', 'admin1', 'admin2', 'fatalities']) + '\n')
    for r in rows: f.write('\t'.join(r) + '\n')
json.dump({'noevent': noev, 'wire': wire, 'news': news}, open(os.path.join(SET, 'noevent.json'), 'w'), indent=1)
with open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8') as f:
    for r in keymap: f.write('\t'.join(r) + '\n')
print(f'written: {len(items)} items, {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored)')
