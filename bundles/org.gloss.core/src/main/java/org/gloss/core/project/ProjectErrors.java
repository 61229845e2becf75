package org.gloss.core.project;

import org.gloss.api.error.GlossException;

/**
 * The messages about projects and what is in them (files, documents, codes, coders, codings),
 * shared by the stores, the command line and the workbench so that wording stays consistent and
 * tests can refer to the same texts.
 */
public final class ProjectErrors {
    private ProjectErrors() {
    }

    public static GlossException projectExists(Object location) {
        return new GlossException("project already exists: " + location);
    }

    public static GlossException projectMissing(Object location) {
        return new GlossException("no such project: " + location);
    }

    public static GlossException notAProject(Object location) {
        return new GlossException("not a Gloss project: " + location);
    }

    public static GlossException newerSchema(Object location, int found, int supported) {
        return new GlossException("project " + location + " has schema version " + found
                + ", newer than this Gloss supports (" + supported + "); upgrade Gloss");
    }

    public static GlossException storage(Object location, String detail) {
        return new GlossException("cannot access project " + location + ": " + detail);
    }

    public static GlossException noStoreFor(String location) {
        return new GlossException("no project store can open " + location);
    }

    public static GlossException unknownDocument(String name) {
        return new GlossException("unknown document: " + name);
    }

    public static GlossException duplicateDocumentName(String name) {
        return new GlossException("a document named '" + name + "' already exists");
    }

    public static GlossException duplicateDocumentContent(String name, String existing) {
        return new GlossException("document '" + name + "' has the same content as '" + existing
                + "' (use --allow-duplicate to import it anyway)");
    }

    public static GlossException offsetsOutOfRange(String document, int start, int end, int length) {
        if (start >= end) {
            return new GlossException("invalid span [" + start + ", " + end + ") in document " + document
                    + ": start must be less than end");
        }
        return new GlossException("span [" + start + ", " + end + ") is outside document " + document
                + " (length " + length + " code points)");
    }

    public static GlossException unknownCode(String name) {
        return new GlossException("unknown code: " + name);
    }

    public static GlossException duplicateCode(String name) {
        return new GlossException("a code named '" + name + "' already exists");
    }

    public static GlossException codeCycle(String code, String parent) {
        return new GlossException("cannot move code '" + code + "' under '" + parent + "': it would be its own ancestor");
    }

    public static GlossException codeInUse(String name, int codings, int children) {
        return new GlossException("code '" + name + "' has " + codings + " coding(s) and " + children
                + " sub-code(s); use --force to remove them");
    }

    public static GlossException mergeIntoSelf(String name) {
        return new GlossException("cannot merge code '" + name + "' into itself");
    }

    public static GlossException invalidColor(String color) {
        return new GlossException("invalid colour '" + color + "': expected #RRGGBB");
    }

    public static GlossException invalidName(String what, String name) {
        return new GlossException("invalid " + what + " name '" + name + "': it must not be blank");
    }

    public static GlossException unknownCoder(String name) {
        return new GlossException("unknown coder: " + name);
    }

    public static GlossException unknownCoding(long id) {
        return new GlossException("unknown coding: " + id);
    }

    public static GlossException unknownCase(String name) {
        return new GlossException("unknown case: " + name);
    }

    public static GlossException duplicateCase(String name) {
        return new GlossException("a case named '" + name + "' already exists");
    }

    public static GlossException unknownSet(String name) {
        return new GlossException("unknown set: " + name);
    }

    public static GlossException duplicateSet(String name) {
        return new GlossException("a set named '" + name + "' already exists");
    }
}
