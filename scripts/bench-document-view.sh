#!/usr/bin/env bash
# Runs the document view benchmark (DocumentViewBenchmark in org.gloss.ui.document's test sources;
# figures in docs/performance.md, "Document view") on Monocle: builds that bundle and what it needs
# through the reactor (nothing is installed in ~/.m2), then starts the harness on their class path.
# `gloss bench` cannot run it: it needs the JavaFX test class path, not the product. Extra arguments
# go to the JVM, e.g.
#   scripts/bench-document-view.sh -Dbench.applies=100 -Dbench.settleMillis=400
set -euo pipefail
cd "$(dirname "$0")/.."
module=bundles/org.gloss.ui.document
./mvnw -B -o -q package -DskipTests dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt -pl "$module" -am
exec java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true "$@" \
  -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench-classpath.txt")" \
  org.gloss.ui.document.internal.DocumentViewBenchmark
