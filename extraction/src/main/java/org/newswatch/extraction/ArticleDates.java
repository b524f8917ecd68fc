package org.newswatch.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.newswatch.extraction.text.Sentence;

/**
 * The article's report day and the reference for weekday names. With a date line, the report day is that
 * date; a page that states a later day within three days (a header "20.02.2020" over a feed date of the 19th)
 * moves the weekday reference to it. Without a date line, the report day is the latest day the text states
 * (captions: "Feb. 27, 2020"), pushed forward by weekday names that fall within the next three days ("early
 * Friday" after a Thursday), else the day the article was received (texts may state days up to two weeks after a
 * replayed batch's receive time).
 */
final class ArticleDates {

    private ArticleDates() {
    }

    /** {report day, weekday reference}; both null when nothing dates the article. */
    static LocalDate[] infer(List<Sentence> sentences, LocalDate published, LocalDate received) {
        LocalDate base = published != null ? published : received;
        if (base == null) {
            base = latestStated(sentences, LocalDate.of(2100, 1, 1), null);
            if (base == null) {
                return new LocalDate[] {null, null};
            }
        }
        if (published != null) {
            LocalDate later = latestStated(sentences, published.plusDays(3), published);
            LocalDate ref = later != null && later.isAfter(published) ? later : published;
            return new LocalDate[] {published, ref};
        }
        LocalDate latest = latestStated(sentences, base.plusDays(14), base);
        if (latest == null) {
            return new LocalDate[] {base, base};
        }
        LocalDate day = latest;
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                DayOfWeek d = Dates.weekday(s.lc(i));
                if (d != null && Character.isUpperCase(s.get(i).text().charAt(0))) {
                    int ahead = (d.getValue() - latest.getDayOfWeek().getValue() + 7) % 7;
                    if (ahead >= 1 && ahead <= 3 && latest.plusDays(ahead).isAfter(day)) {
                        day = latest.plusDays(ahead);
                    }
                }
            }
        }
        return new LocalDate[] {day, day};
    }

    /** The latest full day (month and day, or numeric) the text states, not after {@code notAfter}. */
    private static LocalDate latestStated(List<Sentence> sentences, LocalDate notAfter, LocalDate ref) {
        LocalDate r = ref == null ? notAfter : ref;
        LocalDate best = null;
        for (Sentence s : sentences) {
            for (DateMention d : Dates.find(s, r, r)) {
                if (d.kind() == DateMention.Kind.DAY && d.date() != null && explicitDay(s, d)
                        && !d.date().isAfter(notAfter) && (best == null || d.date().isAfter(best))) {
                    best = d.date();
                }
            }
        }
        return best;
    }

    /** A day written as a calendar date, not a weekday name or "today". */
    private static boolean explicitDay(Sentence s, DateMention d) {
        for (int i = d.start(); i < d.end(); i++) {
            if (Dates.isMonth(s.get(i)) || s.get(i).isNumber() && s.lc(i).length() == 10) {
                return true;
            }
        }
        return false;
    }
}
