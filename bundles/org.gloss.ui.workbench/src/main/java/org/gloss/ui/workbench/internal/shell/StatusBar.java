package org.gloss.ui.workbench.internal.shell;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.gloss.api.error.GlossException;
import org.gloss.ui.workbench.api.BackgroundWork;
import org.gloss.ui.workbench.api.ProgressMonitor;

/**
 * The status line: a message, and for long work a progress bar with a Cancel button. Work runs on
 * one background thread, one task at a time, so that tasks on the same project never interleave.
 */
final class StatusBar {
    private final HBox node = new HBox(8);
    private final Label message = new Label("Ready");
    private final Label taskTitle = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gloss-background-work");
        thread.setDaemon(true);
        return thread;
    });

    StatusBar() {
        node.getStyleClass().add("status-bar");
        node.setPadding(new Insets(3, 8, 3, 8));
        node.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setPrefWidth(180);
        cancel.setId("cancel-task");
        setTaskVisible(false);
        message.setId("status-message");
        node.getChildren().addAll(message, spacer, taskTitle, progress, cancel);
    }

    HBox node() {
        return node;
    }

    void show(String text) {
        message.setText(text);
    }

    String message() {
        return message.getText();
    }

    /** Runs work in the background; a user error goes to {@code onError}, a bug to {@code onFailure}. */
    <T> void run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<String> onError,
            Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                ProgressMonitor monitor = new ProgressMonitor() {
                    @Override
                    public void progress(double fraction, String text) {
                        updateProgress(fraction < 0 ? -1 : fraction, 1);
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                };
                return work.run(monitor);
            }
        };
        taskTitle.setText(title);
        progress.progressProperty().bind(task.progressProperty());
        task.messageProperty().addListener((o, was, now) -> message.setText(now));
        cancel.setOnAction(e -> task.cancel(false));
        setTaskVisible(true);
        task.setOnSucceeded(e -> {
            finished();
            message.setText(title + ": done");
            onSuccess.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            finished();
            message.setText(title + ": cancelled");
        });
        task.setOnFailed(e -> {
            finished();
            Throwable failure = task.getException();
            message.setText(title + ": failed");
            if (failure instanceof GlossException) {
                onError.accept(failure.getMessage());
            } else {
                onFailure.accept(failure);
            }
        });
        executor.execute(task);
    }

    private void finished() {
        progress.progressProperty().unbind();
        setTaskVisible(false);
    }

    private void setTaskVisible(boolean visible) {
        for (var n : new javafx.scene.Node[] {taskTitle, progress, cancel}) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
