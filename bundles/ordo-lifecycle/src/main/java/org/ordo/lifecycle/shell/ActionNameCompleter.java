package org.ordo.lifecycle.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ordo.lifecycle.internal.ActionRegistry;

/** Completes the names of the order actions installed now. */
@Service
public class ActionNameCompleter implements Completer {

    @Reference
    ActionRegistry actions;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(actions.names()).complete(session, commandLine, candidates);
    }
}
