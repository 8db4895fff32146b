package org.ordo.core.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.core.internal.source.OrderSources;
import org.ordo.core.internal.source.SourceDTO;

@Command(scope = "cart", name = "set-lines", description = "Replaces all lines of a cart, as PUT /carts/{id}/lines does")
@Service
public class CartSetLinesCommand extends OrdoCommand {
    @Argument(index = 0, name = "cart", description = "The cart's id", required = true)
    String cart;

    @Argument(index = 1, name = "lines", description = "SKU:QUANTITY pairs: the cart's new content",
            multiValued = true)
    @Completion(SkuCompleter.class)
    List<String> lines;

    @Reference
    OrderSources sources;

    @Override
    protected void run(PrintStream out) {
        SourceDTO updated = sources.replaceCartLines(cart.trim(), TypedLines.sourceLines(lines));
        out.println("Cart " + updated.id + " now holds " + TypedLines.describe(updated));
    }
}
