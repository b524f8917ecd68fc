#!/usr/bin/env python3
"""Expands the hand-written items (b1.py ... b9.py) into articles/, gold.jsonl, notes.tsv and noevent.json.

python3 _gen/gen.py [--check]   (--check: run the checks, write nothing)
Nothing is written while any check fails.
"""
import collections, datetime, json, os, random, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
MODULES = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8']
for m in MODULES:
    if os.path.exists(os.path.join(HERE, m + '.py')): __import__(m)
EXTRA = {}
if os.path.exists(os.path.join(HERE, 'b9.py')):
    import b9; EXTRA = b9.EXTRA

SEED = 17170617
PREFIX, SIZE = "g", 150
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
KINDS = {'attack','armed_clash','air_drone_strike','shelling_artillery_missile','remote_explosive_ied','abduction',
         'gov_regains_territory','nonstate_takes_territory','other_violence','protest_or_statement','disaster','accident','disease'}
EQ = {'TANK','HELICOPTER','AIRCRAFT','APC','VEHICLE','ARTILLERY','DEPOT','OTHER'}
DAYS = ['Mon','Tue','Wed','Thu','Fri','Sat','Sun']
MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
QMAP = {'>': 'AT_LEAST', '~': 'ABOUT', '<': 'UP_TO'}
errors = []
def err(k, msg): errors.append(f'{k}: {msg}')


def resolve(d, rep, item_date, cum):
    if d is None: return rep if cum else item_date
    if d == '-': return None
    r = datetime.date.fromisoformat(rep)
    if d == 'rep': return rep
    if d.startswith('rep-'): return (r - datetime.timedelta(days=int(d[4:]))).isoformat()
    if d in DAYS:
        back = (r.weekday() - DAYS.index(d)) % 7
        return (r - datetime.timedelta(days=back)).isoformat()
    datetime.date.fromisoformat(d); return d


def count(n):
    if n is None: return None, None
    if isinstance(n, int): return n, 'EXACT'
    q = QMAP.get(n[0]); s = n[1:] if q else n
    return int(s.replace(',', '')), q or 'EXACT'


def words(s): return len(re.findall(r'\S+', s))


items = sorted(lib.ITEMS, key=lambda it: it['key'])
keys = [it['key'] for it in items]
for k, c in collections.Counter(keys).items():
    if c > 1: err(k, 'duplicate key')
if len(items) != SIZE: errors.append(f'{len(items)} items, not {SIZE}')
for k in EXTRA:
    if k not in keys: err(k, 'EXTRA key unknown')
random.Random(SEED).shuffle(items)

gold, tsv, arts = [], [], {}
meta = {'noevent': [], 'wire': [], 'news': []}
countries = collections.Counter()
for i, it in enumerate(items, 1):
    gid = '%s%03d' % (PREFIX, i); it['id'] = gid; k = it['key']
    rep, text, kind, style = it['rep'], it['text'], it['kind'], it['style']
    countries[it['country']] += 1
    if kind not in KINDS: err(k, f'kind {kind}')
    try:
        datetime.date.fromisoformat(rep); datetime.date.fromisoformat(it['date'])
    except Exception: err(k, 'bad date'); continue
    if it['date'] > rep: err(k, 'tsv date after rep')
    if not '2018' <= it['date'][:4] <= '2025': err(k, 'tsv year out of 2018-2025')
    if it['loc'] and it['loc'] not in text: err(k, f'tsv location {it["loc"]!r} not in text')
    # shapes
    if style == 'note':
        if '\n' in text or not text.strip(): err(k, 'note not one line')
        m = re.search(r'\b(\d{1,2}) (' + '|'.join(MONTHS) + r') (\d{4})\b', text[:90])
        if m:
            od = datetime.date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1))).isoformat()
            if text[:90].lstrip().startswith(('On ', 'In the night of ')) or text.find(m.group(0)) < 60:
                if od != it['date']: err(k, f'opening date {od} != tsv date {it["date"]}')
    elif style == 'wire':
        meta['wire'].append(gid)
        if '\n' in text or ' - ' not in text: err(k, 'wire not one line with " - "')
        if text.rstrip().endswith('.'): err(k, 'wire ends in a full stop')
    elif style == 'news':
        meta['news'].append(gid)
        parts = text.split('\n\n'); paras = parts[1:]
        if '\n' in parts[0]: err(k, 'headline not one line')
        if not 4 <= len(paras) <= 7: err(k, f'{len(paras)} paragraphs')
        w = words(text)
        if not 140 <= w <= 420: err(k, f'{w} words')
        if not re.search(r'[A-Z]{3,}|\(\w+\) [-—]| [-—] ', paras[0][:80]): err(k, 'no dateline in first paragraph')
    else: err(k, f'style {style}')
    if it['noevent']: meta['noevent'].append(gid)
    lines = it['lines'] + EXTRA.get(k, [])
    fat = 0; nclus = collections.Counter(); scored = 0
    for ln in lines:
        kw = ln['kw']; t = ln['type']
        bad = set(kw) - {'a', 'v', 'n', 'loc', 'd', 'by', 'cum', 's', 'note', 'cause'}
        if bad: err(k, f'unknown keys {bad}')
        cum = bool(kw.get('cum', False)); s = bool(kw.get('s', True))
        try: c, q = count(ln['n'])
        except Exception: err(k, f'bad count {ln["n"]!r}'); c, q = None, None
        loc = kw.get('loc', it['loc'] or '-'); loc = None if loc in ('-', '') else loc
        try: d = resolve(kw.get('d'), rep, it['date'], cum)
        except Exception: err(k, f'bad date {kw.get("d")!r}'); d = None
        nclus[t] += 1
        g = collections.OrderedDict()
        g['article'] = gid + '.txt'; g['type'] = t; g['victim'] = ln['victim']; g['actor'] = ln['actor']
        g['count'] = c; g['qualifier'] = q; g['cumulative'] = cum
        if t == 'EQUIPMENT_LOSS': g['equipment'] = ln['equipment']
        g['location'] = loc; g['date'] = d; g['claimedBy'] = kw.get('by'); g['evidence'] = ln['ev']
        g['cluster'] = f'{gid}-{t.lower()}-{nclus[t]}'; g['scored'] = s
        if t in ('KILLED', 'WOUNDED'):
            g['cause'] = kw.get('cause', kind if kind in lib.NONCONF else 'violence')
        if kw.get('note'): g['note'] = kw['note']
        # checks
        if ln['ev'] not in text: err(k, f'evidence not verbatim: {ln["ev"]!r}')
        if loc and loc not in text: err(k, f'location not verbatim: {loc!r}')
        if d and d > rep: err(k, f'date {d} after rep')
        if d and not '2018' <= d[:4] <= '2025' and s: err(k, f'scored line dated {d}')
        for f in ('victim', 'actor', 'claimedBy'):
            if g[f] is not None and not CODE.match(g[f]): err(k, f'code {f}={g[f]}')
        if t in ('KILLED','WOUNDED','DISPLACEMENT','EQUIPMENT_LOSS') and not g['victim']: err(k, 'no victim')
        if t == 'EQUIPMENT_LOSS' and g['equipment'] not in EQ: err(k, 'equipment')
        if t in ('KILLED', 'WOUNDED') and c == 1 and q != 'EXACT': err(k, 'singular not EXACT')
        if t in ('KILLED', 'WOUNDED'):
            want = kind if kind in lib.NONCONF else 'violence'
            if g['cause'] != want: err(k, f'cause {g["cause"]} for kind {kind}')
        if cum and t not in ('KILLED','WOUNDED','DISPLACEMENT','CAPTURE','EQUIPMENT_LOSS'): err(k, f'cumulative {t}')
        if c and 1900 <= c <= 2030: err(k, f'year-like count {c} (change the figure)')
        if s and t in ('OFFENSIVE','CAPTURE','DEPLOYMENT','THREAT','TALKS') and not g['actor']: err(k, f'scored {t} with no actor')
        if kind in lib.NONCONF:
            if t in ('ATTACK','CAPTURE','OFFENSIVE'): err(k, f'{t} in a non-conflict item')
            if t in ('KILLED','WOUNDED') and g['actor']: err(k, 'actor on a non-conflict death')
        if s: scored += 1
        if t == 'KILLED' and s and not cum and g['cause'] == 'violence' and c: fat += c
        gold.append(g)
    if it['noevent'] and scored: err(k, 'no-event item with scored lines')
    if not it['noevent'] and not scored: err(k, 'no scored line')
    if kind in lib.NONCONF and it['fat'] != 0: err(k, 'non-conflict fatalities')
    if fat != it['fat']: err(k, f'fatalities {it["fat"]} != gold sum {fat}')
    tsv.append([gid, it['date'], it['country'], kind, it['loc'] or '', it['a1'], it['a2'], str(it['fat'])])
    arts[gid] = f' date {rep}\n{text}\n'
for c, n in countries.items():
    if c != 'Syria' and n > 4: errors.append(f'country {c}: {n} items')

if errors:
    print('\n'.join(errors)); print(f'{len(errors)} errors; nothing written'); sys.exit(1)
print(f'{len(items)} items, {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored), {len(countries)} countries: OK')
if '--check' in sys.argv: sys.exit(0)
os.makedirs(os.path.join(SET, 'articles'), exist_ok=True)
for f in os.listdir(os.path.join(SET, 'articles')): os.remove(os.path.join(SET, 'articles', f))
for gid, t in arts.items():
    open(os.path.join(SET, 'articles', gid + '.txt'), 'w', encoding='utf-8').write(t)
with open(os.path.join(SET, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open(os.path.join(SET, 'notes.tsv'), 'w', encoding='utf-8') as f:
    f.write('id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2\tfatalities\n')
    for r in tsv: f.write('\t'.join(r) + '\n')
json.dump(meta, open(os.path.join(SET, 'noevent.json'), 'w'), indent=1)
with open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8') as f:
    f.write('id\tkey\tstyle\tcountry\tkind\n')
    for it in items: f.write(f'{it["id"]}\t{it["key"]}\t{it["style"]}\t{it["country"]}\t{it["kind"]}\n')
print('written')
