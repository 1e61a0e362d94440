#!/usr/bin/env bash
# Rebuild the bundled example binaries with the oracle toolchain (Debian package
# gcc-riscv64-linux-gnu). Running them needs only groundup.
set -euo pipefail
cd "$(dirname "$0")"
riscv64-linux-gnu-gcc -O2 -nostdlib -ffreestanding -fno-builtin -static -fno-pic -no-pie \
    -march=rv64gc -mabi=lp64d -Wl,--build-id=none -o hello.elf hello.c
