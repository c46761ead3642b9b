/* golden.Calls.<init>()V */
static void m_golden_Calls_init(ukl_obj *this) {
    ukl_obj * s0_a = 0;
    if (this == 0) __builtin_unreachable();
    if (ukl_pending != 0) __builtin_unreachable();
    s0_a = this;
    m_java_lang_Object_init(s0_a);
    return;
}

/* golden.Calls.run(Lgolden/Calls$Greeter;Ljava/lang/Object;)Ljava/lang/String; */
static ukl_obj * m_golden_Calls_run(ukl_obj *g, ukl_obj *o) {
    ukl_obj * e = 0;
    ukl_obj * s0_a = 0;
    ukl_obj * s1_a = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    ukl_frame F;
    F.prev = ukl_top;
    F.method = N;
    F.line = -1;
    ukl_top = &F;
    s0_a = g;
    s1_a = o;
    if (UKL_UNLIKELY(s1_a != 0 && !(s1_a->cls == &cls_java_lang_String))) { F.line = 29; ukl_throw_cast(s1_a, &cls_java_lang_String); goto H0; }
    F.line = 29;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto H0; }
    s0_a = ((ukl_obj * (*)(ukl_obj *, ukl_obj *)) s0_a->cls->itable[N])(s0_a, s1_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto H0;
    ukl_top = F.prev; return s0_a;
L8:;
    e = s0_a;
    s0_a = sf_golden_Calls_DEFAULT;
    s1_a = ((ukl_obj *) &str);
    F.line = 31;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    s0_a = ((ukl_obj * (*)(ukl_obj *, ukl_obj *)) s0_a->cls->itable[N])(s0_a, s1_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    ukl_top = F.prev; return s0_a;
H0:
    if (ukl_pending->cls == &cls_java_lang_ClassCastException) { s0_a = ukl_pending; ukl_pending = 0; goto L8; }
    goto L_unwind;
L_unwind:
    ukl_top = F.prev;
    return 0;
}

/* golden.Calls.notNull(Ljava/lang/Object;)Ljava/lang/Object; */
static ukl_obj * m_golden_Calls_notNull(ukl_obj *o) {
    ukl_obj * s0_a = 0;
    ukl_obj * s1_a = 0;
    ukl_obj * s2_a = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    ukl_frame F;
    s0_a = o;
    if (UKL_LIKELY(s0_a != 0)) goto L9;
    F.prev = ukl_top; F.method = N; F.line = -1; ukl_top = &F;
    s0_a = ukl_new_sized(&cls_java_lang_NullPointerException, 56);
    if (UKL_UNLIKELY(s0_a == 0)) goto L_unwindF;
    { ukl_obj * t0 = s0_a; s0_a = t0; s1_a = t0; }
    s2_a = ((ukl_obj *) &str);
    F.line = 36;
    m_java_lang_NullPointerException_init__N(s1_a, s2_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwindF;
    ukl_pending = s0_a; goto L_unwindF;
L9:;
    s0_a = o;
    return s0_a;
L_unwindF:
    ukl_top = F.prev;
    return 0;
}

/* golden.Calls.<clinit>()V */
static UKL_COLD void m_golden_Calls_clinit(void) {
    ukl_obj * s0_a = 0;
    ukl_obj * s1_a = 0;
    if (ukl_pending != 0) __builtin_unreachable();
    ukl_frame F;
    F.prev = ukl_top;
    F.method = N;
    F.line = -1;
    ukl_top = &F;
    s0_a = ukl_new_once(&cls_golden_Calls_Plain);
    if (UKL_UNLIKELY(s0_a == 0)) goto L_unwind;
    { ukl_obj * t0 = s0_a; s0_a = t0; s1_a = t0; }
    m_golden_Calls_Plain_init(s1_a);
    sf_golden_Calls_DEFAULT = s0_a;
    ukl_top = F.prev; return;
L_unwind:
    ukl_top = F.prev;
    return;
}

/* golden.Calls$Loud.<init>()V */
static void m_golden_Calls_Loud_init(ukl_obj *this) {
    ukl_obj * s0_a = 0;
    if (this == 0) __builtin_unreachable();
    if (ukl_pending != 0) __builtin_unreachable();
    s0_a = this;
    m_golden_Calls_Plain_init(s0_a);
    return;
}

/* golden.Calls$Loud.greet(Ljava/lang/String;)Ljava/lang/String; */
static ukl_obj * m_golden_Calls_Loud_greet(ukl_obj *this, ukl_obj *who) {
    ukl_obj * s0_a = 0;
    ukl_obj * s1_a = 0;
    if (this == 0) __builtin_unreachable();
    if (ukl_pending != 0) __builtin_unreachable();
    ukl_frame F;
    F.prev = ukl_top;
    F.method = N;
    F.line = -1;
    ukl_top = &F;
    s0_a = this;
    s1_a = who;
    F.line = 21;
    s0_a = m_golden_Calls_Plain_greet(s0_a, s1_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    s0_a = m_java_lang_String_toUpperCase__N(s0_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    ukl_top = F.prev; return s0_a;
L_unwind:
    ukl_top = F.prev;
    return 0;
}

/* golden.Calls$Plain.<init>()V */
static void m_golden_Calls_Plain_init(ukl_obj *this) {
    ukl_obj * s0_a = 0;
    if (this == 0) __builtin_unreachable();
    if (ukl_pending != 0) __builtin_unreachable();
    s0_a = this;
    m_java_lang_Object_init(s0_a);
    return;
}

/* golden.Calls$Plain.greet(Ljava/lang/String;)Ljava/lang/String; */
static ukl_obj * m_golden_Calls_Plain_greet(ukl_obj *this, ukl_obj *who) {
    ukl_obj * s0_a = 0;
    ukl_obj * s1_a = 0;
    if (this == 0) __builtin_unreachable();
    if (ukl_pending != 0) __builtin_unreachable();
    ukl_frame F;
    F.prev = ukl_top;
    F.method = N;
    F.line = -1;
    ukl_top = &F;
    s0_a = ukl_new_sized(&cls_java_lang_StringBuilder, 32);
    if (UKL_UNLIKELY(s0_a == 0)) goto L_unwind;
    { ukl_obj * t0 = s0_a; s0_a = t0; s1_a = t0; }
    F.line = 14;
    m_java_lang_StringBuilder_init__N(s1_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    s1_a = ((ukl_obj *) &str);
    s0_a = m_java_lang_StringBuilder_append__N(s0_a, s1_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    s1_a = who;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    s0_a = m_java_lang_StringBuilder_append__N(s0_a, s1_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    if (UKL_UNLIKELY(s0_a == 0)) { ukl_throw_npe(); goto L_unwind; }
    s0_a = m_java_lang_StringBuilder_toString(s0_a);
    if (UKL_UNLIKELY(ukl_pending != 0)) goto L_unwind;
    ukl_top = F.prev; return s0_a;
L_unwind:
    ukl_top = F.prev;
    return 0;
}

