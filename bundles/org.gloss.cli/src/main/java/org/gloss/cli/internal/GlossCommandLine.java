package org.gloss.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.error.GlossException;
import org.gloss.cli.internal.commands.CaseCommands;
import org.gloss.cli.internal.commands.CheckCommands;
import org.gloss.cli.internal.commands.CodeCommands;
import org.gloss.cli.internal.commands.CodingCommands;
import org.gloss.cli.internal.commands.CommandConflicts;
import org.gloss.cli.internal.commands.CompletionCommand;
import org.gloss.cli.internal.commands.DocCommands;
import org.gloss.cli.internal.commands.MemoCommands;
import org.gloss.cli.internal.commands.SetCommands;
import org.gloss.cli.internal.commands.NewCommand;
import org.gloss.cli.internal.commands.PluginsCommand;
import org.gloss.cli.internal.commands.Terminal;
import org.gloss.cli.internal.demo.DemoCommand;
import org.gloss.core.cli.GlossCommand;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gloss} command line. The launcher finds it as a {@code Function<String[], Integer>}
 * service with {@code gloss.entry=cli} (plain Java types, so the launcher shares no package with
 * bundles), runs it with the arguments and exits with the status it returns:
 * 0 success, 1 user error (one line {@code gloss: error: ...}), 2 bad usage.
 */
@Component(service = Function.class, property = "gloss.entry=cli")
public class GlossCommandLine implements Function<String[], Integer> {
    private static final System.Logger LOG = System.getLogger(GlossCommandLine.class.getName());
    private BundleContext bundleContext;

    @Command(name = "gloss", mixinStandardHelpOptions = true, versionProvider = GlossVersion.class,
            description = "Qualitative research workbench: code documents, measure agreement, exchange projects.")
    static class Root extends org.gloss.cli.internal.commands.ParentCommand {
        // bin/gloss acts on it before the framework starts; declared here for the usage text
        @picocli.CommandLine.Option(names = "--debug", description = "Also log debug messages (the log: $XDG_STATE_HOME/gloss/gloss.log).")
        boolean debug;
    }

    /**
     * The built-in commands by name, made only when asked for: a command line builds the
     * command it runs, not all of them (each costs picocli's reflection over its options).
     */
    private static final Map<String, Function<ServiceContext, CommandLine>> BUILT_IN = builtIn();

    @Activate
    void activate(BundleContext context) {
        this.bundleContext = context;
    }

    @Override
    public Integer apply(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        ServiceContext context = new ServiceContext(bundleContext, out, err);
        return run(context, args);
    }

    static int run(ServiceContext context, String[] args) {
        CommandLine cli = build(context, args);
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, context, args));
        cli.setParameterExceptionHandler((ex, args2) -> {
            context.err().println("gloss: error: " + Terminal.visible(ex.getMessage()));
            String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ");
            context.err().println("Try '" + command + " --help' for usage.");
            return 2;
        });
        int status = cli.execute(args);
        context.out().flush();
        context.err().flush();
        return status;
    }

    private static int handle(Exception ex, ServiceContext context, String[] args) {
        Throwable cause = ex;
        while (cause != null && !(cause instanceof GlossException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            context.err().println("gloss: error: " + Terminal.visible(cause.getMessage()));
            return 1;
        }
        // a bug: the stack trace goes to the log, the user gets one line saying where it is
        LOG.log(System.Logger.Level.ERROR, "internal error in 'gloss " + String.join(" ", args) + "'", ex);
        String log = System.getProperty("gloss.log.file");
        context.err().println("gloss: error: internal error: " + ex
                + (log == null ? "" : " (the details are in " + log + ")"));
        return 3;
    }

    /**
     * Adds a contributed command. Two bundles may contribute the same command group (say both
     * add sub-commands under "export"): their sub-commands are merged. A clash that cannot be
     * merged keeps the first command and is reported by 'gloss plugins', never a crash.
     */
    private static void addContribution(CommandLine root, CommandContribution contribution, ServiceContext context) {
        try {
            Object command = contribution.createCommand(context);
            CommandLine added = command instanceof CommandLine cl ? cl : new CommandLine(command);
            String name = added.getCommandName();
            CommandLine existing = root.getSubcommands().get(name);
            if (existing == null) {
                root.addSubcommand(name, added);
                return;
            }
            for (var sub : added.getSubcommands().entrySet()) {
                if (!existing.getSubcommands().containsKey(sub.getKey())) {
                    existing.addSubcommand(sub.getKey(), sub.getValue());
                } else {
                    CommandConflicts.record(name + " " + sub.getKey(), contribution);
                }
            }
            if (added.getSubcommands().isEmpty()) {
                CommandConflicts.record(name, contribution);
            }
        } catch (RuntimeException e) {
            CommandConflicts.record("(failed: " + e.getMessage() + ")", contribution);
        }
    }

    /**
     * The command line for these arguments. When the first argument names a command (built in or
     * contributed by a service with the {@code gloss.command} property) only that command and the
     * contributions that do not say their name are made, so {@code gloss coding add} activates no
     * search, export or import bundle. Anything else (help, an unknown or misspelt command) gets
     * every command, for the usage text and suggestions.
     */
    static CommandLine build(ServiceContext context, String[] args) {
        String name = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
        if (name != null) {
            List<CommandContribution> named = context.services(CommandContribution.class,
                    "(" + CommandContribution.COMMAND_PROPERTY + "=" + escape(name) + ")");
            if (BUILT_IN.containsKey(name) || !named.isEmpty()) {
                CommandLine root = new CommandLine(new Root());
                if (BUILT_IN.containsKey(name)) {
                    root.addSubcommand(BUILT_IN.get(name).apply(context));
                }
                List<CommandContribution> contributions = new ArrayList<>(named);
                contributions.addAll(context.services(CommandContribution.class,
                        "(!(" + CommandContribution.COMMAND_PROPERTY + "=*))"));
                return finish(root, contributions, context);
            }
        }
        CommandLine root = new CommandLine(new Root());
        for (Function<ServiceContext, CommandLine> command : BUILT_IN.values()) {
            root.addSubcommand(command.apply(context));
        }
        return finish(root, context.services(CommandContribution.class), context);
    }

    private static CommandLine finish(CommandLine root, List<CommandContribution> contributions, ServiceContext context) {
        for (CommandContribution contribution : contributions) {
            addContribution(root, contribution, context);
        }
        offerHelpEverywhere(root);
        // every int option (offsets, counts), built in or contributed: out of range is said as such
        root.registerConverter(Integer.class, GlossCommandLine::wholeNumber);
        root.registerConverter(Integer.TYPE, GlossCommandLine::wholeNumber);
        return root;
    }

    private static Map<String, Function<ServiceContext, CommandLine>> builtIn() {
        Map<String, Function<ServiceContext, CommandLine>> commands = new LinkedHashMap<>();
        for (Class<?> command : List.of(NewCommand.class, DocCommands.Doc.class, CodeCommands.CodeRoot.class,
                CodingCommands.CodingRoot.class, MemoCommands.MemoRoot.class, CaseCommands.CaseRoot.class,
                SetCommands.SetRoot.class, CheckCommands.Check.class,
                CheckCommands.Recover.class)) {
            commands.put(command.getAnnotation(Command.class).name(), context -> GlossCommand.create(command, context));
        }
        commands.put("plugins", context -> new CommandLine(new PluginsCommand(context.bundleContext(), context.out())));
        commands.put("demo", context -> GlossCommand.create(DemoCommand.class, context));
        commands.put("completion", context -> new CommandLine(
                new CompletionCommand(context, () -> build(context, new String[0]))));
        return java.util.Collections.unmodifiableMap(commands);
    }

    /** An LDAP filter value with its special characters escaped. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }

    private static Integer wholeNumber(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            if (value.strip().matches("[+-]?\\d+")) {
                throw new CommandLine.TypeConversionException("'" + value + "' is out of range (" + Integer.MIN_VALUE
                        + " to " + Integer.MAX_VALUE + ")");
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    /**
     * Gives every command, built in or contributed, a {@code -h/--help} option: users type
     * {@code gloss coding --help} whatever bundle the command came from, and a plugin author
     * should not have to remember {@code mixinStandardHelpOptions}.
     */
    private static void offerHelpEverywhere(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        boolean hasHelp = spec.options().stream().anyMatch(CommandLine.Model.OptionSpec::usageHelp);
        if (!hasHelp && spec.findOption("--help") == null) {
            String[] names = spec.findOption("-h") == null ? new String[] {"-h", "--help"} : new String[] {"--help"};
            spec.addOption(CommandLine.Model.OptionSpec.builder(names)
                    .usageHelp(true)
                    .description("Show this help message and exit.")
                    .build());
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            offerHelpEverywhere(sub);
        }
    }
}
