package org.ordo.core.internal.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.ordo.api.config.Settings;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderSourceDTO;
import org.ordo.api.order.OrderStatus;
import org.ordo.api.security.Actor;
import org.ordo.core.internal.Checks;
import org.ordo.core.internal.Ids;
import org.ordo.core.internal.PostalAddress;
import org.ordo.core.internal.catalog.Catalog;
import org.ordo.core.internal.catalog.ProductEntity;
import org.ordo.core.internal.customer.CustomerEntity;
import org.ordo.core.internal.pricing.PriceOverrides;
import org.ordo.core.internal.source.OrderSources;
import org.ordo.core.internal.source.SourceLines;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Builds an order from what the agent sent: checks every field, copies lines from a source under the
 * same bounds as typed ones, prices them from the catalog within the actor's override limit, counts
 * its coupons through the promotions capability, snapshots the addresses and reserves the stock, all
 * inside the caller's transaction so that a refusal leaves nothing behind.
 */
@Component(service = OrderAssembler.class, configurationPid = "org.ordo.core.orders")
@Designate(ocd = OrderAssembler.Config.class)
public class OrderAssembler {

    @ObjectClassDefinition(name = "Ordo orders")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a new order stays open when it is created without expiresAt; 0 keeps it open for good")
        long defaultTimeToLiveSeconds() default 0;
    }

    private static final String DEFAULT_CHANNEL = "BACK_OFFICE";

    private final Catalog catalog;
    private final OrderSources sources;
    private final OrderPricing pricing;
    private final PriceOverrides overrides;

    private final Duration defaultTimeToLive;

    @Activate
    public OrderAssembler(@Reference Catalog catalog, @Reference OrderSources sources, @Reference OrderPricing pricing,
            @Reference PriceOverrides overrides, Config config) {
        this.catalog = catalog;
        this.sources = sources;
        this.pricing = pricing;
        this.overrides = overrides;
        this.defaultTimeToLive = Duration.ofSeconds(
                Settings.atLeast("org.ordo.core.orders", "defaultTimeToLiveSeconds", config.defaultTimeToLiveSeconds(), 0));
    }

    /** The checks that need no database, made before a transaction starts. */
    public void checkShape(OrderInput input) {
        OrderInputChecks.checkCreate(input);
    }

    /** A line to make: typed by the agent (its request field known) or copied from a source. */
    private record Wanted(String sku, int quantity, BigDecimal unitPrice, String priceSetBy, String field) {
    }

    OrderDTO create(EntityManager em, OrderInput input, Actor actor, CouponGate coupons) {
        Violations v = new Violations();
        CustomerEntity customer = customer(em, input.customerId, v);
        v.throwIfAny();
        boolean typed = input.lines != null && !input.lines.isEmpty();
        List<Wanted> lines = typed ? typedLines(input.lines, actor) : sourceLines(em, input.source, customer.getId());
        Checks.lineBounds(v, lines.stream().map(l -> new Checks.Units(l.sku(), l.quantity())).toList(),
                typed ? "lines" : "source.id", i -> typed ? "lines[" + i + "].quantity" : "source.id");
        v.throwIfAny();
        Map<String, ProductEntity> products = catalog.products(em, lines.stream().map(Wanted::sku).toList());
        String currency = input.currency != null ? input.currency : currencyOf(lines, products);
        checkProducts(v, lines, products, currency);
        PostalAddress billing = OrderParts.address(em, customer.getId(), input.billingAddress, "billingAddress", v);
        PostalAddress shipping = OrderParts.address(em, customer.getId(), input.shippingAddress, "shippingAddress", v);
        v.throwIfAny();
        for (Wanted line : lines) {
            if (line.field() != null) {
                overrides.check(actor, line.field(), line.unitPrice(), products.get(line.sku()).getPrice(), currency);
            }
        }

        OrderEntity order = new OrderEntity();
        Instant now = Instant.now();
        order.status = OrderStatus.OPEN;
        order.customerId = customer.getId();
        order.customerName = customer.getFirstName() + " " + customer.getLastName();
        order.customerEmail = customer.getEmail();
        order.channel = input.channel == null ? DEFAULT_CHANNEL : input.channel;
        order.currency = currency;
        order.createdAt = now;
        order.updatedAt = now;
        order.expiresAt = input.expiresAt != null ? input.expiresAt
                : defaultTimeToLive.isZero() ? null : now.plus(defaultTimeToLive);
        order.createdBy = actor.name();
        order.billingAddress = billing;
        order.shippingAddress = shipping;
        order.shippingMethod = input.shippingMethod;
        order.freeShipping = Boolean.TRUE.equals(input.freeShipping);
        order.note = input.note;
        if (input.source != null) {
            order.sourceType = input.source.type;
            order.sourceId = input.source.id;
        }
        for (Wanted line : lines) {
            order.lines.add(OrderParts.newLine(order, products.get(line.sku()), line.quantity(), line.unitPrice(),
                    line.priceSetBy()));
        }
        // The id is assigned on persist, before any SQL runs; the number is derived from it, and the
        // coupons are counted for it
        em.persist(order);
        order.number = String.format("SO-%06d", order.id);
        pricing.priceLines(order);
        order.couponCodes.addAll(coupons.redeem(OrderMapper.toDTO(order),
                OrderInputChecks.normalisedCodes(input.couponCodes)));
        pricing.price(order);
        LineLimits.checkTotals(order);
        em.persist(HistoryEntity.of(order, now, actor.name(), "create", null, overridesOf(order)));
        reserve(em, lines);
        if (OrderSourceDTO.CART.equals(order.sourceType)) {
            sources.markCartConverted(em, Ids.parse("Cart", order.sourceId), order.id);
        }
        em.flush();
        return OrderMapper.toDTO(order);
    }

    /** Computes the order's totals again, within the caller's transaction. */
    void price(OrderEntity order) {
        pricing.price(order);
    }

    /** The prices set away from the catalogue, for the history; null when there is none. */
    private static String overridesOf(OrderEntity order) {
        String overridden = order.lines.stream().filter(l -> l.priceSetBy != null).map(OrderParts::override)
                .collect(Collectors.joining("; "));
        return overridden.isEmpty() ? null : "Prices other than the catalogue's: " + overridden;
    }

    private static List<Wanted> typedLines(List<OrderInput.LineInput> lines, Actor actor) {
        List<Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderInput.LineInput line = lines.get(i);
            wanted.add(new Wanted(line.sku, line.quantity, line.unitPrice, actor.name(), "lines[" + i + "].unitPrice"));
        }
        return wanted;
    }

    /** Takes the lines' units out of stock, in sku order so that two orders never wait on each other. */
    private void reserve(EntityManager em, List<Wanted> lines) {
        Map<String, Integer> bySku = new TreeMap<>();
        Map<String, Integer> firstIndex = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            // Checks.lineBounds has bounded each sku's sum, so it fits an int
            bySku.merge(lines.get(i).sku(), lines.get(i).quantity(), Integer::sum);
            firstIndex.putIfAbsent(lines.get(i).sku(), i);
        }
        bySku.forEach((sku, quantity) -> catalog.reserve(em, sku, quantity,
                "lines[" + firstIndex.get(sku) + "].quantity"));
    }

    /** A source's lines, under the same bounds as typed lines; a quote's prices were checked when it was made. */
    private List<Wanted> sourceLines(EntityManager em, OrderSourceDTO source, long customerId) {
        List<SourceLines.Line> copied = OrderSourceDTO.ORDER.equals(source.type)
                ? previousOrderLines(em, source.id, customerId)
                : sources.lines(em, source.type, source.id, customerId);
        return copied.stream().map(l -> new Wanted(l.sku(), l.quantity(), l.unitPrice(), l.priceSetBy(), null)).toList();
    }

    /** A re-order: the previous order's products and quantities, at today's catalog prices. */
    private static List<SourceLines.Line> previousOrderLines(EntityManager em, String orderId, long customerId) {
        OrderEntity previous;
        try {
            previous = em.find(OrderEntity.class, Ids.parse("Order", orderId));
        } catch (RuntimeException e) {
            previous = null;
        }
        if (previous == null || !previous.customerId.equals(customerId)) {
            throw new ValidationException("source.id", "no order " + orderId + " of this customer");
        }
        return previous.lines.stream().map(l -> new SourceLines.Line(l.sku, l.quantity, null, null)).toList();
    }

    private static CustomerEntity customer(EntityManager em, String id, Violations v) {
        CustomerEntity customer = null;
        if (id != null && id.matches("\\d{1,18}")) {
            customer = em.find(CustomerEntity.class, Long.parseLong(id));
        }
        if (customer == null) {
            v.add("customerId", "no customer " + id);
        }
        return customer;
    }

    private static String currencyOf(List<Wanted> lines, Map<String, ProductEntity> products) {
        return lines.stream().map(l -> products.get(l.sku())).filter(p -> p != null).map(ProductEntity::getCurrency)
                .findFirst().orElse("EUR");
    }

    private static void checkProducts(Violations v, List<Wanted> lines, Map<String, ProductEntity> products,
            String currency) {
        for (int i = 0; i < lines.size(); i++) {
            Wanted line = lines.get(i);
            ProductEntity product = products.get(line.sku());
            if (product == null) {
                v.add("lines[" + i + "].sku", "no product with sku " + line.sku());
            } else if (!product.getCurrency().equals(currency)) {
                v.add("lines[" + i + "].sku", line.sku() + " is priced in " + product.getCurrency() + ", the order in " + currency);
            }
            Checks.amount(v, "lines[" + i + "].unitPrice", line.unitPrice(), currency, false);
        }
    }
}
