#!/usr/bin/env python3
"""Runs the shared checker on this set with every optional check on: python3 _gen/strict.py"""
import os, sys; sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', '..', 'tools'))
from validate_set import check
check(os.path.join(HERE, '..', 'validate.py'), 'b', 150, tsv_location='error', actor_on_scored=True, year_counts=True,
      nonviolent_actor=True, field_order=True, cluster=r'{id}-[a-z_]+-\d+', cumulative_types=True, singular_exact=True,
      singular_hint=True, cumulative_dated=True, listed_ids=('noevent', 'wire', 'news'), unscored='error',
      violent_needs_gold=True, cause_follows_kind=False, admin_warn=True, tsv_date=(2018, 2025), weekdays='dates',
      said_weekday=True, gold_weekdays=True, argv=[os.path.join(HERE, '..')])
