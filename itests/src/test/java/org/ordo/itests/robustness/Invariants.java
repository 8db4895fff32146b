package org.ordo.itests.robustness;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * The invariants of money and stock, read from Ordo's own tables once the order events are told
 * (coupon uses are given back by a reaction to an order's cancellation).
 */
final class Invariants {
    private static final Set<String> SHIPPED_STATES = Set.of("SHIPPED", "DELIVERED", "CLOSED", "RETURNED");

    private final DataSource database;
    private final Map<String, Integer> initialStock;
    private final Map<String, Integer> consumedByDeleted;
    private int orders;
    private int promotions;

    Invariants(DataSource database, Map<String, Integer> initialStock, Map<String, Integer> consumedByDeleted) {
        this.database = database;
        this.initialStock = initialStock;
        this.consumedByDeleted = consumedByDeleted;
    }

    /** The broken invariants once every order event has been told, or after the wait those still broken. */
    List<String> awaitHolding(int seconds) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<String> broken;
        do {
            broken = eventsPending() ? List.of("order events still waiting to be told") : check();
            if (broken.isEmpty()) {
                return broken;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return broken;
    }

    String summary() {
        return orders + " orders, " + promotions + " promotions, " + initialStock.size() + " products";
    }

    private boolean eventsPending() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ORDER_EVENTS")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private List<String> check() throws SQLException {
        List<String> broken = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            stock(s, broken);
            totals(s, broken);
            couponUses(s, broken);
            history(s, broken);
        }
        return broken;
    }

    /** Stock = initial − units live orders hold − units shipped (by live orders and by deleted ones). */
    private void stock(Statement s, List<String> broken) throws SQLException {
        Map<String, Long> taken = new HashMap<>();
        consumedByDeleted.forEach((sku, units) -> taken.merge(sku, (long) units, Long::sum));
        try (ResultSet rs = s.executeQuery("SELECT SKU, QUANTITY, STOCK_HELD, STATE FROM ORDER_LINES")) {
            while (rs.next()) {
                if (rs.getBoolean(3) || SHIPPED_STATES.contains(rs.getString(4))) {
                    taken.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT SKU, STOCK FROM PRODUCTS")) {
            while (rs.next()) {
                Integer initial = initialStock.get(rs.getString(1));
                if (initial == null) {
                    continue;
                }
                long expected = initial - taken.getOrDefault(rs.getString(1), 0L);
                if (rs.getLong(2) != expected || rs.getLong(2) < 0) {
                    broken.add("stock of " + rs.getString(1) + " is " + rs.getLong(2) + ", expected " + initial + " - "
                            + taken.getOrDefault(rs.getString(1), 0L) + " = " + expected);
                }
            }
        }
    }

    /** 0 <= discount <= subtotal, grandTotal >= 0, and the totals add up. */
    private void totals(Statement s, List<String> broken) throws SQLException {
        orders = 0;
        try (ResultSet rs = s.executeQuery("SELECT NUMBER, SUBTOTAL, DISCOUNT, SHIPPING, TAX, GRAND_TOTAL FROM ORDERS")) {
            while (rs.next()) {
                orders++;
                BigDecimal subtotal = rs.getBigDecimal(2);
                BigDecimal discount = rs.getBigDecimal(3);
                BigDecimal sum = subtotal.subtract(discount).add(rs.getBigDecimal(4)).add(rs.getBigDecimal(5));
                if (discount.signum() < 0 || discount.compareTo(subtotal) > 0 || rs.getBigDecimal(6).signum() < 0
                        || sum.compareTo(rs.getBigDecimal(6)) != 0) {
                    broken.add(rs.getString(1) + ": subtotal " + subtotal + ", discount " + discount + ", shipping "
                            + rs.getBigDecimal(4) + ", tax " + rs.getBigDecimal(5) + ", grand total " + rs.getBigDecimal(6));
                }
            }
        }
    }

    /**
     * A promotion's {@code used} equals its counted uses, which are exactly the codes that live
     * (never cancelled) orders carry; and never exceeds its limit.
     */
    private void couponUses(Statement s, List<String> broken) throws SQLException {
        Map<Long, Long> counted = counts(s, "SELECT PROMOTION_ID, COUNT(*) FROM COUPON_USAGES GROUP BY PROMOTION_ID");
        Map<String, Long> promotionOfCode = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT CODE, PROMOTION_ID FROM COUPONS")) {
            while (rs.next()) {
                promotionOfCode.put(rs.getString(1), rs.getLong(2));
            }
        }
        Map<Long, Long> carried = new HashMap<>();
        // A cancelled order gave its uses back, and keeps them given back when it is closed or archived later
        try (ResultSet rs = s.executeQuery("SELECT c.CODE FROM ORDER_COUPONS c WHERE NOT EXISTS (SELECT 1 FROM ORDER_HISTORY h"
                + " WHERE h.ORDER_ID = c.ORDER_ID AND h.TO_STATUS = 'CANCELLED')")) {
            while (rs.next()) {
                Long promotion = promotionOfCode.get(rs.getString(1));
                if (promotion == null) {
                    broken.add("a live order carries " + rs.getString(1) + ", which is no coupon");
                } else {
                    carried.merge(promotion, 1L, Long::sum);
                }
            }
        }
        promotions = 0;
        try (ResultSet rs = s.executeQuery("SELECT ID, NAME, USED, USAGE_LIMIT FROM PROMOTIONS")) {
            while (rs.next()) {
                promotions++;
                long id = rs.getLong(1);
                long used = rs.getLong(3);
                long limit = rs.getLong(4);
                boolean limited = !rs.wasNull();
                long uses = counted.getOrDefault(id, 0L);
                long live = carried.getOrDefault(id, 0L);
                if (used != uses || uses != live || limited && used > limit) {
                    broken.add("promotion " + rs.getString(2) + ": used " + used + ", counted uses " + uses
                            + ", live orders carrying its codes " + live + (limited ? ", limit " + limit : ""));
                }
            }
        }
    }

    /** One history entry per change: an order at version N has been written N times. */
    private void history(Statement s, List<String> broken) throws SQLException {
        Map<Long, Long> entries = counts(s, "SELECT ORDER_ID, COUNT(*) FROM ORDER_HISTORY GROUP BY ORDER_ID");
        try (ResultSet rs = s.executeQuery("SELECT ID, NUMBER, VERSION FROM ORDERS")) {
            while (rs.next()) {
                long written = entries.getOrDefault(rs.getLong(1), 0L);
                if (written != rs.getLong(3)) {
                    broken.add(rs.getString(2) + " is at version " + rs.getLong(3) + " with " + written + " history entries");
                }
            }
        }
    }

    private static Map<Long, Long> counts(Statement s, String sql) throws SQLException {
        Map<Long, Long> counts = new HashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
