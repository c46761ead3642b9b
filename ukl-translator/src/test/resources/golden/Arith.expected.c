/* golden.Arith.<init>()V */
static void m_golden_Arith_init(ukl_obj *this) {
    ukl_obj * s0_a = 0;
    if (this == 0) __builtin_unreachable();
    if (ukl_pending != 0) __builtin_unreachable();
    s0_a = this;
    m_java_lang_Object_init(s0_a);
    return;
}

/* golden.Arith.mix(IIJD)I */
static int32_t m_golden_Arith_mix(int32_t a, int32_t b, int64_t c, double d) {
    int32_t q = 0;
    int64_t s = 0;
    int32_t t = 0;
    double s0_d = 0;
    int32_t s0_i = 0;
    int64_t s0_j = 0;
    int32_t s1_i = 0;
    int64_t s1_j = 0;
    int32_t s2_i = 0;
    int64_t s2_j = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    s0_i = a;
    s1_i = b;
    if (UKL_UNLIKELY(s1_i == 0)) { ukl_throw_div0_at(N, 8); goto L_unwind; }
    s0_i = ukl_idiv(s0_i, s1_i);
    s1_i = a;
    s2_i = b;
    if (UKL_UNLIKELY(s2_i == 0)) { ukl_throw_div0_at(N, 8); goto L_unwind; }
    s1_i = ukl_irem(s1_i, s2_i);
    s0_i = s0_i + s1_i;
    q = s0_i;
    s0_j = c;
    s1_i = a;
    s0_j = ukl_lshl(s0_j, s1_i);
    s1_i = 3;
    s0_j = ukl_lushr(s0_j, s1_i);
    s = s0_j;
    s0_d = d;
    s0_i = ukl_d2i(s0_d);
    s1_j = s;
    s2_j = c;
    s1_j = s1_j ^ s2_j;
    s1_i = (int32_t) s1_j;
    s0_i = s0_i + s1_i;
    t = s0_i;
    s0_i = q;
    s1_i = t;
    s0_i = s0_i + s1_i;
    s1_i = a;
    s2_i = b;
    if (s1_i <= s2_i) goto L38;
    s1_i = 1;
    goto L41;
L38:;
    s1_i = -1;
L41:;
    s0_i = s0_i + s1_i;
    return s0_i;
L_unwind:
    return 0;
}

/* golden.Arith.sum([I)I */
static int32_t m_golden_Arith_sum(ukl_obj *values) {
    int32_t total = 0;
    ukl_obj * l2_a = 0;
    int32_t l3_i = 0;
    int32_t l4_i = 0;
    int32_t v = 0;
    ukl_obj * s0_a = 0;
    int32_t s0_i = 0;
    int32_t s1_i = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    int32_t l2_len = 0;
    s0_i = 0;
    total = s0_i;
    s0_a = values;
    l2_a = s0_a; l2_len = l2_a ? ((ukl_array *) l2_a)->length : 0;
    s0_a = l2_a;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe_at(N, 16); goto L_unwind; }
    s0_i = ((ukl_array *) s0_a)->length;
    l3_i = s0_i;
    s0_i = 0;
    l4_i = s0_i;
L13:;
    s0_i = l4_i;
    s1_i = l3_i;
    if (s0_i >= s1_i) goto L32;
    s0_a = l2_a;
    s1_i = l4_i;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe_at(N, 16); goto L_unwind; }
    if (UKL_UNLIKELY((uint32_t) s1_i >= (uint32_t) l2_len)) { ukl_throw_index_at(N, 16, s1_i, l2_len); goto L_unwind; }
    s0_i = ((int32_t *) UKL_ARRAY_DATA(s0_a))[s1_i];
    v = s0_i;
    s0_i = total;
    s1_i = v;
    s0_i = s0_i + s1_i;
    total = s0_i;
    l4_i += 1;
    goto L13;
L32:;
    s0_i = total;
    return s0_i;
L_unwind:
    return 0;
}

/* golden.Arith.entry(II)D */
static double m_golden_Arith_entry(int32_t i, int32_t j) {
    double s0_d = 0;
    double s1_d = 0;
    int32_t s1_i = 0;
    int32_t s2_i = 0;
    int32_t s3_i = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    s0_d = (0x1.0p0);
    s1_i = i;
    s2_i = j;
    s1_i = s1_i + s2_i;
    s2_i = i;
    s3_i = j;
    s2_i = s2_i + s3_i;
    s3_i = 1;
    s2_i = s2_i + s3_i;
    s1_i = s1_i * s2_i;
    s2_i = 2;
    s1_i = ukl_idiv(s1_i, s2_i);
    s2_i = i;
    s1_i = s1_i + s2_i;
    s2_i = 1;
    s1_i = s1_i + s2_i;
    s1_d = (double) s1_i;
    s0_d = s0_d / s1_d;
    return s0_d;
}

/* golden.Arith.row(I[D)D */
static double m_golden_Arith_row(int32_t i, ukl_obj *v) {
    double sum = 0;
    int32_t j = 0;
    double s0_d = 0;
    int32_t s0_i = 0;
    ukl_obj * s1_a = 0;
    double s1_d = 0;
    int32_t s1_i = 0;
    ukl_obj * s2_a = 0;
    double s2_d = 0;
    int32_t s2_i = 0;
    int32_t s3_i = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    int32_t l1_len = v ? ((ukl_array *) v)->length : 0;
    s0_d = (0x0.0p0);
    sum = s0_d;
    s0_i = 0;
    j = s0_i;
L8:;
    s0_i = j;
    s1_a = v;
    if (UKL_UNLIKELY(s1_a == 0)) { ukl_throw_npe_at(N, 30); goto L_unwind; }
    s1_i = l1_len;
    if (s0_i >= s1_i) goto L30;
    s0_d = sum;
    s1_i = i;
    s2_i = j;
    s1_d = m_golden_Arith_entry(s1_i, s2_i);
    s2_a = v;
    s3_i = j;
    if (UKL_UNLIKELY(s2_a == 0)) { ukl_throw_npe_at(N, 31); goto L_unwind; }
    if (UKL_UNLIKELY((uint32_t) s3_i >= (uint32_t) l1_len)) { ukl_throw_index_at(N, 31, s3_i, l1_len); goto L_unwind; }
    s2_d = ((double *) UKL_ARRAY_DATA(s2_a))[s3_i];
    s1_d = s1_d * s2_d;
    s0_d = s0_d + s1_d;
    sum = s0_d;
    j += 1;
    goto L8;
L30:;
    s0_d = sum;
    return s0_d;
L_unwind:
    return 0;
}

/* golden.Arith.name(I)Ljava/lang/String; */
static ukl_obj * m_golden_Arith_name(int32_t day) {
    ukl_obj * s0_a = 0;
    int32_t s0_i = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    s0_i = day;
    switch (s0_i) { case 0: goto L4; case 1: goto L9; default: goto L14; }
L4:;
    s0_a = ((ukl_obj *) &str);
    return s0_a;
L9:;
    s0_a = ((ukl_obj *) &str);
    return s0_a;
L14:;
    s0_a = ((ukl_obj *) &str);
    return s0_a;
}

/* golden.Arith.main([Ljava/lang/String;)V */
static void m_golden_Arith_main(ukl_obj *args) {
    ukl_obj * s0_a = 0;
    ukl_obj * s1_a = 0;
    double s1_d = 0;
    int32_t s1_i = 0;
    ukl_obj * s2_a = 0;
    int32_t s2_i = 0;
    ukl_obj * s3_a = 0;
    int32_t s3_i = 0;
    ukl_obj * s4_a = 0;
    int32_t s4_i = 0;
    int64_t s4_j = 0;
    double s5_d = 0;
    int32_t s5_i = 0;
    int32_t s6_i = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    ukl_frame F;
    F.prev = ukl_top;
    F.method = N;
    F.line = -1;
    ukl_top = &F;
    if (UKL_UNLIKELY((uint8_t *) &F < ukl_stack_limit)) { ukl_throw_stack_overflow(); goto L_unwind; }
    if (UKL_UNLIKELY(cls_java_lang_System.init_state != UKL_INIT_DONE)) { F.line = 45; init_cls_java_lang_System(); if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind; }
    s0_a = sf_java_lang_System_out;
    s1_a = ukl_new_sized(&cls_java_lang_StringBuilder, 32);
    if (UKL_UNLIKELY(s1_a == 0)) goto L_unwind;
    { ukl_obj * t0 = s1_a; s1_a = t0; s2_a = t0; }
    F.line = 45;
    m_java_lang_StringBuilder_init__N(s2_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    s2_i = 7;
    s3_i = 2;
    s4_j = INT64_C(5);
    s5_d = (0x1.4p1);
    s2_i = m_golden_Arith_mix(s2_i, s3_i, s4_j, s5_d);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    s3_i = 2;
    s3_a = ukl_new_array(&cls_AI, s3_i);
    if (UKL_UNLIKELY(s3_a == 0)) goto L_unwind;
    { ukl_obj * t0 = s3_a; s3_a = t0; s4_a = t0; }
    s5_i = 0;
    s6_i = 1;
    if (UKL_UNLIKELY((uint32_t) s5_i >= (uint32_t) ((ukl_array *) s4_a)->length)) { ukl_throw_index(s5_i, ((ukl_array *) s4_a)->length); goto L_unwind; }
    ((int32_t *) UKL_ARRAY_DATA(s4_a))[s5_i] = (int32_t) s6_i;
    { ukl_obj * t0 = s3_a; s3_a = t0; s4_a = t0; }
    s5_i = 1;
    s6_i = 2;
    if (UKL_UNLIKELY((uint32_t) s5_i >= (uint32_t) ((ukl_array *) s4_a)->length)) { ukl_throw_index(s5_i, ((ukl_array *) s4_a)->length); goto L_unwind; }
    ((int32_t *) UKL_ARRAY_DATA(s4_a))[s5_i] = (int32_t) s6_i;
    s3_i = m_golden_Arith_sum(s3_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    s2_i = s2_i + s3_i;
    s1_a = m_java_lang_StringBuilder_append__N(s1_a, s2_i);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    s2_a = args;
    if (UKL_UNLIKELY(s2_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    s2_i = ((ukl_array *) s2_a)->length;
    s2_a = m_golden_Arith_name(s2_i);
    if (UKL_UNLIKELY(s1_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    s1_a = m_java_lang_StringBuilder_append__N(s1_a, s2_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    if (UKL_UNLIKELY(s1_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    s1_a = m_java_lang_StringBuilder_toString(s1_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    m_java_io_PrintStream_println__N(s0_a, s1_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    if (UKL_UNLIKELY(cls_java_lang_System.init_state != UKL_INIT_DONE)) { F.line = 46; init_cls_java_lang_System(); if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind; }
    s0_a = sf_java_lang_System_out;
    s1_a = ukl_new_sized(&cls_golden_Calls_Loud, 16);
    if (UKL_UNLIKELY(s1_a == 0)) goto L_unwind;
    { ukl_obj * t0 = s1_a; s1_a = t0; s2_a = t0; }
    m_golden_Calls_Loud_init(s2_a);
    s2_a = ((ukl_obj *) &str);
    F.line = 46;
    if (UKL_UNLIKELY(cls_golden_Calls.init_state != UKL_INIT_DONE)) { init_cls_golden_Calls(); if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind; }
    s1_a = m_golden_Calls_run(s1_a, s2_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    m_java_io_PrintStream_println__N(s0_a, s1_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    if (UKL_UNLIKELY(cls_java_lang_System.init_state != UKL_INIT_DONE)) { F.line = 47; init_cls_java_lang_System(); if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind; }
    s0_a = sf_java_lang_System_out;
    s1_a = args;
    if (UKL_UNLIKELY(s1_a == 0)) { F.line = 47; ukl_throw_npe(); goto L_unwind; }
    s1_i = ((ukl_array *) s1_a)->length;
    s2_i = 2;
    F.line = 47;
    s2_a = ukl_new_array(&cls_AD, s2_i);
    if (UKL_UNLIKELY(s2_a == 0)) goto L_unwind;
    { ukl_obj * t0 = s2_a; s2_a = t0; s3_a = t0; }
    s4_i = 0;
    s5_d = (0x1.0p0);
    if (UKL_UNLIKELY((uint32_t) s4_i >= (uint32_t) ((ukl_array *) s3_a)->length)) { ukl_throw_index(s4_i, ((ukl_array *) s3_a)->length); goto L_unwind; }
    ((double *) UKL_ARRAY_DATA(s3_a))[s4_i] = (double) s5_d;
    { ukl_obj * t0 = s2_a; s2_a = t0; s3_a = t0; }
    s4_i = 1;
    s5_d = (0x1.0p1);
    if (UKL_UNLIKELY((uint32_t) s4_i >= (uint32_t) ((ukl_array *) s3_a)->length)) { ukl_throw_index(s4_i, ((ukl_array *) s3_a)->length); goto L_unwind; }
    ((double *) UKL_ARRAY_DATA(s3_a))[s4_i] = (double) s5_d;
    s1_d = m_golden_Arith_row(s1_i, s2_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    m_java_io_PrintStream_println__N(s0_a, s1_d);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    ukl_top = F.prev; return;
L_unwind:
    ukl_top = F.prev;
    return;
}

