package org.ordo.api.rest;

import java.util.List;

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
}
