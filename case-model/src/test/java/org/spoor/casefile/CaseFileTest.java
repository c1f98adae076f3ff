package org.spoor.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditActions;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.exhibit.Exhibit;

class CaseFileTest {

    @TempDir
    Path temp;

    @Test
    void aCreatedCaseReopensWithItsDetailsAndExhibits() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        try (CaseFile created = TestCases.create(dir)) {
            TestCases.addExhibit(created, "ledger.txt", "120 kg vảy tê tê");
        }
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            assertThat(opened.details().title()).isEqualTo("Operation Vay");
            assertThat(opened.details().country()).isEqualTo("VN");
            Exhibit exhibit = opened.exhibits().byRef("SPR-0001").orElseThrow();
            assertThat(exhibit.originalName()).isEqualTo("ledger.txt");
            assertThat(exhibit.sha256()).isEqualTo(sha256("120 kg vảy tê tê"));
            assertThat(opened.custody().forExhibit(exhibit.id())).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("TAKEN_INTO_CASE"));
            assertThat(opened.audit().newest(0, 10)).extracting(a -> a.action())
                    .containsExactly(AuditActions.EXHIBIT_REGISTERED, AuditActions.CASE_CREATED);
        }
    }

    @Test
    void wrongPasswordIsRefusedWithoutTouchingTheFolder() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        TestCases.create(dir).close();
        Map<String, String> before = fingerprint(dir);

        assertThatThrownBy(() -> CaseFile.open(dir, "not the password".toCharArray(), TestCases.options()))
                .isInstanceOfSatisfying(CaseException.class,
                        e -> assertThat(e.kind()).isEqualTo(CaseException.Kind.WRONG_PASSWORD));
        assertThat(fingerprint(dir)).isEqualTo(before);
    }

    @Test
    void aFolderThatIsNotACaseIsNamedAsSuch() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> CaseFile.open(temp, TestCases.PASSWORD, TestCases.options()))
                .isInstanceOfSatisfying(CaseException.class,
                        e -> assertThat(e.kind()).isEqualTo(CaseException.Kind.NOT_A_CASE));
    }

    @Test
    void aDamagedHeaderIsNotACaseAndNotAWrongPassword() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        TestCases.create(dir).close();
        Files.writeString(dir.resolve(CaseFolder.HEADER_FILE), "{\"format\":\"spoor-case\",\"formatVersion\":1,");
        assertThatThrownBy(() -> CaseFile.open(dir, TestCases.PASSWORD, TestCases.options()))
                .isInstanceOfSatisfying(CaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CaseException.Kind.NOT_A_CASE);
                    assertThat(e.messageKey()).isEqualTo("case.error.damagedHeader");
                });
    }

    @Test
    void weakeningTheKdfInTheClearHeaderBreaksThePasswordCheck() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        TestCases.create(dir).close();
        Path header = dir.resolve(CaseFolder.HEADER_FILE);
        Files.writeString(header, Files.readString(header).replace("\"iterations\" : 1", "\"iterations\" : 2"));
        assertThatThrownBy(() -> CaseFile.open(dir, TestCases.PASSWORD, TestCases.options()))
                .isInstanceOfSatisfying(CaseException.class,
                        e -> assertThat(e.kind()).isEqualTo(CaseException.Kind.WRONG_PASSWORD));
    }

    @Test
    void theKdfParametersGivenAreTheOnesInTheHeader() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        CaseOptions options = TestCases.options().withKdf(() -> KdfParameters.argon2id(16 * 1024, 2, 1));
        CaseFile.create(dir, CaseDetails.draft("K", "LA", null, null), TestCases.PASSWORD, options).close();
        CaseHeader header = CaseFile.readHeader(dir);
        assertThat(header.kdf().algorithm()).isEqualTo("argon2id");
        assertThat(header.kdf().memoryKiB()).isEqualTo(16 * 1024);
        assertThat(header.kdf().iterations()).isEqualTo(2);
    }

    @Test
    void aSecondWriterIsToldWhoHoldsTheCase() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        try (CaseFile first = TestCases.create(dir)) {
            assertThatThrownBy(() -> CaseFile.open(dir, TestCases.PASSWORD, TestCases.options()))
                    .isInstanceOfSatisfying(CaseException.class, e -> {
                        assertThat(e.kind()).isEqualTo(CaseException.Kind.IN_USE);
                        assertThat(e.getMessage()).contains("Lt. Nguyen Thi Lan").contains("since 2026-03-14");
                    });
            assertThat(first.exhibits().count()).isZero();
        }
        CaseFile.open(dir, TestCases.PASSWORD, TestCases.options()).close();
    }

    @Test
    void changingThePasswordRewrapsTheKeyOnly() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        try (CaseFile created = TestCases.create(dir)) {
            TestCases.addExhibit(created, "a.txt", "pangolin");
        }
        byte[] databaseBefore = Files.readAllBytes(dir.resolve("db/case.mv.db"));
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            opened.changePassword("new password 2026".toCharArray());
        }
        assertThatThrownBy(() -> CaseFile.open(dir, TestCases.PASSWORD, TestCases.options()))
                .isInstanceOf(CaseException.class);
        try (CaseFile reopened = CaseFile.open(dir, "new password 2026".toCharArray(), TestCases.options())) {
            assertThat(reopened.exhibits().count()).isEqualTo(1);
            assertThat(reopened.audit().newest(0, 1).get(0).action()).isEqualTo(AuditActions.PASSWORD_CHANGED);
        }
        assertThat(databaseBefore).isNotEmpty();
    }

    @Test
    void creatingIntoANonEmptyFolderIsRefused() throws Exception {
        Files.writeString(temp.resolve("x"), "x");
        assertThatThrownBy(() -> TestCases.create(temp))
                .isInstanceOfSatisfying(CaseException.class,
                        e -> assertThat(e.kind()).isEqualTo(CaseException.Kind.BAD_INPUT));
    }

    @Test
    void closingKeepsAVerifiedBackupAndRecoveryReplaysTheJournal() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        try (CaseFile created = TestCases.create(dir)) {
            TestCases.addExhibit(created, "a.txt", "first");
        }
        try (CaseFile opened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            TestCases.addExhibit(opened, "b.txt", "second, after the backup");
        }
        // The newest backup holds both; destroy the database and recover from the older state.
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertThat(backups.count()).isEqualTo(2);
        }
        byte[] garbage = new byte[(int) Files.size(dir.resolve("db/case.mv.db"))];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(dir.resolve("db/case.mv.db"), garbage);
        assertThatThrownBy(() -> CaseFile.open(dir, TestCases.PASSWORD, TestCases.options()))
                .isInstanceOfSatisfying(CaseException.class,
                        e -> assertThat(e.kind()).isEqualTo(CaseException.Kind.DAMAGED));
        try (CaseFile recovered = CaseRecovery.recover(dir, TestCases.PASSWORD, TestCases.options())) {
            assertThat(recovered.exhibits().all()).extracting(Exhibit::originalName)
                    .containsExactly("a.txt", "b.txt");
        }
    }

    static Map<String, String> fingerprint(Path dir) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(dir.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    static String sha256(String text) throws Exception {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
