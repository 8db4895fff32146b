package org.ordo.itests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started from the machine's PostgreSQL binaries (Debian's
 * {@code postgresql} package; {@code .ci/run} installs it) in a throwaway cluster on a free loopback
 * port, once per test JVM, and stopped when the JVM ends. Each {@link #newDatabase()} is empty, so
 * every test class starts from nothing, as it does on Derby.
 *
 * <p>PostgreSQL refuses to run as root; as root, the server runs as the package's {@code postgres} user.
 * {@code -Dordo.itest.postgresql.bin} names another directory of binaries.
 */
public final class PostgresServer {
    public static final String USER = "ordo";
    public static final String PASSWORD = "ordo";
    private static final String SERVER_USER = "postgres";
    private static final String CLUSTER_PREFIX = "ordo-itest-postgresql-";
    /** The pid of the test JVM that started a cluster. */
    private static final String OWNER_FILE = "owner.pid";
    private static PostgresServer shared;

    private final Path binaries;
    private final Path cluster;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path binaries, Path cluster, int port) {
        this.binaries = binaries;
        this.cluster = cluster;
        this.port = port;
    }

    /** The server of this test JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static PostgresServer start() {
        Path binaries = findBinaries();
        try {
            stopAbandonedServers(binaries);
            Path cluster = Files.createTempDirectory(CLUSTER_PREFIX);
            Files.writeString(cluster.resolve(OWNER_FILE), String.valueOf(ProcessHandle.current().pid()));
            PostgresServer server = new PostgresServer(binaries, cluster, OrdoDistribution.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy, "postgresql-cleanup"));
            server.initialise();
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty database owned by {@link #USER} and answers its JDBC URL. */
    public String newDatabase() {
        String name = "ordo_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on PostgreSQL at port " + port, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Shuts the server down the way an operator's restart does: running statements are cancelled, sessions ended. */
    public void stop() {
        pgCtl("stop", "-m", "fast", "-w");
    }

    public void startServer() {
        pgCtl("start", "-w", "-t", "60", "-l", cluster.resolve("server.log").toString(),
                "-o", String.join(" ", "-p", String.valueOf(port), "-k", cluster.toString(),
                        "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200",
                        // Test data is thrown away: no need to wait for the disk
                        "-c", "fsync=off", "-c", "full_page_writes=off"));
    }

    private void initialise() throws IOException {
        Path password = cluster.resolve("password");
        Files.writeString(password, PASSWORD + "\n");
        ownByServerUser(cluster);
        run(List.of(binaries.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(),
                "-U", USER, "--pwfile", password.toString(), "-A", "scram-sha-256", "-E", "UTF8", "--no-sync",
                "--locale", "C"));
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(binaries.resolve("pg_ctl").toString(), "-D",
                cluster.resolve("data").toString()));
        command.addAll(List.of(arguments));
        try {
            run(command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void destroy() {
        if (Files.exists(cluster.resolve("data/postmaster.pid"))) {
            try {
                pgCtl("stop", "-m", "immediate", "-w");
            } catch (RuntimeException alreadyStopped) {
                // stopped meanwhile
            }
        }
        try (Stream<Path> files = Files.walk(cluster)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it
        }
    }

    /**
     * Stops and deletes the clusters of test JVMs that are gone: a JVM killed before its shutdown hook
     * ran (a build timeout, Ctrl-C twice) leaves its server running.
     */
    private static void stopAbandonedServers(Path binaries) throws IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> clusters = Files.list(temporary)) {
            for (Path cluster : clusters.filter(path -> path.getFileName().toString().startsWith(CLUSTER_PREFIX)).toList()) {
                Path owner = cluster.resolve(OWNER_FILE);
                boolean abandoned = !Files.exists(owner) || ProcessHandle.of(Long.parseLong(Files.readString(owner).trim()))
                        .map(ProcessHandle::isAlive).map(alive -> !alive).orElse(true);
                if (abandoned) {
                    new PostgresServer(binaries, cluster, 0).destroy();
                }
            }
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ownByServerUser(Path folder) throws IOException {
        if (runningAsRoot()) {
            run(List.of("chown", "-R", SERVER_USER, folder.toString()));
        }
    }

    private static void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (runningAsRoot() && !command.get(0).equals("chown")) {
            full.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static Path findBinaries() {
        String configured = System.getProperty("ordo.itest.postgresql.bin");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL server binaries under /usr/lib/postgresql: install Debian's "
                    + "postgresql package (.ci/run does) or set -Dordo.itest.postgresql.bin", e);
        }
    }
}
