package org.ordo.api.console;

import java.util.Optional;

import org.ordo.api.rest.ArrayPages;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;

/**
 * How a console command shows a list that may be long (an order's history, comments, shipments, ...):
 * one page, as large as the REST API's, and a line saying what else there is and how to see it.
 */
public final class ConsolePages {
    private ConsolePages() {
    }

    /** The page {@code --page} asks for (the first when absent); a 422 problem naming {@code page}. */
    public static PageRequest request(String page) {
        return ArrayPages.request(page, null);
    }

    /**
     * What the page leaves out, such as {@code Shown: 1 to 200 of 523 comments; 323 more with --page 2};
     * empty when the page shows the whole list.
     */
    public static Optional<String> summary(Page<?> page, String things) {
        long offset = (long) (page.page - 1) * page.size;
        if (offset == 0 && page.items.size() == page.total) {
            return Optional.empty();
        }
        if (page.items.isEmpty()) {
            return Optional.of("Page " + page.page + " is past the last of " + page.total + " " + things);
        }
        long last = offset + page.items.size();
        String shown = "Shown: " + (offset + 1) + " to " + last + " of " + page.total + " " + things;
        if (last >= page.total) {
            return Optional.of(shown);
        }
        String more = "; " + (page.total - last) + " more";
        return Optional.of(shown + more + new PageRequest(page.page, page.size).next(page.total)
                .map(next -> " with --page " + next.page()).orElse(""));
    }
}
