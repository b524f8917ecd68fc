package org.newswatch.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named classes of words read from a data file (a resource beside this class, such as
 * {@code en/lexicon/words.tsv}). One line is {@code CLASS<TAB>entry entry ...}:
 * <ul>
 *   <li>{@code CLASS} must be one of the names the caller knows; a class may take several lines (repeat its
 *   name) and its entries add up. Any blank run separates the name from the entries and the entries from
 *   each other.</li>
 *   <li>{@code #} starts a comment to the end of the line; blank lines are skipped.</li>
 *   <li>An entry is a word in lower case, or a verb lemma followed by {@code +}: {@code kill+} stands for
 *   kill, kills, killing, killed (see {@link #forms}); {@code flee+fled} and {@code retake+retook+retaken}
 *   give the irregular past forms instead of the {@code -ed} form.</li>
 * </ul>
 * Every problem of the file (unknown class, a word twice in one class, a malformed or upper-case entry) is
 * reported at once, with line numbers, by an {@link IllegalArgumentException}: the engine does not start
 * on a broken word list. The classes come out as immutable hash sets.
 */
final class WordClasses {

    private final String source;
    private final Map<String, Set<String>> classes;

    private WordClasses(String source, Map<String, Set<String>> classes) {
        this.source = source;
        this.classes = classes;
    }

    /** Reads a resource beside this class; {@code names} are the class names it may use. */
    static WordClasses load(String resource, Collection<String> names) {
        try (InputStream in = WordClasses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
            return parse(resource, lines, names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the lines of a word-class file; {@code source} names it in error messages. */
    static WordClasses parse(String source, List<String> lines, Collection<String> names) {
        Map<String, Map<String, Integer>> words = new LinkedHashMap<>(); // class -> word -> line it came from
        List<String> errors = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int hash = line.indexOf('#');
            List<String> f = fields(hash >= 0 ? line.substring(0, hash) : line);
            if (f.isEmpty()) {
                continue;
            }
            String name = f.get(0);
            if (!names.contains(name)) {
                errors.add(source + ":" + n + ": unknown word class " + name);
                continue;
            }
            Map<String, Integer> members = words.get(name);
            if (members == null) {
                members = new LinkedHashMap<>();
                words.put(name, members);
            }
            for (String entry : f.subList(1, f.size())) {
                if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
                    errors.add(source + ":" + n + ": '" + entry + "' is not in lower case (tokens are looked up"
                            + " in lower case)");
                    continue;
                }
                List<String> forms;
                try {
                    forms = forms(entry);
                } catch (IllegalArgumentException e) {
                    errors.add(source + ":" + n + ": " + e.getMessage());
                    continue;
                }
                for (String w : forms) {
                    Integer first = members.putIfAbsent(w, n);
                    if (first != null) {
                        errors.add(source + ":" + n + ": '" + w + "' twice in " + name
                                + (first == n ? "" : " (also line " + first + ")"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", errors));
        }
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : words.entrySet()) {
            classes.put(e.getKey(), Set.copyOf(e.getValue().keySet()));
        }
        return new WordClasses(source, classes);
    }

    /** The fields of a line, separated by blanks (space, tab, no-break space); no regex, this runs at start-up. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            char c = i == line.length() ? ' ' : line.charAt(i);
            boolean blank = c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0';
            if (blank && start >= 0) {
                out.add(line.substring(start, i));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** The words of a class, an immutable hash set; a class the file does not have is an error. */
    Set<String> get(String name) {
        Set<String> s = classes.get(name);
        if (s == null) {
            throw new IllegalStateException(source + " has no word class " + name);
        }
        return s;
    }

    /** The class names the file uses, in file order. */
    Set<String> names() {
        return classes.keySet();
    }

    /**
     * The words an entry stands for: a word is itself; {@code lemma+} is the lemma with its regular English
     * {@code -s}, {@code -ing} and {@code -ed} forms; {@code lemma+past[+participle]} puts the given forms
     * in place of the {@code -ed} form.
     */
    static List<String> forms(String entry) {
        int plus = entry.indexOf('+');
        if (plus < 0) {
            return List.of(entry);
        }
        String lemma = entry.substring(0, plus);
        String[] past = entry.substring(plus + 1).split("\\+", -1);
        boolean regular = past.length == 1 && past[0].isEmpty();
        if (lemma.isEmpty() || !regular && (past.length > 2 || List.of(past).contains(""))) {
            throw new IllegalArgumentException("malformed entry '" + entry + "' (write lemma+, lemma+past or"
                    + " lemma+past+participle)");
        }
        Set<String> out = new LinkedHashSet<>(List.of(lemma, thirdPerson(lemma), presentParticiple(lemma)));
        if (regular) {
            out.add(past(lemma));
        } else {
            out.addAll(List.of(past));
        }
        return List.copyOf(out);
    }

    /** kill -> kills, launch -> launches, deny -> denies. */
    static String thirdPerson(String lemma) {
        if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                || lemma.endsWith("sh")) {
            return lemma + "es";
        }
        return consonantY(lemma) ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s";
    }

    /** kill -> killed, seize -> seized, deny -> denied (no consonant doubling). */
    static String past(String lemma) {
        if (lemma.endsWith("e")) {
            return lemma + "d";
        }
        return consonantY(lemma) ? lemma.substring(0, lemma.length() - 1) + "ied" : lemma + "ed";
    }

    /** kill -> killing, seize -> seizing, flee -> fleeing, die -> dying (no consonant doubling). */
    static String presentParticiple(String lemma) {
        if (lemma.endsWith("ie")) {
            return lemma.substring(0, lemma.length() - 2) + "ying";
        }
        if (lemma.endsWith("e") && !lemma.endsWith("ee") && !lemma.endsWith("oe") && !lemma.endsWith("ye")) {
            return lemma.substring(0, lemma.length() - 1) + "ing";
        }
        return lemma + "ing";
    }

    private static boolean consonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
    }
}
