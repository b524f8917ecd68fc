package org.newswatch.contracts.namespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Topics;

class NamespacesTest {

    @Test
    void aNamespaceOwnsEveryNameBehindItsPrefixAndNoLiveName() {
        assertEquals("march.articles", Namespaces.name("march", Topics.ARTICLES));
        assertEquals("march.extract-service", Namespaces.name("march", Namespaces.EXTRACT_GROUP));
        assertEquals("march", Namespaces.of("march.alert-service-alert-stories-changelog"));
        for (String live : Namespaces.TOPICS) {
            assertNull(Namespaces.of(live), live + " is a live name: no dot");
        }
    }

    @Test
    void namesAreSafeInTopicsGroupsAndFolders() {
        assertTrue(Namespaces.valid("replay-2020-02"));
        assertTrue(Namespaces.valid("a"));
        assertFalse(Namespaces.valid("a.b"), "a dot would make one namespace a prefix of another's names");
        assertFalse(Namespaces.valid("Upper"));
        assertFalse(Namespaces.valid("-lead"));
        assertFalse(Namespaces.valid("trail-"));
        assertFalse(Namespaces.valid("under_score"));
        assertFalse(Namespaces.valid("../x"));
        assertFalse(Namespaces.valid(""));
        assertFalse(Namespaces.valid(null));
        assertFalse(Namespaces.valid("x".repeat(41)));
    }
}
