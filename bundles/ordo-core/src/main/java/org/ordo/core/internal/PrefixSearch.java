package org.ordo.core.internal;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;

/** One page of the entities whose lower-cased key columns start with what was typed, in any case. */
public final class PrefixSearch {
    private PrefixSearch() {
    }

    /**
     * @param keys the entity's lower-case key attributes searched, such as {@code lastKey}
     * @param orderBy the attributes to sort by, such as {@code e.lastKey, e.id}
     */
    public static <E, D> Page<D> page(EntityManager em, Class<E> entity, List<String> keys, String orderBy, String q,
            PageRequest page, Function<E, D> toDTO) {
        boolean filtered = q != null && !q.isBlank();
        String where = filtered ? " WHERE " + keys.stream().map(k -> "e." + k + " LIKE :p ESCAPE '\\'")
                .collect(Collectors.joining(" OR ")) : "";
        String name = entity.getSimpleName();
        TypedQuery<E> items = em.createQuery("SELECT e FROM " + name + " e" + where + " ORDER BY " + orderBy, entity);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM " + name + " e" + where, Long.class);
        if (filtered) {
            Stream.of(items, count).forEach(query -> query.setParameter("p", SearchKeys.prefixPattern(q)));
        }
        List<D> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(toDTO).toList();
        return new Page<>(found, page, count.getSingleResult());
    }
}
