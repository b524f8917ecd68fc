#!/usr/bin/env python3
"""Checks the monitor-n blind set (n001-n150): python3 validate.py [dir]. The checks are in validate_set.py beside it (a copy of the shared tools/validate_set.py)."""
import os, sys; sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from validate_set import check
check(__file__, 'n', 150, tsv_location='error')
