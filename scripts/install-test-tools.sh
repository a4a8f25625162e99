#!/usr/bin/env bash
# Installs the Debian packages that vico's tests use beyond Java:
#   python3-networkx  an independent parser for the GraphML/GEXF exports
#   chromium, chromium-driver  real browser tests of the web page and the HTML report
#   firefox-esr       the page's smoke test in Firefox (driven over WebDriver BiDi, no geckodriver needed)
#   graphviz          an independent reader of the DOT export
# Safe to run again; does nothing when everything is there.
set -euo pipefail
need=()
/usr/bin/python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
[ -x /usr/bin/firefox-esr ] || [ -x /usr/bin/firefox ] || need+=(firefox-esr)
command -v dot >/dev/null 2>&1 || need+=(graphviz)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-tools: run as root to install ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "install-test-tools: installed ${need[*]}" >&2
