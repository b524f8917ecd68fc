package org.newswatch.extraction.identity;

import java.time.LocalDate;
import java.util.List;

/** Where an {@link EventIdentity} keeps the events it has seen. Implementations need not be thread-safe. */
public interface IdentityStore {

    /** Remembers an event. */
    void add(SeenEvent event);

    /** The remembered events of one type and principal party ({@link SeenEvent#key()}), oldest first. */
    List<SeenEvent> candidates(String key);

    /** True when some remembered event carries this id. */
    boolean containsId(String eventId);

    /** Forgets every event whose day is before {@code day}. */
    void evictBefore(LocalDate day);

    /** How many events are remembered. */
    int size();
}
