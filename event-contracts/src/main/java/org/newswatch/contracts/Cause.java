package org.newswatch.contracts;

/**
 * What caused the deaths or injuries of a KILLED or WOUNDED event. Only {@link #VIOLENCE} is conflict: an
 * ATTACK, OFFENSIVE or CAPTURE never comes from text about the others, and subscriptions match violence
 * unless they ask for more.
 */
public enum Cause {
    /** armed conflict, terrorism, crime, repression */
    VIOLENCE,
    /** flood, earthquake, landslide, storm, eruption, drought */
    DISASTER,
    /** road, rail, air or boat crash, fire, collapse, industrial accident, poisoning */
    ACCIDENT,
    /** an outbreak or epidemic */
    DISEASE,
    /** the text gives none */
    UNKNOWN
}
