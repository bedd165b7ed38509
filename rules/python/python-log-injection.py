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


# ---- flows over several steps ----


@app.route("/reset", methods=["POST"])
def reset():
    email = request.form.get("email", "")
    note = "password reset requested for {}".format(email)
    # ruleid: python-log-injection
    logger.warning(note)
    return "ok"


def client_agent():
    return request.headers.get("User-Agent", "-")


@app.route("/ping")
def ping():
    # ruleid: python-log-injection
    logger.debug("ping from %s", client_agent())
    return "pong"


@app.route("/items/<name>")
def item(name):
    # ruleid: python-log-injection
    logger.info("item %s viewed", name)
    return name


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


@app.route("/search-cleaned")
def search_cleaned():
    query = request.args.get("q", "").replace("\r", " ").replace("\n", " ")
    # ok: python-log-injection
    logger.info("search: %s", query)
    shown = repr(request.args.get("page"))
    # ok: python-log-injection
    logger.info("page %s", shown)
    return "ok"


@app.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    # ok: python-log-injection
    logger.info("count %d", n)
    return "ok"


def constant_message(user_id):
    # A plain function's parameter: not known to come from a request.
    # ok: python-log-injection
    logger.info("user %s logged in", user_id)


def job_done(job):
    elapsed = job.finished - job.started
    # ok: python-log-injection
    logger.info("job %s took %.1fs", job.id, elapsed)


def unrelated(history, request):
    # ok: python-log-injection
    history.log(request.args)
