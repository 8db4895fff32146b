package org.ordo.comments.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.comments.internal.Comments;

@Service
@Command(scope = "comment", name = "delete", description = "Deletes a comment on an order: your own, or any if you are an Ordo admin")
public class CommentDeleteCommand implements Action {

    @Argument(index = 0, name = "order", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "comment", description = "The comment's id (order:comments lists them)", required = true)
    String commentId;

    @Reference
    Comments comments;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ConsoleUser user = ConsoleUser.current(session.get("USER"));
            comments.delete(orderId.trim(), commentId.trim(), user.name(), user.admin());
            session.getConsole().println("Comment " + commentId.trim() + " deleted from order " + orderId.trim());
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
