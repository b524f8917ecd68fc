package org.newswatch.contracts;

/** What happened. The first six are annotated exhaustively in the gold data. */
public enum EventType {
    KILLED, WOUNDED, EQUIPMENT_LOSS, DISPLACEMENT, OFFENSIVE, CAPTURE, ATTACK, DEPLOYMENT, THREAT, TALKS;

    /** True for types whose principal party is the victim (who suffered it); false where it is the actor. */
    public boolean victimIsPrincipal() {
        return this == KILLED || this == WOUNDED || this == EQUIPMENT_LOSS || this == DISPLACEMENT;
    }
}
