package org.spoor.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.scene.control.TreeItem;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.TestServices;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Exhibit;

/** The evidence browser's tree of lineage and its picture, without a window. */
class EvidenceViewModelTest {

    @TempDir
    Path root;

    private CaseFile caseFile;
    private TestServices services;
    private EvidenceViewModel model;
    private Exhibit archive;
    private Exhibit photo;

    @BeforeAll
    static void fxThread() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void caseWithAnArchiveHoldingALedgerAndAPhoto() throws Exception {
        Path folder = TestCases.createClosed(root.resolve("tree.spoor"), "Tree");
        caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(), TestCases.fastOptions("tester"));
        archive = CaseExhibits.register(caseFile, null, "usb-stick.zip", "zip bytes");
        CaseExhibits.register(caseFile, archive.id(), "so-ghi-chep.txt", "vảy tê tê 12 kg");
        photo = CaseExhibits.register(caseFile, archive.id(), "IMG_2031.png", png(1600, 1200), "image/png");
        CaseExhibits.register(caseFile, null, "informe.txt", "escamas de pangolín");
        services = new TestServices(Locale.ENGLISH);
        model = FxTestThread.call(() -> new EvidenceViewModel(new CaseExhibitSource(caseFile.exhibits(),
                caseFile.db()), new ExhibitDetailReader(caseFile), new PhotoReader(caseFile.blobs()), services.tasks,
                new ExhibitFormat(ZoneId.of("Asia/Ho_Chi_Minh"), Locale.ENGLISH)));
    }

    @AfterEach
    void close() throws Exception {
        services.close();
        caseFile.close();
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f5c45));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static List<String> names(List<TreeItem<TreeEntry>> items) {
        return items.stream().map(item -> item.getValue().exhibit().originalName()).collect(Collectors.toList());
    }

    @Test
    void theTreeShowsSeizedOriginalsAndReadsWhatWasInsideOnlyWhenOpened() throws Exception {
        FxTestThread.run(model::refresh);
        TreeItem<TreeEntry> top = model.tree().root();
        FxTestThread.waitUntil(() -> top.getChildren().size() == 2);

        assertThat(FxTestThread.call(() -> names(top.getChildren()))).containsExactly("usb-stick.zip", "informe.txt");
        TreeItem<TreeEntry> usb = FxTestThread.call(() -> top.getChildren().get(0));
        assertThat(FxTestThread.call(usb::isLeaf)).as("it holds items").isFalse();
        assertThat(FxTestThread.call(() -> top.getChildren().get(1).isLeaf())).isTrue();
        assertThat(FxTestThread.call(() -> usb.getChildren().isEmpty())).as("not read before opening").isTrue();

        FxTestThread.run(() -> usb.setExpanded(true));
        FxTestThread.waitUntil(() -> usb.getChildren().size() == 2);

        assertThat(FxTestThread.call(() -> names(usb.getChildren()))).containsExactly("so-ghi-chep.txt",
                "IMG_2031.png");
    }

    @Test
    void anImageExhibitIsShownScaledDownFromTheEncryptedStore() throws Exception {
        FxTestThread.run(() -> model.open(photo));
        FxTestThread.waitUntil(() -> model.photoProperty().get() != null);

        assertThat(model.photoProperty().get().getWidth()).isEqualTo(900);
        assertThat(model.photoProperty().get().getHeight()).isEqualTo(675);
        assertThat(model.detailProperty().get().lineage()).extracting(Exhibit::ref).containsExactly(archive.ref());

        FxTestThread.run(() -> model.open(archive));
        FxTestThread.waitUntil(() -> model.detailProperty().get().exhibit().id() == archive.id());
        assertThat(model.photoProperty().get()).as("not an image").isNull();
    }
}
