package org.gloss.ui.suggest.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gloss.api.suggest.CodeSuggester;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The suggesters installed now ("local" first), for the actions of this bundle. */
@Component(service = Suggesters.class)
public class Suggesters {
    private final List<CodeSuggester> installed = new CopyOnWriteArrayList<>();

    public Suggesters() {
    }

    /** With these suggesters (tests, which run without a framework). */
    public Suggesters(List<CodeSuggester> suggesters) {
        installed.addAll(suggesters);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void add(CodeSuggester suggester) {
        installed.add(suggester);
    }

    void remove(CodeSuggester suggester) {
        installed.remove(suggester);
    }

    List<CodeSuggester> now() {
        return installed.stream().sorted(Comparator.comparing((CodeSuggester s) -> !s.id().equals("local"))
                .thenComparing(CodeSuggester::id)).toList();
    }

    CodeSuggester byId(String id) {
        return installed.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                org.gloss.core.suggest.SuggestErrors.unknownSuggester(id, installed.stream().map(CodeSuggester::id).sorted().toList()));
    }
}
