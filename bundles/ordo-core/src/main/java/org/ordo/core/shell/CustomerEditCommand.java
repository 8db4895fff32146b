package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.api.customer.CustomerDTO;
import org.ordo.core.internal.customer.CustomerInput;
import org.ordo.core.internal.customer.Customers;

@Command(scope = "customer", name = "edit", description = "Changes the given fields of a customer, as PATCH /customers/{id} does")
@Service
public class CustomerEditCommand extends OrdoCommand {
    @Option(name = "--first-name", description = "New first name")
    String firstName;

    @Option(name = "--last-name", description = "New last name")
    String lastName;

    @Option(name = "--email", description = "New email address")
    String email;

    @Option(name = "--phone", description = "New phone number")
    String phone;

    @Option(name = "--company", description = "New company")
    String company;

    @Option(name = "--if-version", description = "Change only if the customer is still at this version (as If-Match)")
    String ifVersion;

    @Argument(name = "customer", description = "The customer's id", required = true)
    String customer;

    @Reference
    Customers customers;

    @Override
    protected void run(PrintStream out) {
        CustomerInput changes = new CustomerInput();
        changes.firstName = firstName;
        changes.lastName = lastName;
        changes.email = email;
        changes.phone = phone;
        changes.company = company;
        Long expectedVersion = ConsoleInput.id("if-version", ifVersion);
        CustomerDTO updated = customers.update(customer.trim(), changes, expectedVersion);
        out.println("Customer " + updated.id + " is now " + updated.firstName + " " + updated.lastName + " <"
                + updated.email + ">, version " + updated.version);
    }
}
