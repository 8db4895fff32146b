package org.ordo.attachments.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.ParameterParser;
import org.apache.commons.fileupload2.core.RequestContext;
import org.ordo.api.error.PayloadTooLargeException;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;

/**
 * Finds the file in a request body: the field {@code file} of a {@code multipart/form-data} form, as a
 * browser sends it, or else the whole body, named by its {@code Content-Disposition}. Forms are read
 * with Commons FileUpload's streaming API: nothing is read beyond the headers of the file part, whose
 * content streams on to the store, and no part is ever kept in memory or in a temporary file.
 */
public final class Uploads {
    public static final String FIELD = "file";
    static final String OCTET_STREAM = "application/octet-stream";
    /** Room for boundaries, part headers and small fields around a file of the largest size. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;
    /** A part's headers: room for a long name, percent-encoded; FileUpload's own default is 512 bytes. */
    static final int MAX_PART_HEADER_BYTES = 16 * 1024;
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "\\s*([a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126})\\s*(;[\\x20-\\x7e]*)?",
            Pattern.CASE_INSENSITIVE);

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
            return fileField(new Form(contentType, declaredLength, body), maxSizeBytes);
        }
        if (declaredLength > maxSizeBytes) {
            throw new PayloadTooLargeException(maxSizeBytes);
        }
        return new Upload(filename(contentDisposition), mediaType(contentType), body);
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

    private static Upload fileField(Form form, long maxSizeBytes) {
        FormParser parser = new FormParser();
        // The whole form, read or skipped, is bounded; the file itself is measured by the store as it is written
        parser.setMaxSize(maxSizeBytes + MULTIPART_OVERHEAD_BYTES);
        parser.setMaxPartHeaderSize(MAX_PART_HEADER_BYTES);
        // Byte for byte, so that filename() can tell the UTF-8 that browsers send from Latin-1
        parser.setHeaderCharset(StandardCharsets.ISO_8859_1);
        try {
            FileItemInputIterator items = parser.getItemIterator(form);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (FIELD.equals(item.getFieldName())) {
                    String disposition = item.getHeaders().getHeader(AbstractFileUpload.CONTENT_DISPOSITION);
                    return new Upload(filename(disposition), mediaType(item.getContentType()),
                            new Refusing(item.getInputStream(), maxSizeBytes));
                }
            }
        } catch (IOException e) {
            throw refusal(e, maxSizeBytes);
        } catch (IllegalArgumentException e) {
            // FileUpload decodes RFC 2047 words in part headers and lets a bad Base64 one escape like this
            throw malformed("a part's headers cannot be read (" + e.getMessage() + ")");
        }
        throw new ValidationException(FIELD, "is required: send the file as the form field 'file'");
    }

    static boolean isMultipartForm(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * The filename the client meant, from a {@code Content-Disposition}, or null when it sent none.
     * FileUpload's parser decodes {@code filename*} (RFC 5987); of {@code filename} and {@code filename*}
     * the one sent last counts, and senders put {@code filename*} last (RFC 6266).
     */
    static String filename(String contentDisposition) {
        ParameterParser parser = new ParameterParser();
        parser.setLowerCaseNames(true);
        String sent;
        try {
            sent = parser.parse(contentDisposition, ';').get("filename");
        } catch (IllegalArgumentException e) {
            throw malformed("the Content-Disposition cannot be read (" + e.getMessage() + ")");
        }
        return sent == null ? null : utf8SentAsLatin1(sent.trim());
    }

    /**
     * HTTP headers arrive as ISO-8859-1, yet browsers and curl send a form part's filename as UTF-8
     * bytes: when the text reads as valid UTF-8 it was meant as such.
     */
    static String utf8SentAsLatin1(String text) {
        if (text.chars().allMatch(c -> c < 0x80) || text.chars().anyMatch(c -> c > 0xff)) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return text;
        }
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

    /**
     * What a failure reading a form means for the client: past the form's bound, 413; a form FileUpload
     * cannot parse (no boundary, a body that ends before its closing boundary, endless part headers), 400
     * malformed; any other failure, the connection's, 400 incomplete. Nothing is kept in any case.
     */
    static ProblemException refusal(IOException e, long maxSizeBytes) {
        if (e instanceof FileUploadSizeException tooLarge && tooLarge.getPermitted() != MAX_PART_HEADER_BYTES) {
            return new PayloadTooLargeException(maxSizeBytes);
        }
        if (e instanceof FileUploadException) {
            return malformed(e.getMessage());
        }
        return incomplete();
    }

    static ProblemException malformed(String why) {
        return new ProblemException(400, "malformed-multipart", "Bad Request", "The multipart body is malformed: " + why, Map.of());
    }

    static ProblemException incomplete() {
        return new ProblemException(400, "upload-incomplete", "Upload incomplete",
                "The file did not arrive whole; nothing was kept", Map.of());
    }

    /** A form's request, as FileUpload reads it: the JAX-RS body, so the platform's filters still apply. */
    private record Form(String contentType, long contentLength, InputStream body) implements RequestContext {
        @Override
        public String getCharacterEncoding() {
            return null; // the parts' headers are decoded as the parser is told
        }

        @Override
        public long getContentLength() {
            return contentLength;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /**
     * FileUpload's streaming parser over a {@link Form}. Its servlet flavours would only add a request type
     * Ordo does not read forms from; the two methods that parse a whole form into memory or temporary
     * files are refused, since Ordo streams the one part it wants.
     */
    private static final class FormParser extends AbstractFileUpload<Form, DiskFileItem, DiskFileItemFactory> {
        @Override
        public FileItemInputIterator getItemIterator(Form form) throws IOException {
            return getItemIterator((RequestContext) form);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(Form form) {
            throw new UnsupportedOperationException("forms are streamed");
        }

        @Override
        public List<DiskFileItem> parseRequest(Form form) {
            throw new UnsupportedOperationException("forms are streamed");
        }
    }

    /** The file part's content, whose read failures say what they mean for the client (see {@link #refusal}). */
    private static final class Refusing extends FilterInputStream {
        private final long maxSizeBytes;

        Refusing(InputStream in, long maxSizeBytes) {
            super(in);
            this.maxSizeBytes = maxSizeBytes;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw refusal(e, maxSizeBytes);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw refusal(e, maxSizeBytes);
            }
        }
    }
}
