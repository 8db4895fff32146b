package org.ordo.itests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the container's {@code karaf.log} says about a 500 answer: the entry naming its error id and
 * each exception of its stack trace with its first frames. A 500 body says only the error id; CI keeps the failure message
 * and not the container's folder, so this is the only place the cause can be read afterwards.
 */
public final class ServerLog {
    private static final Pattern NEW_ENTRY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.*");
    private static final int MAX_LINES = 60;
    private static final int FRAMES_PER_EXCEPTION = 4;

    private ServerLog() {
    }

    /** All of the container's {@code karaf.log} so far; empty outside a container. */
    public static String text() {
        String data = System.getProperty("karaf.data");
        if (data == null) {
            return "";
        }
        try {
            return Files.readString(Path.of(data, "log", "karaf.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The log entry of {@code errorId}, shortened to its exceptions and their first frames; empty outside a container. */
    static String entryOf(String errorId) {
        String data = System.getProperty("karaf.data");
        if (data == null || errorId == null || errorId.isEmpty()) {
            return "";
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(data, "log", "karaf.log"), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        List<String> entry = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && entry.isEmpty(); i--) {
            if (lines.get(i).contains(errorId)) {
                entry.add(lines.get(i));
                int frames = 0;
                for (int j = i + 1; j < lines.size() && !NEW_ENTRY.matcher(lines.get(j)).matches()
                        && entry.size() < MAX_LINES; j++) {
                    boolean frame = lines.get(j).startsWith("\tat ") || lines.get(j).startsWith("\t... ");
                    frames = frame ? frames + 1 : 0;
                    if (frames <= FRAMES_PER_EXCEPTION) {
                        entry.add(lines.get(j));
                    }
                }
            }
        }
        return String.join("\n", entry);
    }
}
