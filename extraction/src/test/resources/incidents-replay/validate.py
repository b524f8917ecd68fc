"""Checks the incidents-replay stream and prints its totals.

Adapted from ../incidents/validate.py: same item keys and incident columns,
plus the checks of this stream (one item per incident, ids in publication
order, dates and weekdays in the text agree with the gold date).
Run: python3 validate.py
"""
import json, csv, collections, sys, os, re, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")]
rows = list(csv.DictReader(open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8"), delimiter="\t"))
COLS = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
KEYS = ["id", "publishedAt", "source", "url", "title", "text", "incident"]
GOVS = {"Idlib", "Aleppo", "Hama", "Latakia", "Daraa", "Deir ez-Zor", "Raqqa", "Hasakah", "Homs",
        "Damascus", "Rural Damascus", "Quneitra", "Suwayda"}
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE", "EQUIPMENT_LOSS"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia"}
MONTHS = {"January": 1, "February": 2, "March": 3, "Feb": 2}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ok = True


def bad(*m):
    global ok
    ok = False
    print("FAIL:", *m)


# ---- incidents.tsv
with open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
if header != COLS:
    bad("incidents.tsv columns", header)
inc = {}
for r in rows:
    if r["incident"] in inc:
        bad("duplicate incident row", r["incident"])
    inc[r["incident"]] = r
    if r["country"] != "Syria":
        bad("country", r["incident"], r["country"])
    if r["admin1"] not in GOVS:
        bad("admin1", r["incident"], r["admin1"])
    if r["type"] not in TYPES:
        bad("type", r["incident"], r["type"])
    if not r["town"]:
        bad("empty town", r["incident"])
    try:
        datetime.date.fromisoformat(r["date"])
    except ValueError:
        bad("date", r["incident"], r["date"])
    if r["type"] in ("ATTACK", "CAPTURE"):
        if r["count"] != "0" or r["victim_group"] != "-":
            bad("ATTACK/CAPTURE must have count 0 and group -", r["incident"])
    else:
        if r["victim_group"] not in GROUPS or not r["count"].isdigit() or int(r["count"]) < 1:
            bad("group/count", r["incident"], r["victim_group"], r["count"])
expected = ["I%03d" % i for i in range(1, len(rows) + 1)]
if sorted(inc) != expected:
    bad("incident ids are not I001..I%03d" % len(rows))

# ---- articles.jsonl
for i, a in enumerate(arts, 1):
    if list(a) != KEYS:
        bad("keys", a.get("id"), list(a))
        continue
    if a["id"] != "r%03d" % i:
        bad("id out of sequence", a["id"], "expected r%03d" % i)
    if not a["url"].startswith("https://"):
        bad("url", a["id"])
    if a["incident"] not in inc:
        bad("unknown incident", a["id"], a["incident"])
        continue
    for k in ("title", "text", "source"):
        if not a[k].strip():
            bad("empty", k, a["id"])
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]):
        bad("publishedAt format", a["id"])
    ev = datetime.date.fromisoformat(inc[a["incident"]]["date"])
    pub = datetime.date.fromisoformat(a["publishedAt"][:10])
    lag = (pub - ev).days
    if lag < 0:
        bad("published before event", a["id"])
    if lag > 2:
        bad("published more than two days after the event", a["id"])
    t = a["text"]
    # explicit dates in the text must be the gold date
    for d, m in re.findall(r"\b(\d{1,2}) (February|Feb)\b", t):
        if int(d) != ev.day:
            bad("date in text", a["id"], d, m, "gold", ev)
    for m, d in re.findall(r"\b(February) (\d{1,2}),", t):
        if int(d) != ev.day:
            bad("date in text", a["id"], m, d, "gold", ev)
    # weekday names in the text must be the gold weekday
    for w in re.findall(r"\b(%s)\b" % "|".join(DAYS), t):
        if w != DAYS[ev.weekday()]:
            bad("weekday in text", a["id"], w, "gold", ev, DAYS[ev.weekday()])
    dated = re.search(r"\b\d{1,2} (February|Feb)\b|\bFebruary \d{1,2},|\b(%s)\b" % "|".join(DAYS), t)
    if not dated and lag != 0:
        bad("undated note published on another day than the event", a["id"])

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    bad("duplicate ids")
urls = [a["url"] for a in arts]
if len(urls) != len(set(urls)):
    bad("duplicate urls", [u for u, c in collections.Counter(urls).items() if c > 1])
pubs = [a["publishedAt"] for a in arts]
if pubs != sorted(pubs):
    bad("items not sorted by publishedAt")
cnt = collections.Counter(a["incident"] for a in arts)
for k, v in cnt.items():
    if v != 1:
        bad("incident with %d items (must be exactly one)" % v, k)
missing = [i for i in inc if i not in cnt]
if missing:
    bad("incidents without an item", missing)
days = sorted({r["date"] for r in inc.values()})
d0, d1 = datetime.date.fromisoformat(days[0]), datetime.date.fromisoformat(days[-1])
if (d1 - d0).days + 1 != len(days):
    bad("event days are not consecutive", days)

# ---- totals
C = collections.Counter
print("items", len(arts), "incidents", len(inc), "sources", len(set(a["source"] for a in arts)),
      "items per incident", sorted(C(cnt.values()).items()))
print("event days (%d, %s .. %s):" % (len(days), days[0], days[-1]))
for d, c in sorted(C(r["date"] for r in inc.values()).items()):
    print("   ", d, DAYS[datetime.date.fromisoformat(d).weekday()][:3], c)
print("publication days", sorted(C(a["publishedAt"][:10] for a in arts).items()))
lags = C((datetime.date.fromisoformat(a["publishedAt"][:10]) - datetime.date.fromisoformat(inc[a["incident"]]["date"])).days for a in arts)
print("publication lag in days", sorted(lags.items()))
print("per governorate", C(r["admin1"] for r in inc.values()).most_common())
print("per type", C(r["type"] for r in inc.values()).most_common())
print("per victim group", C(r["victim_group"] for r in inc.values()).most_common())
print("per count", sorted(C(int(r["count"]) for r in inc.values()).items()))
print("per source", C(a["source"] for a in arts).most_common())
vague = [r for r in inc.values() if re.search(r"countryside|governorate|^Al-Ghab plain$|^Jabal al-Zawiya$", r["town"])]
print("notes placed only by an area, countryside or governorate:", len(vague),
      C(r["town"] for r in vague).most_common())
towns = collections.defaultdict(set)
for r in inc.values():
    towns[(r["admin1"], r["town"])].add(r["date"])
rep = {k: sorted(v) for k, v in towns.items() if len(v) > 1}
print("places with incidents on more than one day:", len(rep))
consec = []
for (g, t), ds in rep.items():
    for a_, b_ in zip(ds, ds[1:]):
        if (datetime.date.fromisoformat(b_) - datetime.date.fromisoformat(a_)).days == 1:
            consec.append("%s %s/%s" % (t, a_[8:], b_[8:]))
print("same place on two consecutive days:", len(consec), consec)

g = collections.defaultdict(list)
for r in inc.values():
    g[(r["date"], r["admin1"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1 and k[4] != "0"}
coll0 = {k: v for k, v in g.items() if len(v) > 1 and k[4] == "0"}
print("collision groups: same day + governorate + type + victim group + count, distinct incidents")
print("   with casualties (count > 0): %d groups holding %d incidents, sizes %s" % (
    len(coll), sum(len(v) for v in coll.values()), sorted(C(len(v) for v in coll.values()).items())))
print("   ATTACK/CAPTURE without casualties (count 0): %d groups holding %d incidents" % (
    len(coll0), sum(len(v) for v in coll0.values())))
print("   incidents in some collision group: %d of %d" % (
    sum(len(v) for v in coll.values()) + sum(len(v) for v in coll0.values()), len(inc)))
for k, v in sorted(coll.items()) + sorted(coll0.items()):
    print("     ", k[0][5:], k[1], k[2], k[3], k[4], "|", ", ".join(v))
print("OK" if ok else "FAIL")
sys.exit(0 if ok else 1)
