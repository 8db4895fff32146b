package org.ordo.comments.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.comments.internal.CommentDTO;
import org.ordo.comments.internal.Comments;

@Service
@Command(scope = "order", name = "comment", description = "Leaves a comment on an order")
public class OrderCommentCommand implements Action {

    @Option(name = "--customer", description = "Visible to the customer (default: internal to the team)")
    boolean customer;

    @Argument(index = 0, name = "id", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "message", description = "The comment, quoted", required = true)
    String message;

    @Reference
    Comments comments;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            CommentDTO input = new CommentDTO();
            input.message = message;
            input.visibility = customer ? "CUSTOMER" : "INTERNAL";
            CommentDTO posted = comments.post(orderId, input, ConsoleUser.current(session.get("USER")).name());
            session.getConsole().println("Comment " + posted.id + " added to order " + orderId);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
