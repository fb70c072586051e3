"""Build the real-page development set from tagged label files; rewrite the manifest.

    python benchmarks/realpages/build.py .realpages
    python benchmarks/realpages/build.py .realpages2 --manifest benchmarks/realpages/manifest2.json

Reads `.realpages/src/*.lab` (git-ignored: they hold real page text) and writes, beside them in
`.realpages/`, `NAME.txt` (the page text as obtained) and `NAME.json` (the gold read from it, keys
of ../shared/tools/README.md). The tag format is described in README.md beside this file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MARK = re.compile(r"⟦(.*?)⟧")  # a credit inside a caption line
STRIP = re.compile(r"⟪(.*?)⟫")  # an alt-text tail that is not a credit
HERE = Path(__file__).resolve().parent


def unmark(text: str) -> str:
    return STRIP.sub(lambda m: m.group(1), MARK.sub(lambda m: m.group(1), text))


def build_page(lines: list[str]) -> tuple[list[str], dict]:
    gold: dict = {"headline": None, "body_keep": [], "body_drop": [], "captions": [], "credits": []}

    def add(key: str, value: str) -> None:
        value = value.strip()
        if value and value not in gold[key]:
            gold[key].append(value)

    txt = []
    for line in lines:
        if line == "":
            txt.append("")
            continue
        tag, _, rest = line.partition("|")
        raw = unmark(rest)
        txt.append(raw)
        if tag == "H":
            gold["headline"] = gold["headline"] or raw.strip()
            add("body_drop", raw)
        elif tag == "K":
            add("body_keep", raw)
        elif tag == "D":
            add("body_drop", raw)
        elif tag == "S":
            gold["subheadline"] = raw.strip()
        elif tag == "C":
            add("captions", STRIP.sub("", MARK.sub("", rest)).strip(" -–/\\|,"))
            for credit in MARK.findall(rest):
                add("credits", credit.strip(" -–/\\|,().:"))
            add("body_drop", raw)
        elif tag == "R":
            found = MARK.findall(rest)
            add("credits", found[0] if found else raw)
            add("body_drop", raw)
        elif tag != "X":
            raise SystemExit(f"bad tag {tag!r} in {line[:40]}")
    return txt, gold


def main(folder: Path, manifest_path: Path = HERE / "manifest.json") -> None:
    manifest = []
    for lab in sorted((folder / "src").glob("*.lab")):
        for block in lab.read_text(encoding="utf-8").split("#PAGE ")[1:]:
            head, *lines = block.split("\n")
            name, meta, query, url, body = head.strip(), {}, None, None, []
            for line in lines:
                if line.startswith("#END"):
                    break
                if line.startswith("#Q "):
                    query = line[3:].strip()
                elif line.startswith("#U "):
                    url = line[3:].strip()
                elif line.startswith("#M "):
                    meta = json.loads(line[3:])
                else:
                    body.append(line)
            while body and body[-1] == "":
                body.pop()
            txt, gold = build_page(body)
            gold.update(meta)
            (folder / f"{name}.txt").write_text("\n".join(txt) + "\n", encoding="utf-8")
            text = json.dumps(gold, ensure_ascii=False, indent=1)
            (folder / f"{name}.json").write_text(text, encoding="utf-8")
            manifest.append({"name": name, "query": query, "url": url})
    out = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
    manifest_path.write_text(out, encoding="utf-8")
    sites = {re.sub(r"^(www\.|m2\.|m\.)", "", (m["url"] or "").split("/")[2]) for m in manifest}
    print(len(manifest), "pages", len(sites), "sites")


if __name__ == "__main__":
    args = sys.argv[1:]
    target = HERE / "manifest.json"  # default: the first set's manifest
    if "--manifest" in args:
        i = args.index("--manifest")
        target = Path(args[i + 1]).resolve()
        del args[i : i + 2]
    main(Path(args[0] if args else ".realpages").resolve(), target)
