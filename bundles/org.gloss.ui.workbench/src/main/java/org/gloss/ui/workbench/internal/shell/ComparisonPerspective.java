package org.gloss.ui.workbench.internal.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.ui.workbench.api.DocumentView;
import org.gloss.ui.workbench.api.ScrollInStep;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The Comparison perspective: one document, two coders side by side, each pane showing only that
 * coder's codings (the inter-coder view), scrolling in step. Views contributed for the
 * {@link ViewArea#COMPARISON} area (the disagreement review) are further tabs.
 */
final class ComparisonPerspective {
    private final WorkbenchWindow window;
    private final TabPane node = new TabPane();
    private final BorderPane sideBySide = new BorderPane();
    private final Map<ViewContribution, Tab> viewTabs = new HashMap<>();
    private final ComboBox<Document> document = new ComboBox<>();
    private final ComboBox<Coder> left = new ComboBox<>();
    private final ComboBox<Coder> right = new ComboBox<>();
    private final SplitPane panes = new SplitPane();
    private final List<DocumentView> shown = new ArrayList<>();

    ComparisonPerspective(WorkbenchWindow window) {
        this.window = window;
        node.setId("comparison-perspective");
        node.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab builtIn = new Tab("Side by side", sideBySide);
        builtIn.setId("comparison-side-by-side");
        builtIn.setUserData(Integer.MIN_VALUE);
        node.getTabs().add(builtIn);
        document.setId("compare-document");
        left.setId("compare-coder-a");
        right.setId("compare-coder-b");
        document.setConverter(converter(Document::name));
        left.setConverter(converter(Coder::name));
        right.setConverter(converter(Coder::name));
        HBox bar = new HBox(8, new Label("Document"), document, new Label("Coder A"), left, new Label("Coder B"), right);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        sideBySide.setTop(bar);
        sideBySide.setCenter(panes);
        document.setOnAction(e -> rebuild());
        left.setOnAction(e -> rebuild());
        right.setOnAction(e -> rebuild());
        window.contributions().views().forEach(this::addView);
        window.contributions().views().addListener((ListChangeListener<ViewContribution>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeView);
                change.getAddedSubList().forEach(this::addView);
            }
        });
    }

    private void addView(ViewContribution view) {
        if (view.area() != ViewArea.COMPARISON) {
            return;
        }
        Node content;
        try {
            content = view.createView(window);
        } catch (RuntimeException broken) {
            content = new Label("The view '" + view.title() + "' failed: " + broken);
        }
        Tab tab = new Tab(view.title(), content);
        tab.setId("view-" + view.id());
        tab.setUserData(view.order());
        int index = 0;
        while (index < node.getTabs().size() && (int) node.getTabs().get(index).getUserData() <= view.order()) {
            index++;
        }
        node.getTabs().add(index, tab);
        viewTabs.put(view, tab);
    }

    private void removeView(ViewContribution view) {
        Tab tab = viewTabs.remove(view);
        if (tab != null) {
            node.getTabs().remove(tab);
        }
    }

    Node node() {
        return node;
    }

    /** Fills the choices from the workspace (when the perspective is shown). */
    void refresh() {
        Workspace workspace = window.workspace();
        if (workspace == null) {
            return;
        }
        Document selectedDocument = document.getValue();
        document.getItems().setAll(workspace.documents());
        left.getItems().setAll(workspace.coders());
        right.getItems().setAll(workspace.coders());
        document.setValue(selectedDocument != null ? find(document.getItems(), selectedDocument.id())
                : document.getItems().isEmpty() ? null : document.getItems().get(0));
        if (left.getValue() == null && !left.getItems().isEmpty()) {
            left.setValue(left.getItems().get(0));
        }
        if (right.getValue() == null && right.getItems().size() > 1) {
            right.setValue(right.getItems().get(1));
        }
        rebuild();
    }

    private static Document find(List<Document> documents, long id) {
        return documents.stream().filter(d -> d.id() == id).findFirst().orElse(null);
    }

    private void rebuild() {
        shown.forEach(DocumentView::dispose);
        shown.clear();
        panes.getItems().clear();
        if (document.getValue() == null || window.contributions().documentViews().get() == null) {
            return;
        }
        for (ComboBox<Coder> coder : List.of(left, right)) {
            if (coder.getValue() == null) {
                continue;
            }
            DocumentView view = window.contributions().documentViews().get()
                    .create(window, document.getValue().id(), coder.getValue().id());
            shown.add(view);
            Label heading = new Label(coder.getValue().name());
            heading.getStyleClass().add("comparison-heading");
            VBox pane = new VBox(4, heading, view.node());
            VBox.setVgrow(view.node(), javafx.scene.layout.Priority.ALWAYS);
            panes.getItems().add(pane);
        }
        if (shown.size() == 2) {
            ScrollInStep.link(shown.get(0), shown.get(1));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
