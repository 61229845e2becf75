package org.gloss.launcher;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Felix's own messages (bundles that fail to resolve or start, framework events) into Gloss's log. */
final class FelixLogger extends Logger {
    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String text = bundle == null ? msg : bundle.getSymbolicName() + ": " + msg;
        System.getLogger("org.apache.felix.framework").log(level(level), text, throwable);
    }

    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        System.getLogger("org.apache.felix.framework").log(level(level), msg, throwable);
    }

    private static System.Logger.Level level(int felixLevel) {
        return switch (felixLevel) {
            case LOG_ERROR -> System.Logger.Level.ERROR;
            case LOG_WARNING -> System.Logger.Level.WARNING;
            case LOG_INFO -> System.Logger.Level.INFO;
            default -> System.Logger.Level.DEBUG;
        };
    }
}
