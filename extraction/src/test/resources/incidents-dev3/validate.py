# Checks the third incident stream and prints its totals. Exit 0 when there are no errors.
import json, csv, collections, sys, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"))]
rows = list(csv.DictReader(open(os.path.join(HERE, "incidents.tsv")), delimiter="\t"))
inc = {r["incident"]: r for r in rows}

KEYS = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
COLUMNS = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE", "ABDUCTED"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia"}
errors = []

def err(msg):
    errors.append(msg)
    print("ERROR", msg)

# incidents.tsv
if list(rows[0].keys()) != COLUMNS:
    err("incidents.tsv columns %s" % list(rows[0].keys()))
if len(inc) != len(rows):
    err("duplicate incident ids")
for n, r in enumerate(rows, 1):
    if r["incident"] != "M%03d" % n:
        err("incident id out of sequence: %s (expected M%03d)" % (r["incident"], n))
    if r["type"] not in TYPES:
        err("bad type %s %s" % (r["incident"], r["type"]))
    if not re.fullmatch(r"\d+", r["count"]):
        err("bad count %s %s" % (r["incident"], r["count"]))
        continue
    c = int(r["count"])
    if r["type"] in ("ATTACK", "CAPTURE"):
        if c != 0 or r["victim_group"] != "-":
            err("%s %s must have count 0 and victim_group -" % (r["incident"], r["type"]))
    else:
        if c < 1 or r["victim_group"] not in GROUPS:
            err("%s: %s needs a victim group from the vocabulary and a count >= 1" % (r["incident"], r["type"]))
    if not re.fullmatch(r"20(18|21)-\d\d-\d\d", r["date"]):
        err("bad date %s %s" % (r["incident"], r["date"]))
    for col in ("country", "town", "admin1"):
        if not r[col].strip():
            err("empty %s in %s" % (col, r["incident"]))

# articles.jsonl
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    err("duplicate item ids")
for n, a in enumerate(arts, 1):
    if set(a) != KEYS:
        err("bad keys %s" % a.get("id"))
        continue
    if a["id"] != "m%03d" % n:
        err("item id out of sequence: %s (expected m%03d)" % (a["id"], n))
    if a["incident"] not in inc:
        err("unknown incident %s in %s" % (a["incident"], a["id"]))
        continue
    if not a["url"].startswith("https://"):
        err("bad url %s" % a["id"])
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]):
        err("bad publishedAt %s" % a["id"])
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]:
        err("published before event %s" % a["id"])
    if not a["title"].strip() or not a["text"].strip():
        err("empty title or text %s" % a["id"])
pubs = [a["publishedAt"] for a in arts]
if pubs != sorted(pubs):
    err("items not sorted by publishedAt")
urls = [a["url"] for a in arts]
if len(urls) != len(set(urls)):
    err("duplicate urls")
texts = [a["text"] for a in arts]
if len(texts) != len(set(texts)):
    err("duplicate texts")
cnt = collections.Counter(a["incident"] for a in arts)
missing = [i for i in inc if i not in cnt]
if missing:
    err("incidents without items %s" % missing)

# totals
multi = {k: v for k, v in cnt.items() if v > 1}
print("items", len(arts), "incidents", len(inc), "multi-report incidents", len(multi),
      "items in multi", sum(multi.values()), "single-report incidents", len(inc) - len(multi))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
print("countries", collections.Counter(r["country"] for r in rows).most_common())
print("event dates", sorted(collections.Counter(r["date"] for r in rows).items()))
print("publication days", sorted(collections.Counter(p[:10] for p in pubs).items()))
print("types", collections.Counter(r["type"] for r in rows).most_common())
print("victim groups", collections.Counter(r["victim_group"] for r in rows).most_common())
print("sources", len(set(a["source"] for a in arts)))
g = collections.defaultdict(list)
for r in rows:
    if r["count"] != "0":
        g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in coll.items():
    print("  ", k, v)
same_town = collections.defaultdict(list)
for r in rows:
    same_town[(r["country"], r["town"])].append(r["incident"] + ":" + r["date"])
print("towns with more than one incident:", {k[1]: v for k, v in same_town.items() if len(v) > 1})
print("errors", len(errors))
print("OK" if not errors else "FAIL")
sys.exit(0 if not errors else 1)
