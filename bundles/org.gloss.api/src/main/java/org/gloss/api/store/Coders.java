package org.gloss.api.store;

import java.util.List;
import java.util.Optional;

import org.gloss.api.error.Errors;
import org.gloss.model.Coder;

/** The people who code in this project. */
public interface Coders {
    List<Coder> list();

    Optional<Coder> find(String name);

    default Coder get(String name) {
        return find(name).orElseThrow(() -> Errors.unknownCoder(name));
    }

    /** The coder with this name, created if new. */
    Coder getOrCreate(String name);
}
