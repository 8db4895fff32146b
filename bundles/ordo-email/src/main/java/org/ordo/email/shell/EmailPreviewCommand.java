package org.ordo.email.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.error.ProblemException;
import org.ordo.email.internal.Emails;
import org.ordo.email.internal.PreviewDTO;

@Service
@Command(scope = "email", name = "preview", description = "Shows a template rendered for an order, as it would be sent; sends nothing")
public class EmailPreviewCommand implements Action {

    @Argument(index = 0, name = "template", description = "The template's name", required = true)
    String template;

    @Argument(index = 1, name = "order", description = "The order's id", required = true)
    String orderId;

    @Reference
    Emails emails;

    @Reference
    Session session;

    @Override
    public Object execute() {
        PrintStream out = session.getConsole();
        try {
            PreviewDTO preview = emails.preview(template.trim(), orderId.trim());
            out.println("To:      " + (preview.to == null ? "(the customer has no email address)" : preview.to));
            out.println("Subject: " + preview.subject);
            out.println("Format:  " + preview.format);
            out.println();
            out.println(preview.body);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> out.println("Error: " + reason));
        }
        return null;
    }
}
