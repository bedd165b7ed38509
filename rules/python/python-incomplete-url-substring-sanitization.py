from urllib.parse import urlparse

from django.http import HttpResponseBadRequest, HttpResponseRedirect
from fastapi import FastAPI, HTTPException
from flask import Flask, abort, redirect, request

app = Flask(__name__)
api = FastAPI()
ALLOWED_HOSTS = {"example.com", "www.example.com"}
trusted_domains = ["example.com", "cdn.example.com"]


@app.route("/login/next")
def login_next():
    target = request.args.get("next", "/")
    # ruleid: python-incomplete-url-substring-sanitization
    if "example.com" in target:
        return redirect(target)
    return redirect("/")


@app.route("/proxy")
def proxy():
    url = request.args["url"]
    # ruleid: python-incomplete-url-substring-sanitization
    if not url.startswith("https://api.example.com"):
        abort(400)
    return {"url": url}


def is_trusted_host(host: str) -> bool:
    # ruleid: python-incomplete-url-substring-sanitization
    return host.endswith("example.com")


def is_our_cdn(url):
    # ruleid: python-incomplete-url-substring-sanitization
    return url.startswith("http://cdn.example.org:8080")


@api.get("/callback")
async def oauth_callback(redirect_uri: str):
    # ruleid: python-incomplete-url-substring-sanitization
    if "https://partner.example.io" in redirect_uri:
        return {"redirect": redirect_uri}
    raise HTTPException(status_code=400)


def django_return(request):
    next_url = request.GET.get("next", "")
    parsed = urlparse(next_url)
    # ruleid: python-incomplete-url-substring-sanitization
    if parsed.netloc and not parsed.netloc.endswith("mysite.com"):
        return HttpResponseBadRequest("bad redirect")
    return HttpResponseRedirect(next_url)


def webhook_allowed(origin):
    # ruleid: python-incomplete-url-substring-sanitization
    allowed = "hooks.slack.com" in origin or origin.startswith("https://github.com")
    return allowed


def is_github(url):
    # ruleid: python-incomplete-url-substring-sanitization
    return url.startswith("github.com")


def referer_ok(referer):
    # ruleid: python-incomplete-url-substring-sanitization
    return bool(referer) and "example.co.uk" in referer


def check_upstream(url):
    # ruleid: python-incomplete-url-substring-sanitization
    if "http://internal.example.dev" in url:
        return True
    return False


# ---- safe look-alikes ----


@app.route("/next")
def safe_next():
    target = request.args.get("next", "/")
    host = urlparse(target).hostname
    # ok: python-incomplete-url-substring-sanitization
    if host == "example.com" or host.endswith(".example.com"):
        return redirect(target)
    return redirect("/")


def prefix_with_slash(url):
    # ok: python-incomplete-url-substring-sanitization
    return url.startswith("https://api.example.com/")


def host_in_allow_list(host):
    # ok: python-incomplete-url-substring-sanitization
    return host in ALLOWED_HOSTS or host in ("example.com", "example.org")


def domain_listed():
    # ok: python-incomplete-url-substring-sanitization
    return "example.com" in ALLOWED_HOSTS


def domain_trusted():
    # ok: python-incomplete-url-substring-sanitization
    return "cdn.example.com" in trusted_domains


def literal_in_list():
    # ok: python-incomplete-url-substring-sanitization
    return "example.com" in ["example.com", "example.org"]


def scheme_only(url):
    # ok: python-incomplete-url-substring-sanitization
    return url.startswith(("http://", "https://"))


def file_types(name):
    # ok: python-incomplete-url-substring-sanitization
    return name.endswith(".tar.gz") or name.endswith("setup.py")


def email_domain(address):
    # ok: python-incomplete-url-substring-sanitization
    return address.endswith("@example.com")


def subdomain_suffix(host):
    # ok: python-incomplete-url-substring-sanitization
    return host.endswith(".example.com")


def built_prefix(url, host):
    # ok: python-incomplete-url-substring-sanitization
    return url.startswith(f"https://{host}")


def not_a_host(text):
    # ok: python-incomplete-url-substring-sanitization
    return "localhost" in text or "version" in text


def test_redirect_target(client):
    resp = client.get("/next?next=https://example.com/x")
    # ok: python-incomplete-url-substring-sanitization
    assert "example.com" in resp.headers["Location"]
