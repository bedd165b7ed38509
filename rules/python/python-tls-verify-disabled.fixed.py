import aiohttp
import boto3
import httpx
import requests
from elasticsearch import Elasticsearch


def fetch_profile(user_id):
    # ruleid: python-tls-verify-disabled
    resp = requests.get(f"https://api.internal/users/{user_id}", verify=True, timeout=5)
    return resp.json()


def push(payload):
    session = requests.Session()
    # ruleid: python-tls-verify-disabled
    session.verify = True
    # ruleid: python-tls-verify-disabled
    return session.post(
        "https://hooks.internal/ingest",
        json=payload,
        verify=True,
    )


def make_client():
    # ruleid: python-tls-verify-disabled
    return httpx.AsyncClient(base_url="https://billing.internal", verify=True)


def storage():
    # ruleid: python-tls-verify-disabled
    return boto3.client("s3", endpoint_url="https://minio.internal:9000", verify=True)


def search():
    # ruleid: python-tls-verify-disabled
    return Elasticsearch("https://es.internal:9200", verify_certs=True)


async def poll(url):
    async with aiohttp.ClientSession() as session:
        # ruleid: python-tls-verify-disabled
        async with session.get(url, ssl=False) as resp:
            return await resp.text()


# ---- safe look-alikes ----


def fetch_with_ca(url):
    # ok: python-tls-verify-disabled
    return requests.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=5)


def fetch_default(url):
    # ok: python-tls-verify-disabled
    return requests.get(url, timeout=5)


def check_signature(jwt, token, key):
    # ok: python-tls-verify-disabled
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": False})


def cache_lookup(cache, key):
    # ok: python-tls-verify-disabled
    return cache.get(key, default=False)


def settings(config):
    # ok: python-tls-verify-disabled
    config.debug = False
    # ok: python-tls-verify-disabled
    config.verify = False
    # ok: python-tls-verify-disabled
    return httpx.Client(verify=True, http2=False)
