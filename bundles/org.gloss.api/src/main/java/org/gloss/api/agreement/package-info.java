/**
 * Inter-coder agreement: the agreement-measure service and the reliability data it is computed
 * over. A coefficient is a service implementing {@link org.gloss.api.agreement.AgreementMeasure};
 * a new coefficient is a new bundle. {@link org.gloss.api.agreement.AgreementStudies} compares coders
 * of a project (figures, disagreements, one adjudication decision) for the command line and the workbench.
 */
@Export
@Version("2.1.0")
package org.gloss.api.agreement;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

