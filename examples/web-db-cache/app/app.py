"""A page counter: the count lives in Redis, and /healthz checks that Redis and PostgreSQL answer.

Standard library only, so the official python image runs it as it is.
"""
import os
import socket
import struct
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REDIS = (os.environ.get("REDIS_HOST", "cache"), int(os.environ.get("REDIS_PORT", "6379")))
POSTGRES = (os.environ.get("DATABASE_HOST", "db"), int(os.environ.get("DATABASE_PORT", "5432")))


def redis(*args):
    """Sends one command in the Redis protocol and returns the reply line without its type byte."""
    request = "*%d\r\n" % len(args) + "".join("$%d\r\n%s\r\n" % (len(a), a) for a in args)
    with socket.create_connection(REDIS, timeout=2) as s:
        s.sendall(request.encode())
        reply = s.makefile("rb").readline().decode().strip()
    if reply.startswith("-"):
        raise RuntimeError(reply[1:])
    return reply[1:]


def postgres_answers():
    """Sends PostgreSQL's SSLRequest; a server answers with one byte, S or N."""
    with socket.create_connection(POSTGRES, timeout=2) as s:
        s.sendall(struct.pack("!ii", 8, 80877103))
        return s.recv(1) in (b"S", b"N")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        try:
            if self.path == "/healthz":
                ok = redis("PING") == "PONG" and postgres_answers()
                self.reply(200 if ok else 503, "ok\n" if ok else "not ready\n")
            elif self.path == "/":
                hits = redis("INCR", "hits")
                self.reply(200, "Hello! This page has been seen %s times.\n" % hits)
            else:
                self.reply(404, "not found\n")
        except (OSError, RuntimeError) as e:
            self.reply(503, "unavailable: %s\n" % e)

    def reply(self, status, text):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    print("listening on port %d" % port, flush=True)
    ThreadingHTTPServer(("0.0.0.0", port), Handler).serve_forever()
