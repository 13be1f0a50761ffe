"""Writes a library of N generated courses of M modules each, as trainers write them."""
import os
import random
import sys

PARAGRAPH = ("Setiap ASN berhak dan wajib mengembangkan kompetensi paling sedikit 20 JP setahun; "
             "belajar mandiri, pelatihan klasikal, coaching dan mentoring dihitung. ")


def write_course(root, number, modules):
    folder = os.path.join(root, f"kursus-{number:03d}")
    os.makedirs(folder, exist_ok=True)
    entries = []
    for module in range(1, modules + 1):
        # Distinct stems: `01-modul.md`, `02-modul.md` would all default to the module id `modul`,
        # and every course would fail to load on duplicate ids.
        name = f"{module:02d}-modul-{module:02d}.md"
        with open(os.path.join(folder, name), "w") as out:
            out.write(f"# Modul {module}\n\n" + (PARAGRAPH * 4 + "\n\n") * 6)
        entries.append(f"  - file: {name}\n    minutes: 10\n")
    with open(os.path.join(folder, "course.yaml"), "w") as out:
        out.write(f"id: kursus-{number:03d}\ntitle: Kursus Contoh {number}\nversion: 1.0.0\nhours: 2\n"
                  "modules:\n" + "".join(entries))


def long_module(path, sections):
    """One long module, for paging: the reader and less get the same text. Its sentences are
    drawn from the paragraph's words at random (seeded), so no two lines repeat: repeated lines
    would let a terminal library scroll instead of redraw, and flatter the byte counts."""
    words = PARAGRAPH.split()
    rng = random.Random(7)
    with open(path, "w") as out:
        out.write("# Modul panjang\n\n")
        for section in range(1, sections + 1):
            out.write(f"## Bagian {section}\n\n")
            for paragraph in range(1, 4):
                sentence = " ".join(rng.choice(words) for _ in range(60))
                out.write(f"Paragraf {paragraph}. {sentence}.\n\n")


if __name__ == "__main__":
    kind, root = sys.argv[1], sys.argv[2]
    if kind == "library":
        for number in range(1, int(sys.argv[3]) + 1):
            write_course(root, number, int(sys.argv[4]))
    else:
        folder = os.path.join(root, "panjang")
        os.makedirs(folder, exist_ok=True)
        long_module(os.path.join(folder, "01-panjang.md"), int(sys.argv[3]))
        with open(os.path.join(folder, "course.yaml"), "w") as out:
            out.write("id: panjang\ntitle: Modul Panjang\nversion: 1.0.0\nhours: 1\nmodules:\n  - file: 01-panjang.md\n")
