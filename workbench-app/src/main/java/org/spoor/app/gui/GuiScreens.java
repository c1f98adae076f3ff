package org.spoor.app.gui;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;

import org.spoor.app.review.CaseReviewComments;
import org.spoor.app.ui.audit.AuditLogController;
import org.spoor.app.ui.audit.AuditLogViewModel;
import org.spoor.app.ui.audit.AuditRowFormat;
import org.spoor.app.ui.audit.AuditSource;
import org.spoor.app.ui.common.CaseSession;
import org.spoor.app.ui.common.ControllerFactory;
import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.ErrorDialogs;
import org.spoor.app.ui.common.Navigation;
import org.spoor.app.ui.common.Tasks;
import org.spoor.app.ui.common.Views;
import org.spoor.app.ui.evidence.CaseExhibitSource;
import org.spoor.app.ui.evidence.EvidenceController;
import org.spoor.app.ui.evidence.EvidenceViewModel;
import org.spoor.app.ui.evidence.ExhibitDetailReader;
import org.spoor.app.ui.evidence.ExhibitFormat;
import org.spoor.app.ui.evidence.PhotoReader;
import org.spoor.app.ui.importing.CaseImportRunner;
import org.spoor.app.ui.importing.ImportWizard;
import org.spoor.app.ui.importing.ImportWizardController;
import org.spoor.app.ui.importing.ImportWizardViewModel;
import org.spoor.app.ui.importing.PathChooser;
import org.spoor.app.ui.main.MainController;
import org.spoor.app.ui.main.MainViewModel;
import org.spoor.app.ui.main.Place;
import org.spoor.app.ui.main.PlaceViews;
import org.spoor.app.ui.main.PlaceholderController;
import org.spoor.app.ui.map.CaseMapSource;
import org.spoor.app.ui.map.MapController;
import org.spoor.app.ui.map.MapFileChooser;
import org.spoor.app.ui.map.MapResources;
import org.spoor.app.ui.map.MapViewModel;
import org.spoor.app.ui.map.MapWorkflow;
import org.spoor.app.ui.reports.CaseBundleService;
import org.spoor.app.ui.reports.ReportsController;
import org.spoor.app.ui.reports.ReportsViewModel;
import org.spoor.app.ui.review.ExhibitCommentsController;
import org.spoor.app.ui.review.ReviewFiles;
import org.spoor.app.ui.review.ReviewLauncher;
import org.spoor.app.ui.review.ReviewWindow;
import org.spoor.app.ui.review.SystemReviewFiles;
import org.spoor.app.ui.settings.AppSettings;
import org.spoor.app.ui.settings.SettingsController;
import org.spoor.app.ui.settings.SettingsDialog;
import org.spoor.app.ui.search.SavedSearches;
import org.spoor.app.ui.search.SearchController;
import org.spoor.app.ui.search.SearchService;
import org.spoor.app.ui.search.SearchViewModel;
import org.spoor.app.ui.search.WatchListsController;
import org.spoor.app.ui.search.WatchListsViewModel;
import org.spoor.app.ui.settings.SettingsViewModel;
import org.spoor.app.ui.shell.Screens;
import org.spoor.app.ui.start.CaseAccess;
import org.spoor.app.ui.start.CaseDialogs;
import org.spoor.app.ui.start.CreateCaseController;
import org.spoor.app.ui.start.CreateCaseViewModel;
import org.spoor.app.ui.start.OpenCaseController;
import org.spoor.app.ui.start.OpenCaseViewModel;
import org.spoor.app.ui.start.StartController;
import org.spoor.app.ui.start.StartViewModel;

/**
 * The composition root's screen half: every controller and view-model of the window is made here,
 * by constructor, and handed to FXMLLoader through a {@link ControllerFactory}. View-models of an open
 * case live as long as the case, so a language switch keeps the place and the loaded pages.
 */
final class GuiScreens implements Screens {

    private final Services services;
    private final Map<CaseSession, CaseScope> cases = new IdentityHashMap<>();
    /** The basemap and place list, loaded once for the application when a map is first shown. */
    private final MapResources mapResources = new MapResources();

    /** The application-wide services the screens are built from. */
    record Services(Views views, Tasks tasks, ErrorDialogs errors, AppSettings settings, CurrentLanguage language,
                    DialogStyler styler, CaseAccess access, AuditRowFormat auditFormat, PathChooser chooser) {
    }

    /** What is kept for one open case. */
    private static final class CaseScope {
        private MainViewModel main;
        private AuditLogViewModel audit;
        private EvidenceViewModel evidence;
        private SearchViewModel search;
    }

    GuiScreens(Services services) {
        this.services = services;
    }

    @Override
    public Parent start(Navigation navigation) {
        return services.views().load("start/start.fxml", startControllers(navigation)).root();
    }

    CaseDialogs caseDialogs(Navigation navigation) {
        return new CaseDialogs(services.views(), startControllers(navigation), services.styler(), services.language());
    }

    private ControllerFactory startControllers(Navigation navigation) {
        Services s = services;
        ControllerFactory controllers = new ControllerFactory();
        CaseDialogs dialogs = new CaseDialogs(s.views(), controllers, s.styler(), s.language());
        controllers.register(StartController.class, () -> new StartController(
                new StartViewModel(s.settings(), s.tasks()), dialogs, navigation, s.language(),
                owner -> reviewLauncher().chooseAndOpen(owner)));
        controllers.register(CreateCaseController.class, () -> new CreateCaseController(
                new CreateCaseViewModel(s.access(), s.tasks(), s.errors(), s.settings(), s.language().locale()),
                navigation, s.language()));
        controllers.register(OpenCaseController.class, () -> new OpenCaseController(
                new OpenCaseViewModel(s.access(), s.tasks(), s.errors(), s.settings()), navigation, s.language()));
        return controllers;
    }

    /** Reviewer mode: opens a case pack read-only in its own window (issue 6). */
    ReviewLauncher reviewLauncher() {
        Services s = services;
        ReviewFiles files = new SystemReviewFiles(s.language());
        return new ReviewLauncher(new ReviewWindow(s.views(), s.tasks(), s.styler(), s.language(), files), files,
                s.tasks(), s.language(), s.styler(), java.time.Clock.systemUTC());
    }

    @Override
    public Parent caseWindow(Navigation navigation, CaseSession session) {
        Services s = services;
        CaseScope scope = cases.computeIfAbsent(session, key -> new CaseScope());
        if (scope.main == null) {
            scope.main = new MainViewModel(session, s.tasks());
            scope.audit = new AuditLogViewModel(AuditSource.of(session.caseFile().audit()), s.tasks(),
                    s.auditFormat());
        }
        ZoneId zone = s.auditFormat().zone();
        // Made per language: the evidence view-model formats sizes and the search names kinds in it.
        scope.evidence = new EvidenceViewModel(new CaseExhibitSource(session.caseFile().exhibits(),
                session.caseFile().db()), new ExhibitDetailReader(session.caseFile()),
                new PhotoReader(session.caseFile().blobs()), s.tasks(),
                new ExhibitFormat(zone, s.language().locale()));
        scope.search = new SearchViewModel(new SearchService(session), s.tasks(), s.language().messages(), zone,
                exhibitId -> {
                    scope.main.placeProperty().set(Place.EVIDENCE);
                    scope.evidence.reveal(exhibitId);
                });
        ControllerFactory controllers = new ControllerFactory();
        controllers.register(AuditLogController.class, () -> new AuditLogController(scope.audit, s.language()));
        controllers.register(EvidenceController.class, () -> new EvidenceController(scope.evidence, s.language(),
                owner -> importWizard(session, scope).show(owner)));
        controllers.register(ExhibitCommentsController.class, () -> new ExhibitCommentsController(
                scope.evidence.detailProperty(), new CaseReviewComments(session.caseFile()), s.tasks(),
                s.language().messages(), new SystemReviewFiles(s.language()), s.auditFormat().zone()));
        controllers.register(SearchController.class, () -> new SearchController(scope.search,
                new SavedSearches(session.caseFile(), s.tasks())));
        controllers.register(WatchListsController.class, () -> new WatchListsController(new WatchListsViewModel(
                session.caseFile(), s.tasks(), s.language().messages(), exhibitId -> {
                    scope.main.placeProperty().set(Place.EVIDENCE);
                    scope.evidence.reveal(exhibitId);
                }), s.language().messages()));
        controllers.register(MapController.class, () -> new MapController(mapViewModel(session, scope),
                s.language().messages(), new MapFileChooser(s.language().messages())));
        new AnalysisPlaces(session, s.tasks(), s.language().messages(), s.auditFormat().zone(), exhibitId -> {
            scope.main.placeProperty().set(Place.EVIDENCE);
            scope.evidence.reveal(exhibitId);
        }).register(controllers, s.language());
        controllers.register(ReportsController.class, () -> new ReportsController(new ReportsViewModel(
                new CaseBundleService(session.caseFile()), s.tasks(), s.language().messages(),
                session.caseFile().clock()), s.language()));
        PlaceViews places = new CachedPlaceViews(controllers);
        controllers.register(MainController.class, () -> new MainController(scope.main, navigation, s.language(),
                places));
        return s.views().load("main/main.fxml", controllers).root();
    }

    /** The map of the open case; "open source" shows the exhibit in the evidence view. */
    private MapViewModel mapViewModel(CaseSession session, CaseScope scope) {
        Services s = services;
        MapWorkflow workflow = new MapWorkflow(new CaseMapSource(session.caseFile(), mapResources,
                s.language().locale()), mapResources, s.tasks());
        return new MapViewModel(workflow, s.language().messages(), s.errors(), s.auditFormat().zone(), exhibitId -> {
            scope.main.placeProperty().set(Place.EVIDENCE);
            scope.evidence.reveal(exhibitId);
        });
    }

    /** The import wizard for the open case; when an import ends, the evidence view and the counts are read again. */
    private ImportWizard importWizard(CaseSession session, CaseScope scope) {
        Services s = services;
        return new ImportWizard(s.views(), () -> new ImportWizardController(new ImportWizardViewModel(
                CaseImportRunner.withDefaults(session), s.tasks(), s.errors(), s.language().messages(),
                s.auditFormat().zone(), session.details().country(), Platform::runLater, () -> {
                    scope.evidence.refresh();
                    scope.main.refreshCounts();
                }), s.chooser(), s.language().messages()), s.styler(), s.language());
    }

    @Override
    public void showSettings(Window owner) {
        ControllerFactory controllers = new ControllerFactory();
        controllers.register(SettingsController.class, () -> new SettingsController(
                new SettingsViewModel(services.settings(), services.language())));
        new SettingsDialog(services.views(), controllers, services.styler(), services.language()).show(owner);
    }

    @Override
    public void caseClosed(CaseSession session) {
        cases.remove(session);
    }

    /** The view of a place whose feature has landed, or a placeholder for one that has not yet. */
    private final class CachedPlaceViews implements PlaceViews {

        private final ControllerFactory controllers;
        private final Map<Place, Node> made = new EnumMap<>(Place.class);

        CachedPlaceViews(ControllerFactory controllers) {
            this.controllers = controllers;
        }

        @Override
        public Node viewFor(Place place) {
            return made.computeIfAbsent(place, this::make);
        }

        private Node make(Place place) {
            Views views = services.views();
            if (place == Place.AUDIT) {
                return views.load("audit/audit-log.fxml", controllers).root();
            }
            if (place == Place.EVIDENCE) {
                return views.load("evidence/evidence.fxml", controllers).root();
            }
            if (place == Place.SEARCH) {
                return views.load("search/search.fxml", controllers).root();
            }
            if (place == Place.MAP) {
                return views.load("map/map.fxml", controllers).root();
            }
            if (place == Place.REPORTS) {
                return views.load("reports/reports.fxml", controllers).root();
            }
            String analysis = AnalysisPlaces.viewOf(place);
            if (analysis != null) {
                return views.load(analysis, controllers).root();
            }
            return views.load("main/placeholder.fxml",
                    new PlaceholderController(place, services.language().messages())).root();
        }
    }
}
