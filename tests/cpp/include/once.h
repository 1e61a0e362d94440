#pragma once
int once_value = __INCLUDE_LEVEL__;
