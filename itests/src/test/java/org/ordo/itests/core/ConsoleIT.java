package org.ordo.itests.core;

import static org.junit.Assert.assertEquals;
import static org.ordo.itests.support.AdminConsole.assertClearError;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.stock;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ordo.itests.support.AdminConsole;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The console commands of the core, run in the container as a console user would: data is set up
 * over REST, the commands must show it, and stock:set must change what REST answers.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleIT {
    @Inject
    SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void coreAndCommandsArePublished() throws Exception {
        CoreFixtures.awaitCore();
        awaitCommand("product:list --size 1");
    }

    @Test
    public void orderListAndShowPresentAnOrderMadeOverRest() throws Exception {
        String sku = product("12.50", 10);
        String customerId = customer();
        JsonNode created = order(customerId, line(sku, 2));
        String number = created.get("number").asText();
        String grandTotal = created.at("/totals/grandTotal").asText();

        String list = execute("order:list --size 5");
        assertTrue(list, list.contains(number));
        assertTrue(list, list.contains("Page 1 of "));

        String ofCustomer = execute("order:list --customer " + customerId);
        assertTrue(ofCustomer, ofCustomer.contains(number));
        assertTrue(ofCustomer, ofCustomer.contains("Page 1 of 1 (total 1 orders)"));

        String shown = execute("order:show " + number);
        assertTrue(shown, shown.contains(sku));
        assertTrue(shown, shown.contains("Grand total: " + grandTotal + " EUR"));

        String byId = execute("order:show " + created.get("id").asText());
        assertTrue(byId, byId.contains(number));
    }

    @Test
    public void productListShowsStockAndStockSetChangesIt() throws Exception {
        String sku = product("3.00", 7);
        assertEquals("7", stockColumn(execute("product:list " + sku), sku));

        String set = execute("stock:set " + sku + " 42");
        assertTrue(set, set.contains("Stock of " + sku + " is now 42"));
        assertEquals("42", stockColumn(execute("product:list " + sku.substring(0, 8)), sku));
        assertEquals(42, stock(sku));
    }

    @Test
    public void aReadOnlyConsoleUserMayLookButNotChange() throws Exception {
        String sku = product("3.00", 7);
        AdminConsole readOnly = AdminConsole.readOnly(sessionFactory);

        assertEquals("7", stockColumn(readOnly.execute("product:list " + sku), sku));
        String status = readOnly.execute("ordo:status");
        assertTrue(status, status.contains("ordo-core") && status.contains("installed"));
        try {
            readOnly.execute("stock:set " + sku + " 1");
            fail("a viewer changed the stock");
        } catch (Exception refused) {
            // Karaf hides a command the user's roles do not allow.
            assertEquals("Command not found: stock:set", refused.getMessage());
        }
        assertEquals(7, stock(sku));
    }

    @Test
    public void customerSearchFindsACustomerMadeOverRest() throws Exception {
        String email = CoreFixtures.uniqueEmail("console");
        String id = customer("Conny", "Console", email).get("id").asText();
        String found = execute("customer:search " + email);
        assertTrue(found, found.contains(id));
        assertTrue(found, found.contains("Conny Console"));
        assertTrue(found, found.contains("Page 1 of 1 (total 1 customers)"));
    }

    @Test
    public void unknownOrderIsOneClearLine() throws Exception {
        String output = execute("order:show SO-999999999");
        assertEquals("Error: Order SO-999999999 was not found", output.trim());
    }

    @Test
    public void badStockQuantitiesAreRefusedAndChangeNothing() throws Exception {
        String sku = product("3.00", 5);

        String negative = execute("stock:set " + sku + " -1");
        assertClearError(negative, "quantity");
        String notANumber = execute("stock:set " + sku + " lots");
        assertClearError(notANumber, "quantity");
        assertEquals(5, stock(sku));

        assertClearError(execute("stock:set SKU-NOT-THERE 3"), "SKU-NOT-THERE");
    }

    @Test
    public void badPagingIsOneClearLine() throws Exception {
        assertClearError(execute("order:list --page 0"), "page: ");
        assertClearError(execute("order:list --size abc"), "size: ");
        assertClearError(execute("order:list --sort price"), "sort: ");
        assertClearError(execute("order:list --customer -4"), "customer: ");
        assertClearError(execute("product:list --size 500"), "size: ");
        assertClearError(execute("customer:search --page -1"), "page: ");
    }

    @Test
    public void theLifecycleClaimsAndCommentsAreRunFromTheConsole() throws Exception {
        awaitCommand("reclamation:list --size 1");
        awaitCommand("order:actions 0");
        String sku = product("3.00", 10);
        JsonNode order = order(customer(), line(sku, 2));
        String id = order.get("id").asText();

        String actions = execute("order:actions " + id);
        assertTrue(actions, actions.contains("mark-shipped") && actions.contains("archive"));
        assertTrue(execute("order:comment " + id + " \"called the customer back\"").contains("added"));
        assertTrue(execute("order:comments " + id).contains("called the customer back"));

        Reply claim = agent().post("/orders/" + id + "/reclamations", "{\"reason\":\"box was wet\"}");
        String claimId = claim.text("/id");
        assertTrue(execute("reclamation:list --order " + id).contains("box was wet"));
        assertTrue(execute("reclamation:show " + claimId).contains(sku));
        assertTrue(execute("reclamation:close " + claimId + " \"refunded\"").contains("CLOSED"));
        assertTrue(execute("order:action --comment \"console test\" " + id + " cancel").contains("CANCELLED"));
        assertTrue(execute("order:history " + id).contains("console test"));

        assertClearError(execute("order:action " + id + " archive"), "archive needs it to be CLOSED");
        assertClearError(execute("reclamation:close " + claimId + " again"), "closed already");
        assertClearError(execute("order:comments 987654321"), "was not found");
    }

    /** The Stock cell of the product's row in a product:list table. */
    private static String stockColumn(String table, String sku) {
        for (String row : table.split("\\R")) {
            if (row.contains(sku)) {
                String[] cells = row.split("\\s*[│|]\\s*");
                return cells[cells.length - 1].trim();
            }
        }
        throw new AssertionError("no row for " + sku + " in\n" + table);
    }

    private void awaitCommand(String command) throws Exception {
        new AdminConsole(sessionFactory).await(command);
    }

    private String execute(String command) throws Exception {
        return new AdminConsole(sessionFactory).execute(command);
    }
}
