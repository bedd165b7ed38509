import os

import jwt
from flask import request

SECRET = os.environ["JWT_SECRET"]


def current_user():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    # ruleid: python-jwt-no-verify
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def legacy_claims(token):
    # ruleid: python-jwt-no-verify
    return jwt.decode(token, SECRET, verify=False)


def role_of(token):
    # ruleid: python-jwt-no-verify
    payload = jwt.decode(
        token,
        SECRET,
        algorithms=["HS256"],
        options={"verify_signature": False, "verify_exp": True},
    )
    return payload.get("role")


def accept_none(token):
    # ruleid: python-jwt-no-verify
    return jwt.decode(token, None, algorithms=["none"])


# ---- safe look-alikes ----


def verified_user(token):
    # ok: python-jwt-no-verify
    return jwt.decode(token, SECRET, algorithms=["HS256"])


def verified_rs256(token, public_key):
    # ok: python-jwt-no-verify
    return jwt.decode(token, public_key, algorithms=["RS256"], audience="api://orders")


def lenient_expiry(token):
    # ok: python-jwt-no-verify
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})


def key_id(token):
    # ok: python-jwt-no-verify
    return jwt.get_unverified_header(token).get("kid")


def strict(token):
    # ok: python-jwt-no-verify
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": True})
