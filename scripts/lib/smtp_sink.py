#!/usr/bin/env python3
"""A real SMTP server for OCOPMail's tests (aiosmtpd, Python 3.11).

Why it exists: the Swift tests must talk to a genuine SMTP implementation
(multi-line EHLO replies, STARTTLS, AUTH PLAIN/LOGIN, dot-unstuffing) rather
than to a mock that shares the client's assumptions.

Every accepted message is stored as DIR/<n>.eml (the raw bytes after
dot-unstuffing) and DIR/<n>.json (envelope sender, recipients, AUTH login and
whether the session was encrypted), both written before the final 250 reply,
so a test may read them as soon as the client's send() returns.

Prints `READY <port>` on stdout once listening, then serves until killed
(or, with --exit-after, until that many seconds have passed).

Install the dependency with `pip install aiosmtpd`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import ssl
import sys

try:
    from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
except ImportError:  # pragma: no cover - reported to the Swift test verbatim
    print(
        "smtp_sink.py: the Python package 'aiosmtpd' is missing; "
        "install it with: pip install aiosmtpd",
        file=sys.stderr,
        flush=True,
    )
    sys.exit(3)

BUILTIN_MECHANISMS = ("PLAIN", "LOGIN")


class SinkHandler:
    """Stores messages and applies the per-recipient failures asked for."""

    def __init__(self, maildir: str, reject: set[str], tempfail: set[str]):
        self.maildir = maildir
        self.reject = reject
        self.tempfail = tempfail
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if address.lower() in self.tempfail:
            return "451 4.3.0 <%s>: Temporary failure, try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        n = self.count
        raw = envelope.original_content or b""
        login = None
        if isinstance(session.auth_data, LoginPassword):
            login = session.auth_data.login.decode("utf-8", "replace")
        elif isinstance(session.auth_data, str):
            login = session.auth_data
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "auth_login": login,
            # session.ssl is set by STARTTLS; the transport tells about implicit TLS.
            "tls": session.ssl is not None
            or server.transport.get_extra_info("ssl_object") is not None,
            "helo": session.host_name,
        }
        _write_atomically(os.path.join(self.maildir, f"{n}.eml"), raw)
        _write_atomically(
            os.path.join(self.maildir, f"{n}.json"),
            json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8"),
        )
        return f"250 2.0.0 OK queued as {n}"


def _write_atomically(path: str, data: bytes) -> None:
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _make_authenticator(user: str, password: str):
    def authenticator(server, session, envelope, mechanism, auth_data):
        if (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode("utf-8", "replace") == user
            and auth_data.password.decode("utf-8", "replace") == password
        ):
            return AuthResult(success=True, auth_data=user)
        # handled=False lets aiosmtpd answer "535 5.7.8 Authentication credentials invalid".
        return AuthResult(success=False, handled=False)

    return authenticator


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 picks a free port")
    p.add_argument("--maildir", required=True)
    p.add_argument("--tls-cert")
    p.add_argument("--tls-key")
    p.add_argument("--implicit-tls", action="store_true",
                   help="wrap the whole connection in TLS (port-465 style) instead of STARTTLS")
    p.add_argument("--require-starttls", action="store_true")
    p.add_argument("--auth", metavar="USER:PASSWORD")
    p.add_argument("--auth-mechanisms", default="PLAIN,LOGIN",
                   help="comma-separated subset of PLAIN,LOGIN to advertise")
    p.add_argument("--reject-rcpt", action="append", default=[], metavar="ADDRESS")
    p.add_argument("--tempfail-rcpt", action="append", default=[], metavar="ADDRESS")
    p.add_argument("--exit-after", type=float, default=0,
                   help="stop after this many seconds (0: never), so a crashed test run leaves no server behind")
    args = p.parse_args()

    # A parent may have started us with signals blocked (Swift's Foundation
    # Process on Linux passes on the test runner's mask); "until killed" needs
    # SIGTERM and SIGINT to work.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT, signal.SIGHUP})
    def stopped_by(signum, frame):
        # Say why on stderr (the test shows the log when it finds the server gone), then stop.
        print(f"smtp_sink: stopped by signal {signum} (parent {os.getppid()})", file=sys.stderr, flush=True)
        os._exit(128 + signum)

    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, stopped_by)
    # The test reads one line from our stdout and then lets its pipe go: a later write there must not
    # end the server (SIGPIPE), so it is ignored, and stdout is pointed at /dev/null after READY.
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)

    os.makedirs(args.maildir, exist_ok=True)
    handler = SinkHandler(
        args.maildir,
        {a.lower() for a in args.reject_rcpt},
        {a.lower() for a in args.tempfail_rcpt},
    )

    tls_context = None
    if args.tls_cert or args.tls_key:
        if not (args.tls_cert and args.tls_key):
            p.error("--tls-cert and --tls-key go together")
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.tls_cert, args.tls_key)
    if args.implicit_tls and tls_context is None:
        p.error("--implicit-tls needs --tls-cert and --tls-key")

    smtp_kwargs: dict = {"hostname": "ocop-sink.test", "ident": "OCOP test sink"}
    if tls_context is not None and not args.implicit_tls:
        smtp_kwargs["tls_context"] = tls_context
        smtp_kwargs["require_starttls"] = args.require_starttls
    if args.auth:
        user, sep, password = args.auth.partition(":")
        if not sep:
            p.error("--auth takes USER:PASSWORD")
        smtp_kwargs["authenticator"] = _make_authenticator(user, password)
        # Without TLS, AUTH must be allowed in the clear so the plain test can
        # exercise it; with STARTTLS, AUTH is only offered once encrypted.
        smtp_kwargs["auth_require_tls"] = tls_context is not None and not args.implicit_tls
        wanted = {m.strip().upper() for m in args.auth_mechanisms.split(",") if m.strip()}
        smtp_kwargs["auth_exclude_mechanism"] = [m for m in BUILTIN_MECHANISMS if m not in wanted]
    # Without --auth, aiosmtpd's default (AUTH only after TLS, every login
    # refused) stays: a plain server then offers no AUTH at all.

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(handler, **smtp_kwargs),
            host=args.host,
            port=args.port,
            ssl=tls_context if args.implicit_tls else None,
        )
        port = server.sockets[0].getsockname()[1]
        if args.exit_after > 0:
            loop.call_later(args.exit_after, server.close)
        print(f"READY {port}", flush=True)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        async with server:
            try:
                await server.serve_forever()
            except asyncio.CancelledError:
                pass

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
