package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The class/id word lists: how values split into parts and which entries match. */
class AttributeWordsTest {

    private static final AttributeWords BOILERPLATE = AttributeWords.load("html/boilerplate-attributes.tsv");
    private static final AttributeWords CONTENT = AttributeWords.load("html/content-attributes.tsv");

    @Test
    void valuesSplitAtSeparatorsAndCaseChangesAndTokensStayApart() {
        assertEquals(List.of("related", "articles", " ", "box"), AttributeWords.parts("relatedArticles box"));
        assertEquals(List.of("test", "report", "section", "ads"), AttributeWords.parts("TestReport__Section--Ads"));
        assertEquals(List.of("post", "content", " ", "entry"), AttributeWords.parts("post_content entry"));
    }

    @Test
    void entriesMatchWholePartsInOrder() {
        assertEquals("related", BOILERPLATE.matchValue("relatedArticles"));
        assertEquals("comments", BOILERPLATE.matchValue("comment-list"));
        assertEquals("ads", BOILERPLATE.matchValue("ad-slot top"));
        assertEquals("sidebar", BOILERPLATE.matchValue("side-bar"));
        assertNull(BOILERPLATE.matchValue("header download shadow"), "no part is 'ad'");
        assertNull(BOILERPLATE.matchValue("elementor-widget-container"));
        assertNull(BOILERPLATE.matchValue("side wide bar"), "parts of two tokens never join");
        assertEquals("overlay", BOILERPLATE.matchValue("alert dialog-timeout hidden"), "'=hidden': a whole class name");
        assertNull(BOILERPLATE.matchValue("overflow-hidden"), "'=hidden' is not part of a longer name");
        assertEquals("1", CONTENT.matchValue("article-body"));
        assertEquals("1", CONTENT.matchValue("articleBody"));
        assertEquals("lead", CONTENT.matchValue("article__intro"));
    }
}
