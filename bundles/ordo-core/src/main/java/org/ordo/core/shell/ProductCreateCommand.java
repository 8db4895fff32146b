package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.core.internal.catalog.Catalog;
import org.ordo.core.internal.catalog.ProductDTO;

@Command(scope = "product", name = "create", description = "Adds a product to the catalog, as POST /products does")
@Service
public class ProductCreateCommand extends OrdoCommand {
    @Option(name = "--currency", description = "ISO 4217 currency of the price, such as EUR (required, as in the API)")
    String currency;

    @Option(name = "--tax-rate", description = "Tax rate in percent, such as 19 or 7.5; 0 when left out")
    String taxRate;

    @Argument(index = 0, name = "sku", description = "Unique sku: letters, digits, '.', '_' and '-'", required = true)
    String sku;

    @Argument(index = 1, name = "name", description = "The product's name", required = true)
    String name;

    @Argument(index = 2, name = "price", description = "Unit price, such as 19.90", required = true)
    String price;

    @Argument(index = 3, name = "stock", description = "Available stock; 0 when left out")
    String stock;

    @Reference
    Catalog catalog;

    @Override
    protected void run(PrintStream out) {
        ProductDTO input = new ProductDTO();
        input.sku = sku.trim();
        input.name = name;
        input.currency = ConsoleInput.blankToNull(currency);
        input.price = ConsoleInput.decimal("price", price);
        input.taxRate = ConsoleInput.decimal("taxRate", taxRate);
        input.stock = ConsoleInput.wholeNumber("stock", stock);
        ProductDTO created = catalog.create(input);
        out.println("Product " + created.sku + " created: " + created.name + ", "
                + ConsoleFormat.money(created.price, created.currency) + ", tax " + ConsoleFormat.percent(created.taxRate)
                + ", stock " + created.stock);
    }
}
