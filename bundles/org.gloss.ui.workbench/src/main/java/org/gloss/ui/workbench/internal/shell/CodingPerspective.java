package org.gloss.ui.workbench.internal.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.DocumentView;
import org.gloss.ui.workbench.api.KeyboardShortcuts;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * The Coding perspective: contributed views docked left, right and below, documents in the
 * centre. Views come and go with their services. The dividers are where the user left them
 * (remembered between runs when the user lets go of one); double-clicking a tab (or Ctrl+M) maximizes its area, as in Eclipse,
 * and does so again to restore; F6 and Shift+F6 move the focus from area to area. The memo editor
 * follows the document whose tab is in front.
 */
final class CodingPerspective {
    private final WorkbenchContext context;
    private final Contributions contributions;
    private static final java.util.Set<ViewArea> DOCKING_AREAS =
            java.util.EnumSet.of(ViewArea.LEFT_TOP, ViewArea.LEFT_BOTTOM, ViewArea.RIGHT, ViewArea.BOTTOM);
    /** What a screen reader says for each docking area. */
    private static final Map<ViewArea, String> AREA_NAMES = Map.of(ViewArea.LEFT_TOP, "Project views, upper left",
            ViewArea.LEFT_BOTTOM, "Project views, lower left", ViewArea.RIGHT, "Views on the right",
            ViewArea.BOTTOM, "Views below the document");
    private final Map<ViewArea, TabPane> areas = new EnumMap<>(ViewArea.class);
    private final Map<ViewContribution, Tab> viewTabs = new HashMap<>();
    private final Map<Long, Tab> documentTabs = new HashMap<>();
    private final TabPane editors = new TabPane();
    private final SplitPane left;
    private final SplitPane centre;
    private final SplitPane main;
    private final StackPane node = new StackPane();
    /** The area shown alone, or null when every area shows. */
    private TabPane maximized;
    private java.util.function.Consumer<DocumentView> onDocumentOpened = view -> { };

    CodingPerspective(WorkbenchContext context, Contributions contributions, WorkbenchSettings settings) {
        this.context = context;
        this.contributions = contributions;
        for (ViewArea area : DOCKING_AREAS) {
            TabPane pane = new TabPane();
            pane.setId("area-" + area.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            pane.setMinSize(0, 0);
            pane.setAccessibleText(AREA_NAMES.get(area));
            pane.setAccessibleHelp("Ctrl+Tab switches tabs; F6 moves to the next area; double-click a tab or Ctrl+M maximizes the area");
            maximizeOnDoubleClick(pane);
            areas.put(area, pane);
        }
        editors.setId("editors");
        editors.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        editors.setMinSize(0, 0);
        editors.setAccessibleText("Open documents");
        editors.setAccessibleHelp("Ctrl+Tab switches documents; F6 moves to the next area; double-click a tab or Ctrl+M maximizes it");
        maximizeOnDoubleClick(editors);
        left = new SplitPane(areas.get(ViewArea.LEFT_TOP), areas.get(ViewArea.LEFT_BOTTOM));
        left.setId("split-left");
        left.setOrientation(Orientation.VERTICAL);
        centre = new SplitPane(editors, areas.get(ViewArea.BOTTOM));
        centre.setId("split-centre");
        centre.setOrientation(Orientation.VERTICAL);
        main = new SplitPane(left, centre, areas.get(ViewArea.RIGHT));
        main.setId("split-main");
        // as in Eclipse, the side panels keep their width when the window grows or shrinks: the
        // document and the views below it get (or give up) the difference
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(areas.get(ViewArea.RIGHT), false);
        remembered(settings, left, 0.42);
        // the bottom area (coded segments, search results) gets a third of the height: a results
        // table showing one and a half rows is no use
        remembered(settings, centre, 0.62);
        remembered(settings, main, 0.21, 0.79);
        node.getChildren().setAll(main);
        node.setId("coding-perspective");
        contributions.views().forEach(this::addView);
        contributions.views().addListener((ListChangeListener<ViewContribution>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeView);
                change.getAddedSubList().forEach(this::addView);
            }
        });
        editors.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> documentInFront(now));
        context.workspaceProperty().addListener((o, was, now) -> closeDocuments());
    }

    Node node() {
        return node;
    }

    /**
     * The dividers where the user left them last time (else the defaults), remembered when the
     * user lets go of one. Positions the layout moves (the side panels keep their width as the
     * window changes size) are not written on every resize.
     */
    private static void remembered(WorkbenchSettings settings, SplitPane split, double... defaults) {
        double[] positions = settings.dividers(split.getId()).filter(p -> p.length == defaults.length).orElse(defaults);
        split.setDividerPositions(positions);
        double[][] saved = {positions.clone()};
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            double[] now = split.getDividerPositions();
            if (split.getWidth() > 0 && !java.util.Arrays.equals(now, saved[0])) {
                saved[0] = now;
                settings.rememberDividers(split.getId(), now);
            }
        });
    }

    /** The keys of the perspective: moving between areas and maximizing one. */
    void bindKeys(Node root, KeyboardShortcuts shortcuts) {
        shortcuts.bind(root, "Window", "F6", "Move the focus to the next area (documents, codebook, text, below, memo)",
                () -> cycleFocus(1));
        shortcuts.bind(root, "Window", "Shift+F6", "Move the focus to the previous area", () -> cycleFocus(-1));
        shortcuts.bind(root, "Window", "Shortcut+M", "Maximize the area with the focus, or restore all areas (as a "
                + "double-click on a tab does)", this::toggleFocusedArea);
    }

    private List<TabPane> areasInOrder() {
        return List.of(areas.get(ViewArea.LEFT_TOP), areas.get(ViewArea.LEFT_BOTTOM), editors, areas.get(ViewArea.BOTTOM),
                areas.get(ViewArea.RIGHT));
    }

    private boolean cycleFocus(int step) {
        if (node.getScene() == null || !node.isVisible() || node.getParent() == null) {
            return false;
        }
        List<TabPane> order = new ArrayList<>(areasInOrder());
        order.removeIf(pane -> pane.getScene() == null || pane.getTabs().isEmpty());
        if (order.isEmpty()) {
            return false;
        }
        int current = indexOfFocused(order);
        TabPane next = order.get(Math.floorMod(current + step, order.size()));
        focusInside(next);
        return true;
    }

    private int indexOfFocused(List<TabPane> order) {
        Node focused = node.getScene().getFocusOwner();
        for (Node at = focused; at != null; at = at.getParent()) {
            int index = order.indexOf(at);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** Focuses the first focusable control of the area's selected tab (the tab header when there is none). */
    private static void focusInside(TabPane pane) {
        Tab tab = pane.getSelectionModel().getSelectedItem();
        Node target = tab == null ? null : firstFocusable(tab.getContent());
        (target != null ? target : pane).requestFocus();
    }

    static Node firstFocusable(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void maximizeOnDoubleClick(TabPane pane) {
        pane.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && onTabHeader(e.getPickResult().getIntersectedNode())) {
                toggleMaximized(pane);
                e.consume();
            }
        });
    }

    private static boolean onTabHeader(Node picked) {
        for (Node at = picked; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("tab-header-area")) {
                return true;
            }
            if (at instanceof TabPane) {
                return false;
            }
        }
        return false;
    }

    private boolean toggleFocusedArea() {
        if (maximized != null) {
            toggleMaximized(maximized);
            return true;
        }
        int index = node.getScene() == null ? -1 : indexOfFocused(areasInOrder());
        if (index < 0) {
            return false;
        }
        toggleMaximized(areasInOrder().get(index));
        return true;
    }

    /** Shows the area alone, filling the perspective, or puts it back where it was. */
    void toggleMaximized(TabPane pane) {
        if (maximized == pane) {
            node.getChildren().setAll(main);
            placeBack(pane);
            maximized = null;
        } else {
            if (maximized != null) {
                placeBack(maximized);
            }
            // a node has one parent: take the area out of its split pane, leaving a placeholder
            replaceInSplit(pane, placeholder(pane));
            node.getChildren().setAll(pane);
            maximized = pane;
        }
        pane.requestFocus();
    }

    boolean isMaximized(TabPane pane) {
        return maximized == pane;
    }

    private final Map<TabPane, StackPane> placeholders = new HashMap<>();

    private StackPane placeholder(TabPane pane) {
        return placeholders.computeIfAbsent(pane, p -> new StackPane());
    }

    private void placeBack(TabPane pane) {
        StackPane holder = placeholders.get(pane);
        if (holder != null) {
            replaceInSplit(holder, pane);
        }
    }

    private void replaceInSplit(Node old, Node replacement) {
        for (SplitPane split : List.of(left, centre, main)) {
            int index = split.getItems().indexOf(old);
            if (index >= 0) {
                double[] dividers = split.getDividerPositions();
                split.getItems().set(index, replacement);
                split.setDividerPositions(dividers);
                return;
            }
        }
    }

    /** The area a view is docked in (for tests and the maximize keys). */
    TabPane area(ViewArea area) {
        return areas.get(area);
    }

    TabPane editors() {
        return editors;
    }

    private void addView(ViewContribution view) {
        if (!DOCKING_AREAS.contains(view.area())) {
            return; // the Comparison perspective shows it
        }
        Node content;
        try {
            content = view.createView(context);
        } catch (RuntimeException broken) {
            content = new Label("The view '" + view.title() + "' failed: " + broken);
        }
        Tab tab = new Tab(view.title(), content);
        tab.setId("view-" + view.id());
        tab.setUserData(view.order());
        TabPane pane = areas.get(view.area());
        int index = 0;
        while (index < pane.getTabs().size() && (int) pane.getTabs().get(index).getUserData() <= view.order()) {
            index++;
        }
        pane.getTabs().add(index, tab);
        viewTabs.put(view, tab);
        if (pane.getTabs().size() == 1) {
            pane.getSelectionModel().select(tab);
        }
    }

    private void removeView(ViewContribution view) {
        Tab tab = viewTabs.remove(view);
        if (tab != null) {
            tab.getTabPane().getTabs().remove(tab);
        }
    }

    /** Opens the document (or selects its tab) and returns its view, if a document view is installed. */
    DocumentView openDocument(long documentId, String title) {
        Tab existing = documentTabs.get(documentId);
        if (existing != null) {
            editors.getSelectionModel().select(existing);
            return (DocumentView) existing.getUserData();
        }
        if (contributions.documentViews().get() == null) {
            context.showError("No document view is installed (bundle org.gloss.ui.document).");
            return null;
        }
        DocumentView view = contributions.documentViews().get().create(context, documentId, null);
        Tab tab = new Tab(title, view.node());
        tab.setId("document-" + documentId);
        tab.setUserData(view);
        tab.setOnClosed(e -> {
            documentTabs.remove(documentId);
            view.dispose();
        });
        documentTabs.put(documentId, tab);
        editors.getTabs().add(tab);
        editors.getSelectionModel().select(tab);
        onDocumentOpened.accept(view);
        return view;
    }

    /** The memo editor follows the document in front (a coding selected in it then takes over, as before). */
    private void documentInFront(Tab tab) {
        if (tab != null && tab.getUserData() instanceof DocumentView view) {
            Selection selected = context.selectionProperty().get();
            boolean codingInThisDocument = selected != null && selected.target() == MemoTarget.CODING
                    && context.workspace() != null && context.workspace().session().codings().byId(selected.id())
                    .map(c -> c.documentId() == view.documentId()).orElse(false);
            if (!codingInThisDocument) {
                context.selectionProperty().set(new Selection(MemoTarget.DOCUMENT, view.documentId(), "document " + tab.getText()));
            }
        }
    }

    /** Called with every document view this perspective opens. */
    void setOnDocumentOpened(java.util.function.Consumer<DocumentView> listener) {
        onDocumentOpened = listener;
    }

    /** The document views open in the editor area. */
    java.util.List<DocumentView> openDocuments() {
        return documentTabs.values().stream().map(tab -> (DocumentView) tab.getUserData()).toList();
    }

    java.util.Optional<DocumentView> currentDocumentView() {
        Tab selected = editors.getSelectionModel().getSelectedItem();
        return selected != null && selected.getUserData() instanceof DocumentView view
                ? java.util.Optional.of(view) : java.util.Optional.empty();
    }

    OptionalLong currentDocument() {
        Tab selected = editors.getSelectionModel().getSelectedItem();
        return selected != null && selected.getUserData() instanceof DocumentView view
                ? OptionalLong.of(view.documentId()) : OptionalLong.empty();
    }

    private void closeDocuments() {
        for (Tab tab : documentTabs.values()) {
            ((DocumentView) tab.getUserData()).dispose();
        }
        documentTabs.clear();
        editors.getTabs().clear();
    }
}
