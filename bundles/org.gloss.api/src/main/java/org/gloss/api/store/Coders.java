package org.gloss.api.store;

import java.util.List;
import java.util.Optional;

import org.gloss.model.Coder;
import org.osgi.annotation.versioning.ProviderType;

/** The people who code in this project. */
@ProviderType
public interface Coders {
    List<Coder> list();

    Optional<Coder> find(String name);

    /** The coder with this name; an unknown name is a {@link org.gloss.api.error.GlossException}. */
    Coder get(String name);

    /** The coder with this name, created if new. */
    Coder getOrCreate(String name);
}
