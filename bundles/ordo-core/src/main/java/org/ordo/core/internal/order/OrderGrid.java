package org.ordo.core.internal.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.Page;
import org.ordo.core.internal.SearchKeys;
import org.ordo.core.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The order grid: filters and sorts on indexed columns of the order row, one query for the page,
 * one for its total and one for the flags of the page's orders, whatever the page size.
 */
@Component(service = OrderGrid.class)
public class OrderGrid {
    public static final Set<String> SORTABLE = Set.of("createdAt", "number", "grandTotal", "status");

    private final Transactions tx;

    @Activate
    public OrderGrid(@Reference(target = "(osgi.unit.name=ordo-core)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    public Page<OrderDTO> find(GridQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            where.append(" AND o.status IN :statuses");
            parameters.put("statuses", query.statuses());
        }
        if (query.customerId() != null) {
            where.append(" AND o.customerId = :customerId");
            parameters.put("customerId", query.customerId());
        }
        if (query.q() != null && !query.q().isBlank()) {
            where.append(" AND (o.number LIKE :number ESCAPE '\\' OR o.customerFirstKey LIKE :text ESCAPE '\\'"
                    + " OR o.customerLastKey LIKE :text ESCAPE '\\' OR o.customerEmailKey LIKE :text ESCAPE '\\')");
            parameters.put("number", SearchKeys.prefixPattern(query.q()).toUpperCase(java.util.Locale.ROOT));
            parameters.put("text", SearchKeys.prefixPattern(query.q()));
        }
        if (query.channel() != null) {
            where.append(" AND o.channel = :channel");
            parameters.put("channel", query.channel());
        }
        if (query.flag() != null) {
            where.append(" AND :flag MEMBER OF o.flags");
            parameters.put("flag", query.flag());
        }
        if (query.createdFrom() != null) {
            where.append(" AND o.createdAt >= :createdFrom");
            parameters.put("createdFrom", query.createdFrom());
        }
        if (query.createdTo() != null) {
            where.append(" AND o.createdAt <= :createdTo");
            parameters.put("createdTo", query.createdTo());
        }
        if (query.minTotal() != null) {
            where.append(" AND o.grandTotal >= :minTotal");
            parameters.put("minTotal", query.minTotal());
        }
        if (query.maxTotal() != null) {
            where.append(" AND o.grandTotal <= :maxTotal");
            parameters.put("maxTotal", query.maxTotal());
        }
        String direction = query.sort().descending() ? " DESC" : " ASC";
        String order = " ORDER BY o." + query.sort().field() + direction + ", o.id" + direction;
        return tx.inTransaction(em -> {
            TypedQuery<OrderEntity> items = em.createQuery("SELECT o FROM OrderEntity o" + where + order, OrderEntity.class);
            Query count = em.createQuery("SELECT COUNT(o) FROM OrderEntity o" + where);
            parameters.forEach((name, value) -> {
                items.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<OrderEntity> found = items.setFirstResult(query.page().offset()).setMaxResults(query.page().size())
                    .getResultList();
            List<OrderDTO> summaries = OrderMapper.summaries(found);
            attachFlags(em, summaries);
            return new Page<>(summaries, query.page(), ((Number) count.getSingleResult()).longValue());
        });
    }

    private static void attachFlags(EntityManager em, List<OrderDTO> summaries) {
        if (summaries.isEmpty()) {
            return;
        }
        Map<Long, OrderDTO> byId = new LinkedHashMap<>();
        summaries.forEach(s -> byId.put(Long.valueOf(s.id), s));
        List<Object[]> flags = em.createQuery("SELECT o.id, f FROM OrderEntity o JOIN o.flags f WHERE o.id IN :ids",
                Object[].class).setParameter("ids", new ArrayList<>(byId.keySet())).getResultList();
        for (Object[] row : flags) {
            byId.get(((Number) row[0]).longValue()).flags.add((String) row[1]);
        }
    }

    /** How many orders have each status, for the dashboard. */
    public Map<String, Long> countByStatus() {
        return tx.inTransaction(em -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (Object[] row : em.createQuery("SELECT o.status, COUNT(o) FROM OrderEntity o GROUP BY o.status",
                    Object[].class).getResultList()) {
                counts.put((String) row[0], ((Number) row[1]).longValue());
            }
            return counts;
        });
    }
}
