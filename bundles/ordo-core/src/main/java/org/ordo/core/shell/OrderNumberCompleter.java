package org.ordo.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ordo.api.rest.PageRequest;
import org.ordo.api.rest.SortOrder;
import org.ordo.core.internal.order.GridQuery;
import org.ordo.core.internal.order.OrderGrid;

/** Completes the numbers of the newest orders: the ones a console user most likely means. */
@Service
public class OrderNumberCompleter implements Completer {
    private static final int NEWEST = 20;

    @Reference
    OrderGrid grid;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        GridQuery newest = new GridQuery(null, null, null, null, null, null, null, null, null,
                new SortOrder("createdAt", true), PageRequest.of(1, NEWEST));
        List<String> numbers = grid.find(newest).items.stream().map(order -> order.number).toList();
        return new StringsCompleter(numbers).complete(session, commandLine, candidates);
    }
}
