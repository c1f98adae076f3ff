package org.spoor.ingest.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.comms.CallRepository;
import org.spoor.comms.ConversationRepository;
import org.spoor.comms.MessageRepository;
import org.spoor.entity.Entity;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntitySource;
import org.spoor.entity.EntityType;
import org.spoor.ingest.entities.EntityRecorder;
import org.spoor.ingest.entities.PhoneNumbers;
import org.spoor.ingest.entities.TextEntityExtractor;
import org.spoor.ingest.phone.android.AndroidContactsParser;
import org.spoor.ingest.phone.android.AndroidSmsParser;
import org.spoor.testsupport.Corpus;

class PhoneRecordWriterTest {

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

    private PhoneParseContext context(long exhibit, Path file) {
        return new PhoneParseContext(exhibit, "US", CompanionFiles.siblingsOf(file), scratch);
    }

    @Test
    void anSmsDatabaseLandsInTheCaseWithEveryMessageCitingItsRow() throws Exception {
        long exhibit = testCase.exhibit(1, "mmssms.db");
        Path file = Corpus.phone("plaso__mmssms.db");

        long written = new PhoneRecordWriter(testCase.db).write(new AndroidSmsParser(), file, context(exhibit, file));

        assertThat(written).isEqualTo(9);
        var messages = new MessageRepository(testCase.db).findByExhibit(exhibit);
        assertThat(messages).extracting(m -> m.source().locator()).contains("sms:_id=1", "sms:_id=9");
        assertThat(messages).allSatisfy(m -> assertThat(m.conversationKey()).isEqualTo("thread:1"));
        assertThat(new ConversationRepository(testCase.db).findByExhibit(exhibit)).hasSize(1);
    }

    @Test
    void aDamagedDatabaseLeavesNothingHalfWritten() throws Exception {
        long exhibit = testCase.exhibit(2, "mmssms.db");
        Path truncated = scratch.resolve("mmssms.db");
        byte[] whole = Files.readAllBytes(Corpus.phone("plaso__mmssms.db"));
        Files.write(truncated, Arrays.copyOf(whole, 32_768));

        assertThatThrownBy(() -> new PhoneRecordWriter(testCase.db).write(new AndroidSmsParser(), truncated,
                context(exhibit, truncated))).isInstanceOf(PhoneParseException.class);
        assertThat(new MessageRepository(testCase.db).countByExhibit(exhibit)).isZero();
    }

    @Test
    void theSameNumberInASeizedLetterAndInACallLogIsOneEntityWithBothSources() throws Exception {
        long letter = testCase.exhibit(3, "letter.txt");
        long phone = testCase.exhibit(4, "contacts2.db");
        EntityRepository entities = new EntityRepository(testCase.db);
        new EntityRecorder(entities, TextEntityExtractor.standard("VN"), new PhoneNumbers("VN"))
                .recordText(letter, "text", "Liên hệ Barney qua số +1 (540) 456-1685 để lấy hàng.");
        Path file = Corpus.phone("plaso__contacts2.db");

        new PhoneRecordWriter(testCase.db, TextEntityExtractor.standard("VN"))
                .write(new AndroidContactsParser(), file, context(phone, file));

        assertThat(new CallRepository(testCase.db).findByExhibit(phone)).hasSize(3);
        List<Entity> phones = entities.findAll(Optional.of(EntityType.PHONE));
        assertThat(phones).singleElement().satisfies(e -> assertThat(e.normalisedKey()).isEqualTo("+15404561685"));
        List<EntitySource> sources = entities.sourcesOf(phones.get(0).id());
        assertThat(sources).extracting(EntitySource::exhibitId).containsExactly(letter, phone, phone, phone);
        assertThat(sources).extracting(EntitySource::sourceLocator)
                .containsExactly("text", "calls:_id=714", "calls:_id=715", "calls:_id=717");
        assertThat(sources.get(0).startOffset()).isGreaterThan(0);
        assertThat(sources.get(1).startOffset()).isEqualTo(-1);
    }

    @Test
    void theOldAndTheNewFormOfAVietnameseMobileAreOneEntity() throws Exception {
        long a = testCase.exhibit(5, "ledger.txt");
        long b = testCase.exhibit(6, "note.txt");
        EntityRepository entities = new EntityRepository(testCase.db);
        EntityRecorder recorder = new EntityRecorder(entities, TextEntityExtractor.standard("VN"),
                new PhoneNumbers("VN"));

        recorder.recordText(a, "page:1", "anh Ba 0168 345 6789");
        recorder.recordText(b, "text", "anh Ba 038 345 6789");

        Entity number = entities.find(EntityType.PHONE, "+84383456789").orElseThrow();
        assertThat(number.aliases()).containsExactly("+841683456789");
        assertThat(entities.find(EntityType.PHONE, "+841683456789")).contains(number);
        assertThat(entities.sourcesOf(number.id())).extracting(EntitySource::rawValue)
                .containsExactly("0168 345 6789", "038 345 6789");
    }
}
