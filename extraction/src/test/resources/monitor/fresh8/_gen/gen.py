#!/usr/bin/env python3
"""Expands the hand-written items (b1..b5) into monitor-u: articles/uNNN.txt, gold.jsonl, notes.tsv, noevent.json.
python3 _gen/gen.py   (from anywhere; writes into the folder above _gen)"""
import collections, datetime, importlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import lib
for m in ('b1', 'b2', 'b3', 'b4', 'b5', 'b6'):
    if os.path.exists(os.path.join(HERE, m + '.py')):
        importlib.import_module(m)

SEED = 20261219
NONCONF = {'disaster', 'accident', 'disease'}
KINDS = {'attack', 'armed_clash', 'air_drone_strike', 'shelling_artillery_missile', 'remote_explosive_ied', 'abduction',
         'gov_regains_territory', 'nonstate_takes_territory', 'other_violence', 'protest_or_statement', 'disaster',
         'accident', 'disease'}
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
EQS = {'TANK', 'HELICOPTER', 'AIRCRAFT', 'APC', 'VEHICLE', 'ARTILLERY', 'DEPOT', 'OTHER'}
VICTIM_TYPES = ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'EQUIPMENT_LOSS')
ERR = []


def err(msg):
    ERR.append(msg)


items = lib.ITEMS
keys = [it['key'] for it in items]
dup = [k for k, n in collections.Counter(keys).items() if n > 1]
if dup: err(f'duplicate keys {dup}')
expected = int(os.environ.get('EXPECT', '150'))
if len(items) != expected: err(f'{len(items)} items, expected {expected}')

order = list(items)
random.Random(SEED).shuffle(order)
os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
for f in os.listdir(os.path.join(OUT, 'articles')):
    os.remove(os.path.join(OUT, 'articles', f))

gold, rows, meta, keymap = [], [], {'noevent': [], 'wire': [], 'news': []}, []
country_n = collections.Counter()
for n, it in enumerate(order, 1):
    uid = 'u%03d' % n
    k = it['key']
    rep, text, style = it['rep'], it['text'], it['style']
    tsv = it['tsv'].split('|')
    if len(tsv) != 6: err(f'{k}: tsv fields {tsv}'); continue
    tdate, country, kind, tloc, a1, a2 = tsv
    country_n[country] += 1
    if kind not in KINDS: err(f'{k}: kind {kind}')
    datetime.date.fromisoformat(rep); datetime.date.fromisoformat(tdate)
    if tdate > rep: err(f'{k}: tsv date after rep')
    if tloc and tloc not in text: err(f'{k}: tsv location {tloc!r} not in text')
    # shape
    if style == 'wire':
        if '\n' in text: err(f'{k}: wire with newline')
        if text.rstrip().endswith('.') and not text.rstrip().endswith('...'): err(f'{k}: wire ends in a full stop')
        if ' - ' not in text: err(f'{k}: wire without " - "')
        meta['wire'].append(uid)
    elif style == 'news':
        lines = text.split('\n')
        head, body = lines[0], '\n'.join(lines[1:]).strip()
        paras = [p for p in re.split(r'\n\s*\n', body) if p.strip()]
        words = len(re.findall(r'\S+', text))
        if not 4 <= len(paras) <= 7: err(f'{k}: {len(paras)} paragraphs')
        if not 180 <= words <= 420: err(f'{k}: {words} words')
        if not head or head.endswith('.'): err(f'{k}: headline')
        it['_words'] = words
        meta['news'].append(uid)
    elif style == 'note':
        if '\n' in text: err(f'{k}: note with newline')
    else:
        err(f'{k}: style {style}')
    if it['noevent']: meta['noevent'].append(uid)
    with open(os.path.join(OUT, 'articles', uid + '.txt'), 'w', encoding='utf-8') as fh:
        fh.write(' date %s\n%s\n' % (rep, text))
    # events
    cnt = collections.Counter()
    fat = 0
    for e in it['events']:
        t = e['type']
        cnt[t] += 1
        cl = '%s-%s-%d' % (uid, t.lower().replace('_', ''), cnt[t])
        victim = e.get('victim', e.get('v'))
        actor = e.get('a')
        count = e.get('count', e.get('n'))
        q = lib.QMAP[e.get('q')]
        loc = e.get('l', it['dl'] if it['dl'] is not None else (tloc or None))
        if loc == '-': loc = None
        d = lib.resolve(e.get('d', it['dd'] or tdate), rep)
        scored = e.get('s', True)
        cum = e.get('cum', False)
        g = collections.OrderedDict()
        g['article'] = uid + '.txt'; g['type'] = t; g['victim'] = victim; g['actor'] = actor
        g['count'] = count; g['qualifier'] = q; g['cumulative'] = cum
        if t == 'EQUIPMENT_LOSS': g['equipment'] = e['eq']
        g['location'] = loc; g['date'] = d; g['claimedBy'] = e.get('cb'); g['evidence'] = e['ev']
        g['cluster'] = cl; g['scored'] = scored
        if t in ('KILLED', 'WOUNDED'):
            g['cause'] = e.get('cause', kind if kind in NONCONF else 'violence')
        if e.get('note'): g['note'] = e['note']
        # checks
        if e['ev'] not in text: err(f'{k}: evidence not verbatim: {e["ev"]!r}')
        if loc and loc not in text: err(f'{k}: location {loc!r} not in text')
        if d and d > rep: err(f'{k}: date {d} after rep {rep}')
        if (count is None) != (q is None): err(f'{k}: count/qualifier {count} {q}')
        if count is not None and (not isinstance(count, int) or count <= 0): err(f'{k}: count {count}')
        if t in ('KILLED', 'WOUNDED') and count == 1 and q != 'EXACT': err(f'{k}: singular not EXACT')
        for f, c in (('victim', victim), ('actor', actor), ('claimedBy', g['claimedBy'])):
            if c is not None and not CODE.match(c): err(f'{k}: code {f}={c}')
        if t in VICTIM_TYPES and not victim: err(f'{k}: {t} without victim')
        if t == 'EQUIPMENT_LOSS' and e['eq'] not in EQS: err(f'{k}: equipment {e["eq"]}')
        if cum and t not in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'CAPTURE', 'EQUIPMENT_LOSS'): err(f'{k}: cumulative {t}')
        if it['noevent'] and scored: err(f'{k}: scored line in a no-event item')
        if kind in NONCONF:
            if t in ('ATTACK', 'CAPTURE', 'OFFENSIVE'): err(f'{k}: {t} in a non-conflict item')
            if t in ('KILLED', 'WOUNDED') and (actor or g['cause'] == 'violence'): err(f'{k}: non-conflict death with actor/violence')
        elif t in ('KILLED', 'WOUNDED') and g['cause'] != 'violence' and not e.get('cause'):
            err(f'{k}: cause')
        if t == 'KILLED' and scored and not cum and g['cause'] == 'violence' and count:
            fat += count
        gold.append(g)
    if fat != it['fat']: err(f'{k}: hand fatalities {it["fat"]} != gold sum {fat}')
    if kind in NONCONF and it['fat'] != 0: err(f'{k}: non-conflict with fatalities')
    if not it['events'] and not it['noevent']: err(f'{k}: no events and not no-event')
    if not it['noevent'] and not any(e.get('s', True) for e in it['events']): err(f'{k}: no scored line')
    rows.append([uid, tdate, country, kind, tloc, a1, a2, str(it['fat'])])
    keymap.append([uid, k, style, country, kind])

for c, n in country_n.items():
    if c != 'Syria' and n > 6: err(f'country {c}: {n} items')

with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
    for g in gold: fh.write(json.dumps(g, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('\t'.join(['id', 'date', 'country', 'kind', 'location', 'admin1', 'admin2', 'fatalities']) + '\n')
    for r in rows: fh.write('\t'.join(r) + '\n')
with open(os.path.join(OUT, 'noevent.json'), 'w', encoding='utf-8') as fh:
    json.dump(meta, fh, indent=1); fh.write('\n')
with open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('id\tkey\tstyle\tcountry\tkind\n')
    for r in keymap: fh.write('\t'.join(r) + '\n')

print('\n'.join('ERROR ' + e for e in ERR))
print(f'{len(items)} items, {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored), {len(ERR)} errors')
