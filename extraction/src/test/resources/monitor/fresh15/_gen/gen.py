#!/usr/bin/env python3
"""Expands the items of b1.py..b7.py into articles/, gold.jsonl, notes.tsv, noevent.json and _gen/keys.tsv.
Run from anywhere: python3 _gen/gen.py. Nothing is written while any check fails."""
import datetime, glob, importlib, json, os, random, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib

for f in sorted(glob.glob(os.path.join(HERE, 'b[0-9].py'))):
    importlib.import_module(os.path.basename(f)[:-3])

WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
NONCONF = {'disaster', 'accident', 'disease'}
KINDS = {'attack', 'armed_clash', 'air_drone_strike', 'shelling_artillery_missile', 'remote_explosive_ied', 'abduction',
         'gov_regains_territory', 'nonstate_takes_territory', 'other_violence', 'protest_or_statement', 'disaster',
         'accident', 'disease'}
EQ = {'TANK', 'HELICOPTER', 'AIRCRAFT', 'APC', 'VEHICLE', 'ARTILLERY', 'DEPOT', 'OTHER'}
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
NOEVENT_KINDS = {'protest_or_statement', 'abduction'}

errors, hints = [], []


def err(key, msg): errors.append(f'{key}: {msg}')


def resolve(d, rep, default):
    r = datetime.date.fromisoformat(rep)
    if d is None: return default
    if d == '-': return None
    if d == 'rep': return rep
    if d.startswith('rep-'): return (r - datetime.timedelta(days=int(d[4:]))).isoformat()
    if d in WD:
        back = (r.weekday() - WD.index(d)) % 7
        return (r - datetime.timedelta(days=back)).isoformat()
    datetime.date.fromisoformat(d)
    return d


items = lib.ITEMS
keys = [it['key'] for it in items]
dups = {k for k in keys if keys.count(k) > 1}
if dups: errors.append(f'duplicate keys {dups}')
for k, more in lib.EXTRA.items():
    it = [i for i in items if i['key'] == k]
    if not it: err(k, 'EXTRA for unknown key'); continue
    it[0]['lines'] += more

for it in items:
    key, rep, style, kind = it['key'], it['rep'], it['style'], it['kind']
    text = it['text'].text() if isinstance(it['text'], lib.N) else it['text']
    it['body'] = text
    if kind not in KINDS: err(key, f'kind {kind}')
    if it['date'] > rep: err(key, 'tsv date after rep')
    if not '2018' <= it['date'][:4] <= '2025': err(key, 'event year')
    if it['loc'] and it['loc'] not in text: err(key, f'tsv location {it["loc"]!r} not in text')
    m = re.match(r'On (\d{1,2}) (' + '|'.join(MONTHS) + r') (\d{4}),', text)
    if m:
        iso = '%s-%02d-%02d' % (m.group(3), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        if iso != it['date']: err(key, f'opening date {iso} != tsv {it["date"]}')
    if style in ('note', 'wire') and '\n' in text: err(key, 'not one line')
    if style == 'wire':
        if ' - ' not in text: err(key, 'wire without " - "')
        if text.rstrip().endswith('.'): err(key, 'wire ends with a full stop')
    if style == 'news':
        if not isinstance(it['text'], lib.N): err(key, 'news not built with N')
        else:
            np = len(it['text'].paras)
            words = len(re.findall(r'\S+', text))
            it['words'] = words
            if not 4 <= np <= 7: err(key, f'{np} paragraphs')
            if not 180 <= words <= 420: err(key, f'{words} words')
    noevent = kind in NOEVENT_KINDS
    scored = [g for g in it['lines'] if g['scored']]
    if noevent and scored: err(key, 'no-event item with a scored line')
    if not noevent and not scored: err(key, 'no scored line')
    if kind in NONCONF and it['fat'] != 0: err(key, 'non-conflict fatalities')
    total = 0
    for g in it['lines']:
        t = g['type']
        ev = g['evidence']
        if ev not in text: err(key, f'evidence not verbatim: {ev!r}')
        loc = it['loc'] or None if g['l'] is None else (None if g['l'] == '-' else g['l'])
        g['location'] = loc
        if loc and loc not in text: err(key, f'gold location {loc!r} not in text')
        try: g['date'] = resolve(g['d'], rep, it['date'])
        except Exception: err(key, f'bad date {g["d"]}'); g['date'] = None
        if g['date'] and g['date'] > rep: err(key, f'gold date after rep: {ev!r}')
        if g['date'] and not '2017' <= g['date'][:4] <= '2025': err(key, 'gold year')
        for f in ('victim', 'actor', 'claimedBy'):
            if g[f] is not None and not CODE.match(g[f]): err(key, f'code {f}={g[f]}')
        if t in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'EQUIPMENT_LOSS') and not g['victim']: err(key, f'no victim: {ev!r}')
        if t == 'EQUIPMENT_LOSS' and g['equipment'] not in EQ: err(key, 'equipment')
        if t in ('KILLED', 'WOUNDED'):
            if g['cause'] is None: g['cause'] = kind if kind in NONCONF else 'violence'
            want = kind if kind in NONCONF else 'violence'
            if noevent and g['cause'] != 'violence': pass
            if g['cause'] != want: err(key, f'cause {g["cause"]} does not follow kind {kind}')
            if g['count'] == 1 and g['qualifier'] != 'EXACT': err(key, 'singular not EXACT')
            if g['scored'] and g['count'] is None and re.match(r'(a|an|one|the|A|An|One|The)\b', ev):
                hints.append(f'{key}: scored {t} without count, evidence starts with an article: {ev!r}')
        elif g['cause'] is not None: err(key, 'cause on a non-K/W line')
        if g['cumulative'] and t not in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'CAPTURE', 'EQUIPMENT_LOSS'): err(key, f'cumulative on {t}')
        c = g['count']
        if c is not None and (not isinstance(c, int) or c <= 0): err(key, f'count {c}')
        if isinstance(c, int) and 1900 <= c <= 2030 and str(c) not in ev.replace(',', ''): err(key, f'year-like count {c}')
        if g['scored'] and t in ('OFFENSIVE', 'CAPTURE', 'DEPLOYMENT', 'THREAT', 'TALKS') and not g['actor']:
            err(key, f'scored {t} without actor')
        if kind in NONCONF:
            if t in ('ATTACK', 'CAPTURE', 'OFFENSIVE'): err(key, f'{t} in a non-conflict item')
            if t in ('KILLED', 'WOUNDED') and g['actor']: err(key, 'actor on a non-conflict death')
        if t == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and c:
            total += c
    if total != it['fat']: err(key, f'fatalities {it["fat"]} != gold sum {total}')

from collections import Counter
cc = Counter(it['country'] for it in items)
for c, k in cc.items():
    if c != 'Syria' and k > 6: errors.append(f'country {c}: {k} items')

if errors:
    print('\n'.join('ERROR ' + e for e in errors)); print(f'{len(errors)} errors; nothing written'); sys.exit(1)

order = sorted(items, key=lambda it: it['key'])
random.Random(20261213).shuffle(order)
if len(order) != 150: print(f'NOTE: {len(order)} items (150 expected)')
ids = {}
for i, it in enumerate(order, 1): it['id'] = 'h%03d' % i
FIELDS = ['article', 'type', 'victim', 'actor', 'count', 'qualifier', 'cumulative', 'equipment', 'location', 'date',
          'claimedBy', 'evidence', 'cluster', 'scored', 'cause', 'note']
adir = os.path.join(OUT, 'articles')
os.makedirs(adir, exist_ok=True)
for f in glob.glob(os.path.join(adir, 'h*.txt')): os.remove(f)
gold, tsv, keysrows = [], ['\t'.join(['id', 'date', 'country', 'kind', 'location', 'admin1', 'admin2', 'fatalities'])], []
for it in order:
    i = it['id']
    with open(os.path.join(adir, i + '.txt'), 'w', encoding='utf-8') as f:
        f.write(' date ' + it['rep'] + '\n' + it['body'] + '\n')
    n = Counter()
    for g in it['lines']:
        t = g['type']; n[t] += 1
        o = {'article': i + '.txt', 'type': t, 'victim': g['victim'], 'actor': g['actor'], 'count': g['count'],
             'qualifier': g['qualifier'], 'cumulative': g['cumulative']}
        if t == 'EQUIPMENT_LOSS': o['equipment'] = g['equipment']
        o.update(location=g['location'], date=g['date'], claimedBy=g['claimedBy'], evidence=g['evidence'],
                 cluster=f'{i}-{t.lower()}-{n[t]}', scored=g['scored'])
        if t in ('KILLED', 'WOUNDED'): o['cause'] = g['cause']
        if g['note']: o['note'] = g['note']
        gold.append(json.dumps(o, ensure_ascii=False))
    tsv.append('\t'.join([i, it['date'], it['country'], it['kind'], it['loc'], it['admin1'], it['admin2'], str(it['fat'])]))
    keysrows.append('\t'.join([i, it['key'], it['style'], it['country'], it['kind']]))
open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8').write('\n'.join(gold) + '\n')
open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8').write('\n'.join(tsv) + '\n')
open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8').write('id\tkey\tstyle\tcountry\tkind\n' + '\n'.join(keysrows) + '\n')
meta = {'noevent': sorted(it['id'] for it in order if it['kind'] in NOEVENT_KINDS),
        'wire': sorted(it['id'] for it in order if it['style'] == 'wire'),
        'news': sorted(it['id'] for it in order if it['style'] == 'news')}
open(os.path.join(OUT, 'noevent.json'), 'w', encoding='utf-8').write(json.dumps(meta, indent=1) + '\n')
print('\n'.join('hint  ' + h for h in hints))
print(f'{len(order)} items, {len(gold)} gold lines written')
