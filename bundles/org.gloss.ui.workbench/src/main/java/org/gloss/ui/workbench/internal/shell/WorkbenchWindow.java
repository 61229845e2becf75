package org.gloss.ui.workbench.internal.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.importing.DocumentImports;
import org.gloss.model.Document;
import org.gloss.ui.workbench.api.ActionContribution;
import org.gloss.ui.workbench.api.BackgroundWork;
import org.gloss.ui.workbench.api.DocumentView;
import org.gloss.ui.workbench.api.SearchHitMarks;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.LiveUpdates;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The main window: menus, tool bar, the perspectives (or the welcome page) and the status bar.
 * It is the {@link WorkbenchContext} that views and actions receive.
 */
public final class WorkbenchWindow implements WorkbenchContext {
    private final Stage stage;
    private final Contributions contributions;
    private final ProjectOpener opener;
    private final WorkbenchSettings settings;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final BorderPane root = new BorderPane();
    private final StatusBar status = new StatusBar();
    private final MenuBar menuBar = new MenuBar();
    private final CodingPerspective coding;
    private final ComparisonPerspective comparison;
    private final AnalysisPerspective analysis;
    private final ToggleGroup perspectives = new ToggleGroup();
    private final WorkbenchToolBar toolBar;
    private final ConnectionBanner banner = new ConnectionBanner();
    private LiveUpdates live;
    private final SearchHitMarking searchHits = new SearchHitMarking(this);
    private final ShortcutRegistry shortcuts = new ShortcutRegistry();
    private static final String DARK_THEME = WorkbenchWindow.class.getResource("dark.css").toExternalForm();

    public WorkbenchWindow(Stage stage, Contributions contributions, ProjectOpener opener, WorkbenchSettings settings) {
        this.stage = stage;
        this.contributions = contributions;
        this.opener = opener;
        this.settings = settings;
        this.coding = new CodingPerspective(this, contributions, settings);
        coding.setOnDocumentOpened(searchHits::opened);
        this.comparison = new ComparisonPerspective(this);
        this.analysis = new AnalysisPerspective(this);
        this.toolBar = new WorkbenchToolBar(this);
        root.setId("workbench");
        rebuildMenus();
        contributions.actions().addListener((ListChangeListener<ActionContribution>) c -> rebuildMenus());
        root.setTop(new VBox(menuBar, toolBar.node(), banner.node()));
        root.setBottom(status.node());
        workspace.addListener((o, was, now) -> {
            followChanges(now);
            if (was != null) {
                was.close();
            }
            searchHits.mark(null, List.of()); // the old project's hits mean nothing in the new one
            showPerspective();
            updateTitle();
        });
        showPerspective();
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        WindowThemes.follow(stage, DARK_THEME, settings.darkTheme());
        stage.setTitle("Gloss");
        coding.bindKeys(root, shortcuts);
        stage.setOnHidden(e -> {
            status.shutdown();
            searchHits.shutdown();
            followChanges(null);
            if (workspace.get() != null) {
                workspace.get().close();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    Contributions contributions() {
        return contributions;
    }

    public String statusMessage() {
        return status.message();
    }

    // --- projects ------------------------------------------------------------------------------

    /** Opens a project (closing the current one) and remembers it for the next start. */
    @Override
    public void openProject(String location) {
        try {
            ProjectSession session = opener.open(location);
            setWorkspace(session);
        } catch (GlossException e) {
            showError(e.getMessage());
        }
    }

    /**
     * Opens the workspace as the coder the user said they are in this project; a project with
     * coders that the user was never asked about asks once (without blocking: until the answer the
     * suggested coder is only a name, nothing is added to the project).
     */
    private void setWorkspace(ProjectSession session) {
        String location = session.location();
        Optional<String> known = settings.coderIn(location);
        Workspace opened = new Workspace(session, known.orElse(settings.coder()));
        workspace.set(opened);
        if (known.isPresent()) {
            settings.remember(location, opened.coderName());
        }
        updateTitle();
        showStatus("Opened " + location + " as coder " + opened.coderName());
        opened.addListener(change -> {
            if (change.kind() == Change.Kind.CURRENT_CODER) {
                settings.remember(opened.location(), opened.coderName());
                updateTitle();
            }
        });
        opened.documents().stream().findFirst().ifPresent(d -> openDocument(d.id()));
        List<String> coders = opened.coders().stream().map(org.gloss.model.Coder::name).toList();
        if (known.isEmpty() && !coders.isEmpty()) {
            CoderPrompt.ask(stage, projectName(location), coders, opened.coderName(), chosen -> {
                if (workspace.get() == opened) {
                    run(() -> {
                        opened.switchCoder(chosen);
                        settings.remember(location, opened.coderName());
                        showStatus("Coding as " + opened.coderName());
                    });
                }
            });
        } else if (known.isEmpty()) {
            settings.remember(location, opened.coderName());
        }
        checkInBackground(opened);
    }

    private static String projectName(String location) {
        return location.contains("://") ? location : String.valueOf(Path.of(location).getFileName());
    }

    /** "Gloss — interviews.gloss — coding as aida": the project and who codes, in the title bar and the task bar. */
    private void updateTitle() {
        Workspace open = workspace.get();
        stage.setTitle(open == null ? "Gloss" : "Gloss — " + projectName(open.location()) + " — coding as " + open.coderName());
    }

    /**
     * Runs the store's quick check off the FX thread (it reads the whole file) and, when it finds
     * damage, says so in the banner: the user should stop and recover before coding on.
     */
    private void checkInBackground(Workspace opened) {
        String location = opened.location();
        Thread check = new Thread(() -> {
            List<String> problems;
            try {
                problems = opener.quickCheck(location);
            } catch (RuntimeException e) {
                problems = List.of(String.valueOf(e.getMessage()));
            }
            List<String> found = problems;
            FxThread.run(() -> {
                if (!found.isEmpty() && workspace.get() == opened) {
                    String message = DamageBanner.message(location, found);
                    banner.show(message);
                    showStatus(message);
                }
            });
        }, "gloss-project-check");
        check.setDaemon(true);
        check.start();
    }

    /** Whether the banner shows, and what it says (for tests). */
    public String bannerText() {
        return banner.isShown() ? banner.node().getText() : "";
    }

    /**
     * Other coders' and other processes' changes refresh the views; on a server a lost connection
     * shows the reconnecting banner (and refuses changes) until it is back.
     */
    private void followChanges(Workspace now) {
        if (live != null) {
            live.close();
            live = null;
        }
        banner.hide();
        if (now != null) {
            live = LiveUpdates.start(now, FxThread::run).orElse(null);
            if (live != null) {
                live.addStateListener(this::connectionChanged);
            }
        }
    }

    private void connectionChanged(LiveUpdates.State state) {
        switch (state) {
            case RECONNECTING -> {
                banner.show(ConnectionBanner.RECONNECTING);
                showStatus(ConnectionBanner.RECONNECTING);
            }
            case CONNECTED -> {
                banner.hide();
                showStatus("Connection to the server is back; the project was reloaded");
            }
            case REOPEN_NEEDED -> {
                banner.hide();
                showStatus("Connection to the server is back; opening the project again");
                openProject(workspace.get().location());
            }
        }
    }

    /** Whether the "reconnecting" banner shows (for tests). */
    public boolean connectionBannerShown() {
        return banner.isShown();
    }

    void chooseAndOpenProject() {
        FileChooser chooser = projectChooser("Open project");
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openProject(file.getPath());
        }
    }

    void chooseAndCreateProject() {
        FileChooser chooser = projectChooser("New project");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            String location = file.getPath().endsWith(".gloss") ? file.getPath() : file.getPath() + ".gloss";
            try {
                setWorkspace(opener.create(location));
            } catch (GlossException e) {
                showError(e.getMessage());
            }
        }
    }

    void openDemo() {
        runInBackground("Building the demo project", monitor -> opener.buildDemo(), demo -> openProject(demo.toString()));
    }

    private static FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Gloss projects", "*.gloss"));
        return chooser;
    }

    void chooseAndImportDocuments() {
        if (workspace.get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import documents");
        List<String> all = new ArrayList<>();
        for (var importer : contributions.importers()) {
            List<String> patterns = importer.extensions().stream().map(e -> "*." + e).toList();
            all.addAll(patterns);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(importer.displayName(), patterns));
        }
        chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter("All supported", all));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importChosenFiles(files.stream().map(File::toPath).toList());
        }
    }

    /**
     * Imports the files the user chose (Import button, File > Import): asks which importer to use
     * for each file more than one reads (a "Speaker: text" file as a transcript or as plain text),
     * then imports and opens the new documents. Nothing is imported on Cancel.
     */
    public void importChosenFiles(List<Path> files) {
        ImporterChoice.choose(stage, files, contributions.importers()).ifPresent(this::importDocuments);
    }

    /** Imports files with the importer each one's extension names, in the background. */
    public void importDocuments(List<Path> files) {
        Map<Path, String> byExtension = new LinkedHashMap<>();
        files.forEach(file -> byExtension.put(file, null));
        importDocuments(byExtension);
    }

    /**
     * Imports files in the background, one transaction per file, stopping between files on
     * Cancel, each with the importer given (null: the one its extension names), and opens the
     * new documents.
     */
    public void importDocuments(Map<Path, String> filesAndImporters) {
        List<Path> files = new ArrayList<>(filesAndImporters.keySet());
        runInBackground("Importing " + files.size() + " file(s)", monitor -> {
            List<Long> added = new ArrayList<>();
            try (ProjectSession session = openSessionForBackgroundWork()) {
                for (Path file : files) {
                    if (monitor.isCancelled()) {
                        break;
                    }
                    monitor.progress((double) added.size() / files.size(), "Importing " + file.getFileName());
                    String importer = filesAndImporters.get(file);
                    added.add((importer == null ? DocumentImports.importFile(session, contributions.importers(), file, false)
                            : DocumentImports.importFile(session, contributions.importers(), file, false,
                            org.gloss.api.importer.ImportOptions.NONE.with(org.gloss.api.importer.ImportOptions.IMPORTER, importer))).id());
                }
                // derived data (the search index) follows what the session committed as it closes
                monitor.progress(-1, "Updating the search index");
            }
            return added;
        }, added -> {
            workspace.get().changed(Change.of(Change.Kind.DOCUMENTS));
            added.forEach(this::openDocument);
            showStatus("Imported " + added.size() + " document(s)");
        });
    }

    // --- perspectives and menus ----------------------------------------------------------------

    private void showPerspective() {
        if (workspace.get() == null) {
            root.setCenter(new WelcomePage(this::chooseAndOpenProject, this::chooseAndCreateProject, this::openDemo,
                    settings.lastProject(), this::openProject).node());
            return;
        }
        Object chosen = perspectives.getSelectedToggle() == null ? "coding" : perspectives.getSelectedToggle().getUserData();
        if ("comparison".equals(chosen)) {
            comparison.refresh();
            root.setCenter(comparison.node());
        } else if ("analysis".equals(chosen)) {
            root.setCenter(analysis.node());
        } else {
            root.setCenter(coding.node());
        }
    }

    public void showPerspective(String id) {
        perspectives.getToggles().stream().filter(t -> id.equals(t.getUserData())).findFirst()
                .ifPresent(perspectives::selectToggle);
        showPerspective();
    }

    private void rebuildMenus() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("New project…", "Shortcut+N", this::chooseAndCreateProject),
                item("Open project…", "Shortcut+O", this::chooseAndOpenProject),
                item("Open demo project", null, this::openDemo),
                new SeparatorMenuItem(),
                item("Import documents…", "Shortcut+I", this::chooseAndImportDocuments),
                new SeparatorMenuItem(),
                item("Close project", null, () -> workspace.set(null)),
                item("Exit", "Shortcut+Q", stage::close));
        Menu edit = new Menu("_Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", this::undo);
        undo.setId("menu-undo");
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", this::redo);
        redo.setId("menu-redo");
        MenuItem preferences = item("Preferences…", "Shortcut+Comma", () -> PreferencesDialog.show(stage, settings));
        preferences.setId("menu-preferences");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), preferences);
        Menu view = new Menu("_View");
        RadioMenuItem codingItem = new RadioMenuItem("Coding perspective");
        codingItem.setUserData("coding");
        codingItem.setSelected(true);
        RadioMenuItem comparisonItem = new RadioMenuItem("Comparison perspective");
        comparisonItem.setUserData("comparison");
        RadioMenuItem analysisItem = new RadioMenuItem("Analysis perspective");
        analysisItem.setUserData("analysis");
        analysisItem.setId("menu-analysis-perspective");
        Object selected = perspectives.getSelectedToggle() == null ? "coding" : perspectives.getSelectedToggle().getUserData();
        perspectives.getToggles().clear();
        for (RadioMenuItem item : List.of(codingItem, comparisonItem, analysisItem)) {
            item.setToggleGroup(perspectives);
            item.setSelected(item.getUserData().equals(selected));
            item.setOnAction(e -> showPerspective());
        }
        view.getItems().addAll(codingItem, comparisonItem, analysisItem);
        Map<String, Menu> menus = new LinkedHashMap<>();
        menus.put("File", file);
        menus.put("Edit", edit);
        menus.put("View", view);
        ContributedMenus.addAll(menus, contributions.actions(), this);
        Menu help = new Menu("_Help");
        MenuItem keys = item("Keyboard shortcuts", "F1", this::showKeys);
        keys.setId("menu-keys");
        help.getItems().add(keys);
        CheckMenuItem debugLog = new CheckMenuItem("Debug messages in the log");
        debugLog.setSelected(DebugLogging.enabled());
        debugLog.setOnAction(e -> DebugLogging.set(debugLog.isSelected()));
        MenuItem about = item("About Gloss", null, () -> AboutDialog.show(stage));
        about.setId("menu-about");
        help.getItems().addAll(debugLog, new SeparatorMenuItem(), about);
        menus.put("Help", help);
        menuBar.getMenus().setAll(menus.values());
    }

    private static MenuItem item(String label, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(label);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.valueOf(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Help > Keyboard shortcuts: generated from the menus and the keys bound now. */
    public Alert showKeys() {
        return KeyboardSheet.show(stage, menuBar, shortcuts);
    }

    /** The sheet's lines (for tests and the sheet itself). */
    public List<org.gloss.ui.workbench.api.KeyboardShortcuts.Shortcut> keyboardSheet() {
        return KeyboardSheet.lines(menuBar, shortcuts);
    }

    public void undo() {
        if (workspace.get() != null) {
            run(() -> workspace.get().undo().ifPresentOrElse(l -> showStatus("Undone: " + l), () -> showStatus("Nothing to undo")));
        }
    }

    public void redo() {
        if (workspace.get() != null) {
            run(() -> workspace.get().redo().ifPresentOrElse(l -> showStatus("Redone: " + l), () -> showStatus("Nothing to redo")));
        }
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (GlossException e) {
            showError(e.getMessage());
        }
    }

    /** A failure that is a bug: logged, and shown with its details (see {@link FailureDialog}). */
    public void showFailure(String during, Throwable failure) {
        status.show("Failed while " + during + " (details in the log)");
        FailureDialog.show(stage, during, failure);
    }

    // --- WorkbenchContext ----------------------------------------------------------------------

    @Override
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    @Override
    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    @Override
    public void openDocument(long documentId) {
        openDocumentView(documentId);
    }

    private Optional<DocumentView> openDocumentView(long documentId) {
        if (workspace.get() == null) {
            return Optional.empty();
        }
        if (!"coding".equals(perspectives.getSelectedToggle().getUserData())) {
            showPerspective("coding");
        }
        String title = workspace.get().session().documents().byId(documentId).map(Document::name).orElse("document");
        return Optional.ofNullable(coding.openDocument(documentId, title));
    }

    @Override
    public void reveal(long documentId, int start, int end) {
        openDocumentView(documentId).ifPresent(view -> view.reveal(start, end));
    }

    @Override
    public OptionalLong currentDocument() {
        return coding.currentDocument();
    }

    @Override
    public java.util.Optional<org.gloss.model.TextSpan> currentTextSelection() {
        return coding.currentDocumentView().flatMap(DocumentView::selectedSpan);
    }

    @Override
    public void markSearchHits(SearchHitMarks marks) {
        searchHits.mark(marks, coding.openDocuments());
    }

    @Override
    public <T> void runInBackground(String title, BackgroundWork<T> work, Consumer<T> onSuccess) {
        status.run(title, work, onSuccess, this::showError, failure -> showFailure(title.toLowerCase(java.util.Locale.ROOT), failure));
    }

    @Override
    public ProjectSession openSessionForBackgroundWork() {
        return opener.open(workspace.get().location());
    }

    @Override
    public void showStatus(String message) {
        status.show(message);
    }

    @Override
    public void showError(String message) {
        status.show(message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.show();
    }

    @Override
    public Window window() {
        return stage;
    }

    @Override
    public org.gloss.ui.workbench.api.WorkbenchPreferences preferences() {
        return settings;
    }

    @Override
    public org.gloss.ui.workbench.api.KeyboardShortcuts shortcuts() {
        return shortcuts;
    }
}
