package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.core.internal.customer.Customers;

@Command(scope = "customer", name = "address-remove", description = "Removes an address from a customer's address book, as DELETE /customers/{id}/addresses/{addressId} does")
@Service
public class CustomerAddressRemoveCommand extends OrdoCommand {
    @Argument(index = 0, name = "customer", description = "The customer's id", required = true)
    String customer;

    @Argument(index = 1, name = "address", description = "The address's id", required = true)
    String address;

    @Reference
    Customers customers;

    @Override
    protected void run(PrintStream out) {
        requireAdmin("Removing an address");
        customers.deleteAddress(customer.trim(), address.trim());
        out.println("Address " + address.trim() + " removed from customer " + customer.trim());
    }
}
