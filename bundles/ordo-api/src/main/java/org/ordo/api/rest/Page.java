package org.ordo.api.rest;

import java.util.List;

/** One page of a list: {@code {"items": [...], "page": 1, "size": 50, "total": 1234}}. */
public final class Page<T> {
    public final List<T> items;
    public final int page;
    public final int size;
    public final long total;

    public Page(List<T> items, PageRequest request, long total) {
        this.items = List.copyOf(items);
        this.page = request.page();
        this.size = request.size();
        this.total = total;
    }
}
