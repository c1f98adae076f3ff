package org.spoor.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseRecovery;
import org.spoor.casefile.TestCases;

class AreasAndPlaceDecisionsTest {

    private static final String WAREHOUSE = "POLYGON ((105.6 18.6, 105.8 18.6, 105.8 18.8, 105.6 18.8, 105.6 18.6))";
    private static final PlaceKey CAU_TREO = new PlaceKey("SPR-0001", 0, 8, "border_gate:VN:cau treo");

    @TempDir
    Path temp;

    @Test
    void anAreaIsStoredWithWhoDrewItAndEveryChangeIsAudited() throws Exception {
        try (CaseFile c = TestCases.create(temp.resolve("case"))) {
            AreaEdits edits = AreaEdits.of(c);
            AreaOfInterest area = edits.create(" Vinh warehouses ", "seen on the photos", WAREHOUSE);
            assertThat(area.name()).isEqualTo("Vinh warehouses");
            assertThat(area.createdBy()).isEqualTo("Lt. Nguyen Thi Lan");
            assertThat(area.createdAt()).isEqualTo(TestCases.NOW);
            assertThat(area.geometryWkt()).isEqualTo(WAREHOUSE);
            assertThat(c.audit().head().action()).isEqualTo("area.created");

            AreaOfInterest renamed = edits.rename(area.id(), "Vinh port warehouses", "");
            assertThat(renamed.name()).isEqualTo("Vinh port warehouses");
            assertThat(renamed.note()).isEmpty();
            assertThat(c.audit().head().details()).contains("\"previousName\":\"Vinh warehouses\"");

            edits.delete(area.id());
            AuditEntry deleted = c.audit().head();
            assertThat(deleted.action()).isEqualTo("area.deleted");
            assertThat(deleted.details()).contains("105.6 18.6");
            assertThat(new AreaRepository(c.db()).all()).isEmpty();
        }
    }

    @Test
    void anAreaWithoutANameOrThatIsNoPolygonIsRefusedAndNotRecorded() throws Exception {
        try (CaseFile c = TestCases.create(temp.resolve("case"))) {
            long seq = c.audit().head().seq();
            assertThatThrownBy(() -> AreaEdits.of(c).create("  ", null, WAREHOUSE))
                    .isInstanceOfSatisfying(CaseException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("area.error.name"));
            assertThatThrownBy(() -> AreaEdits.of(c).create("gate", null, "POINT (105 18)"))
                    .isInstanceOfSatisfying(CaseException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("area.error.geometry"));
            assertThatThrownBy(() -> AreaEdits.of(c).rename("no-such-area", "x", null))
                    .isInstanceOfSatisfying(CaseException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("area.error.missing"));
            assertThat(c.audit().head().seq()).isEqualTo(seq);
        }
    }

    @Test
    void theNewestDecisionOnAPlaceWinsAndBothAreAudited() throws Exception {
        try (CaseFile c = TestCases.create(temp.resolve("case"))) {
            PlaceDecisions decisions = PlaceDecisions.of(c);
            decisions.reject(CAU_TREO, "Cầu Treo", "a bridge in the town, not the gate");
            PlaceDecision confirmed = decisions.confirm(CAU_TREO, "Cầu Treo", "the driver names the gate");
            assertThat(confirmed.confirmed()).isTrue();
            assertThat(confirmed.decidedBy()).isEqualTo("Lt. Nguyen Thi Lan");
            assertThat(confirmed.reason()).isEqualTo("the driver names the gate");
            assertThat(new PlaceDecisionRepository(c.db()).all()).hasSize(1);
            AuditEntry entry = c.audit().head();
            assertThat(entry.action()).isEqualTo("place.confirmed");
            assertThat(entry.subject()).isEqualTo("SPR-0001#0-8@border_gate:VN:cau treo");
            assertThat(entry.details()).contains("\"previous\":\"REJECTED\"");
        }
    }

    @Test
    void aPlaceKeyReadsBackFromItsText() {
        assertThat(PlaceKey.parse(CAU_TREO.text())).isEqualTo(CAU_TREO);
        assertThat(PlaceKey.parse("SPR-0001/sms:_id=4#10-14@city:VN:vinh").exhibitRef())
                .isEqualTo("SPR-0001/sms:_id=4");
        assertThatThrownBy(() -> PlaceKey.parse("vinh")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void areasAndDecisionsSurviveReopeningAndJournalReplayRecovery() throws Exception {
        Path dir = temp.resolve("vay.spoor");
        String keptId;
        try (CaseFile c = TestCases.create(dir)) {
            keptId = AreaEdits.of(c).create("Vinh warehouses", "", WAREHOUSE).id();
        }
        try (CaseFile c = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            assertThat(new AreaRepository(c.db()).all()).extracting(AreaOfInterest::name)
                    .containsExactly("Vinh warehouses");
            // Written after the newest backup: only the journal holds these.
            AreaEdits.of(c).rename(keptId, "Vinh port", "renamed after the raid");
            String gone = AreaEdits.of(c).create("Cầu Treo gate", null, WAREHOUSE).id();
            AreaEdits.of(c).delete(gone);
            AreaEdits.of(c).create("Hải Phòng port", "containers", WAREHOUSE);
            PlaceDecisions.of(c).reject(CAU_TREO, "Cầu Treo", "not the gate");
        }
        byte[] garbage = new byte[(int) Files.size(dir.resolve("db/case.mv.db"))];
        new java.util.Random(11).nextBytes(garbage);
        Files.write(dir.resolve("db/case.mv.db"), garbage);
        try (CaseFile recovered = CaseRecovery.recover(dir, TestCases.PASSWORD, TestCases.options())) {
            assertThat(new AreaRepository(recovered.db()).all())
                    .extracting(AreaOfInterest::name, AreaOfInterest::note)
                    .containsExactlyInAnyOrder(tuple("Vinh port", "renamed after the raid"),
                            tuple("Hải Phòng port", "containers"));
            assertThat(new AreaRepository(recovered.db()).byId(keptId)).isPresent();
            PlaceDecision decision = new PlaceDecisionRepository(recovered.db()).find(CAU_TREO).orElseThrow();
            assertThat(decision.verdict()).isEqualTo(PlaceDecision.Verdict.REJECTED);
            assertThat(decision.reason()).isEqualTo("not the gate");
        }
    }
}
