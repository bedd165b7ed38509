import socket
import ssl

HOST = "mail.example.com"
PORT = 465


def fetch_banner():
    raw = socket.create_connection((HOST, PORT), timeout=10)
    # ruleid: python-insecure-default-protocol
    tls = ssl.wrap_socket(raw)
    try:
        return tls.recv(1024)
    finally:
        tls.close()


def client_cert(certfile, keyfile):
    conn = socket.create_connection((HOST, PORT))
    # ruleid: python-insecure-default-protocol
    secure = ssl.wrap_socket(conn, certfile=certfile, keyfile=keyfile, cert_reqs=ssl.CERT_REQUIRED)
    return secure


def client_with_ca(ca_bundle):
    sock = socket.create_connection((HOST, PORT))
    # ruleid: python-insecure-default-protocol
    return ssl.wrap_socket(
        sock,
        cert_reqs=ssl.CERT_REQUIRED,
        ca_certs=ca_bundle,
    )


# ---- safe look-alikes ----


def fetch_banner_safe():
    context = ssl.create_default_context()
    raw = socket.create_connection((HOST, PORT), timeout=10)
    # ok: python-insecure-default-protocol
    with context.wrap_socket(raw, server_hostname=HOST) as tls:
        return tls.recv(1024)


def legacy_pinned(sock):
    # ok: python-insecure-default-protocol
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLS_CLIENT, cert_reqs=ssl.CERT_REQUIRED)


def server_context(certfile, keyfile, conn):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile, keyfile)
    # ok: python-insecure-default-protocol
    return ctx.wrap_socket(conn, server_side=True)


def legacy_listener(conn, certfile):
    # ok: python-insecure-default-protocol
    return ssl.wrap_socket(conn, server_side=True, certfile=certfile)
