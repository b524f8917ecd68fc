#!/usr/bin/env python3
"""Checks the monitor-t dev set (t001-t150, monitor/world2/): python3 validate.py [dir]. The checks are in ../../tools/validate_set.py."""
import os, sys; sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from validate_set import check
check(__file__, 't', 150, tsv_location='error', field_order=True, cluster=r'{id}-[a-z_]+-\d+', singular_exact=True,
      nonviolent_actor=True, cumulative_types=True, violent_needs_gold=True, cause_follows_kind=True, year_counts=True,
      singular_hint=True, tsv_date=(2018, 2024), weekdays='dates', gold_weekdays=True, listed_ids=('noevent', 'wire'))
