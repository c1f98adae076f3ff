package org.spoor.casefile.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.spoor.casefile.CaseException;

/**
 * A case file is untrusted input (it may come from a pack or another laptop). Spoor's schema has no
 * triggers, user functions, linked tables or synonyms, so any such object was put there by someone
 * else and could run code or reach the network: refuse the case before running any other SQL.
 */
final class UntrustedContentCheck {

    private UntrustedContentCheck() {
    }

    static void refuseCodeBearingObjects(Connection connection) throws SQLException, CaseException {
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            collect(statement, "SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS", "trigger", found);
            collect(statement, "SELECT ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES"
                    + " WHERE ROUTINE_SCHEMA <> 'INFORMATION_SCHEMA'", "function alias", found);
            collect(statement, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_TYPE NOT IN ('BASE TABLE', 'VIEW') AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA'",
                    "linked or external table", found);
            collect(statement, "SELECT SYNONYM_NAME FROM INFORMATION_SCHEMA.SYNONYMS", "synonym", found);
            collect(statement, "SELECT CONSTANT_NAME FROM INFORMATION_SCHEMA.CONSTANTS", "constant", found);
        }
        if (!found.isEmpty()) {
            throw new CaseException(CaseException.Kind.TAMPERED, "case.error.dangerousContent",
                    "The case database holds objects Spoor never writes and that could run code: " + found
                            + ". It was refused without running them.", String.join(", ", found));
        }
    }

    private static void collect(Statement statement, String sql, String what, List<String> found)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                found.add(what + " " + rows.getString(1));
            }
        }
    }
}
