package org.newswatch.security.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundPolicyTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.1.2.3", "100.64.0.1", "100.127.255.254", "127.0.0.1", "127.9.9.9",
            "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.88.99.1", "192.168.1.1",
            "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1",
            "255.255.255.255", "::", "::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:7f00:1", "::7f00:1",
            "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1", "100::1", "2001::1", "2001:1ff::1", "2001:db8::1",
            "2002:7f00:1::1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "ff02::1"})
    void specialPurposeAddressesAreSpecial(String address) {
        assertTrue(OutboundPolicy.isSpecial(ip(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "11.0.0.1", "100.63.255.255", "100.128.0.1", "172.32.0.1",
            "192.0.1.1", "192.169.0.1", "198.20.0.1", "223.255.255.255", "::ffff:8.8.8.8", "64:ff9b::808:808",
            "2606:4700:4700::1111", "2a00:1450:4001::1", "2001:200::1"})
    void publicAddressesAreNot(String address) {
        assertFalse(OutboundPolicy.isSpecial(ip(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://[::1]:8080/x", "http://169.254.169.254/latest/meta-data/",
            "http://[::ffff:127.0.0.1]/", "http://0.0.0.0:8083/", "https://[64:ff9b::7f00:1]/"})
    void theIssuesAddressesAreRefusedWithoutNamingThem(String url) {
        OutboundException e = assertThrows(OutboundException.class, () -> OutboundPolicy.strict().resolve(url));
        assertFalse(e.getMessage().matches(".*\\d+\\.\\d+.*|.*::.*"), e.getMessage());
    }

    @Test
    void everyAddressOfAHostIsChecked() {
        OutboundPolicy policy = new OutboundPolicy(List.of(),
                host -> List.of(ip("93.184.215.14"), ip("10.0.0.5")));
        assertThrows(OutboundException.class, () -> policy.resolve("https://mixed.example/"));
    }

    @Test
    void aHostIsResolvedAtEveryAttemptAndAChangeToLoopbackIsRefused() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("93.184.215.14");
        OutboundPolicy policy = new OutboundPolicy(List.of(), host -> List.of(ip(answer.get())));
        OutboundPolicy.Target first = policy.resolve("https://rebind.example:8443/feed?x=1");
        assertEquals(ip("93.184.215.14"), first.address());
        assertEquals("rebind.example", first.host());
        assertEquals(8443, first.port());
        assertEquals("/feed?x=1", first.pathAndQuery());
        answer.set("127.0.0.1");
        assertThrows(OutboundException.class, () -> policy.resolve("https://rebind.example:8443/feed?x=1"));
    }

    @Test
    void theAllowListLetsLabRangesThrough() throws Exception {
        OutboundPolicy policy = new OutboundPolicy(List.of("127.0.0.0/8", "fd00::/8"), OutboundPolicy.Resolver.SYSTEM);
        assertEquals(ip("127.0.0.1"), policy.resolve("http://127.0.0.1:9000/").address());
        assertEquals(ip("fd00::5"), policy.resolve("http://[fd00::5]/").address());
        assertThrows(OutboundException.class, () -> policy.resolve("http://169.254.169.254/"));
        assertThrows(OutboundException.class, () -> policy.resolve("http://[::1]/"));
    }

    @Test
    void malformedAndUnresolvableUrlsAreRefused() {
        OutboundPolicy policy = new OutboundPolicy(List.of(), host -> {
            throw new UnknownHostException(host);
        });
        assertEquals("must be an absolute http or https URL", policy.refusal("file:///etc/passwd"));
        assertEquals("must be an absolute http or https URL", policy.refusal("/relative"));
        assertEquals("not a valid URL", policy.refusal("http://exa mple.org/"));
        assertEquals("must not carry user information", policy.refusal("http://user:pw@example.org/"));
        assertEquals("the host does not resolve", policy.refusal("http://nowhere.invalid/"));
    }

    @Test
    void rangesParse() {
        assertTrue(AddressRange.parse("172.16.0.0/12").contains(ip("172.20.1.1")));
        assertFalse(AddressRange.parse("172.16.0.0/12").contains(ip("172.32.0.0")));
        assertTrue(AddressRange.parse("10.0.0.7").contains(ip("10.0.0.7")));
        assertFalse(AddressRange.parse("::/0").contains(ip("1.2.3.4")), "families do not mix");
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("example.org/8"));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("10.0.0.0/33"));
    }
}
