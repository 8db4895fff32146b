package org.ordo.core.internal.order;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.order.HistoryEntryDTO;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderEvent;
import org.ordo.api.order.OrderService;
import org.ordo.api.order.OrderStatus;
import org.ordo.api.order.StatusChange;
import org.ordo.api.promotion.CouponRedemptions;
import org.ordo.api.security.Actor;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.core.internal.Ids;
import org.ordo.persistence.PagedQuery;
import org.ordo.persistence.Transactions;
import org.ordo.core.internal.catalog.Catalog;
import org.ordo.core.internal.events.OrderEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Orders: created, read, edited while open, deleted; flags and totals for the other bundles. */
@Component(service = {Orders.class, OrderService.class})
public class Orders implements OrderService {
    private final Transactions tx;
    private final OrderAssembler assembler;
    private final Catalog catalog;
    private final OrderEvents events;

    private final OrderEditor editor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CouponRedemptions coupons;

    @Activate
    public Orders(@Reference(target = "(osgi.unit.name=ordo-core)") JpaTemplate jpa, @Reference OrderAssembler assembler,
            @Reference OrderEditor editor, @Reference Catalog catalog, @Reference OrderEvents events) {
        this.tx = new Transactions(jpa);
        tx.warmUpInBackground("ordo-core");
        this.assembler = assembler;
        this.editor = editor;
        this.catalog = catalog;
        this.events = events;
    }

    /** The order created, and whether it was created by an earlier request with the same key. */
    public record Created(OrderDTO order, boolean replayed) {
    }

    public Created create(OrderInput input, Actor actor, String idempotencyKey) {
        assembler.checkShape(input);
        CouponGate gate = new CouponGate(coupons);
        Created created = null;
        try {
            created = createOnce(input, actor, idempotencyKey, gate);
            return created;
        } finally {
            gate.giveBackAllBut(created == null || created.replayed() ? null : created.order().id);
        }
    }

    private Created createOnce(OrderInput input, Actor actor, String idempotencyKey, CouponGate gate) {
        if (idempotencyKey == null) {
            OrderDTO order = tx.inTransaction(em -> createdWithEvent(em, input, actor, gate));
            events.committed();
            return new Created(order, false);
        }
        IdempotencyKeys key = new IdempotencyKeys(actor.name(), idempotencyKey, input);
        Created created;
        try {
            created = tx.inTransaction(em -> {
                Long earlier = key.earlierOrder(em);
                if (earlier != null) {
                    return new Created(OrderMapper.toDTO(load(em, earlier)), true);
                }
                IdempotencyKeyEntity recorded = key.record(em);
                OrderDTO order = createdWithEvent(em, input, actor, gate);
                recorded.orderId = Long.valueOf(order.id);
                return new Created(order, false);
            });
        } catch (RuntimeException e) {
            if (!Transactions.isDuplicateKey(e)) {
                throw e;
            }
            // A concurrent request with the same key won; answer with its order
            created = tx.inTransaction(em -> new Created(OrderMapper.toDTO(load(em, key.earlierOrder(em))), true));
        }
        events.committed();
        return created;
    }

    private OrderDTO createdWithEvent(EntityManager em, OrderInput input, Actor actor, CouponGate gate) {
        OrderDTO order = assembler.create(em, input, actor, gate);
        events.record(em, new OrderEvent(OrderEvent.Type.CREATED, order, null, actor.name(), order.createdAt));
        return order;
    }

    /**
     * The order as it now is, with its history entry and the event telling of its change recorded in
     * the same transaction: every change leaves both, whoever made it.
     */
    private OrderDTO updatedWithEvent(EntityManager em, OrderEntity entity, String actor, String action, String what) {
        em.persist(HistoryEntity.of(entity, entity.updatedAt, actor, action, entity.status, what));
        OrderDTO order = OrderMapper.toDTO(entity);
        events.record(em, new OrderEvent(OrderEvent.Type.UPDATED, order, null, actor, order.updatedAt));
        return order;
    }

    @Override
    public OrderDTO get(String orderId) {
        long id = Ids.parse("Order", orderId);
        return tx.inTransaction(em -> OrderMapper.toDTO(load(em, id)));
    }

    @Override
    public Optional<OrderDTO> find(String orderId) {
        try {
            return Optional.of(get(orderId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    public OrderDTO byNumber(String number) {
        return tx.inTransaction(em -> {
            List<OrderEntity> found = em.createQuery("SELECT o FROM OrderEntity o WHERE o.number = :n", OrderEntity.class)
                    .setParameter("n", number).getResultList();
            if (found.isEmpty()) {
                throw NotFoundException.of("Order", number);
            }
            return OrderMapper.toDTO(found.get(0));
        });
    }

    public OrderDTO update(String orderId, OrderPatch patch, Long expectedVersion, Actor actor) {
        long id = Ids.parse("Order", orderId);
        OrderDTO order = tx.inTransaction(em -> {
            OrderEntity entity = loadForUpdate(em, id);
            EntityVersions.check(expectedVersion, entity.version);
            requireOpen(entity);
            String changed = editor.apply(em, entity, patch, actor);
            if (changed == null) {
                return OrderMapper.toDTO(entity);
            }
            entity.updatedAt = Instant.now();
            em.flush();
            return updatedWithEvent(em, entity, actor.name(), "edit", "Changed " + changed);
        });
        events.committed();
        return order;
    }

    public void delete(String orderId, String actor) {
        long id = Ids.parse("Order", orderId);
        tx.run(em -> {
            OrderEntity entity = loadForUpdate(em, id);
            OrderDTO last = OrderMapper.toDTO(entity);
            Map<String, Integer> held = new TreeMap<>();
            entity.lines.stream().filter(line -> line.stockHeld).forEach(line -> held.merge(line.sku, line.quantity, Integer::sum));
            catalog.release(em, held);
            em.createQuery("DELETE FROM IdempotencyKeyEntity k WHERE k.orderId = :id").setParameter("id", id).executeUpdate();
            em.createQuery("DELETE FROM HistoryEntity h WHERE h.orderId = :id").setParameter("id", id).executeUpdate();
            em.remove(entity);
            events.record(em, new OrderEvent(OrderEvent.Type.DELETED, last, null, actor, Instant.now()));
        });
        events.committed();
    }

    @Override
    public OrderDTO addFlag(String orderId, String flag, String actor) {
        return changeFlags(orderId, actor, "flag-added", entity -> entity.flags.add(flag), flag);
    }

    @Override
    public OrderDTO removeFlag(String orderId, String flag, String actor) {
        return changeFlags(orderId, actor, "flag-removed", entity -> entity.flags.remove(flag), flag);
    }

    @Override
    public OrderDTO recalculate(String orderId, String actor) {
        long id = Ids.parse("Order", orderId);
        OrderDTO order = tx.inTransaction(em -> {
            OrderEntity entity = loadForUpdate(em, id);
            requireOpen(entity);
            assembler.price(entity);
            entity.updatedAt = Instant.now();
            em.flush();
            return updatedWithEvent(em, entity, actor, "recalculate", "Totals computed again: grand total "
                    + OrderMapper.totals(entity).grandTotal.toPlainString());
        });
        events.committed();
        return order;
    }

    @Override
    public OrderDTO addCoupon(String orderId, String code, String actor) {
        return changeCoupons(orderId, actor, "coupon-added", "Coupon " + code, entity -> {
            if (entity.couponCodes.contains(code)) {
                return false;
            }
            entity.couponCodes.add(code);
            return true;
        });
    }

    @Override
    public OrderDTO removeCoupon(String orderId, String code, String actor) {
        return changeCoupons(orderId, actor, "coupon-removed", "Coupon " + code, entity -> {
            if (!entity.couponCodes.remove(code)) {
                throw new NotFoundException("Order " + entity.number + " does not carry coupon " + code);
            }
            return true;
        });
    }

    private OrderDTO changeCoupons(String orderId, String actor, String action, String what, Predicate<OrderEntity> change) {
        long id = Ids.parse("Order", orderId);
        OrderDTO order = tx.inTransaction(em -> {
            OrderEntity entity = loadForUpdate(em, id);
            requireOpen(entity);
            if (!change.test(entity)) {
                return OrderMapper.toDTO(entity);
            }
            assembler.price(entity);
            entity.updatedAt = Instant.now();
            em.flush();
            return updatedWithEvent(em, entity, actor, action, what);
        });
        events.committed();
        return order;
    }

    @Override
    public OrderDTO transition(String orderId, StatusChange change) {
        long id = Ids.parse("Order", orderId);
        OrderDTO order = tx.inTransaction(em -> {
            OrderEntity entity = loadForUpdate(em, id);
            if (entity.version != change.expectedVersion) {
                throw new ConflictException("Order " + entity.number + " changed while this was being decided; try again");
            }
            String from = entity.status;
            Instant now = Instant.now();
            String items = applyItemChanges(em, entity, change);
            if (change.toStatus != null) {
                entity.status = change.toStatus;
            }
            entity.updatedAt = now;
            HistoryEntity entry = HistoryEntity.of(entity, now, change.actor, change.action, from, change.comment);
            entry.items = items;
            em.persist(entry);
            em.flush();
            OrderDTO changed = OrderMapper.toDTO(entity);
            boolean statusChanged = !changed.status.equals(from);
            events.record(em, new OrderEvent(statusChanged ? OrderEvent.Type.STATUS_CHANGED : OrderEvent.Type.UPDATED,
                    changed, statusChanged ? from : null, change.actor, changed.updatedAt));
            return changed;
        });
        events.committed();
        return order;
    }

    /** Sets item states and gives back or lets go of stock; answers a summary for the history. */
    private String applyItemChanges(EntityManager em, OrderEntity order, StatusChange change) {
        Map<String, OrderLineEntity> lines = new HashMap<>();
        order.lines.forEach(line -> lines.put(Ids.format(line.id), line));
        StringBuilder summary = new StringBuilder();
        change.lineStates.forEach((lineId, state) -> {
            OrderLineEntity line = lines.get(lineId);
            if (line == null) {
                throw new ValidationException("itemIds", "no item " + lineId + " on order " + order.number);
            }
            if (!state.equals(line.state)) {
                summary.append(summary.length() == 0 ? "" : ", ").append(lineId).append(' ').append(line.sku).append(": ")
                        .append(line.state).append(" -> ").append(state);
                line.state = state;
            }
        });
        for (String lineId : change.consumeStock) {
            OrderLineEntity line = lines.get(lineId);
            if (line != null) {
                line.stockHeld = false;
            }
        }
        Map<String, Integer> released = new TreeMap<>();
        for (String lineId : change.releaseStock) {
            OrderLineEntity line = lines.get(lineId);
            if (line != null && line.stockHeld) {
                line.stockHeld = false;
                released.merge(line.sku, line.quantity, Integer::sum);
            }
        }
        catalog.release(em, released);
        return summary.length() == 0 ? null : summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary.toString();
    }

    @Override
    public Page<HistoryEntryDTO> history(String orderId, PageRequest page) {
        long id = Ids.parse("Order", orderId);
        return tx.inTransaction(em -> {
            load(em, id);
            // Oldest first by time: each node takes ids from a block of its own, so across nodes ids do not follow time
            return PagedQuery.read(
                    em.createQuery("SELECT h FROM HistoryEntity h WHERE h.orderId = :id ORDER BY h.at, h.id", HistoryEntity.class)
                            .setParameter("id", id),
                    em.createQuery("SELECT COUNT(h) FROM HistoryEntity h WHERE h.orderId = :id", Long.class)
                            .setParameter("id", id),
                    page, h -> {
                        HistoryEntryDTO dto = new HistoryEntryDTO();
                        dto.at = h.at;
                        dto.actor = h.actor;
                        dto.action = h.action;
                        dto.fromStatus = h.fromStatus;
                        dto.toStatus = h.toStatus;
                        dto.comment = h.comment;
                        dto.items = h.items;
                        return dto;
                    });
        });
    }

    @Override
    public List<String> expiredOpenOrders(Instant now, int limit) {
        return tx.inTransaction(em -> em.createQuery(
                "SELECT o.id FROM OrderEntity o WHERE o.status = :open AND o.expiresAt < :now ORDER BY o.expiresAt",
                Long.class).setParameter("open", OrderStatus.OPEN).setParameter("now", now).setMaxResults(limit)
                .getResultList().stream().map(Ids::format).toList());
    }

    /** Flags are set by other bundles reacting to events; a lost race is retried, never surfaced. */
    private OrderDTO changeFlags(String orderId, String actor, String action, Predicate<OrderEntity> change, String flag) {
        long id = Ids.parse("Order", orderId);
        for (int attempt = 1;; attempt++) {
            try {
                OrderDTO order = tx.inTransaction(em -> {
                    OrderEntity entity = loadForUpdate(em, id);
                    if (!change.test(entity)) {
                        return OrderMapper.toDTO(entity);
                    }
                    entity.updatedAt = Instant.now();
                    em.flush();
                    return updatedWithEvent(em, entity, actor, action, "Flag " + flag);
                });
                events.committed();
                return order;
            } catch (ConflictException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * The order, its row locked until the transaction ends: concurrent writers of one order take turns,
     * each deciding on what the one before committed, never on a stale read.
     */
    static OrderEntity loadForUpdate(EntityManager em, long id) {
        OrderEntity entity = em.find(OrderEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw NotFoundException.of("Order", id);
        }
        return entity;
    }

    static OrderEntity load(EntityManager em, long id) {
        OrderEntity entity = em.find(OrderEntity.class, id);
        if (entity == null) {
            throw NotFoundException.of("Order", id);
        }
        return entity;
    }

    private static void requireOpen(OrderEntity entity) {
        if (!OrderStatus.OPEN.equals(entity.status)) {
            throw new ConflictException("Order " + entity.number + " is " + entity.status + "; only open orders can be edited");
        }
    }
}
