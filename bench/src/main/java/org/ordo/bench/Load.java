package org.ordo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The direct loader of scale mode: fills a <em>stopped</em> Ordo's embedded Derby to M orders by cloning
 * the orders its services wrote, so that the services read the clones as their own.
 *
 * <p>Each clone copies a real order row and its rows in ordo-core's dependent tables, every column as
 * the database describes it, with a new id, the number the services derive from that id, a creation
 * time further in the past (its other times moved by as much) and the customer columns (id, name,
 * email, address snapshots) of another real order, so that orders spread over the real customers and
 * statuses. Stock falls by what the clones keep reserved, and the id tables move past the new ids, in
 * the same transaction as each batch of clones: later creates through REST get fresh ids and numbers.
 */
final class Load implements AutoCloseable {
    /** ordo-core's tables that hang off an order (OrderEntity's collections and HistoryEntity). */
    private static final List<String> DEPENDENT_TABLES = List.of("ORDER_LINES", "ORDER_HISTORY", "ORDER_FLAGS",
            "ORDER_COUPONS", "ORDER_ADJUSTMENTS");
    /** ordo-core's id-allocation table (EclipseLink TableGenerator: SEQ_NAME, SEQ_COUNT = last id handed out). */
    private static final String ID_TABLE = "ORDO_CORE_IDS";
    /** The customer an order is for: its id and the snapshots taken from the customer when ordered. */
    private static final List<String> CUSTOMER_PREFIXES = List.of("CUSTOMER_", "BILL_", "SHIP_");
    private static final int ORDERS_PER_COMMIT = 5_000;
    private static final Duration SPREAD = Duration.ofDays(730);
    private static final long SEED = 11;

    private final Path database;
    private final String url;
    private final Connection connection;

    /** Rows of one table, each an array in the order of {@link #columns}. */
    private record Rows(String table, List<String> columns, int[] types, List<Object[]> rows) {
        int column(String name) {
            int index = columns.indexOf(name);
            if (index < 0) {
                throw new IllegalStateException(table + " has no column " + name + "; the loader needs it");
            }
            return index;
        }
    }

    Load(Path data) {
        database = data.resolve("ordo-db");
        if (!Files.isDirectory(database)) {
            throw new IllegalStateException("no Ordo database at " + database + ": start Ordo once with ORDO_DATA="
                    + data + " and create the orders to clone (bench/run 2000), then stop it");
        }
        url = "jdbc:derby:" + database;
        System.setProperty("derby.stream.error.file", data.resolve("log").resolve("derby-load.log").toString());
        // Enough pages for the order indexes to stay in memory while millions of entries go in
        System.setProperty("derby.storage.pageCacheSize", "16000");
        try {
            connection = DriverManager.getConnection(url);
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            if (hasState(e, "XSDB6")) {
                throw new IllegalStateException("the database " + database + " is in use by another process;"
                        + " stop Ordo first (ORDO_DATA=" + data + " ./ordo stop): embedded Derby belongs to one JVM at a time");
            }
            throw new IllegalStateException("cannot open " + database + ": " + e.getMessage(), e);
        }
    }

    /** Clones orders until the database holds {@code target}; prints progress and the load rate. */
    void fillTo(int target) throws SQLException {
        long present = single("SELECT COUNT(*) FROM ORDERS");
        long missing = target - present;
        if (missing <= 0) {
            System.out.printf(Locale.ROOT, "load: %d orders present, nothing to load for %d%n", present, target);
            return;
        }
        Rows orders = read("SELECT * FROM ORDERS ORDER BY ID", "ORDERS");
        if (orders.rows().isEmpty()) {
            throw new IllegalStateException("no order to clone: create some through the services first (bench/run 2000)");
        }
        checkNumbering(orders);
        Map<String, Map<Long, List<Object[]>>> dependents = new TreeMap<>();
        Map<String, Rows> dependentRows = new TreeMap<>();
        for (String table : DEPENDENT_TABLES) {
            Rows rows = read("SELECT * FROM " + table + " ORDER BY ORDER_ID", table);
            int orderId = rows.column("ORDER_ID");
            Map<Long, List<Object[]>> byOrder = new HashMap<>();
            rows.rows().forEach(row -> byOrder.computeIfAbsent(((Number) row[orderId]).longValue(), k -> new ArrayList<>()).add(row));
            dependents.put(table, byOrder);
            dependentRows.put(table, rows);
        }
        System.out.printf(Locale.ROOT, "load: %d orders present, cloning %d of them into %d new orders to reach %d (%s)%n",
                present, orders.rows().size(), missing, target, database);
        new Cloner(orders, dependentRows, dependents, missing).run();
        System.out.println("load: updating the optimizer's statistics");
        for (String table : Stream.concat(Stream.of("ORDERS", "PRODUCTS"), DEPENDENT_TABLES.stream()).toList()) {
            try (PreparedStatement statistics = connection.prepareStatement(
                    "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, ?, NULL)")) {
                statistics.setString(1, table);
                statistics.execute();
            }
        }
        connection.commit();
    }

    /** The clones of one load, written in batches that each commit their stock and id-table moves. */
    private final class Cloner {
        private final Rows orders;
        private final Map<String, Rows> dependentRows;
        private final Map<String, Map<Long, List<Object[]>>> dependents;
        private final long missing;
        private final Random random = new Random(SEED);
        private final Map<String, Long> nextIds = new TreeMap<>();
        private final Map<String, Long> rowCounts = new TreeMap<>();
        private final Map<String, PreparedStatement> inserts = new HashMap<>();
        private final Timestamp earliest;

        Cloner(Rows orders, Map<String, Rows> dependentRows, Map<String, Map<Long, List<Object[]>>> dependents, long missing) {
            this.orders = orders;
            this.dependentRows = dependentRows;
            this.dependents = dependents;
            this.missing = missing;
            int created = orders.column("CREATED_AT");
            earliest = orders.rows().stream().map(row -> (Timestamp) row[created]).min(Timestamp::compareTo).orElseThrow();
        }

        void run() throws SQLException {
            nextIds.put("ORDERS", firstFreeId("ORDERS"));
            for (Rows rows : dependentRows.values()) {
                if (rows.columns().contains("ID")) {
                    nextIds.put(rows.table(), firstFreeId(rows.table()));
                }
            }
            try {
                for (Rows rows : Stream.concat(Stream.of(orders), dependentRows.values().stream()).toList()) {
                    inserts.put(rows.table(), connection.prepareStatement(insertSql(rows)));
                }
                long start = System.nanoTime();
                long step = Math.max(1, missing / 10);
                long done = 0;
                while (done < missing) {
                    long batch = Math.min(ORDERS_PER_COMMIT, missing - done);
                    Map<String, Integer> reserved = new TreeMap<>();
                    for (long k = done; k < done + batch; k++) {
                        cloneOne(k, reserved);
                    }
                    for (PreparedStatement insert : inserts.values()) {
                        insert.executeBatch();
                    }
                    takeStock(reserved);
                    moveIdTable();
                    connection.commit();
                    long before = done;
                    done += batch;
                    if (done / step != before / step || done == missing) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        System.out.printf(Locale.ROOT, "load: %d%% (%d/%d) %.0f orders/s%n",
                                done * 100 / missing, done, missing, done / seconds);
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                StringBuilder rows = new StringBuilder();
                rowCounts.forEach((table, count) -> rows.append(' ').append(table).append('=').append(count));
                System.out.printf(Locale.ROOT, "load: %d orders in %.1f s, %.0f orders/s; rows:%s%n",
                        missing, seconds, missing / seconds, rows);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                for (PreparedStatement insert : inserts.values()) {
                    insert.close();
                }
            }
        }

        /**
         * Clone number {@code k} of {@code missing}: the oldest clones come first, so ids grow with the
         * creation time as they do for orders the services create, all of them before the real orders.
         */
        private void cloneOne(long k, Map<String, Integer> reserved) throws SQLException {
            Object[] template = orders.rows().get(random.nextInt(orders.rows().size()));
            Object[] customer = orders.rows().get(random.nextInt(orders.rows().size()));
            long id = nextIds.merge("ORDERS", 1L, Long::sum) - 1;
            Timestamp createdAt = new Timestamp(earliest.getTime() - (missing - k) * (SPREAD.toMillis() / missing));
            Timestamp templateCreated = (Timestamp) template[orders.column("CREATED_AT")];
            long shift = templateCreated.getTime() - createdAt.getTime();

            Object[] order = template.clone();
            for (int c = 0; c < order.length; c++) {
                String column = orders.columns().get(c);
                if (CUSTOMER_PREFIXES.stream().anyMatch(column::startsWith)) {
                    order[c] = customer[c];
                } else if (order[c] instanceof Timestamp time) {
                    order[c] = shifted(time, shift);
                }
            }
            order[orders.column("ID")] = id;
            order[orders.column("NUMBER")] = number(id);
            order[orders.column("CREATED_AT")] = createdAt;
            add(orders, order);

            long templateId = ((Number) template[orders.column("ID")]).longValue();
            for (Rows rows : dependentRows.values()) {
                for (Object[] row : dependents.get(rows.table()).getOrDefault(templateId, List.of())) {
                    Object[] copy = row.clone();
                    for (int c = 0; c < copy.length; c++) {
                        if (copy[c] instanceof Timestamp time) {
                            copy[c] = shifted(time, shift);
                        }
                    }
                    copy[rows.column("ORDER_ID")] = id;
                    if (nextIds.containsKey(rows.table())) {
                        copy[rows.column("ID")] = nextIds.merge(rows.table(), 1L, Long::sum) - 1;
                    }
                    if (rows.table().equals("ORDER_LINES") && Boolean.TRUE.equals(asBoolean(copy[rows.column("STOCK_HELD")]))) {
                        reserved.merge((String) copy[rows.column("SKU")], ((Number) copy[rows.column("QUANTITY")]).intValue(),
                                Integer::sum);
                    }
                    add(rows, copy);
                }
            }
        }

        private void add(Rows rows, Object[] values) throws SQLException {
            PreparedStatement insert = inserts.get(rows.table());
            for (int c = 0; c < values.length; c++) {
                if (values[c] == null) {
                    insert.setNull(c + 1, rows.types()[c]);
                } else {
                    // As read: with a target type, Derby adds a warning per decimal, and the chain grows without end
                    insert.setObject(c + 1, values[c]);
                }
            }
            insert.addBatch();
            rowCounts.merge(rows.table(), 1L, Long::sum);
        }

        /** The clones' reserved units leave stock, as the services would have taken them; never below zero. */
        private void takeStock(Map<String, Integer> reserved) throws SQLException {
            try (PreparedStatement take = connection.prepareStatement(
                    "UPDATE PRODUCTS SET STOCK = STOCK - ? WHERE SKU = ? AND STOCK >= ?")) {
                for (Map.Entry<String, Integer> units : reserved.entrySet()) {
                    take.setInt(1, units.getValue());
                    take.setString(2, units.getKey());
                    take.setInt(3, units.getValue());
                    if (take.executeUpdate() != 1) {
                        throw new IllegalStateException("product " + units.getKey() + " has less than " + units.getValue()
                                + " units left for the clones; give the products more stock before loading");
                    }
                }
            }
        }

        /** The id table's counter is the last id handed out: the services' next block starts after the clones. */
        private void moveIdTable() throws SQLException {
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE " + ID_TABLE + " SET SEQ_COUNT = ? WHERE SEQ_NAME = ? AND SEQ_COUNT < ?")) {
                for (Map.Entry<String, Long> next : nextIds.entrySet()) {
                    move.setLong(1, next.getValue() - 1);
                    move.setString(2, next.getKey());
                    move.setLong(3, next.getValue() - 1);
                    move.executeUpdate();
                }
            }
        }
    }

    /** Past both the id table's counter and the highest id present, whichever is further. */
    private long firstFreeId(String table) throws SQLException {
        long maxId = single("SELECT COALESCE(MAX(ID), 0) FROM " + table);
        Long counter;
        try (PreparedStatement select = connection.prepareStatement("SELECT SEQ_COUNT FROM " + ID_TABLE + " WHERE SEQ_NAME = ?")) {
            select.setString(1, table);
            try (ResultSet result = select.executeQuery()) {
                counter = result.next() ? result.getLong(1) : null;
            }
        }
        if (counter == null) {
            throw new IllegalStateException(ID_TABLE + " has no counter for " + table
                    + "; the services allocate its ids elsewhere now, and the loader must follow");
        }
        return Math.max(maxId, counter) + 1;
    }

    /** The services number an order after its id; refuse to invent numbers if that has changed. */
    private static void checkNumbering(Rows orders) {
        int id = orders.column("ID");
        int number = orders.column("NUMBER");
        for (Object[] row : orders.rows()) {
            long orderId = ((Number) row[id]).longValue();
            if (!number(orderId).equals(row[number])) {
                throw new IllegalStateException("order " + orderId + " is numbered " + row[number] + ", not "
                        + number(orderId) + ": the services number orders differently now, and the loader must follow");
            }
        }
    }

    static String number(long id) {
        return String.format(Locale.ROOT, "SO-%06d", id);
    }

    private static Timestamp shifted(Timestamp time, long millis) {
        return Timestamp.from(time.toInstant().minusMillis(millis));
    }

    private static Boolean asBoolean(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value instanceof Number number ? number.intValue() != 0 : null;
    }

    private Rows read(String sql, String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            List<String> columns = new ArrayList<>();
            int[] types = new int[meta.getColumnCount()];
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnName(c).toUpperCase(Locale.ROOT));
                types[c - 1] = meta.getColumnType(c);
            }
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = types[c] == Types.TIMESTAMP ? result.getTimestamp(c + 1) : result.getObject(c + 1);
                }
                rows.add(row);
            }
            return new Rows(table, columns, types, rows);
        }
    }

    private static String insertSql(Rows rows) {
        return "INSERT INTO " + rows.table() + " (" + String.join(", ", rows.columns()) + ") VALUES ("
                + String.join(", ", rows.columns().stream().map(c -> "?").toList()) + ")";
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The database's size on disk. */
    long bytesOnDisk() {
        try (Stream<Path> files = Files.walk(database)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasState(SQLException e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (state.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // shutting Derby down below settles it
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
    }
}
