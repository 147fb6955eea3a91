#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package: installs what is missing (scripts/packages.txt with its package group), configures a
# Release build for the /usr prefix in build-package/ with Debian's build flags (dpkg-buildflags, all hardening on),
# builds it, and makes build-package/borderlog_VERSION_ARCH.deb with CPack (its dependencies found by
# dpkg-shlibdeps); lintian looks at it when it is installed. Extra arguments go to CMake's configure step, e.g.
# -DBORDERLOG_PACKAGE_MAINTAINER="Name <e-mail>".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-package"
bash "$root/scripts/install-deps.sh" --with package
# Debian's flags with every hardening feature: stack protector, _FORTIFY_SOURCE, read-only relocations, bind now.
cd "$root"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DBUILD_TESTING=OFF \
  -DBORDERLOG_BENCHMARKS=OFF -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/borderlog_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/borderlog_*.deb)
if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 "$deb" || true
fi
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends
echo "$deb"
