import os
import random
import secrets
import string
from random import randint

import numpy as np


def generate_password(length=12):
    alphabet = string.ascii_letters + string.digits + "!@#$%"
    # ruleid: python-insecure-random
    password = "".join(random.choice(alphabet) for _ in range(length))
    return password


def new_api_key():
    # ruleid: python-insecure-random
    api_key = "".join(random.choices(string.ascii_letters + string.digits, k=40))
    return api_key


class ResetRequest:
    def __init__(self, user):
        self.user = user
        # ruleid: python-insecure-random
        self.reset_token = "%032x" % random.getrandbits(128)


def make_salt():
    # ruleid: python-insecure-random
    salt = random.randint(0, 2**32)
    return salt


def create_user(db, email):
    # ruleid: python-insecure-random
    return db.insert(email=email, password="pw" + str(randint(0, 10**6)))


def session_payload(user_id):
    # ruleid: python-insecure-random
    return {"user": user_id, "csrf_token": "".join([random.choice(string.hexdigits) for _ in range(32)])}


def generate_otp():
    # ruleid: python-insecure-random
    return str(random.randint(100000, 999999))


def one_time_pin():
    # ruleid: python-insecure-random
    pin_code = random.randrange(10000)
    return pin_code


def aes_material():
    # ruleid: python-insecure-random
    iv = bytes(np.random.randint(0, 256, size=16, dtype=np.uint8))
    return iv


def session_key():
    # ruleid: python-insecure-random
    sessionKey = random.randbytes(32)
    return sessionKey


def generate_token(n=32):
    # ruleid: python-insecure-random
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(n))


# ---- safe look-alikes ----


def strong_key():
    # ok: python-insecure-random
    key = secrets.token_bytes(32)
    # ok: python-insecure-random
    nonce = os.urandom(12)
    return key, nonce



def shuffle_deck(cards):
    # ok: python-insecure-random
    random.shuffle(cards)
    return cards


def retry_delay(attempt):
    # ok: python-insecure-random
    jitter = random.uniform(0, 0.5)
    return 2**attempt + jitter


def pick_sample(rows):
    # ok: python-insecure-random
    sample = random.sample(rows, 10)
    return sample


def password_policy():
    # ok: python-insecure-random
    password_length = random.randint(12, 16)
    return password_length


def tokenize_batch(vocab):
    # ok: python-insecure-random
    tokens = random.sample(vocab, 8)
    return tokens


def secure_token():
    # ok: python-insecure-random
    token = "".join(random.SystemRandom().choice(string.ascii_letters) for _ in range(32))
    return token


def sort_rows(rows):
    # ok: python-insecure-random
    sort_key = random.random
    return sorted(rows, key=lambda r: r["rank"])


def pick(mapping, gpio_pins):
    # ok: python-insecure-random
    key = random.choice(list(mapping))
    # ok: python-insecure-random
    pin = random.choice(gpio_pins)
    return mapping[key], pin


def monkey_name():
    # ok: python-insecure-random
    monkey = random.choice(["capuchin", "macaque"])
    return monkey
