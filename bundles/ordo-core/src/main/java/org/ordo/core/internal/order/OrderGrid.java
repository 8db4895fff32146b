package org.ordo.core.internal.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.rest.Page;
import org.ordo.core.internal.SearchKeys;
import org.ordo.persistence.Transactions;
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
    /** What an agent types to find an order by its number: "SO-00042", "so-", "42". */
    private static final Pattern ORDER_NUMBER = Pattern.compile("(?i)so-[0-9]*|[0-9]+");

    private final Transactions tx;

    @Activate
    public OrderGrid(@Reference(target = "(osgi.unit.name=ordo-core)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    public Page<OrderDTO> find(GridQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.statuses() != null && query.statuses().size() == 1) {
            // An equality, not a one-element IN: only then does the database read the status index in order
            where.append(" AND o.status = :status");
            parameters.put("status", query.statuses().get(0));
        } else if (query.statuses() != null && !query.statuses().isEmpty()) {
            where.append(" AND o.status IN :statuses");
            parameters.put("statuses", query.statuses());
        }
        if (query.customerId() != null) {
            where.append(" AND o.customerId = :customerId");
            parameters.put("customerId", query.customerId());
        }
        if (query.q() != null && !query.q().isBlank()) {
            if (ORDER_NUMBER.matcher(query.q().trim()).matches()) {
                // Letters, digits and '-' only, so no ESCAPE clause, which would keep the database off the index
                where.append(" AND o.number LIKE :number");
                parameters.put("number", numberPrefix(query.q().trim()).toUpperCase(Locale.ROOT) + "%");
            } else {
                // Customers first (a small table), then their orders through the customer index
                where.append(" AND o.customerId IN (SELECT c.id FROM CustomerEntity c WHERE c.firstKey LIKE :text ESCAPE '\\'"
                        + " OR c.lastKey LIKE :text ESCAPE '\\' OR c.emailKey LIKE :text ESCAPE '\\')");
                parameters.put("text", SearchKeys.prefixPattern(query.q()));
            }
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
        // Numbers are unique; other sort fields are broken by id so that paging is stable
        String order = " ORDER BY o." + query.sort().field() + direction
                + ("number".equals(query.sort().field()) ? "" : ", o.id" + direction);
        return tx.inTransaction(em -> {
            // Ids first: the index holds them in the wanted order, so the database stops after one page
            TypedQuery<Long> ids = em.createQuery("SELECT o.id FROM OrderEntity o" + where + order, Long.class);
            Query count = em.createQuery("SELECT COUNT(o) FROM OrderEntity o" + where);
            parameters.forEach((name, value) -> {
                ids.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<Long> page = ids.setFirstResult(query.page().offset()).setMaxResults(query.page().size()).getResultList();
            long total = ((Number) count.getSingleResult()).longValue();
            List<OrderDTO> summaries = OrderMapper.summaries(load(em, page));
            attachFlags(em, summaries);
            return new Page<>(summaries, query.page(), total);
        });
    }

    /** "42" is short for SO-000042; anything else is the start of a number as typed. */
    private static String numberPrefix(String typed) {
        if (typed.chars().allMatch(Character::isDigit)) {
            return "SO-" + "0".repeat(Math.max(0, 6 - typed.length())) + typed;
        }
        return typed;
    }

    /** The orders of these ids, in the order of the ids. */
    private static List<OrderEntity> load(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OrderEntity> byId = new HashMap<>();
        em.createQuery("SELECT o FROM OrderEntity o WHERE o.id IN :ids", OrderEntity.class).setParameter("ids", ids)
                .getResultList().forEach(o -> byId.put(o.id, o));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
