package org.ordo.attachments.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ordo.api.error.PayloadTooLargeException;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;

class UploadsTest {
    private static final String FORM = "multipart/form-data; boundary=XyZ";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A form with a field before the file, a preamble and an epilogue. */
    private static byte[] form(String disposition, byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(bytes("preamble to ignore\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"));
        body.write(bytes("--XyZ\r\ncontent-disposition: " + disposition + "\r\nContent-Type: image/png\r\n\r\n"));
        body.write(file);
        body.write(bytes("\r\n--XyZ--\r\nepilogue"));
        return body.toByteArray();
    }

    private static byte[] form(byte[] file) throws IOException {
        return form("form-data; name=\"file\"; filename=\"f.bin\"", file);
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

    private static Upload fromForm(byte[] body, long max) {
        return Uploads.from(FORM, null, body.length, new ByteArrayInputStream(body), max);
    }

    private static String filenameInForm(String disposition) throws IOException {
        return fromForm(form(disposition, new byte[] { 1 }), 100).filename();
    }

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
    void streamsTheFileFieldUpToItsBoundary() throws IOException {
        byte[] file = new byte[300_000];
        new Random(1).nextBytes(file);
        // Bytes that look like the start of a boundary must stay content
        System.arraycopy(bytes("\r\n--XyZ\r"), 0, file, 1000, 7);
        file[1004] = 'x';
        for (InputStream body : new InputStream[] { new ByteArrayInputStream(form(file)), trickling(form(file)) }) {
            Upload upload = Uploads.from(FORM, null, -1, body, file.length);
            assertEquals("f.bin", upload.filename());
            assertEquals("image/png", upload.contentType());
            assertArrayEquals(file, upload.content().readAllBytes());
        }
    }

    @Test
    void anEmptyFileIsEmpty() throws IOException {
        assertEquals(0, fromForm(form(new byte[0]), 100).content().readAllBytes().length);
    }

    @Test
    void aFormWithoutFileOrBoundaryIsRefused() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n";
        assertThrows(ValidationException.class, () -> Uploads.from("multipart/form-data; boundary=b", null, -1, stream(body), 100));
        assertThrows(ValidationException.class, () -> Uploads.from(FORM, null, -1, stream("garbage"), 100));
        ProblemException noBoundary = assertThrows(ProblemException.class,
                () -> Uploads.from("multipart/form-data", null, -1, stream(body), 100));
        assertEquals(400, noBoundary.status());
        assertTrue(noBoundary.getMessage().contains("malformed"), noBoundary.getMessage());
    }

    @Test
    void aFormCutOffBeforeItsClosingBoundaryIsMalformed() throws IOException {
        byte[] whole = form(new byte[5000]);
        InputStream content = fromForm(Arrays.copyOf(whole, whole.length - 100), 10_000).content();
        ProblemException cut = assertThrows(ProblemException.class, content::readAllBytes);
        assertEquals(400, cut.status());
        assertTrue(cut.getMessage().contains("malformed"), cut.getMessage());
    }

    @Test
    void aConnectionLostMidwayIsAnIncompleteUpload() throws IOException {
        byte[] whole = form(new byte[5000]);
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(whole, 0, 3000)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    throw new IOException("connection reset");
                }
                return n;
            }
        };
        InputStream content = Uploads.from(FORM, null, whole.length, failing, 10_000).content();
        ProblemException lost = assertThrows(ProblemException.class, content::readAllBytes);
        assertEquals("upload-incomplete", lost.type());
    }

    @Test
    void partHeadersWithoutEndAreMalformedNotTooLarge() {
        String endless = "--XyZ\r\nX-Long: " + "a".repeat(20_000);
        ProblemException refused = assertThrows(ProblemException.class, () -> Uploads.from(FORM, null, -1, stream(endless), 1_000_000));
        assertEquals(400, refused.status());
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeReading() {
        assertThrows(PayloadTooLargeException.class,
                () -> Uploads.from("application/pdf", "attachment; filename=a.pdf", 101, stream(""), 100));
        assertThrows(PayloadTooLargeException.class,
                () -> Uploads.from(FORM, null, 100 + Uploads.MULTIPART_OVERHEAD_BYTES + 1, stream(""), 100));
    }

    @Test
    void aFormGrowingPastItsBoundWhileReadIsTooLarge() throws IOException {
        // Undeclared length (chunked): a field before the file pads the form past file limit + overhead
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(bytes("--XyZ\r\nContent-Disposition: form-data; name=\"padding\"\r\n\r\n"));
        body.write(new byte[(int) Uploads.MULTIPART_OVERHEAD_BYTES + 200]);
        body.write(bytes("\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nx\r\n--XyZ--\r\n"));
        PayloadTooLargeException refused = assertThrows(PayloadTooLargeException.class,
                () -> Uploads.from(FORM, null, -1, new ByteArrayInputStream(body.toByteArray()), 100));
        assertEquals(413, refused.status());
    }

    @Test
    void readsQuotedAndBareFilenames() throws IOException {
        assertEquals("a; b.txt", filenameInForm("form-data; name=\"file\"; filename=\"a; b.txt\""));
        assertEquals("plain.txt", Uploads.filename("attachment; filename=plain.txt"));
        assertEquals("inline.txt", Uploads.filename("inline; filename=\"inline.txt\""));
        // A Windows path keeps its backslashes, for Filenames to take the last segment
        assertEquals("x.txt", Filenames.sanitise(filenameInForm("form-data; name=\"file\"; filename=\"C:\\docs\\x.txt\"")));
    }

    @Test
    void theExtendedFilenameIsDecoded() {
        assertEquals("€ rates.pdf", Uploads.filename("attachment; filename=\"EUR rates.pdf\"; filename*=utf-8''%E2%82%AC%20rates.pdf"));
        assertEquals("Résumé №2.pdf", Uploads.filename("attachment; filename*=UTF-8''R%C3%A9sum%C3%A9%20%E2%84%962.pdf"));
    }

    @Test
    void utf8BytesSentInAHeaderAreReadAsUtf8() throws IOException {
        String asReceived = new String("Größe.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("Größe.pdf", filenameInForm("form-data; name=\"file\"; filename=\"" + asReceived + "\""));
        assertEquals("Größe.pdf", Uploads.filename("attachment; filename=\"" + asReceived + "\""));
        assertEquals("caf\u00e9.txt", filenameInForm("form-data; name=\"file\"; filename=\"caf\u00e9.txt\""));
    }

    @Test
    void aLongFilenameFitsInThePartHeaders() throws IOException {
        String name = "日本語".repeat(300) + ".pdf";
        String asReceived = new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(name, filenameInForm("form-data; name=\"file\"; filename=\"" + asReceived + "\""));
    }

    @Test
    void noHeaderMeansNoFilename() throws IOException {
        assertNull(Uploads.filename(null));
        assertNull(Uploads.filename("attachment"));
        assertNull(filenameInForm("form-data; name=\"file\""));
    }

    @Test
    void anUnreadableEncodedWordIsMalformedNotAServerError() {
        ProblemException raw = assertThrows(ProblemException.class, () -> Uploads.filename("attachment; filename=\"=?utf-8?B?A?=\""));
        assertEquals(400, raw.status());
        ProblemException form = assertThrows(ProblemException.class,
                () -> filenameInForm("form-data; name=\"file\"; filename=\"=?utf-8?B?A?=\""));
        assertEquals(400, form.status());
    }
}
