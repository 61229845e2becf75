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
import javafx.scene.layout.HBox;

import org.gloss.api.store.CodedSegments;
import org.gloss.api.store.CodingFilter;
import org.gloss.model.Code;
import org.gloss.model.CodedSegment;
import org.gloss.model.Coder;
import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.osgi.service.component.annotations.Component;

/** Coded-segment retrieval: codings filtered by code, coder and document; clicking one jumps to it. */
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
        ComboBox<String> code = filter("segments-code");
        ComboBox<String> coder = filter("segments-coder");
        ComboBox<String> document = filter("segments-document");
        Label count = new Label();
        TableView<CodedSegment> table = new TableView<>();
        table.setId("segments-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Document", 110, CodedSegment::document));
        table.getColumns().add(column("Code", 130, CodedSegment::code));
        table.getColumns().add(column("Coder", 70, CodedSegment::coder));
        table.getColumns().add(column("Span", 90, s -> s.start() + "–" + s.end()));
        table.getColumns().add(column("Text", 500, s -> s.text().replace('\n', ' ')));
        Runnable reload = () -> {
            Workspace workspace = context.workspace();
            if (workspace == null) {
                table.getItems().clear();
                return;
            }
            CodingFilter filter = new CodingFilter(
                    idOf(document.getValue(), workspace.documents(), Document::name, Document::id),
                    idOf(code.getValue(), workspace.codes(), Code::name, Code::id),
                    idOf(coder.getValue(), workspace.coders(), Coder::name, Coder::id));
            List<CodedSegment> segments = CodedSegments.list(workspace.session(), filter);
            table.getItems().setAll(segments);
            count.setText(segments.size() + " segments");
        };
        WorkspaceBinding.bind(context, c -> c.kind() != Change.Kind.MEMOS && c.kind() != Change.Kind.CURRENT_CODER, workspace -> {
            if (workspace != null) {
                choices(code, workspace.codes().stream().map(Code::name).toList());
                choices(coder, workspace.coders().stream().map(Coder::name).toList());
                choices(document, workspace.documents().stream().map(Document::name).toList());
            }
            reload.run();
        });
        for (ComboBox<String> box : List.of(code, coder, document)) {
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
        HBox filters = new HBox(6, new Label("Code"), code, new Label("Coder"), coder, new Label("Document"), document, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(4));
        BorderPane pane = new BorderPane(table);
        pane.setTop(filters);
        return pane;
    }

    private static ComboBox<String> filter(String id) {
        ComboBox<String> box = new ComboBox<>();
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
