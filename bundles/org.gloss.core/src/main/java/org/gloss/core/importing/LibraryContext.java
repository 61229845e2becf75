package org.gloss.core.importing;

import java.util.function.Supplier;

/**
 * Runs library code with the class loader of the bundle that holds the library (give a class of
 * the library, or of the calling bundle when it embeds the library itself) as the thread's
 * context class loader. Libraries embedded in a bundle (POI's Log4j API, PDFBox's commons-logging)
 * find their configuration and implementation classes through the context class loader, which in
 * the OSGi framework is otherwise the launcher's and cannot see inside the bundle.
 */
public final class LibraryContext {
    private LibraryContext() {
    }

    public static <T> T call(Class<?> owner, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(owner.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
