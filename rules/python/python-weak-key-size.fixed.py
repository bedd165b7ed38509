import rsa as pyrsa
from Crypto.PublicKey import DSA, ECC, RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

LEGACY_BITS = 1024


def signing_key():
    # ruleid: python-weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def device_key():
    # ruleid: python-weak-key-size
    return rsa.generate_private_key(65537, 2048)


def legacy_key():
    # ruleid: python-weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=LEGACY_BITS)


def dsa_key():
    # ruleid: python-weak-key-size
    return dsa.generate_private_key(key_size=2048)


def pycryptodome_key():
    # ruleid: python-weak-key-size
    key = RSA.generate(2048)
    return key.export_key()


def pycryptodome_dsa():
    # ruleid: python-weak-key-size
    return DSA.generate(bits=2048)


def small_curve():
    # ruleid: python-weak-key-size
    return ec.generate_private_key(ec.SECP192R1())


def small_ecc():
    # ruleid: python-weak-key-size
    return ECC.generate(curve="P-192")


# ---- safe look-alikes ----


def good_rsa():
    # ok: python-weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def good_rsa_positional():
    # ok: python-weak-key-size
    return rsa.generate_private_key(65537, 4096)


def good_pycryptodome():
    # ok: python-weak-key-size
    return RSA.generate(3072)


def good_curve():
    # ok: python-weak-key-size
    return ec.generate_private_key(ec.SECP256R1())


def good_ecc():
    # ok: python-weak-key-size
    return ECC.generate(curve="P-256")


def configured(settings):
    # ok: python-weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=int(settings["key_bits"]))


def python_rsa():
    # ok: python-weak-key-size
    public, private = pyrsa.newkeys(2048)
    return public, private


def aes_key(os_random):
    # ok: python-weak-key-size
    return os_random(16)
