package org.ordo.email.internal;

/** A template rendered for an order, as it would be sent, without sending it. */
public class PreviewDTO {
    public String template;
    public String orderId;
    /** The customer's address, or absent when the customer has none. */
    public String to;
    public String subject;
    public String body;
    public String format;
}
