package org.ordo.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordo.api.error.ValidationException;

class RecipientsTest {

    @Test
    void aPlainAddressIsKeptTrimmed() {
        assertEquals("ann@example.com", Recipients.address("to", "  ann@example.com "));
        assertEquals("ann.o'neil+orders@mail.example.co.uk", Recipients.address("to", "ann.o'neil+orders@mail.example.co.uk"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "ann", "ann@", "@example.com", "ann@example", "ann example@x.com",
            "ann@example.com, bob@example.com", "Ann <ann@example.com>", "ann@example.com\r\nBcc: eve@example.com",
            "ann@example.com\nX: y", "ann@[127.0.0.1]" })
    void anythingElseIsRefused(String to) {
        ValidationException e = assertThrows(ValidationException.class, () -> Recipients.address("to", to));
        assertEquals("to", e.errors().get(0).field);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Hello\r\nBcc: eve@example.com", "Hello\nthere", "tab\there", "" })
    void aSubjectIsOneLine(String subject) {
        assertThrows(ValidationException.class, () -> Recipients.subject("subject", subject));
    }
}
