/* arpa/inet.h: converting Internet addresses between text and binary. */
#ifndef _ARPA_INET_H
#define _ARPA_INET_H
#include <_gu_cdefs.h>
#include <netinet/in.h>
__BEGIN_DECLS
in_addr_t inet_addr(const char *text);
int inet_aton(const char *text, struct in_addr *out);
char *inet_ntoa(struct in_addr in);
int inet_pton(int family, const char *__gu_restrict text, void *__gu_restrict out);
const char *inet_ntop(int family, const void *__gu_restrict in, char *__gu_restrict out,
                      socklen_t size);
__END_DECLS
#endif
