package org.ordo.itests.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.enc;
import static org.ordo.itests.core.CoreFixtures.getOrder;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.newSku;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.orderCount;
import static org.ordo.itests.core.CoreFixtures.orderOf;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.stock;
import static org.ordo.itests.core.CoreFixtures.viewer;
import static org.ordo.itests.support.AdminConsole.assertClearError;
import static org.ordo.itests.support.AdminConsole.assertNoStackTrace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The console's write commands of the core and the lifecycle: each one run as an admin must change
 * what REST answers as the matching REST call would; bad input prints {@code Error:} lines and
 * changes nothing; a read-only console user does not even see them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleWritesIT {
    private static final Pattern ID = Pattern.compile("\\(id (\\d+)\\)|^\\w[\\w ]*? (\\d+) ");

    @Inject
    SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void coreAndCommandsArePublished() throws Exception {
        CoreFixtures.awaitCore();
        new AdminConsole(sessionFactory).await("customer:search --size 1");
        new AdminConsole(sessionFactory).await("order:actions 0");
    }

    @Test
    public void customersAndTheirAddressesAreKeptFromTheConsole() throws Exception {
        String email = CoreFixtures.uniqueEmail("cons");
        String created = execute("customer:create --phone \"+49 30 1234\" Carla Console " + email);
        assertTrue(created, created.contains("created: Carla Console <" + email + ">"));
        String id = idIn(created);
        JsonNode customer = viewer().get("/customers/" + id).json();
        assertEquals("+49 30 1234", customer.get("phone").asText());

        String edited = execute("customer:edit --company \"Console GmbH\" --last-name Konsole " + id);
        assertTrue(edited, edited.contains("Carla Konsole"));
        customer = viewer().get("/customers/" + id).json();
        assertEquals("Console GmbH", customer.get("company").asText());
        assertEquals(email, customer.get("email").asText());

        String added = execute("customer:address-add --first-name Carla --last-name Konsole --street \"Hauptstr. 1\""
                + " --city Berlin --postal-code 10115 --country DE " + id);
        assertTrue(added, added.contains("Hauptstr. 1, 10115 Berlin, DE"));
        String addressId = idIn(added);
        assertTrue(execute("customer:address-edit --city Hamburg --postal-code 20095 " + id + " " + addressId)
                .contains("20095 Hamburg"));
        JsonNode address = viewer().get("/customers/" + id + "/addresses/" + addressId).json();
        assertEquals("Hamburg", address.get("city").asText());
        assertEquals("Hauptstr. 1", address.get("street").asText());

        assertTrue(execute("customer:address-remove " + id + " " + addressId).contains("removed"));
        assertEquals(0, viewer().get("/customers/" + id + "/addresses").json().size());
    }

    @Test
    public void badCustomersAreRefusedAsOverRestAndNothingIsWritten() throws Exception {
        String email = CoreFixtures.uniqueEmail("twice");
        customer("Tim", "Twice", email);

        assertClearError(execute("customer:create Tim Twice " + email), email);
        String badEmail = "no-at-sign-" + CoreFixtures.unique();
        assertClearError(execute("customer:create Nora Nomail " + badEmail), "email: ");
        assertEquals(0, viewer().get("/customers?q=" + badEmail).json().get("total").asInt());

        String id = customer();
        assertClearError(execute("customer:address-add --street Nowhere " + id), "country");
        assertEquals(0, viewer().get("/customers/" + id + "/addresses").json().size());
        assertClearError(execute("customer:edit --email broken " + id), "email: ");
        assertClearError(execute("customer:edit --if-version 99 --company X " + id), "version 99");
        assertTrue(viewer().get("/customers/" + id).json().path("company").isMissingNode()
                || viewer().get("/customers/" + id).json().path("company").isNull());
    }

    @Test
    public void productsAreCreatedWithTheApisRules() throws Exception {
        String sku = newSku();
        String created = execute("product:create --currency EUR --tax-rate 7 " + sku + " \"Console mug\" 12.50 5");
        assertTrue(created, created.contains("Product " + sku + " created: Console mug, 12.50 EUR, tax 7%, stock 5"));
        JsonNode product = viewer().get("/products/" + enc(sku)).json();
        assertEquals("12.50", product.get("price").asText());
        assertEquals(5, product.get("stock").asInt());

        assertClearError(execute("product:create --currency EUR " + sku + " Again 1.00"), sku);
        String other = newSku();
        assertClearError(execute("product:create --currency EUR " + other + " Mug cheap"), "price: ");
        assertClearError(execute("product:create " + other + " Mug 1.00"), "currency: ");
        assertClearError(execute("product:create --currency EUR --tax-rate 150 " + other + " Mug 1.00"), "taxRate: ");
        assertEquals(404, viewer().get("/products/" + enc(other)).status());
    }

    @Test
    public void ordersAreCreatedEditedAndDeletedFromTheConsole() throws Exception {
        String sku = product("4.00", 10);
        String extra = product("1.50", 10);
        String customerId = customer();

        String created = execute("order:create --customer " + customerId + " --note \"by phone\" " + sku + ":2");
        assertTrue(created, created.contains("OPEN, 1 lines, grand total 8.00 EUR"));
        String id = idIn(created);
        JsonNode order = orderOf(id);
        assertEquals("by phone", order.get("note").asText());
        assertEquals(8, stock(sku));

        String lineId = order.at("/lines/0/id").asText();
        String edited = execute("order:edit --note changed --json '{\"lines\":[{\"id\":\"" + lineId + "\",\"sku\":\""
                + sku + "\",\"quantity\":3},{\"sku\":\"" + extra + "\",\"quantity\":2}]}' " + order.get("number").asText());
        assertTrue(edited, edited.contains("2 lines, grand total 15.00 EUR"));
        order = orderOf(id);
        assertEquals("changed", order.get("note").asText());
        assertEquals("15.00", order.at("/totals/grandTotal").asText());
        assertEquals(7, stock(sku));

        assertClearError(execute("order:edit --if-version 0 --note stale " + id), "version 0");
        assertClearError(execute("order:edit --json '{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":99}]}' " + id),
                "not enough stock of " + sku);
        assertClearError(execute("order:edit --json '{\"colour\":\"red\"}' " + id), "colour: unknown property 'colour'");
        assertEquals("changed", orderOf(id).get("note").asText());
        assertEquals(7, stock(sku));

        assertTrue(execute("order:delete " + id).contains("(id " + id + ") deleted"));
        assertEquals(404, getOrder(id).status());
        assertEquals(10, stock(sku));
        assertClearError(execute("order:delete " + id), "was not found");
    }

    @Test
    public void badOrdersAreRefusedAndNoneIsMade() throws Exception {
        String sku = product("2.00", 3);
        String customerId = customer();

        assertClearError(execute("order:create --customer " + customerId + " " + sku + ":4"), "not enough stock of " + sku);
        assertClearError(execute("order:create --customer " + customerId + " SKU-NOT-THERE:1"), "SKU-NOT-THERE");
        String typos = execute("order:create --customer " + customerId + " " + sku + ":two " + sku);
        assertClearError(typos, "lines[0].quantity: ");
        assertTrue(typos, typos.contains("lines[1]: "));
        assertClearError(execute("order:create --customer " + customerId + " --from basket:1"), "source");
        assertClearError(execute("order:create " + sku + ":1"), "customerId");
        assertEquals(0, orderCount(customerId));
        assertEquals(3, stock(sku));
    }

    @Test
    public void shoppingListsQuotesAndCartsBecomeOrders() throws Exception {
        String sku = product("10.00", 50);
        String customerId = customer();

        String list = execute("shoppinglist:create --customer " + customerId + " --name Weekly " + sku + ":3");
        assertTrue(list, list.contains("\"Weekly\"") && list.contains("3 x " + sku));
        String listId = idIn(list);
        assertEquals("Weekly", viewer().get("/shopping-lists/" + listId).json().get("name").asText());

        String quote = execute("quote:create --customer " + customerId + " " + sku + ":5:8.00");
        String quoteId = idIn(quote);
        assertEquals("8.00", viewer().get("/quotes/" + quoteId).json().at("/lines/0/unitPrice").asText());
        String fromQuote = execute("order:create --customer " + customerId + " --from quote:" + quoteId);
        assertTrue(fromQuote, fromQuote.contains("grand total 40.00 EUR"));
        assertEquals("QUOTE", orderOf(idIn(fromQuote)).at("/source/type").asText());

        String cart = execute("cart:create --customer " + customerId + " " + sku + ":1");
        String cartId = idIn(cart);
        assertTrue(execute("cart:set-lines " + cartId + " " + sku + ":4").contains("now holds 4 x " + sku));
        assertEquals(4, viewer().get("/carts/" + cartId).json().at("/lines/0/quantity").asInt());
        String fromCart = execute("order:create --customer " + customerId + " --from cart:" + cartId);
        assertTrue(fromCart, fromCart.contains("grand total 40.00 EUR"));
        assertEquals(idIn(fromCart), viewer().get("/carts/" + cartId).json()
                .get("convertedOrderId").asText());

        String fromList = execute("order:create --customer " + customerId + " --from shopping-list:" + listId);
        assertTrue(fromList, fromList.contains("grand total 30.00 EUR"));
        assertEquals(3, orderCount(customerId));
    }

    @Test
    public void badSourcesAreRefusedAndChangeNothing() throws Exception {
        String sku = product("10.00", 50);
        String customerId = customer();
        String cartId = idIn(execute("cart:create --customer " + customerId + " " + sku + ":2"));

        assertClearError(execute("cart:set-lines " + cartId + " " + sku + ":0"), "lines[0].quantity: ");
        assertEquals(2, viewer().get("/carts/" + cartId).json().at("/lines/0/quantity").asInt());
        assertClearError(execute("quote:create --customer " + customerId + " " + sku + ":5"), "lines[0].unitPrice: ");
        assertClearError(execute("shoppinglist:create --customer " + customerId + " " + sku + ":1"), "name: ");
        assertClearError(execute("cart:create --customer 987654321 " + sku + ":1"), "customerId: ");
        assertClearError(execute("cart:set-lines 987654321 " + sku + ":1"), "was not found");
    }

    @Test
    public void aBulkActionReportsEachOrderOnItsOwn() throws Exception {
        String sku = product("3.00", 10);
        String customerId = customer();
        String first = order(customerId, line(sku, 1)).get("id").asText();
        String second = order(customerId, line(sku, 1)).get("id").asText();
        agent().post("/orders/" + second + "/actions/cancel", "{}");

        String table = execute("order:bulk-action --comment \"end of season\" cancel " + first + " " + second + " 987654321");
        assertNoStackTrace(table);
        assertTrue(table, rowOf(table, first).contains("done") && rowOf(table, first).contains("CANCELLED"));
        assertTrue(table, rowOf(table, second).contains("refused (409)"));
        assertTrue(table, rowOf(table, "987654321").contains("refused (404)"));
        assertEquals("CANCELLED", orderOf(first).get("status").asText());
        Reply history = viewer().get("/orders/" + first + "/history");
        assertTrue(history.body(), history.body().contains("end of season"));

        assertClearError(execute("order:bulk-action cancel"), "orderIds: ");
    }

    @Test
    public void aReadOnlyConsoleUserCannotRunWriteCommands() throws Exception {
        String sku = product("3.00", 10);
        String customerId = customer();
        String id = order(customerId, line(sku, 1)).get("id").asText();
        AdminConsole readOnly = AdminConsole.readOnly(sessionFactory);

        assertTrue(readOnly.execute("order:show " + id).contains(sku));
        for (String write : new String[] {"order:delete " + id, "customer:create Rita Readonly "
                + CoreFixtures.uniqueEmail("ro"), "product:create --currency EUR " + newSku() + " X 1.00",
                "shoppinglist:create --customer " + customerId + " --name L " + sku + ":1",
                "quote:create --customer " + customerId + " " + sku + ":1:1.00",
                "cart:create --customer " + customerId + " " + sku + ":1", "order:bulk-action cancel " + id}) {
            try {
                readOnly.execute(write);
                fail("a viewer ran " + write);
            } catch (Exception refused) {
                String command = write.substring(0, write.indexOf(' '));
                assertEquals("Command not found: " + command, refused.getMessage());
            }
        }
        assertEquals("OPEN", orderOf(id).get("status").asText());
        assertEquals(0, items(viewer().get("/customers/" + customerId + "/carts")).size());
    }

    /** The id a command printed: {@code (id 42)}, or the number after the first word(s), as in {@code Customer 42 created}. */
    private static String idIn(String output) {
        Matcher matcher = ID.matcher(output.trim());
        assertTrue(output, matcher.find());
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static String rowOf(String table, String orderId) {
        for (String row : table.split("\\R")) {
            if (row.trim().startsWith(orderId + " ")) {
                return row;
            }
        }
        throw new AssertionError("no row for " + orderId + " in\n" + table);
    }

    private String execute(String command) throws Exception {
        return new AdminConsole(sessionFactory).execute(command);
    }
}
