import os

import boto3
import googlemaps
import psycopg2
import requests

# Every credential below is made up: the formats are real, the values are not.

# ruleid: python-hardcoded-key
AWS_ACCESS_KEY_ID = "AKIA0000FAKE0000TEST"

# ruleid: python-hardcoded-key
maps = googlemaps.Client(key=os.environ["KEY"])

# ruleid: python-hardcoded-key
HEADERS = {"Authorization": "Bearer ya29.FAKEfakeFAKEfakeFAKEfake_0123"}

# ruleid: python-hardcoded-key
gh_headers = {"Authorization": "token ghp_FAKEfakeFAKEfakeFAKEfakeFAKEfake0123"}

# ruleid: python-hardcoded-key
SLACK_WEBHOOK = os.environ["SLACK_WEBHOOK"]

# ruleid: python-hardcoded-key
DATABASE_URL = os.environ["DATABASE_URL"]

# ruleid: python-hardcoded-key
CACHE_URL = os.environ["CACHE_URL"]

# ruleid: python-hardcoded-key
PRIVATE_KEY = os.environ["PRIVATE_KEY"]

# ruleid: python-hardcoded-key
SIGNING_KEY = os.environ["SIGNING_KEY"]


def openai_client():
    # ruleid: python-hardcoded-key
    return {"api_key": os.environ["API_KEY"]}


def s3():
    return boto3.client(
        "s3",
        # ruleid: python-hardcoded-key
        aws_access_key_id="ASIA1111FAKE1111TEST",
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )


# ---- safe look-alikes ----

# ok: python-hardcoded-key
DOC_KEY = "AKIAIOSFODNN7EXAMPLE"
# ok: python-hardcoded-key
PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAFAKEFAKEFAKEFAKE\n-----END PUBLIC KEY-----"
# ok: python-hardcoded-key
EXAMPLE_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nxyz==\n-----END PRIVATE KEY-----"
# ok: python-hardcoded-key
TEMPLATE_URL = "postgresql://{user}:{password}@{host}/app"
# ok: python-hardcoded-key
DOCS_URL = "postgresql://user:password@localhost/app"
# ok: python-hardcoded-key
PLAIN_URL = "https://db.internal:5432/app"
# ok: python-hardcoded-key
ENV_URL = "redis://:${REDIS_PASSWORD}@cache:6379/0"


def connect():
    # ok: python-hardcoded-key
    dsn = os.environ.get("DATABASE_URL", "postgresql://localhost/app")
    return psycopg2.connect(dsn)


def fetch(session: requests.Session, token: str):
    # ok: python-hardcoded-key
    return session.get("https://api.github.com/user", headers={"Authorization": f"token {token}"})
