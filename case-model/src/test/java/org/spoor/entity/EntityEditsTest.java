package org.spoor.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.TestCases;

class EntityEditsTest {

    @TempDir
    Path temp;

    private static EntityMention phone(String key, String raw) {
        return new EntityMention(EntityType.PHONE, key, key, List.of(), raw, -1, -1);
    }

    @Test
    void mergingMovesSourcesAndAliasesKeepsTheAbsorbedKeyAsAnAliasAndIsAudited() throws Exception {
        Path dir = temp.resolve("case");
        long kept;
        long absorbed;
        try (CaseFile caseFile = TestCases.create(dir)) {
            long letter = TestCases.addExhibit(caseFile, "letter.txt", "gọi 0912 345 678").id();
            long calls = TestCases.addExhibit(caseFile, "calllog.db", "x").id();
            EntityRepository entities = new EntityRepository(caseFile.db());
            kept = entities.record(phone("+84912345678", "0912 345 678"), letter, "text", "gọi 0912 345 678");
            absorbed = entities.record(phone("+84912345679", "0912345679").withAliases(
                    List.of(new EntityMention.Alias("+841682345679", "renumbering"))), calls, "calls:_id=1", null);
            entities.record(phone("+84912345679", "0912345679"), letter, "text", null);

            Entity merged = EntityEdits.of(caseFile).merge(kept, absorbed, "same SIM, typo in the ledger");

            assertThat(merged.aliases()).containsExactlyInAnyOrder("+841682345679", "+84912345679");
            assertThat(entities.findById(absorbed)).isEmpty();
            assertThat(entities.sourcesOf(kept)).extracting(EntitySource::sourceLocator)
                    .containsExactlyInAnyOrder("text", "calls:_id=1");
            assertThat(entities.find(EntityType.PHONE, "+84912345679")).map(Entity::id).contains(kept);
            AuditEntry entry = caseFile.audit().head();
            assertThat(entry.action()).isEqualTo("entity.merged");
            assertThat(entry.subject()).isEqualTo("PHONE:+84912345678");
            assertThat(entry.details()).contains("same SIM, typo in the ledger", "+84912345679");
        }
        try (CaseFile reopened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            EntityRepository entities = new EntityRepository(reopened.db());
            assertThat(entities.findAll(Optional.of(EntityType.PHONE))).extracting(Entity::id).containsExactly(kept);
        }
    }

    @Test
    void aPlaceBothEntitiesWereFoundAtStaysOneSourceAfterTheMerge() throws Exception {
        try (CaseFile caseFile = TestCases.create(temp.resolve("case"))) {
            long letter = TestCases.addExhibit(caseFile, "letter.txt", "x").id();
            EntityRepository entities = new EntityRepository(caseFile.db());
            long a = entities.record(phone("+84912345678", "a"), letter, "calls:_id=7", null);
            long b = entities.record(phone("+84912000000", "b"), letter, "calls:_id=7", null);

            EntityEdits.of(caseFile).merge(a, b, "");

            assertThat(entities.sourcesOf(a)).hasSize(1);
        }
    }

    @Test
    void splittingAnAliasOffMakesItAnEntityWithTheChosenSourcesAndIsAudited() throws Exception {
        try (CaseFile caseFile = TestCases.create(temp.resolve("case"))) {
            long letter = TestCases.addExhibit(caseFile, "letter.txt", "x").id();
            long calls = TestCases.addExhibit(caseFile, "calllog.db", "x").id();
            EntityRepository entities = new EntityRepository(caseFile.db());
            long a = entities.record(phone("+84912345678", "a"), letter, "text", null);
            long b = entities.record(phone("+84912000000", "b"), calls, "calls:_id=2", null);
            EntityEdits edits = EntityEdits.of(caseFile);
            edits.merge(a, b, "looked alike");
            long wrongSource = entities.sourcesOf(a).stream().filter(s -> s.exhibitId() == calls)
                    .findFirst().orElseThrow().id();

            Entity split = edits.split(a, "+84912000000", List.of(wrongSource), "different people");

            assertThat(split.normalisedKey()).isEqualTo("+84912000000");
            assertThat(entities.sourcesOf(split.id())).extracting(EntitySource::sourceLocator)
                    .containsExactly("calls:_id=2");
            assertThat(entities.findById(a).orElseThrow().aliases()).isEmpty();
            assertThat(entities.sourcesOf(a)).extracting(EntitySource::sourceLocator).containsExactly("text");
            assertThat(caseFile.audit().head().action()).isEqualTo("entity.split");
            assertThat(caseFile.audit().head().details()).contains("different people");
        }
    }

    @Test
    void entitiesOfDifferentTypesAreNotMergedAndNothingIsRecorded() throws Exception {
        try (CaseFile caseFile = TestCases.create(temp.resolve("case"))) {
            long letter = TestCases.addExhibit(caseFile, "letter.txt", "x").id();
            EntityRepository entities = new EntityRepository(caseFile.db());
            long number = entities.record(phone("+84912345678", "a"), letter, "text", null);
            long mail = entities.record(new EntityMention(EntityType.EMAIL, "a@b.vn", "a@b.vn", List.of(), "a@b.vn",
                    -1, -1), letter, "text", null);
            int before = caseFile.audit().count();

            assertThatThrownBy(() -> EntityEdits.of(caseFile).merge(number, mail, ""))
                    .isInstanceOf(CaseException.class)
                    .extracting(e -> ((CaseException) e).messageKey()).isEqualTo("entity.error.differentTypes");
            assertThatThrownBy(() -> EntityEdits.of(caseFile).split(number, "+84000", List.of(), ""))
                    .isInstanceOf(CaseException.class);
            assertThat(caseFile.audit().count()).isEqualTo(before);
        }
    }
}
