package org.ordo.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ordo.api.error.AccessDeniedException;
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

    @Test
    void anOrdersEmailGoesToItsCustomerUnlessAnAdminSendsItElsewhere() {
        assertEquals("ann@example.com", Recipients.forOrder(null, " ann@example.com", false));
        assertEquals("Ann@Example.com", Recipients.forOrder("Ann@Example.com", "ann@example.com", false));
        assertEquals("accounts@example.com", Recipients.forOrder("accounts@example.com", "ann@example.com", true));
        assertEquals("accounts@example.com", Recipients.forOrder("accounts@example.com", null, true));
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> Recipients.forOrder("eve@example.com", "ann@example.com", false));
        assertEquals(403, e.status());
        assertTrue(e.detail().contains("only an admin may send it to another address"), e.detail());
        assertThrows(AccessDeniedException.class, () -> Recipients.forOrder("eve@example.com", null, false));
    }

    @Test
    void aMalformedAddressIsRefusedBeforeTheRuleAndAMissingOneNamesWhoMayGiveOne() {
        assertEquals("to", assertThrows(ValidationException.class,
                () -> Recipients.forOrder("not-an-address", "ann@example.com", false)).errors().get(0).field);
        String message = assertThrows(ValidationException.class, () -> Recipients.forOrder(null, " ", false))
                .errors().get(0).message;
        assertTrue(message.contains("an admin may give one in to"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Hello\r\nBcc: eve@example.com", "Hello\nthere", "tab\there", "" })
    void aSubjectIsOneLine(String subject) {
        assertThrows(ValidationException.class, () -> Recipients.subject("subject", subject));
    }
}
