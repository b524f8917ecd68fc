#!/usr/bin/env python3
"""Validate the blind evaluation set (extraction/src/test/resources/blind).

Checks: every article starts with the ' date YYYY-MM-DD' line; every gold line
parses, has every field, uses types/qualifiers/equipment from the gold README
lists and well-formed actor codes; every evidence is a verbatim substring of its
article; clusters never span types and never repeat within one article.
Usage: python3 tools/blindset/check.py [blind-dir]
"""
import collections, datetime, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BLIND = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "extraction/src/test/resources/blind")

TYPES = {"KILLED", "WOUNDED", "EQUIPMENT_LOSS", "DISPLACEMENT", "OFFENSIVE", "CAPTURE",
         "ATTACK", "DEPLOYMENT", "THREAT", "TALKS"}
QUALIFIERS = {"EXACT", "AT_LEAST", "ABOUT", "UP_TO"}
EQUIPMENT = {"TANK", "HELICOPTER", "AIRCRAFT", "APC", "VEHICLE", "ARTILLERY", "DEPOT", "OTHER"}
FIELDS = ["article", "type", "victim", "actor", "count", "qualifier", "cumulative", "location",
          "date", "claimedBy", "evidence", "cluster", "scored"]
ACTOR = re.compile(r"^[A-Z]{3}(MIL|GOV|REB|CVL|REF|UNO)$")
# claimedBy may also name a monitor or NGO the text cites
SOURCES = {"SOHR", "HRW", "MSF", "IRC", "PRCS", "KST"}
DATE_LINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2})\n")

errors = []
def err(msg): errors.append(msg)

articles = {}
adir = os.path.join(BLIND, "articles")
for name in sorted(os.listdir(adir)):
    text = open(os.path.join(adir, name), encoding="utf-8").read()
    m = DATE_LINE.match(text)
    if not m:
        err(f"{name}: does not start with ' date YYYY-MM-DD'")
    else:
        try: datetime.date.fromisoformat(m.group(1))
        except ValueError: err(f"{name}: bad date {m.group(1)}")
        if not text[m.end():].strip(): err(f"{name}: no text after the date line")
    articles[name] = text
expected = {f"b{i:03d}.txt" for i in range(1, 61)}
if set(articles) != expected:
    err(f"article files differ from b001..b060: missing {sorted(expected - set(articles))}, extra {sorted(set(articles) - expected)}")

per_type = collections.Counter(); per_type_scored = collections.Counter()
cluster_type = {}; cluster_articles = collections.defaultdict(list)
n = 0
for i, raw in enumerate(open(os.path.join(BLIND, "gold.jsonl"), encoding="utf-8"), 1):
    if not raw.strip(): continue
    n += 1
    try: g = json.loads(raw)
    except json.JSONDecodeError as e: err(f"line {i}: does not parse: {e}"); continue
    where = f"line {i} ({g.get('article')})"
    for f in FIELDS:
        if f not in g: err(f"{where}: missing field {f}")
    t = g.get("type")
    if t not in TYPES: err(f"{where}: bad type {t}")
    if g.get("article") not in articles: err(f"{where}: unknown article"); continue
    if g.get("evidence") is None or g["evidence"] not in articles[g["article"]]:
        err(f"{where}: evidence not a verbatim substring: {g.get('evidence')!r}")
    q = g.get("qualifier"); c = g.get("count")
    if c is not None and (not isinstance(c, int) or isinstance(c, bool) or c < 0): err(f"{where}: bad count {c!r}")
    if c is None and q is not None: err(f"{where}: qualifier without count")
    if c is not None and q not in QUALIFIERS: err(f"{where}: bad qualifier {q}")
    if t == "EQUIPMENT_LOSS":
        if g.get("equipment") not in EQUIPMENT: err(f"{where}: bad equipment {g.get('equipment')}")
    elif "equipment" in g: err(f"{where}: equipment on a {t} line")
    for f in ("victim", "actor"):
        v = g.get(f)
        if v is not None and not ACTOR.match(v): err(f"{where}: bad {f} code {v}")
    cb = g.get("claimedBy")
    if cb is not None and not (ACTOR.match(cb) or cb in SOURCES): err(f"{where}: bad claimedBy {cb}")
    principal = g.get("victim") if t in ("KILLED", "WOUNDED", "EQUIPMENT_LOSS", "DISPLACEMENT") else g.get("actor")
    if principal is None and g.get("scored"): err(f"{where}: scored line without a principal party")
    if not isinstance(g.get("cumulative"), bool): err(f"{where}: cumulative not boolean")
    if not isinstance(g.get("scored"), bool): err(f"{where}: scored not boolean")
    d = g.get("date")
    if d is not None:
        try: datetime.date.fromisoformat(d)
        except (TypeError, ValueError): err(f"{where}: bad date {d!r}")
    loc = g.get("location")
    if loc is not None and loc not in articles[g["article"]]: err(f"{where}: location {loc!r} not spelled as in the text")
    cl = g.get("cluster")
    if not cl: err(f"{where}: empty cluster")
    else:
        if cluster_type.setdefault(cl, t) != t: err(f"{where}: cluster {cl} spans types")
        if g["article"] in cluster_articles[cl]: err(f"{where}: cluster {cl} twice in one article")
        cluster_articles[cl].append(g["article"])
    per_type[t] += 1
    if g.get("scored"): per_type_scored[t] += 1

print(f"{len(articles)} articles, {n} gold lines, {sum(per_type_scored.values())} scored")
for t in sorted(TYPES, key=lambda x: -per_type[x]):
    print(f"  {t:15s} {per_type[t]:4d} ({per_type_scored[t]} scored)")
multi = {c: a for c, a in cluster_articles.items() if len(a) > 1}
print(f"{len(multi)} clusters span more than one article")
if errors:
    print(f"{len(errors)} ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
