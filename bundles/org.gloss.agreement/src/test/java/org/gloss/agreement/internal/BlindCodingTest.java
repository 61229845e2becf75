package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.team.SharedProject;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 9: a coder under blind coding cannot compare with others (their codings are
 * hidden) and is told so instead of getting kappa 0. The real server's blindness is tested in
 * the product's HostileInputIT; here the session says it is shared and blind.
 */
class BlindCodingTest {
    @TempDir
    Path dir;

    /** The project as a coder on a shared project sees it: a session that is also a SharedProject. */
    private static ProjectSession sharedAs(ProjectSession real, String user, boolean editor, boolean blind) {
        return (ProjectSession) Proxy.newProxyInstance(BlindCodingTest.class.getClassLoader(),
                new Class<?>[] {ProjectSession.class, SharedProject.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "user":
                            return user;
                        case "isEditor":
                            return editor;
                        case "blindCoding":
                            return blind;
                        default:
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private ProjectSession project() {
        ProjectSession p = new SqliteStoreProvider().create(dir.resolve("p" + System.nanoTime() + ".gloss").toString());
        long doc = p.documents().add(new NewDocument("d", "we talked about debt")).id();
        long code = p.codebook().add("debt", null, null, null).id();
        p.codings().add(new NewCoding(doc, code, p.coders().getOrCreate("alice").id(), 16, 20, null));
        p.codings().add(new NewCoding(doc, code, p.coders().getOrCreate("bob").id(), 16, 20, null));
        return p;
    }

    @Test
    void aBlindCoderIsToldTheOthersCodingsAreHiddenNotGivenKappaZero() {
        try (ProjectSession real = project()) {
            ProjectSession alice = sharedAs(real, "alice", false, true);
            assertThatThrownBy(() -> StudyLoader.load(alice, List.of("alice", "bob"), List.of(), List.of(), false))
                    .isInstanceOf(GlossException.class)
                    .hasMessage("blind coding is on: the codings of bob are hidden from you (alice), so nothing can be"
                            + " compared with them; an editor can compare them, or switch blind coding off when coding is"
                            + " done (gloss server blind URL off)");
        }
    }

    @Test
    void editorsAndSightedCodersCompareAsUsual() {
        try (ProjectSession real = project()) {
            for (ProjectSession session : List.of(sharedAs(real, "lead", true, true), sharedAs(real, "alice", false, false), real)) {
                assertThat(StudyLoader.load(session, List.of("alice", "bob"), List.of(), List.of(), false).coders())
                        .containsExactly("alice", "bob");
            }
        }
    }
}
