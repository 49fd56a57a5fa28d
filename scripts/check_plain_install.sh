#!/usr/bin/env bash
# A plain install, as a library user gets one: a fresh venv, the interpreter's own pip (never
# upgraded), `pip install .` with no extras; then one bundled sample article through
# `wwk extract`, which must give a dossier with claims. Fails (non-zero) otherwise. Run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
where="$(mktemp -d)"
trap 'rm -rf "$where"' EXIT
"$python" -m venv "$where/venv"
"$where/venv/bin/python" -m pip --version
"$where/venv/bin/python" -m pip install --quiet --disable-pip-version-check .
sample=src/whatweknow/sample/articles/01-geneva-talks-proposed.txt
(cd "$where" && "$where/venv/bin/wwk" extract -q "$OLDPWD/$sample" >"$where/dossier.json")
"$where/venv/bin/python" - "$where/dossier.json" <<'PY'
import json
import sys

dossier = json.load(open(sys.argv[1], encoding="utf-8"))
assert dossier["schema"] == "whatweknow/dossier@1", dossier.get("schema")
assert dossier["claims"], "the sample article gave no claims"
print(f"plain install: wwk extract gave {len(dossier['claims'])} claims")
PY
