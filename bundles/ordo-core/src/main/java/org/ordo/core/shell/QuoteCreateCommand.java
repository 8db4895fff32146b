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

@Command(scope = "quote", name = "create", description = "Records a quote with negotiated prices, as POST /quotes does")
@Service
public class QuoteCreateCommand extends OrdoCommand {
    @Option(name = "--customer", description = "The customer's id")
    String customer;

    @Argument(name = "lines", description = "SKU:QUANTITY:UNIT_PRICE triples, such as SKU-1:10:8.50",
            multiValued = true)
    @Completion(SkuCompleter.class)
    List<String> lines;

    @Reference
    OrderSources sources;

    @Override
    protected void run(PrintStream out) {
        SourceDTO input = new SourceDTO();
        input.customerId = ConsoleInput.blankToNull(customer);
        input.lines = TypedLines.sourceLines(lines);
        SourceDTO created = sources.createQuote(input, user());
        out.println("Quote " + created.id + " created for customer " + created.customerId + " in " + created.currency
                + ": " + TypedLines.describe(created));
    }
}
