package org.gloss.ui.workbench.internal.views;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import org.gloss.api.store.CodingFilter;
import org.gloss.core.project.CodedSegments;
import org.gloss.model.Code;
import org.gloss.model.CodedSegment;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.FittingColumns;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.osgi.service.component.annotations.Component;

/** Coded-segment retrieval: codings filtered by code, coder, document and speaker; clicking one jumps to it. */
@Component(service = ViewContribution.class)
public class CodedSegmentsView implements ViewContribution {
    private static final String ALL = "(all)";

    @Override
    public String id() {
        return "org.gloss.segments";
    }

    @Override
    public String title() {
        return "Coded segments";
    }

    @Override
    public ViewArea area() {
        return ViewArea.BOTTOM;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        ComboBox<String> code = filter("segments-code", "Code");
        ComboBox<String> coder = filter("segments-coder", "Coder");
        ComboBox<String> document = filter("segments-document", "Document");
        ComboBox<String> speaker = filter("segments-speaker", "Speaker");
        ComboBox<String> caseOrSet = filter("segments-case", "Case or set");
        caseOrSet.setAccessibleHelp("Shows only the codings overlapping a case's text, or in a set's documents");
        Label count = new Label();
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableView<CodedSegment> table = new TableView<>();
        table.setId("segments-table");
        table.setAccessibleText("Coded segments");
        table.setAccessibleHelp("The codings the filters select; selecting one shows it in its document and its memo");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        java.util.function.Function<CodedSegment, String> at = s -> place(context, s);
        java.util.function.Function<CodedSegment, String> passage = s -> s.text().replace('\n', ' ');
        table.getColumns().add(column("Document", 110, CodedSegment::document));
        table.getColumns().add(column("Code", 130, CodedSegment::code));
        table.getColumns().add(column("Coder", 70, CodedSegment::coder));
        table.getColumns().add(column("At", 110, at));
        table.getColumns().add(column("Text", 500, passage));
        // names and places as wide as they need; the passage takes the rest
        FittingColumns.fit(table, table.getColumns().get(0), CodedSegment::document, 180);
        FittingColumns.fit(table, table.getColumns().get(1), CodedSegment::code, 180);
        FittingColumns.fit(table, table.getColumns().get(2), CodedSegment::coder, 120);
        FittingColumns.fit(table, table.getColumns().get(3), at, 160);
        boolean[] fillingChoices = {false};
        BackgroundLoader<List<CodedSegment>> loader = new BackgroundLoader<>(context);
        Runnable reload = () -> {
            Workspace workspace = context.workspace();
            if (fillingChoices[0]) {
                return;
            }
            if (workspace == null) {
                table.getItems().clear();
                return;
            }
            CodingFilter filter = new CodingFilter(
                    idOf(document.getValue(), workspace.documents(), Document::name, Document::id),
                    idOf(code.getValue(), workspace.codes(), Code::name, Code::id),
                    idOf(coder.getValue(), workspace.coders(), Coder::name, Coder::id));
            String speakerName = ALL.equals(speaker.getValue()) ? null : speaker.getValue();
            String caseOrSetName = ALL.equals(caseOrSet.getValue()) ? null : caseOrSet.getValue();
            count.setText("loading…");
            loader.load(session -> CaseSetFilter.keep(session,
                    SpeakerFilter.keep(session, CodedSegments.list(session, filter), speakerName), caseOrSetName), segments -> {
                ListPatch.apply(table.getItems(), segments);
                count.setText(segments.size() + (segments.size() == 1 ? " segment" : " segments"));
            });
        };
        // the filter choices depend on codes, coders, documents and speakers, not on codings: a new
        // coding only reloads the list (in the background)
        WorkspaceBinding.bind(context, c -> c.kind() == Change.Kind.CODINGS || c.kind() == Change.Kind.FILTER
                || c.kind() == Change.Kind.MEMOS, workspace -> reload.run());
        WorkspaceBinding.bind(context, c -> c.kind() == Change.Kind.CODEBOOK || c.kind() == Change.Kind.CODERS
                || c.kind() == Change.Kind.DOCUMENTS || c.kind() == Change.Kind.PROJECT, workspace -> {
            if (workspace != null) {
                fillingChoices[0] = true;
                choices(code, workspace.codes().stream().map(Code::name).toList());
                choices(coder, workspace.coders().stream().map(Coder::name).toList());
                choices(document, workspace.documents().stream().map(Document::name).toList());
                choices(speaker, SpeakerFilter.speakers(workspace.session()));
                choices(caseOrSet, CaseSetFilter.choices(workspace.session()));
                fillingChoices[0] = false;
            }
            reload.run();
        });
        // a case's members or a set's documents changing changes what the case/set choice keeps
        WorkspaceBinding.bind(context, c -> c.kind() == Change.Kind.CASES, workspace -> {
            if (workspace != null) {
                fillingChoices[0] = true;
                choices(caseOrSet, CaseSetFilter.choices(workspace.session()));
                fillingChoices[0] = false;
            }
            reload.run();
        });
        for (ComboBox<String> box : List.of(code, coder, document, speaker, caseOrSet)) {
            box.setOnAction(e -> reload.run());
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, was, segment) -> {
            Workspace workspace = context.workspace();
            if (segment == null || workspace == null) {
                return;
            }
            context.selectionProperty().set(new Selection(MemoTarget.CODING, segment.codingId(),
                    "coding '" + segment.code() + "' by " + segment.coder()));
            workspace.session().documents().find(segment.document())
                    .ifPresent(d -> context.reveal(d.id(), segment.start(), segment.end()));
        });
        // the filters wrap onto another line in a narrow view instead of squeezing names and the count
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(6, 4, label("Code", code), code, label("Coder", coder),
                coder, label("Document", document), document, label("Speaker", speaker), speaker,
                label("Case/set", caseOrSet), caseOrSet, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(4));
        BorderPane pane = new BorderPane(table);
        pane.setTop(filters);
        return pane;
    }

    /** Where the segment starts, as people find it (paragraph, line, a transcript's time). */
    private static String place(WorkbenchContext context, CodedSegment segment) {
        var workspace = context.workspace();
        if (workspace == null) {
            return segment.start() + "–" + segment.end();
        }
        return workspace.session().documents().find(segment.document())
                .map(d -> workspace.places(d.id()).describe(segment.start())).orElse(segment.start() + "–" + segment.end());
    }

    private static Label label(String text, javafx.scene.Node labelled) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(labelled);
        return label;
    }

    private static ComboBox<String> filter(String id, String name) {
        ComboBox<String> box = new ComboBox<>();
        box.setAccessibleText(name);
        box.setAccessibleHelp("Shows only the codings of this " + name.toLowerCase(java.util.Locale.ROOT));
        box.setPrefWidth(120);
        box.setMinWidth(70);
        box.setId(id);
        box.getItems().add(ALL);
        box.setValue(ALL);
        return box;
    }

    private static void choices(ComboBox<String> box, List<String> names) {
        String selected = box.getValue();
        box.getItems().setAll(ALL);
        box.getItems().addAll(names);
        box.setValue(names.contains(selected) ? selected : ALL);
    }

    private static <T> Long idOf(String name, List<T> items, Function<T, String> nameOf, Function<T, Long> idOf) {
        if (name == null || ALL.equals(name)) {
            return null;
        }
        return items.stream().filter(i -> nameOf.apply(i).equals(name)).map(idOf).findFirst().orElse(null);
    }

    private static TableColumn<CodedSegment, String> column(String title, double width, Function<CodedSegment, String> value) {
        TableColumn<CodedSegment, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
