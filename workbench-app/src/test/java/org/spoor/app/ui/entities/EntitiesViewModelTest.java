package org.spoor.app.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.Messages;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.blob.StoredBlob;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntityType;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;

class EntitiesViewModelTest {

    @TempDir
    Path temp;

    private TestServices services;
    private CaseFile caseFile;
    private EntitiesViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void caseWithEntities() throws Exception {
        services = new TestServices(Locale.ENGLISH);
        Path folder = TestCases.createClosed(temp.resolve("case.spoor"), "Entities");
        caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(), TestCases.fastOptions(TestCases.ACTOR));
        long letter = exhibit("letter.txt");
        long calls = exhibit("calllog.db");
        EntityRepository entities = new EntityRepository(caseFile.db());
        entities.record(phone("+84912345678", "0912 345 678"), letter, "text", "gọi 0912 345 678");
        entities.record(phone("+84912345678", "0912345678"), calls, "calls:_id=1", null);
        entities.record(phone("+84912345679", "0912345679"), calls, "calls:_id=2", null);
        entities.record(new EntityMention(EntityType.SPECIES, "manis", "Pangolin", List.of(), "vảy tê tê", 3, 12),
                letter, "text", "12 kg vảy tê tê");
        model = new EntitiesViewModel(new EntityStore(caseFile), services.tasks, Messages.in(Locale.ENGLISH));
        FxTestThread.run(model::refresh);
        FxTestThread.waitUntil(() -> !model.busyProperty().get() && model.entities().size() == 3);
    }

    private long exhibit(String name) throws Exception {
        StoredBlob blob = caseFile.blobs().store(new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)));
        return caseFile.registry().register(caseFile.actor(), new NewExhibit(null, "test", name, "/seized/" + name,
                blob.size(), blob.sha256(), blob.md5(), blob.blobId(), "text/plain",
                new SeizureFacts("Kho hàng Vinh", Instant.parse("2026-03-14T05:40:00Z"), "VN-44-01", "Lan"), null),
                "test import").id();
    }

    private static EntityMention phone(String key, String raw) {
        return new EntityMention(EntityType.PHONE, key, key, List.of(), raw, -1, -1);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
        caseFile.close();
    }

    private List<EntityRow> rows() {
        return FxTestThread.call(() -> List.copyOf(model.entities()));
    }

    @Test
    void filteringByTypeShowsOnlyThatType() throws Exception {
        FxTestThread.run(() -> model.typeFilterProperty().set(EntityType.SPECIES));
        FxTestThread.waitUntil(() -> !model.busyProperty().get() && model.entities().size() == 1);

        assertThat(rows()).extracting(EntityRow::display).containsExactly("Pangolin");
    }

    @Test
    void choosingAnEntityListsWhereItWasFoundByExhibitAndFile() throws Exception {
        EntityRow number = rows().stream().filter(r -> r.key().equals("+84912345678")).findFirst().orElseThrow();
        FxTestThread.run(() -> model.select(number));
        FxTestThread.waitUntil(() -> model.sources().size() == 2);

        List<SourceRow> sources = FxTestThread.call(() -> List.copyOf(model.sources()));
        assertThat(sources).extracting(SourceRow::fileName).containsExactly("letter.txt", "calllog.db");
        assertThat(sources).extracting(SourceRow::ref).containsExactly("SPR-0001", "SPR-0002");
        assertThat(sources.get(0).context()).isEqualTo("gọi 0912 345 678");
    }

    @Test
    void mergingTwoNumbersKeepsTheOneFoundMoreOftenAndRecordsItInTheAuditLog() throws Exception {
        List<EntityRow> numbers = rows().stream().filter(r -> r.type() == EntityType.PHONE).toList();
        EntityRow species = rows().stream().filter(r -> r.type() == EntityType.SPECIES).findFirst().orElseThrow();
        assertThat(model.canMerge(numbers)).isTrue();
        assertThat(model.canMerge(List.of(numbers.get(0), species))).isFalse();

        FxTestThread.run(() -> model.merge(List.of(numbers.get(1), numbers.get(0)), "one SIM"));
        FxTestThread.waitUntil(() -> !model.busyProperty().get() && model.entities().size() == 2);

        EntityRow kept = rows().stream().filter(r -> r.type() == EntityType.PHONE).findFirst().orElseThrow();
        assertThat(kept.key()).isEqualTo("+84912345678");
        assertThat(kept.aliases()).containsExactly("+84912345679");
        assertThat(kept.sourceCount()).isEqualTo(3);
        assertThat(FxTestThread.call(() -> model.statusProperty().get())).contains("Merged +84912345679");
        assertThat(caseFile.audit().head().action()).isEqualTo("entity.merged");
        assertThat(caseFile.audit().head().details()).contains("one SIM");
    }

    @Test
    void splittingAnAliasOffMovesTheChosenSourcesAndRecordsItInTheAuditLog() throws Exception {
        List<EntityRow> numbers = rows().stream().filter(r -> r.type() == EntityType.PHONE).toList();
        FxTestThread.run(() -> model.merge(numbers, ""));
        FxTestThread.waitUntil(() -> !model.busyProperty().get() && model.entities().size() == 2);
        EntityRow kept = rows().stream().filter(r -> r.type() == EntityType.PHONE).findFirst().orElseThrow();
        FxTestThread.run(() -> model.select(kept));
        FxTestThread.waitUntil(() -> model.sources().size() == 3);
        List<SourceRow> wrong = FxTestThread.call(() -> model.sources().stream()
                .filter(s -> s.locator().equals("calls:_id=2")).toList());

        FxTestThread.run(() -> model.split(kept, "+84912345679", wrong, "two people"));
        FxTestThread.waitUntil(() -> !model.busyProperty().get() && model.entities().size() == 3);

        EntityRow split = rows().stream().filter(r -> r.key().equals("+84912345679")).findFirst().orElseThrow();
        assertThat(split.sourceCount()).isEqualTo(1);
        assertThat(caseFile.audit().head().action()).isEqualTo("entity.split");
    }
}
