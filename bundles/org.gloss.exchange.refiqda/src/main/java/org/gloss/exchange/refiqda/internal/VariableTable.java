package org.gloss.exchange.refiqda.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamException;

import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.Document;

/**
 * The {@code <Variables>} of an export: one per document attribute key and one per case attribute
 * key, typed by their values (a key whose values have different types is Text). REFI-QDA has one
 * list of variables for sources and cases alike, so a key documents and cases both use with one
 * type is one variable; with different types it is two variables of that name, one for each, so
 * neither side's values lose their type.
 */
final class VariableTable {
    record Variable(String guid, String name, AttributeType type) {
        /** The typeOfVariable the schema names for this type (a Gloss number may have a fraction: Float). */
        String typeOfVariable() {
            return switch (type) {
                case TEXT -> "Text";
                case NUMBER -> "Float";
                case DATE -> "Date";
            };
        }

        /** A source's or case's value of this variable. */
        void writeValue(XmlOut xml, AttributeValue value) throws XMLStreamException {
            xml.start("VariableValue");
            xml.refElement("VariableRef", guid);
            xml.textElement(valueElement(value), value.value());
            xml.end();
        }

        /** The VariableValue element a value of this variable goes in: Text when its type is not the variable's. */
        private String valueElement(AttributeValue value) {
            if (value.type() != type) {
                return "TextValue";
            }
            return switch (type) {
                case TEXT -> "TextValue";
                case NUMBER -> "FloatValue";
                case DATE -> "DateValue";
            };
        }
    }

    private final Map<String, Variable> forDocuments = new TreeMap<>();
    private final Map<String, Variable> forCases = new TreeMap<>();

    VariableTable(List<Document> documents, List<Case> cases, Guids guids) {
        types(documents.stream().map(Document::attributes).toList())
                .forEach((key, type) -> forDocuments.put(key, new Variable(guids.variable(key), key, type)));
        types(cases.stream().map(Case::attributes).toList()).forEach((key, type) -> {
            Variable shared = forDocuments.get(key);
            forCases.put(key, shared != null && shared.type() == type ? shared
                    : new Variable(guids.caseVariable(key), key, type));
        });
    }

    private static Map<String, AttributeType> types(List<Map<String, AttributeValue>> attributeMaps) {
        Map<String, AttributeType> types = new TreeMap<>();
        for (Map<String, AttributeValue> attributes : attributeMaps) {
            attributes.forEach((key, value) -> types.merge(key, value.type(), (a, b) -> a == b ? a : AttributeType.TEXT));
        }
        return types;
    }

    /** Every variable once, by name (a document variable before a case variable of the same name). */
    List<Variable> all() {
        List<Variable> all = new ArrayList<>(forDocuments.values());
        forCases.values().stream().filter(v -> !all.contains(v)).forEach(all::add);
        all.sort(Comparator.comparing(Variable::name));
        return all;
    }

    Variable ofDocuments(String key) {
        return forDocuments.get(key);
    }

    Variable ofCases(String key) {
        return forCases.get(key);
    }
}
