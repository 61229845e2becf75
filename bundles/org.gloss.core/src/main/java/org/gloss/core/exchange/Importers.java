package org.gloss.core.exchange;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.gloss.core.importing.DocumentImports;

/** Chooses an importer for a file by its extension among the ones registered now. */
public final class Importers {
    private Importers() {
    }

    public static <I> I forFile(Collection<I> importers, Function<I, List<String>> extensions, Path file) {
        String ext = DocumentImports.extension(file);
        return importers.stream().filter(i -> extensions.apply(i).contains(ext)).findFirst()
                .orElseThrow(() -> ExchangeErrors.noImporterFor(file));
    }
}
