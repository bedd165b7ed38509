"""Configuration from the environment, and HTML rendering with autoescaping."""

import ast
import getpass
import os
from dataclasses import dataclass

import jinja2
import torch

# Documentation example only; the real value comes from DATABASE_URL.
DATABASE_URL_EXAMPLE = "postgresql://user:password@localhost/app"
PASSWORD_ENV_VAR = "DB_PASSWORD"
password_reset_template = "emails/password_reset.html"
token_type = "bearer"


@dataclass
class Settings:
    database_url: str
    db_password: str
    api_token: str


def load_settings() -> Settings:
    return Settings(
        database_url=os.environ.get("DATABASE_URL", "postgresql://localhost/app"),
        db_password=os.environ[PASSWORD_ENV_VAR],
        api_token=os.environ.get("API_TOKEN", ""),
    )


def ask_password() -> str:
    password = getpass.getpass("Database password: ")
    return password


def parse_literal(text: str):
    return ast.literal_eval(text)


ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader("templates"),
    autoescape=jinja2.select_autoescape(),
)


def render_page(name: str, **context) -> str:
    return ENV.get_template(name).render(**context)


def load_weights(path: str) -> dict:
    return torch.load(path, map_location="cpu", weights_only=True)


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        return [model(b) for b in batches]
