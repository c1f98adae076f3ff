package org.spoor.casefile.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A case file is untrusted input (it may come from a pack or another laptop). Spoor's schema has no
 * triggers, user functions, linked tables or synonyms, so any such object was put there by someone
 * else and could run code or reach the network: refuse the case before running any other SQL.
 */
final class UntrustedContentCheck {

    private static final Pattern DANGEROUS = Pattern.compile(
            "^\\s*CREATE\\s+(?:FORCE\\s+)?(ALIAS|TRIGGER|LINKED\\s+TABLE|AGGREGATE|SYNONYM)\\s+"
                    + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\S+)", Pattern.CASE_INSENSITIVE);

    private UntrustedContentCheck() {
    }

    /**
     * H2's INFORMATION_SCHEMA hides an alias whose class failed to load and lists a linked table as a
     * base table, so the check reads the schema's own DDL ({@code SCRIPT NODATA} prints definitions and
     * runs none of them).
     */
    static void refuseCodeBearingObjects(Connection connection) throws SQLException, StorageException {
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet ddl = statement.executeQuery("SCRIPT NODATA")) {
            while (ddl.next()) {
                Matcher matcher = DANGEROUS.matcher(ddl.getString(1));
                if (matcher.find()) {
                    found.add(matcher.group(1).toLowerCase(Locale.ROOT) + " " + matcher.group(2));
                }
            }
        }
        if (!found.isEmpty()) {
            throw StorageException.dangerous(String.join(", ", found));
        }
    }
}
