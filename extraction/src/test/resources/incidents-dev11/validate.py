#!/usr/bin/env python3
"""Checker for the incidents-heldout5 stream (writer 61).

Adapted from the first stream's checker (incidents/validate.py) and from the
description of heldout4's checker in its README. Run from anywhere:
    python3 validate.py
Hard checks fail the run (exit 1, FAIL); soft checks only print. Exits 0 with OK.
"""
import collections, csv, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVENT_DAYS = ["2023-06-13", "2023-06-14", "2023-06-15"]
PUB_DAYS = EVENT_DAYS + ["2023-06-16"]
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia", "-"}
HEADER = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
KEYS = ["id", "publishedAt", "source", "url", "title", "text", "incident"]

ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") if l.strip()]
with open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8") as f:
    lines = f.read().rstrip("\n").split("\n")
if lines[0].split("\t") != HEADER:
    fail("bad header %r" % lines[0])
rows = list(csv.DictReader(lines, delimiter="\t"))
inc = collections.OrderedDict((r["incident"], r) for r in rows)
if len(inc) != len(rows):
    fail("duplicate incident ids")

# ---- id sequences and sort order
if [r["incident"] for r in rows] != ["E%03d" % (n + 1) for n in range(len(rows))]:
    fail("incident ids are not E001.. in order")
if [a.get("id") for a in arts] != ["e%03d" % (n + 1) for n in range(len(arts))]:
    fail("item ids are not e001.. in order")
if [(a["publishedAt"], a["url"]) for a in arts] != sorted((a["publishedAt"], a["url"]) for a in arts):
    fail("items not sorted by publishedAt, then url")
if len(inc) != 100:
    fail("expected 100 incidents, got %d" % len(inc))
if not 160 <= len(arts) <= 180:
    fail("expected about 170 items, got %d" % len(arts))

# ---- incidents
for r in rows:
    i = r["incident"]
    if r["type"] not in TYPES:
        fail("%s: type %s" % (i, r["type"]))
    if r["victim_group"] not in GROUPS:
        fail("%s: group %s" % (i, r["victim_group"]))
    if not re.fullmatch(r"\d+", r["count"]):
        fail("%s: count %r" % (i, r["count"]))
        continue
    c = int(r["count"])
    if r["type"] in ("ATTACK", "CAPTURE") and (c != 0 or r["victim_group"] != "-"):
        fail("%s: ATTACK/CAPTURE needs count 0 and group -" % i)
    if r["type"] in ("KILLED", "WOUNDED") and (c < 1 or r["victim_group"] == "-"):
        fail("%s: KILLED/WOUNDED needs a count and a group" % i)
    if r["date"] not in EVENT_DAYS:
        fail("%s: event date %s outside %s" % (i, r["date"], EVENT_DAYS))
    for col in ("country", "town", "admin1"):
        if not r[col].strip():
            fail("%s: empty %s" % (i, col))
town_day = collections.Counter((r["country"], r["town"], r["date"]) for r in rows)
for k, n in town_day.items():
    if n > 1:
        fail("two incidents in one town on one day: %s" % (k,))

# ---- items
for a in arts:
    if list(a.keys()) != KEYS:
        fail("%s: keys %s" % (a.get("id"), list(a.keys())))
        continue
    if a["incident"] not in inc:
        fail("%s: unknown incident %s" % (a["id"], a["incident"]))
        continue
    if not a["url"].startswith("https://"):
        fail("%s: bad url" % a["id"])
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]):
        fail("%s: bad publishedAt" % a["id"])
    if a["publishedAt"][:10] not in PUB_DAYS:
        fail("%s: published %s outside %s" % (a["id"], a["publishedAt"][:10], PUB_DAYS))
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]:
        fail("%s: published before its event" % a["id"])
    for col in ("source", "title", "text"):
        if not a[col].strip():
            fail("%s: empty %s" % (a["id"], col))
for col in ("url", "title", "text"):
    dup = [v for v, n in collections.Counter(a[col] for a in arts).items() if n > 1]
    if dup:
        fail("duplicate %ss: %s" % (col, dup[:3]))
per = collections.defaultdict(list)
for a in arts:
    per[a["incident"]].append(a)
for i, items in per.items():
    outs = collections.Counter(a["source"] for a in items)
    for o, n in outs.items():
        if n > 1:
            fail("%s: outlet %s reports it %d times" % (i, o, n))
missing = [i for i in inc if i not in per]
if missing:
    fail("incidents without items: %s" % missing)

# ---- totals
cnt = collections.Counter(a["incident"] for a in arts)
multi = [i for i, n in cnt.items() if n > 1]
print("items %d, incidents %d, outlets %d" % (len(arts), len(inc), len(set(a["source"] for a in arts))))
print("multi-report incidents %d holding %d items; single-report %d" % (
    len(multi), sum(cnt[i] for i in multi), sum(1 for n in cnt.values() if n == 1)))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
if not 55 <= len(multi) <= 65:
    fail("expected about 60 multi-report incidents, got %d" % len(multi))
countries = collections.Counter(r["country"] for r in rows)
print("countries %d:" % len(countries), ", ".join("%s %d" % kv for kv in countries.most_common()))
if len(countries) < 28:
    fail("fewer than 28 countries")
if "Syria" not in countries:
    fail("Syria missing")
if max(countries.values()) > 13:
    fail("a country above 13 incidents")
print("event days", sorted(collections.Counter(r["date"] for r in rows).items()))
print("publication days", sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items()))
print("types", dict(collections.Counter(r["type"] for r in rows).most_common()))
print("victim groups", dict(collections.Counter(r["victim_group"] for r in rows).most_common()))
spans = []
for i in multi:
    ts = sorted(datetime.datetime.strptime(a["publishedAt"], "%Y-%m-%dT%H:%M:%SZ") for a in per[i])
    spans.append(((ts[-1] - ts[0]).total_seconds() / 3600.0, i))
spans.sort()
print("first-to-last report spans: min %.2f h (%s), max %.2f h (%s)" % (spans[0][0], spans[0][1], spans[-1][0], spans[-1][1]))

# ---- collision groups
g = collections.defaultdict(list)
for r in rows:
    if r["count"] != "0":
        g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents): %d" % len(coll))
for k, v in sorted(coll.items()):
    print("   ", k, v)
if len(coll) < 30:
    fail("fewer than 30 collision groups")

# ---- soft checks
WEEKDAY = {"2023-06-13": "tuesday", "2023-06-14": "wednesday", "2023-06-15": "thursday"}


def words(s):
    return re.findall(r"[a-z0-9']+", s.lower().replace("\u2019", "'"))


def grams(s, n=6):
    w = words(s)
    return set(tuple(w[k:k + n]) for k in range(len(w) - n + 1))


noday = [a["id"] for a in arts
         if WEEKDAY[inc[a["incident"]]["date"]] not in (a["title"] + " " + a["text"]).lower()]
print("soft: items without the incident's weekday: %d %s" % (len(noday), noday))
shared = []
for i, items in per.items():
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            gx = grams(items[x]["title"] + " . " + items[x]["text"])
            gy = grams(items[y]["title"] + " . " + items[y]["text"])
            if gx & gy:
                shared.append("%s/%s" % (items[x]["id"], items[y]["id"]))
print("soft: item pairs of one incident sharing a 6-word run: %d %s" % (len(shared), shared))

# ---- overlaps with other READMEs
DATELINE = re.compile(r"^([A-Z][A-Z'.\- ]*[A-Z])(?=,|\s\(|:|\s-)")


def dateline(text):
    m = DATELINE.match(text)
    return m.group(1) if m else None


datelines = sorted(set(d for d in (dateline(a["text"]) for a in arts) if d))


def overlap(path, fatal):
    t = open(path, encoding="utf-8").read()
    towns = [r["town"] for r in rows if re.search(r"(?<![\w'])" + re.escape(r["town"]) + r"(?![\w'])", t, re.I)]
    dl = [d for d in datelines if re.search(r"(?<![\w'])" + re.escape(d) + r"(?![\w'])", t, re.I)]
    rg = grams(t)
    runs = [a["id"] for a in arts if grams(a["title"] + " . " + a["text"]) & rg]
    print("%s: gold towns %d/%d named %s; datelines %d (%s) named %s; items sharing a 6-word run %d %s" % (
        os.path.relpath(path, HERE), len(towns), len(rows), towns, len(datelines), ", ".join(datelines), dl,
        len(runs), runs))
    if fatal and (towns or dl or runs):
        fail("overlap with %s" % path)


h4 = os.path.join(HERE, "..", "incidents-heldout4", "README.md")
if not os.path.exists(h4):  # heldout4 was retired to tuning as incidents-dev10 in the twentieth round
    h4 = os.path.join(HERE, "..", "incidents-dev10", "README.md")
if os.path.exists(h4):
    overlap(h4, True)
else:
    print("overlap check skipped: %s not present" % h4)
first = os.path.join(HERE, "..", "incidents", "README.md")
if os.path.exists(first):
    print("(information only)", end=" ")
    overlap(first, False)

print("OK" if ok else "FAIL")
sys.exit(0 if ok else 1)
