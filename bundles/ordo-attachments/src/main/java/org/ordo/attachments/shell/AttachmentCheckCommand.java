package org.ordo.attachments.shell;

import java.io.IOException;
import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.ordo.attachments.internal.AttachmentDTO;
import org.ordo.attachments.internal.StoredFilesCheck;

@Service
@Command(scope = "attachment", name = "check",
        description = "Compares stored files with attachments: lists files no attachment refers to and attachments whose file is gone")
public class AttachmentCheckCommand implements Action {

    @Option(name = "--repair", description = "Remove the files no attachment refers to")
    boolean repair;

    @Reference
    StoredFilesCheck check;

    @Reference
    Session session;

    @Override
    public Object execute() throws IOException {
        PrintStream out = session.getConsole();
        StoredFilesCheck.Report report = check.check(repair);
        report.orphanFiles().forEach(key -> out.println((repair ? "Removed" : "Orphan") + " file " + key));
        for (AttachmentDTO attachment : report.missingFiles()) {
            out.println("Missing file of attachment " + attachment.id + " '" + attachment.filename + "' on order "
                    + attachment.orderId + " (sha256 " + attachment.sha256 + ")");
        }
        out.println(report.orphanFiles().size() + " orphan file(s), " + report.missingFiles().size()
                + " attachment(s) without a file" + (repair ? ", " + report.abandonedUploads() + " abandoned upload(s) removed" : ""));
        return null;
    }
}
