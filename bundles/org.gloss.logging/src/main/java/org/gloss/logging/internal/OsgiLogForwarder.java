package org.gloss.logging.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Felix SCR, FileInstall and any bundle using the OSGi Log Service log there; this forwards each
 * entry to {@link System.Logger} (logger {@code osgi.<bundle>}), which the launcher sends to
 * Gloss's log file, so a component that fails to activate is in the log with its cause. A bundle
 * activator rather than a component: it must listen before Felix SCR starts the components.
 */
public final class OsgiLogForwarder implements BundleActivator, LogListener {
    private ServiceTracker<LogReaderService, LogReaderService> readers;

    @Override
    public void start(BundleContext context) {
        readers = new ServiceTracker<>(context, LogReaderService.class, null) {
            @Override
            public LogReaderService addingService(ServiceReference<LogReaderService> reference) {
                LogReaderService reader = super.addingService(reference);
                if (reader != null) {
                    reader.addLogListener(OsgiLogForwarder.this);
                }
                return reader;
            }

            @Override
            public void removedService(ServiceReference<LogReaderService> reference, LogReaderService reader) {
                reader.removeLogListener(OsgiLogForwarder.this);
                super.removedService(reference, reader);
            }
        };
        readers.open();
    }

    @Override
    public void stop(BundleContext context) {
        readers.close();
    }

    @Override
    public void logged(LogEntry entry) {
        String bundle = entry.getBundle() == null ? "framework" : entry.getBundle().getSymbolicName();
        System.Logger logger = System.getLogger("osgi." + bundle);
        System.Logger.Level level = level(entry.getLogLevel());
        if (logger.isLoggable(level)) {
            logger.log(level, entry.getMessage(), entry.getException());
        }
    }

    static System.Logger.Level level(LogLevel level) {
        return switch (level) {
            case AUDIT, ERROR -> System.Logger.Level.ERROR;
            case WARN -> System.Logger.Level.WARNING;
            case INFO -> System.Logger.Level.INFO;
            case DEBUG -> System.Logger.Level.DEBUG;
            case TRACE -> System.Logger.Level.TRACE;
        };
    }
}
