package org.ordo.email.shell;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;
import org.ordo.email.internal.TemplateDTO;
import org.ordo.email.internal.Templates;

@Service
@Command(scope = "email", name = "template-set",
        description = "Creates or replaces an email template; the body is the text given, or with --file the file it names")
public class EmailTemplateSetCommand implements Action {
    /** A body of MAX_BODY characters takes at most this many bytes in UTF-8. */
    private static final long MAX_FILE_BYTES = 4L * Templates.MAX_BODY;

    @Option(name = "--file", description = "BODY is the path of a UTF-8 file on the server holding the body")
    boolean fromFile;

    @Option(name = "--format", description = "HTML (values escaped) or TEXT (default: HTML for a built-in template, else TEXT)")
    String format;

    @Argument(index = 0, name = "name", description = "The template's name, such as order-shipped", required = true)
    String name;

    @Argument(index = 1, name = "subject", description = "The subject, quoted; may use the template's values", required = true)
    String subject;

    @Argument(index = 2, name = "body", description = "The body, quoted, or with --file the file holding it", required = true)
    String body;

    @Reference
    Templates templates;

    @Reference
    Session session;

    @Override
    public Object execute() {
        try {
            TemplateDTO input = new TemplateDTO();
            input.subject = subject;
            input.body = fromFile ? read(body) : body;
            input.format = format;
            TemplateDTO saved = templates.put(name.trim(), input, ConsoleUser.current(session.get("USER")).name());
            session.getConsole().println("Template " + saved.name + " saved (" + saved.format + ", "
                    + saved.body.length() + " characters)");
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }

    private static String read(String path) {
        try {
            Path file = Paths.get(path.trim()).toAbsolutePath();
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ValidationException("body", "no readable file at " + file);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ValidationException("body", "must be at most " + Templates.MAX_BODY + " characters");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (InvalidPathException e) {
            throw new ValidationException("body", "'" + path + "' is not a path: " + e.getReason());
        } catch (CharacterCodingException e) {
            throw new ValidationException("body", "the file " + path + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ValidationException("body", "cannot read " + path + ": " + e.getMessage());
        }
    }
}
