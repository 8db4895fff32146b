package org.ordo.persistence;

import java.util.List;
import java.util.function.Function;

import javax.persistence.TypedQuery;

import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;

/**
 * One page of a query's results: the database skips and limits the rows, so a list of any length
 * costs one page of entities, never all of them.
 */
public final class PagedQuery {
    private PagedQuery() {
    }

    /**
     * @param items the items, ordered by columns that end in a unique one, so that pages neither
     *        overlap nor leave gaps
     * @param count how many items there are in all; run only when the page cannot tell
     */
    public static <E, D> Page<D> read(TypedQuery<E> items, TypedQuery<Long> count, PageRequest page,
            Function<? super E, ? extends D> toDTO) {
        List<D> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .<D>map(toDTO).toList();
        return Page.of(found, page, count::getSingleResult);
    }
}
