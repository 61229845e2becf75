package org.gloss.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * gloss chart through bin/gloss in the real framework, on the demo project (an article and an
 * interview; codes economy &gt; debt concern, two-way road, generational shift, transparency;
 * coders aida and ben): the chart bundles resolve, the kinds find the engines, files are written
 * whole.
 */
class ChartIT {
    @TempDir
    Path dir;

    private GlossProcess gloss;

    @BeforeEach
    void setUp() {
        gloss = new GlossProcess(dir);
        ok("demo", "x.gloss");
    }

    private GlossProcess.Result ok(String... args) {
        GlossProcess.Result result = gloss.run(args);
        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.err()).as(result.toString()).isEmpty();
        return result;
    }

    private Document svg(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(dir.resolve(name).toFile());
    }

    private static List<String> attributes(Document svg, String element, String attribute) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    @Test
    void frequenciesMatrixAndPortraitOfTheDemoAreWrittenAsSvgWithTheCodesColours() throws Exception {
        String codebook = ok("code", "list", "x.gloss").out(); // "  debt concern (9) #D1495B": name, codings, colour
        assertThat(ok("chart", "x.gloss", "frequencies", "--by", "coder", "--out", "f.svg").out())
                .contains("wrote frequencies chart (svg");
        Document frequencies = svg("f.svg");
        String text = frequencies.getDocumentElement().getTextContent();
        assertThat(text).contains("Code frequencies by coder", "debt concern", "two-way road", "aida", "ben");
        ok("chart", "x.gloss", "frequencies", "--out", "own.svg");
        List<String> fills = attributes(svg("own.svg"), "rect", "fill");
        // every code with codings has its bar painted in its own colour, as the codebook lists it
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\((\\d+)\\) (#[0-9A-Fa-f]{6})").matcher(codebook);
        int codes = 0;
        while (code.find()) {
            if (Integer.parseInt(code.group(1)) > 0) {
                assertThat(fills).contains(code.group(2).toLowerCase(java.util.Locale.ROOT));
                codes++;
            }
        }
        assertThat(codes).isEqualTo(4);
        ok("chart", "x.gloss", "matrix", "--percent", "column", "--out", "m.svg");
        assertThat(svg("m.svg").getDocumentElement().getTextContent()).contains("article", "interview", "% of column");
        ok("chart", "x.gloss", "portrait", "--doc", "interview", "--out", "p.svg");
        assertThat(attributes(svg("p.svg"), "rect", "data-item")).anyMatch(i -> i.startsWith("tile:"));
    }

    @Test
    void agreementAndCooccurrenceAreWrittenAsPngOfTheSizeAsked() throws Exception {
        ok("chart", "x.gloss", "agreement", "--coders", "aida,ben", "--bootstrap", "100", "--out", "a.png", "--width", "800",
                "--height", "500", "--dpi", "144");
        BufferedImage image = ImageIO.read(dir.resolve("a.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(750);
        ok("chart", "x.gloss", "cooccurrence", "--out", "c.png");
        assertThat(ImageIO.read(dir.resolve("c.png").toFile()).getWidth()).isEqualTo(1000);
    }

    @Test
    void unknownKindsDocumentsAndCodersAreOneLineAndLeaveNoFile() throws Exception {
        for (String[] args : new String[][] {
            {"chart", "x.gloss", "pie", "--out", "x.svg"},
            {"chart", "x.gloss", "portrait", "--doc", "nobody", "--out", "x.svg"},
            {"chart", "x.gloss", "agreement", "--coders", "aida,zed", "--out", "x.svg"},
        }) {
            GlossProcess.Result result = gloss.run(args);
            assertThat(result.status()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).startsWith("gloss: error: ");
            assertThat(result.err().strip().lines().count()).as(result.toString()).isEqualTo(1);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("x.gloss"))).isEmpty();
        }
    }
}
