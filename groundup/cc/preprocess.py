"""The preprocessor: directives, macro expansion and `#include`, as gcc's cpp does them.

    preprocess(path, options, reporter) -> list[PPToken]     the compiler's input
    preprocess_to_text(path, options, reporter) -> str         `groundup cc -E [-P]`
    macro_definitions(path, options, reporter) -> str          `groundup cc -dM -E`

Files become preprocessing tokens (tokenize.scan) once each; the preprocessor
reads them, runs the directives in them (C17 6.10), and expands macros.

The expansion follows gcc's model, since its output is our oracle. Tokens are
read through a stack of *contexts*: the files at the bottom, above them the
replacement lists of the macros being expanded. A macro is *disabled* while its
context is on the stack; an identifier naming a disabled macro is returned
*painted* (`noexpand`) and never expands again (C17 6.10.3.4p2). A
function-like macro's arguments are collected without expansion, then each is
fully expanded on its own (pushed as a context that ends in EOF) before being
substituted, unless it is an operand of `#` or `##`.

Whitespace matters to `#` (and to `-E` output), so the token stream carries
gcc's *padding*: a PADDING token before each expansion says whether the macro's
name had a space before it, an AVOID_PASTE token marks an expansion's end. The
rule that turns paddings into spaces (`Layout`) is shared by `#` and the printer.

`#include` searches the including file's directory (for "..."), then -iquote,
-I, -isystem and the system directories; `#include_next` continues after the
directory the current file was found in. A file wrapped in an include guard, or
marked `#pragma once`, is not read again.

Left out for now: `#assert`/`#unassert`, `#pragma GCC dependency`, macro names
spelled with universal character names, raw string literals that span lines,
and `#line` changing the positions in diagnostics (it changes __LINE__,
__FILE__ and the -E line markers).
"""

from __future__ import annotations

import bisect
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NoReturn

from groundup.cc import predefined
from groundup.cc.tokenize import (
    NOWHERE,
    Expansion,
    PPKind,
    PPToken,
    char_constant,
    identifier_name,
    is_float_spelling,
    note_expansion,
    parse_integer,
    read_text,
    scan,
    scan_text,
    spell,
    unterminated,
    words,
)
from groundup.diag import Pos, Reporter, Source

MAX_INCLUDE_DEPTH = 200
MAX_EXPANSION_DEPTH = 200  # arguments inside arguments, each expanded on its own
MAX_IF_DEPTH = 200  # parentheses and unary operators in a #if

PADDING = PPKind.PADDING
AVOID_PASTE_TOKEN = PPToken(PPKind.AVOID_PASTE, "", NOWHERE)
PLACEMARKER = PPToken(PPKind.PADDING, "", NOWHERE)  # an empty argument next to ## (6.10.3.3)


@dataclass(frozen=True, slots=True)
class Options:
    """What the command line says to the preprocessor."""

    quote_dirs: tuple[str, ...] = ()  # -iquote: for "..." only
    include_dirs: tuple[str, ...] = ()  # -I
    system_dirs: tuple[str, ...] = ()  # -isystem, then the sysroot's and the compiler's
    commands: tuple[tuple[str, str], ...] = ()  # ("D", "X=1") and ("U", "X"), in order
    includes: tuple[str, ...] = ()  # -include FILE
    target: predefined.Target = predefined.Target()
    stdc_predef: bool = True  # include <stdc-predef.h> first, if found, as gcc does
    trigraphs: bool = False
    when: float | None = None  # seconds since the epoch for __DATE__/__TIME__ (None: now)


# --- macros -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One token of a replacement list, analysed once when the macro is defined."""

    tok: PPToken  # the token (for a `#param`: the `#`)
    arg: int = -1  # the parameter it names, or -1
    stringify: bool = False  # `#param` or `#__VA_OPT__(...)`
    paste: bool = False  # a `##` follows
    vaopt_end: int = -1  # a `__VA_OPT__`: the index of its closing `)`


@dataclass(slots=True, eq=False)
class Macro:
    name: str
    pos: Pos
    params: tuple[str, ...] | None = None  # None: object-like
    variadic: bool = False
    body: tuple[PPToken, ...] = ()
    items: tuple[Item, ...] = ()
    builtin: str = ""  # __LINE__ and friends: computed when used
    disabled: bool = False  # its expansion is being rescanned

    def same_as(self, other: Macro) -> bool:
        """Redefinition without a warning needs the same parameters and spelling (6.10.3p2)."""
        mine = [(t.text, t.space) for t in self.body]
        theirs = [(t.text, t.space) for t in other.body]
        return (self.params, self.variadic, mine) == (other.params, other.variadic, theirs)

    def definition(self) -> str:
        """The macro as `-dM` prints it: `NAME(a,b) body`, with a space before `##`."""
        head = self.name
        if self.params is not None:
            names = list(self.params)
            if self.variadic:
                names[-1] = "..." if names[-1] == "__VA_ARGS__" else names[-1] + "..."
            head += "(" + ",".join(names) + ")"
        out = []
        for i, it in enumerate(self.items):
            if i and it.tok.space:
                out.append(" ")
            if it.stringify:
                assert self.params is not None
                out.append("#" + (self.params[it.arg] if it.arg >= 0 else it.tok.text))
            else:
                out.append(it.tok.text)
            if it.paste:
                out.append(" ##")
        return head + " " + "".join(out)


BUILTINS = ("__FILE__", "__LINE__", "__DATE__", "__TIME__", "__TIMESTAMP__", "__COUNTER__",
            "__INCLUDE_LEVEL__", "__BASE_FILE__", "__FILE_NAME__", "_Pragma", "__has_include",
            "__has_include_next", "__has_attribute", "__has_cpp_attribute",
            "__has_c_attribute", "__has_builtin")  # fmt: skip

# What __has_attribute answers (gcc 12): GNU attributes 1, standard ones their year.
GNU_ATTRIBUTES = words(
    "access alias aligned alloc_align alloc_size always_inline artificial assume_aligned cold "
    "const constructor copy deprecated designated_init destructor error externally_visible "
    "fallthrough flatten format format_arg gnu_inline hot ifunc interrupt leaf malloc "
    "may_alias mode no_icf no_instrument_function no_reorder no_sanitize "
    "no_sanitize_address no_split_stack no_stack_limit noclone noinit noinline noipa "
    "nonnull nonstring noplt noreturn nothrow optimize packed patchable_function_entry "
    "persistent pure retain returns_nonnull returns_twice scalar_storage_order section "
    "sentinel simd stack_protect symver target target_clones tls_model transparent_union "
    "unavailable unused used vector_size visibility warn_if_not_aligned "
    "warn_unused_result warning weak weakref zero_call_used_regs"
)
STANDARD_ATTRIBUTES = {"deprecated": 201904, "fallthrough": 201904, "maybe_unused": 201904,
                       "nodiscard": 202003}  # fmt: skip
# What __has_builtin answers 1 for: gcc's builtins that glibc's and common headers ask
# about, and the C library functions gcc knows (as `f` and as `__builtin_f`).
LIBRARY_BUILTINS = words(
    "abort abs acos acosh alloca asin asinh atan atan2 atanh bcmp bzero calloc cbrt ceil "
    "copysign cos cosh erf erfc exit _exit exp exp2 expm1 fabs fdim floor fma fmax fmin fmod "
    "fprintf fputc fputs free frexp fscanf fwrite hypot index isalnum isalpha isblank "
    "iscntrl isdigit isfinite isgraph isinf islower isnan isprint ispunct isspace isupper "
    "isxdigit labs ldexp lgamma llabs llrint llround log log10 log1p log2 logb lrint lround "
    "malloc memchr memcmp memcpy memmove mempcpy memset modf nan nearbyint nextafter pow "
    "printf putchar puts realloc remainder rindex rint round scalbn scanf signbit sin sinh "
    "snprintf sprintf sqrt sscanf stpcpy stpncpy strcat strchr strcmp strcpy strcspn strdup "
    "strlen strncat strncmp strncpy strndup strnlen strpbrk strrchr strspn strstr tan tanh "
    "tgamma tolower toupper trunc vfprintf vfscanf vprintf vscanf vsnprintf vsprintf vsscanf"
)
BUILTIN_FUNCTIONS = (
    words(
        "__builtin_expect __builtin_offsetof __builtin_types_compatible_p "
        "__builtin_choose_expr __builtin_constant_p __builtin_unreachable __builtin_trap "
        "__builtin_object_size __builtin_dynamic_object_size __builtin_frame_address "
        "__builtin_return_address __builtin_va_start __builtin_va_end __builtin_va_copy "
        "__builtin_va_arg_pack __builtin_va_arg_pack_len __builtin_clz __builtin_clzl "
        "__builtin_clzll __builtin_ctz __builtin_ctzl __builtin_ctzll __builtin_popcount "
        "__builtin_popcountl __builtin_popcountll __builtin_ffs __builtin_ffsl "
        "__builtin_ffsll __builtin_parity __builtin_bswap16 __builtin_bswap32 "
        "__builtin_bswap64 __builtin_huge_val __builtin_huge_valf __builtin_huge_vall "
        "__builtin_inf __builtin_inff __builtin_infl __builtin_nanf __builtin_nanl "
        "__builtin_add_overflow __builtin_sub_overflow __builtin_mul_overflow "
        "__builtin_assume_aligned __builtin_prefetch __builtin_classify_type "
        "__builtin_isgreater __builtin_isless __builtin_isunordered __builtin_fpclassify "
        "__sync_synchronize __sync_fetch_and_add __sync_bool_compare_and_swap "
        "__sync_val_compare_and_swap __atomic_load_n __atomic_store_n __atomic_exchange_n "
        "__atomic_compare_exchange_n __atomic_fetch_add __atomic_fetch_sub "
        "__atomic_fetch_and __atomic_fetch_or __atomic_fetch_xor __atomic_thread_fence "
        "__atomic_signal_fence __atomic_always_lock_free __atomic_is_lock_free"
    )
    | LIBRARY_BUILTINS
    | frozenset("__builtin_" + name for name in LIBRARY_BUILTINS)
)


# --- files and conditionals -------------------------------------------------------------


@dataclass(slots=True, eq=False)
class Cond:
    """An open #if/#ifdef/#ifndef in a file."""

    pos: Pos
    directive: str
    taken: bool  # one of its groups has been (or is being) processed
    seen_else: bool = False
    guard: str = ""  # the macro of an include guard candidate (#ifndef X first in a file)


@dataclass(slots=True, eq=False)
class File:
    """A file being read: its tokens, where we are, its open conditionals."""

    source: Source
    tokens: list[PPToken]
    directives: list[int]  # indexes of the `#` tokens that start a line
    path: str
    dir_index: int  # where in the search chain it was found (-1: not through it)
    system: bool
    include_pos: Pos | None  # the #include that read it
    i: int = 0
    conds: list[Cond] = field(default_factory=list)
    line_delta: int = 0  # #line: presumed line minus physical line
    presumed: str = ""  # #line "name"
    guard: str = ""  # an include guard seen closing at the end
    guard_end: int = -1  # token index right after the guard's #endif


@dataclass(slots=True, eq=False)
class Context:
    """Tokens being rescanned: a macro's replacement, or one argument being expanded."""

    tokens: list[PPToken]
    macro: Macro | None
    i: int = 0
    argument: bool = False  # an argument being expanded: ends in an EOF


@dataclass(frozen=True, slots=True)
class Event:
    """Something the -E printer needs to know: a new line began, a file was entered/left."""

    kind: str  # "line", "enter", "leave"
    file: File
    tok: PPToken | None = None  # "line": the first token of the line
    line: int = 1  # "leave": the line of the file returned to


class Preprocessor:
    """One run of the preprocessor over one main file (all state lives here)."""

    def __init__(self, options: Options, reporter: Reporter) -> None:
        self.options = options
        self.reporter = reporter
        self.macros: dict[str, Macro] = {}
        self.files: list[File] = []
        self.contexts: list[Context] = []
        self.prevent_expansion = 0
        self.parsing_args = 0  # 1: looking for a macro's `(`, 2: collecting its arguments
        self.in_directive = False
        self.in_if = False  # evaluating #if/#elif: __has_include works here
        self.expansion_depth = 0
        self.placemarkers = False  # substitute(): an empty operand of ## was met
        self.counter = 0
        self.once: set[str] = set()
        self.guards: dict[str, str] = {}
        self.cache: dict[str, tuple[Source, list[PPToken], list[int]]] = {}
        self.pushed: dict[str, list[Macro | None]] = {}  # #pragma push_macro
        self.poisoned: set[str] = set()
        self.system_sources: set[Source] = set()  # warnings about these are not shown
        self.events: list[Event] | None = None  # set by the printer that wants them
        self.pending: list[PPToken] = []  # #pragma lines to pass on once their line ends
        self.arg_pragmas: list[PPToken] = []  # #pragma lines met among a macro's arguments
        self.last: PPToken = PPToken(PPKind.EOF, "", NOWHERE)  # last token read from a file
        self.base_file = ""
        self.chain = self._search_chain()
        when = options.when if options.when is not None else time.time()
        self.now = time.localtime(when) if options.when is None else time.gmtime(when)
        for name in BUILTINS:
            self.macros[name] = Macro(name, NOWHERE, builtin=name)

    # --- the main file and the command line ---------------------------------------------

    def start(self, path: str, text: str | None = None, events: bool = False) -> None:
        """Read the predefined macros, the command line's -D and -U, <stdc-predef.h>;
        then open `path` (its `text`, if given) and the -include files before it."""
        self.base_file = path
        main = self._load(path, text)
        self.run_text("<built-in>", predefined.source_text(self.options.target))
        lines = []
        for kind, arg in self.options.commands:
            if kind == "D":
                name, eq, value = arg.partition("=")
                lines.append(f"#define {name} {value if eq else '1'}\n")
            else:
                lines.append(f"#undef {arg}\n")
        self.run_text("<command-line>", "".join(lines))
        if self.options.stdc_predef:
            found = self.find_include("stdc-predef.h", True, None)
            if found is not None:
                self._push(self._load(found[0], None), found[0], found[1], True, None)
                self._drain()
        if events:
            self.events = []
        self._push(main, path, -1, False, None)
        for name in reversed(self.options.includes):
            found = self.find_include(name, False, None, "")  # the current directory first
            if found is None:
                self.fatal(None, f"{name}: No such file or directory")
                return
            self.push_file(found[0], found[1], found[2], None)

    def run_text(self, name: str, text: str) -> None:
        """Run a text of directives (the predefined macros, the command line) now."""
        source = Source(name, text)
        self._push(_index(source, scan(source, self.reporter)), name, -1, True, None)
        self._drain()

    def _drain(self) -> None:
        """Read the one open file to its end (it holds only directives)."""
        while self.get_token().kind is not PPKind.EOF:
            pass
        self.finish()
        self.files.pop()

    def finish(self) -> None:
        """At the end of the main file: its conditionals must all be closed."""
        f = self.files[-1]
        for cond in reversed(f.conds):
            self.error(cond.pos, f"unterminated #{cond.directive}", len(cond.directive))
        f.conds.clear()

    def _load(self, path: str, text: str | None) -> tuple[Source, list[PPToken], list[int]]:
        """A file's tokens (scanned once per run, however often it is included)."""
        cached = self.cache.get(path)
        if cached is not None:
            return cached
        if text is None:
            with open(path, "rb") as f:
                text = read_text(f.read())
        source = Source(path, text)
        loaded = _index(source, scan(source, self.reporter, self.options.trigraphs))
        self.cache[path] = loaded
        return loaded

    def _push(self, loaded: tuple[Source, list[PPToken], list[int]], path: str, index: int,
              system: bool, include_pos: Pos | None) -> None:  # fmt: skip
        f = File(*loaded, path, index, system, include_pos)
        self.files.append(f)
        if system:
            self.system_sources.add(f.source)
        if self.events is not None:
            self.events.append(Event("enter", f))

    def push_file(self, path: str, index: int, system: bool, include_pos: Pos | None) -> None:
        try:
            loaded = self._load(path, None)
        except OSError as e:
            self.fatal(include_pos, f"{path}: {e.strerror}")
            return
        self._push(loaded, path, index, system, include_pos)

    # --- diagnostics ----------------------------------------------------------------------

    def included_from(self, pos: Pos | None) -> tuple[Pos, ...]:
        """The #include positions leading to the file of `pos`, innermost first."""
        chain = []
        found = False
        for f in reversed(self.files):
            if pos is not None and f.source is pos.source:
                found = True
            if found and f.include_pos is not None:
                chain.append(f.include_pos)
        return tuple(chain)

    def error(self, pos: Pos | None, message: str, length: int = 1) -> None:
        self.reporter.error(pos, message, length, self.included_from(pos))

    def warning(self, pos: Pos | None, message: str, length: int = 1) -> None:
        if pos is not None and pos.source in self.system_sources:
            return  # gcc keeps quiet about system headers
        self.reporter.warning(pos, message, length, self.included_from(pos))

    def fatal(self, pos: Pos | None, message: str, length: int = 1) -> None:
        self.reporter.fatal(pos, message, length, self.included_from(pos))

    # --- reading tokens ---------------------------------------------------------------------

    def get_token(self) -> PPToken:
        """The next token, macros expanded (C17 6.10.3.4): gcc's cpp_get_token."""
        while True:
            contexts = self.contexts
            if contexts:
                ctx = contexts[-1]
                if ctx.i < len(ctx.tokens):
                    tok = ctx.tokens[ctx.i]
                    ctx.i += 1
                elif ctx.argument:  # an argument's EOF stays until expand_arg is done
                    return ctx.tokens[-1]
                else:
                    contexts.pop()
                    if ctx.macro is not None:
                        ctx.macro.disabled = False
                    return AVOID_PASTE_TOKEN
            else:
                tok = self.lex()
            if tok.kind is not PPKind.IDENT or tok.noexpand:
                return tok
            macro = self.macros.get(tok.text)
            if macro is None:
                return tok
            if self.prevent_expansion:
                return tok
            if macro.disabled:
                return PPToken(tok.kind, tok.text, tok.pos, tok.space, tok.bol, True,
                               tok.expansion)  # fmt: skip
            if macro.builtin:
                result = self.expand_builtin(macro, tok)
                if result is None:
                    return tok
                self.contexts.append(Context(result, None))
                return PPToken(PADDING, "", tok.pos, tok.space)
            if self.enter_macro(macro, tok):
                return PPToken(PADDING, "", tok.pos, tok.space)
            return tok

    def lex(self) -> PPToken:
        """The next token of the files, directives run on the way; EOF at the end of a
        directive's line, and at the end of a file while a macro call is being read."""
        while True:
            f = self.files[-1]
            if f.i >= len(f.tokens):
                if self.in_directive or self.parsing_args or len(self.files) == 1:
                    return self._eof(f)
                self.end_file()
                continue
            tok = f.tokens[f.i]
            if tok.bol:
                if self.in_directive:
                    return self._eof(f)
                if (tok.text == "#" or tok.text == "%:") and self.parsing_args != 1:
                    f.i += 1
                    self.directive(tok)
                    if self.pending:
                        return self.pending.pop(0)
                    continue
                if self.parsing_args == 2:
                    tok = tok.with_space(True)
                elif self.events is not None and not self.parsing_args:
                    self.events.append(Event("line", f, tok))
            f.i += 1
            self.last = tok
            if tok.kind is PPKind.OTHER and unterminated(tok.text):
                quote = "'" if "'" in tok.text[:3] else '"'
                self.warning(tok.pos, f"missing terminating {quote} character")
            return tok

    def _eof(self, f: File) -> PPToken:
        last = self.last
        if last.pos.source is f.source:
            pos = Pos(f.source, last.pos.line, last.pos.col + len(last.text))
        else:
            pos = Pos(f.source, max(len(f.source.line_starts()) - 1, 1), 1)
        return PPToken(PPKind.EOF, "", pos)

    def end_file(self) -> None:
        """The end of an included file: its conditionals must be closed; note its guard."""
        self.finish()
        f = self.files.pop()
        if f.guard and f.guard_end == len(f.tokens):
            self.guards[f.path] = f.guard
        if self.events is not None:
            after = f.include_pos.line + 1 if f.include_pos is not None else 1
            self.events.append(Event("leave", self.files[-1], line=after))

    def backup(self, tok: PPToken) -> None:
        """Un-read `tok`, the last token read (gcc's _cpp_backup_tokens)."""
        if tok.kind is PPKind.EOF and not self.contexts:
            return  # lex() does not move past an EOF
        if self.contexts:
            self.contexts[-1].i -= 1
        else:
            self.files[-1].i -= 1

    def next_nonpadding(self) -> tuple[PPToken, PPToken | None]:
        """The next token that is not padding, and the last padding skipped on the way."""
        padding = None
        while True:
            tok = self.get_token()
            if tok.kind is PADDING or tok.kind is PPKind.AVOID_PASTE:
                padding = tok
                continue
            return tok, padding

    # --- macro expansion ------------------------------------------------------------------

    def enter_macro(self, macro: Macro, name: PPToken) -> bool:
        """Push the expansion of `macro` used at `name`; False if it is not expanded
        (a function-like macro without `(`, or a call with the wrong arguments)."""
        expansion = Expansion(macro.name, name.pos, name.expansion)
        if macro.params is None:
            tokens = self.substitute(macro, [], expansion)
        else:
            self.prevent_expansion += 1
            self.parsing_args = 1
            tok, padding = self.next_nonpadding()
            if not tok.is_punct("("):
                self.backup(tok)
                if padding is not None:
                    self.contexts.append(Context([padding], None))
                self.prevent_expansion -= 1
                self.parsing_args = 0
                return False
            self.parsing_args = 2
            args = self.collect_args(macro, name)
            self.prevent_expansion -= 1
            self.parsing_args = 0
            if args is None:
                return False
            tokens = self.substitute(macro, args, expansion)
        macro.disabled = True
        self.contexts.append(Context(tokens, macro))
        if self.arg_pragmas:
            self.contexts.append(Context(self.arg_pragmas, None))
            self.arg_pragmas = []
        return True

    def collect_args(self, macro: Macro, name: PPToken) -> list[Arg] | None:
        """The arguments of a call, unexpanded, split at top-level commas (6.10.3p11)."""
        assert macro.params is not None
        nparams = len(macro.params)
        args: list[list[PPToken]] = [[]]
        ends: list[Pos] = []  # where each argument ends: its `,` (and the last, the `)`)
        depth = 0
        while True:
            tok = self.get_token()
            kind = tok.kind
            if kind is PADDING or kind is PPKind.AVOID_PASTE:
                if args[-1]:
                    args[-1].append(tok)
                continue
            if kind is PPKind.PRAGMA:  # a #pragma among the arguments comes out first (gcc)
                self.arg_pragmas.append(tok)
                continue
            if kind is PPKind.EOF:  # left for the directive or the argument it ends
                self.backup(tok)
                self.error(tok.pos, f'unterminated argument list invoking macro "{macro.name}"')
                return None
            if kind is PPKind.PUNCT:
                text = tok.text
                if text == "(":
                    depth += 1
                elif text == ")":
                    if depth == 0:
                        break
                    depth -= 1
                elif text == "," and depth == 0 and not (macro.variadic and len(args) == nparams):
                    args.append([])
                    ends.append(tok.pos)
                    continue
            args[-1].append(tok)
        for arg in args:
            while arg and arg[-1].kind >= PADDING:
                arg.pop()
        ends.append(tok.pos)
        return self.check_args(macro, args, ends, tok)

    def check_args(self, macro: Macro, args: list[list[PPToken]], ends: list[Pos],
                   close: PPToken) -> list[Arg] | None:  # fmt: skip
        """The arguments if their number fits the parameters (6.10.3p4), else None.

        Variable arguments may be left out altogether (C2x, and GNU before it); gcc
        then removes the comma of `, ## __VA_ARGS__`, and does so too when a macro
        with only `...` gets an empty argument, in the GNU dialects."""
        assert macro.params is not None
        nparams = len(macro.params)
        if nparams == 0 and len(args) == 1 and not args[0]:
            args = []
        result = [Arg(a, end) for a, end in zip(args, ends, strict=False)]
        if len(args) + 1 == nparams and macro.variadic:
            return [*result, Arg([], close.pos, absent=True)]
        if len(args) == nparams:
            if macro.variadic and nparams == 1 and not args[0] and self.options.target.gnu:
                result[0].absent = True
            return result
        if len(args) < nparams:
            message = f"requires {nparams} arguments, but only {len(args)} given"
        else:
            message = f"passed {len(args)} arguments, but takes just {nparams}"
        self.error(close.pos, f'macro "{macro.name}" {message}')
        self.reporter.note(macro.pos, f'macro "{macro.name}" defined here', len(macro.name))
        return None

    def expand_arg(self, arg: Arg) -> list[PPToken]:
        """An argument fully macro-expanded on its own, as if it were the rest of the file."""
        if arg.expanded is not None:
            return arg.expanded
        if self.expansion_depth >= MAX_EXPANSION_DEPTH:
            self.error(arg.tokens[0].pos if arg.tokens else None,
                       "macro arguments nested too deeply")  # fmt: skip
            arg.expanded = list(arg.tokens)
            return arg.expanded
        self.expansion_depth += 1
        eof = PPToken(PPKind.EOF, "", arg.end)
        self.contexts.append(Context([*arg.tokens, eof], None, argument=True))
        out = []
        while True:
            tok = self.get_token()
            if tok is eof:
                break
            out.append(tok)
        self.contexts.pop()
        self.expansion_depth -= 1
        arg.expanded = out
        return out

    def substitute(self, macro: Macro, args: list[Arg], exp: Expansion) -> list[PPToken]:
        """The replacement list with arguments substituted, `#` and `##` applied (6.10.3.1-3).

        As in gcc, an argument gets a PADDING before it (the space of the parameter's
        use) unless it is the right operand of `##`, and an AVOID_PASTE after it unless
        it is the left one; so does a `__VA_OPT__(...)`."""
        out: list[PPToken] = []
        glue: set[int] = set()  # indexes of tokens of `out` that paste with the next token
        self.placemarkers = False
        self.emit(macro, args, exp, 0, len(macro.items), out, glue)
        if glue or self.placemarkers:
            return self.paste_all(out, glue, exp)
        return out

    def emit(self, macro: Macro, args: list[Arg], exp: Expansion, start: int, end: int,
             out: list[PPToken], glue: set[int]) -> None:  # fmt: skip
        items = macro.items
        i = start
        while i < end:
            it = items[i]
            if it.vaopt_end >= 0:
                self.emit_vaopt(macro, args, exp, i, out, glue)
                i = it.vaopt_end
            elif it.arg < 0:
                t = it.tok
                out.append(PPToken(t.kind, t.text, t.pos, t.space, False, False, exp))
            else:
                pasted = i > 0 and items[i - 1].paste
                opening = i > start or start == 0  # not first inside __VA_OPT__(
                if i and not pasted and opening:
                    out.append(PPToken(PADDING, "", it.tok.pos, it.tok.space))
                if it.stringify:
                    out.append(stringify(args[it.arg].tokens, it.tok, exp, self))
                elif it.paste or pasted:
                    self.emit_operand(macro, args[it.arg], it, pasted, out, glue)
                else:
                    out.extend(self.expand_arg(args[it.arg]))
                if not it.paste:
                    out.append(AVOID_PASTE_TOKEN)
            if items[i].paste:
                glue.add(len(out) - 1)
            i += 1

    def emit_operand(self, macro: Macro, arg: Arg, it: Item, pasted: bool,
                     out: list[PPToken], glue: set[int]) -> None:  # fmt: skip
        """An argument next to `##`: unexpanded; `, ## __VA_ARGS__` is GNU's comma eater."""
        assert macro.params is not None
        last = len(out) - 1
        if (pasted and macro.variadic and it.arg == len(macro.params) - 1 and out
                and out[-1].is_punct(",") and last in glue):  # fmt: skip
            glue.discard(last)
            if arg.absent:
                out.pop()
        if not arg.tokens:
            self.placemarkers = True
        out.extend(arg.tokens if arg.tokens else [PLACEMARKER])

    def emit_vaopt(self, macro: Macro, args: list[Arg], exp: Expansion, i: int,
                   out: list[PPToken], glue: set[int]) -> None:  # fmt: skip
        """`__VA_OPT__(content)`: the content if the variable arguments expand to tokens."""
        items = macro.items
        it = items[i]
        varargs = args[-1] if args else Arg([], NOWHERE, absent=True)
        present = any(t.kind < PADDING for t in self.expand_arg(varargs))
        pasted = i > 0 and items[i - 1].paste
        closing = items[it.vaopt_end]
        if i and not pasted:
            out.append(PPToken(PADDING, "", it.tok.pos, it.tok.space))
        if it.stringify:
            inner: list[PPToken] = []
            inner_glue: set[int] = set()
            if present:
                self.emit(macro, args, exp, i + 2, it.vaopt_end, inner, inner_glue)
            inner = self.paste_all(inner, inner_glue, exp)
            out.append(stringify(inner, it.tok, exp, self))
        else:
            before = len(out)
            if present:
                self.emit(macro, args, exp, i + 2, it.vaopt_end, out, glue)
            if closing.paste:
                while len(out) > before and out[-1] is AVOID_PASTE_TOKEN:
                    out.pop()
            if len(out) == before and (pasted or closing.paste):
                out.append(PLACEMARKER)
                self.placemarkers = True
        if not closing.paste:
            out.append(AVOID_PASTE_TOKEN)

    def paste_all(self, out: list[PPToken], glue: set[int], exp: Expansion) -> list[PPToken]:
        """Apply the `##`s: each marked token pastes with the next real one (6.10.3.3)."""
        result: list[PPToken] = []
        i, n = 0, len(out)
        while i < n:
            lhs = out[i]
            if i not in glue:
                if lhs is not PLACEMARKER:
                    result.append(lhs)
                i += 1
                continue
            j = i
            while j in glue:
                k = j + 1
                while k < n and out[k].kind >= PADDING and out[k] is not PLACEMARKER:
                    k += 1
                if k >= n:
                    break
                rhs = out[k]
                pasted = self.paste(lhs, rhs, exp)
                if pasted is None:
                    result.append(lhs)
                    pasted = rhs
                lhs = pasted
                j = k
            if lhs is not PLACEMARKER:
                result.append(lhs)
                result.append(AVOID_PASTE_TOKEN)
            i = j + 1
        return result

    def paste(self, lhs: PPToken, rhs: PPToken, exp: Expansion) -> PPToken | None:
        if lhs is PLACEMARKER:
            return rhs
        if rhs is PLACEMARKER:
            return lhs
        text = lhs.text + rhs.text
        kind = _simple_paste(lhs, rhs)
        if kind is not None:
            return PPToken(kind, text, lhs.pos, lhs.space, False, False, exp)
        scanned = scan_text(text)
        if len(scanned) != 1 or scanned[0].text != text or lhs.kind is PPKind.PRAGMA:
            self.error(lhs.pos, f'pasting "{lhs.text}" and "{rhs.text}" does not give '
                                "a valid preprocessing token", len(lhs.text))  # fmt: skip
            note_expansion(self.reporter, exp)
            return None
        return PPToken(scanned[0].kind, text, lhs.pos, lhs.space, False, False, exp)

    # --- builtin macros -------------------------------------------------------------------

    def expand_builtin(self, macro: Macro, name: PPToken) -> list[PPToken] | None:
        """The tokens of __LINE__ and friends, or None to leave the name as it is."""
        kind = macro.builtin
        text: str | None
        if kind == "poisoned":
            self.error(name.pos, f'attempt to use poisoned "{name.text}"', len(name.text))
            return None
        if kind == "_Pragma":
            return self.do_pragma_operator(name)
        if kind.startswith("__has_"):
            value = self.has_feature(kind, name)
            text = None if value is None else str(value)
        else:
            text = self.builtin_text(kind, name)
        if text is None:
            return None
        exp = Expansion(macro.name, name.pos, name.expansion)
        if text.isdigit():
            return [PPToken(PPKind.NUMBER, text, name.pos, False, False, False, exp)]
        return [
            PPToken(t.kind, t.text, name.pos, False, False, False, exp) for t in scan_text(text)
        ]

    def builtin_text(self, kind: str, name: PPToken) -> str:
        where = name.expansion.origin if name.expansion is not None else name.pos
        f = next((f for f in reversed(self.files) if f.source is where.source), self.files[-1])
        match kind:
            case "__LINE__":
                return str(where.line + f.line_delta)
            case "__FILE__":
                return quote(f.presumed or f.path)
            case "__FILE_NAME__":
                return quote(os.path.basename(f.presumed or f.path))
            case "__BASE_FILE__":
                return quote(self.base_file)
            case "__INCLUDE_LEVEL__":
                return str(max(len(self.files) - 1, 0))
            case "__COUNTER__":
                self.counter += 1
                return str(self.counter - 1)
            case "__DATE__":
                day = f"{self.now.tm_mday:2d}"
                return time.strftime(f'"%b {day} %Y"', self.now)
            case "__TIME__":
                return time.strftime('"%H:%M:%S"', self.now)
            case _:  # __TIMESTAMP__: when the current file was last changed
                try:
                    stamp = time.localtime(os.path.getmtime(f.path))
                except OSError:
                    return '"??? ??? ?? ??:??:?? ????"'
                day = f"{stamp.tm_mday:2d}"
                return time.strftime(f'"%a %b {day} %H:%M:%S %Y"', stamp)

    def has_feature(self, kind: str, name: PPToken) -> int | None:
        """__has_include(...), __has_attribute(x), __has_builtin(x): 0, 1 or a version."""
        if kind.startswith("__has_include") and not self.in_if:
            self.error(name.pos, f'"{kind}" used outside of preprocessing directive', len(kind))
            return None
        self.prevent_expansion += 1
        try:
            tok, _ = self.next_nonpadding()
            if not tok.is_punct("("):
                self.backup(tok)
                self.error(tok.pos, f"missing '(' after \"{kind}\"")
                return 0
            if kind.startswith("__has_include"):
                header = self.header_name(kind)
                if header is None:
                    return 0
                start = self._next_index() if kind.endswith("next") else None
                found = self.find_include(header[0], header[1], start)
                value = int(found is not None)
            else:
                value = self.has_named(kind)
            tok, _ = self.next_nonpadding()
            if not tok.is_punct(")"):
                self.backup(tok)
                self.error(tok.pos, f"missing ')' after \"{kind}\" operand")
            return value
        finally:
            self.prevent_expansion -= 1

    def has_named(self, kind: str) -> int:
        tok, _ = self.next_nonpadding()
        if tok.kind is not PPKind.IDENT:
            self.backup(tok)
            self.error(tok.pos, f'macro "{kind}" requires an identifier')
            return 0
        if kind == "__has_builtin":
            return int(tok.text in BUILTIN_FUNCTIONS)
        name = tok.text
        after, _ = self.next_nonpadding()
        if after.is_punct(":"):
            second, _ = self.next_nonpadding()
            if second.is_punct(":"):
                attr, _ = self.next_nonpadding()
                if name not in ("gnu", "__gnu__"):
                    return 0
                return int(attr.text.strip("_") in GNU_ATTRIBUTES or attr.text in GNU_ATTRIBUTES)
            self.backup(second)
        else:
            self.backup(after)
        bare = name[2:-2] if name.startswith("__") and name.endswith("__") else name
        if bare in STANDARD_ATTRIBUTES:
            return STANDARD_ATTRIBUTES[bare]
        return int(bare in GNU_ATTRIBUTES)

    # --- directives -----------------------------------------------------------------------

    def directive(self, hash_tok: PPToken) -> None:
        """Run the directive whose `#` was just read (C17 6.10)."""
        saved = (self.prevent_expansion, self.parsing_args, self.contexts)
        self.prevent_expansion = self.parsing_args = 0
        self.contexts = []
        self.in_directive = True
        try:
            name = self.lex()
            if name.kind is PPKind.EOF:
                return  # the null directive
            handler = DIRECTIVES.get(name.text) if name.kind is PPKind.IDENT else None
            if handler is not None:
                handler(self, name)
            elif name.kind is PPKind.NUMBER:
                self.do_line(name, linemarker=True)
            else:
                self.error(name.pos, f"invalid preprocessing directive #{name.text}",
                           len(name.text))  # fmt: skip
        finally:
            while self.lex().kind is not PPKind.EOF:
                pass
            for ctx in self.contexts:
                if ctx.macro is not None:
                    ctx.macro.disabled = False
            self.in_directive = False
            self.prevent_expansion, self.parsing_args, self.contexts = saved

    def rest_of_line(self) -> list[PPToken]:
        tokens: list[PPToken] = []
        while (tok := self.lex()).kind is not PPKind.EOF:
            tokens.append(tok)
        return tokens

    def end_of_directive(self, name: PPToken) -> None:
        tok = self.lex()
        if tok.kind is not PPKind.EOF:
            self.warning(tok.pos, f"extra tokens at end of #{name.text} directive")

    def macro_name(self, directive: PPToken) -> PPToken | None:
        tok = self.lex()
        if tok.kind is PPKind.EOF:
            self.error(tok.pos, f"no macro name given in #{directive.text} directive")
        elif tok.kind is not PPKind.IDENT:
            self.error(tok.pos, "macro names must be identifiers", len(tok.text))
        elif tok.text == "defined":
            self.error(tok.pos, '"defined" cannot be used as a macro name', len(tok.text))
        else:
            return tok
        return None

    def do_define(self, directive: PPToken) -> None:
        name = self.macro_name(directive)
        if name is None:
            return
        macro = parse_definition(self, name, self.rest_of_line())
        if macro is None:
            return
        if name.text in self.poisoned:
            self.error(name.pos, f'attempt to use poisoned "{name.text}"', len(name.text))
            return
        old = self.macros.get(name.text)
        if old is not None and old.builtin:
            self.warning(name.pos, f'redefining builtin macro "{name.text}"', len(name.text))
        elif old is not None and not old.same_as(macro):
            self.warning(name.pos, f'"{name.text}" redefined', len(name.text))
            if old.pos is not NOWHERE:
                self.reporter.note(old.pos, "this is the location of the previous definition",
                                   len(old.name))  # fmt: skip
        self.macros[name.text] = macro

    def do_undef(self, directive: PPToken) -> None:
        name = self.macro_name(directive)
        if name is None:
            return
        old = self.macros.get(name.text)
        if old is not None and old.builtin:
            self.warning(name.pos, f'undefining "{name.text}"', len(name.text))
        self.macros.pop(name.text, None)
        self.end_of_directive(directive)

    # conditionals (C17 6.10.1)

    def do_if(self, directive: PPToken) -> None:
        value = self.evaluate(directive)
        self.open_cond(directive, value)

    def do_ifdef(self, directive: PPToken) -> None:
        name = self.macro_name(directive)
        value = name is not None and name.text in self.macros
        if directive.text == "ifndef":
            value = name is not None and not value
        if name is not None:
            self.end_of_directive(directive)
        f = self.files[-1]
        first = len(f.tokens) > 1 and f.tokens[1] is directive  # the file's first line
        guard = name.text if first and name is not None and directive.text == "ifndef" else ""
        self.open_cond(directive, value, guard)

    def open_cond(self, directive: PPToken, value: bool, guard: str = "") -> None:
        self.files[-1].conds.append(Cond(directive.pos, directive.text, value, guard=guard))
        if not value:
            self.skip_group()

    def do_elif(self, directive: PPToken) -> None:
        cond = self.current_cond(directive)
        if cond is None:
            return
        if cond.seen_else:
            self.error(directive.pos, f"#{directive.text} after #else", len(directive.text))
        cond.guard = ""
        if cond.taken:
            self.skip_group()
            return
        if directive.text == "elif":
            value = self.evaluate(directive)
        else:
            name = self.macro_name(directive)
            value = name is not None and (name.text in self.macros) == (directive.text == "elifdef")
        cond.taken = value
        if not value:
            self.skip_group()

    def do_else(self, directive: PPToken) -> None:
        cond = self.current_cond(directive)
        if cond is None:
            return
        if cond.seen_else:
            self.error(directive.pos, "#else after #else", len(directive.text))
            self.reporter.note(cond.pos, "the conditional began here", len(cond.directive))
        cond.seen_else = True
        cond.guard = ""
        self.end_of_directive(directive)
        if cond.taken:
            self.skip_group()
        cond.taken = True

    def do_endif(self, directive: PPToken) -> None:
        f = self.files[-1]
        cond = self.current_cond(directive)
        if cond is None:
            return
        f.conds.pop()
        self.end_of_directive(directive)
        if cond.guard and not f.conds:
            f.guard = cond.guard
            f.guard_end = f.i

    def current_cond(self, directive: PPToken) -> Cond | None:
        f = self.files[-1]
        if not f.conds:
            self.error(directive.pos, f"#{directive.text} without #if", len(directive.text))
            return None
        return f.conds[-1]

    def skip_group(self) -> None:
        """Skip to the #elif, #else or #endif that ends the current group (6.10.1p6)."""
        f = self.files[-1]
        depth = 0
        tokens, n = f.tokens, len(f.tokens)
        k = bisect.bisect_left(f.directives, f.i)
        while k < len(f.directives):
            j = f.directives[k]
            k += 1
            if j + 1 >= n or tokens[j + 1].bol:
                continue
            name = tokens[j + 1].text
            if name in ("if", "ifdef", "ifndef"):
                depth += 1
            elif name == "endif":
                if depth == 0:
                    f.i = j
                    return
                depth -= 1
            elif depth == 0 and name in ("else", "elif", "elifdef", "elifndef"):
                f.i = j
                return
        f.i = n

    def evaluate(self, directive: PPToken) -> bool:
        """The value of a #if/#elif line: expanded, `defined` and __has_include applied."""
        errors = self.reporter.errors
        self.in_if = True
        try:
            tokens = self.if_tokens()
        finally:
            self.in_if = False
        if self.reporter.errors > errors:
            return False  # a bad `defined` or __has_include: said already
        if not tokens:
            self.error(self._eof(self.files[-1]).pos, f"#{directive.text} with no expression")
            return False
        return IfExpression(self, tokens).value()

    def if_tokens(self) -> list[PPToken]:
        tokens: list[PPToken] = []
        while True:
            tok = self.get_token()
            if tok.kind is PPKind.EOF:
                return tokens
            if tok.kind >= PADDING:
                continue
            if tok.kind is PPKind.IDENT and tok.text == "defined":
                tok = self.defined_operator(tok)
            tokens.append(tok)

    def defined_operator(self, op: PPToken) -> PPToken:
        """`defined X` or `defined ( X )`, the name not expanded (6.10.1p1)."""
        self.prevent_expansion += 1
        try:
            tok, _ = self.next_nonpadding()
            paren = tok.is_punct("(")
            if paren:
                tok, _ = self.next_nonpadding()
            value = False
            if tok.kind is not PPKind.IDENT:
                self.backup(tok)
                where = tok.expansion.origin if tok.expansion is not None else tok.pos
                self.error(where, 'operator "defined" requires an identifier', len(tok.text))
            else:
                value = tok.text in self.macros
                if paren:
                    close, _ = self.next_nonpadding()
                    if not close.is_punct(")"):
                        self.backup(close)
                        self.error(close.pos, "missing ')' after \"defined\"")
            return PPToken(PPKind.NUMBER, "1" if value else "0", op.pos, op.space)
        finally:
            self.prevent_expansion -= 1

    # #include (C17 6.10.2)

    def do_include(self, directive: PPToken) -> None:
        header = self.header_name(f"#{directive.text}")
        if header is None:
            return
        name, angled, pos = header
        self.end_of_directive(directive)
        if not name:
            self.error(pos, f"empty filename in #{directive.text}")
            return
        nxt = None
        if directive.text == "include_next":
            nxt = self._next_index()
        found = self.find_include(name, angled, nxt)
        if found is None:
            self.fatal(pos, f"{name}: No such file or directory", len(name) + 2)
            return
        path, index, system = found
        if path in self.once or (path in self.guards and self.guards[path] in self.macros):
            return
        if directive.text == "import":
            self.once.add(os.path.realpath(path))
        if len(self.files) >= MAX_INCLUDE_DEPTH:
            message = f"#include nested depth {len(self.files)} exceeds maximum of 200"
            self.error(directive.pos, message, len(directive.text))
            return
        if os.path.realpath(path) in self.once:
            return
        self.push_file(path, index, system, directive.pos)

    def _next_index(self) -> int | None:
        f = self.files[-1]
        if len(self.files) == 1 or f.include_pos is None:
            self.warning(None, "#include_next in primary source file")
            return None
        return f.dir_index + 1 if f.dir_index >= 0 else len(self.options.quote_dirs)

    def header_name(self, what: str) -> tuple[str, bool, Pos] | None:
        """The name in `"name"`, `<name>` or a macro expanding to one: (name, angled, pos).

        Straight from the file, `<name>` is read from the line's text, as the header
        name it is (C17 6.4.7); made by macros, it is spelled from the tokens."""
        raw = not self.contexts
        tok = self.lex() if raw else self.next_nonpadding()[0]
        if tok.kind is PPKind.IDENT and tok.text in self.macros:
            self.backup(tok)
            tok, _ = self.next_nonpadding_expanded()
            raw = False
        if tok.kind is PPKind.STRING and tok.text.startswith('"'):
            return tok.text[1:-1], False, tok.pos
        if tok.is_punct("<"):
            return self.angled_from_line(tok) if raw else self.angled_from_tokens(tok)
        self.error(tok.pos, f'{what} expects "FILENAME" or <FILENAME>', max(len(tok.text), 1))
        return None

    def angled_from_line(self, lt: PPToken) -> tuple[str, bool, Pos] | None:
        line = lt.pos.source.line(lt.pos.line)
        end = line.find(">", lt.pos.col)
        if end < 0:
            self.error(lt.pos, "missing terminating > character")
            return None
        while (t := self.lex()).kind is not PPKind.EOF:
            if t.pos.line != lt.pos.line or t.pos.col - 1 > end:
                self.backup(t)
                break
        return line[lt.pos.col : end], True, lt.pos

    def next_nonpadding_expanded(self) -> tuple[PPToken, PPToken | None]:
        saved = self.prevent_expansion
        self.prevent_expansion = 0
        try:
            return self.next_nonpadding()
        finally:
            self.prevent_expansion = saved

    def angled_from_tokens(self, lt: PPToken) -> tuple[str, bool, Pos] | None:
        parts: list[str] = []
        while True:
            tok = self.get_token()
            if tok.kind is PPKind.EOF:
                self.error(lt.pos, "missing terminating > character")
                return None
            if tok.kind >= PADDING:
                continue
            if tok.is_punct(">"):
                return "".join(parts), True, lt.pos
            if tok.space and parts:
                parts.append(" ")
            parts.append(tok.text)

    def _search_chain(self) -> list[tuple[str, bool]]:
        o = self.options
        return ([(d, False) for d in o.quote_dirs + o.include_dirs]
                + [(d, True) for d in o.system_dirs])  # fmt: skip

    def find_include(self, name: str, angled: bool, start: int | None,
                     here: str | None = None) -> tuple[str, int, bool] | None:  # fmt: skip
        """(path, index in the search chain, system?) of a header, or None."""
        if os.path.isabs(name):
            return (name, -1, False) if os.path.isfile(name) else None
        if start is None and not angled:
            if here is None:
                f = next((f for f in reversed(self.files) if not f.path.startswith("<")), None)
                here = os.path.dirname(f.path) if f is not None else ""
            path = os.path.join(here, name) if here else name
            if os.path.isfile(path):
                return path, -1, bool(self.files) and self.files[-1].system
        first = start if start is not None else (0 if not angled else len(self.options.quote_dirs))
        for index in range(first, len(self.chain)):
            directory, system = self.chain[index]
            path = os.path.join(directory, name)
            if os.path.isfile(path):
                return path, index, system
        return None

    # #line, #error, #pragma

    def do_line(self, directive: PPToken, linemarker: bool = False) -> None:
        tokens = [directive] if linemarker else self.expanded_line()
        if not tokens or tokens[0].kind is not PPKind.NUMBER or not tokens[0].text.isdigit():
            where = tokens[0] if tokens else self._eof(self.files[-1])
            what = "#" if linemarker else "#line"
            message = f'"{where.text}" after {what} is not a positive integer'
            self.error(where.pos, message, max(len(where.text), 1))
            return
        rest = self.expanded_line() if linemarker else tokens[1:]
        f = self.files[-1]
        f.line_delta = int(tokens[0].text) - (directive.pos.line + 1)
        if rest and rest[0].kind is PPKind.STRING and rest[0].text.startswith('"'):
            f.presumed = rest[0].text[1:-1]
        elif rest and not linemarker:
            self.error(rest[0].pos, f'invalid filename "{rest[0].text}"')

    def expanded_line(self) -> list[PPToken]:
        tokens: list[PPToken] = []
        while (tok := self.get_token()).kind is not PPKind.EOF:
            if tok.kind < PADDING:
                tokens.append(tok)
        return tokens

    def do_error(self, directive: PPToken) -> None:
        text = spell(self.rest_of_line())
        message = f"#{directive.text} {text}" if text else f"#{directive.text}"
        if directive.text == "error":
            self.error(directive.pos, message, len(directive.text))
        else:
            self.warning(directive.pos, message, len(directive.text))

    def do_pragma(self, directive: PPToken) -> None:
        tokens = self.rest_of_line()
        tok = self.pragma(directive, tokens)
        if tok is not None:
            self.pending.append(PPToken(PPKind.PRAGMA, tok.text, tok.pos, bol=True))
        elif self.events is not None and tokens:  # gcc -E starts a line for it all the same
            self.events.append(Event("line", self.files[-1], tokens[0]))

    def do_ident(self, directive: PPToken) -> None:
        tokens = self.rest_of_line()
        if len(tokens) != 1 or tokens[0].kind is not PPKind.STRING:
            self.error(directive.pos, f"invalid #{directive.text} directive")
            return
        text = f"#ident {tokens[0].text}"
        self.pending.append(PPToken(PPKind.PRAGMA, text, directive.pos, bol=True))

    def pragma(self, at: PPToken, tokens: list[PPToken]) -> PPToken | None:
        """Run `#pragma tokens`; the pragma's output token if it is passed on."""
        words = [t.text for t in tokens[:2]]
        if words[:1] == ["once"]:
            if len(self.files) == 1:
                self.warning(tokens[0].pos, "#pragma once in main file", 4)
            self.once.add(os.path.realpath(self.files[-1].path))
        elif words == ["GCC", "system_header"]:
            if len(self.files) == 1:
                self.warning(tokens[1].pos,
                             "#pragma system_header ignored outside include file", 13)  # fmt: skip
            else:
                self.files[-1].system = True
                self.system_sources.add(self.files[-1].source)
        elif words == ["GCC", "poison"]:
            self.poison(tokens[2:])
        elif words and words[0] in ("push_macro", "pop_macro"):
            self.push_pop_macro(words[0], tokens[1:])
        elif words in (["GCC", "warning"], ["GCC", "error"]):
            self.pragma_message(words[1], tokens[2:], tokens[1])
        else:
            text = spell(tokens)
            return PPToken(PPKind.PRAGMA, f"#pragma {text}".rstrip(), at.pos)
        return None

    def poison(self, tokens: list[PPToken]) -> None:
        for tok in tokens:
            if tok.kind is not PPKind.IDENT:
                self.error(tok.pos, "invalid #pragma GCC poison directive")
                return
            self.poisoned.add(tok.text)
            self.macros.pop(tok.text, None)
            self.macros[tok.text] = Macro(tok.text, tok.pos, builtin="poisoned")

    def push_pop_macro(self, which: str, tokens: list[PPToken]) -> None:
        texts = [t.text for t in tokens]
        if len(texts) != 3 or texts[0] != "(" or texts[2] != ")" or not texts[1].startswith('"'):
            self.error(tokens[0].pos if tokens else None, f"invalid #pragma {which} directive")
            return
        name = texts[1][1:-1]
        if which == "push_macro":
            self.pushed.setdefault(name, []).append(self.macros.get(name))
        elif self.pushed.get(name):
            old = self.pushed[name].pop()
            if old is None:
                self.macros.pop(name, None)
            else:
                self.macros[name] = old

    def pragma_message(self, kind: str, tokens: list[PPToken], at: PPToken) -> None:
        text = tokens[0].text[1:-1] if tokens and tokens[0].kind is PPKind.STRING else ""
        where = tokens[0].pos if tokens else at.pos
        length = len(tokens[0].text) if tokens else 1
        if kind == "error":
            self.error(where, text, length)
        else:
            self.warning(where, text, length)

    def do_pragma_operator(self, name: PPToken) -> list[PPToken] | None:
        """`_Pragma ( string-literal )`: the string, destringized, is a #pragma (6.10.9)."""
        self.prevent_expansion += 1
        try:
            tokens: list[PPToken] = []
            for want in ("(", "", ")"):
                tok, _ = self.next_nonpadding()
                tokens.append(tok)
                ok = tok.is_punct(want) if want else tok.kind is PPKind.STRING
                if not ok:
                    self.backup(tok)
                    self.error(name.pos, "_Pragma takes a parenthesized string literal", 7)
                    return None
        finally:
            self.prevent_expansion -= 1
        body = tokens[1].text
        body = body[body.index('"') + 1 : -1].replace('\\"', '"').replace("\\\\", "\\")
        out = self.pragma(name, scan_text(body))
        return [out] if out is not None else []


def _index(source: Source, tokens: list[PPToken]) -> tuple[Source, list[PPToken], list[int]]:
    """A file's tokens with the indexes of the `#`s that begin directives."""
    directives = [i for i, t in enumerate(tokens) if t.bol and (t.text == "#" or t.text == "%:")]
    return source, tokens, directives


def _simple_paste(lhs: PPToken, rhs: PPToken) -> PPKind | None:
    """The kind of a paste of names and numbers that needs no scanning: a pp-number
    takes letters, digits and points; a name takes a number made of name characters."""
    if lhs.kind is PPKind.NUMBER and (rhs.kind is PPKind.NUMBER or rhs.kind is PPKind.IDENT):
        return PPKind.NUMBER
    if lhs.kind is PPKind.IDENT and rhs.kind is PPKind.IDENT:
        return PPKind.IDENT
    if lhs.kind is PPKind.IDENT and rhs.kind is PPKind.NUMBER and rhs.text.isalnum():
        return PPKind.IDENT
    return None


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(slots=True, eq=False)
class Arg:
    """One argument of a macro call: its tokens as written, and once expanded."""

    tokens: list[PPToken]
    end: Pos = NOWHERE  # the `,` or `)` after it
    absent: bool = False  # the variable arguments were left out altogether
    expanded: list[PPToken] | None = None


class Layout:
    """gcc's rule for whitespace through paddings: does the next token need a space?

    A PADDING remembers whether a macro's name (or a parameter in a replacement
    list) had a space before it; the first padding after a real token decides,
    unless it said "no space" and an AVOID_PASTE follows, which hands the decision
    back. With no padding between, a token's own `space` decides.
    """

    __slots__ = ("source",)

    def __init__(self) -> None:
        self.source: bool | None = None

    def padding(self, tok: PPToken) -> None:
        src = tok.space if tok.kind is PADDING else None
        if self.source is None or (self.source is False and src is None):
            self.source = src

    def space_before(self, tok: PPToken) -> bool:
        white = tok.space if self.source is None else self.source
        self.source = None
        return white


def stringify(tokens: list[PPToken], hash_tok: PPToken, exp: Expansion,
              pp: Preprocessor) -> PPToken:  # fmt: skip
    """`#param`: the argument's spelling as a string literal (6.10.3.2)."""
    layout = Layout()
    parts: list[str] = []
    for t in tokens:
        if t.kind >= PADDING:
            if t is not PLACEMARKER:
                layout.padding(t)
            continue
        if layout.space_before(t) and parts:
            parts.append(" ")
        if t.kind is PPKind.STRING or t.kind is PPKind.CHAR:
            parts.append(t.text.replace("\\", "\\\\").replace('"', '\\"'))
        else:
            parts.append(t.text)
    text = "".join(parts)
    if (len(text) - len(text.rstrip("\\"))) % 2:
        pp.warning(hash_tok.pos, "invalid string literal, ignoring final '\\'")
        text = text[:-1]
    # no space of its own: the padding before it carries the `#`'s (as in gcc)
    return PPToken(PPKind.STRING, f'"{text}"', hash_tok.pos, False, False, False, exp)


# --- #define (C17 6.10.3) -------------------------------------------------------------


def parse_definition(pp: Preprocessor, name: PPToken, tokens: list[PPToken]) -> Macro | None:
    """A macro from the tokens after its name: `(params) body` if `(` touches the name."""
    params: tuple[str, ...] | None = None
    variadic = False
    body = tokens
    if tokens and tokens[0].is_punct("(") and not tokens[0].space:
        parsed = parse_params(pp, tokens)
        if parsed is None:
            return None
        params, variadic, rest = parsed
        body = tokens[rest:]
    elif tokens and not tokens[0].space:
        pp.warning(tokens[0].pos, "ISO C99 requires whitespace after the macro name")
    if body:
        body = [body[0].with_space(False), *body[1:]]
    items = analyse_body(pp, params, variadic, body)
    if items is None:
        return None
    return Macro(name.text, name.pos, params, variadic, tuple(body), tuple(items))


Params = tuple[tuple[str, ...], bool, int]  # names, variadic, index after the `)`


def parse_params(pp: Preprocessor, tokens: list[PPToken]) -> Params | None:
    """`( a, b, ... )`, `( args... )` (GNU) or `()`: (names, variadic, index after `)`)."""
    names: list[str] = []
    i = 1
    while True:
        tok = tokens[i] if i < len(tokens) else None
        if tok is None:
            what = "parameter name" if not names or tokens[-1].is_punct(",") else "')'"
            pp.error(tokens[-1].pos, f"expected {what} before end of line")
            return None
        if tok.is_punct(")") and not names and i == 1:
            return (), False, i + 1
        if tok.is_punct("..."):
            names.append("__VA_ARGS__")
            return _params_end(pp, tokens, i + 1, names)
        if tok.kind is not PPKind.IDENT or tok.text == "__VA_ARGS__":
            pp.error(tok.pos, f'expected parameter name, found "{tok.text}"', len(tok.text))
            return None
        if tok.text in names:
            pp.error(tok.pos, f'duplicate macro parameter "{tok.text}"', len(tok.text))
            return None
        names.append(tok.text)
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.is_punct("..."):
            return _params_end(pp, tokens, i + 2, names)
        if after is not None and after.is_punct(")"):
            return tuple(names), False, i + 2
        if after is None or not after.is_punct(","):
            found = f'found "{after.text}"' if after is not None else "before end of line"
            pp.error((after or tok).pos, f"expected ',' or ')', {found}")
            return None
        i += 2


def _params_end(pp: Preprocessor, tokens: list[PPToken], i: int, names: list[str]) -> Params | None:
    if i < len(tokens) and tokens[i].is_punct(")"):
        return tuple(names), True, i + 1
    pp.error(tokens[min(i, len(tokens) - 1)].pos, "expected ')' after \"...\"")
    return None


def analyse_body(pp: Preprocessor, params: tuple[str, ...] | None, variadic: bool,
                 body: list[PPToken]) -> list[Item] | None:  # fmt: skip
    """The replacement list as Items: parameters numbered, `#` and `##` folded in."""
    items: list[Item] = []
    vaopt = -1  # index of an open __VA_OPT__'s item
    depth = 0
    i = 0
    while i < len(body):
        t = body[i]
        text = t.text
        if t.kind is PPKind.PUNCT and (text == "##" or text == "%:%:"):
            if not items or i == len(body) - 1:
                pp.error(t.pos, "'##' cannot appear at either end of a macro expansion", 2)
                return None
            items[-1] = _with_paste(items[-1])
            i += 1
            continue
        stringify = False
        if params is not None and t.kind is PPKind.PUNCT and (text == "#" or text == "%:"):
            nxt = body[i + 1] if i + 1 < len(body) else None
            if nxt is not None and nxt.kind is PPKind.IDENT and nxt.text in params:
                items.append(Item(t, params.index(nxt.text), stringify=True))
                i += 2
                continue
            if not (variadic and nxt is not None and nxt.text == "__VA_OPT__"):
                pp.error(t.pos, "'#' is not followed by a macro parameter")
                return None
            stringify, i, t = True, i + 1, nxt
        if t.kind is PPKind.IDENT and params is not None and t.text in params:
            items.append(Item(t, params.index(t.text)))
        elif t.kind is PPKind.IDENT and t.text == "__VA_OPT__" and variadic:
            if vaopt >= 0:
                pp.error(t.pos, "__VA_OPT__ may not appear in a __VA_OPT__", 10)
                return None
            if i + 1 >= len(body) or not body[i + 1].is_punct("("):
                pp.error(t.pos, "__VA_OPT__ must be followed by an open parenthesis", 10)
                return None
            vaopt, depth = len(items), 0
            items.append(Item(t, stringify=stringify, vaopt_end=0))
        else:
            if t.kind is PPKind.IDENT and t.text in ("__VA_ARGS__", "__VA_OPT__"):
                pp.warning(t.pos, f"{t.text} can only appear in the expansion of a C99 "
                                  "variadic macro", len(t.text))  # fmt: skip
            items.append(Item(t))
            if vaopt >= 0 and t.kind is PPKind.PUNCT:
                depth += (text == "(") - (text == ")")
                if depth == 0:
                    start = items[vaopt]
                    items[vaopt] = Item(start.tok, -1, start.stringify, start.paste, len(items) - 1)
                    vaopt = -1
        i += 1
    if vaopt >= 0:
        pp.error(items[vaopt].tok.pos, "unterminated __VA_OPT__", 10)
        return None
    return items


def _with_paste(it: Item) -> Item:
    return Item(it.tok, it.arg, it.stringify, True, it.vaopt_end)


# --- #if expressions (C17 6.10.1) -----------------------------------------------------

MASK = (1 << 64) - 1
INTMAX_MAX = (1 << 63) - 1
Value = tuple[int, bool]  # (value, unsigned): intmax_t or uintmax_t arithmetic (6.10.1p4)
BINARY = {"*": 10, "/": 10, "%": 10, "+": 9, "-": 9, "<<": 8, ">>": 8, "<": 7, ">": 7,
          "<=": 7, ">=": 7, "==": 6, "!=": 6, "&": 5, "^": 4, "|": 3, "&&": 2, "||": 1}  # fmt: skip


class Bail(Exception):
    """An error in a #if expression (reported already): the condition counts as false."""


class IfExpression:
    """Parse and evaluate a #if line's tokens (already expanded, `defined` applied).

    The grammar is C's conditional expression by precedence climbing; unevaluated
    operands (the other side of && || ?:) are parsed but not evaluated, so their
    division by zero is no error.
    """

    def __init__(self, pp: Preprocessor, tokens: list[PPToken]) -> None:
        self.pp = pp
        self.tokens = tokens
        self.i = 0
        self.depth = 0

    def value(self) -> bool:
        try:
            v, _ = self.comma(True)
            if self.i < len(self.tokens):
                tok = self.tokens[self.i]
                if tok.is_punct(":"):
                    self.fail(tok, " ':' without preceding '?'")
                self.fail(tok, f'missing binary operator before token "{tok.text}"')
            return v != 0
        except Bail:
            return False

    def fail(self, tok: PPToken | None, message: str) -> NoReturn:
        pos = self.where(tok) if tok is not None else self.pp._eof(self.pp.files[-1]).pos
        self.pp.error(pos, message, len(tok.text) if tok is not None else 1)
        raise Bail

    @staticmethod
    def where(tok: PPToken) -> Pos:
        return tok.expansion.origin if tok.expansion is not None else tok.pos

    def peek(self) -> PPToken | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def comma(self, ev: bool) -> Value:
        v = self.conditional(ev)
        while (t := self.peek()) is not None and t.is_punct(","):
            self.i += 1
            v = self.conditional(ev)
        return v

    def conditional(self, ev: bool) -> Value:
        c = self.binary(1, ev)
        q = self.peek()
        if q is None or not q.is_punct("?"):
            return c
        self.i += 1
        a = self.comma(ev and c[0] != 0)
        colon = self.peek()
        if colon is None or not colon.is_punct(":"):
            self.fail(colon, "'?' without following ':'")
        self.i += 1
        b = self.conditional(ev and c[0] == 0)
        v, unsigned = a if c[0] else b
        if a[1] or b[1]:
            return v & MASK, True
        return v, unsigned

    def binary(self, least: int, ev: bool) -> Value:
        lhs = self.unary(ev)
        while (op := self.peek()) is not None and op.kind is PPKind.PUNCT:
            prec = BINARY.get(op.text)
            if prec is None and op.text not in ("?", ":", ",", ")"):
                self.fail(op, f'token "{op.text}" is not valid in preprocessor expressions')
            if prec is None or prec < least:
                break
            self.i += 1
            if self.peek() is None:
                self.fail(None, f"operator '{op.text}' has no right operand")
            if op.text == "&&":
                rhs = self.binary(prec + 1, ev and lhs[0] != 0)
                lhs = int(lhs[0] != 0 and rhs[0] != 0), False
            elif op.text == "||":
                rhs = self.binary(prec + 1, ev and lhs[0] == 0)
                lhs = int(lhs[0] != 0 or rhs[0] != 0), False
            else:
                lhs = self.apply(op, lhs, self.binary(prec + 1, ev), ev)
        return lhs

    def unary(self, ev: bool) -> Value:
        tok = self.peek()
        if tok is None:
            self.fail(None, "#if with no expression")
        self.i += 1
        if tok.kind is PPKind.PUNCT and tok.text in ("+", "-", "~", "!"):
            if self.peek() is None:
                self.fail(None, f"operator '{tok.text}' has no right operand")
            self.depth += 1
            if self.depth > MAX_IF_DEPTH:
                self.fail(tok, "#if expression nested too deeply")
            v, unsigned = self.unary(ev)
            self.depth -= 1
            return self.apply_unary(tok, v, unsigned, ev)
        if tok.is_punct("("):
            self.depth += 1
            if self.depth > MAX_IF_DEPTH:
                self.fail(tok, "#if expression nested too deeply")
            inner = self.comma(ev)
            self.depth -= 1
            close = self.peek()
            if close is None or not close.is_punct(")"):
                self.fail(tok, "missing ')' in expression")
            self.i += 1
            return inner
        return self.primary(tok)

    def primary(self, tok: PPToken) -> Value:
        if tok.kind is PPKind.IDENT:
            return 0, False  # an identifier that is not a macro (6.10.1p4)
        if tok.kind is PPKind.NUMBER:
            return self.number(tok)
        if tok.kind is PPKind.CHAR:
            value, ctype = char_constant(tok, self.pp.reporter, self.pp.options.target.signed_char)
            return value, ctype in UNSIGNED_CHARS
        self.fail(tok, f'token "{tok.text}" is not valid in preprocessor expressions')

    def number(self, tok: PPToken) -> Value:
        if is_float_spelling(tok.text):
            self.fail(tok, "floating constant in preprocessor expression")
        parsed = parse_integer(tok.text)
        if isinstance(parsed, str):
            if tok.text.rstrip("uUlL")[-1:] in ("i", "j") and tok.text[:2].lower() != "0x":
                self.fail(tok, "imaginary number in preprocessor expression")
            self.fail(tok, parsed)
        value, unsigned = parsed.value, parsed.unsigned
        if value > MASK:
            self.pp.warning(tok.pos, "integer constant is too large for its type", len(tok.text))
            value &= MASK
        if value > INTMAX_MAX and not unsigned:
            if parsed.decimal:
                self.pp.warning(tok.pos, "integer constant is so large that it is unsigned",
                                len(tok.text))  # fmt: skip
            unsigned = True
        return value, unsigned

    def overflow(self, op: PPToken, ev: bool) -> None:
        if ev:
            self.pp.warning(self.where(op), "integer overflow in preprocessor expression")

    def apply_unary(self, op: PPToken, v: int, unsigned: bool, ev: bool) -> Value:
        match op.text:
            case "!":
                return int(v == 0), False
            case "~":
                return (v ^ MASK, True) if unsigned else (~v, False)
            case "-":
                if unsigned:
                    return -v & MASK, True
                if v == -INTMAX_MAX - 1:
                    self.overflow(op, ev)
                    return v, False
                return -v, False
        return v, unsigned

    def apply(self, op: PPToken, a: Value, b: Value, ev: bool) -> Value:
        """A binary operator on (value, unsigned) pairs: the usual conversions, then wrap."""
        text = op.text
        if text in ("<<", ">>"):
            return self.shift(op, a, b, ev)
        unsigned = a[1] or b[1]
        x, y = (a[0] & MASK, b[0] & MASK) if unsigned else (a[0], b[0])
        match text:
            case "*":
                r = x * y
            case "+":
                r = x + y
            case "-":
                r = x - y
            case "/" | "%":
                if y == 0:
                    if ev:
                        self.fail(op, "division by zero in #if")
                    return 0, unsigned
                q = abs(x) // abs(y) * (1 if (x < 0) == (y < 0) else -1)
                r = q if text == "/" else x - q * y
            case "&":
                r = x & y
            case "|":
                r = x | y
            case "^":
                r = x ^ y
            case _:
                compare = {"<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y, "==": x == y,
                           "!=": x != y}  # fmt: skip
                return int(compare[text]), False
        if unsigned:
            return r & MASK, True
        return self.signed(op, r, ev), False

    def signed(self, op: PPToken, r: int, ev: bool) -> int:
        if -INTMAX_MAX - 1 <= r <= INTMAX_MAX:
            return r
        self.overflow(op, ev)
        r &= MASK
        return r - (1 << 64) if r > INTMAX_MAX else r

    def shift(self, op: PPToken, a: Value, b: Value, ev: bool) -> Value:
        """<< and >>: the type of the left operand; a negative count shifts the other way."""
        v, unsigned = a
        n = b[0] & MASK if b[1] else b[0]
        left = op.text == "<<"
        if n < 0:
            left, n = not left, -n
        if not left:
            if n >= 64:
                return (-1 if v < 0 and not unsigned else 0), unsigned
            return v >> n, unsigned
        if unsigned:
            return ((v << n) & MASK if n < 64 else 0), True
        if n >= 64:
            if v:
                self.overflow(op, ev)
            return 0, False
        return self.signed(op, v << n, ev), False


UNSIGNED_CHARS = frozenset({"unsigned short", "unsigned int"})

DIRECTIVES: dict[str, Callable[[Preprocessor, PPToken], None]] = {
    "define": Preprocessor.do_define,
    "undef": Preprocessor.do_undef,
    "include": Preprocessor.do_include,
    "include_next": Preprocessor.do_include,
    "import": Preprocessor.do_include,
    "if": Preprocessor.do_if,
    "ifdef": Preprocessor.do_ifdef,
    "ifndef": Preprocessor.do_ifdef,
    "elif": Preprocessor.do_elif,
    "elifdef": Preprocessor.do_elif,
    "elifndef": Preprocessor.do_elif,
    "else": Preprocessor.do_else,
    "endif": Preprocessor.do_endif,
    "line": Preprocessor.do_line,
    "error": Preprocessor.do_error,
    "warning": Preprocessor.do_error,
    "pragma": Preprocessor.do_pragma,
    "ident": Preprocessor.do_ident,
    "sccs": Preprocessor.do_ident,
}


# --- the printable forms: -E and -dM ---------------------------------------------------


class Printer:
    """Preprocessed text as gcc -E writes it: tokens on the lines they came from, a
    space where the source had one or where two tokens would otherwise paste, the
    indentation of each line's first token, identifiers' other characters as \\U
    names, and line markers (`# 12 "file.h" 1`) unless -P."""

    def __init__(self, line_markers: bool) -> None:
        self.markers = line_markers
        self.out: list[str] = []
        self.printed = False  # something is on the current output line
        self.src_line = 1  # the source line the output line stands for
        self.prev: PPToken | None = None
        self.layout = Layout()
        self.avoid_paste = False

    def newline(self) -> None:
        if self.printed:
            self.out.append("\n")
            self.src_line += 1
            self.printed = False

    def marker(self, f: File, line: int, flag: str = "") -> None:
        self.newline()
        if self.markers:
            name = quote(f.presumed or f.path)[1:-1]
            system = " 3 4" if f.system and f.include_pos is not None else ""
            flags = f" {flag}{system}" if flag else system
            self.out.append(f'# {line + f.line_delta} "{name}"{flags}\n')
        self.src_line = line

    def event(self, e: Event) -> None:
        if e.kind == "enter":
            self.marker(e.file, 1, "1" if e.file.include_pos is not None else "")
        elif e.kind == "leave":
            self.marker(e.file, e.line, "2")
        else:
            assert e.tok is not None
            self.line_change(e.file, e.tok)

    def line_change(self, f: File, tok: PPToken) -> None:
        line = tok.pos.line
        self.newline()
        if self.markers and self.src_line <= line < self.src_line + 8:
            self.out.append("\n" * (line - self.src_line))
            self.src_line = line
        elif self.markers:
            self.marker(f, line)
        self.src_line = line
        self.out.append(" " * max(tok.pos.col - 2, 0))
        self.printed = True
        self.prev = None
        self.avoid_paste = False
        self.layout.source = None

    def token(self, tok: PPToken) -> None:
        kind = tok.kind
        if kind is PPKind.PADDING or kind is PPKind.AVOID_PASTE:
            self.avoid_paste = True
            self.layout.padding(tok)
            return
        if kind is PPKind.PRAGMA:
            self.newline()
            self.out.append(tok.text + "\n")
            self.src_line += 1
            self.prev = None
            self.printed = not tok.bol  # after a _Pragma, gcc goes on as on a new line
            return
        if self.avoid_paste:
            space = self.layout.space_before(tok) or (
                self.prev is not None and would_paste(self.prev, tok)
            )
            self.avoid_paste = False
        else:
            space = tok.space
            self.layout.source = None
        if space:
            self.out.append(" ")
        text = tok.text
        if kind is PPKind.IDENT and (not text.isascii() or "\\" in text):
            text = "".join(f"\\U{ord(c):08x}" if ord(c) > 127 else c for c in identifier_name(text))
        self.out.append(text)
        self.printed = True
        self.prev = tok


# Every punctuator of C, C++'s few more (gcc keeps them apart too), and their prefixes.
_PUNCTUATORS = words(
    "%:%: ... <<= >>= -> ++ -- << >> <= >= == != && || *= /= %= += -= &= ^= |= "
    "## <: :> <% %> %: ->* .* :: <=> /* //"
)
_PASTE_PREFIXES = frozenset(p[:n] for p in _PUNCTUATORS for n in range(2, len(p) + 1))
_WORDS = (PPKind.IDENT, PPKind.NUMBER)


def would_paste(prev: PPToken, tok: PPToken) -> bool:
    """Whether `prev` and `tok` written together could read back as other tokens.

    Conservative, as gcc is: a name or number before a name, number or literal; a
    number before `.`, `+` or `-` (a pp-number takes `e+`); a punctuator whose
    spelling and the next token's first character begin a longer one."""
    if prev.kind in _WORDS:
        return (
            tok.kind in _WORDS
            or tok.kind is PPKind.CHAR
            or tok.kind is PPKind.STRING
            or (prev.kind is PPKind.NUMBER and tok.text[:1] in (".", "+", "-"))
        )
    if prev.kind is PPKind.PUNCT:
        if tok.kind is PPKind.NUMBER:
            return prev.text == "."
        return tok.kind is PPKind.PUNCT and prev.text + tok.text[0] in _PASTE_PREFIXES
    return prev.text == "\\" and tok.kind is PPKind.IDENT


@contextmanager
def nesting_guard(reporter: Reporter) -> Iterator[None]:
    """Macro calls inside arguments and parentheses in #if recurse in Python: past what
    Python allows (a few hundred levels), the input is refused, not crashed on."""
    try:
        yield
    except RecursionError:
        reporter.fatal(None, "macro calls or #if expression nested too deeply")


def preprocess(path: str, options: Options, reporter: Reporter,
               text: str | None = None) -> list[PPToken]:  # fmt: skip
    """The preprocessed tokens of a C file (pragma lines included), or CompileError."""
    pp = Preprocessor(options, reporter)
    out = []
    with nesting_guard(reporter):
        pp.start(path, text)
        while (tok := pp.get_token()).kind is not PPKind.EOF:
            if tok.kind < PADDING:
                out.append(tok)
        pp.finish()
    reporter.check()
    return out


def preprocess_to_text(path: str, options: Options, reporter: Reporter,
                       text: str | None = None, line_markers: bool = True) -> str:  # fmt: skip
    """`-E`: the preprocessed text, as gcc writes it (`line_markers=False` is -P)."""
    pp = Preprocessor(options, reporter)
    printer = Printer(line_markers)
    with nesting_guard(reporter):
        pp.start(path, text, events=True)
        events = pp.events
        assert events is not None
        while True:
            tok = pp.get_token()
            if events:
                for e in events:
                    printer.event(e)
                events.clear()
            if tok.kind is PPKind.EOF:
                break
            printer.token(tok)
        pp.finish()
    printer.newline()
    reporter.check()
    return "".join(printer.out)


def macro_definitions(path: str, options: Options, reporter: Reporter,
                      text: str | None = None) -> str:  # fmt: skip
    """`-dM -E`: every macro defined at the end of the file, as `#define` lines."""
    pp = Preprocessor(options, reporter)
    with nesting_guard(reporter):
        pp.start(path, text)
        while pp.get_token().kind is not PPKind.EOF:
            pass
        pp.finish()
    reporter.check()
    return "".join(f"#define {m.definition()}\n" for m in pp.macros.values() if not m.builtin)
