package org.ordo.email.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.email.internal.EmailDTO;
import org.ordo.email.internal.Emails;
import org.ordo.email.internal.SendRequestDTO;

@Service
@Command(scope = "email", name = "send-text", description = "Queues an email of your own text about an order, to its customer unless told")
public class EmailSendTextCommand implements Action {

    @Option(name = "--to", description = "Recipient (default: the order's customer); only an Ordo admin may give another address")
    String to;

    @Option(name = "--format", description = "TEXT (default) or HTML (values escaped)")
    String format;

    @Argument(index = 0, name = "order", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "subject", required = true,
            description = "The subject, quoted; ${path} placeholders such as ${order.number} are filled in")
    String subject;

    @Argument(index = 2, name = "body", required = true,
            description = "The body, quoted; ${path} placeholders such as ${customer.firstName} are filled in, the rest is sent as written")
    String body;

    @Reference
    Emails emails;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            SendRequestDTO request = new SendRequestDTO();
            request.subject = subject;
            request.body = body;
            request.format = format;
            request.to = to;
            ConsoleUser user = ConsoleUser.current(session.get("USER"));
            EmailDTO email = emails.send(orderId.trim(), request, user.name(), user.admin());
            session.getConsole().println("Email " + email.id + " to " + email.to + " " + email.status);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
