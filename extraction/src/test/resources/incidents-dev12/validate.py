#!/usr/bin/env python3
"""Checker for incident stream heldout6 (writer 62).

Adapted from the first stream's validate.py and from heldout5's README. Run from anywhere:
    python3 validate.py
Hard checks fail the run (exit 1, FAIL); soft checks only print. Ends with OK on success.
"""
import collections, csv, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREV = os.path.join(HERE, "..", "incidents-heldout5", "README.md")   # overlap check, fails on any
if not os.path.exists(PREV):  # heldout5 was retired to tuning as incidents-dev11 in the twenty-first round
    PREV = os.path.join(HERE, "..", "incidents-dev11", "README.md")
FIRST = os.path.join(HERE, "..", "incidents", "README.md")           # information only
HEADER = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
KEYS = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militia", "militants", "-"}
EVENT_DAYS = {"2021-10-11", "2021-10-12", "2021-10-13"}
PUB_DAYS = {"2021-10-11", "2021-10-12", "2021-10-13", "2021-10-14"}

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")]
with open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8") as f:
    rd = csv.reader(f, delimiter="\t")
    header = next(rd)
    rows = [r for r in rd]
if header != HEADER:
    err("bad header %r" % header)
inc = {}
for r in rows:
    if len(r) != len(HEADER):
        err("bad row %r" % r)
        continue
    d = dict(zip(HEADER, r))
    if d["incident"] in inc:
        err("duplicate incident " + d["incident"])
    inc[d["incident"]] = d

# ---- ids and order
if [r["incident"] for r in inc.values()] != ["B%03d" % (i + 1) for i in range(len(inc))]:
    err("incident ids are not B001.. in order")
if [a.get("id") for a in arts] != ["b%03d" % (i + 1) for i in range(len(arts))]:
    err("item ids are not b001.. in order")
if [(a["publishedAt"], a["url"]) for a in arts] != sorted((a["publishedAt"], a["url"]) for a in arts):
    err("items not sorted by publishedAt, url")

# ---- incidents
for i, d in inc.items():
    if d["type"] not in TYPES:
        err("%s bad type %s" % (i, d["type"]))
    if d["victim_group"] not in GROUPS:
        err("%s bad group %s" % (i, d["victim_group"]))
    if d["date"] not in EVENT_DAYS:
        err("%s date %s outside 11-13 Oct 2021" % (i, d["date"]))
    if not d["count"].isdigit():
        err("%s count not an integer" % i)
    if d["type"] in ("ATTACK", "CAPTURE") and (d["count"] != "0" or d["victim_group"] != "-"):
        err("%s ATTACK/CAPTURE must have count 0 and group -" % i)
    if d["type"] in ("KILLED", "WOUNDED") and (d["count"] in ("", "0") or d["victim_group"] == "-"):
        err("%s KILLED/WOUNDED needs a count and a group" % i)
    for k in ("country", "town", "admin1"):
        if not d[k].strip():
            err("%s empty %s" % (i, k))
towns_day = collections.Counter((d["country"], d["town"], d["date"]) for d in inc.values())
for k, v in towns_day.items():
    if v > 1:
        err("two incidents in one town on one day: %r" % (k,))

# ---- items
for a in arts:
    if set(a) != KEYS:
        err("%s bad keys" % a.get("id"))
        continue
    if a["incident"] not in inc:
        err("%s unknown incident" % a["id"])
        continue
    if not a["url"].startswith("https://"):
        err("%s bad url" % a["id"])
    if not re.fullmatch(r"2021-10-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]):
        err("%s bad publishedAt" % a["id"])
    if a["publishedAt"][:10] not in PUB_DAYS:
        err("%s published outside 11-14 Oct" % a["id"])
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]:
        err("%s published before its event" % a["id"])
for k in ("url", "title", "text"):
    c = collections.Counter(a[k] for a in arts)
    for v, n in c.items():
        if n > 1:
            err("duplicate %s: %s" % (k, v[:60]))
per = collections.defaultdict(list)
for a in arts:
    per[a["incident"]].append(a)
for i, lst in per.items():
    c = collections.Counter(a["source"] for a in lst)
    for s, n in c.items():
        if n > 1:
            err("%s: outlet %s used %d times" % (i, s, n))
missing = [i for i in inc if i not in per]
if missing:
    err("incidents without items: %s" % missing)

# ---- totals
cnt = {i: len(per[i]) for i in inc if i in per}
multi = {i: n for i, n in cnt.items() if n > 1}
countries = collections.Counter(d["country"] for d in inc.values())
print("items %d, incidents %d, outlets %d" % (len(arts), len(inc), len(set(a["source"] for a in arts))))
print("multi-report incidents %d holding %d items; single-report %d" %
      (len(multi), sum(multi.values()), len(inc) - len(multi)))
print("reports per incident:", sorted(collections.Counter(cnt.values()).items()))
print("countries %d:" % len(countries), ", ".join("%s %d" % kv for kv in countries.most_common()))
print("event days:", sorted(collections.Counter(d["date"] for d in inc.values()).items()))
print("publication days:", sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items()))
print("types:", sorted(collections.Counter(d["type"] for d in inc.values()).items()))
print("victim groups:", sorted(collections.Counter(d["victim_group"] for d in inc.values()).items()))
if len(inc) != 100:
    err("expected 100 incidents")
if not 160 <= len(arts) <= 180:
    err("expected about 170 items")
if len(countries) < 28:
    err("fewer than 28 countries")
if "Syria" not in countries:
    err("Syria missing")
if max(countries.values()) > 13:
    err("a country has more than 13 incidents")
if not 55 <= len(multi) <= 65:
    err("expected about 60 multi-report incidents")

# ---- collision groups
g = collections.defaultdict(list)
for d in inc.values():
    if d["count"] != "0":
        g[(d["country"], d["date"], d["type"], d["victim_group"], d["count"])].append(d["incident"] + ":" + d["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country, date, type, group, count): %d" % len(coll))
for k, v in sorted(coll.items()):
    print("   ", k, v)
if len(coll) < 30:
    err("fewer than 30 collision groups")

# ---- timing spread
spans = []
for i, lst in per.items():
    if len(lst) > 1:
        ts = sorted(datetime.datetime.strptime(a["publishedAt"], "%Y-%m-%dT%H:%M:%SZ") for a in lst)
        spans.append(((ts[-1] - ts[0]).total_seconds() / 3600, i))
if spans:
    spans.sort()
    print("reports of one incident published from %.2f h (%s) to %.2f h (%s) apart" %
          (spans[0][0], spans[0][1], spans[-1][0], spans[-1][1]))

# ---- soft checks
WD = {"2021-10-11": "monday", "2021-10-12": "tuesday", "2021-10-13": "wednesday"}
noday = [a["id"] + "/" + a["incident"] for a in arts
         if WD[inc[a["incident"]]["date"]] not in (a["title"] + " " + a["text"]).lower()]
print("soft: items without the incident's weekday word: %d %s" % (len(noday), noday))


def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower().replace("\u2019", "'"))


def shingles(s, n=6):
    w = words(s)
    return {" ".join(w[k:k + n]) for k in range(len(w) - n + 1)}


shared = []
for i, lst in per.items():
    for x in range(len(lst)):
        for y in range(x + 1, len(lst)):
            common = shingles(lst[x]["title"] + " . " + lst[x]["text"]) & shingles(lst[y]["title"] + " . " + lst[y]["text"])
            if common:
                shared.append((lst[x]["id"], lst[y]["id"], sorted(common)[0]))
print("soft: pairs inside an incident sharing a 6-word run: %d %s" % (len(shared), shared))

# ---- overlap with the previous stream's README
DATELINE = re.compile(r"^([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*)(?=,| \(|:| -)")
datelines = sorted({m.group(1) for a in arts for m in [DATELINE.match(a["text"])] if m and len(m.group(1)) > 2})
towns = sorted({d["town"] for d in inc.values()})


def overlap(path, label, hard):
    if not os.path.exists(path):
        print("overlap check against %s skipped: file not present" % label)
        return
    txt = open(path, encoding="utf-8").read()
    def named(name):
        return re.search(r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])", txt, re.I) is not None
    t_hits = [t for t in towns if named(t)]
    d_hits = [d for d in datelines if named(d)]
    rsh = shingles(txt)
    q_hits = [a["id"] for a in arts if (shingles(a["title"]) | shingles(a["text"])) & rsh]
    print("overlap with %s: gold towns %d/%d named %s; datelines %d (%s) named %s; items sharing a 6-word run %d %s" %
          (label, len(t_hits), len(towns), t_hits, len(datelines), ", ".join(datelines), d_hits, len(q_hits), q_hits))
    if hard and (t_hits or d_hits or q_hits):
        err("overlap with %s" % label)


overlap(PREV, "heldout5's README", True)
overlap(FIRST, "the first stream's README (information only)", False)

print("FAIL (%d errors)" % len(errors) if errors else "OK")
sys.exit(1 if errors else 0)
