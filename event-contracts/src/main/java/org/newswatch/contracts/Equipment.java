package org.newswatch.contracts;

/** Kind of military equipment lost, for EQUIPMENT_LOSS events. */
public enum Equipment {
    TANK, HELICOPTER, AIRCRAFT, APC, VEHICLE, ARTILLERY, DEPOT, OTHER
}
