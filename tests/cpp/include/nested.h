nested_level __INCLUDE_LEVEL__ __FILE__
#include "guarded.h"
#include <once.h>
