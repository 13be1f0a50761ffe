#!/usr/bin/env python3
"""A server that answers like a captive portal or a wrong address, never like an LRS.

Usage: portal.py MODE PARENT_PID. Listens on 127.0.0.1 on a free port, prints the port, and
stops by itself when PARENT_PID is gone or after 300 seconds. Standard library only.

MODE: html (a login page, 200), wrong-ids (200, ids of other statements), one-id (200, the
first statement's id alone; GET by id: 404), no-content (204; GET by id: 404), endless (200 and
a body that never ends), drip (200 at 2 bytes a second), black-hole (accepts connections in the
kernel's backlog and never reads or answers).
"""
import json
import os
import socket
import sys
import threading
import time
import uuid

LIFETIME = 300
LOGIN_PAGE = b"<!DOCTYPE html><html><head><title>Wi-Fi Hotel</title></head><body><form>Login</form></body></html>"


def read_request(connection):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return None, b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return head.split(b"\r\n")[0].decode("latin-1"), body


def answer(connection, status, body, content_type="application/json"):
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    connection.sendall(head.encode() + body)


def ids_of(body):
    try:
        return [statement.get("id") for statement in json.loads(body)]
    except (ValueError, AttributeError):
        return []


def serve(connection, mode):
    try:
        respond(connection, mode)
    except OSError:
        pass   # the client gave up, as it should
    finally:
        connection.close()


def respond(connection, mode):
    if True:
        request_line, body = read_request(connection)
        if request_line is None:
            return
        is_get = request_line.startswith("GET")
        if mode == "html":
            answer(connection, "200 OK", LOGIN_PAGE, "text/html")
        elif mode == "wrong-ids":
            answer(connection, "200 OK", json.dumps([str(uuid.uuid4()) for _ in ids_of(body) or [0]]).encode())
        elif mode in ("one-id", "no-content") and is_get:
            answer(connection, "404 Not Found", b'{"detail": "not found"}')
        elif mode == "one-id":
            answer(connection, "200 OK", json.dumps(ids_of(body)[:1]).encode())
        elif mode == "no-content":
            connection.sendall(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
        elif mode == "endless":
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[")
            chunk = b'"' + b"x" * 65530 + b'",'
            for _ in range(1_000_000):   # about 65 GB: far beyond any limit, yet bounded
                connection.sendall(chunk)
        elif mode == "drip":
            message = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[" + b" " * 100000
            for start in range(0, min(len(message), 2 * LIFETIME), 2):
                connection.sendall(message[start:start + 2])
                time.sleep(1)


def watch(parent):
    started = time.time()
    while time.time() - started < LIFETIME:
        try:
            os.kill(parent, 0)
        except OSError:
            break
        time.sleep(0.5)
    os._exit(0)


def main():
    mode, parent = sys.argv[1], int(sys.argv[2])
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    print(listener.getsockname()[1], flush=True)
    threading.Thread(target=watch, args=(parent,), daemon=True).start()
    if mode == "black-hole":
        while True:
            time.sleep(1)
    while True:
        connection, _ = listener.accept()
        threading.Thread(target=serve, args=(connection, mode), daemon=True).start()


if __name__ == "__main__":
    try:
        main()
    except (BrokenPipeError, ConnectionResetError, KeyboardInterrupt):
        pass
