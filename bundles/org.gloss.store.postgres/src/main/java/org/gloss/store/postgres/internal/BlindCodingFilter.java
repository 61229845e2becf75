package org.gloss.store.postgres.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.gloss.api.team.ProjectChange;

/**
 * Keeps a change feed from telling a coder about other coders' codings while blind coding is on,
 * as row-level security keeps them from reading them. Editors and the owner hear everything.
 * The state is read when the feed connects and whenever a setting or the coders change.
 */
final class BlindCodingFilter {
    private volatile boolean blind;
    private volatile Long ownCoderId;

    void refresh(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT gloss.blind_coding() AND NOT (gloss.is_editor() OR pg_has_role(current_user, "
                     + "(SELECT nspowner FROM pg_namespace WHERE nspname = 'gloss'), 'MEMBER')), gloss.current_coder_id()")) {
            rs.next();
            blind = rs.getBoolean(1);
            long id = rs.getLong(2);
            ownCoderId = rs.wasNull() ? null : id;
        }
    }

    boolean hides(ProjectChange change, Long coderId) {
        return blind && change.element() == ProjectChange.Element.CODING && coderId != null
                && !coderId.equals(ownCoderId);
    }
}
