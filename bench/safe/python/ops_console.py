"""A small operations console: status pages, key rotation, backups and remote checks, written the safe way."""

import html
import logging
import os
import socket
import stat
import tarfile

import jwt
import paramiko
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from flask import Flask, Response, abort, jsonify, render_template, request
from markupsafe import escape
from werkzeug.security import generate_password_hash

app = Flask(__name__)
log = logging.getLogger("ops")
BACKUP_DIR = os.environ.get("BACKUP_DIR", "/var/backups/ops")
JWT_KEY = os.environ["OPS_JWT_KEY"]


def operator_from_token():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, JWT_KEY, algorithms=["HS256"], audience="ops-console")
    except jwt.InvalidTokenError:
        abort(401)
    return claims["sub"]


@app.route("/status")
def status():
    service = request.args.get("service", "all")
    return f"<h1>Status of {escape(service)}</h1><p>All systems nominal.</p>"


@app.route("/search")
def search():
    term = html.escape(request.args.get("q", ""))
    return "<p>No incidents match <b>" + term + "</b></p>"


@app.route("/incidents/<incident_id>")
def incident(incident_id):
    return jsonify({"id": incident_id, "state": "resolved"})


@app.route("/report")
def report():
    return render_template("report.html", operator=operator_from_token(), period=request.args.get("period"))


@app.route("/echo")
def echo():
    return Response(request.args.get("text", ""), mimetype="text/plain")


@app.route("/operators", methods=["POST"])
def add_operator():
    name = request.form["name"]
    password = request.form["password"]
    password_hash = generate_password_hash(password)
    log.info("operator %r added (password of %d characters)", name, len(password))
    return jsonify({"name": name, "hash_scheme": password_hash.split(":", 1)[0]}), 201


def rotate_signing_key():
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    log.info("rotated signing key (%d bits)", key.key_size)
    return key


def session_key():
    return ec.generate_private_key(ec.SECP384R1())


def write_secret(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def publish_script(path):
    os.chmod(path, 0o755)


def restore(archive_name):
    path = os.path.join(BACKUP_DIR, os.path.basename(archive_name))
    with tarfile.open(path, "r:gz") as tar:
        tar.extractall(BACKUP_DIR, filter="data")


def health_listener(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(8)
    return sock


def remote_uptime(host, user, key_file):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_file, timeout=10)
    try:
        _, stdout, _ = client.exec_command("uptime")
        return stdout.read().decode()
    finally:
        client.close()


def log_login(user, token_count, password_reset_url):
    log.info("login by %s: %d tokens issued, reset link %s", user, token_count, password_reset_url)
    print(f"{user} logged in")
