#!/usr/bin/env bash
# Playwright cannot download browsers on these machines, so the tests use Debian's Chromium.
# Installs it when missing (needs root, as on CI); otherwise says exactly what to run.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
	echo "Installing Debian's chromium for the browser tests…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif [ -d "${HOME}/.cache/ms-playwright" ]; then
	echo "No /usr/bin/chromium: using Playwright's own browser."
else
	echo "The browser tests need Chromium. On Debian or Ubuntu run: sudo apt-get install -y chromium" >&2
	exit 1
fi
