package org.spoor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Every index is written on every insert: a phone of a million messages pays for each one, so the
 * migrated schema must not keep two indexes of the same columns on one table (H2 adds one for each
 * foreign key unless an index of exactly its columns already exists).
 */
class SchemaIndexesTest {

    @Test
    void noTableHasTwoIndexesOfTheSameColumns() throws Exception {
        String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        Map<String, List<String>> indexesByColumns = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("""
                     SELECT i.TABLE_NAME, i.INDEX_NAME,
                         LISTAGG(c.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)
                     FROM INFORMATION_SCHEMA.INDEXES i
                     JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
                         ON c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME
                     WHERE i.TABLE_SCHEMA = 'PUBLIC'
                     GROUP BY i.TABLE_NAME, i.INDEX_NAME""")) {
            while (r.next()) {
                indexesByColumns.computeIfAbsent(r.getString(1) + " (" + r.getString(3) + ")",
                        k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        assertThat(indexesByColumns).as("indexes found").containsKey("COMMS_MESSAGE (EXHIBIT_ID)");
        assertThat(indexesByColumns.entrySet()).filteredOn(e -> e.getValue().size() > 1)
                .as("tables with two indexes of the same columns").isEmpty();
    }
}
