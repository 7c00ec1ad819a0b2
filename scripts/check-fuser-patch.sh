#!/usr/bin/env bash
# Checks that vendor/fuser is the published crate recorded in vendor/fuser/UPSTREAM with
# vendor/fuser/patch.diff applied, less the upstream files PATCH.md lists as left out, and
# nothing else (vendor/fuser/PATCH.md says why).
#
#   scripts/check-fuser-patch.sh            check; exits 1 saying what differs
#   scripts/check-fuser-patch.sh --update   first rewrites patch.diff from vendor/fuser
#
# The .crate is downloaded once into ${XDG_CACHE_HOME:-$HOME/.cache}/efsctl/ (a copy in cargo's
# download cache, ${CARGO_HOME:-$HOME/.cargo}/registry/cache/, does as well), so the check runs
# offline after that. Whichever copy is used, its sha256 must be the one in UPSTREAM.
set -euo pipefail
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$root/vendor/fuser"
# Ours, neither upstream's nor in patch.diff.
metadata=(UPSTREAM patch.diff PATCH.md)

die() {
    printf 'check-fuser-patch: %s\n' "$*" >&2
    exit 1
}
note() { printf 'check-fuser-patch: %s\n' "$*" >&2; }

update=
case "${1-}" in
    "") ;;
    --update) update=1 ;;
    *) die "usage: $0 [--update]" ;;
esac

# field NAME: the value of the line "NAME = value" of UPSTREAM.
field() {
    local value
    value="$(sed -n "s/^$1[[:space:]]*=[[:space:]]*//p" "$vendor/UPSTREAM" | head -n 1)"
    [[ -n "$value" ]] || die "vendor/fuser/UPSTREAM has no line '$1 = ...'"
    printf '%s' "$value"
}

sha256() {
    if command -v sha256sum >/dev/null; then
        sha256sum "$1" | cut -d ' ' -f 1
    else
        shasum -a 256 "$1" | cut -d ' ' -f 1
    fi
}

[[ -f "$vendor/UPSTREAM" ]] || die "no vendor/fuser/UPSTREAM"
name="$(field name)"
version="$(field version)"
url="$(field url)"
sum="$(field sha256)"
crate_file="$name-$version.crate"
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/efsctl"

# The .crate: a cached copy whose sha256 matches, else a download (then cached).
crate=
candidates=("$cache_dir/$crate_file")
for f in "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"$crate_file"; do
    if [[ -f "$f" ]]; then
        candidates+=("$f")
    fi
done
for f in "${candidates[@]}"; do
    if [[ -f "$f" ]]; then
        if [[ "$(sha256 "$f")" == "$sum" ]]; then
            crate="$f"
            break
        fi
        note "ignoring $f: its sha256 is not the one in vendor/fuser/UPSTREAM"
    fi
done
if [[ -z "$crate" ]]; then
    note "downloading $url"
    mkdir -p "$cache_dir"
    part="$(mktemp "$cache_dir/$crate_file.XXXXXX")"
    if ! curl -sSfL --retry 2 -o "$part" "$url"; then
        rm -f "$part"
        die "cannot download $url (offline? a copy of $crate_file in $cache_dir/ would do)"
    fi
    got="$(sha256 "$part")"
    if [[ "$got" != "$sum" ]]; then
        rm -f "$part"
        die "$url has sha256 $got, but vendor/fuser/UPSTREAM says $sum"
    fi
    mv -f "$part" "$cache_dir/$crate_file"
    crate="$cache_dir/$crate_file"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar xzf "$crate" -C "$work"
upstream="$work/$name-$version"
[[ -d "$upstream" ]] || die "$crate holds no $name-$version/"

# The upstream files left out: the lines of the first ``` block after the heading
# "## Upstream files left out" of PATCH.md, a path ending in / standing for a directory.
dropped=()
while IFS= read -r line; do
    dropped+=("$line")
done < <(awk '/^## Upstream files left out/ { s = 1; next }
              s == 1 && /^```/ { s = 2; next }
              s == 2 && /^```/ { exit }
              s == 2 && NF { print $1 }' "$vendor/PATCH.md")
((${#dropped[@]})) || die "vendor/fuser/PATCH.md lists no upstream files under '## Upstream files left out'"

# a: upstream's files that we keep, as published. b: ours, less our metadata.
cp -R "$upstream" "$work/a"
for d in "${dropped[@]}"; do
    p="${d%/}"
    case "/$p/" in
        //* | */../* | */./*) die "PATCH.md lists '$d' as left out: not a path inside the crate" ;;
    esac
    [[ -e "$work/a/$p" ]] || die "PATCH.md lists '$d' as left out, but $name $version has no such file"
    [[ ! -e "$vendor/$p" ]] || die "PATCH.md lists '$d' as left out, but vendor/fuser has it"
    rm -rf "${work:?}/a/$p"
done
cp -R "$vendor" "$work/b"
for m in "${metadata[@]}"; do
    rm -f "$work/b/$m"
done
rm -rf "$work/b/target"

if [[ -n "$update" ]]; then
    # Without diff's timestamps, so that the same trees give the same file.
    (cd "$work" && { diff -ruN a b || [[ $? -eq 1 ]]; }) |
        sed -E 's/^((---|\+\+\+) [^\t]*)\t.*$/\1/' >"$work/patch.diff"
    if cmp -s "$work/patch.diff" "$vendor/patch.diff"; then
        note "vendor/fuser/patch.diff is up to date"
    else
        cp "$work/patch.diff" "$vendor/patch.diff"
        note "wrote vendor/fuser/patch.diff"
    fi
fi

# c: upstream's kept files with patch.diff applied, which must be b.
[[ -f "$vendor/patch.diff" ]] || die "no vendor/fuser/patch.diff (make it with $0 --update)"
cp -R "$work/a" "$work/c"
if ! out="$(patch -p1 -F0 -N -s --no-backup-if-mismatch -d "$work/c" <"$vendor/patch.diff" 2>&1)"; then
    printf '%s\n' "$out" >&2
    die "vendor/fuser/patch.diff does not apply to $name $version"
fi
# Without -N: a file only one side has is named as such, even if empty.
if ! out="$(cd "$work" && diff -ru c b)"; then
    head -n 200 <<<"$out" >&2
    die "vendor/fuser differs from $name $version + patch.diff (above: c/ is upstream + patch.diff," \
        "b/ is vendor/fuser). Record the change in patch.diff ($0 --update) and PATCH.md, or undo it."
fi
note "ok: vendor/fuser is $name $version (sha256 checked, $crate) + patch.diff," \
    "less ${#dropped[@]} upstream paths left out (PATCH.md)"
