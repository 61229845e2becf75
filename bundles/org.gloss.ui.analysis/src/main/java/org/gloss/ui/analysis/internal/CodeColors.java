package org.gloss.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.paint.Color;

import org.gloss.model.Code;
import org.gloss.ui.workbench.model.Workspace;

/** The codebook's colours for rows named by code. */
final class CodeColors {
    private CodeColors() {
    }

    static List<Color> of(Workspace workspace, List<String> codes) {
        List<Color> colours = new ArrayList<>();
        for (String name : codes) {
            Color colour = null;
            if (workspace != null) {
                String web = workspace.code(name).map(Code::color).orElse(null);
                try {
                    colour = web == null ? null : Color.web(web);
                } catch (IllegalArgumentException notAColour) {
                    colour = null;
                }
            }
            colours.add(colour);
        }
        return colours;
    }
}
