/* Binary trees in a static arena: unbalanced BST insert/search/delete,
 * traversals (recursive and with an explicit stack), height; plus an AVL
 * tree with rotations, checked for balance. */
#include "rt.h"

struct tn { int32_t key; int32_t h; struct tn *l, *r; };
static struct tn arena[700];
static int used;
static struct tn *mk(int32_t k) { struct tn *t = &arena[used++]; t->key = k; t->h = 1; t->l = t->r = 0; return t; }

static NOINLINE struct tn *bst_insert(struct tn *t, int32_t k)
{
    if (!t) return mk(k);
    if (k < t->key) t->l = bst_insert(t->l, k);
    else if (k > t->key) t->r = bst_insert(t->r, k);
    return t;
}
static NOINLINE int bst_find(struct tn *t, int32_t k)
{
    while (t) { if (k == t->key) return 1; t = k < t->key ? t->l : t->r; }
    return 0;
}
static NOINLINE struct tn *bst_delete(struct tn *t, int32_t k)
{
    if (!t) return 0;
    if (k < t->key) t->l = bst_delete(t->l, k);
    else if (k > t->key) t->r = bst_delete(t->r, k);
    else {
        if (!t->l) return t->r;
        if (!t->r) return t->l;
        struct tn *m = t->r;
        while (m->l) m = m->l;
        t->key = m->key;
        t->r = bst_delete(t->r, m->key);
    }
    return t;
}
static int height(struct tn *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static uint64_t inorder_hash;
static int inorder_count;
static void inorder(struct tn *t)
{
    if (!t) return;
    inorder(t->l);
    inorder_hash = inorder_hash * 1000003 + (uint32_t)t->key;
    inorder_count++;
    inorder(t->r);
}
static uint64_t preorder_iter(struct tn *t)
{
    struct tn *stack[128];
    int sp = 0;
    uint64_t h = 0;
    if (t) stack[sp++] = t;
    while (sp) {
        struct tn *n = stack[--sp];
        h = h * 31 + (uint32_t)n->key;
        if (n->r) stack[sp++] = n->r;
        if (n->l) stack[sp++] = n->l;
    }
    return h;
}

static int32_t H(struct tn *t) { return t ? t->h : 0; }
static void upd(struct tn *t) { int32_t a = H(t->l), b = H(t->r); t->h = 1 + (a > b ? a : b); }
static struct tn *rot_r(struct tn *y) { struct tn *x = y->l; y->l = x->r; x->r = y; upd(y); upd(x); return x; }
static struct tn *rot_l(struct tn *x) { struct tn *y = x->r; x->r = y->l; y->l = x; upd(x); upd(y); return y; }
static int rotations;
static NOINLINE struct tn *avl_insert(struct tn *t, int32_t k)
{
    if (!t) return mk(k);
    if (k < t->key) t->l = avl_insert(t->l, k);
    else if (k > t->key) t->r = avl_insert(t->r, k);
    else return t;
    upd(t);
    int32_t bal = H(t->l) - H(t->r);
    if (bal > 1) { rotations++; if (k > t->l->key) t->l = rot_l(t->l); return rot_r(t); }
    if (bal < -1) { rotations++; if (k < t->r->key) t->r = rot_r(t->r); return rot_l(t); }
    return t;
}
static int avl_ok(struct tn *t)
{
    if (!t) return 1;
    int32_t bal = H(t->l) - H(t->r);
    return bal >= -1 && bal <= 1 && avl_ok(t->l) && avl_ok(t->r);
}

int main(void)
{
    struct tn *root = 0;
    uint32_t s = 2463534242u;
    static int32_t keys[300];
    for (int i = 0; i < 300; i++) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        keys[i] = (int32_t)(s % 5000) - 2500;
        root = bst_insert(root, keys[i]);
    }
    pr_i64("bst_height", height(root));
    inorder(root);
    pr_i64("bst_count", inorder_count);
    pr_hex64("bst_inorder", inorder_hash);
    pr_hex64("bst_preorder", preorder_iter(root));
    int found = 0;
    for (int k = -2500; k < 2500; k += 7) found += bst_find(root, k);
    pr_i64("found", found);
    for (int i = 0; i < 300; i += 2) root = bst_delete(root, keys[i]);
    inorder_hash = 0; inorder_count = 0;
    inorder(root);
    pr_i64("after_delete_count", inorder_count);
    pr_hex64("after_delete_inorder", inorder_hash);
    pr_i64("after_delete_height", height(root));
    struct tn *avl = 0;
    for (int i = 0; i < 255; i++) avl = avl_insert(avl, i * 7 % 255);  /* permutation */
    for (int i = 0; i < 100; i++) avl = avl_insert(avl, 1000 - i);     /* descending run */
    pr_i64("avl_height", height(avl));
    pr_i64("avl_ok", avl_ok(avl));
    pr_i64("avl_rotations", rotations);
    pr_i64("arena_used", used);
    inorder_hash = 0; inorder_count = 0;
    inorder(avl);
    pr_hex64("avl_inorder", inorder_hash);
    ck(inorder_hash);
    return rt_status();
}
