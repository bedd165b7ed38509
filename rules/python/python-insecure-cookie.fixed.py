from django.http import HttpResponse
from fastapi import Response as FastAPIResponse
from flask import Flask, make_response

app = Flask(__name__)
# ruleid: python-insecure-cookie
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: python-insecure-cookie
SESSION_COOKIE_HTTPONLY = False


@app.route("/login", methods=["POST"])
def login():
    token = issue_token()
    resp = make_response({"ok": True})
    # ruleid: python-insecure-cookie
    resp.set_cookie("session", token, secure=True, httponly=True)
    return resp


def preferences(resp, prefs):
    # ruleid: python-insecure-cookie
    resp.set_cookie(
        "prefs",
        prefs.serialize(), secure=True, httponly=True,
    )


def tracking(resp, visitor_id):
    # ruleid: python-insecure-cookie
    resp.set_cookie("visitor", visitor_id, secure=True, httponly=True)  # set on first visit


def remember(resp, token):
    # ruleid: python-insecure-cookie
    resp.set_cookie("remember_me", token, max_age=30 * 86400, httponly=True)


def django_view(request):
    response = HttpResponse("ok")
    # ruleid: python-insecure-cookie
    response.set_cookie(
        key="sessionid",
        value=request.session.session_key,
        secure=True,
    )
    return response


def fastapi_login(response: FastAPIResponse, token: str):
    # ruleid: python-insecure-cookie
    response.set_cookie(key="access_token", value=token, secure = False, httponly=True)


# ---- safe look-alikes ----


def login_secure(resp, token):
    # ok: python-insecure-cookie
    resp.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")


def configured(resp, token, secure_cookies):
    # ok: python-insecure-cookie
    resp.set_cookie("session", token, secure=secure_cookies, httponly=True)


def from_options(resp, token, cookie_options):
    # ok: python-insecure-cookie
    resp.set_cookie("session", token, **cookie_options)


def store(jar, cookie):
    # ok: python-insecure-cookie
    jar.set_cookie(cookie)


def logout(resp):
    # ok: python-insecure-cookie
    resp.delete_cookie("session")


# ok: python-insecure-cookie
SESSION_COOKIE_SECURE = True
# ok: python-insecure-cookie
SESSION_COOKIE_SAMESITE = False


def issue_token():
    return "t"
