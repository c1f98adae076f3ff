package org.spoor.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoor.app.ui.search.SnippetRuns.Run;
import org.spoor.search.snippet.HitSpan;
import org.spoor.search.snippet.Snippet;

class SnippetRunsTest {

    @Test
    void hitsBecomeMarkedRunsBetweenThePlainText() {
        Snippet snippet = new Snippet("12 kg vảy tê tê từ Attapeu", List.of(new HitSpan(6, 9), new HitSpan(10, 12),
                new HitSpan(13, 15)));

        assertThat(SnippetRuns.of(snippet)).containsExactly(new Run("12 kg ", false), new Run("vảy", true),
                new Run(" ", false), new Run("tê", true), new Run(" ", false), new Run("tê", true),
                new Run(" từ Attapeu", false));
    }

    @Test
    void aSnippetStartingOrEndingWithAHitHasNoEmptyRuns() {
        Snippet snippet = new Snippet("pangolin", List.of(new HitSpan(0, 8)));

        assertThat(SnippetRuns.of(snippet)).containsExactly(new Run("pangolin", true));
        assertThat(SnippetRuns.of(Snippet.EMPTY)).isEmpty();
    }
}
