package org.gloss.ui.cases.internal;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.gloss.api.error.GlossException;
import org.gloss.core.cases.SetCondition;
import org.gloss.core.cases.SetMembership;
import org.gloss.model.Document;

/**
 * A smart set's condition, checked as it is typed with the core condition language (the one
 * {@code gloss set add --where} reads): a bad condition or an attribute no document has is said
 * under the field, a good one says how many documents it matches now.
 */
final class ConditionField extends VBox {
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final Supplier<List<Document>> documents;

    ConditionField(String id, Supplier<List<Document>> documents) {
        super(2);
        this.documents = documents;
        field.setId(id);
        field.setPromptText("e.g. country=Kyrgyzstan AND year>=2020");
        field.setAccessibleText("Smart set condition");
        field.setAccessibleHelp("Attribute comparisons (KEY=VALUE, KEY>=V, KEY<=V, KEY=MIN..MAX) joined by AND, OR, NOT");
        message.setId(id + "-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        field.textProperty().addListener((o, was, now) -> check());
        getChildren().addAll(field, message);
        check();
    }

    TextField field() {
        return field;
    }

    String text() {
        return field.getText() == null ? "" : field.getText().strip();
    }

    void setText(String text) {
        field.setText(text);
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Reads the condition again (e.g. after an attribute changed). */
    void check() {
        String written = text();
        message.getStyleClass().removeAll("condition-error");
        if (written.isEmpty()) {
            message.setText("Type a condition on document attributes.");
            valid.set(false);
            return;
        }
        try {
            SetCondition condition = SetMembership.checkedCondition(written, documents.get());
            long matched = documents.get().stream().filter(d -> condition.matches(d.attributes())).count();
            message.setText("Matches " + matched + (matched == 1 ? " document" : " documents") + " now.");
            valid.set(true);
        } catch (GlossException e) {
            message.setText("gloss: error: " + e.getMessage());
            message.getStyleClass().add("condition-error");
            message.setStyle("-fx-text-fill: #B00020;");
            valid.set(false);
            return;
        }
        message.setStyle("");
    }
}
