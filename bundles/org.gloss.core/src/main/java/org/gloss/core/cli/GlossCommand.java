package org.gloss.core.cli;

import java.util.concurrent.Callable;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;

import picocli.CommandLine;

/**
 * A picocli command that is its own contribution. Register the subclass as a Declarative Services
 * component providing {@link CommandContribution}, naming its command in
 * {@link CommandContribution#COMMAND_PROPERTY}:
 *
 * <pre>
 * &#64;Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=agree")
 * &#64;Command(name = "agree", description = "...")
 * public class AgreeCommand extends GlossCommand { ... }
 * </pre>
 *
 * The component instance only makes commands: for each run, {@link #createCommand} makes a new
 * instance of the class (its no-argument constructor) and of the sub-commands its {@code @Command}
 * lists, each given the run's {@link CommandContext}.
 */
public abstract class GlossCommand implements CommandContribution, Callable<Integer> {
    private CommandContext context;

    @Override
    public final Object createCommand(CommandContext context) {
        CommandLine line = create(getClass(), context);
        configure(line);
        return line;
    }

    /**
     * Adjusts the parser made for a run, for what {@code @Command} cannot say (for example
     * {@code setUnmatchedOptionsArePositionalParams(true)} for a query that may start with '-');
     * by default nothing.
     */
    protected void configure(CommandLine line) {
    }

    /**
     * The command line of a command class and the sub-commands it declares, made for one run:
     * every {@code GlossCommand} among them gets {@code context}.
     */
    public static CommandLine create(Class<?> command, CommandContext context) {
        return new CommandLine(command, new WithContext(context));
    }

    /** What the command may use while it runs: projects, services, output. */
    protected final CommandContext context() {
        if (context == null) {
            throw new IllegalStateException(getClass().getName() + " runs only as made by createCommand");
        }
        return context;
    }

    /** picocli's factory, giving each command it makes the run's context. */
    private record WithContext(CommandContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            K made = CommandLine.defaultFactory().create(type);
            if (made instanceof GlossCommand command) {
                command.context = context;
            }
            return made;
        }
    }
}
