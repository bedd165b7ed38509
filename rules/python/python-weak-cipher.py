import pyDes
from Crypto.Cipher import AES, ARC4, DES, DES3, Blowfish
from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import dsa, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def legacy_encrypt(key, data):
    # ruleid: python-weak-cipher
    cipher = DES.new(key, DES.MODE_CBC)
    return cipher.encrypt(data)


def triple(key, iv, data):
    # ruleid: python-weak-cipher
    return DES3.new(key, DES3.MODE_CFB, iv).encrypt(data)


def stream(key, data):
    # ruleid: python-weak-cipher
    return ARC4.new(key).encrypt(data)


def fish(key):
    # ruleid: python-weak-cipher
    return Blowfish.new(key, Blowfish.MODE_CBC)


def aes_ecb(key, block):
    # ruleid: python-weak-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(block)


def hazmat_ecb(key):
    # ruleid: python-weak-cipher
    return Cipher(algorithms.AES(key), modes.ECB()).encryptor()


def hazmat_3des(key, iv):
    # ruleid: python-weak-cipher
    return Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()


def old_library(key):
    # ruleid: python-weak-cipher
    return pyDes.triple_des(key, pyDes.CBC, b"\0" * 8, pad=None)


def small_rsa():
    # ruleid: python-weak-cipher
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def small_pycryptodome_rsa():
    # ruleid: python-weak-cipher
    return RSA.generate(1024)


# ---- safe look-alikes ----


def aead(key, nonce, data):
    # ok: python-weak-cipher
    return AESGCM(key).encrypt(nonce, data, None)


def aes_gcm(key):
    # ok: python-weak-cipher
    return AES.new(key, AES.MODE_GCM)


def hazmat_cbc(key, iv):
    # ok: python-weak-cipher
    return Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()


def good_rsa():
    # ok: python-weak-cipher
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def good_dsa():
    # ok: python-weak-cipher
    return dsa.generate_private_key(key_size=2048)


def aes_key(kms):
    # ok: python-weak-cipher
    return kms.generate_data_key(key_size=256)


def good_pycryptodome_rsa():
    # ok: python-weak-cipher
    return RSA.generate(4096)
