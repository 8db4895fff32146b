package org.ordo.core.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrdoStatusCommandTest {

    @Test
    void aFailureReadsAsWhatTheComponentSaid() {
        String failure = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
                Caused by: java.lang.IllegalArgumentException: org.ordo.attachments: maxSizeBytes must be at least 1, not -5
                \tat org.ordo.attachments.internal.Attachments.<init>(Attachments.java:44)
                """;
        assertEquals("org.ordo.attachments: maxSizeBytes must be at least 1, not -5", OrdoStatusCommand.rootCause(failure));
        assertEquals("Unable to get service for reference attachments",
                OrdoStatusCommand.rootCause("java.lang.InstantiationException: Unable to get service for reference attachments\n"));
        assertEquals("something odd", OrdoStatusCommand.rootCause("something odd"));
    }
}
