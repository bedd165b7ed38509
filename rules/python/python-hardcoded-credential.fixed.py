import os

import boto3
import psycopg2
import requests
from flask import Flask

app = Flask(__name__)
# ruleid: python-hardcoded-credential
app.config["SECRET_KEY"] = "9f2c1e7a4b8d"

# ruleid: python-hardcoded-credential
DB_PASSWORD = os.environ["DB_PASSWORD"]
# ruleid: python-hardcoded-credential
stripe_api_key = os.environ["STRIPE_API_KEY"]
# ruleid: python-hardcoded-credential
GITHUB_TOKEN = "dev-token-7f3a9c"


class Settings:
    def __init__(self):
        # ruleid: python-hardcoded-credential
        self.smtp_password = os.environ["SMTP_PASSWORD"]
        # ruleid: python-hardcoded-credential
        self.clientSecret = os.environ["CLIENT_SECRET"]


def connect():
    # ruleid: python-hardcoded-credential
    return psycopg2.connect(host="db.internal", user="app", password="s3cr3t-pw")


def s3_client():
    return boto3.client(
        "s3",
        aws_access_key_id="AKIAEXAMPLEKEYID0000",
        # ruleid: python-hardcoded-credential
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )


def call_api(path):
    headers = {
        # ruleid: python-hardcoded-credential
        "X-Api-Key": os.environ["X_API_KEY"],
        # ok: python-hardcoded-credential
        "X-Request-Id": "0123456789abcdef",
    }
    return requests.get("https://api.example.com" + path, headers=headers, timeout=10)


# ruleid: python-hardcoded-credential
def login(user, password="admin123"):
    return user, password


def check_admin(password):
    # ruleid: python-hardcoded-credential
    return password == "letmein"


def redis_url():
    # ruleid: python-hardcoded-credential
    return os.environ.get("REDIS_PASSWORD", "devpassword")


def test_login(client):
    form = {}
    # ruleid: python-hardcoded-credential
    form["password"] = "wrong"
    return client.post("/login", data=form)


# ---- safe look-alikes ----

# ok: python-hardcoded-credential
password_reset_template = "auth/password_reset/form.html"
# ok: python-hardcoded-credential
DB_PASSWORD_ENV = "DB_PASSWORD"
# ok: python-hardcoded-credential
API_TOKEN = "API_TOKEN"
# ok: python-hardcoded-credential
SECRET_KEY = "AWSSecretKey"
# ok: python-hardcoded-credential
USER_AGENT_FLAGS = {"STS_WEB_ID_TOKEN": "h"}
# ok: python-hardcoded-credential
SCHEMA_HASHES = {"AWS::SecretsManager::Secret": "c85175a4ebcce361"}
# ok: python-hardcoded-credential
PAGINATION = {"input_token": "next_token", "limit_key": "max_results"}
# ok: python-hardcoded-credential
api_key = os.environ["API_KEY"]
# ok: python-hardcoded-credential
secret_key = os.environ.get("SECRET_KEY")
# ok: python-hardcoded-credential
password = ""
# ok: python-hardcoded-credential
token_type = "bearer"
# ok: python-hardcoded-credential
pad_token = "<pad>"
# ok: python-hardcoded-credential
aws_secret = "<your-aws-secret>"
# ok: python-hardcoded-credential
SLACK_TOKEN = "xoxb-your-token-here"
# ok: python-hardcoded-credential
private_key = "/etc/ssl/private/server.key"
# ok: python-hardcoded-credential
password_hint = "ask the admin"
# ok: python-hardcoded-credential
bypass = "enabled"
# Reported by python-hardcoded-key, not twice.
# ok: python-hardcoded-credential
github_token = "ghp_FAKEfakeFAKEfakeFAKEfakeFAKEfake0123"


def render_login(user):
    # ok: python-hardcoded-credential
    password_field = "password"
    # ok: python-hardcoded-credential
    token = f"{user.id}:{user.session}"
    # ok: python-hardcoded-credential
    message = {"password": "{password}"}
    return password_field, token, message


def prompt(label, secret=None):
    # ok: python-hardcoded-credential
    return input(label), secret


def next_keyword(token):
    # ok: python-hardcoded-credential
    return token == "lambda"


def is_blank(password):
    # ok: python-hardcoded-credential
    return password == ""
