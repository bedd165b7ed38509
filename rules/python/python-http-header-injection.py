import re
from urllib.parse import quote

from django.http import HttpResponse
from fastapi import FastAPI
from fastapi.responses import Response as FastAPIResponse
from flask import Flask, make_response, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()


@app.route("/greet")
def greet():
    resp = make_response("hello")
    # ruleid: python-http-header-injection
    resp.headers["X-User-Name"] = request.args.get("name", "")
    return resp


@app.route("/download")
def download():
    filename = request.args["file"]
    resp = make_response(b"report data")
    # ruleid: python-http-header-injection
    resp.headers["Content-Disposition"] = f"attachment; filename={filename}"
    return resp


@app.route("/lang")
def lang():
    resp = make_response("ok")
    # ruleid: python-http-header-injection
    resp.headers.add("Content-Language", request.headers.get("X-Lang"))
    return resp


def django_view(request):
    response = HttpResponse("done")
    # ruleid: python-http-header-injection
    response["X-Trace-Id"] = request.GET.get("trace")
    return response


@api.get("/export")
def export(fmt: str):
    # ruleid: python-http-header-injection
    return FastAPIResponse(content="a,b", headers={"X-Export-Format": fmt})


@app.route("/cache")
def cache():
    policy = "max-age=" + request.args["age"] + ", public"
    # ruleid: python-http-header-injection
    return make_response("ok", 200, headers={"Cache-Control": policy})


# ---- safe look-alikes ----


@app.route("/greet/safe")
def greet_safe():
    name = request.args.get("name", "").replace("\r", "").replace("\n", "")
    resp = make_response("hello")
    # ok: python-http-header-injection
    resp.headers["X-User-Name"] = name
    return resp


@app.route("/download/safe")
def download_safe():
    resp = make_response(b"report data")
    # ok: python-http-header-injection
    resp.headers["Content-Disposition"] = f"attachment; filename={secure_filename(request.args['file'])}"
    return resp


@app.route("/download/quoted")
def download_quoted():
    resp = make_response(b"data")
    # ok: python-http-header-injection
    resp.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(request.args["file"])
    return resp


@app.route("/count")
def count():
    resp = make_response("ok")
    # ok: python-http-header-injection
    resp.headers["X-Page"] = str(int(request.args.get("page", "1")))
    return resp


@app.route("/clean")
def clean():
    value = re.sub(r"[\r\n]", "", request.args["v"])
    resp = make_response("ok")
    # ok: python-http-header-injection
    resp.headers["X-Value"] = value
    return resp


@app.route("/json")
def json_body():
    response = {"status": "ok"}
    # ok: python-http-header-injection
    response["name"] = request.args.get("name")
    return response


@app.route("/forward")
def forward():
    import requests

    session = requests.Session()
    # ok: python-http-header-injection
    session.headers["Authorization"] = "Bearer " + request.args["token"]
    headers = {}
    # ok: python-http-header-injection
    headers["X-Request-Id"] = request.headers.get("X-Request-Id", "")
    return session.get("https://api.example.com/v1/me", headers=headers, timeout=5).json()


@app.route("/static-headers")
def static_headers():
    resp = make_response("ok")
    # ok: python-http-header-injection
    resp.headers["X-Frame-Options"] = "DENY"
    return resp
