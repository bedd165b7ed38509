import re

from fastapi import FastAPI
from flask import Flask, jsonify, request

app = Flask(__name__)
api = FastAPI()
ARTICLES = ["Intro to Flask", "Django tips", "FastAPI in production"]
SLUG = re.compile(r"^[a-z0-9-]{1,64}$")


@app.route("/search")
def search():
    pattern = request.args.get("pattern", "")
    # ruleid: python-regex-injection
    return jsonify([a for a in ARTICLES if re.search(pattern, a)])


@app.route("/filter")
def filter_titles():
    # ruleid: python-regex-injection
    rx = re.compile(request.args["re"], re.IGNORECASE)
    return jsonify([a for a in ARTICLES if rx.match(a)])


@api.get("/grep")
def grep(q: str):
    # ruleid: python-regex-injection
    return {"hits": re.findall(f"\\b{q}\\w*", " ".join(ARTICLES))}


def django_highlight(request):
    term = request.GET["term"]
    # ruleid: python-regex-injection
    return re.sub("(" + term + ")", r"<mark>\1</mark>", ARTICLES[0])


@app.route("/validate", methods=["POST"])
def validate():
    data = request.get_json()
    # ruleid: python-regex-injection
    ok = re.fullmatch(pattern=data["rule"], string=data["value"]) is not None
    return {"valid": ok}


# ---- safe look-alikes ----


@app.route("/search/safe")
def search_safe():
    term = re.escape(request.args.get("q", ""))
    # ok: python-regex-injection
    return jsonify([a for a in ARTICLES if re.search(term, a, re.IGNORECASE)])


@app.route("/slug/<slug>")
def slug_check(slug):
    # ok: python-regex-injection
    return {"valid": re.match(r"^[a-z0-9-]+$", slug) is not None}


@app.route("/split")
def split_words():
    # ok: python-regex-injection
    return jsonify(re.split(r"\s+", request.args.get("text", "")))


@app.route("/highlight")
def highlight():
    word = request.args["w"]
    # ok: python-regex-injection
    return re.sub(rf"\b{re.escape(word)}\b", "*", ARTICLES[1])


@app.route("/contains")
def contains():
    # ok: python-regex-injection
    return {"found": SLUG.match(request.args["s"]) is not None}


def build_matcher(config_pattern):
    # ok: python-regex-injection
    return re.compile(config_pattern)
