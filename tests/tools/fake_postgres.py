#!/usr/bin/python3
"""A stand-in PostgreSQL server for the hostile-set tests: listens on
127.0.0.1, refuses SSL and GSS encryption, asks every client for a
cleartext password, and appends to RECORD one JSON line when a client has
said who it is (the user and database of its startup message) and one more
when it sends a password (with the password). Then it answers "password
authentication failed" and hangs up, so no client ever gets further.
Prints "ready PORT" once it listens.

  fake_postgres.py RECORD
"""
import json
import socket
import struct
import sys

record = sys.argv[1]
SSL_REQUEST, GSS_REQUEST, CANCEL_REQUEST = 80877103, 80877104, 80877102


def read_exactly(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def startup(conn):
    """The startup message's parameters, after any encryption requests."""
    while True:
        length, code = struct.unpack("!ii", read_exactly(conn, 8))
        body = read_exactly(conn, length - 8)
        if code in (SSL_REQUEST, GSS_REQUEST):
            conn.sendall(b"N")
            continue
        if code == CANCEL_REQUEST:
            raise EOFError
        words = body.split(b"\0")
        return {words[i].decode(errors="replace"): words[i + 1].decode(errors="replace")
                for i in range(0, len(words) - 1, 2) if words[i]}


def keep(seen):
    with open(record, "a") as f:
        f.write(json.dumps(seen) + "\n")


def serve(conn):
    try:
        params = startup(conn)
        seen = {"user": params.get("user"), "database": params.get("database"), "password": None}
        # Each line is written before the client hears back, so a test that
        # reads the record once the client has exited finds it.
        keep(seen)
        conn.sendall(b"R" + struct.pack("!ii", 8, 3))  # AuthenticationCleartextPassword
        kind = read_exactly(conn, 1)
        length = struct.unpack("!i", read_exactly(conn, 4))[0]
        body = read_exactly(conn, length - 4)
        if kind == b"p":
            seen["password"] = body.rstrip(b"\0").decode(errors="replace")
            keep(seen)
        fields = b"SFATAL\0C28P01\0Mpassword authentication failed (test stand-in)\0\0"
        conn.sendall(b"E" + struct.pack("!i", 4 + len(fields)) + fields)
    except (EOFError, OSError, struct.error):
        pass
    finally:
        conn.close()


listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(8)
print("ready %d" % listener.getsockname()[1], flush=True)
while True:
    client, _ = listener.accept()
    serve(client)
