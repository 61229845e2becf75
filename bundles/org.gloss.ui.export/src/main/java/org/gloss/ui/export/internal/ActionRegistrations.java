package org.gloss.ui.export.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gloss.ui.workbench.api.ActionContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * One menu item per service of a kind: registers an {@link ActionContribution} for every service
 * bound (once the component is active) and withdraws it when the service goes. The owning DS
 * component calls it from its bind/unbind methods and its activate/deactivate.
 */
final class ActionRegistrations<S> {
    private final Function<S, ActionContribution> itemFor;
    private final List<S> services = new ArrayList<>();
    private final Map<S, ServiceRegistration<ActionContribution>> items = new IdentityHashMap<>();
    private BundleContext bundle;

    ActionRegistrations(Function<S, ActionContribution> itemFor) {
        this.itemFor = itemFor;
    }

    synchronized void activate(BundleContext context) {
        bundle = context;
        services.forEach(this::register);
    }

    synchronized void deactivate() {
        items.values().forEach(ActionRegistrations::unregisterQuietly);
        items.clear();
        bundle = null;
    }

    synchronized void add(S service) {
        services.add(service);
        if (bundle != null) {
            register(service);
        }
    }

    synchronized void remove(S service) {
        services.remove(service);
        ServiceRegistration<ActionContribution> item = items.remove(service);
        if (item != null) {
            unregisterQuietly(item);
        }
    }

    private void register(S service) {
        items.put(service, bundle.registerService(ActionContribution.class, itemFor.apply(service), null));
    }

    private static void unregisterQuietly(ServiceRegistration<ActionContribution> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping and the framework already withdrew it
        }
    }
}
