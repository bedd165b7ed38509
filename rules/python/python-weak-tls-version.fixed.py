import socket
import ssl

from OpenSSL import SSL


def legacy_context():
    # ruleid: python-weak-tls-version
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def old_server_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    # ruleid: python-weak-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def pyopenssl_context():
    # ruleid: python-weak-tls-version
    return SSL.Context(SSL.TLSv1_1_METHOD)


def wrap(sock: socket.socket):
    # ruleid: python-weak-tls-version
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3, cert_reqs=ssl.CERT_REQUIRED)


# ---- safe look-alikes ----


def modern_context():
    ctx = ssl.create_default_context()
    # ok: python-weak-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def client_context():
    # ok: python-weak-tls-version
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


LEGACY_NAMES = {
    # ok: python-weak-tls-version
    ssl.PROTOCOL_TLSv1: "TLS 1.0",
}


def describe(ctx):
    # ok: python-weak-tls-version
    if ctx.minimum_version == ssl.TLSVersion.TLSv1:
        return "legacy"
    return "modern"


def pyopenssl_modern():
    # ok: python-weak-tls-version
    return SSL.Context(SSL.TLS_METHOD)
