#!/usr/bin/env python3
"""Checks the monitor-d set: python3 validate.py [dir] [n] (n: the last id expected, default 150; 75 for batch 1). The checks are in tools/validate_set.py."""
import os, sys; sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from validate_set import check
check(__file__, 'd', 150, cluster='{id}(-.*)?', singular_hint=True, cumulative_dated=True, underscore_files=True, listed_ids=('wire',),
      tsv_date='iso', weekdays='dates')
