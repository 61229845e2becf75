package org.gloss.ui.search.internal;

import javafx.scene.Node;

import org.gloss.api.search.SearchService;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The search view, docked below the documents; present while a search service is. */
@Component(service = ViewContribution.class)
public class SearchView implements ViewContribution {
    static final String ID = "org.gloss.search";

    private final SearchService search;
    private final int rowLimit;

    @Activate
    public SearchView(@Reference SearchService search) {
        this(search, SearchViewModel.ROW_LIMIT);
    }

    /** With a smaller first page of rows, for tests of "Show more". */
    SearchView(SearchService search, int rowLimit) {
        this.search = search;
        this.rowLimit = rowLimit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Search";
    }

    @Override
    public ViewArea area() {
        return ViewArea.BOTTOM;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        return new SearchPane(context, new SearchViewModel(search, rowLimit)).node();
    }
}
