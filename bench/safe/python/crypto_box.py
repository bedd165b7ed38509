"""Encryption helpers built on authenticated modes."""

import base64
import os

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def seal(key: bytes, plaintext: bytes, associated: bytes = b"") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def open_sealed(key: bytes, blob: bytes, associated: bytes = b"") -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], associated)


def seal_chacha(key: bytes, plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, None)


def fernet_roundtrip(message: bytes) -> bytes:
    f = Fernet(Fernet.generate_key())
    return f.decrypt(f.encrypt(message))


def new_signing_key() -> bytes:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(os.environb[b"KEY_PASSPHRASE"]),
    )


def wrap_key(public_key, data_key: bytes) -> str:
    wrapped = public_key.encrypt(
        data_key,
        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    )
    return base64.b64encode(wrapped).decode()
