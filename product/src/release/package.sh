#!/bin/sh
# Makes the release packages from the assembled product (product/target/gloss); run by the
# release profile (./mvnw -B -Prelease package -DskipTests), see README "Installing".
#   package.sh VERSION DIST OUT WORK SOURCES JDK EPOCH
# writes into OUT: gloss-VERSION-linux-x64.tar.gz (with a jlink'd Java runtime) and
# gloss_DEBVERSION_amd64.deb; the plain zip is made by the profile itself.
set -eu
VERSION=$1 DIST=$2 OUT=$3 WORK=$4 SOURCES=$5 JDK=$6
EPOCH=$(date -d "$7" +%s)   # project.build.outputTimestamp: the same times in every build
ROOT=$(cd "$SOURCES/../../.." && pwd)
NAME="gloss-$VERSION"
APP="$WORK/$NAME"

rm -rf "$WORK"
mkdir -p "$WORK" "$OUT"
cp -a "$DIST" "$APP"
rm -rf "$APP/plugins" && mkdir "$APP/plugins"
cp "$ROOT/LICENSE" "$ROOT/NOTICE" "$ROOT/README.md" "$APP/"

# The Java runtime: only the JDK modules Gloss and its libraries use (JavaFX stays on the
# launcher's class path, which the system bundle exports from), with the JDK's own class-data
# archive, the locales Gloss's texts are in, no debug data, headers or man pages.
MODULES=java.base,java.desktop,java.xml,java.logging,java.sql,java.naming,java.management,java.prefs,java.scripting,\
java.security.jgss,java.security.sasl,java.net.http,java.transaction.xa,java.xml.crypto,jdk.unsupported,jdk.crypto.ec,\
jdk.charsets,jdk.localedata,jdk.zipfs,jdk.jfr,jdk.net,jdk.management
"$JDK/bin/jlink" --add-modules "$MODULES" --output "$APP/runtime" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --include-locales=en,ru,kk --generate-cds-archive

# Shell completion from the command model, made by the packaged Gloss with its own runtime.
mkdir -p "$WORK/completion"
env -u JAVA_HOME GLOSS_CACHE="$WORK/cache" "$APP/bin/gloss" completion bash > "$WORK/completion/gloss.bash"
env -u JAVA_HOME GLOSS_CACHE="$WORK/cache" "$APP/bin/gloss" completion zsh > "$WORK/completion/gloss.zsh"
rm -rf "$WORK/cache"
grep -q "complete -F" "$WORK/completion/gloss.bash"
mkdir -p "$APP/share/completion"
cp "$WORK/completion/gloss.bash" "$WORK/completion/gloss.zsh" "$APP/share/completion/"

# The tarball: unpack anywhere and run bin/gloss (reproducible order, owner and times).
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" -C "$WORK" \
  -czf "$OUT/$NAME-linux-x64.tar.gz" "$NAME"

# The Debian package: the installation in /opt/gloss, gloss on the PATH, a desktop entry with
# its icon and the .gloss file type, bash completion (zsh: source the script in share/).
DEB="$WORK/deb"
mkdir -p "$DEB/DEBIAN" "$DEB/opt" "$DEB/usr/bin" "$DEB/usr/share/applications" \
  "$DEB/usr/share/icons/hicolor/scalable/apps" "$DEB/usr/share/mime/packages" \
  "$DEB/usr/share/bash-completion/completions" "$DEB/usr/share/doc/gloss"
cp -a "$APP" "$DEB/opt/gloss"
ln -s /opt/gloss/bin/gloss "$DEB/usr/bin/gloss"
cp "$SOURCES/gloss.desktop" "$DEB/usr/share/applications/gloss.desktop"
cp "$SOURCES/gloss.svg" "$DEB/usr/share/icons/hicolor/scalable/apps/gloss.svg"
cp "$SOURCES/gloss-mime.xml" "$DEB/usr/share/mime/packages/gloss.xml"
cp "$WORK/completion/gloss.bash" "$DEB/usr/share/bash-completion/completions/gloss"
cp "$ROOT/LICENSE" "$DEB/usr/share/doc/gloss/copyright"
DEB_VERSION=$(echo "$VERSION" | sed 's/-/~/')
SIZE=$(du -sk "$DEB/opt" "$DEB/usr" | awk '{s += $1} END {print s}')
sed -e "s/@DEB_VERSION@/$DEB_VERSION/" -e "s/@INSTALLED_SIZE@/$SIZE/" "$SOURCES/control" > "$DEB/DEBIAN/control"
find "$DEB" -exec touch -h -d "@$EPOCH" {} +
SOURCE_DATE_EPOCH=$EPOCH dpkg-deb --root-owner-group -Zgzip --build "$DEB" "$OUT/gloss_${DEB_VERSION}_amd64.deb" >/dev/null
echo "release packages in $OUT:"
ls -l "$OUT"
