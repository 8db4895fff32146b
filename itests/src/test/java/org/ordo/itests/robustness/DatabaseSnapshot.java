package org.ordo.itests.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * Every table of the application schema, each row reduced to a digest in primary-key order. Two
 * snapshots are equal when no row was added, removed or changed anywhere.
 */
final class DatabaseSnapshot {

    /** Table name to (row key to row digest), rows in primary-key order. */
    private final Map<String, Map<String, String>> tables;

    private DatabaseSnapshot(Map<String, Map<String, String>> tables) {
        this.tables = tables;
    }

    static DatabaseSnapshot of(DataSource dataSource) throws SQLException {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            // Ordo's tables are in the connection's own schema: APP on Derby, public on PostgreSQL
            String schema = connection.getSchema();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                tables.put(table, rows(connection, schema, table, primaryKey(meta, schema, table)));
            }
        }
        return new DatabaseSnapshot(tables);
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(columns.values());
    }

    /** Rows keyed by their primary key; a table without one is keyed by the whole row. */
    private static Map<String, String> rows(Connection connection, String schema, String table, List<String> key) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        String order = key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key.stream().map(c -> "\"" + c + "\"").toList());
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM \"" + schema + "\".\"" + table + "\"" + order)) {
            ResultSetMetaData columns = rs.getMetaData();
            int n = 0;
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                StringBuilder rowKey = new StringBuilder();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    String value = value(rs, c);
                    row.append(columns.getColumnName(c)).append('=').append(value).append('\u001f');
                    if (key.contains(columns.getColumnName(c))) {
                        rowKey.append(value).append('/');
                    }
                }
                String digest = sha256(row.toString());
                rows.put(key.isEmpty() ? digest + "#" + n++ : rowKey.toString(), excerpt(row.toString()) + " sha256=" + digest);
            }
        }
        return rows;
    }

    private static String value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        try {
            if (value instanceof Blob blob) {
                try (InputStream in = blob.getBinaryStream()) {
                    return "blob:" + sha256(in.readAllBytes());
                }
            }
            if (value instanceof Clob clob) {
                try (Reader in = clob.getCharacterStream()) {
                    StringBuilder text = new StringBuilder();
                    char[] buffer = new char[8192];
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        text.append(buffer, 0, read);
                    }
                    return "clob:" + sha256(text.toString());
                }
            }
        } catch (IOException e) {
            throw new SQLException(e);
        }
        if (value instanceof byte[] bytes) {
            return "bytes:" + sha256(bytes);
        }
        return String.valueOf(value);
    }

    /** The differences to a later snapshot, a few rows per table; empty when equal. */
    List<String> differencesTo(DatabaseSnapshot later) {
        List<String> differences = new ArrayList<>();
        for (String table : union(tables.keySet(), later.tables.keySet())) {
            Map<String, String> before = tables.getOrDefault(table, Map.of());
            Map<String, String> after = later.tables.getOrDefault(table, Map.of());
            if (before.equals(after)) {
                continue;
            }
            differences.add(table + ": " + before.size() + " rows before, " + after.size() + " after");
            int shown = 0;
            for (String key : union(before.keySet(), after.keySet())) {
                String was = before.get(key);
                String now = after.get(key);
                if (shown < 5 && (was == null || !was.equals(now))) {
                    differences.add("  row " + key + ": " + was + "  ->  " + now);
                    shown++;
                }
            }
        }
        return differences;
    }

    int tableCount() {
        return tables.size();
    }

    int rowCount() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    private static String excerpt(String row) {
        return row.length() <= 400 ? row : row.substring(0, 400) + "...";
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
