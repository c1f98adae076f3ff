package org.spoor.app.ui.map;

import java.util.List;

import org.spoor.mapping.basemap.Basemap;
import org.spoor.mapping.basemap.BasemapLoader;
import org.spoor.mapping.crs.CoordinateConverter;
import org.spoor.mapping.crs.CoordinateSystems;
import org.spoor.mapping.gazetteer.Gazetteer;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.mapping.gazetteer.NearestPlace;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.userlayer.UserLayers;

/**
 * The map's shipped data, loaded once for the whole application on first use (off the FX thread:
 * the basemap and the place list take about a second) and shared by every case's map view.
 */
public final class MapResources {

    private Basemap basemap;
    private Gazetteer gazetteer;
    private MapRenderer renderer;
    private MapRenderer plainRenderer;
    private UserLayers userLayers;
    private NearestPlace nearestPlace;

    public synchronized Basemap basemap() {
        if (basemap == null) {
            basemap = new BasemapLoader().load();
        }
        return basemap;
    }

    public synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = new GazetteerLoader().load();
        }
        return gazetteer;
    }

    /** Draws with the basemap; keeps its tiles per zoom level, so one renderer serves every frame. */
    public synchronized MapRenderer renderer() {
        if (renderer == null) {
            renderer = new MapRenderer(basemap());
        }
        return renderer;
    }

    /** Draws the evidence on plain water, for the basemap layer switched off. */
    public synchronized MapRenderer plainRenderer() {
        if (plainRenderer == null) {
            FeatureLayer none = new FeatureLayer("none", List.of());
            plainRenderer = new MapRenderer(new Basemap(none, none, none, none, none));
        }
        return plainRenderer;
    }

    /** Names hotspots by the gazetteer place nearest to them. */
    public synchronized NearestPlace nearestPlace() {
        if (nearestPlace == null) {
            nearestPlace = new NearestPlace(gazetteer());
        }
        return nearestPlace;
    }

    public synchronized UserLayers userLayers() {
        if (userLayers == null) {
            userLayers = new UserLayers(new CoordinateConverter(new CoordinateSystems()));
        }
        return userLayers;
    }
}
