package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.api.order.AddressDTO;
import org.ordo.core.internal.customer.Customers;

@Command(scope = "customer", name = "address-add", description = "Adds an address to a customer's address book, as POST /customers/{id}/addresses does")
@Service
public class CustomerAddressAddCommand extends AddressCommand {
    @Argument(name = "customer", description = "The customer's id", required = true)
    String customer;

    @Reference
    Customers customers;

    @Override
    protected void run(PrintStream out) {
        AddressDTO created = customers.addAddress(customer.trim(), typedAddress());
        print(out, "Address " + created.id + " added", created);
    }
}
