package java.lang;

/**
 * {@code pow} from fdlibm 5.3's e_pow.c (Sun Microsystems, 1993): log2|x| in extra precision,
 * times y, then 2^(y*log2|x|), in fdlibm's order of operations (hence StrictMath's bits). The
 * special cases follow the Java specification where it differs from C99: any NaN argument
 * gives NaN (also 1^NaN), ±1 to an infinite power is NaN, and overflow or underflow for
 * |y| > 2^31 keeps the sign of a negative x raised to an odd integer.
 */
final class FdLibmPow {
    private FdLibmPow() {}

    private static final double[] BP = {1.0, 1.5};
    private static final double[] DP_H = {0.0, 5.84962487220764160156e-01};
    private static final double[] DP_L = {0.0, 1.35003920212974897128e-08};
    private static final double L1 = 5.99999999999994648725e-01;
    private static final double L2 = 4.28571428578550184252e-01;
    private static final double L3 = 3.33333329818377432918e-01;
    private static final double L4 = 2.72728123808534006489e-01;
    private static final double L5 = 2.30660745775561754067e-01;
    private static final double L6 = 2.06975017800338417784e-01;
    private static final double LG2_FULL = 6.93147180559945286227e-01;
    private static final double LG2_H = 6.93147182464599609375e-01;
    private static final double LG2_L = -1.90465429995776804525e-09;
    private static final double OVT = 8.0085662595372944372e-17;
    private static final double CP = 9.61796693925975554329e-01;
    private static final double CP_H = 9.61796700954437255859e-01;
    private static final double CP_L = -7.02846165095275826516e-09;
    private static final double IVLN2 = 1.44269504088896338700e+00;
    private static final double IVLN2_H = 1.44269502162933349609e+00;
    private static final double IVLN2_L = 1.92596299112661746887e-08;

    /** e_pow.c: log2(|x|) in extra precision (t1 + t2), times y, then 2^(y*log2|x|). */
    static double pow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (x != x || y != y) {
            return x + y;
        }
        double yAbs = Math.abs(y);
        double xAbs = Math.abs(x);
        if (y == 2.0) {
            return x * x;
        }
        if (y == 0.5 && x >= -Double.MAX_VALUE) {
            return Math.sqrt(x + 0.0);
        }
        if (yAbs == 1.0) {
            return y == 1.0 ? x : 1.0 / x;
        }
        if (yAbs == Double.POSITIVE_INFINITY) {
            if (xAbs == 1.0) {
                return y - y;
            }
            if (xAbs > 1.0) {
                return y >= 0 ? y : 0.0;
            }
            return y < 0 ? -y : 0.0;
        }
        int hx = FdLibm.hi(x);
        int lx = FdLibm.lo(x);
        int hy = FdLibm.hi(y);
        int ly = FdLibm.lo(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;

        // yisint: 0 = y not an integer, 1 = odd integer, 2 = even integer (only needed when x < 0)
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2;
            } else if (iy >= 0x3ff00000) {
                int k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yisint = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }

        // special values of x: ±0, ±inf, ±1
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {
            double z = xAbs;
            if (hy < 0) {
                z = 1.0 / z;
            }
            if (hx < 0) {
                if ((ix - 0x3ff00000 | yisint) == 0) {
                    z = (z - z) / (z - z);
                } else if (yisint == 1) {
                    z = -z;
                }
            }
            return z;
        }
        int n = (hx >>> 31) - 1;
        if ((n | yisint) == 0) {
            return (x - x) / (x - x);
        }
        double s = 1.0;
        if ((n | yisint - 1) == 0) {
            s = -1.0;
        }
        double t1;
        double t2;
        if (iy > 0x41e00000) {
            // |y| > 2^31: overflow or underflow unless x is within 2^-20 of 1
            if (iy > 0x43f00000) {
                if (ix <= 0x3fefffff) {
                    return hy < 0 ? s * Double.POSITIVE_INFINITY : s * 0.0;
                }
                if (ix >= 0x3ff00000) {
                    return hy > 0 ? s * Double.POSITIVE_INFINITY : s * 0.0;
                }
            }
            if (ix < 0x3fefffff) {
                return hy < 0 ? s * Double.POSITIVE_INFINITY : s * 0.0;
            }
            if (ix > 0x3ff00000) {
                return hy > 0 ? s * Double.POSITIVE_INFINITY : s * 0.0;
            }
            double t = xAbs - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = IVLN2_H * t;
            double v = t * IVLN2_L - w * IVLN2;
            t1 = FdLibm.withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            double ax = xAbs;
            int e = 0;
            if (ix < 0x00100000) {
                ax *= 0x1p53;
                e -= 53;
                ix = FdLibm.hi(ax);
            }
            e += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            ix = j | 0x3ff00000;
            int k;
            if (j <= 0x3988E) {
                k = 0;
            } else if (j < 0xBB67A) {
                k = 1;
            } else {
                k = 0;
                e += 1;
                ix -= 0x00100000;
            }
            ax = FdLibm.withHi(ax, ix);
            // s = s_h + s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5)
            double u = ax - BP[k];
            double v = 1.0 / (ax + BP[k]);
            double ss = u * v;
            double sH = FdLibm.withLo(ss, 0);
            double tH = FdLibm.words(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = ax - (tH - BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            // log(ax)
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = FdLibm.withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            double pH = FdLibm.withLo(u + v, 0);
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + DP_L[k];
            double t = e;
            t1 = FdLibm.withLo(((zH + zL) + DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }
        // (y1 + y2) * (t1 + t2)
        double y1 = FdLibm.withLo(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = FdLibm.hi(z);
        int i = FdLibm.lo(z);
        if (j >= 0x40900000) {
            if ((j - 0x40900000 | i) != 0 || pL + OVT > z - pH) {
                return s * Double.POSITIVE_INFINITY;
            }
        } else if ((j & 0x7fffffff) >= 0x4090cc00) {
            if ((j - 0xc090cc00 | i) != 0 || pL <= z - pH) {
                return s * 0.0;
            }
        }
        // 2^(pH + pL)
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) {
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            double t = FdLibm.words(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = FdLibm.withLo(pL + pH, 0);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2_FULL + t * LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (FdLibm.P1 + t * (FdLibm.P2 + t * (FdLibm.P3 + t * (FdLibm.P4 + t * FdLibm.P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = FdLibm.hi(z);
        j += n << 20;
        if ((j >> 20) <= 0) {
            z = FdLibm.scalbn(z, n);
        } else {
            z = FdLibm.withHi(z, j);
        }
        return s * z;
    }
}
