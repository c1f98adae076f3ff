package org.spoor.mapping.export;

import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.spoor.mapping.MapModel;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.RenderOptions;

/** A PNG for the evidence bundle, drawn headless with basemap, legend, scale bar, north arrow and attribution. */
final class PngExporter implements MapFormat {

    private final MapRenderer renderer;
    private final RenderOptions options;

    PngExporter(MapRenderer renderer, RenderOptions options) {
        this.renderer = renderer;
        this.options = options;
    }

    @Override
    public void write(MapModel model, Path out) throws IOException {
        if (!ImageIO.write(renderer.render(model, options), "png", out.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }
}
