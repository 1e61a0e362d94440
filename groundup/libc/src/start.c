/* Start-up: from the initial stack to main, and the thread-local storage of the
 * main thread.
 *
 *   sp -> argc | argv[0] ... argv[argc-1] | NULL | envp[0] ... | NULL | auxv (type, value)
 *         pairs ending with AT_NULL
 *
 * __libc_start_main finds argv, the environment and the auxiliary vector there, sets
 * up the thread pointer (tp) for the main thread's TLS block (errno lives in it), runs
 * the constructors (.preinit_array, .init_array, with argc, argv, envp as glibc passes
 * them) and calls exit(main(argc, argv, envp)).
 *
 * TLS, variant I as RISC-V uses it: tp points at the start of the thread's block, a
 * copy of the PT_TLS segment (.tdata's bytes, then zeros for .tbss); the linker
 * resolves a local-exec access as tp + the variable's offset in the segment. */
#include "libc.h"
#include "syscall.h"

#define AT_NULL 0
#define AT_PHDR 3
#define AT_PHENT 4
#define AT_PHNUM 5
#define AT_PAGESZ 6
#define AT_RANDOM 25
#define PT_PHDR 6
#define PT_TLS 7

struct phdr {
    unsigned int p_type, p_flags;
    unsigned long p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};

char **environ;
char **__environ_initial;
unsigned long __auxv_pagesz = 4096;
unsigned long *__auxv;
char *__progname = "";
char *program_invocation_name;
char *program_invocation_short_name;

typedef void (*ctor_fn)(int, char **, char **);
extern ctor_fn __preinit_array_start[] __attribute__((weak));
extern ctor_fn __preinit_array_end[] __attribute__((weak));
extern ctor_fn __init_array_start[] __attribute__((weak));
extern ctor_fn __init_array_end[] __attribute__((weak));

/* The TLS segment, for the threads pthread_create makes (pthread.c). */
const char *__tls_image;
unsigned long __tls_filesz, __tls_memsz, __tls_align = 1;

/* The main thread's TLS block when it is small (most programs): no system call. */
static unsigned long static_tls[64] __attribute__((aligned(64)));

static void *copy_bytes(char *dst, const char *src, unsigned long n) {
    for (unsigned long i = 0; i < n; i++)
        dst[i] = src[i];
    return dst;
}

static void init_tls(struct phdr *ph, unsigned long phnum) {
    unsigned long bias = 0;
    struct phdr *tls = 0;
    for (unsigned long i = 0; i < phnum; i++) {
        if (ph[i].p_type == PT_PHDR)
            bias = (unsigned long)ph - ph[i].p_vaddr;
        if (ph[i].p_type == PT_TLS)
            tls = &ph[i];
    }
    char *block = (char *)static_tls;
    if (tls != 0) {
        unsigned long align = tls->p_align ? tls->p_align : 1;
        __tls_image = (const char *)(tls->p_vaddr + bias);
        __tls_filesz = tls->p_filesz;
        __tls_memsz = tls->p_memsz;
        __tls_align = align;
        unsigned long need = tls->p_memsz + align;
        if (need > sizeof static_tls || align > 64) {
            long r = __syscall6(SYS_mmap, 0, (long)need, 3, 0x22, -1, 0);
            if (r < 0 && r > -4096)
                __libc_fatal("cannot allocate the main thread's TLS block");
            block = (char *)r;
        }
        block = (char *)(((unsigned long)block + align - 1) & -align);
        copy_bytes(block, (const char *)(tls->p_vaddr + bias), tls->p_filesz);
        /* .tbss: the static block and a fresh mapping are already zero. */
    }
    __asm__ volatile("mv tp, %0" : : "r"(block) : "memory");
}

static const char *base_name(const char *path) {
    const char *b = path;
    for (const char *p = path; *p; p++)
        if (*p == '/')
            b = p + 1;
    return b;
}

__attribute__((noreturn)) void exit(int status);

__attribute__((noreturn)) void __libc_start_main(int (*main)(int, char **, char **),
                                                 long *sp) {
    int argc = (int)sp[0];
    char **argv = (char **)(sp + 1);
    char **envp = argv + argc + 1;
    char **p = envp;
    while (*p)
        p++;
    unsigned long *aux = (unsigned long *)(p + 1);
    struct phdr *phdr = 0;
    unsigned long phnum = 0;
    for (unsigned long *a = aux; a[0] != AT_NULL; a += 2) {
        if (a[0] == AT_PHDR)
            phdr = (struct phdr *)a[1];
        else if (a[0] == AT_PHNUM)
            phnum = a[1];
        else if (a[0] == AT_PAGESZ)
            __auxv_pagesz = a[1];
    }
    init_tls(phdr, phdr ? phnum : 0);
    environ = envp;
    __environ_initial = envp;
    __auxv = aux;
    if (argc > 0 && argv[0]) {
        program_invocation_name = argv[0];
        program_invocation_short_name = (char *)base_name(argv[0]);
        __progname = program_invocation_short_name;
    }
    if (__preinit_array_start)
        for (ctor_fn *f = __preinit_array_start; f < __preinit_array_end; f++)
            (*f)(argc, argv, envp);
    if (__init_array_start)
        for (ctor_fn *f = __init_array_start; f < __init_array_end; f++)
            (*f)(argc, argv, envp);
    exit(main(argc, argv, envp));
}

unsigned long getauxval(unsigned long type) {
    for (unsigned long *a = __auxv; a && a[0] != AT_NULL; a += 2)
        if (a[0] == type)
            return a[1];
    return 0;
}
