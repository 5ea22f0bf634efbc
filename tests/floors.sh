# SPDX-License-Identifier: ISC
# floors.sh - the house's rules hold (src/README.md): each room includes only
# what it may use (tools/floors), and no two files call each other
# (tools/circles, on the objects just built). Each rule is also shown to
# fail on a tree with one bad include or one circle planted in it.
. "$top_srcdir/tests/lib.sh"
plan 10

floors="$top_srcdir/tools/floors"
circles="$top_srcdir/tools/circles"

run "$floors" "$top_srcdir/src"
expect_rc 0 "the tree keeps its floors"

# plant FILE LINE: a copy of src/ with LINE added at the top of FILE.
plant() {
	rm -rf "$TMP/src" && cp -R "$top_srcdir/src" "$TMP/src" &&
		{ printf '%s\n' "$2"; cat "$TMP/src/$1"; } >"$TMP/planted" && mv "$TMP/planted" "$TMP/src/$1"
	run "$floors" "$TMP/src"
}
plant base/arena.c '#include "diary/diary.h"'
expect_rc 1 "the ground including the store is caught"
expect_in OUT 'base/arena.c:1: "diary/diary.h": base/ may use only base' "it names the file, line and rule"
plant insight/coach.c '#include "tui/tui.h"'
expect_in OUT 'insight/coach.c:1: "tui/tui.h"' "the core including a face is caught"
plant diary/diary.c '#include "insight/trends.h"'
expect_in OUT 'diary/diary.c:1: "insight/trends.h": diary/ may use only' "the store including a room above it is caught"
plant cli/show.c '#include <curses.h>'
expect_in OUT 'cli/show.c:1: <curses.h> outside tui/' "curses outside tui/ is caught"
plant cli/show.c '#include "cli.h"'
expect_in OUT 'cli/show.c:1: "cli.h": include by room, as "cli/cli.h"' "an include without its room is caught"

objs=$(find "$top_builddir/src" -name '*.o' | sort)
run "$circles" $objs
expect_rc 0 "no two files of limber call each other"

mkdir -p "$TMP/circle/src/core"
cat >"$TMP/circle/a.c" <<'C'
int b_twice(int);
int a_once(int x) { return x + 1; }
int a_both(int x) { return b_twice(x); }
C
cat >"$TMP/circle/b.c" <<'C'
int a_once(int);
int b_twice(int x) { return a_once(a_once(x)); }
C
${CC:-cc} -c -o "$TMP/circle/src/core/a.o" "$TMP/circle/a.c" &&
	${CC:-cc} -c -o "$TMP/circle/src/core/b.o" "$TMP/circle/b.c"
run "$circles" "$TMP/circle/src/core/a.o" "$TMP/circle/src/core/b.o"
expect_rc 1 "a planted circle is caught"
expect_in OUT 'core/a.o <-> core/b.o: b_twice | a_once' "it names both files and the calls each way"
done_testing
