package org.newswatch.alert.api;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** An in-process SMTP server (GreenMail) on a free port; Quarkus Mailer sends to it. */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    /** The running server, for tests to read what it received. */
    static GreenMail server() {
        return server;
    }

    /** Stops the server for an outage; {@link #resume} starts it again on the same port. */
    static synchronized void pause() {
        server.stop();
    }

    static synchronized void resume() {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        server = mail;
    }

    private static volatile int port;

    @Override
    public Map<String, String> start() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        server = mail;
        port = mail.getSmtp().getPort();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(mail.getSmtp().getPort()),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
