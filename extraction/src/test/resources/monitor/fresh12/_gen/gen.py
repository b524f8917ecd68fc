#!/usr/bin/env python3
"""Expands the items of b*.py into ../articles, ../gold.jsonl, ../notes.tsv, ../noevent.json and keys.tsv,
after checking them. python3 _gen/gen.py  (exits 1 on a check error; nothing is written then)."""
import collections, datetime, glob, json, os, random, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
for f in sorted(glob.glob(os.path.join(HERE, 'b*.py'))):
    exec(compile(open(f, encoding='utf-8').read(), f, 'exec'), {'__name__': 'items', **{k: getattr(lib, k) for k in dir(lib) if not k.startswith('__')}})
ITEMS = lib.ITEMS

WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
EQ = {'TANK', 'HELICOPTER', 'AIRCRAFT', 'APC', 'VEHICLE', 'ARTILLERY', 'DEPOT', 'OTHER'}
QUAL = {'EXACT', 'AT_LEAST', 'ABOUT', 'UP_TO'}
KINDS = {'attack', 'armed_clash', 'air_drone_strike', 'shelling_artillery_missile', 'remote_explosive_ied', 'abduction',
         'gov_regains_territory', 'nonstate_takes_territory', 'other_violence', 'protest_or_statement', 'disaster',
         'accident', 'disease'}
NONCONF = {'disaster', 'accident', 'disease'}
errors = []


def err(item, msg): errors.append('%s: %s' % (item['key'], msg))


def resolve(spec, rep, item):
    if spec is None: return None
    r = datetime.date.fromisoformat(rep)
    if spec == 'rep': return rep
    m = re.fullmatch(r'rep-(\d+)', spec)
    if m: return (r - datetime.timedelta(days=int(m.group(1)))).isoformat()
    if spec in WD:
        d = r
        while WD[d.weekday()] != spec: d -= datetime.timedelta(days=1)
        return d.isoformat()
    try:
        datetime.date.fromisoformat(spec); return spec
    except Exception:
        err(item, 'bad date spec %r' % spec); return None


def words(t): return len(re.findall(r'\S+', t))


keys = [it['key'] for it in ITEMS]
for k, c in collections.Counter(keys).items():
    if c > 1: errors.append('duplicate key ' + k)
countries = collections.Counter(it['country'] for it in ITEMS)
for c, n in countries.items():
    if c != 'Syria' and n > 6: errors.append('country %s has %d items' % (c, n))

for it in ITEMS:
    text, rep = it['text'], it['rep']
    it['tdate'] = resolve(it['date'], rep, it)
    if it['kind'] not in KINDS: err(it, 'kind')
    if it['tdate'] and not ('2018' <= it['tdate'][:4] <= '2025'): err(it, 'event year')
    if it['tdate'] and it['tdate'] > rep: err(it, 'tsv date after date line')
    if it['loc'] and it['loc'] not in text: err(it, 'tsv location not in text: %r' % it['loc'])
    st = it['style']
    if st in ('note', 'wire') and ('\n' in text or not text.strip()): err(it, 'not one line')
    if st == 'wire':
        if ' - ' not in text: err(it, 'wire without " - "')
        if text.rstrip().endswith('.'): err(it, 'wire ends in a full stop')
    if st == 'news':
        parts = text.split('\n\n')
        if len(parts) < 2 or '\n' in parts[0]: err(it, 'news headline')
        paras = parts[1:]
        if not 4 <= len(paras) <= 7: err(it, '%d paragraphs' % len(paras))
        w = words(text)
        if not 180 <= w <= 420: err(it, '%d words' % w)
    noev = it['kind'] == 'protest_or_statement'
    nonc = it['kind'] in NONCONF
    fat = 0
    for g in it['lines']:
        t = g['type']
        ev = g['evidence']
        if ev not in text: err(it, 'evidence not verbatim: %r' % ev)
        loc = it['loc'] or None if g['loc'] is lib._DEF else (None if g['loc'] == '-' else g['loc'])
        g['location'] = loc
        if loc and loc not in text: err(it, 'gold location not verbatim: %r' % loc)
        g['rdate'] = it['tdate'] if g['date'] is lib._DEF else resolve(g['date'], rep, it)
        if g['rdate'] and g['rdate'] > rep: err(it, 'gold date after date line: %r' % ev)
        if g['rdate'] and not ('2018' <= g['rdate'][:4] <= '2025'): err(it, 'gold year')
        if (g['count'] is None) != (g['qualifier'] is None): err(it, 'count/qualifier: %r' % ev)
        if g['qualifier'] and g['qualifier'] not in QUAL: err(it, 'qualifier')
        if g['count'] is not None and (not isinstance(g['count'], int) or g['count'] <= 0): err(it, 'count %r' % ev)
        if isinstance(g['count'], int) and 1900 <= g['count'] <= 2030 and str(g['count']) not in ev.replace(',', ''):
            err(it, 'year-like count')
        if t in ('KILLED', 'WOUNDED'):
            if g['count'] == 1 and g['qualifier'] != 'EXACT': err(it, 'singular not EXACT')
            if g['s'] and g['count'] is None and ev.split(' ')[0].lower() in ('a', 'an', 'one', 'the'):
                print('hint %s: scored %s without count starting with an article: %r' % (it['key'], t, ev))
            if g['cause'] not in ('violence', 'disaster', 'accident', 'disease', 'unknown'): err(it, 'cause')
            if nonc and g['cause'] != it['kind']: err(it, 'cause is not the kind')
            if not nonc and g['cause'] != 'violence': err(it, 'non-violent cause in a conflict item')
        for f in ('victim', 'actor', 'by'):
            if g[f] is not None and not CODE.match(g[f]): err(it, 'code %s=%s' % (f, g[f]))
        if t in ('KILLED', 'WOUNDED', 'EQUIPMENT_LOSS', 'DISPLACEMENT') and not g['victim']: err(it, 'no victim')
        if t == 'EQUIPMENT_LOSS' and g['equipment'] not in EQ: err(it, 'equipment')
        if g['cum'] and t not in ('KILLED', 'WOUNDED', 'DISPLACEMENT', 'CAPTURE', 'EQUIPMENT_LOSS'): err(it, 'cumulative on ' + t)
        if g['s'] and t in ('OFFENSIVE', 'CAPTURE', 'DEPLOYMENT', 'THREAT', 'TALKS') and not g['actor']:
            err(it, 'scored %s without actor' % t)
        if noev and g['s']: err(it, 'scored line in a no-event item')
        if nonc and (t in ('ATTACK', 'CAPTURE', 'OFFENSIVE') or g['actor']): err(it, 'conflict line in a non-conflict item')
        if t == 'KILLED' and g['s'] and not g['cum'] and g.get('cause') == 'violence' and g['count']:
            fat += g['count']
    if not noev and not any(g['s'] for g in it['lines']): err(it, 'no scored line')
    if fat != it['fat']: err(it, 'fatalities %d written, gold gives %d' % (it['fat'], fat))

if errors:
    print('\n'.join(errors)); print('%d errors' % len(errors)); sys.exit(1)

order = list(ITEMS)
random.Random(20261210).shuffle(order)
n = len(order)
ad = os.path.join(OUT, 'articles'); os.makedirs(ad, exist_ok=True)
for f in glob.glob(os.path.join(ad, 'y*.txt')): os.remove(f)
gold, tsv, keysout = [], ['id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2\tfatalities'], ['id\tkey\tstyle\tcountry\tkind']
meta = {'noevent': [], 'wire': [], 'news': []}
for i, it in enumerate(order, 1):
    yid = 'y%03d' % i
    open(os.path.join(ad, yid + '.txt'), 'w', encoding='utf-8').write(' date %s\n%s\n' % (it['rep'], it['text']))
    tsv.append('\t'.join([yid, it['tdate'] or it['rep'], it['country'], it['kind'], it['loc'], it['a1'], it['a2'], str(it['fat'])]))
    keysout.append('\t'.join([yid, it['key'], it['style'], it['country'], it['kind']]))
    if it['kind'] == 'protest_or_statement': meta['noevent'].append(yid)
    if it['style'] in ('wire', 'news'): meta[it['style']].append(yid)
    per = collections.Counter()
    for g in it['lines']:
        tl = g['type'].lower(); per[tl] += 1
        o = collections.OrderedDict()
        o['article'] = yid + '.txt'; o['type'] = g['type']; o['victim'] = g['victim']; o['actor'] = g['actor']
        o['count'] = g['count']; o['qualifier'] = g['qualifier']; o['cumulative'] = g['cum']
        if g['type'] == 'EQUIPMENT_LOSS': o['equipment'] = g['equipment']
        o['location'] = g['location']; o['date'] = g['rdate']; o['claimedBy'] = g['by']; o['evidence'] = g['evidence']
        o['cluster'] = '%s-%s-%d' % (yid, tl, per[tl]); o['scored'] = g['s']
        if 'cause' in g: o['cause'] = g['cause']
        if g['note']: o['note'] = g['note']
        gold.append(json.dumps(o, ensure_ascii=False))
open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8').write('\n'.join(gold) + '\n')
open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8').write('\n'.join(tsv) + '\n')
open(os.path.join(OUT, 'noevent.json'), 'w', encoding='utf-8').write(json.dumps(meta) + '\n')
open(os.path.join(HERE, 'keys.tsv'), 'w', encoding='utf-8').write('\n'.join(keysout) + '\n')
print('%d items, %d gold lines (%d scored), 0 errors' % (n, len(gold), sum(g['s'] for it in ITEMS for g in it['lines'])))
