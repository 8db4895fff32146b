package org.ordo.core.internal.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.ordo.core.internal.PostalAddress;

/** An order and its lines; the grid's columns are plain columns of this table, each indexed. */
@Entity
@Table(name = "ORDERS", indexes = {
        @Index(name = "ORDERS_NUMBER", columnList = "NUMBER", unique = true),
        // Newest first is the grid's default order: these indexes hand rows over already sorted
        @Index(name = "ORDERS_STATUS_NEWEST", columnList = "STATUS, CREATED_AT DESC, ID DESC"),
        @Index(name = "ORDERS_NEWEST", columnList = "CREATED_AT DESC, ID DESC"),
        @Index(name = "ORDERS_CUSTOMER_NEWEST", columnList = "CUSTOMER_ID, CREATED_AT DESC, ID DESC"),
        @Index(name = "ORDERS_CHANNEL", columnList = "CHANNEL"),
        @Index(name = "ORDERS_GRAND_TOTAL_ID", columnList = "GRAND_TOTAL, ID"),
        @Index(name = "ORDERS_EXPIRES", columnList = "STATUS, EXPIRES_AT")})
public class OrderEntity {
    @Id
    @TableGenerator(name = "orderIds", table = "ORDO_CORE_IDS", pkColumnValue = "ORDERS", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "orderIds")
    Long id;

    @Column(name = "NUMBER", nullable = false, length = 32)
    String number;
    @Column(name = "STATUS", nullable = false, length = 32)
    String status;
    @Column(name = "CUSTOMER_ID", nullable = false)
    Long customerId;
    // The customer's name and email when ordered, as on the order document
    @Column(name = "CUSTOMER_NAME", length = 201)
    String customerName;
    @Column(name = "CUSTOMER_EMAIL", length = 254)
    String customerEmail;
    @Column(name = "CHANNEL", nullable = false, length = 32)
    String channel;
    @Column(name = "CURRENCY", nullable = false, length = 3)
    String currency;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
    @Column(name = "EXPIRES_AT")
    Instant expiresAt;
    @Column(name = "CREATED_BY", length = 100)
    String createdBy;
    @Column(name = "SHIPPING_METHOD", length = 64)
    String shippingMethod;
    @Column(name = "FREE_SHIPPING", nullable = false)
    boolean freeShipping;
    @Column(name = "NOTE", length = 4000)
    String note;
    @Column(name = "SOURCE_TYPE", length = 32)
    String sourceType;
    @Column(name = "SOURCE_ID", length = 64)
    String sourceId;

    @Column(name = "SUBTOTAL", nullable = false, precision = 19, scale = 4)
    BigDecimal subtotal = BigDecimal.ZERO;
    @Column(name = "DISCOUNT", nullable = false, precision = 19, scale = 4)
    BigDecimal discount = BigDecimal.ZERO;
    @Column(name = "SHIPPING", nullable = false, precision = 19, scale = 4)
    BigDecimal shipping = BigDecimal.ZERO;
    @Column(name = "TAX", nullable = false, precision = 19, scale = 4)
    BigDecimal tax = BigDecimal.ZERO;
    @Column(name = "GRAND_TOTAL", nullable = false, precision = 19, scale = 4)
    BigDecimal grandTotal = BigDecimal.ZERO;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "firstName", column = @Column(name = "BILL_FIRST_NAME", length = 100)),
            @AttributeOverride(name = "lastName", column = @Column(name = "BILL_LAST_NAME", length = 100)),
            @AttributeOverride(name = "company", column = @Column(name = "BILL_COMPANY", length = 200)),
            @AttributeOverride(name = "street", column = @Column(name = "BILL_STREET", length = 300)),
            @AttributeOverride(name = "city", column = @Column(name = "BILL_CITY", length = 100)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "BILL_POSTAL_CODE", length = 20)),
            @AttributeOverride(name = "region", column = @Column(name = "BILL_REGION", length = 100)),
            @AttributeOverride(name = "country", column = @Column(name = "BILL_COUNTRY", length = 2)),
            @AttributeOverride(name = "phone", column = @Column(name = "BILL_PHONE", length = 40))})
    PostalAddress billingAddress;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "firstName", column = @Column(name = "SHIP_FIRST_NAME", length = 100)),
            @AttributeOverride(name = "lastName", column = @Column(name = "SHIP_LAST_NAME", length = 100)),
            @AttributeOverride(name = "company", column = @Column(name = "SHIP_COMPANY", length = 200)),
            @AttributeOverride(name = "street", column = @Column(name = "SHIP_STREET", length = 300)),
            @AttributeOverride(name = "city", column = @Column(name = "SHIP_CITY", length = 100)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "SHIP_POSTAL_CODE", length = 20)),
            @AttributeOverride(name = "region", column = @Column(name = "SHIP_REGION", length = 100)),
            @AttributeOverride(name = "country", column = @Column(name = "SHIP_COUNTRY", length = 2)),
            @AttributeOverride(name = "phone", column = @Column(name = "SHIP_PHONE", length = 40))})
    PostalAddress shippingAddress;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<OrderLineEntity> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ORDER_FLAGS", joinColumns = @JoinColumn(name = "ORDER_ID"),
            indexes = @Index(name = "ORDER_FLAGS_FLAG", columnList = "FLAG"))
    @Column(name = "FLAG", length = 64)
    Set<String> flags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "ORDER_COUPONS", joinColumns = @JoinColumn(name = "ORDER_ID"))
    @Column(name = "CODE", length = 64)
    @OrderColumn(name = "POSITION")
    List<String> couponCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ORDER_ADJUSTMENTS", joinColumns = @JoinColumn(name = "ORDER_ID"))
    @OrderColumn(name = "POSITION")
    List<OrderAdjustment> adjustments = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    long version;
}
