package org.gloss.ui.adjudication.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.FleissKappa;
import org.gloss.agreement.coefficients.internal.GwetAc1;
import org.gloss.agreement.coefficients.internal.KrippendorffAlphaNominal;
import org.gloss.agreement.coefficients.internal.KrippendorffUnitizingAlpha;
import org.gloss.agreement.coefficients.internal.PercentAgreement;
import org.gloss.agreement.coefficients.internal.ScottPi;
import org.gloss.agreement.internal.AgreementStudiesService;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.CodePointText;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;

/**
 * A demo-like project on a real SQLite file: an interview with emoji before the coded passages,
 * two coders (aida, ben) who partly disagree on three codes, and the agreement service with every
 * coefficient, as the OSGi runtime would provide them (tests are not bundles).
 */
final class ReviewProject {
    static final String TEXT = "😀 Q: What do you think? 𠀀\n"
            + "A: My brother sells apricots in Ürümqi, and Chinese traders come here too. It is a two-way road, really.\n"
            + "A: Be open about the contracts. If we knew the terms of the credit, there would be less fear. 😊\n";

    private ReviewProject() {
    }

    static AgreementStudies studies() {
        return new AgreementStudiesService(List.of(new PercentAgreement(), new CohenKappa(), new ScottPi(), new FleissKappa(),
                new KrippendorffAlphaNominal(), new GwetAc1(), new KrippendorffUnitizingAlpha()));
    }

    static Path create(Path dir) {
        Path project = dir.resolve("review.gloss");
        try (ProjectSession session = new SqliteStoreProvider().create(project.toString())) {
            long doc = session.documents().add(new NewDocument("interview", TEXT)).id();
            long road = session.codebook().add("two-way road", null, "#2E86AB", null).id();
            long transparency = session.codebook().add("transparency", null, "#66A182", null).id();
            long debt = session.codebook().add("debt concern", null, "#D1495B", null).id();
            long aida = session.coders().getOrCreate("aida").id();
            long ben = session.coders().getOrCreate("ben").id();
            List<NewCoding> codings = new ArrayList<>();
            codings.add(coding(doc, road, aida, "It is a two-way road, really."));
            codings.add(coding(doc, road, ben, "My brother sells apricots in Ürümqi, and Chinese traders come here too. It is a two-way road, really."));
            codings.add(coding(doc, transparency, aida, "Be open about the contracts."));
            codings.add(coding(doc, transparency, ben, "Be open about the contracts. If we knew the terms of the credit, there would be less fear."));
            codings.add(coding(doc, debt, aida, "the terms of the credit"));
            session.codings().addAll(codings);
        }
        return project;
    }

    static ProjectSession open(Path project) {
        return new SqliteStoreProvider().open(project.toString());
    }

    /** [start, end) of a passage of {@link #TEXT}, in code points. */
    static int[] span(String passage) {
        CodePointText text = new CodePointText(TEXT);
        int at = TEXT.indexOf(passage);
        if (at < 0) {
            throw new IllegalArgumentException(passage);
        }
        return new int[] {text.toCodePointOffset(at), text.toCodePointOffset(at + passage.length())};
    }

    private static NewCoding coding(long doc, long code, long coder, String passage) {
        int[] span = span(passage);
        return new NewCoding(doc, code, coder, span[0], span[1], null);
    }
}
