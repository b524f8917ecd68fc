package org.newswatch.alert.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newswatch.contracts.SourceArticle;

/** Lists of source articles. */
final class ArticleLists {

    private ArticleLists() {
    }

    /** Every article of the lists once (by id), in order of first appearance. */
    static List<SourceArticle> distinct(List<List<SourceArticle>> lists) {
        Set<String> seen = new LinkedHashSet<>();
        List<SourceArticle> out = new ArrayList<>();
        for (List<SourceArticle> list : lists) {
            for (SourceArticle a : list) {
                if (seen.add(a.id())) {
                    out.add(a);
                }
            }
        }
        return out;
    }
}
