package org.spoor.app.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.bundle.BundleFixture;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.Messages;
import org.spoor.casefile.CaseFile;

/** The bundle wizard's view-model on a real case, without a window. */
class ReportsViewModelTest {

    @TempDir
    static Path temp;
    static BundleFixture.Built built;
    static CaseFile opened;
    static TestServices services;
    static ReportsViewModel model;

    @BeforeAll
    static void openTheFixtureCase() throws Exception {
        FxTestThread.start();
        built = BundleFixture.create(temp.resolve("vay.spoor"));
        opened = CaseFile.open(built.dir(), BundleFixture.PASSWORD.toCharArray(), BundleFixture.options());
        services = new TestServices(Locale.ENGLISH);
        model = new ReportsViewModel(new CaseBundleService(opened), services.tasks, Messages.in(Locale.ENGLISH),
                opened.clock());
    }

    @AfterAll
    static void close() throws Exception {
        services.close();
        opened.close();
    }

    @Test
    void thePreviewListsEverySectionAndIndexesOnlyDisclosedExhibits() throws Exception {
        FxTestThread.run(model::preview);
        FxTestThread.waitUntil(() -> !model.busyProperty().get() && !model.exhibits().isEmpty());

        assertThat(FxTestThread.call(() -> model.outline().stream().map(OutlineRow::section).toList()))
                .containsExactly("Cover", "Case summary", "Offence elements", "Exhibit index", "Chain of custody",
                        "Exhibits", "Map", "Timeline", "People and numbers", "Withheld material");
        assertThat(FxTestThread.call(() -> model.outline().get(9).contents()))
                .isEqualTo("Counted only: 2 informant exhibits, 0 not for disclosure");
        assertThat(FxTestThread.call(() -> model.exhibits().stream().map(IndexRow::ref).toList()))
                .containsExactlyElementsOf(built.disclosed().stream().map(e -> e.ref()).toList())
                .doesNotContain(built.informant().ref());
        assertThat(FxTestThread.call(() -> model.statusProperty().get())).contains("3 exhibits");
    }

    @Test
    void writingWithoutATargetSaysSoAndWritingWithOneProducesTheBundleAndWipesThePassword() throws Exception {
        char[] unused = "secret".toCharArray();
        FxTestThread.run(() -> model.export(unused));
        assertThat(FxTestThread.call(() -> model.statusProperty().get())).contains("Choose where");
        assertThat(unused).containsOnly('\0');

        Path pdf = temp.resolve("wizard.pdf");
        char[] password = "ignored".toCharArray();
        FxTestThread.run(() -> {
            model.targetProperty().set(pdf.toString());
            model.export(password);
        });
        FxTestThread.waitUntil(() -> !model.busyProperty().get());

        assertThat(FxTestThread.call(() -> model.statusProperty().get())).startsWith("Bundle written (unsigned)");
        assertThat(pdf).exists();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(password).containsOnly('\0');
    }
}
