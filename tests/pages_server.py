"""A news site on 127.0.0.1 for the tests: the pages of tests/fixtures/pages and the faults a
real site shows (404, 500, redirect loops, redirects to private addresses, a slow answer, a
huge body, images and PDFs, a wrong charset). Standard library only; one thread per request.

Every request is recorded (`requests`), so a test can check what was — and was not — fetched.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "fixtures" / "pages"
HUGE_BYTES = 20 * 1024 * 1024
SLOW_SECONDS = 3.0
GATE_SECONDS = 60.0


@dataclass
class Route:
    """What one path answers."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream_bytes: int = 0
    """Send this many bytes of filler instead of `body`, without a Content-Length."""
    gate: threading.Event | None = None
    """Answer only once this is set (a site that is slow exactly as long as a test wants)."""


class PagesServer:
    """A threaded HTTP server on `host`, answering from `routes` (path with query -> Route)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
                if route is None:
                    route = Route(status=404, body=b"<html><body>Tidak ditemukan</body></html>")
                if route.delay and server._stop.wait(route.delay):
                    return
                if route.gate is not None:
                    route.gate.wait(GATE_SECONDS)
                try:
                    self.send_response(route.status)
                    if route.content_type:
                        self.send_header("Content-Type", route.content_type)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if route.stream_bytes:
                        self.send_header("Connection", "close")
                        self.end_headers()
                        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>"
                        for _ in range(route.stream_bytes // len(chunk)):
                            self.wfile.write(chunk)
                        return
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading: what the body cap is for

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.host = host
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        """The full address of `path` on this server."""
        return f"http://{self.host}:{self.port}{path}"

    def page(self, path: str, name: str, **options: object) -> str:
        """Serve the fixture page `name` at `path`; returns its URL."""
        self.routes[path] = Route(body=(PAGES / name).read_bytes(), **options)  # type: ignore[arg-type]
        return self.url(path)

    def fetched(self, path: str) -> bool:
        """Whether anything asked for `path` (query ignored)."""
        return any(p.split("?")[0] == path.split("?")[0] for p, _ in self.requests)

    def start(self) -> PagesServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def serve(host: str = "127.0.0.1") -> Iterator[PagesServer]:
    """A started server, stopped afterwards (for fixtures)."""
    server = PagesServer(host).start()
    try:
        yield server
    finally:
        server.stop()


def site(server: PagesServer) -> dict[str, str]:
    """The standard site: every fixture page and fault, by name -> URL."""
    urls = {
        "portal": server.page(
            "/read/2023/08/14/jember-tutup-lokalisasi-gang-kenanga", "portal_jsonld_jember.html"
        ),
        "regional": server.page(
            "/jateng/2022/11/21/lokalisasi-karang-indah-ditutup", "regional_cilacap_1.html"
        ),
        "wire": server.page(
            "/berita/3951/pemkot-palu-targetkan-bebas-lokalisasi-pada-2025", "wire_palu.html"
        ),
        "wordpress": server.page(
            "/2021/05/10/dinsos-tanah-laut-data-47-psk-di-lokalisasi-km-8-pelaihari/",
            "wordpress_tanahlaut.html",
        ),
        "amp": server.page(
            "/amp/news/2020/02/17/pemkab-pati-tutup-lokalisasi-sri-rejeki", "amp_pati.html"
        ),
        "off_topic": server.page("/cilacap/banjir-kroya", "off_topic_banjir.html"),
        "no_article": server.page("/indeks", "no_article_index.html"),
    }
    server.routes["/jateng/2022/11/21/lokalisasi-karang-indah-ditutup?page=2"] = Route(
        body=(PAGES / "regional_cilacap_2.html").read_bytes()
    )
    faults: dict[str, Route] = {
        "/mati": Route(status=404, body=b"<h1>404</h1>"),
        "/rusak": Route(status=500, body=b"<h1>Internal Server Error</h1>"),
        "/putar-a": Route(status=302, headers={"Location": "/putar-b"}),
        "/putar-b": Route(status=302, headers={"Location": "/putar-a"}),
        "/ke-loopback": Route(
            status=302, headers={"Location": f"http://127.0.0.1:{server.port}/rahasia"}
        ),
        "/ke-privat": Route(status=301, headers={"Location": "http://10.0.0.1/admin"}),
        "/rahasia": Route(body=(PAGES / "portal_jsonld_jember.html").read_bytes()),
        "/lambat": Route(body=(PAGES / "wire_palu.html").read_bytes(), delay=SLOW_SECONDS),
        "/raksasa": Route(stream_bytes=HUGE_BYTES),
        "/foto.jpg": Route(content_type="image/jpeg", body=b"\xff\xd8\xff\xe0" + b"\0" * 100),
        "/laporan.pdf": Route(content_type="application/pdf", body=b"%PDF-1.4\n" + b"0" * 100),
        "/charset-salah": Route(
            content_type="text/html; charset=iso-8859-1",
            body=(PAGES / "wordpress_tanahlaut.html")
            .read_text(encoding="utf-8")
            .replace("&#8220;", "“")
            .replace("&#8221;", "”")
            .encode("utf-8"),
        ),
        "/teks-windows": Route(
            content_type="text/html; charset=utf-8",
            body=(PAGES / "wordpress_tanahlaut.html")
            .read_text(encoding="utf-8")
            .replace("&#8220;", "“")
            .replace("&#8221;", "”")
            .replace('charset="UTF-8"', 'charset="windows-1252"')
            .replace('<meta charset="UTF-8">', '<meta charset="windows-1252">')
            .encode("cp1252"),
        ),
    }
    server.routes.update(faults)
    urls.update({path.strip("/"): server.url(path) for path in faults})
    return urls
