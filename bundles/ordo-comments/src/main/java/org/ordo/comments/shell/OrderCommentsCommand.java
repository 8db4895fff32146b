package org.ordo.comments.shell;

import java.time.temporal.ChronoUnit;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.console.ConsolePages;
import org.ordo.api.error.ProblemException;
import org.ordo.api.rest.Page;
import org.ordo.comments.internal.CommentDTO;
import org.ordo.comments.internal.Comments;

@Service
@Command(scope = "order", name = "comments", description = "Lists the comments on an order, oldest first")
public class OrderCommentsCommand implements Action {

    @Argument(index = 0, name = "id", description = "The order's id", required = true)
    String orderId;

    @Option(name = "--page", description = "Page of 200 comments, from 1")
    String page;

    @Reference
    Comments comments;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("At");
            table.column("Author");
            table.column("Visibility");
            table.column("Message").maxSize(80).wrap();
            Page<CommentDTO> found = comments.list(orderId, ConsolePages.request(page));
            for (CommentDTO comment : found.items) {
                table.addRow().addContent(comment.id, comment.createdAt.truncatedTo(ChronoUnit.SECONDS), comment.author,
                        comment.visibility, comment.message);
            }
            table.print(session.getConsole());
            ConsolePages.summary(found, "comments").ifPresent(session.getConsole()::println);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
