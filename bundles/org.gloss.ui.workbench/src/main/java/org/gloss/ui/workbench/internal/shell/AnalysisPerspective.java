package org.gloss.ui.workbench.internal.shell;

import java.util.HashMap;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;

/**
 * The Analysis perspective: the views contributed for {@link ViewArea#ANALYSIS} (code queries,
 * co-occurrence, matrices, frequencies, words) as tabs filling the window, in their order. Their
 * results open documents in the Coding perspective.
 */
final class AnalysisPerspective {
    private final WorkbenchWindow window;
    private final TabPane tabs = new TabPane();
    private final StackPane node = new StackPane();
    private final Label none = new Label("No analysis views are installed (bundle org.gloss.ui.analysis, see 'gloss plugins').");
    private final Map<ViewContribution, Tab> viewTabs = new HashMap<>();

    AnalysisPerspective(WorkbenchWindow window) {
        this.window = window;
        node.setId("analysis-perspective");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        StackPane.setAlignment(none, Pos.CENTER);
        node.getChildren().setAll(none);
        window.contributions().views().forEach(this::addView);
        window.contributions().views().addListener((ListChangeListener<ViewContribution>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeView);
                change.getAddedSubList().forEach(this::addView);
            }
        });
    }

    private void addView(ViewContribution view) {
        if (view.area() != ViewArea.ANALYSIS) {
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
        while (index < tabs.getTabs().size() && (int) tabs.getTabs().get(index).getUserData() <= view.order()) {
            index++;
        }
        tabs.getTabs().add(index, tab);
        viewTabs.put(view, tab);
        node.getChildren().setAll(tabs);
    }

    private void removeView(ViewContribution view) {
        Tab tab = viewTabs.remove(view);
        if (tab != null) {
            tabs.getTabs().remove(tab);
        }
        if (tabs.getTabs().isEmpty()) {
            node.getChildren().setAll(none);
        }
    }

    Node node() {
        return node;
    }
}
