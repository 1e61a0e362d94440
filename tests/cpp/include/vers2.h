/* The file C17 6.10.3.5 EXAMPLE 4 includes. */
int version_two;
