import json
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)
audit_log = logging.getLogger("audit")


@app.route("/login", methods=["POST"])
def login():
    # ruleid: python-log-injection
    logger.info(f"login attempt for {request.form['username']}")
    return "ok"


@app.route("/search")
def search():
    # ruleid: python-log-injection
    logging.warning("search: " + request.args.get("q", ""))
    return "ok"


@app.route("/orders", methods=["POST"])
def orders():
    # ruleid: python-log-injection
    app.logger.info("order from %s", request.headers.get("X-Customer"))
    return "ok"


def django_view(request):
    # ruleid: python-log-injection
    audit_log.error(
        "failed payment for %s",
        request.POST["account"],
    )


# ---- safe look-alikes ----


@app.route("/login-safe", methods=["POST"])
def login_safe():
    # ok: python-log-injection
    logger.info("login attempt for %r", request.form["username"])
    return "ok"


@app.route("/search-safe")
def search_safe():
    query = request.args.get("q", "")
    # ok: python-log-injection
    logger.info("search: %s", query.replace("\n", "\\n").replace("\r", "\\r"))
    # ok: python-log-injection
    logger.info("search params: %s", json.dumps(request.args.to_dict()))
    return "ok"


def constant_message(user_id):
    # ok: python-log-injection
    logger.info("user %s logged in", user_id)


def unrelated(history, request):
    # ok: python-log-injection
    history.log(request.args)
