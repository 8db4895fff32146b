package org.ordo.attachments.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ordo.attachments.internal.MultipartReader.MalformedMultipartException;
import org.ordo.attachments.internal.MultipartReader.Part;

class MultipartReaderTest {
    private static final String BOUNDARY = "XyZ";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] form(byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(bytes("preamble to ignore\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"));
        body.write(bytes("--XyZ  \r\ncontent-disposition: form-data; name=\"file\"; filename=\"f.bin\"\r\n"
                + "Content-Type: image/png\r\n\r\n"));
        body.write(file);
        body.write(bytes("\r\n--XyZ--\r\nepilogue"));
        return body.toByteArray();
    }

    /** Hands out a few bytes per read, as a slow network does. */
    private static InputStream trickling(byte[] body) {
        return new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }

    @Test
    void streamsEachPartUpToItsBoundary() throws IOException {
        byte[] file = new byte[300_000];
        new Random(1).nextBytes(file);
        // Bytes that look like the start of a boundary must stay content.
        System.arraycopy(bytes("\r\n--XyZ\r"), 0, file, 1000, 7);
        file[1004] = 'x';

        for (InputStream body : new InputStream[] { new ByteArrayInputStream(form(file)), trickling(form(file)) }) {
            MultipartReader reader = new MultipartReader(body, BOUNDARY);
            Part note = reader.next();
            assertEquals("hello", new String(note.content().readAllBytes(), StandardCharsets.ISO_8859_1));
            Part part = reader.next();
            assertEquals("file", part.disposition().parameter("name"));
            assertEquals("f.bin", part.disposition().filename());
            assertEquals("image/png", part.contentType());
            assertArrayEquals(file, part.content().readAllBytes());
            assertNull(reader.next());
        }
    }

    @Test
    void skipsAPartNobodyRead() throws IOException {
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(form(new byte[] { 1, 2, 3 })), BOUNDARY);
        reader.next();
        assertArrayEquals(new byte[] { 1, 2, 3 }, reader.next().content().readAllBytes());
    }

    @Test
    void anEmptyPartIsEmpty() throws IOException {
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(form(new byte[0])), BOUNDARY);
        reader.next();
        assertEquals(0, reader.next().content().readAllBytes().length);
    }

    @Test
    void aBodyCutOffIsMalformed() throws IOException {
        byte[] whole = form(new byte[5000]);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 100);
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(cut), BOUNDARY);
        reader.next();
        InputStream file = reader.next().content();
        assertThrows(MalformedMultipartException.class, file::readAllBytes);
    }

    @Test
    void headersWithoutEndAreRefused() {
        byte[] endless = bytes("--XyZ\r\nX-Long: " + "a".repeat(20_000));
        assertThrows(MalformedMultipartException.class,
                () -> new MultipartReader(new ByteArrayInputStream(endless), BOUNDARY).next());
        assertThrows(MalformedMultipartException.class, () -> new MultipartReader(InputStream.nullInputStream(), ""));
    }
}
