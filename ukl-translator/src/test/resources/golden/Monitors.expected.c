/* golden.Monitors.<init>()V */
static void m_golden_Monitors_init(ukl_obj *this) {
    ukl_obj * s0_a = 0;
    if (this == 0) __builtin_unreachable();
    if (ukl_pending != 0) __builtin_unreachable();
    s0_a = this;
    m_java_lang_Object_init(s0_a);
    return;
}

/* golden.Monitors.increment()I */
static int32_t m_golden_Monitors_increment(ukl_obj *this) {
    ukl_obj * s0_a = 0;
    int32_t s0_i = 0;
    ukl_obj * s1_a = 0;
    int32_t s1_i = 0;
    int32_t s2_i = 0;
    if (this == 0) __builtin_unreachable();
    if (ukl_pending != 0) __builtin_unreachable();
    ukl_obj *M = this;
    ukl_monitor_enter(M);
    s0_a = this;
    { ukl_obj * t0 = s0_a; s0_a = t0; s1_a = t0; }
    s1_i = *(int32_t *) ((char *) s1_a + 16);
    s2_i = 1;
    s1_i = s1_i + s2_i;
    { ukl_obj * t0 = s0_a; int32_t t1 = s1_i; s0_i = t1; s1_a = t0; s2_i = t1; }
    *(int32_t *) ((char *) s1_a + 16) = s2_i;
    ukl_monitor_exit(M); return s0_i;
L_unwind:
    { ukl_obj *P = ukl_pending; ukl_pending = 0; if (ukl_monitor_exit(M)) ukl_pending = P; }
    return 0;
}

/* golden.Monitors.add(I)V */
static void m_golden_Monitors_add(int32_t n) {
    int32_t s0_i = 0;
    int32_t s1_i = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    ukl_obj *M = (ukl_obj *) &cls_golden_Monitors;
    ukl_monitor_enter(M);
    s0_i = sf_golden_Monitors_total;
    s1_i = n;
    s0_i = s0_i + s1_i;
    sf_golden_Monitors_total = s0_i;
    ukl_monitor_exit(M); return;
L_unwind:
    { ukl_obj *P = ukl_pending; ukl_pending = 0; if (ukl_monitor_exit(M)) ukl_pending = P; }
    return;
}

/* golden.Monitors.sumUnder(Ljava/lang/Object;[I)I */
static int32_t m_golden_Monitors_sumUnder(ukl_obj *this, ukl_obj *lock, ukl_obj *values) {
    ukl_obj * l3_a = 0;
    int32_t s = 0;
    ukl_obj * l5_a = 0;
    int32_t l6_i = 0;
    int32_t l7_i = 0;
    int32_t v = 0;
    ukl_obj * l9_a = 0;
    ukl_obj * s0_a = 0;
    int32_t s0_i = 0;
    ukl_obj * s1_a = 0;
    int32_t s1_i = 0;
    if (this == 0) __builtin_unreachable();
    if (ukl_pending != 0) __builtin_unreachable();
    ukl_frame F;
    F.prev = ukl_top;
    F.method = N;
    F.line = -1;
    ukl_top = &F;
    int32_t l5_len = 0;
    s0_a = lock;
    { ukl_obj * t0 = s0_a; s0_a = t0; s1_a = t0; }
    l3_a = s1_a;
    F.line = 17;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    ukl_monitor_enter(s0_a);
    s0_i = 0;
    s = s0_i;
    s0_a = values;
    l5_a = s0_a; l5_len = l5_a ? ((ukl_array *) l5_a)->length : 0;
    s0_a = l5_a;
    if (UKL_UNLIKELY(s0_a == 0)) { F.line = 19; ukl_throw_npe(); goto H0; }
    s0_i = ((ukl_array *) s0_a)->length;
    l6_i = s0_i;
    s0_i = 0;
    l7_i = s0_i;
L19:;
    s0_i = l7_i;
    s1_i = l6_i;
    if (s0_i >= s1_i) goto L38;
    s0_a = l5_a;
    s1_i = l7_i;
    if (UKL_UNLIKELY(s0_a == 0)) { F.line = 19; ukl_throw_npe(); goto H0; }
    if (UKL_UNLIKELY((uint32_t) s1_i >= (uint32_t) l5_len)) { F.line = 19; ukl_throw_index(s1_i, l5_len); goto H0; }
    s0_i = ((int32_t *) UKL_ARRAY_DATA(s0_a))[s1_i];
    v = s0_i;
    s0_i = s;
    s1_i = v;
    s0_i = s0_i + s1_i;
    s = s0_i;
    l7_i += 1;
    goto L19;
L38:;
    s0_i = s;
    s1_a = l3_a;
    F.line = 22;
    if (UKL_UNLIKELY(s1_a == 0)) { ukl_throw_npe(); goto H0; }
    if (UKL_UNLIKELY(!ukl_monitor_exit(s1_a))) goto H0;
    ukl_top = F.prev; return s0_i;
L46:;
    l9_a = s0_a;
    s0_a = l3_a;
    F.line = 23;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto H0; }
    if (UKL_UNLIKELY(!ukl_monitor_exit(s0_a))) goto H0;
    s0_a = l9_a;
    ukl_pending = s0_a; goto L_unwind;
H0:
    s0_a = ukl_pending; ukl_pending = 0; goto L46;
L_unwind:
    ukl_top = F.prev;
    return 0;
}

