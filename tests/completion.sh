#!/bin/sh
# SPDX-License-Identifier: ISC
# completion.sh - the bash (and zsh) completion: what Tab offers, and that
# its word lists are limber's own (--help and the option errors say them).
. "$top_srcdir/tests/lib.sh"
plan 31
C="$top_srcdir/completions"

if ! command -v bash >/dev/null 2>&1; then
	echo "1..0 # SKIP bash not found"
	exit 0
fi

# comp WORD...: what the bash completion offers for the command line WORD...
# (the last word is the one being completed), one line.
comp() {
	bash -c '. "$0/limber"
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
		_limber "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
		echo "${COMPREPLY[*]}"' "$C" "$LIMBER" "$@"
}

# expect_comp WANT WORD...: the offer is exactly WANT.
expect_comp() {
	_want=$1
	shift
	_got=$(comp "$@")
	[ "$_got" = "$_want" ] && ok "limber $* <Tab> -> $_want" ||
		{ not_ok "limber $* <Tab>: got '$_got', wanted '$_want'"; }
}

expect_comp "sciatica-morning" run sc
expect_comp "buttock-left" log --where buttock-l
expect_comp "trends" tr
expect_comp "buttock-left,thigh-left buttock-left,thigh-right" log --where buttock-left,thigh-
expect_comp "lower-back,tingling" edit 3 --symptoms lower-back,ti
expect_comp "bladder,both-legs bladder,bowel" log --flag bladder,bo
expect_comp "--symptoms" log --sy
expect_comp "glutes" routines --area gl
expect_comp "table csv json" diary --format ""
expect_comp "csv json" export --format ""
expect_comp "text json" trends --format ""
expect_comp "a4 letter" report --paper ""
expect_comp "a4 letter" sheet quick-five --paper ""
expect_comp "sciatica-morning" sheet sc
expect_comp "sciatica-morning" log --session sc
expect_comp "--config --data --routines --help --version" --
expect_comp "" log --back ""
expect_comp "mon-fri" remind --days mon-
expect_comp "sat,sun" remind --days sat,su
expect_comp "buttock-left buttock-right" log --where = bu # bash splits at =
# Routines from a --routines directory given on the line count too.
expect_comp "lazy" --routines "$top_srcdir/tests/data/good" show la
expect_comp "" show la
expect_comp "$top_srcdir/tests/data/good" sync "$top_srcdir/tests/data/goo"

# Every command, and every option of every command, comes from --help.
cmds=$("$LIMBER" --help | awk '/^Commands:/ {f = 1; next} /^$/ {f = 0} f && /^  [a-z]/ {print $1}' | tr '\n' ' ')
expect_comp "${cmds% }" ""
bad=""
for cmd in $cmds; do
	want=$("$LIMBER" "$cmd" --help | grep -o -- '^ *\(-[A-Za-z], \)\{0,1\}--[a-z][a-z-]*' |
		sed 's/.*--/--/' | tr '\n' ' ')
	[ "$(comp "$cmd" --)" = "${want% }" ] || bad="$bad $cmd"
done
[ -z "$bad" ] && ok "every command's options complete" || not_ok "options differ for:$bad"

# The fixed word lists are the ones limber's help gives.
# words_of CMD OPTION: the words the help text lists for OPTION.
words_of() {
	_h=$("$LIMBER" "$1" --help | tr -s ' \n' '  ')
	_h=${_h#*" $2 "[A-Z]*" "}
	_h=${_h%%" --"*}
	printf '%s\n' "${_h##*:}" | sed 's/([^)]*)//g; s/ or /, /g' | tr -s ', ' '\n\n' | grep -x '[a-z][a-z-]*' | tr '\n' ' '
}
bash_list() { bash -c '. "$0/limber"; eval echo "\$_limber_$1"' "$C" "$1"; }
for pair in "log --where places" "log --symptoms symptoms" "log --flag flags" "routines --area areas"; do
	set -- $pair
	w=$(words_of "$1" "$2")
	[ "${w% }" = "$(bash_list "$3")" ] && ok "$2 words are limber's" ||
		not_ok "$2: help says '$w', completion '$(bash_list "$3")'"
done
# --format and --paper: the error for a bad word names the words; every
# command with such an option has its list.
bad=""
for cmd in $cmds; do
	for opt in --format --paper; do
		"$LIMBER" "$cmd" --help | grep -q -- "^ *$opt " || continue
		err=$("$LIMBER" --data "$TMP/none" "$cmd" "$opt" bogus 2>&1 |
			sed -n 's/.*must be \(.*\), got.*/\1/p' | sed 's/ or /, /; s/,//g')
		[ -n "$err" ] && [ "$err" = "$(comp "$cmd" "$opt" "")" ] || bad="$bad $cmd$opt($err)"
	done
done
[ -z "$bad" ] && ok "--format and --paper words are limber's" || not_ok "choices differ:$bad"

# zsh: the same offers through its own function (compadd stubbed to print).
if command -v zsh >/dev/null 2>&1; then
	# LeakSanitizer's exit-time check can hang in a child of zsh (it stops
	# the world with ptrace); leaks are checked by every other test.
	out=$(cd "$TMP" && ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
		timeout 120 zsh -f -c '
		compadd() {
			local -a out; local w
			while [[ $1 == -* && $1 != -- ]]; do [[ $1 == -S ]] && shift; shift; done
			[[ $1 == -- ]] && shift
			for w in "$@"; do [[ $w == ${PREFIX}* ]] && out+=("$IPREFIX$w"); done
			print -r -- "${out[*]}"
		}
		compset() { [[ $1 == -P && $PREFIX == *,* ]] && { IPREFIX=${PREFIX%,*},; PREFIX=${PREFIX##*,}; }; }
		_files() { print -r -- files; }
		_message() { print -r -- message; }
		fpath=("$0" $fpath); autoload -Uz _limber
		t() { words=("$@"); CURRENT=$#words; PREFIX=${words[-1]}; IPREFIX=; _limber; }
		t "$1" run sc; t "$1" log --where buttock-left,thigh-l; t "$1" tr; t "$1" export -o ""
		t "$1" remind --days mon-
	' "$C" "$LIMBER" | tr '\n' '|')
	[ "$out" = "sciatica-morning|buttock-left,thigh-left|trends|files|mon-fri|" ] && ok "zsh completes the same" ||
		not_ok "zsh: $out"
else
	ok "# SKIP zsh not installed"
fi

done_testing
