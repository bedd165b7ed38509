"""Secrets, tokens and password storage."""

import hashlib
import hmac
import os
import random
import secrets
import string
import time

ALPHABET = string.ascii_letters + string.digits
PBKDF2_ITERATIONS = 600_000


def generate_password(length: int = 16) -> str:
    password = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return password


def new_api_key() -> str:
    api_key = secrets.token_urlsafe(32)
    return api_key


def reset_token() -> str:
    return secrets.token_hex(32)


def generate_otp() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)
    return salt.hex() + ":" + key.hex()


def verify_password(password: str, stored: str) -> bool:
    salt_hex, key_hex = stored.split(":")
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), PBKDF2_ITERATIONS)
    return hmac.compare_digest(key, bytes.fromhex(key_hex))


def sign(message: bytes, key: bytes) -> str:
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def file_digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def cache_key(url: str) -> str:
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def backoff(attempt: int) -> float:
    delay = min(30.0, 2**attempt) + random.uniform(0, 0.5)
    time.sleep(delay)
    return delay


def sample_for_review(items: list, k: int = 5) -> list:
    picked = random.sample(items, min(k, len(items)))
    random.shuffle(picked)
    return picked
