#!/usr/bin/env bash
# Installs Debian's Chromium for the dashboard's browser tests (test/browser.test.ts). Idempotent: quiet when it is there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-browser: chromium is missing and this user cannot install packages (not root, no sudo); the browser tests will be skipped" >&2
    exit 0
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: chromium is missing and apt-get is not available; install Chromium at /usr/bin/chromium by hand, or the browser tests will be skipped" >&2
  exit 0
fi
echo "install-browser: installing chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; }; then
  echo "install-browser: apt-get could not install chromium; the browser tests will be skipped" >&2
  exit 0
fi
echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium installed')" >&2
