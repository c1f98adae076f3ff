package org.spoor.app.ui.map;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.spoor.app.ui.common.Messages;

/** The system's file dialogs, titled and filtered in the window's language. */
public final class MapFileChooser implements MapFiles {

    private final Messages messages;

    public MapFileChooser(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> exportTo(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("map.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.text("map.format.geojson"), "*.geojson"),
                new FileChooser.ExtensionFilter(messages.text("map.format.kml"), "*.kml"),
                new FileChooser.ExtensionFilter(messages.text("map.format.gpkg"), "*.gpkg"),
                new FileChooser.ExtensionFilter(messages.text("map.format.png"), "*.png"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> layerToAdd(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("map.importLayer.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("map.format.layers"),
                "*.kml", "*.kmz", "*.gpx", "*.geojson", "*.json", "*.gpkg", "*.shp", "*.csv", "*.tsv"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
