package org.gloss.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.ProjectStoreProvider;
import org.gloss.core.project.ProjectStores;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The command context inside the framework: services are looked up when a command asks. */
final class ServiceContext implements CommandContext {
    private final BundleContext bundleContext;
    private final PrintWriter out;
    private final PrintWriter err;

    ServiceContext(BundleContext bundleContext, PrintWriter out, PrintWriter err) {
        this.bundleContext = bundleContext;
        this.out = out;
        this.err = err;
    }

    @Override
    public ProjectSession openProject(String location) {
        return ProjectStores.providerFor(services(ProjectStoreProvider.class), location).open(location);
    }

    @Override
    public ProjectSession createProject(String location) {
        return ProjectStores.providerFor(services(ProjectStoreProvider.class), location).create(location);
    }

    @Override
    public <S> List<S> services(Class<S> type) {
        return services(type, null);
    }

    /** The services of this type matching the LDAP filter (null: all), highest ranking first. */
    <S> List<S> services(Class<S> type, String filter) {
        try {
            Collection<ServiceReference<S>> refs = bundleContext.getServiceReferences(type, filter);
            List<ServiceReference<S>> sorted = new ArrayList<>(refs);
            sorted.sort(java.util.Collections.reverseOrder()); // highest ranking first
            List<S> services = new ArrayList<>();
            for (ServiceReference<S> ref : sorted) {
                S service = bundleContext.getService(ref);
                if (service != null) {
                    services.add(service);
                }
            }
            return services;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("bad service filter " + filter, e);
        }
    }

    BundleContext bundleContext() {
        return bundleContext;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }
}
