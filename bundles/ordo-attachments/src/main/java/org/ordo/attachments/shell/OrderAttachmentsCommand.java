package org.ordo.attachments.shell;

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
import org.ordo.attachments.internal.AttachmentDTO;
import org.ordo.attachments.internal.Attachments;

@Service
@Command(scope = "order", name = "attachments", description = "Lists the files attached to an order, oldest first")
public class OrderAttachmentsCommand implements Action {

    @Argument(index = 0, name = "id", description = "The order's id", required = true)
    String orderId;

    @Option(name = "--page", description = "Page of 200 files, from 1")
    String page;

    @Reference
    Attachments attachments;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Filename").maxSize(60);
            table.column("Type");
            table.column("Size").alignRight();
            table.column("SHA-256");
            table.column("Uploaded by");
            table.column("At");
            Page<AttachmentDTO> found = attachments.list(orderId, ConsolePages.request(page));
            for (AttachmentDTO attachment : found.items) {
                table.addRow().addContent(attachment.id, attachment.filename, attachment.contentType, attachment.size,
                        attachment.sha256.substring(0, 12), attachment.uploadedBy,
                        attachment.createdAt.truncatedTo(ChronoUnit.SECONDS));
            }
            table.print(session.getConsole());
            ConsolePages.summary(found, "files").ifPresent(session.getConsole()::println);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
