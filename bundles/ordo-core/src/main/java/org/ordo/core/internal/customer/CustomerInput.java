package org.ordo.core.internal.customer;

/** A request to create a customer, or the fields to change (absent ones stay). */
public class CustomerInput {
    public String firstName;
    public String lastName;
    public String email;
    public String phone;
    public String company;
}
