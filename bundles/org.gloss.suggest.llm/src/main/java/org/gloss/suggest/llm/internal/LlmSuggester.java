package org.gloss.suggest.llm.internal;

import java.util.function.Function;

import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionModel;
import org.gloss.api.suggest.TrainingSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Suggests codings by asking a language model the user runs, through the OpenAI-compatible
 * chat-completions protocol (Ollama, llama.cpp, vLLM...). Off unless the user gives an endpoint:
 * without {@code --endpoint} nothing is sent anywhere. The instruction is the codebook with
 * examples from the teachers' codings; the answer's spans are checked against the text
 * (docs/suggestions.md, docs/decisions/0091).
 */
@Component(service = CodeSuggester.class)
public class LlmSuggester implements CodeSuggester {
    public static final String ID = "llm";

    private final Function<String, String> environment;

    @Activate
    public LlmSuggester() {
        this(System::getenv);
    }

    /** With another environment (tests). */
    LlmSuggester(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "A language model you run, given the codebook (OpenAI-compatible endpoint; off unless configured)";
    }

    /** {@code suggest:llm:<model>}, so that two models' suggestions are two coders. */
    @Override
    public String machineCoder(SuggestSettings settings) {
        String model = settings.options().get("model");
        return model == null || model.isBlank() ? "suggest:" + ID : "suggest:" + ID + ":" + model.strip();
    }

    /** Reads the codebook and the examples; nothing is sent until the model suggests. */
    @Override
    public SuggestionModel train(TrainingSet training, SuggestSettings settings) {
        LlmSettings llm = LlmSettings.of(settings.options(), environment);
        Codebook codebook = Codebook.of(training, llm.examples(), settings.seed());
        return new LlmModel(codebook, llm, settings, new ChatClient(llm, settings.seed()));
    }
}
