package org.gloss.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.error.GlossException;
import org.gloss.cli.internal.commands.CheckCommands;
import org.gloss.cli.internal.commands.CodeCommands;
import org.gloss.cli.internal.commands.CodingCommands;
import org.gloss.cli.internal.commands.DocAttrCommands;
import org.gloss.cli.internal.commands.DocCommands;
import org.gloss.cli.internal.commands.MemoCommands;
import org.gloss.cli.internal.commands.NewCommand;
import org.gloss.cli.internal.commands.PluginsCommand;
import org.gloss.cli.internal.commands.Terminal;
import org.gloss.cli.internal.demo.DemoCommand;
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
    private BundleContext bundleContext;

    @Command(name = "gloss", mixinStandardHelpOptions = true, version = "Gloss 0.1.0",
            description = "Qualitative research workbench: code documents, measure agreement, exchange projects.")
    static class Root extends org.gloss.cli.internal.commands.ParentCommand {
    }

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
        CommandLine cli = build(context);
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, context));
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

    private static int handle(Exception ex, ServiceContext context) {
        Throwable cause = ex;
        while (cause != null && !(cause instanceof GlossException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            context.err().println("gloss: error: " + Terminal.visible(cause.getMessage()));
            return 1;
        }
        context.err().println("gloss: error: internal error: " + ex);
        ex.printStackTrace(context.err());
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

    static CommandLine build(ServiceContext context) {
        CommandLine root = new CommandLine(new Root());
        root.addSubcommand(new NewCommand(context));
        root.addSubcommand(new CommandLine(new DocCommands.Doc())
                .addSubcommand(new DocCommands.Import(context))
                .addSubcommand(new DocCommands.ListDocs(context))
                .addSubcommand(new DocCommands.Text(context))
                .addSubcommand(new DocCommands.Remove(context))
                .addSubcommand(new DocCommands.Turns(context))
                .addSubcommand(new CommandLine(new DocAttrCommands.Attr())
                        .addSubcommand(new DocAttrCommands.Set(context))
                        .addSubcommand(new DocAttrCommands.Import(context))));
        root.addSubcommand(new CommandLine(new CodeCommands.CodeRoot())
                .addSubcommand(new CodeCommands.Add(context))
                .addSubcommand(new CodeCommands.ListCodes(context))
                .addSubcommand(new CodeCommands.Rename(context))
                .addSubcommand(new CodeCommands.Move(context))
                .addSubcommand(new CodeCommands.Merge(context))
                .addSubcommand(new CodeCommands.Remove(context)));
        root.addSubcommand(new CommandLine(new CodingCommands.CodingRoot())
                .addSubcommand(new CodingCommands.Add(context))
                .addSubcommand(new CodingCommands.Import(context))
                .addSubcommand(new CodingCommands.ListCodings(context)));
        root.addSubcommand(new CommandLine(new MemoCommands.MemoRoot())
                .addSubcommand(new MemoCommands.Set(context))
                .addSubcommand(new MemoCommands.Show(context))
                .addSubcommand(new MemoCommands.ListMemos(context))
                .addSubcommand(new MemoCommands.Remove(context)));
        root.addSubcommand(new CheckCommands.Check(context));
        root.addSubcommand(new CheckCommands.Recover(context));
        root.addSubcommand(new PluginsCommand(context.bundleContext(), context.out()));
        root.addSubcommand(new DemoCommand(context));
        for (CommandContribution contribution : context.services(CommandContribution.class)) {
            addContribution(root, contribution, context);
        }
        offerHelpEverywhere(root);
        // every int option (offsets, counts), built in or contributed: out of range is said as such
        root.registerConverter(Integer.class, GlossCommandLine::wholeNumber);
        root.registerConverter(Integer.TYPE, GlossCommandLine::wholeNumber);
        return root;
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
