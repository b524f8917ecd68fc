#!/usr/bin/env python3
"""Checks the articles-r development set (r001-r045): python3 validate.py [dir]. The checks are in tools/validate_set.py."""
import os, sys; sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tools'))
from validate_set import check
check(__file__, 'r', 45, notes=False, causes={'violence', 'disaster', 'accident', 'disease'}, monitors=True,
      actor_on_scored=True, year_counts=True, nonviolent_actor=True)
