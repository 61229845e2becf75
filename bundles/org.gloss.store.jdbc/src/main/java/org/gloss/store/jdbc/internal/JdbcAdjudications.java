package org.gloss.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.Adjudications;
import org.gloss.api.store.NewAdjudicationDecision;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.jdbc.spi.JdbcConnection;

/** The adjudication log in table adjudication_log; coder lists are stored comma-separated. */
public final class JdbcAdjudications implements Adjudications {
    private static final String COLUMNS =
            "id, document, code, start_cp, end_cp, coders, consensus, outcome, rule, decided_by, note, decided_at";

    private final ProjectSession session;
    private final JdbcConnection jdbc;

    public JdbcAdjudications(ProjectSession session, JdbcConnection jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Override
    public AdjudicationDecision record(NewAdjudicationDecision d) {
        if (d.start() < 0 || d.end() <= d.start()) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end, got [" + d.start() + ", " + d.end() + ")");
        }
        return session.inTransaction(() -> {
            long id = jdbc.insert("INSERT INTO adjudication_log(document, code, start_cp, end_cp, coders, consensus, outcome, "
                            + "rule, decided_by, note, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    d.document(), d.code(), d.start(), d.end(), String.join(",", d.coders()), d.consensus(),
                    d.outcome().name(), d.rule(), d.decidedBy(), d.note(), jdbc.dialect().timestamp(Instant.now()));
            return jdbc.queryOne("SELECT " + COLUMNS + " FROM adjudication_log WHERE id = ?", this::map, id).orElseThrow();
        });
    }

    @Override
    public int recordAll(List<NewAdjudicationDecision> decisions) {
        return session.inTransaction(() -> {
            decisions.forEach(this::record);
            return decisions.size();
        });
    }

    @Override
    public List<AdjudicationDecision> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM adjudication_log ORDER BY id", this::map);
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT COUNT(*) FROM adjudication_log");
    }

    private AdjudicationDecision map(ResultSet rs) throws SQLException {
        String coders = rs.getString(6);
        return new AdjudicationDecision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                coders.isEmpty() ? List.of() : Arrays.asList(coders.split(",")), rs.getString(7),
                AdjudicationDecision.Outcome.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                jdbc.dialect().instant(rs, 12));
    }
}
