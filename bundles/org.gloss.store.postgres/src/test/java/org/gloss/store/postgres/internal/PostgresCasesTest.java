package org.gloss.store.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.team.ChangeFeed;
import org.gloss.api.team.ProjectChange;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.Document;
import org.gloss.model.DocumentSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cases and sets on a server: codebook-like (coders read them, only editors change them, enforced
 * by the server's grants for real login roles), announced on the change feed, and added to a
 * version-7 project by migration.
 */
class PostgresCasesTest {
    private final PostgresTestServer server = PostgresTestServer.get();
    private final List<ProjectSession> sessions = new ArrayList<>();
    private String location;
    private String database;
    private String aida;
    private String lead;
    private Document doc;

    @BeforeEach
    void createProjectWithTeam() {
        location = server.newProjectLocation();
        database = PostgresTestServer.database(location);
        aida = database + "_aida";
        lead = database + "_lead";
        PgSession admin = (PgSession) track(server.adminProvider().create(location));
        doc = admin.documents().add(new NewDocument("focus group", "Aida: yes. Bolat: no."));
        for (String role : List.of(aida, lead)) {
            server.createLoginRole(role, "pw-" + role);
        }
        admin.addMember(aida, false);
        admin.addMember(lead, true);
    }

    @AfterEach
    void dropProject() {
        sessions.forEach(ProjectSession::close);
        server.dropProject(location, aida, lead);
    }

    private ProjectSession track(ProjectSession session) {
        sessions.add(session);
        return session;
    }

    private ProjectSession as(String role) {
        return track(server.providerWithPassword("pw-" + role).open(server.location(database, role)));
    }

    @Test
    void editorsChangeCasesAndSetsAndCodersOnlyReadThem() {
        ProjectSession leadSession = as(lead);
        Case c = leadSession.cases().add("Aida", "teacher");
        leadSession.cases().addMember(c.id(), CaseMember.range(doc.id(), 0, 10));
        leadSession.cases().setAttribute(c.id(), "age", AttributeValue.infer("34"));
        DocumentSet s = leadSession.sets().add("wave 1", "", null);
        leadSession.sets().addDocument(s.id(), doc.id());
        leadSession.sets().add("older", "", "age>=30");

        ProjectSession aidaSession = as(aida);
        assertThat(aidaSession.cases().get("Aida").members()).containsExactly(CaseMember.range(doc.id(), 0, 10));
        assertThat(aidaSession.sets().list()).extracting(DocumentSet::name).containsExactly("older", "wave 1");
        String denied = "permission denied: " + aida;
        assertThatThrownBy(() -> aidaSession.cases().add("Bolat", "")).isInstanceOf(GlossException.class)
                .hasMessageContaining(denied);
        assertThatThrownBy(() -> aidaSession.cases().addMember(c.id(), CaseMember.range(doc.id(), 11, 21)))
                .hasMessageContaining(denied);
        assertThatThrownBy(() -> aidaSession.cases().setAttribute(c.id(), "age", AttributeValue.infer("35")))
                .hasMessageContaining(denied);
        assertThatThrownBy(() -> aidaSession.cases().remove(c.id())).hasMessageContaining(denied);
        assertThatThrownBy(() -> aidaSession.sets().add("mine", "", null)).hasMessageContaining(denied);
        assertThatThrownBy(() -> aidaSession.sets().addDocument(s.id(), doc.id())).hasMessageContaining(denied);
        assertThatThrownBy(() -> aidaSession.sets().remove(s.id())).hasMessageContaining(denied);
        // nothing a coder tried changed anything
        assertThat(as(lead).cases().get("Aida").attributes().get("age").value()).isEqualTo("34");
        assertThat(as(lead).cases().list()).hasSize(1);
        assertThat(as(lead).sets().list()).hasSize(2);
    }

    @Test
    void changesToCasesAndSetsAreAnnounced() throws Exception {
        ProjectSession watcher = as(aida);
        BlockingQueue<ProjectChange> heard = new LinkedBlockingQueue<>();
        try (ChangeFeed.Subscription subscription = ChangeFeed.of(watcher).orElseThrow().subscribe(heard::add)) {
            ProjectSession leadSession = as(lead);
            Case c = leadSession.cases().add("Aida", "");
            assertThat(heard.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(new ProjectChange(ProjectChange.Element.CASE, ProjectChange.Operation.ADDED, c.id()));
            leadSession.cases().addMember(c.id(), CaseMember.wholeDocument(doc.id()));
            assertThat(heard.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(new ProjectChange(ProjectChange.Element.CASE, ProjectChange.Operation.CHANGED, c.id()));
            DocumentSet s = leadSession.sets().add("wave 1", "", null);
            assertThat(heard.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(new ProjectChange(ProjectChange.Element.SET, ProjectChange.Operation.ADDED, s.id()));
            leadSession.sets().addDocument(s.id(), doc.id());
            assertThat(heard.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(new ProjectChange(ProjectChange.Element.SET, ProjectChange.Operation.CHANGED, s.id()));
            leadSession.sets().remove(s.id());
            assertThat(heard.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(new ProjectChange(ProjectChange.Element.SET, ProjectChange.Operation.REMOVED, s.id()));
        }
    }

    @Test
    void aVersion7ProjectGainsCasesAndSetsWithTheRolesGrants() {
        // back to version 7: without the tables and the function version 8 adds
        server.undoVersion8(database);

        track(server.adminProvider().open(location)); // the owner opens it first: migrating changes the owner's schema
        assertThat(PgSchema.CURRENT_VERSION).isEqualTo(8);
        ProjectSession leadSession = as(lead);
        Case c = leadSession.cases().add("Aida", "");
        assertThat(leadSession.cases().addMember(c.id(), CaseMember.wholeDocument(doc.id()))).isTrue();
        assertThat(as(aida).cases().get("Aida").members()).hasSize(1);
        assertThatThrownBy(() -> as(aida).sets().add("s", "", null)).hasMessageContaining("permission denied: " + aida);
        assertThat(as(lead).documents().list()).extracting(Document::name).containsExactly("focus group");
    }
}
