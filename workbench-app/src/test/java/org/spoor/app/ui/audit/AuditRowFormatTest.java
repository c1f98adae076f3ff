package org.spoor.app.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.spoor.audit.AuditEntry;

class AuditRowFormatTest {

    private final AuditRowFormat format = new AuditRowFormat(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static AuditEntry entry(String details) {
        return new AuditEntry(7, Instant.parse("2026-03-01T23:30:00Z"), "an", "case.created", "c-1", details,
                AuditEntry.GENESIS_HASH, "ab".repeat(32));
    }

    @Test
    void timesAreShownInTheInvestigatorsZone() {
        assertThat(format.row(entry("{}")).time()).isEqualTo("2026-03-02 06:30:00");
    }

    @Test
    void theTimeColumnNamesTheOffsetOfTheZone() {
        assertThat(format.zoneLabel()).isEqualTo("UTC+07:00");
        assertThat(new AuditRowFormat(ZoneId.of("America/Lima")).zoneLabel()).isEqualTo("UTC-05:00");
    }

    @Test
    void detailsReadAsPairsAndLeaveOutEmptyValues() {
        AuditRow row = format.row(entry("{\"country\":\"VN\",\"title\":\"Vảy tê tê\",\"unit\":null,\"n\":3}"));

        assertThat(row.details()).isEqualTo("country: VN · title: Vảy tê tê · n: 3");
    }

    @Test
    void detailsThatAreNotAnObjectStayAsTheyAre() {
        assertThat(format.row(entry("not json")).details()).isEqualTo("not json");
    }

    @Test
    void theFullTextCarriesBothHashesOfTheChain() {
        String text = format.fullText(entry("{\"a\":1}"));

        assertThat(text).contains("\"a\" : 1", "entryHash " + "ab".repeat(32), "prevHash  " + "0".repeat(64));
    }
}
