package org.ordo.core.internal.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.ordo.core.internal.SearchKeys;

@Entity
@Table(name = "PRODUCTS", indexes = {
        @Index(name = "PRODUCTS_SKU", columnList = "SKU", unique = true),
        @Index(name = "PRODUCTS_SKU_KEY", columnList = "SKU_KEY"),
        @Index(name = "PRODUCTS_NAME_KEY", columnList = "NAME_KEY")})
public class ProductEntity {
    @Id
    @TableGenerator(name = "productIds", table = "ORDO_CORE_IDS", pkColumnValue = "PRODUCTS", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "productIds")
    private Long id;

    @Column(name = "SKU", nullable = false, length = 64)
    private String sku;
    @Column(name = "NAME", nullable = false, length = 200)
    private String name;
    @Column(name = "SKU_KEY", nullable = false, length = 64)
    private String skuKey;
    @Column(name = "NAME_KEY", nullable = false, length = 200)
    private String nameKey;
    @Column(name = "PRICE", nullable = false, precision = 19, scale = 4)
    private BigDecimal price;
    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;
    @Column(name = "TAX_RATE", nullable = false, precision = 7, scale = 4)
    private BigDecimal taxRate;
    /** Units that can still be ordered; orders take from it as they are placed. */
    @Column(name = "STOCK", nullable = false)
    private int stock;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "VERSION")
    private long version;

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
        this.skuKey = SearchKeys.of(sku);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        this.nameKey = SearchKeys.of(name);
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(BigDecimal taxRate) {
        this.taxRate = taxRate;
    }

    public int getStock() {
        return stock;
    }

    public void setStock(int stock) {
        this.stock = stock;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
