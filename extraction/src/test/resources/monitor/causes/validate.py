#!/usr/bin/env python3
"""Checks the causes-dev set (c001-c100): python3 validate.py [dir]. The checks are in tools/validate_set.py."""
import os, sys; sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from validate_set import check
check(__file__, 'c', 100, location='warning', weekdays=None, cause_follows_kind=True, violent_needs_attack=True,
      nonconflict_types=('ATTACK', 'CAPTURE', 'OFFENSIVE', 'EQUIPMENT_LOSS'))
