#!/usr/bin/env python3
"""Writes a Markdown module of about SIZE bytes (default 1 MB) to stdout: prose with emphasis,
code spans and links, nested lists, task lists, quotes, tables, code blocks, some CJK and emoji.
Seeded, so every run measures the same file."""
import random
import sys

WORDS = ("aparatur sipil negara pengembangan kompetensi pelatihan jam pelajaran kinerja pelayanan "
         "publik instansi unit kerja pembelajaran mandiri modul kuis nilai kelulusan sertifikat "
         "peserta widyaiswara kurikulum evaluasi laporan sinkronisasi daerah terpencil").split()
ASIAN = ["日本語", "学习", "한국어", "中文字", "研修"]
EMOJI = ["🎓", "📚", "✅", "🇮🇩", "👩‍💻"]


def sentence(rng):
    words = []
    for _ in range(rng.randint(6, 18)):
        word = rng.choice(WORDS)
        roll = rng.random()
        if roll < 0.05:
            word = f"*{word}*"
        elif roll < 0.09:
            word = f"**{word}**"
        elif roll < 0.11:
            word = f"`{word}`"
        elif roll < 0.14:
            word = f"[{word}](https://bpsdm.example.go.id/{word}/{rng.randint(1, 99)})"
        elif roll < 0.16:
            word = rng.choice(ASIAN)
        elif roll < 0.17:
            word = rng.choice(EMOJI)
        words.append(word)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))


def nested_list(rng, depth=0):
    lines = []
    for number in range(1, rng.randint(2, 5)):
        marker = f"{number}." if depth % 2 else "-"
        if depth == 0 and rng.random() < 0.3:
            marker += " [x]" if rng.random() < 0.5 else " [ ]"
        lines.append("   " * depth + f"{marker} {sentence(rng)}")
        if depth < 2 and rng.random() < 0.4:
            lines.extend(nested_list(rng, depth + 1))
    return lines


def table(rng):
    rows = ["| Modul | JP | Status | Keterangan |", "|:---|---:|:---:|---|"]
    for _ in range(rng.randint(3, 8)):
        rows.append(f"| {rng.choice(WORDS)} {rng.choice(WORDS)} | {rng.randint(1, 40)} | "
                    f"{rng.choice(['Selesai', 'Belum', '进行中'])} | {sentence(rng)} |")
    return "\n".join(rows)


def code(rng):
    lines = [f"let {rng.choice(WORDS)} = {rng.randint(0, 999)}  // {sentence(rng)}"
             for _ in range(rng.randint(3, 10))]
    return "```swift\n" + "\n".join(lines) + "\n```"


def section(rng, number):
    parts = [f"## Bagian {number}: {sentence(rng)[:-1]}", paragraph(rng), paragraph(rng)]
    builders = [lambda: "\n".join(nested_list(rng)), lambda: table(rng), lambda: code(rng),
                lambda: "> " + paragraph(rng), lambda: f"### Rincian {number}\n\n" + paragraph(rng)]
    for _ in range(3):
        parts.append(rng.choice(builders)())
    return "\n\n".join(parts)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1 << 20
    rng = random.Random(2026)
    chunks = ["# Modul uji kecepatan\n\n" + paragraph(rng)]
    total = len(chunks[0].encode())
    number = 1
    while total < size:
        chunk = section(rng, number)
        chunks.append(chunk)
        total += len(chunk.encode()) + 2
        number += 1
    sys.stdout.write("\n\n".join(chunks) + "\n")


main()
