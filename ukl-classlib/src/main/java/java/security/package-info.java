/**
 * Only the exceptions libraries name ({@code InvalidParameterException}); no providers, keys or
 * secure random numbers. Same rules as {@code java.lang}: closed over this module, no lambdas.
 */
package java.security;
