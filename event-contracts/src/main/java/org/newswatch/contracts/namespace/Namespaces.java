package org.newswatch.contracts.namespace;

import java.util.List;
import java.util.regex.Pattern;
import org.newswatch.contracts.Topics;

/**
 * The naming scheme of isolated namespaces: every topic and consumer group of namespace {@code ns} is the live
 * name behind the prefix {@code ns + "."} ({@code ns.articles}, {@code ns.events}, {@code ns.alerts},
 * {@code ns.subscriptions}, {@code ns.extract-service}, the alert topology's {@code ns.alert-service-*} changelogs).
 * Why a prefix with a dot: no live topic or group holds a dot, so no namespace name can collide with a live one or with
 * another namespace; one prefix names everything a namespace owns, so it is listed and deleted by prefix, and an
 * operator can grant a team a namespace with one PREFIXED ACL; a consumer may subscribe to {@code .*\.alerts}.
 */
public final class Namespaces {

    /** The compacted registry of namespaces, key: name, value: {@link Namespace}, tombstone: deleted. */
    public static final String TOPIC = "namespaces";

    /** Lower-case letters, digits and inner hyphens, at most 40: safe in topic, group and folder names. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    /** The live consumer group of extract-service and application id of alert-service, reused behind the prefix. */
    public static final String EXTRACT_GROUP = "extract-service";
    public static final String ALERT_APPLICATION = "alert-service";
    /** alert-service's silences topic, namespaced like the others (empty in a namespace). */
    public static final String SILENCES = "alert-silences";

    /** The topics a namespace is created with (more appear under its prefix: Kafka Streams' changelogs). */
    public static final List<String> TOPICS = List.of(Topics.ARTICLES, Topics.EVENTS, Topics.ALERTS,
            Topics.SUBSCRIPTIONS, Topics.ARTICLES_DLQ, Topics.EVENTS_DLQ, SILENCES);
    /** Of {@link #TOPICS}, the compacted ones. */
    public static final List<String> COMPACTED = List.of(Topics.SUBSCRIPTIONS, SILENCES);

    private Namespaces() {
    }

    public static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The prefix of everything namespace {@code ns} owns. */
    public static String prefix(String ns) {
        return ns + ".";
    }

    /** The namespaced name of a live topic or group: {@code ns.name}. */
    public static String name(String ns, String live) {
        return prefix(ns) + live;
    }

    /** The namespace a namespaced name belongs to, or null for a live name. */
    public static String of(String name) {
        int dot = name == null ? -1 : name.indexOf('.');
        return dot <= 0 ? null : name.substring(0, dot);
    }
}
