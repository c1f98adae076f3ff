package org.spoor.mapping.layer;

import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.spoor.mapping.geojson.MapFeature;

/** A named set of features: a user layer (protected area, patrol tracks) or a basemap layer. */
public record FeatureLayer(String name, List<MapFeature> features) {

    public FeatureLayer {
        features = List.copyOf(features);
    }

    public Envelope bounds() {
        Envelope e = new Envelope();
        features.forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        return e;
    }
}
