package org.ordo.api.customer;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Reads customers. */
@ProviderType
public interface CustomerService {

    /** @throws org.ordo.api.error.NotFoundException when there is no such customer */
    CustomerDTO get(String customerId);

    Optional<CustomerDTO> find(String customerId);
}
