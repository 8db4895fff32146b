package org.ordo.core.internal.order;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

@Entity
@Table(name = "ORDER_LINES", indexes = @Index(name = "ORDER_LINES_ORDER", columnList = "ORDER_ID,POSITION"))
public class OrderLineEntity {
    @Id
    @TableGenerator(name = "orderLineIds", table = "ORDO_CORE_IDS", pkColumnValue = "ORDER_LINES", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "orderLineIds")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ORDER_ID", nullable = false)
    OrderEntity order;

    @Column(name = "POSITION", nullable = false)
    int position;
    @Column(name = "SKU", nullable = false, length = 64)
    String sku;
    @Column(name = "NAME", nullable = false, length = 200)
    String name;
    @Column(name = "QUANTITY", nullable = false)
    int quantity;
    @Column(name = "UNIT_PRICE", nullable = false, precision = 19, scale = 4)
    BigDecimal unitPrice;
    /** The product's price when the line was made; null on lines made before it was kept. */
    @Column(name = "CATALOG_PRICE", precision = 19, scale = 4)
    BigDecimal catalogPrice;
    /** Who set a unit price other than the catalogue's (an agent, or a quote's author); null at the catalogue price. */
    @Column(name = "PRICE_SET_BY", length = 100)
    String priceSetBy;
    @Column(name = "TAX_RATE", nullable = false, precision = 7, scale = 4)
    BigDecimal taxRate;
    /** quantity × unit price, net. */
    @Column(name = "TOTAL", nullable = false, precision = 19, scale = 4)
    BigDecimal total = BigDecimal.ZERO;
    /** This line's share of the order's discount, which its tax is computed after. */
    @Column(name = "DISCOUNT", nullable = false, precision = 19, scale = 4)
    BigDecimal discount = BigDecimal.ZERO;
    @Column(name = "TAX", nullable = false, precision = 19, scale = 4)
    BigDecimal tax = BigDecimal.ZERO;
    @Column(name = "STATE", nullable = false, length = 32)
    String state;
    /** Whether the line's units are still reserved in stock: until shipped or cancelled. */
    @Column(name = "STOCK_HELD", nullable = false)
    boolean stockHeld = true;
}
