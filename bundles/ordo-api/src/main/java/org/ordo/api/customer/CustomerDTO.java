package org.ordo.api.customer;

import java.time.Instant;

/** A customer the back office orders for. */
public class CustomerDTO {
    public String id;
    public String firstName;
    public String lastName;
    public String email;
    public String phone;
    public String company;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
}
