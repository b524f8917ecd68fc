#!/usr/bin/env python3
"""Checks incident-stream 5 and prints its totals. Exit 0 when there are no errors."""
import json, csv, collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")]
rows = list(csv.DictReader(open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8"), delimiter="\t"))
inc = {r["incident"]: r for r in rows}

errors = []
def err(msg):
    errors.append(msg)
    print("ERROR:", msg)

KEYS = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
COLS = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia"}
DAYS = {"2024-11-08", "2024-11-09", "2024-11-10"}

# incidents.tsv
with open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
if header != COLS:
    err("incidents.tsv header %s" % header)
if len(inc) != len(rows):
    err("duplicate incident ids")
for n, r in enumerate(rows):
    if r["incident"] != "N%03d" % (n + 1):
        err("incident id out of sequence: %s" % r["incident"])
    if any(not (r.get(c) or "").strip() for c in COLS):
        err("empty column in %s" % r["incident"])
    if r["type"] not in TYPES:
        err("bad type %s" % r["incident"])
    if r["date"] not in DAYS:
        err("date outside the event days %s" % r["incident"])
    if not r["count"].isdigit():
        err("bad count %s" % r["incident"])
    elif r["type"] in ("ATTACK", "CAPTURE"):
        if r["count"] != "0" or r["victim_group"] != "-":
            err("ATTACK/CAPTURE must have count 0 and group - : %s" % r["incident"])
    else:
        if int(r["count"]) < 1 or r["victim_group"] not in GROUPS:
            err("KILLED/WOUNDED needs count >= 1 and a victim group: %s" % r["incident"])

# articles.jsonl
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    err("duplicate item ids")
for n, a in enumerate(arts):
    if set(a) != KEYS:
        err("bad keys %s" % a.get("id"))
        continue
    if a["id"] != "n%03d" % (n + 1):
        err("item id out of sequence: %s" % a["id"])
    if n and a["publishedAt"] < arts[n - 1]["publishedAt"]:
        err("not sorted by publishedAt at %s" % a["id"])
    if not re.fullmatch(r"2024-11-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]):
        err("bad publishedAt %s" % a["id"])
    if a["incident"] not in inc:
        err("unknown incident %s" % a["id"])
        continue
    if not a["url"].startswith("https://"):
        err("bad url %s" % a["id"])
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]:
        err("published before the event %s" % a["id"])
    if not a["title"].strip() or not a["text"].strip():
        err("empty title or text %s" % a["id"])
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

multi = {k: v for k, v in cnt.items() if v > 1}
print("items", len(arts), "incidents", len(inc), "outlets", len(set(a["source"] for a in arts)))
print("multi-report incidents", len(multi), "holding", sum(multi.values()), "items;",
      "single-report incidents", sum(1 for v in cnt.values() if v == 1))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
countries = collections.Counter(r["country"] for r in rows)
print("countries", len(countries), countries.most_common())
print("event dates", sorted(collections.Counter(r["date"] for r in rows).items()))
print("publication days", sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items()))
print("types", collections.Counter(r["type"] for r in rows).most_common())
print("victim groups", collections.Counter(r["victim_group"] for r in rows).most_common())

# collision groups: distinct incidents with the same country, date, type, victim group and count
g = collections.defaultdict(list)
for r in rows:
    if r["count"] != "0":
        g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in sorted(coll.items()):
    print("  ", k, v)
if len(coll) < 15:
    err("fewer than 15 collision groups")
if len(countries) < 16:
    err("fewer than 16 countries")

print("OK" if not errors else "FAIL (%d errors)" % len(errors))
sys.exit(0 if not errors else 1)
