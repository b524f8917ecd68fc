#!/usr/bin/env python3
"""Checks the monitor-e set (e001-e200): python3 validate.py [dir]. The checks are in tools/validate_set.py."""
import os, sys; sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from validate_set import check
check(__file__, 'e', 200, field_order=True, cluster=r'{id}-[a-z_]+-\d+', cumulative_types=True, unscored='warning',
      admin_warn=True, tsv_date='iso', weekdays='dates', said_weekday=True, gold_weekdays=True)
