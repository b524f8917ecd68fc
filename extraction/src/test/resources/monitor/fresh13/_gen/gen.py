#!/usr/bin/env python3
"""Expands the hand-written items of b*.py into ../articles, ../gold.jsonl, ../notes.tsv, ../noevent.json.
Run: python3 _gen/gen.py (from the set folder or anywhere). Exits 1 on a check failure (nothing is written then)."""
import collections, datetime, glob, json, os, random, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
for f in sorted(glob.glob(os.path.join(HERE, 'b*.py'))):
    exec(compile(open(f, encoding='utf-8').read(), f, 'exec'), vars(lib))
ITEMS = lib.ITEMS

WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
KINDS = {'attack','armed_clash','air_drone_strike','shelling_artillery_missile','remote_explosive_ied','abduction',
         'gov_regains_territory','nonstate_takes_territory','other_violence','protest_or_statement','disaster','accident','disease'}
NONCONF = {'disaster', 'accident', 'disease'}
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
EQ = {'TANK','HELICOPTER','AIRCRAFT','APC','VEHICLE','ARTILLERY','DEPOT','OTHER'}
MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
errs, hints = [], []


def res(x, rep):
    if x is None: return None
    r = datetime.date.fromisoformat(rep)
    if x == 'rep': return rep
    if x.startswith('rep-'): return (r - datetime.timedelta(days=int(x[4:]))).isoformat()
    if x in WD:
        back = (r.weekday() - WD.index(x)) % 7
        return (r - datetime.timedelta(days=back)).isoformat()
    datetime.date.fromisoformat(x); return x


keys = [it['key'] for it in ITEMS]
for k, c in collections.Counter(keys).items():
    if c > 1: errs.append(f'duplicate key {k}')
items = sorted(ITEMS, key=lambda it: it['key'])
random.Random(20261211).shuffle(items)
gold, rows, noevent, wire, news, keymap = [], [], [], [], [], []
for i, it in enumerate(items, 1):
    zid = 'z%03d' % i; art = zid + '.txt'; rep = it['rep']; text = it['text']; kind = it['kind']; key = it['key']
    def E_(m): errs.append(f'{zid} ({key}): {m}')
    try: date = res(it['date'], rep)
    except Exception as e: E_(f'bad date {it["date"]}'); date = rep
    if kind not in KINDS: E_(f'kind {kind}')
    if date > rep: E_('tsv date after rep')
    if not ('2018' <= date[:4] <= '2025'): E_('event year')
    if it['loc'] and it['loc'] not in text: E_(f'tsv loc {it["loc"]!r} not in text')
    st = it['style']
    if st == 'note':
        if '\n' in text: E_('note not one line')
        m = re.match(r'^(?:On |On the \w+ of )?(\d{1,2}) (%s) (\d{4})' % '|'.join(MONTHS), text)
        if m and '%s-%02d-%02d' % (m.group(3), MONTHS.index(m.group(2)) + 1, int(m.group(1))) != date: E_('opening date != tsv date')
    elif st == 'wire':
        wire.append(zid)
        if '\n' in text or ' - ' not in text: E_('wire shape')
        if text.rstrip().endswith('.'): E_('wire ends with a full stop')
    elif st == 'news':
        news.append(zid)
        parts = text.split('\n')
        if len(parts) < 3 or parts[1] != '' or not parts[0].strip(): E_('news: headline, blank line')
        paras = [p for p in '\n'.join(parts[2:]).split('\n\n') if p.strip()]
        words = len(text.split())
        if not 4 <= len(paras) <= 7: E_(f'news: {len(paras)} paragraphs')
        if not 180 <= words <= 420: E_(f'news: {words} words')
        if any('\n' in p for p in paras): E_('news: stray newline')
    else: E_('style')
    fsum = 0; scored_any = False; n_by = collections.Counter()
    for L in it['lines']:
        L = dict(L); t = L['type']
        n_by[t] += 1
        g = collections.OrderedDict()
        g['article'] = art; g['type'] = t; g['victim'] = L.get('victim'); g['actor'] = L.get('actor')
        g['count'] = L.get('count'); g['qualifier'] = L.get('qualifier'); g['cumulative'] = L.get('cum', False)
        if t == 'EQUIPMENT_LOSS': g['equipment'] = L['equipment']
        if 'l' in L: g['location'] = L['l']
        else: g['location'] = it['loc'] if it['loc'] and it['loc'] in text else None
        try: g['date'] = res(L['d'], rep) if 'd' in L else date
        except Exception: E_(f'bad line date {L.get("d")}'); g['date'] = None
        g['claimedBy'] = L.get('cb'); g['evidence'] = L['evidence']; g['cluster'] = f'{zid}-{t.lower()}-{n_by[t]}'
        g['scored'] = L.get('s', True)
        if t in ('KILLED', 'WOUNDED'): g['cause'] = L.get('c', kind if kind in NONCONF else 'violence')
        elif 'c' in L: E_('cause on non-K/W')
        if L.get('note'): g['note'] = L['note']
        ev = g['evidence']
        if not ev or ev not in text: E_(f'evidence not verbatim: {ev!r}')
        if g['location'] is not None and g['location'] not in text: E_(f'location {g["location"]!r} not in text')
        if g['date'] is not None and g['date'] > rep: E_(f'line date after rep: {ev!r}')
        if g['date'] is not None and not ('2018' <= g['date'][:4] <= '2025') and g['scored']: E_('line year')
        c = g['count']
        if (c is None) != (g['qualifier'] is None): E_(f'count/qualifier: {ev!r}')
        if c is not None and (not isinstance(c, int) or c <= 0): E_(f'count {c}')
        if c is not None and 1900 <= c <= 2030 and str(c) not in ev.replace(',', ''): E_(f'year-like count {c}')
        if t in ('KILLED', 'WOUNDED') and c == 1 and g['qualifier'] != 'EXACT': E_('singular not EXACT')
        if t in ('KILLED', 'WOUNDED') and g['scored'] and c is None and re.match(r'(a|an|one|the|another)\b', ev.lower()):
            hints.append(f'{zid} ({key}): scored K/W without count starting with an article: {ev!r}')
        for f in ('victim', 'actor', 'claimedBy'):
            if g[f] is not None and not CODE.match(g[f]): E_(f'code {f}={g[f]}')
        if t in ('KILLED','WOUNDED','DISPLACEMENT','EQUIPMENT_LOSS') and not g['victim']: E_('no victim')
        if t == 'EQUIPMENT_LOSS' and g['equipment'] not in EQ: E_('equipment value')
        if g['cumulative'] and t not in ('KILLED','WOUNDED','DISPLACEMENT','CAPTURE','EQUIPMENT_LOSS'): E_(f'cumulative on {t}')
        if g['scored'] and t in ('OFFENSIVE','CAPTURE','DEPLOYMENT','THREAT','TALKS') and not g['actor']: E_(f'scored {t} without actor')
        if kind in NONCONF:
            if t in ('ATTACK', 'CAPTURE', 'OFFENSIVE') or g['actor'] or g.get('cause', kind) != kind: E_(f'conflict content in non-conflict item: {ev!r}')
        elif g.get('cause', 'violence') != 'violence': E_('non-violence cause in conflict item')
        if g['scored']: scored_any = True
        if t == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and c: fsum += c
        gold.append(g)
    if fsum != it['fat']: E_(f'fatalities {it["fat"]} != gold sum {fsum}')
    if kind in NONCONF and it['fat']: E_('non-conflict with fatalities')
    if not scored_any:
        noevent.append(zid)
        if kind != 'protest_or_statement': E_('no scored line but not protest_or_statement')
    elif kind == 'protest_or_statement': E_('protest_or_statement with scored lines')
    rows.append([zid, date, it['country'], kind, it['loc'], it['a1'], it['a2'], str(it['fat'])])
    keymap.append([zid, key, st, it['country'], kind])
    it['_id'] = zid; it['_text'] = text

cc = collections.Counter(it['country'] for it in ITEMS)
for c, n in cc.items():
    if c != 'Syria' and n > 6: errs.append(f'country {c} has {n} items')
print('\n'.join('hint  ' + h for h in hints))
if errs:
    print('\n'.join('ERROR ' + e for e in errs)); print(f'{len(errs)} errors; nothing written'); sys.exit(1)
os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
for f in glob.glob(os.path.join(OUT, 'articles', '*.txt')): os.remove(f)
for it in items:
    open(os.path.join(OUT, 'articles', it['_id'] + '.txt'), 'w', encoding='utf-8').write(f' date {it["rep"]}\n{it["text"]}\n')
with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8') as f:
    f.write('\t'.join(['id','date','country','kind','location','admin1','admin2','fatalities']) + '\n')
    for r in rows: f.write('\t'.join(r) + '\n')
json.dump({'noevent': noevent, 'wire': wire, 'news': news}, open(os.path.join(OUT, 'noevent.json'), 'w'), indent=1)
with open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8') as f:
    for r in keymap: f.write('\t'.join(r) + '\n')
print(f'{len(items)} items, {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored), {len(cc)} countries; written')
