package org.gloss.ui.workbench.model;

import java.util.HashSet;
import java.util.Set;

import org.gloss.model.Coding;

/** Which codings views show: codes and coders the user has hidden are left out. */
public final class CodingFilters {
    private final Set<Long> hiddenCodes = new HashSet<>();
    private final Set<Long> hiddenCoders = new HashSet<>();

    public boolean shows(Coding coding) {
        return !hiddenCodes.contains(coding.codeId()) && !hiddenCoders.contains(coding.coderId());
    }

    public boolean showsCode(long codeId) {
        return !hiddenCodes.contains(codeId);
    }

    public boolean showsCoder(long coderId) {
        return !hiddenCoders.contains(coderId);
    }

    void setCodeShown(long codeId, boolean shown) {
        if (shown) {
            hiddenCodes.remove(codeId);
        } else {
            hiddenCodes.add(codeId);
        }
    }

    void setCoderShown(long coderId, boolean shown) {
        if (shown) {
            hiddenCoders.remove(coderId);
        } else {
            hiddenCoders.add(coderId);
        }
    }
}
