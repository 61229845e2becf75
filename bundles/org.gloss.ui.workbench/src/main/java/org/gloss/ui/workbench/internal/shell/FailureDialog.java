package org.gloss.ui.workbench.internal.shell;

import java.io.PrintWriter;
import java.io.StringWriter;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * An unexpected failure (a bug, not a user's mistake): logged with its stack trace, and shown as
 * a dialog with a short explanation, where the log is, the details to expand and a
 * "Copy details" button for a bug report. A user error ({@code GlossException}) is not one of
 * these: it is a plain error message.
 */
public final class FailureDialog {
    private static final System.Logger LOG = System.getLogger("org.gloss.ui.workbench");
    static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

    private FailureDialog() {
    }

    /** Logs the failure and shows the dialog (on the FX thread). */
    public static Alert show(Window owner, String during, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "unexpected failure while " + during, failure);
        String details = details(during, failure);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE, COPY);
        alert.setTitle("Gloss: unexpected failure");
        alert.setHeaderText("Something went wrong while " + during + ".");
        String log = System.getProperty("gloss.log.file");
        alert.setContentText("This is a bug in Gloss or one of its plugins, not something you did. Your project is "
                + "safe: every change you saw was saved before it was shown.\n\n"
                + (log == null ? "" : "The details are in the log: " + log + "\n")
                + "Please copy the details into a bug report.\n\n" + failure);
        TextArea trace = new TextArea(details);
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(trace);
        alert.getDialogPane().lookupButton(COPY).addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            event.consume(); // the dialog stays open
        });
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
        return alert;
    }

    static String details(String during, Throwable failure) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(AboutDialog.versionLine());
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        out.println("While " + during + ":");
        failure.printStackTrace(out);
        out.flush();
        return text.toString();
    }
}
