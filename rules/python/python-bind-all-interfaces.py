import os
import socket

HOST = "0.0.0.0"
PORT = 9000


def serve_metrics():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # ruleid: python-bind-all-interfaces
    sock.bind(("0.0.0.0", 9100))
    sock.listen(5)
    return sock


def udp_listener(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    # ruleid: python-bind-all-interfaces
    s.bind(("", port))
    return s


def dual_stack(port):
    s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    # ruleid: python-bind-all-interfaces
    s.bind(("::", port))
    return s


def chat_server():
    server = socket.socket()
    # ruleid: python-bind-all-interfaces
    server.bind((HOST, PORT))
    server.listen()
    return server


def echo_server():
    address = ("0.0.0.0", 7007)
    with socket.socket() as srv:
        # ruleid: python-bind-all-interfaces
        srv.bind(address)
        srv.listen(1)
        conn, _ = srv.accept()
        conn.sendall(conn.recv(1024))


# ---- safe look-alikes ----


def local_only():
    sock = socket.socket()
    # ok: python-bind-all-interfaces
    sock.bind(("127.0.0.1", 9100))
    return sock


def local_v6(port):
    sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    # ok: python-bind-all-interfaces
    sock.bind(("::1", port))
    return sock


def configured():
    host = os.environ.get("LISTEN_HOST", "0.0.0.0")
    sock = socket.socket()
    # ok: python-bind-all-interfaces
    sock.bind((host, int(os.environ.get("LISTEN_PORT", "8080"))))
    return sock


def ephemeral():
    sock = socket.socket()
    # ok: python-bind-all-interfaces
    sock.bind(("localhost", 0))
    return sock.getsockname()[1]


def ui(widget, on_key):
    # ok: python-bind-all-interfaces
    widget.bind("<Key>", on_key)


def unix_socket(path):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    # ok: python-bind-all-interfaces
    sock.bind(path)
    return sock


def web(app):
    # ok: python-bind-all-interfaces
    app.run(host="0.0.0.0", port=8000)
