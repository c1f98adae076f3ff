package org.spoor.search.bench;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.spoor.search.SearchQuery;

/** The searches an investigator runs, by family, so latencies can be told apart. */
final class QueryMix {

    record Named(String family, SearchQuery query) {
    }

    private static final Instant FROM = Instant.parse("2023-06-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2023-09-01T00:00:00Z");

    static final List<Named> ALL = List.of(
            text("common word", "hàng"),
            text("common word", "pangolin"),
            text("folded vi", "vay te te"),
            text("exact vi", "vảy tê tê"),
            text("rare word", "Замын-Үүд"),
            text("phrase", "\"rhino horn\""),
            text("phrase", "\"sisik trenggiling\""),
            text("boolean", "(ivory OR marfil) AND NOT truck"),
            text("boolean", "+gading -kapal"),
            text("prefix", "trengg*"),
            text("prefix", "rinocer*"),
            text("fuzzy", "pangolim~"),
            text("fuzzy", "trengiling~"),
            text("run-on script", "ງາຊ້າງ"),
            text("run-on script", "นอแรด"),
            text("run-on script", "ខ្លាដំបង"),
            text("number", "912345678"),
            new Named("filtered", SearchQuery.of("escamas").withKinds(Set.of("message")).withTimeRange(FROM, TO)),
            new Named("filtered", SearchQuery.of("ngà voi").withCustodian("custodian-3").withLanguage("vi")),
            new Named("filter only", new SearchQuery(null, 50, Set.of("image/*"), FROM, TO, null, null)));

    private QueryMix() {
    }

    private static Named text(String family, String text) {
        return new Named(family, SearchQuery.of(text));
    }
}
