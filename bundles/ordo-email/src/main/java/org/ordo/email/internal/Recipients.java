package org.ordo.email.internal;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

import org.ordo.api.error.AccessDeniedException;
import org.ordo.api.error.ValidationException;

/** Checks what goes into a header: one plain address, one line of text; and to whom an order's email may go. */
public final class Recipients {
    static final int MAX_ADDRESS = 254;
    static final int MAX_SUBJECT = 998;

    private Recipients() {
    }

    /**
     * Whom an email about an order goes to: its customer, unless {@code requested} names another
     * address, which only an admin may, so that an agent's account cannot mail order data (or anything
     * else, in the shop's name) to an address of its choosing.
     *
     * @param requested the address asked for, or null for the customer's
     * @throws AccessDeniedException for another address asked for by a non-admin
     */
    public static String forOrder(String requested, String customerEmail, boolean admin) {
        if (requested == null) {
            if (customerEmail == null || customerEmail.isBlank()) {
                throw new ValidationException("to", "the order's customer has no email address; an admin may give one in to");
            }
            return address("to", customerEmail);
        }
        String to = address("to", requested);
        if (!admin && (customerEmail == null || !to.equalsIgnoreCase(customerEmail.trim()))) {
            throw new AccessDeniedException("An email about an order goes to the order's customer: only an admin may send"
                    + " it to another address (to)");
        }
        return to;
    }

    /** Answers the address trimmed, or refuses anything but one plain {@code local@domain}. */
    public static String address(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        String trimmed = value.trim();
        if (hasControlCharacter(trimmed)) {
            throw new ValidationException(field, "must be one address on one line");
        }
        if (trimmed.length() > MAX_ADDRESS) {
            throw new ValidationException(field, "must be at most " + MAX_ADDRESS + " characters");
        }
        try {
            InternetAddress parsed = new InternetAddress(trimmed, true);
            parsed.validate();
            String domain = trimmed.substring(trimmed.indexOf('@') + 1);
            if (!trimmed.equals(parsed.getAddress()) || parsed.getPersonal() != null || domain.isEmpty()
                    || domain.startsWith("[") || !domain.contains(".") && !"localhost".equals(domain)) {
                throw new AddressException("not a plain address");
            }
        } catch (AddressException | StringIndexOutOfBoundsException e) {
            throw new ValidationException(field, "is not an email address such as ann@example.com");
        }
        return trimmed;
    }

    /** Refuses a subject that would break out of its header. */
    public static void subject(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        if (hasControlCharacter(value)) {
            throw new ValidationException(field, "must be one line, without control characters");
        }
        if (value.length() > MAX_SUBJECT) {
            throw new ValidationException(field, "must be at most " + MAX_SUBJECT + " characters");
        }
    }

    /** A rendered subject as one header line: line breaks from the data must not start a header of their own. */
    public static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ").trim();
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
