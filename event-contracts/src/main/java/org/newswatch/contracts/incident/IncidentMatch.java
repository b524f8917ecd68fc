package org.newswatch.contracts.incident;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newswatch.contracts.Place;

/**
 * The one merge decision of NewsWatch: whether two reports (or a report and a story) are one real incident. The
 * extract-service's cross-article event ids and the alert-service's stories both ask it.
 *
 * <p>Blocking (a different incident whatever else agrees): another type, principal party ({@link Principals}: victim
 * roles of one group, {@code incident/victim-roles.tsv}, are one party; victims of one role given two countries, one
 * of them the country where the other report places it or its perpetrator's, are one party only with the same toll;
 * victims one side calls civilians and the other fighters, {@code incident/contested-roles.tsv}, only with the same
 * toll, town, day and perpetrator; soldiers and civilians of one country only with the same toll and a text calling
 * them a militia or auxiliaries, {@code incident/militia-words.tsv}; victims of one role and toll on one day given two
 * countries, in places of one name, or a name and its short form, the gazetteer puts in two countries and not both as
 * towns on the map, are one party: a namesake abroad, {@link Principals#readByNamesake})
 * or equipment kind (the dead of an armed group whose country outlets read by the group or by the place,
 * {@code incident/borderless-roles.tsv}, are one party with one toll); dates further apart than the tolerance (a
 * report dated a day after the other is of its day when its text names that weekday, or names no day but the one its source spoke: {@link IncidentSignals#SPOKEN}); places
 * both known and further apart than the radius of the coarser one's
 * precision ({@code incident/radii.tsv}: two towns 25 km) or in different countries; figures both given and
 * incompatible (not equal, ranges not overlapping, and further apart than an early toll and its update) unless the ingest
 * service marked one article a near-duplicate of the other or the figure may grow (escalation); a figure on one side
 * only unless both are dated (and, for a loss, on the same day); a displacement given no figure on either side, dated
 * two days apart. For a strict type ({@code incident/types.tsv}:
 * deaths, woundings, attacks, losses) also: a place unknown on either side (an unknown place is no evidence of
 * sameness) unless so marked; both other parties known and different (another perpetrator or target), unless the
 * same large figure is given on the same day, or the same medium one in one town that day with no two weapons named
 * (parties outlets name for one another, {@code incident/confused-parties.tsv}, militiamen a text gives the role of
 * state forces beside the rebels of their country another names, {@code incident/militia-words.tsv}, and with one
 * toll an armed group read by two countries, one of them the place's, {@code incident/borderless-roles.tsv}, are
 * neither); both naming targets and no target in common. A province's name a text gives bare is, beside a report of
 * its namesake town on the same day, that town; a name the gazetteer cannot place that is the first words of the
 * other's ("Rahim" and "Rahim Yar Khan"; not a word that begins many names, {@code incident/head-words.tsv}) is the
 * other's town.
 *
 * <p>Evidence ({@code incident/weights.tsv}): the same day, the same place (by its precision) or, on the same day, a
 * nearby one, the same figure (a small figure is weak evidence: many incidents a day kill one or two), the same
 * perpetrator, the same weapon or target words ({@code incident/signals.tsv}), the same equipment, near-duplicate
 * text, the same address family. A strict type joins when its evidence reaches its threshold; a lenient one (acts and
 * statements, told at very different precision by different outlets) when nothing blocks. A null figure is never a
 * wildcard: it adds nothing. Reports that meet only in an area holding the other's place join only as the one
 * candidate so placed ({@link Verdict#alone}), a country only with {@code country-alone} points, and with two tolls
 * that differ only with one signal more ({@link #OTHER_TOLL}: short of it, a candidate so placed that is never taken). A report of a strict
 * type told without its party joins only in one town on one day, and one told with its party only with a weapon both
 * name besides.
 */
public final class IncidentMatch {

    /** Two reports' dates may be this many days apart by default. */
    public static final int DEFAULT_TOLERANCE_DAYS = 2;
    /**
     * Two evidence sentences this similar (Jaccard of their content words) are a near-duplicate: a copy lightly
     * edited, not a template filled with another figure and place (those share about two thirds of their words).
     */
    public static final double NEAR_DUPLICATE_TEXT = 0.8;

    private IncidentMatch() {
    }

    /**
     * What the caller knows beyond the two summaries.
     *
     * @param toleranceDays  how many days apart two dated reports may be
     * @param anyDay         dates do not keep them apart (a running total restated later)
     * @param placeMayDiffer places do not keep them apart (a statement placed by its subject in one report)
     * @param growingFigures figures do not keep them apart (an escalation: the toll changes as reports come in)
     * @param nearDuplicate  the caller knows the two texts are near-duplicates (the ingest service said so)
     */
    public record Context(int toleranceDays, boolean anyDay, boolean placeMayDiffer, boolean growingFigures,
            boolean nearDuplicate) {

        public static Context standard() {
            return new Context(DEFAULT_TOLERANCE_DAYS, false, false, false, false);
        }

        public Context withToleranceDays(int days) {
            return new Context(days, anyDay, placeMayDiffer, growingFigures, nearDuplicate);
        }

        public Context withAnyDay(boolean b) {
            return new Context(toleranceDays, b, placeMayDiffer, growingFigures, nearDuplicate);
        }

        public Context withPlaceMayDiffer(boolean b) {
            return new Context(toleranceDays, anyDay, b, growingFigures, nearDuplicate);
        }

        public Context withGrowingFigures(boolean b) {
            return new Context(toleranceDays, anyDay, placeMayDiffer, b, nearDuplicate);
        }

        public Context withNearDuplicate(boolean b) {
            return new Context(toleranceDays, anyDay, placeMayDiffer, growingFigures, b);
        }
    }

    /**
     * The decision.
     *
     * @param join    one incident
     * @param score   the evidence points (for ranking candidates; 0 for a block)
     * @param signals what made it join, as signal names ("same-day", "same-place-town", "same-weapon:explosive")
     * @param block   why it does not join, null when it joins or lacks only evidence
     * @param alone   it does not join by itself but would as the only such candidate: the reports meet only in an
     *                area that holds the other (a province, a district) on the same day, with some corroboration,
     *                and an area holds several incidents a day ({@link BestMatch} and the identity join it when no
     *                other candidate of the lookup is so placed or joins)
     */
    public record Verdict(boolean join, int score, List<String> signals, String block, boolean alone) {

        public Verdict(boolean join, int score, List<String> signals, String block) {
            this(join, score, signals, block, false);
        }

        static Verdict blocked(String why) {
            return new Verdict(false, 0, List.of(), why);
        }

        /** The same decision, taken as a join: the only candidate of its area ({@link #alone}). */
        public Verdict joinedAlone() {
            List<String> s = new ArrayList<>(signals);
            s.add(ALONE_IN_AREA);
            return new Verdict(true, score, List.copyOf(s), null, false);
        }
    }

    /**
     * The mark of a candidate met in an area ({@link Verdict#alone}) with another toll and no more evidence than an area
     * needs with one toll: it counts as a candidate so placed, but is never joined as the only one ({@link #takenAlone}).
     */
    public static final String OTHER_TOLL = "other-toll";

    /**
     * The mark of a candidate met in an area ({@link Verdict#alone}) whose text names another weapon than the report's
     * (a mine, a shooting): ranked a weapon's points lower than its evidence, so that a candidate of the area telling
     * the same way of killing is clearly the better one ({@link BestMatch#clearlyBest}).
     */
    public static final String OTHER_WEAPON = "other-weapon";

    /**
     * True when the verdict's candidate, met in an area holding the other's place ({@link Verdict#alone}), joins as the
     * one candidate so placed: not when its tolls differ and nothing more than the area's evidence with one toll tells
     * it is the one ({@link #OTHER_TOLL}).
     */
    public static boolean takenAlone(Verdict v) {
        return v.alone() && !v.signals().contains(OTHER_TOLL) && !v.signals().contains(UNMAPPED_DISTRICT);
    }

    /**
     * The mark of a candidate met in a province ({@link Verdict#alone}) through a district of it the gazetteer cannot
     * put on the map, with a point less than a placed town of the province would have: it counts as a candidate so
     * placed, but is never joined as the only one ({@link #takenAlone}).
     */
    public static final String UNMAPPED_DISTRICT = "unmapped-district";

    /** The signal of a join by {@link Verdict#alone}: the only story of the area and day that fits. */
    public static final String ALONE_IN_AREA = "only-story-in-area";

    /**
     * The signals and limits of {@code incident/weights.tsv}, by name: {@link IncidentSignals} keeps their points in an
     * array by ordinal, so that weighing a candidate reads no map.
     */
    enum Signal {
        SAME_DAY("same-day"),
        SAME_PLACE_TOWN("same-place-town"),
        SAME_PLACE_DISTRICT("same-place-district"),
        SAME_PLACE_PROVINCE("same-place-province"),
        SAME_PLACE_COUNTRY("same-place-country"),
        SAME_DAY_SAME_PLACE("same-day-same-place"),
        SAME_PLACE_UNKNOWN_PRECISION("same-place-unknown-precision"),
        NEAR_TOWN("near-town"),
        NAMED_PLACE("named-place"),
        WITHIN_COARSE_PLACE("within-coarse-place"),
        SAME_FIGURE_SMALL("same-figure-small"),
        SAME_FIGURE_MEDIUM("same-figure-medium"),
        SAME_FIGURE_LARGE("same-figure-large"),
        SAME_PERPETRATOR("same-perpetrator"),
        SAME_WEAPON("same-weapon"),
        SAME_TARGET("same-target"),
        SAME_EQUIPMENT("same-equipment"),
        NEAR_DUPLICATE("near-duplicate"),
        SAME_URL_FAMILY("same-url-family"),
        SMALL_FIGURE_MAX("small-figure-max"),
        MEDIUM_FIGURE_MAX("medium-figure-max"),
        FIGURE_UPDATE_DIFFERENCE("figure-update-difference"),
        COARSE_PLACE_ALONE("coarse-place-alone"),
        COUNTRY_ALONE("country-alone"),
        ALONE_MARGIN("alone-margin"),
        SAME_PART("same-part"),
        PART_MARGIN_KM("part-margin-km");

        final String label;

        Signal(String label) {
            this.label = label;
        }
    }

    /** How two places relate. */
    enum Fit {
        /** One place. */
        SAME,
        /** One report's evidence names the other's place. */
        NAMED,
        /** Two towns near each other. */
        NEAR,
        /** One inside the other, or near a coarse one. */
        WITHIN,
        /** Named, but the gazetteer cannot place one of them: nothing says where it is. */
        UNPLACED,
        /** A report gives no place. */
        UNKNOWN,
        /** Too far apart, or in other countries. */
        FAR
    }

    /** True when the two places are one, or one lies inside or near the other (both known). */
    public static boolean placesMeet(Incident a, Incident b) {
        Fit f = fit(a, b, IncidentSignals.shared());
        return f == Fit.SAME || f == Fit.NEAR || f == Fit.WITHIN;
    }

    /**
     * True when {@code b}'s place is on the map and {@code a}'s is not, and one of the two texts names the other's
     * place ("a tent in al-Mawasi, west of Khan Younis" and "the Mawasi area of Khan Younis"): a story so placed
     * takes the place the gazetteer knows.
     */
    public static boolean namedAndPlaced(Incident a, Incident b) {
        return a.location() != null && b.location() != null && unplaced(a.place()) && !unplaced(b.place())
                && (a.place() == null || a.place().country() == null
                        || a.place().country().equals(b.place().country()))
                && names(a, b, IncidentSignals.shared());
    }

    /**
     * True when {@code town}'s place is a town or village the gazetteer cannot put on the map, and its text puts it in
     * {@code area}'s place, a district or a province of its country ("Drodro, in the Bahema Nord chiefdom of Djugu
     * territory" and "in Djugu territory"; "near Mir Ali in North Waziristan"): a story of the area that it joined is
     * of that village, and a report of another village of the area is not its incident.
     */
    public static boolean namedInside(Incident town, Incident area) {
        Place t = town.place();
        Place a = area.place();
        if (town.location() == null || area.location() == null || t == null || a == null || !unplaced(t)
                || t.precision() != null && t.precision() != Place.Precision.TOWN
                || a.precision() != Place.Precision.ADMIN2 && a.precision() != Place.Precision.ADMIN1
                || t.country() == null || !t.country().equals(a.country())) {
            return false;
        }
        IncidentSignals k = IncidentSignals.shared();
        String key = k.placeKey(area.location());
        return !key.equals(k.placeKey(town.location())) && town.names().contains(key)
                && !k.onlyBearing(town.location(), town.names()) && !k.calledArea(town.location(), town.names());
    }

    /** Whether {@code a} (the new report) and {@code b} (the earlier report or story) are one incident. */
    public static Verdict decide(Incident a, Incident b, Context c) {
        IncidentSignals k = IncidentSignals.shared();
        if (a.type() == null || a.type() != b.type()) {
            return Verdict.blocked("type");
        }
        boolean strict = k.strict(a.type());
        // no party on either side (a bomb that went off, gunmen the text gives to no side): an incident of a strict
        // type is still known by its place, day and figure, which it must show as any other; an act or a statement
        // without its party is nothing to know it by
        boolean partyless = a.principal() == null || b.principal() == null;
        // victims one side calls civilians and the other fighters ("two young men killed by occupation forces", "two
        // gunmen shot dead by troops"): one party only as one toll, town, day and perpetrator (checked below)
        boolean contested = !partyless && a.type().victimIsPrincipal() && sameToll(a, b)
                && Principals.contested(a.principal(), b.principal());
        // victims of one role given two countries in places of one name the gazetteer puts in two countries (or
        // cannot place in one), with one toll on one day: a namesake abroad one report read them by ("three killed at
        // a cattle camp outside Leer town", in Germany, and "three civilians killed in Leer County, Unity State")
        // (not two towns the gazetteer puts on the map: a story may not hold two towns far apart, whatever misread one)
        boolean namesake = !partyless && sameToll(a, b) && oneDay(a, b, k) && !(mappedTown(a.place())
                && mappedTown(b.place())) && Principals.readByNamesake(a.principal(), b.principal(), a.place(),
                        b.place(), sameName(a, b, k));
        if ((partyless ? !strict : !Principals.compatible(a.type(), a.principal(), b.principal()))
                && !contested && !namesake
                && !(sameToll(a, b) && (militiaOrCivilians(a, b) || militiaOrCivilians(b, a)))
                && !(sameToll(a, b) && Principals.readAsNationals(a.principal(), b.principal(), a.place(), b.place(),
                        a.other(), b.other()))
                && !(sameToll(a, b) && Principals.readByPlace(a.principal(), b.principal(), a.place(), b.place()))) {
            // (victims of one role that two outlets give two countries, one of them where it happened or the
            // perpetrator's, are one party when both give the same toll: "two young men killed by Israeli forces in
            // Jenin" and "Israeli forces killed two Palestinians in Jenin"; so are the dead of an armed group that
            // crosses a border, read by the group or by the place: "Sixteen Boko Haram militants were killed ... in
            // Bosso, in Niger's southeastern region" and "Niger's army said it had killed 16 jihadists")
            return Verdict.blocked("principal");
        }
        if (a.equipment() != b.equipment()) {
            return Verdict.blocked("equipment");
        }
        // the ingest service's mark (one article nearly repeats the other) may outweigh a figure, a target or a
        // missing place; similar sentences are only evidence (a monitor's template repeats itself)
        boolean marked = c.nearDuplicate();
        List<String> signals = new ArrayList<>();
        int score = 0;

        boolean dated = a.date() != null && b.date() != null;
        long gap = dated ? Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) : 0;
        // "the U.S. military said Thursday its airstrike killed three ... on Wednesday": the report dated a day later
        // names the other's weekday, the day it happened, beside the day its source spoke; or it names no day but
        // that one ("jihadists killed five farmers, residents told AFP on Wednesday"), by which it was dated
        String dayNamed = gap == 1 && dated ? a.date().isAfter(b.date()) ? dayOf(a, b, k) : dayOf(b, a, k) : null;
        if (dayNamed != null) {
            gap = 0;
        }
        if (dated && gap > c.toleranceDays() && !c.anyDay()) {
            return Verdict.blocked("date");
        }
        if (dated && gap == 0) {
            score += add(k, Signal.SAME_DAY, signals);
            if (dayNamed != null) {
                signals.set(signals.size() - 1, dayNamed);
            }
        }

        Fit fit = fit(a, b, k);
        if (namesake && fit == Fit.FAR) {
            // "Fada", which the gazetteer puts in Chad, and "the outskirts of Fada N'Gourma": the name and its short
            // form, read in two countries, of the victims of one toll and day
            fit = Fit.SAME;
        }
        if ((fit == Fit.WITHIN || fit == Fit.UNPLACED || fit == Fit.NEAR) && names(a, b, k)
                && !(fit == Fit.UNPLACED && known(a.place()) && known(b.place()) && !namedByThePlacedOne(a, b, k))) {
            // one report names the other's place ("in Batsari area of Katsina State"); of two towns the gazetteer
            // knows, one off the map, only the text of the one on the map says so: "Mavivi, a locality near Beni
            // airport" names Beni as its landmark, and is another place than the Beni report's
            fit = Fit.NAMED;
        }
        if (fit == Fit.UNPLACED && (namesItsArea(a, b, k) || namesItsArea(b, a, k) || regionOf(a, b, k)
                || regionOf(b, a, k))) {
            // "a village of south Kashmir's Shopian district" and "in south Kashmir": the gazetteer cannot place the
            // district, but its report says which province holds it, the other's
            fit = Fit.WITHIN;
        }
        if (fit == Fit.FAR && (reckonedFrom(a, b, k) || reckonedFrom(b, a, k))) {
            // "a convoy travelling between Mogadishu and Afgooye", placed at Mogadishu, and "an ambush on the outskirts
            // of Afgoye": the first text gives its place only as a landmark it is reckoned from, and names the other's
            // place beside it; they meet in the landmarks' area, as a province report meets a town of it
            fit = Fit.WITHIN;
        }
        if (fit == Fit.UNKNOWN && (placedByText(a, b, k) || placedByText(b, a, k))) {
            // "a car bomb exploded near the military base of Saravena, Arauca": the event was given no place, but its
            // text names the other's, a town (as a report naming the other's place) or the province it happened in
            fit = coarse(a.location() == null ? b.place() : a.place()) ? Fit.WITHIN : Fit.NAMED;
        }
        // "a woman was killed by Russian shelling in Kherson", which the gazetteer reads as the province, and "Russian
        // troops shelled the Dniprovskyi district of Kherson", the city, on one day: a province's name that its text
        // does not call a province (nor a district or a countryside) is, beside a report of its namesake town in it
        // that day, that town (as "in Kherson city" is: IncidentSignals.placeAsMeant); on other days it stays the area
        boolean capital = fit == Fit.WITHIN && dated && gap == 0 && (bareCapital(a, b, k) || bareCapital(b, a, k));
        if (capital) {
            fit = Fit.SAME;
        }
        if (fit == Fit.FAR && !c.placeMayDiffer()) {
            return Verdict.blocked("place");
        }
        if (contested && !(fit == Fit.SAME && !coarse(a.place()) && !coarse(b.place()) && dated && gap == 0
                && (a.other() != null && b.other() != null && (Principals.compatible(a.type(), a.other(), b.other())
                        || Principals.compatible(a.type(), b.other(), a.other()))
                        || (a.other() == null || b.other() == null) && common(a.weapons(), b.weapons()) != null))) {
            // (an area's or another day's dead of the other group are another incident's; so are another
            // perpetrator's, and, where one report names none, those killed another way: "two workers killed when
            // Russian warplanes struck Idlib city" and "two HTS fighters killed in clashes" there that day)
            return Verdict.blocked("principal");
        }
        // "two Malian soldiers were killed in an ambush in the centre of the country": a report that gives no place
        // but whose victims are a country's nationals (its soldiers, its civilians) happened, as far as anything says,
        // in that country; beside a report placed there it meets it as a country report meets a town of it, only as
        // the one candidate so placed, with the evidence a country needs (country-alone: the day, the toll, and how
        // it was done or by whom), and never by its points, whatever the toll. Victims of no country (a UN mission, a
        // group) or placed abroad stay unknown; so does it beside a province or country report: two readings that
        // place nothing finer than an area meet in nothing ("a car bomb near a base in Cauca", which the extraction
        // could not place, and a car bomb in Arauca province)
        boolean nation = fit == Fit.UNKNOWN && strict && !marked && (nationals(a, b) || nationals(b, a))
                && !coarse(a.place()) && !coarse(b.place());
        if (nation) {
            fit = Fit.WITHIN;
        }
        if (fit == Fit.UNKNOWN && strict && !marked) {
            return Verdict.blocked("place unknown");
        }
        if (fit == Fit.UNPLACED && strict && !marked && (nowhere(a) || nowhere(b))) {
            // "a village in Ye-U Township" that the gazetteer cannot place even in a country, its parties of no
            // country ("a regime jet"), and "a minibus near Debre Markos": a name nothing locates is no evidence of one
            // place, as a report with no place is none; neither text names the other's place (that was found above)
            return Verdict.blocked("place unknown");
        }
        if (fit == Fit.UNPLACED && strict && !marked && (provinceOverTheBorder(a, b, k) || provinceOverTheBorder(b, a,
                k))) {
            // "a village in the east of Gezira state" and "the Abu Shouk camp" the gazetteer puts in North Darfur,
            // without its coordinates: a death, a wounding, an attack happened where the province report says, and
            // that province does not hold the other's town (a displacement may be told by where people fled to)
            return Verdict.blocked("place");
        }
        if ((fit == Fit.SAME || fit == Fit.WITHIN) && !marked && !c.placeMayDiffer()
                && (townAndCountryside(a, b, k) || townAndCountryside(b, a, k))) {
            // "a car bomb in the centre of Idlib city" and "shelling on a village in the southern countryside of
            // Idlib": the countryside is all of the area but the town
            return Verdict.blocked("town and countryside");
        }
        if (fit == Fit.UNPLACED && !marked && !c.placeMayDiffer() && twoVillages(a, b, k)) {
            // "Khan al-Subul" and "Afis", "Mhambal" and "Ariha": two villages or towns, one or both of which the gazetteer
            // cannot place, neither named by the other report (two spellings of one name were found one place above)
            return Verdict.blocked("other village");
        }
        if (strict && !marked && otherDistricts(a, b, k)) {
            // "in the Kajuru Local Government Area" and "in Birnin Gwari Local Government Area", "the circle of
            // Koro" and "the circle of Bankass": each text says which district, and they are two; so in one town,
            // "Mogadishu's Kaaraan district" and "Mogadishu's Wadajir district" are two quarters of it
            return Verdict.blocked("other district");
        }
        if (strict && !marked && (partElsewhere(a, b, k) || partElsewhere(b, a, k))) {
            // "in the Datta Khel area of North Waziristan", placed in the district, and a story of "near Mir Ali in
            // North Waziristan": the text says which part of the district, and the other's place is another
            return Verdict.blocked("other part");
        }
        if (strict && !marked && IncidentSignals.otherParts(a.names(), b.names())) {
            return Verdict.blocked("other part"); // "south Kashmir" and "north Kashmir's Sopore"
        }
        // both texts say which district, and it is one ("in Kanoma village in the Maru Local Government Area" and "a
        // community in Maru Local Government Area"): where the gazetteer cannot tell more, they meet in that district
        boolean district = (fit == Fit.UNPLACED || fit == Fit.WITHIN) && oneDistrict(a, b, k);
        // two places near each other, or one inside the other, are evidence only for the same day: on other days
        // they are as likely the next incident nearby
        boolean sameDay = !dated || gap == 0;
        if (strict && !marked && !c.anyDay() && fit == Fit.NEAR && !sameDay && small(a.count(), k)
                && small(b.count(), k) && IncidentSignals.similarity(a.sketch(), b.sketch()) < NEAR_DUPLICATE_TEXT) {
            // a boy shot in Balata camp, east of Nablus, on Wednesday and a man shot in a camp near Tubas on Thursday:
            // two towns of two names a few km apart on two days are the next incident nearby, whatever the weapon and
            // target words they share (a small toll, a raid, a camp), unless the texts repeat each other
            return Verdict.blocked("near town on another day");
        }
        score += switch (fit) {
            case SAME -> add(k, samePlace(a, b), signals)
                    + (dated && gap == 0 && (!coarse(a.place()) || capital)
                            ? add(k, Signal.SAME_DAY_SAME_PLACE, signals) : 0);
            case NAMED -> add(k, Signal.NAMED_PLACE, signals);
            case NEAR -> sameDay ? add(k, Signal.NEAR_TOWN, signals) : 0;
            case WITHIN -> sameDay ? add(k, Signal.WITHIN_COARSE_PLACE, signals) : 0;
            default -> 0;
        };
        if (district && sameDay) {
            score += add(k, Signal.SAME_PLACE_DISTRICT, signals);
        }
        if (fit == Fit.WITHIN) {
            // "a soldier killed on the east bank of the Tigris in northern Salahaddin" and al-Shirqat: the area report
            // says which part of it, and the other's place lies there (by the area's centre point); one that lies
            // clearly in the other part ("eastern Burkina Faso" and a town of its west) is another incident
            int ab = partOf(a, b, k);
            int ba = partOf(b, a, k);
            if ((ab < 0 || ba < 0) && strict && !marked) {
                return Verdict.blocked("other part");
            }
            if ((ab > 0 || ba > 0) && sameDay && !country(a.place()) && !country(b.place())) {
                // (a province's part only: a country's part, "northern Burkina Faso", still holds too many incidents
                // a day for its only story to be the one)
                score += add(k, Signal.SAME_PART, signals);
            }
        }

        if (!strict && a.type().victimIsPrincipal() && dated && gap >= 2 && !marked && !c.anyDay()
                && a.count() == null && b.count() == null
                && IncidentSignals.similarity(a.sketch(), b.sketch()) < NEAR_DUPLICATE_TEXT) {
            // "dozens of families fled" a gang attack in a town on Tuesday and "people are fleeing" another on
            // Thursday: a lenient loss (a displacement) told without a figure, its days two apart, has nothing but the
            // town to be one by, and a town sees people flee again; an act (a capture, an offensive) may be told days
            // apart, and a figure on both sides is compared below
            return Verdict.blocked("uncounted loss on another day");
        }
        if (strict && dated && gap >= 2 && !marked && !c.anyDay() && small(a.count(), k) && small(b.count(), k)
                && IncidentSignals.similarity(a.sketch(), b.sketch()) < NEAR_DUPLICATE_TEXT) {
            // a man shot dead in a town on Tuesday and another on Thursday, an air strike there on each day: small
            // tolls and strikes recur there every few days, two days apart they are two incidents unless the texts
            // repeat each other
            return Verdict.blocked("small figure on another day");
        }
        if (strict && dated && gap >= 2 && !marked && !c.anyDay() && !c.growingFigures() && a.count() != null
                && b.count() != null && (a.date().isAfter(b.date()) ? a.count() < b.count() : b.count() < a.count())) {
            // four wounded by a motorbike bomb in a town on Monday and two by a car bomb there on Wednesday: a toll
            // told two days on is the incident's final one, as high as the first or risen, not lower
            return Verdict.blocked("lower figure later");
        }
        if (a.count() != null && b.count() != null) {
            if (a.count().equals(b.count())) {
                score += add(k, figureSignal(a.count(), k), signals);
            } else if (c.growingFigures()) {
                // a toll that changes as reports come in: evidence as strong as the smaller figure's
                score += add(k, figureSignal(Math.min(a.count(), b.count()), k), signals);
                signals.set(signals.size() - 1, "growing-figure");
            } else if (!compatibleFigures(a, b, k) && !marked) {
                return Verdict.blocked("figures");
            } else if (!small(Math.min(a.count(), b.count()), k) || risen(a, b, k) || risen(b, a, k)) {
                // "nine killed" and, later, "11 killed" in Tsafe: an early toll of four or more and its update, a few
                // apart, is evidence as a small figure is (never as the same medium figure: the next incident of the
                // area may kill one more or less); so is a small one the later text says rose ("at least three
                // civilians killed near Oicha" and "the toll ... has risen to four")
                score += add(k, Signal.SAME_FIGURE_SMALL, signals);
                signals.set(signals.size() - 1, "updated-figure");
            }
        } else if (a.count() != null || b.count() != null) {
            // a figure on one side only: both dated, and for a loss (the figure is its substance) the same day; an
            // act's figure (troops sent, targets hit) varies by outlet and decides nothing
            if (!dated || gap != 0 && a.type().victimIsPrincipal()) {
                return Verdict.blocked("figure on one side");
            }
        }

        if (a.other() != null && b.other() != null) {
            if (Principals.compatible(a.type(), a.other(), b.other())
                    || Principals.compatible(a.type(), b.other(), a.other())) {
                score += add(k, Signal.SAME_PERPETRATOR, signals);
            } else if (k.confused(a.other(), b.other()) || militiaOrRebels(a, b) || militiaOrRebels(b, a)
                    || sameToll(a, b) && Principals.readByPlace(a.other(), b.other(), a.place(), b.place())) {
                // (or, with one toll, one armed group whose country two outlets read differently, one of them by
                // where it happened, incident/borderless-roles.tsv: "Boko Haram fighters raided a village in Kolofata
                // district" and "jihadists killed two people in a night raid near Kolofata in Cameroon's Far North")
                // parties whose acts outlets attribute to one another ("Russian or Syrian government aircraft"):
                // neither evidence nor a block
            } else if (strict && !(sameLargeFigure(a, b, k) && dated && gap == 0)
                    && !(fit == Fit.SAME && !coarse(a.place()) && !coarse(b.place()) && dated && gap == 0
                            && a.count() != null && a.count().equals(b.count()) && !small(a.count(), k)
                            && !otherWeapons(a, b))
                    && !(townDay(fit, a, b, dated, gap) && a.count() != null && a.count().equals(b.count())
                            && common(a.targets(), b.targets()) != null && common(a.weapons(), b.weapons()) != null)) {
                // (and so is one toll in one town on one day told with the same weapon and the same target: "a hand
                // grenade thrown into a busy restaurant in Hamarweyne district of Mogadishu killed three" and the log's
                // "a grenade thrown into a restaurant in Hamar Weyne, Mogadishu, killed three", which gives the police
                // as its party; what tells the incidents of a town's day apart is all there)
                // (the same large toll on the same day is one incident told by two sides: "Israeli strikes killed
                // 558" and a report blaming another party; so is the same medium toll in one town on one day, which
                // another incident of the town's day rarely repeats, unless the two tell two ways of killing: "seven
                // killed during an incursion by the Viv Ansanm coalition into Solino" and a report that gives the
                // police as its party, but not "Russian air strikes killed four" and "rebel shelling killed four" in
                // Idlib city; a small figure is too common to say so)
                return Verdict.blocked("other party");
            }
        }
        if (!a.targets().isEmpty() && !b.targets().isEmpty()) {
            String common = common(a.targets(), b.targets());
            if (common != null) {
                score += add(k, Signal.SAME_TARGET, signals);
                signals.set(signals.size() - 1, "same-target:" + common);
            } else if (strict && !marked) {
                return Verdict.blocked("targets");
            }
        }
        String weapon = common(a.weapons(), b.weapons());
        if (weapon != null) {
            score += add(k, Signal.SAME_WEAPON, signals);
            signals.set(signals.size() - 1, "same-weapon:" + weapon);
        }
        if (a.equipment() != null) {
            score += add(k, Signal.SAME_EQUIPMENT, signals);
        }
        // (compared last: the blocks above settle most pairs without it)
        if (marked || IncidentSignals.similarity(a.sketch(), b.sketch()) >= NEAR_DUPLICATE_TEXT) {
            score += add(k, Signal.NEAR_DUPLICATE, signals);
        }
        if (a.urlFamily() != null && a.urlFamily().equals(b.urlFamily())) {
            score += add(k, Signal.SAME_URL_FAMILY, signals);
        }
        boolean join = !strict || score >= k.threshold(a.type());
        if (join && strict && fit == Fit.NEAR && !marked && !distinguished(signals)) {
            // two towns of two names a few km apart are two places: the day, a small figure and a weapon are what
            // every incident of the area that day shares; it takes what tells one incident from the next (the same
            // target, a figure of 4 and more, a repeated text)
            join = false;
        }
        if (partyless && !marked && (a.principal() == null) != (b.principal() == null) && weapon == null) {
            // one outlet gives the party, the other none: the town and day join them only with what tells one
            // incident of the town's day from the next (a weapon or target both name, a toll of four and more): a
            // roadside bomb in Mogadishu and al-Shabaab's attack on a convoy leaving it that day are two
            join = false;
        }
        if (partyless && !(dated && gap == 0 && (fit == Fit.SAME || fit == Fit.NAMED || fit == Fit.NEAR))
                && !marked) {
            // an incident told without its party ("a magnetic bomb went off in Kabul") is known by where and when
            // only: the same town (or one named by the other) on the same day; a bomb in the city the next day, or a
            // place nothing locates, is as likely the next one
            join = false;
        }
        boolean alone = false;
        // a district both name, or both placed in one district, short of the points: one area too (a district
        // holds several incidents a day, fewer than a province), joined as its only candidate
        // ... or a district and a place, one of which the gazetteer cannot put on the map, both of one province it
        // knows ("Mora" and "the Mayo-Sava division of the Far North", a division without coordinates): nothing says
        // whether the district holds the town, but the province holds both (two towns of two names are two places:
        // "near Qoryoley" and "in Awdheegle", both of Lower Shabelle, are two)
        // ... and a province (or country) report beside a place the gazetteer cannot put on the map meets it only in
        // the area, however much else agrees, as it meets a placed town of it: "an air strike killed six in Lower
        // Shabelle" joins the strike "near Kunyo Barrow" as the region's only story, not by its points
        boolean area = !join && (district || fit == Fit.SAME && district(a.place()) && district(b.place())
                || fit == Fit.UNPLACED && (district(a.place()) && !townNamed(a, k) || district(b.place())
                        && !townNamed(b, k)) && sameProvince(a.place(), b.place()))
                || fit == Fit.UNPLACED && (coarse(a.place()) || coarse(b.place()));
        if (strict && !marked && (!sameLargeFigure(a, b, k) || nation)
                && (fit == Fit.WITHIN || area || fit == Fit.SAME && coarse(a.place()) && coarse(b.place()))
                && !signals.contains(Signal.NEAR_DUPLICATE.label)) {
            // they meet only in an area that holds the other's place (a town of the province or district the other
            // names, or both name only the province): many incidents a day share an area, so whatever the other
            // evidence this joins only the one candidate of the lookup so placed ("three policemen killed in
            // Ghazni" and the Andar report, unless Qarabagh also lost three that day), and only with what tells
            // the incidents of one area apart: a toll both give, or the kind of equipment lost (an attack without
            // a figure is told by every outlet of the area's day). The same large toll (10 and more) is rarely
            // another incident of the area, nor is a sentence two articles repeat: they join by their points as before
            // ("13 Turkish soldiers killed" in Idlib)
            join = false;
            // (a toll on both sides, neither a single death: an area has many single deaths a day; or one toll told
            // by both with the same perpetrator, target and weapon: "a Ukrainian drone struck a car in Belgorod region,
            // killing the driver" and the Shebekino report of a drone on a car)
            boolean substance = a.count() != null && b.count() != null && a.count() > 1 && b.count() > 1
                    || a.equipment() != null
                    || a.count() != null && a.count().equals(b.count()) && signals.contains(Signal.SAME_PERPETRATOR.label)
                    && signals.stream().anyMatch(x -> x.startsWith(Signal.SAME_TARGET.label))
                    && signals.stream().anyMatch(x -> x.startsWith(Signal.SAME_WEAPON.label));
            // (a country holds too many incidents a day for its only story to be the one, unless more than the
            // figure tells them apart: the weapon, the target, the perpetrator beside it)
            boolean country = nation || country(a.place()) || country(b.place());
            int bar = k.points(country ? Signal.COUNTRY_ALONE : Signal.COARSE_PLACE_ALONE);
            alone = dated && gap == 0 && substance && score >= bar
                    && !namesOtherArea(a, b, k) && !namesOtherArea(b, a, k);
            if (!alone && dated && gap == 0 && substance && fit == Fit.UNPLACED
                    && score + k.points(Signal.WITHIN_COARSE_PLACE) >= bar
                    && (districtInProvince(a.place(), b.place()) || districtInProvince(b.place(), a.place()))) {
                // "a hamlet of the rural commune of Banibangou", a district the gazetteer cannot put on the map but
                // puts in a province, beside "a hamlet in Tillaberi region" that day: short of the point a placed town
                // of the province would have, it is still a candidate so placed, and the province report's story is
                // no more the placed town's (the Ouallam report) than the district's; never taken itself
                alone = true;
                signals.add(UNMAPPED_DISTRICT);
            }
            if (alone && score < bar + 1 && a.count() != null && b.count() != null && !a.count().equals(b.count())
                    && !signals.contains("updated-figure")) {
                // two tolls that differ (two soldiers and three), an early one and its update or two incidents', are
                // no evidence: the signal a toll both give would have brought takes another in its place (a weapon
                // beside the target). Short of it, the candidate still tells that the area's day holds an incident
                // so placed, which keeps the report from another candidate of the area, but is never taken itself
                signals.add(OTHER_TOLL);
            }
            if (alone && otherWeapons(a, b)) {
                // "a roadside mine hit a police vehicle in Chaparhar district" beside "gunmen killed two police
                // officers in Nangarhar" that day: a candidate of the area that tells another way of killing is less
                // likely the one than a candidate telling the same way (the shooting in Ghani Khel), by a weapon's
                // points; it still counts as a candidate so placed, and is taken when it is the only one
                score -= k.points(Signal.SAME_WEAPON);
                signals.add(OTHER_WEAPON);
            }
        }
        return new Verdict(join, score, List.copyOf(signals), null, alone);
    }

    /**
     * Whether {@code later}, dated the day after {@code earlier}, may be of {@code earlier}'s day: "same-day-named"
     * when its text names that weekday (the day it happened, its own date being the day its source spoke);
     * "same-day-spoken" when the only weekday it names is its own date's, as the day its source spoke ("said
     * Thursday": {@link IncidentSignals#SPOKEN}), which tells when it was told, not when it happened;
     * "same-day-before" when its text puts the incident on the day before ({@link IncidentSignals#DAY_BEFORE}); else
     * null.
     */
    private static String dayOf(Incident later, Incident earlier, IncidentSignals k) {
        if (later.names().contains(weekday(earlier, k))) {
            return "same-day-named";
        }
        if (later.names().contains(IncidentSignals.DAY_BEFORE)) {
            return "same-day-before"; // "attacked a military post ... the day before"
        }
        if (!later.names().contains(IncidentSignals.SPOKEN + weekday(later, k))) {
            return null;
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (later.names().contains(k.placeKey(d.getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH)))) {
                return null; // it also names a day of its own: that one is when it happened
            }
        }
        return "same-day-spoken";
    }

    /**
     * True when both are dated and of one day: the same date, or a day apart with the later naming the earlier's day
     * ({@link #dayOf}).
     */
    private static boolean oneDay(Incident a, Incident b, IncidentSignals k) {
        if (a.date() == null || b.date() == null) {
            return false;
        }
        long gap = ChronoUnit.DAYS.between(b.date(), a.date());
        return gap == 0 || gap == 1 && dayOf(a, b, k) != null || gap == -1 && dayOf(b, a, k) != null;
    }

    /**
     * True when the two places have one name, or one is the short form of the other ({@link IncidentSignals#shortForm}:
     * "Fada" and "Fada N'Gourma").
     */
    private static boolean sameName(Incident a, Incident b, IncidentSignals k) {
        return a.location() != null && b.location() != null
                && (k.placeKey(a.location()).equals(k.placeKey(b.location())) || k.shortForm(a.location(), b.location())
                        || k.shortForm(b.location(), a.location()));
    }

    /** The weekday of the report's date, as {@link IncidentSignals#names} gives it. */
    private static String weekday(Incident x, IncidentSignals k) {
        return k.placeKey(x.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH));
    }

    /** True when {@code x} has no place and its text names {@code y}'s, as itself or as a province. */
    private static boolean placedByText(Incident x, Incident y, IncidentSignals k) {
        if (x.location() != null || y.location() == null) {
            return false;
        }
        String key = k.placeKey(y.location());
        return x.names().contains(key) || coarse(y.place()) && x.names().contains(IncidentSignals.PROVINCE + key);
    }

    /**
     * True when {@code x} is placed in a province whose name its text gives bare (not "Kherson region", "Kherson
     * district", "the Kherson countryside": {@link IncidentSignals#calledArea}) and {@code y}, whose text names it too,
     * in the town of that name, which the gazetteer puts in that province: the province's namesake town, which a bare
     * name means as often. (A place the text does not name, the article's, says nothing of which the text meant.)
     */
    private static boolean bareCapital(Incident x, Incident y, IncidentSignals k) {
        Place px = x.place();
        Place py = y.place();
        if (px == null || py == null || px.precision() != Place.Precision.ADMIN1
                || py.precision() != Place.Precision.TOWN || x.location() == null || y.location() == null) {
            return false;
        }
        String key = k.placeKey(x.location());
        return key.equals(k.placeKey(y.location())) && x.names().contains(key) && y.names().contains(key)
                && !k.calledArea(x.location(), x.names()) && province(px) != null && province(px).equals(province(py));
    }

    /**
     * True when {@code a} is of a town and {@code b} of that town's countryside only (a report "near" the town is of
     * its edge or around it, which the countryside holds: "clashes near Abu Rasin" and "clashes in the countryside of
     * Abu Rasin").
     */
    private static boolean townAndCountryside(Incident a, Incident b, IncidentSignals k) {
        return a.location() != null && b.location() != null && !coarse(a.place())
                && !k.calledArea(a.location(), a.names()) && k.countrysideOf(b.location(), b.names())
                && k.placeKey(a.location()).equals(k.placeKey(b.location())) && !k.nearby(a.location(), a.names());
    }

    /**
     * True when both places are towns' or villages' names (the caller knows the gazetteer cannot place one of them):
     * not a province, a district or a road (a road and a village on it may be one place), and a figure is small or
     * missing: many small incidents a day, few with tolls of four and more that the two reports would share. Two towns
     * the gazetteer knows by name are two places whatever the figure ("four civilians killed near Fataki" and "near
     * Mongbwalu", both in Djugu territory, both by CODECO, on one day): a shared toll of four does not make one of them.
     */
    private static boolean twoVillages(Incident a, Incident b, IncidentSignals k) {
        return village(a, k) && village(b, k) && !oneDistrict(a, b, k) && (small(a.count(), k) || small(b.count(), k)
                || known(a.place()) && known(b.place()));
    }

    /** A town the gazetteer knows by name, though perhaps not where it lies. */
    private static boolean known(Place p) {
        return p != null && p.name() != null && p.precision() == Place.Precision.TOWN && p.admin1() != null;
    }

    /** A town's or village's name, placed by the gazetteer or not (a road, a district, a province are none). */
    private static boolean village(Incident x, IncidentSignals k) {
        Place p = x.place();
        if (p == null || p.precision() != null && p.precision() != Place.Precision.TOWN) {
            return false;
        }
        String name = x.location();
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i))) {
                return false; // "the M4", "Highway 1"
            }
        }
        // (a place the text gives only as a landmark, "a hideout east of Samarra", is not where it happened)
        return !k.lineName(name) && !(p.name() != null && k.lineName(p.name())) && !k.calledArea(name, x.names())
                && !k.onlyBearing(name, x.names());
    }

    /** True when the signals tell one incident from another of the same area and day, beyond the day and weapon. */
    private static boolean distinguished(List<String> signals) {
        for (String s : signals) {
            if (s.startsWith(Signal.SAME_TARGET.label) || s.equals(Signal.SAME_FIGURE_MEDIUM.label)
                    || s.equals(Signal.SAME_FIGURE_LARGE.label) || s.equals(Signal.NEAR_DUPLICATE.label)
                    || s.equals(Signal.SAME_URL_FAMILY.label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when both texts say which district ({@link IncidentSignals#AREA} names), none the same, and neither is the
     * other's place.
     */
    static boolean otherDistricts(Incident a, Incident b, IncidentSignals k) {
        List<String> as = IncidentSignals.areas(a.names());
        if (as.isEmpty()) {
            return false;
        }
        List<String> bs = IncidentSignals.areas(b.names());
        if (bs.isEmpty()) {
            return false;
        }
        for (String x : as) {
            if (bs.contains(x)) {
                return false;
            }
        }
        String pa = a.location() == null ? null : k.placeKey(a.location());
        String pb = b.location() == null ? null : k.placeKey(b.location());
        return !as.contains(pb) && !bs.contains(pa);
    }

    /**
     * True when both texts name one district ({@link #sameDistrictNamed}), or one text calls the other's place its
     * district ("El Plateado, in the municipality of Argelia" and a report placed at Argelia, the municipality's town):
     * the district holds both, a place the gazetteer cannot put on the map and the district's town.
     */
    private static boolean oneDistrict(Incident a, Incident b, IncidentSignals k) {
        return sameDistrictNamed(a, b) || districtOfOther(a, b, k) || districtOfOther(b, a, k);
    }

    /**
     * True when {@code x}'s text calls {@code y}'s place a district ({@link IncidentSignals#AREA}) and {@code y} is
     * placed in that district or its town (the gazetteer gives no other district for it).
     */
    private static boolean districtOfOther(Incident x, Incident y, IncidentSignals k) {
        Place p = y.place();
        if (y.location() == null || p == null || coarse(p) || x.location() == null
                || k.placeKey(x.location()).equals(k.placeKey(y.location()))) {
            return false;
        }
        String key = k.placeKey(y.location());
        if (!x.names().contains(IncidentSignals.AREA + key)) {
            return false;
        }
        return p.precision() == Place.Precision.ADMIN2 || p.admin2() == null || p.admin2().name() == null
                || k.placeKey(p.admin2().name()).equals(key);
    }

    /**
     * True when {@code x} is placed in a district or a province whose text names a part of it where it happened ("the
     * Datta Khel area of North Waziristan", "a village in Gubio Local Government Area of Borno": {@link
     * IncidentSignals#SPOT} and {@link IncidentSignals#AREA} names other than its place), and {@code y} in a town or village of another name ("near Mir Ali in North
     * Waziristan") that neither text names beside the other's: two places of the area.
     */
    private static boolean partElsewhere(Incident x, Incident y, IncidentSignals k) {
        Place px = x.place();
        Place py = y.place();
        if (px == null || py == null || x.location() == null || y.location() == null
                || px.precision() != Place.Precision.ADMIN2 && px.precision() != Place.Precision.ADMIN1
                || py.precision() != null && py.precision() != Place.Precision.TOWN
                || k.onlyBearing(y.location(), y.names())) {
            // (a place reckoned from a town, "80 kilometres northwest of Maiduguri", is not the town)
            return false;
        }
        String own = k.placeKey(x.location());
        String other = k.placeKey(y.location());
        if (other.equals(own) || x.names().contains(other) || x.names().contains(IncidentSignals.AREA + other)) {
            return false;
        }
        // (the district the gazetteer puts the town in may be the part the text names)
        String district = py.admin2() == null || py.admin2().name() == null ? null : k.placeKey(py.admin2().name());
        boolean part = false;
        List<String> areas = new ArrayList<>(IncidentSignals.areas(x.names()));
        areas.addAll(IncidentSignals.spots(x.names()));
        for (String area : areas) {
            if (area.equals(other) || area.equals(district) || y.names().contains(area)
                    || y.names().contains(IncidentSignals.AREA + area)) {
                return false;
            }
            // (an area the text also calls a province holds the place: "Qarabagh district of Ghazni province")
            part |= !area.equals(own) && !x.names().contains(IncidentSignals.PROVINCE + area);
        }
        return part;
    }

    /**
     * True when {@code x}, which the gazetteer reads as a district, is given by its text as a town near which it
     * happened ("near Banibangou, in the north of the Tillaberi region"): the district's seat, not the district that
     * might hold the other's town.
     */
    private static boolean townNamed(Incident x, IncidentSignals k) {
        return x.location() != null && k.nearby(x.location(), x.names()) && !k.calledArea(x.location(), x.names());
    }

    /** True when both texts name one district ({@link IncidentSignals#AREA} names). */
    private static boolean sameDistrictNamed(Incident a, Incident b) {
        List<String> as = IncidentSignals.areas(a.names());
        if (as.isEmpty()) {
            return false;
        }
        for (String x : IncidentSignals.areas(b.names())) {
            if (as.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code x} is placed in a district its text calls so and names another area inside it ("the Marhanets
     * community of Nikopol district"), and {@code y}, of the same name, in a town its text does not call a district:
     * the text says where in the district, and the district's town is where it did not happen ("in Qarabagh district"
     * alone, naming no part of it, is the district's town as reports give it).
     */
    private static boolean districtOfTown(Incident x, Incident y, IncidentSignals k) {
        if (!district(x.place()) || y.place() == null || y.place().precision() != Place.Precision.TOWN) {
            return false;
        }
        String own = k.placeKey(x.location());
        List<String> areas = IncidentSignals.areas(x.names());
        if (!areas.contains(own) || y.names().contains(IncidentSignals.AREA + own)) {
            return false;
        }
        for (String area : areas) {
            // (another area the text also calls a province, "Qarabagh district of Ghazni province", holds it)
            if (!area.equals(own) && !x.names().contains(IncidentSignals.PROVINCE + area)) {
                return true;
            }
        }
        return false;
    }

    /** True when the two reports meet in one town (the same or one named by the other's text) on one day. */
    private static boolean townDay(Fit fit, Incident a, Incident b, boolean dated, long gap) {
        return (fit == Fit.SAME || fit == Fit.NAMED) && !coarse(a.place()) && !coarse(b.place()) && dated && gap == 0;
    }

    /**
     * Whether {@code x}, a province or a country whose text qualifies its name with a compass word ("in eastern
     * Burkina Faso", "western Niger": {@link IncidentSignals#PART}), holds {@code y}'s place in that part: 1 when
     * {@code y}'s place lies at least {@code part-margin-km} (weights.tsv) that way from the area's centre point on
     * every named side, -1 when it lies that far the other way on one, 0 when neither or nothing says.
     */
    static int partOf(Incident x, Incident y, IncidentSignals k) {
        Place px = x.place();
        Place py = y.place();
        if (!coarse(px) || coarse(py) || unplaced(px) || unplaced(py) || x.location() == null) {
            return 0;
        }
        String key = k.placeKey(x.location());
        String halves = null;
        for (String n : x.names()) {
            int cut = n.startsWith(IncidentSignals.PART) ? n.indexOf(IncidentSignals.PART, 1) : -1;
            if (cut > 0 && n.regionMatches(cut + 1, key, 0, key.length()) && n.length() == cut + 1 + key.length()) {
                halves = (halves == null ? "" : halves) + n.substring(1, cut);
            }
        }
        if (halves == null) {
            return 0;
        }
        double margin = k.points(Signal.PART_MARGIN_KM);
        double north = (py.latitude() - px.latitude()) * KM_PER_DEGREE_LATITUDE;
        double east = (py.longitude() - px.longitude()) * KM_PER_DEGREE_LATITUDE
                * Math.cos(Math.toRadians((py.latitude() + px.latitude()) / 2));
        boolean all = true;
        for (int i = 0; i < halves.length(); i++) {
            double d = switch (halves.charAt(i)) {
                case 'n' -> north;
                case 's' -> -north;
                case 'e' -> east;
                default -> -east;
            };
            if (d <= -margin) {
                return -1;
            }
            all &= d >= margin;
        }
        return all ? 1 : 0;
    }

    /** A town the gazetteer puts on the map. */
    private static boolean mappedTown(Place p) {
        return p != null && p.precision() == Place.Precision.TOWN && !unplaced(p);
    }

    /** True when the gazetteer gives both places a country and they are two. */
    private static boolean twoCountries(Place a, Place b) {
        return a != null && b != null && a.country() != null && b.country() != null && !a.country().equals(b.country());
    }

    /** True when the gazetteer gives both places a province and it is one. */
    private static boolean sameProvince(Place a, Place b) {
        String pa = province(a);
        return pa != null && pa.equals(province(b));
    }

    /**
     * True when {@code d} is a district the gazetteer cannot put on the map but puts in a province, and {@code p} is
     * that province (not a town of it, nor another district).
     */
    private static boolean districtInProvince(Place d, Place p) {
        return d != null && p != null && district(d) && unplaced(d) && p.precision() == Place.Precision.ADMIN1
                && sameProvince(d, p);
    }

    /** True when the gazetteer gives both places a province and they are two. */
    private static boolean otherProvinces(Place a, Place b) {
        String pa = province(a);
        String pb = province(b);
        return pa != null && pb != null && !pa.equals(pb);
    }

    /** The code of the province the gazetteer gives the place, null when none. */
    private static String province(Place p) {
        return p == null || p.admin1() == null ? null : p.admin1().code();
    }

    /**
     * True when nothing places the report in a country: the gazetteer knows nothing of its place (no coordinates, no
     * province, no country) and its parties are of no country ("CVL", "MIL").
     */
    private static boolean nowhere(Incident x) {
        Place p = x.place();
        return (p == null || p.latitude() == null && p.admin1() == null && p.country() == null)
                && countryless(x.principal()) && countryless(x.other());
    }

    private static boolean countryless(String party) {
        return party == null || party.length() <= 3;
    }

    /**
     * True when {@code x} is placed in a province and {@code y} in a town or district the gazetteer puts in another
     * province (though perhaps not on the map), and {@code y}'s text gives its place as where it happened, not only
     * as a landmark, nor names {@code x}'s province as its own.
     */
    private static boolean provinceOverTheBorder(Incident x, Incident y, IncidentSignals k) {
        Place px = x.place();
        Place py = y.place();
        return px != null && py != null && px.precision() == Place.Precision.ADMIN1 && !coarse(py)
                && otherProvinces(px, py) && y.location() != null && !k.onlyBearing(y.location(), y.names())
                && !namesProvince(y, x, k);
    }

    private static boolean unplaced(Place p) {
        return p == null || p.latitude() == null || p.longitude() == null;
    }

    private static boolean district(Place p) {
        return p != null && p.precision() == Place.Precision.ADMIN2;
    }

    /** True when the gazetteer gives both places one district code (one district of two names). */
    private static boolean sameDistrictCode(Place a, Place b) {
        return a.admin2() != null && b.admin2() != null && a.admin2().code() != null
                && a.admin2().code().equals(b.admin2().code());
    }

    private static boolean country(Place p) {
        return p != null && p.precision() == Place.Precision.COUNTRY;
    }

    /** No figure, or a small one. */
    private static boolean small(Long count, IncidentSignals k) {
        return count == null || count <= k.points(Signal.SMALL_FIGURE_MAX);
    }

    private static int add(IncidentSignals k, Signal signal, List<String> signals) {
        signals.add(signal.label);
        return k.points(signal);
    }

    /**
     * True when {@code x}'s place, which the gazetteer cannot put on the map, is the short form of {@code y}'s, which it
     * can ({@link IncidentSignals#shortForm}: "Tuz" and "Tuz Khurmatu"), of no other country.
     */
    private static boolean shortened(Incident x, Incident y, IncidentSignals k) {
        return unplaced(x.place()) && !unplaced(y.place()) && (x.place() == null || x.place().country() == null
                || x.place().country().equals(y.place().country())) && k.shortForm(x.location(), y.location());
    }

    /**
     * True when {@code x} gives no place, {@code y} is placed in a country, and {@code x}'s principal is that country's
     * nationals (its code begins with the country's: "MLIMIL" and a town of Mali).
     */
    private static boolean nationals(Incident x, Incident y) {
        String here = x.location() == null && y.location() != null && y.place() != null
                ? Principals.country3(y.place().country()) : null;
        return here != null && x.principal() != null && x.principal().length() > 3
                && x.principal().startsWith(here);
    }

    /** True when both name weapons ({@code signals.tsv}) and none in common: two ways of killing. */
    private static boolean otherWeapons(Incident a, Incident b) {
        return !a.weapons().isEmpty() && !b.weapons().isEmpty() && common(a.weapons(), b.weapons()) == null;
    }

    private static String common(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return x;
            }
        }
        return null;
    }

    /**
     * True when {@code x}'s perpetrator has the role of state forces because its text calls it a militia
     * ({@link IncidentSignals#MILITIA}: "militiamen stormed a camp") and {@code y}'s is of the same country with the
     * rebels' role ("an attack by CODECO militiamen"): one group, which outlets name or do not.
     */
    private static boolean militiaOrRebels(Incident x, Incident y) {
        return oneCountry(x.other(), "MIL", y.other(), "REB") && x.names().contains(IncidentSignals.MILITIA);
    }

    /**
     * True when {@code x}'s victims have the role of state forces and {@code y}'s, of the same country, the civilians',
     * and one of the texts calls them a militia or auxiliaries ({@link IncidentSignals#MILITIA}: "four members of a
     * civilian militia", "five civilian auxiliaries of the army", and "four VDP"): one group that outlets code either
     * way. The caller asks for the same toll.
     */
    private static boolean militiaOrCivilians(Incident x, Incident y) {
        return oneCountry(x.principal(), "MIL", y.principal(), "CVL")
                && (x.names().contains(IncidentSignals.MILITIA) || y.names().contains(IncidentSignals.MILITIA));
    }

    /** True when {@code a} is a country's code of role {@code roleA} and {@code b} the same country's of {@code roleB}. */
    private static boolean oneCountry(String a, String roleA, String b, String roleB) {
        return a != null && b != null && a.length() == 6 && b.length() == 6 && a.endsWith(roleA) && b.endsWith(roleB)
                && a.regionMatches(0, b, 0, 3);
    }

    /** True when both give a figure and it is one. */
    private static boolean sameToll(Incident a, Incident b) {
        return a.count() != null && a.count().equals(b.count()) && a.type().victimIsPrincipal();
    }

    private static boolean sameLargeFigure(Incident a, Incident b, IncidentSignals k) {
        return a.count() != null && a.count().equals(b.count()) && a.count() > k.points(Signal.MEDIUM_FIGURE_MAX);
    }

    private static Signal figureSignal(long n, IncidentSignals k) {
        return n <= k.points(Signal.SMALL_FIGURE_MAX) ? Signal.SAME_FIGURE_SMALL
                : n <= k.points(Signal.MEDIUM_FIGURE_MAX) ? Signal.SAME_FIGURE_MEDIUM : Signal.SAME_FIGURE_LARGE;
    }

    /**
     * Ranges that overlap, or figures at most {@code figure-update-difference} apart (weights.tsv): an early toll and
     * its update, "at least three" and four. Further apart they are two tolls, whatever their size: an incident's
     * figure is what tells it from the next one at the same place and day.
     */
    static boolean compatibleFigures(Incident a, Incident b, IncidentSignals k) {
        long aHigh = a.countHigh() != null ? a.countHigh() : a.count();
        long bHigh = b.countHigh() != null ? b.countHigh() : b.count();
        if (a.count() <= bHigh && b.count() <= aHigh) {
            return true;
        }
        return Math.abs(a.count() - b.count()) <= k.points(Signal.FIGURE_UPDATE_DIFFERENCE) || risen(a, b, k)
                || risen(b, a, k);
    }

    /**
     * True when {@code later}'s text says its toll rose ({@link IncidentSignals#RISEN}: "has risen to seven", "raising an
     * earlier toll of four") and {@code earlier}'s lower figure may be that earlier toll: at most half of it missing
     * (four, then seven; 11, then 17), as {@link #compatibleFigures} reads a toll and its update.
     */
    static boolean risen(Incident later, Incident earlier, IncidentSignals k) {
        return later.count() != null && earlier.count() != null && later.count() > earlier.count()
                && earlier.count() > 0 && later.count() <= 2 * earlier.count()
                && later.names().contains(IncidentSignals.RISEN);
    }

    /** The signal of two places that are one: by the finer precision of the two. */
    private static Signal samePlace(Incident a, Incident b) {
        Place.Precision p = finer(a.place(), b.place());
        if (p == null) {
            return Signal.SAME_PLACE_UNKNOWN_PRECISION;
        }
        return switch (p) {
            case TOWN -> Signal.SAME_PLACE_TOWN;
            case ADMIN2 -> Signal.SAME_PLACE_DISTRICT;
            case ADMIN1 -> Signal.SAME_PLACE_PROVINCE;
            case COUNTRY -> Signal.SAME_PLACE_COUNTRY;
        };
    }

    private static Place.Precision finer(Place a, Place b) {
        Place.Precision pa = a == null ? null : a.precision();
        Place.Precision pb = b == null ? null : b.precision();
        if (pa == null) {
            return pb;
        }
        return pb == null || pa.ordinal() > pb.ordinal() ? pa : pb;
    }

    /** How the two places relate; the radius is the coarser place's (radii.tsv). */
    static Fit fit(Incident a, Incident b, IncidentSignals k) {
        if (a.location() == null || b.location() == null) {
            return Fit.UNKNOWN;
        }
        Place pa = a.place();
        Place pb = b.place();
        if (a.location().equalsIgnoreCase(b.location())
                || k.placeKey(a.location()).equals(k.placeKey(b.location()))) {
            if (twoCountries(pa, pb) && !unplaced(pa) && !unplaced(pb)) {
                // "Leer" of Unity State and "Leer" of Lower Saxony, both on the map: one name, two places (a report
                // read by the namesake is joined, if at all, as one: namesake in decide)
                return Fit.FAR;
            }
            if ((k.onlyDistant(a.location(), a.names()) && !k.onlyBearing(b.location(), b.names())
                    && !k.calledArea(b.location(), b.names())
                    || k.onlyDistant(b.location(), b.names()) && !k.onlyBearing(a.location(), a.names())
                    && !k.calledArea(a.location(), a.names()))
                    && !coarse(pa) && !coarse(pb)) {
                // "a base about 30 km northwest of Mogadishu" and "mortars hit a neighbourhood of Mogadishu": one text
                // gives the town only as the landmark it reckons a distance from, the other places it in the town;
                // a place some kilometres away is not the town, as two towns near each other are two places (a bare
                // bearing, "east of Taiz city", "south-west of Mayadin", is often the town's edge, and stays one place;
                // and a district of the town's name, "in the district of Macomia", holds a place "about 15 kilometres
                // from Macomia town")
                return Fit.NEAR;
            }
            if (districtOfTown(a, b, k) || districtOfTown(b, a, k)) {
                // "the Marhanets community of Nikopol district" and "shelling of Nikopol": a district named for its
                // town holds the town and the district's other towns, as a province its capital; the text that names
                // a part of it is of that part (namesOtherArea keeps it from joining the town as its only story)
                return Fit.WITHIN;
            }
            // one name, but a province and its capital town ("Marib province", "Marib city") are not one place
            return coarse(pa) == coarse(pb) ? Fit.SAME : Fit.WITHIN;
        }
        if ((unplaced(pa) || unplaced(pb)) && !twoCountries(pa, pb)) {
            // two spellings of one name the gazetteer cannot place ("Kafr Nabudah", "Kafr Nbouda"; a short one,
            // "al-Busaira" and "Al-Busayrah", by its glide): one place (not two names of two countries, "Mandera" in
            // Somalia's or Kenya's north-east and "Mandouri" in Togo, which share their consonants)
            String sa = k.skeleton(a.location());
            if (sa != null && sa.equals(k.skeleton(b.location()))
                    || k.glide(a.location()).equals(k.glide(b.location()))
                    || k.glide(b.location()).equals(k.ayin(a.location()))
                    || k.glide(a.location()).equals(k.ayin(b.location()))) {
                // (and "Bal'ad" and "Balcad": the apostrophe of the ayin, which Somali spelling writes c)
                return coarse(pa) == coarse(pb) ? Fit.SAME : Fit.WITHIN;
            }
            if (!coarse(pa) && !coarse(pb) && (shortened(a, b, k) || shortened(b, a, k))) {
                // "an attack on a PMF point in the Tuz district", which the gazetteer cannot place, and "villages south
                // of Tuz Khurmatu": outlets shorten the name to its first word; one place
                return Fit.SAME;
            }
        }
        if (pa == null || pb == null) {
            return Fit.FAR; // two names, nothing known of either: nothing says they are one place
        }
        if (pa.name() != null && pa.name().equalsIgnoreCase(pb.name()) && Objects.equals(pa.country(), pb.country())) {
            return coarse(pa) == coarse(pb) ? Fit.SAME : Fit.WITHIN;
        }
        if (pa.country() != null && pb.country() != null && !pa.country().equals(pb.country())) {
            return Fit.FAR;
        }
        if (pa.latitude() == null || pb.latitude() == null || pa.longitude() == null || pb.longitude() == null) {
            if (otherProvinces(pa, pb) && !coarse(pa) && !coarse(pb) && !k.onlyBearing(a.location(), a.names())
                    && !k.onlyBearing(b.location(), b.names())) {
                // "Kitshanga, in Masisi territory" (North Kivu) and "Djugu territory" (Ituri): the gazetteer cannot
                // place one of them, but it knows the province of each, two towns' or districts', and they are two (a
                // province report, or a landmark, "east of Samarra", may reach over a border the other lies on)
                return Fit.FAR;
            }
            if (district(pa) && district(pb) && !sameDistrictCode(pa, pb)) {
                // "a village in Nangade district" and "a village in Quissanga district": the gazetteer knows both as
                // districts, of two names, though it cannot place one of them; two districts are side by side, neither
                // holds the other (as two placed districts are compared below, as two towns)
                return Fit.FAR;
            }
            return Fit.UNPLACED; // a road or a name the gazetteer cannot place: nothing says it is elsewhere
        }
        if (pa.admin1() != null && pb.admin1() != null && pa.admin1().code() != null
                && !pa.admin1().code().equals(pb.admin1().code())
                && !k.onlyDistant(a.location(), a.names()) && !k.onlyDistant(b.location(), b.names())) {
            // (a place reckoned some km from a town, "a base about 30 km northwest of Mogadishu", may lie over the
            // town's provincial border, in Lower Shabelle's Afgooye: its landmark's province is not its own, and the
            // radius of a place of unknown precision decides)
            if (namesProvince(a, b, k) || namesProvince(b, a, k)) {
                // "the centre of Al-Zahir district in Al-Bayda governorate", which the gazetteer takes for the Az
                // Zahir of Al Jawf, and "a district centre in the central province of Bayda": the text says which
                // province holds the place, the other's, and the text knows better than a namesake's reading
                return Fit.WITHIN;
            }
            return Fit.FAR; // the gazetteer puts them in two provinces: near or not, neither holds the other
        }
        if ((pa.precision() == Place.Precision.ADMIN1) != (pb.precision() == Place.Precision.ADMIN1)
                && pa.admin1() != null && pb.admin1() != null && pa.admin1().code() != null
                && pa.admin1().code().equals(pb.admin1().code())) {
            // "the western state of Michoacan" and "near Aguililla", which the gazetteer puts in Michoacan 190 km
            // from the state's centre: the province holds its town however far from its centre point
            return Fit.WITHIN;
        }
        if ((pa.precision() == Place.Precision.ADMIN2 || pb.precision() == Place.Precision.ADMIN2)
                && pa.admin2() != null && pb.admin2() != null && pa.admin2().code() != null
                && !pa.admin2().code().equals(pb.admin2().code())) {
            return Fit.FAR; // a district and a place the gazetteer puts in another district: side by side
        }
        boolean districts = pa.precision() == Place.Precision.ADMIN2 && pb.precision() == Place.Precision.ADMIN2;
        // two districts of two names are two areas side by side, not one inside the other: compared as two towns
        double ra = k.radiusKm(districts ? Place.Precision.TOWN : pa.precision());
        double rb = k.radiusKm(districts ? Place.Precision.TOWN : pb.precision());
        if (ra < 0 || rb < 0) {
            return pa.country() != null && pa.country().equals(pb.country()) ? Fit.WITHIN : Fit.FAR;
        }
        double radius = Math.max(ra, rb);
        if (Math.abs(pa.latitude() - pb.latitude()) * KM_PER_DEGREE_LATITUDE > radius
                || km(pa.latitude(), pa.longitude(), pb.latitude(), pb.longitude()) > radius) {
            return Fit.FAR;
        }
        boolean towns = pa.precision() == Place.Precision.TOWN && pb.precision() == Place.Precision.TOWN || districts;
        return towns || pa.precision() == null && pb.precision() == null ? Fit.NEAR : Fit.WITHIN;
    }

    /**
     * True when one report's evidence names the other's place, a town or a district (that both name their province
     * says nothing).
     */
    private static boolean names(Incident a, Incident b, IncidentSignals k) {
        if (k.placeKey(a.location()).equals(k.placeKey(b.location()))) {
            return false; // one name: a province and its town, which naming does not make one place
        }
        // (or a longer form of it: "Butura" and "the Butura Kampani community in Bokkos LGA")
        return !coarse(a.place()) && (b.names().contains(k.placeKey(a.location()))
                || k.namesLongForm(a.location(), b.names()))
                || !coarse(b.place()) && (a.names().contains(k.placeKey(b.location()))
                        || k.namesLongForm(b.location(), a.names()));
    }

    /**
     * True when the text of the report the gazetteer puts on the map names the other's place, which it cannot put
     * there ("a raid on a village near the town of Eringeti", placed at its Beni dateline); or when it can place
     * neither.
     */
    private static boolean namedByThePlacedOne(Incident a, Incident b, IncidentSignals k) {
        if (unplaced(a.place()) && unplaced(b.place())) {
            return true;
        }
        Incident placed = unplaced(a.place()) ? b : a;
        Incident other = placed == a ? b : a;
        return placed.names().contains(k.placeKey(other.location()));
    }

    /**
     * True when {@code y} is a province and {@code x}, placed finer, calls {@code y}'s place a province in its text
     * ("in Al-Bayda governorate": {@link IncidentSignals#PROVINCE}): the text says the province holds {@code x}.
     */
    private static boolean namesProvince(Incident x, Incident y, IncidentSignals k) {
        return coarse(y.place()) && !coarse(x.place())
                && x.names().contains(IncidentSignals.PROVINCE + k.placeKey(y.location()));
    }

    /**
     * True when {@code x}'s text gives its own place only as a landmark ("between Mogadishu and Afgooye", "35 km from
     * Maiduguri": {@link IncidentSignals#BEARING}) and names {@code y}'s place, a town or a district, beside it: where
     * {@code x} happened is reckoned from places, one of which is {@code y}'s.
     */
    private static boolean reckonedFrom(Incident x, Incident y, IncidentSignals k) {
        if (x.location() == null || y.location() == null || coarse(y.place()) || !k.onlyBearing(x.location(), x.names())) {
            return false;
        }
        String key = k.placeKey(y.location());
        return x.names().contains(IncidentSignals.BEARING + key) || x.names().contains(key);
    }

    /**
     * True when {@code x} is placed finer than {@code y}, a province or a country, and its evidence names {@code y}'s
     * place: it says the area holds it.
     */
    private static boolean namesItsArea(Incident x, Incident y, IncidentSignals k) {
        return coarse(y.place()) && !coarse(x.place()) && x.names().contains(k.placeKey(y.location()));
    }

    /**
     * True when {@code x}'s place is an area the gazetteer cannot place, which its text calls a region and puts in the
     * province that holds {@code y}'s place ("the Tierra Caliente region of Michoacan" and "Tepalcatepec,
     * Michoacan"): the region may hold the town, as its province does, and they meet only in that area. (A district of
     * another name, "Awdheegle district of Lower Shabelle" beside "near Qoryoley", is beside the town, not around it.)
     */
    private static boolean regionOf(Incident x, Incident y, IncidentSignals k) {
        Place px = x.place();
        Place py = y.place();
        if (px == null || py == null || !unplaced(px) || coarse(py) || py.admin1() == null
                || py.admin1().name() == null || x.location() == null
                || px.precision() == Place.Precision.TOWN || px.precision() == Place.Precision.ADMIN2
                || px.country() != null && !px.country().equals(py.country())
                || !x.names().contains(IncidentSignals.PROVINCE + k.placeKey(x.location()))) {
            return false;
        }
        String province = k.placeKey(py.admin1().name());
        return !province.equals(k.placeKey(x.location())) && (x.names().contains(province)
                || x.names().contains(IncidentSignals.PROVINCE + province));
    }

    /**
     * True when {@code a}, the coarser report, names a district ("in Jibia Local Government Area of Katsina State")
     * that is neither {@code b}'s place nor a name {@code b} gives: it says where in the area it happened, elsewhere.
     */
    private static boolean namesOtherArea(Incident a, Incident b, IncidentSignals k) {
        if (!finerThan(b.place(), a.place())) {
            return false;
        }
        String own = k.placeKey(a.location()); // (the district it is placed in, which the radius compared)
        String place = k.placeKey(b.location());
        String name = b.place().name() == null ? place : k.placeKey(b.place().name());
        String district = b.place().admin2() == null || b.place().admin2().name() == null ? place
                : k.placeKey(b.place().admin2().name());
        // (nor the province that holds both: "in Kech district of Balochistan" names the district's province, which
        // holds Turbat too)
        String province = b.place().admin1() == null || b.place().admin1().name() == null ? place
                : k.placeKey(b.place().admin1().name());
        for (String area : IncidentSignals.areas(a.names())) {
            if (!area.equals(own) && !area.equals(place) && !area.equals(name) && !area.equals(district)
                    && !area.equals(province) && !b.names().contains(area)) {
                return true;
            }
        }
        return false;
    }

    private static boolean finerThan(Place a, Place b) {
        return a != null && b != null && a.precision() != null && b.precision() != null
                && a.precision().ordinal() > b.precision().ordinal();
    }

    /** True for a province or a country: a place that holds towns. */
    private static boolean coarse(Place p) {
        return p != null && (p.precision() == Place.Precision.ADMIN1 || p.precision() == Place.Precision.COUNTRY);
    }

    /** A degree of latitude is at least this long (the Earth's radius times pi/180, rounded down). */
    private static final double KM_PER_DEGREE_LATITUDE = 111.0;

    /** Great-circle distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
