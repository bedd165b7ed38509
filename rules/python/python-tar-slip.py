import os
import tarfile
import zipfile

DEST = "/srv/app/imports"


def unpack_upload(archive_path):
    with tarfile.open(archive_path, "r:gz") as tar:
        # ruleid: python-tar-slip
        tar.extractall(DEST)


def unpack_to(archive_path, dest):
    tar = tarfile.open(archive_path)
    # ruleid: python-tar-slip
    tar.extractall(path=dest)
    tar.close()


def restore_backup(fileobj):
    with tarfile.open(fileobj=fileobj, mode="r:*") as backup:
        for member in backup.getmembers():
            if member.isfile():
                # ruleid: python-tar-slip
                backup.extract(member, DEST)


def install_plugin(path):
    archive = tarfile.TarFile(path)
    # ruleid: python-tar-slip
    archive.extractall()


def fetch_dataset(url, session):
    local = os.path.join(DEST, "dataset.tar.gz")
    with open(local, "wb") as out:
        out.write(session.get(url, timeout=60).content)
    with tarfile.open(local) as tf:
        # ruleid: python-tar-slip
        tf.extractall(
            DEST,
        )


# ---- safe look-alikes ----


def unpack_filtered(archive_path):
    with tarfile.open(archive_path) as tar:
        # ok: python-tar-slip
        tar.extractall(DEST, filter="data")


def is_within_directory(directory, target):
    directory = os.path.abspath(directory)
    target = os.path.abspath(target)
    return os.path.commonpath([directory, target]) == directory


def unpack_checked(archive_path):
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            if not is_within_directory(DEST, os.path.join(DEST, member.name)):
                raise ValueError(f"unsafe path in archive: {member.name}")
        # ok: python-tar-slip
        tar.extractall(DEST)


def unpack_one(archive_path):
    with tarfile.open(archive_path) as tar:
        # ok: python-tar-slip
        tar.extract("manifest.json", DEST, filter="data")


def unpack_selected(archive_path, wanted):
    with tarfile.open(archive_path) as tar:
        members = [m for m in tar.getmembers() if m.name in wanted]
        # ok: python-tar-slip
        tar.extractall(DEST, members=members, filter="tar")


def unpack_zip(path):
    with zipfile.ZipFile(path) as zf:
        # ok: python-tar-slip
        zf.extractall(DEST)


def convert(path, tarfile_out):
    with zipfile.ZipFile(path) as archive_zip:
        # ok: python-tar-slip
        archive_zip.extractall(DEST)
    return tarfile_out
