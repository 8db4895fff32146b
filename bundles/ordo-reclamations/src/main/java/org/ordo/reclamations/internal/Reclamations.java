package org.ordo.reclamations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderLineDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Customers' claims on orders. An order carries the flag {@code RECLAMATION} while one of its claims
 * is open; a claim never changes the order's status or its items' states.
 */
@Component(service = Reclamations.class)
public class Reclamations {
    public static final String FLAG = "RECLAMATION";
    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    private final Transactions tx;
    private final OrderService orders;

    @Activate
    public Reclamations(@Reference(target = "(osgi.unit.name=ordo-reclamations)") JpaTemplate jpa, @Reference OrderService orders) {
        this.tx = new Transactions(jpa);
        tx.warmUpInBackground("ordo-reclamations");
        this.orders = orders;
    }

    public ReclamationDTO open(String orderId, ReclamationDTO input, String actor) {
        Violations v = new Violations();
        v.check(input.reason == null || input.reason.isBlank(), "reason", "is required: what is the customer's complaint?");
        v.check(input.reason != null && input.reason.length() > 4000, "reason", "must be at most 4000 characters");
        v.throwIfAny();
        OrderDTO order = orders.get(orderId);
        List<ClaimedItem> items = claimed(order, input.items);
        ReclamationDTO opened = tx.inTransaction(em -> {
            ReclamationEntity claim = new ReclamationEntity();
            claim.orderId = order.id;
            claim.status = OPEN;
            claim.reason = input.reason.trim();
            claim.createdAt = Instant.now();
            claim.createdBy = actor;
            claim.items.addAll(items);
            em.persist(claim);
            em.flush();
            return toDTO(claim);
        });
        orders.addFlag(order.id, FLAG, actor);
        return opened;
    }

    public ReclamationDTO close(String id, String resolution, String actor) {
        if (resolution == null || resolution.isBlank()) {
            throw new ValidationException("resolution", "is required: how was it settled?");
        }
        long claimId = parse(id);
        String[] orderId = new String[1];
        boolean[] lastOpen = new boolean[1];
        ReclamationDTO closed = tx.inTransaction(em -> {
            ReclamationEntity claim = em.find(ReclamationEntity.class, claimId);
            if (claim == null) {
                throw NotFoundException.of("Reclamation", id);
            }
            if (CLOSED.equals(claim.status)) {
                throw new ConflictException("Reclamation " + id + " is closed already");
            }
            claim.status = CLOSED;
            claim.resolution = resolution.trim();
            claim.closedAt = Instant.now();
            claim.closedBy = actor;
            em.flush();
            orderId[0] = claim.orderId;
            lastOpen[0] = em.createQuery("SELECT COUNT(r) FROM ReclamationEntity r WHERE r.orderId = :o AND r.status = :s",
                    Long.class).setParameter("o", claim.orderId).setParameter("s", OPEN).getSingleResult() == 0;
            return toDTO(claim);
        });
        if (lastOpen[0]) {
            orders.find(orderId[0]).ifPresent(order -> orders.removeFlag(order.id, FLAG, actor));
        }
        return closed;
    }

    public ReclamationDTO get(String id) {
        long claimId = parse(id);
        return tx.inTransaction(em -> {
            ReclamationEntity claim = em.find(ReclamationEntity.class, claimId);
            if (claim == null) {
                throw NotFoundException.of("Reclamation", id);
            }
            return toDTO(claim);
        });
    }

    public Page<ReclamationDTO> list(String status, String orderId, PageRequest page) {
        if (status != null && !status.isBlank() && !List.of(OPEN, CLOSED).contains(status)) {
            throw new ValidationException("status", "must be OPEN or CLOSED");
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (status != null && !status.isBlank()) {
            conditions.add("r.status = :status");
            parameters.put("status", status);
        }
        if (orderId != null && !orderId.isBlank()) {
            conditions.add("r.orderId = :orderId");
            parameters.put("orderId", orderId);
        }
        // No "1 = 1" to start from: a comparison of two constants makes EclipseLink write every value into
        // the SQL text, and Derby then compiles each text anew
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return tx.inTransaction(em -> {
            // Newest first by time: each node takes ids from a block of its own
            TypedQuery<ReclamationEntity> items = em.createQuery(
                    "SELECT r FROM ReclamationEntity r" + where + " ORDER BY r.createdAt DESC, r.id DESC",
                    ReclamationEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ReclamationEntity r" + where, Long.class);
            parameters.forEach((name, value) -> {
                items.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<ReclamationDTO> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(Reclamations::toDTO).toList();
            return new Page<>(found, page, count.getSingleResult());
        });
    }

    public long openCount() {
        return tx.inTransaction(em -> em.createQuery("SELECT COUNT(r) FROM ReclamationEntity r WHERE r.status = :s", Long.class)
                .setParameter("s", OPEN).getSingleResult());
    }

    public void forgetOrder(String orderId) {
        tx.run(em -> em.createQuery("SELECT r FROM ReclamationEntity r WHERE r.orderId = :o", ReclamationEntity.class)
                .setParameter("o", orderId).getResultList().forEach(em::remove));
    }

    /** The items claimed, checked against the order: every line in full when none are named. */
    private static List<ClaimedItem> claimed(OrderDTO order, List<ReclamationDTO.Item> requested) {
        Map<String, OrderLineDTO> lines = new HashMap<>();
        order.lines.forEach(line -> lines.put(line.id, line));
        List<ClaimedItem> items = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            for (OrderLineDTO line : order.lines) {
                items.add(item(line, line.quantity));
            }
            return items;
        }
        Violations v = new Violations();
        Map<String, Integer> claimedPerLine = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            ReclamationDTO.Item wanted = requested.get(i);
            OrderLineDTO line = wanted == null ? null : lines.get(wanted.itemId);
            if (line == null) {
                v.add("items[" + i + "].itemId", "no item " + (wanted == null ? null : wanted.itemId) + " on order " + order.number);
                continue;
            }
            int total = claimedPerLine.merge(line.id, wanted.quantity == null ? 0 : wanted.quantity, Integer::sum);
            if (wanted.quantity == null || wanted.quantity < 1) {
                v.add("items[" + i + "].quantity", "must be 1 or more");
            } else if (total > line.quantity) {
                v.add("items[" + i + "].quantity", "item " + line.id + " (" + line.sku + ") was ordered " + line.quantity
                        + " time(s); " + total + " claimed");
            } else {
                items.add(item(line, wanted.quantity));
            }
        }
        v.throwIfAny();
        return items;
    }

    private static ClaimedItem item(OrderLineDTO line, int quantity) {
        ClaimedItem item = new ClaimedItem();
        item.itemId = line.id;
        item.sku = line.sku;
        item.quantity = quantity;
        return item;
    }

    private static long parse(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw NotFoundException.of("Reclamation", id);
        }
        return Long.parseLong(id);
    }

    static ReclamationDTO toDTO(ReclamationEntity r) {
        ReclamationDTO dto = new ReclamationDTO();
        dto.id = String.valueOf(r.id);
        dto.orderId = r.orderId;
        dto.status = r.status;
        dto.reason = r.reason;
        dto.resolution = r.resolution;
        dto.createdAt = r.createdAt;
        dto.createdBy = r.createdBy;
        dto.closedAt = r.closedAt;
        dto.closedBy = r.closedBy;
        dto.items = new ArrayList<>();
        for (ClaimedItem item : r.items) {
            ReclamationDTO.Item shown = new ReclamationDTO.Item();
            shown.itemId = item.itemId;
            shown.sku = item.sku;
            shown.quantity = item.quantity;
            dto.items.add(shown);
        }
        return dto;
    }
}
