package org.ordo.api.order;

/** A postal address: in a customer's address book, or copied onto an order as a snapshot. */
public class AddressDTO {
    public String id;
    public String firstName;
    public String lastName;
    public String company;
    public String street;
    public String city;
    public String postalCode;
    public String region;
    /** ISO 3166-1 alpha-2, upper case. */
    public String country;
    public String phone;
}
