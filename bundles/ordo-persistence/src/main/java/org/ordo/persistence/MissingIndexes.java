package org.ordo.persistence;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.EntityManager;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.metamodel.EntityType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the indexes the entities declare that an existing database lacks. EclipseLink's
 * {@code create-or-extend-tables} adds new tables and columns to a database an older version made,
 * but creates indexes only with a new table: without this, an upgraded database would keep working
 * and slowly stop scaling. The SQL is the same on Derby and PostgreSQL.
 */
final class MissingIndexes {
    private static final Logger LOG = LoggerFactory.getLogger(MissingIndexes.class);

    private record Declared(String table, Index index) {
    }

    private MissingIndexes() {
    }

    static void add(EntityManager em) {
        List<Declared> declared = declaredBy(em);
        if (declared.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            return;
        }
        try {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, Set<String>> existing = new HashMap<>();
            for (Declared wanted : declared) {
                Set<String> names = existing.get(wanted.table());
                if (names == null) {
                    names = existingIndexes(connection, meta, wanted.table());
                    existing.put(wanted.table(), names);
                }
                if (!names.contains(wanted.index().name().toUpperCase(Locale.ROOT))) {
                    create(connection, wanted);
                }
            }
        } catch (SQLException e) {
            // Another node may have added it meanwhile; the next start looks again
            LOG.warn("Could not add the missing indexes: {}", e.getMessage());
        }
    }

    private static List<Declared> declaredBy(EntityManager em) {
        List<Declared> declared = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            Table table = type.getAnnotation(Table.class);
            if (table != null) {
                for (Index index : table.indexes()) {
                    declared.add(new Declared(table.name(), index));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                CollectionTable collection = field.getAnnotation(CollectionTable.class);
                if (collection != null) {
                    for (Index index : collection.indexes()) {
                        declared.add(new Declared(collection.name(), index));
                    }
                }
            }
        }
        return declared;
    }

    private static Set<String> existingIndexes(Connection connection, DatabaseMetaData meta, String table) throws SQLException {
        String stored = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table.toUpperCase(Locale.ROOT);
        Set<String> names = new HashSet<>();
        try (ResultSet indexes = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), stored, false, true)) {
            while (indexes.next()) {
                String name = indexes.getString("INDEX_NAME");
                if (name != null) {
                    names.add(name.toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static void create(Connection connection, Declared wanted) throws SQLException {
        Index index = wanted.index();
        String sql = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " ON " + wanted.table()
                + " (" + index.columnList() + ")";
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        LOG.info("Added the missing index {} to {}", index.name(), wanted.table());
    }
}
