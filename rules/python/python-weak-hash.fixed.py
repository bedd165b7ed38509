import hashlib


def password_digest(password: str) -> str:
    # ruleid: python-weak-hash
    return hashlib.sha256(password.encode()).hexdigest()


def file_fingerprint(data: bytes) -> str:
    # ruleid: python-weak-hash
    h = hashlib.sha256()
    h.update(data)
    return h.hexdigest()


def cache_key(url: str) -> str:
    # ok: python-weak-hash
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def strong(data: bytes) -> str:
    # ok: python-weak-hash
    return hashlib.sha256(data).hexdigest()
