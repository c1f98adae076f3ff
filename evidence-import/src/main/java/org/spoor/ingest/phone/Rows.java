package org.spoor.ingest.phone;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Null-safe reads of SQLite columns, whose types vary between app versions. */
public final class Rows {

    private Rows() {
    }

    public static String text(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : value.toString();
    }

    public static long number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return (long) Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    public static double decimal(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    public static Long nullableNumber(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : number(rs, column);
    }
}
