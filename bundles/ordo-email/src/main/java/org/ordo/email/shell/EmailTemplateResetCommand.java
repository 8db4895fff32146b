package org.ordo.email.shell;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.error.ProblemException;
import org.ordo.email.internal.TemplateDTO;
import org.ordo.email.internal.Templates;

@Service
@Command(scope = "email", name = "template-reset",
        description = "Restores a built-in email template as Ordo ships it, or deletes an admin's own template")
public class EmailTemplateResetCommand implements Action {

    @Argument(index = 0, name = "name", description = "The template's name", required = true)
    String name;

    @Reference
    Templates templates;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            Optional<TemplateDTO> restored = templates.delete(name.trim());
            session.getConsole().println(restored.isPresent()
                    ? "Template " + name.trim() + " restored as shipped"
                    : "Template " + name.trim() + " deleted");
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }
}
