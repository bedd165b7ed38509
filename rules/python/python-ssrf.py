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
    return requests.get("https://status.example.com/health", timeout=5).text
