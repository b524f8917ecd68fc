package org.newswatch.alert.domain;

/**
 * The tables the rules keep their state in (Kafka Streams stores in the service, plain maps in tests).
 *
 * @param aliases subscriptionId|eventId to storyId: the dedup table
 * @param reports subscriptionId|storyId|articleId to the events that article reported in the story (see
 *                {@link Reports})
 * @param index   subscriptionId|type|principal|count=N, |place=name and |article=id to a few recent stories,
 *                for merging by signature (see {@link StoryIndex})
 * @param stories subscriptionId|storyId to the story
 * @param windows subscriptionId to the window rule's figures
 * @param kinds   subscriptionId|kind key to the event time (epoch millis) a new rule last saw that kind
 * @param rates   subscriptionId to the rate rule's figures
 */
public record AlertState(StateTable<String> aliases, StateTable<String> reports, StateTable<StoryIndex> index,
        StateTable<Story> stories, StateTable<WindowState> windows, StateTable<Long> kinds,
        StateTable<RateState> rates) {
}
