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
@Table(name = "SHOPPING_LISTS", indexes = @Index(name = "SHOPPING_LISTS_CUSTOMER", columnList = "CUSTOMER_ID,UPDATED_AT"))
public class ShoppingListEntity {
    @Id
    @TableGenerator(name = "ShoppingListIds", table = "ORDO_CORE_IDS", pkColumnValue = "SHOPPING_LISTS", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ShoppingListIds")
    Long id;
    @Column(name = "CUSTOMER_ID", nullable = false)
    Long customerId;
    @Column(name = "NAME", nullable = false, length = 200)
    String name;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "SHOPPING_LIST_LINES", joinColumns = @JoinColumn(name = "SHOPPING_LIST_ID"))
    @OrderColumn(name = "POSITION")
    List<SourceLine> lines = new ArrayList<>();
    @Version
    @Column(name = "VERSION")
    long version;
}
