package org.newswatch.alert.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which webhook URLs may be called: absolute http(s) URLs whose host does not resolve to a loopback, link-local,
 * site-local (private), unique-local or wildcard address, unless the host is on the allow-list.
 */
public final class WebhookPolicy {

    private final Set<String> allowedHosts;

    public WebhookPolicy(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(
                Collectors.toUnmodifiableSet());
    }

    /** The reason the URL is refused, or null when it may be called. */
    public String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return "must be an absolute http or https URL";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) {
                    return "points to a loopback, link-local or private address (" + address.getHostAddress()
                            + "); add the host to alert.webhook.allow-hosts to permit it";
                }
            }
        } catch (UnknownHostException e) {
            return "host " + host + " does not resolve";
        }
        return null;
    }

    static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || carrierNat;
    }
}
