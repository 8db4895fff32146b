package org.ordo.attachments.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body part by part, as it arrives: each part's content is a
 * stream that ends at the next boundary, so a file part of any size passes through a fixed buffer.
 */
public final class MultipartReader {
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final InputStream body;
    /** {@code CRLF--boundary}: the CRLF before a boundary belongs to the boundary, not to the content. */
    private final byte[] delimiter;
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean finished;
    private PartStream current;

    public MultipartReader(InputStream body, String boundary) throws MalformedMultipartException {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new MalformedMultipartException("the multipart boundary is missing or longer than 70 characters");
        }
        this.body = body;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[Math.max(BUFFER_SIZE, 2 * delimiter.length)];
        // The first boundary has no CRLF before it: a virtual one lets the preamble end like any part.
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
        current = new PartStream(Map.of());
    }

    /** The next part, or null after the last one; whatever was left of the previous part is skipped. */
    public Part next() throws IOException {
        current.skipRest();
        if (finished) {
            return null;
        }
        if (!fill(2)) {
            throw new MalformedMultipartException("the body ends inside a boundary");
        }
        if (buffer[position] == '-' && buffer[position + 1] == '-') {
            finished = true;
            return null;
        }
        skipTransportPadding();
        current = new PartStream(readHeaders());
        return new Part(current.headers, current);
    }

    private void skipTransportPadding() throws IOException {
        while (fill(1) && (buffer[position] == ' ' || buffer[position] == '\t')) {
            position++;
        }
        expect('\r');
        expect('\n');
    }

    private void expect(char c) throws IOException {
        if (!fill(1) || buffer[position] != c) {
            throw new MalformedMultipartException("a boundary is not followed by a line break");
        }
        position++;
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new HashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            if (!fill(1)) {
                throw new MalformedMultipartException("the body ends inside a part's headers");
            }
            byte b = buffer[position++];
            if (++total > MAX_HEADER_BYTES) {
                throw new MalformedMultipartException("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.ISO_8859_1);
            line.reset();
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isEmpty()) {
                return headers;
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
            }
        }
    }

    /** Makes at least {@code wanted} unread bytes available unless the body ends first; says whether it did. */
    private boolean fill(int wanted) throws IOException {
        if (limit - position >= wanted) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < wanted) {
            int read = body.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = position; i <= limit - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** One part of the body: its headers (names in lower case) and its content. */
    public record Part(Map<String, String> headers, InputStream content) {
        public ContentDisposition disposition() {
            return ContentDisposition.parse(headers.get("content-disposition"));
        }

        public String contentType() {
            return headers.get("content-type");
        }
    }

    /** Thrown when the body is not the multipart it claims to be: a 400 for the client. */
    public static final class MalformedMultipartException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedMultipartException(String message) {
            super(message);
        }
    }

    private final class PartStream extends InputStream {
        private final Map<String, String> headers;
        private boolean ended;

        PartStream(Map<String, String> headers) {
            this.headers = headers;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            if (!fill(delimiter.length)) {
                throw new MalformedMultipartException("the body ends before the closing boundary");
            }
            int found = indexOfDelimiter();
            int available = found >= 0 ? found - position : limit - position - delimiter.length + 1;
            if (found == position) {
                ended = true;
                position += delimiter.length;
                return -1;
            }
            int count = Math.min(length, available);
            System.arraycopy(buffer, position, target, offset, count);
            position += count;
            return count;
        }

        void skipRest() throws IOException {
            byte[] discard = new byte[8192];
            while (read(discard, 0, discard.length) >= 0) {
                // drained
            }
        }
    }
}
