#!/usr/bin/env python3
"""Prepares bench/sections/office-loop.sh's folder: an office whose review book holds REVIEWS
reviews for each of DEVICES devices (the first device is a real store made by `belajar device`),
and that device trusting the office. Usage: office-loop.py BELAJAR FOLDER DEVICES REVIEWS"""
import json
import os
import subprocess
import sys
import uuid

belajar, folder, devices, reviews = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
office, device = os.path.join(folder, "office"), os.path.join(folder, "device")


def run(*arguments):
    return subprocess.run([belajar, *arguments], check=True, capture_output=True, text=True,
                          env={**os.environ, "LANG": "C"}).stdout


line = run("office", "init", "--id", "bench", "--store", f"{office}/progress.sqlite").strip().splitlines()[-1]
run("office", "trust", *line.split()[3:], "--store", f"{device}/progress.sqlite")
first = run("device", "--store", f"{device}/progress.sqlite").split("\n")[0].split(": ")[1]
ids = [first] + [str(uuid.uuid4()) for _ in range(devices - 1)]
entries = []
for device_id in ids:
    for _ in range(reviews):
        review = {"statementID": str(uuid.uuid4()), "essayStatementID": str(uuid.uuid4()),
                  "learnerNIP": "198609262015052001", "scaled": 0.8, "comment": "Tepat; tambahkan contoh. " * 4,
                  "mentorNIP": "197001011995031001", "mentorName": "Dr. Sri Mentor",
                  "reviewedAt": "2026-12-01T08:00:00.000Z"}
        entries.append({"review": review, "deviceID": device_id, "statement": "{}", "sentTo": "bench"})
with open(f"{office}/office-reviews.json", "w") as book:
    json.dump({"entries": entries}, book)
print(first)
