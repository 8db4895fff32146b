package org.ordo.shipping.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity
@Table(name = "SHIPMENTS", indexes = {
        @Index(name = "SHIPMENTS_ORDER", columnList = "ORDER_ID,ID"),
        @Index(name = "SHIPMENTS_STATUS", columnList = "STATUS")})
public class ShipmentEntity {
    @Id
    @TableGenerator(name = "shipmentIds", table = "ORDO_SHIPMENT_IDS", pkColumnValue = "SHIPMENTS", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "shipmentIds")
    Long id;
    @Column(name = "ORDER_ID", nullable = false, length = 32)
    String orderId;
    @Column(name = "CARRIER", nullable = false, length = 64)
    String carrier;
    @Column(name = "TRACKING_NUMBER", nullable = false, length = 100)
    String trackingNumber;
    @Column(name = "TRACKING_URL", length = 2000)
    String trackingUrl;
    /** The status of the latest tracking event, kept here so lists and the dashboard need no join. */
    @Column(name = "STATUS", nullable = false, length = 32)
    String status;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @ElementCollection
    @CollectionTable(name = "SHIPMENT_ITEMS", joinColumns = @JoinColumn(name = "SHIPMENT_ID"),
            indexes = @Index(name = "SHIPMENT_ITEMS_SHIPMENT", columnList = "SHIPMENT_ID"))
    @OrderColumn(name = "POSITION")
    List<ShippedItem> items = new ArrayList<>();
    /** As recorded; shown sorted by when they occurred. */
    @ElementCollection
    @CollectionTable(name = "SHIPMENT_EVENTS", joinColumns = @JoinColumn(name = "SHIPMENT_ID"),
            indexes = @Index(name = "SHIPMENT_EVENTS_SHIPMENT", columnList = "SHIPMENT_ID"))
    @OrderColumn(name = "POSITION")
    List<TrackingEvent> events = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "SHIPMENT_CORRECTIONS", joinColumns = @JoinColumn(name = "SHIPMENT_ID"),
            indexes = @Index(name = "SHIPMENT_CORRECTIONS_SHIPMENT", columnList = "SHIPMENT_ID"))
    @OrderColumn(name = "POSITION")
    List<Correction> corrections = new ArrayList<>();
    @Version
    @Column(name = "VERSION")
    long version;
}
