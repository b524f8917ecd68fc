package org.newswatch.security.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Where the services may connect to on a caller's behalf (feeds, webhooks): an absolute http(s) URL whose host
 * resolves, at this attempt, only to addresses outside the IANA special-purpose registries (loopback, private,
 * link-local, shared, documentation, benchmarking, multicast, reserved, 6to4, Teredo, ...), unless an address lies in
 * the allow-list. IPv4 addresses embedded in IPv4-mapped ({@code ::ffff:0:0/96}), IPv4-compatible ({@code ::/96}) and
 * NAT64 ({@code 64:ff9b::/96}) IPv6 addresses are judged as IPv4. Each {@link #resolve} asks the {@link Resolver}
 * once; the caller connects to the address it returns, so a DNS answer that changes between the check and the
 * connection cannot send the request elsewhere. Refusals never name the address.
 */
public final class OutboundPolicy {

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;

        /** The JVM's resolver. */
        Resolver SYSTEM = host -> Arrays.asList(InetAddress.getAllByName(host));
    }

    /** A URL checked at one attempt: connect to {@code address}, and name {@code host} in Host and SNI. */
    public record Target(URI uri, String scheme, String host, int port, InetAddress address) {

        /** The path and query to request. */
        public String pathAndQuery() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }

        public boolean tls() {
            return scheme.equals("https");
        }
    }

    static final List<AddressRange> SPECIAL_V4 = ranges("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32");
    static final List<AddressRange> SPECIAL_V6 = ranges("::/128", "::1/128", "64:ff9b:1::/48", "100::/64",
            "2001::/23", "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "ff00::/8");
    /** IPv6 prefixes that carry an IPv4 address in their last 32 bits. */
    static final List<AddressRange> EMBEDDING_V4 = ranges("::ffff:0:0/96", "::/96", "64:ff9b::/96");

    private final List<AddressRange> allowed;
    private final Resolver resolver;

    /** @param allowedRanges CIDRs allowed although special (lab and test use: {@code 127.0.0.0/8}) */
    public OutboundPolicy(Collection<String> allowedRanges, Resolver resolver) {
        this.allowed = allowedRanges.stream().filter(s -> !s.isBlank()).map(AddressRange::parse).toList();
        this.resolver = resolver;
    }

    public static OutboundPolicy strict() {
        return new OutboundPolicy(List.of(), Resolver.SYSTEM);
    }

    /** True when the address is in one of the special-purpose ranges (for IPv6 embedding IPv4: the IPv4 one's). */
    public static boolean isSpecial(InetAddress address) {
        byte[] raw = address.getAddress();
        byte[] v4 = embeddedV4(raw);
        if (v4 != null) {
            return SPECIAL_V4.stream().anyMatch(r -> r.contains(v4));
        }
        return (raw.length == 4 ? SPECIAL_V4 : SPECIAL_V6).stream().anyMatch(r -> r.contains(raw));
    }

    private static byte[] embeddedV4(byte[] raw) {
        if (raw.length == 16 && EMBEDDING_V4.stream().anyMatch(r -> r.contains(raw))) {
            return Arrays.copyOfRange(raw, 12, 16);
        }
        return null;
    }

    /**
     * True when the address may be connected to: not special, or itself in the allow-list (an IPv6 address embedding
     * an allowed IPv4 one is not allowed by that: {@code 64:ff9b::7f00:1} stays refused under {@code 127.0.0.0/8}).
     */
    public boolean permits(InetAddress address) {
        return !isSpecial(address) || allowed.stream().anyMatch(r -> r.contains(address));
    }

    /** Checks the URL's form only (absolute http or https with a host); throws with the reason. */
    public static URI parse(String url) throws OutboundException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new OutboundRefusedException("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new OutboundRefusedException("must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new OutboundRefusedException("must not carry user information");
        }
        return uri;
    }

    /**
     * Resolves the URL's host once and checks every address it resolves to; returns the first, to connect to.
     *
     * @throws OutboundException when the URL is malformed, the host does not resolve or any address is refused
     */
    public Target resolve(String url) throws OutboundException {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = AddressRange.isLiteral(bare) ? List.of(InetAddress.getByName(bare)) : resolver.resolve(bare);
        } catch (UnknownHostException | RuntimeException e) {
            throw new OutboundException("the host does not resolve");
        }
        if (addresses == null || addresses.isEmpty()) {
            throw new OutboundException("the host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!permits(address)) {
                throw new OutboundRefusedException("the host resolves to a special-purpose (internal) address, which is refused");
            }
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new Target(uri, scheme, host, port, addresses.get(0));
    }

    /** The reason the URL would be refused now, or null. */
    public String refusal(String url) {
        try {
            resolve(url);
            return null;
        } catch (OutboundException e) {
            return e.getMessage();
        }
    }

    private static List<AddressRange> ranges(String... cidrs) {
        return Arrays.stream(cidrs).map(AddressRange::parse).toList();
    }
}
