"""Fills a store's outbox with COUNT statements for bench/sync, and writes the batches of BATCH
statements that a push sends, as files for curl.

The statements are the examples of docs/statements.md, each given a fresh id and the learner of
the store, serialized compactly as the store keeps them (one line each)."""
import json
import os
import sqlite3
import sys
import uuid

store, docs, count, batch, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
text = open(docs, encoding="utf-8").read()
examples = [json.loads(block.split("\n```")[0]) for block in text.split("```json\n")[1:]]
nip = "198609262015052001"

rows = []
for index in range(count):
    statement = dict(examples[index % len(examples)])
    statement["id"] = str(uuid.uuid4())
    statement["actor"] = {**statement["actor"], "account": {**statement["actor"]["account"], "name": nip}}
    data = json.dumps(statement, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()
    rows.append((statement["id"], nip, statement["verb"]["id"], statement["timestamp"], data))

with sqlite3.connect(store) as db:
    db.executemany("INSERT INTO statement (id, learnerNIP, verb, timestamp, json) VALUES (?, ?, ?, ?, ?)", rows)

os.makedirs(folder, exist_ok=True)
for number, start in enumerate(range(0, count, batch)):
    with open(os.path.join(folder, f"{number:06d}.json"), "wb") as out:
        out.write(b"[" + b",".join(row[4] for row in rows[start:start + batch]) + b"]")
