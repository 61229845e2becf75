package org.gloss.cli.internal.commands;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import picocli.CommandLine.Command;

/**
 * Lists the bundles, their state and the services they provide, and reports broken plugins: jars
 * that cannot be installed, bundles that do not resolve, and components that failed to activate.
 */
@Command(name = "plugins", description = "List bundles (state), the services they provide, and problems.")
public class PluginsCommand implements Callable<Integer> {
    private final BundleContext context;
    private final java.io.PrintWriter out;

    public PluginsCommand(BundleContext context, java.io.PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0) {
                continue;
            }
            out.printf("%-4d %-10s %s %s%n", bundle.getBundleId(), state(bundle), bundle.getSymbolicName(), bundle.getVersion());
            ServiceReference<?>[] services = bundle.getRegisteredServices();
            if (services != null) {
                for (ServiceReference<?> ref : services) {
                    out.println("       provides " + String.join(", ", (String[]) ref.getProperty(Constants.OBJECTCLASS)));
                }
            }
            if (bundle.getState() == Bundle.INSTALLED && bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                String problem = resolutionProblem(bundle);
                if (problem != null) {
                    problems.add(bundle.getSymbolicName() + ": " + problem);
                }
            }
        }
        problems.addAll(componentFailures());
        problems.addAll(CommandConflicts.problems());
        problems.addAll(uninstallablePlugins());
        if (!problems.isEmpty()) {
            out.println();
            out.println("Problems:");
            problems.forEach(p -> out.println("  " + p));
        }
        return 0;
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    /**
     * Null when the bundle resolves (it is merely not started); otherwise the framework's reason,
     * which it gives when asked to start a bundle it cannot resolve.
     */
    private String resolutionProblem(Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (wiring.resolveBundles(List.of(bundle))) {
            return null;
        }
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return null;
        } catch (BundleException | RuntimeException e) {
            return "not resolved: " + e.getMessage().replace('\n', ' ');
        }
    }

    private List<String> componentFailures() {
        List<String> failures = new ArrayList<>();
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        if (ref == null) {
            return failures;
        }
        ServiceComponentRuntime scr = context.getService(ref);
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO config : scr.getComponentConfigurationDTOs(description)) {
                if (config.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    String why = config.failure == null ? "" : config.failure.lines().findFirst().orElse("");
                    failures.add(description.bundle.symbolicName + ": component " + description.name
                            + " failed to activate: " + why);
                }
            }
        }
        return failures;
    }

    /** Jars in plugins/ that the framework refused to install (bad manifest, not a bundle). */
    private List<String> uninstallablePlugins() {
        List<String> problems = new ArrayList<>();
        String dir = System.getProperty("gloss.plugins");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            return problems;
        }
        Set<String> installed = new HashSet<>();
        for (Bundle bundle : context.getBundles()) {
            installed.add(normalize(bundle.getLocation()));
        }
        try (Stream<Path> jars = Files.list(Path.of(dir))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String location = jar.toFile().toURI().normalize().toString();
                if (installed.contains(normalize(location))) {
                    continue;
                }
                try {
                    Bundle probe = context.installBundle(location);
                    problems.add(jar.getFileName() + ": installed late as " + probe.getSymbolicName());
                    probe.uninstall();
                } catch (BundleException | RuntimeException e) {
                    problems.add(jar.getFileName() + ": not a valid bundle: " + e.getMessage().replace('\n', ' '));
                }
            }
        } catch (IOException e) {
            problems.add("cannot list " + dir + ": " + e.getMessage());
        }
        return problems;
    }

    private static String normalize(String location) {
        try {
            return URI.create(location).normalize().toString().replace("file:///", "file:/");
        } catch (IllegalArgumentException e) {
            return location;
        }
    }
}
