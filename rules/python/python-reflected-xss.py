import html

import requests
import bleach
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import format_html
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from flask import Flask, Response, abort, jsonify, make_response, redirect, render_template, request, url_for
from markupsafe import Markup, escape

app = Flask(__name__)
api = FastAPI()


@app.route("/hello")
def hello():
    name = request.args.get("name", "stranger")
    # ruleid: python-reflected-xss
    return f"<h1>Hello, {name}!</h1>"


@app.route("/search")
def search():
    query = request.args.get("q", "")
    # ruleid: python-reflected-xss
    return "<p>No results for " + query + "</p>"


@app.route("/welcome/<username>")
def welcome(username):
    # ruleid: python-reflected-xss
    return "<h2>Welcome back, %s</h2>" % username


@app.route("/comment", methods=["POST"])
def comment():
    text = request.form["comment"]
    author = request.form.get("author", "anonymous")
    if not text:
        return "empty comment", 400
    # ruleid: python-reflected-xss
    return "<div class='comment'><b>{}</b>: {}</div>".format(author, text), 201


@app.route("/profile")
def profile():
    bio = request.args.get("bio", "")
    # ruleid: python-reflected-xss
    resp = make_response(f"<section>{bio}</section>")
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/raw")
def raw():
    # ruleid: python-reflected-xss
    return Response("<pre>" + request.args.get("data", "") + "</pre>")


@app.get("/items")
def items():
    rows = ""
    for tag in request.args.getlist("tag"):
        rows += f"<li>{tag}</li>"
    # ruleid: python-reflected-xss
    return f"<ul>{rows}</ul>"


@app.route("/lookup")
def lookup():
    kind = request.args.get("kind", "user")
    try:
        if kind == "user":
            # ruleid: python-reflected-xss
            return f"<p>Looking up user {request.args['id']}</p>"
    except KeyError:
        abort(400)
    return "unknown kind", 404


def django_greet(request):
    name = request.GET.get("name", "")
    # ruleid: python-reflected-xss
    return HttpResponse(f"<p>Hi {name}</p>")


def django_echo(request):
    # ruleid: python-reflected-xss
    return HttpResponse(content="<body>" + request.POST["message"] + "</body>")


@api.get("/page", response_class=HTMLResponse)
async def page(title: str):
    # ruleid: python-reflected-xss
    return f"<html><head><title>{title}</title></head></html>"


@api.get("/banner")
async def banner(request: Request):
    text = request.query_params.get("text", "")
    # ruleid: python-reflected-xss
    return HTMLResponse(content=f"<div class='banner'>{text}</div>")


# ---- flows over several steps ----


def greeting_html(who):
    return f"<p>Greetings, {who}</p>"


@app.route("/greet")
def greet():
    who = request.args.get("who", "")
    # ruleid: python-reflected-xss
    return greeting_html(who)


def current_theme():
    return request.cookies.get("theme", "light")


@app.route("/theme")
def theme():
    body = "<body class='" + current_theme() + "'>"
    # ruleid: python-reflected-xss
    return body


# ---- safe look-alikes ----


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "stranger")
    # ok: python-reflected-xss
    return f"<h1>Hello, {escape(name)}!</h1>"


@app.route("/search-safe")
def search_safe():
    query = html.escape(request.args.get("q", ""))
    # ok: python-reflected-xss
    return "<p>No results for " + query + "</p>"


@app.route("/template")
def template():
    # ok: python-reflected-xss
    return render_template("hello.html", name=request.args.get("name"))


@app.route("/api/echo")
def api_echo():
    # ok: python-reflected-xss
    return jsonify({"echo": request.args.get("msg", "")})


@app.route("/api/user/<user_id>")
def api_user(user_id):
    # ok: python-reflected-xss
    return {"id": user_id, "active": True}


@app.route("/api/error")
def api_error():
    # ok: python-reflected-xss
    return jsonify(error=request.args.get("code")), 400


@app.route("/plain")
def plain():
    # ok: python-reflected-xss
    return Response(request.args.get("text", ""), mimetype="text/plain")


@app.route("/markup")
def markup():
    # ok: python-reflected-xss
    return Markup("<b>{}</b>").format(request.args.get("word", ""))


@app.route("/cleaned", methods=["POST"])
def cleaned():
    body = bleach.clean(request.form["body"], tags=["b", "i", "a"])
    # ok: python-reflected-xss
    return f"<article>{body}</article>"


@app.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    # ok: python-reflected-xss
    return f"<p>{n} items</p>"


@app.route("/next")
def go_next():
    # ok: python-reflected-xss
    return redirect(url_for("search", q=request.args.get("q")))


@app.route("/static-page")
def static_page():
    # ok: python-reflected-xss
    return "<h1>About us</h1>"


@app.route("/validated")
def validated():
    slug = request.args.get("slug", "")
    if not slug.isalnum():
        abort(400)
    # ok: python-reflected-xss
    return f"<p>Page {slug}</p>"


@app.route("/notes/<int:note_id>")
def note(note_id):
    with open(f"/srv/notes/{note_id}.html") as fh:
        # The file's content, not the request's text.
        # ok: python-reflected-xss
        return fh.read()


@app.route("/status")
def status():
    def row(label):
        # A nested helper's return is not the handler's response.
        # ok: python-reflected-xss
        return f"<td>{label}</td>"

    host = request.args.get("host", "")
    # ruleid: python-reflected-xss
    return "<tr>" + row(host) + "</tr>"


def django_safe(request):
    # ok: python-reflected-xss
    return HttpResponse(format_html("<p>Hi {}</p>", request.GET.get("name", "")))


def django_json(request):
    # ok: python-reflected-xss
    return JsonResponse({"name": request.GET.get("name", "")})


def django_template(request):
    # ok: python-reflected-xss
    return render(request, "hello.html", {"name": request.GET.get("name")})


def django_text(request):
    # ok: python-reflected-xss
    return HttpResponse(request.GET.get("q", ""), content_type="text/plain")


@api.get("/items/{item_id}")
async def read_item(item_id: str):
    # FastAPI answers JSON unless told otherwise.
    # ok: python-reflected-xss
    return f"<p>{item_id}</p>"


def render_card(title):
    # A plain function's parameter: not known to come from a request.
    # ok: python-reflected-xss
    return f"<div class='card'>{title}</div>"


@app.route("/preview")
def preview():
    # The page fetched from the user's URL is another server's reply, not the request's text (the
    # fetch itself is python-ssrf's finding).
    resp = requests.get(request.args["url"], timeout=5)
    # ok: python-reflected-xss
    return resp.text[:100]
