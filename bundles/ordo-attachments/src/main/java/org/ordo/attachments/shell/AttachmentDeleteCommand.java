package org.ordo.attachments.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.attachments.internal.Attachments;

@Service
@Command(scope = "attachment", name = "delete", description = "Deletes an attachment and its file: your own upload, or any if you are an Ordo admin")
public class AttachmentDeleteCommand implements Action {

    @Argument(index = 0, name = "id", description = "The attachment's id (order:attachments lists them)", required = true)
    String attachmentId;

    @Reference
    Attachments attachments;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ConsoleUser user = ConsoleUser.current(session.get("USER"));
            attachments.delete(attachmentId.trim(), user.name(), user.admin());
            session.getConsole().println("Attachment " + attachmentId.trim() + " deleted");
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
