package org.newswatch.security.outbound;

/** The outbound policy refuses the URL (its form, or an address it resolves to): trying again will not help. */
public class OutboundRefusedException extends OutboundException {

    public OutboundRefusedException(String message) {
        super(message);
    }
}
