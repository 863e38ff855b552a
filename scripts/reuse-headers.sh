#!/usr/bin/env bash
# Gives every file of the project that has no copyright and licensing information yet the
# project's SPDX header (REUSE, https://reuse.software/), in the comment style of its type:
#
#   SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
#   SPDX-License-Identifier: EUPL-1.2
#
# Which files: exactly those `reuse lint` lists as lacking the information. Files that .reuse/dep5
# covers (JSON, CSV, images, generated files, the directory extract) and files that already carry
# a header are therefore left alone, so the script can run again at any time: it only touches new
# files. A file whose type has no comment syntax known here is not changed but named; give it a
# header by hand or add it to .reuse/dep5. Ends with `reuse lint`, and its exit code.
#
# Needs Debian's `reuse` (apt-get install -y reuse). Run it from a clean working tree and look at
# `git diff` afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

COPYRIGHT_HOLDER='KommunalNetz Hub contributors'
YEAR=2026
LICENCE=EUPL-1.2

if ! command -v reuse >/dev/null; then
  echo "reuse-headers: the 'reuse' tool is missing; install it with: apt-get install -y reuse" >&2
  exit 2
fi

# `reuse lint` (1.x prints no JSON) lists the files without information as "* path" lines
# between its "# MISSING ..." heading and "# SUMMARY".
lint_output="$(reuse lint 2>&1 || true)"
mapfile -t missing < <(
  printf '%s\n' "$lint_output" |
    awk '/^# MISSING COPYRIGHT AND LICENSING INFORMATION/ { on = 1; next } /^# / { on = 0 } on && /^\* / { print substr($0, 3) }'
)
if [ "${#missing[@]}" -eq 0 ]; then
  echo "reuse-headers: every file already has copyright and licensing information."
  reuse lint
  exit $?
fi

# The comment style for a path; empty when this script does not know one.
style_of() {
  local path="$1" name
  name="$(basename "$path")"
  case "$name" in
    # shell scripts without an extension (CI), Docker and ignore files, env examples, npm config
    run | Dockerfile | Dockerfile.* | *.Dockerfile | .gitignore | .dockerignore | .prettierignore | .eslintignore | .npmrc | .env.example | .env.*)
      echo python
      return
      ;;
  esac
  case "$name" in
    *.ts | *.tsx | *.mts | *.cts | *.js | *.jsx | *.mjs | *.cjs) echo c ;;
    *.css) echo css ;;
    *.html | *.htm | *.md | *.xml) echo html ;;
    *.graphql | *.gql | *.sh | *.bash | *.yml | *.yaml | *.toml | *.ttl | *.sql | *.py) echo python ;;
    *) echo '' ;;
  esac
}

declare -A by_style=()
unknown=()
for path in "${missing[@]}"; do
  [ -f "$path" ] || continue
  style="$(style_of "$path")"
  if [ -z "$style" ]; then
    unknown+=("$path")
  else
    by_style[$style]+="$path"$'\n'
  fi
done

# A Dockerfile's parser directives (# syntax=…, # escape=…, # check=…) count only as its first
# lines: set them aside while the header is added, then put them back above it.
held="$(mktemp -d)"
trap 'rm -rf "$held"' EXIT
directive_files=()
for path in "${missing[@]}"; do
  case "$(basename "$path")" in Dockerfile | Dockerfile.* | *.Dockerfile) ;; *) continue ;; esac
  [ -f "$path" ] || continue
  count="$(awk '/^#[ \t]*(syntax|escape|check)[ \t]*=/ { n++; next } { exit } END { print n + 0 }' "$path")"
  if [ "$count" -gt 0 ]; then
    key="${#directive_files[@]}"
    head -n "$count" "$path" >"$held/$key"
    tail -n +"$((count + 1))" "$path" >"$held/$key.rest" && cat "$held/$key.rest" >"$path"
    directive_files+=("$path")
  fi
done

for style in "${!by_style[@]}"; do
  mapfile -t files < <(printf '%s' "${by_style[$style]}")
  echo "reuse-headers: ${#files[@]} file(s) in the '$style' comment style"
  # --single-line where the style has one (// and #), one block comment for CSS and HTML/Markdown;
  # --no-replace keeps an existing first comment (a file's description) below the new header.
  reuse annotate --style "$style" --copyright "$COPYRIGHT_HOLDER" --year "$YEAR" \
    --license "$LICENCE" --copyright-style spdx --no-replace "${files[@]}" >/dev/null
done

for key in "${!directive_files[@]}"; do
  path="${directive_files[$key]}"
  cat "$held/$key" "$path" >"$held/$key.new" && cat "$held/$key.new" >"$path"
done

if [ "${#unknown[@]}" -gt 0 ]; then
  echo "reuse-headers: no comment style known for these files; header by hand or .reuse/dep5:" >&2
  printf '  %s\n' "${unknown[@]}" >&2
fi

reuse lint
