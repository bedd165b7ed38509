import secrets

import bcrypt

from django.http import HttpResponse
from fastapi import FastAPI, Response
from flask import Flask, make_response, redirect, request

app = Flask(__name__)
api = FastAPI()
THEMES = {"light", "dark"}


@app.route("/prefs")
def save_prefs():
    resp = make_response(redirect("/"))
    # ruleid: python-cookie-injection
    resp.set_cookie("theme", request.args.get("theme", "light"), max_age=31536000, httponly=True)
    return resp


@app.route("/track")
def track():
    name = request.args["cookie"]
    value = request.args["value"]
    resp = make_response("ok")
    # ruleid: python-cookie-injection
    resp.set_cookie(name, "1", secure=True, httponly=True)
    # ruleid: python-cookie-injection
    resp.set_cookie("ref", "src=" + value, secure=True)
    return resp


@app.route("/lang", methods=["POST"])
def set_lang():
    data = request.get_json()
    response = make_response({"ok": True})
    # ruleid: python-cookie-injection
    response.set_cookie(key="lang", value=data["lang"], samesite="Lax")
    return response


@api.get("/campaign")
def campaign(utm_source: str, response: Response):
    # ruleid: python-cookie-injection
    response.set_cookie(key="utm", value=f"{utm_source}", httponly=True)
    return {"ok": True}


def django_remember(request):
    response = HttpResponse("saved")
    # ruleid: python-cookie-injection
    response.cookies["last_search"] = request.GET.get("q", "")
    return response


# ---- safe look-alikes ----


@app.route("/login", methods=["POST"])
def login():
    resp = make_response(redirect("/home"))
    # ok: python-cookie-injection
    resp.set_cookie("session", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/theme")
def theme():
    choice = request.args.get("theme", "light")
    resp = make_response(redirect("/"))
    if choice == "dark":
        # ok: python-cookie-injection
        resp.set_cookie("theme", "dark", httponly=True)
    return resp


@app.route("/page-size")
def page_size():
    size = int(request.args.get("n", "20"))
    resp = make_response("ok")
    # ok: python-cookie-injection
    resp.set_cookie("page_size", str(size), httponly=True)
    return resp


@app.route("/logout")
def logout():
    resp = make_response(redirect("/"))
    # ok: python-cookie-injection
    resp.set_cookie("session", "", expires=0)
    return resp


def issue(resp, token):
    # ok: python-cookie-injection
    resp.set_cookie("token", token, secure=True, httponly=True)
    return resp


@app.route("/echo")
def echo():
    # ok: python-cookie-injection
    return {"theme": request.cookies.get("theme", "light")}


ACCOUNTS = {}


@app.route("/signin", methods=["POST"])
def signin():
    login_name = request.form["login"]
    hashed = ACCOUNTS.get(login_name)
    if hashed is None or not bcrypt.checkpw(request.form["pw"].encode(), hashed):
        return "invalid credentials", 401
    resp = make_response(redirect("/home"))
    # ok: python-cookie-injection
    resp.set_cookie("login", login_name, secure=True, httponly=True)
    return resp


class CookieJar:
    def set_cookie(self, cookie):
        self.cookies.append(cookie)

    def extract_cookies(self, response, request):
        # A client keeping the cookies a server sent: not a response being built.
        for cookie in self.make_cookies(response, request.url):
            # ok: python-cookie-injection
            self.set_cookie(cookie)
