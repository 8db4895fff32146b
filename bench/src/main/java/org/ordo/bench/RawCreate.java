package org.ordo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The ceiling {@code create} is measured against: the rows an order needs (the order with its number,
 * three lines, three stock decrements) written straight to an embedded Derby of the distribution's
 * version over JDBC, one durable transaction per order, by as many clients as the HTTP phases. It
 * runs in this process on a database of its own under a temporary folder, since the server's
 * embedded database belongs to the server.
 */
final class RawCreate implements AutoCloseable {
    private static final int PRODUCTS = 50;
    private static final BigDecimal PRICE = new BigDecimal("19.99");

    private final Path folder;
    private final String url;
    private final ConcurrentHashMap<Thread, Connection> connections = new ConcurrentHashMap<>();
    /**
     * Ids handed out in memory, as Ordo hands out ids from blocks it reserved in the database: a Derby
     * sequence at this rate refused one order in 20,000 ("too much contention on sequence").
     */
    private final AtomicLong ids = new AtomicLong();

    RawCreate() {
        try {
            folder = Files.createTempDirectory("ordo-bench-raw");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        url = "jdbc:derby:" + folder.resolve("db");
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE RAW_PRODUCTS (SKU VARCHAR(64) PRIMARY KEY, PRICE DECIMAL(19,4) NOT NULL,"
                    + " STOCK INT NOT NULL)");
            s.execute("CREATE TABLE RAW_ORDERS (ID BIGINT PRIMARY KEY, ORDER_NUMBER VARCHAR(16) NOT NULL UNIQUE,"
                    + " CUSTOMER_ID VARCHAR(32) NOT NULL, STATUS VARCHAR(16) NOT NULL, CURRENCY CHAR(3) NOT NULL,"
                    + " GRAND_TOTAL DECIMAL(19,4) NOT NULL, CREATED_AT TIMESTAMP NOT NULL)");
            s.execute("CREATE INDEX RAW_ORDERS_STATUS ON RAW_ORDERS (STATUS, CREATED_AT)");
            s.execute("CREATE INDEX RAW_ORDERS_CUSTOMER ON RAW_ORDERS (CUSTOMER_ID, CREATED_AT)");
            s.execute("CREATE TABLE RAW_ORDER_LINES (ID BIGINT PRIMARY KEY, ORDER_ID BIGINT NOT NULL,"
                    + " SKU VARCHAR(64) NOT NULL, QUANTITY INT NOT NULL, UNIT_PRICE DECIMAL(19,4) NOT NULL,"
                    + " TOTAL DECIMAL(19,4) NOT NULL)");
            s.execute("CREATE INDEX RAW_ORDER_LINES_ORDER ON RAW_ORDER_LINES (ORDER_ID)");
            for (int p = 0; p < PRODUCTS; p++) {
                s.execute("INSERT INTO RAW_PRODUCTS VALUES ('RAW-P" + p + "', 19.99, 100000000)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the raw Derby database under " + folder, e);
        }
    }

    /** One order in one committed transaction; the answer says 201 when it is durable, with its duration. */
    Http.Response create(int i) {
        long start = System.nanoTime();
        Connection c = connections.computeIfAbsent(Thread.currentThread(), t -> open());
        try {
            int[] products = ThreadLocalRandom.current().ints(0, PRODUCTS).distinct().limit(3).sorted().toArray();
            BigDecimal total = BigDecimal.ZERO;
            try (PreparedStatement take = c.prepareStatement(
                    "UPDATE RAW_PRODUCTS SET STOCK = STOCK - ? WHERE SKU = ? AND STOCK >= ?")) {
                for (int p : products) {
                    take.setInt(1, 1);
                    take.setString(2, "RAW-P" + p);
                    take.setInt(3, 1);
                    if (take.executeUpdate() != 1) {
                        c.rollback();
                        return new Http.Response(409, "out of stock", System.nanoTime() - start);
                    }
                    total = total.add(PRICE);
                }
            }
            long id = ids.incrementAndGet();
            try (PreparedStatement order = c.prepareStatement("INSERT INTO RAW_ORDERS VALUES (?, ?, ?, 'OPEN', 'EUR', ?, ?)")) {
                order.setLong(1, id);
                order.setString(2, String.format("SO-%06d", id));
                order.setString(3, "C" + (i % 100));
                order.setBigDecimal(4, total);
                order.setTimestamp(5, Timestamp.from(Instant.now()));
                order.executeUpdate();
            }
            try (PreparedStatement line = c.prepareStatement("INSERT INTO RAW_ORDER_LINES VALUES (?, ?, ?, 1, ?, ?)")) {
                for (int k = 0; k < products.length; k++) {
                    line.setLong(1, id * 10 + k);
                    line.setLong(2, id);
                    line.setString(3, "RAW-P" + products[k]);
                    line.setBigDecimal(4, PRICE);
                    line.setBigDecimal(5, PRICE);
                    line.addBatch();
                }
                line.executeBatch();
            }
            c.commit();
            return new Http.Response(201, "", System.nanoTime() - start);
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the failure below says what went wrong
            }
            return new Http.Response(500, e.toString(), System.nanoTime() - start);
        }
    }

    private Connection open() {
        try {
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url, e);
        }
    }

    @Override
    public void close() {
        for (Connection c : connections.values()) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // shutting down anyway
            }
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("bench: could not remove " + folder + ": " + e);
        }
    }
}
