package org.gloss.ui.workbench.internal.shell;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.gloss.ui.workbench.api.DocumentView;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * The Coding perspective: contributed views docked left, right and below, documents in the
 * centre. Views come and go with their services.
 */
final class CodingPerspective {
    private final WorkbenchContext context;
    private final Contributions contributions;
    private static final java.util.Set<ViewArea> DOCKING_AREAS =
            java.util.EnumSet.of(ViewArea.LEFT_TOP, ViewArea.LEFT_BOTTOM, ViewArea.RIGHT, ViewArea.BOTTOM);
    private final Map<ViewArea, TabPane> areas = new EnumMap<>(ViewArea.class);
    private final Map<ViewContribution, Tab> viewTabs = new HashMap<>();
    private final Map<Long, Tab> documentTabs = new HashMap<>();
    private final TabPane editors = new TabPane();
    private final SplitPane node;
    private java.util.function.Consumer<DocumentView> onDocumentOpened = view -> { };

    CodingPerspective(WorkbenchContext context, Contributions contributions) {
        this.context = context;
        this.contributions = contributions;
        for (ViewArea area : DOCKING_AREAS) {
            TabPane pane = new TabPane();
            pane.setId("area-" + area.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            areas.put(area, pane);
        }
        editors.setId("editors");
        editors.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        SplitPane left = new SplitPane(areas.get(ViewArea.LEFT_TOP), areas.get(ViewArea.LEFT_BOTTOM));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.4);
        SplitPane centre = new SplitPane(editors, areas.get(ViewArea.BOTTOM));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72);
        node = new SplitPane(left, centre, areas.get(ViewArea.RIGHT));
        node.setId("coding-perspective");
        node.setDividerPositions(0.22, 0.8);
        contributions.views().forEach(this::addView);
        contributions.views().addListener((ListChangeListener<ViewContribution>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeView);
                change.getAddedSubList().forEach(this::addView);
            }
        });
        context.workspaceProperty().addListener((o, was, now) -> closeDocuments());
    }

    Node node() {
        return node;
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

    /** Called with every document view this perspective opens. */
    void setOnDocumentOpened(java.util.function.Consumer<DocumentView> listener) {
        onDocumentOpened = listener;
    }

    /** The document views open in the editor area. */
    java.util.List<DocumentView> openDocuments() {
        return documentTabs.values().stream().map(tab -> (DocumentView) tab.getUserData()).toList();
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
