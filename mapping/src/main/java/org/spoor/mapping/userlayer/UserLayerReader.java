package org.spoor.mapping.userlayer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.spoor.mapping.layer.FeatureLayer;

/** Reads one kind of user layer file into WGS 84 layers (a GeoPackage may hold several). */
public interface UserLayerReader {

    List<FeatureLayer> read(Path file) throws IOException;
}
