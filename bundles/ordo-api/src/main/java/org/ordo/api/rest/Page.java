package org.ordo.api.rest;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * One page of a list: {@code {"items": [...], "page": 1, "size": 50, "total": 1234, "totalExact": true}}.
 * A list too long to count at every request may stop counting: then {@code totalExact} is false and
 * more than {@code total} items match.
 */
public final class Page<T> {
    public final List<T> items;
    public final int page;
    public final int size;
    public final long total;
    public final boolean totalExact;

    public Page(List<T> items, PageRequest request, long total) {
        this(items, request, total, true);
    }

    public Page(List<T> items, PageRequest request, long total, boolean totalExact) {
        this.items = List.copyOf(items);
        this.page = request.page();
        this.size = request.size();
        this.total = total;
        this.totalExact = totalExact;
    }

    /**
     * The items read at the request's offset, with the total from {@code countAll} only when the page
     * cannot tell it: a page that is not full ends the list, unless it is empty past the start (then
     * the list ends somewhere before the offset).
     */
    public static <T> Page<T> of(List<T> items, PageRequest request, LongSupplier countAll) {
        boolean ends = items.size() < request.size() && (!items.isEmpty() || request.offset() == 0);
        return new Page<>(items, request, ends ? request.offset() + items.size() : countAll.getAsLong());
    }

    /** One page of a list held in memory, such as the carriers in force. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.offset());
        return new Page<>(all.subList(from, Math.min(all.size(), from + request.size())), request, all.size());
    }
}
