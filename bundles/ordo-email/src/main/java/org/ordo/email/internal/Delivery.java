package org.ordo.email.internal;

/** Hands one message on: to an SMTP server, or to a file. */
interface Delivery {
    void deliver(OutboxMessage message) throws Exception;

    /** For logs and the console: where messages go. */
    String describe();
}
