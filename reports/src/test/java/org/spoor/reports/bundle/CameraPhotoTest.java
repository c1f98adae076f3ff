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
        java.util.List<Integer> widths = images.out().lines().skip(2).map(l -> l.trim().split("\\s+"))
                .map(columns -> Integer.parseInt(columns[3])).toList();
        assertThat(widths).isNotEmpty().allSatisfy(w -> assertThat(w).isBetween(900, 1800)).contains(1334);
    }
}
