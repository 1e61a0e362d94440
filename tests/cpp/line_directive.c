/* #line (C17 6.10.4) changes __LINE__ and __FILE__; so does gcc's `# 33 "file"`. */
__LINE__ __FILE__
#line 100
__LINE__ __FILE__
#line 200 "renamed.c"
__LINE__ __FILE__ __FILE_NAME__
#define LINE 300
#define NAME "macro_named.c"
#line LINE NAME
__LINE__ __FILE__
# 400 "marker.c"
__LINE__ __FILE__
#define f(x) x __LINE__
f(
__LINE__
)
#line 7 "dir/sub/deep.h"
__LINE__ __FILE__ __FILE_NAME__
