package org.ordo.core.internal.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.ordo.api.config.Settings;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderSourceDTO;
import org.ordo.api.order.OrderStatus;
import org.ordo.core.internal.Checks;
import org.ordo.core.internal.Ids;
import org.ordo.core.internal.PostalAddress;
import org.ordo.core.internal.catalog.Catalog;
import org.ordo.core.internal.catalog.ProductEntity;
import org.ordo.core.internal.customer.AddressEntity;
import org.ordo.core.internal.customer.CustomerEntity;
import org.ordo.core.internal.source.OrderSources;
import org.ordo.core.internal.source.SourceLines;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Builds an order from what the agent sent: checks every field, copies lines from a source, prices
 * them from the catalog, snapshots the addresses and reserves the stock, all inside the caller's
 * transaction so that a refusal leaves nothing behind.
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

    private final Duration defaultTimeToLive;

    @Activate
    public OrderAssembler(@Reference Catalog catalog, @Reference OrderSources sources, @Reference OrderPricing pricing,
            Config config) {
        this.catalog = catalog;
        this.sources = sources;
        this.pricing = pricing;
        this.defaultTimeToLive = Duration.ofSeconds(
                Settings.atLeast("org.ordo.core.orders", "defaultTimeToLiveSeconds", config.defaultTimeToLiveSeconds(), 0));
    }

    /** The checks that need no database, made before a transaction starts. */
    public void checkShape(OrderInput input) {
        Violations v = new Violations();
        v.check(input.customerId == null || input.customerId.isBlank(), "customerId", "is required");
        boolean hasLines = input.lines != null && !input.lines.isEmpty();
        if (hasLines && input.source != null) {
            v.add("source", "give either lines or a source, not both");
        } else if (!hasLines && input.source == null) {
            v.add("lines", "an order needs lines, or a source to copy them from");
        }
        if (input.source != null) {
            v.check(input.source.type == null || !List.of(OrderSourceDTO.SHOPPING_LIST, OrderSourceDTO.QUOTE,
                    OrderSourceDTO.CART, OrderSourceDTO.ORDER).contains(input.source.type),
                    "source.type", "must be SHOPPING_LIST, QUOTE, CART or ORDER");
            v.check(input.source.id == null || input.source.id.isBlank(), "source.id", "is required");
        }
        if (input.lines != null) {
            checkLines(v, input.lines, false);
        }
        if (input.currency != null) {
            Checks.currency(v, "currency", input.currency);
        }
        if (input.channel != null && !input.channel.matches("[A-Z][A-Z0-9_]{0,31}")) {
            v.add("channel", "must be an upper-case name such as BACK_OFFICE, WEB, PHONE or STORE");
        }
        checkAddressShape(v, "billingAddress", input.billingAddress);
        checkAddressShape(v, "shippingAddress", input.shippingAddress);
        Checks.optionalText(v, "shippingMethod", input.shippingMethod, 64);
        Checks.optionalText(v, "note", input.note, 4000);
        v.check(input.expiresAt != null && !input.expiresAt.isAfter(Instant.now()), "expiresAt", "must be in the future");
        if (input.couponCodes != null) {
            for (int i = 0; i < input.couponCodes.size(); i++) {
                String code = input.couponCodes.get(i);
                v.check(code == null || code.isBlank() || code.length() > 64, "couponCodes[" + i + "]",
                        "must be a code of 1 to 64 characters");
            }
        }
        v.throwIfAny();
    }

    OrderDTO create(EntityManager em, OrderInput input, String actor) {
        Violations v = new Violations();
        CustomerEntity customer = customer(em, input.customerId, v);
        v.throwIfAny();
        List<OrderInput.LineInput> lines = input.lines != null && !input.lines.isEmpty() ? input.lines
                : sourceLines(em, input.source, customer.getId());
        Map<String, ProductEntity> products = catalog.products(em, lines.stream().map(l -> l.sku).toList());
        String currency = input.currency != null ? input.currency : currencyOf(lines, products);
        checkProducts(v, lines, products, currency);
        PostalAddress billing = address(em, customer.getId(), input.billingAddress, "billingAddress", v);
        PostalAddress shipping = address(em, customer.getId(), input.shippingAddress, "shippingAddress", v);
        v.throwIfAny();

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
        order.createdBy = actor;
        order.billingAddress = billing;
        order.shippingAddress = shipping;
        order.shippingMethod = input.shippingMethod;
        order.freeShipping = Boolean.TRUE.equals(input.freeShipping);
        order.note = input.note;
        if (input.couponCodes != null) {
            order.couponCodes.addAll(input.couponCodes);
        }
        if (input.source != null) {
            order.sourceType = input.source.type;
            order.sourceId = input.source.id;
        }
        for (OrderInput.LineInput line : lines) {
            order.lines.add(newLine(order, products.get(line.sku), line));
        }
        pricing.price(order);
        em.persist(order);
        // The id is assigned on persist, before any SQL runs; the number is derived from it
        order.number = String.format("SO-%06d", order.id);
        em.persist(HistoryEntity.of(order, now, actor, "create", null, null));
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

    /** Applies a patch to an open order within the caller's transaction; the caller saves. */
    void apply(EntityManager em, OrderEntity order, OrderPatch patch) {
        Violations v = new Violations();
        checkAddressShape(v, "billingAddress", patch.billingAddress);
        checkAddressShape(v, "shippingAddress", patch.shippingAddress);
        Checks.optionalText(v, "shippingMethod", patch.shippingMethod, 64);
        Checks.optionalText(v, "note", patch.note, 4000);
        if (patch.lines != null) {
            v.check(patch.lines.isEmpty(), "lines", "an order keeps at least one line");
            checkLines(v, patch.lines, true);
        }
        v.throwIfAny();
        if (patch.billingAddress != null) {
            order.billingAddress = address(em, order.customerId, patch.billingAddress, "billingAddress", v);
        }
        if (patch.shippingAddress != null) {
            order.shippingAddress = address(em, order.customerId, patch.shippingAddress, "shippingAddress", v);
        }
        v.throwIfAny();
        if (patch.note != null) {
            order.note = patch.note;
        }
        if (patch.shippingMethod != null) {
            order.shippingMethod = patch.shippingMethod.isBlank() ? null : patch.shippingMethod;
        }
        if (patch.freeShipping != null) {
            order.freeShipping = patch.freeShipping;
        }
        if (patch.lines != null) {
            replaceLines(em, order, patch.lines);
        }
        pricing.price(order);
    }

    private void replaceLines(EntityManager em, OrderEntity order, List<OrderInput.LineInput> wanted) {
        Violations v = new Violations();
        Map<String, OrderLineEntity> existing = new HashMap<>();
        order.lines.forEach(line -> existing.put(Ids.format(line.id), line));
        Map<String, ProductEntity> products = catalog.products(em,
                wanted.stream().filter(l -> l.id == null).map(l -> l.sku).toList());
        List<OrderInput.LineInput> added = new ArrayList<>();
        Map<String, Integer> delta = new TreeMap<>();
        List<OrderLineEntity> kept = new ArrayList<>();
        List<OrderInput.LineInput> keptInputs = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            OrderInput.LineInput line = wanted.get(i);
            if (line.id == null) {
                ProductEntity product = products.get(line.sku);
                if (product == null) {
                    v.add("lines[" + i + "].sku", "no product with sku " + line.sku);
                } else if (!product.getCurrency().equals(order.currency)) {
                    v.add("lines[" + i + "].sku", line.sku + " is priced in " + product.getCurrency() + ", the order in " + order.currency);
                } else {
                    added.add(line);
                    delta.merge(line.sku, line.quantity, Integer::sum);
                }
                continue;
            }
            OrderLineEntity current = existing.get(line.id);
            if (current == null || kept.contains(current)) {
                v.add("lines[" + i + "].id", "no line " + line.id + " on this order");
            } else if (line.sku != null && !line.sku.equals(current.sku)) {
                v.add("lines[" + i + "].sku", "line " + line.id + " is " + current.sku + "; add a new line for another product");
            } else {
                kept.add(current);
                keptInputs.add(line);
                if (current.stockHeld) {
                    delta.merge(current.sku, line.quantity - current.quantity, Integer::sum);
                }
            }
        }
        for (OrderLineEntity current : order.lines) {
            if (!kept.contains(current) && current.stockHeld) {
                delta.merge(current.sku, -current.quantity, Integer::sum);
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            Checks.amount(v, "lines[" + i + "].unitPrice", wanted.get(i).unitPrice, order.currency, false);
        }
        v.throwIfAny();
        // Stock first: its updates flush the session, which must not yet hold half-priced lines
        delta.forEach((sku, change) -> {
            if (change > 0) {
                catalog.reserve(em, sku, change, "lines");
            } else if (change < 0) {
                catalog.release(em, sku, -change);
            }
        });
        for (int i = 0; i < kept.size(); i++) {
            kept.get(i).quantity = keptInputs.get(i).quantity;
            if (keptInputs.get(i).unitPrice != null) {
                kept.get(i).unitPrice = keptInputs.get(i).unitPrice;
            }
        }
        order.lines.removeIf(line -> !kept.contains(line));
        for (OrderInput.LineInput line : added) {
            order.lines.add(newLine(order, products.get(line.sku), line));
        }
        for (int i = 0; i < order.lines.size(); i++) {
            order.lines.get(i).position = i;
        }
    }

    private static OrderLineEntity newLine(OrderEntity order, ProductEntity product, OrderInput.LineInput input) {
        OrderLineEntity line = new OrderLineEntity();
        line.order = order;
        line.position = order.lines.size();
        line.sku = product.getSku();
        line.name = product.getName();
        line.quantity = input.quantity;
        line.unitPrice = input.unitPrice != null ? input.unitPrice : product.getPrice();
        line.taxRate = product.getTaxRate();
        line.state = LineStates.NEW;
        return line;
    }

    /** Takes the lines' units out of stock, in sku order so that two orders never wait on each other. */
    private void reserve(EntityManager em, List<OrderInput.LineInput> lines) {
        Map<String, Integer> bySku = new TreeMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            bySku.merge(lines.get(i).sku, lines.get(i).quantity, Integer::sum);
            firstIndex.putIfAbsent(lines.get(i).sku, i);
        }
        bySku.forEach((sku, quantity) -> catalog.reserve(em, sku, quantity,
                "lines[" + firstIndex.get(sku) + "].quantity"));
    }

    private List<OrderInput.LineInput> sourceLines(EntityManager em, OrderSourceDTO source, long customerId) {
        List<SourceLines.Line> copied = OrderSourceDTO.ORDER.equals(source.type)
                ? previousOrderLines(em, source.id, customerId)
                : sources.lines(em, source.type, source.id, customerId);
        List<OrderInput.LineInput> lines = new ArrayList<>();
        for (SourceLines.Line line : copied) {
            OrderInput.LineInput input = new OrderInput.LineInput();
            input.sku = line.sku();
            input.quantity = line.quantity();
            input.unitPrice = line.unitPrice();
            lines.add(input);
        }
        return lines;
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
        return previous.lines.stream().map(l -> new SourceLines.Line(l.sku, l.quantity, null)).toList();
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

    private static String currencyOf(List<OrderInput.LineInput> lines, Map<String, ProductEntity> products) {
        return lines.stream().map(l -> products.get(l.sku)).filter(p -> p != null).map(ProductEntity::getCurrency)
                .findFirst().orElse("EUR");
    }

    private static void checkProducts(Violations v, List<OrderInput.LineInput> lines, Map<String, ProductEntity> products,
            String currency) {
        for (int i = 0; i < lines.size(); i++) {
            OrderInput.LineInput line = lines.get(i);
            ProductEntity product = products.get(line.sku);
            if (product == null) {
                v.add("lines[" + i + "].sku", "no product with sku " + line.sku);
            } else if (!product.getCurrency().equals(currency)) {
                v.add("lines[" + i + "].sku", line.sku + " is priced in " + product.getCurrency() + ", the order in " + currency);
            }
            Checks.amount(v, "lines[" + i + "].unitPrice", line.unitPrice, currency, false);
        }
    }

    private static void checkLines(Violations v, List<OrderInput.LineInput> lines, boolean idsAllowed) {
        if (lines.size() > 500) {
            v.add("lines", "an order has at most 500 lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            OrderInput.LineInput line = lines.get(i);
            if (line == null) {
                v.add("lines[" + i + "]", "must be a line");
                continue;
            }
            if (line.id == null || !idsAllowed) {
                Checks.text(v, "lines[" + i + "].sku", line.sku, 64);
            }
            v.check(line.id != null && !idsAllowed, "lines[" + i + "].id", "is not allowed on a new order");
            Checks.quantity(v, "lines[" + i + "].quantity", line.quantity);
            Checks.amount(v, "lines[" + i + "].unitPrice", line.unitPrice, null, false);
        }
    }

    private static void checkAddressShape(Violations v, String field, OrderInput.AddressInput address) {
        if (address != null && address.addressId == null) {
            Checks.address(v, field + ".", address);
        }
    }

    private static PostalAddress address(EntityManager em, long customerId, OrderInput.AddressInput input, String field,
            Violations v) {
        if (input == null) {
            return null;
        }
        if (input.addressId == null) {
            return PostalAddress.from(input);
        }
        AddressEntity entry = input.addressId.matches("\\d{1,18}")
                ? em.find(AddressEntity.class, Long.parseLong(input.addressId)) : null;
        if (entry == null || !entry.getCustomerId().equals(customerId)) {
            v.add(field + ".addressId", "no address " + input.addressId + " in this customer's address book");
            return null;
        }
        return entry.getAddress().copy();
    }
}
