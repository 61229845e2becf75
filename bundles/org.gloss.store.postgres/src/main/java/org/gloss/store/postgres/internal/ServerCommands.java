package org.gloss.store.postgres.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.team.SharedProject;
import org.gloss.core.cli.GlossCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gloss server init|add-coder|blind|drop}: setting up a shared project on a PostgreSQL server. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=server")
@Command(name = "server", mixinStandardHelpOptions = true, description = "Shared projects on a PostgreSQL server (postgresql://host[:port]/db?user=NAME; "
        + "passwords from ~/.pgpass, PGPASSFILE or PGPASSWORD).",
        subcommands = {CommandLine.HelpCommand.class, ServerCommands.Init.class, ServerCommands.AddCoder.class,
                ServerCommands.Blind.class, ServerCommands.Drop.class})
public class ServerCommands extends GlossCommand {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** The session as this store's own, for what only the server can do (roles). */
    private static PgSession serverSession(ProjectSession session) {
        if (session instanceof PgSession pg) {
            return pg;
        }
        throw ServerErrors.badServerLocation(session.location(), "a postgresql:// location");
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = "Create the project database (if needed), its schema and its roles "
            + "(<db>_coders, <db>_editors); --coder and --editor add login roles to them.")
    static final class Init extends GlossCommand {
        @Parameters(index = "0", paramLabel = "URL") String location;
        @Option(names = "--coder", paramLabel = "NAME", description = "a coder's login role (created without a password if new)")
        List<String> coders = new ArrayList<>();
        @Option(names = "--editor", paramLabel = "NAME", description = "an editor's login role")
        List<String> editors = new ArrayList<>();
        @Option(names = "--blind", description = "start with blind coding on") boolean blind;

        @Override
        public Integer call() {
            try (ProjectSession session = context().createProject(location)) {
                PgSession server = serverSession(session);
                coders.forEach(name -> server.addMember(name, false));
                editors.forEach(name -> server.addMember(name, true));
                server.setBlindCoding(blind);
                String database = ServerLocation.parse(location).database();
                context().out().println("created project " + location + " with roles " + ProjectRoles.coders(database)
                        + " and " + ProjectRoles.editors(database) + (blind ? "; blind coding is on" : ""));
            }
            return 0;
        }
    }

    @Command(name = "add-coder", mixinStandardHelpOptions = true, description = "Give a login role (created without a password if new) access as a coder or editor.")
    static final class AddCoder extends GlossCommand {
        @Parameters(index = "0", paramLabel = "URL") String location;
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Option(names = "--editor", description = "may also change the codebook and the documents") boolean editor;

        @Override
        public Integer call() {
            try (ProjectSession session = context().openProject(location)) {
                serverSession(session).addMember(name, editor);
                context().out().println("added " + (editor ? "editor " : "coder ") + name);
            }
            return 0;
        }
    }

    @Command(name = "blind", mixinStandardHelpOptions = true, description = "Switch blind coding on or off: coders then see only their own codings.")
    static final class Blind extends GlossCommand {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "URL") String location;
        @Parameters(index = "1", paramLabel = "on|off") String state;

        @Override
        public Integer call() {
            boolean on = switch (state.toLowerCase(Locale.ROOT)) {
                case "on" -> true;
                case "off" -> false;
                default -> throw new ParameterException(spec.commandLine(), "expected 'on' or 'off', not '" + state + "'");
            };
            try (ProjectSession session = context().openProject(location)) {
                SharedProject.of(session).orElseThrow(() -> ServerErrors.badServerLocation(location, "a server project"))
                        .setBlindCoding(on);
                context().out().println("blind coding is " + (on ? "on" : "off"));
            }
            return 0;
        }
    }

    @Command(name = "drop", mixinStandardHelpOptions = true, description = "Delete a shared project: its database (disconnecting "
            + "whoever is connected) and its roles <db>_coders and <db>_editors; login roles stay.")
    static final class Drop extends GlossCommand {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "URL") String location;
        @Option(names = "--yes", description = "really delete it (there is no undo)") boolean yes;

        @Override
        public Integer call() {
            if (!yes) {
                throw new ParameterException(spec.commandLine(), "deleting " + location + " cannot be undone: add --yes");
            }
            PostgresStoreProvider provider = context().services(org.gloss.api.store.ProjectStoreProvider.class).stream()
                    .filter(PostgresStoreProvider.class::isInstance).map(PostgresStoreProvider.class::cast).findFirst()
                    .orElseGet(PostgresStoreProvider::new);
            if (!provider.handles(location)) {
                throw ServerErrors.badServerLocation(location, "a postgresql:// location");
            }
            provider.drop(location);
            context().out().println("deleted project " + location);
            return 0;
        }
    }
}
