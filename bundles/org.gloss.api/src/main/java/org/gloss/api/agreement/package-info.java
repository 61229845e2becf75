/**
 * Inter-coder agreement: the agreement-measure service and the reliability data it is computed
 * over. A coefficient is a service implementing {@link org.gloss.api.agreement.AgreementMeasure};
 * a new coefficient is a new bundle.
 */
@Export
@Version("1.0.0")
package org.gloss.api.agreement;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
