package org.ordo.itests.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Ordo distribution this build made, unpacked once under {@code target/crash} and run as a child
 * process ({@code bin/karaf server}), so a test can kill it without warning and start it again on the
 * same data, or run several of them side by side — what Pax Exam cannot do with its own container.
 */
public final class KarafProcess {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path home;
    private final int httpPort;
    private Process launcher;
    private int starts;

    private KarafProcess(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks the distribution named by {@code ordo.distribution} and gives it free ports. */
    public static KarafProcess unpack() {
        String distribution = System.getProperty("ordo.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("No Ordo distribution at " + distribution + "; build karaf-assembly first");
        }
        try {
            Path target = Files.createDirectories(Path.of("target", "crash"));
            Path folder = Files.createTempDirectory(target, "run-").toAbsolutePath();
            run(List.of("tar", "-xzf", distribution, "-C", folder.toString()));
            Path home;
            try (Stream<Path> children = Files.list(folder)) {
                home = children.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Nothing unpacked from " + distribution));
            }
            int httpPort = OrdoDistribution.freePort();
            setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(httpPort));
            setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(OrdoDistribution.freePort()));
            setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(OrdoDistribution.freePort()));
            setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(OrdoDistribution.freePort()));
            String localRepository = System.getProperty("maven.repo.local");
            if (localRepository != null && !localRepository.isBlank()) {
                setProperty(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), "org.ops4j.pax.url.mvn.localRepository",
                        localRepository);
            }
            KarafProcess karaf = new KarafProcess(home, httpPort);
            // A test JVM ended from outside (a timeout, Ctrl-C) must not leave a Karaf behind
            Runtime.getRuntime().addShutdownHook(new Thread(karaf::destroy, "crash-karaf-cleanup"));
            return karaf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int httpPort() {
        return httpPort;
    }

    public Path log() {
        return home.resolve("data/log/karaf.log");
    }

    /** Starts {@code bin/karaf server} with the Java running this test; its console output goes to a file per start. */
    public void start() {
        if (launcher != null && launcher.isAlive()) {
            throw new IllegalStateException("Karaf is already running");
        }
        starts++;
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console-" + starts + ".log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_MAX_MEM", "768m");
        try {
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGKILLs the Karaf JVM (bin/karaf is a shell script that runs java as its child): no shutdown
     * hook, no bundle stop, no database close. Answers once the JVM and its script are gone.
     */
    public void kill() {
        ProcessHandle java = karafJvm().orElseThrow(() -> new IllegalStateException("No Karaf JVM under " + launcher));
        java.destroyForcibly();
        awaitExit(java);
        awaitExit(launcher.toHandle());
    }

    /** Stops whatever is still running of it, the same way; for the end of the test, passed or failed. */
    public synchronized void destroy() {
        if (launcher == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(launcher.descendants().toList());
        all.add(launcher.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(KarafProcess::awaitExit);
    }

    /** Deletes the unpacked distribution with its database (once the process is gone). */
    public void remove() {
        try (Stream<Path> files = Files.walk(home.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<ProcessHandle> karafJvm() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> java = launcher.descendants()
                    .filter(p -> p.info().command().map(command -> command.endsWith("/java")).orElse(false))
                    .findFirst();
            if (java.isPresent()) {
                return java;
            }
            sleep(50);
        }
        return Optional.empty();
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Process " + process.pid() + " did not end", e);
        }
    }

    /** The last lines of karaf.log, to print when a check fails. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no " + log() + ": " + e + ")";
        }
    }

    /** Sets {@code key = value} in a Karaf .cfg file, replacing the key's line (or its commented-out line) or appending it. */
    public void configure(String file, String key, String value) {
        try {
            setProperty(home.resolve(file), key, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the {@code ordo} DataSource on a PostgreSQL database, as README's "Production database" says. */
    public void usePostgresql(String jdbcUrl) {
        OrdoDistribution.postgresqlDataSource(jdbcUrl).forEach((key, value) -> configure(OrdoDistribution.DATASOURCE_CONFIG, key, value));
    }

    /** Waits until {@code /health} answers 200 and every capability of the distribution is published. */
    public void awaitReady() {
        Api anonymous = Api.on(httpPort, null);
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            try {
                if (anonymous.get("/health").status() == 200) {
                    break;
                }
            } catch (RuntimeException notListeningYet) {
                // Karaf is still starting
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Ordo never became healthy on port " + httpPort + "\n" + logTail(60));
            }
            sleep(250);
        }
        Api.awaitEndpoints(Api.on(httpPort, "viewer"), Capability.paths());
    }

    private static void setProperty(Path file, String key, String value) throws IOException {
        Pattern keyLine = Pattern.compile("^\\s*#?\\s*" + Pattern.quote(key) + "\\s*[=:].*");
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
        String entry = key + " = " + value;
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (keyLine.matcher(lines.get(i)).matches()) {
                lines.set(i, replaced ? "" : entry);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(entry);
        }
        Files.write(file, lines);
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        try {
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed with " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where {@link org.ordo.itests.support.Api} finds the server. */
    public void publishPort() {
        System.setProperty(OrdoDistribution.HTTP_PORT_PROPERTY, String.valueOf(httpPort));
    }
}
