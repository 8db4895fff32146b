package org.ordo.core.internal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.ordo.api.order.AddressDTO;

/** The fields of a postal address, embedded in an address book entry or (twice) in an order. */
@Embeddable
public class PostalAddress {
    @Column(name = "FIRST_NAME", length = 100)
    private String firstName;
    @Column(name = "LAST_NAME", length = 100)
    private String lastName;
    @Column(name = "COMPANY", length = 200)
    private String company;
    @Column(name = "STREET", length = 300)
    private String street;
    @Column(name = "CITY", length = 100)
    private String city;
    @Column(name = "POSTAL_CODE", length = 20)
    private String postalCode;
    @Column(name = "REGION", length = 100)
    private String region;
    @Column(name = "COUNTRY", length = 2)
    private String country;
    @Column(name = "PHONE", length = 40)
    private String phone;

    public static PostalAddress from(AddressDTO dto) {
        PostalAddress address = new PostalAddress();
        address.firstName = dto.firstName;
        address.lastName = dto.lastName;
        address.company = dto.company;
        address.street = dto.street;
        address.city = dto.city;
        address.postalCode = dto.postalCode;
        address.region = dto.region;
        address.country = dto.country;
        address.phone = dto.phone;
        return address;
    }

    /** A copy with {@code changes}' non-null fields applied. */
    public PostalAddress merge(AddressDTO changes) {
        PostalAddress merged = copy();
        if (changes.firstName != null) merged.firstName = changes.firstName;
        if (changes.lastName != null) merged.lastName = changes.lastName;
        if (changes.company != null) merged.company = changes.company;
        if (changes.street != null) merged.street = changes.street;
        if (changes.city != null) merged.city = changes.city;
        if (changes.postalCode != null) merged.postalCode = changes.postalCode;
        if (changes.region != null) merged.region = changes.region;
        if (changes.country != null) merged.country = changes.country;
        if (changes.phone != null) merged.phone = changes.phone;
        return merged;
    }

    public PostalAddress copy() {
        return from(toDTO(null));
    }

    public AddressDTO toDTO(Long id) {
        AddressDTO dto = new AddressDTO();
        dto.id = id == null ? null : String.valueOf(id);
        dto.firstName = firstName;
        dto.lastName = lastName;
        dto.company = company;
        dto.street = street;
        dto.city = city;
        dto.postalCode = postalCode;
        dto.region = region;
        dto.country = country;
        dto.phone = phone;
        return dto;
    }

    public boolean isEmpty() {
        return street == null && city == null && country == null && lastName == null;
    }
}
