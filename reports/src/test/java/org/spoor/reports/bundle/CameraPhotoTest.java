package org.spoor.reports.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.reports.testing.SampleCase;
import org.spoor.reports.testing.Tools;

class CameraPhotoTest {

    @TempDir
    Path dir;

    @Test
    void aCameraSizedPhotoIsShownScaledSoTheBundleStaysSmall() throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        Path pdf = dir.resolve("photo.pdf");

        new BundleWriter().write(SampleCase.withExhibits(2, jpeg.toByteArray()), pdf);

        Tools.Result images = Tools.run(null, "pdfimages", "-list", pdf.toString());
        assertThat(images.out()).contains(" 1800 ").contains(" 1350 ").doesNotContain(" 4000 ");
    }
}
