package org.ordo.core.shell;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.apache.karaf.bundle.core.BundleService;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ordo.api.dashboard.DashboardCounter;
import org.ordo.api.registry.Keyed;
import org.ordo.core.internal.dashboard.DashboardCounters;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * What an admin checks first: which Ordo this is, which capabilities and extensions run (and why one
 * does not), the database, and the dashboard's counters.
 */
@Service
@Command(scope = "ordo", name = "status", description = "Shows the version, capabilities, extensions, database and counters")
public class OrdoStatusCommand extends OrdoCommand {
    private static final String OWN_BUNDLES = "mvn:org.ordo/";

    @Reference
    FeaturesService features;

    @Reference
    BundleService bundles;

    @Reference
    ServiceComponentRuntime components;

    @Reference(filter = "(osgi.jndi.service.name=ordo)", optional = true)
    DataSource dataSource;

    @Reference
    DashboardCounters counters;

    @Override
    protected void run(PrintStream out) {
        out.println("Ordo " + context().getBundle().getVersion() + " on Karaf " + System.getProperty("karaf.version", "?") + ", Java "
                + System.getProperty("java.version"));
        out.println("Database: " + database());
        out.println();
        capabilities().print(out);
        out.println();
        extensions().print(out);
        out.println();
        counters().print(out);
    }

    private String database() {
        if (dataSource == null) {
            return "the ordo DataSource is not available";
        }
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + meta.getURL();
        } catch (SQLException e) {
            return "unreachable: " + e.getMessage();
        }
    }

    private ShellTable capabilities() {
        ShellTable table = new ShellTable();
        table.column("Capability");
        table.column("Version");
        table.column("State");
        table.column("Problem").maxSize(100).wrap();
        try {
            for (Feature feature : sortedByName(features.listFeatures())) {
                if (feature.getName().startsWith("ordo-")) {
                    boolean installed = features.isInstalled(feature);
                    table.addRow().addContent(feature.getName(), feature.getVersion(),
                            installed ? "installed" : "not installed",
                            installed ? String.join("; ", problems(feature)) : "");
                }
            }
        } catch (Exception e) {
            table.addRow().addContent("?", "", "features unavailable", e.getMessage());
        }
        return table;
    }

    private static List<Feature> sortedByName(Feature[] features) {
        return Arrays.stream(features).sorted(Comparator.comparing(Feature::getName)).toList();
    }

    /** Bundles that build on Ordo's API or sit in deploy/, other than Ordo's own. */
    private ShellTable extensions() {
        ShellTable table = new ShellTable();
        table.column("Extension");
        table.column("Version");
        table.column("State");
        table.column("Problem").maxSize(100).wrap();
        for (Bundle bundle : context().getBundles()) {
            String imports = bundle.getHeaders("").get(Constants.IMPORT_PACKAGE);
            boolean usesOrdo = imports != null && imports.contains("org.ordo.api");
            boolean deployed = bundle.getLocation().contains("/deploy/");
            if ((usesOrdo || deployed) && !bundle.getLocation().startsWith(OWN_BUNDLES)) {
                table.addRow().addContent(bundle.getSymbolicName() + " [" + bundle.getBundleId() + "]", bundle.getVersion(),
                        bundles.getInfo(bundle).getState(), String.join("; ", problems(bundle)));
            }
        }
        return table;
    }

    /** What keeps Ordo's own bundles of a feature, such as a component refusing its configuration, from working. */
    private List<String> problems(Feature feature) {
        List<String> problems = new ArrayList<>();
        for (var info : feature.getBundles()) {
            Bundle bundle = context().getBundle(info.getLocation());
            if (bundle != null && info.getLocation().startsWith(OWN_BUNDLES)) {
                problems.addAll(problems(bundle));
            }
        }
        return problems;
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(OrdoStatusCommand.class).getBundleContext();
    }

    /** What keeps a bundle, or one of its components, from working. */
    private List<String> problems(Bundle bundle) {
        List<String> problems = new ArrayList<>();
        if (bundle.getState() == Bundle.INSTALLED) {
            for (BundleRequirement missing : bundles.getUnsatisfiedRequirements(bundle, null)) {
                problems.add("missing " + missing.getDirectives().getOrDefault("filter", missing.toString()));
            }
            return problems;
        }
        for (ComponentDescriptionDTO component : components.getComponentDescriptionDTOs(bundle)) {
            String name = component.name.substring(component.name.lastIndexOf('.') + 1);
            if (!components.isComponentEnabled(component)) {
                continue;
            }
            var configurations = components.getComponentConfigurationDTOs(component);
            if (configurations.isEmpty() && "require".equals(component.configurationPolicy)) {
                problems.add(name + " waits for its configuration " + String.join(", ", component.configurationPid));
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION
                        && !rootCause(configuration.failure).contains("Unable to get service for reference")) {
                    problems.add(name + " failed: " + rootCause(configuration.failure));
                } else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    for (var reference : configuration.unsatisfiedReferences) {
                        problems.add(name + " waits for " + reference.name);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The innermost exception's message of a stack trace DS kept: what the component said, not the
     * reflection around it. A component failing only because another did is left to that one.
     */
    static String rootCause(String failure) {
        String cause = failure.lines().findFirst().orElse("");
        for (String line : failure.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        int colon = cause.indexOf(": ");
        return colon > 0 && !cause.substring(0, colon).contains(" ") ? cause.substring(colon + 2) : cause;
    }

    private ShellTable counters() {
        ShellTable table = new ShellTable();
        table.column("Counter");
        table.column("Value").maxSize(100).wrap();
        Map<String, Object> values = new TreeMap<>();
        for (Keyed<DashboardCounter> counter : counters.all()) {
            try {
                values.put(counter.key(), counter.service().value());
            } catch (RuntimeException e) {
                values.put(counter.key(), "failed: " + e.getMessage());
            }
        }
        values.forEach((name, value) -> table.addRow().addContent(name, value));
        return table;
    }
}
