"""Signal numbers and how a shell reports a death by signal (asm-generic/signal.h)."""

from __future__ import annotations

from enum import IntEnum


class Sig(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31


# What bash prints when a job dies of the signal (strsignal() wording).
DESCRIPTION = {
    Sig.SIGHUP: "Hangup",
    Sig.SIGINT: "Interrupt",
    Sig.SIGQUIT: "Quit",
    Sig.SIGILL: "Illegal instruction",
    Sig.SIGTRAP: "Trace/breakpoint trap",
    Sig.SIGABRT: "Aborted",
    Sig.SIGBUS: "Bus error",
    Sig.SIGFPE: "Floating point exception",
    Sig.SIGKILL: "Killed",
    Sig.SIGUSR1: "User defined signal 1",
    Sig.SIGSEGV: "Segmentation fault",
    Sig.SIGUSR2: "User defined signal 2",
    Sig.SIGPIPE: "Broken pipe",
    Sig.SIGALRM: "Alarm clock",
    Sig.SIGTERM: "Terminated",
    Sig.SIGSTKFLT: "Stack fault",
    Sig.SIGCHLD: "Child exited",
    Sig.SIGCONT: "Continued",
    Sig.SIGSTOP: "Stopped (signal)",
    Sig.SIGTSTP: "Stopped",
    Sig.SIGTTIN: "Stopped (tty input)",
    Sig.SIGTTOU: "Stopped (tty output)",
    Sig.SIGURG: "Urgent I/O condition",
    Sig.SIGXCPU: "CPU time limit exceeded",
    Sig.SIGXFSZ: "File size limit exceeded",
    Sig.SIGVTALRM: "Virtual timer expired",
    Sig.SIGPROF: "Profiling timer expired",
    Sig.SIGWINCH: "Window changed",
    Sig.SIGIO: "I/O possible",
    Sig.SIGPWR: "Power failure",
    Sig.SIGSYS: "Bad system call",
}
