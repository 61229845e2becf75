package org.gloss.ui.workbench.model;

import java.util.HashMap;
import java.util.Map;

/** Stable handles for entities whose store ids change when undo adds them again. */
final class Handles {
    private final Map<Long, Long> currentByHandle = new HashMap<>();
    private final Map<Long, Long> handleByCurrent = new HashMap<>();
    private long next = 1;

    long handle(long currentId) {
        Long handle = handleByCurrent.get(currentId);
        return handle != null ? handle : fresh(currentId);
    }

    long fresh(long currentId) {
        long handle = next++;
        nowAt(handle, currentId);
        return handle;
    }

    long current(long handle) {
        Long current = currentByHandle.get(handle);
        if (current == null) {
            throw new IllegalStateException("unknown handle " + handle);
        }
        return current;
    }

    void nowAt(long handle, long currentId) {
        Long previous = currentByHandle.put(handle, currentId);
        if (previous != null) {
            handleByCurrent.remove(previous, handle);
        }
        handleByCurrent.put(currentId, handle);
    }

    void gone(long handle) {
        Long previous = currentByHandle.get(handle);
        if (previous != null) {
            handleByCurrent.remove(previous, handle);
        }
    }
}
