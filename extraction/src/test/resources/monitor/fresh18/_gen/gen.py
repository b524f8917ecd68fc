#!/usr/bin/env python3
"""Expands the hand-written items of b1.py..b7.py into articles/, gold.jsonl, notes.tsv, noevent.json.
python3 _gen/gen.py [--check]"""
import datetime, json, os, random, re, sys, collections
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
for m in ('b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7'):
    if os.path.exists(os.path.join(HERE, m + '.py')): __import__(m)
try: import b9; EXTRA = b9.EXTRA
except ImportError: EXTRA = {}
SEED = 18180618
NONCONF = {'disaster', 'accident', 'disease'}
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
KINDS = {'attack','armed_clash','air_drone_strike','shelling_artillery_missile','remote_explosive_ied','abduction',
         'gov_regains_territory','nonstate_takes_territory','other_violence','protest_or_statement','disaster','accident','disease'}
errs = []


def resolve(d, item):
    if d == '=': return item['date']
    if d is None: return None
    rep = datetime.date.fromisoformat(item['rep'])
    m = re.fullmatch(r'rep(?:-(\d+))?', d)
    if m: return (rep - datetime.timedelta(days=int(m.group(1) or 0))).isoformat()
    m = re.fullmatch(r'(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:-(\d+))?', d)
    if m:
        back = (rep.weekday() - WD.index(m.group(1))) % 7
        return (rep - datetime.timedelta(days=back + int(m.group(2) or 0))).isoformat()
    datetime.date.fromisoformat(d); return d


def qual(n):
    if n is None: return None, None
    if isinstance(n, int): return n, 'EXACT'
    q = {'>': 'AT_LEAST', '~': 'ABOUT', '<': 'UP_TO'}[n[0]]
    return int(n[1:]), q


items = lib.ITEMS
keys = [it['key'] for it in items]
for k, c in collections.Counter(keys).items():
    if c > 1: errs.append(f'duplicate key {k}')
for k, extra in EXTRA.items():
    for it in items:
        if it['key'] == k: it['lines'] += extra
order = sorted(items, key=lambda it: it['key'])
random.Random(SEED).shuffle(order)
gold, rows, arts, keymap = [], [], {}, []
noevent, wire, news = [], [], []
ccount = collections.Counter()
for idx, it in enumerate(order, 1):
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', it['date']): it['date'] = resolve(it['date'], dict(it, date=None))
    iid = 'b%03d' % idx; k = it['key']; text = it['text'].strip(); kind = it['kind']
    keymap.append((iid, k, it['style'], it['country'], kind))
    if kind not in KINDS: errs.append(f'{k}: kind {kind}')
    if it['date'] > it['rep']: errs.append(f'{k}: tsv date after rep')
    if not ('2018' <= it['date'][:4] <= '2025'): errs.append(f'{k}: year')
    if it['place'] and it['place'] not in text: errs.append(f'{k}: tsv place {it["place"]!r} not in text')
    st = it['style']
    if st == 'note' and '\n' in text: errs.append(f'{k}: note on several lines')
    if st == 'wire':
        if '\n' in text or ' - ' not in text: errs.append(f'{k}: wire shape')
        if text.rstrip().endswith('.'): errs.append(f'{k}: wire ends with full stop')
        wire.append(iid)
    if st == 'news':
        news.append(iid)
        paras = text.split('\n\n')
        words = len(text.split())
        if not 4 <= len(paras) - 1 <= 7: errs.append(f'{k}: news paragraphs {len(paras)-1}')
        if not 130 <= words <= 420: errs.append(f'{k}: news words {words}')
        if '\n' in paras[0]: errs.append(f'{k}: headline')
    if it['country'] == 'Syria' and not ('2019' <= it['date'][:4] <= '2020'): errs.append(f'{k}: Syria year')
    scored = 0; fsum = 0; tc = collections.Counter()
    for ln in it['lines']:
        t = ln['type']; tc[t] += 1
        n, q = qual(ln['n'])
        if isinstance(n, int) and 1900 <= n <= 2030: errs.append(f'{k}: year-like count {n}')
        loc = it['place'] if ln['loc'] == '=' else ln['loc']
        try: d = resolve(ln['d'], it)
        except Exception as e: errs.append(f'{k}: date {ln["d"]}: {e}'); d = None
        if d and d > it['rep']: errs.append(f'{k}: line date {d} after rep')
        if ln['ev'] not in text: errs.append(f'{k}: evidence not in text: {ln["ev"]!r}')
        if loc is not None and loc not in text: errs.append(f'{k}: location not in text: {loc!r}')
        for f in ('victim', 'actor', 'by'):
            if ln[f] is not None and not CODE.match(ln[f]): errs.append(f'{k}: code {ln[f]}')
        if t in ('KILLED', 'WOUNDED', 'EQUIPMENT_LOSS', 'DISPLACEMENT') and not ln['victim']: errs.append(f'{k}: no victim')
        if t in ('KILLED', 'WOUNDED') and n == 1 and q != 'EXACT': errs.append(f'{k}: singular not EXACT')
        if ln['cum'] and t not in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'CAPTURE', 'EQUIPMENT_LOSS'): errs.append(f'{k}: cumulative on {t}')
        if ln['s'] and t in ('OFFENSIVE', 'CAPTURE', 'DEPLOYMENT', 'THREAT', 'TALKS') and not ln['actor']: errs.append(f'{k}: scored {t} without actor')
        if (t == 'EQUIPMENT_LOSS') != (ln['eq'] is not None): errs.append(f'{k}: equipment')
        g = collections.OrderedDict(article=iid + '.txt', type=t, victim=ln['victim'], actor=ln['actor'], count=n,
                                    qualifier=q, cumulative=ln['cum'])
        if t == 'EQUIPMENT_LOSS': g['equipment'] = ln['eq']
        tc2 = sum(1 for x in gold if x['article'] == iid + '.txt' and x['type'] == t) + 1
        g.update(location=loc, date=d, claimedBy=ln['by'], evidence=ln['ev'],
                 cluster=f'{iid}-{t.lower()}-{tc2}', scored=ln['s'])
        if t in ('KILLED', 'WOUNDED'):
            g['cause'] = kind if kind in NONCONF else 'violence'
            if ln['cause']:
                if ln['s']: errs.append(f'{k}: cause override on a scored line')
                g['cause'] = ln['cause']
            if kind in NONCONF and ln['actor']: errs.append(f'{k}: non-conflict death with actor')
        if kind in NONCONF and t in ('ATTACK', 'CAPTURE', 'OFFENSIVE'): errs.append(f'{k}: conflict type in non-conflict item')
        if ln['note']: g['note'] = ln['note']
        gold.append(g)
        scored += ln['s']
        if t == 'KILLED' and ln['s'] and not ln['cum'] and g['cause'] == 'violence' and n: fsum += n
    if fsum != it['fat']: errs.append(f'{k}: fatalities written {it["fat"]} != gold sum {fsum}')
    if kind in NONCONF and it['fat'] != 0: errs.append(f'{k}: non-conflict with fatalities')
    if k.startswith('ne') or kind in ('protest_or_statement',) and not scored:
        pass
    if not scored:
        noevent.append(iid)
    if it.get('noevent') is not None: pass
    arts[iid] = ' date %s\n%s\n' % (it['rep'], text)
    rows.append([iid, it['date'], it['country'], kind, it['place'], it['a1'], it['a2'], str(it['fat'])])
    ccount[it['country']] += 1
for c, v in ccount.items():
    if c != 'Syria' and v > 4: errs.append(f'country {c}: {v} items')
if len(items) != 150 and '--partial' not in sys.argv: errs.append(f'{len(items)} items, not 150')
print(f'{len(items)} items, {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored), {len(ccount)} countries, noevent {len(noevent)}')
if errs:
    print('\n'.join('ERR ' + e for e in errs)); print(len(errs), 'errors'); sys.exit(1)
if '--check' in sys.argv: sys.exit(0)
os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
for f in os.listdir(os.path.join(OUT, 'articles')): os.remove(os.path.join(OUT, 'articles', f))
for iid, t in arts.items(): open(os.path.join(OUT, 'articles', iid + '.txt'), 'w', encoding='utf-8').write(t)
with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8') as f:
    f.write('\t'.join(['id','date','country','kind','location','admin1','admin2','fatalities']) + '\n')
    for r in rows: f.write('\t'.join(r) + '\n')
json.dump({'noevent': noevent, 'wire': wire, 'news': news}, open(os.path.join(OUT, 'noevent.json'), 'w'), indent=1)
with open(os.path.join(HERE, 'keys.tsv'), 'w') as f:
    for r in keymap: f.write('\t'.join(r) + '\n')
print('written')
