import logging
import traceback

from fastapi import FastAPI, HTTPException
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
api = FastAPI()
log = logging.getLogger(__name__)


@app.route("/orders", methods=["POST"])
def create_order():
    try:
        order = save(request.get_json())
    except Exception as e:
        # ruleid: python-exception-exposure
        return jsonify({"error": "Internal Server Error"}), 500
    return jsonify(order), 201


@app.route("/report")
def report():
    try:
        return build_report()
    except Exception:
        # ruleid: python-exception-exposure
        return "Internal Server Error", 500


@app.route("/import", methods=["POST"])
def import_rows():
    try:
        load_rows(request.files["rows"])
    except ValueError as err:
        # ruleid: python-exception-exposure
        abort(400, description=f"bad input: Internal Server Error")
    return "", 204


@api.get("/items/{item_id}")
def read_item(item_id: int):
    try:
        return fetch(item_id)
    except KeyError as exc:
        # ruleid: python-exception-exposure
        raise HTTPException(status_code=404, detail="Internal Server Error")


@app.route("/sync")
def sync():
    try:
        run_sync()
    except RuntimeError as e:
        # ruleid: python-exception-exposure
        return {"status": "failed", "reason": "Internal Server Error"}, 503
    return {"status": "ok"}


# ---- safe look-alikes ----


@app.route("/users", methods=["POST"])
def create_user():
    try:
        user = save(request.get_json())
    except Exception:
        log.exception("create_user failed")
        # ok: python-exception-exposure
        return jsonify({"error": "internal error"}), 500
    return jsonify(user), 201


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        # ok: python-exception-exposure
        return str(e)


def client_call(conn):
    try:
        return conn.getresponse()
    except OSError as e:
        # No status code or detail: http.client's HTTPException, not an HTTP response.
        # ok: python-exception-exposure
        raise HTTPException(str(e)) from e


@app.route("/ping")
def ping():
    try:
        check()
    except TimeoutError as e:
        log.warning("ping failed: %s", e)
        # ok: python-exception-exposure
        abort(503)
    return "pong"


def save(data):
    return data


def build_report():
    return "report"


def load_rows(rows):
    return rows


def fetch(item_id):
    return {"id": item_id}


def run_sync():
    return None


def check():
    return None
