#!/usr/bin/env python3
"""Checks the monitor-ae blind set (b001-b150): python3 validate.py [dir]. The checks are in the shared tools/validate_set.py."""
import os, sys; sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from validate_set import check
check(__file__, 'b', 150, tsv_location='error')
