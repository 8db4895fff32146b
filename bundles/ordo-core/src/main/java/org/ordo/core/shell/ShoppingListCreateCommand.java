package org.ordo.core.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.core.internal.source.OrderSources;
import org.ordo.core.internal.source.SourceDTO;

@Command(scope = "shoppinglist", name = "create", description = "Creates a customer's shopping list, as POST /shopping-lists does")
@Service
public class ShoppingListCreateCommand extends OrdoCommand {
    @Option(name = "--customer", description = "The customer's id")
    String customer;

    @Option(name = "--name", description = "The list's name")
    String name;

    @Argument(name = "lines", description = "SKU:QUANTITY pairs", multiValued = true)
    @Completion(SkuCompleter.class)
    List<String> lines;

    @Reference
    OrderSources sources;

    @Override
    protected void run(PrintStream out) {
        SourceDTO input = new SourceDTO();
        input.customerId = ConsoleInput.blankToNull(customer);
        input.name = name;
        input.lines = TypedLines.sourceLines(lines);
        SourceDTO created = sources.createShoppingList(input);
        out.println("Shopping list " + created.id + " \"" + created.name + "\" created for customer " + created.customerId
                + ": " + TypedLines.describe(created));
    }
}
