"""Outbound HTTP: verified TLS, timeouts, fixed hosts."""

import os
import ssl
import urllib.request
from urllib.parse import quote, urlparse

import requests

API_BASE = "https://api.partner.example"
ALLOWED_WEBHOOK_HOSTS = {"hooks.partner.example", "events.partner.example"}
CA_BUNDLE = os.environ.get("PARTNER_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")


class PartnerClient:
    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.verify = CA_BUNDLE
        self.session.headers["Authorization"] = f"Bearer {token}"

    def user(self, user_id: str) -> dict:
        resp = self.session.get(f"{API_BASE}/users/{quote(user_id)}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def search(self, term: str) -> list:
        resp = self.session.get(API_BASE + "/search", params={"q": term}, timeout=10)
        return resp.json()["results"]


def deliver_webhook(url: str, payload: dict) -> int:
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_WEBHOOK_HOSTS:
        raise ValueError("webhook host not allowed")
    resp = requests.post(url, json=payload, timeout=(3.05, 10), allow_redirects=False)
    return resp.status_code


def tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def fetch_status() -> bytes:
    with urllib.request.urlopen(API_BASE + "/status", context=tls_context(), timeout=5) as resp:
        return resp.read()


def token_from_env() -> str:
    token = os.environ.get("PARTNER_TOKEN")
    if not token:
        raise RuntimeError("PARTNER_TOKEN is not set")
    return token
