package org.gloss.core.project;

import java.util.Collection;

import org.gloss.api.store.ProjectStoreProvider;

/** Chooses the store provider for a location among the registered ones. */
public final class ProjectStores {
    private ProjectStores() {
    }

    /** The first provider, in the given (ranking) order, that handles the location. */
    public static ProjectStoreProvider providerFor(Collection<ProjectStoreProvider> providers, String location) {
        return providers.stream()
                .filter(p -> p.handles(location))
                .findFirst()
                .orElseThrow(() -> ProjectErrors.noStoreFor(location));
    }
}
