package org.gloss.ui.workbench.api;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a user set in Edit > Preferences, kept between runs: the document text's font and size
 * (Ctrl+plus, Ctrl+minus and Ctrl+0 zoom), the dark theme, whether mouse selections snap to whole
 * words, how coding stripes are drawn and the coder a new project starts with. Views bind to the
 * properties, so a change shows at once in every open view. Used on the FX thread.
 */
@ProviderType
public interface WorkbenchPreferences {
    /** The document text's size when nothing is set, in pixels. */
    double DEFAULT_TEXT_SIZE = 14;
    double MIN_TEXT_SIZE = 8;
    double MAX_TEXT_SIZE = 48;
    /** The document text's font family when nothing is set. */
    String DEFAULT_TEXT_FONT = "DejaVu Serif";

    /** How the margin beside the text draws codings. */
    enum Stripes {
        /** One stripe per code, whoever coded (the default). */
        PER_CODE,
        /** One stripe per code and coder, labelled with the coder's initials. */
        PER_CODER
    }

    StringProperty textFont();

    DoubleProperty textSize();

    BooleanProperty darkTheme();

    /** Mouse selections grow to whole words (Alt while dragging keeps exact characters); keyboard selections never snap. */
    BooleanProperty snapToWords();

    ObjectProperty<Stripes> stripes();

    /** The coder offered first when a project is opened; empty for the login name. */
    StringProperty defaultCoder();

    /** One step larger (Ctrl+plus), up to {@link #MAX_TEXT_SIZE}. */
    default void zoomIn() {
        textSize().set(Math.min(MAX_TEXT_SIZE, Math.round(textSize().get() * 1.1)));
    }

    /** One step smaller (Ctrl+minus), down to {@link #MIN_TEXT_SIZE}. */
    default void zoomOut() {
        textSize().set(Math.max(MIN_TEXT_SIZE, Math.round(textSize().get() / 1.1)));
    }

    /** Back to the default size (Ctrl+0). */
    default void resetZoom() {
        textSize().set(DEFAULT_TEXT_SIZE);
    }

    /** Preferences that live as long as the object and are stored nowhere (tests, a view outside a workbench). */
    static WorkbenchPreferences inMemory() {
        return new WorkbenchPreferences() {
            private final StringProperty font = new SimpleStringProperty(DEFAULT_TEXT_FONT);
            private final DoubleProperty size = new SimpleDoubleProperty(DEFAULT_TEXT_SIZE);
            private final BooleanProperty dark = new SimpleBooleanProperty(false);
            private final BooleanProperty snap = new SimpleBooleanProperty(true);
            private final ObjectProperty<Stripes> stripes = new SimpleObjectProperty<>(Stripes.PER_CODE);
            private final StringProperty coder = new SimpleStringProperty("");

            @Override
            public StringProperty textFont() {
                return font;
            }

            @Override
            public DoubleProperty textSize() {
                return size;
            }

            @Override
            public BooleanProperty darkTheme() {
                return dark;
            }

            @Override
            public BooleanProperty snapToWords() {
                return snap;
            }

            @Override
            public ObjectProperty<Stripes> stripes() {
                return stripes;
            }

            @Override
            public StringProperty defaultCoder() {
                return coder;
            }
        };
    }
}
