package org.spoor.ingest.extract.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBudgetTest {

    @Test
    void theBudgetIsAHundredTimesTheRootWithA64MegabyteFloorAndTheConfiguredCeiling() {
        assertThat(EmbeddedBudget.forRoot(10_000, 4L << 30).limit()).isEqualTo(64L << 20);
        assertThat(EmbeddedBudget.forRoot(10L << 20, 4L << 30).limit()).isEqualTo(1000L << 20);
        assertThat(EmbeddedBudget.forRoot(1L << 30, 4L << 30).limit()).isEqualTo(4L << 30);
    }

    @Test
    void anItemOverrunningTheBudgetIsDeletedAndTheBudgetStaysExhausted(@TempDir Path folder) throws IOException {
        EmbeddedBudget budget = new EmbeddedBudget(1000);
        Path first = Files.createFile(folder.resolve("a"));
        Path second = Files.createFile(folder.resolve("b"));

        budget.copy(new ByteArrayInputStream(new byte[600]), first);

        assertThatThrownBy(() -> budget.copy(new ByteArrayInputStream(new byte[600]), second))
                .isInstanceOf(EmbeddedBudget.BudgetExceededException.class);
        assertThat(first).hasSize(600);
        assertThat(second).doesNotExist();
        assertThat(budget.exhausted()).isTrue();
    }
}
