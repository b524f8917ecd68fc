package org.newswatch.security.outbound;

import java.io.IOException;

/**
 * An outbound request that failed or was refused. The message is safe to show to a caller: it names neither the
 * address a host resolved to nor the error text of the network stack (which would map internal ports).
 */
public class OutboundException extends IOException {

    public OutboundException(String message) {
        super(message);
    }
}
