import hashlib
import os

import bcrypt
from argon2 import PasswordHasher


def register(db, username, password):
    # ruleid: python-password-fast-hash
    digest = hashlib.sha256(password.encode()).hexdigest()
    db.insert(username=username, password_hash=digest)


def legacy_check(stored, pw):
    # ruleid: python-password-fast-hash
    return hashlib.md5(pw.encode("utf-8")).hexdigest() == stored


def salted(user):
    # ruleid: python-password-fast-hash
    return hashlib.sha512((user.salt + user.newPassword).encode()).hexdigest()


def incremental(password: bytes, salt: bytes) -> bytes:
    h = hashlib.sha1()
    h.update(salt)
    # ruleid: python-password-fast-hash
    h.update(password)
    return h.digest()


def by_name(passwd):
    # ruleid: python-password-fast-hash
    return hashlib.new("sha256", passwd.encode()).hexdigest()


# ---- safe look-alikes ----


def kdf(password: str) -> bytes:
    salt = os.urandom(16)
    # ok: python-password-fast-hash
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt + key


def memory_hard(password: str) -> bytes:
    # ok: python-password-fast-hash
    return hashlib.scrypt(password.encode(), salt=os.urandom(16), n=2**14, r=8, p=1)


def with_bcrypt(password: str) -> bytes:
    # ok: python-password-fast-hash
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def with_argon2(password: str) -> str:
    # ok: python-password-fast-hash
    return PasswordHasher().hash(password)


def file_digest(path: str) -> str:
    # ok: python-password-fast-hash
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def session_fingerprint(user_agent: str) -> str:
    h = hashlib.sha256()
    # ok: python-password-fast-hash
    h.update(user_agent.encode())
    return h.hexdigest()
