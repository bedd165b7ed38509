import requests


def fetch_rates():
    # ruleid: python-requests-no-timeout
    resp = requests.get("https://api.exchange.example/rates", timeout=30)
    return resp.json()


def notify(url, payload):
    # ruleid: python-requests-no-timeout
    return requests.post(
        url,
        json=payload,
        headers={"Content-Type": "application/json"},
        timeout=30,
    )


def generic(method, url):
    # ruleid: python-requests-no-timeout
    return requests.request(method, url, timeout=30)


# ---- safe look-alikes ----


def fetch_rates_bounded():
    # ok: python-requests-no-timeout
    return requests.get("https://api.exchange.example/rates", timeout=10).json()


def notify_bounded(url, payload):
    # ok: python-requests-no-timeout
    return requests.post(url, json=payload, timeout=(3.05, 27))


def passthrough(url, **kwargs):
    # ok: python-requests-no-timeout
    return requests.get(url, **kwargs)


def lookup(cache, key):
    # ok: python-requests-no-timeout
    return cache.get(key)
