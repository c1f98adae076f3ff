package org.spoor.ingest.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.entity.Entity;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntitySource;
import org.spoor.entity.EntityType;
import org.spoor.ingest.entities.EntityRecorder;
import org.spoor.ingest.entities.PhoneNumbers;
import org.spoor.ingest.entities.TextEntityExtractor;
import org.spoor.ingest.phone.android.AndroidContactsParser;
import org.spoor.testsupport.Corpus;

/**
 * A Vietnamese case with a US phone: the call log's numbers are national ({@code 5404561685}) and read
 * in the row's own country; the entity must follow that reading, not the case's region.
 */
class CallLogInACaseOfAnotherCountryTest {

    @TempDir
    Path scratch;

    private PhoneTestCase testCase;

    @BeforeEach
    void openCase() throws Exception {
        testCase = new PhoneTestCase();
    }

    @AfterEach
    void closeCase() throws Exception {
        testCase.close();
    }

    @Test
    void theCallLogNumberReadInItsOwnCountryIsTheSameEntityAsTheNumberInTheLetter() throws Exception {
        long letter = testCase.exhibit(1, "letter.txt");
        long phone = testCase.exhibit(2, "contacts2.db");
        EntityRepository entities = new EntityRepository(testCase.db);
        new EntityRecorder(entities, TextEntityExtractor.standard("VN"), new PhoneNumbers("VN"))
                .recordText(letter, "text", "Liên hệ Barney qua số +1 540-456-1685 để lấy hàng.");
        Path file = Corpus.phone("plaso__contacts2.db");

        new PhoneRecordWriter(testCase.db, TextEntityExtractor.standard("VN")).write(new AndroidContactsParser(),
                file, new PhoneParseContext(phone, "VN", CompanionFiles.siblingsOf(file), scratch));

        Entity barney = entities.find(EntityType.PHONE, "+15404561685").orElseThrow();
        List<EntitySource> sources = entities.sourcesOf(barney.id());
        assertThat(sources).extracting(EntitySource::sourceLocator)
                .contains("text", "calls:_id=714", "calls:_id=715", "calls:_id=717");
        assertThat(sources).filteredOn(s -> s.exhibitId() == phone).extracting(EntitySource::rawValue)
                .containsOnly("5404561685");
        assertThat(entities.findAll(Optional.of(EntityType.PHONE))).extracting(Entity::normalisedKey)
                .doesNotContain("+845404561685");
    }
}
