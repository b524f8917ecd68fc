#!/usr/bin/env python3
"""Checker for incident stream "heldout2", adapted from the first stream's incidents/validate.py."""
import json, csv, collections, sys, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")]
rows = list(csv.DictReader(open(os.path.join(HERE, "incidents.tsv"), encoding="utf-8"), delimiter="\t"))
inc = {r["incident"]: r for r in rows}
keys = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
cols = ["incident", "country", "town", "date", "type", "victim_group", "count", "admin1"]
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia", "-"}
DAYS = {"2021-11-15", "2021-11-16", "2021-11-17"}
ok = True


def bad(*msg):
    global ok
    print(*msg)
    ok = False


if len(rows) != len(inc):
    bad("DUP incident ids")
for i, r in enumerate(rows):
    if list(r.keys()) != cols:
        bad("bad tsv columns", r)
    if r["incident"] != "Q%03d" % (i + 1):
        bad("incident id out of sequence", r["incident"])
    if r["type"] not in TYPES:
        bad("bad type", r["incident"], r["type"])
    if r["victim_group"] not in GROUPS:
        bad("bad victim_group", r["incident"], r["victim_group"])
    if r["date"] not in DAYS:
        bad("date outside the event days", r["incident"], r["date"])
    if not re.fullmatch(r"\d+", r["count"]):
        bad("bad count", r["incident"], r["count"])
    if r["type"] in ("ATTACK", "CAPTURE") and (r["count"] != "0" or r["victim_group"] != "-"):
        bad("ATTACK/CAPTURE must have count 0 and group -", r["incident"])
    if r["type"] in ("KILLED", "WOUNDED") and (r["count"] == "0" or r["victim_group"] == "-"):
        bad("KILLED/WOUNDED needs a count and a group", r["incident"])
    if not r["town"] or not r["admin1"] or not r["country"]:
        bad("empty place field", r["incident"])

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    bad("DUP ids")
for i, a in enumerate(arts):
    if set(a) != keys:
        bad("bad keys", a.get("id"))
        continue
    if a["id"] != "q%03d" % (i + 1):
        bad("item id out of sequence", a["id"])
    if a["incident"] not in inc:
        bad("unknown incident", a["id"])
        continue
    if not a["url"].startswith("https://"):
        bad("bad url", a["id"])
    if not re.fullmatch(r"2021-11-1[5-8]T\d\d:\d\d:\d\dZ", a["publishedAt"]):
        bad("bad publishedAt", a["id"], a["publishedAt"])
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]:
        bad("published before event", a["id"])
    if not a["title"].strip() or not a["text"].strip():
        bad("empty title or text", a["id"])
if [a["publishedAt"] for a in arts] != sorted(a["publishedAt"] for a in arts):
    bad("items not sorted by publishedAt")
for field in ("url", "title", "text"):
    vals = [a[field] for a in arts]
    if len(vals) != len(set(vals)):
        bad("duplicate", field + "s")

cnt = collections.Counter(a["incident"] for a in arts)
missing = [i for i in inc if i not in cnt]
if missing:
    bad("incidents without articles", missing)
countries = collections.Counter(r["country"] for r in inc.values())
if "Syria" not in countries:
    bad("Syria missing")
if len(countries) < 25:
    bad("fewer than 25 countries")

multi = {k: v for k, v in cnt.items() if v > 1}
print("items", len(arts), "incidents", len(inc), "multi-report incidents", len(multi),
      "items in multi", sum(multi.values()), "single-report incidents", len(inc) - len(multi))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
print("countries", len(countries), dict(countries.most_common()))
print("event dates", dict(sorted(collections.Counter(r["date"] for r in inc.values()).items())))
print("publication days", dict(sorted(collections.Counter(a["publishedAt"][:10] for a in arts).items())))
print("types", dict(collections.Counter(r["type"] for r in inc.values()).most_common()))
print("victim groups", dict(collections.Counter(r["victim_group"] for r in inc.values()).most_common()))
print("sources", len(set(a["source"] for a in arts)))
# same country/date/type/group/count between distinct incidents
g = collections.defaultdict(list)
for r in inc.values():
    if r["count"] != "0":
        g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in coll.items():
    print("  ", k, v)
if len(coll) < 18:
    bad("fewer than 18 collision groups")
print("OK" if ok else "FAIL")
sys.exit(0 if ok else 1)
