package org.newswatch.security.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block, IPv4 or IPv6: {@code 127.0.0.0/8}, {@code fc00::/7}; a bare address is its own /32 or /128. */
public record AddressRange(byte[] network, int prefix) {

    /** Parses {@code address[/prefix]}; the address must be a literal (no name lookup). */
    public static AddressRange parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!isLiteral(address)) {
            throw new IllegalArgumentException("not an IP range: " + cidr);
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4 && address.contains(":")) {
                bytes = mapped(bytes); // the JDK turns ::ffff:a.b.c.d into an IPv4 address
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP range: " + cidr, e);
        }
        int prefix;
        try {
            prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP range: " + cidr, e);
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("prefix out of range: " + cidr);
        }
        return new AddressRange(bytes, prefix);
    }

    private static byte[] mapped(byte[] v4) {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(v4, 0, v6, 12, 4);
        return v6;
    }

    /** True for an IPv4 dotted quad or an IPv6 literal (with or without brackets), so parsing it needs no lookup. */
    public static boolean isLiteral(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.matches("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");
    }

    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    /** True when the raw address (4 or 16 bytes) lies in this block; an address of the other family never does. */
    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }
}
