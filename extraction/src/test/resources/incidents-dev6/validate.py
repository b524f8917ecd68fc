#!/usr/bin/env python3
"""Checker for incident-stream 6 (adapted from the first stream's validate.py). Run: python3 validate.py"""
import json, csv, collections, sys, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")]
rows = list(csv.DictReader(open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8"), delimiter="\t"))
inc = {r["incident"]: r for r in rows}
keys = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
cols = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia"}
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))

if list(rows[0].keys()) != cols: err("bad tsv columns", list(rows[0].keys()))
if len(inc) != len(rows): err("dup incident ids")
if [r["incident"] for r in rows] != ["P%03d" % (i + 1) for i in range(len(rows))]: err("incident ids not P001.. in order")
if [a["id"] for a in arts] != ["p%03d" % (i + 1) for i in range(len(arts))]: err("item ids not p001.. in order")
if [a["publishedAt"] for a in arts] != sorted(a["publishedAt"] for a in arts): err("items not sorted by publishedAt")
for r in rows:
    if r["type"] not in TYPES: err("bad type", r["incident"])
    if r["type"] in ("ATTACK", "CAPTURE") and r["count"] == "0":
        if r["victim_group"] != "-": err("zero-count incident needs group -", r["incident"])
    elif r["victim_group"] not in GROUPS: err("bad victim_group", r["incident"])
    if r["type"] in ("KILLED", "WOUNDED") and int(r["count"]) < 1: err("casualty incident without count", r["incident"])
    if not re.fullmatch(r"2023-06-1[345]", r["date"]): err("date outside event days", r["incident"])
    for c in cols:
        if not r[c]: err("empty", c, r["incident"])
for a in arts:
    if set(a) != keys: err("bad keys", a["id"])
    if a["incident"] not in inc: err("unknown incident", a["id"]); continue
    if not a["url"].startswith("https://"): err("bad url", a["id"])
    if not re.fullmatch(r"2023-06-1\dT\d\d:\d\d:\d\dZ", a["publishedAt"]): err("bad publishedAt", a["id"])
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]: err("published before event", a["id"])
    if not a["title"].strip() or not a["text"].strip(): err("empty title/text", a["id"])
for what in ("url", "text", "title"):
    c = collections.Counter(a[what] for a in arts)
    d = [k for k, v in c.items() if v > 1]
    if d: err("duplicate", what, d[:3])
cnt = collections.Counter(a["incident"] for a in arts)
missing = [i for i in inc if i not in cnt]
if missing: err("incidents without items", missing)

print("items", len(arts), "incidents", len(inc), "outlets", len(set(a["source"] for a in arts)))
print("multi-report incidents", sum(1 for v in cnt.values() if v > 1), "items in multi", sum(v for v in cnt.values() if v > 1))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
cc = collections.Counter(r["country"] for r in rows)
print("countries", len(cc), dict(cc.most_common()))
print("event dates", dict(sorted(collections.Counter(r["date"] for r in rows).items())))
print("publication days", dict(sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items())))
print("types", dict(collections.Counter(r["type"] for r in rows).most_common()))
print("victim groups", dict(collections.Counter(r["victim_group"] for r in rows).most_common()))
g = collections.defaultdict(list)
for r in rows:
    if r["count"] != "0":
        g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in coll.items(): print("  ", k, v)
if len(coll) < 18: err("fewer than 18 collision groups")
if len(cc) < 20: err("fewer than 20 countries")
if "Syria" not in cc: err("no Syria")
for e in errs: print("ERROR:", e)
print("OK" if not errs else "FAIL (%d errors)" % len(errs)); sys.exit(0 if not errs else 1)
