package java.lang;

/**
 * Exponential, logarithms, arctangents and hypot, written from the algorithms of fdlibm 5.3
 * (Sun Microsystems, 1993: e_exp.c, e_log.c, e_log10.c, s_atan.c, e_atan2.c, e_hypot.c), whose
 * results the Java SE specification requires of StrictMath, plus the word-access helpers that
 * FdLibmPow and FdLibmTrig share. Each function keeps fdlibm's order of floating-point
 * operations, since that fixes the result bits.
 */
final class FdLibm {
    private FdLibm() {}

    static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    static double words(int hi, int lo) {
        return Double.longBitsToDouble((long) hi << 32 | lo & 0xffffffffL);
    }

    static double withHi(double x, int hi) {
        return words(hi, lo(x));
    }

    static double withLo(double x, int lo) {
        return words(hi(x), lo);
    }

    /** x * 2^n with a single rounding (intermediate steps stay exact). */
    static double scalbn(double x, int n) {
        double y = x;
        int k = n;
        if (k > 1023) {
            y *= 0x1p1023;
            k -= 1023;
            if (k > 1023) {
                y *= 0x1p1023;
                k -= 1023;
                k = Math.min(k, 1023);
            }
        } else if (k < -1022) {
            // keep the final factor below 2^-53 so that only the last product rounds
            y *= 0x1p-1022 * 0x1p53;
            k += 1022 - 53;
            if (k < -1022) {
                y *= 0x1p-1022 * 0x1p53;
                k += 1022 - 53;
                k = Math.max(k, -1022);
            }
        }
        return y * Double.longBitsToDouble((long) (0x3ff + k) << 52);
    }

    /** Exact for |a| < 2^52 through the long conversion; beyond that every double is an integer. */
    static double floor(double a) {
        if (!(Math.abs(a) < 0x1p52)) {
            return a;
        }
        double r = (long) a;
        if (r == a) {
            return a;
        }
        return a < 0 ? r - 1.0 : r;
    }

    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    static final double P1 = 1.66666666666666019037e-01;
    static final double P2 = -2.77777777770155933842e-03;
    static final double P3 = 6.61375632143793436117e-05;
    static final double P4 = -1.65339022054652515390e-06;
    static final double P5 = 4.13813679705723846039e-08;
    private static final double TWO54 = 0x1p54;

    /** e_exp.c: x = k*ln2 + r with |r| <= ln2/2, a rational approximation of exp(r), scale by 2^k. */
    static double exp(double x) {
        int hx = hi(x);
        int xsb = hx >>> 31;
        hx &= 0x7fffffff;
        if (hx >= 0x40862E42) {
            if (hx >= 0x7ff00000) {
                if ((hx & 0xfffff | lo(x)) != 0) {
                    return x + x;
                }
                return xsb == 0 ? x : 0.0;
            }
            if (x > 7.09782712893383973096e+02) {
                return Double.POSITIVE_INFINITY;
            }
            if (x < -7.45133219101941108420e+02) {
                return 0.0;
            }
        }
        double hi = 0;
        double lo = 0;
        int k = 0;
        if (hx > 0x3fd62e42) {
            if (hx < 0x3FF0A2B2) {
                hi = x - (xsb == 0 ? LN2_HI : -LN2_HI);
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) {
            return 1.0 + x;
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return withHi(y, hi(y) + (k << 20));
        }
        return withHi(y, hi(y) + ((k + 1000) << 20)) * 0x1p-1000;
    }

    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    /** e_log.c: x = 2^k * (1+f), log(1+f) by s = f/(2+f) and a polynomial in s^2. */
    static double log(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if ((hx & 0x7fffffff | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /** e_log10.c: log10(x) = n*log10(2) + log10(e)*log(x/2^n), in the order that keeps it exact at 10^n. */
    static double log10(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if ((hx & 0x7fffffff | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = k >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * log(x);
        return z + y * 3.01029995663611771306e-01;
    }

    private static final double[] ATAN_HI = {
        4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00,
    };
    private static final double[] ATAN_LO = {
        2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17,
    };
    private static final double[] AT = {
        3.33333333333329318027e-01,
        -1.99999999998764832476e-01,
        1.42857142725034663711e-01,
        -1.11111104054623557880e-01,
        9.09088713343650656196e-02,
        -7.69187620504482999495e-02,
        6.66107313738753120669e-02,
        -5.83357013379057348645e-02,
        4.97687799461593236017e-02,
        -3.65315727442169155270e-02,
        1.62858201153657823623e-02,
    };

    /** s_atan.c: reduce to |x| < 7/16 around atan(0.5), atan(1), atan(1.5) or atan(inf), then a polynomial. */
    static double atan(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x44100000) {
            if (ix > 0x7ff00000 || ix == 0x7ff00000 && lo(x) != 0) {
                return x + x;
            }
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        int id;
        if (ix < 0x3fdc0000) {
            if (ix < 0x3e200000) {
                return x;
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff30000) {
                if (ix < 0x3fe60000) {
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else {
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x40038000) {
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else {
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }

    private static final double TINY = 1.0e-300;
    private static final double PI_O_4 = 7.8539816339744827900E-01;
    private static final double PI_O_2 = 1.5707963267948965580E+00;
    private static final double PI = 3.1415926535897931160E+00;
    private static final double PI_LO = 1.2246467991473531772E-16;

    /** e_atan2.c: the quadrant from the signs, atan(|y/x|) in between. */
    static double atan2(double y, double x) {
        int hx = hi(x);
        int lx = lo(x);
        int ix = hx & 0x7fffffff;
        int hy = hi(y);
        int ly = lo(y);
        int iy = hy & 0x7fffffff;
        if ((ix | (lx | -lx) >>> 31) > 0x7ff00000 || (iy | (ly | -ly) >>> 31) > 0x7ff00000) {
            return x + y;
        }
        if ((hx - 0x3ff00000 | lx) == 0) {
            return atan(y);
        }
        int m = (hy >> 31 & 1) | (hx >> 30 & 2);
        if ((iy | ly) == 0) {
            switch (m) {
                case 0, 1:
                    return y;
                case 2:
                    return PI + TINY;
                default:
                    return -PI - TINY;
            }
        }
        if ((ix | lx) == 0) {
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }
        if (ix == 0x7ff00000) {
            if (iy == 0x7ff00000) {
                switch (m) {
                    case 0:
                        return PI_O_4 + TINY;
                    case 1:
                        return -PI_O_4 - TINY;
                    case 2:
                        return 3.0 * PI_O_4 + TINY;
                    default:
                        return -3.0 * PI_O_4 - TINY;
                }
            }
            switch (m) {
                case 0:
                    return 0.0;
                case 1:
                    return -0.0;
                case 2:
                    return PI + TINY;
                default:
                    return -PI - TINY;
            }
        }
        if (iy == 0x7ff00000) {
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        }
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) {
            z = PI_O_2 + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) {
            z = 0.0;
        } else {
            z = atan(Math.abs(y / x));
        }
        switch (m) {
            case 0:
                return z;
            case 1:
                return -z;
            case 2:
                return PI - (z - PI_LO);
            default:
                return (z - PI_LO) - PI;
        }
    }

    /** e_hypot.c: sqrt(a^2 + b^2) without overflow, with the squares split for an error below 1 ulp. */
    static double hypot(double x, double y) {
        int ha = hi(x) & 0x7fffffff;
        int hb = hi(y) & 0x7fffffff;
        double a;
        double b;
        if (hb > ha) {
            a = y;
            b = x;
            int j = ha;
            ha = hb;
            hb = j;
        } else {
            a = x;
            b = y;
        }
        a = withHi(a, ha);
        b = withHi(b, hb);
        if (ha - hb > 0x3c00000) {
            return a + b;
        }
        int k = 0;
        if (ha > 0x5f300000) {
            if (ha >= 0x7ff00000) {
                double w = a + b;
                if ((ha & 0xfffff | lo(a)) == 0) {
                    w = a;
                }
                if ((hb ^ 0x7ff00000 | lo(b)) == 0) {
                    w = b;
                }
                return w;
            }
            ha -= 0x25800000;
            hb -= 0x25800000;
            k += 600;
            a = withHi(a, ha);
            b = withHi(b, hb);
        }
        if (hb < 0x20b00000) {
            if (hb <= 0x000fffff) {
                if ((hb | lo(b)) == 0) {
                    return a;
                }
                double t1 = 0x1p1022;
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = withHi(a, ha);
                b = withHi(b, hb);
            }
        }
        double w = a - b;
        if (w > b) {
            double t1 = words(ha, 0);
            double t2 = a - t1;
            w = Math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = words(hb, 0);
            double y2 = b - y1;
            double t1 = words(ha + 0x00100000, 0);
            double t2 = a - t1;
            w = Math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k != 0) {
            return Double.longBitsToDouble((long) (0x3ff + k) << 52) * w;
        }
        return w;
    }
}
