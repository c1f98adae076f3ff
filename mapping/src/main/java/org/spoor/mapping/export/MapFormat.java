package org.spoor.mapping.export;

import java.io.IOException;
import java.nio.file.Path;

import org.spoor.mapping.MapModel;

/** One output format of {@link MapExporter}. */
interface MapFormat {

    void write(MapModel model, Path out) throws IOException;
}
