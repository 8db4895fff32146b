package org.ordo.core.internal.source;

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
@Table(name = "QUOTES", indexes = @Index(name = "QUOTES_CUSTOMER", columnList = "CUSTOMER_ID,UPDATED_AT"))
public class QuoteEntity {
    @Id
    @TableGenerator(name = "QuoteIds", table = "ORDO_CORE_IDS", pkColumnValue = "QUOTES", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "QuoteIds")
    Long id;
    @Column(name = "CUSTOMER_ID", nullable = false)
    Long customerId;
    @Column(name = "CURRENCY", nullable = false, length = 3)
    String currency;
    /** Who negotiated the prices; null on quotes made before it was kept. */
    @Column(name = "CREATED_BY", length = 100)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "QUOTE_LINES", joinColumns = @JoinColumn(name = "QUOTE_ID"))
    @OrderColumn(name = "POSITION")
    List<SourceLine> lines = new ArrayList<>();
    @Version
    @Column(name = "VERSION")
    long version;
}
