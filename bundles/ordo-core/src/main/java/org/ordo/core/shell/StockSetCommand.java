package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.core.internal.catalog.Catalog;
import org.ordo.core.internal.catalog.ProductDTO;

@Command(scope = "stock", name = "set", description = "Sets the available stock of a product")
@Service
public class StockSetCommand extends OrdoCommand {
    @Argument(index = 0, name = "sku", description = "The product's sku", required = true)
    @Completion(SkuCompleter.class)
    String sku;

    @Argument(index = 1, name = "quantity", description = "The new available stock, 0 or more", required = true)
    String quantity;

    @Reference
    Catalog catalog;

    @Override
    protected void run(PrintStream out) {
        ProductDTO product = catalog.setStock(sku.trim(), ConsoleInput.wholeNumber("quantity", quantity));
        out.println("Stock of " + product.sku + " is now " + product.stock);
    }
}
