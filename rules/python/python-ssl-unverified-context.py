import socket
import ssl
import urllib.request

import urllib3


def fetch(url):
    # ruleid: python-ssl-unverified-context
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx) as resp:
        return resp.read()


# ruleid: python-ssl-unverified-context
ssl._create_default_https_context = ssl._create_unverified_context


def lenient_context():
    ctx = ssl.create_default_context()
    # ruleid: python-ssl-unverified-context
    ctx.check_hostname = False
    # ruleid: python-ssl-unverified-context
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def pool():
    # ruleid: python-ssl-unverified-context
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def legacy_client(host):
    sock = socket.create_connection((host, 443))
    # ruleid: python-ssl-unverified-context
    return ssl.wrap_socket(sock)


def legacy_explicit(sock):
    # ruleid: python-ssl-unverified-context
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)


# ---- safe look-alikes ----


def strict_context(cafile):
    # ok: python-ssl-unverified-context
    ctx = ssl.create_default_context(cafile=cafile)
    # ok: python-ssl-unverified-context
    ctx.check_hostname = True
    # ok: python-ssl-unverified-context
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def strict_pool():
    # ok: python-ssl-unverified-context
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED")


def legacy_server(sock):
    # ok: python-ssl-unverified-context
    return ssl.wrap_socket(sock, server_side=True, certfile="server.pem")


def verified_socket(sock, host):
    # ok: python-ssl-unverified-context
    return ssl.create_default_context().wrap_socket(sock, server_hostname=host)
