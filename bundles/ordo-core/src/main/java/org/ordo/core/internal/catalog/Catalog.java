package org.ordo.core.internal.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.money.Money;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.api.stock.StockService;
import org.ordo.core.internal.Checks;
import org.ordo.core.internal.PrefixSearch;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Products by sku, and their stock: what orders reserve and cancellations give back. */
@Component(service = {Catalog.class, StockService.class})
public class Catalog implements StockService {
    private static final BigDecimal MAX_TAX_RATE = new BigDecimal("100");

    private final Transactions tx;

    @Activate
    public Catalog(@Reference(target = "(osgi.unit.name=ordo-core)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    public ProductDTO create(ProductDTO input) {
        Violations v = new Violations();
        Checks.text(v, "sku", input.sku, 64);
        if (input.sku != null && !input.sku.matches("[A-Za-z0-9][A-Za-z0-9._\\-]*")) {
            v.add("sku", "may hold only letters, digits, '.', '_' and '-'");
        }
        Checks.text(v, "name", input.name, 200);
        boolean currency = Checks.currency(v, "currency", input.currency);
        Checks.amount(v, "price", input.price, currency ? input.currency : null, true);
        if (input.taxRate != null && (input.taxRate.signum() < 0 || input.taxRate.compareTo(MAX_TAX_RATE) > 0
                || input.taxRate.stripTrailingZeros().scale() > 4)) {
            v.add("taxRate", "must be a percentage from 0 to 100 with at most 4 decimals");
        }
        if (input.stock != null && (input.stock < 0 || input.stock > 1_000_000_000)) {
            v.add("stock", "must be a whole number from 0 to 1000000000");
        }
        v.throwIfAny();
        try {
            return tx.inTransaction(em -> {
                if (findBySku(em, input.sku) != null) {
                    throw skuTaken(input.sku);
                }
                ProductEntity product = new ProductEntity();
                product.setSku(input.sku);
                product.setName(input.name.trim());
                product.setCurrency(input.currency);
                product.setPrice(Money.round(input.price, input.currency));
                product.setTaxRate(input.taxRate == null ? BigDecimal.ZERO : input.taxRate.stripTrailingZeros());
                product.setStock(input.stock == null ? 0 : input.stock);
                Instant now = Instant.now();
                product.setCreatedAt(now);
                product.setUpdatedAt(now);
                em.persist(product);
                em.flush();
                return toDTO(product);
            });
        } catch (RuntimeException e) {
            throw Transactions.isDuplicateKey(e) ? skuTaken(input.sku) : e;
        }
    }

    public ProductDTO get(String sku) {
        return tx.inTransaction(em -> toDTO(load(em, sku)));
    }

    public Page<ProductDTO> search(String q, PageRequest page) {
        return tx.inTransaction(em -> PrefixSearch.page(em, ProductEntity.class, List.of("skuKey", "nameKey"), "e.sku",
                q, page, Catalog::toDTO));
    }

    public ProductDTO setStock(String sku, Integer quantity) {
        Violations v = new Violations();
        v.check(quantity == null || quantity < 0 || quantity > 1_000_000_000, "quantity",
                "must be a whole number from 0 to 1000000000");
        v.throwIfAny();
        return tx.inTransaction(em -> {
            ProductEntity product = load(em, sku);
            product.setStock(quantity);
            product.setUpdatedAt(Instant.now());
            em.flush();
            return toDTO(product);
        });
    }

    @Override
    public int available(String sku) {
        return get(sku).stock;
    }

    @Override
    public void release(String sku, int quantity) {
        tx.run(em -> release(em, sku, quantity));
    }

    /** The products of these skus, within the caller's transaction; unknown skus are absent. */
    public Map<String, ProductEntity> products(EntityManager em, Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM ProductEntity p WHERE p.sku IN :skus", ProductEntity.class)
                .setParameter("skus", skus).getResultList().stream()
                .collect(Collectors.toMap(ProductEntity::getSku, Function.identity()));
    }

    /**
     * Takes units out of stock within the caller's transaction. The conditional update locks the
     * product's row until commit, so two orders racing for the last unit cannot both have it. It is
     * plain SQL with bound parameters, so the database compiles it once, not once per order.
     */
    public void reserve(EntityManager em, String sku, int quantity, String field) {
        int updated = stockUpdate(em, "UPDATE PRODUCTS SET STOCK = STOCK - ?, VERSION = VERSION + 1 WHERE SKU = ? AND STOCK >= ?")
                .setParameter(1, quantity).setParameter(2, sku).setParameter(3, quantity).executeUpdate();
        if (updated == 0) {
            ProductEntity product = findBySku(em, sku);
            int left = product == null ? 0 : product.getStock();
            throw new ValidationException(field, "not enough stock of " + sku + ": " + quantity + " wanted, " + left + " available");
        }
    }

    /**
     * Gives back units of several products within the caller's transaction, in sku order: the order
     * in which orders take stock too, so that two transactions never wait on each other's rows.
     */
    public void release(EntityManager em, Map<String, Integer> quantitiesBySku) {
        new TreeMap<>(quantitiesBySku).forEach((sku, quantity) -> release(em, sku, quantity));
    }

    /**
     * Gives back units. Stock is an int column and set at most to 10^9, yet released units land on
     * top of whatever it was set to since: the sum saturates at the column's largest value rather
     * than wrap around to a negative stock or fail the cancellation that gives them back.
     */
    public void release(EntityManager em, String sku, int quantity) {
        stockUpdate(em, "UPDATE PRODUCTS SET STOCK = CASE WHEN STOCK > ? THEN " + Integer.MAX_VALUE
                + " ELSE STOCK + ? END, VERSION = VERSION + 1 WHERE SKU = ?")
                .setParameter(1, Integer.MAX_VALUE - quantity).setParameter(2, quantity).setParameter(3, sku).executeUpdate();
    }

    /**
     * A stock update touches only the stock row, which no entity in the transaction has pending, so
     * the transaction's other changes need not be written first: by default every update would flush
     * (and compare) the whole unit of work, once per line of the order.
     */
    private static Query stockUpdate(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    private static ProductEntity findBySku(EntityManager em, String sku) {
        List<ProductEntity> found = em.createQuery("SELECT p FROM ProductEntity p WHERE p.sku = :sku", ProductEntity.class)
                .setParameter("sku", sku).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static ProductEntity load(EntityManager em, String sku) {
        ProductEntity product = sku == null ? null : findBySku(em, sku);
        if (product == null) {
            throw NotFoundException.of("Product", sku);
        }
        return product;
    }

    private static ConflictException skuTaken(String sku) {
        return new ConflictException("A product with sku " + sku + " exists already");
    }

    static ProductDTO toDTO(ProductEntity p) {
        ProductDTO dto = new ProductDTO();
        dto.sku = p.getSku();
        dto.name = p.getName();
        dto.price = Money.round(p.getPrice(), p.getCurrency());
        dto.currency = p.getCurrency();
        dto.taxRate = p.getTaxRate().stripTrailingZeros();
        dto.stock = p.getStock();
        dto.createdAt = p.getCreatedAt();
        dto.updatedAt = p.getUpdatedAt();
        dto.version = p.getVersion();
        return dto;
    }
}
