package org.newswatch.extraction.identity;

import java.time.LocalDate;
import java.util.List;

/** Where an {@link EventIdentity} keeps the events it has seen. Implementations need not be thread-safe. */
public interface IdentityStore {

    /** Remembers an event. */
    void add(SeenEvent event);

    /**
     * The remembered events of one type and principal party ({@link SeenEvent#key()}) that an event with this figure
     * and date could be the same as, oldest first (any other is a different event for {@link EventIdentity}: a figure
     * on one side only needs both sides dated, two figures must be equal, dated sides further apart than
     * {@code toleranceDays} are different days, except a running total's same figure). The caller still scores each;
     * a store may bound how many it returns, keeping the most recent.
     */
    List<SeenEvent> candidates(String key, Long count, LocalDate date, int toleranceDays);

    /** True when some remembered event carries this id. */
    boolean containsId(String eventId);

    /** True when this article's event with this id is remembered. */
    boolean contains(String eventId, String article);

    /** How many remembered events, of any key, carry this id: how many reports it has. */
    int reports(String eventId);

    /** Forgets every event whose day is before {@code day}. */
    void evictBefore(LocalDate day);

    /**
     * The ids that no remembered event holds any more, forgotten (by {@link #evictBefore} or by a bound of the store)
     * since the last call; null when the store does not keep them (the caller then checks what it holds itself).
     */
    default List<String> takeForgotten() {
        return null;
    }

    /** How many events are remembered. */
    int size();
}
