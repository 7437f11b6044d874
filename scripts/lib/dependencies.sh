# Installs the test dependencies when they are missing. Sourced by scripts/test.
apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL…"; apt_install postgresql
  fi
}

ensure_browser() {
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || {
    echo "Installing Chromium and its driver…"; apt_install chromium chromium-driver
  }
  python3 -c "import selenium, pytest, openpyxl" 2>/dev/null || {
    echo "Installing selenium, pytest and openpyxl…"; python3 -m pip install -q selenium pytest openpyxl
  }
}

# The QR tests decode the generated codes with a standard reader (zbar), not with our own code.
ensure_qr_decoder() {
  command -v zbarimg >/dev/null 2>&1 || { echo "Installing zbar-tools (QR decoder)…"; apt_install zbar-tools; }
}
