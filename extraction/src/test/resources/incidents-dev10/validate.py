#!/usr/bin/env python3
"""Checker for incidents-heldout4, adapted from the first stream's incidents/validate.py.

python3 validate.py   (from any directory) -> prints totals and warnings, exits 0 with OK.
If ../incidents-heldout3/README.md exists, it also runs the overlap check against that README
(gold towns, datelines, 6-word runs, incidents) and fails on any overlap.
"""
import json, csv, collections, sys, os, re, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")]
rows = list(csv.DictReader(open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8"), delimiter="\t"))
inc = {r["incident"]: r for r in rows}
keys = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia", "-"}
EVENT_DAYS = {"2022-03-08", "2022-03-09", "2022-03-10"}
PUB_DAYS = {"2022-03-08", "2022-03-09", "2022-03-10", "2022-03-11"}
ok = True


def fail(*m):
    global ok
    print("FAIL:", *m)
    ok = False


# ---- structure
if list(rows[0].keys()) != ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]:
    fail("incidents.tsv header")
if [r["incident"] for r in rows] != ["G%03d" % i for i in range(1, len(rows) + 1)]:
    fail("incident ids are not G001.. in order")
if [a["id"] for a in arts] != ["g%03d" % i for i in range(1, len(arts) + 1)]:
    fail("item ids are not g001.. in order")
if [a["publishedAt"] for a in arts] != sorted(a["publishedAt"] for a in arts):
    fail("items not sorted by publishedAt")
for r in rows:
    if r["type"] not in TYPES: fail("type", r["incident"])
    if r["victim_group"] not in GROUPS: fail("group", r["incident"])
    if r["date"] not in EVENT_DAYS: fail("event date", r["incident"])
    if not r["count"].isdigit(): fail("count", r["incident"])
    if r["type"] in ("ATTACK", "CAPTURE") and (r["count"] != "0" or r["victim_group"] != "-"):
        fail("ATTACK/CAPTURE must have count 0 and group -", r["incident"])
    if r["type"] in ("KILLED", "WOUNDED") and (r["count"] == "0" or r["victim_group"] == "-"):
        fail("KILLED/WOUNDED need a count and a group", r["incident"])
    if not r["town"] or not r["admin1"] or not r["country"]: fail("empty place", r["incident"])
for a in arts:
    if set(a) != keys: fail("bad keys", a["id"])
    if a["incident"] not in inc: fail("unknown incident", a["id"]); continue
    if not a["url"].startswith("https://"): fail("bad url", a["id"])
    if a["publishedAt"][:10] not in PUB_DAYS: fail("publication day", a["id"])
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]: fail("published before event", a["id"])
    if not re.match(r"^2022-03-\d\dT\d\d:\d\d:\d\dZ$", a["publishedAt"]): fail("publishedAt format", a["id"])
for k in ("url", "title", "text"):
    c = collections.Counter(a[k] for a in arts)
    d = [v for v, n in c.items() if n > 1]
    if d: fail("duplicate", k, d[:3])
cnt = collections.Counter(a["incident"] for a in arts)
missing = [i for i in inc if i not in cnt]
if missing: fail("incidents without items", missing)
by_inc = collections.defaultdict(list)
for a in arts: by_inc[a["incident"]].append(a)
for i, its in by_inc.items():
    srcs = [a["source"] for a in its]
    if len(srcs) != len(set(srcs)): fail("one outlet twice in", i)

# ---- totals
multi = {i: n for i, n in cnt.items() if n > 1}
countries = collections.Counter(r["country"] for r in rows)
print("items", len(arts), "incidents", len(inc), "outlets", len(set(a["source"] for a in arts)))
print("multi-report incidents", len(multi), "items in multi", sum(multi.values()),
      "single-report incidents", sum(1 for n in cnt.values() if n == 1))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
print("3+ reports:", ", ".join("%s %s (%d)" % (i, inc[i]["town"], n) for i, n in sorted(cnt.items()) if n > 2))
print("countries", len(countries), countries.most_common())
print("event dates", sorted(collections.Counter(r["date"] for r in rows).items()))
print("publication days", sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items()))
print("types", collections.Counter(r["type"] for r in rows).most_common())
print("victim groups", collections.Counter(r["victim_group"] for r in rows).most_common())
gaps = []
for i, its in by_inc.items():
    if len(its) > 1:
        t = sorted(datetime.datetime.strptime(a["publishedAt"], "%Y-%m-%dT%H:%M:%SZ") for a in its)
        gaps.append(((t[-1] - t[0]).total_seconds() / 3600, i))
gaps.sort()
cg = []
for i, its in by_inc.items():
    t = sorted(datetime.datetime.strptime(a["publishedAt"], "%Y-%m-%dT%H:%M:%SZ") for a in its)
    cg += [((t[k + 1] - t[k]).total_seconds() / 60, i) for k in range(len(t) - 1)]
print("closest two reports of one incident: %d min apart (%s)" % min(cg))
print("spread of reports within an incident: min %.2f h (%s), max %.2f h (%s)" % (gaps[0][0], gaps[0][1], gaps[-1][0], gaps[-1][1]))
if len(inc) != 100: fail("want 100 incidents")
if not 160 <= len(arts) <= 180: fail("want about 170 items")
if len(countries) < 28: fail("want 28+ countries")
if "Syria" not in countries: fail("Syria missing")
if max(countries.values()) > 13: fail("a country above 13")
if not 55 <= len(multi) <= 65: fail("want about 60 multi-report incidents")

# ---- collision (look-alike) groups
g = collections.defaultdict(list)
for r in rows:
    if r["count"] != "0":
        g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in sorted(coll.items()): print("  ", k, v)
if len(coll) < 30: fail("want at least 30 collision groups")
# distinct incidents never share a town on the same day
td = collections.Counter((r["town"], r["date"]) for r in rows)
for k, n in td.items():
    if n > 1: fail("two incidents in one town on one day", k)

# ---- soft checks (printed, not failed): weekday wording, shared 6-word runs inside an incident
WD = {"2022-03-08": "Tuesday", "2022-03-09": "Wednesday", "2022-03-10": "Thursday"}
notes = []
for a in arts:
    d = inc[a["incident"]]["date"]
    if WD[d] not in a["text"] and ("%d March" % int(d[-2:])) not in a["text"] and "Mar %d" % int(d[-2:]) not in a["text"]:
        notes.append("%s (%s): no '%s' in text" % (a["id"], a["incident"], WD[d]))
print("weekday notes (items whose day is given otherwise, e.g. 'this morning', 'last night', or none):", len(notes))
for n in notes: print("   ", n)


def runs(s, n=6):
    w = re.findall(r"[a-z0-9']+", s.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


shared = 0
for i, its in by_inc.items():
    for x in range(len(its)):
        for y in range(x + 1, len(its)):
            c = runs(its[x]["title"] + " . " + its[x]["text"]) & runs(its[y]["title"] + " . " + its[y]["text"])
            if c:
                shared += 1
                print("   same-incident 6-word run:", its[x]["id"], its[y]["id"], sorted(c)[:2])
print("same-incident item pairs sharing a 6-word run:", shared)

# ---- overlap with heldout3's README
H3 = os.path.join(HERE, "..", "incidents-heldout3", "README.md")
if os.path.exists(H3):
    readme = open(H3, encoding="utf-8").read()
    low = readme.lower()

    def named(term):
        return re.search(r"(?<![\w])" + re.escape(term.lower()) + r"(?![\w])", low) is not None

    towns = sorted(set(r["town"] for r in rows))
    hit_towns = [t for t in towns if named(t)]
    dl = set()
    for a in arts:
        m = re.match(r"^([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)*)(?=,\s|\s\(|:|\s-)", a["text"])
        if m and len(m.group(1)) > 2: dl.add(m.group(1))
    hit_dl = [d for d in sorted(dl) if named(d)]
    rr = runs(readme)
    hit_q = [(a["id"], sorted(runs(a["title"]) & rr) + sorted(runs(a["text"]) & rr)) for a in arts]
    hit_q = [h for h in hit_q if h[1]]
    # incidents: a gold incident of heldout3's README would share a town; also check town+day pairs
    print("overlap with heldout3 README: gold towns %d/%d named %s; datelines %d (%s) named %s; items sharing a 6-word run %d"
          % (len(hit_towns), len(towns), hit_towns, len(dl), ", ".join(sorted(dl)), hit_dl, len(hit_q)))
    for h in hit_q: print("   ", h)
    if hit_towns or hit_dl or hit_q: fail("overlap with heldout3 README")
else:
    print("heldout3 README not found; overlap check skipped")

print("OK" if ok else "FAIL")
sys.exit(0 if ok else 1)
