/* Singly and doubly linked lists in a static arena: push/pop, reverse,
 * merge-sort of a list, removal by predicate, a free list for node reuse. */
#include "rt.h"

struct node { int64_t val; struct node *next; };
struct dnode { uint32_t val; struct dnode *prev, *next; };

#define ARENA 512
static struct node pool[ARENA];
static struct node *free_list;
static struct dnode dpool[64];

static void pool_init(void)
{
    free_list = 0;
    for (int i = ARENA - 1; i >= 0; i--) { pool[i].next = free_list; free_list = &pool[i]; }
}
static struct node *alloc_node(int64_t v)
{
    struct node *n = free_list;
    if (!n) return 0;
    free_list = n->next;
    n->val = v;
    n->next = 0;
    return n;
}
static void free_node(struct node *n) { n->next = free_list; free_list = n; }

static NOINLINE struct node *reverse(struct node *h)
{
    struct node *prev = 0;
    while (h) { struct node *nx = h->next; h->next = prev; prev = h; h = nx; }
    return prev;
}
static NOINLINE struct node *merge(struct node *a, struct node *b)
{
    struct node head, *t = &head;
    while (a && b) {
        if (b->val < a->val) { t->next = b; b = b->next; }
        else { t->next = a; a = a->next; }
        t = t->next;
    }
    t->next = a ? a : b;
    return head.next;
}
static NOINLINE struct node *list_sort(struct node *h)
{
    if (!h || !h->next) return h;
    struct node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct node *b = slow->next;
    slow->next = 0;
    return merge(list_sort(h), list_sort(b));
}
static struct node *remove_if(struct node *h, int (*pred)(int64_t))
{
    struct node **pp = &h;
    while (*pp) {
        if (pred((*pp)->val)) { struct node *d = *pp; *pp = d->next; free_node(d); }
        else pp = &(*pp)->next;
    }
    return h;
}
static int is_mult3(int64_t v) { return v % 3 == 0; }
static int64_t len(struct node *h) { int64_t n = 0; for (; h; h = h->next) n++; return n; }
static void show(const char *label, struct node *h, int max)
{
    put_str(label);
    for (int i = 0; h && i < max; h = h->next, i++) { put_char(' '); put_i64(h->val); }
    put_nl();
}

int main(void)
{
    pool_init();
    struct node *h = 0;
    uint64_t x = 88172645463325252ULL;
    for (int i = 0; i < 300; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        struct node *n = alloc_node((int64_t)(x % 2000) - 1000);
        n->next = h;
        h = n;
    }
    show("head", h, 10);
    h = reverse(h);
    show("rev", h, 10);
    h = list_sort(h);
    show("sorted", h, 12);
    pr_i64("len", len(h));
    h = remove_if(h, is_mult3);
    pr_i64("len_after_remove", len(h));
    show("remaining", h, 12);
    /* reuse freed nodes */
    int reused = 0;
    for (int i = 0; i < 50; i++) {
        struct node *n = alloc_node(i);
        if (!n) break;
        n->next = h; h = n; reused++;
    }
    pr_i64("reused", reused);
    int64_t sum = 0;
    for (struct node *p = h; p; p = p->next) sum += p->val;
    pr_i64("sum", sum);
    /* doubly linked ring with sentinel: insert, unlink, walk both directions */
    struct dnode *sent = &dpool[0];
    sent->prev = sent->next = sent;
    for (uint32_t i = 1; i < 64; i++) {
        struct dnode *d = &dpool[i];
        d->val = i * i;
        struct dnode *at = (i & 1) ? sent : sent->prev;  /* insert after sentinel or at tail */
        d->prev = at; d->next = at->next; at->next->prev = d; at->next = d;
    }
    for (struct dnode *d = sent->next; d != sent;) {
        struct dnode *nx = d->next;
        if (d->val % 5 == 0) { d->prev->next = d->next; d->next->prev = d->prev; }
        d = nx;
    }
    uint64_t fw = 0, bw = 0;
    for (struct dnode *d = sent->next; d != sent; d = d->next) fw = fw * 31 + d->val;
    for (struct dnode *d = sent->prev; d != sent; d = d->prev) bw = bw * 31 + d->val;
    pr_hex64("fw", fw);
    pr_hex64("bw", bw);
    ck(fw ^ (uint64_t)sum);
    return rt_status();
}
