"""An OpenAI-compatible model server that answers each request after a fixed delay, any number at once.

It is what a large vLLM deployment looks like from one worker: every request takes the same time
however many are in flight. Its answers make newsdesk's pipeline publish a real article from an
English item: the article is the source's own sentences (the title as the headline, the first
sentence as the standfirst, a paragraph for each further one, each citing itself), a rendering
repeats its sentence, a brief's headline is its first sentence, and the judge answers SUPPORTED
(with logprobs). So the checker passes what it is sent, and the time an article takes beyond the
model's is newsdesk's own (bench/throughput.py). Tests use it as the model server too: the
requests numbered in `hang` are never answered (a model that blocks until its client is killed),
those in `fail` get a 503 (a server that is down), with `gate` no request is answered until
that many are in flight at once, and with `json_object_only` a "json_schema" response format is
refused as llama_cpp.server refuses it.

    .venv/bin/python bench/latency_server.py [--delay 2.0] [--port 8001]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import threading
import time
from collections.abc import Collection, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "latency-server"
ARTICLE_LINE = re.compile(r"^\[(\d+)\]( \(title\))? (.+)$")
RENDER_LINE = re.compile(r"^(\d+)\. (.+)$")
GATE_WAIT = 30.0  # seconds a gated request waits for the others before it is answered anyway


def _schema(body: dict[str, Any]) -> dict[str, Any]:
    form = body.get("response_format") or {}
    return (form.get("json_schema") or {}).get("schema") or form.get("schema") or {}


def kind(body: dict[str, Any]) -> str:
    """Name what a request asks for: rendering, article, headline, verdicts or judge."""
    props = _schema(body).get("properties", {})
    for name, key in (("rendering", "english"), ("article", "paragraphs"), ("headline", "headline"),
                      ("verdicts", "verdicts")):
        if key in props:
            return name
    return "judge"


def _source_lines(text: str) -> list[str]:
    """Return the lines of the last <source …> block of a prompt."""
    start = text.rfind("<source")
    end = text.find("</source>", start)
    if start < 0 or end < 0:
        return []
    return text[text.find("\n", start) + 1 : end].strip().splitlines()


def _numbered(user: str) -> list[tuple[int, str, bool]]:
    """Return the numbered source sentences of an article prompt: (number, text, is the title)."""
    return [(int(m[1]), m[3], bool(m[2])) for line in _source_lines(user) if (m := ARTICLE_LINE.match(line))]


def _article(user: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Answer an article request with the source's sentences, within the schema's counts."""
    numbered = _numbered(user)
    titles = [(n, text) for n, text, title in numbered if title]
    facts = [(n, text) for n, text, title in numbered if not title] or titles
    head = titles[0] if titles else facts[0]
    props = schema.get("properties", {})
    paragraph = props.get("paragraphs", {}).get("items", {})
    per = paragraph.get("properties", {}).get("sentences", {}).get("maxItems", 1)
    most = props.get("paragraphs", {}).get("maxItems", 4)
    rest = facts[1:]
    paragraphs = [rest[i : i + per] for i in range(0, len(rest), per)][:most] or [facts[:1]]
    headed = "heading" in paragraph.get("properties", {})
    return {
        "headline": {"text": head[1].rstrip("."), "cites": [head[0]]},
        "standfirst": [{"text": facts[0][1], "cites": [facts[0][0]]}],
        "paragraphs": [
            {**({"heading": " ".join(p[0][1].split()[:3]).rstrip(",.")} if headed else {}),
             "sentences": [{"text": text, "cites": [n]} for n, text in p]}
            for p in paragraphs
        ],
    }


def answer(body: dict[str, Any]) -> tuple[str, list[dict[str, Any]] | None]:
    """Return the text a request is answered with, and its first token's logprobs when asked for."""
    user = next((m.get("content") or "" for m in reversed(body.get("messages", [])) if m.get("role") == "user"), "")
    what = kind(body)
    if what == "rendering":  # each sentence as it is
        lines = [m[2] for line in _source_lines(user) if (m := RENDER_LINE.match(line))]
        return json.dumps({"english": lines}), None
    if what == "article":
        return json.dumps(_article(user, _schema(body))), None
    if what == "headline":  # a brief's headline: its first sentence under the title
        numbered = [(n, text) for n, text, title in _numbered(user) if not title] or [(1, "")]
        return json.dumps({"headline": {"text": numbered[0][1].rstrip("."), "cites": [numbered[0][0]]}}), None
    if what == "verdicts":  # the judge of a whole text
        count = len(re.findall(r"^\d+\. ", user.split("<sentences>")[-1], flags=re.MULTILINE))
        return json.dumps({"verdicts": [{"n": n, "verdict": "supported"} for n in range(1, count + 1)]}), None
    top = [{"token": "SUPPORTED", "logprob": -0.01, "bytes": None},
           {"token": "UNSUPPORTED", "logprob": -5.0, "bytes": None},
           {"token": "CONTRADICTED", "logprob": -6.0, "bytes": None}]
    logprobs = [{"token": "SUPPORTED", "logprob": -0.01, "bytes": None, "top_logprobs": top}]
    return "SUPPORTED", logprobs if body.get("logprobs") else None


class LatencyServer:
    """Serve the answers above on 127.0.0.1 after `delay` seconds each, with no limit on how many at once."""

    def __init__(
        self, *, delay: float, port: int = 0, hang: Collection[int] = (), fail: Collection[int] = (), gate: int = 0,
        json_object_only: bool = False,
    ) -> None:
        self.delay = delay
        self.hang = set(hang)  # chat requests (numbered from 1) never answered
        self.fail = set(fail)  # chat requests answered 503
        self.gate = gate  # no request is answered until this many are in flight at once (or GATE_WAIT has passed)
        self.gate_open = threading.Event()
        self.json_object_only = json_object_only
        self.requests = 0  # chat requests received
        self.answered = 0
        self.usage: list[tuple[str, int, int]] = []  # each answered request's kind, prompt and completion tokens
        self.busiest = 0  # the most requests in flight at once
        self.in_flight = 0
        self.lock = threading.Lock()
        self.arrived = threading.Condition(self.lock)
        self.stopping = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def start(self) -> LatencyServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.gate_open.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def wait_for_requests(self, count: int, timeout: float) -> bool:
        """Wait until count chat requests have arrived; return whether they did within timeout."""
        with self.arrived:
            return self.arrived.wait_for(lambda: self.requests >= count, timeout=timeout)

    def _arrive(self) -> int:
        with self.arrived:
            self.requests += 1
            self.in_flight += 1
            self.busiest = max(self.busiest, self.in_flight)
            if self.gate and self.busiest >= self.gate:
                self.gate_open.set()
            self.arrived.notify_all()
            return self.requests

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass  # a line per request would cost more than the work measured

            def send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/").endswith("/models"):
                    self.send(200, {"object": "list", "data": [{"id": MODEL, "object": "model", "owned_by": "bench"}]})
                else:
                    self.send(404, {"error": {"message": f"no {self.path}"}})

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self.send(404, {"error": {"message": f"no {self.path}"}})
                    return
                number = server._arrive()
                try:
                    if number in server.hang:
                        server.stopping.wait()
                        self.close_connection = True
                        return
                    if server.gate:
                        server.gate_open.wait(GATE_WAIT)
                    if number in server.fail:
                        self.send(503, {"error": {"message": "Service Unavailable", "type": "server_error"}})
                        return
                    if server.json_object_only and (body.get("response_format") or {}).get("type") == "json_schema":
                        self.send(500, {"error": {"message": "1 validation error: ('body', 'response_format', 'type') "
                                                  "Input should be 'text' or 'json_object'", "type": "server_error"}})
                        return
                    time.sleep(server.delay)
                    self.complete(body)
                finally:
                    with server.lock:
                        server.in_flight -= 1

            def complete(self, body: dict[str, Any]) -> None:
                text, logprobs = answer(body)
                prompt = sum(len(str(m.get("content") or "")) for m in body.get("messages", [])) // 4
                with server.lock:
                    server.answered += 1
                    server.usage.append((kind(body), prompt, len(text) // 4))
                    answered = server.answered
                self.send(200, {
                    "id": f"chatcmpl-{answered}", "object": "chat.completion", "created": int(time.time()),
                    "model": body.get("model") or MODEL,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                 "logprobs": {"content": logprobs} if logprobs else None, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": prompt, "completion_tokens": len(text) // 4,
                              "total_tokens": prompt + len(text) // 4},
                })

        return Handler


@contextlib.contextmanager
def serve(
    *, delay: float, hang: Collection[int] = (), fail: Collection[int] = (), gate: int = 0,
    json_object_only: bool = False,
) -> Iterator[LatencyServer]:
    """Run a LatencyServer on a free port of 127.0.0.1 for the duration of the block."""
    server = LatencyServer(delay=delay, hang=hang, fail=fail, gate=gate, json_object_only=json_object_only).start()
    try:
        yield server
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=2.0, help="seconds before each answer (default 2)")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    if args.delay < 0:
        parser.error("--delay must be zero or more")
    server = LatencyServer(delay=args.delay, port=args.port)
    print(f"answering at {server.base_url} after {args.delay} s a request; Ctrl-C stops", flush=True)
    try:
        server.httpd.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
    print(f"{server.answered} requests answered, at most {server.busiest} at once")


if __name__ == "__main__":
    main()
