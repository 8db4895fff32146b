package org.ordo.core.internal.order;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.ordo.api.rest.SortOrder;
import org.ordo.core.internal.SearchKeys;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The order grid: filters and sorts on indexed columns of the order row. One query reads the page's
 * ids and, from the same index, counts the matches as far as {@link GridCount} says; one loads the
 * page's orders and one their flags, whatever the page size.
 */
@Component(service = OrderGrid.class)
public class OrderGrid {
    public static final Set<String> SORTABLE = Set.of("createdAt", "number", "grandTotal", "status");
    /** What an agent types to find an order by its number: "SO-00042", "so-", "42". */
    private static final Pattern ORDER_NUMBER = Pattern.compile("(?i)so-[0-9]*|[0-9]+");
    /** A customer whose first name, last name or email starts with {@code :text}, a prefix pattern. */
    private static final String CUSTOMER_MATCHES = "c.firstKey LIKE :text ESCAPE '\\' OR c.lastKey LIKE :text ESCAPE '\\'"
            + " OR c.emailKey LIKE :text ESCAPE '\\'";
    /** Up to this many customers found by a search, their orders are merged one customer at a time. */
    private static final int MERGED_CUSTOMERS = 50;

    private final Transactions tx;

    @Activate
    public OrderGrid(@Reference(target = "(osgi.unit.name=ordo-core)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    public Page<OrderDTO> find(GridQuery query) {
        Filter filter = new Filter(query);
        return tx.inTransaction(em -> {
            GridCount count = GridCount.of(query.page().offset(), query.page().size());
            Matches matches = filter.customerSearch == null
                    ? filter.ids(em, query.sort(), count)
                    : matchesOfCustomers(em, filter, query.sort(), count);
            GridCount.Total total = matches.all() != null ? new GridCount.Total(matches.all(), true)
                    : count.total(matches.rowsRead());
            if (total == null) {
                Query all = em.createQuery("SELECT COUNT(o) FROM OrderEntity o" + filter.where);
                filter.parameters.forEach(all::setParameter);
                total = new GridCount.Total(((Number) all.getSingleResult()).longValue(), true);
            }
            List<Long> page = matches.page(query.page().size());
            List<OrderDTO> summaries = OrderMapper.summaries(load(em, page));
            attachFlags(em, summaries);
            return new Page<>(summaries, query.page(), total.count(), total.exact());
        });
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    /** The grid's filters as a JPQL condition on {@code o}, with its parameters. */
    private static final class Filter {
        /**
         * No {@code 1 = 1} to start from: a comparison of two constants makes EclipseLink write every
         * parameter into the SQL text on Derby, and Derby then compiles each distinct text anew.
         */
        final StringBuilder where = new StringBuilder();
        final Map<String, Object> parameters = new HashMap<>();
        /** A name or email searched for, when the customers found are to be merged one by one. */
        final String customerSearch;

        Filter(GridQuery query) {
            if (query.statuses() != null && query.statuses().size() == 1) {
                // An equality, not a one-element IN: only then does the database read the status index in order
                and(where, "o.status = :status");
                parameters.put("status", query.statuses().get(0));
            } else if (query.statuses() != null && !query.statuses().isEmpty()) {
                and(where, "o.status IN :statuses");
                parameters.put("statuses", query.statuses());
            }
            if (query.customerId() != null) {
                and(where, "o.customerId = :customerId");
                parameters.put("customerId", query.customerId());
            }
            String searched = null;
            if (query.q() != null && !query.q().isBlank()) {
                if (ORDER_NUMBER.matcher(query.q().trim()).matches()) {
                    // Letters, digits and '-' only, so no ESCAPE clause, which would keep the database off the index
                    and(where, "o.number LIKE :number");
                    parameters.put("number", numberPrefix(query.q().trim()).toUpperCase(Locale.ROOT) + "%");
                } else if (query.customerId() != null) {
                    and(where, "o.customerId IN (SELECT c.id FROM CustomerEntity c WHERE " + CUSTOMER_MATCHES + ")");
                    parameters.put("text", SearchKeys.prefixPattern(query.q()));
                } else {
                    searched = SearchKeys.prefixPattern(query.q());
                }
            }
            customerSearch = searched;
            if (query.channel() != null) {
                and(where, "o.channel = :channel");
                parameters.put("channel", query.channel());
            }
            if (query.flag() != null) {
                and(where, ":flag MEMBER OF o.flags");
                parameters.put("flag", query.flag());
            }
            if (query.createdFrom() != null) {
                and(where, "o.createdAt >= :createdFrom");
                parameters.put("createdFrom", query.createdFrom());
            }
            if (query.createdTo() != null) {
                and(where, "o.createdAt <= :createdTo");
                parameters.put("createdTo", query.createdTo());
            }
            if (query.minTotal() != null) {
                and(where, "o.grandTotal >= :minTotal");
                parameters.put("minTotal", query.minTotal());
            }
            if (query.maxTotal() != null) {
                and(where, "o.grandTotal <= :maxTotal");
                parameters.put("maxTotal", query.maxTotal());
            }
        }

        /**
         * The matching ids in the wanted order, from the page's offset as far as they are counted: the index
         * holds them in that order, so the database reads no further.
         */
        Matches ids(EntityManager em, SortOrder sort, GridCount count) {
            TypedQuery<Long> ids = em.createQuery("SELECT o.id FROM OrderEntity o" + where + orderBy(sort), Long.class);
            parameters.forEach(ids::setParameter);
            List<Long> read = ids.setFirstResult(count.offset()).setMaxResults(count.rowsFromOffset()).getResultList();
            return new Matches(read, read.size(), null);
        }

        /** One customer's matches with their sort values, from the first, at most {@code max}. */
        List<Object[]> sortedOfCustomer(EntityManager em, Long customerId, SortOrder sort, int max) {
            StringBuilder ofCustomer = new StringBuilder(where);
            and(ofCustomer, "o.customerId = :searchedCustomer");
            TypedQuery<Object[]> rows = em.createQuery("SELECT o.id, o." + sort.field() + " FROM OrderEntity o" + ofCustomer
                    + orderBy(sort), Object[].class);
            parameters.forEach(rows::setParameter);
            return rows.setParameter("searchedCustomer", customerId).setMaxResults(max).getResultList();
        }
    }

    /** Ids read for a page: those from the offset on, how many rows that was, and all there are when known. */
    private record Matches(List<Long> fromOffset, int rowsRead, Long all) {
        List<Long> page(int size) {
            return fromOffset.subList(0, Math.min(size, fromOffset.size()));
        }
    }

    /**
     * Orders of the customers a name or email finds. Each customer's orders come in the wanted order
     * from the customer index, and are merged here: the database never sorts all of their orders,
     * which for a common name are tens of thousands. Too many customers found, and the database
     * joins them instead.
     */
    private static Matches matchesOfCustomers(EntityManager em, Filter filter, SortOrder sort, GridCount count) {
        List<Long> customers = em.createQuery("SELECT c.id FROM CustomerEntity c WHERE " + CUSTOMER_MATCHES, Long.class)
                .setParameter("text", filter.customerSearch).setMaxResults(MERGED_CUSTOMERS + 1).getResultList();
        if (customers.size() > MERGED_CUSTOMERS) {
            and(filter.where, "o.customerId IN (SELECT c.id FROM CustomerEntity c WHERE " + CUSTOMER_MATCHES + ")");
            filter.parameters.put("text", filter.customerSearch);
            return filter.ids(em, sort, count);
        }
        int reach = count.offset() + count.size();
        int stillToCount = count.countTo() + 1;
        boolean cutShort = false;
        List<Object[]> merged = new ArrayList<>();
        for (Long customer : customers) {
            // Every customer's first rows up to the page's end; and together enough to count as far as counted
            int max = Math.max(reach, stillToCount);
            List<Object[]> rows = filter.sortedOfCustomer(em, customer, sort, max);
            cutShort |= rows.size() == max;
            stillToCount = Math.max(0, stillToCount - rows.size());
            merged.addAll(rows);
        }
        merged.sort(rowOrder(sort));
        List<Long> fromOffset = merged.stream().skip(count.offset()).map(row -> ((Number) row[0]).longValue()).toList();
        if (cutShort) {
            // The customers' rows reached past what is counted: as if that many had been read from the offset
            return new Matches(fromOffset, count.rowsFromOffset(), null);
        }
        return new Matches(fromOffset, fromOffset.size(), merged.size() > count.countTo() ? null : (long) merged.size());
    }

    /** The order the database sorts in: by the sort field, then by id, both in the sort's direction. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object[]> rowOrder(SortOrder sort) {
        Comparator<Object[]> byField = Comparator.comparing(row -> (Comparable) row[1]);
        Comparator<Object[]> ascending = byField.thenComparingLong(row -> ((Number) row[0]).longValue());
        return sort.descending() ? ascending.reversed() : ascending;
    }

    private static String orderBy(SortOrder sort) {
        String direction = sort.descending() ? " DESC" : " ASC";
        // Numbers are unique; other sort fields are broken by id so that paging is stable
        return " ORDER BY o." + sort.field() + direction + ("number".equals(sort.field()) ? "" : ", o.id" + direction);
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
