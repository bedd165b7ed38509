import os
import unittest

from flask import Flask

app = Flask(__name__)
# ruleid: python-flask-debug
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"
# ruleid: python-flask-debug
app.debug = os.environ.get("FLASK_DEBUG") == "1"


@app.route("/")
def index():
    return "ok"


def serve():
    # ruleid: python-flask-debug
    app.run(host="0.0.0.0", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")


class Server:
    def __init__(self):
        self.app = Flask("svc")

    def start(self):
        # ruleid: python-flask-debug
        self.app.run(
            host="0.0.0.0",
            debug=os.environ.get("FLASK_DEBUG") == "1",
        )


# ---- safe look-alikes ----


def serve_from_env():
    # ok: python-flask-debug
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


def serve_quiet():
    # ok: python-flask-debug
    app.run(host="127.0.0.1", debug=False)


def tests():
    # ok: python-flask-debug
    unittest.main(verbosity=2)


def pipeline(runner, job):
    # ok: python-flask-debug
    runner.run(job, debug=True)
    # ok: python-flask-debug
    job.debug = True
