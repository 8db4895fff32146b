package org.ordo.email.shell;

import java.time.temporal.ChronoUnit;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.error.ProblemException;
import org.ordo.email.internal.EmailDTO;
import org.ordo.email.internal.MailTransports;
import org.ordo.email.internal.Outbox;

@Service
@Command(scope = "email", name = "outbox", description = "Lists the outbox, newest first: queued and failed emails unless told")
public class EmailOutboxCommand implements Action {

    @Option(name = "--status", description = "QUEUED, SENT or FAILED (default: QUEUED and FAILED)")
    String status;

    @Option(name = "--size", description = "Emails to list, at most 500")
    int size = 50;

    @Reference
    Outbox outbox;

    @Reference
    MailTransports transports;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            int limit = Math.max(1, Math.min(500, size));
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Order");
            table.column("Status");
            table.column("Attempts");
            table.column("To");
            table.column("Subject").maxSize(40);
            table.column("Created");
            table.column("Last error").maxSize(60);
            if (status == null) {
                outbox.list("QUEUED", limit).forEach(email -> row(table, email));
                outbox.list("FAILED", limit).forEach(email -> row(table, email));
            } else {
                outbox.list(status.toUpperCase(java.util.Locale.ROOT), limit).forEach(email -> row(table, email));
            }
            table.print(session.getConsole());
            session.getConsole().println("Mail goes to " + transports.describe());
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }

    private static void row(ShellTable table, EmailDTO email) {
        table.addRow().addContent(email.id, email.orderId, email.status, email.attempts, email.to, email.subject,
                email.createdAt.truncatedTo(ChronoUnit.SECONDS), email.lastError == null ? "" : email.lastError);
    }
}
