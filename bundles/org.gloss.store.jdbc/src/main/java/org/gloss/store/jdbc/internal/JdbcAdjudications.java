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
        return insert(d.document(), d.code(), d.start(), d.end(), d.coders(), d.consensus(), d.outcome(), d.rule(),
                d.decidedBy(), d.note(), StoredInstants.now());
    }

    @Override
    public int recordCopies(List<AdjudicationDecision> decisions) {
        return session.inTransaction(() -> {
            for (AdjudicationDecision d : decisions) {
                insert(d.document(), d.code(), d.start(), d.end(), d.coders(), d.consensus(), d.outcome(), d.rule(),
                        d.decidedBy(), d.note(), d.decidedAt() == null ? StoredInstants.now() : StoredInstants.of(d.decidedAt()));
            }
            return decisions.size();
        });
    }

    private AdjudicationDecision insert(String document, String code, int start, int end, List<String> coders,
                                        String consensus, AdjudicationDecision.Outcome outcome, String rule,
                                        String decidedBy, String note, Instant decidedAt) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
        return session.inTransaction(() -> {
            long id = jdbc.insert("INSERT INTO adjudication_log(document, code, start_cp, end_cp, coders, consensus, outcome, "
                            + "rule, decided_by, note, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    document, code, start, end, String.join(",", coders), consensus, outcome.name(), rule, decidedBy, note,
                    jdbc.dialect().timestamp(decidedAt));
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
