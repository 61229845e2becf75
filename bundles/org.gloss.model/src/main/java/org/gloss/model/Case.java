package org.gloss.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A case: a unit of analysis a study is organised by (an interviewee, a firm, a village), described
 * by typed attributes like documents are (the rows of the classification sheet). Its members are
 * whole documents and ranges of documents; its text is the union of its members. Case names are
 * unique within a project.
 *
 * @param description free text; empty when none
 * @param attributes  by key
 * @param members     in document, then start order (whole documents first)
 */
public record Case(long id, String name, String description, Map<String, AttributeValue> attributes,
                   List<CaseMember> members) {
    public Case {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        attributes = Map.copyOf(attributes);
        members = List.copyOf(members);
    }
}
