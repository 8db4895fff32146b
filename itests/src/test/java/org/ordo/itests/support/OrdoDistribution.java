package org.ordo.itests.support;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Pax Exam options that start the Ordo distribution this build made, exactly as shipped, on free
 * ports. Set {@code -Dordo.itest.keep=true} to keep each container's folder (and its
 * {@code data/log/karaf.log}) under {@code target/exam}.
 *
 * <p>With {@code -Dordo.itest.database=postgresql} each container's {@code ordo} DataSource is an
 * empty database of a real PostgreSQL server ({@link PostgresServer}) instead of embedded Derby,
 * set up as README's "Production database" says.
 */
public final class OrdoDistribution {
    public static final String HTTP_PORT_PROPERTY = "ordo.itest.http.port";
    public static final String DATASOURCE_CONFIG = "etc/org.ops4j.datasource-ordo.cfg";

    private OrdoDistribution() {
    }

    public static Option[] options(Option... extra) {
        String distribution = System.getProperty("ordo.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("No Ordo distribution at " + distribution + "; build karaf-assembly first");
        }
        int httpPort = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .name("Ordo")
                        .karafVersion("4.4.10")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                systemProperty(HTTP_PORT_PROPERTY).value(String.valueOf(httpPort)),
                // Pax Exam's probe waits this long (10 s by default, not pax.exam.service.timeout) for its
                // invoker and injector services; on a loaded machine they came later, and the test class
                // then hung forever instead of failing
                systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT").value("120000"),
                javaModuleOptions()));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                    "org.ops4j.pax.url.mvn.localRepository", localRepository));
        }
        if (onPostgresql()) {
            postgresqlDataSource(PostgresServer.shared().newDatabase())
                    .forEach((key, value) -> options.add(editConfigurationFilePut(DATASOURCE_CONFIG, key, value)));
        }
        if (Boolean.getBoolean("ordo.itest.keep")) {
            options.add(keepRuntimeFolder());
        }
        options.addAll(List.of(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * The options that hand these system properties, where this run sets them, on to the container:
     * a test inside it reads a run's settings (a seed, a size) from there.
     */
    public static Option[] passing(String... properties) {
        List<Option> settings = new ArrayList<>();
        for (String property : properties) {
            if (System.getProperty(property) != null) {
                settings.add(systemProperty(property).value(System.getProperty(property)));
            }
        }
        return settings.toArray(new Option[0]);
    }

    public static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("ordo.itest.database"));
    }

    /** The lines of {@value #DATASOURCE_CONFIG} that README's "Production database" changes. */
    public static Map<String, String> postgresqlDataSource(String jdbcUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        settings.put("url", jdbcUrl);
        settings.put("user", PostgresServer.USER);
        settings.put("password", PostgresServer.PASSWORD);
        settings.put("hikari.connectionTimeout", "3000");
        settings.put("hikari.validationTimeout", "1000");
        return settings;
    }

    /** What Karaf's own start script passes to a Java 9+ JVM; Pax Exam launches Java itself. */
    private static Option javaModuleOptions() {
        return composite(vmOptions(
                "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                "-Xmx768m"));
    }

    /** A port nothing listens on now, for a server the tests start. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
