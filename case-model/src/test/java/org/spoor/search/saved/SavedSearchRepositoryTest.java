package org.spoor.search.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.search.SearchQuery;

class SavedSearchRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    private Connection connection;
    private SavedSearchRepository searches;

    @BeforeEach
    void openCase() throws Exception {
        String url = "jdbc:h2:mem:saved-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        searches = new SavedSearchRepository(DSL.using(connection, SQLDialect.H2), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeCase() throws Exception {
        connection.close();
    }

    @Test
    void aSavedSearchComesBackWithEveryFilter() {
        SearchQuery query = new SearchQuery("\"vảy tê tê\" OR trengg*", 25, Set.of("message", "image/*"),
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-07-01T00:00:00Z"), "Lê Thị Hoa", "vi");

        SavedSearch saved = searches.save("Scales, first half 2024", query);

        assertThat(searches.findByName("Scales, first half 2024")).contains(saved);
        assertThat(saved.query()).isEqualTo(query);
        assertThat(saved.savedAt()).isEqualTo(NOW);
    }

    @Test
    void aSearchWithoutFiltersKeepsThemEmpty() {
        SavedSearch saved = searches.save("ivory", SearchQuery.of("ngà voi"));

        assertThat(searches.findAll()).containsExactly(saved);
        assertThat(saved.query()).isEqualTo(SearchQuery.of("ngà voi"));
    }

    @Test
    void savingUnderAnExistingNameReplacesTheSearch() {
        SavedSearch first = searches.save("ivory", SearchQuery.of("ngà voi"));
        SavedSearch second = searches.save("ivory", SearchQuery.of("gading gajah"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(searches.findAll()).extracting(s -> s.query().text()).containsExactly("gading gajah");
        searches.delete(second.id());
        assertThat(searches.findAll()).isEmpty();
    }
}
