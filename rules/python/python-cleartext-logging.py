import getpass
import hashlib
import logging
import os
import secrets
import string
import sys

import bcrypt

logger = logging.getLogger(__name__)


def connect_database(host, user, password):
    # ruleid: python-cleartext-logging
    logger.debug(f"connecting to {host} as {user} with password {password}")
    return (host, user)


def load_settings():
    api_key = os.environ["PAYMENTS_API_KEY"]
    # ruleid: python-cleartext-logging
    logging.info("using payments key %s", api_key)
    return api_key


def create_account(username):
    alphabet = string.ascii_letters + string.digits
    temp_password = "".join(secrets.choice(alphabet) for _ in range(16))
    # ruleid: python-cleartext-logging
    print(f"Created {username} with temporary password: {temp_password}")
    return temp_password


def login_prompt():
    pw = getpass.getpass("Password: ")
    # ruleid: python-cleartext-logging
    print("You typed", pw)
    return pw


def show_config(config):
    # ruleid: python-cleartext-logging
    print("DB password is " + config["db_password"])
    # ruleid: python-cleartext-logging
    logger.warning("client secret: %s", config.get("client_secret"))


class OAuthClient:
    def __init__(self, client_id, client_secret):
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_token = None

    def refresh(self, session):
        self.access_token = session.fetch_token(self.client_id, self.client_secret)
        # ruleid: python-cleartext-logging
        logger.info("refreshed access token %s for %s", self.access_token, self.client_id)


def export_key(private_key):
    # ruleid: python-cleartext-logging
    sys.stderr.write(f"exporting key {private_key}\n")


def charge(order, credit_card_number):
    message = "charging order %s to card %s" % (order.id, credit_card_number)
    # ruleid: python-cleartext-logging
    logger.info(message)


def debug_secret_key(settings):
    # ruleid: python-cleartext-logging
    print(settings.SECRET_KEY)


# ---- safe look-alikes ----


def register(username, password):
    password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    # ok: python-cleartext-logging
    logger.info("registered %s (hash %s)", username, password_hash)
    # ok: python-cleartext-logging
    logger.debug("password length: %d", len(password))
    # ok: python-cleartext-logging
    print(f"stored digest {hashlib.sha256(password.encode()).hexdigest()}")
    return password_hash


def check_login(user, password, stored):
    is_password_valid = bcrypt.checkpw(password.encode(), stored)
    # ok: python-cleartext-logging
    logger.info("login for %s valid=%s", user, is_password_valid)
    # ok: python-cleartext-logging
    print("password set:", password is not None)


def send_reset(user, password_reset_url):
    # ok: python-cleartext-logging
    logger.info("sent reset link %s to %s", password_reset_url, user.email)


def tokenize(text, tokenizer):
    tokens = tokenizer.encode(text)
    token_count = len(tokens)
    # ok: python-cleartext-logging
    print(f"{token_count} tokens")
    for token in tokens:
        # ok: python-cleartext-logging
        print(token)


def mask(card):
    return "*" * (len(card) - 4) + card[-4:]


def show_card(credit_card):
    # ok: python-cleartext-logging
    print("card on file:", mask(credit_card))


def password_policy():
    PASSWORD_MIN_LENGTH = 12
    # ok: python-cleartext-logging
    print(f"Passwords must have at least {PASSWORD_MIN_LENGTH} characters")
    # ok: python-cleartext-logging
    logger.info("Password changed for user %s", "admin")


def guessing_game(guess):
    secret_number = secrets.randbelow(100)
    if guess != secret_number:
        # ok: python-cleartext-logging
        print(f"Wrong! The number was {secret_number}")


def redacted(settings):
    # ok: python-cleartext-logging
    logger.info("api key configured: %s", bool(settings.api_key))
    # ok: python-cleartext-logging
    logger.info("secret name %s", settings.secret_name)


def rotate(rsa):
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    # ok: python-cleartext-logging
    logger.info("rotated signing key (%d bits)", key.key_size)
    return key
