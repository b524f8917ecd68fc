#!/usr/bin/env python3
"""Checks the fresh blind set (f001-f200): python3 validate.py [dir]. The checks are in tools/validate_set.py."""
import os, sys; sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from validate_set import check
check(__file__, 'f', 200, location='warning')
