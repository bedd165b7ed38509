import urllib.request
from urllib.request import urlopen

import httpx
import redis
import requests
from fastapi import FastAPI, Request
from flask import Flask, jsonify, request

app = Flask(__name__)
api = FastAPI()
redis_client = redis.Redis()
STATUS_URL = "https://status.example.com/health"


@app.route("/preview")
def preview():
    # ruleid: python-ssrf
    resp = requests.get(request.args["url"], timeout=5)
    return jsonify(title=resp.text[:100])


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    # ruleid: python-ssrf
    r = requests.post(request.json["callback"], json={"ping": True}, timeout=5)
    return {"status": r.status_code}


@app.route("/fetch")
def fetch():
    # ruleid: python-ssrf
    with urllib.request.urlopen(request.args.get("src")) as fh:
        return fh.read()


@app.route("/proxy")
def proxy():
    # ruleid: python-ssrf
    return urlopen("http://" + request.args["host"] + "/status").read()


@app.route("/avatar")
def avatar():
    # ruleid: python-ssrf
    return requests.request("GET", f"{request.args['base']}/avatar.png").content


@api.get("/import")
async def import_feed(request: Request):
    async with httpx.AsyncClient() as client:
        # ruleid: python-ssrf
        resp = await client.get(url=request.query_params["feed"])
    return resp.json()


def django_fetch(request):
    session = requests.Session()
    # ruleid: python-ssrf
    return session.get(request.GET["target"]).text


# ---- flows over several steps ----


@app.route("/go")
def go():
    q = request.args["u"]
    target = "https://" + q
    # ruleid: python-ssrf
    return requests.get(target, timeout=5).text


@app.route("/metrics")
def metrics():
    host = request.headers.get("X-Upstream")
    endpoint = "http://{}:8080/metrics".format(host)
    # ruleid: python-ssrf
    return httpx.get(endpoint).text


def callback_url():
    return request.json.get("callback")


@app.route("/notify", methods=["POST"])
def notify():
    hook = callback_url()
    # ruleid: python-ssrf
    requests.post(hook, json={"event": "done"}, timeout=5)
    return "", 204


@app.route("/mirror/<path:url>")
def mirror(url):
    # ruleid: python-ssrf
    return requests.get(url, timeout=5).content


# ---- safe look-alikes ----


@app.route("/user")
def user():
    # ok: python-ssrf
    resp = requests.get(f"https://api.example.com/users/{request.args['id']}", timeout=5)
    return resp.json()


@app.route("/search")
def search():
    # ok: python-ssrf
    return requests.get("https://search.example.com/?q=" + request.args["q"], timeout=5).text


@app.route("/repo")
def repo():
    name = request.args["name"]
    url = f"https://api.github.com/repos/{name}"
    # ok: python-ssrf
    return requests.get(url, timeout=5).json()


@app.route("/config")
def config():
    # ok: python-ssrf
    value = request.args.get("key")
    # ok: python-ssrf
    return jsonify(setting=app.config.get(request.args.get("key")), value=value)


@app.route("/cache")
def cache_lookup():
    # ok: python-ssrf
    return redis_client.get(request.args["key"]) or ""


@app.route("/health")
def health():
    # ok: python-ssrf
    return requests.get(STATUS_URL, timeout=5).text


def fetch_json(url):
    # A plain function's parameter: not known to come from a request.
    # ok: python-ssrf
    return requests.get(url, timeout=5).json()


def api_call(version, resource):
    base = app.config["API_BASE"]
    url = base + "/v" + str(version) + "/" + resource
    # ok: python-ssrf
    return requests.get(url, timeout=5).json()
