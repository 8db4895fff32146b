package org.ordo.email.internal;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

import org.ordo.api.error.ValidationException;

/** Checks what goes into a header: one plain address, one line of text. */
public final class Recipients {
    static final int MAX_ADDRESS = 254;
    static final int MAX_SUBJECT = 998;

    private Recipients() {
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
