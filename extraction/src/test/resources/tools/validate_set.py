#!/usr/bin/env python3
"""The checker shared by the blind-written evaluation sets (monitor/<set>/ and dev2/).

Each set's validate.py calls check(__file__, id prefix, size, options), the options being the checks its own copy of
this script made before the copies were merged (5 December 2026), so that each set is checked as it was:

    python3 validate.py [dir] [N] [--upto N]      (dir: the set, default the wrapper's folder; N: the last id expected)

Prints one line per error and warning, then a summary line; exits 1 on errors.

Where the copies did one check in slightly different ways, the strictest way now serves all: a count of true is not a
count, an empty evidence is not verbatim, a bad date line leaves its article out (no crash further on), the ids listed
in noevent.json are checked against the ids expected (as world's did), and the tsv-date checks skip a row whose date
does not parse (reported where the set checks tsv dates). On the sets as they stand the output is the same as before.

Two layouts:
- notes sets (monitor/*): articles/<id>.txt (line 1 ' date YYYY-MM-DD', then the note), gold.jsonl, notes.tsv and
  noevent.json ({"noevent": [...], "wire": [...]}; absent means none);
- article sets (notes=False, dev2/): articles/<id>.txt (line 1 the date line, line 2 a headline, then 3-9 paragraphs,
  120-450 words), gold.jsonl, noevent.json; clusters may group lines of several articles.
"""
import collections, datetime, json, os, re, sys

TYPES = {'KILLED','WOUNDED','EQUIPMENT_LOSS','DISPLACEMENT','OFFENSIVE','CAPTURE','ATTACK','DEPLOYMENT','THREAT','TALKS'}
QUAL = {None,'EXACT','AT_LEAST','ABOUT','UP_TO'}
EQ = {'TANK','HELICOPTER','AIRCRAFT','APC','VEHICLE','ARTILLERY','DEPOT','OTHER'}
CAUSES = {'violence','disaster','accident','disease','unknown'}
CODE = re.compile(r'^([A-Z]{3}(MIL|GOV|REB|CVL|REF)|IGOUNO)$')
MONITORS = {'SOHR','HRW','MSF','IRC','PRCS','KST','ACLED'}
KINDS = {'attack','armed_clash','air_drone_strike','shelling_artillery_missile','remote_explosive_ied','abduction',
         'gov_regains_territory','nonstate_takes_territory','other_violence','protest_or_statement','disaster','accident','disease'}
NONCONF = {'disaster','accident','disease'}
FIELDS = ['article','type','victim','actor','count','qualifier','cumulative','location','date','claimedBy','evidence','cluster','scored']
ORDER = ['article','type','victim','actor','count','qualifier','cumulative','equipment','location','date','claimedBy','evidence','cluster','scored','cause','note']
TSV_HEADER = ['id','date','country','kind','location','admin1','admin2','fatalities']
WEEKDAYS = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
WEEKDAY_RE = re.compile(r'\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b')
VICTIM_TYPES = ('KILLED','WOUNDED','DISPLACEMENT','EQUIPMENT_LOSS')


def weekday(iso):
    return WEEKDAYS[datetime.date.fromisoformat(iso).weekday()]


def check(home, prefix, n, *,
          notes=True,                 # notes.tsv present (monitor sets); False: an article set (dev2)
          location='error',           # a gold location not verbatim in its text: 'error' or 'warning'
          tsv_location='warning',     # a notes.tsv location not verbatim in its text: 'error' or 'warning'
          causes=CAUSES,              # the allowed `cause` values
          monitors=False,             # claimedBy may also name a monitor (MONITORS)
          actor_on_scored=False,      # a scored line of a non-victim type needs an actor
          year_counts=False,          # warn on a count that looks like a year and is not in the evidence
          nonviolent_actor=False,     # a disaster/accident/disease death has no actor
          field_order=False,          # gold fields in ORDER, none unknown
          cluster=None,               # a regex every cluster name matches, '{id}' standing for the article id
          cumulative_types=False,     # cumulative only on KILLED/WOUNDED/DISPLACEMENT/CAPTURE/EQUIPMENT_LOSS
          singular_exact=False,       # a KILLED/WOUNDED count of 1 is EXACT
          singular_hint=False,        # warn on a scored KILLED/WOUNDED line with no count whose evidence starts with an article
          cumulative_dated=False,     # warn on a scored cumulative KILLED/WOUNDED/DISPLACEMENT line not dated to the report
          one_line=False,             # each note is one non-empty line
          underscore_files=False,     # articles/_* files are not notes (not counted against the expected ids)
          listed_ids=(),              # the noevent.json lists whose ids must be ids of the set
          unscored='ignore',          # a note with gold lines but none scored, not in noevent.json: 'ignore', 'warning', 'error'
          violent_needs_gold=False,   # a violent kind (not protest/abduction) has gold lines
          violent_needs_attack=False, # a violent kind has an ATTACK line
          cause_follows_kind=False,   # KILLED/WOUNDED cause is the kind of a non-conflict note, else violence
          nonconflict_types=('ATTACK','CAPTURE','OFFENSIVE'),  # line types a disaster/accident/disease note may not have
          admin_warn=False,           # warn on a note with no country, or a location and no admin1
          tsv_date=None,              # None, 'iso' (a real ISO date) or (first year, last year) as well
          weekdays='any',             # 'any': warn on every note naming a weekday; 'dates': only where the tsv date's
                                      # weekday is not one named (and the tsv date is not the report date); None: never
          said_weekday=False,         # warn where "said <weekday>" is not the report date's weekday
          gold_weekdays=False,        # warn where a scored gold date's weekday is not one named in the text
          argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    if '--upto' in args:
        k = args.index('--upto'); n = int(args[k + 1]); del args[k:k + 2]
    D = args[0] if args else os.path.dirname(os.path.abspath(home))
    if len(args) > 1: n = int(args[1])
    ids = ['%s%03d' % (prefix, i) for i in range(1, n + 1)]
    err, warn = [], []
    def report(level, msg): (err if level == 'error' else warn).append(msg)

    # articles
    arts, shape = {}, {}
    for f in sorted(os.listdir(os.path.join(D, 'articles'))):
        lines = open(os.path.join(D, 'articles', f), encoding='utf-8').read().split('\n')
        m = re.fullmatch(r' date (\d{4}-\d{2}-\d{2})', lines[0])
        if not m: err.append(f'{f}: bad date line'); continue
        text = '\n'.join(lines[1:]).strip()
        if not notes:
            if len(lines) < 2 or not lines[1].strip() or lines[1] != lines[1].strip(): err.append(f'{f}: line 2 must be a headline')
            head = lines[1] if len(lines) > 1 else ''
            body = '\n'.join(lines[2:]).strip()
            paras = [p for p in re.split(r'\n\s*\n', body) if p.strip()]
            words = len(re.findall(r'\S+', head + ' ' + body))
            if not 3 <= len(paras) <= 9: err.append(f'{f}: {len(paras)} paragraphs')
            if not 120 <= words <= 450: err.append(f'{f}: {words} words')
            if re.search(r'\n\n\n', body): warn.append(f'{f}: triple newline')
            shape[f] = (words, not body.rstrip().endswith(('.', '!', '?', '"', "'", '”')))
        if one_line and (not text or '\n' in text): err.append(f'{f}: note must be one non-empty line')
        arts[f] = (m.group(1), text)
    want = [i + '.txt' for i in ids]
    found = sorted(f for f in arts if not (underscore_files and f.startswith('_')))
    if found != want: err.append(f'articles are not {ids[0]}..{ids[-1]}' + ('' if notes else f': {sorted(set(found) ^ set(want))}'))

    # gold lines
    gold = []
    for k, line in enumerate(open(os.path.join(D, 'gold.jsonl'), encoding='utf-8'), 1):
        try: g = json.loads(line)
        except Exception as e: err.append(f'gold line {k}: JSON {e}'); continue
        a = g.get('article')
        missing = [f for f in FIELDS if f not in g]
        err += [f'line {k}: missing {f}' for f in missing]
        if missing: continue
        gold.append(g)
        if a not in arts: err.append(f'line {k}: article {a} missing'); continue
        rep, text = arts[a]
        t, c = g['type'], g['count']
        if t not in TYPES: err.append(f'line {k}: type {t}')
        if g['qualifier'] not in QUAL: err.append(f'line {k}: qualifier')
        if (c is None) != (g['qualifier'] is None): err.append(f'line {k}: count/qualifier mismatch')
        if c is not None and not (isinstance(c, int) and not isinstance(c, bool) and c > 0): err.append(f'line {k}: count')
        if year_counts and isinstance(c, int) and 1900 <= c <= 2030 and str(c) not in g['evidence'].replace(',', ''):
            warn.append(f'line {k}: count looks like a year')
        if (t == 'EQUIPMENT_LOSS') != ('equipment' in g): err.append(f'line {k}: equipment field')
        if 'equipment' in g and g['equipment'] not in EQ: err.append(f'line {k}: equipment value')
        if (t in ('KILLED','WOUNDED')) != ('cause' in g): err.append(f'line {k}: cause field')
        if 'cause' in g and g['cause'] not in causes: err.append(f'line {k}: cause value')
        for f in ('victim','actor','claimedBy'):
            if g[f] is not None and not (CODE.match(g[f]) or (f == 'claimedBy' and monitors and g[f] in MONITORS)):
                err.append(f'line {k}: code {f}={g[f]}')
        if t in VICTIM_TYPES and not g['victim']: err.append(f'line {k}: no victim')
        if actor_on_scored and t not in VICTIM_TYPES and t in TYPES and not g['actor'] and g['scored']:
            err.append(f'line {k}: scored {t} with no actor')
        if field_order:
            keys = [f for f in g if f in ORDER]
            if keys != [f for f in ORDER if f in g] or len(keys) != len(g): err.append(f'line {k}: field order / unknown field')
        if cluster and not re.fullmatch(cluster.replace('{id}', re.escape(a[:-4])), str(g['cluster']), re.S):
            err.append(f'line {k}: cluster name')
        if cumulative_types and g['cumulative'] and t not in ('KILLED','WOUNDED','DISPLACEMENT','CAPTURE','EQUIPMENT_LOSS'):
            err.append(f'line {k}: cumulative on {t}')
        if not g['evidence'] or g['evidence'] not in text: err.append(f'line {k}: evidence not verbatim in {a}: {g["evidence"]!r}')
        if g['location'] is not None and g['location'] not in text:
            report(location, f'line {k}: location {g["location"]!r} not verbatim in {a}')
        if g['date'] is not None:
            try:
                datetime.date.fromisoformat(g['date'])
                if g['date'] > rep: err.append(f'line {k}: date after date line')
            except Exception: err.append(f'line {k}: bad date')
        if not isinstance(g['scored'], bool) or not isinstance(g['cumulative'], bool): err.append(f'line {k}: bool fields')
        if nonviolent_actor and g.get('cause') in NONCONF and g['actor']: err.append(f'line {k}: non-violent death with an actor')
        if singular_exact and t in ('KILLED','WOUNDED') and c == 1 and g['qualifier'] != 'EXACT': err.append(f'line {k}: singular not EXACT')
        if singular_hint and t in ('KILLED','WOUNDED') and g['scored'] and c is None and re.search(r'\b(a|an|one|the)\b', g['evidence'].split(' ')[0].lower()):
            warn.append(f'line {k}: scored K/W without count starting with an article: check singular')
        if cumulative_dated and t in ('KILLED','WOUNDED','DISPLACEMENT') and g['cumulative'] and g['scored'] and g['date'] != rep:
            warn.append(f'line {k}: cumulative line not dated to report day')

    # clusters: one line each in a notes set; in an article set one type, one principal party, one line an article
    clus = collections.defaultdict(list)
    for g in gold: clus[g['cluster']].append(g)
    for c, gs in clus.items():
        if notes:
            if len(gs) > 1: err.append(f'cluster {c} repeated')
            continue
        if len({g['type'] for g in gs}) > 1: err.append(f'cluster {c} spans types')
        if len(gs) != len({g['article'] for g in gs}): err.append(f'cluster {c} has two lines in one article')
        if len({g['victim'] if g['type'] in VICTIM_TYPES else g['actor'] for g in gs}) > 1: err.append(f'cluster {c}: principal party differs')

    meta_file = os.path.join(D, 'noevent.json')
    meta = json.load(open(meta_file, encoding='utf-8')) if os.path.exists(meta_file) else {}
    noevent = set(meta.get('noevent', []))
    for i in sorted({i for key in listed_ids for i in meta.get(key, [])} - set(ids)):
        err.append(f'noevent.json: unknown id {i}')
    by = collections.defaultdict(list)
    for g in gold: by[str(g['article'])[:-4]].append(g)

    if not notes:
        for f in arts:
            i, gs = f[:-4], by.get(f[:-4], [])
            if not any(g['scored'] for g in gs) and i not in noevent: err.append(f'{i}: no scored line and not in noevent.json')
            if i in noevent and any(g['scored'] for g in gs): err.append(f'{i}: in noevent.json but has scored lines')
            rep, text = arts[f]
            if WEEKDAY_RE.search(text): warn.append(f'{i}: weekday in text (date line {rep}, a {weekday(rep)}) - checked by hand')
        cut = sorted(f[:-4] for f in arts if shape[f][1])
        return finish(err, warn, f'{len(arts)} articles ({sum(s[0] for s in shape.values())} words), {len(gold)} gold lines '
                      f'({sum(g["scored"] for g in gold)} scored), {len(noevent)} no-event articles, cut endings: {" ".join(cut)}; ')

    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(D, 'notes.tsv'), encoding='utf-8')]
    if rows[0] != TSV_HEADER: err.append('tsv header')
    rows = rows[1:]
    if len(rows) != n: err.append(f'notes.tsv has {len(rows)} rows')
    if [r[0] for r in rows] != ids: err.append('tsv ids')
    for r in rows:
        if len(r) != 8: err.append(f'{r[0]}: {len(r)} columns'); continue
        i, date, country, kind, loc, a1, a2, fat = r
        if kind not in KINDS: err.append(f'{i}: kind {kind}')
        gs = by.get(i, [])
        if not gs and i not in noevent: err.append(f'{i}: no gold line and not a no-event note')
        elif unscored != 'ignore' and not any(g['scored'] for g in gs) and i not in noevent:
            report(unscored, f'{i}: no scored line but not listed as no-event')
        if i in noevent and any(g['scored'] for g in gs): err.append(f'{i}: no-event note with scored lines')
        s = sum(g['count'] for g in gs if g['type'] == 'KILLED' and g['scored'] and not g['cumulative'] and g['cause'] == 'violence' and g['count'])
        if int(fat) != s: err.append(f'{i}: fatalities {fat} != {s}')
        if kind in NONCONF:
            if int(fat) != 0: err.append(f'{i}: non-conflict note with fatalities')
            if any(g['type'] in nonconflict_types or g.get('cause') == 'violence' for g in gs): err.append(f'{i}: non-conflict note with conflict event')
        if cause_follows_kind and any(g['cause'] != (kind if kind in NONCONF else 'violence') for g in gs if 'cause' in g):
            err.append(f'{i}: a cause other than the kind {kind}')
        if violent_needs_attack and kind not in NONCONF and not any(g['type'] == 'ATTACK' for g in gs): err.append(f'{i}: violent kind without an ATTACK line')
        if violent_needs_gold and kind not in NONCONF and kind not in ('protest_or_statement','abduction') and not gs:
            err.append(f'{i}: violent kind without gold lines')
        if i + '.txt' not in arts: continue
        rep, text = arts[i + '.txt']
        if date > rep: err.append(f'{i}: tsv date after report date')
        if loc and loc not in text: report(tsv_location, f'{i}: tsv location {loc!r} not in text')
        if admin_warn and (country == '' or (loc and not a1)): warn.append(f'{i}: country/admin1 missing')
        try:
            datetime.date.fromisoformat(date)
            ok = re.fullmatch(r'\d{4}-\d{2}-\d{2}', date) and (tsv_date in (None, 'iso') or str(tsv_date[0]) <= date[:4] <= str(tsv_date[1]))
        except Exception: ok = False
        if tsv_date and not ok: err.append(f'{i}: tsv date {date} is not an ISO date' + ('' if tsv_date == 'iso' else ' in %d-%d' % tsv_date))
        days = set(WEEKDAY_RE.findall(text))
        if weekdays == 'any' and days:
            warn.append(f'{i}: weekday in text (rep {rep}, tsv date {date}) – check by hand')
        if not ok: continue  # the checks below read the tsv date
        if weekdays == 'dates' and days and date != rep and weekday(date) not in days:
            warn.append(f'{i}: tsv date {date} is a {weekday(date)}, text names {sorted(days)} – check by hand')
        if said_weekday:
            for d in re.findall(r'said (?:on |late on |early on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)', text):
                if weekday(rep) != d: warn.append(f'{i}: "said {d}" but report date {rep} is a {weekday(rep)}')
        if gold_weekdays:
            for g in gs:
                if g['date'] and g['date'] != rep and days and weekday(g['date']) not in days and g['scored']:
                    warn.append(f'{i}: gold {g["type"]} date {g["date"]} weekday not named in text – check by hand')
    return finish(err, warn, f'{len(arts)} articles, {len(gold)} gold lines ({sum(g["scored"] for g in gold)} scored), '
                  f'{len(rows)} tsv rows, {len(noevent)} no-event notes, ')


def finish(err, warn, summary):
    print('\n'.join('ERROR ' + e for e in err)); print('\n'.join('warn  ' + w for w in warn))
    print(f'{summary}{len(err)} errors, {len(warn)} warnings')
    sys.exit(1 if err else 0)
