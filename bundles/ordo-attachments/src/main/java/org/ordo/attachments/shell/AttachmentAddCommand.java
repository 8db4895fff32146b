package org.ordo.attachments.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.ordo.api.console.ConsoleUser;
import org.ordo.api.error.ProblemException;
import org.ordo.api.error.ValidationException;
import org.ordo.attachments.internal.AttachmentDTO;
import org.ordo.attachments.internal.Attachments;
import org.ordo.attachments.internal.Upload;
import org.ordo.attachments.internal.Uploads;

@Service
@Command(scope = "attachment", name = "add", description = "Attaches a file on the server to an order, within the upload size limit")
public class AttachmentAddCommand implements Action {

    @Option(name = "--type", description = "The content type, such as application/pdf (default: guessed from the file)")
    String contentType;

    @Argument(index = 0, name = "order", description = "The order's id", required = true)
    String orderId;

    @Argument(index = 1, name = "path", description = "The file, on the server running Ordo", required = true)
    @Completion(FileCompleter.class)
    String path;

    @Reference
    Attachments attachments;

    @Reference
    Session session;

    @Override
    public Object execute() throws IOException {
        try {
            Upload upload = Uploads.fromFile(file(), contentType, attachments.maxSizeBytes());
            try (InputStream content = upload.content()) {
                AttachmentDTO attached = attachments.upload(orderId.trim(), upload, ConsoleUser.current(session.get("USER")).name());
                session.getConsole().println("Attachment " + attached.id + " '" + attached.filename + "' (" + attached.contentType
                        + ", " + attached.size + " bytes) added to order " + attached.orderId);
            }
        } catch (ProblemException e) {
            e.reasons().forEach(reason -> session.getConsole().println("Error: " + reason));
        }
        return null;
    }

    private Path file() {
        try {
            return Paths.get(path.trim()).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new ValidationException("file", "'" + path + "' is not a path: " + e.getReason());
        }
    }
}
