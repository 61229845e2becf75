package org.gloss.agreement.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gloss.api.agreement.AgreementMeasure;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The agreement measures installed now (they come and go with their bundles), bound once for the
 * bundle: the comparison service and the report exporter both measure with them. A service of
 * this bundle only; its class is not exported.
 */
@Component(service = InstalledMeasures.class)
public class InstalledMeasures {
    private final List<AgreementMeasure> measures = new CopyOnWriteArrayList<>();

    public InstalledMeasures() {
    }

    /** A fixed set of measures (tests are not bundles and have no service registry). */
    InstalledMeasures(List<AgreementMeasure> measures) {
        this.measures.addAll(measures);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addMeasure(AgreementMeasure measure) {
        measures.add(measure);
    }

    void removeMeasure(AgreementMeasure measure) {
        measures.remove(measure);
    }

    /** The measures installed at this moment; none is an error the user can act on. */
    List<AgreementMeasure> current() {
        List<AgreementMeasure> now = List.copyOf(measures);
        if (now.isEmpty()) {
            throw AgreementErrors.noMeasures();
        }
        return now;
    }
}
