package org.newswatch.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newswatch.extraction.text.Sentence;

/**
 * The trigger rules of the engine, read from rule files ({@code en/rules/*.rules} beside this class) and compiled
 * into one hash lookup from a token's lower-case form to the rules anchored on it.
 *
 * <p>A line of a rule file is {@code id<TAB>group<TAB>pattern<TAB>options}:
 * <ul>
 *   <li>{@code id}: unique over all files; it is the {@code rule} of the events the rule gives.</li>
 *   <li>{@code group}: the rules of one group are alternatives: on a token, the first rule of the group (in file
 *   order) that matches runs, the group's later rules are not tried. Rules of different groups all run.</li>
 *   <li>{@code pattern}: blank-separated token tests at consecutive positions, exactly one of them in angle
 *   brackets, the anchor ({@code <$KILL_VERBS>}). A test is one or more alternatives separated by {@code |}: a
 *   word in lower case or a word class of {@code lexicon/words.tsv} written {@code $CLASS}; a leading {@code !}
 *   negates the test (the token there is none of them; a position outside the sentence is no word);
 *   {@code _} is any token.</li>
 *   <li>{@code options}: {@code do=ACTION} (required: the Java pass that searches the parties, counts and places
 *   around the trigger), {@code guard=NAME[,NAME]} (structural tests in Java that must hold as well),
 *   {@code casualty} (the rule does not run in a sentence that denies casualties: "no one was killed"),
 *   {@code stop} (no further rule runs on this token, and the words the pattern matched after the anchor are
 *   consumed: "shot dead" is one trigger).</li>
 * </ul>
 * '#' starts a comment line; blank lines are skipped. Every problem of the files (unknown class, action or guard,
 * a duplicate id, a pattern without one anchor) is reported at once with file and line: the engine does not start
 * on a broken rule file.
 *
 * @param <A> the type of the bound actions
 * @param <G> the type of the bound guards
 */
final class RuleSet<A, G> {

    /** One compiled rule. */
    static final class Rule<A, G> {
        final String id;
        final String group;
        final long groupBit;
        final String source;
        final Test[] context;
        final Set<String> anchor;
        final List<G> guards;
        final A action;
        final boolean casualty;
        final boolean stop;
        /** Positions the pattern covers after its anchor. */
        final int span;

        Rule(String id, String group, long groupBit, String source, Test[] context, Set<String> anchor,
                List<G> guards, A action, boolean casualty, boolean stop, int span) {
            this.id = id;
            this.group = group;
            this.groupBit = groupBit;
            this.source = source;
            this.context = context;
            this.anchor = anchor;
            this.guards = guards;
            this.action = action;
            this.casualty = casualty;
            this.stop = stop;
            this.span = span;
        }

        /** The pattern's tests other than the anchor, at the anchor {@code i}. */
        boolean contextMatches(Sentence s, int i) {
            for (Test t : context) {
                if (!t.matches(s, i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return id + " (" + source + ")";
        }
    }

    /** A token test at an offset from the anchor. */
    record Test(int offset, Set<String> words, boolean negated, boolean any) {
        boolean matches(Sentence s, int i) {
            if (any) {
                return true;
            }
            return words.contains(s.lc(i + offset)) != negated;
        }
    }

    private final Map<String, List<Rule<A, G>>> byAnchor;
    private final List<Rule<A, G>> rules;

    private RuleSet(List<Rule<A, G>> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<Rule<A, G>>> m = new HashMap<>();
        for (Rule<A, G> r : rules) {
            for (String w : r.anchor) {
                m.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<Rule<A, G>>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byAnchor = frozen;
    }

    /** The rules anchored on a lower-case token, in file order; null when none. */
    List<Rule<A, G>> at(String lc) {
        return byAnchor.get(lc);
    }

    /** Every rule, in file order. */
    List<Rule<A, G>> rules() {
        return rules;
    }

    /** The words some rule is anchored on. */
    Set<String> anchors() {
        return byAnchor.keySet();
    }

    /**
     * Reads rule files (resources beside this class, in this order) and binds their classes, actions and guards.
     *
     * @param classes a word class by name, null for an unknown one
     * @param actions an action by name, null for an unknown one
     * @param guards  a guard by name, null for an unknown one
     */
    static <A, G> RuleSet<A, G> load(List<String> resources, Function<String, Set<String>> classes,
            Function<String, A> actions, Function<String, G> guards) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (String resource : resources) {
            try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing rule file " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<String> lines = new ArrayList<>();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
                files.put(resource, lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parse(files, classes, actions, guards);
    }

    /** Parses rule files given as lines, by file name in order. */
    static <A, G> RuleSet<A, G> parse(Map<String, List<String>> files, Function<String, Set<String>> classes,
            Function<String, A> actions, Function<String, G> guards) {
        List<String> errors = new ArrayList<>();
        List<Rule<A, G>> rules = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, Long> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> file : files.entrySet()) {
            List<String> lines = file.getValue();
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1);
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String where = file.getKey() + ":" + n;
                String[] f = line.split("\t+");
                if (f.length != 4) {
                    errors.add(where + ": expected id<TAB>group<TAB>pattern<TAB>options, found " + f.length
                            + " fields");
                    continue;
                }
                String id = f[0].strip();
                String group = f[1].strip();
                String before = ids.putIfAbsent(id, where);
                if (before != null) {
                    errors.add(where + ": rule id " + id + " is also at " + before);
                }
                if (!groups.containsKey(group)) {
                    if (groups.size() == 64) {
                        errors.add(where + ": more than 64 groups");
                        continue;
                    }
                    groups.put(group, 1L << groups.size());
                }
                Rule<A, G> rule = compile(where, id, group, groups.get(group), f[2].strip(), f[3].strip(), classes,
                        actions, guards, errors);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", errors));
        }
        return new RuleSet<>(rules);
    }

    private static <A, G> Rule<A, G> compile(String where, String id, String group, long groupBit, String pattern,
            String options, Function<String, Set<String>> classes, Function<String, A> actions,
            Function<String, G> guards, List<String> errors) {
        int errorsBefore = errors.size();
        String[] items = pattern.split(" +");
        int anchorAt = -1;
        for (int k = 0; k < items.length; k++) {
            if (items[k].startsWith("<") && items[k].endsWith(">")) {
                if (anchorAt >= 0) {
                    errors.add(where + ": two anchors in '" + pattern + "'");
                }
                anchorAt = k;
            }
        }
        if (anchorAt < 0) {
            errors.add(where + ": no anchor (a test in <angle brackets>) in '" + pattern + "'");
            return null;
        }
        Set<String> anchor = null;
        List<Test> context = new ArrayList<>();
        for (int k = 0; k < items.length; k++) {
            String item = k == anchorAt ? items[k].substring(1, items[k].length() - 1) : items[k];
            boolean negated = item.startsWith("!");
            if (negated) {
                item = item.substring(1);
            }
            if (item.equals("_")) {
                if (k == anchorAt || negated) {
                    errors.add(where + ": '_' cannot be the anchor or negated");
                } else {
                    context.add(new Test(k - anchorAt, Set.of(), false, true));
                }
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String alt : item.split("\\|")) {
                if (alt.startsWith("$")) {
                    Set<String> c = classes.apply(alt.substring(1));
                    if (c == null) {
                        errors.add(where + ": unknown word class " + alt);
                    } else {
                        words.addAll(c);
                    }
                } else if (alt.isEmpty() || !alt.equals(alt.toLowerCase(Locale.ROOT))) {
                    errors.add(where + ": '" + alt + "' must be a word in lower case or a $CLASS");
                } else {
                    words.add(alt);
                }
            }
            if (k == anchorAt) {
                if (negated) {
                    errors.add(where + ": the anchor cannot be negated");
                }
                anchor = Set.copyOf(words);
            } else {
                context.add(new Test(k - anchorAt, Set.copyOf(words), negated, false));
            }
        }
        A action = null;
        List<G> boundGuards = new ArrayList<>();
        boolean casualty = false;
        boolean stop = false;
        for (String option : options.split(" +")) {
            if (option.startsWith("do=")) {
                action = actions.apply(option.substring(3));
                if (action == null) {
                    errors.add(where + ": unknown action " + option.substring(3));
                }
            } else if (option.startsWith("guard=")) {
                for (String name : option.substring(6).split(",")) {
                    G g = guards.apply(name);
                    if (g == null) {
                        errors.add(where + ": unknown guard " + name);
                    } else {
                        boundGuards.add(g);
                    }
                }
            } else if (option.equals("casualty")) {
                casualty = true;
            } else if (option.equals("stop")) {
                stop = true;
            } else {
                errors.add(where + ": unknown option " + option);
            }
        }
        if (action == null && errors.size() == errorsBefore) {
            errors.add(where + ": no do=ACTION");
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        return new Rule<>(id, group, groupBit, where, context.toArray(new Test[0]), anchor, List.copyOf(boundGuards),
                action, casualty, stop, items.length - 1 - anchorAt);
    }
}
