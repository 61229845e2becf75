package org.gloss.ui.suggest.internal;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.gloss.api.suggest.EvaluationReport;
import org.gloss.api.suggest.EvaluationRequest;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionEvaluation;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.core.suggest.AuditTables;
import org.gloss.core.suggest.MachineCodings;
import org.gloss.model.Coder;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The suggestion audit in the Analysis perspective: the same cross-validation as {@code gloss
 * suggest evaluate}, run in the background (progress and Cancel in the status bar), shown as the
 * command line's tables: per code the machine against each human with intervals beside the
 * humans' own agreement, precision and recall, and the learning curve.
 */
final class AuditPane {
    private final WorkbenchContext context;
    private final SuggestionEvaluation evaluation;
    private final BorderPane node = new BorderPane();
    private final FlowPane learnFrom = new FlowPane(10, 4);
    private final FlowPane against = new FlowPane(10, 4);
    private final ChoiceBox<SuggestionUnit> unit = new ChoiceBox<>();
    private final Spinner<Integer> folds = new Spinner<>(2, 50, 5);
    private final Spinner<Integer> bootstrap = new Spinner<>(0, 10000, 1000, 100);
    private final Spinner<Double> minScore = new Spinner<>(0.0, 1.0, 0.5, 0.05);
    private final Button run = new Button("_Run audit");
    private final Label summary = new Label("Choose the coders to learn from and to compare with, then run the audit.");
    private final TextTable agreement = new TextTable("audit-agreement", "Agreement of the machine and the humans per code");
    private final TextTable precisionRecall = new TextTable("audit-precision-recall", "Precision and recall of the machine against each human");
    private final TextTable curve = new TextTable("audit-learning-curve", "Learning curve");
    private final Label curveTitle = new Label();
    private final Label skipped = new Label();
    private volatile EvaluationReport shown;

    AuditPane(WorkbenchContext context, SuggestionEvaluation evaluation) {
        this.context = context;
        this.evaluation = evaluation;
        node.setId("suggestion-audit");
        node.getProperties().put(AuditPane.class, this);
        unit.getItems().setAll(SuggestionUnit.values());
        unit.setValue(SuggestionUnit.SENTENCE);
        unit.setId("audit-unit");
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(SuggestionUnit u) {
                return u == null ? "" : u.key();
            }

            @Override
            public SuggestionUnit fromString(String s) {
                return null;
            }
        });
        for (Spinner<?> s : List.of(folds, bootstrap, minScore)) {
            s.setEditable(true);
            s.setPrefWidth(90);
        }
        folds.setId("audit-folds");
        bootstrap.setId("audit-bootstrap");
        minScore.setId("audit-min-score");
        run.setId("audit-run");
        run.setOnAction(e -> run());
        learnFrom.setId("audit-learn-from");
        against.setId("audit-against");
        FlowPane who = new FlowPane(8, 6, new Label("Learn from:"), learnFrom, new Label("Compare with:"), against);
        who.setAlignment(Pos.CENTER_LEFT);
        FlowPane how = new FlowPane(8, 6, labelFor("_Unit", unit), unit, labelFor("_Folds", folds), folds,
                labelFor("_Bootstrap resamples", bootstrap), bootstrap, labelFor("_Min score", minScore), minScore, run);
        how.setAlignment(Pos.CENTER_LEFT);
        summary.setId("audit-summary");
        summary.setWrapText(true);
        skipped.setId("audit-skipped");
        skipped.setWrapText(true);
        VBox header = new VBox(6, who, how);
        header.setPadding(new Insets(6));
        Label prTitle = new Label("Precision and recall of the machine against each human (units):");
        VBox results = new VBox(8, summary, agreement.node(), prTitle, precisionRecall.node(), curveTitle, curve.node(), skipped);
        results.setPadding(new Insets(6));
        results.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        node.setTop(header);
        node.setCenter(scroll);
        context.workspaceProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.addListener(change -> {
                    if (change.kind() == Change.Kind.CODERS || change.kind() == Change.Kind.PROJECT) {
                        refreshCoders();
                    }
                });
            }
            refreshCoders();
        });
        if (context.workspace() != null) {
            context.workspace().addListener(change -> {
                if (change.kind() == Change.Kind.CODERS) {
                    refreshCoders();
                }
            });
        }
        refreshCoders();
    }

    private static Label labelFor(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    Node node() {
        return node;
    }

    EvaluationReport shown() {
        return shown;
    }

    /** Every person as a check box in both rows; the first two are compared, every one teaches. */
    private void refreshCoders() {
        Workspace workspace = context.workspace();
        List<String> chosenTeachers = selected(learnFrom);
        List<String> chosenAgainst = selected(against);
        learnFrom.getChildren().clear();
        against.getChildren().clear();
        if (workspace == null) {
            return;
        }
        List<String> people = workspace.coders().stream().map(Coder::name).filter(n -> !MachineCodings.isMachine(n)).toList();
        for (String person : people) {
            CheckBox teach = new CheckBox(person);
            teach.setId("audit-learn-" + person);
            teach.setAccessibleText("Learn from " + person);
            teach.setSelected(chosenTeachers.isEmpty() || chosenTeachers.contains(person));
            learnFrom.getChildren().add(teach);
            CheckBox compare = new CheckBox(person);
            compare.setId("audit-against-" + person);
            compare.setAccessibleText("Compare the machine with " + person);
            compare.setSelected(chosenAgainst.isEmpty() || chosenAgainst.contains(person));
            against.getChildren().add(compare);
        }
    }

    private static List<String> selected(FlowPane boxes) {
        List<String> names = new ArrayList<>();
        boxes.getChildren().forEach(n -> {
            if (n instanceof CheckBox box && box.isSelected()) {
                names.add(box.getText());
            }
        });
        return names;
    }

    void select(List<String> teachers, List<String> compared) {
        learnFrom.getChildren().forEach(n -> ((CheckBox) n).setSelected(teachers.contains(((CheckBox) n).getText())));
        against.getChildren().forEach(n -> ((CheckBox) n).setSelected(compared.contains(((CheckBox) n).getText())));
    }

    void run() {
        if (context.workspace() == null) {
            return;
        }
        EvaluationRequest request = new EvaluationRequest("local", selected(learnFrom), selected(against), List.of(), List.of(),
                new SuggestSettings(unit.getValue(), 0, SuggestJob.SEED), minScore.getValue(), folds.getValue(),
                bootstrap.getValue(), 0.95);
        summary.setText("Auditing…");
        context.runInBackground("Auditing suggestions", monitor -> {
            try (var session = context.openSessionForBackgroundWork()) {
                return evaluation.evaluate(session, request, Progress.of(monitor, 0, 1));
            }
        }, this::show);
    }

    private void show(EvaluationReport report) {
        summary.setText(String.join("\n", AuditTables.summary(report, s -> s)));
        agreement.show(AuditTables.agreement(report, s -> s));
        precisionRecall.show(AuditTables.precisionRecall(report, s -> s));
        curveTitle.setText(AuditTables.learningCurveTitle(report));
        curve.show(AuditTables.learningCurve(report));
        skipped.setText(String.join("\n", AuditTables.skipped(report, s -> s)));
        shown = report; // last: what is shown is complete once this is set
    }
}
