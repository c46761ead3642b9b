/** Monotonic and wall-clock time from the time-stamp counter. */
package ukl.kernel.time;
