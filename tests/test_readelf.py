"""`groundup readelf` against GNU readelf 2.40, and the reader against damaged files.

The corpus, built by the oracle gcc and as (cached):

* relocatable objects: every tests/programs/*.c at -O2, three more at -O0 -g (debug
  sections, ADD/SUB relocations, .L labels by the hundred);
* freestanding static executables: every tests/programs/*.c at -O2, one stripped,
  one linked with --emit-relocs;
* glibc: a static executable (notes, TLS, .rela.dyn, GNU_RELRO) and a dynamic PIE
  (.interp, the dynamic section, .dynsym with versions, .gnu.hash, PHDR);
* an assembly file with what compilers rarely write: COMDAT and plain section
  groups, TLS, common, weak and IFUNC symbols, every visibility, negative addends,
  relocations without a symbol, a note of an unknown owner, SHF_EXCLUDE.

For each file `readelf -a` and `readelf -a -W` must print exactly what GNU prints;
and the facts read from both `-a -W` listings — header fields, sections, segments
and their section lists, symbols, relocations, dynamic entries, notes, groups,
versions, attributes — must be equal, compared as tuples (so that a difference says
which fact differs, not only which line).

Then the validating reader: every kind of damage the issue lists, each a single
`groundup: error: FILE: ... (at offset 0x..)` line and exit status 1 from both
readelf and objdump; and a hypothesis fuzz that flips, overwrites and truncates
real objects and executables, asserting that no Python exception escapes either
tool.
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import struct
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402

from groundup.asm import objdump  # noqa: E402
from groundup.elf import readelf  # noqa: E402
from groundup.elf.reader import ElfError, read_elf  # noqa: E402

pytestmark = oracle.requires_oracle("gcc", "readelf", "objdump")

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted((HERE / "programs").glob("*.c"))

GLIBC_SOURCE = r"""
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static __thread int counter = 7;
__thread char tls_buffer[64];
const char *greeting = "hello";

static void *work(void *arg) { counter += (int)(long)arg; return NULL; }

int main(int argc, char **argv) {
    pthread_t t;
    pthread_create(&t, NULL, work, (void *)3L);
    pthread_join(t, NULL);
    snprintf(tls_buffer, sizeof tls_buffer, "%s %d", greeting, counter + argc);
    puts(tls_buffer);
    return strlen(argv[0]) > 1000 ? EXIT_FAILURE : EXIT_SUCCESS;
}
"""

EDGE_ASSEMBLY = r"""
    .section .text.foo,"axG",@progbits,foo,comdat
    .globl foo
    .type foo,@function
    .hidden foo
foo: ret
    .size foo,.-foo
    .section .data.g,"awG",@progbits,grp
    .protected pdata
    .globl pdata
    .type pdata,@object
pdata: .dword 1, foo - 8, bar + 12
    .size pdata,24
    .text
    .globl bar
    .type bar,@gnu_indirect_function
bar: call foo
    tail undef_fn
    lla a0, pdata+100
    .weak wk
    .type wk,@function
wk: nop
    .internal intl
    .globl intl
intl: nop
    .dword undef1
    .zero 16
    .word 0
    .comm cbuf,64,16
    .local lbuf
    .comm lbuf,32,8
    .section .tdata,"awT",@progbits
    .type tv,@object
    .size tv,4
tv: .word 5
    .section .tbss,"awT",@nobits
    .zero 8
    .section .debug_info,"",@progbits
    .word .Lx - 4
    .dword bar - 100
.Lx: .byte 0
    .section .note.test,"a",@note
    .word 4, 8, 0x1234
    .asciz "ABC"
    .dword 0x1122334455667788
    .section .init_array,"aw",@init_array
    .dword bar
    .section .weird,"awx",@progbits
    .byte 1,2,3
    .section .excl,"e",@progbits
    .byte 4
    .data
    .globl big
    .type big,@object
    .size big, 1234567
big: .dword 0
    .reloc big, R_RISCV_32, -8
    .reloc big+4, R_RISCV_64, 16
    .reloc big+8, R_RISCV_NONE
"""


# --- the corpus -------------------------------------------------------------------------


@functools.cache
def _source_dir() -> Path:
    """A directory for the sources written here (the oracle keys on their bytes)."""
    return Path(tempfile.mkdtemp(prefix="groundup-readelf-"))


def _written(name: str, text: str) -> Path:
    path = _source_dir() / name
    if not path.exists():
        path.write_text(text)
    return path


def build(case: str) -> Path:
    """The corpus file `kind:name`, built (or found in the cache) by the oracle."""
    kind, _, name = case.partition(":")
    src = HERE / "programs" / f"{name}.c"
    match kind:
        case "o":
            return oracle.gcc_compile(src, "O2", link=False)
        case "o-g":
            return oracle.gcc_compile(src, "O0", ["-g"], link=False)
        case "elf":
            return oracle.gcc_compile(src, "O2")
        case "emit-relocs":
            return oracle.gcc_compile(src, "O2", ["-Wl,--emit-relocs"])
        case "stripped":
            elf = oracle.gcc_compile(src, "O2")
            res = oracle.run_tool("objcopy", ["--strip-all", "prog", "stripped"], {"prog": elf},
                                  outputs=["stripped"])  # fmt: skip
            return res.check().output("stripped")
        case "glibc-static" | "glibc-dynamic":
            flags = (*oracle.RV_FLAGS, "-static") if kind == "glibc-static" else oracle.RV_FLAGS
            return oracle.gcc_compile(_written("threads.c", GLIBC_SOURCE), "O2", ["-pthread"],
                                      flags=flags, libs=())  # fmt: skip
        case "asm":
            return oracle.gcc_assemble(EDGE_ASSEMBLY, name="edge.s")
        case "many":  # more sections than e_shnum can count: SHN_XINDEX and friends
            text = "".join(f'.section .s{i},"a"\n.globl g{i}\ng{i}: .byte 1\n'
                           for i in range(int(name)))  # fmt: skip
            return oracle.gcc_assemble(text, name="many.s")
    raise ValueError(case)


CASES = (
    [f"o:{p.stem}" for p in PROGRAMS]
    + [f"elf:{p.stem}" for p in PROGRAMS]
    + ["o-g:sieve", "o-g:sha256", "o-g:varargs", "stripped:sieve", "emit-relocs:sieve",
       "glibc-static:threads", "glibc-dynamic:threads", "asm:edge"]
)  # fmt: skip


def gnu_readelf(path: Path, args: list[str]) -> str:
    res = oracle.run_tool("readelf", [*args, "input"], {"input": path})
    return res.stdout.decode()


def ours(path: Path, args: list[str]) -> str:
    opts = readelf.options(readelf.build_parser().parse_args([*args, "input"]))
    text, missing = readelf.readelf(path.read_bytes(), "input", opts)
    return text


# --- facts --------------------------------------------------------------------------------

Fact = tuple[str, ...]
HEX = r"[0-9a-f]"
SECTION = re.compile(rf"  \[\s*(\d+)\] (\S*) +(SYMTAB SECTION INDICES|\S+) +"
                     rf"({HEX}{{16}}) ({HEX}+) ({HEX}+) ({HEX}+) ([ A-Za-z]*?) +(\d+) +(\d+) "
                     r"+(\d+)$")  # fmt: skip
SEGMENT = re.compile(r"  (\S+) +(0x\S+) (0x\S+) (0x\S+) (0x\S+) (0x\S+) (.{3}) (0x\S+)$")
MAPPING = re.compile(r"   (\d\d)     (.*)$")
RELOCATION = re.compile(rf"({HEX}{{16}})  ({HEX}{{16}}) (.{{22}}) "
                        rf"(?:(\S+) +(.*) ([+-]) ({HEX}+)| +(-?{HEX}+))$")  # fmt: skip
SYMBOL = re.compile(rf" *(\d+): ({HEX}{{16}}) +(\S+) (\S+) +(\S+) +(\S+(?: \[[^]]*\])?) +"
                    r"(\S+) ?(.*)$")  # fmt: skip
DYNAMIC = re.compile(r" (0x[0-9a-f]{16}) \((\S+)\) +(.*)$")
NOTE = re.compile(r"  (\S*) +(0x[0-9a-f]{8})\t(.*)$")
HEADER = re.compile(r"  ([A-Z][^:]*): +(.*)$")
TAG = re.compile(r"  (Tag_\w+): (.*)$")
GROUP = re.compile(r"(COMDAT group|group) section \[ *(\d+)\] `(.*)' \[(.*)\] contains")
MEMBER = re.compile(r"   \[ *(\d+)\]   (\S+)$")
VERSION = re.compile(r"  (0x[0-9a-f]{4}|000000|[0-9a-f]{3}): +(.*)$")


def facts(listing: str) -> list[Fact]:
    """The facts of a `readelf -a -W` listing, in order, each tagged with what it is."""
    found: list[Fact] = []
    where = ""
    patterns: list[tuple[str, re.Pattern[str]]] = [
        ("section", SECTION), ("segment", SEGMENT), ("relocation", RELOCATION),
        ("symbol", SYMBOL), ("dynamic", DYNAMIC), ("note", NOTE), ("tag", TAG),
        ("group", GROUP), ("member", MEMBER), ("version", VERSION), ("mapping", MAPPING),
        ("header", HEADER),
    ]  # fmt: skip
    for line in listing.splitlines():
        heading = re.match(r"(Relocation section|Symbol table|Displaying notes found in:|"
                           r"Version \w+ section) '?([^' ]*)", line)  # fmt: skip
        if heading:
            where = heading.group(2)
            found.append(("table", heading.group(1), where))
            continue
        for kind, pattern in patterns:
            m = pattern.match(line)
            if m:
                found.append((kind, where, *(g.strip() for g in m.groups() if g is not None)))
                break
    return found


def fact_counts(found: list[Fact]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in found:
        counts[f[0]] = counts.get(f[0], 0) + 1
    return counts


# --- readelf against GNU readelf -----------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_facts_match(case: str) -> None:
    path = build(case)
    want, got = facts(gnu_readelf(path, ["-a", "-W"])), facts(ours(path, ["-a", "-W"]))
    counts = fact_counts(want)
    assert counts.get("section", 0) > 5 and counts.get("header", 0) >= 18, counts
    if not case.startswith("stripped"):
        assert counts.get("symbol", 0) > 5, counts
    missing = [f for f in want if f not in got][:10]
    extra = [f for f in got if f not in want][:10]
    assert want == got, f"facts differ: GNU's not ours {missing}; ours not GNU's {extra}"


@pytest.mark.parametrize("wide", [False, True], ids=["narrow", "wide"])
@pytest.mark.parametrize("case", CASES)
def test_listing_matches(case: str, wide: bool) -> None:
    args = ["-a", "-W"] if wide else ["-a"]
    path = build(case)
    assert_same(gnu_readelf(path, args), ours(path, args), " ".join(args))


@pytest.mark.parametrize("case", ["o:sieve", "elf:sieve", "asm:edge", "glibc-static:threads"])
def test_hex_dumps(case: str) -> None:
    args = ["-x", ".text", "-x", "2", "-x", ".bss", "-x", ".comment"]
    path = build(case)
    assert_same(gnu_readelf(path, args), ours(path, args), " ".join(args))


@pytest.mark.parametrize("flag", ["-h", "-S", "-l", "-s", "-r", "-d", "-n", "-g", "-V", "-A",
                                  "-I", "-u", "-e", "-hlSW", "--dyn-syms"])  # fmt: skip
@pytest.mark.parametrize("case", ["o:sieve", "glibc-dynamic:threads"])
def test_single_flags(case: str, flag: str) -> None:
    path = build(case)
    assert_same(gnu_readelf(path, [flag]), ours(path, [flag]), flag)


@pytest.mark.slow
def test_extended_section_numbering() -> None:
    """65300 sections: e_shnum, e_shstrndx and st_shndx overflow into section 0 and
    SHT_SYMTAB_SHNDX, and the tools must show the real numbers."""
    path = build("many:65300")
    for args in (["-h", "-s", "-W"], ["-S"]):
        assert_same(gnu_readelf(path, args), ours(path, args), " ".join(args))
    for view in (["-h"], ["-t"]):
        want = oracle.objdump(path, view)
        opts, _ = objdump.parse_options([*view, "input"])
        assert_same(want, objdump.dump(path.read_bytes(), "input", opts), view[0])


def assert_same(want: str, got: str, args: str) -> None:
    if got != want:
        import difflib

        diff = difflib.unified_diff(want.splitlines(), got.splitlines(), "GNU readelf " + args,
                                    "groundup", n=1, lineterm="")  # fmt: skip
        pytest.fail("listing differs:\n" + "\n".join(list(diff)[:40]))


def test_several_files_and_a_missing_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.o", tmp_path / "b.o"
    a.write_bytes(build("o:sieve").read_bytes())
    b.write_bytes(build("asm:edge").read_bytes())
    for missing, code in ((".nothere", 0), ("99", 1)):  # GNU fails only a missing number
        args = ["-h", "-x", missing]
        res = oracle.run_tool("readelf", [*args, "a.o", "b.o"], {"a.o": a, "b.o": b})
        status = readelf.main([*args, str(a), str(b)])
        out, err = capsys.readouterr()
        assert out.replace(str(tmp_path) + "/", "") == res.stdout.decode()
        assert status == res.status == code
        what = "'.nothere'" if code == 0 else "99"
        assert err.splitlines() == [
            f"groundup: warning: {p}: section {what} was not dumped because it does not exist"
            for p in (a, b)
        ]


def test_reader_structures() -> None:
    """What the reader gives the linker and the tools, on an object with everything."""
    elf = read_elf(build("asm:edge").read_bytes(), "edge.o")
    text = elf.section(".text")
    assert text is not None
    relocs = elf.relocations_for(text)
    rs = next(r for r in elf.relocation_sections if r.target == text)
    first = relocs[0]
    assert (first.offset, first.type, first.addend) == (0, 19, 0)  # R_RISCV_CALL_PLT foo
    sym = rs.symbol(first)
    assert sym is not None and sym.name == "foo" and sym.visibility == 2  # STV_HIDDEN
    hi20 = next(r for r in relocs if r.type == 23)  # R_RISCV_PCREL_HI20 pdata+100
    assert hi20.addend == 100 and rs.symbols[hi20.symbol].name == "pdata"
    data_g = elf.section(".data.g")
    assert data_g is not None and [r.addend for r in elf.relocations_for(data_g)] == [-8, 12]
    assert [(g.signature, g.flags, [elf.sections[m].name for m in g.members])
            for g in elf.groups] == [("foo", 1, [".text.foo"]),
                                     ("grp", 0, [".data.g", ".rela.data.g"])]  # fmt: skip
    [note] = elf.notes[elf.section(".note.test").index]  # type: ignore[union-attr]
    assert (note.name, note.type, note.desc) == ("ABC", 0x1234, bytes.fromhex("8877665544332211"))
    static = read_elf(build("glibc-static:threads").read_bytes(), "threads")
    kinds = {(n.name, n.type) for notes in static.notes.values() for n in notes}
    assert ("GNU", 3) in kinds and ("GNU", 1) in kinds  # build-id, ABI tag
    dyn = read_elf(build("glibc-dynamic:threads").read_bytes(), "threads")
    assert any(e.tag == 1 for e in dyn.dynamic)  # DT_NEEDED
    assert any(a.name.startswith("GLIBC_") for n in dyn.versions.needs for a in n.aux)


# --- damaged files --------------------------------------------------------------------------


def _shdr(data: bytearray, index: int) -> int:
    """The file offset of section header `index`."""
    return struct.unpack_from("<Q", data, 0x28)[0] + 64 * index


def _index(data: bytes | bytearray, name: str) -> int:
    elf = read_elf(bytes(data), "x")
    sec = elf.section(name)
    assert sec is not None
    return sec.index


def _set(data: bytearray, at: int, size: int, value: int) -> None:
    data[at : at + size] = value.to_bytes(size, "little")


# Each damage: (what it does to sieve.o, words the message must contain, the offset it
# must name — a function of the undamaged file).
Damage = Callable[[bytearray], bytes]


def _damages() -> dict[str, tuple[Damage, str, Callable[[bytearray], int]]]:
    def at_symtab(d: bytearray) -> int:
        return _shdr(d, _index(d, ".symtab"))

    def at_rela(d: bytearray) -> int:
        return _shdr(d, _index(d, ".rela.text"))

    def shoff(d: bytearray) -> int:
        return _shdr(d, 0)

    def with_field(name: str, field: int, size: int, value: int) -> Damage:
        def damage(d: bytearray) -> bytes:
            _set(d, _shdr(d, _index(d, name)) + field, size, value)
            return bytes(d)

        return damage

    def truncated_table(d: bytearray) -> bytes:
        return bytes(d[: _shdr(d, 3) + 10])

    def contents_past_end(d: bytearray) -> bytes:
        _set(d, _shdr(d, _index(d, ".text")) + 24, 8, len(d) - 4)  # sh_offset
        return bytes(d)

    def symbol_name_past_end(d: bytearray) -> bytes:
        symtab = read_elf(bytes(d), "x").section(".symtab")
        assert symtab is not None
        _set(d, symtab.offset + 24 * 5, 4, 0xFFFFF)  # st_name of symbol 5
        return bytes(d)

    def reloc_symbol_out_of_range(d: bytearray) -> bytes:
        rela = read_elf(bytes(d), "x").section(".rela.text")
        assert rela is not None
        _set(d, rela.offset + 8 + 4, 4, 100000)  # the symbol half of r_info, entry 0
        return bytes(d)

    def shstrndx(d: bytearray) -> bytes:
        _set(d, 0x3E, 2, struct.unpack_from("<H", d, 0x3C)[0] + 5)
        return bytes(d)

    def symtab_entry(d: bytearray) -> int:
        symtab = read_elf(bytes(d), "x").section(".symtab")
        assert symtab is not None
        return symtab.offset + 24 * 5

    def rela_entry(d: bytearray) -> int:
        rela = read_elf(bytes(d), "x").section(".rela.text")
        assert rela is not None
        return rela.offset

    return {
        "truncated section header table": (truncated_table, "section header table needs bytes",
                                           shoff),
        "section contents past EOF": (contents_past_end, "section 1 contents needs bytes",
                                      lambda d: len(d) - 4),
        "symbol table entry size": (with_field(".symtab", 56, 8, 16),
                                    "(.symtab): entry size (sh_entsize) is 16, expected 24",
                                    at_symtab),
        "symbol table string link": (with_field(".symtab", 40, 4, 1),
                                     "(.symtab): sh_link 1 does not name a string table",
                                     at_symtab),
        "symbol table link out of range": (with_field(".symtab", 40, 4, 4000),
                                           "sh_link 4000 does not name a string table",
                                           at_symtab),
        "relocation sh_info nowhere": (with_field(".rela.text", 44, 4, 999),
                                       "(.rela.text): sh_info 999 does not name a section",
                                       at_rela),
        "relocation sh_link nowhere": (with_field(".rela.text", 40, 4, 500),
                                       "(.rela.text): sh_link 500 does not name a symbol table",
                                       at_rela),
        "relocation sh_link not a symbol table": (with_field(".rela.text", 40, 4, 1),
                                                  "sh_link 1 does not name a symbol table",
                                                  at_rela),
        "relocation symbol out of range": (reloc_symbol_out_of_range,
                                           "names symbol 100000, but the symbol table has",
                                           rela_entry),
        "section name past the string table": (with_field(".text", 0, 4, 0x7FFF),
                                               "section 1: name offset 0x7fff is past the end "
                                               "of the section name table",
                                               lambda d: _shdr(d, 1)),
        "symbol name past the string table": (symbol_name_past_end,
                                              "symbol 5 of .symtab: name offset 0xfffff is past "
                                              "the end of .strtab", symtab_entry),
        "e_shstrndx out of range": (shstrndx, "(e_shstrndx) is out of range", lambda d: 0x3E),
    }  # fmt: skip


DAMAGES = list(_damages())


@pytest.mark.parametrize("tool", ["readelf", "objdump"])
@pytest.mark.parametrize("kind", DAMAGES)
def test_damage_is_one_clear_error(kind: str, tool: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    damage, words, offset = _damages()[kind]
    good = bytearray(build("o:sieve").read_bytes())
    path = tmp_path / "damaged.o"
    path.write_bytes(damage(bytearray(good)))
    if tool == "readelf":
        status = readelf.main(["-a", "-x", ".text", str(path)])
    else:
        status = objdump.main(["-h", "-t", "-r", "-s", "-d", str(path)])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    [line] = err.splitlines()
    assert line.startswith(f"groundup: error: {path}: ") and words in line, line
    assert line.endswith(f"(at offset {offset(bytearray(good)):#x})"), line


def test_error_carries_file_and_offset() -> None:
    data = bytearray(build("o:sieve").read_bytes())
    _set(data, 0x3E, 2, 999)
    with pytest.raises(ElfError) as info:
        read_elf(bytes(data), "sieve.o")
    assert info.value.name == "sieve.o" and info.value.offset == 0x3E


@pytest.mark.parametrize("content", [b"", b"\x7fEL", b"#!/bin/sh\n", b"\x7fELF" + bytes(20)])
def test_not_elf(content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad"
    path.write_bytes(content)
    assert readelf.main(["-a", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"groundup: error: {path}: ") and err.count("\n") == 1


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert readelf.main([str(tmp_path / "missing.o"), "-a"]) == 1
    assert readelf.main([str(build("o:sieve"))]) == 1  # nothing asked for
    assert readelf.main(["-a"]) == 1
    assert readelf.main(["--bogus", "x"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 4 and all(line.startswith("groundup: error: ") for line in lines)
    assert "missing.o: No such file or directory" in lines[0]


# --- fuzz ---------------------------------------------------------------------------------


def _run_quietly(main: Callable[[list[str]], int], argv: list[str]) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(argv)


@functools.cache
def _fuzz_bases() -> list[bytes]:
    return [build(c).read_bytes() for c in ("o:sieve", "elf:sieve", "asm:edge", "o-g:varargs")]


@st.composite
def damaged_files(draw: st.DrawFn) -> bytes:
    """A real object or executable with bytes overwritten, bits flipped or its end cut,
    mostly in the headers and tables, where damage changes how the rest is read."""
    data = bytearray(draw(st.sampled_from(_fuzz_bases())))
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    for _ in range(draw(st.integers(1, 4))):
        region = draw(st.sampled_from(["header", "sections", "anywhere"]))
        lo, hi = {"header": (0, 64), "sections": (shoff, len(data)),
                  "anywhere": (0, len(data))}[region]  # fmt: skip
        pos = draw(st.integers(lo, hi - 1))
        if draw(st.booleans()):
            width = min(draw(st.sampled_from([1, 2, 4, 8])), len(data) - pos)
            value = draw(st.integers(0, (1 << (8 * width)) - 1))
            data[pos : pos + width] = value.to_bytes(width, "little")
        else:
            data[pos] ^= 1 << draw(st.integers(0, 7))
    if draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(damaged_files())
def test_fuzz_no_python_error_escapes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "fuzzed"
        path.write_bytes(data)
        for main, argv in ((readelf.main, ["-a", "-W", "-x", "1", "-x", ".text"]),
                           (readelf.main, ["-a"]),
                           (objdump.main, ["-h", "-t", "-r", "-s"]),
                           (objdump.main, ["-d", "-r"])):  # fmt: skip
            assert _run_quietly(main, [*argv, str(path)]) in (0, 1)
