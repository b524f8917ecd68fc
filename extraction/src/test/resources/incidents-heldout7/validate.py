#!/usr/bin/env python3
"""Checker for the heldout7 incident stream. Run from anywhere: python3 validate.py
Hard checks fail the run (exit 1, FAIL); soft checks and the first stream's overlap are printed only."""
import collections, csv, json, os, re, sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
EVENT_DAYS = ["2024-05-14", "2024-05-15", "2024-05-16"]
PUB_DAYS = EVENT_DAYS + ["2024-05-17"]
HEADER = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
KEYS = ["id", "publishedAt", "source", "url", "title", "text", "incident"]
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia", "-"}
WEEKDAYS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
DATELINE = re.compile(r"^([A-Z][A-Z'.\- ]*[A-Z])(?=,| \(|:| -)")

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
        err("duplicate incident %s" % d["incident"])
    inc[d["incident"]] = d

# ids and order
if [r[0] for r in rows] != ["D%03d" % k for k in range(1, len(rows) + 1)]:
    err("incident ids are not D001..D%03d in order" % len(rows))
if [a.get("id") for a in arts] != ["d%03d" % k for k in range(1, len(arts) + 1)]:
    err("item ids are not d001..d%03d in order" % len(arts))
if [(a["publishedAt"], a["url"]) for a in arts] != sorted((a["publishedAt"], a["url"]) for a in arts):
    err("items not sorted by publishedAt, url")

# incident rows
for i, d in inc.items():
    if d["type"] not in TYPES:
        err("%s: type %s" % (i, d["type"]))
    if d["victim_group"] not in GROUPS:
        err("%s: group %s" % (i, d["victim_group"]))
    if d["type"] in ("ATTACK", "CAPTURE") and (d["count"] != "0" or d["victim_group"] != "-"):
        err("%s: ATTACK/CAPTURE must have count 0 and group -" % i)
    if d["type"] in ("KILLED", "WOUNDED") and (not d["count"].isdigit() or int(d["count"]) < 1 or d["victim_group"] == "-"):
        err("%s: KILLED/WOUNDED needs a count and a group" % i)
    if d["date"] not in EVENT_DAYS:
        err("%s: date %s outside %s..%s" % (i, d["date"], EVENT_DAYS[0], EVENT_DAYS[-1]))
    if not d["town"] or not d["admin1"] or not d["country"]:
        err("%s: empty town, admin1 or country" % i)

# items
for a in arts:
    if list(a) != KEYS:
        err("%s: keys %r" % (a.get("id"), list(a)))
        continue
    if a["incident"] not in inc:
        err("%s: unknown incident %s" % (a["id"], a["incident"]))
        continue
    if not a["url"].startswith("https://"):
        err("%s: url" % a["id"])
    try:
        datetime.strptime(a["publishedAt"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        err("%s: publishedAt %s" % (a["id"], a["publishedAt"]))
    if a["publishedAt"][:10] not in PUB_DAYS:
        err("%s: published %s outside %s..%s" % (a["id"], a["publishedAt"], PUB_DAYS[0], PUB_DAYS[-1]))
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]:
        err("%s: published before its event" % a["id"])
    if not a["title"].strip() or not a["text"].strip() or not a["source"].strip():
        err("%s: empty field" % a["id"])
for field in ("url", "title", "text"):
    c = collections.Counter(a[field] for a in arts)
    dup = [k for k, v in c.items() if v > 1]
    if dup:
        err("duplicate %s: %r" % (field, dup[:3]))
byinc = collections.defaultdict(list)
for a in arts:
    byinc[a["incident"]].append(a)
for i, its in byinc.items():
    c = collections.Counter(a["source"] for a in its)
    if any(v > 1 for v in c.values()):
        err("%s: an outlet reports it twice %r" % (i, c))
missing = [i for i in inc if i not in byinc]
if missing:
    err("incidents without items %r" % missing)

# sizes and spread
cnt = {i: len(v) for i, v in byinc.items()}
multi = [i for i, v in cnt.items() if v > 1]
countries = collections.Counter(d["country"] for d in inc.values())
if len(inc) != 100:
    err("%d incidents, expected 100" % len(inc))
if not 160 <= len(arts) <= 180:
    err("%d items, expected about 170" % len(arts))
if len(countries) < 28:
    err("only %d countries" % len(countries))
if "Syria" not in countries:
    err("no Syria")
if max(countries.values()) > 13:
    err("a country above 13: %r" % countries.most_common(1))
if not 55 <= len(multi) <= 65:
    err("%d multi-report incidents, expected about 60" % len(multi))
town_day = collections.Counter((d["country"], d["town"], d["date"]) for d in inc.values())
for k, v in town_day.items():
    if v > 1:
        err("two incidents in one town on one day: %r" % (k,))
towns = collections.Counter(d["town"] for d in inc.values())
groups = collections.defaultdict(list)
for d in inc.values():
    if d["count"] != "0":
        groups[(d["country"], d["date"], d["type"], d["victim_group"], d["count"])].append(d["incident"] + ":" + d["town"])
coll = {k: v for k, v in groups.items() if len(v) > 1}
if len(coll) < 30:
    err("only %d collision groups" % len(coll))

# totals
print("items %d, incidents %d, outlets %d" % (len(arts), len(inc), len(set(a["source"] for a in arts))))
hist = collections.Counter(cnt.values())
print("multi-report incidents %d holding %d items; reports-per-incident %s; single-report incidents %d" % (
    len(multi), sum(cnt[i] for i in multi), sorted(hist.items()), hist.get(1, 0)))
for n in sorted(hist):
    if n > 2:
        print("  with %d reports: %s" % (n, ", ".join("%s %s" % (i, inc[i]["town"]) for i in sorted(inc) if cnt.get(i) == n)))
print("countries %d: %s" % (len(countries), ", ".join("%s %d" % kv for kv in countries.most_common())))
print("event days:", ", ".join("%s %d" % kv for kv in sorted(collections.Counter(d["date"] for d in inc.values()).items())))
print("publication days:", ", ".join("%s %d" % kv for kv in sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items())))
print("types:", dict(collections.Counter(d["type"] for d in inc.values())))
print("victim groups:", dict(collections.Counter(d["victim_group"] for d in inc.values())))
print("towns used more than once:", [t for t, v in towns.items() if v > 1])
print("collision groups (same country, date, type, group, count; distinct incidents): %d" % len(coll))
for k, v in sorted(coll.items()):
    print("  ", k, v)
gaps = []
for i, its in byinc.items():
    if len(its) > 1:
        ts = sorted(datetime.strptime(a["publishedAt"], "%Y-%m-%dT%H:%M:%SZ") for a in its)
        gaps.append(((ts[-1] - ts[0]).total_seconds() / 3600, i))
gaps.sort()
print("reports of one incident published %.2f h (%s %s) to %.2f h (%s %s) apart" % (
    gaps[0][0], gaps[0][1], inc[gaps[0][1]]["town"], gaps[-1][0], gaps[-1][1], inc[gaps[-1][1]]["town"]))

# soft checks
noday = [a["id"] for a in arts if not WEEKDAYS.search(a["title"] + " " + a["text"])]
print("soft: %d items carry no weekday word %s" % (len(noday), noday))


def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())


def grams(s, n=6):
    w = words(s)
    return {tuple(w[k:k + n]) for k in range(len(w) - n + 1)}


shared = []
for i, its in byinc.items():
    for x in range(len(its)):
        for y in range(x + 1, len(its)):
            g = grams(its[x]["title"] + " . " + its[x]["text"]) & grams(its[y]["title"] + " . " + its[y]["text"])
            if g:
                shared.append((its[x]["id"], its[y]["id"], " ".join(sorted(g)[0])))
print("soft: %d item pairs of one incident share a 6-word run %s" % (len(shared), shared))

# datelines
datelines = collections.Counter()
for a in arts:
    m = DATELINE.match(a["text"])
    if m:
        datelines[m.group(1)] += 1
print("datelines %d: %s" % (len(datelines), ", ".join(sorted(datelines))))


def overlap(path, hard):
    if not os.path.exists(path):
        print("overlap: %s not found, skipped" % path)
        return
    readme = open(path, encoding="utf-8").read()
    low = readme.lower()

    def named(name):
        return re.search(r"(?<![a-z0-9])" + re.escape(name.lower()) + r"(?![a-z0-9])", low) is not None

    t = sorted({d["town"] for d in inc.values() if named(d["town"])})
    dl = sorted(x for x in datelines if named(x))
    rg = grams(readme)
    q = sorted({a["id"] for a in arts if (grams(a["title"]) | grams(a["text"])) & rg})
    label = "FAIL on overlap" if hard else "information only"
    print("overlap with %s (%s): gold towns %d/%d named %r; datelines %d named %r; items sharing a 6-word run %d %r" % (
        os.path.relpath(path, HERE), label, len(t), len(inc), t, len(datelines), dl, len(q), q))
    if hard and (t or dl or q):
        err("overlap with %s" % path)


PREV_README = os.path.join(HERE, "..", "incidents-heldout6", "README.md")
if not os.path.exists(PREV_README):  # heldout6 was retired to tuning as incidents-dev12 in the twenty-second round
    PREV_README = os.path.join(HERE, "..", "incidents-dev12", "README.md")
overlap(PREV_README, True)
overlap(os.path.join(HERE, "..", "incidents", "README.md"), False)

print("OK" if not errors else "FAIL (%d errors)" % len(errors))
sys.exit(0 if not errors else 1)
