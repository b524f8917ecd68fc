package org.newswatch.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * Finds and resolves time expressions against a reference date. Weekdays are the most recent such day on
 * or before the reference ("Tuesday" in an article of Wednesday 2020-02-12 is 2020-02-11); month-day dates
 * without a year take the year that puts them on or before the reference (plus a few days of slack).
 */
public final class Dates {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Set<String> UNITS = Lexicon.words("DATE_UNITS");
    /** "the previous day", "the preceding night": the day before the stated one. */
    private static final Set<String> PREVIOUS_WORDS = Lexicon.words("PREVIOUS_WORDS");
    /** "day", "night", "evening": the parts of a day a relative phrase names. */
    private static final Set<String> DAY_PARTS = Lexicon.words("DAY_PARTS");
    /** "over the previous day", "in the past week": words that open a span, not a day. */
    private static final Set<String> SPAN_OPENERS = Lexicon.words("SPAN_OPENERS");
    private static final Map<String, Integer> UNIT_DAYS = Map.of("day", 1, "days", 1, "week", 7, "weeks", 7,
            "hour", 0, "hours", 0);

    static {
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < full.length; i++) {
            MONTHS.put(full[i], i + 1);
            MONTHS.put(full[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
        for (DayOfWeek d : DayOfWeek.values()) {
            String n = d.name().toLowerCase(Locale.ROOT);
            WEEKDAYS.put(n, d);
        }
    }

    private Dates() {
    }

    static boolean isMonth(Token t) {
        return t.isWord() && t.capitalised() && MONTHS.containsKey(t.lc());
    }

    static boolean isWeekday(Token t) {
        return t.isWord() && WEEKDAYS.containsKey(t.lc());
    }

    /** True when the token is part of a date or time word (for place and name filters). */
    static boolean isCalendarWord(String lc) {
        return MONTHS.containsKey(lc) || WEEKDAYS.containsKey(lc);
    }

    /**
     * All time expressions of a sentence.
     *
     * @param weekdayRef reference for weekday names
     * @param articleDate reference for "today", "yesterday" and year inference
     */
    public static List<DateMention> find(Sentence s, LocalDate weekdayRef, LocalDate articleDate) {
        List<DateMention> out = new ArrayList<>(2);
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.get(i);
            String w = t.lc();
            String prev = s.lc(i - 1);
            if (t.isNumber()) {
                LocalDate d = numericDate(s, i);
                if (d != null) {
                    int end = t.lc().indexOf('.') > 0 ? i + 1 : i + 5;
                    out.add(new DateMention(i, end, DateMention.Kind.DAY, d, 0));
                    i = end - 1;
                    continue;
                }
                // 6 October 2019
                if (i + 1 < n && isMonth(s.get(i + 1)) && isDay(t)) {
                    int month = MONTHS.get(s.lc(i + 1));
                    int end = i + 2;
                    Integer year = yearAt(s, end);
                    if (year != null) {
                        end++;
                    }
                    LocalDate dm = make(year, month, Integer.parseInt(t.lc()), articleDate);
                    if (dm != null) {
                        out.add(new DateMention(i, end, DateMention.Kind.DAY, dm, 0));
                        i = end - 1;
                        continue;
                    }
                }
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            if ((w.equals("day") || w.equals("morning")) && (prev.equals("next") || prev.equals("following"))
                    && s.lc(i - 2).equals("the")) {
                out.add(new DateMention(i - 2, i + 1, DateMention.Kind.RELATIVE, null, 1)); // "the following day"
                continue;
            }
            if (DAY_PARTS.contains(w) && PREVIOUS_WORDS.contains(prev) && s.lc(i - 2).equals("the")) {
                // "were killed the previous day", "shelled the preceding night": the day before the stated one; "new
                // deaths recorded over the previous day" is a day's figure, as "over the past day"
                boolean span = SPAN_OPENERS.contains(s.lc(i - 3)) && !s.lc(i + 1).equals("'s"); // not "in the previous
                // night's air strikes": that night's strikes
                out.add(new DateMention(i - 2, i + 1, span ? DateMention.Kind.PERIOD : DateMention.Kind.RELATIVE, null,
                        span ? 0 : -1));
                continue;
            }
            if (w.equals("night") && prev.equals("last") && !s.lc(i - 2).equals("the")
                    && !Lexicon.POSSESSIVE_DETERMINERS.contains(s.lc(i - 2)) && articleDate != null) {
                // "an air strike last night": the night before the report (not "the last night of the festival")
                out.add(new DateMention(i - 1, i + 1, DateMention.Kind.DAY, articleDate.minusDays(1), 0));
                continue;
            }
            if (w.equals("day") && prev.equals("same") && s.lc(i - 2).equals("the")) {
                out.add(new DateMention(i - 2, i + 1, DateMention.Kind.RELATIVE, null, 0)); // "the same day"
                continue;
            }
            if ((w.equals("days") || w.equals("weeks")) && Lexicon.FOLLOWING_WORDS.contains(prev)
                    && s.lc(i - 2).equals("the")) {
                // "in the following days": no one day
                out.add(new DateMention(i - 2, i + 1, DateMention.Kind.UNKNOWN_PAST, null, 0));
                continue;
            }
            if (WEEKDAYS.containsKey(w)) {
                // Tuesday, February 11, 2020
                int j = i + 1;
                if (s.lc(j).equals(",")) {
                    j++;
                }
                if (j < n && isMonth(s.get(j))) {
                    DateMention md = monthDay(s, j, articleDate);
                    if (md != null && md.kind() == DateMention.Kind.DAY) {
                        out.add(new DateMention(i, md.end(), DateMention.Kind.DAY, md.date(), 0));
                        i = md.end() - 1;
                        continue;
                    }
                }
                LocalDate d = lastOnOrBefore(weekdayRef, WEEKDAYS.get(w));
                if (prev.equals("next")) {
                    d = d.plusWeeks(1);
                }
                out.add(new DateMention(Lexicon.WEEKDAY_BEFORE.contains(prev)
                        ? i - 1 : i, i + 1, DateMention.Kind.DAY, d, 0));
                continue;
            }
            if (isMonth(t) && !(w.equals("may") || w.equals("march")) || isMonth(t) && i + 1 < n
                    && (isDay(s.get(i + 1)) || ordinalDay(s.get(i + 1)) > 0)
                    || isMonth(t) && t.capitalised() && (yearAt(s, i + 1) != null
                            || Lexicon.MONTH_BEFORE.contains(prev))) {
                DateMention md = monthDay(s, i, articleDate);
                if (md != null) {
                    if (md.kind() == DateMention.Kind.UNKNOWN_PAST && (prev.equals("since") || s.lc(i - 2).equals("since")
                            || s.lc(i - 4).equals("since") && prev.equals("of"))) { // "since the start of February"
                        out.add(new DateMention(i - 1, md.end(), DateMention.Kind.PERIOD, null, 0));
                    } else {
                        out.add(md);
                    }
                    i = md.end() - 1;
                }
                continue;
            }
            switch (w) {
                case "today": case "tonight":
                    out.add(new DateMention(i, i + 1, DateMention.Kind.DAY, articleDate, 0));
                    break;
                case "yesterday":
                    out.add(new DateMention(i, i + 1, DateMention.Kind.DAY, articleDate.minusDays(1), 0));
                    break;
                case "overnight":
                    out.add(new DateMention(i, i + 1, DateMention.Kind.RELATIVE, null, 0));
                    break;
                case "since":
                    out.add(new DateMention(i, i + 1, DateMention.Kind.PERIOD, null, 0));
                    break;
                case "between": {
                    int end = rangeEnd(s, i + 1);
                    if (end > 0) {
                        out.add(new DateMention(i, end, DateMention.Kind.PERIOD, null, 0));
                        i = end - 1;
                    }
                    break;
                }
                case "so":
                    if (s.lc(i + 1).equals("far")) {
                        out.add(new DateMention(i, i + 2, DateMention.Kind.PERIOD, null, 0));
                    }
                    break;
                case "recently": case "previously":
                    out.add(new DateMention(i, i + 1, DateMention.Kind.UNKNOWN_PAST, null, 0));
                    break;
                case "this": case "past": case "last": case "recent": case "coming":
                    periodOrPast(s, i, out, articleDate);
                    break;
                case "earlier": case "later": case "before": case "after": case "ago":
                    relative(s, i, out, articleDate);
                    break;
                case "during": case "over": case "throughout":
                    spanOfFighting(s, i, out);
                    break;
                case "in":
                    if (spanOfFighting(s, i, out) || firstPartOfYear(s, i, out)) {
                        break;
                    }
                    // in 2015 / in a week / in three weeks
                    if (i + 1 < n && s.get(i + 1).isNumber() && yearAt(s, i + 1) != null && !Dates.isMonth(s.get(Math.min(n - 1, i + 2)))) {
                        out.add(new DateMention(i, i + 2, DateMention.Kind.UNKNOWN_PAST,
                                LocalDate.of(yearAt(s, i + 1), 12, 31), 0)); // "in 2015": by the year's end
                    } else if ((s.lc(i + 1).equals("a") || Numbers.isNumberWord(s.lc(i + 1)) || s.get(Math.min(n - 1, i + 1)).isNumber())
                            && UNITS.contains(s.lc(i + 2)) && !s.lc(i + 3).equals("time")) {
                        out.add(new DateMention(i, i + 3, DateMention.Kind.PERIOD, null, 0));
                    }
                    break;
                case "period":
                    if (s.lc(i - 1).equals("same") && s.lc(i - 2).equals("the")) {
                        // "21 regime soldiers have been killed ... in the same period": the period told before
                        out.add(new DateMention(i - 2, i + 1, DateMention.Kind.PERIOD, null, 0));
                    }
                    break;
                default:
                    if (w.indexOf('-') > 0 && longSpan(w) && (w.endsWith("-long") || Lexicon.SPANS.contains(s.lc(i + 1)))) {
                        // "the five-month siege that followed left 1,100 dead", "the decade-long insurgency": a span
                        out.add(new DateMention(i, i + 1, DateMention.Kind.PERIOD, null, 0));
                    }
                    break;
            }
        }
        return out;
    }

    /** "five-month", "two-year", "decade-long", "months-long": a span of weeks or more written as one word. */
    static boolean longSpan(String w) {
        String[] parts = w.split("-");
        if (parts.length == 3 && parts[2].equals("long") || parts.length == 2 && parts[1].equals("long")) {
            return SPAN_UNITS.contains(parts[parts.length - 2]);
        }
        return parts.length == 2 && SPAN_UNITS.contains(parts[1]) && Numbers.isNumberWord(parts[0]);
    }

    private static final Set<String> SPAN_UNITS = Lexicon.words("SPAN_UNITS");

    /**
     * "in the week of fighting", "during four days of clashes", "over two months of siege": a span of days of a
     * conflict, a period (a toll over it is a running total), not one day; true when one was added.
     */
    private static boolean spanOfFighting(Sentence s, int i, List<DateMention> out) {
        int j = i + 1;
        if (s.lc(j).equals("the") && (s.lc(j + 1).equals("first") || s.lc(j + 1).equals("last"))) {
            j++; // "in the first 10 days of fighting"
        }
        if (s.lc(j).equals("the") || s.lc(j).equals("first") || s.lc(j).equals("last") || s.lc(j).equals("a")
                || s.lc(j).equals("several") || s.lc(j).equals("few")) {
            j++;
        }
        if (Numbers.isNumberWord(s.lc(j)) || s.get(j).isNumber()) {
            j++;
        }
        String unit = s.lc(j);
        if (j == i + 1 || !UNITS.contains(unit) || unit.equals("day") || unit.startsWith("hour")
                || !s.lc(j + 1).equals("of") || !Lexicon.SPANS.contains(s.lc(j + 2))) {
            return false;
        }
        out.add(new DateMention(i, j + 3, DateMention.Kind.PERIOD, null, 0));
        return true;
    }

    /**
     * "in the first half of the year", "in the first three months of 2024", "in the first quarter": the opening part of
     * a year, a period (a toll over it is a running total); true when one was added.
     */
    private static boolean firstPartOfYear(Sentence s, int i, List<DateMention> out) {
        if (!s.lc(i + 1).equals("the") || !s.lc(i + 2).equals("first")) {
            return false;
        }
        int j = i + 3;
        if (Numbers.isNumberWord(s.lc(j)) || s.get(j).isNumber()) {
            j++;
        }
        String part = s.lc(j);
        if (!(part.equals("half") || part.equals("quarter") || part.equals("month") || part.equals("months"))) {
            return false; // not "in the first week of January": a week of a month, one incident's time
        }
        int end = j + 1;
        if (s.lc(end).equals("of") && (s.lc(end + 1).equals("the") || s.lc(end + 1).equals("this"))
                && s.lc(end + 2).equals("year")) {
            end += 3;
        } else if (s.lc(end).equals("of") && yearAt(s, end + 1) != null) {
            end += 2;
        } else if (s.lc(end).equals("of")) {
            return false; // "the first month of the offensive", "of Ramadan"
        }
        out.add(new DateMention(i, end, DateMention.Kind.PERIOD, null, 0));
        return true;
    }

    /** "this year", "the past 10 weeks", "in the last three months", "last week", "in the coming days". */
    /** The last day of the year or month before the article's ("last year", "last month"); none for other units. */
    private static LocalDate endOfLast(String unit, LocalDate articleDate) {
        if (articleDate == null) {
            return null;
        }
        if (unit.equals("year")) {
            return LocalDate.of(articleDate.getYear() - 1, 12, 31);
        }
        return unit.equals("month") ? articleDate.withDayOfMonth(1).minusDays(1) : null;
    }

    private static void periodOrPast(Sentence s, int i, List<DateMention> out, LocalDate articleDate) {
        String w = s.lc(i);
        String next = s.lc(i + 1);
        if (w.equals("this") && UNITS.contains(next) || w.equals("this") && next.equals("morning")) {
            boolean earlier = s.lc(i - 1).equals("earlier");
            if (next.equals("morning")) {
                return;
            }
            out.add(new DateMention(earlier ? i - 1 : i, i + 2,
                    earlier ? DateMention.Kind.UNKNOWN_PAST : DateMention.Kind.PERIOD, null, 0));
            return;
        }
        if (Lexicon.PERIOD_OPENERS.contains(w)) {
            int j = i + 1;
            if (s.lc(j).equals("few") || s.lc(j).equals("several") || Numbers.isNumberWord(s.lc(j))
                    || j < s.size() && s.get(j).isNumber()) {
                j++;
            }
            if (UNITS.contains(s.lc(j))) {
                boolean plural = s.lc(j).endsWith("s");
                if (w.equals("coming")) {
                    out.add(new DateMention(i, j + 1, DateMention.Kind.UNKNOWN_PAST, null, 0));
                } else if (w.equals("last") && !plural && !s.lc(i - 1).equals("the")) {
                    // last week; "last year", "last month": a past time no later than that year's or month's end
                    out.add(new DateMention(i, j + 1, DateMention.Kind.UNKNOWN_PAST, endOfLast(s.lc(j), articleDate), 0));
                } else {
                    out.add(new DateMention(i, j + 1, DateMention.Kind.PERIOD, null, 0)); // the past 10 weeks
                }
            }
        }
    }

    /** "a week earlier", "hours earlier", "a day after", "days after", "three days ago", "earlier in February". */
    private static void relative(Sentence s, int i, List<DateMention> out, LocalDate articleDate) {
        String w = s.lc(i);
        String unit = s.lc(i - 1);
        if (w.equals("earlier") && (s.lc(i + 1).equals("this") || s.lc(i + 1).equals("in"))
                && !(UNITS.contains(unit) || DAY_PARTS.contains(unit))) {
            // "earlier this month" is handled by periodOrPast, "earlier in February" by the month; not "killed a day
            // earlier in a separate attack"
            return;
        }
        if (DAY_PARTS.contains(unit) && Lexicon.ONE_WORDS.contains(s.lc(i - 2))) {
            unit = "day"; // "the night before", "the evening before": one day off, as "the day before"
        }
        if (!UNITS.contains(unit)) {
            return;
        }
        String amount = s.lc(i - 2);
        int start = i - 2;
        int n;
        if (Lexicon.ONE_WORDS.contains(amount)) {
            n = 1;
        } else if (Numbers.isNumberWord(amount)) {
            long[] v = Numbers.readNumber(s, i - 2);
            n = v == null ? -1 : (int) Math.min(v[0], 1000);
        } else {
            n = -1;
            start = i - 1;
        }
        Integer perUnit = UNIT_DAYS.get(unit);
        if (w.equals("ago")) {
            if (n > 0 && perUnit != null) {
                out.add(new DateMention(start, i + 1, DateMention.Kind.DAY, articleDate.minusDays((long) n * perUnit), 0));
            } else {
                out.add(new DateMention(start, i + 1, DateMention.Kind.UNKNOWN_PAST, null, 0));
            }
            return;
        }
        int sign = w.equals("earlier") || w.equals("before") ? -1 : 1;
        if ((w.equals("after") || w.equals("before")) && i + 1 < s.size() && !s.get(i + 1).isPunct()
                // ... not "were killed the day before in a separate attack", where a place follows, not a clause
                && !(Lexicon.PLACE_PREPOSITIONS.contains(s.lc(i + 1))
                        // (but "a day after at least 30 people were killed" is a clause of its own)
                        && !(s.lc(i + 2).equals("least") || s.lc(i + 2).equals("most")))) {
            // "a day after X happened": the event in the after-clause is a day before the stated day ("seized Dessie
            // the day before", ending its clause, is the day before the stated one)
            sign = -sign;
        }
        if (unit.equals("hours") || unit.equals("hour")) {
            out.add(new DateMention(start, i + 1, DateMention.Kind.RELATIVE, null, 0));
        } else if (n > 0 && perUnit != null && !unit.endsWith("s") || n > 1 && perUnit != null) {
            out.add(new DateMention(start, i + 1, DateMention.Kind.RELATIVE, null, sign * n * perUnit));
        } else {
            out.add(new DateMention(start, i + 1, DateMention.Kind.UNKNOWN_PAST, null, 0));
        }
    }

    /** Month at i, then an optional day and year; a month alone is UNKNOWN_PAST ("in December"). */
    private static DateMention monthDay(Sentence s, int i, LocalDate articleDate) {
        int month = MONTHS.get(s.lc(i));
        int j = i + 1;
        if (s.lc(j).equals(".")) {
            j++;
        }
        if (j < s.size() && (isDay(s.get(j)) || ordinalDay(s.get(j)) > 0)) {
            int day = isDay(s.get(j)) ? Integer.parseInt(s.lc(j)) : ordinalDay(s.get(j)); // "March 3", "March 3rd"
            int end = j + 1;
            Integer year = null;
            if (s.lc(end).equals(",") && yearAt(s, end + 1) != null) {
                year = yearAt(s, end + 1);
                end += 2;
            } else if (yearAt(s, end) != null) {
                year = yearAt(s, end);
                end++;
            }
            LocalDate d = make(year, month, day, articleDate);
            return d == null ? null : new DateMention(i, end, DateMention.Kind.DAY, d, 0);
        }
        int start = i;
        String prev = s.lc(i - 1);
        if (Lexicon.PART_OF_MONTH.contains(prev)) {
            start = i - 1;
        }
        int end = j;
        Integer year = yearAt(s, j);
        if (year != null) {
            end++;
        }
        int of = s.lc(j).equals("of") ? j + 1 : j;
        if (year == null && articleDate != null && (s.lc(of).equals("last") || of > j && s.lc(of).equals("that"))
                && s.lc(of + 1).equals("year")) {
            // "in June last year", "in March of last year"; "in August of that year": a year the story told before,
            // past (its last day bounds the month at the latest)
            year = articleDate.getYear() - 1;
            end = of + 2;
        }
        // "in October 2017": no day, but the month is known; its last day bounds when it happened. "In October"
        // with no year is the latest October up to the article's month (a story of 9 December: last October)
        LocalDate last = year != null ? LocalDate.of(year, month, 1).plusMonths(1).minusDays(1)
                : articleDate == null ? null : lastOfLatest(month, articleDate);
        return new DateMention(start, end, DateMention.Kind.UNKNOWN_PAST, last, 0);
    }

    /**
     * "between January and March", "between 8 and 11 July", "between 2009 and 2015", "between 3 May and 2 June
     * 2021": a span of days, from the token after "between"; the token after the span, or -1. A span names a
     * month or a year (two weekdays are one incident's days, not a span).
     */
    private static int rangeEnd(Sentence s, int from) {
        boolean and = false;
        boolean named = false;
        boolean monthBefore = false;
        int first = -1;
        int second = -1;
        int end = -1;
        for (int k = from; k < s.size() && k - from < 9; k++) {
            Token t = s.get(k);
            if (s.lc(k).equals("and") && !and && k > from) {
                and = true;
            } else if (isMonth(t) || yearAt(s, k) != null) {
                named = true;
                monthBefore |= !and && isMonth(t);
                end = and ? k + 1 : end;
            } else if (isDay(t) || ordinalDay(t) > 0) {
                int d = isDay(t) ? Integer.parseInt(t.lc()) : ordinalDay(t);
                if (and) {
                    second = second < 0 ? d : second;
                } else {
                    first = first < 0 ? d : first;
                }
                end = and ? k + 1 : end;
            } else if (!s.lc(k).equals(",") || !and) {
                break;
            }
        }
        if (first > 0 && second > first && second - first <= EPISODE_DAYS && !monthBefore) {
            return -1; // "Between 6 and 8 November 2020, insurgents beheaded more than 50 people in Muatide": a few
            // days of one month are one episode's days, as monitors code them, not a span of a running total
        }
        return and && named && end > 0 ? end : -1;
    }

    /** The most days a range of one month may take and stay one episode: "between 27 and 31 March". */
    private static final int EPISODE_DAYS = 6;

    /** "3rd", "21st", "12th" as a day of the month, else -1. */
    private static int ordinalDay(Token t) {
        String x = t.lc();
        int n = x.length();
        if (n < 3 || n > 4 || !(x.endsWith("st") || x.endsWith("nd") || x.endsWith("rd") || x.endsWith("th"))) {
            return -1;
        }
        int d = 0;
        for (int k = 0; k < n - 2; k++) {
            char ch = x.charAt(k);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            d = d * 10 + (ch - '0');
        }
        return d >= 1 && d <= 31 ? d : -1;
    }

    private static boolean isDay(Token t) {
        if (!t.isNumber() || t.lc().length() > 2) {
            return false;
        }
        int d = Integer.parseInt(t.lc());
        return d >= 1 && d <= 31;
    }

    private static Integer yearAt(Sentence s, int i) {
        if (i >= s.size() || !s.get(i).isNumber() || s.lc(i).length() != 4 || !s.lc(i).chars().allMatch(Character::isDigit)) {
            return null; // "19.5", "1,55": a number of four characters, not a year
        }
        int y = Integer.parseInt(s.lc(i));
        return y >= 1900 && y <= 2100 ? y : null;
    }

    /** 20.02.2020 (one token), or 2020-02-11 and 24/06/2021 (five tokens). */
    private static LocalDate numericDate(Sentence s, int i) {
        String lc = s.lc(i);
        if (lc.length() == 10 && lc.charAt(2) == '.' && lc.charAt(5) == '.') {
            try {
                return LocalDate.of(Integer.parseInt(lc.substring(6)), Integer.parseInt(lc.substring(3, 5)),
                        Integer.parseInt(lc.substring(0, 2)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (lc.length() <= 2 && s.lc(i + 1).equals("/") && i + 4 < s.size() && s.get(i + 2).isNumber()
                && s.lc(i + 2).length() <= 2 && s.lc(i + 3).equals("/") && yearAt(s, i + 4) != null) {
            // "24/06/2021": day first, as outside the United States; month first only when the day cannot be one
            int a = Integer.parseInt(lc);
            int b = Integer.parseInt(s.lc(i + 2));
            boolean monthFirst = b > 12 && a <= 12;
            try {
                return LocalDate.of(yearAt(s, i + 4), monthFirst ? a : b, monthFirst ? b : a);
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (lc.length() == 4 && s.lc(i + 1).equals("-") && i + 4 < s.size() && s.get(i + 2).isNumber()
                && s.lc(i + 3).equals("-") && s.get(i + 4).isNumber() && s.lc(i + 2).length() == 2
                && s.lc(i + 4).length() == 2) {
            try {
                return LocalDate.of(Integer.parseInt(lc), Integer.parseInt(s.lc(i + 2)), Integer.parseInt(s.lc(i + 4)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** The last day of the latest given month that began on or before ref, not after ref. */
    private static LocalDate lastOfLatest(int month, LocalDate ref) {
        LocalDate first = LocalDate.of(ref.getYear(), month, 1);
        if (first.isAfter(ref)) {
            first = first.minusYears(1);
        }
        LocalDate last = first.plusMonths(1).minusDays(1);
        return last.isAfter(ref) ? ref : last;
    }

    private static LocalDate make(Integer year, int month, int day, LocalDate ref) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            LocalDate d = LocalDate.of(ref.getYear(), month, day);
            if (d.isAfter(ref.plusDays(7))) {
                d = d.minusYears(1);
            }
            return d;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The most recent given weekday on or before ref. */
    public static LocalDate lastOnOrBefore(LocalDate ref, DayOfWeek day) {
        int back = (ref.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        return ref.minusDays(back);
    }

    /** Weekday named by a lower-case word, or null. */
    static DayOfWeek weekday(String lc) {
        return WEEKDAYS.get(lc);
    }
}
