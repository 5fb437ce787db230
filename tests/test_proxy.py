"""The deployment files: nginx in front, no published app port, no default secret key."""

import http.client
import re
import shutil
import socket
import subprocess
import time
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


def test_compose_tells_the_app_about_its_proxy(compose):
    """Without it every client counts as nginx's address: one locks everyone out."""
    assert compose["services"]["web"]["environment"]["PROXY_COUNT"] == "1"


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


def _status(port: int, method: str, path: str, headers: dict[str, str]) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("nginx"), reason="needs nginx (CI installs it)")
def test_nginx_logs_no_query_string_or_client_address(tmp_path):
    """nginx writes each request error with the client's address and the request line, query
    string included: the advice API's answers. Here its app is down (502) and a body too
    large (413), both logged at error level unless the config keeps such lines out."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path / "error.log"
    temp = "".join(
        f"    {kind}_temp_path {tmp_path}/{kind};\n" for kind in ("client_body", "proxy")
    )
    text = (
        (ROOT / "deploy" / "nginx.conf")
        .read_text()
        .replace("server web:8000;", "server 127.0.0.1:9;")  # nothing listens there
        .replace("\nuser nginx;", "\nuser root;")
        .replace("listen 80 default_server;", f"listen 127.0.0.1:{port} default_server;")
        .replace("error_log stderr", f"error_log {log}")
        .replace("\nhttp {\n", "\nhttp {\n" + temp)
    )
    conf = tmp_path / "nginx.conf"
    conf.write_text(text)
    pid = tmp_path / "nginx.pid"
    nginx = ["nginx", "-e", str(log), "-p", str(tmp_path), "-c", str(conf), "-g", f"pid {pid};"]
    subprocess.run(nginx, check=True, capture_output=True)
    try:
        for _ in range(50):  # until it listens
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        assert _status(port, "GET", "/api/advies/?postcode=9000&situatie=geweld", {}) == 502
        # nginx refuses the announced size before any of the body is sent.
        too_big = {"Content-Length": "1100000"}
        assert _status(port, "POST", "/klopt-er-iets-niet/?contact=x", too_big) == 413
    finally:
        subprocess.run([*nginx, "-s", "quit"], capture_output=True)
    written = log.read_text() if log.exists() else ""
    assert "client:" not in written and "?" not in written and "9000" not in written


def test_the_sessions_outlive_a_restart_of_the_app_container(compose):
    """The image keeps its sessions in one directory; compose puts a named volume there."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    path = re.search(r"SESSION_FILE_PATH=(\S+)", dockerfile).group(1)
    assert f"VOLUME {path}" in dockerfile
    assert f"sessions:{path}" in compose["services"]["web"]["volumes"]
    assert "sessions" in compose["volumes"]
