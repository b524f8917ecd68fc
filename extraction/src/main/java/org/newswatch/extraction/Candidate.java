package org.newswatch.extraction;

import java.time.LocalDate;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Equipment;
import org.newswatch.contracts.Qualifier;
import org.newswatch.extraction.text.Sentence;

/** A mutable event under construction inside one article. */
final class Candidate {

    /** How sure the date is: written in the sentence beats carried from context beats the report day. */
    static final int DATE_REPORT = 0;
    static final int DATE_CARRIED = 1;
    static final int DATE_UNKNOWN_PAST = 2;
    static final int DATE_STATED = 3;

    EventType type;
    Party party;
    String victim;
    String actor;
    Long count;
    Long countHigh;
    Qualifier qualifier;
    String vague;
    boolean cumulative;
    Equipment equipment;
    String location;
    boolean locationStated;
    /** Article frequency of the location: the rarer, the more specific. */
    int specificity = Integer.MAX_VALUE;
    LocalDate date;
    int dateStrength;
    /** With no day: the last day of the month or year the sentence names for it ("in October 2017"), or null. */
    LocalDate notAfter;
    String claimedBy;
    /** KILLED and WOUNDED: what caused them. */
    org.newswatch.contracts.Cause cause;
    /** Place in a list of victims of one trigger ("two vigilantes and a soldier"), 0 alone: items never merge. */
    int listItem;
    Sentence sentence;
    int trigger;
    /** The form the pass found the event in ("killed.passive", "killed.toll"): read by the attribute passes. */
    String rule;
    /** The id of the rule of {@code en/rules/} that found the trigger: the event's {@code rule}. */
    String ruleId;
    /** True when the principal's country was not written but inferred from context. */
    boolean inferred;

    Candidate(EventType type, Sentence sentence, int trigger, String rule) {
        this.type = type;
        this.sentence = sentence;
        this.trigger = trigger;
        this.rule = rule;
    }

    String principal() {
        return type.victimIsPrincipal() ? victim : actor;
    }

    void amount(Amount a) {
        if (a == null) {
            return;
        }
        count = a.count();
        countHigh = a.high();
        qualifier = a.qualifier();
        vague = a.vague();
    }

    /** Merge key: one event per type, principal party, figure and equipment. */
    String key() {
        return type + "|" + principal() + "|" + count + "|" + equipment;
    }
}
