package org.ordo.core.internal.customer;

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
@Table(name = "CUSTOMERS", indexes = {
        @Index(name = "CUSTOMERS_EMAIL", columnList = "EMAIL_KEY", unique = true),
        @Index(name = "CUSTOMERS_FIRST", columnList = "FIRST_KEY"),
        @Index(name = "CUSTOMERS_LAST", columnList = "LAST_KEY")})
public class CustomerEntity {
    @Id
    @TableGenerator(name = "customerIds", table = "ORDO_CORE_IDS", pkColumnValue = "CUSTOMERS", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "customerIds")
    private Long id;

    @Column(name = "FIRST_NAME", nullable = false, length = 100)
    private String firstName;
    @Column(name = "LAST_NAME", nullable = false, length = 100)
    private String lastName;
    @Column(name = "EMAIL", nullable = false, length = 254)
    private String email;
    @Column(name = "PHONE", length = 40)
    private String phone;
    @Column(name = "COMPANY", length = 200)
    private String company;

    // Lower-case copies: prefix search on an index, whatever the case typed
    @Column(name = "FIRST_KEY", nullable = false, length = 100)
    private String firstKey;
    @Column(name = "LAST_KEY", nullable = false, length = 100)
    private String lastKey;
    @Column(name = "EMAIL_KEY", nullable = false, length = 254)
    private String emailKey;

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

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
        this.firstKey = SearchKeys.of(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
        this.lastKey = SearchKeys.of(lastName);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
        this.emailKey = SearchKeys.of(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
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
