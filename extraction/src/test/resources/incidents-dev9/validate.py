#!/usr/bin/env python3
"""Checker for the heldout3 incident stream, adapted from the first stream's validate.py.
Run from anywhere: python3 validate.py"""
import json, csv, collections, os, sys, re

HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")]
inc = {r["incident"]: r for r in csv.DictReader(open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8"), delimiter="\t")}
keys = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
DAYS = {"2020-09-22", "2020-09-23", "2020-09-24"}
PUB_DAYS = {"2020-09-22", "2020-09-23", "2020-09-24", "2020-09-25"}
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militia", "militants", "-"}
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))

ids = [a["id"] for a in arts]
if ids != ["r%03d" % i for i in range(1, len(arts) + 1)]: err("item ids are not r001.. in order")
if list(inc) != ["R%03d" % i for i in range(1, len(inc) + 1)]: err("incident ids are not R001.. in order")
pubs = [a["publishedAt"] for a in arts]
if pubs != sorted(pubs): err("items not sorted by publishedAt")
for a in arts:
    if set(a) != keys: err("bad keys", a["id"])
    if a["incident"] not in inc: err("unknown incident", a["id"]); continue
    if not a["url"].startswith("https://"): err("bad url", a["id"])
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]): err("bad publishedAt", a["id"])
    if a["publishedAt"][:10] not in PUB_DAYS: err("published outside 22-25 Sep", a["id"])
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]: err("published before event", a["id"])
    if not a["title"].strip() or not a["text"].strip(): err("empty title/text", a["id"])
for r in inc.values():
    if r["type"] not in TYPES: err("bad type", r["incident"])
    if r["victim_group"] not in GROUPS: err("bad group", r["incident"])
    if r["date"] not in DAYS: err("date outside the three event days", r["incident"])
    if r["type"] in ("ATTACK", "CAPTURE") and (r["count"] != "0" or r["victim_group"] != "-"):
        err("ATTACK/CAPTURE must have count 0 and group -", r["incident"])
    if r["type"] in ("KILLED", "WOUNDED") and (not r["count"].isdigit() or r["count"] == "0" or r["victim_group"] == "-"):
        err("KILLED/WOUNDED needs a count and a group", r["incident"])
    if not r["town"] or not r["admin1"] or not r["country"]: err("empty place field", r["incident"])
for f in ("url", "title", "text"):
    c = collections.Counter(a[f] for a in arts)
    d = [k for k, v in c.items() if v > 1]
    if d: err("duplicate", f, d[:3])
cnt = collections.Counter(a["incident"] for a in arts)
missing = [i for i in inc if i not in cnt]
if missing: err("incidents without items", missing)

print("items", len(arts), "incidents", len(inc), "outlets", len(set(a["source"] for a in arts)))
multi = {k: v for k, v in cnt.items() if v > 1}
print("multi-report incidents", len(multi), "holding", sum(multi.values()), "items; single-report", len(inc) - len(multi))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
countries = collections.Counter(r["country"] for r in inc.values())
print("countries", len(countries), countries.most_common())
print("event dates", sorted(collections.Counter(r["date"] for r in inc.values()).items()))
print("publication days", sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items()))
print("types", collections.Counter(r["type"] for r in inc.values()).most_common())
print("victim groups", collections.Counter(r["victim_group"] for r in inc.values()).most_common())
g = collections.defaultdict(list)
for r in inc.values():
    if r["count"] != "0":
        g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in sorted(coll.items()): print("  ", k, v)
if len(coll) < 25: err("fewer than 25 collision groups")
if len(countries) < 25: err("fewer than 25 countries")
if countries.get("Syria", 0) < 10: err("Syria under-represented")
for e in errors: print("ERROR", e)
print("errors", len(errors))
print("OK" if not errors else "FAIL"); sys.exit(0 if not errors else 1)
