"""Fills a real belajar store with the statements of DEVICES devices, LEARNERS learners each, and
exports each device's statements to its own signed bundle with the real `belajar export`.

    generate.py BELAJAR HOME DOCS TOTAL DEVICES LEARNERS OUT

The faithful shortcut: one store stands in for every device. For each device the script writes
that device's learners and statements into the store exactly as the store's outbox keeps them
(the `learner` and `statement` tables; statements are the shapes of docs/statements.md, which
DocumentationTests holds equal to what the store makes, with fresh ids, the learner's NIP, name,
agency and unit, a course of its own, and timestamps with the device's UTC offset), gives the
store a new device id and key, and runs `belajar export`, which bundles only what was not
exported before: that device's statements. A thousand stores would cost a thousand store
creations and a thousand times the schema; the bundles are the same bytes either way."""
import json
import os
import random
import sqlite3
import subprocess
import sys
import uuid
from datetime import datetime, timedelta, timezone

belajar, home, docs, total, devices, learners, out = sys.argv[1:8]
total, devices, learners = int(total), int(devices), int(learners)
text = open(docs, encoding="utf-8").read()
examples = [json.loads(block.split("\n```")[0]) for block in text.split("```json\n")[1:]]
# Each learner's first statement on a device is their registration (as `learner add` writes
# it); then passes through one course after another: every other documented shape but the
# failed attempt.
registered = "http://adlnet.gov/expapi/verbs/registered"
registration = next(e for e in examples if e["verb"]["id"] == registered)
cycle = [e for e in examples if e["verb"]["id"] not in (registered, "http://adlnet.gov/expapi/verbs/failed")]
base = "https://belajar.asn.go.id/xapi/extensions/"
store = os.path.join(home, "progress.sqlite")
per_device = total // devices
zones = [7, 8, 9]
random.seed(15)
db = sqlite3.connect(store)


def statement(example, nip, name, agency, unit, course, when, offset):
    raw = json.dumps(example, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    raw = raw.replace("pengembangan-kualitas-asn", course)
    data = json.loads(raw)
    data["id"] = str(uuid.uuid4())
    data["actor"] = {"account": {"homePage": "https://siasn.bkn.go.id", "name": nip}, "name": name, "objectType": "Agent"}
    context = data.setdefault("context", {})
    extensions = context.setdefault("extensions", {})
    extensions[base + "agency"], extensions[base + "unit"] = agency, unit
    local = when + timedelta(hours=offset)
    data["timestamp"] = local.strftime("%Y-%m-%dT%H:%M:%S.000") + f"+{offset:02d}:00"
    if base + "certificate" in extensions:
        extensions[base + "certificate"] = f"BLJ-{local.year}-{data['id'][:8].upper()}"
    line = json.dumps(data, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()
    return data["id"], data["verb"]["id"], data["timestamp"], line


def make_nip(n):
    """A valid, distinct NIP for learner n: birth date, appointment month, gender, number."""
    birth = f"{1970 + n % 30}{1 + (n // 30) % 12:02d}{1 + (n // 360) % 28:02d}"
    return f"{birth}{2000 + (n // 10080) % 20}01" + "1" + f"{1 + n // 201600:03d}"


start = datetime(2026, 1, 5, tzinfo=timezone.utc)
for device in range(devices):
    offset = zones[device % len(zones)]
    people = [(make_nip(device * learners + index), f"Peserta {device}-{index}", f"Instansi {device % 50}", f"Unit {device}")
              for index in range(learners)]
    db.executemany("INSERT OR IGNORE INTO learner (nip, name, agency, unit, addedAt) VALUES (?, ?, ?, ?, ?)",
                   [(nip, name, agency, unit, "2026-01-01T00:00:00.000Z") for nip, name, agency, unit in people])
    rows = []
    for number in range(per_device):
        nip, name, agency, unit = people[number % learners]
        step = number // learners - 1
        course = f"kursus-{max(step, 0) // len(cycle):03d}"
        example = registration if step < 0 else cycle[step % len(cycle)]
        when = start + timedelta(minutes=number, days=device % 300)
        id, verb, timestamp, line = statement(example, nip, name, agency, unit, course, when, offset)
        rows.append((id, nip, verb, timestamp, line))
    db.executemany("INSERT INTO statement (id, learnerNIP, verb, timestamp, json) VALUES (?, ?, ?, ?, ?)", rows)
    db.execute("UPDATE setting SET value = ? WHERE key = 'device.id'", (str(uuid.uuid4()),))
    db.commit()
    for name in ("device.key", "bundle.sequence"):
        if os.path.exists(os.path.join(home, name)):
            os.remove(os.path.join(home, name))
    subprocess.run([belajar, "export", "--out", out], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "BELAJAR_HOME": home})
    with open(os.path.join(out, "..", "trusted-keys"), "a") as keys:
        shown = subprocess.run([belajar, "device"], check=True, capture_output=True, text=True,
                               env={**os.environ, "BELAJAR_HOME": home}).stdout.strip().splitlines()[-1]
        keys.write(shown + "\n")
    if device % 100 == 99:
        print(f"generate: {device + 1} devices", file=sys.stderr)
