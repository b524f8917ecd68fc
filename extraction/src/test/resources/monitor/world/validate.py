#!/usr/bin/env python3
"""Checks the monitor-c set: python3 validate.py [dir] [--upto N] (N: the last id expected, default 150). The checks are in tools/validate_set.py."""
import os, sys; sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from validate_set import check
check(__file__, 'c', 150, tsv_location='error', one_line=True, listed_ids=('wire', 'noevent'), tsv_date=(2018, 2025),
      violent_needs_gold=True)
