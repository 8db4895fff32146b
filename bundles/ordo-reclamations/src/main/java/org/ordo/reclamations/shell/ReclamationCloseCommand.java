package org.ordo.reclamations.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.reclamations.internal.ReclamationDTO;
import org.ordo.reclamations.internal.Reclamations;

@Service
@Command(scope = "reclamation", name = "close", description = "Closes a reclamation with its resolution")
public class ReclamationCloseCommand implements Action {

    @Argument(index = 0, name = "id", description = "The reclamation's id", required = true)
    String id;

    @Argument(index = 1, name = "resolution", description = "How it was settled, quoted", required = true)
    String resolution;

    @Reference
    Reclamations reclamations;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            ReclamationDTO closed = reclamations.close(id, resolution, ConsoleUser.current(session.get("USER")).name());
            session.getConsole().println("Reclamation " + closed.id + " is " + closed.status);
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
