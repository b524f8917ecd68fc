package org.newswatch.alert.readable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.SourceArticle;

/** Alerts of every shape a template must render (a subscription's template is tried on them before it is kept). */
final class Samples {

    static final List<Alert> ALERTS = List.of(
            new Alert(1, "sample-1", "sample", "Sample", "threshold", "KILLED TURMIL 22", EventType.KILLED, "TURMIL",
                    "SYRMIL", 22L, Qualifier.AT_LEAST, "Idlib", new Place("Saraqeb", "SY", 35.86, 36.8,
                            Place.Precision.TOWN, new Place.AdminArea("SY.12", "Idlib"), null),
                    LocalDate.of(2020, 2, 27), "At least 22 Turkish soldiers were killed.",
                    List.of(new SourceArticle("a1", "A title", "https://example.org/a", "Example", null)),
                    List.of("e1"), 2, Instant.EPOCH, Instant.EPOCH, Alert.UPDATE, 20L, null, null, null, null),
            new Alert(1, "sample-2", "sample", "Sample", "new", null, EventType.ATTACK, null, null, null, null, null,
                    null, null, null, null, null, 0, null, null, Alert.NEW, null, null, null, null, null));

    private Samples() {
    }
}
