import paramiko
from paramiko import AutoAddPolicy, SSHClient, WarningPolicy
from paramiko.client import RejectPolicy


def run_remote(host, user, key_path, command):
    client = paramiko.SSHClient()
    # ruleid: python-paramiko-auto-add-host-key
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_path)
    _, stdout, _ = client.exec_command(command)
    return stdout.read().decode()


def upload(host, user, password, local, remote):
    ssh = SSHClient()
    # ruleid: python-paramiko-auto-add-host-key
    ssh.set_missing_host_key_policy(AutoAddPolicy())
    ssh.connect(host, username=user, password=password)
    with ssh.open_sftp() as sftp:
        sftp.put(local, remote)


def tunnel(host):
    ssh = paramiko.SSHClient()
    # ruleid: python-paramiko-auto-add-host-key
    ssh.set_missing_host_key_policy(paramiko.WarningPolicy)
    ssh.connect(host)
    return ssh


def backup(host):
    ssh = SSHClient()
    # ruleid: python-paramiko-auto-add-host-key
    ssh.set_missing_host_key_policy(WarningPolicy())
    ssh.connect(host)
    return ssh


# ---- safe look-alikes ----


def strict(host, user):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # ok: python-paramiko-auto-add-host-key
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user)
    return client


def strict_imported(host):
    client = SSHClient()
    client.load_host_keys("/etc/myapp/known_hosts")
    # ok: python-paramiko-auto-add-host-key
    client.set_missing_host_key_policy(RejectPolicy())
    client.connect(host)
    return client


class PinnedKeyPolicy(paramiko.MissingHostKeyPolicy):
    def __init__(self, fingerprint):
        self.fingerprint = fingerprint

    def missing_host_key(self, client, hostname, key):
        if key.get_fingerprint().hex() != self.fingerprint:
            raise paramiko.SSHException(f"unexpected host key for {hostname}")


def pinned(host, fingerprint):
    client = SSHClient()
    # ok: python-paramiko-auto-add-host-key
    client.set_missing_host_key_policy(PinnedKeyPolicy(fingerprint))
    client.connect(host)
    return client
