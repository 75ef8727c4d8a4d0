#!/usr/bin/python3
"""A real SMTP server for the notification tests (aiosmtpd, from Debian's
python3-aiosmtpd): listens on 127.0.0.1, accepts AUTH PLAIN/LOGIN for one
user and password when given, refuses any other, and writes each message it
receives, as sent, into a folder. Prints "ready PORT" once it listens.

  smtp_server.py MAILDIR [USER PASSWORD]
"""
import os
import socket
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

maildir = sys.argv[1]
user = sys.argv[2].encode() if len(sys.argv) > 3 else None
password = sys.argv[3].encode() if len(sys.argv) > 3 else None


class Keep:
    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(maildir, "%d-%d.eml" % (time.time_ns(), len(os.listdir(maildir))))
        with open(name + ".tmp", "wb") as f:
            f.write(("X-Envelope-From: %s\r\nX-Envelope-To: %s\r\n" % (
                envelope.mail_from, ",".join(envelope.rcpt_tos))).encode())
            f.write(envelope.original_content)
        os.rename(name + ".tmp", name)
        return "250 OK"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == user and auth_data.password == password
    return AuthResult(success=ok, handled=False)


options = {}
if user is not None:
    options = dict(authenticator=authenticate, auth_require_tls=False, auth_required=True)
# A free port, found by binding to port 0 (aiosmtpd's own start-up check
# cannot use port 0).
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
controller = Controller(Keep(), hostname="127.0.0.1", port=port, **options)
controller.start()
print("ready %d" % port, flush=True)
try:
    while True:
        time.sleep(3600)
finally:
    controller.stop()
