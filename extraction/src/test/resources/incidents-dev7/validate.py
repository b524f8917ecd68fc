#!/usr/bin/env python3
"""Checks the held-out stream H and prints its totals. Run: python3 validate.py"""
import json, csv, collections, sys, os, re
here = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(here, "articles.jsonl"))]
inc = {r["incident"]: r for r in csv.DictReader(open(os.path.join(here, "incidents.tsv")), delimiter="\t")}
keys = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
errors = 0
def err(*m):
    global errors; errors += 1; print("ERROR", *m)

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)): err("duplicate ids")
if ids != ["h%03d" % i for i in range(1, len(arts) + 1)]: err("ids are not h001.. in order")
if [a["publishedAt"] for a in arts] != sorted(a["publishedAt"] for a in arts): err("items not sorted by publishedAt")
for a in arts:
    if set(a) != keys: err("bad keys", a["id"])
    if a["incident"] not in inc: err("unknown incident", a["id"]); continue
    if not a["url"].startswith("https://"): err("bad url", a["id"])
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["publishedAt"]): err("bad publishedAt", a["id"])
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]: err("published before event", a["id"])
    if not a["title"].strip() or not a["text"].strip(): err("empty title/text", a["id"])
urls = [a["url"] for a in arts]
if len(urls) != len(set(urls)): err("duplicate urls")
groups = {"civilians", "soldiers", "police", "militants", "militia", "-"}
for r in inc.values():
    if not re.fullmatch(r"H\d{3}", r["incident"]): err("bad incident id", r["incident"])
    if r["victim_group"] not in groups: err("bad victim_group", r["incident"])
    if r["type"] in ("ATTACK", "CAPTURE"):
        if r["count"] != "0" or r["victim_group"] != "-": err("ATTACK/CAPTURE must have count 0 and group -", r["incident"])
    elif r["type"] in ("KILLED", "WOUNDED"):
        if int(r["count"]) < 1 or r["victim_group"] == "-": err("casualty incident without count/group", r["incident"])
    else: err("bad type", r["incident"])
    if not all(r[k] for k in ("country", "town", "date", "admin1")): err("empty field", r["incident"])
# the same town twice on one day would be a hidden merge
tday = collections.Counter((r["country"], r["town"], r["date"]) for r in inc.values())
for k, v in tday.items():
    if v > 1: err("same town twice on one day", k)
cnt = collections.Counter(a["incident"] for a in arts)
missing = [i for i in inc if i not in cnt]
if missing: err("incidents without articles", missing)

print("items", len(arts), "incidents", len(inc), "multi-report incidents", sum(1 for v in cnt.values() if v > 1),
      "items in multi", sum(v for v in cnt.values() if v > 1), "single-report incidents", sum(1 for v in cnt.values() if v == 1))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
print("countries", collections.Counter(r["country"] for r in inc.values()).most_common())
print("event dates", sorted(collections.Counter(r["date"] for r in inc.values()).items()))
print("publication days", sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items()))
print("types", collections.Counter(r["type"] for r in inc.values()).most_common())
print("sources", len(set(a["source"] for a in arts)))
lag = collections.Counter()
for a in arts:
    import datetime
    d = (datetime.date.fromisoformat(a["publishedAt"][:10]) - datetime.date.fromisoformat(inc[a["incident"]]["date"])).days
    lag[d] += 1
print("items by days between event and publication", sorted(lag.items()))
g = collections.defaultdict(list)
for r in inc.values():
    if r["count"] != "0": g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in sorted(coll.items()): print("  ", k, v)
print("errors", errors)
print("OK" if errors == 0 else "FAIL"); sys.exit(0 if errors == 0 else 1)
