package org.gloss.team.merge.internal;

/** Which side wins a conflict: the project merged into (target) or the copy merged from (source). */
public enum Preference {
    TARGET, SOURCE
}
