package org.gloss.ui.suggest.internal;

import java.util.List;
import java.util.OptionalLong;

import org.gloss.ui.workbench.api.ActionContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;

/**
 * "Suggest codes…" in the Code menu: asks what to learn from, then trains and suggests in the
 * background (the status bar's progress bar and Cancel) and writes the suggestions as the machine
 * coder's codings in one transaction. {@link ForDocument} suggests for the document in front,
 * {@link ForProject} for every document.
 */
abstract class SuggestAction implements ActionContribution {
    static final String MENU = "Code";

    private final Suggesters suggesters;
    private final boolean wholeProject;

    SuggestAction(Suggesters suggesters, boolean wholeProject) {
        this.suggesters = suggesters;
        this.wholeProject = wholeProject;
    }

    @Override
    public String menu() {
        return MENU;
    }

    @Override
    public void run(WorkbenchContext context) {
        Workspace workspace = context.workspace();
        if (workspace == null) {
            return;
        }
        if (suggesters.now().isEmpty()) {
            context.showError("No suggester is installed (bundle org.gloss.suggest, see 'gloss plugins').");
            return;
        }
        List<String> documents = List.of();
        if (!wholeProject) {
            OptionalLong current = context.currentDocument();
            if (current.isEmpty()) {
                context.showStatus("Open a document to suggest codes for it, or suggest for the project");
                return;
            }
            documents = List.of(workspace.session().documents().byId(current.getAsLong()).orElseThrow().name());
        }
        SuggestDialog dialog = new SuggestDialog(context.window(), workspace, suggesters.now(), documents);
        dialog.dialog().setOnHidden(e -> {
            SuggestRequest request = dialog.dialog().getResult();
            if (request != null) {
                start(context, request);
            }
        });
        dialog.dialog().show();
    }

    void start(WorkbenchContext context, SuggestRequest request) {
        Workspace workspace = context.workspace();
        context.runInBackground("Suggesting codes", monitor -> {
            try (var session = context.openSessionForBackgroundWork()) {
                return SuggestJob.run(session, suggesters.byId(request.suggester()), request, monitor);
            }
        }, outcome -> {
            if (workspace == context.workspace()) {
                workspace.changed(Change.of(Change.Kind.CODERS));
                workspace.changed(Change.of(Change.Kind.CODINGS));
            }
            context.showStatus(outcome.written() + " suggestions for " + outcome.documents() + " document(s) as "
                    + outcome.machineCoder() + " (" + outcome.learned() + " of " + outcome.codes() + " codes learned"
                    + (outcome.replaced() > 0 ? ", replacing " + outcome.replaced() + " earlier" : "")
                    + "); review them in the Suggestions view");
        });
    }

    /** For the document whose tab is in front. */
    @org.osgi.service.component.annotations.Component(service = ActionContribution.class)
    public static class ForDocument extends SuggestAction {
        @org.osgi.service.component.annotations.Activate
        public ForDocument(@org.osgi.service.component.annotations.Reference Suggesters suggesters) {
            super(suggesters, false);
        }

        @Override
        public String label() {
            return "Suggest codes for this document…";
        }

        @Override
        public String accelerator() {
            return "Shortcut+Alt+G";
        }
    }

    /** For every document of the project. */
    @org.osgi.service.component.annotations.Component(service = ActionContribution.class)
    public static class ForProject extends SuggestAction {
        @org.osgi.service.component.annotations.Activate
        public ForProject(@org.osgi.service.component.annotations.Reference Suggesters suggesters) {
            super(suggesters, true);
        }

        @Override
        public String label() {
            return "Suggest codes for the project…";
        }

        @Override
        public String accelerator() {
            return "Shortcut+Alt+Shift+G";
        }
    }
}
