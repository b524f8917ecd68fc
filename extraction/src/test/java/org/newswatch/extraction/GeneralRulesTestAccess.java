package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/** {@link GeneralRulesTest}'s helpers for tests in other packages. */
public final class GeneralRulesTestAccess {

    private GeneralRulesTestAccess() {
    }

    public static List<ExtractedEvent> extract(String date, String text) {
        return GeneralRulesTest.extract(date, text);
    }

    public static ExtractedEvent find(List<ExtractedEvent> events, EventType type, String principal) {
        return GeneralRulesTest.find(events, type, principal);
    }
}
