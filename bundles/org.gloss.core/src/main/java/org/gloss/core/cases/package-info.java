/**
 * Cases and sets as the command line, the workbench and the analyses use them: a smart set's
 * condition language ({@link org.gloss.core.cases.SetCondition}), the documents a set holds now,
 * a case's text, the scope of {@code --case} and {@code --set} filters (a coding is in a case when
 * it overlaps the case's text), cases made from transcripts' speakers, and their messages.
 */
@Export
@Version("1.0.0")
package org.gloss.core.cases;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
