package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.api.order.AddressDTO;
import org.ordo.core.internal.customer.Customers;

@Command(scope = "customer", name = "address-edit", description = "Changes the given fields of a customer's address, as PATCH /customers/{id}/addresses/{addressId} does")
@Service
public class CustomerAddressEditCommand extends AddressCommand {
    @Argument(index = 0, name = "customer", description = "The customer's id", required = true)
    String customer;

    @Argument(index = 1, name = "address", description = "The address's id", required = true)
    String address;

    @Reference
    Customers customers;

    @Override
    protected void run(PrintStream out) {
        AddressDTO updated = customers.updateAddress(customer.trim(), address.trim(), typedAddress());
        print(out, "Address " + updated.id + " is now", updated);
    }
}
