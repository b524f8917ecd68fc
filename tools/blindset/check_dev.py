#!/usr/bin/env python3
"""Validate the development set (extraction/src/test/resources/dev).

Runs check.py (the blind-set validator) on the dev folder and accepts its
output except for the file-name rule, which check.py fixes to b001..b060; this
script checks the dev names d001..d080 instead.
Usage: python3 tools/blindset/check_dev.py [dev-dir]
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "extraction/src/test/resources/dev")

names = set(os.listdir(os.path.join(DEV, "articles")))
expected = {f"d{i:03d}.txt" for i in range(1, 81)}
problems = []
if names != expected:
    problems.append(f"article files differ from d001..d080: missing {sorted(expected - names)}, extra {sorted(names - expected)}")

res = subprocess.run([sys.executable, os.path.join(HERE, "check.py"), DEV], capture_output=True, text=True)
out = res.stdout
if res.stderr.strip():
    problems.append("check.py stderr: " + res.stderr.strip())
lines = out.splitlines()
errors = []
in_errors = False
for ln in lines:
    if ln.endswith("ERRORS:"):
        in_errors = True; continue
    if in_errors:
        e = ln.strip()
        if e.startswith("article files differ from b001..b060"):
            continue  # blind-set naming rule; replaced by the d001..d080 check above
        errors.append(e)
    else:
        print(ln)
problems += errors
if problems:
    print(f"{len(problems)} ERRORS:"); [print("  " + p) for p in problems]; sys.exit(1)
if in_errors or "OK" in lines:
    print("OK (dev naming d001..d080)")
