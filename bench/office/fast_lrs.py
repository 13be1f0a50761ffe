"""A small fast xAPI endpoint for bench/run office, beside Ralph: POST and GET of
/xAPI/statements with `verb`, `since`, `until`, `limit` and `more`, statements kept on disk
and indexed in memory (16 bytes each), so its own cost stays small and flat: what remains of an
import's or a report's time against it is belajar's.

    fast_lrs.py FOLDER     prints the port, serves until killed"""
import array
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

folder = sys.argv[1]
store = open(os.path.join(folder, "statements.jsonl"), "a+b")
index = {}      # verb -> (offsets, lengths, stored times)
seen = set()


def stored_text(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + "Z"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *arguments):
        pass

    def answer(self, status, body=b"", kind="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        statements = json.loads(body)
        statements = statements if isinstance(statements, list) else [statements]
        ids, now = [], time.time()
        for statement in statements:
            key = statement["id"]
            ids.append(key)
            if key in seen:
                continue
            seen.add(key)
            raw = json.dumps(statement, separators=(",", ":"), ensure_ascii=False).encode()
            store.seek(0, 2)
            offsets, lengths, stored = index.setdefault(statement["verb"]["id"],
                                                        (array.array("q"), array.array("q"), array.array("d")))
            offsets.append(store.tell())
            lengths.append(len(raw))
            stored.append(now)
            store.write(raw)
        store.flush()
        self.answer(200, json.dumps(ids).encode())

    def do_GET(self):
        url = urlparse(self.path)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        offsets, lengths, stored = index.get(query.get("verb"), (array.array("q"), array.array("q"), array.array("d")))
        limit = int(query.get("limit", 100))
        start = int(query.get("from", 0))
        since = query.get("since")
        until = query.get("until")
        picked, position = [], start
        while position < len(offsets) and len(picked) < limit:
            text = stored_text(stored[position])
            if (since is None or text > since[:19] + "Z") and (until is None or text <= until[:19] + "Z"):
                store.seek(offsets[position])
                picked.append(store.read(lengths[position]))
            position += 1
        more = ""
        if position < len(offsets):
            more = "/xAPI/statements?" + urlencode({**query, "from": position})
        self.answer(200, b'{"statements":[' + b",".join(picked) + b'],"more":' + json.dumps(more).encode() + b"}")


# One request at a time, as belajar sends them: no locks around the file and the index.
server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
