package org.spoor.app.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
        boolean search = screen.equals("search") || screen.equals("watch");
        whenShown(search ? "#queryField" : "#exhibitTable", () -> {
            switch (screen) {
                case "evidence" -> select("ລາວ", null);
                case "photo" -> select("kho-vinh", "#photoView");
                case "search" -> search("vay te te OR ບົດລາຍງານ OR pangolin");
                case "watch" -> showWatchList();
                default -> fillWizard(screen.equals("import-run"));
            }
        });
    }

    /** Selects the exhibit whose name contains {@code name} once its row has been read, then shows a tab. */
    @SuppressWarnings("unchecked")
    private void select(String name, String tabContent) {
        TableView<Exhibit> table = (TableView<Exhibit>) stage.getScene().getRoot().lookup("#exhibitTable");
        for (int row = 0; row < table.getItems().size(); row++) {
            Exhibit exhibit = table.getItems().get(row);
            if (exhibit != null && exhibit.originalName().contains(name)) {
                table.getSelectionModel().select(row);
                if (tabContent != null) {
                    showTabOf(tabContent);
                }
                return;
            }
        }
        afterSeconds(0.5, () -> select(name, tabContent));
    }

    private void showWatchList() {
        showTabOf("#watchListsView");
        ListView<?> lists = (ListView<?>) stage.getScene().getRoot().lookup("#watchListList");
        if (lists.getItems().isEmpty()) {
            afterSeconds(0.5, this::showWatchList);
        } else {
            lists.getSelectionModel().select(0);
        }
    }

    private void showTabOf(String contentId) {
        Node content = stage.getScene().getRoot().lookup(contentId);
        for (Node node = content; node != null; node = node.getParent()) {
            if (node instanceof TabPane) {
                TabPane tabs = (TabPane) node;
                tabs.getTabs().stream().filter(tab -> tab.getContent() != null
                        && tab.getContent().lookup(contentId) != null).findFirst()
                        .ifPresent(tab -> tabs.getSelectionModel().select(tab));
                return;
            }
        }
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
