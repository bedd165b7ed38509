from django.http import HttpResponseRedirect
from django import shortcuts
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import Request
from fastapi.responses import RedirectResponse
from flask import Flask, redirect, request, url_for

app = Flask(__name__)
DOCS_URL = "https://docs.example.com/"


@app.route("/login", methods=["POST"])
def login():
    authenticate(request.form["user"], request.form["password"])
    # ruleid: python-open-redirect
    return redirect(request.args.get("next") or "/")


@app.route("/out")
def outbound():
    # ruleid: python-open-redirect
    return redirect(request.values["url"], code=302)


@app.route("/back")
def back():
    # ruleid: python-open-redirect
    return redirect("/" + request.args.get("path", ""))


def django_login(request):
    # ruleid: python-open-redirect
    return HttpResponseRedirect(request.GET.get("next", "/"))


def django_logout(request):
    # ruleid: python-open-redirect
    return shortcuts.redirect(request.POST["return_to"])


async def oauth_callback(request: Request):
    # ruleid: python-open-redirect
    return RedirectResponse(url=request.query_params["redirect_uri"])


# ---- flows over several steps ----


@app.route("/continue")
def continue_to():
    nxt = request.args.get("next", "")
    target = f"{nxt}?from=login"
    # ruleid: python-open-redirect
    return redirect(target)


def return_to():
    return request.cookies.get("return_to", "/")


@app.route("/logout")
def logout():
    # ruleid: python-open-redirect
    return redirect(return_to())


@app.route("/go/<path:dest>")
def go(dest):
    # ruleid: python-open-redirect
    return redirect(dest)


# ---- safe look-alikes ----


@app.route("/home")
def home():
    # ok: python-open-redirect
    return redirect(url_for("dashboard", tab=request.args.get("tab")))


@app.route("/tab")
def tab():
    target = url_for("dashboard", tab=request.args.get("tab"))
    # ok: python-open-redirect
    return redirect(target)


@app.route("/refresh")
def refresh():
    # ok: python-open-redirect
    return redirect(request.url)


@app.route("/help")
def help_page():
    topic = request.args.get("topic", "")
    # ok: python-open-redirect
    return redirect("https://docs.example.com/search?q=" + topic)


def safe_next(request):
    target = request.GET.get("next", "/")
    allowed = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    # ok: python-open-redirect
    return HttpResponseRedirect(target if allowed and url_has_allowed_host_and_scheme(target, None) else "/")


@app.route("/docs")
def docs():
    # ok: python-open-redirect
    return redirect(DOCS_URL)


def after_save(next_url):
    # A plain function's parameter: not known to come from a request.
    # ok: python-open-redirect
    return redirect(next_url)


def authenticate(user, password):
    return user, password
