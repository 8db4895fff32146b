package org.ordo.itests.comments;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ordo.itests.core.CoreFixtures.admin;
import static org.ordo.itests.core.CoreFixtures.agent;
import static org.ordo.itests.core.CoreFixtures.assertFieldError;
import static org.ordo.itests.core.CoreFixtures.assertProblem;
import static org.ordo.itests.core.CoreFixtures.customer;
import static org.ordo.itests.core.CoreFixtures.getOrder;
import static org.ordo.itests.core.CoreFixtures.items;
import static org.ordo.itests.core.CoreFixtures.line;
import static org.ordo.itests.core.CoreFixtures.obj;
import static org.ordo.itests.core.CoreFixtures.order;
import static org.ordo.itests.core.CoreFixtures.product;
import static org.ordo.itests.core.CoreFixtures.texts;
import static org.ordo.itests.core.CoreFixtures.viewer;

import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ordo.itests.core.CoreFixtures;
import org.ordo.itests.support.Api;
import org.ordo.itests.support.Capability;
import org.ordo.itests.support.OrdoDistribution;
import org.ordo.itests.support.Reply;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Comments on orders ({@code ordo-comments}). Every test comments on its own new order.
 *
 * <p>There is one agent user ({@code agent}); a comment by "someone else" who is not an admin is
 * not possible, so deleting another's comment as a non-admin is tested on an admin's comment.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CommentsIT {

    private static final String UNICODE = "Zoë ✓ 日本語 😀";
    private static final String LINE_BREAKS = "line1\nline2\r\nline3";
    private static final String MARKUP = "<script>alert(1)</script> & \"quotes\"";

    @Configuration
    public Option[] configuration() {
        return OrdoDistribution.options();
    }

    @Before
    public void published() {
        CoreFixtures.awaitCore();
        Capability.await(Capability.COMMENTS);
    }

    // ================================================================ helpers

    private static String id(JsonNode node) {
        return node.get("id").asText();
    }

    private static JsonNode newOrder() {
        return order(customer(), line(product("3.00", 20), 1));
    }

    private static String path(JsonNode order) {
        return "/orders/" + id(order) + "/comments";
    }

    private static Reply comment(Api as, JsonNode order, ObjectNode body) {
        return as.post(path(order), body.toString());
    }

    private static Reply comment(JsonNode order, ObjectNode body) {
        return comment(agent(), order, body);
    }

    /** Comments as the user and answers the created body. */
    private static JsonNode commented(Api as, JsonNode order, ObjectNode body) {
        Reply reply = comment(as, order, body);
        assertEquals(reply.toString(), 201, reply.status());
        assertNotNull(reply.toString(), reply.json().get("id"));
        return reply.json();
    }

    private static JsonNode commented(JsonNode order, String message) {
        return commented(agent(), order, obj("message", message));
    }

    private static List<JsonNode> commentsOf(JsonNode order) {
        Reply reply = viewer().get(path(order));
        assertEquals(reply.toString(), 200, reply.status());
        assertTrue(reply.toString(), reply.json().isArray());
        return items(reply);
    }

    private static List<String> commentIds(JsonNode order) {
        return texts(commentsOf(order), "id");
    }

    private static Reply delete(Api as, JsonNode order, JsonNode comment) {
        return as.delete(path(order) + "/" + id(comment));
    }

    private static void assertNoComments(JsonNode order) {
        assertEquals(List.of(), commentsOf(order));
    }

    // ================================================================ commenting

    @Test
    public void anAgentCommentsAndIsTheAuthor() {
        JsonNode order = newOrder();
        Reply reply = comment(order, obj("message", "Customer called about delivery"));
        assertEquals(reply.toString(), 201, reply.status());
        JsonNode created = reply.json();
        String commentId = id(created);

        assertNotNull(reply.toString(), reply.header("Location"));
        assertTrue(reply.toString(), reply.header("Location").endsWith(path(order) + "/" + commentId));
        assertEquals(id(order), created.get("orderId").asText());
        assertEquals("agent", created.get("author").asText());
        assertEquals("Customer called about delivery", created.get("message").asText());
        assertEquals("INTERNAL", created.get("visibility").asText());
        assertFalse(reply.toString(), created.path("createdAt").asText().isEmpty());

        List<JsonNode> comments = commentsOf(order);
        assertEquals(1, comments.size());
        JsonNode listed = comments.get(0);
        assertEquals(commentId, id(listed));
        assertEquals(id(order), listed.get("orderId").asText());
        assertEquals("agent", listed.get("author").asText());
        assertEquals("Customer called about delivery", listed.get("message").asText());
        assertEquals("INTERNAL", listed.get("visibility").asText());
        assertEquals(created.get("createdAt").asText(), listed.get("createdAt").asText());
    }

    @Test
    public void anAdminMayCommentAndIsTheAuthor() {
        JsonNode order = newOrder();
        JsonNode created = commented(admin(), order, obj("message", "Escalated"));
        assertEquals("admin", created.get("author").asText());
    }

    @Test
    public void visibilityIsInternalOrCustomer() {
        JsonNode order = newOrder();
        JsonNode internal = commented(agent(), order, obj("message", "For us", "visibility", "INTERNAL"));
        JsonNode forCustomer = commented(agent(), order, obj("message", "For them", "visibility", "CUSTOMER"));
        assertEquals("INTERNAL", internal.get("visibility").asText());
        assertEquals("CUSTOMER", forCustomer.get("visibility").asText());
        List<JsonNode> comments = commentsOf(order);
        assertEquals(List.of("INTERNAL", "CUSTOMER"), texts(comments, "visibility"));
    }

    @Test
    public void anUnknownVisibilityIsRefusedAndNothingIsWritten() {
        JsonNode order = newOrder();
        assertFieldError(comment(order, obj("message", "Hello", "visibility", "PUBLIC")), "visibility");
        assertNoComments(order);
    }

    @Test
    public void anEmptyOrBlankMessageIsRefusedAndNothingIsWritten() {
        JsonNode order = newOrder();
        assertFieldError(comment(order, obj("message", "")), "message");
        assertFieldError(comment(order, obj("message", "   ")), "message");
        assertFieldError(comment(order, obj("message", "\n\t ")), "message");
        assertProblem(comment(order, obj()), 422);
        assertProblem(comment(order, obj("visibility", "CUSTOMER")), 422);
        assertNoComments(order);
    }

    @Test
    public void aMessageOfTenThousandCharactersIsKeptWholeAndOneMoreIsRefused() {
        JsonNode order = newOrder();
        String longest = "a".repeat(9_999) + "z";
        assertEquals(10_000, longest.length());

        assertProblem(comment(order, obj("message", longest + "!")), 422);
        assertNoComments(order);

        JsonNode created = commented(order, longest);
        assertEquals(longest, created.get("message").asText());
        List<JsonNode> comments = commentsOf(order);
        assertEquals(1, comments.size());
        assertEquals(longest, comments.get(0).get("message").asText());
    }

    @Test
    public void messagesAreStoredAndReturnedExactly() {
        JsonNode order = newOrder();
        List<String> messages = List.of(UNICODE, LINE_BREAKS, MARKUP, "  padded  ");
        for (String message : messages) {
            JsonNode created = commented(order, message);
            assertEquals(message, created.get("message").asText());
        }
        assertEquals(messages, texts(commentsOf(order), "message"));
    }

    @Test
    public void unicodeIsReturnedExactly() {
        JsonNode order = newOrder();
        assertEquals(UNICODE, commented(order, UNICODE).get("message").asText());
        assertEquals(List.of(UNICODE), texts(commentsOf(order), "message"));
    }

    @Test
    public void lineBreaksAreReturnedExactly() {
        JsonNode order = newOrder();
        assertEquals(LINE_BREAKS, commented(order, LINE_BREAKS).get("message").asText());
        assertEquals(List.of(LINE_BREAKS), texts(commentsOf(order), "message"));
    }

    @Test
    public void markupIsReturnedAsTextNotEscapedNorStripped() {
        JsonNode order = newOrder();
        assertEquals(MARKUP, commented(order, MARKUP).get("message").asText());
        assertEquals(List.of(MARKUP), texts(commentsOf(order), "message"));
    }

    @Test
    public void commentsAreListedOldestFirst() {
        JsonNode order = newOrder();
        JsonNode first = commented(order, "first");
        JsonNode second = commented(admin(), order, obj("message", "second"));
        JsonNode third = commented(order, "third");
        List<JsonNode> comments = commentsOf(order);
        assertEquals(List.of(id(first), id(second), id(third)), texts(comments, "id"));
        assertEquals(List.of("first", "second", "third"), texts(comments, "message"));
        assertEquals(List.of("agent", "admin", "agent"), texts(comments, "author"));
    }

    @Test
    public void anOrderOnlyListsItsOwnComments() {
        JsonNode order = newOrder();
        JsonNode other = newOrder();
        JsonNode mine = commented(order, "mine");
        commented(other, "theirs");
        assertEquals(List.of(id(mine)), commentIds(order));
    }

    @Test
    public void anOrderWithoutCommentsListsAnEmptyArray() {
        assertNoComments(newOrder());
    }

    @Test
    public void aViewerMayReadButNotComment() {
        JsonNode order = newOrder();
        assertProblem(viewer().post(path(order), obj("message", "Viewer's remark").toString()), 403);
        assertNoComments(order);
        commented(order, "Agent's remark");
        Reply read = viewer().get(path(order));
        assertEquals(read.toString(), 200, read.status());
        assertEquals(1, read.json().size());
    }

    @Test
    public void anonymousCallersAreUnauthorized() {
        JsonNode order = newOrder();
        assertEquals(401, Api.anonymous().post(path(order), obj("message", "Anonymous").toString()).status());
        assertEquals(401, Api.anonymous().get(path(order)).status());
        assertNoComments(order);
    }

    @Test
    public void commentingOnAnUnknownOrderIs404() {
        assertProblem(agent().post("/orders/987654321/comments", obj("message", "Nobody home").toString()), 404);
        assertProblem(viewer().get("/orders/987654321/comments"), 404);
    }

    // ================================================================ deleting

    @Test
    public void theAuthorDeletesTheirComment() {
        JsonNode order = newOrder();
        JsonNode kept = commented(order, "keep me");
        JsonNode gone = commented(order, "delete me");

        Reply reply = delete(agent(), order, gone);
        assertEquals(reply.toString(), 204, reply.status());
        assertEquals(List.of(id(kept)), commentIds(order));

        assertProblem(delete(agent(), order, gone), 404);
        assertEquals(List.of(id(kept)), commentIds(order));
    }

    @Test
    public void anAdminDeletesSomeoneElsesComment() {
        JsonNode order = newOrder();
        JsonNode agents = commented(order, "agent's words");
        Reply reply = delete(admin(), order, agents);
        assertEquals(reply.toString(), 204, reply.status());
        assertNoComments(order);
    }

    @Test
    public void aNonAdminCannotDeleteSomeoneElsesComment() {
        JsonNode order = newOrder();
        JsonNode admins = commented(admin(), order, obj("message", "admin's words"));

        assertProblem(delete(agent(), order, admins), 403);
        assertProblem(delete(viewer(), order, admins), 403);
        assertEquals(List.of(id(admins)), commentIds(order));
        assertEquals("admin's words", commentsOf(order).get(0).get("message").asText());
    }

    @Test
    public void aViewerCannotDeleteAnAgentsComment() {
        JsonNode order = newOrder();
        JsonNode agents = commented(order, "stays");
        assertProblem(delete(viewer(), order, agents), 403);
        assertEquals(List.of(id(agents)), commentIds(order));
    }

    @Test
    public void deletingAnUnknownCommentIs404() {
        JsonNode order = newOrder();
        JsonNode kept = commented(order, "still here");
        assertProblem(agent().delete(path(order) + "/987654321"), 404);
        assertProblem(admin().delete(path(order) + "/987654321"), 404);
        assertEquals(List.of(id(kept)), commentIds(order));
    }

    @Test
    public void aCommentCannotBeDeletedThroughAnotherOrder() {
        JsonNode order = newOrder();
        JsonNode other = newOrder();
        JsonNode comment = commented(order, "belongs to the first order");
        assertProblem(agent().delete(path(other) + "/" + id(comment)), 404);
        assertEquals(List.of(id(comment)), commentIds(order));
    }

    @Test
    public void deletingTheOrderRemovesItsComments() {
        JsonNode order = newOrder();
        commented(order, "soon gone");
        commented(admin(), order, obj("message", "also gone"));

        Reply deleted = admin().delete("/orders/" + id(order));
        assertEquals(deleted.toString(), 204, deleted.status());
        assertProblem(getOrder(id(order)), 404);
        assertProblem(viewer().get(path(order)), 404);
        assertProblem(agent().post(path(order), obj("message", "too late").toString()), 404);
    }
}
