/**
 * Only the exceptions libraries name ({@code InvalidParameterException}) and {@code SecureRandom}
 * over the system's entropy source ({@code ukl.libc.Libc.getrandom}); no providers or keys. Same rules as {@code java.lang}: closed over this module, no lambdas.
 */
package java.security;
