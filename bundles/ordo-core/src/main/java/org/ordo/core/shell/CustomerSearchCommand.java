package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.customer.CustomerDTO;
import org.ordo.api.rest.Page;
import org.ordo.core.internal.customer.Customers;

@Command(scope = "customer", name = "search", description = "Finds customers whose first name, last name or email starts with the query")
@Service
public class CustomerSearchCommand extends OrdoCommand {
    @Argument(name = "query", description = "Start of a first name, last name or email; all customers when left out")
    String query;

    @Option(name = "--page", description = "Page number, from 1")
    String page = "1";

    @Option(name = "--size", description = "Customers per page, 1 to 200")
    String size = "20";

    @Reference
    Customers customers;

    @Override
    protected void run(PrintStream out) {
        Page<CustomerDTO> found = customers.search(query, ConsoleInput.page(page, size));
        ShellTable table = new ShellTable().emptyTableText("No customers");
        table.column("Id");
        table.column("Name");
        table.column("Email");
        table.column("Phone");
        table.column("Company");
        for (CustomerDTO customer : found.items) {
            String name = (ConsoleFormat.text(customer.firstName) + " " + ConsoleFormat.text(customer.lastName)).trim();
            table.addRow().addContent(customer.id, name, ConsoleFormat.text(customer.email),
                    ConsoleFormat.text(customer.phone), ConsoleFormat.text(customer.company));
        }
        table.print(out);
        ConsoleFormat.pageLine(out, found, "customers");
    }
}
