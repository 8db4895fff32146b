package org.ordo.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ordo.api.rest.PageRequest;
import org.ordo.core.internal.catalog.Catalog;

/** Completes skus from the start of the catalog; a fixed bound keeps completion quick on a large one. */
@Service
public class SkuCompleter implements Completer {
    private static final int FIRST = 50;

    @Reference
    Catalog catalog;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> skus = catalog.search(null, PageRequest.of(1, FIRST)).items.stream().map(p -> p.sku).toList();
        return new StringsCompleter(skus).complete(session, commandLine, candidates);
    }
}
