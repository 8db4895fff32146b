package org.ordo.core.internal.source;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.config.Settings;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.money.Money;
import org.ordo.api.order.OrderSourceDTO;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.api.security.Actor;
import org.ordo.core.internal.Checks;
import org.ordo.core.internal.Ids;
import org.ordo.persistence.PagedQuery;
import org.ordo.persistence.Transactions;
import org.ordo.core.internal.catalog.Catalog;
import org.ordo.core.internal.catalog.ProductEntity;
import org.ordo.core.internal.customer.CustomerEntity;
import org.ordo.core.internal.pricing.PriceOverrides;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Shopping lists, quotes and carts: where an order's lines may come from. */
@Component(service = OrderSources.class, configurationPid = "org.ordo.core.carts")
@Designate(ocd = OrderSources.Config.class)
public class OrderSources {

    @ObjectClassDefinition(name = "Ordo carts")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a cart may stay untouched and unconverted before it counts as abandoned")
        long abandonAfterSeconds() default 86400;
    }

    private final Transactions tx;
    private final Catalog catalog;
    private final PriceOverrides overrides;
    private final Duration abandonAfter;

    @Activate
    public OrderSources(@Reference(target = "(osgi.unit.name=ordo-core)") JpaTemplate jpa, @Reference Catalog catalog,
            @Reference PriceOverrides overrides, Config config) {
        this.tx = new Transactions(jpa);
        this.catalog = catalog;
        this.overrides = overrides;
        this.abandonAfter = Duration.ofSeconds(
                Settings.atLeast("org.ordo.core.carts", "abandonAfterSeconds", config.abandonAfterSeconds(), 1));
    }

    public SourceDTO createShoppingList(SourceDTO input) {
        Violations v = new Violations();
        Checks.text(v, "name", input.name, 200);
        return tx.inTransaction(em -> {
            ShoppingListEntity list = new ShoppingListEntity();
            list.customerId = customer(em, input.customerId, v);
            list.name = input.name;
            list.lines = lines(em, input.lines, false, v).lines();
            v.throwIfAny();
            list.createdAt = list.updatedAt = Instant.now();
            em.persist(list);
            em.flush();
            return toDTO(list);
        });
    }

    /** A quote's negotiated prices are the actor's to give, within their override limit, as on an order's lines. */
    public SourceDTO createQuote(SourceDTO input, Actor actor) {
        Violations v = new Violations();
        return tx.inTransaction(em -> {
            QuoteEntity quote = new QuoteEntity();
            quote.customerId = customer(em, input.customerId, v);
            Checked checked = lines(em, input.lines, true, v);
            v.throwIfAny();
            for (int i = 0; i < checked.lines().size(); i++) {
                SourceLine line = checked.lines().get(i);
                overrides.check(actor, "lines[" + i + "].unitPrice", line.unitPrice, checked.catalogPrices().get(line.sku),
                        checked.currency());
            }
            quote.lines = checked.lines();
            quote.currency = checked.currency();
            quote.createdBy = actor.name();
            quote.createdAt = quote.updatedAt = Instant.now();
            em.persist(quote);
            em.flush();
            return toDTO(quote);
        });
    }

    public SourceDTO createCart(SourceDTO input) {
        Violations v = new Violations();
        return tx.inTransaction(em -> {
            CartEntity cart = new CartEntity();
            cart.customerId = customer(em, input.customerId, v);
            cart.lines = lines(em, input.lines, false, v).lines();
            v.throwIfAny();
            cart.createdAt = cart.updatedAt = Instant.now();
            em.persist(cart);
            em.flush();
            return toDTO(cart);
        });
    }

    public SourceDTO replaceCartLines(String cartId, List<SourceDTO.Line> lines) {
        long id = Ids.parse("Cart", cartId);
        return tx.inTransaction(em -> {
            CartEntity cart = load(em, CartEntity.class, "Cart", id);
            Violations v = new Violations();
            List<SourceLine> checked = lines(em, lines, false, v).lines();
            v.throwIfAny();
            cart.lines.clear();
            cart.lines.addAll(checked);
            cart.updatedAt = Instant.now();
            em.flush();
            return toDTO(cart);
        });
    }

    public SourceDTO shoppingList(String id) {
        return tx.inTransaction(em -> toDTO(load(em, ShoppingListEntity.class, "Shopping list", Ids.parse("Shopping list", id))));
    }

    public SourceDTO quote(String id) {
        return tx.inTransaction(em -> toDTO(load(em, QuoteEntity.class, "Quote", Ids.parse("Quote", id))));
    }

    public SourceDTO cart(String id) {
        return tx.inTransaction(em -> toDTO(load(em, CartEntity.class, "Cart", Ids.parse("Cart", id))));
    }

    /**
     * A page of a customer's carts, the last touched first, or only those abandoned: not converted,
     * untouched for the configured time.
     */
    public Page<SourceDTO> carts(String customerId, boolean abandonedOnly, PageRequest page) {
        long id = Ids.parse("Customer", customerId);
        return tx.inTransaction(em -> {
            if (em.find(CustomerEntity.class, id) == null) {
                throw NotFoundException.of("Customer", customerId);
            }
            String where = " WHERE c.customerId = :id"
                    + (abandonedOnly ? " AND c.convertedOrderId IS NULL AND c.updatedAt < :before" : "");
            TypedQuery<CartEntity> items = em.createQuery("SELECT c FROM CartEntity c" + where
                    + " ORDER BY c.updatedAt DESC, c.id DESC", CartEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CartEntity c" + where, Long.class);
            Instant before = Instant.now().minus(abandonAfter);
            for (TypedQuery<?> query : List.of(items, count)) {
                query.setParameter("id", id);
                if (abandonedOnly) {
                    query.setParameter("before", before);
                }
            }
            return PagedQuery.read(items, count, page, this::toDTO);
        });
    }

    /** The lines of a source of this customer, inside the caller's transaction. */
    public List<SourceLines.Line> lines(EntityManager em, String type, String id, long customerId) {
        Class<?> kind = switch (type) {
            case OrderSourceDTO.SHOPPING_LIST -> ShoppingListEntity.class;
            case OrderSourceDTO.QUOTE -> QuoteEntity.class;
            case OrderSourceDTO.CART -> CartEntity.class;
            default -> throw new ValidationException("source.type", "unknown source type " + type);
        };
        Object source = id != null && id.matches("\\d{1,18}") ? em.find(kind, Long.parseLong(id)) : null;
        List<SourceLine> lines;
        Long owner;
        String priceSetBy = null;
        if (source instanceof ShoppingListEntity list) {
            lines = list.lines;
            owner = list.customerId;
        } else if (source instanceof QuoteEntity quote) {
            lines = quote.lines;
            owner = quote.customerId;
            priceSetBy = quote.createdBy != null ? quote.createdBy : "quote " + quote.id;
        } else if (source instanceof CartEntity cart) {
            if (cart.convertedOrderId != null) {
                throw new ValidationException("source.id", "cart " + id + " became order " + cart.convertedOrderId + " already");
            }
            lines = cart.lines;
            owner = cart.customerId;
        } else {
            throw new ValidationException("source.id", "no " + type.toLowerCase().replace('_', ' ') + " " + id);
        }
        if (owner != customerId) {
            throw new ValidationException("source.id", type.toLowerCase().replace('_', ' ') + " " + id + " belongs to another customer");
        }
        if (lines.isEmpty()) {
            throw new ValidationException("source.id", "the " + type.toLowerCase().replace('_', ' ') + " has no lines");
        }
        String setBy = priceSetBy;
        return lines.stream().map(l -> new SourceLines.Line(l.sku, l.quantity, l.unitPrice, setBy)).toList();
    }

    public void markCartConverted(EntityManager em, long cartId, long orderId) {
        CartEntity cart = em.find(CartEntity.class, cartId);
        cart.convertedOrderId = orderId;
        cart.updatedAt = Instant.now();
    }

    private record Checked(List<SourceLine> lines, String currency, Map<String, BigDecimal> catalogPrices) {
    }

    private Checked lines(EntityManager em, List<SourceDTO.Line> lines, boolean priced, Violations v) {
        List<SourceLine> checked = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            v.add("lines", "at least one line is required");
            return new Checked(checked, null, Map.of());
        }
        Checks.lineBounds(v, lines.stream().map(l -> l == null || l.quantity == null ? new Checks.Units(null, 0)
                : new Checks.Units(l.sku, l.quantity)).toList(), "lines", i -> "lines[" + i + "].quantity");
        if (!v.isEmpty()) {
            return new Checked(checked, null, Map.of());
        }
        Map<String, ProductEntity> products = catalog.products(em,
                lines.stream().filter(l -> l != null && l.sku != null).map(l -> l.sku).toList());
        String currency = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceDTO.Line line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                v.add(at, "must be a line");
                continue;
            }
            ProductEntity product = line.sku == null ? null : products.get(line.sku);
            if (product == null) {
                v.add(at + ".sku", line.sku == null ? "is required" : "no product with sku " + line.sku);
            } else if (currency == null) {
                currency = product.getCurrency();
            } else if (priced && !currency.equals(product.getCurrency())) {
                v.add(at + ".sku", line.sku + " is priced in " + product.getCurrency() + ", the quote in " + currency);
            }
            Checks.quantity(v, at + ".quantity", line.quantity);
            if (priced) {
                Checks.amount(v, at + ".unitPrice", line.unitPrice, product == null ? null : product.getCurrency(), true);
            } else if (line.unitPrice != null) {
                v.add(at + ".unitPrice", "only quotes carry prices");
            }
            if (product != null && line.quantity != null) {
                checked.add(SourceLine.of(line.sku, line.quantity,
                        priced && line.unitPrice != null ? Money.round(line.unitPrice, product.getCurrency()) : null));
            }
        }
        Map<String, BigDecimal> catalogPrices = new HashMap<>();
        products.forEach((sku, product) -> catalogPrices.put(sku, product.getPrice()));
        return new Checked(checked, currency, catalogPrices);
    }

    private static Long customer(EntityManager em, String customerId, Violations v) {
        if (customerId != null && customerId.matches("\\d{1,18}")
                && em.find(CustomerEntity.class, Long.parseLong(customerId)) != null) {
            return Long.parseLong(customerId);
        }
        v.add("customerId", "no customer " + customerId);
        return null;
    }

    private static <T> T load(EntityManager em, Class<T> type, String kind, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw NotFoundException.of(kind, id);
        }
        return found;
    }

    private SourceDTO toDTO(ShoppingListEntity list) {
        SourceDTO dto = base(list.id, list.customerId, list.createdAt, list.updatedAt, list.version, list.lines);
        dto.name = list.name;
        return dto;
    }

    private SourceDTO toDTO(QuoteEntity quote) {
        SourceDTO dto = base(quote.id, quote.customerId, quote.createdAt, quote.updatedAt, quote.version, quote.lines);
        dto.currency = quote.currency;
        dto.lines.forEach(line -> line.unitPrice = Money.round(line.unitPrice, quote.currency));
        return dto;
    }

    private SourceDTO toDTO(CartEntity cart) {
        SourceDTO dto = base(cart.id, cart.customerId, cart.createdAt, cart.updatedAt, cart.version, cart.lines);
        dto.convertedOrderId = Ids.format(cart.convertedOrderId);
        dto.abandoned = cart.convertedOrderId == null && cart.updatedAt.isBefore(Instant.now().minus(abandonAfter));
        return dto;
    }

    private static SourceDTO base(Long id, Long customerId, Instant createdAt, Instant updatedAt, long version,
            List<SourceLine> lines) {
        SourceDTO dto = new SourceDTO();
        dto.id = Ids.format(id);
        dto.customerId = Ids.format(customerId);
        dto.createdAt = createdAt;
        dto.updatedAt = updatedAt;
        dto.version = version;
        dto.lines = new ArrayList<>();
        for (SourceLine l : lines) {
            SourceDTO.Line line = new SourceDTO.Line();
            line.sku = l.sku;
            line.quantity = l.quantity;
            line.unitPrice = l.unitPrice;
            dto.lines.add(line);
        }
        return dto;
    }
}
