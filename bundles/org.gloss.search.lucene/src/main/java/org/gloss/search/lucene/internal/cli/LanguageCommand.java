package org.gloss.search.lucene.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.search.DocumentLanguage;
import org.gloss.api.search.SearchService;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.Document;
import org.gloss.core.cli.ProjectCommand;
import org.gloss.search.lucene.internal.errors.SearchErrors;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gloss language P [DOC...] [--set CODE|auto]}: shows the language each document is
 * searched in (detected or set), and sets it through the document's "language" attribute.
 */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=language")
@Command(name = "language", description = {
        "Show the language each document is searched in (detected at import, or set),",
        "or set it with --set (en, ru, kk; 'auto' detects it again). It selects stemming for search."})
public class LanguageCommand extends ProjectCommand {
    @Parameters(index = "1..*", paramLabel = "DOC", description = "documents (default: all)")
    List<String> documents = new ArrayList<>();
    @Option(names = "--set", paramLabel = "CODE|auto", description = "set the language of the documents given (of all when none is given)")
    String set;

    private SearchService service;

    @Override
    protected void checkArguments() {
        service = Services.search(context());
    }

    @Override
    protected void run(ProjectSession session) {
        List<Document> chosen = new ArrayList<>();
        for (String name : documents) {
            chosen.add(session.documents().get(name));
        }
        if (set != null) {
            String code = set.strip().toLowerCase(java.util.Locale.ROOT);
            if (!code.equals("auto") && !service.supportedLanguages().contains(code)) {
                throw SearchErrors.unsupportedLanguage(set, service.supportedLanguages());
            }
            List<Document> targets = chosen.isEmpty() ? session.documents().list() : chosen;
            session.inTransaction(() -> {
                for (Document d : targets) {
                    if (code.equals("auto")) {
                        session.documents().removeAttribute(d.id(), SearchService.LANGUAGE_ATTRIBUTE);
                    } else {
                        session.documents().setAttribute(d.id(), SearchService.LANGUAGE_ATTRIBUTE, AttributeValue.text(code));
                    }
                }
            });
        }
        Map<String, DocumentLanguage> languages = service.languages(session);
        for (Map.Entry<String, DocumentLanguage> e : languages.entrySet()) {
            if (chosen.isEmpty() || chosen.stream().anyMatch(d -> d.name().equals(e.getKey()))) {
                context().out().printf("%-30s %s (%s)%n", e.getKey(), e.getValue().code(),
                        e.getValue().detected() ? "detected" : "set");
            }
        }
    }
}
