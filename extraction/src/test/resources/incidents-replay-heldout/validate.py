#!/usr/bin/env python3
"""Checks the held-out replay stream and prints its totals.

Adapted from ../incidents/validate.py: same item format and gold columns, plus the
checks this set needs (one item per incident, sorted ids, dates and weekdays in texts).
"""
import json, csv, collections, sys, os, re, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")]
rows = list(csv.DictReader(open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8"), delimiter="\t"))
COLS = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
KEYS = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE", "EQUIPMENT_LOSS"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia", "rebels"}
COUNTRIES = {"Syria", "Iraq", "Afghanistan"}
UTC_OFFSET = {"Syria": dt.timedelta(hours=3), "Iraq": dt.timedelta(hours=3),
              "Afghanistan": dt.timedelta(hours=4, minutes=30)}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

ok = True
def fail(*m):
    global ok
    ok = False
    print("FAIL:", *m)

# ---------------------------------------------------------------- incidents.tsv
with open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
if header != COLS: fail("incidents.tsv columns", header)
inc = {}
for r in rows:
    if r["incident"] in inc: fail("duplicate incident row", r["incident"])
    inc[r["incident"]] = r
    if r["country"] not in COUNTRIES: fail("country", r)
    if r["type"] not in TYPES: fail("type", r)
    if not re.fullmatch(r"\d+", r["count"]): fail("count", r)
    elif r["type"] in ("ATTACK", "CAPTURE"):
        if r["count"] != "0" or r["victim_group"] != "-": fail("ATTACK/CAPTURE must be count 0, group -", r)
    else:
        if int(r["count"]) < 1 or r["victim_group"] not in GROUPS: fail("count/group", r)
    if not r["town"] or not r["admin1"]: fail("place", r)
if sorted(inc) != ["J%03d" % i for i in range(1, len(inc) + 1)]: fail("incident ids not J001..Jnnn")
dates = sorted({r["date"] for r in inc.values()})
d0 = dt.date.fromisoformat(dates[0])
window = [(d0 + dt.timedelta(days=i)).isoformat() for i in range(10)]
if dates != window: fail("event dates are not 10 consecutive days", dates)

# ---------------------------------------------------------------- articles.jsonl
ids = [a.get("id") for a in arts]
if ids != ["h%03d" % i for i in range(1, len(arts) + 1)]: fail("ids are not h001..hNNN in file order")
if len(set(ids)) != len(ids): fail("duplicate ids")
urls = [a.get("url") for a in arts]
if len(set(urls)) != len(urls): fail("duplicate urls", [u for u, c in collections.Counter(urls).items() if c > 1])
pubs = [a.get("publishedAt") for a in arts]
if pubs != sorted(pubs): fail("items not sorted by publishedAt")
if len(set(pubs)) != len(pubs): print("note: some items share a publishedAt")
for a in arts:
    if set(a) != KEYS: fail("bad keys", a.get("id"), sorted(a))
    if not re.fullmatch(r"2\d{3}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]): fail("publishedAt format", a["id"])
    if not a["url"].startswith("https://"): fail("bad url", a["id"])
    if a["incident"] not in inc: fail("unknown incident", a["id"], a["incident"])
    if not a["title"].strip() or not a["text"].strip(): fail("empty title/text", a["id"])
    nsent = len(re.findall(r"[.!?](?:\s|$)", a["text"]))
    if not 1 <= nsent <= 3: fail("text should be 1-3 sentences", a["id"], nsent)
cnt = collections.Counter(a["incident"] for a in arts)
for i in inc:
    if cnt[i] != 1: fail("incident must have exactly one item", i, cnt[i])

# ---------------------------------------------------------------- dates and weekdays in the texts
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"], 1)}
MON = "|".join(MONTHS)
WD = "|".join(WEEKDAYS)
TOKEN = re.compile(
    r"\b(?P<wd>%s)(?:,\s*|\s+)(?P<d1>\d{1,2}) (?P<m1>%s)(?: (?P<y1>\d{4}))?\b"
    r"|\b(?P<d2>\d{1,2}) (?P<m2>%s)(?: (?P<y2>\d{4}))?\b"
    r"|\b(?P<m3>%s) (?P<d3>\d{1,2})(?:, (?P<y3>\d{4}))?\b"
    r"|\b(?P<wd2>%s)\b"
    r"|\b(?P<rel>(?i:today|tonight|this morning|this afternoon|this evening|yesterday))\b"
    % (WD, MON, MON, MON, WD))

def mentions(s, local_pub):
    out = []
    for m in TOKEN.finditer(s):
        g = m.groupdict()
        if g["d1"]:
            d = dt.date(int(g["y1"] or local_pub.year), MONTHS[g["m1"]], int(g["d1"]))
            if WEEKDAYS[d.weekday()] != g["wd"]:
                out.append(("BAD", m.group(0)))
                continue
        elif g["d2"]:
            d = dt.date(int(g["y2"] or local_pub.year), MONTHS[g["m2"]], int(g["d2"]))
        elif g["d3"]:
            d = dt.date(int(g["y3"] or local_pub.year), MONTHS[g["m3"]], int(g["d3"]))
        elif g["wd2"]:
            back = (local_pub.weekday() - WEEKDAYS.index(g["wd2"])) % 7
            d = local_pub - dt.timedelta(days=back)
        else:
            d = local_pub - dt.timedelta(days=1) if g["rel"].lower() == "yesterday" else local_pub
        out.append((d, m.group(0)))
    return out

lags = collections.Counter()
for a in arts:
    r = inc.get(a["incident"])
    if not r: continue
    ev = dt.date.fromisoformat(r["date"])
    utc = dt.datetime.strptime(a["publishedAt"], "%Y-%m-%dT%H:%M:%SZ")
    local_pub = (utc + UTC_OFFSET[r["country"]]).date()
    lag = (local_pub - ev).days
    lags[lag] += 1
    if not 0 <= lag <= 2: fail("published %d days after the event (local time)" % lag, a["id"], r["incident"])
    tm = mentions(a["text"], local_pub)
    hm = mentions(a["title"], local_pub)
    for d, w in tm + hm:
        if d == "BAD": fail("weekday does not match date", a["id"], repr(w))
    tm = [(d, w) for d, w in tm if d != "BAD"]
    if not tm:
        fail("text gives no date, weekday or 'today'", a["id"])
        continue
    if tm[0][0] != ev:
        fail("first date mention %r resolves to %s, event is %s" % (tm[0][1], tm[0][0], ev), a["id"])
    for d, w in tm[1:] + hm:
        if not (ev - dt.timedelta(days=10) <= d <= local_pub):
            fail("date mention %r resolves to %s, outside [event-10, publication]" % (w, d), a["id"])
        if d > ev and d != local_pub:
            fail("date mention %r after the event and not the publication day" % w, a["id"])

# ---------------------------------------------------------------- totals
def show(name, counter, sort_by_key=True):
    items = sorted(counter.items()) if sort_by_key else counter.most_common()
    print("%s (%d):" % (name, len(counter)), ", ".join("%s %d" % kv for kv in items))

print("items", len(arts), "incidents", len(inc), "sources", len(set(a["source"] for a in arts)),
      "items per incident", sorted(collections.Counter(cnt.values()).items()))
show("event days", collections.Counter(r["date"] for r in inc.values()))
show("publication days", collections.Counter(a["publishedAt"][:10] for a in arts))
show("publication lag in local days", lags)
show("countries", collections.Counter(r["country"] for r in inc.values()), False)
for c in ("Syria", "Iraq", "Afghanistan"):
    show("  provinces, " + c, collections.Counter(r["admin1"] for r in inc.values() if r["country"] == c), False)
show("types", collections.Counter(r["type"] for r in inc.values()), False)
show("victim groups", collections.Counter(r["victim_group"] for r in inc.values()), False)
show("counts", collections.Counter(int(r["count"]) for r in inc.values()))
show("sources", collections.Counter(a["source"] for a in arts), False)
per_day_country = collections.Counter((r["date"], r["country"][:3]) for r in inc.values())
print("incidents per day and country:")
for d in window:
    print("   ", d, WEEKDAYS[dt.date.fromisoformat(d).weekday()][:3],
          " ".join("%s %2d" % (c, per_day_country[(d, c)]) for c in ("Syr", "Ira", "Afg")))

def groups(key):
    g = collections.defaultdict(list)
    for r in inc.values():
        g[key(r)].append(r["incident"] + ":" + r["town"])
    return {k: v for k, v in g.items() if len(v) > 1}

coll = groups(lambda r: (r["date"], r["admin1"], r["type"], r["count"]))
coll_n = {k: v for k, v in coll.items() if k[3] != "0"}
coll_g = groups(lambda r: (r["date"], r["admin1"], r["type"], r["victim_group"], r["count"]))
coll_g = {k: v for k, v in coll_g.items() if k[4] != "0"}
print("same-day same-province same-type same-count groups: %d (%d incidents); %d with a count > 0 (%d incidents);"
      " %d also share the victim group (%d incidents)"
      % (len(coll), sum(map(len, coll.values())), len(coll_n), sum(map(len, coll_n.values())),
         len(coll_g), sum(map(len, coll_g.values()))))
for k in sorted(coll):
    print("   ", " ".join(k), coll[k])
same_town = groups(lambda r: (r["date"], r["admin1"], r["town"]))
print("same-day same-town pairs of different incidents:", len(same_town), [v for v in same_town.values()])
consec = collections.defaultdict(set)
for r in inc.values():
    consec[(r["admin1"], r["town"])].add(r["date"])
rep = {k: sorted(v) for k, v in consec.items() if len(v) > 1}
print("towns hit on more than one day: %d" % len(rep))
for k in sorted(rep):
    print("   ", k[1], "(%s)" % k[0], ", ".join(d[5:] for d in rep[k]))
print("OK" if ok else "FAIL")
sys.exit(0 if ok else 1)
