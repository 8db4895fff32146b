package org.ordo.attachments.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void readsQuotedAndBareParameters() {
        ContentDisposition form = ContentDisposition.parse("form-data; name=\"file\"; filename=\"a; b.txt\"");
        assertEquals("file", form.parameter("name"));
        assertEquals("a; b.txt", form.filename());
        assertEquals("plain.txt", ContentDisposition.parse("attachment; filename=plain.txt").filename());
    }

    @Test
    void theExtendedFilenameWins() {
        assertEquals("€ rates.pdf", ContentDisposition
                .parse("attachment; filename=\"EUR rates.pdf\"; filename*=utf-8''%E2%82%AC%20rates.pdf").filename());
    }

    @Test
    void aBackslashEscapesOnlyQuotesAndBackslashes() {
        assertEquals("say \"hi\".txt", ContentDisposition.parse("attachment; filename=\"say \\\"hi\\\".txt\"").filename());
        assertEquals("C:\\docs\\x.txt", ContentDisposition.parse("form-data; filename=\"C:\\docs\\x.txt\"").filename());
    }

    @Test
    void utf8BytesSentInAHeaderAreReadAsUtf8() {
        String asReceived = new String("Größe.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("Größe.pdf", ContentDisposition.parse("form-data; filename=\"" + asReceived + "\"").filename());
        assertEquals("caf\u00e9.txt", ContentDisposition.parse("form-data; filename=\"caf\u00e9.txt\"").filename());
    }

    @Test
    void noHeaderMeansNoFilename() {
        assertNull(ContentDisposition.parse(null).filename());
        assertNull(ContentDisposition.parse("attachment").filename());
    }
}
