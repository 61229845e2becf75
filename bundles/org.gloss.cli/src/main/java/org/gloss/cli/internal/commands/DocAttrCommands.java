package org.gloss.cli.internal.commands;

import java.nio.file.Path;
import java.util.Locale;

import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.core.importing.ImportErrors;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Document;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss doc attr ...}: typed document attributes (cases: interviewee age, region, ...). */
public final class DocAttrCommands {
    private DocAttrCommands() {
    }

    /** The value types as users type them on the command line. */
    public enum TypeName {
        text, number, date;

        AttributeType type() {
            return AttributeType.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    @Command(name = "attr", description = "Set document attributes, one by one or from a CSV file.",
            subcommands = {Set.class, Import.class})
    public static class Attr extends ParentCommand {
    }

    @Command(name = "set", description = "Set one attribute of a document; the type is inferred unless --type is given.")
    public static class Set extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "DOC") String document;
        @Parameters(index = "2", paramLabel = "KEY") String key;
        @Parameters(index = "3", paramLabel = "VALUE") String value;
        @Option(names = "--type", paramLabel = "text|number|date",
                description = "the value's type (default: a date if yyyy-MM-dd, a number if numeric, else text)")
        TypeName type;

        @Override
        protected void run(ProjectSession session) {
            Document doc = session.documents().get(document);
            AttributeValue typed = typed(document, key, value, type == null ? null : type.type());
            session.documents().setAttribute(doc.id(), key, typed);
            context().out().printf("%s: %s = %s (%s)%n", Terminal.visible(doc.name()), Terminal.visible(key), Terminal.visible(typed.value()),
                    typed.type().name().toLowerCase(Locale.ROOT));
        }
    }

    @Command(name = "import", description = "Set attributes from CSV: first column the document, one column per "
            + "attribute (header 'age:number' declares a type; otherwise a column's type is inferred from all its "
            + "cells). Empty cells are skipped. All or nothing.")
    public static class Import extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE.csv") Path file;

        @Override
        protected void run(ProjectSession session) {
            AttributeCsvImport.Result result = new AttributeCsvImport(session, file).run();
            context().out().printf("set %d attribute value(s) on %d document(s)%n", result.values(), result.described());
        }
    }

    /** A value of the declared type, or of the inferred one when none is declared. */
    static AttributeValue typed(String document, String key, String raw, AttributeType declared) {
        if (declared == null) {
            return AttributeValue.infer(raw);
        }
        try {
            return AttributeValue.parse(declared, raw);
        } catch (IllegalArgumentException e) {
            throw ImportErrors.badAttributeValue(document, key, e.getMessage(), declared);
        }
    }
}
