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

@Command(scope = "customer", name = "create", description = "Creates a customer, as POST /customers does")
@Service
public class CustomerCreateCommand extends OrdoCommand {
    @Option(name = "--phone", description = "The customer's phone number")
    String phone;

    @Option(name = "--company", description = "The customer's company")
    String company;

    @Argument(index = 0, name = "firstName", description = "First name", required = true)
    String firstName;

    @Argument(index = 1, name = "lastName", description = "Last name", required = true)
    String lastName;

    @Argument(index = 2, name = "email", description = "Email address, unique among customers", required = true)
    String email;

    @Reference
    Customers customers;

    @Override
    protected void run(PrintStream out) {
        CustomerInput input = new CustomerInput();
        input.firstName = firstName;
        input.lastName = lastName;
        input.email = email;
        input.phone = phone;
        input.company = company;
        CustomerDTO created = customers.create(input);
        out.println("Customer " + created.id + " created: " + created.firstName + " " + created.lastName + " <"
                + created.email + ">");
    }
}
