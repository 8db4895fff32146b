package org.ordo.attachments.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A client's filename is data: it names the download, never a path. What is kept is the last segment
 * of whatever was sent, without control or invisible characters, without characters that mean
 * something to a file system, short enough for any of them, and never empty.
 */
public final class Filenames {
    public static final String FALLBACK = "attachment";
    static final int MAX_UTF8_BYTES = 255;
    private static final int MAX_EXTENSION_LENGTH = 16;
    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");

    private Filenames() {
    }

    public static String sanitise(String sent) {
        if (sent == null) {
            return FALLBACK;
        }
        String lastSegment = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        String name = collapseSpaces(visibleCharacters(Normalizer.normalize(lastSegment, Normalizer.Form.NFC)));
        name = stripLeading(name, ". ");
        name = stripTrailing(name, ". ");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return shorten(name);
    }

    /**
     * The {@code Content-Disposition} of a download (RFC 6266): an ASCII {@code filename} for old
     * clients and the exact name as {@code filename*}.
     */
    public static String attachmentDisposition(String filename) {
        StringBuilder ascii = new StringBuilder();
        filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String visibleCharacters(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (RESERVED.indexOf(c) >= 0) {
                kept.append('_');
            } else if (isVisible(c)) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    /** Controls, bidirectional overrides, zero-width and private or unassigned code points are dropped. */
    private static boolean isVisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String collapseSpaces(String name) {
        return name.replaceAll(" {2,}", " ");
    }

    private static String stripLeading(String name, String characters) {
        int start = 0;
        while (start < name.length() && characters.indexOf(name.charAt(start)) >= 0) {
            start++;
        }
        return name.substring(start);
    }

    private static String stripTrailing(String name, String characters) {
        int end = name.length();
        while (end > 0 && characters.indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end);
    }

    /** Cut to {@link #MAX_UTF8_BYTES}, keeping a short extension so the download still opens in the right program. */
    private static String shorten(String name) {
        if (utf8Length(name) <= MAX_UTF8_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int budget = MAX_UTF8_BYTES - utf8Length(extension);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < base.length();) {
            int c = base.codePointAt(i);
            int size = utf8Length(new String(Character.toChars(c)));
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(c);
            used += size;
            i += Character.charCount(c);
        }
        return stripTrailing(kept.toString(), ". ") + extension;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
