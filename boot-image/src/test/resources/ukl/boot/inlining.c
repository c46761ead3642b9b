/*
 * inlining.c: C as the translator writes it (m_<class>_<method> names, #line directives naming
 * Java files), for InlinedCallsTest. Main.run calls a small kernel entry that calls a smaller
 * one (gcc -O2 inlines both: a chain of two Java methods at line 42) and a big one that is
 * never inlined (noinline stands for "too big"), which stays a call. Main.unused inlines the
 * small entry too, but nothing calls it: ld's --gc-sections removes it, and its DWARF stays
 * behind at address 0.
 */
volatile int k_Sys_count;

#line 10 "k/Sys.java"
static int m_k_Sys_leaf(int x) {
#line 11 "k/Sys.java"
    k_Sys_count = k_Sys_count + x;
#line 12 "k/Sys.java"
    return k_Sys_count * 3;
}

#line 20 "k/Sys.java"
static int m_k_Sys_small(int x) {
#line 21 "k/Sys.java"
    int y = m_k_Sys_leaf(x);
#line 22 "k/Sys.java"
    k_Sys_count = y;
#line 23 "k/Sys.java"
    return y + 2;
}

#line 30 "k/Sys.java"
__attribute__((noinline)) int m_k_Sys_big(volatile int *p, int n) {
#line 31 "k/Sys.java"
    int s = 0;
    for (int i = 0; i < n; i++) s += p[i] * i;
    return s;
}

#line 40 "app/Main.java"
int m_app_Main_run(volatile int *p, int x) {
#line 42 "app/Main.java"
    int a = m_k_Sys_small(x);
#line 43 "app/Main.java"
    int b = m_k_Sys_big(p, a);
#line 44 "app/Main.java"
    return a + b;
}

#line 50 "app/Main.java"
int m_app_Main_unused(int x) {
#line 51 "app/Main.java"
    return m_k_Sys_small(x + 1);
}
