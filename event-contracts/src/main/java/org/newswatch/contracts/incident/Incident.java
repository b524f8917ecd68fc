package org.newswatch.contracts.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.newswatch.contracts.Equipment;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;

/**
 * What the merge decision ({@link IncidentMatch}) knows of one report of an event, or of a story: its kind and
 * parties, its figure, day and place, and the words of its evidence that tell how it was done and what was hit. Small
 * enough to be kept per story and per index entry.
 *
 * @param type      what happened
 * @param principal the victim for casualty types, the actor otherwise
 * @param other     the other party: the perpetrator of a casualty, the target of an act; null when unknown
 * @param count     the figure (the low end of a range), null when none
 * @param countHigh the high end of a range, else null
 * @param qualifier how the figure is qualified
 * @param cumulative true for a running total
 * @param equipment the kind of equipment of a loss
 * @param date      the event's own date, null when undated
 * @param location  the place name as written, null when none
 * @param place     the resolved place, null when none
 * @param weapons   the weapon classes its evidence names ({@code signals.tsv}), sorted; empty when none
 * @param targets   the target classes its evidence names, sorted; empty when none
 * @param urlFamily its article's address without scheme, "www.", query and trailing id: two versions of one story
 *                  at one outlet share it; null when unknown
 * @param sketch    hashes of the evidence's content words, sorted, for near-duplicate text; null when not kept
 * @param names     the names its evidence gives (runs of capitalised words, compared as place names): a report that
 *                  names the other's place ("in Batsari Local Government Area of Katsina State") places it there
 */
public record Incident(EventType type, String principal, String other, Long count, Long countHigh,
        Qualifier qualifier, Boolean cumulative, Equipment equipment, LocalDate date, String location, Place place,
        List<String> weapons, List<String> targets, String urlFamily, List<Integer> sketch, List<String> names) {

    public Incident {
        weapons = weapons == null ? List.of() : List.copyOf(weapons);
        targets = targets == null ? List.of() : List.copyOf(targets);
        sketch = sketch == null ? null : List.copyOf(sketch);
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** The report of one event. */
    public static Incident of(ExtractedEvent e) {
        IncidentSignals s = IncidentSignals.shared();
        String other = e.type() == null ? null : e.type().victimIsPrincipal() ? e.actor() : e.victim();
        // the evidence's words, split once for the four readings of them
        List<String> words = e.evidence() == null ? null : IncidentSignals.tokens(e.evidence());
        List<String> names = s.names(e.evidence());
        return new Incident(e.type(), e.principal(), other, e.count(), e.countHigh(), e.qualifier(),
                e.cumulative(), e.equipment(), e.date(), e.location(),
                words == null ? e.place() : s.reckonedFrom(e.location(), s.placeAsMeant(e.location(), e.place(), words),
                        names),
                words == null ? List.of() : s.classesOf("weapon", words),
                words == null ? List.of() : s.classesOf("target", words), IncidentSignals.urlFamily(e.articleUrl()),
                words == null ? null : IncidentSignals.sketchOf(words), names);
    }

    /** The same without its text sketch: what an index entry keeps. */
    public Incident withoutSketch() {
        return sketch == null ? this : new Incident(type, principal, other, count, countHigh, qualifier, cumulative,
                equipment, date, location, place, weapons, targets, urlFamily, null, names);
    }

    /**
     * A story's summary after another report joined it: what it lacked (a place, a party, a figure, signal words)
     * taken from the report, its figure raised to the report's when that is an update (higher, a few more), and its
     * place refined when the report places it more precisely (a town in the province it gave, or a village the gazetteer
     * cannot put on the map whose text puts it in the district the story gave); what it had is kept, so that the story stays the incident it was first alerted as, and a later report
     * is compared with the most precise place known (two towns far apart do not join through their province).
     */
    public Incident widen(Incident r) {
        // (never a place the gazetteer puts in another country than the story's: a namesake abroad that a report of
        // the story was read by, "Maru" in Turkmenistan for Maru in Zamfara, is no finer place of it)
        boolean placed = location == null && r.location() != null
                || r.location() != null && finer(r.place(), place) && !abroad(r.place(), place)
                && (IncidentMatch.placesMeet(this, r)
                        || IncidentMatch.namedAndPlaced(this, r))
                || IncidentMatch.namedInside(r, this);
        // a toll's update ("at least three", then five): the later, higher figure is what the next report gives
        boolean counted = count == null || r.count() != null && r.count() > count
                && (r.count() - count <= IncidentSignals.shared().points(IncidentMatch.Signal.FIGURE_UPDATE_DIFFERENCE)
                        || IncidentMatch.risen(r, this, IncidentSignals.shared()));
        Incident out = new Incident(type, principal, other != null ? other : r.other(),
                counted ? r.count() : count, counted ? r.countHigh() : countHigh,
                counted ? r.qualifier() : qualifier, cumulative, equipment, date != null ? date : r.date(),
                placed ? r.location() : location, placed ? r.place() : place, union(weapons, r.weapons()),
                union(targets, r.targets()), urlFamily != null ? urlFamily : r.urlFamily(), sketch,
                union(names, r.names()));
        return out.equals(this) ? this : out;
    }

    /** True when both places have a country and {@code a}'s is another. */
    private static boolean abroad(Place a, Place b) {
        return a != null && b != null && a.country() != null && b.country() != null && !a.country().equals(b.country());
    }

    /** True when place a is more precise than b: a town in a province, a placed name and an unplaced one. */
    static boolean finer(Place a, Place b) {
        if (a == null || a.latitude() == null) {
            return false;
        }
        if (b == null || b.latitude() == null) {
            return true;
        }
        int pa = a.precision() == null ? Place.Precision.TOWN.ordinal() : a.precision().ordinal();
        int pb = b.precision() == null ? Place.Precision.TOWN.ordinal() : b.precision().ordinal();
        return pa > pb;
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
