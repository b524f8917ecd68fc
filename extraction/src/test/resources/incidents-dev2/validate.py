#!/usr/bin/env python3
"""Checker for incident stream k (adapted from the first stream's validate.py). Run: python3 validate.py"""
import json, csv, collections, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"))]
rows = list(csv.DictReader(open(os.path.join(HERE, "incidents.tsv")), delimiter="\t"))
inc = {r["incident"]: r for r in rows}
keys = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
cols = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
groups = {"civilians", "soldiers", "police", "militants", "militia", "-"}
types = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
errors = 0
def err(*m):
    global errors; errors += 1; print("ERROR", *m)
if len(rows) != len(inc): err("duplicate incident ids")
if list(rows[0].keys()) != cols: err("bad tsv header", list(rows[0].keys()))
for r in rows:
    if any(not r[c] for c in cols): err("empty field", r["incident"])
    if r["type"] not in types: err("bad type", r["incident"])
    if r["victim_group"] not in groups: err("bad group", r["incident"])
    if not r["count"].isdigit(): err("bad count", r["incident"])
    elif r["type"] in ("ATTACK", "CAPTURE") and (r["count"] != "0" or r["victim_group"] != "-"):
        err("attack/capture must be 0/-", r["incident"])
    elif r["type"] in ("KILLED", "WOUNDED") and (r["count"] == "0" or r["victim_group"] == "-"):
        err("killed/wounded needs group and count", r["incident"])
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)): err("DUP ids")
if ids != ["k%03d" % i for i in range(1, len(arts) + 1)]: err("ids not k001.. in order")
if [a["publishedAt"] for a in arts] != sorted(a["publishedAt"] for a in arts): err("not sorted by publishedAt")
for a in arts:
    if set(a) != keys: err("bad keys", a["id"]); continue
    if any(not isinstance(a[k], str) or not a[k].strip() for k in keys): err("empty field", a["id"])
    if a["incident"] not in inc: err("unknown incident", a["id"]); continue
    if not (a["url"].startswith("https://") or a["url"].startswith("http://")): err("bad url", a["id"])
    if len(a["publishedAt"]) != 20 or not a["publishedAt"].endswith("Z"): err("bad publishedAt", a["id"])
    d = inc[a["incident"]]["date"]
    if a["publishedAt"][:10] < d: err("published before event", a["id"])
    if a["publishedAt"][8:10] > "%02d" % (int(d[8:10]) + 2): err("published more than 2 days after event", a["id"])
urls = [a["url"] for a in arts]
if len(urls) != len(set(urls)): err("dup urls")
texts = [a["text"] for a in arts]
if len(texts) != len(set(texts)): err("dup texts")
cnt = collections.Counter(a["incident"] for a in arts)
missing = [i for i in inc if i not in cnt]
if missing: err("incidents without articles", missing)
print("items", len(arts), "incidents", len(inc), "multi-report incidents", sum(1 for v in cnt.values() if v > 1),
      "items in multi", sum(v for v in cnt.values() if v > 1))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
print("countries", collections.Counter(r["country"] for r in inc.values()))
print("event dates", collections.Counter(r["date"] for r in inc.values()))
print("publication days", sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items()))
print("types", collections.Counter(r["type"] for r in inc.values()))
print("victim groups", collections.Counter(r["victim_group"] for r in inc.values()))
print("sources", len(set(a["source"] for a in arts)))
late = [a["id"] for a in arts if (int(a["publishedAt"][8:10]) - int(inc[a["incident"]]["date"][8:10])) == 2]
print("items published two days after their incident:", len(late), late)
g = collections.defaultdict(list)
for r in inc.values():
    if r["count"] != "0":
        g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in coll.items(): print("  ", k, v)
print("errors", errors)
print("OK" if not errors else "FAIL"); sys.exit(0 if not errors else 1)
