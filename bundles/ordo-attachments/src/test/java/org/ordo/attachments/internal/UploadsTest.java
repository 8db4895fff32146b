package org.ordo.attachments.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.PayloadTooLargeException;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;

class UploadsTest {

    @Test
    void keepsValidMediaTypesOnly() {
        assertEquals("application/pdf", Uploads.mediaType("Application/PDF"));
        assertEquals("text/plain; charset=utf-8", Uploads.mediaType("text/plain; charset=utf-8"));
        assertEquals("application/octet-stream", Uploads.mediaType(null));
        assertEquals("application/octet-stream", Uploads.mediaType("*/*"));
        assertEquals("application/octet-stream", Uploads.mediaType("not a type"));
        assertEquals("application/octet-stream", Uploads.mediaType("text/html\r\nX-Injected: 1"));
    }

    @Test
    void findsTheFileFieldOfAForm() throws IOException {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "a,b\r\n--b--\r\n";
        Upload upload = Uploads.from("multipart/form-data; boundary=\"b\"", null, body.length(), stream(body), 100);
        assertEquals("x.csv", upload.filename());
        assertEquals("text/csv", upload.contentType());
        assertEquals("a,b", new String(upload.content().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aFormWithoutFileOrBoundaryIsRefused() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n";
        assertThrows(ValidationException.class, () -> Uploads.from("multipart/form-data; boundary=b", null, -1, stream(body), 100));
        ProblemException noBoundary = assertThrows(ProblemException.class,
                () -> Uploads.from("multipart/form-data", null, -1, stream(body), 100));
        assertEquals(400, noBoundary.status());
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeReading() {
        assertThrows(PayloadTooLargeException.class,
                () -> Uploads.from("application/pdf", "attachment; filename=a.pdf", 101, stream(""), 100));
        assertThrows(PayloadTooLargeException.class, () -> Uploads.from("multipart/form-data; boundary=b", null,
                100 + Uploads.MULTIPART_OVERHEAD_BYTES + 1, stream(""), 100));
    }

    private static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
