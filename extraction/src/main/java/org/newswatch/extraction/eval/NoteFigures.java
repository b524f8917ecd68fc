package org.newswatch.extraction.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newswatch.contracts.Cause;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * The figures a conflict monitor's coders would check, note by note, from a {@code notes.tsv} that codes each note
 * as they do (id, date, country, kind, location, admin1, admin2, fatalities): the fatality sum against the coders'
 * figure, whether a violent note gives a violent event, whether a territory note gives a CAPTURE, whether a
 * disaster, accident or disease note gives a conflict event (it must not), and whether the place of a note's
 * event is the coders' town or district.
 */
public record NoteFigures(Share deathsPositive, Share deathsZero, Share violent, Share territory, Share nonViolentConflict,
        Share place, List<String> wrong) {

    /** {@code hits} of {@code of}. */
    public record Share(int hits, int of) {
        public double value() {
            return of == 0 ? 1.0 : (double) hits / of;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f (%d of %d)", value(), hits, of);
        }
    }

    /** Kinds of violent incident: each should give an ATTACK, KILLED, WOUNDED or EQUIPMENT_LOSS. */
    static final Set<String> VIOLENT = Set.of("armed_clash", "air_drone_strike", "shelling_artillery_missile",
            "remote_explosive_ied", "attack");
    static final Set<String> TERRITORY = Set.of("gov_regains_territory", "nonstate_takes_territory");
    static final Set<String> NON_VIOLENT = Set.of("disaster", "accident", "disease");

    /** One coded note. */
    record Note(String id, String kind, String location, String admin2, long fatalities) {
    }

    static List<Note> read(Path tsv) {
        try {
            List<Note> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 8) {
                    throw new IllegalArgumentException(tsv + ": expected 8 columns: " + line);
                }
                out.add(new Note(f[0].trim(), f[3].trim(), f[4].trim(), f[6].trim(), Long.parseLong(f[7].trim())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NoteFigures of(Path notesTsv, List<ExtractedEvent> predictions) {
        Map<String, List<ExtractedEvent>> byNote = new HashMap<>();
        for (ExtractedEvent e : predictions) {
            byNote.computeIfAbsent(stem(e.article()), k -> new ArrayList<>()).add(e);
        }
        int[] pos = new int[2];
        int[] zero = new int[2];
        int[] violent = new int[2];
        int[] territory = new int[2];
        int[] nonViolent = new int[2];
        int[] place = new int[2];
        List<String> wrong = new ArrayList<>();
        for (Note n : read(notesTsv)) {
            List<ExtractedEvent> es = byNote.getOrDefault(n.id(), List.of());
            long sum = 0;
            boolean violentEvent = false;
            boolean capture = false;
            boolean conflict = false;
            for (ExtractedEvent e : es) {
                boolean violence = e.causeOrViolence() == Cause.VIOLENCE;
                if (FatalitySums.summed(e)) {
                    sum += e.count();
                }
                violentEvent |= e.type() == EventType.ATTACK || e.type() == EventType.EQUIPMENT_LOSS
                        || (e.type() == EventType.KILLED || e.type() == EventType.WOUNDED) && violence;
                capture |= e.type() == EventType.CAPTURE;
                conflict |= e.type() == EventType.ATTACK || e.type() == EventType.OFFENSIVE || e.type() == EventType.CAPTURE
                        || (e.type() == EventType.KILLED || e.type() == EventType.WOUNDED) && violence;
            }
            int[] deaths = n.fatalities() > 0 ? pos : zero;
            deaths[1]++;
            if (sum == n.fatalities()) {
                deaths[0]++;
            } else {
                wrong.add(n.id() + " deaths coded=" + n.fatalities() + " predicted=" + sum);
            }
            if (VIOLENT.contains(n.kind())) {
                violent[1]++;
                violent[0] += violentEvent ? 1 : 0;
                if (!violentEvent) {
                    wrong.add(n.id() + " " + n.kind() + ": no violent event");
                }
            }
            if (TERRITORY.contains(n.kind())) {
                territory[1]++;
                territory[0] += capture ? 1 : 0;
                if (!capture) {
                    wrong.add(n.id() + " " + n.kind() + ": no CAPTURE");
                }
            }
            if (NON_VIOLENT.contains(n.kind())) {
                nonViolent[1]++;
                nonViolent[0] += conflict ? 1 : 0;
                if (conflict) {
                    wrong.add(n.id() + " " + n.kind() + ": a conflict event");
                }
            }
            if (!es.isEmpty() && !n.location().isEmpty()) {
                place[1]++;
                String where = principal(es).location();
                boolean right = same(where, n.location()) || !n.admin2().isEmpty() && same(where, n.admin2());
                place[0] += right ? 1 : 0;
                if (!right) {
                    wrong.add(n.id() + " place " + where + " (coded " + n.location() + " / " + n.admin2() + ")");
                }
            }
        }
        return new NoteFigures(new Share(pos[0], pos[1]), new Share(zero[0], zero[1]), new Share(violent[0], violent[1]),
                new Share(territory[0], territory[1]), new Share(nonViolent[0], nonViolent[1]),
                new Share(place[0], place[1]), List.copyOf(wrong));
    }

    /** The note's main event: its first KILLED, else its first event. */
    private static ExtractedEvent principal(List<ExtractedEvent> es) {
        for (ExtractedEvent e : es) {
            if (e.type() == EventType.KILLED) {
                return e;
            }
        }
        return es.get(0);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    /**
     * A name folded for comparison: accents, case, punctuation and a leading Arabic article ("al-Sanamayn", "As
     * Sanamayn" and "Sanamayn" are one town; transliterations keep or drop it at will) do not count.
     */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        d = d.replaceFirst("^(al|el|ad|ar|as|ash|at|az|an|ad)[-\\s'’]+(?=\\p{L})", "");
        return d.replaceAll("[^a-z0-9]", "");
    }

    private static String stem(String article) {
        int dot = article.lastIndexOf('.');
        return dot > 0 ? article.substring(0, dot) : article;
    }

    /** The figures as the eval command prints them. */
    public String table() {
        return String.format(Locale.ROOT, "notes as coded (notes.tsv):%n"
                + "  fatality sum = coders' figure, notes with deaths     %s%n"
                + "  fatality sum = 0, notes without deaths               %s%n"
                + "  violent notes giving a violent event                 %s%n"
                + "  territory notes giving a CAPTURE                     %s%n"
                + "  disaster/accident/disease notes giving a conflict event %s%n"
                + "  place = coders' town or district (notes with events) %s%n",
                deathsPositive, deathsZero, violent, territory, nonViolentConflict, place);
    }
}
