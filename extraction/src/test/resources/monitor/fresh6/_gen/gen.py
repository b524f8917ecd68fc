#!/usr/bin/env python3
"""Expands the hand-written items (b1.py ... b5.py) into the monitor-p set: articles/pNNN.txt, gold.jsonl, notes.tsv,
noevent.json and README.md (from readme.md.in). Re-run: python3 _gen/gen.py (byte-identical output)."""
import collections, json, os, random, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
import b1, b2, b3, b4, b5  # noqa: F401  (each appends to lib.ITEMS)

NONCONF = {'disaster', 'accident', 'disease'}
ORDER = ['article', 'type', 'victim', 'actor', 'count', 'qualifier', 'cumulative', 'equipment', 'location', 'date',
         'claimedBy', 'evidence', 'cluster', 'scored', 'cause', 'note']


def build():
    items = list(lib.ITEMS)
    random.Random(20261206).shuffle(items)
    os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, 'articles')):
        if f.endswith('.txt'):
            os.remove(os.path.join(OUT, 'articles', f))
    gold, rows, noevent, wire = [], [], [], []
    for k, it in enumerate(items, 1):
        pid = 'p%03d' % k
        it['id'] = pid
        with open(os.path.join(OUT, 'articles', pid + '.txt'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(' date %s\n%s\n' % (it['rep'], it['text']))
        counter = collections.Counter()
        fat = 0
        for e in it['ev']:
            t = e['type']
            counter[t] += 1
            g = dict(e)
            g['article'] = pid + '.txt'
            if g['location'] is lib.DEF: g['location'] = it['gloc']
            if g['date'] is lib.DEF: g['date'] = it['date']
            if t in ('KILLED', 'WOUNDED'):
                if g['cause'] is lib.DEF: g['cause'] = it['kind'] if it['kind'] in NONCONF else 'violence'
            else:
                del g['cause']
            if t != 'EQUIPMENT_LOSS': del g['equipment']
            if g['note'] is None: del g['note']
            g['cluster'] = '%s-%s-%d' % (pid, t.lower(), counter[t])
            gold.append({f: g[f] for f in ORDER if f in g})
            if t == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and g['count']:
                fat += g['count']
        it['fat'] = fat
        if not any(e['scored'] for e in it['ev']): noevent.append(pid)
        if it['wire']: wire.append(pid)
        rows.append([pid, it['date'], it['country'], it['kind'], it['loc'], it['a1'], it['a2'], str(fat)])
    with open(os.path.join(OUT, 'gold.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for g in gold: fh.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'notes.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\t'.join(['id', 'date', 'country', 'kind', 'location', 'admin1', 'admin2', 'fatalities']) + '\n')
        for r in rows: fh.write('\t'.join(r) + '\n')
    with open(os.path.join(OUT, 'noevent.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(json.dumps({'noevent': noevent, 'wire': wire}, indent=1) + '\n')
    return items, gold


def table(head, rows):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '---|' * len(head)]
    out += ['| ' + ' | '.join(str(c) for c in r) + ' |' for r in rows]
    return '\n'.join(out)


def readme(items, gold):
    n = len(items)
    syr = [it for it in items if it['country'] == 'Syria']
    wire = [it for it in items if it['wire']]
    nonc = [it for it in items if it['kind'] in NONCONF]
    noev = [it['id'] for it in items if not any(e['scored'] for e in it['ev'])]
    scored = [g for g in gold if g['scored']]
    kinds = collections.Counter(it['kind'] for it in items)
    ksyr = collections.Counter(it['kind'] for it in syr)
    ctry = collections.Counter(it['country'] for it in items)
    years = collections.Counter(it['date'][:4] for it in items)
    types = ['KILLED', 'WOUNDED', 'EQUIPMENT_LOSS', 'DISPLACEMENT', 'OFFENSIVE', 'CAPTURE', 'ATTACK', 'DEPLOYMENT',
             'THREAT', 'TALKS']
    tc = collections.Counter(g['type'] for g in gold)
    ts = collections.Counter(g['type'] for g in scored)
    causes = collections.Counter(g['cause'] for g in gold if 'cause' in g)
    cut = [it for it in wire if not it['text'].rstrip().endswith('.')]
    ell = [it for it in wire if it['text'].rstrip().endswith('…')]
    fat = sum(it['fat'] for it in items)
    v = dict(
        N=n, SYR=len(syr), SYRP=round(100 * len(syr) / n, 1), OTHER=n - len(syr),
        NCTRY=len(ctry) - 1, WIRE=len(wire), WIREP=round(100 * len(wire) / n, 1), CUT=len(cut), ELL=len(ell),
        NONC=len(nonc), NONCP=round(100 * len(nonc) / n, 1),
        NONCK=', '.join('%s %d' % (k, sum(1 for it in nonc if it['kind'] == k)) for k in ('disaster', 'accident', 'disease')),
        NOEV=len(noev), NOEVIDS=' '.join(noev), FAT=fat, FATN=sum(1 for it in items if it['fat'] > 0),
        FATSYR=sum(it['fat'] for it in syr),
        GOLD=len(gold), SCORED=len(scored),
        ONE=sum(1 for g in gold if g['type'] in ('KILLED', 'WOUNDED') and g['count'] == 1),
        CUM=sum(1 for g in gold if g['cumulative']), CLAIM=sum(1 for g in gold if g['claimedBy']),
        CAUSES=', '.join('%s %d' % kv for kv in sorted(causes.items(), key=lambda kv: -kv[1])),
        TYPES=table(['type', 'all', 'scored'], [[t, tc[t], ts[t]] for t in types] + [['total', len(gold), len(scored)]]),
        KINDS=table(['kind', 'all', 'of which Syria'], [[k, c, ksyr[k]] for k, c in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))]),
        COUNTRIES=table(['country', 'notes', 'wire', 'non-conflict', 'fatalities'],
                        [[c, k, sum(1 for it in items if it['country'] == c and it['wire']),
                          sum(1 for it in items if it['country'] == c and it['kind'] in NONCONF),
                          sum(it['fat'] for it in items if it['country'] == c)]
                         for c, k in sorted(ctry.items(), key=lambda kv: (-kv[1], kv[0]))]),
        YEARS=', '.join('%s %d' % kv for kv in sorted(years.items())),
    )
    tpl = open(os.path.join(HERE, 'readme.md.in'), encoding='utf-8').read()
    for key, val in v.items():
        tpl = tpl.replace('{%s}' % key, str(val))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(tpl)
    return v


if __name__ == '__main__':
    items, gold = build()
    v = readme(items, gold)
    if '-v' in sys.argv:
        for k in ('N', 'SYR', 'SYRP', 'NCTRY', 'WIRE', 'WIREP', 'CUT', 'ELL', 'NONC', 'NONCP', 'NONCK', 'NOEV', 'NOEVIDS',
                  'FAT', 'FATN', 'GOLD', 'SCORED', 'ONE', 'CUM', 'CLAIM', 'CAUSES', 'YEARS'):
            print(k, v[k])
        print(v['TYPES']); print(v['KINDS']); print(v['COUNTRIES'])
