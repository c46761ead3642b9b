/*
 * A QEMU TCG plugin that counts the guest instructions a ukl image executes, per function
 * (scripts/bench --insns), and how often each function is entered at its first instruction (its
 * calls, where gcc did not inline it). Under TCG every translated block is counted by an inline add,
 * so the figures do not depend on the host's speed or load: the same path costs the same count in
 * every run.
 *
 * Arguments (-plugin insn-count.so,syms=FILE,ctl=FIFO,out=FILE):
 *   syms  the image's symbols as `nm -n -S --defined-only` prints them: address, size, type, name;
 *         a block counts for the function holding its first instruction, "?" if none does
 *   ctl   a FIFO; every line written to it (a label) takes a snapshot of the counts
 *   out   where the snapshots go: "snap LABEL", one "COUNT ENTRIES NAME" line per function executed
 *         so far (instructions, and blocks run that start at the function's first instruction),
 *         then "end". The counts are cumulative: a window's cost is the difference of two.
 *
 * Debian ships QEMU without qemu-plugin.h, so the few declarations used are written here, from the
 * plugin API's documentation (QEMU 7.2, API version 1; the ones used are unchanged since).
 */
#define _GNU_SOURCE
#include <inttypes.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t qemu_plugin_id_t;
typedef struct qemu_info_t qemu_info_t;
struct qemu_plugin_tb;
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 };
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);
void qemu_plugin_register_vcpu_tb_exec_inline(struct qemu_plugin_tb *tb, enum qemu_plugin_op op, void *ptr,
                                              uint64_t imm);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);

#define EXPORT __attribute__((visibility("default")))

EXPORT int qemu_plugin_version = 1;

struct function {
    uint64_t start, end;
    char *name;
};

static struct function *functions;
static size_t function_count;
static uint64_t *counts;  /* one per function, and the last for code outside every symbol */
static uint64_t *entries; /* one per function: executions of a block at its first instruction */
static FILE *out;
static char *ctl_path;

/* Reads nm's lines "address size type name" of code symbols, in address order. */
static int read_symbols(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return -1;
    }
    size_t cap = 1024;
    functions = malloc(cap * sizeof *functions);
    char line[4096], name[4000], type;
    uint64_t address, size;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "%" SCNx64 " %" SCNx64 " %c %3999s", &address, &size, &type, name) != 4) continue;
        if (type != 't' && type != 'T' && type != 'w' && type != 'W') continue;
        if (function_count == cap) functions = realloc(functions, (cap *= 2) * sizeof *functions);
        functions[function_count++] = (struct function){address, address + size, strdup(name)};
    }
    fclose(f);
    counts = calloc(function_count + 1, sizeof *counts);
    entries = calloc(function_count + 1, sizeof *entries);
    return 0;
}

/* The function holding pc, or function_count. */
static size_t function_at(uint64_t pc) {
    size_t lo = 0, hi = function_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (functions[mid].start <= pc) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && pc < functions[lo - 1].end ? lo - 1 : function_count;
}

static void translated(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void) id;
    uint64_t pc = qemu_plugin_tb_vaddr(tb);
    size_t f = function_at(pc);
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &counts[f],
                                             qemu_plugin_tb_n_insns(tb));
    if (f < function_count && pc == functions[f].start)
        qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &entries[f], 1);
}

static void snapshot(const char *label) {
    fprintf(out, "snap %s\n", label);
    for (size_t i = 0; i <= function_count; i++) {
        uint64_t c = __atomic_load_n(&counts[i], __ATOMIC_RELAXED);
        uint64_t e = __atomic_load_n(&entries[i], __ATOMIC_RELAXED);
        if (c) fprintf(out, "%" PRIu64 " %" PRIu64 " %s\n", c, e, i < function_count ? functions[i].name : "?");
    }
    fprintf(out, "end\n");
    fflush(out);
}

/* Serves the FIFO: each writer's lines are labels; opening blocks until the next writer comes. */
static void *control(void *arg) {
    (void) arg;
    char label[256];
    for (;;) {
        FILE *ctl = fopen(ctl_path, "r");
        if (!ctl) return NULL;
        while (fgets(label, sizeof label, ctl)) {
            label[strcspn(label, "\r\n")] = 0;
            snapshot(label);
        }
        fclose(ctl);
    }
}

EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    (void) info;
    const char *syms = NULL, *out_path = NULL;
    for (int i = 0; i < argc; i++) {
        if (!strncmp(argv[i], "syms=", 5)) syms = argv[i] + 5;
        else if (!strncmp(argv[i], "ctl=", 4)) ctl_path = strdup(argv[i] + 4);
        else if (!strncmp(argv[i], "out=", 4)) out_path = argv[i] + 4;
        else {
            fprintf(stderr, "insn-count: unknown argument %s (syms=, ctl=, out=)\n", argv[i]);
            return -1;
        }
    }
    if (!syms || !ctl_path || !out_path) {
        fprintf(stderr, "insn-count: needs syms=FILE, ctl=FIFO and out=FILE\n");
        return -1;
    }
    if (read_symbols(syms) != 0 || !(out = fopen(out_path, "w"))) return -1;
    pthread_t thread;
    if (pthread_create(&thread, NULL, control, NULL) != 0) return -1;
    pthread_detach(thread);
    qemu_plugin_register_vcpu_tb_trans_cb(id, translated);
    return 0;
}
