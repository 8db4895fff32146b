package org.ordo.attachments.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ordo.api.error.PayloadTooLargeException;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;
import org.ordo.attachments.internal.MultipartReader.MalformedMultipartException;
import org.ordo.attachments.internal.MultipartReader.Part;

/**
 * Finds the file in a request body: the field {@code file} of a {@code multipart/form-data} form, as a
 * browser sends it, or else the whole body, named by its {@code Content-Disposition}. Nothing is read
 * beyond the headers of the file part; its content streams on to the store.
 */
public final class Uploads {
    public static final String FIELD = "file";
    static final String OCTET_STREAM = "application/octet-stream";
    /** Room for boundaries, part headers and small fields around a file of the largest size. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "\\s*([a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126})\\s*(;[\\x20-\\x7e]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDARY = Pattern.compile(";\\s*boundary=(\"([^\"]*)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE);

    private Uploads() {
    }

    /**
     * @param declaredLength the request's {@code Content-Length}, or -1: a body declared too large is
     *                       refused before a byte of it is read
     */
    public static Upload from(String contentType, String contentDisposition, long declaredLength, InputStream body,
            long maxSizeBytes) {
        if (isMultipartForm(contentType)) {
            if (declaredLength > maxSizeBytes + MULTIPART_OVERHEAD_BYTES) {
                throw new PayloadTooLargeException(maxSizeBytes);
            }
            return fileField(boundary(contentType), new Bounded(body, maxSizeBytes + MULTIPART_OVERHEAD_BYTES), maxSizeBytes);
        }
        if (declaredLength > maxSizeBytes) {
            throw new PayloadTooLargeException(maxSizeBytes);
        }
        return new Upload(ContentDisposition.parse(contentDisposition).filename(), mediaType(contentType), body);
    }

    /**
     * A file on the server, as the console attaches one: named as on disk, its type the one given or
     * else guessed from the file, refused as a request body would be when larger than allowed.
     * The caller closes the upload's content.
     */
    public static Upload fromFile(Path file, String contentType, long maxSizeBytes) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ValidationException(FIELD, "no readable file at " + file);
        }
        try {
            if (Files.size(file) > maxSizeBytes) {
                throw new PayloadTooLargeException(maxSizeBytes);
            }
            String type = contentType != null ? contentType : Files.probeContentType(file);
            return new Upload(file.getFileName().toString(), mediaType(type), Files.newInputStream(file));
        } catch (IOException e) {
            throw new ValidationException(FIELD, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Upload fileField(String boundary, InputStream body, long maxSizeBytes) {
        try {
            MultipartReader reader = new MultipartReader(body, boundary);
            for (Part part = reader.next(); part != null; part = reader.next()) {
                ContentDisposition disposition = part.disposition();
                if (FIELD.equals(disposition.parameter("name"))) {
                    return new Upload(disposition.filename(), mediaType(part.contentType()), part.content());
                }
            }
        } catch (MalformedMultipartException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw incomplete();
        }
        throw new ValidationException(FIELD, "is required: send the file as the form field 'file'");
    }

    static boolean isMultipartForm(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static String boundary(String contentType) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw malformed(new MalformedMultipartException("the Content-Type names no boundary"));
        }
        return boundary.group(2) != null ? boundary.group(2) : boundary.group(1);
    }

    /** A syntactically valid media type, type and subtype in lower case; anything else is plain bytes. */
    static String mediaType(String declared) {
        if (declared == null) {
            return OCTET_STREAM;
        }
        Matcher type = MEDIA_TYPE.matcher(declared);
        if (!type.matches() || type.group(1).contains("*")) {
            return OCTET_STREAM;
        }
        String parameters = type.group(2) == null ? "" : type.group(2).trim();
        String normalised = type.group(1).toLowerCase(Locale.ROOT) + parameters;
        return normalised.length() <= 255 ? normalised : type.group(1).toLowerCase(Locale.ROOT);
    }

    static ProblemException malformed(MalformedMultipartException e) {
        return new ProblemException(400, "malformed-multipart", "Bad Request",
                "The multipart body is malformed: " + e.getMessage(), Map.of());
    }

    static ProblemException incomplete() {
        return new ProblemException(400, "upload-incomplete", "Upload incomplete",
                "The file did not arrive whole; nothing was kept", Map.of());
    }

    /** Stops a form whose other fields or padding would make it far larger than the file allowed. */
    private static final class Bounded extends FilterInputStream {
        private final long maxBytes;
        private final long limitForFile;
        private long read;

        Bounded(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
            this.limitForFile = maxBytes - MULTIPART_OVERHEAD_BYTES;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        private void count(int n) {
            if (n > 0 && (read += n) > maxBytes) {
                throw new PayloadTooLargeException(limitForFile);
            }
        }
    }
}
