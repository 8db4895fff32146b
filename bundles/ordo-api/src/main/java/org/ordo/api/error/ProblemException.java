package org.ordo.api.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure that is the caller's to fix, or a state the caller must know about. It carries the HTTP
 * status it maps to, because every Ordo service is reached over REST and the status is part of the
 * contract; extension bundles may subclass it for their own problems.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties;

    /**
     * @param status the HTTP status: 4xx, or 503 for a moment the caller waits out
     * @param type a short, stable slug naming the kind of problem, such as {@code not-found}
     * @param title a summary that does not change from one occurrence to the next
     * @param detail what went wrong this time, for a human
     * @param properties further members of the problem document, such as {@code allowedActions}
     */
    public ProblemException(int status, String type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** What went wrong, one line per reason, for a console or a log. */
    public List<String> reasons() {
        return List.of(detail());
    }
}
