import json, csv, collections, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"))]
inc = {r["incident"]: r for r in csv.DictReader(open(os.path.join(HERE, "incidents.tsv")), delimiter="\t")}
keys = {"id", "publishedAt", "source", "url", "title", "text", "incident"}
TYPES = {"KILLED", "WOUNDED", "ATTACK", "CAPTURE"}
GROUPS = {"civilians", "soldiers", "police", "militants", "militia", "-"}
ok = True
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)): print("DUP ids"); ok = False
if ids != ["n%03d" % (k + 1) for k in range(len(ids))]: print("ids not n001.. in order"); ok = False
if [a["publishedAt"] for a in arts] != sorted(a["publishedAt"] for a in arts): print("not sorted by publishedAt"); ok = False
if list(inc) != ["N%03d" % (k + 1) for k in range(len(inc))]: print("incident ids not N001.. in order"); ok = False
for r in inc.values():
    if r["type"] not in TYPES: print("bad type", r["incident"]); ok = False
    if r["victim_group"] not in GROUPS: print("bad victim_group", r["incident"]); ok = False
    if r["type"] in ("ATTACK", "CAPTURE") and r["count"] == "0" and r["victim_group"] != "-":
        print("no-casualty ATTACK/CAPTURE needs '-'", r["incident"]); ok = False
    if r["type"] in ("KILLED", "WOUNDED") and (r["count"] == "0" or r["victim_group"] == "-"):
        print("KILLED/WOUNDED needs a count and group", r["incident"]); ok = False
for a in arts:
    if set(a) != keys: print("bad keys", a["id"]); ok = False
    if a["incident"] not in inc: print("unknown incident", a["id"]); ok = False; continue
    if not a["url"].startswith("https://"): print("bad url", a["id"]); ok = False
    if a["publishedAt"][:10] < inc[a["incident"]]["date"]: print("published before event", a["id"]); ok = False
urls = [a["url"] for a in arts]
if len(urls) != len(set(urls)): print("dup urls"); ok = False
cnt = collections.Counter(a["incident"] for a in arts)
missing = [i for i in inc if i not in cnt]
if missing: print("incidents without articles", missing); ok = False
print("items", len(arts), "incidents", len(inc), "multi-report incidents", sum(1 for v in cnt.values() if v > 1),
      "items in multi", sum(v for v in cnt.values() if v > 1))
print("reports-per-incident histogram", sorted(collections.Counter(cnt.values()).items()))
print("countries", collections.Counter(r["country"] for r in inc.values()))
print("event dates", collections.Counter(r["date"] for r in inc.values()))
print("publication days", collections.Counter(a["publishedAt"][:10] for a in arts))
print("types", collections.Counter(r["type"] for r in inc.values()))
print("victim groups", collections.Counter(r["victim_group"] for r in inc.values()))
print("sources", len(set(a["source"] for a in arts)))
# same country/date/type/group/count collisions between distinct incidents
g = collections.defaultdict(list)
for r in inc.values():
    if r["count"] != "0":
        g[(r["country"], r["date"], r["type"], r["victim_group"], r["count"])].append(r["incident"] + ":" + r["town"])
coll = {k: v for k, v in g.items() if len(v) > 1}
print("collision groups (same country+date+type+group+count, distinct incidents):", len(coll))
for k, v in coll.items(): print("  ", k, v)
print("OK" if ok else "FAIL"); sys.exit(0 if ok else 1)
