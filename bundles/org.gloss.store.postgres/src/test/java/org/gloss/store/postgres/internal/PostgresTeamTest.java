package org.gloss.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;
import org.gloss.api.team.SharedProject;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.MemoTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many coders on one server project: optimistic codebook versions, change notifications, and the
 * access rules enforced by the server itself for real login roles.
 */
class PostgresTeamTest {
    private final PostgresTestServer server = PostgresTestServer.get();
    private final List<ProjectSession> sessions = new ArrayList<>();
    private String location;
    private String database;
    private String aida;
    private String ben;
    private String lead;
    private Document doc;
    private Code code;

    @BeforeEach
    void createProjectWithTeam() {
        location = server.newProjectLocation();
        database = PostgresTestServer.database(location);
        aida = database + "_aida";
        ben = database + "_ben";
        lead = database + "_lead";
        PgSession admin = (PgSession) track(server.adminProvider().create(location));
        doc = admin.documents().add(new NewDocument("interview", "We talked about debt and the harvest."));
        code = admin.codebook().add("Debt", null, "#112233", null);
        for (String coder : List.of(aida, ben, lead)) {
            server.createLoginRole(coder, "pw-" + coder);
        }
        admin.addMember(aida, false);
        admin.addMember(ben, false);
        admin.addMember(lead, true);
    }

    @AfterEach
    void dropProject() {
        sessions.forEach(ProjectSession::close);
        server.dropProject(location, aida, ben, lead);
    }

    private ProjectSession track(ProjectSession session) {
        sessions.add(session);
        return session;
    }

    private ProjectSession admin() {
        return track(server.adminProvider().open(location));
    }

    private ProjectSession as(String role) {
        return track(server.providerWithPassword("pw-" + role).open(server.location(database, role)));
    }

    private Coding codeAs(ProjectSession session, String coder, int start, int end) {
        long coderId = session.coders().get(coder).id();
        return session.codings().add(new NewCoding(doc.id(), code.id(), coderId, start, end, null));
    }

    @Test
    void aCodebookEditBasedOnAnOldReadIsRefusedUntilReload() {
        ProjectSession first = admin();
        ProjectSession second = admin();
        Code seenByFirst = first.codebook().get("Debt");
        second.codebook().update(second.codebook().get("Debt").id(), "#ff0000", "changed by the second");

        assertThatThrownBy(() -> first.codebook().update(seenByFirst.id(), "#00ff00", null))
                .isInstanceOf(GlossException.class)
                .hasMessage("code 'Debt' was changed by someone else; reload and try again");
        assertThat(admin().codebook().get("Debt").color()).isEqualTo("#ff0000");

        first.codebook().list(); // reload
        first.codebook().rename(seenByFirst.id(), "Debt concern");
        assertThat(second.codebook().byId(seenByFirst.id()).orElseThrow().name()).isEqualTo("Debt concern");
    }

    @Test
    void openSessionsHearOfOthersChangesWithinASecond() throws Exception {
        ProjectSession watcher = admin();
        BlockingQueue<ProjectChange> changes = new LinkedBlockingQueue<>();
        try (ChangeFeed.Subscription subscription = ChangeFeed.of(watcher).orElseThrow().subscribe(changes::add)) {
            Coding coding = codeAs(as(aida), aida, 0, 2);
            assertThat(changes.poll(1, TimeUnit.SECONDS))
                    .isEqualTo(new ProjectChange(ProjectChange.Element.CODING, ProjectChange.Operation.ADDED, coding.id()));
            admin().codebook().update(code.id(), "#abcdef", null);
            assertThat(changes.poll(1, TimeUnit.SECONDS))
                    .isEqualTo(new ProjectChange(ProjectChange.Element.CODE, ProjectChange.Operation.CHANGED, code.id()));
        }
    }

    @Test
    void theChangeFeedSaysWhenItLosesTheServerAndWhenItIsBack() throws Exception {
        BlockingQueue<ProjectChange> changes = new LinkedBlockingQueue<>();
        BlockingQueue<ChangeFeed.Connection> connection = new LinkedBlockingQueue<>();
        try (ChangeFeed.Subscription subscription = ChangeFeed.of(admin()).orElseThrow().subscribe(changes::add, connection::add)) {
            server.sql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                    + "' AND application_name = '" + ChangeListener.APPLICATION_NAME + "'");
            assertThat(connection.poll(5, TimeUnit.SECONDS)).isEqualTo(ChangeFeed.Connection.LOST);
            assertThat(connection.poll(5, TimeUnit.SECONDS)).isEqualTo(ChangeFeed.Connection.RESTORED);
            Coding coding = codeAs(as(aida), aida, 0, 2);
            assertThat(changes.poll(1, TimeUnit.SECONDS))
                    .isEqualTo(new ProjectChange(ProjectChange.Element.CODING, ProjectChange.Operation.ADDED, coding.id()));
        }
    }

    @Test
    void codersWriteOnlyTheirOwnCodings() {
        ProjectSession aidaSession = as(aida);
        ProjectSession benSession = as(ben);
        Coding bens = codeAs(benSession, ben, 0, 2);
        Coding aidas = codeAs(aidaSession, aida, 3, 9);

        assertThatThrownBy(() -> codeAs(aidaSession, ben, 10, 14))
                .isInstanceOf(GlossException.class).hasMessageStartingWith("permission denied: " + aida + " may not");
        assertThatThrownBy(() -> aidaSession.codings().update(bens.id(), null, 0, 5, null))
                .hasMessage("permission denied: " + aida + " may not change coding #" + bens.id() + " of another coder");
        assertThatThrownBy(() -> aidaSession.codings().remove(bens.id()))
                .hasMessage("permission denied: " + aida + " may not remove coding #" + bens.id() + " of another coder");
        aidaSession.codings().update(aidas.id(), null, 3, 12, "mine");
        aidaSession.memos().put(MemoTarget.CODING, aidas.id(), aida, "my note");

        assertThat(admin().codings().list(CodingFilter.ALL)).extracting(Coding::start, Coding::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(3, 12));
        assertThat(SharedProject.of(aidaSession).orElseThrow().isEditor()).isFalse();
    }

    @Test
    void onlyEditorsChangeTheCodebookAndTheDocuments() {
        ProjectSession aidaSession = as(aida);
        assertThatThrownBy(() -> aidaSession.codebook().add("Harvest", null, null, null))
                .isInstanceOf(GlossException.class).hasMessageContaining("permission denied: " + aida);
        assertThatThrownBy(() -> aidaSession.codebook().update(code.id(), "#000000", null))
                .hasMessageContaining("permission denied: " + aida);
        assertThatThrownBy(() -> aidaSession.documents().add(new NewDocument("notes", "x")))
                .hasMessageContaining("permission denied: " + aida);
        assertThatThrownBy(() -> aidaSession.documents().remove(doc.id()))
                .hasMessageContaining("permission denied: " + aida);

        ProjectSession leadSession = as(lead);
        assertThat(SharedProject.of(leadSession).orElseThrow().isEditor()).isTrue();
        leadSession.codebook().add("Harvest", null, null, null);
        leadSession.documents().add(new NewDocument("notes", "field notes"));
        Coding aidas = codeAs(as(aida), aida, 0, 2);
        leadSession.codings().update(aidas.id(), leadSession.codebook().get("Harvest").id(), null, null, null);
        assertThat(admin().codebook().list()).extracting(Code::name).containsExactly("Debt", "Harvest");
        assertThat(admin().documents().list()).hasSize(2);
    }

    @Test
    void blindCodingHidesOtherCodersCodingsFromCodersButNotFromEditors() {
        codeAs(as(aida), aida, 0, 2);
        codeAs(as(ben), ben, 3, 9);
        ProjectSession aidaSession = as(aida);
        assertThat(aidaSession.codings().count()).isEqualTo(2);
        assertThatThrownBy(() -> SharedProject.of(aidaSession).orElseThrow().setBlindCoding(true))
                .hasMessageContaining("permission denied: " + aida);

        SharedProject.of(as(lead)).orElseThrow().setBlindCoding(true);

        assertThat(SharedProject.of(aidaSession).orElseThrow().blindCoding()).isTrue();
        assertThat(aidaSession.codings().list(CodingFilter.ALL)).extracting(Coding::start).containsExactly(0);
        assertThat(aidaSession.codings().count()).isEqualTo(1);
        assertThat(as(ben).codings().list(CodingFilter.ALL)).extracting(Coding::start).containsExactly(3);
        assertThat(as(lead).codings().count()).isEqualTo(2);
        assertThat(admin().codings().count()).isEqualTo(2);

        SharedProject.of(admin()).orElseThrow().setBlindCoding(false);
        assertThat(aidaSession.codings().count()).isEqualTo(2);
    }

    @Test
    void withBlindCodingTheChangeFeedKeepsOtherCodersCodingsFromACoder() throws Exception {
        SharedProject.of(admin()).orElseThrow().setBlindCoding(true);
        BlockingQueue<ProjectChange> aidaHears = new LinkedBlockingQueue<>();
        BlockingQueue<ProjectChange> leadHears = new LinkedBlockingQueue<>();
        try (ChangeFeed.Subscription a = ChangeFeed.of(as(aida)).orElseThrow().subscribe(aidaHears::add);
             ChangeFeed.Subscription l = ChangeFeed.of(as(lead)).orElseThrow().subscribe(leadHears::add)) {
            Coding bens = codeAs(as(ben), ben, 3, 9);
            Coding aidas = codeAs(as(aida), aida, 0, 2);
            assertThat(aidaHears.poll(2, TimeUnit.SECONDS)).extracting(ProjectChange::id).isEqualTo(aidas.id());
            assertThat(leadHears.poll(1, TimeUnit.SECONDS)).extracting(ProjectChange::id).isEqualTo(bens.id());
            assertThat(leadHears.poll(1, TimeUnit.SECONDS)).extracting(ProjectChange::id).isEqualTo(aidas.id());

            SharedProject.of(admin()).orElseThrow().setBlindCoding(false);
            assertThat(aidaHears.poll(1, TimeUnit.SECONDS)).extracting(ProjectChange::element)
                    .isEqualTo(ProjectChange.Element.SETTING);
            Coding bensNext = codeAs(as(ben), ben, 10, 14);
            assertThat(aidaHears.poll(1, TimeUnit.SECONDS)).extracting(ProjectChange::id).isEqualTo(bensNext.id());
        }
    }

    @Test
    void anOlderSchemaIsMigratedOnOpen() {
        long coderId = admin().coders().getOrCreate(aida).id();
        long inColumn = admin().codings().add(new NewCoding(doc.id(), code.id(), coderId, 0, 2, null)).id();
        long inBoth = admin().codings().add(new NewCoding(doc.id(), code.id(), coderId, 2, 4, null)).id();
        // back to schema version 1: without the tables of versions 2 (turns) and 3 (adjudication log)
        // and the columns of version 5 (external ids)
        server.sql(database, "DROP TABLE gloss.document_turns");
        server.undoVersion8(database);
        server.sql(database, "DROP TABLE gloss.adjudication_log");
        for (String table : new String[] {"coders", "codes", "documents", "codings", "memos"}) {
            server.sql(database, "ALTER TABLE gloss." + table + " DROP COLUMN external_id");
        }
        server.sql(database, "ALTER TABLE gloss.codings DROP COLUMN selection_external_id");
        // and without version 6's one memo model: coding memos in codings.memo as well as in table memos
        for (String table : new String[] {"codings", "documents", "codes"}) {
            server.sql(database, "DROP TRIGGER " + table + "_memo_removed ON gloss." + table);
        }
        server.sql(database, "DROP FUNCTION gloss.remove_memo_of()");
        server.sql(database, "ALTER TABLE gloss.memos DROP CONSTRAINT memos_target_type_check");
        server.sql(database, "ALTER TABLE gloss.memos DROP CONSTRAINT memos_target_title_key");
        server.sql(database, "ALTER TABLE gloss.memos DROP COLUMN title");
        server.sql(database, "ALTER TABLE gloss.memos ADD CONSTRAINT memos_target_type_target_id_key UNIQUE (target_type, target_id)");
        server.sql(database, "ALTER TABLE gloss.codings ADD COLUMN memo text");
        server.sql(database, "DROP POLICY memos_visible ON gloss.memos");
        server.sql(database, "CREATE POLICY memos_visible ON gloss.memos FOR SELECT USING (true)");
        server.sql(database, "DROP POLICY memos_add ON gloss.memos");
        server.sql(database, "CREATE POLICY memos_add ON gloss.memos FOR INSERT WITH CHECK (gloss.is_editor() OR author = current_user)");
        server.sql(database, "UPDATE gloss.codings SET memo = 'typed on the command line' WHERE id IN (" + inColumn + ", " + inBoth + ")");
        server.sql(database, "INSERT INTO gloss.memos(target_type, target_id, author, text) VALUES ('CODING', " + inBoth
                + ", 'ben', 'typed in the panel')");
        server.sql(database, "UPDATE gloss.schema_version SET version = 1");
        try (ProjectSession reopened = server.adminProvider().open(location)) {
            assertThat(reopened.documents().turns(doc.id())).isEmpty();
            assertThat(reopened.adjudications().list()).isEmpty();
            assertThat(reopened.codings().byId(inColumn).orElseThrow().memo()).isEqualTo("typed on the command line");
            assertThat(reopened.codings().byId(inBoth).orElseThrow().memo())
                    .isEqualTo("typed in the panel\n\ntyped on the command line");
            assertThat(reopened.memos().find(org.gloss.model.MemoTarget.CODING, inColumn).orElseThrow().author()).isEqualTo(aida);
        }
        try (ProjectSession aidaSession = server.providerWithPassword("pw-" + aida).open(server.location(database, aida))) {
            assertThat(aidaSession.documents().turns(doc.id())).isEmpty(); // and the new table is granted
        }
    }
}
