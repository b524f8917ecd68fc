package org.newswatch.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {

    @Test
    void deepNestingLongNumbersAndLongNamesAreRefused() throws Exception {
        assertThrows(StreamConstraintsException.class, () -> Json.MAPPER.readTree("[".repeat(65) + "]".repeat(65)));
        assertEquals(1, Json.MAPPER.readTree("[".repeat(64) + "]".repeat(64)).size(), "64 levels are fine");
        assertThrows(StreamConstraintsException.class, () -> Json.MAPPER.readTree("{\"n\": " + "9".repeat(101) + "}"));
        assertThrows(StreamConstraintsException.class, () -> Json.MAPPER.readTree("{\"" + "k".repeat(1001) + "\": 1}"));
    }
}
