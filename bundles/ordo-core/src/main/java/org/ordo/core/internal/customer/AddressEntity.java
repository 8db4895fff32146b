package org.ordo.core.internal.customer;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.ordo.core.internal.PostalAddress;

/** An address in a customer's address book. */
@Entity
@Table(name = "CUSTOMER_ADDRESSES", indexes = @Index(name = "CUSTOMER_ADDRESSES_CUSTOMER", columnList = "CUSTOMER_ID"))
public class AddressEntity {
    @Id
    @TableGenerator(name = "addressIds", table = "ORDO_CORE_IDS", pkColumnValue = "CUSTOMER_ADDRESSES", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "addressIds")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Embedded
    private PostalAddress address = new PostalAddress();

    @Version
    @Column(name = "VERSION")
    private long version;

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public PostalAddress getAddress() {
        return address;
    }

    public void setAddress(PostalAddress address) {
        this.address = address;
    }
}
