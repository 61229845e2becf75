package org.gloss.cli.internal.commands;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.gloss.api.cli.CommandContext;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gloss completion bash|zsh}: a completion script generated from the command model of
 * every installed command (plugins' included), so it never lags behind the commands. For bash:
 * {@code source <(gloss completion bash)}, or the .deb installs it; for zsh the same script runs
 * through zsh's bash compatibility.
 */
@Command(name = "completion", description = {
        "Print a shell completion script for every installed command.",
        "bash: source <(gloss completion bash)   zsh: source <(gloss completion zsh)"})
public class CompletionCommand implements Callable<Integer> {
    private final CommandContext context;
    private final Supplier<CommandLine> everyCommand;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    /** The shells with a script. */
    public enum Shell { bash, zsh }

    public CompletionCommand(CommandContext context, Supplier<CommandLine> everyCommand) {
        this.context = context;
        this.everyCommand = everyCommand;
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("gloss", everyCommand.get());
        if (shell == Shell.zsh) {
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        context.out().print(script);
        context.out().flush();
        return 0;
    }
}
