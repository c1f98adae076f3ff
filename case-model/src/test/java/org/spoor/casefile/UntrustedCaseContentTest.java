package org.spoor.casefile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case file is untrusted input: database objects that could run code or reach out (Java aliases,
 * triggers, linked tables) are refused on open, before any of Spoor's own SQL runs.
 */
class UntrustedCaseContentTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE FORCE ALIAS SPOOR_EVIL FOR 'java.lang.System.exit'",
        "CREATE FORCE TRIGGER SPOOR_EVIL BEFORE INSERT ON EXHIBIT FOR EACH ROW CALL 'com.example.Evil'",
        "CREATE FORCE LINKED TABLE SPOOR_EVIL('org.h2.Driver', 'jdbc:h2:mem:elsewhere', 'sa', '', 'T')"
    })
    void aCaseWhoseDatabaseHoldsCodeIsRefused(String plantedByAnAttacker) throws Exception {
        Path dir = temp.resolve("hostile.spoor");
        try (CaseFile created = TestCases.create(dir)) {
            created.db().execute(plantedByAnAttacker);
        }
        assertThatThrownBy(() -> CaseFile.open(dir, TestCases.PASSWORD, TestCases.options()))
                .isInstanceOfSatisfying(CaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CaseException.Kind.TAMPERED);
                    assertThat(e.getMessage()).contains("SPOOR_EVIL");
                });
    }
}
