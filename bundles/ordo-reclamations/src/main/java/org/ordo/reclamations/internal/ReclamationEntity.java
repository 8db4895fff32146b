package org.ordo.reclamations.internal;

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
@Table(name = "RECLAMATIONS", indexes = {
        @Index(name = "RECLAMATIONS_ORDER", columnList = "ORDER_ID,STATUS"),
        @Index(name = "RECLAMATIONS_STATUS_NEWEST", columnList = "STATUS, CREATED_AT DESC, ID DESC"),
        @Index(name = "RECLAMATIONS_NEWEST", columnList = "CREATED_AT DESC, ID DESC")})
public class ReclamationEntity {
    @Id
    @TableGenerator(name = "reclamationIds", table = "ORDO_RECLAMATION_IDS", pkColumnValue = "RECLAMATIONS", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "reclamationIds")
    Long id;
    @Column(name = "ORDER_ID", nullable = false, length = 32)
    String orderId;
    @Column(name = "STATUS", nullable = false, length = 16)
    String status;
    @Column(name = "REASON", nullable = false, length = 4000)
    String reason;
    @Column(name = "RESOLUTION", length = 4000)
    String resolution;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "CLOSED_AT")
    Instant closedAt;
    @Column(name = "CLOSED_BY", length = 100)
    String closedBy;
    @ElementCollection
    @CollectionTable(name = "RECLAMATION_ITEMS", joinColumns = @JoinColumn(name = "RECLAMATION_ID"))
    @OrderColumn(name = "POSITION")
    List<ClaimedItem> items = new ArrayList<>();
    @Version
    @Column(name = "VERSION")
    long version;
}
