from django.http import HttpResponseRedirect
from django import shortcuts
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import Request
from fastapi.responses import RedirectResponse
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


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


# ---- safe look-alikes ----


@app.route("/home")
def home():
    # ok: python-open-redirect
    return redirect(url_for("dashboard", tab=request.args.get("tab")))


@app.route("/refresh")
def refresh():
    # ok: python-open-redirect
    return redirect(request.url)


def safe_next(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    # ok: python-open-redirect
    return HttpResponseRedirect(target)


@app.route("/docs")
def docs():
    # ok: python-open-redirect
    return redirect("https://docs.example.com/")


def authenticate(user, password):
    return user, password
