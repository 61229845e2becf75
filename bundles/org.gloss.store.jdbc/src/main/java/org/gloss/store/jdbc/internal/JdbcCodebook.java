package org.gloss.store.jdbc.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gloss.api.store.Codebook;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodePalette;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.Code;
import org.gloss.model.CodeTree;
import org.gloss.store.jdbc.spi.JdbcConnection;

/**
 * The code hierarchy in table codes; edits are guarded by the dialect's {@link CodeVersions}. A
 * code added without a colour gets the next {@link CodePalette} colour, whoever adds it.
 */
public final class JdbcCodebook implements Codebook {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String COLUMNS = "id, name, parent_id, color, description";

    private final ProjectSession session;
    private final JdbcConnection jdbc;
    private final CodeVersions versions;
    private final String columns;

    public JdbcCodebook(ProjectSession session, JdbcConnection jdbc) {
        this.session = session;
        this.jdbc = jdbc;
        this.versions = jdbc.dialect().versionsCodes() ? CodeVersions.optimistic(jdbc) : CodeVersions.none();
        this.columns = COLUMNS + versions.extraColumns();
    }

    @Override
    public List<Code> list() {
        return jdbc.query("SELECT " + columns + " FROM codes ORDER BY id", this::map);
    }

    @Override
    public Code get(String name) {
        return find(name).orElseThrow(() -> ProjectErrors.unknownCode(name));
    }

    @Override
    public Optional<Code> find(String name) {
        return jdbc.queryOne("SELECT " + columns + " FROM codes WHERE name = ?", this::map, name);
    }

    @Override
    public Optional<Code> byId(long id) {
        return jdbc.queryOne("SELECT " + columns + " FROM codes WHERE id = ?", this::map, id);
    }

    /**
     * Forgets the versions seen, after a rollback undid version increments this session had
     * recorded; the next change of each code reads its version anew.
     */
    public void forgetVersions() {
        versions.forget();
    }

    private Code require(long id) {
        return byId(id).orElseThrow(() -> ProjectErrors.unknownCode("#" + id));
    }

    @Override
    public Code add(String name, Long parentId, String color, String description) {
        checkName(name);
        checkColor(color);
        return session.inTransaction(() -> {
            if (find(name).isPresent()) {
                throw ProjectErrors.duplicateCode(name);
            }
            if (parentId != null) {
                Code parent = require(parentId);
                int level = levelOf(parent) + 1;
                if (level > CodeTree.MAX_DEPTH) {
                    throw CodebookDepth.tooDeep("add code '" + name + "' under '" + parent.name() + "'", level);
                }
            }
            long id = jdbc.insert("INSERT INTO codes(name, parent_id, color, description) VALUES (?,?,?,?)",
                    name, parentId, color != null ? color : nextPaletteColour(), description);
            return require(id);
        });
    }

    /** The palette colour for a code made without one (inside the adding transaction, so two adds differ). */
    private String nextPaletteColour() {
        return CodePalette.next(jdbc.query("SELECT color FROM codes WHERE color IS NOT NULL", rs -> rs.getString(1)));
    }

    @Override
    public void rename(long codeId, String newName) {
        checkName(newName);
        session.inTransaction(() -> {
            int expected = versions.expected(codeId);
            Code code = require(codeId);
            versions.claim(code, expected);
            find(newName).filter(other -> other.id() != codeId).ifPresent(other -> {
                throw ProjectErrors.duplicateCode(newName);
            });
            jdbc.update("UPDATE codes SET name = ? WHERE id = ?", newName, code.id());
        });
    }

    @Override
    public void move(long codeId, Long newParentId) {
        session.inTransaction(() -> {
            int expected = versions.expected(codeId);
            Code code = require(codeId);
            versions.claim(code, expected);
            if (newParentId != null) {
                Code parent = require(newParentId);
                for (Code ancestor = parent; ancestor != null;
                     ancestor = ancestor.parentId() == null ? null : require(ancestor.parentId())) {
                    if (ancestor.id() == codeId) {
                        throw ProjectErrors.codeCycle(code.name(), parent.name());
                    }
                }
                CodeTree tree = new CodeTree(list());
                int deepest = tree.level(newParentId) + tree.height(codeId);
                if (deepest > CodeTree.MAX_DEPTH) {
                    throw CodebookDepth.tooDeep("move code '" + code.name() + "' under '" + parent.name() + "'", deepest);
                }
            }
            jdbc.update("UPDATE codes SET parent_id = ? WHERE id = ?", newParentId, codeId);
        });
    }

    @Override
    public void update(long codeId, String color, String description) {
        checkColor(color);
        session.inTransaction(() -> {
            int expected = versions.expected(codeId);
            versions.claim(require(codeId), expected);
            jdbc.update("UPDATE codes SET color = ?, description = ? WHERE id = ?", color, description, codeId);
        });
    }

    @Override
    public int merge(long sourceId, long targetId) {
        return session.inTransaction(() -> {
            int expectedSource = versions.expected(sourceId);
            int expectedTarget = versions.expected(targetId);
            Code source = require(sourceId);
            Code target = require(targetId);
            if (sourceId == targetId) {
                throw ProjectErrors.mergeIntoSelf(source.name());
            }
            if (subtree(sourceId).contains(targetId)) {
                throw ProjectErrors.codeCycle(source.name(), target.name());
            }
            CodeTree tree = new CodeTree(list());
            int deepest = tree.level(targetId) + tree.height(sourceId) - 1;
            if (deepest > CodeTree.MAX_DEPTH) {
                throw CodebookDepth.tooDeep("merge code '" + source.name() + "' into '" + target.name()
                        + "' (its sub-codes move under it)", deepest);
            }
            versions.claim(source, expectedSource);
            versions.claim(target, expectedTarget);
            int moved = jdbc.update("UPDATE codings SET code_id = ? WHERE code_id = ?", targetId, sourceId);
            // The same coder may have coded a span with both codes: keep one of each such pair.
            jdbc.update("DELETE FROM codings WHERE code_id = ? AND id NOT IN (SELECT min(id) FROM codings "
                    + "WHERE code_id = ? GROUP BY document_id, coder_id, start_cp, end_cp)", targetId, targetId);
            jdbc.update("UPDATE codes SET parent_id = ?" + versions.bump() + " WHERE parent_id = ?", targetId, sourceId);
            // the sets that listed the source list the target instead
            jdbc.update("INSERT INTO set_codes(set_id, code_id) SELECT set_id, ? FROM set_codes WHERE code_id = ? "
                    + "ON CONFLICT DO NOTHING", targetId, sourceId);
            jdbc.update("DELETE FROM codes WHERE id = ?", sourceId);
            versions.removed(sourceId);
            if (versions.tracked()) {
                list(); // re-reads the versions of the sub-codes that moved
            }
            return moved;
        });
    }

    @Override
    public void remove(long codeId, boolean force) {
        session.inTransaction(() -> {
            int expected = versions.expected(codeId);
            Code code = require(codeId);
            versions.claim(code, expected);
            List<Long> subtree = subtree(codeId);
            int codings = (int) jdbc.queryLong("SELECT count(*) FROM codings WHERE code_id IN (" + placeholders(subtree) + ")",
                    subtree.toArray());
            int children = subtree.size() - 1;
            if (!force && (codings > 0 || children > 0)) {
                throw ProjectErrors.codeInUse(code.name(), codings, children);
            }
            // children first, so that no parent reference dangles at any point
            for (int i = subtree.size() - 1; i >= 0; i--) {
                long id = subtree.get(i);
                jdbc.update("DELETE FROM codings WHERE code_id = ?", id);
                jdbc.update("DELETE FROM codes WHERE id = ?", id);
            }
        });
    }

    @Override
    public Map<Long, Integer> codingCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("SELECT code_id, count(*) FROM codings GROUP BY code_id", rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    /** The level of a code (1 at the top), read up its parents; past the limit it stops counting. */
    private int levelOf(Code code) {
        int level = 1;
        Code current = code;
        while (current.parentId() != null && level <= CodeTree.MAX_DEPTH) {
            current = require(current.parentId());
            level++;
        }
        return level;
    }

    /** The code and all its descendants, parents before children. */
    private List<Long> subtree(long rootId) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Code c : list()) {
            if (c.parentId() != null) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c.id());
            }
        }
        List<Long> result = new ArrayList<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(rootId));
        while (!queue.isEmpty()) {
            long id = queue.removeFirst();
            result.add(id);
            queue.addAll(children.getOrDefault(id, List.of()));
        }
        return result;
    }

    private static String placeholders(List<?> values) {
        return String.join(",", java.util.Collections.nCopies(values.size(), "?"));
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw ProjectErrors.invalidName("code", String.valueOf(name));
        }
    }

    private static void checkColor(String color) {
        if (color != null && !COLOR.matcher(color).matches()) {
            throw ProjectErrors.invalidColor(color);
        }
    }

    private Code map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long parent = rs.getLong(3);
        Long parentId = rs.wasNull() ? null : parent;
        versions.read(rs.getLong(1), rs, 6);
        return new Code(rs.getLong(1), rs.getString(2), parentId, rs.getString(4), rs.getString(5));
    }
}
