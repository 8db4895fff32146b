package org.ordo.itests.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.address;
import static org.ordo.itests.core.CoreFixtures.addAddress;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.assertDecimal;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.assertMoney;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.enc;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.newSku;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.productOf;
import static org.ordo.itests.core.CoreFixtures.stock;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.unique;
import static org.ordo.itests.core.CoreFixtures.uniqueEmail;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.util.List;
import java.util.Locale;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Customers, their addresses, the catalog and stock, through the REST API. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CustomersAndCatalogIT {

    @Before
    public void coreIsPublished() {
        CoreFixtures.awaitCore();
    }

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    // ================================================================ products

    @Test
    public void productIsCreatedWithLocationAndDefaults() {
        String sku = newSku();
        Reply reply = agent().post("/products",
                obj("sku", sku, "name", "Blue Mug", "price", "19.90", "currency", "EUR").toString());
        assertEquals(reply.toString(), 201, reply.status());
        assertNotNull(reply.toString(), reply.header("Location"));
        assertTrue(reply.header("Location"), reply.header("Location").endsWith(sku));
        assertEquals(sku, reply.text("/sku"));
        assertEquals("Blue Mug", reply.text("/name"));
        assertMoney("19.90", reply.json().get("price"));
        assertEquals("EUR", reply.text("/currency"));
        assertDecimal("0", reply.json().get("taxRate"));
        assertEquals(0, reply.json().get("stock").asInt());

        JsonNode read = productOf(sku);
        assertEquals("Blue Mug", read.get("name").asText());
        assertMoney("19.90", read.get("price"));
        assertEquals("EUR", read.get("currency").asText());
        assertEquals(0, read.get("stock").asInt());
    }

    @Test
    public void productKeepsItsTaxRateAndStock() {
        String sku = newSku();
        Reply reply = agent().post("/products", obj("sku", sku, "name", "Book", "price", "12.00",
                "currency", "EUR", "taxRate", "7.5", "stock", 40).toString());
        assertEquals(reply.toString(), 201, reply.status());
        assertDecimal("7.5", reply.json().get("taxRate"));
        assertEquals(40, reply.json().get("stock").asInt());
        assertDecimal("7.5", productOf(sku).get("taxRate"));
        assertEquals(40, stock(sku));
    }

    @Test
    public void yenPricesHaveNoMinorDigits() {
        String sku = newSku();
        Reply reply = agent().post("/products",
                obj("sku", sku, "name", "Tea", "price", "1500", "currency", "JPY", "taxRate", "10").toString());
        assertEquals(reply.toString(), 201, reply.status());
        assertMoney("1500", reply.json().get("price"));
        assertMoney("1500", productOf(sku).get("price"));
    }

    @Test
    public void duplicateSkuIs409AndKeepsTheFirstProduct() {
        String sku = product("5.00", 3);
        Reply reply = agent().post("/products",
                obj("sku", sku, "name", "Impostor", "price", "1.00", "currency", "EUR", "stock", 99).toString());
        assertProblem(reply, 409);
        JsonNode product = productOf(sku);
        assertEquals("Product " + sku, product.get("name").asText());
        assertMoney("5.00", product.get("price"));
        assertEquals(3, product.get("stock").asInt());
    }

    @Test
    public void priceWithMoreDigitsThanTheCurrencyIs422AndNothingIsCreated() {
        String euro = newSku();
        assertFieldError(agent().post("/products",
                obj("sku", euro, "name", "X", "price", "1.999", "currency", "EUR").toString()), "price");
        assertProblem(viewer().get("/products/" + enc(euro)), 404);

        String yen = newSku();
        assertFieldError(agent().post("/products",
                obj("sku", yen, "name", "X", "price", "10.5", "currency", "JPY").toString()), "price");
        assertProblem(viewer().get("/products/" + enc(yen)), 404);
    }

    @Test
    public void unknownCurrencyIs422() {
        String sku = newSku();
        assertFieldError(agent().post("/products",
                obj("sku", sku, "name", "X", "price", "1.00", "currency", "XXY").toString()), "currency");
        assertProblem(viewer().get("/products/" + enc(sku)), 404);
    }

    @Test
    public void negativePriceOrStockIs422() {
        String sku = newSku();
        assertFieldError(agent().post("/products",
                obj("sku", sku, "name", "X", "price", "-1.00", "currency", "EUR").toString()), "price");
        assertFieldError(agent().post("/products",
                obj("sku", sku, "name", "X", "price", "1.00", "currency", "EUR", "stock", -1).toString()), "stock");
        assertProblem(viewer().get("/products/" + enc(sku)), 404);
    }

    @Test
    public void unknownProductIs404() {
        assertProblem(viewer().get("/products/" + enc(newSku())), 404);
    }

    @Test
    public void viewerReadsProductsButCannotCreateThem() {
        String sku = newSku();
        Reply reply = viewer().post("/products",
                obj("sku", sku, "name", "X", "price", "1.00", "currency", "EUR").toString());
        assertProblem(reply, 403);
        assertProblem(viewer().get("/products/" + enc(sku)), 404);
        assertEquals(200, viewer().get("/products?q=SKU-").status());
    }

    @Test
    public void productSearchIsACaseInsensitivePrefixOnSkuOrName() {
        String token = unique().toUpperCase(Locale.ROOT);
        String bySku = "Q" + token + "-1";
        String byName = newSku();
        String other = newSku();
        assertEquals(201, agent().post("/products", obj("sku", bySku, "name", "Plain thing",
                "price", "1.00", "currency", "EUR").toString()).status());
        assertEquals(201, agent().post("/products", obj("sku", byName, "name", "Q" + token + " Lamp",
                "price", "1.00", "currency", "EUR").toString()).status());
        assertEquals(201, agent().post("/products", obj("sku", other, "name", "Lamp Q" + token,
                "price", "1.00", "currency", "EUR").toString()).status());

        Reply reply = viewer().get("/products?q=" + enc("q" + token.toLowerCase(Locale.ROOT)));
        assertEquals(reply.toString(), 200, reply.status());
        List<String> skus = texts(items(reply), "sku");
        assertTrue(reply.toString(), skus.contains(bySku));
        assertTrue(reply.toString(), skus.contains(byName));
        assertFalse("not a prefix: " + reply, skus.contains(other));
        assertEquals(reply.toString(), 2, reply.json().get("total").asInt());
        assertEquals(1, reply.json().get("page").asInt());
        assertTrue(reply.json().has("size"));
    }

    @Test
    public void productSearchIsPaged() {
        String token = "P" + unique().toUpperCase(Locale.ROOT);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, agent().post("/products", obj("sku", token + "-" + i, "name", "Paged " + i,
                    "price", "1.00", "currency", "EUR").toString()).status());
        }
        Reply first = viewer().get("/products?q=" + enc(token) + "&page=1&size=2");
        assertEquals(first.toString(), 200, first.status());
        assertEquals(2, items(first).size());
        assertEquals(3, first.json().get("total").asInt());
        assertEquals(2, first.json().get("size").asInt());
        Reply second = viewer().get("/products?q=" + enc(token) + "&page=2&size=2");
        assertEquals(second.toString(), 200, second.status());
        assertEquals(1, items(second).size());
        assertEquals(2, second.json().get("page").asInt());
        assertFalse(texts(items(first), "sku").contains(items(second).get(0).get("sku").asText()));
    }

    @Test
    public void settingStockReplacesTheAvailableQuantity() {
        String sku = product("3.00", 5);
        Reply reply = agent().put("/products/" + enc(sku) + "/stock", obj("quantity", 42).toString());
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(sku, reply.text("/sku"));
        assertEquals(42, reply.json().get("stock").asInt());
        assertEquals(42, stock(sku));

        reply = agent().put("/products/" + enc(sku) + "/stock", obj("quantity", 0).toString());
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(0, stock(sku));
    }

    @Test
    public void negativeStockIsRefusedAndChangesNothing() {
        String sku = product("3.00", 5);
        assertFieldError(agent().put("/products/" + enc(sku) + "/stock", obj("quantity", -1).toString()), "quantity");
        assertEquals(5, stock(sku));
    }

    @Test
    public void settingStockOfAnUnknownProductIs404() {
        assertProblem(agent().put("/products/" + enc(newSku()) + "/stock", obj("quantity", 1).toString()), 404);
    }

    @Test
    public void viewerCannotSetStock() {
        String sku = product("3.00", 5);
        assertProblem(viewer().put("/products/" + enc(sku) + "/stock", obj("quantity", 50).toString()), 403);
        assertEquals(5, stock(sku));
    }

    // ================================================================ customers

    @Test
    public void customerIsCreatedAndReadBack() {
        String email = uniqueEmail("jo");
        Reply reply = agent().post("/customers", obj("firstName", "Jo", "lastName", "Miller", "email", email,
                "phone", "+49 30 1234567", "company", "Miller GmbH").toString());
        assertEquals(reply.toString(), 201, reply.status());
        assertNotNull(reply.toString(), reply.header("Location"));
        String id = reply.text("/id");
        assertFalse(reply.toString(), id.isEmpty());
        assertTrue(reply.header("Location"), reply.header("Location").endsWith("/customers/" + id));

        Reply read = viewer().get("/customers/" + id);
        assertEquals(read.toString(), 200, read.status());
        assertEquals(id, read.text("/id"));
        assertEquals("Jo", read.text("/firstName"));
        assertEquals("Miller", read.text("/lastName"));
        assertEquals(email, read.text("/email"));
        assertEquals("+49 30 1234567", read.text("/phone"));
        assertEquals("Miller GmbH", read.text("/company"));
    }

    @Test
    public void badEmailIs422AndNoCustomerIsCreated() {
        String token = unique();
        Reply reply = agent().post("/customers",
                obj("firstName", "Bad" + token, "lastName", "Mail", "email", "not-an-email").toString());
        assertFieldError(reply, "email");
        assertEquals(0, viewer().get("/customers?q=bad" + token).json().get("total").asInt());
    }

    @Test
    public void missingFirstNameIs422AndNoCustomerIsCreated() {
        String email = uniqueEmail("nofirst");
        Reply reply = agent().post("/customers", obj("lastName", "Nobody", "email", email).toString());
        assertFieldError(reply, "firstName");
        assertEquals(0, viewer().get("/customers?q=" + enc(email)).json().get("total").asInt());
    }

    @Test
    public void duplicateEmailIgnoringCaseIs409() {
        String email = uniqueEmail("dup");
        String id = customer("Dee", "Up", email).get("id").asText();
        Reply reply = agent().post("/customers",
                obj("firstName", "Other", "lastName", "Person", "email", email.toUpperCase(Locale.ROOT)).toString());
        assertProblem(reply, 409);
        Reply search = viewer().get("/customers?q=" + enc(email));
        assertEquals(1, search.json().get("total").asInt());
        assertEquals(id, items(search).get(0).get("id").asText());
    }

    @Test
    public void customerSearchIsACaseInsensitivePrefixOnFirstNameLastNameOrEmail() {
        String token = unique();
        String byFirst = customer("Zq" + token, "Alpha", uniqueEmail("a")).get("id").asText();
        String byLast = customer("Beta", "Zq" + token, uniqueEmail("b")).get("id").asText();
        String byEmail = customer("Gamma", "Gamma", "zq" + token + "@example.com").get("id").asText();
        String notPrefix = customer("Delta", "Xzq" + token, uniqueEmail("d")).get("id").asText();

        Reply reply = viewer().get("/customers?q=" + enc("ZQ" + token.toUpperCase(Locale.ROOT)));
        assertEquals(reply.toString(), 200, reply.status());
        List<String> ids = texts(items(reply), "id");
        assertTrue(reply.toString(), ids.contains(byFirst));
        assertTrue(reply.toString(), ids.contains(byLast));
        assertTrue(reply.toString(), ids.contains(byEmail));
        assertFalse(reply.toString(), ids.contains(notPrefix));
        assertEquals(reply.toString(), 3, reply.json().get("total").asInt());

        Reply paged = viewer().get("/customers?q=zq" + token + "&page=2&size=2");
        assertEquals(paged.toString(), 200, paged.status());
        assertEquals(1, items(paged).size());
        assertEquals(3, paged.json().get("total").asInt());
        assertEquals(2, paged.json().get("page").asInt());
        assertEquals(2, paged.json().get("size").asInt());
    }

    @Test
    public void unknownOrMalformedCustomerIdIs404() {
        assertProblem(viewer().get("/customers/987654321"), 404);
        assertProblem(viewer().get("/customers/abc"), 404);
    }

    @Test
    public void patchingACustomerChangesOnlyTheGivenFields() {
        String email = uniqueEmail("patch");
        String id = customer("Pat", "Ching", email).get("id").asText();
        Reply reply = agent().patch("/customers/" + id, obj("phone", "+33 1 23 45 67 89").toString());
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals("+33 1 23 45 67 89", reply.text("/phone"));

        Reply read = viewer().get("/customers/" + id);
        assertEquals("+33 1 23 45 67 89", read.text("/phone"));
        assertEquals("Pat", read.text("/firstName"));
        assertEquals("Ching", read.text("/lastName"));
        assertEquals(email, read.text("/email"));
    }

    @Test
    public void patchingACustomerWithABadEmailChangesNothing() {
        String email = uniqueEmail("keep");
        String id = customer("Kee", "Pit", email).get("id").asText();
        assertFieldError(agent().patch("/customers/" + id, obj("email", "nope").toString()), "email");
        assertEquals(email, viewer().get("/customers/" + id).text("/email"));
    }

    @Test
    public void viewerCannotCreateCustomers() {
        String email = uniqueEmail("viewer");
        assertProblem(viewer().post("/customers",
                obj("firstName", "Vi", "lastName", "Ewer", "email", email).toString()), 403);
        assertEquals(0, viewer().get("/customers?q=" + enc(email)).json().get("total").asInt());
    }

    // ================================================================ addresses

    @Test
    public void addressesAreAddedListedChangedAndDeleted() {
        String id = CoreFixtures.customer();
        Reply created = agent().post("/customers/" + id + "/addresses", obj("firstName", "Ann", "lastName", "Tester",
                "company", "ACME", "street", "Hauptstr. 1", "city", "Berlin", "postalCode", "10115",
                "region", "BE", "country", "DE", "phone", "+49 30 1").toString());
        assertEquals(created.toString(), 201, created.status());
        String addressId = created.text("/id");
        assertFalse(created.toString(), addressId.isEmpty());
        assertEquals("Hauptstr. 1", created.text("/street"));
        assertEquals("DE", created.text("/country"));

        Reply list = viewer().get("/customers/" + id + "/addresses");
        assertEquals(list.toString(), 200, list.status());
        assertTrue(list.toString(), list.json().isArray());
        assertEquals(1, list.json().size());
        assertEquals(addressId, list.json().get(0).get("id").asText());
        assertEquals("Berlin", list.json().get(0).get("city").asText());

        Reply patched = agent().patch("/customers/" + id + "/addresses/" + addressId,
                obj("street", "Nebenstr. 2").toString());
        assertEquals(patched.toString(), 200, patched.status());
        assertEquals("Nebenstr. 2", patched.text("/street"));
        assertEquals("Berlin", patched.text("/city"));
        assertEquals("Nebenstr. 2", viewer().get("/customers/" + id + "/addresses").json().get(0).get("street").asText());

        // Deletes are an admin's
        assertProblem(agent().delete("/customers/" + id + "/addresses/" + addressId), 403);
        Reply deleted = admin().delete("/customers/" + id + "/addresses/" + addressId);
        assertEquals(deleted.toString(), 204, deleted.status());
        assertEquals(0, viewer().get("/customers/" + id + "/addresses").json().size());
    }

    @Test
    public void countryMustBeAnIsoAlpha2CodeAndNothingIsWritten() {
        String id = CoreFixtures.customer();
        assertFieldError(agent().post("/customers/" + id + "/addresses",
                address("Hauptstr. 1", "Berlin", "Germany").toString()), "country");
        assertFieldError(agent().post("/customers/" + id + "/addresses",
                address("Hauptstr. 1", "Berlin", "XX").toString()), "country");
        assertEquals(0, viewer().get("/customers/" + id + "/addresses").json().size());

        String addressId = addAddress(id, "Hauptstr. 1");
        assertFieldError(agent().patch("/customers/" + id + "/addresses/" + addressId,
                obj("country", "Germany").toString()), "country");
        assertEquals("DE", viewer().get("/customers/" + id + "/addresses").json().get(0).get("country").asText());
    }

    @Test
    public void addressesOfAnotherCustomerAreNotReachable() {
        String owner = CoreFixtures.customer();
        String other = CoreFixtures.customer();
        String addressId = addAddress(owner, "Hauptstr. 1");
        assertProblem(agent().patch("/customers/" + other + "/addresses/" + addressId,
                obj("street", "Stolen 1").toString()), 404);
        assertProblem(admin().delete("/customers/" + other + "/addresses/" + addressId), 404);
        assertEquals("Hauptstr. 1", viewer().get("/customers/" + owner + "/addresses").json().get(0).get("street").asText());
    }

    @Test
    public void addressOfAnUnknownCustomerIs404() {
        assertProblem(agent().post("/customers/987654321/addresses",
                address("Hauptstr. 1", "Berlin", "DE").toString()), 404);
    }
}
