"""A small Flask app: accounts, uploads and downloads, written the safe way."""

import logging
import os
from urllib.parse import urlparse

from flask import (
    Flask,
    abort,
    jsonify,
    make_response,
    redirect,
    render_template,
    render_template_string,
    request,
    send_from_directory,
    url_for,
)
from markupsafe import Markup
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_HTTPONLY"] = True
UPLOAD_DIR = os.environ.get("UPLOAD_DIR", "/srv/uploads")
log = logging.getLogger(__name__)

USERS: dict[str, str] = {}


def is_local_url(target: str) -> bool:
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/register", methods=["POST"])
def register():
    username = request.form["username"]
    USERS[username] = generate_password_hash(request.form["password"])
    log.info("registered user %r", username)
    return redirect(url_for("login_form"))


@app.route("/login", methods=["GET"])
def login_form():
    return render_template("login.html")


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    stored = USERS.get(username)
    if stored is None or not check_password_hash(stored, request.form["password"]):
        log.warning("failed login for %r", username)
        abort(401)
    resp = make_response(redirect(url_for("dashboard")))
    resp.set_cookie("user", username, secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    if not is_local_url(target):
        target = "/"
    return redirect(target)


@app.route("/dashboard")
def dashboard():
    banner = Markup("<strong>Welcome back, {}</strong>").format(request.cookies.get("user", ""))
    return render_template("dashboard.html", banner=banner)


@app.route("/greet")
def greet():
    return render_template_string("<p>Hello {{ name }}</p>", name=request.args.get("name", "you"))


@app.route("/files/<path:name>")
def download(name):
    return send_from_directory(UPLOAD_DIR, name)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    filename = secure_filename(f.filename or "")
    if not filename or os.path.splitext(filename)[1].lower() not in {".png", ".jpg", ".pdf"}:
        abort(400)
    f.save(os.path.join(UPLOAD_DIR, filename))
    return jsonify(name=filename), 201


@app.route("/orders", methods=["POST"])
def create_order():
    try:
        order = request.get_json(force=True)
        return jsonify(id=save_order(order)), 201
    except Exception:
        log.exception("order creation failed")
        return jsonify(error="could not create the order"), 500


def save_order(order) -> int:
    return len(order)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")
