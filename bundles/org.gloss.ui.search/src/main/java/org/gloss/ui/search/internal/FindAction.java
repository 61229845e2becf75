package org.gloss.ui.search.internal;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.gloss.ui.workbench.api.ActionContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Component;

/** Search → Find in documents… (Ctrl+Shift+F): brings the search view forward and puts the cursor in its query box. */
@Component(service = ActionContribution.class)
public class FindAction implements ActionContribution {
    @Override
    public String menu() {
        return "Search";
    }

    @Override
    public String label() {
        return "Find in documents…";
    }

    @Override
    public String accelerator() {
        return "Shortcut+Shift+F";
    }

    @Override
    public void run(WorkbenchContext context) {
        Node box = context.window().getScene().lookup("#search-query");
        if (box == null) {
            context.showStatus("The search view is not open (open a project first)");
            return;
        }
        selectTabsAround(box);
        box.requestFocus();
    }

    /** Selects the tab that holds the node in every tab pane around it. */
    private static void selectTabsAround(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof TabPane pane) {
                for (Tab tab : pane.getTabs()) {
                    if (tab.getContent() != null && isAncestor(tab.getContent(), node)) {
                        pane.getSelectionModel().select(tab);
                    }
                }
            }
        }
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
