#!/usr/bin/env python3
"""Checker for the heldout8 incident stream (adapted from the first stream's validate.py
and from heldout7's README description). Run from anywhere: python3 validate.py"""
import json, csv, collections, sys, os, re
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda *a: os.path.join(HERE, *a)
EVENT_DAYS = {"2025-02-18", "2025-02-19", "2025-02-20"}
PUB_DAYS = {"2025-02-18", "2025-02-19", "2025-02-20", "2025-02-21"}
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia"}
HEADER = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
WEEKDAYS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
DATELINE = re.compile(r"^([A-Z][A-Z'\-. ]*[A-Z])(?=,| \(| -|:)")

ok = True
def fail(*m):
    global ok
    ok = False
    print("FAIL:", *m)

arts = [json.loads(l) for l in open(P("articles.jsonl"), encoding="utf-8")]
rows = list(csv.reader(open(P("incidents.tsv"), encoding="utf-8"), delimiter="\t"))
if rows[0] != HEADER: fail("header", rows[0])
inc = {}
for r in rows[1:]:
    if len(r) != len(HEADER): fail("row width", r); continue
    d = dict(zip(HEADER, r))
    if d["incident"] in inc: fail("dup incident", d["incident"])
    inc[d["incident"]] = d

# ids and order
if [a["id"] for a in arts] != ["c%03d" % (i + 1) for i in range(len(arts))]: fail("item ids not c001.. in order")
if list(inc) != ["C%03d" % (i + 1) for i in range(len(inc))]: fail("incident ids not C001.. in order")
keys = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
for a, b in zip(arts, arts[1:]):
    if (a["publishedAt"], a["url"]) > (b["publishedAt"], b["url"]): fail("not sorted", a["id"], b["id"])

# incidents
for d in inc.values():
    if d["type"] not in TYPES: fail("type", d["incident"])
    if d["date"] not in EVENT_DAYS: fail("event date", d["incident"], d["date"])
    if d["type"] in ("ATTACK", "CAPTURE"):
        if d["count"] != "0" or d["victim_group"] != "-": fail("ATTACK/CAPTURE needs 0 and -", d["incident"])
    else:
        if d["victim_group"] not in GROUPS: fail("group", d["incident"])
        if not d["count"].isdigit() or int(d["count"]) < 1: fail("count", d["incident"])
    for f in ("country", "town", "admin1"):
        if not d[f].strip(): fail("empty", f, d["incident"])

# items
for a in arts:
    if set(a) != keys: fail("bad keys", a["id"])
    if a["incident"] not in inc: fail("unknown incident", a["id"]); continue
    if not a["url"].startswith("https://"): fail("bad url", a["id"])
    if not re.fullmatch(r"2025-02-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]): fail("publishedAt format", a["id"])
    if a["publishedAt"][:10] not in PUB_DAYS: fail("publication day", a["id"])
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]: fail("published before event", a["id"])
for f in ("url", "title", "text"):
    c = collections.Counter(a[f] for a in arts)
    dups = [k for k, v in c.items() if v > 1]
    if dups: fail("duplicate", f, dups[:3])
by = collections.defaultdict(list)
for a in arts: by[a["incident"]].append(a)
for k, v in by.items():
    s = collections.Counter(a["source"] for a in v)
    if max(s.values()) > 1: fail("outlet twice in one incident", k)
missing = [i for i in inc if i not in by]
if missing: fail("incidents without items", missing)

# one town one day
td = collections.Counter((d["town"].lower(), d["date"]) for d in inc.values())
for k, v in td.items():
    if v > 1: fail("two incidents in one town on one day", k)

# totals
cnt = {k: len(v) for k, v in by.items()}
multi = [k for k, v in cnt.items() if v > 1]
countries = collections.Counter(d["country"] for d in inc.values())
print("items", len(arts), "incidents", len(inc), "outlets", len(set(a["source"] for a in arts)))
print("multi-report incidents", len(multi), "holding", sum(cnt[k] for k in multi), "items; single-report", len(inc) - len(multi))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
print("countries", len(countries), countries.most_common())
print("event dates", sorted(collections.Counter(d["date"] for d in inc.values()).items()))
print("publication days", sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items()))
print("types", collections.Counter(d["type"] for d in inc.values()).most_common())
print("victim groups", collections.Counter(d["victim_group"] for d in inc.values()).most_common())
if len(inc) != 100: fail("need 100 incidents")
if not 165 <= len(arts) <= 175: fail("need about 170 items")
if len(countries) < 28: fail("need 28+ countries")
if "Syria" not in countries: fail("Syria missing")
if max(countries.values()) > 13: fail("a country above 13")
if not 55 <= len(multi) <= 65: fail("need about 60 multi-report incidents")

# timing between reports of one incident
def t(a): return datetime.strptime(a["publishedAt"], "%Y-%m-%dT%H:%M:%SZ")
gaps = []
for k in multi:
    v = sorted(by[k], key=t)
    gaps.append(((t(v[-1]) - t(v[0])).total_seconds() / 3600, k))
print("first-to-last report gap: min %.2f h (%s), max %.2f h (%s)" % (min(gaps) + max(gaps)))

# collision groups
g = collections.defaultdict(list)
for d in inc.values():
    if d["count"] != "0":
        g[(d["country"], d["date"], d["type"], d["victim_group"], d["count"])].append(d["incident"] + ":" + d["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in sorted(coll.items()): print("  ", k, v)
if len(coll) < 30: fail("need at least 30 collision groups")

# soft checks
now = [a["id"] for a in arts if not WEEKDAYS.search(a["title"] + " " + a["text"])]
print("soft: items without a weekday word:", len(now), now)
def words(s): return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower().replace("\u2019", "'"))
def runs(s, n=6):
    w = words(s)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}
shared = []
for k, v in by.items():
    for i in range(len(v)):
        for j in range(i + 1, len(v)):
            r = runs(v[i]["title"] + " . " + v[i]["text"]) & runs(v[j]["title"] + " . " + v[j]["text"])
            if r: shared.append((v[i]["id"], v[j]["id"], sorted(r)[0]))
print("soft: item pairs of one incident sharing a 6-word run:", len(shared), shared)
dl = collections.Counter()
for a in arts:
    m = DATELINE.match(a["text"])
    if m: dl[m.group(1)] += 1
print("datelines (%d distinct on %d items):" % (len(dl), sum(dl.values())), sorted(dl))

# overlap with other READMEs
def overlap(path, strict):
    if not os.path.exists(path):
        print("overlap: %s not found" % path)
        if strict: fail("README for overlap check missing", path)
        return
    txt = open(path, encoding="utf-8").read()
    low = txt.lower()
    def named(name):
        return re.search(r"(?<![a-z0-9])" + re.escape(name.lower()) + r"(?![a-z0-9])", low) is not None
    towns = sorted({d["town"] for d in inc.values()})
    tnamed = [x for x in towns if named(x) or (x.lower().startswith("al-") and named(x[3:]))]
    dnamed = [x for x in dl if named(x)]
    rr = runs(txt)
    items = [a["id"] for a in arts if runs(a["title"] + " . " + a["text"]) & rr]
    tag = "" if strict else " (information only)"
    print("overlap with %s%s: gold towns found there: %d of %d %s; datelines found there: %d of %d %s; items with a 6-word run in common: %d %s"
          % (os.path.relpath(path, HERE), tag, len(tnamed), len(towns), tnamed, len(dnamed), len(dl), dnamed, len(items), items))
    if strict and (tnamed or dnamed or items): fail("overlap with", path)

overlap(P("..", "incidents-heldout7", "README.md"), True)
overlap(P("..", "incidents", "README.md"), False)

print("OK" if ok else "FAIL")
sys.exit(0 if ok else 1)
