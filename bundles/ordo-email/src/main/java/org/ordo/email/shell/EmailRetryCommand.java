package org.ordo.email.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.error.ProblemException;
import org.ordo.email.internal.EmailDTO;
import org.ordo.email.internal.Outbox;

@Service
@Command(scope = "email", name = "retry", description = "Queues a FAILED email again, with its attempts counted anew")
public class EmailRetryCommand implements Action {

    @Argument(index = 0, name = "id", description = "The email's id (see email:outbox)", required = true)
    String emailId;

    @Reference
    Outbox outbox;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            EmailDTO email = outbox.retry(emailId);
            session.getConsole().println("Email " + email.id + " to " + email.to + " is " + email.status + " again");
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
