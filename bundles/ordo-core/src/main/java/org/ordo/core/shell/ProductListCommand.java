package org.ordo.core.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.rest.Page;
import org.ordo.core.internal.catalog.Catalog;
import org.ordo.core.internal.catalog.ProductDTO;

@Command(scope = "product", name = "list", description = "Lists products whose sku or name starts with the query, with price and stock")
@Service
public class ProductListCommand extends OrdoCommand {
    @Argument(name = "query", description = "Start of a sku or name; all products when left out")
    String query;

    @Option(name = "--page", description = "Page number, from 1")
    String page = "1";

    @Option(name = "--size", description = "Products per page, 1 to 200")
    String size = "20";

    @Reference
    Catalog catalog;

    @Override
    protected void run(PrintStream out) {
        Page<ProductDTO> found = catalog.search(query, ConsoleInput.page(page, size));
        ShellTable table = new ShellTable().emptyTableText("No products");
        table.column("Sku");
        table.column("Name");
        table.column("Price").alignRight();
        table.column("Tax rate").alignRight();
        table.column("Stock").alignRight();
        for (ProductDTO product : found.items) {
            table.addRow().addContent(product.sku, ConsoleFormat.text(product.name),
                    ConsoleFormat.money(product.price, product.currency), ConsoleFormat.percent(product.taxRate),
                    ConsoleFormat.text(product.stock));
        }
        table.print(out);
        ConsoleFormat.pageLine(out, found, "products");
    }
}
