"""The deployment files: nginx in front, no published app port, no default secret key."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_refuses_to_start_without_a_secret_key(compose):
    value = compose["services"]["web"]["environment"]["SECRET_KEY"]
    assert value.startswith("${SECRET_KEY:?")  # an error, not a fallback value


def test_only_nginx_is_published(compose):
    services = compose["services"]
    assert "ports" not in services["web"]
    published = [name for name, service in services.items() if service.get("ports")]
    assert published == ["proxy"]
    assert "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in services["proxy"]["volumes"]


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("nginx"), reason="needs nginx (CI installs it)")
def test_the_nginx_config_is_valid(tmp_path):
    # As .ci/run does: the compose service name replaced by an address that resolves here,
    # the image's worker user by root (Debian has no user "nginx").
    text = (
        (ROOT / "deploy" / "nginx.conf")
        .read_text()
        .replace("server web:8000;", "server 127.0.0.1:9;")
        .replace("\nuser nginx;", "\nuser root;")
    )
    conf = tmp_path / "nginx.conf"
    conf.write_text(text)
    result = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(conf), "-g", f"pid {tmp_path}/nginx.pid;"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
