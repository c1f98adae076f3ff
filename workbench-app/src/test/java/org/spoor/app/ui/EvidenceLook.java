package org.spoor.app.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.spoor.exhibit.Exhibit;

/**
 * Drives the evidence, search and import screens for {@link GuiLookMain}: waits for the place to show, then
 * selects an exhibit, runs a search, or fills the import wizard, with the same controls a user touches.
 */
final class EvidenceLook {

    private final Stage stage;

    EvidenceLook(Stage stage) {
        this.stage = stage;
    }

    void show(String screen) {
        whenShown(screen.equals("search") ? "#queryField" : "#exhibitTable", () -> {
            switch (screen) {
                case "evidence" -> selectLaoReport();
                case "search" -> search("vay te te OR ລາຍງານ OR Монгол");
                default -> fillWizard(screen.equals("import-run"));
            }
        });
    }

    /** Selects the Lao report once its row has been read (rows arrive a page at a time). */
    @SuppressWarnings("unchecked")
    private void selectLaoReport() {
        TableView<Exhibit> table = (TableView<Exhibit>) stage.getScene().getRoot().lookup("#exhibitTable");
        for (int row = 0; row < table.getItems().size(); row++) {
            Exhibit exhibit = table.getItems().get(row);
            if (exhibit != null && exhibit.originalName().contains("ລາວ")) {
                table.getSelectionModel().select(row);
                return;
            }
        }
        afterSeconds(0.5, this::selectLaoReport);
    }

    private void search(String query) {
        Node root = stage.getScene().getRoot();
        ((TextField) root.lookup("#queryField")).setText(query);
        ((Button) root.lookup("#searchButton")).fire();
    }

    private void fillWizard(boolean run) {
        ((Button) stage.getScene().getRoot().lookup("#importButton")).fire();
        afterSeconds(1, () -> {
            Node wizard = Window.getWindows().stream().filter(w -> w != stage).reduce((a, b) -> b).orElseThrow()
                    .getScene().getRoot();
            ((Button) wizard.lookup("#addFilesButton")).fire();
            ((TextField) wizard.lookup("#custodianField")).setText("Trần Thị Hoa");
            ((TextField) wizard.lookup("#sealField")).setText("VN-44-0192");
            ((TextField) wizard.lookup("#seizedPlaceField")).setText("Kho hàng Vinh, Nghệ An");
            ((TextField) wizard.lookup("#seizedTimeField")).setText("05:40");
            if (run) {
                ((Button) wizard.lookup("#startImportButton")).fire();
            }
        });
    }

    private void whenShown(String id, Runnable action) {
        Node node = stage.getScene().getRoot().lookup(id);
        if (node != null && node.getScene() != null) {
            action.run();
        } else {
            afterSeconds(0.5, () -> whenShown(id, action));
        }
    }

    private static void afterSeconds(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(event -> action.run());
        pause.play();
    }
}
