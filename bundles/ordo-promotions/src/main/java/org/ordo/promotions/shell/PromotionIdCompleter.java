package org.ordo.promotions.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ordo.api.rest.PageRequest;
import org.ordo.promotions.internal.Promotions;

/** Completes the ids of the newest promotions: the ones a console user most likely means. */
@Service
public class PromotionIdCompleter implements Completer {
    private static final int NEWEST = 50;

    @Reference
    Promotions promotions;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids = promotions.list(PageRequest.of(1, NEWEST)).items.stream().map(p -> p.id).toList();
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
