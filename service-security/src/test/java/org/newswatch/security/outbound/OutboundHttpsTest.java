package org.newswatch.security.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS to the checked address: the connection goes to 127.0.0.1 (what the resolver answered), while SNI, the Host
 * header and the certificate check use the name in the URL.
 */
class OutboundHttpsTest {

    static Vertx vertx;
    static HttpServer server;
    static PfxOptions keystore;
    @TempDir
    static Path dir;

    /** A self-signed certificate for feeds.test, made by the JDK's keytool (no test library needed). */
    @BeforeAll
    static void start() throws Exception {
        Path file = dir.resolve("feeds-test.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "feeds", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=feeds.test",
                "-ext", "SAN=dns:feeds.test", "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);
        keystore = new PfxOptions().setPath(file.toString()).setPassword("changeit");
        vertx = Vertx.vertx();
        server = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true)
                .setKeyCertOptions(keystore).setHost("127.0.0.1").setPort(0))
                .requestHandler(req -> req.response().end(req.connection().indicatedServerName() + "|" + req.host()));
        server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    private static OutboundHttp http() {
        return new OutboundHttp(vertx, new OutboundPolicy(List.of("127.0.0.0/8"),
                host -> List.of(InetAddress.getByName("127.0.0.1"))), 1, keystore);
    }

    @Test
    void sniHostHeaderAndCertificateCheckUseTheNameWhileTheAddressIsTheCheckedOne() throws Exception {
        OutboundHttp.Response r = http().send(OutboundHttp.Request.get("https://feeds.test:" + server.actualPort() + "/rss",
                Map.of(), Duration.ofSeconds(5), 1024));
        assertEquals(200, r.status());
        assertEquals("feeds.test|feeds.test:" + server.actualPort(), new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        OutboundException e = assertThrows(OutboundException.class, () -> http().send(OutboundHttp.Request.get(
                "https://other.test:" + server.actualPort() + "/rss", Map.of(), Duration.ofSeconds(5), 1024)));
        assertEquals("TLS handshake failed", e.getMessage());
    }
}
