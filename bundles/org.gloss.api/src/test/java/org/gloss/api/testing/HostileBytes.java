package org.gloss.api.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Fuzz inputs for parsers' property tests: valid files (the seeds) damaged by a few mutations of
 * the kinds hostile or broken input has: flipped and deleted bytes, truncation, repeated ranges,
 * and tokens that break formats (quotes, separators, line breaks, NUL, a lone BOM, invalid
 * UTF-8, huge and negative numbers, markup, DOCTYPEs, bidi overrides, emoji). Mutating valid
 * files reaches deep into a parser; random bytes would mostly be refused on the first byte.
 */
public final class HostileBytes {
    private static final List<byte[]> TOKENS = List.of(
            utf8("\""), utf8(","), utf8("\n"), utf8("\r\n"), utf8("\r"), new byte[] {0}, utf8("\uFEFF"),
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x82},
            utf8("99999999999999999999"), utf8("2147483648"), utf8("-1"), utf8("0"), utf8("<"), utf8(">"), utf8("&"),
            utf8("&amp;"), utf8("]]>"), utf8("<!DOCTYPE x [<!ENTITY a SYSTEM \"file:///etc/passwd\">]>"), utf8("&a;"),
            utf8("\u202E"), utf8("😀"), utf8(":"), utf8(": "), utf8("-->"), utf8(" --> "), utf8("00:00:00,000"),
            utf8("99:99:99.999"), utf8("[00:01:02]"), utf8("\t"), utf8("\u001B]0;x\u0007"), utf8("WEBVTT\n\n"),
            utf8("guid=\"x\""), utf8("{00000000-0000-0000-0000-000000000000}"), utf8("internal://../../x.txt"),
            utf8("absolute:///etc/passwd"), utf8("</Code>"), utf8("<Code guid=\"aaaaaaaa-0000-0000-0000-000000000009\" name=\"x\" isCodable=\"true\">"));

    private HostileBytes() {
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One of the seeds with one to eight mutations applied. */
    public static Arbitrary<byte[]> mutationsOf(List<byte[]> seeds) {
        Arbitrary<byte[]> seed = Arbitraries.of(seeds);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(seed, mutations).as((bytes, list) -> {
            byte[] result = bytes.clone();
            for (Mutation m : list) {
                result = m.apply(result);
            }
            return result;
        });
    }

    /** A mutation, with its positions as fractions of the input's length (inputs change size). */
    private record Mutation(int kind, double at, double length, int token, int value) {
        byte[] apply(byte[] in) {
            int position = (int) (at * in.length);
            int span = Math.max(1, (int) (length * Math.min(in.length, 64)));
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
            switch (kind) {
                case 0 -> { // flip a byte
                    byte[] copy = in.clone();
                    if (copy.length > 0) {
                        copy[Math.min(position, copy.length - 1)] ^= (byte) value;
                    }
                    return copy;
                }
                case 1 -> { // insert a token
                    out.write(in, 0, position);
                    out.writeBytes(TOKENS.get(token % TOKENS.size()));
                    out.write(in, position, in.length - position);
                }
                case 2 -> { // delete a range
                    int end = Math.min(in.length, position + span);
                    out.write(in, 0, position);
                    out.write(in, end, in.length - end);
                }
                case 3 -> { // repeat a range
                    int end = Math.min(in.length, position + span);
                    out.write(in, 0, end);
                    out.write(in, position, end - position);
                    out.write(in, end, in.length - end);
                }
                default -> { // truncate
                    out.write(in, 0, position);
                }
            }
            return out.toByteArray();
        }
    }

    private static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, TOKENS.size() - 1),
                        Arbitraries.integers().between(1, 255))
                .as(Mutation::new);
    }
}
