/**
 * The annotation interface only, so that code naming it links. An image keeps no annotations: the
 * class files' annotation attributes are not carried into it.
 */
package java.lang.annotation;
